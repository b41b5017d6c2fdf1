/*
 * Phone numbers as people write them, read into E.164.
 *
 * Pure: no I/O, no global state, no locale (GLib's character classes are
 * locale-independent); safe to call from several threads.
 */
#include "campaign/phone.h"

#include <glib.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "core/options.h"
#include "core/versions.h"
#include "ids/phone_internal.h"
#include "util/strbuf.h"
#include "text/textquote.h"
#include "util/utf8.h"

/* Quoted user text in messages is cut here: enough to recognize a number. */
#define QUOTE_MAX 40
/* Digits kept while scanning; more than 15 is already an error. */
#define SCAN_MAX 32

/* The ITU's two-digit calling codes; every other code not 1 or 7 has three. */
static const char two_digit_codes[][3] = {
	"20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44",
	"45", "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58",
	"60", "61", "62", "63", "64", "65", "66", "81", "82", "84", "86", "90", "91",
	"92", "93", "94", "95", "98",
};

size_t
campaign__phone_cc_length(const char *digits)
{
	if (digits[0] == '1' || digits[0] == '7')
		return 1;
	if (!digits[0] || !digits[1])
		return 3;
	for (size_t i = 0; i < sizeof(two_digit_codes) / sizeof(two_digit_codes[0]); i++)
		if (digits[0] == two_digit_codes[i][0] && digits[1] == two_digit_codes[i][1])
			return 2;
	return 3;
}

unsigned
campaign__phone_national_length(unsigned country_code)
{
	/*
	 * Only countries where every number, toll-free ones included, has the
	 * same length: a wrong entry here would reject real numbers.
	 */
	switch (country_code) {
	case 1: return 10;  /* NANP */
	case 7: return 10;  /* Russia, Kazakhstan: 8-800-... is 800 + 7 digits too */
	case 33: return 9;  /* France */
	case 34: return 9;  /* Spain */
	default: return 0;
	}
}

int
campaign__phone_is_e164(const char *s)
{
	if (!s || s[0] != '+' || s[1] < '1' || s[1] > '9')
		return 0;
	size_t n = 0;
	for (const char *p = s + 1; *p; p++, n++)
		if (*p < '0' || *p > '9')
			return 0;
	return n >= PHONE_MIN_DIGITS && n <= PHONE_MAX_DIGITS;
}

static const campaign_phone_rules rules_defaults = CAMPAIGN_PHONE_RULES_INIT;

int
campaign_phone_rules_init(campaign_phone_rules *rules, unsigned int version)
{
	return campaign__struct_init(rules, version, &rules_defaults, campaign__sizes_phone_rules,
	                             CAMPAIGN__VERSIONS(campaign__sizes_phone_rules));
}

struct where {
	const char *text;
	const char *file;
	unsigned long line, column;
	campaign_diags *diags;
};

/* Reports "phone number 'TEXT' <what>" and returns CAMPAIGN_EINVALID. */
static int fail(const struct where *w, const char *fmt, ...) CAMPAIGN_PRINTF(2, 3);

static int
fail(const struct where *w, const char *fmt, ...)
{
	char what[256], quoted[QUOTE_MAX * 4 + 8];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	campaign__quote_into(quoted, sizeof(quoted), w->text, QUOTE_MAX);
	campaign_diags_add(w->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, w->file, w->line,
	                   w->column, "phone number '%s' %s", quoted, what);
	return CAMPAIGN_EINVALID;
}

/* A character for a message: itself when printable, else U+XXXX. */
static const char *
show_char(char buf[16], uint32_t cp, const char *bytes, size_t n)
{
	if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || !g_unichar_isgraph(cp))
		snprintf(buf, 16, "U+%04X", (unsigned)cp);
	else
		snprintf(buf, 16, "'%.*s'", (int)n, bytes);
	return buf;
}

int
campaign__phone_is_separator(uint32_t cp)
{
	if (cp == '-' || cp == '.' || cp == '/' || cp == 0x2212 /* minus sign */)
		return 1;
	if (g_unichar_isspace(cp) || g_unichar_type(cp) == G_UNICODE_DASH_PUNCTUATION)
		return 1;
	/* Zero-width spaces and joiners, direction marks and isolates, BOM. */
	return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
	       (cp >= 0x2060 && cp <= 0x2069) || cp == 0x061C || cp == 0xFEFF;
}

struct scan {
	char digits[SCAN_MAX + 1]; /* ASCII, NUL-terminated, first SCAN_MAX only */
	size_t n;                  /* digits seen, may exceed SCAN_MAX */
	int plus;
	int have_group;            /* the first bracketed group: */
	size_t group_start;        /*   index of its first digit */
	size_t group_len;          /*   its digit count */
};

static int
scan_text(struct scan *sc, const struct where *w)
{
	const char *s = w->text;
	size_t len = strlen(s);
	if (campaign__utf8_validate(s, len) != len)
		return fail(w, "is not valid UTF-8");
	memset(sc, 0, sizeof(*sc));
	size_t i = 0;
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	/* RFC 3966 URIs are numbers too, so resolve can take a tel: link. */
	if (len - i >= 4 && g_ascii_strncasecmp(s + i, "tel:", 4) == 0)
		i += 4;
	int in_group = 0;
	while (i < len) {
		uint32_t cp;
		size_t n = campaign__utf8_decode((const unsigned char *)s + i, len - i, &cp);
		char shown[16];
		int value = g_unichar_digit_value(cp);
		if (value >= 0) {
			if (sc->n < SCAN_MAX)
				sc->digits[sc->n] = (char)('0' + value);
			sc->n++;
			if (in_group)
				sc->group_len++;
		} else if (cp == '+') {
			if (sc->plus)
				return fail(w, "has more than one '+'");
			if (sc->n > 0 || sc->have_group)
				return fail(w, "has '+' in the middle; '+' may only start an "
				            "international number");
			sc->plus = 1;
		} else if (cp == '(') {
			if (in_group)
				return fail(w, "has nested brackets");
			in_group = 1;
			if (!sc->have_group) {
				sc->have_group = 1;
				sc->group_start = sc->n;
			}
		} else if (cp == ')') {
			if (!in_group)
				return fail(w, "has ')' without a matching '('");
			in_group = 0;
		} else if (campaign__phone_is_separator(cp)) {
			/* skipped */
		} else if (g_unichar_isalpha(cp)) {
			return fail(w, "contains the letter %s; a phone number has only digits "
			            "and separators", show_char(shown, cp, s + i, n));
		} else {
			return fail(w, "contains %s, which is not a digit or a separator",
			            show_char(shown, cp, s + i, n));
		}
		i += n;
	}
	if (in_group)
		return fail(w, "has '(' without a matching ')'");
	if (sc->n == 0)
		return fail(w, "has no digits");
	sc->digits[sc->n < SCAN_MAX ? sc->n : SCAN_MAX] = '\0';
	return CAMPAIGN_OK;
}

static int
check_rules(const campaign_phone_rules *rules, const struct where *w, char cc[8])
{
	cc[0] = '\0';
	if (rules->country_code) {
		if (rules->country_code > 999)
			return fail(w, "cannot be read: %u is not a country calling code",
			            rules->country_code);
		snprintf(cc, 8, "%u", rules->country_code % 1000);
		if (campaign__phone_cc_length(cc) != strlen(cc))
			return fail(w, "cannot be read: %u is not a country calling code",
			            rules->country_code);
	}
	const char *t = rules->trunk_prefix;
	if (t && *t && !campaign__phone_trunk_prefix_valid(t))
		return fail(w, "cannot be read: trunk prefix '%.*s' is not 1 to 3 digits",
		            CAMPAIGN__UTF8_CUT(t, 8));
	return CAMPAIGN_OK;
}

int
campaign__phone_trunk_prefix_valid(const char *prefix)
{
	size_t n = strspn(prefix, "0123456789");
	return n >= 1 && n <= PHONE_TRUNK_PREFIX_MAX && prefix[n] == '\0';
}

static int
starts_with(const char *digits, const char *prefix)
{
	return prefix && *prefix && strncmp(digits, prefix, strlen(prefix)) == 0;
}

/*
 * Splits the scanned digits into country code and national number:
 * *national points into sc->digits, cc receives the code.
 */
static int
split(struct scan *sc, const campaign_phone_rules *rules, const char *rules_cc,
      const struct where *w, char cc[8], const char **national)
{
	const char *d = sc->digits;
	size_t n = sc->n;
	int international = sc->plus;
	if (!international && n > 2 && d[0] == '0' && d[1] == '0') {
		/* "00" is the ITU's international prefix; "810" or "011" are not taken. */
		international = 1;
		d += 2;
		n -= 2;
		if (sc->have_group)
			sc->group_start = sc->group_start >= 2 ? sc->group_start - 2 : 0;
	}
	if (n > PHONE_MAX_DIGITS)
		return fail(w, "has %zu digits; E.164 allows at most %d", n, PHONE_MAX_DIGITS);
	if (international) {
		if (d[0] == '0')
			return fail(w, "has a country code starting with 0");
		size_t cc_len = campaign__phone_cc_length(d);
		if (n < PHONE_MIN_DIGITS)
			return fail(w, "has too few digits (%zu); E.164 needs at least %d", n,
			            PHONE_MIN_DIGITS);
		memcpy(cc, d, cc_len);
		cc[cc_len] = '\0';
		d += cc_len;
		n -= cc_len;
		/* "+31 (0)20 ...": the trunk prefix in brackets is not dialled from abroad. */
		const char *t = rules->trunk_prefix;
		if (sc->have_group && strcmp(cc, rules_cc) == 0 && t && *t &&
		    sc->group_start == cc_len && sc->group_len == strlen(t) && starts_with(d, t)) {
			d += sc->group_len;
			n -= sc->group_len;
		}
		unsigned known = campaign__phone_national_length((unsigned)strtoul(cc, NULL, 10));
		if (known && n != known)
			return fail(w, "has %zu digits after the country code +%s; numbers in "
			            "+%s have %u", n, cc, cc, known);
	} else {
		if (!rules_cc[0])
			return fail(w, "has no country code; write it as +CC... or set the "
			            "country code");
		memcpy(cc, rules_cc, strlen(rules_cc) + 1);
		const char *t = rules->trunk_prefix;
		size_t t_len = t ? strlen(t) : 0, cc_len = strlen(cc);
		unsigned known = campaign__phone_national_length(rules->country_code);
		if (known) {
			if (starts_with(d, t) && n - t_len == known) {
				d += t_len;
				n -= t_len;
			} else if (n == known) {
				/* a national number written without its trunk prefix */
			} else if (starts_with(d, cc) && n - cc_len == known) {
				/* the country code written without '+': "7 495 123-45-67" */
				d += cc_len;
				n -= cc_len;
			} else if (t_len) {
				return fail(w, "has %zu digits; a national number in +%s has %u "
				            "(%zu with the trunk prefix %s)", n, cc, known,
				            known + t_len, t);
			} else {
				return fail(w, "has %zu digits; a national number in +%s has %u",
				            n, cc, known);
			}
		} else if (starts_with(d, t)) {
			d += t_len;
			n -= t_len;
		}
		if (n + cc_len > PHONE_MAX_DIGITS)
			return fail(w, "has %zu digits with the country code +%s; E.164 allows at "
			            "most %d", n + cc_len, cc, PHONE_MAX_DIGITS);
	}
	/* n counts the national digits now. */
	if (n + strlen(cc) < PHONE_MIN_DIGITS)
		return fail(w, "has too few digits (%zu with the country code); E.164 needs at "
		            "least %d", n + strlen(cc), PHONE_MIN_DIGITS);
	*national = d;
	return CAMPAIGN_OK;
}

static int
normalize(campaign_buf *out, const char *text, const campaign_phone_rules *rules,
          const struct where *w)
{
	campaign_phone_rules r;
	if (campaign__options_copy(&r, rules, &rules_defaults, campaign__sizes_phone_rules,
	                           CAMPAIGN__VERSIONS(campaign__sizes_phone_rules)))
		return fail(w, "cannot be read: unknown phone rules version %u", rules->version);
	rules = &r;
	char rules_cc[8], cc[8];
	int rc = check_rules(rules, w, rules_cc);
	if (rc)
		return rc;
	const char *p = text;
	while (*p == ' ' || *p == '\t')
		p++;
	if (!*p) {
		campaign_diags_add(w->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, w->file,
		                   w->line, w->column, "phone number is empty");
		return CAMPAIGN_EINVALID;
	}
	struct scan sc;
	rc = scan_text(&sc, w);
	if (rc)
		return rc;
	const char *national = NULL;
	rc = split(&sc, rules, rules_cc, w, cc, &national);
	if (rc)
		return rc;
	struct strbuf b;
	campaign__strbuf_init(&b, 64);
	campaign__strbuf_addc(&b, '+');
	campaign__strbuf_adds(&b, cc);
	campaign__strbuf_adds(&b, national);
	return campaign__strbuf_to_buf(&b, out);
}

int
campaign_phone_normalize_at(campaign_buf *out, const char *text,
                            const campaign_phone_rules *rules, const char *file,
                            unsigned long line, unsigned long column, campaign_diags *diags)
{
	struct where w = { text ? text : "", file, line, column, diags };
	return normalize(out, w.text, rules, &w);
}

int
campaign_phone_normalize(campaign_buf *out, const char *text,
                         const campaign_phone_rules *rules, campaign_diags *diags)
{
	return campaign_phone_normalize_at(out, text, rules, NULL, 0, 0, diags);
}

int
campaign_phone_tel_uri(campaign_buf *out, const char *e164, campaign_diags *diags)
{
	if (!campaign__phone_is_e164(e164)) {
		struct where w = { e164 ? e164 : "", NULL, 0, 0, diags };
		return fail(&w, "is not in E.164 form ('+' and 7 to 15 digits)");
	}
	/* RFC 3966 global-number-digits: '+' and the digits, no visual separators needed. */
	struct strbuf b;
	campaign__strbuf_init(&b, 64);
	campaign__strbuf_adds(&b, "tel:");
	campaign__strbuf_adds(&b, e164);
	return campaign__strbuf_to_buf(&b, out);
}
