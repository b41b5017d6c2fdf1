/* The identifiers of a campaign (internal): stages of campaign_plan_new(). */
#ifndef CAMPAIGN_PLAN_INTERNAL_H
#define CAMPAIGN_PLAN_INTERNAL_H

#include "campaign/plan.h"
#include "plan/ledger.h"
#include "plan/registry.h"
#include "spec/spec_model.h"
#include "util/arena.h"

struct plan_item {
	campaign_assignment pub;
	const struct spec_placement *sp;
	int wants_phone;
	int reissue; /* its identifiers are issued anew in this plan */
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
	const char *registry_path;   /* the shared registry, or NULL when there is none */
	struct registry registry;    /* as read, then updated by the plan */
	unsigned long long registry_hash; /* of the file as read, to see it change under a lying lock */
	int registry_exists;
	size_t phones_free;
	size_t phones_quarantined;
	size_t phones_elsewhere;     /* pool numbers another campaign holds, by the registry */
	size_t phones_held;          /* pool numbers this campaign's placements hold */
	campaign_diags *diags;
	int status;                  /* the first failure */
	int allow_exhausted;         /* an exhausted pool is a warning (campaign phones) */
	size_t clock_behind;         /* releases refused: the clock is before their issue */
};

/*
 * The ledger file of a spec: override, or the spec's `ledger:` (relative to
 * the spec), or NAME.ledger beside the spec file NAME.yaml (SLUG.ledger for
 * a spec with no file, or when only that older name exists, with a
 * warning). malloc'd; NULL when out of memory.
 */
char *campaign__ledger_path_for(const struct campaign_spec *spec, const char *override,
                                campaign_diags *diags);

/* Reports an error at a spec position, naming the row of table placements. */
void campaign__plan_error(struct campaign_plan *plan, struct yaml_pos at,
                          const struct plan_item *item, int status, const char *fmt, ...)
	CAMPAIGN_PRINTF(5, 6);
void campaign__plan_warning(struct campaign_plan *plan, struct yaml_pos at,
                            const struct plan_item *item, const char *fmt, ...)
	CAMPAIGN_PRINTF(4, 5);

/*
 * Whether entry e may be released today: not when the clock is set before
 * the day it was issued (the ledger's reader would refuse the record). The
 * first such entry is reported, at the ledger, with the day to set.
 */
int campaign__plan_clock_allows_release(struct campaign_plan *plan, const struct ledger_entry *e);

/* A copy of text in the plan's arena; records ENOMEM and returns NULL on failure. */
const char *campaign__plan_strdup(struct campaign_plan *plan, const char *text);

/*
 * The ids of the spec's placements, sorted, for campaign__plan_has_id():
 * malloc'd (free() it); NULL with ENOMEM recorded.
 */
const char **campaign__plan_sorted_ids(struct campaign_plan *plan);
/* Whether id is one of the spec's placements, in ids from campaign__plan_sorted_ids(). */
int campaign__plan_has_id(const struct campaign_plan *plan, const char **ids, const char *id);

/*
 * Reissues on purpose (--reissue, `reissue:`): marks the items and releases
 * their current ledger issues today, before anything is assigned.
 */
void campaign__plan_reissue(struct campaign_plan *plan, const campaign_plan_options *opts);

/*
 * What was issued stays: the campaign's slug matches its ledger's, and every
 * placement that is not reissued keeps its issued URL.
 */
void campaign__plan_check_issued(struct campaign_plan *plan);

/* UTM values after the conventions, allowed lists, tracking URLs and their uniqueness. */
void campaign__plan_urls(struct campaign_plan *plan);

/* Hashtags: made from text, unique against the ledger, `taken` and each other. */
void campaign__plan_hashtags(struct campaign_plan *plan);

/*
 * Scope event: whose tag a placement of event ev (NULL: none) carries, as
 * an index (the spec's events, then the campaign's own); and whose tag a
 * ledger line's hashtag is, or SIZE_MAX for an event the spec no longer
 * has. The rule the hashtag stage keeps issued tags by, in one place.
 */
size_t campaign__plan_tag_owner(const struct campaign_plan *plan, const campaign_event *ev);
size_t campaign__plan_ledger_tag_owner(const struct campaign_plan *plan,
                                       const struct ledger_entry *e);

/*
 * The display mask e164 is printed with: the spec's one mask, or its mask
 * for the longest prefix the number has, or the default for its country
 * code; NULL: E.164 as it is. *at (may be NULL) is where the spec set it.
 */
const char *campaign__plan_phone_mask(const struct campaign_spec *spec, const char *e164,
                                      struct yaml_pos *at);

/* Tracking numbers from the pool, kept across builds through the ledger (and the registry). */
void campaign__plan_phones(struct campaign_plan *plan);

/*
 * Short codes (`short:`): kept from the ledger, or made for new placements
 * and reissues, never one the ledger (any issue) or the registry holds.
 */
void campaign__plan_short(struct campaign_plan *plan);

/*
 * The shared registry of a spec: override, or the spec's `registry:`
 * (relative to the spec); NULL when there is none. malloc'd in *out.
 * @return CAMPAIGN_OK or CAMPAIGN_ENOMEM.
 */
int campaign__registry_path_for(const struct campaign_spec *spec, const char *override, char **out);

/* Reads the plan's registry (plan->registry_path), remembering what the file held. */
void campaign__plan_read_registry(struct campaign_plan *plan);

/* Records this plan in the registry: this campaign's numbers held and let go, its hashtags. */
void campaign__plan_update_registry(struct campaign_plan *plan);

/* A hash of text, to tell whether a file changed (FNV-1a, 64 bits). */
unsigned long long campaign__plan_text_hash(const char *text, size_t len);

/*
 * The largest ledger or registry (kind "ledger", "registry") a plan of spec
 * reads: the load's --limit, or the default; *name (may be NULL) is the
 * limit's name.
 */
size_t campaign__plan_record_limit(const struct campaign_spec *spec, const char *kind,
                                   const char **name);

#endif
