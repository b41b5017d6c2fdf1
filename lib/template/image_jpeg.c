/*
 * JPEG artwork through libjpeg-turbo, the one file that calls it. Debian
 * 12's libjpeg-turbo (2.1.5) has no limits of its own (they came in 3.0.2),
 * so they are set here: the frame header's size is checked before any
 * pixel is decoded, libjpeg may allocate only what the largest accepted
 * image needs, a progressive file may have only so many scans (each one is
 * a pass over the whole image: thousands of tiny scans make a small file
 * decode for minutes), and any damage libjpeg would only warn about, a file
 * cut short among them, is an error: paper must not show a grey band.
 *
 * PDFs carry the file's own bytes (cairo's CAIRO_MIME_TYPE_JPEG), so they
 * are kept beside the pixels, which only PNG pages need; except for a photo
 * that EXIF says to turn (jpeg_orientation.h), whose turned pixels both use.
 */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <glib.h>
#include <jpeglib.h>

#include "campaign/status.h"
#include "template/image_decode.h"
#include "template/jpeg_orientation.h"

/*
 * A progressive image at the pixel limit keeps every coefficient: 40 M
 * pixels (the default) x 3 components x 2 bytes, 240 MB, and some room for
 * the rest; a limit the user raises raises it alike (jpeg_memory()).
 */
#define JPEG_MAX_MEMORY (300L * 1024 * 1024)
#define JPEG_COEFFICIENT_BYTES 6 /* per pixel: 3 components, 2 bytes each */
/* A progressive file of libjpeg's or mozjpeg's has about ten; hundreds are an attack. */
#define JPEG_MAX_SCANS 100

struct jpeg_fail {
	struct jpeg_error_mgr pub;
	jmp_buf jump;
	int limit; /* message says which limit the file went past, not what is damaged */
	char message[JMSG_LENGTH_MAX];
};

static void
fail_exit(j_common_ptr cinfo)
{
	struct jpeg_fail *f = (struct jpeg_fail *)(void *)cinfo->err;
	(*cinfo->err->format_message)(cinfo, f->message);
	longjmp(f->jump, 1);
}

/* A warning means damaged data (libjpeg goes on with grey): stop at the first. */
static void
fail_on_warning(j_common_ptr cinfo, int level)
{
	if (level < 0)
		fail_exit(cinfo);
}

static void
count_scans(j_common_ptr cinfo)
{
	j_decompress_ptr d = (j_decompress_ptr)cinfo;
	if (cinfo->is_decompressor && d->input_scan_number > JPEG_MAX_SCANS) {
		struct jpeg_fail *f = (struct jpeg_fail *)(void *)cinfo->err;
		snprintf(f->message, sizeof(f->message), "has more than %d progressive scans; save it "
		         "as a baseline JPEG", JPEG_MAX_SCANS);
		f->limit = 1;
		longjmp(f->jump, 1);
	}
}

struct jpeg_job {
	struct jpeg_decompress_struct cinfo;
	struct jpeg_fail err;
	struct jpeg_progress_mgr progress;
	cairo_surface_t *surface;
	int orientation; /* EXIF's, 1 when upright */
};

static void
job_init(struct jpeg_job *j, const unsigned char *d, size_t len)
{
	j->cinfo.err = jpeg_std_error(&j->err.pub);
	j->err.pub.error_exit = fail_exit;
	j->err.pub.emit_message = fail_on_warning;
	j->err.message[0] = '\0';
	jpeg_create_decompress(&j->cinfo);
	j->cinfo.mem->max_memory_to_use = JPEG_MAX_MEMORY;
	j->progress.progress_monitor = count_scans;
	j->cinfo.progress = &j->progress;
	jpeg_mem_src(&j->cinfo, d, (unsigned long)len);
}

/* The header's frame: size, components, coding. Called after setjmp. */
static int
read_header(struct jpeg_job *j, const struct image_limits *l, char *why, size_t why_size)
{
	jpeg_read_header(&j->cinfo, TRUE);
	if (!campaign__image_size_ok(l, j->cinfo.image_width, j->cinfo.image_height, why, why_size))
		return CAMPAIGN_EINVALID;
	/* A PDF reader shows the file's own bytes: only what every reader decodes. */
	if (j->cinfo.arith_code) {
		snprintf(why, why_size, "uses arithmetic coding, which not every PDF reader shows; "
		         "save it again as a plain (Huffman-coded) JPEG");
		return CAMPAIGN_EINVALID;
	}
	if (j->cinfo.num_components != 1 && j->cinfo.num_components != 3) {
		snprintf(why, why_size, "has %d colour components; save it as an RGB or grey JPEG",
		         j->cinfo.num_components);
		return CAMPAIGN_EINVALID;
	}
	return CAMPAIGN_OK;
}

/* Decodes into a cairo RGB24 surface, row by row. Called after setjmp. */
static int
decode_rows(struct jpeg_job *j)
{
	/* cairo's RGB24 is a native-endian 32-bit word 0xXXRRGGBB. */
	j->cinfo.out_color_space = G_BYTE_ORDER == G_LITTLE_ENDIAN ? JCS_EXT_BGRX : JCS_EXT_XRGB;
	jpeg_start_decompress(&j->cinfo);
	j->surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, (int)j->cinfo.output_width,
	                                        (int)j->cinfo.output_height);
	if (cairo_surface_status(j->surface) != CAIRO_STATUS_SUCCESS)
		return CAMPAIGN_ENOMEM;
	unsigned char *px = cairo_image_surface_get_data(j->surface);
	size_t stride = (size_t)cairo_image_surface_get_stride(j->surface);
	while (j->cinfo.output_scanline < j->cinfo.output_height) {
		JSAMPROW row = px + j->cinfo.output_scanline * stride;
		jpeg_read_scanlines(&j->cinfo, &row, 1);
	}
	jpeg_finish_decompress(&j->cinfo);
	cairo_surface_mark_dirty(j->surface);
	return CAMPAIGN_OK;
}

/* The EXIF orientation among the markers jpeg_save_markers() kept: the first Exif APP1 segment's. */
static int
orientation_of(j_decompress_ptr cinfo)
{
	for (jpeg_saved_marker_ptr m = cinfo->marker_list; m; m = m->next)
		if (m->marker == JPEG_APP0 + 1 && m->data_length >= 6 && memcmp(m->data, "Exif\0\0", 6) == 0)
			return campaign__exif_orientation(m->data, m->data_length);
	return 1;
}

/* Turns a decoded photo upright as its EXIF said (j->orientation, read with the header). */
static int
turn_upright(struct jpeg_job *j)
{
	if (j->orientation == 1)
		return CAMPAIGN_OK;
	cairo_surface_t *upright = campaign__surface_upright(j->surface, j->orientation);
	cairo_surface_destroy(j->surface);
	j->surface = upright;
	return cairo_surface_status(upright) == CAIRO_STATUS_SUCCESS ? CAMPAIGN_OK : CAMPAIGN_ENOMEM;
}

int
campaign__jpeg_size(const unsigned char *d, size_t len, unsigned long *w, unsigned long *h,
                    char *why, size_t why_size)
{
	/* On the heap, as every job: locals changed between setjmp and longjmp are lost. */
	struct jpeg_job *j = calloc(1, sizeof(*j));
	if (!j)
		return CAMPAIGN_ENOMEM;
	job_init(j, d, len);
	int rc = CAMPAIGN_EINVALID;
	if (setjmp(j->err.jump) == 0) {
		jpeg_read_header(&j->cinfo, TRUE);
		*w = j->cinfo.image_width;
		*h = j->cinfo.image_height;
		rc = CAMPAIGN_OK;
	} else {
		snprintf(why, why_size, "is not a readable JPEG file: %s", j->err.message);
	}
	jpeg_destroy_decompress(&j->cinfo);
	free(j);
	return rc;
}

/* libjpeg's memory for an image at l's pixel limit, never below the default's. */
static long
jpeg_memory(const struct image_limits *l)
{
	long room = JPEG_MAX_MEMORY -
	            (long)CAMPAIGN_TEMPLATE_IMAGE_MAX_PIXELS * JPEG_COEFFICIENT_BYTES;
	long need = (long)l->pixels * JPEG_COEFFICIENT_BYTES + room;
	return need > JPEG_MAX_MEMORY ? need : JPEG_MAX_MEMORY;
}

int
campaign__image_jpeg(struct tpl_image *img, const struct image_limits *l, const unsigned char *d,
                     size_t len, char *why, size_t why_size)
{
	struct jpeg_job *j = calloc(1, sizeof(*j));
	if (!j)
		return CAMPAIGN_ENOMEM;
	job_init(j, d, len);
	j->cinfo.mem->max_memory_to_use = jpeg_memory(l);
	/* EXIF is an APP1 segment of at most 64 KB: kept for its orientation. */
	jpeg_save_markers(&j->cinfo, JPEG_APP0 + 1, 0xFFFF);
	int rc;
	if (setjmp(j->err.jump) == 0) {
		rc = read_header(j, l, why, why_size);
		/* Now: the saved markers are freed with the image's pool by jpeg_finish_decompress(). */
		j->orientation = orientation_of(&j->cinfo);
		if (rc == CAMPAIGN_OK)
			rc = decode_rows(j);
		if (rc == CAMPAIGN_OK)
			rc = turn_upright(j);
	} else {
		if (j->err.limit)
			snprintf(why, why_size, "%s", j->err.message);
		else
			snprintf(why, why_size, "is damaged or not a JPEG file libjpeg can read: %s",
			         j->err.message);
		rc = CAMPAIGN_EINVALID;
	}
	jpeg_destroy_decompress(&j->cinfo);
	/* A turned photo's PDF shows its turned pixels: the file's bytes would print it sideways. */
	if (rc == CAMPAIGN_OK && j->orientation == 1) {
		img->jpeg = malloc(len);
		if (!img->jpeg)
			rc = CAMPAIGN_ENOMEM;
	}
	if (rc) {
		if (j->surface)
			cairo_surface_destroy(j->surface);
		free(j);
		return rc;
	}
	if (img->jpeg) {
		memcpy(img->jpeg, d, len);
		img->jpeg_len = len;
	}
	img->kind = TPL_IMAGE_JPEG;
	img->surface = j->surface;
	img->format = CAIRO_FORMAT_RGB24;
	img->pixels = cairo_image_surface_get_data(j->surface);
	img->width = cairo_image_surface_get_width(j->surface);
	img->height = cairo_image_surface_get_height(j->surface);
	img->stride = cairo_image_surface_get_stride(j->surface);
	free(j);
	return CAMPAIGN_OK;
}
