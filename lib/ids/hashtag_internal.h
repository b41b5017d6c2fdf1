/* What hashtag.c, hashtag_set.c and hashtag_taken.c share. */
#ifndef CAMPAIGN_HASHTAG_INTERNAL_H
#define CAMPAIGN_HASHTAG_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

/* What a code point is to a hashtag. */
enum hashtag_class {
	HASHTAG_SEPARATOR,  /* ends a word: space, punctuation, emoji */
	HASHTAG_LETTER,     /* Unicode L* */
	HASHTAG_DIGIT,      /* Unicode Nd, any script */
	HASHTAG_UNDERSCORE,
	HASHTAG_MARK,       /* Mn, Mc: belongs to the letter before it */
	HASHTAG_INVISIBLE,  /* format characters, variation selectors: dropped, word goes on */
	HASHTAG_APOSTROPHE, /* dropped between two letters, a separator elsewhere */
};

enum hashtag_class campaign__hashtag_class(uint32_t cp);

/*
 * The comparison key of a tag: one leading '#' removed, NFKD (fullwidth and
 * other compatibility forms as their plain letters), the characters that
 * show nothing removed, full case folding, look-alike letters folded, NFKC.
 * NULL when tag is not valid UTF-8 or empty without its '#' (a tag of
 * invisible characters only, which older builds could make, has the key "").
 * Release with free().
 */
char *campaign__hashtag_key(const char *tag);

/*
 * Replaces, in place, every Cyrillic and Greek letter of a case-folded text
 * that prints like a Latin one with that Latin letter (hashtag_lookalike.c).
 * Requires valid UTF-8; the text never grows.
 */
void campaign__hashtag_fold_lookalikes(char *folded);

#endif
