/*
 * What each shard's files were made from (internal), kept beside them.
 *
 * Shards are gathered by copying their directories over each other, so of
 * their manifests (and the `made_from` fingerprints in them) only the last
 * one copied survives. Each shard therefore also writes
 * `shard-K-of-N.made_from`, a name no other shard uses: a line
 * "ID<TAB>MADE_FROM" for every placement whose files its output set holds.
 * --collect reads every one of them and keeps a gathered file only when one
 * says it was made from the values the collect would give it
 * (stale_files.h), so the collected manifest lists exactly those files.
 */
#ifndef CAMPAIGN_SHARD_MADE_FROM_H
#define CAMPAIGN_SHARD_MADE_FROM_H

#include <stddef.h>

#include "campaign/diag.h"

struct build_entries;
struct manifest_out;
struct outdir;
struct withdrawn_list;

/* Longest file name: "shard-4294967295-of-4294967295.made_from". */
#define SHARD_MADE_FROM_NAME_SIZE 48

/* The file name of shard index (0-based) of count. */
void campaign__shard_made_from_name(char name[SHARD_MADE_FROM_NAME_SIZE], unsigned index,
                                    unsigned count);

/*
 * Writes the lines of every placement with files (present[i] != 0) into
 * mo, as campaign__manifest_csv() writes a manifest (withdrawn: unused).
 * @return CAMPAIGN_OK, CAMPAIGN_EIO (mo->err set when writing failed), CAMPAIGN_ENOMEM.
 */
int campaign__shard_made_from_write(struct manifest_out *mo, const struct build_entries *entries,
                                    const unsigned char *present,
                                    const struct withdrawn_list *withdrawn, campaign_diags *diags);

/* Called for each line read; nonzero stops the reading (out of memory). */
typedef int (*shard_made_from_fn)(void *ctx, const char *id, size_t id_len, const char *made_from);

/*
 * Calls fn for every well-formed line of every shard-*-of-*.made_from in
 * out; a line that is not one is skipped (it vouches for nothing), as is a
 * file that cannot be read.
 * @return CAMPAIGN_OK or CAMPAIGN_ENOMEM.
 */
int campaign__shard_made_from_each(const struct outdir *out, shard_made_from_fn fn, void *ctx);

#endif
