/*
 * Names and classes of the characters a landing URL may not hold; see
 * url_char.h. GLib gives the general category; libunistring, which libidn2
 * is built on, gives the names and the Default_Ignorable_Code_Point
 * property that GLib does not have.
 */
#include "ids/url_char.h"

#include <glib.h>
#include <stdio.h>
#include <string.h>
#include <unictype.h>
#include <uniname.h>

#include "text/textquote.h"
#include "text/unichar.h"
#include "util/utf8.h"

_Static_assert(URL_CHAR_NAME_MAX >= UNICHAR_DESCRIBE_MAX, "room for a name");

const char *
campaign__url_char_name(uint32_t c, char *buf)
{
	return campaign__unichar_describe(c, buf);
}

const char *
campaign__url_char_unseen(uint32_t c)
{
	switch (g_unichar_type(c)) {
	case G_UNICODE_CONTROL:
		return "a control character";
	case G_UNICODE_SPACE_SEPARATOR:
		return "a space";
	case G_UNICODE_LINE_SEPARATOR:
	case G_UNICODE_PARAGRAPH_SEPARATOR:
		return "a line break";
	case G_UNICODE_FORMAT:
		return "an invisible formatting character";
	default:
		break;
	}
	/* Variation selectors, Hangul fillers, combining grapheme joiner: marks and letters that show nothing. */
	if (uc_is_property_default_ignorable_code_point(c))
		return "an invisible character";
	return NULL;
}

const char *
campaign__url_quote(char *dst, size_t size, const char *s, size_t max_cp)
{
	/* Only the part that can be shown is looked at: max_cp characters of at most 4 bytes. */
	char visible[1024];
	size_t n = 0;
	size_t len = strlen(s);
	for (size_t i = 0; i < len && n + 5 < sizeof(visible) && i < max_cp * 4 + 4;) {
		uint32_t c;
		size_t k = campaign__utf8_decode((const unsigned char *)s + i, len - i, &c);
		if (k == 0 || c < 0x80 || !campaign__url_char_unseen(c)) {
			k = k ? k : 1;
			memcpy(visible + n, s + i, k);
			n += k;
		} else {
			visible[n++] = '?';
		}
		i += k;
	}
	visible[n] = '\0';
	return campaign__quote_into(dst, size, visible, max_cp);
}
