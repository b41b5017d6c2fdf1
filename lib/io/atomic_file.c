#include "io/atomic_file.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "campaign/status.h"
#include "io/file_holds.h"
#include "util/strbuf.h"

/* Room for ".NAME.tmp.PID.RAND" within NAME_MAX (255) whatever NAME's length. */
#define TMP_BASE_MAX 200
#define TMP_NAME_MAX 256
#define TMP_TRIES 16

/* Whether `name` is a temp file create_temp() made, for `base` (NULL: for any name). */
static int
is_temp_of(const char *name, const char *base)
{
	if (!base)
		return name[0] == '.' && strstr(name, ".tmp.") != NULL;
	size_t base_len = strnlen(base, TMP_BASE_MAX);
	return name[0] == '.' && strncmp(name + 1, base, base_len) == 0 &&
	       strncmp(name + 1 + base_len, ".tmp.", 5) == 0;
}

int
campaign__atomic_is_temp(const char *name)
{
	return is_temp_of(name, NULL);
}

void
campaign__atomic_remove_temps(int dirfd, const char *base)
{
	int fd = dup(dirfd);
	if (fd < 0)
		return;
	DIR *d = fdopendir(fd);
	if (!d) {
		close(fd);
		return;
	}
	/* The dup shares dirfd's offset, which an earlier sweep left at the end. */
	rewinddir(d);
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (is_temp_of(e->d_name, base))
			unlinkat(dirfd, e->d_name, 0);
	}
	closedir(d);
}

static int
io_error(campaign_diags *diags, const char *file, const char *what, int err)
{
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, file, 0, 0, "%s: %s", what,
	                   strerror(err));
	return CAMPAIGN_EIO;
}

static uint32_t
random_tag(void)
{
	/* Uniqueness comes from O_EXCL; the tag only makes collisions rare. */
	static uint32_t counter;
	uint32_t r = 0;
	if (getrandom(&r, sizeof(r), GRND_NONBLOCK) != (ssize_t)sizeof(r))
		r = (uint32_t)(uintptr_t)&r ^
		    (__atomic_add_fetch(&counter, 1, __ATOMIC_RELAXED) * 2654435761u);
	return r;
}

/*
 * Creates the temp file for `base` in dfd; its name goes to tmp. Returns the
 * fd, or -1 with errno set.
 */
static int
create_temp(int dfd, const char *base, char tmp[TMP_NAME_MAX])
{
	int base_len = (int)strnlen(base, TMP_BASE_MAX);
	for (int i = 0; i < TMP_TRIES; i++) {
		snprintf(tmp, TMP_NAME_MAX, ".%.*s.tmp.%ld.%08x", base_len, base, (long)getpid(),
		         (unsigned int)random_tag());
		/* 0666: the user's umask decides, as for any file a tool creates. */
		int fd = openat(dfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
		                0666);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	errno = EEXIST;
	return -1;
}

int
campaign__write_all(int fd, const void *data, size_t len)
{
	const unsigned char *p = data;
	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return errno;
		}
		if (n == 0)
			return EIO; /* a regular file never accepts 0 bytes without an error */
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/*
 * Writes `data` into the new file fd (named `name` in dfd), optionally
 * fsyncs it, and closes it. On failure the file is removed and the
 * diagnostic names `file`.
 */
static int
fill_new_file(int dfd, int fd, const char *name, const char *file, const void *data, size_t len,
              int sync, campaign_diags *diags)
{
	int err = campaign__write_all(fd, data, len);
	const char *what = "cannot write";
	if (!err && sync && fsync(fd) != 0) {
		err = errno;
		what = "cannot flush to disk";
	}
	/* close() can report a deferred write error (NFS, quota); it is not retried on EINTR. */
	if (close(fd) != 0 && !err) {
		err = errno;
		what = "cannot write";
	}
	if (err) {
		unlinkat(dfd, name, 0);
		return io_error(diags, file, what, err);
	}
	return CAMPAIGN_OK;
}

/* A complete temp file for `base`: create, write, optionally fsync, close. */
static int
write_temp(int dfd, const char *base, const char *file, const void *data, size_t len, int sync,
           char tmp[TMP_NAME_MAX], campaign_diags *diags)
{
	int fd = create_temp(dfd, base, tmp);
	if (fd < 0)
		return io_error(diags, file, "cannot create a temporary file next to it", errno);
	return fill_new_file(dfd, fd, tmp, file, data, len, sync, diags);
}

static int
valid_base(const char *base)
{
	return base[0] && strcmp(base, ".") != 0 && strcmp(base, "..") != 0;
}

int
campaign__scratch_open(int dirfd)
{
	int fd = openat(dirfd, ".", O_RDWR | O_TMPFILE | O_CLOEXEC, 0600);
	if (fd >= 0 || (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL))
		return fd;
	/* No O_TMPFILE on this file system: a named temp file, unlinked at once. */
	char tmp[TMP_NAME_MAX];
	fd = create_temp(dirfd, "scratch", tmp);
	if (fd < 0)
		return -1;
	int err = 0;
	/* Reopened for reading too: create_temp's descriptor is write-only. */
	int rw = openat(dirfd, tmp, O_RDWR | O_NOFOLLOW | O_CLOEXEC);
	if (rw < 0)
		err = errno;
	close(fd);
	unlinkat(dirfd, tmp, 0);
	errno = err;
	return rw;
}

const char *
campaign__not_a_file(int dirfd, const char *name)
{
	struct stat st;
	/*
	 * A symbolic link is replaced, never written through: one planted at a
	 * final name cannot make the build write elsewhere
	 * (tests/cli/build/symlinked-files-are-replaced-not-followed.sh).
	 */
	if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0 || S_ISREG(st.st_mode) ||
	    S_ISLNK(st.st_mode))
		return NULL;
	return S_ISDIR(st.st_mode)    ? "a directory"
	       : S_ISFIFO(st.st_mode) ? "a FIFO (named pipe)"
	       : S_ISSOCK(st.st_mode) ? "a socket"
	                              : "a device";
}

/*
 * A new file is never renamed over a device, a FIFO, a socket or a
 * directory: in the place of a device it would delete it (as root,
 * --combine /dev/null would), and none of them is the file asked for.
 */
static int
refuse_in_place(campaign_diags *diags, const char *name, const char *what)
{
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, name, 0, 0,
	                   "cannot write the file: it is %s, not a regular file", what);
	return CAMPAIGN_EIO;
}

/*
 * A name longer than its file system holds would fail only at the rename,
 * after the work, as "cannot move the new file into place": said first.
 */
static int
name_fits(int dirfd, const char *base, const char *name, campaign_diags *diags)
{
	long max = dirfd == AT_FDCWD ? pathconf(".", _PC_NAME_MAX) : fpathconf(dirfd, _PC_NAME_MAX);
	if (max <= 0)
		max = NAME_MAX;
	size_t len = strlen(base);
	if (len <= (size_t)max)
		return CAMPAIGN_OK;
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, name, 0, 0,
	                   "the file name is %zu bytes long, more than the %ld its file system allows",
	                   len, max);
	return CAMPAIGN_EIO;
}

int
campaign__atomic_open(struct atomic_file *f, int dirfd, const char *name, campaign_diags *diags)
{
	*f = (struct atomic_file){ .dirfd = dirfd, .fd = -1, .name = name };
	const char *slash = strrchr(name, '/');
	f->base = slash ? slash + 1 : name;
	if (!valid_base(f->base)) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, name, 0, 0,
		                   "not a file name");
		return CAMPAIGN_EINVALID;
	}
	if (slash) {
		size_t dir_len = slash == name ? 1 : (size_t)(slash - name);
		char *dir = strndup(name, dir_len);
		if (!dir)
			return CAMPAIGN_ENOMEM;
		f->dirfd = openat(dirfd, dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		int err = errno;
		free(dir);
		if (f->dirfd < 0) {
			f->dirfd = dirfd;
			return io_error(diags, name, "cannot open its directory", err);
		}
		f->own_dirfd = 1;
	}
	if (name_fits(f->dirfd, f->base, name, diags) != CAMPAIGN_OK) {
		campaign__atomic_discard(f);
		return CAMPAIGN_EIO;
	}
	const char *why = campaign__not_a_file(f->dirfd, f->base);
	if (why) {
		campaign__atomic_discard(f);
		return refuse_in_place(diags, name, why);
	}
	f->fd = create_temp(f->dirfd, f->base, f->tmp);
	if (f->fd < 0) {
		int err = errno;
		campaign__atomic_discard(f);
		return io_error(diags, name, "cannot create a temporary file next to it", err);
	}
	return CAMPAIGN_OK;
}

int
campaign__atomic_seal(struct atomic_file *f, campaign_diags *diags)
{
	if (f->sealed)
		return CAMPAIGN_OK;
	int err = 0;
	const char *what = "cannot flush to disk";
	if (fsync(f->fd) != 0)
		err = errno;
	/* close() can report a deferred write error (NFS, quota); it is not retried on EINTR. */
	if (close(f->fd) != 0 && !err) {
		err = errno;
		what = "cannot write";
	}
	f->fd = -1;
	if (err) {
		campaign__atomic_discard(f);
		return io_error(diags, f->name, what, err);
	}
	f->sealed = 1;
	return CAMPAIGN_OK;
}

int
campaign__atomic_commit(struct atomic_file *f, campaign_diags *diags)
{
	int rc = campaign__atomic_seal(f, diags);
	if (rc)
		return rc;
	/* Again at the rename: a long job may have given something time to appear there. */
	const char *why = campaign__not_a_file(f->dirfd, f->base);
	if (why) {
		rc = refuse_in_place(diags, f->name, why);
		campaign__atomic_discard(f);
		return rc;
	}
	if (renameat(f->dirfd, f->tmp, f->dirfd, f->base) != 0)
		rc = io_error(diags, f->name, "cannot move the new file into place", errno);
	else
		f->tmp[0] = '\0'; /* in place: nothing left to discard */
	campaign__atomic_discard(f);
	return rc;
}

void
campaign__atomic_discard(struct atomic_file *f)
{
	if (f->fd >= 0)
		close(f->fd);
	f->fd = -1;
	if (f->tmp[0])
		unlinkat(f->dirfd, f->tmp, 0);
	f->tmp[0] = '\0';
	if (f->own_dirfd)
		close(f->dirfd);
	f->own_dirfd = 0;
	f->sealed = 0;
}

int
campaign__atomic_check(int dirfd, const char *name, campaign_diags *diags)
{
	struct atomic_file f;
	int rc = campaign__atomic_open(&f, dirfd, name, diags);
	if (rc)
		return rc;
	struct stat st;
	int is_dir = fstatat(f.dirfd, f.base, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode);
	campaign__atomic_discard(&f);
	if (is_dir)
		return io_error(diags, name, "cannot move the new file into place", EISDIR);
	return CAMPAIGN_OK;
}

int
campaign__atomic_write(int dirfd, const char *name, const void *data, size_t len,
                       campaign_diags *diags)
{
	struct atomic_file f;
	int rc = campaign__atomic_open(&f, dirfd, name, diags);
	if (rc)
		return rc;
	int err = campaign__write_all(f.fd, data, len);
	if (err) {
		campaign__atomic_discard(&f);
		return io_error(diags, name, "cannot write", err);
	}
	return campaign__atomic_commit(&f, diags);
}

int
campaign__fsync_dir(int dirfd, const char *name, const char *label, campaign_diags *diags)
{
	if (!name)
		name = ".";
	int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return io_error(diags, label ? label : name, "cannot open directory", errno);
	int rc = CAMPAIGN_OK;
	/* Some file systems cannot sync directories (EINVAL); their renames are durable anyway. */
	if (fsync(fd) != 0 && errno != EINVAL)
		rc = io_error(diags, label ? label : name, "cannot flush directory to disk", errno);
	close(fd);
	return rc;
}

/*
 * The files written and not yet moved into place are "TMP\0NAME\0" each
 * (TMP empty in a private batch: the file has its own name), packed in one
 * buffer. Two mallocs a file, one of TMP_NAME_MAX bytes, were most of what
 * a 10,000-flyer build grew by.
 */
struct atomic_batch {
	int dirfd;
	int private_dir; /* see campaign__atomic_batch_new_private() */
	int reuse_fd;    /* see campaign__atomic_batch_reuse_from(); -1: none */
	char *label;
	struct strbuf names;
	size_t *at; /* where entry i's TMP starts in names */
	size_t count;
	size_t cap;
};

static const char *
entry_tmp(const struct atomic_batch *b, size_t i)
{
	return b->names.ptr + b->at[i];
}

static const char *
entry_name(const struct atomic_batch *b, size_t i)
{
	const char *tmp = entry_tmp(b, i);
	return tmp + strlen(tmp) + 1;
}

/* The file entry i has on disk now. */
static const char *
entry_file(const struct atomic_batch *b, size_t i)
{
	return b->private_dir ? entry_name(b, i) : entry_tmp(b, i);
}

int
campaign__atomic_batch_new(struct atomic_batch **out, int dirfd, const char *label)
{
	*out = NULL;
	struct atomic_batch *b = calloc(1, sizeof(*b));
	if (!b)
		return CAMPAIGN_ENOMEM;
	b->dirfd = dirfd;
	b->reuse_fd = -1;
	campaign__strbuf_init(&b->names, STRBUF_DEFAULT_MAX);
	if (label && !(b->label = strdup(label))) {
		free(b);
		return CAMPAIGN_ENOMEM;
	}
	*out = b;
	return CAMPAIGN_OK;
}

int
campaign__atomic_batch_new_private(struct atomic_batch **out, int dirfd, const char *label)
{
	int rc = campaign__atomic_batch_new(out, dirfd, label);
	if (rc == CAMPAIGN_OK)
		(*out)->private_dir = 1;
	return rc;
}

void
campaign__atomic_batch_reuse_from(struct atomic_batch *b, int current_fd)
{
	b->reuse_fd = b->private_dir ? current_fd : -1;
}

/*
 * A private batch's file: written under its own name; on failure removed.
 * A name there already is unlinked first, never truncated: it may be a
 * hard link to the current generation's file, which must stay as it is.
 */
static int
write_private(int dfd, const char *name, const char *file, const void *data, size_t len,
              campaign_diags *diags)
{
	int flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC;
	int fd = openat(dfd, name, flags, 0666);
	if (fd < 0 && errno == EEXIST && unlinkat(dfd, name, 0) == 0)
		fd = openat(dfd, name, flags, 0666);
	if (fd < 0)
		return io_error(diags, file, "cannot create", errno);
	return fill_new_file(dfd, fd, name, file, data, len, 0, diags);
}

/* A private batch's file that is unchanged from the current generation: linked, 1; else 0. */
static int
link_unchanged(const struct atomic_batch *b, const char *name, const void *data, size_t len)
{
	if (b->reuse_fd < 0 || !campaign__file_holds(b->reuse_fd, name, data, len))
		return 0;
	/* Added twice: the first add's file goes, as write_private() would replace it. */
	if (linkat(b->reuse_fd, name, b->dirfd, name, 0) != 0 &&
	    (errno != EEXIST || unlinkat(b->dirfd, name, 0) != 0 ||
	     linkat(b->reuse_fd, name, b->dirfd, name, 0) != 0))
		return 0;
	return 1;
}

/* The diagnostic name of a file in the batch: "label/name", or name. */
static void
file_label(const struct atomic_batch *b, const char *name, char *out, size_t size)
{
	if (b->label)
		snprintf(out, size, "%s/%s", b->label, name);
	else
		snprintf(out, size, "%s", name);
}

int
campaign__atomic_batch_add(struct atomic_batch *b, const char *name, const void *data, size_t len,
                           campaign_diags *diags)
{
	char file[512];
	file_label(b, name, file, sizeof(file));
	if (!valid_base(name) || strchr(name, '/')) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, 0, 0,
		                   "not a plain file name");
		return CAMPAIGN_EINVALID;
	}
	if (b->count == b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 64;
		size_t *at = realloc(b->at, cap * sizeof(*at));
		if (!at)
			return CAMPAIGN_ENOMEM;
		b->at = at;
		b->cap = cap;
	}
	char tmp[TMP_NAME_MAX] = "";
	int rc = CAMPAIGN_OK;
	const char *why = b->private_dir ? NULL : campaign__not_a_file(b->dirfd, name);
	if (why)
		return refuse_in_place(diags, file, why);
	if (!b->private_dir)
		rc = write_temp(b->dirfd, name, file, data, len, 0, tmp, diags);
	else if (!link_unchanged(b, name, data, len))
		rc = write_private(b->dirfd, name, file, data, len, diags);
	if (rc)
		return rc;
	size_t start = b->names.len;
	campaign__strbuf_add(&b->names, tmp, strlen(tmp) + 1);
	campaign__strbuf_add(&b->names, name, strlen(name) + 1);
	if (b->names.status != CAMPAIGN_OK) {
		/* Not recorded, so not left behind either. */
		unlinkat(b->dirfd, b->private_dir ? name : tmp, 0);
		campaign__strbuf_truncate(&b->names, start);
		return CAMPAIGN_ENOMEM;
	}
	b->at[b->count++] = start;
	return CAMPAIGN_OK;
}

size_t
campaign__atomic_batch_pending(const struct atomic_batch *b)
{
	return b ? b->count : 0;
}

/* Unlinks and forgets the entries from `from` on. */
static void
discard_from(struct atomic_batch *b, size_t from)
{
	for (size_t i = from; i < b->count; i++)
		unlinkat(b->dirfd, entry_file(b, i), 0);
	if (from < b->count)
		campaign__strbuf_truncate(&b->names, b->at[from]);
	b->count = from;
}

void
campaign__atomic_batch_rollback(struct atomic_batch *b, size_t keep)
{
	if (keep < b->count)
		discard_from(b, keep);
}

static void
forget_all(struct atomic_batch *b)
{
	campaign__strbuf_truncate(&b->names, 0);
	b->count = 0;
}

static int
flush_file_system(struct atomic_batch *b, campaign_diags *diags)
{
	int fd = b->dirfd;
	if (fd == AT_FDCWD) {
		fd = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (fd < 0)
			return io_error(diags, b->label, "cannot open directory", errno);
	}
	/*
	 * One syncfs() makes every temp file durable at the cost of one journal
	 * commit; since Linux 5.8 it also reports write-back errors of the files.
	 */
	int rc = CAMPAIGN_OK;
	if (syncfs(fd) != 0)
		rc = io_error(diags, b->label, "cannot flush files to disk", errno);
	if (fd != b->dirfd)
		close(fd);
	return rc;
}

int
campaign__atomic_batch_commit(struct atomic_batch *b, campaign_diags *diags)
{
	if (b->count == 0)
		return CAMPAIGN_OK;
	int rc = flush_file_system(b, diags);
	if (rc) {
		discard_from(b, 0);
		return rc;
	}
	for (size_t i = 0; i < b->count && !b->private_dir; i++) {
		if (renameat(b->dirfd, entry_tmp(b, i), b->dirfd, entry_name(b, i)) != 0) {
			char file[512];
			file_label(b, entry_name(b, i), file, sizeof(file));
			rc = io_error(diags, file, "cannot move the new file into place", errno);
			discard_from(b, i);
			break;
		}
	}
	forget_all(b);
	int dir_rc = campaign__fsync_dir(b->dirfd, ".", b->label, diags);
	return rc ? rc : dir_rc;
}

void
campaign__atomic_batch_free(struct atomic_batch *b)
{
	if (!b)
		return;
	discard_from(b, 0);
	free(b->at);
	campaign__strbuf_free(&b->names);
	free(b->label);
	free(b);
}
