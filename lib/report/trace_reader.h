/*
 * What every reader of a trace file shares: the report and the input's
 * accounting, the columns chosen, the time format found, and the first
 * failure that stops the read.
 */
#ifndef CAMPAIGN_REPORT_TRACE_READER_H
#define CAMPAIGN_REPORT_TRACE_READER_H

#include "columns.h"
#include "report_internal.h"
#include "trace_time.h"
#include "util/strbuf.h"

#define TRACE_COLUMNS_MAX 12

/*
 * Values of one column that could not be read, their line left counted:
 * how many, and the first, so that the summary says where to look.
 */
struct unread_values {
	uint64_t count;
	unsigned long first_line;
	char first[128]; /* quoted for a message (textquote.h) */
};

struct trace_reader {
	campaign_report *report;
	struct report_input_state *in;
	const char *path;
	const char *columns;       /* the user's NAME=COLUMN list, or NULL */
	long index[TRACE_COLUMNS_MAX];
	enum trace_time_format time_format;
	struct unread_values times_unread; /* of the time column */
	struct unread_values durations_unread; /* of a call log's duration column */
	struct strbuf how;         /* campaign_report_input.how, as it is built */
	struct strbuf scratch;     /* a line's field, copied to be NUL-terminated */
	campaign_diags *diags;
};

/* The field of role i in a record, or NULL when the role has no column. */
const char *campaign__trace_field(const struct trace_reader *t, const struct export_record *rec,
                                  size_t role);

/* The time in a record's time column (role i), or -1 when it has none or it cannot be read. */
int64_t campaign__trace_time(struct trace_reader *t, const struct export_record *rec, size_t role);

/* Counts text, on line, as a value that could not be read. */
void campaign__trace_unread(struct unread_values *u, unsigned long line, const char *text);

/* "; 2 times could not be read (the first on line 7: '31.02.2027')", or nothing. */
void campaign__trace_unread_note(struct strbuf *how, const struct unread_values *u,
                                 const char *what);

/* Chooses the columns from a header; a failure is reported at the header's line. */
int campaign__trace_header(struct trace_reader *t, const struct column_role *roles, size_t n,
                           const struct export_record *header, char delimiter);

/* export_reader.skip for every CSV reader: counts and keeps the line. */
void campaign__trace_skip(void *ctx, unsigned long line, const char *why);

/* The formats' readers (read_*.c). */
int campaign__read_calls(struct trace_reader *t);
int campaign__read_posts(struct trace_reader *t);
int campaign__read_analytics(struct trace_reader *t);
int campaign__read_access_log(struct trace_reader *t);
int campaign__read_conversions(struct trace_reader *t);

#endif
