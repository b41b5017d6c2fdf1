#include "render/png_stream.h"

#include <libdeflate.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "qr/png_chunks.h"

/* IDAT chunks of 256 KB: few chunk headers, little memory. */
#define CHUNK_BYTES (256 * 1024)
/* Rows handed to deflate at once: fewer calls, and the rows are still in cache. */
#define FILTER_BATCH (64 * 1024)

/* A chunk, unless an earlier step failed; a failure is kept in p->status. */
static void
add_chunk(struct png_stream *p, const char type[4], const unsigned char *data, size_t len)
{
	if (p->status == CAMPAIGN_OK)
		p->status = campaign__png_chunk(p->out, type, data, len);
}

/* Runs deflate over what is batched (flush: Z_NO_FLUSH or Z_FINISH), writing full IDATs. */
static void
deflate_batch(struct png_stream *p, int flush)
{
	p->adler = (uint32_t)libdeflate_adler32(p->adler, p->filtered, p->filtered_len);
	p->z.next_in = p->filtered;
	p->z.avail_in = (uInt)p->filtered_len;
	for (;;) {
		int zrc = deflate(&p->z, flush);
		if (zrc == Z_STREAM_ERROR) {
			p->status = CAMPAIGN_ENOMEM;
			return;
		}
		int full = p->z.avail_out == 0;
		int done = flush == Z_FINISH ? zrc == Z_STREAM_END : p->z.avail_in == 0 && !full;
		if (full || (done && flush == Z_FINISH)) {
			size_t n = CHUNK_BYTES - p->z.avail_out;
			if (done) {
				/* The zlib trailer: adler32 of everything, big-endian. */
				campaign__png_put32(p->chunk + n, p->adler);
				n += 4;
			}
			add_chunk(p, "IDAT", p->chunk, n);
			p->z.next_out = p->chunk;
			p->z.avail_out = CHUNK_BYTES;
		}
		if (done || p->status != CAMPAIGN_OK)
			break;
	}
	p->filtered_len = 0;
}

/* Bytes of one filtered row: the filter type, then 1 or 3 bytes a pixel. */
static size_t
row_bytes(const struct png_stream *p)
{
	return 1 + (p->gray ? 1 : 3) * (size_t)p->width;
}

int
campaign__png_stream_begin(struct png_stream *p, struct strbuf *out, int width, int height,
                           int dpi, int level, int rle, int gray)
{
	memset(p, 0, sizeof(*p));
	p->out = out;
	p->width = width;
	p->gray = gray;
	p->adler = 1;
	size_t row = row_bytes(p);
	p->filtered_cap = row > FILTER_BATCH ? row : FILTER_BATCH - FILTER_BATCH % row;
	p->prev = calloc((size_t)width, sizeof(*p->prev));
	p->filtered = malloc(p->filtered_cap);
	/* 4 spare bytes: the adler32 trailer goes at the end of the last IDAT. */
	p->chunk = malloc(CHUNK_BYTES + 4);
	if (!p->prev || !p->filtered || !p->chunk)
		return p->status = CAMPAIGN_ENOMEM;
	/* Raw deflate (negative window bits): the checksum is ours, see the header. */
	if (deflateInit2(&p->z, level, Z_DEFLATED, -15, 8, rle ? Z_RLE : Z_FILTERED) != Z_OK)
		return p->status = CAMPAIGN_ENOMEM;
	p->z_open = 1;
	/* 8 bits, colour type 0 (gray) or 2 (RGB). */
	p->status = campaign__png_header(out, width, height, 8, gray ? 0 : 2, dpi);
	campaign__png_zlib_header(p->chunk, level, rle);
	p->z.next_out = p->chunk + 2;
	p->z.avail_out = CHUNK_BYTES - 2;
	return p->status;
}

int
campaign__png_stream_rows(struct png_stream *p, const unsigned char *data, int stride, int rows)
{
	size_t bytes = row_bytes(p);
	for (int y = 0; y < rows && p->status == CAMPAIGN_OK; y++) {
		if (p->filtered_len + bytes > p->filtered_cap)
			deflate_batch(p, Z_NO_FLUSH);
		const uint32_t *px = (const uint32_t *)(const void *)(data + (size_t)y * (size_t)stride);
		unsigned char *dst = p->filtered + p->filtered_len;
		/* Filter type 2, UP: each byte minus the byte above it (ISO/IEC 15948 9.2). */
		*dst++ = 2;
		if (p->gray) {
			for (int x = 0; x < p->width; x++) {
				dst[x] = (unsigned char)(px[x] - p->prev[x]);
				p->prev[x] = px[x];
			}
		} else {
			for (int x = 0; x < p->width; x++) {
				uint32_t c = px[x], u = p->prev[x];
				dst[0] = (unsigned char)((c >> 16) - (u >> 16));
				dst[1] = (unsigned char)((c >> 8) - (u >> 8));
				dst[2] = (unsigned char)(c - u);
				dst += 3;
				p->prev[x] = c;
			}
		}
		p->filtered_len += bytes;
	}
	return p->status;
}

int
campaign__png_stream_end(struct png_stream *p)
{
	if (p->status == CAMPAIGN_OK)
		deflate_batch(p, Z_FINISH);
	add_chunk(p, "IEND", NULL, 0);
	return p->status;
}

void
campaign__png_stream_free(struct png_stream *p)
{
	if (p->z_open)
		deflateEnd(&p->z);
	p->z_open = 0;
	free(p->prev);
	free(p->filtered);
	free(p->chunk);
	p->prev = NULL;
	p->filtered = NULL;
	p->chunk = NULL;
}
