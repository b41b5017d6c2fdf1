/* Reading a whole input file into memory, with a size limit and a located error. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "campaign/status.h"
#include "io/open_input.h"
#include "io/read_file.h"
#include "util/strbuf.h"

int
campaign__read_all(int fd, struct strbuf *b)
{
	char chunk[65536];
	for (;;) {
		ssize_t n = read(fd, chunk, sizeof(chunk));
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return CAMPAIGN_EIO;
		if (n == 0)
			return CAMPAIGN_OK;
		int rc = campaign__strbuf_add(b, chunk, (size_t)n);
		if (rc)
			return rc;
	}
}

const char *
campaign__read_strerror(int err)
{
	if (err == EAGAIN || err == EWOULDBLOCK)
		return "it would wait for data for ever: a kernel or device file, not a plain one";
	return strerror(err);
}

int
campaign__read_file(const char *path, size_t max, char **out, size_t *len, campaign_diags *diags,
                    const char *cited_in, unsigned long line, unsigned long column)
{
	*out = NULL;
	*len = 0;
	/* Name the file where it was cited, so the user sees which line asked for it. */
	const char *file = cited_in ? cited_in : path;
	if (!cited_in)
		line = column = 0;
	int fd;
	if (campaign__open_input(path, &fd, diags, cited_in, line, column))
		return CAMPAIGN_EIO;
	struct strbuf b;
	campaign__strbuf_init(&b, max);
	int rc = campaign__read_all(fd, &b);
	if (rc == CAMPAIGN_EIO) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, file, line, column,
		                   "cannot read '%s': %s", path, campaign__read_strerror(errno));
		rc = CAMPAIGN_EIO;
	} else if (rc == CAMPAIGN_ETOOLONG) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, line, column,
		                   "'%s' is too large: the limit is %zu bytes", path, max);
		rc = CAMPAIGN_EINVALID;
	}
	close(fd);
	if (rc) {
		campaign__strbuf_free(&b);
		return rc;
	}
	*out = campaign__strbuf_detach(&b, len);
	return *out ? CAMPAIGN_OK : CAMPAIGN_ENOMEM;
}
