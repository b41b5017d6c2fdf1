/*
 * A small unit-test harness: typed assertions that print both values and the
 * place they were checked, and TAP output that meson reads (protocol: 'tap').
 *
 *   static void test_utm__encodes_space(void) { ASSERT_STR_EQ(got, "a%20b"); }
 *   int main(void) { RUN(test_utm__encodes_space); return harness_done(); }
 *
 * A failed assertion ends the current test (longjmp), marks it "not ok" and
 * the run goes on with the next one. A test that checked no assertion is
 * "not ok" too, and so is a program that ran no test: either passing would
 * prove nothing. A check made without these macros (harness_fail() on its own
 * condition) says it was made with HARNESS_CHECKED().
 */
#ifndef CAMPAIGN_TESTS_HARNESS_H
#define CAMPAIGN_TESTS_HARNESS_H

#include <setjmp.h>
#include <stdio.h>
#include <string.h>

extern jmp_buf harness_jump;
extern int harness_failed_current;
extern long harness_checks;

void harness_fail(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4), noreturn));
void harness_run(const char *name, void (*fn)(void));
int harness_done(void);

#define RUN(fn) harness_run(#fn, fn)

/* One check made, passed or not (every ASSERT_ macro counts itself). */
#define HARNESS_CHECKED() (harness_checks++)

#define ASSERT_TRUE(cond)                                                      \
	do {                                                                   \
		HARNESS_CHECKED();                                             \
		if (!(cond))                                                   \
			harness_fail(__FILE__, __LINE__, "expected true: %s", #cond); \
	} while (0)

#define ASSERT_INT_EQ(got, want)                                               \
	do {                                                                   \
		HARNESS_CHECKED();                                             \
		long long got_ = (long long)(got), want_ = (long long)(want);  \
		if (got_ != want_)                                             \
			harness_fail(__FILE__, __LINE__, "%s == %lld, expected %lld", #got, \
			             got_, want_);                                 \
	} while (0)

#define ASSERT_STR_EQ(got, want)                                               \
	do {                                                                   \
		HARNESS_CHECKED();                                             \
		const char *got_ = (got), *want_ = (want);                     \
		if (!got_ || !want_ || strcmp(got_, want_) != 0)               \
			harness_fail(__FILE__, __LINE__, "%s\n#   got:      \"%s\"\n#   expected: \"%s\"", \
			             #got, got_ ? got_ : "(null)", want_ ? want_ : "(null)"); \
	} while (0)

#define ASSERT_NULL(p)                                                         \
	do {                                                                   \
		HARNESS_CHECKED();                                             \
		if ((p) != NULL)                                               \
			harness_fail(__FILE__, __LINE__, "expected NULL: %s", #p); \
	} while (0)

#define ASSERT_NOT_NULL(p)                                                     \
	do {                                                                   \
		HARNESS_CHECKED();                                             \
		if ((p) == NULL)                                               \
			harness_fail(__FILE__, __LINE__, "expected non-NULL: %s", #p); \
	} while (0)

#endif
