#include <stdio.h>

#include "cmd.h"
#include "exit.h"

static int
run(const struct cli_command *cmd, int argc, char **argv)
{
	struct opt_result res;
	int rc = opt_parse(cmd, argc, argv, &res);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	if (res.nargs == 0) {
		cli_print_overview(stdout);
	} else {
		const struct cli_command *target = cli_find_command(res.args[0]);
		if (!target) {
			rc = usage_error(cmd, "unknown command '%s'", res.args[0]);
		} else {
			opt_print_help(target, stdout);
		}
	}
	opt_result_free(&res);
	return rc;
}

const struct cli_command cmd_help = {
	.name = "help",
	.run = run,
	.summary = "Show the help of a command",
	.usage = "[COMMAND]",
	.description = NULL,
	.opts = NULL,
	.min_args = 0,
	.max_args = 1,
};
