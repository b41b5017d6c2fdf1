/*
 * Colours a spec may change (issue 18): a template names its main colours
 * in `colours: { accent: "#c62828" }`, each its default, and an element
 * takes one as its whole `fill:` or `color:`, "{{var.accent}}". A
 * placement's `vars: { accent: ... }` (or its event's, or the campaign's)
 * replaces the default; without one the template looks as designed.
 */
#include <stdio.h>
#include <string.h>

#include "template/template_load.h"
#include "template/template_units.h"
#include "text/placeholder.h"
#include "util/lookalike.h"

/* Names as a spec's `vars:` writes them (spec_texts.c): ASCII letters, digits, '_' and '-'. */
static int
name_ok(const char *name)
{
	if (!*name || strlen(name) > 64)
		return 0;
	for (const char *p = name; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		      *p == '_' || *p == '-'))
			return 0;
	return 1;
}

void
campaign__tpl_load_colours(campaign_template *t, struct schema *s, const struct yaml_node *root)
{
	const struct yaml_node *m = campaign__yaml_map_get(root, "colours");
	if (!m)
		return;
	if (m->kind != YAML_NODE_MAP || m->count == 0) {
		campaign__schema_error(s, m, "'colours' must be a map of names to colours, such as "
		                       "'colours: { accent: \"#c62828\" }'");
		return;
	}
	t->colours = campaign__arena_alloc(&t->arena, m->count * sizeof(*t->colours));
	if (!t->colours) {
		campaign__schema_nomem(s);
		return;
	}
	for (size_t i = 0; i < m->count; i++) {
		const struct yaml_node *key = m->keys[i], *v = m->items[i];
		struct tpl_colour *c = &t->colours[t->colour_count];
		if (!name_ok(key->text)) {
			/* A Cyrillic 'а' looks like the Latin one: the note names it. */
			char note[160];
			campaign__nonascii_note(key->text, note, sizeof(note));
			campaign__schema_error(s, key, "colour name '%.64s'%s: a name is made of ASCII letters, "
			                       "digits, '_' and '-', as {{var.NAME}} writes it", key->text, note);
			continue;
		}
		if (v->kind != YAML_NODE_SCALAR || campaign__tpl_row_color(v->text, &c->color) != 0) {
			campaign__schema_error(s, v, "colour '%s' must be #rgb, #rrggbb, #rrggbbaa or "
			                       "cmyk(C, M, Y, K) that prints (not alpha 00)", key->text);
			continue;
		}
		campaign__tpl_warn_total_ink(s, v, &c->color);
		c->key = campaign__arena_alloc(&t->arena, strlen(key->text) + sizeof("var."));
		if (!c->key) {
			campaign__schema_nomem(s);
			return;
		}
		strcpy((char *)c->key, "var.");
		strcat((char *)c->key, key->text);
		t->colour_count++;
	}
}

int
campaign__tpl_from_colours(const campaign_template *t, struct schema *s, const struct yaml_node *v,
                           const char *key, struct tpl_color *color, const char **var)
{
	if (!v || v->kind != YAML_NODE_SCALAR || strncmp(v->text, "{{var.", 6) != 0)
		return 0;
	size_t pos = 0;
	struct placeholder_ref ref;
	if (campaign__placeholder_next(v->text, &pos, &ref) != 1 || ref.start != 0 || v->text[ref.end] != '\0')
		return 0; /* not one whole name: campaign__tpl_from_row() says what may stand there */
	for (size_t i = 0; i < t->colour_count; i++)
		if (strlen(t->colours[i].key) == ref.len && memcmp(t->colours[i].key, ref.name, ref.len) == 0) {
			*color = t->colours[i].color;
			*var = t->colours[i].key;
			return 1;
		}
	char name[80], note[160];
	snprintf(name, sizeof(name), "%.*s", (int)(ref.len - 4), ref.name + 4);
	if (!name_ok(name)) {
		/* No default could have that name: say why, and which character, rather than suggest it. */
		campaign__nonascii_note(name, note, sizeof(note));
		campaign__schema_error(s, v, "'%s' takes '%.64s'%s, which no colour can be named: a name is "
		                       "made of ASCII letters, digits, '_' and '-'", key, v->text, note);
		return -1;
	}
	campaign__schema_error(s, v, "'%s' takes '%.64s' from the spec's vars, which needs its default "
	                       "in the template's 'colours:' (such as 'colours: { %.*s: \"#c62828\" }')",
	                       key, v->text, (int)(ref.len - 4), ref.name + 4);
	return -1;
}
