/*
 * Where the time of `campaign qr --batch` goes, on one thread, through the
 * public API: encoding (libqrencode), rendering the PNG in memory (libpng +
 * zlib), and writing the files (temp file, one syncfs per batch, rename);
 * and, for comparison, one campaign_qr_write() per file (fsync each).
 *
 *   qr_phases URLS OUTDIR [ROUNDS]      prints one line per phase, median of ROUNDS
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <campaign/campaign.h>

#define MAX_URLS 100000

static char *urls[MAX_URLS];
static campaign_qr *codes[MAX_URLS];
static size_t n;

static double
now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
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

static double
encode_all(void)
{
	double t = now();
	for (size_t i = 0; i < n; i++) {
		campaign_qr_free(codes[i]);
		codes[i] = NULL;
		if (campaign_qr_encode(&codes[i], urls[i], strlen(urls[i]), NULL, NULL))
			fail("encode");
	}
	return now() - t;
}

static double
render_all(size_t *bytes)
{
	double t = now();
	*bytes = 0;
	for (size_t i = 0; i < n; i++) {
		campaign_buf b = CAMPAIGN_BUF_INIT;
		if (campaign_qr_render(&b, codes[i], CAMPAIGN_QR_FORMAT_PNG, NULL, NULL))
			fail("render");
		*bytes += b.size;
		campaign_buf_dispose(&b);
	}
	return now() - t;
}

static double
writer_all(int dfd)
{
	double t = now();
	campaign_qr_writer *w = NULL;
	if (campaign_qr_writer_new(&w, dfd, NULL))
		fail("writer");
	for (size_t i = 0; i < n; i++) {
		char stem[32];
		snprintf(stem, sizeof(stem), "%04zu", i + 1);
		if (campaign_qr_writer_add(w, stem, codes[i], CAMPAIGN_QR_FORMAT_PNG, NULL, NULL))
			fail("writer_add");
	}
	if (campaign_qr_writer_commit(w, NULL))
		fail("commit");
	campaign_qr_writer_free(w);
	return now() - t;
}

static double
write_each(int dfd)
{
	double t = now();
	for (size_t i = 0; i < n; i++) {
		char name[32];
		snprintf(name, sizeof(name), "%04zu.png", i + 1);
		if (campaign_qr_write(dfd, name, codes[i], CAMPAIGN_QR_FORMAT_PNG, NULL, NULL))
			fail("write");
	}
	return now() - t;
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
	char batch_dir[4096], each_dir[4096];
	snprintf(batch_dir, sizeof(batch_dir), "%s/batch", argv[2]);
	snprintf(each_dir, sizeof(each_dir), "%s/each", argv[2]);
	mkdir(argv[2], 0777);
	mkdir(batch_dir, 0777);
	mkdir(each_dir, 0777);
	int batch_fd = open(batch_dir, O_RDONLY | O_DIRECTORY);
	int each_fd = open(each_dir, O_RDONLY | O_DIRECTORY);
	if (batch_fd < 0 || each_fd < 0)
		fail("opening the output directories");
	double enc[50], ren[50], wri[50], each[50];
	size_t bytes = 0;
	for (int r = 0; r < rounds; r++) {
		enc[r] = encode_all();
		ren[r] = render_all(&bytes);
		wri[r] = writer_all(batch_fd) - ren[r]; /* the writer renders too */
		each[r] = write_each(each_fd) - ren[r];
	}
	double e = median(enc, rounds), p = median(ren, rounds), w = median(wri, rounds);
	double total = e + p + w;
	printf("codes %zu, rounds %d, average PNG %zu bytes\n", n, rounds, bytes / n);
	printf("encode (libqrencode)            %7.1f us/code  %5.1f %%\n", e / n * 1e6,
	       100 * e / total);
	printf("PNG in memory (libpng, zlib)    %7.1f us/code  %5.1f %%\n", p / n * 1e6,
	       100 * p / total);
	printf("files (temp, syncfs, rename)    %7.1f us/code  %5.1f %%\n", w / n * 1e6,
	       100 * w / total);
	printf("one thread, total               %7.1f us/code\n", total / n * 1e6);
	printf("files with one fsync per file   %7.1f us/code  (campaign_qr_write, for "
	       "comparison)\n",
	       median(each, rounds) / n * 1e6);
	for (size_t i = 0; i < n; i++) {
		campaign_qr_free(codes[i]);
		free(urls[i]);
	}
	close(batch_fd);
	close(each_fd);
	return 0;
}
