#include "util/script_scheme.h"

#include <stddef.h>

/* The longest scheme below, "javascript:", and a little room. */
#define SCHEME_MAX 16

const char *
campaign__script_scheme(const char *text)
{
	static const char *const schemes[] = { "javascript:", "vbscript:", "data:", "file:", NULL };
	/*
	 * Read as a browser's URL parser reads a link (WHATWG URL): leading
	 * spaces and control characters dropped, and tabs and line breaks
	 * anywhere removed, so "java\tscript:" is javascript: too; letters in
	 * any case.
	 */
	const unsigned char *p = (const unsigned char *)text;
	while (*p && *p <= 0x20)
		p++;
	char scheme[SCHEME_MAX + 1];
	size_t n = 0;
	for (; *p && n < SCHEME_MAX; p++) {
		if (*p == '\t' || *p == '\n' || *p == '\r')
			continue;
		scheme[n++] = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
		if (*p == ':')
			break;
	}
	scheme[n] = '\0';
	for (size_t i = 0; schemes[i]; i++) {
		const char *s = schemes[i];
		size_t k = 0;
		while (s[k] && s[k] == scheme[k])
			k++;
		if (!s[k])
			return schemes[i];
	}
	return NULL;
}
