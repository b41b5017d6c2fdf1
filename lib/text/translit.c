/*
 * Transliteration to plain ASCII Latin, for UTM values, slugs and Latin-script
 * hashtags. Pure: takes memory, returns memory; no I/O, no clock, no global
 * state, no locale (GLib's locale-dependent case functions are not used).
 *
 * The scheme for Cyrillic is ICAO Doc 9303 (7th edition, 2015, part 3,
 * section 6), the one on Russian, Ukrainian and Belarusian passports since
 * 2013-2014. Chosen over GOST 7.79 system B, which writes ь as ` and ъ as ``
 * (characters a URL must escape and a person cannot read out), and over the
 * "Yandex-style" schemes, which are many slightly different conventions with
 * no text to cite. ICAO gives letters only, and people already know it from
 * their passports, so a value stays recognisable.
 *
 *   А A   Б B   В V   Г G   Д D   Е E   Ё E   Ж ZH  З Z   И I   Й I
 *   К K   Л L   М M   Н N   О O   П P   Р R   С S   Т T   У U   Ф F
 *   Х KH  Ц TS  Ч CH  Ш SH  Щ SHCH  Ъ IE  Ы Y  Ь (dropped)  Э E  Ю IU  Я IA
 *   Ukrainian:   Ґ G   Є IE   І I   Ї I      Belarusian:   Ў U
 *   Also from the ICAO table (Serbian, Macedonian): Ђ D  Ѓ G  Ѕ DZ  Ј J
 *   Љ LJ  Њ NJ  Ћ C  Ќ K  Џ DZ; and Ѐ E, Ѝ I (accented Е, И).
 *
 * The interface has no language, so the letters the languages share follow
 * the Russian column: ICAO writes Ukrainian and Belarusian Г as H and
 * Ukrainian И as Y, which we do not ("Київ" gives "Kiiv", not "Kyiv").
 * An apostrophe between two Cyrillic letters (Ukrainian "м'ясо", Belarusian
 * "сям'я") is dropped, as in the Ukrainian national table.
 *
 * Case: a letter that becomes several (Щ -> SHCH) is written all in capitals
 * inside an all-caps word and with only its first letter capital otherwise:
 * "ЩИ" -> "SHCHI", "Щи" -> "Shchi", "ПЛЮЩ" -> "PLIUSHCH", "Ю. Ли" -> "Iu. Li".
 *
 * Latin letters with diacritics become their base letter (é -> e, Ș -> S);
 * letters that do not decompose have a table (ß ss, æ ae, ø o, ł l, þ th).
 * A combining mark left on a Latin or Cyrillic letter after NFC is dropped.
 * Everything else (digits, punctuation, other scripts) is copied unchanged,
 * in NFC: deciding what to do with it is the caller's business.
 */
#include "text/translit.h"

#include <glib.h>
#include <string.h>

#include "campaign/status.h"
#include "util/utf8.h"

/* U+0400..U+042F; the lower-case letters are U+0430..U+045F. NULL: not a letter we map. */
static const char *const cyrillic[0x30] = {
	"E", "E", "D", "G", "IE", "DZ", "I", "I",        /* Ѐ Ё Ђ Ѓ Є Ѕ І Ї */
	"J", "LJ", "NJ", "C", "K", "I", "U", "DZ",       /* Ј Љ Њ Ћ Ќ Ѝ Ў Џ */
	"A", "B", "V", "G", "D", "E", "ZH", "Z",         /* А Б В Г Д Е Ж З */
	"I", "I", "K", "L", "M", "N", "O", "P",          /* И Й К Л М Н О П */
	"R", "S", "T", "U", "F", "KH", "TS", "CH",       /* Р С Т У Ф Х Ц Ч */
	"SH", "SHCH", "IE", "Y", "", "E", "IU", "IA",    /* Ш Щ Ъ Ы Ь Э Ю Я */
};

/* Latin letters without a canonical decomposition to an ASCII base. */
static const struct {
	gunichar cp;
	const char *latin; /* in capitals; written in the source letter's case */
} latin_extra[] = {
	{ 0x00C6, "AE" }, { 0x00E6, "AE" },  /* Æ æ */
	{ 0x00D0, "D" },  { 0x00F0, "D" },   /* Ð ð */
	{ 0x00D8, "O" },  { 0x00F8, "O" },   /* Ø ø */
	{ 0x00DE, "TH" }, { 0x00FE, "TH" },  /* Þ þ */
	{ 0x00DF, "SS" }, { 0x1E9E, "SS" },  /* ß ẞ */
	{ 0x0110, "D" },  { 0x0111, "D" },   /* Đ đ */
	{ 0x0126, "H" },  { 0x0127, "H" },   /* Ħ ħ */
	{ 0x0131, "I" },                     /* ı */
	{ 0x013F, "L" },  { 0x0140, "L" },   /* Ŀ ŀ */
	{ 0x0141, "L" },  { 0x0142, "L" },   /* Ł ł */
	{ 0x0152, "OE" }, { 0x0153, "OE" },  /* Œ œ */
	{ 0x0166, "T" },  { 0x0167, "T" },   /* Ŧ ŧ */
};

static const char *
cyrillic_latin(gunichar cp)
{
	if (cp >= 0x0400 && cp <= 0x042F)
		return cyrillic[cp - 0x0400];
	if (cp >= 0x0430 && cp <= 0x044F)
		return cyrillic[cp - 0x0430 + 0x10];
	if (cp >= 0x0450 && cp <= 0x045F)
		return cyrillic[cp - 0x0450];
	if (cp == 0x0490 || cp == 0x0491) /* Ґ ґ */
		return "G";
	return NULL;
}

static const char *
latin_extra_latin(gunichar cp)
{
	for (size_t i = 0; i < G_N_ELEMENTS(latin_extra); i++)
		if (latin_extra[i].cp == cp)
			return latin_extra[i].latin;
	return NULL;
}

/*
 * The ASCII letters of a Latin letter's decomposition ("é" = e + U+0301,
 * "ǆ" = d ž), written into buf; NULL when it has none or holds something
 * that is neither an ASCII letter nor a combining mark.
 */
static const char *
latin_decomposed(gunichar cp, char *buf, size_t size)
{
	gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
	gsize n = g_unichar_fully_decompose(cp, TRUE, parts, G_N_ELEMENTS(parts));
	size_t len = 0;
	for (gsize i = 0; i < n; i++) {
		if (parts[i] < 0x80 && g_ascii_isalpha((char)parts[i])) {
			if (len + 1 >= size)
				return NULL;
			buf[len++] = g_ascii_toupper((char)parts[i]);
		} else if (g_unichar_type(parts[i]) != G_UNICODE_NON_SPACING_MARK) {
			return NULL;
		}
	}
	if (len == 0)
		return NULL;
	buf[len] = '\0';
	return buf;
}

static int
is_cased_upper(gunichar cp)
{
	return g_unichar_isupper(cp) || g_unichar_istitle(cp);
}

/*
 * A Cyrillic letter of our table. Only these count around an apostrophe:
 * the output never holds one, so a second pass over joined words cannot
 * find an apostrophe the first left ("ӵ 'ӵ" joined with "" is "ӵ'ӵ", and
 * Udmurt ӵ is not in the table; found by fuzzing).
 */
static int
is_mapped_cyrillic(gunichar cp)
{
	return cyrillic_latin(cp) != NULL;
}

static int
is_apostrophe(gunichar cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

/*
 * Whether an upper-case letter at i that becomes several Latin letters sits
 * in an all-caps word: the next letter decides, or, at the end of a word,
 * the previous one ("ПЛЮЩ" but "Щи", and a lone "Щ" is "Shch").
 */
static int
in_caps_word(const gunichar *cps, glong n, glong i)
{
	if (i + 1 < n && (g_unichar_isupper(cps[i + 1]) || g_unichar_islower(cps[i + 1])))
		return g_unichar_isupper(cps[i + 1]);
	return i > 0 && g_unichar_isupper(cps[i - 1]);
}

static int
add_cased(struct strbuf *out, const char *caps, gunichar cp, int whole_word_caps)
{
	int upper = is_cased_upper(cp);
	for (size_t k = 0; caps[k]; k++) {
		int cap = upper && (k == 0 || whole_word_caps);
		campaign__strbuf_addc(out, cap ? caps[k] : g_ascii_tolower(caps[k]));
	}
	return out->status;
}

static int
add_unichar(struct strbuf *out, gunichar cp)
{
	char utf8[6];
	gint n = g_unichar_to_utf8(cp, utf8);
	return campaign__strbuf_add(out, utf8, (size_t)n);
}

int
campaign__translit(struct strbuf *out, const char *text, size_t len)
{
	if (len > G_MAXSSIZE || campaign__utf8_validate(text, len) != len ||
	    memchr(text, '\0', len))
		return CAMPAIGN_EINVALID;
	/* GLib aborts rather than return NULL when out of memory; NULL here is bad input. */
	gchar *nfc = g_utf8_normalize(text, (gssize)len, G_NORMALIZE_NFC);
	if (!nfc)
		return CAMPAIGN_EINVALID;
	glong n = 0;
	gunichar *cps = g_utf8_to_ucs4_fast(nfc, -1, &n);
	g_free(nfc);

	/* Whether the last letter written was one we transliterated (so its marks go too). */
	int mapped_letter = 0;
	for (glong i = 0; i < n && out->status == CAMPAIGN_OK; i++) {
		gunichar cp = cps[i];
		char buf[8];
		const char *latin = cyrillic_latin(cp);
		if (!latin && g_unichar_get_script(cp) == G_UNICODE_SCRIPT_LATIN && cp >= 0x80) {
			latin = latin_extra_latin(cp);
			if (!latin)
				latin = latin_decomposed(cp, buf, sizeof(buf));
		}
		if (latin) {
			add_cased(out, latin, cp, strlen(latin) > 1 && in_caps_word(cps, n, i));
			mapped_letter = 1;
		} else if (cp < 0x80) {
			campaign__strbuf_addc(out, (char)cp);
			mapped_letter = g_ascii_isalpha((char)cp);
		} else if (mapped_letter && (g_unichar_type(cp) == G_UNICODE_NON_SPACING_MARK ||
		                             g_unichar_type(cp) == G_UNICODE_ENCLOSING_MARK)) {
			continue;
		} else {
			add_unichar(out, cp);
			mapped_letter = 0;
		}
		/* Dropped after the letter before it, so "м'ясо" loses only the apostrophe. */
		if (i + 2 < n && is_apostrophe(cps[i + 1]) && is_mapped_cyrillic(cp) &&
		    is_mapped_cyrillic(cps[i + 2]))
			i++;
	}
	g_free(cps);
	return out->status;
}
