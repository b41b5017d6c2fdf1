/*
 * A buffered line reader over read(2), so that a read error is told from
 * the end of the file, with a hard cap on the line length.
 */
#include "line_reader.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "campaign/status.h"
#include "io/open_input.h"

#define READ_SIZE ((size_t)64 * 1024)
#define BUF_SIZE (LINE_READER_MAX + READ_SIZE)

int
campaign__line_reader_open(struct line_reader *r, const char *path, campaign_diags *diags)
{
	memset(r, 0, sizeof(*r));
	r->fd = -1;
	r->path = path;
	int rc = campaign__open_input(path, &r->fd, diags, NULL, 0, 0);
	if (rc)
		return rc;
	r->buf = malloc(BUF_SIZE);
	if (!r->buf) {
		close(r->fd);
		r->fd = -1;
		return CAMPAIGN_ENOMEM;
	}
	return CAMPAIGN_OK;
}

/* Reads more after what is buffered; 0, or -1 on a read error (reported). */
static int
fill(struct line_reader *r, campaign_diags *diags)
{
	if (r->start > 0) {
		memmove(r->buf, r->buf + r->start, r->end - r->start);
		r->end -= r->start;
		r->start = 0;
	}
	size_t room = BUF_SIZE - r->end;
	if (room > READ_SIZE)
		room = READ_SIZE;
	ssize_t n;
	do
		n = read(r->fd, r->buf + r->end, room);
	while (n < 0 && errno == EINTR);
	if (n < 0) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, r->path, 0, 0,
		                   "cannot read '%s': %s", r->path, strerror(errno));
		r->error = CAMPAIGN_EIO;
		return -1;
	}
	if (n == 0)
		r->eof = 1;
	r->end += (size_t)n;
	return 0;
}

static void
drop_bom(struct line_reader *r, const char **line, size_t *len)
{
	if (r->line == 1 && *len >= 3 && memcmp(*line, "\xEF\xBB\xBF", 3) == 0) {
		*line += 3;
		*len -= 3;
	}
}

enum line_result
campaign__line_reader_next(struct line_reader *r, const char **line, size_t *len,
                           campaign_diags *diags)
{
	for (;;) {
		char *nl = memchr(r->buf + r->start, '\n', r->end - r->start);
		if (nl || (r->eof && r->end > r->start)) {
			size_t stop = nl ? (size_t)(nl - r->buf) : r->end;
			*line = r->buf + r->start;
			*len = stop - r->start;
			r->start = nl ? stop + 1 : stop;
			r->line++;
			if (r->skipping) {
				r->skipping = 0;
				return LINE_TOO_LONG;
			}
			if (*len > 0 && (*line)[*len - 1] == '\r')
				(*len)--;
			drop_bom(r, line, len);
			return LINE_OK;
		}
		if (r->eof) {
			if (r->skipping) {
				r->skipping = 0;
				r->line++;
				return LINE_TOO_LONG;
			}
			return LINE_END;
		}
		if (r->end - r->start >= LINE_READER_MAX) {
			/* Too long: forget what is held, skip on to the line's end. */
			r->skipped = r->skipping ? r->skipped + (r->end - r->start) : r->end - r->start;
			r->skipping = 1;
			r->start = r->end = 0;
			if (r->skipped > LINE_READER_GIVE_UP) {
				campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, r->path,
				                   r->line + 1, 1, "line %lu runs past 64 MiB with no line end: "
				                   "this is no text file of traces", r->line + 1);
				r->error = CAMPAIGN_EINVALID;
				return LINE_ERROR;
			}
		}
		if (fill(r, diags))
			return LINE_ERROR;
	}
}

void
campaign__line_reader_close(struct line_reader *r)
{
	if (r->fd >= 0)
		close(r->fd);
	free(r->buf);
	r->fd = -1;
	r->buf = NULL;
}
