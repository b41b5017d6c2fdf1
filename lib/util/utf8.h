/*
 * UTF-8 helpers that do not need GLib: validation that says where the first
 * bad byte is (so a diagnostic can point at it), code point counting for
 * diagnostic columns, and trimming a string cut in the middle of a character.
 */
#ifndef CAMPAIGN_UTIL_UTF8_H
#define CAMPAIGN_UTIL_UTF8_H

#include <stddef.h>
#include <stdint.h>

/*
 * Length in bytes of the valid UTF-8 sequence at s (1 to 4), or 0 when the
 * bytes at s are not valid UTF-8 (overlong forms, surrogates and code points
 * above U+10FFFF are invalid). Decoded code point in *cp when cp is not NULL.
 */
size_t campaign__utf8_decode(const unsigned char *s, size_t avail, uint32_t *cp);

/* Offset of the first invalid byte, or len when the whole buffer is valid. */
size_t campaign__utf8_validate(const char *s, size_t len);

/* Number of code points in the first len bytes of s (invalid bytes count one each). */
size_t campaign__utf8_count(const char *s, size_t len);

/*
 * 1-based line and column (in code points) of byte offset `offset` in buf.
 * Lines end at "\n"; "\r\n" counts as one line end.
 */
void campaign__utf8_position(const char *buf, size_t len, size_t offset,
                             unsigned long *line, unsigned long *column);

/*
 * Whether buf starts with a UTF-16 byte order mark (FF FE or FE FF): a
 * file saved as "Unicode" by a spreadsheet or editor, which every reader
 * of UTF-8 text should name as such rather than as bad bytes or a NUL.
 */
int campaign__utf16_bom(const char *buf, size_t len);

/*
 * Length in bytes of the line end at s (of the avail bytes there), or 0 when
 * none starts there: LF, CRLF, a lone CR, and Unicode's other line ends,
 * NEL (U+0085, from EBCDIC and some exports) and the line and paragraph
 * separators (U+2028, U+2029, from word processors), which an editor shows
 * as a new line, so a list read by lines must end its line there too.
 */
size_t campaign__utf8_line_end(const char *s, size_t avail);

/*
 * The encoding of text saved as UTF-16 or UTF-32 without a byte order mark,
 * from where its NUL bytes fall in the first 4 KiB ("UTF-16LE": every odd
 * byte of ASCII text is NUL), or NULL when it does not look so.
 */
const char *campaign__utf16_without_bom(const char *buf, size_t len);

/* Whether buf holds a valid UTF-8 sequence of two bytes or more: text that is UTF-8 elsewhere. */
int campaign__utf8_has_multibyte(const char *buf, size_t len);

/*
 * How many bytes of s[0..len) to quote in a message that shows at most max
 * bytes of it: len when it fits, else max moved back to the first byte of
 * the character there, so that "%.*s" never prints half a character (an
 * invalid sequence on a terminal and in a JSON consumer of diagnostics).
 * An int, for "%.*s"; max must fit in one.
 */
int campaign__utf8_cut(const char *s, size_t len, size_t max);

/* The two arguments of "%.*s" for the C string s (evaluated more than once) cut so. */
#define CAMPAIGN__UTF8_CUT(s, max) campaign__utf8_cut((s), strlen(s), (max)), (s)

/* Cuts a trailing incomplete UTF-8 sequence off a NUL-terminated string. */
void campaign__utf8_trim_partial(char *s);

#endif
