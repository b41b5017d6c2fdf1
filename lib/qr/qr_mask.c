/*
 * Choosing the mask: each of the eight is applied and scored by the four
 * penalty rules of ISO/IEC 18004 section 7.8.3, and the lowest score wins.
 * A libqrencode-style scan visits every module eight times over; here every
 * row and every column of the symbol is a bit string, PAD light modules
 * each side, and each rule is a handful of shifts and ands over it. Masking
 * a row is one xor with the mask's pattern for that row, which repeats every
 * 12 rows and 12 columns for all eight masks.
 */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "qr/qr_encode.h"

/* Light modules either side of a line: the finder rule looks 4 past the end. */
#define PAD 4
#define WORDS 3 /* 177 modules and 2 * PAD fit in 192 bits */

/* The rules below are inlined into each copy of score_words(), or its POPCNT copy would call the others. */
#define LINE_OP static inline __attribute__((always_inline))

typedef struct line {
	uint64_t w[WORDS];
} line;

/*
 * Words in use: 1 up to version 9 (side 53, plus 2 * PAD), 2 up to version
 * 25 (side 117), then 3.
 * The helpers below loop to `nw`, which the compiler sees as a constant in
 * each copy of score_words().
 */

/* Bit j of the result is bit j + k of a (k from 1 to 63); zeros come in. */
LINE_OP line
shr(line a, int k, int nw)
{
	line r = a;
	for (int i = 0; i < nw; i++)
		r.w[i] = (a.w[i] >> k) | (i + 1 < nw ? a.w[i + 1] << (64 - k) : 0);
	return r;
}

/* Bit j of the result is bit j - k of a (k from 1 to 63). */
LINE_OP line
shl(line a, int k, int nw)
{
	line r = a;
	for (int i = 0; i < nw; i++)
		r.w[i] = (a.w[i] << k) | (i > 0 ? a.w[i - 1] >> (64 - k) : 0);
	return r;
}

static void
set_bit(line *l, int j)
{
	l->w[j >> 6] |= (uint64_t)1 << (j & 63);
}

LINE_OP int
count(line a, int nw)
{
	int n = 0;
	for (int i = 0; i < nw; i++)
		n += __builtin_popcountll(a.w[i]);
	return n;
}

/* Bitwise operators over the first `nw` words of lines. */
#define OP(name, expr)                                       \
	LINE_OP line name(line a, line b, int nw)            \
	{                                                    \
		line r = a;                                  \
		for (int i = 0; i < nw; i++)                 \
			r.w[i] = (expr);                     \
		return r;                                    \
	}
OP(and, a.w[i] & b.w[i])
OP(or, a.w[i] | b.w[i])
OP(xor, a.w[i] ^ b.w[i])
OP(andnot, a.w[i] & ~b.w[i])
#undef OP

/* Bits PAD + from to PAD + to - 1 set. */
static line
span(int from, int to)
{
	line r = { { 0 } };
	for (int j = PAD + from; j < PAD + to; j++)
		set_bit(&r, j);
	return r;
}

/* The patterns of each mask for row (or column) index mod 12, over 177 modules. */
static line row_pattern[8][12];
static line column_pattern[8][12];
static pthread_once_t patterns_once = PTHREAD_ONCE_INIT;

static void
patterns_init(void)
{
	for (int mask = 0; mask < 8; mask++)
		for (int r = 0; r < 12; r++)
			for (int i = 0; i < QR_SIZE_MAX; i++) {
				if (campaign__qr_mask_inverts(mask, i, r))
					set_bit(&row_pattern[mask][r], PAD + i);
				if (campaign__qr_mask_inverts(mask, r, i))
					set_bit(&column_pattern[mask][r], PAD + i);
			}
}

/* What stays fixed while the masks are tried. */
struct symbol {
	int side;
	line rows[QR_SIZE_MAX], columns[QR_SIZE_MAX];           /* unmasked dark modules */
	line data_rows[QR_SIZE_MAX], data_columns[QR_SIZE_MAX]; /* modules a mask inverts */
	line pairs;  /* where a module and its right neighbour are both in the symbol */
	line inside; /* the symbol's modules */
};

/* Rule 1: each run of five or more same-colour modules, 3 + (length - 5). */
LINE_OP long
runs(line l, const struct symbol *s, int nw)
{
	/* same: module j equals module j + 1; five: modules j to j + 4 are one colour */
	line same = andnot(s->pairs, xor(l, shr(l, 1, nw), nw), nw);
	line five = and(and(same, shr(same, 1, nw), nw), and(shr(same, 2, nw), shr(same, 3, nw), nw),
	                nw);
	line starts = andnot(five, shl(same, 1, nw), nw);
	/* A run of n >= 5 has n - 4 windows of five, and one start: n - 4 + 2 = 3 + (n - 5). */
	return count(five, nw) + 2L * count(starts, nw);
}

/* Rule 3: 1:1:3:1:1 dark-light-dark-light-dark with four light modules on a side, 40 each. */
LINE_OP long
finders(line l, int nw)
{
	line dark = and(and(l, shr(l, 2, nw), nw), and(shr(l, 3, nw), shr(l, 4, nw), nw), nw);
	line core = andnot(and(dark, shr(l, 6, nw), nw), or(shr(l, 1, nw), shr(l, 5, nw), nw), nw);
	line before = or(or(shl(l, 1, nw), shl(l, 2, nw), nw), or(shl(l, 3, nw), shl(l, 4, nw), nw),
	                 nw);
	line after = or(or(shr(l, 7, nw), shr(l, 8, nw), nw), or(shr(l, 9, nw), shr(l, 10, nw), nw),
	                nw);
	return 40L * (count(andnot(core, before, nw), nw) + count(andnot(core, after, nw), nw));
}

/* Rule 2: each 2 x 2 block of one colour, 3. */
LINE_OP long
blocks(line top, line bottom, const struct symbol *s, int nw)
{
	line same = andnot(s->inside, xor(top, bottom, nw), nw); /* one colour above and below */
	line pair = andnot(s->pairs, xor(top, shr(top, 1, nw), nw), nw);
	return 3L * count(and(and(same, shr(same, 1, nw), nw), pair, nw), nw);
}

/* Rule 4: 10 for every 5 % that the dark share strays from 50 %, past the first. */
LINE_OP long
balance(long dark, long total)
{
	long off = dark * 20 - total * 10;
	off = off < 0 ? -off : off;
	return ((off + total - 1) / total - 1) * 10;
}

static void
symbol_init(struct symbol *s, const unsigned char *m, int side)
{
	/* Only the lines in use: the whole struct is 17 KB, a version 7 symbol uses 4 KB of it. */
	size_t used = (size_t)side * sizeof(line);
	memset(s->rows, 0, used);
	memset(s->columns, 0, used);
	memset(s->data_rows, 0, used);
	memset(s->data_columns, 0, used);
	s->side = side;
	s->inside = span(0, side);
	s->pairs = span(0, side - 1);
	for (int y = 0; y < side; y++)
		for (int x = 0; x < side; x++) {
			unsigned char v = m[(size_t)y * (size_t)side + (size_t)x];
			if (v & QR_DARK) {
				set_bit(&s->rows[y], PAD + x);
				set_bit(&s->columns[x], PAD + y);
			}
			if (!(v & QR_FUNCTION)) {
				set_bit(&s->data_rows[y], PAD + x);
				set_bit(&s->data_columns[x], PAD + y);
			}
		}
}

static void
toggle(line *l, int j)
{
	l->w[j >> 6] ^= (uint64_t)1 << (j & 63);
}

/* The dark modules of the symbol under `mask`, by row and by column. */
static void
apply(const struct symbol *s, int ecc, int mask, line *rows, line *columns)
{
	int side = s->side;
	for (int i = 0; i < side; i++) {
		rows[i] = s->rows[i];
		columns[i] = s->columns[i];
		for (int w = 0; w < WORDS; w++) {
			rows[i].w[w] ^= row_pattern[mask][i % 12].w[w] & s->data_rows[i].w[w];
			columns[i].w[w] ^= column_pattern[mask][i % 12].w[w] & s->data_columns[i].w[w];
		}
	}
	/* The format bits depend on the mask; their modules start light. */
	int bits = campaign__qr_format_bits(ecc, mask);
	for (int copy = 0; copy < 2; copy++)
		for (int i = 0; i < 15; i++) {
			if (!((bits >> i) & 1))
				continue;
			int x, y;
			campaign__qr_format_position(side, i, copy, &x, &y);
			toggle(&rows[y], PAD + x);
			toggle(&columns[x], PAD + y);
		}
}

LINE_OP long
score(const line *rows, const line *columns, const struct symbol *s, int nw)
{
	int side = s->side;
	long penalty = 0, dark = 0;
	for (int i = 0; i < side; i++) {
		penalty += runs(rows[i], s, nw) + runs(columns[i], s, nw) + finders(rows[i], nw) +
		           finders(columns[i], nw);
		if (i + 1 < side)
			penalty += blocks(rows[i], rows[i + 1], s, nw);
		dark += count(rows[i], nw);
	}
	return penalty + balance(dark, (long)side * side);
}

/*
 * One copy for each word count, so each loop has a constant bound; built
 * twice where the compiler can, with and without the POPCNT instruction,
 * which x86-64's baseline lacks and which the counting here lives on.
 */
/* target_clones is an ifunc: glibc only, and its resolver runs during
 * relocation, before ThreadSanitizer's runtime is up (it crashed there). */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && defined(__GLIBC__) && \
        !defined(__SANITIZE_THREAD__)
__attribute__((target_clones("popcnt", "default")))
#endif
static long
score_words(const line *rows, const line *columns, const struct symbol *s)
{
	int nw = (s->side + 2 * PAD + 63) / 64;
	switch (nw) {
	case 1: return score(rows, columns, s, 1);
	case 2: return score(rows, columns, s, 2);
	default: return score(rows, columns, s, 3);
	}
}

void
campaign__qr_mask_penalties(const unsigned char *m, int side, int ecc, long penalty[8])
{
	pthread_once(&patterns_once, patterns_init);
	struct symbol s;
	symbol_init(&s, m, side);
	line rows[QR_SIZE_MAX], columns[QR_SIZE_MAX];
	for (int mask = 0; mask < 8; mask++) {
		apply(&s, ecc, mask, rows, columns);
		penalty[mask] = score_words(rows, columns, &s);
	}
}

int
campaign__qr_choose_mask(const unsigned char *m, int side, int ecc)
{
	long penalty[8];
	campaign__qr_mask_penalties(m, side, ecc, penalty);
	int best = 0;
	for (int mask = 1; mask < 8; mask++)
		if (penalty[mask] < penalty[best])
			best = mask;
	return best;
}
