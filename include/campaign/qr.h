/*
 * libcampaign: QR codes that scan on paper.
 *
 * One module matrix, encoded once with campaign_qr_encode(), gives every
 * output: a PNG with whole pixels per module and its real DPI, an SVG with a
 * single path (no hairline seams) sized in millimetres, a vector PDF, and a
 * drawing into any cairo context (<campaign/qr_cairo.h>).
 *
 *	#include <string.h>
 *	#include <campaign/campaign.h>
 *
 *	// url as a 30 mm QR code in qr.png, in the directory dirfd, if it will scan.
 *	int
 *	write_code(int dirfd, const char *url, campaign_diags *diags)
 *	{
 *		campaign_qr_options opts = CAMPAIGN_QR_OPTIONS_INIT;
 *		opts.size_mm = 30;
 *		campaign_qr *qr = NULL;
 *		int rc = campaign_qr_encode(&qr, url, strlen(url), &opts, diags);
 *		if (rc == CAMPAIGN_OK)
 *			rc = campaign_qr_check_print(qr, CAMPAIGN_QR_FORMAT_PNG, &opts, NULL, 0, 0,
 *			                             diags);
 *		if (rc == CAMPAIGN_OK)
 *			rc = campaign_qr_write(dirfd, "qr.png", qr, CAMPAIGN_QR_FORMAT_PNG, &opts,
 *			                       diags);
 *		campaign_qr_free(qr);
 *		return rc;
 *	}
 *
 * Sizes: `size_mm` is the printed width of the whole image, quiet zone
 * included (the square a layout reserves for the code). In a PNG a module is
 * a whole number of pixels, so the size is snapped *down* to fit the space
 * asked for; campaign_qr_measure() tells the real size. Vector outputs are
 * exactly the size asked.
 *
 * Rendering never applies print policy: campaign_qr_check_print() says
 * whether the code will scan (module size, quiet zone, scanning distance).
 *
 * Thread-safety: a campaign_qr is immutable after encoding and may be read
 * by several threads at once. A campaign_qr_writer must be used by one
 * thread at a time.
 */
#ifndef CAMPAIGN_QR_H
#define CAMPAIGN_QR_H

#include <campaign/common.h>
#include <campaign/diag.h>

CAMPAIGN_BEGIN_DECLS

/** Error correction level: the share of damaged code words a reader can restore. */
typedef enum campaign_qr_ecc {
	CAMPAIGN_QR_ECC_L = 0, /**< about 7 % */
	CAMPAIGN_QR_ECC_M = 1, /**< about 15 %; the default */
	CAMPAIGN_QR_ECC_Q = 2, /**< about 25 % */
	CAMPAIGN_QR_ECC_H = 3  /**< about 30 % */
} campaign_qr_ecc;

/** Whether the payload is marked as UTF-8 with an ECI designator (ECI 26). */
typedef enum campaign_qr_eci {
	/** Marked when the payload is valid UTF-8 and not pure ASCII; the default. */
	CAMPAIGN_QR_ECI_AUTO = 0,
	/** Never marked: readers assume ISO-8859-1 (or guess). */
	CAMPAIGN_QR_ECI_NONE = 1,
	/** Always marked, even pure ASCII. */
	CAMPAIGN_QR_ECI_UTF8 = 2
} campaign_qr_eci;

/**
 * One output format, for the calls that write one file: campaign_qr_render(),
 * campaign_qr_write(), campaign_qr_measure(). A set of formats has a type
 * of its own, campaign_qr_formats: a set given where one format is expected
 * ("PNG|SVG") does not compile as C++ or with clang's -Wassign-enum, a
 * CAMPAIGN_QR_FORMATS_* flag given there draws gcc's -Wenum-conversion
 * (in -Wextra), and the library refuses either at run time.
 */
typedef enum campaign_qr_format {
	CAMPAIGN_QR_FORMAT_PNG = 1, /**< 1-bit grayscale PNG with pHYs */
	CAMPAIGN_QR_FORMAT_SVG = 2, /**< SVG 1.1, one path, size in mm */
	CAMPAIGN_QR_FORMAT_PDF = 4  /**< one-page vector PDF, page = code; no two formats OR to a third */
} campaign_qr_format;

/**
 * A set of output formats, for campaign_qr_writer_add(): these flags
 * joined with '|' ("CAMPAIGN_QR_FORMATS_PNG | CAMPAIGN_QR_FORMATS_SVG").
 * Each flag has its format's value, so one campaign_qr_format, cast to
 * unsigned int, is the set of just that format.
 */
typedef enum campaign_qr_formats {
	CAMPAIGN_QR_FORMATS_PNG = 1 << 0, /**< NAME.png */
	CAMPAIGN_QR_FORMATS_SVG = 1 << 1, /**< NAME.svg */
	CAMPAIGN_QR_FORMATS_PDF = 1 << 2  /**< NAME.pdf */
} campaign_qr_formats;

/** Default quiet zone: 4 modules on each side (ISO/IEC 18004 section 6.3.8). */
#define CAMPAIGN_QR_BORDER_DEFAULT 4
/** Largest quiet zone accepted, in modules. */
#define CAMPAIGN_QR_BORDER_MAX 64
/** Allowed range of campaign_qr_options.dpi. */
#define CAMPAIGN_QR_DPI_MIN 72
/** Largest campaign_qr_options.dpi. */
#define CAMPAIGN_QR_DPI_MAX 2400
/** Largest printed size accepted, in mm (a PDF page ends at 200 in). */
#define CAMPAIGN_QR_SIZE_MAX_MM 5000.0
/** Largest PNG accepted, in pixels per side. */
#define CAMPAIGN_QR_SIZE_MAX_PX 32767
/** Below this module size a code is an error for campaign_qr_check_print() (4 dots at 300 dpi). */
#define CAMPAIGN_QR_MODULE_MIN_MM 0.33
/** Below this module size a code gets a warning. */
#define CAMPAIGN_QR_MODULE_WARN_MM 0.5

/** The current version of campaign_qr_options. */
#define CAMPAIGN_QR_OPTIONS_VERSION 1

/**
 * How to encode and draw a code. Initialize with CAMPAIGN_QR_OPTIONS_INIT or
 * campaign_qr_options_init(), then set what you need; a NULL options pointer
 * means all defaults.
 */
typedef struct campaign_qr_options {
	unsigned int version;  /**< CAMPAIGN_QR_OPTIONS_VERSION */
	campaign_qr_ecc ecc;   /**< default CAMPAIGN_QR_ECC_M */
	/** Smallest symbol version, 1 to 40; 0 (default) picks the smallest that fits. */
	int min_version;
	campaign_qr_eci eci;   /**< default CAMPAIGN_QR_ECI_AUTO */
	/**
	 * Quiet zone in modules, 0 to CAMPAIGN_QR_BORDER_MAX; default 4. Less
	 * than 4 draws a warning from the print check.
	 */
	int border;
	/** Printed width of the whole image, quiet zone included; 0 (default): from module_mm. */
	double size_mm;
	/** Printed module size, used when size_mm is 0; default 0.5 mm. */
	double module_mm;
	/** PNG resolution in dots per inch, CAMPAIGN_QR_DPI_MIN to _MAX; default 300. */
	int dpi;
	/** Scanning distance in mm for the print check; 0 (default): not checked. */
	double distance_mm;
	/**
	 * PDF creation date, seconds since 1970-01-01 UTC, so builds can be
	 * reproducible; -1 (default) leaves cairo's own clock in the file.
	 */
	long long now;
} campaign_qr_options;

/** Initializer: every default (ECC M, 4-module quiet zone, 0.5 mm modules, 300 dpi). */
#define CAMPAIGN_QR_OPTIONS_INIT                                                   \
	{ CAMPAIGN_QR_OPTIONS_VERSION, CAMPAIGN_QR_ECC_M, 0, CAMPAIGN_QR_ECI_AUTO, \
	  CAMPAIGN_QR_BORDER_DEFAULT, 0.0, 0.5, 300, 0.0, -1 }

/**
 * Sets `opts` to the defaults, for bindings that cannot use the macro.
 * @param version CAMPAIGN_QR_OPTIONS_VERSION.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for an unknown version.
 */
CAMPAIGN_API int campaign_qr_options_init(campaign_qr_options *opts, unsigned int version);

/**
 * Reads an error correction level name: "L", "M", "Q" or "H", either case.
 * @param[out] out receives the level.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID (out unchanged).
 */
CAMPAIGN_API int campaign_qr_ecc_parse(campaign_qr_ecc *out, const char *name);

/** The name of a level ("M"), or "?" for a value out of range. Static string. */
CAMPAIGN_API const char *campaign_qr_ecc_name(campaign_qr_ecc ecc);

/** The file name extension of a format without the dot ("png"), or NULL. Static string. */
CAMPAIGN_API const char *campaign_qr_format_extension(campaign_qr_format format);

/** An encoded QR symbol: a square matrix of dark and light modules. */
typedef struct campaign_qr campaign_qr;

/**
 * Encodes `len` bytes of `data` as a QR code with libqrencode, at the
 * smallest version from opts->min_version that holds it (libqrencode picks
 * the version and the mask with the lowest ISO/IEC 18004 penalty). Case is
 * always preserved. A payload without NUL bytes or ECI header is split by
 * libqrencode into byte mode with digit runs in numeric mode and upper-case
 * runs in alphanumeric mode where that saves bits; one with NUL bytes, or
 * UTF-8 text with the ECI header, is one byte-mode segment. (libqrencode
 * counts the ECI header as 16 bits more than it takes when it picks the
 * version, so near a version's capacity a marked payload may take the next
 * version; version 40 holds as much as the standard says.)
 *
 * @param[out] out receives the code; release it with campaign_qr_free().
 *             NULL on failure.
 * @param data the payload, any bytes (NUL included); not copied.
 * @param opts encoding options (ecc, min_version, eci); NULL for defaults.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID for an empty payload or a bad
 *         option; CAMPAIGN_ETOOLONG when the payload fits no version at this
 *         level (the diagnostic gives its length and the maximum);
 *         CAMPAIGN_ENOMEM. Each failure also adds one error diagnostic.
 */
CAMPAIGN_API int campaign_qr_encode(campaign_qr **out, const void *data, size_t len,
                                    const campaign_qr_options *opts, campaign_diags *diags);

/** Frees a code. Accepts NULL. */
CAMPAIGN_API void campaign_qr_free(campaign_qr *qr);

/** Width of the symbol in modules, quiet zone excluded (21 to 177). */
CAMPAIGN_API int campaign_qr_size(const campaign_qr *qr);

/** Symbol version, 1 to 40. */
CAMPAIGN_API int campaign_qr_version(const campaign_qr *qr);

/** Error correction level the code was made with. */
CAMPAIGN_API campaign_qr_ecc campaign_qr_ecc_level(const campaign_qr *qr);

/** 1 when the payload carries the UTF-8 ECI designator, else 0. */
CAMPAIGN_API int campaign_qr_has_eci(const campaign_qr *qr);

/**
 * 1 when the module at column x, row y is dark, 0 when light. Coordinates
 * are 0-based from the top-left module of the symbol; anything outside the
 * symbol is the (light) quiet zone.
 */
CAMPAIGN_API int campaign_qr_module(const campaign_qr *qr, int x, int y);

/** The current version of campaign_qr_geometry. */
#define CAMPAIGN_QR_GEOMETRY_VERSION 1

/** The real printed geometry of a code in one format. */
typedef struct campaign_qr_geometry {
	unsigned int version; /**< set to CAMPAIGN_QR_GEOMETRY_VERSION by the caller */
	int modules;          /**< symbol width in modules, quiet zone excluded */
	int border;           /**< quiet zone in modules on each side */
	double module_mm;     /**< printed size of one module */
	double symbol_mm;     /**< printed width of the symbol, quiet zone excluded */
	double size_mm;       /**< printed width of the whole image, quiet zone included */
	int dpi;              /**< PNG: pixels per inch; 0 for vector formats */
	int module_px;        /**< PNG: pixels per module; 0 for vector formats */
	int size_px;          /**< PNG: image width and height in pixels; 0 for vector */
	int snapped;          /**< 1 when size_mm differs from the size asked for */
} campaign_qr_geometry;

/** Initializer for campaign_qr_measure()'s output. */
#define CAMPAIGN_QR_GEOMETRY_INIT \
	{ CAMPAIGN_QR_GEOMETRY_VERSION, 0, 0, 0.0, 0.0, 0.0, 0, 0, 0, 0 }

/**
 * Computes how `qr` would be drawn in `format` with `opts`: for a PNG the
 * module is snapped to whole pixels (down when size_mm is given, so the
 * image fits; to the nearest when module_mm is given). Renders nothing.
 *
 * @param[out] out filled in; its version must be CAMPAIGN_QR_GEOMETRY_VERSION.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID (with a diagnostic) for options out
 *         of range, or a size too small to give one pixel per module, or an
 *         image larger than CAMPAIGN_QR_SIZE_MAX_PX.
 */
CAMPAIGN_API int campaign_qr_measure(campaign_qr_geometry *out, const campaign_qr *qr,
                                     campaign_qr_format format,
                                     const campaign_qr_options *opts, campaign_diags *diags);

/**
 * Checks that the code, printed as `format` with `opts`, will scan:
 *  - a module under CAMPAIGN_QR_MODULE_MIN_MM (0.33 mm) is an error, under
 *    CAMPAIGN_QR_MODULE_WARN_MM (0.5 mm) a warning (Denso Wave: at least
 *    4 printer dots per module);
 *  - a quiet zone under 4 modules is a warning;
 *  - with opts->distance_mm, a symbol narrower than a tenth of the scanning
 *    distance is a warning: that rule of thumb is a heuristic, not a
 *    standard, so it never fails a build by itself.
 * Each message says what size would pass. Diagnostics carry file, line and
 * column as given (for a template's QR element; NULL and 0 for none).
 *
 * @return CAMPAIGN_OK when there is no error (warnings may have been added),
 *         CAMPAIGN_EINVALID when the code would be printed too small or the
 *         options are invalid.
 */
CAMPAIGN_API int campaign_qr_check_print(const campaign_qr *qr, campaign_qr_format format,
                                         const campaign_qr_options *opts, const char *file,
                                         unsigned long line, unsigned long column,
                                         campaign_diags *diags);

/**
 * Renders the code in `format` into memory.
 * @param[out] out receives the file's bytes; release with campaign_buf_dispose().
 *             Left empty on failure.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID for bad options (see
 *         campaign_qr_measure()); CAMPAIGN_ENOMEM; CAMPAIGN_EIO when libpng
 *         or cairo fails.
 */
CAMPAIGN_API int campaign_qr_render(campaign_buf *out, const campaign_qr *qr,
                                    campaign_qr_format format, const campaign_qr_options *opts,
                                    campaign_diags *diags);

/**
 * Renders the code and writes it to `path`, relative to the directory
 * `dirfd` (AT_FDCWD for the working directory), crash-safely: the file
 * appears complete or not at all, through a temp file in the same directory,
 * fsync, rename and a directory fsync. A file already there is replaced only
 * on success and is otherwise left untouched.
 *
 * @return as campaign_qr_render(), plus CAMPAIGN_EIO (the diagnostic names
 *         the file and the system's reason) when it cannot be written.
 */
CAMPAIGN_API int campaign_qr_write(int dirfd, const char *path, const campaign_qr *qr,
                                   campaign_qr_format format, const campaign_qr_options *opts,
                                   campaign_diags *diags);

/**
 * Writes many codes into one directory with one flush to disk for all of
 * them instead of one per file (the same crash safety as campaign_qr_write(),
 * several times faster for a thousand small files). Files become visible at
 * campaign_qr_writer_commit(), and also every few hundred files on the way
 * so memory and pending temp files stay bounded.
 */
typedef struct campaign_qr_writer campaign_qr_writer;

/**
 * @param[out] out receives the writer; release with campaign_qr_writer_free().
 * @param dirfd the output directory (AT_FDCWD for the working directory);
 *        borrowed, must stay open until the writer is freed.
 * @param label the directory's name in diagnostics ("out/qr"); copied; may be NULL.
 * @return CAMPAIGN_OK or CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_qr_writer_new(campaign_qr_writer **out, int dirfd, const char *label);

/**
 * A writer for a directory no other program sees yet: one the caller made
 * under a temporary name, to rename into place once every writer into it has
 * committed. Files are written under their own names, without a temp file and
 * a rename each, which makes small files about a third cheaper;
 * campaign_qr_writer_commit() still flushes them to disk, and files not
 * committed are removed. `campaign qr --batch` uses it for a new directory.
 * @return as campaign_qr_writer_new().
 */
CAMPAIGN_API int campaign_qr_writer_new_private(campaign_qr_writer **out, int dirfd,
                                                const char *label);

/**
 * Renders `qr` in every format of the set `formats` (CAMPAIGN_QR_FORMATS_PNG
 * | CAMPAIGN_QR_FORMATS_SVG ...) as `stem`.png, `stem`.svg, `stem`.pdf: one
 * call per code. `stem` is a plain file name without '/', such as a
 * placement id.
 * @return as campaign_qr_write(); on failure nothing of this call is left
 *         pending, and earlier codes are unaffected.
 */
CAMPAIGN_API int campaign_qr_writer_add(campaign_qr_writer *w, const char *stem,
                                        const campaign_qr *qr, unsigned int formats,
                                        const campaign_qr_options *opts, campaign_diags *diags);

/**
 * Makes every file added so far durable and visible.
 * @return CAMPAIGN_OK or CAMPAIGN_EIO; on failure the files not yet renamed
 *         into place are removed.
 */
CAMPAIGN_API int campaign_qr_writer_commit(campaign_qr_writer *w, campaign_diags *diags);

/** Frees a writer; files added since the last commit are discarded. Accepts NULL. */
CAMPAIGN_API void campaign_qr_writer_free(campaign_qr_writer *w);

CAMPAIGN_END_DECLS

#endif
