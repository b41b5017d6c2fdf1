/*
 * The spec loader and the identifiers it leads to (what `campaign validate`
 * runs): campaign_spec_load_string() on the input, then campaign_plan_new()
 * and a lookup over the plan.
 *
 * Input: the spec's YAML, then optionally a NUL byte and the text of
 * `stations.csv`, the table a `rows:` placement may read (the seeds from
 * examples/rally use that name).
 *
 * Invariants: a placement's own URL, number and hashtag resolve back to it,
 * since `campaign resolve` must trace every response the build printed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/campaign.h"
#include "fuzz_util.h"

#define MAX_CHECKED 32
#define MAX_MATCHES 64

static void
expect_found(const campaign_lookup *l, const char *query, const char *id)
{
	const campaign_lookup_entry *m[MAX_MATCHES];
	size_t count = 0;
	int rc = campaign_lookup_find(m, MAX_MATCHES, &count, NULL, l, query, NULL);
	FUZZ_CHECK(rc == CAMPAIGN_OK);
	if (count > MAX_MATCHES)
		return;
	for (size_t i = 0; i < count; i++)
		if (strcmp(m[i]->id, id) == 0)
			return;
	FUZZ_CHECK(!"a placement's identifier resolves to it");
}

static void
check_plan(const campaign_spec *spec)
{
	char ledger[128];
	snprintf(ledger, sizeof(ledger), "%s/none.ledger", fuzz_scratch_dir());
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	po.now = 1795564800; /* 2026-11-25 */
	po.ledger_path = ledger;
	campaign_plan *plan = NULL;
	campaign_diags *diags = NULL;
	if (campaign_diags_new(&diags) != CAMPAIGN_OK)
		abort();
	int rc = campaign_plan_new(&plan, spec, &po, diags);
	fuzz_check_diags(diags, rc);
	campaign_diags_free(diags);
	if (rc != CAMPAIGN_OK)
		return;
	campaign_lookup *l = NULL;
	FUZZ_CHECK(campaign_lookup_from_plan(&l, plan) == CAMPAIGN_OK);
	size_t n = campaign_plan_count(plan);
	for (size_t i = 0; i < n && i < MAX_CHECKED; i++) {
		const campaign_assignment *a = campaign_plan_get(plan, i);
		if (a->url)
			expect_found(l, a->url, a->placement->id);
		if (a->phone)
			expect_found(l, a->phone, a->placement->id);
		if (a->phone_display)
			expect_found(l, a->phone_display, a->placement->id);
		if (a->hashtag)
			expect_found(l, a->hashtag, a->placement->id);
	}
	campaign_lookup_free(l);
	campaign_plan_free(plan);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_detach_stdin();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, '\0', size);
	size_t spec_len = nul ? (size_t)(nul - data) : size;
	if (nul)
		fuzz_write_scratch("stations.csv", nul + 1, size - spec_len - 1);
	else
		fuzz_write_scratch("stations.csv", "code,station\nst1,One\n", 21);
	campaign_diags *diags = NULL;
	if (campaign_diags_new(&diags) != CAMPAIGN_OK)
		abort();
	campaign_spec *spec = NULL;
	int rc = campaign_spec_load_string(&spec, (const char *)data, spec_len, "fuzz.yaml",
	                                   fuzz_scratch_dir(), diags);
	fuzz_check_diags(diags, rc);
	FUZZ_CHECK((rc == CAMPAIGN_OK) == (spec != NULL));
	if (spec)
		check_plan(spec);
	campaign_spec_free(spec);
	campaign_diags_free(diags);
	return 0;
}
