/*
 * Versioned structs at the API's edge (internal). Every options struct, and
 * every struct a caller hands in to be filled, starts with `unsigned int
 * version`. Fields are only ever appended, so version v of a struct is a
 * prefix of the current one: a program built against older headers passes
 * a shorter struct, and the library reads (or writes) only that prefix. Any
 * version from 1 to the current one is accepted; the fields an older
 * version lacks take their defaults.
 *
 * Each struct describes its versions by a table of sizes: sizes[v] is the
 * struct's size in version v (offsetof the first field v + 1 added), and
 * sizes[0] is unused, so the current version is the table's last index.
 */
#ifndef CAMPAIGN_CORE_OPTIONS_H
#define CAMPAIGN_CORE_OPTIONS_H

#include <stddef.h>

#include "campaign/diag.h"

/* The current version of a struct whose version table is sizes. */
#define CAMPAIGN__VERSIONS(sizes) ((unsigned int)(sizeof(sizes) / sizeof((sizes)[0]) - 1))

/*
 * Reads options: dst gets the defaults, then the caller's fields of its
 * version (none when src is NULL: NULL options mean the defaults). dst's
 * version becomes the current one.
 * @param what names the struct in the diagnostic ("campaign_build_options").
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID with a diagnostic for a version
 *         of 0 or newer than this library knows (dst then holds the defaults).
 */
int campaign__options_take(void *dst, const void *src, const void *defaults, const size_t *sizes,
                           unsigned int current, const char *what, campaign_diags *diags);

/* campaign__options_take() for a struct whose table is the array `sizes`. */
#define CAMPAIGN__OPTIONS_TAKE(dst, src, defaults, sizes, what, diags) \
	campaign__options_take((dst), (src), (defaults), (sizes), CAMPAIGN__VERSIONS(sizes), (what), (diags))

/* As campaign__options_take(), reporting nothing: the caller words the error. */
int campaign__options_copy(void *dst, const void *src, const void *defaults, const size_t *sizes,
                           unsigned int current);

/*
 * Fills a caller's struct of version (*(unsigned int *)dst) from the full,
 * current struct `full`: only the fields that version has; the caller's
 * version is kept.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for an unknown version (dst unchanged).
 */
int campaign__struct_give(void *dst, const void *full, const size_t *sizes, unsigned int current);

/*
 * An init function's body: dst, of the given version, gets the defaults
 * that version has, with its version field set to it.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for NULL or an unknown version.
 */
int campaign__struct_init(void *dst, unsigned int version, const void *defaults, const size_t *sizes,
                          unsigned int current);

/* 1 when version is one a struct with this current version accepts: 1 to current. */
int campaign__version_known(unsigned int version, unsigned int current);

#endif
