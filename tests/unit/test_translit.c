/* Transliteration: ICAO Doc 9303 for Cyrillic, base letters for accented Latin. */
#include <stdlib.h>

#include "campaign/status.h"
#include "harness.h"
#include "text/translit.h"

struct translit_case {
	const char *in;
	const char *out;
};

static void
check_cases(const struct translit_case *cases, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct strbuf b;
		campaign__strbuf_init(&b, 0);
		int rc = campaign__translit(&b, cases[i].in, strlen(cases[i].in));
		HARNESS_CHECKED();
		if (rc != CAMPAIGN_OK)
			harness_fail(__FILE__, __LINE__, "'%s' failed with %d", cases[i].in, rc);
		if (strcmp(campaign__strbuf_cstr(&b), cases[i].out) != 0)
			harness_fail(__FILE__, __LINE__, "'%s'\n#   got:      \"%s\"\n#   expected: \"%s\"",
			             cases[i].in, campaign__strbuf_cstr(&b), cases[i].out);
		campaign__strbuf_free(&b);
	}
}

#define CHECK_CASES(cases) check_cases(cases, sizeof(cases) / sizeof(cases[0]))

static void
test_translit__russian_alphabet_follows_icao_9303(void)
{
	static const struct translit_case cases[] = {
		{ "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
		  "abvgdeezhziiklmnoprstufkhtschshshchieyeiuia" },
		{ "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ",
		  "ABVGDEEZHZIIKLMNOPRSTUFKHTSCHSHSHCHIEYEIUIA" },
		{ "Митинг за достойную зарплату", "Miting za dostoinuiu zarplatu" },
		{ "Парк Горького, Москва", "Park Gorkogo, Moskva" },
		{ "Хабаровск", "Khabarovsk" },
		{ "объём", "obieem" },
		{ "Ёлка", "Elka" },
		{ "Юлия", "Iuliia" },
		{ "листовка", "listovka" },
	};
	CHECK_CASES(cases);
}

static void
test_translit__ukrainian_and_belarusian_letters(void)
{
	static const struct translit_case cases[] = {
		{ "Ґґ Єє Іі Її Ўў", "Gg Ieie Ii Ii Uu" },
		{ "Україна", "Ukraina" },
		{ "Київ", "Kiiv" }, /* shared letters follow the Russian column: no language given */
		{ "Єва", "Ieva" },
		{ "Ґанок", "Ganok" },
		{ "Беларусь", "Belarus" },
		{ "праў", "prau" },
	};
	CHECK_CASES(cases);
}

static void
test_translit__drops_apostrophe_inside_cyrillic_words(void)
{
	static const struct translit_case cases[] = {
		{ "м'ясо", "miaso" },
		{ "м\xe2\x80\x99ята", "miata" },       /* U+2019 */
		{ "сім\xca\xbcя", "simia" },           /* U+02BC */
		{ "сям'я", "siamia" },
		{ "rock'n'roll", "rock'n'roll" },      /* not Cyrillic: the caller decides */
		{ "Ми' ", "Mi' " },                    /* not between two letters */
		{ "\xd3\xb5'\xd3\xb5", "\xd3\xb5'\xd3\xb5" },     /* ӵ'ӵ: letters outside the table */
		{ "\xd0\xbc'\xd3\xb5", "m'\xd3\xb5" },             /* м'ӵ */
	};
	CHECK_CASES(cases);
}

static void
test_translit__multi_letter_capitals_follow_the_word(void)
{
	static const struct translit_case cases[] = {
		{ "ЩИ", "SHCHI" },
		{ "Щи", "Shchi" },
		{ "ЩУКА", "SHCHUKA" },
		{ "Щука", "Shchuka" },
		{ "ПЛЮЩ", "PLIUSHCH" },
		{ "Щ", "Shch" },
		{ "ЖЖ", "ZHZH" },
		{ "Жанна", "Zhanna" },
		{ "ЮЛИЯ", "IULIIA" },
		{ "Ю. Ли", "Iu. Li" },
		{ "МХАТ", "MKHAT" },
		{ "ОБЪЁМ", "OBIEEM" },
		{ "ЦУМ и Цех", "TSUM i Tsekh" },
		{ "ÆRØ and Ærø", "AERO and Aero" },
	};
	CHECK_CASES(cases);
}

static void
test_translit__latin_diacritics_become_base_letters(void)
{
	static const struct translit_case cases[] = {
		{ "café", "cafe" },
		{ "Straße", "Strasse" },
		{ "Łódź", "Lodz" },
		{ "Ñandú", "Nandu" },
		{ "Şişli", "Sisli" },
		{ "Þór", "Thor" },
		{ "œuvre", "oeuvre" },
		{ "Dvořák", "Dvorak" },
		{ "Zürich", "Zurich" },
		{ "İstanbul", "Istanbul" },
		{ "ǅemal", "Dzemal" },
		{ "q\xcc\x83x", "qx" }, /* no precomposed form: the mark on the letter goes */
	};
	CHECK_CASES(cases);
}

static void
test_translit__normalizes_to_nfc_first(void)
{
	static const struct translit_case cases[] = {
		{ "\xd0\xb8\xcc\x86", "i" },  /* и + combining breve = й */
		{ "\xd0\x95\xcc\x88", "E" },  /* Е + combining diaeresis = Ё */
		{ "e\xcc\x81t\xc3\xa9", "ete" },
	};
	CHECK_CASES(cases);
}

static void
test_translit__copies_what_it_does_not_cover(void)
{
	static const struct translit_case cases[] = {
		{ "", "" },
		{ "rally-2026_A.b~", "rally-2026_A.b~" },
		{ "مرحبا", "مرحبا" },
		{ "№5 «Ура»", "№5 «Ura»" },
		{ "Ελλάδα", "Ελλάδα" },
		{ "🚩 флаг", "🚩 flag" },
		{ "a\tb\nc", "a\tb\nc" },
	};
	CHECK_CASES(cases);
}

static void
test_translit__output_of_cyrillic_is_plain_ascii_letters(void)
{
	/* Every Cyrillic letter we map, both cases: only [A-Za-z] may come out. */
	char text[8];
	for (unsigned cp = 0x0400; cp <= 0x045F; cp++) {
		text[0] = (char)(0xC0 | (cp >> 6));
		text[1] = (char)(0x80 | (cp & 0x3F));
		struct strbuf b;
		campaign__strbuf_init(&b, 0);
		ASSERT_INT_EQ(campaign__translit(&b, text, 2), CAMPAIGN_OK);
		for (size_t i = 0; i < b.len; i++)
			if (!((b.ptr[i] >= 'A' && b.ptr[i] <= 'Z') || (b.ptr[i] >= 'a' && b.ptr[i] <= 'z')))
				harness_fail(__FILE__, __LINE__, "U+%04X gave \"%s\"", cp, b.ptr);
		/* Ь and ь are dropped; everything else in the table gives at least one letter. */
		if (cp != 0x042C && cp != 0x044C && b.len == 0)
			harness_fail(__FILE__, __LINE__, "U+%04X gave nothing", cp);
		campaign__strbuf_free(&b);
	}
}

static void
test_translit__appends_to_the_buffer(void)
{
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	campaign__strbuf_adds(&b, "x-");
	ASSERT_INT_EQ(campaign__translit(&b, "Щи", strlen("Щи")), CAMPAIGN_OK);
	ASSERT_STR_EQ(campaign__strbuf_cstr(&b), "x-Shchi");
	/* len bounds the input: only "Щ" of "Щи" */
	ASSERT_INT_EQ(campaign__translit(&b, "Щи", 2), CAMPAIGN_OK);
	ASSERT_STR_EQ(campaign__strbuf_cstr(&b), "x-ShchiShch");
	campaign__strbuf_free(&b);
}

static void
test_translit__rejects_invalid_utf8_and_nul(void)
{
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	ASSERT_INT_EQ(campaign__translit(&b, "a\xff", 2), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign__translit(&b, "\xd0", 1), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign__translit(&b, "a\0b", 3), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(b.len, 0);
	campaign__strbuf_free(&b);
}

static void
test_translit__reports_the_strbuf_cap(void)
{
	struct strbuf b;
	campaign__strbuf_init(&b, 4);
	ASSERT_INT_EQ(campaign__translit(&b, "Щука", strlen("Щука")), CAMPAIGN_ETOOLONG);
	campaign__strbuf_free(&b);
}

int
main(void)
{
	RUN(test_translit__russian_alphabet_follows_icao_9303);
	RUN(test_translit__ukrainian_and_belarusian_letters);
	RUN(test_translit__drops_apostrophe_inside_cyrillic_words);
	RUN(test_translit__multi_letter_capitals_follow_the_word);
	RUN(test_translit__latin_diacritics_become_base_letters);
	RUN(test_translit__normalizes_to_nfc_first);
	RUN(test_translit__copies_what_it_does_not_cover);
	RUN(test_translit__output_of_cyrillic_is_plain_ascii_letters);
	RUN(test_translit__appends_to_the_buffer);
	RUN(test_translit__rejects_invalid_utf8_and_nul);
	RUN(test_translit__reports_the_strbuf_cap);
	return harness_done();
}
