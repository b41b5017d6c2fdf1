/* The diagnostics sink and status strings. */
#include "campaign/campaign.h"
#include "harness.h"

static void
test_diag__keeps_order_position_and_counts_errors(void)
{
	campaign_diags *d = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&d), CAMPAIGN_OK);
	campaign_diags_add(d, CAMPAIGN_SEVERITY_WARNING, CAMPAIGN_OK, "a.yaml", 3, 7, "small %s", "code");
	campaign_diags_add(d, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0, "bad %d", 42);
	ASSERT_INT_EQ(campaign_diags_count(d), 2);
	ASSERT_INT_EQ(campaign_diags_error_count(d), 1);
	const campaign_diag *w = campaign_diags_get(d, 0);
	ASSERT_STR_EQ(w->file, "a.yaml");
	ASSERT_INT_EQ(w->line, 3);
	ASSERT_INT_EQ(w->column, 7);
	ASSERT_STR_EQ(w->message, "small code");
	ASSERT_INT_EQ(w->severity, CAMPAIGN_SEVERITY_WARNING);
	const campaign_diag *e = campaign_diags_get(d, 1);
	ASSERT_NULL(e->file);
	ASSERT_STR_EQ(e->message, "bad 42");
	ASSERT_INT_EQ(e->status, CAMPAIGN_EINVALID);
	ASSERT_NULL(campaign_diags_get(d, 2));
	campaign_diags_clear(d);
	ASSERT_INT_EQ(campaign_diags_count(d), 0);
	ASSERT_INT_EQ(campaign_diags_error_count(d), 0);
	campaign_diags_free(d);
}

static void
test_diag__null_sink_is_accepted(void)
{
	ASSERT_INT_EQ(campaign_diags_add(NULL, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0, "x"),
	              CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_diags_count(NULL), 0);
	campaign_diags_free(NULL);
}

static void
test_diag__caps_a_runaway_and_keeps_counting_errors(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	for (int i = 0; i < 5000; i++)
		campaign_diags_add(d, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, "f", 1, 1, "e%d", i);
	ASSERT_INT_EQ(campaign_diags_count(d), 1001);
	ASSERT_INT_EQ(campaign_diags_error_count(d), 5000);
	ASSERT_STR_EQ(campaign_diags_get(d, 1000)->message, "too many problems; stopped reporting after 1000");
	campaign_diags_free(d);
}

static void
test_diag__message_is_utf8_whatever_it_quotes(void)
{
	/* A byte precision cutting a letter, and quoted bytes that are not UTF-8 (fuzzing found both). */
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_diags_add(d, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0, "'%.3s' is bad",
	                   "Пр");
	campaign_diags_add(d, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0, "'%s' is bad",
	                   "a\xff\xc0\x80\xed\xa0\x80" "b");
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->message, "'П?' is bad");
	ASSERT_STR_EQ(campaign_diags_get(d, 1)->message, "'a??????b' is bad");
	campaign_diags_free(d);
}

static void
test_diag__long_message_is_cut_on_a_character_boundary(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	char big[10000];
	for (size_t i = 0; i + 2 < sizeof(big); i += 2)
		memcpy(big + i, "я", 2);
	big[sizeof(big) - 2] = '\0';
	campaign_diags_add(d, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0, "x%s", big);
	const char *m = campaign_diags_get(d, 0)->message;
	size_t len = strlen(m);
	ASSERT_TRUE(len < 4096);
	ASSERT_TRUE(len % 2 == 1); /* "x" then whole two-byte letters */
	campaign_diags_free(d);
}

static void
test_status__strerror_names_every_code(void)
{
	ASSERT_STR_EQ(campaign_strerror(CAMPAIGN_OK), "success");
	ASSERT_STR_EQ(campaign_strerror(CAMPAIGN_EINVALID), "input is invalid");
	ASSERT_STR_EQ(campaign_strerror(CAMPAIGN_EEXHAUSTED), "phone pool exhausted");
	ASSERT_STR_EQ(campaign_strerror(CAMPAIGN_ENOMEM), "out of memory");
	ASSERT_STR_EQ(campaign_strerror(-99), "unknown status");
}

static void
test_version__runtime_matches_headers(void)
{
	ASSERT_STR_EQ(campaign_version_string(), CAMPAIGN_VERSION_STRING);
	ASSERT_INT_EQ(campaign_version_number(), CAMPAIGN_VERSION_NUMBER);
	ASSERT_TRUE(CAMPAIGN_VERSION_CHECK(0, 0, 1));
	ASSERT_TRUE(!CAMPAIGN_VERSION_CHECK(99, 0, 0));
}

int
main(void)
{
	RUN(test_diag__keeps_order_position_and_counts_errors);
	RUN(test_diag__null_sink_is_accepted);
	RUN(test_diag__caps_a_runaway_and_keeps_counting_errors);
	RUN(test_diag__long_message_is_cut_on_a_character_boundary);
	RUN(test_diag__message_is_utf8_whatever_it_quotes);
	RUN(test_status__strerror_names_every_code);
	RUN(test_version__runtime_matches_headers);
	return harness_done();
}
