/*
 * libcampaign: from a response back to its placement.
 *
 * A visit (its URL, with the UTM parameters in any order or encoding), a
 * call (the number dialled, in any format people write) or a post (the
 * hashtag, in any case, with or without '#') is traced back to the placement
 * that carried it, from a spec's plan or from a manifest.json.
 *
 * Thread-safety: a campaign_lookup is immutable once made and may be
 * searched from several threads at once.
 */
#ifndef CAMPAIGN_RESOLVE_H
#define CAMPAIGN_RESOLVE_H

#include <campaign/common.h>
#include <campaign/diag.h>
#include <campaign/plan.h>

CAMPAIGN_BEGIN_DECLS

/** Placements searchable by URL, phone number or hashtag (opaque). */
typedef struct campaign_lookup campaign_lookup;

/** A placement as the lookup knows it. Strings are owned by the lookup; absent ones are NULL. */
typedef struct campaign_lookup_entry {
	const char *id;            /**< the placement's id */
	const char *event;         /**< its event's id */
	const char *url;           /**< its tracking URL */
	const char *hashtag;       /**< with its '#' */
	const char *phone;         /**< E.164 */
	const char *phone_display; /**< as printed */
	/**
	 * YYYY-MM-DD the placement left the spec (or, with `reissued`, was
	 * reissued), or NULL for what it carries now. Its flyers are still out
	 * there, so a lookup from a plan also holds the ledger's released
	 * issues, after the present ones.
	 */
	const char *released;
	/**
	 * From a registry (campaign_lookup_load_registry()): the slug of the
	 * campaign that holds or held the number or hashtag; NULL otherwise.
	 */
	const char *campaign;
	/** From a registry: YYYY-MM-DD the number was given, or the tag made; NULL otherwise. */
	const char *since;
	/**
	 * 1 for an earlier issue of a placement that was reissued on `released`
	 * (it has newer identifiers); 0 otherwise. A query that matches both
	 * issues of a placement (an unchanged URL) gets the present one only.
	 */
	int reissued;
	/**
	 * Its short link (the spec's `short:`), or NULL. A lookup from a plan
	 * gives released issues theirs too: their codes keep redirecting.
	 */
	const char *short_url;
	/** Its short link's code alone, or NULL; from a registry, the code it records. */
	const char *short_code;
} campaign_lookup_entry;

/** What a query was understood as. */
typedef enum campaign_query_kind {
	CAMPAIGN_QUERY_URL = 1,
	CAMPAIGN_QUERY_PHONE = 2,
	CAMPAIGN_QUERY_HASHTAG = 3,
	CAMPAIGN_QUERY_SHORT = 4 /**< a short link or its bare code */
} campaign_query_kind;

/**
 * A lookup over a plan's placements, and the placements its ledger records
 * as released (gone from the spec, their identifiers still on paper; see
 * campaign_lookup_entry.released). Phone queries are normalized with the
 * spec's country code and trunk prefix.
 * @param[out] out release with campaign_lookup_free(). The plan must outlive it.
 * @return CAMPAIGN_OK or CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_lookup_from_plan(campaign_lookup **out, const campaign_plan *plan);

/**
 * A lookup that answers one URL query from the spec's ledger, without
 * planning the spec: for a campaign of a million placements, what
 * campaign_plan_new() takes seconds for. It answers only when the answer
 * is the one campaign_plan_new() and campaign_lookup_from_plan() would
 * give: every placement of the spec has its current issue in the ledger
 * (none new, none withdrawn, none due for a `reissue:`), the query names
 * exactly one of them by campaign_lookup_find()'s rules among every issue
 * the ledger holds, its URL made again from the spec is the one issued,
 * and its hashtag is one the plan keeps; the ledger reads without a word,
 * no event has passed, and the spec has no phone for it, no short links,
 * no registry and no taken hashtags list (files the plan reads and fails
 * on). Otherwise *out is NULL: plan the spec, which also reports whatever
 * stopped this one. So is it for a query that is not a URL, and for a URL
 * no issue has (the spec may make it now, or the plan refuse the change
 * that would): a miss costs a plan. Unlike the plan, it does not check
 * the spec's other placements: a spec the plan would refuse for a problem
 * of another placement (its issued URL would change, a value outside
 * `allowed:`, its phone number or the pool, its hashtag) still answers, as
 * its manifest.json would.
 * @param opts as for campaign_plan_new() (its clock, ledger and registry
 *        paths); NULL for the defaults. A reissue asked for is left to the plan.
 * @param[out] out a lookup of the one placement, to search with
 *        campaign_lookup_find() for the same query, or NULL; release with
 *        campaign_lookup_free(). It owns its strings.
 * @return CAMPAIGN_OK, with or without a lookup; CAMPAIGN_EINVALID when out
 *         is NULL; CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_lookup_from_ledger(campaign_lookup **out, const campaign_spec *spec,
                                             const campaign_plan_options *opts, const char *query,
                                             campaign_diags *diags);

/**
 * A lookup over the placements of a manifest.json written by campaign_build().
 * Without the spec's rules, a phone query matches on its last ten digits
 * (all of them when shorter), so "8 (495) 123-45-01" finds +74951234501.
 * @return CAMPAIGN_OK; CAMPAIGN_EIO when the file cannot be read;
 *         CAMPAIGN_EINVALID when it is not a manifest (reported with its
 *         position); CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_lookup_load_manifest(campaign_lookup **out, const char *path,
                                               campaign_diags *diags);

/**
 * A lookup over a shared registry (campaign-spec(5), REGISTRY): every time
 * a number was given to a placement of any campaign, with the campaign
 * (campaign_lookup_entry.campaign), the day it was given (since) and, once
 * let go, the day it was (released), and the hashtags the campaigns made.
 * Entries have no URL: a registry holds numbers and tags. A phone query
 * matches on its last ten digits, as for a manifest. A number given many
 * times matches every time, in the order it was given. It reads at most
 * CAMPAIGN_REGISTRY_MAX_BYTES; campaign_lookup_load_registry_ext() takes
 * another bound.
 * @param[out] out release with campaign_lookup_free().
 * @return CAMPAIGN_OK; CAMPAIGN_EIO when the file cannot be read (a missing
 *         file too: a registry to look in must exist); CAMPAIGN_EINVALID
 *         when it is damaged (reported at its line); CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_lookup_load_registry(campaign_lookup **out, const char *path,
                                               campaign_diags *diags);

/** The current version of campaign_lookup_load_options. */
#define CAMPAIGN_LOOKUP_LOAD_OPTIONS_VERSION 1

/**
 * How a file is read into a lookup: the bound on what it may hold, so that
 * a program that serves lookups can refuse a file that grew past what it
 * means to hold in memory (the file is read once, whole).
 */
typedef struct campaign_lookup_load_options {
	unsigned int version; /**< CAMPAIGN_LOOKUP_LOAD_OPTIONS_VERSION */
	/**
	 * The largest registry read, in bytes ("registry-bytes", as for a
	 * build: campaign_spec_load_options.max_registry_bytes); at least 1.
	 * Default CAMPAIGN_REGISTRY_MAX_BYTES. A registry that is larger, or
	 * grows past it while being read, is a CAMPAIGN_EINVALID that names it.
	 */
	size_t max_registry_bytes;
} campaign_lookup_load_options;

/** Initializer: the default limits. */
#define CAMPAIGN_LOOKUP_LOAD_OPTIONS_INIT { CAMPAIGN_LOOKUP_LOAD_OPTIONS_VERSION, CAMPAIGN_REGISTRY_MAX_BYTES }

/**
 * Initializes options to CAMPAIGN_LOOKUP_LOAD_OPTIONS_INIT, for bindings.
 * @param version CAMPAIGN_LOOKUP_LOAD_OPTIONS_VERSION.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for an unknown version.
 */
CAMPAIGN_API int campaign_lookup_load_options_init(campaign_lookup_load_options *opts,
                                                   unsigned int version);

/**
 * campaign_lookup_load_registry() with the registry's bound given.
 * @param opts NULL means CAMPAIGN_LOOKUP_LOAD_OPTIONS_INIT.
 * @return as campaign_lookup_load_registry(); CAMPAIGN_EINVALID also for a
 *         registry larger than opts->max_registry_bytes (reported at the
 *         file, with the limit), a limit of 0 or an unknown version.
 */
CAMPAIGN_API int campaign_lookup_load_registry_ext(campaign_lookup **out, const char *path,
                                                   const campaign_lookup_load_options *opts,
                                                   campaign_diags *diags);

/** Frees a lookup. Accepts NULL. */
CAMPAIGN_API void campaign_lookup_free(campaign_lookup *lookup);

/**
 * Finds the placements matching a query, given in any form a placement's
 * identifier is printed, linked or copied in:
 * - a URL, matched on its utm_* parameters (decoded, whatever their order):
 *   each one the query has must be the placement's. The scheme, the host's
 *   case or script, a trailing slash and other parameters (gclid, fbclid,
 *   yclid) do not matter; when several placements match, only those whose
 *   landing (host and path) and own parameters the URL also has are kept,
 *   if any;
 * - a phone number: a tel: (RFC 3966) or sms: (RFC 5724, one recipient)
 *   link, SMSTO:NUMBER:TEXT, or the number as printed or dialled, with
 *   spaces of any width, brackets, dashes and digits of any script;
 * - a hashtag, in any case, with or without '#';
 * - a short link ("go.example.org/k7m3xq", with or without its scheme)
 *   or its bare code, in any case. A link on a short-link host that no
 *   code matches, and a bare word that is no hashtag but one edit from a
 *   code, are not found, with a note naming the code meant (a look-alike
 *   such as O for 0 is such an edit: codes never hold 0 O 1 l I i o).
 * Format characters (direction marks, zero-width spaces, BOM) are removed
 * first, and whitespace around the query.
 * @param[out] matches receives up to `max` matching entries (borrowed).
 * @param max the number of entries matches has room for.
 * @param[out] count receives the number of matches (may exceed max).
 * @param[out] kind receives what the query was taken for; may be NULL.
 * @return CAMPAIGN_OK when at least one placement matches; CAMPAIGN_ENOTFOUND
 *         when none does (without an error: no match is an answer, which
 *         the caller words; a mistyped short code gets a note); CAMPAIGN_EINVALID when the query is none of the
 *         three kinds (empty, a URL without utm_* parameters, a tel: link
 *         without a number, text that is no hashtag) or a phone number that
 *         the spec's rules cannot read, with one diagnostic saying why;
 *         CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_lookup_find(const campaign_lookup_entry **matches, size_t max,
                                      size_t *count, campaign_query_kind *kind,
                                      const campaign_lookup *lookup, const char *query,
                                      campaign_diags *diags);

CAMPAIGN_END_DECLS

#endif
