/*
 * Short links in resolve queries. A short link is compared as
 * "host/path/code", lower-cased, without its scheme, query or fragment: a
 * QR reader, a person typing it or a log shows it in any of those forms,
 * and codes are of one case (short_code.h). A bare code is compared the
 * same way; a bare word that is not one is left to the other kinds (it
 * may be a hashtag), and only when nothing matches it is it offered the
 * code one edit away.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "campaign/status.h"
#include "core/diag_internal.h"
#include "ids/short_code.h"
#include "plan/resolve_internal.h"
#include "util/strbuf.h"
#include "util/suggest.h"

/* Short links are ASCII; a longer query is no short link. */
#define KEY_MAX 2048

/* text as compared (ignoring case): no scheme, query, fragment or trailing '/'; "" when too long. */
static void
key_of(const char *text, char out[KEY_MAX])
{
	while (*text == ' ' || *text == '\t')
		text++;
	const char *scheme = strstr(text, "://");
	if (scheme && (size_t)(scheme - text) <= 10)
		text = scheme + 3;
	size_t n = strcspn(text, "?# \t\r\n");
	while (n && text[n - 1] == '/')
		n--;
	if (n >= KEY_MAX) {
		out[0] = '\0';
		return;
	}
	memcpy(out, text, n);
	out[n] = '\0';
}

/* The length of key's part before its code (up to and with the last '/'), 0 for a bare code. */
static size_t
prefix_len(const char *key)
{
	const char *slash = strrchr(key, '/');
	return slash ? (size_t)(slash - key + 1) : 0;
}

/* Whether item's short link (or, for a bare query, its code) is key; or shares key's prefix. */
static int
item_key(const struct lookup_item *item, int bare, char out[KEY_MAX])
{
	if (!item->short_code)
		return 0;
	if (bare || !item->pub.short_url)
		snprintf(out, KEY_MAX, "%s", item->short_code);
	else
		key_of(item->pub.short_url, out);
	return out[0] != '\0';
}

/*
 * The code one edit from code among the items' (of the link prefix when
 * prefix_n > 0), or NULL when none is, or two are.
 */
static const struct lookup_item *
one_edit_away(const campaign_lookup *l, const char *query_key, size_t prefix_n, const char *code)
{
	char folded[SHORT_CODE_MAX + 8];
	if (campaign__short_code_fold(code, folded, sizeof(folded)))
		return NULL;
	const struct lookup_item *found = NULL;
	char key[KEY_MAX];
	for (size_t i = 0; i < l->count; i++) {
		const struct lookup_item *item = &l->items[i];
		if (!item_key(item, prefix_n == 0, key) ||
		    (prefix_n && (prefix_len(key) != prefix_n || strncasecmp(key, query_key, prefix_n) != 0)))
			continue;
		if (campaign__edit_distance(folded, item->short_code) != 1)
			continue;
		if (found && strcmp(found->short_code, item->short_code) != 0)
			return NULL; /* two are as near: a guess would mislead */
		found = item;
	}
	return found;
}

/* "no short code is 'msrawO' (...); did you mean 'msraw5' (https://go.example.org/msraw5)?" */
static void
note_near(const char *code, const struct lookup_item *near, campaign_diags *diags)
{
	const char *lookalike = campaign__short_code_has_lookalike(code)
		? " (short codes never hold 0, O, 1, l, I, i or o)" : "";
	const char *url = near && near->pub.short_url ? near->pub.short_url : NULL;
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_NOTE, CAMPAIGN_OK, NULL, 0, 0,
	                   "no short code is '%.*s'%s%s%s%s%s%s%s%s", SHORT_CODE_MAX + 4, code, lookalike,
	                   near ? "; did you mean '" : "", near ? near->short_code : "", near ? "'" : "",
	                   url ? " (" : "", url ? url : "", url ? ")" : "", near ? "?" : "");
}

int
campaign__lookup_short(const campaign_lookup *l, const char *query,
                       const campaign_lookup_entry **matches, size_t max, size_t *count, int *rc,
                       campaign_diags *diags)
{
	if (!l->short_count)
		return 0;
	char qkey[KEY_MAX], key[KEY_MAX];
	key_of(query, qkey);
	size_t qprefix = prefix_len(qkey);
	int bare = qprefix == 0;
	char folded[SHORT_CODE_MAX + 8];
	if (!qkey[0] || (bare && campaign__short_code_fold(qkey, folded, sizeof(folded))))
		return 0;
	int on_short_host = 0;
	for (size_t i = 0; i < l->count; i++) {
		const struct lookup_item *item = &l->items[i];
		if (!item_key(item, bare, key))
			continue;
		if (strcasecmp(key, qkey) == 0) {
			if (*count < max)
				matches[*count] = &item->pub;
			(*count)++;
		} else if (!bare && prefix_len(key) == qprefix && strncasecmp(key, qkey, qprefix) == 0) {
			on_short_host = 1;
		}
	}
	if (*count) {
		*rc = CAMPAIGN_OK;
		return 1;
	}
	if (!on_short_host)
		return 0; /* a bare word may be a hashtag; another URL a landing's */
	const char *code = qkey + qprefix;
	note_near(code, one_edit_away(l, qkey, qprefix, code), diags);
	*rc = CAMPAIGN_ENOTFOUND;
	return 1;
}

const campaign_lookup_entry *
campaign__lookup_short_code(const campaign_lookup *l, const char *code)
{
	char folded[SHORT_CODE_MAX + 8];
	if (!l->short_count || campaign__short_code_fold(code, folded, sizeof(folded)))
		return NULL;
	for (size_t i = 0; i < l->count; i++)
		if (l->items[i].short_code && strcmp(l->items[i].short_code, folded) == 0)
			return &l->items[i].pub;
	return NULL;
}

int
campaign__lookup_short_hint(const campaign_lookup *l, const char *query, campaign_diags *diags)
{
	if (!l->short_count)
		return 0;
	char qkey[KEY_MAX];
	key_of(query, qkey);
	if (!qkey[0] || prefix_len(qkey) != 0)
		return 0;
	const struct lookup_item *near = one_edit_away(l, qkey, 0, qkey);
	if (!near)
		return 0;
	note_near(qkey, near, diags);
	return 1;
}
