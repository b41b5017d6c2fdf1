/*
 * campaign_output_profile: the boundary to Little CMS. The transform from
 * sRGB is built once per profile and shared by every thread: built without
 * its one-colour cache (cmsFLAGS_NOCACHE), cmsDoTransform() only reads it,
 * and a PDF has a few dozen colours to convert, so the cache would save
 * nothing. The profile has a context of its own, so the messages of one
 * profile's load never land in another's.
 */
#include "render/output_profile.h"

#include <lcms2.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "io/read_file.h"
#include "render/pdf_flate.h"

/* Press profiles are a few MB at most (ISO Coated v2: 1.7 MB); more is no profile we expect. */
#define PROFILE_MAX (16u << 20)

/* Little CMS's first message while loading, kept for the diagnostic. */
struct lcms_log {
	char text[256];
};

struct campaign_output_profile {
	char *bytes;
	size_t len;
	char *deflated; /* bytes, deflated once for every PDF */
	size_t deflated_len;
	char name[128];
	struct lcms_log log;
	cmsContext ctx; /* its user data is log */
	cmsHTRANSFORM to_cmyk;
	cmsHTRANSFORM pixels_to_cmyk; /* 8-bit samples, for images */
};

static void
log_error(cmsContext ctx, cmsUInt32Number code, const char *text)
{
	struct lcms_log *log = cmsGetContextUserData(ctx);
	if (log && !log->text[0])
		snprintf(log->text, sizeof(log->text), "%s", text);
}

static int
refuse(const char *path, const char *why, const struct lcms_log *log, campaign_diags *diags)
{
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, path, 0, 0,
	                   "%s%s%s", why, log && log->text[0] ? ": lcms2: " : "",
	                   log && log->text[0] ? log->text : "");
	return CAMPAIGN_EINVALID;
}

/* The checks and the transform; the profile's context has log as its user data. */
static int
build_transform(campaign_output_profile *p, const char *path, struct lcms_log *log,
                campaign_diags *diags)
{
	/* "acsp" at byte 36 is every ICC profile's signature: anything else is not one at all. */
	if (p->len < 132 || memcmp(p->bytes + 36, "acsp", 4) != 0)
		return refuse(path, "not an ICC profile (no 'acsp' signature)", NULL, diags);
	cmsHPROFILE prof = cmsOpenProfileFromMemTHR(p->ctx, p->bytes, (cmsUInt32Number)p->len);
	if (!prof)
		return refuse(path, "damaged ICC profile", log, diags);
	int rc = CAMPAIGN_OK;
	if (cmsGetColorSpace(prof) != cmsSigCmykData) {
		rc = refuse(path, "not a CMYK profile: an output profile for print converts to CMYK",
		            NULL, diags);
	} else if (cmsGetDeviceClass(prof) != cmsSigOutputClass) {
		rc = refuse(path, "not an output (printer) profile", NULL, diags);
	} else {
		cmsHPROFILE srgb = cmsCreate_sRGBProfileTHR(p->ctx);
		/* Relative colorimetric with black point compensation: what Acrobat and InDesign do for vector colours. */
		const cmsUInt32Number flags = cmsFLAGS_BLACKPOINTCOMPENSATION | cmsFLAGS_NOCACHE;
		p->to_cmyk = srgb ? cmsCreateTransformTHR(p->ctx, srgb, TYPE_RGB_DBL, prof, TYPE_CMYK_DBL,
		                                          INTENT_RELATIVE_COLORIMETRIC, flags)
		                  : NULL;
		/*
		 * Images the same way, so a logo's red as pixels prints as the same
		 * inks as the red of a rect beside it.
		 */
		p->pixels_to_cmyk = srgb ? cmsCreateTransformTHR(p->ctx, srgb, TYPE_RGB_8, prof, TYPE_CMYK_8,
		                                                 INTENT_RELATIVE_COLORIMETRIC, flags)
		                         : NULL;
		if (srgb)
			cmsCloseProfile(srgb);
		if (!p->to_cmyk || !p->pixels_to_cmyk)
			rc = refuse(path, "damaged ICC profile: no conversion to it can be built", log,
			            diags);
		else if (!cmsGetProfileInfoASCII(prof, cmsInfoDescription, "en", "US", p->name,
		                                 sizeof(p->name)) ||
		         !p->name[0]) {
			const char *base = strrchr(path, '/');
			snprintf(p->name, sizeof(p->name), "%s", base ? base + 1 : path);
		}
	}
	cmsCloseProfile(prof);
	return rc;
}

int
campaign_output_profile_load(campaign_output_profile **out, const char *path, campaign_diags *diags)
{
	*out = NULL;
	if (!path)
		return CAMPAIGN_EINVALID;
	campaign_output_profile *p = calloc(1, sizeof(*p));
	if (!p)
		return CAMPAIGN_ENOMEM;
	int rc = campaign__read_file(path, PROFILE_MAX, &p->bytes, &p->len, diags, NULL, 0, 0);
	if (rc == CAMPAIGN_OK) {
		p->ctx = cmsCreateContext(NULL, &p->log);
		if (!p->ctx)
			rc = CAMPAIGN_ENOMEM;
	}
	if (rc == CAMPAIGN_OK) {
		cmsSetLogErrorHandlerTHR(p->ctx, log_error);
		rc = build_transform(p, path, &p->log, diags);
	}
	if (rc == CAMPAIGN_OK)
		rc = campaign__pdf_flate(p->bytes, p->len, &p->deflated, &p->deflated_len);
	if (rc) {
		campaign_output_profile_free(p);
		return rc;
	}
	*out = p;
	return CAMPAIGN_OK;
}

void
campaign_output_profile_free(campaign_output_profile *p)
{
	if (!p)
		return;
	if (p->to_cmyk)
		cmsDeleteTransform(p->to_cmyk);
	if (p->pixels_to_cmyk)
		cmsDeleteTransform(p->pixels_to_cmyk);
	if (p->ctx)
		cmsDeleteContext(p->ctx);
	free(p->bytes);
	free(p->deflated);
	free(p);
}

const char *
campaign__output_profile_deflated(const campaign_output_profile *p, size_t *len)
{
	*len = p->deflated_len;
	return p->deflated;
}

const char *
campaign__output_profile_name(const campaign_output_profile *p)
{
	return p->name;
}

void
campaign__output_profile_to_cmyk(const campaign_output_profile *p, const double rgb[3], double cmyk[4])
{
	double ink[4];
	cmsDoTransform(p->to_cmyk, rgb, ink, 1);
	for (int i = 0; i < 4; i++)
		cmyk[i] = ink[i] < 0 ? 0 : ink[i] > 100 ? 1 : ink[i] / 100;
}

void
campaign__output_profile_pixels_to_cmyk(const campaign_output_profile *p, const unsigned char *rgb,
                                        unsigned char *cmyk, size_t count)
{
	/* Little CMS counts pixels in 32 bits: a larger image goes in parts. */
	const size_t part = (size_t)1 << 30;
	for (size_t done = 0; done < count; done += part) {
		size_t n = count - done < part ? count - done : part;
		cmsDoTransform(p->pixels_to_cmyk, rgb + 3 * done, cmyk + 4 * done, (cmsUInt32Number)n);
	}
}
