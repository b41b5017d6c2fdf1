/*
 * Reading an image file whole, refused before reading when it is too large;
 * naming it by its content; checking and decoding it by its format.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include <glib.h>

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

void
campaign__image_content_id(const unsigned char *d, size_t len, char id[65])
{
	/* The content names the image for cairo: the same file twice is one image in a PDF. */
	gchar *sum = g_compute_checksum_for_data(G_CHECKSUM_SHA256, d, len);
	snprintf(id, 65, "%s", sum ? sum : "");
	g_free(sum);
}

int
campaign__image_decode(struct tpl_image *img, const unsigned char *d, size_t len, const char *path,
                       char *why, size_t why_size)
{
	switch (campaign__image_format(d, len, path)) {
	case IMAGE_FORMAT_PNG: return campaign__image_png(img, d, len, why, why_size);
	case IMAGE_FORMAT_JPEG: return campaign__image_jpeg(img, d, len, why, why_size);
	case IMAGE_FORMAT_SVG: return campaign__image_svg(img, d, len, path, why, why_size);
	case IMAGE_FORMAT_OTHER: break;
	}
	snprintf(why, why_size, "is not a PNG, JPEG or SVG file");
	return CAMPAIGN_EINVALID;
}
