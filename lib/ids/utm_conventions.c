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
#include "text/unichar.h"
#include "util/utf8.h"

static int
is_text(const char *s)
{
	size_t len = strlen(s);
	return campaign__utf8_validate(s, len) == len;
}

/*
 * ASCII text is its own NFC, its own transliteration and lowers byte by
 * byte: the values of a big table are mostly ASCII, and normalizing each
 * through GLib was a tenth of a million-placement build.
 */
static int
is_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return 0;
	return 1;
}

/* What a character is to a UTM value's words. */
enum word_class {
	WORD_CHAR,  /* a letter or digit of any script: kept */
	WORD_MARK,  /* a combining mark: kept on the character before it */
	WORD_DOT,   /* '.': kept between two word characters ("t.me", "2.0") */
	WORD_DROP,  /* apostrophes, quotation marks, invisible characters: removed */
	WORD_BREAK, /* whitespace, dashes, other punctuation, symbols: between words */
};

/*
 * Apostrophes and quotation marks are not word breaks: "People's" is one
 * word, and «Жизнь» is the word it quotes. Most quotes are Pi/Pf; these are
 * the ones Unicode files elsewhere (the low-9 quotes open, as Ps; the
 * apostrophes are Po or modifier letters).
 */
static int
is_quote(gunichar cp)
{
	switch (cp) {
	case '\'': case '"': case '`':
	case 0x00B4: /* ´ acute accent, typed for an apostrophe */
	case 0x02B9: case 0x02BA: /* ʹ ʺ primes, how some schemes write ь and ъ */
	case 0x02BB: case 0x02BC: case 0x02BD: /* ʻ ʼ ʽ modifier-letter apostrophes */
	case 0x201A: case 0x201E: /* ‚ „ low-9 quotes */
	case 0x2032: case 0x2033: /* ′ ″ primes, typed for quotes */
	case 0x301D: case 0x301E: case 0x301F: /* 〝 〞 〟 */
	case 0xFF02: case 0xFF07: /* ＂ ＇ */
		return 1;
	default: {
		GUnicodeType t = g_unichar_type(cp);
		return t == G_UNICODE_INITIAL_PUNCTUATION || t == G_UNICODE_FINAL_PUNCTUATION;
	}
	}
}

static enum word_class
word_class(gunichar cp)
{
	if (is_quote(cp))
		return WORD_DROP;
	/* Some are letters (Hangul fillers) or marks (U+034F): kept, "pr<U+3164>int"
	 * reads as "print" and splits the channel in the reports. */
	if (campaign__unichar_is_ignorable(cp))
		return WORD_DROP;
	if (cp == '.')
		return WORD_DOT;
	if (g_unichar_isalpha(cp) || g_unichar_isdigit(cp))
		return WORD_CHAR;
	switch (g_unichar_type(cp)) {
	case G_UNICODE_SPACING_MARK:
	case G_UNICODE_ENCLOSING_MARK:
	case G_UNICODE_NON_SPACING_MARK:
		return WORD_MARK;
	case G_UNICODE_LETTER_NUMBER:
	case G_UNICODE_OTHER_NUMBER:
		return WORD_CHAR;
	case G_UNICODE_FORMAT:  /* soft hyphen, zero-width joiners, direction marks */
	case G_UNICODE_CONTROL:
		return g_unichar_isspace(cp) ? WORD_BREAK : WORD_DROP;
	default:
		return WORD_BREAK;
	}
}

/*
 * Appends the words of text joined by sep, in NFC. A word is a run of
 * letters, digits and their marks, with '.' inside it; apostrophes and
 * quotes are removed without ending the word; everything else ends it.
 * So "Clean-up", "Clean up" and "Clean – up" are one value, and so are
 * "Rally 2.0" written with or without «quotes».
 *
 * A combining mark goes with the character before it: after one that is
 * removed or ends a word, it is removed too. Kept, it would land on the
 * letter before once the words are joined, and a second application
 * (whose transliteration drops marks on Latin letters) would change the
 * value again (found by fuzzing: "é \u0334α" with separator ""). Joining
 * may also make text that composes (Hangul jamo), hence the final NFC.
 */
static int
add_words(struct strbuf *out, const char *text, const char *sep)
{
	struct strbuf words;
	campaign__strbuf_init(&words, out->max);
	int pending_break = 0; /* a word ended and another may follow */
	int after_word = 0;    /* the last character was kept as part of a word */
	for (const char *p = text; *p; p = g_utf8_next_char(p)) {
		const char *next = g_utf8_next_char(p);
		enum word_class c = word_class(g_utf8_get_char(p));
		if (c == WORD_DOT && after_word && *next && word_class(g_utf8_get_char(next)) == WORD_CHAR)
			c = WORD_CHAR;
		if (c == WORD_MARK && after_word)
			c = WORD_CHAR;
		if (c == WORD_CHAR) {
			if (pending_break)
				campaign__strbuf_adds(&words, sep);
			pending_break = 0;
			campaign__strbuf_add(&words, p, (size_t)(next - p));
			after_word = 1;
			continue;
		}
		after_word = 0;
		if (c != WORD_DROP && c != WORD_MARK)
			pending_break = words.len > 0;
	}
	int rc = words.status;
	if (rc == CAMPAIGN_OK && is_ascii(campaign__strbuf_cstr(&words))) {
		rc = campaign__strbuf_add(out, words.ptr ? words.ptr : "", words.len);
	} else if (rc == CAMPAIGN_OK) {
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
	if (is_ascii(text))
		return g_ascii_strdown(text, -1);
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
	if (is_ascii(value)) {
		rc = campaign__strbuf_adds(&latin, value);
	} else if (conv->transliterate) {
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
