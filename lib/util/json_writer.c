#include "util/json_writer.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "campaign/status.h"
#include "util/utf8.h"

#define INDENT 2

void
campaign__json_writer_init(struct json_writer *w, struct strbuf *out, unsigned base)
{
	memset(w, 0, sizeof(*w));
	w->out = out;
	w->base = base;
	w->depth = base;
}

/* The bytes jansson writes for an ASCII character it escapes, or NULL when it writes it as it is. */
static const char *
escape_of(unsigned char c, char seq[7])
{
	switch (c) {
	case '"': return "\\\"";
	case '\\': return "\\\\";
	case '\b': return "\\b";
	case '\f': return "\\f";
	case '\n': return "\\n";
	case '\r': return "\\r";
	case '\t': return "\\t";
	default:
		if (c >= 0x20)
			return NULL;
		snprintf(seq, 7, "\\u%04X", (unsigned)c);
		return seq;
	}
}

int
campaign__json_string(struct strbuf *out, const char *s)
{
	size_t len = strlen(s);
	if (campaign__utf8_validate(s, len) != len)
		return CAMPAIGN_EINVALID;
	campaign__strbuf_addc(out, '"');
	/* Runs of characters written as they are go in one copy. */
	const char *run = s;
	for (const char *p = s; *p; p++) {
		char seq[7];
		const char *esc = escape_of((unsigned char)*p, seq);
		if (!esc)
			continue;
		campaign__strbuf_add(out, run, (size_t)(p - run));
		campaign__strbuf_adds(out, esc);
		run = p + 1;
	}
	campaign__strbuf_add(out, run, (size_t)(s + len - run));
	return campaign__strbuf_addc(out, '"');
}

static void
newline_indent(struct strbuf *out, unsigned depth)
{
	static const char spaces[] = "                                "; /* 32 */
	campaign__strbuf_addc(out, '\n');
	size_t n = (size_t)depth * INDENT;
	while (n) {
		size_t k = n < sizeof(spaces) - 1 ? n : sizeof(spaces) - 1;
		campaign__strbuf_add(out, spaces, k);
		n -= k;
	}
}

static void
fail(struct json_writer *w, int status)
{
	if (w->status == CAMPAIGN_OK)
		w->status = status;
}

/* The separator and indent before a member, then its key and ": ". */
static void
member_key(struct json_writer *w, const char *key)
{
	if (w->depth == w->base || w->depth > JSON_WRITER_MAX_DEPTH) {
		fail(w, CAMPAIGN_EINVALID); /* a member outside any object: a caller's mistake */
		return;
	}
	unsigned char *has = &w->has_members[w->depth - 1];
	if (*has)
		campaign__strbuf_addc(w->out, ',');
	*has = 1;
	newline_indent(w->out, w->depth);
	int rc = campaign__json_string(w->out, key);
	if (rc)
		fail(w, rc);
	campaign__strbuf_add(w->out, ": ", 2);
}

void
campaign__json_begin_object(struct json_writer *w)
{
	if (w->depth >= JSON_WRITER_MAX_DEPTH) {
		fail(w, CAMPAIGN_EINVALID);
		return;
	}
	campaign__strbuf_addc(w->out, '{');
	w->has_members[w->depth++] = 0;
}

void
campaign__json_member_object(struct json_writer *w, const char *key)
{
	member_key(w, key);
	campaign__json_begin_object(w);
}

void
campaign__json_member_string(struct json_writer *w, const char *key, const char *value)
{
	if (!value)
		return;
	member_key(w, key);
	int rc = campaign__json_string(w->out, value);
	if (rc)
		fail(w, rc);
}

void
campaign__json_end_object(struct json_writer *w)
{
	if (w->depth == w->base) {
		fail(w, CAMPAIGN_EINVALID);
		return;
	}
	w->depth--;
	if (w->has_members[w->depth])
		newline_indent(w->out, w->depth);
	campaign__strbuf_addc(w->out, '}');
	if (w->out->status)
		fail(w, w->out->status);
}
