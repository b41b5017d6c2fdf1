/* The file names of `campaign qr --batch`: line N is DIR/NNNN.EXT. */
#ifndef CLI_QR_NAMES_H
#define CLI_QR_NAMES_H

#include <stddef.h>

#include <campaign/qr.h>

/* Room for a name: twenty digits, a dot, an extension. */
#define QR_NAME_MAX 32

/*
 * The digits of a batch's numbers: four, or as many as the largest number
 * has, so that every name of one batch has the same width and the names
 * sort as the lines do (a batch of 10,000 writes 00001.png to 10000.png).
 */
int qr_names_width(size_t count);

/* The extension of a format's files: "png", "svg" or "pdf". */
const char *qr_names_ext(campaign_qr_format format);

/*
 * Counts the files in dirfd named as a batch of this format names them
 * (digits, a dot, the extension) that a batch of `count` lines at `width`
 * does not write: those of an earlier, longer batch, or of one whose
 * numbers had another width. The smallest such name goes to first.
 */
size_t qr_names_stale(int dirfd, campaign_qr_format format, size_t count, int width,
                      char first[QR_NAME_MAX]);

#endif
