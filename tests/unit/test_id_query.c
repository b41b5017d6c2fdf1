/* resolve's queries read as the identifier they are (lib/ids/id_query.c). */
#include <stdlib.h>

#include "campaign/status.h"
#include "harness.h"
#include "ids/id_query.h"

static const char *
kind_name(enum id_query_kind kind)
{
	switch (kind) {
	case ID_QUERY_URL: return "url";
	case ID_QUERY_PHONE: return "phone";
	case ID_QUERY_HASHTAG: return "hashtag";
	case ID_QUERY_NONE: break;
	}
	return "none";
}

static void
test_id_query__reads_every_form_an_identifier_is_linked_or_printed_in(void)
{
	static const struct {
		const char *query;
		const char *kind;
		const char *text;   /* what is looked up */
		const char *digits; /* phone only */
	} cases[] = {
		/* RFC 3966 tel: links: separators, parameters, escapes, any case */
		{ "tel:+74951234501", "phone", "+74951234501", "74951234501" },
		{ "TEL:+7-495-123-45-01", "phone", "+7-495-123-45-01", "74951234501" },
		{ "tel:+7(495)123.45.01;ext=12;isub=3", "phone", "+7(495)123.45.01", "74951234501" },
		{ "tel:%2B7%20495%201234501", "phone", "+7 495 1234501", "74951234501" },
		{ "tel://+74951234501", "phone", "+74951234501", "74951234501" },
		/* RFC 5724 sms: links, and SMSTO: as QR codes write them */
		{ "sms:+74951234501?body=%D0%AF", "phone", "+74951234501", "74951234501" },
		{ "sms:+74951234501;via=x", "phone", "+74951234501", "74951234501" },
		{ "SMSTO:+74951234501:see you at 12", "phone", "+74951234501", "74951234501" },
		/* display forms, as printed or copied out of a text */
		{ "+7 (495) 123-45-01", "phone", "+7 (495) 123-45-01", "74951234501" },
		{ "8 (495) 123-45-01", "phone", "8 (495) 123-45-01", "84951234501" },
		{ "+7\xc2\xa0(495)\xe2\x80\x89" "123\xe2\x80\x91" "45\xe2\x80\x91" "01", "phone",
		  "+7\xc2\xa0(495)\xe2\x80\x89" "123\xe2\x80\x91" "45\xe2\x80\x91" "01", "74951234501" },
		/* RLM around the number, an isolate, a BOM: dropped, not separators to keep */
		{ "\xe2\x80\x8f+7 495 123 45 01\xe2\x80\x8f", "phone", "+7 495 123 45 01", "74951234501" },
		{ "\xe2\x81\xa6+74951234501\xe2\x81\xa9", "phone", "+74951234501", "74951234501" },
		{ "\xef\xbb\xbf" "84951234501", "phone", "84951234501", "84951234501" },
		/* Arabic-Indic and Persian digits */
		{ "+\xd9\xa7 \xd9\xa4\xd9\xa9\xd9\xa5", "phone", "+\xd9\xa7 \xd9\xa4\xd9\xa9\xd9\xa5", "7495" },
		{ "\xdb\xb8\xdb\xb4\xdb\xb9\xdb\xb5", "phone", "\xdb\xb8\xdb\xb4\xdb\xb9\xdb\xb5", "8495" },
		/* URLs: a scheme, a query, or a bare query string from a report */
		{ "https://example.org/?utm_source=vk", "url", "https://example.org/?utm_source=vk", "" },
		{ "  example.org/rally?x=1 ", "url", "example.org/rally?x=1", "" },
		{ "UTM_SOURCE=vk&utm_medium=social", "url", "UTM_SOURCE=vk&utm_medium=social", "" },
		{ "example.org/rally", "url", "example.org/rally", "" },
		/* hashtags: with or without '#', the full-width one, any script */
		{ "#\xd0\x9c\xd0\xb8\xd1\x82\xd0\xb8\xd0\xbd\xd0\xb3", "hashtag",
		  "#\xd0\x9c\xd0\xb8\xd1\x82\xd0\xb8\xd0\xbd\xd0\xb3", "" },
		{ "rally_2026", "hashtag", "#rally_2026", "" },
		{ "\xef\xbc\x83rally", "hashtag", "#rally", "" },
		/* with '#', a tag whatever it holds; without, "utm_" alone makes no URL */
		{ "#utm_2026", "hashtag", "#utm_2026", "" },
		{ "#2026", "hashtag", "#2026", "" },
		{ "rally_utm_2026", "hashtag", "#rally_utm_2026", "" },
		{ "\xe2\x80\x8f#\xd9\x85\xd8\xb3\xd9\x8a\xd8\xb1\xd8\xa9\xe2\x80\x8f", "hashtag",
		  "#\xd9\x85\xd8\xb3\xd9\x8a\xd8\xb1\xd8\xa9", "" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct id_query q;
		ASSERT_INT_EQ(campaign__id_query_read(&q, cases[i].query), CAMPAIGN_OK);
		if (strcmp(kind_name(q.kind), cases[i].kind) != 0)
			harness_fail(__FILE__, __LINE__, "'%s': read as %s (%s), expected %s", cases[i].query,
			             kind_name(q.kind), q.why, cases[i].kind);
		ASSERT_STR_EQ(q.text, cases[i].text);
		if (q.kind == ID_QUERY_PHONE)
			ASSERT_STR_EQ(q.digits, cases[i].digits);
		campaign__id_query_free(&q);
	}
}

static void
test_id_query__refuses_what_is_none_of_them_and_says_why(void)
{
	static const struct {
		const char *query;
		const char *why;
	} cases[] = {
		{ "", "the query is empty: give a URL, a phone number or a hashtag" },
		{ " \t\xc2\xa0", "the query is empty: give a URL, a phone number or a hashtag" },
		/* only invisible marks: nothing is left once they go */
		{ "\xe2\x80\x8f\xe2\x80\x8e", "the query is empty: give a URL, a phone number or a hashtag" },
		{ "a\xff", "the query is not valid UTF-8" },
		{ "tel:", "the link 'tel:' does not hold a phone number" },
		{ "tel:call-me", "the link 'tel:call-me' does not hold a phone number" },
		{ "tel:%ff", "the link 'tel:%ff' does not hold a phone number" },
		{ "sms:+74951234501,+74951234502",
		  "the link 'sms:+74951234501,+74951234502' has several recipients: give one number" },
		{ "#rally 2026", "'#rally 2026' is not a URL, a phone number or a hashtag (a hashtag has "
		                 "only letters, digits and '_')" },
		{ "#", "'#' is not a URL, a phone number or a hashtag (a hashtag has only letters, "
		       "digits and '_')" },
		{ "rally!", "'rally!' is not a URL, a phone number or a hashtag (a hashtag has only "
		            "letters, digits and '_')" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct id_query q;
		ASSERT_INT_EQ(campaign__id_query_read(&q, cases[i].query), CAMPAIGN_OK);
		if (q.kind != ID_QUERY_NONE)
			harness_fail(__FILE__, __LINE__, "'%s': read as %s, expected none", cases[i].query,
			             kind_name(q.kind));
		ASSERT_STR_EQ(q.why, cases[i].why);
		ASSERT_NULL(q.text);
		campaign__id_query_free(&q);
	}
}

static void
test_id_query__landing_is_where_a_link_leads_however_written(void)
{
	static const struct {
		const char *url;
		const char *landing; /* NULL: not a URL with a host */
	} cases[] = {
		{ "https://example.org/rally?utm_source=vk#top", "example.org/rally" },
		{ "http://EXAMPLE.org/rally/", "example.org/rally" },
		{ "example.org/rally", "example.org/rally" },
		{ "https://example.org", "example.org" },
		{ "https://example.org:443/", "example.org" },
		{ "http://example.org:80/a", "example.org/a" },
		{ "https://example.org:8443/a", "example.org:8443/a" },
		{ "https://example.org/%d1%80%D0%B0", "example.org/\xd1\x80\xd0\xb0" },
		{ "https://example.org/\xd1\x80\xd0\xb0", "example.org/\xd1\x80\xd0\xb0" },
		{ "https://\xd0\xbf\xd1\x80\xd0\xbe\xd1\x84\xd1\x81\xd0\xbe\xd1\x8e\xd0\xb7.\xd1\x80\xd1\x84/rally",
		  "xn--g1anacfhu6f.xn--p1ai/rally" },
		{ "HTTPS://XN--G1ANACFHU6F.XN--P1AI/rally", "xn--g1anacfhu6f.xn--p1ai/rally" },
		{ "?utm_source=vk", NULL },
		{ "https://exa mple.org/", NULL },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *landing = NULL;
		ASSERT_INT_EQ(campaign__id_query_landing(cases[i].url, &landing), CAMPAIGN_OK);
		if (cases[i].landing)
			ASSERT_STR_EQ(landing, cases[i].landing);
		else
			ASSERT_NULL(landing);
		free(landing);
	}
}

int
main(void)
{
	RUN(test_id_query__reads_every_form_an_identifier_is_linked_or_printed_in);
	RUN(test_id_query__refuses_what_is_none_of_them_and_says_why);
	RUN(test_id_query__landing_is_where_a_link_leads_however_written);
	return harness_done();
}
