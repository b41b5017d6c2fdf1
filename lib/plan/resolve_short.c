/*
 * Short links in resolve queries. A short link is compared without its
 * scheme, query, fragment or trailing '/', and ignoring case: a QR reader,
 * a person typing it or a log shows it in any of those forms, and codes
 * are of one case (short_code.h). A lookup's short links share one base
 * (one campaign's `short:`), so a URL is a short link when it leads there,
 * and its last segment is the code. A bare word that is no code is left to
 * the other kinds (it may be a hashtag), and only when nothing matches it
 * is it offered the code one edit away.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "campaign/status.h"
#include "core/diag_internal.h"
#include "ids/short_code.h"
#include "plan/resolve_internal.h"
#include "util/suggest.h"

/* Short links are ASCII and short; a longer query is no short link. */
#define KEY_MAX 2048

/* text as compared: no scheme, query, fragment or trailing '/'; "" when too long. */
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
	if (n >= KEY_MAX)
		n = 0;
	memcpy(out, text, n);
	out[n] = '\0';
}

/*
 * The code a query names: the last segment of a URL that leads to the
 * lookup's short-link base, or a bare word of letters and digits; NULL for
 * anything else. *is_link says which.
 */
static const char *
query_code(const campaign_lookup *l, const char *query, char key[KEY_MAX], int *is_link)
{
	key_of(query, key);
	const char *slash = strrchr(key, '/');
	char folded[SHORT_CODE_MAX + 8];
	*is_link = slash != NULL;
	if (!slash)
		return key[0] && campaign__short_code_fold(key, folded, sizeof(folded)) == 0 ? key : NULL;
	char base[KEY_MAX];
	if (!l->short_base)
		return NULL;
	key_of(l->short_base, base);
	size_t n = strlen(base);
	return (size_t)(slash - key) == n && strncasecmp(key, base, n) == 0 ? slash + 1 : NULL;
}

/* The item whose code is one edit from code, or NULL when none is, or two are. */
static const struct lookup_item *
one_edit_away(const campaign_lookup *l, const char *code)
{
	char folded[SHORT_CODE_MAX + 8];
	if (campaign__short_code_fold(code, folded, sizeof(folded)))
		return NULL;
	const struct lookup_item *found = NULL;
	for (size_t i = 0; i < l->count; i++) {
		const struct lookup_item *item = &l->items[i];
		if (!item->pub.short_code || campaign__edit_distance(folded, item->pub.short_code) != 1)
			continue;
		if (found && strcmp(found->pub.short_code, item->pub.short_code) != 0)
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
	                   near ? "; did you mean '" : "", near ? near->pub.short_code : "", near ? "'" : "",
	                   url ? " (" : "", url ? url : "", url ? ")" : "", near ? "?" : "");
}

int
campaign__lookup_short(const campaign_lookup *l, const char *query,
                       const campaign_lookup_entry **matches, size_t max, size_t *count, int *rc,
                       campaign_diags *diags)
{
	if (!l->short_count)
		return 0;
	char key[KEY_MAX];
	int is_link;
	const char *code = query_code(l, query, key, &is_link);
	if (!code)
		return 0;
	for (size_t i = 0; i < l->count; i++) {
		const struct lookup_item *item = &l->items[i];
		if (!item->pub.short_code || strcasecmp(code, item->pub.short_code) != 0)
			continue;
		if (*count < max)
			matches[*count] = &item->pub;
		(*count)++;
	}
	if (*count) {
		*rc = CAMPAIGN_OK;
		return 1;
	}
	if (!is_link)
		return 0; /* a bare word may be a hashtag */
	note_near(code, one_edit_away(l, code), diags);
	*rc = CAMPAIGN_ENOTFOUND;
	return 1;
}

const campaign_lookup_entry *
campaign__lookup_short_code(const campaign_lookup *l, const char *code)
{
	for (size_t i = 0; l->short_count && i < l->count; i++)
		if (l->items[i].pub.short_code && strcasecmp(l->items[i].pub.short_code, code) == 0)
			return &l->items[i].pub;
	return NULL;
}

int
campaign__lookup_short_hint(const campaign_lookup *l, const char *query, campaign_diags *diags)
{
	char key[KEY_MAX];
	int is_link;
	const char *code = l->short_count ? query_code(l, query, key, &is_link) : NULL;
	const struct lookup_item *near = code && !is_link ? one_edit_away(l, code) : NULL;
	if (!near)
		return 0;
	note_near(code, near, diags);
	return 1;
}
