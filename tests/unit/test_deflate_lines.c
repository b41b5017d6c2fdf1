/*
 * The line-repeating deflate (lib/deflate_lines.c) read back by zlib, the
 * independent decoder: every stream must inflate to exactly the lines fed
 * in, whatever the line length, the repetition, the bytes and the number of
 * blocks; and on a QR code's image it must stay near zlib's own size.
 */
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "campaign/status.h"
#include "qr/deflate_lines.h"
#include "harness.h"

static unsigned int seed = 12345;

static unsigned char
next_byte(void)
{
	seed = seed * 1103515245u + 12345u;
	return (unsigned char)(seed >> 16);
}

/* Compresses `lines` lines of `len` bytes; returns the zlib stream's size, or 0 after failing. */
static size_t
round_trip(const unsigned char *data, size_t lines, size_t len)
{
	struct strbuf out;
	campaign__strbuf_init(&out, 0);
	struct deflate_lines *d = malloc(sizeof(*d));
	int rc = campaign__deflate_lines_begin(d, &out, len);
	for (size_t i = 0; i < lines && rc == CAMPAIGN_OK; i++)
		rc = campaign__deflate_lines_add(d, data + i * len);
	int end = campaign__deflate_lines_end(d);
	free(d);
	ASSERT_INT_EQ(rc, CAMPAIGN_OK);
	ASSERT_INT_EQ(end, CAMPAIGN_OK);
	size_t total = lines * len, size = out.len;
	uLongf got = (uLongf)total + 1;
	unsigned char *back = malloc(total + 1);
	int zrc = uncompress(back, &got, (const Bytef *)out.ptr, (uLong)out.len);
	if (zrc != Z_OK) {
		harness_fail(__FILE__, __LINE__, "zlib: %d on %zu lines of %zu bytes", zrc, lines, len);
		size = 0;
	} else if (got != total || memcmp(back, data, total) != 0) {
		harness_fail(__FILE__, __LINE__, "%zu lines of %zu bytes came back different", lines,
		             len);
		size = 0;
	}
	free(back);
	campaign__strbuf_free(&out);
	return size;
}

/*
 * A QR code's UP-filtered image: every `repeat` lines, a line of filter
 * byte 2 and random bytes (a module row's first pixel row), then zero lines.
 */
static unsigned char *
qr_like(size_t lines, size_t len, size_t repeat)
{
	unsigned char *p = calloc(lines, len);
	for (size_t i = 0; i < lines; i++) {
		unsigned char *line = p + i * len;
		line[0] = 2;
		if (i % repeat == 0)
			for (size_t k = 1; k < len; k++)
				line[k] = (next_byte() & 3) ? 0 : next_byte();
	}
	return p;
}

static void
test_deflate_lines__qr_like_images_of_every_shape(void)
{
	static const size_t lens[] = { 3, 5, 41, 300, 4097 };
	for (size_t l = 0; l < sizeof(lens) / sizeof(lens[0]); l++)
		for (size_t repeat = 1; repeat <= 12; repeat += (repeat < 3 ? 1 : 4)) {
			size_t lines = lens[l] > 1000 ? 60 : 318;
			unsigned char *p = qr_like(lines, lens[l], repeat);
			round_trip(p, lines, lens[l]);
			free(p);
		}
}

static void
test_deflate_lines__short_lines_and_edges(void)
{
	unsigned char p[64 * 1024];
	for (size_t i = 0; i < sizeof(p); i++)
		p[i] = next_byte();
	round_trip(p, 0, 41);          /* no lines: an empty stream */
	round_trip(p, 1, 1);           /* too short to match a line */
	round_trip(p, 500, 1);
	round_trip(p, 500, 2);
	memset(p, 7, sizeof(p));
	round_trip(p, 500, 2);         /* runs across lines of 2 */
	round_trip(p, 200, 3);         /* repeats merged up to 258 bytes, then a new match */
	round_trip(p, 1, 600);         /* one run of 599 after the first byte */
	round_trip(p, 4, 16384);       /* the longest line: matches 32,768 back */
	for (size_t run = 255; run <= 262; run++) {
		memset(p, 1, 600);
		memset(p + 10, 9, run); /* runs that end near the 258-byte match limit */
		round_trip(p, 1, 600);
	}
}

static void
test_deflate_lines__random_bytes_over_many_blocks(void)
{
	size_t len = 997, lines = 200; /* ~200,000 literals: a dozen blocks */
	unsigned char *p = malloc(len * lines);
	for (size_t i = 0; i < len * lines; i++)
		p[i] = next_byte();
	/* Some lines repeat the one before or the one before that. */
	for (size_t i = 2; i < lines; i += 7) {
		memcpy(p + i * len, p + (i - 1) * len, len);
		if (i + 1 < lines)
			memcpy(p + (i + 1) * len, p + (i - 1) * len, len);
	}
	round_trip(p, lines, len);
	free(p);
}

/*
 * Frequencies in the Fibonacci sequence give a Huffman tree as deep as it
 * has symbols less one. With the end-of-block symbol (once) and 18 bytes
 * seen 1, 2, 3, 5, ..., 4,181 times, that is 18 levels, in one block
 * (10,944 bytes, under 16,384 symbols): the 15-bit limit must hold.
 */
static void
test_deflate_lines__skewed_frequencies_respect_the_length_limit(void)
{
	size_t fib[18] = { 1, 2 };
	for (int i = 2; i < 18; i++)
		fib[i] = fib[i - 1] + fib[i - 2];
	size_t total = 0;
	for (int i = 0; i < 18; i++)
		total += fib[i];
	/* No byte twice in a row, so no run becomes a match: each step emits the
	 * byte with the most copies left that is not the one just emitted. */
	unsigned char *p = malloc(total);
	int last = -1;
	for (size_t at = 0; at < total; at++) {
		int best = -1;
		for (int i = 0; i < 18; i++)
			if (i != last && fib[i] > 0 && (best < 0 || fib[i] > fib[best]))
				best = i;
		p[at] = (unsigned char)(best * 10);
		fib[best]--;
		last = best;
	}
	round_trip(p, 1, total);
	free(p);
}

/* On a QR code's image, within a tenth of zlib's default level. */
static void
test_deflate_lines__qr_images_stay_near_zlibs_size(void)
{
	size_t lines = 318, len = 41;
	unsigned char *p = qr_like(lines, len, 6);
	size_t ours = round_trip(p, lines, len);
	uLongf theirs = compressBound((uLong)(lines * len));
	unsigned char *z = malloc(theirs);
	ASSERT_INT_EQ(compress2(z, &theirs, p, (uLong)(lines * len), 6), Z_OK);
	if (ours > theirs * 11 / 10)
		harness_fail(__FILE__, __LINE__, "%zu bytes, zlib %lu", ours, (unsigned long)theirs);
	free(z);
	free(p);
}

static void
test_deflate_lines__refuses_impossible_line_lengths(void)
{
	struct strbuf out;
	campaign__strbuf_init(&out, 0);
	struct deflate_lines *d = malloc(sizeof(*d));
	ASSERT_INT_EQ(campaign__deflate_lines_begin(d, &out, 0), CAMPAIGN_EINVALID);
	campaign__deflate_lines_free(d);
	ASSERT_INT_EQ(campaign__deflate_lines_begin(d, &out, 16385), CAMPAIGN_EINVALID);
	campaign__deflate_lines_free(d);
	free(d);
	ASSERT_INT_EQ(out.len, 0);
	campaign__strbuf_free(&out);
}

int
main(void)
{
	RUN(test_deflate_lines__qr_like_images_of_every_shape);
	RUN(test_deflate_lines__short_lines_and_edges);
	RUN(test_deflate_lines__random_bytes_over_many_blocks);
	RUN(test_deflate_lines__skewed_frequencies_respect_the_length_limit);
	RUN(test_deflate_lines__qr_images_stay_near_zlibs_size);
	RUN(test_deflate_lines__refuses_impossible_line_lengths);
	return harness_done();
}
