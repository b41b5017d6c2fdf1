/* `rows:` placements: one placement per row of a CSV table. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "core/diag_internal.h"
#include "io/read_file.h"
#include "spec/spec_paths.h"
#include "text/csv.h"
#include "text/placeholder.h"
#include "spec/spec_load.h"
#include "util/strbuf.h"
#include "util/suggest.h"
#include "util/utf8.h"

struct row_ctx {
	const struct csv_table *table;
	size_t row;
};

static const char *
row_lookup(void *ctx, const struct placeholder_ref *ref)
{
	const struct row_ctx *rc = ctx;
	if (!campaign__placeholder_has_prefix(ref, "row."))
		return NULL;
	for (size_t c = 0; c < rc->table->columns; c++) {
		const char *name = rc->table->header[c];
		if (strlen(name) == ref->len - 4 && memcmp(name, ref->name + 4, ref->len - 4) == 0)
			return rc->table->cells[rc->row * rc->table->columns + c].value;
	}
	return NULL;
}

/* Reports every placeholder of text that does not name a column; 0 when all do. */
static int
check_columns(struct schema *s, const struct csv_table *t, const char *rows_name, const char *text,
              struct yaml_pos at)
{
	struct yaml_node where = { .pos = at };
	int bad = 0;
	size_t pos = 0;
	struct placeholder_ref ref;
	int found;
	while ((found = campaign__placeholder_next(text, &pos, &ref)) != 0) {
		if (found < 0) {
			campaign__schema_error(s, &where, "unclosed or empty '{{' placeholder");
			return -1;
		}
		if (!campaign__placeholder_has_prefix(&ref, "row.")) {
			campaign__schema_error(s, &where, "unknown placeholder '{{%.*s}}'; use {{row.COLUMN}}",
			                       campaign__utf8_cut(ref.name, ref.len, 64), ref.name);
			bad = -1;
			continue;
		}
		char column[80];
		snprintf(column, sizeof(column), "%.*s",
		         campaign__utf8_cut(ref.name + 4, ref.len - 4, 64),
		         ref.name + 4);
		if (campaign__csv_column(t, column) >= 0)
			continue;
		const char *hint = campaign__suggest(column, t->header);
		if (hint) {
			campaign__schema_error(s, &where, "unknown column '%s' in %s; did you mean '%s'?",
			                       column, rows_name, hint);
		} else {
			/* Nothing close: what there is, so the user sees the header as read. */
			struct strbuf list;
			campaign__strbuf_init(&list, 4096);
			campaign__csv_list_columns(t, &list);
			campaign__schema_error(s, &where, "unknown column '%s' in %s; its columns are %s",
			                       column, rows_name, campaign__strbuf_cstr(&list));
			campaign__strbuf_free(&list);
		}
		bad = -1;
	}
	return bad;
}

/* The delimiter `delimiter:` names: ',', ';' or a tab; 0 when absent, -1 when invalid (reported). */
static int
delimiter_of(struct schema *s, const struct yaml_node *node)
{
	if (!node)
		return 0;
	if (node->kind == YAML_NODE_SCALAR) {
		if (strcmp(node->text, ",") == 0 || strcmp(node->text, ";") == 0)
			return node->text[0];
		if (strcmp(node->text, "\t") == 0 || strcmp(node->text, "tab") == 0)
			return '\t';
	}
	campaign__schema_error(s, node, "'delimiter' must be \",\", \";\" or tab");
	return -1;
}

static const char *
delimiter_name(char d)
{
	return d == ';' ? "';' (semicolons)" : d == '\t' ? "tabs" : "',' (commas)";
}

/*
 * Reads the table within its limit; one too large is reported at `rows:`,
 * naming the limit and how to raise it (read_file's own words go to a
 * private sink, the other problems on to the caller's).
 */
static int
read_bounded(struct schema *s, const struct yaml_node *rows, const char *path,
             const struct text_limits *limits, char **buf, size_t *len)
{
	campaign_diags *mine = NULL;
	int rc = campaign_diags_new(&mine);
	if (rc)
		return rc;
	rc = campaign__read_file(path, limits->csv_bytes, buf, len, mine, s->file, rows->pos.line,
	                         rows->pos.column);
	if (rc == CAMPAIGN_EINVALID) {
		char hint[96];
		campaign_diags_add(s->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, s->file,
		                   rows->pos.line, rows->pos.column,
		                   "the table '%.*s' is too large; the limit is %zu bytes%s",
		                   CAMPAIGN__UTF8_CUT(path, 200),
		                   limits->csv_bytes,
		                   campaign__text_limit_hint(limits, "table-bytes", hint, sizeof(hint)));
	} else {
		campaign__diags_copy(s->diags, mine);
	}
	campaign_diags_free(mine);
	return rc;
}

static const struct csv_table *
read_table(struct campaign_spec *spec, struct schema *s, const char *rows_name,
           const struct yaml_node *rows, const struct yaml_node *delimiter, struct csv_table *t)
{
	int delim = delimiter_of(s, delimiter);
	if (delim < 0)
		return NULL;
	if (!campaign__spec_path_allowed(spec, s, rows->pos, rows_name, "rows", 0))
		return NULL;
	const char *path = campaign__spec_path(spec, rows_name);
	char *buf = NULL;
	size_t len = 0;
	if (!path) {
		campaign__schema_nomem(s);
		return NULL;
	}
	const struct text_limits *limits = campaign__spec_limits(spec);
	int rc = read_bounded(s, rows, path, limits, &buf, &len);
	if (rc) {
		if (s->status == CAMPAIGN_OK || rc == CAMPAIGN_ENOMEM)
			s->status = rc;
		return NULL;
	}
	rc = campaign__csv_parse_limited(t, buf, len, path, (char)delim, limits, &spec->arena, s->diags);
	free(buf);
	/*
	 * A table read with anything but commas says so, and how to choose:
	 * a ';' in a comma table's header would otherwise split it silently.
	 */
	if (t->delimiter_detected && t->delimiter != ',' && s->status != CAMPAIGN_ENOMEM)
		campaign_diags_add(s->diags, CAMPAIGN_SEVERITY_NOTE, CAMPAIGN_OK, s->file, rows->pos.line,
		                   rows->pos.column,
		                   "%s is read with %s between fields, found in its header line; "
		                   "set 'delimiter:' to choose", rows_name, delimiter_name(t->delimiter));
	if (rc) {
		if (s->status == CAMPAIGN_OK || rc == CAMPAIGN_ENOMEM)
			s->status = rc;
		return NULL;
	}
	return t;
}

/* The cell text names when it is one row placeholder and nothing else; NULL otherwise. */
static const char *
whole_cell(const char *text, struct row_ctx *ctx)
{
	size_t pos = 0;
	struct placeholder_ref ref;
	if (campaign__placeholder_next(text, &pos, &ref) != 1 || ref.start != 0 || text[ref.end] != '\0')
		return NULL;
	return row_lookup(ctx, &ref);
}

static int
expand_text(struct arena *arena, const char **field, struct row_ctx *ctx,
            struct strbuf *tmp)
{
	if (!*field || !strstr(*field, "{{"))
		return 0;
	campaign__strbuf_reset(tmp);
	struct placeholder_ref bad;
	if (campaign__placeholder_expand(tmp, *field, row_lookup, ctx, &bad) != 0)
		return -1;
	/*
	 * A text that is one cell ("{{row.name}}") is that cell's string, which
	 * the table keeps as long as the spec: shared, not copied (a million
	 * rows made 10 MB of copies).
	 */
	const char *cell = whole_cell(*field, ctx);
	if (cell && strcmp(cell, campaign__strbuf_cstr(tmp)) == 0) {
		*field = cell;
		return 0;
	}
	*field = campaign__arena_strndup(arena, campaign__strbuf_cstr(tmp), tmp->len);
	return *field ? 0 : -1;
}

/* Whether some value of list has a placeholder, which each row fills in. */
static int
pairs_vary(const campaign_param *list, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (strstr(list[i].value, "{{"))
			return 1;
	return 0;
}

/*
 * A row's copy of a list of pairs (params, vars) with its placeholders
 * filled in. A list without placeholders is the same for every row: shared,
 * not copied.
 */
static int
expand_pairs(struct arena *arena, const campaign_param **list, size_t count, struct row_ctx *ctx,
             struct strbuf *tmp)
{
	if (!pairs_vary(*list, count))
		return 0;
	campaign_param *copy = campaign__arena_alloc(arena, count * sizeof(*copy));
	if (!copy)
		return -1;
	memcpy(copy, *list, count * sizeof(*copy));
	for (size_t i = 0; i < count; i++)
		if (expand_text(arena, &copy[i].value, ctx, tmp))
			return -1;
	*list = copy;
	return 0;
}

static int
make_row_placement(struct campaign_spec *spec, struct schema *s, const struct spec_placement *proto,
                   struct spec_entry *entry, const struct csv_table *t, size_t row,
                   const char *rows_name, struct strbuf *tmp)
{
	struct spec_placement *p = campaign__spec_new_placement(spec, s);
	if (!p)
		return -1;
	*p = *proto;
	struct row_ctx ctx = { t, row };
	for (int f = 0; f < PF__COUNT; f++) {
		const char **field = campaign__spec_placement_text_field(&p->pub, f);
		if (field && f != PF_ROWS && expand_text(&spec->arena, field, &ctx, tmp))
			goto nomem;
	}
	if (expand_pairs(&spec->arena, &p->pub.params, proto->pub.param_count, &ctx, tmp))
		goto nomem;
	if (entry->row_vars) {
		entry->row_vars[row] = entry->vars.items;
		if (expand_pairs(&spec->arena, &entry->row_vars[row], entry->vars.count, &ctx, tmp))
			goto nomem;
	}
	p->pub.row = &t->cells[row * t->columns];
	p->pub.row_count = t->columns;
	p->pub.rows_file = rows_name;
	p->pub.row_number = (unsigned long)row + 1;
	return 0;
nomem:
	campaign__schema_nomem(s);
	return -1;
}

void
campaign__spec_expand_rows(struct campaign_spec *spec, struct schema *s,
                           const struct spec_placement *proto, struct spec_entry *entry,
                           const struct yaml_node *rows, const struct yaml_node *delimiter)
{
	const char *rows_name = campaign__schema_text(s, rows, "rows");
	if (!rows_name)
		return;
	if (rows_name[0] == '\0') {
		campaign__schema_error(s, rows, "'rows' must name a CSV file");
		return;
	}
	struct csv_table table;
	const struct csv_table *t = read_table(spec, s, rows_name, rows, delimiter, &table);
	if (!t)
		return;
	int bad = 0;
	for (int f = 0; f < PF__COUNT; f++) {
		const char **field = campaign__spec_placement_text_field((campaign_placement *)&proto->pub, f);
		if (field && *field && f != PF_ROWS)
			bad |= check_columns(s, t, rows_name, *field, proto->at[f]);
	}
	for (size_t i = 0; i < proto->pub.param_count; i++)
		bad |= check_columns(s, t, rows_name, proto->pub.params[i].value, entry->param_at[i]);
	for (size_t i = 0; i < entry->vars.count; i++)
		bad |= check_columns(s, t, rows_name, entry->vars.items[i].value, entry->vars.at[i]);
	if (bad)
		return;
	if (t->rows == 0) {
		campaign__schema_warning(s, rows, "%s has no data rows; this entry makes no placements",
		                         rows_name);
		return;
	}
	if (campaign__spec_reserve_placements(spec, s, t->rows))
		return;
	/* Every row's cells are where campaign__spec_row_at() finds them. */
	entry->cell_at = t->cell_at;
	entry->columns = t->columns;
	/* Rows keep vars of their own only when theirs differ: most tables' do not. */
	if (pairs_vary(entry->vars.items, entry->vars.count)) {
		entry->row_vars = campaign__arena_alloc(&spec->arena, t->rows * sizeof(*entry->row_vars));
		if (!entry->row_vars) {
			campaign__schema_nomem(s);
			return;
		}
	}
	struct strbuf tmp;
	campaign__strbuf_init(&tmp, 0);
	for (size_t r = 0; r < t->rows; r++)
		if (make_row_placement(spec, s, proto, entry, t, r, rows_name, &tmp))
			break;
	campaign__strbuf_free(&tmp);
}
