/*
 * campaign_report_read(): a file of traces handed to its format's reader,
 * and what was read summed up for the user.
 */
#include <stdlib.h>

#include "campaign/status.h"
#include "trace_reader.h"
#include "text/textquote.h"

/*
 * Most of a file unreadable is not an export of this kind: an error, not a
 * count. So is a short file of which no line could be read: a report of
 * zeros with exit 0 would pass for "nothing happened".
 */
static int
mostly_unreadable(const struct trace_reader *t)
{
	const campaign_report_input *in = &t->in->pub;
	return (in->lines >= 10 && in->skipped * 2 > in->lines) ||
	       (in->lines > 0 && in->skipped == in->lines);
}

static void
finish_how(struct trace_reader *t)
{
	int offset = t->report->opts.utc_offset_minutes;
	if (t->time_format != TRACE_TIME_UNKNOWN && offset == 0)
		campaign__strbuf_addf(&t->how, "; times as %s, UTC unless they say otherwise",
		                      campaign__trace_time_format_name(t->time_format));
	else if (t->time_format != TRACE_TIME_UNKNOWN)
		campaign__strbuf_addf(&t->how, "; times as %s, UTC%c%02d:%02d unless they say otherwise",
		                      campaign__trace_time_format_name(t->time_format),
		                      offset < 0 ? '-' : '+', abs(offset) / 60, abs(offset) % 60);
	campaign__trace_unread_note(&t->how, &t->times_unread, "time");
	campaign__trace_unread_note(&t->how, &t->durations_unread, "duration");
	/* The header's names are the file's text: made printable and valid UTF-8. */
	char safe[1200];
	const char *kept = campaign__report_keep(
		t->report, campaign__quote_into(safe, sizeof(safe), campaign__strbuf_cstr(&t->how), 1000));
	if (kept)
		t->in->pub.how = kept;
}

CAMPAIGN_API int
campaign_report_read(campaign_report *r, campaign_trace_format format, const char *path,
                     const char *columns, campaign_diags *diags)
{
	if (!r || !path) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "campaign_report_read: the report and the path must not be NULL");
		return CAMPAIGN_EINVALID;
	}
	int (*read)(struct trace_reader *) =
		format == CAMPAIGN_TRACE_ACCESS_LOG  ? campaign__read_access_log
		: format == CAMPAIGN_TRACE_ANALYTICS ? campaign__read_analytics
		: format == CAMPAIGN_TRACE_CALLS     ? campaign__read_calls
		: format == CAMPAIGN_TRACE_POSTS     ? campaign__read_posts
		: format == CAMPAIGN_TRACE_CONVERSIONS ? campaign__read_conversions
		                                     : NULL;
	if (!read) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "campaign_report_read: %d is not a campaign_trace_format", (int)format);
		return CAMPAIGN_EINVALID;
	}
	struct trace_reader t = { .report = r, .path = path, .columns = columns, .diags = diags };
	campaign__strbuf_init(&t.how, 4096);
	campaign__strbuf_init(&t.scratch, 0);
	t.in = campaign__report_input_new(r, path, format);
	int rc = t.in ? read(&t) : CAMPAIGN_ENOMEM;
	if (t.in)
		finish_how(&t);
	campaign__strbuf_free(&t.how);
	campaign__strbuf_free(&t.scratch);
	if (rc == CAMPAIGN_OK && mostly_unreadable(&t)) {
		const campaign_report_input *in = &t.in->pub;
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, path,
		                   in->problem_count ? in->problems[0].line : 0, 0,
		                   "%llu of %llu lines cannot be read (%s): is this the right file "
		                   "and kind of file?", (unsigned long long)in->skipped,
		                   (unsigned long long)in->lines,
		                   in->problem_count ? in->problems[0].reason : "");
		rc = CAMPAIGN_EINVALID;
	}
	if (rc == CAMPAIGN_ENOMEM)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_ENOMEM, path, 0, 0,
		                   "out of memory reading %s", path);
	return rc;
}
