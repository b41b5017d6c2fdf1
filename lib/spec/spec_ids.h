/*
 * Ids name files (flyers/<id>.pdf), so they must be safe file names on every
 * system the files travel to: FAT, NTFS and macOS as well as Linux. Pure.
 */
#ifndef CAMPAIGN_SPEC_IDS_H
#define CAMPAIGN_SPEC_IDS_H

#include <stddef.h>

#define SPEC_ID_MAX 64

/* NULL when id is a safe file name, otherwise why it is not. */
const char *campaign__id_problem(const char *id);

/*
 * Finds ids that collide after ASCII case folding (Flyer-A and flyer-a are
 * one file on macOS, Windows and exFAT). ids[i] for i < n; for each later
 * duplicate, calls report(ctx, later_index, first_index). O(n log n).
 * @return 0, or -1 when out of memory.
 */
int campaign__ids_find_duplicates(const char *const *ids, size_t n,
                                  void (*report)(void *ctx, size_t dup, size_t first), void *ctx);

#endif
