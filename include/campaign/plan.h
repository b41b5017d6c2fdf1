/*
 * libcampaign: the identifiers of a campaign.
 *
 * A campaign_plan holds what every placement of a spec is given: its UTM
 * values after the naming conventions, its tracking URL, its hashtag and its
 * tracking phone number, computed together so that every check that needs
 * the whole campaign (unique URLs, a pool that can serve everyone, hashtags
 * unique against the ledger and the `taken` list) is made before anything
 * is written. Making a plan reads the ledger but never writes it;
 * campaign_build() does.
 *
 * Thread-safety: a plan is immutable after campaign_plan_new() and may be
 * read from several threads at once.
 */
#ifndef CAMPAIGN_PLAN_H
#define CAMPAIGN_PLAN_H

#include <stdint.h>

#include <campaign/common.h>
#include <campaign/diag.h>
#include <campaign/spec.h>

CAMPAIGN_BEGIN_DECLS

/** Every placement's identifiers, computed and checked together (opaque). */
typedef struct campaign_plan campaign_plan;

/** The current version of campaign_plan_options. */
#define CAMPAIGN_PLAN_OPTIONS_VERSION 1

/** How to make a plan. */
typedef struct campaign_plan_options {
	unsigned int version; /**< CAMPAIGN_PLAN_OPTIONS_VERSION */
	/**
	 * The clock, in seconds since 1970-01-01 UTC, 0 to CAMPAIGN_TIME_MAX:
	 * new ledger entries are dated by it and the phone quarantine is
	 * counted from it. CAMPAIGN_UNSET (the default): the current time,
	 * read once by the call. Set it for reproducible results.
	 */
	int64_t now;
	/**
	 * The ledger file; NULL for the spec's `ledger:`, or NAME.ledger beside
	 * the spec file NAME.yaml (SLUG.ledger for a spec built in code).
	 */
	const char *ledger_path;
	/**
	 * Placements whose issued identifiers are replaced on purpose: their
	 * URL, number and (per placement) hashtag are made anew, and the old
	 * ones are recorded as released (the number goes into quarantine). Any
	 * other change of an issued URL is an error. NULL: none.
	 */
	const char *const *reissue;
	size_t reissue_count; /**< entries in reissue */
	/**
	 * The shared registry of numbers (and hashtags) many campaigns draw
	 * from; NULL for the spec's `registry:`, if any.
	 */
	const char *registry_path;
	/**
	 * 1: a pool that cannot serve every placement is a warning, not a
	 * failure, and the placements left without a number say so
	 * (CAMPAIGN_PHONE_MISSING): for showing the assignments, as `campaign
	 * phones` does. A build never allows it. Default 0.
	 */
	int allow_exhausted;
} campaign_plan_options;

/** Initializer: the current time as the clock, the spec's ledger and registry, no reissue. */
#define CAMPAIGN_PLAN_OPTIONS_INIT \
	{ CAMPAIGN_PLAN_OPTIONS_VERSION, CAMPAIGN_UNSET, NULL, NULL, 0, NULL, 0 }

/**
 * Initializes options to CAMPAIGN_PLAN_OPTIONS_INIT, for bindings.
 * @param version CAMPAIGN_PLAN_OPTIONS_VERSION.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for an unknown version.
 */
CAMPAIGN_API int campaign_plan_options_init(campaign_plan_options *opts, unsigned int version);

/** What happened to a placement's phone number in this plan. */
typedef enum campaign_phone_state {
	CAMPAIGN_PHONE_NONE = 0,     /**< the placement has no number */
	CAMPAIGN_PHONE_KEPT = 1,     /**< it keeps the number the ledger gave it */
	CAMPAIGN_PHONE_NEW = 2,      /**< it gets a number for the first time */
	CAMPAIGN_PHONE_RESTORED = 3, /**< it came back and gets its old number again */
	/** It asks for a number and the pool has none left (only with allow_exhausted). */
	CAMPAIGN_PHONE_MISSING = 4
} campaign_phone_state;

/** A placement's identifiers. Strings are owned by the plan; absent ones are NULL. */
typedef struct campaign_assignment {
	const campaign_placement *placement; /**< borrowed from the spec */
	const campaign_event *event;         /**< borrowed from the spec */
	const char *utm_source;              /**< after the naming conventions */
	const char *utm_medium;              /**< after the naming conventions */
	const char *utm_campaign;            /**< after the naming conventions */
	const char *utm_content;             /**< after the naming conventions, or NULL */
	const char *utm_term;                /**< after the naming conventions, or NULL */
	const char *url;           /**< the tracking URL, pure ASCII */
	const char *hashtag;       /**< with its '#' */
	const char *phone;         /**< E.164, e.g. "+74951234501" */
	const char *phone_display; /**< through the spec's display mask */
	const char *tel;           /**< RFC 3966 URI, "tel:+74951234501" */
	campaign_phone_state phone_state; /**< what happened to its number */
	const char *issued;        /**< YYYY-MM-DD the ledger first issued it */
	/**
	 * Its short link's code (the spec's `short:`), kept by the ledger and
	 * never given to another placement; NULL without `short:`.
	 */
	const char *short_code;
	/** Its short link, the base and the code ("https://go.example.org/k7m3xq"), or NULL. */
	const char *short_url;
} campaign_assignment;

/**
 * Parses an ISO 8601 instant for the `now` options: "2026-12-01",
 * "2026-12-01T09:30", "2026-12-01T09:30:00Z" or with an offset such as
 * "+03:00" (no offset means UTC).
 * @param[out] out receives the seconds since 1970-01-01 UTC; unchanged on failure.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for anything else, and for an
 *         instant before 1970 or after CAMPAIGN_TIME_MAX.
 */
CAMPAIGN_API int campaign_time_parse(int64_t *out, const char *iso8601);

/**
 * Computes every placement's identifiers and checks them all.
 * @param[out] out receives the plan; release it with campaign_plan_free().
 * @param opts NULL means CAMPAIGN_PLAN_OPTIONS_INIT.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID (a value outside an allowed list, a
 *         bad landing URL or number, clashing URLs, a damaged ledger);
 *         CAMPAIGN_EEXHAUSTED when the pool cannot serve every placement
 *         (the diagnostic names them and how many numbers are missing);
 *         CAMPAIGN_ETOOLONG when a landing with its UTM parameters would
 *         make a URL longer than 16,384 bytes;
 *         CAMPAIGN_EIO when the ledger or `taken` list cannot be read;
 *         CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_plan_new(campaign_plan **out, const campaign_spec *spec,
                                   const campaign_plan_options *opts, campaign_diags *diags);

/** Frees a plan. Accepts NULL. */
CAMPAIGN_API void campaign_plan_free(campaign_plan *plan);

/** The number of placements, in spec order. */
CAMPAIGN_API size_t campaign_plan_count(const campaign_plan *plan);

/** The i-th placement's identifiers, or NULL when out of range. Borrowed. */
CAMPAIGN_API const campaign_assignment *campaign_plan_get(const campaign_plan *plan, size_t i);

/** The ledger file the plan read (and a build writes). Borrowed. */
CAMPAIGN_API const char *campaign_plan_ledger_path(const campaign_plan *plan);

/** Numbers of the pool that are free after this plan (not held, not in quarantine). */
CAMPAIGN_API size_t campaign_plan_phones_free(const campaign_plan *plan);

/** Numbers of the pool in quarantine after this plan, here or in another campaign of the registry. */
CAMPAIGN_API size_t campaign_plan_phones_quarantined(const campaign_plan *plan);

/**
 * Numbers of the pool this campaign's placements hold: the ones this plan
 * gives them, and any a placement keeps in the ledger though it no longer
 * asks for one (it is printed).
 */
CAMPAIGN_API size_t campaign_plan_phones_held(const campaign_plan *plan);

/**
 * Numbers of the pool another campaign's placement holds, by the shared
 * registry (0 without one). Held, free, in quarantine and held elsewhere
 * add up to the pool's size.
 */
CAMPAIGN_API size_t campaign_plan_phones_elsewhere(const campaign_plan *plan);

/** The shared registry the plan read (and a build writes), or NULL when there is none. Borrowed. */
CAMPAIGN_API const char *campaign_plan_registry_path(const campaign_plan *plan);

/**
 * A placement's values for a template (opaque): what campaign_flyer_new()
 * takes to fill a built-in template or a user's, as `campaign build` fills
 * them.
 */
typedef struct campaign_values campaign_values;

/**
 * The values a template filled for the i-th placement of a plan gets, under
 * the names campaign-template(5) lists: campaign.name, campaign.slug,
 * campaign.language, event.id, event.title, event.date, event.time,
 * event.venue, placement.id, placement.source, placement.medium,
 * placement.content, placement.term, url, phone (the display form),
 * phone_e164, tel, hashtag, short_url and short_code (with the spec's
 * `short:`), row.NAME for each column of the
 * placement's table, var.NAME for each text of the spec's `vars:` (the
 * placement's, else its event's, else the campaign's), and
 * placement.language, the language its flyer is printed in (pass it as the
 * flyer's language). event.title and
 * event.venue are in the placement's edition's language where its event
 * has them (`editions:`); without an event, event.title is the campaign's
 * name. A value the placement does not have (no number, no
 * event time) is left out, so a template that prints it reports it.
 *
 *	#include <campaign/campaign.h>
 *
 *	// The flyer of the plan's i-th placement, filled as `campaign build` fills it.
 *	campaign_flyer *
 *	flyer_of(const campaign_plan *plan, size_t i, const campaign_template *tpl,
 *	         campaign_diags *diags)
 *	{
 *		campaign_values *v = NULL;
 *		campaign_flyer *f = NULL;
 *		if (campaign_plan_values(&v, plan, i) == CAMPAIGN_OK)
 *			campaign_flyer_new(&f, tpl, campaign_values_params(v),
 *			                   campaign_values_count(v), NULL, diags);
 *		campaign_values_free(v); // the flyer has copied them
 *		return f;
 *	}
 *
 * @param[out] out receives the values; release with campaign_values_free().
 *             They borrow the plan's strings: the plan must outlive them.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID when i is out of range;
 *         CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_plan_values(campaign_values **out, const campaign_plan *plan, size_t i);

/** The values, in the order listed at campaign_plan_values(). Borrowed from v. */
CAMPAIGN_API const campaign_param *campaign_values_params(const campaign_values *v);

/** How many values there are. */
CAMPAIGN_API size_t campaign_values_count(const campaign_values *v);

/** Frees values. Accepts NULL. */
CAMPAIGN_API void campaign_values_free(campaign_values *v);

CAMPAIGN_END_DECLS

#endif
