#include "template/png_chunks.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* CRC-32 as PNG defines it (ISO 3309, the one zlib computes), bit by bit: files are small. */
static uint32_t
crc32_of(const unsigned char *p, size_t n)
{
	uint32_t c = 0xFFFFFFFFu;
	for (size_t i = 0; i < n; i++) {
		c ^= p[i];
		for (int k = 0; k < 8; k++)
			c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
	}
	return c ^ 0xFFFFFFFFu;
}

static uint32_t
be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* A chunk type as text: four letters in a sound file, escaped otherwise. */
static void
type_name(const unsigned char *t, char out[17])
{
	char *o = out;
	for (int i = 0; i < 4; i++)
		o += (t[i] >= 'A' && t[i] <= 'Z') || (t[i] >= 'a' && t[i] <= 'z')
		         ? sprintf(o, "%c", t[i]) : sprintf(o, "\\x%02X", t[i]);
}

static int
is_letters(const unsigned char *t)
{
	for (int i = 0; i < 4; i++)
		if (!((t[i] >= 'A' && t[i] <= 'Z') || (t[i] >= 'a' && t[i] <= 'z')))
			return 0;
	return 1;
}

/* The critical chunks of PNG (ISO/IEC 15948, 11.2). */
static int
is_known_critical(const unsigned char *t)
{
	return memcmp(t, "IHDR", 4) == 0 || memcmp(t, "PLTE", 4) == 0 || memcmp(t, "IDAT", 4) == 0 ||
	       memcmp(t, "IEND", 4) == 0;
}

const char *
campaign__png_chunks_problem(const unsigned char *d, size_t len, char *why, size_t why_size)
{
	size_t at = 8;
	int chunks = 0, idat = 0;
	char name[17];
	while (at < len) {
		if (len - at < 12) {
			snprintf(why, why_size, "the file ends inside a chunk's header");
			return why;
		}
		uint32_t n = be32(d + at);
		const unsigned char *type = d + at + 4;
		type_name(type, name);
		if (n > 0x7FFFFFFFu || n > len - at - 12) {
			snprintf(why, why_size, "the file ends inside %s (%lu bytes declared, %zu there)", name,
			         (unsigned long)n, len - at - 12);
			return why;
		}
		if (crc32_of(type, (size_t)n + 4) != be32(type + 4 + n)) {
			snprintf(why, why_size, "bad CRC in %s", name);
			return why;
		}
		if (!is_letters(type)) {
			snprintf(why, why_size, "the chunk type %s is not four letters", name);
			return why;
		}
		/*
		 * An upper-case first letter marks a chunk the image cannot be
		 * shown without; libpng stops at one it does not know, and cairo
		 * would only say "out of memory".
		 */
		if (type[0] <= 'Z' && !is_known_critical(type)) {
			/* Short: the caller's buffer holds 96 bytes; "damaged" says the rest. */
			snprintf(why, why_size, "unknown critical chunk '%s' (re-save it as plain PNG)", name);
			return why;
		}
		if (chunks++ == 0 && memcmp(type, "IHDR", 4) != 0) {
			snprintf(why, why_size, "the first chunk is %s, not IHDR", name);
			return why;
		}
		if (memcmp(type, "IDAT", 4) == 0)
			idat = 1;
		if (memcmp(type, "IEND", 4) == 0)
			return idat ? NULL : (snprintf(why, why_size, "no image data (IDAT)"), why);
		at += 12 + (size_t)n;
	}
	snprintf(why, why_size, "no IEND chunk: the file is cut short");
	return why;
}
