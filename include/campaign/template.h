/*
 * libcampaign: flyer and poster templates.
 *
 * A template describes one page of a print product in YAML
 * (campaign-template(5)): the page (size, orientation, bleed, crop marks,
 * safe area) and its elements (text, qr, rect, line, image) with `{{name}}`
 * placeholders. Loading is as strict as the spec's: every problem is a
 * located diagnostic, unknown keys get a did-you-mean, and the input is
 * bounded (file size, page size, font sizes, image dimensions).
 *
 *	#include <campaign/campaign.h>
 *
 *	// The built-in A5 flyer, or a user's own with the same name in my_dir.
 *	campaign_template *
 *	open_flyer(const char *my_dir, campaign_diags *diags)
 *	{
 *		const char *dirs[3];
 *		dirs[0] = my_dir;
 *		dirs[1] = campaign_templates_dir();
 *		dirs[2] = NULL;
 *		campaign_template *t = NULL;
 *		if (campaign_template_open(&t, "flyer-a5", dirs, diags) != CAMPAIGN_OK)
 *			return NULL;
 *		return t; // fill it with campaign_flyer_new() (render.h)
 *	}
 *
 * The library never reads the environment: the caller passes the
 * directories built-in templates are searched in (the CLI passes the build
 * tree's and the installed directory).
 *
 * Thread-safety: a campaign_template is immutable after loading and may be
 * used by several threads at once (each with its own flyers).
 */
#ifndef CAMPAIGN_TEMPLATE_H
#define CAMPAIGN_TEMPLATE_H

#include <campaign/common.h>
#include <campaign/diag.h>

CAMPAIGN_BEGIN_DECLS

/** A loaded template: a page and its elements (opaque, immutable). */
typedef struct campaign_template campaign_template;

/** Largest page side accepted, in mm (2 m). */
#define CAMPAIGN_TEMPLATE_PAGE_MAX_MM 2000.0
/** Smallest page side accepted, in mm. */
#define CAMPAIGN_TEMPLATE_PAGE_MIN_MM 10.0
/** Font sizes accepted, in pt: one render at 49,200 pt breaks every later render of that face in the process. */
#define CAMPAIGN_TEMPLATE_FONT_MIN_PT 1.0
#define CAMPAIGN_TEMPLATE_FONT_MAX_PT 1000.0 /**< largest font size, in pt */
/** Longest text of one element after placeholder expansion, in code points. */
#define CAMPAIGN_TEMPLATE_TEXT_MAX 2000
/** Longest template file, in bytes. */
#define CAMPAIGN_TEMPLATE_FILE_MAX ((size_t)1024 * 1024)
/**
 * Default largest image (PNG, JPEG, SVG, and the rasters an SVG refers to):
 * pixels per side, pixels in all, file bytes. The caller may change them
 * (campaign_template_load_options) up to the ceilings below.
 */
#define CAMPAIGN_TEMPLATE_IMAGE_MAX_SIDE 10000
#define CAMPAIGN_TEMPLATE_IMAGE_MAX_PIXELS ((long)40 * 1000 * 1000) /**< pixels in all */
#define CAMPAIGN_TEMPLATE_IMAGE_MAX_BYTES ((size_t)32 * 1024 * 1024) /**< file bytes */
/** Highest image limits a caller may set: cairo's largest image surface side. */
#define CAMPAIGN_TEMPLATE_IMAGE_SIDE_CEILING ((size_t)32767)
/** Pixels in all: 4 bytes each must fit one cairo image buffer (2 GiB). */
#define CAMPAIGN_TEMPLATE_IMAGE_PIXELS_CEILING ((size_t)500 * 1000 * 1000)
#define CAMPAIGN_TEMPLATE_IMAGE_BYTES_CEILING ((size_t)1024 * 1024 * 1024) /**< file bytes */

/** The current version of campaign_template_load_options. */
#define CAMPAIGN_TEMPLATE_LOAD_OPTIONS_VERSION 1

/**
 * How a template's images are read: how large each may be. These belong to
 * whoever runs the tool, not to the template, which may come from someone
 * else: an image of 48 KB can declare 20000 x 20000 pixels and cost 1.6 GB
 * to decode. Each limit is from 1 up to its ceiling.
 */
typedef struct campaign_template_load_options {
	unsigned int version;    /**< CAMPAIGN_TEMPLATE_LOAD_OPTIONS_VERSION */
	size_t max_image_side;   /**< "image-side": default CAMPAIGN_TEMPLATE_IMAGE_MAX_SIDE */
	size_t max_image_pixels; /**< "image-pixels": default CAMPAIGN_TEMPLATE_IMAGE_MAX_PIXELS */
	size_t max_image_bytes;  /**< "image-bytes": default CAMPAIGN_TEMPLATE_IMAGE_MAX_BYTES */
	/**
	 * Folders a template's images may come from besides its own folder
	 * (and below them), NULL-terminated; NULL (default): its own folder
	 * only. An image elsewhere, through `..` or a symbolic link, is a
	 * located error: a template may come from someone else. A spec's
	 * folder is not added: a template downloaded beside the spec must
	 * not read the files there unless the user names the folder here.
	 * Borrowed for the load.
	 */
	const char *const *image_dirs;
} campaign_template_load_options;

/** Initializer: the default limits, images from the template's folder only. */
#define CAMPAIGN_TEMPLATE_LOAD_OPTIONS_INIT                                                     \
	{ CAMPAIGN_TEMPLATE_LOAD_OPTIONS_VERSION, CAMPAIGN_TEMPLATE_IMAGE_MAX_SIDE,                \
	  (size_t)CAMPAIGN_TEMPLATE_IMAGE_MAX_PIXELS, CAMPAIGN_TEMPLATE_IMAGE_MAX_BYTES, NULL }

/**
 * Initializes options to CAMPAIGN_TEMPLATE_LOAD_OPTIONS_INIT, for bindings.
 * @param version CAMPAIGN_TEMPLATE_LOAD_OPTIONS_VERSION.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for an unknown version.
 */
CAMPAIGN_API int campaign_template_load_options_init(campaign_template_load_options *opts,
                                                     unsigned int version);

/** The current version of campaign_template_info. */
#define CAMPAIGN_TEMPLATE_INFO_VERSION 1

/** What a template is: its name and page, for listings and layout. */
typedef struct campaign_template_info {
	unsigned int version;    /**< set to CAMPAIGN_TEMPLATE_INFO_VERSION by the caller */
	const char *name;        /**< `template:` or the file name without .yaml; borrowed */
	const char *description; /**< `description:`, or NULL; borrowed */
	const char *size_name;   /**< "A5", "Letter", ... or "custom"; borrowed */
	int landscape;           /**< 1 when the orientation is landscape */
	double width_mm;         /**< trim width, orientation applied */
	double height_mm;        /**< trim height, orientation applied */
	double bleed_mm;         /**< bleed on every side */
	double safe_mm;          /**< safe margin inside the trim */
	int marks;               /**< 1 when the PDF gets crop marks */
	double marks_mm;         /**< room for the marks outside the bleed on every side (0 without) */
	size_t element_count;    /**< elements on the page */
} campaign_template_info;

/** Initializer for campaign_template_get_info()'s output. */
#define CAMPAIGN_TEMPLATE_INFO_INIT { CAMPAIGN_TEMPLATE_INFO_VERSION, NULL, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0 }

/**
 * Loads a template file. Relative image paths (`src:`) are read from the
 * file's directory, during the load, so a template that loads can render.
 *
 * @param[out] out receives the template (NULL on failure); release it with
 *             campaign_template_free().
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID when the template has errors (all
 *         of them are in diags); CAMPAIGN_EIO when the file or an image
 *         cannot be read; CAMPAIGN_EMISSING when no font at all can be
 *         loaded for a text element (fontconfig finds none); CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_template_load_file(campaign_template **out, const char *path,
                                             campaign_diags *diags);

/**
 * Loads a template from memory.
 * @param name the file name used in diagnostics; may be NULL ("<template>").
 * @param base_dir where relative image paths are read from; NULL: ".".
 * @return as campaign_template_load_file().
 */
CAMPAIGN_API int campaign_template_load_string(campaign_template **out, const char *yaml,
                                               size_t len, const char *name,
                                               const char *base_dir, campaign_diags *diags);

/**
 * Loads a built-in template by name, or a template file by path. A value
 * with a '/' or ending in ".yaml" or ".yml" is a path (relative to the
 * working directory: a spec's relative template path must be joined to the
 * spec's directory by the caller); anything else is a name, looked up as
 * NAME.yaml in each of `search_dirs` in turn.
 *
 * @param search_dirs NULL-terminated; may be NULL (then only paths work).
 * @return as campaign_template_load_file(); CAMPAIGN_EINVALID when no
 *         directory has the name but they hold other templates (a mistyped
 *         name: the diagnostic suggests the nearest), CAMPAIGN_EMISSING
 *         when they hold no template at all.
 */
CAMPAIGN_API int campaign_template_open(campaign_template **out, const char *name_or_path,
                                        const char *const *search_dirs, campaign_diags *diags);

/**
 * Opens a template as campaign_template_open() does, with the limits of its
 * images given. An image over a limit is a located error that names the
 * image, its size and the limit.
 * @param opts NULL means CAMPAIGN_TEMPLATE_LOAD_OPTIONS_INIT.
 * @return as campaign_template_open(); CAMPAIGN_EINVALID also for a limit
 *         of 0 or over its ceiling, or an unknown version.
 */
CAMPAIGN_API int campaign_template_open_ext(campaign_template **out, const char *name_or_path,
                                            const char *const *search_dirs,
                                            const campaign_template_load_options *opts,
                                            campaign_diags *diags);

/**
 * The directory the built-in templates were installed in, as configured
 * when the library was built (DATADIR/libcampaign/templates, the same as
 * `pkg-config --variable=templatesdir libcampaign`): pass it among the
 * search_dirs of campaign_template_open(). The library never looks there by
 * itself.
 * @return a static string, never NULL.
 */
CAMPAIGN_API const char *campaign_templates_dir(void);

/**
 * The names of the templates in `search_dirs` (files NAME.yaml), sorted,
 * one per line ("flyer-a5\nposter-a3\n"); a name in an earlier directory
 * hides the same name in a later one. Directories that do not exist are
 * skipped.
 * @param[out] out receives the list; release with campaign_buf_dispose().
 * @return CAMPAIGN_OK or CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_template_list(campaign_buf *out, const char *const *search_dirs);

/** Frees a template. Accepts NULL. */
CAMPAIGN_API void campaign_template_free(campaign_template *t);

/**
 * Describes a template.
 * @param[out] out filled in: start from CAMPAIGN_TEMPLATE_INFO_INIT, so its
 *             version says which fields the caller has (an older version
 *             gets only the fields it knows).
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for an unknown version.
 */
CAMPAIGN_API int campaign_template_get_info(campaign_template_info *out,
                                            const campaign_template *t);

/**
 * The placeholders the template prints, each once, in the order the page
 * first uses them, one a line ("hashtag\nevent.title\n...\nvar.cta\n"): what
 * a placement must provide (fields) and which built-in texts (`var.*`) a
 * spec may change. `campaign templates` lists them.
 *
 * @param[out] out receives the list (NUL-terminated, "" for a page without
 *             placeholders); release it with campaign_buf_dispose().
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID for NULL; CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_template_placeholders(campaign_buf *out, const campaign_template *t);

/**
 * Checks every placeholder of the template against the names a caller can
 * provide, and reports each unknown one as a located error (with a
 * did-you-mean), without rendering: what `campaign validate` runs for each
 * placement's template.
 *
 * @param known NULL-terminated names ("url", "event.title", "row.station").
 *        An entry ending in ".*" accepts every name with that prefix
 *        ("row.*"). Always accepted besides: the names derived from
 *        "event.date" when it is known (event.date_iso, event.weekday,
 *        event.day, event.month, event.year) and the `var.*` names that have
 *        built-in texts (var.cta, var.call, var.tear, var.when, var.where;
 *        see render.h).
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID with one error per unknown name.
 */
CAMPAIGN_API int campaign_template_check_names(const campaign_template *t,
                                               const char *const *known,
                                               campaign_diags *diags);

/**
 * Checks the text the template's QR codes carry as written in the template
 * (`qr: {data: ...}`), as `campaign validate` and `campaign render` do: a
 * link there (https:// or http://, whole or up to its first placeholder)
 * must pass the checks of a spec's landing URL (no user name or password,
 * no escaped or C1 control character, no port 0, nothing unseen in the
 * host), with the same warnings (a host a phone cannot reach, a look-alike
 * host); a javascript:, vbscript:, data: or file: link is an error too (a
 * scanner runs or opens it on the phone). Warnings besides: data without a
 * placeholder (every flyer then carries the same code, so scans cannot be
 * told apart) and a web address without its scheme ("example.org/rally",
 * which scanners show as text).
 * Values filled in later ({{url}}) are checked where they come from.
 * @return CAMPAIGN_OK (warnings may be in diags), CAMPAIGN_EINVALID with a
 *         located error per refused link, or CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_template_check_qr_data(const campaign_template *t,
                                                 campaign_diags *diags);

/**
 * The size of a named page ("A4", "b5", "Letter"; case-insensitive) in mm,
 * portrait.
 * @param[out] width_mm, height_mm receive the size; unchanged on failure.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for an unknown name.
 */
CAMPAIGN_API int campaign_page_size(double *width_mm, double *height_mm, const char *name);

CAMPAIGN_END_DECLS

#endif
