/*
 * libcampaign: phone numbers.
 *
 * Tracking numbers are written by people in many ways ("+7 495 123-45-01",
 * "8 (495) 123-45-02", "84951234503"); the library keeps them in one form,
 * E.164 ("+74951234501": '+', country code, national number, 7 to 15 digits
 * in all), and derives every printed form from it: the display form through
 * a mask and the tel: URI of RFC 3966.
 *
 * These functions are pure: no I/O, no global state, no locale; they may be
 * called from several threads at once.
 */
#ifndef CAMPAIGN_PHONE_H
#define CAMPAIGN_PHONE_H

#include <campaign/common.h>
#include <campaign/diag.h>

CAMPAIGN_BEGIN_DECLS

/** The current version of campaign_phone_rules. */
#define CAMPAIGN_PHONE_RULES_VERSION 1

/**
 * How national numbers of one country are completed to E.164 (the spec's
 * `phones: country_code, trunk_prefix`).
 *
 * Initialize with CAMPAIGN_PHONE_RULES_INIT or campaign_phone_rules_init(),
 * then set the fields, so fields added later get their defaults.
 */
typedef struct campaign_phone_rules {
	unsigned int version; /**< CAMPAIGN_PHONE_RULES_VERSION */
	/**
	 * The country calling code national numbers get (7, 31, 375), or 0 when
	 * every number must be written in international form ("+..." or "00...").
	 */
	unsigned int country_code;
	/**
	 * The digits dialled before a national number inside the country ("8" in
	 * Russia, "0" in the Netherlands), removed when the country code is put in
	 * front; NULL or "" when there is none. Borrowed; must outlive the call.
	 */
	const char *trunk_prefix;
} campaign_phone_rules;

/** Rules with no country code and no trunk prefix. */
#define CAMPAIGN_PHONE_RULES_INIT { CAMPAIGN_PHONE_RULES_VERSION, 0, NULL }

/**
 * Initializes rules to CAMPAIGN_PHONE_RULES_INIT, for bindings that cannot
 * use the macro.
 * @param version CAMPAIGN_PHONE_RULES_VERSION.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for an unknown version.
 */
CAMPAIGN_API int campaign_phone_rules_init(campaign_phone_rules *rules, unsigned int version);

/**
 * Reads a phone number as people write it and gives its E.164 form.
 *
 * Accepted: digits (any script's decimal digits, so Arabic-Indic too);
 * separators: spaces (also no-break and thin spaces), '-', '.', '/', dashes,
 * and one level of round brackets; invisible direction marks; a leading
 * "tel:". The international form starts with '+' or with "00", and is taken
 * as it is, with one exception: "+31 (0)20 ..." drops a bracketed trunk
 * prefix right after the rules' own country code. A national number gets
 * the rules' country code, after its trunk prefix is removed when it has one.
 * For countries whose national numbers all have one length (+1 and +7: 10
 * digits, +33 and +34: 9) that length is checked, which also tells a
 * national "74951234567" (country code without '+') from a number without
 * trunk prefix. Otherwise an E.164 number has 7 to 15 digits.
 *
 * Rejected, each with its own diagnostic quoting the text: empty text,
 * letters, other characters, a second '+', '+' after a digit, unbalanced or
 * nested brackets, too few or too many digits, a country code starting with
 * 0, a national number when the rules have no country code.
 *
 * @param[out] out receives "+" and the digits; release it with
 *             campaign_buf_dispose(). Untouched on failure.
 * @param text the number, UTF-8, NUL-terminated.
 * @param rules country code and trunk prefix; NULL means
 *        CAMPAIGN_PHONE_RULES_INIT.
 * @param diags receives one error on failure, without a position; may be NULL.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID when text is not a phone number or
 *         the rules are invalid (country code not a valid calling code, trunk
 *         prefix not 1 to 3 digits); CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_phone_normalize(campaign_buf *out, const char *text,
                                          const campaign_phone_rules *rules,
                                          campaign_diags *diags);

/**
 * As campaign_phone_normalize(), reporting the error at a place in a file:
 * the spec loader passes the position of the YAML node the number came from,
 * so the diagnostic reads `spec.yaml:14:12: error: phone number ...`.
 * @param file the file named in the diagnostic; may be NULL. Copied.
 * @param line 1-based line, or 0 for none.
 * @param column 1-based column in code points, or 0 for none.
 */
CAMPAIGN_API int campaign_phone_normalize_at(campaign_buf *out, const char *text,
                                             const campaign_phone_rules *rules,
                                             const char *file, unsigned long line,
                                             unsigned long column, campaign_diags *diags);

/**
 * Formats an E.164 number for print through a display mask.
 *
 * Mask semantics: each 'X' (or 'x') takes the next digit of the national
 * number (the digits after the country code), so the mask must have exactly
 * as many X as the number has national digits. A mask may start with '+'
 * and the country code ("+7 (XXX) XXX-XX-XX"); those digits are copied and
 * must be the number's country code. Every other character (spaces,
 * brackets, dashes, digits such as a trunk prefix in "8 (XXX) XXX-XX-XX")
 * is copied as it is. Letters other than X and control characters are not
 * allowed. The country code of the number is found from its first digits:
 * calling codes are prefix-free (1 and 7 take one digit, the ITU's list of
 * two-digit codes two, every other code three).
 *
 * @param[out] out receives the display form; release it with
 *             campaign_buf_dispose(). Untouched on failure.
 * @param e164 a number in E.164 form, as given by campaign_phone_normalize().
 * @param mask the display mask, UTF-8.
 * @param diags receives one error on failure; may be NULL.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID when e164 is not E.164, the mask is
 *         invalid, its country code differs or its X count does not match;
 *         CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_phone_format(campaign_buf *out, const char *e164, const char *mask,
                                       campaign_diags *diags);

/**
 * Checks a display mask at validation time, before any number is formatted:
 * its characters, its leading country code against the rules', and, for
 * countries whose national numbers have one length, its X count.
 * @param rules may be NULL (then only the mask itself is checked).
 * @param file, line, column where the mask was written, for the diagnostic;
 *        NULL and 0 for none.
 * @return CAMPAIGN_OK, CAMPAIGN_EINVALID (one diagnostic), CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_phone_mask_check(const char *mask, const campaign_phone_rules *rules,
                                           const char *file, unsigned long line,
                                           unsigned long column, campaign_diags *diags);

/**
 * The tel: URI of an E.164 number (RFC 3966 global number without visual
 * separators): "+74951234567" gives "tel:+74951234567".
 * @param[out] out receives the URI; release it with campaign_buf_dispose().
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID when e164 is not E.164;
 *         CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_phone_tel_uri(campaign_buf *out, const char *e164,
                                        campaign_diags *diags);

CAMPAIGN_END_DECLS

#endif
