/* --output-profile FILE.icc, shared by build and render. */
#ifndef CLI_OUTPUT_PROFILE_ARG_H
#define CLI_OUTPUT_PROFILE_ARG_H

#include <campaign/campaign.h>

#include "opt.h"

/* The option's line for a command's option table. */
#define OUTPUT_PROFILE_OPT \
	{ "output-profile", 0, OPT_VALUE, "FILE.icc", \
	  "the press's CMYK ICC profile: PDF colours converted through it, and it as output intent" }

/*
 * Loads the profile the option names into *out (NULL without the option),
 * before anything is written; a bad profile's error goes into diags.
 * @return CAMPAIGN_OK or the library's status.
 */
int output_profile_arg(const struct cli_command *cmd, struct opt_result *res,
                       campaign_output_profile **out, campaign_diags *diags);

#endif
