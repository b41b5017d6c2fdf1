#include "png_stream.h"

#include <libdeflate.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"

/* IDAT chunks of 256 KB: few chunk headers, little memory. */
#define CHUNK_BYTES (256 * 1024)
/* Rows handed to deflate at once: fewer calls, and the rows are still in cache. */
#define FILTER_BATCH (64 * 1024)

static void
put32(unsigned char *b, uint32_t v)
{
	b[0] = (unsigned char)(v >> 24);
	b[1] = (unsigned char)(v >> 16);
	b[2] = (unsigned char)(v >> 8);
	b[3] = (unsigned char)v;
}

/* A chunk: length, type, data, CRC-32 of type and data. */
static void
add_chunk(struct png_stream *p, const char type[4], const unsigned char *data, size_t len)
{
	if (p->status != CAMPAIGN_OK)
		return;
	if (len > 0x7fffffff) {
		p->status = CAMPAIGN_EINVALID;
		return;
	}
	unsigned char head[8], tail[4];
	put32(head, (uint32_t)len);
	memcpy(head + 4, type, 4);
	uLong crc = crc32(0L, (const Bytef *)type, 4);
	/* Not with len 0: crc32() given no buffer returns its initial value, not crc. */
	if (len)
		crc = crc32(crc, data, (uInt)len);
	put32(tail, (uint32_t)crc);
	campaign__strbuf_add(p->out, head, 8);
	if (len)
		campaign__strbuf_add(p->out, data, len);
	campaign__strbuf_add(p->out, tail, 4);
	if (p->out->status != CAMPAIGN_OK)
		p->status = p->out->status;
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
				put32(p->chunk + n, p->adler);
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
	p->z.next_out = p->chunk;
	p->z.avail_out = CHUNK_BYTES;
	static const unsigned char signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
	campaign__strbuf_add(out, signature, sizeof(signature));
	unsigned char ihdr[13];
	put32(ihdr, (uint32_t)width);
	put32(ihdr + 4, (uint32_t)height);
	/* 8 bits, colour type 0 (gray) or 2 (RGB), deflate, filter method 0, no interlace. */
	memcpy(ihdr + 8, gray ? "\x08\x00\x00\x00\x00" : "\x08\x02\x00\x00\x00", 5);
	add_chunk(p, "IHDR", ihdr, sizeof(ihdr));
	unsigned char phys[9];
	uint32_t ppm = (uint32_t)(dpi / 0.0254 + 0.5);
	put32(phys, ppm);
	put32(phys + 4, ppm);
	phys[8] = 1; /* unit: metre */
	add_chunk(p, "pHYs", phys, sizeof(phys));
	/*
	 * The zlib header (RFC 1950): deflate with a 32 KB window, and FLEVEL
	 * as zlib itself would set it (0 for level 1 and run-length, 2 for 6).
	 */
	unsigned flevel = rle || level < 2 ? 0 : level < 6 ? 1 : level == 6 ? 2 : 3;
	unsigned header = 0x78 << 8 | flevel << 6;
	header += 31 - header % 31;
	p->chunk[0] = (unsigned char)(header >> 8);
	p->chunk[1] = (unsigned char)header;
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
