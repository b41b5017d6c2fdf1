#include "harness.h"

#include <stdarg.h>
#include <stdlib.h>

jmp_buf harness_jump;
int harness_failed_current;

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
	if (setjmp(harness_jump) == 0)
		fn();
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
	printf("1..%d\n", tests_run);
	if (tests_failed)
		printf("# %d of %d failed\n", tests_failed, tests_run);
	return tests_failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
