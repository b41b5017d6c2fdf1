/* Row images, by path and by content: see image_cache.h. */
#include "template/image_cache.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "campaign/template.h"
#include "template/image_decode.h"
#include "util/str_map.h"
#include "util/strbuf.h"

/* What one path gave: an image (shared with every path of the same bytes), or why not. */
struct cache_entry {
	const struct tpl_image *img;
	int rc;
	char why[IMAGE_WHY_SIZE];
};

struct image_cache {
	struct str_map by_path;    /* path -> index into entries */
	struct str_map by_content; /* SHA-256 -> index into images */
	struct cache_entry *entries;
	size_t entry_count, entry_cap;
	struct tpl_image **images; /* each malloc'd, so pointers stay put as the list grows */
	size_t image_count, image_cap;
	size_t bytes, max_bytes;   /* decoded, all images together */
	struct image_limits limits; /* each image's, as a template's */
};

struct image_cache *
campaign__image_cache_new(size_t max_bytes, const struct image_limits *limits)
{
	struct image_cache *c = calloc(1, sizeof(*c));
	if (!c)
		return NULL;
	c->max_bytes = max_bytes;
	c->limits = limits ? *limits : campaign__image_limits_default;
	campaign__str_map_init(&c->by_path);
	campaign__str_map_init(&c->by_content);
	return c;
}

void
campaign__image_cache_free(struct image_cache *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->image_count; i++) {
		free((char *)c->images[i]->path); /* before campaign__image_free(), which zeroes the image */
		campaign__image_free(c->images[i]);
		free(c->images[i]);
	}
	free(c->images);
	free(c->entries);
	campaign__str_map_free(&c->by_path);
	campaign__str_map_free(&c->by_content);
	free(c);
}

/* items with room for one more of size bytes (*cap updated), or NULL when out of memory (items kept). */
static void *
room_for_one(void *items, size_t *cap, size_t count, size_t size)
{
	if (count < *cap)
		return items;
	size_t more = *cap ? *cap * 2 : 16;
	void *p = realloc(items, more * size);
	if (p)
		*cap = more;
	return p;
}

/* The image of bytes d: one decoded before with the same content, or decoded now. */
static int
image_of(struct image_cache *c, const char *path, const struct strbuf *b, struct cache_entry *entry)
{
	char id[65];
	campaign__image_content_id((const unsigned char *)b->ptr, b->len, id);
	if (!id[0])
		return CAMPAIGN_ENOMEM;
	size_t *known = campaign__str_map_find(&c->by_content, id, strlen(id));
	if (known) {
		entry->img = c->images[*known];
		return CAMPAIGN_OK;
	}
	struct tpl_image **images = room_for_one(c->images, &c->image_cap, c->image_count,
	                                         sizeof(*c->images));
	if (!images)
		return CAMPAIGN_ENOMEM;
	c->images = images;
	struct tpl_image *img = calloc(1, sizeof(*img));
	char *name = strdup(path);
	if (!img || !name) {
		free(img);
		free(name);
		return CAMPAIGN_ENOMEM;
	}
	int rc = campaign__image_decode(img, &c->limits, (const unsigned char *)b->ptr, b->len, path,
	                                entry->why, sizeof(entry->why));
	/* Pixels and a JPEG's bytes; an SVG is kept as its document, drawn when needed. */
	size_t size = img->pixels ? (size_t)img->stride * (size_t)img->height + img->jpeg_len : b->len;
	if (rc == CAMPAIGN_OK && size > c->max_bytes - c->bytes) {
		campaign__image_free(img);
		snprintf(entry->why, sizeof(entry->why), "is one image too many: the images of the "
		         "tables' rows would take more than %zu MB decoded", c->max_bytes >> 20);
		rc = CAMPAIGN_EINVALID;
	}
	if (rc == CAMPAIGN_OK &&
	    !campaign__str_map_insert(&c->by_content, id, strlen(id), c->image_count, NULL)) {
		campaign__image_free(img);
		rc = CAMPAIGN_ENOMEM;
	}
	if (rc) {
		free(img);
		free(name);
		return rc;
	}
	memcpy(img->id, id, sizeof(id));
	img->path = name;
	c->bytes += size;
	c->images[c->image_count++] = img;
	entry->img = img;
	return CAMPAIGN_OK;
}

int
campaign__image_cache_load(struct image_cache *c, const char *path, const struct tpl_image **out,
                           char *why, size_t why_size)
{
	*out = NULL;
	size_t *seen = campaign__str_map_find(&c->by_path, path, strlen(path));
	if (!seen) {
		struct cache_entry *entries = room_for_one(c->entries, &c->entry_cap, c->entry_count,
		                                           sizeof(*c->entries));
		if (!entries)
			return CAMPAIGN_ENOMEM;
		c->entries = entries;
		struct cache_entry entry = { 0 };
		struct strbuf b;
		/* why: the system's reason (EIO), or the end of "the image 'NAME' ..." (EINVALID). */
		entry.rc = campaign__image_read(path, &c->limits, &b, entry.why, sizeof(entry.why));
		if (entry.rc == CAMPAIGN_OK)
			entry.rc = image_of(c, path, &b, &entry);
		campaign__strbuf_free(&b);
		/* Out of memory is not the file's verdict: not kept. */
		if (entry.rc == CAMPAIGN_ENOMEM)
			return CAMPAIGN_ENOMEM;
		if (!campaign__str_map_insert(&c->by_path, path, strlen(path), c->entry_count, NULL))
			return CAMPAIGN_ENOMEM;
		c->entries[c->entry_count++] = entry;
		seen = campaign__str_map_find(&c->by_path, path, strlen(path));
	}
	const struct cache_entry *e = &c->entries[*seen];
	snprintf(why, why_size, "%s", e->why);
	*out = e->img;
	return e->rc;
}

const struct tpl_image *
campaign__image_cache_find(const struct image_cache *c, const char *path)
{
	size_t *seen = campaign__str_map_find(&c->by_path, path, strlen(path));
	return seen ? c->entries[*seen].img : NULL;
}
