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
	 * The clock, as Unix time: new ledger entries are dated by it and the
	 * phone quarantine is counted from it. The library never reads the
	 * system clock; pass time(NULL) for "now".
	 */
	int64_t now;
	/** The ledger file; NULL for the spec's `ledger:` or `<slug>.ledger` beside the spec. */
	const char *ledger_path;
} campaign_plan_options;

/** Initializer: the Unix epoch as the clock, the spec's ledger. */
#define CAMPAIGN_PLAN_OPTIONS_INIT { CAMPAIGN_PLAN_OPTIONS_VERSION, 0, NULL }

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
	CAMPAIGN_PHONE_RESTORED = 3  /**< it came back and gets its old number again */
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
} campaign_assignment;

/**
 * Parses an ISO 8601 instant for the `now` options: "2026-12-01",
 * "2026-12-01T09:30", "2026-12-01T09:30:00Z" or with an offset such as
 * "+03:00" (no offset means UTC).
 * @param[out] out receives Unix time.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for anything else.
 */
CAMPAIGN_API int campaign_time_parse(const char *iso8601, int64_t *out);

/**
 * Computes every placement's identifiers and checks them all.
 * @param[out] out receives the plan; release it with campaign_plan_free().
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

/** Numbers of the pool in quarantine after this plan. */
CAMPAIGN_API size_t campaign_plan_phones_quarantined(const campaign_plan *plan);

CAMPAIGN_END_DECLS

#endif
