/*
 * A report written out: an aligned table for people, CSV for spreadsheets,
 * JSON for programs. The same numbers in each.
 */
#include <inttypes.h>
#include <jansson.h>
#include <string.h>

#include "build/manifest.h"
#include "ids/money.h"
#include "campaign/status.h"
#include "report_groups.h"
#include "report_internal.h"
#include "util/strbuf.h"
#include "util/utf8.h"

#define COUNT_COLUMNS 8

static const char *const count_names[COUNT_COLUMNS] = { "visits", "scans", "calls", "callers",
	                                                 "answered", "target_calls", "posts",
	                                                 "conversions" };

static void
counts_array(const campaign_report_counts *c, uint64_t v[COUNT_COLUMNS])
{
	v[0] = c->visits, v[1] = c->scans, v[2] = c->calls, v[3] = c->callers;
	v[4] = c->answered, v[5] = c->target_calls, v[6] = c->posts, v[7] = c->conversions;
}

/* Credit in hundredths as a decimal: 133 -> "1.33". */
static void
add_credit(struct strbuf *out, uint64_t hundredths, int width)
{
	char text[32];
	snprintf(text, sizeof(text), "%" PRIu64 ".%02u", hundredths / 100, (unsigned)(hundredths % 100));
	campaign__strbuf_addf(out, "%*s", width, text);
}

static int
any_credit(const campaign_report_counts *c)
{
	for (int m = 0; m < CAMPAIGN_ATTRIBUTION_MODEL_COUNT; m++)
		if (c->credit[m])
			return 1;
	return 0;
}

/* What a row is called in a table: the placement, or whose shared tag it is. */
static const char *
row_label(const campaign_report_row *row, char *buf, size_t size)
{
	if (row->placement)
		return row->placement;
	if (row->event)
		snprintf(buf, size, "(tag of event %s)", row->event);
	else
		snprintf(buf, size, "(campaign tag)");
	return buf;
}

/* A row's own cost, as a group of one. */
static struct report_cost
row_cost(const campaign_report_row *row)
{
	struct report_cost c = { 0 };
	campaign__report_cost_add(&c, row);
	return c;
}

#define COST_COLUMNS 3

/*
 * The cost, cost per response and per conversion as decimals ("12000.00",
 * "29.13"), "-" where there is no cost or nothing to divide by.
 */
static void
cost_cells(const campaign_report *r, const struct report_cost *c, char cells[COST_COLUMNS][32])
{
	int digits;
	campaign_report_currency(r, &digits);
	uint64_t v[COST_COLUMNS] = { c->amount, 0, 0 };
	int have[COST_COLUMNS] = { c->placements > 0, !campaign__report_cost_per(c, 0, &v[1]),
		                   !campaign__report_cost_per(c, 1, &v[2]) };
	for (int i = 0; i < COST_COLUMNS; i++)
		if (have[i])
			campaign__money_format(cells[i], sizeof(cells[i]), v[i], digits);
		else
			snprintf(cells[i], sizeof(cells[i]), "-");
}

/* ---- table ---- */

struct table {
	struct strbuf *out;
	size_t label_width; /* in characters */
	int with_details;   /* event, source, medium columns */
	size_t detail_width[3];
	const campaign_report *report; /* its cost columns, when it has a currency */
};

static void
table_cost(struct table *t, const struct report_cost *cost)
{
	const char *currency = campaign_report_currency(t->report, NULL);
	if (!currency)
		return;
	char cells[COST_COLUMNS][32], head[16];
	snprintf(head, sizeof(head), "cost_%s", currency);
	const char *const heads[COST_COLUMNS] = { head, "per_response", "per_conversion" };
	if (cost)
		cost_cells(t->report, cost, cells);
	for (int i = 0; i < COST_COLUMNS; i++)
		campaign__strbuf_addf(t->out, "%*s", (int)strlen(heads[i]) + 2,
		                      cost ? cells[i] : heads[i]);
}

static size_t
width(const char *s)
{
	return s ? campaign__utf8_count(s, strlen(s)) : 1;
}

static void
pad(struct strbuf *out, const char *s, size_t w)
{
	s = s ? s : "-";
	campaign__strbuf_adds(out, s);
	for (size_t n = width(s); n < w; n++)
		campaign__strbuf_addc(out, ' ');
	campaign__strbuf_adds(out, "  ");
}

static void
table_line(struct table *t, const char *label, const char *const details[3], const uint64_t *v,
           const char *const *heads, const struct report_cost *cost)
{
	pad(t->out, label, t->label_width);
	for (int i = 0; t->with_details && i < 3; i++)
		pad(t->out, details[i], t->detail_width[i]);
	for (int i = 0; i < COUNT_COLUMNS; i++) {
		/* Right-aligned under a heading at least 8 wide, two spaces apart. */
		size_t name = strlen(count_names[i]);
		int w = (int)(name > 8 ? name : 8) + (i ? 2 : 0);
		if (heads)
			campaign__strbuf_addf(t->out, "%*s", w, heads[i]);
		else
			campaign__strbuf_addf(t->out, "%*" PRIu64, w, v[i]);
	}
	table_cost(t, heads ? NULL : cost);
	campaign__strbuf_addc(t->out, '\n');
}

static void
table_placements(struct strbuf *out, const campaign_report *r)
{
	struct table t = { out, strlen("placement"), 1, { 5, 6, 6 }, r };
	char buf[160];
	size_t n = campaign_report_row_count(r);
	for (size_t i = 0; i < n; i++) {
		const campaign_report_row *row = campaign_report_row_get(r, i);
		size_t w = width(row_label(row, buf, sizeof(buf))) + (row->withdrawn ? 12 : 0);
		t.label_width = w > t.label_width ? w : t.label_width;
		const char *d[3] = { row->event, row->source, row->medium };
		for (int k = 0; k < 3; k++)
			if (width(d[k]) > t.detail_width[k])
				t.detail_width[k] = width(d[k]);
	}
	static const char *const details[3] = { "event", "source", "medium" };
	table_line(&t, "placement", details, NULL, count_names, NULL);
	for (size_t i = 0; i < n; i++) {
		const campaign_report_row *row = campaign_report_row_get(r, i);
		uint64_t v[COUNT_COLUMNS];
		counts_array(&row->counts, v);
		char label[200];
		snprintf(label, sizeof(label), "%s%s", row_label(row, buf, sizeof(buf)),
		         row->withdrawn ? " (withdrawn)" : "");
		const char *d[3] = { row->event, row->source, row->medium };
		struct report_cost cost = row_cost(row);
		table_line(&t, label, d, v, NULL, &cost);
	}
}

static int
table_groups(struct strbuf *out, const campaign_report *r, enum report_grouping by,
             const char *title)
{
	struct report_groups g;
	if (campaign__report_group(&g, r, by))
		return CAMPAIGN_ENOMEM;
	struct table t = { out, strlen(title), 0, { 0 }, r };
	for (size_t i = 0; i < g.count; i++)
		if (width(g.items[i].name) > t.label_width)
			t.label_width = width(g.items[i].name);
	campaign__strbuf_addc(out, '\n');
	table_line(&t, by == GROUP_ALL ? "" : title, NULL, NULL, count_names, NULL);
	for (size_t i = 0; i < g.count; i++) {
		uint64_t v[COUNT_COLUMNS];
		counts_array(&g.items[i].counts, v);
		table_line(&t, g.items[i].name, NULL, v, NULL, &g.items[i].cost);
	}
	campaign__report_groups_free(&g);
	return CAMPAIGN_OK;
}

/*
 * The conversions each model credits, side by side: only the rows with
 * any, and only when a conversion was read.
 */
static void
table_credit(struct strbuf *out, const campaign_report *r)
{
	campaign_report_counts total;
	campaign_report_totals(r, &total);
	if (!any_credit(&total))
		return;
	char buf[160];
	size_t label = strlen("conversions credited by model");
	for (size_t i = 0; i < campaign_report_row_count(r); i++) {
		const campaign_report_row *row = campaign_report_row_get(r, i);
		if (any_credit(&row->counts) && width(row_label(row, buf, sizeof(buf))) > label)
			label = width(row_label(row, buf, sizeof(buf)));
	}
	campaign__strbuf_addc(out, '\n');
	pad(out, "conversions credited by model", label);
	for (int m = 0; m < CAMPAIGN_ATTRIBUTION_MODEL_COUNT; m++)
		campaign__strbuf_addf(out, "%18s", campaign_attribution_model_name((campaign_attribution_model)m));
	campaign__strbuf_addc(out, '\n');
	for (size_t i = 0; i <= campaign_report_row_count(r); i++) {
		const campaign_report_row *row = campaign_report_row_get(r, i);
		const campaign_report_counts *c = row ? &row->counts : &total;
		if (row && !any_credit(c))
			continue;
		pad(out, row ? row_label(row, buf, sizeof(buf)) : "total", label);
		for (int m = 0; m < CAMPAIGN_ATTRIBUTION_MODEL_COUNT; m++)
			add_credit(out, c->credit[m], 18);
		campaign__strbuf_addc(out, '\n');
	}
}

static int
write_table(struct strbuf *out, const campaign_report *r)
{
	table_placements(out, r);
	int rc = table_groups(out, r, GROUP_BY_EVENT, "event");
	if (rc == CAMPAIGN_OK)
		rc = table_groups(out, r, GROUP_BY_SOURCE, "source");
	if (rc == CAMPAIGN_OK)
		rc = table_groups(out, r, GROUP_BY_MEDIUM, "medium");
	if (rc == CAMPAIGN_OK)
		rc = table_groups(out, r, GROUP_ALL, "total");
	table_credit(out, r);
	return rc;
}

/* ---- CSV ---- */

static void
csv_cell(struct strbuf *out, const char *value)
{
	value = value ? value : "";
	const char *guard = campaign__csv_cell_unsafe(value) ? "'" : "";
	int quote = strpbrk(value, ",\"\r\n") != NULL;
	if (quote)
		campaign__strbuf_addc(out, '"');
	campaign__strbuf_adds(out, guard);
	for (const char *p = value; *p; p++) {
		if (*p == '"')
			campaign__strbuf_addc(out, '"');
		campaign__strbuf_addc(out, *p);
	}
	if (quote)
		campaign__strbuf_addc(out, '"');
	campaign__strbuf_addc(out, ',');
}

static void
write_csv(struct strbuf *out, const campaign_report *r)
{
	campaign__strbuf_adds(out, "level,placement,event,source,medium,withdrawn");
	for (int i = 0; i < COUNT_COLUMNS; i++)
		campaign__strbuf_addf(out, ",%s", count_names[i]);
	for (int m = 0; m < CAMPAIGN_ATTRIBUTION_MODEL_COUNT; m++)
		campaign__strbuf_addf(out, ",credit_%s",
		                      campaign_attribution_model_name((campaign_attribution_model)m));
	const char *currency = campaign_report_currency(r, NULL);
	if (currency)
		campaign__strbuf_adds(out, ",currency,cost,cost_per_response,cost_per_conversion");
	campaign__strbuf_adds(out, "\r\n");
	for (size_t i = 0; i < campaign_report_row_count(r); i++) {
		const campaign_report_row *row = campaign_report_row_get(r, i);
		csv_cell(out, row->placement ? "placement" : row->event ? "event-tag" : "campaign-tag");
		csv_cell(out, row->placement);
		csv_cell(out, row->event);
		csv_cell(out, row->source);
		csv_cell(out, row->medium);
		campaign__strbuf_addf(out, "%d", row->withdrawn);
		uint64_t v[COUNT_COLUMNS];
		counts_array(&row->counts, v);
		for (int k = 0; k < COUNT_COLUMNS; k++)
			campaign__strbuf_addf(out, ",%" PRIu64, v[k]);
		for (int m = 0; m < CAMPAIGN_ATTRIBUTION_MODEL_COUNT; m++) {
			campaign__strbuf_addc(out, ',');
			add_credit(out, row->counts.credit[m], 0);
		}
		if (currency) {
			/* Empty, not "-": a spreadsheet reads an empty cell as no number. */
			char cells[COST_COLUMNS][32];
			struct report_cost cost = row_cost(row);
			cost_cells(r, &cost, cells);
			campaign__strbuf_addf(out, ",%s", currency);
			for (int k = 0; k < COST_COLUMNS; k++)
				campaign__strbuf_addf(out, ",%s", strcmp(cells[k], "-") ? cells[k] : "");
		}
		campaign__strbuf_adds(out, "\r\n");
	}
}

/* ---- JSON ---- */

static json_t *
json_counts(json_t *obj, const campaign_report_counts *c)
{
	uint64_t v[COUNT_COLUMNS];
	counts_array(c, v);
	for (int i = 0; obj && i < COUNT_COLUMNS; i++)
		if (json_object_set_new(obj, count_names[i], json_integer((json_int_t)v[i])))
			return json_decref(obj), NULL;
	/* Credit as hundredths, exact integers a program can add up (and divide by 100). */
	json_t *credit = obj ? json_object() : NULL;
	for (int m = 0; credit && m < CAMPAIGN_ATTRIBUTION_MODEL_COUNT; m++)
		if (json_object_set_new(credit, campaign_attribution_model_name((campaign_attribution_model)m),
		                        json_integer((json_int_t)c->credit[m])))
			json_decref(credit), credit = NULL;
	if (!credit || json_object_set_new(obj, "credit_hundredths", credit))
		return json_decref(obj), NULL;
	return obj;
}

static json_t *
json_minor(const struct report_cost *c, int per, int per_conversion)
{
	uint64_t v = c->amount;
	if (per ? campaign__report_cost_per(c, per_conversion, &v) != 0 : c->placements == 0)
		return json_null();
	return json_integer((json_int_t)v);
}

/* "cost": the amount and the rates in minor units, null where there are none; only with a currency. */
static json_t *
json_cost(json_t *obj, const campaign_report *r, const struct report_cost *c)
{
	if (!obj || !campaign_report_currency(r, NULL))
		return obj;
	json_t *cost = json_pack("{s:o,s:o,s:o}", "minor", json_minor(c, 0, 0), "per_response_minor",
	                         json_minor(c, 1, 0), "per_conversion_minor", json_minor(c, 1, 1));
	if (!cost || json_object_set_new(obj, "cost", cost))
		return json_decref(obj), NULL;
	return obj;
}

static json_t *
json_text(const char *s)
{
	return s ? json_string(s) : json_null();
}

/* One row as a JSON object (NULL when out of memory). */
static json_t *
json_row(const campaign_report *r, const campaign_report_row *row)
{
	json_t *o = json_object();
	struct report_cost cost = row_cost(row);
	if (!o || json_object_set_new(o, "placement", json_text(row->placement)) ||
	    json_object_set_new(o, "event", json_text(row->event)) ||
	    json_object_set_new(o, "source", json_text(row->source)) ||
	    json_object_set_new(o, "medium", json_text(row->medium)) ||
	    json_object_set_new(o, "withdrawn", json_boolean(row->withdrawn)) ||
	    !json_counts(o, &row->counts) || !json_cost(o, r, &cost))
		return json_decref(o), NULL;
	return o;
}

/* Appends text with `indent` after each of its line ends: a dump nested in a larger one. */
static void
add_indented(struct strbuf *out, const char *text, const char *indent)
{
	for (const char *nl; (nl = strchr(text, '\n')); text = nl + 1) {
		campaign__strbuf_add(out, text, (size_t)(nl - text + 1));
		campaign__strbuf_adds(out, indent);
	}
	campaign__strbuf_adds(out, text);
}

/*
 * The "placements" array, one row at a time, as jansson would indent it
 * inside the root object: the rows of a million placements are never a
 * tree in memory at once (as one, a row took some 5 KB, ten times its text).
 */
static int
add_json_rows(struct strbuf *out, const campaign_report *r)
{
	size_t n = campaign_report_row_count(r);
	campaign__strbuf_adds(out, n ? "[" : "[]");
	for (size_t i = 0; i < n; i++) {
		json_t *o = json_row(r, campaign_report_row_get(r, i));
		char *text = o ? json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : NULL;
		json_decref(o);
		if (!text)
			return CAMPAIGN_ENOMEM;
		campaign__strbuf_adds(out, i ? ",\n    " : "\n    ");
		add_indented(out, text, "    ");
		free(text);
	}
	if (n)
		campaign__strbuf_adds(out, "\n  ]");
	return CAMPAIGN_OK;
}

static json_t *
json_groups(const campaign_report *r, enum report_grouping by)
{
	struct report_groups g;
	if (campaign__report_group(&g, r, by))
		return NULL;
	json_t *arr = json_array();
	for (size_t i = 0; arr && i < g.count; i++) {
		json_t *o = json_object();
		if (!o || json_object_set_new(o, "name", json_string(g.items[i].name)) ||
		    !json_counts(o, &g.items[i].counts) || !json_cost(o, r, &g.items[i].cost) ||
		    json_array_append_new(arr, o)) {
			json_decref(arr);
			arr = NULL;
		}
	}
	campaign__report_groups_free(&g);
	return arr;
}

static const char *
format_name(campaign_trace_format f)
{
	switch (f) {
	case CAMPAIGN_TRACE_ACCESS_LOG: return "access-log";
	case CAMPAIGN_TRACE_ANALYTICS: return "analytics";
	case CAMPAIGN_TRACE_CALLS: return "calls";
	case CAMPAIGN_TRACE_POSTS: return "posts";
	case CAMPAIGN_TRACE_CONVERSIONS: return "conversions";
	}
	return "unknown";
}

static json_t *
json_inputs(const campaign_report *r)
{
	json_t *arr = json_array();
	for (size_t i = 0; arr && i < campaign_report_input_count(r); i++) {
		const campaign_report_input *in = campaign_report_input_get(r, i);
		json_t *problems = json_array();
		for (size_t k = 0; problems && k < in->problem_count; k++)
			if (json_array_append_new(problems, json_pack("{s:I,s:s}", "line",
			                                              (json_int_t)in->problems[k].line,
			                                              "reason", in->problems[k].reason)))
				json_decref(problems), problems = NULL;
		json_t *o = problems ? json_pack("{s:s,s:s,s:s,s:I,s:I,s:I,s:I,s:I,s:o}", "path", in->path,
		                                 "format", format_name(in->format), "how", in->how,
		                                 "lines", (json_int_t)in->lines,
		                                 "attributed", (json_int_t)in->attributed,
		                                 "unattributed", (json_int_t)in->unattributed,
		                                 "ignored", (json_int_t)in->ignored,
		                                 "skipped", (json_int_t)in->skipped, "problems", problems)
		                     : NULL;
		if (!o || json_array_append_new(arr, o))
			json_decref(arr), arr = NULL;
	}
	return arr;
}

static int
write_json(struct strbuf *out, const campaign_report *r)
{
	campaign_report_counts total;
	campaign_report_totals(r, &total);
	struct report_cost cost = { 0 };
	for (size_t i = 0; i < campaign_report_row_count(r); i++)
		campaign__report_cost_add(&cost, campaign_report_row_get(r, i));
	int digits;
	const char *code = campaign_report_currency(r, &digits);
	json_t *root = json_object();
	/* The placements first, written row by row; the rest, small, as one object after them. */
	json_t *parts[] = { json_groups(r, GROUP_BY_EVENT),
		            json_groups(r, GROUP_BY_SOURCE),
		            json_groups(r, GROUP_BY_MEDIUM),
		            json_cost(json_counts(json_object(), &total), r, &cost),
		            json_inputs(r),
		            code ? json_pack("{s:s,s:i}", "code", code, "digits", digits) : json_null() };
	static const char *const keys[] = { "events", "sources", "media", "total", "inputs",
		                            "currency" };
	int rc = root ? CAMPAIGN_OK : CAMPAIGN_ENOMEM;
	/* json_object_set_new() takes each part, also when it fails (NULL root included). */
	for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++)
		if (!parts[i] || json_object_set_new(root, keys[i], parts[i]))
			rc = CAMPAIGN_ENOMEM;
	char *rest = rc ? NULL : json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(root);
	if (!rest)
		return CAMPAIGN_ENOMEM;
	campaign__strbuf_adds(out, "{\n  \"placements\": ");
	rc = add_json_rows(out, r);
	/* rest is "{\n  \"events\": ...}": its members follow the placements'. */
	campaign__strbuf_addc(out, ',');
	campaign__strbuf_adds(out, rest + 1);
	campaign__strbuf_addc(out, '\n');
	free(rest);
	return rc;
}

CAMPAIGN_API int
campaign_report_write(campaign_buf *out, const campaign_report *r, campaign_report_format format,
                      campaign_diags *diags)
{
	if (!out || !r || format < CAMPAIGN_REPORT_TABLE || format > CAMPAIGN_REPORT_JSON) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "campaign_report_write: a report, an output and a known format are "
		                   "needed");
		return CAMPAIGN_EINVALID;
	}
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	int rc = format == CAMPAIGN_REPORT_TABLE ? write_table(&b, r)
	         : format == CAMPAIGN_REPORT_JSON ? write_json(&b, r)
	                                          : (write_csv(&b, r), CAMPAIGN_OK);
	if (rc == CAMPAIGN_OK)
		rc = b.status;
	if (rc == CAMPAIGN_OK)
		rc = campaign__strbuf_to_buf(&b, out);
	campaign__strbuf_free(&b);
	if (rc)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, rc, NULL, 0, 0,
		                   "cannot write the report: %s", campaign_strerror(rc));
	return rc;
}
