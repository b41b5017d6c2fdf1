#include "plan/manifest_read.h"

#include <limits.h>
#include <string.h>

#include "plan/manifest_plain.h"

/*
 * The JSON value at the walk's position, parsed by jansson alone, or NULL.
 * Only strings, objects and arrays: jansson stops right after their last
 * character, while after a number or a literal it may have read one more.
 */
static json_t *
next_value(struct manifest_cursor *w)
{
	campaign__manifest_skip_space(w);
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

typedef int each_fn(void *, json_t *, const struct manifest_placement *, size_t, size_t);

/* One element: in the plain layout without jansson, else through it. */
static enum manifest_read_result
one_element(struct manifest_cursor *w, each_fn *each, void *ctx, size_t i, struct strbuf *scratch)
{
	size_t at = w->pos;
	struct manifest_placement values;
	size_t end = campaign__manifest_plain_read(w->text, w->len, at, &values, scratch);
	if (end) {
		w->pos = end;
		return each(ctx, NULL, &values, i, at) ? MANIFEST_READ_STOPPED : MANIFEST_READ_OK;
	}
	json_t *p = next_value(w);
	if (!p)
		return MANIFEST_READ_OTHER;
	campaign__manifest_placement_of(p, &values);
	int stop = each(ctx, p, &values, i, at);
	json_decref(p);
	return stop ? MANIFEST_READ_STOPPED : MANIFEST_READ_OK;
}

/* The elements of the array whose '[' was just taken. */
static enum manifest_read_result
each_element(struct manifest_cursor *w, each_fn *each, void *ctx)
{
	if (campaign__manifest_take(w, ']'))
		return MANIFEST_READ_OK;
	struct strbuf scratch;
	campaign__strbuf_init(&scratch, 0);
	enum manifest_read_result rc = MANIFEST_READ_OK;
	for (size_t i = 0; rc == MANIFEST_READ_OK; i++) {
		campaign__manifest_skip_space(w);
		rc = one_element(w, each, ctx, i, &scratch);
		if (rc != MANIFEST_READ_OK || campaign__manifest_take(w, ']'))
			break;
		if (!campaign__manifest_take(w, ','))
			rc = MANIFEST_READ_OTHER;
	}
	campaign__strbuf_free(&scratch);
	return rc;
}

enum manifest_read_result
campaign__manifest_each_placement(const char *text, size_t len, each_fn *each, void *ctx)
{
	struct manifest_cursor w = { text, len, 0 };
	json_t *keys[MAX_KEYS];
	const char *names[MAX_KEYS];
	size_t n = 0;
	int placements = 0;
	enum manifest_read_result rc =
		campaign__manifest_take(&w, '{') ? MANIFEST_READ_OK : MANIFEST_READ_OTHER;
	if (rc == MANIFEST_READ_OK && campaign__manifest_take(&w, '}'))
		rc = MANIFEST_READ_OTHER; /* no "placements": the whole read says so */
	while (rc == MANIFEST_READ_OK) {
		json_t *key = n < MAX_KEYS ? next_value(&w) : NULL;
		if (!json_is_string(key) || seen_before(names, n, json_string_value(key)) ||
		    !campaign__manifest_take(&w, ':')) {
			json_decref(key);
			rc = MANIFEST_READ_OTHER;
			break;
		}
		keys[n] = key;
		names[n++] = json_string_value(key);
		if (strcmp(json_string_value(key), "placements") == 0) {
			placements = 1;
			rc = campaign__manifest_take(&w, '[') ? each_element(&w, each, ctx) : MANIFEST_READ_OTHER;
		} else {
			json_t *value = next_value(&w);
			rc = value ? MANIFEST_READ_OK : MANIFEST_READ_OTHER;
			json_decref(value);
		}
		if (rc == MANIFEST_READ_OK && campaign__manifest_take(&w, '}'))
			break;
		if (rc == MANIFEST_READ_OK && !campaign__manifest_take(&w, ','))
			rc = MANIFEST_READ_OTHER;
	}
	for (size_t i = 0; i < n; i++)
		json_decref(keys[i]);
	campaign__manifest_skip_space(&w);
	if (rc == MANIFEST_READ_OK && (!placements || w.pos != w.len))
		rc = MANIFEST_READ_OTHER;
	return rc;
}
