#include <stdio.h>

#include <campaign/campaign.h>

#include "cmd.h"
#include "diag_print.h"
#include "exit.h"

static int
run(const struct cli_command *cmd, int argc, char **argv)
{
	struct opt_result res;
	int rc = opt_parse(cmd, argc, argv, &res);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	campaign_diags *diags = NULL;
	campaign_spec *spec = NULL;
	if (campaign_diags_new(&diags) != CAMPAIGN_OK) {
		fprintf(stderr, "campaign: error: out of memory\n");
		rc = EXIT_ENV;
		goto done;
	}
	int status = campaign_spec_load_file(&spec, res.args[0], diags);
	diag_print_all(diags);
	rc = diag_exit_code(diags, status);
	if (rc == EXIT_OK && !opt_count(cmd, &res, "quiet"))
		printf("%s: ok: %zu events, %zu placements\n", res.args[0],
		       campaign_spec_event_count(spec), campaign_spec_placement_count(spec));
done:
	campaign_spec_free(spec);
	campaign_diags_free(diags);
	opt_result_free(&res);
	return rc;
}

static const struct opt_spec opts[] = {
	{ "quiet", 'q', OPT_FLAG, NULL, "print nothing when the spec is valid" },
	{ NULL, 0, OPT_FLAG, NULL, NULL },
};

const struct cli_command cmd_validate = {
	.name = "validate",
	.run = run,
	.summary = "Check a campaign spec and report every problem; write nothing",
	.usage = "SPEC.yaml",
	.description = "Loads the spec, its rows tables and everything it refers to, and reports\n"
	               "every problem as FILE:LINE:COL: error: MESSAGE. Exits 1 when there is any.",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
};
