/*
 * Look-alike characters: names for the non-ASCII characters that pass for
 * ASCII ones (a Cyrillic 'а' in "lаnding") or for nothing (a zero-width
 * space), so messages can say what the eye cannot see.
 */
#ifndef CAMPAIGN_UTIL_LOOKALIKE_H
#define CAMPAIGN_UTIL_LOOKALIKE_H

#include <stddef.h>
#include <stdint.h>

/* The Unicode name of cp when it is a known look-alike ("CYRILLIC SMALL LETTER A"), else NULL. */
const char *campaign__codepoint_name(uint32_t cp);

/*
 * Writes word with every look-alike replaced by the ASCII it passes for
 * (invisible ones dropped) into out (cap bytes). Returns 1 when the result
 * differs from word and is all ASCII; 0 otherwise (nothing to replace, a
 * non-ASCII character that is no look-alike, or no room), out then unusable.
 */
int campaign__lookalike_ascii(const char *word, char *out, size_t cap);

/*
 * Describes text's first non-ASCII character as " (U+0430 CYRILLIC SMALL
 * LETTER A at character 2)" (the name only for known look-alikes; the
 * position counts characters from 1), or "" for ASCII text, into out.
 */
void campaign__nonascii_note(const char *text, char *out, size_t cap);

#endif
