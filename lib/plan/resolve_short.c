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
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "campaign/status.h"
#include "core/diag_internal.h"
#include "ids/short_code.h"
#include "plan/resolve_internal.h"
#include "util/utf8.h"

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

static int
cmp_by_code(const void *a, const void *b)
{
	return strcmp((*(const struct lookup_item *const *)a)->pub.short_code,
	              (*(const struct lookup_item *const *)b)->pub.short_code);
}

int
campaign__lookup_index_codes(campaign_lookup *l)
{
	if (!l->short_count)
		return CAMPAIGN_OK;
	l->by_code = malloc(l->short_count * sizeof(*l->by_code));
	if (!l->by_code)
		return CAMPAIGN_ENOMEM;
	size_t n = 0;
	for (size_t i = 0; i < l->count && n < l->short_count; i++)
		if (l->items[i].pub.short_code)
			l->by_code[n++] = &l->items[i];
	l->short_count = n;
	qsort(l->by_code, n, sizeof(*l->by_code), cmp_by_code);
	return CAMPAIGN_OK;
}

/* The item whose code is folded (lower-case), or NULL. */
static const struct lookup_item *
find_code(const campaign_lookup *l, const char *folded)
{
	struct lookup_item key;
	key.pub.short_code = folded;
	const struct lookup_item *probe = &key;
	const struct lookup_item **hit = l->short_count
		? bsearch(&probe, l->by_code, l->short_count, sizeof(*l->by_code), cmp_by_code) : NULL;
	return hit ? *hit : NULL;
}

/* Offers candidate: *found becomes its item; *tied when another code is as near. */
static void
offer(const campaign_lookup *l, const char *candidate, const struct lookup_item **found, int *tied)
{
	const struct lookup_item *item = find_code(l, candidate);
	if (!item || item == *found)
		return;
	if (*found && strcmp((*found)->pub.short_code, item->pub.short_code) != 0)
		*tied = 1;
	*found = item;
}

/*
 * The item whose code is one edit from code (a character changed, left out,
 * added, or two swapped), or NULL when none is, or two are: every code one
 * edit away is made and looked up, a few hundred searches however many
 * placements there are.
 */
static const struct lookup_item *
one_edit_away(const campaign_lookup *l, const char *code)
{
	static const char alphabet[] = SHORT_CODE_ALPHABET;
	char folded[SHORT_CODE_MAX + 8], c[SHORT_CODE_MAX + 8];
	if (campaign__short_code_fold(code, folded, sizeof(folded)))
		return NULL;
	size_t n = strlen(folded);
	const struct lookup_item *found = NULL;
	int tied = 0;
	for (size_t i = 0; i <= n; i++) {
		for (size_t a = 0; a < sizeof(alphabet) - 1; a++) {
			if (i < n && alphabet[a] != folded[i]) { /* changed */
				memcpy(c, folded, n + 1);
				c[i] = alphabet[a];
				offer(l, c, &found, &tied);
			}
			if (n < SHORT_CODE_MAX) { /* added */
				memcpy(c, folded, i);
				c[i] = alphabet[a];
				memcpy(c + i + 1, folded + i, n - i + 1);
				offer(l, c, &found, &tied);
			}
		}
		if (i < n) { /* left out */
			memcpy(c, folded, i);
			memcpy(c + i, folded + i + 1, n - i);
			offer(l, c, &found, &tied);
		}
		if (i + 1 < n && folded[i] != folded[i + 1]) { /* swapped */
			memcpy(c, folded, n + 1);
			c[i] = folded[i + 1];
			c[i + 1] = folded[i];
			offer(l, c, &found, &tied);
		}
	}
	return tied ? NULL : found;
}

/* "no short code is 'msrawO' (...); did you mean 'msraw5' (https://go.example.org/msraw5)?" */
static void
note_near(const char *code, const struct lookup_item *near, campaign_diags *diags)
{
	const char *lookalike = campaign__short_code_has_lookalike(code)
		? " (short codes never hold 0, O, 1, l, I, i or o)" : "";
	const char *url = near && near->pub.short_url ? near->pub.short_url : NULL;
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_NOTE, CAMPAIGN_OK, NULL, 0, 0,
	                   "no short code is '%.*s'%s%s%s%s%s%s%s%s",
	                   CAMPAIGN__UTF8_CUT(code, SHORT_CODE_MAX + 4), lookalike,
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
	char folded[SHORT_CODE_MAX + 8];
	const struct lookup_item *item =
		campaign__short_code_fold(code, folded, sizeof(folded)) == 0 ? find_code(l, folded) : NULL;
	if (item) {
		if (max)
			matches[0] = &item->pub;
		*count = 1;
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
	char folded[SHORT_CODE_MAX + 8];
	const struct lookup_item *item =
		campaign__short_code_fold(code, folded, sizeof(folded)) == 0 ? find_code(l, folded) : NULL;
	return item ? &item->pub : NULL;
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
