/*
 * The report's state (internal): rows, the caches that keep a million log
 * lines from costing a million lookups, and the inputs read.
 */
#ifndef CAMPAIGN_REPORT_REPORT_INTERNAL_H
#define CAMPAIGN_REPORT_REPORT_INTERNAL_H

#include <stdint.h>

#include "campaign/report.h"
#include "campaign/resolve.h"
#include "util/arena.h"
#include "util/str_map.h"

/* At most this many distinct queries are remembered (junk URLs are endless). */
#define REPORT_CACHE_MAX ((size_t)1000000)
/*
 * And at most this many bytes of them, all caches together: a log of long
 * junk links, each seen once, would otherwise take twice its size in memory.
 */
#define REPORT_CACHE_BYTES ((size_t)64 * 1024 * 1024)
/* A query longer than this is looked up each time, never remembered: real links are far shorter. */
#define REPORT_CACHE_KEY_MAX ((size_t)2048)
/* The first skipped lines of an input that are kept, with why. */
#define REPORT_PROBLEMS_KEPT 5

/* A trace attributed to no row. */
#define ROW_NONE ((size_t)-1)

struct report_input_state {
	campaign_report_input pub;
	campaign_report_problem problems[REPORT_PROBLEMS_KEPT];
};

/* A person's path: the touches their key links, at most PERSON_TOUCHES_MAX (the latest kept). */
#define PERSON_TOUCHES_MAX 256

struct person_touch {
	int64_t time;
	size_t row;
};

struct person_path {
	struct person_touch *touches;
	/* touches' indexes by time, equal times by index: kept as touches come, so never sorted; in touches' block */
	uint16_t *order;
	size_t count, cap;
};

struct credit_scratch;
struct caller_calls;

/* A caller's target calls to one placement kept to tell repeats: past this, a dialer's are repeats. */
#define REPEAT_CALLS_MAX 1024

struct campaign_report {
	const campaign_plan *plan;
	const char *currency; /* the spec's costs', or NULL */
	int currency_digits;
	campaign_lookup *lookup;
	campaign_report_options opts;
	campaign_report_row *rows;
	size_t row_count, row_cap;
	struct str_map row_of;      /* "p\037ID", "e\037EVENT", "c" -> row index */
	struct str_map tag_scope;   /* a plan's hashtag key -> the row it counts for */
	struct str_map raw_visit_cache; /* a visit's utm_* parameters as written -> row + 1, or 0 */
	struct str_map visit_cache; /* a visit's UTM values, decoded -> row index + 1, or 0 for none */
	struct str_map call_cache;  /* a number as written -> row index + 1, or 0 */
	struct str_map callers;     /* "ROW\037DIGITS" -> 0, or its target calls' index + 1 */
	struct caller_calls *caller_calls; /* each caller's target calls to a placement (repeat_calls.c) */
	size_t caller_calls_count, caller_calls_cap;
	size_t cache_bytes;         /* what the three caches above hold, keys and slots */
	struct str_map people;      /* "p:DIGITS" or "k:KEY" -> index into paths */
	struct person_path *paths;
	size_t path_count, path_cap;
	struct credit_scratch *credit; /* a conversion's working memory, made on first use */
	struct arena strings;       /* every string the rows and inputs hold */
	struct report_input_state **inputs;
	size_t input_count, input_cap;
};

/* A copy of s in the report's arena (NULL for NULL or out of memory: check s). */
const char *campaign__report_keep(campaign_report *r, const char *s);
campaign_report_row *campaign__report_row(campaign_report *r, size_t i);
/*
 * The row of the placement of a lookup entry (a withdrawn one is made for
 * an entry the plan does not have), or of an event's shared tag (event
 * given) or the campaign's (NULL), made on first use.
 * @return CAMPAIGN_OK or CAMPAIGN_ENOMEM.
 */
int campaign__report_entry_row(campaign_report *r, const campaign_lookup_entry *e, size_t *row);
int campaign__report_tag_row(campaign_report *r, const char *event, size_t *row);

/*
 * A GET of path on the short-link host ("/r/k7m3xq"): a scan of the
 * placement whose short code is its last segment (a withdrawn one's too).
 * @return CAMPAIGN_OK, CAMPAIGN_ENOTFOUND (no code: a page of the site),
 *         CAMPAIGN_ENOMEM.
 */
int campaign__report_count_short_hit(campaign_report *r, const char *path, size_t len);

/* Counts `visits` visits of url at once (an analytics row's sessions), as campaign_report_add_visit(). */
int campaign__report_count_visits(campaign_report *r, const char *url, uint64_t visits,
                                  campaign_diags *diags);

/*
 * The row a link names (by its UTM values, as a visit is attributed),
 * without counting anything; ROW_NONE for none or several.
 * @return CAMPAIGN_OK, CAMPAIGN_EINVALID for a link without UTM values, CAMPAIGN_ENOMEM.
 */
int campaign__report_link_row(campaign_report *r, const char *url, size_t *row,
                              campaign_diags *diags);
/* The row a tracking number names, the same way. */
int campaign__report_number_row(campaign_report *r, const char *called, size_t *row,
                                campaign_diags *diags);

/*
 * A person's key from what identifies them: a phone number's last ten
 * digits ("p:9161112233"), else the text ("k:..."). 0, or -1 for nothing usable.
 */
int campaign__report_person_key(const char *who, char *key, size_t size);
/* The person's path, made when `create` is set; NULL when there is none (or out of memory). */
struct person_path *campaign__report_person_path(campaign_report *r, const char *key, int create);
/* Adds a touch of `row` at `time` to the person's path. @return CAMPAIGN_OK or CAMPAIGN_ENOMEM. */
int campaign__report_touch(campaign_report *r, const char *key, int64_t time, size_t row);
/*
 * Shares a conversion at `when` by every model along the person's path p
 * (NULL: none) and its own placement's row (ROW_NONE: none) into the rows'
 * credit. @return CAMPAIGN_OK or CAMPAIGN_ENOMEM.
 */
int campaign__report_credit(campaign_report *r, const struct person_path *p, size_t own_row,
                            int64_t when);
/*
 * A caller's target-length answered call at `when`, for the callers map's
 * value *slot (0: their first, then set): *new_targets is how many target
 * calls it adds, 0 or more (an earlier call can make later ones targets
 * again, whatever order the log is in). @return CAMPAIGN_OK or CAMPAIGN_ENOMEM.
 */
int campaign__report_repeat_call(campaign_report *r, size_t *slot, int64_t when,
                                 uint64_t *new_targets);
void campaign__report_repeat_calls_free(campaign_report *r);

/* Frees the people's paths and the conversions' working memory. */
void campaign__report_people_free(campaign_report *r);

/* a += b, count by count. */
void campaign__report_counts_add(campaign_report_counts *a, const campaign_report_counts *b);

/* A new input's accounting, owned by the report; NULL when out of memory. */
struct report_input_state *campaign__report_input_new(campaign_report *r, const char *path,
                                                      campaign_trace_format format);
/* Counts a skipped line, keeping the first few with why (printf-style). */
void campaign__report_skip(campaign_report *r, struct report_input_state *in, unsigned long line,
                           const char *fmt, ...) CAMPAIGN_PRINTF(4, 5);

#endif
