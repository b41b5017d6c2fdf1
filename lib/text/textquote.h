/*
 * User text inside diagnostics. A message quotes what the user wrote, but
 * that text may be long, or hold control characters (an escape sequence
 * would reach the terminal through stderr), characters that reorder or hide
 * the message around them (bidi controls and marks, zero-width spaces), or
 * invalid UTF-8: the quoted copy is shortened and made safe to print.
 */
#ifndef CAMPAIGN_TEXT_TEXTQUOTE_H
#define CAMPAIGN_TEXT_TEXTQUOTE_H

#include <stddef.h>

/*
 * Writes into dst (size bytes, at least 8) at most max_cp code points of s,
 * followed by "..." when cut; control characters (C0, DEL, C1), every
 * character unichar.h calls a hazard, and invalid bytes become '?'. Never fails: when dst is too small the copy is cut
 * sooner. Returns dst, for a "%s" in a diagnostic.
 */
const char *campaign__quote_into(char *dst, size_t size, const char *s, size_t max_cp);

#endif
