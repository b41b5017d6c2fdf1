/* Facts about E.164 numbers shared by phone.c and phone_format.c. */
#ifndef CAMPAIGN_PHONE_INTERNAL_H
#define CAMPAIGN_PHONE_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

/* E.164 allows at most 15 digits; fewer than 7 is no public number anywhere. */
#define PHONE_MAX_DIGITS 15
#define PHONE_MIN_DIGITS 7

/*
 * The length of the country calling code that starts the digit string
 * (1 to 3). Calling codes are prefix-free, so the first digits decide.
 * Requires digits[0] to be '1'..'9' and at least 3 digits, or a shorter
 * string ending in NUL.
 */
size_t campaign__phone_cc_length(const char *digits);

/* The one length every national number of this country has, or 0 when it varies. */
unsigned campaign__phone_national_length(unsigned country_code);

/* Nonzero when s is "+" and 7 to 15 ASCII digits, the first not 0. */
int campaign__phone_is_e164(const char *s);

/*
 * Nonzero for the characters people put between a number's digits, or that
 * editors insert unseen: spaces of every width, dashes, '.', '/', the minus
 * sign, zero-width and direction marks. Brackets and a leading '+' are
 * handled apart, since they carry meaning.
 */
int campaign__phone_is_separator(uint32_t cp);

/*
 * A trunk prefix the rules can read: 1 to 3 digits ("8", "0", Hungary's
 * "06"). The spec's checks use it too, so a prefix the spec accepts is one
 * every pool number can be read with.
 */
#define PHONE_TRUNK_PREFIX_MAX 3
int campaign__phone_trunk_prefix_valid(const char *prefix);

/* A display mask for the numbers that start with prefix (the digits after '+'). */
struct phone_mask {
	const char *prefix;
	const char *mask;
};

/*
 * The digits of a prefix as people write it ("+44 7" gives "447") into out
 * (size bytes); -1 when it is not '+', digits and spaces, dashes or brackets.
 */
int campaign__phone_prefix_digits(const char *written, char *out, size_t size);

/* The entry of list whose prefix is the longest one e164 starts with; NULL when none. */
const struct phone_mask *campaign__phone_mask_for(const char *e164, const struct phone_mask *list,
                                                  size_t n);

/*
 * The mask a number is printed with when the spec gives none for it: by
 * its country code (and prefix) from a small table of common ones, when the
 * number has the length the mask prints; NULL: E.164 as it is.
 */
const char *campaign__phone_default_mask(const char *e164);

#endif
