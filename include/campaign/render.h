/*
 * libcampaign: flyers rendered from a template, to PDF and PNG, and a proof
 * sheet of many flyers.
 *
 * A campaign_flyer is one template filled with one placement's values: the
 * placeholders expanded, the text laid out and every print check done
 * (overset text, QR module size, safe area, image resolution). A flyer that
 * was made renders; rendering adds no new validation errors. Render it as
 * many times and in as many formats as needed:
 *
 *	#include <campaign/campaign.h>
 *
 *	// A flyer in Russian as a PDF in memory, then as flyer.png in dirfd.
 *	int
 *	rally_flyer(const campaign_template *tpl, const char *url, campaign_buf *pdf,
 *	            int dirfd, campaign_diags *diags)
 *	{
 *		const campaign_param values[] = {
 *			{ "event.title", "Митинг" }, { "event.date", "2026-12-05" },
 *			{ "url", url }, { "phone", "+7 (495) 123-45-01" },
 *		};
 *		campaign_flyer_options fo = CAMPAIGN_FLYER_OPTIONS_INIT;
 *		fo.language = "ru";
 *		campaign_flyer *f = NULL;
 *		int rc = campaign_flyer_new(&f, tpl, values, 4, &fo, diags);
 *		if (rc == CAMPAIGN_OK) {
 *			campaign_render_options ro = CAMPAIGN_RENDER_OPTIONS_INIT;
 *			ro.now = 1796083200; // --now: the same bytes on every run
 *			rc = campaign_flyer_render(pdf, f, &ro, diags);
 *			ro.format = CAMPAIGN_RENDER_PNG;
 *			if (rc == CAMPAIGN_OK)
 *				rc = campaign_flyer_write(dirfd, "flyer.png", f, &ro, diags);
 *		}
 *		campaign_flyer_free(f);
 *		return rc;
 *	}
 *
 * Dates: the value of "event.date" is given as YYYY-MM-DD and printed in the
 * flyer's language ("5 декабря 2026" for ru); the flyer derives
 * event.date_iso, event.weekday, event.day, event.month and event.year
 * from it. Built-in texts: var.cta ("Scan to register"), var.call
 * ("Call us"), var.tear ("Tear off and take one"), var.when ("When") and
 * var.where ("Where") have a default in each supported language (ru, uk,
 * be, en, nl, de, fr, es, it, pl, ar; others get English) that a value
 * passed in overrides. In a right-to-left language (ar, he, fa, ur, ...)
 * text starts on the right, and the values of phone, phone_e164, tel and
 * url are kept left-to-right inside their paragraph.
 *
 * Output is deterministic: the same template, values and options give the
 * same bytes (the PDF creation date comes from options.now, never a clock).
 *
 * Thread-safety: flyers made from one template may be made and rendered in
 * parallel, one flyer per thread at a time, with identical bytes from any
 * thread. A campaign_proof is used by one thread. (pango keeps a font map
 * per thread, freed when the thread exits.)
 */
#ifndef CAMPAIGN_RENDER_H
#define CAMPAIGN_RENDER_H

#include <stdint.h>

#include <campaign/common.h>
#include <campaign/diag.h>
#include <campaign/template.h>

CAMPAIGN_BEGIN_DECLS

/** A template filled with one placement's values, checked and laid out (opaque). */
typedef struct campaign_flyer campaign_flyer;

/** The current version of campaign_flyer_options. */
#define CAMPAIGN_FLYER_OPTIONS_VERSION 1

/** How to fill a template. */
typedef struct campaign_flyer_options {
	unsigned int version; /**< CAMPAIGN_FLYER_OPTIONS_VERSION */
	/** Language tag for dates and built-in texts ("ru", "ar-EG"); NULL: "en". */
	const char *language;
} campaign_flyer_options;

/** Initializer: English. */
#define CAMPAIGN_FLYER_OPTIONS_INIT { CAMPAIGN_FLYER_OPTIONS_VERSION, NULL }

/**
 * Initializes options to CAMPAIGN_FLYER_OPTIONS_INIT, for bindings.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for NULL or an unknown version.
 */
CAMPAIGN_API int campaign_flyer_options_init(campaign_flyer_options *opts, unsigned int version);

/**
 * Fills a template with values and runs every check before drawing:
 *  - a placeholder without a value is an error at its element;
 *  - text longer than CAMPAIGN_TEMPLATE_TEXT_MAX code points after expansion,
 *    or with a run of more than 16 combining marks, is an error;
 *  - text that does not fit its box (`height`, or the safe area) is an
 *    error naming the room it needs, unless the element has `shrink: true`
 *    and it fits at a smaller size (never below 6 pt);
 *  - text or a QR code outside the safe area is an error;
 *  - a QR code whose modules would print too small is an error, near the
 *    limit a warning (campaign_qr_check_print());
 *  - an element drawn over a QR code's quiet zone is an error;
 *  - an image printed below 300 effective dpi is a warning.
 * Diagnostics point at the template's element.
 *
 * @param t the template; borrowed, must outlive the flyer.
 * @param values key -> UTF-8 value; copied. A key given twice: the last wins.
 * @param[out] out receives the flyer (NULL on failure); release it with
 *             campaign_flyer_free().
 * @return CAMPAIGN_OK (warnings may have been added); CAMPAIGN_EINVALID;
 *         CAMPAIGN_ETOOLONG when a QR payload fits no QR version;
 *         CAMPAIGN_EMISSING when no font can be loaded; CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_flyer_new(campaign_flyer **out, const campaign_template *t,
                                    const campaign_param *values, size_t count,
                                    const campaign_flyer_options *opts, campaign_diags *diags);

/** Frees a flyer. Accepts NULL. */
CAMPAIGN_API void campaign_flyer_free(campaign_flyer *f);

/** Output formats. */
typedef enum campaign_render_format {
	CAMPAIGN_RENDER_PDF = 1, /**< vector PDF with bleed, crop marks, TrimBox and BleedBox */
	CAMPAIGN_RENDER_PNG = 2, /**< 8-bit RGB (or gray) PNG at opts.dpi, with pHYs */
	/** Baseline sRGB JPEG (JFIF) at opts.dpi: quality 90, 4:2:0, transparency on white. */
	CAMPAIGN_RENDER_JPEG = 3
} campaign_render_format;

/** Allowed range of campaign_render_options.dpi. */
#define CAMPAIGN_RENDER_DPI_MIN 72
#define CAMPAIGN_RENDER_DPI_MAX 1200 /**< largest campaign_render_options.dpi */

/**
 * An output profile: the ICC profile of the press a PDF is printed on
 * (CMYK, from the print shop), read once and shared by every PDF written
 * with it (opaque; immutable after loading, so threads may share it).
 *
 * Every PDF the library writes goes through a colour pass: black (RGB
 * 0 0 0 and gray 0) becomes 100 % K (`0 0 0 1 k`) so that text and QR
 * modules print on one plate; white and grays are written as CMYK too;
 * a template's cmyk() colour is written exactly as given; crop and cut
 * marks are registration colour (`1 1 1 1 K`, every plate). With an output
 * profile, every other RGB colour is converted to CMYK through it (Little
 * CMS, relative colorimetric with black point compensation, from sRGB) and
 * the PDF carries the profile as its output intent (GTS_PDFX); without
 * one, other RGB colours stay RGB. With a profile, PNG and JPEG images
 * are converted too, the same way, into CMYK samples deflated (a JPEG
 * no longer keeps its own bytes then); without one they stay RGB. PNGs are
 * always RGB.
 */
typedef struct campaign_output_profile campaign_output_profile;

/**
 * Reads an ICC output profile and builds its conversion from sRGB.
 * @param path the file (at most 16 MiB).
 * @param[out] out receives the profile; release with campaign_output_profile_free().
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID for a file that is no ICC profile,
 *         is damaged, or is not a CMYK output profile (a diagnostic at the
 *         file says which); CAMPAIGN_EIO when it cannot be read;
 *         CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_output_profile_load(campaign_output_profile **out, const char *path,
                                              campaign_diags *diags);

/** Frees a profile. Accepts NULL. */
CAMPAIGN_API void campaign_output_profile_free(campaign_output_profile *p);

/** The current version of campaign_render_options. */
/**
 * PNG compression, chosen from measurements on A5 flyers at 300 dpi (see
 * README, "Performance"). libpng writes both, with one filter (UP: each row
 * against the one above, which suits flyers' flat areas and horizontal
 * text) instead of libpng's default of trying all five on every row; both
 * hold the same pixels. Sizes and speeds are against a plain loop saving
 * with cairo_surface_write_to_png() (libpng's defaults).
 */
typedef enum campaign_png_compression {
	/** UP filter, zlib level 6: about 0.7 times the bytes, twice as fast. */
	CAMPAIGN_PNG_SMALL = 0,
	/** UP filter, zlib's run-length mode: a little smaller, about 4 times as fast (proofs, previews). */
	CAMPAIGN_PNG_FAST = 1
} campaign_png_compression;

#define CAMPAIGN_RENDER_OPTIONS_VERSION 1

/** How to render a flyer. */
typedef struct campaign_render_options {
	unsigned int version;          /**< CAMPAIGN_RENDER_OPTIONS_VERSION */
	campaign_render_format format; /**< default CAMPAIGN_RENDER_PDF */
	/** PNG and JPEG resolution, CAMPAIGN_RENDER_DPI_MIN to _MAX; default 300. */
	int dpi;
	/** PNG: 1 includes the bleed around the trim, 0 (default) is the trim only. */
	int bleed;
	/** PDF crop marks: 0 none, 1 marks; CAMPAIGN_UNSET (default): as the template says. */
	int marks;
	/**
	 * PDF creation date, seconds since 1970-01-01 UTC, 0 to
	 * CAMPAIGN_TIME_MAX (from --now or SOURCE_DATE_EPOCH); CAMPAIGN_UNSET
	 * (default) writes no date at all. Either way the output is
	 * reproducible: the library never puts its own clock in a PDF.
	 */
	int64_t now;
	/** PDF title; NULL: the template's name. Copied into the file. */
	const char *title;
	/** PNG: how hard to compress; see campaign_png_compression. */
	campaign_png_compression png_compression;
	/** PDF: convert RGB colours through this profile and carry it as the output intent; NULL: none. Borrowed. */
	const campaign_output_profile *output_profile;
	/**
	 * For an office printer, PDF and PNG alike: 0 to 50, the printer's
	 * unprintable margin in mm. The page is the trim, with no bleed and no
	 * marks, and the flyer is shrunk (to 90 % at most) so that nothing
	 * prints within the margin, which stays white: what
	 * campaign_imposer_new() makes of one flyer with `office` set.
	 * CAMPAIGN_UNSET (default): for a print shop or a screen.
	 */
	double office_margin_mm;
} campaign_render_options;

/** Initializer: PDF, 300 dpi, no bleed, the template's marks, no date, no title, small PNG, no profile, not for an office printer. */
#define CAMPAIGN_RENDER_OPTIONS_INIT \
	{ CAMPAIGN_RENDER_OPTIONS_VERSION, CAMPAIGN_RENDER_PDF, 300, 0, CAMPAIGN_UNSET, CAMPAIGN_UNSET, \
	  NULL, CAMPAIGN_PNG_SMALL, NULL, CAMPAIGN_UNSET }

/**
 * Initializes options to CAMPAIGN_RENDER_OPTIONS_INIT, for bindings.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for NULL or an unknown version.
 */
CAMPAIGN_API int campaign_render_options_init(campaign_render_options *opts, unsigned int version);

/**
 * Renders a flyer into memory.
 *
 * PDF: one page of trim + bleed on every side (+ room for crop marks), with
 * TrimBox and BleedBox, every font embedded, QR codes as one vector path in
 * pure black on a white quiet zone; checked with the surface status after
 * finishing. PNG: 8-bit RGB (8-bit gray when every pixel of the page is
 * gray), the trim (or trim + bleed) at opts->dpi, pHYs set, written by
 * libpng with filter and compression fixed so the bytes are reproducible;
 * drawn in bands so memory stays small for an A2 poster at 600 dpi. JPEG:
 * the PNG's pixels, drawn in the same bands, as a baseline JFIF at quality
 * 90 with 4:2:0 chroma, encoded by libjpeg-turbo, reproducible too. With
 * opts->office_margin_mm, either is the trim alone, the flyer inside the
 * margin.
 *
 * @param[out] out receives the file's bytes; release with campaign_buf_dispose().
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID for bad options (a dpi out of
 *         range, an image wider than 32767 px, an office margin out of
 *         range or one the flyer cannot shrink into); CAMPAIGN_EIO when cairo,
 *         qpdf, libpng or libjpeg fail; CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_flyer_render(campaign_buf *out, const campaign_flyer *f,
                                       const campaign_render_options *opts,
                                       campaign_diags *diags);

/**
 * Renders a flyer and writes it to `path` relative to `dirfd` (AT_FDCWD for
 * the working directory) crash-safely: temp file in the same directory,
 * fsync, rename. An older file stays untouched unless the new one is
 * complete. The directory itself is not fsync'ed.
 * @return as campaign_flyer_render(), or CAMPAIGN_EIO when writing fails.
 */
CAMPAIGN_API int campaign_flyer_write(int dirfd, const char *path, const campaign_flyer *f,
                                      const campaign_render_options *opts,
                                      campaign_diags *diags);

/**
 * Formats a date "YYYY-MM-DD" in a language: "5 декабря 2026" (ru),
 * "5 December 2026" (en), "5. Dezember 2026" (de), "5 ديسمبر 2026" (ar);
 * languages without a table get the English form.
 * @param weekday 1 for the weekday name alone ("суббота"), 0 for the date.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID for a date that is not a real day;
 *         CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_format_date(campaign_buf *out, const char *iso_date,
                                      const char *language, int weekday);

/**
 * Whether the library has built-in dates and texts (the month names, the
 * call to action) in a language, by its primary subtag: "ru", "RU" and
 * "ru-RU" are Russian. A flyer in any other language prints them in
 * English, so a caller that lets a user choose (`render --lang`) should
 * refuse the others.
 * @param tag a language tag; NULL is not known.
 * @param[out] nearest may be NULL; otherwise emptied, and for an unknown tag
 *             given the known one a typo away ("ru" for "rus"), if any.
 * @param[out] known may be NULL; otherwise given the known tags,
 *             comma-separated ("en, ru, uk, ..."), for a message.
 * @return CAMPAIGN_OK when known, CAMPAIGN_EINVALID when not, CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_language_known(const char *tag, campaign_buf *nearest,
                                         campaign_buf *known);

/**
 * A proof sheet: a PDF contact sheet of many flyers, each as a scaled
 * vector thumbnail of its trim with its label (the placement id) under it,
 * for approval at a glance. Flyers are added one by one and drawn at once,
 * so memory does not grow with their number (only the font subsets do).
 */
typedef struct campaign_proof campaign_proof;

/** The current version of campaign_proof_options. */
#define CAMPAIGN_PROOF_OPTIONS_VERSION 1

/** How to lay out a proof sheet. */
typedef struct campaign_proof_options {
	unsigned int version; /**< CAMPAIGN_PROOF_OPTIONS_VERSION */
	/** Heading of every sheet (the campaign's name); NULL: "Proof". Copied. */
	const char *title;
	/** Thumbnails per row and rows per sheet; defaults 4 and 2 (A4 landscape). */
	int columns;
	int rows; /**< see columns */
} campaign_proof_options;

/**
 * Initializer: "Proof", 4 x 2 per sheet. A proof sheet is for approval on a
 * screen or an office printer: its colours stay as drawn (RGB), with no
 * colour pass and no output profile.
 */
#define CAMPAIGN_PROOF_OPTIONS_INIT { CAMPAIGN_PROOF_OPTIONS_VERSION, NULL, 4, 2 }

/**
 * Initializes options to CAMPAIGN_PROOF_OPTIONS_INIT, for bindings.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for NULL or an unknown version.
 */
CAMPAIGN_API int campaign_proof_options_init(campaign_proof_options *opts, unsigned int version);

/**
 * Starts a proof sheet.
 * @param[out] out receives it; release with campaign_proof_free().
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID for bad options; CAMPAIGN_ENOMEM;
 *         CAMPAIGN_EIO when cairo fails.
 */
CAMPAIGN_API int campaign_proof_new(campaign_proof **out, const campaign_proof_options *opts,
                                    campaign_diags *diags);

/**
 * Adds one flyer to the sheet, with its label (copied; e.g. the placement
 * id). The flyer may be freed right after the call.
 * @return CAMPAIGN_OK; CAMPAIGN_EIO when cairo fails (the proof is then
 *         unusable); CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_proof_add(campaign_proof *p, const campaign_flyer *f,
                                    const char *label, campaign_diags *diags);

/**
 * Finishes the sheet and hands over the PDF. A proof with no flyer gives
 * one sheet that says so. After this call only campaign_proof_free() is
 * allowed. A proof sheet carries no date, so it is the same bytes whatever
 * the clock.
 * @param[out] out receives the PDF; release with campaign_buf_dispose().
 * @return CAMPAIGN_OK; CAMPAIGN_EIO; CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_proof_finish(campaign_buf *out, campaign_proof *p,
                                       campaign_diags *diags);

/** Frees a proof, finished or not. Accepts NULL. */
CAMPAIGN_API void campaign_proof_free(campaign_proof *p);

/**
 * Releases the process-wide caches of the text and graphics libraries
 * (pango's font map, cairo's static data, fontconfig), so a leak checker
 * sees a clean exit (pitfalls 1.11). Call it once, last, from the thread
 * that started the program, when every other thread that used the library
 * has exited and every flyer and proof has been freed; the library must not
 * be used afterwards.
 */
CAMPAIGN_API void campaign_shutdown(void);

CAMPAIGN_END_DECLS

#endif
