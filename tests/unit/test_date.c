/* The calendar (lib/util/date.c): one range of years, exact day arithmetic, instants. */
#include <stdint.h>
#include <string.h>

#include "campaign/campaign.h"
#include "harness.h"
#include "render/pdf_boxes.h"
#include "util/date.h"

static void
test_date__parses_real_days_only(void)
{
	static const struct {
		const char *iso;
		int ok;
		long days;
	} cases[] = {
		{ "1970-01-01", 1, 0 },
		{ "2024-02-29", 1, 19782 },
		/* Day -1 is a date, not an error (it once was both). */
		{ "1969-12-31", 1, -1 },
		{ "1900-01-01", 1, -25567 },
		{ "9999-12-31", 1, 2932896 },
		/* special cases */
		{ "2023-02-29", 0, 0 },
		{ "1900-02-29", 0, 0 }, /* not a leap year */
		{ "2000-02-29", 1, 11016 },
		{ "1899-12-31", 0, 0 },  /* before the range */
		{ "2026-13-01", 0, 0 },
		{ "2026-04-31", 0, 0 },
		{ "2026-1-01", 0, 0 },
		{ "2026-01-011", 0, 0 },
		{ "", 0, 0 },
		{ "2026/01/01", 0, 0 },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		long days = 12345;
		int rc = campaign__date_parse(cases[i].iso, &days);
		ASSERT_INT_EQ(rc == 0, cases[i].ok);
		if (cases[i].ok) {
			ASSERT_INT_EQ(days, cases[i].days);
			char out[11];
			campaign__date_format(days, out);
			ASSERT_STR_EQ(out, cases[i].iso);
		}
	}
}

static void
test_date__weekdays_and_fields(void)
{
	struct date_civil c;
	ASSERT_INT_EQ(campaign__date_parse_civil("2026-12-05", &c), 0);
	ASSERT_INT_EQ(c.year, 2026);
	ASSERT_INT_EQ(c.month, 12);
	ASSERT_INT_EQ(c.day, 5);
	ASSERT_INT_EQ(c.weekday, 5); /* a Saturday; 0 is Monday */
	ASSERT_INT_EQ(campaign__date_parse_civil("1969-12-29", &c), 0);
	ASSERT_INT_EQ(c.weekday, 0); /* a Monday, before the epoch */
	ASSERT_INT_EQ(campaign__date_parse_civil("1900-01-01", &c), 0);
	ASSERT_INT_EQ(c.weekday, 0);
}

static void
test_date__range_is_what_can_be_written(void)
{
	long first, last;
	ASSERT_INT_EQ(campaign__date_parse("1900-01-01", &first), 0);
	ASSERT_INT_EQ(campaign__date_parse("9999-12-31", &last), 0);
	ASSERT_TRUE(campaign__date_in_range(first));
	ASSERT_TRUE(campaign__date_in_range(last));
	ASSERT_TRUE(!campaign__date_in_range(first - 1));
	ASSERT_TRUE(!campaign__date_in_range(last + 1));
	/* What the flyers print agrees with what the spec and ledger read. */
	campaign_buf out = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_format_date(&out, "1899-12-31", "en", 0), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_format_date(&out, "9999-12-31", "en", 0), CAMPAIGN_OK);
	ASSERT_STR_EQ(out.ptr, "31 December 9999");
	campaign_buf_dispose(&out);
}

static void
test_date__instants_and_their_fields(void)
{
	int64_t t = 0;
	ASSERT_INT_EQ(campaign_time_parse(&t, "2026-12-01"), CAMPAIGN_OK);
	ASSERT_INT_EQ(t, 1796083200);
	ASSERT_INT_EQ(campaign_time_parse(&t, "2026-12-01T03:00:00+03:00"), CAMPAIGN_OK);
	ASSERT_INT_EQ(t, 1796083200);
	ASSERT_INT_EQ(campaign_time_parse(&t, "2026-12-01T09:30Z"), CAMPAIGN_OK);
	ASSERT_INT_EQ(t, 1796083200 + 9 * 3600 + 30 * 60);
	ASSERT_INT_EQ(campaign_time_parse(&t, "yesterday"), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_time_parse(&t, "2026-12-01T25:00"), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_time_parse(&t, "2026"), CAMPAIGN_EINVALID);
	/* A leap second has no Unix time: it would be read as the next day's midnight. */
	ASSERT_INT_EQ(campaign_time_parse(&t, "2026-12-31T23:59:60Z"), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_time_parse(&t, "2016-12-31T23:59:60"), CAMPAIGN_EINVALID);
	/* Only clocks a ledger can be dated by: 1970 to 9999. */
	ASSERT_INT_EQ(campaign_time_parse(&t, "1969-12-31T23:59:59Z"), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_time_parse(&t, "9999-12-31T23:59:59Z"), CAMPAIGN_OK);
	ASSERT_INT_EQ(t, CAMPAIGN_TIME_MAX);
	ASSERT_INT_EQ(campaign_time_parse(&t, "9999-12-31T23:59:59-01:00"), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign__date_from_epoch(-1), -1);
	ASSERT_INT_EQ(campaign__date_from_epoch(86399), 0);

	struct date_time dt;
	ASSERT_INT_EQ(campaign__time_split(1796083200 + 9 * 3600 + 30 * 60 + 7, &dt), 0);
	ASSERT_INT_EQ(dt.date.year, 2026);
	ASSERT_INT_EQ(dt.hour, 9);
	ASSERT_INT_EQ(dt.minute, 30);
	ASSERT_INT_EQ(dt.second, 7);
	ASSERT_INT_EQ(campaign__time_split(-1, &dt), 0);
	ASSERT_INT_EQ(dt.date.year, 1969);
	ASSERT_INT_EQ(dt.hour, 23);
	/* Year 10000 has no four-digit form: refused, never written as 0000. */
	ASSERT_INT_EQ(campaign__time_split(253402300800LL, &dt), -1);
	ASSERT_INT_EQ(campaign__time_split(INT64_MAX, &dt), -1);
	ASSERT_INT_EQ(campaign__time_split(INT64_MIN, &dt), -1);

	char pdf[40] = "x";
	campaign__pdf_info_date(1796083200, pdf, sizeof(pdf));
	ASSERT_STR_EQ(pdf, "D:20261201000000Z");
	campaign__pdf_date(1796083200, pdf, sizeof(pdf));
	ASSERT_STR_EQ(pdf, "2026-12-01T00:00:00Z");
	campaign__pdf_info_date(253402300800LL, pdf, sizeof(pdf));
	ASSERT_STR_EQ(pdf, "");
}

static void
test_date__times_of_day(void)
{
	ASSERT_TRUE(campaign__time_of_day_valid("00:00"));
	ASSERT_TRUE(campaign__time_of_day_valid("23:59"));
	ASSERT_TRUE(!campaign__time_of_day_valid("24:00"));
	ASSERT_TRUE(!campaign__time_of_day_valid("12:60"));
	ASSERT_TRUE(!campaign__time_of_day_valid("9:00"));
	ASSERT_TRUE(!campaign__time_of_day_valid("12:00:00"));
	ASSERT_TRUE(!campaign__time_of_day_valid("ab:cd"));
}

int
main(void)
{
	RUN(test_date__parses_real_days_only);
	RUN(test_date__weekdays_and_fields);
	RUN(test_date__range_is_what_can_be_written);
	RUN(test_date__instants_and_their_fields);
	RUN(test_date__times_of_day);
	return harness_done();
}
