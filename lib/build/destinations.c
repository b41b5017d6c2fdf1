/* Every place a build writes, checked before the first write: see destinations.h. */
#include "build/destinations.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "campaign/build.h"
#include "campaign/status.h"
#include "build/build_captions.h"
#include "build/flyer_templates.h"
#include "build/manifest.h"
#include "build/redirects.h"
#include "build/shard_made_from.h"
#include "io/record_path.h"
#include "spec/spec_model.h"
#include "template/template_model.h"
#include "util/strbuf.h"

/* Problems reported of the per-placement files; the rest are counted. */
#define FILES_SHOWN 3

/* Whether placement a's template makes an image to post, in social/ rather than flyers/. */
static int
to_post(const struct destinations *d, const campaign_assignment *a)
{
	const struct template_slot *s = campaign__flyer_templates_find(d->templates, a->placement->template_name);
	return s && s->tpl && s->tpl->pixel_page;
}

/* Whether path is out_path/name, or lies under it when `below`. */
static int
in_output(const char *path, const char *out_path, const char *name, int below)
{
	char full[4200];
	if (snprintf(full, sizeof(full), "%s/%s", out_path, name) >= (int)sizeof(full))
		return 0;
	return campaign__record_path_same(path, full) || (below && campaign__path_inside(path, full));
}

int
campaign__destinations_check_combine(const char *combine, const char *spec_file, const char *ledger,
                                     const char *registry, const char *out_path, campaign_diags *diags)
{
	/* Beside its own files in the output directory is fine (out/all.pdf); over one of them is not. */
	static const char *const owned[] = { "manifest.json", "manifest.csv", "proof.pdf", ".campaign.lock" };
	static const char *const owned_dirs[] = { "flyers", "qr", "withdrawn", "sheets", "social", "captions" };
	const char *clash = NULL;
	if (spec_file && campaign__record_path_same(combine, spec_file))
		clash = "over the spec";
	else if (campaign__record_path_same(combine, ledger))
		clash = "over the ledger";
	else if (registry && campaign__record_path_same(combine, registry))
		clash = "over the registry";
	else if (campaign__record_path_same(combine, out_path))
		clash = "over the output directory";
	for (size_t i = 0; !clash && i < sizeof(owned) / sizeof(owned[0]); i++)
		if (in_output(combine, out_path, owned[i], 0))
			clash = "over a file the build writes in the output directory";
	for (size_t i = 0; !clash && i < sizeof(owned_dirs) / sizeof(owned_dirs[0]); i++)
		if (in_output(combine, out_path, owned_dirs[i], 1))
			clash = "among the files the build writes in the output directory";
	if (!clash)
		return CAMPAIGN_OK;
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, combine, 0, 0,
	                   "--combine would write the PDF %s: give it a path of its own", clash);
	return CAMPAIGN_EINVALID;
}

/* What an input would be overwritten by, or NULL. */
static const char *
written_over(const char *input, const char *combine, const char *out_path)
{
	static const char *const files[] = { "manifest.json", "manifest.csv", "proof.pdf" };
	static const char *const dirs[] = { "flyers", "qr", "withdrawn", "social", "captions" };
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++)
		if (in_output(input, out_path, files[i], 0))
			return files[i];
	for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++)
		if (in_output(input, out_path, dirs[i], 1))
			return dirs[i];
	if (combine && campaign__record_path_same(input, combine))
		return "the --combine PDF";
	return NULL;
}

/* path as the spec wrote it (relative to its folder), or as given when `spec` is NULL. */
static int
check_input(const struct campaign_spec *spec, const char *path, const char *what,
            const char *combine, const char *out_path, campaign_diags *diags)
{
	struct strbuf full;
	campaign__strbuf_init(&full, 0);
	int rc = spec ? campaign__spec_path_into(spec, path, &full) : campaign__strbuf_adds(&full, path);
	const char *over = rc ? NULL : written_over(full.ptr, combine, out_path);
	if (over) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, full.ptr, 0, 0,
		                   "the build would write %s%s over this file, the spec's %s: give -o "
		                   "another directory, or the file another name",
		                   strcmp(over, "the --combine PDF") == 0 ? "" : "its ", over, what);
		rc = CAMPAIGN_EINVALID;
	}
	campaign__strbuf_free(&full);
	return rc;
}

int
campaign__destinations_check_inputs(const struct campaign_spec *spec, const char *combine,
                                    const char *out_path, campaign_diags *diags)
{
	/* Every clash is reported; out of memory stops at once. */
	int rc = spec->file ? check_input(NULL, spec->file, "own file", combine, out_path, diags)
	                    : CAMPAIGN_OK;
	int r = spec->hashtag.taken && rc != CAMPAIGN_ENOMEM
	                ? check_input(spec, spec->hashtag.taken, "taken: list", combine, out_path, diags)
	                : CAMPAIGN_OK;
	rc = rc ? rc : r;
	/* The placements of one table share its name: each table is checked once. */
	const char *last = NULL;
	for (size_t i = 0; i < spec->placement_count && rc != CAMPAIGN_ENOMEM; i++) {
		const char *rows = spec->placements[i].pub.rows_file;
		if (!rows || rows == last)
			continue;
		last = rows;
		r = check_input(spec, rows, "rows: table", combine, out_path, diags);
		rc = rc ? rc : r;
	}
	return rc;
}

int
campaign__destinations_check(const struct outdir *out, const struct destinations *d,
                             campaign_diags *diags)
{
	int rc = CAMPAIGN_OK;
	/* The next versions of the output set are made beside the current one (output_set.h). */
	if (faccessat(out->fd, ".", W_OK, AT_EACCESS) != 0) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, out->path, 0, 0,
		                   "cannot create anything in the output directory: %s", strerror(errno));
		return CAMPAIGN_EIO;
	}
	int flyers = d->flyers && (d->formats & (CAMPAIGN_FORMAT_PDF | CAMPAIGN_FORMAT_PNG));
	int qr = d->qr && (d->formats & CAMPAIGN_FORMAT_QR);
	if (flyers && campaign__outdir_check_subdir(out, "flyers", diags))
		rc = CAMPAIGN_EIO;
	if (qr && campaign__outdir_check_subdir(out, "qr", diags))
		rc = CAMPAIGN_EIO;
	/* Withdrawn files are moved there whenever a placement leaves, from social/ and captions/ too. */
	static const char *const dirs[] = { "withdrawn", "social", "captions", "sheets" };
	for (size_t k = 0; k < sizeof(dirs) / sizeof(dirs[0]); k++)
		if (campaign__outdir_check_subdir(out, dirs[k], diags))
			rc = CAMPAIGN_EIO;
	static const char *const documents[] = { "manifest.json", "manifest.csv" };
	for (size_t k = 0; k < sizeof(documents) / sizeof(documents[0]); k++)
		if (campaign__outdir_check_file(out, documents[k], diags))
			rc = CAMPAIGN_EIO;
	if (d->proof && campaign__outdir_check_file(out, "proof.pdf", diags))
		rc = CAMPAIGN_EIO;
	char shard_file[SHARD_MADE_FROM_NAME_SIZE];
	campaign__shard_made_from_name(shard_file, d->shard_index, d->shard_count);
	if (d->shard && campaign__outdir_check_file(out, shard_file, diags))
		rc = CAMPAIGN_EIO;
	for (int k = 0; d->short_links && k < OUTPUT_REDIRECT_FILES; k++)
		if (campaign__outdir_check_file(out, campaign__redirect_files[k], diags))
			rc = CAMPAIGN_EIO;
	if (rc)
		return rc; /* a directory that cannot be used: its files need no look */
	size_t bad = 0;
	int captions = d->flyers && d->formats != CAMPAIGN_FORMAT_NONE; /* as build.c writes them */
	for (size_t i = 0; (qr || flyers || captions) && i < campaign_plan_count(d->plan); i++) {
		const campaign_assignment *a = campaign_plan_get(d->plan, i);
		if (!d->selected[i])
			continue;
		unsigned kinds = 0;
		if (qr && a->placement->qr && a->url)
			kinds |= MANIFEST_QR_PNG | MANIFEST_QR_SVG;
		if (flyers && d->drawn && d->drawn[i] && to_post(d, a))
			kinds |= campaign__manifest_social_bits(a->placement); /* whichever formats: build_flyers.c */
		else if (flyers && d->drawn && d->drawn[i])
			kinds |= ((d->formats & CAMPAIGN_FORMAT_PDF) ? MANIFEST_PDF : 0) |
			         ((d->formats & CAMPAIGN_FORMAT_PNG) ? MANIFEST_PNG : 0);
		if (captions && campaign__caption_online(a))
			kinds |= MANIFEST_CAPTION;
		if (!kinds)
			continue;
		struct manifest_files f;
		campaign__manifest_files_of(kinds, a->placement->id, &f);
		const char *const names[] = { f.pdf, f.png, f.qr_png, f.qr_svg, f.social, f.caption };
		for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++) {
			if (!names[k])
				continue;
			if (bad < FILES_SHOWN ? campaign__outdir_check_file(out, names[k], diags)
			                      : campaign__outdir_check_file(out, names[k], NULL))
				bad++;
		}
	}
	if (bad > FILES_SHOWN)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, out->path, 0, 0,
		                   "and %zu more files that are directories", bad - FILES_SHOWN);
	return bad ? CAMPAIGN_EIO : CAMPAIGN_OK;
}
