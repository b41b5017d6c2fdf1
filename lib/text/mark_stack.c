/* Stacks of combining marks: see mark_stack.h. */
#include "text/mark_stack.h"

#include <glib.h>
#include <stdio.h>

#include "text/unichar.h"

/* A format character or one that shows nothing (campaign__unichar_is_ignorable()). */
static int
shows_nothing(gunichar c)
{
	return g_unichar_type(c) == G_UNICODE_FORMAT || campaign__unichar_is_ignorable(c);
}

int
campaign__mark_stack_find(const char *text, struct mark_stack *out)
{
	size_t n = 0;
	gunichar base = 0;
	const char *p = text;
	while (*p) {
		/*
		 * The marks on the character before (or at the start), counted whole
		 * for the message. A character that shows nothing (a zero-width
		 * space, a joiner) does not end the stack: a hashtag drops it, and
		 * the marks after it land on the same letter.
		 */
		size_t marks = 0;
		for (; *p && (g_unichar_ismark(g_utf8_get_char(p)) || shows_nothing(g_utf8_get_char(p)));
		     p = g_utf8_next_char(p))
			marks += g_unichar_ismark(g_utf8_get_char(p)) != 0;
		if (marks > MARK_STACK_MAX) {
			*out = (struct mark_stack){ marks, n, base };
			return 1;
		}
		if (*p) {
			base = g_utf8_get_char(p);
			n++;
			p = g_utf8_next_char(p);
		}
	}
	return 0;
}

const char *
campaign__mark_stack_describe(const struct mark_stack *s, char *buf)
{
	char name[UNICHAR_DESCRIBE_MAX], on[UNICHAR_DESCRIBE_MAX + 48];
	if (s->at)
		snprintf(on, sizeof(on), "on its character %zu (%s)", s->at,
		         campaign__unichar_describe(s->base, name));
	else
		snprintf(on, sizeof(on), "at its start, on no character");
	snprintf(buf, MARK_STACK_DESCRIBE_MAX,
	         "%zu combining marks %s; no writing stacks more than %d, and a taller stack prints over "
	         "the lines around it: remove them", s->marks, on, MARK_STACK_MAX);
	return buf;
}
