/* The spec loader's stages (internal): YAML tree -> campaign_spec model. */
#ifndef CAMPAIGN_SPEC_LOAD_H
#define CAMPAIGN_SPEC_LOAD_H

#include "spec/spec_model.h"
#include "util/strbuf.h"
#include "text/yaml_schema.h"

/*
 * Why ids that differ only in case are refused, for messages: they name
 * files, and on macOS, Windows and the exFAT stick taken to the print shop
 * the two names are one file.
 */
#define CAMPAIGN__CASE_COLLISION \
	"the two would be one file on case-insensitive file systems (macOS, Windows, USB sticks)"

/*
 * The `campaign:` section: name, slug, language, landing, utm, conventions,
 * hashtag, phones, ledger. node is NULL when the spec has none: the defaults.
 */
void campaign__spec_load_campaign(struct campaign_spec *spec, struct schema *s,
                                  const struct yaml_node *node);

/* `short:` of the campaign section: the short links' base URL and code length (spec_short.c). */
void campaign__spec_load_short(struct campaign_spec *spec, struct schema *s,
                               const struct yaml_node *node);

/* The `events:` list. */
void campaign__spec_load_events(struct campaign_spec *spec, struct schema *s,
                                const struct yaml_node *node);

/* The `placements:` list, expanding `rows:` tables. */
void campaign__spec_load_placements(struct campaign_spec *spec, struct schema *s,
                                    const struct yaml_node *node);

/*
 * Expands a `rows:` placement: one placement per row of the CSV table at
 * `rows`, with `{{row.NAME}}` replaced in every field of `proto`. The
 * table's field delimiter is the placement's `delimiter:` (NULL: detected
 * from its header line, with a note when it is not a comma). The table's
 * cell positions go into entry, proto's, which every row shares.
 */
void campaign__spec_expand_rows(struct campaign_spec *spec, struct schema *s,
                                const struct spec_placement *proto, struct spec_entry *entry,
                                const struct yaml_node *rows, const struct yaml_node *delimiter);

/*
 * Reports at `at` when url is not an http(s) URL with a host that may be
 * printed, and warns there about a host a printed link cannot work with;
 * note is appended (may be NULL).
 */
void campaign__spec_check_landing(struct schema *s, const struct yaml_node *at, const char *url,
                                  const char *note);

/*
 * Reports at `at` why an event's date is not one a spec takes: a character
 * that only looks like a digit or '-' is named by its code point, and a
 * real day outside the years a ledger keeps is said to be one, rather than
 * "not a calendar date" for both.
 */
void campaign__spec_date_error(struct schema *s, const struct yaml_node *at, const char *date);

/* `currency:` of the campaign mapping (at may be NULL): an ISO 4217 code. */
void campaign__spec_load_currency(struct campaign_spec *spec, struct schema *s,
                                  const struct yaml_node *at);

/*
 * Checks every placement's `cost:` once the rows are expanded: an amount,
 * not negative, no more decimals than the currency has, one currency for
 * the campaign (its `currency:`, else the first a cost names).
 */
void campaign__spec_check_costs(struct campaign_spec *spec, struct schema *s);
/* The same for one placement built in code (its currency may become the campaign's). */
void campaign__spec_check_placement_cost(struct campaign_spec *spec, struct schema *s,
                                         const struct yaml_node *where, const char *cost);

/* 1 when lang is a language tag such as "ru" or "ar-EG". */
int campaign__spec_language_valid(const char *lang);

/*
 * Reads owner's `vars:` map, if any, into out (in the spec's arena). rows:
 * the owner is a placement with a `rows:` table, whose texts may name its
 * columns; elsewhere a placeholder is an error.
 */
void campaign__spec_load_vars(struct schema *s, const struct yaml_node *owner, struct spec_vars *out,
                              int rows);

/* Owner's `language:`, checked (a warning when no built-in texts have it); NULL when absent or bad. */
const char *campaign__spec_load_language(struct schema *s, const struct yaml_node *owner,
                                         const char *what);

/* A slug from the display name: transliterated, lowercase, words joined by '-'; NULL when none. */
const char *campaign__spec_slug_from_name(struct campaign_spec *spec, struct schema *s,
                                          const char *name);

/* Reports each placeholder of a hashtag's `from` text that its scope does not have. */
void campaign__spec_check_hashtag_from(struct schema *s, const struct yaml_node *at, const char *text,
                                       int placement_scope);

#endif
