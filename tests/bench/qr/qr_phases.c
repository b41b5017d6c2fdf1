/*
 * Where the time of `campaign qr --batch` goes, on one thread: encoding,
 * rendering the PNG in memory, and writing the already rendered files into
 * a new directory as the batch does (under their names, one syncfs); and,
 * for comparison, the same files into an existing directory (a temp file
 * and a rename each, one syncfs) and with one fsync each (as
 * campaign_qr_write() does). Built by meson against the internal library,
 * run by tests/bench/qr/run.sh.
 *
 *   qr_phases URLS OUTDIR [ROUNDS]      prints one line per phase, median of ROUNDS
 *
 * Each phase is given in wall time and in CPU time (user + system) of the
 * process: on a busy machine the wall time includes waiting for the CPU and
 * the disk, the CPU time does not.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "campaign/campaign.h"
#include "io/atomic_file.h"

#define MAX_URLS 100000

static char *urls[MAX_URLS];
static campaign_qr *codes[MAX_URLS];
static campaign_buf pngs[MAX_URLS];
static size_t n;

struct stamp {
	double wall, cpu;
};

static double
seconds(clockid_t clock)
{
	struct timespec t;
	clock_gettime(clock, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static struct stamp
now(void)
{
	struct stamp s = { seconds(CLOCK_MONOTONIC), seconds(CLOCK_PROCESS_CPUTIME_ID) };
	return s;
}

static struct stamp
since(struct stamp t)
{
	struct stamp n = now();
	n.wall -= t.wall;
	n.cpu -= t.cpu;
	return n;
}

static int
cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double
median(double *v, int k)
{
	qsort(v, (size_t)k, sizeof(*v), cmp);
	return v[k / 2];
}

static void
fail(const char *what)
{
	fprintf(stderr, "qr_phases: %s failed\n", what);
	exit(1);
}

static struct stamp
encode_all(void)
{
	struct stamp t = now();
	for (size_t i = 0; i < n; i++) {
		campaign_qr_free(codes[i]);
		codes[i] = NULL;
		if (campaign_qr_encode(&codes[i], urls[i], strlen(urls[i]), NULL, NULL))
			fail("encode");
	}
	return since(t);
}

static struct stamp
render_all(size_t *bytes)
{
	struct stamp t = now();
	*bytes = 0;
	for (size_t i = 0; i < n; i++) {
		campaign_buf_dispose(&pngs[i]);
		if (campaign_qr_render(&pngs[i], codes[i], CAMPAIGN_QR_FORMAT_PNG, NULL, NULL))
			fail("render");
		*bytes += pngs[i].size;
	}
	return since(t);
}

/* What campaign_qr_writer does with each rendered file; `private_dir`: in a new directory. */
static struct stamp
write_batch(int dfd, int private_dir)
{
	struct stamp t = now();
	struct atomic_batch *b = NULL;
	if (private_dir ? campaign__atomic_batch_new_private(&b, dfd, NULL)
	                : campaign__atomic_batch_new(&b, dfd, NULL))
		fail("batch");
	for (size_t i = 0; i < n; i++) {
		char name[32];
		snprintf(name, sizeof(name), "%04zu.png", i + 1);
		if (campaign__atomic_batch_add(b, name, pngs[i].ptr, pngs[i].size, NULL))
			fail("batch_add");
		/* The writer commits every 512 files. */
		if (campaign__atomic_batch_pending(b) >= 512 &&
		    campaign__atomic_batch_commit(b, NULL) != CAMPAIGN_OK)
			fail("commit");
	}
	if (campaign__atomic_batch_commit(b, NULL))
		fail("commit");
	campaign__atomic_batch_free(b);
	return since(t);
}

/* What campaign_qr_write() does with each rendered file. */
static struct stamp
write_each(int dfd)
{
	struct stamp t = now();
	for (size_t i = 0; i < n; i++) {
		char name[32];
		snprintf(name, sizeof(name), "%04zu.png", i + 1);
		if (campaign__atomic_write(dfd, name, pngs[i].ptr, pngs[i].size, NULL) ||
		    campaign__fsync_dir(dfd, ".", NULL, NULL))
			fail("write");
	}
	return since(t);
}

int
main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: qr_phases URLS OUTDIR [ROUNDS]\n");
		return 2;
	}
	int rounds = argc > 3 ? atoi(argv[3]) : 5;
	if (rounds < 1 || rounds > 50)
		rounds = 5;
	FILE *f = fopen(argv[1], "r");
	char line[4096];
	while (f && n < MAX_URLS && fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\r\n")] = '\0';
		if (!(urls[n++] = strdup(line)))
			fail("strdup");
	}
	if (!f || n == 0)
		fail("reading the URL list");
	fclose(f);
	/* Each round writes into new directories: replacing files would time the file
	 * system's freeing of the old ones too. */
	mkdir(argv[2], 0777);
	static const char *const names[] = {
		"encode",
		"PNG in memory",
		"files, new directory (no rename)",
		"files, existing directory (rename)",
		"files, one fsync each instead",
	};
	static const char *const kinds[] = { "private", "batch", "each" };
	double t[5][2][50]; /* phase, wall or cpu, round */
	size_t bytes = 0;
	for (int r = 0; r < rounds; r++) {
		int fds[3];
		for (int k = 0; k < 3; k++) {
			char path[4096];
			snprintf(path, sizeof(path), "%s/%s-%d", argv[2], kinds[k], r);
			mkdir(path, 0777);
			if ((fds[k] = open(path, O_RDONLY | O_DIRECTORY)) < 0)
				fail("opening an output directory");
		}
		struct stamp s[5];
		s[0] = encode_all();
		s[1] = render_all(&bytes);
		/* Each file phase starts with everything written back (see run.sh). */
		sync();
		s[2] = write_batch(fds[0], 1);
		sync();
		s[3] = write_batch(fds[1], 0);
		sync();
		s[4] = write_each(fds[2]);
		for (int i = 0; i < 5; i++) {
			t[i][0][r] = s[i].wall / (double)n * 1e6;
			t[i][1][r] = s[i].cpu / (double)n * 1e6;
		}
		for (int k = 0; k < 3; k++)
			close(fds[k]);
	}
	double m[5][2], total[2] = { 0, 0 };
	for (int i = 0; i < 5; i++)
		for (int c = 0; c < 2; c++) {
			m[i][c] = median(t[i][c], rounds);
			if (i < 3)
				total[c] += m[i][c];
		}
	printf("codes %zu, rounds %d, average PNG %zu bytes; us per code, median of rounds\n", n,
	       rounds, bytes / n);
	printf("%-36s %8s %6s %8s %6s\n", "phase, one thread", "wall", "", "cpu", "");
	for (int i = 0; i < 3; i++)
		printf("%-36s %8.1f %5.1f%% %8.1f %5.1f%%\n", names[i], m[i][0],
		       100 * m[i][0] / total[0], m[i][1], 100 * m[i][1] / total[1]);
	printf("%-36s %8.1f %6s %8.1f\n", "total", total[0], "", total[1]);
	for (int i = 3; i < 5; i++)
		printf("%-36s %8.1f %5.1fx %8.1f %5.1fx\n", names[i], m[i][0], m[i][0] / m[2][0],
		       m[i][1], m[i][1] / m[2][1]);
	for (size_t i = 0; i < n; i++) {
		campaign_qr_free(codes[i]);
		campaign_buf_dispose(&pngs[i]);
		free(urls[i]);
	}
	return 0;
}
