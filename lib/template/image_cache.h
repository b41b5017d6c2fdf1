/*
 * Images a build reads from its tables' rows (internal), kept by path and
 * by content: a file that many rows name is read once, and the same bytes
 * under two names are decoded once and carry one id (tpl_image.id), so a
 * combined PDF embeds them once. Filled on one thread before anything is
 * written; then any number of threads may find in it.
 */
#ifndef CAMPAIGN_TEMPLATE_IMAGE_CACHE_H
#define CAMPAIGN_TEMPLATE_IMAGE_CACHE_H

#include <stddef.h>

#include "template/template_model.h"

struct image_cache;

/*
 * What a build's row images may take decoded, all together: a table of a
 * thousand distinct 40-megapixel photos would otherwise ask for 160 GB
 * before the first flyer is drawn.
 */
#define IMAGE_CACHE_MAX_BYTES ((size_t)2 * 1024 * 1024 * 1024)

/*
 * A new, empty cache holding at most max_bytes of decoded images, each within
 * limits (NULL: the defaults); NULL when out of memory.
 */
struct image_cache *campaign__image_cache_new(size_t max_bytes, const struct image_limits *limits);
void campaign__image_cache_free(struct image_cache *c);

/*
 * The image in the file at path, read, checked and decoded as a template's
 * images are (a failure is kept too, and given again); one that would take
 * the cache past its bytes is refused (CAMPAIGN_EINVALID). CAMPAIGN_OK (*out),
 * CAMPAIGN_EIO (why: the system's reason it cannot be read), CAMPAIGN_EINVALID
 * (why: the end of a sentence "the image 'NAME' "), CAMPAIGN_ENOMEM.
 */
int campaign__image_cache_load(struct image_cache *c, const char *path, const struct tpl_image **out,
                               char *why, size_t why_size);

/* The image loaded from path, or NULL when it was not, or failed. */
const struct tpl_image *campaign__image_cache_find(const struct image_cache *c, const char *path);

#endif
