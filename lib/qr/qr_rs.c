/*
 * A symbol's capacity and its error correction: ISO/IEC 18004 tables 1 and
 * 9, and Reed-Solomon over GF(256) with the field polynomial 0x11d.
 */
#include <pthread.h>
#include <string.h>

#include "qr/qr_encode.h"

/* Error correction code words per block, by level and version (table 9). */
static const unsigned char ecc_per_block[4][QR_VERSION_MAX + 1] = {
	{ 0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
	  28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30 },
	{ 0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
	  26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28 },
	{ 0, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
	  28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30 },
	{ 0, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
	  30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30 },
};

/* Error correction blocks, by level and version (table 9). */
static const unsigned char blocks[4][QR_VERSION_MAX + 1] = {
	{ 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8,
	  8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25 },
	{ 0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
	  17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49 },
	{ 0, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20,
	  23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68 },
	{ 0, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
	  25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81 },
};

int
campaign__qr_total_codewords(int version)
{
	/* The modules left for code words: all, minus finders, separators,
	 * timing, format and dark module, alignment patterns, version info. */
	int modules = (16 * version + 128) * version + 64;
	if (version >= 2) {
		int align = version / 7 + 2;
		modules -= (25 * align - 10) * align - 55;
		if (version >= 7)
			modules -= 36;
	}
	return modules / 8; /* the 0 to 7 remainder bits stay light */
}

int
campaign__qr_data_codewords(int version, int ecc)
{
	return campaign__qr_total_codewords(version) -
	       ecc_per_block[ecc][version] * blocks[ecc][version];
}

static unsigned char gf_exp[512];
static unsigned char gf_log[256];
static pthread_once_t gf_once = PTHREAD_ONCE_INIT;

static void
gf_init(void)
{
	unsigned int x = 1;
	for (int i = 0; i < 255; i++) {
		gf_exp[i] = gf_exp[i + 255] = (unsigned char)x;
		gf_log[x] = (unsigned char)i;
		x <<= 1;
		if (x & 0x100)
			x ^= 0x11d;
	}
}

/*
 * The generator polynomial of degree n, (x - a^0)(x - a^1)...(x - a^(n-1)),
 * as the logarithms of its coefficients after the leading 1, highest first.
 */
static void
generator_logs(int n, unsigned char logs[30])
{
	unsigned char g[31] = { 1 }; /* g[0] is the leading coefficient */
	for (int i = 0; i < n; i++) {
		/* g = g * (x - a^i); subtraction is xor */
		for (int j = i + 1; j > 0; j--) {
			unsigned char term = g[j - 1] ? gf_exp[gf_log[g[j - 1]] + i] : 0;
			g[j] ^= term;
		}
	}
	for (int j = 0; j < n; j++)
		logs[j] = gf_log[g[j + 1]]; /* no coefficient of such a generator is 0 */
}

/* The remainder of data * x^n divided by the generator: the block's ECC. */
static void
block_remainder(const unsigned char *data, int len, const unsigned char *logs, int n,
          unsigned char *ecc)
{
	memset(ecc, 0, (size_t)n);
	for (int i = 0; i < len; i++) {
		unsigned char factor = data[i] ^ ecc[0];
		memmove(ecc, ecc + 1, (size_t)n - 1);
		ecc[n - 1] = 0;
		if (!factor)
			continue;
		int f = gf_log[factor];
		for (int j = 0; j < n; j++)
			ecc[j] ^= gf_exp[f + logs[j]];
	}
}

void
campaign__qr_add_ecc(int version, int ecc, const unsigned char *data, unsigned char *out)
{
	pthread_once(&gf_once, gf_init);
	int nblocks = blocks[ecc][version];
	int n = ecc_per_block[ecc][version];
	int total = campaign__qr_total_codewords(version);
	/* The last `nlong` blocks hold one data code word more than the others. */
	int short_len = total / nblocks - n;
	int nlong = total % nblocks;
	int nshort = nblocks - nlong;
	unsigned char logs[30];
	generator_logs(n, logs);

	unsigned char block_ecc[30];
	const unsigned char *block = data;
	int data_total = campaign__qr_data_codewords(version, ecc);
	for (int b = 0; b < nblocks; b++) {
		int len = short_len + (b >= nshort);
		/* Data code words interleave: column i takes code word i of every block. */
		for (int i = 0; i < len; i++) {
			int column = i < short_len ? i * nblocks : short_len * nblocks + (b - nshort);
			out[column + (i < short_len ? b : 0)] = block[i];
		}
		block_remainder(block, len, logs, n, block_ecc);
		for (int i = 0; i < n; i++)
			out[data_total + i * nblocks + b] = block_ecc[i];
		block += len;
	}
}
