#include "ids/record_values.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "campaign/status.h"
#include "ids/hashtag_internal.h"
#include "ids/url.h"
#include "text/unichar.h"
#include "util/utf8.h"

/*
 * Whether url is one the landing checks certainly pass, seen without
 * parsing: a plain lower-case ASCII host (no punycode, port, user or
 * address) and a rest of characters no rule refuses, escapes that cannot
 * be controls. A ledger of a million links is read and written back on
 * every build, and parsing each one was a quarter of a rebuild; anything
 * this does not vouch for gets the full check.
 */
/* Bit c & 63 of a mask, for the two halves of ASCII below. */
#define CHAR_BIT_OF(c) ((uint64_t)1 << ((unsigned)(c) & 63))

/*
 * Whether c may stand in a plain URL's path, query or fragment as it is:
 * letters, digits, and "-._~!$&'()*+,;=:@/?#" (RFC 3986's unreserved and
 * sub-delims, with ':' '@' '/' '?' '#'). Two masks, not strchr() per byte:
 * this is read for every byte of a million links.
 */
static int
plain_url_char(unsigned char c)
{
	static const uint64_t low = /* 0-63: digits and marks */
	        0x03FF000000000000u | CHAR_BIT_OF('!') | CHAR_BIT_OF('#') | CHAR_BIT_OF('$') |
	        CHAR_BIT_OF('&') | CHAR_BIT_OF('\'') | CHAR_BIT_OF('(') | CHAR_BIT_OF(')') |
	        CHAR_BIT_OF('*') | CHAR_BIT_OF('+') | CHAR_BIT_OF(',') | CHAR_BIT_OF('-') |
	        CHAR_BIT_OF('.') | CHAR_BIT_OF('/') | CHAR_BIT_OF(':') | CHAR_BIT_OF(';') |
	        CHAR_BIT_OF('=') | CHAR_BIT_OF('?');
	static const uint64_t high = /* 64-127: letters, '@', '_', '~' */
	        0x07FFFFFE07FFFFFEu | CHAR_BIT_OF('@') | CHAR_BIT_OF('_') | CHAR_BIT_OF('~');
	return c < 64 ? (int)((low >> c) & 1) : c < 128 ? (int)((high >> (c - 64)) & 1) : 0;
}

static int
plainly_fine(const char *url)
{
	const char *p = strncmp(url, "https://", 8) == 0 ? url + 8
	                : strncmp(url, "http://", 7) == 0 ? url + 7 : NULL;
	if (!p)
		return 0;
	const char *host = p, *label = p;
	for (; *p && *p != '/' && *p != '?' && *p != '#'; p++) {
		if (*p == '.') {
			if (p == label || p[-1] == '-')
				return 0;
			label = p + 1;
		} else if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-') ||
		           (p == label && *p == '-') || p - label >= 63) {
			return 0;
		}
	}
	/* Not empty, no dot or '-' last, a last label that no browser reads as a number. */
	const char *punycode = strstr(host, "xn--");
	if (p == host || p == label || p[-1] == '-' || p - host > 253 || (*label >= '0' && *label <= '9') ||
	    (punycode && punycode < p))
		return 0;
	for (; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c == '%') {
			/* %0x, %1x, %7F and %C2%8x-%9x are controls: the full check names them. */
			if (!p[1] || !strchr("0123456789abcdefABCDEF", p[1]) || !p[2] ||
			    !strchr("0123456789abcdefABCDEF", p[2]) || strchr("017Cc", p[1]))
				return 0;
			p += 2;
		} else if (!plain_url_char(c)) {
			return 0;
		}
	}
	return p - url <= URL_MAX_LENGTH;
}

const char *
campaign__record_url_problem(const char *url, size_t *offset, char *why, size_t size)
{
	*offset = 0;
	size_t n = strlen(url);
	if (n == 0)
		return "the URL is empty";
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)url[i];
		if (c > 0x20 && c < 0x7F)
			continue;
		*offset = i;
		uint32_t cp = c;
		if (c >= 0x80 && !campaign__utf8_decode((const unsigned char *)url + i, n - i, &cp))
			return "the URL is not UTF-8 text";
		char name[UNICHAR_DESCRIBE_MAX];
		snprintf(why, size, "the URL holds %s, which no build writes (every character but "
		         "printable ASCII is percent-encoded, and hosts are punycode)",
		         campaign__unichar_describe(cp, name));
		return why;
	}
	if (plainly_fine(url))
		return NULL;
	struct url_error err = { 0 };
	int rc = campaign__url_check_landing(url, &err, NULL, NULL);
	if (rc == CAMPAIGN_OK)
		return NULL;
	if (rc == CAMPAIGN_ENOMEM)
		return NULL; /* not the value's fault: the caller's next allocation says so */
	*offset = err.offset < n ? err.offset : 0;
	snprintf(why, size, "%s", rc == CAMPAIGN_ETOOLONG ? "the URL is too long" : err.message);
	return why;
}

const char *
campaign__record_tag_problem(const char *tag, size_t *offset, char *why, size_t size)
{
	*offset = 0;
	if (tag[0] != '#' || !tag[1])
		return "a hashtag is '#' and at least one letter";
	size_t n = strlen(tag);
	int seen = 0; /* a letter or digit so far: the first must be a letter */
	for (size_t i = 1; i < n;) {
		uint32_t cp;
		size_t used = campaign__utf8_decode((const unsigned char *)tag + i, n - i, &cp);
		*offset = i;
		if (!used)
			return "not UTF-8 text";
		enum unichar_hazard h = campaign__unichar_hazard(cp);
		if (h >= UNICHAR_BIDI_MARK) {
			char name[UNICHAR_DESCRIBE_MAX];
			snprintf(why, size, "the hashtag holds %s, %s", campaign__unichar_describe(cp, name),
			         campaign__unichar_why(h));
			return why;
		}
		enum hashtag_class c = campaign__hashtag_class(cp);
		if (!seen && c != HASHTAG_INVISIBLE && c != HASHTAG_LETTER)
			return "a hashtag starts with a letter";
		switch (c) {
		case HASHTAG_LETTER:
		case HASHTAG_DIGIT:
		case HASHTAG_UNDERSCORE:
		case HASHTAG_MARK:
			seen = 1;
			break;
		case HASHTAG_INVISIBLE:
			break;
		default:
			return "a hashtag holds letters, digits and '_' only";
		}
		i += used;
	}
	*offset = 0;
	return NULL;
}
