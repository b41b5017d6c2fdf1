/*
 * The images of a template (PNG, JPEG, SVG), read once at load, each kept
 * to the template's folder and refused when too large before it is read;
 * image_png.c, image_jpeg.c and image_svg.c check and decode each format.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>

#include "campaign/status.h"
#include "template/image_decode.h"
#include "template/template_load.h"
#include "util/path_inside.h"
#include "util/strbuf.h"

/* The images of one template; a template is designed by hand, so a few suffice. */
#define TEMPLATE_MAX_IMAGES 32

/* Whether the real path file lies in dir or below it, once dir is resolved; 0 when dir cannot be. */
static int
below(const char *dir, const char *file)
{
	char *real = campaign__path_resolve(dir, 0);
	int inside = real && campaign__path_below(real, file);
	free(real);
	return inside;
}

/*
 * Whether the file at full (once symbolic links and .. are resolved) lies
 * in the template's folder or below it, or in a folder the caller allows
 * (image_limits.dirs). A template may come from someone else: its images
 * must not reach the rest of the disk ("../../../etc/passwd", a link
 * planted beside it). 1 inside, 0 outside, -1 when the file cannot be
 * resolved (the read then reports why).
 */
static int
inside_allowed(const campaign_template *t, const char *full)
{
	char *file = campaign__path_resolve(full, 0);
	if (!file)
		return -1;
	int inside = below(t->base_dir, file);
	for (const char *const *d = t->image_limits.dirs; !inside && d && *d; d++)
		inside = below(*d, file);
	free(file);
	return inside;
}

/* " and the folders allowed, 'a', 'b'": the caller's folders for a message, or "". */
static const char *
allowed_list(const campaign_template *t, char *buf, size_t size)
{
	size_t used = 0;
	buf[0] = '\0';
	for (const char *const *d = t->image_limits.dirs; d && *d && used + 1 < size; d++) {
		int n = snprintf(buf + used, size - used, "%s'%.120s'",
		                 used ? ", " : " and the folders allowed, ", *d);
		used += n > 0 ? (size_t)n : 0;
	}
	return buf;
}

const struct tpl_image *
campaign__tpl_load_image(campaign_template *t, struct schema *s, const struct yaml_node *at,
                         const char *path)
{
	if (!t->images) {
		t->images = campaign__arena_alloc(&t->arena, TEMPLATE_MAX_IMAGES * sizeof(*t->images));
		if (!t->images) {
			campaign__schema_nomem(s);
			return NULL;
		}
	}
	if (t->image_count == TEMPLATE_MAX_IMAGES) {
		campaign__schema_error(s, at, "a template may have at most %d images", TEMPLATE_MAX_IMAGES);
		return NULL;
	}
	struct strbuf full;
	campaign__strbuf_init(&full, 8192);
	if (path[0] == '/' || strcmp(t->base_dir, ".") == 0)
		campaign__strbuf_adds(&full, path);
	else
		campaign__strbuf_addf(&full, "%s/%s", t->base_dir, path);
	if (full.status != CAMPAIGN_OK) {
		campaign__strbuf_free(&full);
		campaign__schema_error(s, at, "the image path is too long");
		return NULL;
	}
	if (inside_allowed(t, campaign__strbuf_cstr(&full)) == 0) {
		char others[600];
		campaign__schema_error(s, at,
		                       "the image '%.200s' is outside the template's folder '%.200s'%s: a "
		                       "template may use only the images beside it or below it; copy the "
		                       "image there, or allow its folder with --allow-images DIR",
		                       path, t->base_dir, allowed_list(t, others, sizeof(others)));
		campaign__strbuf_free(&full);
		return NULL;
	}
	struct strbuf b;
	char problem[IMAGE_WHY_SIZE];
	struct tpl_image *img = &t->images[t->image_count];
	int rc = campaign__image_read(campaign__strbuf_cstr(&full), &t->image_limits, &b, problem,
	                              sizeof(problem));
	if (rc == CAMPAIGN_EIO) {
		/* Missing files are the environment's fault: exit 3, at the line that names them. */
		campaign_diags_add(s->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, s->file, at->pos.line,
		                   at->pos.column, "cannot read the image '%s': %s",
		                   campaign__strbuf_cstr(&full), problem);
		if (s->status == CAMPAIGN_OK)
			s->status = CAMPAIGN_EINVALID;
	} else if (rc == CAMPAIGN_ENOMEM) {
		campaign__schema_nomem(s);
	} else if (rc) {
		campaign__schema_error(s, at, "the image '%.200s' %s", path, problem);
	} else if ((rc = campaign__image_decode(img, &t->image_limits, (const unsigned char *)b.ptr, b.len,
	                                        campaign__strbuf_cstr(&full), problem,
	                                        sizeof(problem))) == CAMPAIGN_ENOMEM) {
		campaign__schema_nomem(s);
	} else if (rc) {
		campaign__schema_error(s, at, "the image '%.200s' %s", path, problem);
	}
	if (rc == CAMPAIGN_OK)
		campaign__image_content_id((const unsigned char *)b.ptr, b.len, img->id);
	campaign__strbuf_free(&b);
	if (rc) {
		campaign__strbuf_free(&full);
		return NULL;
	}
	img->path = campaign__arena_strdup(&t->arena, campaign__strbuf_cstr(&full));
	campaign__strbuf_free(&full);
	t->image_count++;
	if (!img->path) {
		campaign__schema_nomem(s);
		return NULL;
	}
	return img;
}

void
campaign__tpl_free_images(campaign_template *t)
{
	for (size_t i = 0; i < t->image_count; i++)
		campaign__image_free(&t->images[i]);
	t->image_count = 0;
}

cairo_surface_t *
campaign__tpl_image_surface(const struct tpl_image *img)
{
	cairo_surface_t *s;
	if (img->kind == TPL_IMAGE_SVG)
		s = campaign__svg_surface(img);
	else
		/* The pixels are only read: a surface of its own for each user, over the one copy. */
		s = cairo_image_surface_create_for_data(img->pixels, (cairo_format_t)img->format,
		                                        img->width, img->height, img->stride);
	if (!s || cairo_surface_status(s) != CAIRO_STATUS_SUCCESS)
		return s;
	/* Borrowed: the template outlives every flyer, and so every PDF, drawn from it. */
	cairo_status_t st = cairo_surface_set_mime_data(s, CAIRO_MIME_TYPE_UNIQUE_ID,
	                                                (const unsigned char *)img->id,
	                                                strlen(img->id), NULL, NULL);
	if (st == CAIRO_STATUS_SUCCESS && img->kind == TPL_IMAGE_JPEG && img->jpeg)
		st = cairo_surface_set_mime_data(s, CAIRO_MIME_TYPE_JPEG, img->jpeg, img->jpeg_len, NULL,
		                                 NULL);
	if (st != CAIRO_STATUS_SUCCESS) {
		cairo_surface_destroy(s);
		return NULL;
	}
	return s;
}
