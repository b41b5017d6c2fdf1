/*
 * The PNG container (ISO/IEC 15948) that our two PNG writers share: the
 * flyer pages' (png_stream.c) and the QR codes' (qr_png.c). A file is the
 * signature, then chunks: IHDR, pHYs, IDAT (a zlib stream of filtered rows),
 * IEND, each as length, type, data and the CRC-32 of type and data.
 */
#ifndef CAMPAIGN_PNG_CHUNKS_H
#define CAMPAIGN_PNG_CHUNKS_H

#include <stddef.h>
#include <stdint.h>

#include "util/strbuf.h"

/* Big-endian, as every PNG number is. */
void campaign__png_put32(unsigned char *b, uint32_t v);

/* Appends one chunk; returns the buffer's status (sticky), or EINVALID for data over 2 GB. */
int campaign__png_chunk(struct strbuf *out, const char type[4], const void *data, size_t len);

/*
 * Appends the signature, IHDR (no interlace) and pHYs with `dpi` in pixels
 * a metre. bit_depth 1 or 8; colour_type 0 (gray) or 2 (RGB).
 */
int campaign__png_header(struct strbuf *out, int width, int height, int bit_depth,
                         int colour_type, double dpi);

/*
 * The two bytes of a zlib header (RFC 1950) for deflate with a 32 KB window,
 * FLEVEL as zlib would set it for `level` (0 with rle, the run-length strategy).
 */
void campaign__png_zlib_header(unsigned char out[2], int level, int rle);

#endif
