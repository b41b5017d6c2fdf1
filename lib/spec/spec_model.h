/*
 * The in-memory campaign spec (internal). The public structs in
 * campaign/spec.h are views into this model; the positions kept here let
 * later stages (UTM conventions, phone pool, templates) report a problem at
 * the YAML node that caused it.
 */
#ifndef CAMPAIGN_SPEC_MODEL_H
#define CAMPAIGN_SPEC_MODEL_H

#include <stddef.h>

#include "campaign/spec.h"
#include "ids/phone_internal.h"
#include "util/arena.h"
#include "util/strbuf.h"
#include "util/id_index.h"
#include "text/yaml_doc.h"
#include "text/yaml_schema.h"

/* Fields of a placement whose position we keep, for later diagnostics. */
enum placement_field {
	PF_ID,
	PF_EVENT,
	PF_SOURCE,
	PF_MEDIUM,
	PF_CONTENT,
	PF_TERM,
	PF_SOURCE_PLATFORM,
	PF_CREATIVE_FORMAT,
	PF_MARKETING_TACTIC,
	PF_LANDING,
	PF_TEMPLATE,
	PF_HASHTAG,
	PF_PHONE,
	PF_QR,
	PF_PARAMS,
	PF_ROWS,
	PF_REISSUE,
	PF_COST,
	PF_VARS,
	PF_LANGUAGE,
	PF__COUNT,
	/*
	 * Not a key: where the placement's mapping starts, kept after the keys'
	 * positions in the same array (PF__SLOTS of them), which the rows of one
	 * table share; its own field cost every row 16 bytes.
	 */
	PF_NODE = PF__COUNT,
	PF__SLOTS
};

enum event_field {
	EF_ID,
	EF_TITLE,
	EF_DATE,
	EF_TIME,
	EF_VENUE,
	EF_LANDING,
	EF_HASHTAG,
	EF_LANGUAGE,
	EF__COUNT
};

/*
 * A `vars:` map: texts a template prints as {{var.NAME}}. Keys are stored
 * as "var.NAME", the name a template uses, so filling a flyer copies
 * nothing. Empty when the level has none.
 */
struct spec_vars {
	const campaign_param *items;
	const struct yaml_pos *at; /* one per item: its value */
	size_t count;
};

struct csv_pos;

/*
 * What every placement of one `placements:` entry has in common, a table's
 * rows included: kept once, not in each of a million rows (each field here
 * cost every row 8 or 16 bytes). A placement reaches it through its `at`,
 * which is always the first member of one (campaign__spec_entry()).
 */
struct spec_entry {
	/*
	 * PF__SLOTS positions, 0:0 when the key is absent; at[PF_NODE] is the
	 * placement's mapping.
	 */
	struct yaml_pos at[PF__SLOTS];
	/* One per params entry of a loaded spec (a table checks its placeholders); NULL in code. */
	const struct yaml_pos *param_at;
	/* `reissue:` day: identifiers issued before it are replaced; -1 when not set. */
	long reissue_day;
	/* A table's: where each of its cells starts in the CSV (text/csv.h), or NULL; columns a row. */
	const struct csv_pos *cell_at;
	size_t columns;
	/* Its `vars:` as written. */
	struct spec_vars vars;
	/* A table's whose vars have placeholders: each row's texts, filled in; else NULL. */
	const campaign_param **row_vars;
	/* Its `language:`, or NULL: its event's when events_language, else the campaign's. */
	const char *language;
	int events_language;             /* a spec's placement, not one built in code */
};

struct spec_placement {
	campaign_placement pub;
	const struct yaml_pos *at;       /* its entry's positions: campaign__spec_entry(p)->at */
};

/* The entry of a placement that has no positions, no params and no `reissue:` (one built in code). */
extern const struct spec_entry campaign__spec_no_entry;

/* The entry p belongs to. */
const struct spec_entry *campaign__spec_entry(const struct spec_placement *p);

/* A new entry in the spec's arena, with no positions, no `reissue:` and no table; NULL when out of memory. */
struct spec_entry *campaign__spec_new_entry(struct campaign_spec *spec);

/* Where cell c of p's table row starts, or 0:0 for a placement that has no table. */
struct csv_pos campaign__spec_row_at(const struct spec_placement *p, size_t c);

/* An event's words in another language (`editions:`), for the placements printed in it. */
struct spec_edition {
	const char *language;
	const char *title; /* or NULL: the event's */
	const char *venue; /* or NULL: the event's */
};

struct spec_event {
	campaign_event pub;
	struct yaml_pos node;
	struct yaml_pos at[EF__COUNT];
	struct spec_vars vars;
	const char *language; /* its edition's, or NULL: the campaign's */
	const struct spec_edition *editions;
	size_t edition_count;
};

enum hashtag_scope { HASHTAG_SCOPE_EVENT, HASHTAG_SCOPE_PLACEMENT };
enum hashtag_style { HASHTAG_STYLE_CAMEL, HASHTAG_STYLE_LOWER };
enum hashtag_script { HASHTAG_SCRIPT_KEEP, HASHTAG_SCRIPT_LATIN };

/* The UTM fields a convention's allowed list may name. */
enum utm_field {
	UTM_SOURCE,
	UTM_MEDIUM,
	UTM_CAMPAIGN,
	UTM_CONTENT,
	UTM_TERM,
	UTM__COUNT
};

struct spec_allowed {
	const char **values; /* NULL when the field has no list */
	size_t count;
	struct yaml_pos at;
};

struct spec_conventions {
	int lowercase;
	const char *separator;
	int transliterate;
	struct spec_allowed allowed[UTM__COUNT];
};

struct spec_hashtag {
	const char *from;    /* text with {{...}} placeholders */
	struct yaml_pos from_at;
	enum hashtag_scope scope;
	enum hashtag_style style;
	enum hashtag_script script;
	unsigned long max_length;
	const char *taken;   /* path as written, or NULL */
	struct yaml_pos taken_at;
};

struct spec_pool_entry {
	const char *text;    /* as written */
	struct yaml_pos at;
};

struct spec_phones {
	int present;
	unsigned long country_code;
	const char *trunk_prefix;     /* or NULL */
	const char *display;          /* one mask for every number, or NULL */
	struct yaml_pos display_at;
	/* `display:` as a map of number prefix -> mask, the longest prefix winning; or none. */
	struct phone_mask *masks;
	struct yaml_pos *mask_at;     /* each mask's */
	size_t mask_count;
	unsigned long quarantine_days;
	struct spec_pool_entry *pool;
	size_t pool_count;
	struct yaml_pos at;           /* the pool list */
};

/* `short:`: every placement's short link on the organization's own domain. */
struct spec_short {
	const char *base;     /* "https://go.example.org/", ending in '/'; NULL: no short links */
	unsigned long length; /* of new codes */
	struct yaml_pos at;
};

struct campaign_spec {
	struct arena arena;
	const char *file;      /* as given, for diagnostics */
	const char *base_dir;  /* relative paths are read from here */
	struct spec_load_rules *rules; /* while loading: allowed folders, limits (spec_paths.h) */
	/* The allowed folders' real paths, kept for what a build reads later (a row's image). */
	const char *const *roots;
	size_t root_count;
	/* The record files' limits from the load (0 in a spec built in code: the defaults). */
	size_t max_ledger_bytes, max_registry_bytes;
	int record_limits_raisable;

	const char *name;
	struct yaml_pos name_at;
	const char *slug;
	int slug_given;                /* `slug:` was written, not made from the name */
	struct yaml_pos slug_at;
	/* the costs' ISO 4217 code and its decimals; NULL until `currency:` or a cost names one */
	const char *currency;
	int currency_digits;
	struct yaml_pos currency_at;   /* where it was named */
	struct yaml_pos campaign_at;   /* the `campaign:` mapping */
	const char *language;
	struct spec_vars vars;         /* `vars:` under campaign: */
	const char *landing;
	struct yaml_pos landing_at;
	/* given, or NULL: the slug if given, else the name, through the conventions */
	const char *utm_campaign;
	const char *utm_id;
	const char *utm_source_platform;
	const char *utm_creative_format;
	const char *utm_marketing_tactic;
	struct yaml_pos utm_campaign_at;
	const char *ledger;            /* path as written, or NULL */
	struct yaml_pos ledger_at;
	const char *registry;          /* path as written, or NULL: no shared registry */
	struct yaml_pos registry_at;
	int registry_hashtags;         /* the registry also holds hashtags */

	struct spec_conventions conventions;
	struct spec_hashtag hashtag;
	struct spec_phones phones;
	struct spec_short shortlink;

	struct spec_event *events;
	size_t event_count;
	struct id_index event_index;   /* every event with an id */
	struct spec_placement *placements;
	size_t placement_count;
	size_t placement_cap;          /* entries allocated */
	/*
	 * Placement ids, for a spec added to in code (spec_build.c): the first
	 * placements_indexed of them; the loader's are indexed on the first add.
	 */
	struct id_index placement_index;
	size_t placements_indexed;
};

/* A zeroed spec with its indexes ready; NULL when out of memory. */
struct campaign_spec *campaign__spec_alloc(void);

/* The text field of p for f, or NULL for the fields that are not text (phone, qr, params). */
const char **campaign__spec_placement_text_field(campaign_placement *p, enum placement_field f);

/* " (row 3 of stations.csv)" for placements made from a table, "" otherwise. */
const char *campaign__spec_row_note(const campaign_placement *p, char *buf, size_t size);

/* Appends one placement slot to the spec, without positions; NULL when out of memory. */
struct spec_placement *campaign__spec_new_placement(struct campaign_spec *spec, struct schema *s);

/* Makes room for more placements at once (a table's rows), so no doubling leaves slack; -1 when out of memory. */
int campaign__spec_reserve_placements(struct campaign_spec *spec, struct schema *s, size_t more);

/* Gives back the room no placement took, once the spec is loaded. */
void campaign__spec_trim_placements(struct campaign_spec *spec);

/* The event's words in language, or NULL when it has none in it (an exact tag, ignoring case). */
const struct spec_edition *campaign__spec_event_edition(const struct spec_event *ev, const char *language);

/* p's `vars:`: its entry's, with its row's texts when they have placeholders. Its event's and the campaign's are theirs. */
struct spec_vars campaign__spec_placement_vars(const struct spec_placement *p);

/*
 * The language placement p is printed in: its edition's (its own, else its
 * event's), else the campaign's.
 */
const char *campaign__spec_placement_language(const struct campaign_spec *spec,
                                              const struct spec_placement *p);

/* path joined to base_dir when relative; in the spec's arena. */
const char *campaign__spec_path(struct campaign_spec *spec, const char *path);
/* The same, appended to out; returns out's status. */
int campaign__spec_path_into(const struct campaign_spec *spec, const char *path, struct strbuf *out);

#endif
