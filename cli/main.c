/*
 * campaign: the command line tool. This file is the command table and the
 * process frame; each command lives in cmd_<name>.c and uses only the
 * library's public API.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <campaign/campaign.h>

#include "cmd.h"
#include "diag_print.h"
#include "exit.h"
#include "fatal_signal.h"
#include "interrupt.h"
#include "stderr_watch.h"

const struct cli_command *const cli_commands[] = {
	&cmd_build,
	&cmd_validate,
	&cmd_qr,
	&cmd_utm,
	&cmd_hashtag,
	&cmd_phones,
	&cmd_resolve,
	&cmd_report,
	&cmd_render,
	&cmd_templates,
	&cmd_help,
	&cmd_version,
	NULL,
};

const struct cli_command *
cli_find_command(const char *name)
{
	for (size_t i = 0; cli_commands[i]; i++)
		if (strcmp(cli_commands[i]->name, name) == 0)
			return cli_commands[i];
	return NULL;
}

void
cli_print_overview(void *file)
{
	FILE *f = file;
	fprintf(f, "Usage: campaign COMMAND [OPTIONS] [ARGS]\n\n"
	           "Turns one YAML campaign spec into tracked campaign assets: UTM links,\n"
	           "hashtags, tracking phone numbers, QR codes, flyers and a manifest.\n\n"
	           "Commands:\n");
	for (size_t i = 0; cli_commands[i]; i++)
		fprintf(f, "  %-10s %s\n", cli_commands[i]->name, cli_commands[i]->summary);
	fprintf(f, "\nRun 'campaign help COMMAND' for a command's options.\n"
	           "Exit status: 0 success, 1 invalid input, 2 usage error, 3 environment failure.\n");
}

static int
unknown_command(const char *name)
{
	const char *names[32];
	size_t n = 0;
	for (size_t i = 0; cli_commands[i] && n < 31; i++)
		names[n++] = cli_commands[i]->name;
	names[n] = NULL;
	const char *hint = strlen(name) < 64 ? campaign_suggest(name, names) : NULL;
	if (hint)
		cli_error("campaign: error: unknown command '%s'; did you mean '%s'?\n", name, hint);
	else
		cli_error("campaign: error: unknown command '%s'\n", name);
	fprintf(stderr, "Try 'campaign --help'.\n");
	return EXIT_USAGE;
}

/*
 * What a command printed is its result (a URL, a table, the output
 * directory): a full disk or a closed pipe must not pass for success.
 */
static int
stdout_written(const char *command, int rc)
{
	errno = 0;
	if (fflush(stdout) == 0 && !ferror(stdout))
		return rc;
	fprintf(stderr, "campaign%s%s: error: cannot write to standard output: %s\n", command ? " " : "",
	        command ? command : "", errno ? strerror(errno) : "a write failed");
	return rc == EXIT_OK ? EXIT_ENV : rc;
}

int
main(int argc, char **argv)
{
	if (argc < 2) {
		cli_print_overview(stderr);
		return EXIT_USAGE;
	}
	const char *name = argv[1];
	if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0) {
		cli_print_overview(stdout);
		return stdout_written(NULL, EXIT_OK);
	}
	if (strcmp(name, "--version") == 0 || strcmp(name, "-V") == 0)
		name = "version";
	else if (name[0] == '-') {
		cli_error("campaign: error: unknown option '%s'\nTry 'campaign --help'.\n", name);
		return EXIT_USAGE;
	}
	const struct cli_command *cmd = cli_find_command(name);
	if (!cmd)
		return unknown_command(name);
	stderr_watch_start();
	/* Before any thread starts: each inherits the blocked SIGINT and SIGTERM. */
	fatal_signal_install();
	interrupt_start();
	int rc = cmd->run(cmd, argc - 1, argv + 1);
	interrupt_stop();
	/* Frees pango's and fontconfig's caches, so a leak checker sees a clean exit. */
	campaign_shutdown();
	rc = stdout_written(cmd->name, rc);
	if (rc != EXIT_OK && stderr_watch_active() && stderr_watch_count() == 0)
		fprintf(stderr, "campaign %s: error: failed (exit status %d) " CLI_NO_REASON "\n",
		        cmd->name, rc);
	return rc;
}
