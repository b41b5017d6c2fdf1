/*
 * Schema helpers over a yaml_doc tree: typed reads of mapping keys that
 * report every problem at its node (unknown keys with a did-you-mean, wrong
 * types, missing keys, values out of range) and keep going, so one pass over
 * a document reports all of its problems. Shared by the spec and template
 * loaders. Strings returned are copies in the caller's arena.
 */
#ifndef CAMPAIGN_YAML_SCHEMA_H
#define CAMPAIGN_YAML_SCHEMA_H

#include "campaign/diag.h"
#include "util/arena.h"
#include "text/yaml_doc.h"

struct schema {
	const char *file;
	campaign_diags *diags;
	struct arena *arena;
	int status; /* CAMPAIGN_OK, or the first failure (EINVALID, ENOMEM) */
};

void campaign__schema_error(struct schema *s, const struct yaml_node *at, const char *fmt, ...)
	CAMPAIGN_PRINTF(3, 4);
void campaign__schema_warning(struct schema *s, const struct yaml_node *at, const char *fmt, ...)
	CAMPAIGN_PRINTF(3, 4);
/* Records an allocation failure; every later read returns nothing. */
void campaign__schema_nomem(struct schema *s);

/*
 * Checks that node is a mapping whose keys are all in known (NULL-terminated).
 * `what` names the node in messages ("campaign", "placement"). Returns 0 when
 * node is a mapping (even with unknown keys, which are reported), -1 otherwise.
 */
int campaign__schema_map(struct schema *s, const struct yaml_node *node, const char *what,
                         const char *const *known);

/* Checks that node is a list; returns 0 or -1 (reported). */
int campaign__schema_seq(struct schema *s, const struct yaml_node *node, const char *what);

/* The value of key, or NULL; when required and missing, reports it at the map. */
const struct yaml_node *campaign__schema_get(struct schema *s, const struct yaml_node *map,
                                             const char *key, int required, const char *what);

/* The key node for key in map (for positions), or NULL. */
const struct yaml_node *campaign__schema_key(const struct yaml_node *map, const char *key);

/* A scalar as a string copy; NULL (reported) when node is not a scalar. */
char *campaign__schema_text(struct schema *s, const struct yaml_node *node, const char *key);

/* The string at key; NULL when absent (reported when required) or not a scalar. */
char *campaign__schema_str(struct schema *s, const struct yaml_node *map, const char *key,
                           int required, const char *what);

/* A boolean (true/false) at key; dflt when absent or invalid (reported). */
int campaign__schema_bool(struct schema *s, const struct yaml_node *map, const char *key, int dflt);

/* A whole number in [min, max] at key; dflt when absent or invalid (reported). */
unsigned long campaign__schema_uint(struct schema *s, const struct yaml_node *map, const char *key,
                                    unsigned long min, unsigned long max, unsigned long dflt);

/*
 * One of choices (NULL-terminated) at key, as its index; dflt when absent or
 * invalid (reported with the choices and a did-you-mean).
 */
int campaign__schema_enum(struct schema *s, const struct yaml_node *map, const char *key,
                          const char *const *choices, int dflt);

#endif
