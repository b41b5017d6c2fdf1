#include <stdio.h>

#include <campaign/campaign.h>

#include "cmd.h"
#include "exit.h"

static int
run(const struct cli_command *cmd, int argc, char **argv)
{
	struct opt_result res;
	int rc = opt_parse(cmd, argc, argv, &res);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	/* The library actually loaded, which may differ from the headers we were built with. */
	printf("campaign %s\n", campaign_version_string());
	opt_result_free(&res);
	return EXIT_OK;
}

const struct cli_command cmd_version = {
	.name = "version",
	.run = run,
	.summary = "Print the version of the campaign tool and library",
	.usage = "",
	.opts = NULL,
	.min_args = 0,
	.max_args = 0,
};
