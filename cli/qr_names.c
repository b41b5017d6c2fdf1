#include "qr_names.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int
qr_names_width(size_t count)
{
	int width = 1;
	for (size_t n = count; n >= 10; n /= 10)
		width++;
	return width < 4 ? 4 : width;
}

const char *
qr_names_ext(campaign_qr_format format)
{
	switch (format) {
	case CAMPAIGN_QR_FORMAT_SVG: return "svg";
	case CAMPAIGN_QR_FORMAT_PDF: return "pdf";
	default: return "png";
	}
}

/* Whether name is DIGITS.EXT, and its number (saturated: "99999999999999999999999" is large). */
static int
numbered(const char *name, const char *ext, size_t *digits, size_t *number)
{
	size_t n = 0, value = 0;
	while (name[n] >= '0' && name[n] <= '9') {
		size_t d = (size_t)(name[n] - '0');
		value = value > (SIZE_MAX - d) / 10 ? SIZE_MAX : value * 10 + d;
		n++;
	}
	if (n == 0 || name[n] != '.' || strcmp(name + n + 1, ext) != 0)
		return 0;
	*digits = n;
	*number = value;
	return 1;
}

size_t
qr_names_stale(int dirfd, campaign_qr_format format, size_t count, int width,
               char first[QR_NAME_MAX])
{
	first[0] = '\0';
	/* A directory we cannot list has nothing we can tell about: the codes are written all the same. */
	int fd = openat(dirfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	if (!d) {
		if (fd >= 0)
			close(fd);
		return 0;
	}
	const char *ext = qr_names_ext(format);
	size_t stale = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		size_t digits, number;
		if (!numbered(e->d_name, ext, &digits, &number))
			continue;
		if (digits == (size_t)width && number >= 1 && number <= count)
			continue;
		stale++;
		/* The smallest by name: at the same width, the first a listing shows. */
		if (strlen(e->d_name) < QR_NAME_MAX &&
		    (!first[0] || strlen(e->d_name) < strlen(first) ||
		     (strlen(e->d_name) == strlen(first) && strcmp(e->d_name, first) < 0)))
			/* Shorter than QR_NAME_MAX, checked above: copied whole with its NUL. */
			memcpy(first, e->d_name, strlen(e->d_name) + 1);
	}
	closedir(d);
	return stale;
}
