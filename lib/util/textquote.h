/*
 * User text inside diagnostics. A message quotes what the user wrote, but
 * that text may be long, or hold control characters (an escape sequence
 * would reach the terminal through stderr) or invalid UTF-8: the quoted copy
 * is shortened and made safe to print.
 */
#ifndef CAMPAIGN_UTIL_TEXTQUOTE_H
#define CAMPAIGN_UTIL_TEXTQUOTE_H

#include <stddef.h>

#include "util/strbuf.h"

/*
 * Appends at most max_cp code points of s (len bytes), followed by "..." when
 * cut. Control characters (C0, DEL, C1) and invalid bytes become '?'.
 * @return CAMPAIGN_OK, or the strbuf's failure.
 */
int campaign__quote_text(struct strbuf *b, const char *s, size_t len, size_t max_cp);

/*
 * A NUL-terminated quoted copy of s made with campaign__quote_text(), for a
 * "%s" in a diagnostic; into dst (size bytes, at least 8). Never fails: when
 * dst is too small the copy is shortened.
 */
const char *campaign__quote_into(char *dst, size_t size, const char *s, size_t max_cp);

#endif
