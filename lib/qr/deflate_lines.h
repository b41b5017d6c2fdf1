/*
 * A zlib stream (RFC 1950/1951) for images whose lines repeat, fed one line
 * at a time: a QR code's PNG, where every module row is one pixel row
 * followed by module_px - 1 copies of it.
 *
 * Why not zlib or libdeflate: both search for matches in every byte, and on
 * the benchmark's 13 KB codes took 36 to 55 us, a third of a code's whole
 * cost. Here a line equal to the one before it (or the one before that) is
 * one back-reference found with one memcmp, a run of equal bytes or a
 * stretch equal to the line above is another, and everything else is a
 * literal; the symbols get Huffman codes of their own in each block. On
 * those codes: 27 us and 817 bytes, against libdeflate's 36 us and 1,034.
 */
#ifndef CAMPAIGN_DEFLATE_LINES_H
#define CAMPAIGN_DEFLATE_LINES_H

#include <stddef.h>
#include <stdint.h>

#include "util/strbuf.h"

/* Symbols collected before a block is written: bounds memory at any image size. */
#define DEFLATE_LINES_BLOCK 16384

struct deflate_token {
	uint16_t value; /* a literal byte, or a match length 3 to 258 */
	uint16_t dist;  /* 0 for a literal, else the match distance */
	uint8_t lcode;  /* a match's length and distance codes (RFC 1951 3.2.5) */
	uint8_t dcode;
};

struct deflate_lines {
	struct strbuf *out;
	size_t line_len;
	unsigned char *history;  /* the last two lines, for the line matches */
	size_t lines;            /* lines added so far */
	uint32_t adler;
	struct deflate_token *tokens; /* DEFLATE_LINES_BLOCK of them */
	size_t ntokens;
	uint32_t lit_freq[286];       /* the block's symbols, counted as they come */
	uint32_t dist_freq[30];
	unsigned last_dist;           /* and its code: distances repeat */
	uint8_t last_dcode;
	uint64_t bits;           /* pending output bits, LSB first */
	int nbits;
	unsigned char bytes[256]; /* finished bytes, added to `out` when full */
	size_t nbytes;
	int status;              /* CAMPAIGN_OK or the first failure, sticky */
};

/* Starts a stream of lines of `line_len` bytes (1 to 16,384) into out. */
int campaign__deflate_lines_begin(struct deflate_lines *d, struct strbuf *out, size_t line_len);

/* Adds one line. */
int campaign__deflate_lines_add(struct deflate_lines *d, const unsigned char *line);

/* Writes the last block and the checksum; frees what begin allocated. */
int campaign__deflate_lines_end(struct deflate_lines *d);

/* Frees what begin allocated, after a failure (end does it otherwise). */
void campaign__deflate_lines_free(struct deflate_lines *d);

#endif
