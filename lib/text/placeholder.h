/*
 * `{{name}}` placeholders in spec and template text. Names are trimmed of
 * spaces ("{{ row.station }}" is "row.station"). There is no escape: text
 * never needs a literal "{{" in a campaign. Pure.
 */
#ifndef CAMPAIGN_PLACEHOLDER_H
#define CAMPAIGN_PLACEHOLDER_H

#include <stddef.h>

#include "util/strbuf.h"

struct placeholder_ref {
	const char *name; /* points into the text; not NUL-terminated */
	size_t len;
	size_t start;     /* offset of "{{" */
	size_t end;       /* offset just past "}}" */
};

/*
 * Finds the next placeholder at or after offset *pos of text and moves *pos
 * past it. Returns 1 when found, 0 when there is none, -1 when a "{{" is not
 * closed or names nothing (ref->start says where).
 */
int campaign__placeholder_next(const char *text, size_t *pos, struct placeholder_ref *ref);

/* Returns 1 when ref's name equals name. */
int campaign__placeholder_is(const struct placeholder_ref *ref, const char *name);

/* Returns 1 when ref's name starts with prefix ("row."). */
int campaign__placeholder_has_prefix(const struct placeholder_ref *ref, const char *prefix);

/*
 * Every name campaign-template(5) defines a value for, NULL-terminated;
 * "row.*" and "var.*" stand for those families. The build fills exactly
 * these (plan_values.c), and a template is checked against them.
 */
extern const char *const campaign__placeholder_names[];

/* The names a flyer makes from event.date, NULL-terminated. */
extern const char *const campaign__placeholder_date_names[];

/*
 * 1 when ref is a name campaign-template(5) defines (one of
 * campaign__placeholder_names but the families, or made from event.date):
 * a name that may lack a value, but is never a misspelling of another.
 */
int campaign__placeholder_is_defined(const struct placeholder_ref *ref);

/* Resolves a placeholder to its value; NULL means unknown. */
typedef const char *(*placeholder_lookup)(void *ctx, const struct placeholder_ref *ref);

/*
 * Appends text to out with every placeholder replaced by lookup's value.
 * @return 0; 1 for an unknown or malformed placeholder (*bad says which,
 *         bad->len == 0 or a lookup miss); or the strbuf's (negative) failure.
 */
int campaign__placeholder_expand(struct strbuf *out, const char *text, placeholder_lookup lookup,
                                 void *ctx, struct placeholder_ref *bad);

#endif
