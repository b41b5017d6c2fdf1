/* UTM links (campaign-spec(5), RULES) and the naming conventions of UTM values. */
#include <stdlib.h>

#include "campaign/diag.h"
#include "campaign/status.h"
#include "campaign/utm.h"
#include "harness.h"
#include "ids/url.h"
#include "ids/utm_internal.h"

#define Q "utm_source=flyer&utm_medium=print&utm_campaign=rally"

static char *
build(const char *base, const campaign_utm *utm, campaign_diags *diags, int *rc)
{
	campaign_buf out = CAMPAIGN_BUF_INIT;
	*rc = campaign_utm_build(&out, base, utm, diags);
	return out.ptr;
}

static void
assert_ascii_url(const char *url)
{
	for (const char *p = url; *p; p++)
		if ((unsigned char)*p <= 0x20 || (unsigned char)*p >= 0x7F)
			harness_fail(__FILE__, __LINE__, "byte 0x%02X in \"%s\"", (unsigned char)*p, url);
}

static void
test_utm__builds_the_contract_cases(void)
{
	static const struct {
		const char *base;
		const char *id, *term, *content;
		const char *expected;
	} cases[] = {
		/* path and query */
		{ "https://example.org", NULL, NULL, NULL, "https://example.org/?" Q },
		{ "https://example.org/rally", NULL, NULL, NULL, "https://example.org/rally?" Q },
		{ "https://example.org?a=1", NULL, NULL, NULL, "https://example.org/?a=1&" Q },
		{ "https://example.org/?b=2&a=1", NULL, NULL, NULL, "https://example.org/?b=2&a=1&" Q },
		{ "https://example.org/x?", NULL, NULL, NULL, "https://example.org/x?" Q },
		{ "https://example.org/?a=1&", NULL, NULL, NULL, "https://example.org/?a=1&" Q },
		{ "https://example.org/?a=1&&b=2", NULL, NULL, NULL, "https://example.org/?a=1&b=2&" Q },
		{ "https://example.org/?flag", NULL, NULL, NULL, "https://example.org/?flag&" Q },
		{ "https://example.org/?flag=", NULL, NULL, NULL, "https://example.org/?flag=&" Q },
		{ "https://example.org/?a[]=1&b=x|y", NULL, NULL, NULL,
		  "https://example.org/?a[]=1&b=x|y&" Q },
		/* fragments: last, untouched */
		{ "https://example.org/#signup", NULL, NULL, NULL, "https://example.org/?" Q "#signup" },
		{ "https://example.org#top", NULL, NULL, NULL, "https://example.org/?" Q "#top" },
		{ "https://example.org/page#a?b=c&d", NULL, NULL, NULL,
		  "https://example.org/page?" Q "#a?b=c&d" },
		{ "https://example.org/?ref=print#signup", NULL, NULL, NULL,
		  "https://example.org/?ref=print&" Q "#signup" },
		{ "https://example.org/#", NULL, NULL, NULL, "https://example.org/?" Q "#" },
		{ "https://example.org/#utm_source=x", NULL, NULL, NULL,
		  "https://example.org/?" Q "#utm_source=x" },
		/* the base's bytes and escapes kept, non-ASCII escaped */
		{ "https://example.org/a%20b/~user?q=%20x~", NULL, NULL, NULL,
		  "https://example.org/a%20b/~user?q=%20x~&" Q },
		{ "https://example.org/?q=%d0%b9%2B", NULL, NULL, NULL,
		  "https://example.org/?q=%d0%b9%2B&" Q },
		{ "https://example.org/?q=a+b", NULL, NULL, NULL, "https://example.org/?q=a+b&" Q },
		{ "https://example.org/митинг", NULL, NULL, NULL,
		  "https://example.org/%D0%BC%D0%B8%D1%82%D0%B8%D0%BD%D0%B3?" Q },
		{ "https://example.org/?город=Москва", NULL, NULL, NULL,
		  "https://example.org/?%D0%B3%D0%BE%D1%80%D0%BE%D0%B4="
		  "%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0&" Q },
		{ "https://example.org/#вход", NULL, NULL, NULL,
		  "https://example.org/?" Q "#%D0%B2%D1%85%D0%BE%D0%B4" },
		/* hosts, ports, userinfo */
		{ "https://профсоюз.рф/rally?ref=print#signup", NULL, NULL, NULL,
		  "https://xn--g1anacfhu6f.xn--p1ai/rally?ref=print&" Q "#signup" },
		{ "https://ПРОФСОЮЗ.РФ", NULL, NULL, NULL, "https://xn--g1anacfhu6f.xn--p1ai/?" Q },
		{ "https://xn--g1anacfhu6f.xn--p1ai/", NULL, NULL, NULL,
		  "https://xn--g1anacfhu6f.xn--p1ai/?" Q },
		{ "HTTPS://Example.ORG/Path", NULL, NULL, NULL, "https://example.org/Path?" Q },
		{ "https://example.org:8443/x", NULL, NULL, NULL, "https://example.org:8443/x?" Q },
		{ "https://example.org:/x", NULL, NULL, NULL, "https://example.org/x?" Q },
		{ "http://[2001:4860::7]/", NULL, NULL, NULL, "http://[2001:4860::7]/?" Q },
		{ "https://[2001:4860::1]:8080", NULL, NULL, NULL, "https://[2001:4860::1]:8080/?" Q },
		{ "http://8.8.4.4/x", NULL, NULL, NULL, "http://8.8.4.4/x?" Q },
		/* utm_* keys of the base */
		{ "https://example.org/?utm_source=old&a=1", NULL, NULL, NULL,
		  "https://example.org/?utm_source=flyer&a=1&utm_medium=print&utm_campaign=rally" },
		{ "https://example.org/?a=1&utm_medium=web&b=2", NULL, NULL, NULL,
		  "https://example.org/?a=1&utm_medium=print&b=2&utm_source=flyer&utm_campaign=rally" },
		{ "https://example.org/?utm_source=a&x=1&utm_source=b", NULL, NULL, NULL,
		  "https://example.org/?utm_source=flyer&x=1&utm_medium=print&utm_campaign=rally" },
		{ "https://example.org/?utm%5Fsource=a", NULL, NULL, NULL, "https://example.org/?" Q },
		{ "https://example.org/?UTM_Source=a&utm_source=b", NULL, NULL, NULL,
		  "https://example.org/?" Q },
		{ "https://example.org/?utm_term=shoes", NULL, NULL, NULL,
		  "https://example.org/?utm_term=shoes&" Q },
		{ "https://example.org/?utm_term=a&utm_term=b", NULL, NULL, NULL,
		  "https://example.org/?utm_term=a&" Q },
		{ "https://example.org/?utm_term=&a=1", NULL, NULL, NULL, "https://example.org/?a=1&" Q },
		{ "https://example.org/?utm_content", NULL, NULL, NULL, "https://example.org/?" Q },
		{ "https://example.org/?utm_term=old", "i", "t", "c", "https://example.org/?utm_term=t&" Q
		  "&utm_id=i&utm_content=c" },
		{ "https://example.org/?utm_content=old", NULL, "t", "c",
		  "https://example.org/?utm_content=c&" Q "&utm_term=t" },
		/* values */
		{ "https://example.org/", NULL, NULL, "gate a", "https://example.org/?" Q
		  "&utm_content=gate%20a" },
		{ "https://example.org/", NULL, NULL, "a+b", "https://example.org/?" Q
		  "&utm_content=a%2Bb" },
		{ "https://example.org/", NULL, NULL, "&=#/%?", "https://example.org/?" Q
		  "&utm_content=%26%3D%23%2F%25%3F" },
		{ "https://example.org/", NULL, NULL, "%20", "https://example.org/?" Q
		  "&utm_content=%2520" },
		{ "https://example.org/", NULL, NULL, "ворота А", "https://example.org/?" Q
		  "&utm_content=%D0%B2%D0%BE%D1%80%D0%BE%D1%82%D0%B0%20%D0%90" },
		{ "https://example.org/", NULL, NULL, "\xd0\xb8\xcc\x86", "https://example.org/?" Q
		  "&utm_content=%D0%B9" },
		{ "https://example.org/", NULL, NULL, "a-b.c_d~e", "https://example.org/?" Q
		  "&utm_content=a-b.c_d~e" },
		{ "https://example.org/", NULL, NULL, "it's \"x\"", "https://example.org/?" Q
		  "&utm_content=it%27s%20%22x%22" },
		{ "https://example.org/", "", "", "", "https://example.org/?" Q },
		{ "https://example.org/", "r26", "t", "c", "https://example.org/?" Q
		  "&utm_id=r26&utm_term=t&utm_content=c" },
	};
	campaign_utm utm = CAMPAIGN_UTM_INIT;
	utm.source = "flyer";
	utm.medium = "print";
	utm.campaign = "rally";
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		utm.id = cases[i].id;
		utm.term = cases[i].term;
		utm.content = cases[i].content;
		campaign_diags *diags = NULL;
		ASSERT_INT_EQ(campaign_diags_new(&diags), CAMPAIGN_OK);
		int rc;
		char *got = build(cases[i].base, &utm, diags, &rc);
		if (rc != CAMPAIGN_OK)
			harness_fail(__FILE__, __LINE__, "'%s' failed: %s", cases[i].base,
			             campaign_diags_count(diags) ? campaign_diags_get(diags, 0)->message : "");
		ASSERT_INT_EQ(campaign_diags_count(diags), 0);
		if (strcmp(got, cases[i].expected) != 0)
			harness_fail(__FILE__, __LINE__, "'%s'\n#   got:      \"%s\"\n#   expected: \"%s\"",
			             cases[i].base, got, cases[i].expected);
		assert_ascii_url(got);
		free(got);
		campaign_diags_free(diags);
	}
}

static void
test_utm__ga4_and_custom_parameters_follow_in_order(void)
{
	static const campaign_param params[] = {
		{ "ref", "print run 2" }, { "empty", "" }, { "none", NULL }, { "ключ", "знач" },
		{ "a&b", "1" }, { "utm_custom", "x" },
	};
	campaign_utm utm = CAMPAIGN_UTM_INIT;
	utm.marketing_tactic = "prospecting";
	utm.creative_format = "a5";
	utm.source_platform = "dv360";
	utm.content = "c";
	utm.term = "t";
	utm.id = "i";
	utm.campaign = "rally";
	utm.medium = "print";
	utm.source = "flyer";
	utm.params = params;
	utm.param_count = sizeof(params) / sizeof(params[0]);
	int rc;
	char *got = build("https://example.org/?x=1#f", &utm, NULL, &rc);
	ASSERT_INT_EQ(rc, CAMPAIGN_OK);
	ASSERT_STR_EQ(got, "https://example.org/?x=1&" Q
	              "&utm_id=i&utm_term=t&utm_content=c&utm_source_platform=dv360"
	              "&utm_creative_format=a5&utm_marketing_tactic=prospecting"
	              "&ref=print%20run%202&%D0%BA%D0%BB%D1%8E%D1%87=%D0%B7%D0%BD%D0%B0%D1%87"
	              "&a%26b=1&utm_custom=x#f");
	free(got);
}

static void
test_utm__custom_parameter_replaces_the_base_key_in_place(void)
{
	static const campaign_param params[] = { { "ref", "poster" }, { "lang", "" } };
	campaign_utm utm = CAMPAIGN_UTM_INIT;
	utm.source = "flyer";
	utm.medium = "print";
	utm.campaign = "rally";
	utm.params = params;
	utm.param_count = 2;
	int rc;
	char *got = build("https://example.org/?ref=print&lang=ru&ref=old", &utm, NULL, &rc);
	ASSERT_INT_EQ(rc, CAMPAIGN_OK);
	/* an empty custom value leaves the base's own lang alone, as for utm_* */
	ASSERT_STR_EQ(got, "https://example.org/?ref=poster&lang=ru&" Q);
	free(got);
}

static void
test_utm__rejects_non_web_landings(void)
{
	static const char *const bases[] = {
		"ftp://example.org/", "mailto:a@example.org", "javascript:alert(1)",
		"data:text/html,hi", "file:///tmp/x", "tel:+74951234567",
	};
	campaign_utm utm = CAMPAIGN_UTM_INIT;
	utm.source = "flyer";
	utm.medium = "print";
	utm.campaign = "rally";
	for (size_t i = 0; i < sizeof(bases) / sizeof(bases[0]); i++) {
		campaign_diags *diags = NULL;
		ASSERT_INT_EQ(campaign_diags_new(&diags), CAMPAIGN_OK);
		campaign_buf out = CAMPAIGN_BUF_INIT;
		ASSERT_INT_EQ(campaign_utm_build(&out, bases[i], &utm, diags), CAMPAIGN_EINVALID);
		ASSERT_NULL(out.ptr);
		ASSERT_INT_EQ(campaign_diags_error_count(diags), 1);
		const char *msg = campaign_diags_get(diags, 0)->message;
		if (!strstr(msg, "cannot carry UTM parameters; use an http or https URL"))
			harness_fail(__FILE__, __LINE__, "'%s': %s", bases[i], msg);
		campaign_diags_free(diags);
	}
}

/*
 * What a printed link must not carry, refused with the character named; a
 * URL quoted in a message shows no invisible character (a right-to-left
 * override would turn the rest of the line around on a terminal).
 */
static void
test_utm__refuses_landings_that_must_not_be_printed(void)
{
	static const struct {
		const char *base;
		const char *message;
	} cases[] = {
		{ "https://user:pa%40ss@example.org/",
		  "invalid landing URL 'https://user:pa%40ss@example.org/': URL has a user name or "
		  "password before its host ('...@'): anyone who sees the paper can read it; leave it out" },
		{ "https://example.org/rally%00.html",
		  "invalid landing URL 'https://example.org/rally%00.html': URL contains '%00', an "
		  "escaped control character (U+0000); servers cut the URL there or refuse it, so leave "
		  "it out" },
		{ "https://example.org/\xc2\x9b" "31m",
		  "invalid landing URL 'https://example.org/?31m': URL contains a control character "
		  "(U+009B)" },
		{ "https://example.org:0/",
		  "invalid landing URL 'https://example.org:0/': port '0' cannot be connected to; leave "
		  "the port out for the default" },
		{ "https://exa\u200bmple.org/",
		  "invalid landing URL 'https://exa?mple.org/': host contains U+200B ZERO WIDTH SPACE, "
		  "an invisible formatting character: the host printed would not be the one written; "
		  "delete it" },
		{ "https://\u202egro.elpmaxe/",
		  "invalid landing URL 'https://?gro.elpmaxe/': host contains U+202E RIGHT-TO-LEFT "
		  "OVERRIDE, an invisible formatting character: the host printed would not be the one "
		  "written; delete it" },
	};
	campaign_utm utm = CAMPAIGN_UTM_INIT;
	utm.source = "flyer";
	utm.medium = "print";
	utm.campaign = "rally";
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		campaign_diags *diags = NULL;
		ASSERT_INT_EQ(campaign_diags_new(&diags), CAMPAIGN_OK);
		campaign_buf out = CAMPAIGN_BUF_INIT;
		ASSERT_INT_EQ(campaign_utm_build(&out, cases[i].base, &utm, diags), CAMPAIGN_EINVALID);
		ASSERT_NULL(out.ptr);
		ASSERT_INT_EQ(campaign_diags_count(diags), 1);
		ASSERT_STR_EQ(campaign_diags_get(diags, 0)->message, cases[i].message);
		campaign_diags_free(diags);
	}
}

static void
test_utm__reports_every_problem_at_once(void)
{
	static const campaign_param params[] = {
		{ "", "x" }, { "UTM_Source", "y" }, { "ref", "1" }, { "ref", "2" }, { "bad", "\xff" },
		{ "tab\tkey", "x" }, { "nel", "a\xc2\x85" },
	};
	campaign_utm utm = CAMPAIGN_UTM_INIT;
	utm.content = "gate\x01" "a";
	utm.medium = "";
	utm.term = "\xc3";
	utm.params = params;
	utm.param_count = sizeof(params) / sizeof(params[0]);
	campaign_diags *diags = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&diags), CAMPAIGN_OK);
	int rc;
	char *got = build("https://example.org/a b", &utm, diags, &rc);
	ASSERT_INT_EQ(rc, CAMPAIGN_EINVALID);
	ASSERT_NULL(got);
	static const char *const expected[] = {
		"utm_source is missing",
		"utm_medium is empty",
		"utm_campaign is missing",
		"utm_term is not valid UTF-8",
		"utm_content contains the control character U+0001",
		"custom parameter 1 has an empty name",
		"custom parameter 'UTM_Source' would repeat utm_source; set the source value instead",
		"custom parameter 'ref' is given more than once",
		"the value of custom parameter 'bad' is not valid UTF-8",
		"custom parameter 6 has a name with the control character U+0009",
		"the value of custom parameter 'nel' contains the control character U+0085",
		"invalid landing URL 'https://example.org/a b': URL contains a space; write it as %20",
	};
	ASSERT_INT_EQ(campaign_diags_count(diags), sizeof(expected) / sizeof(expected[0]));
	for (size_t i = 0; i < sizeof(expected) / sizeof(expected[0]); i++) {
		const campaign_diag *d = campaign_diags_get(diags, i);
		ASSERT_STR_EQ(d->message, expected[i]);
		ASSERT_INT_EQ(d->severity, CAMPAIGN_SEVERITY_ERROR);
		ASSERT_INT_EQ(d->status, CAMPAIGN_EINVALID);
		ASSERT_NULL(d->file);
		ASSERT_INT_EQ(d->line, 0);
	}
	campaign_diags_free(diags);
}

static void
test_utm__rejects_missing_landing_and_bad_versions(void)
{
	campaign_utm utm = CAMPAIGN_UTM_INIT;
	utm.source = "flyer";
	utm.medium = "print";
	utm.campaign = "rally";
	campaign_diags *diags = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&diags), CAMPAIGN_OK);
	campaign_buf out = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_utm_build(&out, NULL, &utm, diags), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_utm_build(&out, "", &utm, diags), CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(campaign_diags_get(diags, 0)->message, "the landing URL is missing");
	ASSERT_INT_EQ(campaign_utm_build(&out, "https://x/", NULL, diags), CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(campaign_diags_get(diags, 2)->message, "no UTM values given");
	ASSERT_INT_EQ(campaign_utm_build(&out, "https://x/\xd0", &utm, diags), CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(campaign_diags_get(diags, 3)->message, "the landing URL is not valid UTF-8");
	utm.version = 2;
	ASSERT_INT_EQ(campaign_utm_build(&out, "https://x/", &utm, diags), CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(campaign_diags_get(diags, 4)->message, "campaign_utm of unknown version 2 (this library knows 1 to 1)");
	ASSERT_INT_EQ(campaign_utm_build(NULL, "https://x/", &utm, NULL), CAMPAIGN_EINVALID);
	ASSERT_NULL(out.ptr);
	ASSERT_INT_EQ(campaign_utm_init(&utm, 1), CAMPAIGN_OK);
	ASSERT_INT_EQ(utm.version, CAMPAIGN_UTM_VERSION);
	ASSERT_NULL(utm.source);
	ASSERT_INT_EQ(campaign_utm_init(&utm, 99), CAMPAIGN_EINVALID);
	campaign_diags_free(diags);
}

/*
 * The public call warns about a landing a phone cannot reach, and still
 * builds it; the spec's call does not, since the loader warned at the node.
 */
static void
test_utm__warns_about_a_host_a_phone_cannot_reach(void)
{
	campaign_utm utm = CAMPAIGN_UTM_INIT;
	utm.source = "flyer";
	utm.medium = "print";
	utm.campaign = "rally";
	campaign_diags *diags = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&diags), CAMPAIGN_OK);
	int rc;
	char *got = build("http://127.0.0.1:8080/rally", &utm, diags, &rc);
	ASSERT_INT_EQ(rc, CAMPAIGN_OK);
	ASSERT_STR_EQ(got, "http://127.0.0.1:8080/rally?" Q);
	ASSERT_INT_EQ(campaign_diags_count(diags), 1);
	const campaign_diag *d = campaign_diags_get(diags, 0);
	ASSERT_INT_EQ(d->severity, CAMPAIGN_SEVERITY_WARNING);
	ASSERT_STR_EQ(d->message, "landing URL 'http://127.0.0.1:8080/rally': host '127.0.0.1' is "
	                          "a loopback address: a phone that scans the code cannot reach it");
	free(got);
	campaign_diags_clear(diags);

	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	ASSERT_INT_EQ(campaign__utm_build_at(&b, "http://127.0.0.1/", &utm, diags, "spec.yaml", 3, 12),
	              CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_diags_count(diags), 0);
	campaign__strbuf_free(&b);
	campaign_diags_free(diags);
}

static void
test_utm__refuses_a_url_that_grows_past_the_cap(void)
{
	size_t n = URL_MAX_LENGTH - 100;
	char *base = malloc(n + 1);
	ASSERT_NOT_NULL(base);
	memset(base, 'a', n);
	memcpy(base, "https://x.io/", 13);
	base[n] = '\0';
	campaign_utm utm = CAMPAIGN_UTM_INIT;
	utm.source = "flyer";
	utm.medium = "print";
	utm.campaign = "rally";
	utm.content = "ччччччччччччччччччччччччччччччччччч";
	campaign_diags *diags = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&diags), CAMPAIGN_OK);
	int rc;
	char *got = build(base, &utm, diags, &rc);
	ASSERT_INT_EQ(rc, CAMPAIGN_ETOOLONG);
	ASSERT_NULL(got);
	ASSERT_STR_EQ(campaign_diags_get(diags, 0)->message,
	              "the URL with its UTM parameters would be longer than 16384 bytes");
	campaign_diags_free(diags);
	free(base);
}

static void
test_utm__build_at_places_diagnostics(void)
{
	campaign_utm utm = CAMPAIGN_UTM_INIT;
	utm.source = "flyer";
	utm.campaign = "rally";
	campaign_diags *diags = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&diags), CAMPAIGN_OK);
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	campaign__strbuf_adds(&b, "kept");
	ASSERT_INT_EQ(campaign__utm_build_at(&b, "https://x/", &utm, diags, "spec.yaml", 12, 5),
	              CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(campaign__strbuf_cstr(&b), "kept");
	const campaign_diag *d = campaign_diags_get(diags, 0);
	ASSERT_STR_EQ(d->message, "utm_medium is missing");
	ASSERT_STR_EQ(d->file, "spec.yaml");
	ASSERT_INT_EQ(d->line, 12);
	ASSERT_INT_EQ(d->column, 5);
	utm.medium = "print";
	ASSERT_INT_EQ(campaign__utm_build_at(&b, "https://x", &utm, diags, NULL, 0, 0), CAMPAIGN_OK);
	ASSERT_STR_EQ(campaign__strbuf_cstr(&b),
	              "kepthttps://x/?utm_source=flyer&utm_medium=print&utm_campaign=rally");
	campaign__strbuf_free(&b);
	campaign_diags_free(diags);
	ASSERT_STR_EQ(campaign__utm_field_names[0], "source");
	ASSERT_STR_EQ(campaign__utm_field_names[8], "marketing_tactic");
	ASSERT_NULL(campaign__utm_field_names[9]);
}

static void
test_utm__values_read_back_as_given(void)
{
	/* What the builder encodes, the comparison used by resolve decodes to the same text. */
	campaign_utm utm = CAMPAIGN_UTM_INIT;
	utm.source = "листовка у ворот";
	utm.medium = "a+b&c=d";
	utm.campaign = "100% ~ready~";
	int rc;
	char *got = build("https://профсоюз.рф/?utm_source=old", &utm, NULL, &rc);
	ASSERT_INT_EQ(rc, CAMPAIGN_OK);
	struct url_param *p;
	size_t n;
	ASSERT_INT_EQ(campaign__url_utm_params(got, &p, &n), CAMPAIGN_OK);
	ASSERT_INT_EQ(n, 3);
	ASSERT_STR_EQ(p[0].value, "100% ~ready~"); /* utm_campaign */
	ASSERT_STR_EQ(p[1].value, "a+b&c=d");      /* utm_medium */
	ASSERT_STR_EQ(p[2].value, "листовка у ворот");
	campaign__url_params_free(p, n);
	free(got);
}

/* Deterministic, so a failure replays; not rand(), whose sequence differs between libcs. */
static unsigned
next_random(unsigned *state)
{
	*state = *state * 1103515245u + 12345u;
	return (*state >> 16) & 0x7FFF;
}

static void
test_utm__building_twice_changes_nothing(void)
{
	/*
	 * Landings glued from pieces that each touch a rule; whatever is accepted
	 * must come out pure ASCII and give the same URL when built again, or two
	 * runs over one spec could print two different links.
	 */
	static const char *const pieces[] = {
		"профсоюз.рф", "example.org", "[::1]", "[v1.x]", ":", ":80", "@", "/", "//", "?",
		"&", "=", "#", "%", "%2", "%41", "+", "~", "utm_source", "utm_term", "UTM_MEDIUM",
		"utm%5Fid", "ref", "flag", "й", " ", "a", "[", "]", "..", "xn--p1ai", "\\",
	};
	static const campaign_param params[] = { { "ref", "x y" }, { "utm_foo", "z" } };
	unsigned state = 2026;
	size_t accepted = 0;
	for (int iter = 0; iter < 20000; iter++) {
		char base[512] = "https://";
		size_t len = strlen(base);
		unsigned n = next_random(&state) % 10;
		for (unsigned j = 0; j < n; j++) {
			const char *p = pieces[next_random(&state) % (sizeof(pieces) / sizeof(pieces[0]))];
			memcpy(base + len, p, strlen(p) + 1);
			len += strlen(p);
		}
		campaign_utm utm = CAMPAIGN_UTM_INIT;
		utm.source = "flyer";
		utm.medium = "print";
		utm.campaign = "c";
		utm.term = next_random(&state) % 2 ? "t" : NULL;
		utm.params = params;
		utm.param_count = next_random(&state) % 3;
		int rc;
		char *once = build(base, &utm, NULL, &rc);
		if (rc != CAMPAIGN_OK)
			continue;
		accepted++;
		assert_ascii_url(once);
		char *twice = build(once, &utm, NULL, &rc);
		ASSERT_INT_EQ(rc, CAMPAIGN_OK);
		if (strcmp(once, twice) != 0)
			harness_fail(__FILE__, __LINE__, "'%s'\n#   once:  \"%s\"\n#   twice: \"%s\"", base,
			             once, twice);
		free(once);
		free(twice);
	}
	ASSERT_TRUE(accepted > 1000);
}

static void
test_utm__conventions_trim_separate_transliterate_and_lower(void)
{
	static const struct {
		const char *value;
		int lowercase;
		const char *separator;
		int transliterate;
		const char *expected;
	} cases[] = {
		{ "  Листовка  у ворот ", 1, "_", 1, "listovka_u_vorot" },
		{ "Flyer", 1, "_", 1, "flyer" },
		{ "flyer ", 1, "_", 1, "flyer" },
		{ "ЩИ", 0, "_", 1, "SHCHI" },
		{ "Щи  борщ", 0, "_", 1, "Shchi_borshch" },
		{ "Gate A", 1, "-", 1, "gate-a" },
		{ "Gate \t\n A", 1, "", 1, "gatea" },
		{ "x  y", 1, NULL, 1, "x_y" },
		{ "a\xc2\xa0" "b", 1, "_", 1, "a_b" }, /* no-break space is whitespace too */
		{ "Листовка", 1, "_", 0, "листовка" },
		{ "ЛИСТОВКА  А", 0, "_", 0, "ЛИСТОВКА_А" },
		{ "Café Zürich", 1, "_", 1, "cafe_zurich" },
		{ "İSTANBUL", 1, "_", 1, "istanbul" },
		{ "IRMAK", 1, "_", 0, "irmak" }, /* no locale: never dotless ı */
		{ "Ελλάδα", 1, "_", 1, "ελλάδα" },
		{ "\xd0\xb8\xcc\x86", 1, "_", 0, "\xd0\xb9" }, /* NFC even without transliteration */
		{ "\xc4\xb0\xcc\x86", 1, "_", 0, "\xc4\xad" },    /* İ + breve lowers to ĭ, in NFC */
		{ "a b", 1, " + ", 1, "a + b" },                  /* the separator goes in as given */
		{ "\xc3\xa9 \xcc\xb4\xce\xb1", 1, "", 1, "e\xce\xb1" }, /* a mark on a space goes with it */
		{ "\xe1\x84\x80 \xe1\x85\xa1", 1, "", 0, "\xea\xb0\x80" }, /* joined jamo compose (NFC) */
		/* Udmurt ӵ is not in the table; the apostrophes go as in any value. */
		{ "\n'\xd3\xb4\n'\xd3\xb4hh", 1, "", 1, "\xd3\xb5\xd3\xb5hh" },
		{ "   ", 1, "_", 1, "" },
		{ "", 1, "_", 1, "" },
		{ NULL, 1, "_", 1, "" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		campaign_utm_conventions conv = CAMPAIGN_UTM_CONVENTIONS_INIT;
		conv.lowercase = cases[i].lowercase;
		conv.separator = cases[i].separator;
		conv.transliterate = cases[i].transliterate;
		campaign_buf out = CAMPAIGN_BUF_INIT;
		ASSERT_INT_EQ(campaign_utm_apply_conventions(&out, cases[i].value, &conv, NULL),
		              CAMPAIGN_OK);
		if (strcmp(out.ptr, cases[i].expected) != 0)
			harness_fail(__FILE__, __LINE__, "'%s'\n#   got:      \"%s\"\n#   expected: \"%s\"",
			             cases[i].value ? cases[i].value : "(null)", out.ptr, cases[i].expected);
		ASSERT_INT_EQ(out.size, strlen(cases[i].expected));
		/* A convention applied twice changes nothing more. */
		campaign_buf again = CAMPAIGN_BUF_INIT;
		ASSERT_INT_EQ(campaign_utm_apply_conventions(&again, out.ptr, &conv, NULL), CAMPAIGN_OK);
		if (cases[i].separator && strchr(cases[i].separator, ' ') == NULL)
			ASSERT_STR_EQ(again.ptr, out.ptr);
		campaign_buf_dispose(&again);
		campaign_buf_dispose(&out);
	}
}

/*
 * The words of a value, whatever punctuation people typed between or
 * around them: one convention for the spec's values and defaults and for
 * `campaign utm`, so the same text lands in one row of a report.
 */
static void
test_utm__conventions_drop_quotes_and_join_words_at_punctuation(void)
{
	static const struct {
		const char *value;
		const char *expected; /* the default convention: lower, "_", transliterate */
		const char *with_hyphen; /* separator "-", case kept, no transliteration */
	} cases[] = {
		/* hyphens and every dash are word breaks, like spaces */
		{ "Riverside Clean-up Day", "riverside_clean_up_day", "Riverside-Clean-up-Day" },
		{ "Riverside Clean up Day", "riverside_clean_up_day", "Riverside-Clean-up-Day" },
		{ "Rally \xe2\x80\x94 Moscow", "rally_moscow", "Rally-Moscow" },          /* em dash */
		{ "Rally\xe2\x80\x94Moscow", "rally_moscow", "Rally-Moscow" },
		{ "2026\xe2\x80\x93" "2027", "2026_2027", "2026-2027" },                  /* en dash */
		{ "\xd0\xa0\xd0\xbe\xd1\x81\xd1\x82\xd0\xbe\xd0\xb2-\xd0\xbd\xd0\xb0-"
		  "\xd0\x94\xd0\xbe\xd0\xbd\xd1\x83", "rostov_na_donu",
		  "\xd0\xa0\xd0\xbe\xd1\x81\xd1\x82\xd0\xbe\xd0\xb2-\xd0\xbd\xd0\xb0-"
		  "\xd0\x94\xd0\xbe\xd0\xbd\xd1\x83" },                               /* Ростов-на-Дону */
		{ "gate_a", "gate_a", "gate-a" },
		{ "  -Gate--A-  ", "gate_a", "Gate-A" },
		/* apostrophes and quotes go without breaking the word */
		{ "Workers' Day", "workers_day", "Workers-Day" },
		{ "People's March", "peoples_march", "Peoples-March" },
		{ "People\xe2\x80\x99s March", "peoples_march", "Peoples-March" },       /* ’ */
		{ "People\xca\xbcs March", "peoples_march", "Peoples-March" },            /* ʼ */
		{ "\"Solidarity\" rally", "solidarity_rally", "Solidarity-rally" },
		{ "\xc2\xab\xd0\x96\xd0\xb8\xd0\xb7\xd0\xbd\xd1\x8c\xc2\xbb",
		  "zhizn", "\xd0\x96\xd0\xb8\xd0\xb7\xd0\xbd\xd1\x8c" },            /* «Жизнь» */
		{ "\xe2\x80\x9e\xd0\x9f\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb4\xd0\xb0\xe2\x80\x9c",
		  "pravda", "\xd0\x9f\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb4\xd0\xb0" }, /* „Правда“ */
		{ "\xe2\x80\x9cUnion\xe2\x80\x9d", "union", "Union" },                 /* “Union” */
		{ "\xd0\xbc'\xd1\x8f\xd1\x81\xd0\xbe", "miaso",
		  "\xd0\xbc\xd1\x8f\xd1\x81\xd0\xbe" },                             /* м'ясо */
		/* other punctuation and symbols end a word; '.' inside one stays */
		{ "\xd0\x94\xd0\xb5\xd0\xbf\xd0\xbe \xd0\xb8\xd0\xbc. "
		  "\xd0\x90\xd0\xbf\xd0\xb0\xd0\xba\xd0\xbe\xd0\xb2\xd0\xb0", "depo_im_apakova",
		  "\xd0\x94\xd0\xb5\xd0\xbf\xd0\xbe-\xd0\xb8\xd0\xbc-"
		  "\xd0\x90\xd0\xbf\xd0\xb0\xd0\xba\xd0\xbe\xd0\xb2\xd0\xb0" }, /* Депо им. Апакова */
		{ "t.me", "t.me", "t.me" },
		{ "Rally 2.0...", "rally_2.0", "Rally-2.0" },
		{ "Park, Moscow!", "park_moscow", "Park-Moscow" },
		{ "50% off & more", "50_off_more", "50-off-more" },
		{ "(gate A) / B", "gate_a_b", "gate-A-B" },
		{ "#rally @union", "rally_union", "rally-union" },
		{ "\xe2\x84\x96 5", "5", "5" },                                              /* № 5 */
		/* invisible characters go; a mark stays on its letter, not on a break */
		{ "soft\xc2\xad" "hyphen", "softhyphen", "softhyphen" },
		{ "pr\xe3\x85\xa4int", "print", "print" },                                  /* U+3164 */
		{ "fly\xcd\x8f" "er", "flyer", "flyer" },                                 /* U+034F */
		{ "ra\xe1\xa0\x8blly", "rally", "rally" },                               /* U+180B */
		{ "\xe2\x80\x8f\xd9\x85\xd8\xb3\xd9\x8a\xd8\xb1\xd8\xa9\xe2\x80\x8f",
		  "\xd9\x85\xd8\xb3\xd9\x8a\xd8\xb1\xd8\xa9",
		  "\xd9\x85\xd8\xb3\xd9\x8a\xd8\xb1\xd8\xa9" },                     /* RLM مسيرة RLM */
		{ "a-\xcc\x81" "b", "a_b", "a-b" },
		{ "'\"\xc2\xab\xc2\xbb-", "", "" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		campaign_buf out = CAMPAIGN_BUF_INIT, again = CAMPAIGN_BUF_INIT;
		ASSERT_INT_EQ(campaign_utm_apply_conventions(&out, cases[i].value, NULL, NULL), CAMPAIGN_OK);
		if (strcmp(out.ptr, cases[i].expected) != 0)
			harness_fail(__FILE__, __LINE__, "'%s'\n#   got:      \"%s\"\n#   expected: \"%s\"",
			             cases[i].value, out.ptr, cases[i].expected);
		ASSERT_INT_EQ(campaign_utm_apply_conventions(&again, out.ptr, NULL, NULL), CAMPAIGN_OK);
		ASSERT_STR_EQ(again.ptr, out.ptr);
		campaign_buf_dispose(&out);
		campaign_buf_dispose(&again);

		campaign_utm_conventions conv = CAMPAIGN_UTM_CONVENTIONS_INIT;
		conv.lowercase = 0;
		conv.separator = "-";
		conv.transliterate = 0;
		ASSERT_INT_EQ(campaign_utm_apply_conventions(&out, cases[i].value, &conv, NULL), CAMPAIGN_OK);
		if (strcmp(out.ptr, cases[i].with_hyphen) != 0)
			harness_fail(__FILE__, __LINE__, "'%s' with '-'\n#   got:      \"%s\"\n#   expected: \"%s\"",
			             cases[i].value, out.ptr, cases[i].with_hyphen);
		ASSERT_INT_EQ(campaign_utm_apply_conventions(&again, out.ptr, &conv, NULL), CAMPAIGN_OK);
		ASSERT_STR_EQ(again.ptr, out.ptr);
		campaign_buf_dispose(&out);
		campaign_buf_dispose(&again);
	}
}

static void
test_utm__conventions_defaults_and_errors(void)
{
	campaign_buf out = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_utm_apply_conventions(&out, " Щи Борщ ", NULL, NULL), CAMPAIGN_OK);
	ASSERT_STR_EQ(out.ptr, "shchi_borshch");
	campaign_buf_dispose(&out);

	campaign_utm_conventions conv;
	ASSERT_INT_EQ(campaign_utm_conventions_init(&conv, CAMPAIGN_UTM_CONVENTIONS_VERSION),
	              CAMPAIGN_OK);
	ASSERT_INT_EQ(conv.lowercase, 1);
	ASSERT_STR_EQ(conv.separator, "_");
	ASSERT_INT_EQ(conv.transliterate, 1);
	ASSERT_INT_EQ(campaign_utm_conventions_init(&conv, 7), CAMPAIGN_EINVALID);

	campaign_diags *diags = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&diags), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_utm_apply_conventions(&out, "a\xff", NULL, diags), CAMPAIGN_EINVALID);
	ASSERT_NULL(out.ptr);
	ASSERT_STR_EQ(campaign_diags_get(diags, 0)->message,
	              "UTM value or separator is not valid UTF-8");
	conv.version = 7;
	ASSERT_INT_EQ(campaign_utm_apply_conventions(&out, "a", &conv, diags), CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(campaign_diags_get(diags, 1)->message,
	              "campaign_utm_conventions of unknown version 7 (this library knows 1 to 1)");
	campaign_diags_free(diags);
}

int
main(void)
{
	RUN(test_utm__builds_the_contract_cases);
	RUN(test_utm__ga4_and_custom_parameters_follow_in_order);
	RUN(test_utm__custom_parameter_replaces_the_base_key_in_place);
	RUN(test_utm__rejects_non_web_landings);
	RUN(test_utm__reports_every_problem_at_once);
	RUN(test_utm__rejects_missing_landing_and_bad_versions);
	RUN(test_utm__refuses_landings_that_must_not_be_printed);
	RUN(test_utm__warns_about_a_host_a_phone_cannot_reach);
	RUN(test_utm__refuses_a_url_that_grows_past_the_cap);
	RUN(test_utm__build_at_places_diagnostics);
	RUN(test_utm__values_read_back_as_given);
	RUN(test_utm__building_twice_changes_nothing);
	RUN(test_utm__conventions_trim_separate_transliterate_and_lower);
	RUN(test_utm__conventions_drop_quotes_and_join_words_at_punctuation);
	RUN(test_utm__conventions_defaults_and_errors);
	return harness_done();
}
