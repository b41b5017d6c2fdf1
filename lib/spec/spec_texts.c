/*
 * What a spec says about the words on its flyers, at any level (campaign,
 * event, placement): `vars:`, the texts templates print as {{var.NAME}},
 * and `language:`, the edition a flyer is printed in.
 */
#include <string.h>

#include "campaign/status.h"
#include "spec/spec_load.h"
#include "text/caption.h"
#include "text/i18n.h"
#include "util/utf8.h"

/* Longest name of a text: a template names it, a person reads it. */
#define VAR_NAME_MAX 64

/* Why name cannot be a text's name, or NULL: a placeholder must be able to name it. */
static const char *
var_name_problem(const char *name)
{
	size_t n = strlen(name);
	if (n == 0)
		return "a name must not be empty";
	if (n > VAR_NAME_MAX)
		return "a name has at most 64 characters";
	if (strspn(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") != n)
		return "a name is made of ASCII letters, digits, '_' and '-', as {{var.NAME}} writes it";
	return NULL;
}

/* Whether every placeholder of a caption names a value a caption has; reports the first that does not. */
static int
caption_names_known(struct schema *s, const struct yaml_node *at, const char *text)
{
	size_t pos = 0;
	struct placeholder_ref ref;
	int found;
	while ((found = campaign__placeholder_next(text, &pos, &ref)) == 1)
		if (!campaign__caption_name_known(&ref)) {
			campaign__schema_error(s, at, "a caption cannot name '{{%.*s}}': it may name the "
			                              "values a template has ({{hashtag}}, {{url}}, "
			                              "{{event.title}}...) and {{link}}",
			                       campaign__utf8_cut(ref.name, ref.len, 64), ref.name);
			return 0;
		}
	if (found < 0)
		campaign__schema_error(s, at, "a '{{' in the caption is not closed by '}}'");
	return found == 0;
}

int
campaign__spec_language_valid(const char *lang)
{
	size_t n = strspn(lang, "abcdefghijklmnopqrstuvwxyz");
	if (n < 2 || n > 3)
		return 0;
	for (const char *p = lang + n; *p;) {
		if (*p != '-')
			return 0;
		size_t sub = strspn(++p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
		if (sub < 1 || sub > 8)
			return 0;
		p += sub;
	}
	return 1;
}

void
campaign__spec_load_vars(struct schema *s, const struct yaml_node *owner, struct spec_vars *out,
                         int rows)
{
	static const char *const no_keys[] = { NULL };
	memset(out, 0, sizeof(*out));
	const struct yaml_node *node = campaign__yaml_map_get(owner, "vars");
	if (!node)
		return;
	if (node->kind != YAML_NODE_MAP) {
		campaign__schema_map(s, node, "vars", no_keys);
		return;
	}
	campaign_param *items = campaign__arena_alloc(s->arena, node->count * sizeof(*items) + 1);
	struct yaml_pos *at = campaign__arena_alloc(s->arena, node->count * sizeof(*at) + 1);
	if (!items || !at) {
		campaign__schema_nomem(s);
		return;
	}
	for (size_t i = 0; i < node->count; i++) {
		const struct yaml_node *key = node->keys[i], *value = node->items[i];
		const char *why = var_name_problem(key->text);
		if (why) {
			campaign__schema_error(s, key, "'%.*s' cannot name a text in 'vars': %s",
			                       CAMPAIGN__UTF8_CUT(key->text, 64), why);
			continue;
		}
		const char *text = campaign__schema_text(s, value, key->text);
		if (!text)
			continue;
		/* A caption is filled from its placement's values (text/caption.h), outside a table too. */
		if (strcmp(key->text, "caption") == 0 && !rows) {
			if (!caption_names_known(s, value, text))
				continue;
		}
		/* Only a table's row has values to put in; anywhere else a text prints as written. */
		else if (strstr(text, "{{") && !rows) {
			campaign__schema_error(s, value, "placeholders in 'vars' can only name columns of a "
			                                 "'rows:' table, in a placement that has one");
			continue;
		}
		char *name = campaign__arena_alloc(s->arena, key->len + sizeof("var."));
		if (!name) {
			campaign__schema_nomem(s);
			return;
		}
		memcpy(name, "var.", 4);
		memcpy(name + 4, key->text, key->len + 1);
		items[out->count] = (campaign_param){ name, text };
		at[out->count++] = value->pos;
	}
	out->items = items;
	out->at = at;
}

const char *
campaign__spec_load_language(struct schema *s, const struct yaml_node *owner, const char *what)
{
	const char *language = campaign__schema_str(s, owner, "language", 0, what);
	const struct yaml_node *at = campaign__yaml_map_get(owner, "language");
	char known[128] = "";
	if (language && !campaign__spec_language_valid(language)) {
		campaign__schema_error(s, at, "'language' must be a language tag such as ru, en or ar-EG, not '%.*s'",
		                       CAMPAIGN__UTF8_CUT(language, 32));
		return NULL;
	}
	if (language && !campaign__i18n_known(language, known, sizeof(known)))
		campaign__schema_warning(s, at,
		                         "there are no built-in dates and phrases in '%.*s' (only %s): "
		                         "flyers print them in English; the spec's own texts print as written",
		                         CAMPAIGN__UTF8_CUT(language, 32), known);
	return language;
}
