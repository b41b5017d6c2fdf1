/*
 * Whether a gathered file ends as its format ends (internal). --collect
 * takes the files shards made, copied here by someone: a copy cut short (a
 * full disk, an interrupted rsync) was taken as made and listed in the
 * manifest, exit 0. Only the end is read, so ten thousand files cost little.
 */
#ifndef CAMPAIGN_BUILD_FILE_WHOLE_H
#define CAMPAIGN_BUILD_FILE_WHOLE_H

/*
 * NULL when the file name in dirfd (a PDF, PNG, JPEG or SVG, by its
 * extension; any other is taken as it is) ends as its format ends; else
 * what its end lacks, for a message ("has no %%EOF at its end").
 */
const char *campaign__file_cut_short(int dirfd, const char *name);

#endif
