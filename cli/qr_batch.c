#include "qr_batch.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag_print.h"
#include "exit.h"
#include "input_file.h"
#include "output_dir.h"
#include "qr_list.h"
#include "qr_names.h"

/*
 * The list is kept whole (every line is checked before the first file is
 * written), so it has a limit: a list of a million URLs is 150 MB; more is
 * a mistake, not a campaign. Over it is exit 1, at the line reached.
 */
#define LIST_MAX ((size_t)256 * 1024 * 1024)

/*
 * A code holds at most 7,089 characters (digits; lib/qr's PAYLOAD_MAX), so a
 * longer line cannot be one: reading stops there, and memory stays small
 * whatever the file (a line without end, such as /dev/zero's, is refused
 * after 8 KB, not after the whole list limit).
 */
#define LINE_MAX_BYTES ((size_t)8192)

/* A line no worker took (the batch stopped first): no status of the library's. */
#define LINE_NOT_DONE 1

struct batch {
	struct qr_line *lines;
	size_t count;
	int width; /* of the numbers in the file names */
	int writing; /* 0: the first pass, which only encodes and checks */
	atomic_size_t next;
	atomic_int stop;
	const campaign_qr_options *o;
	campaign_qr_format format;
	int dirfd;
	int private_dir; /* a new directory, see output_dir.h */
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

static void relocate(campaign_diags *to, const campaign_diags *from, const char *file,
                     unsigned long line);

/*
 * Encodes and checks line i; when writing, also writes it. The checks'
 * warnings were reported by the first pass, so the second keeps them in
 * `quiet` and passes them on only when the line fails.
 */
static void
process_line(struct batch *b, size_t i, campaign_qr_writer *w, campaign_diags **scratch,
             campaign_diags *quiet)
{
	char stem[32];
	snprintf(stem, sizeof(stem), "%0*zu", b->width, i + 1);
	campaign_diags *checks = w ? quiet : *scratch;
	campaign_qr *qr = NULL;
	int st = campaign_qr_encode(&qr, b->lines[i].data, b->lines[i].len, b->o, checks);
	if (st == CAMPAIGN_OK)
		st = campaign_qr_check_print(qr, b->format, b->o, NULL, 0, 0, checks);
	if (st == CAMPAIGN_OK && w)
		/* One format's value is the set of just it (qr.h). */
		st = campaign_qr_writer_add(w, stem, qr, (unsigned)b->format, b->o, *scratch);
	campaign_qr_free(qr);
	if (w && st != CAMPAIGN_OK)
		relocate(*scratch, quiet, NULL, 0);
	if (w)
		campaign_diags_clear(quiet);
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
	campaign_diags *scratch = NULL, *quiet = NULL;
	if (b->writing)
		wk->status = b->private_dir ? campaign_qr_writer_new_private(&w, b->dirfd, b->dir)
		                            : campaign_qr_writer_new(&w, b->dirfd, b->dir);
	if (!wk->status && (campaign_diags_new(&scratch) || campaign_diags_new(&quiet)))
		wk->status = CAMPAIGN_ENOMEM;
	while (!wk->status && !atomic_load(&b->stop)) {
		size_t i = atomic_fetch_add(&b->next, 1);
		if (i >= b->count)
			break;
		process_line(b, i, w, &scratch, quiet);
	}
	/* Every complete code is kept: each file stands alone. */
	if (w && !wk->status)
		wk->status = campaign_qr_writer_commit(w, wk->diags);
	campaign_qr_writer_free(w);
	campaign_diags_free(scratch);
	campaign_diags_free(quiet);
	return NULL;
}

/* Where the reading of the list is: the line and its length so far. */
struct list_scan {
	unsigned long line; /* 1-based */
	size_t line_len;    /* in bytes, without its line end */
	int after_cr;       /* the last byte was a CR: an LF next ends nothing */
};

/* Why a scan stopped the reading before the end of the list. */
enum scan_stop { SCAN_ON, SCAN_NUL, SCAN_LONG_LINE };

/*
 * Scans the bytes [from, to) of the list as they arrive, so a bad list is
 * refused at its first sign, not after it was read whole. *at is the NUL's
 * offset on SCAN_NUL.
 */
static enum scan_stop
scan_list(struct list_scan *s, const char *p, size_t from, size_t to, size_t *at)
{
	for (size_t i = from; i < to; i++) {
		char c = p[i];
		int crlf = c == '\n' && s->after_cr;
		s->after_cr = c == '\r';
		if (crlf)
			continue;
		if (c == '\n' || c == '\r') {
			s->line++;
			s->line_len = 0;
		} else if (c == '\0') {
			*at = i;
			return SCAN_NUL;
		} else if (++s->line_len > LINE_MAX_BYTES) {
			return SCAN_LONG_LINE;
		}
	}
	return SCAN_ON;
}

/*
 * Reads the whole list; returns an exit code, said on stderr when not 0.
 * A NUL byte stops the reading: the text is cut after it (but keeps its
 * first 4 bytes, for a UTF-16 or UTF-32 byte order mark), and the split
 * reports it at its line and column.
 */
static int
read_list(const char *list, const char *label, char **text, size_t *text_len)
{
	/* Standard input is allowed (campaign(1)): whoever pipes into it also ends it. */
	const char *why = NULL;
	FILE *f = strcmp(list, "-") == 0 ? stdin : cli_open_input(list, &why);
	if (!f) {
		cli_error("%s: error: cannot open: %s\n", list, why);
		return EXIT_ENV;
	}
	size_t cap = 1 << 16, len = 0, nul_at = 0;
	char *p = malloc(cap);
	int err = 0, too_large = 0;
	struct list_scan scan = { 1, 0, 0 };
	enum scan_stop stop = SCAN_ON;
	/* read(2), not fread: a read error must not pass for the end of the list. */
	while (p) {
		ssize_t n = read(fileno(f), p + len, cap - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			err = n < 0 ? errno : 0;
			break;
		}
		stop = scan_list(&scan, p, len, len + (size_t)n, &nul_at);
		len += (size_t)n;
		if (stop != SCAN_ON)
			break;
		if (len < cap)
			continue;
		if (cap >= LIST_MAX) {
			too_large = 1;
			break;
		}
		char *q = realloc(p, cap * 2);
		if (!q)
			free(p);
		p = q;
		cap *= 2;
	}
	if (f != stdin)
		fclose(f);
	if (!p) {
		cli_error("%s: error: out of memory reading the list\n", label);
		return EXIT_ENV;
	}
	int rc = EXIT_OK;
	if (stop == SCAN_LONG_LINE) {
		cli_error("%s:%lu: error: line longer than %zu bytes: a QR code holds at most "
		          "7089 characters; each line is the data of one code\n",
		          label, scan.line, LINE_MAX_BYTES);
		rc = EXIT_INVALID;
	} else if (too_large) {
		cli_error("%s:%lu: error: the list is longer than %zu MB, the limit of one batch; "
		          "split it into several lists\n",
		          label, scan.line, LIST_MAX >> 20);
		rc = EXIT_INVALID;
	} else if (err) {
		cli_error("%s: error: cannot read: %s\n", list,
		        err == EAGAIN ? "it would wait for data for ever: a kernel or device file, not a plain one"
		                      : strerror(err));
		rc = EXIT_ENV;
	}
	if (rc) {
		free(p);
		return rc;
	}
	if (stop == SCAN_NUL) {
		size_t keep = nul_at + 1;
		if (keep < 4)
			keep = len < 4 ? len : 4;
		len = keep;
	}
	*text = p;
	*text_len = len;
	return EXIT_OK;
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

/*
 * Runs one pass over every line on up to `jobs` threads. Fewer workers than
 * asked for only go slower: those that started take every line. Returns
 * how many started; *err is why the next one could not.
 */
static int
run_pass(struct batch *b, struct worker *workers, int jobs, int *err)
{
	atomic_store(&b->next, 0);
	atomic_store(&b->stop, 0);
	for (size_t i = 0; i < b->count; i++)
		b->line_status[i] = LINE_NOT_DONE;
	int started = 0;
	*err = 0;
	for (int i = 0; i < jobs; i++) {
		workers[i].b = b;
		workers[i].status = CAMPAIGN_OK;
		if (!workers[i].diags && campaign_diags_new(&workers[i].diags)) {
			*err = ENOMEM;
			break;
		}
		*err = pthread_create(&workers[i].thread, NULL, work, &workers[i]);
		if (*err)
			break;
		started++;
	}
	for (int i = 0; i < started; i++)
		pthread_join(workers[i].thread, NULL);
	return started;
}

/*
 * The first pass, on the calling thread: encoding is cheap beside writing
 * (PNG compression, fsync), and a pass that needs no thread cannot find
 * none left for the one that writes. Returns 1, as one worker "started".
 */
static int
check_pass(struct batch *b, struct worker *self)
{
	self->b = b;
	self->status = CAMPAIGN_OK;
	atomic_store(&b->next, 0);
	atomic_store(&b->stop, 0);
	for (size_t i = 0; i < b->count; i++)
		b->line_status[i] = LINE_NOT_DONE;
	work(self);
	return 1;
}

/*
 * Moves the pass's diagnostics into diags, at LABEL:LINE, and returns the
 * worst status; *written counts the lines that succeeded.
 */
static int
collect_pass(struct batch *b, struct worker *workers, int started, int thread_err,
             const char *label, campaign_diags *diags, size_t *written)
{
	int status = CAMPAIGN_OK;
	if (!started) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_ENOMEM, NULL, 0, 0,
		                   "cannot start a worker thread: %s", strerror(thread_err));
		status = CAMPAIGN_ENOMEM;
	}
	size_t not_done = 0;
	*written = 0;
	for (size_t i = 0; i < b->count; i++) {
		if (b->line_diags[i])
			relocate(diags, b->line_diags[i], label, (unsigned long)(i + 1));
		campaign_diags_free(b->line_diags[i]);
		b->line_diags[i] = NULL;
		/* A line left after a stop has no file: it counts for nothing, and the stop's cause is reported. */
		if (b->line_status[i] == LINE_NOT_DONE) {
			not_done++;
			continue;
		}
		status = worse(status, b->line_status[i]);
		*written += b->line_status[i] == CAMPAIGN_OK;
	}
	for (int i = 0; i < started; i++) {
		if (workers[i].diags) {
			relocate(diags, workers[i].diags, NULL, 0);
			campaign_diags_clear(workers[i].diags);
		}
		status = worse(status, workers[i].status);
	}
	/* Never a success with files missing, even when what stopped the batch said nothing. */
	if (not_done && status == CAMPAIGN_OK) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_ENOMEM, label, 0, 0,
		                   "stopped with %zu lines not %s (out of memory)", not_done,
		                   b->writing ? "written" : "checked");
		status = CAMPAIGN_ENOMEM;
	}
	return status;
}

/* Files of an earlier, longer batch stay in an existing directory: say so, and how many. */
static void
warn_stale(const struct batch *b, const char *label, campaign_diags *diags)
{
	char first[QR_NAME_MAX];
	size_t n = qr_names_stale(b->dirfd, b->format, b->count, b->width, first);
	if (n > 0)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_WARNING, CAMPAIGN_OK, label, 0, 0,
		                   "%zu file%s from an earlier batch (%s%s) %s not part of this "
		                   "batch of %zu lines and %s left in place; remove %s or write "
		                   "into a new directory",
		                   n, n == 1 ? "" : "s", first, n == 1 ? "" : ", ...",
		                   n == 1 ? "is" : "are", b->count, n == 1 ? "was" : "were",
		                   n == 1 ? "it" : "them");
}

int
qr_batch_run(const char *list, const char *dir, campaign_qr_format format,
             const campaign_qr_options *o, int jobs, campaign_diags *diags)
{
	struct batch b;
	memset(&b, 0, sizeof(b));
	b.o = o;
	b.format = format;
	b.dirfd = -1;
	char *text = NULL;
	size_t text_len = 0;
	struct worker *workers = NULL;
	struct output_dir out = { -1, NULL };
	const char *label = strcmp(list, "-") == 0 ? "<stdin>" : list;
	int rc = read_list(list, label, &text, &text_len);
	if (rc)
		return rc;
	int status = qr_list_split(text, text_len, label, &b.lines, &b.count, diags);
	b.width = qr_names_width(b.count);
	b.line_diags = calloc(b.count + 1, sizeof(*b.line_diags));
	b.line_status = calloc(b.count + 1, sizeof(*b.line_status));
	workers = calloc((size_t)jobs, sizeof(*workers));
	if (status == CAMPAIGN_OK && (!b.line_diags || !b.line_status || !workers))
		status = CAMPAIGN_ENOMEM;
	if (status != CAMPAIGN_OK)
		goto report;
	/*
	 * First every line is encoded and checked, and only then is anything
	 * written: a bad line must not leave the codes of the lines before it.
	 * The check runs here; the writing on `jobs` threads.
	 */
	int thread_err = 0;
	int started = check_pass(&b, &workers[0]);
	size_t written = 0;
	status = collect_pass(&b, workers, started, thread_err, label, diags, &written);
	if (status != CAMPAIGN_OK)
		goto report;
	/* "out/" names the directory "out": its hidden sibling is ".out.tmp...". */
	char dir_name[4096];
	size_t dir_len = strlen(dir);
	while (dir_len > 1 && dir[dir_len - 1] == '/')
		dir_len--;
	if (dir_len >= sizeof(dir_name) - 64) { /* room for the hidden name's suffix */
		cli_error("%.64s...: error: cannot create directory: %s\n", dir,
		        strerror(ENAMETOOLONG));
		rc = EXIT_ENV;
		goto done;
	}
	snprintf(dir_name, sizeof(dir_name), "%.*s", (int)dir_len, dir);
	b.dir = dir_name;
	b.dirfd = output_dir_open(dir_name, &out);
	b.private_dir = out.tmp != NULL;
	if (b.dirfd < 0) {
		rc = EXIT_ENV;
		goto done;
	}
	b.writing = 1;
	started = run_pass(&b, workers, jobs, &thread_err);
	status = collect_pass(&b, workers, started, thread_err, label, diags, &written);
	if (!b.private_dir)
		warn_stale(&b, dir_name, diags);
	/*
	 * Every complete code is kept, as in an existing directory; a new
	 * directory that would hold none, because every line failed, is not made.
	 */
	if (status == CAMPAIGN_OK || written > 0)
		status = worse(status, output_dir_finish(&out, dir_name, diags));
report:
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
	output_dir_discard(&out); /* only when it was not moved into place */
	if (b.dirfd >= 0)
		close(b.dirfd);
	return rc;
}
