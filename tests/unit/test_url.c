/* RFC 3986 URLs: parsing, writing back, refusing, encoding, and comparing UTM values. */
#include <stdio.h>
#include <stdlib.h>

#include "campaign/status.h"
#include "harness.h"
#include "ids/record_values.h"
#include "ids/url.h"

/* Parses and writes back; "" for expected means "must be refused". */
static char *
round_trip(const char *text, struct url_error *err, int *rc)
{
	struct url u;
	*rc = campaign__url_parse(&u, text, err);
	if (*rc != CAMPAIGN_OK)
		return NULL;
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	campaign__url_write(&b, &u);
	campaign__url_free(&u);
	return campaign__strbuf_detach(&b, NULL);
}

static void
test_url__parses_every_component(void)
{
	struct url u;
	struct url_error err;
	ASSERT_INT_EQ(campaign__url_parse(&u, "HTTPS://us%40er:pw@Example.ORG:8080/a/b?x=1&flag&e=#fr?a=b",
	                                  &err), CAMPAIGN_OK);
	ASSERT_STR_EQ(u.scheme, "https");
	ASSERT_STR_EQ(u.userinfo, "us%40er:pw");
	ASSERT_STR_EQ(u.host, "example.org");
	ASSERT_STR_EQ(u.port, "8080");
	ASSERT_STR_EQ(u.path, "/a/b");
	ASSERT_INT_EQ(u.param_count, 3);
	ASSERT_STR_EQ(u.params[0].key, "x");
	ASSERT_STR_EQ(u.params[0].value, "1");
	ASSERT_STR_EQ(u.params[1].key, "flag");
	ASSERT_NULL(u.params[1].value);
	ASSERT_STR_EQ(u.params[2].key, "e");
	ASSERT_STR_EQ(u.params[2].value, "");
	ASSERT_STR_EQ(u.fragment, "fr?a=b");
	campaign__url_free(&u);
}

static void
test_url__without_authority_or_query(void)
{
	struct url u;
	ASSERT_INT_EQ(campaign__url_parse(&u, "mailto:someone@example.org", NULL), CAMPAIGN_OK);
	ASSERT_STR_EQ(u.scheme, "mailto");
	ASSERT_NULL(u.host);
	ASSERT_NULL(u.userinfo);
	ASSERT_STR_EQ(u.path, "someone@example.org");
	ASSERT_INT_EQ(u.param_count, 0);
	ASSERT_NULL(u.fragment);
	campaign__url_free(&u);
	campaign__url_free(&u); /* an emptied url is safe to free again */
}

static void
test_url__writes_back_what_it_read(void)
{
	static const struct {
		const char *in;
		const char *out;
	} cases[] = {
		{ "https://example.org/", "https://example.org/" },
		{ "https://example.org", "https://example.org/" },
		{ "https://example.org?a=1", "https://example.org/?a=1" },
		{ "https://example.org#top", "https://example.org/#top" },
		{ "https://example.org/?", "https://example.org/" },
		{ "https://example.org/?a=1&&b=2&", "https://example.org/?a=1&b=2" },
		{ "https://example.org/?&", "https://example.org/" },
		{ "https://example.org/?flag", "https://example.org/?flag" },
		{ "https://example.org/?a=", "https://example.org/?a=" },
		{ "https://example.org/?a==b", "https://example.org/?a==b" },
		{ "https://example.org/a%20b/~c?q=%20~+", "https://example.org/a%20b/~c?q=%20~+" },
		{ "https://example.org/%d0%b9", "https://example.org/%d0%b9" },
		{ "HTTP://EXAMPLE.org/Path/", "http://example.org/Path/" },
		{ "https://example.org:/x", "https://example.org/x" },
		{ "https://example.org:443/x", "https://example.org:443/x" },
		{ "https://[2001:DB8::1]:8443/", "https://[2001:db8::1]:8443/" },
		{ "https://[::ffff:192.0.2.1]/", "https://[::ffff:192.0.2.1]/" },
		{ "https://[v7.fe80::a+en1]/", "https://[v7.fe80::a+en1]/" },
		{ "http://192.0.2.1:80", "http://192.0.2.1:80/" },
		{ "https://профсоюз.рф/", "https://xn--g1anacfhu6f.xn--p1ai/" },
		{ "https://ПРОФСОЮЗ.РФ", "https://xn--g1anacfhu6f.xn--p1ai/" },
		{ "https://%D0%BF%D1%80%D0%BE%D1%84%D1%81%D0%BE%D1%8E%D0%B7.%D1%80%D1%84/",
		  "https://xn--g1anacfhu6f.xn--p1ai/" },
		{ "https://xn--g1anacfhu6f.xn--p1ai/", "https://xn--g1anacfhu6f.xn--p1ai/" },
		{ "https://faß.de/", "https://xn--fa-hia.de/" },
		{ "https://ex_ample.org/", "https://ex_ample.org/" },
		{ "https://-x.org/", "https://-x.org/" }, /* RFC 3986 allows it; DNS decides */
		{ "https://example.org./", "https://example.org./" },
		{ "https://example.org/путь?к=в#ф",
		  "https://example.org/%D0%BF%D1%83%D1%82%D1%8C?%D0%BA=%D0%B2#%D1%84" },
		{ "https://u%C3%A9:пароль@example.org/",
		  "https://u%C3%A9:%D0%BF%D0%B0%D1%80%D0%BE%D0%BB%D1%8C@example.org/" },
		{ "https://example.org/#a?b=c#d&e", "https://example.org/#a?b=c#d&e" },
		{ "https://example.org/#", "https://example.org/#" },
		{ "https://example.org/a[1]?b[]=1|2&c={x}^`", "https://example.org/a[1]?b[]=1|2&c={x}^`" },
		{ "mailto:someone@example.org", "mailto:someone@example.org" },
		{ "urn:isbn:0451450523", "urn:isbn:0451450523" },
		{ "file:///etc/hosts", "file:///etc/hosts" },
		{ "x-custom+v1.2://h/p", "x-custom+v1.2://h/p" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct url_error err;
		int rc;
		char *got = round_trip(cases[i].in, &err, &rc);
		HARNESS_CHECKED();
		if (rc != CAMPAIGN_OK)
			harness_fail(__FILE__, __LINE__, "'%s' refused: %s", cases[i].in, err.message);
		if (strcmp(got, cases[i].out) != 0) {
			harness_fail(__FILE__, __LINE__, "'%s'\n#   got:      \"%s\"\n#   expected: \"%s\"",
			             cases[i].in, got, cases[i].out);
		}
		free(got);
	}
}

static void
test_url__refuses_malformed_urls_saying_why(void)
{
	static const struct {
		const char *in;
		size_t offset;
		const char *message;
	} cases[] = {
		{ "example.org/x", 0, "URL has no scheme; write it in full, such as https://example.org/" },
		{ "//example.org/x", 0, "URL has no scheme; write it in full, such as https://example.org/" },
		{ "1http://x/", 0, "URL has no scheme; write it in full, such as https://example.org/" },
		{ "", 0, "URL has no scheme; write it in full, such as https://example.org/" },
		{ "https://exa mple.org/", 11, "URL contains a space; write it as %20" },
		{ "https://example.org/ ", 20, "URL contains a space; write it as %20" },
		{ "https://example.org/\t", 20, "URL contains a control character (0x09)" },
		{ "https://example.org/\x7f", 20, "URL contains a control character (0x7F)" },
		{ "https://example.org/\"q\"", 20,
		  "URL contains '\"', which cannot stand in a URL; write it as %22" },
		{ "https://example.org/<b>", 20,
		  "URL contains '<', which cannot stand in a URL; write it as %3C" },
		{ "https://example.org\\x", 19,
		  "URL contains '\\', which cannot stand in a URL; write it as %5C" },
		{ "https://example.org/?d=50%", 25,
		  "URL contains a '%' that does not start an escape; write a literal '%' as %25" },
		{ "https://example.org/%zz", 20,
		  "URL contains a '%' that does not start an escape; write a literal '%' as %25" },
		{ "https://example.org/%4", 20,
		  "URL contains a '%' that does not start an escape; write a literal '%' as %25" },
		{ "https://example.org/\xff", 20, "URL is not valid UTF-8" },
		/* Controls, raw or escaped, cannot be printed and cut a URL short in servers. */
		{ "https://example.org/\xc2\x85", 20, "URL contains a control character (U+0085)" },
		{ "https://example.org/?q=\xc2\x80", 23, "URL contains a control character (U+0080)" },
		{ "https://exa\xc2\x9fmple.org/", 11, "URL contains a control character (U+009F)" },
		{ "https://example.org/a%00b", 21,
		  "URL contains '%00', an escaped control character (U+0000); servers cut the URL "
		  "there or refuse it, so leave it out" },
		{ "https://example.org/?q=%1b[31m", 23,
		  "URL contains '%1b', an escaped control character (U+001B); servers cut the URL "
		  "there or refuse it, so leave it out" },
		{ "https://example.org/#%7F", 21,
		  "URL contains '%7F', an escaped control character (U+007F); servers cut the URL "
		  "there or refuse it, so leave it out" },
		{ "https://example.org/%c2%85", 20,
		  "URL contains '%c2%85', an escaped control character (U+0085); servers cut the URL "
		  "there or refuse it, so leave it out" },
		{ "https://example.org/?q=%C2%9F", 23,
		  "URL contains '%C2%9F', an escaped control character (U+009F); servers cut the URL "
		  "there or refuse it, so leave it out" },
		/* A line break in the path is never text; only the query carries messages. */
		{ "https://example.org/a%0Ab", 21,
		  "URL contains '%0A', an escaped control character (U+000A); servers cut the URL "
		  "there or refuse it, so leave it out" },
		{ "https://exa%00mple.org/", 11,
		  "URL contains '%00', an escaped control character (U+0000); servers cut the URL "
		  "there or refuse it, so leave it out" },
		/* Invisible in a host: IDNA would drop it or keep it, unseen either way. */
		{ "https://exa\u200bmple.org/", 8,
		  "host contains U+200B ZERO WIDTH SPACE, an invisible formatting character: the host "
		  "printed would not be the one written; delete it" },
		{ "https://exa%E2%80%8Bmple.org/", 8,
		  "host contains U+200B ZERO WIDTH SPACE, an invisible formatting character: the host "
		  "printed would not be the one written; delete it" },
		{ "https://pay\u00adpal.com/", 8,
		  "host contains U+00AD SOFT HYPHEN, an invisible formatting character: the host "
		  "printed would not be the one written; delete it" },
		{ "https://a\u200db.org/", 8,
		  "host contains U+200D ZERO WIDTH JOINER, an invisible formatting character: the host "
		  "printed would not be the one written; delete it" },
		{ "https://\u202eexample.org/", 8,
		  "host contains U+202E RIGHT-TO-LEFT OVERRIDE, an invisible formatting character: the "
		  "host printed would not be the one written; delete it" },
		{ "https://\u200fexample.org/", 8,
		  "host contains U+200F RIGHT-TO-LEFT MARK, an invisible formatting character: the "
		  "host printed would not be the one written; delete it" },
		{ "https://пример\ufe0f.рф/", 8,
		  "host contains U+FE0F VARIATION SELECTOR-16, an invisible character: the host "
		  "printed would not be the one written; delete it" },
		{ "https://a\u3164b.org/", 8,
		  "host contains U+3164 HANGUL FILLER, an invisible character: the host printed would "
		  "not be the one written; delete it" },
		{ "https://exa\u00a0mple.org/", 8,
		  "host contains U+00A0 NO-BREAK SPACE, a space: the host printed would not be the one "
		  "written; delete it" },
		{ "https://a\u2028b.org/", 8,
		  "host contains U+2028 LINE SEPARATOR, a line break: the host printed would not be "
		  "the one written; delete it" },
		{ "https://a@b@example.org/", 11,
		  "URL has more than one '@' before its host; write an '@' in the user name as %40" },
		{ "https://us[er@example.org/", 10, "user information contains '['" },
		{ "https://[::1/", 8, "IP address literal is missing its closing ']'" },
		{ "https://[::1]x/", 13, "unexpected 'x' after the IP address literal" },
		{ "https://[zz::1]/", 9, "'[zz::1]' is not a valid IPv6 address" },
		{ "https://[1.2.3.4]/", 9, "'[1.2.3.4]' is not a valid IPv6 address" },
		{ "https://[v1]/", 9, "'[v1]' is not a valid IP address literal" },
		{ "https://[fe80::1%25en0]/", 9,
		  "IPv6 zone identifiers ('%25...') only work on one machine; "
		  "leave them out of a shared URL" },
		{ "https://example.org:8o/", 21, "port '8o' is not a number" },
		{ "https://example.org:-1/", 20, "port '-1' is not a number" },
		{ "https://example.org:0/", 20,
		  "port '0' cannot be connected to; leave the port out for the default" },
		{ "https://example.org:0000/", 20,
		  "port '0000' cannot be connected to; leave the port out for the default" },
		{ "https://[::1]:0/", 14,
		  "port '0' cannot be connected to; leave the port out for the default" },
		{ "https://example.org:65536/", 20, "port '65536' is out of range (1-65535)" },
		{ "https://example.org:99999999999999999999/", 20,
		  "port '99999999999999999999' is out of range (1-65535)" },
		{ "https://ex{ample.org/", 10, "host contains '{'" },
		{ "https://\xf0\x9f\x98\x80.com/", 8,
		  "host '\xf0\x9f\x98\x80.com' is not a valid internationalized domain name: "
		  "it contains U+1F600 GRINNING FACE, which IDNA does not allow in a host" },
		{ "https://exa\xef\xbf\xbemple.org/", 8,
		  "host 'exa\xef\xbf\xbemple.org' is not a valid internationalized domain name: "
		  "it contains U+FFFE <noncharacter>, which IDNA does not allow in a host" },
		/* Escaped, the character is not named: the generic reason stands. */
		{ "https://exa%E2%98%83mple.org/", 8,
		  "host 'exa%E2%98%83mple.org' is not a valid internationalized domain name: "
		  "string contains a disallowed character" },
		{ "https://%FF.com/", 8, "host '%FF.com' is not valid UTF-8 once decoded" },
		{ "https://exa%20mple.org/", 8, "host 'exa%20mple.org' is not a valid domain name" },
		{ "https://xn--zz.рф/", 8,
		  "host 'xn--zz.рф' is not a valid internationalized domain name: "
		  "string contains invalid punycode data" },
		/* Names DNS cannot hold: a printed link to them never works. */
		{ "https://xn--zz.com/", 8,
		  "host 'xn--zz.com' is not a valid internationalized domain name: "
		  "string contains invalid punycode data" },
		{ "http://exa..mple.org/", 7, "host 'exa..mple.org' has an empty label ('..')" },
		{ "https://.example.org/", 8, "host '.example.org' has an empty label at its start" },
		{ "https://a%2E%2Eb.org/", 8, "host 'a..b.org' has an empty label ('..')" },
		{ "https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.org/", 8,
		  "host 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.org' has a "
		  "label longer than 63 characters" },
		{ "https://example.org:"
		  "1234567890123456789012345678901234567890123456789012345678901234567890123456789012345/",
		  20,
		  "port '12345678901234567890123456789012345678901234567890123456789012345678901234567890'"
		  " is out of range (1-65535)" },
		{ NULL, 0, "no URL given" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct url_error err;
		int rc;
		char *got = round_trip(cases[i].in, &err, &rc);
		HARNESS_CHECKED();
		if (rc != CAMPAIGN_EINVALID)
			harness_fail(__FILE__, __LINE__, "'%s' gave %d (%s), expected refusal", cases[i].in,
			             rc, got ? got : "");
		if (strcmp(err.message, cases[i].message) != 0)
			harness_fail(__FILE__, __LINE__, "'%s'\n#   got:      \"%s\"\n#   expected: \"%s\"",
			             cases[i].in, err.message, cases[i].message);
		if (err.offset != cases[i].offset)
			harness_fail(__FILE__, __LINE__, "'%s': offset %zu, expected %zu", cases[i].in,
			             err.offset, cases[i].offset);
	}
}

static void
test_url__refuses_runaway_length(void)
{
	size_t n = URL_MAX_LENGTH + 1;
	char *text = malloc(n + 1);
	ASSERT_NOT_NULL(text);
	memset(text, 'a', n);
	memcpy(text, "https://x/", 10);
	text[n] = '\0';
	struct url u;
	struct url_error err;
	ASSERT_INT_EQ(campaign__url_parse(&u, text, &err), CAMPAIGN_ETOOLONG);
	ASSERT_STR_EQ(err.message, "URL is longer than 16384 bytes");
	text[n - 1] = '\0';
	ASSERT_INT_EQ(campaign__url_parse(&u, text, &err), CAMPAIGN_OK);
	campaign__url_free(&u);
	free(text);
}

static void
test_url__landing_must_be_web_with_host(void)
{
	static const struct {
		const char *in;
		const char *message; /* NULL: accepted */
	} cases[] = {
		{ "https://example.org/", NULL },
		{ "http://example.org", NULL },
		{ "ftp://example.org/",
		  "URL scheme 'ftp' cannot carry UTM parameters; use an http or https URL" },
		{ "mailto:a@example.org",
		  "URL scheme 'mailto' cannot carry UTM parameters; use an http or https URL" },
		{ "javascript:alert(1)",
		  "URL scheme 'javascript' cannot carry UTM parameters; use an http or https URL" },
		{ "tel:+74951234567",
		  "URL scheme 'tel' cannot carry UTM parameters; use an http or https URL" },
		{ "https:///rally", "URL has no host" },
		{ "https:rally", "URL has no host" },
		{ "www.example.org:8080/x",
		  "URL has no scheme; write it in full, such as https://example.org/" },
		/* Credentials on paper, or the "trusted-name@other-host" trick. */
		{ "https://user:pass@example.org/",
		  "URL has a user name or password before its host ('...@'): anyone who sees the "
		  "paper can read it; leave it out" },
		{ "https://user@example.org/",
		  "URL has a user name or password before its host ('...@'): anyone who sees the "
		  "paper can read it; leave it out" },
		{ "http://@example.org/",
		  "URL has a user name or password before its host ('...@'): anyone who sees the "
		  "paper can read it; leave it out" },
		/* Escaped line breaks in a query: prefilled messages carry them. */
		{ "https://wa.me/79990001122?text=Hello%0D%0Asee%09you", NULL },
		{ "https://example.org/#a%0Ab", NULL },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct url_error err;
		int rc = campaign__url_check_landing(cases[i].in, &err, NULL, NULL);
		if (!cases[i].message) {
			ASSERT_INT_EQ(rc, CAMPAIGN_OK);
			continue;
		}
		ASSERT_INT_EQ(rc, CAMPAIGN_EINVALID);
		ASSERT_STR_EQ(err.message, cases[i].message);
	}
}

static void
test_url__encodes_all_but_unreserved(void)
{
	static const struct {
		const char *in;
		const char *out;
	} cases[] = {
		{ "AZaz09-._~", "AZaz09-._~" },
		{ "a b", "a%20b" },
		{ "+", "%2B" },
		{ "&=#/%?", "%26%3D%23%2F%25%3F" },
		{ "Щи", "%D0%A9%D0%B8" },
		{ "é", "%C3%A9" },
		{ "'\"<>!*()", "%27%22%3C%3E%21%2A%28%29" },
		{ "", "" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct strbuf b;
		campaign__strbuf_init(&b, 0);
		ASSERT_INT_EQ(campaign__url_encode_component(&b, cases[i].in, strlen(cases[i].in)),
		              CAMPAIGN_OK);
		ASSERT_STR_EQ(campaign__strbuf_cstr(&b), cases[i].out);
		campaign__strbuf_free(&b);
	}
}

static void
test_url__decodes_escapes_and_form_plus(void)
{
	static const struct {
		const char *in;
		int plus;
		const char *out;
	} cases[] = {
		{ "a%20b+c", 1, "a b c" },
		{ "a%20b+c", 0, "a b+c" },
		{ "%41%2b%2B", 1, "A++" },
		{ "%zz%4", 1, "%zz%4" },
		{ "100%", 1, "100%" },
		{ "%D0%A9", 0, "Щ" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct strbuf b;
		campaign__strbuf_init(&b, 0);
		campaign__url_decode(&b, cases[i].in, strlen(cases[i].in), cases[i].plus);
		ASSERT_STR_EQ(campaign__strbuf_cstr(&b), cases[i].out);
		campaign__strbuf_free(&b);
	}
}

static void
test_url__utm_params_are_decoded_sorted_first_wins(void)
{
	struct url_param *p = NULL;
	size_t n = 0;
	ASSERT_INT_EQ(campaign__url_utm_params("https://x/?b=1&utm_source=Flyer&UTM_Medium=print"
	                                       "&utm_source=dup&utm_term=&utm_term&utm_content=a+b%20c"
	                                       "&utm%5Fid=7#utm_campaign=frag",
	                                       &p, &n),
	              CAMPAIGN_OK);
	ASSERT_INT_EQ(n, 4);
	ASSERT_STR_EQ(p[0].key, "utm_content");
	ASSERT_STR_EQ(p[0].value, "a b c");
	ASSERT_STR_EQ(p[1].key, "utm_id");
	ASSERT_STR_EQ(p[1].value, "7");
	ASSERT_STR_EQ(p[2].key, "utm_medium");
	ASSERT_STR_EQ(p[2].value, "print");
	ASSERT_STR_EQ(p[3].key, "utm_source");
	ASSERT_STR_EQ(p[3].value, "Flyer");
	campaign__url_params_free(p, n);

	ASSERT_INT_EQ(campaign__url_utm_params("https://x/#?utm_source=a", &p, &n), CAMPAIGN_OK);
	ASSERT_INT_EQ(n, 0);
	ASSERT_NULL(p);
	ASSERT_INT_EQ(campaign__url_utm_params("no query at all", &p, &n), CAMPAIGN_OK);
	ASSERT_INT_EQ(n, 0);
}

static void
test_url__utm_params_compare_regardless_of_order_and_encoding(void)
{
	static const struct {
		const char *a;
		const char *b;
		int equal;
	} cases[] = {
		{ "https://x/?utm_source=a&utm_medium=b", "профсоюз.рф/?utm_medium=b&utm_source=%61", 1 },
		{ "https://x/?utm_content=%D0%B9", "https://x/?utm_content=%D0%B8%CC%86", 1 }, /* NFC */
		{ "https://x/?utm_content=a%20b", "https://x/?utm_content=a+b", 1 },
		{ "https://x/?utm_source=a&ref=1", "https://y/?utm_source=a#z", 1 },
		{ "https://x/?utm_source=a", "https://x/?utm_source=A", 0 },
		{ "https://x/?utm_source=a", "https://x/?utm_source=a&utm_term=t", 0 },
		{ "https://x/?utm_content=a%2Bb", "https://x/?utm_content=a+b", 0 },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct url_param *pa, *pb;
		size_t na, nb;
		ASSERT_INT_EQ(campaign__url_utm_params(cases[i].a, &pa, &na), CAMPAIGN_OK);
		ASSERT_INT_EQ(campaign__url_utm_params(cases[i].b, &pb, &nb), CAMPAIGN_OK);
		int equal = campaign__url_params_equal(pa, na, pb, nb);
		campaign__url_params_free(pa, na);
		campaign__url_params_free(pb, nb);
		if (equal != cases[i].equal)
			harness_fail(__FILE__, __LINE__, "'%s' vs '%s': equal %d, expected %d", cases[i].a,
			             cases[i].b, equal, cases[i].equal);
	}
}

/* What a form of the link (url_display, url_readable) makes of url, or NULL for refused. */
static char *
shown(int (*form)(struct strbuf *, const char *), const char *url)
{
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	if (form(&b, url) != CAMPAIGN_OK) {
		campaign__strbuf_free(&b);
		return NULL;
	}
	return campaign__strbuf_detach(&b, NULL);
}

/* The link as printed beside a QR code. */
static char *
display(const char *url)
{
	return shown(campaign__url_display, url);
}

#define ASSERT_SHOWN(form, url, expected)          \
	do {                                       \
		char *shown_ = shown(form, url);   \
		ASSERT_STR_EQ(shown_, expected);   \
		free(shown_);                      \
	} while (0)
#define ASSERT_DISPLAY(url, expected) ASSERT_SHOWN(campaign__url_display, url, expected)
/* The whole link as a caption prints it. */
#define ASSERT_READABLE(url, expected) ASSERT_SHOWN(campaign__url_readable, url, expected)

static void
test_url__display_is_host_and_path_without_scheme_query_or_slash(void)
{
	ASSERT_DISPLAY("https://example.org/", "example.org");
	ASSERT_DISPLAY("https://example.org", "example.org");
	ASSERT_DISPLAY("http://Example.ORG/Rally/Moscow/", "example.org/Rally/Moscow");
	ASSERT_DISPLAY("https://example.org/rally?utm_source=flyer&utm_medium=print&id=7",
	               "example.org/rally");
	ASSERT_DISPLAY("https://example.org/a/b/#signup", "example.org/a/b");
	ASSERT_DISPLAY("https://example.org/?utm_source=x#top", "example.org");
	ASSERT_DISPLAY("https://example.org//", "example.org");
	/* A port is part of where the link leads. */
	ASSERT_DISPLAY("https://example.org:8443/join/", "example.org:8443/join");
	ASSERT_DISPLAY("https://[2001:db8::1]/x", "[2001:db8::1]/x");
}

static void
test_url__display_decodes_punycode_and_readable_escapes(void)
{
	ASSERT_DISPLAY("https://xn--e1afmkfd.xn--p1ai/rally/moscow?utm_source=flyer",
	               "пример.рф/rally/moscow");
	/* The parser makes the ASCII form of a Unicode host; the display gives it back. */
	ASSERT_DISPLAY("https://пример.рф/", "пример.рф");
	ASSERT_DISPLAY("https://xn--mgbh0fb.xn--kgbechtv/x", "مثال.إختبار/x");
	ASSERT_DISPLAY("https://example.org/%D0%BC%D0%B8%D1%82%D0%B8%D0%BD%D0%B3/",
	               "example.org/митинг");
	/* Escaped ASCII was escaped for a reason, and an invisible character is never decoded. */
	ASSERT_DISPLAY("https://example.org/a%2Fb/c%20d", "example.org/a%2Fb/c%20d");
	ASSERT_DISPLAY("https://example.org/%E2%80%8Bx", "example.org/%E2%80%8Bx");
	/* Bytes that are not UTF-8 stay escaped. */
	ASSERT_DISPLAY("https://example.org/%FF", "example.org/%FF");
	/* What a reader would type otherwise stays escaped: spaces of other widths, */
	ASSERT_DISPLAY("https://example.org/a%C2%A0b", "example.org/a%C2%A0b");
	ASSERT_DISPLAY("https://example.org/a%E2%80%8Ab", "example.org/a%E2%80%8Ab");
	ASSERT_DISPLAY("https://example.org/a%E3%80%80b", "example.org/a%E3%80%80b");
	/* punctuation that passes for ASCII ("∕", "․"), a symbol, */
	ASSERT_DISPLAY("https://example.org/a%E2%88%95b", "example.org/a%E2%88%95b");
	ASSERT_DISPLAY("https://example.org/a%E2%80%A4b", "example.org/a%E2%80%A4b");
	ASSERT_DISPLAY("https://example.org/a%EF%BF%BCb", "example.org/a%EF%BF%BCb");
	/* a mark on a separator, */
	ASSERT_DISPLAY("https://example.org/%CC%81b", "example.org/%CC%81b");
	/* a word mixing Latin and Cyrillic letters (two words of two scripts are decoded). */
	ASSERT_DISPLAY("https://example.org/%D0%B0pple", "example.org/%D0%B0pple");
	ASSERT_DISPLAY("https://example.org/rally-%D0%BC%D0%B8%D1%82%D0%B8%D0%BD%D0%B3", "example.org/rally-митинг");
	/* a letter and its accent that a keyboard types as one character. */
	ASSERT_DISPLAY("https://example.org/cafe%CC%81", "example.org/cafe%CC%81");
	/* Composed letters, digits and marks on them, of one script a segment, are decoded. */
	ASSERT_DISPLAY("https://example.org/caf%C3%A9/%D0%BC%D0%B8%D1%82%D0%B8%D0%BD%D0%B3-2026/en",
	               "example.org/café/митинг-2026/en");
	ASSERT_DISPLAY("https://example.org/%E0%A4%95%E0%A4%BF", "example.org/कि");
	ASSERT_DISPLAY("https://example.org/%E6%9D%B1%E4%BA%AC%E3%81%AE", "example.org/東京の");
	/* A label that is not valid punycode is no host at all. */
	ASSERT_NULL(display("https://xn--a.example.org/"));
}

static void
test_url__display_refuses_what_has_no_host(void)
{
	ASSERT_NULL(display("mailto:someone@example.org"));
	ASSERT_NULL(display("example.org/rally"));
	ASSERT_NULL(display("https://exa mple.org/"));
}

static void
test_url__readable_decodes_the_host_alone(void)
{
	/* Scheme, path, query and fragment byte for byte: the UTM values must reach analytics. */
	ASSERT_READABLE("https://xn--g1anacfhu6f.xn--p1ai/rally/moscow?utm_source=vk&utm_content=a%20b#top",
	                "https://профсоюз.рф/rally/moscow?utm_source=vk&utm_content=a%20b#top");
	ASSERT_READABLE("https://user@xn--e1afmkfd.xn--p1ai:8443/%D0%B0?x=xn--e1afmkfd",
	                "https://user@пример.рф:8443/%D0%B0?x=xn--e1afmkfd");
	ASSERT_READABLE("https://xn--e1afmkfd.xn--p1ai", "https://пример.рф");
	ASSERT_READABLE("https://sub.xn--mgbh0fb.xn--kgbechtv/x", "https://sub.مثال.إختبار/x");
	/* Nothing to decode, or not a valid IDN (bad punycode; an emoji IDNA 2008 disallows): as written. */
	ASSERT_READABLE("https://example.org/xn--e1afmkfd?q=1", "https://example.org/xn--e1afmkfd?q=1");
	ASSERT_READABLE("https://xn--a.example.org/", "https://xn--a.example.org/");
	ASSERT_READABLE("https://xn--ls8h.la/", "https://xn--ls8h.la/");
	ASSERT_READABLE("https://[2001:db8::1]/x", "https://[2001:db8::1]/x");
	ASSERT_READABLE("example.org/a://b", "example.org/a://b");
}

/*
 * A link read back from a ledger or manifest passes exactly when a spec's
 * landing would: the quick look for plain links (record_values.c) must
 * never let through what the full check refuses.
 */
static void
test_url__record_links_are_checked_as_landings(void)
{
	static const char *const links[] = {
		"https://example.org/rally?utm_source=flyer&utm_medium=print#signup",
		"http://example.org",
		"https://xn--g1anacfhu6f.xn--p1ai/rally?utm_content=a%20b",
		"https://example.org/a%00b", "https://example.org/a%1fb", "https://example.org/a%7Fb",
		"https://example.org/a%C2%85b", "https://example.org/a%zz", "https://example.org/a%",
		"https://1.2.3.4.5/", "https://1.2.3/", "https://example.123/", "https://123.example/",
		"https://example.org:0/", "https://example.org:8080/x", "https://u:p@example.org/",
		"https://example.org/@x", "https://-a.example/", "https://a-.example/", "https://a..b/",
		"https://example.org./", "https://EXAMPLE.org/", "https://exa_mple.org/",
		"https://example.org/a\"b", "https://example.org/a<b", "https://example.org/{x}",
		"ftp://example.org/", "https:///x", "https://[::1]/", "https://xn--zz/",
		"https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.org/",
	};
	for (size_t i = 0; i < sizeof(links) / sizeof(links[0]); i++) {
		struct url_error err;
		int full = campaign__url_check_landing(links[i], &err, NULL, NULL) == CAMPAIGN_OK;
		char why[480];
		size_t at;
		int record = campaign__record_url_problem(links[i], &at, why, sizeof(why)) == NULL;
		if (full != record)
			printf("# %s: landing %d, record %d\n", links[i], full, record);
		ASSERT_INT_EQ(record, full);
	}
}

int
main(void)
{
	RUN(test_url__parses_every_component);
	RUN(test_url__display_is_host_and_path_without_scheme_query_or_slash);
	RUN(test_url__display_decodes_punycode_and_readable_escapes);
	RUN(test_url__display_refuses_what_has_no_host);
	RUN(test_url__readable_decodes_the_host_alone);
	RUN(test_url__record_links_are_checked_as_landings);
	RUN(test_url__without_authority_or_query);
	RUN(test_url__writes_back_what_it_read);
	RUN(test_url__refuses_malformed_urls_saying_why);
	RUN(test_url__refuses_runaway_length);
	RUN(test_url__landing_must_be_web_with_host);
	RUN(test_url__encodes_all_but_unreserved);
	RUN(test_url__decodes_escapes_and_form_plus);
	RUN(test_url__utm_params_are_decoded_sorted_first_wins);
	RUN(test_url__utm_params_compare_regardless_of_order_and_encoding);
	return harness_done();
}
