/*
 * `report` (lib/report/): times as exports write them, the streaming CSV
 * reader's tolerance and line numbers, the string map behind the caches,
 * and the counting rules through the public API: repeat calls, hidden
 * callers, hashtags under case folding, ambiguous links never guessed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "campaign/campaign.h"
#include "harness.h"
#include "ids/money.h"
#include "report/export_csv.h"
#include "report/report_internal.h"
#include "report/trace_time.h"
#include "util/str_map.h"

static char scratch[] = "/tmp/campaign-report-XXXXXX";

static const char *spec_yaml =
	"campaign:\n"
	"  name: Rally\n"
	"  landing: https://example.org/rally\n"
	"  hashtag: { scope: placement, from: '{{placement.id}}' }\n"
	"  phones: { country_code: 7, trunk_prefix: '8', display: '+7 (XXX) XXX-XX-XX',\n"
	"            pool: ['+74951234501', '+74951234502', '+74951234503'] }\n"
	"events:\n"
	"  - { id: moscow, title: Rally, date: 2026-12-05 }\n"
	"placements:\n"
	"  - { id: gate, event: moscow, source: flyer, medium: print, content: gate, phone: true }\n"
	"  - { id: depot, event: moscow, source: flyer, medium: print, content: depot, phone: true }\n"
	"  - { id: vk, event: moscow, source: vk, medium: social }\n";

/* ---- times ---- */

static int64_t
parse_time(const char *text, enum trace_time_format *format)
{
	int64_t t = -1;
	if (campaign__trace_time_parse(text, 0, format, &t))
		return -1;
	return t;
}

static void
test_report__times_in_the_forms_exports_write(void)
{
	static const struct {
		const char *text;
		int64_t want; /* -1: not read */
	} cases[] = {
		{ "2026-12-05 10:00:00", 1796464800 },
		{ "2026-12-05T10:00:00Z", 1796464800 },
		{ "2026-12-05T13:00:00+03:00", 1796464800 },
		{ "2026-12-05 13:00+0300", 1796464800 },
		{ "2026-12-05T10:00:00.123Z", 1796464800 },
		{ "2026-12-05", 1796428800 },
		{ "05.12.2026 10:00", 1796464800 },
		{ "05.12.2026 10:00:00", 1796464800 },
		{ "1796464800", 1796464800 },
		{ "1796464800000", 1796464800 },
		{ "2026-02-30 10:00", -1 },
		{ "2026-12-05 24:00", -1 },
		{ "2026-12-05 10:60", -1 },
		{ "2026-12-05 10:00 +15:00", -1 },
		{ "yesterday", -1 },
		{ "", -1 },
		{ "2026-12-05 10:00:00 trailing", -1 },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		enum trace_time_format f = TRACE_TIME_UNKNOWN;
		int64_t got = parse_time(cases[i].text, &f);
		if (got != cases[i].want)
			harness_fail(__FILE__, __LINE__, "'%s' read as %lld, expected %lld", cases[i].text,
			             (long long)got, (long long)cases[i].want);
		HARNESS_CHECKED();
	}
}

static void
test_report__slashed_dates_are_told_apart_once_then_kept(void)
{
	enum trace_time_format f = TRACE_TIME_UNKNOWN;
	/* Both numbers up to 12: not guessed, and the format stays unknown. */
	ASSERT_INT_EQ(parse_time("03/04/2026 10:00", &f), -1);
	ASSERT_INT_EQ(f, TRACE_TIME_UNKNOWN);
	/* A day over 12 tells: month first. */
	ASSERT_INT_EQ(parse_time("12/25/2026 00:00", &f), 1798156800);
	ASSERT_INT_EQ(f, TRACE_TIME_MDY_SLASHES);
	/* Then the file's other dates are read the same way: 3 April is not 4 March. */
	ASSERT_INT_EQ(parse_time("04/03/2026 00:00", &f), 1775174400);
	/* And another form in the same column is not read. */
	ASSERT_INT_EQ(parse_time("2026-12-05 10:00", &f), -1);
	f = TRACE_TIME_UNKNOWN;
	ASSERT_INT_EQ(parse_time("25/12/2026 00:00", &f), 1798156800);
	ASSERT_INT_EQ(f, TRACE_TIME_DMY_SLASHES);
}

/* ---- the string map ---- */

static void
test_report__string_map_finds_every_key_and_keeps_the_first_value(void)
{
	struct str_map m;
	campaign__str_map_init(&m);
	char key[32];
	for (size_t i = 0; i < 20000; i++) {
		int len = snprintf(key, sizeof(key), "key-%zu", i);
		int added = 0;
		size_t *v = campaign__str_map_insert(&m, key, (size_t)len, i, &added);
		ASSERT_NOT_NULL(v);
		ASSERT_INT_EQ(added, 1);
	}
	int added = 1;
	ASSERT_INT_EQ(*campaign__str_map_insert(&m, "key-7", 5, 99, &added), 7);
	ASSERT_INT_EQ(added, 0);
	for (size_t i = 0; i < 20000; i += 997) {
		int len = snprintf(key, sizeof(key), "key-%zu", i);
		ASSERT_INT_EQ(*campaign__str_map_find(&m, key, (size_t)len), i);
	}
	/* Keys are bytes: a NUL inside is part of the key, a prefix is another key. */
	ASSERT_NOT_NULL(campaign__str_map_insert(&m, "a\0b", 3, 1, NULL));
	ASSERT_NULL(campaign__str_map_find(&m, "a", 1));
	ASSERT_NOT_NULL(campaign__str_map_find(&m, "a\0b", 3));
	ASSERT_INT_EQ(m.used, 20001);
	campaign__str_map_free(&m);
}

/* ---- the CSV exports ---- */

struct collected {
	char lines[64][160]; /* "LINE: f1|f2|..." for records, "LINE skip: why" for skips */
	size_t n;
	char delimiter;
};

static int
on_header(void *ctx, const struct export_record *h, char delimiter)
{
	struct collected *c = ctx;
	c->delimiter = delimiter;
	snprintf(c->lines[c->n++], 160, "%lu header: %zu fields", h->line, h->count);
	return 0;
}

static int
on_record(void *ctx, const struct export_record *rec)
{
	struct collected *c = ctx;
	if (c->n == 64)
		return 0;
	char *out = c->lines[c->n++];
	int used = snprintf(out, 160, "%lu:", rec->line);
	for (size_t i = 0; i < rec->count && used < 150; i++)
		used += snprintf(out + used, 160 - (size_t)used, "%s%.30s", i ? "|" : " ", rec->fields[i]);
	return 0;
}

static void
on_skip(void *ctx, unsigned long line, const char *why)
{
	struct collected *c = ctx;
	if (c->n < 64)
		snprintf(c->lines[c->n++], 160, "%lu skip: %.120s", line, why);
}

static void
read_csv_text(const char *text, size_t len, struct collected *c, int want_rc)
{
	char path[64];
	snprintf(path, sizeof(path), "%s/export.csv", scratch);
	FILE *f = fopen(path, "wb");
	ASSERT_NOT_NULL(f);
	fwrite(text, 1, len, f);
	fclose(f);
	memset(c, 0, sizeof(*c));
	struct export_reader reader = { on_header, on_record, on_skip, c };
	ASSERT_INT_EQ(campaign__export_csv_read(path, &reader, NULL), want_rc);
}

static void
test_report__csv_export_with_bom_crlf_semicolons_and_a_preamble(void)
{
	static const char text[] = "# GA4 preamble\r\n#\r\n\r\n\xEF\xBB\xBF" "a;b;c\r\n1;\"x;y\";3\r\n\r\n4;5;6\r\n";
	struct collected c;
	/* The BOM is only dropped at the very start: here it follows a preamble, as a field byte. */
	read_csv_text(text + 0, sizeof(text) - 1, &c, 0);
	ASSERT_INT_EQ(c.delimiter, ';');
	ASSERT_STR_EQ(c.lines[0], "4 header: 3 fields");
	ASSERT_STR_EQ(c.lines[1], "5: 1|x;y|3");
	ASSERT_STR_EQ(c.lines[2], "7: 4|5|6");
	ASSERT_INT_EQ(c.n, 3);
	static const char bom[] = "\xEF\xBB\xBF" "name,text\n1,a\n";
	read_csv_text(bom, sizeof(bom) - 1, &c, 0);
	ASSERT_INT_EQ(c.delimiter, ',');
	ASSERT_STR_EQ(c.lines[1], "2: 1|a");
}

static void
test_report__csv_records_keep_the_line_they_start_on(void)
{
	static const char text[] = "id\ttext\n1\t\"two\nlines\"\n2\tthird\n";
	struct collected c;
	read_csv_text(text, sizeof(text) - 1, &c, 0);
	ASSERT_INT_EQ(c.delimiter, '\t');
	ASSERT_STR_EQ(c.lines[1], "2: 1|two\nlines");
	ASSERT_STR_EQ(c.lines[2], "4: 2|third");
}

static void
test_report__a_broken_record_is_skipped_and_the_rest_read(void)
{
	/* A wrong field count, invalid UTF-8, then an unclosed quote over 64 KiB. */
	size_t big = 70 * 1024;
	char *text = malloc(big + 200);
	ASSERT_NOT_NULL(text);
	size_t n = (size_t)sprintf(text, "a,b\n1,2,3\nok,\xC3\x28\n2,\"open");
	/* lines of 8 KiB, so that the lines read again after the give-up are few */
	for (size_t i = 0; i < big / 8192; i++)
		n += (size_t)sprintf(text + n, "%8191s\n", "text inside the quote that never closes");
	n += (size_t)sprintf(text + n, "3,after\n");
	struct collected c;
	read_csv_text(text, n, &c, 0);
	free(text);
	ASSERT_STR_EQ(c.lines[1], "2 skip: 3 fields where the header has 2");
	ASSERT_STR_EQ(c.lines[2], "3 skip: not valid UTF-8 text");
	ASSERT_STR_EQ(c.lines[3], "4 skip: a quoted field is not closed (or is over 64 KiB); the "
	                          "lines after it are read again");
	/* Over 64 KiB at line 11: lines 5 to 11 are read again, each with its number. */
	ASSERT_STR_EQ(c.lines[4], "5 skip: 1 fields where the header has 2");
	ASSERT_STR_EQ(c.lines[10], "11 skip: 1 fields where the header has 2");
	ASSERT_STR_EQ(c.lines[11], "12: 3|after");
	ASSERT_INT_EQ(c.n, 12);
}

/*
 * A stray quote that nothing closes costs its line, not the rest of the
 * file: at the end of the file, the lines its field took are read again as
 * the records they are, with their numbers. A real field over two lines
 * still reads.
 */
static void
test_report__a_stray_quote_costs_one_line(void)
{
	static const char text[] = "a,b\n1,\"stray\n2,x\n\n3,y\n";
	struct collected c;
	read_csv_text(text, sizeof(text) - 1, &c, 0);
	ASSERT_STR_EQ(c.lines[1], "2 skip: a quoted field is not closed (or is over 64 KiB); the "
	                          "lines after it are read again");
	ASSERT_STR_EQ(c.lines[2], "3: 2|x");
	ASSERT_STR_EQ(c.lines[3], "5: 3|y");
	ASSERT_INT_EQ(c.n, 4);
	/* A record that ends inside a line (at a CR) and one opened after it there: held from there. */
	static const char cr[] = "a,b\n1,\"two\nlines\"\r3,\"open\n4,y\n";
	read_csv_text(cr, sizeof(cr) - 1, &c, 0);
	ASSERT_STR_EQ(c.lines[1], "2: 1|two\nlines");
	ASSERT_STR_EQ(c.lines[2], "3 skip: a quoted field is not closed (or is over 64 KiB); the "
	                          "lines after it are read again");
	ASSERT_STR_EQ(c.lines[3], "4: 4|y");
	ASSERT_INT_EQ(c.n, 4);
	/* A line over 1 MiB that ends an open record is said after the lines read again before it. */
	size_t big = (size_t)2 << 20;
	char *longer = malloc(big + 64);
	ASSERT_NOT_NULL(longer);
	size_t n = (size_t)sprintf(longer, "a,b\n1,\"open\n2,x\n");
	memset(longer + n, 'y', big);
	n += big;
	n += (size_t)sprintf(longer + n, "\n3,z\n");
	read_csv_text(longer, n, &c, 0);
	free(longer);
	ASSERT_STR_EQ(c.lines[1], "2 skip: a quoted field is not closed (or is over 64 KiB); the "
	                          "lines after it are read again");
	ASSERT_STR_EQ(c.lines[2], "3: 2|x");
	ASSERT_STR_EQ(c.lines[3], "4 skip: a line over 1 MiB");
	ASSERT_STR_EQ(c.lines[4], "5: 3|z");
	ASSERT_INT_EQ(c.n, 5);
	static const char fine[] = "a,b\n1,\"two\nlines\"\n2,z\n";
	read_csv_text(fine, sizeof(fine) - 1, &c, 0);
	ASSERT_STR_EQ(c.lines[1], "2: 1|two\nlines");
	ASSERT_STR_EQ(c.lines[2], "4: 2|z");
	ASSERT_INT_EQ(c.n, 3);
}

static void
test_report__an_export_without_a_header_is_an_error(void)
{
	struct collected c;
	read_csv_text("# only\n# comments\n\n", 19, &c, CAMPAIGN_EINVALID);
	read_csv_text("", 0, &c, CAMPAIGN_EINVALID);
}

/* ---- counting, through the public API ---- */

struct fixture {
	campaign_spec *spec;
	campaign_plan *plan;
	campaign_report *report;
};

static void
fixture_open(struct fixture *fx, const campaign_report_options *ro)
{
	memset(fx, 0, sizeof(*fx));
	ASSERT_INT_EQ(campaign_spec_load_string(&fx->spec, spec_yaml, strlen(spec_yaml), "rally.yaml",
	                                        scratch, NULL),
	              CAMPAIGN_OK);
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	po.now = 1795996800;
	ASSERT_INT_EQ(campaign_plan_new(&fx->plan, fx->spec, &po, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_report_new(&fx->report, fx->plan, ro, NULL), CAMPAIGN_OK);
}

static void
fixture_close(struct fixture *fx)
{
	campaign_report_free(fx->report);
	campaign_plan_free(fx->plan);
	campaign_spec_free(fx->spec);
}

static const campaign_report_counts *
counts_of(const campaign_report *r, const char *placement)
{
	for (size_t i = 0; i < campaign_report_row_count(r); i++) {
		const campaign_report_row *row = campaign_report_row_get(r, i);
		if (row->placement && strcmp(row->placement, placement) == 0)
			return &row->counts;
	}
	harness_fail(__FILE__, __LINE__, "no row for %s", placement);
}

static void
test_report__repeat_target_calls_within_the_window_count_once(void)
{
	struct fixture fx;
	fixture_open(&fx, NULL);
	const int64_t t0 = 1796464800;
	const campaign_call calls[] = {
		{ t0, "+7 495 123-45-01", "+7 916 111-22-33", 95, 1 },
		{ t0 + 3600, "8 (495) 123-45-01", "8 916 111 22 33", 40, 1 },  /* repeat in 24 h */
		{ t0 + 25 * 3600, "74951234501", "+79161112233", 61, -1 },     /* after the window */
		{ t0, "+7 495 123-45-01", "+7 916 000-00-00", 20, 1 },         /* too short */
		{ t0, "+7 495 123-45-01", "+7 916 000-00-01", 200, 0 },        /* missed */
		{ t0, "+7 495 123-45-01", NULL, 300, 1 },                      /* hidden */
		{ t0, "+7 495 123-45-01", "", 300, 1 },                        /* hidden */
	};
	for (size_t i = 0; i < sizeof(calls) / sizeof(calls[0]); i++)
		ASSERT_INT_EQ(campaign_report_add_call(fx.report, &calls[i], NULL), CAMPAIGN_OK);
	const campaign_report_counts *c = counts_of(fx.report, "gate");
	ASSERT_INT_EQ(c->calls, 7);
	ASSERT_INT_EQ(c->callers, 3);
	ASSERT_INT_EQ(c->answered, 6);
	ASSERT_INT_EQ(c->target_calls, 4); /* first, after the window, two hidden */
	/* A number that is no placement's; text that is no number. */
	campaign_call other = { t0, "+7 495 999-99-99", NULL, 10, 1 };
	ASSERT_INT_EQ(campaign_report_add_call(fx.report, &other, NULL), CAMPAIGN_ENOTFOUND);
	other.called = "#NotANumber";
	ASSERT_INT_EQ(campaign_report_add_call(fx.report, &other, NULL), CAMPAIGN_EINVALID);
	fixture_close(&fx);

	campaign_report_options every = CAMPAIGN_REPORT_OPTIONS_INIT;
	every.repeat_call_hours = 0;
	every.target_call_seconds = 60;
	fixture_open(&fx, &every);
	for (size_t i = 0; i < 3; i++)
		ASSERT_INT_EQ(campaign_report_add_call(fx.report, &calls[i], NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(counts_of(fx.report, "gate")->target_calls, 2); /* 95 and 61 s */
	fixture_close(&fx);
}

/*
 * A repeat is a call within 24 hours after the caller's last target call,
 * over the calls in time order, whatever order the log has: oldest first,
 * newest first (as many providers export), or shuffled, the same count.
 */
static void
test_report__repeat_calls_count_the_same_in_any_order(void)
{
	const int64_t h = 3600, t0 = 1796464800;
	/* 0 h target, 1 h repeat, 25 h target, 26 h repeat, 49 h target, 100 h target */
	static const int hours[] = { 0, 1, 25, 26, 49, 100 };
	static const int orders[][6] = { { 0, 1, 2, 3, 4, 5 }, { 5, 4, 3, 2, 1, 0 },
		                         { 3, 0, 5, 1, 4, 2 }, { 2, 5, 0, 4, 1, 3 } };
	for (size_t o = 0; o < sizeof(orders) / sizeof(orders[0]); o++) {
		struct fixture fx;
		fixture_open(&fx, NULL);
		for (size_t i = 0; i < 6; i++) {
			campaign_call call = { t0 + hours[orders[o][i]] * h, "+7 495 123-45-01",
				               "+7 916 111-22-33", 95, 1 };
			ASSERT_INT_EQ(campaign_report_add_call(fx.report, &call, NULL), CAMPAIGN_OK);
		}
		ASSERT_INT_EQ(counts_of(fx.report, "gate")->target_calls, 4);
		fixture_close(&fx);
	}
}

static void
test_report__visits_are_matched_on_utm_values_never_guessed(void)
{
	struct fixture fx;
	fixture_open(&fx, NULL);
	const char *q = "/rally?utm_source=flyer&utm_medium=print&utm_campaign=rally&utm_content=";
	char url[256];
	snprintf(url, sizeof(url), "%sgate", q);
	ASSERT_INT_EQ(campaign_report_add_visit(fx.report, 0, url, NULL), CAMPAIGN_OK);
	snprintf(url, sizeof(url), "%sgate&fbclid=abc", q);
	ASSERT_INT_EQ(campaign_report_add_visit(fx.report, 0, url, NULL), CAMPAIGN_OK);
	/* Two placements have these values: unattributed, not split or guessed. */
	ASSERT_INT_EQ(campaign_report_add_visit(fx.report, 0,
	                                        "https://example.org/rally?utm_source=flyer", NULL),
	              CAMPAIGN_ENOTFOUND);
	ASSERT_INT_EQ(campaign_report_add_visit(fx.report, 0, "/rally?page=2", NULL),
	              CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_report_add_visit(fx.report, 0,
	                                        "/?utm_source=vk&utm_medium=social&utm_campaign=rally",
	                                        NULL),
	              CAMPAIGN_OK);
	const campaign_report_counts *gate = counts_of(fx.report, "gate");
	ASSERT_INT_EQ(gate->visits, 2);
	ASSERT_INT_EQ(gate->scans, 2);
	const campaign_report_counts *vk = counts_of(fx.report, "vk");
	ASSERT_INT_EQ(vk->visits, 1);
	ASSERT_INT_EQ(vk->scans, 0); /* social media: a visit, not a scan */
	campaign_report_counts total;
	campaign_report_totals(fx.report, &total);
	ASSERT_INT_EQ(total.visits, 3);
	fixture_close(&fx);
}

/*
 * The caches that spare a million log lines a million lookups hold a
 * bounded number of bytes: a link too long to be a real one is looked up
 * each time it comes and never remembered.
 */
static void
test_report__junk_links_do_not_fill_memory(void)
{
	struct fixture fx;
	fixture_open(&fx, NULL);
	const char *q = "/rally?utm_source=flyer&utm_medium=print&utm_campaign=rally&utm_content=gate";
	ASSERT_INT_EQ(campaign_report_add_visit(fx.report, 0, q, NULL), CAMPAIGN_OK);
	size_t held = fx.report->cache_bytes;
	ASSERT_TRUE(held > 0);
	char *url = malloc(4096);
	ASSERT_NOT_NULL(url);
	for (int i = 0; i < 200; i++) {
		int n = snprintf(url, 4096, "%s&utm_term=%d", q, i);
		memset(url + n, 'x', 3000);
		url[n + 3000] = '\0';
		ASSERT_INT_EQ(campaign_report_add_visit(fx.report, 0, url, NULL), CAMPAIGN_ENOTFOUND);
	}
	ASSERT_INT_EQ(fx.report->cache_bytes, held);
	/* Looked up again, the same answer; and a short link is still remembered once. */
	ASSERT_INT_EQ(campaign_report_add_visit(fx.report, 0, url, NULL), CAMPAIGN_ENOTFOUND);
	ASSERT_INT_EQ(campaign_report_add_visit(fx.report, 0, q, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(fx.report->cache_bytes, held);
	ASSERT_INT_EQ(counts_of(fx.report, "gate")->visits, 2);
	ASSERT_TRUE(fx.report->cache_bytes <= REPORT_CACHE_BYTES);
	free(url);
	fixture_close(&fx);
}

static void
test_report__posts_count_once_per_placement_under_case_folding(void)
{
	struct fixture fx;
	fixture_open(&fx, NULL);
	ASSERT_INT_EQ(campaign_report_add_post(fx.report, 0, "Come! #Gate #GATE #gate and #Depot.",
	                                       NULL),
	              CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_report_add_post(fx.report, 0, "#gate,#vk", NULL), CAMPAIGN_OK);
	/* An invisible character inside a tag does not cut it short (U+034F, U+3164). */
	ASSERT_INT_EQ(campaign_report_add_post(fx.report, 0, "#De\xCD\x8F" "pot #G\xE3\x85\xA4" "ate", NULL),
	              CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_report_add_post(fx.report, 0, "no tag here # #", NULL),
	              CAMPAIGN_ENOTFOUND);
	ASSERT_INT_EQ(campaign_report_add_post(fx.report, 0, "#other #gateway", NULL),
	              CAMPAIGN_ENOTFOUND);
	ASSERT_INT_EQ(counts_of(fx.report, "gate")->posts, 3);
	ASSERT_INT_EQ(counts_of(fx.report, "depot")->posts, 2);
	ASSERT_INT_EQ(counts_of(fx.report, "vk")->posts, 1);
	fixture_close(&fx);
}

static void
test_report__a_conversion_is_shared_along_the_persons_path_by_every_model(void)
{
	struct fixture fx;
	fixture_open(&fx, NULL);
	const int64_t day = 86400, t0 = 1796464800;
	/* Called the depot flyer, then the gate flyer, then signed up from the VK post. */
	campaign_call depot = { t0, "+7 495 123-45-02", "8 916 111-22-33", 60, 1 };
	campaign_call gate = { t0 + day, "+7 495 123-45-01", "+7 (916) 111-22-33", 60, 1 };
	ASSERT_INT_EQ(campaign_report_add_call(fx.report, &depot, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_report_add_call(fx.report, &gate, NULL), CAMPAIGN_OK);
	campaign_conversion lead = { t0 + 2 * day, "+79161112233",
		                     "?utm_source=vk&utm_medium=social&utm_campaign=rally", NULL };
	ASSERT_INT_EQ(campaign_report_add_conversion(fx.report, &lead, NULL), CAMPAIGN_OK);
	const campaign_report_counts *d = counts_of(fx.report, "depot");
	const campaign_report_counts *g = counts_of(fx.report, "gate");
	const campaign_report_counts *v = counts_of(fx.report, "vk");
	ASSERT_INT_EQ(v->conversions, 1);
	ASSERT_INT_EQ(d->conversions + g->conversions, 0);
	ASSERT_INT_EQ(d->credit[CAMPAIGN_ATTRIBUTION_FIRST_TOUCH], 100);
	ASSERT_INT_EQ(v->credit[CAMPAIGN_ATTRIBUTION_LAST_TOUCH], 100);
	ASSERT_INT_EQ(d->credit[CAMPAIGN_ATTRIBUTION_POSITION_BASED], 40);
	ASSERT_INT_EQ(g->credit[CAMPAIGN_ATTRIBUTION_POSITION_BASED], 20);
	ASSERT_INT_EQ(v->credit[CAMPAIGN_ATTRIBUTION_POSITION_BASED], 40);
	ASSERT_INT_EQ(d->credit[CAMPAIGN_ATTRIBUTION_SEEDS], 50);
	for (int m = 0; m < CAMPAIGN_ATTRIBUTION_MODEL_COUNT; m++)
		ASSERT_INT_EQ(d->credit[m] + g->credit[m] + v->credit[m], 100);
	/* A call after the conversion is no part of its path. */
	campaign_call later = { t0 + 3 * day, "+7 495 123-45-01", "+79161112233", 60, 1 };
	ASSERT_INT_EQ(campaign_report_add_call(fx.report, &later, NULL), CAMPAIGN_OK);
	/* A CRM key links a person's conversions: the second is shared with the first's placement. */
	campaign_conversion first = { t0, "crm-17", NULL, "+7 495 123-45-02" };
	campaign_conversion second = { t0 + day, " crm-17 ", NULL, NULL };
	ASSERT_INT_EQ(campaign_report_add_conversion(fx.report, &first, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_report_add_conversion(fx.report, &second, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(d->conversions, 1);
	/* linear over three: 34 33 33, the leftover hundredth to the earliest */
	ASSERT_INT_EQ(d->credit[CAMPAIGN_ATTRIBUTION_LINEAR], 34 + 100 + 100);
	/* Nothing links this one: unattributed, no credit anywhere. */
	campaign_conversion nobody = { t0, "someone-else", "?page=2", "not a number" };
	ASSERT_INT_EQ(campaign_report_add_conversion(fx.report, &nobody, NULL), CAMPAIGN_ENOTFOUND);
	campaign_report_counts total;
	campaign_report_totals(fx.report, &total);
	for (int m = 0; m < CAMPAIGN_ATTRIBUTION_MODEL_COUNT; m++)
		ASSERT_INT_EQ(total.credit[m], 300);
	fixture_close(&fx);
}

/* Adds the public API's credit of a conversion at `when` over touches[0..n) to want[placement][model]. */
static void
credit_as_the_api(const campaign_touch *touches, size_t n, int64_t when,
                  int64_t want[3][CAMPAIGN_ATTRIBUTION_MODEL_COUNT])
{
	static const char *const names[3] = { "gate", "depot", "vk" };
	campaign_attribution_share shares[320];
	for (int m = 0; m < CAMPAIGN_ATTRIBUTION_MODEL_COUNT; m++) {
		campaign_attribution_options o = CAMPAIGN_ATTRIBUTION_OPTIONS_INIT;
		o.model = (campaign_attribution_model)m;
		size_t count = 0;
		ASSERT_INT_EQ(campaign_attribute_channels(&o, touches, n, when, 100, shares, &count, NULL),
		              CAMPAIGN_OK);
		for (size_t k = 0; k < count; k++)
			for (int p = 0; p < 3; p++)
				if (strcmp(shares[k].channel, names[p]) == 0)
					want[p][m] += shares[k].amount;
	}
}

/*
 * A report keeps each person's path in time order as touches come (out of
 * order, at equal times, past the cap of 256) and credits conversions
 * without sorting: the credit must be what the public API gives for the
 * same touches in the order they came.
 */
static void
test_report__a_long_path_is_credited_as_the_public_api_credits_it(void)
{
	struct fixture fx;
	fixture_open(&fx, NULL);
	const int64_t t0 = 1796464800;
	const char *caller = "+7 916 111-22-33";
	campaign_touch touches[320];
	size_t n = 0;
	int64_t want[3][CAMPAIGN_ATTRIBUTION_MODEL_COUNT] = { { 0 } };
	/* 200 calls in scrambled time order, two at each time. */
	for (size_t i = 0; i < 200; i++) {
		int gate = i % 3 != 0;
		campaign_call call = { t0 + (int64_t)((i * 7919) % 200 / 2) * 600,
			               gate ? "+7 495 123-45-01" : "+7 495 123-45-02", caller, 60, 1 };
		ASSERT_INT_EQ(campaign_report_add_call(fx.report, &call, NULL), CAMPAIGN_OK);
		touches[n++] = (campaign_touch){ call.time, CAMPAIGN_TOUCH_SIGNIFICANT, gate ? "gate" : "depot" };
	}
	const int64_t end = t0 + 100 * 600;
	campaign_conversion by_phone = { end, caller, NULL, NULL };
	ASSERT_INT_EQ(campaign_report_add_conversion(fx.report, &by_phone, NULL), CAMPAIGN_OK);
	credit_as_the_api(touches, n, end, want);
	/* In the middle of the path: the later touches are no part of it. */
	by_phone.time = t0 + 37 * 600;
	ASSERT_INT_EQ(campaign_report_add_conversion(fx.report, &by_phone, NULL), CAMPAIGN_OK);
	credit_as_the_api(touches, n, t0 + 37 * 600, want);
	/* A sign-up from the VK post: its own touch ends the path, then stays on it. */
	campaign_conversion vk = { end + 60, caller,
		                   "?utm_source=vk&utm_medium=social&utm_campaign=rally", NULL };
	ASSERT_INT_EQ(campaign_report_add_conversion(fx.report, &vk, NULL), CAMPAIGN_OK);
	touches[n++] = (campaign_touch){ end + 60, CAMPAIGN_TOUCH_SIGNIFICANT, "vk" };
	credit_as_the_api(touches, n, end + 60, want);
	/* 100 later calls: past the cap, the oldest 45 touches (by time, then arrival) leave. */
	for (size_t i = 0; i < 100; i++) {
		campaign_call call = { end + 120 + (int64_t)i * 60, "+7 495 123-45-02", caller, 60, 1 };
		ASSERT_INT_EQ(campaign_report_add_call(fx.report, &call, NULL), CAMPAIGN_OK);
		touches[n++] = (campaign_touch){ call.time, CAMPAIGN_TOUCH_SIGNIFICANT, "depot" };
	}
	/* An old call on a full path is older than every touch kept: dropped. */
	campaign_call old = { t0 - 600, "+7 495 123-45-01", caller, 60, 1 };
	ASSERT_INT_EQ(campaign_report_add_call(fx.report, &old, NULL), CAMPAIGN_OK);
	campaign_touch kept[320];
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		size_t older = 0; /* touches before this one by time, then arrival */
		for (size_t j = 0; j < n; j++)
			older += touches[j].time < touches[i].time || (touches[j].time == touches[i].time && j < i);
		if (older >= n - 256)
			kept[k++] = touches[i];
	}
	ASSERT_INT_EQ(k, 256);
	by_phone.time = end + 120 + 100 * 60;
	ASSERT_INT_EQ(campaign_report_add_conversion(fx.report, &by_phone, NULL), CAMPAIGN_OK);
	credit_as_the_api(kept, k, by_phone.time, want);
	static const char *const names[3] = { "gate", "depot", "vk" };
	for (int p = 0; p < 3; p++)
		for (int m = 0; m < CAMPAIGN_ATTRIBUTION_MODEL_COUNT; m++)
			ASSERT_INT_EQ(counts_of(fx.report, names[p])->credit[m], want[p][m]);
	fixture_close(&fx);
}

static void
test_report__the_chart_is_a_png_or_an_svg_and_never_draws_a_box(void)
{
	struct fixture fx;
	fixture_open(&fx, NULL);
	campaign_buf png = CAMPAIGN_BUF_INIT, svg = CAMPAIGN_BUF_INIT, empty = CAMPAIGN_BUF_INIT;
	/* Nothing counted yet: a chart that says so. */
	ASSERT_INT_EQ(campaign_report_chart(&empty, fx.report, CAMPAIGN_CHART_PNG, "Rally", "ru", NULL),
	              CAMPAIGN_OK);
	campaign_call call = { 0, "+7 495 123-45-01", "+79160000000", 60, 1 };
	ASSERT_INT_EQ(campaign_report_add_call(fx.report, &call, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_report_chart(&png, fx.report, CAMPAIGN_CHART_PNG, "Rally", "en", NULL),
	              CAMPAIGN_OK);
	ASSERT_TRUE(png.size > 24 && memcmp(png.ptr, "\x89PNG\r\n\x1a\n", 8) == 0);
	/* IHDR: 1200 wide; taller with a bar than without. */
	const unsigned char *h = (const unsigned char *)png.ptr + 16, *e = (const unsigned char *)empty.ptr + 16;
	ASSERT_INT_EQ((h[0] << 24) | (h[1] << 16) | (h[2] << 8) | h[3], 1200);
	ASSERT_TRUE(((h[4] << 24) | (h[5] << 16) | (h[6] << 8) | h[7]) >
	            ((e[4] << 24) | (e[5] << 16) | (e[6] << 8) | e[7]));
	ASSERT_INT_EQ(campaign_report_chart(&svg, fx.report, CAMPAIGN_CHART_SVG, NULL, "de", NULL),
	              CAMPAIGN_OK);
	ASSERT_TRUE(svg.size > 100 && strstr(svg.ptr, "<svg") != NULL);
	/* A character no test font has would print as a box: refused. */
	campaign_buf boxed = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_report_chart(&boxed, fx.report, CAMPAIGN_CHART_PNG,
	                                    "Rally \xE9\x9B\x86\xE4\xBC\x9A" /* CJK: the test fonts have none */, "en", NULL),
	              CAMPAIGN_EMISSING);
	ASSERT_INT_EQ(campaign_report_chart(&boxed, fx.report, (campaign_chart_format)3, NULL, NULL,
	                                    NULL),
	              CAMPAIGN_EINVALID);
	campaign_buf_dispose(&png);
	campaign_buf_dispose(&svg);
	campaign_buf_dispose(&empty);
	fixture_close(&fx);
}

/* ---- cost ---- */

static void
test_report__money_divides_exactly_and_rounds_half_up(void)
{
	ASSERT_INT_EQ(campaign__money_per(100, 8), 13); /* 12.5 kopecks: up */
	ASSERT_INT_EQ(campaign__money_per(100, 3), 33);
	ASSERT_INT_EQ(campaign__money_per(200, 3), 67);
	ASSERT_INT_EQ(campaign__money_per(1, 3), 0);
	ASSERT_INT_EQ(campaign__money_per(0, 7), 0);
	/* No overflow where remainder * 2 would wrap. */
	ASSERT_TRUE(campaign__money_per(UINT64_MAX, UINT64_MAX) == 1);
	ASSERT_TRUE(campaign__money_per(UINT64_MAX / 2, UINT64_MAX) == 0);
	ASSERT_TRUE(campaign__money_per(UINT64_MAX / 2 + 1, UINT64_MAX) == 1);
	char text[32];
	campaign__money_format(text, sizeof(text), 4990, 2);
	ASSERT_STR_EQ(text, "49.90");
	campaign__money_format(text, sizeof(text), 5, 3);
	ASSERT_STR_EQ(text, "0.005");
	campaign__money_format(text, sizeof(text), 12000, 0);
	ASSERT_STR_EQ(text, "12000");
}

static void
test_report__cost_per_response_and_conversion_in_every_form(void)
{
	/* gate cost 1 RUB, depot 0.01, vk none: the event's rate leaves vk's responses out. */
	static const char *yaml =
		"campaign:\n"
		"  name: Rally\n"
		"  landing: https://example.org/rally\n"
		"  phones: { country_code: 7, pool: ['+74951234501', '+74951234502'] }\n"
		"events:\n"
		"  - { id: moscow, title: Rally, date: 2026-12-05 }\n"
		"placements:\n"
		"  - { id: gate, event: moscow, source: flyer, medium: print, content: gate, phone: true,\n"
		"      cost: 1 RUB }\n"
		"  - { id: depot, event: moscow, source: flyer, medium: print, content: depot, phone: true,\n"
		"      cost: 0.01 }\n"
		"  - { id: vk, event: moscow, source: vk, medium: social }\n";
	struct fixture fx;
	memset(&fx, 0, sizeof(fx));
	ASSERT_INT_EQ(campaign_spec_load_string(&fx.spec, yaml, strlen(yaml), "rally.yaml", scratch,
	                                        NULL),
	              CAMPAIGN_OK);
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	po.now = 1795996800;
	ASSERT_INT_EQ(campaign_plan_new(&fx.plan, fx.spec, &po, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_report_new(&fx.report, fx.plan, NULL, NULL), CAMPAIGN_OK);
	int digits;
	ASSERT_STR_EQ(campaign_report_currency(fx.report, &digits), "RUB");
	ASSERT_INT_EQ(digits, 2);
	ASSERT_INT_EQ(campaign_report_row_get(fx.report, 0)->cost, 100);
	ASSERT_INT_EQ(campaign_report_row_get(fx.report, 1)->cost, 1);
	ASSERT_INT_EQ(campaign_report_row_get(fx.report, 2)->cost, -1);
	const int64_t t0 = 1796464800;
	campaign_call call = { t0, "+7 495 123-45-01", "+79160000001", 60, 1 };
	for (int i = 0; i < 3; i++)
		ASSERT_INT_EQ(campaign_report_add_call(fx.report, &call, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_report_add_visit(fx.report, t0, "/rally?utm_source=vk&utm_medium=social"
	                                                       "&utm_campaign=rally", NULL),
	              CAMPAIGN_OK);
	campaign_buf json = CAMPAIGN_BUF_INIT, table = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_report_write(&json, fx.report, CAMPAIGN_REPORT_JSON, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_report_write(&table, fx.report, CAMPAIGN_REPORT_TABLE, NULL),
	              CAMPAIGN_OK);
	/* gate: 100 / 3 = 33.3 kopecks; depot nothing to divide by; vk no cost. */
	ASSERT_TRUE(strstr(json.ptr, "\"minor\": 100,\n        \"per_response_minor\": 33,\n"
	                             "        \"per_conversion_minor\": null") != NULL);
	ASSERT_TRUE(strstr(json.ptr, "\"minor\": 1,\n        \"per_response_minor\": null") != NULL);
	ASSERT_TRUE(strstr(json.ptr, "\"cost\": null") == NULL);
	/* The event: 101 kopecks over gate's and depot's 3 responses, not vk's. */
	ASSERT_TRUE(strstr(json.ptr, "\"minor\": 101,\n        \"per_response_minor\": 34,") != NULL);
	ASSERT_TRUE(strstr(json.ptr, "\"currency\": {\n    \"code\": \"RUB\",\n    \"digits\": 2")
	            != NULL);
	ASSERT_TRUE(strstr(table.ptr, "cost_RUB  per_response  per_conversion\n") != NULL);
	ASSERT_TRUE(strstr(table.ptr, "    1.00          0.33               -\n") != NULL);
	ASSERT_TRUE(strstr(table.ptr, "    1.01          0.34               -\n") != NULL);
	campaign_buf_dispose(&json);
	campaign_buf_dispose(&table);
	fixture_close(&fx);
}

/*
 * The JSON report is written a row at a time, never as one tree: its text
 * must be what jansson writes for the whole document, byte for byte.
 */
static void
test_report__json_written_row_by_row_is_jansson_s_text(void)
{
	struct fixture fx;
	fixture_open(&fx, NULL);
	ASSERT_INT_EQ(campaign_report_add_visit(fx.report, 0, "/rally?utm_source=vk&utm_medium=social"
	                                                      "&utm_campaign=rally", NULL),
	              CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_report_add_post(fx.report, 0, "#gate \"quoted\" \\ #depot", NULL),
	              CAMPAIGN_OK);
	campaign_buf out = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_report_write(&out, fx.report, CAMPAIGN_REPORT_JSON, NULL), CAMPAIGN_OK);
	json_error_t error;
	json_t *doc = json_loadb((const char *)out.ptr, out.size, 0, &error);
	ASSERT_NOT_NULL(doc);
	ASSERT_INT_EQ(json_array_size(json_object_get(doc, "placements")), campaign_report_row_count(fx.report));
	char *again = json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	ASSERT_NOT_NULL(again);
	ASSERT_INT_EQ(out.size, strlen(again) + 1);
	ASSERT_TRUE(memcmp(out.ptr, again, out.size - 1) == 0);
	ASSERT_INT_EQ(((const char *)out.ptr)[out.size - 1], '\n');
	free(again);
	json_decref(doc);
	campaign_buf_dispose(&out);
	fixture_close(&fx);
}

static void
test_report__bad_arguments_are_errors(void)
{
	campaign_diags *d = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&d), CAMPAIGN_OK);
	campaign_report *r = NULL;
	ASSERT_INT_EQ(campaign_report_new(&r, NULL, NULL, d), CAMPAIGN_EINVALID);
	ASSERT_NULL(r);
	campaign_report_options o = CAMPAIGN_REPORT_OPTIONS_INIT;
	o.version = 7;
	struct fixture fx;
	fixture_open(&fx, NULL);
	ASSERT_INT_EQ(campaign_report_new(&r, fx.plan, &o, d), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_report_read(fx.report, (campaign_trace_format)99, "x", NULL, d),
	              CAMPAIGN_EINVALID);
	campaign_buf out = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_report_write(&out, fx.report, (campaign_report_format)0, d),
	              CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_diags_error_count(d), 4);
	ASSERT_NULL(campaign_report_row_get(fx.report, 1000));
	ASSERT_NULL(campaign_report_input_get(fx.report, 0));
	ASSERT_INT_EQ(campaign_report_input_count(fx.report), 0);
	campaign_report_options init;
	ASSERT_INT_EQ(campaign_report_options_init(&init, CAMPAIGN_REPORT_OPTIONS_VERSION), CAMPAIGN_OK);
	ASSERT_INT_EQ(init.target_call_seconds, 30);
	ASSERT_INT_EQ(init.repeat_call_hours, 24);
	ASSERT_INT_EQ(campaign_report_options_init(&init, 0), CAMPAIGN_EINVALID);
	fixture_close(&fx);
	campaign_diags_free(d);
}

int
main(void)
{
	if (!mkdtemp(scratch))
		return 1;
	RUN(test_report__times_in_the_forms_exports_write);
	RUN(test_report__slashed_dates_are_told_apart_once_then_kept);
	RUN(test_report__string_map_finds_every_key_and_keeps_the_first_value);
	RUN(test_report__csv_export_with_bom_crlf_semicolons_and_a_preamble);
	RUN(test_report__csv_records_keep_the_line_they_start_on);
	RUN(test_report__a_broken_record_is_skipped_and_the_rest_read);
	RUN(test_report__a_stray_quote_costs_one_line);
	RUN(test_report__an_export_without_a_header_is_an_error);
	RUN(test_report__repeat_target_calls_within_the_window_count_once);
	RUN(test_report__repeat_calls_count_the_same_in_any_order);
	RUN(test_report__visits_are_matched_on_utm_values_never_guessed);
	RUN(test_report__junk_links_do_not_fill_memory);
	RUN(test_report__posts_count_once_per_placement_under_case_folding);
	RUN(test_report__a_conversion_is_shared_along_the_persons_path_by_every_model);
	RUN(test_report__a_long_path_is_credited_as_the_public_api_credits_it);
	RUN(test_report__the_chart_is_a_png_or_an_svg_and_never_draws_a_box);
	RUN(test_report__json_written_row_by_row_is_jansson_s_text);
	RUN(test_report__bad_arguments_are_errors);
	RUN(test_report__money_divides_exactly_and_rounds_half_up);
	RUN(test_report__cost_per_response_and_conversion_in_every_form);
	char cmd[96];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", scratch);
	if (system(cmd) != 0)
		return 1;
	/* The chart used fonts: their map is freed as a program's would be. */
	campaign_shutdown();
	return harness_done();
}
