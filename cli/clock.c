#include "clock.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <campaign/campaign.h>

#include "exit.h"

int
cli_clock(const struct cli_command *cmd, const struct opt_result *res, int64_t *now)
{
	const char *iso = opt_get(cmd, res, "now");
	if (iso) {
		if (campaign_time_parse(now, iso) != CAMPAIGN_OK)
			return usage_error(cmd, "--now '%s' is not an ISO 8601 date or time "
			                        "(2026-12-01 or 2026-12-01T09:30:00Z)", iso);
		return 0;
	}
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	if (epoch && *epoch) {
		char *end;
		errno = 0;
		long long v = strtoll(epoch, &end, 10);
		if (errno || *end || v < 0) {
			fprintf(stderr, "campaign %s: error: SOURCE_DATE_EPOCH '%s' is not a number of seconds\n",
			        cmd->name, epoch);
			return EXIT_INVALID;
		}
		*now = (int64_t)v;
		return 0;
	}
	*now = (int64_t)time(NULL);
	return 0;
}
