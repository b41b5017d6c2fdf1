#include "fuzz_util.h"

#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "campaign/campaign.h"
#include "util/utf8.h"

void
fuzz_fail(const char *file, int line, const char *what)
{
	fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, what);
	abort();
}

char *
fuzz_strndup(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

size_t
fuzz_split(const uint8_t *data, size_t size, char **parts, size_t max)
{
	size_t n = 0, start = 0;
	for (size_t i = 0; i <= size && n < max; i++) {
		/* The last part takes the rest, NULs included (they end its C string early). */
		if (i == size || (data[i] == '\0' && n + 1 < max)) {
			parts[n++] = fuzz_strndup(data + start, i - start);
			start = i + 1;
		}
	}
	size_t present = n;
	while (n < max)
		parts[n++] = fuzz_strndup((const uint8_t *)"", 0);
	return present;
}

void
fuzz_free_parts(char **parts, size_t max)
{
	for (size_t i = 0; i < max; i++)
		free(parts[i]);
}

static char scratch[64];

static int
remove_one(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st;
	(void)type;
	(void)ftw;
	remove(path);
	return 0;
}

void
fuzz_remove_tree(const char *path)
{
	nftw(path, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

static void
remove_scratch(void)
{
	if (scratch[0])
		fuzz_remove_tree(scratch);
}

const char *
fuzz_scratch_dir(void)
{
	if (!scratch[0]) {
		const char *tmp = getenv("TMPDIR");
		snprintf(scratch, sizeof(scratch), "%s/campaign-fuzz.XXXXXX",
		         tmp && *tmp && strlen(tmp) < 32 ? tmp : "/tmp");
		if (!mkdtemp(scratch)) {
			perror("mkdtemp");
			abort();
		}
		atexit(remove_scratch);
	}
	return scratch;
}

const char *
fuzz_write_scratch(const char *name, const void *data, size_t len)
{
	static char path[128];
	snprintf(path, sizeof(path), "%s/%s", fuzz_scratch_dir(), name);
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
		perror(path);
		abort();
	}
	return path;
}

void
fuzz_detach_stdin(void)
{
	int fd = open("/dev/null", O_RDONLY);
	if (fd >= 0 && fd != 0) {
		dup2(fd, 0);
		close(fd);
	}
}

void
fuzz_check_diags(const campaign_diags *diags, int rc)
{
	static int verbose = -1;
	if (verbose < 0)
		verbose = getenv("FUZZ_VERBOSE") != NULL;
	if (verbose)
		fprintf(stderr, "status %d\n", rc);
	FUZZ_CHECK((rc == CAMPAIGN_OK) == (campaign_diags_error_count(diags) == 0));
	for (size_t i = 0; i < campaign_diags_count(diags); i++) {
		const campaign_diag *d = campaign_diags_get(diags, i);
		const char *m = d->message;
		if (verbose)
			fprintf(stderr, "%s:%lu:%lu: %s\n", d->file ? d->file : "-", d->line,
			        d->column, m ? m : "(null)");
		FUZZ_CHECK(m && m[0]);
		FUZZ_CHECK(campaign__utf8_validate(m, strlen(m)) == strlen(m));
	}
}
