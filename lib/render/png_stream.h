/*
 * A PNG writer for flyer pages (internal): 8-bit RGB or 8-bit gray, UP
 * filter, pHYs, fed with rows of a cairo RGB24 surface, into memory.
 *
 * Why not libpng, which writes our QR codes: at 300 dpi an A5 page is 13 MB
 * of RGB, and a flyer's PNG cost is almost all per-byte work on it. libpng
 * copies every row, filters it in a second pass, and leaves the zlib
 * checksum to zlib, whose adler32 alone was a fifth of the deflate time.
 * Here one pass converts cairo's pixels and applies the UP filter, zlib
 * deflates raw (no checksum), and libdeflate's vectorized adler32 gives the
 * checksum in a twentieth of the time. The container is simple (ISO/IEC
 * 15948: signature, IHDR, pHYs, IDAT, IEND, each chunk with its CRC-32),
 * and the tests read every file back with independent decoders.
 */
#ifndef CAMPAIGN_PNG_STREAM_H
#define CAMPAIGN_PNG_STREAM_H

#include <stdint.h>
#include <zlib.h>

#include "util/strbuf.h"

struct png_stream {
	struct strbuf *out;
	int width;
	int gray;               /* 1 byte a pixel (R = G = B on the whole page), else 3 */
	z_stream z;
	int z_open;
	uint32_t adler;
	uint32_t *prev;         /* the previous row's pixels (zero above the first row) */
	unsigned char *filtered; /* rows waiting for deflate, each 1 + 3 * width bytes */
	size_t filtered_len, filtered_cap;
	unsigned char *chunk;   /* deflate's output, written as one IDAT when full */
	int status;             /* CAMPAIGN_OK or the first failure, sticky */
};

/*
 * Starts a PNG of width x height pixels at dpi into out: level 1 to 9 for
 * zlib, rle for zlib's run-length strategy, gray for a grayscale file (the
 * caller knows every pixel has R = G = B; the blue byte is written).
 */
int campaign__png_stream_begin(struct png_stream *p, struct strbuf *out, int width, int height,
                               int dpi, int level, int rle, int gray);

/* Adds rows of a cairo RGB24 (or opaque ARGB32) surface: data, stride, count. */
int campaign__png_stream_rows(struct png_stream *p, const unsigned char *data, int stride, int rows);

/* Finishes the file: the last IDAT and IEND. */
int campaign__png_stream_end(struct png_stream *p);

/* Frees what begin allocated (after end, or instead of it). */
void campaign__png_stream_free(struct png_stream *p);

#endif
