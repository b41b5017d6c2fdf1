/*
 * A filled template (internal): the expanded texts laid out by pango, the
 * encoded QR codes, ready to be drawn any number of times.
 */
#ifndef CAMPAIGN_FLYER_H
#define CAMPAIGN_FLYER_H

#include <cairo.h>
#include <pango/pango.h>

#include "campaign/qr.h"
#include "campaign/render.h"
#include "template/template_model.h"

/* All the texts of one flyer together, in code points. */
#define FLYER_TEXT_MAX 20000

struct flyer_elem {
	char *text;            /* text: the expanded text; qr: the payload */
	PangoLayout *layout;   /* text */
	double font_size;      /* text: after shrink-to-fit */
	int lines;             /* text: lines after wrapping */
	double dy;             /* text: offset from valign */
	double lx, ly, lw, lh; /* text: logical extents of the laid-out text, pt, relative to (x, y + dy) */
	campaign_qr *qr;       /* qr */
	cairo_surface_t *image; /* image: this flyer's own surface of it (campaign__tpl_image_surface()) */
	const struct tpl_image *img; /* image: the template's, or the one the row names */
	double w, h;           /* rect, image: its size (an image's aspect may be its row's) */
	struct tpl_color fill, color; /* rect fill, text colour: the template's, or the row's */
	double x, x2, step_x;  /* where it is drawn: the template's, or mirrored for right to left */
};

struct campaign_flyer {
	const campaign_template *t;
	PangoContext *ctx;
	int rtl;                  /* the flyer's language is written right to left */
	struct flyer_elem *elems; /* one per template element */
};

/*
 * Lays out text for element e at e->font_size, shrinking it when e->shrink
 * and the text does not fit e->h, never below least (pt: the smallest size
 * read, campaign__tpl_readable_pt()). Fills fe's layout, font_size, extents.
 * @return CAMPAIGN_OK or CAMPAIGN_ENOMEM. Whether the text fits is the
 *         caller's check (fe->lh against e->h).
 */
int campaign__layout_text(PangoContext *ctx, const struct tpl_elem *e, struct flyer_elem *fe,
                          double least);

/*
 * The bounding box of the box (ox, oy, w, h), given relative to (x, y), once
 * rotated by deg degrees clockwise around (x, y): {x0, y0, x1, y1}.
 */
void campaign__rotated_bbox(double x, double y, double ox, double oy, double w, double h, double deg,
                            double box[4]);

/*
 * The box an element's copy k covers on the page, in pt: {x0, y0, x1, y1}.
 * Text: its laid-out extents; qr: the whole square; line: its stroke.
 */
void campaign__flyer_elem_bbox(const campaign_flyer *f, size_t i, int k, double box[4]);

/*
 * Draws the flyer into cr with the trim's top-left at the origin, in pt.
 * bleed: 1 draws into the bleed, 0 clips to the trim. snap_qr: place QR
 * modules on whole device pixels (raster output).
 */
int campaign__flyer_draw(cairo_t *cr, const campaign_flyer *f, int bleed, int snap_qr,
                         campaign_diags *diags);

/* Draws the crop marks around a trim of w x h with the given bleed, trim at the origin. */
void campaign__draw_crop_marks(cairo_t *cr, double w, double h, double bleed);

/*
 * Encodes payload as the QR code of template element e and checks that it
 * will scan at the element's size, reporting at the element in file. *out
 * gets the code (release it with campaign_qr_free()), or pass NULL to check
 * only, as a build does before anything is written.
 */
int campaign__flyer_qr(campaign_qr **out, const struct tpl_elem *e, const char *payload,
                       const char *file, campaign_diags *diags);

/*
 * The image a table's row names for element e (value: the cell, as the
 * template's src_from takes it), checked before the flyer is made; NULL
 * when there is none (then the flyer reports it at e's src).
 */
typedef const struct tpl_image *(*flyer_row_image_fn)(void *ctx, const struct tpl_elem *e,
                                                      const char *value);

/*
 * campaign_flyer_new() for a build, whose rows may name images: images
 * gives each (NULL: a template that takes its image from a row fails).
 */
int campaign__flyer_new_rows(campaign_flyer **out, const campaign_template *t,
                             const campaign_param *values, size_t count,
                             const campaign_flyer_options *opts, flyer_row_image_fn images,
                             void *images_ctx, campaign_diags *diags);

/*
 * Checks that every QR code of template t can be made from values and will
 * scan at its size, as campaign_flyer_new() would find, without laying out
 * the texts: what a build asks of each flyer before it writes anything.
 */
int campaign__flyer_check_codes(const campaign_template *t, const campaign_param *values, size_t count,
                                const char *language, campaign_diags *diags);

/* CAMPAIGN_OK, or a diagnostic with cairo's reason and CAMPAIGN_EIO / ENOMEM. */
int campaign__cairo_status(cairo_status_t status, const char *what, campaign_diags *diags);

#endif
