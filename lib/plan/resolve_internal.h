/* campaign_lookup's insides (internal): resolve.c makes and searches it, resolve_short.c its short links. */
#ifndef CAMPAIGN_RESOLVE_INTERNAL_H
#define CAMPAIGN_RESOLVE_INTERNAL_H

#include "campaign/phone.h"
#include "campaign/resolve.h"
#include "util/arena.h"

/*
 * A placement as the lookup keeps it. Its URL is taken apart only when a
 * query may match it (url_may_match()): parts for every placement of a
 * million took seconds and a gigabyte before the first query.
 */
struct lookup_item {
	campaign_lookup_entry pub;
};

struct campaign_lookup {
	struct arena arena;
	struct lookup_item *items;
	size_t count;
	int has_rules;
	campaign_phone_rules rules;
	size_t short_count;     /* items with a short code */
	const char *short_base; /* the base of their short links ("https://go.example.org/"), or NULL */
	const struct lookup_item **by_code; /* the short_count items with a code, sorted by it */
	/*
	 * URL queries so far (up to URL_INDEX_AFTER), and the index of the
	 * items' utm_* pairs made once they repeat (resolve.c, url_index()):
	 * one `campaign resolve` never pays for it. Both change under a const
	 * lookup, through GLib's atomics and g_once_init_enter().
	 */
	int url_queries;
	size_t url_index_made;           /* g_once_init_enter()'s: 1 once url_index is set */
	struct lookup_index *url_index;  /* NULL when it could not be made */
	/* The same for phone queries (lookup_phones.h). */
	int phone_queries;
	size_t phone_index_made;
	struct lookup_phones *phone_index;
};

/*
 * Sorts the items with a short code by it, for the searches below: call
 * once a lookup's items are all in. @return CAMPAIGN_OK or CAMPAIGN_ENOMEM.
 */
int campaign__lookup_index_codes(campaign_lookup *l);

/* The spec's phone rules (country code, trunk prefix), which phone queries are read by. */
void campaign__lookup_take_phone_rules(campaign_lookup *l, const struct campaign_spec *spec);

/*
 * A query read as a short link: a URL whose host and path lead to a short
 * code of l, or a bare code. Fills matches as campaign_lookup_find() does.
 * @return 1 when it is one (*rc: CAMPAIGN_OK, or CAMPAIGN_ENOTFOUND for a
 *         link on a short-link host that no code has, with a note), 0 when
 *         the query is no short link (or no code matches a bare word), -1
 *         out of memory.
 */
int campaign__lookup_short(const campaign_lookup *l, const char *query,
                           const campaign_lookup_entry **matches, size_t max, size_t *count,
                           int *rc, campaign_diags *diags);

/* The entry whose short code is code (any case), or NULL. */
const campaign_lookup_entry *campaign__lookup_short_code(const campaign_lookup *l, const char *code);

/*
 * For a bare word that matched nothing at all: when it is one edit from a
 * short code (a look-alike, a letter off), a note naming that code.
 * @return 1 when noted (the query was a mistyped code), 0 otherwise.
 */
int campaign__lookup_short_hint(const campaign_lookup *l, const char *query, campaign_diags *diags);

#endif
