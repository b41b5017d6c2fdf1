/*
 * The symbol's modules: function patterns (finders, separators, timing,
 * alignment, dark module, version information), the code words in their
 * zigzag, and the mask and format information (ISO/IEC 18004 section 7.7).
 */
#include <string.h>

#include "qr/qr_encode.h"

static void
set(unsigned char *m, int side, int x, int y, int dark)
{
	m[(size_t)y * (size_t)side + (size_t)x] = (unsigned char)(QR_FUNCTION | (dark ? QR_DARK : 0));
}

static int
distance(int dx, int dy)
{
	dx = dx < 0 ? -dx : dx;
	dy = dy < 0 ? -dy : dy;
	return dx > dy ? dx : dy;
}

/* A finder pattern centred on (cx, cy) with its light separator. */
static void
draw_finder(unsigned char *m, int side, int cx, int cy)
{
	for (int dy = -4; dy <= 4; dy++)
		for (int dx = -4; dx <= 4; dx++) {
			int x = cx + dx, y = cy + dy;
			int d = distance(dx, dy);
			if (x >= 0 && x < side && y >= 0 && y < side)
				set(m, side, x, y, d != 2 && d != 4);
		}
}

static void
draw_alignment(unsigned char *m, int side, int cx, int cy)
{
	for (int dy = -2; dy <= 2; dy++)
		for (int dx = -2; dx <= 2; dx++)
			set(m, side, cx + dx, cy + dy, distance(dx, dy) != 1);
}

/* The centres of the alignment patterns along one axis (table E.1). */
static int
alignment_centres(int version, int centres[7])
{
	if (version == 1)
		return 0;
	int n = version / 7 + 2;
	int step = version == 32 ? 26 : (version * 4 + n * 2 + 1) / (n * 2 - 2) * 2;
	centres[0] = 6;
	for (int i = n - 1, at = version * 4 + 10; i >= 1; i--, at -= step)
		centres[i] = at;
	return n;
}

/* 18 bits: the version and its BCH (18, 6) check bits. */
static int
version_bits(int version)
{
	int rem = version;
	for (int i = 0; i < 12; i++)
		rem = (rem << 1) ^ ((rem >> 11) * 0x1f25);
	return version << 12 | rem;
}

int
campaign__qr_format_bits(int ecc, int mask)
{
	/* The level's two bits in the symbol: L 01, M 00, Q 11, H 10. */
	static const int level_bits[4] = { 1, 0, 3, 2 };
	int data = level_bits[ecc] << 3 | mask;
	int rem = data;
	for (int i = 0; i < 10; i++)
		rem = (rem << 1) ^ ((rem >> 9) * 0x537);
	return (data << 10 | rem) ^ 0x5412;
}

void
campaign__qr_format_position(int side, int i, int copy, int *x, int *y)
{
	if (copy == 0) { /* around the top left finder */
		if (i < 6) {
			*x = 8, *y = i;
		} else if (i < 8) {
			*x = 8, *y = i + 1; /* skipping the timing row */
		} else if (i == 8) {
			*x = 7, *y = 8;
		} else {
			*x = 14 - i, *y = 8;
		}
	} else if (i < 8) { /* below the top right finder */
		*x = side - 1 - i, *y = 8;
	} else {            /* right of the bottom left finder */
		*x = 8, *y = side - 15 + i;
	}
}

static void
draw_format(unsigned char *m, int side, int bits)
{
	for (int copy = 0; copy < 2; copy++)
		for (int i = 0; i < 15; i++) {
			int x, y;
			campaign__qr_format_position(side, i, copy, &x, &y);
			set(m, side, x, y, (bits >> i) & 1);
		}
	set(m, side, 8, side - 8, 1); /* the dark module */
}

static void
draw_function_patterns(unsigned char *m, int version)
{
	int side = campaign__qr_side(version);
	for (int i = 0; i < side; i++) {
		set(m, side, 6, i, i % 2 == 0);
		set(m, side, i, 6, i % 2 == 0);
	}
	draw_finder(m, side, 3, 3);
	draw_finder(m, side, side - 4, 3);
	draw_finder(m, side, 3, side - 4);
	int centres[7];
	int n = alignment_centres(version, centres);
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++) {
			/* The three corners with a finder pattern have none. */
			if ((i == 0 && j == 0) || (i == 0 && j == n - 1) || (i == n - 1 && j == 0))
				continue;
			draw_alignment(m, side, centres[i], centres[j]);
		}
	/* Reserved now, written once the mask is chosen. */
	draw_format(m, side, 0);
	if (version < 7)
		return;
	int bits = version_bits(version);
	for (int i = 0; i < 18; i++) {
		int a = side - 11 + i % 3, b = i / 3;
		set(m, side, a, b, (bits >> i) & 1);
		set(m, side, b, a, (bits >> i) & 1);
	}
}

void
campaign__qr_draw(unsigned char *m, int version, const unsigned char *codewords)
{
	int side = campaign__qr_side(version);
	memset(m, 0, (size_t)side * (size_t)side);
	draw_function_patterns(m, version);
	size_t nbits = (size_t)campaign__qr_total_codewords(version) * 8;
	size_t bit = 0;
	/* Two-module columns from the right, up and down in turn, around the vertical timing column. */
	for (int right = side - 1; right >= 1; right -= 2) {
		if (right == 6)
			right = 5;
		int upward = ((right + 1) & 2) == 0;
		for (int step = 0; step < side; step++) {
			int y = upward ? side - 1 - step : step;
			for (int j = 0; j < 2; j++) {
				unsigned char *at = &m[(size_t)y * (size_t)side + (size_t)(right - j)];
				if (*at & QR_FUNCTION)
					continue;
				/* The remainder bits past the last code word stay light. */
				if (bit < nbits && ((codewords[bit >> 3] >> (7 - (bit & 7))) & 1))
					*at = QR_DARK;
				bit++;
			}
		}
	}
}

void
campaign__qr_apply_mask(unsigned char *m, int side, int ecc, int mask)
{
	for (int y = 0; y < side; y++)
		for (int x = 0; x < side; x++) {
			unsigned char *at = &m[(size_t)y * (size_t)side + (size_t)x];
			if (!(*at & QR_FUNCTION) && campaign__qr_mask_inverts(mask, x, y))
				*at ^= QR_DARK;
		}
	draw_format(m, side, campaign__qr_format_bits(ecc, mask));
}
