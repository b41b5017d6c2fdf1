/* The `events:` list of a spec. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "campaign/status.h"
#include "spec/spec_ids.h"
#include "spec/spec_load.h"
#include "util/date.h"
#include "util/lookalike.h"
#include "util/utf8.h"

static const char *const event_keys[] = {
	"id", "title", "date", "time", "venue", "landing", "hashtag", "language", "vars", "editions",
	NULL,
};

static const char *const event_field_keys[EF__COUNT] = {
	[EF_ID] = "id", [EF_TITLE] = "title", [EF_DATE] = "date", [EF_TIME] = "time",
	[EF_VENUE] = "venue", [EF_LANDING] = "landing", [EF_HASHTAG] = "hashtag",
	[EF_LANGUAGE] = "language",
};

static const char *const edition_keys[] = { "title", "venue", NULL };

/* `editions:`: language -> the event's title and venue in it. */
static void
load_editions(struct schema *s, const struct yaml_node *node, struct spec_event *ev)
{
	static const char *const no_keys[] = { NULL };
	if (!node)
		return;
	if (node->kind != YAML_NODE_MAP) {
		campaign__schema_map(s, node, "editions", no_keys);
		return;
	}
	struct spec_edition *editions = campaign__arena_alloc(s->arena, node->count * sizeof(*editions) + 1);
	if (!editions) {
		campaign__schema_nomem(s);
		return;
	}
	for (size_t i = 0; i < node->count; i++) {
		const struct yaml_node *key = node->keys[i], *words = node->items[i];
		if (!campaign__spec_language_valid(key->text)) {
			campaign__schema_error(s, key, "an edition is named by its language tag, such as en, "
			                               "ru or ar-EG, not '%.*s'",
			                               CAMPAIGN__UTF8_CUT(key->text, 32));
			continue;
		}
		if (campaign__schema_map(s, words, "edition", edition_keys))
			continue;
		struct spec_edition *e = &editions[ev->edition_count++];
		e->language = campaign__arena_strdup(s->arena, key->text);
		if (!e->language)
			campaign__schema_nomem(s);
		e->title = campaign__schema_str(s, words, "title", 0, "edition");
		e->venue = campaign__schema_str(s, words, "venue", 0, "edition");
	}
	ev->editions = editions;
}

static void
load_event(struct campaign_spec *spec, struct schema *s, const struct yaml_node *node,
           struct spec_event *ev)
{
	ev->node = node->pos;
	if (campaign__schema_map(s, node, "event", event_keys))
		return;
	for (int f = 0; f < EF__COUNT; f++) {
		const struct yaml_node *v = campaign__yaml_map_get(node, event_field_keys[f]);
		if (v)
			ev->at[f] = v->pos;
	}
	campaign_event *e = &ev->pub;
	e->version = CAMPAIGN_EVENT_VERSION;
	e->id = campaign__schema_str(s, node, "id", 1, "event");
	e->title = campaign__schema_str(s, node, "title", 1, "event");
	e->date = campaign__schema_str(s, node, "date", 1, "event");
	e->time = campaign__schema_str(s, node, "time", 0, "event");
	e->venue = campaign__schema_str(s, node, "venue", 0, "event");
	e->landing = campaign__schema_str(s, node, "landing", 0, "event");
	e->hashtag = campaign__schema_str(s, node, "hashtag", 0, "event");
	ev->language = campaign__spec_load_language(s, node, "event");
	campaign__spec_load_vars(s, node, &ev->vars, 0);
	load_editions(s, campaign__yaml_map_get(node, "editions"), ev);
	const char *why = e->id ? campaign__id_problem(e->id) : NULL;
	if (why)
		campaign__schema_error(s, campaign__yaml_map_get(node, "id"),
		                       "event id '%.*s' is not a safe file name: %s",
		                       CAMPAIGN__UTF8_CUT(e->id, 64), why);
	if (e->date && !campaign__date_valid(e->date))
		campaign__spec_date_error(s, campaign__yaml_map_get(node, "date"), e->date);
	if (e->time && !campaign__time_of_day_valid(e->time)) {
		/* '12∶00' with U+2236 RATIO looks right: name what is not a digit or ':'. */
		char note[160];
		campaign__nonascii_note(e->time, note, sizeof(note));
		campaign__schema_error(s, campaign__yaml_map_get(node, "time"),
		                       "'time' must be a 24-hour time written \"HH:MM\" (quoted), not '%.*s'%s",
		                       CAMPAIGN__UTF8_CUT(e->time, 32), note);
	}
	if (e->landing)
		campaign__spec_check_landing(s, campaign__yaml_map_get(node, "landing"), e->landing, NULL);
}

void
campaign__spec_date_error(struct schema *s, const struct yaml_node *at, const char *date)
{
	char note[160];
	campaign__nonascii_note(date, note, sizeof(note));
	int year, month, day, end = 0;
	if (note[0])
		campaign__schema_error(s, at, "'date' must be written YYYY-MM-DD in the digits 0-9 and "
		                       "'-', not '%.*s'%s", CAMPAIGN__UTF8_CUT(date, 32), note);
	else if (sscanf(date, "%4d-%2d-%2d%n", &year, &month, &day, &end) == 3 &&
	         end == 10 && date[10] == '\0' && month >= 1 && month <= 12 && day >= 1 && day <= 31 &&
	         (year < DATE_YEAR_MIN || year > DATE_YEAR_MAX))
		campaign__schema_error(s, at, "'date' %s is outside the years %d to %d that a ledger "
		                       "keeps", date, DATE_YEAR_MIN, DATE_YEAR_MAX);
	else
		campaign__schema_error(s, at, "'date' must be a calendar date written YYYY-MM-DD, not "
		                       "'%.*s'", CAMPAIGN__UTF8_CUT(date, 32));
}

static void
report_duplicate_event(struct schema *s, const struct spec_event *first, const struct spec_event *dup)
{
	/* Ids are compared ignoring case; say so when that is all they share. */
	if (strcmp(first->pub.id, dup->pub.id) != 0)
		campaign_diags_add(s->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, s->file,
		                   dup->at[EF_ID].line, dup->at[EF_ID].column,
		                   "event id '%s' differs from '%s' at line %lu, column %lu only in case, "
		                   "and ids must be unique ignoring case", dup->pub.id, first->pub.id,
		                   first->at[EF_ID].line, first->at[EF_ID].column);
	else
		campaign_diags_add(s->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, s->file,
		                   dup->at[EF_ID].line, dup->at[EF_ID].column,
		                   "duplicate event id '%s'; first defined at line %lu, column %lu",
		                   dup->pub.id, first->at[EF_ID].line, first->at[EF_ID].column);
	s->status = CAMPAIGN_EINVALID;
}

void
campaign__spec_load_events(struct campaign_spec *spec, struct schema *s, const struct yaml_node *node)
{
	if (campaign__schema_seq(s, node, "events"))
		return;
	if (node->count == 0) {
		campaign__schema_error(s, node, "'events' is empty; leave it out for a campaign without events");
		return;
	}
	spec->events = calloc(node->count, sizeof(*spec->events));
	if (!spec->events) {
		campaign__schema_nomem(s);
		return;
	}
	spec->event_count = node->count;
	for (size_t i = 0; i < node->count; i++)
		load_event(spec, s, node->items[i], &spec->events[i]);
	/*
	 * Placements name their event: looked up by id, 100,000 times in a big
	 * table. The same index finds ids given twice (ignoring case), and is
	 * told of them, so a placement naming either still finds its own; events
	 * without an id were reported.
	 */
	for (size_t i = 0; i < spec->event_count; i++) {
		if (!spec->events[i].pub.id)
			continue;
		size_t first = campaign__id_index_find(&spec->event_index, spec->events[i].pub.id);
		if (first != SIZE_MAX)
			report_duplicate_event(s, &spec->events[first], &spec->events[i]);
		if (campaign__id_index_add(&spec->event_index, i)) {
			campaign__schema_nomem(s);
			return;
		}
	}
}
