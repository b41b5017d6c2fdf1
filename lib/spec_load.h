/* The spec loader's stages (internal): YAML tree -> campaign_spec model. */
#ifndef CAMPAIGN_SPEC_LOAD_H
#define CAMPAIGN_SPEC_LOAD_H

#include "spec_model.h"
#include "util/strbuf.h"
#include "yaml_schema.h"

/* The `campaign:` section: name, slug, language, landing, utm, conventions, hashtag, phones, ledger. */
void campaign__spec_load_campaign(struct campaign_spec *spec, struct schema *s,
                                  const struct yaml_node *node);

/* The `events:` list. */
void campaign__spec_load_events(struct campaign_spec *spec, struct schema *s,
                                const struct yaml_node *node);

/* The `placements:` list, expanding `rows:` tables. */
void campaign__spec_load_placements(struct campaign_spec *spec, struct schema *s,
                                    const struct yaml_node *node);

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

/*
 * Expands a `rows:` placement: one placement per row of the CSV table at
 * `rows`, with `{{row.NAME}}` replaced in every field of `proto`.
 */
void campaign__spec_expand_rows(struct campaign_spec *spec, struct schema *s,
                                const struct spec_placement *proto, const struct yaml_node *rows);

/* Reports at `at` when url is not an http(s) URL with a host; note is appended (may be NULL). */
void campaign__spec_check_landing(struct schema *s, const struct yaml_node *at, const char *url,
                                  const char *note);

/* Checks a date "YYYY-MM-DD" (a real calendar day); 1 when valid. */
int campaign__spec_date_valid(const char *text);

/* Checks a time "HH:MM" (24 hours); 1 when valid. */
int campaign__spec_time_valid(const char *text);

/* Reads a whole file into malloc'd memory (NUL-terminated), at most max bytes. */
int campaign__read_file(const char *path, size_t max, char **out, size_t *len,
                        campaign_diags *diags, const char *cited_in, unsigned long line,
                        unsigned long column);

/* 1 when lang is a language tag such as "ru" or "ar-EG". */
int campaign__spec_language_valid(const char *lang);

/* A slug from the display name: transliterated, lowercase, words joined by '-'; NULL when none. */
const char *campaign__spec_slug_from_name(struct campaign_spec *spec, struct schema *s,
                                          const char *name);

/* Reports each placeholder of a hashtag's `from` text that its scope does not have. */
void campaign__spec_check_hashtag_from(struct schema *s, const struct yaml_node *at, const char *text,
                                       int placement_scope);

/* path joined to base_dir when relative; in the spec's arena. */
const char *campaign__spec_path(struct campaign_spec *spec, const char *path);
/* The same, appended to out; returns out's status. */
int campaign__spec_path_into(const struct campaign_spec *spec, const char *path, struct strbuf *out);

#endif
