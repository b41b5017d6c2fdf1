/*
 * Characters a landing URL may not hold, and their names for a diagnostic:
 * a refused character is invisible or looks like another, so a message
 * that quoted it would show nothing useful; it names it by code point and
 * Unicode name instead ("U+200B ZERO WIDTH SPACE"). Internal to the library.
 *
 * Pure: no I/O, no global state; thread-safe.
 */
#ifndef CAMPAIGN_URL_CHAR_H
#define CAMPAIGN_URL_CHAR_H

#include <stddef.h>
#include <stdint.h>

/* Room for "U+10FFFF " and a name as long as libunistring allows (UNINAME_MAX). */
#define URL_CHAR_NAME_MAX 300

/*
 * Writes "U+XXXX NAME" for c into buf (URL_CHAR_NAME_MAX bytes) and returns
 * buf. Characters without a name (controls, unassigned) are written as
 * "U+0085 <control>" or "U+XXXX <unassigned>"; CJK ideographs as their
 * derived name ("CJK UNIFIED IDEOGRAPH-4E00").
 */
const char *campaign__url_char_name(uint32_t c, char *buf);

/*
 * Whether a host may not hold c: a control, a space or line separator, a
 * format character (bidi controls, zero-width joiners, soft hyphen) or any
 * other default-ignorable code point (variation selectors, fillers, tags).
 * IDNA drops some of them silently and keeps others unseen, so the host
 * printed would not be the host written.
 * @return a few words saying what c is ("an invisible character"), or NULL
 *         when c may stand in a host.
 */
const char *campaign__url_char_unseen(uint32_t c);

/*
 * campaign__quote_into() for a URL or a host label in a message: on top of
 * what it replaces, every character campaign__url_char_unseen() names
 * becomes '?', so that a right-to-left override in a refused URL cannot
 * turn the rest of the message around on the terminal.
 */
const char *campaign__url_quote(char *dst, size_t size, const char *s, size_t max_cp);

#endif
