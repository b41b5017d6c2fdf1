/*
 * Characters that look like ASCII, or like nothing: Cyrillic and Greek
 * letters drawn as Latin ones, invisible format characters, dashes. A key
 * or id typed with one of them looks right in a message and is not; these
 * tables let the message name the character and suggest the ASCII word.
 */
#include "util/lookalike.h"

#include <stdio.h>
#include <string.h>

#include "util/utf8.h"

static const struct lookalike {
	uint32_t cp;
	const char *ascii; /* what it passes for: one character, or "" for an invisible one */
	const char *name;  /* its Unicode name */
} table[] = {
	{ 0x00A0, " ", "NO-BREAK SPACE" },
	{ 0x00AD, "", "SOFT HYPHEN" },
	{ 0x0131, "i", "LATIN SMALL LETTER DOTLESS I" },
	{ 0x0391, "A", "GREEK CAPITAL LETTER ALPHA" },
	{ 0x0392, "B", "GREEK CAPITAL LETTER BETA" },
	{ 0x0395, "E", "GREEK CAPITAL LETTER EPSILON" },
	{ 0x0396, "Z", "GREEK CAPITAL LETTER ZETA" },
	{ 0x0397, "H", "GREEK CAPITAL LETTER ETA" },
	{ 0x0399, "I", "GREEK CAPITAL LETTER IOTA" },
	{ 0x039A, "K", "GREEK CAPITAL LETTER KAPPA" },
	{ 0x039C, "M", "GREEK CAPITAL LETTER MU" },
	{ 0x039D, "N", "GREEK CAPITAL LETTER NU" },
	{ 0x039F, "O", "GREEK CAPITAL LETTER OMICRON" },
	{ 0x03A1, "P", "GREEK CAPITAL LETTER RHO" },
	{ 0x03A4, "T", "GREEK CAPITAL LETTER TAU" },
	{ 0x03A5, "Y", "GREEK CAPITAL LETTER UPSILON" },
	{ 0x03A7, "X", "GREEK CAPITAL LETTER CHI" },
	{ 0x03B1, "a", "GREEK SMALL LETTER ALPHA" },
	{ 0x03B9, "i", "GREEK SMALL LETTER IOTA" },
	{ 0x03BD, "v", "GREEK SMALL LETTER NU" },
	{ 0x03BF, "o", "GREEK SMALL LETTER OMICRON" },
	{ 0x0405, "S", "CYRILLIC CAPITAL LETTER DZE" },
	{ 0x0406, "I", "CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I" },
	{ 0x0408, "J", "CYRILLIC CAPITAL LETTER JE" },
	{ 0x0410, "A", "CYRILLIC CAPITAL LETTER A" },
	{ 0x0412, "B", "CYRILLIC CAPITAL LETTER VE" },
	{ 0x0415, "E", "CYRILLIC CAPITAL LETTER IE" },
	{ 0x041A, "K", "CYRILLIC CAPITAL LETTER KA" },
	{ 0x041C, "M", "CYRILLIC CAPITAL LETTER EM" },
	{ 0x041D, "H", "CYRILLIC CAPITAL LETTER EN" },
	{ 0x041E, "O", "CYRILLIC CAPITAL LETTER O" },
	{ 0x0420, "P", "CYRILLIC CAPITAL LETTER ER" },
	{ 0x0421, "C", "CYRILLIC CAPITAL LETTER ES" },
	{ 0x0422, "T", "CYRILLIC CAPITAL LETTER TE" },
	{ 0x0423, "Y", "CYRILLIC CAPITAL LETTER U" },
	{ 0x0425, "X", "CYRILLIC CAPITAL LETTER HA" },
	{ 0x0430, "a", "CYRILLIC SMALL LETTER A" },
	{ 0x0435, "e", "CYRILLIC SMALL LETTER IE" },
	{ 0x043E, "o", "CYRILLIC SMALL LETTER O" },
	{ 0x0440, "p", "CYRILLIC SMALL LETTER ER" },
	{ 0x0441, "c", "CYRILLIC SMALL LETTER ES" },
	{ 0x0443, "y", "CYRILLIC SMALL LETTER U" },
	{ 0x0445, "x", "CYRILLIC SMALL LETTER HA" },
	{ 0x0455, "s", "CYRILLIC SMALL LETTER DZE" },
	{ 0x0456, "i", "CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I" },
	{ 0x0458, "j", "CYRILLIC SMALL LETTER JE" },
	{ 0x04BB, "h", "CYRILLIC SMALL LETTER SHHA" },
	{ 0x04CF, "l", "CYRILLIC SMALL LETTER PALOCHKA" },
	{ 0x0501, "d", "CYRILLIC SMALL LETTER KOMI DE" },
	{ 0x051B, "q", "CYRILLIC SMALL LETTER QA" },
	{ 0x051D, "w", "CYRILLIC SMALL LETTER WE" },
	{ 0x200B, "", "ZERO WIDTH SPACE" },
	{ 0x200C, "", "ZERO WIDTH NON-JOINER" },
	{ 0x200D, "", "ZERO WIDTH JOINER" },
	{ 0x200E, "", "LEFT-TO-RIGHT MARK" },
	{ 0x200F, "", "RIGHT-TO-LEFT MARK" },
	{ 0x2010, "-", "HYPHEN" },
	{ 0x2011, "-", "NON-BREAKING HYPHEN" },
	{ 0x2012, "-", "FIGURE DASH" },
	{ 0x2013, "-", "EN DASH" },
	{ 0x2014, "-", "EM DASH" },
	{ 0x2060, "", "WORD JOINER" },
	{ 0x2212, "-", "MINUS SIGN" },
	{ 0xFEFF, "", "ZERO WIDTH NO-BREAK SPACE" },
};

static const struct lookalike *
find(uint32_t cp)
{
	size_t lo = 0, hi = sizeof(table) / sizeof(table[0]);
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (table[mid].cp == cp)
			return &table[mid];
		if (table[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const char *
campaign__codepoint_name(uint32_t cp)
{
	const struct lookalike *l = find(cp);
	return l ? l->name : NULL;
}

int
campaign__lookalike_ascii(const char *word, char *out, size_t cap)
{
	size_t n = 0, len = strlen(word);
	int changed = 0;
	for (size_t i = 0; i < len;) {
		uint32_t cp = (unsigned char)word[i];
		size_t step = 1;
		const char *as = NULL;
		char one[2] = { word[i], 0 };
		if (cp >= 0x80) {
			step = campaign__utf8_decode((const unsigned char *)word + i, len - i, &cp);
			const struct lookalike *l = step ? find(cp) : NULL;
			if (!l)
				return 0;
			as = l->ascii;
			changed = 1;
		} else {
			as = one;
		}
		size_t k = strlen(as);
		if (n + k + 1 > cap)
			return 0;
		memcpy(out + n, as, k);
		n += k;
		i += step;
	}
	out[n] = '\0';
	return changed;
}

void
campaign__nonascii_note(const char *text, char *out, size_t cap)
{
	if (cap)
		out[0] = '\0';
	size_t len = strlen(text), position = 0;
	for (size_t i = 0; i < len; position++) {
		uint32_t cp = (unsigned char)text[i];
		if (cp < 0x80) {
			i++;
			continue;
		}
		size_t step = campaign__utf8_decode((const unsigned char *)text + i, len - i, &cp);
		if (step == 0)
			return;
		const char *name = campaign__codepoint_name(cp);
		snprintf(out, cap, " (U+%04X%s%s at character %zu)", (unsigned)cp, name ? " " : "",
		         name ? name : "", position + 1);
		return;
	}
}
