/*
 * Flyers: each placement with a template gets its template filled with its
 * identifiers and rendered. Templates are loaded once per name; a problem in
 * a flyer is reported at the template's element, followed by a note naming
 * the placement whose values caused it.
 */
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "font/fonts.h"
#include "build/build_entries.h"
#include "build/build_flyers.h"
#include "build/build_sheets.h"
#include "build/flyer_templates.h"
#include "build/row_values.h"
#include "render/flyer.h"
#include "build/output_set.h"
#include "campaign/render.h"
#include "campaign/status.h"
#include "campaign/template.h"
#include "core/diag_internal.h"
#include "plan/plan_values.h"
#include "render/impose.h"
#include "render/pdf_set.h"
#include "render/render_internal.h"
#include "spec/spec_ids.h"
#include "spec/spec_load.h"
#include "template/template_model.h"
#include "io/atomic_file.h"
#include "util/ordered_map.h"
#include "util/strbuf.h"

/* Per worker thread: the placeholder values being filled. */
struct worker_state {
	struct entry_reader reader;
	struct values values; /* the placeholder values being filled */
	/*
	 * Held while this worker's pango font map is in use: by the worker while
	 * it lays out and draws (for a PNG, each band, not the compression), and
	 * by the calling thread while it draws one of this worker's flyers into
	 * the proof sheet or the combined PDF, and frees it. A font map is not
	 * safe to use from two threads at once.
	 */
	pthread_mutex_t pango;
	unsigned char *seen; /* per template slot: this worker has made a flyer of it */
};

struct flyer_run {
	const struct flyer_job *job;
	const struct build_campaign *campaign;
	struct worker_state *workers;
	struct atomic_batch *batch; /* NULL when no flyer files are written */
	campaign_proof *proof;      /* NULL when no proof sheet is drawn */
	struct pdf_set *combined;   /* NULL without --combine, or when it is imposed */
	struct sheet_plan sheets;   /* sheets/ and office flyers */
	struct atomic_batch *sheet_batch; /* NULL when no sheets are written */
	struct atomic_batch *social_batch; /* social/, or NULL when no flyer files are written */
	campaign_imposer *imposed;  /* the --combine PDF as sheets, or NULL */
	int render;                 /* workers render PDF/PNG bytes */
	/*
	 * Held by a worker while it makes its first flyer of a template: the
	 * first use of a font loads it into caches that every thread shares
	 * (fontconfig, cairo's font faces), and two threads loading the same font
	 * at once were seen, rarely and under AddressSanitizer's timing, to lay
	 * one flyer out differently. Later flyers find the fonts loaded.
	 */
	pthread_mutex_t first_use;
	size_t done;
	size_t total;
	int status;
};

/* One placement's flyer, made by a worker and consumed in order. */
struct flyer_result {
	int wanted;
	int rc;
	unsigned worker; /* whose font map the flyer's layouts come from */
	char id[SPEC_ID_MAX + 1];
	campaign_flyer *flyer;
	campaign_buf pdf;
	campaign_buf png;
	campaign_buf sheet;  /* sheets/<id>.pdf */
	campaign_buf social; /* social/<id>.png or .jpg, instead of flyers/ (a template in pixels) */
	int social_jpeg;     /* its `image_format:` is jpeg */
	campaign_flyer *sheet_flyer; /* made from the sheet template, or NULL: the flyer goes on sheets */
	size_t slot;         /* its template's, for sheets.fits */
	long copies;         /* its `copies:`, CAMPAIGN_UNSET when not said */
	campaign_diags *diags;
};

static void
fail(struct flyer_run *r, int rc)
{
	if (rc == CAMPAIGN_OK)
		return;
	if (r->status == CAMPAIGN_OK || rc == CAMPAIGN_ENOMEM)
		r->status = rc;
}

/* Renders f, holding fonts while the flyer's fonts are in use. */
static int
render(const struct flyer_run *r, const campaign_flyer *f, campaign_render_format format,
       campaign_buf *out, pthread_mutex_t *fonts, campaign_diags *diags)
{
	campaign_render_options ro = CAMPAIGN_RENDER_OPTIONS_INIT;
	ro.format = format;
	ro.now = r->job->opts->now;
	ro.dpi = (int)r->job->opts->dpi;
	ro.title = r->campaign->name;
	ro.png_compression = r->job->opts->png_compression;
	ro.output_profile = r->job->opts->output_profile;
	/* A PNG prints on the office printer too; an image to post (a page in pixels) is for screens. */
	if (format == CAMPAIGN_RENDER_PNG && r->sheets.office && !f->t->pixel_page)
		ro.office_margin_mm = r->sheets.io->margin_mm;
	return campaign__flyer_render_locked(out, f, &ro, fonts, diags);
}

/* Whether a placement's template makes an image to post (a page in pixels): never paper. */
static int
to_post(const struct flyer_run *r, const struct flyer_result *res)
{
	return r->job->templates->slots[res->slot].tpl->pixel_page;
}

/* Whether a placement's flyer (or its sheet template's) goes on the sheets. */
static int
on_sheets(const struct flyer_run *r, const struct flyer_result *res)
{
	return r->sheets.tpl ? res->sheet_flyer != NULL : r->sheets.fits[res->slot];
}

/* What goes on the sheets: the sheet template's, or the placement's own flyer. */
static const campaign_flyer *
sheet_flyer(const struct flyer_result *res)
{
	return res->sheet_flyer ? res->sheet_flyer : res->flyer;
}

static void render_files(struct flyer_run *r, struct flyer_result *res, pthread_mutex_t *pango);
static void fill_and_render(struct flyer_run *r, const struct build_entry *e,
                            const struct template_slot *tpl, struct flyer_result *res, unsigned worker);

/* On a worker thread: fill the template and render; everything lands in the result. */
static void
make_flyer(void *ctx, size_t i, void *slot, unsigned worker)
{
	struct flyer_run *r = ctx;
	struct flyer_result *res = slot;
	res->worker = worker;
	if (!r->job->templates->drawn[i])
		return;
	struct worker_state *w = &r->workers[worker];
	const struct build_entry *e = NULL;
	res->wanted = 1;
	if (campaign_diags_new(&res->diags)) {
		res->rc = CAMPAIGN_ENOMEM;
		return;
	}
	if ((res->rc = campaign__entries_read(r->job->entries, i, &w->reader, &e, res->diags)))
		return;
	const struct template_slot *tpl = campaign__flyer_templates_find(r->job->templates,
	                                                                 e->p.template_name);
	if (!tpl || tpl->failed) {
		res->wanted = 0;
		campaign_diags_free(res->diags);
		res->diags = NULL;
		return;
	}
	size_t k = (size_t)(tpl - r->job->templates->slots);
	res->slot = k;
	res->copies = e->p.copies ? (long)e->p.copies : CAMPAIGN_UNSET;
	res->social_jpeg = e->p.image_format == CAMPAIGN_IMAGE_JPEG;
	int first = w->seen && !w->seen[k];
	if (first)
		pthread_mutex_lock(&r->first_use);
	fill_and_render(r, e, tpl, res, worker);
	if (first) {
		w->seen[k] = 1;
		pthread_mutex_unlock(&r->first_use);
	}
}

/*
 * make_flyer()'s work. The worker's pango lock is held while its fonts are
 * in use: laying out, and drawing (see campaign__flyer_render_locked()).
 */
static void
fill_and_render(struct flyer_run *r, const struct build_entry *e, const struct template_slot *tpl,
                struct flyer_result *res, unsigned worker)
{
	snprintf(res->id, sizeof(res->id), "%s", e->p.id);
	struct values *values = &r->workers[worker].values;
	const struct values_campaign c = { r->campaign->name, r->campaign->slug, r->campaign->language };
	if (campaign__values_fill(values, &c, &e->a, &e->x)) {
		res->rc = CAMPAIGN_ENOMEM;
		return;
	}
	campaign_flyer_options fo = CAMPAIGN_FLYER_OPTIONS_INIT;
	fo.language = e->x.language;
	pthread_mutex_t *pango = &r->workers[worker].pango;
	pthread_mutex_lock(pango);
	struct row_images images = { r->job->templates, e->p.rows_file };
	res->rc = campaign__flyer_new_rows(&res->flyer, tpl->tpl, values->params, values->count, &fo,
	                                   campaign__row_image, &images, res->diags);
	pthread_mutex_unlock(pango);
	if (campaign_diags_count(res->diags) > 0 && res->rc != CAMPAIGN_ENOMEM) {
		char note[320];
		campaign_diags_add(res->diags, CAMPAIGN_SEVERITY_NOTE, CAMPAIGN_OK, r->campaign->file,
		                   e->line, e->column, "in the flyer of placement '%s'%s", e->p.id,
		                   campaign__spec_row_note(&e->p, note, sizeof(note)));
	}
	/*
	 * The sheet template's flyer goes on the sheets and into an imposed
	 * --combine, files or not; an online placement's image is not printed.
	 */
	if (res->rc == CAMPAIGN_OK && r->sheets.tpl && r->sheets.tpl_fits && !to_post(r, res)) {
		pthread_mutex_lock(pango);
		/* A row's images, as the placement's own flyer takes them: the check loaded them. */
		res->rc = campaign__flyer_new_rows(&res->sheet_flyer, r->sheets.tpl, values->params,
		                                   values->count, &fo, campaign__row_image, &images,
		                                   res->diags);
		pthread_mutex_unlock(pango);
	}
	if (res->rc || !r->render)
		return;
	render_files(r, res, pango);
}

/* The flyer's PDF and PNG, and its sheets: of itself, or of its sheet template's flyer. */
static void
render_files(struct flyer_run *r, struct flyer_result *res, pthread_mutex_t *pango)
{
	unsigned formats = r->job->opts->formats;
	/*
	 * A template in pixels makes an image to post, not paper: a PNG of
	 * exactly its pixels in social/ (or a JPEG, as the placement asks),
	 * whichever print formats were asked for (a platform takes no PDF, and a
	 * PDF of pixels prints badly).
	 */
	if (to_post(r, res)) {
		res->rc = render(r, res->flyer, res->social_jpeg ? CAMPAIGN_RENDER_JPEG : CAMPAIGN_RENDER_PNG,
		                 &res->social, pango, res->diags);
		return;
	}
	if ((formats & CAMPAIGN_FORMAT_PDF) && r->sheets.office) {
		pthread_mutex_lock(pango);
		res->rc = campaign__office_render(&res->pdf, &r->sheets, res->flyer, r->job->opts->now,
		                                  r->campaign->name, res->diags);
		pthread_mutex_unlock(pango);
	} else if (formats & CAMPAIGN_FORMAT_PDF) {
		res->rc = render(r, res->flyer, CAMPAIGN_RENDER_PDF, &res->pdf, pango, res->diags);
	}
	if (res->rc == CAMPAIGN_OK && (formats & CAMPAIGN_FORMAT_PNG))
		res->rc = render(r, res->flyer, CAMPAIGN_RENDER_PNG, &res->png, pango, res->diags);
	if (res->rc == CAMPAIGN_OK && r->sheet_batch && on_sheets(r, res)) {
		pthread_mutex_lock(pango);
		res->rc = campaign__sheet_render(&res->sheet, &r->sheets, sheet_flyer(res),
		                                 res->copies == CAMPAIGN_UNSET ? 0 : (unsigned long)res->copies,
		                                 r->job->opts->now, r->campaign->name, res->diags);
		pthread_mutex_unlock(pango);
	}
}

static void
discard_flyer(void *ctx, size_t i, void *slot)
{
	struct flyer_run *r = ctx;
	struct flyer_result *res = slot;
	if (res->flyer || res->sheet_flyer) {
		pthread_mutex_lock(&r->workers[res->worker].pango);
		campaign_flyer_free(res->flyer);
		campaign_flyer_free(res->sheet_flyer);
		pthread_mutex_unlock(&r->workers[res->worker].pango);
	}
	campaign_buf_dispose(&res->pdf);
	campaign_buf_dispose(&res->png);
	campaign_buf_dispose(&res->sheet);
	campaign_buf_dispose(&res->social);
	campaign_diags_free(res->diags);
}

static int
add_file(struct flyer_run *r, struct atomic_batch *batch, const char *id, const char *ext,
         const campaign_buf *bytes)
{
	if (!bytes->ptr)
		return CAMPAIGN_OK;
	char name[96];
	snprintf(name, sizeof(name), "%s.%s", id, ext);
	return campaign__atomic_batch_add(batch, name, bytes->ptr, bytes->size, r->job->diags);
}

/*
 * The placement's image in its other format, left by an earlier build
 * (`image_format:` changed): this build made its image again, so the old one
 * goes with it, as a flyer rewritten would, and is no stale file to warn of.
 */
static int
drop_other_format(struct flyer_run *r, const struct flyer_result *res)
{
	if (!res->social.ptr || r->job->social_current_fd < 0)
		return CAMPAIGN_OK;
	char name[96];
	snprintf(name, sizeof(name), "%s.%s", res->id, res->social_jpeg ? "png" : "jpg");
	struct stat st;
	if (fstatat(r->job->social_current_fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
		return CAMPAIGN_OK;
	return campaign__generation_drop(campaign__output_set_dir(r->job->set, "social"), name)
	               ? CAMPAIGN_ENOMEM
	               : CAMPAIGN_OK;
}

/* A worker's pango state must not outlive it (campaign_shutdown() asserts on live fonts). */
static void
worker_exit(void *ctx, unsigned worker)
{
	struct flyer_run *r = ctx;
	pthread_mutex_lock(&r->workers[worker].pango);
	campaign__fontmap_release_thread();
	pthread_mutex_unlock(&r->workers[worker].pango);
}

/* On the calling thread, in placement order: diagnostics, files, the proof sheet. */
static int
take_flyer(void *ctx, size_t i, void *slot)
{
	struct flyer_run *r = ctx;
	struct flyer_result *res = slot;
	if (!res->wanted)
		return 0;
	campaign__diags_copy(r->job->diags, res->diags);
	int rc = res->rc;
	/* After a failure, keep checking (validate reports all) but write nothing more. */
	const char *id = res->id;
	if (rc == CAMPAIGN_OK && r->batch && r->status == CAMPAIGN_OK) {
		rc = add_file(r, r->batch, id, "pdf", &res->pdf);
		if (rc == CAMPAIGN_OK)
			rc = add_file(r, r->batch, id, "png", &res->png);
		if (rc == CAMPAIGN_OK)
			rc = add_file(r, r->social_batch, id, res->social_jpeg ? "jpg" : "png", &res->social);
		if (rc == CAMPAIGN_OK)
			rc = drop_other_format(r, res);
	}
	if (rc == CAMPAIGN_OK && r->sheet_batch && r->status == CAMPAIGN_OK)
		rc = add_file(r, r->sheet_batch, id, "pdf", &res->sheet);
	pthread_mutex_t *pango = &r->workers[res->worker].pango;
	pthread_mutex_lock(pango);
	if (rc == CAMPAIGN_OK && r->proof && r->status == CAMPAIGN_OK)
		rc = campaign_proof_add(r->proof, res->flyer, id, r->job->diags);
	/* The proof shows images to post for approval; the --combine PDF goes to print. */
	if (rc == CAMPAIGN_OK && r->combined && r->status == CAMPAIGN_OK && !to_post(r, res))
		rc = campaign__pdf_set_add(r->combined, res->flyer, r->job->diags);
	/* REPEAT: the placement's own sheets, as in sheets/; SEQUENCE: the flyer once. */
	if (rc == CAMPAIGN_OK && r->imposed && r->status == CAMPAIGN_OK && on_sheets(r, res))
		rc = campaign_imposer_add(r->imposed, sheet_flyer(res),
		                          r->job->opts->impose->mode == CAMPAIGN_IMPOSE_REPEAT ? res->copies
		                                                                               : CAMPAIGN_UNSET,
		                          r->job->diags);
	pthread_mutex_unlock(pango);
	discard_flyer(ctx, i, slot);
	if (r->job->opts->progress)
		r->job->opts->progress(r->job->opts->progress_payload, ++r->done, r->total);
	if (rc)
		fail(r, rc);
	/* Out of memory or a file that cannot be written stops everything; invalid input does not. */
	return rc == CAMPAIGN_ENOMEM || rc == CAMPAIGN_EIO ? rc : 0;
}

static int
finish_proof(struct flyer_run *r, int fd)
{
	return campaign__proof_finish_to(r->proof, fd, r->job->diags);
}

static int
finish_combined(struct flyer_run *r, int fd)
{
	if (r->imposed)
		return campaign__imposer_finish_to(r->imposed, fd, r->job->diags);
	return campaign__pdf_set_finish(r->combined, fd, r->job->diags);
}

/*
 * The proof sheet and the combined PDF go from their scratch files into
 * sealed temp files, renamed into place with the rest of the output set.
 */
static int
write_finished(struct flyer_run *r, int dirfd, const char *name, enum output_set_file which,
               int (*finish)(struct flyer_run *, int fd))
{
	struct atomic_file f;
	int rc = campaign__atomic_open(&f, dirfd, name, r->job->diags);
	if (rc)
		return rc;
	rc = finish(r, f.fd);
	if (rc) {
		/* The PDF writer knows only a descriptor ("cannot write the PDF"): say which file. */
		char path[4200];
		snprintf(path, sizeof(path), "%s%s%s", dirfd == AT_FDCWD ? "" : r->job->out_path,
		         dirfd == AT_FDCWD ? "" : "/", name);
		if (rc == CAMPAIGN_EIO)
			campaign_diags_add(r->job->diags, CAMPAIGN_SEVERITY_NOTE, CAMPAIGN_OK, path, 0, 0,
			                   "this file was not written; the previous one, if any, is kept");
		campaign__atomic_discard(&f);
		return rc;
	}
	rc = campaign__atomic_seal(&f, r->job->diags);
	if (rc == CAMPAIGN_OK)
		campaign__output_set_add_file(r->job->set, which, &f);
	return rc;
}

int
campaign__build_flyers(const struct flyer_job *job)
{
	struct flyer_run r = { .job = job, .campaign = campaign__entries_campaign(job->entries) };
	/* A template that failed is reported already; the other flyers are still checked. */
	fail(&r, job->templates->status);
	size_t wanted = job->templates->wanted;
	size_t count = campaign__entries_count(job->entries);
	unsigned formats = job->opts->formats;
	int writing = job->out && !job->proof_only && (formats & (CAMPAIGN_FORMAT_PDF | CAMPAIGN_FORMAT_PNG));
	int proofing = job->out && !job->no_proof && (writing || job->proof_only);
	int combining = job->out && !job->proof_only && job->opts->combine;
	r.render = writing;
	r.total = wanted;
	unsigned jobs = job->opts->jobs;
	r.workers = calloc(jobs, sizeof(*r.workers));
	if (!r.workers)
		fail(&r, CAMPAIGN_ENOMEM);
	pthread_mutex_init(&r.first_use, NULL);
	for (unsigned w = 0; r.workers && w < jobs; w++) {
		campaign__strbuf_init(&r.workers[w].values.names, 0);
		pthread_mutex_init(&r.workers[w].pango, NULL);
		r.workers[w].seen = calloc(job->templates->count + 1, 1);
		if (!r.workers[w].seen)
			fail(&r, CAMPAIGN_ENOMEM);
	}
	int rc = CAMPAIGN_OK;
	if (wanted && writing && r.status == CAMPAIGN_OK) {
		char label[4200];
		snprintf(label, sizeof(label), "%s/flyers", job->out_path);
		rc = campaign__atomic_batch_new_private(&r.batch, job->flyers_fd, label);
		if (rc == CAMPAIGN_OK)
			campaign__atomic_batch_reuse_from(r.batch, job->flyers_current_fd);
	}
	if (wanted && proofing && rc == CAMPAIGN_OK && r.status == CAMPAIGN_OK) {
		campaign_proof_options po = CAMPAIGN_PROOF_OPTIONS_INIT;
		po.title = r.campaign->name;
		char label[4200];
		snprintf(label, sizeof(label), "%s/proof.pdf", job->out_path);
		rc = campaign__proof_new_streamed(&r.proof, &po, job->out->fd, label, job->diags);
	}
	if (!wanted && combining && r.status == CAMPAIGN_OK)
		/* Asked for a set of flyers and given none: said, never a silent success. */
		campaign_diags_add(job->diags, CAMPAIGN_SEVERITY_WARNING, CAMPAIGN_OK, job->opts->combine,
		                   0, 0, "not written: no placement has a template, so there is no "
		                   "flyer to combine (an older file there stays as it was)");
	if (rc == CAMPAIGN_OK)
		rc = campaign__sheet_plan_make(&r.sheets, job->templates, job->opts, job->diags);
	if (wanted && writing && r.sheets.sheets && rc == CAMPAIGN_OK && r.status == CAMPAIGN_OK) {
		char label[4200];
		snprintf(label, sizeof(label), "%s/sheets", job->out_path);
		rc = campaign__atomic_batch_new_private(&r.sheet_batch, job->sheets_fd, label);
		if (rc == CAMPAIGN_OK)
			campaign__atomic_batch_reuse_from(r.sheet_batch, job->sheets_current_fd);
	}
	if (wanted && writing && rc == CAMPAIGN_OK && r.status == CAMPAIGN_OK) {
		char label[4200];
		snprintf(label, sizeof(label), "%s/social", job->out_path);
		rc = campaign__atomic_batch_new_private(&r.social_batch, job->social_fd, label);
		if (rc == CAMPAIGN_OK)
			campaign__atomic_batch_reuse_from(r.social_batch, job->social_current_fd);
	}
	if (wanted && combining && r.sheets.sheets && rc == CAMPAIGN_OK && r.status == CAMPAIGN_OK) {
		campaign_impose_options io = *job->opts->impose;
		io.output_profile = job->opts->output_profile;
		io.now = job->opts->now;
		io.title = r.campaign->name;
		rc = campaign__imposer_new_in(&r.imposed, &io, &r.sheets.sheet, job->out->fd, job->opts->combine,
		                              job->diags);
	} else if (wanted && combining && rc == CAMPAIGN_OK && r.status == CAMPAIGN_OK) {
		rc = campaign__pdf_set_new(&r.combined, r.campaign->name, job->opts->now,
		                           job->opts->output_profile, job->out->fd, job->opts->combine,
		                           job->diags);
	}
	if (rc)
		fail(&r, rc);
	/* A failed template still lets the others be checked; only a failed setup stops here. */
	if (wanted && r.status != CAMPAIGN_ENOMEM && rc == CAMPAIGN_OK) {
		rc = campaign__ordered_map(count, jobs, sizeof(struct flyer_result), make_flyer,
		                           take_flyer, discard_flyer, worker_exit, &r);
		/*
		 * Fewer threads than asked for only go slower; none at all is an
		 * error. Any other rc is take_flyer's, already reported and failed.
		 */
		if (rc == ORDERED_MAP_NO_THREADS) {
			campaign_diags_add(job->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_ENOMEM, NULL, 0, 0,
			                   "cannot start a thread to render the flyers (out of memory or "
			                   "of threads)");
			fail(&r, CAMPAIGN_ENOMEM);
		}
	}
	if (r.status == CAMPAIGN_OK && r.batch)
		fail(&r, campaign__atomic_batch_commit(r.batch, job->diags));
	if (r.status == CAMPAIGN_OK && r.sheet_batch)
		fail(&r, campaign__atomic_batch_commit(r.sheet_batch, job->diags));
	if (r.status == CAMPAIGN_OK && r.social_batch)
		fail(&r, campaign__atomic_batch_commit(r.social_batch, job->diags));
	if (r.status == CAMPAIGN_OK && r.proof)
		fail(&r, write_finished(&r, job->out->fd, "proof.pdf", OUTPUT_PROOF, finish_proof));
	if (r.status == CAMPAIGN_OK && r.imposed && campaign_imposer_sheets(r.imposed) == 0) {
		/* Every template too large for the sheet (each warned about): said, never a silent success. */
		campaign_diags_add(job->diags, CAMPAIGN_SEVERITY_WARNING, CAMPAIGN_OK, job->opts->combine, 0, 0,
		                   "not written: no flyer fits the sheet (an older file there stays as it was)");
		campaign_imposer_free(r.imposed);
		r.imposed = NULL;
	}
	if (r.status == CAMPAIGN_OK && (r.combined || r.imposed))
		fail(&r, write_finished(&r, AT_FDCWD, job->opts->combine, OUTPUT_COMBINED, finish_combined));
	campaign__pdf_set_free(r.combined);
	campaign_imposer_free(r.imposed);
	campaign__atomic_batch_free(r.sheet_batch);
	campaign__atomic_batch_free(r.social_batch);
	campaign__sheet_plan_free(&r.sheets);
	campaign_proof_free(r.proof);
	campaign__atomic_batch_free(r.batch);
	for (unsigned w = 0; r.workers && w < jobs; w++) {
		campaign__values_free(&r.workers[w].values);
		campaign__entry_reader_free(&r.workers[w].reader);
		pthread_mutex_destroy(&r.workers[w].pango);
		free(r.workers[w].seen);
	}
	pthread_mutex_destroy(&r.first_use);
	free(r.workers);
	return r.status;
}
