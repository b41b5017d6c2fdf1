/*
 * The link as people read and type it, printed beside a QR code for those
 * who cannot scan: "пример.рф/rally" for
 * "https://xn--e1afmkfd.xn--p1ai/rally/?utm_source=flyer#top".
 *
 * Left out, because nobody types them and a browser does without: the
 * scheme, the query (UTM parameters and all: a typed visit is attributed as
 * a typed one, and a line of parameters on paper only hides the address),
 * the fragment and a trailing slash. A punycode host is shown in Unicode,
 * the form its owner chose; a label that does not decode stays as it is. A
 * path's escapes are decoded when they make readable UTF-8, and kept when a
 * decoded character would change the path, could not be seen or would be
 * typed as another ("%2F", "%20", an invisible or a control, a space of
 * another width, "∕" for "/", a Cyrillic letter in a Latin word), so that
 * what prints still leads where the code does.
 */
#include "ids/url.h"

#include <glib.h>
#include <idn2.h>
#include <string.h>

#include "campaign/status.h"
#include "campaign/utm.h"
#include "text/unichar.h"

/* Whether unicode is host decoded from a valid IDN: it encodes back to the same labels. */
static int
valid_idn(const char *host, const char *unicode)
{
	char *back = NULL;
	int same = idn2_to_ascii_8z(unicode, &back, IDN2_NONTRANSITIONAL | IDN2_NFC_INPUT) == IDN2_OK &&
	           g_ascii_strcasecmp(back, host) == 0;
	idn2_free(back);
	return same;
}

/* The host in Unicode, or as it is when any label fails to decode. */
static int
add_host(struct strbuf *out, const char *host)
{
	char *unicode = NULL;
	uint32_t cp;
	if (strstr(host, "xn--") && idn2_to_unicode_8z8z(host, &unicode, 0) == IDN2_OK &&
	    g_utf8_validate(unicode, -1, NULL) && valid_idn(host, unicode) &&
	    campaign__unichar_find(unicode, strlen(unicode), UNICHAR_INVISIBLE, &cp) < 0) {
		int rc = campaign__strbuf_adds(out, unicode);
		idn2_free(unicode);
		return rc;
	}
	idn2_free(unicode);
	return campaign__strbuf_adds(out, host);
}

/* Scripts whose letters pass for each other's ("а" for "a", "ο" for "o"). */
static int
confusable_script(GUnicodeScript s)
{
	return s == G_UNICODE_SCRIPT_LATIN || s == G_UNICODE_SCRIPT_CYRILLIC ||
	       s == G_UNICODE_SCRIPT_GREEK;
}

/*
 * Whether a reader who types the decoded path gets the same bytes back: each
 * non-ASCII character a letter or a digit, or a mark on one (no space of
 * another width, no "∕" or "․" passing for "/" or ".", no mark on a
 * separator), no word whose letters mix Latin, Cyrillic or Greek ("/аpple"
 * with a Cyrillic а is typed in Latin), and composed (NFC).
 */
static int
path_reads_as_typed(const char *s)
{
	GUnicodeScript seen = G_UNICODE_SCRIPT_COMMON;
	int after_word = 0;
	for (const char *p = s; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		int mark = g_unichar_ismark(c), word = g_unichar_isalnum(c);
		/* Scripts are compared within a word: "rally-митинг" is two words, "аpple" one. */
		if (!g_unichar_isalpha(c) && !mark)
			seen = G_UNICODE_SCRIPT_COMMON;
		if (c >= 0x80 && !word && !(mark && after_word))
			return 0;
		after_word = word || (mark && after_word);
		GUnicodeScript script = g_unichar_get_script(c);
		if (g_unichar_isalpha(c) && confusable_script(script)) {
			if (seen != G_UNICODE_SCRIPT_COMMON && seen != script)
				return 0;
			seen = script;
		}
	}
	/* A keyboard types composed letters: "cafe" and a combining acute is typed "café", other bytes. */
	gchar *nfc = g_utf8_normalize(s, -1, G_NORMALIZE_NFC);
	int composed = nfc && strcmp(nfc, s) == 0;
	g_free(nfc);
	return composed;
}

/*
 * Whether the escapes of path[0..len) decode to text that reads as the same
 * path: valid UTF-8, only non-ASCII bytes escaped (an escaped ASCII
 * character is escaped for a reason: "/", "?", "%", a space), nothing
 * invisible or controlling among them, and nothing typed otherwise than it
 * reads (path_reads_as_typed).
 */
static int
path_decodes_cleanly(const char *path, size_t len, struct strbuf *decoded)
{
	for (size_t i = 0; i < len; i++) {
		if (path[i] == '%' && i + 2 < len && g_ascii_isxdigit(path[i + 1]) &&
		    g_ascii_isxdigit(path[i + 2])) {
			int byte = g_ascii_xdigit_value(path[i + 1]) * 16 + g_ascii_xdigit_value(path[i + 2]);
			if (byte < 0x80)
				return 0;
			campaign__strbuf_addc(decoded, (char)byte);
			i += 2;
		} else {
			campaign__strbuf_addc(decoded, path[i]);
		}
	}
	if (decoded->status != CAMPAIGN_OK)
		return 0;
	const char *s = campaign__strbuf_cstr(decoded);
	size_t n = strlen(s);
	uint32_t cp;
	return g_utf8_validate(s, (gssize)n, NULL) &&
	       campaign__unichar_find(s, n, UNICHAR_INVISIBLE, &cp) < 0 && path_reads_as_typed(s);
}

int
campaign__url_display(struct strbuf *out, const char *text)
{
	struct url u;
	int rc = campaign__url_parse(&u, text, NULL);
	if (rc != CAMPAIGN_OK)
		return rc;
	if (!u.host) {
		campaign__url_free(&u);
		return CAMPAIGN_EINVALID;
	}
	size_t start = out->len;
	add_host(out, u.host);
	if (u.port)
		campaign__strbuf_addf(out, ":%s", u.port);
	size_t len = strlen(u.path);
	while (len && u.path[len - 1] == '/')
		len--;
	struct strbuf decoded;
	campaign__strbuf_init(&decoded, URL_MAX_LENGTH);
	if (path_decodes_cleanly(u.path, len, &decoded))
		campaign__strbuf_adds(out, campaign__strbuf_cstr(&decoded));
	else
		campaign__strbuf_add(out, u.path, len);
	rc = decoded.status == CAMPAIGN_ENOMEM ? CAMPAIGN_ENOMEM : out->status;
	campaign__strbuf_free(&decoded);
	campaign__url_free(&u);
	if (rc != CAMPAIGN_OK)
		campaign__strbuf_truncate(out, start);
	return rc;
}

int
campaign__url_readable(struct strbuf *out, const char *text)
{
	/* The host is the authority after any user info and before any port (no IDN is an IPv6 literal). */
	const char *scheme_end = strstr(text, "://");
	if (!scheme_end || strcspn(text, "/?#") < (size_t)(scheme_end - text))
		return campaign__strbuf_adds(out, text);
	const char *host = scheme_end + 3;
	const char *authority_end = host + strcspn(host, "/?#");
	for (const char *p = host; p < authority_end; p++)
		if (*p == '@')
			host = p + 1;
	size_t host_len = strcspn(host, ":/?#");
	char *h = g_strndup(host, host_len);
	size_t start = out->len;
	campaign__strbuf_add(out, text, (size_t)(host - text));
	add_host(out, h);
	campaign__strbuf_adds(out, host + host_len);
	g_free(h);
	if (out->status != CAMPAIGN_OK)
		campaign__strbuf_truncate(out, start);
	return out->status;
}

int
campaign_url_display(campaign_buf *out, const char *url)
{
	if (!out || !url)
		return CAMPAIGN_EINVALID;
	struct strbuf b;
	campaign__strbuf_init(&b, URL_MAX_LENGTH);
	int rc = campaign__url_display(&b, url);
	if (rc == CAMPAIGN_OK)
		rc = campaign__strbuf_to_buf(&b, out);
	campaign__strbuf_free(&b);
	return rc;
}
