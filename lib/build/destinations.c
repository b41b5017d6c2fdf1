/* Every place a build writes, checked before the first write: see destinations.h. */
#include "build/destinations.h"

#include "campaign/build.h"
#include "campaign/status.h"
#include "build/manifest.h"

/* Problems reported of the per-placement files; the rest are counted. */
#define FILES_SHOWN 3

int
campaign__destinations_check(const struct outdir *out, const struct destinations *d,
                             campaign_diags *diags)
{
	int rc = CAMPAIGN_OK;
	int flyers = d->flyers && (d->formats & (CAMPAIGN_FORMAT_PDF | CAMPAIGN_FORMAT_PNG));
	int qr = d->qr && (d->formats & CAMPAIGN_FORMAT_QR);
	if (flyers && campaign__outdir_check_subdir(out, "flyers", diags))
		rc = CAMPAIGN_EIO;
	if (qr && campaign__outdir_check_subdir(out, "qr", diags))
		rc = CAMPAIGN_EIO;
	/* Withdrawn files are moved there whenever a placement leaves. */
	if (campaign__outdir_check_subdir(out, "withdrawn", diags))
		rc = CAMPAIGN_EIO;
	static const char *const documents[] = { "manifest.json", "manifest.csv" };
	for (size_t k = 0; k < sizeof(documents) / sizeof(documents[0]); k++)
		if (campaign__outdir_check_file(out, documents[k], diags))
			rc = CAMPAIGN_EIO;
	if (d->proof && campaign__outdir_check_file(out, "proof.pdf", diags))
		rc = CAMPAIGN_EIO;
	if (rc)
		return rc; /* a directory that cannot be used: its files need no look */
	size_t bad = 0;
	for (size_t i = 0; (qr || flyers) && i < campaign_plan_count(d->plan); i++) {
		const campaign_assignment *a = campaign_plan_get(d->plan, i);
		if (!d->selected[i])
			continue;
		unsigned kinds = 0;
		if (qr && a->placement->qr && a->url)
			kinds |= MANIFEST_QR_PNG | MANIFEST_QR_SVG;
		if (flyers && d->drawn && d->drawn[i])
			kinds |= ((d->formats & CAMPAIGN_FORMAT_PDF) ? MANIFEST_PDF : 0) |
			         ((d->formats & CAMPAIGN_FORMAT_PNG) ? MANIFEST_PNG : 0);
		if (!kinds)
			continue;
		struct manifest_files f;
		campaign__manifest_files_of(kinds, a->placement->id, &f);
		const char *const names[] = { f.pdf, f.png, f.qr_png, f.qr_svg };
		for (size_t k = 0; k < 4; k++) {
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
