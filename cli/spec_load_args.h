/*
 * What every command that reads a spec takes about reading it: the folders
 * its paths may lead into besides its own (--allow-path DIR) and its limits
 * (--limit NAME=N). The user running the tool sets them, never the spec.
 */
#ifndef CLI_SPEC_LOAD_ARGS_H
#define CLI_SPEC_LOAD_ARGS_H

#include <campaign/campaign.h>

#include "opt.h"

/* The two entries of a command's option table. */
#define SPEC_LOAD_OPT_SPECS                                                                      \
	{ "allow-path", 0, OPT_REPEAT, "DIR",                                                     \
	  "let the spec name files in DIR too, not only in its own folder (repeatable)" },        \
	{ "limit", 0, OPT_REPEAT, "NAME=N",                                                       \
	  "set a limit: rows, table-bytes, columns, field-bytes, spec-bytes, spec-values, "        \
	  "ledger-bytes, registry-bytes" }

struct spec_load_args {
	campaign_spec_load_options opts;
	const char **dirs; /* opts.allowed_dirs, NULL-terminated; owned */
};

/*
 * Reads --allow-path and --limit into args. A folder that is not there, an
 * unknown limit or a value that is no whole number from 1 up is a usage error.
 * Returns 0, EXIT_USAGE (printed) or EXIT_ENV (out of memory).
 */
int spec_load_args_parse(const struct cli_command *cmd, const struct opt_result *res,
                         struct spec_load_args *args);
void spec_load_args_free(struct spec_load_args *args);

#endif
