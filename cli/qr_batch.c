#include "qr_batch.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag_print.h"
#include "exit.h"

/* A list of a million URLs is 150 MB; more is a mistake, not a campaign. */
#define LIST_MAX ((size_t)256 * 1024 * 1024)

struct line {
	const char *data;
	size_t len;
};

struct batch {
	struct line *lines;
	size_t count;
	atomic_size_t next;
	atomic_int stop;
	const campaign_qr_options *o;
	campaign_qr_format format;
	int dirfd;
	int private_dir; /* a new directory, see open_output_dir() */
	const char *dir;
	/* Per line: its diagnostics (NULL when there were none) and status. */
	campaign_diags **line_diags;
	int *line_status;
};

struct worker {
	pthread_t thread;
	struct batch *b;
	int status;            /* of the worker's own writer */
	campaign_diags *diags; /* the writer's diagnostics */
};

static void
process_line(struct batch *b, size_t i, campaign_qr_writer *w, campaign_diags **scratch)
{
	char stem[32];
	snprintf(stem, sizeof(stem), "%04zu", i + 1);
	campaign_qr *qr = NULL;
	int st = campaign_qr_encode(&qr, b->lines[i].data, b->lines[i].len, b->o, *scratch);
	if (st == CAMPAIGN_OK)
		st = campaign_qr_check_print(qr, b->format, b->o, NULL, 0, 0, *scratch);
	if (st == CAMPAIGN_OK)
		st = campaign_qr_writer_add(w, stem, qr, b->format, b->o, *scratch);
	campaign_qr_free(qr);
	b->line_status[i] = st;
	if (campaign_diags_count(*scratch) > 0) {
		b->line_diags[i] = *scratch; /* now owned by the batch */
		*scratch = NULL;
		campaign_diags_new(scratch);
	}
	/* The next file would fail the same way. */
	if (st == CAMPAIGN_EIO || st == CAMPAIGN_ENOMEM || !*scratch)
		atomic_store(&b->stop, 1);
}

static void *
work(void *arg)
{
	struct worker *wk = arg;
	struct batch *b = wk->b;
	campaign_qr_writer *w = NULL;
	campaign_diags *scratch = NULL;
	wk->status = b->private_dir ? campaign_qr_writer_new_private(&w, b->dirfd, b->dir)
	                            : campaign_qr_writer_new(&w, b->dirfd, b->dir);
	if (!wk->status && campaign_diags_new(&scratch))
		wk->status = CAMPAIGN_ENOMEM;
	while (!wk->status && !atomic_load(&b->stop)) {
		size_t i = atomic_fetch_add(&b->next, 1);
		if (i >= b->count)
			break;
		process_line(b, i, w, &scratch);
	}
	/* Every complete code is kept, even when some lines failed: each file stands alone. */
	if (w && !wk->status)
		wk->status = campaign_qr_writer_commit(w, wk->diags);
	campaign_qr_writer_free(w);
	campaign_diags_free(scratch);
	return NULL;
}

/* Reads the whole list and cuts it into lines (without their "\n" or "\r\n"). */
static int
read_lines(const char *list, char **text, struct batch *b)
{
	FILE *f = strcmp(list, "-") == 0 ? stdin : fopen(list, "rb");
	if (!f) {
		fprintf(stderr, "%s: error: cannot open: %s\n", list, strerror(errno));
		return EXIT_ENV;
	}
	size_t cap = 1 << 16, len = 0;
	char *p = malloc(cap);
	size_t n;
	while (p && (n = fread(p + len, 1, cap - len, f)) > 0) {
		len += n;
		if (len < cap)
			continue;
		char *q = cap < LIST_MAX ? realloc(p, cap * 2) : NULL;
		if (!q)
			free(p);
		p = q;
		cap *= 2;
	}
	int err = ferror(f) ? errno : 0;
	if (f != stdin)
		fclose(f);
	if (!p) {
		fprintf(stderr, "%s: error: list too large or out of memory\n", list);
		return EXIT_ENV;
	}
	if (err) {
		fprintf(stderr, "%s: error: cannot read: %s\n", list, strerror(err));
		free(p);
		return EXIT_ENV;
	}
	size_t lines = 0;
	for (size_t i = 0; i < len; i++)
		lines += p[i] == '\n';
	lines += len > 0 && p[len - 1] != '\n';
	b->lines = calloc(lines ? lines : 1, sizeof(*b->lines));
	if (!b->lines) {
		free(p);
		fprintf(stderr, "campaign: error: out of memory\n");
		return EXIT_ENV;
	}
	size_t start = 0;
	for (size_t i = 0; i <= len && b->count < lines; i++) {
		if (i < len && p[i] != '\n')
			continue;
		size_t end = i;
		if (end > start && p[end - 1] == '\r')
			end--;
		b->lines[b->count].data = p + start;
		b->lines[b->count].len = end - start;
		b->count++;
		start = i + 1;
	}
	*text = p;
	return EXIT_OK;
}

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

/*
 * The output directory. One that exists is written into file by file, each
 * file atomically. A new one is made under a hidden temporary name beside
 * it (".DIR.tmp.PID.RAND"), written without a temp file and rename per
 * file (campaign_qr_writer_new_private()), and renamed into place at the
 * end: other programs see no directory or a finished one. A run killed on
 * the way leaves the hidden directory behind, never a half-written DIR; the
 * next run into DIR removes it once its process is gone.
 */
struct output_dir {
	int fd;
	char *tmp; /* the new directory's temporary name, or NULL */
};

static int
open_output_dir(const char *dir, struct output_dir *out)
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
			fprintf(stderr, "%s: error: cannot create directory: %s\n", dir, strerror(errno));
			free(out->tmp);
			out->tmp = NULL;
			return -1;
		}
	} else if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
		fprintf(stderr, "%s: error: cannot create directory: %s\n", dir, strerror(errno));
		return -1;
	}
	out->fd = open(out->tmp ? out->tmp : dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (out->fd < 0)
		fprintf(stderr, "%s: error: cannot open directory: %s\n", dir, strerror(errno));
	/* Held until the run ends: a sweep of another run leaves a locked directory alone. */
	else if (out->tmp)
		flock(out->fd, LOCK_EX | LOCK_NB);
	return out->fd;
}

static void
remove_tmp_dir(struct output_dir *o)
{
	remove_dir_at(AT_FDCWD, o->tmp);
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
static int
finish_output_dir(struct output_dir *o, const char *dir, campaign_diags *diags)
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
			remove_tmp_dir(o);
			return CAMPAIGN_EIO;
		}
	}
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

/*
 * Copies diagnostics into `to`; those without a file of their own (encoding,
 * print checks) are placed at FILE:LINE, those naming an output file keep it.
 */
static void
relocate(campaign_diags *to, const campaign_diags *from, const char *file, unsigned long line)
{
	for (size_t i = 0; i < campaign_diags_count(from); i++) {
		const campaign_diag *d = campaign_diags_get(from, i);
		if (d->file)
			campaign_diags_add(to, d->severity, d->status, d->file, d->line, d->column,
			                   "%s", d->message);
		else
			campaign_diags_add(to, d->severity, d->status, file, line, 0, "%s",
			                   d->message);
	}
}

static int
worse(int a, int b)
{
	/* An environment failure outranks invalid input, as in diag_exit_code(). */
	if (!a)
		return b;
	if (!b)
		return a;
	return exit_code_for_status(b) > exit_code_for_status(a) ? b : a;
}

int
qr_batch_run(const char *list, const char *dir, campaign_qr_format format,
             const campaign_qr_options *o, int jobs, campaign_diags *diags)
{
	struct batch b;
	memset(&b, 0, sizeof(b));
	b.o = o;
	b.format = format;
	char *text = NULL;
	struct worker *workers = NULL;
	int started = 0;
	int rc = read_lines(list, &text, &b);
	if (rc)
		return rc;
	/* "out/" names the directory "out": its hidden sibling is ".out.tmp...". */
	char dir_name[4096];
	size_t dir_len = strlen(dir);
	while (dir_len > 1 && dir[dir_len - 1] == '/')
		dir_len--;
	if (dir_len >= sizeof(dir_name) - 64) { /* room for the hidden name's suffix */
		fprintf(stderr, "%.64s...: error: cannot create directory: %s\n", dir,
		        strerror(ENAMETOOLONG));
		free(text);
		free(b.lines);
		return EXIT_ENV;
	}
	snprintf(dir_name, sizeof(dir_name), "%.*s", (int)dir_len, dir);
	dir = dir_name;
	b.dir = dir;
	struct output_dir out;
	b.dirfd = open_output_dir(dir, &out);
	b.private_dir = out.tmp != NULL;
	b.line_diags = calloc(b.count + 1, sizeof(*b.line_diags));
	b.line_status = calloc(b.count + 1, sizeof(*b.line_status));
	workers = calloc((size_t)jobs, sizeof(*workers));
	if (b.dirfd < 0) {
		rc = EXIT_ENV;
		goto done;
	}
	if (!b.line_diags || !b.line_status || !workers) {
		fprintf(stderr, "campaign: error: out of memory\n");
		rc = EXIT_ENV;
		goto done;
	}
	for (int i = 0; i < jobs; i++) {
		workers[i].b = &b;
		if (campaign_diags_new(&workers[i].diags) ||
		    pthread_create(&workers[i].thread, NULL, work, &workers[i]) != 0) {
			atomic_store(&b.stop, 1);
			break;
		}
		started++;
	}
	for (int i = 0; i < started; i++)
		pthread_join(workers[i].thread, NULL);
	int status = started ? CAMPAIGN_OK : CAMPAIGN_ENOMEM;
	const char *label = strcmp(list, "-") == 0 ? "<stdin>" : list;
	for (size_t i = 0; i < b.count; i++) {
		if (b.line_diags[i])
			relocate(diags, b.line_diags[i], label, (unsigned long)(i + 1));
		status = worse(status, b.line_status[i]);
	}
	for (int i = 0; i < started; i++) {
		relocate(diags, workers[i].diags, NULL, 0);
		status = worse(status, workers[i].status);
	}
	/* Every complete code is kept, as in an existing directory. */
	status = worse(status, finish_output_dir(&out, dir, diags));
	free(out.tmp);
	out.tmp = NULL;
	diag_print_all(diags);
	rc = diag_exit_code(diags, status);
done:
	for (size_t i = 0; b.line_diags && i < b.count; i++)
		campaign_diags_free(b.line_diags[i]);
	for (int i = 0; workers && i < jobs; i++)
		campaign_diags_free(workers[i].diags);
	free(workers);
	free(b.line_diags);
	free(b.line_status);
	free(b.lines);
	free(text);
	if (out.tmp) /* not moved into place: failed before the codes were written */
		remove_tmp_dir(&out);
	free(out.tmp);
	if (b.dirfd >= 0)
		close(b.dirfd);
	return rc;
}
