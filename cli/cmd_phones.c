#include <stdio.h>
#include <string.h>

#include <campaign/campaign.h>

#include "clock.h"
#include "cmd.h"
#include "diag_print.h"
#include "exit.h"
#include "spec_load_args.h"

static const char *
state_word(campaign_phone_state s)
{
	switch (s) {
	case CAMPAIGN_PHONE_KEPT: return "kept";
	case CAMPAIGN_PHONE_NEW: return "new";
	case CAMPAIGN_PHONE_RESTORED: return "restored";
	case CAMPAIGN_PHONE_MISSING: return "missing";
	case CAMPAIGN_PHONE_NONE: break;
	}
	return "-";
}

/* Columns of text that may hold multi-byte characters, padded by what the terminal shows. */
static void
print_padded(const char *text, size_t width)
{
	size_t shown = 0;
	for (const unsigned char *p = (const unsigned char *)text; *p; p++)
		shown += (*p & 0xC0) != 0x80;
	printf("%s%*s", text, (int)(width > shown ? width - shown : 0), "");
}

/* Every placement that asks for a number, those left without one too; returns how many are. */
static size_t
print_table(const campaign_plan *plan)
{
	size_t width = strlen("PLACEMENT"), missing = 0, holding = 0;
	for (size_t i = 0; i < campaign_plan_count(plan); i++) {
		const campaign_assignment *a = campaign_plan_get(plan, i);
		if ((a->phone || a->phone_state == CAMPAIGN_PHONE_MISSING) && strlen(a->placement->id) > width)
			width = strlen(a->placement->id);
	}
	printf("%-*s  %-20s  %-16s  %-8s  %s\n", (int)width, "PLACEMENT", "NUMBER", "E.164", "STATUS",
	       "SINCE");
	for (size_t i = 0; i < campaign_plan_count(plan); i++) {
		const campaign_assignment *a = campaign_plan_get(plan, i);
		if (!a->phone && a->phone_state != CAMPAIGN_PHONE_MISSING)
			continue;
		printf("%-*s  ", (int)width, a->placement->id);
		print_padded(a->phone ? a->phone_display : "-", 20);
		printf("  %-16s  %-8s  %s\n", a->phone ? a->phone : "-", state_word(a->phone_state),
		       a->issued ? a->issued : "-");
		missing += !a->phone;
		holding += a->phone != NULL;
	}
	/* Every number of the pool in one count, so they add up to it. */
	size_t held = campaign_plan_phones_held(plan), free_numbers = campaign_plan_phones_free(plan);
	size_t quarantined = campaign_plan_phones_quarantined(plan);
	size_t elsewhere = campaign_plan_phones_elsewhere(plan);
	printf("%zu placement%s with a number, %zu without; pool of %zu: %zu held here, %zu free, "
	       "%zu in quarantine", holding, holding == 1 ? "" : "s", missing,
	       held + free_numbers + quarantined + elsewhere, held, free_numbers, quarantined);
	if (campaign_plan_registry_path(plan))
		printf(", %zu held by other campaigns", elsewhere);
	printf("\n");
	return missing;
}

static int
run(const struct cli_command *cmd, int argc, char **argv)
{
	struct opt_result res;
	int rc = opt_parse(cmd, argc, argv, &res);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	campaign_diags *diags = NULL;
	campaign_spec *spec = NULL;
	campaign_plan *plan = NULL;
	struct opt_list reissue = { 0 };
	struct spec_load_args load = { 0 };
	if ((rc = cli_clock(cmd, &res, &po.now)) || (rc = spec_only_load_args_parse(cmd, &res, &load)))
		goto done;
	po.ledger_path = opt_get(cmd, &res, "ledger");
	po.registry_path = opt_get(cmd, &res, "registry");
	/* The table shows who would go without a number, rather than stop at it. */
	po.allow_exhausted = 1;
	if ((rc = opt_list(cmd, &res, "reissue", &reissue)))
		goto done;
	po.reissue = reissue.items;
	po.reissue_count = reissue.count;
	if (campaign_diags_new(&diags) != CAMPAIGN_OK) {
		fprintf(stderr, "campaign: error: out of memory\n");
		rc = EXIT_ENV;
		goto done;
	}
	int status = campaign_spec_load_file_ext(&spec, res.args[0], &load.opts, diags);
	if (status == CAMPAIGN_OK)
		status = campaign_plan_new(&plan, spec, &po, diags);
	diag_print_all(diags);
	rc = diag_exit_code(diags, status);
	/* An exhausted pool is the one problem the table is still printed for, and still exit 1. */
	if (rc == EXIT_OK && print_table(plan))
		rc = EXIT_INVALID;
done:
	opt_list_free(&reissue);
	spec_load_args_free(&load);
	campaign_plan_free(plan);
	campaign_spec_free(spec);
	campaign_diags_free(diags);
	opt_result_free(&res);
	return rc;
}

static const struct opt_spec opts[] = {
	{ "now", 0, OPT_VALUE, "ISO-8601", "the clock for quarantines (default: SOURCE_DATE_EPOCH, or now)" },
	{ "ledger", 0, OPT_VALUE, "FILE", "the ledger (default: the spec's, or NAME.ledger beside NAME.yaml)" },
	{ "registry", 0, OPT_VALUE, "FILE", "the registry shared with other campaigns (default: the spec's)" },
	{ "reissue", 0, OPT_REPEAT, "ID[,ID...]", "show the numbers as if these placements were reissued" },
	SPEC_ONLY_LOAD_OPT_SPECS,
	{ NULL, 0, OPT_FLAG, NULL, NULL },
};

const struct cli_command cmd_phones = {
	.name = "phones",
	.run = run,
	.summary = "Show the tracking-number assignments, as a table",
	.usage = "SPEC.yaml",
	.description =
		"Prints every placement's tracking number as the next build assigns it: kept\n"
		"(the ledger gave it before), new, restored (the placement came back), or\n"
		"missing (the pool has none left for it), with the day it was first issued;\n"
		"then how the pool's numbers divide: held here, free, in quarantine and held\n"
		"by other campaigns of the registry, which add up to the pool. Exits 1 when a\n"
		"placement is left without a number, after printing the table. Reads the\n"
		"ledger and the registry; writes nothing.",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
};
