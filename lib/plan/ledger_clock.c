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

#include <stdio.h>
#include <string.h>

#include "campaign/status.h"
#include "util/date.h"
#include "util/utf8.h"

/* The column of the issued field: after the id and the event ("-" when none), in characters. */
static unsigned long
issued_column(const struct ledger_entry *e)
{
	size_t id = campaign__utf8_count(e->id, strlen(e->id));
	size_t event = e->event ? campaign__utf8_count(e->event, strlen(e->event)) : 1;
	return (unsigned long)(id + 1 + event + 1 + 1);
}

/* Whether e has a date after today and the tolerance: 1 its issue, 2 its release, else 0. */
static int
after_clock(const struct ledger_entry *e, long today)
{
	if (e->issued > today + LEDGER_CLOCK_TOLERANCE_DAYS)
		return 1;
	return e->released > today + LEDGER_CLOCK_TOLERANCE_DAYS ? 2 : 0;
}

int
campaign__ledger_check_clock(const struct ledger *l, long today, const char *file,
                             campaign_diags *diags)
{
	/* The first, and how many more: a ledger written ahead has every date ahead. */
	const struct ledger_entry *first = NULL;
	size_t more = 0;
	for (size_t i = 0; i < l->count; i++) {
		const struct ledger_entry *e = &l->entries[i];
		if (after_clock(e, today) && (!first || e->line < first->line)) {
			more += first != NULL;
			first = e;
		} else if (after_clock(e, today)) {
			more++;
		}
	}
	if (!first)
		return CAMPAIGN_OK;
	int released = after_clock(first, today) == 2;
	char clock[11], when[11], others[64] = "";
	campaign__date_format(today, clock);
	campaign__date_format(released ? first->released : first->issued, when);
	if (more)
		snprintf(others, sizeof(others), ", and %zu more entr%s", more, more == 1 ? "y is" : "ies are");
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, first->line,
	                   issued_column(first) + (released ? 11 : 0),
	                   "'%s' %s is after the build's clock, %s (a day's difference is allowed)%s: "
	                   "the ledger was written by a machine whose clock ran ahead, or edited; if "
	                   "%s is right, set --now (or SOURCE_DATE_EPOCH) to it",
	                   released ? "released" : "issued", when, clock, others, when);
	return CAMPAIGN_EINVALID;
}
