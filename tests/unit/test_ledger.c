/* The ledger file: round trip, stable order, and damage reported, never reset. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "campaign/campaign.h"
#include "harness.h"
#include "build/ledger_file.h"
#include "plan/ledger.h"
#include "plan/registry.h"
#include "util/date.h"

static const char *good =
	"# libcampaign ledger 1\n"
	"# id\tevent\tissued\treleased\tphone\thashtag\turl\n"
	"b\tev\t2026-11-01\t-\t+74951234501\t#Tag\thttps://x.org/?utm_source=a\n"
	"a\tev\t2026-10-01\t2026-11-02\t+74951234502\t-\t-\n";

static void
test_ledger__round_trips_sorted_by_id(void)
{
	struct ledger l;
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	ASSERT_INT_EQ(campaign__ledger_parse(&l, good, strlen(good), "x.ledger", d), CAMPAIGN_OK);
	ASSERT_INT_EQ(l.count, 2);
	struct ledger_entry *a = campaign__ledger_find(&l, "a");
	ASSERT_NOT_NULL(a);
	long released;
	ASSERT_INT_EQ(campaign__date_parse("2026-11-02", &released), 0);
	ASSERT_INT_EQ(a->released, released);
	ASSERT_NULL(a->hashtag);
	ASSERT_STR_EQ(campaign__ledger_find(&l, "b")->phone, "+74951234501");
	ASSERT_NULL(campaign__ledger_find(&l, "c"));
	/* Format 1 is read, and written back as format 2 with the campaign it belongs to. */
	ASSERT_NULL(l.campaign);
	l.campaign = "rally";
	struct strbuf out;
	campaign__strbuf_init(&out, 0);
	ASSERT_INT_EQ(campaign__ledger_serialize(&l, &out, "x.ledger", d), CAMPAIGN_OK);
	const char *text = campaign__strbuf_cstr(&out);
	const char *head = LEDGER_MAGIC "\n# campaign: rally\n";
	ASSERT_TRUE(strncmp(text, head, strlen(head)) == 0);
	const char *line_a = strstr(text, "\na\tev\t2026-10-01\t2026-11-02\t+74951234502\t-\t-\n");
	const char *line_b = strstr(text, "\nb\tev\t2026-11-01\t-\t+74951234501\t#Tag\thttps://x.org/?utm_source=a\n");
	ASSERT_NOT_NULL(line_a);
	ASSERT_NOT_NULL(line_b);
	ASSERT_TRUE(line_a < line_b);
	/* Serializing what was parsed gives the same text again. */
	struct ledger again;
	ASSERT_INT_EQ(campaign__ledger_parse(&again, text, out.len, "y", d), CAMPAIGN_OK);
	ASSERT_STR_EQ(again.campaign, "rally");
	struct strbuf out2;
	campaign__strbuf_init(&out2, 0);
	campaign__ledger_serialize(&again, &out2, "y", d);
	ASSERT_STR_EQ(campaign__strbuf_cstr(&out2), text);
	campaign__strbuf_free(&out);
	campaign__strbuf_free(&out2);
	campaign__ledger_free(&again);
	campaign__ledger_free(&l);
	campaign_diags_free(d);
}

static void
test_ledger__damage_is_located(void)
{
	static const struct {
		const char *text;
		const char *message;
		unsigned long line, column;
	} cases[] = {
		{ "", "damaged ledger: the file is empty, and campaign build never writes one so; restore it "
		      "from a backup or version control (only if nothing was ever issued for this campaign, "
		      "delete it to start anew)", 1, 1 },
		{ "id\tevent\n", "damaged ledger: the first line must be '# libcampaign ledger 2'; restore the file from a backup or version control", 1, 1 },
		/* A file that is no ledger at all (--ledger /etc/passwd) is not called a damaged one. */
		{ "root:x:0:0:root:/root:/bin/bash\n", "not a ledger: its first line is 'root:x:0:0:root:/root:/bin/bash', and a ledger's is '# libcampaign ledger 2'; the ledger is the file campaign build writes beside the spec (NAME.ledger), or the spec's 'ledger:'", 1, 1 },
		{ "# libcampaign ledger 1\na\tev\t2026-11-01\t-\t+74951234501\n",
		  "damaged ledger: expected 7 tab-separated fields, found 5 (missing 'hashtag')", 2, 31 },
		{ "# libcampaign ledger 1\na\tev\t2026-13-01\t-\t-\t-\t-\n",
		  "damaged ledger: 'issued' must be a date YYYY-MM-DD in the years 1900 to 9999, not '2026-13-01'", 2, 6 },
		{ "# libcampaign ledger 1\na\tev\t0001-01-01\t-\t-\t-\t-\n",
		  "damaged ledger: 'issued' must be a date YYYY-MM-DD in the years 1900 to 9999, not '0001-01-01'", 2, 6 },
		{ "# libcampaign ledger 1\na\tev\t2026-11-01\t2026-10-01\t-\t-\t-\n",
		  "damaged ledger: released before it was issued", 2, 17 },
		{ "# libcampaign ledger 1\na\tev\t2026-11-01\t-\t8495\t-\t-\n",
		  "damaged ledger: '8495' is not an E.164 phone number", 2, 19 },
		{ "# libcampaign ledger 1\n../x\tev\t2026-11-01\t-\t-\t-\t-\n",
		  "damaged ledger: id '../x' is not valid: it may contain only Latin letters, digits, '-', '_' and '.'", 2, 1 },
		{ "# libcampaign ledger 1\na\tev\t2026-11-01\t-\t-\t-\t-\na\tev\t2026-11-01\t-\t-\t-\t-\n",
		  "damaged ledger: placement 'a' appears twice; first at line 2", 3, 1 },
		{ "# libcampaign ledger 1\na\tev\t2026-11-01\t-\t+74951234501\t-\t-\nb\tev\t2026-11-01\t-\t+74951234501\t-\t-\n",
		  "damaged ledger: +74951234501 is held by both 'a' (line 2) and 'b'", 3, 1 },
		{ "# libcampaign ledger 1\na\tev\t2026-11-01\t-\t-\t-\t-\tx\n",
		  "damaged ledger: more than 7 fields", 2, 24 },
		{ "# libcampaign ledger 1\n\xff\n", "damaged ledger: not UTF-8 text", 2, 1 },
		{ "# libcampaign ledger 3\n# campaign: r\na\tev\t2026-11-01\t-\t-\t-\t-\tk7m0xq\n",
		  "damaged ledger: 'k7m0xq' is not a short code (4 to 12 of 23456789abcdefghjkmnpqrstuvwxyz)",
		  3, 25 },
		{ "# libcampaign ledger 3\n# campaign: r\na\tev\t2026-11-01\t-\t-\t-\t-\n",
		  "damaged ledger: expected 8 tab-separated fields, found 7 (missing 'short')", 3, 24 },
		{ "# libcampaign ledger 3\n# campaign: r\na\tev\t2026-11-01\t-\t-\t-\t-\tk7m3xq\n"
		  "b\tev\t2026-11-01\t2026-11-02\t-\t-\t-\tk7m3xq\n",
		  "damaged ledger: short code k7m3xq is given to both 'a' (line 3) and 'b'", 4, 1 },
		{ "# libcampaign ledger 4\n",
		  "damaged ledger: format '4' is not one this version of libcampaign reads (1 to 3); "
		  "use a newer version", 1, 22 },
		{ "# libcampaign ledger 2\n",
		  "damaged ledger: line 2 must be '# campaign: SLUG', naming the campaign the identifiers "
		  "were issued to (not there)", 2, 1 },
		{ "\xef\xbb\xbf# libcampaign ledger 1\n",
		  "damaged ledger: it starts with a byte order mark, added by an editor; remove it "
		  "(the file is written by campaign build only)", 1, 1 },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct ledger l;
		campaign_diags *d = NULL;
		campaign_diags_new(&d);
		ASSERT_INT_EQ(campaign__ledger_parse(&l, cases[i].text, strlen(cases[i].text), "x.ledger", d),
		              CAMPAIGN_EINVALID);
		const campaign_diag *e = campaign_diags_get(d, 0);
		ASSERT_STR_EQ(e->message, cases[i].message);
		ASSERT_INT_EQ(e->line, cases[i].line);
		ASSERT_INT_EQ(e->column, cases[i].column);
		ASSERT_STR_EQ(e->file, "x.ledger");
		campaign__ledger_free(&l);
		campaign_diags_free(d);
	}
}

/* Format 3 keeps each issue's short code; a ledger with none stays format 2, byte for byte. */
static void
test_ledger__short_codes_round_trip(void)
{
	static const char text[] =
		"# libcampaign ledger 3\n# campaign: rally\n"
		"# Identifiers issued to placements; keep this file with the campaign and\n"
		"# under version control. Written by campaign build; do not edit by hand.\n"
		"# id\tevent\tissued\treleased\tphone\thashtag\turl\tshort\n"
		"a\tev\t2026-10-01\t2026-11-01\t-\t-\thttps://x.org/?utm_source=a\tk7m3xq\n"
		"a\tev\t2026-11-01\t-\t-\t-\thttps://x.org/?utm_source=b\t9zz2ab\n"
		"b\tev\t2026-11-01\t-\t-\t-\thttps://x.org/?utm_source=c\t-\n";
	struct ledger l;
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	ASSERT_INT_EQ(campaign__ledger_parse(&l, text, sizeof(text) - 1, "x.ledger", d), CAMPAIGN_OK);
	ASSERT_STR_EQ(campaign__ledger_find(&l, "a")->short_code, "9zz2ab");
	ASSERT_STR_EQ(l.entries[0].short_code, "k7m3xq"); /* the earlier issue keeps its own */
	ASSERT_NULL(campaign__ledger_find(&l, "b")->short_code);
	struct strbuf out;
	campaign__strbuf_init(&out, 0);
	ASSERT_INT_EQ(campaign__ledger_serialize(&l, &out, "x.ledger", d), CAMPAIGN_OK);
	ASSERT_STR_EQ(campaign__strbuf_cstr(&out), text);
	/* Without codes: format 2 and its seven columns, as before short links. */
	for (size_t i = 0; i < l.count; i++)
		l.entries[i].short_code = NULL;
	campaign__strbuf_reset(&out);
	ASSERT_INT_EQ(campaign__ledger_serialize(&l, &out, "x.ledger", d), CAMPAIGN_OK);
	const char *two = campaign__strbuf_cstr(&out);
	ASSERT_TRUE(strncmp(two, LEDGER_MAGIC "\n", strlen(LEDGER_MAGIC) + 1) == 0);
	ASSERT_NOT_NULL(strstr(two, "\nb\tev\t2026-11-01\t-\t-\t-\thttps://x.org/?utm_source=c\n"));
	campaign__strbuf_free(&out);
	campaign__ledger_free(&l);
	campaign_diags_free(d);
}

static void
test_ledger__nul_byte_is_named_as_such(void)
{
	/* NUL is valid UTF-8; "not UTF-8 text" sent people looking for the wrong thing. */
	static const char text[] = "# libcampaign ledger 1\nab\0c\n";
	struct ledger l;
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	ASSERT_INT_EQ(campaign__ledger_parse(&l, text, sizeof(text) - 1, "x.ledger", d),
	              CAMPAIGN_EINVALID);
	const campaign_diag *e = campaign_diags_get(d, 0);
	ASSERT_STR_EQ(e->message, "damaged ledger: NUL byte");
	ASSERT_INT_EQ(e->line, 2);
	ASSERT_INT_EQ(e->column, 3);
	campaign__ledger_free(&l);
	campaign_diags_free(d);
}

/* A reissued placement keeps its earlier issues, released, before its current one. */
static void
test_ledger__earlier_issues_stay_on_record(void)
{
	static const char *text =
		"# libcampaign ledger 2\n"
		"# campaign: rally\n"
		"a\tev\t2026-12-01\t-\t+74951234503\t#Tag\thttps://x.org/?utm_source=b\n"
		"a\tev\t2026-10-01\t2026-12-01\t+74951234502\t#Tag\thttps://x.org/?utm_source=a\n";
	struct ledger l;
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	ASSERT_INT_EQ(campaign__ledger_parse(&l, text, strlen(text), "x.ledger", d), CAMPAIGN_OK);
	ASSERT_INT_EQ(l.count, 2);
	const struct ledger_entry *current = campaign__ledger_find(&l, "a");
	ASSERT_STR_EQ(current->phone, "+74951234503");
	ASSERT_TRUE(campaign__ledger_is_current(&l, current));
	ASSERT_TRUE(!campaign__ledger_is_current(&l, &l.entries[0]));
	ASSERT_STR_EQ(l.entries[0].phone, "+74951234502");
	/* Written back in the order of issue. */
	struct strbuf out;
	campaign__strbuf_init(&out, 0);
	ASSERT_INT_EQ(campaign__ledger_serialize(&l, &out, "x.ledger", d), CAMPAIGN_OK);
	const char *old = strstr(campaign__strbuf_cstr(&out), "+74951234502");
	const char *now = strstr(campaign__strbuf_cstr(&out), "+74951234503");
	ASSERT_TRUE(old && now && old < now);
	campaign__strbuf_free(&out);
	campaign__ledger_free(&l);

	static const struct {
		const char *text;
		const char *message;
		unsigned long line;
	} damaged[] = {
		{ "# libcampaign ledger 2\n# campaign: rally\n"
		  "a\tev\t2026-10-01\t-\t+74951234502\t-\t-\n"
		  "a\tev\t2026-12-01\t-\t+74951234503\t-\t-\n",
		  "damaged ledger: placement 'a' appears twice; first at line 3", 4 },
		{ "# libcampaign ledger 2\na\tev\t2026-10-01\t-\t+74951234502\t-\t-\n",
		  "damaged ledger: line 2 must be '# campaign: SLUG', naming the campaign the identifiers "
		  "were issued to (not there)", 2 },
		{ "# libcampaign ledger 2\n# campaign: ../x\n",
		  "damaged ledger: line 2 must be '# campaign: SLUG', naming the campaign the identifiers "
		  "were issued to (it may contain only Latin letters, digits, '-', '_' and '.')", 2 },
	};
	for (size_t i = 0; i < sizeof(damaged) / sizeof(damaged[0]); i++) {
		campaign_diags_clear(d);
		ASSERT_INT_EQ(campaign__ledger_parse(&l, damaged[i].text, strlen(damaged[i].text),
		                                     "x.ledger", d),
		              CAMPAIGN_EINVALID);
		ASSERT_STR_EQ(campaign_diags_get(d, 0)->message, damaged[i].message);
		ASSERT_INT_EQ(campaign_diags_get(d, 0)->line, damaged[i].line);
		campaign__ledger_free(&l);
	}
	campaign_diags_free(d);
}

/*
 * The writer checks each record with the reader's own check: a day out of
 * the calendar (year 10000, which would be written as "0000-01-01") fails
 * the write with an internal error naming the record, not a ledger that
 * every later build refuses.
 */
static void
test_ledger__writer_refuses_what_its_reader_would(void)
{
	struct ledger l;
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	ASSERT_INT_EQ(campaign__ledger_parse(&l, good, strlen(good), "x.ledger", d), CAMPAIGN_OK);
	l.campaign = "rally";
	long first_out_of_range;
	ASSERT_INT_EQ(campaign__date_parse("9999-12-31", &first_out_of_range), 0);
	first_out_of_range++;
	ASSERT_TRUE(!campaign__date_in_range(first_out_of_range));
	campaign__ledger_find(&l, "b")->issued = first_out_of_range;
	struct strbuf out;
	campaign__strbuf_init(&out, 0);
	ASSERT_INT_EQ(campaign__ledger_serialize(&l, &out, "x.ledger", d), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_diags_count(d), 1);
	const campaign_diag *diag = campaign_diags_get(d, 0);
	ASSERT_STR_EQ(diag->file, "x.ledger");
	ASSERT_INT_EQ(diag->status, CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(diag->message, "internal error: the ledger was not written: its record b would "
	                             "not read back ('issued' must be a date YYYY-MM-DD in the years "
	                             "1900 to 9999, not '0000-01-01')");
	/* A field the reader refuses for another reason: a URL with a space. */
	campaign__ledger_find(&l, "b")->issued = first_out_of_range - 1;
	campaign__ledger_find(&l, "b")->url = "https://x.org/a b";
	campaign__strbuf_reset(&out);
	ASSERT_INT_EQ(campaign__ledger_serialize(&l, &out, "x.ledger", d), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_diags_count(d), 2);
	/* Within the range it is written. */
	campaign__ledger_find(&l, "b")->url = "https://x.org/a";
	campaign__strbuf_reset(&out);
	ASSERT_INT_EQ(campaign__ledger_serialize(&l, &out, "x.ledger", d), CAMPAIGN_OK);
	ASSERT_NOT_NULL(strstr(campaign__strbuf_cstr(&out), "\tev\t9999-12-31\t"));
	campaign__strbuf_free(&out);
	campaign__ledger_free(&l);
	campaign_diags_free(d);
}

/*
 * The registry's writer has the same guard: a number released in 9999 with
 * a quarantine that ends after it would be written with a year "0000".
 */
static void
test_ledger__registry_writer_refuses_what_its_reader_would(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	struct registry reg = { 0 };
	long last;
	ASSERT_INT_EQ(campaign__date_parse("9999-12-31", &last), 0);
	struct registry_entry e = { .kind = REGISTRY_PHONE, .value = "+74951234501",
	                            .campaign = "rally", .placement = "a", .since = last - 10,
	                            .released = last, .free_from = last + 90 };
	ASSERT_INT_EQ(campaign__registry_add(&reg, &e), CAMPAIGN_OK);
	struct strbuf out;
	campaign__strbuf_init(&out, 0);
	ASSERT_INT_EQ(campaign__registry_serialize(&reg, &out, "x.registry", d), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_diags_count(d), 1);
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->message,
	              "internal error: the registry was not written: its record +74951234501 would "
	              "not read back ('free' must be a date YYYY-MM-DD in the years 1900 to 9999, or '-', not '0000-03-30')");
	reg.entries[0].free_from = last;
	campaign__strbuf_reset(&out);
	ASSERT_INT_EQ(campaign__registry_serialize(&reg, &out, "x.registry", d), CAMPAIGN_OK);
	campaign__strbuf_free(&out);
	campaign__registry_free(&reg);
	campaign_diags_free(d);
}

/* Entries added after the last sort are written in order too, not as they were added. */
static void
test_ledger__writes_entries_added_out_of_order_sorted(void)
{
	struct ledger l;
	memset(&l, 0, sizeof(l));
	l.campaign = "rally";
	static const char *const ids[] = { "m", "b", "z", "a", "b" };
	for (size_t i = 0; i < 5; i++) {
		struct ledger_entry e = { .id = ids[i], .event = "ev", .issued = i == 1 ? 19999 : 20000,
		                          .released = i == 1 ? 20000 : -1, .url = "https://x.org/" };
		ASSERT_INT_EQ(campaign__ledger_add(&l, &e), CAMPAIGN_OK);
	}
	struct strbuf out;
	campaign__strbuf_init(&out, 0);
	ASSERT_INT_EQ(campaign__ledger_serialize(&l, &out, "x.ledger", NULL), CAMPAIGN_OK);
	const char *text = campaign__strbuf_cstr(&out);
	/* a, then b's earlier issue (released) before its current one, m, z */
	const char *at[5] = { strstr(text, "\na\t"), strstr(text, "\nb\tev\t2024-10-03\t2024-10-04"),
	                      strstr(text, "\nb\tev\t2024-10-04\t-"), strstr(text, "\nm\t"),
	                      strstr(text, "\nz\t") };
	for (size_t i = 0; i < 5; i++)
		ASSERT_NOT_NULL(at[i]);
	ASSERT_TRUE(at[0] < at[1] && at[1] < at[2] && at[2] < at[3] && at[3] < at[4]);
	campaign__strbuf_free(&out);
	campaign__ledger_free(&l);
}

/* What a file holds, malloc'd. */
static char *
slurp(int dirfd, const char *name, size_t *len)
{
	int fd = openat(dirfd, name, O_RDONLY);
	ASSERT_TRUE(fd >= 0);
	struct stat st;
	ASSERT_INT_EQ(fstat(fd, &st), 0);
	char *text = malloc((size_t)st.st_size + 1);
	ASSERT_NOT_NULL(text);
	ASSERT_INT_EQ(read(fd, text, (size_t)st.st_size), st.st_size);
	text[st.st_size] = '\0';
	close(fd);
	*len = (size_t)st.st_size;
	return text;
}

static void
put(int dirfd, const char *name, const char *text, size_t len)
{
	int fd = openat(dirfd, name, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	ASSERT_TRUE(fd >= 0);
	ASSERT_INT_EQ(write(fd, text, len), (ssize_t)len);
	close(fd);
}

/*
 * The ledger file written piece by piece holds what the text in memory
 * holds; a file that holds it already is left alone, and one that differs
 * anywhere (a byte, a shorter or longer file) is replaced. 3,000 entries
 * make several pieces.
 */
static void
test_ledger__file_is_written_in_pieces_and_only_when_it_changed(void)
{
	char dir[] = "/tmp/campaign-ledger-XXXXXX";
	ASSERT_NOT_NULL(mkdtemp(dir));
	int dirfd = open(dir, O_RDONLY | O_DIRECTORY);
	ASSERT_TRUE(dirfd >= 0);
	struct ledger l;
	memset(&l, 0, sizeof(l));
	l.campaign = "big";
	char (*ids)[16] = calloc(3000, sizeof(*ids));
	ASSERT_NOT_NULL(ids);
	for (size_t i = 0; i < 3000; i++) {
		snprintf(ids[i], sizeof(ids[i]), "p%05zu", i);
		struct ledger_entry e = { .id = ids[i], .event = "ev", .issued = 20000, .released = -1,
		                          .url = "https://example.org/big?utm_source=flyer&utm_medium=print" };
		ASSERT_INT_EQ(campaign__ledger_add(&l, &e), CAMPAIGN_OK);
	}
	struct strbuf whole;
	campaign__strbuf_init(&whole, 0);
	ASSERT_INT_EQ(campaign__ledger_serialize(&l, &whole, "big.ledger", NULL), CAMPAIGN_OK);
	ASSERT_TRUE(whole.len > 3 * 64 * 1024);
	int written = -1;
	ASSERT_INT_EQ(campaign__ledger_write_file(dirfd, "big.ledger", &l, 0, "big.ledger", &written, NULL),
	              CAMPAIGN_OK);
	ASSERT_INT_EQ(written, 1);
	size_t len = 0;
	char *text = slurp(dirfd, "big.ledger", &len);
	ASSERT_INT_EQ(len, whole.len);
	ASSERT_TRUE(memcmp(text, whole.ptr, len) == 0);
	ASSERT_INT_EQ(campaign__ledger_write_file(dirfd, "big.ledger", &l, 1, "big.ledger", &written, NULL),
	              CAMPAIGN_OK);
	ASSERT_INT_EQ(written, 0);
	/* One byte changed deep inside, the file cut short, the file longer: each is replaced. */
	text[len - 70000] ^= 1;
	size_t lens[3] = { len, len - 1, len };
	for (int k = 0; k < 3; k++) {
		if (k == 1)
			text[len - 70000] ^= 1;
		put(dirfd, "big.ledger", text, lens[k]);
		if (k == 2) {
			int fd = openat(dirfd, "big.ledger", O_WRONLY | O_APPEND);
			ASSERT_INT_EQ(write(fd, "\n", 1), 1);
			close(fd);
		}
		ASSERT_INT_EQ(campaign__ledger_write_file(dirfd, "big.ledger", &l, 1, "big.ledger", &written, NULL),
		              CAMPAIGN_OK);
		ASSERT_INT_EQ(written, 1);
		size_t again_len = 0;
		char *again = slurp(dirfd, "big.ledger", &again_len);
		ASSERT_INT_EQ(again_len, whole.len);
		ASSERT_TRUE(memcmp(again, whole.ptr, again_len) == 0);
		free(again);
	}
	free(text);
	campaign__strbuf_free(&whole);
	campaign__ledger_free(&l);
	free(ids);
	unlinkat(dirfd, "big.ledger", 0);
	close(dirfd);
	rmdir(dir);
}

int
main(void)
{
	RUN(test_ledger__round_trips_sorted_by_id);
	RUN(test_ledger__writer_refuses_what_its_reader_would);
	RUN(test_ledger__registry_writer_refuses_what_its_reader_would);
	RUN(test_ledger__earlier_issues_stay_on_record);
	RUN(test_ledger__damage_is_located);
	RUN(test_ledger__short_codes_round_trip);
	RUN(test_ledger__nul_byte_is_named_as_such);
	RUN(test_ledger__writes_entries_added_out_of_order_sorted);
	RUN(test_ledger__file_is_written_in_pieces_and_only_when_it_changed);
	return harness_done();
}
