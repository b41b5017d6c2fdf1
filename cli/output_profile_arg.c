#include "output_profile_arg.h"

int
output_profile_arg(const struct cli_command *cmd, struct opt_result *res,
                   campaign_output_profile **out, campaign_diags *diags)
{
	*out = NULL;
	const char *path = opt_get(cmd, res, "output-profile");
	return path ? campaign_output_profile_load(out, path, diags) : CAMPAIGN_OK;
}
