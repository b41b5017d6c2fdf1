/*
 * Reading an export line by line, in bounded memory: a report reads access
 * logs of millions of lines, and its memory must grow with placements and
 * people, never with lines.
 */
#ifndef CAMPAIGN_REPORT_LINE_READER_H
#define CAMPAIGN_REPORT_LINE_READER_H

#include <stddef.h>

#include "campaign/diag.h"

/* A longer line is skipped (and counted), never held: 1 MiB. */
#define LINE_READER_MAX ((size_t)1 << 20)
/*
 * A "line" longer than this is no text (a disk image, a sparse file of
 * zeros): the read stops there with an error, rather than run through
 * the whole file, however large, to find a line end.
 */
#define LINE_READER_GIVE_UP ((size_t)64 << 20)

struct line_reader {
	int fd;
	const char *path; /* borrowed, for messages */
	char *buf;        /* LINE_READER_MAX + a read's worth */
	size_t start, end;
	unsigned long line; /* the number of the line last returned, from 1 */
	int eof;
	int skipping;       /* inside a line too long, until its end */
	size_t skipped;     /* bytes of that line dropped so far */
	int error;          /* after LINE_ERROR: CAMPAIGN_EIO, or CAMPAIGN_EINVALID for no text */
};

/*
 * Opens path (never blocking: io/open_input.h). A failure is reported
 * against the path. @return CAMPAIGN_OK, CAMPAIGN_EIO or CAMPAIGN_ENOMEM.
 */
int campaign__line_reader_open(struct line_reader *r, const char *path, campaign_diags *diags);

enum line_result { LINE_END = 0, LINE_OK = 1, LINE_TOO_LONG = 2, LINE_ERROR = -1 };

/*
 * The next line, without its "\n" or "\r\n" (a UTF-8 BOM at the start of the
 * file is dropped), valid until the next call. LINE_TOO_LONG: the line
 * (r->line) was longer than LINE_READER_MAX and is skipped whole; LINE_ERROR:
 * a read error or a line past LINE_READER_GIVE_UP, reported (r->error says
 * which).
 */
enum line_result campaign__line_reader_next(struct line_reader *r, const char **line,
                                            size_t *len, campaign_diags *diags);

void campaign__line_reader_close(struct line_reader *r);

#endif
