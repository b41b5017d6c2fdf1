/* campaign_flyer_render() and campaign_flyer_write(): options, dispatch, crash-safe files. */
#include <glib.h>
#include <string.h>

#include "campaign/render.h"
#include "campaign/status.h"
#include "core/clock.h"
#include "core/options.h"
#include "core/versions.h"
#include "render/render_internal.h"
#include "io/atomic_file.h"
#include "text/unichar.h"

static int
check_options(const campaign_render_options *o, campaign_diags *diags)
{
	if (!campaign__clock_valid(o->now)) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "the PDF date (now) must be CAMPAIGN_UNSET or from 0 to %lld, not %lld",
		                   (long long)CAMPAIGN_TIME_MAX, (long long)o->now);
		return CAMPAIGN_EINVALID;
	}
	if (o->format != CAMPAIGN_RENDER_PDF && o->format != CAMPAIGN_RENDER_PNG &&
	    o->format != CAMPAIGN_RENDER_JPEG) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "unknown render format %d", (int)o->format);
		return CAMPAIGN_EINVALID;
	}
	if (o->format != CAMPAIGN_RENDER_PDF &&
	    (o->dpi < CAMPAIGN_RENDER_DPI_MIN || o->dpi > CAMPAIGN_RENDER_DPI_MAX)) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "the resolution must be from %d to %d dpi, not %d",
		                   CAMPAIGN_RENDER_DPI_MIN, CAMPAIGN_RENDER_DPI_MAX, o->dpi);
		return CAMPAIGN_EINVALID;
	}
	if (campaign__office_margin(o) && !(o->office_margin_mm >= 0 && o->office_margin_mm <= 50)) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "the office margin must be CAMPAIGN_UNSET or from 0 to 50 mm, not %g mm",
		                   o->office_margin_mm);
		return CAMPAIGN_EINVALID;
	}
	/* It shows in a viewer's title bar and window list: nothing there may reorder or hide it. */
	uint32_t cp;
	if (o->title && (!g_utf8_validate(o->title, -1, NULL) ||
	                 campaign__unichar_find(o->title, strlen(o->title), UNICHAR_BIDI_CONTROL, &cp) >= 0)) {
		char name[UNICHAR_DESCRIBE_MAX];
		if (!g_utf8_validate(o->title, -1, NULL))
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
			                   "the PDF title is not UTF-8 text");
		else
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
			                   "the PDF title has %s: %s", campaign__unichar_describe(cp, name),
			                   campaign__unichar_why(campaign__unichar_hazard(cp)));
		return CAMPAIGN_EINVALID;
	}
	return CAMPAIGN_OK;
}

int
campaign__flyer_render_locked(campaign_buf *out, const campaign_flyer *f,
                              const campaign_render_options *opts, pthread_mutex_t *fonts,
                              campaign_diags *diags)
{
	static const campaign_render_options defaults = CAMPAIGN_RENDER_OPTIONS_INIT;
	campaign_render_options known;
	const campaign_render_options *o = &known;
	out->ptr = NULL;
	out->size = 0;
	int rc = CAMPAIGN__OPTIONS_TAKE(&known, opts, &defaults, campaign__sizes_render_options,
	                                "campaign_render_options", diags);
	if (rc == CAMPAIGN_OK)
		rc = check_options(o, diags);
	if (rc)
		return rc;
	/* A JPEG is drawn in the PNG's bands; render_png.c hands them to the other encoder. */
	if (o->format != CAMPAIGN_RENDER_PDF)
		return campaign__render_png(out, f, o, fonts, diags);
	if (fonts)
		pthread_mutex_lock(fonts);
	rc = campaign__render_pdf(out, f, o, diags);
	if (fonts)
		pthread_mutex_unlock(fonts);
	return rc;
}

int
campaign_flyer_render(campaign_buf *out, const campaign_flyer *f, const campaign_render_options *opts,
                      campaign_diags *diags)
{
	return campaign__flyer_render_locked(out, f, opts, NULL, diags);
}

int
campaign_flyer_write(int dirfd, const char *path, const campaign_flyer *f,
                     const campaign_render_options *opts, campaign_diags *diags)
{
	campaign_buf buf = CAMPAIGN_BUF_INIT;
	int rc = campaign_flyer_render(&buf, f, opts, diags);
	if (rc == CAMPAIGN_OK)
		rc = campaign__atomic_write(dirfd, path, buf.ptr, buf.size, diags);
	campaign_buf_dispose(&buf);
	return rc;
}

int
campaign_render_options_init(campaign_render_options *opts, unsigned int version)
{
	static const campaign_render_options init = CAMPAIGN_RENDER_OPTIONS_INIT;
	return campaign__struct_init(opts, version, &init, campaign__sizes_render_options, CAMPAIGN__VERSIONS(campaign__sizes_render_options));
}
