/* The subcommands; each lives in cli/cmd_<name>.c. */
#ifndef CLI_CMD_H
#define CLI_CMD_H

#include "opt.h"

extern const struct cli_command cmd_build;
extern const struct cli_command cmd_validate;
extern const struct cli_command cmd_phones;
extern const struct cli_command cmd_resolve;
extern const struct cli_command cmd_report;
extern const struct cli_command cmd_qr;
extern const struct cli_command cmd_utm;
extern const struct cli_command cmd_hashtag;
extern const struct cli_command cmd_render;
extern const struct cli_command cmd_templates;
extern const struct cli_command cmd_help;
extern const struct cli_command cmd_version;

/* The command table of main.c, terminated by NULL. */
extern const struct cli_command *const cli_commands[];

/* The command called name, or NULL. */
const struct cli_command *cli_find_command(const char *name);

/* Prints the overview of every command (campaign --help). */
void cli_print_overview(void *file);

#endif
