/*
 * Printed forms of an E.164 number: the display mask of the spec
 * ("+7 (XXX) XXX-XX-XX") and its validation.
 *
 * Pure: no I/O, no global state; safe to call from several threads.
 */
#include "campaign/phone.h"

#include <glib.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "ids/hashtag_internal.h"
#include "ids/phone_internal.h"
#include "util/strbuf.h"
#include "text/textquote.h"
#include "util/utf8.h"
#include "text/unichar.h"

#define QUOTE_MAX 40
/* A mask longer than this is not a phone number layout but a mistake. */
#define MASK_MAX_CHARS 64

struct mask_where {
	const char *mask;
	const char *file;
	unsigned long line, column;
	campaign_diags *diags;
};

static int mask_fail(const struct mask_where *w, const char *fmt, ...) CAMPAIGN_PRINTF(2, 3);

/* Reports "display mask 'MASK' <what>" and returns CAMPAIGN_EINVALID. */
static int
mask_fail(const struct mask_where *w, const char *fmt, ...)
{
	char what[256], quoted[QUOTE_MAX * 4 + 8];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	campaign__quote_into(quoted, sizeof(quoted), w->mask, QUOTE_MAX);
	campaign_diags_add(w->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, w->file, w->line,
	                   w->column, "display mask '%s' %s", quoted, what);
	return CAMPAIGN_EINVALID;
}

struct mask_info {
	char cc[4];        /* the country code after a leading '+', or "" */
	size_t cc_end;     /* byte offset just after it */
	size_t xcount;     /* placeholders for national digits */
};

static int
is_placeholder(uint32_t cp)
{
	return cp == 'X' || cp == 'x';
}

/*
 * Whether cp prints as an X: a Cyrillic or Greek look-alike, a fullwidth or
 * bold X, or a character whose compatibility form is X alone (the Roman
 * numeral ten, U+2169).
 */
static int
looks_like_x(uint32_t cp)
{
	uint32_t plain = campaign__unichar_unstyled(cp);
	if (plain == 'X' || plain == 'x')
		return 1;
	gunichar compat[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
	if (cp >= 0x80 && g_unichar_fully_decompose(cp, TRUE, compat, G_N_ELEMENTS(compat)) == 1 &&
	    (compat[0] == 'X' || compat[0] == 'x'))
		return 1;
	char folded[8] = "";
	g_unichar_to_utf8(g_unichar_tolower(plain), folded);
	campaign__hashtag_fold_lookalikes(folded);
	return strcmp(folded, "x") == 0;
}

/*
 * A digit that is not 0-9: of another script (Arabic-Indic), or a number
 * sign (Roman numerals, circled or superscript digits), which prints as
 * something no one dials.
 */
static int
is_other_digit(uint32_t cp)
{
	GUnicodeType t = g_unichar_type(cp);
	return cp > '9' && (t == G_UNICODE_DECIMAL_NUMBER || t == G_UNICODE_LETTER_NUMBER ||
	                    t == G_UNICODE_OTHER_NUMBER);
}

/*
 * A letter or a digit of another script in a mask: say what it is, since a
 * Cyrillic Х looks exactly like the X that was meant, and what to write.
 */
static int
not_ascii_x(const struct mask_where *w, const char *at, size_t n, uint32_t cp)
{
	char name[UNICHAR_DESCRIBE_MAX];
	if (looks_like_x(cp))
		return mask_fail(w, "contains '%.*s' (%s), which looks like X but is not: write the "
		                 "Latin capital X (U+0058) for each digit of the number", (int)n, at,
		                 campaign__unichar_describe(cp, name));
	if (is_other_digit(cp))
		return mask_fail(w, "contains '%.*s' (%s): the number prints in the digits 0-9, so "
		                 "write X for each of its digits and 0-9 for a fixed one", (int)n, at,
		                 campaign__unichar_describe(cp, name));
	if (cp < 0x80)
		return mask_fail(w, "contains the letter '%.*s'; write X for each digit of the number",
		                 (int)n, at);
	return mask_fail(w, "contains the letter '%.*s' (%s); write X for each digit of the number",
	                 (int)n, at, campaign__unichar_describe(cp, name));
}

/* A symbol beyond ASCII where only separators may stand, named by its code point. */
static int
not_a_separator(const struct mask_where *w, const char *at, size_t n, uint32_t cp)
{
	char name[UNICHAR_DESCRIBE_MAX];
	return mask_fail(w, "contains '%.*s' (%s); between the digits use spaces, '-', '.', '/' "
	                 "or brackets", (int)n, at, campaign__unichar_describe(cp, name));
}

static int
parse_mask(const char *mask, struct mask_info *mi, const struct mask_where *w)
{
	memset(mi, 0, sizeof(*mi));
	size_t len = strlen(mask);
	if (len == 0) {
		campaign_diags_add(w->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, w->file,
		                   w->line, w->column, "display mask is empty");
		return CAMPAIGN_EINVALID;
	}
	if (campaign__utf8_validate(mask, len) != len)
		return mask_fail(w, "is not valid UTF-8");
	if (campaign__utf8_count(mask, len) > MASK_MAX_CHARS)
		return mask_fail(w, "is longer than %d characters", MASK_MAX_CHARS);
	size_t i = 0;
	if (mask[0] == '+') {
		size_t run = strspn(mask + 1, "0123456789");
		uint32_t next = 0;
		size_t next_len = campaign__utf8_decode((const unsigned char *)mask + 1, len - 1, &next);
		if (run == 0 && next_len > 1 &&
		    (is_other_digit(next) || g_unichar_isalpha(next) || looks_like_x(next)))
			return not_ascii_x(w, mask + 1, next_len, next); /* "+７": a digit, but not 0-9 */
		if (run == 0 || mask[1] == '0')
			return mask_fail(w, "has '+' without a country code after it");
		char digits[4] = { 0 };
		memcpy(digits, mask + 1, run < 3 ? run : 3);
		size_t cc_len = campaign__phone_cc_length(digits);
		if (run < cc_len)
			return mask_fail(w, "starts with '+%.*s', which is not a country "
			                 "calling code", (int)run, mask + 1);
		memcpy(mi->cc, digits, cc_len);
		mi->cc[cc_len] = '\0';
		i = 1 + cc_len;
		mi->cc_end = i;
	}
	while (i < len) {
		uint32_t cp;
		size_t n = campaign__utf8_decode((const unsigned char *)mask + i, len - i, &cp);
		if (is_placeholder(cp))
			mi->xcount++;
		else if (cp == '+')
			return mask_fail(w, "has '+' after the start; only the country code "
			                 "may follow a leading '+'");
		else if (g_unichar_isalpha(cp) || is_other_digit(cp) || looks_like_x(cp))
			return not_ascii_x(w, mask + i, n, cp);
		else if (cp < 0x20 || campaign__unichar_hazard(cp) != UNICHAR_PLAIN) {
			/*
			 * The pool's numbers may carry these (they are read, not
			 * printed), but the mask is printed around every digit: a
			 * right-to-left mark turns "+7 (495)" into "(495) 7+".
			 */
			char name[UNICHAR_DESCRIBE_MAX];
			enum unichar_hazard h = campaign__unichar_hazard(cp);
			if (h == UNICHAR_PLAIN || h == UNICHAR_CONTROL) /* a tab or line break, too */
				return mask_fail(w, "contains the control character U+%04X", (unsigned)cp);
			return mask_fail(w, "contains %s, %s", campaign__unichar_describe(cp, name),
			                 campaign__unichar_why(h));
		}
		else if (!(cp >= '0' && cp <= '9') && cp != '(' && cp != ')' &&
		         !campaign__phone_is_separator(cp))
			/*
			 * A printed number must read back as one: `resolve` parses
			 * it like the pool. Beyond ASCII the code point is named, as
			 * a symbol can look like an allowed one.
			 */
			return cp < 0x80 ? mask_fail(w, "contains '%.*s'; between the digits use spaces, "
			                             "'-', '.', '/' or brackets", (int)n, mask + i)
			                 : not_a_separator(w, mask + i, n, cp);
		i += n;
	}
	if (mi->xcount == 0)
		return mask_fail(w, "has no X for the digits of the number");
	return CAMPAIGN_OK;
}

int
campaign_phone_format(campaign_buf *out, const char *e164, const char *mask,
                      campaign_diags *diags)
{
	struct mask_where w = { mask ? mask : "", NULL, 0, 0, diags };
	if (!campaign__phone_is_e164(e164)) {
		char quoted[QUOTE_MAX * 4 + 8];
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "phone number '%s' is not in E.164 form ('+' and 7 to 15 "
		                   "digits)",
		                   campaign__quote_into(quoted, sizeof(quoted), e164 ? e164 : "",
		                                        QUOTE_MAX));
		return CAMPAIGN_EINVALID;
	}
	struct mask_info mi;
	int rc = parse_mask(w.mask, &mi, &w);
	if (rc)
		return rc;
	const char *digits = e164 + 1;
	size_t cc_len = campaign__phone_cc_length(digits);
	const char *national = digits + cc_len;
	size_t national_len = strlen(national);
	if (mi.cc[0] && (strlen(mi.cc) != cc_len || memcmp(mi.cc, digits, cc_len) != 0))
		return mask_fail(&w, "is for numbers in +%s, not for %s", mi.cc, e164);
	if (mi.xcount != national_len)
		return mask_fail(&w, "has %zu X, but %s has %zu digits after its country "
		                 "code +%.*s", mi.xcount, e164, national_len, (int)cc_len,
		                 digits);
	struct strbuf b;
	campaign__strbuf_init(&b, 4 * MASK_MAX_CHARS + 1);
	campaign__strbuf_add(&b, w.mask, mi.cc_end);
	for (const char *p = w.mask + mi.cc_end; *p; p++) {
		if (is_placeholder((unsigned char)*p))
			campaign__strbuf_addc(&b, *national++);
		else
			campaign__strbuf_addc(&b, *p);
	}
	return campaign__strbuf_to_buf(&b, out);
}

/*
 * A printed number must dial the number it stands for, and `resolve` must
 * trace it back: digits in the mask other than the country code and the
 * trunk prefix ("8XX" where the trunk prefix is 0) would print another
 * number. A sample number is printed through the mask and read back with
 * the rules people's numbers are read with.
 */
static int
check_reads_back(const struct mask_where *w, unsigned cc, size_t xcount,
                 const campaign_phone_rules *rules)
{
	char e164[40];
	int n = snprintf(e164, sizeof(e164), "+%u", cc);
	for (size_t i = 0; i < xcount && n < (int)sizeof(e164) - 1; i++)
		e164[n++] = (char)('2' + i % 8);
	e164[n] = '\0';
	if (!campaign__phone_is_e164(e164))
		return CAMPAIGN_OK; /* too many X: the formatting reports it per number */
	campaign_buf printed = CAMPAIGN_BUF_INIT, read_back = CAMPAIGN_BUF_INIT;
	int rc = campaign_phone_format(&printed, e164, w->mask, NULL);
	if (rc == CAMPAIGN_OK && campaign_phone_normalize(&read_back, printed.ptr, rules, NULL) == CAMPAIGN_OK &&
	    strcmp(read_back.ptr, e164) == 0)
		rc = CAMPAIGN_OK;
	else if (rc != CAMPAIGN_ENOMEM)
		rc = mask_fail(w, "prints %s as '%s', which reads as %s; besides X, a mask may hold only "
		               "the country code after '+' and the trunk prefix", e164,
		               printed.ptr ? printed.ptr : "", read_back.ptr ? read_back.ptr : "no number");
	campaign_buf_dispose(&printed);
	campaign_buf_dispose(&read_back);
	return rc;
}

int
campaign_phone_mask_check(const char *mask, const campaign_phone_rules *rules,
                          const char *file, unsigned long line, unsigned long column,
                          campaign_diags *diags)
{
	struct mask_where w = { mask ? mask : "", file, line, column, diags };
	struct mask_info mi;
	int rc = parse_mask(w.mask, &mi, &w);
	if (rc)
		return rc;
	unsigned cc = mi.cc[0] ? (unsigned)strtoul(mi.cc, NULL, 10) : 0;
	if (rules && rules->country_code) {
		if (cc && cc != rules->country_code)
			return mask_fail(&w, "starts with +%s, but the country code is %u", mi.cc,
			                 rules->country_code);
		cc = rules->country_code;
	}
	unsigned known = campaign__phone_national_length(cc);
	if (known && mi.xcount != known)
		return mask_fail(&w, "has %zu X; numbers in +%u have %u digits after the country "
		                 "code", mi.xcount, cc, known);
	return cc && rules ? check_reads_back(&w, cc, mi.xcount, rules) : CAMPAIGN_OK;
}
