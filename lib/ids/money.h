/*
 * An amount of money as a spec writes it ("12000", "49.90", "12000 RUB"),
 * kept as an integer count of the currency's minor units (kopecks, cents):
 * a sum of costs must come out to the last kopeck, which no float promises.
 * The currencies and their minor units are ICU's (ISO 4217, CLDR's digits).
 */
#ifndef CAMPAIGN_IDS_MONEY_H
#define CAMPAIGN_IDS_MONEY_H

#include <stddef.h>
#include <stdint.h>

/* The largest amount accepted, in minor units: a million placements' sum still fits 64 bits. */
#define MONEY_MINOR_MAX ((uint64_t)10000000000000) /* 10^13 */

/* An amount as written, split: digits before and after the point, and the code if any. */
struct money_text {
	const char *whole;  /* digits */
	size_t whole_len;
	const char *fraction; /* digits after '.', or NULL */
	size_t fraction_len;
	char currency[4];   /* "RUB", or "" when the amount names none */
};

/*
 * Splits "12000", "49.90 EUR" or "12000 RUB".
 * @return 0, or -1 with *why saying what is wrong (a static string).
 */
int campaign__money_split(const char *text, struct money_text *out, const char **why);

/* The digits after the point of an ISO 4217 currency (2 for RUB, 0 for JPY); -1 when it is none. */
int campaign__currency_digits(const char *code);

/*
 * The amount in minor units of a currency with `digits` digits after the point.
 * @return 0, or -1 with *why (more decimals than the currency has, too large).
 */
int campaign__money_minor(const struct money_text *m, int digits, uint64_t *minor,
                          const char **why);

/* minor units as a decimal: 4990 with 2 digits -> "49.90". */
void campaign__money_format(char *out, size_t size, uint64_t minor, int digits);

/*
 * amount / count in minor units, rounded half up (0.5 kopeck up): exact,
 * whatever the sizes. count must not be 0.
 */
uint64_t campaign__money_per(uint64_t amount, uint64_t count);

#endif
