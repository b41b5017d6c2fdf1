/* Reading an image file whole, refused before reading when it is too large. */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "campaign/status.h"
#include "campaign/template.h"
#include "io/open_input.h"
#include "io/read_file.h"
#include "template/image_decode.h"
#include "util/strbuf.h"

int
campaign__image_read(const char *path, struct strbuf *b, const char **why)
{
	int fd = campaign__open_input_fd(path, why);
	if (fd < 0)
		return CAMPAIGN_EIO;
	struct stat st;
	if (fstat(fd, &st) != 0) {
		*why = strerror(errno);
		close(fd);
		return CAMPAIGN_EIO;
	}
	if ((unsigned long long)st.st_size > CAMPAIGN_TEMPLATE_IMAGE_MAX_BYTES) {
		close(fd);
		*why = "the file is larger than 32 MB";
		return CAMPAIGN_EINVALID;
	}
	int rc = campaign__read_all(fd, b);
	if (rc == CAMPAIGN_EIO)
		*why = campaign__read_strerror(errno);
	close(fd);
	if (rc == CAMPAIGN_ETOOLONG) {
		*why = "the file is larger than 32 MB";
		return CAMPAIGN_EINVALID;
	}
	return rc;
}
