/*
 * A spec's paths kept to the folders the user meant: see spec_paths.h. A
 * spec may come from someone else; `rows: /etc/shadow` would otherwise be
 * read, and its first line quoted back as a table header.
 */
#include "spec/spec_paths.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "core/options.h"
#include "core/versions.h"
#include "util/path_inside.h"
#include "util/strbuf.h"
#include "util/utf8.h"

int
campaign__spec_rules_init(struct spec_load_rules *r, const char *base_dir,
                          const campaign_spec_load_options *opts, campaign_diags *diags)
{
	memset(r, 0, sizeof(*r));
	static const campaign_spec_load_options defaults = CAMPAIGN_SPEC_LOAD_OPTIONS_INIT;
	campaign_spec_load_options o;
	if (CAMPAIGN__OPTIONS_TAKE(&o, opts, &defaults, campaign__sizes_spec_load_options,
	                           "campaign_spec_load_options", diags))
		return CAMPAIGN_EINVALID;
	r->limits = (struct text_limits){
		.yaml_bytes = o.max_spec_bytes, .yaml_nodes = o.max_spec_values,
		.csv_bytes = o.max_table_bytes, .csv_rows = o.max_table_rows,
		.csv_columns = o.max_table_columns, .csv_field = o.max_field_bytes,
		.ledger_bytes = o.max_ledger_bytes, .registry_bytes = o.max_registry_bytes, .raisable = 1,
	};
	const size_t *all[] = { &r->limits.yaml_bytes, &r->limits.yaml_nodes, &r->limits.csv_bytes,
	                        &r->limits.csv_rows, &r->limits.csv_columns, &r->limits.csv_field,
	                        &r->limits.ledger_bytes, &r->limits.registry_bytes };
	for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++) {
		if (*all[i] == 0) {
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
			                   "campaign_spec_load_options: a limit must be at least 1");
			return CAMPAIGN_EINVALID;
		}
	}
	size_t n = 1;
	while (o.allowed_dirs && o.allowed_dirs[n - 1])
		n++;
	r->roots = calloc(n + 1, sizeof(*r->roots));
	if (!r->roots)
		return CAMPAIGN_ENOMEM;
	/* A folder that cannot be resolved lets nothing in: it holds no file to read. */
	for (size_t i = 0; i < n; i++) {
		const char *dir = i == 0 ? base_dir : o.allowed_dirs[i - 1];
		char *real = campaign__path_resolve(dir, 0);
		if (!real && errno == ENOMEM) {
			campaign__spec_rules_free(r);
			return CAMPAIGN_ENOMEM;
		}
		if (real)
			r->roots[r->root_count++] = real;
	}
	return CAMPAIGN_OK;
}

void
campaign__spec_rules_free(struct spec_load_rules *r)
{
	for (size_t i = 0; i < r->root_count; i++)
		free(r->roots[i]);
	free(r->roots);
	memset(r, 0, sizeof(*r));
}

const struct text_limits *
campaign__spec_limits(const struct campaign_spec *spec)
{
	return spec->rules ? &spec->rules->limits : &campaign__text_limits_default;
}

int
campaign__spec_path_allowed(struct campaign_spec *spec, struct schema *s, struct yaml_pos at,
                            const char *path, const char *key, int may_be_new)
{
	struct spec_load_rules *r = spec->rules;
	if (!r || !path || !path[0])
		return 1; /* a spec built in code names its own files */
	struct strbuf full;
	campaign__strbuf_init(&full, 0);
	campaign__spec_path_into(spec, path, &full);
	if (full.status != CAMPAIGN_OK) {
		campaign__strbuf_free(&full);
		campaign__schema_nomem(s);
		return 0;
	}
	char *real = campaign__path_resolve(campaign__strbuf_cstr(&full), may_be_new);
	campaign__strbuf_free(&full);
	if (!real)
		return 1;
	int inside = 0;
	for (size_t i = 0; i < r->root_count && !inside; i++)
		inside = campaign__path_below(r->roots[i], real);
	free(real);
	if (inside)
		return 1;
	struct yaml_node where = { .pos = at };
	campaign__schema_error(s, &where,
	                       "'%s' names '%.*s', outside the spec's folder: a spec may name only "
	                       "files in its folder or below it (allow another folder with "
	                       "--allow-path DIR)",
	                       key, CAMPAIGN__UTF8_CUT(path, 200));
	return 0;
}

/* Whether the spec names a template by path, as campaign_template_open() tells (template_find.c). */
static int
is_template_path(const char *s)
{
	size_t n = strlen(s);
	return strchr(s, '/') || (n > 5 && strcmp(s + n - 5, ".yaml") == 0) ||
	       (n > 4 && strcmp(s + n - 4, ".yml") == 0);
}

int
campaign__spec_template_allowed(struct campaign_spec *spec, struct schema *s, struct yaml_pos at,
                                const char *name_or_path)
{
	struct spec_load_rules *r = spec->rules;
	if (!r || !name_or_path || !is_template_path(name_or_path))
		return 1;
	/* Reported once: every row of a table names the same template. */
	if (r->last_template && strcmp(r->last_template, name_or_path) == 0)
		return r->last_template_ok;
	r->last_template = name_or_path;
	r->last_template_ok = campaign__spec_path_allowed(spec, s, at, name_or_path, "template", 0);
	return r->last_template_ok;
}

int
campaign__spec_keep_roots(struct campaign_spec *spec)
{
	const struct spec_load_rules *r = spec->rules;
	if (!r)
		return 0;
	/* Never NULL once loaded from a file: no folder that resolved lets nothing in. */
	const char **roots = campaign__arena_alloc(&spec->arena, (r->root_count + 1) * sizeof(*roots));
	if (!roots)
		return -1;
	for (size_t i = 0; i < r->root_count; i++)
		if (!(roots[i] = campaign__arena_strdup(&spec->arena, r->roots[i])))
			return -1;
	spec->roots = roots;
	spec->root_count = r->root_count;
	return 0;
}

int
campaign__spec_real_path_allowed(const struct campaign_spec *spec, const char *real)
{
	if (!spec->roots)
		return 1;
	for (size_t i = 0; i < spec->root_count; i++)
		if (campaign__path_below(spec->roots[i], real))
			return 1;
	return 0;
}
