/*
 * How large a template's images may be, and which folders besides its own
 * they may come from (internal): set by whoever runs the tool
 * (campaign_template_load_options, `--limit image-side=N`, `--allow-images
 * DIR`), never by the template, which may come from someone else.
 */
#ifndef CAMPAIGN_TEMPLATE_IMAGE_LIMITS_H
#define CAMPAIGN_TEMPLATE_IMAGE_LIMITS_H

#include <stddef.h>

#include "campaign/template.h"

struct image_limits {
	size_t side;   /* "image-side": pixels per side */
	size_t pixels; /* "image-pixels": pixels in all */
	size_t bytes;  /* "image-bytes": bytes of one file */
	/* 1: the caller set them, so a message says how to raise one. */
	int raisable;
	/*
	 * campaign_template_load_options.image_dirs: the folders images may
	 * also come from, NULL-terminated, or NULL; the caller's, borrowed for
	 * the load (read by template_image.c only).
	 */
	const char *const *dirs;
};

/* The defaults, for callers that set none: not raisable. */
extern const struct image_limits campaign__image_limits_default;

/*
 * Takes opts (NULL: the defaults) into l. Reports an unknown version, or a
 * limit of 0 or over its ceiling, naming the field.
 * @return CAMPAIGN_OK or CAMPAIGN_EINVALID.
 */
int campaign__image_limits_take(struct image_limits *l, const campaign_template_load_options *opts,
                                campaign_diags *diags);

/*
 * Whether w x h pixels are within l; else the reason, in why, as the end of
 * a sentence that starts "the image 'NAME' ": the size, the limit crossed
 * and, when raisable, the option that raises it.
 */
int campaign__image_size_ok(const struct image_limits *l, unsigned long w, unsigned long h,
                            char *why, size_t why_size);

/* The reason a file of size bytes is refused (over l->bytes), in why; as above. */
void campaign__image_bytes_why(const struct image_limits *l, unsigned long long size, char *why,
                               size_t why_size);

#endif
