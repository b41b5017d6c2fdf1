/*
 * Which display mask prints a number: the spec's masks by number prefix
 * (a UK mobile is not a London landline), and a default per country code
 * for a spec that gives none.
 *
 * Pure: no I/O, no global state.
 */
#include <string.h>

#include "ids/phone_internal.h"

/*
 * The defaults, in the international form printed where the campaign's
 * readers may call from abroad, grouped as the country writes its numbers.
 * A prefix is the digits after '+'. Only where a prefix fixes the length of
 * the numbers under it; a number the mask does not fit prints as E.164.
 */
static const struct phone_mask defaults[] = {
	{ "1", "+1 XXX-XXX-XXXX" },              /* NANP */
	{ "7", "+7 (XXX) XXX-XX-XX" },           /* Russia, Kazakhstan */
	{ "201", "+20 XXX XXX XXXX" },           /* Egypt, mobiles */
	{ "202", "+20 X XXXX XXXX" },            /* Egypt, Cairo */
	{ "316", "+31 X XXXX XXXX" },            /* Netherlands, mobiles */
	{ "3120", "+31 XX XXX XXXX" },           /* Netherlands, Amsterdam */
	{ "33", "+33 X XX XX XX XX" },           /* France */
	{ "34", "+34 XXX XX XX XX" },            /* Spain */
	{ "447", "+44 XXXX XXXXXX" },            /* United Kingdom, mobiles */
	{ "4420", "+44 XX XXXX XXXX" },          /* United Kingdom, London */
};

int
campaign__phone_prefix_digits(const char *written, char *out, size_t size)
{
	if (!written || written[0] != '+' || size == 0)
		return -1;
	size_t n = 0;
	for (const char *p = written + 1; *p; p++) {
		if (*p >= '0' && *p <= '9') {
			if (n + 1 >= size || (n == 0 && *p == '0'))
				return -1;
			out[n++] = *p;
		} else if (*p != ' ' && *p != '-' && *p != '(' && *p != ')') {
			return -1;
		}
	}
	out[n] = '\0';
	return n > 0 ? 0 : -1;
}

/* How many X the mask has: the digits it prints after the country code. */
static size_t
x_count(const char *mask)
{
	size_t n = 0;
	for (const char *p = mask; *p; p++)
		n += *p == 'X' || *p == 'x';
	return n;
}

/* The longest prefix of list that e164 starts with; NULL when none does. */
static const struct phone_mask *
longest(const char *e164, const struct phone_mask *list, size_t n)
{
	const struct phone_mask *best = NULL;
	size_t best_len = 0;
	for (size_t i = 0; e164 && e164[0] == '+' && i < n; i++) {
		size_t len = strlen(list[i].prefix);
		if (len > best_len && strncmp(e164 + 1, list[i].prefix, len) == 0) {
			best = &list[i];
			best_len = len;
		}
	}
	return best;
}

const struct phone_mask *
campaign__phone_mask_for(const char *e164, const struct phone_mask *list, size_t n)
{
	return longest(e164, list, n);
}

const char *
campaign__phone_default_mask(const char *e164)
{
	const struct phone_mask *m = longest(e164, defaults, sizeof(defaults) / sizeof(defaults[0]));
	if (!m)
		return NULL;
	size_t national = strlen(e164 + 1) - campaign__phone_cc_length(e164 + 1);
	return x_count(m->mask) == national ? m->mask : NULL;
}
