/*
 * manifest.json read placement by placement (lib/plan/manifest_read.c):
 * every placement of a manifest laid out as ours, in order, whatever its
 * white space; anything else is left to the whole read, which names what
 * is wrong, never half walked as if it were right.
 */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "campaign/status.h"
#include "plan/manifest_read.h"
#include "plan/manifest_values.h"

struct seen {
	char ids[8][16];
	int by_jansson[8]; /* whether placement i was parsed by jansson, not read as plain */
	size_t count;
	size_t stop_at; /* 1-based; 0: never */
	const char *text;
};

static int
collect(void *ctx, json_t *p, const struct manifest_placement *v, size_t i, size_t offset)
{
	struct seen *s = ctx;
	ASSERT_INT_EQ(i, s->count);
	/* Where the placement starts, for a message that points at it. */
	ASSERT_INT_EQ(s->text[offset], '{');
	/* Parsed by jansson, the values are its tree's; read as plain, there is no tree. */
	if (p)
		ASSERT_TRUE(v->id == json_string_value(json_object_get(p, "id")));
	s->by_jansson[s->count % 8] = p != NULL;
	snprintf(s->ids[s->count % 8], sizeof(s->ids[0]), "%s", v->id ? v->id : "-");
	s->count++;
	return s->stop_at && s->count == s->stop_at;
}

static enum manifest_read_result
walk(const char *text, struct seen *s)
{
	memset(s, 0, sizeof(*s));
	s->text = text;
	return campaign__manifest_each_placement(text, strlen(text), collect, s);
}

static void
test_manifest_read__walks_each_placement_in_order(void)
{
	struct seen s;
	ASSERT_INT_EQ(walk("{\n  \"campaign\": {\"name\": \"x\"},\n  \"generator\": \"g\",\n"
	                   "  \"placements\": [\n    {\"id\": \"a\", \"utm\": {}},\n    {\"id\": \"b\"}\n  ],\n"
	                   "  \"withdrawn\": [{\"id\": \"c\"}]\n}\n", &s),
	              MANIFEST_READ_OK);
	ASSERT_INT_EQ(s.count, 2);
	ASSERT_STR_EQ(s.ids[0], "a");
	ASSERT_STR_EQ(s.ids[1], "b");
	/* Compact, and with every kind of JSON white space. */
	ASSERT_INT_EQ(walk("{\"placements\":[{\"id\":\"a\"},{\"id\":\"b\"},{\"id\":\"c\"}]}", &s), MANIFEST_READ_OK);
	ASSERT_INT_EQ(s.count, 3);
	ASSERT_INT_EQ(walk(" \r\n\t{ \"placements\" :\t[ ] , \"x\" : \"y\" }\r\n ", &s), MANIFEST_READ_OK);
	ASSERT_INT_EQ(s.count, 0);
	ASSERT_INT_EQ(walk("{\"placements\": [{\"id\": \"a\"}, {\"id\": \"b\"}]}", &s), MANIFEST_READ_OK);
	memset(&s, 0, sizeof(s));
	s.stop_at = 1;
	s.text = "{\"placements\": [{\"id\": \"a\"}, {\"id\": \"b\"}]}";
	ASSERT_INT_EQ(campaign__manifest_each_placement("{\"placements\": [{\"id\": \"a\"}, {\"id\": \"b\"}]}",
	                                                42, collect, &s),
	              MANIFEST_READ_STOPPED);
	ASSERT_INT_EQ(s.count, 1);
}

/*
 * The layout a build writes is read without jansson; anything it does not
 * write (an escape, deeper objects, a number) goes through jansson, with
 * the same values.
 */
static void
test_manifest_read__plain_layout_and_the_rest(void)
{
	struct seen s;
	ASSERT_INT_EQ(walk("{\"placements\": [\n"
	                   "    {\n      \"id\": \"a\",\n      \"utm\": {\n        \"source\": \"s\"\n      },\n"
	                   "      \"url\": \"https://x.org/?utm_source=s\",\n      \"files\": {},\n"
	                   "      \"made_from\": \"m\"\n    },\n"
	                   "    {\"id\": \"\\u00e9t\\u00e9\"},\n"          /* an escape */
	                   "    {\"id\": \"d\", \"files\": {\"x\": {\"y\": \"z\"}}},\n" /* deeper */
	                   "    {\"id\": 5},\n"                              /* not a string */
	                   "    {\"id\": \"\xC3\xA9t\xC3\xA9\", \"utm\": {\"a\": \"1\", \"b\": \"2\"}},\n"
	                   "    {\"id\": \"f\", \"utm\": {\"a\": \"1\", \"a\": \"2\"}}\n"  /* a key twice */
	                   "]}", &s),
	              MANIFEST_READ_OTHER);
	ASSERT_INT_EQ(s.count, 5); /* the sixth is refused by jansson: the whole read reports it */
	static const char *const ids[] = { "a", "\xC3\xA9t\xC3\xA9", "d", "-", "\xC3\xA9t\xC3\xA9" };
	static const int by_jansson[] = { 0, 1, 1, 1, 0 };
	for (size_t i = 0; i < 5; i++) {
		ASSERT_STR_EQ(s.ids[i], ids[i]);
		ASSERT_INT_EQ(s.by_jansson[i], by_jansson[i]);
	}
}

static void
test_manifest_read__leaves_anything_else_to_the_whole_read(void)
{
	static const char *const other[] = {
		"",
		"[]",
		"{}",
		"{\"campaign\": {}}",                               /* no placements */
		"{\"placements\": 3}",
		"{\"placements\": {}}",
		"{\"placements\": [], \"placements\": []}",           /* a key twice */
		"{\"placements\": [{\"id\": \"a\", \"id\": \"b\"}]}", /* inside a placement */
		"{\"placements\": [{\"id\": \"a\",}]}",               /* a syntax error */
		"{\"placements\": [{\"id\": \"a\"} {\"id\": \"b\"}]}",
		"{\"placements\": [{\"id\": \"a\"}]",                 /* cut short */
		"{\"placements\": [{\"id\": \"a\"}]} x",              /* text after it */
		"{\"placements\": [], \"count\": 5}",                 /* a number member */
		"{\"placements\": [], }",
		"{\"placements\": [1]}",
		"\xEF\xBB\xBF{\"placements\": []}",                   /* a byte order mark */
		"{\"placements\": [{\"id\": \"a\xC3\"}]}",            /* not UTF-8 */
		"{\"a\":\"\",\"b\":\"\",\"c\":\"\",\"d\":\"\",\"e\":\"\",\"f\":\"\",\"g\":\"\",\"h\":\"\","
		"\"i\":\"\",\"j\":\"\",\"k\":\"\",\"l\":\"\",\"m\":\"\",\"n\":\"\",\"o\":\"\",\"p\":\"\","
		"\"placements\": []}",                              /* more keys than ours */
	};
	for (size_t i = 0; i < sizeof(other) / sizeof(other[0]); i++) {
		struct seen s;
		if (walk(other[i], &s) != MANIFEST_READ_OTHER)
			harness_fail(__FILE__, __LINE__, "walked as a manifest: '%s'", other[i]);
		HARNESS_CHECKED();
	}
}

/*
 * Two placements under one value: sorted by hash to be found, reported as
 * when sorted by the values themselves (the first value in byte order
 * found twice, at its first two places), whatever the hashes' order ("e"
 * comes before "a" by FNV-1a).
 */
static void
test_manifest_values__the_first_value_found_twice_is_reported(void)
{
	static const char *const values[] = { "e", "a", NULL, "e", "a", "c", "a" };
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	ASSERT_INT_EQ(campaign__manifest_check_unique(values, 7, "id", "m.json", d), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_diags_count(d), 1);
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->message,
	              "damaged manifest: placements 2 and 5 have one id, 'a': a build never writes that; "
	              "build again to write the manifest afresh");
	static const char *const once[] = { "x", NULL, "y", NULL };
	ASSERT_INT_EQ(campaign__manifest_check_unique(once, 4, "id", "m.json", d), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_diags_count(d), 1);
	campaign_diags_free(d);
}

int
main(void)
{
	RUN(test_manifest_read__walks_each_placement_in_order);
	RUN(test_manifest_read__plain_layout_and_the_rest);
	RUN(test_manifest_values__the_first_value_found_twice_is_reported);
	RUN(test_manifest_read__leaves_anything_else_to_the_whole_read);
	return harness_done();
}
