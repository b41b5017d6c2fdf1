/*
 * A ledger's dates against the build's clock. Every date in a ledger was the
 * clock of the build that wrote it, so one after today means that build's
 * clock ran ahead or the file was edited; kept, it would hold a released
 * number in quarantine past its time and refuse every release until the
 * clock caught up. One day is tolerated: two machines' clocks either side
 * of midnight (UTC, as every date here) differ by a day without either
 * being wrong.
 */
#include "plan/ledger_clock.h"

#include <string.h>

#include "campaign/status.h"
#include "util/date.h"
#include "util/utf8.h"

/* Each bad date is one line; the rest are counted, as the file is one mistake. */
#define SHOWN_MAX 5

/* The column of the issued field: after the id and the event ("-" when none), in characters. */
static unsigned long
issued_column(const struct ledger_entry *e)
{
	size_t id = campaign__utf8_count(e->id, strlen(e->id));
	size_t event = e->event ? campaign__utf8_count(e->event, strlen(e->event)) : 1;
	return (unsigned long)(id + 1 + event + 1 + 1);
}

int
campaign__ledger_check_clock(const struct ledger *l, long today, const char *file,
                             campaign_diags *diags)
{
	size_t bad = 0;
	char clock[11], when[11];
	campaign__date_format(today, clock);
	for (size_t i = 0; i < l->count; i++) {
		const struct ledger_entry *e = &l->entries[i];
		int released = e->released > today + LEDGER_CLOCK_TOLERANCE_DAYS;
		if (!released && e->issued <= today + LEDGER_CLOCK_TOLERANCE_DAYS)
			continue;
		if (bad++ >= SHOWN_MAX)
			continue;
		campaign__date_format(released ? e->released : e->issued, when);
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, e->line,
		                   issued_column(e) + (released ? 11 : 0),
		                   "'%s' %s is after the build's clock (%s; a day's difference is "
		                   "allowed): the ledger was written by a machine whose clock ran ahead, "
		                   "or edited; if %s is right, set --now (or SOURCE_DATE_EPOCH) to it",
		                   released ? "released" : "issued", when, clock, when);
	}
	if (bad > SHOWN_MAX)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, 0, 0,
		                   "and %zu more entries dated after the build's clock", bad - SHOWN_MAX);
	return bad ? CAMPAIGN_EINVALID : CAMPAIGN_OK;
}
