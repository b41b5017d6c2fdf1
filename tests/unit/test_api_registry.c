/*
 * Identifiers shared by campaigns, through the public API as a program
 * uses it: two specs built in code on one registry, the plan's counts of
 * the pool, a pool left short with allow_exhausted, and a reissue asked
 * for in the options.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "api_check.h"

static campaign_diags *d;
static char scratch[] = "/tmp/campaign-registry-XXXXXX";
static const int64_t DAY1 = 1796083200; /* 2026-12-01 */

/* A campaign built in code: slug, with a placement per id, each asking for a number. */
static campaign_spec *
make_spec(const char *slug, const char *const *ids, size_t n)
{
	campaign_spec_options so = CAMPAIGN_SPEC_OPTIONS_INIT;
	so.slug = slug;
	so.landing = "https://example.org/r";
	so.base_dir = scratch;
	campaign_spec *spec = NULL;
	ASSERT_OK(campaign_spec_new(&spec, slug, &so, d), d);
	static const char *const pool[] = { "+74951234501", "+74951234502", "+74951234503" };
	campaign_spec_phones ph = CAMPAIGN_SPEC_PHONES_INIT;
	ph.country_code = 7;
	ph.quarantine_days = 30;
	ph.pool = pool;
	ph.pool_count = 3;
	ASSERT_OK(campaign_spec_set_phones(spec, &ph, d), d);
	campaign_event ev = CAMPAIGN_EVENT_INIT;
	ev.id = "ev";
	ev.title = "Rally";
	ev.date = "2026-12-05";
	ASSERT_OK(campaign_spec_add_event(spec, &ev, d), d);
	for (size_t i = 0; i < n; i++) {
		campaign_placement pl = CAMPAIGN_PLACEMENT_INIT;
		pl.id = ids[i];
		pl.event = "ev";
		pl.source = "flyer";
		pl.medium = "print";
		pl.content = ids[i];
		pl.phone = 1;
		ASSERT_OK(campaign_spec_add_placement(spec, &pl, d), d);
	}
	return spec;
}

static char *
path_of(const char *name)
{
	static char paths[4][sizeof(scratch) + 32];
	static int next;
	char *p = paths[next++ % 4];
	snprintf(p, sizeof(paths[0]), "%s/%s", scratch, name);
	return p;
}

/* A library user bounds the registry it reads: one byte short is refused, naming the limit. */
static void
check_registry_bound(const char *path)
{
	FILE *f = fopen(path, "rb");
	ASSERT_TRUE(f != NULL && fseek(f, 0, SEEK_END) == 0);
	size_t size = (size_t)ftell(f);
	fclose(f);
	campaign_lookup_load_options lo;
	ASSERT_OK(campaign_lookup_load_options_init(&lo, CAMPAIGN_LOOKUP_LOAD_OPTIONS_VERSION), d);
	ASSERT_INT_EQ(lo.max_registry_bytes, CAMPAIGN_REGISTRY_MAX_BYTES);
	campaign_lookup *lookup = NULL;
	lo.max_registry_bytes = size - 1;
	char want[128];
	snprintf(want, sizeof(want), "the registry is %zu bytes, more than its limit of %zu; raise it "
	         "with --limit registry-bytes", size, size - 1);
	ASSERT_FAILS_WITH(campaign_lookup_load_registry_ext(&lookup, path, &lo, d), d,
	                  CAMPAIGN_EINVALID, want);
	ASSERT_NULL(lookup);
	lo.max_registry_bytes = size;
	ASSERT_OK(campaign_lookup_load_registry_ext(&lookup, path, &lo, d), d);
	ASSERT_TRUE(lookup != NULL);
	campaign_lookup_free(lookup);
	lookup = NULL;
	ASSERT_OK(campaign_lookup_load_registry_ext(&lookup, path, NULL, d), d);
	campaign_lookup_free(lookup);
	lookup = NULL;
	lo.max_registry_bytes = 0;
	ASSERT_FAILS_WITH(campaign_lookup_load_registry_ext(&lookup, path, &lo, d), d,
	                  CAMPAIGN_EINVALID,
	                  "campaign_lookup_load_options: a limit must be at least 1");
	lo.version = 99;
	ASSERT_FAILS_WITH(campaign_lookup_load_registry_ext(&lookup, path, &lo, d), d,
	                  CAMPAIGN_EINVALID,
	                  "campaign_lookup_load_options of unknown version 99 (this library knows 1 to 1)");
	ASSERT_INT_EQ(campaign_lookup_load_options_init(&lo, 99), CAMPAIGN_EINVALID);
	ASSERT_NULL(lookup);
}

static int
build(campaign_spec *spec, int64_t now, const char *out)
{
	campaign_build_options bo = CAMPAIGN_BUILD_OPTIONS_INIT;
	bo.now = now;
	bo.output_dir = path_of(out);
	bo.formats = CAMPAIGN_FORMAT_NONE;
	bo.registry_path = path_of("shared.registry");
	return campaign_build(NULL, spec, &bo, d);
}

static void
check_pool_adds_up(const campaign_plan *plan, size_t pool)
{
	ASSERT_INT_EQ(campaign_plan_phones_held(plan) + campaign_plan_phones_free(plan) +
	                      campaign_plan_phones_quarantined(plan) +
	                      campaign_plan_phones_elsewhere(plan),
	              pool);
}

static void
test_api__two_campaigns_share_one_registry(void)
{
	static const char *const ru_ids[] = { "a", "b" };
	static const char *const ar_ids[] = { "x", "y" };
	campaign_spec *ru = make_spec("rally-ru", ru_ids, 2);
	campaign_spec *ar = make_spec("rally-ar", ar_ids, 2);
	ASSERT_OK(build(ru, DAY1, "out-ru"), d);

	/* The second campaign sees the first's numbers as held elsewhere: one is left for two. */
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	po.now = DAY1;
	po.registry_path = path_of("shared.registry");
	campaign_plan *plan = NULL;
	campaign_diags_clear(d);
	ASSERT_INT_EQ(campaign_plan_new(&plan, ar, &po, d), CAMPAIGN_EEXHAUSTED);
	ASSERT_NULL(plan);
	po.allow_exhausted = 1;
	ASSERT_OK(campaign_plan_new(&plan, ar, &po, d), d);
	ASSERT_STR_EQ(campaign_plan_registry_path(plan), path_of("shared.registry"));
	ASSERT_INT_EQ(campaign_plan_phones_elsewhere(plan), 2);
	ASSERT_INT_EQ(campaign_plan_phones_held(plan), 1);
	check_pool_adds_up(plan, 3);
	ASSERT_STR_EQ(campaign_plan_get(plan, 0)->phone, "+74951234503");
	ASSERT_INT_EQ(campaign_plan_get(plan, 1)->phone_state, CAMPAIGN_PHONE_MISSING);
	ASSERT_NULL(campaign_plan_get(plan, 1)->phone);
	campaign_plan_free(plan);

	/* ru lets b go: its number waits out ru's 30 days for ar too. */
	campaign_spec_free(ru);
	ru = make_spec("rally-ru", ru_ids, 1);
	ASSERT_OK(build(ru, DAY1 + 86400, "out-ru"), d);
	ASSERT_OK(campaign_plan_new(&plan, ar, &po, d), d);
	ASSERT_INT_EQ(campaign_plan_phones_elsewhere(plan), 1);
	ASSERT_INT_EQ(campaign_plan_phones_quarantined(plan), 1);
	check_pool_adds_up(plan, 3);
	campaign_plan_free(plan);
	po.now = DAY1 + 31 * 86400;
	po.allow_exhausted = 0;
	ASSERT_OK(campaign_plan_new(&plan, ar, &po, d), d);
	/* Pool order: the number ru let go comes first. */
	ASSERT_STR_EQ(campaign_plan_get(plan, 0)->phone, "+74951234502");
	ASSERT_STR_EQ(campaign_plan_get(plan, 1)->phone, "+74951234503");
	check_pool_adds_up(plan, 3);
	campaign_plan_free(plan);

	/* The registry says who held a number, and when: every time it was given. */
	campaign_lookup *lookup = NULL;
	ASSERT_OK(campaign_lookup_load_registry(&lookup, path_of("shared.registry"), d), d);
	const campaign_lookup_entry *hits[4];
	size_t n = 0;
	ASSERT_OK(campaign_lookup_find(hits, 4, &n, NULL, lookup, "8 (495) 123-45-02", d), d);
	ASSERT_INT_EQ(n, 1);
	ASSERT_STR_EQ(hits[0]->campaign, "rally-ru");
	ASSERT_STR_EQ(hits[0]->id, "b");
	ASSERT_STR_EQ(hits[0]->since, "2026-12-01");
	ASSERT_STR_EQ(hits[0]->released, "2026-12-02");
	campaign_lookup_free(lookup);
	ASSERT_FAILS_WITH(campaign_lookup_load_registry(&lookup, path_of("none.registry"), d), d,
	                  CAMPAIGN_EIO, "cannot read the registry: No such file or directory");
	ASSERT_NULL(lookup);
	check_registry_bound(path_of("shared.registry"));

	/* Without a registry, a plan reports none. */
	po.registry_path = NULL;
	ASSERT_OK(campaign_plan_new(&plan, ru, &po, d), d);
	ASSERT_NULL(campaign_plan_registry_path(plan));
	ASSERT_INT_EQ(campaign_plan_phones_elsewhere(plan), 0);
	campaign_plan_free(plan);
	campaign_spec_free(ru);
	campaign_spec_free(ar);
}

static void
test_api__reissue_gives_new_identifiers_and_keeps_the_old_on_record(void)
{
	static const char *const ids[] = { "solo" };
	campaign_spec *spec = make_spec("solo", ids, 1);
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	po.now = DAY1;
	po.ledger_path = path_of("solo.ledger");
	campaign_build_options bo = CAMPAIGN_BUILD_OPTIONS_INIT;
	bo.now = DAY1;
	bo.output_dir = path_of("out-solo");
	bo.formats = CAMPAIGN_FORMAT_NONE;
	bo.ledger_path = po.ledger_path;
	ASSERT_OK(campaign_build(NULL, spec, &bo, d), d);
	static const char *const again[] = { "solo" };
	po.reissue = again;
	po.reissue_count = 1;
	campaign_plan *plan = NULL;
	ASSERT_OK(campaign_plan_new(&plan, spec, &po, d), d);
	ASSERT_STR_EQ(campaign_plan_get(plan, 0)->phone, "+74951234502");
	ASSERT_INT_EQ(campaign_plan_get(plan, 0)->phone_state, CAMPAIGN_PHONE_NEW);
	campaign_plan_free(plan);
	static const char *const unknown[] = { "sole" };
	po.reissue = unknown;
	ASSERT_FAILS_WITH(campaign_plan_new(&plan, spec, &po, d), d, CAMPAIGN_EINVALID,
	                  "--reissue: no placement 'sole' in the spec; did you mean 'solo'?");
	campaign_spec_free(spec);
}

int
main(void)
{
	ASSERT_NOT_NULL(mkdtemp(scratch));
	campaign_diags_new(&d);
	RUN(test_api__two_campaigns_share_one_registry);
	RUN(test_api__reissue_gives_new_identifiers_and_keeps_the_old_on_record);
	campaign_diags_free(d);
	char cmd[sizeof(scratch) + 16];
	snprintf(cmd, sizeof(cmd), "rm -rf %s", scratch);
	if (system(cmd) != 0)
		return 1;
	return harness_done();
}
