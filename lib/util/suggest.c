#include "util/suggest.h"

#include <string.h>

#include "campaign/diag.h"
#include "util/lookalike.h"
#include "util/utf8.h"

#define MAX_WORD 64

unsigned
campaign__edit_distance(const char *a, const char *b)
{
	size_t n = strlen(a), m = strlen(b);
	if (n > MAX_WORD || m > MAX_WORD)
		return 255;
	/* Three rows are enough for optimal string alignment. */
	unsigned rows[3][MAX_WORD + 1];
	unsigned *prev2 = rows[0], *prev = rows[1], *cur = rows[2];
	for (size_t j = 0; j <= m; j++)
		prev[j] = (unsigned)j;
	for (size_t i = 1; i <= n; i++) {
		cur[0] = (unsigned)i;
		for (size_t j = 1; j <= m; j++) {
			unsigned cost = a[i - 1] == b[j - 1] ? 0 : 1;
			unsigned best = prev[j] + 1;
			if (cur[j - 1] + 1 < best)
				best = cur[j - 1] + 1;
			if (prev[j - 1] + cost < best)
				best = prev[j - 1] + cost;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    prev2[j - 2] + 1 < best)
				best = prev2[j - 2] + 1;
			cur[j] = best;
		}
		unsigned *t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	return prev[m];
}

/*
 * A character as it reads: ASCII case folded, and the digits that print as
 * letters in most faces (0 as o, 1 as l) taken as those letters, so that
 * "f1" finds "fl" even where a word is too short for an edit to count.
 */
static char
as_read(char c)
{
	c = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
	return c == '0' ? 'o' : c == '1' ? 'l' : c;
}

/* Equal but for ASCII case and digits that look like letters. */
static int
same_ignoring_case(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (as_read(*a) != as_read(*b))
			return 0;
	return *a == *b;
}

void
campaign__suggester_init(struct suggester *s, const char *word)
{
	memset(s, 0, sizeof(*s));
	s->word = word;
	s->has_ascii = campaign__lookalike_ascii(word, s->ascii, sizeof(s->ascii));
	/*
	 * How many edits still read as a typo, by the word's length in
	 * characters: none for one or two (one edit is half the word, and
	 * "x" for "a" is no suggestion), one up to five, two up to eight,
	 * three beyond. Case and look-alikes do not count (below).
	 */
	size_t len = campaign__utf8_count(word, strlen(word));
	s->limit = len <= 2 ? 0 : len <= 5 ? 1 : len <= 8 ? 2 : 3;
	s->best_distance = s->limit + 1;
}

void
campaign__suggester_offer(struct suggester *s, const char *candidate)
{
	if (s->best_distance == 0)
		return;
	/* The same word in other case, or with look-alikes for letters: surely meant. */
	if (same_ignoring_case(s->word, candidate) ||
	    (s->has_ascii && same_ignoring_case(s->ascii, candidate))) {
		s->best = candidate;
		s->best_distance = 0;
		s->tied = NULL;
		return;
	}
	const char *word = s->has_ascii ? s->ascii : s->word;
	size_t n = strlen(word), m = strlen(candidate);
	/* A bound on the work: lengths too far apart cannot be close, and a huge list is sampled. */
	if ((n > m ? n - m : m - n) > s->limit || s->computed >= SUGGEST_MAX_COMPARED)
		return;
	s->computed++;
	unsigned d = campaign__edit_distance(word, candidate);
	if (d > 0 && d < s->best_distance) {
		s->best = candidate;
		s->best_distance = d;
		s->tied = NULL;
	} else if (s->best && d == s->best_distance && strcmp(candidate, s->best) != 0) {
		s->tied = candidate;
	}
}

const char *
campaign__suggester_best(const struct suggester *s)
{
	/* "p-C" is one edit from "p-A" and from "p-B": naming either would be a guess. */
	return s->tied ? NULL : s->best;
}

const char *
campaign__suggest(const char *word, const char *const *candidates)
{
	struct suggester s;
	campaign__suggester_init(&s, word);
	for (size_t i = 0; candidates[i]; i++)
		campaign__suggester_offer(&s, candidates[i]);
	return campaign__suggester_best(&s);
}

const char *
campaign_suggest(const char *word, const char *const *candidates)
{
	return campaign__suggest(word, candidates);
}
