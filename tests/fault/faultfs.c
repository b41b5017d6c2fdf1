/*
 * faultfs: an LD_PRELOAD shim that makes the file system fail on cue, so a
 * test can fail a build at every point where it writes, deterministically,
 * as a disk that fills up, a disk that breaks, a directory that cannot be
 * written or a machine that loses power would (a small tmpfs needs mount
 * privileges and fails at one point only).
 *
 * It counts the calls that change files under one directory tree and makes
 * the call after the first FAULT_AFTER of them fail (and every later one,
 * as a full disk stays full):
 *
 *   FAULT_DIR=/abs/dir    only files below this directory count (required)
 *   FAULT_AFTER=N         this many calls succeed, then the failures start
 *   FAULT_ERRNO=ENOSPC    or EIO, EACCES, EROFS: the errno of the failure;
 *                         KILL: the process kills itself with SIGKILL there
 *                         instead, a crash at exactly that point
 *   FAULT_COUNT=/abs/file without FAULT_AFTER: count only, and write the
 *                         number of calls into this file at exit
 *   FAULT_TRACE=/abs/file with FAULT_COUNT: also write one line per call
 *                         counted, "N KIND NAME" (NAME: the file or
 *                         directory a rename or link makes, else "-"), so a
 *                         test can tell which point is which
 *   FAULT_NO_EXCHANGE=1   renameat2() with RENAME_EXCHANGE fails with
 *                         EINVAL, as on a file system without it (NFS)
 *   FAULT_ONLY=fsync      count only this kind of call (write, fsync,
 *                         rename, link, create, mkdir, read, open, input), to
 *                         reach the rare ones; read, open and input count
 *                         only when asked for here
 *
 * Calls counted: open/openat with O_CREAT ("create"), write and pwrite
 * ("write"), fsync, fdatasync and syncfs ("fsync"), rename, renameat and
 * renameat2 ("rename"), link and linkat ("link"), mkdir and mkdirat
 * ("mkdir"), and with FAULT_ONLY=read
 * pread and pread64 ("read": a build reads its scratch file back so); and
 * with FAULT_ONLY=open the opens of files for reading only (an input: a
 * spec, a table, a ledger, an image), with FAULT_ONLY=input read() on them.
 * Descriptors 0-2 never count, so
 * diagnostics always get out. Whether a descriptor or path is below
 * FAULT_DIR is read from /proc/self/fd.
 */
/* Our own names for open and pwrite: with 64-bit offsets the headers would rename them. */
#undef _FILE_OFFSET_BITS
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

static char fault_dir[PATH_MAX];
static size_t fault_dir_len;
static long fault_after = -1;
static int fault_errno = ENOSPC;
static int fault_kill;
static const char *count_file;
static const char *only;
static int trace_fd = -1;
static int no_exchange;
static long calls; /* counted so far; updated atomically (builds render on several threads) */

__attribute__((constructor)) static void
setup(void)
{
	const char *dir = getenv("FAULT_DIR");
	if (!dir || !realpath(dir, fault_dir)) {
		fault_dir[0] = '\0';
		return;
	}
	fault_dir_len = strlen(fault_dir);
	const char *after = getenv("FAULT_AFTER");
	if (after && *after)
		fault_after = strtol(after, NULL, 10);
	const char *e = getenv("FAULT_ERRNO");
	if (e && strcmp(e, "EIO") == 0)
		fault_errno = EIO;
	else if (e && strcmp(e, "EACCES") == 0)
		fault_errno = EACCES;
	else if (e && strcmp(e, "EROFS") == 0)
		fault_errno = EROFS;
	else if (e && strcmp(e, "KILL") == 0)
		fault_kill = 1;
	count_file = getenv("FAULT_COUNT");
	const char *trace = getenv("FAULT_TRACE");
	if (trace && *trace && fault_after < 0)
		trace_fd = (int)syscall(SYS_openat, AT_FDCWD, trace, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND |
		                        O_CLOEXEC, 0644);
	no_exchange = getenv("FAULT_NO_EXCHANGE") != NULL;
	only = getenv("FAULT_ONLY");
	if (only && !*only) /* FAULT_ONLY= (empty): every kind that changes a file, as if unset */
		only = NULL;
}

__attribute__((destructor)) static void
report(void)
{
	if (!count_file || fault_after >= 0)
		return;
	char text[32];
	int n = snprintf(text, sizeof(text), "%ld\n", __atomic_load_n(&calls, __ATOMIC_SEQ_CST));
	int fd = (int)syscall(SYS_openat, AT_FDCWD, count_file, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd >= 0) {
		syscall(SYS_write, fd, text, (size_t)n);
		syscall(SYS_close, fd);
	}
}

static int
below(const char *path)
{
	return fault_dir_len && strncmp(path, fault_dir, fault_dir_len) == 0 &&
	       (path[fault_dir_len] == '/' || path[fault_dir_len] == '\0');
}

static int
fd_below(int fd)
{
	if (fd <= 2 || !fault_dir_len)
		return 0;
	char link[64], path[PATH_MAX];
	snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
	ssize_t n = readlink(link, path, sizeof(path) - 1);
	if (n <= 0)
		return 0;
	path[n] = '\0';
	return below(path);
}

/* Whether `name` relative to `dirfd` lies below FAULT_DIR (the file itself need not exist). */
static int
at_below(int dirfd, const char *name)
{
	if (!fault_dir_len || !name)
		return 0;
	char path[PATH_MAX * 2];
	if (name[0] == '/') {
		snprintf(path, sizeof(path), "%s", name);
	} else {
		char base[PATH_MAX];
		if (dirfd == AT_FDCWD) {
			if (!getcwd(base, sizeof(base)))
				return 0;
		} else {
			char link[64];
			snprintf(link, sizeof(link), "/proc/self/fd/%d", dirfd);
			ssize_t n = readlink(link, base, sizeof(base) - 1);
			if (n <= 0)
				return 0;
			base[n] = '\0';
		}
		snprintf(path, sizeof(path), "%s/%s", base, name);
	}
	return below(path);
}

/*
 * Counts one call of `kind` that is below FAULT_DIR; 1 when it must fail
 * (errno set). name: what the call makes, for FAULT_TRACE (NULL: "-").
 */
static int
must_fail_named(const char *kind, int is_below, const char *name)
{
	/* Reads count only when asked for: the other tests' points are the calls that change files. */
	int asked_only = strcmp(kind, "read") == 0 || strcmp(kind, "open") == 0 || strcmp(kind, "input") == 0;
	if (!is_below || (only && strcmp(only, kind) != 0) || (!only && asked_only))
		return 0;
	long n = __atomic_add_fetch(&calls, 1, __ATOMIC_SEQ_CST);
	if (trace_fd >= 0) {
		char line[PATH_MAX + 64];
		int len = snprintf(line, sizeof(line), "%ld %s %s\n", n, kind, name ? name : "-");
		if (len > 0)
			syscall(SYS_write, trace_fd, line, (size_t)len < sizeof(line) ? (size_t)len : sizeof(line) - 1);
	}
	if (fault_after < 0 || n <= fault_after)
		return 0;
	if (fault_kill)
		kill(getpid(), SIGKILL);
	errno = fault_errno;
	return 1;
}

static int
must_fail(const char *kind, int is_below)
{
	return must_fail_named(kind, is_below, NULL);
}

#define REAL(name) \
	static __typeof__(name) *real_##name; \
	if (!real_##name) \
		*(void **)&real_##name = dlsym(RTLD_NEXT, #name) /* POSIX's way past ISO C's rule */

ssize_t
write(int fd, const void *buf, size_t n)
{
	REAL(write);
	if (must_fail("write", fd_below(fd)))
		return -1;
	return real_write(fd, buf, n);
}

ssize_t
pwrite(int fd, const void *buf, size_t n, off_t off)
{
	REAL(pwrite);
	if (must_fail("write", fd_below(fd)))
		return -1;
	return real_pwrite(fd, buf, n, off);
}

ssize_t
pwrite64(int fd, const void *buf, size_t n, off64_t off)
{
	REAL(pwrite64);
	if (must_fail("write", fd_below(fd)))
		return -1;
	return real_pwrite64(fd, buf, n, off);
}

ssize_t
read(int fd, void *buf, size_t n)
{
	REAL(read);
	/* Looked up only when asked for: every read of the process comes here. */
	if (only && strcmp(only, "input") == 0 && must_fail("input", fd_below(fd)))
		return -1;
	return real_read(fd, buf, n);
}

ssize_t
pread(int fd, void *buf, size_t n, off_t off)
{
	REAL(pread);
	if (must_fail("read", fd_below(fd)))
		return -1;
	return real_pread(fd, buf, n, off);
}

ssize_t
pread64(int fd, void *buf, size_t n, off64_t off)
{
	REAL(pread64);
	if (must_fail("read", fd_below(fd)))
		return -1;
	return real_pread64(fd, buf, n, off);
}

int
fsync(int fd)
{
	REAL(fsync);
	if (must_fail("fsync", fd_below(fd)))
		return -1;
	return real_fsync(fd);
}

int
fdatasync(int fd)
{
	REAL(fdatasync);
	if (must_fail("fsync", fd_below(fd)))
		return -1;
	return real_fdatasync(fd);
}

int
syncfs(int fd)
{
	REAL(syncfs);
	if (must_fail("fsync", fd_below(fd)))
		return -1;
	return real_syncfs(fd);
}

int
rename(const char *from, const char *to)
{
	REAL(rename);
	if (must_fail_named("rename", at_below(AT_FDCWD, to), to))
		return -1;
	return real_rename(from, to);
}

int
renameat(int fromfd, const char *from, int tofd, const char *to)
{
	REAL(renameat);
	if (must_fail_named("rename", at_below(tofd, to), to))
		return -1;
	return real_renameat(fromfd, from, tofd, to);
}

int
renameat2(int fromfd, const char *from, int tofd, const char *to, unsigned int flags)
{
	REAL(renameat2);
	if (must_fail_named("rename", at_below(tofd, to), to))
		return -1;
	if (no_exchange && (flags & RENAME_EXCHANGE)) {
		errno = EINVAL;
		return -1;
	}
	return real_renameat2(fromfd, from, tofd, to, flags);
}

int
link(const char *from, const char *to)
{
	REAL(link);
	if (must_fail_named("link", at_below(AT_FDCWD, to), to))
		return -1;
	return real_link(from, to);
}

int
linkat(int fromfd, const char *from, int tofd, const char *to, int flags)
{
	REAL(linkat);
	if (must_fail_named("link", at_below(tofd, to), to))
		return -1;
	return real_linkat(fromfd, from, tofd, to, flags);
}

int
mkdir(const char *path, mode_t mode)
{
	REAL(mkdir);
	if (must_fail("mkdir", at_below(AT_FDCWD, path)))
		return -1;
	return real_mkdir(path, mode);
}

int
mkdirat(int dirfd, const char *path, mode_t mode)
{
	REAL(mkdirat);
	if (must_fail("mkdir", at_below(dirfd, path)))
		return -1;
	return real_mkdirat(dirfd, path, mode);
}

/*
 * open and openat take a mode only with O_CREAT (or O_TMPFILE). Programs
 * built with 64-bit offsets (libcampaign is) call open64 and openat64.
 */
/* O_TMPFILE includes O_DIRECTORY's bit: a plain directory open is not one. */
static int
creates(int flags)
{
	return (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE;
}

static mode_t
mode_of(int flags, va_list ap)
{
	return creates(flags) ? (mode_t)va_arg(ap, int) : 0;
}

/* An open of an input: read-only, not a directory (those are walked, not read). */
static int
opens_input(int flags)
{
	return !creates(flags) && (flags & O_ACCMODE) == O_RDONLY && !(flags & O_DIRECTORY);
}

static int
create_fails(int dirfd, const char *path, int flags)
{
	if (opens_input(flags))
		return only && strcmp(only, "open") == 0 && must_fail("open", at_below(dirfd, path));
	return creates(flags) && must_fail("create", at_below(dirfd, path));
}

int
open(const char *path, int flags, ...)
{
	REAL(open);
	va_list ap;
	va_start(ap, flags);
	mode_t mode = mode_of(flags, ap);
	va_end(ap);
	return create_fails(AT_FDCWD, path, flags) ? -1 : real_open(path, flags, mode);
}

int
open64(const char *path, int flags, ...)
{
	REAL(open64);
	va_list ap;
	va_start(ap, flags);
	mode_t mode = mode_of(flags, ap);
	va_end(ap);
	return create_fails(AT_FDCWD, path, flags) ? -1 : real_open64(path, flags, mode);
}

int
openat(int dirfd, const char *path, int flags, ...)
{
	REAL(openat);
	va_list ap;
	va_start(ap, flags);
	mode_t mode = mode_of(flags, ap);
	va_end(ap);
	return create_fails(dirfd, path, flags) ? -1 : real_openat(dirfd, path, flags, mode);
}

int
openat64(int dirfd, const char *path, int flags, ...)
{
	REAL(openat64);
	va_list ap;
	va_start(ap, flags);
	mode_t mode = mode_of(flags, ap);
	va_end(ap);
	return create_fails(dirfd, path, flags) ? -1 : real_openat64(dirfd, path, flags, mode);
}
