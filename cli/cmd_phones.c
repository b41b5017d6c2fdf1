#include <stdio.h>
#include <string.h>

#include <campaign/campaign.h>

#include "clock.h"
#include "cmd.h"
#include "diag_print.h"
#include "exit.h"

static const char *
state_word(campaign_phone_state s)
{
	switch (s) {
	case CAMPAIGN_PHONE_KEPT: return "kept";
	case CAMPAIGN_PHONE_NEW: return "new";
	case CAMPAIGN_PHONE_RESTORED: return "restored";
	case CAMPAIGN_PHONE_NONE: break;
	}
	return "-";
}

static void
print_table(const campaign_plan *plan)
{
	size_t width = strlen("PLACEMENT"), shown = 0;
	for (size_t i = 0; i < campaign_plan_count(plan); i++) {
		const campaign_assignment *a = campaign_plan_get(plan, i);
		if (a->phone && strlen(a->placement->id) > width)
			width = strlen(a->placement->id);
	}
	printf("%-*s  %-20s  %-16s  %-8s  %s\n", (int)width, "PLACEMENT", "NUMBER", "E.164", "STATUS",
	       "SINCE");
	for (size_t i = 0; i < campaign_plan_count(plan); i++) {
		const campaign_assignment *a = campaign_plan_get(plan, i);
		if (!a->phone)
			continue;
		/* Display masks may hold multi-byte characters; pad by what the terminal shows. */
		printf("%-*s  %s%*s  %-16s  %-8s  %s\n", (int)width, a->placement->id, a->phone_display,
		       (int)(20 - (strlen(a->phone_display) < 20 ? strlen(a->phone_display) : 20)), "",
		       a->phone, state_word(a->phone_state), a->issued ? a->issued : "-");
		shown++;
	}
	printf("%zu assigned, %zu free, %zu in quarantine\n", shown, campaign_plan_phones_free(plan),
	       campaign_plan_phones_quarantined(plan));
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
	if ((rc = cli_clock(cmd, &res, &po.now)))
		goto done;
	po.ledger_path = opt_get(cmd, &res, "ledger");
	if (campaign_diags_new(&diags) != CAMPAIGN_OK) {
		rc = EXIT_ENV;
		goto done;
	}
	int status = campaign_spec_load_file(&spec, res.args[0], diags);
	if (status == CAMPAIGN_OK)
		status = campaign_plan_new(&plan, spec, &po, diags);
	diag_print_all(diags);
	rc = diag_exit_code(diags, status);
	if (rc == EXIT_OK)
		print_table(plan);
done:
	campaign_plan_free(plan);
	campaign_spec_free(spec);
	campaign_diags_free(diags);
	opt_result_free(&res);
	return rc;
}

static const struct opt_spec opts[] = {
	{ "now", 0, OPT_VALUE, "ISO-8601", "the clock for quarantines (default: SOURCE_DATE_EPOCH, or now)" },
	{ "ledger", 0, OPT_VALUE, "FILE", "the ledger (default: the spec's, or <slug>.ledger beside it)" },
	{ NULL, 0, OPT_FLAG, NULL, NULL },
};

const struct cli_command cmd_phones = {
	.name = "phones",
	.run = run,
	.summary = "Show the tracking-number assignments, as a table",
	.usage = "SPEC.yaml",
	.description =
		"Prints every placement's tracking number as the next build assigns it: kept\n"
		"(the ledger gave it before), new, or restored (the placement came back),\n"
		"with the day it was first issued, and how many numbers of the pool are\n"
		"free or in quarantine. Reads the ledger; writes nothing.",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
};
