/*
 * The characters a landing URL's host may not hold; see url_char.h. The
 * classes are text/unichar.c's, so a host and printed text refuse the same
 * characters; only the words for them, and spaces, are the URL's own.
 */
#include "ids/url_char.h"

#include <glib.h>

#include "text/unichar.h"

const char *
campaign__url_char_unseen(uint32_t c)
{
	GUnicodeType type = g_unichar_type(c);
	if (type == G_UNICODE_SPACE_SEPARATOR)
		return "a space";
	switch (campaign__unichar_hazard(c)) {
	case UNICHAR_PLAIN:
		return NULL;
	case UNICHAR_CONTROL:
		return "a control character";
	case UNICHAR_BIDI_CONTROL:
	case UNICHAR_BIDI_MARK:
	case UNICHAR_INVISIBLE:
		break;
	}
	if (type == G_UNICODE_LINE_SEPARATOR || type == G_UNICODE_PARAGRAPH_SEPARATOR)
		return "a line break";
	/* Variation selectors, Hangul fillers, the combining grapheme joiner: not format characters, still unseen. */
	return type == G_UNICODE_FORMAT ? "an invisible formatting character" : "an invisible character";
}
