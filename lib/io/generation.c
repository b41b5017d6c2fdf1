#include "io/generation.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "campaign/status.h"
#include "io/atomic_file.h"
#include "io/open_input.h"

/* How deep a directory a person put into flyers/ is carried over; deeper is refused. */
#define CARRY_DEPTH_MAX 16
#define OPEN_DIR (O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)

static int
io_error(campaign_diags *diags, const char *label, const char *what, int err)
{
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, label, 0, 0, "%s: %s", what,
	                   strerror(err));
	return CAMPAIGN_EIO;
}

/* Removes dirfd/name and everything below it, never following a symbolic link. */
static void
remove_tree(int dirfd, const char *name, int depth)
{
	int fd = depth < CARRY_DEPTH_MAX + 2 ? openat(dirfd, name, OPEN_DIR) : -1;
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	if (!d) {
		if (fd >= 0)
			close(fd);
		unlinkat(dirfd, name, AT_REMOVEDIR);
		return;
	}
	for (struct dirent *e; (e = readdir(d));) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (unlinkat(fd, e->d_name, 0) != 0 && (errno == EISDIR || errno == EPERM))
			remove_tree(fd, e->d_name, depth + 1);
	}
	closedir(d);
	unlinkat(dirfd, name, AT_REMOVEDIR);
}

static void
stage_name(char *out, size_t size, const char *name)
{
	snprintf(out, size, ".%s.new", name);
}

void
campaign__generation_remove_stale(int parent_fd, const char *name)
{
	char stage[80];
	stage_name(stage, sizeof(stage), name);
	remove_tree(parent_fd, stage, 0);
}

int
campaign__generation_begin(struct generation *g, int parent_fd, const char *parent_path,
                           const char *name, int keep_empty, campaign_diags *diags)
{
	memset(g, 0, sizeof(*g));
	campaign__str_map_init(&g->dropped_index);
	g->parent_fd = parent_fd;
	g->current_fd = g->fd = -1;
	g->keep_empty = keep_empty;
	snprintf(g->name, sizeof(g->name), "%s", name);
	stage_name(g->stage, sizeof(g->stage), name);
	snprintf(g->label, sizeof(g->label), "%s/%s", parent_path, name);
	g->current_fd = openat(parent_fd, name, OPEN_DIR);
	if (g->current_fd < 0 && errno != ENOENT) {
		if (errno == ELOOP || errno == ENOTDIR) {
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, g->label, 0, 0,
			                   "is a symbolic link or not a directory; refusing to write through it");
			return CAMPAIGN_EIO;
		}
		return io_error(diags, g->label, "cannot open the directory", errno);
	}
	remove_tree(parent_fd, g->stage, 0);
	/* A new directory as any tool makes one (the umask decides); a next version as the current one is. */
	struct stat st;
	int keep_mode = g->current_fd >= 0 && fstat(g->current_fd, &st) == 0;
	if (mkdirat(parent_fd, g->stage, keep_mode ? 0700 : 0755) != 0)
		return io_error(diags, g->label, "cannot create its next version", errno);
	g->made = 1;
	g->fd = openat(parent_fd, g->stage, OPEN_DIR);
	if (g->fd < 0)
		return io_error(diags, g->label, "cannot open its next version", errno);
	if (keep_mode && fchmod(g->fd, st.st_mode & 07777) != 0)
		return io_error(diags, g->label, "cannot give its next version the same permissions", errno);
	return CAMPAIGN_OK;
}

int
campaign__generation_subdir(struct generation *g, const char *sub, int *fd, campaign_diags *diags)
{
	char label[4300];
	snprintf(label, sizeof(label), "%s/%s", g->label, sub);
	if (mkdirat(g->fd, sub, 0755) != 0 && errno != EEXIST)
		return io_error(diags, label, "cannot create the directory", errno);
	*fd = openat(g->fd, sub, OPEN_DIR);
	if (*fd < 0)
		return io_error(diags, label, "cannot open the directory", errno);
	return CAMPAIGN_OK;
}

int
campaign__generation_drop(struct generation *g, const char *path)
{
	/* Stale files of a hundred thousand placements: asking must not be a linear look. */
	int added = 0;
	if (!campaign__str_map_insert(&g->dropped_index, path, strlen(path), 0, &added))
		return CAMPAIGN_ENOMEM;
	if (!added)
		return CAMPAIGN_OK;
	if (g->dropped_count == g->dropped_cap) {
		size_t cap = g->dropped_cap ? 2 * g->dropped_cap : 16;
		char **grown = realloc(g->dropped, cap * sizeof(*grown));
		if (!grown)
			return CAMPAIGN_ENOMEM;
		g->dropped = grown;
		g->dropped_cap = cap;
	}
	if (!(g->dropped[g->dropped_count] = strdup(path)))
		return CAMPAIGN_ENOMEM;
	g->dropped_count++;
	return CAMPAIGN_OK;
}

int
campaign__generation_will_drop(const struct generation *g, const char *path)
{
	return campaign__str_map_find(&g->dropped_index, path, strlen(path)) != NULL;
}

static int
cmp_paths(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
is_dropped(const struct generation *g, const char *path)
{
	return g->dropped_count &&
	       bsearch(&path, g->dropped, g->dropped_count, sizeof(*g->dropped), cmp_paths) != NULL;
}

/* Copies the regular file or symbolic link from_fd/name to to_fd/name: where no link can be made. */
static int
copy_entry(int from_fd, const char *name, int to_fd, const char *label, campaign_diags *diags)
{
	struct stat st;
	if (fstatat(from_fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
		return io_error(diags, label, "cannot read it to keep it", errno);
	if (S_ISLNK(st.st_mode)) {
		char target[4096];
		ssize_t n = readlinkat(from_fd, name, target, sizeof(target) - 1);
		if (n < 0)
			return io_error(diags, label, "cannot read the link to keep it", errno);
		target[n] = '\0';
		if (symlinkat(target, to_fd, name) != 0)
			return io_error(diags, label, "cannot keep the link", errno);
		return CAMPAIGN_OK;
	}
	const char *why = NULL;
	int in = campaign__open_input_at(from_fd, name, O_NOFOLLOW, &why);
	if (in < 0) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, label, 0, 0,
		                   "cannot read it to keep it: %s", why ? why : strerror(errno));
		return CAMPAIGN_EIO;
	}
	int out = openat(to_fd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
	                 st.st_mode & 07777);
	if (out < 0) {
		int err = errno;
		close(in);
		return io_error(diags, label, "cannot keep it", err);
	}
	char block[65536];
	int err = 0;
	for (;;) {
		ssize_t n = read(in, block, sizeof(block));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			err = n < 0 ? errno : 0;
			break;
		}
		if ((err = campaign__write_all(out, block, (size_t)n)))
			break;
	}
	close(in);
	if (close(out) != 0 && !err)
		err = errno;
	if (err) {
		unlinkat(to_fd, name, 0);
		return io_error(diags, label, "cannot keep it", err);
	}
	return CAMPAIGN_OK;
}

int
campaign__generation_adopt(int from_fd, const char *name, int to_fd, const char *label,
                           campaign_diags *diags)
{
	if (linkat(from_fd, name, to_fd, name, 0) == 0)
		return CAMPAIGN_OK;
	if (errno == EEXIST)
		return CAMPAIGN_OK; /* the new generation has its own already */
	/* Another file system, or one without hard links (FAT): a copy does. */
	if (errno == EXDEV || errno == EPERM || errno == EOPNOTSUPP || errno == EMLINK)
		return copy_entry(from_fd, name, to_fd, label, diags);
	return io_error(diags, label, "cannot keep it", errno);
}

/* carry()'s work in one directory: from (current) into to (new); prefix is from's relative path. */
static int
carry(const struct generation *g, int from, int to, const char *prefix, int depth,
      campaign_diags *diags)
{
	int copy = dup(from);
	DIR *d = copy >= 0 ? fdopendir(copy) : NULL;
	if (!d) {
		if (copy >= 0)
			close(copy);
		return io_error(diags, g->label, "cannot read the directory", errno);
	}
	rewinddir(d);
	int rc = CAMPAIGN_OK;
	for (struct dirent *e; rc == CAMPAIGN_OK && (e = readdir(d));) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		char path[4096], label[8400];
		snprintf(path, sizeof(path), "%s%s%s", prefix, *prefix ? "/" : "", e->d_name);
		snprintf(label, sizeof(label), "%s/%s", g->label, path);
		/* A killed build's temp file is garbage under the lock: it does not come along. */
		if (is_dropped(g, path) || campaign__atomic_is_temp(e->d_name))
			continue;
		struct stat st;
		if (fstatat(from, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
			rc = io_error(diags, label, "cannot keep it", errno);
			break;
		}
		if (!S_ISDIR(st.st_mode)) {
			rc = campaign__generation_adopt(from, e->d_name, to, label, diags);
			continue;
		}
		if (depth >= CARRY_DEPTH_MAX) {
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, label, 0, 0,
			                   "directories nested more than %d deep; move them out of the "
			                   "output directory", CARRY_DEPTH_MAX);
			rc = CAMPAIGN_EIO;
			break;
		}
		if (mkdirat(to, e->d_name, st.st_mode & 07777) != 0 && errno != EEXIST) {
			rc = io_error(diags, label, "cannot keep the directory", errno);
			break;
		}
		int sub_from = openat(from, e->d_name, OPEN_DIR);
		int sub_to = openat(to, e->d_name, OPEN_DIR);
		if (sub_from < 0 || sub_to < 0)
			rc = io_error(diags, label, "cannot keep the directory", errno);
		else
			rc = carry(g, sub_from, sub_to, path, depth + 1, diags);
		if (sub_from >= 0)
			close(sub_from);
		if (sub_to >= 0)
			close(sub_to);
	}
	closedir(d);
	return rc;
}

int
campaign__generation_carry(struct generation *g, campaign_diags *diags)
{
	if (g->current_fd < 0)
		return CAMPAIGN_OK;
	if (g->dropped_count > 1)
		qsort(g->dropped, g->dropped_count, sizeof(*g->dropped), cmp_paths);
	return carry(g, g->current_fd, g->fd, "", 0, diags);
}

int
campaign__generation_has(const struct generation *g, const char *path)
{
	struct stat st;
	return g->fd >= 0 && fstatat(g->fd, path, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode);
}

/* Whether dirfd holds nothing. */
static int
is_empty(int dirfd)
{
	int copy = dup(dirfd);
	DIR *d = copy >= 0 ? fdopendir(copy) : NULL;
	if (!d) {
		if (copy >= 0)
			close(copy);
		return 0;
	}
	rewinddir(d);
	int empty = 1;
	for (struct dirent *e; empty && (e = readdir(d));)
		empty = strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0;
	closedir(d);
	return empty;
}

/*
 * The fallback without RENAME_EXCHANGE: removes from `current` what `next`
 * has not got, then moves every entry of next over its namesake in current,
 * one rename each, so every file is old or new at any time.
 */
static int
switch_file_by_file(const struct generation *g, int next, int current, const char *prefix,
                    int depth, campaign_diags *diags)
{
	int copy = dup(current);
	DIR *d = copy >= 0 ? fdopendir(copy) : NULL;
	if (!d) {
		if (copy >= 0)
			close(copy);
		return io_error(diags, g->label, "cannot read the directory", errno);
	}
	rewinddir(d);
	struct stat st;
	for (struct dirent *e; (e = readdir(d));) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0 ||
		    fstatat(next, e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0)
			continue;
		if (unlinkat(current, e->d_name, 0) != 0 && (errno == EISDIR || errno == EPERM))
			remove_tree(current, e->d_name, depth + 1);
	}
	closedir(d);
	copy = dup(next);
	d = copy >= 0 ? fdopendir(copy) : NULL;
	if (!d) {
		if (copy >= 0)
			close(copy);
		return io_error(diags, g->label, "cannot read its next version", errno);
	}
	rewinddir(d);
	int rc = CAMPAIGN_OK;
	for (struct dirent *e; rc == CAMPAIGN_OK && (e = readdir(d));) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		char path[4096], label[8400];
		snprintf(path, sizeof(path), "%s%s%s", prefix, *prefix ? "/" : "", e->d_name);
		snprintf(label, sizeof(label), "%s/%s", g->label, path);
		if (fstatat(next, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
			rc = io_error(diags, label, "cannot move the new file into place", errno);
		} else if (!S_ISDIR(st.st_mode)) {
			if (renameat(next, e->d_name, current, e->d_name) != 0)
				rc = io_error(diags, label, "cannot move the new file into place", errno);
		} else if (depth < CARRY_DEPTH_MAX + 1) {
			if (mkdirat(current, e->d_name, st.st_mode & 07777) != 0 && errno != EEXIST) {
				rc = io_error(diags, label, "cannot create the directory", errno);
				continue;
			}
			int sub_next = openat(next, e->d_name, OPEN_DIR);
			int sub_current = openat(current, e->d_name, OPEN_DIR);
			if (sub_next < 0 || sub_current < 0)
				rc = io_error(diags, label, "cannot open the directory", errno);
			else
				rc = switch_file_by_file(g, sub_next, sub_current, path, depth + 1, diags);
			if (sub_next >= 0)
				close(sub_next);
			if (sub_current >= 0)
				close(sub_current);
		}
	}
	closedir(d);
	if (rc == CAMPAIGN_OK)
		rc = campaign__fsync_dir(current, ".", g->label, diags);
	return rc;
}

int
campaign__generation_empty(const struct generation *g)
{
	return g->fd < 0 || is_empty(g->fd);
}

int
campaign__generation_switch(struct generation *g, campaign_diags *diags)
{
	if (g->current_fd < 0) {
		if (!g->keep_empty && is_empty(g->fd))
			return CAMPAIGN_OK; /* nothing to show: no directory, as before */
		/* NOREPLACE: under the lock nothing else makes it, and if it did, it is not replaced. */
		if (renameat2(g->parent_fd, g->stage, g->parent_fd, g->name, RENAME_NOREPLACE) != 0 &&
		    ((errno != EINVAL && errno != ENOSYS) ||
		     renameat(g->parent_fd, g->stage, g->parent_fd, g->name) != 0))
			return io_error(diags, g->label, "cannot move the new directory into place", errno);
		g->switched = 2;
		return CAMPAIGN_OK;
	}
	if (renameat2(g->parent_fd, g->stage, g->parent_fd, g->name, RENAME_EXCHANGE) == 0) {
		g->switched = 1;
		return CAMPAIGN_OK;
	}
	if (errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP)
		return io_error(diags, g->label, "cannot put the new version in place", errno);
	/* This file system cannot exchange two names: as before, one file at a time. */
	g->switched = 3;
	return switch_file_by_file(g, g->fd, g->current_fd, "", 0, diags);
}

int
campaign__generation_unswitch(struct generation *g)
{
	if (g->switched != 1 ||
	    renameat2(g->parent_fd, g->stage, g->parent_fd, g->name, RENAME_EXCHANGE) != 0)
		return -1;
	g->switched = 0;
	return 0;
}

void
campaign__generation_finish(struct generation *g)
{
	/* Not switched: the new generation, abandoned; exchanged: the old one. */
	if (g->made && g->switched != 2)
		remove_tree(g->parent_fd, g->stage, 0);
	g->made = 0;
	if (g->fd >= 0)
		close(g->fd);
	if (g->current_fd >= 0)
		close(g->current_fd);
	g->fd = g->current_fd = -1;
	for (size_t i = 0; i < g->dropped_count; i++)
		free(g->dropped[i]);
	free(g->dropped);
	g->dropped = NULL;
	g->dropped_count = g->dropped_cap = 0;
	campaign__str_map_free(&g->dropped_index);
	campaign__str_map_init(&g->dropped_index);
}
