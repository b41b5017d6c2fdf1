/* The chunk structure of a PNG file, checked before it is decoded (internal). */
#ifndef CAMPAIGN_PNG_CHUNKS_H
#define CAMPAIGN_PNG_CHUNKS_H

#include <stddef.h>

/*
 * Walks the chunks of a PNG file (signature already checked) and checks
 * each one's length against the file and its CRC, that its type is four
 * letters and, when critical, one PNG defines, that IHDR comes first, and
 * that there is image data and an IEND. cairo reports any libpng
 * error as "out of memory", so without this a damaged file would fail with
 * no word of why.
 * @return NULL when the chunks are sound, else the problem, written into
 *         why ("bad CRC in IDAT", "the file ends inside IDAT",
 *         "unknown critical chunk 'ABCD': ...").
 */
const char *campaign__png_chunks_problem(const unsigned char *data, size_t len, char *why,
                                         size_t why_size);

#endif
