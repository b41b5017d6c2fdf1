/* Characters that change printed text without being seen: see unichar.h. */
#include "text/unichar.h"

#include <glib.h>
#include <stdio.h>
#include <string.h>
#include <unictype.h>
#include <uniname.h>
#include <uninorm.h>

#include "util/utf8.h"

enum unichar_hazard
campaign__unichar_hazard(uint32_t cp)
{
	if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F))
		return UNICHAR_CONTROL;
	if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
		return UNICHAR_BIDI_CONTROL;
	if (cp == 0x200E || cp == 0x200F || cp == 0x061C)
		return UNICHAR_BIDI_MARK;
	switch (g_unichar_type(cp)) {
	case G_UNICODE_FORMAT:           /* ZWSP, ZWJ, ZWNJ, SHY, WJ, BOM, tags... */
	case G_UNICODE_LINE_SEPARATOR:   /* U+2028 */
	case G_UNICODE_PARAGRAPH_SEPARATOR: /* U+2029 */
		return UNICHAR_INVISIBLE;
	default:
		break;
	}
	/* Variation selectors, Hangul fillers, the combining grapheme joiner: they show nothing. */
	if (uc_is_property_default_ignorable_code_point(cp))
		return UNICHAR_INVISIBLE;
	return UNICHAR_PLAIN;
}

int
campaign__unichar_is_noncharacter(uint32_t cp)
{
	return (cp >= 0xFDD0 && cp <= 0xFDEF) || ((cp & 0xFFFE) == 0xFFFE && cp <= 0x10FFFF);
}

const char *
campaign__unichar_describe(uint32_t cp, char buf[UNICHAR_DESCRIBE_MAX])
{
	char name[UNINAME_MAX];
	if (unicode_character_name(cp, name))
		snprintf(buf, UNICHAR_DESCRIBE_MAX, "U+%04X %s", (unsigned)cp, name);
	else if (g_unichar_type(cp) == G_UNICODE_CONTROL)
		snprintf(buf, UNICHAR_DESCRIBE_MAX, "U+%04X <control>", (unsigned)cp);
	else if (g_unichar_get_script(cp) == G_UNICODE_SCRIPT_HAN && g_unichar_isdefined(cp))
		/* An ideograph's name is derived from its code point, so libunistring has no row for it. */
		snprintf(buf, UNICHAR_DESCRIBE_MAX, "U+%04X CJK %s IDEOGRAPH-%04X", (unsigned)cp,
		         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F) ? "COMPATIBILITY"
		                                                                       : "UNIFIED",
		         (unsigned)cp);
	else
		/* Unicode's labels for code points without a name (Unicode 15, 4.8). */
		snprintf(buf, UNICHAR_DESCRIBE_MAX, "U+%04X <%s>", (unsigned)cp,
		         campaign__unichar_is_noncharacter(cp) ? "noncharacter"
		         : cp >= 0xD800 && cp <= 0xDFFF                       ? "surrogate"
		         : g_unichar_type(cp) == G_UNICODE_PRIVATE_USE         ? "private-use"
		         : cp > 0x10FFFF                                       ? "not a code point"
		                                                               : "unassigned");
	return buf;
}

const char *
campaign__unichar_why(enum unichar_hazard h)
{
	switch (h) {
	case UNICHAR_CONTROL:
		return "a control character, which prints as a box or not at all";
	case UNICHAR_BIDI_CONTROL:
		return "a bidi control, which reorders the text after it so that the paper does not read as "
		       "the file does (the layout orders mixed scripts by itself)";
	case UNICHAR_BIDI_MARK:
		return "a direction mark, which moves the characters around it on paper";
	case UNICHAR_INVISIBLE:
		return "an invisible character, which prints as nothing but stays in the value";
	case UNICHAR_PLAIN:
		break;
	}
	return "a plain character";
}

ptrdiff_t
campaign__unichar_find(const char *text, size_t len, enum unichar_hazard from, uint32_t *cp)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t i = 0;
	while (i < len) {
		uint32_t c = p[i];
		size_t n = 1;
		if (c >= 0x80) {
			n = campaign__utf8_decode(p + i, len - i, &c);
			if (n == 0)
				return -1; /* the callers validate first; nothing to name here */
		}
		if (campaign__unichar_hazard(c) >= from) {
			*cp = c;
			return (ptrdiff_t)i;
		}
		i += n;
	}
	return -1;
}

int
campaign__unichar_is_ignorable(uint32_t cp)
{
	/* KHITAN SMALL SCRIPT FILLER shows nothing, like the Hangul fillers, but
	 * libunistring 1.0 (Debian 12, Unicode 14) does not list it. */
	return cp == 0x16FE4 || uc_is_property_default_ignorable_code_point(cp);
}

uint32_t
campaign__unichar_unstyled(uint32_t cp)
{
	/* Room for any decomposition; the ones wanted here are one character. */
	ucs4_t parts[UC_DECOMPOSITION_MAX_LENGTH];
	int tag;
	if (cp < 0x80 || uc_decomposition(cp, &tag, parts) != 1)
		return cp;
	return tag == UC_DECOMP_FONT || tag == UC_DECOMP_WIDE || tag == UC_DECOMP_NARROW ? parts[0] : cp;
}

size_t
campaign__unichar_unligated(uint32_t cp, uint32_t letters[3])
{
	/* Latin ff..st and Armenian men-now..men-xeh: letters a font joins, typed as two or three. */
	if (!((cp >= 0xFB00 && cp <= 0xFB06) || (cp >= 0xFB13 && cp <= 0xFB17)))
		return 0;
	ucs4_t parts[UC_DECOMPOSITION_MAX_LENGTH];
	int tag;
	int n = uc_decomposition(cp, &tag, parts);
	if (tag != UC_DECOMP_COMPAT || n < 2 || n > 3)
		return 0;
	for (int i = 0; i < n; i++)
		letters[i] = parts[i];
	return (size_t)n;
}

int
campaign__unichar_is_mark(uint32_t cp)
{
	return uc_is_general_category(cp, UC_CATEGORY_M);
}

ptrdiff_t
campaign__unichar_find_replacement(const char *text, size_t len)
{
	/* U+FFFD is EF BF BD in UTF-8, and those bytes are nothing else. */
	for (const char *p = text; (p = memchr(p, '\xEF', len - (size_t)(p - text))) != NULL; p++)
		if ((size_t)(p - text) + 3 <= len && memcmp(p, "\xEF\xBF\xBD", 3) == 0)
			return p - text;
	return -1;
}
