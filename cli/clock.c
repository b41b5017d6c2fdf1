#include "clock.h"
#include "diag_print.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <campaign/campaign.h>

#include "exit.h"

int
cli_source_date_epoch(const char *command, int64_t *now)
{
	/* Empty is unset, as build systems that clear a variable by emptying it mean. */
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	if (!epoch || !*epoch)
		return 0;
	/*
	 * Digits only (reproducible-builds.org: a decimal number of seconds), and
	 * within the calendar every date the tool writes is read back in: a year
	 * 10000 would be written as 0000 and the ledger refused by every later build.
	 */
	size_t digits = strspn(epoch, "0123456789");
	size_t zeros = strspn(epoch, "0");
	if (zeros == digits && zeros > 0)
		zeros--; /* "000" is 0 */
	int64_t v = 0;
	/* Leading zeros are still the same number; the bound applies to the rest. */
	int ok = digits > 0 && epoch[digits] == '\0' && digits - zeros <= 12;
	for (size_t i = zeros; ok && i < digits; i++)
		v = v * 10 + (epoch[i] - '0');
	if (!ok || v > CAMPAIGN_TIME_MAX) {
		fprintf(stderr, "campaign %s: error: SOURCE_DATE_EPOCH '%.*s' is not a number of seconds from 0 "
		        "to %lld (1970-01-01 to 9999-12-31 UTC)\n", command, cli_quote_len(epoch, 40), epoch,
		        (long long)CAMPAIGN_TIME_MAX);
		return EXIT_INVALID;
	}
	*now = v;
	return 0;
}

/* Whether iso's time has the second 60 ("2026-12-31T23:59:60Z"), which only a leap second has. */
static int
leap_second(const char *iso)
{
	return strlen(iso) >= 19 && (iso[10] == 'T' || iso[10] == ' ') && iso[16] == ':' &&
	       strncmp(iso + 17, "60", 2) == 0;
}

int
cli_clock(const struct cli_command *cmd, const struct opt_result *res, int64_t *now)
{
	const char *iso = opt_get(cmd, res, "now");
	if (iso) {
		/* campaign_time_parse() refuses an instant outside 1970 to 9999 as well. */
		if (campaign_time_parse(now, iso) != CAMPAIGN_OK && leap_second(iso))
			return usage_error(cmd, "--now '%s' is a leap second, which Unix time cannot hold: "
			                        "write :59 or the next minute", iso);
		if (campaign_time_parse(now, iso) != CAMPAIGN_OK)
			return usage_error(cmd, "--now '%s' is not an ISO 8601 date or time from 1970 to 9999 "
			                        "(2026-12-01 or 2026-12-01T09:30:00Z)", iso);
		return 0;
	}
	*now = (int64_t)time(NULL);
	return cli_source_date_epoch(cmd->name, now);
}
