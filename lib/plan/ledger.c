#include "plan/ledger.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "core/diag_internal.h"
#include "ids/short_code.h"
#include "plan/records.h"
#include "spec/spec_ids.h"
#include "spec/spec_load.h"
#include "text/textquote.h"
#include "util/date.h"
#include "util/utf8.h"

enum { COL_ID, COL_EVENT, COL_ISSUED, COL_RELEASED, COL_PHONE, COL_HASHTAG, COL_URL, COL_SHORT, COL__COUNT };

/* Formats 1 and 2 have no short column. */
#define COLS_BEFORE_3 COL_SHORT

static const char *const column_names[COL__COUNT] = {
	"id", "event", "issued", "released", "phone", "hashtag", "url", "short",
};

int
campaign__ledger_reserve(struct ledger *l, size_t more)
{
	if (more > SIZE_MAX / sizeof(*l->entries) - l->count)
		return CAMPAIGN_ENOMEM;
	size_t cap = l->count + more;
	if (cap <= l->cap)
		return CAMPAIGN_OK;
	struct ledger_entry *grown = realloc(l->entries, cap * sizeof(*grown));
	if (!grown)
		return CAMPAIGN_ENOMEM;
	l->entries = grown;
	l->cap = cap;
	return CAMPAIGN_OK;
}

int
campaign__ledger_add(struct ledger *l, const struct ledger_entry *e)
{
	if (l->count == l->cap && campaign__ledger_reserve(l, l->cap ? l->cap : 64))
		return CAMPAIGN_ENOMEM;
	l->entries[l->count++] = *e;
	return CAMPAIGN_OK;
}

/* Checks one record's fields (cols of them); returns 0 when it is sound. */
static int
check_record(struct records *r, unsigned long line, const char *text, char **col, int cols,
             struct ledger_entry *e)
{
	const char *why = campaign__id_problem(col[COL_ID]);
	if (why) {
		campaign__records_error(r, line, text, col[COL_ID], "id '%.*s' is not valid: %s",
		                        CAMPAIGN__UTF8_CUT(col[COL_ID], 64), why);
		return -1;
	}
	if (strcmp(col[COL_EVENT], "-") != 0 && (why = campaign__id_problem(col[COL_EVENT]))) {
		campaign__records_error(r, line, text, col[COL_EVENT], "event '%.*s' is not valid: %s",
		                        CAMPAIGN__UTF8_CUT(col[COL_EVENT], 64), why);
		return -1;
	}
	long issued, released = -1;
	if (campaign__date_parse(col[COL_ISSUED], &issued)) {
		/* The range named: '0001-01-01' is a date, just not one the reader keeps. */
		campaign__records_error(r, line, text, col[COL_ISSUED],
		                        "'issued' must be a date YYYY-MM-DD in the years %d to %d, not '%.*s'",
		                        DATE_YEAR_MIN, DATE_YEAR_MAX,
		                        CAMPAIGN__UTF8_CUT(col[COL_ISSUED], 32));
		return -1;
	}
	if (strcmp(col[COL_RELEASED], "-") != 0 && campaign__date_parse(col[COL_RELEASED], &released)) {
		campaign__records_error(r, line, text, col[COL_RELEASED], "'released' must be '-' or a date YYYY-MM-DD");
		return -1;
	}
	if (released >= 0 && released < issued) {
		campaign__records_error(r, line, text, col[COL_RELEASED], "released before it was issued");
		return -1;
	}
	if (strcmp(col[COL_PHONE], "-") != 0 && !campaign__records_is_e164(col[COL_PHONE])) {
		campaign__records_error(r, line, text, col[COL_PHONE], "'%.*s' is not an E.164 phone number",
		                        CAMPAIGN__UTF8_CUT(col[COL_PHONE], 32));
		return -1;
	}
	if (campaign__records_check_tag(r, line, text, col[COL_HASHTAG], 1) ||
	    campaign__records_check_url(r, line, text, col[COL_URL]))
		return -1;
	e->short_code = NULL;
	if (cols > COL_SHORT && strcmp(col[COL_SHORT], "-") != 0) {
		if (!campaign__short_code_valid(col[COL_SHORT])) {
			campaign__records_error(r, line, text, col[COL_SHORT],
			                        "'%.*s' is not a short code (%d to %d of " SHORT_CODE_ALPHABET ")",
			                        CAMPAIGN__UTF8_CUT(col[COL_SHORT], 32), SHORT_CODE_MIN, SHORT_CODE_MAX);
			return -1;
		}
		e->short_code = col[COL_SHORT];
	}
	e->id = col[COL_ID];
	e->event = strcmp(col[COL_EVENT], "-") ? col[COL_EVENT] : NULL; /* a placement without an event */
	e->phone = strcmp(col[COL_PHONE], "-") ? col[COL_PHONE] : NULL;
	e->hashtag = strcmp(col[COL_HASHTAG], "-") ? col[COL_HASHTAG] : NULL;
	e->url = strcmp(col[COL_URL], "-") ? col[COL_URL] : NULL;
	/* Days of the calendar's range fit (date.h); a line past 32 bits is only ever named. */
	e->issued = (int32_t)issued;
	e->released = (int32_t)released;
	e->line = line > UINT32_MAX ? UINT32_MAX : (uint32_t)line;
	return 0;
}

/* One record (NUL-terminated, changed in place): its columns checked and added to l. */
static int
parse_record(struct records *r, struct ledger *l, unsigned long line, char *text, int cols)
{
	char *col[COL__COUNT];
	if (campaign__records_split(r, line, text, col, cols, column_names))
		return -1;
	struct ledger_entry e;
	if (check_record(r, line, text, col, cols, &e))
		return -1;
	if (campaign__ledger_add(l, &e)) {
		r->status = CAMPAIGN_ENOMEM;
		return -1;
	}
	return 0;
}

/*
 * By id, then in the order of issue: the day issued, then released before
 * current (an issue superseded on the day of its successor), then where it
 * was read. A placement's current issue is its last entry.
 */
static int
cmp_entries(const void *a, const void *b)
{
	const struct ledger_entry *x = a, *y = b;
	int c = strcmp(x->id, y->id);
	if (c)
		return c;
	if (x->issued != y->issued)
		return x->issued < y->issued ? -1 : 1;
	int xr = x->released >= 0, yr = y->released >= 0;
	if (xr != yr)
		return xr ? -1 : 1;
	return x->line < y->line ? -1 : x->line > y->line;
}

/* What two entries may not share: a current number or link, or a short code of any issue. */
enum held_kind { HELD_PHONE, HELD_URL, HELD_SHORT_CODE };

static const char *
held_value(const struct ledger_entry *e, int kind)
{
	return kind == HELD_SHORT_CODE ? e->short_code : kind == HELD_URL ? e->url : e->phone;
}

static int
cmp_held(const void *a, const void *b, void *kind)
{
	const struct ledger_entry *x = *(const struct ledger_entry *const *)a;
	const struct ledger_entry *y = *(const struct ledger_entry *const *)b;
	int c = strcmp(held_value(x, *(int *)kind), held_value(y, *(int *)kind));
	if (c)
		return c;
	return x->line < y->line ? -1 : x->line > y->line;
}

/*
 * One number or link held by two current entries (calls, or visits, could
 * never tell which placement they came from), or one short code given to
 * two issues, withdrawn or not (one printed link would lead two ways).
 * held has room for every entry.
 */
static void
check_held_once(struct records *r, const struct ledger *l, const struct ledger_entry **held, int kind)
{
	size_t n = 0;
	for (size_t i = 0; i < l->count; i++)
		if (held_value(&l->entries[i], kind) && (kind == HELD_SHORT_CODE || l->entries[i].released < 0))
			held[n++] = &l->entries[i];
	qsort_r(held, n, sizeof(*held), cmp_held, &kind);
	for (size_t i = 1; i < n; i++) {
		const struct ledger_entry *a = held[i - 1], *b = held[i];
		if (strcmp(held_value(a, kind), held_value(b, kind)) != 0)
			continue;
		if (kind == HELD_URL)
			campaign_diags_add(r->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, r->file, b->line,
			                   1, "damaged ledger: placements '%s' (line %lu) and '%s' have one URL",
			                   a->id, (unsigned long)a->line, b->id);
		else
			campaign_diags_add(r->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, r->file, b->line, 1,
			                   kind == HELD_SHORT_CODE
			                   ? "damaged ledger: short code %s is given to both '%s' (line %lu) and '%s'"
			                   : "damaged ledger: %s is held by both '%s' (line %lu) and '%s'",
			                   held_value(b, kind), a->id, (unsigned long)a->line, b->id);
		r->status = CAMPAIGN_EINVALID;
	}
}

void
campaign__ledger_sort(struct ledger *l)
{
	/*
	 * An empty ledger has no array at all, and qsort() must not be given NULL.
	 * Entries already in order (a file as read, then a table's rows added in
	 * the order of their ids) are not sorted again: glibc's qsort takes 16
	 * bytes an entry of scratch, at the peak of a big build.
	 */
	size_t i = 1;
	while (i < l->count && cmp_entries(&l->entries[i - 1], &l->entries[i]) <= 0)
		i++;
	if (i < l->count)
		qsort(l->entries, l->count, sizeof(*l->entries), cmp_entries);
	l->sorted = l->count;
}

/*
 * Sorts the entries by id (so lookups are binary searches) and reports what
 * makes a ledger ambiguous: a placement twice, or one number held by two
 * active placements, which would make calls ambiguous forever. O(n log n).
 */
static void
index_and_check(struct records *r, struct ledger *l)
{
	campaign__ledger_sort(l);
	/* Earlier issues of a placement are released; only its last one may be current. */
	for (size_t i = 1; i < l->count; i++) {
		const struct ledger_entry *a = &l->entries[i - 1], *b = &l->entries[i];
		if (strcmp(a->id, b->id) == 0 && a->released < 0) {
			campaign_diags_add(r->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, r->file,
			                   b->line, 1, "damaged ledger: placement '%s' appears twice; first at line %lu",
			                   b->id, (unsigned long)a->line);
			r->status = CAMPAIGN_EINVALID;
		}
	}
	const struct ledger_entry **held = malloc((l->count + 1) * sizeof(*held));
	if (!held) {
		r->status = CAMPAIGN_ENOMEM;
		return;
	}
	check_held_once(r, l, held, HELD_PHONE);
	check_held_once(r, l, held, HELD_URL);
	check_held_once(r, l, held, HELD_SHORT_CODE);
	free(held);
}

/*
 * The first line names the format. A byte order mark (an editor's) and a
 * format this version does not know get their own message, since the line
 * looks right to whoever opens the file.
 */
static int
is_line(const char *buf, size_t len, const char *line)
{
	size_t n = strlen(line);
	return len >= n && memcmp(buf, line, n) == 0 && (len == n || buf[n] == '\n' || buf[n] == '\r');
}

/*
 * Whether the start of a file without a ledger's first line still holds a
 * ledger's lines (its other header lines, or a record: an id, event, dates,
 * phone, hashtag and URL between tabs), so it was edited, not mistaken.
 */
static int
looks_like_a_ledger(const char *buf, size_t len)
{
	size_t head = len < 4096 ? len : 4096;
	if (memmem(buf, head, "# libcampaign ledger", 20) || memmem(buf, head, "# campaign: ", 12) ||
	    memmem(buf, head, "id\tevent", 8))
		return 1;
	size_t tabs = 0;
	for (size_t i = 0; i < head; i++) {
		if (buf[i] == '\n')
			tabs = 0;
		else if (buf[i] == '\t' && ++tabs >= 6)
			return 1;
	}
	return 0;
}

/* The format's number (1 to 3), or -1 with a diagnostic. */
static int
check_magic(const char *buf, size_t len, const char *file, campaign_diags *diags)
{
	static const char prefix[] = "# libcampaign ledger ";
	if (is_line(buf, len, LEDGER_MAGIC_3))
		return 3;
	if (is_line(buf, len, LEDGER_MAGIC))
		return 2;
	if (is_line(buf, len, LEDGER_MAGIC_1))
		return 1;
	size_t line_len = 0; /* buf need not be NUL-terminated */
	while (line_len < len && buf[line_len] != '\n' && buf[line_len] != '\r')
		line_len++;
	if (len == 0)
		/* Never written so by a build (its ledger has a header at least): kept as damaged, not new. */
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, 1, 1,
		                   "damaged ledger: the file is empty, and campaign build never writes "
		                   "one so; restore it from a backup or version control (only if "
		                   "nothing was ever issued for this campaign, delete it to start anew)");
	else if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, 1, 1,
		                   "damaged ledger: it starts with a byte order mark, added by an "
		                   "editor; remove it (the file is written by campaign build only)");
	else if (line_len > sizeof(prefix) - 1 && line_len < 32 &&
	         memcmp(buf, prefix, sizeof(prefix) - 1) == 0)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, 1,
		                   sizeof(prefix), "damaged ledger: format '%.*s' is not one this "
		                   "version of libcampaign reads (1 to 3); use a newer version",
		                   (int)(line_len - (sizeof(prefix) - 1)), buf + sizeof(prefix) - 1);
	else if (campaign__records_other_file(buf, len, "ledger"))
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, 1, 1,
		                   "not a ledger: this is %s; the ledger is the file campaign build "
		                   "writes beside the spec (NAME.ledger), or the spec's 'ledger:'",
		                   campaign__records_other_file(buf, len, "ledger"));
	else if (looks_like_a_ledger(buf, len))
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, 1, 1,
		                   "damaged ledger: the first line must be '%s'; restore the file from "
		                   "a backup or version control", LEDGER_MAGIC);
	else {
		char line[64 + 1], quoted[96];
		size_t shown = line_len < 64 ? line_len : 64;
		memcpy(line, buf, shown);
		line[shown] = '\0';
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, 1, 1,
		                   "not a ledger: its first line is '%s', and a ledger's is '%s'; the "
		                   "ledger is the file campaign build writes beside the spec "
		                   "(NAME.ledger), or the spec's 'ledger:'",
		                   campaign__quote_into(quoted, sizeof(quoted), line, 40), LEDGER_MAGIC);
	}
	return -1;
}

/* Line 2 of format 2: "# campaign: SLUG". */
static void
parse_campaign(struct records *r, struct ledger *l, const char *text)
{
	static const char prefix[] = "# campaign: ";
	const char *why = strncmp(text, prefix, sizeof(prefix) - 1) == 0
		? campaign__id_problem(text + sizeof(prefix) - 1) : "not there";
	if (why) {
		campaign_diags_add(r->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, r->file, 2, 1,
		                   "damaged ledger: line 2 must be '# campaign: SLUG', naming the campaign "
		                   "the identifiers were issued to (%s)", why);
		r->status = CAMPAIGN_EINVALID;
		return;
	}
	l->campaign = text + sizeof(prefix) - 1;
}

struct parse_ctx {
	struct records *r;
	struct ledger *l;
	int format;
};

static int
parse_line(void *ctx_, unsigned long line, char *text)
{
	struct parse_ctx *ctx = ctx_;
	if (ctx->format >= 2 && line == 2)
		parse_campaign(ctx->r, ctx->l, text);
	else if (text[0] && text[0] != '#' &&
	         parse_record(ctx->r, ctx->l, line, text, ctx->format >= 3 ? COL__COUNT : COLS_BEFORE_3))
		return ctx->r->status == CAMPAIGN_ENOMEM; /* a damaged line: report the others too */
	return 0;
}

/*
 * Parses text (len bytes and a NUL after them) into l, changing it in
 * place: the entries point into it, so it must live as long as l.
 */
static int
parse_text(struct ledger *l, char *text, size_t len, const char *file, campaign_diags *diags)
{
	const char *buf = text;
	struct records r = { file, "ledger", diags, CAMPAIGN_OK };
	size_t first_diag = campaign_diags_count(diags);
	if (campaign__records_check_text(buf, len, file, "ledger", diags))
		return CAMPAIGN_EINVALID;
	int format = check_magic(buf, len, file, diags);
	if (format < 0)
		return CAMPAIGN_EINVALID;
	struct parse_ctx ctx = { &r, l, format };
	unsigned long lines = campaign__records_each_line(text, parse_line, &ctx);
	if (format >= 2 && lines < 2)
		parse_campaign(&r, l, "");
	/*
	 * Give back the doubling's slack; not reserved from the line count up
	 * front, which a file of blank lines would turn into gigabytes.
	 */
	if (l->cap > l->count && l->count) {
		struct ledger_entry *fit = realloc(l->entries, l->count * sizeof(*fit));
		if (fit) {
			l->entries = fit;
			l->cap = l->count;
		}
	}
	if (r.status == CAMPAIGN_OK)
		index_and_check(&r, l);
	campaign__diags_sort(diags, first_diag);
	return r.status;
}

int
campaign__ledger_parse(struct ledger *l, const char *buf, size_t len, const char *file,
                       campaign_diags *diags)
{
	memset(l, 0, sizeof(*l));
	/* The entries point into this copy. */
	char *copy = campaign__arena_strndup(&l->arena, buf, len);
	if (!copy)
		return CAMPAIGN_ENOMEM;
	return parse_text(l, copy, len, file, diags);
}

int
campaign__ledger_read(struct ledger *l, const char *path, size_t max, const char *limit_name,
                      campaign_diags *diags)
{
	memset(l, 0, sizeof(*l));
	char *buf = NULL;
	size_t len = 0;
	int rc = campaign__records_read(path, "ledger", max, limit_name, &buf, &len, diags);
	if (rc || !buf)
		return rc;
	/* The text read is the one the entries point into: a copy doubled a big ledger while it was read. */
	l->text = buf;
	return parse_text(l, buf, len, path, diags);
}

static int
cmp_entry_ptrs(const void *a, const void *b)
{
	return cmp_entries(*(const struct ledger_entry *const *)a, *(const struct ledger_entry *const *)b);
}

/* The writer's guard: the record just appended to out at start reads back by check_record(). */
static int
reads_back(struct records *r, const struct strbuf *out, size_t start, struct strbuf *line, int cols)
{
	campaign__strbuf_reset(line);
	if (campaign__strbuf_add(line, out->ptr + start, out->len - start - 1))
		return 0;
	char *text = line->ptr;
	char *col[COL__COUNT];
	struct ledger_entry e;
	return campaign__records_split(r, 1, text, col, cols, column_names) == 0 &&
	       check_record(r, 1, text, col, cols, &e) == 0;
}

#define SINK_CHUNK (64 * 1024)

/* Hands what out holds to the sink once it is big enough (always when final), and empties it. */
static int
to_sink(struct strbuf *out, const struct ledger_sink *sink, int final)
{
	if (!sink || out->status != CAMPAIGN_OK || (!final && out->len < SINK_CHUNK))
		return out->status;
	int rc = sink->take(sink->ctx, out->ptr ? out->ptr : "", out->len);
	campaign__strbuf_reset(out);
	return rc;
}

int
campaign__ledger_serialize(const struct ledger *l, struct strbuf *out, const char *file,
                           campaign_diags *diags)
{
	return campaign__ledger_serialize_to(l, out, NULL, file, diags);
}

int
campaign__ledger_serialize_to(const struct ledger *l, struct strbuf *out, const struct ledger_sink *sink,
                              const char *file, campaign_diags *diags)
{
	/* Format 2 names its campaign: a ledger without one could not be read back. */
	if (!l->campaign) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, 0, 0,
		                   "internal error: the ledger was not written: it names no campaign");
		return CAMPAIGN_EINVALID;
	}
	campaign_diags *quiet = NULL;
	if (campaign_diags_new(&quiet))
		return CAMPAIGN_ENOMEM;
	struct records r = { .file = file, .kind = "ledger", .diags = quiet };
	struct strbuf line;
	campaign__strbuf_init(&line, 0);
	const struct ledger_entry **sorted = malloc((l->count + 1) * sizeof(*sorted));
	if (!sorted) {
		campaign_diags_free(quiet);
		return CAMPAIGN_ENOMEM;
	}
	/* Mostly in order already (a plan sorts its ledger): then checking is all it takes. */
	int in_order = 1;
	for (size_t i = 0; i < l->count; i++) {
		sorted[i] = &l->entries[i];
		in_order = in_order && (i == 0 || cmp_entries(sorted[i - 1], sorted[i]) <= 0);
	}
	if (!in_order)
		qsort(sorted, l->count, sizeof(*sorted), cmp_entry_ptrs);
	/* Format 3 only where there are short codes: other campaigns' ledgers stay as they were. */
	int cols = COLS_BEFORE_3;
	for (size_t i = 0; i < l->count && cols == COLS_BEFORE_3; i++)
		if (l->entries[i].short_code)
			cols = COL__COUNT;
	campaign__strbuf_adds(out, cols == COL__COUNT ? LEDGER_MAGIC_3 "\n" : LEDGER_MAGIC "\n");
	if (l->campaign)
		campaign__strbuf_addf(out, "# campaign: %s\n", l->campaign);
	campaign__strbuf_adds(out, "# Identifiers issued to placements; keep this file with the campaign and\n"
	                           "# under version control. Written by campaign build; do not edit by hand.\n");
	campaign__strbuf_adds(out, cols == COL__COUNT
	                               ? "# id\tevent\tissued\treleased\tphone\thashtag\turl\tshort\n"
	                               : "# id\tevent\tissued\treleased\tphone\thashtag\turl\n");
	int rc = CAMPAIGN_OK;
	for (size_t i = 0; i < l->count; i++) {
		const struct ledger_entry *e = sorted[i];
		char issued[11], released[11];
		campaign__date_format(e->issued, issued);
		if (e->released >= 0)
			campaign__date_format(e->released, released);
		size_t start = out->len;
		/* Appended field by field: printf's formatting was a tenth of a big build. */
		const char *fields[COL__COUNT] = {
			e->id, e->event ? e->event : "-", issued, e->released >= 0 ? released : "-", e->phone ? e->phone : "-",
			e->hashtag ? e->hashtag : "-", e->url ? e->url : "-",
			e->short_code ? e->short_code : "-",
		};
		for (int c = 0; c < cols; c++) {
			campaign__strbuf_adds(out, fields[c]);
			campaign__strbuf_addc(out, c < cols - 1 ? '\t' : '\n');
		}
		if (out->status == CAMPAIGN_OK && !reads_back(&r, out, start, &line, cols)) {
			rc = line.status ? line.status
			                 : campaign__records_refuse_write(quiet, "ledger", e->id, file, diags);
			break;
		}
		if ((rc = to_sink(out, sink, 0)))
			break;
	}
	if (rc == CAMPAIGN_OK)
		rc = to_sink(out, sink, 1);
	free(sorted);
	campaign__strbuf_free(&line);
	campaign_diags_free(quiet);
	return rc ? rc : out->status;
}

static int
cmp_id_only(const void *a, const void *b)
{
	return strcmp(((const struct ledger_entry *)a)->id, ((const struct ledger_entry *)b)->id);
}

struct ledger_entry *
campaign__ledger_find(const struct ledger *l, const char *id)
{
	/* Entries added since the last sort are later issues: searched first, linearly, last wins. */
	for (size_t i = l->count; i-- > l->sorted;)
		if (strcmp(l->entries[i].id, id) == 0)
			return &l->entries[i];
	struct ledger_entry key = { .id = id };
	struct ledger_entry *hit = l->sorted
		? bsearch(&key, l->entries, l->sorted, sizeof(*l->entries), cmp_id_only) : NULL;
	/* Earlier issues come first: the current one is the last of the id's run. */
	while (hit && hit + 1 < l->entries + l->sorted && strcmp(hit[1].id, id) == 0)
		hit++;
	return hit;
}

int
campaign__ledger_is_current(const struct ledger *l, const struct ledger_entry *e)
{
	return campaign__ledger_find(l, e->id) == e;
}

void
campaign__ledger_free(struct ledger *l)
{
	free(l->entries);
	free(l->text);
	campaign__arena_free(&l->arena);
	memset(l, 0, sizeof(*l));
}
