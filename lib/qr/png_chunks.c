#include "qr/png_chunks.h"

#include <string.h>
#include <zlib.h>

#include "campaign/status.h"

void
campaign__png_put32(unsigned char *b, uint32_t v)
{
	b[0] = (unsigned char)(v >> 24);
	b[1] = (unsigned char)(v >> 16);
	b[2] = (unsigned char)(v >> 8);
	b[3] = (unsigned char)v;
}

int
campaign__png_chunk(struct strbuf *out, const char type[4], const void *data, size_t len)
{
	if (len > 0x7fffffff)
		return CAMPAIGN_EINVALID;
	unsigned char head[8], tail[4];
	campaign__png_put32(head, (uint32_t)len);
	memcpy(head + 4, type, 4);
	uLong crc = crc32(0L, (const Bytef *)type, 4);
	/* Not with len 0: crc32() given no buffer returns its initial value, not crc. */
	if (len)
		crc = crc32(crc, data, (uInt)len);
	campaign__png_put32(tail, (uint32_t)crc);
	campaign__strbuf_add(out, head, 8);
	if (len)
		campaign__strbuf_add(out, data, len);
	campaign__strbuf_add(out, tail, 4);
	return out->status;
}

int
campaign__png_header(struct strbuf *out, int width, int height, int bit_depth, int colour_type,
                     double dpi)
{
	static const unsigned char signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
	campaign__strbuf_add(out, signature, sizeof(signature));
	unsigned char ihdr[13];
	campaign__png_put32(ihdr, (uint32_t)width);
	campaign__png_put32(ihdr + 4, (uint32_t)height);
	ihdr[8] = (unsigned char)bit_depth;
	ihdr[9] = (unsigned char)colour_type;
	ihdr[10] = 0; /* deflate */
	ihdr[11] = 0; /* filter method 0: a filter type byte before each row */
	ihdr[12] = 0; /* no interlace */
	int rc = campaign__png_chunk(out, "IHDR", ihdr, sizeof(ihdr));
	if (rc)
		return rc;
	unsigned char phys[9];
	uint32_t ppm = (uint32_t)(dpi / 0.0254 + 0.5);
	campaign__png_put32(phys, ppm);
	campaign__png_put32(phys + 4, ppm);
	phys[8] = 1; /* unit: metre */
	return campaign__png_chunk(out, "pHYs", phys, sizeof(phys));
}

void
campaign__png_zlib_header(unsigned char out[2], int level, int rle)
{
	unsigned flevel = rle || level < 2 ? 0 : level < 6 ? 1 : level == 6 ? 2 : 3;
	unsigned header = 0x78 << 8 | flevel << 6;
	header += 31 - header % 31;
	out[0] = (unsigned char)(header >> 8);
	out[1] = (unsigned char)header;
}
