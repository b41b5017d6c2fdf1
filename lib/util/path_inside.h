/*
 * Whether a file lies inside a folder, once `..` and symbolic links are
 * resolved: the one rule by which a spec's paths and a template's images are
 * kept to the folders the user meant (internal).
 */
#ifndef CAMPAIGN_UTIL_PATH_INSIDE_H
#define CAMPAIGN_UTIL_PATH_INSIDE_H

/*
 * The real path of path (malloc'd), or NULL with errno set. With may_be_new,
 * a file that does not exist yet (a ledger a first build creates) resolves
 * through its folder: the folder's real path, '/', its last name.
 */
char *campaign__path_resolve(const char *path, int may_be_new);

/* Whether the real path file lies below the real folder dir (not dir itself). */
int campaign__path_below(const char *dir, const char *file);

#endif
