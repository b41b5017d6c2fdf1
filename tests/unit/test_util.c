/* Internal helpers: growable buffer, UTF-8 positions, did-you-mean. */
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "harness.h"
#include "util/arena.h"
#include "util/id_index.h"
#include "util/strbuf.h"
#include "util/lookalike.h"
#include "util/suggest.h"
#include "util/utf8.h"

static void
test_strbuf__appends_and_formats(void)
{
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	campaign__strbuf_adds(&b, "utm_");
	campaign__strbuf_addf(&b, "%s=%d", "x", 42);
	ASSERT_STR_EQ(campaign__strbuf_cstr(&b), "utm_x=42");
	ASSERT_INT_EQ(b.len, 8);
	campaign__strbuf_free(&b);
}

static void
test_strbuf__stops_at_cap_and_stays_failed(void)
{
	struct strbuf b;
	campaign__strbuf_init(&b, 5);
	ASSERT_INT_EQ(campaign__strbuf_adds(&b, "abcd"), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign__strbuf_adds(&b, "ef"), CAMPAIGN_ETOOLONG);
	ASSERT_INT_EQ(campaign__strbuf_addc(&b, 'x'), CAMPAIGN_ETOOLONG);
	ASSERT_STR_EQ(campaign__strbuf_cstr(&b), "abcd");
	campaign_buf out = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign__strbuf_to_buf(&b, &out), CAMPAIGN_ETOOLONG);
	ASSERT_NULL(out.ptr);
}

static void
test_strbuf__hands_over_to_public_buf(void)
{
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	campaign__strbuf_adds(&b, "hello");
	campaign_buf out = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign__strbuf_to_buf(&b, &out), CAMPAIGN_OK);
	ASSERT_STR_EQ(out.ptr, "hello");
	ASSERT_INT_EQ(out.size, 5);
	campaign_buf_dispose(&out);
	ASSERT_NULL(out.ptr);
	campaign_buf_dispose(&out); /* twice is harmless */
	campaign_buf_dispose(NULL);
}

static void
test_utf8__rejects_overlong_surrogates_and_truncated(void)
{
	static const struct {
		const char *bytes;
		size_t bad_at;
	} cases[] = {
		{ "ok", 2 },
		{ "\xd0\x9c\xd0\xb8", 4 },       /* "Ми" */
		{ "a\xc0\xaf", 1 },              /* overlong '/' */
		{ "ab\xed\xa0\x80", 2 },         /* surrogate D800 */
		{ "\xf4\x90\x80\x80", 0 },       /* above U+10FFFF */
		{ "xyz\xe2\x82", 3 },            /* truncated */
		{ "\xff", 0 },
		{ "\x80", 0 },                   /* lone continuation */
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		ASSERT_INT_EQ(campaign__utf8_validate(cases[i].bytes, strlen(cases[i].bytes)),
		              cases[i].bad_at);
}

static void
test_utf8__position_counts_code_points(void)
{
	const char *text = "a: 1\nимя: x\r\nb";
	unsigned long line, col;
	size_t x = (size_t)(strstr(text, "x") - text);
	campaign__utf8_position(text, strlen(text), x, &line, &col);
	ASSERT_INT_EQ(line, 2);
	ASSERT_INT_EQ(col, 6);
	campaign__utf8_position(text, strlen(text), strlen(text) - 1, &line, &col);
	ASSERT_INT_EQ(line, 3);
	ASSERT_INT_EQ(col, 1);
}

static void
test_utf8__trim_partial_cuts_only_a_broken_tail(void)
{
	char s[] = "Ми\xd1";
	campaign__utf8_trim_partial(s);
	ASSERT_STR_EQ(s, "Ми");
	char t[] = "Мир";
	campaign__utf8_trim_partial(t);
	ASSERT_STR_EQ(t, "Мир");
}

static void
test_utf8__cut_falls_on_a_character_boundary(void)
{
	/* "ab" then a 2-, 3- or 4-byte character whose bytes straddle a cut at 3, 4 or 5. */
	const char *two = "ab\xD0\x96z", *three = "ab\xE2\x82\xACz", *four = "ab\xF0\x9F\x98\x80z";
	ASSERT_INT_EQ(campaign__utf8_cut(two, strlen(two), 3), 2);
	ASSERT_INT_EQ(campaign__utf8_cut(two, strlen(two), 4), 4);
	for (size_t max = 3; max <= 4; max++)
		ASSERT_INT_EQ(campaign__utf8_cut(three, strlen(three), max), 2);
	ASSERT_INT_EQ(campaign__utf8_cut(three, strlen(three), 5), 5);
	for (size_t max = 3; max <= 5; max++)
		ASSERT_INT_EQ(campaign__utf8_cut(four, strlen(four), max), 2);
	ASSERT_INT_EQ(campaign__utf8_cut(four, strlen(four), 6), 6);
	/* What fits is not cut, a cut at a first byte stays, and bytes that are not UTF-8 stop the search. */
	ASSERT_INT_EQ(campaign__utf8_cut(four, strlen(four), 99), 7);
	ASSERT_INT_EQ(campaign__utf8_cut(four, strlen(four), 2), 2);
	ASSERT_INT_EQ(campaign__utf8_cut("a\x80\x80\x80\x80\x80", 6, 5), 2);
}

static void
test_lookalike__names_the_character(void)
{
	char note[128];
	campaign__nonascii_note("l\xD0\xB0nding", note, sizeof(note));
	ASSERT_STR_EQ(note, " (U+0430 CYRILLIC SMALL LETTER A at character 2)");
	campaign__nonascii_note("\xD0\x9C\xD0\xB8\xD1\x80", note, sizeof(note)); /* Мир: no look-alike name */
	ASSERT_STR_EQ(note, " (U+041C CYRILLIC CAPITAL LETTER EM at character 1)");
	campaign__nonascii_note("ab\xE2\x80\x8B", note, sizeof(note));
	ASSERT_STR_EQ(note, " (U+200B ZERO WIDTH SPACE at character 3)");
	campaign__nonascii_note("landing", note, sizeof(note));
	ASSERT_STR_EQ(note, "");
	campaign__nonascii_note("\xE4\xB8\xAD", note, sizeof(note));
	ASSERT_STR_EQ(note, " (U+4E2D at character 1)");
}

static void
test_suggest__finds_swaps_and_typos(void)
{
	static const char *const keys[] = { "source", "medium", "content", "term", "template", NULL };
	ASSERT_STR_EQ(campaign__suggest("meduim", keys), "medium");
	ASSERT_STR_EQ(campaign__suggest("sorce", keys), "source");
	ASSERT_STR_EQ(campaign__suggest("tempalte", keys), "template");
	ASSERT_NULL(campaign__suggest("colour", keys));
	/* Two edits in five letters is another word, not a typo. */
	static const char *const columns[] = { "value", "city", "a", NULL };
	ASSERT_NULL(campaign__suggest("venue", columns));
	ASSERT_NULL(campaign__suggest("x", columns));
	ASSERT_STR_EQ(campaign__suggest("citi", columns), "city");
	/* Case, and letters that look Latin, are no edits at all. */
	ASSERT_STR_EQ(campaign__suggest("A", columns), "a");
	ASSERT_STR_EQ(campaign__suggest("City", columns), "city");
	ASSERT_STR_EQ(campaign__suggest("\xD1\x81ity", columns), "city"); /* Cyrillic es */
	static const char *const ids[] = { "id", "landing", NULL };
	ASSERT_STR_EQ(campaign__suggest("\xD1\x96" "d", ids), "id"); /* Cyrillic i, one of two letters */
	ASSERT_STR_EQ(campaign__suggest("landing\xE2\x80\x8B", ids), "landing"); /* zero width space */
	/* Digits that read as letters, even in a word too short for an edit: f1 is fl, 0 is o. */
	static const char *const short_ids[] = { "fl", "f2", "po", NULL };
	ASSERT_STR_EQ(campaign__suggest("f1", short_ids), "fl");
	ASSERT_STR_EQ(campaign__suggest("p0", short_ids), "po");
	ASSERT_NULL(campaign__suggest("f3", short_ids));
	/* Equally near to two: no guess. */
	static const char *const rows[] = { "p-A", "p-B", NULL };
	ASSERT_NULL(campaign__suggest("p-C", rows));
	ASSERT_STR_EQ(campaign__suggest("p-a", rows), "p-A");
	ASSERT_INT_EQ(campaign__edit_distance("abc", "abc"), 0);
	ASSERT_INT_EQ(campaign__edit_distance("ab", "ba"), 1);
	ASSERT_INT_EQ(campaign__edit_distance("", "abc"), 3);
}

/* Strings sit end to end; an object after an odd-sized string is still aligned, zeroed. */
static void
test_arena__packs_strings_and_aligns_objects(void)
{
	struct arena a = { 0 };
	char *x = campaign__arena_strdup(&a, "abc");
	char *y = campaign__arena_strdup(&a, "de");
	ASSERT_STR_EQ(x, "abc");
	ASSERT_STR_EQ(y, "de");
	ASSERT_TRUE(y == x + 4);
	for (size_t n = 1; n < 40; n++) {
		campaign__arena_strndup(&a, "0123456789012345678901234567890123456789", n);
		unsigned char *obj = campaign__arena_alloc(&a, n);
		ASSERT_NOT_NULL(obj);
		ASSERT_INT_EQ((uintptr_t)obj % alignof(max_align_t), 0);
		for (size_t k = 0; k < n; k++)
			ASSERT_INT_EQ(obj[k], 0);
		memset(obj, 0xff, n);
	}
	/* Past a chunk, and a request bigger than a chunk: both whole and usable. */
	char *big = campaign__arena_alloc(&a, 200 * 1024);
	ASSERT_NOT_NULL(big);
	memset(big, 'b', 200 * 1024);
	for (int i = 0; i < 5000; i++)
		ASSERT_NOT_NULL(campaign__arena_strdup(&a, "a string of thirty characters."));
	char *after = campaign__arena_strdup(&a, "after");
	ASSERT_STR_EQ(after, "after");
	ASSERT_STR_EQ(x, "abc");
	ASSERT_NULL(campaign__arena_alloc(&a, SIZE_MAX - 8));
	campaign__arena_free(&a);
}

/* An owner whose array moves as it grows, as the spec's events do. */
struct id_owner {
	char (*ids)[16];
	size_t count;
};

static const char *
owner_id_at(const void *owner, size_t i)
{
	return ((const struct id_owner *)owner)->ids[i];
}

static void
test_id_index__finds_ignoring_case_and_keeps_the_first(void)
{
	struct id_owner o = { NULL, 0 };
	struct id_index x;
	campaign__id_index_init(&x, owner_id_at, &o);
	ASSERT_INT_EQ(campaign__id_index_find(&x, "day-1"), SIZE_MAX);
	/* 5,000 ids, the array reallocated at every one: the index holds positions, not pointers. */
	for (size_t i = 0; i < 5000; i++) {
		char (*grown)[16] = realloc(o.ids, (o.count + 1) * sizeof(*o.ids));
		ASSERT_NOT_NULL(grown);
		o.ids = grown;
		snprintf(o.ids[o.count], sizeof(o.ids[0]), "Day-%zu", i);
		ASSERT_INT_EQ(campaign__id_index_add(&x, o.count), 0);
		o.count++;
	}
	for (size_t i = 0; i < 5000; i += 37) {
		char id[16];
		snprintf(id, sizeof(id), "dAY-%zu", i);
		ASSERT_INT_EQ(campaign__id_index_find(&x, id), i);
	}
	ASSERT_INT_EQ(campaign__id_index_find(&x, "Day-5000"), SIZE_MAX);
	ASSERT_INT_EQ(campaign__id_index_find(&x, "Day-"), SIZE_MAX);
	ASSERT_INT_EQ(campaign__id_index_find(&x, NULL), SIZE_MAX);
	/* The same id again, in other case: the first position stays. */
	snprintf(o.ids[7], sizeof(o.ids[0]), "%s", "DAY-7");
	ASSERT_INT_EQ(campaign__id_index_add(&x, 7), 0);
	ASSERT_INT_EQ(campaign__id_index_find(&x, "day-7"), 7);
	ASSERT_INT_EQ(x.used, 5000);
	/* Room reserved means adds that need no memory. */
	ASSERT_INT_EQ(campaign__id_index_reserve(&x, 3000), 0);
	ASSERT_TRUE((x.used + 3000) * 2 <= x.cap);
	campaign__id_index_free(&x);
	ASSERT_INT_EQ(campaign__id_index_find(&x, "day-7"), SIZE_MAX);
	free(o.ids);
}

int
main(void)
{
	RUN(test_strbuf__appends_and_formats);
	RUN(test_strbuf__stops_at_cap_and_stays_failed);
	RUN(test_strbuf__hands_over_to_public_buf);
	RUN(test_utf8__rejects_overlong_surrogates_and_truncated);
	RUN(test_utf8__position_counts_code_points);
	RUN(test_utf8__trim_partial_cuts_only_a_broken_tail);
	RUN(test_utf8__cut_falls_on_a_character_boundary);
	RUN(test_suggest__finds_swaps_and_typos);
	RUN(test_lookalike__names_the_character);
	RUN(test_arena__packs_strings_and_aligns_objects);
	RUN(test_id_index__finds_ignoring_case_and_keeps_the_first);
	return harness_done();
}
