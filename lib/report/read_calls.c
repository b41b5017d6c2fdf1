/*
 * Call logs: the telephony provider's export, one call a line. Column names
 * differ by provider (Asterisk's CDR has dst/src/billsec/disposition,
 * Twilio To/From/Duration/Status, Russian providers Russian names), so the
 * usual ones are known and any can be named.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>

#include "campaign/status.h"
#include "text/textquote.h"
#include "trace_reader.h"

enum { CALLED, CALLER, TIME, DURATION, STATUS, CALL_ROLES };

static const char *const called_names[] = { "called", "called number", "to", "dst", "destination",
	"tracking number", "number called", "dialed number", "номер", "кому", "куда",
	"набранный номер", NULL };
static const char *const caller_names[] = { "caller", "caller number", "from", "src",
	"caller id", "callerid", "clid", "кто звонил", "откуда", "номер абонента",
	"звонящий", NULL };
static const char *const time_names[] = { "time", "start", "start time", "started", "date",
	"calldate", "call date", "datetime", "время", "дата", "дата и время",
	"начало", NULL };
static const char *const duration_names[] = { "duration", "billsec", "talk time", "talk",
	"seconds", "duration (s)", "длительность", "продолжительность",
	"длительность разговора", NULL };
static const char *const status_names[] = { "status", "disposition", "result", "call status",
	"статус", "результат", NULL };

static const struct column_role call_roles[CALL_ROLES] = {
	[CALLED] = { "called", called_names, 1 },
	[CALLER] = { "caller", caller_names, 0 },
	[TIME] = { "time", time_names, 0 },
	[DURATION] = { "duration", duration_names, 0 },
	[STATUS] = { "status", status_names, 0 },
};

/* "95", "95.4", "1:35", "00:01:35": seconds, or -1. */
static long
duration_seconds(const char *text)
{
	if (!text)
		return -1;
	long parts[3];
	int n = 0;
	const char *p = text;
	while (*p == ' ')
		p++;
	while (n < 3) {
		char *end;
		if (!isdigit((unsigned char)*p))
			return -1;
		long v = strtol(p, &end, 10);
		/* Minutes and seconds after a colon are below 60: "1:75" is no duration. */
		if (v < 0 || v > 10000000 || (n > 0 && v > 59))
			return -1;
		parts[n++] = v;
		p = end;
		if (*p != ':')
			break;
		p++;
	}
	if (*p == '.' || *p == ',')
		for (p++; isdigit((unsigned char)*p); p++)
			;
	while (*p == ' ')
		p++;
	if (*p)
		return -1;
	long s = 0;
	for (int i = 0; i < n; i++)
		s = s * (i ? 60 : 1) + parts[i];
	return s;
}

/*
 * Whether the word found at `at` in the lowered status is negated by what
 * comes right before it: "not answered", "unsuccessful", "non-connected",
 * "не принят", "неуспешный" say the opposite of the word they contain.
 */
static int
negated(const char *status, const char *at)
{
	static const char *const negations[] = { "not", "not ", "not_", "not-", "un", "non", "non-",
		"не", "не ", "не-", "no ", "no_", "no-", NULL };
	size_t before = (size_t)(at - status);
	for (size_t k = 0; negations[k]; k++) {
		size_t n = strlen(negations[k]);
		if (before >= n && memcmp(at - n, negations[k], n) == 0)
			return 1;
	}
	return 0;
}

/*
 * 1 answered, 0 not, -1 the status does not say. The status is lowered
 * first, in full Unicode (Asterisk writes ANSWERED, providers "Отвечен" or
 * "НЕ ОТВЕЧЕН"); a word of the answered list counts only when nothing
 * negates it, or "Not answered" would be an answered call.
 */
static int
answered_status(const char *status)
{
	static const char *const no[] = { "no answer", "no_answer", "no-answer", "noanswer", "unanswered",
		"missed", "busy", "failed", "cancel", "пропущ", "не отвеч", "неотвеч", "занят", NULL };
	static const char *const yes[] = { "answer", "completed", "success", "connected",
		"принят", "отвечен", "успешн", NULL };
	if (!status || !*status)
		return -1;
	char low[256];
	size_t len = sizeof(low) - 1;
	size_t in = strnlen(status, 200);
	uint8_t *lowered = u8_tolower((const uint8_t *)status, in, NULL, NULL, (uint8_t *)low, &len);
	if (!lowered)
		return -1;
	if (lowered != (uint8_t *)low) { /* longer than the buffer once lowered: not a status */
		free(lowered);
		return -1;
	}
	low[len] = '\0';
	for (size_t k = 0; no[k]; k++)
		if (strstr(low, no[k]))
			return 0;
	int answered = -1;
	for (size_t k = 0; yes[k]; k++)
		for (const char *at = low; (at = strstr(at, yes[k])); at++)
			answered = negated(low, at) ? 0 : answered < 0 ? 1 : answered;
	return answered;
}

static int
on_header(void *ctx, const struct export_record *header, char delimiter)
{
	return campaign__trace_header(ctx, call_roles, CALL_ROLES, header, delimiter);
}

static int
on_call(void *ctx, const struct export_record *rec)
{
	struct trace_reader *t = ctx;
	t->in->pub.lines++;
	campaign_call call = { 0 };
	call.called = campaign__trace_field(t, rec, CALLED);
	call.caller = campaign__trace_field(t, rec, CALLER);
	call.time = campaign__trace_time(t, rec, TIME);
	const char *duration = campaign__trace_field(t, rec, DURATION);
	call.duration = duration_seconds(duration);
	/* Unread, a call is never a target call: said, or a column of "1e3" would count none quietly. */
	if (call.duration < 0 && duration && *duration)
		campaign__trace_unread(&t->durations_unread, rec->line, duration);
	call.answered = answered_status(campaign__trace_field(t, rec, STATUS));
	if (!call.called || !*call.called) {
		campaign__report_skip(t->report, t->in, rec->line, "no number in the '%s' column",
		                      call_roles[CALLED].name);
		return CAMPAIGN_OK;
	}
	int rc = campaign_report_add_call(t->report, &call, NULL);
	if (rc == CAMPAIGN_OK)
		t->in->pub.attributed++;
	else if (rc == CAMPAIGN_ENOTFOUND)
		t->in->pub.unattributed++;
	else if (rc == CAMPAIGN_EINVALID) {
		char quoted[128];
		campaign__report_skip(t->report, t->in, rec->line, "'%s' is not a phone number",
		                      campaign__quote_into(quoted, sizeof(quoted), call.called, 40));
	} else
		return rc;
	return CAMPAIGN_OK;
}

int
campaign__read_calls(struct trace_reader *t)
{
	struct export_reader reader = { on_header, on_call, campaign__trace_skip, t };
	return campaign__export_csv_read(t->path, &reader, t->diags);
}
