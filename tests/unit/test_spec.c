/* The spec loader: values, defaults, rows expansion, and hostile input. */
#include <stdlib.h>
#include <string.h>

#include "campaign/campaign.h"
#include "text/csv.h"
#include "harness.h"
#include "util/arena.h"
#include "util/strbuf.h"
#include "util/utf8.h"

static const char *minimal =
	"campaign:\n"
	"  name: Rally\n"
	"  landing: https://example.org/rally\n"
	"events:\n"
	"  - id: rally\n"
	"    title: Rally\n"
	"    date: 2026-12-05\n"
	"placements:\n"
	"  - id: flyer\n"
	"    event: rally\n"
	"    source: flyer\n"
	"    medium: print\n"
	"    template: flyer-a5\n";

static campaign_spec *
load_ok(const char *yaml, campaign_diags *d)
{
	campaign_spec *spec = NULL;
	int rc = campaign_spec_load_string(&spec, yaml, strlen(yaml), "t.yaml", "data/specs/good", d);
	if (rc != CAMPAIGN_OK) {
		for (size_t i = 0; i < campaign_diags_count(d); i++)
			printf("# %s\n", campaign_diags_get(d, i)->message);
	}
	ASSERT_INT_EQ(rc, CAMPAIGN_OK);
	return spec;
}

/* Loads yaml expecting failure; returns the first diagnostic. */
static const campaign_diag *
load_fails(const char *yaml, size_t len, campaign_diags *d, int want_status)
{
	campaign_spec *spec = NULL;
	ASSERT_INT_EQ(campaign_spec_load_string(&spec, yaml, len, "t.yaml", NULL, d), want_status);
	ASSERT_NULL(spec);
	ASSERT_TRUE(campaign_diags_count(d) > 0);
	return campaign_diags_get(d, 0);
}

static const campaign_diag *
find_diag(const campaign_diags *d, const char *message)
{
	for (size_t i = 0; i < campaign_diags_count(d); i++)
		if (strcmp(campaign_diags_get(d, i)->message, message) == 0)
			return campaign_diags_get(d, i);
	harness_fail(__FILE__, __LINE__, "no diagnostic \"%s\"", message);
	return NULL;
}

static void
test_spec__loads_values_and_defaults(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_spec *spec = load_ok(minimal, d);
	ASSERT_STR_EQ(campaign_spec_name(spec), "Rally");
	ASSERT_STR_EQ(campaign_spec_slug(spec), "rally");
	ASSERT_STR_EQ(campaign_spec_language(spec), "en");
	ASSERT_STR_EQ(campaign_spec_landing(spec), "https://example.org/rally");
	ASSERT_INT_EQ(campaign_spec_event_count(spec), 1);
	const campaign_event *ev = campaign_spec_event(spec, 0);
	ASSERT_STR_EQ(ev->date, "2026-12-05");
	ASSERT_NULL(ev->time);
	ASSERT_TRUE(campaign_spec_find_event(spec, "rally") == ev);
	ASSERT_NULL(campaign_spec_find_event(spec, "other"));
	ASSERT_NULL(campaign_spec_find_event(spec, "Rally")); /* found as written, not ignoring case */
	ASSERT_NULL(campaign_spec_find_event(spec, NULL));
	const campaign_placement *p = campaign_spec_placement(spec, 0);
	ASSERT_STR_EQ(p->id, "flyer");
	ASSERT_STR_EQ(p->template_name, "flyer-a5");
	ASSERT_INT_EQ(p->qr, 1); /* a placement with a template gets a QR code by default */
	ASSERT_INT_EQ(p->phone, 0);
	ASSERT_NULL(p->rows_file);
	ASSERT_NULL(campaign_spec_placement(spec, 1));
	ASSERT_INT_EQ(campaign_diags_count(d), 0);
	campaign_spec_free(spec);
	campaign_diags_free(d);
}

static void
test_spec__slug_from_a_cyrillic_name(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	char yaml[1024];
	snprintf(yaml, sizeof(yaml), "%s", minimal);
	char *name = strstr(yaml, "name: Rally");
	const char *tail = strstr(minimal, "\n  landing");
	snprintf(name, sizeof(yaml) - (size_t)(name - yaml), "name: \"Митинг за зарплату 2026!\"%s", tail);
	campaign_spec *spec = load_ok(yaml, d);
	ASSERT_STR_EQ(campaign_spec_slug(spec), "miting-za-zarplatu-2026");
	campaign_spec_free(spec);
	campaign_diags_free(d);
}

static void
test_spec__example_expands_rows_in_order(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_spec *spec = NULL;
	ASSERT_INT_EQ(campaign_spec_load_file(&spec, "../examples/rally/campaign.yaml", d), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_spec_placement_count(spec), 12);
	const campaign_placement *p = campaign_spec_placement(spec, 4);
	ASSERT_STR_EQ(p->id, "poster-park-kultury");
	ASSERT_STR_EQ(p->content, "Парк культуры");
	ASSERT_STR_EQ(p->rows_file, "stations.csv");
	ASSERT_INT_EQ(p->row_number, 1);
	ASSERT_INT_EQ(p->row_count, 3);
	ASSERT_STR_EQ(p->row[2].key, "line");
	ASSERT_STR_EQ(p->row[2].value, "Сокольническая");
	ASSERT_STR_EQ(campaign_spec_placement(spec, 7)->id, "poster-shabolovskaya");
	ASSERT_INT_EQ(campaign_spec_placement(spec, 7)->row_number, 4);
	ASSERT_STR_EQ(campaign_spec_placement(spec, 8)->id, "vk-post");
	campaign_spec_free(spec);
	campaign_diags_free(d);
}

static void
test_spec__column_counts_code_points(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	/* The bad value sits after Cyrillic text on its line: column 38 in code points, not 44 in bytes. */
	const char *yaml = "campaign: { name: \"Митинг\", landing: ftp://x }\n";
	load_fails(yaml, strlen(yaml), d, CAMPAIGN_EINVALID);
	const campaign_diag *e = find_diag(d, "bad landing URL: URL scheme 'ftp' cannot carry UTM parameters; use an http or https URL");
	ASSERT_INT_EQ(e->line, 1);
	ASSERT_INT_EQ(e->column, 38);
	campaign_diags_free(d);
}

static void
test_spec__reports_every_problem(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	const char *yaml = "campaign:\n  nmae: x\nevents:\n  - id: a/b\n    title: t\n    date: 2026-02-29\n"
	                   "placements:\n  - id: p\n    event: a\n    source: s\n";
	load_fails(yaml, strlen(yaml), d, CAMPAIGN_EINVALID);
	/* Sorted by position. 'nmae' is the missing 'name': one error says both. */
	ASSERT_INT_EQ(campaign_diags_error_count(d), 5);
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->message, "unknown key 'nmae'; did you mean 'name'?");
	ASSERT_INT_EQ(campaign_diags_get(d, 0)->line, 2);
	ASSERT_INT_EQ(campaign_diags_get(d, 0)->column, 3);
	ASSERT_STR_EQ(campaign_diags_get(d, 1)->message,
	              "event id 'a/b' is not a safe file name: it may contain only Latin letters, digits, '-', '_' and '.'");
	ASSERT_STR_EQ(campaign_diags_get(d, 2)->message,
	              "'date' must be a calendar date written YYYY-MM-DD, not '2026-02-29'");
	/* No key near 'medium': this one is missing, not misspelt. */
	ASSERT_STR_EQ(campaign_diags_get(d, 3)->message, "missing required key 'medium' in placement");
	ASSERT_STR_EQ(campaign_diags_get(d, 4)->message, "unknown event 'a'");
	campaign_diags_free(d);
}

static void
test_spec__rejects_deep_nesting_early(void)
{
	/* 100,000 levels: libyaml 0.2.5 alone would take tens of seconds (it is quadratic in depth). */
	size_t depth = 100000;
	char *yaml = malloc(2 * depth + 16);
	memcpy(yaml, "campaign: ", 10);
	memset(yaml + 10, '[', depth);
	memset(yaml + 10 + depth, ']', depth);
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	const campaign_diag *e = load_fails(yaml, 10 + 2 * depth, d, CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(e->message, "nesting is too deep (limit 64 levels)");
	ASSERT_INT_EQ(e->line, 1);
	ASSERT_INT_EQ(e->column, 74);
	campaign_diags_free(d);
	free(yaml);
}

static void
test_spec__rejects_alias_at_first_use(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	const char *yaml = "a: &a [x, x]\nb: [*a, *a]\n";
	const campaign_diag *e = load_fails(yaml, strlen(yaml), d, CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(e->message, "aliases (*a) are not supported; repeat the value instead");
	ASSERT_INT_EQ(e->line, 2);
	ASSERT_INT_EQ(e->column, 5);
	campaign_diags_free(d);
}

static void
test_spec__nul_inside_the_buffer_is_located(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	const char yaml[] = "campaign:\n  name: a\0b\n";
	const campaign_diag *e = load_fails(yaml, sizeof(yaml) - 1, d, CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(e->message, "control character U+0000 is not allowed");
	ASSERT_INT_EQ(e->line, 2);
	ASSERT_INT_EQ(e->column, 10);
	campaign_diags_free(d);
}

static void
test_spec__missing_file_is_an_io_error(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_spec *spec = NULL;
	ASSERT_INT_EQ(campaign_spec_load_file(&spec, "no/such/spec.yaml", d), CAMPAIGN_EIO);
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->message,
	              "cannot read 'no/such/spec.yaml': No such file or directory");
	campaign_diags_free(d);
}

static void
parse_csv(const char *text, struct csv_table *t, struct arena *a, campaign_diags *d, int want)
{
	ASSERT_INT_EQ(campaign__csv_parse(t, text, strlen(text), "t.csv", a, d), want);
}

static void
test_csv__quotes_crlf_bom_and_blank_lines(void)
{
	struct arena a = { 0 };
	struct csv_table t;
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	parse_csv("\xEF\xBB\xBF" "code,name\r\n"
	          "a,\"Парк, \"\"культуры\"\"\"\r\n"
	          "\r\n"
	          "b,\"two\nlines\"\n"
	          "c,\n",
	          &t, &a, d, CAMPAIGN_OK);
	ASSERT_INT_EQ(t.columns, 2);
	ASSERT_STR_EQ(t.header[0], "code");
	ASSERT_NULL(t.header[2]);
	ASSERT_INT_EQ(t.rows, 3);
	ASSERT_STR_EQ(t.cells[1].value, "Парк, \"культуры\"");
	ASSERT_STR_EQ(t.cells[1].key, "name");
	ASSERT_STR_EQ(t.cells[3].value, "two\nlines");
	ASSERT_STR_EQ(t.cells[3].key, "name");
	ASSERT_STR_EQ(t.cells[5].value, "");
	ASSERT_INT_EQ(t.row_line[0], 2);
	ASSERT_INT_EQ(t.row_line[1], 4);
	ASSERT_INT_EQ(t.row_line[2], 6);
	ASSERT_INT_EQ(campaign__csv_column(&t, "name"), 1);
	ASSERT_INT_EQ(campaign__csv_column(&t, "nope"), -1);
	campaign_diags_free(d);
	campaign__arena_free(&a);
}

/*
 * Each cell keeps where it starts (issue 17: a row's bad image or colour is
 * reported there): after a quoted field that spans lines, in code points
 * past Cyrillic, at the quote of a quoted cell, and for an empty last cell.
 */
static void
test_csv__cells_keep_their_line_and_column(void)
{
	struct arena a = { 0 };
	struct csv_table t;
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	parse_csv("code,photo,colour\r\n"
	          "\"two\nlines\",фото.png,#fff\r\n"
	          "Парк,\"b.jpg\",\n",
	          &t, &a, d, CAMPAIGN_OK);
	ASSERT_INT_EQ(t.rows, 2);
	const unsigned want[6][2] = { { 2, 1 }, { 3, 8 }, { 3, 17 }, { 4, 1 }, { 4, 6 }, { 4, 14 } };
	for (size_t i = 0; i < 6; i++) {
		ASSERT_INT_EQ(t.cell_at[i].line, want[i][0]);
		ASSERT_INT_EQ(t.cell_at[i].column, want[i][1]);
	}
	campaign_diags_free(d);
	campaign__arena_free(&a);
}

/*
 * The columns of a wide row are counted on from the cell before (a row of
 * a thousand cells was quadratic), and come out as counted from the line's
 * start: past 2-, 3- and 4-byte characters and a quoted cell holding the
 * delimiter, on the table's second line.
 */
static void
test_csv__wide_rows_keep_their_columns(void)
{
	static const char *const cells[] = { "é", "фф", "\"q,é\"", "€x", "𝄞", "日本", "", "a" };
	struct strbuf text;
	campaign__strbuf_init(&text, 0);
	for (size_t c = 0; c < 64; c++)
		campaign__strbuf_addf(&text, "%sh%zu", c ? "," : "", c);
	campaign__strbuf_add(&text, "\n", 1);
	size_t line_start = text.len;
	size_t want[64];
	for (size_t c = 0; c < 64; c++) {
		if (c)
			campaign__strbuf_add(&text, ",", 1);
		want[c] = campaign__utf8_count(text.ptr + line_start, text.len - line_start) + 1;
		campaign__strbuf_add(&text, cells[c % 8], strlen(cells[c % 8]));
	}
	campaign__strbuf_add(&text, "\n", 1);
	struct arena a = { 0 };
	struct csv_table t;
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	parse_csv(text.ptr, &t, &a, d, CAMPAIGN_OK);
	ASSERT_INT_EQ(t.rows, 1);
	for (size_t c = 0; c < 64; c++) {
		ASSERT_INT_EQ(t.cell_at[c].line, 2);
		ASSERT_INT_EQ(t.cell_at[c].column, want[c]);
	}
	campaign_diags_free(d);
	campaign__arena_free(&a);
	campaign__strbuf_free(&text);
}

/* The delimiter is the header line's: ';' and tab tables read as such, quotes respected. */
static void
test_csv__delimiter_from_the_header_line(void)
{
	static const struct {
		const char *text;
		char delimiter;
		size_t columns;
	} cases[] = {
		{ "a;b;c\n1;2;3\n", ';', 3 },
		{ "a\tb\n1\t2\n", '\t', 2 },
		{ "a,b\n1;5,2\n", ',', 2 },             /* a ';' in a comma table's data is text */
		{ "\"a;b\",c\n1,2\n", ',', 2 },        /* and in its quoted header */
		{ "a;b,c;d\n1;2,3;4\n", ';', 3 },       /* more ';' than ',' */
		{ "a;b,c\n1;2,3\n", ',', 2 },           /* a tie: commas, RFC 4180's */
		{ "name\nx\n", ',', 1 },                /* none at all */
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct arena a = { 0 };
		struct csv_table t;
		campaign_diags *d = NULL;
		campaign_diags_new(&d);
		parse_csv(cases[i].text, &t, &a, d, CAMPAIGN_OK);
		ASSERT_INT_EQ(t.delimiter, cases[i].delimiter);
		ASSERT_INT_EQ(t.delimiter_detected, 1);
		ASSERT_INT_EQ(t.columns, cases[i].columns);
		campaign__arena_free(&a);
		campaign_diags_free(d);
	}
	/* Given, it is used as it is: this header is then one column. */
	struct arena a = { 0 };
	struct csv_table t;
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	const char *text = "a;b\n1;2\n";
	ASSERT_INT_EQ(campaign__csv_parse_delim(&t, text, strlen(text), "t.csv", ',', &a, d), CAMPAIGN_OK);
	ASSERT_INT_EQ(t.columns, 1);
	ASSERT_INT_EQ(t.delimiter_detected, 0);
	campaign__arena_free(&a);
	campaign_diags_free(d);
}

/* UTF-16 and UTF-32 without a byte order mark: named from where the NULs fall, not "NUL byte". */
static void
test_csv__wide_text_without_bom(void)
{
	static const struct {
		const char text[32];
		size_t len;
		const char *encoding;
	} cases[] = {
		{ "a\0,\0b\0\n\0" "1\0,\0" "2\0\n\0", 16, "UTF-16LE" },
		{ "\0a\0,\0b\0\n\0" "1\0,\0" "2\0\n", 16, "UTF-16BE" },
		{ "a\0\0\0,\0\0\0b\0\0\0\n\0\0\0" "1\0\0\0\n\0\0\0", 24, "UTF-32LE" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct arena a = { 0 };
		struct csv_table t;
		campaign_diags *d = NULL;
		ASSERT_INT_EQ(campaign_diags_new(&d), CAMPAIGN_OK);
		ASSERT_INT_EQ(campaign__csv_parse(&t, cases[i].text, cases[i].len, "t.csv", &a, d),
		              CAMPAIGN_EINVALID);
		char want[160];
		snprintf(want, sizeof(want), "the table is %s without a byte order mark (its NUL bytes "
		         "fall where that encoding puts them); save it as CSV UTF-8", cases[i].encoding);
		ASSERT_STR_EQ(campaign_diags_get(d, 0)->message, want);
		ASSERT_INT_EQ(campaign_diags_get(d, 0)->line, 1);
		campaign_diags_free(d);
		campaign__arena_free(&a);
	}
}

static void
test_csv__located_errors(void)
{
	static const struct {
		const char *text;
		const char *message;
		unsigned long line, column;
	} cases[] = {
		{ "", "the table is empty; it needs a header row", 1, 1 },
		{ "a,a\n1,2\n", "column 'a' appears twice in the header", 1, 1 },
		{ "a,\n", "column 2 of the header has no name", 1, 1 },
		{ "a,b\n1,2,3\n", "row has 3 fields; the header has 2", 2, 1 },
		{ "a\n\"x\"y\n", "unexpected text after a closing quote; a quoted field ends at the quote", 2, 4 },
		{ "a\nx\"y\n", "a quote inside an unquoted field; quote the whole field and double the quote", 2, 2 },
		{ "a,b\nя,\"open\n", "unclosed quote: the field that starts here has no closing '\"'", 2, 3 },
		{ "a\n\xff\n", "byte 0xFF is not UTF-8: the table is in another encoding, most likely an "
		  "8-bit code page such as Windows-1252 (Latin-1) or Windows-1251 (Cyrillic), as Excel's "
		  "'CSV (Comma delimited)' saves it; save it as 'CSV UTF-8 (Comma delimited)' (in "
		  "LibreOffice: character set 'Unicode (UTF-8)')", 2, 1 },
		/* UTF-8 elsewhere: not another encoding, a damaged or pasted part. */
		{ "\xd1\x8f\n\xff\n", "invalid UTF-8 byte sequence (byte 0xFF) in a table that is UTF-8 "
		  "elsewhere: damaged, or pasted from another encoding; the table must be UTF-8", 2, 1 },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct arena a = { 0 };
		struct csv_table t;
		campaign_diags *d = NULL;
		campaign_diags_new(&d);
		parse_csv(cases[i].text, &t, &a, d, CAMPAIGN_EINVALID);
		const campaign_diag *e = campaign_diags_get(d, 0);
		ASSERT_STR_EQ(e->message, cases[i].message);
		ASSERT_INT_EQ(e->line, cases[i].line);
		ASSERT_INT_EQ(e->column, cases[i].column);
		campaign_diags_free(d);
		campaign__arena_free(&a);
	}
}

static void
test_csv__hundred_thousand_rows(void)
{
	size_t rows = 100000;
	char *text = malloc(rows * 16 + 16);
	size_t n = (size_t)snprintf(text, 16, "code,n\n");
	for (size_t i = 0; i < rows; i++)
		n += (size_t)snprintf(text + n, 16, "c%zu,%zu\n", i, i);
	struct arena a = { 0 };
	struct csv_table t;
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	ASSERT_INT_EQ(campaign__csv_parse(&t, text, n, "t.csv", &a, d), CAMPAIGN_OK);
	ASSERT_INT_EQ(t.rows, rows);
	ASSERT_STR_EQ(t.cells[2 * (rows - 1)].value, "c99999");
	ASSERT_INT_EQ(t.row_line[rows - 1], rows + 1);
	campaign_diags_free(d);
	campaign__arena_free(&a);
	free(text);
}

/* minimal's placement with a cost line and the campaign's `currency:` line (or none). */
static const char *
with_cost(char *buf, size_t size, const char *currency, const char *cost)
{
	snprintf(buf, size, "campaign:\n  name: Rally\n  landing: https://example.org/rally\n%s"
	                    "events:\n  - id: rally\n    title: Rally\n    date: 2026-12-05\n"
	                    "placements:\n  - id: flyer\n    event: rally\n    source: flyer\n"
	                    "    medium: print\n    cost: %s\n",
	         currency, cost);
	return buf;
}

static void
test_spec__cost_in_the_campaigns_one_currency(void)
{
	char yaml[512];
	int digits = -1;
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_spec *spec = load_ok(with_cost(yaml, sizeof(yaml), "", "49.90 EUR"), d);
	ASSERT_STR_EQ(campaign_spec_currency(spec, &digits), "EUR");
	ASSERT_INT_EQ(digits, 2);
	ASSERT_STR_EQ(campaign_spec_placement(spec, 0)->cost, "49.90 EUR");
	campaign_spec_free(spec);
	spec = load_ok(with_cost(yaml, sizeof(yaml), "  currency: JPY\n", "12000"), d);
	ASSERT_STR_EQ(campaign_spec_currency(spec, &digits), "JPY");
	ASSERT_INT_EQ(digits, 0);
	campaign_spec_free(spec);
	spec = load_ok(minimal, d);
	ASSERT_NULL(campaign_spec_currency(spec, &digits));
	ASSERT_NULL(campaign_spec_placement(spec, 0)->cost);
	campaign_spec_free(spec);
	campaign_diags_free(d);
}

static void
test_spec__bad_costs_are_located(void)
{
	static const char *const cases[][3] = {
		{ "  currency: RUB\n", "\"-5\"", "bad cost '-5': a cost must not be negative" },
		{ "  currency: RUB\n", "49.905",
		  "bad cost '49.905': more decimals than the currency has (RUB has 2)" },
		{ "  currency: JPY\n", "100.5",
		  "bad cost '100.5': this currency has no minor unit: the amount takes no decimals "
		  "(JPY has 0)" },
		{ "  currency: RUB\n", "10 EUR",
		  "bad cost '10 EUR': a campaign's costs are all in one currency, and this one's is RUB "
		  "(named at line 4, column 13)" },
		{ "", "12000", "bad cost '12000': no currency: write it after the amount (\"12000 RUB\") "
		               "or set 'currency' in 'campaign'" },
		{ "", "12 ABC", "bad cost '12 ABC': ABC is no ISO 4217 currency" },
		{ "  currency: RUB\n", "\"12,50\"",
		  "bad cost '12,50': write the amount with '.' before the decimals, like 49.90" },
		{ "  currency: RUB\n", "100000000001",
		  "bad cost '100000000001': the amount is too large (at most 100 000 000 000 in a "
		  "currency with cents)" },
		{ "  currency: rub\n", "1",
		  "'currency' must be an ISO 4217 code in capitals, like RUB, EUR or USD, not 'rub'" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char yaml[512];
		campaign_diags *d = NULL;
		campaign_diags_new(&d);
		with_cost(yaml, sizeof(yaml), cases[i][0], cases[i][1]);
		const campaign_diag *e = load_fails(yaml, strlen(yaml), d, CAMPAIGN_EINVALID);
		ASSERT_STR_EQ(e->message, cases[i][2]);
		/* The cost's line is 14 after a `currency:` line, 13 without. */
		int line = !cases[i][0][0] ? 13 : strstr(cases[i][2], "'currency'") ? 4 : 14;
		ASSERT_INT_EQ(e->line, line);
		campaign_diags_free(d);
	}
}

static void
test_spec__cost_of_a_placement_built_in_code(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_spec *spec = NULL;
	ASSERT_INT_EQ(campaign_spec_new(&spec, "Rally", NULL, d), CAMPAIGN_OK);
	campaign_event ev = CAMPAIGN_EVENT_INIT;
	ev.id = "rally", ev.title = "Rally", ev.date = "2026-12-05", ev.landing = "https://example.org/";
	ASSERT_INT_EQ(campaign_spec_add_event(spec, &ev, d), CAMPAIGN_OK);
	campaign_placement p = CAMPAIGN_PLACEMENT_INIT;
	p.id = "a", p.event = "rally", p.source = "flyer", p.medium = "print", p.cost = "150 KWD";
	ASSERT_INT_EQ(campaign_spec_add_placement(spec, &p, d), CAMPAIGN_OK);
	p.id = "b", p.cost = "1.5";
	ASSERT_INT_EQ(campaign_spec_add_placement(spec, &p, d), CAMPAIGN_OK);
	p.id = "c", p.cost = "1 EUR";
	ASSERT_INT_EQ(campaign_spec_add_placement(spec, &p, d), CAMPAIGN_EINVALID);
	int digits;
	ASSERT_STR_EQ(campaign_spec_currency(spec, &digits), "KWD");
	ASSERT_INT_EQ(digits, 3);
	ASSERT_STR_EQ(campaign_spec_placement(spec, 1)->cost, "1.5");
	campaign_spec_free(spec);
	campaign_diags_free(d);
}

int
main(void)
{
	RUN(test_spec__loads_values_and_defaults);
	RUN(test_spec__slug_from_a_cyrillic_name);
	RUN(test_spec__example_expands_rows_in_order);
	RUN(test_spec__column_counts_code_points);
	RUN(test_spec__reports_every_problem);
	RUN(test_spec__rejects_deep_nesting_early);
	RUN(test_spec__rejects_alias_at_first_use);
	RUN(test_spec__nul_inside_the_buffer_is_located);
	RUN(test_spec__missing_file_is_an_io_error);
	RUN(test_spec__cost_in_the_campaigns_one_currency);
	RUN(test_spec__bad_costs_are_located);
	RUN(test_spec__cost_of_a_placement_built_in_code);
	RUN(test_csv__quotes_crlf_bom_and_blank_lines);
	RUN(test_csv__located_errors);
	RUN(test_csv__wide_text_without_bom);
	RUN(test_csv__cells_keep_their_line_and_column);
	RUN(test_csv__wide_rows_keep_their_columns);
	RUN(test_csv__delimiter_from_the_header_line);
	RUN(test_csv__hundred_thousand_rows);
	return harness_done();
}
