/*
 * Our QR encoder (ISO/IEC 18004, model 2), in four steps, one file each:
 *   qr_segment.c  payload bytes to data code words: modes, version, padding;
 *   qr_rs.c       the symbol's capacity tables and Reed-Solomon error correction;
 *   qr_matrix.c   function patterns, code word placement, format and version info;
 *   qr_mask.c     the eight masks scored by the standard's penalty rules.
 * Why not libqrencode: at 130 to 180 us a code (most of it scoring masks one
 * module at a time) it was 40 % of `campaign qr --batch`; this encoder scores
 * a whole row of modules per machine word. tests/unit/test_qr_encoder.c
 * checks it module for module against libqrencode.
 */
#ifndef CAMPAIGN_QR_ENCODE_H
#define CAMPAIGN_QR_ENCODE_H

#include <stddef.h>

#define QR_VERSION_MAX 40
#define QR_SIZE_MAX 177
/* Data code words of the largest symbol, version 40 at level L. */
#define QR_DATA_CODEWORDS_MAX 2956
/* All code words of the largest symbol, data and error correction. */
#define QR_CODEWORDS_MAX 3706

/* Levels in campaign_qr_ecc's order: L, M, Q, H. */
enum { QR_ECC_L, QR_ECC_M, QR_ECC_Q, QR_ECC_H };

/* Modules per side of a version. */
static inline int
campaign__qr_side(int version)
{
	return 4 * version + 17;
}

/* qr_rs.c: capacities, and the code word sequence with error correction. */
int campaign__qr_data_codewords(int version, int ecc);
int campaign__qr_total_codewords(int version);
/* Splits `data` into blocks, appends each block's ECC and interleaves them into `out`. */
void campaign__qr_add_ecc(int version, int ecc, const unsigned char *data, unsigned char *out);

/*
 * qr_segment.c: the data code words of `len` bytes at the smallest version
 * from `min_version` (1 to 40) that holds them. With `eci`, an ECI header for
 * UTF-8 and one byte-mode segment; otherwise digit and upper-case runs go in
 * numeric and alphanumeric mode wherever that saves bits; `byte_only` forces
 * one byte-mode segment (tests compare that with libqrencode). Writes
 * campaign__qr_data_codewords(*version, ecc) bytes to `out`. Returns
 * CAMPAIGN_OK, CAMPAIGN_ETOOLONG or CAMPAIGN_ENOMEM.
 */
int campaign__qr_segment(const unsigned char *p, size_t len, int eci, int byte_only, int ecc,
                         int min_version, int *version, unsigned char out[QR_DATA_CODEWORDS_MAX]);

/* qr_matrix.c: module bytes of the symbol under construction. */
enum { QR_DARK = 1, QR_FUNCTION = 2 };

/*
 * Draws the function patterns of `version` (format area light) and places
 * `codewords` (all of them, interleaved) unmasked. `m` has side * side bytes.
 */
void campaign__qr_draw(unsigned char *m, int version, const unsigned char *codewords);

/* The 15 format bits (BCH-coded and masked) for a level and a mask. */
int campaign__qr_format_bits(int ecc, int mask);

/* Where format bit i (0 to 14) goes, in its first and in its second copy. */
void campaign__qr_format_position(int side, int i, int copy, int *x, int *y);

/* Whether mask pattern `mask` (0 to 7) inverts module (x, y). */
static inline int
campaign__qr_mask_inverts(int mask, int x, int y)
{
	switch (mask) {
	case 0: return (x + y) % 2 == 0;
	case 1: return y % 2 == 0;
	case 2: return x % 3 == 0;
	case 3: return (x + y) % 3 == 0;
	case 4: return (x / 3 + y / 2) % 2 == 0;
	case 5: return x * y % 2 + x * y % 3 == 0;
	case 6: return (x * y % 2 + x * y % 3) % 2 == 0;
	default: return ((x + y) % 2 + x * y % 3) % 2 == 0;
	}
}

/* Applies `mask` to the data modules and draws the format bits for (ecc, mask). */
void campaign__qr_apply_mask(unsigned char *m, int side, int ecc, int mask);

/*
 * qr_mask.c: the penalty score of each of the eight masks applied to the
 * unmasked symbol `m` (with format bits), by the four rules of ISO/IEC
 * 18004 section 7.8.3; a module outside the symbol counts as light.
 */
void campaign__qr_mask_penalties(const unsigned char *m, int side, int ecc, long penalty[8]);

/* The mask with the lowest penalty (the lowest number on a tie). */
int campaign__qr_choose_mask(const unsigned char *m, int side, int ecc);

#endif
