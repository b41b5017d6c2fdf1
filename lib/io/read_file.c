/* Reading a whole input file into memory, with a size limit and a located error. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "campaign/status.h"
#include "io/read_file.h"
#include "util/strbuf.h"

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
	FILE *f = fopen(path, "rb");
	if (!f) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, file, line, column,
		                   "cannot read '%s': %s", path, strerror(errno));
		return CAMPAIGN_EIO;
	}
	struct stat st;
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(f);
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, file, line, column,
		                   "cannot read '%s': it is a directory", path);
		return CAMPAIGN_EIO;
	}
	struct strbuf b;
	campaign__strbuf_init(&b, max);
	char chunk[65536];
	size_t n;
	int rc = CAMPAIGN_OK;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		rc = campaign__strbuf_add(&b, chunk, n);
		if (rc)
			break;
	}
	if (rc == CAMPAIGN_OK && ferror(f)) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, file, line, column,
		                   "cannot read '%s': %s", path, strerror(errno));
		rc = CAMPAIGN_EIO;
	} else if (rc == CAMPAIGN_ETOOLONG) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, line, column,
		                   "'%s' is too large: the limit is %zu bytes", path, max);
		rc = CAMPAIGN_EINVALID;
	}
	fclose(f);
	if (rc) {
		campaign__strbuf_free(&b);
		return rc;
	}
	*out = campaign__strbuf_detach(&b, len);
	return *out ? CAMPAIGN_OK : CAMPAIGN_ENOMEM;
}
