/*
 * Web server access logs in the "combined" format nginx and Apache write:
 *
 *   203.0.113.9 - - [07/Dec/2026:10:00:00 +0300] "GET /rally?utm_source=... HTTP/1.1"
 *       200 5120 "-" "Mozilla/5.0 ..."
 *
 * A visit is a GET of a page with UTM values that the server answered
 * (2xx or 3xx: a redirect is how a short link or a landing behind a
 * slash answers). Crawlers and link previews fetch printed links too, and
 * are not people: a user agent that says it is a bot is ignored. On the
 * short-link host a visit is a GET of a short code ("GET /k7m3xq"), with
 * no UTM values until the redirect: a scan of the code's placement.
 */
#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "line_reader.h"
#include "trace_reader.h"
#include "util/date.h"
#include "util/utf8.h"

struct log_line {
	int64_t time;
	const char *method, *target, *agent;
	size_t method_len, target_len, agent_len;
	int status;
};

/* A "quoted" field, with \" and \\ escapes (Apache) or \xHH (nginx) kept as they are. */
static const char *
quoted(const char *p, const char *end, const char **start, size_t *len)
{
	while (p < end && *p == ' ')
		p++;
	if (p >= end || *p != '"')
		return NULL;
	*start = ++p;
	/* The next quote not escaped by an odd run of backslashes before it. */
	for (;;) {
		const char *q = memchr(p, '"', (size_t)(end - p));
		if (!q)
			return NULL;
		size_t backslashes = 0;
		while (q - backslashes > *start && q[-1 - (ptrdiff_t)backslashes] == '\\')
			backslashes++;
		p = q;
		if (backslashes % 2 == 0)
			break;
		p++;
	}
	*len = (size_t)(p - *start);
	return p + 1;
}

/* Two ASCII digits at s, or -1. */
static int
two_digits(const char *s)
{
	if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9')
		return -1;
	return (s[0] - '0') * 10 + (s[1] - '0');
}

/*
 * "07/Dec/2026:10:00:00 +0300" between the brackets: a fixed layout, read by
 * position (sscanf was a tenth of a million-line report). The day number of
 * the last date read is kept, since a log's lines share their day.
 */
static int
log_time(const char *s, size_t len, int64_t *out)
{
	static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	static _Thread_local char last_date[12];
	static _Thread_local long last_days;
	if (len != 26 || s[2] != '/' || s[6] != '/' || s[11] != ':' || s[14] != ':' ||
	    s[17] != ':' || s[20] != ' ' || (s[21] != '+' && s[21] != '-'))
		return -1;
	int h = two_digits(s + 12), mi = two_digits(s + 15), sec = two_digits(s + 18);
	int zh = two_digits(s + 22), zm = two_digits(s + 24);
	if (h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 60 || zh < 0 || zh > 14 ||
	    zm < 0 || zm > 59)
		return -1;
	long days;
	if (memcmp(s, last_date, 11) == 0 && last_date[11] == 1) {
		days = last_days;
	} else {
		int d = two_digits(s), y1 = two_digits(s + 7), y2 = two_digits(s + 9);
		const char *m = NULL;
		for (int k = 0; k < 12 && !m; k++)
			if (memcmp(months + 3 * k, s + 3, 3) == 0)
				m = months + 3 * k;
		char iso[48]; /* room for any int, so the format cannot be cut */
		if (d < 0 || y1 < 0 || y2 < 0 || !m)
			return -1;
		snprintf(iso, sizeof(iso), "%02d%02d-%02d-%02d", y1, y2, (int)((m - months) / 3) + 1, d);
		if (campaign__date_parse(iso, &days))
			return -1;
		memcpy(last_date, s, 11);
		last_date[11] = 1;
		last_days = days;
	}
	int offset = (zh * 60 + zm) * (s[21] == '-' ? -1 : 1);
	*out = (int64_t)days * 86400 + h * 3600 + mi * 60 + sec - (int64_t)offset * 60;
	return 0;
}

static const char *
parse_line(const char *line, size_t len, struct log_line *out)
{
	const char *end = line + len;
	const char *open = memchr(line, '[', len);
	const char *close = open ? memchr(open, ']', (size_t)(end - open)) : NULL;
	if (!close)
		return "no [time] where the combined format has it";
	if (log_time(open + 1, (size_t)(close - open - 1), &out->time))
		return "the time is not like [07/Dec/2026:10:00:00 +0300]";
	const char *request;
	size_t request_len;
	const char *p = quoted(close + 1, end, &request, &request_len);
	if (!p)
		return "no \"request\" after the time";
	const char *sp = memchr(request, ' ', request_len);
	if (!sp)
		return "the request has no method and target";
	out->method = request, out->method_len = (size_t)(sp - request);
	out->target = sp + 1;
	const char *sp2 = memchr(out->target, ' ', (size_t)(request + request_len - out->target));
	out->target_len = sp2 ? (size_t)(sp2 - out->target) : (size_t)(request + request_len - out->target);
	while (p < end && *p == ' ')
		p++;
	if (end - p < 3 || !isdigit((unsigned char)p[0]) || !isdigit((unsigned char)p[1]) ||
	    !isdigit((unsigned char)p[2]))
		return "no status code after the request";
	out->status = (p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0');
	p += 3;
	while (p < end && *p == ' ')
		p++;
	while (p < end && *p != ' ')
		p++; /* the size: a number, or '-' */
	const char *referrer;
	size_t referrer_len;
	out->agent = "", out->agent_len = 0;
	p = quoted(p, end, &referrer, &referrer_len);
	if (p)
		quoted(p, end, &out->agent, &out->agent_len); /* "common" logs have neither */
	return NULL;
}

/* Crawlers, link previews and monitors name themselves in their user agent. */
static int
is_robot(const char *agent, size_t len)
{
	static const char *const marks[] = { "bot", "spider", "crawl", "slurp", "preview",
		"facebookexternalhit", "curl/", "wget/", "python-requests", "monitor", NULL };
	char low[512];
	size_t n = len < sizeof(low) - 1 ? len : sizeof(low) - 1;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)agent[i]);
	low[n] = '\0';
	for (size_t i = 0; marks[i]; i++)
		if (strstr(low, marks[i]))
			return 1;
	return 0;
}

static int
count_line(struct trace_reader *t, const char *line, size_t len, unsigned long number)
{
	struct log_line l;
	/*
	 * nginx and Apache escape what is not printable ("\\x00"): a raw NUL
	 * would cut the link short where it is passed on as text, and bytes
	 * that are not UTF-8 name no placement. As an export's record, skipped.
	 */
	const char *why = memchr(line, '\0', len)                    ? "a NUL byte in the line"
	                  : campaign__utf8_validate(line, len) != len ? "not valid UTF-8 text"
	                                                              : parse_line(line, len, &l);
	if (why) {
		campaign__report_skip(t->report, t->in, number, "%s", why);
		return CAMPAIGN_OK;
	}
	int page_view = l.method_len == 3 && memcmp(l.method, "GET", 3) == 0 && l.status >= 200 &&
	                l.status < 400;
	if (!page_view || is_robot(l.agent, l.agent_len)) {
		t->in->pub.ignored++;
		return CAMPAIGN_OK;
	}
	/* A short code's path, with no query or one a tracker added ("?fbclid=..."). */
	const char *query = memchr(l.target, '?', l.target_len);
	size_t path_len = query ? (size_t)(query - l.target) : l.target_len;
	if (!query || !memmem(query, l.target_len - path_len, "utm_", 4)) {
		int rc = campaign__report_count_short_hit(t->report, l.target, path_len);
		if (rc == CAMPAIGN_OK)
			t->in->pub.attributed++;
		else if (rc == CAMPAIGN_ENOTFOUND)
			t->in->pub.ignored++; /* a page of the site, no short code */
		else
			return rc;
		return CAMPAIGN_OK;
	}
	campaign__strbuf_reset(&t->scratch);
	campaign__strbuf_add(&t->scratch, l.target, l.target_len);
	if (t->scratch.status)
		return CAMPAIGN_ENOMEM;
	int rc = campaign_report_add_visit(t->report, l.time, t->scratch.ptr, NULL);
	if (rc == CAMPAIGN_OK)
		t->in->pub.attributed++;
	else if (rc == CAMPAIGN_ENOTFOUND)
		t->in->pub.unattributed++;
	else if (rc == CAMPAIGN_EINVALID)
		t->in->pub.ignored++; /* a query without UTM values: the site's own page */
	else
		return rc;
	return CAMPAIGN_OK;
}

int
campaign__read_access_log(struct trace_reader *t)
{
	struct line_reader lr;
	int rc = campaign__line_reader_open(&lr, t->path, t->diags);
	if (rc)
		return rc;
	campaign__strbuf_adds(&t->how, "combined log format; GET answered 2xx or 3xx, robots left out");
	const char *line;
	size_t len;
	enum line_result got;
	while (rc == CAMPAIGN_OK && (got = campaign__line_reader_next(&lr, &line, &len, t->diags)) != LINE_END) {
		if (got == LINE_ERROR) {
			rc = lr.error;
		} else if (got == LINE_TOO_LONG) {
			t->in->pub.lines++;
			campaign__report_skip(t->report, t->in, lr.line, "a line over 1 MiB");
		} else if (len > 0) {
			t->in->pub.lines++;
			rc = count_line(t, line, len, lr.line);
		}
	}
	campaign__line_reader_close(&lr);
	return rc;
}
