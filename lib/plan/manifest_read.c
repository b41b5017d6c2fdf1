#include "plan/manifest_read.h"

#include <limits.h>
#include <string.h>

/* Where the walk is in the text. */
struct walk {
	const char *text;
	size_t len;
	size_t pos;
};

static void
skip_space(struct walk *w)
{
	while (w->pos < w->len && strchr(" \t\r\n", w->text[w->pos]) && w->text[w->pos])
		w->pos++;
}

/* Whether the next character after white space is c; taken when it is. */
static int
take(struct walk *w, char c)
{
	skip_space(w);
	if (w->pos < w->len && w->text[w->pos] == c) {
		w->pos++;
		return 1;
	}
	return 0;
}

/*
 * The JSON value at the walk's position, parsed by jansson alone, or NULL.
 * Only strings, objects and arrays: jansson stops right after their last
 * character, while after a number or a literal it may have read one more.
 */
static json_t *
next_value(struct walk *w)
{
	skip_space(w);
	if (w->pos >= w->len || !strchr("\"{[", w->text[w->pos]) || w->len - w->pos > INT_MAX)
		return NULL;
	json_error_t err;
	json_t *v = json_loadb(w->text + w->pos, w->len - w->pos,
	                       JSON_DISABLE_EOF_CHECK | JSON_DECODE_ANY | JSON_REJECT_DUPLICATES, &err);
	if (v)
		w->pos += (size_t)err.position;
	return v;
}

/* The top-level keys seen: a manifest has four; more is not one of ours. */
#define MAX_KEYS 16

static int
seen_before(const char **keys, size_t n, const char *key)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(keys[i], key) == 0)
			return 1;
	return 0;
}

/* The elements of the array whose '[' was just taken. */
static enum manifest_read_result
each_element(struct walk *w, int (*each)(void *, json_t *, size_t, size_t), void *ctx)
{
	if (take(w, ']'))
		return MANIFEST_READ_OK;
	for (size_t i = 0;; i++) {
		skip_space(w);
		size_t at = w->pos;
		json_t *p = next_value(w);
		if (!p)
			return MANIFEST_READ_OTHER;
		int stop = each(ctx, p, i, at);
		json_decref(p);
		if (stop)
			return MANIFEST_READ_STOPPED;
		if (take(w, ']'))
			return MANIFEST_READ_OK;
		if (!take(w, ','))
			return MANIFEST_READ_OTHER;
	}
}

enum manifest_read_result
campaign__manifest_each_placement(const char *text, size_t len,
                                  int (*each)(void *ctx, json_t *placement, size_t i, size_t offset),
                                  void *ctx)
{
	struct walk w = { text, len, 0 };
	json_t *keys[MAX_KEYS];
	const char *names[MAX_KEYS];
	size_t n = 0;
	int placements = 0;
	enum manifest_read_result rc = take(&w, '{') ? MANIFEST_READ_OK : MANIFEST_READ_OTHER;
	if (rc == MANIFEST_READ_OK && take(&w, '}'))
		rc = MANIFEST_READ_OTHER; /* no "placements": the whole read says so */
	while (rc == MANIFEST_READ_OK) {
		json_t *key = n < MAX_KEYS ? next_value(&w) : NULL;
		if (!json_is_string(key) || seen_before(names, n, json_string_value(key)) || !take(&w, ':')) {
			json_decref(key);
			rc = MANIFEST_READ_OTHER;
			break;
		}
		keys[n] = key;
		names[n++] = json_string_value(key);
		if (strcmp(json_string_value(key), "placements") == 0) {
			placements = 1;
			rc = take(&w, '[') ? each_element(&w, each, ctx) : MANIFEST_READ_OTHER;
		} else {
			json_t *value = next_value(&w);
			rc = value ? MANIFEST_READ_OK : MANIFEST_READ_OTHER;
			json_decref(value);
		}
		if (rc == MANIFEST_READ_OK && take(&w, '}'))
			break;
		if (rc == MANIFEST_READ_OK && !take(&w, ','))
			rc = MANIFEST_READ_OTHER;
	}
	for (size_t i = 0; i < n; i++)
		json_decref(keys[i]);
	skip_space(&w);
	if (rc == MANIFEST_READ_OK && (!placements || w.pos != w.len))
		rc = MANIFEST_READ_OTHER;
	return rc;
}
