/* The limits of a template's images: see image_limits.h. */
#include "template/image_limits.h"

#include <stdio.h>

#include "campaign/status.h"
#include "core/options.h"
#include "core/versions.h"

const struct image_limits campaign__image_limits_default = {
	.side = CAMPAIGN_TEMPLATE_IMAGE_MAX_SIDE,
	.pixels = (size_t)CAMPAIGN_TEMPLATE_IMAGE_MAX_PIXELS,
	.bytes = CAMPAIGN_TEMPLATE_IMAGE_MAX_BYTES,
	.raisable = 0,
};

int
campaign__image_limits_take(struct image_limits *l, const campaign_template_load_options *opts,
                            campaign_diags *diags)
{
	*l = campaign__image_limits_default;
	if (!opts)
		return CAMPAIGN_OK;
	static const campaign_template_load_options defaults = CAMPAIGN_TEMPLATE_LOAD_OPTIONS_INIT;
	campaign_template_load_options o;
	if (CAMPAIGN__OPTIONS_TAKE(&o, opts, &defaults, campaign__sizes_template_load_options,
	                           "campaign_template_load_options", diags))
		return CAMPAIGN_EINVALID;
	const struct {
		const char *name;
		size_t value, ceiling;
	} all[] = {
		{ "max_image_side", o.max_image_side, CAMPAIGN_TEMPLATE_IMAGE_SIDE_CEILING },
		{ "max_image_pixels", o.max_image_pixels, CAMPAIGN_TEMPLATE_IMAGE_PIXELS_CEILING },
		{ "max_image_bytes", o.max_image_bytes, CAMPAIGN_TEMPLATE_IMAGE_BYTES_CEILING },
	};
	for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++) {
		if (all[i].value == 0 || all[i].value > all[i].ceiling) {
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
			                   "campaign_template_load_options: %s is %zu; it must be from 1 "
			                   "to %zu", all[i].name, all[i].value, all[i].ceiling);
			return CAMPAIGN_EINVALID;
		}
	}
	*l = (struct image_limits){ .side = o.max_image_side, .pixels = o.max_image_pixels,
		                    .bytes = o.max_image_bytes, .raisable = 1, .dirs = o.image_dirs };
	return CAMPAIGN_OK;
}

/* " (raise it with --limit NAME=N)" when the caller can, else "". */
static const char *
hint(const struct image_limits *l, const char *name, char *buf, size_t size)
{
	if (!l->raisable)
		return "";
	snprintf(buf, size, " (raise it with --limit %s=N)", name);
	return buf;
}

int
campaign__image_size_ok(const struct image_limits *l, unsigned long w, unsigned long h, char *why,
                        size_t why_size)
{
	char raise[64];
	if (w == 0 || h == 0) {
		snprintf(why, why_size, "is %lu x %lu pixels: an image needs at least one pixel each way",
		         w, h);
		return 0;
	}
	if (w > l->side || h > l->side) {
		snprintf(why, why_size, "is %lu x %lu pixels; the limit 'image-side' is %zu pixels a side%s",
		         w, h, l->side, hint(l, "image-side", raise, sizeof(raise)));
		return 0;
	}
	unsigned long long all = (unsigned long long)w * h;
	if (all > l->pixels) {
		snprintf(why, why_size, "is %lu x %lu pixels, %llu in all; the limit 'image-pixels' is %zu%s",
		         w, h, all, l->pixels, hint(l, "image-pixels", raise, sizeof(raise)));
		return 0;
	}
	return 1;
}

void
campaign__image_bytes_why(const struct image_limits *l, unsigned long long size, char *why,
                          size_t why_size)
{
	char raise[64];
	snprintf(why, why_size, "is %llu bytes; the limit 'image-bytes' is %zu bytes%s", size, l->bytes,
	         hint(l, "image-bytes", raise, sizeof(raise)));
}
