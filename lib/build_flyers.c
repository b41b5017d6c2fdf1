/*
 * Flyers: each placement with a template gets its template filled with its
 * identifiers and rendered. Templates are loaded once per name; a problem in
 * a flyer is reported at the template's element, followed by a note naming
 * the placement whose values caused it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "build_flyers.h"
#include "campaign/render.h"
#include "campaign/status.h"
#include "campaign/template.h"
#include "plan_internal.h"
#include "spec_load.h"
#include "util/atomic_file.h"
#include "util/strbuf.h"

/* What a template may name; row.* per placement's table. */
static const char *const known_names[] = {
	"campaign.name", "campaign.slug", "campaign.language",
	"event.id", "event.title", "event.date", "event.time", "event.venue",
	"placement.id", "placement.source", "placement.medium", "placement.content", "placement.term",
	"url", "phone", "phone_e164", "tel", "hashtag", "row.*", "var.*", NULL,
};

struct template_slot {
	const char *name; /* as written in the spec */
	campaign_template *tpl;
	int failed;
};

struct flyer_run {
	const struct flyer_job *job;
	const struct campaign_spec *spec;
	struct template_slot *slots;
	size_t slot_count;
	campaign_param *values;
	size_t value_cap;
	int status;
};

static void
fail(struct flyer_run *r, int rc)
{
	if (r->status == CAMPAIGN_OK || rc == CAMPAIGN_ENOMEM)
		r->status = rc;
}

static const struct template_slot *
template_for(struct flyer_run *r, const struct spec_placement *sp)
{
	const char *name = sp->pub.template_name;
	for (size_t i = 0; i < r->slot_count; i++)
		if (strcmp(r->slots[i].name, name) == 0)
			return &r->slots[i];
	struct template_slot *slots = realloc(r->slots, (r->slot_count + 1) * sizeof(*slots));
	if (!slots) {
		fail(r, CAMPAIGN_ENOMEM);
		return NULL;
	}
	r->slots = slots;
	struct template_slot *slot = &slots[r->slot_count++];
	memset(slot, 0, sizeof(*slot));
	slot->name = name;
	/* A path is relative to the spec, as rows tables are; a bare name is a built-in. */
	int is_path = strchr(name, '/') || strstr(name, ".yaml") || strstr(name, ".yml");
	const char *path = is_path ? campaign__spec_path((struct campaign_spec *)r->spec, name) : name;
	size_t first = campaign_diags_count(r->job->diags);
	int rc = path ? campaign_template_open(&slot->tpl, path, r->job->opts->template_dirs, r->job->diags)
	              : CAMPAIGN_ENOMEM;
	if (rc == CAMPAIGN_OK)
		rc = campaign_template_check_names(slot->tpl, known_names, r->job->diags);
	if (rc) {
		/* Where the spec asked for it, so the user knows which line to fix. */
		if (campaign_diags_count(r->job->diags) > first && rc != CAMPAIGN_ENOMEM)
			campaign_diags_add(r->job->diags, CAMPAIGN_SEVERITY_NOTE, CAMPAIGN_OK, r->spec->file,
			                   sp->at[PF_TEMPLATE].line, sp->at[PF_TEMPLATE].column,
			                   "template '%s' is used here", name);
		slot->failed = 1;
		fail(r, rc);
	}
	return slot;
}

static int
push(struct flyer_run *r, size_t *n, const char *key, const char *value)
{
	if (!value)
		return 0;
	if (*n == r->value_cap) {
		size_t cap = r->value_cap ? r->value_cap * 2 : 64;
		campaign_param *v = realloc(r->values, cap * sizeof(*v));
		if (!v)
			return -1;
		r->values = v;
		r->value_cap = cap;
	}
	r->values[(*n)++] = (campaign_param){ key, value };
	return 0;
}

/* The placeholder values of one placement; row keys live in names until the next call. */
static int
fill_values(struct flyer_run *r, const campaign_assignment *a, struct strbuf *names, size_t *n)
{
	const struct campaign_spec *spec = r->spec;
	const campaign_placement *p = a->placement;
	const campaign_event *e = a->event;
	*n = 0;
	int bad = push(r, n, "campaign.name", spec->name) | push(r, n, "campaign.slug", spec->slug) |
	          push(r, n, "campaign.language", spec->language) | push(r, n, "event.id", e->id) |
	          push(r, n, "event.title", e->title) | push(r, n, "event.date", e->date) |
	          push(r, n, "event.time", e->time) | push(r, n, "event.venue", e->venue) |
	          push(r, n, "placement.id", p->id) | push(r, n, "placement.source", p->source) |
	          push(r, n, "placement.medium", p->medium) | push(r, n, "placement.content", p->content) |
	          push(r, n, "placement.term", p->term) | push(r, n, "url", a->url) |
	          push(r, n, "phone", a->phone_display) | push(r, n, "phone_e164", a->phone) |
	          push(r, n, "tel", a->tel) | push(r, n, "hashtag", a->hashtag);
	campaign__strbuf_reset(names);
	/* Offsets first: the buffer may move while it grows. */
	size_t offsets[256];
	size_t columns = p->row_count < 256 ? p->row_count : 256;
	for (size_t c = 0; c < columns; c++) {
		offsets[c] = names->len;
		campaign__strbuf_addf(names, "row.%s", p->row[c].key);
		campaign__strbuf_addc(names, '\0');
	}
	if (names->status != CAMPAIGN_OK)
		return -1;
	for (size_t c = 0; c < columns; c++)
		bad |= push(r, n, names->ptr + offsets[c], p->row[c].value);
	return bad;
}

static int
add_rendered(struct flyer_run *r, struct atomic_batch *batch, const campaign_flyer *f, const char *id,
             campaign_render_format format)
{
	campaign_render_options ro = CAMPAIGN_RENDER_OPTIONS_INIT;
	ro.format = format;
	ro.now = r->job->opts->now;
	ro.dpi = r->job->opts->dpi ? (int)r->job->opts->dpi : 300;
	ro.title = r->spec->name;
	campaign_buf bytes = CAMPAIGN_BUF_INIT;
	int rc = campaign_flyer_render(&bytes, f, &ro, r->job->diags);
	if (rc == CAMPAIGN_OK) {
		char name[96];
		snprintf(name, sizeof(name), "%s.%s", id, format == CAMPAIGN_RENDER_PDF ? "pdf" : "png");
		rc = campaign__atomic_batch_add(batch, name, bytes.ptr, bytes.size, r->job->diags);
	}
	campaign_buf_dispose(&bytes);
	return rc;
}

static void
one_flyer(struct flyer_run *r, size_t i, struct strbuf *names, struct atomic_batch *batch,
          campaign_proof *proof)
{
	const struct plan_item *item = &r->job->plan->items[i];
	const struct template_slot *slot = template_for(r, item->sp);
	if (!slot || slot->failed)
		return;
	size_t n = 0;
	if (fill_values(r, &item->pub, names, &n)) {
		fail(r, CAMPAIGN_ENOMEM);
		return;
	}
	campaign_flyer_options fo = CAMPAIGN_FLYER_OPTIONS_INIT;
	fo.language = r->spec->language;
	campaign_flyer *f = NULL;
	size_t first = campaign_diags_count(r->job->diags);
	int rc = campaign_flyer_new(&f, slot->tpl, r->values, n, &fo, r->job->diags);
	if (campaign_diags_count(r->job->diags) > first && rc != CAMPAIGN_ENOMEM) {
		char note[320];
		campaign_diags_add(r->job->diags, CAMPAIGN_SEVERITY_NOTE, CAMPAIGN_OK, r->spec->file,
		                   item->sp->node.line, item->sp->node.column, "in the flyer of placement '%s'%s",
		                   item->pub.placement->id, campaign__spec_row_note(item->sp, note, sizeof(note)));
	}
	unsigned formats = r->job->opts->formats ? r->job->opts->formats : CAMPAIGN_FORMAT_ALL;
	if (rc == CAMPAIGN_OK && batch && (formats & CAMPAIGN_FORMAT_PDF))
		rc = add_rendered(r, batch, f, item->pub.placement->id, CAMPAIGN_RENDER_PDF);
	if (rc == CAMPAIGN_OK && batch && (formats & CAMPAIGN_FORMAT_PNG))
		rc = add_rendered(r, batch, f, item->pub.placement->id, CAMPAIGN_RENDER_PNG);
	if (rc == CAMPAIGN_OK && proof)
		rc = campaign_proof_add(proof, f, item->pub.placement->id, r->job->diags);
	campaign_flyer_free(f);
	if (rc)
		fail(r, rc);
}

static int
finish_proof(struct flyer_run *r, campaign_proof *proof)
{
	campaign_buf pdf = CAMPAIGN_BUF_INIT;
	int rc = campaign_proof_finish(proof, &pdf, r->job->diags);
	if (rc == CAMPAIGN_OK)
		rc = campaign__atomic_write(r->job->out->fd, "proof.pdf", pdf.ptr, pdf.size, r->job->diags);
	campaign_buf_dispose(&pdf);
	return rc;
}

int
campaign__build_flyers(const struct flyer_job *job)
{
	struct flyer_run r = { .job = job, .spec = job->plan->spec };
	size_t wanted = 0;
	for (size_t i = 0; i < job->plan->count; i++)
		wanted += job->selected[i] && job->plan->items[i].pub.placement->template_name;
	if (!wanted)
		return CAMPAIGN_OK;
	unsigned formats = job->opts->formats ? job->opts->formats : CAMPAIGN_FORMAT_ALL;
	int writing = job->out && (formats & (CAMPAIGN_FORMAT_PDF | CAMPAIGN_FORMAT_PNG));
	int dirfd = -1;
	struct atomic_batch *batch = NULL;
	campaign_proof *proof = NULL;
	if (writing) {
		char label[4200];
		snprintf(label, sizeof(label), "%s/flyers", job->out_path);
		int rc = campaign__outdir_subdir(job->out, "flyers", &dirfd, job->diags);
		if (rc == CAMPAIGN_OK)
			rc = campaign__atomic_batch_new(&batch, dirfd, label);
		campaign_proof_options po = CAMPAIGN_PROOF_OPTIONS_INIT;
		po.title = r.spec->name;
		po.now = job->opts->now;
		if (rc == CAMPAIGN_OK)
			rc = campaign_proof_new(&proof, &po, job->diags);
		if (rc)
			fail(&r, rc);
	}
	struct strbuf names;
	campaign__strbuf_init(&names, 0);
	for (size_t i = 0; i < job->plan->count && r.status != CAMPAIGN_ENOMEM; i++) {
		if (!job->selected[i] || !job->plan->items[i].pub.placement->template_name)
			continue;
		/* After a failure, keep checking (validate reports all) but stop rendering. */
		int ok = r.status == CAMPAIGN_OK;
		one_flyer(&r, i, &names, ok ? batch : NULL, ok ? proof : NULL);
	}
	campaign__strbuf_free(&names);
	if (writing && r.status == CAMPAIGN_OK) {
		int rc = campaign__atomic_batch_commit(batch, job->diags);
		if (rc == CAMPAIGN_OK)
			rc = finish_proof(&r, proof);
		if (rc)
			fail(&r, rc);
	}
	campaign_proof_free(proof);
	campaign__atomic_batch_free(batch);
	if (dirfd >= 0)
		close(dirfd);
	for (size_t i = 0; i < r.slot_count; i++)
		campaign_template_free(r.slots[i].tpl);
	free(r.slots);
	free(r.values);
	return r.status;
}
