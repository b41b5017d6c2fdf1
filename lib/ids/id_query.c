/*
 * A resolve query read as a URL, a phone number or a hashtag (id_query.h).
 * Pure: no I/O, no global state, no locale (GLib's character classes are
 * locale-independent).
 */
#include "ids/id_query.h"

#include <glib.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "ids/phone_internal.h"
#include "ids/url.h"
#include "util/strbuf.h"
#include "text/textquote.h"
#include "util/utf8.h"

/* Quoted queries in messages are cut here: enough to recognize what was asked. */
#define QUOTE_MAX 60
/* Longer than any identifier we make (a URL is at most URL_MAX_LENGTH). */
#define QUERY_MAX (URL_MAX_LENGTH + 1024)

/* Makes q ID_QUERY_NONE, saying why. */
static int set_none(struct id_query *q, const char *fmt, ...) CAMPAIGN_PRINTF(2, 3);

static int
set_none(struct id_query *q, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(q->why, sizeof(q->why), fmt, ap);
	va_end(ap);
	q->kind = ID_QUERY_NONE;
	free(q->text);
	q->text = NULL;
	return CAMPAIGN_OK;
}

/* The user's text, cut and made safe to print, for a message. */
struct quoted {
	char text[QUOTE_MAX * 4 + 8];
};

static struct quoted
quote(const char *s)
{
	struct quoted q;
	campaign__quote_into(q.text, sizeof(q.text), s, QUOTE_MAX);
	return q;
}

/*
 * The query without format characters (direction marks, zero-width spaces
 * and joiners, BOM, soft hyphen) and without whitespace around it.
 */
static char *
cleaned(const char *query)
{
	struct strbuf b;
	campaign__strbuf_init(&b, QUERY_MAX);
	for (const char *p = query; *p; p = g_utf8_next_char(p)) {
		gunichar cp = g_utf8_get_char(p);
		if (g_unichar_type(cp) != G_UNICODE_FORMAT)
			campaign__strbuf_add(&b, p, (size_t)(g_utf8_next_char(p) - p));
	}
	if (b.status != CAMPAIGN_OK) {
		campaign__strbuf_free(&b);
		return NULL;
	}
	char *text = campaign__strbuf_detach(&b, NULL);
	if (!text)
		return NULL;
	char *start = text;
	while (*start && g_unichar_isspace(g_utf8_get_char(start)))
		start = g_utf8_next_char(start);
	char *end = start + strlen(start);
	while (end > start) {
		char *prev = g_utf8_prev_char(end);
		if (!g_unichar_isspace(g_utf8_get_char(prev)))
			break;
		end = prev;
	}
	*end = '\0';
	memmove(text, start, (size_t)(end - start) + 1);
	return text;
}

/*
 * Whether s is written as a phone number: digits of any script, '+',
 * brackets and what people put between digits (campaign__phone_is_separator()),
 * with at least one digit. Its digits go to q->digits in ASCII.
 */
static int
phone_like(struct id_query *q, const char *s)
{
	size_t n = 0;
	for (const char *p = s; *p; p = g_utf8_next_char(p)) {
		gunichar cp = g_utf8_get_char(p);
		int value = g_unichar_digit_value(cp);
		if (value >= 0) {
			if (n < ID_QUERY_DIGITS_MAX)
				q->digits[n] = (char)('0' + value);
			n++;
		} else if (cp != '+' && cp != '(' && cp != ')' && !campaign__phone_is_separator(cp)) {
			return 0;
		}
	}
	q->digits[n < ID_QUERY_DIGITS_MAX ? n : ID_QUERY_DIGITS_MAX] = '\0';
	return n > 0;
}

/* A hashtag as people copy it: '#' (or the full-width '＃') or none, then letters, digits, '_'. */
static const char *
hashtag_body(const char *s)
{
	if (*s == '#')
		s++;
	else if (g_utf8_get_char(s) == 0xFF03)
		s = g_utf8_next_char(s);
	if (!*s)
		return NULL;
	for (const char *p = s; *p; p = g_utf8_next_char(p)) {
		gunichar cp = g_utf8_get_char(p);
		if (cp != '_' && !g_unichar_isalpha(cp) && !g_unichar_ismark(cp) && !g_unichar_isdigit(cp))
			return NULL;
	}
	return s;
}

static int
has_ascii_ci(const char *s, const char *needle)
{
	size_t n = strlen(needle);
	for (; *s; s++)
		if (g_ascii_strncasecmp(s, needle, n) == 0)
			return 1;
	return 0;
}

/* The length of a URI scheme and its ':' at the start of s ("tel:" is 4), or 0. */
static size_t
scheme_length(const char *s)
{
	size_t n = 0;
	while (g_ascii_isalpha(s[n]))
		n++;
	return n && s[n] == ':' ? n + 1 : 0;
}

/*
 * A tel:, sms: or SMSTO: link: the number it dials, as PHONE. RFC 3966 puts
 * parameters after ';' (";ext=12"), RFC 5724 a query after '?' and more
 * recipients after ','; SMSTO:, a QR code convention, puts the text after a
 * second ':'.
 */
static int
read_phone_link(struct id_query *q, const char *text, size_t scheme_len)
{
	const char *number = text + scheme_len;
	if (strncmp(number, "//", 2) == 0)
		number += 2; /* "tel://+7...", which some sites write */
	int smsto = scheme_len == 6;
	size_t len = strcspn(number, smsto ? ":" : ";?");
	if (memchr(number, ',', len))
		return set_none(q, "the link '%s' has several recipients: give one number",
		                quote(text).text);
	struct strbuf b;
	campaign__strbuf_init(&b, QUERY_MAX);
	if (campaign__url_decode(&b, number, len, 0) != CAMPAIGN_OK) {
		campaign__strbuf_free(&b);
		return CAMPAIGN_ENOMEM;
	}
	size_t decoded_len = 0;
	char *decoded = campaign__strbuf_detach(&b, &decoded_len);
	if (!decoded)
		return CAMPAIGN_ENOMEM;
	size_t n = strlen(decoded);
	/* "%00" would cut the number at the NUL: "+7495...04%0077" is no number of ours. */
	if (n != decoded_len || campaign__utf8_validate(decoded, n) != n || !phone_like(q, decoded)) {
		free(decoded);
		return set_none(q, "the link '%s' does not hold a phone number", quote(text).text);
	}
	free(q->text);
	q->text = decoded;
	q->kind = ID_QUERY_PHONE;
	return CAMPAIGN_OK;
}

int
campaign__id_query_read(struct id_query *q, const char *query)
{
	memset(q, 0, sizeof(*q));
	if (!query)
		query = "";
	size_t len = strlen(query);
	if (campaign__utf8_validate(query, len) != len)
		return set_none(q, "the query is not valid UTF-8");
	/* Longer than any identifier we make: no match is possible, and the copies below are capped. */
	if (len >= QUERY_MAX)
		return set_none(q, "the query is %zu bytes long, longer than any URL, number or hashtag "
		                "can be (%d bytes at most)", len, QUERY_MAX - 1);
	q->text = cleaned(query);
	if (!q->text)
		return CAMPAIGN_ENOMEM;
	const char *t = q->text;
	if (!*t)
		return set_none(q, "the query is empty: give a URL, a phone number or a hashtag");
	size_t scheme = scheme_length(t);
	if ((scheme == 4 && (g_ascii_strncasecmp(t, "tel:", 4) == 0 || g_ascii_strncasecmp(t, "sms:", 4) == 0)) ||
	    (scheme == 6 && g_ascii_strncasecmp(t, "smsto:", 6) == 0))
		return read_phone_link(q, t, scheme);
	/* No URL starts with '#': "#utm_2026" is a tag. */
	int hash = *t == '#' || g_utf8_get_char(t) == 0xFF03;
	if (!hash && (strstr(t, "://") || strchr(t, '?') || (has_ascii_ci(t, "utm_") && strchr(t, '=')))) {
		q->kind = ID_QUERY_URL;
		return CAMPAIGN_OK;
	}
	if (!hash && phone_like(q, t)) {
		q->kind = ID_QUERY_PHONE;
		return CAMPAIGN_OK;
	}
	q->digits[0] = '\0';
	const char *tag = hashtag_body(t);
	if (tag) {
		char *with_hash = malloc(strlen(tag) + 2);
		if (!with_hash)
			return CAMPAIGN_ENOMEM;
		with_hash[0] = '#';
		memcpy(with_hash + 1, tag, strlen(tag) + 1);
		free(q->text);
		q->text = with_hash;
		q->kind = ID_QUERY_HASHTAG;
		return CAMPAIGN_OK;
	}
	/* A link without its query ("example.org/rally"): a URL that says what it lacks. */
	int spaced = 0;
	for (const char *p = t; *p && !spaced; p = g_utf8_next_char(p))
		spaced = g_unichar_isspace(g_utf8_get_char(p));
	if (!hash && !spaced && strpbrk(t, "./")) {
		q->kind = ID_QUERY_URL;
		return CAMPAIGN_OK;
	}
	return set_none(q, "'%s' is not a URL, a phone number or a hashtag (a hashtag has only "
	                   "letters, digits and '_')", quote(t).text);
}

void
campaign__id_query_free(struct id_query *q)
{
	free(q->text);
	q->text = NULL;
}

int
campaign__id_query_landing(const char *text, char **out)
{
	*out = NULL;
	struct url u = { 0 };
	struct strbuf b;
	campaign__strbuf_init(&b, URL_MAX_LENGTH * 2);
	/* A link copied without its scheme ("example.org/x?utm_..."): as a browser reads it. */
	if (!strstr(text, "://")) {
		if (*text == '?' || *text == '/' || strlen(text) > URL_MAX_LENGTH)
			return CAMPAIGN_OK;
		campaign__strbuf_adds(&b, "https://");
		campaign__strbuf_adds(&b, text);
		if (b.status != CAMPAIGN_OK) {
			campaign__strbuf_free(&b);
			return b.status;
		}
	}
	int rc = campaign__url_parse(&u, b.len ? campaign__strbuf_cstr(&b) : text, NULL);
	campaign__strbuf_reset(&b);
	if (rc != CAMPAIGN_OK || !u.host || !u.host[0]) {
		campaign__url_free(&u);
		campaign__strbuf_free(&b);
		return rc == CAMPAIGN_ENOMEM ? rc : CAMPAIGN_OK;
	}
	/* The scheme is left out: a page served on both is one landing (and http redirects). */
	campaign__strbuf_adds(&b, u.host);
	int default_port = !u.port || (strcmp(u.scheme, "https") == 0 && strcmp(u.port, "443") == 0) ||
	                   (strcmp(u.scheme, "http") == 0 && strcmp(u.port, "80") == 0);
	if (!default_port) {
		campaign__strbuf_addc(&b, ':');
		campaign__strbuf_adds(&b, u.port);
	}
	/* Decoded, so escapes written either way compare equal; "/rally/" is "/rally". */
	size_t path_len = strlen(u.path);
	while (path_len && u.path[path_len - 1] == '/')
		path_len--;
	if (path_len && u.path[0] != '/')
		campaign__strbuf_addc(&b, '/');
	campaign__url_decode(&b, u.path, path_len, 0);
	campaign__url_free(&u);
	if (b.status != CAMPAIGN_OK) {
		rc = b.status;
		campaign__strbuf_free(&b);
		return rc == CAMPAIGN_ENOMEM ? rc : CAMPAIGN_OK;
	}
	*out = campaign__strbuf_detach(&b, NULL);
	return *out ? CAMPAIGN_OK : CAMPAIGN_ENOMEM;
}
