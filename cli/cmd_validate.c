#include <stdio.h>

#include <campaign/campaign.h>

#include "clock.h"
#include "cmd.h"
#include "diag_print.h"
#include "exit.h"
#include "spec_load_args.h"
#include "template_dirs.h"

/*
 * --strict: every warning as an error (a text in the margin a cut could
 * reach, an image printed below 300 dpi, ...), as a print shop's preflight.
 * The library's warnings are copied as errors; notes stay notes.
 */
static int
make_strict(campaign_diags **diags)
{
	campaign_diags *strict = NULL;
	if (campaign_diags_new(&strict) != CAMPAIGN_OK)
		return CAMPAIGN_ENOMEM;
	for (size_t i = 0; i < campaign_diags_count(*diags); i++) {
		const campaign_diag *d = campaign_diags_get(*diags, i);
		int warning = d->severity == CAMPAIGN_SEVERITY_WARNING;
		campaign_diags_add(strict, warning ? CAMPAIGN_SEVERITY_ERROR : d->severity,
		                   warning ? CAMPAIGN_EINVALID : d->status, d->file, d->line, d->column,
		                   "%s", d->message);
	}
	campaign_diags_free(*diags);
	*diags = strict;
	return CAMPAIGN_OK;
}

static int
run(const struct cli_command *cmd, int argc, char **argv)
{
	struct opt_result res;
	int rc = opt_parse(cmd, argc, argv, &res);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	campaign_diags *diags = NULL;
	campaign_spec *spec = NULL;
	struct opt_list reissue = { 0 };
	struct spec_load_args load = { 0 };
	if ((rc = spec_load_args_parse(cmd, &res, &load)))
		goto done;
	if (campaign_diags_new(&diags) != CAMPAIGN_OK) {
		fprintf(stderr, "campaign: error: out of memory\n");
		rc = EXIT_ENV;
		goto done;
	}
	int status = campaign_spec_load_file_ext(&spec, res.args[0], &load.opts, diags);
	if (status == CAMPAIGN_OK) {
		/* A dry build: identifiers (conventions, URLs, the pool against the ledger) and flyers. */
		campaign_build_options bo = CAMPAIGN_BUILD_OPTIONS_INIT;
		if ((rc = cli_clock(cmd, &res, &bo.now)))
			goto done;
		const char *template_dirs[4];
		cli_template_dirs(template_dirs);
		bo.template_dirs = template_dirs;
		bo.template_load = &load.tpl;
		bo.ledger_path = opt_get(cmd, &res, "ledger");
		bo.registry_path = opt_get(cmd, &res, "registry");
		if ((rc = opt_list(cmd, &res, "reissue", &reissue)))
			goto done;
		bo.reissue = reissue.items;
		bo.reissue_count = reissue.count;
		bo.dry_run = 1;
		status = campaign_build(NULL, spec, &bo, diags);
	}
	if (opt_count(cmd, &res, "strict") && make_strict(&diags) != CAMPAIGN_OK)
		status = CAMPAIGN_ENOMEM;
	diag_print_all(diags);
	rc = diag_exit_code(diags, status);
	if (rc == EXIT_OK && !opt_count(cmd, &res, "quiet")) {
		size_t events = campaign_spec_event_count(spec);
		size_t placements = campaign_spec_placement_count(spec);
		printf("%s: ok: %zu event%s, %zu placement%s\n", res.args[0], events,
		       events == 1 ? "" : "s", placements, placements == 1 ? "" : "s");
	}
done:
	opt_list_free(&reissue);
	spec_load_args_free(&load);
	campaign_spec_free(spec);
	campaign_diags_free(diags);
	opt_result_free(&res);
	return rc;
}

static const struct opt_spec opts[] = {
	{ "quiet", 'q', OPT_FLAG, NULL, "print nothing when the spec is valid" },
	{ "strict", 0, OPT_FLAG, NULL, "treat every warning as an error (exit 1)" },
	{ "now", 0, OPT_VALUE, "ISO-8601", "the clock for quarantines (default: SOURCE_DATE_EPOCH, or now)" },
	{ "ledger", 0, OPT_VALUE, "FILE", "the ledger (default: the spec's, or NAME.ledger beside NAME.yaml)" },
	{ "registry", 0, OPT_VALUE, "FILE", "the registry shared with other campaigns (default: the spec's)" },
	{ "reissue", 0, OPT_REPEAT, "ID[,ID...]", "check as if these placements were reissued" },
	SPEC_LOAD_OPT_SPECS,
	{ NULL, 0, OPT_FLAG, NULL, NULL },
};

const struct cli_command cmd_validate = {
	.name = "validate",
	.run = run,
	.summary = "Check a campaign spec and report every problem; write nothing",
	.usage = "SPEC.yaml",
	.description = "Loads the spec, its rows tables and everything it refers to, computes every\n"
	               "identifier as a build would (UTM values against the conventions, landing\n"
	               "URLs, hashtags, the phone pool against the ledger), fills every flyer's\n"
	               "template (overset text, QR size, safe area) and reports every problem\n"
	               "as FILE:LINE:COL: error: MESSAGE. Exits 1 when there is any. Writes nothing.\n"
	               "With --strict, warnings are errors too: text or a QR code in the 3 mm\n"
	               "margin of a page without 'safe:', an image below 300 dpi, ...",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
};
