/*
 * An RFC 4180 CSV reader for `rows:` tables: UTF-8, a header row, fields
 * quoted with '"' (a doubled quote inside is one quote), CRLF or LF line ends
 * (also inside quoted fields), fields separated by ',', ';' or a tab (given,
 * or detected from the header line). Untrusted input: every problem is
 * reported at its line and column, and sizes are bounded.
 */
#ifndef CAMPAIGN_CSV_H
#define CAMPAIGN_CSV_H

#include <stddef.h>
#include <stdint.h>

#include "campaign/common.h"
#include "campaign/diag.h"
#include "util/arena.h"

/* Defaults; a caller may set others (text_limits.h). 1,000,000 rows of ~30 bytes fit. */
#define CSV_MAX_BYTES ((size_t)64 * 1024 * 1024)
#define CSV_MAX_ROWS ((size_t)1000 * 1000)
#define CSV_MAX_COLUMNS ((size_t)1000)
#define CSV_MAX_FIELD ((size_t)64 * 1024)

/* Where a cell starts in its table: what a value's own error points at. */
struct csv_pos {
	uint32_t line;   /* 1-based; a table is at most 4 GB, so 32 bits hold both */
	uint32_t column; /* 1-based, code points */
};

struct csv_table {
	const char **header;    /* column names, NULL-terminated, in the arena */
	size_t columns;
	/*
	 * rows * columns, row-major, in the arena: each cell with its column's
	 * name, so a row is a list of placeholder values as it stands.
	 */
	const campaign_param *cells;
	unsigned long *row_line; /* line each data row starts on */
	const struct csv_pos *cell_at; /* rows * columns, as cells: where each one starts */
	size_t rows;
	char delimiter;          /* the one the table was read with */
	int delimiter_detected;  /* from its header line, not given */
};

/*
 * Parses len bytes of buf. Strings go into arena; the row arrays too.
 * @return CAMPAIGN_OK, CAMPAIGN_EINVALID (reported in diags against file)
 *         or CAMPAIGN_ENOMEM.
 */
int campaign__csv_parse(struct csv_table *t, const char *buf, size_t len, const char *file,
                        struct arena *arena, campaign_diags *diags);

/*
 * The same with the field delimiter given (',', ';' or '\t'); 0: detected
 * from the header line (the one of them it has most of outside quotes;
 * ',' when none or a tie), which is what campaign__csv_parse() does.
 */
int campaign__csv_parse_delim(struct csv_table *t, const char *buf, size_t len, const char *file,
                              char delimiter, struct arena *arena, campaign_diags *diags);

struct text_limits;

/* The same within limits (NULL: the defaults, campaign__text_limits_default). */
int campaign__csv_parse_limited(struct csv_table *t, const char *buf, size_t len, const char *file,
                                char delimiter, const struct text_limits *limits,
                                struct arena *arena, campaign_diags *diags);

/* The header's names for a message: 'a', 'b', 'c' (the first 20, then "and N more"). */
struct strbuf;
void campaign__csv_list_columns(const struct csv_table *t, struct strbuf *out);

/* Column index of name, or -1. */
long campaign__csv_column(const struct csv_table *t, const char *name);

#endif
