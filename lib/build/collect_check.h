/*
 * Before --collect writes a manifest: are the gathered shards complete?
 * A shard whose files never arrived would otherwise give a manifest and a
 * proof sheet without its placements, and exit 0.
 */
#ifndef CAMPAIGN_COLLECT_CHECK_H
#define CAMPAIGN_COLLECT_CHECK_H

#include "campaign/plan.h"
#include "io/outdir.h"

/*
 * For each kind of file (PDF, PNG, QR PNG, QR SVG) some placement has in
 * out, every placement that would have one must have it: a kind no
 * placement has was not asked of the shards (--format). shard_count > 1
 * names the shards the missing files belong to (placement i is in shard
 * i % shard_count + 1); otherwise the placements are named. Reported;
 * CAMPAIGN_OK or CAMPAIGN_EMISSING.
 */
int campaign__collect_check(const struct outdir *out, const char *out_path, const campaign_plan *plan,
                            unsigned shard_count, campaign_diags *diags);

#endif
