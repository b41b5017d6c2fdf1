/*
 * A spec built in code (campaign_spec_new(), _add_event(), _add_placement()
 * and the setters): the same identifiers as the same spec in YAML, and every
 * rule of the loader, each failure checked by status and message.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "api_check.h"

static campaign_diags *d;

static campaign_event
event_of(const char *id, const char *title, const char *date)
{
	campaign_event ev = CAMPAIGN_EVENT_INIT;
	ev.id = id;
	ev.title = title;
	ev.date = date;
	return ev;
}

static campaign_placement
placement_of(const char *id, const char *event, const char *source, const char *medium)
{
	campaign_placement p = CAMPAIGN_PLACEMENT_INIT;
	p.id = id;
	p.event = event;
	p.source = source;
	p.medium = medium;
	return p;
}

static const char *rally_yaml =
	"campaign:\n"
	"  name: Митинг за достойную зарплату\n"
	"  landing: https://профсоюз.рф/rally?ref=print#signup\n"
	"  utm: { id: r26 }\n"
	"  conventions: { separator: '-', allowed: { medium: [Print, social] } }\n"
	"  hashtag: { scope: placement, from: '{{event.title}} {{placement.content}}',\n"
	"             max_length: 40 }\n"
	"  phones:\n"
	"    country_code: 7\n"
	"    trunk_prefix: '8'\n"
	"    display: '+7 (XXX) XXX-XX-XX'\n"
	"    pool: ['+7 495 123-45-01', '8 (495) 123-45-02']\n"
	"events:\n"
	"  - { id: moscow, title: Митинг в Москве, date: 2026-12-05, time: '12:00' }\n"
	"placements:\n"
	"  - { id: flyer-a, event: moscow, source: Flyer, medium: print, content: Ворота А,\n"
	"      phone: true,\n"
	"      params: { ref: gate } }\n"
	"  - { id: vk, event: moscow, source: vk, medium: social, content: post, image_format: jpeg }\n";

/* The spec above, built in code. */
static campaign_spec *
rally_in_code(void)
{
	campaign_spec_options so = CAMPAIGN_SPEC_OPTIONS_INIT;
	so.landing = "https://профсоюз.рф/rally?ref=print#signup";
	so.utm_id = "r26";
	campaign_spec *spec = NULL;
	ASSERT_OK(campaign_spec_new(&spec, "Митинг за достойную зарплату", &so, d), d);

	campaign_utm_conventions conv = CAMPAIGN_UTM_CONVENTIONS_INIT;
	conv.separator = "-";
	ASSERT_OK(campaign_spec_set_conventions(spec, &conv, d), d);
	const char *media[] = { "Print", "social" };
	ASSERT_OK(campaign_spec_set_allowed(spec, CAMPAIGN_SPEC_UTM_MEDIUM, media, 2, d), d);

	campaign_spec_hashtag h = CAMPAIGN_SPEC_HASHTAG_INIT;
	h.scope = CAMPAIGN_SPEC_HASHTAG_PLACEMENT;
	h.from = "{{event.title}} {{placement.content}}";
	h.max_length = 40;
	ASSERT_OK(campaign_spec_set_hashtag(spec, &h, d), d);

	const char *pool[] = { "+7 495 123-45-01", "8 (495) 123-45-02" };
	campaign_spec_phones ph = CAMPAIGN_SPEC_PHONES_INIT;
	ph.country_code = 7;
	ph.trunk_prefix = "8";
	ph.display = "+7 (XXX) XXX-XX-XX";
	ph.pool = pool;
	ph.pool_count = 2;
	ASSERT_OK(campaign_spec_set_phones(spec, &ph, d), d);

	campaign_event ev = event_of("moscow", "Митинг в Москве", "2026-12-05");
	ev.time = "12:00";
	ASSERT_OK(campaign_spec_add_event(spec, &ev, d), d);

	campaign_param params[] = { { "ref", "gate" } };
	campaign_placement p = placement_of("flyer-a", "moscow", "Flyer", "print");
	p.content = "Ворота А";
	p.phone = 1;
	p.params = params;
	p.param_count = 1;
	ASSERT_OK(campaign_spec_add_placement(spec, &p, d), d);
	campaign_placement vk = placement_of("vk", "moscow", "vk", "social");
	vk.content = "post";
	vk.image_format = CAMPAIGN_IMAGE_JPEG;
	ASSERT_OK(campaign_spec_add_placement(spec, &vk, d), d);
	return spec;
}

static campaign_plan *
plan_of(const campaign_spec *spec)
{
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	po.now = 1795996800; /* 2026-11-30 */
	po.ledger_path = "/nonexistent/campaign-api-test.ledger";
	campaign_plan *plan = NULL;
	ASSERT_OK(campaign_plan_new(&plan, spec, &po, d), d);
	return plan;
}

static void
test_api_spec_build__same_identifiers_as_yaml(void)
{
	campaign_spec *yaml = NULL;
	ASSERT_OK(campaign_spec_load_string(&yaml, rally_yaml, strlen(rally_yaml), "rally.yaml",
	                                    NULL, d),
	          d);
	campaign_spec *code = rally_in_code();
	ASSERT_STR_EQ(campaign_spec_slug(code), campaign_spec_slug(yaml));
	ASSERT_STR_EQ(campaign_spec_language(code), "en");
	campaign_plan *a = plan_of(yaml), *b = plan_of(code);
	ASSERT_INT_EQ(campaign_plan_count(b), 2);
	for (size_t i = 0; i < 2; i++) {
		const campaign_assignment *x = campaign_plan_get(a, i),
		                          *y = campaign_plan_get(b, i);
		ASSERT_STR_EQ(y->placement->id, x->placement->id);
		ASSERT_STR_EQ(y->url, x->url);
		ASSERT_STR_EQ(y->hashtag, x->hashtag);
		ASSERT_STR_EQ(y->utm_medium, x->utm_medium);
		ASSERT_INT_EQ(y->placement->image_format, x->placement->image_format);
		if (x->phone) {
			ASSERT_STR_EQ(y->phone, x->phone);
			ASSERT_STR_EQ(y->phone_display, x->phone_display);
		} else {
			ASSERT_NULL(y->phone);
		}
	}
	const campaign_assignment *flyer = campaign_plan_get(b, 0);
	/* The param replaces the landing's own ref= where it stands. */
	ASSERT_STR_EQ(flyer->url,
	              "https://xn--g1anacfhu6f.xn--p1ai/rally?ref=gate&utm_source=flyer"
	              "&utm_medium=print&utm_campaign=miting-za-dostoinuiu-zarplatu&utm_id=r26"
	              "&utm_content=vorota-a#signup");
	ASSERT_STR_EQ(flyer->phone_display, "+7 (495) 123-45-01");
	ASSERT_STR_EQ(flyer->hashtag, "#МитингВМосквеВоротаА");
	ASSERT_INT_EQ(flyer->placement->image_format, CAMPAIGN_IMAGE_PNG);
	ASSERT_INT_EQ(campaign_plan_get(b, 1)->placement->image_format, CAMPAIGN_IMAGE_JPEG);
	ASSERT_INT_EQ(campaign_plan_get(b, 0)->placement->version, CAMPAIGN_PLACEMENT_VERSION);
	ASSERT_INT_EQ(campaign_spec_event(code, 0)->version, CAMPAIGN_EVENT_VERSION);
	ASSERT_INT_EQ(campaign_spec_event(yaml, 0)->version, CAMPAIGN_EVENT_VERSION);
	campaign_plan_free(a);
	campaign_plan_free(b);
	campaign_spec_free(yaml);
	campaign_spec_free(code);
}

static void
test_api_spec_build__defaults_as_a_yaml_spec(void)
{
	campaign_spec *spec = NULL;
	ASSERT_OK(campaign_spec_new(&spec, "Митинг 2026!", NULL, d), d);
	ASSERT_STR_EQ(campaign_spec_name(spec), "Митинг 2026!");
	ASSERT_STR_EQ(campaign_spec_slug(spec), "miting-2026");
	ASSERT_STR_EQ(campaign_spec_language(spec), "en");
	ASSERT_NULL(campaign_spec_landing(spec));
	ASSERT_INT_EQ(campaign_spec_event_count(spec), 0);
	ASSERT_INT_EQ(campaign_spec_placement_count(spec), 0);

	campaign_event ev = event_of("e", "Rally Day", "2026-12-05");
	ev.landing = "https://example.org/e";
	ASSERT_OK(campaign_spec_add_event(spec, &ev, d), d);
	campaign_placement p = placement_of("poster", "e", "poster", "Outdoor Ads");
	p.template_name = "flyer-a5";
	ASSERT_OK(campaign_spec_add_placement(spec, &p, d), d);
	const campaign_placement *got = campaign_spec_placement(spec, 0);
	ASSERT_INT_EQ(got->qr, 1); /* -1: a QR code because there is a template */
	ASSERT_STR_EQ(got->template_name, "flyer-a5");
	p.id = "post";
	p.content = "post";
	p.template_name = NULL;
	ASSERT_OK(campaign_spec_add_placement(spec, &p, d), d);
	ASSERT_INT_EQ(campaign_spec_placement(spec, 1)->qr, 0);

	campaign_plan *plan = plan_of(spec);
	const campaign_assignment *a = campaign_plan_get(plan, 0);
	ASSERT_STR_EQ(a->url, "https://example.org/e?utm_source=poster&utm_medium=outdoor_ads"
	                      "&utm_campaign=miting_2026");
	ASSERT_STR_EQ(a->hashtag, "#RallyDay"); /* scope event: both placements share it */
	ASSERT_STR_EQ(campaign_plan_get(plan, 1)->hashtag, "#RallyDay");
	ASSERT_STR_EQ(campaign_plan_ledger_path(plan), "/nonexistent/campaign-api-test.ledger");
	campaign_plan_free(plan);

	/* A build of a spec without a file names no file. */
	const char *only[] = { "nope" };
	campaign_build_options bo = CAMPAIGN_BUILD_OPTIONS_INIT;
	bo.dry_run = 1;
	bo.only = only;
	bo.only_count = 1;
	bo.ledger_path = "/nonexistent/campaign-api-test.ledger";
	ASSERT_FAILS_WITH(campaign_build(NULL, spec, &bo, d), d, CAMPAIGN_EINVALID,
	                  "--only: no placement 'nope' in the spec");
	campaign_spec_free(spec);
}

/*
 * A campaign without utm.campaign gets the conventions applied to its name
 * (or to the slug it was given): the value campaign_utm_apply_conventions()
 * and `campaign utm --campaign NAME` give, so a link made by hand lands in
 * the campaign's row of a report. YAML and code alike, with the default
 * convention and another one.
 */
static void
test_api_spec_build__default_utm_campaign_is_the_name_through_the_conventions(void)
{
	static const char *const names[] = {
		"Riverside Clean-up Day",
		"People's March",
		"\xc2\xab\xd0\x96\xd0\xb8\xd0\xb7\xd0\xbd\xd1\x8c\xc2\xbb \xe2\x80\x94 \xd0\x9c\xd0\xb8\xd1\x82\xd0\xb8\xd0\xbd\xd0\xb3",
		/* «Жизнь» — Митинг, above */
		"Workers\xe2\x80\x99 Day 2.0",
	};
	static const struct {
		const char *yaml; /* the conventions block */
		campaign_utm_conventions conv;
	} conventions[] = {
		{ "", CAMPAIGN_UTM_CONVENTIONS_INIT },
		{ "  conventions: { case: keep, separator: '-', transliterate: false }\n",
		  { CAMPAIGN_UTM_CONVENTIONS_VERSION, 0, "-", 0 } },
	};
	for (size_t c = 0; c < sizeof(conventions) / sizeof(conventions[0]); c++) {
		for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
			campaign_buf want = CAMPAIGN_BUF_INIT;
			ASSERT_OK(campaign_utm_apply_conventions(&want, names[i], &conventions[c].conv, d), d);
			char yaml[1024];
			snprintf(yaml, sizeof(yaml),
			         "campaign:\n  name: \"%s\"\n  landing: https://example.org/\n%s"
			         "events: [{ id: e, title: Rally, date: 2026-12-05 }]\n"
			         "placements: [{ id: p, event: e, source: s, medium: m }]\n",
			         names[i], conventions[c].yaml);
			campaign_spec *loaded = NULL, *code = NULL;
			ASSERT_OK(campaign_spec_load_string(&loaded, yaml, strlen(yaml), "t.yaml", NULL, d), d);
			campaign_spec_options so = CAMPAIGN_SPEC_OPTIONS_INIT;
			so.landing = "https://example.org/";
			ASSERT_OK(campaign_spec_new(&code, names[i], &so, d), d);
			ASSERT_OK(campaign_spec_set_conventions(code, &conventions[c].conv, d), d);
			campaign_event ev = event_of("e", "Rally", "2026-12-05");
			ASSERT_OK(campaign_spec_add_event(code, &ev, d), d);
			campaign_placement p = placement_of("p", "e", "s", "m");
			ASSERT_OK(campaign_spec_add_placement(code, &p, d), d);
			campaign_plan *a = plan_of(loaded), *b = plan_of(code);
			ASSERT_STR_EQ(campaign_plan_get(a, 0)->utm_campaign, want.ptr);
			ASSERT_STR_EQ(campaign_plan_get(b, 0)->utm_campaign, want.ptr);
			campaign_plan_free(a);
			campaign_plan_free(b);
			campaign_spec_free(loaded);
			campaign_spec_free(code);
			campaign_buf_dispose(&want);
		}
	}
	/* A slug that was given is the campaign's short name: it wins over the name. */
	campaign_spec_options so = CAMPAIGN_SPEC_OPTIONS_INIT;
	so.landing = "https://example.org/";
	so.slug = "rally-2026";
	campaign_spec *spec = NULL;
	ASSERT_OK(campaign_spec_new(&spec, "People's March", &so, d), d);
	campaign_event ev = event_of("e", "Rally", "2026-12-05");
	ASSERT_OK(campaign_spec_add_event(spec, &ev, d), d);
	campaign_placement p = placement_of("p", "e", "s", "m");
	ASSERT_OK(campaign_spec_add_placement(spec, &p, d), d);
	campaign_plan *plan = plan_of(spec);
	ASSERT_STR_EQ(campaign_plan_get(plan, 0)->utm_campaign, "rally_2026");
	campaign_plan_free(plan);
	campaign_spec_free(spec);
}

static void
test_api_spec_build__options_and_ledger_relative_to_base_dir(void)
{
	campaign_spec_options so;
	ASSERT_INT_EQ(campaign_spec_options_init(&so, CAMPAIGN_SPEC_OPTIONS_VERSION), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_spec_options_init(&so, 99), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_spec_options_init(NULL, CAMPAIGN_SPEC_OPTIONS_VERSION),
	              CAMPAIGN_EINVALID);
	so.slug = "r26";
	so.language = "ru";
	so.landing = "https://example.org/";
	so.base_dir = "/nonexistent/dir";
	so.ledger = "my.ledger";
	so.utm_campaign = "Rally 26";
	campaign_spec *spec = NULL;
	ASSERT_OK(campaign_spec_new(&spec, "Rally", &so, d), d);
	ASSERT_STR_EQ(campaign_spec_slug(spec), "r26");
	ASSERT_STR_EQ(campaign_spec_language(spec), "ru");
	campaign_event ev = event_of("e", "Rally", "2026-12-05");
	ASSERT_OK(campaign_spec_add_event(spec, &ev, d), d);
	campaign_placement p = placement_of("p", "e", "s", "m");
	ASSERT_OK(campaign_spec_add_placement(spec, &p, d), d);
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	campaign_plan *plan = NULL;
	ASSERT_OK(campaign_plan_new(&plan, spec, &po, d), d);
	ASSERT_STR_EQ(campaign_plan_ledger_path(plan), "/nonexistent/dir/my.ledger");
	ASSERT_STR_EQ(campaign_plan_get(plan, 0)->utm_campaign, "rally_26");
	campaign_plan_free(plan);
	campaign_spec_free(spec);
}

static void
test_api_spec_build__new_rejects_each_bad_value(void)
{
	campaign_spec *spec = NULL;
	campaign_spec_options so = CAMPAIGN_SPEC_OPTIONS_INIT;
	ASSERT_FAILS_WITH(campaign_spec_new(NULL, "x", NULL, d), d, CAMPAIGN_EINVALID,
	                  "campaign_spec_new: out is NULL");
	ASSERT_FAILS_WITH(campaign_spec_new(&spec, NULL, NULL, d), d, CAMPAIGN_EINVALID,
	                  "missing required 'name' in the campaign");
	ASSERT_NULL(spec);
	ASSERT_FAILS_WITH(campaign_spec_new(&spec, "", NULL, d), d, CAMPAIGN_EINVALID,
	                  "'name' must not be empty in the campaign");
	ASSERT_FAILS_WITH(campaign_spec_new(&spec, "a\xff", NULL, d), d, CAMPAIGN_EINVALID,
	                  "'name' is not valid UTF-8 in the campaign");
	ASSERT_FAILS_WITH(campaign_spec_new(&spec, "!!!", NULL, d), d, CAMPAIGN_EINVALID,
	                  "cannot make a slug from the name '!!!'; set 'slug'");
	so.version = 2;
	ASSERT_FAILS_WITH(campaign_spec_new(&spec, "x", &so, d), d, CAMPAIGN_EINVALID,
	                  "campaign_spec_new: options of unknown version 2");
	so.version = CAMPAIGN_SPEC_OPTIONS_VERSION;
	so.slug = "../etc";
	ASSERT_FAILS_WITH(
	        campaign_spec_new(&spec, "x", &so, d), d, CAMPAIGN_EINVALID,
	        "'slug' is not a safe file name: it may contain only Latin letters, digits, "
	        "'-', '_' and '.'");
	so.slug = NULL;
	so.language = "Russian";
	ASSERT_FAILS_WITH(
	        campaign_spec_new(&spec, "x", &so, d), d, CAMPAIGN_EINVALID,
	        "'language' must be a language tag such as ru, en or ar-EG, not 'Russian'");
	so.language = NULL;
	so.landing = "ftp://example.org/";
	campaign_diags_clear(d);
	ASSERT_INT_EQ(campaign_spec_new(&spec, "x", &so, d), CAMPAIGN_EINVALID);
	ASSERT_TRUE(strncmp(campaign_diags_get(d, 0)->message,
	                    "bad landing URL in 'landing' of the campaign: ", 46) == 0);
	ASSERT_INT_EQ(campaign_diags_get(d, 0)->line, 0);
	ASSERT_NULL(campaign_diags_get(d, 0)->file);
	so.landing = NULL;
	so.ledger = "";
	ASSERT_FAILS_WITH(campaign_spec_new(&spec, "x", &so, d), d, CAMPAIGN_EINVALID,
	                  "'ledger' must not be empty");
	so.ledger = NULL;
	so.utm_id = "\xc0\x80";
	ASSERT_FAILS_WITH(campaign_spec_new(&spec, "x", &so, d), d, CAMPAIGN_EINVALID,
	                  "'utm_id' is not valid UTF-8 in the campaign");
	so.utm_id = NULL;
	char *big = malloc(70000);
	memset(big, 'a', 69999);
	big[69999] = '\0';
	ASSERT_FAILS_WITH(campaign_spec_new(&spec, big, &so, d), d, CAMPAIGN_EINVALID,
	                  "'name' is longer than 65536 bytes in the campaign");
	free(big);
	ASSERT_NULL(spec);
}

static campaign_spec *
empty_spec(void)
{
	campaign_spec_options so = CAMPAIGN_SPEC_OPTIONS_INIT;
	so.landing = "https://example.org/";
	campaign_spec *spec = NULL;
	ASSERT_OK(campaign_spec_new(&spec, "Rally", &so, d), d);
	return spec;
}

static void
test_api_spec_build__setters_reject_bad_values(void)
{
	campaign_spec *spec = empty_spec();
	campaign_utm_conventions conv = CAMPAIGN_UTM_CONVENTIONS_INIT;
	conv.separator = "+";
	ASSERT_FAILS_WITH(
	        campaign_spec_set_conventions(spec, &conv, d), d, CAMPAIGN_EINVALID,
	        "'separator' must be one of _ - . ~ (characters a URL keeps as they are)");
	conv.separator = "";
	ASSERT_FAILS_WITH(
	        campaign_spec_set_conventions(spec, &conv, d), d, CAMPAIGN_EINVALID,
	        "'separator' must be one of _ - . ~ (characters a URL keeps as they are)");
	conv.version = 7;
	ASSERT_FAILS_WITH(campaign_spec_set_conventions(spec, &conv, d), d, CAMPAIGN_EINVALID,
	                  "campaign_spec_set_conventions: conventions of unknown version 7");
	ASSERT_FAILS_WITH(campaign_spec_set_conventions(NULL, NULL, d), d, CAMPAIGN_EINVALID,
	                  "campaign_spec_set_conventions: spec is NULL");
	ASSERT_OK(campaign_spec_set_conventions(spec, NULL, d), d);

	const char *bad[] = { "print", "" };
	ASSERT_FAILS_WITH(campaign_spec_set_allowed(spec, CAMPAIGN_SPEC_UTM_SOURCE, bad, 2, d), d,
	                  CAMPAIGN_EINVALID,
	                  "'value' must not be empty in the allowed values of 'source'");
	const char *null_entry[] = { NULL };
	ASSERT_FAILS_WITH(campaign_spec_set_allowed(spec, CAMPAIGN_SPEC_UTM_TERM, null_entry, 1, d),
	                  d, CAMPAIGN_EINVALID,
	                  "missing required 'value' in the allowed values of 'term'");
	ASSERT_FAILS_WITH(campaign_spec_set_allowed(spec, (campaign_spec_utm_field)5, bad, 1, d), d,
	                  CAMPAIGN_EINVALID, "campaign_spec_set_allowed: unknown UTM field 5");
	ASSERT_FAILS_WITH(campaign_spec_set_allowed(spec, CAMPAIGN_SPEC_UTM_SOURCE, NULL, 1, d), d,
	                  CAMPAIGN_EINVALID, "campaign_spec_set_allowed: values is NULL");
	ASSERT_FAILS_WITH(campaign_spec_set_allowed(NULL, CAMPAIGN_SPEC_UTM_SOURCE, NULL, 0, d), d,
	                  CAMPAIGN_EINVALID, "campaign_spec_set_allowed: spec is NULL");
	ASSERT_OK(campaign_spec_set_allowed(spec, CAMPAIGN_SPEC_UTM_CONTENT, NULL, 0, d), d);

	campaign_spec_hashtag h;
	ASSERT_INT_EQ(campaign_spec_hashtag_init(&h, CAMPAIGN_SPEC_HASHTAG_VERSION), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_spec_hashtag_init(&h, 0), CAMPAIGN_EINVALID);
	h.from = "{{placement.id}}";
	ASSERT_FAILS_WITH(campaign_spec_set_hashtag(spec, &h, d), d, CAMPAIGN_EINVALID,
	                  "unknown placeholder '{{placement.id}}' in a hashtag of scope 'event'");
	h.from = "{{event.title";
	ASSERT_FAILS_WITH(campaign_spec_set_hashtag(spec, &h, d), d, CAMPAIGN_EINVALID,
	                  "unclosed or empty '{{' placeholder");
	h.from = NULL;
	h.max_length = 1;
	ASSERT_FAILS_WITH(campaign_spec_set_hashtag(spec, &h, d), d, CAMPAIGN_EINVALID,
	                  "'max_length' must be from 2 to 139, not 1");
	h.max_length = 30;
	h.scope = (campaign_spec_hashtag_scope)2;
	ASSERT_FAILS_WITH(campaign_spec_set_hashtag(spec, &h, d), d, CAMPAIGN_EINVALID,
	                  "'scope' must be event or placement");
	h.scope = CAMPAIGN_SPEC_HASHTAG_EVENT;
	h.style = (campaign_hashtag_style)9;
	ASSERT_FAILS_WITH(campaign_spec_set_hashtag(spec, &h, d), d, CAMPAIGN_EINVALID,
	                  "'style' must be camel or lower");
	h.style = CAMPAIGN_HASHTAG_STYLE_LOWER;
	h.script = (campaign_hashtag_script)9;
	ASSERT_FAILS_WITH(campaign_spec_set_hashtag(spec, &h, d), d, CAMPAIGN_EINVALID,
	                  "'script' must be keep or latin");
	h.script = CAMPAIGN_HASHTAG_SCRIPT_LATIN;
	h.taken = "";
	ASSERT_FAILS_WITH(campaign_spec_set_hashtag(spec, &h, d), d, CAMPAIGN_EINVALID,
	                  "'taken' must not be empty");
	h.taken = NULL;
	h.version = 3;
	ASSERT_FAILS_WITH(campaign_spec_set_hashtag(spec, &h, d), d, CAMPAIGN_EINVALID,
	                  "campaign_spec_set_hashtag: hashtag block of unknown version 3");
	ASSERT_FAILS_WITH(campaign_spec_set_hashtag(NULL, &h, d), d, CAMPAIGN_EINVALID,
	                  "campaign_spec_set_hashtag: spec is NULL");
	ASSERT_OK(campaign_spec_set_hashtag(spec, NULL, d), d);

	campaign_spec_phones ph;
	ASSERT_INT_EQ(campaign_spec_phones_init(&ph, CAMPAIGN_SPEC_PHONES_VERSION), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_spec_phones_init(&ph, 2), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(ph.quarantine_days, 90);
	campaign_diags_clear(d);
	ASSERT_INT_EQ(campaign_spec_set_phones(spec, &ph, d), CAMPAIGN_EINVALID);
	api_expect_diag(__FILE__, __LINE__, d, CAMPAIGN_EINVALID,
	                "'country_code' must be from 1 to 999, not 0");
	api_expect_diag(__FILE__, __LINE__, d, CAMPAIGN_EINVALID, "the phone pool is empty");
	const char *pool[] = { "+7 495 123-45-01", "8 (495) 123-45-01", "call me" };
	ph.country_code = 7;
	ph.trunk_prefix = "8x";
	ph.quarantine_days = 4000;
	ph.pool = pool;
	ph.pool_count = 1;
	campaign_diags_clear(d);
	ASSERT_INT_EQ(campaign_spec_set_phones(spec, &ph, d), CAMPAIGN_EINVALID);
	api_expect_diag(__FILE__, __LINE__, d, CAMPAIGN_EINVALID,
	                "'trunk_prefix' must be 1 to 3 digits, such as \"8\" or \"0\"");
	api_expect_diag(__FILE__, __LINE__, d, CAMPAIGN_EINVALID,
	                "'quarantine_days' must be from 0 to 3650, not 4000");
	ph.trunk_prefix = "8";
	ph.quarantine_days = 0;
	ph.pool_count = 2;
	ASSERT_FAILS_WITH(campaign_spec_set_phones(spec, &ph, d), d, CAMPAIGN_EINVALID,
	                  "+74951234501 is in the pool twice");
	ph.pool_count = 3;
	campaign_diags_clear(d);
	ASSERT_INT_EQ(campaign_spec_set_phones(spec, &ph, d), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_diags_error_count(d), 2); /* every problem, not only the first */
	ph.pool = pool + 2;
	ph.pool_count = 1;
	campaign_diags_clear(d);
	ASSERT_INT_EQ(campaign_spec_set_phones(spec, &ph, d), CAMPAIGN_EINVALID);
	ASSERT_TRUE(strstr(campaign_diags_get(d, 0)->message, "call me") != NULL);
	const char *null_pool[] = { NULL };
	ph.pool = null_pool;
	ASSERT_FAILS_WITH(campaign_spec_set_phones(spec, &ph, d), d, CAMPAIGN_EINVALID,
	                  "pool entry 1 is NULL");
	ph.pool = pool;
	ph.display = "+7 (XXX) XXX-XX";
	campaign_diags_clear(d);
	ASSERT_INT_EQ(campaign_spec_set_phones(spec, &ph, d), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_diags_error_count(d), 1);
	ph.display = NULL;
	ph.version = 9;
	ASSERT_FAILS_WITH(campaign_spec_set_phones(spec, &ph, d), d, CAMPAIGN_EINVALID,
	                  "campaign_spec_set_phones: phones block of unknown version 9");
	ASSERT_FAILS_WITH(campaign_spec_set_phones(spec, NULL, d), d, CAMPAIGN_EINVALID,
	                  "campaign_spec_set_phones: spec or phones is NULL");
	campaign_spec_free(spec);
}

static void
test_api_spec_build__add_event_checks_as_the_loader(void)
{
	campaign_spec *spec = empty_spec();
	campaign_event ev;
	ASSERT_INT_EQ(campaign_event_init(&ev, CAMPAIGN_EVENT_VERSION), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_event_init(&ev, 0), CAMPAIGN_EINVALID);
	campaign_diags_clear(d);
	ASSERT_INT_EQ(campaign_spec_add_event(spec, &ev, d), CAMPAIGN_EINVALID);
	api_expect_diag(__FILE__, __LINE__, d, CAMPAIGN_EINVALID,
	                "missing required 'id' in the event");
	api_expect_diag(__FILE__, __LINE__, d, CAMPAIGN_EINVALID,
	                "missing required 'title' in the event");
	api_expect_diag(__FILE__, __LINE__, d, CAMPAIGN_EINVALID,
	                "missing required 'date' in the event");
	ev.id = "Rally";
	ev.title = "Rally";
	ev.date = "2026-02-30";
	ev.time = "25:00";
	ev.landing = "https://exa mple.org/";
	campaign_diags_clear(d);
	ASSERT_INT_EQ(campaign_spec_add_event(spec, &ev, d), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_diags_error_count(d), 3);
	api_expect_diag(__FILE__, __LINE__, d, CAMPAIGN_EINVALID,
	                "'date' must be a calendar date written YYYY-MM-DD, not '2026-02-30'");
	api_expect_diag(__FILE__, __LINE__, d, CAMPAIGN_EINVALID,
	                "'time' must be a 24-hour time written HH:MM, not '25:00'");
	ev.date = "2026-02-28";
	ev.time = NULL;
	ev.landing = NULL;
	ASSERT_OK(campaign_spec_add_event(spec, &ev, d), d);
	const campaign_event *added = campaign_spec_find_event(spec, "Rally");
	ASSERT_NOT_NULL(added);
	ASSERT_STR_EQ(added->date, "2026-02-28");
	ev.id = "rally";
	ASSERT_FAILS_WITH(campaign_spec_add_event(spec, &ev, d), d, CAMPAIGN_EINVALID,
	                  "event id 'rally' differs from 'Rally' only in case, and ids must be unique ignoring case");
	ev.id = "con";
	ASSERT_FAILS_WITH(
	        campaign_spec_add_event(spec, &ev, d), d, CAMPAIGN_EINVALID,
	        "event id 'con' is not a safe file name: it is a reserved device name on Windows");
	ev.id = "e2";
	ev.venue = "\xe2\x82";
	ASSERT_FAILS_WITH(campaign_spec_add_event(spec, &ev, d), d, CAMPAIGN_EINVALID,
	                  "'venue' is not valid UTF-8 in event 'e2'");
	ev.venue = NULL;
	/* What a printed link must not carry is refused; a host a phone cannot reach, warned about. */
	ev.landing = "https://user:pw@example.org/";
	ASSERT_FAILS_WITH(campaign_spec_add_event(spec, &ev, d), d, CAMPAIGN_EINVALID,
	                  "bad landing URL in 'landing' of event 'e2': URL has a user name or password "
	                  "before its host ('...@'): anyone who sees the paper can read it; leave it out");
	ev.landing = "http://localhost:8080/";
	campaign_diags_clear(d);
	ASSERT_OK(campaign_spec_add_event(spec, &ev, d), d);
	api_expect_diag(__FILE__, __LINE__, d, CAMPAIGN_OK,
	                "landing URL in 'landing' of event 'e2': host 'localhost' names the device "
	                "that opens the link: a phone that scans the code reaches itself, not your "
	                "server");
	ASSERT_INT_EQ(campaign_diags_get(d, 0)->severity, CAMPAIGN_SEVERITY_WARNING);
	ev.id = "e3";
	ev.landing = NULL;
	ev.version = 5;
	ASSERT_FAILS_WITH(campaign_spec_add_event(spec, &ev, d), d, CAMPAIGN_EINVALID,
	                  "campaign_spec_add_event: event of unknown version 5");
	ASSERT_FAILS_WITH(campaign_spec_add_event(spec, NULL, d), d, CAMPAIGN_EINVALID,
	                  "campaign_spec_add_event: spec or event is NULL");
	ASSERT_INT_EQ(campaign_spec_event_count(spec), 2); /* failed calls left it as it was */
	campaign_spec_free(spec);
}

static campaign_spec *
spec_with_event(const char *landing)
{
	campaign_spec_options so = CAMPAIGN_SPEC_OPTIONS_INIT;
	so.landing = landing;
	campaign_spec *spec = NULL;
	ASSERT_OK(campaign_spec_new(&spec, "Rally", &so, d), d);
	campaign_event ev = event_of("moscow", "Rally", "2026-12-05");
	ASSERT_OK(campaign_spec_add_event(spec, &ev, d), d);
	return spec;
}

static void
test_api_spec_build__add_placement_checks_as_the_loader(void)
{
	campaign_spec *spec = spec_with_event(NULL);
	campaign_placement p;
	ASSERT_INT_EQ(campaign_placement_init(&p, CAMPAIGN_PLACEMENT_VERSION), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_placement_init(&p, 0), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(p.qr, -1);
	campaign_diags_clear(d);
	ASSERT_INT_EQ(campaign_spec_add_placement(spec, &p, d), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_diags_error_count(d), 3);
	api_expect_diag(__FILE__, __LINE__, d, CAMPAIGN_EINVALID,
	                "missing required 'id' in the placement");
	api_expect_diag(__FILE__, __LINE__, d, CAMPAIGN_EINVALID,
	                "missing required 'medium' in the placement");
	p.id = "flyer";
	p.event = "moskow";
	p.source = "flyer";
	p.medium = "print";
	ASSERT_FAILS_WITH(campaign_spec_add_placement(spec, &p, d), d, CAMPAIGN_EINVALID,
	                  "unknown event 'moskow' in placement 'flyer'; did you mean 'moscow'?");
	p.event = "moscow";
	ASSERT_FAILS_WITH(
	        campaign_spec_add_placement(spec, &p, d), d, CAMPAIGN_EINVALID,
	        "no landing URL for placement 'flyer': set 'landing' in the placement, its "
	        "event or the campaign");
	/* Without an event (a campaign's own placement) the same error: the check read the NULL event's landing. */
	p.event = NULL;
	ASSERT_FAILS_WITH(
	        campaign_spec_add_placement(spec, &p, d), d, CAMPAIGN_EINVALID,
	        "no landing URL for placement 'flyer': set 'landing' in the placement, its "
	        "event or the campaign");
	p.event = "moscow";
	p.landing = "https://example.org/{{row.x}}";
	ASSERT_FAILS_WITH(
	        campaign_spec_add_placement(spec, &p, d), d, CAMPAIGN_EINVALID,
	        "'https://example.org/{{row.x}}' has a '{{' placeholder in placement 'flyer'; "
	        "fill the value in before adding it");
	p.landing = "https://example.org/";
	p.phone = 1;
	ASSERT_FAILS_WITH(campaign_spec_add_placement(spec, &p, d), d, CAMPAIGN_EINVALID,
	                  "'phone' in placement 'flyer' needs campaign_spec_set_phones() first");
	p.phone = 0;
	p.qr = 2;
	ASSERT_FAILS_WITH(campaign_spec_add_placement(spec, &p, d), d, CAMPAIGN_EINVALID,
	                  "'qr' must be 0, 1 or -1 (the default), not 2 in placement 'flyer'");
	p.qr = -1;
	p.image_format = (campaign_image_format)2;
	ASSERT_FAILS_WITH(campaign_spec_add_placement(spec, &p, d), d, CAMPAIGN_EINVALID,
	                  "'image_format' must be CAMPAIGN_IMAGE_PNG or CAMPAIGN_IMAGE_JPEG, not 2 in "
	                  "placement 'flyer'");
	p.image_format = CAMPAIGN_IMAGE_PNG;
	campaign_param params[] = {
		{ "UTM_Source", "x" }, { "ref", "a" }, { "ref", "b" }, { "", "c" }
	};
	p.params = params;
	p.param_count = 4;
	campaign_diags_clear(d);
	ASSERT_INT_EQ(campaign_spec_add_placement(spec, &p, d), CAMPAIGN_EINVALID);
	api_expect_diag(__FILE__, __LINE__, d, CAMPAIGN_EINVALID,
	                "'params' must not be empty in placement 'flyer'");
	p.param_count = 3;
	campaign_diags_clear(d);
	ASSERT_INT_EQ(campaign_spec_add_placement(spec, &p, d), CAMPAIGN_EINVALID);
	api_expect_diag(
	        __FILE__, __LINE__, d, CAMPAIGN_EINVALID,
	        "'utm_source' has its own field; set it instead of a param in placement 'flyer'");
	api_expect_diag(__FILE__, __LINE__, d, CAMPAIGN_EINVALID,
	                "'ref' is given twice in the params of placement 'flyer'");
	p.params = NULL;
	ASSERT_FAILS_WITH(campaign_spec_add_placement(spec, &p, d), d, CAMPAIGN_EINVALID,
	                  "'params' is NULL with a count of 3 in placement 'flyer'");
	p.param_count = 0;
	p.id = "a/b";
	ASSERT_FAILS_WITH(campaign_spec_add_placement(spec, &p, d), d, CAMPAIGN_EINVALID,
	                  "placement id 'a/b' is not a safe file name: it may contain only Latin "
	                  "letters, digits, '-', '_' and '.'");
	p.id = "flyer";
	p.landing = "https://example.org/";
	campaign_param row[] = { { "station", "Парк культуры" } };
	p.row = row;
	p.row_count = 1;
	p.rows_file = "stations.csv";
	p.row_number = 3;
	ASSERT_OK(campaign_spec_add_placement(spec, &p, d), d);
	const campaign_placement *got = campaign_spec_placement(spec, 0);
	ASSERT_TRUE(got != &p && got->row != row);
	ASSERT_STR_EQ(got->row[0].value, "Парк культуры");
	ASSERT_STR_EQ(got->rows_file, "stations.csv");
	ASSERT_INT_EQ(got->row_number, 3);
	p.id = "FLYER";
	ASSERT_FAILS_WITH(campaign_spec_add_placement(spec, &p, d), d, CAMPAIGN_EINVALID,
	                  "placement id 'FLYER' differs from 'flyer' only in case: "
	                  "the two would be one file on case-insensitive file systems (macOS, Windows, USB sticks)");
	p.version = 0;
	ASSERT_FAILS_WITH(campaign_spec_add_placement(spec, &p, d), d, CAMPAIGN_EINVALID,
	                  "campaign_spec_add_placement: placement of unknown version 0");
	ASSERT_FAILS_WITH(campaign_spec_add_placement(NULL, &p, d), d, CAMPAIGN_EINVALID,
	                  "campaign_spec_add_placement: spec or placement is NULL");
	ASSERT_INT_EQ(campaign_spec_placement_count(spec), 1);
	campaign_spec_free(spec);

	/* Without events: the message says what to do. */
	spec = empty_spec();
	campaign_placement q = placement_of("q", "e", "s", "m");
	ASSERT_FAILS_WITH(campaign_spec_add_placement(spec, &q, d), d, CAMPAIGN_EINVALID,
	                  "unknown event 'e' in placement 'q'; add the event first");
	campaign_spec_free(spec);
}

static void
test_api_spec_build__allowed_list_is_checked_by_the_plan(void)
{
	campaign_spec *spec = spec_with_event("https://example.org/");
	const char *media[] = { "Print" };
	ASSERT_OK(campaign_spec_set_allowed(spec, CAMPAIGN_SPEC_UTM_MEDIUM, media, 1, d), d);
	campaign_placement p = placement_of("post", "moscow", "vk", "social");
	ASSERT_OK(campaign_spec_add_placement(spec, &p, d), d);
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	po.ledger_path = "/nonexistent/x.ledger";
	po.now = 1795564800; /* 2026-11-25, before the event: no warning that it has passed */
	campaign_plan *plan = NULL;
	campaign_diags_clear(d);
	ASSERT_INT_EQ(campaign_plan_new(&plan, spec, &po, d), CAMPAIGN_EINVALID);
	ASSERT_NULL(plan);
	ASSERT_TRUE(strstr(campaign_diags_get(d, 0)->message, "'social'") != NULL);
	ASSERT_NULL(campaign_diags_get(d, 0)->file);
	campaign_spec_free(spec);
}

/* A loaded spec can be added to; ids are unique across both, ignoring case. */
static void
test_api_spec_build__extends_a_loaded_spec(void)
{
	campaign_spec *spec = NULL;
	ASSERT_OK(campaign_spec_load_string(&spec, rally_yaml, strlen(rally_yaml), "rally.yaml",
	                                    NULL, d),
	          d);
	campaign_placement p = placement_of("VK", "moscow", "vk", "social");
	ASSERT_FAILS_WITH(campaign_spec_add_placement(spec, &p, d), d, CAMPAIGN_EINVALID,
	                  "placement id 'VK' differs from 'vk' only in case: "
	                  "the two would be one file on case-insensitive file systems (macOS, Windows, USB sticks)");
	p.id = "vk-2";
	p.content = "second";
	ASSERT_OK(campaign_spec_add_placement(spec, &p, d), d);
	ASSERT_INT_EQ(campaign_spec_placement_count(spec), 3);
	campaign_spec_free(spec);
}

/* 50,000 placements: the duplicate check is a hash lookup, not a scan. */
static void
test_api_spec_build__many_placements(void)
{
	campaign_spec *spec = spec_with_event("https://example.org/");
	char id[32];
	campaign_placement p = CAMPAIGN_PLACEMENT_INIT;
	p.event = "moscow";
	p.source = "letter";
	p.medium = "email";
	p.id = id;
	p.content = id;
	for (int i = 0; i < 50000; i++) {
		snprintf(id, sizeof(id), "contact-%d", i);
		ASSERT_OK(campaign_spec_add_placement(spec, &p, d), d);
	}
	snprintf(id, sizeof(id), "Contact-4999");
	ASSERT_FAILS_WITH(campaign_spec_add_placement(spec, &p, d), d, CAMPAIGN_EINVALID,
	                  "placement id 'Contact-4999' differs from 'contact-4999' only in case: "
	                  "the two would be one file on case-insensitive file systems (macOS, Windows, USB sticks)");
	ASSERT_STR_EQ(campaign_spec_placement(spec, 49999)->id, "contact-49999");
	campaign_spec_free(spec);
}

int
main(void)
{
	if (campaign_diags_new(&d))
		return 1;
	RUN(test_api_spec_build__same_identifiers_as_yaml);
	RUN(test_api_spec_build__defaults_as_a_yaml_spec);
	RUN(test_api_spec_build__default_utm_campaign_is_the_name_through_the_conventions);
	RUN(test_api_spec_build__options_and_ledger_relative_to_base_dir);
	RUN(test_api_spec_build__new_rejects_each_bad_value);
	RUN(test_api_spec_build__setters_reject_bad_values);
	RUN(test_api_spec_build__add_event_checks_as_the_loader);
	RUN(test_api_spec_build__add_placement_checks_as_the_loader);
	RUN(test_api_spec_build__allowed_list_is_checked_by_the_plan);
	RUN(test_api_spec_build__extends_a_loaded_spec);
	RUN(test_api_spec_build__many_placements);
	campaign_diags_free(d);
	return harness_done();
}
