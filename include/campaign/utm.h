/*
 * libcampaign: UTM-tagged links and the naming conventions of UTM values.
 *
 * campaign_utm_build() adds a placement's UTM parameters to a landing URL
 * following campaign-spec(5):
 *  - the landing must be an absolute http or https URL;
 *  - its query is kept in order, byte for byte (existing escapes are not
 *    decoded or re-encoded, a valueless `?flag` stays valueless); only its
 *    non-ASCII bytes are percent-encoded, and its host is written in ASCII
 *    (punycode), so the result is pure ASCII;
 *  - the parameters follow in this order: utm_source, utm_medium,
 *    utm_campaign, utm_id, utm_term, utm_content, then GA4's
 *    utm_source_platform, utm_creative_format, utm_marketing_tactic, then
 *    the custom parameters in the order given;
 *  - a parameter the landing already has is replaced where it stands, and
 *    its later duplicates are dropped; the landing's other utm_* keys keep
 *    only their first non-empty occurrence (keys are compared after
 *    percent-decoding, utm_* keys ignoring ASCII case, so `UTM_Source` and
 *    `utm%5Fsource` are utm_source too);
 *  - values are percent-encoded once, as UTF-8 in NFC, with only
 *    A-Z a-z 0-9 - . _ ~ left bare (a space is %20, '+' is %2B);
 *  - a NULL or empty value is left out, never written as `utm_term=`;
 *  - an empty path becomes "/"; the fragment stays last, untouched.
 *
 * Thread-safety: every function here is pure and may be called from several
 * threads at once.
 */
#ifndef CAMPAIGN_UTM_H
#define CAMPAIGN_UTM_H

#include <campaign/common.h>
#include <campaign/diag.h>

CAMPAIGN_BEGIN_DECLS

/** The current version of campaign_utm. */
#define CAMPAIGN_UTM_VERSION 1

/**
 * The UTM values of one link. Strings are UTF-8, borrowed from the caller;
 * NULL or "" means "not set". source, medium and campaign are required.
 * Values are used as given: apply campaign_utm_apply_conventions() first to
 * get the campaign's naming convention.
 */
typedef struct campaign_utm {
	unsigned int version; /**< CAMPAIGN_UTM_VERSION */
	const char *source;   /**< utm_source (required) */
	const char *medium;   /**< utm_medium (required) */
	const char *campaign; /**< utm_campaign (required) */
	const char *id;       /**< utm_id */
	const char *term;     /**< utm_term */
	const char *content;  /**< utm_content */
	const char *source_platform;  /**< utm_source_platform (GA4) */
	const char *creative_format;  /**< utm_creative_format (GA4) */
	const char *marketing_tactic; /**< utm_marketing_tactic (GA4) */
	const campaign_param *params; /**< custom parameters, written in this order */
	size_t param_count;           /**< entries in params */
} campaign_utm;

/** Initializer: every value unset. */
#define CAMPAIGN_UTM_INIT \
	{ CAMPAIGN_UTM_VERSION, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0 }

/**
 * Initializes a campaign_utm, for bindings that cannot use CAMPAIGN_UTM_INIT.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID when version is not one this
 *         library knows.
 */
CAMPAIGN_API int campaign_utm_init(campaign_utm *utm, unsigned int version);

/**
 * Builds the UTM-tagged URL of base_url, by the rules at the top of this file.
 *
 * Every problem found is reported to diags, not only the first: a missing
 * utm_source, utm_medium or utm_campaign; a value or key that is not valid
 * UTF-8; a custom key that is empty, given twice, or names one of the nine
 * utm_* parameters above (set those through their fields); a base URL that
 * does not parse, is not http or https, or has no host.
 *
 * @param[out] out receives the URL (NUL-terminated ASCII); written only on
 *             success. Release it with campaign_buf_dispose().
 * @param base_url the landing URL, UTF-8.
 * @param utm the values; utm->version must be CAMPAIGN_UTM_VERSION.
 * @param diags receives diagnostics (no file or position); may be NULL.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID for invalid input;
 *         CAMPAIGN_ETOOLONG when the URL would be longer than 16 KiB;
 *         CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_utm_build(campaign_buf *out, const char *base_url,
                                    const campaign_utm *utm, campaign_diags *diags);

/** The current version of campaign_utm_conventions. */
#define CAMPAIGN_UTM_CONVENTIONS_VERSION 1

/**
 * A naming convention for UTM values, as the spec's `conventions:` block.
 * Inconsistent values ("Flyer", "flyer ", "листовка") split one channel
 * into several rows of a report; a convention applied at generation time
 * prevents that.
 */
typedef struct campaign_utm_conventions {
	unsigned int version;  /**< CAMPAIGN_UTM_CONVENTIONS_VERSION */
	int lowercase;         /**< nonzero: lower-case the value (`case: lower`) */
	const char *separator; /**< replaces each run of whitespace; NULL means "_", "" removes it */
	int transliterate;     /**< nonzero: Cyrillic and accented Latin to plain Latin */
} campaign_utm_conventions;

/** Initializer with the spec's defaults: lower case, "_", transliterate. */
#define CAMPAIGN_UTM_CONVENTIONS_INIT { CAMPAIGN_UTM_CONVENTIONS_VERSION, 1, "_", 1 }

/**
 * Initializes conventions to the defaults of CAMPAIGN_UTM_CONVENTIONS_INIT.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for an unknown version.
 */
CAMPAIGN_API int campaign_utm_conventions_init(campaign_utm_conventions *conv,
                                               unsigned int version);

/**
 * Applies a naming convention to one value: NFC; transliteration (ICAO
 * Doc 9303 for Cyrillic, base letters for accented Latin, everything else
 * kept); lower case (locale-independent); leading and trailing whitespace
 * removed and each inner run of whitespace replaced by the separator, as
 * given. "  Листовка  у ворот " gives "listovka_u_vorot".
 * The result may be empty (a value of only spaces); campaign_utm_build()
 * then treats it as not set.
 *
 * Applying the same convention to the entries of an `allowed:` list and
 * comparing the results with strcmp() is how such a list is checked.
 *
 * @param[out] out receives the value (UTF-8); release it with
 *             campaign_buf_dispose(). Written only on success.
 * @param value the value, UTF-8; NULL is treated as "".
 * @param conv the convention; NULL means CAMPAIGN_UTM_CONVENTIONS_INIT.
 * @param diags receives a diagnostic on failure; may be NULL.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID when value is not valid UTF-8
 *         or conv has an unknown version; CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_utm_apply_conventions(campaign_buf *out, const char *value,
                                                const campaign_utm_conventions *conv,
                                                campaign_diags *diags);

CAMPAIGN_END_DECLS

#endif
