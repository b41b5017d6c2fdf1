/*
 * Naming conventions for UTM values: case, separator, transliteration.
 * Pure: no I/O, no global state, no locale (case mapping is per code point,
 * so a Turkish locale cannot turn "I" into "ı").
 */
#include <glib.h>
#include <string.h>

#include "campaign/status.h"
#include "core/options.h"
#include "core/versions.h"
#include "text/translit.h"
#include "ids/utm_internal.h"
#include "util/utf8.h"

static int
is_text(const char *s)
{
	size_t len = strlen(s);
	return campaign__utf8_validate(s, len) == len;
}

/*
 * Appends text with whitespace trimmed and each inner run of it replaced by
 * sep, in NFC.
 *
 * A combining mark right after whitespace sits on the space and goes with
 * it: kept, it would land on the letter before the space once the words are
 * joined, and a second application (whose transliteration drops marks on
 * Latin letters) would then change the value again (found by fuzzing:
 * "é \u0334α" with separator ""). Joining may also make text that composes
 * (Hangul jamo), hence the final NFC.
 */
static int
add_words(struct strbuf *out, const char *text, const char *sep)
{
	struct strbuf words;
	campaign__strbuf_init(&words, out->max);
	int pending_space = 0;
	int started = 0;
	int after_space = 0;
	for (const char *p = text; *p; p = g_utf8_next_char(p)) {
		const char *next = g_utf8_next_char(p);
		gunichar cp = g_utf8_get_char(p);
		if (g_unichar_isspace(cp) || (after_space && g_unichar_ismark(cp))) {
			pending_space = started;
			after_space = 1;
			continue;
		}
		after_space = 0;
		if (pending_space)
			campaign__strbuf_adds(&words, sep);
		pending_space = 0;
		started = 1;
		campaign__strbuf_add(&words, p, (size_t)(next - p));
	}
	int rc = words.status;
	if (rc == CAMPAIGN_OK) {
		gchar *nfc = g_utf8_normalize(campaign__strbuf_cstr(&words), (gssize)words.len,
		                              G_NORMALIZE_NFC);
		rc = nfc ? campaign__strbuf_adds(out, nfc) : CAMPAIGN_EINVALID;
		g_free(nfc);
	}
	campaign__strbuf_free(&words);
	return rc;
}

/*
 * Lower case by simple per-code-point mapping, then NFC again: "İ" lowers to
 * "i", which may then compose with a following mark, and the result must be
 * what a second application gives.
 */
static gchar *
lowered_nfc(const char *text)
{
	GString *lower = g_string_sized_new(strlen(text));
	for (const char *p = text; *p; p = g_utf8_next_char(p))
		g_string_append_unichar(lower, g_unichar_tolower(g_utf8_get_char(p)));
	gchar *nfc = g_utf8_normalize(lower->str, (gssize)lower->len, G_NORMALIZE_NFC);
	g_string_free(lower, TRUE);
	return nfc;
}

int
campaign__utm_conventions_apply(struct strbuf *out, const char *value,
                                const campaign_utm_conventions *conv)
{
	const char *sep = conv->separator ? conv->separator : "_";
	if (!value)
		value = "";
	if (!is_text(value) || !is_text(sep))
		return CAMPAIGN_EINVALID;
	struct strbuf latin;
	campaign__strbuf_init(&latin, out->max);
	int rc;
	/* GLib aborts rather than return NULL when out of memory; the text is valid here. */
	if (conv->transliterate) {
		rc = campaign__translit(&latin, value, strlen(value));
	} else {
		gchar *nfc = g_utf8_normalize(value, -1, G_NORMALIZE_NFC);
		rc = nfc ? campaign__strbuf_adds(&latin, nfc) : CAMPAIGN_EINVALID;
		g_free(nfc);
	}
	if (rc == CAMPAIGN_OK && conv->lowercase) {
		gchar *lower = lowered_nfc(campaign__strbuf_cstr(&latin));
		rc = lower ? add_words(out, lower, sep) : CAMPAIGN_EINVALID;
		g_free(lower);
	} else if (rc == CAMPAIGN_OK) {
		rc = add_words(out, campaign__strbuf_cstr(&latin), sep);
	}
	campaign__strbuf_free(&latin);
	return rc;
}

static const campaign_utm_conventions conv_defaults = CAMPAIGN_UTM_CONVENTIONS_INIT;

int
campaign_utm_conventions_init(campaign_utm_conventions *conv, unsigned int version)
{
	return campaign__struct_init(conv, version, &conv_defaults, campaign__sizes_utm_conventions,
	                             CAMPAIGN__VERSIONS(campaign__sizes_utm_conventions));
}

int
campaign_utm_apply_conventions(campaign_buf *out, const char *value,
                               const campaign_utm_conventions *conv, campaign_diags *diags)
{
	campaign_utm_conventions c;
	if (CAMPAIGN__OPTIONS_TAKE(&c, conv, &conv_defaults, campaign__sizes_utm_conventions, "campaign_utm_conventions",
	                           diags))
		return CAMPAIGN_EINVALID;
	conv = &c;
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	int rc = campaign__utm_conventions_apply(&b, value, conv);
	if (rc == CAMPAIGN_EINVALID)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, rc, NULL, 0, 0,
		                   "UTM value or separator is not valid UTF-8");
	if (rc != CAMPAIGN_OK) {
		campaign__strbuf_free(&b);
		return rc;
	}
	return campaign__strbuf_to_buf(&b, out);
}
