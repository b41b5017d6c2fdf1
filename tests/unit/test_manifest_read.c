/*
 * manifest.json read placement by placement (lib/plan/manifest_read.c):
 * every placement of a manifest laid out as ours, in order, whatever its
 * white space; anything else is left to the whole read, which names what
 * is wrong, never half walked as if it were right.
 */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "plan/manifest_read.h"

struct seen {
	char ids[8][16];
	size_t count;
	size_t stop_at; /* 1-based; 0: never */
	const char *text;
};

static int
collect(void *ctx, json_t *p, size_t i, size_t offset)
{
	struct seen *s = ctx;
	ASSERT_INT_EQ(i, s->count);
	/* Where the placement starts, for a message that points at it. */
	ASSERT_INT_EQ(s->text[offset], '{');
	const char *id = json_string_value(json_object_get(p, "id"));
	snprintf(s->ids[s->count % 8], sizeof(s->ids[0]), "%s", id ? id : "-");
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

int
main(void)
{
	RUN(test_manifest_read__walks_each_placement_in_order);
	RUN(test_manifest_read__leaves_anything_else_to_the_whole_read);
	return harness_done();
}
