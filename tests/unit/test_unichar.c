/* Characters that change printed text without being seen: classes and names. */
#include <string.h>

#include "harness.h"
#include "text/unichar.h"

static void
test_unichar__classes_what_reorders_or_hides_text(void)
{
	ASSERT_INT_EQ(campaign__unichar_hazard('a'), UNICHAR_PLAIN);
	ASSERT_INT_EQ(campaign__unichar_hazard(0x0430), UNICHAR_PLAIN);  /* Cyrillic а */
	ASSERT_INT_EQ(campaign__unichar_hazard(0x0301), UNICHAR_PLAIN);  /* combining acute */
	ASSERT_INT_EQ(campaign__unichar_hazard('\t'), UNICHAR_PLAIN);
	ASSERT_INT_EQ(campaign__unichar_hazard('\n'), UNICHAR_PLAIN);
	ASSERT_INT_EQ(campaign__unichar_hazard(0x1B), UNICHAR_CONTROL);
	ASSERT_INT_EQ(campaign__unichar_hazard(0x7F), UNICHAR_CONTROL);
	ASSERT_INT_EQ(campaign__unichar_hazard(0x85), UNICHAR_CONTROL);  /* NEL, C1 */
	ASSERT_INT_EQ(campaign__unichar_hazard(0x202E), UNICHAR_BIDI_CONTROL);
	ASSERT_INT_EQ(campaign__unichar_hazard(0x202A), UNICHAR_BIDI_CONTROL);
	ASSERT_INT_EQ(campaign__unichar_hazard(0x2066), UNICHAR_BIDI_CONTROL);
	ASSERT_INT_EQ(campaign__unichar_hazard(0x2069), UNICHAR_BIDI_CONTROL);
	ASSERT_INT_EQ(campaign__unichar_hazard(0x200E), UNICHAR_BIDI_MARK);
	ASSERT_INT_EQ(campaign__unichar_hazard(0x200F), UNICHAR_BIDI_MARK);
	ASSERT_INT_EQ(campaign__unichar_hazard(0x061C), UNICHAR_BIDI_MARK);
	ASSERT_INT_EQ(campaign__unichar_hazard(0x200B), UNICHAR_INVISIBLE);
	ASSERT_INT_EQ(campaign__unichar_hazard(0x200D), UNICHAR_INVISIBLE);
	ASSERT_INT_EQ(campaign__unichar_hazard(0x00AD), UNICHAR_INVISIBLE);
	ASSERT_INT_EQ(campaign__unichar_hazard(0xFEFF), UNICHAR_INVISIBLE);
	ASSERT_INT_EQ(campaign__unichar_hazard(0xE0041), UNICHAR_INVISIBLE); /* tag A */
	ASSERT_INT_EQ(campaign__unichar_hazard(0x2028), UNICHAR_INVISIBLE);
	ASSERT_INT_EQ(campaign__unichar_hazard(0x3164), UNICHAR_INVISIBLE);  /* Hangul filler */
}

static void
test_unichar__names_the_character(void)
{
	char buf[UNICHAR_DESCRIBE_MAX];
	ASSERT_STR_EQ(campaign__unichar_describe(0x202E, buf), "U+202E RIGHT-TO-LEFT OVERRIDE");
	ASSERT_STR_EQ(campaign__unichar_describe(0x0456, buf),
	              "U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I");
	/* Code points without a name say what they are, as Unicode labels them. */
	ASSERT_STR_EQ(campaign__unichar_describe(0xFFFE, buf), "U+FFFE <noncharacter>");
	ASSERT_STR_EQ(campaign__unichar_describe(0xFFFF, buf), "U+FFFF <noncharacter>");
	ASSERT_STR_EQ(campaign__unichar_describe(0xFDD0, buf), "U+FDD0 <noncharacter>");
	ASSERT_STR_EQ(campaign__unichar_describe(0x1FFFE, buf), "U+1FFFE <noncharacter>");
	ASSERT_STR_EQ(campaign__unichar_describe(0x10FFFF, buf), "U+10FFFF <noncharacter>");
	ASSERT_STR_EQ(campaign__unichar_describe(0xE000, buf), "U+E000 <private-use>");
	ASSERT_STR_EQ(campaign__unichar_describe(0xD800, buf), "U+D800 <surrogate>");
	ASSERT_STR_EQ(campaign__unichar_describe(0x0378, buf), "U+0378 <unassigned>");
}

static void
test_unichar__finds_the_first_from_a_level(void)
{
	const char *s = "a\u200bb\u200fc\u202ed";
	uint32_t cp = 0;
	ASSERT_INT_EQ(campaign__unichar_find(s, strlen(s), UNICHAR_INVISIBLE, &cp), 1);
	ASSERT_INT_EQ(cp, 0x200B);
	ASSERT_INT_EQ(campaign__unichar_find(s, strlen(s), UNICHAR_BIDI_MARK, &cp), 5);
	ASSERT_INT_EQ(cp, 0x200F);
	ASSERT_INT_EQ(campaign__unichar_find(s, strlen(s), UNICHAR_BIDI_CONTROL, &cp), 9);
	ASSERT_INT_EQ(cp, 0x202E);
	ASSERT_INT_EQ(campaign__unichar_find("plain", 5, UNICHAR_INVISIBLE, &cp), -1);
}

int
main(void)
{
	RUN(test_unichar__classes_what_reorders_or_hides_text);
	RUN(test_unichar__names_the_character);
	RUN(test_unichar__finds_the_first_from_a_level);
	return harness_done();
}
