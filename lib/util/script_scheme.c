#include "util/script_scheme.h"

#include <string.h>
#include <strings.h>

const char *
campaign__script_scheme(const char *text)
{
	static const char *const schemes[] = { "javascript:", "vbscript:", "data:", "file:", NULL };
	while (*text == ' ' || *text == '\t')
		text++;
	for (size_t i = 0; schemes[i]; i++)
		if (strncasecmp(text, schemes[i], strlen(schemes[i])) == 0)
			return schemes[i];
	return NULL;
}
