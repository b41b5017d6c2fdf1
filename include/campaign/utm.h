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
 * does not parse, is not http or https, has no host, or holds what a printed
 * link must not: a user name or password, a control character (escaped
 * ones included), port 0, an invisible character in the host.
 *
 * Warnings, with CAMPAIGN_OK: a host a phone that scans the printed link
 * cannot reach (localhost, a .local, .internal, .test, .example, .invalid
 * or single-label name, a loopback, private or link-local address), and a
 * host label that mixes scripts so as to pass for another name.
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

/**
 * The link as people read and type it, for printing beside a QR code for
 * those who cannot scan (templates' {{url_display}}): host and path, the
 * host in Unicode when it is punycode, escapes of readable UTF-8 in the path
 * decoded; no scheme, no query (the UTM parameters with it), no fragment,
 * no trailing slash. "https://xn--e1afmkfd.xn--p1ai/rally/?utm_source=x#top"
 * gives "пример.рф/rally".
 *
 * @param[out] out receives the text (NUL-terminated UTF-8); written only on
 *             success. Release it with campaign_buf_dispose().
 * @param url an absolute URL with a host, as campaign_utm_build() makes.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID for NULL or a URL that does not
 *         parse or has no host; CAMPAIGN_ETOOLONG; CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_url_display(campaign_buf *out, const char *url);

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
	/**
	 * joins the words of a value; NULL means "_", "" joins them with
	 * nothing. Inserted as given: one the convention itself removes or
	 * splits at (a quote, whitespace) changes on a second application.
	 */
	const char *separator;
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
 * Applies a naming convention to one value, in this order:
 * 1. NFC; with transliterate, Cyrillic to Latin by ICAO Doc 9303 and
 *    accented Latin letters to their base letters (other scripts kept);
 * 2. with lowercase, lower case letter by letter (locale-independent);
 * 3. the value is cut into words, which are joined by the separator, in NFC.
 *    A word is a run of letters and digits of any script with their
 *    combining marks, and a '.' between two of them ("t.me", "2.0").
 *    Apostrophes and quotation marks (' ’ ‘ ʼ ` ´ " “ ” „ « » and every other
 *    Unicode initial or final quote) and invisible characters (soft hyphen,
 *    zero-width and direction marks) are removed without ending the word.
 *    Everything else ends a word: whitespace, hyphens and dashes, other
 *    punctuation, symbols.
 *
 * "  Листовка  у ворот " gives "listovka_u_vorot"; "Riverside Clean-up Day"
 * and "Riverside Clean up Day" both give "riverside_clean_up_day", "People's
 * March" gives "peoples_march", "«Жизнь» — Митинг" gives "zhizn_miting".
 * Hyphens end a word because the same words must give the same value
 * however they were typed; a separator "-" puts hyphens between all words.
 * This is the convention a spec applies to its values and to its default
 * utm_campaign (made from the name, or the slug it was given), and that
 * `campaign utm` applies, so the same text gives the same value everywhere.
 * Applied twice, it changes nothing more (but see separator).
 *
 * The result may be empty (a value with no word); campaign_utm_build()
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
