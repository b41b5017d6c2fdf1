/*
 * Combining marks stacked on one character ("zalgo" text): each is drawn
 * above or below the last, so a tall stack prints over the lines around it
 * and a hashtag made of it cannot be typed from paper.
 */
#ifndef CAMPAIGN_TEXT_MARK_STACK_H
#define CAMPAIGN_TEXT_MARK_STACK_H

#include <stddef.h>
#include <stdint.h>

/*
 * The most combining marks (general category M) one character may carry,
 * in printed text and in hashtags. No writing needs more than about six
 * (fully pointed Hebrew with cantillation, Tibetan stacks, Vedic accents);
 * Unicode's Stream-Safe Text Format allows 30, a bound for buffers, not
 * for what a reader can make out on paper. A long run is also an attack on
 * the shaper, not writing: pango took 46 s for 100,000 marks.
 */
#define MARK_STACK_MAX 8

/* Where a stack of more than MARK_STACK_MAX marks is. */
struct mark_stack {
	size_t marks;  /* how many in the stack */
	size_t at;     /* the character they sit on, counted from 1 (0: they start the text) */
	uint32_t base; /* that character (0 when at is 0) */
};

/*
 * Finds the first stack of more than MARK_STACK_MAX marks in text, valid
 * UTF-8 ending in '\0'.
 * @return 1 and *out filled, or 0 when there is none.
 */
int campaign__mark_stack_find(const char *text, struct mark_stack *out);

/* Room for campaign__mark_stack_describe(). */
#define MARK_STACK_DESCRIBE_MAX 512

/*
 * What is wrong with the stack, for a message after "the text has":
 * "17 combining marks on its character 3 (U+0065 LATIN SMALL LETTER E);
 * no writing stacks more than 8 ...". buf has MARK_STACK_DESCRIBE_MAX bytes.
 */
const char *campaign__mark_stack_describe(const struct mark_stack *s, char *buf);

#endif
