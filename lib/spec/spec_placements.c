/* The `placements:` list of a spec, and the checks that need the whole list. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "campaign/status.h"
#include "text/placeholder.h"
#include "spec/spec_ids.h"
#include "spec/spec_load.h"
#include "spec/spec_paths.h"
#include "util/date.h"
#include "util/lookalike.h"
#include "util/suggest.h"
#include "util/utf8.h"

static const char *const placement_keys[] = {
	"id", "event", "source", "medium", "content", "term", "source_platform", "creative_format",
	"marketing_tactic", "landing", "template", "hashtag", "phone", "qr", "params", "rows",
	"delimiter", "reissue", "cost", "copies", "vars", "language", "image_format", NULL,
};

/* Keys of the spec for each placement_field, in enum order. */
static const char *const field_keys[PF__COUNT] = {
	[PF_ID] = "id", [PF_EVENT] = "event", [PF_SOURCE] = "source", [PF_MEDIUM] = "medium",
	[PF_CONTENT] = "content", [PF_TERM] = "term", [PF_SOURCE_PLATFORM] = "source_platform",
	[PF_CREATIVE_FORMAT] = "creative_format", [PF_MARKETING_TACTIC] = "marketing_tactic",
	[PF_LANDING] = "landing", [PF_TEMPLATE] = "template", [PF_HASHTAG] = "hashtag",
	[PF_PHONE] = "phone", [PF_QR] = "qr", [PF_PARAMS] = "params", [PF_ROWS] = "rows",
	[PF_REISSUE] = "reissue", [PF_COST] = "cost", [PF_VARS] = "vars", [PF_LANGUAGE] = "language",
};

/* utm_* parameters that have their own field; a custom param must not set them. */
static const char *const utm_param_fields[][2] = {
	{ "utm_source", "source" }, { "utm_medium", "medium" }, { "utm_campaign", "campaign.utm.campaign" },
	{ "utm_id", "campaign.utm.id" }, { "utm_term", "term" }, { "utm_content", "content" },
	{ "utm_source_platform", "source_platform" }, { "utm_creative_format", "creative_format" },
	{ "utm_marketing_tactic", "marketing_tactic" },
};

static void
load_params(struct campaign_spec *spec, struct schema *s, const struct yaml_node *node,
            struct spec_placement *p, struct spec_entry *entry)
{
	static const char *const no_keys[] = { NULL };
	if (node->kind != YAML_NODE_MAP) {
		campaign__schema_map(s, node, "params", no_keys);
		return;
	}
	campaign_param *params = campaign__arena_alloc(&spec->arena, node->count * sizeof(*params) + 1);
	struct yaml_pos *param_at = campaign__arena_alloc(&spec->arena, node->count * sizeof(*param_at) + 1);
	entry->param_at = param_at;
	if (!params || !param_at) {
		campaign__schema_nomem(s);
		return;
	}
	for (size_t i = 0; i < node->count; i++) {
		const struct yaml_node *key = node->keys[i];
		for (size_t k = 0; k < sizeof(utm_param_fields) / sizeof(utm_param_fields[0]); k++)
			if (strcasecmp(key->text, utm_param_fields[k][0]) == 0)
				campaign__schema_error(s, key, "'%s' has its own setting; use '%s' instead of a param",
				                       utm_param_fields[k][0], utm_param_fields[k][1]);
		if (key->len == 0)
			campaign__schema_error(s, key, "a parameter name must not be empty");
		const char *value = campaign__schema_text(s, node->items[i], key->text);
		if (!value)
			continue;
		params[p->pub.param_count].key = campaign__arena_strdup(&spec->arena, key->text);
		params[p->pub.param_count].value = value;
		param_at[p->pub.param_count] = node->items[i]->pos;
		p->pub.param_count++;
	}
	p->pub.params = params;
}

/*
 * Reads the keys of one placement mapping into p and its entry, which it
 * returns (NULL when out of memory: reported); `rows` expansion happens later.
 */
static struct spec_entry *
read_placement(struct campaign_spec *spec, struct schema *s, const struct yaml_node *node,
               struct spec_placement *p)
{
	p->at = campaign__spec_no_entry.at;
	struct spec_entry *entry = campaign__spec_new_entry(spec);
	if (!entry) {
		campaign__schema_nomem(s);
		return NULL;
	}
	for (int f = 0; f < PF__COUNT; f++) {
		const struct yaml_node *v = campaign__yaml_map_get(node, field_keys[f]);
		if (v)
			entry->at[f] = v->pos;
	}
	entry->at[PF_NODE] = node->pos;
	p->at = entry->at;
	campaign_placement *pub = &p->pub;
	pub->version = CAMPAIGN_PLACEMENT_VERSION;
	pub->id = campaign__schema_str(s, node, "id", 1, "placement");
	pub->event = campaign__schema_str(s, node, "event", 0, "placement");
	pub->source = campaign__schema_str(s, node, "source", 1, "placement");
	pub->medium = campaign__schema_str(s, node, "medium", 1, "placement");
	for (int f = PF_CONTENT; f <= PF_HASHTAG; f++)
		*campaign__spec_placement_text_field(pub, f) =
			campaign__schema_str(s, node, field_keys[f], 0, "placement");
	pub->cost = campaign__schema_str(s, node, "cost", 0, "placement");
	pub->phone = campaign__schema_bool(s, node, "phone", 0);
	pub->qr = campaign__schema_bool(s, node, "qr", -1);
	/* How many to print: sheets of step and repeat are counted from it (a million is a big run). */
	pub->copies = campaign__schema_uint(s, node, "copies", 1, 1000000, 0);
	/* Its social image's file, in campaign_image_format's order; a print template ignores it. */
	static const char *const image_formats[] = { "png", "jpeg", NULL };
	pub->image_format = (campaign_image_format)campaign__schema_enum(s, node, "image_format",
	                                                                 image_formats, 0);
	const char *reissue = campaign__schema_str(s, node, "reissue", 0, "placement");
	if (reissue && campaign__date_parse(reissue, &entry->reissue_day))
		campaign__schema_error(s, campaign__yaml_map_get(node, "reissue"),
		                       "'reissue' must be a day YYYY-MM-DD: identifiers issued before it "
		                       "are replaced by new ones, not '%.*s'",
		                       CAMPAIGN__UTF8_CUT(reissue, 32));
	const struct yaml_node *params = campaign__yaml_map_get(node, "params");
	if (params)
		load_params(spec, s, params, p, entry);
	entry->language = campaign__spec_load_language(s, node, "placement");
	entry->events_language = 1;
	campaign__spec_load_vars(s, node, &entry->vars, campaign__yaml_map_get(node, "rows") != NULL);
	return entry;
}

/* Without a `rows:` table a placement may not use {{...}} in its fields. */
static void
check_no_placeholders(struct schema *s, const struct yaml_node *node, const struct spec_placement *p)
{
	for (int f = 0; f < PF__COUNT; f++) {
		const char **field = campaign__spec_placement_text_field((campaign_placement *)&p->pub, f);
		const char *text = field && *field ? *field : "";
		if (f == PF_HASHTAG || f == PF_ROWS || !strstr(text, "{{"))
			continue;
		size_t pos = 0;
		struct placeholder_ref ref;
		if (campaign__placeholder_next(text, &pos, &ref) > 0 &&
		    campaign__placeholder_has_prefix(&ref, "row."))
			campaign__schema_error(s, campaign__yaml_map_get(node, field_keys[f]),
			                       "'{{%.*s}}' needs a 'rows:' table in this placement",
			                       campaign__utf8_cut(ref.name, ref.len, 64), ref.name);
		else
			campaign__schema_error(s, campaign__yaml_map_get(node, field_keys[f]),
			                       "placeholders in '%s' can only name columns of a 'rows:' table",
			                       field_keys[f]);
	}
}

static void
load_placement(struct campaign_spec *spec, struct schema *s, const struct yaml_node *node)
{
	if (campaign__schema_map(s, node, "placement", placement_keys))
		return;
	struct spec_placement proto;
	memset(&proto, 0, sizeof(proto));
	struct spec_entry *entry = read_placement(spec, s, node, &proto);
	if (!entry)
		return;
	const struct yaml_node *rows = campaign__yaml_map_get(node, "rows");
	const struct yaml_node *delimiter = campaign__yaml_map_get(node, "delimiter");
	if (rows) {
		campaign__spec_expand_rows(spec, s, &proto, entry, rows, delimiter);
		return;
	}
	if (delimiter)
		campaign__schema_error(s, delimiter, "'delimiter' is for the table of 'rows:', and this "
		                                     "placement has none");
	check_no_placeholders(s, node, &proto);
	struct spec_placement *p = campaign__spec_new_placement(spec, s);
	if (p)
		*p = proto;
}

/* An error (or a warning) at a placement's key, naming its row for a table's placements. */
static void CAMPAIGN_PRINTF(5, 6)
report_at(struct schema *s, int error, struct yaml_pos at, const struct spec_placement *p,
          const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	char note[320];
	campaign_diags_add(s->diags, error ? CAMPAIGN_SEVERITY_ERROR : CAMPAIGN_SEVERITY_WARNING,
	                   error ? CAMPAIGN_EINVALID : CAMPAIGN_OK, s->file, at.line, at.column, "%s%s",
	                   msg, campaign__spec_row_note(&p->pub, note, sizeof(note)));
	if (error)
		s->status = CAMPAIGN_EINVALID;
}

#define error_at(s, at, p, ...) report_at(s, 1, at, p, __VA_ARGS__)

static void
check_event_ref(struct campaign_spec *spec, struct schema *s, const struct spec_placement *p)
{
	/* Without a list of events, every reference would be reported again. */
	if (!p->pub.event || !spec->events || campaign_spec_find_event(spec, p->pub.event))
		return;
	struct suggester near;
	campaign__suggester_init(&near, p->pub.event);
	for (size_t i = 0; i < spec->event_count; i++)
		if (spec->events[i].pub.id)
			campaign__suggester_offer(&near, spec->events[i].pub.id);
	char note[128];
	campaign__nonascii_note(p->pub.event, note, sizeof(note));
	if (campaign__suggester_best(&near))
		error_at(s, p->at[PF_EVENT], p, "unknown event '%.*s'%s; did you mean '%s'?",
		         CAMPAIGN__UTF8_CUT(p->pub.event, 64),
		         note, campaign__suggester_best(&near));
	else
		error_at(s, p->at[PF_EVENT], p, "unknown event '%.*s'%s",
		         CAMPAIGN__UTF8_CUT(p->pub.event, 64), note);
}

static void
check_placement(struct campaign_spec *spec, struct schema *s, struct spec_placement *p)
{
	campaign_placement *pub = &p->pub;
	const char *why = pub->id ? campaign__id_problem(pub->id) : NULL;
	if (why)
		error_at(s, p->at[PF_ID], p, "placement id '%.*s' is not a safe file name: %s",
		         CAMPAIGN__UTF8_CUT(pub->id, 64), why);
	check_event_ref(spec, s, p);
	if (pub->phone && !spec->phones.present)
		error_at(s, p->at[PF_PHONE], p, "'phone: true' needs a 'phones:' section with a pool in 'campaign'");
	if (pub->landing) {
		char note[320];
		struct yaml_node where = { .pos = p->at[PF_LANDING] };
		campaign__spec_check_landing(s, &where, pub->landing,
		                             campaign__spec_row_note(&p->pub, note, sizeof(note)));
	}
	const campaign_event *ev = pub->event ? campaign_spec_find_event(spec, pub->event) : NULL;
	/* An edition: the placement's own language, else its event's; NULL is the campaign's. */
	const struct spec_event *sev = (const struct spec_event *)ev;
	const char *language = campaign__spec_entry(p)->language;
	if (language && sev && pub->row_number <= 1 && strcasecmp(language, sev->language ? sev->language : spec->language) &&
	    !campaign__spec_event_edition(sev, language))
		report_at(s, 0, p->at[PF_LANGUAGE], p, "placement '%s' is printed in '%s', and event '%s' has "
		           "no 'editions: %s:' with its title and venue in it: they print as written",
		           pub->id, language, ev->id, language);
	if (!pub->landing && !(ev && ev->landing) && !spec->landing && (ev || !pub->event))
		error_at(s, p->at[PF_NODE], p, "no landing URL: set 'landing' in the placement, its event or the campaign");
	if (pub->template_name)
		campaign__spec_template_allowed(spec, s, p->at[PF_TEMPLATE], pub->template_name);
	if (pub->qr < 0)
		pub->qr = pub->template_name != NULL;
}

static void
report_duplicate_placement(void *ctx, size_t dup, size_t first)
{
	struct campaign_spec *spec = ((void **)ctx)[0];
	struct schema *s = ((void **)ctx)[1];
	const struct spec_placement *a = &spec->placements[first], *b = &spec->placements[dup];
	if (!b->pub.id)
		return; /* a missing id was reported already */
	char note[320];
	/* Ids are compared ignoring case; say so when that is all they share. */
	if (strcmp(a->pub.id, b->pub.id) != 0)
		error_at(s, b->at[PF_ID], b,
		         "placement id '%s' differs from '%s' at line %lu, column %lu%s only in case: "
		         CAMPAIGN__CASE_COLLISION, b->pub.id, a->pub.id, a->at[PF_ID].line,
		         a->at[PF_ID].column, campaign__spec_row_note(&a->pub, note, sizeof(note)));
	else
		error_at(s, b->at[PF_ID], b,
		         "duplicate placement id '%s'; first defined at line %lu, column %lu%s", b->pub.id,
		         a->at[PF_ID].line, a->at[PF_ID].column,
		         campaign__spec_row_note(&a->pub, note, sizeof(note)));
}

void
campaign__spec_load_placements(struct campaign_spec *spec, struct schema *s, const struct yaml_node *node)
{
	if (campaign__schema_seq(s, node, "placements"))
		return;
	if (node->count == 0) {
		campaign__schema_error(s, node, "'placements' is empty; a campaign needs at least one placement");
		return;
	}
	for (size_t i = 0; i < node->count && s->status != CAMPAIGN_ENOMEM; i++)
		load_placement(spec, s, node->items[i]);
	for (size_t i = 0; i < spec->placement_count; i++)
		check_placement(spec, s, &spec->placements[i]);
	const char **ids = malloc((spec->placement_count + 1) * sizeof(*ids));
	if (!ids) {
		campaign__schema_nomem(s);
		return;
	}
	for (size_t i = 0; i < spec->placement_count; i++)
		ids[i] = spec->placements[i].pub.id ? spec->placements[i].pub.id : "";
	void *ctx[2] = { spec, s };
	if (campaign__ids_find_duplicates(ids, spec->placement_count, report_duplicate_placement, ctx))
		campaign__schema_nomem(s);
	free(ids);
	campaign__spec_check_costs(spec, s);
}
