/*
 * Hashtags made from a text: words found, case set by the style, script kept
 * or transliterated, words of scripts without case joined with '_', cut to
 * max_length at a word boundary.
 *
 * Pure: no I/O, no global state, no locale. GLib's g_utf8_strdown() and
 * g_utf8_strup() are not used because they follow the process locale
 * (Turkish, Lithuanian), which would make a build depend on the machine;
 * the per-character mappings are locale-independent.
 */
#include "campaign/hashtag.h"

#include <glib.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "core/options.h"
#include "core/versions.h"
#include "ids/hashtag_internal.h"
#include "text/mark_stack.h"
#include "text/translit.h"
#include "text/unichar.h"
#include "util/strbuf.h"
#include "text/textquote.h"
#include "util/utf8.h"

#define QUOTE_MAX 40
/* A hashtag comes from a title or a name; more than this is a mistake, and costs work. */
#define TEXT_MAX_BYTES 4096

enum hashtag_class
campaign__hashtag_class(uint32_t cp)
{
	if (cp == '_')
		return HASHTAG_UNDERSCORE;
	/*
	 * First, since some are letters (Hangul fillers) or marks (the combining
	 * grapheme joiner, Mongolian variation selectors): a tag that looks the
	 * same as another must be the same tag, and one typed from paper has
	 * none. Emoji presentation selectors among them would put an emoji into
	 * the tag.
	 */
	if (campaign__unichar_is_ignorable(cp))
		return HASHTAG_INVISIBLE;
	/* Before the letters: U+02BC, the Ukrainian apostrophe, is a modifier letter. */
	if (cp == '\'' || cp == 0x2019 || cp == 0x02BC)
		return HASHTAG_APOSTROPHE;
	if (g_unichar_isalpha(cp))
		return HASHTAG_LETTER;
	if (g_unichar_isdigit(cp))
		return HASHTAG_DIGIT;
	switch (g_unichar_type(cp)) {
	case G_UNICODE_NON_SPACING_MARK:
	case G_UNICODE_SPACING_MARK:
		return HASHTAG_MARK;
	case G_UNICODE_FORMAT:
		return HASHTAG_INVISIBLE;
	default:
		break;
	}
	return HASHTAG_SEPARATOR;
}

static const campaign_hashtag_options options_defaults = CAMPAIGN_HASHTAG_OPTIONS_INIT;

int
campaign_hashtag_options_init(campaign_hashtag_options *opts, unsigned int version)
{
	return campaign__struct_init(opts, version, &options_defaults, campaign__sizes_hashtag_options,
	                             CAMPAIGN__VERSIONS(campaign__sizes_hashtag_options));
}

struct where {
	const char *text;
	const char *file;
	unsigned long line, column;
	campaign_diags *diags;
};

static int fail(const struct where *w, const char *fmt, ...) CAMPAIGN_PRINTF(2, 3);

/* Reports "hashtag text 'TEXT' <what>" and returns CAMPAIGN_EINVALID. */
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
	                   w->column, "hashtag text '%s' %s", quoted, what);
	return CAMPAIGN_EINVALID;
}

static int
check_options(const campaign_hashtag_options *opts, const struct where *w)
{
	if (opts->style != CAMPAIGN_HASHTAG_STYLE_CAMEL &&
	    opts->style != CAMPAIGN_HASHTAG_STYLE_LOWER)
		return fail(w, "cannot be used: unknown hashtag style %d", (int)opts->style);
	if (opts->script != CAMPAIGN_HASHTAG_SCRIPT_KEEP &&
	    opts->script != CAMPAIGN_HASHTAG_SCRIPT_LATIN)
		return fail(w, "cannot be used: unknown hashtag script %d", (int)opts->script);
	if (opts->max_length < 1 || opts->max_length > CAMPAIGN_HASHTAG_MAX_LENGTH_LIMIT)
		return fail(w, "cannot be used: max_length %zu is not between 1 and %d",
		            opts->max_length, CAMPAIGN_HASHTAG_MAX_LENGTH_LIMIT);
	return CAMPAIGN_OK;
}

/* The words of a text, as code points with their boundaries. */
struct words {
	gunichar *cps;   /* the word characters, all words one after the other */
	size_t len;
	size_t *starts;  /* starts[i]: index in cps of word i; starts[count] == len */
	size_t count;
};

static void
words_free(struct words *ws)
{
	free(ws->cps);
	free(ws->starts);
}

static int
split_words(struct words *ws, const gunichar *in, size_t n)
{
	memset(ws, 0, sizeof(*ws));
	ws->cps = malloc((n + 1) * sizeof(*ws->cps));
	ws->starts = malloc((n + 2) * sizeof(*ws->starts));
	if (!ws->cps || !ws->starts)
		return CAMPAIGN_ENOMEM;
	int in_word = 0;
	for (size_t i = 0; i < n; i++) {
		enum hashtag_class c = campaign__hashtag_class(in[i]);
		switch (c) {
		case HASHTAG_UNDERSCORE:
			/* '_' before the first letter or digit would start the tag. */
			if (ws->len == 0)
				break;
			__attribute__((fallthrough)); /* inside a tag, kept as a letter is */
		case HASHTAG_LETTER:
		case HASHTAG_DIGIT:
			if (!in_word)
				ws->starts[ws->count++] = ws->len;
			ws->cps[ws->len++] = in[i];
			in_word = 1;
			break;
		case HASHTAG_MARK:
			if (in_word)
				ws->cps[ws->len++] = in[i];
			break;
		case HASHTAG_INVISIBLE:
			break;
		case HASHTAG_APOSTROPHE:
			/* "don't", "м'ясо": one word; "'quoted'" ends one. */
			if (in_word && i + 1 < n && g_unichar_isalpha(ws->cps[ws->len - 1]) &&
			    campaign__hashtag_class(in[i + 1]) == HASHTAG_LETTER)
				break;
			in_word = 0;
			break;
		case HASHTAG_SEPARATOR:
			in_word = 0;
			break;
		}
	}
	ws->starts[ws->count] = ws->len;
	return CAMPAIGN_OK;
}

/* Greek capital sigma lowercases to final sigma at the end of a word. */
static gunichar
lower_at(const gunichar *w, size_t start, size_t i, size_t end)
{
	if (w[i] == 0x03A3 && i > start && g_unichar_isalpha(w[i - 1]) &&
	    (i + 1 == end || !g_unichar_isalpha(w[i + 1])))
		return 0x03C2;
	return g_unichar_tolower(w[i]);
}

static void
apply_style(struct words *ws, campaign_hashtag_style style)
{
	int has_upper = 0, has_lower = 0;
	for (size_t i = 0; i < ws->len; i++) {
		if (g_unichar_islower(ws->cps[i]))
			has_lower = 1;
		else if (g_unichar_isupper(ws->cps[i]) || g_unichar_istitle(ws->cps[i]))
			has_upper = 1;
	}
	/* A title in capitals would give one unreadable run of capitals. */
	int lower_all = style == CAMPAIGN_HASHTAG_STYLE_LOWER ||
	                (has_upper && !has_lower && ws->count > 1);
	for (size_t k = 0; k < ws->count; k++) {
		size_t start = ws->starts[k], end = ws->starts[k + 1];
		if (lower_all)
			for (size_t i = start; i < end; i++)
				ws->cps[i] = lower_at(ws->cps, start, i, end);
		if (style == CAMPAIGN_HASHTAG_STYLE_CAMEL)
			ws->cps[start] = g_unichar_totitle(ws->cps[start]);
	}
}

/* A letter of a script without letter case: Arabic, Hebrew, CJK, Thai, Devanagari... */
static int
caseless_letter(gunichar cp)
{
	return g_unichar_isalpha(cp) && g_unichar_tolower(cp) == cp && g_unichar_toupper(cp) == cp &&
	       g_unichar_totitle(cp) == cp;
}

/*
 * Joins with '_' two words that meet at a letter without case
 * ("#أجر_عادل", "#東京_マラソン"), as people write tags in those scripts:
 * there, words run together cannot be told apart, and camel case means
 * nothing. Words of cased scripts stay run together, so their tags do not
 * change. The '_' starts the later word, so a tag cut at a word boundary
 * never ends in one.
 */
static int
join_caseless(struct words *ws)
{
	size_t joins = 0;
	for (size_t k = 1; k < ws->count; k++)
		joins += caseless_letter(ws->cps[ws->starts[k] - 1]) || caseless_letter(ws->cps[ws->starts[k]]);
	if (!joins)
		return CAMPAIGN_OK;
	gunichar *cps = malloc((ws->len + joins + 1) * sizeof(*cps));
	if (!cps)
		return CAMPAIGN_ENOMEM;
	size_t len = 0;
	for (size_t k = 0; k < ws->count; k++) {
		size_t start = ws->starts[k], end = ws->starts[k + 1];
		ws->starts[k] = len;
		if (k > 0 && (caseless_letter(ws->cps[start - 1]) || caseless_letter(ws->cps[start])))
			cps[len++] = '_';
		memcpy(cps + len, ws->cps + start, (end - start) * sizeof(*cps));
		len += end - start;
	}
	ws->starts[ws->count] = len;
	free(ws->cps);
	ws->cps = cps;
	ws->len = len;
	return CAMPAIGN_OK;
}

/* The number of code points of whole words that fit in max, or a cut of the first word. */
static size_t
fitting_length(const struct words *ws, size_t max)
{
	size_t fit = 0;
	for (size_t k = 0; k < ws->count; k++) {
		if (ws->starts[k + 1] > max)
			break;
		fit = ws->starts[k + 1];
	}
	return fit ? fit : (ws->len < max ? ws->len : max);
}

/* Latin script: transliterate, then everything must be ASCII. */
static int
to_latin(struct strbuf *latin, const char *nfc, const struct where *w)
{
	int rc = campaign__translit(latin, nfc, strlen(nfc));
	if (rc)
		return rc;
	struct strbuf ascii;
	campaign__strbuf_init(&ascii, 0);
	const char *p = campaign__strbuf_cstr(latin);
	while (*p) {
		gunichar cp = g_utf8_get_char(p);
		const char *next = g_utf8_next_char(p);
		enum hashtag_class c = cp < 0x80 ? HASHTAG_SEPARATOR : campaign__hashtag_class(cp);
		if (cp < 0x80) {
			campaign__strbuf_addc(&ascii, (char)cp);
		} else if (c == HASHTAG_DIGIT) {
			campaign__strbuf_addc(&ascii, (char)('0' + g_unichar_digit_value(cp)));
		} else if (c == HASHTAG_LETTER) {
			campaign__strbuf_free(&ascii);
			return fail(w, "has '%.*s' (U+%04X), which has no Latin form; use "
			            "script keep or write it in Latin letters", (int)(next - p), p,
			            (unsigned)cp);
		} else if (c != HASHTAG_MARK) {
			/* separators stay separators */
			campaign__strbuf_add(&ascii, p, (size_t)(next - p));
		}
		p = next;
	}
	campaign__strbuf_free(latin);
	*latin = ascii;
	return latin->status;
}

static int
check_words(const struct words *ws, const struct where *w)
{
	int letters = 0;
	for (size_t i = 0; i < ws->len && !letters; i++)
		letters = campaign__hashtag_class(ws->cps[i]) == HASHTAG_LETTER;
	if (!letters)
		return fail(w, "has no letters to make a hashtag from");
	if (campaign__hashtag_class(ws->cps[0]) == HASHTAG_DIGIT)
		return fail(w, "starts with a digit, and a hashtag must start with a letter; write "
		            "the number later or in words");
	return CAMPAIGN_OK;
}

/*
 * text in NFC, with each letter or digit set in another typeface or width
 * (mathematical bold U+1D405, fullwidth U+FF26) as its plain self (F), and
 * each Latin ligature as its letters ("ﬁ" as "fi"), so
 * that the printed tag is one a reader can type and a network indexes under
 * the plain word. Only these variants, not the whole of NFKC, which also
 * rewrites what a text says ("Школа № 5" would become "ШколаNo5", "²" a
 * digit, a Hangul jamo a conjoining one): tags are compared under NFKC
 * anyway (campaign__hashtag_key()), so those look-alikes still collide.
 */
static gchar *
plain_nfc(const char *text, size_t len)
{
	glong n = 0;
	gunichar *cps = g_utf8_to_ucs4_fast(text, (glong)len, &n);
	/* A ligature ("ﬁ", pasted from a PDF) becomes its two or three letters. */
	gunichar *plain = g_try_new(gunichar, (gsize)n * 3 + 1);
	glong m = 0;
	for (glong i = 0; plain && i < n; i++) {
		uint32_t letters[3];
		size_t k = campaign__unichar_unligated(cps[i], letters);
		for (size_t j = 0; j < k; j++)
			plain[m++] = letters[j];
		if (!k)
			plain[m++] = campaign__unichar_unstyled(cps[i]);
	}
	g_free(cps);
	gchar *utf8 = plain ? g_ucs4_to_utf8(plain, m, NULL, NULL, NULL) : NULL;
	g_free(plain);
	gchar *nfc = utf8 ? g_utf8_normalize(utf8, -1, G_NORMALIZE_NFC) : NULL;
	g_free(utf8);
	return nfc;
}

/* Encodes cps[0..n) as "#" + NFC UTF-8, at most max code points after the '#'. */
static int
encode_tag(campaign_buf *out, const gunichar *cps, size_t n, size_t max)
{
	gchar *utf8 = g_ucs4_to_utf8(cps, (glong)n, NULL, NULL, NULL);
	if (!utf8)
		return CAMPAIGN_EINVALID;
	gchar *nfc = g_utf8_normalize(utf8, -1, G_NORMALIZE_NFC);
	g_free(utf8);
	if (!nfc)
		return CAMPAIGN_EINVALID;
	/* NFC may split a composition-excluded letter in two; the cap still holds. */
	size_t bytes = strlen(nfc);
	if ((size_t)g_utf8_strlen(nfc, -1) > max)
		bytes = (size_t)(g_utf8_offset_to_pointer(nfc, (glong)max) - nfc);
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	campaign__strbuf_addc(&b, '#');
	campaign__strbuf_add(&b, nfc, bytes);
	g_free(nfc);
	return campaign__strbuf_to_buf(&b, out);
}

static int
make(campaign_buf *out, const char *text, const campaign_hashtag_options *opts,
     const struct where *w)
{
	campaign_hashtag_options o;
	if (campaign__options_copy(&o, opts, &options_defaults, campaign__sizes_hashtag_options,
	                           CAMPAIGN__VERSIONS(campaign__sizes_hashtag_options)))
		return fail(w, "cannot be used: unknown hashtag options version %u", opts->version);
	opts = &o;
	int rc = check_options(opts, w);
	if (rc)
		return rc;
	size_t len = strlen(text);
	if (len > TEXT_MAX_BYTES)
		return fail(w, "is too long: %zu bytes, at most %d", len, TEXT_MAX_BYTES);
	if (campaign__utf8_validate(text, len) != len)
		return fail(w, "is not valid UTF-8");
	/* A tag nobody can read off the paper, nor type: its words would keep every mark. */
	struct mark_stack stack;
	char why[MARK_STACK_DESCRIBE_MAX];
	if (campaign__mark_stack_find(text, &stack))
		return fail(w, "has %s", campaign__mark_stack_describe(&stack, why));
	gchar *nfc = plain_nfc(text, len);
	if (!nfc)
		return CAMPAIGN_ENOMEM;
	struct strbuf latin;
	campaign__strbuf_init(&latin, 0);
	struct words ws = { 0 };
	gunichar *cps = NULL;
	const char *source = nfc;
	if (opts->script == CAMPAIGN_HASHTAG_SCRIPT_LATIN) {
		rc = to_latin(&latin, nfc, w);
		if (rc)
			goto done;
		source = campaign__strbuf_cstr(&latin);
	}
	glong n = 0;
	cps = g_utf8_to_ucs4_fast(source, -1, &n);
	rc = split_words(&ws, cps, (size_t)n);
	if (rc)
		goto done;
	rc = check_words(&ws, w);
	if (rc)
		goto done;
	apply_style(&ws, opts->style);
	rc = join_caseless(&ws);
	if (rc)
		goto done;
	rc = encode_tag(out, ws.cps, fitting_length(&ws, opts->max_length), opts->max_length);
done:
	g_free(cps);
	words_free(&ws);
	campaign__strbuf_free(&latin);
	g_free(nfc);
	return rc;
}

int
campaign_hashtag_make_at(campaign_buf *out, const char *text,
                         const campaign_hashtag_options *opts, const char *file,
                         unsigned long line, unsigned long column, campaign_diags *diags)
{
	struct where w = { text ? text : "", file, line, column, diags };
	if (!text)
		return fail(&w, "is missing");
	return make(out, text, opts, &w);
}

int
campaign_hashtag_make(campaign_buf *out, const char *text,
                      const campaign_hashtag_options *opts, campaign_diags *diags)
{
	return campaign_hashtag_make_at(out, text, opts, NULL, 0, 0, diags);
}
