/*
 * The paths of the files a build rewrites in place of the old ones (the
 * ledger, the registry). They are replaced by a rename, which would put a
 * plain file where a symbolic link was and leave the link's target behind:
 * a ledger kept in version control through a link would stop changing, and
 * two campaigns sharing a registry through different paths would each get a
 * copy of their own (and give one number twice). So a link is followed once,
 * here, and the build reads, locks and writes its target.
 */
#ifndef CAMPAIGN_RECORD_PATH_H
#define CAMPAIGN_RECORD_PATH_H

#include "campaign/diag.h"

/*
 * When *path is a symbolic link, replaces it (freed) with the absolute path
 * of the file it leads to. `what` names it in messages ("ledger").
 * @return CAMPAIGN_OK, CAMPAIGN_EIO (a link to nothing, or a loop: reported)
 *         or CAMPAIGN_ENOMEM.
 */
int campaign__record_path_follow(char **path, const char *what, campaign_diags *diags);

/*
 * Whether two such paths name one file: the same file when both exist, or
 * the same name in the same directory otherwise.
 */
int campaign__record_path_same(const char *a, const char *b);

/* Whether path (existing or not) is dir itself or lies under it (dir must exist). */
int campaign__path_inside(const char *path, const char *dir);

#endif
