/*
 * Files a build does not make again (internal): --only's other placements,
 * the formats --format leaves out, and every file --collect gathers.
 * They are carried over into the next output set as they are, so the
 * manifest committed with that set would list a flyer that shows an older
 * spec's link or number. Each placement's files are listed with what they
 * were made from (`made_from`, build_entries.h); a file carried over is
 * kept only when the manifest now in place lists it with what this build
 * would make it from. Any other is left behind: dropped from the next set,
 * so the manifest and the files agree.
 */
#ifndef CAMPAIGN_STALE_FILES_H
#define CAMPAIGN_STALE_FILES_H

#include "campaign/diag.h"

struct build_entries;
struct output_set;
struct outdir;

/*
 * Leaves behind every file of flyers/, qr/, social/, captions/ and sheets/
 * that this build did not write and that the current manifest.json
 * (from_shards: the shards' shard-K-of-N.made_from files, shard_made_from.h)
 * does not list as made from this build's values. Call after the files are
 * written, before they are carried over. One warning names the first and
 * counts the others.
 * @return CAMPAIGN_OK, CAMPAIGN_EIO (the entries could not be read back,
 *         reported) or CAMPAIGN_ENOMEM.
 */
int campaign__stale_files_drop(struct output_set *set, const struct outdir *out,
                               const struct build_entries *entries, int from_shards,
                               campaign_diags *diags);

/*
 * Sets stale[i] (one per entry) when entry i's files in place, if any, were
 * not made from this build's values, as campaign__stale_files_drop() will
 * find: what --collect's proof sheet must leave out, as the set will.
 * @return CAMPAIGN_OK, CAMPAIGN_EIO (reported) or CAMPAIGN_ENOMEM.
 */
int campaign__stale_files_mark(const struct outdir *out, const struct build_entries *entries,
                               int from_shards, unsigned char *stale, campaign_diags *diags);

#endif
