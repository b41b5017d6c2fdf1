#include "text/textquote.h"

#include <stdint.h>
#include <string.h>

#include "util/utf8.h"
#include "text/unichar.h"

static int
is_control(uint32_t cp)
{
	return cp < 0x20 || campaign__unichar_hazard(cp) != UNICHAR_PLAIN;
}

const char *
campaign__quote_into(char *dst, size_t size, const char *s, size_t max_cp)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), i = 0, o = 0, count = 0;
	while (i < len) {
		uint32_t cp;
		size_t n = campaign__utf8_decode(p + i, len - i, &cp);
		int bad = n == 0 || is_control(cp);
		size_t width = bad ? 1 : n;
		/* Keep room for "..." and the terminator. */
		if (count == max_cp || o + width + 4 > size) {
			memcpy(dst + o, "...", 3);
			o += 3;
			break;
		}
		if (bad)
			dst[o] = '?';
		else
			memcpy(dst + o, p + i, n);
		o += width;
		i += n ? n : 1;
		count++;
	}
	dst[o] = '\0';
	return dst;
}
