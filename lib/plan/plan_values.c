#include "plan/plan_values.h"

#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "ids/url.h"
#include "plan/plan_internal.h"

static int
push(struct values *v, const char *key, const char *value)
{
	if (!value)
		return CAMPAIGN_OK;
	if (v->count == v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 32;
		campaign_param *p = realloc(v->params, cap * sizeof(*p));
		if (!p)
			return CAMPAIGN_ENOMEM;
		v->params = p;
		v->cap = cap;
	}
	v->params[v->count++] = (campaign_param){ key, value };
	return CAMPAIGN_OK;
}

void
campaign__values_placement_of(struct values_placement *out, const struct campaign_spec *spec,
                              const struct spec_placement *sp)
{
	const struct spec_event *ev = sp->pub.event
		? (const struct spec_event *)campaign_spec_find_event(spec, sp->pub.event) : NULL;
	const struct spec_vars own = campaign__spec_placement_vars(sp);
	const struct spec_vars *levels[VALUES_VAR_LEVELS] = { &own, ev ? &ev->vars : NULL, &spec->vars };
	memset(out, 0, sizeof(*out));
	out->language = campaign__spec_placement_language(spec, sp);
	const struct spec_edition *edition = campaign__spec_event_edition(ev, out->language);
	if (edition) {
		out->event_title = edition->title;
		out->event_venue = edition->venue;
	}
	for (int l = 0; l < VALUES_VAR_LEVELS; l++) {
		out->vars[l] = levels[l] ? levels[l]->items : NULL;
		out->var_count[l] = levels[l] ? levels[l]->count : 0;
	}
}

/* Whether a nearer level than `level` of x gives a text of this name. */
static int
hidden(const struct values_placement *x, int level, const char *key)
{
	for (int l = 0; l < level; l++)
		for (size_t i = 0; i < x->var_count[l]; i++)
			if (strcmp(x->vars[l][i].key, key) == 0)
				return 1;
	return 0;
}

int
campaign__values_var_shown(const struct values_placement *x, int level, size_t i)
{
	return !hidden(x, level, x->vars[level][i].key);
}

static int
push_vars(struct values *v, const struct values_placement *x)
{
	for (int l = 0; x && l < VALUES_VAR_LEVELS; l++)
		for (size_t i = 0; i < x->var_count[l]; i++)
			if (campaign__values_var_shown(x, l, i) && push(v, x->vars[l][i].key, x->vars[l][i].value))
				return CAMPAIGN_ENOMEM;
	return CAMPAIGN_OK;
}

int
campaign__values_fill(struct values *v, const struct values_campaign *c,
                      const campaign_assignment *a, const struct values_placement *x)
{
	static const campaign_event no_event = CAMPAIGN_EVENT_INIT;
	const campaign_placement *p = a->placement;
	const campaign_event *e = a->event ? a->event : &no_event;
	v->count = 0;
	const campaign_param fixed[] = {
		{ "campaign.name", c->name }, { "campaign.slug", c->slug },
		{ "campaign.language", c->language }, { "event.id", e->id },
		/* Without an event, the campaign is the occasion: its name is the title. */
		{ "event.title", x && x->event_title ? x->event_title : a->event ? e->title : c->name },
		{ "event.date", e->date }, { "event.time", e->time },
		{ "event.venue", x && x->event_venue ? x->event_venue : e->venue }, { "placement.id", p->id },
		{ "placement.source", p->source }, { "placement.medium", p->medium },
		{ "placement.content", p->content }, { "placement.term", p->term },
		{ "placement.language", x ? x->language : c->language },
		{ "url", a->url }, { "phone", a->phone_display }, { "phone_e164", a->phone },
		{ "tel", a->tel }, { "hashtag", a->hashtag }, { "short_url", a->short_url },
		{ "short_code", a->short_code },
	};
	for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
		if (push(v, fixed[i].key, fixed[i].value))
			return CAMPAIGN_ENOMEM;
	if (push_vars(v, x))
		return CAMPAIGN_ENOMEM;
	/*
	 * The derived texts, then the row's keys, all of them in one buffer
	 * before any is pointed at, so that it no longer moves: the link as
	 * people type it first (a URL the planner made always has a host).
	 */
	campaign__strbuf_reset(&v->names);
	int display = a->url && campaign__url_display(&v->names, a->url) == CAMPAIGN_OK;
	campaign__strbuf_addc(&v->names, '\0');
	for (size_t k = 0; k < p->row_count; k++) {
		campaign__strbuf_addf(&v->names, "row.%s", p->row[k].key);
		campaign__strbuf_addc(&v->names, '\0');
	}
	if (v->names.status != CAMPAIGN_OK)
		return CAMPAIGN_ENOMEM;
	const char *key = v->names.ptr;
	if (display && push(v, "url_display", key))
		return CAMPAIGN_ENOMEM;
	key += strlen(key) + 1;
	for (size_t k = 0; k < p->row_count; k++) {
		if (push(v, key, p->row[k].value))
			return CAMPAIGN_ENOMEM;
		key += strlen(key) + 1;
	}
	return CAMPAIGN_OK;
}

void
campaign__values_free(struct values *v)
{
	free(v->params);
	campaign__strbuf_free(&v->names);
	v->params = NULL;
	v->count = v->cap = 0;
}

struct campaign_values {
	struct values v;
};

int
campaign_plan_values(campaign_values **out, const campaign_plan *plan, size_t i)
{
	if (!out)
		return CAMPAIGN_EINVALID;
	*out = NULL;
	if (!plan || i >= plan->count)
		return CAMPAIGN_EINVALID;
	campaign_values *values = calloc(1, sizeof(*values));
	if (!values)
		return CAMPAIGN_ENOMEM;
	campaign__strbuf_init(&values->v.names, 0);
	const struct values_campaign c = { plan->spec->name, plan->spec->slug, plan->spec->language };
	struct values_placement x;
	campaign__values_placement_of(&x, plan->spec, plan->items[i].sp);
	if (campaign__values_fill(&values->v, &c, &plan->items[i].pub, &x)) {
		campaign_values_free(values);
		return CAMPAIGN_ENOMEM;
	}
	*out = values;
	return CAMPAIGN_OK;
}

size_t
campaign_values_count(const campaign_values *values)
{
	return values ? values->v.count : 0;
}

const campaign_param *
campaign_values_params(const campaign_values *values)
{
	return values ? values->v.params : NULL;
}

void
campaign_values_free(campaign_values *values)
{
	if (!values)
		return;
	campaign__values_free(&values->v);
	free(values);
}
