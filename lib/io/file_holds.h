/* Whether a file on disk already holds given bytes (internal). */
#ifndef CAMPAIGN_FILE_HOLDS_H
#define CAMPAIGN_FILE_HOLDS_H

#include <stddef.h>

/*
 * 1 when the regular file `name` in dirfd holds exactly the `len` bytes of
 * `data`, else 0. Read a block at a time, not whole, as `data` already is
 * (a ledger of 100,000 placements is 17 MB). A symbolic link, anything
 * unreadable or not a regular file counts as different: the caller then
 * writes its bytes anew, which is always safe.
 */
int campaign__file_holds(int dirfd, const char *name, const void *data, size_t len);

#endif
