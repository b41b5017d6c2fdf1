/* A flyer page as a JPEG through libjpeg-turbo: see jpeg_writer.h. */
#include "render/jpeg_writer.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

#include <jpeglib.h>
#include <jerror.h>

#include "campaign/status.h"

#define JPEG_QUALITY 90

/* cairo's RGB24 pixel is a native-endian 32-bit 0x00RRGGBB: libjpeg-turbo reads it as is. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define CAIRO_RGB24_SPACE JCS_EXT_XRGB
#else
#define CAIRO_RGB24_SPACE JCS_EXT_BGRX
#endif

struct jpeg_writer {
	struct jpeg_compress_struct cinfo;
	struct jpeg_error_mgr err;
	jmp_buf jump;
	int started; /* cinfo was created: jpeg_destroy_compress() is due */
	unsigned char *bytes; /* jpeg_mem_dest's buffer, grown by libjpeg with malloc */
	unsigned long size;
	struct strbuf *out;
	campaign_diags *diags;
};

/* libjpeg's fatal errors come back to the call that was running. */
static void
fail_exit(j_common_ptr cinfo)
{
	struct jpeg_writer *w = (struct jpeg_writer *)(void *)cinfo; /* cinfo is w's first member */
	longjmp(w->jump, 1);
}

/* The diagnostic for a libjpeg failure, and its status. */
static int
failed(struct jpeg_writer *w)
{
	char message[JMSG_LENGTH_MAX];
	(*w->err.format_message)((j_common_ptr)&w->cinfo, message);
	int nomem = w->err.msg_code == JERR_OUT_OF_MEMORY;
	campaign_diags_add(w->diags, CAMPAIGN_SEVERITY_ERROR, nomem ? CAMPAIGN_ENOMEM : CAMPAIGN_EIO,
	                   NULL, 0, 0, "the social image's JPEG: libjpeg: %s", message);
	return nomem ? CAMPAIGN_ENOMEM : CAMPAIGN_EIO;
}

int
campaign__jpeg_writer_new(struct jpeg_writer **out, struct strbuf *buf, int width, int height,
                          int dpi, campaign_diags *diags)
{
	*out = NULL;
	struct jpeg_writer *w = calloc(1, sizeof(*w));
	if (!w)
		return CAMPAIGN_ENOMEM;
	w->out = buf;
	w->diags = diags;
	w->cinfo.err = jpeg_std_error(&w->err);
	w->err.error_exit = fail_exit;
	if (setjmp(w->jump)) {
		int rc = failed(w);
		campaign__jpeg_writer_free(w);
		return rc;
	}
	jpeg_create_compress(&w->cinfo);
	w->started = 1;
	jpeg_mem_dest(&w->cinfo, &w->bytes, &w->size);
	struct jpeg_compress_struct *c = &w->cinfo;
	c->image_width = (JDIMENSION)width;
	c->image_height = (JDIMENSION)height;
	c->input_components = 4;
	c->in_color_space = CAIRO_RGB24_SPACE;
	jpeg_set_defaults(c); /* YCbCr, JFIF, baseline */
	jpeg_set_quality(c, JPEG_QUALITY, TRUE);
	/* 4:2:0 said, not left to the default: what platforms re-encode to anyway. */
	c->comp_info[0].h_samp_factor = c->comp_info[0].v_samp_factor = 2;
	for (int i = 1; i < 3; i++)
		c->comp_info[i].h_samp_factor = c->comp_info[i].v_samp_factor = 1;
	c->dct_method = JDCT_ISLOW; /* exact on every machine: the bytes are reproducible */
	c->optimize_coding = TRUE;  /* still baseline; a few per cent smaller */
	c->density_unit = 1;        /* dots per inch */
	c->X_density = c->Y_density = (UINT16)dpi;
	jpeg_start_compress(c, TRUE);
	*out = w;
	return CAMPAIGN_OK;
}

int
campaign__jpeg_writer_rows(struct jpeg_writer *w, const unsigned char *rows, size_t stride,
                           int count)
{
	if (setjmp(w->jump))
		return failed(w);
	for (int y = 0; y < count; y++) {
		JSAMPROW row = (JSAMPROW)(rows + (size_t)y * stride);
		jpeg_write_scanlines(&w->cinfo, &row, 1);
	}
	return CAMPAIGN_OK;
}

int
campaign__jpeg_writer_end(struct jpeg_writer *w)
{
	if (setjmp(w->jump))
		return failed(w);
	jpeg_finish_compress(&w->cinfo);
	return campaign__strbuf_add(w->out, w->bytes, w->size);
}

void
campaign__jpeg_writer_free(struct jpeg_writer *w)
{
	if (!w)
		return;
	if (w->started)
		jpeg_destroy_compress(&w->cinfo);
	free(w->bytes);
	free(w);
}
