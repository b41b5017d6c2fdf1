/*
 * The manifest: every placement with its identifiers and files, as
 * manifest.json (util/json_writer.c: keys in a fixed order, laid out as
 * jansson lays them out) and manifest.csv (RFC 4180),
 * for the CRM and analytics imports. Contract section 4. The JSON holds
 * every value exactly; the CSV, opened in spreadsheets, neutralises cells
 * a spreadsheet would run as a formula (see campaign__csv_cell_unsafe).
 */
#ifndef CAMPAIGN_MANIFEST_H
#define CAMPAIGN_MANIFEST_H

#include "campaign/diag.h"
#include "campaign/spec.h"
#include "util/strbuf.h"

enum {
	MANIFEST_PDF = 1,
	MANIFEST_PNG = 2,
	MANIFEST_QR_PNG = 4,
	MANIFEST_QR_SVG = 8,
	MANIFEST_SOCIAL = 16,  /* social/<id>.png (.jpg with MANIFEST_JPEG): an online placement's image */
	MANIFEST_CAPTION = 32, /* captions/<id>.txt: the text posted with it */
	MANIFEST_SHEET = 64,   /* sheets/<id>.pdf: its flyer imposed (build --sheet) */
	/* Not a file of its own: with MANIFEST_SOCIAL, the image is social/<id>.jpg (`image_format: jpeg`). */
	MANIFEST_JPEG = 128,
};

#define MANIFEST_KINDS 7

/* Each kind of a placement's file: its bit, directory, extension and manifest key, in bit order. */
struct manifest_kind {
	unsigned bit;
	const char *dir;
	const char *ext;
	const char *key;
};
extern const struct manifest_kind campaign__manifest_kinds[MANIFEST_KINDS];

/*
 * A placement's files: the build keeps only which of them exist (one
 * byte per placement, MANIFEST_* bits); campaign__manifest_files_of() makes
 * the paths, relative to the output directory, NULL when absent.
 */
struct manifest_files {
	const char *pdf;
	const char *png;
	const char *qr_png;
	const char *qr_svg;
	const char *social;
	const char *caption;
	const char *sheet;
	char buf[MANIFEST_KINDS][80]; /* "captions/" + an id of at most 64 + ".txt" */
};

/* MANIFEST_SOCIAL, with MANIFEST_JPEG when placement p's image is a JPEG. */
unsigned campaign__manifest_social_bits(const struct campaign_placement *p);

/* The paths of placement `id` for the MANIFEST_* bits in present. */
void campaign__manifest_files_of(unsigned present, const char *id, struct manifest_files *names);

/*
 * Where a manifest goes: into buf, and, when fd >= 0, on into the file open
 * as fd whenever buf holds a few tens of kilobytes, so that the manifest of
 * ten thousand placements (7 MB of JSON) is never in memory whole. err is
 * the errno of a write that failed (then the call returns CAMPAIGN_EIO).
 */
struct manifest_out {
	struct strbuf buf;
	int fd;
	int err;
	/* CSV cells exactly as they are, not made safe for spreadsheets (campaign_build_options.csv_raw). */
	int csv_raw;
};

struct build_entries;
struct withdrawn_list;

/*
 * present[i] (MANIFEST_* bits) belongs to placement i of the entries. With a
 * file, everything is in it on success and buf is empty. diags receives a
 * failure to read the entries back (CAMPAIGN_EIO). The JSON lists the
 * withdrawn placements apart, under "withdrawn", when there are any; the
 * CSV, whose columns are fixed for imports, holds the current ones only.
 */
int campaign__manifest_json(struct manifest_out *out, const struct build_entries *entries,
                            const unsigned char *present, const struct withdrawn_list *withdrawn,
                            campaign_diags *diags);
/*
 * Whether a spreadsheet would read value as a formula (OWASP's CSV
 * injection): it starts with '=', '+', '-', '@', a tab or a carriage
 * return, and is not a plain number such as "+74951234501" or "-5", which
 * a spreadsheet can only show, never run.
 */
int campaign__csv_cell_unsafe(const char *value);

int campaign__manifest_csv(struct manifest_out *out, const struct build_entries *entries,
                           const unsigned char *present, const struct withdrawn_list *withdrawn,
                           campaign_diags *diags);

#endif
