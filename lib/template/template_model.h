/*
 * The in-memory template (internal): page and elements, every length in
 * points (1/72 in, PDF's own unit) measured from the top-left corner of the
 * trim box, each element keeping its YAML position for later diagnostics.
 */
#ifndef CAMPAIGN_TEMPLATE_MODEL_H
#define CAMPAIGN_TEMPLATE_MODEL_H

#include <pthread.h>
#include <stddef.h>

#include "campaign/template.h"
#include "template/image_limits.h"
#include "util/arena.h"
#include "text/yaml_doc.h"

/*
 * Whether campaign_template_open() reads name_or_path as a file (it holds a
 * '/' or ends in .yaml or .yml) rather than as a built-in's name.
 */
int campaign__template_is_path(const char *name_or_path);

/*
 * campaign_template_open(), with the limits of its images (NULL: the
 * defaults) and the place that names the template (a spec's `template:`)
 * for the error when no built-in has the name; file NULL: unlocated.
 */
int campaign__template_open_at(campaign_template **out, const char *name_or_path,
                               const char *const *search_dirs, const struct image_limits *limits,
                               campaign_diags *diags, const char *file, unsigned long line,
                               unsigned long column);

/* campaign_template_load_file() with the limits of its images (NULL: the defaults). */
int campaign__template_load_file(campaign_template **out, const char *path,
                                 const struct image_limits *limits, campaign_diags *diags);

#define PT_PER_MM (72.0 / 25.4)
#define MM_PER_PT (25.4 / 72.0)
/* The CSS pixel (1/96 in), and the resolution that makes a page given in them that many pixels. */
#define PT_PER_PX 0.75
#define PIXEL_PAGE_DPI 96

/* The safe margin of a page without 'safe:': a cut is off by up to a millimetre or two. */
#define TEMPLATE_SAFE_DEFAULT_PT (3.0 * PT_PER_MM)

/* Crop marks: they start this far outside the bleed, so they never reach into it, and are this long. */
#define MARK_OFFSET_PT (2.0 * PT_PER_MM)
#define MARK_LENGTH_PT (5.0 * PT_PER_MM)
#define MARK_WIDTH_PT 0.25
/* Room outside the bleed for the marks on every side. */
#define MARK_ROOM_PT (MARK_OFFSET_PT + MARK_LENGTH_PT + 1.0 * PT_PER_MM)

enum tpl_kind { TPL_TEXT, TPL_QR, TPL_RECT, TPL_LINE, TPL_IMAGE };
enum tpl_align { TPL_ALIGN_START, TPL_ALIGN_CENTER, TPL_ALIGN_END };
enum tpl_valign { TPL_VALIGN_TOP, TPL_VALIGN_MIDDLE, TPL_VALIGN_BOTTOM };

/*
 * A colour: r, g, b and a as drawn on screens (PNG). A cmyk() colour keeps
 * its four inks as given, in tenths of a percent, for the PDF (cmyk set);
 * its r, g, b are the plain conversion (1 - c)(1 - k), for screens only.
 */
struct tpl_color {
	double r, g, b, a;
	int cmyk;
	int ink[4]; /* c, m, y, k: 0 to 1000 */
};

enum tpl_image_kind { TPL_IMAGE_PNG, TPL_IMAGE_JPEG, TPL_IMAGE_SVG };

/*
 * A template's image, never written after load. Draw it through
 * campaign__tpl_image_surface(), which gives each user its own surface.
 */
struct tpl_image {
	enum tpl_image_kind kind;
	/* PNG, JPEG: the decoded pixels in cairo's own surface, premultiplied ARGB32 or RGB24. */
	struct _cairo_surface *surface;
	unsigned char *pixels;
	int format;                /* cairo_format_t of pixels */
	int width, height, stride; /* pixels; SVG: its size in CSS px, for its aspect */
	/* JPEG: the file's bytes (malloc'd), which PDFs embed unchanged. */
	unsigned char *jpeg;
	size_t jpeg_len;
	/* SVG: the checked document, drawn as vectors; librsvg's handle is one thread's at a time. */
	struct _RsvgHandle *svg;
	pthread_mutex_t svg_lock;
	/* The file's SHA-256, cairo's unique id for it: a PDF of many pages carries the image once. */
	char id[65];
	const char *path;
};

/*
 * A new surface of img's own size (pixels; SVG: CSS px, as vectors), that
 * the caller owns (cairo_surface_destroy()) and may draw from one thread,
 * marked with img's id so that a PDF embeds the image once however many
 * pages show it, and with a JPEG's own bytes. Check its status: cairo's
 * NO_MEMORY, or an error when librsvg cannot draw the SVG.
 */
struct _cairo_surface *campaign__tpl_image_surface(const struct tpl_image *img);

struct tpl_elem {
	enum tpl_kind kind;
	struct yaml_pos pos;       /* the element's mapping */
	const char *kind_name;     /* "text", "qr", ... */
	double x, y;               /* at (line: from) */
	double w, h;               /* text: width/height (0 = none); qr: size; rect, image: size */
	double x2, y2;             /* line: to */
	double rotate;             /* degrees clockwise around (x, y) */
	int repeat;                /* copies, 1 = just this one */
	double step_x, step_y;     /* offset between copies */

	/* text */
	const char *text;          /* with placeholders */
	struct yaml_pos text_pos;
	const char *font;          /* a Pango font description, size included */
	double font_size;          /* pt */
	struct tpl_color color;
	struct yaml_pos color_pos; /* where 'color' was given; line 0: the default, black */
	const char *color_from;    /* "{{row.NAME}}": the colour is each row's, or NULL */
	const char *color_var;     /* "var.NAME": the spec may change color (its default), or NULL */
	enum tpl_align align;
	enum tpl_valign valign;
	double line_spacing;       /* factor, 1 = the font's own */
	double tracking;           /* extra space between letters, pt */
	int shrink;
	double max_size;           /* pt: a short text grows up to it to fill its box; 0: it does not grow */
	int wrap;                  /* 0: one line only (shrink-to-fit shrinks it to fit the width) */

	/* qr */
	const char *data;
	struct yaml_pos data_pos;
	int ecc;                   /* campaign_qr_ecc */
	double distance;           /* qr: scanning distance in pt, 0 = not checked */

	/* rect, line */
	int has_fill, has_stroke;
	struct tpl_color fill, stroke;
	const char *fill_from;     /* rect: "{{row.NAME}}", the fill each row's; NULL: fill as given */
	const char *fill_var;      /* rect: "var.NAME": the spec may change fill (its default), or NULL */
	struct yaml_pos fill_pos;
	double stroke_width;       /* rect stroke, line width */
	double radius;
	int bleed;                 /* rect: edges on the trim run out into the bleed */
	double dash_on, dash_off;  /* line: 0 = solid */

	/* image */
	const struct tpl_image *image; /* NULL when the image is each row's (src_from) */
	const char *src_from;          /* "{{row.NAME}}": the file each row names, or NULL */
	struct yaml_pos src_pos;
};

/* A colour the spec may change: `colours: { NAME: default }`. */
struct tpl_colour {
	const char *key; /* "var.NAME" */
	struct tpl_color color;
};

struct campaign_template {
	struct arena arena;
	const char *file;
	const char *base_dir;
	const char *name;
	const char *description;
	const char *size_name;
	int landscape;
	double width, height;  /* trim, pt */
	double bleed, safe;    /* pt; safe is TEMPLATE_SAFE_DEFAULT_PT when the page gives none */
	int safe_given;        /* 'safe:' given: text and codes past it are errors, else warnings */
	int marks;
	int mirror_rtl;         /* mirror the layout left to right for a right-to-left language */
	/*
	 * The page was given in px ([1080px, 1350px]: a social image): its PNG
	 * is those pixels, PIXEL_PAGE_DPI whatever the dpi asked for.
	 */
	int pixel_page;
	struct tpl_elem *elems;
	size_t count;
	struct tpl_colour *colours; /* `colours:` */
	size_t colour_count;
	struct tpl_image *images; /* freed with the template */
	size_t image_count;
	struct image_limits image_limits; /* how large its images may be: the caller's */
};

struct placeholder_ref;

/* Called for one placeholder; a nonzero return stops the walk and is returned. */
typedef int (*template_placeholder_fn)(void *ctx, const struct placeholder_ref *ref,
                                       struct yaml_pos at);

/*
 * Calls fn for every well-formed placeholder a flyer of t fills in (texts
 * and QR payloads), in element order, with the position of the text it is
 * in; ref points into the template, which outlives it. campaign_template_check_names()
 * and the build's per-placement check walk through here, so both see what
 * filling the template sees.
 */
int campaign__template_each_placeholder(const campaign_template *t, template_placeholder_fn fn,
                                        void *ctx);

/*
 * The column a "{{row.NAME}}" value (an element's src_from, fill_from,
 * color_from) takes its value from: NAME, len bytes, into from.
 */
const char *campaign__tpl_row_column(const char *from, size_t *len);

/* Whether a row's colour can print: opaque enough to be seen (alpha above 00). */
int campaign__tpl_row_color(const char *text, struct tpl_color *out);

/*
 * The smallest font size t's texts are read at, pt (template_readable.c):
 * 6 pt on paper, a hundredth of the width on a page in pixels (a social
 * image). A smaller font is warned about, and shrink-to-fit stops there.
 */
double campaign__tpl_readable_pt(const campaign_template *t);
/* That size and why, for a message: "6 pt, the smallest print read at arm's length". */
const char *campaign__tpl_readable_why(const campaign_template *t, char *buf, size_t size);

#endif
