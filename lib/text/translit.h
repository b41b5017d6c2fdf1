/*
 * Transliteration of Cyrillic (Russian, Ukrainian, Belarusian) and Latin
 * letters with diacritics to plain ASCII Latin, for UTM values, slugs and
 * Latin-script hashtags. The scheme and its reasons are described in
 * translit.c. Pure: no I/O, no global state, thread-safe.
 */
#ifndef CAMPAIGN_TRANSLIT_H
#define CAMPAIGN_TRANSLIT_H

#include <stddef.h>

#include "util/strbuf.h"

/*
 * Appends the transliteration of text (len bytes of valid UTF-8) to out.
 * The text is NFC-normalized first. Characters the scheme does not cover
 * (other scripts, symbols, punctuation) are copied unchanged, so the caller
 * decides what to do with them. Letter case follows the source, including
 * all-caps words ("ЩИ" -> "SHCHI", "Щи" -> "Shchi").
 * @return CAMPAIGN_OK, or the strbuf's failure.
 */
int campaign__translit(struct strbuf *out, const char *text, size_t len);

#endif
