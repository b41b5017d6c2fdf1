/* The list of `campaign qr --batch`: cut into lines and checked as text. */
#ifndef CLI_QR_LIST_H
#define CLI_QR_LIST_H

#include <stddef.h>

#include <campaign/campaign.h>

struct qr_line {
	const char *data;
	size_t len;
};

/*
 * Cuts text[0..len) into lines; a line ends at LF, CRLF or CR (old Mac and
 * some spreadsheet exports), the last one's end is optional, and a leading
 * UTF-8 byte order mark is no part of the data. Every line must be
 * non-empty UTF-8 without a NUL: a list saved as UTF-16 or UTF-32 (found by
 * its byte order mark, or by the NULs and bad bytes its lines then hold) is
 * refused, never encoded as garbage. Problems go to diags as LABEL:LINE:COL
 * errors (at most a few dozen, then a count).
 * @param[out] lines receives the lines, pointing into text; free() it.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID when a line is bad; CAMPAIGN_ENOMEM.
 */
int qr_list_split(const char *text, size_t len, const char *label, struct qr_line **lines,
                  size_t *count, campaign_diags *diags);

#endif
