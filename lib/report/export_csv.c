/*
 * libcsv parses; this file feeds it one physical line at a time, which is
 * how records get their line numbers (libcsv has none) and how a broken
 * record is bounded: a quote left open is given up after EXPORT_FIELD_MAX
 * bytes (1 MiB over all of its lines) or at the end of the file, its first line is skipped with its
 * number, and the lines after it are read again, so that one stray quote
 * costs one line and not the rest of the file.
 */
#include "export_csv.h"

#include <csv.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "line_reader.h"
#include "util/strbuf.h"
#include "util/utf8.h"

struct feed {
	const struct export_reader *reader;
	char *fields[EXPORT_FIELDS_MAX];
	size_t count;
	int too_many;       /* the record had more than EXPORT_FIELDS_MAX fields */
	int bad_utf8;
	unsigned long start; /* the line the record started on */
	unsigned long line;  /* the line being fed */
	int in_record;       /* a field has begun and the record not ended */
	int header_done;
	size_t header_count;
	char delimiter;
	int status;         /* a callback's nonzero return, or ENOMEM */
	const char *path;
	campaign_diags *diags;
};

static void
clear_record(struct feed *f)
{
	for (size_t i = 0; i < f->count; i++)
		free(f->fields[i]);
	f->count = 0;
	f->too_many = f->bad_utf8 = 0;
	f->in_record = 0;
}

static void
on_field(void *data, size_t len, void *ctx)
{
	struct feed *f = ctx;
	if (!f->in_record) {
		f->in_record = 1;
		f->start = f->line;
	}
	if (f->count == EXPORT_FIELDS_MAX) {
		f->too_many = 1;
		return;
	}
	char *copy = malloc(len + 1);
	if (!copy) {
		f->status = CAMPAIGN_ENOMEM;
		return;
	}
	if (len)
		memcpy(copy, data, len);
	copy[len] = '\0';
	if (campaign__utf8_validate(copy, len) != len || memchr(copy, '\0', len))
		f->bad_utf8 = 1;
	f->fields[f->count++] = copy;
}

static void
skip(struct feed *f, unsigned long line, const char *why)
{
	if (f->reader->skip)
		f->reader->skip(f->reader->ctx, line, why);
}

static void
on_record(int terminator, void *ctx)
{
	(void)terminator;
	struct feed *f = ctx;
	if (!f->in_record) {
		f->in_record = 1;
		f->start = f->line;
	}
	struct export_record rec = { (const char *const *)f->fields, f->count, f->start };
	if (f->status) {
		/* a callback already stopped the read */
	} else if (!f->header_done) {
		f->header_done = 1;
		f->header_count = f->count;
		if (f->too_many) {
			/* The columns past the last kept could be the ones wanted: "no column" would mislead. */
			campaign_diags_add(f->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, f->path,
			                   f->start, 1, "the header has more than %d columns, and the one a "
			                   "value is read from could be past them: is this the right "
			                   "file?", EXPORT_FIELDS_MAX);
			f->status = CAMPAIGN_EINVALID;
		} else if (f->reader->header)
			f->status = f->reader->header(f->reader->ctx, &rec, f->delimiter);
	} else if (f->bad_utf8) {
		skip(f, f->start, "not valid UTF-8 text");
	} else if (f->too_many || f->count != f->header_count) {
		char why[96];
		snprintf(why, sizeof(why), "%s%zu fields where the header has %zu",
		         f->too_many ? "more than " : "", f->count, f->header_count);
		skip(f, f->start, why);
	} else if (f->reader->record) {
		f->status = f->reader->record(f->reader->ctx, &rec);
	}
	clear_record(f);
}

/* The delimiter a header line has most of outside quotes (',' on a tie or none). */
static char
detect_delimiter(const char *line, size_t len)
{
	size_t comma = 0, semicolon = 0, tab = 0;
	int quoted = 0;
	for (size_t i = 0; i < len; i++) {
		if (line[i] == '"')
			quoted = !quoted;
		else if (!quoted)
			comma += line[i] == ',', semicolon += line[i] == ';', tab += line[i] == '\t';
	}
	if (semicolon > comma && semicolon >= tab)
		return ';';
	if (tab > comma && tab > semicolon)
		return '\t';
	return ',';
}

static int
is_preamble(const char *line, size_t len)
{
	size_t i = 0;
	while (i < len && (line[i] == ' ' || line[i] == '\t'))
		i++;
	return i == len || line[i] == '#';
}

/*
 * The wide encoding a file's first line is in: a byte order mark, or
 * without one, the NUL bytes of ASCII text in UTF-16 or UTF-32 (a header is
 * column names); NULL for anything else. *bom says which of the two told.
 */
static const char *
wide_encoding(const unsigned char *b, size_t len, int *bom)
{
	*bom = 1;
	if (len >= 4 && b[0] == 0xFF && b[1] == 0xFE && !b[2] && !b[3])
		return "UTF-32LE";
	if (len >= 4 && !b[0] && !b[1] && b[2] == 0xFE && b[3] == 0xFF)
		return "UTF-32BE";
	if (len >= 2 && b[0] == 0xFF && b[1] == 0xFE)
		return "UTF-16LE";
	if (len >= 2 && b[0] == 0xFE && b[1] == 0xFF)
		return "UTF-16BE";
	*bom = 0;
	if (len >= 4 && (b[0] || b[1]) && !b[2] && !b[3])
		return "UTF-32LE";
	if (len >= 4 && !b[0] && !b[1] && (b[2] || b[3]))
		return "UTF-32BE";
	if (len >= 2 && b[0] && !b[1])
		return "UTF-16LE";
	if (len >= 2 && !b[0] && b[1])
		return "UTF-16BE";
	return NULL;
}

/*
 * Refuses a file in UTF-16 or UTF-32 (Excel's "Unicode text", some telephony
 * exports) with a located error, rather than reading it as garbage or
 * converting it: its newlines are two or four bytes, so a line reader's
 * lines and numbers would be wrong, and iconv does the conversion exactly.
 */
static int
refuse_wide(const char *path, const char *line, size_t len, campaign_diags *diags)
{
	int bom;
	const char *encoding = wide_encoding((const unsigned char *)line, len, &bom);
	if (!encoding)
		return CAMPAIGN_OK;
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, path, 1, 1,
	                   "the file is %s text (%s), and exports are read as UTF-8: save it as "
	                   "\"CSV UTF-8\", or convert it: iconv -f %s -t UTF-8 FILE >NEW.csv",
	                   encoding, bom ? "its byte order mark says so" : "its NUL bytes say so",
	                   encoding);
	return CAMPAIGN_EINVALID;
}

/*
 * The physical lines of a record that goes on past its first line (a
 * quoted field holding a line break), kept until it ends: when it never
 * does (a stray quote), only its first line is lost, and the lines after
 * it are read again as the records they are. Bounded: the record is given
 * up past EXPORT_FIELD_MAX in one field or EXPORT_RECORD_MAX in all (many
 * short quoted fields, each going on to the next line, held the whole file
 * and failed the report for memory), and a line is at most LINE_READER_MAX.
 */
#define EXPORT_RECORD_MAX ((size_t)1024 * 1024)
struct lines {
	struct strbuf held;     /* the open record's lines, each ended by '\n' */
	unsigned long first;    /* the line number of its first */
	struct strbuf replay;   /* lines to read again, each ended by '\n' */
	size_t replay_pos;
	unsigned long replay_line; /* the line number of the next to read again */
	unsigned long long_line;   /* a line over 1 MiB that ended the record, said after the replay */
};

/* The next line: one to read again, or the file's. *again says which. */
static enum line_result
next_line(struct line_reader *lr, struct lines *l, const char **line, size_t *len,
          unsigned long *number, int *again, campaign_diags *diags)
{
	*again = l->replay_pos < l->replay.len;
	if (!*again && l->long_line) {
		*number = l->long_line;
		l->long_line = 0;
		return LINE_TOO_LONG;
	}
	if (*again) {
		const char *start = l->replay.ptr + l->replay_pos;
		const char *nl = memchr(start, '\n', l->replay.len - l->replay_pos);
		*line = start;
		*len = (size_t)(nl - start);
		l->replay_pos += *len + 1;
		*number = l->replay_line++;
		return LINE_OK;
	}
	enum line_result got = campaign__line_reader_next(lr, line, len, diags);
	*number = lr->line;
	return got;
}

/*
 * Gives up the open record: its first line is skipped, the parser starts
 * afresh, and the record's other lines are read again before what was
 * still to be read again.
 */
static int
give_up(struct csv_parser *p, struct feed *f, struct lines *l)
{
	skip(f, l->first, "a quoted field is not closed (or is over 64 KiB); the lines after it "
	                  "are read again");
	clear_record(f);
	csv_free(p);
	if (csv_init(p, CSV_APPEND_NULL) != 0)
		return CAMPAIGN_ENOMEM;
	csv_set_delim(p, (unsigned char)f->delimiter);
	const char *after = l->held.len ? memchr(l->held.ptr, '\n', l->held.len) : NULL;
	size_t skipped = after ? (size_t)(after - l->held.ptr) + 1 : l->held.len;
	struct strbuf replay;
	campaign__strbuf_init(&replay, 0);
	if (l->held.len > skipped)
		campaign__strbuf_add(&replay, l->held.ptr + skipped, l->held.len - skipped);
	if (l->replay.len > l->replay_pos)
		campaign__strbuf_add(&replay, l->replay.ptr + l->replay_pos, l->replay.len - l->replay_pos);
	if (replay.status) {
		campaign__strbuf_free(&replay);
		return CAMPAIGN_ENOMEM;
	}
	campaign__strbuf_free(&l->replay);
	l->replay = replay;
	l->replay_pos = 0;
	l->replay_line = l->first + 1;
	campaign__strbuf_reset(&l->held);
	return CAMPAIGN_OK;
}

/*
 * Keeps the line while its record is open after it; forgets the record's
 * lines once it ends. A record can end inside a line (a quote closed, then
 * a CR, which libcsv takes for a record's end) and the next begin there:
 * the lines held are those from where the open record began.
 */
static int
hold(struct csv_parser *p, const struct feed *f, struct lines *l, const char *line, size_t len,
     unsigned long number)
{
	if (p->pstate == 0) {
		campaign__strbuf_reset(&l->held);
		return CAMPAIGN_OK;
	}
	if (l->held.len == 0 || f->start == number) {
		campaign__strbuf_reset(&l->held);
		l->first = number;
	}
	campaign__strbuf_add(&l->held, line, len);
	campaign__strbuf_addc(&l->held, '\n');
	return l->held.status ? CAMPAIGN_ENOMEM : CAMPAIGN_OK;
}

static int
feed_lines(struct line_reader *lr, struct csv_parser *p, struct feed *f, struct lines *l,
           campaign_diags *diags)
{
	int rc;
	const char *line;
	size_t len;
	unsigned long number;
	int again;
	enum line_result got;
	while (!f->status) {
		got = next_line(lr, l, &line, &len, &number, &again, diags);
		if (got == LINE_END) {
			/* A quote still open at the end: its record never ends. */
			if (p->pstate != 0 && (rc = give_up(p, f, l)))
				return rc;
			if (l->replay_pos < l->replay.len)
				continue;
			break;
		}
		f->line = number;
		if (got == LINE_ERROR)
			return lr->error;
		if (got == LINE_TOO_LONG && !f->header_done) {
			/* Skipped, the header would be the next line, and its error would name that line's values. */
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, lr->path, number, 1,
			                   "line %lu, before any header, is over 1 MiB: is this the right "
			                   "file?", number);
			return CAMPAIGN_EINVALID;
		}
		if (got == LINE_TOO_LONG && p->pstate != 0) {
			/* It ends the open record: the lines before it are read again first, in order. */
			l->long_line = number;
			if ((rc = give_up(p, f, l)))
				return rc;
			continue;
		}
		if (got == LINE_TOO_LONG) {
			skip(f, number, "a line over 1 MiB");
			continue;
		}
		if (number == 1 && !again && (rc = refuse_wide(lr->path, line, len, diags)))
			return rc;
		if (!f->delimiter) {
			if (is_preamble(line, len))
				continue;
			f->delimiter = detect_delimiter(line, len);
			csv_set_delim(p, (unsigned char)f->delimiter);
		}
		if (csv_parse(p, line, len, on_field, on_record, f) != len ||
		    csv_parse(p, "\n", 1, on_field, on_record, f) != 1)
			return CAMPAIGN_ENOMEM;
		/*
		 * libcsv keeps its state in its public struct: pstate 0 is "no row
		 * begun", so anything else after a line's end is a quoted field
		 * going on to the next line, entry_pos bytes long so far.
		 */
		if (p->pstate != 0 && !f->in_record)
			f->in_record = 1, f->start = f->line;
		if ((rc = hold(p, f, l, line, len, number)))
			return rc;
		/*
		 * A line read again is read once: a record it leaves open is given
		 * up at once, so that no line is read more than twice.
		 */
		if (p->pstate != 0 &&
		    (again || p->entry_pos > EXPORT_FIELD_MAX || l->held.len > EXPORT_RECORD_MAX) &&
		    (rc = give_up(p, f, l)))
			return rc;
	}
	return CAMPAIGN_OK;
}

int
campaign__export_csv_read(const char *path, const struct export_reader *reader,
                          campaign_diags *diags)
{
	struct line_reader lr;
	int rc = campaign__line_reader_open(&lr, path, diags);
	if (rc)
		return rc;
	struct csv_parser p;
	if (csv_init(&p, CSV_APPEND_NULL) != 0) {
		campaign__line_reader_close(&lr);
		return CAMPAIGN_ENOMEM;
	}
	struct feed f = { .reader = reader, .path = path, .diags = diags };
	struct lines l = { 0 };
	campaign__strbuf_init(&l.held, 0);
	campaign__strbuf_init(&l.replay, 0);
	rc = feed_lines(&lr, &p, &f, &l, diags);
	campaign__strbuf_free(&l.held);
	campaign__strbuf_free(&l.replay);
	if (rc == CAMPAIGN_OK && !f.status)
		csv_fini(&p, on_field, on_record, &f);
	if (rc == CAMPAIGN_OK)
		rc = f.status;
	if (rc == CAMPAIGN_OK && !f.header_done) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, path, 0, 0,
		                   "%s has no header line: it is empty or only comments", path);
		rc = CAMPAIGN_EINVALID;
	}
	clear_record(&f);
	csv_free(&p);
	campaign__line_reader_close(&lr);
	return rc;
}
