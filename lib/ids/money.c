/* Amounts of money in minor units; the currencies' digits from ICU. */
#include "money.h"

#include <stdio.h>
#include <string.h>
#include <unicode/ucurr.h>
#include <unicode/ustring.h>

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

int
campaign__money_split(const char *text, struct money_text *out, const char **why)
{
	memset(out, 0, sizeof(*out));
	const char *p = text;
	if (*p == '-') {
		*why = "a cost must not be negative";
		return -1;
	}
	out->whole = p;
	while (is_digit(*p))
		p++;
	out->whole_len = (size_t)(p - out->whole);
	if (*p == '.') {
		out->fraction = ++p;
		while (is_digit(*p))
			p++;
		out->fraction_len = (size_t)(p - out->fraction);
	}
	if (out->whole_len == 0 || (out->fraction && out->fraction_len == 0)) {
		*why = *p == ',' || (out->fraction == NULL && *p == ' ' && is_digit(p[1]))
		               ? "write the amount without grouping and with '.' before the decimals, "
		                 "like 12000 or 49.90"
		               : "a cost is an amount with an optional currency, like 12000, 49.90 "
		                 "or \"12000 RUB\"";
		return -1;
	}
	if (*p == ' ') {
		while (*p == ' ')
			p++;
		size_t n = 0;
		while (n < 3 && p[n] >= 'A' && p[n] <= 'Z')
			n++;
		if (n == 3 && p[3] == '\0') {
			memcpy(out->currency, p, 3);
			return 0;
		}
		*why = "the currency after the amount is an ISO 4217 code in capitals, like RUB, EUR "
		       "or USD";
		return -1;
	}
	if (*p != '\0') {
		*why = *p == ','
		               ? "write the amount with '.' before the decimals, like 49.90"
		               : "a cost is an amount with an optional currency, like 12000, 49.90 or "
		                 "\"12000 RUB\"";
		return -1;
	}
	return 0;
}

int
campaign__currency_digits(const char *code)
{
	if (strlen(code) != 3)
		return -1;
	UChar iso[4];
	u_charsToUChars(code, iso, 4);
	UErrorCode ec = U_ZERO_ERROR;
	/* Legal tender at any time: an old code (RUR) is still a currency someone paid in. */
	if (!ucurr_isAvailable(iso, U_DATE_MIN, U_DATE_MAX, &ec) || U_FAILURE(ec))
		return -1;
	int32_t digits = ucurr_getDefaultFractionDigits(iso, &ec);
	return U_FAILURE(ec) || digits < 0 ? -1 : (int)digits;
}

int
campaign__money_minor(const struct money_text *m, int digits, uint64_t *minor, const char **why)
{
	if (m->fraction_len > (size_t)digits) {
		*why = digits == 0 ? "this currency has no minor unit: the amount takes no decimals"
		                   : "more decimals than the currency has";
		return -1;
	}
	uint64_t v = 0;
	for (size_t i = 0; i < m->whole_len + (size_t)digits; i++) {
		char c = i < m->whole_len ? m->whole[i]
		         : i - m->whole_len < m->fraction_len ? m->fraction[i - m->whole_len]
		                                              : '0';
		v = v * 10 + (uint64_t)(c - '0');
		if (v > MONEY_MINOR_MAX) {
			*why = "the amount is too large (at most 100 000 000 000 in a currency with cents)";
			return -1;
		}
	}
	*minor = v;
	return 0;
}

void
campaign__money_format(char *out, size_t size, uint64_t minor, int digits)
{
	uint64_t unit = 1;
	for (int i = 0; i < digits; i++)
		unit *= 10;
	if (digits == 0)
		snprintf(out, size, "%llu", (unsigned long long)minor);
	else
		snprintf(out, size, "%llu.%0*llu", (unsigned long long)(minor / unit), digits,
		         (unsigned long long)(minor % unit));
}

uint64_t
campaign__money_per(uint64_t amount, uint64_t count)
{
	uint64_t q = amount / count, rem = amount % count;
	/* rem * 2 >= count, without the overflow of rem * 2. */
	return rem >= count - rem ? q + 1 : q;
}
