/*
 * PNG images of a template, decoded once at load. The file size and the
 * IHDR dimensions are checked before anything is decoded: a 48 KB PNG can
 * declare 20000 x 20000 pixels and make cairo allocate 1.5 GB.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include <cairo.h>

#include "campaign/status.h"
#include "io/open_input.h"
#include "io/read_file.h"
#include "template/png_chunks.h"
#include "template/template_load.h"
#include "util/path_inside.h"
#include "util/strbuf.h"

/* The images of one template; a template is designed by hand, so a few suffice. */
#define TEMPLATE_MAX_IMAGES 32

struct png_reader {
	const unsigned char *data;
	size_t len, pos;
};

static cairo_status_t
read_png(void *closure, unsigned char *out, unsigned int n)
{
	struct png_reader *r = closure;
	if (n > r->len - r->pos)
		return CAIRO_STATUS_READ_ERROR;
	memcpy(out, r->data + r->pos, n);
	r->pos += n;
	return CAIRO_STATUS_SUCCESS;
}

static uint32_t
be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* Reads the whole file, refusing one larger than the cap before reading it. */
static int
read_bounded(const char *path, struct strbuf *b, const char **why)
{
	int fd = campaign__open_input_fd(path, why);
	if (fd < 0)
		return CAMPAIGN_EIO;
	struct stat st;
	if (fstat(fd, &st) != 0) {
		*why = strerror(errno);
		close(fd);
		return CAMPAIGN_EIO;
	}
	if ((unsigned long long)st.st_size > CAMPAIGN_TEMPLATE_IMAGE_MAX_BYTES) {
		close(fd);
		*why = "the file is larger than 32 MB";
		return CAMPAIGN_EINVALID;
	}
	int rc = campaign__read_all(fd, b);
	if (rc == CAMPAIGN_EIO)
		*why = campaign__read_strerror(errno);
	close(fd);
	if (rc == CAMPAIGN_ETOOLONG) {
		*why = "the file is larger than 32 MB";
		return CAMPAIGN_EINVALID;
	}
	return rc;
}

/*
 * Whether the file at full (once symbolic links and .. are resolved) lies
 * in base_dir or below it. A template may come from someone else: its
 * images must not reach the rest of the disk ("../../../etc/passwd", a
 * link planted beside it). 1 inside, 0 outside, -1 when either cannot be
 * resolved (the read then reports why).
 */
static int
inside_dir(const char *base_dir, const char *full)
{
	char *base = campaign__path_resolve(base_dir, 0);
	char *file = campaign__path_resolve(full, 0);
	int inside = base && file ? campaign__path_below(base, file) : -1;
	free(base);
	free(file);
	return inside;
}

/*
 * Decodes into cairo's own surface and keeps it: the pixels exist once.
 * Copying them into a buffer of ours held two copies at the peak (an image
 * at the pixel limit, all zeros, compresses to 150 KB and took 320 MB).
 * cairo 1.16 decodes every PNG to ARGB32, or to RGB24 whose unused byte it
 * fills with 0xff, so either reads as premultiplied ARGB32.
 */
static int
decode(struct tpl_image *img, const unsigned char *data, size_t len)
{
	struct png_reader r = { data, len, 0 };
	cairo_surface_t *s = cairo_image_surface_create_from_png_stream(read_png, &r);
	cairo_status_t status = cairo_surface_status(s);
	cairo_format_t format = status == CAIRO_STATUS_SUCCESS ? cairo_image_surface_get_format(s)
	                                                       : CAIRO_FORMAT_INVALID;
	if (format != CAIRO_FORMAT_ARGB32 && format != CAIRO_FORMAT_RGB24) {
		cairo_surface_destroy(s);
		return status == CAIRO_STATUS_NO_MEMORY ? CAMPAIGN_ENOMEM : CAMPAIGN_EINVALID;
	}
	cairo_surface_flush(s);
	img->surface = s;
	img->pixels = cairo_image_surface_get_data(s);
	img->width = cairo_image_surface_get_width(s);
	img->height = cairo_image_surface_get_height(s);
	img->stride = cairo_image_surface_get_stride(s);
	return CAMPAIGN_OK;
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
	if (inside_dir(t->base_dir, campaign__strbuf_cstr(&full)) == 0) {
		campaign__schema_error(s, at,
		                       "the image '%.200s' is outside the template's folder '%.200s': a "
		                       "template may use only the images beside it or below it; copy the "
		                       "image there",
		                       path, t->base_dir);
		campaign__strbuf_free(&full);
		return NULL;
	}
	struct strbuf b;
	campaign__strbuf_init(&b, CAMPAIGN_TEMPLATE_IMAGE_MAX_BYTES);
	const char *why = NULL;
	char problem[96];
	struct tpl_image *img = &t->images[t->image_count];
	int rc = read_bounded(campaign__strbuf_cstr(&full), &b, &why);
	const unsigned char *d = (const unsigned char *)b.ptr;
	if (rc == CAMPAIGN_EIO) {
		/* Missing files are the environment's fault: exit 3, at the line that names them. */
		campaign_diags_add(s->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, s->file, at->pos.line,
		                   at->pos.column, "cannot read the image '%s': %s",
		                   campaign__strbuf_cstr(&full), why);
		if (s->status == CAMPAIGN_OK)
			s->status = CAMPAIGN_EINVALID;
	} else if (rc == CAMPAIGN_ENOMEM) {
		campaign__schema_nomem(s);
	} else if (rc) {
		campaign__schema_error(s, at, "the image '%.200s' is refused: %s", path, why);
	} else if (b.len < 24 || memcmp(d, "\x89PNG\r\n\x1a\n", 8) != 0 || memcmp(d + 12, "IHDR", 4) != 0) {
		campaign__schema_error(s, at, "the image '%.200s' is not a PNG file", path);
		rc = CAMPAIGN_EINVALID;
	} else {
		uint32_t w = be32(d + 16), h = be32(d + 20);
		if (w == 0 || h == 0 || w > CAMPAIGN_TEMPLATE_IMAGE_MAX_SIDE ||
		    h > CAMPAIGN_TEMPLATE_IMAGE_MAX_SIDE ||
		    (long)w * (long)h > CAMPAIGN_TEMPLATE_IMAGE_MAX_PIXELS) {
			campaign__schema_error(s, at,
			                       "the image '%.200s' is %lu x %lu pixels; the limit is %d pixels "
			                       "per side and %ld million in all",
			                       path, (unsigned long)w, (unsigned long)h,
			                       CAMPAIGN_TEMPLATE_IMAGE_MAX_SIDE,
			                       CAMPAIGN_TEMPLATE_IMAGE_MAX_PIXELS / 1000000);
			rc = CAMPAIGN_EINVALID;
		} else if (campaign__png_chunks_problem(d, b.len, problem, sizeof(problem))) {
			campaign__schema_error(s, at, "the image '%.200s' is damaged: %s", path, problem);
			rc = CAMPAIGN_EINVALID;
		} else if ((rc = decode(img, d, b.len)) == CAMPAIGN_ENOMEM) {
			/* cairo says "out of memory" for any libpng error (a short IDAT among them). */
			campaign__schema_error(s, at, "the image '%.200s' cannot be decoded: its image data "
			                       "is damaged or cut short (or memory ran out)", path);
		} else if (rc) {
			campaign__schema_error(s, at, "the image '%.200s' is not a readable PNG file", path);
		}
	}
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
		cairo_surface_destroy(t->images[i].surface);
	t->image_count = 0;
}
