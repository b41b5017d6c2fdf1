/*
 * Out of memory: the library's allocations fail from the first on, then
 * from the second on, and so on until the call succeeds (memory, once
 * exhausted, stays so), and each failing call must return CAMPAIGN_ENOMEM
 * (never another status, never a crash, and, under AddressSanitizer, never
 * a leak). The test is linked
 * with --wrap for malloc, calloc, realloc, strdup and strndup, which
 * reaches only the library's own calls (the static copy linked here):
 * GLib, cairo and pango allocate through the real functions, and GLib
 * aborts when out of memory by design, so their failures are not ours to
 * report.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "campaign/campaign.h"
#include "harness.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);
char *__real_strdup(const char *s);
char *__real_strndup(const char *s, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t n);
char *__wrap_strdup(const char *s);
char *__wrap_strndup(const char *s, size_t n);

/* Allocations left before they fail (-1: none fails), and whether one did. */
static long budget = -1;
static int failed;
/* The round under way, for a debugger: break in fail_now() if round == N. */
static long round_n = -1;

static int
fail_now(void)
{
	if (budget < 0)
		return 0;
	if (budget == 0) {
		failed = 1;
		return 1;
	}
	budget--;
	return 0;
}

void *__wrap_malloc(size_t n) { return fail_now() ? NULL : __real_malloc(n); }
void *__wrap_calloc(size_t n, size_t size) { return fail_now() ? NULL : __real_calloc(n, size); }
void *__wrap_realloc(void *p, size_t n) { return fail_now() ? NULL : __real_realloc(p, n); }
char *__wrap_strdup(const char *s) { return fail_now() ? NULL : __real_strdup(s); }
char *__wrap_strndup(const char *s, size_t n) { return fail_now() ? NULL : __real_strndup(s, n); }

/* One operation: 0 or a status; it frees what it made whatever happens. */
typedef int (*operation)(campaign_diags *d);

/* Runs op with allocations failing from the n-th on, for each n; returns how many op makes. */
static long
fail_each_allocation(const char *name, operation op)
{
	for (long n = 0; n < 100000; n++) {
		campaign_diags *d = NULL;
		ASSERT_INT_EQ(campaign_diags_new(&d), CAMPAIGN_OK);
		budget = n;
		round_n = n;
		failed = 0;
		int rc = op(d);
		budget = -1;
		if (!failed) {
			if (rc != CAMPAIGN_OK)
				harness_fail(__FILE__, __LINE__, "%s: status %d with no allocation failed", name, rc);
			campaign_diags_free(d);
			return n;
		}
		if (rc != CAMPAIGN_ENOMEM)
			harness_fail(__FILE__, __LINE__, "%s: allocation %ld failed, status %d (%s), not ENOMEM",
			             name, n, rc, campaign_diags_count(d) ? campaign_diags_get(d, 0)->message : "");
		campaign_diags_free(d);
	}
	harness_fail(__FILE__, __LINE__, "%s: still allocating after 100,000", name);
	return -1;
}

static int
op_utm(campaign_diags *d)
{
	campaign_utm utm = CAMPAIGN_UTM_INIT;
	utm.source = "flyer";
	utm.medium = "print";
	utm.campaign = "rally_2026";
	utm.content = "gate a";
	campaign_buf out = CAMPAIGN_BUF_INIT;
	int rc = campaign_utm_build(&out, "https://пример.рф/путь?ref=x#top", &utm, d);
	campaign_buf_dispose(&out);
	return rc;
}

static int
op_phone(campaign_diags *d)
{
	campaign_phone_rules rules = CAMPAIGN_PHONE_RULES_INIT;
	rules.country_code = 7;
	rules.trunk_prefix = "8";
	campaign_buf e164 = CAMPAIGN_BUF_INIT, shown = CAMPAIGN_BUF_INIT;
	int rc = campaign_phone_normalize(&e164, "8 (495) 123-45-01", &rules, d);
	if (rc == CAMPAIGN_OK)
		rc = campaign_phone_format(&shown, e164.ptr, "+7 (XXX) XXX-XX-XX", d);
	campaign_buf_dispose(&e164);
	campaign_buf_dispose(&shown);
	return rc;
}

static int
op_hashtag(campaign_diags *d)
{
	campaign_hashtag_options o = CAMPAIGN_HASHTAG_OPTIONS_INIT;
	campaign_buf tag = CAMPAIGN_BUF_INIT;
	int rc = campaign_hashtag_make(&tag, "Митинг за достойную зарплату", &o, d);
	campaign_buf_dispose(&tag);
	return rc;
}

static int
op_qr(campaign_diags *d)
{
	static const char url[] = "https://example.org/rally?utm_source=flyer&utm_medium=print";
	campaign_qr *qr = NULL;
	int rc = campaign_qr_encode(&qr, url, strlen(url), NULL, d);
	static const campaign_qr_format formats[] = { CAMPAIGN_QR_FORMAT_PNG, CAMPAIGN_QR_FORMAT_SVG,
	                                              CAMPAIGN_QR_FORMAT_PDF };
	for (size_t f = 0; rc == CAMPAIGN_OK && f < 3; f++) {
		campaign_buf out = CAMPAIGN_BUF_INIT;
		rc = campaign_qr_render(&out, qr, formats[f], NULL, d);
		campaign_buf_dispose(&out);
	}
	campaign_qr_free(qr);
	return rc;
}

static const char spec_yaml[] =
	"campaign:\n"
	"  name: Rally\n"
	"  landing: https://example.org/rally\n"
	"  hashtag: { from: \"{{event.title}}\" }\n"
	"  phones: { country_code: 7, trunk_prefix: '8', pool: ['+74951234501', '+74951234502'] }\n"
	"events:\n"
	"  - { id: moscow, title: Митинг за зарплату, date: 2026-12-05 }\n"
	"placements:\n"
	"  - { id: flyer, event: moscow, source: flyer, medium: print, phone: true }\n"
	"  - { id: vk, event: moscow, source: vk, medium: social, content: Пост один }\n";

static int
op_spec_and_plan(campaign_diags *d)
{
	campaign_spec *spec = NULL;
	int rc = campaign_spec_load_string(&spec, spec_yaml, strlen(spec_yaml), "rally.yaml", "/tmp", d);
	campaign_plan *plan = NULL;
	if (rc == CAMPAIGN_OK) {
		campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
		po.ledger_path = "/nonexistent-campaign-dir/none.ledger";
		po.now = 1764547200;
		rc = campaign_plan_new(&plan, spec, &po, d);
	}
	campaign_plan_free(plan);
	campaign_spec_free(spec);
	return rc;
}

static const char template_yaml[] =
	"template: t\n"
	"page: { size: A7, bleed: 3mm }\n"
	"elements:\n"
	"  - rect: { at: [0, 0], size: [74mm, 20mm], fill: \"#c62828\", bleed: true }\n"
	"  - text: { text: \"{{event.title}}\", at: [5mm, 5mm], width: 64mm, font: \"DejaVu Sans Bold 12\" }\n"
	"  - qr: { data: \"{{url}}\", at: [5mm, 40mm], size: 30mm }\n";

/* The template above, filled in: the start of the flyer and proof operations. */
static int
make_flyer(campaign_template **t, campaign_flyer **f, campaign_diags *d)
{
	static const campaign_param values[] = {
		{ "event.title", "Митинг" },
		{ "url", "https://example.org/rally" },
	};
	*t = NULL;
	*f = NULL;
	int rc = campaign_template_load_string(t, template_yaml, strlen(template_yaml), "t.yaml", NULL, d);
	if (rc == CAMPAIGN_OK)
		rc = campaign_flyer_new(f, *t, values, 2, NULL, d);
	return rc;
}

static int
op_flyer(campaign_diags *d)
{
	campaign_template *t;
	campaign_flyer *f;
	int rc = make_flyer(&t, &f, d);
	for (int format = CAMPAIGN_RENDER_PDF; rc == CAMPAIGN_OK && format <= CAMPAIGN_RENDER_PNG; format++) {
		campaign_render_options ro = CAMPAIGN_RENDER_OPTIONS_INIT;
		ro.format = (campaign_render_format)format;
		ro.dpi = 72;
		campaign_buf out = CAMPAIGN_BUF_INIT;
		rc = campaign_flyer_render(&out, f, &ro, d);
		campaign_buf_dispose(&out);
	}
	campaign_flyer_free(f);
	campaign_template_free(t);
	return rc;
}

/* A spec built in code, its plan, and a lookup of one of its links. */
static int
op_built_spec_and_lookup(campaign_diags *d)
{
	campaign_spec *spec = NULL;
	campaign_spec_options so = CAMPAIGN_SPEC_OPTIONS_INIT;
	so.landing = "https://example.org/rally";
	int rc = campaign_spec_new(&spec, "Rally 2026", &so, d);
	campaign_event ev = CAMPAIGN_EVENT_INIT;
	ev.id = "rally";
	ev.title = "Rally";
	ev.date = "2026-12-05";
	if (rc == CAMPAIGN_OK)
		rc = campaign_spec_add_event(spec, &ev, d);
	campaign_placement pl = CAMPAIGN_PLACEMENT_INIT;
	pl.id = "flyer-gate-a";
	pl.event = "rally";
	pl.source = "flyer";
	pl.medium = "print";
	if (rc == CAMPAIGN_OK)
		rc = campaign_spec_add_placement(spec, &pl, d);
	campaign_plan *plan = NULL;
	campaign_lookup *lookup = NULL;
	if (rc == CAMPAIGN_OK) {
		campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
		po.ledger_path = "/nonexistent-campaign-dir/none.ledger";
		rc = campaign_plan_new(&plan, spec, &po, d);
	}
	if (rc == CAMPAIGN_OK)
		rc = campaign_lookup_from_plan(&lookup, plan);
	const campaign_lookup_entry *hits[2];
	size_t n = 0;
	if (rc == CAMPAIGN_OK)
		rc = campaign_lookup_find(hits, 2, &n, NULL, lookup, "utm_source=flyer&utm_medium=print", d);
	campaign_lookup_free(lookup);
	campaign_plan_free(plan);
	campaign_spec_free(spec);
	return rc;
}

static int
op_hashtag_set(campaign_diags *d)
{
	static const char taken[] = "#Rally\n#RallyMoscow\n";
	campaign_hashtag_set *set = NULL;
	int rc = campaign_hashtag_set_new(&set);
	if (rc == CAMPAIGN_OK)
		rc = campaign_hashtag_set_add_list(set, taken, strlen(taken), "taken.txt", d);
	campaign_buf tag = CAMPAIGN_BUF_INIT;
	if (rc == CAMPAIGN_OK)
		rc = campaign_hashtag_make_unique(&tag, "#Rally", set, 30, d);
	campaign_buf_dispose(&tag);
	campaign_hashtag_set_free(set);
	return rc;
}

static int
op_proof(campaign_diags *d)
{
	campaign_template *t;
	campaign_flyer *f;
	int rc = make_flyer(&t, &f, d);
	campaign_proof *proof = NULL;
	if (rc == CAMPAIGN_OK)
		rc = campaign_proof_new(&proof, NULL, d);
	for (int i = 0; rc == CAMPAIGN_OK && i < 3; i++)
		rc = campaign_proof_add(proof, f, "flyer", d);
	campaign_buf pdf = CAMPAIGN_BUF_INIT;
	if (rc == CAMPAIGN_OK)
		rc = campaign_proof_finish(&pdf, proof, d);
	campaign_buf_dispose(&pdf);
	campaign_proof_free(proof);
	campaign_flyer_free(f);
	campaign_template_free(t);
	return rc;
}

/* A conversion shared per touch and per channel. */
static int
op_attribution(campaign_diags *d)
{
	const campaign_touch t[4] = {
		{ 100, CAMPAIGN_TOUCH_SIGNIFICANT, "vk" }, { 200, CAMPAIGN_TOUCH_DIRECT, "direct" },
		{ 300, CAMPAIGN_TOUCH_SIGNIFICANT, "flyer" }, { 400, CAMPAIGN_TOUCH_SIGNIFICANT, "vk" },
	};
	campaign_attribution_options o = CAMPAIGN_ATTRIBUTION_OPTIONS_INIT;
	o.model = CAMPAIGN_ATTRIBUTION_POSITION_BASED;
	int64_t shares[4];
	int rc = campaign_attribute(&o, t, 4, 500, 10000, shares, d);
	campaign_attribution_share c[4];
	size_t n;
	if (rc == CAMPAIGN_OK)
		rc = campaign_attribute_channels(&o, t, 4, 500, 10000, c, &n, d);
	return rc;
}

/* A spec file whose placements come from a CSV table, and its plan. */
static char rows_dir[] = "/tmp/campaign-nomem-XXXXXX";

/* The spec file name in rows_dir, loaded. */
static int
load_spec(campaign_spec **spec, const char *name, campaign_diags *d)
{
	char path[64];
	snprintf(path, sizeof(path), "%s/%s", rows_dir, name);
	*spec = NULL;
	return campaign_spec_load_file(spec, path, d);
}

static int
op_rows(campaign_diags *d)
{
	campaign_spec *spec;
	int rc = load_spec(&spec, "rally.yaml", d);
	campaign_plan *plan = NULL;
	if (rc == CAMPAIGN_OK) {
		campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
		po.ledger_path = "/nonexistent-campaign-dir/none.ledger";
		rc = campaign_plan_new(&plan, spec, &po, d);
	}
	campaign_plan_free(plan);
	campaign_spec_free(spec);
	return rc;
}

/*
 * The same spec built, taken by the build: the ledger and the manifest are
 * written, and the plan is written down to a scratch file and read back.
 * Then a dry run, which keeps it in memory.
 */
static int
op_build_rows(campaign_diags *d)
{
	char path[64], out[64];
	snprintf(path, sizeof(path), "%s/rally.yaml", rows_dir);
	snprintf(out, sizeof(out), "%s/out", rows_dir);
	campaign_spec *spec = NULL;
	int rc = campaign_spec_load_file(&spec, path, d);
	campaign_build_options bo = CAMPAIGN_BUILD_OPTIONS_INIT;
	bo.output_dir = out;
	bo.formats = CAMPAIGN_FORMAT_NONE;
	bo.now = 1795996800;
	if (rc == CAMPAIGN_OK)
		rc = campaign_build_take(NULL, spec, &bo, d);
	else
		campaign_spec_free(spec);
	spec = NULL;
	if (rc == CAMPAIGN_OK)
		rc = campaign_spec_load_file(&spec, path, d);
	bo.dry_run = 1;
	if (rc == CAMPAIGN_OK)
		rc = campaign_build(NULL, spec, &bo, d);
	campaign_spec_free(spec);
	return rc;
}

/*
 * A URL resolved from the ledger (campaign_lookup_from_ledger()), planned
 * as the CLI does when the ledger gives no answer: with memory to spare
 * the ledger must answer.
 */
static int
op_resolve_from_ledger(campaign_diags *d)
{
	campaign_spec *spec;
	int rc = load_spec(&spec, "issued.yaml", d);
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	po.now = 1795996800;
	static const char query[] = "https://example.org/rally?utm_source=flyer&utm_medium=print"
	                            "&utm_campaign=rally&utm_content=b&gclid=1";
	campaign_lookup *lookup = NULL;
	campaign_plan *plan = NULL;
	if (rc == CAMPAIGN_OK)
		rc = campaign_lookup_from_ledger(&lookup, spec, &po, query, d);
	int planned = rc == CAMPAIGN_OK && !lookup;
	if (planned)
		rc = campaign_plan_new(&plan, spec, &po, d);
	if (planned && rc == CAMPAIGN_OK)
		rc = campaign_lookup_from_plan(&lookup, plan);
	const campaign_lookup_entry *hits[2];
	size_t n = 0;
	if (rc == CAMPAIGN_OK)
		rc = campaign_lookup_find(hits, 2, &n, NULL, lookup, query, d);
	if (rc == CAMPAIGN_OK && planned && !failed)
		rc = CAMPAIGN_EINVALID; /* the ledger did not answer though nothing failed */
	campaign_lookup_free(lookup);
	campaign_plan_free(plan);
	campaign_spec_free(spec);
	return rc;
}

static void
write_text(const char *name, const char *text)
{
	char path[64];
	snprintf(path, sizeof(path), "%s/%s", rows_dir, name);
	FILE *f = fopen(path, "w");
	ASSERT_NOT_NULL(f);
	fputs(text, f);
	fclose(f);
}

static void
remove_text(const char *name)
{
	char path[64];
	snprintf(path, sizeof(path), "%s/%s", rows_dir, name);
	remove(path);
}

static void
test_nomem__each_failed_allocation_is_enomem(void)
{
	static const struct {
		const char *name;
		operation op;
	} ops[] = {
		{ "utm", op_utm }, { "phone", op_phone }, { "hashtag", op_hashtag }, { "qr", op_qr },
		{ "spec and plan", op_spec_and_plan }, { "flyer", op_flyer },
		{ "spec built in code, lookup", op_built_spec_and_lookup },
		{ "hashtag set", op_hashtag_set }, { "proof sheet", op_proof },
		{ "spec with rows", op_rows }, { "build of a spec with rows", op_build_rows },
		{ "attribution", op_attribution }, { "resolve from the ledger", op_resolve_from_ledger },
	};
	ASSERT_NOT_NULL(mkdtemp(rows_dir));
	write_text("rally.yaml",
	           "campaign: { name: Rally, landing: \"https://example.org/rally\",\n"
	           "            short: \"https://go.example.org/\" }\n"
	           "events:\n"
	           "  - { id: moscow, title: Rally, date: 2026-12-05 }\n"
	           "placements:\n"
	           "  - { id: \"site-{{row.n}}\", rows: sites.csv, event: moscow, source: flyer,\n"
	           "      medium: print, content: \"site {{row.name}}\" }\n");
	write_text("sites.csv", "n,name\n1,Gate A\n2,\"Depot, north\"\n3,Станция\n");
	write_text("issued.yaml",
	           "campaign: { name: Rally, landing: \"https://example.org/rally\" }\n"
	           "events:\n"
	           "  - { id: moscow, title: Rally, date: 2026-12-05 }\n"
	           "placements:\n"
	           "  - { id: a, event: moscow, source: flyer, medium: print, content: a }\n"
	           "  - { id: b, event: moscow, source: flyer, medium: print, content: b }\n");
	write_text("issued.ledger",
	           "# libcampaign ledger 2\n# campaign: rally\n"
	           "a\tmoscow\t2026-11-20\t-\t-\t#Rally\thttps://example.org/rally?utm_source=flyer"
	           "&utm_medium=print&utm_campaign=rally&utm_content=a\n"
	           "b\tmoscow\t2026-11-20\t-\t-\t#Rally\thttps://example.org/rally?utm_source=flyer"
	           "&utm_medium=print&utm_campaign=rally&utm_content=b\n");
	for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		long n = fail_each_allocation(ops[i].name, ops[i].op);
		printf("# %s: %ld allocations, failing from each in turn\n", ops[i].name, n);
		/* Each makes allocations of its own: a wrap that reached nothing would show 0. */
		ASSERT_TRUE(n > 0);
	}
	remove_text("rally.yaml");
	remove_text("sites.csv");
	remove_text("rally.ledger");
	remove_text("issued.yaml");
	remove_text("issued.ledger");
	char cmd[96];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s/out'", rows_dir);
	ASSERT_INT_EQ(system(cmd), 0);
	rmdir(rows_dir);
}

int
main(void)
{
	RUN(test_nomem__each_failed_allocation_is_enomem);
	campaign_shutdown();
	return harness_done();
}
