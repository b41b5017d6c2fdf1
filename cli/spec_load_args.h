/*
 * What every command that reads a spec takes about reading it: the folders
 * its paths may lead into besides its own (--allow-path DIR) and its limits
 * (--limit NAME=N). The user running the tool sets them, never the spec.
 */
#ifndef CLI_SPEC_LOAD_ARGS_H
#define CLI_SPEC_LOAD_ARGS_H

#include <campaign/campaign.h>

#include "opt.h"

#define ALLOW_PATH_OPT_SPEC                                                                      \
	{ "allow-path", 0, OPT_REPEAT, "DIR",                                                     \
	  "let the spec name files in DIR too, not only in its own folder" }
#define SPEC_LIMIT_NAMES "rows, table-bytes, columns, field-bytes, spec-bytes, spec-values, " \
	                 "ledger-bytes, registry-bytes"

/* Where a template's literal images may come from besides its own folder (never the spec's, unless named). */
#define ALLOW_IMAGES_OPT_SPEC                                                                    \
	{ "allow-images", 0, OPT_REPEAT, "DIR",                                                   \
	  "let templates use images in DIR too, not only in their own folder" }

/* The three entries of a command's option table. */
#define SPEC_LOAD_OPT_SPECS                                                                      \
	ALLOW_PATH_OPT_SPEC,                                                                      \
	ALLOW_IMAGES_OPT_SPEC,                                                                    \
	{ "limit", 0, OPT_REPEAT, "NAME=N",                                                       \
	  "set a limit: " SPEC_LIMIT_NAMES ", image-side, image-pixels, image-bytes" }

/* The two entries of a command that reads a spec but no template (phones, report, resolve). */
#define SPEC_ONLY_LOAD_OPT_SPECS                                                                 \
	ALLOW_PATH_OPT_SPEC,                                                                      \
	{ "limit", 0, OPT_REPEAT, "NAME=N", "set a limit: " SPEC_LIMIT_NAMES }

/* The entry of a command that reads templates but no spec (render, templates). */
#define TEMPLATE_LIMIT_OPT_SPEC                                                                  \
	{ "limit", 0, OPT_REPEAT, "NAME=N",                                                       \
	  "set a limit of the template's images: image-side, image-pixels, image-bytes" }

struct spec_load_args {
	campaign_spec_load_options opts;
	campaign_template_load_options tpl; /* the image limits among --limit */
	const char **dirs; /* opts.allowed_dirs, NULL-terminated; owned */
};

/*
 * Reads --allow-path, --allow-images and --limit into args; the command's
 * first argument is the spec. tpl.image_dirs borrows res's --allow-images:
 * a template's literal images never come from the spec's folder unless
 * allowed. A folder that is not there, an
 * unknown limit or a value that is no whole number from 1 to the limit's
 * ceiling is a usage error.
 * Returns 0, EXIT_USAGE (printed) or EXIT_ENV (out of memory).
 */
int spec_load_args_parse(const struct cli_command *cmd, const struct opt_result *res,
                         struct spec_load_args *args);
/* As spec_load_args_parse(), for SPEC_ONLY_LOAD_OPT_SPECS: the image limits are a usage error. */
int spec_only_load_args_parse(const struct cli_command *cmd, const struct opt_result *res,
                              struct spec_load_args *args);
void spec_load_args_free(struct spec_load_args *args);

/*
 * Reads the --limit of a command that reads templates but no spec: only the
 * image limits; any other name is a usage error. Returns 0 or EXIT_USAGE.
 */
int template_limit_args_parse(const struct cli_command *cmd, const struct opt_result *res,
                              campaign_template_load_options *tpl);

/*
 * Reads --allow-images (ALLOW_IMAGES_OPT_SPEC) of a command that reads
 * templates but no spec into tpl->image_dirs, which borrows res's list.
 * Returns 0 or EXIT_USAGE (a DIR that is no folder).
 */
int image_dirs_args_parse(const struct cli_command *cmd, const struct opt_result *res,
                          campaign_template_load_options *tpl);

#endif
