/* Hashtags: made from text, compared without case, made unique, taken lists. */
#include <glib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "campaign/diag.h"
#include "campaign/hashtag.h"
#include "campaign/status.h"
#include "harness.h"
#include "text/unichar.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

enum { CAMEL = CAMPAIGN_HASHTAG_STYLE_CAMEL, LOWER = CAMPAIGN_HASHTAG_STYLE_LOWER };
enum { KEEP = CAMPAIGN_HASHTAG_SCRIPT_KEEP, LATIN = CAMPAIGN_HASHTAG_SCRIPT_LATIN };

struct make_case {
	int style;
	int script;
	size_t max_length;
	const char *text;
	const char *want; /* the tag, or the error message */
};

static void
check_make(const struct make_case *cases, size_t n, int status)
{
	for (size_t i = 0; i < n; i++) {
		campaign_hashtag_options opts = CAMPAIGN_HASHTAG_OPTIONS_INIT;
		opts.style = (campaign_hashtag_style)cases[i].style;
		opts.script = (campaign_hashtag_script)cases[i].script;
		opts.max_length = cases[i].max_length;
		campaign_diags *diags = NULL;
		ASSERT_INT_EQ(campaign_diags_new(&diags), CAMPAIGN_OK);
		campaign_buf out = CAMPAIGN_BUF_INIT;
		int rc = campaign_hashtag_make(&out, cases[i].text, &opts, diags);
		if (rc != status)
			printf("#   case %zu \"%s\": %s\n", i, cases[i].text ? cases[i].text : "(null)",
			       campaign_diags_count(diags) ? campaign_diags_get(diags, 0)->message
			                                   : out.ptr);
		ASSERT_INT_EQ(rc, status);
		if (status == CAMPAIGN_OK) {
			ASSERT_STR_EQ(out.ptr, cases[i].want);
			ASSERT_INT_EQ(campaign_diags_count(diags), 0);
		} else {
			ASSERT_NULL(out.ptr);
			ASSERT_INT_EQ(campaign_diags_error_count(diags), 1);
			ASSERT_INT_EQ(campaign_diags_get(diags, 0)->status, CAMPAIGN_EINVALID);
			ASSERT_STR_EQ(campaign_diags_get(diags, 0)->message, cases[i].want);
		}
		campaign_buf_dispose(&out);
		campaign_diags_free(diags);
	}
}

static void
test_hashtag__camel_capitalizes_each_word(void)
{
	static const struct make_case cases[] = {
		{ CAMEL, KEEP, 30, "Митинг за достойную зарплату",
		  "#МитингЗаДостойнуюЗарплату" },
		{ CAMEL, KEEP, 30, "митинг за зарплату", "#МитингЗаЗарплату" },
		{ CAMEL, KEEP, 30, "Митинг за достойную зарплату!", "#МитингЗаДостойнуюЗарплату" },
		{ CAMEL, KEEP, 30, "rally for fair pay", "#RallyForFairPay" },
		{ CAMEL, KEEP, 30, "Rally 2026", "#Rally2026" },
		{ CAMEL, KEEP, 30, "Санкт-Петербург", "#СанктПетербург" },
		/* the rest of a word stays as written: acronyms survive */
		{ CAMEL, KEEP, 30, "митинг за МРОТ", "#МитингЗаМРОТ" },
		{ CAMEL, KEEP, 30, "NATO", "#NATO" },
		{ CAMEL, KEEP, 30, "iPhone launch", "#IPhoneLaunch" },
		/* a title all in capitals is lowercased first */
		{ CAMEL, KEEP, 30, "МИТИНГ ЗА ЗАРПЛАТУ", "#МитингЗаЗарплату" },
		{ CAMEL, KEEP, 30, "ΟΔΟΣ ΣΤΑΔΙΟΥ", "#ΟδοςΣταδιου" },
		/* titlecase, not uppercase, for digraph letters */
		{ CAMEL, KEEP, 30, "\xc7\x86ungla", "#\xc7\x85ungla" },
		/* locale-independent: no Turkish dotted capital I */
		{ CAMEL, KEEP, 30, "istanbul izmir", "#IstanbulIzmir" },
	};
	check_make(cases, COUNT(cases), CAMPAIGN_OK);
}

static void
test_hashtag__lower_joins_words_with_nothing(void)
{
	static const struct make_case cases[] = {
		{ LOWER, KEEP, 30, "Митинг за Достойную Зарплату", "#митингзадостойнуюзарплату" },
		{ LOWER, KEEP, 30, "Rally For Fair Pay", "#rallyforfairpay" },
		{ LOWER, KEEP, 30, "STRASSE", "#strasse" },
		{ LOWER, KEEP, 30, "Straße", "#straße" },
		/* final sigma at the end of a word, and only there */
		{ LOWER, KEEP, 30, "ΟΔΟΣ ΣΤΑΔΙΟΥ", "#οδοςσταδιου" },
		{ LOWER, KEEP, 30, "İSTANBUL", "#istanbul" },
		{ LOWER, KEEP, 30, "rally_2026 Final", "#rally_2026final" },
	};
	check_make(cases, COUNT(cases), CAMPAIGN_OK);
}

static void
test_hashtag__keeps_letters_of_any_script(void)
{
	static const struct make_case cases[] = {
		/* Arabic has no case: words are joined with '_', as people write them there */
		{ CAMEL, KEEP, 30, "مسيرة من أجل الأجور", "#مسيرة_من_أجل_الأجور" },
		/* vowel marks stay on their letters */
		{ CAMEL, KEEP, 30, "مَسِيرَة", "#مَسِيرَة" },
		/* Devanagari vowel signs and virama are marks inside the word */
		{ CAMEL, KEEP, 30, "नमस्ते दुनिया", "#नमस्ते_दुनिया" },
		{ CAMEL, KEEP, 30, "Ünïcödé ärger", "#ÜnïcödéÄrger" },
		{ CAMEL, KEEP, 30, "Straße der Pariser Kommune", "#StraßeDerPariserKommune" },
		{ CAMEL, KEEP, 30, "Rally \xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa6",
		  "#Rally\xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa6" },
		{ CAMEL, KEEP, 30, "Київ", "#Київ" },
	};
	check_make(cases, COUNT(cases), CAMPAIGN_OK);
}

static void
test_hashtag__joins_caseless_words_with_underscore(void)
{
	static const struct make_case cases[] = {
		{ CAMEL, KEEP, 30, "עצרת למען שכר הוגן", "#עצרת_למען_שכר_הוגן" },
		{ LOWER, KEEP, 30, "東京 マラソン 2026", "#東京_マラソン_2026" },
		{ CAMEL, KEEP, 30, "ชุมนุม ค่าแรง", "#ชุมนุม_ค่าแรง" },
		/* where a caseless word meets a cased one too; digits with cased words run on */
		{ CAMEL, KEEP, 30, "Rally 2026 مسيرة", "#Rally2026_مسيرة" },
		/* cut at a word boundary: the '_' goes with the word left out */
		{ CAMEL, KEEP, 10, "مسيرة من أجل الأجور", "#مسيرة_من" },
		/* cased scripts stay camel case, run together */
		{ CAMEL, KEEP, 30, "Митинг за достойную зарплату!", "#МитингЗаДостойнуюЗарплату" },
		{ CAMEL, KEEP, 30, "Riverside clean-up day", "#RiversideCleanUpDay" },
	};
	check_make(cases, COUNT(cases), CAMPAIGN_OK);
}

static void
test_hashtag__normalizes_to_nfc(void)
{
	static const struct make_case cases[] = {
		/* "été" typed with combining acute accents */
		{ CAMEL, KEEP, 30, "e\xcc\x81te\xcc\x81", "#\xc3\x89t\xc3\xa9" },
		/* "й" as и + combining breve */
		{ LOWER, KEEP, 30, "\xd0\xb8\xcc\x86", "#\xd0\xb9" },
	};
	check_make(cases, COUNT(cases), CAMPAIGN_OK);
}

static void
test_hashtag__drops_punctuation_emoji_and_leading_underscores(void)
{
	static const struct make_case cases[] = {
		{ CAMEL, KEEP, 30, "\xf0\x9f\x94\xa5 Rally!!! \xf0\x9f\x94\xa5 #2026", "#Rally2026" },
		{ CAMEL, KEEP, 30, "Hello, world\xe2\x80\xa6 \xc2\xabмитинг\xc2\xbb",
		  "#HelloWorldМитинг" },
		/* keycap emoji: the variation selector and enclosing keycap do not stay */
		{ CAMEL, KEEP, 30, "rally 1\xef\xb8\x8f\xe2\x83\xa3", "#Rally1" },
		{ CAMEL, KEEP, 30, "__init now", "#InitNow" },
		{ CAMEL, KEEP, 30, "rally_2026 final", "#Rally_2026Final" },
		/* apostrophes inside a word, also Ukrainian U+02BC and U+2019 */
		{ CAMEL, KEEP, 30, "don't stop", "#DontStop" },
		{ CAMEL, KEEP, 30, "м\xca\xbcясо", "#Мясо" },
		{ CAMEL, KEEP, 30, "it\xe2\x80\x99s 'quoted'", "#ItsQuoted" },
		/* invisible characters do not split a word */
		{ CAMEL, KEEP, 30, "ral\xc2\xadly\xe2\x80\x8b", "#Rally" },
		{ CAMEL, KEEP, 30, "\xe2\x80\x8fmarch\xe2\x80\x8e", "#March" },
	};
	check_make(cases, COUNT(cases), CAMPAIGN_OK);
}

static void
test_hashtag__latin_script_transliterates(void)
{
	static const struct make_case cases[] = {
		{ CAMEL, LATIN, 30, "Митинг за достойную зарплату", "#MitingZaDostoinuiuZarplatu" },
		{ LOWER, LATIN, 30, "Митинг за достойную зарплату", "#mitingzadostoinuiuzarplatu" },
		{ CAMEL, LATIN, 30, "Щи да каша", "#ShchiDaKasha" },
		{ CAMEL, LATIN, 30, "ПЛЮЩ", "#PLIUSHCH" },
		{ CAMEL, LATIN, 30, "Ünïcödé ärger", "#UnicodeArger" },
		{ CAMEL, LATIN, 30, "Straße", "#Strasse" },
		{ CAMEL, LATIN, 30, "Rally \xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa6", "#Rally2026" },
		{ CAMEL, LATIN, 30, "e\xcc\x81te\xcc\x81", "#Ete" },
	};
	check_make(cases, COUNT(cases), CAMPAIGN_OK);
}

static void
test_hashtag__cuts_at_word_boundary(void)
{
	static const struct make_case cases[] = {
		{ CAMEL, KEEP, 25, "Митинг за достойную зарплату", "#МитингЗаДостойнуюЗарплату" },
		{ CAMEL, KEEP, 24, "Митинг за достойную зарплату", "#МитингЗаДостойную" },
		{ CAMEL, KEEP, 20, "Митинг за достойную зарплату", "#МитингЗаДостойную" },
		{ CAMEL, KEEP, 16, "Митинг за достойную зарплату", "#МитингЗа" },
		{ CAMEL, KEEP, 8, "Митинг за достойную зарплату", "#МитингЗа" },
		{ CAMEL, KEEP, 7, "Митинг за достойную зарплату", "#Митинг" },
		/* the first word alone is too long: cut inside it */
		{ CAMEL, KEEP, 5, "Митинг за достойную зарплату", "#Митин" },
		{ CAMEL, KEEP, 1, "Митинг", "#М" },
		{ CAMEL, KEEP, 30, "Pneumonoultramicroscopicsilicovolcanoconiosis",
		  "#Pneumonoultramicroscopicsilico" },
		{ CAMEL, LATIN, 12, "Щи да каша", "#ShchiDaKasha" },
		{ CAMEL, LATIN, 11, "Щи да каша", "#ShchiDa" },
		/* a lone capital sigma is not a final one */
		{ LOWER, KEEP, 30, "ΟΔΟΣ Σ", "#οδοςσ" },
	};
	check_make(cases, COUNT(cases), CAMPAIGN_OK);
}

static void
test_hashtag__rejects_text_without_a_leading_letter(void)
{
	static const struct make_case cases[] = {
		{ CAMEL, KEEP, 30, "", "hashtag text '' has no letters to make a hashtag from" },
		{ CAMEL, KEEP, 30, "!!! \xf0\x9f\x94\xa5",
		  "hashtag text '!!! \xf0\x9f\x94\xa5' has no letters to make a hashtag from" },
		{ CAMEL, KEEP, 30, "2026", "hashtag text '2026' has no letters to make a hashtag from" },
		{ CAMEL, KEEP, 30, "1 Мая \xe2\x80\x94 День труда",
		  "hashtag text '1 Мая \xe2\x80\x94 День труда' starts with a digit, and a hashtag must "
		  "start with a letter; write the number later or in words" },
		{ CAMEL, KEEP, 30, "_2026 rally",
		  "hashtag text '_2026 rally' starts with a digit, and a hashtag must start with a "
		  "letter; write the number later or in words" },
		{ CAMEL, KEEP, 30, "\xd9\xa2\xd9\xa0 rally",
		  "hashtag text '\xd9\xa2\xd9\xa0 rally' starts with a digit, and a hashtag must start "
		  "with a letter; write the number later or in words" },
		{ CAMEL, KEEP, 30, "\xff rally", "hashtag text '? rally' is not valid UTF-8" },
		{ CAMEL, LATIN, 30, "مسيرة",
		  "hashtag text 'مسيرة' has 'م' (U+0645), which has no Latin form; use script keep or "
		  "write it in Latin letters" },
		{ CAMEL, LATIN, 30, "Rally Ελλάδα",
		  "hashtag text 'Rally Ελλάδα' has 'Ε' (U+0395), which has no Latin form; use script "
		  "keep or write it in Latin letters" },
		{ CAMEL, KEEP, 0, "Rally",
		  "hashtag text 'Rally' cannot be used: max_length 0 is not between 1 and 200" },
		{ CAMEL, KEEP, 201, "Rally",
		  "hashtag text 'Rally' cannot be used: max_length 201 is not between 1 and 200" },
		{ 7, KEEP, 30, "Rally", "hashtag text 'Rally' cannot be used: unknown hashtag style 7" },
		{ CAMEL, 9, 30, "Rally",
		  "hashtag text 'Rally' cannot be used: unknown hashtag script 9" },
	};
	check_make(cases, COUNT(cases), CAMPAIGN_EINVALID);
}

static void
test_hashtag__rejects_huge_and_missing_text(void)
{
	char *big = malloc(5000);
	ASSERT_NOT_NULL(big);
	memset(big, 'a', 4999);
	big[4999] = '\0';
	campaign_diags *diags = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&diags), CAMPAIGN_OK);
	campaign_buf out = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_hashtag_make(&out, big, NULL, diags), CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(campaign_diags_get(diags, 0)->message,
	              "hashtag text 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...' is too long: 4999 bytes, at most 4096");
	ASSERT_INT_EQ(campaign_hashtag_make(&out, NULL, NULL, diags), CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(campaign_diags_get(diags, 1)->message, "hashtag text '' is missing");
	ASSERT_NULL(out.ptr);
	free(big);
	campaign_diags_free(diags);
}

static void
test_hashtag__options_init_and_null_options(void)
{
	campaign_hashtag_options opts;
	ASSERT_INT_EQ(campaign_hashtag_options_init(&opts, CAMPAIGN_HASHTAG_OPTIONS_VERSION),
	              CAMPAIGN_OK);
	ASSERT_INT_EQ(opts.style, CAMPAIGN_HASHTAG_STYLE_CAMEL);
	ASSERT_INT_EQ(opts.script, CAMPAIGN_HASHTAG_SCRIPT_KEEP);
	ASSERT_INT_EQ(opts.max_length, 30);
	ASSERT_INT_EQ(campaign_hashtag_options_init(&opts, 2), CAMPAIGN_EINVALID);
	campaign_buf out = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_hashtag_make(&out, "rally for fair pay", NULL, NULL), CAMPAIGN_OK);
	ASSERT_STR_EQ(out.ptr, "#RallyForFairPay");
	campaign_buf_dispose(&out);
	opts.version = 99;
	ASSERT_INT_EQ(campaign_hashtag_make(&out, "rally", &opts, NULL), CAMPAIGN_EINVALID);
}

static void
test_hashtag__reports_at_the_callers_position(void)
{
	campaign_diags *diags = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&diags), CAMPAIGN_OK);
	campaign_buf out = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_hashtag_make_at(&out, "2026", NULL, "spec.yaml", 9, 11, diags),
	              CAMPAIGN_EINVALID);
	const campaign_diag *d = campaign_diags_get(diags, 0);
	ASSERT_STR_EQ(d->file, "spec.yaml");
	ASSERT_INT_EQ(d->line, 9);
	ASSERT_INT_EQ(d->column, 11);
	campaign_diags_free(diags);
}

static void
test_hashtag__equal_under_case_and_lookalike_folding(void)
{
	static const struct {
		const char *a, *b;
		int equal;
	} cases[] = {
		{ "Rally", "RALLY", 1 },
		{ "#rally", "Rally", 1 },
		{ "#Rally", "#rally", 1 },
		{ "МитингЗаЗарплату", "#митингзазарплату", 1 },
		{ "Straße", "STRASSE", 1 },
		{ "straße", "strasse", 1 },
		{ "\xe1\xba\x9e", "ss", 1 },             /* capital sharp s */
		{ "ΟΔΟΣ", "οδος", 1 },
		{ "\xc7\x84", "\xc7\x86", 1 },           /* DŽ, dž */
		{ "\xc3\x89t\xc3\xa9", "E\xcc\x81TE\xcc\x81", 1 }, /* NFC vs NFD */
		{ "ISTANBUL", "istanbul", 1 },
		/* default folding keeps the Turkish dotted capital I apart */
		{ "\xc4\xb0stanbul", "istanbul", 0 },
		{ "Rally", "Rally2", 0 },
		{ "Rally", "Ra11y", 0 },
		/* look-alikes print the same, so they compare the same */
		{ "Rally", "R\xd0\xb0lly", 1 },                 /* Cyrillic a */
		{ "OpenDoors", "\xce\x9fpenDoors", 1 },         /* Greek capital omicron */
		{ "Moscow", "\xef\xbc\xad\xef\xbd\x8f\xef\xbd\x93" "cow", 1 }, /* fullwidth */
		{ "BMTH", "\xd0\x92\xd0\x9c\xd0\xa2\xd0\x9d", 1 }, /* Cyrillic ВМТН */
		{ "bmth", "\xd0\x92\xd0\x9c\xd0\xa2\xd0\x9d", 1 }, /* and case on top */
		{ "Do\xcc\x88" "m", "\xd0\x94\xd0\xbe\xcc\x88" "m", 0 }, /* only some letters shared */
		{ "\xd0\x94\xd0\xbe\xd0\xbc", "\xd0\x94\xd0\xbe\xd0\xbc\xd0\xb8\xd0\xba", 0 }, /* Дом, Домик */
		/* confusables inside Latin are not folded: they would chain i, l and 1 */
		{ "Rallyl", "RallyI", 0 },
		{ "#", "", 0 },
		{ "\xff", "\xff", 0 },
	};
	for (size_t i = 0; i < COUNT(cases); i++) {
		if (campaign_hashtag_equal(cases[i].a, cases[i].b) != cases[i].equal)
			printf("#   case %zu: %s vs %s\n", i, cases[i].a, cases[i].b);
		ASSERT_INT_EQ(campaign_hashtag_equal(cases[i].a, cases[i].b), cases[i].equal);
		ASSERT_INT_EQ(campaign_hashtag_equal(cases[i].b, cases[i].a), cases[i].equal);
	}
	ASSERT_INT_EQ(campaign_hashtag_equal(NULL, "a"), 0);
	ASSERT_INT_EQ(campaign_hashtag_equal("a", NULL), 0);
}

static void
test_hashtag__set_counts_case_variants_once(void)
{
	campaign_hashtag_set *set = NULL;
	ASSERT_INT_EQ(campaign_hashtag_set_new(&set), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_hashtag_set_count(set), 0);
	ASSERT_INT_EQ(campaign_hashtag_set_contains(set, "Rally"), 0);
	const char *const same[] = { "Rally", "RALLY", "rally", "#Rally", "#rAlLy" };
	for (size_t i = 0; i < COUNT(same); i++)
		ASSERT_INT_EQ(campaign_hashtag_set_add(set, same[i]), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_hashtag_set_count(set), 1);
	ASSERT_INT_EQ(campaign_hashtag_set_contains(set, "#RALLY"), 1);
	ASSERT_INT_EQ(campaign_hashtag_set_contains(set, "Rally2"), 0);
	ASSERT_INT_EQ(campaign_hashtag_set_add(set, ""), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_hashtag_set_add(set, "#"), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_hashtag_set_add(set, NULL), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_hashtag_set_add(set, "\xc0\xaf"), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_hashtag_set_add(NULL, "Rally"), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_hashtag_set_contains(NULL, "Rally"), 0);
	ASSERT_INT_EQ(campaign_hashtag_set_contains(set, NULL), 0);
	ASSERT_INT_EQ(campaign_hashtag_set_count(NULL), 0);
	/* grows past its first table without losing anything */
	char tag[32];
	for (int i = 0; i < 1000; i++) {
		snprintf(tag, sizeof(tag), "Tag%d", i);
		ASSERT_INT_EQ(campaign_hashtag_set_add(set, tag), CAMPAIGN_OK);
	}
	ASSERT_INT_EQ(campaign_hashtag_set_count(set), 1001);
	for (int i = 0; i < 1000; i++) {
		snprintf(tag, sizeof(tag), "TAG%d", i);
		ASSERT_INT_EQ(campaign_hashtag_set_contains(set, tag), 1);
	}
	campaign_hashtag_set_free(set);
	campaign_hashtag_set_free(NULL);
}

/* make_unique(tag) with a fresh result checked, in order, against one set. */
static void
check_unique_sequence(campaign_hashtag_set *set, const char *const *tags, const char *const *want,
                      size_t n, size_t max_length)
{
	for (size_t i = 0; i < n; i++) {
		campaign_buf out = CAMPAIGN_BUF_INIT;
		ASSERT_INT_EQ(campaign_hashtag_make_unique(&out, tags[i], set, max_length, NULL),
		              CAMPAIGN_OK);
		ASSERT_STR_EQ(out.ptr, want[i]);
		ASSERT_INT_EQ(campaign_hashtag_set_contains(set, out.ptr), 1);
		campaign_buf_dispose(&out);
	}
}

static void
test_hashtag__unique_suffixes_case_collisions(void)
{
	campaign_hashtag_set *set = NULL;
	ASSERT_INT_EQ(campaign_hashtag_set_new(&set), CAMPAIGN_OK);
	const char *const tags[] = { "#Rally", "RALLY", "#rally", "#Rally_2", "Straße", "STRASSE" };
	const char *const want[] = { "#Rally", "#RALLY_2", "#rally_3", "#Rally_2_2", "#Straße",
	                             "#STRASSE_2" };
	check_unique_sequence(set, tags, want, COUNT(tags), 30);
	ASSERT_INT_EQ(campaign_hashtag_set_count(set), 6);
	campaign_hashtag_set_free(set);
}

static void
test_hashtag__unique_against_taken_tags_with_suffixes(void)
{
	campaign_hashtag_set *set = NULL;
	ASSERT_INT_EQ(campaign_hashtag_set_new(&set), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_hashtag_set_add(set, "rally"), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_hashtag_set_add(set, "RALLY_2"), CAMPAIGN_OK);
	const char *const tags[] = { "#Rally" };
	const char *const want[] = { "#Rally_3" };
	check_unique_sequence(set, tags, want, 1, 30);
	campaign_hashtag_set_free(set);
}

static void
test_hashtag__suffix_alphabet_has_no_look_alikes(void)
{
	campaign_hashtag_set *set = NULL;
	ASSERT_INT_EQ(campaign_hashtag_set_new(&set), CAMPAIGN_OK);
	/* 1 plain + 31 one-character + 961 two-character suffixes, and one more */
	const size_t n = 1 + 31 + 961 + 1;
	char previous[64] = "";
	for (size_t i = 0; i < n; i++) {
		campaign_buf out = CAMPAIGN_BUF_INIT;
		ASSERT_INT_EQ(campaign_hashtag_make_unique(&out, "#Tag", set, 30, NULL),
		              CAMPAIGN_OK);
		if (i == 0) {
			ASSERT_STR_EQ(out.ptr, "#Tag");
		} else {
			const char *suffix = out.ptr + 5;
			ASSERT_TRUE(strncmp(out.ptr, "#Tag_", 5) == 0);
			ASSERT_TRUE(strpbrk(suffix, "01OlIio") == NULL);
			ASSERT_TRUE(strlen(suffix) >= strlen(previous));
			snprintf(previous, sizeof(previous), "%s", suffix);
		}
		if (i == 1)
			ASSERT_STR_EQ(out.ptr, "#Tag_2");
		if (i == 8)
			ASSERT_STR_EQ(out.ptr, "#Tag_9");
		if (i == 9)
			ASSERT_STR_EQ(out.ptr, "#Tag_a");
		if (i == 31)
			ASSERT_STR_EQ(out.ptr, "#Tag_z");
		if (i == 32)
			ASSERT_STR_EQ(out.ptr, "#Tag_22");
		if (i == n - 1)
			ASSERT_STR_EQ(out.ptr, "#Tag_222");
		campaign_buf_dispose(&out);
	}
	ASSERT_INT_EQ(campaign_hashtag_set_count(set), n);
	campaign_hashtag_set_free(set);
}

static void
test_hashtag__unique_shortens_to_fit_max_length(void)
{
	campaign_hashtag_set *set = NULL;
	ASSERT_INT_EQ(campaign_hashtag_set_new(&set), CAMPAIGN_OK);
	const char *const tags[] = { "#МитингЗаЗа", "#МитингЗаЗа", "#Abcdefg_hi", "#Abcdefg_hi",
	                             "#Abcdefghij", "#Abcdefghij" };
	const char *const want[] = { "#МитингЗаЗа", "#МитингЗа_2", "#Abcdefg_hi", "#Abcdefg_2",
	                             "#Abcdefghij", "#Abcdefgh_2" };
	check_unique_sequence(set, tags, want, COUNT(tags), 10);
	campaign_hashtag_set_free(set);
}

static void
test_hashtag__unique_fails_when_nothing_fits(void)
{
	campaign_hashtag_set *set = NULL;
	campaign_diags *diags = NULL;
	ASSERT_INT_EQ(campaign_hashtag_set_new(&set), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_diags_new(&diags), CAMPAIGN_OK);
	campaign_buf out = CAMPAIGN_BUF_INIT;
	/* max_length 2: "A" is free once, then no "_x" fits */
	ASSERT_INT_EQ(campaign_hashtag_make_unique(&out, "A", set, 2, diags), CAMPAIGN_OK);
	campaign_buf_dispose(&out);
	ASSERT_INT_EQ(campaign_hashtag_make_unique(&out, "a", set, 2, diags), CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(campaign_diags_get(diags, 0)->message,
	              "hashtag '#a' is taken, and no free suffix keeps it within 2 characters");
	/* max_length 3: 31 one-character suffixes, then none fits */
	for (int i = 0; i < 1 + 31; i++) {
		ASSERT_INT_EQ(campaign_hashtag_make_unique(&out, "B", set, 3, NULL), CAMPAIGN_OK);
		campaign_buf_dispose(&out);
	}
	ASSERT_INT_EQ(campaign_hashtag_make_unique(&out, "B", set, 3, NULL), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_hashtag_make_unique(&out, "#Toolong", set, 5, diags),
	              CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(campaign_diags_get(diags, 1)->message,
	              "hashtag '#Toolong' is longer than max_length 5 characters");
	ASSERT_INT_EQ(campaign_hashtag_make_unique(&out, "#", set, 5, diags), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_hashtag_make_unique(&out, "x", NULL, 5, diags), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_hashtag_make_unique(&out, "x", set, 0, diags), CAMPAIGN_EINVALID);
	/* Every suffix spent (the tag, then _2 to _zzz) is said as such, not as a length. */
	for (int i = 0; i < 1 + 31 + 31 * 31 + 31 * 31 * 31; i++) {
		ASSERT_INT_EQ(campaign_hashtag_make_unique(&out, "Rally", set, 30, NULL), CAMPAIGN_OK);
		campaign_buf_dispose(&out);
	}
	ASSERT_INT_EQ(campaign_hashtag_make_unique(&out, "Rally", set, 30, diags), CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(campaign_diags_get(diags, campaign_diags_count(diags) - 1)->message,
	              "hashtag '#Rally' is taken, and so are all 30783 of its suffixes (_2 to _zzz): "
	              "give placements texts of their own (a placeholder of the row in the "
	              "hashtag's text) or use scope: event");
	ASSERT_NULL(out.ptr);
	campaign_diags_free(diags);
	campaign_hashtag_set_free(set);
}

static void
test_hashtag__unique_is_deterministic(void)
{
	const char *const texts[] = { "Rally", "rally", "Митинг", "МИТИНГ", "Rally", "митинг" };
	char results[2][COUNT(texts)][64];
	for (int run = 0; run < 2; run++) {
		campaign_hashtag_set *set = NULL;
		ASSERT_INT_EQ(campaign_hashtag_set_new(&set), CAMPAIGN_OK);
		for (size_t i = 0; i < COUNT(texts); i++) {
			campaign_buf out = CAMPAIGN_BUF_INIT;
			ASSERT_INT_EQ(campaign_hashtag_make_unique(&out, texts[i], set, 30, NULL),
			              CAMPAIGN_OK);
			snprintf(results[run][i], sizeof(results[run][i]), "%s", out.ptr);
			campaign_buf_dispose(&out);
		}
		campaign_hashtag_set_free(set);
	}
	for (size_t i = 0; i < COUNT(texts); i++)
		ASSERT_STR_EQ(results[0][i], results[1][i]);
	ASSERT_STR_EQ(results[0][5], "#митинг_3");
}

static void
test_hashtag__taken_list_reads_tags_and_skips_comments(void)
{
	static const char list[] = "\xef\xbb\xbf# tags in use elsewhere\n"
	                           "#Rally\n"
	                           "  митинг  \r\n"
	                           "; VK, 2025\n"
	                           "\n"
	                           "#\n"
	                           "\t\n"
	                           "RALLY2\n"
	                           "2026Rally\n"
	                           "Straße";
	campaign_hashtag_set *set = NULL;
	campaign_diags *diags = NULL;
	ASSERT_INT_EQ(campaign_hashtag_set_new(&set), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_diags_new(&diags), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_hashtag_set_add_list(set, list, sizeof(list) - 1, "taken.txt",
	                                            diags),
	              CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_diags_count(diags), 0);
	ASSERT_INT_EQ(campaign_hashtag_set_count(set), 5);
	ASSERT_INT_EQ(campaign_hashtag_set_contains(set, "rally"), 1);
	ASSERT_INT_EQ(campaign_hashtag_set_contains(set, "#МИТИНГ"), 1);
	ASSERT_INT_EQ(campaign_hashtag_set_contains(set, "rally2"), 1);
	ASSERT_INT_EQ(campaign_hashtag_set_contains(set, "2026rally"), 1);
	ASSERT_INT_EQ(campaign_hashtag_set_contains(set, "STRASSE"), 1);
	ASSERT_INT_EQ(campaign_hashtag_set_contains(set, "tags"), 0);
	ASSERT_INT_EQ(campaign_hashtag_set_add_list(set, NULL, 0, "empty.txt", diags), CAMPAIGN_OK);
	campaign_diags_free(diags);
	campaign_hashtag_set_free(set);
}

static void
test_hashtag__taken_list_locates_invalid_lines(void)
{
	static const char list[] = "ok\n"
	                           "#bad tag\n"
	                           "  митинг!\n"
	                           "##double\n"
	                           "bad\xff\n"
	                           "tab\x01\n"
	                           "fine";
	static const struct {
		unsigned long line, column;
		const char *message;
	} want[] = {
		{ 2, 5, "a hashtag has no spaces; write one tag per line" },
		{ 3, 9, "'!' is not allowed in a hashtag (letters, digits and _ only)" },
		{ 4, 2, "'#' is not allowed in a hashtag (letters, digits and _ only)" },
		{ 5, 4, "the line is not valid UTF-8" },
		{ 6, 4, "U+0001 is not allowed in a hashtag (letters, digits and _ only)" },
	};
	campaign_hashtag_set *set = NULL;
	campaign_diags *diags = NULL;
	ASSERT_INT_EQ(campaign_hashtag_set_new(&set), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_diags_new(&diags), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_hashtag_set_add_list(set, list, sizeof(list) - 1, "taken.txt",
	                                            diags),
	              CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_diags_count(diags), COUNT(want));
	for (size_t i = 0; i < COUNT(want); i++) {
		const campaign_diag *d = campaign_diags_get(diags, i);
		ASSERT_STR_EQ(d->file, "taken.txt");
		ASSERT_INT_EQ(d->line, want[i].line);
		ASSERT_INT_EQ(d->column, want[i].column);
		ASSERT_INT_EQ(d->status, CAMPAIGN_EINVALID);
		ASSERT_STR_EQ(d->message, want[i].message);
	}
	/* the valid lines are still added */
	ASSERT_INT_EQ(campaign_hashtag_set_count(set), 2);
	ASSERT_INT_EQ(campaign_hashtag_set_contains(set, "OK"), 1);
	ASSERT_INT_EQ(campaign_hashtag_set_contains(set, "Fine"), 1);
	campaign_diags_free(diags);
	campaign_hashtag_set_free(set);
}

/*
 * A line of a taken list ends where an editor shows one: an old Mac
 * editor's lone CR as LF and CRLF do, and NEL, U+2028 and U+2029 too. Each
 * list holds tags on separate lines, then "#bad tag" on line 5, found
 * there: lines counted as the editor shows them, CRLF and a blank line one
 * end each, and no "spaces" or U+0085 inside a tag.
 */
static void
test_hashtag__taken_list_lines_end_where_an_editor_shows(void)
{
	static const struct {
		const char *list;
		size_t tags;
		const char *last; /* a tag after a line end of the kind, folded */
	} cases[] = {
		{ "#One\r#Two\r\n\r\n#Three\n#bad tag\r", 3, "three" },
		{ "#One\xc2\x85#Two\xe2\x80\xa8#Three\xe2\x80\xa9#Four\n#bad tag", 4, "four" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		campaign_hashtag_set *set = NULL;
		campaign_diags *diags = NULL;
		ASSERT_INT_EQ(campaign_hashtag_set_new(&set), CAMPAIGN_OK);
		ASSERT_INT_EQ(campaign_diags_new(&diags), CAMPAIGN_OK);
		ASSERT_INT_EQ(campaign_hashtag_set_add_list(set, cases[i].list, strlen(cases[i].list),
		                                            "taken.txt", diags),
		              CAMPAIGN_EINVALID);
		ASSERT_INT_EQ(campaign_hashtag_set_count(set), cases[i].tags);
		ASSERT_INT_EQ(campaign_hashtag_set_contains(set, "two"), 1);
		ASSERT_INT_EQ(campaign_hashtag_set_contains(set, cases[i].last), 1);
		ASSERT_INT_EQ(campaign_diags_count(diags), 1);
		ASSERT_INT_EQ(campaign_diags_get(diags, 0)->line, 5);
		ASSERT_INT_EQ(campaign_diags_get(diags, 0)->column, 5);
		campaign_diags_free(diags);
		campaign_hashtag_set_free(set);
	}
}

static void
test_hashtag__taken_file_loads_or_reports_io(void)
{
	char path[] = "/tmp/test_hashtag_XXXXXX";
	int fd = mkstemp(path);
	ASSERT_TRUE(fd >= 0);
	static const char list[] = "#Rally\nмитинг\n";
	ASSERT_INT_EQ(write(fd, list, sizeof(list) - 1), (long long)(sizeof(list) - 1));
	close(fd);
	campaign_hashtag_set *set = NULL;
	campaign_diags *diags = NULL;
	ASSERT_INT_EQ(campaign_hashtag_set_new(&set), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_diags_new(&diags), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_hashtag_set_load_file(set, path, diags), CAMPAIGN_OK);
	unlink(path);
	ASSERT_INT_EQ(campaign_hashtag_set_count(set), 2);
	ASSERT_INT_EQ(campaign_hashtag_set_load_file(set, "/nonexistent/taken.txt", diags),
	              CAMPAIGN_EIO);
	const campaign_diag *d = campaign_diags_get(diags, 0);
	ASSERT_STR_EQ(d->file, "/nonexistent/taken.txt");
	ASSERT_INT_EQ(d->line, 0);
	ASSERT_INT_EQ(d->status, CAMPAIGN_EIO);
	ASSERT_STR_EQ(d->message, "cannot open the taken hashtags list: No such file or directory");
	ASSERT_INT_EQ(campaign_hashtag_set_load_file(set, "/tmp", diags), CAMPAIGN_EIO);
	ASSERT_STR_EQ(campaign_diags_get(diags, 1)->message,
	              "cannot open the taken hashtags list: it is a directory");
	campaign_diags_free(diags);
	campaign_hashtag_set_free(set);
}

/* UTF-8 of cp into buf (at least 5 bytes), NUL-terminated. */
static const char *
utf8_of(uint32_t cp, char *buf)
{
	buf[g_unichar_to_utf8(cp, buf)] = '\0';
	return buf;
}

static void
test_hashtag__drops_every_default_ignorable(void)
{
	/* Each of these stayed in the tag (issue 16): the tags looked alike and differed. */
	static const struct make_case cases[] = {
		{ CAMEL, KEEP, 30, "Big\xcd\x8fRally", "#BigRally" },          /* U+034F CGJ */
		{ CAMEL, KEEP, 30, "Big\xe1\x9e\xb4Rally", "#BigRally" },      /* U+17B4 */
		{ CAMEL, KEEP, 30, "Big\xe1\x9e\xb5Rally", "#BigRally" },      /* U+17B5 */
		{ CAMEL, KEEP, 30, "Big\xe1\xa0\x8bRally", "#BigRally" },      /* U+180B FVS1 */
		{ CAMEL, KEEP, 30, "Big\xe1\xa0\x8fRally", "#BigRally" },      /* U+180F FVS4 */
		{ CAMEL, KEEP, 30, "Big\xe1\x85\x9fRally", "#BigRally" },      /* U+115F */
		{ CAMEL, KEEP, 30, "Big\xe1\x85\xa0Rally", "#BigRally" },      /* U+1160 */
		{ CAMEL, KEEP, 30, "Big\xe3\x85\xa4Rally", "#BigRally" },      /* U+3164 */
		{ CAMEL, KEEP, 30, "Big\xef\xbe\xa0Rally", "#BigRally" },      /* U+FFA0 */
		{ CAMEL, KEEP, 30, "Big\xf0\x96\xbf\xa4Rally", "#BigRally" },  /* U+16FE4 */
		{ CAMEL, LATIN, 30, "Big\xe3\x85\xa4Rally", "#BigRally" },
		{ CAMEL, KEEP, 30, "\xe3\x85\xa4 Rally", "#Rally" },
	};
	check_make(cases, COUNT(cases), CAMPAIGN_OK);
	/* Every Default_Ignorable_Code_Point, not just the ones found: dropped, and ignored when comparing. */
	campaign_hashtag_options opts = CAMPAIGN_HASHTAG_OPTIONS_INIT;
	size_t seen = 0;
	for (uint32_t cp = 0x80; cp <= 0x10FFFF; cp++) {
		if (!campaign__unichar_is_ignorable(cp))
			continue;
		seen++;
		char c[8], text[32];
		snprintf(text, sizeof(text), "Ral%sly", utf8_of(cp, c));
		campaign_buf out = CAMPAIGN_BUF_INIT;
		ASSERT_INT_EQ(campaign_hashtag_make(&out, text, &opts, NULL), CAMPAIGN_OK);
		if (strcmp(out.ptr, "#Rally") != 0 || !campaign_hashtag_equal(text, "#RALLY"))
			printf("#   U+%04X\n", (unsigned)cp);
		ASSERT_STR_EQ(out.ptr, "#Rally");
		ASSERT_INT_EQ(campaign_hashtag_equal(text, "#RALLY"), 1);
		campaign_buf_dispose(&out);
	}
	ASSERT_TRUE(seen > 4000); /* the tags block alone is 4,096 */
	/* A tag of nothing visible (an older build could make one) is still a tag. */
	campaign_hashtag_set *set = NULL;
	ASSERT_INT_EQ(campaign_hashtag_set_new(&set), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_hashtag_set_add(set, "#\xe3\x85\xa4"), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_hashtag_set_contains(set, "#\xe1\x85\x9f"), 1);
	ASSERT_INT_EQ(campaign_hashtag_set_contains(set, "#Rally"), 0);
	campaign_hashtag_set_free(set);
}

static void
test_hashtag__makes_styled_letters_plain(void)
{
	static const struct make_case cases[] = {
		/* fullwidth and mathematical bold: printed as the word a reader types */
		{ CAMEL, KEEP, 30, "\xef\xbc\xa6\xef\xbd\x89\xef\xbd\x8e\xef\xbd\x81\xef\xbd\x8e\xef\xbd\x83\xef\xbd\x85",
		  "#Finance" },
		{ CAMEL, KEEP, 30, "\xf0\x9d\x90\x85\xf0\x9d\x90\xa2\xf0\x9d\x90\xa7 rally", "#FinRally" },
		{ CAMEL, LATIN, 30, "\xf0\x9d\x90\x85\xf0\x9d\x90\xa2\xf0\x9d\x90\xa7 rally", "#FinRally" },
		{ CAMEL, KEEP, 30, "Rally \xef\xbc\x92\xef\xbc\x90\xef\xbc\x92\xef\xbc\x97", "#Rally2027" },
		/* halfwidth katakana with its voiced mark: one full-width letter */
		{ CAMEL, KEEP, 30, "\xef\xbd\xb6\xef\xbe\x9e\xef\xbd\xb2\xef\xbe\x84\xef\xbe\x9e",
		  "#\xe3\x82\xac\xe3\x82\xa4\xe3\x83\x89" },
		/* not the rest of NFKC: "№ 5" does not become the Latin "No5" */
		{ CAMEL, KEEP, 30, "\xd0\xa8\xd0\xba\xd0\xbe\xd0\xbb\xd0\xb0 \xe2\x84\x96 5",
		  "#\xd0\xa8\xd0\xba\xd0\xbe\xd0\xbb\xd0\xb0" "5" },
	};
	check_make(cases, COUNT(cases), CAMPAIGN_OK);
}

static void
test_hashtag__equal_under_compatibility_folding(void)
{
	static const struct {
		const char *a, *b;
	} same[] = {
		{ "#\xef\xbc\xa6\xef\xbd\x89\xef\xbd\x8e\xef\xbd\x81\xef\xbd\x8e\xef\xbd\x83\xef\xbd\x85",
		  "#finance" },                                                  /* fullwidth */
		{ "#\xf0\x9d\x90\x85\xf0\x9d\x90\xa2\xf0\x9d\x90\xa7", "FIN" }, /* bold */
		{ "\xef\xac\x81nal", "final" },                                 /* fi ligature */
		{ "Rally\xc2\xb2", "rally2" },                                   /* superscript two */
		{ "\xe2\x84\x96" "5", "no5" },                                   /* numero sign */
		{ "Big\xe3\x85\xa4Rally", "#BigRally" },
	};
	for (size_t i = 0; i < COUNT(same); i++) {
		if (!campaign_hashtag_equal(same[i].a, same[i].b))
			printf("#   case %zu: %s vs %s\n", i, same[i].a, same[i].b);
		ASSERT_INT_EQ(campaign_hashtag_equal(same[i].a, same[i].b), 1);
		ASSERT_INT_EQ(campaign_hashtag_equal(same[i].b, same[i].a), 1);
	}
	/* so a styled copy of a taken tag gets a suffix */
	campaign_hashtag_set *set = NULL;
	ASSERT_INT_EQ(campaign_hashtag_set_new(&set), CAMPAIGN_OK);
	const char *const tags[] = { "#Finance", "#\xef\xbc\xa6\xef\xbd\x89\xef\xbd\x8e\xef\xbd\x81\xef\xbd\x8e\xef\xbd\x83\xef\xbd\x85" };
	const char *const want[] = { "#Finance", "#\xef\xbc\xa6\xef\xbd\x89\xef\xbd\x8e\xef\xbd\x81\xef\xbd\x8e\xef\xbd\x83\xef\xbd\x85_2" };
	check_unique_sequence(set, tags, want, COUNT(tags), 30);
	campaign_hashtag_set_free(set);
}

static void
test_hashtag__unique_goes_on_where_it_stopped(void)
{
	/* The search for a free suffix starts where the last one for the same
	 * text stopped: what was added in between, and another max_length,
	 * must still give the first free candidate. */
	campaign_hashtag_set *set = NULL;
	ASSERT_INT_EQ(campaign_hashtag_set_new(&set), CAMPAIGN_OK);
	const char *const tags[] = { "#Abc", "#Abc", "#Abc" };
	const char *const want[] = { "#Abc", "#Abc_2", "#Abc_3" };
	check_unique_sequence(set, tags, want, COUNT(tags), 30);
	ASSERT_INT_EQ(campaign_hashtag_set_add(set, "abc_4"), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_hashtag_set_add(set, "ABC_6"), CAMPAIGN_OK);
	const char *const more[] = { "#Abc", "#Abc", "#ABC", "#Abc_7" };
	const char *const more_want[] = { "#Abc_5", "#Abc_7", "#ABC_8", "#Abc_7_2" };
	check_unique_sequence(set, more, more_want, COUNT(more), 30);
	/* max_length 4 cuts the text to make room, so its candidates are others */
	const char *const short_tags[] = { "#Abc", "#Abc" };
	const char *const short_want[] = { "#Ab_2", "#Ab_3" };
	check_unique_sequence(set, short_tags, short_want, COUNT(short_tags), 4);
	campaign_hashtag_set_free(set);
}

int
main(void)
{
	RUN(test_hashtag__camel_capitalizes_each_word);
	RUN(test_hashtag__lower_joins_words_with_nothing);
	RUN(test_hashtag__keeps_letters_of_any_script);
	RUN(test_hashtag__joins_caseless_words_with_underscore);
	RUN(test_hashtag__normalizes_to_nfc);
	RUN(test_hashtag__drops_punctuation_emoji_and_leading_underscores);
	RUN(test_hashtag__latin_script_transliterates);
	RUN(test_hashtag__cuts_at_word_boundary);
	RUN(test_hashtag__rejects_text_without_a_leading_letter);
	RUN(test_hashtag__rejects_huge_and_missing_text);
	RUN(test_hashtag__options_init_and_null_options);
	RUN(test_hashtag__reports_at_the_callers_position);
	RUN(test_hashtag__equal_under_case_and_lookalike_folding);
	RUN(test_hashtag__set_counts_case_variants_once);
	RUN(test_hashtag__unique_suffixes_case_collisions);
	RUN(test_hashtag__unique_against_taken_tags_with_suffixes);
	RUN(test_hashtag__suffix_alphabet_has_no_look_alikes);
	RUN(test_hashtag__unique_shortens_to_fit_max_length);
	RUN(test_hashtag__unique_fails_when_nothing_fits);
	RUN(test_hashtag__unique_is_deterministic);
	RUN(test_hashtag__taken_list_reads_tags_and_skips_comments);
	RUN(test_hashtag__taken_list_locates_invalid_lines);
	RUN(test_hashtag__taken_list_lines_end_where_an_editor_shows);
	RUN(test_hashtag__taken_file_loads_or_reports_io);
	RUN(test_hashtag__drops_every_default_ignorable);
	RUN(test_hashtag__makes_styled_letters_plain);
	RUN(test_hashtag__equal_under_compatibility_folding);
	RUN(test_hashtag__unique_goes_on_where_it_stopped);
	return harness_done();
}
