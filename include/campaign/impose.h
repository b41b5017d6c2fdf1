/*
 * libcampaign: flyers imposed on a larger sheet, for a print shop or an
 * office printer, and on label products.
 *
 * An imposer places finished flyers (campaign_flyer, render.h) on sheets in
 * a grid and hands over one PDF of every sheet: each flyer is drawn again
 * as vectors at its place, so the sheet stays sharp and every font is
 * embedded once. Two ways to fill sheets:
 *  - CAMPAIGN_IMPOSE_REPEAT (step and repeat): each flyer added starts a
 *    new sheet and fills whole sheets with itself, as many as its copies
 *    need (500 copies 4-up: 125 sheets);
 *  - CAMPAIGN_IMPOSE_SEQUENCE: flyers follow one another slot by slot,
 *    sheet after sheet (a proof run, a set of different stickers). A flyer
 *    of another size than the one before starts a new sheet.
 *
 * For a print shop (the default), each item keeps its bleed where the
 * gutter leaves room for it (a gutter of at least twice the bleed), and
 * is cut butt to butt otherwise (the bleed between items is shared, half
 * each); cut marks for every cut line stand outside the block of items,
 * so no mark is ever printed on a flyer. Every sheet has a TrimBox (the
 * block's trim) and a BleedBox.
 *
 * For an office printer (office = 1): no bleed and no marks, and nothing
 * is printed within margin_mm of the sheet's edge, which such printers
 * cannot reach; items that would not fit inside it are scaled down as a
 * whole (a note says by how much). A sheet of the flyer's own size, 1 x 1,
 * is a single flyer for the office printer.
 *
 * On a label product (labels, e.g. "Avery L7163"), the sheet, the grid and
 * every label's place and shape come from gLabels' product database (XML,
 * Debian's glabels-data package), never typed in: each flyer is centred on
 * its label, scaled down if larger, and clipped to the label's shape
 * (rounded corners, a circle). No bleed and no marks: the die cuts.
 *
 *	#include <campaign/campaign.h>
 *
 *	// 500 copies of a flyer step and repeat on SRA3, with cut marks, into pdf.
 *	int
 *	sheets_of(const campaign_flyer *flyer, campaign_buf *pdf, campaign_diags *diags)
 *	{
 *		campaign_impose_options io = CAMPAIGN_IMPOSE_OPTIONS_INIT;
 *		io.sheet = "SRA3";
 *		campaign_imposer *im = NULL;
 *		int rc = campaign_imposer_new(&im, &io, diags);
 *		if (rc == CAMPAIGN_OK)
 *			rc = campaign_imposer_add(im, flyer, 500, diags); // 4 a sheet: 125 sheets
 *		if (rc == CAMPAIGN_OK)
 *			rc = campaign_imposer_finish(pdf, im, diags);
 *		campaign_imposer_free(im);
 *		return rc;
 *	}
 *
 * Thread-safety: an imposer is used by one thread at a time; the flyers it
 * draws must not be drawn by another thread meanwhile (their fonts).
 */
#ifndef CAMPAIGN_IMPOSE_H
#define CAMPAIGN_IMPOSE_H

#include <stdint.h>

#include <campaign/common.h>
#include <campaign/diag.h>
#include <campaign/render.h>

CAMPAIGN_BEGIN_DECLS

/** How flyers fill the sheets. */
typedef enum campaign_impose_mode {
	CAMPAIGN_IMPOSE_REPEAT = 1,  /**< step and repeat: each flyer fills sheets of its own */
	CAMPAIGN_IMPOSE_SEQUENCE = 2 /**< one flyer after another, slot by slot */
} campaign_impose_mode;

/** The current version of campaign_impose_options. */
#define CAMPAIGN_IMPOSE_OPTIONS_VERSION 1

/** Where and how flyers are imposed. */
typedef struct campaign_impose_options {
	unsigned int version; /**< CAMPAIGN_IMPOSE_OPTIONS_VERSION */
	/**
	 * The sheet: A3, A4, SRA3, Letter, Tabloid (any page size of
	 * campaign_page_size(), and SRA3, SRA4), or a size "210x297mm",
	 * "11x17in"; NULL: A4. Ignored on a label product.
	 */
	const char *sheet;
	/** Items across and down; 0 and 0 (default): as many as fit, turned 90 degrees if that fits more. */
	int columns;
	int rows; /**< see columns */
	/** Space between items, mm; CAMPAIGN_UNSET (default): twice the flyer's bleed (0 for office). */
	double gutter_mm;
	campaign_impose_mode mode; /**< default CAMPAIGN_IMPOSE_REPEAT */
	/** 1: for an office printer (no bleed, no marks, inside margin_mm); 0 (default): a print shop. */
	int office;
	/** Office: the printer's unprintable margin on every side, mm; default 5. */
	double margin_mm;
	/** A label product's name, "Avery L7163" (as `campaign templates --labels` lists); NULL: none. */
	const char *labels;
	/** The folder of gLabels' product files; NULL: CAMPAIGN_LABELS_DIR. */
	const char *labels_dir;
	/** PDF creation date, as campaign_render_options.now. */
	int64_t now;
	/** PDF title; NULL: the first flyer's template's name. Copied. */
	const char *title;
	/** As campaign_render_options.output_profile; NULL: none. Borrowed. */
	const campaign_output_profile *output_profile;
} campaign_impose_options;

/** Where Debian's glabels-data package puts gLabels' product database. */
#define CAMPAIGN_LABELS_DIR "/usr/share/libglabels-3.0/templates"

/** Initializer: A4, grid and gutter chosen, step and repeat, print shop, 5 mm office margin. */
#define CAMPAIGN_IMPOSE_OPTIONS_INIT                                                           \
	{ CAMPAIGN_IMPOSE_OPTIONS_VERSION, NULL, 0, 0, CAMPAIGN_UNSET, CAMPAIGN_IMPOSE_REPEAT, 0, \
	  5.0, NULL, NULL, CAMPAIGN_UNSET, NULL, NULL }

/**
 * Initializes options to CAMPAIGN_IMPOSE_OPTIONS_INIT, for bindings.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for NULL or an unknown version.
 */
CAMPAIGN_API int campaign_impose_options_init(campaign_impose_options *opts, unsigned int version);

/** The current version of campaign_impose_fit. */
#define CAMPAIGN_IMPOSE_FIT_VERSION 1

/** How a flyer's template lies on a sheet. */
typedef struct campaign_impose_fit {
	unsigned int version;           /**< set by the caller: CAMPAIGN_IMPOSE_FIT_VERSION */
	double sheet_width_mm;          /**< the sheet, portrait as given */
	double sheet_height_mm;         /**< see sheet_width_mm */
	int columns;                    /**< on a label product: of its first layout */
	int rows;                       /**< see columns */
	int per_sheet;                  /**< items on one sheet (every layout of a label product) */
	int rotated;                    /**< 1: items turned 90 degrees */
	double scale;                   /**< 1, or less when items were scaled down to fit */
} campaign_impose_fit;

/**
 * Checks options on their own, before any template is read: the sheet's
 * name or size, the grid, the gutter and the office margin (a label
 * product is looked up only when it is used, since that reads its file).
 * A command line reports a failure as a usage error.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID with a diagnostic saying which
 *         value is wrong and what would be right.
 */
CAMPAIGN_API int campaign_impose_options_check(const campaign_impose_options *opts,
                                               campaign_diags *diags);

/**
 * How flyers of template t would lie on a sheet with these options, without
 * drawing anything.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID for options that make no sheet
 *         (an unknown sheet or label product, a grid that does not fit:
 *         the diagnostic says how much room it needs); CAMPAIGN_EMISSING
 *         when a label product's file cannot be read; CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_impose_fit_template(campaign_impose_fit *out, const campaign_template *t,
                                              const campaign_impose_options *opts,
                                              campaign_diags *diags);

/** Sheets being filled with flyers (opaque). */
typedef struct campaign_imposer campaign_imposer;

/**
 * Starts a set of sheets; checks the options (and reads the label product)
 * now.
 * @param[out] out receives it; release it with campaign_imposer_free().
 * @return as campaign_impose_fit_template(); CAMPAIGN_EIO when cairo fails.
 */
CAMPAIGN_API int campaign_imposer_new(campaign_imposer **out, const campaign_impose_options *opts,
                                      campaign_diags *diags);

/**
 * Places copies of a flyer. REPEAT: on sheets of its own, as many whole
 * sheets as copies need; CAMPAIGN_UNSET: one sheet. SEQUENCE: in the next
 * copies slots; CAMPAIGN_UNSET: one. The flyer may be freed afterwards.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID when the flyer does not fit the
 *         sheet or copies is 0, negative (but UNSET) or over 1,000,000 (nothing
 *         drawn); CAMPAIGN_EIO when cairo fails (the imposer is then
 *         unusable); CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_imposer_add(campaign_imposer *im, const campaign_flyer *f, long copies,
                                      campaign_diags *diags);

/** Sheets drawn so far. */
CAMPAIGN_API long campaign_imposer_sheets(const campaign_imposer *im);

/**
 * Finishes the PDF and hands it over: every sheet with its TrimBox and
 * BleedBox. An imposer with no flyer is an error (a PDF needs a page).
 * After this call only campaign_imposer_free() is allowed.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID when nothing was added;
 *         CAMPAIGN_EIO; CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_imposer_finish(campaign_buf *out, campaign_imposer *im,
                                         campaign_diags *diags);

/** Frees an imposer, finished or not. Accepts NULL. */
CAMPAIGN_API void campaign_imposer_free(campaign_imposer *im);

/**
 * The label products of gLabels' database in dir (NULL:
 * CAMPAIGN_LABELS_DIR), one a line, file by file as gLabels has them: "brand part<TAB>paper<TAB>label
 * size<TAB>grid<TAB>description", sizes in mm ("Avery L7163\tA4\t99.1 x 38.1
 * mm\t2 x 7\tAddress Label").
 * @return CAMPAIGN_OK; CAMPAIGN_EMISSING when dir cannot be read;
 *         CAMPAIGN_EINVALID for a product file that is not gLabels' XML
 *         (located); CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_labels_list(campaign_buf *out, const char *dir, campaign_diags *diags);

CAMPAIGN_END_DECLS

#endif
