/*
 * The entry points a program uses, through the public headers only: the
 * options initializers for bindings, a plan's pool counts, lookups from a
 * plan and from a manifest, a template from a file, a flyer written to a
 * directory, did-you-mean, statuses and versions; each failure by status and
 * message. Runs in tests/ (meson's workdir), so ../templates is the tree's.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "api_check.h"

static campaign_diags *d;
static char scratch[] = "/tmp/campaign-api-XXXXXX";

static const char *spec_yaml =
	"campaign:\n"
	"  name: Rally\n"
	"  landing: https://example.org/rally\n"
	"  phones: { country_code: 7, trunk_prefix: '8', display: '+7 (XXX) XXX-XX-XX',\n"
	"            pool: ['+74951234501', '+74951234502', '+74951234503'] }\n"
	"events:\n"
	"  - { id: moscow, title: Rally for a living wage, date: 2026-12-05 }\n"
	"placements:\n"
	"  - { id: flyer, event: moscow, source: flyer, medium: print, phone: true }\n"
	"  - { id: vk, event: moscow, source: vk, medium: social }\n";

static void
test_api__options_initializers(void)
{
	campaign_plan_options po;
	ASSERT_INT_EQ(campaign_plan_options_init(&po, CAMPAIGN_PLAN_OPTIONS_VERSION), CAMPAIGN_OK);
	ASSERT_INT_EQ(po.version, CAMPAIGN_PLAN_OPTIONS_VERSION);
	ASSERT_NULL(po.ledger_path);
	ASSERT_INT_EQ(campaign_plan_options_init(&po, 0), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_plan_options_init(NULL, CAMPAIGN_PLAN_OPTIONS_VERSION),
	              CAMPAIGN_EINVALID);
	campaign_build_options bo;
	ASSERT_INT_EQ(campaign_build_options_init(&bo, CAMPAIGN_BUILD_OPTIONS_VERSION),
	              CAMPAIGN_OK);
	ASSERT_INT_EQ(bo.formats, CAMPAIGN_FORMAT_ALL);
	ASSERT_INT_EQ(bo.now, CAMPAIGN_UNSET);
	ASSERT_NULL(bo.output_dir);
	ASSERT_INT_EQ(campaign_build_options_init(&bo, 2), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_build_options_init(NULL, CAMPAIGN_BUILD_OPTIONS_VERSION),
	              CAMPAIGN_EINVALID);
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

static void
test_api__plan_counts_the_pool_and_resolves(void)
{
	campaign_spec *spec = load_spec();
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	po.now = 1795996800;
	campaign_plan *plan = NULL;
	ASSERT_OK(campaign_plan_new(&plan, spec, &po, d), d);
	ASSERT_INT_EQ(campaign_plan_phones_free(plan), 2);
	ASSERT_INT_EQ(campaign_plan_phones_quarantined(plan), 0);
	ASSERT_NULL(campaign_plan_get(plan, 2));

	campaign_lookup *lookup = NULL;
	ASSERT_OK(campaign_lookup_from_plan(&lookup, plan), d);
	const campaign_lookup_entry *hits[4];
	size_t n = 0;
	campaign_query_kind kind = 0;
	ASSERT_OK(campaign_lookup_find(hits, 4, &n, &kind, lookup, "8 (495) 123-45-01", d), d);
	ASSERT_INT_EQ(n, 1);
	ASSERT_INT_EQ(kind, CAMPAIGN_QUERY_PHONE);
	ASSERT_STR_EQ(hits[0]->id, "flyer");
	ASSERT_STR_EQ(hits[0]->phone_display, "+7 (495) 123-45-01");
	ASSERT_NULL(hits[0]->released);
	/* No match is an answer, not a problem: no diagnostic, the caller words it. */
	campaign_diags_clear(d);
	ASSERT_INT_EQ(campaign_lookup_find(hits, 4, &n, &kind, lookup, "+7 495 999-99-99", d),
	              CAMPAIGN_ENOTFOUND);
	ASSERT_INT_EQ(n, 0);
	ASSERT_INT_EQ(campaign_diags_count(d), 0);
	ASSERT_FAILS_WITH(
	        campaign_lookup_find(hits, 4, &n, &kind, lookup, "https://example.org/?a=1", d), d,
	        CAMPAIGN_EINVALID,
	        "the URL has no utm_ parameters to match: https://example.org/?a=1");
	campaign_lookup_free(lookup);
	campaign_plan_free(plan);

	/* Nothing lost: a plan that fails returns no plan and says why. */
	po.version = 0;
	ASSERT_FAILS_WITH(campaign_plan_new(&plan, spec, &po, d), d, CAMPAIGN_EINVALID,
	                  "campaign_plan_options of unknown version 0 (this library knows 1 to 1)");
	ASSERT_NULL(plan);
	campaign_spec_free(spec);
}

static void
test_api__lookup_from_a_plan_knows_released_placements(void)
{
	/* A poster the spec no longer has: its number is in quarantine, its paper still on walls. */
	char path[sizeof(scratch) + 32];
	snprintf(path, sizeof(path), "%s/released.ledger", scratch);
	FILE *f = fopen(path, "w");
	ASSERT_NOT_NULL(f);
	fputs("# libcampaign ledger 1\n"
	      "poster\tmoscow\t2026-11-02\t2026-11-20\t+74951234503\t#Rally\t"
	      "https://example.org/rally?utm_source=poster&utm_medium=outdoor&utm_campaign=rally\n", f);
	ASSERT_INT_EQ(fclose(f), 0);
	campaign_spec *spec = load_spec();
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	po.now = 1795996800;
	po.ledger_path = path;
	campaign_plan *plan = NULL;
	ASSERT_OK(campaign_plan_new(&plan, spec, &po, d), d);
	ASSERT_INT_EQ(campaign_plan_phones_quarantined(plan), 1);
	campaign_lookup *lookup = NULL;
	ASSERT_OK(campaign_lookup_from_plan(&lookup, plan), d);
	const campaign_lookup_entry *hits[4];
	size_t n = 0;
	campaign_query_kind kind = 0;
	ASSERT_OK(campaign_lookup_find(hits, 4, &n, &kind, lookup, "8 495 123 45 03", d), d);
	ASSERT_INT_EQ(n, 1);
	ASSERT_STR_EQ(hits[0]->id, "poster");
	ASSERT_STR_EQ(hits[0]->released, "2026-11-20");
	ASSERT_STR_EQ(hits[0]->phone_display, "+7 (495) 123-45-03");
	ASSERT_OK(campaign_lookup_find(hits, 4, &n, &kind, lookup, "https://example.org/rally?utm_campaign=rally&"
	                                       "utm_medium=outdoor&utm_source=poster", d),
	          d);
	ASSERT_INT_EQ(n, 1);
	ASSERT_STR_EQ(hits[0]->id, "poster");
	/*
	 * The event keeps the tag the ledger gave it, so all three carry it, and
	 * the present placements come first.
	 */
	ASSERT_OK(campaign_lookup_find(hits, 4, &n, &kind, lookup, "rally", d), d);
	ASSERT_INT_EQ(kind, CAMPAIGN_QUERY_HASHTAG);
	ASSERT_INT_EQ(n, 3);
	ASSERT_STR_EQ(hits[0]->id, "flyer");
	ASSERT_NULL(hits[0]->released);
	ASSERT_STR_EQ(hits[2]->id, "poster");
	campaign_lookup_free(lookup);
	campaign_plan_free(plan);
	campaign_spec_free(spec);
	unlink(path);
}

static void
test_api__lookup_from_a_built_manifest(void)
{
	campaign_spec *spec = load_spec();
	char out[512];
	snprintf(out, sizeof(out), "%s/out", scratch);
	campaign_build_options bo = CAMPAIGN_BUILD_OPTIONS_INIT;
	bo.output_dir = out;
	bo.now = 1795996800;
	campaign_buf dir = CAMPAIGN_BUF_INIT;
	ASSERT_OK(campaign_build(&dir, spec, &bo, d), d);
	ASSERT_STR_EQ(dir.ptr, out);
	campaign_buf_dispose(&dir);
	ASSERT_NULL(dir.ptr);
	campaign_spec_free(spec);

	char manifest[600];
	snprintf(manifest, sizeof(manifest), "%s/manifest.json", out);
	campaign_lookup *lookup = NULL;
	ASSERT_OK(campaign_lookup_load_manifest(&lookup, manifest, d), d);
	const campaign_lookup_entry *hits[2];
	size_t n = 0;
	ASSERT_OK(campaign_lookup_find(hits, 2, &n, NULL, lookup, "https://example.org/rally?utm_medium=social&utm_source=vk"
	                               "&utm_campaign=rally&gclid=x", d),
	          d);
	ASSERT_INT_EQ(n, 1);
	ASSERT_STR_EQ(hits[0]->id, "vk");
	ASSERT_STR_EQ(hits[0]->event, "moscow");
	ASSERT_FAILS_WITH(campaign_lookup_find(hits, 2, &n, NULL, lookup, "", d), d,
	                  CAMPAIGN_EINVALID,
	                  "the query is empty: give a URL, a phone number or a hashtag");
	campaign_lookup_free(lookup);
	campaign_lookup_free(NULL);

	lookup = NULL;
	char missing[600];
	snprintf(missing, sizeof(missing), "%s/none.json", scratch);
	campaign_diags_clear(d);
	ASSERT_INT_EQ(campaign_lookup_load_manifest(&lookup, missing, d), CAMPAIGN_EIO);
	ASSERT_NULL(lookup);
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->file, missing);
	ASSERT_TRUE(strstr(campaign_diags_get(d, 0)->message, "No such file or directory") != NULL);
	/* A spec is not a manifest. */
	char not_manifest[600];
	snprintf(not_manifest, sizeof(not_manifest), "%s/x.json", scratch);
	FILE *f = fopen(not_manifest, "w");
	ASSERT_NOT_NULL(f);
	fputs("{\"placements\": 3}\n", f);
	fclose(f);
	campaign_diags_clear(d);
	ASSERT_INT_EQ(campaign_lookup_load_manifest(&lookup, not_manifest, d), CAMPAIGN_EINVALID);
	ASSERT_NULL(lookup);
	ASSERT_INT_EQ(campaign_diags_error_count(d), 1);
}

static char *
slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	ASSERT_NOT_NULL(f);
	static char text[2][1 << 14];
	static int which;
	char *buf = text[which++ % 2];
	size_t n = fread(buf, 1, sizeof(text[0]) - 1, f);
	fclose(f);
	buf[n] = '\0';
	return buf;
}

/* Taking the spec changes when it is freed, never what is built. */
static void
test_api__build_take_frees_the_spec_and_builds_the_same(void)
{
	char out_a[512], out_b[512];
	snprintf(out_a, sizeof(out_a), "%s/out-a", scratch);
	snprintf(out_b, sizeof(out_b), "%s/out-b", scratch);
	campaign_build_options bo = CAMPAIGN_BUILD_OPTIONS_INIT;
	bo.now = 1795996800;
	bo.output_dir = out_a;
	campaign_spec *spec = load_spec();
	ASSERT_OK(campaign_build(NULL, spec, &bo, d), d);
	campaign_spec_free(spec);
	bo.output_dir = out_b;
	campaign_buf dir = CAMPAIGN_BUF_INIT;
	ASSERT_OK(campaign_build_take(&dir, load_spec(), &bo, d), d);
	ASSERT_STR_EQ(dir.ptr, out_b);
	campaign_buf_dispose(&dir);
	const char *files[] = { "manifest.json", "manifest.csv" };
	for (size_t i = 0; i < 2; i++) {
		char a[600], b[600];
		snprintf(a, sizeof(a), "%s/%s", out_a, files[i]);
		snprintf(b, sizeof(b), "%s/%s", out_b, files[i]);
		const char *text_a = slurp(a);
		ASSERT_TRUE(strstr(text_a, "+74951234501") != NULL);
		ASSERT_STR_EQ(slurp(b), text_a);
	}
	/* Taken on failure too: the sanitizer build would report a leak. */
	campaign_diags_clear(d);
	bo.jobs = 0;
	ASSERT_FAILS_WITH(campaign_build_take(NULL, load_spec(), &bo, d), d, CAMPAIGN_EINVALID,
	                  "jobs must be at least 1");
	bo.jobs = 1;
	bo.shard_count = 2;
	bo.shard_index = 2;
	campaign_diags_clear(d);
	ASSERT_FAILS_WITH(campaign_build_take(NULL, load_spec(), &bo, d), d, CAMPAIGN_EINVALID,
	                  "shard 2 does not exist in 2 shards (they are 0 to 1)");
	bo.shard_count = 1;
	bo.shard_index = 0;
	bo.ledger_path = "/nonexistent-campaign-dir/none.ledger";
	campaign_diags_clear(d);
	ASSERT_INT_EQ(campaign_build_take(NULL, load_spec(), &bo, d), CAMPAIGN_EIO);
}

static void
test_api__template_from_a_file_and_a_flyer_on_disk(void)
{
	campaign_template *t = NULL;
	ASSERT_OK(campaign_template_load_file(&t, "../templates/flyer-a6.yaml", d), d);
	campaign_template_info info = CAMPAIGN_TEMPLATE_INFO_INIT;
	ASSERT_OK(campaign_template_get_info(&info, t), d);
	ASSERT_STR_EQ(info.size_name, "A6");
	const campaign_param values[] = {
		{ "event.title", "Rally" },
		{ "event.date", "2026-12-05" },
		{ "event.time", "12:00" },
		{ "event.venue", "Gorky Park" },
		{ "url", "https://example.org/r?utm_source=flyer" },
		{ "phone", "+7 (495) 123-45-01" },
		{ "hashtag", "#Rally" },
		{ "campaign.name", "Rally" },
		{ "tel", "tel:+74951234501" },
	};
	campaign_flyer *f = NULL;
	ASSERT_OK(campaign_flyer_new(&f, t, values, sizeof(values) / sizeof(values[0]), NULL, d),
	          d);
	int dirfd = open(scratch, O_RDONLY | O_DIRECTORY);
	ASSERT_TRUE(dirfd >= 0);
	ASSERT_OK(campaign_flyer_write(dirfd, "flyer.pdf", f, NULL, d), d);
	struct stat st;
	ASSERT_INT_EQ(fstatat(dirfd, "flyer.pdf", &st, 0), 0);
	ASSERT_TRUE(st.st_size > 1000);
	campaign_diags_clear(d);
	ASSERT_INT_EQ(campaign_flyer_write(dirfd, "no-such-dir/flyer.pdf", f, NULL, d),
	              CAMPAIGN_EIO);
	ASSERT_INT_EQ(campaign_diags_get(d, 0)->status, CAMPAIGN_EIO);
	ASSERT_TRUE(strstr(campaign_diags_get(d, 0)->message, "No such file or directory") != NULL);
	close(dirfd);
	campaign_flyer_free(f);
	campaign_template_free(t);

	t = NULL;
	campaign_diags_clear(d);
	ASSERT_FAILS_WITH(campaign_template_load_file(&t, "../templates/no-such.yaml", d), d,
	                  CAMPAIGN_EIO, "cannot read the template: No such file or directory");
	ASSERT_NULL(t);
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->file, "../templates/no-such.yaml");
}

static void
test_api__suggest_statuses_and_versions(void)
{
	const char *keys[] = { "source", "medium", "campaign", NULL };
	ASSERT_STR_EQ(campaign_suggest("meduim", keys), "medium");
	ASSERT_NULL(campaign_suggest("landing", keys));
	ASSERT_STR_EQ(campaign_strerror(CAMPAIGN_OK), "success");
	ASSERT_STR_EQ(campaign_strerror(CAMPAIGN_EINVALID), "input is invalid");
	ASSERT_STR_EQ(campaign_strerror(CAMPAIGN_ENOTFOUND), "not found");
	ASSERT_STR_EQ(campaign_strerror(CAMPAIGN_EEXHAUSTED), "phone pool exhausted");
	ASSERT_STR_EQ(campaign_strerror(CAMPAIGN_ETOOLONG), "data too long");
	ASSERT_STR_EQ(campaign_strerror(CAMPAIGN_EIO), "input/output error");
	ASSERT_STR_EQ(campaign_strerror(CAMPAIGN_EMISSING), "a required resource is missing");
	ASSERT_STR_EQ(campaign_strerror(CAMPAIGN_ENOMEM), "out of memory");
	ASSERT_STR_EQ(campaign_strerror(-99), "unknown status");
	ASSERT_STR_EQ(campaign_version_string(), CAMPAIGN_VERSION_STRING);
	ASSERT_INT_EQ(campaign_version_number(), CAMPAIGN_VERSION_NUMBER);
	ASSERT_TRUE(CAMPAIGN_VERSION_CHECK(CAMPAIGN_VERSION_MAJOR, CAMPAIGN_VERSION_MINOR, 0));
	ASSERT_TRUE(!CAMPAIGN_VERSION_CHECK(CAMPAIGN_VERSION_MAJOR + 1, 0, 0));
}

static void
test_api__url_display_for_print(void)
{
	campaign_buf b = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_url_display(&b, "https://xn--e1afmkfd.xn--p1ai/rally/?utm_source=flyer#top"),
	              CAMPAIGN_OK);
	ASSERT_STR_EQ(b.ptr, "пример.рф/rally");
	campaign_buf_dispose(&b);
	ASSERT_INT_EQ(campaign_url_display(&b, "not a url"), CAMPAIGN_EINVALID);
	ASSERT_NULL(b.ptr);
	ASSERT_INT_EQ(campaign_url_display(&b, NULL), CAMPAIGN_EINVALID);
}

static void
test_api__template_placeholders_once_each_in_page_order(void)
{
	static const char yaml[] =
		"template: t\npage: { size: A6 }\nelements:\n"
		"  - text: { text: \"{{var.cta}} {{event.title}}\", at: [10mm, 10mm], width: 50mm }\n"
		"  - qr: { data: \"{{url}}\", at: [10mm, 40mm], size: 40mm }\n"
		"  - text: { text: \"{{event.title}} · {{url_display}}\", at: [10mm, 90mm], width: 50mm }\n"
		"  - rect: { at: [0, 0], size: [10mm, 10mm], fill: \"#000\" }\n";
	campaign_template *t = NULL;
	ASSERT_INT_EQ(campaign_template_load_string(&t, yaml, sizeof(yaml) - 1, "t.yaml", ".", NULL),
	              CAMPAIGN_OK);
	campaign_buf names = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_template_placeholders(&names, t), CAMPAIGN_OK);
	ASSERT_STR_EQ(names.ptr, "var.cta\nevent.title\nurl\nurl_display\n");
	campaign_buf_dispose(&names);
	campaign_template_free(t);
	ASSERT_INT_EQ(campaign_template_load_string(&t, "template: e\npage: { size: A6 }\nelements: []\n",
	                                            44, "e.yaml", ".", NULL),
	              CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_template_placeholders(&names, t), CAMPAIGN_OK);
	ASSERT_STR_EQ(names.ptr, "");
	campaign_buf_dispose(&names);
	campaign_template_free(t);
	ASSERT_INT_EQ(campaign_template_placeholders(&names, NULL), CAMPAIGN_EINVALID);
}

int
main(void)
{
	if (campaign_diags_new(&d) || !mkdtemp(scratch))
		return 1;
	RUN(test_api__options_initializers);
	RUN(test_api__plan_counts_the_pool_and_resolves);
	RUN(test_api__lookup_from_a_plan_knows_released_placements);
	RUN(test_api__lookup_from_a_built_manifest);
	RUN(test_api__build_take_frees_the_spec_and_builds_the_same);
	RUN(test_api__template_from_a_file_and_a_flyer_on_disk);
	RUN(test_api__suggest_statuses_and_versions);
	RUN(test_api__url_display_for_print);
	RUN(test_api__template_placeholders_once_each_in_page_order);
	campaign_diags_free(d);
	/* fontconfig's and pango's caches, made by the flyers, so LeakSanitizer sees a clean exit. */
	campaign_shutdown();
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", scratch);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", scratch);
	return harness_done();
}
