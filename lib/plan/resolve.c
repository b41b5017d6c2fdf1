/* campaign_lookup: a URL, number or hashtag back to its placement. */
#include <errno.h>
#include <glib.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "campaign/hashtag.h"
#include "campaign/phone.h"
#include "campaign/resolve.h"
#include "campaign/status.h"
#include "core/options.h"
#include "core/versions.h"
#include "ids/id_query.h"
#include "io/read_file.h"
#include "plan/lookup_index.h"
#include "plan/lookup_phones.h"
#include "plan/manifest_read.h"
#include "plan/manifest_values.h"
#include "plan/plan_internal.h"
#include "plan/resolve_internal.h"
#include "spec/spec_load.h"
#include "ids/url.h"
#include "util/arena.h"
#include "util/date.h"
#include "util/strbuf.h"

/* A manifest of a million placements is some 600 MB of JSON; more is not one of ours. */
#define MANIFEST_MAX_BYTES ((size_t)1024 * 1024 * 1024)

/* The URL or phone queries a lookup answers by reading every placement before it makes their index. */
#define URL_INDEX_AFTER 3

/* A placement's URL taken apart once, for every query. */
struct url_parts {
	struct url_param *utm;   /* decoded, sorted */
	size_t utm_count;
	struct url_param *other; /* the parameters that are not utm_*, decoded, sorted */
	size_t other_count;
	char *landing;           /* campaign__id_query_landing(), or NULL */
};

static int
url_parts_read(struct url_parts *parts, const char *url)
{
	int rc = campaign__url_utm_params(url, &parts->utm, &parts->utm_count);
	if (rc == CAMPAIGN_OK)
		rc = campaign__url_other_params(url, &parts->other, &parts->other_count);
	if (rc == CAMPAIGN_OK)
		rc = campaign__id_query_landing(url, &parts->landing);
	return rc;
}

static void
url_parts_free(struct url_parts *parts)
{
	campaign__url_params_free(parts->utm, parts->utm_count);
	campaign__url_params_free(parts->other, parts->other_count);
	free(parts->landing);
	memset(parts, 0, sizeof(*parts));
}

static campaign_lookup *
lookup_new(size_t count)
{
	campaign_lookup *l = calloc(1, sizeof(*l));
	if (!l)
		return NULL;
	l->items = calloc(count + 1, sizeof(*l->items));
	if (!l->items) {
		free(l);
		return NULL;
	}
	l->count = count;
	return l;
}

/* The released placements, as the plan's ledger has them: every entry the spec no longer has. */
static size_t
released_count(const campaign_plan *plan)
{
	size_t n = 0;
	for (size_t i = 0; i < plan->ledger.count; i++)
		n += plan->ledger.entries[i].released >= 0;
	return n;
}

/* The item's short code, and its short link on base (NULL: none), in the lookup's arena. */
static int
set_short(campaign_lookup *l, struct lookup_item *item, const char *code, const char *base)
{
	if (!code)
		return CAMPAIGN_OK;
	item->pub.short_code = code;
	l->short_count++;
	if (!base)
		return CAMPAIGN_OK;
	size_t a = strlen(base), b = strlen(code);
	char *url = campaign__arena_alloc(&l->arena, a + b + 1);
	if (!url)
		return CAMPAIGN_ENOMEM;
	memcpy(url, base, a);
	memcpy(url + a, code, b + 1);
	item->pub.short_url = url;
	return CAMPAIGN_OK;
}

/* A released issue's entry: what its flyers carried, and the day it left or was reissued. */
static int
add_released(campaign_lookup *l, struct lookup_item *item, const struct ledger *ledger,
             const struct ledger_entry *e, const char *mask, const char *short_base)
{
	campaign_lookup_entry *pub = &item->pub;
	if (set_short(l, item, e->short_code, short_base))
		return CAMPAIGN_ENOMEM;
	pub->id = e->id;
	pub->event = e->event;
	pub->url = e->url;
	pub->hashtag = e->hashtag;
	pub->phone = e->phone;
	pub->phone_display = e->phone;
	int nomem = 0;
	campaign_buf shown = CAMPAIGN_BUF_INIT;
	/* Through today's mask: a number that no longer fits it is shown as E.164. */
	int formatted = e->phone && mask ? campaign_phone_format(&shown, e->phone, mask, NULL)
	                                 : CAMPAIGN_EINVALID;
	if (formatted == CAMPAIGN_OK) {
		pub->phone_display = campaign__arena_strdup(&l->arena, shown.ptr);
		nomem = !pub->phone_display;
	}
	nomem |= formatted == CAMPAIGN_ENOMEM;
	campaign_buf_dispose(&shown);
	char day[11];
	campaign__date_format(e->released, day);
	pub->released = campaign__arena_strdup(&l->arena, day);
	pub->reissued = !campaign__ledger_is_current(ledger, e);
	return nomem || !pub->released ? CAMPAIGN_ENOMEM : CAMPAIGN_OK;
}

void
campaign__lookup_take_phone_rules(campaign_lookup *l, const struct campaign_spec *spec)
{
	const struct spec_phones *ph = &spec->phones;
	if (!ph->present)
		return;
	l->has_rules = 1;
	campaign_phone_rules rules = CAMPAIGN_PHONE_RULES_INIT;
	rules.country_code = (unsigned)ph->country_code;
	rules.trunk_prefix = ph->trunk_prefix; /* owned by the spec, which outlives the lookup's use */
	l->rules = rules;
}

int
campaign_lookup_from_plan(campaign_lookup **out, const campaign_plan *plan)
{
	*out = NULL;
	campaign_lookup *l = lookup_new(plan->count + released_count(plan));
	if (!l)
		return CAMPAIGN_ENOMEM;
	campaign__lookup_take_phone_rules(l, plan->spec);
	for (size_t i = 0; i < plan->count; i++) {
		const campaign_assignment *a = &plan->items[i].pub;
		campaign_lookup_entry *e = &l->items[i].pub;
		e->id = a->placement->id;
		e->event = a->placement->event;
		e->url = a->url;
		e->hashtag = a->hashtag;
		e->phone = a->phone;
		e->phone_display = a->phone_display;
		e->short_url = a->short_url;
		e->short_code = a->short_code;
		l->short_count += a->short_code != NULL;
	}
	l->short_base = plan->spec->shortlink.base;
	/* After the present ones, so a number given again after its quarantine lists its owner first. */
	size_t next = plan->count;
	for (size_t i = 0; i < plan->ledger.count; i++) {
		const struct ledger_entry *e = &plan->ledger.entries[i];
		if (e->released >= 0 &&
		    add_released(l, &l->items[next++], &plan->ledger, e,
		                 l->has_rules && e->phone ? campaign__plan_phone_mask(plan->spec, e->phone, NULL) : NULL,
		                 plan->spec->shortlink.base)) {
			campaign_lookup_free(l);
			return CAMPAIGN_ENOMEM;
		}
	}
	if (campaign__lookup_index_codes(l)) {
		campaign_lookup_free(l);
		return CAMPAIGN_ENOMEM;
	}
	*out = l;
	return CAMPAIGN_OK;
}

static const char *
copy_text(campaign_lookup *l, const char *value, int *nomem)
{
	if (!value)
		return NULL;
	const char *copy = campaign__arena_strdup(&l->arena, value);
	if (!copy)
		*nomem = 1;
	return copy;
}

/* A placement of a manifest into item i: its strings copied; *no_id set when it has no "id". */
static int
add_manifest_placement(campaign_lookup *l, size_t i, const struct manifest_placement *v, int *no_id)
{
	campaign_lookup_entry *e = &l->items[i].pub;
	int nomem = 0;
	e->id = copy_text(l, v->id, &nomem);
	e->event = copy_text(l, v->event, &nomem);
	e->url = copy_text(l, v->url, &nomem);
	e->hashtag = copy_text(l, v->hashtag, &nomem);
	e->phone = copy_text(l, v->phone, &nomem);
	e->phone_display = copy_text(l, v->phone_display, &nomem);
	e->short_url = copy_text(l, v->short_url, &nomem);
	/* The code is the link's last segment; what comes before it, the campaign's base. */
	const char *slash = e->short_url ? strrchr(e->short_url, '/') : NULL;
	if (slash && slash[1]) {
		e->short_code = slash + 1;
		l->short_count++;
		if (!l->short_base &&
		    !(l->short_base = campaign__arena_strndup(&l->arena, e->short_url,
		                                              (size_t)(slash + 1 - e->short_url))))
			nomem = 1;
	}
	*no_id = !e->id;
	return nomem ? CAMPAIGN_ENOMEM : CAMPAIGN_OK;
}

/* What the placement-by-placement read keeps. */
struct manifest_walk {
	campaign_lookup *l;
	size_t cap;
	size_t first_without_id; /* 1-based; 0 when every placement has one */
	int status;
	const char *text, *path;
	campaign_diags *diags;
	size_t seen;                /* the position below is that of this byte */
	unsigned long line, column;
	size_t refused;             /* placements whose values were refused */
};

/* Moves the walk's line and column on to offset: once over the text in all. */
static void
advance(struct manifest_walk *mw, size_t offset)
{
	for (; mw->seen < offset; mw->seen++) {
		unsigned char c = (unsigned char)mw->text[mw->seen];
		if (c == '\n') {
			mw->line++;
			mw->column = 1;
		} else if ((c & 0xC0) != 0x80) {
			mw->column++;
		}
	}
}

/* Room for the words of a value's problem (manifest_values.h). */
#define WHY_SIZE 480

/* A few refused placements say what is wrong; a million would bury it. */
#define MANIFEST_REFUSED_SHOWN 10

static int
walk_placement(void *ctx, json_t *p, const struct manifest_placement *v, size_t i, size_t offset)
{
	struct manifest_walk *mw = ctx;
	campaign_lookup *l = mw->l;
	/* The line and column only for a message: counting them over every byte was a sixth of a read. */
	const char *key, *value;
	char why[WHY_SIZE];
	int sound = !p && !campaign__manifest_values_problem(v, &key, &value, why, sizeof(why));
	if (!sound)
		advance(mw, offset);
	if (!sound &&
	    (p ? campaign__manifest_check_placement(p, i, mw->path, mw->line, mw->column, mw->diags)
	       : campaign__manifest_check_values(v, i, mw->path, mw->line, mw->column, mw->diags))) {
		mw->status = CAMPAIGN_EINVALID;
		return ++mw->refused >= MANIFEST_REFUSED_SHOWN;
	}
	if (mw->status)
		return 0; /* only look for more problems */
	if (i == mw->cap) {
		size_t cap = mw->cap ? mw->cap * 2 : 1024;
		struct lookup_item *grown = realloc(l->items, cap * sizeof(*grown));
		if (!grown) {
			mw->status = CAMPAIGN_ENOMEM;
			return 1;
		}
		l->items = grown;
		mw->cap = cap;
	}
	memset(&l->items[i], 0, sizeof(l->items[i]));
	l->count = i + 1;
	int no_id = 0;
	if ((mw->status = add_manifest_placement(l, i, v, &no_id)))
		return 1;
	if (no_id && !mw->first_without_id)
		mw->first_without_id = i + 1;
	return 0;
}

/* The document parsed whole: for one that is not laid out as ours, and to say what is wrong. */
static int
load_manifest_whole(campaign_lookup **out, const char *text, size_t len, const char *path,
                    campaign_diags *diags)
{
	json_error_t err;
	json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &err);
	if (!root) {
		int io = err.line < 0 || strstr(err.text, "unable to open");
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, io ? CAMPAIGN_EIO : CAMPAIGN_EINVALID, path,
		                   io ? 0 : (unsigned long)err.line, io ? 0 : (unsigned long)err.column, "%s",
		                   err.text);
		return io ? CAMPAIGN_EIO : CAMPAIGN_EINVALID;
	}
	json_t *list = json_object_get(root, "placements");
	if (!json_is_array(list)) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, path, 1, 1,
		                   "not a campaign manifest: no \"placements\" list");
		json_decref(root);
		return CAMPAIGN_EINVALID;
	}
	campaign_lookup *l = lookup_new(json_array_size(list));
	int rc = l ? CAMPAIGN_OK : CAMPAIGN_ENOMEM;
	for (size_t i = 0; rc == CAMPAIGN_OK && i < l->count; i++) {
		int no_id = 0;
		struct manifest_placement values;
		json_t *p = json_array_get(list, i);
		rc = campaign__manifest_check_placement(p, i, path, 0, 0, diags);
		if (rc == CAMPAIGN_OK)
			rc = add_manifest_placement(l, i, campaign__manifest_placement_of(p, &values), &no_id);
		if (rc == CAMPAIGN_OK && no_id) {
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, path, 0, 0,
			                   "not a campaign manifest: placement %zu has no \"id\"", i + 1);
			rc = CAMPAIGN_EINVALID;
		}
	}
	json_decref(root);
	if (rc == CAMPAIGN_OK)
		rc = campaign__lookup_index_codes(l);
	if (rc) {
		campaign_lookup_free(l);
		return rc;
	}
	*out = l;
	return CAMPAIGN_OK;
}

/*
 * A manifest as campaign_build() lays it out is read placement by
 * placement, keeping only the strings a query needs; any other document
 * is read whole (manifest_read.h).
 */
static int
load_manifest_text(campaign_lookup **out, const char *text, size_t len, const char *path,
                   campaign_diags *diags)
{
	struct manifest_walk mw = { .l = calloc(1, sizeof(campaign_lookup)), .text = text, .path = path,
	                            .diags = diags, .line = 1, .column = 1 };
	if (!mw.l)
		return CAMPAIGN_ENOMEM;
	enum manifest_read_result walked = campaign__manifest_each_placement(text, len, walk_placement, &mw);
	if (mw.status == CAMPAIGN_EINVALID && walked != MANIFEST_READ_OTHER) {
		campaign_lookup_free(mw.l);
		return CAMPAIGN_EINVALID; /* a refused value, reported */
	}
	if (walked == MANIFEST_READ_OK && mw.first_without_id) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, path, 0, 0,
		                   "not a campaign manifest: placement %zu has no \"id\"", mw.first_without_id);
		mw.status = CAMPAIGN_EINVALID;
	}
	if (walked == MANIFEST_READ_OK && mw.status == CAMPAIGN_OK &&
	    (mw.status = campaign__lookup_index_codes(mw.l)) == CAMPAIGN_OK) {
		*out = mw.l;
		return CAMPAIGN_OK;
	}
	campaign_lookup_free(mw.l);
	if (walked == MANIFEST_READ_OTHER)
		return load_manifest_whole(out, text, len, path, diags);
	return mw.status;
}

/* One id, link or number on two placements: a query could not tell which it meant. */
static int
check_unique(const campaign_lookup *l, const char *path, campaign_diags *diags)
{
	const char **values = malloc((l->count + 1) * sizeof(*values));
	if (!values)
		return CAMPAIGN_ENOMEM;
	static const char *const what[3] = { "id", "URL", "number" };
	int rc = CAMPAIGN_OK;
	for (int k = 0; k < 3 && rc == CAMPAIGN_OK; k++) {
		for (size_t i = 0; i < l->count; i++) {
			const campaign_lookup_entry *e = &l->items[i].pub;
			values[i] = k == 0 ? e->id : k == 1 ? e->url : e->phone;
		}
		rc = campaign__manifest_check_unique(values, l->count, what[k], path, diags);
	}
	free(values);
	return rc;
}

int
campaign_lookup_load_manifest(campaign_lookup **out, const char *path, campaign_diags *diags)
{
	*out = NULL;
	/*
	 * Read here, not by jansson: a FIFO must be refused, not waited on, and
	 * a read error reported as one (jansson's reader takes it for the end of
	 * the text, and reports invalid JSON).
	 */
	char *text = NULL;
	size_t len = 0;
	int rc = campaign__read_file(path, MANIFEST_MAX_BYTES, &text, &len, diags, NULL, 0, 0);
	if (rc)
		return rc;
	rc = campaign__manifest_check_text(text, len, path, diags);
	if (rc == CAMPAIGN_OK)
		rc = load_manifest_text(out, text, len, path, diags);
	free(text);
	if (rc == CAMPAIGN_OK)
		rc = check_unique(*out, path, diags);
	if (rc) {
		campaign_lookup_free(*out);
		*out = NULL;
	}
	return rc;
}

static const char *
day_text(campaign_lookup *l, long day, int *nomem)
{
	if (day < 0)
		return NULL;
	char text[11];
	campaign__date_format(day, text);
	const char *copy = campaign__arena_strdup(&l->arena, text);
	*nomem |= !copy;
	return copy;
}

int
campaign_lookup_load_options_init(campaign_lookup_load_options *opts, unsigned int version)
{
	static const campaign_lookup_load_options init = CAMPAIGN_LOOKUP_LOAD_OPTIONS_INIT;
	return campaign__struct_init(opts, version, &init, campaign__sizes_lookup_load_options,
	                             CAMPAIGN__VERSIONS(campaign__sizes_lookup_load_options));
}

int
campaign_lookup_load_registry(campaign_lookup **out, const char *path, campaign_diags *diags)
{
	return campaign_lookup_load_registry_ext(out, path, NULL, diags);
}

int
campaign_lookup_load_registry_ext(campaign_lookup **out, const char *path,
                                  const campaign_lookup_load_options *opts, campaign_diags *diags)
{
	*out = NULL;
	static const campaign_lookup_load_options defaults = CAMPAIGN_LOOKUP_LOAD_OPTIONS_INIT;
	campaign_lookup_load_options o;
	if (CAMPAIGN__OPTIONS_TAKE(&o, opts, &defaults, campaign__sizes_lookup_load_options,
	                           "campaign_lookup_load_options", diags))
		return CAMPAIGN_EINVALID;
	if (o.max_registry_bytes == 0) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "campaign_lookup_load_options: a limit must be at least 1");
		return CAMPAIGN_EINVALID;
	}
	if (access(path, F_OK) != 0) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, path, 0, 0,
		                   "cannot read the registry: %s", strerror(errno));
		return CAMPAIGN_EIO;
	}
	struct registry reg;
	/* Only a caller that chose the bound can be told to raise it (as a spec's load options). */
	int rc = campaign__registry_read(&reg, path, o.max_registry_bytes,
	                                 opts ? "registry-bytes" : NULL, diags);
	campaign_lookup *l = rc ? NULL : lookup_new(reg.count);
	if (rc == CAMPAIGN_OK && !l)
		rc = CAMPAIGN_ENOMEM;
	/* The entries point into the registry's text: the lookup keeps a copy of every string. */
	for (size_t i = 0; rc == CAMPAIGN_OK && i < reg.count; i++) {
		const struct registry_entry *r = &reg.entries[i];
		campaign_lookup_entry *e = &l->items[i].pub;
		int nomem = 0;
		const char *value = campaign__arena_strdup(&l->arena, r->value);
		e->id = r->placement ? campaign__arena_strdup(&l->arena, r->placement) : "-";
		e->campaign = campaign__arena_strdup(&l->arena, r->campaign);
		e->since = day_text(l, r->since, &nomem);
		e->released = day_text(l, r->released, &nomem);
		if (r->kind == REGISTRY_PHONE)
			e->phone = e->phone_display = value;
		else if (r->kind == REGISTRY_SHORT)
			l->short_count += (e->short_code = value) != NULL;
		else
			e->hashtag = value;
		if (nomem || !value || !e->id || !e->campaign)
			rc = CAMPAIGN_ENOMEM;
	}
	campaign__registry_free(&reg);
	if (rc == CAMPAIGN_OK)
		rc = campaign__lookup_index_codes(l);
	if (rc) {
		campaign_lookup_free(l);
		return rc;
	}
	*out = l;
	return CAMPAIGN_OK;
}

void
campaign_lookup_free(campaign_lookup *lookup)
{
	if (!lookup)
		return;
	free(lookup->items);
	free(lookup->by_code);
	campaign__lookup_index_free(lookup->url_index);
	campaign__lookup_phones_free(lookup->phone_index);
	campaign__arena_free(&lookup->arena);
	free(lookup);
}

/* Every parameter of sub is in set with the same value; both sorted by key. */
static int
params_within(const struct url_param *sub, size_t nsub, const struct url_param *set, size_t nset)
{
	size_t i = 0;
	for (size_t k = 0; k < nsub; k++) {
		while (i < nset && strcmp(set[i].key, sub[k].key) < 0)
			i++;
		if (i == nset || strcmp(set[i].key, sub[k].key) != 0 || strcmp(set[i].value, sub[k].value) != 0)
			return 0;
	}
	return 1;
}

/*
 * A URL query names a placement by its utm_* parameters: every one the
 * query has must be the placement's, so a report's "utm_source=vk&
 * utm_medium=social" finds it too. Host, path and other parameters only
 * break ties (url_exact()): a landing that redirected, or a host typed
 * another way, still finds its placement.
 */
static int
url_match(const struct url_parts *item, const struct url_parts *q)
{
	return params_within(q->utm, q->utm_count, item->utm, item->utm_count);
}

static int
is_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return 0;
	return 1;
}

/* Whether text holds "=value". */
static int
has_value(const char *text, const char *value)
{
	size_t n = strlen(value);
	for (const char *p = strchr(text, '='); p; p = strchr(p + 1, '='))
		if (strncmp(p + 1, value, n) == 0)
			return 1;
	return 0;
}

/*
 * Whether url can match the query at all, without taking it apart: an
 * ASCII URL without '%' or '+' decodes to its own text, so each of the
 * query's utm_* values must be in it after an '='. Exact in the only
 * direction that matters: a URL it says no to cannot match (url_match()).
 */
static int
url_may_match(const char *url, const struct url_parts *q)
{
	if (strpbrk(url, "%+") || !is_ascii(url))
		return 1;
	for (size_t k = 0; k < q->utm_count; k++)
		if (!has_value(url, q->utm[k].value))
			return 0;
	return 1;
}

/*
 * How closely a query that names the placement (url_match()) is its very
 * link: 2 with the same landing and every parameter of the placement's
 * query (its landing's own, custom params:) present, whatever trackers
 * added; 1 with the same landing; 0 otherwise. Placements may share their
 * UTM values and differ only there.
 */
static int
url_closeness(const struct url_parts *item, const struct url_parts *q)
{
	if (!q->landing || !item->landing || strcmp(q->landing, item->landing) != 0)
		return 0;
	return 1 + params_within(item->other, item->other_count, q->other, q->other_count);
}

/*
 * How a URL query meets a placement: -1 when it does not name it
 * (url_match()), else url_closeness(). The placement's URL is taken apart
 * here, and only when it may match.
 */
static int
url_hit(const struct lookup_item *item, const struct url_parts *q, int *rc)
{
	if (!item->pub.url || !url_may_match(item->pub.url, q))
		return -1;
	struct url_parts parts = { 0 };
	*rc = url_parts_read(&parts, item->pub.url);
	int hit = *rc == CAMPAIGN_OK && url_match(&parts, q) ? url_closeness(&parts, q) : -1;
	url_parts_free(&parts);
	return hit;
}

/*
 * Whether queries of one kind have come often enough (URL_INDEX_AFTER) for
 * their index to pay: one `campaign resolve` never makes one. The count
 * changes under a const lookup, through GLib's atomics.
 */
static int
queries_repeat(int *count)
{
	if (g_atomic_int_get(count) >= URL_INDEX_AFTER)
		return 1;
	g_atomic_int_inc(count);
	return 0;
}

/*
 * The index of every placement's utm_* pairs (lookup_index.h). A URL that
 * cannot be taken apart is checked by every query, as the full scan would.
 * @return NULL when out of memory: the queries then read every placement.
 */
static struct lookup_index *
url_index_make(const campaign_lookup *l)
{
	struct lookup_index *ix = l->count < UINT32_MAX ? campaign__lookup_index_new() : NULL;
	int rc = ix ? CAMPAIGN_OK : CAMPAIGN_ENOMEM;
	for (size_t i = 0; rc == CAMPAIGN_OK && i < l->count; i++) {
		const char *url = l->items[i].pub.url;
		if (!url)
			continue; /* never a URL query's */
		struct url_parts parts = { 0 };
		rc = url_parts_read(&parts, url) == CAMPAIGN_OK
		         ? campaign__lookup_index_add(ix, (uint32_t)i, parts.utm, parts.utm_count)
		         : campaign__lookup_index_add_always(ix, (uint32_t)i);
		url_parts_free(&parts);
	}
	if (rc == CAMPAIGN_OK)
		rc = campaign__lookup_index_finish(ix);
	if (rc) {
		campaign__lookup_index_free(ix);
		return NULL;
	}
	return ix;
}

/*
 * The URL index once URL queries repeat, else NULL (read every placement).
 * Threads may ask at once: the count is atomic, and the index made once.
 */
static const struct lookup_index *
url_index(const campaign_lookup *l)
{
	campaign_lookup *shared = (campaign_lookup *)l;
	if (!queries_repeat(&shared->url_queries))
		return NULL;
	if (g_once_init_enter(&shared->url_index_made)) {
		shared->url_index = url_index_make(l);
		g_once_init_leave(&shared->url_index_made, 1);
	}
	return shared->url_index;
}

/* The phone index once phone queries repeat, as url_index() makes the URLs'; else NULL. */
static const struct lookup_phones *
phone_index(const campaign_lookup *l)
{
	campaign_lookup *shared = (campaign_lookup *)l;
	if (!queries_repeat(&shared->phone_queries))
		return NULL;
	if (g_once_init_enter(&shared->phone_index_made)) {
		shared->phone_index = campaign__lookup_phones_new(l);
		g_once_init_leave(&shared->phone_index_made, 1);
	}
	return shared->phone_index;
}

/*
 * Whether an item's number is the query's: their keys are equal
 * (lookup_phones.h), so the scan and the phone index find the same.
 */
static int
phone_match(const campaign_lookup *l, const char *item_phone, const char *query_key)
{
	char key[PHONE_KEY_MAX];
	return item_phone && query_key && campaign__phone_key(l->has_rules, item_phone, key) == 0 &&
	       strcmp(key, query_key) == 0;
}

static campaign_query_kind
public_kind(enum id_query_kind kind)
{
	return kind == ID_QUERY_URL     ? CAMPAIGN_QUERY_URL
	     : kind == ID_QUERY_PHONE   ? CAMPAIGN_QUERY_PHONE
	                                : CAMPAIGN_QUERY_HASHTAG;
}

/* The query's URL taken apart; a bare query string, as analytics reports show it, is read as one. */
static int
query_url_parts(struct url_parts *parts, const char *text, campaign_diags *diags)
{
	const char *url = text;
	struct strbuf as_query;
	campaign__strbuf_init(&as_query, 0);
	if (!strchr(text, '?') && !strstr(text, "://") && strchr(text, '=')) {
		campaign__strbuf_addc(&as_query, '?');
		campaign__strbuf_adds(&as_query, text);
		if (as_query.status != CAMPAIGN_OK) {
			campaign__strbuf_free(&as_query);
			return CAMPAIGN_ENOMEM;
		}
		url = campaign__strbuf_cstr(&as_query);
	}
	int rc = url_parts_read(parts, url);
	campaign__strbuf_free(&as_query);
	const char *host = strstr(text, "://");
	if (rc == CAMPAIGN_OK && host && strchr("/?#", host[3])) {
		/* "https://" alone, or "https:///x": what is missing is the site, not the parameters. */
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "the URL has no host after '://': %s", text);
		rc = CAMPAIGN_EINVALID;
	} else if (rc == CAMPAIGN_OK && parts->utm_count == 0) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "the URL has no utm_ parameters to match: %s", text);
		rc = CAMPAIGN_EINVALID;
	}
	return rc;
}

/* An earlier issue whose placement already matched with what it carries now. */
static int
superseded(const campaign_lookup_entry *e, const campaign_lookup_entry *const *matches, size_t n)
{
	for (size_t i = 0; e->reissued && i < n; i++)
		if (!matches[i]->released && strcmp(matches[i]->id, e->id) == 0)
			return 1;
	return 0;
}

/* What campaign_lookup_find() carries from one placement to the next. */
struct find_state {
	const campaign_lookup *l;
	const struct id_query *q;
	const struct url_parts *qurl;
	const char *phone_key; /* the phone query's key, or NULL: it names no number */
	const campaign_lookup_entry **matches;
	size_t max;
	size_t *count;
	int *rc;
	int best; /* a URL keeps only the placements it is closest to the link of (url_closeness()) */
};

/*
 * One placement against the query, in ascending order: the full scan and
 * the URL index's candidates run the same steps, so they find the same.
 */
static void
find_consider(struct find_state *st, const struct lookup_item *item)
{
	const struct id_query *q = st->q;
	int closeness = q->kind == ID_QUERY_URL ? url_hit(item, st->qurl, st->rc) : 0;
	int hit = q->kind == ID_QUERY_URL   ? closeness >= 0
	        : q->kind == ID_QUERY_PHONE ? phone_match(st->l, item->pub.phone, st->phone_key)
	                                    : item->pub.hashtag && campaign_hashtag_equal(item->pub.hashtag, q->text);
	size_t *count = st->count;
	if (!hit || superseded(&item->pub, st->matches, *count < st->max ? *count : st->max))
		return;
	if (q->kind == ID_QUERY_URL) {
		if (closeness < st->best)
			return;
		if (closeness > st->best) {
			st->best = closeness;
			*count = 0;
		}
	}
	if (*count < st->max)
		st->matches[*count] = &item->pub;
	(*count)++;
}

int
campaign_lookup_find(const campaign_lookup_entry **matches, size_t max, size_t *count,
                     campaign_query_kind *kind_out, const campaign_lookup *l, const char *query,
                     campaign_diags *diags)
{
	*count = 0;
	int rc = CAMPAIGN_OK;
	int is_short = campaign__lookup_short(l, query, matches, max, count, &rc, diags);
	if (is_short) {
		if (kind_out)
			*kind_out = CAMPAIGN_QUERY_SHORT;
		return is_short < 0 ? CAMPAIGN_ENOMEM : rc;
	}
	struct id_query q;
	rc = campaign__id_query_read(&q, query);
	if (rc == CAMPAIGN_OK && q.kind == ID_QUERY_NONE) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0, "%s",
		                   q.why);
		rc = CAMPAIGN_EINVALID;
	}
	if (rc) {
		campaign__id_query_free(&q);
		return rc;
	}
	if (kind_out)
		*kind_out = public_kind(q.kind);
	struct url_parts qurl = { 0 };
	campaign_buf normalized = CAMPAIGN_BUF_INIT;
	if (q.kind == ID_QUERY_URL)
		rc = query_url_parts(&qurl, q.text, diags);
	else if (q.kind == ID_QUERY_PHONE && l->has_rules)
		rc = campaign_phone_normalize(&normalized, q.text, &l->rules, diags);
	char key[PHONE_KEY_MAX];
	int has_key = rc == CAMPAIGN_OK && q.kind == ID_QUERY_PHONE &&
	              campaign__phone_key(l->has_rules, l->has_rules ? normalized.ptr : q.digits, key) == 0;
	struct find_state st = { .l = l, .q = &q, .qurl = &qurl, .phone_key = has_key ? key : NULL,
	                         .matches = matches, .max = max, .count = count, .rc = &rc };
	const struct lookup_index *ix = rc == CAMPAIGN_OK && q.kind == ID_QUERY_URL ? url_index(l) : NULL;
	const struct lookup_phones *phones = has_key ? phone_index(l) : NULL;
	if (phones) {
		struct lookup_phones_walk w;
		campaign__lookup_phones_walk(&w, phones, key);
		for (size_t i = 0; rc == CAMPAIGN_OK && campaign__lookup_phones_next(&w, &i);)
			find_consider(&st, &l->items[i]);
	} else if (ix) {
		struct lookup_index_walk w;
		campaign__lookup_index_walk(&w, ix, qurl.utm, qurl.utm_count);
		for (size_t i = 0; rc == CAMPAIGN_OK && campaign__lookup_index_next(&w, &i);)
			find_consider(&st, &l->items[i]);
	} else {
		for (size_t i = 0; rc == CAMPAIGN_OK && i < l->count; i++)
			find_consider(&st, &l->items[i]);
	}
	url_parts_free(&qurl);
	campaign_buf_dispose(&normalized);
	campaign__id_query_free(&q);
	if (rc == CAMPAIGN_OK && *count == 0) {
		rc = CAMPAIGN_ENOTFOUND;
		if (campaign__lookup_short_hint(l, query, diags) && kind_out)
			*kind_out = CAMPAIGN_QUERY_SHORT;
	}
	return rc;
}
