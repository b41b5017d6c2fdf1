#include "harness.h"

#include <stdarg.h>
#include <stdlib.h>

jmp_buf harness_jump;
int harness_failed_current;
long harness_checks;

static int tests_run;
static int tests_failed;

void
harness_fail(const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	printf("#   %s:%d: ", file, line);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	harness_failed_current = 1;
	longjmp(harness_jump, 1);
}

void
harness_run(const char *name, void (*fn)(void))
{
	harness_failed_current = 0;
	tests_run++;
	long checks_before = harness_checks;
	if (setjmp(harness_jump) == 0)
		fn();
	if (!harness_failed_current && harness_checks == checks_before) {
		printf("#   %s checked nothing: a test without an assertion cannot fail\n", name);
		harness_failed_current = 1;
	}
	if (harness_failed_current) {
		tests_failed++;
		printf("not ok %d - %s\n", tests_run, name);
	} else {
		printf("ok %d - %s\n", tests_run, name);
	}
	fflush(stdout);
}

int
harness_done(void)
{
	if (tests_run == 0) {
		/* "1..0" would read as every test skipped, and a skipped test proves nothing. */
		printf("Bail out! no test ran\n");
		return EXIT_FAILURE;
	}
	printf("1..%d\n", tests_run);
	printf("# %ld checks\n", harness_checks);
	if (tests_failed)
		printf("# %d of %d failed\n", tests_failed, tests_run);
	return tests_failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
