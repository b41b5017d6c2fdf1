#include "io/outdir.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "campaign/status.h"
#include "io/atomic_file.h"

#define LOCK_NAME ".campaign.lock"

static int
io_error(campaign_diags *diags, const char *path, const char *what)
{
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, path, 0, 0, "%s: %s", what,
	                   strerror(errno));
	return CAMPAIGN_EIO;
}

/*
 * mkdir -p: the user chose this path, so its existing components are
 * trusted as they are. Each folder made is remembered in dir->made.
 */
static int
make_path(struct outdir *dir, const char *path, campaign_diags *diags)
{
	char buf[4096];
	if (snprintf(buf, sizeof(buf), "%s", path) >= (int)sizeof(buf)) {
		errno = ENAMETOOLONG;
		return io_error(diags, path, "cannot create the output directory");
	}
	for (char *p = buf + 1;; p++) {
		if (*p != '/' && *p != '\0')
			continue;
		char c = *p;
		*p = '\0';
		struct stat st;
		if (mkdir(buf, 0755) == 0) {
			if (dir->made_count < OUTDIR_MADE_MAX && lstat(buf, &st) == 0)
				dir->made[dir->made_count++] =
					(struct outdir_made){ (size_t)(p - buf), st.st_dev, st.st_ino };
		} else if (errno != EEXIST) {
			return io_error(diags, path, "cannot create the output directory");
		}
		*p = c;
		if (!c)
			break;
	}
	return CAMPAIGN_OK;
}

int
campaign__outdir_open(struct outdir *dir, const char *path, campaign_diags *diags)
{
	memset(dir, 0, sizeof(*dir));
	dir->fd = -1;
	dir->path = path;
	int rc = make_path(dir, path, diags);
	if (rc)
		return rc;
	dir->fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dir->fd < 0)
		return io_error(diags, path, "cannot open the output directory");
	char label[4096];
	snprintf(label, sizeof(label), "%s/%s", path, LOCK_NAME);
	rc = campaign__lock_acquire(&dir->lock, dir->fd, LOCK_NAME, label, diags);
	if (rc) {
		close(dir->fd);
		dir->fd = -1;
		return rc;
	}
	/* Under the lock, every temp file here is a killed build's garbage. */
	campaign__atomic_remove_temps(dir->fd, NULL);
	return CAMPAIGN_OK;
}

static int
refuse_link(const struct outdir *dir, const char *name, campaign_diags *diags)
{
	char label[4096];
	snprintf(label, sizeof(label), "%s/%s", dir->path, name);
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, label, 0, 0,
	                   "is a symbolic link or not a directory; refusing to write through it");
	return CAMPAIGN_EIO;
}

int
campaign__outdir_check_subdir(const struct outdir *dir, const char *name, campaign_diags *diags)
{
	char label[4096];
	snprintf(label, sizeof(label), "%s/%s", dir->path, name);
	struct stat st;
	if (fstatat(dir->fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
		if (errno != ENOENT)
			return io_error(diags, label, "cannot use the directory");
		/* It will be created: the output directory must take it. */
		if (faccessat(dir->fd, ".", W_OK, AT_EACCESS) != 0)
			return io_error(diags, dir->path, "cannot create anything in the output directory");
		return CAMPAIGN_OK;
	}
	if (!S_ISDIR(st.st_mode))
		return refuse_link(dir, name, diags);
	if (faccessat(dir->fd, name, W_OK, AT_EACCESS) != 0)
		return io_error(diags, label, "cannot write into the directory");
	return CAMPAIGN_OK;
}

int
campaign__outdir_check_file(const struct outdir *dir, const char *name, campaign_diags *diags)
{
	const char *what = campaign__not_a_file(dir->fd, name);
	if (!what)
		return CAMPAIGN_OK;
	char label[4096];
	snprintf(label, sizeof(label), "%s/%s", dir->path, name);
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, label, 0, 0,
	                   "is %s, where the build writes a file; move it away", what);
	return CAMPAIGN_EIO;
}

int
campaign__outdir_has_file(const struct outdir *dir, const char *name)
{
	struct stat st;
	return fstatat(dir->fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode);
}

void
campaign__outdir_close(struct outdir *dir)
{
	if (dir->fd >= 0) {
		campaign__lock_release(&dir->lock);
		close(dir->fd);
	}
	dir->fd = -1;
}

void
campaign__outdir_abandon(struct outdir *dir)
{
	campaign__outdir_close(dir);
	for (size_t k = dir->made_count; k-- > 0 && dir->path;) {
		char buf[4096];
		const struct outdir_made *m = &dir->made[k];
		if (m->len >= sizeof(buf))
			continue;
		memcpy(buf, dir->path, m->len);
		buf[m->len] = '\0';
		/* The folder made, not one put in its place since: rmdir() takes only an empty one. */
		struct stat st;
		if (lstat(buf, &st) == 0 && S_ISDIR(st.st_mode) && st.st_dev == m->dev &&
		    st.st_ino == m->ino)
			rmdir(buf);
	}
	dir->made_count = 0;
}
