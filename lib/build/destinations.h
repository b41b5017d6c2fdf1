/*
 * Every place a build writes, checked before it writes the first (the
 * registry and the ledger included): a `flyers/` that is a symbolic link, a
 * `manifest.json` that is a directory, a read-only `qr/` would otherwise be
 * found after the ledger was rewritten and half the files replaced.
 */
#ifndef CAMPAIGN_DESTINATIONS_H
#define CAMPAIGN_DESTINATIONS_H

#include "campaign/plan.h"
#include "io/outdir.h"

struct flyer_templates;

struct destinations {
	const campaign_plan *plan;
	const unsigned char *selected; /* per placement: the build writes its files */
	const unsigned char *drawn;    /* per placement: it has a flyer (NULL: none) */
	const struct flyer_templates *templates; /* the drawn ones': social/ or flyers/ */
	unsigned formats;              /* CAMPAIGN_FORMAT_* */
	int qr;                        /* QR files are written (not when collecting) */
	int flyers;                    /* flyer files are written (not when collecting) */
	int proof;                     /* proof.pdf is written */
	int short_links;               /* the redirect tables are written (redirects.h) */
	int shard;                     /* a shard's fingerprints are written (shard_made_from.h) */
	unsigned shard_index, shard_count;
};

/* CAMPAIGN_OK, or CAMPAIGN_EIO with every problem found (a few of each kind) reported. */
int campaign__destinations_check(const struct outdir *out, const struct destinations *d,
                                 campaign_diags *diags);

/*
 * Whether the --combine PDF would land on a file the build reads or owns:
 * the spec, the ledger, the registry, the output directory itself or a
 * file the build writes there (the manifest, the proof, a flyer, the lock).
 * Beside those files (out/all.pdf) is allowed. Reported; CAMPAIGN_OK or
 * CAMPAIGN_EINVALID. spec_file, registry may be NULL.
 */
/*
 * The files a spec reads (itself, its rows: tables, its taken: list) are
 * not among the files the build writes (manifest.json, manifest.csv,
 * proof.pdf, the flyers/, qr/, social/, captions/ and withdrawn/ folders, --combine, which
 * may be NULL): `-o .` beside a table called manifest.csv would replace the
 * table with the manifest, and the next build would read the manifest.
 * Reported at each file (exit 1), before anything is written.
 */
struct campaign_spec;
int campaign__destinations_check_inputs(const struct campaign_spec *spec, const char *combine,
                                        const char *out_path, campaign_diags *diags);

int campaign__destinations_check_combine(const char *combine, const char *spec_file,
                                         const char *ledger, const char *registry,
                                         const char *out_path, campaign_diags *diags);

#endif
