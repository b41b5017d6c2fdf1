/*
 * The output directory of `campaign qr --batch`: see output_dir.h.
 */
#include "output_dir.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag_print.h"

/* Empties and removes directory `name` (its files only: ours hold no subdirectories). */
static void
remove_dir_at(int parentfd, const char *name)
{
	int fd = openat(parentfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	if (!d && fd >= 0)
		close(fd);
	struct dirent *e;
	while (d && (e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			unlinkat(dirfd(d), e->d_name, 0);
	if (d)
		closedir(d);
	unlinkat(parentfd, name, AT_REMOVEDIR);
}

/* Whether `name` is exactly `prefix` PID "." 8-hex-digit tag; the PID goes to *pid. */
static int
is_tmp_name(const char *name, const char *prefix, size_t n, long *pid)
{
	if (strncmp(name, prefix, n) != 0 || name[n] < '1' || name[n] > '9')
		return 0;
	char *end;
	*pid = strtol(name + n, &end, 10);
	if (*end != '.' || strlen(end + 1) != 8)
		return 0;
	return strspn(end + 1, "0123456789abcdef") == 8;
}

/*
 * Removes the hidden directories that killed runs left for `base` in
 * `parent` ("" for the working directory): those whose process is gone
 * and that no process holds locked (a live run locks its own, which also
 * covers runs in another PID namespace sharing the directory).
 */
static void
sweep_stale_dirs(const char *parent, const char *base)
{
	DIR *d = opendir(parent[0] ? parent : ".");
	if (!d)
		return;
	char prefix[300];
	int n = snprintf(prefix, sizeof(prefix), ".%s.tmp.", base);
	struct dirent *e;
	long pid;
	while (n > 0 && (size_t)n < sizeof(prefix) && (e = readdir(d)) != NULL) {
		if (!is_tmp_name(e->d_name, prefix, (size_t)n, &pid) ||
		    !(kill((pid_t)pid, 0) != 0 && errno == ESRCH))
			continue;
		int fd = openat(dirfd(d), e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (fd < 0)
			continue;
		if (flock(fd, LOCK_EX | LOCK_NB) == 0)
			remove_dir_at(dirfd(d), e->d_name);
		close(fd); /* and the lock with it */
	}
	closedir(d);
}


int
output_dir_open(const char *dir, struct output_dir *out)
{
	out->fd = -1;
	out->tmp = NULL;
	struct stat st;
	if (lstat(dir, &st) != 0 && errno == ENOENT) {
		const char *slash = strrchr(dir, '/');
		int parent_len = slash ? (int)(slash - dir + 1) : 0;
		size_t size = strlen(dir) + 64;
		out->tmp = malloc(size);
		if (!out->tmp) {
			fprintf(stderr, "campaign: error: out of memory\n");
			return -1;
		}
		snprintf(out->tmp, size, "%.*s", parent_len, dir);
		sweep_stale_dirs(out->tmp, slash ? slash + 1 : dir);
		int made = -1;
		for (int try = 0; try < 16 && made != 0; try++) {
			uint32_t tag = 0;
			if (getrandom(&tag, sizeof(tag), GRND_NONBLOCK) != (ssize_t)sizeof(tag))
				tag = (uint32_t)try * 2654435761u;
			snprintf(out->tmp, size, "%.*s.%s.tmp.%ld.%08x", parent_len, dir,
			         slash ? slash + 1 : dir, (long)getpid(), (unsigned int)tag);
			made = mkdir(out->tmp, 0777);
			if (made != 0 && errno != EEXIST)
				break;
		}
		if (made != 0) {
			cli_error("%s: error: cannot create directory: %s\n", dir, strerror(errno));
			free(out->tmp);
			out->tmp = NULL;
			return -1;
		}
	} else if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
		cli_error("%s: error: cannot create directory: %s\n", dir, strerror(errno));
		return -1;
	}
	out->fd = open(out->tmp ? out->tmp : dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (out->fd < 0)
		cli_error("%s: error: cannot open directory: %s\n", dir, strerror(errno));
	/* Held until the run ends: a sweep of another run leaves a locked directory alone. */
	else if (out->tmp)
		flock(out->fd, LOCK_EX | LOCK_NB);
	return out->fd;
}

void
output_dir_discard(struct output_dir *o)
{
	if (o->tmp) /* not moved into place */
		remove_dir_at(AT_FDCWD, o->tmp);
	free(o->tmp);
	o->tmp = NULL;
}

/*
 * DIR appeared while the codes were written (another program made it): the
 * codes are complete, so they are kept, under ".DIR.kept.PID.TAG", a name
 * no sweep removes, and the error says where.
 */
static int
keep_aside(struct output_dir *o, const char *dir, campaign_diags *diags)
{
	/* o->tmp is "PARENT/.BASE.tmp.PID.TAG": the last ".tmp." becomes ".kept.". */
	const char *at = NULL;
	for (const char *p = strstr(o->tmp, ".tmp."); p; p = strstr(p + 1, ".tmp."))
		at = p;
	size_t size = strlen(o->tmp) + 2;
	char *kept = at ? malloc(size) : NULL;
	const char *where = o->tmp;
	if (kept) {
		snprintf(kept, size, "%.*s.kept.%s", (int)(at - o->tmp), o->tmp, at + 5);
		if (rename(o->tmp, kept) == 0)
			where = kept;
	}
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, dir, 0, 0,
	                   "cannot move the new directory into place: it appeared while the codes "
	                   "were written; the codes are in %s",
	                   where);
	free(kept);
	free(o->tmp);
	o->tmp = NULL;
	return CAMPAIGN_EIO;
}

/*
 * Moves a new directory into place, never over a directory that appeared
 * meanwhile, and makes the rename durable. Returns a CAMPAIGN_ status.
 */
int
output_dir_finish(struct output_dir *o, const char *dir, campaign_diags *diags)
{
	if (!o->tmp)
		return CAMPAIGN_OK;
	if (renameat2(AT_FDCWD, o->tmp, AT_FDCWD, dir, RENAME_NOREPLACE) != 0) {
		int err = errno;
		/*
		 * No RENAME_NOREPLACE here (the file system, an old kernel, a
		 * seccomp filter): check, then a plain rename. Only an empty
		 * directory made in between could be replaced; nothing is lost.
		 */
		if (err == EINVAL || err == ENOSYS || err == EPERM)
			err = access(dir, F_OK) == 0 ? EEXIST : rename(o->tmp, dir) == 0 ? 0 : errno;
		if (err == EEXIST)
			return keep_aside(o, dir, diags);
		if (err) {
			/* The file system fails: like a file that cannot be renamed, the set goes. */
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, dir, 0, 0,
			                   "cannot move the new directory into place: %s",
			                   strerror(err));
			output_dir_discard(o);
			return CAMPAIGN_EIO;
		}
	}
	free(o->tmp); /* in place: nothing left to discard */
	o->tmp = NULL;
	/* The rename is durable once the parent directory is. */
	const char *slash = strrchr(dir, '/');
	char parent[4096];
	snprintf(parent, sizeof(parent), "%.*s", slash ? (int)(slash - dir + (slash == dir)) : 1,
	         slash ? dir : ".");
	int fd = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int rc = CAMPAIGN_OK;
	/* Some file systems cannot sync directories (EINVAL); their renames are durable anyway. */
	if (fd < 0 || (fsync(fd) != 0 && errno != EINVAL)) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, parent, 0, 0,
		                   "cannot flush directory to disk: %s", strerror(errno));
		rc = CAMPAIGN_EIO;
	}
	if (fd >= 0)
		close(fd);
	return rc;
}
