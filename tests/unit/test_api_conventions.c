/*
 * The conventions every public call keeps, through the public headers only
 * (README, "The C API"): NULL options mean the defaults; each _init()
 * function gives its _INIT macro and takes only versions it knows; an unset
 * clock is the current time, never the Unix epoch; 0 is not a default.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "api_check.h"

static campaign_diags *d;
static char scratch[] = "/tmp/campaign-conventions-XXXXXX";

static const char *spec_yaml =
	"campaign:\n"
	"  name: Rally\n"
	"  landing: https://example.org/rally\n"
	"  phones: { country_code: 7, pool: ['+74951234501', '+74951234502'] }\n"
	"events:\n"
	"  - { id: moscow, title: Rally for a living wage, date: 2026-12-05, time: '12:00',\n"
	"      venue: Gorky Park }\n"
	"placements:\n"
	"  - event: moscow\n"
	"    source: flyer\n"
	"    medium: print\n"
	"    phone: true\n"
	"    rows: sites.csv\n"
	"    content: '{{row.site}}'\n"
	"    id: 'flyer-{{row.site}}'\n";

/* Each _init() against its macro, byte for byte, and against versions it does not know. */
#define CHECK_INIT(type, init_fn, INIT, VERSION, same_bytes)                      \
	do {                                                                      \
		static const type want = INIT;                                    \
		type got;                                                         \
		memset(&got, 0xa5, sizeof(got));                                  \
		ASSERT_INT_EQ(init_fn(&got, VERSION), CAMPAIGN_OK);               \
		ASSERT_TRUE(memcmp(&got, &want, sizeof(got)) == 0 || !same_bytes); \
		ASSERT_INT_EQ(init_fn(&got, 0), CAMPAIGN_EINVALID);               \
		ASSERT_INT_EQ(init_fn(&got, (VERSION) + 1), CAMPAIGN_EINVALID);   \
		ASSERT_INT_EQ(init_fn(NULL, VERSION), CAMPAIGN_EINVALID);         \
		count++;                                                          \
	} while (0)

static void
test_api__every_init_function_gives_its_macro(void)
{
	int count = 0;
	CHECK_INIT(campaign_utm, campaign_utm_init, CAMPAIGN_UTM_INIT, CAMPAIGN_UTM_VERSION, 1);
	/* Its separator is a string: the same text, at another address than the test's. */
	CHECK_INIT(campaign_utm_conventions, campaign_utm_conventions_init,
	           CAMPAIGN_UTM_CONVENTIONS_INIT, CAMPAIGN_UTM_CONVENTIONS_VERSION, 0);
	campaign_utm_conventions conv;
	ASSERT_INT_EQ(campaign_utm_conventions_init(&conv, CAMPAIGN_UTM_CONVENTIONS_VERSION),
	              CAMPAIGN_OK);
	ASSERT_TRUE(conv.lowercase == 1 && conv.transliterate == 1);
	ASSERT_STR_EQ(conv.separator, "_");
	CHECK_INIT(campaign_hashtag_options, campaign_hashtag_options_init,
	           CAMPAIGN_HASHTAG_OPTIONS_INIT, CAMPAIGN_HASHTAG_OPTIONS_VERSION, 1);
	CHECK_INIT(campaign_phone_rules, campaign_phone_rules_init, CAMPAIGN_PHONE_RULES_INIT,
	           CAMPAIGN_PHONE_RULES_VERSION, 1);
	CHECK_INIT(campaign_qr_options, campaign_qr_options_init, CAMPAIGN_QR_OPTIONS_INIT,
	           CAMPAIGN_QR_OPTIONS_VERSION, 1);
	CHECK_INIT(campaign_spec_options, campaign_spec_options_init, CAMPAIGN_SPEC_OPTIONS_INIT,
	           CAMPAIGN_SPEC_OPTIONS_VERSION, 1);
	CHECK_INIT(campaign_spec_hashtag, campaign_spec_hashtag_init, CAMPAIGN_SPEC_HASHTAG_INIT,
	           CAMPAIGN_SPEC_HASHTAG_VERSION, 1);
	CHECK_INIT(campaign_spec_phones, campaign_spec_phones_init, CAMPAIGN_SPEC_PHONES_INIT,
	           CAMPAIGN_SPEC_PHONES_VERSION, 1);
	CHECK_INIT(campaign_event, campaign_event_init, CAMPAIGN_EVENT_INIT, CAMPAIGN_EVENT_VERSION, 1);
	CHECK_INIT(campaign_placement, campaign_placement_init, CAMPAIGN_PLACEMENT_INIT,
	           CAMPAIGN_PLACEMENT_VERSION, 1);
	CHECK_INIT(campaign_plan_options, campaign_plan_options_init, CAMPAIGN_PLAN_OPTIONS_INIT,
	           CAMPAIGN_PLAN_OPTIONS_VERSION, 1);
	CHECK_INIT(campaign_build_options, campaign_build_options_init, CAMPAIGN_BUILD_OPTIONS_INIT,
	           CAMPAIGN_BUILD_OPTIONS_VERSION, 1);
	CHECK_INIT(campaign_flyer_options, campaign_flyer_options_init, CAMPAIGN_FLYER_OPTIONS_INIT,
	           CAMPAIGN_FLYER_OPTIONS_VERSION, 1);
	CHECK_INIT(campaign_render_options, campaign_render_options_init,
	           CAMPAIGN_RENDER_OPTIONS_INIT, CAMPAIGN_RENDER_OPTIONS_VERSION, 1);
	CHECK_INIT(campaign_proof_options, campaign_proof_options_init, CAMPAIGN_PROOF_OPTIONS_INIT,
	           CAMPAIGN_PROOF_OPTIONS_VERSION, 1);
	ASSERT_INT_EQ(count, 15);
	/* Optional numbers are CAMPAIGN_UNSET, not 0. */
	campaign_build_options bo = CAMPAIGN_BUILD_OPTIONS_INIT;
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	campaign_render_options ro = CAMPAIGN_RENDER_OPTIONS_INIT;
	campaign_placement pl = CAMPAIGN_PLACEMENT_INIT;
	ASSERT_INT_EQ(bo.now, CAMPAIGN_UNSET);
	ASSERT_INT_EQ(po.now, CAMPAIGN_UNSET);
	ASSERT_INT_EQ(ro.now, CAMPAIGN_UNSET);
	ASSERT_INT_EQ(ro.marks, CAMPAIGN_UNSET);
	ASSERT_INT_EQ(pl.qr, CAMPAIGN_UNSET);
	/* Defaults are written out, never 0 standing for them. */
	ASSERT_INT_EQ(bo.formats, CAMPAIGN_FORMAT_ALL);
	ASSERT_INT_EQ(bo.dpi, 300);
	ASSERT_INT_EQ(bo.jobs, 1);
	ASSERT_INT_EQ(bo.shard_count, 1);
}

static void
write_file(const char *name, const char *text)
{
	char path[sizeof(scratch) + 64];
	snprintf(path, sizeof(path), "%s/%s", scratch, name);
	FILE *f = fopen(path, "w");
	ASSERT_NOT_NULL(f);
	fputs(text, f);
	fclose(f);
}

static campaign_spec *
load_spec(void)
{
	campaign_spec *spec = NULL;
	ASSERT_OK(campaign_spec_load_string(&spec, spec_yaml, strlen(spec_yaml), "rally.yaml",
	                                    scratch, d),
	          d);
	return spec;
}

/* "YYYY-MM-DD" of a Unix time. */
static void
day_of(time_t t, char out[11])
{
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

static void
test_api__an_unset_clock_is_now_not_the_epoch(void)
{
	campaign_spec *spec = load_spec();
	char before[11], after[11];
	day_of(time(NULL), before);
	campaign_plan *plan = NULL;
	/* NULL options: the defaults, which leave the clock unset. */
	ASSERT_OK(campaign_plan_new(&plan, spec, NULL, d), d);
	day_of(time(NULL), after);
	const campaign_assignment *a = campaign_plan_get(plan, 0);
	ASSERT_NOT_NULL(a);
	ASSERT_TRUE(strcmp(a->issued, before) == 0 || strcmp(a->issued, after) == 0);
	ASSERT_TRUE(strcmp(a->issued, "1970-01-01") != 0);
	campaign_plan_free(plan);
	campaign_spec_free(spec);
}

static void
test_api__null_options_mean_the_defaults(void)
{
	campaign_spec *spec = load_spec();
	campaign_plan *plan = NULL;
	ASSERT_OK(campaign_plan_new(&plan, spec, NULL, d), d);

	/* A plan's values fill a template, as the build fills it. */
	campaign_values *values = NULL;
	ASSERT_OK(campaign_plan_values(&values, plan, 1), d);
	const campaign_param *p = campaign_values_params(values);
	size_t n = campaign_values_count(values);
	const char *row_site = NULL, *time_value = NULL, *phone = NULL, *term = NULL;
	for (size_t i = 0; i < n; i++) {
		if (strcmp(p[i].key, "row.site") == 0)
			row_site = p[i].value;
		if (strcmp(p[i].key, "event.time") == 0)
			time_value = p[i].value;
		if (strcmp(p[i].key, "phone") == 0)
			phone = p[i].value;
		if (strcmp(p[i].key, "placement.term") == 0)
			term = p[i].value;
	}
	ASSERT_STR_EQ(row_site, "gate-b");
	ASSERT_STR_EQ(time_value, "12:00");
	/* no display mask in the spec: the default of +7 */
	ASSERT_STR_EQ(phone, "+7 (495) 123-45-02");
	ASSERT_NULL(term); /* no utm_term: left out, never "" */
	campaign_values_free(values);
	ASSERT_INT_EQ(campaign_plan_values(&values, plan, 2), CAMPAIGN_EINVALID);
	ASSERT_NULL(values);

	campaign_template *t = NULL;
	const char *dirs[] = { "../templates", NULL };
	ASSERT_OK(campaign_template_open(&t, "flyer-a6", dirs, d), d);
	campaign_flyer *f = NULL;
	ASSERT_OK(campaign_plan_values(&values, plan, 0), d);
	ASSERT_OK(campaign_flyer_new(&f, t, campaign_values_params(values),
	                             campaign_values_count(values), NULL, d),
	          d);
	campaign_buf pdf = CAMPAIGN_BUF_INIT;
	ASSERT_OK(campaign_flyer_render(&pdf, f, NULL, d), d);
	ASSERT_TRUE(pdf.size > 1000 && memcmp(pdf.ptr, "%PDF-", 5) == 0);
	/* The unset PDF date: none, so the bytes do not follow the clock. */
	ASSERT_TRUE(memmem(pdf.ptr, pdf.size, "/CreationDate", 13) == NULL);
	campaign_buf_dispose(&pdf);
	campaign_proof *proof = NULL;
	ASSERT_OK(campaign_proof_new(&proof, NULL, d), d);
	ASSERT_OK(campaign_proof_add(proof, f, "flyer", d), d);
	ASSERT_OK(campaign_proof_finish(&pdf, proof, d), d);
	campaign_proof_free(proof);
	campaign_buf_dispose(&pdf);

	/* The same through the init functions, as a binding that cannot use the macros does. */
	campaign_flyer_options fo;
	campaign_render_options ro;
	campaign_proof_options po;
	ASSERT_OK(campaign_flyer_options_init(&fo, CAMPAIGN_FLYER_OPTIONS_VERSION), d);
	ASSERT_OK(campaign_render_options_init(&ro, CAMPAIGN_RENDER_OPTIONS_VERSION), d);
	ASSERT_OK(campaign_proof_options_init(&po, CAMPAIGN_PROOF_OPTIONS_VERSION), d);
	fo.language = "ru";
	ro.format = CAMPAIGN_RENDER_PNG;
	ro.dpi = 72;
	po.columns = 1;
	po.rows = 1;
	campaign_flyer *ru = NULL;
	ASSERT_OK(campaign_flyer_new(&ru, t, campaign_values_params(values),
	                             campaign_values_count(values), &fo, d),
	          d);
	ASSERT_OK(campaign_flyer_render(&pdf, ru, &ro, d), d);
	ASSERT_TRUE(pdf.size > 100 && memcmp(pdf.ptr, "\x89PNG", 4) == 0);
	campaign_buf_dispose(&pdf);
	ASSERT_OK(campaign_proof_new(&proof, &po, d), d);
	ASSERT_OK(campaign_proof_add(proof, f, "flyer", d), d);
	ASSERT_OK(campaign_proof_finish(&pdf, proof, d), d);
	campaign_proof_free(proof);
	campaign_buf_dispose(&pdf);
	campaign_flyer_free(ru);
	campaign_flyer_free(f);
	campaign_values_free(values);
	campaign_template_free(t);

	campaign_buf out = CAMPAIGN_BUF_INIT;
	ASSERT_OK(campaign_hashtag_make(&out, "Rally for a living wage", NULL, d), d);
	ASSERT_STR_EQ(out.ptr, "#RallyForALivingWage");
	campaign_buf_dispose(&out);
	ASSERT_OK(campaign_utm_apply_conventions(&out, "Flyer Gate", NULL, d), d);
	ASSERT_STR_EQ(out.ptr, "flyer_gate");
	campaign_buf_dispose(&out);
	ASSERT_OK(campaign_phone_normalize(&out, "+7 495 123-45-01", NULL, d), d);
	ASSERT_STR_EQ(out.ptr, "+74951234501");
	campaign_buf_dispose(&out);
	campaign_qr *qr = NULL;
	ASSERT_OK(campaign_qr_encode(&qr, "https://example.org", 19, NULL, d), d);
	ASSERT_OK(campaign_qr_render(&out, qr, CAMPAIGN_QR_FORMAT_SVG, NULL, d), d);
	campaign_buf_dispose(&out);
	campaign_qr_free(qr);
	campaign_spec *built = NULL;
	ASSERT_OK(campaign_spec_new(&built, "Rally", NULL, d), d);
	ASSERT_OK(campaign_spec_set_conventions(built, NULL, d), d);
	ASSERT_OK(campaign_spec_set_hashtag(built, NULL, d), d);
	campaign_spec_free(built);

	/* A build with NULL options writes into out/<slug> of the working directory. */
	char cwd[4096];
	ASSERT_NOT_NULL(getcwd(cwd, sizeof(cwd)));
	ASSERT_INT_EQ(chdir(scratch), 0);
	campaign_buf dir = CAMPAIGN_BUF_INIT;
	ASSERT_OK(campaign_build(&dir, spec, NULL, d), d);
	ASSERT_STR_EQ(dir.ptr, "out/rally");
	ASSERT_INT_EQ(access("out/rally/manifest.json", F_OK), 0);
	campaign_buf_dispose(&dir);
	ASSERT_INT_EQ(chdir(cwd), 0);

	campaign_plan_free(plan);
	campaign_spec_free(spec);
}

static void
test_api__templates_dir_is_the_installed_one(void)
{
	const char *dir = campaign_templates_dir();
	ASSERT_NOT_NULL(dir);
	ASSERT_TRUE(dir[0] == '/');
	const char *tail = "/share/libcampaign/templates";
	size_t n = strlen(dir);
	ASSERT_TRUE(n > strlen(tail) && strcmp(dir + n - strlen(tail), tail) == 0);
}

int
main(void)
{
	ASSERT_NOT_NULL(mkdtemp(scratch));
	write_file("sites.csv", "site\ngate-a\ngate-b\n");
	campaign_diags_new(&d);
	RUN(test_api__every_init_function_gives_its_macro);
	RUN(test_api__an_unset_clock_is_now_not_the_epoch);
	RUN(test_api__null_options_mean_the_defaults);
	RUN(test_api__templates_dir_is_the_installed_one);
	campaign_diags_free(d);
	campaign_shutdown();
	char cmd[sizeof(scratch) + 16];
	snprintf(cmd, sizeof(cmd), "rm -rf %s", scratch);
	if (system(cmd) != 0)
		return 1;
	return harness_done();
}
