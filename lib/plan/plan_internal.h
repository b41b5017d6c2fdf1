/* The identifiers of a campaign (internal): stages of campaign_plan_new(). */
#ifndef CAMPAIGN_PLAN_INTERNAL_H
#define CAMPAIGN_PLAN_INTERNAL_H

#include "campaign/plan.h"
#include "plan/ledger.h"
#include "spec/spec_model.h"
#include "util/arena.h"

struct plan_item {
	campaign_assignment pub;
	const struct spec_placement *sp;
	int wants_phone;
};

struct campaign_plan {
	const struct campaign_spec *spec;
	struct arena arena;
	struct plan_item *items;
	size_t count;
	struct ledger ledger;        /* as read, then updated by the plan */
	int ledger_exists;           /* the file was there when the plan read it */
	const char *ledger_path;
	long today;                  /* day number of opts.now */
	size_t phones_free;
	size_t phones_quarantined;
	campaign_diags *diags;
	int status;                  /* the first failure */
};

/*
 * The ledger file of a spec: override, or the spec's `ledger:` (relative to
 * the spec), or <slug>.ledger beside the spec. malloc'd; NULL when out of memory.
 */
char *campaign__ledger_path_for(const struct campaign_spec *spec, const char *override);

/* Reports an error at a spec position, naming the row of table placements. */
void campaign__plan_error(struct campaign_plan *plan, struct yaml_pos at,
                          const struct plan_item *item, int status, const char *fmt, ...)
	CAMPAIGN_PRINTF(5, 6);
void campaign__plan_warning(struct campaign_plan *plan, struct yaml_pos at,
                            const struct plan_item *item, const char *fmt, ...)
	CAMPAIGN_PRINTF(4, 5);

/* A copy of text in the plan's arena; records ENOMEM and returns NULL on failure. */
const char *campaign__plan_strdup(struct campaign_plan *plan, const char *text);

/*
 * The ids of the spec's placements, sorted, for campaign__plan_has_id():
 * malloc'd (free() it); NULL with ENOMEM recorded.
 */
const char **campaign__plan_sorted_ids(struct campaign_plan *plan);
/* Whether id is one of the spec's placements, in ids from campaign__plan_sorted_ids(). */
int campaign__plan_has_id(const struct campaign_plan *plan, const char **ids, const char *id);

/* UTM values after the conventions, allowed lists, tracking URLs and their uniqueness. */
void campaign__plan_urls(struct campaign_plan *plan);

/* Hashtags: made from text, unique against the ledger, `taken` and each other. */
void campaign__plan_hashtags(struct campaign_plan *plan);

/* Tracking numbers from the pool, kept across builds through the ledger. */
void campaign__plan_phones(struct campaign_plan *plan);

#endif
