/* The templates of a build's flyers, loaded from the plan before anything is written. */
#include "build/flyer_templates.h"
#include "build/row_values.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "core/diag_internal.h"
#include "plan/plan_internal.h"
#include "plan/plan_values.h"
#include "render/flyer.h"
#include "spec/spec_load.h"
#include "template/image_cache.h"
#include "template/template_model.h"
#include "text/i18n.h"
#include "text/placeholder.h"
#include "util/suggest.h"
#include "util/strbuf.h"

/* Placements whose bad QR codes are each reported in full; the rest are counted. */
#define BAD_CODES_SHOWN 3

static void
fail(struct flyer_templates *t, int rc)
{
	if (rc && (t->status == CAMPAIGN_OK || rc == CAMPAIGN_ENOMEM))
		t->status = rc;
}

const struct template_slot *
campaign__flyer_templates_find(const struct flyer_templates *t, const char *name)
{
	for (size_t i = 0; i < t->count; i++)
		if (!t->slots[i].sheet && strcmp(t->slots[i].name, name) == 0)
			return &t->slots[i];
	return NULL;
}

/* Opens and checks one template into slot; a path is relative to the spec, as rows tables are. */
static int
open_template(struct template_slot *slot, const struct campaign_spec *spec, struct yaml_pos at,
              const char *const *template_dirs, const struct image_limits *limits,
              campaign_diags *diags)
{
	struct strbuf path;
	campaign__strbuf_init(&path, 0);
	int rc = campaign__template_is_path(slot->name) ? campaign__spec_path_into(spec, slot->name, &path)
	                                                : campaign__strbuf_adds(&path, slot->name);
	/* A mistyped built-in name is the spec's error, reported at its `template:`. */
	if (rc == CAMPAIGN_OK)
		rc = campaign__template_open_at(&slot->tpl, campaign__strbuf_cstr(&path), template_dirs,
		                                limits, diags, spec->file, at.line, at.column);
	if (rc == CAMPAIGN_OK)
		rc = campaign_template_check_names(slot->tpl, campaign__placeholder_names, diags);
	if (rc == CAMPAIGN_OK)
		rc = campaign_template_check_qr_data(slot->tpl, diags);
	campaign__strbuf_free(&path);
	return rc;
}

/* Whether the diagnostics from `first` on all point at `at` already: no note needed. */
static int
located_here(const campaign_diags *diags, size_t first, const char *file, struct yaml_pos at)
{
	for (size_t i = first; i < campaign_diags_count(diags); i++) {
		const campaign_diag *d = campaign_diags_get(diags, i);
		if (!d->file || !file || strcmp(d->file, file) != 0 || d->line != at.line ||
		    d->column != at.column)
			return 0;
	}
	return 1;
}

/* A new slot at the end of t's, named name; NULL when out of memory (recorded). */
static struct template_slot *
new_slot(struct flyer_templates *t, const char *name)
{
	struct template_slot *slots = realloc(t->slots, (t->count + 1) * sizeof(*slots));
	if (slots)
		t->slots = slots;
	char *name_copy = slots ? strdup(name) : NULL;
	if (!name_copy) {
		fail(t, CAMPAIGN_ENOMEM);
		return NULL;
	}
	struct template_slot *slot = &t->slots[t->count++];
	*slot = (struct template_slot){ .name = name_copy };
	return slot;
}

static void
load_one(struct flyer_templates *t, const struct campaign_spec *spec, const struct plan_item *item,
         const char *const *template_dirs, campaign_diags *diags)
{
	const char *name = item->pub.placement->template_name;
	if (campaign__flyer_templates_find(t, name))
		return;
	struct template_slot *slot = new_slot(t, name);
	if (!slot)
		return;
	size_t first = campaign_diags_count(diags);
	struct yaml_pos at = item->sp->at[PF_TEMPLATE];
	int rc = open_template(slot, spec, at, template_dirs, t->limits, diags);
	if (rc) {
		/* Where the spec asked for it, so the user knows which line to fix. */
		if (campaign_diags_count(diags) > first && rc != CAMPAIGN_ENOMEM &&
		    !located_here(diags, first, spec->file, at))
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_NOTE, CAMPAIGN_OK, spec->file,
			                   at.line, at.column, "template '%s' is used here", name);
		slot->failed = 1;
		fail(t, rc);
	}
}

/*
 * Loads the sheet template into a slot of its own, as the sheets will
 * (a path relative to the working directory, as the option gives it).
 */
static void
load_sheet(struct flyer_templates *t, const char *name, const char *const *template_dirs,
           campaign_diags *diags)
{
	struct template_slot *slot = new_slot(t, name);
	if (!slot)
		return;
	t->sheet_slot = (size_t)(slot - t->slots);
	slot->sheet = 1;
	int rc = campaign__template_open_at(&slot->tpl, name, template_dirs, t->limits, diags, NULL, 0, 0);
	if (rc == CAMPAIGN_OK)
		rc = campaign_template_check_names(slot->tpl, campaign__placeholder_names, diags);
	if (rc == CAMPAIGN_OK)
		rc = campaign_template_check_qr_data(slot->tpl, diags);
	slot->failed = rc != CAMPAIGN_OK;
	fail(t, rc);
}

/*
 * A placeholder a placement's template prints and the placement has no
 * value for: found before anything is written, where drawing would find it
 * only after the ledger and the QR codes.
 */
struct missing {
	const void *owner; /* the event, the placement (a table's rows share one), or NULL: the template */
	size_t slot;
	const char *name;  /* into the template; not NUL-terminated */
	size_t len;
	struct yaml_pos at; /* of the text in the template */
	size_t item;       /* the first placement found without it */
	size_t order;      /* in the order found: placements, then the template's elements */
};

struct missing_list {
	struct missing *items;
	size_t count, cap;
	int nomem;
};

/* A name that comes from the event, with the key the event lacks and its words. */
static const struct {
	const char *name;
	const char *key;
	const char *what;
} event_fields[] = {
	{ "event.title", "title", "the event's title" },
	{ "event.date", "date", "the event's date" },
	{ "event.date_iso", "date", "the event's date" },
	{ "event.weekday", "date", "the event's weekday, from its date" },
	{ "event.day", "date", "the event's day, from its date" },
	{ "event.month", "date", "the event's month, from its date" },
	{ "event.year", "date", "the event's year, from its date" },
	{ "event.time", "time", "the event's time" },
	{ "event.venue", "venue", "the event's venue" },
};

/* A name that comes from the placement, with what to add to it. */
static const struct {
	const char *name;
	const char *add;
	const char *what;
} placement_fields[] = {
	{ "phone", "phone: true", "a tracking number" },
	{ "phone_e164", "phone: true", "a tracking number" },
	{ "tel", "phone: true", "a tracking number's tel: link" },
	{ "placement.content", "content:", "the placement's content" },
	{ "placement.term", "term:", "the placement's term" },
};

struct values_check {
	const campaign_plan *plan;
	const struct values *values;
	const char *language; /* the placement's edition's */
	size_t item, slot;
	struct missing_list *found;
	size_t order;
};

static int
event_field(const struct placeholder_ref *ref)
{
	for (size_t i = 0; i < sizeof(event_fields) / sizeof(event_fields[0]); i++)
		if (campaign__placeholder_is(ref, event_fields[i].name))
			return (int)i;
	return -1;
}

static int
has_key(const struct values *v, const struct placeholder_ref *ref)
{
	for (size_t i = 0; i < v->count; i++)
		if (campaign__placeholder_is(ref, v->params[i].key))
			return 1;
	return 0;
}

/* Whether filling the template finds a value for ref, as lookup() in render/flyer.c does. */
static int
has_value(const struct values *v, const struct placeholder_ref *ref, const char *language)
{
	if (has_key(v, ref))
		return 1;
	for (size_t i = 0; campaign__placeholder_date_names[i]; i++) {
		if (campaign__placeholder_is(ref, campaign__placeholder_date_names[i])) {
			struct placeholder_ref date = { "event.date", 10, 0, 0 };
			return has_key(v, &date);
		}
	}
	char key[32];
	if (campaign__placeholder_has_prefix(ref, "var.") && ref->len < sizeof(key)) {
		memcpy(key, ref->name, ref->len);
		key[ref->len] = '\0';
		return campaign__i18n_text(key, language) != NULL;
	}
	return 0;
}

/* A short link's placeholder: the campaign has them all or none. */
static int
is_short_name(const struct placeholder_ref *ref)
{
	return campaign__placeholder_is(ref, "short_url") || campaign__placeholder_is(ref, "short_code");
}

static int
check_value(void *ctx, const struct placeholder_ref *ref, struct yaml_pos at)
{
	struct values_check *c = ctx;
	const campaign_assignment *a = &c->plan->items[c->item].pub;
	if (has_value(c->values, ref, c->language))
		return 0;
	struct missing_list *list = c->found;
	if (list->count == list->cap) {
		size_t cap = list->cap ? list->cap * 2 : 16;
		struct missing *grown = realloc(list->items, cap * sizeof(*grown));
		if (!grown) {
			list->nomem = 1;
			return 1;
		}
		list->items = grown;
		list->cap = cap;
	}
	const struct spec_placement *sp = c->plan->items[c->item].sp;
	/* The rows of a table share their positions: one report for the table. */
	const void *placement = sp->pub.rows_file ? (const void *)sp->at : (const void *)sp;
	const void *owner = event_field(ref) >= 0 && a->event ? (const void *)a->event : placement;
	/* No built-in text has the name, or no short links: one report for the template. */
	if (campaign__placeholder_has_prefix(ref, "var.") || is_short_name(ref))
		owner = NULL;
	/* Without an event every event field is missing: one report for them all. */
	struct placeholder_ref name = *ref;
	if (event_field(ref) >= 0 && !a->event)
		name = (struct placeholder_ref){ "event.*", 7, 0, 0 };
	list->items[list->count++] = (struct missing){ owner, c->slot, name.name, name.len, at,
	                                               c->item, c->order++ };
	return 0;
}

/* Orders by what is missing where, then by when it was found. */
static int
cmp_missing_what(const struct missing *a, const struct missing *b)
{
	if (a->owner != b->owner)
		return (uintptr_t)a->owner < (uintptr_t)b->owner ? -1 : 1;
	if (a->slot != b->slot)
		return a->slot < b->slot ? -1 : 1;
	if (a->len != b->len)
		return a->len < b->len ? -1 : 1;
	return memcmp(a->name, b->name, a->len);
}

static int
cmp_missing_key(const void *x, const void *y)
{
	const struct missing *a = x, *b = y;
	int c = cmp_missing_what(a, b);
	if (c)
		return c;
	return a->order < b->order ? -1 : a->order > b->order;
}

static int
cmp_missing_order(const void *x, const void *y)
{
	const struct missing *a = x, *b = y;
	return a->order < b->order ? -1 : a->order > b->order;
}

/* The texts a placement could mean by var.NAME: the built-in ones and its `vars:`; at most max. */
static size_t
var_names(const campaign_plan *plan, const struct plan_item *item, const char **names, size_t max)
{
	size_t n = 0;
	for (size_t k = 0; campaign__i18n_keys[k] && n < max; k++)
		names[n++] = campaign__i18n_keys[k];
	struct values_placement x;
	campaign__values_placement_of(&x, plan->spec, item->sp);
	for (int l = 0; l < VALUES_VAR_LEVELS; l++)
		for (size_t k = 0; k < x.var_count[l] && n < max; k++)
			names[n++] = x.vars[l][k].key;
	return n;
}

/* Reports one missing value, at the spec's node where what is missing goes. */
static void
report_missing(const struct flyer_templates *t, const campaign_plan *plan, const struct missing *m,
               campaign_diags *diags)
{
	const struct plan_item *item = &plan->items[m->item];
	const campaign_placement *p = item->pub.placement;
	const char *file = plan->spec->file;
	const char *tpl = t->slots[m->slot].name;
	struct placeholder_ref ref = { m->name, m->len, 0, 0 };
	int len = (int)(m->len > 64 ? 64 : m->len);
	struct yaml_pos at = item->sp->at[PF_TEMPLATE];
	char note[320];
	const char *row = campaign__spec_row_note(p, note, sizeof(note));
	int field = event_field(&ref);
	if (field >= 0 && item->pub.event) {
		const struct spec_event *ev = (const struct spec_event *)item->pub.event;
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, ev->node.line,
		                   ev->node.column, "template '%s' prints {{%.*s}}, %s: add '%s:' to event '%s'",
		                   tpl, len, m->name, event_fields[field].what, event_fields[field].key,
		                   ev->pub.id);
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_NOTE, CAMPAIGN_OK, file, at.line, at.column,
		                   "placement '%s'%s uses template '%s' here", p->id, row, tpl);
		return;
	}
	if (is_short_name(&ref)) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file,
		                   plan->spec->campaign_at.line, plan->spec->campaign_at.column,
		                   "template '%s' prints {{%.*s}}, a short link: add 'short: BASE-URL' "
		                   "under campaign: (such as 'short: https://go.example.org/')", tpl, len,
		                   m->name);
		return;
	}
	if (campaign__placeholder_is(&ref, "event.*")) {
		/* A campaign without events (a shop's promotion): its placements have no date to print. */
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, at.line, at.column,
		                   "template '%s' prints the event's date, time or venue, and placement "
		                   "'%s'%s has no event: give it 'event:', or a template that prints no "
		                   "event fields but {{event.title}} (the campaign's name)", tpl, p->id, row);
		return;
	}
	for (size_t i = 0; i < sizeof(placement_fields) / sizeof(placement_fields[0]); i++) {
		if (!campaign__placeholder_is(&ref, placement_fields[i].name))
			continue;
		/* A table's rows are one entry of the spec: the key goes there, once. */
		if (p->rows_file)
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, at.line,
			                   at.column, "template '%s' prints {{%.*s}}, %s: add '%s' to the "
			                   "placements made from %s", tpl, len, m->name,
			                   placement_fields[i].what, placement_fields[i].add, p->rows_file);
		else
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, at.line,
			                   at.column, "template '%s' prints {{%.*s}}, %s: add '%s' to placement "
			                   "'%s'", tpl, len, m->name, placement_fields[i].what,
			                   placement_fields[i].add, p->id);
		return;
	}
	char name[65];
	memcpy(name, m->name, (size_t)len);
	name[len] = '\0';
	if (campaign__placeholder_has_prefix(&ref, "row.") && !p->rows_file) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, at.line, at.column,
		                   "template '%s' prints {{%s}}, a column of a rows: table, and placement "
		                   "'%s' has no rows: table", tpl, name, p->id);
		return;
	}
	/* Not a name the template manual defines (a table's column, a built-in text): it may be a typo. */
	const char *candidates[64];
	size_t n = 0;
	if (campaign__placeholder_has_prefix(&ref, "row."))
		for (size_t k = 0; k < p->row_count && n < 63; k++)
			candidates[n++] = p->row[k].key;
	else
		n = var_names(plan, item, candidates, 63);
	candidates[n] = NULL;
	const char *bare = strchr(name, '.') ? strchr(name, '.') + 1 : name;
	const char *hint = campaign__placeholder_has_prefix(&ref, "row.") ? campaign__suggest(bare, candidates)
	                                                                  : campaign__suggest(name, candidates);
	const char *family = campaign__placeholder_has_prefix(&ref, "row.") ? "row." : "";
	if (campaign__placeholder_has_prefix(&ref, "row.") && !hint) {
		/* Nothing close: the columns there are, rather than a far-fetched guess. */
		struct strbuf list;
		campaign__strbuf_init(&list, 4096);
		for (size_t k = 0; k < p->row_count && k < 20; k++)
			campaign__strbuf_addf(&list, "%s'%.64s'", k ? ", " : "", p->row[k].key);
		if (p->row_count > 20)
			campaign__strbuf_addf(&list, " and %zu more", p->row_count - 20);
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, at.line, at.column,
		                   "template '%s' prints {{%s}}, but %s has no column '%s'; its columns are %s",
		                   tpl, name, p->rows_file, bare, campaign__strbuf_cstr(&list));
		campaign__strbuf_free(&list);
	} else if (campaign__placeholder_has_prefix(&ref, "row."))
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, at.line, at.column,
		                   "template '%s' prints {{%s}}, but %s has no column '%s'; did you mean "
		                   "'{{%s%s}}'?", tpl, name, p->rows_file, bare, family, hint);
	else if (campaign__placeholder_has_prefix(&ref, "var."))
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID,
		                   t->slots[m->slot].tpl->file, m->at.line, m->at.column,
		                   "unknown placeholder '{{%s}}': no built-in text has this name, and no "
		                   "'vars:' of placement '%s'%s, its event or the campaign%s%s%s", name, p->id,
		                   row, hint ? "; did you mean '{{" : "", hint ? hint : "", hint ? "}}'?" : "");
	else
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, at.line, at.column,
		                   "template '%s' prints {{%s}}, which placement '%s'%s has no value for", tpl,
		                   name, p->id, row);
}

/*
 * Checks that the QR codes of placement i's flyer can be made and will
 * scan: a link too long for the code's size is found before the ledger
 * and the first file are written, not at the flyer that has it.
 */
static int
check_codes(struct flyer_templates *t, const campaign_plan *plan, size_t i,
            struct template_slot *slot, const struct values *values, const char *language,
            campaign_diags *diags)
{
	/* Warnings of a code that can be made are the drawing's to give, once, with the flyer. */
	campaign_diags *found = NULL;
	int rc = campaign_diags_new(&found);
	if (rc == CAMPAIGN_OK)
		rc = campaign__flyer_check_codes(slot->tpl, values->params, values->count, language,
		                                 found);
	if (rc == CAMPAIGN_OK || rc == CAMPAIGN_ENOMEM) {
		campaign_diags_free(found);
		fail(t, rc);
		return rc != CAMPAIGN_OK;
	}
	struct yaml_pos at = plan->items[i].sp->at[PF_TEMPLATE];
	/* A thousand placements of one landing would say the same thing a thousand times. */
	if (slot->bad_codes++ < BAD_CODES_SHOWN) {
		const campaign_placement *p = plan->items[i].pub.placement;
		char note[320];
		campaign__diags_copy(diags, found);
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_NOTE, CAMPAIGN_OK, plan->spec->file, at.line,
		                   at.column, "in the flyer of placement '%s'%s", p->id,
		                   campaign__spec_row_note(p, note, sizeof(note)));
	} else if (slot->bad_codes == BAD_CODES_SHOWN + 1) {
		slot->first_unshown = at;
	}
	campaign_diags_free(found);
	fail(t, rc);
	return 1;
}

/* Counts, once per template, the placements check_codes() did not show. */
static void
report_unshown_codes(const struct flyer_templates *t, const campaign_plan *plan, campaign_diags *diags)
{
	for (size_t k = 0; k < t->count; k++) {
		const struct template_slot *slot = &t->slots[k];
		if (slot->bad_codes <= BAD_CODES_SHOWN)
			continue;
		size_t more = slot->bad_codes - BAD_CODES_SHOWN;
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, plan->spec->file,
		                   slot->first_unshown.line, slot->first_unshown.column,
		                   "%zu more placement%s using template '%s' ha%s QR codes that cannot be "
		                   "made, as above", more, more == 1 ? "" : "s", slot->name,
		                   more == 1 ? "s" : "ve");
	}
}

/* Whether placement i's row gives its template a bad image or colour (reported). */
static int
bad_row_values(struct flyer_templates *t, const campaign_plan *plan, size_t i,
               const struct template_slot *slot, campaign_diags *diags)
{
	int rc = campaign__row_values_check(t, plan, i, slot, diags);
	fail(t, rc);
	return rc != CAMPAIGN_OK;
}

/*
 * Whether a `vars:` text placement i gives one of its template's `colours:`
 * is no colour (reported at the placement, once per name), as drawing it
 * would find after the first write.
 */
static int
bad_colour_vars(struct flyer_templates *t, const campaign_plan *plan, size_t i,
                const struct template_slot *slot, const struct values *v, campaign_diags *diags)
{
	int bad = 0;
	const campaign_template *tpl = slot->tpl;
	for (size_t k = 0; k < tpl->colour_count; k++) {
		const char *value = NULL;
		for (size_t j = 0; j < v->count; j++)
			if (strcmp(v->params[j].key, tpl->colours[k].key) == 0)
				value = v->params[j].value;
		struct tpl_color c;
		if (!value || campaign__tpl_row_color(value, &c) == 0)
			continue;
		const struct plan_item *item = &plan->items[i];
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, plan->spec->file,
		                   item->sp->at[PF_NODE].line, item->sp->at[PF_NODE].column,
		                   "placement '%s': vars: %s is '%.32s', and template '%s' draws it as a colour: "
		                   "write #rgb, #rrggbb, #rrggbbaa or cmyk(C, M, Y, K)", item->pub.placement->id,
		                   tpl->colours[k].key + 4, value, slot->name);
		bad = 1;
	}
	if (bad)
		fail(t, CAMPAIGN_EINVALID);
	return bad;
}

/*
 * Whether placement c->item cannot be drawn with template slot c->slot: a
 * value it prints is missing (added to c->found), a QR code cannot be made,
 * its row gives a bad image or colour, or its vars a bad colour (reported).
 */
static int
bad_with(struct flyer_templates *t, struct values_check *c, campaign_diags *diags)
{
	struct template_slot *slot = &t->slots[c->slot];
	size_t before = c->found->count;
	campaign__template_each_placeholder(slot->tpl, check_value, c);
	if (c->found->count > before)
		return 1;
	return check_codes(t, c->plan, c->item, slot, c->values, c->language, diags) ||
	       bad_row_values(t, c->plan, c->item, slot, diags) ||
	       bad_colour_vars(t, c->plan, c->item, slot, c->values, diags);
}

/*
 * Checks what each drawn placement's template prints against the values
 * that placement has, and reports each missing one once: per event for the
 * event's fields, per placement (per table for a table's rows) for the
 * others. A placement that lacks one is not drawn.
 */
static void
check_values(struct flyer_templates *t, const campaign_plan *plan, campaign_diags *diags)
{
	struct missing_list found = { 0 };
	struct values values = { 0 };
	campaign__strbuf_init(&values.names, 0);
	const struct values_campaign vc = { plan->spec->name, plan->spec->slug, plan->spec->language };
	size_t order = 0;
	for (size_t i = 0; i < plan->count && !found.nomem; i++) {
		if (!t->drawn[i])
			continue;
		const struct template_slot *slot =
		        campaign__flyer_templates_find(t, plan->items[i].pub.placement->template_name);
		if (!slot || slot->failed)
			continue;
		struct values_placement x;
		campaign__values_placement_of(&x, plan->spec, plan->items[i].sp);
		if (campaign__values_fill(&values, &vc, &plan->items[i].pub, &x)) {
			found.nomem = 1;
			break;
		}
		struct values_check c = { plan, &values, x.language, i, (size_t)(slot - t->slots), &found,
		                          order };
		int bad = bad_with(t, &c, diags);
		/* Its sheet is made from the sheet template with the same values and row. */
		if (!bad && t->sheet_slot < t->count && !t->slots[t->sheet_slot].failed) {
			c.slot = t->sheet_slot;
			bad = bad_with(t, &c, diags);
		}
		order = c.order;
		if (bad) {
			t->drawn[i] = 0;
			t->wanted--;
		}
	}
	campaign__values_free(&values);
	report_unshown_codes(t, plan, diags);
	if (found.nomem) {
		free(found.items);
		fail(t, CAMPAIGN_ENOMEM);
		return;
	}
	if (!found.count)
		return;
	/* One report per owner, template and name: the first found, in the order found. */
	qsort(found.items, found.count, sizeof(*found.items), cmp_missing_key);
	size_t unique = 0;
	for (size_t i = 0; i < found.count; i++)
		if (!unique || cmp_missing_what(&found.items[unique - 1], &found.items[i]) != 0)
			found.items[unique++] = found.items[i];
	qsort(found.items, unique, sizeof(*found.items), cmp_missing_order);
	for (size_t i = 0; i < unique; i++)
		report_missing(t, plan, &found.items[i], diags);
	fail(t, CAMPAIGN_EINVALID);
	free(found.items);
}

int
campaign__flyer_templates_load(struct flyer_templates *t, const campaign_plan *plan,
                               const unsigned char *selected, const char *const *template_dirs,
                               const char *sheet_template, const struct image_limits *limits,
                               campaign_diags *diags)
{
	memset(t, 0, sizeof(*t));
	t->sheet_slot = SIZE_MAX;
	t->limits = limits;
	t->drawn = calloc(plan->count + 1, 1);
	t->row_images = campaign__image_cache_new(IMAGE_CACHE_MAX_BYTES, limits);
	t->base_dir = strdup(plan->spec->base_dir ? plan->spec->base_dir : ".");
	if (!t->drawn || !t->row_images || !t->base_dir) {
		fail(t, CAMPAIGN_ENOMEM);
		return t->status;
	}
	for (size_t i = 0; i < plan->count && t->status != CAMPAIGN_ENOMEM; i++) {
		if (!selected[i] || !plan->items[i].pub.placement->template_name)
			continue;
		t->drawn[i] = 1;
		t->wanted++;
		load_one(t, plan->spec, &plan->items[i], template_dirs, diags);
	}
	if (sheet_template && t->status != CAMPAIGN_ENOMEM)
		load_sheet(t, sheet_template, template_dirs, diags);
	if (t->status != CAMPAIGN_ENOMEM)
		check_values(t, plan, diags);
	return t->status;
}

void
campaign__flyer_templates_free(struct flyer_templates *t)
{
	for (size_t i = 0; i < t->count; i++) {
		campaign_template_free(t->slots[i].tpl);
		free(t->slots[i].name);
	}
	free(t->slots);
	free(t->drawn);
	campaign__image_cache_free(t->row_images);
	free(t->base_dir);
	memset(t, 0, sizeof(*t));
}
