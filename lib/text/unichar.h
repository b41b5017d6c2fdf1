/*
 * Characters that change printed text without being seen: what each can do
 * and what to call it in a message. Every text that reaches paper, and every
 * value that becomes part of a printed identifier, is checked here (at the
 * YAML and CSV readers, the spec built in code, and the values a flyer is
 * filled with) so that what prints is what the user wrote.
 */
#ifndef CAMPAIGN_TEXT_UNICHAR_H
#define CAMPAIGN_TEXT_UNICHAR_H

#include <stddef.h>
#include <stdint.h>

/* Ordered by harm: a check refuses every hazard from some level up. */
enum unichar_hazard {
	UNICHAR_PLAIN = 0,
	/* Shows nothing: zero-width space and joiners, soft hyphen, word joiner,
	 * BOM, tags, line and paragraph separators, Hangul fillers. Harmless in
	 * running text (they shape or break it), wrong inside a number's mask. */
	UNICHAR_INVISIBLE,
	/* LRM, RLM, ALM: move the neutral characters around them. */
	UNICHAR_BIDI_MARK,
	/* Embeddings, overrides, isolates and their pops: reorder what follows,
	 * so the paper does not read as the file does (CVE-2021-42574). */
	UNICHAR_BIDI_CONTROL,
	/* C0 but tab, line feed and carriage return; DEL; C1. */
	UNICHAR_CONTROL,
};

enum unichar_hazard campaign__unichar_hazard(uint32_t cp);

/*
 * Whether cp is one of the 66 noncharacters (U+FDD0-U+FDEF and the last two
 * of every plane, U+FFFE and U+FFFF among them): kept for a program's own
 * use, never text to exchange or print.
 */
int campaign__unichar_is_noncharacter(uint32_t cp);

/*
 * Why U+FFFD REPLACEMENT CHARACTER is refused in a value or a table: a
 * program writes it where it could not read a character, so the text was
 * damaged before it came here, and the flyer would print the damage.
 */
#define UNICHAR_REPLACEMENT_WHY                                                              \
	"a program puts it where it could not read a character (a file opened in the wrong " \
	"encoding, or cut in the middle of one), so the text was damaged before it came "    \
	"here: type the character that was meant"

/* Where U+FFFD first is in len bytes of text, or -1. */
ptrdiff_t campaign__unichar_find_replacement(const char *text, size_t len);

/* Room for campaign__unichar_describe(): "U+XXXXXX " and the longest Unicode name. */
#define UNICHAR_DESCRIBE_MAX 300

/*
 * "U+202E RIGHT-TO-LEFT OVERRIDE": the name from libunistring; characters
 * without one as "U+0085 <control>", "U+4E00 CJK UNIFIED IDEOGRAPH-4E00"
 * (derived from the code point), or with Unicode's label for what the code
 * point is: "U+FFFE <noncharacter>", "U+E000 <private-use>",
 * "U+D800 <surrogate>", "U+0378 <unassigned>".
 */
const char *campaign__unichar_describe(uint32_t cp, char buf[UNICHAR_DESCRIBE_MAX]);

/* Why a hazard matters, as a clause for a message: "which reorders ...". */
const char *campaign__unichar_why(enum unichar_hazard h);

/*
 * The first character of text (len bytes of valid UTF-8) whose hazard is
 * `from` or worse: its byte offset, with the character in *cp; -1 when none.
 */
ptrdiff_t campaign__unichar_find(const char *text, size_t len, enum unichar_hazard from,
                                 uint32_t *cp);

/*
 * Whether cp is one of Unicode's Default_Ignorable_Code_Point: characters
 * that show nothing where a renderer does not support them (joiners,
 * variation selectors, the combining grapheme joiner, Hangul fillers,
 * Mongolian free variation selectors, tags). Identifiers drop them
 * (UAX #31), so that two that look the same are the same.
 */
int campaign__unichar_is_ignorable(uint32_t cp);

/* Whether cp is a combining mark (general category M: Mn, Mc, Me), which sits on the letter before it. */
int campaign__unichar_is_mark(uint32_t cp);

/*
 * The plain character cp is a typeface or width variant of, by Unicode's
 * <font>, <wide> and <narrow> decompositions (mathematical bold U+1D405 and
 * fullwidth U+FF26 are F, halfwidth U+FF76 is U+30AB KATAKANA KA); cp
 * itself otherwise. Each such decomposition is one character.
 */
uint32_t campaign__unichar_unstyled(uint32_t cp);

/*
 * The letters of a Latin or Armenian ligature character (U+FB01 "ﬁ" is
 * f, i; U+FB03 "ﬃ" is f, f, i), by its <compat> decomposition, into
 * letters; returns how many (2 or 3), or 0 for any other character. Text
 * pasted from a PDF holds them where the font joined the letters.
 */
size_t campaign__unichar_unligated(uint32_t cp, uint32_t letters[3]);

#endif
