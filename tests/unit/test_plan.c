/*
 * Identifiers across builds: the ledger keeps every printed number with its
 * placement whatever happens to the spec, and releases numbers into
 * quarantine. Each scenario builds in a scratch directory through the
 * public API, as a program linking the library would.
 */
#include <dirent.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "campaign/campaign.h"
#include "harness.h"

#define DAY 86400
static const int64_t NOW = 1795996800; /* 2026-11-30 */

static char dir[256];

static void
write_file(const char *name, const char *text)
{
	char path[512];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	ASSERT_NOT_NULL(f);
	fputs(text, f);
	fclose(f);
}

static char *
read_file(const char *name)
{
	char path[512];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	static char buf[1 << 16];
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return strdup(buf);
}

/* A spec whose placements are the space-separated ids, each asking for a number. */
static void
write_spec(const char *ids, const char *pool)
{
	char text[8192];
	int n = snprintf(text, sizeof(text),
	                 "campaign:\n  name: Rally\n  slug: rally\n  landing: https://example.org/r\n"
	                 "  phones:\n    country_code: 7\n    trunk_prefix: \"8\"\n    quarantine_days: 90\n"
	                 "    pool: [%s]\n"
	                 "events:\n  - { id: ev, title: Rally, date: 2026-12-05 }\nplacements:\n", pool);
	char copy[1024];
	snprintf(copy, sizeof(copy), "%s", ids);
	for (char *id = strtok(copy, " "); id; id = strtok(NULL, " "))
		n += snprintf(text + n, sizeof(text) - (size_t)n,
		              "  - { id: %s, event: ev, source: flyer, medium: print, content: %s, phone: true }\n",
		              id, id);
	write_file("spec.yaml", text);
}

static int
build(int64_t now, campaign_diags *d)
{
	char spec_path[512], out[512];
	snprintf(spec_path, sizeof(spec_path), "%s/spec.yaml", dir);
	snprintf(out, sizeof(out), "%s/out", dir);
	campaign_spec *spec = NULL;
	int rc = campaign_spec_load_file(&spec, spec_path, d);
	if (rc == CAMPAIGN_OK) {
		campaign_build_options o = CAMPAIGN_BUILD_OPTIONS_INIT;
		o.now = now;
		o.output_dir = out;
		o.formats = CAMPAIGN_FORMAT_QR;
		rc = campaign_build(NULL, spec, &o, d);
	}
	campaign_spec_free(spec);
	return rc;
}

/* The number the ledger gives id, "-" for none, NULL when id is not in the ledger. */
static const char *
ledger_phone(const char *id)
{
	static char phone[32];
	char *text = read_file("spec.ledger");
	ASSERT_NOT_NULL(text);
	char key[80];
	snprintf(key, sizeof(key), "\n%s\t", id);
	char *line = strstr(text, key);
	if (!line) {
		free(text);
		return NULL;
	}
	/* id, event, issued, released, phone */
	char *p = line + 1;
	for (int field = 0; field < 4; field++)
		p = strchr(p, '\t') + 1;
	size_t len = strcspn(p, "\t");
	snprintf(phone, sizeof(phone), "%.*s", (int)len, p);
	free(text);
	return phone;
}

static const char *
ledger_released(const char *id)
{
	static char day[16];
	char *text = read_file("spec.ledger");
	char key[80];
	snprintf(key, sizeof(key), "\n%s\t", id);
	char *p = strstr(text, key) + 1;
	for (int field = 0; field < 3; field++)
		p = strchr(p, '\t') + 1;
	snprintf(day, sizeof(day), "%.*s", (int)strcspn(p, "\t"), p);
	free(text);
	return day;
}

static campaign_diags *
setup(void)
{
	snprintf(dir, sizeof(dir), "/tmp/campaign-test-plan-XXXXXX");
	ASSERT_NOT_NULL(mkdtemp(dir));
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	return d;
}

static void
remove_tree(const char *path)
{
	char cmd[600];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", path);
	ASSERT_INT_EQ(system(cmd), 0);
}

static void
teardown(campaign_diags *d)
{
	campaign_diags_free(d);
	remove_tree(dir);
}

static const char *POOL3 = "\"+7 495 000-00-01\", \"8 (495) 000-00-02\", \"84950000003\"";

static void
test_plan__first_build_assigns_in_pool_order_and_rebuild_is_identical(void)
{
	campaign_diags *d = setup();
	write_spec("a b", POOL3);
	ASSERT_INT_EQ(build(NOW, d), CAMPAIGN_OK);
	ASSERT_STR_EQ(ledger_phone("a"), "+74950000001");
	ASSERT_STR_EQ(ledger_phone("b"), "+74950000002");
	char *ledger1 = read_file("spec.ledger"), *json1 = read_file("out/manifest.json");
	ASSERT_INT_EQ(build(NOW + 3 * DAY, d), CAMPAIGN_OK);
	char *ledger2 = read_file("spec.ledger"), *json2 = read_file("out/manifest.json");
	/* Nothing changed, so nothing moved, not even the issue dates. */
	ASSERT_STR_EQ(ledger2, ledger1);
	ASSERT_STR_EQ(json2, json1);
	free(ledger1);
	free(ledger2);
	free(json1);
	free(json2);
	teardown(d);
}

static void
test_plan__reordering_keeps_numbers(void)
{
	campaign_diags *d = setup();
	write_spec("a b", POOL3);
	ASSERT_INT_EQ(build(NOW, d), CAMPAIGN_OK);
	write_spec("b a", POOL3);
	ASSERT_INT_EQ(build(NOW + DAY, d), CAMPAIGN_OK);
	ASSERT_STR_EQ(ledger_phone("a"), "+74950000001");
	ASSERT_STR_EQ(ledger_phone("b"), "+74950000002");
	teardown(d);
}

static void
test_plan__added_placement_takes_the_next_free_number(void)
{
	campaign_diags *d = setup();
	write_spec("a c", POOL3);
	ASSERT_INT_EQ(build(NOW, d), CAMPAIGN_OK);
	write_spec("a b c", POOL3);
	ASSERT_INT_EQ(build(NOW + DAY, d), CAMPAIGN_OK);
	ASSERT_STR_EQ(ledger_phone("a"), "+74950000001");
	ASSERT_STR_EQ(ledger_phone("c"), "+74950000002");
	ASSERT_STR_EQ(ledger_phone("b"), "+74950000003");
	teardown(d);
}

static void
test_plan__removed_number_waits_out_its_quarantine(void)
{
	campaign_diags *d = setup();
	write_spec("a b", POOL3);
	ASSERT_INT_EQ(build(NOW, d), CAMPAIGN_OK);
	write_spec("b", POOL3);
	ASSERT_INT_EQ(build(NOW + DAY, d), CAMPAIGN_OK);
	ASSERT_STR_EQ(ledger_released("a"), "2026-12-01");
	ASSERT_STR_EQ(ledger_phone("a"), "+74950000001"); /* history kept */
	/* Within the quarantine, a newcomer skips a's number. */
	write_spec("b c", POOL3);
	ASSERT_INT_EQ(build(NOW + 2 * DAY, d), CAMPAIGN_OK);
	ASSERT_STR_EQ(ledger_phone("c"), "+74950000003");
	/* After it, the number is free again. */
	write_spec("b c e", POOL3);
	ASSERT_INT_EQ(build(NOW + 92 * DAY, d), CAMPAIGN_OK);
	ASSERT_STR_EQ(ledger_phone("e"), "+74950000001");
	teardown(d);
}

static void
test_plan__quarantine_is_counted_to_the_day(void)
{
	campaign_diags *d = setup();
	write_spec("a b", "\"+74950000001\", \"+74950000002\"");
	ASSERT_INT_EQ(build(NOW, d), CAMPAIGN_OK);
	write_spec("b", "\"+74950000001\", \"+74950000002\"");
	ASSERT_INT_EQ(build(NOW, d), CAMPAIGN_OK); /* a released on 2026-11-30 */
	write_spec("b c", "\"+74950000001\", \"+74950000002\"");
	/* Day 89 after release: still in quarantine, and the pool has nothing else. */
	ASSERT_INT_EQ(build(NOW + 89 * DAY, d), CAMPAIGN_EEXHAUSTED);
	ASSERT_NULL(ledger_phone("c"));
	campaign_diags_clear(d);
	/* Day 90: free. */
	ASSERT_INT_EQ(build(NOW + 90 * DAY, d), CAMPAIGN_OK);
	ASSERT_STR_EQ(ledger_phone("c"), "+74950000001");
	teardown(d);
}

static void
test_plan__placement_that_comes_back_gets_its_number_again(void)
{
	campaign_diags *d = setup();
	write_spec("a b", POOL3);
	ASSERT_INT_EQ(build(NOW, d), CAMPAIGN_OK);
	write_spec("b", POOL3);
	ASSERT_INT_EQ(build(NOW + DAY, d), CAMPAIGN_OK);
	write_spec("a b", POOL3);
	ASSERT_INT_EQ(build(NOW + 2 * DAY, d), CAMPAIGN_OK);
	ASSERT_STR_EQ(ledger_phone("a"), "+74950000001");
	ASSERT_STR_EQ(ledger_released("a"), "-");
	teardown(d);
}

static void
test_plan__exhausted_pool_names_the_placements_and_writes_nothing(void)
{
	campaign_diags *d = setup();
	write_spec("a b c d", "\"+74950000001\", \"+74950000002\"");
	ASSERT_INT_EQ(build(NOW, d), CAMPAIGN_EEXHAUSTED);
	const campaign_diag *e = campaign_diags_get(d, 0);
	ASSERT_STR_EQ(e->message, "the phone pool is exhausted: 4 placements need a new number, 2 are "
	                          "free; add 2 numbers to the pool. Left without a number: c, d");
	ASSERT_INT_EQ(e->line, 9); /* the pool */
	ASSERT_NULL(read_file("spec.ledger"));
	struct stat st;
	char out[512];
	snprintf(out, sizeof(out), "%s/out", dir);
	ASSERT_TRUE(stat(out, &st) != 0);
	teardown(d);
}

static void
test_plan__damaged_ledger_stops_the_build_and_stays_as_it_was(void)
{
	campaign_diags *d = setup();
	write_spec("a", POOL3);
	const char *damaged = "# libcampaign ledger 1\na\tev\t2026-11-01\t-\t+7495\t-\t-\n";
	write_file("spec.ledger", damaged);
	ASSERT_INT_EQ(build(NOW, d), CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->message, "damaged ledger: '+7495' is not an E.164 phone number");
	char *after = read_file("spec.ledger");
	ASSERT_STR_EQ(after, damaged);
	free(after);
	teardown(d);
}

static void
test_plan__editing_a_rows_table_keeps_numbers_of_kept_ids(void)
{
	campaign_diags *d = setup();
	const char *spec =
		"campaign:\n  name: Rally\n  slug: rally\n  landing: https://example.org/r\n"
		"  phones: { country_code: 31, trunk_prefix: \"0\", pool: [\"020 555 0001\", \"020 555 0002\", \"020 555 0003\"] }\n"
		"events:\n  - { id: ev, title: Rally, date: 2026-12-05 }\n"
		"placements:\n  - { id: \"p-{{row.code}}\", rows: sites.csv, event: ev, source: poster, medium: outdoor,\n"
		"      content: \"{{row.name}}\", phone: true }\n";
	write_file("spec.yaml", spec);
	write_file("sites.csv", "code,name\nnorth,North gate\nsouth,South gate\n");
	ASSERT_INT_EQ(build(NOW, d), CAMPAIGN_OK);
	ASSERT_STR_EQ(ledger_phone("p-north"), "+31205550001");
	ASSERT_STR_EQ(ledger_phone("p-south"), "+31205550002");
	/* A row's text edited changes the URL issued to its placement: refused, and why. */
	write_file("sites.csv", "code,name\nnorth,North gate\nsouth,South gate (main)\n");
	ASSERT_INT_EQ(build(NOW + DAY, d), CAMPAIGN_EINVALID);
	const char *msg = campaign_diags_get(d, 0)->message;
	ASSERT_TRUE(strstr(msg, "the URL issued to p-south would change: utm_content 'south_gate' -> "
	                        "'south_gate_main'") != NULL);
	ASSERT_TRUE(strstr(msg, "Keep it: write 'content: south_gate' in the placement") != NULL);
	ASSERT_STR_EQ(ledger_phone("p-south"), "+31205550002");
	/* Rows reordered, one renamed (a new placement): kept numbers stay. */
	campaign_diags_clear(d);
	write_file("sites.csv", "code,name\nsouth,South gate\neast,East gate\n");
	ASSERT_INT_EQ(build(NOW + DAY, d), CAMPAIGN_OK);
	ASSERT_STR_EQ(ledger_phone("p-south"), "+31205550002");
	ASSERT_STR_EQ(ledger_phone("p-east"), "+31205550003");
	ASSERT_STR_EQ(ledger_released("p-north"), "2026-12-01");
	teardown(d);
}

static void
test_plan__identical_urls_are_an_error_naming_both(void)
{
	campaign_diags *d = setup();
	write_file("spec.yaml",
	           "campaign: { name: R, slug: rally, landing: \"https://example.org/\" }\n"
	           "events: [ { id: ev, title: R, date: 2026-12-05 } ]\n"
	           "placements:\n"
	           "  - { id: a, event: ev, source: Flyer, medium: print }\n"
	           "  - { id: b, event: ev, source: \" flyer\", medium: print }\n");
	ASSERT_INT_EQ(build(NOW, d), CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->message,
	              "placements 'a' and 'b' have the same URL https://example.org/?utm_source=flyer&"
	              "utm_medium=print&utm_campaign=rally; give them different source, medium, content or term");
	ASSERT_INT_EQ(campaign_diags_get(d, 0)->line, 5);
	teardown(d);
}

/*
 * Several URLs twice among a table's rows, which share one place in the
 * spec: reported in the order of the URLs, however they are sorted to be
 * found.
 */
static void
test_plan__identical_urls_are_reported_in_url_order(void)
{
	campaign_diags *d = setup();
	write_file("rows.csv", "n,s\n1,zz\n2,zz\n3,aa\n4,aa\n5,mm\n6,mm\n7,bb\n8,bb\n");
	write_file("spec.yaml",
	           "campaign: { name: R, slug: rally, landing: \"https://example.org/\" }\n"
	           "events: [ { id: ev, title: R, date: 2026-12-05 } ]\n"
	           "placements:\n"
	           "  - { id: \"r-{{row.n}}\", rows: rows.csv, event: ev, source: \"{{row.s}}\", medium: print }\n");
	ASSERT_INT_EQ(build(NOW, d), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_diags_count(d), 4);
	static const char *const pairs[] = { "'r-3' and 'r-4'", "'r-7' and 'r-8'", "'r-5' and 'r-6'",
	                                     "'r-1' and 'r-2'" };
	for (size_t i = 0; i < 4; i++)
		ASSERT_TRUE(strstr(campaign_diags_get(d, i)->message, pairs[i]) != NULL);
	teardown(d);
}

/* A spec of placements given as "id:content" pairs, all of one source and medium. */
static void
write_spec_contents(const char *pairs)
{
	char text[4096];
	int n = snprintf(text, sizeof(text),
	                 "campaign: { name: R, slug: rally, landing: \"https://example.org/\" }\n"
	                 "events: [ { id: ev, title: R, date: 2026-12-05 } ]\nplacements:\n");
	char copy[512];
	snprintf(copy, sizeof(copy), "%s", pairs);
	for (char *pair = strtok(copy, " "); pair; pair = strtok(NULL, " ")) {
		char *colon = strchr(pair, ':');
		*colon = '\0';
		n += snprintf(text + n, sizeof(text) - (size_t)n,
		              "  - { id: %s, event: ev, source: flyer, medium: print, content: %s }\n", pair,
		              colon + 1);
	}
	write_file("spec.yaml", text);
}

static void
test_plan__released_placements_url_is_not_reused_in_quarantine(void)
{
	campaign_diags *d = setup();
	write_spec_contents("a:gate b:depot");
	ASSERT_INT_EQ(build(NOW, d), CAMPAIGN_OK);
	write_spec_contents("b:depot");
	ASSERT_INT_EQ(build(NOW + DAY, d), CAMPAIGN_OK); /* a leaves on 2026-12-01 */
	/* c would print a's link while a's flyers are still out there. */
	write_spec_contents("b:depot c:gate");
	ASSERT_INT_EQ(build(NOW + 2 * DAY, d), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_diags_count(d), 1);
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->message,
	              "placement 'c' would get the URL of placement 'a', which left the campaign and is "
	              "in quarantine until 2027-03-01: visits from its paper would count for 'c'; give "
	              "it a different source, medium, content or term, or keep the id 'a'");
	ASSERT_INT_EQ(campaign_diags_get(d, 0)->line, 5);
	ASSERT_NULL(ledger_phone("c"));
	campaign_diags_clear(d);
	/* Once the quarantine is over, the link is free again. */
	ASSERT_INT_EQ(build(NOW + 91 * DAY, d), CAMPAIGN_OK);
	ASSERT_NOT_NULL(ledger_phone("c"));
	teardown(d);
}

static void
test_plan__value_outside_an_allowed_list_is_located(void)
{
	campaign_diags *d = setup();
	write_file("spec.yaml",
	           "campaign:\n  name: R\n  landing: \"https://example.org/\"\n"
	           "  conventions:\n    allowed:\n      medium: [print, social]\n"
	           "events: [ { id: ev, title: R, date: 2026-12-05 } ]\n"
	           "placements:\n"
	           "  - { id: a, event: ev, source: flyer, medium: Печать }\n");
	ASSERT_INT_EQ(build(NOW, d), CAMPAIGN_EINVALID);
	const campaign_diag *e = campaign_diags_get(d, 0);
	ASSERT_STR_EQ(e->message, "utm_medium 'pechat' is not in the allowed list of conventions.allowed.medium (line 6)");
	ASSERT_INT_EQ(e->line, 9);
	ASSERT_INT_EQ(e->column, 48);
	teardown(d);
}

static void
test_plan__allowed_list_entries_follow_the_conventions(void)
{
	campaign_diags *d = setup();
	write_file("spec.yaml",
	           "campaign:\n  name: R\n  landing: \"https://example.org/\"\n"
	           "  conventions:\n    allowed:\n      medium: [Print, Наружная реклама]\n"
	           "events: [ { id: ev, title: R, date: 2026-12-05 } ]\n"
	           "placements:\n"
	           "  - { id: a, event: ev, source: flyer, medium: PRINT }\n"
	           "  - { id: b, event: ev, source: poster, medium: наружная  реклама }\n");
	ASSERT_INT_EQ(build(NOW, d), CAMPAIGN_OK);
	char *csv = read_file("out/manifest.csv");
	ASSERT_NOT_NULL(strstr(csv, "\r\na,ev,flyer,print,"));
	ASSERT_NOT_NULL(strstr(csv, "\r\nb,ev,poster,naruzhnaia_reklama,"));
	free(csv);
	teardown(d);
}

int
main(void)
{
	RUN(test_plan__first_build_assigns_in_pool_order_and_rebuild_is_identical);
	RUN(test_plan__identical_urls_are_reported_in_url_order);
	RUN(test_plan__reordering_keeps_numbers);
	RUN(test_plan__added_placement_takes_the_next_free_number);
	RUN(test_plan__removed_number_waits_out_its_quarantine);
	RUN(test_plan__quarantine_is_counted_to_the_day);
	RUN(test_plan__placement_that_comes_back_gets_its_number_again);
	RUN(test_plan__exhausted_pool_names_the_placements_and_writes_nothing);
	RUN(test_plan__damaged_ledger_stops_the_build_and_stays_as_it_was);
	RUN(test_plan__editing_a_rows_table_keeps_numbers_of_kept_ids);
	RUN(test_plan__identical_urls_are_an_error_naming_both);
	RUN(test_plan__released_placements_url_is_not_reused_in_quarantine);
	RUN(test_plan__value_outside_an_allowed_list_is_located);
	RUN(test_plan__allowed_list_entries_follow_the_conventions);
	return harness_done();
}
