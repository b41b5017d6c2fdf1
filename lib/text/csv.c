#include "text/csv.h"
#include "text/text_limits.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "core/diag_internal.h"
#include "util/strbuf.h"
#include "util/utf8.h"
#include "text/textquote.h"
#include "text/unichar.h"

struct csv_reader {
	const char *buf;
	size_t len;
	size_t pos;
	const char *file;
	campaign_diags *diags;
	struct arena *arena;
	char delim; /* ',' ';' or '\t' */
	const struct text_limits *limits;
	int status;
	/* Current row's fields, before they are known to be the right count. */
	char **fields;
	size_t *starts; /* where each of fields starts in buf */
	size_t nfields;
	size_t cap;
	struct strbuf field;
	/* Where line counting stopped, so positions cost O(n) over the whole table. */
	size_t line_off;
	size_t line_start;
	unsigned long line;
	/* Where column counting stopped on that line, and the characters before it. */
	size_t column_off;
	unsigned long column_chars;
};

static void
position(struct csv_reader *r, size_t offset, unsigned long *line, unsigned long *column)
{
	if (offset < r->line_off || r->line == 0) {
		r->line_off = r->line_start = 0;
		r->line = 1;
	}
	for (; r->line_off < offset; r->line_off++) {
		char c = r->buf[r->line_off];
		/*
		 * A CR not followed by LF ends a line too, as it ends a record: old
		 * Mac spreadsheets write tables that way, and counting only LF put
		 * every problem of such a table on line 1 (found by fuzzing).
		 */
		size_t next = r->line_off + 1;
		int lone_cr = c == '\r' && (next >= r->len || r->buf[next] != '\n');
		if (c == '\n' || lone_cr) {
			r->line++;
			r->line_start = r->line_off + 1;
		}
	}
	*line = r->line;
	/*
	 * A row of a thousand fields asks for a thousand columns on one line:
	 * counted on from the last one, not from the line's start each time
	 * (which made a wide table quadratic in its line length). Splitting the
	 * count is exact at a byte that does not continue a character, which a
	 * field's start never does; anywhere else it counts from the start.
	 */
	if (r->column_off < r->line_start || r->column_off > offset) {
		r->column_off = r->line_start;
		r->column_chars = 0;
	}
	size_t chars = campaign__utf8_count(r->buf + r->column_off, offset - r->column_off);
	*column = r->column_chars + (unsigned long)chars + 1;
	if (offset >= r->len || ((unsigned char)r->buf[offset] & 0xC0) != 0x80) {
		r->column_off = offset;
		r->column_chars += (unsigned long)chars;
	}
}

static void CAMPAIGN_PRINTF(3, 4)
error_at(struct csv_reader *r, size_t offset, const char *fmt, ...)
{
	unsigned long line, column;
	position(r, offset, &line, &column);
	va_list ap;
	va_start(ap, fmt);
	campaign__diags_vadd(r->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, r->file, line, column,
	                     fmt, ap);
	va_end(ap);
	r->status = CAMPAIGN_EINVALID;
}

static int
end_field(struct csv_reader *r)
{
	if (r->field.status != CAMPAIGN_OK) {
		r->status = r->field.status == CAMPAIGN_ENOMEM ? CAMPAIGN_ENOMEM : CAMPAIGN_EINVALID;
		return -1;
	}
	if (r->nfields == r->limits->csv_columns) {
		char hint[96];
		error_at(r, r->pos, "more than %zu fields in a row%s", r->limits->csv_columns,
		         campaign__text_limit_hint(r->limits, "columns", hint, sizeof(hint)));
		return -1;
	}
	if (r->nfields == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 16;
		char **f = realloc(r->fields, cap * sizeof(*f));
		if (!f) {
			r->status = CAMPAIGN_ENOMEM;
			return -1;
		}
		r->fields = f;
		size_t *st = realloc(r->starts, cap * sizeof(*st));
		if (!st) {
			r->status = CAMPAIGN_ENOMEM;
			return -1;
		}
		r->starts = st;
		r->cap = cap;
	}
	char *copy = campaign__arena_strndup(r->arena, campaign__strbuf_cstr(&r->field), r->field.len);
	if (!copy) {
		r->status = CAMPAIGN_ENOMEM;
		return -1;
	}
	r->fields[r->nfields++] = copy;
	campaign__strbuf_reset(&r->field);
	return 0;
}

static int
at_line_end(const struct csv_reader *r)
{
	return r->pos >= r->len || r->buf[r->pos] == '\n' || r->buf[r->pos] == '\r';
}

static void
skip_line_end(struct csv_reader *r)
{
	if (r->pos < r->len && r->buf[r->pos] == '\r')
		r->pos++;
	if (r->pos < r->len && r->buf[r->pos] == '\n')
		r->pos++;
}

static int
add_byte(struct csv_reader *r, char c, size_t field_start)
{
	if (campaign__strbuf_addc(&r->field, c) == CAMPAIGN_ETOOLONG) {
		char hint[96];
		error_at(r, field_start, "field longer than %zu bytes%s", r->limits->csv_field,
		         campaign__text_limit_hint(r->limits, "field-bytes", hint, sizeof(hint)));
		return -1;
	}
	return 0;
}

static int
read_quoted(struct csv_reader *r)
{
	size_t start = r->pos++;
	for (;;) {
		if (r->pos >= r->len) {
			error_at(r, start, "unclosed quote: the field that starts here has no closing '\"'");
			return -1;
		}
		char c = r->buf[r->pos++];
		if (c == '"') {
			if (r->pos < r->len && r->buf[r->pos] == '"') {
				r->pos++;
			} else {
				break;
			}
		}
		if (add_byte(r, c, start))
			return -1;
	}
	if (!at_line_end(r) && r->buf[r->pos] != r->delim) {
		error_at(r, r->pos, "unexpected text after a closing quote; a quoted field ends at the quote");
		return -1;
	}
	return 0;
}

static int
read_plain(struct csv_reader *r)
{
	size_t start = r->pos;
	while (!at_line_end(r) && r->buf[r->pos] != r->delim) {
		if (r->buf[r->pos] == '"') {
			error_at(r, r->pos, "a quote inside an unquoted field; quote the whole field and double the quote");
			return -1;
		}
		if (add_byte(r, r->buf[r->pos++], start))
			return -1;
	}
	return 0;
}

/* Reads one record into r->fields; returns 1 on a record, 0 at the end, -1 on error. */
static int
read_record(struct csv_reader *r)
{
	r->nfields = 0;
	/* Blank lines between records carry nothing; skip them. */
	while (r->pos < r->len && (r->buf[r->pos] == '\n' || r->buf[r->pos] == '\r'))
		skip_line_end(r);
	if (r->pos >= r->len)
		return 0;
	for (;;) {
		size_t start = r->pos;
		int rc = r->pos < r->len && r->buf[r->pos] == '"' ? read_quoted(r) : read_plain(r);
		if (rc || end_field(r))
			return -1;
		r->starts[r->nfields - 1] = start;
		if (at_line_end(r)) {
			skip_line_end(r);
			return 1;
		}
		r->pos++; /* the delimiter */
	}
}

static int
check_bytes(struct csv_reader *r)
{
	if (campaign__utf16_bom(r->buf, r->len)) {
		error_at(r, 0, "the table is UTF-16 (it starts with a UTF-16 byte order mark); save it "
		         "as CSV UTF-8");
		return -1;
	}
	const char *wide = campaign__utf16_without_bom(r->buf, r->len);
	if (wide) {
		error_at(r, 0, "the table is %s without a byte order mark (its NUL bytes fall where "
		         "that encoding puts them); save it as CSV UTF-8", wide);
		return -1;
	}
	size_t bad = campaign__utf8_validate(r->buf, r->len);
	if (bad < r->len && campaign__utf8_has_multibyte(r->buf, r->len)) {
		error_at(r, bad, "invalid UTF-8 byte sequence (byte 0x%02X) in a table that is UTF-8 "
		         "elsewhere: damaged, or pasted from another encoding; the table must be UTF-8",
		         (unsigned char)r->buf[bad]);
		return -1;
	}
	if (bad < r->len) {
		/* No UTF-8 anywhere: a spreadsheet's "CSV" in the system's 8-bit code page. */
		error_at(r, bad, "byte 0x%02X is not UTF-8: the table is in another encoding, most "
		         "likely an 8-bit code page such as Windows-1252 (Latin-1) or Windows-1251 "
		         "(Cyrillic), as Excel's 'CSV (Comma delimited)' saves it; save it as 'CSV UTF-8 "
		         "(Comma delimited)' (in LibreOffice: character set 'Unicode (UTF-8)')",
		         (unsigned char)r->buf[bad]);
		return -1;
	}
	const char *nul = memchr(r->buf, '\0', r->len);
	if (nul) {
		error_at(r, (size_t)(nul - r->buf), "NUL byte in the table");
		return -1;
	}
	/* Cells are printed: what would reorder or garble them is refused where it is. */
	uint32_t cp;
	ptrdiff_t at = campaign__unichar_find(r->buf, r->len, UNICHAR_BIDI_CONTROL, &cp);
	if (at >= 0) {
		char name[UNICHAR_DESCRIBE_MAX];
		error_at(r, (size_t)at, "%s is not allowed: %s", campaign__unichar_describe(cp, name),
		         campaign__unichar_why(campaign__unichar_hazard(cp)));
		return -1;
	}
	if ((at = campaign__unichar_find_replacement(r->buf, r->len)) >= 0) {
		error_at(r, (size_t)at, "U+FFFD REPLACEMENT CHARACTER is not allowed: "
		         UNICHAR_REPLACEMENT_WHY);
		return -1;
	}
	return 0;
}

static int
take_header(struct csv_reader *r, struct csv_table *t, size_t record_start)
{
	t->columns = r->nfields;
	t->header = campaign__arena_alloc(r->arena, (r->nfields + 1) * sizeof(*t->header));
	if (!t->header) {
		r->status = CAMPAIGN_ENOMEM;
		return -1;
	}
	for (size_t i = 0; i < r->nfields; i++) {
		t->header[i] = r->fields[i];
		if (r->fields[i][0] == '\0')
			error_at(r, record_start, "column %zu of the header has no name", i + 1);
		/*
		 * A name is typed as {{row.NAME}}: one with a character that shows
		 * nothing (a byte order mark inside quotes, or from files joined
		 * together) could never be typed, and a message would show it as
		 * the name it looks like.
		 */
		uint32_t cp;
		char quoted[160], what[UNICHAR_DESCRIBE_MAX];
		if (campaign__unichar_find(r->fields[i], strlen(r->fields[i]), UNICHAR_INVISIBLE, &cp) >= 0)
			error_at(r, record_start, "column %zu of the header, '%s', holds %s%s, which shows "
			         "nothing: write the name without it%s", i + 1,
			         campaign__quote_into(quoted, sizeof(quoted), r->fields[i], 40),
			         campaign__unichar_describe(cp, what), cp == 0xFEFF ? " (a byte order mark)" : "",
			         cp == 0xFEFF ? "; a byte order mark belongs only at the very start of the "
			                        "file, before any quote" : "");
		for (size_t j = 0; j < i; j++)
			if (strcmp(t->header[j], r->fields[i]) == 0)
				error_at(r, record_start, "column '%.64s' appears twice in the header",
				         r->fields[i]);
	}
	return r->status == CAMPAIGN_OK ? 0 : -1;
}

struct row_list {
	const char **cells;
	struct csv_pos *at;
	unsigned long *lines;
	size_t rows;
	size_t cap;
};

static int
push_row(struct csv_reader *r, struct row_list *rows, size_t columns, unsigned long line)
{
	if (rows->rows == rows->cap) {
		size_t cap = rows->cap ? rows->cap * 2 : 64;
		const char **cells = realloc(rows->cells, cap * columns * sizeof(*cells));
		if (!cells)
			goto nomem;
		rows->cells = cells;
		struct csv_pos *at = realloc(rows->at, cap * columns * sizeof(*at));
		if (!at)
			goto nomem;
		rows->at = at;
		unsigned long *lines = realloc(rows->lines, cap * sizeof(*lines));
		if (!lines)
			goto nomem;
		rows->lines = lines;
		rows->cap = cap;
	}
	memcpy(rows->cells + rows->rows * columns, r->fields, columns * sizeof(*rows->cells));
	/* The fields come in order, so counting lines stays one pass over the table. */
	for (size_t c = 0; c < columns; c++) {
		unsigned long l, col;
		position(r, r->starts[c], &l, &col);
		rows->at[rows->rows * columns + c] = (struct csv_pos){ (uint32_t)l, (uint32_t)col };
	}
	rows->lines[rows->rows++] = line;
	return 0;
nomem:
	r->status = CAMPAIGN_ENOMEM;
	return -1;
}

/* Moves the rows into the arena, so the table lives and dies with it. */
static int
store_rows(struct csv_reader *r, struct csv_table *t, const struct row_list *rows)
{
	t->rows = rows->rows;
	if (rows->rows == 0)
		return 0;
	size_t cells = rows->rows * t->columns;
	campaign_param *named = campaign__arena_alloc(r->arena, cells * sizeof(*named));
	t->row_line = campaign__arena_alloc(r->arena, rows->rows * sizeof(*t->row_line));
	struct csv_pos *at = campaign__arena_alloc(r->arena, cells * sizeof(*at));
	if (!named || !t->row_line || !at) {
		r->status = CAMPAIGN_ENOMEM;
		return -1;
	}
	for (size_t i = 0; i < cells; i++)
		named[i] = (campaign_param){ t->header[i % t->columns], rows->cells[i] };
	t->cells = named;
	memcpy(at, rows->at, cells * sizeof(*at));
	t->cell_at = at;
	memcpy(t->row_line, rows->lines, rows->rows * sizeof(*t->row_line));
	return 0;
}

/*
 * The delimiter of the header line from pos: whichever of ',', ';' and tab
 * it has most of outside quotes, ',' when none or a tie. Spreadsheets in
 * much of Europe write ';' (the comma is their decimal mark), and a table
 * read with the wrong one fails on its first quoted field or has one column.
 */
static char
detect_delimiter(const char *buf, size_t len, size_t pos)
{
	size_t comma = 0, semicolon = 0, tab = 0;
	int quoted = 0;
	for (; pos < len; pos++) {
		char c = buf[pos];
		if (c == '"')
			quoted = !quoted;
		else if (!quoted && (c == '\n' || c == '\r'))
			break;
		else if (!quoted && c == ',')
			comma++;
		else if (!quoted && c == ';')
			semicolon++;
		else if (!quoted && c == '\t')
			tab++;
	}
	if (semicolon > comma && semicolon > tab)
		return ';';
	if (tab > comma && tab > semicolon)
		return '\t';
	return ',';
}

int
campaign__csv_parse(struct csv_table *t, const char *buf, size_t len, const char *file,
                    struct arena *arena, campaign_diags *diags)
{
	return campaign__csv_parse_delim(t, buf, len, file, 0, arena, diags);
}

int
campaign__csv_parse_delim(struct csv_table *t, const char *buf, size_t len, const char *file,
                          char delimiter, struct arena *arena, campaign_diags *diags)
{
	return campaign__csv_parse_limited(t, buf, len, file, delimiter, NULL, arena, diags);
}

int
campaign__csv_parse_limited(struct csv_table *t, const char *buf, size_t len, const char *file,
                            char delimiter, const struct text_limits *limits, struct arena *arena,
                            campaign_diags *diags)
{
	memset(t, 0, sizeof(*t));
	struct csv_reader r = { .buf = buf, .len = len, .file = file, .diags = diags, .arena = arena,
	                        .delim = delimiter ? delimiter : ',',
	                        .limits = limits ? limits : &campaign__text_limits_default };
	campaign__strbuf_init(&r.field, r.limits->csv_field);
	struct row_list rows = { 0 };
	char hint[96];
	if (len > r.limits->csv_bytes) {
		error_at(&r, 0, "the table is too large: %zu bytes; the limit is %zu%s", len,
		         r.limits->csv_bytes,
		         campaign__text_limit_hint(r.limits, "table-bytes", hint, sizeof(hint)));
		goto done;
	}
	if (check_bytes(&r))
		goto done;
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		r.pos = 3; /* spreadsheet programs write a BOM; it is not part of the first name */
	if (!delimiter) {
		r.delim = detect_delimiter(buf, len, r.pos);
		t->delimiter_detected = 1;
	}
	t->delimiter = r.delim;
	size_t start = r.pos;
	int rc = read_record(&r);
	if (rc <= 0) {
		if (rc == 0)
			error_at(&r, 0, "the table is empty; it needs a header row");
		goto done;
	}
	if (take_header(&r, t, start))
		goto done;
	for (;;) {
		start = r.pos;
		while (start < len && (buf[start] == '\n' || buf[start] == '\r'))
			start++;
		rc = read_record(&r);
		if (rc <= 0)
			break;
		unsigned long line, column;
		position(&r, start, &line, &column);
		if (r.nfields != t->columns) {
			error_at(&r, start, "row has %zu field%s; the header has %zu", r.nfields,
			         r.nfields == 1 ? "" : "s", t->columns);
			continue;
		}
		if (rows.rows == r.limits->csv_rows) {
			error_at(&r, start, "more than %zu rows%s", r.limits->csv_rows,
			         campaign__text_limit_hint(r.limits, "rows", hint, sizeof(hint)));
			break;
		}
		if (push_row(&r, &rows, t->columns, line))
			break;
	}
	if (r.status == CAMPAIGN_OK)
		store_rows(&r, t, &rows);
done:
	free(rows.cells);
	free(rows.at);
	free(rows.lines);
	free(r.fields);
	free(r.starts);
	campaign__strbuf_free(&r.field);
	return r.status;
}

long
campaign__csv_column(const struct csv_table *t, const char *name)
{
	for (size_t i = 0; i < t->columns; i++)
		if (strcmp(t->header[i], name) == 0)
			return (long)i;
	return -1;
}

void
campaign__csv_list_columns(const struct csv_table *t, struct strbuf *out)
{
	size_t shown = t->columns < 20 ? t->columns : 20;
	for (size_t i = 0; i < shown; i++)
		campaign__strbuf_addf(out, "%s'%.64s'", i ? ", " : "", t->header[i]);
	if (t->columns > shown)
		campaign__strbuf_addf(out, " and %zu more", t->columns - shown);
}
