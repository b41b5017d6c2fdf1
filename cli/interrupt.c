#include "interrupt.h"

#include "stale_temps.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>


#define WATCH_MAX 8

static pthread_mutex_t watch_lock = PTHREAD_MUTEX_INITIALIZER;
static struct {
	char *dir;
	int subdirs;
} watched[WATCH_MAX];
static size_t watch_count;
static sigset_t stop_signals;
static pthread_t waiter;
static int waiting;    /* the thread runs */
static int stopping;   /* interrupt_stop() woke it: no interrupt, just return */

void
interrupt_watch(const char *dir, int subdirs)
{
	if (!dir)
		return;
	pthread_mutex_lock(&watch_lock);
	char *copy = watch_count < WATCH_MAX ? strdup(dir) : NULL;
	if (copy) {
		watched[watch_count].dir = copy;
		watched[watch_count].subdirs = subdirs;
		watch_count++;
	}
	pthread_mutex_unlock(&watch_lock);
}

void
interrupt_watch_file(const char *path)
{
	if (!path)
		return;
	remove_stale_temps(path);
	const char *slash = strrchr(path, '/');
	if (!slash) {
		interrupt_watch(".", 0);
		return;
	}
	char dir[4096];
	snprintf(dir, sizeof(dir), "%.*s", slash == path ? 1 : (int)(slash - path), path);
	interrupt_watch(dir, 0);
}

/* ".NAME.tmp.PID.RAND" with our PID and a hexadecimal RAND: lib/io/atomic_file.c's names. */
static int
our_temp(const char *name, const char *pid_part)
{
	if (name[0] != '.')
		return 0;
	const char *at = strstr(name, pid_part);
	if (!at)
		return 0;
	const char *rand = at + strlen(pid_part);
	if (!*rand)
		return 0;
	for (const char *p = rand; *p; p++)
		if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f')))
			return 0;
	return 1;
}

/* A "*.lock" file holding our PID, as lib/io/lockfile.c writes it: ours to remove. */
static int
our_lock(int dirfd, const char *name, const char *pid_line)
{
	size_t len = strlen(name);
	if (len < 5 || strcmp(name + len - 5, ".lock") != 0)
		return 0;
	int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return 0;
	char text[32];
	ssize_t n = read(fd, text, sizeof(text) - 1);
	close(fd);
	if (n <= 0)
		return 0;
	text[n] = '\0';
	return strcmp(text, pid_line) == 0;
}

/* The directories to sweep, opened before any file can no longer be opened. */
#define SWEEP_MAX 64

struct sweep {
	int fd[SWEEP_MAX];
	size_t count;
	/* Lock files found ours, by directory: their content must be read while files can be opened. */
	int lock_dir[WATCH_MAX * 2];
	char lock_name[WATCH_MAX * 2][256];
	size_t locks;
};

/* Opens dir (and, with subdirs, each directory in it) into sw; notes our lock files there. */
static void
open_for_sweep(struct sweep *sw, int dirfd, int subdirs, const char *pid_line)
{
	if (sw->count == SWEEP_MAX)
		return;
	int slot = (int)sw->count;
	sw->fd[sw->count++] = dirfd;
	int fd = openat(dirfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	if (!d) {
		if (fd >= 0)
			close(fd);
		return;
	}
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (sw->locks < sizeof(sw->lock_dir) / sizeof(sw->lock_dir[0]) &&
		    strlen(e->d_name) < sizeof(sw->lock_name[0]) && our_lock(dirfd, e->d_name, pid_line)) {
			sw->lock_dir[sw->locks] = slot;
			snprintf(sw->lock_name[sw->locks], sizeof(sw->lock_name[0]), "%s", e->d_name);
			sw->locks++;
			continue;
		}
		if (!subdirs || sw->count == SWEEP_MAX)
			continue;
		int sub = openat(dirfd, e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (sub >= 0)
			open_for_sweep(sw, sub, 0, pid_line);
	}
	closedir(d);
}

/*
 * Removes our temp files and lock files in directory `slot` of sw; returns
 * how many temp files. Needs no new descriptor, as none can be opened now.
 */
static size_t
remove_ours(const struct sweep *sw, size_t slot, const char *pid_part)
{
	int dirfd = sw->fd[slot];
	/* Removed while still locked, as lib/io/lockfile.c releases a lock. */
	for (size_t i = 0; i < sw->locks; i++)
		if (sw->lock_dir[i] == (int)slot)
			unlinkat(dirfd, sw->lock_name[i], 0);
	/* fdopendir() takes the descriptor itself. */
	DIR *d = fdopendir(dirfd);
	if (!d) {
		close(dirfd);
		return 0;
	}
	size_t removed = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL)
		if (our_temp(e->d_name, pid_part))
			removed += unlinkat(dirfd, e->d_name, 0) == 0;
	closedir(d);
	return removed;
}

/*
 * Keeps the other threads from writing a line to stderr (a build failing
 * because no file can be opened now) before ours, or from exiting first:
 * exit() flushes stderr, and waits for its lock. A stream blocked for long
 * (a full pipe) is not waited for.
 */
static void
hold_stderr(void)
{
	for (int i = 0; i < 100; i++) {
		if (ftrylockfile(stderr) == 0)
			return;
		usleep(1000);
	}
}

static void *
wait_for_signal(void *arg)
{
	(void)arg;
	int signo = 0;
	while (sigwait(&stop_signals, &signo) != 0)
		;
	if (__atomic_load_n(&stopping, __ATOMIC_ACQUIRE))
		return NULL;
	hold_stderr();
	char pid_part[40], pid_line[32];
	snprintf(pid_part, sizeof(pid_part), ".tmp.%ld.", (long)getpid());
	snprintf(pid_line, sizeof(pid_line), "%ld\n", (long)getpid());
	static struct sweep sw;
	pthread_mutex_lock(&watch_lock);
	for (size_t i = 0; i < watch_count; i++) {
		int fd = open(watched[i].dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (fd >= 0)
			open_for_sweep(&sw, fd, watched[i].subdirs, pid_line);
	}
	/*
	 * The build's threads still run. With no descriptor to be had, none of
	 * them can create another temp file (the library creates each with
	 * openat()); an openat() under way when the limit drops gets a little
	 * time to finish, so that its file is there to be listed.
	 */
	struct rlimit none = { 0, 0 };
	getrlimit(RLIMIT_NOFILE, &none);
	none.rlim_cur = 0;
	setrlimit(RLIMIT_NOFILE, &none);
	usleep(50 * 1000);
	size_t removed = 0;
	for (size_t i = 0; i < sw.count; i++)
		removed += remove_ours(&sw, i, pid_part);
	pthread_mutex_unlock(&watch_lock);
	const char *name = signo == SIGINT ? "SIGINT" : signo == SIGTERM ? "SIGTERM" : "SIGHUP";
	/* Straight to descriptor 2: stderr's stream is held, and ours to bypass. */
	char text[200];
	int n = snprintf(text, sizeof(text),
	                 "campaign: error: interrupted (%s); stopped, %zu temporary file%s "
	                 "removed, finished files kept\n",
	                 name, removed, removed == 1 ? "" : "s");
	if (n > 0 && write(STDERR_FILENO, text, (size_t)n) < 0) {
		/* Nothing more to say, and nowhere to say it. */
	}
	/*
	 * The exit a shell gives a process killed by the signal (130 for ^C), at
	 * once: the other threads are mid-work, so no atexit handler, no flush
	 * of half a result, and the lock stays ours until this instant.
	 */
	_exit(128 + signo);
	return NULL;
}

void
interrupt_start(void)
{
	sigemptyset(&stop_signals);
	sigaddset(&stop_signals, SIGINT);
	sigaddset(&stop_signals, SIGTERM);
	sigaddset(&stop_signals, SIGHUP);
	sigset_t old;
	if (pthread_sigmask(SIG_BLOCK, &stop_signals, &old) != 0)
		return;
	pthread_attr_t attr;
	/* A small stack: the default 8 MB of address space counts against a ulimit -v. */
	int started = pthread_attr_init(&attr) == 0 &&
	              pthread_attr_setstacksize(&attr, 256 * 1024) == 0 &&
	              pthread_create(&waiter, &attr, wait_for_signal, NULL) == 0;
	pthread_attr_destroy(&attr);
	if (!started)
		pthread_sigmask(SIG_SETMASK, &old, NULL);
	waiting = started;
}

void
interrupt_stop(void)
{
	if (!waiting)
		return;
	/*
	 * Woken by a signal of its set, sent to it alone, it returns and is
	 * joined: a thread left running at exit is a leak to valgrind. A real
	 * interrupt from now on stays pending (the signals stay blocked) while
	 * the tool finishes its exit.
	 */
	__atomic_store_n(&stopping, 1, __ATOMIC_RELEASE);
	if (pthread_kill(waiter, SIGTERM) == 0)
		pthread_join(waiter, NULL);
	waiting = 0;
}
