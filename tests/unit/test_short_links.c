/*
 * Short links: codes from a seeded hash in an alphabet without look-alikes,
 * kept by the ledger across builds, never given twice (a withdrawn
 * placement's and a reissued issue's stay taken), and given to the
 * placements of a ledger written before there were codes. Builds run in a
 * scratch directory through the public API.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "campaign/campaign.h"
#include "harness.h"
#include "ids/short_code.h"
#include "io/atomic_file.h"
#include "io/read_file.h"

static const int64_t NOW = 1795996800; /* 2026-11-30 */
#define DAY 86400

static char dir[256];

static void
test_short_links__codes_use_the_alphabet_and_length(void)
{
	char code[SHORT_CODE_MAX + 1];
	for (unsigned length = SHORT_CODE_MIN; length <= SHORT_CODE_MAX; length++)
		for (unsigned long attempt = 0; attempt < 200; attempt++) {
			campaign__short_code_make("rally\nflyer", 11, attempt, length, code);
			ASSERT_INT_EQ(strlen(code), length);
			ASSERT_INT_EQ(strspn(code, SHORT_CODE_ALPHABET), length);
			ASSERT_TRUE(!campaign__short_code_has_lookalike(code));
			ASSERT_TRUE(campaign__short_code_valid(code));
		}
	/* Not one character a reader could take for another, and one case only. */
	ASSERT_NULL(strpbrk(SHORT_CODE_ALPHABET, "0O1lIioABCDEFGHJKLMNPQRSTUVWXYZ"));
	ASSERT_TRUE(!campaign__short_code_valid("abc"));           /* too short */
	ASSERT_TRUE(!campaign__short_code_valid("abcdefghjkmnp")); /* too long */
	ASSERT_TRUE(!campaign__short_code_valid("abc0de"));        /* a look-alike */
	ASSERT_TRUE(!campaign__short_code_valid("ABCDEF"));        /* another case */
}

static void
test_short_links__codes_are_deterministic_and_spread(void)
{
	char a[SHORT_CODE_MAX + 1], b[SHORT_CODE_MAX + 1];
	campaign__short_code_make("rally\nflyer-1", 13, 0, 6, a);
	campaign__short_code_make("rally\nflyer-1", 13, 0, 6, b);
	ASSERT_STR_EQ(a, b);
	/* Pinned: a change of the hash would change every code a new build gives. */
	ASSERT_STR_EQ(a, "gqsuzf");
	campaign__short_code_make("rally\nflyer-1", 13, 1, 6, b);
	ASSERT_TRUE(strcmp(a, b) != 0);
	campaign__short_code_make("rally\nflyer-2", 13, 0, 6, b);
	ASSERT_TRUE(strcmp(a, b) != 0);
	/* 20,000 seeds of 6 characters: collisions are rare, each one fixed by the next attempt. */
	enum { N = 20000 };
	char (*codes)[8] = calloc(N, sizeof(*codes));
	ASSERT_NOT_NULL(codes);
	for (int i = 0; i < N; i++) {
		char seed[32];
		int n = snprintf(seed, sizeof(seed), "rally\np%d", i);
		campaign__short_code_make(seed, (size_t)n, 0, 6, codes[i]);
	}
	qsort(codes, N, sizeof(*codes), (int (*)(const void *, const void *))strcmp);
	int same = 0;
	for (int i = 1; i < N; i++)
		same += strcmp(codes[i - 1], codes[i]) == 0;
	ASSERT_TRUE(same <= 2); /* 20000^2 / 2 / 31^6 = 0.23 expected */
	free(codes);
}

static void
test_short_links__fold_ignores_case_only(void)
{
	char out[SHORT_CODE_MAX + 1];
	ASSERT_INT_EQ(campaign__short_code_fold("K7M3XQ", out, sizeof(out)), 0);
	ASSERT_STR_EQ(out, "k7m3xq");
	ASSERT_INT_EQ(campaign__short_code_fold("k7-3xq", out, sizeof(out)), -1);
	ASSERT_INT_EQ(campaign__short_code_fold("k7m3xqk7m3xqk", out, sizeof(out)), -1);
}

/* Files of the scratch directory, through the library's own writer and reader. */
static void
write_file(const char *name, const char *text)
{
	char path[512];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	ASSERT_INT_EQ(campaign__atomic_write(AT_FDCWD, path, text, strlen(text), NULL), CAMPAIGN_OK);
}

static const char *
read_file(const char *name)
{
	static char *text;
	char path[512];
	size_t len;
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	free(text);
	text = NULL;
	ASSERT_INT_EQ(campaign__read_file(path, 1 << 20, &text, &len, NULL, NULL, 0, 0), CAMPAIGN_OK);
	return text;
}

/* Extra lines of the campaign section (a registry), or "". */
static const char *campaign_extra = "";

/* A spec with short links (length 6) whose placements are the space-separated ids. */
static void
write_spec(const char *ids)
{
	char text[8192];
	int n = snprintf(text, sizeof(text),
	                 "campaign:\n  name: Rally\n  slug: rally\n  landing: https://example.org/r\n"
	                 "  short: { base: https://go.example.org, length: 6 }\n%s", campaign_extra);
	n += snprintf(text + n, sizeof(text) - (size_t)n,
	                 "events:\n  - { id: ev, title: Rally, date: 2026-12-05 }\nplacements:\n");
	char copy[1024];
	snprintf(copy, sizeof(copy), "%s", ids);
	for (char *id = strtok(copy, " "); id; id = strtok(NULL, " "))
		n += snprintf(text + n, sizeof(text) - (size_t)n,
		              "  - { id: %s, event: ev, source: flyer, medium: print, content: %s }\n", id, id);
	write_file("spec.yaml", text);
}

/* Builds (reissuing `reissue` when not NULL); the codes of ids a, b, c land in codes[]. */
static int
build(int64_t now, const char *reissue, char codes[3][16], campaign_diags *d)
{
	char spec_path[512], out[512];
	snprintf(spec_path, sizeof(spec_path), "%s/spec.yaml", dir);
	snprintf(out, sizeof(out), "%s/out", dir);
	campaign_spec *spec = NULL;
	campaign_plan *plan = NULL;
	int rc = campaign_spec_load_file(&spec, spec_path, d);
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	po.now = now;
	po.reissue = &reissue;
	po.reissue_count = reissue != NULL;
	if (rc == CAMPAIGN_OK) {
		campaign_build_options o = CAMPAIGN_BUILD_OPTIONS_INIT;
		o.now = now;
		o.output_dir = out;
		o.formats = CAMPAIGN_FORMAT_QR;
		o.reissue = po.reissue;
		o.reissue_count = po.reissue_count;
		rc = campaign_build(NULL, spec, &o, d);
	}
	/* The plan made after the build reads the ledger it wrote. */
	po.reissue_count = 0;
	if (rc == CAMPAIGN_OK)
		rc = campaign_plan_new(&plan, spec, &po, d);
	for (int k = 0; k < 3; k++)
		codes[k][0] = '\0';
	for (size_t i = 0; plan && i < campaign_plan_count(plan); i++) {
		const campaign_assignment *a = campaign_plan_get(plan, i);
		int k = a->placement->id[0] - 'a';
		ASSERT_NOT_NULL(a->short_code);
		ASSERT_INT_EQ(strlen(a->short_code), 6);
		char url[64];
		snprintf(url, sizeof(url), "https://go.example.org/%s", a->short_code);
		ASSERT_STR_EQ(a->short_url, url);
		if (k >= 0 && k < 3)
			snprintf(codes[k], 16, "%s", a->short_code);
	}
	campaign_plan_free(plan);
	campaign_spec_free(spec);
	return rc;
}

static campaign_diags *
setup(void)
{
	snprintf(dir, sizeof(dir), "/tmp/campaign-test-short-XXXXXX");
	ASSERT_NOT_NULL(mkdtemp(dir));
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	return d;
}

static void
teardown(campaign_diags *d)
{
	campaign_diags_free(d);
	char cmd[600];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	ASSERT_INT_EQ(system(cmd), 0);
}

static void
test_short_links__codes_stay_and_are_never_given_again(void)
{
	campaign_diags *d = setup();
	char first[3][16], again[3][16];
	write_spec("a b");
	ASSERT_INT_EQ(build(NOW, NULL, first, d), CAMPAIGN_OK);
	ASSERT_TRUE(strcmp(first[0], first[1]) != 0);
	/* A rebuild a day later gives the same codes. */
	ASSERT_INT_EQ(build(NOW + DAY, NULL, again, d), CAMPAIGN_OK);
	ASSERT_STR_EQ(again[0], first[0]);
	ASSERT_STR_EQ(again[1], first[1]);
	/* b leaves: its code stays in the ledger, released, and in the redirects, withdrawn. */
	write_spec("a");
	ASSERT_INT_EQ(build(NOW + 2 * DAY, NULL, again, d), CAMPAIGN_OK);
	char line[128];
	snprintf(line, sizeof(line), "\t%s\n", first[1]);
	ASSERT_NOT_NULL(strstr(read_file("spec.ledger"), line));
	snprintf(line, sizeof(line), "%s,https://go.example.org/%s,", first[1], first[1]);
	const char *csv = read_file("out/redirects.csv");
	ASSERT_NOT_NULL(strstr(csv, line));
	ASSERT_NOT_NULL(strstr(csv, ",b,withdrawn\r\n"));
	/* a reissue gets a new code; the old one stays with the old issue. */
	ASSERT_INT_EQ(build(NOW + 3 * DAY, "a", again, d), CAMPAIGN_OK);
	ASSERT_TRUE(strcmp(again[0], first[0]) != 0);
	csv = read_file("out/redirects.csv");
	snprintf(line, sizeof(line), "%s,https://go.example.org/%s,", first[0], first[0]);
	ASSERT_NOT_NULL(strstr(csv, line));
	ASSERT_NOT_NULL(strstr(csv, ",a,reissued\r\n"));
	ASSERT_NOT_NULL(strstr(csv, ",a,active\r\n"));
	teardown(d);
}

/* The code placement id of campaign "rally" would get first, and the one after it. */
static void
first_two_codes(const char *id, char taken[SHORT_CODE_MAX + 1], char next[SHORT_CODE_MAX + 1])
{
	char seed[64];
	int n = snprintf(seed, sizeof(seed), "rally\n%s", id);
	campaign__short_code_make(seed, (size_t)n, 0, 6, taken);
	campaign__short_code_make(seed, (size_t)n, 1, 6, next);
}

static void
test_short_links__a_taken_code_is_passed_over_by_the_next_attempt(void)
{
	campaign_diags *d = setup();
	/* The withdrawn placement z holds the code b would get first. */
	char taken[SHORT_CODE_MAX + 1], next[SHORT_CODE_MAX + 1];
	first_two_codes("b", taken, next);
	char ledger[1024];
	snprintf(ledger, sizeof(ledger),
	         "# libcampaign ledger 3\n# campaign: rally\n"
	         "z\tev\t2026-11-01\t2026-11-02\t-\t-\thttps://example.org/r?utm_source=x\t%s\n", taken);
	write_file("spec.ledger", ledger);
	write_spec("b");
	char codes[3][16];
	ASSERT_INT_EQ(build(NOW, NULL, codes, d), CAMPAIGN_OK);
	ASSERT_STR_EQ(codes[1], next);
	teardown(d);
}

static void
test_short_links__a_ledger_without_codes_gets_them(void)
{
	campaign_diags *d = setup();
	/* Format 2, as written before short links: it loads, and its placements get codes. */
	write_file("spec.ledger",
	           "# libcampaign ledger 2\n# campaign: rally\n"
	           "a\tev\t2026-11-01\t-\t-\t-\thttps://example.org/r?utm_source=flyer&utm_medium=print&"
	           "utm_campaign=rally&utm_content=a\n");
	write_spec("a");
	char codes[3][16];
	ASSERT_INT_EQ(build(NOW, NULL, codes, d), CAMPAIGN_OK);
	const char *text = read_file("spec.ledger");
	ASSERT_TRUE(strncmp(text, "# libcampaign ledger 3\n", 23) == 0);
	char line[128];
	snprintf(line, sizeof(line), "\na\tev\t2026-11-01\t-\t");
	ASSERT_NOT_NULL(strstr(text, line)); /* issued on its own day still */
	snprintf(line, sizeof(line), "utm_content=a\t%s\n", codes[0]);
	ASSERT_NOT_NULL(strstr(text, line));
	teardown(d);
}

/* Campaigns sharing a registry share the domain: another campaign's code is taken too. */
static void
test_short_links__the_registry_holds_every_campaigns_codes(void)
{
	campaign_diags *d = setup();
	char taken[SHORT_CODE_MAX + 1], next[SHORT_CODE_MAX + 1];
	first_two_codes("a", taken, next);
	char reg[512];
	snprintf(reg, sizeof(reg),
	         "# libcampaign registry 1\n# kind\tvalue\tcampaign\tplacement\tsince\treleased\tfree\n"
	         "short\t%s\tother\tx\t2026-11-01\t-\t-\n", taken);
	write_file("codes.registry", reg);
	campaign_extra = "  registry: codes.registry\n";
	write_spec("a");
	char codes[3][16];
	ASSERT_INT_EQ(build(NOW, NULL, codes, d), CAMPAIGN_OK);
	ASSERT_STR_EQ(codes[0], next);
	/* This campaign's code is recorded, never released, for the next campaign to pass over. */
	char line[128];
	snprintf(line, sizeof(line), "\nshort\t%s\trally\ta\t2026-11-30\t-\t-\n", next);
	ASSERT_NOT_NULL(strstr(read_file("codes.registry"), line));
	/* A code line the reader cannot take is a located error, never a reset. */
	write_file("codes.registry", "# libcampaign registry 1\nshort\tk7m0xq\tother\tx\t2026-11-01\t-\t-\n");
	ASSERT_INT_EQ(build(NOW, NULL, codes, d), CAMPAIGN_EINVALID);
	const campaign_diag *e = campaign_diags_get(d, campaign_diags_count(d) - 1);
	ASSERT_NOT_NULL(strstr(e->message, "'k7m0xq' is not a short code"));
	ASSERT_INT_EQ(e->line, 2);
	campaign_extra = "";
	teardown(d);
}

int
main(void)
{
	RUN(test_short_links__codes_use_the_alphabet_and_length);
	RUN(test_short_links__codes_are_deterministic_and_spread);
	RUN(test_short_links__fold_ignores_case_only);
	RUN(test_short_links__codes_stay_and_are_never_given_again);
	RUN(test_short_links__a_taken_code_is_passed_over_by_the_next_attempt);
	RUN(test_short_links__a_ledger_without_codes_gets_them);
	RUN(test_short_links__the_registry_holds_every_campaigns_codes);
	return harness_done();
}
