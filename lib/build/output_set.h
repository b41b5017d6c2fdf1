/*
 * A build's output set (internal): flyers/, qr/, withdrawn/, sheets/,
 * social/, captions/, proof.pdf,
 * manifest.csv and manifest.json in the output directory (and the
 * --combine PDF wherever it goes), replaced as a whole at the end of a
 * build, or not at all.
 *
 * Each directory's next version is made beside it, hidden (io/generation.h:
 * `.flyers.new/`), the files that did not change hard-linked rather than
 * written again; each single file is written to a sealed temp file. Nothing
 * a reader sees changes until campaign__output_set_switch(), which flushes
 * the file system once and then puts each piece in place with one rename:
 * withdrawn/, qr/, flyers/, sheets/, social/, captions/ (renameat2
 * RENAME_EXCHANGE), proof.pdf, the
 * short links' redirect tables (redirects.h), manifest.csv and last
 * manifest.json, the commit point a reader of the
 * set goes by; then the directory is flushed and the old versions removed.
 *
 * What a failure leaves. Before the switch (a full disk, a file that cannot
 * be written, a kill at any point of the build): the previous set, whole.
 * A failed rename during the switch: the pieces already switched are
 * exchanged back, so again the previous set. What cannot be made whole is
 * a kill (or a power cut) inside the switch itself, a few renames long:
 * then each directory and each file is entirely old or entirely new, the
 * earlier ones in the order above new, and the manifest still the old one.
 * withdrawn/ goes first so that a file withdrawn from flyers/ is never in
 * neither place. The next build repairs it: it removes the hidden
 * directories the killed one left and makes the whole set again from the
 * ledger, which was durable before the switch began.
 *
 * On a file system without RENAME_EXCHANGE the directories are switched
 * file by file (io/generation.h), as before this design: each file old or
 * new, not each directory.
 */
#ifndef CAMPAIGN_OUTPUT_SET_H
#define CAMPAIGN_OUTPUT_SET_H

#include "campaign/diag.h"
#include "io/atomic_file.h"
#include "io/generation.h"
#include "io/outdir.h"

/* The directories, in the order they are switched. */
enum output_set_dir {
	OUTPUT_WITHDRAWN, OUTPUT_QR, OUTPUT_FLYERS, OUTPUT_SHEETS,
	OUTPUT_SOCIAL,   /* social/: the images of online placements (build_flyers.h) */
	OUTPUT_CAPTIONS, /* captions/: their texts (build_captions.h) */
	OUTPUT_DIRS
};
/* The single files, in the order they are switched: the manifest last. */
enum output_set_file {
	OUTPUT_PROOF, OUTPUT_COMBINED,
	/* the short links' redirect tables (redirects.h) */
	OUTPUT_REDIRECTS_NGINX, OUTPUT_REDIRECTS_APACHE, OUTPUT_REDIRECTS_CADDY,
	OUTPUT_REDIRECTS_NETLIFY, OUTPUT_REDIRECTS_CSV,
	OUTPUT_SHARD_MADE_FROM, /* a shard's fingerprints (shard_made_from.h) */
	OUTPUT_CSV, OUTPUT_JSON, OUTPUT_FILES
};
#define OUTPUT_REDIRECT_FILES (OUTPUT_REDIRECTS_CSV - OUTPUT_REDIRECTS_NGINX + 1)

struct output_set {
	struct outdir *out; /* borrowed */
	struct generation dirs[OUTPUT_DIRS];
	int begun[OUTPUT_DIRS];
	struct atomic_file files[OUTPUT_FILES];
	int sealed[OUTPUT_FILES];
	const char *removed[OUTPUT_FILES]; /* a file of the old set the new one has not: its name */
	const char *removed_why[OUTPUT_FILES]; /* and why, for the warning that says so */
};

/* The directory named name ("flyers", a manifest kind's dir), or NULL. */
struct generation *campaign__output_set_dir(struct output_set *set, const char *name);

/* Removes the hidden directories a killed build left. Call under the output directory's lock. */
void campaign__output_set_clean(struct outdir *out);

/*
 * Starts the next version of every directory. keep_qr: make qr/ even when
 * no placement has a code (the QR format was asked for).
 */
int campaign__output_set_begin(struct output_set *set, struct outdir *out, int keep_qr,
                               campaign_diags *diags);

/* Takes a sealed file (campaign__atomic_seal()) to be renamed into place by the switch. */
void campaign__output_set_add_file(struct output_set *set, enum output_set_file which,
                                   struct atomic_file *f);

/*
 * Has the switch remove the old set's file `name` (a literal: "proof.pdf"),
 * which the new set has not, once everything else is in place: a file
 * that would show what the set no longer holds. A warning says it was
 * removed and why (a literal); gone already says nothing. A file that
 * cannot be removed is a warning too: the new set is in place by then.
 */
void campaign__output_set_remove_file(struct output_set *set, enum output_set_file which,
                                      const char *name, const char *why);

/*
 * Carries over into every directory what the build did not write or drop
 * (campaign__generation_carry()). After this, the directories are as the
 * switch will show them.
 */
int campaign__output_set_carry(struct output_set *set, enum output_set_dir which,
                               campaign_diags *diags);

/* Puts the whole set in place; see above for what a failure leaves. */
int campaign__output_set_switch(struct output_set *set, campaign_diags *diags);

/* Removes what was not switched in (the new versions) or was switched out (the old ones). */
void campaign__output_set_free(struct output_set *set);

#endif
