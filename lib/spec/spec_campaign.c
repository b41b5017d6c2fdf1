/* The `campaign:` section of a spec. */
#include <string.h>
#include <strings.h>

#include "campaign/status.h"
#include "text/placeholder.h"
#include "spec/spec_load.h"
#include "spec/spec_paths.h"
#include "ids/phone_internal.h"
#include "text/translit.h"
#include "ids/url.h"
#include "spec/spec_ids.h"
#include "util/strbuf.h"
#include "util/utf8.h"

static const char *const campaign_keys[] = {
	"name", "slug", "language", "landing", "utm", "conventions", "hashtag", "phones", "ledger",
	"registry", "currency", "vars", "short", NULL,
};
static const char *const registry_keys[] = { "file", "hashtags", NULL };
static const char *const utm_keys[] = {
	"campaign", "id", "source_platform", "creative_format", "marketing_tactic", NULL,
};
static const char *const convention_keys[] = { "case", "separator", "transliterate", "allowed", NULL };
static const char *const utm_field_names[] = { "source", "medium", "campaign", "content", "term", NULL };
static const char *const case_choices[] = { "lower", "keep", NULL };
static const char *const hashtag_keys[] = {
	"from", "scope", "style", "script", "max_length", "taken", NULL,
};
static const char *const scope_choices[] = { "event", "placement", NULL };
static const char *const style_choices[] = { "camel", "lower", NULL };
static const char *const script_choices[] = { "keep", "latin", NULL };
static const char *const phone_keys[] = {
	"country_code", "trunk_prefix", "display", "quarantine_days", "pool", NULL,
};

/* Which placeholders a hashtag's text may use, by scope. */
static const char *const hashtag_event_names[] = {
	"campaign.name", "campaign.slug", "event.id", "event.title", "event.venue", "event.date", NULL,
};
static const char *const hashtag_placement_names[] = {
	"campaign.name", "campaign.slug", "event.id", "event.title", "event.venue", "event.date",
	"placement.id", "placement.source", "placement.medium", "placement.content", "placement.term",
	NULL,
};

static struct yaml_pos
pos_of(const struct yaml_node *node)
{
	struct yaml_pos none = { 0, 0 };
	return node ? node->pos : none;
}

/* `display:` as a map: number prefix ("+44 7") -> mask ("+44 XXXX XXXXXX"). */
static void
load_masks(struct campaign_spec *spec, struct schema *s, const struct yaml_node *node)
{
	struct spec_phones *p = &spec->phones;
	p->masks = campaign__arena_alloc(&spec->arena, (node->count + 1) * sizeof(*p->masks));
	p->mask_at = campaign__arena_alloc(&spec->arena, (node->count + 1) * sizeof(*p->mask_at));
	if (!p->masks || !p->mask_at) {
		campaign__schema_nomem(s);
		return;
	}
	for (size_t i = 0; i < node->count; i++) {
		char digits[PHONE_MAX_DIGITS + 1];
		const struct yaml_node *key = node->keys[i];
		if (campaign__phone_prefix_digits(key->text, digits, sizeof(digits))) {
			campaign__schema_error(s, key, "'%.*s' is not a number prefix: write '+', the "
			                               "country code and the first digits, as \"+44 7\"",
			                       CAMPAIGN__UTF8_CUT(key->text, 32));
			continue;
		}
		const char *mask = campaign__schema_text(s, node->items[i], "display");
		const char *prefix = campaign__arena_strdup(&spec->arena, digits);
		if (!mask || !prefix)
			continue;
		for (size_t k = 0; k < p->mask_count; k++)
			if (strcmp(p->masks[k].prefix, prefix) == 0)
				campaign__schema_error(s, key, "the prefix +%s has a mask already, at line %lu",
				                       prefix, p->mask_at[k].line);
		p->masks[p->mask_count] = (struct phone_mask){ prefix, mask };
		p->mask_at[p->mask_count++] = node->items[i]->pos;
	}
}

struct landing_warning {
	struct schema *s;
	const struct yaml_node *at;
	const char *note;
};

static void
warn_landing(void *ctx, const char *message)
{
	const struct landing_warning *w = ctx;
	campaign__schema_warning(w->s, w->at, "landing URL: %s%s", message, w->note ? w->note : "");
}

void
campaign__spec_check_landing(struct schema *s, const struct yaml_node *at, const char *url,
                             const char *note)
{
	struct url_error err;
	struct landing_warning w = { s, at, note };
	int rc = campaign__url_check_landing(url, &err, warn_landing, &w);
	if (rc == CAMPAIGN_ENOMEM)
		campaign__schema_nomem(s);
	else if (rc)
		campaign__schema_error(s, at, "bad landing URL: %s%s", err.message, note ? note : "");
}

const char *
campaign__spec_slug_from_name(struct campaign_spec *spec, struct schema *s, const char *name)
{
	struct strbuf latin, slug;
	campaign__strbuf_init(&latin, 4096);
	campaign__strbuf_init(&slug, SPEC_ID_MAX + 1);
	campaign__translit(&latin, name, strlen(name));
	const char *p = campaign__strbuf_cstr(&latin);
	int pending_dash = 0;
	for (; *p && slug.len < SPEC_ID_MAX; p++) {
		char c = *p;
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			if (pending_dash && slug.len)
				campaign__strbuf_addc(&slug, '-');
			pending_dash = 0;
			campaign__strbuf_addc(&slug, c);
		} else {
			pending_dash = 1;
		}
	}
	const char *result = NULL;
	/* Out of memory is not a name that makes no slug. */
	if (latin.status == CAMPAIGN_ENOMEM || slug.status == CAMPAIGN_ENOMEM)
		campaign__schema_nomem(s);
	if (slug.len && slug.status == CAMPAIGN_OK) {
		/* A cut at 64 may leave a trailing '-'. */
		while (slug.len && slug.ptr[slug.len - 1] == '-')
			slug.ptr[--slug.len] = '\0';
		result = campaign__arena_strdup(&spec->arena, campaign__strbuf_cstr(&slug));
		if (!result)
			campaign__schema_nomem(s);
	}
	campaign__strbuf_free(&latin);
	campaign__strbuf_free(&slug);
	return result;
}

static void
load_utm(struct campaign_spec *spec, struct schema *s, const struct yaml_node *node)
{
	if (!node || campaign__schema_map(s, node, "utm", utm_keys))
		return;
	spec->utm_campaign = campaign__schema_str(s, node, "campaign", 0, "utm");
	spec->utm_campaign_at = pos_of(campaign__yaml_map_get(node, "campaign"));
	spec->utm_id = campaign__schema_str(s, node, "id", 0, "utm");
	spec->utm_source_platform = campaign__schema_str(s, node, "source_platform", 0, "utm");
	spec->utm_creative_format = campaign__schema_str(s, node, "creative_format", 0, "utm");
	spec->utm_marketing_tactic = campaign__schema_str(s, node, "marketing_tactic", 0, "utm");
}

static void
load_allowed(struct campaign_spec *spec, struct schema *s, const struct yaml_node *node)
{
	if (campaign__schema_map(s, node, "allowed", utm_field_names))
		return;
	for (size_t i = 0; i < node->count; i++) {
		const struct yaml_node *list = node->items[i];
		int field = 0;
		while (utm_field_names[field] && strcmp(utm_field_names[field], node->keys[i]->text) != 0)
			field++;
		if (!utm_field_names[field] || campaign__schema_seq(s, list, node->keys[i]->text))
			continue;
		struct spec_allowed *a = &spec->conventions.allowed[field];
		a->at = list->pos;
		a->values = campaign__arena_alloc(&spec->arena, (list->count + 1) * sizeof(*a->values));
		if (!a->values) {
			campaign__schema_nomem(s);
			return;
		}
		for (size_t k = 0; k < list->count; k++) {
			const char *v = campaign__schema_text(s, list->items[k], node->keys[i]->text);
			if (v)
				a->values[a->count++] = v;
		}
	}
}

static void
load_conventions(struct campaign_spec *spec, struct schema *s, const struct yaml_node *node)
{
	struct spec_conventions *c = &spec->conventions;
	c->lowercase = 1;
	c->separator = "_";
	c->transliterate = 1;
	if (!node || campaign__schema_map(s, node, "conventions", convention_keys))
		return;
	c->lowercase = campaign__schema_enum(s, node, "case", case_choices, 0) == 0;
	const char *sep = campaign__schema_str(s, node, "separator", 0, "conventions");
	if (sep) {
		if (strlen(sep) != 1 || !strchr("_-.~", sep[0]))
			campaign__schema_error(s, campaign__yaml_map_get(node, "separator"),
			                       "'separator' must be one of _ - . ~ (characters a URL keeps as they are)");
		else
			c->separator = sep;
	}
	c->transliterate = campaign__schema_bool(s, node, "transliterate", 1);
	const struct yaml_node *allowed = campaign__yaml_map_get(node, "allowed");
	if (allowed)
		load_allowed(spec, s, allowed);
}

void
campaign__spec_check_hashtag_from(struct schema *s, const struct yaml_node *at, const char *text,
                                  int placement_scope)
{
	const char *const *names = placement_scope ? hashtag_placement_names : hashtag_event_names;
	const char *scope_hint = placement_scope ? "" : " of scope 'event'";
	size_t pos = 0;
	struct placeholder_ref ref;
	int found;
	while ((found = campaign__placeholder_next(text, &pos, &ref)) != 0) {
		if (found < 0) {
			campaign__schema_error(s, at, "unclosed or empty '{{' placeholder");
			return;
		}
		int known = 0;
		for (size_t i = 0; names[i] && !known; i++)
			known = campaign__placeholder_is(&ref, names[i]);
		if (!known)
			campaign__schema_error(s, at, "unknown placeholder '{{%.*s}}' in a hashtag%s",
			                       campaign__utf8_cut(ref.name, ref.len, 64), ref.name, scope_hint);
	}
}

static void
load_hashtag(struct campaign_spec *spec, struct schema *s, const struct yaml_node *node)
{
	struct spec_hashtag *h = &spec->hashtag;
	h->max_length = 30;
	if (node && !campaign__schema_map(s, node, "hashtag", hashtag_keys)) {
		h->from = campaign__schema_str(s, node, "from", 0, "hashtag");
		h->from_at = pos_of(campaign__yaml_map_get(node, "from"));
		h->scope = (enum hashtag_scope)campaign__schema_enum(s, node, "scope", scope_choices, 0);
		h->style = (enum hashtag_style)campaign__schema_enum(s, node, "style", style_choices, 0);
		h->script = (enum hashtag_script)campaign__schema_enum(s, node, "script", script_choices, 0);
		/* 139 = Twitter/X's limit less the '#'; 2 so a suffix still leaves a letter. */
		h->max_length = campaign__schema_uint(s, node, "max_length", 2, 139, 30);
		h->taken = campaign__schema_str(s, node, "taken", 0, "hashtag");
		h->taken_at = pos_of(campaign__yaml_map_get(node, "taken"));
		if (h->taken && !campaign__spec_path_allowed(spec, s, h->taken_at, h->taken, "taken", 0))
			h->taken = NULL;
		if (h->from)
			campaign__spec_check_hashtag_from(s, campaign__yaml_map_get(node, "from"), h->from,
			                                  h->scope == HASHTAG_SCOPE_PLACEMENT);
	}
	if (!h->from)
		h->from = "{{event.title}}";
}

static void
load_phones(struct campaign_spec *spec, struct schema *s, const struct yaml_node *node)
{
	struct spec_phones *p = &spec->phones;
	p->quarantine_days = 90;
	if (!node || campaign__schema_map(s, node, "phones", phone_keys))
		return;
	p->present = 1;
	p->at = node->pos;
	p->country_code = campaign__schema_uint(s, node, "country_code", 1, 999, 0);
	if (!campaign__yaml_map_get(node, "country_code"))
		campaign__schema_error(s, node, "missing required key 'country_code' in phones");
	p->trunk_prefix = campaign__schema_str(s, node, "trunk_prefix", 0, "phones");
	if (p->trunk_prefix && !campaign__phone_trunk_prefix_valid(p->trunk_prefix))
		campaign__schema_error(s, campaign__yaml_map_get(node, "trunk_prefix"),
		                       "'trunk_prefix' must be 1 to 3 digits, such as \"8\" or \"0\"");
	const struct yaml_node *display = campaign__yaml_map_get(node, "display");
	if (display && display->kind == YAML_NODE_MAP)
		load_masks(spec, s, display);
	else
		p->display = campaign__schema_str(s, node, "display", 0, "phones");
	p->display_at = pos_of(display);
	p->quarantine_days = campaign__schema_uint(s, node, "quarantine_days", 0, 3650, 90);
	const struct yaml_node *pool = campaign__schema_get(s, node, "pool", 1, "phones");
	if (!pool || campaign__schema_seq(s, pool, "pool"))
		return;
	p->at = pool->pos; /* problems of the pool as a whole (exhaustion) point at it */
	p->pool = campaign__arena_alloc(&spec->arena, (pool->count + 1) * sizeof(*p->pool));
	if (!p->pool) {
		campaign__schema_nomem(s);
		return;
	}
	for (size_t i = 0; i < pool->count; i++) {
		const char *text = campaign__schema_text(s, pool->items[i], "pool");
		if (!text)
			continue;
		p->pool[p->pool_count].text = text;
		p->pool[p->pool_count].at = pool->items[i]->pos;
		p->pool_count++;
	}
	if (pool->count == 0)
		campaign__schema_error(s, pool, "the phone pool is empty");
}

/*
 * `registry: FILE`, or `registry: { file: FILE, hashtags: true }`: the file
 * many campaigns draw their numbers (and hashtags) from.
 */
static void
load_registry(struct campaign_spec *spec, struct schema *s, const struct yaml_node *node)
{
	if (!node)
		return;
	spec->registry_at = node->pos;
	const struct yaml_node *file = node;
	if (node->kind == YAML_NODE_MAP) {
		if (campaign__schema_map(s, node, "registry", registry_keys))
			return;
		file = campaign__schema_get(s, node, "file", 1, "registry");
		spec->registry_hashtags = campaign__schema_bool(s, node, "hashtags", 0);
	}
	if (!file)
		return;
	if (file->kind != YAML_NODE_SCALAR) {
		campaign__schema_error(s, file, "'registry' must be a file name, or a mapping with 'file'");
		return;
	}
	spec->registry = campaign__schema_text(s, file, "registry");
	if (spec->registry && !campaign__spec_path_allowed(spec, s, file->pos, spec->registry, "registry", 1))
		spec->registry = NULL;
	if (spec->registry && spec->registry[0] == '\0')
		campaign__schema_error(s, file, "'registry' must not be empty");
}

void
campaign__spec_load_campaign(struct campaign_spec *spec, struct schema *s, const struct yaml_node *node)
{
	/* No 'campaign:' (reported as missing or misspelt): the defaults, and no second word about it. */
	if (!node || campaign__schema_map(s, node, "campaign", campaign_keys)) {
		load_conventions(spec, s, NULL);
		load_hashtag(spec, s, NULL);
		return;
	}
	spec->campaign_at = node->pos;
	spec->name = campaign__schema_str(s, node, "name", 1, "campaign");
	spec->name_at = pos_of(campaign__yaml_map_get(node, "name"));
	spec->language = campaign__spec_load_language(s, node, "campaign");
	if (!spec->language)
		spec->language = "en";
	campaign__spec_load_vars(s, node, &spec->vars, 0);
	spec->landing = campaign__schema_str(s, node, "landing", 0, "campaign");
	spec->landing_at = pos_of(campaign__yaml_map_get(node, "landing"));
	if (spec->landing)
		campaign__spec_check_landing(s, campaign__yaml_map_get(node, "landing"), spec->landing, NULL);
	const struct yaml_node *slug = campaign__yaml_map_get(node, "slug");
	if (slug) {
		spec->slug_given = 1;
		spec->slug_at = slug->pos;
		spec->slug = campaign__schema_text(s, slug, "slug");
		const char *why = spec->slug ? campaign__id_problem(spec->slug) : NULL;
		if (why)
			campaign__schema_error(s, slug, "'slug' is not a safe file name: %s", why);
	} else if (spec->name) {
		spec->slug = campaign__spec_slug_from_name(spec, s, spec->name);
		if (!spec->slug)
			campaign__schema_error(s, campaign__yaml_map_get(node, "name"),
			                       "cannot make a slug from this name; set 'slug'");
	}
	load_utm(spec, s, campaign__yaml_map_get(node, "utm"));
	load_conventions(spec, s, campaign__yaml_map_get(node, "conventions"));
	load_hashtag(spec, s, campaign__yaml_map_get(node, "hashtag"));
	load_phones(spec, s, campaign__yaml_map_get(node, "phones"));
	spec->ledger = campaign__schema_str(s, node, "ledger", 0, "campaign");
	spec->ledger_at = pos_of(campaign__yaml_map_get(node, "ledger"));
	if (spec->ledger && spec->ledger[0] == '\0')
		campaign__schema_error(s, campaign__yaml_map_get(node, "ledger"), "'ledger' must not be empty");
	else if (spec->ledger &&
	         !campaign__spec_path_allowed(spec, s, spec->ledger_at, spec->ledger, "ledger", 1))
		spec->ledger = NULL;
	load_registry(spec, s, campaign__yaml_map_get(node, "registry"));
	campaign__spec_load_currency(spec, s, campaign__yaml_map_get(node, "currency"));
	campaign__spec_load_short(spec, s, campaign__yaml_map_get(node, "short"));
}
