/*
 * Hashtags that look the same on paper compare the same: a Cyrillic 'а' or
 * a Greek 'ο' in "#Rаlly" prints as the Latin letter, so a taken "#Rally"
 * must make it taken too.
 *
 * The table is the Latin/Cyrillic/Greek letter part of Unicode's
 * confusables.txt (UTS #39, security/15.1.0, the prototype of each
 * character), closed under case folding because the contract compares tags
 * without case: a Cyrillic 'В' is drawn as a Latin 'B', and 'В' and 'в'
 * are one tag, so 'в' folds to 'b' as well. Where the two cases of one
 * letter look like two different Latin letters (Greek 'Ν' like 'N', 'ν'
 * like 'v'), the small letter wins: it is the one most of a tag is made of.
 * Confusables inside Latin (l, I and 1; O and 0) are left out: with case
 * folding they would chain 'i' to 'l' to '1', and the suffix alphabet
 * already avoids them.
 *
 * Pure: no I/O, no global state, no locale.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "ids/hashtag_internal.h"
#include "util/utf8.h"

static const struct fold {
	uint32_t cp; /* a case-folded (small) letter */
	char latin;  /* the Latin small letter it is read as */
} folds[] = {
	{ 0x0131, 'i' }, /* LATIN SMALL LETTER DOTLESS I */
	{ 0x03B1, 'a' }, /* GREEK ALPHA: Α, α */
	{ 0x03B2, 'b' }, /* GREEK BETA: Β */
	{ 0x03B5, 'e' }, /* GREEK EPSILON: Ε */
	{ 0x03B6, 'z' }, /* GREEK ZETA: Ζ */
	{ 0x03B7, 'h' }, /* GREEK ETA: Η */
	{ 0x03B9, 'i' }, /* GREEK IOTA: Ι, ι */
	{ 0x03BA, 'k' }, /* GREEK KAPPA: Κ */
	{ 0x03BC, 'm' }, /* GREEK MU: Μ */
	{ 0x03BD, 'v' }, /* GREEK NU: ν */
	{ 0x03BF, 'o' }, /* GREEK OMICRON: Ο, ο */
	{ 0x03C1, 'p' }, /* GREEK RHO: Ρ, ρ */
	{ 0x03C4, 't' }, /* GREEK TAU: Τ */
	{ 0x03C5, 'u' }, /* GREEK UPSILON: υ */
	{ 0x03C7, 'x' }, /* GREEK CHI: Χ */
	{ 0x0430, 'a' }, /* CYRILLIC A: А, а */
	{ 0x0432, 'b' }, /* CYRILLIC VE: В */
	{ 0x0435, 'e' }, /* CYRILLIC IE: Е, е */
	{ 0x043A, 'k' }, /* CYRILLIC KA: К */
	{ 0x043C, 'm' }, /* CYRILLIC EM: М */
	{ 0x043D, 'h' }, /* CYRILLIC EN: Н */
	{ 0x043E, 'o' }, /* CYRILLIC O: О, о */
	{ 0x0440, 'p' }, /* CYRILLIC ER: Р, р */
	{ 0x0441, 'c' }, /* CYRILLIC ES: С, с */
	{ 0x0442, 't' }, /* CYRILLIC TE: Т */
	{ 0x0443, 'y' }, /* CYRILLIC U: У, у */
	{ 0x0445, 'x' }, /* CYRILLIC HA: Х, х */
	{ 0x0455, 's' }, /* CYRILLIC DZE: Ѕ, ѕ */
	{ 0x0456, 'i' }, /* CYRILLIC BYELORUSSIAN-UKRAINIAN I: І, і */
	{ 0x0458, 'j' }, /* CYRILLIC JE: Ј, ј */
	{ 0x0475, 'v' }, /* CYRILLIC IZHITSA: Ѵ, ѵ */
	{ 0x04AF, 'y' }, /* CYRILLIC STRAIGHT U: Ү, ү */
	{ 0x04BB, 'h' }, /* CYRILLIC SHHA: Һ, һ */
	{ 0x04CF, 'l' }, /* CYRILLIC PALOCHKA: Ӏ, ӏ */
	{ 0x0501, 'd' }, /* CYRILLIC KOMI DE: ԁ */
	{ 0x051B, 'q' }, /* CYRILLIC QA: Ԛ, ԛ */
	{ 0x051D, 'w' }, /* CYRILLIC WE: Ԝ, ԝ */
};

static char
latin_of(uint32_t cp)
{
	size_t lo = 0, hi = sizeof(folds) / sizeof(folds[0]);
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (folds[mid].cp == cp)
			return folds[mid].latin;
		if (folds[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

void
campaign__hashtag_fold_lookalikes(char *folded)
{
	size_t len = strlen(folded), out = 0;
	for (size_t i = 0; i < len;) {
		uint32_t cp = (unsigned char)folded[i];
		size_t step = 1;
		if (cp >= 0x80)
			step = campaign__utf8_decode((const unsigned char *)folded + i, len - i, &cp);
		char latin = step > 1 ? latin_of(cp) : 0;
		if (step == 0)
			step = 1; /* not reached: the key is valid UTF-8; copy the byte */
		if (latin) {
			folded[out++] = latin; /* one byte for two: never longer */
		} else {
			memmove(folded + out, folded + i, step);
			out += step;
		}
		i += step;
	}
	folded[out] = '\0';
}
