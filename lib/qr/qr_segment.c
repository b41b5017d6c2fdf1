/*
 * Payload bytes to data code words: the modes of its segments, the smallest
 * version that holds them, the terminator and the padding (ISO/IEC 18004
 * sections 7.3 and 7.4). Modes are chosen by dynamic programming over the
 * bytes, so a digit run goes in numeric mode exactly when that saves bits.
 */
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "qr/qr_encode.h"

enum mode { NUMERIC, ALNUM, BYTE, MODES };

/* The ECI assignment number of UTF-8 (AIM ECI specification). */
#define ECI_UTF8 26

static const unsigned int mode_indicator[MODES] = { 0x1, 0x2, 0x4 };

/* Bits of the character count, by mode and version range 1-9, 10-26, 27-40. */
static const int count_bits[MODES][3] = { { 10, 12, 14 }, { 9, 11, 13 }, { 8, 16, 16 } };

static int
version_range(int version)
{
	return version <= 9 ? 0 : version <= 26 ? 1 : 2;
}

/* The first version of a range. */
static const int range_first[3] = { 1, 10, 27 };

static const char alnum_chars[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

/* The alphanumeric value of c, or -1. */
static int
alnum_value(unsigned char c)
{
	if (c == '\0')
		return -1;
	const char *at = strchr(alnum_chars, c);
	return at ? (int)(at - alnum_chars) : -1;
}

static int
allowed(enum mode m, unsigned char c)
{
	switch (m) {
	case NUMERIC: return c >= '0' && c <= '9';
	case ALNUM: return alnum_value(c) >= 0;
	default: return 1;
	}
}

/* Costs in sixths of a bit, so numeric's 10 bits per 3 digits stay exact. */
static const long char_cost[MODES] = { 20, 33, 48 };

static long
ceil_bits(long sixths)
{
	return (sixths + 5) / 6 * 6;
}

/*
 * Picks each byte's mode for the version range: modes[i] for byte i.
 * Returns the total bits of the segments' headers and data.
 */
static long
choose_modes(const unsigned char *p, size_t len, int range, unsigned char *modes,
             unsigned char *from)
{
	long head[MODES];
	for (int m = 0; m < MODES; m++)
		head[m] = (4 + count_bits[m][range]) * 6;
	/* cost[m]: the cheapest encoding of the bytes so far that ends in mode m.
	 * from[i * MODES + m]: the mode of byte i - 1 on that encoding. */
	long cost[MODES];
	const long none = -1;
	if (len == 0)
		return 0;
	for (size_t i = 0; i < len; i++) {
		long next[MODES];
		for (int m = 0; m < MODES; m++) {
			next[m] = none;
			if (!allowed((enum mode)m, p[i]))
				continue;
			for (int k = 0; k < MODES && i > 0; k++) {
				if (cost[k] == none)
					continue;
				long c = k == m ? cost[k] : ceil_bits(cost[k]) + head[m];
				if (next[m] == none || c < next[m]) {
					next[m] = c;
					from[i * MODES + (size_t)m] = (unsigned char)k;
				}
			}
			if (i == 0)
				next[m] = head[m];
			next[m] += char_cost[m];
		}
		memcpy(cost, next, sizeof(cost));
	}
	int best = BYTE;
	for (int m = 0; m < MODES; m++)
		if (cost[m] != none && ceil_bits(cost[m]) < ceil_bits(cost[best]))
			best = m;
	for (size_t i = len; i-- > 0;) {
		modes[i] = (unsigned char)best;
		best = from[i * MODES + (size_t)best];
	}
	return ceil_bits(cost[modes[len - 1]]) / 6;
}

struct bits {
	unsigned char *out;
	size_t len; /* in bits */
};

static void
put(struct bits *b, unsigned int value, int n)
{
	for (int i = n - 1; i >= 0; i--, b->len++)
		if ((value >> i) & 1)
			b->out[b->len >> 3] |= (unsigned char)(0x80u >> (b->len & 7));
}

static void
put_segment(struct bits *b, enum mode m, const unsigned char *p, size_t n, int range)
{
	put(b, mode_indicator[m], 4);
	put(b, (unsigned int)n, count_bits[m][range]);
	size_t i = 0;
	switch (m) {
	case NUMERIC:
		for (; i + 3 <= n; i += 3)
			put(b, (unsigned int)((p[i] - '0') * 100 + (p[i + 1] - '0') * 10 + p[i + 2] - '0'),
			    10);
		if (n - i == 2)
			put(b, (unsigned int)((p[i] - '0') * 10 + p[i + 1] - '0'), 7);
		else if (n - i == 1)
			put(b, (unsigned int)(p[i] - '0'), 4);
		break;
	case ALNUM:
		for (; i + 2 <= n; i += 2)
			put(b, (unsigned int)(alnum_value(p[i]) * 45 + alnum_value(p[i + 1])), 11);
		if (i < n)
			put(b, (unsigned int)alnum_value(p[i]), 6);
		break;
	default:
		for (; i < n; i++)
			put(b, p[i], 8);
		break;
	}
}

/* Writes the segments of modes[] (runs of one mode), terminator and padding. */
static void
write_codewords(const unsigned char *p, size_t len, const unsigned char *modes, int eci,
                int range, int capacity, unsigned char *out)
{
	memset(out, 0, (size_t)capacity);
	struct bits b = { out, 0 };
	if (eci) {
		put(&b, 0x7, 4);
		put(&b, ECI_UTF8, 8); /* assignments below 128 take one byte */
	}
	for (size_t start = 0; start < len;) {
		size_t end = start + 1;
		while (end < len && modes[end] == modes[start])
			end++;
		put_segment(&b, (enum mode)modes[start], p + start, end - start, range);
		start = end;
	}
	size_t room = (size_t)capacity * 8;
	size_t terminator = room - b.len < 4 ? room - b.len : 4;
	b.len += terminator;           /* zero bits, already there */
	b.len = (b.len + 7) / 8 * 8;   /* to a byte boundary, with zeros */
	for (int pad = 0xec; b.len < room; pad ^= 0xec ^ 0x11)
		put(&b, (unsigned int)pad, 8);
}

int
campaign__qr_segment(const unsigned char *p, size_t len, int eci, int byte_only, int ecc,
                     int min_version, int *version, unsigned char out[QR_DATA_CODEWORDS_MAX])
{
	unsigned char *modes = malloc(len * (1 + MODES));
	if (!modes)
		return CAMPAIGN_ENOMEM;
	unsigned char *from = modes + len;
	for (int range = version_range(min_version); range < 3; range++) {
		long bits;
		if (eci || byte_only) {
			memset(modes, BYTE, len);
			bits = 4 + count_bits[BYTE][range] + 8 * (long)len;
		} else {
			bits = choose_modes(p, len, range, modes, from);
		}
		if (eci)
			bits += 12;
		int v = min_version > range_first[range] ? min_version : range_first[range];
		int last = range == 0 ? 9 : range == 1 ? 26 : 40;
		for (; v <= last; v++) {
			int capacity = campaign__qr_data_codewords(v, ecc);
			if (bits > (long)capacity * 8)
				continue;
			write_codewords(p, len, modes, eci, range, capacity, out);
			*version = v;
			free(modes);
			return CAMPAIGN_OK;
		}
	}
	free(modes);
	return CAMPAIGN_ETOOLONG;
}
