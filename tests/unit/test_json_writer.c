/*
 * The manifest's JSON writer: byte for byte what jansson's json_dumps()
 * writes for the same values (JSON_INDENT(2) | JSON_PRESERVE_ORDER), since
 * manifests written before it must not change; and text that is not UTF-8
 * refused, as json_string() refuses it.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "harness.h"
#include "util/json_writer.h"

/* jansson's text for one string value. */
static char *
jansson_string(const char *s)
{
	json_t *v = json_string(s);
	if (!v)
		return NULL;
	char *text = json_dumps(v, JSON_ENCODE_ANY);
	json_decref(v);
	return text;
}

static void
assert_as_jansson(const char *s)
{
	char *want = jansson_string(s);
	ASSERT_NOT_NULL(want);
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	ASSERT_INT_EQ(campaign__json_string(&b, s), CAMPAIGN_OK);
	ASSERT_STR_EQ(campaign__strbuf_cstr(&b), want);
	campaign__strbuf_free(&b);
	free(want);
}

static void
test_json_string__escapes_every_ascii_character_as_jansson(void)
{
	for (int c = 1; c < 0x80; c++) {
		char alone[2] = { (char)c, 0 };
		char inside[8] = { 'a', (char)c, 'b', (char)c, 0 };
		assert_as_jansson(alone);
		assert_as_jansson(inside);
	}
	assert_as_jansson("");
}

static void
test_json_string__keeps_other_characters_as_they_are(void)
{
	/* é, a combining mark, Cyrillic, U+2028, the BOM, an emoji beyond the BMP, U+10FFFF */
	static const char *const texts[] = {
		"caf\xC3\xA9", "e\xCC\x81", "\xD0\x9C\xD0\xB8\xD1\x80", "a\xE2\x80\xA8\x62", /* \x62: b, which a hex escape would swallow */
		"\xEF\xBB\xBF", "\xF0\x9F\x98\x80 party", "\xF4\x8F\xBF\xBF", "\xC2\x85 C1 \xC2\x9F",
		"q\"uo\\te\"\n\t\x01", "https://example.org/a?b=c&d=%20#f",
	};
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		assert_as_jansson(texts[i]);
}

static void
test_json_string__refuses_text_that_is_not_utf8(void)
{
	/* cut short, a lone continuation, overlong, a surrogate, above U+10FFFF, 0xFF */
	static const char *const bad[] = {
		"ab\xC3", "\x80", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "x\xFFy",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		ASSERT_NULL(jansson_string(bad[i])); /* the reference refuses it too */
		struct strbuf b;
		campaign__strbuf_init(&b, 0);
		campaign__strbuf_adds(&b, "[");
		ASSERT_INT_EQ(campaign__json_string(&b, bad[i]), CAMPAIGN_EINVALID);
		ASSERT_STR_EQ(campaign__strbuf_cstr(&b), "["); /* nothing appended */
		campaign__strbuf_free(&b);
	}
}

/* The object {a, inner {x, y}, empty {}, z} both ways, at depth `base` of a document. */
static void
test_json_writer__objects_as_jansson_indents_them(void)
{
	json_t *o = json_object(), *inner = json_object();
	json_object_set_new(o, "a", json_string("1\n"));
	json_object_set_new(inner, "x", json_string("\xD0\xB6"));
	json_object_set_new(inner, "y", json_string("\""));
	json_object_set_new(o, "inner", inner);
	json_object_set_new(o, "empty", json_object());
	json_object_set_new(o, "z", json_string(""));
	char *want = json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(o);
	ASSERT_NOT_NULL(want);
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	struct json_writer w;
	campaign__json_writer_init(&w, &b, 0);
	campaign__json_begin_object(&w);
	campaign__json_member_string(&w, "a", "1\n");
	campaign__json_member_string(&w, "absent", NULL); /* written as jansson's missing key */
	campaign__json_member_object(&w, "inner");
	campaign__json_member_string(&w, "x", "\xD0\xB6");
	campaign__json_member_string(&w, "y", "\"");
	campaign__json_end_object(&w);
	campaign__json_member_object(&w, "empty");
	campaign__json_end_object(&w);
	campaign__json_member_string(&w, "z", "");
	campaign__json_end_object(&w);
	ASSERT_INT_EQ(w.status, CAMPAIGN_OK);
	ASSERT_STR_EQ(campaign__strbuf_cstr(&b), want);
	free(want);

	/* At depth 2 every line after the first is indented 4 more spaces. */
	campaign__strbuf_reset(&b);
	campaign__json_writer_init(&w, &b, 2);
	campaign__json_begin_object(&w);
	campaign__json_member_string(&w, "id", "p");
	campaign__json_end_object(&w);
	ASSERT_STR_EQ(campaign__strbuf_cstr(&b), "{\n      \"id\": \"p\"\n    }");
	campaign__strbuf_free(&b);
}

static void
test_json_writer__fails_on_bad_text_and_misuse(void)
{
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	struct json_writer w;
	campaign__json_writer_init(&w, &b, 0);
	campaign__json_member_string(&w, "outside", "any object"); /* no object open */
	ASSERT_INT_EQ(w.status, CAMPAIGN_EINVALID);
	campaign__json_writer_init(&w, &b, 0);
	campaign__json_begin_object(&w);
	campaign__json_member_string(&w, "bad", "\xC3(");
	campaign__json_member_string(&w, "good", "after");
	campaign__json_end_object(&w);
	ASSERT_INT_EQ(w.status, CAMPAIGN_EINVALID); /* the first failure stays */
	campaign__strbuf_free(&b);
}

int
main(void)
{
	RUN(test_json_string__escapes_every_ascii_character_as_jansson);
	RUN(test_json_string__keeps_other_characters_as_they_are);
	RUN(test_json_string__refuses_text_that_is_not_utf8);
	RUN(test_json_writer__objects_as_jansson_indents_them);
	RUN(test_json_writer__fails_on_bad_text_and_misuse);
	return harness_done();
}
