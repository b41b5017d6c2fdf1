/* Phone numbers: reading what people write, E.164, display masks, tel: URIs. */
#include <stdlib.h>

#include "campaign/diag.h"
#include "campaign/phone.h"
#include "campaign/status.h"
#include "harness.h"

static const campaign_phone_rules ru = { CAMPAIGN_PHONE_RULES_VERSION, 7, "8" };
static const campaign_phone_rules nl = { CAMPAIGN_PHONE_RULES_VERSION, 31, "0" };
static const campaign_phone_rules none = CAMPAIGN_PHONE_RULES_INIT;

struct accept_case {
	const campaign_phone_rules *rules;
	const char *text;
	const char *e164;
};

struct reject_case {
	const campaign_phone_rules *rules;
	const char *text;
	const char *message;
};

static void
check_accepts(const struct accept_case *cases, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		campaign_diags *diags = NULL;
		ASSERT_INT_EQ(campaign_diags_new(&diags), CAMPAIGN_OK);
		campaign_buf out = CAMPAIGN_BUF_INIT;
		int rc = campaign_phone_normalize(&out, cases[i].text, cases[i].rules, diags);
		if (rc != CAMPAIGN_OK && campaign_diags_count(diags))
			printf("#   case %zu \"%s\": %s\n", i, cases[i].text,
			       campaign_diags_get(diags, 0)->message);
		ASSERT_INT_EQ(rc, CAMPAIGN_OK);
		ASSERT_STR_EQ(out.ptr, cases[i].e164);
		ASSERT_INT_EQ(campaign_diags_count(diags), 0);
		campaign_buf_dispose(&out);
		campaign_diags_free(diags);
	}
}

static void
check_rejects(const struct reject_case *cases, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		campaign_diags *diags = NULL;
		ASSERT_INT_EQ(campaign_diags_new(&diags), CAMPAIGN_OK);
		campaign_buf out = CAMPAIGN_BUF_INIT;
		ASSERT_INT_EQ(campaign_phone_normalize(&out, cases[i].text, cases[i].rules, diags),
		              CAMPAIGN_EINVALID);
		ASSERT_NULL(out.ptr);
		ASSERT_INT_EQ(campaign_diags_error_count(diags), 1);
		const campaign_diag *d = campaign_diags_get(diags, 0);
		ASSERT_INT_EQ(d->status, CAMPAIGN_EINVALID);
		ASSERT_STR_EQ(d->message, cases[i].message);
		campaign_diags_free(diags);
	}
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static void
test_phone__reads_russian_formats(void)
{
	static const struct accept_case cases[] = {
		{ &ru, "+7 495 123-45-01", "+74951234501" },
		{ &ru, "8 (495) 123-45-02", "+74951234502" },
		{ &ru, "84951234503", "+74951234503" },
		{ &ru, "+74951234503", "+74951234503" },
		{ &ru, "+7 (495) 123 45 04", "+74951234504" },
		{ &ru, "8.495.123.45.05", "+74951234505" },
		{ &ru, "8-495-123-45-06", "+74951234506" },
		{ &ru, "8/495/1234507", "+74951234507" },
		{ &ru, "  +7 495 123 45 08\t", "+74951234508" },
		{ &ru, "8(495)1234509", "+74951234509" },
		{ &ru, "+7-(495)-123-45-10", "+74951234510" },
	};
	check_accepts(cases, COUNT(cases));
}

static void
test_phone__completes_national_numbers(void)
{
	static const struct accept_case cases[] = {
		/* without trunk prefix: ten digits are a national number */
		{ &ru, "495 123-45-11", "+74951234511" },
		{ &ru, "(495) 1234512", "+74951234512" },
		/* the country code written without '+' */
		{ &ru, "7 495 123 45 13", "+74951234513" },
		{ &ru, "74951234514", "+74951234514" },
		/* "00" international prefix */
		{ &ru, "007 495 123 45 15", "+74951234515" },
		{ &ru, "00 7 (495) 123-45-16", "+74951234516" },
	};
	check_accepts(cases, COUNT(cases));
}

static void
test_phone__keeps_every_digit_of_toll_free_8800(void)
{
	static const struct accept_case cases[] = {
		{ &ru, "+78005553535", "+78005553535" },
		{ &ru, "+7 800 555-35-35", "+78005553535" },
		{ &ru, "8 800 555 35 35", "+78005553535" },
		{ &ru, "88005553535", "+78005553535" },
		{ &ru, "8005553535", "+78005553535" },
		{ &ru, "78005553535", "+78005553535" },
		{ &none, "+78005553535", "+78005553535" },
	};
	check_accepts(cases, COUNT(cases));
}

static void
test_phone__reads_kazakhstan_numbers_in_plus7(void)
{
	static const struct accept_case cases[] = {
		{ &ru, "+7 701 123 45 67", "+77011234567" },
		{ &ru, "+7 (727) 250-00-00", "+77272500000" },
		{ &ru, "8 (727) 250-00-01", "+77272500001" },
		{ &ru, "87011234568", "+77011234568" },
		{ &ru, "77011234569", "+77011234569" },
		{ &ru, "7011234560", "+77011234560" },
	};
	check_accepts(cases, COUNT(cases));
}

static void
test_phone__reads_unicode_spaces_dashes_and_digits(void)
{
	static const struct accept_case cases[] = {
		/* no-break spaces, as word processors put them */
		{ &ru, "+7\xc2\xa0" "495\xc2\xa0" "123-45-20", "+74951234520" },
		{ &ru, "+7\xe2\x80\xaf" "495\xe2\x80\xaf" "1234521", "+74951234521" },
		/* thin space, non-breaking hyphen, en dash, minus sign */
		{ &ru, "+7\xe2\x80\x89" "495\xe2\x80\x89" "123\xe2\x80\x91" "45\xe2\x80\x91" "22",
		  "+74951234522" },
		{ &ru, "8 495 123\xe2\x80\x93" "45\xe2\x80\x93" "23", "+74951234523" },
		{ &ru, "8 495 123\xe2\x88\x92" "45\xe2\x88\x92" "24", "+74951234524" },
		/* a left-to-right mark from Arabic text, and a BOM */
		{ &ru, "\xe2\x80\x8e+7 495 123 45 25", "+74951234525" },
		{ &ru, "\xef\xbb\xbf" "84951234526", "+74951234526" },
		/* Arabic-Indic and Extended Arabic-Indic (Persian) digits */
		{ &ru, "+\xd9\xa7 \xd9\xa4\xd9\xa9\xd9\xa5 \xd9\xa1\xd9\xa2\xd9\xa3 "
		       "\xd9\xa4\xd9\xa5 \xd9\xa2\xd9\xa7", "+74951234527" },
		{ &ru, "\xdb\xb8\xdb\xb4\xdb\xb9\xdb\xb5\xdb\xb1\xdb\xb2\xdb\xb3\xdb\xb4\xdb\xb5"
		       "\xdb\xb2\xdb\xb8", "+74951234528" },
		/* full-width digits */
		{ &ru, "\xef\xbc\x98\xef\xbc\x94\xef\xbc\x99\xef\xbc\x95 1234529", "+74951234529" },
	};
	check_accepts(cases, COUNT(cases));
}

static void
test_phone__reads_tel_uris(void)
{
	static const struct accept_case cases[] = {
		{ &ru, "tel:+74951234567", "+74951234567" },
		{ &ru, "TEL:+7-495-123-45-67", "+74951234567" },
		{ &nl, "tel:+31-20-555-0001", "+31205550001" },
	};
	check_accepts(cases, COUNT(cases));
}

static void
test_phone__reads_dutch_numbers_with_trunk_0(void)
{
	static const struct accept_case cases[] = {
		{ &nl, "+31 20 555 0001", "+31205550001" },
		{ &nl, "020 555 0002", "+31205550002" },
		{ &nl, "020-5550003", "+31205550003" },
		{ &nl, "+31 (0)20 555 0004", "+31205550004" },
		{ &nl, "+31(0)205550005", "+31205550005" },
		{ &nl, "0031 20 555 0006", "+31205550006" },
		{ &nl, "06 1234 5678", "+31612345678" },
		{ &nl, "20 555 0007", "+31205550007" },
		/* a foreign number in international form is taken as it is */
		{ &nl, "+7 495 123 45 67", "+74951234567" },
		{ &nl, "+44 20 7946 0958", "+442079460958" },
	};
	check_accepts(cases, COUNT(cases));
}

static void
test_phone__reads_other_countries_in_international_form(void)
{
	static const struct accept_case cases[] = {
		{ &none, "+1 (212) 555-0100", "+12125550100" },
		{ &none, "+44 20 7946 0958", "+442079460958" },
		{ &none, "+375 17 123-45-67", "+375171234567" },
		{ &none, "+380 44 123 4567", "+380441234567" },
		{ &none, "+971 4 123 4567", "+97141234567" },
		{ &none, "+966 11 123 4567", "+966111234567" },
		{ &none, "+20 2 1234 5678", "+20212345678" },
		{ &none, "00 33 1 23 45 67 89", "+33123456789" },
		{ &none, "+683 4002", "+6834002" },
		{ &none, "+49 30 12345678901", "+493012345678901" },
	};
	check_accepts(cases, COUNT(cases));
}

static void
test_phone__rejects_what_is_not_a_number(void)
{
	static const struct reject_case cases[] = {
		{ &ru, "", "phone number is empty" },
		{ &ru, "   ", "phone number is empty" },
		{ &ru, "---", "phone number '---' has no digits" },
		{ &ru, "+7 495 CALL-NOW",
		  "phone number '+7 495 CALL-NOW' contains the letter 'C'; a phone number has only "
		  "digits and separators" },
		{ &ru, "8 495 123-45-0l",
		  "phone number '8 495 123-45-0l' contains the letter 'l'; a phone number has only "
		  "digits and separators" },
		{ &ru, "+7 495 123-45-67 \xd0\xb4\xd0\xbe\xd0\xb1. 12",
		  "phone number '+7 495 123-45-67 \xd0\xb4\xd0\xbe\xd0\xb1. 12' contains the letter "
		  "'\xd0\xb4'; a phone number has only digits and separators" },
		{ &ru, "8#495#1234567",
		  "phone number '8#495#1234567' contains '#', which is not a digit or a separator" },
		{ &ru, "8 495 123 45 67,",
		  "phone number '8 495 123 45 67,' contains ',', which is not a digit or a separator" },
		{ &ru, "8 495\x1b[31m",
		  "phone number '8 495?[31m' contains U+001B, which is not a digit or a separator" },
		{ &ru, "\xff\xfe", "phone number '?" "?' is not valid UTF-8" },
	};
	check_rejects(cases, COUNT(cases));
}

static void
test_phone__rejects_misplaced_plus_and_brackets(void)
{
	static const struct reject_case cases[] = {
		{ &ru, "++7 495 123 45 67", "phone number '++7 495 123 45 67' has more than one '+'" },
		{ &ru, "+7 +495 1234567", "phone number '+7 +495 1234567' has more than one '+'" },
		{ &ru, "8 495 +1234567",
		  "phone number '8 495 +1234567' has '+' in the middle; '+' may only start an "
		  "international number" },
		{ &ru, "(+7) 495 1234567",
		  "phone number '(+7) 495 1234567' has '+' in the middle; '+' may only start an "
		  "international number" },
		{ &ru, "8 (495 123-45-67",
		  "phone number '8 (495 123-45-67' has '(' without a matching ')'" },
		{ &ru, "8 495) 123-45-67",
		  "phone number '8 495) 123-45-67' has ')' without a matching '('" },
		{ &ru, "8 ((495)) 1234567", "phone number '8 ((495)) 1234567' has nested brackets" },
	};
	check_rejects(cases, COUNT(cases));
}

static void
test_phone__rejects_wrong_digit_counts(void)
{
	static const struct reject_case cases[] = {
		{ &ru, "+7 495 123 45",
		  "phone number '+7 495 123 45' has 8 digits after the country code +7; numbers in "
		  "+7 have 10" },
		{ &ru, "+7 495 123 45 678",
		  "phone number '+7 495 123 45 678' has 11 digits after the country code +7; numbers "
		  "in +7 have 10" },
		/* the trunk prefix does not belong after the country code */
		{ &ru, "+7 8 495 123 45 67",
		  "phone number '+7 8 495 123 45 67' has 11 digits after the country code +7; numbers "
		  "in +7 have 10" },
		{ &ru, "123",
		  "phone number '123' has 3 digits; a national number in +7 has 10 (11 with the "
		  "trunk prefix 8)" },
		{ &ru, "8 495 123 45 67 8",
		  "phone number '8 495 123 45 67 8' has 12 digits; a national number in +7 has 10 "
		  "(11 with the trunk prefix 8)" },
		{ &ru, "+1234567890123456",
		  "phone number '+1234567890123456' has 16 digits; E.164 allows at most 15" },
		{ &none, "+44 20",
		  "phone number '+44 20' has too few digits (4); E.164 needs at least 7" },
		{ &nl, "020 55",
		  "phone number '020 55' has too few digits (6 with the country code); E.164 needs "
		  "at least 7" },
		{ &nl, "020 5550 0001 2345",
		  "phone number '020 5550 0001 2345' has 16 digits with the country code +31; "
		  "E.164 allows at most 15" },
		{ &ru, "+0 495 1234567",
		  "phone number '+0 495 1234567' has a country code starting with 0" },
		{ &none, "84951234567",
		  "phone number '84951234567' has no country code; write it as +CC... or set the "
		  "country code" },
	};
	check_rejects(cases, COUNT(cases));
}

static void
test_phone__rejects_invalid_rules(void)
{
	static const campaign_phone_rules bad_cc = { CAMPAIGN_PHONE_RULES_VERSION, 74, "8" };
	static const campaign_phone_rules big_cc = { CAMPAIGN_PHONE_RULES_VERSION, 1000, "8" };
	static const campaign_phone_rules bad_trunk = { CAMPAIGN_PHONE_RULES_VERSION, 7, "8a" };
	static const campaign_phone_rules long_trunk = { CAMPAIGN_PHONE_RULES_VERSION, 7, "8888" };
	static const campaign_phone_rules bad_version = { 99, 7, "8" };
	static const struct reject_case cases[] = {
		{ &bad_cc, "84951234567",
		  "phone number '84951234567' cannot be read: 74 is not a country calling code" },
		{ &big_cc, "84951234567",
		  "phone number '84951234567' cannot be read: 1000 is not a country calling code" },
		{ &bad_trunk, "84951234567",
		  "phone number '84951234567' cannot be read: trunk prefix '8a' is not 1 to 3 digits" },
		{ &long_trunk, "84951234567",
		  "phone number '84951234567' cannot be read: trunk prefix '8888' is not 1 to 3 "
		  "digits" },
		{ &bad_version, "84951234567",
		  "phone number '84951234567' cannot be read: unknown phone rules version 99" },
	};
	check_rejects(cases, COUNT(cases));
}

static void
test_phone__rules_init_and_null_rules(void)
{
	campaign_phone_rules r;
	ASSERT_INT_EQ(campaign_phone_rules_init(&r, CAMPAIGN_PHONE_RULES_VERSION), CAMPAIGN_OK);
	ASSERT_INT_EQ(r.version, CAMPAIGN_PHONE_RULES_VERSION);
	ASSERT_INT_EQ(r.country_code, 0);
	ASSERT_NULL(r.trunk_prefix);
	ASSERT_INT_EQ(campaign_phone_rules_init(&r, 42), CAMPAIGN_EINVALID);
	campaign_buf out = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_phone_normalize(&out, "+7 495 123 45 67", NULL, NULL), CAMPAIGN_OK);
	ASSERT_STR_EQ(out.ptr, "+74951234567");
	campaign_buf_dispose(&out);
	ASSERT_INT_EQ(campaign_phone_normalize(&out, "84951234567", NULL, NULL), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_phone_normalize(&out, NULL, &ru, NULL), CAMPAIGN_EINVALID);
	ASSERT_NULL(out.ptr);
}

static void
test_phone__reports_at_the_callers_position(void)
{
	campaign_diags *diags = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&diags), CAMPAIGN_OK);
	campaign_buf out = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_phone_normalize_at(&out, "8 (495) 12x", &ru, "spec.yaml", 14, 12,
	                                          diags),
	              CAMPAIGN_EINVALID);
	const campaign_diag *d = campaign_diags_get(diags, 0);
	ASSERT_NOT_NULL(d);
	ASSERT_STR_EQ(d->file, "spec.yaml");
	ASSERT_INT_EQ(d->line, 14);
	ASSERT_INT_EQ(d->column, 12);
	ASSERT_INT_EQ(d->severity, CAMPAIGN_SEVERITY_ERROR);
	campaign_diags_free(diags);
}

static void
test_phone__quotes_long_text_shortened(void)
{
	campaign_diags *diags = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&diags), CAMPAIGN_OK);
	campaign_buf out = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_phone_normalize(&out, "1234567890 1234567890 1234567890 1234567890 "
	                                       "1234567890", &ru, diags),
	              CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(campaign_diags_get(diags, 0)->message,
	              "phone number '1234567890 1234567890 1234567890 1234567...' has 50 digits; "
	              "E.164 allows at most 15");
	campaign_diags_free(diags);
}

struct format_case {
	const char *e164;
	const char *mask;
	const char *want; /* display form, or the error message */
	int status;
};

static void
test_phone__formats_through_masks(void)
{
	static const struct format_case cases[] = {
		{ "+74951234501", "+7 (XXX) XXX-XX-XX", "+7 (495) 123-45-01", CAMPAIGN_OK },
		{ "+78005553535", "+7 (XXX) XXX-XX-XX", "+7 (800) 555-35-35", CAMPAIGN_OK },
		{ "+78005553535", "8 (XXX) XXX-XX-XX", "8 (800) 555-35-35", CAMPAIGN_OK },
		{ "+77011234567", "+7 XXX XXX XX XX", "+7 701 123 45 67", CAMPAIGN_OK },
		{ "+74951234501", "XXX.XXX.XX.XX", "495.123.45.01", CAMPAIGN_OK },
		{ "+74951234501", "+7 (xxx) xxx-xx-xx", "+7 (495) 123-45-01", CAMPAIGN_OK },
		{ "+74951234501", "+7\xc2\xa0XXX\xc2\xa0XXX\xe2\x80\x91XX\xe2\x80\x91XX",
		  "+7\xc2\xa0" "495\xc2\xa0" "123\xe2\x80\x91" "45\xe2\x80\x91" "01", CAMPAIGN_OK },
		{ "+74951234501", "+7XXXXXXXXXX", "+74951234501", CAMPAIGN_OK },
		{ "+31205550001", "+31 XX XXX XXXX", "+31 20 555 0001", CAMPAIGN_OK },
		{ "+31205550001", "0XX-XXX XXXX", "020-555 0001", CAMPAIGN_OK },
		{ "+493012345678", "0XX/XXXX XXXX", "030/1234 5678", CAMPAIGN_OK },
		{ "+31612345678", "+31 (0)X XXXX XXXX", "+31 (0)6 1234 5678", CAMPAIGN_OK },
		{ "+12125550100", "+1 (XXX) XXX-XXXX", "+1 (212) 555-0100", CAMPAIGN_OK },
		{ "+375171234567", "+375 XX XXX-XX-XX", "+375 17 123-45-67", CAMPAIGN_OK },
		/* special cases */
		{ "+31205550001", "+7 (XXX) XXX-XX-XX",
		  "display mask '+7 (XXX) XXX-XX-XX' is for numbers in +7, not for +31205550001",
		  CAMPAIGN_EINVALID },
		{ "+375171234567", "+37 XXX XXX XXXX",
		  "display mask '+37 XXX XXX XXXX' starts with '+37', which is not a country calling "
		  "code", CAMPAIGN_EINVALID },
		{ "+74951234501", "+7 (XXX) XXX-XX",
		  "display mask '+7 (XXX) XXX-XX' has 8 X, but +74951234501 has 10 digits after its "
		  "country code +7", CAMPAIGN_EINVALID },
		{ "+74951234501", "+7 (XXX) XXX-XX-XX-X",
		  "display mask '+7 (XXX) XXX-XX-XX-X' has 11 X, but +74951234501 has 10 digits after "
		  "its country code +7", CAMPAIGN_EINVALID },
		{ "+74951234501", "+7 (ABC) XXX-XX-XX",
		  "display mask '+7 (ABC) XXX-XX-XX' contains the letter 'A'; write X for each digit "
		  "of the number", CAMPAIGN_EINVALID },
		/* A Cyrillic or Greek X looks like the X meant: named, and the Latin one asked for. */
		{ "+74951234501", "+7 (\xd0\xa5XX) XXX-XX-XX",
		  "display mask '+7 (\xd0\xa5XX) XXX-XX-XX' contains '\xd0\xa5' (U+0425 CYRILLIC CAPITAL "
		  "LETTER HA), which looks like X but is not: write the Latin capital X (U+0058) for "
		  "each digit of the number", CAMPAIGN_EINVALID },
		{ "+74951234501", "+7 (XXX) XXX-XX-X\xcf\x87",
		  "display mask '+7 (XXX) XXX-XX-X\xcf\x87' contains '\xcf\x87' (U+03C7 GREEK SMALL "
		  "LETTER CHI), which looks like X but is not: write the Latin capital X (U+0058) for "
		  "each digit of the number", CAMPAIGN_EINVALID },
		/* Digits of another script: the number prints in 0-9. */
		{ "+74951234501", "+7 (\xd9\xa0XX) XXX-XX-XX",
		  "display mask '+7 (\xd9\xa0XX) XXX-XX-XX' contains '\xd9\xa0' (U+0660 ARABIC-INDIC "
		  "DIGIT ZERO): the number prints in the digits 0-9, so write X for each of its digits "
		  "and 0-9 for a fixed one", CAMPAIGN_EINVALID },
		{ "+74951234501", "+\xef\xbc\x97 (XXX) XXX-XX-XX",
		  "display mask '+\xef\xbc\x97 (XXX) XXX-XX-XX' contains '\xef\xbc\x97' (U+FF17 FULLWIDTH "
		  "DIGIT SEVEN): the number prints in the digits 0-9, so write X for each of its digits "
		  "and 0-9 for a fixed one", CAMPAIGN_EINVALID },
		{ "+74951234501", "", "display mask is empty", CAMPAIGN_EINVALID },
		/* Found by the spec fuzzer: a printed number must read back as a number. */
		{ "+31201234567", "0XX XXX%XXXX",
		  "display mask '0XX XXX%XXXX' contains '%'; between the digits use spaces, '-', '.', "
		  "'/' or brackets", CAMPAIGN_EINVALID },
		{ "+74951234501", "+7 [XXX] XXX-XX-XX",
		  "display mask '+7 [XXX] XXX-XX-XX' contains '['; between the digits use spaces, '-', "
		  "'.', '/' or brackets", CAMPAIGN_EINVALID },
		{ "+74951234501", "+7 XXX XXX XX XX \xe2\x98\x8e",
		  "display mask '+7 XXX XXX XX XX \xe2\x98\x8e' contains '\xe2\x98\x8e' (U+260E BLACK "
		  "TELEPHONE); between the digits use spaces, '-', '.', '/' or brackets",
		  CAMPAIGN_EINVALID },
		/* A fullwidth bracket looks like the one allowed: named. */
		{ "+74951234501", "+7 \xef\xbc\x88XXX) XXX-XX-XX",
		  "display mask '+7 \xef\xbc\x88XXX) XXX-XX-XX' contains '\xef\xbc\x88' (U+FF08 "
		  "FULLWIDTH LEFT PARENTHESIS); between the digits use spaces, '-', '.', '/' or brackets",
		  CAMPAIGN_EINVALID },
		/* The Roman numeral ten is an X by its compatibility form. */
		{ "+74951234501", "+7 (XXX) XXX-XX-X\xe2\x85\xa9",
		  "display mask '+7 (XXX) XXX-XX-X\xe2\x85\xa9' contains '\xe2\x85\xa9' (U+2169 ROMAN "
		  "NUMERAL TEN), which looks like X but is not: write the Latin capital X (U+0058) for "
		  "each digit of the number", CAMPAIGN_EINVALID },
		/* Number signs that are not digits 0-9: a circled two, a superscript two. */
		{ "+74951234501", "+7 (XXX) XXX-XX-X\xe2\x91\xa1",
		  "display mask '+7 (XXX) XXX-XX-X\xe2\x91\xa1' contains '\xe2\x91\xa1' (U+2461 CIRCLED "
		  "DIGIT TWO): the number prints in the digits 0-9, so write X for each of its digits "
		  "and 0-9 for a fixed one", CAMPAIGN_EINVALID },
		{ "+74951234501", "+\xc2\xb2 (XXX) XXX-XX-XX",
		  "display mask '+\xc2\xb2 (XXX) XXX-XX-XX' contains '\xc2\xb2' (U+00B2 SUPERSCRIPT "
		  "TWO): the number prints in the digits 0-9, so write X for each of its digits and 0-9 "
		  "for a fixed one", CAMPAIGN_EINVALID },
		{ "+74951234501", "+ XXX", "display mask '+ XXX' has '+' without a country code after "
		  "it", CAMPAIGN_EINVALID },
		{ "+74951234501", "XXX+XXXXXXX",
		  "display mask 'XXX+XXXXXXX' has '+' after the start; only the country code may "
		  "follow a leading '+'", CAMPAIGN_EINVALID },
		{ "+74951234501", "---", "display mask '---' has no X for the digits of the number",
		  CAMPAIGN_EINVALID },
		{ "+74951234501", "+7\tXXXXXXXXXX",
		  "display mask '+7?XXXXXXXXXX' contains the control character U+0009",
		  CAMPAIGN_EINVALID },
		{ "84951234501", "+7 (XXX) XXX-XX-XX",
		  "phone number '84951234501' is not in E.164 form ('+' and 7 to 15 digits)",
		  CAMPAIGN_EINVALID },
		{ "+7495123450a", "+7 (XXX) XXX-XX-XX",
		  "phone number '+7495123450a' is not in E.164 form ('+' and 7 to 15 digits)",
		  CAMPAIGN_EINVALID },
	};
	for (size_t i = 0; i < COUNT(cases); i++) {
		campaign_diags *diags = NULL;
		ASSERT_INT_EQ(campaign_diags_new(&diags), CAMPAIGN_OK);
		campaign_buf out = CAMPAIGN_BUF_INIT;
		int rc = campaign_phone_format(&out, cases[i].e164, cases[i].mask, diags);
		ASSERT_INT_EQ(rc, cases[i].status);
		if (rc == CAMPAIGN_OK) {
			ASSERT_STR_EQ(out.ptr, cases[i].want);
			ASSERT_INT_EQ(campaign_diags_count(diags), 0);
		} else {
			ASSERT_NULL(out.ptr);
			ASSERT_INT_EQ(campaign_diags_count(diags), 1);
			ASSERT_STR_EQ(campaign_diags_get(diags, 0)->message, cases[i].want);
		}
		campaign_buf_dispose(&out);
		campaign_diags_free(diags);
	}
}

static void
test_phone__checks_masks_against_rules(void)
{
	static const struct {
		const char *mask;
		const campaign_phone_rules *rules;
		const char *message; /* NULL: valid */
	} cases[] = {
		{ "+7 (XXX) XXX-XX-XX", &ru, NULL },
		{ "8 (XXX) XXX-XX-XX", &ru, NULL },
		{ "+31 XX XXX XXXX", &nl, NULL },
		{ "XX XXX XXXX", &nl, NULL },
		{ "+7 (XXX) XXX-XX-XX", NULL, NULL },
		{ "+7 (XXX) XXX-XX-XX", &none, NULL },
		{ "+7 (XXX) XXX-XX", &ru,
		  "display mask '+7 (XXX) XXX-XX' has 8 X; numbers in +7 have 10 digits after the "
		  "country code" },
		{ "+7 (XXX) XXX-XX", NULL,
		  "display mask '+7 (XXX) XXX-XX' has 8 X; numbers in +7 have 10 digits after the "
		  "country code" },
		{ "+31 XX XXX XXXX", &ru,
		  "display mask '+31 XX XXX XXXX' starts with +31, but the country code is 7" },
		{ "(XXX) XXX", &ru,
		  "display mask '(XXX) XXX' has 6 X; numbers in +7 have 10 digits after the country "
		  "code" },
		{ "tel XXX", &ru,
		  "display mask 'tel XXX' contains the letter 't'; write X for each digit of the "
		  "number" },
		/* Found by the spec fuzzer: digits that are neither the country code nor the
		 * trunk prefix print another number. */
		{ "0XX XXX XXXX", &nl, NULL },
		{ "+31 (0)XX XXX XXXX", &nl, NULL },
		{ "8XX XXX X/XXX", &nl,
		  "display mask '8XX XXX X/XXX' prints +31234567892 as '823 456 7/892', which reads "
		  "as +318234567892; besides X, a mask may hold only the country code after '+' and "
		  "the trunk prefix" },
		{ "8 (XXX) XXX-XX-XX", &nl,
		  "display mask '8 (XXX) XXX-XX-XX' prints +312345678923 as '8 (234) 567-89-23', which "
		  "reads as +3182345678923; besides X, a mask may hold only the country code after '+' "
		  "and the trunk prefix" },
		{ "+7 (XXX) XXX-XX-X1", &ru,
		  "display mask '+7 (XXX) XXX-XX-X1' has 9 X; numbers in +7 have 10 digits after the "
		  "country code" },
	};
	for (size_t i = 0; i < COUNT(cases); i++) {
		campaign_diags *diags = NULL;
		ASSERT_INT_EQ(campaign_diags_new(&diags), CAMPAIGN_OK);
		int rc = campaign_phone_mask_check(cases[i].mask, cases[i].rules, "spec.yaml", 30,
		                                   14, diags);
		if (!cases[i].message) {
			ASSERT_INT_EQ(rc, CAMPAIGN_OK);
			ASSERT_INT_EQ(campaign_diags_count(diags), 0);
		} else {
			ASSERT_INT_EQ(rc, CAMPAIGN_EINVALID);
			const campaign_diag *d = campaign_diags_get(diags, 0);
			ASSERT_NOT_NULL(d);
			ASSERT_STR_EQ(d->message, cases[i].message);
			ASSERT_STR_EQ(d->file, "spec.yaml");
			ASSERT_INT_EQ(d->line, 30);
			ASSERT_INT_EQ(d->column, 14);
		}
		campaign_diags_free(diags);
	}
}

static void
test_phone__makes_tel_uris_without_separators(void)
{
	static const struct accept_case cases[] = {
		{ &ru, "8 (495) 123-45-67", "tel:+74951234567" },
		{ &ru, "+7 800 555-35-35", "tel:+78005553535" },
		{ &nl, "+31 (0)20 555 0001", "tel:+31205550001" },
	};
	for (size_t i = 0; i < COUNT(cases); i++) {
		campaign_buf e164 = CAMPAIGN_BUF_INIT, uri = CAMPAIGN_BUF_INIT;
		ASSERT_INT_EQ(campaign_phone_normalize(&e164, cases[i].text, cases[i].rules, NULL),
		              CAMPAIGN_OK);
		ASSERT_INT_EQ(campaign_phone_tel_uri(&uri, e164.ptr, NULL), CAMPAIGN_OK);
		ASSERT_STR_EQ(uri.ptr, cases[i].e164);
		campaign_buf_dispose(&e164);
		campaign_buf_dispose(&uri);
	}
	campaign_diags *diags = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&diags), CAMPAIGN_OK);
	campaign_buf uri = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_phone_tel_uri(&uri, "8 495 123-45-67", diags), CAMPAIGN_EINVALID);
	ASSERT_NULL(uri.ptr);
	ASSERT_STR_EQ(campaign_diags_get(diags, 0)->message,
	              "phone number '8 495 123-45-67' is not in E.164 form ('+' and 7 to 15 digits)");
	ASSERT_INT_EQ(campaign_phone_tel_uri(&uri, NULL, NULL), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_phone_tel_uri(&uri, "+0123456789", NULL), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_phone_tel_uri(&uri, "+123456", NULL), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_phone_tel_uri(&uri, "+1234567890123456", NULL), CAMPAIGN_EINVALID);
	campaign_diags_free(diags);
}

static void
test_phone__normalized_numbers_are_fixed_points(void)
{
	/* E.164 read again gives itself, whatever the rules: stored numbers never drift. */
	static const char *const numbers[] = {
		"+74951234567", "+78005553535", "+77011234567", "+31205550001",
		"+12125550100", "+442079460958", "+375171234567", "+6834002",
	};
	const campaign_phone_rules *all[] = { &ru, &nl, &none };
	for (size_t i = 0; i < COUNT(numbers); i++) {
		for (size_t r = 0; r < COUNT(all); r++) {
			campaign_buf out = CAMPAIGN_BUF_INIT;
			ASSERT_INT_EQ(campaign_phone_normalize(&out, numbers[i], all[r], NULL),
			              CAMPAIGN_OK);
			ASSERT_STR_EQ(out.ptr, numbers[i]);
			campaign_buf_dispose(&out);
		}
	}
}

int
main(void)
{
	RUN(test_phone__reads_russian_formats);
	RUN(test_phone__completes_national_numbers);
	RUN(test_phone__keeps_every_digit_of_toll_free_8800);
	RUN(test_phone__reads_kazakhstan_numbers_in_plus7);
	RUN(test_phone__reads_unicode_spaces_dashes_and_digits);
	RUN(test_phone__reads_tel_uris);
	RUN(test_phone__reads_dutch_numbers_with_trunk_0);
	RUN(test_phone__reads_other_countries_in_international_form);
	RUN(test_phone__rejects_what_is_not_a_number);
	RUN(test_phone__rejects_misplaced_plus_and_brackets);
	RUN(test_phone__rejects_wrong_digit_counts);
	RUN(test_phone__rejects_invalid_rules);
	RUN(test_phone__rules_init_and_null_rules);
	RUN(test_phone__reports_at_the_callers_position);
	RUN(test_phone__quotes_long_text_shortened);
	RUN(test_phone__formats_through_masks);
	RUN(test_phone__checks_masks_against_rules);
	RUN(test_phone__makes_tel_uris_without_separators);
	RUN(test_phone__normalized_numbers_are_fixed_points);
	return harness_done();
}
