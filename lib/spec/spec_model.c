/*
 * The spec's model (internal): making and freeing a spec, the storage of
 * its placements, paths relative to the spec, and the public getters. The
 * loader's stages (spec_campaign.c, spec_events.c, spec_placements.c,
 * spec_rows.c) and the spec built in code (spec_build.c) all fill it
 * through here, so none of them needs another.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "campaign/spec.h"
#include "campaign/status.h"
#include "spec/spec_model.h"
#include "text/csv.h"
#include "text/yaml_schema.h"
#include "util/strbuf.h"

static const char *
event_id_at(const void *spec, size_t i)
{
	return ((const campaign_spec *)spec)->events[i].pub.id;
}

static const char *
placement_id_at(const void *spec, size_t i)
{
	return ((const campaign_spec *)spec)->placements[i].pub.id;
}

campaign_spec *
campaign__spec_alloc(void)
{
	campaign_spec *spec = calloc(1, sizeof(*spec));
	if (spec) {
		campaign__id_index_init(&spec->event_index, event_id_at, spec);
		campaign__id_index_init(&spec->placement_index, placement_id_at, spec);
	}
	return spec;
}

static int
is_under_base_dir(const struct campaign_spec *spec, const char *path)
{
	return path[0] != '/' && spec->base_dir && spec->base_dir[0] && strcmp(spec->base_dir, ".") != 0;
}

int
campaign__spec_path_into(const struct campaign_spec *spec, const char *path, struct strbuf *out)
{
	if (!is_under_base_dir(spec, path))
		return campaign__strbuf_adds(out, path);
	return campaign__strbuf_addf(out, "%s/%s", spec->base_dir, path);
}

const char *
campaign__spec_path(struct campaign_spec *spec, const char *path)
{
	if (!is_under_base_dir(spec, path))
		return path;
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	campaign__spec_path_into(spec, path, &b);
	const char *joined = b.status == CAMPAIGN_OK
		? campaign__arena_strndup(&spec->arena, campaign__strbuf_cstr(&b), b.len) : NULL;
	campaign__strbuf_free(&b);
	return joined;
}

const char **
campaign__spec_placement_text_field(campaign_placement *p, enum placement_field f)
{
	switch (f) {
	case PF_ID: return &p->id;
	case PF_EVENT: return &p->event;
	case PF_SOURCE: return &p->source;
	case PF_MEDIUM: return &p->medium;
	case PF_CONTENT: return &p->content;
	case PF_TERM: return &p->term;
	case PF_SOURCE_PLATFORM: return &p->source_platform;
	case PF_CREATIVE_FORMAT: return &p->creative_format;
	case PF_MARKETING_TACTIC: return &p->marketing_tactic;
	case PF_LANDING: return &p->landing;
	case PF_TEMPLATE: return &p->template_name;
	case PF_HASHTAG: return &p->hashtag;
	case PF_ROWS: return &p->rows_file;
	case PF_COST: return &p->cost;
	default: return NULL;
	}
}

const struct spec_entry campaign__spec_no_entry = { .reissue_day = -1 };

_Static_assert(offsetof(struct spec_entry, at) == 0, "a placement's at is its entry");

const struct spec_entry *
campaign__spec_entry(const struct spec_placement *p)
{
	/* at is the first member of its entry (spec_model.h): the entry starts where it does. */
	return (const struct spec_entry *)(const void *)p->at;
}

struct spec_entry *
campaign__spec_new_entry(struct campaign_spec *spec)
{
	struct spec_entry *e = campaign__arena_alloc(&spec->arena, sizeof(*e));
	if (e)
		*e = campaign__spec_no_entry;
	return e;
}

struct csv_pos
campaign__spec_row_at(const struct spec_placement *p, size_t c)
{
	const struct spec_entry *e = campaign__spec_entry(p);
	if (!e->cell_at || !p->pub.row_number || c >= e->columns)
		return (struct csv_pos){ 0, 0 };
	return e->cell_at[(p->pub.row_number - 1) * e->columns + c];
}

/* Makes spec->placements hold exactly cap entries (never fewer than there are). */
static int
resize_placements(struct campaign_spec *spec, struct schema *s, size_t cap)
{
	struct spec_placement *p = realloc(spec->placements, (cap ? cap : 1) * sizeof(*p));
	if (!p) {
		campaign__schema_nomem(s);
		return -1;
	}
	spec->placements = p;
	spec->placement_cap = cap;
	return 0;
}

int
campaign__spec_reserve_placements(struct campaign_spec *spec, struct schema *s, size_t more)
{
	if (more > SIZE_MAX / sizeof(struct spec_placement) - spec->placement_count) {
		campaign__schema_nomem(s);
		return -1;
	}
	size_t want = spec->placement_count + more;
	return want <= spec->placement_cap ? 0 : resize_placements(spec, s, want);
}

void
campaign__spec_trim_placements(struct campaign_spec *spec)
{
	if (spec->placement_cap > spec->placement_count && spec->placement_count) {
		struct spec_placement *p = realloc(spec->placements, spec->placement_count * sizeof(*p));
		if (p) { /* a failed shrink keeps the larger block, which is still right */
			spec->placements = p;
			spec->placement_cap = spec->placement_count;
		}
	}
}

struct spec_placement *
campaign__spec_new_placement(struct campaign_spec *spec, struct schema *s)
{
	/* Doubles, so 100,000 placements added one by one cost a handful of reallocations. */
	size_t n = spec->placement_count;
	if (n == spec->placement_cap && resize_placements(spec, s, n < 8 ? 16 : n * 2))
		return NULL;
	struct spec_placement *p = &spec->placements[spec->placement_count++];
	memset(p, 0, sizeof(*p));
	p->at = campaign__spec_no_entry.at;
	return p;
}

const char *
campaign__spec_row_note(const campaign_placement *p, char *buf, size_t size)
{
	if (!p->rows_file)
		return "";
	snprintf(buf, size, " (row %lu of %s)", p->row_number, p->rows_file);
	return buf;
}

void
campaign_spec_free(campaign_spec *spec)
{
	if (!spec)
		return;
	free(spec->events);
	free(spec->placements);
	campaign__id_index_free(&spec->event_index);
	campaign__id_index_free(&spec->placement_index);
	campaign__arena_free(&spec->arena);
	free(spec);
}

const char *
campaign_spec_name(const campaign_spec *spec)
{
	return spec->name;
}

const char *
campaign_spec_slug(const campaign_spec *spec)
{
	return spec->slug;
}

const char *
campaign_spec_language(const campaign_spec *spec)
{
	return spec->language;
}

const struct spec_edition *
campaign__spec_event_edition(const struct spec_event *ev, const char *language)
{
	for (size_t i = 0; ev && language && i < ev->edition_count; i++)
		if (strcasecmp(ev->editions[i].language, language) == 0)
			return &ev->editions[i];
	return NULL;
}

struct spec_vars
campaign__spec_placement_vars(const struct spec_placement *p)
{
	const struct spec_entry *e = campaign__spec_entry(p);
	struct spec_vars vars = e->vars;
	if (e->row_vars && p->pub.row_number)
		vars.items = e->row_vars[p->pub.row_number - 1];
	return vars;
}

const char *
campaign__spec_placement_language(const struct campaign_spec *spec, const struct spec_placement *p)
{
	const struct spec_entry *e = campaign__spec_entry(p);
	if (e->language)
		return e->language;
	/* Looked up, not kept: the rows of a table may each have an event of their own. */
	const struct spec_event *ev = e->events_language && p->pub.event
		? (const struct spec_event *)campaign_spec_find_event(spec, p->pub.event) : NULL;
	return ev && ev->language ? ev->language : spec->language;
}

const char *
campaign_spec_landing(const campaign_spec *spec)
{
	return spec->landing;
}

size_t
campaign_spec_event_count(const campaign_spec *spec)
{
	return spec ? spec->event_count : 0;
}

const campaign_event *
campaign_spec_event(const campaign_spec *spec, size_t i)
{
	return spec && i < spec->event_count ? &spec->events[i].pub : NULL;
}

const campaign_event *
campaign_spec_find_event(const campaign_spec *spec, const char *id)
{
	if (!spec || !id)
		return NULL;
	size_t at = campaign__id_index_find(&spec->event_index, id);
	if (at != SIZE_MAX && strcmp(spec->events[at].pub.id, id) == 0)
		return &spec->events[at].pub;
	/*
	 * Only when events equal but for case were loaded (a spec already in
	 * error) can another one match exactly; otherwise a ledger written
	 * before an event was renamed in case would scan for every entry.
	 */
	if (at == SIZE_MAX || !spec->event_index.folded_duplicates)
		return NULL;
	for (size_t i = 0; i < spec->event_count; i++)
		if (spec->events[i].pub.id && strcmp(spec->events[i].pub.id, id) == 0)
			return &spec->events[i].pub;
	return NULL;
}

size_t
campaign_spec_placement_count(const campaign_spec *spec)
{
	return spec ? spec->placement_count : 0;
}

const campaign_placement *
campaign_spec_placement(const campaign_spec *spec, size_t i)
{
	return spec && i < spec->placement_count ? &spec->placements[i].pub : NULL;
}
