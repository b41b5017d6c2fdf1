/* Rendering into memory and onto disk: the one place that picks a renderer by format. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "qr/qr_internal.h"
#include "qr/qr_writer.h"
#include "io/atomic_file.h"

/* Pending files after which a writer commits by itself, to bound memory and temp files. */
#define WRITER_COMMIT_EVERY 512

static int
render(struct strbuf *sb, const campaign_qr *qr, campaign_qr_format format,
       const campaign_qr_options *opts, campaign_diags *diags)
{
	campaign_qr_geometry g = CAMPAIGN_QR_GEOMETRY_INIT;
	const campaign_qr_options *o = campaign__qr_opts(opts);
	int rc = campaign_qr_measure(&g, qr, format, o, diags);
	if (rc)
		return rc;
	switch (format) {
	case CAMPAIGN_QR_FORMAT_PNG: rc = campaign__qr_png(sb, qr, &g, diags); break;
	case CAMPAIGN_QR_FORMAT_SVG: rc = campaign__qr_svg(sb, qr, &g, diags); break;
	case CAMPAIGN_QR_FORMAT_PDF: rc = campaign__qr_pdf(sb, qr, &g, o, diags); break;
	}
	/* The buffer's own failure (memory, cap) is sticky and may be the only sign. */
	return rc ? rc : sb->status;
}

int
campaign_qr_render(campaign_buf *out, const campaign_qr *qr, campaign_qr_format format,
                   const campaign_qr_options *opts, campaign_diags *diags)
{
	out->ptr = NULL;
	out->size = 0;
	struct strbuf sb;
	campaign__strbuf_init(&sb, 0);
	int rc = render(&sb, qr, format, opts, diags);
	if (rc) {
		campaign__strbuf_free(&sb);
		return rc;
	}
	return campaign__strbuf_to_buf(&sb, out);
}

int
campaign_qr_write(int dirfd, const char *path, const campaign_qr *qr, campaign_qr_format format,
                  const campaign_qr_options *opts, campaign_diags *diags)
{
	struct strbuf sb;
	campaign__strbuf_init(&sb, 0);
	int rc = render(&sb, qr, format, opts, diags);
	if (rc == CAMPAIGN_OK)
		rc = campaign__atomic_write(dirfd, path, sb.ptr, sb.len, diags);
	campaign__strbuf_free(&sb);
	if (rc)
		return rc;
	/* The rename is durable only once its directory is. */
	const char *slash = strrchr(path, '/');
	if (!slash)
		return campaign__fsync_dir(dirfd, ".", ".", diags);
	char dir[4096];
	int n = snprintf(dir, sizeof(dir), "%.*s", slash == path ? 1 : (int)(slash - path), path);
	if (n < 0 || (size_t)n >= sizeof(dir))
		return CAMPAIGN_OK; /* the file was written; a path this long cannot be reopened */
	return campaign__fsync_dir(dirfd, dir, dir, diags);
}

struct campaign_qr_writer {
	struct atomic_batch *batch;
	struct strbuf sb; /* reused, so a thousand codes cost one buffer */
};

static int
writer_new(campaign_qr_writer **out, int dirfd, const char *label, int private_dir)
{
	*out = NULL;
	campaign_qr_writer *w = calloc(1, sizeof(*w));
	if (!w)
		return CAMPAIGN_ENOMEM;
	campaign__strbuf_init(&w->sb, 0);
	int rc = private_dir ? campaign__atomic_batch_new_private(&w->batch, dirfd, label)
	                     : campaign__atomic_batch_new(&w->batch, dirfd, label);
	if (rc) {
		free(w);
		return rc;
	}
	*out = w;
	return CAMPAIGN_OK;
}

int
campaign_qr_writer_new(campaign_qr_writer **out, int dirfd, const char *label)
{
	return writer_new(out, dirfd, label, 0);
}

int
campaign_qr_writer_new_private(campaign_qr_writer **out, int dirfd, const char *label)
{
	return writer_new(out, dirfd, label, 1);
}

void
campaign__qr_writer_reuse_from(campaign_qr_writer *w, int current_fd)
{
	campaign__atomic_batch_reuse_from(w->batch, current_fd);
}

int
campaign_qr_writer_add(campaign_qr_writer *w, const char *stem, const campaign_qr *qr,
                       unsigned int formats, const campaign_qr_options *opts, campaign_diags *diags)
{
	/* The flags of campaign_qr_formats are the values of the single formats. */
	_Static_assert(CAMPAIGN_QR_FORMATS_PNG == (int)CAMPAIGN_QR_FORMAT_PNG &&
	                       CAMPAIGN_QR_FORMATS_SVG == (int)CAMPAIGN_QR_FORMAT_SVG &&
	                       CAMPAIGN_QR_FORMATS_PDF == (int)CAMPAIGN_QR_FORMAT_PDF,
	               "a single format is the set of just it");
	static const campaign_qr_format all[] = {
		CAMPAIGN_QR_FORMAT_PNG,
		CAMPAIGN_QR_FORMAT_SVG,
		CAMPAIGN_QR_FORMAT_PDF,
	};
	if (formats == 0 || (formats & ~7u)) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, stem, 0, 0,
		                   "unknown set of QR output formats 0x%x", formats);
		return CAMPAIGN_EINVALID;
	}
	size_t keep = campaign__atomic_batch_pending(w->batch);
	int rc = CAMPAIGN_OK;
	for (size_t i = 0; i < sizeof(all) / sizeof(all[0]) && rc == CAMPAIGN_OK; i++) {
		if (!(formats & all[i]))
			continue;
		char name[512];
		int n = snprintf(name, sizeof(name), "%s.%s", stem,
		                 campaign_qr_format_extension(all[i]));
		if (n < 0 || (size_t)n >= sizeof(name)) {
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL,
			                   0, 0, "file name too long: %.64s...", stem);
			rc = CAMPAIGN_EINVALID;
			break;
		}
		campaign__strbuf_reset(&w->sb);
		rc = render(&w->sb, qr, all[i], opts, diags);
		if (rc == CAMPAIGN_OK)
			rc = campaign__atomic_batch_add(w->batch, name, w->sb.ptr, w->sb.len,
			                                diags);
	}
	if (rc) {
		campaign__atomic_batch_rollback(w->batch, keep);
		return rc;
	}
	if (campaign__atomic_batch_pending(w->batch) >= WRITER_COMMIT_EVERY)
		return campaign__atomic_batch_commit(w->batch, diags);
	return CAMPAIGN_OK;
}

int
campaign_qr_writer_commit(campaign_qr_writer *w, campaign_diags *diags)
{
	return campaign__atomic_batch_commit(w->batch, diags);
}

void
campaign_qr_writer_free(campaign_qr_writer *w)
{
	if (!w)
		return;
	campaign__atomic_batch_free(w->batch);
	campaign__strbuf_free(&w->sb);
	free(w);
}
