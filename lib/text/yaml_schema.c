#include "text/yaml_schema.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "core/diag_internal.h"
#include "util/lookalike.h"
#include "util/strbuf.h"
#include "util/suggest.h"

static void CAMPAIGN_PRINTF(4, 0)
vreport(struct schema *s, campaign_severity sev, const struct yaml_node *at, const char *fmt,
        va_list ap)
{
	unsigned long line = at ? at->pos.line : 1, column = at ? at->pos.column : 1;
	campaign__diags_vadd(s->diags, sev, sev == CAMPAIGN_SEVERITY_ERROR ? CAMPAIGN_EINVALID : CAMPAIGN_OK,
	                     s->file, line, column, fmt, ap);
	if (sev == CAMPAIGN_SEVERITY_ERROR && s->status == CAMPAIGN_OK)
		s->status = CAMPAIGN_EINVALID;
}

void
campaign__schema_error(struct schema *s, const struct yaml_node *at, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport(s, CAMPAIGN_SEVERITY_ERROR, at, fmt, ap);
	va_end(ap);
}

void
campaign__schema_warning(struct schema *s, const struct yaml_node *at, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport(s, CAMPAIGN_SEVERITY_WARNING, at, fmt, ap);
	va_end(ap);
}

void
campaign__schema_nomem(struct schema *s)
{
	s->status = CAMPAIGN_ENOMEM;
}

int
campaign__schema_map(struct schema *s, const struct yaml_node *node, const char *what,
                     const char *const *known)
{
	if (!node || node->kind != YAML_NODE_MAP) {
		campaign__schema_error(s, node, "'%s' must be a mapping of keys and values, not %s", what,
		                       node ? campaign__yaml_kind_name(node) : "nothing");
		return -1;
	}
	for (size_t i = 0; i < node->count; i++) {
		const struct yaml_node *key = node->keys[i];
		size_t k = 0;
		while (known[k] && strcmp(known[k], key->text) != 0)
			k++;
		if (known[k])
			continue;
		const char *hint = campaign__suggest(key->text, known);
		/* A look-alike letter or an invisible character reads as the right key: name it. */
		char note[128];
		campaign__nonascii_note(key->text, note, sizeof(note));
		if (hint)
			campaign__schema_error(s, key, "unknown key '%.64s'%s; did you mean '%s'?", key->text,
			                       note, hint);
		else
			campaign__schema_error(s, key, "unknown key '%.64s'%s in %s", key->text, note, what);
	}
	return 0;
}

int
campaign__schema_seq(struct schema *s, const struct yaml_node *node, const char *what)
{
	if (node && node->kind == YAML_NODE_SEQ)
		return 0;
	campaign__schema_error(s, node, "'%s' must be a list, not %s", what,
	                       node ? campaign__yaml_kind_name(node) : "nothing");
	return -1;
}

const struct yaml_node *
campaign__schema_key(const struct yaml_node *map, const char *key)
{
	if (!map || map->kind != YAML_NODE_MAP)
		return NULL;
	for (size_t i = 0; i < map->count; i++)
		if (strcmp(map->keys[i]->text, key) == 0)
			return map->keys[i];
	return NULL;
}

/*
 * Whether map has a key near `key` ("meduim" for "medium"): that key's own
 * error already says "did you mean", and one fix answers both.
 */
static int
misspelt_here(const struct yaml_node *map, const char *key)
{
	const char *const wanted[] = { key, NULL };
	for (size_t i = 0; i < map->count; i++)
		if (campaign__suggest(map->keys[i]->text, wanted))
			return 1;
	return 0;
}

const struct yaml_node *
campaign__schema_get(struct schema *s, const struct yaml_node *map, const char *key, int required,
                     const char *what)
{
	const struct yaml_node *v = campaign__yaml_map_get(map, key);
	if (!v && required && map && map->kind == YAML_NODE_MAP && !misspelt_here(map, key))
		campaign__schema_error(s, map, "missing required key '%s' in %s", key, what);
	return v;
}

char *
campaign__schema_text(struct schema *s, const struct yaml_node *node, const char *key)
{
	if (node->kind != YAML_NODE_SCALAR) {
		campaign__schema_error(s, node, "'%s' must be a single value, not %s", key,
		                       campaign__yaml_kind_name(node));
		return NULL;
	}
	if (campaign__yaml_is_null(node)) {
		campaign__schema_error(s, node,
		                       "'%s' has no value: a plain '%s' is YAML's null; give the value, or "
		                       "quote it (\"%s\") to mean the word",
		                       key, node->text, node->text);
		return NULL;
	}
	char *copy = campaign__arena_strndup(s->arena, node->text, node->len);
	if (!copy)
		campaign__schema_nomem(s);
	return copy;
}

char *
campaign__schema_str(struct schema *s, const struct yaml_node *map, const char *key, int required,
                     const char *what)
{
	const struct yaml_node *v = campaign__schema_get(s, map, key, required, what);
	if (!v)
		return NULL;
	char *text = campaign__schema_text(s, v, key);
	if (text && required && text[0] == '\0') {
		campaign__schema_error(s, v, "'%s' must not be empty", key);
		return NULL;
	}
	return text;
}

int
campaign__schema_bool(struct schema *s, const struct yaml_node *map, const char *key, int dflt)
{
	const struct yaml_node *v = campaign__yaml_map_get(map, key);
	if (!v)
		return dflt;
	if (v->kind == YAML_NODE_SCALAR && !v->quoted) {
		if (strcmp(v->text, "true") == 0)
			return 1;
		if (strcmp(v->text, "false") == 0)
			return 0;
	}
	if (v->kind == YAML_NODE_SCALAR)
		campaign__schema_error(s, v, "'%s' must be true or false, not '%.64s'", key, v->text);
	else
		campaign__schema_error(s, v, "'%s' must be true or false, not %s", key,
		                       campaign__yaml_kind_name(v));
	return dflt;
}

unsigned long
campaign__schema_uint(struct schema *s, const struct yaml_node *map, const char *key,
                      unsigned long min, unsigned long max, unsigned long dflt)
{
	const struct yaml_node *v = campaign__yaml_map_get(map, key);
	if (!v)
		return dflt;
	if (v->kind != YAML_NODE_SCALAR) {
		campaign__schema_error(s, v, "'%s' must be a whole number from %lu to %lu, not %s", key,
		                       min, max, campaign__yaml_kind_name(v));
		return dflt;
	}
	/* The value in the message: "-1" and "1e3" are numbers to the eye, just not whole ones in range. */
	if (v->len == 0 || v->len > 12 || strspn(v->text, "0123456789") != v->len) {
		campaign__schema_error(s, v, "'%s' must be a whole number from %lu to %lu, not '%.32s'",
		                       key, min, max, v->text);
		return dflt;
	}
	errno = 0;
	unsigned long n = strtoul(v->text, NULL, 10);
	if (errno || n < min || n > max) {
		campaign__schema_error(s, v, "'%s' must be a whole number from %lu to %lu, not '%.32s'", key,
		                       min, max, v->text);
		return dflt;
	}
	return n;
}

int
campaign__schema_enum(struct schema *s, const struct yaml_node *map, const char *key,
                      const char *const *choices, int dflt)
{
	const struct yaml_node *v = campaign__yaml_map_get(map, key);
	if (!v)
		return dflt;
	if (v->kind == YAML_NODE_SCALAR) {
		for (int i = 0; choices[i]; i++)
			if (strcmp(choices[i], v->text) == 0)
				return i;
	}
	struct strbuf list;
	campaign__strbuf_init(&list, 512);
	for (int i = 0; choices[i]; i++)
		campaign__strbuf_addf(&list, "%s%s", i ? (choices[i + 1] ? ", " : " or ") : "", choices[i]);
	const char *hint = v->kind == YAML_NODE_SCALAR ? campaign__suggest(v->text, choices) : NULL;
	char note[128] = "";
	if (v->kind == YAML_NODE_SCALAR)
		campaign__nonascii_note(v->text, note, sizeof(note));
	if (hint)
		campaign__schema_error(s, v, "'%s' must be %s, not '%.64s'%s; did you mean '%s'?", key,
		                       campaign__strbuf_cstr(&list), v->text, note, hint);
	else if (v->kind == YAML_NODE_SCALAR)
		campaign__schema_error(s, v, "'%s' must be %s, not '%.64s'%s", key,
		                       campaign__strbuf_cstr(&list), v->text, note);
	else
		campaign__schema_error(s, v, "'%s' must be %s, not %s", key, campaign__strbuf_cstr(&list),
		                       campaign__yaml_kind_name(v));
	campaign__strbuf_free(&list);
	return dflt;
}
