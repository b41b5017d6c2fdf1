/*
 * Counting one trace: a visit, a call or a post, attributed through
 * campaign_lookup_find() (the rules of `resolve`) behind a cache, since an
 * access log repeats the same few hundred links a million times.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "campaign/hashtag.h"
#include "campaign/status.h"
#include "ids/hashtag_internal.h"
#include "ids/url.h"
#include "plan/resolve_internal.h"
#include "report_internal.h"
#include "util/strbuf.h"
#include "util/utf8.h"

/* Matches looked at per query: more than one placement is already ambiguous. */
#define MATCHES_MAX 16
/* Hashtags counted in one post: a post of a thousand tags is spam, not more posts. */
#define POST_TAGS_MAX 64
/* A short link's path: its base's path and a code; anything longer is a page of the site. */
#define SHORT_PATH_MAX 256

/* Media of a link printed on paper: a visit of one is a scan. */
static int
printed_medium(const char *medium)
{
	static const char *const printed[] = { "print", "outdoor", "offline", "ooh", "poster",
		                               "flyer", "sticker", "qr", NULL };
	for (size_t i = 0; medium && printed[i]; i++)
		if (strcmp(medium, printed[i]) == 0)
			return 1;
	return 0;
}

/*
 * The row a query names: one placement (both issues of a reissued one are
 * the same placement), else none; ROW_NONE for no match or several.
 */
static int
lookup_row(campaign_report *r, const char *query, size_t *row, campaign_query_kind *kind,
           campaign_diags *diags)
{
	const campaign_lookup_entry *m[MATCHES_MAX];
	size_t count = 0;
	*row = ROW_NONE;
	int rc = campaign_lookup_find(m, MATCHES_MAX, &count, kind, r->lookup, query, diags);
	if (rc == CAMPAIGN_ENOTFOUND)
		return CAMPAIGN_OK;
	if (rc)
		return rc;
	for (size_t i = 1; i < count && i < MATCHES_MAX; i++)
		if (strcmp(m[i]->id, m[0]->id) != 0)
			return CAMPAIGN_OK; /* several placements: never guessed */
	if (count > MATCHES_MAX)
		return CAMPAIGN_OK;
	return campaign__report_entry_row(r, m[0], row);
}

/*
 * Remembers a query's row in a cache, while the caches have room (past
 * it, a query is looked up again each time it comes: slower, never more
 * memory). A slot and its arena header are counted with the key.
 */
static int
remember(campaign_report *r, struct str_map *cache, const char *key, size_t len, size_t row)
{
	size_t cost = len + 64;
	if (cache->used >= REPORT_CACHE_MAX || len > REPORT_CACHE_KEY_MAX ||
	    r->cache_bytes + cost > REPORT_CACHE_BYTES)
		return CAMPAIGN_OK;
	int added;
	if (!campaign__str_map_insert(cache, key, len, row == ROW_NONE ? 0 : row + 1, &added))
		return CAMPAIGN_ENOMEM;
	r->cache_bytes += added ? cost : 0;
	return CAMPAIGN_OK;
}

/* The cached answer for key in cache, or the lookup's, remembered. */
static int
cached_row(campaign_report *r, struct str_map *cache, const char *key, size_t key_len,
           const char *query, campaign_query_kind want, size_t *row, campaign_diags *diags)
{
	size_t *hit = campaign__str_map_find(cache, key, key_len);
	if (hit) {
		*row = *hit ? *hit - 1 : ROW_NONE;
		return CAMPAIGN_OK;
	}
	campaign_query_kind kind = 0;
	int rc = lookup_row(r, query, row, &kind, diags);
	if (rc == CAMPAIGN_OK && kind != want) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "'%s' is not a %s", query,
		                   want == CAMPAIGN_QUERY_PHONE ? "phone number" : "link");
		rc = CAMPAIGN_EINVALID;
	}
	if (rc == CAMPAIGN_OK)
		rc = remember(r, cache, key, key_len, *row);
	return rc;
}

/* A visit's UTM values in one string: the same link however a tracker decorated it. */
static int
visit_key(struct strbuf *key, const char *url, int *has_utm)
{
	struct url_param *params = NULL;
	size_t n = 0;
	if (campaign__url_utm_params(url, &params, &n))
		return CAMPAIGN_ENOMEM;
	*has_utm = n > 0;
	/* The address too: see raw_utm_key(). */
	const char *q = strchr(url, '?');
	campaign__strbuf_add(key, url, q ? (size_t)(q - url) : strlen(url));
	campaign__strbuf_addc(key, '?');
	for (size_t i = 0; i < n; i++) {
		campaign__strbuf_adds(key, params[i].key);
		campaign__strbuf_addc(key, '=');
		campaign__strbuf_adds(key, params[i].value);
		campaign__strbuf_addc(key, '\037');
	}
	campaign__url_params_free(params, n);
	return key->status;
}

CAMPAIGN_API int
campaign_report_add_visit(campaign_report *r, int64_t time, const char *url,
                          campaign_diags *diags)
{
	(void)time; /* kept for paths of people (attribution), not counted by time yet */
	if (!r || !url)
		return CAMPAIGN_EINVALID;
	return campaign__report_count_visits(r, url, 1, diags);
}

/*
 * The utm_* parameters of a URL as written, in their order: a key that
 * needs no decoding or normalization, so that a million log lines of the
 * same few hundred links cost a million cheap lookups. Trackers' own
 * parameters (fbclid, gclid) are left out, so they do not defeat it.
 */
static int
raw_utm_key(struct strbuf *key, const char *url)
{
	/*
	 * With the URL's address before its query: placements may share UTM
	 * values on different landings, and resolve tells them apart by it.
	 */
	const char *q = strchr(url, '?');
	campaign__strbuf_add(key, url, q ? (size_t)(q - url) : strlen(url));
	campaign__strbuf_addc(key, '?');
	for (const char *p = q; p && *p && *p != '#';) {
		p++;
		size_t len = strcspn(p, "&#");
		if (len > 4 && strncasecmp(p, "utm_", 4) == 0) {
			campaign__strbuf_add(key, p, len);
			campaign__strbuf_addc(key, '&');
		}
		p += len;
	}
	return key->status;
}

int
campaign__report_link_row(campaign_report *r, const char *url, size_t *row,
                          campaign_diags *diags)
{
	struct strbuf raw, key;
	campaign__strbuf_init(&raw, 0);
	campaign__strbuf_init(&key, 0);
	int rc = raw_utm_key(&raw, url);
	*row = ROW_NONE;
	size_t *known = rc ? NULL : campaign__str_map_find(&r->raw_visit_cache, raw.ptr ? raw.ptr : "", raw.len);
	if (known) {
		*row = *known ? *known - 1 : ROW_NONE;
	} else if (rc == CAMPAIGN_OK) {
		/* The exact key: decoded, normalized, sorted (what resolve compares). */
		int has_utm = 0;
		rc = visit_key(&key, url, &has_utm);
		if (rc == CAMPAIGN_OK && !has_utm) {
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
			                   "the link has no UTM values: not a campaign's visit");
			rc = CAMPAIGN_EINVALID;
		}
		if (rc == CAMPAIGN_OK)
			rc = cached_row(r, &r->visit_cache, key.ptr, key.len, url, CAMPAIGN_QUERY_URL, row,
			                diags);
		if (rc == CAMPAIGN_OK)
			rc = remember(r, &r->raw_visit_cache, raw.ptr ? raw.ptr : "", raw.len, *row);
	}
	campaign__strbuf_free(&raw);
	campaign__strbuf_free(&key);
	return rc;
}

int
campaign__report_count_visits(campaign_report *r, const char *url, uint64_t visits,
                              campaign_diags *diags)
{
	size_t row;
	int rc = campaign__report_link_row(r, url, &row, diags);
	if (rc)
		return rc;
	if (row == ROW_NONE)
		return CAMPAIGN_ENOTFOUND;
	campaign_report_row *x = campaign__report_row(r, row);
	x->counts.visits += visits;
	if (printed_medium(x->medium))
		x->counts.scans += visits;
	return CAMPAIGN_OK;
}

/*
 * The path a short link is served at ("/r/k7m3xq" for
 * "https://go.example.org/r/k7m3xq"), or NULL when the entry knows only
 * its code (a registry's line).
 */
static const char *
short_link_path(const campaign_lookup_entry *e)
{
	if (!e->short_url)
		return NULL;
	const char *host = strstr(e->short_url, "://");
	host = host ? host + 3 : e->short_url;
	const char *path = strchr(host, '/');
	return path ? path : "/";
}

/*
 * A hit is a scan only at the code's own path: "/blog/k7m3xq" on the
 * site is a page that happens to end like a code, not a scan. The path is
 * matched in any case, as people type codes.
 */
static int
is_short_link_path(const campaign_lookup_entry *e, const char *path, size_t len)
{
	const char *expected = short_link_path(e);
	return !expected || (strlen(expected) == len && strncasecmp(expected, path, len) == 0);
}

/*
 * The path of a request's target as a server reads it: an absolute-form
 * target ("GET https://go.example.org/r/k7m3xq", which proxies send) loses
 * its scheme and host, and "//r/k7m3xq" is "/r/k7m3xq".
 */
static const char *
request_path(const char *target, size_t *len)
{
	const char *end = target + *len, *p = target;
	const char *scheme_end = memmem(p, *len, "://", 3);
	if (scheme_end && strncasecmp(p, "http", 4) == 0 && scheme_end - p <= 5) {
		p = memchr(scheme_end + 3, '/', (size_t)(end - scheme_end - 3));
		if (!p)
			p = end;
	}
	while (end - p > 1 && p[0] == '/' && p[1] == '/')
		p++;
	*len = (size_t)(end - p);
	return p;
}

int
campaign__report_count_short_hit(campaign_report *r, const char *target, size_t len)
{
	const char *path = request_path(target, &len);
	/* Without a trailing '/'; the last segment is the code, if it is one. */
	while (len && path[len - 1] == '/')
		len--;
	size_t start = len;
	while (start && path[start - 1] != '/')
		start--;
	char code[16];
	if (len - start < 1 || len - start >= sizeof(code) || len > SHORT_PATH_MAX)
		return CAMPAIGN_ENOTFOUND;
	memcpy(code, path + start, len - start);
	code[len - start] = '\0';
	/* Cached with the links, under a key no link has (links start with their address). */
	char key[SHORT_PATH_MAX + 2];
	int key_len = snprintf(key, sizeof(key), "\036%.*s", (int)len, path);
	size_t row = ROW_NONE;
	size_t *known = campaign__str_map_find(&r->raw_visit_cache, key, (size_t)key_len);
	if (known) {
		row = *known ? *known - 1 : ROW_NONE;
	} else {
		const campaign_lookup_entry *e = campaign__lookup_short_code(r->lookup, code);
		if (e && is_short_link_path(e, path, len) && campaign__report_entry_row(r, e, &row))
			return CAMPAIGN_ENOMEM;
		if (remember(r, &r->raw_visit_cache, key, (size_t)key_len, row))
			return CAMPAIGN_ENOMEM;
	}
	if (row == ROW_NONE)
		return CAMPAIGN_ENOTFOUND;
	/* Only a printed code is typed or scanned to get there: a hit is a scan. */
	campaign_report_counts *c = &campaign__report_row(r, row)->counts;
	c->visits++;
	c->scans++;
	return CAMPAIGN_OK;
}

int
campaign__report_number_row(campaign_report *r, const char *called, size_t *row,
                            campaign_diags *diags)
{
	return cached_row(r, &r->call_cache, called, strlen(called), called, CAMPAIGN_QUERY_PHONE, row,
	                  diags);
}

/* The caller's digits, so that "+7 495 ..." and "8 (495) ..." are one caller. */
static void
caller_digits(const char *caller, char *out, size_t size)
{
	size_t n = 0;
	for (const char *p = caller; p && *p && n + 1 < size; p++)
		if (*p >= '0' && *p <= '9')
			out[n++] = *p;
	out[n] = '\0';
	/* A national trunk prefix or none: the last ten digits name the line. */
	if (n > 10)
		memmove(out, out + n - 10, 11);
}

/* Counts a call's caller and whether it is a new target call. */
static int
count_caller(campaign_report *r, size_t row, const campaign_call *call, int target)
{
	campaign_report_counts *c = &campaign__report_row(r, row)->counts;
	char digits[32];
	caller_digits(call->caller, digits, sizeof(digits));
	if (!digits[0]) {
		c->target_calls += target; /* a hidden number cannot be told from the next one */
		return CAMPAIGN_OK;
	}
	char key[64];
	int len = snprintf(key, sizeof(key), "%zu\037%s", row, digits);
	int added;
	size_t *slot = campaign__str_map_insert(&r->callers, key, (size_t)len, 0, &added);
	if (!slot)
		return CAMPAIGN_ENOMEM;
	c->callers += added;
	if (!target)
		return CAMPAIGN_OK;
	uint64_t targets;
	int rc = campaign__report_repeat_call(r, slot, call->time > 0 ? call->time : 0, &targets);
	c->target_calls += targets;
	return rc;
}

CAMPAIGN_API int
campaign_report_add_call(campaign_report *r, const campaign_call *call, campaign_diags *diags)
{
	if (!r || !call || !call->called)
		return CAMPAIGN_EINVALID;
	size_t row = ROW_NONE;
	int rc = campaign__report_number_row(r, call->called, &row, diags);
	if (rc)
		return rc;
	if (row == ROW_NONE)
		return CAMPAIGN_ENOTFOUND;
	/* The caller's number is a person key: the call is a touch of their path. */
	char person[64];
	if (call->caller && call->time >= 0 &&
	    campaign__report_person_key(call->caller, person, sizeof(person)) == 0 &&
	    person[0] == 'p' && (rc = campaign__report_touch(r, person, call->time, row)))
		return rc;
	campaign_report_counts *c = &campaign__report_row(r, row)->counts;
	int answered = call->answered >= 0 ? call->answered != 0 : call->duration > 0;
	c->calls++;
	c->answered += answered;
	int target = answered && call->duration >= 0 &&
	             (unsigned long)call->duration >= r->opts.target_call_seconds;
	return count_caller(r, row, call, target);
}

/* The length of the hashtag body at s (letters, digits, '_', marks, invisibles), in bytes. */
static size_t
tag_length(const char *s)
{
	size_t len = 0;
	for (;;) {
		uint32_t cp;
		size_t n = campaign__utf8_decode((const unsigned char *)s + len, 4, &cp);
		if (n == 0 || cp == 0)
			return len;
		enum hashtag_class k = campaign__hashtag_class(cp);
		/* An invisible character goes on the tag: its key drops it, as networks do. */
		if (k != HASHTAG_LETTER && k != HASHTAG_DIGIT && k != HASHTAG_UNDERSCORE &&
		    k != HASHTAG_MARK && k != HASHTAG_INVISIBLE)
			return len;
		len += n;
	}
}

/* U+FF03 FULLWIDTH NUMBER SIGN: networks start a hashtag with it too (CJK keyboards type it). */
#define FULLWIDTH_HASH "\xef\xbc\x83"

/* The next sign that may start a hashtag, '#' or '＃', from p; its length in *sign_len. */
static const char *
next_hash(const char *p, size_t *sign_len)
{
	/* One pass to the sign: searching each kind to the end was quadratic in a post of '#'s. */
	for (p = strpbrk(p, "#\xef"); p; p = strpbrk(p + 1, "#\xef")) {
		if (*p == '#') {
			*sign_len = 1;
			return p;
		}
		if (strncmp(p, FULLWIDTH_HASH, sizeof(FULLWIDTH_HASH) - 1) == 0) {
			*sign_len = sizeof(FULLWIDTH_HASH) - 1;
			return p;
		}
	}
	return NULL;
}

/*
 * Whether the sign at p starts a hashtag, as networks read a post: at the
 * start or after a space or punctuation, never inside a word ("x#tag"), a
 * link ("t.me/#tag", "example.org/#signup") or an HTML entity ("&#35;").
 */
static int
starts_hashtag(const char *text, const char *p)
{
	if (p == text)
		return 1;
	const char *q = p - 1;
	while (q > text && ((unsigned char)*q & 0xC0) == 0x80)
		q--;
	uint32_t cp;
	if (campaign__utf8_decode((const unsigned char *)q, (size_t)(p - q), &cp) == 0)
		return 1;
	if (cp == '&' || cp == '/' || cp == '#')
		return 0;
	enum hashtag_class k = campaign__hashtag_class(cp);
	return k != HASHTAG_LETTER && k != HASHTAG_DIGIT && k != HASHTAG_UNDERSCORE && k != HASHTAG_MARK;
}

/* The row a tag counts for: the plan's (shared tags too), else a withdrawn placement's. */
static int
tag_row(campaign_report *r, const char *tag, size_t *row)
{
	char *key = campaign__hashtag_key(tag);
	if (!key)
		return CAMPAIGN_ENOMEM;
	size_t *scope = campaign__str_map_find(&r->tag_scope, key, strlen(key));
	free(key);
	if (scope) {
		*row = *scope;
		return CAMPAIGN_OK;
	}
	campaign_query_kind kind;
	return lookup_row(r, tag, row, &kind, NULL);
}

CAMPAIGN_API int
campaign_report_add_post(campaign_report *r, int64_t time, const char *text,
                         campaign_diags *diags)
{
	(void)time;
	(void)diags;
	if (!r || !text)
		return CAMPAIGN_EINVALID;
	size_t counted[POST_TAGS_MAX], n = 0;
	int rc = CAMPAIGN_OK;
	size_t sign = 1;
	for (const char *p = next_hash(text, &sign); p && rc == CAMPAIGN_OK && n < POST_TAGS_MAX;
	     p = next_hash(p + sign, &sign)) {
		size_t len = tag_length(p + sign);
		if (len == 0 || !starts_hashtag(text, p))
			continue;
		/* The tag as '#' and its body, whichever sign the post used. */
		char *tag = malloc(len + 2);
		if (tag) {
			tag[0] = '#';
			memcpy(tag + 1, p + sign, len);
			tag[len + 1] = '\0';
		}
		size_t row = ROW_NONE;
		rc = tag ? tag_row(r, tag, &row) : CAMPAIGN_ENOMEM;
		free(tag);
		size_t seen = 0;
		while (seen < n && counted[seen] != row)
			seen++;
		if (rc == CAMPAIGN_OK && row != ROW_NONE && seen == n) {
			counted[n++] = row;
			campaign__report_row(r, row)->counts.posts++;
		}
		p += len;
	}
	if (rc)
		return rc;
	return n ? CAMPAIGN_OK : CAMPAIGN_ENOTFOUND;
}
