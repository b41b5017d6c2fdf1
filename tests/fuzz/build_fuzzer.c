/*
 * A whole build on an in-memory spec: campaign_spec_load_string(), then
 * campaign_build() into a scratch directory, rendering included (QR codes,
 * flyers as PDF and PNG, the proof sheet, the manifest), then the plan made
 * again from the ledger the build wrote.
 *
 * Input: the spec's YAML, then optionally a NUL byte and the text of
 * `stations.csv` beside it. Templates are the built-in ones of the source
 * tree. Work per input is bounded: larger specs than MAX_PLACEMENTS
 * placements are only loaded, files are written for MAX_FLYERS flyers at
 * most (--only), PNGs at the lowest resolution.
 *
 * Invariants: a build that succeeds leaves a manifest that parses and names
 * only files that exist, no temporary file, and a ledger from which the same
 * spec gets the same URL, number and hashtag for every placement (a printed
 * number must never move).
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <dirent.h>

#include "campaign/campaign.h"
#include "fuzz_util.h"

#define MAX_PLACEMENTS 100
#define MAX_FLYERS 3
#define NOW 1795564800 /* 2026-11-25 */

static char spec_dir[128], out_dir[128], ledger[160];

static int
same(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static campaign_plan *
plan_of(const campaign_spec *spec)
{
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	po.now = NOW;
	po.ledger_path = ledger;
	campaign_plan *plan = NULL;
	campaign_plan_new(&plan, spec, &po, NULL);
	return plan;
}

static void
no_temps_in(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d)) != NULL)
		FUZZ_CHECK(!(e->d_name[0] == '.' && strstr(e->d_name, ".tmp.")));
	closedir(d);
}

static void
check_manifest(void)
{
	char path[256];
	snprintf(path, sizeof(path), "%s/manifest.json", out_dir);
	json_error_t err;
	json_t *root = json_load_file(path, 0, &err);
	FUZZ_CHECK(root != NULL);
	json_t *placements = json_object_get(root, "placements");
	FUZZ_CHECK(json_is_array(placements));
	size_t i;
	json_t *p;
	json_array_foreach(placements, i, p) {
		const char *key;
		json_t *file;
		json_object_foreach(json_object_get(p, "files"), key, file) {
			FUZZ_CHECK(json_is_string(file));
			snprintf(path, sizeof(path), "%s/%s", out_dir, json_string_value(file));
			struct stat st;
			FUZZ_CHECK(lstat(path, &st) == 0 && S_ISREG(st.st_mode));
		}
	}
	json_decref(root);
	no_temps_in(out_dir);
	snprintf(path, sizeof(path), "%s/qr", out_dir);
	no_temps_in(path);
	snprintf(path, sizeof(path), "%s/flyers", out_dir);
	no_temps_in(path);
	no_temps_in(spec_dir);
}

static void
build(const campaign_spec *spec)
{
	size_t n = campaign_spec_placement_count(spec);
	if (n > MAX_PLACEMENTS)
		return;
	/* Every placement but the flyers after the first few: rendering is the slow part. */
	const char *only[MAX_PLACEMENTS];
	size_t only_count = 0, flyers = 0;
	for (size_t i = 0; i < n; i++) {
		const campaign_placement *p = campaign_spec_placement(spec, i);
		if (!p->template_name || flyers++ < MAX_FLYERS)
			only[only_count++] = p->id;
	}
	campaign_plan *before = plan_of(spec);
	if (!before)
		return;
	const char *const dirs[] = { FUZZ_SOURCE_ROOT "/templates", NULL };
	campaign_build_options o = CAMPAIGN_BUILD_OPTIONS_INIT;
	o.output_dir = out_dir;
	o.ledger_path = ledger;
	o.now = NOW;
	o.dpi = 72;
	o.template_dirs = dirs;
	if (only_count < n) {
		o.only = only;
		o.only_count = only_count;
	}
	campaign_diags *diags = NULL;
	if (campaign_diags_new(&diags) != CAMPAIGN_OK)
		abort();
	int rc = campaign_build(NULL, spec, &o, diags);
	fuzz_check_diags(diags, rc);
	campaign_diags_free(diags);
	if (rc == CAMPAIGN_OK) {
		check_manifest();
		campaign_plan *after = plan_of(spec);
		FUZZ_CHECK(after && campaign_plan_count(after) == campaign_plan_count(before));
		for (size_t i = 0; i < campaign_plan_count(after); i++) {
			const campaign_assignment *a = campaign_plan_get(before, i);
			const campaign_assignment *b = campaign_plan_get(after, i);
			FUZZ_CHECK(same(a->url, b->url));
			FUZZ_CHECK(same(a->phone, b->phone));
			FUZZ_CHECK(same(a->hashtag, b->hashtag));
		}
		campaign_plan_free(after);
	}
	campaign_plan_free(before);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_detach_stdin();
	/* pango, cairo and fontconfig caches go before the leak check at exit. */
	atexit(campaign_shutdown);
	const char *scratch = fuzz_scratch_dir();
	snprintf(spec_dir, sizeof(spec_dir), "%s/spec", scratch);
	snprintf(out_dir, sizeof(out_dir), "%s/out", scratch);
	snprintf(ledger, sizeof(ledger), "%s/fuzz.ledger", spec_dir);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!spec_dir[0])
		LLVMFuzzerInitialize(NULL, NULL);
	/* Nothing of the previous input may count for this one. */
	fuzz_remove_tree(spec_dir);
	fuzz_remove_tree(out_dir);
	FUZZ_CHECK(mkdir(spec_dir, 0755) == 0);
	const uint8_t *nul = memchr(data, '\0', size);
	size_t spec_len = nul ? (size_t)(nul - data) : size;
	char csv[192];
	snprintf(csv, sizeof(csv), "%s/stations.csv", spec_dir);
	FILE *f = fopen(csv, "wb");
	FUZZ_CHECK(f != NULL);
	if (nul)
		fwrite(nul + 1, 1, size - spec_len - 1, f);
	else
		fputs("code,station,line\npk,Park Kultury,1\n", f);
	FUZZ_CHECK(fclose(f) == 0);

	campaign_diags *diags = NULL;
	if (campaign_diags_new(&diags) != CAMPAIGN_OK)
		abort();
	campaign_spec *spec = NULL;
	int rc = campaign_spec_load_string(&spec, (const char *)data, spec_len, "fuzz.yaml",
	                                   spec_dir, diags);
	fuzz_check_diags(diags, rc);
	campaign_diags_free(diags);
	if (spec)
		build(spec);
	campaign_spec_free(spec);
	return 0;
}
