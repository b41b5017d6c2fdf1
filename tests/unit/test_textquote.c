/* User text quoted in diagnostics: shortened, and safe to print on a terminal. */
#include "harness.h"
#include "text/textquote.h"

static void
test_textquote__copies_short_text_as_is(void)
{
	char q[64];
	ASSERT_STR_EQ(campaign__quote_into(q, sizeof(q), "+7 495 123-45-67", 40), "+7 495 123-45-67");
	ASSERT_STR_EQ(campaign__quote_into(q, sizeof(q), "Митинг", 40), "Митинг");
	ASSERT_STR_EQ(campaign__quote_into(q, sizeof(q), "", 40), "");
}

static void
test_textquote__cuts_after_max_code_points(void)
{
	char q[64];
	ASSERT_STR_EQ(campaign__quote_into(q, sizeof(q), "abcdefgh", 5), "abcde...");
	ASSERT_STR_EQ(campaign__quote_into(q, sizeof(q), "МитингЗаЗарплату", 6), "Митинг...");
	ASSERT_STR_EQ(campaign__quote_into(q, sizeof(q), "abcde", 5), "abcde");
}

static void
test_textquote__cuts_to_fit_a_small_buffer(void)
{
	char q[10];
	/* 2-byte letters: three fit with "..." and the terminator in 10 bytes */
	ASSERT_STR_EQ(campaign__quote_into(q, sizeof(q), "ЖЖЖЖЖЖЖЖ", 40), "ЖЖЖ...");
	char r[8];
	ASSERT_STR_EQ(campaign__quote_into(r, sizeof(r), "abcdefghij", 40), "abcd...");
}

static void
test_textquote__replaces_controls_and_invalid_bytes(void)
{
	char q[64];
	ASSERT_STR_EQ(campaign__quote_into(q, sizeof(q), "a\x1b[31mb", 40), "a?[31mb");
	ASSERT_STR_EQ(campaign__quote_into(q, sizeof(q), "x\ny\tz\x7f", 40), "x?y?z?");
	ASSERT_STR_EQ(campaign__quote_into(q, sizeof(q), "\xc2\x9b" "2J", 40), "?2J"); /* C1 CSI */
	ASSERT_STR_EQ(campaign__quote_into(q, sizeof(q), "ok\xff\xc0\xaf", 40), "ok???");
}

static void
test_textquote__replaces_what_would_reorder_or_hide_the_message(void)
{
	char q[64];
	/* RLM, RLO, ZWSP, BOM: the terminal would show the quote otherwise than the text is */
	ASSERT_STR_EQ(campaign__quote_into(q, sizeof(q), "+7 \u200f(495)", 40), "+7 ?(495)");
	ASSERT_STR_EQ(campaign__quote_into(q, sizeof(q), "a\u202eb\u200bc\ufeff", 40), "a?b?c?");
	/* Letters of any script and combining marks stay */
	ASSERT_STR_EQ(campaign__quote_into(q, sizeof(q), "مرحبا é", 40), "مرحبا é");
}

int
main(void)
{
	RUN(test_textquote__copies_short_text_as_is);
	RUN(test_textquote__cuts_after_max_code_points);
	RUN(test_textquote__cuts_to_fit_a_small_buffer);
	RUN(test_textquote__replaces_controls_and_invalid_bytes);
	RUN(test_textquote__replaces_what_would_reorder_or_hide_the_message);
	return harness_done();
}
