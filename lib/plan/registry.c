#include "plan/registry.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "core/diag_internal.h"
#include "ids/short_code.h"
#include "plan/records.h"
#include "spec/spec_ids.h"
#include "text/textquote.h"
#include "util/date.h"
#include "util/utf8.h"

enum { COL_KIND, COL_VALUE, COL_CAMPAIGN, COL_PLACEMENT, COL_SINCE, COL_RELEASED, COL_FREE, COL__COUNT };

static const char *const column_names[COL__COUNT] = {
	"kind", "value", "campaign", "placement", "since", "released", "free",
};

static const char *const kind_names[] = { "phone", "hashtag", "short" };

int
campaign__registry_add(struct registry *r, const struct registry_entry *e)
{
	if (r->count == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 64;
		struct registry_entry *grown = realloc(r->entries, cap * sizeof(*grown));
		if (!grown)
			return CAMPAIGN_ENOMEM;
		r->entries = grown;
		r->cap = cap;
	}
	r->entries[r->count++] = *e;
	return CAMPAIGN_OK;
}

/* A day "YYYY-MM-DD", or "-" for none (-1) when dash_ok. */
static int
day_of(struct records *r, unsigned long line, const char *text, const char *col, int dash_ok,
       const char *name, long *out)
{
	*out = -1;
	if (dash_ok && strcmp(col, "-") == 0)
		return 0;
	if (campaign__date_parse(col, out) == 0)
		return 0;
	campaign__records_error(r, line, text, col,
	                        "'%s' must be a date YYYY-MM-DD in the years %d to %d%s, not '%.*s'", name,
	                        DATE_YEAR_MIN, DATE_YEAR_MAX, dash_ok ? ", or '-'" : "",
	                        CAMPAIGN__UTF8_CUT(col, 32));
	return -1;
}

static int
check_record(struct records *r, unsigned long line, const char *text, char **col,
             struct registry_entry *e)
{
	memset(e, 0, sizeof(*e));
	if (strcmp(col[COL_KIND], "phone") == 0) {
		e->kind = REGISTRY_PHONE;
	} else if (strcmp(col[COL_KIND], "hashtag") == 0) {
		e->kind = REGISTRY_HASHTAG;
	} else if (strcmp(col[COL_KIND], "short") == 0) {
		e->kind = REGISTRY_SHORT;
	} else {
		campaign__records_error(r, line, text, col[COL_KIND],
		                        "kind must be 'phone', 'hashtag' or 'short', not '%.*s'",
		                        CAMPAIGN__UTF8_CUT(col[COL_KIND], 32));
		return -1;
	}
	int value_ok = e->kind == REGISTRY_PHONE ? campaign__records_is_e164(col[COL_VALUE])
	             : e->kind == REGISTRY_SHORT ? campaign__short_code_valid(col[COL_VALUE]) : 1;
	if (!value_ok) {
		campaign__records_error(r, line, text, col[COL_VALUE], "'%.*s' is not %s",
		                        CAMPAIGN__UTF8_CUT(col[COL_VALUE], 64),
		         e->kind == REGISTRY_PHONE ? "an E.164 phone number" : "a short code");
		return -1;
	}
	if (e->kind == REGISTRY_HASHTAG && campaign__records_check_tag(r, line, text, col[COL_VALUE], 0))
		return -1;
	const char *why = campaign__id_problem(col[COL_CAMPAIGN]);
	if (why) {
		campaign__records_error(r, line, text, col[COL_CAMPAIGN], "campaign '%.*s' is not a slug: %s",
		         CAMPAIGN__UTF8_CUT(col[COL_CAMPAIGN], 64), why);
		return -1;
	}
	int no_placement = strcmp(col[COL_PLACEMENT], "-") == 0;
	why = no_placement ? NULL : campaign__id_problem(col[COL_PLACEMENT]);
	if (why || (e->kind != REGISTRY_HASHTAG) == no_placement) {
		campaign__records_error(r, line, text, col[COL_PLACEMENT], "%s", why ? why
		         : no_placement ? "a number or short code belongs to a placement: its id is missing"
		                        : "a hashtag belongs to its campaign: the placement must be '-'");
		return -1;
	}
	if (day_of(r, line, text, col[COL_SINCE], 0, "since", &e->since) ||
	    day_of(r, line, text, col[COL_RELEASED], 1, "released", &e->released) ||
	    day_of(r, line, text, col[COL_FREE], 1, "free", &e->free_from))
		return -1;
	if ((e->released < 0) != (e->free_from < 0)) {
		campaign__records_error(r, line, text, col[COL_FREE], "'released' and 'free' are both dates or both '-'");
		return -1;
	}
	if (e->released >= 0 && (e->released < e->since || e->free_from < e->released)) {
		campaign__records_error(r, line, text, col[COL_RELEASED], "the dates must run since <= released <= free");
		return -1;
	}
	if (e->kind != REGISTRY_PHONE && e->released >= 0) {
		campaign__records_error(r, line, text, col[COL_RELEASED], "a %s is never released: it stays taken",
		                        e->kind == REGISTRY_HASHTAG ? "hashtag" : "short code");
		return -1;
	}
	e->value = col[COL_VALUE];
	e->campaign = col[COL_CAMPAIGN];
	e->placement = no_placement ? NULL : col[COL_PLACEMENT];
	e->line = line;
	return 0;
}

/* One record (NUL-terminated, changed in place): its columns checked and added to reg. */
static int
parse_record(struct records *r, struct registry *reg, unsigned long line, char *text)
{
	char *col[COL__COUNT];
	if (campaign__records_split(r, line, text, col, COL__COUNT, column_names))
		return -1;
	struct registry_entry e;
	if (check_record(r, line, text, col, &e))
		return -1;
	if (campaign__registry_add(reg, &e)) {
		r->status = CAMPAIGN_ENOMEM;
		return -1;
	}
	return 0;
}

/* By kind and value, then in the order it was given: since, then where it was read. */
static int
cmp_entries(const void *a, const void *b)
{
	const struct registry_entry *x = a, *y = b;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	int c = strcmp(x->value, y->value);
	if (c)
		return c;
	if (x->since != y->since)
		return x->since < y->since ? -1 : 1;
	/* Released lines before the one holding it now. */
	int xr = x->released >= 0, yr = y->released >= 0;
	if (xr != yr)
		return xr ? -1 : 1;
	c = strcmp(x->campaign, y->campaign);
	if (c)
		return c;
	return strcmp(x->placement ? x->placement : "", y->placement ? y->placement : "");
}

/* A number held twice, or a tag made twice, would make every trace of it ambiguous. */
static void
check_unique(struct records *r, struct registry *reg)
{
	if (reg->count > 1)
		qsort(reg->entries, reg->count, sizeof(*reg->entries), cmp_entries);
	const struct registry_entry *holder = NULL;
	for (size_t i = 0; i < reg->count; i++) {
		const struct registry_entry *e = &reg->entries[i];
		if (holder && (holder->kind != e->kind || strcmp(holder->value, e->value) != 0))
			holder = NULL;
		if (e->released >= 0)
			continue;
		if (holder)
			campaign_diags_add(r->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, r->file,
			                   e->line, 1,
			                   "damaged registry: %s is held by both %s/%s (line %lu) and %s/%s",
			                   e->value, holder->campaign, holder->placement ? holder->placement : "-",
			                   holder->line, e->campaign, e->placement ? e->placement : "-");
		if (holder)
			r->status = CAMPAIGN_EINVALID;
		holder = e;
	}
}

struct parse_ctx {
	struct records *r;
	struct registry *reg;
};

static int
parse_line(void *ctx_, unsigned long line, char *text)
{
	struct parse_ctx *ctx = ctx_;
	if (text[0] && text[0] != '#' && parse_record(ctx->r, ctx->reg, line, text))
		return ctx->r->status == CAMPAIGN_ENOMEM; /* a damaged line: report the others too */
	return 0;
}

/*
 * Whether the text has the registry's first line: 0 when it has, 1 when it
 * is empty (a new registry), -1 (reported) when it is not a registry or
 * its first line was damaged.
 */
static int
check_header(const char *buf, size_t len, const char *file, campaign_diags *diags)
{
	size_t magic = strlen(REGISTRY_MAGIC);
	if (len >= magic && memcmp(buf, REGISTRY_MAGIC, magic) == 0 &&
	    (len == magic || buf[magic] == '\n' || buf[magic] == '\r'))
		return 0;
	/*
	 * The writer never leaves a file empty (it writes its first line, and
	 * atomically), so an empty one was made by someone starting a registry
	 * for campaigns to share: it holds nothing, and is read so.
	 */
	size_t blank = 0;
	while (blank < len && strchr(" \t\r\n", buf[blank]) && buf[blank])
		blank++;
	if (blank == len) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_NOTE, CAMPAIGN_OK, file, 0, 0,
		                   "the registry is empty: read as a new registry, holding no numbers yet");
		return 1;
	}
	static const char about[] = "the registry is the file campaigns share, named by the spec's "
	                            "'registry:' or --registry: text campaign build writes, starting '"
	                            REGISTRY_MAGIC "' (campaign-spec(5), REGISTRY); a path with no "
	                            "file starts a new one";
	const char *other = campaign__records_other_file(buf, len, "registry");
	if (other) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, 1, 1,
		                   "not a registry: this is %s; %s", other, about);
		return -1;
	}
	/* Its records without their first line: the file was edited, not mistaken for another. */
	size_t head = len < 4096 ? len : 4096;
	if (memmem(buf, head, "\nphone\t", 7) || memmem(buf, head, "\nhashtag\t", 9) ||
	    memmem(buf, head, "\nshort\t", 7) || memmem(buf, head, "# libcampaign registry", 22) == buf ||
	    memmem(buf, head, "phone\t", 6) == buf || memmem(buf, head, "# kind\t", 7) == buf) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, 1, 1,
		                   "damaged registry: the first line must be '%s'; restore the file "
		                   "from a backup or version control", REGISTRY_MAGIC);
		return -1;
	}
	size_t first = 0;
	while (first < len && buf[first] != '\n' && buf[first] != '\r')
		first++;
	char line[64 + 1], quoted[96];
	memcpy(line, buf, first < 64 ? first : 64);
	line[first < 64 ? first : 64] = '\0';
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, 1, 1,
	                   "not a registry: its first line is '%s'; %s",
	                   campaign__quote_into(quoted, sizeof(quoted), line, 40), about);
	return -1;
}

int
campaign__registry_parse(struct registry *reg, const char *buf, size_t len, const char *file,
                         campaign_diags *diags)
{
	memset(reg, 0, sizeof(*reg));
	struct records r = { file, "registry", diags, CAMPAIGN_OK };
	size_t first_diag = campaign_diags_count(diags);
	if (campaign__records_check_text(buf, len, file, "registry", diags))
		return CAMPAIGN_EINVALID;
	int header = check_header(buf, len, file, diags);
	if (header)
		return header > 0 ? CAMPAIGN_OK : CAMPAIGN_EINVALID;
	char *copy = campaign__arena_strndup(&reg->arena, buf, len);
	if (!copy)
		return CAMPAIGN_ENOMEM;
	struct parse_ctx ctx = { &r, reg };
	campaign__records_each_line(copy, parse_line, &ctx);
	if (r.status == CAMPAIGN_OK)
		check_unique(&r, reg);
	campaign__diags_sort(diags, first_diag);
	return r.status;
}

int
campaign__registry_read(struct registry *reg, const char *path, size_t max,
                        const char *limit_name, campaign_diags *diags)
{
	memset(reg, 0, sizeof(*reg));
	char *buf = NULL;
	size_t len = 0;
	int rc = campaign__records_read(path, "registry", max, limit_name, &buf, &len, diags);
	if (rc == CAMPAIGN_OK && buf)
		rc = campaign__registry_parse(reg, buf, len, path, diags);
	free(buf);
	return rc;
}

static void
add_day(struct strbuf *out, long day)
{
	char text[11] = "-";
	if (day >= 0)
		campaign__date_format(day, text);
	campaign__strbuf_addf(out, "\t%s", text);
}

static int
cmp_entry_ptrs(const void *a, const void *b)
{
	return cmp_entries(*(const struct registry_entry *const *)a,
	                   *(const struct registry_entry *const *)b);
}

/* The writer's guard: the record just appended to out at start reads back by check_record(). */
static int
reads_back(struct records *r, const struct strbuf *out, size_t start, struct strbuf *line)
{
	campaign__strbuf_reset(line);
	if (campaign__strbuf_add(line, out->ptr + start, out->len - start - 1))
		return 0;
	char *text = line->ptr;
	char *col[COL__COUNT];
	struct registry_entry e;
	return campaign__records_split(r, 1, text, col, COL__COUNT, column_names) == 0 &&
	       check_record(r, 1, text, col, &e) == 0;
}

int
campaign__registry_serialize(const struct registry *reg, struct strbuf *out, const char *file,
                             campaign_diags *diags)
{
	campaign_diags *quiet = NULL;
	if (campaign_diags_new(&quiet))
		return CAMPAIGN_ENOMEM;
	struct records r = { .file = file, .kind = "registry", .diags = quiet };
	struct strbuf line;
	campaign__strbuf_init(&line, 0);
	const struct registry_entry **sorted = malloc((reg->count + 1) * sizeof(*sorted));
	if (!sorted) {
		campaign_diags_free(quiet);
		return CAMPAIGN_ENOMEM;
	}
	for (size_t i = 0; i < reg->count; i++)
		sorted[i] = &reg->entries[i];
	qsort(sorted, reg->count, sizeof(*sorted), cmp_entry_ptrs);
	campaign__strbuf_adds(out, REGISTRY_MAGIC "\n");
	campaign__strbuf_adds(out,
	                      "# Numbers and hashtags shared by campaigns: who holds or held each, and "
	                      "from when.\n"
	                      "# Keep it under version control. Written by campaign build; do not edit "
	                      "by hand.\n");
	campaign__strbuf_adds(out, "# kind\tvalue\tcampaign\tplacement\tsince\treleased\tfree\n");
	int rc = CAMPAIGN_OK;
	for (size_t i = 0; i < reg->count; i++) {
		const struct registry_entry *e = sorted[i];
		size_t start = out->len;
		campaign__strbuf_addf(out, "%s\t%s\t%s\t%s", kind_names[e->kind], e->value, e->campaign,
		                      e->placement ? e->placement : "-");
		add_day(out, e->since);
		add_day(out, e->released);
		add_day(out, e->free_from);
		campaign__strbuf_addc(out, '\n');
		if (out->status == CAMPAIGN_OK && !reads_back(&r, out, start, &line)) {
			rc = line.status ? line.status
			                 : campaign__records_refuse_write(quiet, "registry", e->value, file, diags);
			break;
		}
	}
	free(sorted);
	campaign__strbuf_free(&line);
	campaign_diags_free(quiet);
	return rc ? rc : out->status;
}

struct registry_entry *
campaign__registry_holder(const struct registry *reg, enum registry_kind kind, const char *value)
{
	for (size_t i = 0; i < reg->count; i++) {
		struct registry_entry *e = &reg->entries[i];
		if (e->kind == kind && e->released < 0 && strcmp(e->value, value) == 0)
			return e;
	}
	return NULL;
}

void
campaign__registry_free(struct registry *reg)
{
	free(reg->entries);
	campaign__arena_free(&reg->arena);
	memset(reg, 0, sizeof(*reg));
}
