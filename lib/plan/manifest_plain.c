#include "plan/manifest_plain.h"

#include <string.h>

#include "campaign/status.h"
#include "util/utf8.h"

/* More members than a placement of ours has: not plain (a key list checked in a loop stays short). */
#define PLAIN_MAX_KEYS 16

/* The members a reader keeps, in the order of struct manifest_placement. */
static const char *const kept[] = { "id", "event", "url", "hashtag", "phone", "phone_display",
                                    "short_url", "made_from" };
#define KEPT (sizeof(kept) / sizeof(kept[0]))

struct span {
	size_t at, len;
};

struct scan {
	struct manifest_cursor at;
	struct span values[KEPT]; /* len SIZE_MAX: not there */
};

void
campaign__manifest_skip_space(struct manifest_cursor *c)
{
	while (c->pos < c->len) {
		char ch = c->text[c->pos];
		if (ch != ' ' && ch != '\n' && ch != '\t' && ch != '\r')
			break;
		c->pos++;
	}
}

int
campaign__manifest_take(struct manifest_cursor *c, char ch)
{
	campaign__manifest_skip_space(c);
	if (c->pos < c->len && c->text[c->pos] == ch) {
		c->pos++;
		return 1;
	}
	return 0;
}

/* A string without escapes or control characters, in valid UTF-8: its bytes between the quotes. */
static int
plain_string(struct manifest_cursor *s, struct span *out)
{
	if (s->pos >= s->len || s->text[s->pos] != '"')
		return 0;
	size_t start = ++s->pos;
	const unsigned char *t = (const unsigned char *)s->text;
	while (s->pos < s->len && t[s->pos] != '"') {
		if (t[s->pos] == '\\' || t[s->pos] < 0x20)
			return 0;
		s->pos++;
	}
	if (s->pos >= s->len)
		return 0;
	out->at = start;
	out->len = s->pos - start;
	s->pos++;
	return campaign__utf8_validate(s->text + start, out->len) == out->len;
}

static int
same_key(const struct manifest_cursor *s, struct span a, struct span b)
{
	return a.len == b.len && memcmp(s->text + a.at, s->text + b.at, a.len) == 0;
}

/* Which kept member key is (only at the top), or KEPT. */
static size_t
kept_index(const struct manifest_cursor *s, struct span key)
{
	for (size_t k = 0; k < KEPT; k++)
		if (strlen(kept[k]) == key.len && memcmp(s->text + key.at, kept[k], key.len) == 0)
			return k;
	return KEPT;
}

/* The object whose '{' is next; nested: one inside a placement, whose members are strings only. */
static int
plain_object(struct scan *s, int nested)
{
	struct manifest_cursor *c = &s->at;
	if (!campaign__manifest_take(c, '{'))
		return 0;
	if (campaign__manifest_take(c, '}'))
		return 1;
	struct span keys[PLAIN_MAX_KEYS];
	for (size_t n = 0;; n++) {
		campaign__manifest_skip_space(c);
		if (n == PLAIN_MAX_KEYS || !plain_string(c, &keys[n]) || !campaign__manifest_take(c, ':'))
			return 0;
		for (size_t k = 0; k < n; k++)
			if (same_key(c, keys[k], keys[n]))
				return 0; /* jansson refuses a key twice */
		campaign__manifest_skip_space(c);
		size_t which = nested ? KEPT : kept_index(c, keys[n]);
		struct span value;
		if (c->pos < c->len && c->text[c->pos] == '"') {
			if (!plain_string(c, &value))
				return 0;
			if (which < KEPT)
				s->values[which] = value;
		} else if (nested || which < KEPT || !plain_object(s, 1)) {
			return 0; /* a kept member that is not a string is for the checks on jansson's tree */
		}
		if (campaign__manifest_take(c, '}'))
			return 1;
		if (!campaign__manifest_take(c, ','))
			return 0;
	}
}

size_t
campaign__manifest_plain_read(const char *text, size_t len, size_t pos,
                              struct manifest_placement *values, struct strbuf *scratch)
{
	struct scan s = { .at = { text, len, pos } };
	for (size_t k = 0; k < KEPT; k++)
		s.values[k].len = (size_t)-1;
	if (!plain_object(&s, 0))
		return 0;
	/* Copied with their NULs first, pointed at after: the buffer may move while it grows. */
	campaign__strbuf_reset(scratch);
	size_t offsets[KEPT];
	for (size_t k = 0; k < KEPT; k++) {
		offsets[k] = scratch->len;
		if (s.values[k].len != (size_t)-1) {
			campaign__strbuf_add(scratch, text + s.values[k].at, s.values[k].len);
			campaign__strbuf_addc(scratch, '\0');
		}
	}
	if (scratch->status != CAMPAIGN_OK)
		return 0;
	const char **out[KEPT] = { &values->id, &values->event, &values->url, &values->hashtag,
	                           &values->phone, &values->phone_display, &values->short_url,
	                           &values->made_from };
	for (size_t k = 0; k < KEPT; k++)
		*out[k] = s.values[k].len != (size_t)-1 ? scratch->ptr + offsets[k] : NULL;
	return s.at.pos;
}
