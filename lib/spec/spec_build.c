/*
 * A spec built in code: campaign_spec_new() and the calls that add to it fill
 * the same model the YAML loader fills, checked by the loader's rules as each
 * piece arrives, so a program that has no YAML gets the same identifiers and
 * the same diagnostics (without a file or position: the problem is in the
 * caller's values, not in a file).
 *
 * Every call checks everything first and copies only then, so a call that
 * fails leaves the spec as it was (at most some unreachable bytes in its
 * arena).
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "campaign/phone.h"
#include "campaign/status.h"
#include "core/options.h"
#include "core/versions.h"
#include "spec/spec_ids.h"
#include "spec/spec_load.h"
#include "ids/phone_internal.h"
#include "ids/url.h"
#include "util/suggest.h"
#include "util/utf8.h"
#include "util/date.h"
#include "text/unichar.h"

/* The caller's struct as this version of it; 0, or -1 for an unknown version. */
#define TAKE(local, given, defaults, sizes) \
	campaign__options_copy(&(local), (given), &(defaults), (sizes), CAMPAIGN__VERSIONS(sizes))

/* Reports without a position: a node at line 0 is "no position" for the schema helpers. */
static const struct yaml_node nowhere;

struct check {
	struct schema s;
	const char *what; /* "event 'rally'", for messages */
};

static void
check_init(struct check *c, campaign_spec *spec, campaign_diags *diags, const char *what)
{
	memset(c, 0, sizeof(*c));
	c->s.diags = diags;
	c->s.arena = &spec->arena;
	c->what = what;
}

static int CAMPAIGN_PRINTF(2, 3)
fail(campaign_diags *diags, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char msg[1024];
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0, "%s",
	                   msg);
	return CAMPAIGN_EINVALID;
}

/* A string the caller gives: UTF-8 and no longer than a YAML value may be. */
static void
check_text(struct check *c, const char *key, const char *value, int required)
{
	if (!value) {
		if (required)
			campaign__schema_error(&c->s, &nowhere, "missing required '%s' in %s", key,
			                       c->what);
		return;
	}
	size_t len = strlen(value);
	if (required && len == 0)
		campaign__schema_error(&c->s, &nowhere, "'%s' must not be empty in %s", key,
		                       c->what);
	else if (len > YAML_DOC_MAX_SCALAR)
		campaign__schema_error(&c->s, &nowhere, "'%s' is longer than %zu bytes in %s", key,
		                       YAML_DOC_MAX_SCALAR, c->what);
	else if (campaign__utf8_validate(value, len) != len)
		campaign__schema_error(&c->s, &nowhere, "'%s' is not valid UTF-8 in %s", key,
		                       c->what);
	else {
		/* The YAML and CSV readers refuse these where they stand; a program gets the same rule. */
		uint32_t cp;
		if (campaign__unichar_find(value, len, UNICHAR_BIDI_CONTROL, &cp) >= 0) {
			char name[UNICHAR_DESCRIBE_MAX];
			campaign__schema_error(&c->s, &nowhere, "'%s' has %s in %s: %s", key,
			                       campaign__unichar_describe(cp, name), c->what,
			                       campaign__unichar_why(campaign__unichar_hazard(cp)));
		}
	}
}

struct landing_warning {
	struct check *c;
	const char *key;
};

static void
warn_landing(void *ctx, const char *message)
{
	const struct landing_warning *w = ctx;
	campaign__schema_warning(&w->c->s, &nowhere, "landing URL in '%s' of %s: %s", w->key,
	                         w->c->what, message);
}

static void
check_landing(struct check *c, const char *key, const char *url)
{
	struct url_error err;
	struct landing_warning w = { c, key };
	int rc = url ? campaign__url_check_landing(url, &err, warn_landing, &w) : CAMPAIGN_OK;
	if (rc == CAMPAIGN_ENOMEM)
		campaign__schema_nomem(&c->s);
	else if (rc)
		campaign__schema_error(&c->s, &nowhere, "bad landing URL in '%s' of %s: %s", key,
		                       c->what, err.message);
}

static const char *
copy(campaign_spec *spec, const char *text, int *nomem)
{
	if (!text)
		return NULL;
	const char *dup = campaign__arena_strdup(&spec->arena, text);
	if (!dup)
		*nomem = 1;
	return dup;
}

int
campaign_spec_options_init(campaign_spec_options *opts, unsigned int version)
{
	static const campaign_spec_options init = CAMPAIGN_SPEC_OPTIONS_INIT;
	return campaign__struct_init(opts, version, &init, campaign__sizes_spec_options,
	                             CAMPAIGN__VERSIONS(campaign__sizes_spec_options));
}

int
campaign_spec_hashtag_init(campaign_spec_hashtag *hashtag, unsigned int version)
{
	static const campaign_spec_hashtag init = CAMPAIGN_SPEC_HASHTAG_INIT;
	return campaign__struct_init(hashtag, version, &init, campaign__sizes_spec_hashtag,
	                             CAMPAIGN__VERSIONS(campaign__sizes_spec_hashtag));
}

int
campaign_spec_phones_init(campaign_spec_phones *phones, unsigned int version)
{
	static const campaign_spec_phones init = CAMPAIGN_SPEC_PHONES_INIT;
	return campaign__struct_init(phones, version, &init, campaign__sizes_spec_phones,
	                             CAMPAIGN__VERSIONS(campaign__sizes_spec_phones));
}

int
campaign_event_init(campaign_event *event, unsigned int version)
{
	static const campaign_event init = CAMPAIGN_EVENT_INIT;
	return campaign__struct_init(event, version, &init, campaign__sizes_event,
	                             CAMPAIGN__VERSIONS(campaign__sizes_event));
}

int
campaign_placement_init(campaign_placement *placement, unsigned int version)
{
	static const campaign_placement init = CAMPAIGN_PLACEMENT_INIT;
	return campaign__struct_init(placement, version, &init, campaign__sizes_placement,
	                             CAMPAIGN__VERSIONS(campaign__sizes_placement));
}

static void
check_campaign(struct check *c, const char *name, const campaign_spec_options *o)
{
	check_text(c, "name", name, 1);
	const char *const fields[][2] = {
		{ "slug", o->slug },
		{ "language", o->language },
		{ "landing", o->landing },
		{ "utm_campaign", o->utm_campaign },
		{ "utm_id", o->utm_id },
		{ "utm_source_platform", o->utm_source_platform },
		{ "utm_creative_format", o->utm_creative_format },
		{ "utm_marketing_tactic", o->utm_marketing_tactic },
		{ "ledger", o->ledger },
		{ "base_dir", o->base_dir },
	};
	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		check_text(c, fields[i][0], fields[i][1], 0);
	if (c->s.status)
		return;
	const char *why = o->slug ? campaign__id_problem(o->slug) : NULL;
	if (why)
		campaign__schema_error(&c->s, &nowhere, "'slug' is not a safe file name: %s", why);
	if (o->language && !campaign__spec_language_valid(o->language))
		campaign__schema_error(
		        &c->s, &nowhere,
		        "'language' must be a language tag such as ru, en or ar-EG, not '%.*s'",
		        CAMPAIGN__UTF8_CUT(o->language, 32));
	check_landing(c, "landing", o->landing);
	if (o->ledger && !o->ledger[0])
		campaign__schema_error(&c->s, &nowhere, "'ledger' must not be empty");
}

/* The defaults a YAML spec gets for the blocks it leaves out (spec_campaign.c). */
static void
set_defaults(campaign_spec *spec)
{
	spec->conventions.lowercase = 1;
	spec->conventions.separator = "_";
	spec->conventions.transliterate = 1;
	spec->hashtag.from = "{{event.title}}";
	spec->hashtag.max_length = CAMPAIGN_HASHTAG_DEFAULT_MAX_LENGTH;
	spec->phones.quarantine_days = 90;
}

int
campaign_spec_new(campaign_spec **out, const char *name, const campaign_spec_options *opts,
		  campaign_diags *diags)
{
	static const campaign_spec_options defaults = CAMPAIGN_SPEC_OPTIONS_INIT;
	if (!out)
		return fail(diags, "campaign_spec_new: out is NULL");
	*out = NULL;
	campaign_spec_options o;
	if (TAKE(o, opts, defaults, campaign__sizes_spec_options))
		return fail(diags, "campaign_spec_new: options of unknown version %u", opts->version);
	opts = &o;
	campaign_spec *spec = campaign__spec_alloc();
	if (!spec)
		return CAMPAIGN_ENOMEM;
	struct check c;
	check_init(&c, spec, diags, "the campaign");
	check_campaign(&c, name, opts);
	int nomem = 0;
	if (c.s.status == CAMPAIGN_OK) {
		set_defaults(spec);
		spec->base_dir = copy(spec, opts->base_dir ? opts->base_dir : ".", &nomem);
		spec->name = copy(spec, name, &nomem);
		spec->language = copy(spec, opts->language ? opts->language : "en", &nomem);
		spec->landing = copy(spec, opts->landing, &nomem);
		spec->utm_campaign = copy(spec, opts->utm_campaign, &nomem);
		spec->utm_id = copy(spec, opts->utm_id, &nomem);
		spec->utm_source_platform = copy(spec, opts->utm_source_platform, &nomem);
		spec->utm_creative_format = copy(spec, opts->utm_creative_format, &nomem);
		spec->utm_marketing_tactic = copy(spec, opts->utm_marketing_tactic, &nomem);
		spec->ledger = copy(spec, opts->ledger, &nomem);
		if (opts->slug)
			spec->slug = copy(spec, opts->slug, &nomem);
		else if (!nomem)
			spec->slug = campaign__spec_slug_from_name(spec, &c.s, name);
		spec->slug_given = opts->slug != NULL;
		if (!nomem && !spec->slug && c.s.status == CAMPAIGN_OK)
			campaign__schema_error(
			        &c.s, &nowhere,
			        "cannot make a slug from the name '%.*s'; set 'slug'",
			        CAMPAIGN__UTF8_CUT(name, 64));
	}
	int rc = nomem ? CAMPAIGN_ENOMEM : c.s.status;
	if (rc) {
		campaign_spec_free(spec);
		return rc;
	}
	*out = spec;
	return CAMPAIGN_OK;
}

int
campaign_spec_set_conventions(campaign_spec *spec, const campaign_utm_conventions *conv,
			      campaign_diags *diags)
{
	static const campaign_utm_conventions defaults = CAMPAIGN_UTM_CONVENTIONS_INIT;
	if (!spec)
		return fail(diags, "campaign_spec_set_conventions: spec is NULL");
	campaign_utm_conventions known;
	if (TAKE(known, conv, defaults, campaign__sizes_utm_conventions))
		return fail(diags, "campaign_spec_set_conventions: conventions of unknown version %u",
		            conv->version);
	conv = &known;
	const char *sep = conv->separator ? conv->separator : "_";
	if (strlen(sep) != 1 || !strchr("_-.~", sep[0]))
		return fail(
		        diags,
		        "'separator' must be one of _ - . ~ (characters a URL keeps as they are)");
	static const char *const separators[] = { "_", "-", ".", "~" };
	spec->conventions.lowercase = conv->lowercase != 0;
	spec->conventions.separator = separators[strchr("_-.~", sep[0]) - "_-.~"];
	spec->conventions.transliterate = conv->transliterate != 0;
	return CAMPAIGN_OK;
}

int
campaign_spec_set_allowed(campaign_spec *spec, campaign_spec_utm_field field,
			  const char *const *values, size_t count, campaign_diags *diags)
{
	/* The public enum and the model's index are one order; keep them so. */
	static const enum utm_field model[] = {
		[CAMPAIGN_SPEC_UTM_SOURCE] = UTM_SOURCE,
		[CAMPAIGN_SPEC_UTM_MEDIUM] = UTM_MEDIUM,
		[CAMPAIGN_SPEC_UTM_CAMPAIGN] = UTM_CAMPAIGN,
		[CAMPAIGN_SPEC_UTM_CONTENT] = UTM_CONTENT,
		[CAMPAIGN_SPEC_UTM_TERM] = UTM_TERM,
	};
	static const char *const names[] = { "source", "medium", "campaign", "content", "term" };
	if (!spec)
		return fail(diags, "campaign_spec_set_allowed: spec is NULL");
	if ((unsigned)field >= sizeof(model) / sizeof(model[0]))
		return fail(diags, "campaign_spec_set_allowed: unknown UTM field %d", (int)field);
	if (count && !values)
		return fail(diags, "campaign_spec_set_allowed: values is NULL");
	char what[64];
	snprintf(what, sizeof(what), "the allowed values of '%s'", names[field]);
	struct check c;
	check_init(&c, spec, diags, what);
	for (size_t i = 0; i < count; i++)
		check_text(&c, "value", values[i], 1);
	if (c.s.status)
		return c.s.status;
	struct spec_allowed *a = &spec->conventions.allowed[model[field]];
	const char **list = NULL;
	if (count) {
		list = campaign__arena_alloc(&spec->arena, (count + 1) * sizeof(*list));
		int nomem = !list;
		for (size_t i = 0; !nomem && i < count; i++)
			list[i] = copy(spec, values[i], &nomem);
		if (nomem)
			return CAMPAIGN_ENOMEM;
	}
	a->values = list;
	a->count = count;
	return CAMPAIGN_OK;
}

int
campaign_spec_set_hashtag(campaign_spec *spec, const campaign_spec_hashtag *h,
			  campaign_diags *diags)
{
	static const campaign_spec_hashtag defaults = CAMPAIGN_SPEC_HASHTAG_INIT;
	if (!spec)
		return fail(diags, "campaign_spec_set_hashtag: spec is NULL");
	campaign_spec_hashtag known;
	if (TAKE(known, h, defaults, campaign__sizes_spec_hashtag))
		return fail(diags, "campaign_spec_set_hashtag: hashtag block of unknown version %u",
		            h->version);
	h = &known;
	struct check c;
	check_init(&c, spec, diags, "hashtag");
	if ((unsigned)h->scope > CAMPAIGN_SPEC_HASHTAG_PLACEMENT)
		campaign__schema_error(&c.s, &nowhere, "'scope' must be event or placement");
	if ((unsigned)h->style > CAMPAIGN_HASHTAG_STYLE_LOWER)
		campaign__schema_error(&c.s, &nowhere, "'style' must be camel or lower");
	if ((unsigned)h->script > CAMPAIGN_HASHTAG_SCRIPT_LATIN)
		campaign__schema_error(&c.s, &nowhere, "'script' must be keep or latin");
	/* As the loader: 139 is X's limit less the '#'; 2 so a suffix still leaves a letter. */
	if (h->max_length < 2 || h->max_length > 139)
		campaign__schema_error(&c.s, &nowhere,
		                       "'max_length' must be from 2 to 139, not %zu",
		                       h->max_length);
	check_text(&c, "from", h->from, 0);
	check_text(&c, "taken", h->taken, 0);
	if (h->taken && !h->taken[0])
		campaign__schema_error(&c.s, &nowhere, "'taken' must not be empty");
	if (h->from && c.s.status == CAMPAIGN_OK)
		campaign__spec_check_hashtag_from(&c.s, &nowhere, h->from,
		                                  h->scope == CAMPAIGN_SPEC_HASHTAG_PLACEMENT);
	if (c.s.status)
		return c.s.status;
	int nomem = 0;
	const char *from = h->from ? copy(spec, h->from, &nomem) : "{{event.title}}";
	const char *taken = copy(spec, h->taken, &nomem);
	if (nomem)
		return CAMPAIGN_ENOMEM;
	struct spec_hashtag *m = &spec->hashtag;
	m->from = from;
	m->taken = taken;
	m->scope = h->scope == CAMPAIGN_SPEC_HASHTAG_PLACEMENT ? HASHTAG_SCOPE_PLACEMENT
	                                                       : HASHTAG_SCOPE_EVENT;
	m->style = h->style == CAMPAIGN_HASHTAG_STYLE_LOWER ? HASHTAG_STYLE_LOWER
	                                                    : HASHTAG_STYLE_CAMEL;
	m->script = h->script == CAMPAIGN_HASHTAG_SCRIPT_LATIN ? HASHTAG_SCRIPT_LATIN
	                                                       : HASHTAG_SCRIPT_KEEP;
	m->max_length = h->max_length;
	return CAMPAIGN_OK;
}

static int
cmp_strings(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Normalizes every pool entry (reporting each bad one) and reports numbers given twice. */
static int
check_pool(const campaign_spec_phones *p, const campaign_phone_rules *rules, campaign_diags *diags)
{
	char **e164 = calloc(p->pool_count + 1, sizeof(*e164));
	if (!e164)
		return CAMPAIGN_ENOMEM;
	int rc = CAMPAIGN_OK;
	size_t n = 0;
	for (size_t i = 0; i < p->pool_count; i++) {
		campaign_buf b = CAMPAIGN_BUF_INIT;
		int one = p->pool[i] ? campaign_phone_normalize(&b, p->pool[i], rules, diags)
		                     : fail(diags, "pool entry %zu is NULL", i + 1);
		if (one) {
			if (rc == CAMPAIGN_OK || one == CAMPAIGN_ENOMEM)
				rc = one;
			continue;
		}
		e164[n++] = b.ptr; /* now owned by e164, freed below */
	}
	qsort(e164, n, sizeof(*e164), cmp_strings);
	for (size_t i = 1; i < n; i++)
		if (strcmp(e164[i - 1], e164[i]) == 0 &&
		    (i < 2 || strcmp(e164[i - 2], e164[i]) != 0))
			rc = fail(diags, "%s is in the pool twice", e164[i]);
	for (size_t i = 0; i < n; i++)
		free(e164[i]);
	free(e164);
	return rc;
}

int
campaign_spec_set_phones(campaign_spec *spec, const campaign_spec_phones *p, campaign_diags *diags)
{
	static const campaign_spec_phones defaults = CAMPAIGN_SPEC_PHONES_INIT;
	if (!spec || !p)
		return fail(diags, "campaign_spec_set_phones: spec or phones is NULL");
	campaign_spec_phones known;
	if (TAKE(known, p, defaults, campaign__sizes_spec_phones))
		return fail(diags, "campaign_spec_set_phones: phones block of unknown version %u",
		            p->version);
	p = &known;
	struct check c;
	check_init(&c, spec, diags, "phones");
	if (p->country_code < 1 || p->country_code > 999)
		campaign__schema_error(&c.s, &nowhere,
		                       "'country_code' must be from 1 to 999, not %u",
		                       p->country_code);
	const char *tp = p->trunk_prefix;
	if (tp && !campaign__phone_trunk_prefix_valid(tp))
		campaign__schema_error(
		        &c.s, &nowhere,
		        "'trunk_prefix' must be 1 to 3 digits, such as \"8\" or \"0\"");
	check_text(&c, "display", p->display, 0);
	if (p->quarantine_days > 3650)
		campaign__schema_error(&c.s, &nowhere,
		                       "'quarantine_days' must be from 0 to 3650, not %u",
		                       p->quarantine_days);
	if (p->pool_count == 0 || !p->pool)
		campaign__schema_error(&c.s, &nowhere, "the phone pool is empty");
	if (c.s.status)
		return c.s.status;
	campaign_phone_rules rules = CAMPAIGN_PHONE_RULES_INIT;
	rules.country_code = p->country_code;
	rules.trunk_prefix = tp;
	int rc = CAMPAIGN_OK;
	if (p->display)
		rc = campaign_phone_mask_check(p->display, &rules, NULL, 0, 0, diags);
	int pool_rc = check_pool(p, &rules, diags);
	if (rc == CAMPAIGN_OK || pool_rc == CAMPAIGN_ENOMEM)
		rc = pool_rc;
	if (rc)
		return rc;
	int nomem = 0;
	struct spec_pool_entry *pool =
	        campaign__arena_alloc(&spec->arena, (p->pool_count + 1) * sizeof(*pool));
	nomem = !pool;
	for (size_t i = 0; !nomem && i < p->pool_count; i++)
		pool[i].text = copy(spec, p->pool[i], &nomem);
	const char *trunk = copy(spec, tp, &nomem);
	const char *display = copy(spec, p->display, &nomem);
	if (nomem)
		return CAMPAIGN_ENOMEM;
	struct spec_phones *m = &spec->phones;
	m->present = 1;
	m->country_code = p->country_code;
	m->trunk_prefix = trunk;
	m->display = display;
	m->quarantine_days = p->quarantine_days;
	m->pool = pool;
	m->pool_count = p->pool_count;
	return CAMPAIGN_OK;
}

/* Names an item in messages: "event 'rally'" or "the event" when it has no usable id. */
static const char *
item_name(char *buf, size_t size, const char *kind, const char *id)
{
	if (id && strlen(id) <= SPEC_ID_MAX &&
	    campaign__utf8_validate(id, strlen(id)) == strlen(id))
		snprintf(buf, size, "%s '%s'", kind, id);
	else
		snprintf(buf, size, "the %s", kind);
	return buf;
}

static void
check_id(struct check *c, const char *kind, const char *id)
{
	const char *why = id ? campaign__id_problem(id) : NULL;
	if (why)
		campaign__schema_error(&c->s, &nowhere, "%s id '%.*s' is not a safe file name: %s",
		                       kind, CAMPAIGN__UTF8_CUT(id, 64), why);
}

int
campaign_spec_add_event(campaign_spec *spec, const campaign_event *ev, campaign_diags *diags)
{
	static const campaign_event defaults = CAMPAIGN_EVENT_INIT;
	if (!spec || !ev)
		return fail(diags, "campaign_spec_add_event: spec or event is NULL");
	campaign_event known;
	if (TAKE(known, ev, defaults, campaign__sizes_event))
		return fail(diags, "campaign_spec_add_event: event of unknown version %u", ev->version);
	ev = &known;
	char what[96];
	struct check c;
	check_init(&c, spec, diags, item_name(what, sizeof(what), "event", ev->id));
	check_text(&c, "id", ev->id, 1);
	check_text(&c, "title", ev->title, 1);
	check_text(&c, "date", ev->date, 1);
	check_text(&c, "time", ev->time, 0);
	check_text(&c, "venue", ev->venue, 0);
	check_text(&c, "landing", ev->landing, 0);
	check_text(&c, "hashtag", ev->hashtag, 0);
	if (c.s.status)
		return c.s.status;
	check_id(&c, "event", ev->id);
	size_t same = campaign__id_index_find(&spec->event_index, ev->id);
	if (same != SIZE_MAX)
		campaign__schema_error(&c.s, &nowhere,
		                       strcmp(ev->id, spec->events[same].pub.id) != 0
		                               ? "event id '%s' differs from '%s' only in case, and ids must "
		                                 "be unique ignoring case"
		                               : "duplicate event id '%s'; the same as '%s'",
		                       ev->id, spec->events[same].pub.id);
	if (!campaign__date_valid(ev->date))
		campaign__spec_date_error(&c.s, &nowhere, ev->date);
	if (ev->time && !campaign__time_of_day_valid(ev->time))
		campaign__schema_error(&c.s, &nowhere,
		                       "'time' must be a 24-hour time written HH:MM, not '%.*s'",
		                       CAMPAIGN__UTF8_CUT(ev->time, 32));
	check_landing(&c, "landing", ev->landing);
	if (c.s.status)
		return c.s.status;

	int nomem = 0;
	struct spec_event copied;
	memset(&copied, 0, sizeof(copied));
	campaign_event *e = &copied.pub;
	e->version = CAMPAIGN_EVENT_VERSION;
	e->id = copy(spec, ev->id, &nomem);
	e->title = copy(spec, ev->title, &nomem);
	e->date = copy(spec, ev->date, &nomem);
	e->time = copy(spec, ev->time, &nomem);
	e->venue = copy(spec, ev->venue, &nomem);
	e->landing = copy(spec, ev->landing, &nomem);
	e->hashtag = copy(spec, ev->hashtag, &nomem);
	if (nomem || campaign__id_index_reserve(&spec->event_index, 1))
		return CAMPAIGN_ENOMEM;
	struct spec_event *events = realloc(spec->events, (spec->event_count + 1) * sizeof(*events));
	if (!events)
		return CAMPAIGN_ENOMEM;
	spec->events = events;
	spec->events[spec->event_count] = copied;
	campaign__id_index_add(&spec->event_index, spec->event_count); /* reserved: cannot fail */
	spec->event_count++;
	return CAMPAIGN_OK;
}

/*
 * Indexes the placements not in the index yet: the loader's ones the first
 * time a placement is added in code. Then makes room for one more.
 */
static int
index_placements(campaign_spec *spec)
{
	while (spec->placements_indexed < spec->placement_count) {
		if (campaign__id_index_add(&spec->placement_index, spec->placements_indexed))
			return -1;
		spec->placements_indexed++;
	}
	return campaign__id_index_reserve(&spec->placement_index, 1);
}

/* utm_* keys that have their own field, so a param must not set them (as the loader). */
static const char *const utm_param_keys[] = {
	"utm_source",
	"utm_medium",
	"utm_campaign",
	"utm_id",
	"utm_term",
	"utm_content",
	"utm_source_platform",
	"utm_creative_format",
	"utm_marketing_tactic",
};

static void
check_params(struct check *c, const campaign_param *params, size_t n, const char *what)
{
	if (n && !params) {
		campaign__schema_error(&c->s, &nowhere, "'%s' is NULL with a count of %zu in %s",
		                       what, n, c->what);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		const char *key = params[i].key;
		check_text(c, what, key, 1);
		check_text(c, what, params[i].value, 0);
		if (!key)
			continue;
		for (size_t k = 0; k < sizeof(utm_param_keys) / sizeof(utm_param_keys[0]); k++)
			if (strcmp(what, "params") == 0 && strcasecmp(key, utm_param_keys[k]) == 0)
				campaign__schema_error(
				        &c->s, &nowhere,
				        "'%s' has its own field; set it instead of a param in %s",
				        utm_param_keys[k], c->what);
		for (size_t j = 0; j < i; j++)
			if (params[j].key && strcmp(params[j].key, key) == 0) {
				campaign__schema_error(&c->s, &nowhere,
				                       "'%.*s' is given twice in the %s of %s",
				                       CAMPAIGN__UTF8_CUT(key, 64), what, c->what);
				break;
			}
	}
}

static void
check_event_ref(struct check *c, const campaign_spec *spec, const char *event)
{
	if (campaign_spec_find_event(spec, event))
		return;
	struct suggester near;
	campaign__suggester_init(&near, event);
	for (size_t i = 0; i < spec->event_count; i++)
		if (spec->events[i].pub.id)
			campaign__suggester_offer(&near, spec->events[i].pub.id);
	const char *hint = campaign__suggester_best(&near);
	if (hint)
		campaign__schema_error(&c->s, &nowhere,
		                       "unknown event '%.*s' in %s; did you mean '%s'?",
		                       CAMPAIGN__UTF8_CUT(event, 64),
		                       c->what, hint);
	else if (spec->event_count == 0)
		campaign__schema_error(&c->s, &nowhere,
		                       "unknown event '%.*s' in %s; add the event first",
		                       CAMPAIGN__UTF8_CUT(event, 64),
		                       c->what);
	else
		campaign__schema_error(&c->s, &nowhere, "unknown event '%.*s' in %s",
		                       CAMPAIGN__UTF8_CUT(event, 64),
		                       c->what);
}

static void
check_placement(struct check *c, campaign_spec *spec, const campaign_placement *p)
{
	const char *const texts[][2] = {
		{ "content", p->content },
		{ "term", p->term },
		{ "source_platform", p->source_platform },
		{ "creative_format", p->creative_format },
		{ "marketing_tactic", p->marketing_tactic },
		{ "landing", p->landing },
		{ "template_name", p->template_name },
		{ "hashtag", p->hashtag },
		{ "rows_file", p->rows_file },
		{ "cost", p->cost },
	};
	check_text(c, "id", p->id, 1);
	check_text(c, "event", p->event, 0);
	check_text(c, "source", p->source, 1);
	check_text(c, "medium", p->medium, 1);
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		check_text(c, texts[i][0], texts[i][1], 0);
	check_params(c, p->params, p->param_count, "params");
	check_params(c, p->row, p->row_count, "row");
	if (c->s.status)
		return;
	check_id(c, "placement", p->id);
	const char *const all[] = { p->id,
		                    p->event,
		                    p->source,
		                    p->medium,
		                    p->content,
		                    p->term,
		                    p->source_platform,
		                    p->creative_format,
		                    p->marketing_tactic,
		                    p->landing,
		                    p->template_name };
	for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++)
		if (all[i] && strstr(all[i], "{{")) {
			campaign__schema_error(&c->s, &nowhere,
			                       "'%.*s' has a '{{' placeholder in %s; fill the "
			                       "value in before adding it",
			                       CAMPAIGN__UTF8_CUT(all[i], 64), c->what);
			break;
		}
	if (p->event)
		check_event_ref(c, spec, p->event);
	const campaign_event *ev = campaign_spec_find_event(spec, p->event);
	check_landing(c, "landing", p->landing);
	if ((ev || !p->event) && !p->landing && !(ev && ev->landing) && !spec->landing)
		campaign__schema_error(&c->s, &nowhere,
		                       "no landing URL for %s: set 'landing' in the placement, its "
		                       "event or the campaign",
		                       c->what);
	if (p->phone && !spec->phones.present)
		campaign__schema_error(&c->s, &nowhere,
		                       "'phone' in %s needs campaign_spec_set_phones() first",
		                       c->what);
	if (p->qr < -1 || p->qr > 1)
		campaign__schema_error(&c->s, &nowhere,
		                       "'qr' must be 0, 1 or -1 (the default), not %d in %s", p->qr,
		                       c->what);
	if (p->image_format != CAMPAIGN_IMAGE_PNG && p->image_format != CAMPAIGN_IMAGE_JPEG)
		campaign__schema_error(&c->s, &nowhere,
		                       "'image_format' must be CAMPAIGN_IMAGE_PNG or CAMPAIGN_IMAGE_JPEG, "
		                       "not %d in %s", (int)p->image_format, c->what);
	if (c->s.status == CAMPAIGN_OK)
		campaign__spec_check_placement_cost(spec, &c->s, &nowhere, p->cost);
}

static const campaign_param *
copy_params(campaign_spec *spec, const campaign_param *params, size_t n, int *nomem)
{
	if (n == 0)
		return NULL;
	campaign_param *out = campaign__arena_alloc(&spec->arena, n * sizeof(*out));
	if (!out) {
		*nomem = 1;
		return NULL;
	}
	for (size_t i = 0; i < n; i++) {
		out[i].key = copy(spec, params[i].key, nomem);
		out[i].value = copy(spec, params[i].value ? params[i].value : "", nomem);
	}
	return out;
}

int
campaign_spec_add_placement(campaign_spec *spec, const campaign_placement *p, campaign_diags *diags)
{
	static const campaign_placement defaults = CAMPAIGN_PLACEMENT_INIT;
	if (!spec || !p)
		return fail(diags, "campaign_spec_add_placement: spec or placement is NULL");
	campaign_placement known;
	if (TAKE(known, p, defaults, campaign__sizes_placement))
		return fail(diags, "campaign_spec_add_placement: placement of unknown version %u",
		            p->version);
	p = &known;
	char what[96];
	struct check c;
	check_init(&c, spec, diags, item_name(what, sizeof(what), "placement", p->id));
	check_placement(&c, spec, p);
	if (c.s.status == CAMPAIGN_OK) {
		if (index_placements(spec))
			return CAMPAIGN_ENOMEM;
		size_t same = campaign__id_index_find(&spec->placement_index, p->id);
		if (same != SIZE_MAX)
			campaign__schema_error(&c.s, &nowhere,
			                       strcmp(p->id, spec->placements[same].pub.id) != 0
			                               ? "placement id '%s' differs from '%s' only in case: "
			                                 CAMPAIGN__CASE_COLLISION
			                               : "duplicate placement id '%s'; the same as '%s'",
			                       p->id, spec->placements[same].pub.id);
	}
	if (c.s.status)
		return c.s.status;

	int nomem = 0;
	struct spec_placement copied;
	memset(&copied, 0, sizeof(copied));
	copied.at = campaign__spec_no_entry.at;
	campaign_placement *m = &copied.pub;
	m->version = CAMPAIGN_PLACEMENT_VERSION;
	for (int f = PF_ID; f < PF__COUNT; f++) {
		const char **field = campaign__spec_placement_text_field(m, f);
		if (field)
			*field = copy(
			        spec,
			        *campaign__spec_placement_text_field((campaign_placement *)p, f),
			        &nomem);
	}
	m->phone = p->phone != 0;
	m->qr = p->qr < 0 ? p->template_name != NULL : p->qr != 0;
	m->params = copy_params(spec, p->params, p->param_count, &nomem);
	m->param_count = p->param_count;
	m->row = copy_params(spec, p->row, p->row_count, &nomem);
	m->row_count = p->row_count;
	m->row_number = p->row_number;
	m->copies = p->copies;
	m->image_format = p->image_format;
	if (nomem)
		return CAMPAIGN_ENOMEM;
	struct schema s = { .diags = diags, .arena = &spec->arena };
	struct spec_placement *slot = campaign__spec_new_placement(spec, &s);
	if (!slot)
		return CAMPAIGN_ENOMEM;
	*slot = copied;
	/* Reserved by index_placements: cannot fail. */
	campaign__id_index_add(&spec->placement_index, spec->placement_count - 1);
	spec->placements_indexed = spec->placement_count;
	return CAMPAIGN_OK;
}
