#include "util/utf8.h"

#include <string.h>

size_t
campaign__utf8_decode(const unsigned char *s, size_t avail, uint32_t *cp)
{
	if (avail == 0)
		return 0;
	unsigned char c = s[0];
	size_t n;
	uint32_t v, min;
	if (c < 0x80) {
		if (cp)
			*cp = c;
		return 1;
	} else if ((c & 0xE0) == 0xC0) {
		n = 2, v = c & 0x1F, min = 0x80;
	} else if ((c & 0xF0) == 0xE0) {
		n = 3, v = c & 0x0F, min = 0x800;
	} else if ((c & 0xF8) == 0xF0) {
		n = 4, v = c & 0x07, min = 0x10000;
	} else {
		return 0;
	}
	if (avail < n)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	if (cp)
		*cp = v;
	return n;
}

size_t
campaign__utf8_validate(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < len) {
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		size_t n = campaign__utf8_decode(p + i, len - i, NULL);
		if (n == 0)
			return i;
		i += n;
	}
	return len;
}

size_t
campaign__utf8_count(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t count = 0;
	size_t i = 0;
	while (i < len) {
		size_t n = campaign__utf8_decode(p + i, len - i, NULL);
		i += n ? n : 1;
		count++;
	}
	return count;
}

void
campaign__utf8_position(const char *buf, size_t len, size_t offset,
                        unsigned long *line, unsigned long *column)
{
	if (offset > len)
		offset = len;
	unsigned long l = 1;
	size_t line_start = 0;
	for (size_t i = 0; i < offset; i++) {
		if (buf[i] == '\n') {
			l++;
			line_start = i + 1;
		}
	}
	*line = l;
	*column = (unsigned long)campaign__utf8_count(buf + line_start, offset - line_start) + 1;
}

int
campaign__utf8_cut(const char *s, size_t len, size_t max)
{
	if (len <= max)
		return (int)len;
	/* A character is at most 4 bytes: past 3 continuation bytes the text is not UTF-8 anyway. */
	size_t k = max;
	while (k > 0 && max - k < 3 && ((unsigned char)s[k] & 0xC0) == 0x80)
		k--;
	return (int)k;
}

void
campaign__utf8_trim_partial(char *s)
{
	size_t len = strlen(s);
	size_t valid = campaign__utf8_validate(s, len);
	/* Only a cut at the very end is repaired; anything earlier is the caller's text. */
	if (valid < len && len - valid < 4)
		s[valid] = '\0';
}

int
campaign__utf16_bom(const char *buf, size_t len)
{
	return len >= 2 && ((memcmp(buf, "\xFF\xFE", 2) == 0) || memcmp(buf, "\xFE\xFF", 2) == 0);
}

size_t
campaign__utf8_line_end(const char *s, size_t avail)
{
	const unsigned char *u = (const unsigned char *)s;
	if (avail == 0)
		return 0;
	if (u[0] == '\n')
		return 1;
	if (u[0] == '\r')
		return avail > 1 && u[1] == '\n' ? 2 : 1;
	if (avail >= 2 && u[0] == 0xC2 && u[1] == 0x85) /* NEL */
		return 2;
	if (avail >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xA8 || u[2] == 0xA9))
		return 3; /* LINE SEPARATOR, PARAGRAPH SEPARATOR */
	return 0;
}

const char *
campaign__utf16_without_bom(const char *buf, size_t len)
{
	size_t head = len < 4096 ? len & ~(size_t)3 : 4096, nul[4] = { 0 };
	for (size_t i = 0; i < head; i++)
		nul[i % 4] += buf[i] == '\0';
	size_t quarter = head / 4; /* the bytes at each offset modulo 4 */
	if (quarter < 2)
		return NULL;
	/* Mostly NUL where the high bytes of ASCII text fall, hardly ever where the text is. */
	int lo_text = nul[0] <= quarter / 8, hi_text = nul[3] <= quarter / 8;
	if (lo_text && nul[1] > quarter / 2 && nul[2] > quarter / 2 && nul[3] > quarter / 2)
		return "UTF-32LE";
	if (hi_text && nul[0] > quarter / 2 && nul[1] > quarter / 2 && nul[2] > quarter / 2)
		return "UTF-32BE";
	if (nul[0] + nul[2] <= quarter / 4 && nul[1] + nul[3] > quarter)
		return "UTF-16LE";
	if (nul[1] + nul[3] <= quarter / 4 && nul[0] + nul[2] > quarter)
		return "UTF-16BE";
	return NULL;
}

int
campaign__utf8_has_multibyte(const char *buf, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)buf[i] >= 0xC2 && campaign__utf8_decode((const unsigned char *)buf + i, len - i, NULL) > 1)
			return 1;
	return 0;
}
