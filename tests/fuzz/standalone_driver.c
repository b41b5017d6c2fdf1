/*
 * Replays fuzz inputs without libFuzzer, so every target also runs as a
 * regression test under gcc and ASan/UBSan in the normal suite (libgit2's
 * standalone_driver.c, zstd's regression_driver.c).
 *
 *   NAME_fuzzer_replay FILE|DIR...
 *
 * Each file, and each file of each directory (sorted, not recursive), is
 * passed to LLVMFuzzerTestOneInput once. A crash is the test's failure; the
 * name of the input is printed first, so the log says which one it was. A
 * directory without an input, a path that does not exist, or no input at
 * all fails too: a replay of nothing would pass having tested nothing.
 */
#include <dirent.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

static int
run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		return -1;
	}
	size_t cap = 4096, len = 0;
	uint8_t *buf = malloc(cap);
	size_t n;
	while (buf && (n = fread(buf + len, 1, cap - len, f)) > 0) {
		len += n;
		if (len == cap) {
			uint8_t *grown = realloc(buf, cap * 2);
			if (!grown) {
				free(buf);
				buf = NULL;
				break;
			}
			buf = grown;
			cap *= 2;
		}
	}
	int bad = ferror(f) || !buf;
	fclose(f);
	if (bad) {
		fprintf(stderr, "%s: cannot read\n", path);
		free(buf);
		return -1;
	}
	fprintf(stderr, "replaying %s (%zu bytes)\n", path, len);
	/* An exact-size copy, so ASan sees a read one byte past the input. */
	uint8_t *exact = malloc(len ? len : 1);
	if (!exact) {
		free(buf);
		return -1;
	}
	memcpy(exact, buf, len);
	free(buf);
	LLVMFuzzerTestOneInput(exact, len);
	free(exact);
	return 0;
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
run_dir(const char *path, size_t *count)
{
	DIR *d = opendir(path);
	if (!d) {
		perror(path);
		return -1;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			char **grown = realloc(names, cap * sizeof(*names));
			if (!grown)
				break;
			names = grown;
		}
		size_t size = strlen(path) + strlen(e->d_name) + 2;
		names[n] = malloc(size);
		if (!names[n])
			break;
		snprintf(names[n], size, "%s/%s", path, e->d_name);
		n++;
	}
	closedir(d);
	qsort(names, n, sizeof(*names), by_name);
	int rc = 0;
	for (size_t i = 0; i < n; i++) {
		struct stat st;
		if (stat(names[i], &st) == 0 && S_ISREG(st.st_mode)) {
			if (run_file(names[i]))
				rc = -1;
			else
				(*count)++;
		}
		free(names[i]);
	}
	free(names);
	return rc;
}

int
main(int argc, char **argv)
{
	if (LLVMFuzzerInitialize)
		LLVMFuzzerInitialize(&argc, &argv);
	if (argc < 2) {
		fprintf(stderr, "usage: %s FILE|DIR...\n", argv[0]);
		return 2;
	}
	/* Only the tests' own fonts (tests/fonts.conf.in): meson test sets this. */
	if (!getenv("FONTCONFIG_FILE")) {
		fprintf(stderr, "FONTCONFIG_FILE is not set: run this through meson test, "
		                "or under meson devenv -C BUILD_DIR\n");
		return 2;
	}
	size_t count = 0;
	int rc = 0;
	for (int i = 1; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) != 0) {
			perror(argv[i]);
			rc = 1;
		} else if (S_ISDIR(st.st_mode)) {
			size_t before = count;
			if (run_dir(argv[i], &count))
				rc = 1;
			/* Each corpus counts: an empty one beside a full one tests nothing of its own. */
			if (count == before) {
				fprintf(stderr, "%s: no input in this directory\n", argv[i]);
				rc = 1;
			}
		} else if (run_file(argv[i])) {
			rc = 1;
		} else {
			count++;
		}
	}
	/* An empty corpus would make the test pass without testing anything. */
	if (count == 0) {
		fprintf(stderr, "no inputs replayed\n");
		rc = 1;
	}
	printf("%zu inputs replayed\n", count);
	return rc;
}
