/* Reading an image file whole, refused before reading when it is too large. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "campaign/status.h"
#include "io/open_input.h"
#include "io/read_file.h"
#include "template/image_decode.h"
#include "util/strbuf.h"

int
campaign__image_read(const char *path, const struct image_limits *l, struct strbuf *b, char *why,
                     size_t why_size)
{
	campaign__strbuf_init(b, l->bytes);
	const char *sys = NULL;
	int fd = campaign__open_input_fd(path, &sys);
	if (fd < 0) {
		snprintf(why, why_size, "%s", sys);
		return CAMPAIGN_EIO;
	}
	struct stat st;
	if (fstat(fd, &st) != 0) {
		snprintf(why, why_size, "%s", strerror(errno));
		close(fd);
		return CAMPAIGN_EIO;
	}
	if ((unsigned long long)st.st_size > l->bytes) {
		close(fd);
		campaign__image_bytes_why(l, (unsigned long long)st.st_size, why, why_size);
		return CAMPAIGN_EINVALID;
	}
	int rc = campaign__read_all(fd, b);
	if (rc == CAMPAIGN_EIO)
		snprintf(why, why_size, "%s", campaign__read_strerror(errno));
	close(fd);
	if (rc == CAMPAIGN_ETOOLONG) {
		/* It grew while being read: at least one byte over. */
		campaign__image_bytes_why(l, (unsigned long long)l->bytes + 1, why, why_size);
		return CAMPAIGN_EINVALID;
	}
	return rc;
}
