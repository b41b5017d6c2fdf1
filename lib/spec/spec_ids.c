#include "spec/spec_ids.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int
is_device_name(const char *id)
{
	/* Windows reserves these with any extension: "con.pdf" cannot be created. */
	static const char *const devices[] = { "con", "prn", "aux", "nul", NULL };
	size_t stem = strcspn(id, ".");
	for (size_t i = 0; devices[i]; i++)
		if (stem == 3 && strncasecmp(id, devices[i], 3) == 0)
			return 1;
	if (stem == 4 && (strncasecmp(id, "com", 3) == 0 || strncasecmp(id, "lpt", 3) == 0) &&
	    id[3] >= '1' && id[3] <= '9')
		return 1;
	return 0;
}

const char *
campaign__id_problem(const char *id)
{
	size_t len = strlen(id);
	if (len == 0)
		return "it is empty";
	if (len > SPEC_ID_MAX)
		return "it is longer than 64 characters";
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)id[i];
		int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		         c == '-' || c == '_' || c == '.';
		if (!ok)
			return "it may contain only Latin letters, digits, '-', '_' and '.'";
	}
	if (strstr(id, ".."))
		return "it contains '..'";
	if (id[0] == '-' || id[0] == '.')
		return "it starts with '-' or '.'";
	if (id[len - 1] == '.')
		return "it ends with '.'";
	if (is_device_name(id))
		return "it is a reserved device name on Windows";
	return NULL;
}

struct id_ref {
	const char *id;
	size_t index;
};

static int
cmp_ids(const void *a, const void *b)
{
	const struct id_ref *x = a, *y = b;
	int c = strcasecmp(x->id, y->id);
	if (c)
		return c;
	return x->index < y->index ? -1 : x->index > y->index;
}

int
campaign__ids_find_duplicates(const char *const *ids, size_t n,
                              void (*report)(void *ctx, size_t dup, size_t first), void *ctx)
{
	if (n < 2)
		return 0;
	struct id_ref *refs = malloc(n * sizeof(*refs));
	if (!refs)
		return -1;
	for (size_t i = 0; i < n; i++)
		refs[i] = (struct id_ref){ ids[i], i };
	qsort(refs, n, sizeof(*refs), cmp_ids);
	size_t first = 0;
	for (size_t i = 1; i < n; i++) {
		if (strcasecmp(refs[i].id, refs[first].id) == 0)
			report(ctx, refs[i].index, refs[first].index);
		else
			first = i;
	}
	free(refs);
	return 0;
}
