/*
 * libcampaign: building a campaign's assets.
 *
 * campaign_build() computes every placement's identifiers (campaign_plan),
 * records them in the ledger, then writes the assets into the output
 * directory: qr/<id>.png and qr/<id>.svg for every placement with a QR code,
 * flyers/<id>.pdf and flyers/<id>.png for placements with a template, with
 * proof.pdf (a contact sheet of all flyers), and manifest.json /
 * manifest.csv last. A dry run makes every flyer too (so every template
 * check runs: overset text, QR module size, safe area) but writes nothing.
 * Nothing is written when a check of the spec, the plan or a template
 * fails; a flyer's own checks run while it is drawn, after the ledger, and
 * such a build changes nothing in the output directory. Every file appears
 * complete or not at all (temporary file, fsync, rename), and the output
 * directory is replaced as a whole: flyers/, qr/ and withdrawn/ are made
 * anew under hidden names beside it (files that did not change hard-linked)
 * and swapped in with one rename each at the end, the manifest last, so a
 * build that fails leaves the previous files as they were (a kill inside
 * those few renames can leave some pieces new, each whole, until the next
 * build; a file system without RENAME_EXCHANGE gets them file by file).
 * Files are created
 * relative to the output directory without following symbolic links, and
 * the ledger and the output directory are locked against a second build.
 *
 * Thread-safety: separate builds of separate output directories and ledgers
 * may run at once from several threads.
 */
#ifndef CAMPAIGN_BUILD_H
#define CAMPAIGN_BUILD_H

#include <stdint.h>

#include <campaign/common.h>
#include <campaign/diag.h>
#include <campaign/impose.h>
#include <campaign/render.h>
#include <campaign/spec.h>

CAMPAIGN_BEGIN_DECLS

/**
 * Kinds of asset a build writes: flags, combined with '|' into the
 * `formats` set of campaign_build_options.
 */
typedef enum campaign_format {
	/** None of the kinds below: only the manifest (and the `combine` set if asked). */
	CAMPAIGN_FORMAT_NONE = 0,
	CAMPAIGN_FORMAT_PDF = 1 << 0, /**< flyers/<id>.pdf */
	CAMPAIGN_FORMAT_PNG = 1 << 1, /**< flyers/<id>.png */
	CAMPAIGN_FORMAT_QR = 1 << 2,  /**< qr/<id>.png and qr/<id>.svg */
	CAMPAIGN_FORMAT_ALL = (1 << 3) - 1 /**< every kind; the default */
} campaign_format;

/** The current version of campaign_build_options. */
#define CAMPAIGN_BUILD_OPTIONS_VERSION 1

/**
 * How to build. Start from CAMPAIGN_BUILD_OPTIONS_INIT (or pass NULL for
 * every default); every number has its default there, and 0 means 0.
 */
typedef struct campaign_build_options {
	unsigned int version; /**< CAMPAIGN_BUILD_OPTIONS_VERSION */
	/** The output directory, created if missing; NULL for "out/<slug>". */
	const char *output_dir;
	/**
	 * The clock, in seconds since 1970-01-01 UTC, 0 to CAMPAIGN_TIME_MAX:
	 * it dates new ledger entries and the PDFs. CAMPAIGN_UNSET (the
	 * default): the current time, read once. The same spec, ledger and
	 * clock give byte-identical files.
	 */
	int64_t now;
	/** The ledger file; NULL for the spec's `ledger:`, or NAME.ledger beside the spec NAME.yaml. */
	const char *ledger_path;
	/** Only these placement ids get their files written (all get identifiers); NULL for all. */
	const char *const *only;
	size_t only_count;
	/** Which assets to write: CAMPAIGN_FORMAT_* flags; default CAMPAIGN_FORMAT_ALL. */
	unsigned int formats;
	/** Resolution of PNG outputs, CAMPAIGN_RENDER_DPI_MIN to _MAX; default 300. */
	unsigned int dpi;
	/** Compute and check everything, write nothing (not even the ledger). */
	int dry_run;
	/**
	 * Where built-in templates are looked up by name, NULL-terminated (see
	 * campaign_template_open()); NULL: only templates given as paths work.
	 */
	const char *const *template_dirs;
	/**
	 * Flyers rendered at once, each on its own thread with its own cairo and
	 * pango state; at least 1, the default. The output is the same bytes
	 * whatever the number, and memory grows with it, not with the number
	 * of placements.
	 */
	unsigned int jobs;
	/**
	 * Sharding across machines: with shard_count N (default 1, no
	 * sharding), this build writes the files of placement i only when
	 * i % N == shard_index (0-based, default 0), so
	 * N builds with shard_index 0..N-1 write every file exactly once. Every
	 * shard still computes the whole campaign's identifiers, so all agree
	 * on numbers, hashtags and URLs. A shard writes no proof sheet; its
	 * manifest lists every placement with the files present in its output
	 * directory, and shard-K-of-N.made_from what each was made from.
	 * Gather the shards' files into one directory and run a build with
	 * `collect` set to write the full manifest and proof sheet; it keeps a
	 * gathered file only while a shard's .made_from lists it as made from
	 * the values the collect gives it.
	 * With `collect`, shard_count is how many shards the files came from
	 * (shard_index is not used): a shard whose files are missing is then
	 * named; 1 names the placements instead.
	 */
	unsigned int shard_index;
	unsigned int shard_count;
	/**
	 * Write only manifest.json, manifest.csv and proof.pdf, for the files
	 * already in the output directory (the shards' files, gathered). Fails
	 * with CAMPAIGN_EMISSING, writing nothing, when a placement lacks a kind
	 * of file (PDF, PNG, QR code) that other placements have: a shard's
	 * files did not arrive.
	 */
	int collect;
	/**
	 * Called on the calling thread after each flyer is done, with how many
	 * of `total` are; may be NULL. For a progress bar.
	 */
	void (*progress)(void *payload, size_t done, size_t total);
	void *progress_payload;
	/**
	 * Also write every flyer of this build as the pages of one PDF, in spec
	 * order, at this path (relative to the working directory, not to the
	 * output directory), fonts embedded once; NULL: none.
	 */
	const char *combine;
	/** How PNG flyers are compressed (see campaign_png_compression); default small. */
	campaign_png_compression png_compression;
	/**
	 * Placements whose identifiers are issued anew on purpose (see
	 * campaign_plan_options.reissue); NULL: none.
	 */
	const char *const *reissue;
	size_t reissue_count; /**< entries in reissue */
	/** The shared registry of numbers; NULL for the spec's `registry:`, if any. */
	const char *registry_path;
	/**
	 * Write manifest.csv's cells exactly as they are. By default (0) a cell
	 * a spreadsheet would run as a formula (it starts with '=', '+', '-',
	 * '@', a tab or a carriage return and is not a plain number such as an
	 * E.164 phone number) gets a leading apostrophe, so opening the file
	 * cannot run anything (OWASP's CSV injection). manifest.json is always
	 * exact.
	 */
	int csv_raw;
	/**
	 * Every PDF of the build for print (flyers, sheets, the combined set;
	 * not proof.pdf, which is for approval) converted through this profile, carrying it as the output intent; NULL: RGB
	 * colours stay RGB (see campaign_output_profile). Borrowed.
	 */
	const campaign_output_profile *output_profile;
	/**
	 * Sheets and office printers (impose.h); NULL: neither. With a sheet
	 * (`sheet`, `labels` or a grid set), every placement with a template
	 * also gets sheets/<id>.pdf, its flyer step and repeat on as many
	 * sheets as its `copies:` need (one sheet when not said), and the
	 * `combine` PDF is the flyers imposed in the mode given (SEQUENCE: each
	 * once; REPEAT: every placement's sheets). A template too large for the
	 * sheet is a warning, and its flyers get no sheet. With `office`, the
	 * PDFs in flyers/ are for an office printer too (impose.h). Borrowed.
	 */
	const campaign_impose_options *impose;
	/**
	 * With a sheet in `impose`: the template (a built-in name or a path)
	 * every placement's sheets are made from instead of its own, filled
	 * with its values; a QR sticker for a label product. NULL: each
	 * placement's own template.
	 */
	const char *sheet_template;
	/**
	 * How large the templates' images may be (template.h); NULL: the
	 * defaults. Checked before anything is written. Borrowed.
	 */
	const campaign_template_load_options *template_load;
} campaign_build_options;

/** Initializer: every default (all formats, 300 dpi, one job, no shards, the current time). */
#define CAMPAIGN_BUILD_OPTIONS_INIT                                                            \
	{ CAMPAIGN_BUILD_OPTIONS_VERSION, NULL, CAMPAIGN_UNSET, NULL, NULL, 0, CAMPAIGN_FORMAT_ALL, \
	  300, 0, NULL, 1, 0, 1, 0, NULL, NULL, NULL, CAMPAIGN_PNG_SMALL, NULL, 0, NULL, 0, NULL, NULL, NULL, \
	  NULL }

/**
 * Initializes options to CAMPAIGN_BUILD_OPTIONS_INIT, for bindings.
 * @param version CAMPAIGN_BUILD_OPTIONS_VERSION.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for an unknown version.
 */
CAMPAIGN_API int campaign_build_options_init(campaign_build_options *opts, unsigned int version);

/**
 * Builds the campaign's assets.
 * @param[out] out_dir receives the output directory actually used (may be
 *             NULL); release with campaign_buf_dispose().
 * @param opts NULL means CAMPAIGN_BUILD_OPTIONS_INIT.
 * @return CAMPAIGN_OK; the statuses of campaign_plan_new(); CAMPAIGN_EINVALID
 *         for an `only` id that names no placement; CAMPAIGN_EIO when the
 *         output directory or ledger cannot be written or is locked by
 *         another build; CAMPAIGN_ENOMEM. On failure the ledger and the files
 *         already in the output directory are as they were, except that
 *         assets completed before an I/O failure stay (each is complete).
 */
CAMPAIGN_API int campaign_build(campaign_buf *out_dir, const campaign_spec *spec,
                                const campaign_build_options *opts, campaign_diags *diags);

/**
 * Builds the campaign's assets as campaign_build() does, and takes the spec:
 * it is freed in every case, success or failure, and must not be used
 * after the call. The build lets it go as soon as every placement's
 * identifiers are written down, before the flyers are drawn, so memory
 * while drawing does not grow with the number of placements. This is what
 * `campaign build` uses; prefer it for big campaigns. The options' strings
 * (output_dir, combine, template_dirs, only...) and the progress payload
 * are read after the spec is gone, so they must not point into it.
 * @return as campaign_build().
 */
CAMPAIGN_API int campaign_build_take(campaign_buf *out_dir, campaign_spec *spec,
                                     const campaign_build_options *opts, campaign_diags *diags);

CAMPAIGN_END_DECLS

#endif
