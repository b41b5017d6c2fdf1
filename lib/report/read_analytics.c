/*
 * Web analytics exports: GA4's "Traffic acquisition" CSV (a '#' preamble,
 * then Session source / medium, Session campaign, Sessions...), or any CSV
 * with the UTM values in columns of their own. A row is rebuilt as the
 * query of a link and attributed like a visit, its sessions at once.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "ids/url.h"
#include "text/textquote.h"
#include "trace_reader.h"

enum { SOURCE_MEDIUM, SOURCE, MEDIUM, CAMPAIGN, CONTENT, TERM, COUNT, ANALYTICS_ROLES };

static const char *const source_medium_names[] = { "session source / medium", "source / medium",
	"first user source / medium", NULL };
static const char *const source_names[] = { "utm_source", "session source", "source",
	"first user source", NULL };
static const char *const medium_names[] = { "utm_medium", "session medium", "medium",
	"first user medium", NULL };
static const char *const campaign_names[] = { "utm_campaign", "session campaign", "campaign",
	"session campaign name", "first user campaign", NULL };
static const char *const content_names[] = { "utm_content", "session manual ad content",
	"content", "ad content", "manual ad content", NULL };
static const char *const term_names[] = { "utm_term", "session manual term", "term",
	"manual term", NULL };
static const char *const count_names[] = { "sessions", "visits", "визиты", "сеансы", NULL };

static const struct column_role analytics_roles[ANALYTICS_ROLES] = {
	[SOURCE_MEDIUM] = { "source_medium", source_medium_names, 0 },
	[SOURCE] = { "source", source_names, 0 },
	[MEDIUM] = { "medium", medium_names, 0 },
	[CAMPAIGN] = { "campaign", campaign_names, 0 },
	[CONTENT] = { "content", content_names, 0 },
	[TERM] = { "term", term_names, 0 },
	[COUNT] = { "count", count_names, 0 },
};

static int
on_header(void *ctx, const struct export_record *header, char delimiter)
{
	struct trace_reader *t = ctx;
	int rc = campaign__trace_header(t, analytics_roles, ANALYTICS_ROLES, header, delimiter);
	if (rc == CAMPAIGN_OK && t->index[SOURCE_MEDIUM] < 0 &&
	    (t->index[SOURCE] < 0 || t->index[MEDIUM] < 0)) {
		campaign_diags_add(t->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, t->path,
		                   header->line, 1,
		                   "no source and medium columns (utm_source and utm_medium, GA4's "
		                   "'Session source / medium', or named with source=COLUMN,medium=COLUMN)");
		rc = CAMPAIGN_EINVALID;
	}
	return rc;
}

/* GA4 writes "(not set)", "(none)", "(direct)" for values a session did not have. */
static int
unset(const char *v)
{
	return !v || !*v || v[0] == '(';
}

static void
add_param(struct strbuf *q, const char *key, const char *value, size_t len)
{
	campaign__strbuf_adds(q, q->len ? "&" : "?");
	campaign__strbuf_adds(q, key);
	campaign__strbuf_addc(q, '=');
	campaign__url_encode_component(q, value, len);
}

/* More sessions than this in one row is no export's: a broken or hostile file (and sums stay exact). */
#define SESSIONS_MAX UINT64_C(1000000000)

/*
 * "1234", "1,234", "1 234", "1'234", "1.234" (groups of three after the
 * first; a no-break space too), and "1234.00" or "1,234.0" (a whole number written as a decimal,
 * as spreadsheets and pandas write one): the count. A fraction ("12.5",
 * "1,5") is no count of sessions, nor is a group that is not three digits:
 * read as a grouping it would be 125 or 15. *ok is 0 for anything else.
 */
static uint64_t
session_count(const char *text, int *ok)
{
	const char *start[8];
	size_t len[8], groups = 0;
	char sep[8];
	*ok = 0;
	const char *p = text + strspn(text, " ");
	for (;;) {
		size_t digits = strspn(p, "0123456789");
		if (digits == 0 || digits > 12 || groups == 8)
			return 0;
		start[groups] = p;
		len[groups] = digits;
		p += digits;
		if (p[strspn(p, " ")] == '\0')
			p += strspn(p, " "); /* spaces after the number */
		sep[groups++] = *p;
		if (!*p)
			break;
		/* A no-break space (U+00A0) or a narrow one (U+202F) groups as a space does. */
		size_t nbsp = strncmp(p, "\xC2\xA0", 2) == 0 ? 2 : strncmp(p, "\xE2\x80\xAF", 3) == 0 ? 3 : 0;
		if (nbsp)
			sep[groups - 1] = ' ', p += nbsp;
		else if (!strchr(", '.", *p++))
			return 0;
	}
	/* A last group of zeros after a decimal point or comma, not three long: no fraction. */
	if (groups > 1 && len[groups - 1] != 3 && strchr(".,", sep[groups - 2]) &&
	    strspn(start[groups - 1], "0") >= len[groups - 1])
		groups--;
	uint64_t n = 0;
	for (size_t g = 0; g < groups; g++) {
		if (g > 0 && len[g] != 3)
			return 0;
		for (size_t i = 0; i < len[g]; i++)
			n = n * 10 + (uint64_t)(start[g][i] - '0');
		if (n > SESSIONS_MAX)
			return 0;
	}
	*ok = 1;
	return n;
}

static int
on_row(void *ctx, const struct export_record *rec)
{
	struct trace_reader *t = ctx;
	t->in->pub.lines++;
	const char *sm = campaign__trace_field(t, rec, SOURCE_MEDIUM);
	const char *source = campaign__trace_field(t, rec, SOURCE);
	const char *medium = campaign__trace_field(t, rec, MEDIUM);
	size_t source_len = source ? strlen(source) : 0, medium_len = medium ? strlen(medium) : 0;
	const char *slash = sm ? strstr(sm, " / ") : NULL;
	if (slash && !source) {
		source = sm, source_len = (size_t)(slash - sm);
		medium = slash + 3, medium_len = strlen(medium);
	}
	if (unset(source) || unset(medium)) {
		t->in->pub.ignored++; /* direct, organic or unknown traffic: no placement's link */
		return CAMPAIGN_OK;
	}
	uint64_t visits = 1;
	const char *count = campaign__trace_field(t, rec, COUNT);
	int ok = 1;
	if (count && (visits = session_count(count, &ok), !ok)) {
		char quoted[128];
		campaign__report_skip(t->report, t->in, rec->line, "'%s' is not a number of sessions",
		                      campaign__quote_into(quoted, sizeof(quoted), count, 40));
		return CAMPAIGN_OK;
	}
	struct strbuf q;
	campaign__strbuf_init(&q, 0);
	add_param(&q, "utm_source", source, source_len);
	add_param(&q, "utm_medium", medium, medium_len);
	static const struct { int role; const char *key; } more[] = {
		{ CAMPAIGN, "utm_campaign" }, { CONTENT, "utm_content" }, { TERM, "utm_term" } };
	for (size_t i = 0; i < sizeof(more) / sizeof(more[0]); i++) {
		const char *v = campaign__trace_field(t, rec, (size_t)more[i].role);
		if (!unset(v))
			add_param(&q, more[i].key, v, strlen(v));
	}
	int rc = q.status ? q.status : campaign__report_count_visits(t->report, q.ptr, visits, NULL);
	campaign__strbuf_free(&q);
	if (rc == CAMPAIGN_OK)
		t->in->pub.attributed++;
	else if (rc == CAMPAIGN_ENOTFOUND || rc == CAMPAIGN_EINVALID)
		t->in->pub.unattributed++;
	else
		return rc;
	return CAMPAIGN_OK;
}

int
campaign__read_analytics(struct trace_reader *t)
{
	struct export_reader reader = { on_header, on_row, campaign__trace_skip, t };
	return campaign__export_csv_read(t->path, &reader, t->diags);
}
