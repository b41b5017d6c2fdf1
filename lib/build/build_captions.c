/* captions/ of a build: see build_captions.h. */
#include "build/build_captions.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "build/build_entries.h"
#include "build/output_set.h"
#include "campaign/status.h"
#include "ids/url.h"
#include "io/atomic_file.h"
#include "plan/plan_internal.h"
#include "plan/plan_values.h"
#include "text/caption.h"
#include "text/i18n.h"
#include "util/strbuf.h"

/* A caption is a few lines; this is far past any a person would post. */
#define CAPTION_MAX (64 * 1024)

int
campaign__caption_online(const campaign_assignment *a)
{
	const char *m = a->utm_medium;
	return m && !a->phone && (strcasecmp(m, "social") == 0 || strcasecmp(m, "email") == 0);
}

/* The value of key in v, or NULL. */
static const char *
value_of(const struct values *v, const char *key)
{
	for (size_t i = 0; i < v->count; i++)
		if (strcmp(v->params[i].key, key) == 0)
			return v->params[i].value;
	return NULL;
}

/* The caption of a placement whose values v holds, into out (reset first). */
static int
make(struct strbuf *out, const struct values *v, const char *language, const char **bad)
{
	/* Its `vars: {caption:}`, the nearest level's (values_fill puts only that one in). */
	const char *text = value_of(v, "var.caption");
	if (!text)
		text = campaign__i18n_caption(language);
	/*
	 * {{link}} as people read it: a platform linkifies профсоюз.рф as well
	 * as its punycode, and a reader can read it; path and query stay exact.
	 */
	const char *link = value_of(v, "short_url");
	link = link ? link : value_of(v, "url");
	struct strbuf readable;
	campaign__strbuf_init(&readable, URL_MAX_LENGTH);
	campaign_param *with_link = malloc((v->count + 1) * sizeof(*with_link));
	int rc = with_link ? CAMPAIGN_OK : CAMPAIGN_ENOMEM;
	/* A link that would grow past the limit prints as it is. */
	int made = rc == CAMPAIGN_OK && link ? campaign__url_readable(&readable, link) : CAMPAIGN_EINVALID;
	rc = made == CAMPAIGN_ENOMEM ? made : rc;
	if (rc == CAMPAIGN_OK) {
		memcpy(with_link, v->params, v->count * sizeof(*with_link));
		with_link[v->count] = (campaign_param){
			"link", made == CAMPAIGN_OK ? campaign__strbuf_cstr(&readable) : link
		};
		campaign__strbuf_reset(out);
		rc = campaign__caption_make(out, text, with_link, v->count + (link != NULL), language, bad);
	}
	free(with_link);
	campaign__strbuf_free(&readable);
	return rc;
}

static void
say_bad(campaign_diags *diags, const char *file, unsigned long line, unsigned long column,
        const char *id, const char *bad)
{
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, line, column,
	                   "the caption of placement '%s' cannot be made: it would hold %s", id, bad);
}

int
campaign__captions_check(const campaign_plan *plan, const unsigned char *selected,
                         campaign_diags *diags)
{
	struct values v = { 0 };
	struct strbuf text;
	campaign__strbuf_init(&v.names, 0);
	campaign__strbuf_init(&text, CAPTION_MAX);
	const struct values_campaign c = { plan->spec->name, plan->spec->slug, plan->spec->language };
	int rc = CAMPAIGN_OK;
	for (size_t i = 0; i < plan->count && rc != CAMPAIGN_ENOMEM; i++) {
		const struct plan_item *item = &plan->items[i];
		if (!selected[i] || !campaign__caption_online(&item->pub))
			continue;
		struct values_placement x;
		campaign__values_placement_of(&x, plan->spec, item->sp);
		const char *bad = NULL;
		int one = campaign__values_fill(&v, &c, &item->pub, &x);
		if (one == CAMPAIGN_OK)
			one = make(&text, &v, x.language ? x.language : c.language, &bad);
		if (one == CAMPAIGN_EINVALID)
			say_bad(diags, plan->spec->file, item->sp->at[PF_NODE].line, item->sp->at[PF_NODE].column,
			        item->pub.placement->id, bad ? bad : "more than 64 KB");
		if (one && rc == CAMPAIGN_OK)
			rc = one;
		if (one == CAMPAIGN_ENOMEM)
			rc = one;
	}
	campaign__strbuf_free(&text);
	campaign__values_free(&v);
	return rc;
}

int
campaign__captions_write(struct output_set *set, const struct build_entries *entries,
                         const unsigned char *selected, const char *out_path,
                         campaign_diags *diags)
{
	const struct generation *next = &set->dirs[OUTPUT_CAPTIONS];
	const struct build_campaign *c = campaign__entries_campaign(entries);
	const struct values_campaign vc = { c->name, c->slug, c->language };
	char label[4200];
	snprintf(label, sizeof(label), "%s/captions", out_path);
	struct atomic_batch *batch = NULL;
	struct values v = { 0 };
	struct strbuf text;
	struct entry_reader reader = { 0 };
	campaign__strbuf_init(&v.names, 0);
	campaign__strbuf_init(&text, CAPTION_MAX);
	int rc = CAMPAIGN_OK;
	for (size_t i = 0; i < campaign__entries_count(entries) && rc == CAMPAIGN_OK; i++) {
		const struct build_entry *e = NULL;
		if (!selected[i])
			continue;
		if ((rc = campaign__entries_read(entries, i, &reader, &e, diags)))
			break;
		if (!campaign__caption_online(&e->a))
			continue;
		/* The first caption makes the directory: a campaign without online placements has none. */
		if (!batch && (rc = campaign__atomic_batch_new_private(&batch, next->fd, label)) == CAMPAIGN_OK)
			campaign__atomic_batch_reuse_from(batch, next->current_fd);
		const char *bad = NULL;
		if (rc == CAMPAIGN_OK && (rc = campaign__values_fill(&v, &vc, &e->a, &e->x)) == CAMPAIGN_OK)
			rc = make(&text, &v, e->x.language ? e->x.language : c->language, &bad);
		if (rc == CAMPAIGN_EINVALID) /* checked before the first write: not reached */
			say_bad(diags, c->file, e->line, e->column, e->p.id, bad ? bad : "more than 64 KB");
		char name[96];
		snprintf(name, sizeof(name), "%s.txt", e->p.id);
		if (rc == CAMPAIGN_OK)
			rc = campaign__atomic_batch_add(batch, name, text.ptr, text.len, diags);
	}
	if (rc == CAMPAIGN_OK && batch)
		rc = campaign__atomic_batch_commit(batch, diags);
	campaign__atomic_batch_free(batch);
	campaign__entry_reader_free(&reader);
	campaign__strbuf_free(&text);
	campaign__values_free(&v);
	return rc;
}
