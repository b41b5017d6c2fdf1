/*
 * libcampaign: attribution, sharing one conversion among the touches that
 * led to it.
 *
 * When a person key (a phone number also given in a form, a CRM id) links
 * several traces of one person (a flyer's scan, a post, a call), the touches
 * form a path ending in a conversion. A model says how much of the
 * conversion each touch gets; a report shows several side by side, because
 * each answers a different question ("what brought them first", "what made
 * them act"). The models, with their rules:
 *
 *  first touch       all to the first touch;
 *  last touch        all to the last touch;
 *  last significant  all to the last touch that is not direct, internal or
 *                    a saved page (GA4's "paid and organic last click",
 *                    Yandex Metrica's default); if the whole path is such
 *                    touches, to the last of them (the session's own source);
 *  linear            equal shares over the touches;
 *  position based    one touch 100; two 50/50; three or more: 40 first,
 *                    40 last, 20 split evenly over the middle;
 *  time decay        weight 2^(-d/h) for a touch d days before the
 *                    conversion (h, the half-life, 7 days by default);
 *  seeds             the founding team's model: linear over the touches
 *                    that are not direct, internal or a saved page, the
 *                    first of them weighted 2.
 *
 * The path is the touches in time order (equal times keep the caller's
 * order), without those after the conversion, those older than the lookback
 * window, and those before a gap in the history longer than gap_days (as
 * Yandex Metrica ends a history after 90 days without a visit). Models that
 * leave direct, internal and saved-page touches out give the whole
 * conversion to them only when nothing else is on the path: GA4's rule,
 * "direct gets credit only when the whole path is direct", so a model never
 * divides by zero.
 *
 * Shares are whole units of a total the caller chooses (10000 for per cent
 * with two decimals, a conversion's value in cents or kopecks) and sum to
 * that total exactly: each touch gets the whole units of its exact share,
 * and the units left over go one each to the largest remainders (ties to
 * the earlier touch), Hamilton's largest-remainder method. A report's
 * percentages then add up to 100.00 and its money to the last cent.
 *
 * Thread-safety: every function here is pure and may be called from several
 * threads at once.
 */
#ifndef CAMPAIGN_ATTRIBUTION_H
#define CAMPAIGN_ATTRIBUTION_H

#include <stddef.h>
#include <stdint.h>

#include <campaign/common.h>
#include <campaign/diag.h>

CAMPAIGN_BEGIN_DECLS

/** An attribution model; the rules are at the top of this file. */
typedef enum campaign_attribution_model {
	CAMPAIGN_ATTRIBUTION_FIRST_TOUCH = 0,      /**< "first-touch" */
	CAMPAIGN_ATTRIBUTION_LAST_TOUCH = 1,       /**< "last-touch" */
	CAMPAIGN_ATTRIBUTION_LAST_SIGNIFICANT = 2, /**< "last-significant" */
	CAMPAIGN_ATTRIBUTION_LINEAR = 3,           /**< "linear" */
	CAMPAIGN_ATTRIBUTION_POSITION_BASED = 4,   /**< "position-based" */
	CAMPAIGN_ATTRIBUTION_TIME_DECAY = 5,       /**< "time-decay" */
	CAMPAIGN_ATTRIBUTION_SEEDS = 6             /**< "seeds" */
} campaign_attribution_model;

/** The number of models: every value from 0 to this one less is a model. */
#define CAMPAIGN_ATTRIBUTION_MODEL_COUNT 7

/** What kind of touch a trace is, for the models that skip some. */
typedef enum campaign_touch_kind {
	/** A touch that counts: a placement, a campaign, a referring site. */
	CAMPAIGN_TOUCH_SIGNIFICANT = 0,
	/** Typed in or from a bookmark: no source at all. */
	CAMPAIGN_TOUCH_DIRECT = 1,
	/** From a page of the organization's own site. */
	CAMPAIGN_TOUCH_INTERNAL = 2,
	/** A page saved or opened again from the browser's history. */
	CAMPAIGN_TOUCH_SAVED_PAGE = 3
} campaign_touch_kind;

/** One touch of a person's path. Strings are borrowed from the caller. */
typedef struct campaign_touch {
	int64_t time;             /**< when, in seconds since the Unix epoch */
	campaign_touch_kind kind; /**< whether the models that skip some skip it */
	/**
	 * what the touch is credited to when shares are grouped: a placement id,
	 * a source ("vk", "direct"); compared byte for byte. May be NULL when
	 * only campaign_attribute() is used.
	 */
	const char *channel;
} campaign_touch;

/** The current version of campaign_attribution_options. */
#define CAMPAIGN_ATTRIBUTION_OPTIONS_VERSION 1

/** How a conversion is shared. */
typedef struct campaign_attribution_options {
	unsigned int version;             /**< CAMPAIGN_ATTRIBUTION_OPTIONS_VERSION */
	campaign_attribution_model model; /**< the model (default: last significant) */
	/**
	 * touches more than this many days before the conversion are dropped
	 * (GA4 offers 30 and 90); 0 keeps every earlier touch. Default 90.
	 */
	unsigned int lookback_days;
	/**
	 * a gap of more than this many days between two touches, or between the
	 * last touch and the conversion, ends the history: the touches before it
	 * are dropped; 0 for no such rule. Default 0.
	 */
	unsigned int gap_days;
	/** time decay's half-life in days, 1 to 3650. Default 7. */
	unsigned int half_life_days;
	/**
	 * nonzero: first touch, last touch, linear, position based and time decay
	 * also leave out direct, internal and saved-page touches (as last
	 * significant and seeds always do), e.g. for "first significant touch".
	 * Default 0.
	 */
	int skip_insignificant;
} campaign_attribution_options;

/** Initializer with the defaults. */
#define CAMPAIGN_ATTRIBUTION_OPTIONS_INIT \
	{ CAMPAIGN_ATTRIBUTION_OPTIONS_VERSION, CAMPAIGN_ATTRIBUTION_LAST_SIGNIFICANT, 90, 0, 7, 0 }

/**
 * Initializes options to the defaults of CAMPAIGN_ATTRIBUTION_OPTIONS_INIT.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for NULL or an unknown version.
 */
CAMPAIGN_API int campaign_attribution_options_init(campaign_attribution_options *options,
                                                   unsigned int version);

/**
 * A model's name as reports and the command line write it ("position-based").
 * @return a static string, or NULL for a value that is not a model.
 */
CAMPAIGN_API const char *campaign_attribution_model_name(campaign_attribution_model model);

/**
 * The model named `name` (as campaign_attribution_model_name() writes it).
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID with a diagnostic that names the
 *         models and suggests the nearest for a typo.
 */
CAMPAIGN_API int campaign_attribution_model_parse(const char *name,
                                                  campaign_attribution_model *model,
                                                  campaign_diags *diags);

/** The largest total campaign_attribute() shares: 10^15 units. */
#define CAMPAIGN_ATTRIBUTION_MAX_TOTAL INT64_C(1000000000000000)

/**
 * Shares a conversion of `total` units among the touches, by the model of
 * `options` (NULL: the defaults).
 *
 * @param touches the person's touches, in any order; touch_count may be 0.
 * @param conversion_time when the conversion happened (seconds since the epoch).
 * @param total the units to share, 0 to CAMPAIGN_ATTRIBUTION_MAX_TOTAL.
 * @param[out] shares touch_count entries: shares[i] is touches[i]'s part,
 *             0 for a touch the model or the window leaves out. They sum
 *             to total exactly.
 * @return CAMPAIGN_OK; CAMPAIGN_ENOTFOUND when no touch is left on the path
 *         (every share 0, nothing to credit: not an error to report);
 *         CAMPAIGN_EINVALID for invalid arguments, with a diagnostic;
 *         CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_attribute(const campaign_attribution_options *options,
                                    const campaign_touch *touches, size_t touch_count,
                                    int64_t conversion_time, int64_t total, int64_t *shares,
                                    campaign_diags *diags);

/** One channel's part of a conversion. */
typedef struct campaign_attribution_share {
	const char *channel; /**< borrowed from the touch it came from */
	int64_t amount;      /**< units of the total */
} campaign_attribution_share;

/**
 * As campaign_attribute(), with the touches of one channel taken together:
 * each channel gets the whole units of its exact share (the sum of its
 * touches' exact shares) and the leftover units go to the largest
 * remainders, so a channel's amount is never off by the rounding of its
 * touches one by one (A, B, A linear gives A 66.67 and B 33.33).
 *
 * @param[out] channels room for touch_count entries (a path has at most as
 *             many channels as touches); receives one entry per channel with
 *             a part, in the order of their first touch on the path.
 * @param[out] channel_count the number of entries written.
 * @return as campaign_attribute(); CAMPAIGN_EINVALID also when a touch on
 *         the path has no channel.
 */
CAMPAIGN_API int campaign_attribute_channels(const campaign_attribution_options *options,
                                             const campaign_touch *touches, size_t touch_count,
                                             int64_t conversion_time, int64_t total,
                                             campaign_attribution_share *channels,
                                             size_t *channel_count, campaign_diags *diags);

CAMPAIGN_END_DECLS

#endif
