/* Choosing an export's columns by the user's names or the usual ones. */
#include "columns.h"

#include <stdio.h>
#include <string.h>
#include <unicase.h>

#include "text/textquote.h"
#include "util/strbuf.h"
#include "util/suggest.h"

/* The first header column from `from` on named `name` (trimmed, without case), or -1. */
static long
find_column_from(const struct export_record *header, size_t from, const char *name, size_t len)
{
	while (len && name[0] == ' ')
		name++, len--;
	while (len && name[len - 1] == ' ')
		len--;
	for (size_t i = from; i < header->count; i++) {
		const char *h = header->fields[i];
		while (*h == ' ')
			h++;
		size_t hl = strlen(h);
		while (hl && h[hl - 1] == ' ')
			hl--;
		/* Full Unicode case folding: "Куда" is "куда", "STATUS" is "status". */
		int order;
		if (u8_casecmp((const uint8_t *)h, hl, (const uint8_t *)name, len, NULL, NULL, &order) == 0 &&
		    order == 0)
			return (long)i;
	}
	return -1;
}

static long
find_column(const struct export_record *header, const char *name, size_t len)
{
	return find_column_from(header, 0, name, len);
}

/*
 * A second column with the chosen one's name: which of the two holds the
 * values is a guess (an export's "Phone" of the caller and of the office),
 * and reading the first would count the other's values wrong with no word.
 */
static int
check_unique(const struct column_role *role, const struct export_record *header, long index,
             char *why, size_t why_size)
{
	const char *name = header->fields[index];
	long again = find_column_from(header, (size_t)index + 1, name, strlen(name));
	if (again < 0)
		return 0;
	char shown[160];
	snprintf(why, why_size, "two columns are named '%s' (columns %ld and %ld), and which one "
	         "holds the '%s' values would be a guess: rename one in the file",
	         campaign__quote_into(shown, sizeof(shown), name, 60), index + 1, again + 1,
	         role->name);
	return -1;
}

static void
list_header(const struct export_record *header, char *out, size_t size)
{
	size_t used = 0;
	out[0] = '\0';
	for (size_t i = 0; i < header->count && used + 1 < size; i++) {
		char name[160];
		int n = snprintf(out + used, size - used, "%s'%s'", i ? ", " : "",
		                 campaign__quote_into(name, sizeof(name), header->fields[i], 40));
		if (n < 0)
			break;
		used += (size_t)n;
	}
}

/* The user's NAME=COLUMN pairs; -1 with why for an unknown NAME or a missing COLUMN. */
static int
apply_spec(const struct column_role *roles, size_t n, const char *spec,
           const struct export_record *header, long *index, char *why, size_t why_size)
{
	const char *names[32] = { 0 };
	char all[256] = "";
	for (size_t i = 0; i < n && i + 1 < 32; i++) {
		names[i] = roles[i].name;
		size_t used = strlen(all);
		snprintf(all + used, sizeof(all) - used, "%s%s", i ? ", " : "", roles[i].name);
	}
	for (const char *p = spec; p && *p;) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		const char *eq = memchr(p, '=', len);
		char role[64];
		size_t rl = eq ? (size_t)(eq - p) : len;
		snprintf(role, sizeof(role), "%.*s", (int)(rl < 63 ? rl : 63), p);
		size_t r = 0;
		while (r < n && strcmp(roles[r].name, role) != 0)
			r++;
		if (!eq || r == n) {
			const char *hint = campaign__suggest(role, names);
			char pair[256], shown[300];
			snprintf(pair, sizeof(pair), "%.*s", (int)(len < 200 ? len : 200), p);
			snprintf(why, why_size, "'%s' is not NAME=COLUMN with NAME one of %s%s%s%s",
			         campaign__quote_into(shown, sizeof(shown), pair, 60), all,
			         hint ? " (did you mean '" : "", hint ? hint : "", hint ? "'?)" : "");
			return -1;
		}
		index[r] = find_column(header, eq + 1, len - rl - 1);
		if (index[r] < 0) {
			char cols[512], wanted[256], shown[300];
			list_header(header, cols, sizeof(cols));
			snprintf(wanted, sizeof(wanted), "%.*s", (int)(len - rl - 1 < 200 ? len - rl - 1 : 200),
			         eq + 1);
			snprintf(why, why_size, "no column '%s' for '%s': the header has %s",
			         campaign__quote_into(shown, sizeof(shown), wanted, 60), roles[r].name, cols);
			return -1;
		}
		p = comma ? comma + 1 : p + len;
	}
	return 0;
}

int
campaign__columns_choose(const struct column_role *roles, size_t n, const char *spec,
                         const struct export_record *header, long *index, struct strbuf *how,
                         char *why, size_t why_size)
{
	for (size_t i = 0; i < n; i++)
		index[i] = -1;
	if (apply_spec(roles, n, spec, header, index, why, why_size))
		return -1;
	for (size_t i = 0; i < n; i++) {
		for (size_t a = 0; index[i] < 0 && roles[i].aliases[a]; a++)
			index[i] = find_column(header, roles[i].aliases[a], strlen(roles[i].aliases[a]));
		if (index[i] < 0 && roles[i].required) {
			char cols[512];
			list_header(header, cols, sizeof(cols));
			snprintf(why, why_size, "no column for '%s' (as '%s' and the like): the header has "
			         "%s; name it with %s=COLUMN", roles[i].name, roles[i].aliases[0], cols,
			         roles[i].name);
			return -1;
		}
		if (index[i] >= 0 && check_unique(&roles[i], header, index[i], why, why_size))
			return -1;
		if (index[i] >= 0)
			campaign__strbuf_addf(how, "%s%s='%s'", how->len ? ", " : "", roles[i].name,
			                      header->fields[index[i]]);
	}
	return 0;
}
