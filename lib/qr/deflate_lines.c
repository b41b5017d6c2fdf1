/*
 * Deflate for repeated lines (see deflate_lines.h): the parse, the Huffman
 * codes of each block (RFC 1951 section 3.2.7, "dynamic Huffman codes"),
 * and the bits.
 */
#include "qr/deflate_lines.h"

#include <libdeflate.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"

#define MATCH_MIN 3
#define MATCH_MAX 258
#define WINDOW 32768
#define LITLEN_CODES 286 /* 0-255 literals, 256 end of block, 257-285 lengths */
_Static_assert(sizeof(((struct deflate_lines *)0)->lit_freq) == LITLEN_CODES * 4, "lit_freq");
#define DIST_CODES 30
#define CODE_BITS_MAX 15
#define CL_CODES 19 /* the code lengths' own alphabet */
#define CL_BITS_MAX 7
#define END_OF_BLOCK 256

static const uint16_t length_base[29] = { 3,  4,  5,  6,  7,  8,  9,  10, 11,  13,
	                                  15, 17, 19, 23, 27, 31, 35, 43, 51,  59,
	                                  67, 83, 99, 115, 131, 163, 195, 227, 258 };
static const uint8_t length_extra[29] = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
	                                  2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };
static const uint16_t dist_base[30] = { 1,    2,    3,    4,    5,    7,     9,     13,
	                                17,   25,   33,   49,   65,   97,    129,   193,
	                                257,  385,  513,  769,  1025, 1537,  2049,  3073,
	                                4097, 6145, 8193, 12289, 16385, 24577 };
static const uint8_t dist_extra[30] = { 0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
	                                6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13 };
/* The order code length code lengths are written in. */
static const uint8_t cl_order[CL_CODES] = { 16, 17, 18, 0, 8,  7, 9,  6, 10, 5,
	                                    11, 4,  12, 3, 13, 2, 14, 1, 15 };

/* The code (index into the tables above) of a length or a distance. */
static int
code_of(const uint16_t *base, int n, unsigned v)
{
	int c = n - 1;
	while (base[c] > v)
		c--;
	return c;
}

/* Length codes by length, filled once: matches are most of a QR image's symbols. */
static uint8_t length_code[MATCH_MAX + 1];
static pthread_once_t length_code_once = PTHREAD_ONCE_INIT;

static void
length_code_init(void)
{
	for (unsigned len = MATCH_MIN; len <= MATCH_MAX; len++)
		length_code[len] = (uint8_t)code_of(length_base, 29, len);
}

/* --- bits ----------------------------------------------------------- */

static void
flush_bytes(struct deflate_lines *d)
{
	if (d->status == CAMPAIGN_OK)
		d->status = campaign__strbuf_add(d->out, d->bytes, d->nbytes);
	d->nbytes = 0;
}

static void
put_bits(struct deflate_lines *d, uint32_t value, int n)
{
	d->bits |= (uint64_t)value << d->nbits;
	d->nbits += n;
	while (d->nbits >= 8) {
		if (d->nbytes == sizeof(d->bytes))
			flush_bytes(d);
		d->bytes[d->nbytes++] = (unsigned char)d->bits;
		d->bits >>= 8;
		d->nbits -= 8;
	}
}

/* Huffman codes go out most significant bit first, the rest least first. */
static uint32_t
reverse(uint32_t code, int n)
{
	uint32_t r = 0;
	for (int i = 0; i < n; i++, code >>= 1)
		r = (r << 1) | (code & 1);
	return r;
}

/* --- Huffman codes --------------------------------------------------- */

struct code {
	uint8_t len[LITLEN_CODES];
	uint16_t bits[LITLEN_CODES]; /* reversed, ready for put_bits() */
};

struct leaf {
	uint32_t freq;
	uint16_t symbol;
};

static int
by_freq(const void *a, const void *b)
{
	const struct leaf *x = a, *y = b;
	if (x->freq != y->freq)
		return x->freq < y->freq ? -1 : 1;
	return x->symbol < y->symbol ? -1 : x->symbol > y->symbol;
}

/*
 * Code lengths of at most `limit` bits for the n symbols' frequencies: a
 * Huffman tree built with two queues over the sorted leaves, its depths
 * counted per length, the counts pushed under the limit keeping the Kraft
 * sum at 1 (as miniz does), then handed out shortest to most frequent.
 * Always two symbols at least, so every code is complete.
 */
static void
build_lengths(const uint32_t *freq, int n, int limit, uint8_t *len)
{
	struct leaf leaves[LITLEN_CODES];
	int used = 0;
	memset(len, 0, (size_t)n);
	for (int s = 0; s < n; s++)
		if (freq[s])
			leaves[used++] = (struct leaf){ freq[s], (uint16_t)s };
	for (int s = 0; used < 2; s++) /* a lone symbol still needs a complete code */
		if (!freq[s])
			leaves[used++] = (struct leaf){ 0, (uint16_t)s };
	qsort(leaves, (size_t)used, sizeof(leaves[0]), by_freq);

	/* Nodes 0..used-1 are the leaves; internal nodes follow, in order of creation. */
	uint32_t weight[2 * LITLEN_CODES];
	int parent[2 * LITLEN_CODES];
	for (int i = 0; i < used; i++)
		weight[i] = leaves[i].freq;
	int next_leaf = 0, next_inner = used, nodes = used;
	for (int k = 0; k < used - 1; k++) {
		int pick[2];
		for (int j = 0; j < 2; j++) {
			if (next_leaf < used &&
			    (next_inner >= nodes || weight[next_leaf] <= weight[next_inner]))
				pick[j] = next_leaf++;
			else
				pick[j] = next_inner++;
		}
		weight[nodes] = weight[pick[0]] + weight[pick[1]];
		parent[pick[0]] = parent[pick[1]] = nodes;
		nodes++;
	}
	int depth[2 * LITLEN_CODES];
	depth[nodes - 1] = 0;
	for (int i = nodes - 2; i >= 0; i--)
		depth[i] = depth[parent[i]] + 1;

	int count[64] = { 0 };
	for (int i = 0; i < used; i++)
		count[depth[i] < 63 ? depth[i] : 63]++;
	for (int l = limit + 1; l < 64; l++) {
		count[limit] += count[l];
		count[l] = 0;
	}
	uint32_t kraft = 0;
	for (int l = 1; l <= limit; l++)
		kraft += (uint32_t)count[l] << (limit - l);
	while (kraft > (1u << limit)) {
		/* Move one code from the limit up a level, splitting a shorter one. */
		count[limit]--;
		for (int l = limit - 1; l > 0; l--)
			if (count[l]) {
				count[l]--;
				count[l + 1] += 2;
				break;
			}
		kraft--;
	}
	/* The leaves are sorted rarest first: the last get the shortest codes. */
	int at = used - 1;
	for (int l = 1; l <= limit; l++)
		for (int c = 0; c < count[l]; c++)
			len[leaves[at--].symbol] = (uint8_t)l;
}

/* Canonical codes for the lengths (RFC 1951 section 3.2.2). */
static void
assign_codes(struct code *c, int n)
{
	int count[CODE_BITS_MAX + 1] = { 0 };
	for (int s = 0; s < n; s++)
		count[c->len[s]]++;
	count[0] = 0;
	uint32_t next[CODE_BITS_MAX + 1], code = 0;
	for (int l = 1; l <= CODE_BITS_MAX; l++) {
		code = (code + (uint32_t)count[l - 1]) << 1;
		next[l] = code;
	}
	for (int s = 0; s < n; s++)
		if (c->len[s])
			c->bits[s] = (uint16_t)reverse(next[c->len[s]]++, c->len[s]);
}

static void
make_code(struct code *c, const uint32_t *freq, int n, int limit)
{
	build_lengths(freq, n, limit, c->len);
	assign_codes(c, n);
}

static void
put_symbol(struct deflate_lines *d, const struct code *c, int s)
{
	put_bits(d, c->bits[s], c->len[s]);
}

/* --- blocks ----------------------------------------------------------- */

/* The lengths of both codes as code length symbols: 0-15, or 16/17/18 runs. */
struct cl_symbol {
	uint8_t symbol, extra;
};

static int
run_length_encode(const uint8_t *lens, int n, struct cl_symbol *out)
{
	int count = 0;
	for (int i = 0; i < n;) {
		int run = 1;
		while (i + run < n && lens[i + run] == lens[i])
			run++;
		int left = run;
		if (lens[i] == 0) {
			while (left >= 11) {
				int k = left < 138 ? left : 138;
				out[count++] = (struct cl_symbol){ 18, (uint8_t)(k - 11) };
				left -= k;
			}
			if (left >= 3) {
				out[count++] = (struct cl_symbol){ 17, (uint8_t)(left - 3) };
				left = 0;
			}
		} else {
			out[count++] = (struct cl_symbol){ lens[i], 0 };
			left--;
			while (left >= 3) {
				int k = left < 6 ? left : 6;
				out[count++] = (struct cl_symbol){ 16, (uint8_t)(k - 3) };
				left -= k;
			}
		}
		while (left-- > 0)
			out[count++] = (struct cl_symbol){ lens[i], 0 };
		i += run;
	}
	return count;
}

static void
write_block(struct deflate_lines *d, int final)
{
	uint32_t *lit_freq = d->lit_freq, *dist_freq = d->dist_freq;
	lit_freq[END_OF_BLOCK] = 1;
	static struct code empty;
	struct code lit = empty, dist = empty, cl = empty;
	make_code(&lit, lit_freq, LITLEN_CODES, CODE_BITS_MAX);
	make_code(&dist, dist_freq, DIST_CODES, CODE_BITS_MAX);
	int nlit = LITLEN_CODES, ndist = DIST_CODES;
	while (nlit > 257 && lit.len[nlit - 1] == 0)
		nlit--;
	while (ndist > 1 && dist.len[ndist - 1] == 0)
		ndist--;

	uint8_t lens[LITLEN_CODES + DIST_CODES];
	memcpy(lens, lit.len, (size_t)nlit);
	memcpy(lens + nlit, dist.len, (size_t)ndist);
	struct cl_symbol rle[LITLEN_CODES + DIST_CODES];
	int nrle = run_length_encode(lens, nlit + ndist, rle);
	uint32_t cl_freq[CL_CODES] = { 0 };
	for (int i = 0; i < nrle; i++)
		cl_freq[rle[i].symbol]++;
	make_code(&cl, cl_freq, CL_CODES, CL_BITS_MAX);
	int ncl = CL_CODES;
	while (ncl > 4 && cl.len[cl_order[ncl - 1]] == 0)
		ncl--;

	put_bits(d, final ? 1 : 0, 1);
	put_bits(d, 2, 2); /* dynamic Huffman codes */
	put_bits(d, (uint32_t)(nlit - 257), 5);
	put_bits(d, (uint32_t)(ndist - 1), 5);
	put_bits(d, (uint32_t)(ncl - 4), 4);
	for (int i = 0; i < ncl; i++)
		put_bits(d, cl.len[cl_order[i]], 3);
	static const int rle_extra_bits[3] = { 2, 3, 7 };
	for (int i = 0; i < nrle; i++) {
		put_symbol(d, &cl, rle[i].symbol);
		if (rle[i].symbol >= 16)
			put_bits(d, rle[i].extra, rle_extra_bits[rle[i].symbol - 16]);
	}
	for (size_t i = 0; i < d->ntokens; i++) {
		const struct deflate_token *t = &d->tokens[i];
		if (t->dist == 0) {
			put_symbol(d, &lit, t->value);
			continue;
		}
		int lc = t->lcode, dc = t->dcode;
		put_symbol(d, &lit, 257 + lc);
		put_bits(d, t->value - length_base[lc], length_extra[lc]);
		put_symbol(d, &dist, dc);
		put_bits(d, t->dist - dist_base[dc], dist_extra[dc]);
	}
	put_symbol(d, &lit, END_OF_BLOCK);
	d->ntokens = 0;
	memset(d->lit_freq, 0, sizeof(d->lit_freq));
	memset(d->dist_freq, 0, sizeof(d->dist_freq));
}

/* --- the parse --------------------------------------------------------- */

static void
token(struct deflate_lines *d, unsigned value, unsigned dist)
{
	if (d->ntokens == DEFLATE_LINES_BLOCK)
		write_block(d, 0);
	struct deflate_token t = { (uint16_t)value, (uint16_t)dist, 0, 0 };
	if (dist == 0) {
		d->lit_freq[value]++;
	} else {
		t.lcode = length_code[value];
		/* A stream uses three distances or so: 1, a line, two lines. */
		if (dist != d->last_dist) {
			d->last_dist = dist;
			d->last_dcode = (uint8_t)code_of(dist_base, 30, dist);
		}
		t.dcode = d->last_dcode;
		d->lit_freq[257 + t.lcode]++;
		d->dist_freq[t.dcode]++;
	}
	d->tokens[d->ntokens++] = t;
}

/* `len` bytes copied from `dist` back, in matches of at most 258, none under 3. */
static void
match(struct deflate_lines *d, size_t len, unsigned dist)
{
	while (len > 0) {
		size_t n = len > MATCH_MAX ? MATCH_MAX : len;
		if (len > MATCH_MAX && len - MATCH_MAX < MATCH_MIN)
			n = len - MATCH_MIN; /* leave a tail that is still a match */
		token(d, (unsigned)n, dist);
		len -= n;
	}
}

/*
 * A line that repeats neither of the two before it: at each byte, the longer
 * of a run of that byte (one back) and the stretch equal to the line above
 * (`above`, line_len back, when there is one), if either reaches 3 bytes;
 * else a literal.
 */
static void
literal_line(struct deflate_lines *d, const unsigned char *p, const unsigned char *above,
             size_t n)
{
	for (size_t i = 0; i < n;) {
		size_t down = 0;
		if (above)
			while (i + down < n && p[i + down] == above[i + down])
				down++;
		size_t run = 0; /* bytes after p[i] equal to it */
		while (i + 1 + run < n && p[i + 1 + run] == p[i])
			run++;
		if (down >= MATCH_MIN && down >= run + 1) {
			match(d, down, (unsigned)n);
			i += down;
			continue;
		}
		token(d, p[i], 0);
		if (run >= MATCH_MIN) {
			match(d, run, 1);
			i += 1 + run;
		} else {
			i++;
		}
	}
}

int
campaign__deflate_lines_begin(struct deflate_lines *d, struct strbuf *out, size_t line_len)
{
	pthread_once(&length_code_once, length_code_init);
	memset(d, 0, sizeof(*d));
	d->out = out;
	d->line_len = line_len;
	d->adler = 1;
	if (line_len == 0 || line_len > WINDOW / 2)
		return d->status = CAMPAIGN_EINVALID;
	d->history = malloc(2 * line_len);
	d->tokens = malloc(DEFLATE_LINES_BLOCK * sizeof(*d->tokens));
	if (!d->history || !d->tokens)
		return d->status = CAMPAIGN_ENOMEM;
	/* The zlib header: deflate, 32 KB window, FLEVEL 0 ("fastest"), check bits. */
	static const unsigned char header[2] = { 0x78, 0x01 };
	return d->status = campaign__strbuf_add(out, header, 2);
}

int
campaign__deflate_lines_add(struct deflate_lines *d, const unsigned char *line)
{
	if (d->status)
		return d->status;
	size_t n = d->line_len;
	d->adler = (uint32_t)libdeflate_adler32(d->adler, line, n);
	unsigned char *prev = d->history + ((d->lines + 1) % 2) * n; /* line - 1 */
	unsigned char *prev2 = d->history + (d->lines % 2) * n;      /* line - 2 */
	if (d->lines >= 1 && n >= MATCH_MIN && memcmp(line, prev, n) == 0) {
		/* Merged with the match before it when that copied the line before too. */
		struct deflate_token *last = d->ntokens ? &d->tokens[d->ntokens - 1] : NULL;
		if (last && last->dist == n && last->value + n <= MATCH_MAX) {
			d->lit_freq[257 + last->lcode]--;
			last->value = (uint16_t)(last->value + n);
			last->lcode = length_code[last->value];
			d->lit_freq[257 + last->lcode]++;
		} else {
			match(d, n, (unsigned)n);
		}
	} else if (d->lines >= 2 && n >= MATCH_MIN && memcmp(line, prev2, n) == 0) {
		match(d, n, (unsigned)(2 * n));
	} else {
		literal_line(d, line, d->lines >= 1 ? prev : NULL, n);
	}
	memcpy(prev2, line, n); /* line - 2's slot is the next call's line - 1 */
	d->lines++;
	return d->status;
}

int
campaign__deflate_lines_end(struct deflate_lines *d)
{
	if (d->status == CAMPAIGN_OK) {
		write_block(d, 1);
		put_bits(d, 0, (8 - d->nbits % 8) % 8); /* to a byte boundary */
		flush_bytes(d);
		unsigned char trailer[4] = { (unsigned char)(d->adler >> 24),
			                     (unsigned char)(d->adler >> 16),
			                     (unsigned char)(d->adler >> 8), (unsigned char)d->adler };
		if (d->status == CAMPAIGN_OK)
			d->status = campaign__strbuf_add(d->out, trailer, 4);
	}
	campaign__deflate_lines_free(d);
	return d->status;
}

void
campaign__deflate_lines_free(struct deflate_lines *d)
{
	free(d->history);
	free(d->tokens);
	d->history = NULL;
	d->tokens = NULL;
}
