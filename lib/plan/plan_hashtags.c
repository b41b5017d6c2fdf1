/*
 * Hashtags. With scope `event` every placement of an event shares the
 * event's tag; with scope `placement` each has its own. A tag the ledger
 * issued to the same owner before is kept (it is printed), and a new one is
 * made unique against every tag the ledger ever issued and the `taken` list.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/hashtag.h"
#include "campaign/status.h"
#include "text/placeholder.h"
#include "plan/plan_internal.h"
#include "spec/spec_load.h"
#include "util/strbuf.h"
#include "util/utf8.h"

/*
 * The hashtag's text once its placeholders are filled in. campaign_hashtag_make()
 * takes at most 4096 bytes and says by how much a text is over; this cap is
 * only there so that its message, with the real length, is what the user sees.
 */
#define HASHTAG_EXPANDED_MAX (1024 * 1024)

struct text_ctx {
	const struct campaign_spec *spec;
	const campaign_event *event;
	const campaign_placement *placement;
};

static const char *
text_lookup(void *ctx, const struct placeholder_ref *ref)
{
	const struct text_ctx *t = ctx;
	static const struct {
		const char *name;
		size_t offset;
		int kind; /* 0 campaign spec, 1 event, 2 placement */
	} fields[] = {
		{ "campaign.name", offsetof(struct campaign_spec, name), 0 },
		{ "campaign.slug", offsetof(struct campaign_spec, slug), 0 },
		{ "event.id", offsetof(campaign_event, id), 1 },
		{ "event.title", offsetof(campaign_event, title), 1 },
		{ "event.venue", offsetof(campaign_event, venue), 1 },
		{ "event.date", offsetof(campaign_event, date), 1 },
		{ "placement.id", offsetof(campaign_placement, id), 2 },
		{ "placement.source", offsetof(campaign_placement, source), 2 },
		{ "placement.medium", offsetof(campaign_placement, medium), 2 },
		{ "placement.content", offsetof(campaign_placement, content), 2 },
		{ "placement.term", offsetof(campaign_placement, term), 2 },
	};
	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		if (!campaign__placeholder_is(ref, fields[i].name))
			continue;
		const void *base = fields[i].kind == 0 ? (const void *)t->spec
		                 : fields[i].kind == 1 ? (const void *)t->event : (const void *)t->placement;
		if (!base)
			return NULL;
		const char *value = *(const char *const *)((const char *)base + fields[i].offset);
		return value ? value : "";
	}
	return NULL;
}

/*
 * Where the event is in the spec's events: a placement's event points into
 * them. Placements without an event share the campaign's own tag, one past
 * the events.
 */
size_t
campaign__plan_tag_owner(const struct campaign_plan *plan, const campaign_event *ev)
{
	return ev ? (size_t)((const struct spec_event *)ev - plan->spec->events) : plan->spec->event_count;
}

/*
 * A spec without `events:` lets placements name any event, and they all
 * share the campaign's tag (plan.c finds no event for them): their ledger
 * lines go to that tag too, or the next build would make the tag anew.
 * With `events:`, an event the spec no longer has keeps its tag to itself.
 */
size_t
campaign__plan_ledger_tag_owner(const struct campaign_plan *plan, const struct ledger_entry *e)
{
	const campaign_event *ev = e->event ? campaign_spec_find_event(plan->spec, e->event) : NULL;
	if (ev || !e->event || !plan->spec->events)
		return campaign__plan_tag_owner(plan, ev);
	return SIZE_MAX;
}

/*
 * Scope event: the tag the ledger issued to any placement of each event,
 * one pass over the ledger instead of one per event. Entries are sorted by
 * id and the first wins, so the choice is the same in every build.
 */
static const char **
ledger_event_tags(const struct campaign_plan *plan)
{
	const char **tags = calloc(plan->spec->event_count + 1, sizeof(*tags));
	if (!tags)
		return NULL;
	for (size_t i = 0; i < plan->ledger.count; i++) {
		const struct ledger_entry *e = &plan->ledger.entries[i];
		size_t owner = e->hashtag ? campaign__plan_ledger_tag_owner(plan, e) : SIZE_MAX;
		if (owner != SIZE_MAX && !tags[owner])
			tags[owner] = e->hashtag;
	}
	return tags;
}

/* The tag the ledger issued to the placement itself, whatever the scope then. */
static const char *
own_ledger_tag(const struct campaign_plan *plan, const struct plan_item *item)
{
	const struct ledger_entry *e = campaign__ledger_find(&plan->ledger, item->pub.placement->id);
	return e ? e->hashtag : NULL;
}

/*
 * Scope event, for a placement issued a tag of its own under scope
 * placement: it keeps that tag, which is printed on its paper (the event's
 * would leave posts with the old tag pointing nowhere). The first such
 * placement is counted into *first, to be named once.
 */
static const char *
kept_own_tag(const struct campaign_plan *plan, const struct plan_item *item, const char *event_tag,
             size_t *kept, const struct plan_item **first)
{
	const char *own = item->reissue ? NULL : own_ledger_tag(plan, item);
	if (!own || !event_tag || strcmp(own, event_tag) == 0)
		return NULL;
	if ((*kept)++ == 0)
		*first = item;
	return own;
}

/*
 * campaign_hashtag_make_unique() knows no position: what it says is said
 * again at the placement's, with its row, so that a table of 40,000 rows
 * that runs out of suffixes names a line instead of repeating one sentence.
 */
static int
make_unique_at(struct campaign_plan *plan, struct yaml_pos at, const struct plan_item *item,
               campaign_buf *out, const char *tag, campaign_hashtag_set *taken, size_t max_length)
{
	campaign_diags *said = NULL;
	if (campaign_diags_new(&said))
		return CAMPAIGN_ENOMEM;
	int rc = campaign_hashtag_make_unique(out, tag, taken, max_length, said);
	for (size_t i = 0; i < campaign_diags_count(said); i++)
		campaign__plan_error(plan, at, item, rc ? rc : CAMPAIGN_EINVALID, "%s",
		                     campaign_diags_get(said, i)->message);
	campaign_diags_free(said);
	return rc;
}

static const char *
make_tag(struct campaign_plan *plan, const struct plan_item *item, campaign_hashtag_set *taken)
{
	const struct campaign_spec *spec = plan->spec;
	const struct spec_event *ev = (const struct spec_event *)item->pub.event;
	/* A placement without an event: the campaign is its occasion, its name the title. */
	struct spec_event own = { .pub = { .title = spec->name }, .node = spec->campaign_at };
	if (!ev)
		ev = &own;
	const char *text = spec->hashtag.from;
	struct yaml_pos at = spec->hashtag.from_at;
	if (spec->hashtag.scope == HASHTAG_SCOPE_PLACEMENT && item->sp->pub.hashtag) {
		text = item->sp->pub.hashtag;
		at = item->sp->at[PF_HASHTAG];
	} else if (spec->hashtag.scope == HASHTAG_SCOPE_EVENT && ev->pub.hashtag) {
		text = ev->pub.hashtag;
		at = ev->at[EF_HASHTAG];
	}
	/* The default text is the event's title: a problem with it is at the title. */
	if (!at.line && strcmp(text, "{{event.title}}") == 0)
		at = ev->at[EF_TITLE];
	if (!at.line)
		at = ev->node;
	struct text_ctx ctx = { spec, &ev->pub, spec->hashtag.scope == HASHTAG_SCOPE_PLACEMENT ? item->pub.placement : NULL };
	struct strbuf expanded;
	campaign__strbuf_init(&expanded, HASHTAG_EXPANDED_MAX);
	struct placeholder_ref bad;
	const char *result = NULL;
	int expanded_rc = campaign__placeholder_expand(&expanded, text, text_lookup, &ctx, &bad);
	if (expanded_rc == CAMPAIGN_ETOOLONG) {
		/* The buffer's cap, not memory: say so, where the text comes from. */
		campaign__plan_error(plan, at, item, CAMPAIGN_EINVALID,
		                     "the hashtag's text is too long: more than %d bytes once its "
		                     "placeholders are filled in", HASHTAG_EXPANDED_MAX);
		goto done;
	}
	if (expanded_rc < 0) {
		plan->status = CAMPAIGN_ENOMEM;
		goto done;
	}
	if (expanded_rc) {
		campaign__plan_error(plan, at, item, CAMPAIGN_EINVALID, "cannot use '{{%.*s}}' in this hashtag",
		                     campaign__utf8_cut(bad.name, bad.len, 64), bad.name);
		goto done;
	}
	campaign_hashtag_options opts = CAMPAIGN_HASHTAG_OPTIONS_INIT;
	opts.style = spec->hashtag.style == HASHTAG_STYLE_LOWER ? CAMPAIGN_HASHTAG_STYLE_LOWER
	                                                         : CAMPAIGN_HASHTAG_STYLE_CAMEL;
	opts.script = spec->hashtag.script == HASHTAG_SCRIPT_LATIN ? CAMPAIGN_HASHTAG_SCRIPT_LATIN
	                                                            : CAMPAIGN_HASHTAG_SCRIPT_KEEP;
	opts.max_length = spec->hashtag.max_length;
	campaign_buf tag = CAMPAIGN_BUF_INIT, unique = CAMPAIGN_BUF_INIT;
	int rc = campaign_hashtag_make_at(&tag, campaign__strbuf_cstr(&expanded), &opts, spec->file,
	                                  at.line, at.column, plan->diags);
	if (rc == CAMPAIGN_OK)
		rc = make_unique_at(plan, at, item, &unique, tag.ptr, taken, opts.max_length);
	if (rc == CAMPAIGN_OK)
		result = campaign__plan_strdup(plan, unique.ptr);
	else if (plan->status == CAMPAIGN_OK)
		plan->status = rc;
	campaign_buf_dispose(&tag);
	campaign_buf_dispose(&unique);
done:
	campaign__strbuf_free(&expanded);
	return result;
}

static int
load_taken(struct campaign_plan *plan, campaign_hashtag_set *taken)
{
	const struct spec_hashtag *h = &plan->spec->hashtag;
	if (h->taken) {
		const char *path = campaign__spec_path((struct campaign_spec *)plan->spec, h->taken);
		int rc = path ? campaign_hashtag_set_load_file(taken, path, plan->diags) : CAMPAIGN_ENOMEM;
		if (rc)
			return rc;
	}
	/*
	 * A tag the ledger issued that the list now names stays (it is
	 * printed), but the user, who listed it as another's, is told: posts
	 * with it will mix with theirs.
	 */
	const struct ledger_entry *listed = NULL;
	size_t listed_count = 0;
	for (size_t i = 0; h->taken && i < plan->ledger.count; i++) {
		const struct ledger_entry *e = &plan->ledger.entries[i];
		if (e->hashtag && e->released < 0 && campaign_hashtag_set_contains(taken, e->hashtag) &&
		    listed_count++ == 0)
			listed = e;
	}
	if (listed)
		campaign__plan_warning(plan, h->taken_at, NULL,
		                       "%s, issued to '%s'%s, is in the taken list %s: it stays, since "
		                       "it is printed, and its posts will mix with the tag's other "
		                       "users'; reissue the placement for a tag of its own", listed->hashtag,
		                       listed->id, listed_count > 1 ? " (and others the ledger issued)" : "",
		                       h->taken);
	for (size_t i = 0; i < plan->ledger.count; i++)
		if (plan->ledger.entries[i].hashtag &&
		    campaign_hashtag_set_add(taken, plan->ledger.entries[i].hashtag))
			return CAMPAIGN_ENOMEM;
	/* Every tag another campaign of a shared registry made is taken for good. */
	for (size_t i = 0; plan->spec->registry_hashtags && i < plan->registry.count; i++) {
		const struct registry_entry *e = &plan->registry.entries[i];
		if (e->kind == REGISTRY_HASHTAG && strcmp(e->campaign, plan->spec->slug) != 0 &&
		    campaign_hashtag_set_add(taken, e->value))
			return CAMPAIGN_ENOMEM;
	}
	return CAMPAIGN_OK;
}

void
campaign__plan_hashtags(struct campaign_plan *plan)
{
	campaign_hashtag_set *taken = NULL;
	if (campaign_hashtag_set_new(&taken)) {
		plan->status = CAMPAIGN_ENOMEM;
		return;
	}
	int rc = load_taken(plan, taken);
	if (rc) {
		if (plan->status == CAMPAIGN_OK || rc == CAMPAIGN_ENOMEM)
			plan->status = rc;
		campaign_hashtag_set_free(taken);
		return;
	}
	int by_event = plan->spec->hashtag.scope == HASHTAG_SCOPE_EVENT;
	/* Scope event: each event's first placement (index + 1), and the ledger's tags. */
	size_t *first_of_event = NULL;
	const char **event_tags = NULL;
	if (by_event) {
		first_of_event = calloc(plan->spec->event_count + 1, sizeof(*first_of_event));
		event_tags = ledger_event_tags(plan);
		if (!first_of_event || !event_tags)
			plan->status = CAMPAIGN_ENOMEM;
	}
	size_t kept_own = 0;
	const struct plan_item *kept_first = NULL;
	for (size_t i = 0; i < plan->count && plan->status != CAMPAIGN_ENOMEM; i++) {
		struct plan_item *item = &plan->items[i];
		if (by_event) {
			/* The event's tag: the ledger's, else made once, at its first placement. */
			size_t owner = campaign__plan_tag_owner(plan, item->pub.event);
			if (!first_of_event[owner]) {
				first_of_event[owner] = i + 1;
				if (!event_tags[owner])
					event_tags[owner] = make_tag(plan, item, taken);
			}
			const char *own = kept_own_tag(plan, item, event_tags[owner], &kept_own, &kept_first);
			item->pub.hashtag = own ? own : event_tags[owner];
			continue;
		}
		/* A reissued placement's own tag is made anew. */
		const char *kept = item->reissue ? NULL : own_ledger_tag(plan, item);
		item->pub.hashtag = kept ? kept : make_tag(plan, item, taken);
	}
	if (kept_own)
		campaign__plan_warning(plan, kept_first->sp->at[PF_NODE], kept_first,
		                       "placement '%s'%s keeps the hashtag issued to it (%s) rather than its "
		                       "event's (scope: event), since it is printed; reissue it to give it "
		                       "the event's", kept_first->pub.placement->id,
		                       kept_own > 1 ? " (and the others issued a tag of their own)" : "",
		                       kept_first->pub.hashtag);
	free(first_of_event);
	free(event_tags);
	campaign_hashtag_set_free(taken);
}
