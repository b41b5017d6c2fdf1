/*
 * What the fuzz targets share: NUL-terminated copies of the input, splitting
 * it into parts at NUL bytes (the parsers refuse NUL, so a NUL never hides a
 * case they must see), a private scratch directory for the targets that read
 * or write files, and a check that aborts, so a broken invariant is a crash
 * libFuzzer reports and the standalone driver fails on.
 */
#ifndef CAMPAIGN_FUZZ_UTIL_H
#define CAMPAIGN_FUZZ_UTIL_H

#include <stddef.h>
#include <stdint.h>

/* The entry points libFuzzer (or standalone_driver.c) calls. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#define FUZZ_CHECK(cond)                                                       \
	do {                                                                   \
		if (!(cond))                                                   \
			fuzz_fail(__FILE__, __LINE__, #cond);                  \
	} while (0)

void fuzz_fail(const char *file, int line, const char *what) __attribute__((noreturn));

/* A malloc'd NUL-terminated copy of data[0, size); aborts when out of memory. */
char *fuzz_strndup(const uint8_t *data, size_t size);

/*
 * Splits data at NUL bytes into at most max parts, each a malloc'd C string
 * (missing parts are ""). Returns the number of parts present. Free with
 * fuzz_free_parts().
 */
size_t fuzz_split(const uint8_t *data, size_t size, char **parts, size_t max);
void fuzz_free_parts(char **parts, size_t max);

/*
 * A scratch directory of this process, made on first use and removed at
 * exit. Its contents are the caller's to manage.
 */
const char *fuzz_scratch_dir(void);

/* Writes a file into the scratch directory (aborts on failure); returns its path. */
const char *fuzz_write_scratch(const char *name, const void *data, size_t len);

/* Removes path and everything below it (never following symbolic links). */
void fuzz_remove_tree(const char *path);

/*
 * Checks what every call that reports problems promises: it failed exactly
 * when it reported an error (rc is its status), and every message is
 * non-empty UTF-8 (the CLI prints them as they are, escaping only control
 * characters). With FUZZ_VERBOSE set in the environment, prints
 * the status and the diagnostics, to see what an input does.
 */
struct campaign_diags;
void fuzz_check_diags(const struct campaign_diags *diags, int rc);

/* Makes stdin /dev/null, so an input naming /dev/stdin cannot hang a run. */
void fuzz_detach_stdin(void);

#endif
