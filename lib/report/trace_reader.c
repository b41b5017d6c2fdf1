/* The parts every trace file reader shares. */
#include "trace_reader.h"

#include "text/textquote.h"

#include <string.h>

#include "campaign/status.h"

const char *
campaign__trace_field(const struct trace_reader *t, const struct export_record *rec, size_t role)
{
	long i = t->index[role];
	return i >= 0 && (size_t)i < rec->count ? rec->fields[i] : NULL;
}

int64_t
campaign__trace_time(struct trace_reader *t, const struct export_record *rec, size_t role)
{
	const char *text = campaign__trace_field(t, rec, role);
	int64_t seconds;
	if (!text || !*text)
		return -1;
	/* Before 1970 is no campaign's, and a negative time is "none" to every reader above. */
	if (campaign__trace_time_parse(text, t->report->opts.utc_offset_minutes, &t->time_format,
	                               &seconds) || seconds < 0) {
		campaign__trace_unread(&t->times_unread, rec->line, text);
		return -1;
	}
	return seconds;
}

void
campaign__trace_unread(struct unread_values *u, unsigned long line, const char *text)
{
	if (u->count++ == 0) {
		u->first_line = line;
		campaign__quote_into(u->first, sizeof(u->first), text, 40);
	}
}

void
campaign__trace_unread_note(struct strbuf *how, const struct unread_values *u, const char *what)
{
	if (u->count == 1)
		campaign__strbuf_addf(how, "; 1 %s could not be read (on line %lu: '%s')", what,
		                      u->first_line, u->first);
	else if (u->count)
		campaign__strbuf_addf(how, "; %llu %ss could not be read (the first on line %lu: '%s')",
		                      (unsigned long long)u->count, what, u->first_line, u->first);
}

int
campaign__trace_header(struct trace_reader *t, const struct column_role *roles, size_t n,
                       const struct export_record *header, char delimiter)
{
	char why[1024];
	campaign__strbuf_addf(&t->how, "CSV separated by %s",
	                      delimiter == ';' ? "';'" : delimiter == '\t' ? "tabs" : "','");
	if (campaign__columns_choose(roles, n, t->columns, header, t->index, &t->how, why,
	                             sizeof(why)) == 0)
		return CAMPAIGN_OK;
	campaign_diags_add(t->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, t->path,
	                   header->line, 1, "%s", why);
	return CAMPAIGN_EINVALID;
}

void
campaign__trace_skip(void *ctx, unsigned long line, const char *why)
{
	struct trace_reader *t = ctx;
	t->in->pub.lines++;
	campaign__report_skip(t->report, t->in, line, "%s", why);
}
