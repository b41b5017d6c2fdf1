/*
 * Hashtags: campaign_hashtag_make() from fuzzed text, a fuzzed `taken`
 * list (campaign_hashtag_set_add_list()) and campaign_hashtag_make_unique()
 * against it.
 *
 * Input: NUL-separated parts: options, text, taken list. The options' first
 * byte picks the style (bit 0) and the script (bit 1); the second byte, when
 * present, max_length (1 to 200; 0 means the default 30).
 *
 * Invariants: a tag starts with '#', has at most max_length code points
 * after it and no space, punctuation other than '_' or control character
 * (and only ASCII in the Latin script), no character that shows nothing
 * and no letter in another typeface or width (issue 16);
 * it equals itself, and itself with a character that shows nothing inside; in lower style, making a tag from a tag changes nothing;
 * two tags made unique from the same tag differ, are both in the set
 * afterwards, and keep within max_length.
 */
#include <stdlib.h>
#include <string.h>

#include "campaign/campaign.h"
#include "fuzz_util.h"
#include "text/unichar.h"
#include "util/utf8.h"

static void
check_tag(const char *tag, const campaign_hashtag_options *o)
{
	size_t max_length = o->max_length;
	FUZZ_CHECK(tag[0] == '#');
	size_t len = strlen(tag);
	FUZZ_CHECK(campaign__utf8_validate(tag, len) == len);
	FUZZ_CHECK(campaign__utf8_count(tag + 1, len - 1) <= max_length);
	int keep = o->script == CAMPAIGN_HASHTAG_SCRIPT_KEEP;
	for (const unsigned char *p = (const unsigned char *)tag + 1; *p; p++)
		FUZZ_CHECK((*p >= 0x80 && keep) || *p == '_' || (*p >= '0' && *p <= '9') ||
		           ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z'));
	FUZZ_CHECK(campaign_hashtag_equal(tag, tag));
	for (const char *p = tag + 1; *p;) {
		uint32_t cp;
		p += campaign__utf8_decode((const unsigned char *)p, strlen(p), &cp);
		FUZZ_CHECK(!campaign__unichar_is_ignorable(cp));
		FUZZ_CHECK(campaign__unichar_unstyled(cp) == cp);
	}
	/* U+034F COMBINING GRAPHEME JOINER after the '#': the same tag to a reader. */
	char *hidden = malloc(len + 3);
	if (!hidden)
		abort();
	memcpy(hidden, "#\xcd\x8f", 3);
	memcpy(hidden + 3, tag + 1, len);
	FUZZ_CHECK(campaign_hashtag_equal(tag, hidden));
	free(hidden);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *parts[3];
	fuzz_split(data, size, parts, 3);
	campaign_hashtag_options o = CAMPAIGN_HASHTAG_OPTIONS_INIT;
	unsigned char flags = (unsigned char)parts[0][0];
	o.style = flags & 1 ? CAMPAIGN_HASHTAG_STYLE_LOWER : CAMPAIGN_HASHTAG_STYLE_CAMEL;
	o.script = flags & 2 ? CAMPAIGN_HASHTAG_SCRIPT_LATIN : CAMPAIGN_HASHTAG_SCRIPT_KEEP;
	if (flags && parts[0][1])
		o.max_length = (unsigned char)parts[0][1] % CAMPAIGN_HASHTAG_MAX_LENGTH_LIMIT + 1;

	campaign_diags *diags = NULL;
	if (campaign_diags_new(&diags) != CAMPAIGN_OK)
		abort();
	campaign_hashtag_set *set = NULL;
	if (campaign_hashtag_set_new(&set) != CAMPAIGN_OK)
		abort();
	int rc = campaign_hashtag_set_add_list(set, parts[2], strlen(parts[2]), "taken.txt", diags);
	fuzz_check_diags(diags, rc);

	campaign_buf tag = CAMPAIGN_BUF_INIT;
	campaign_diags_clear(diags);
	rc = campaign_hashtag_make(&tag, parts[1], &o, diags);
	fuzz_check_diags(diags, rc);
	if (rc == CAMPAIGN_OK) {
		check_tag(tag.ptr, &o);
		if (o.style == CAMPAIGN_HASHTAG_STYLE_LOWER) {
			campaign_buf again = CAMPAIGN_BUF_INIT;
			rc = campaign_hashtag_make(&again, tag.ptr + 1, &o, NULL);
			FUZZ_CHECK(rc == CAMPAIGN_OK);
			FUZZ_CHECK(strcmp(again.ptr, tag.ptr) == 0);
			campaign_buf_dispose(&again);
		}
		campaign_buf u1 = CAMPAIGN_BUF_INIT, u2 = CAMPAIGN_BUF_INIT;
		size_t max = o.max_length;
		int r1 = campaign_hashtag_make_unique(&u1, tag.ptr, set, max, NULL);
		int r2 = r1 ? r1 : campaign_hashtag_make_unique(&u2, tag.ptr, set, max, NULL);
		if (r1 == CAMPAIGN_OK) {
			check_tag(u1.ptr, &o);
			FUZZ_CHECK(campaign_hashtag_set_contains(set, u1.ptr));
		}
		if (r1 == CAMPAIGN_OK && r2 == CAMPAIGN_OK) {
			check_tag(u2.ptr, &o);
			FUZZ_CHECK(!campaign_hashtag_equal(u1.ptr, u2.ptr));
			FUZZ_CHECK(campaign_hashtag_set_contains(set, u2.ptr));
		}
		campaign_buf_dispose(&u1);
		campaign_buf_dispose(&u2);
	}
	campaign_buf_dispose(&tag);
	campaign_hashtag_set_free(set);
	campaign_diags_free(diags);
	fuzz_free_parts(parts, 3);
	return 0;
}
