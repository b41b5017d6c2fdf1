/*
 * Versioned structs (lib/core/options.c): a struct of an older version is a
 * prefix of the current one, so the library reads only what the caller's
 * version has and gives the rest their defaults. Every public struct is at
 * version 1 today, so a version 2 is made up here to test the mechanism they
 * all go through.
 */
#include <stddef.h>
#include <string.h>

#include "campaign/campaign.h"
#include "core/clock.h"
#include "core/options.h"
#include "harness.h"

/* What a program built against the old header passes: version 1. */
struct opts_v1 {
	unsigned int version;
	int dpi;
};

/* The library's current struct: version 2 appended a field. */
struct opts_v2 {
	unsigned int version;
	int dpi;
	double scale;
};

static const size_t sizes[] = { 0, offsetof(struct opts_v2, scale), sizeof(struct opts_v2) };
static const struct opts_v2 defaults = { 2, 300, 1.5 };

static void
test_options__an_older_version_gets_defaults_for_what_it_lacks(void)
{
	/* The v1 struct is followed by bytes that are not the caller's: they must not be read. */
	struct {
		struct opts_v1 v1;
		char beyond[16];
	} given;
	memset(&given, 0x7f, sizeof(given));
	given.v1.version = 1;
	given.v1.dpi = 600;
	struct opts_v2 got;
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	ASSERT_INT_EQ(CAMPAIGN__OPTIONS_TAKE(&got, &given.v1, &defaults, sizes, "test options", d),
	              CAMPAIGN_OK);
	ASSERT_INT_EQ(got.version, 2);
	ASSERT_INT_EQ(got.dpi, 600);
	ASSERT_TRUE(got.scale == 1.5);
	ASSERT_INT_EQ(campaign_diags_count(d), 0);
	campaign_diags_free(d);
}

static void
test_options__null_means_defaults_and_unknown_versions_are_refused(void)
{
	struct opts_v2 got;
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	ASSERT_INT_EQ(CAMPAIGN__OPTIONS_TAKE(&got, NULL, &defaults, sizes, "test options", d),
	              CAMPAIGN_OK);
	ASSERT_INT_EQ(got.dpi, 300);
	static const unsigned bad[] = { 0, 3, 1000 };
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct opts_v2 given = defaults;
		given.version = bad[i];
		campaign_diags_clear(d);
		ASSERT_INT_EQ(CAMPAIGN__OPTIONS_TAKE(&got, &given, &defaults, sizes, "test options", d),
		              CAMPAIGN_EINVALID);
		ASSERT_INT_EQ(campaign_diags_count(d), 1);
	}
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->message,
	              "test options of unknown version 1000 (this library knows 1 to 2)");
	campaign_diags_free(d);
}

static void
test_options__an_older_output_struct_gets_only_its_fields(void)
{
	struct {
		struct opts_v1 v1;
		double beyond;
	} out;
	out.v1.version = 1;
	out.v1.dpi = 0;
	out.beyond = -7;
	const struct opts_v2 full = { 2, 1200, 9 };
	ASSERT_INT_EQ(campaign__struct_give(&out.v1, &full, sizes, 2), CAMPAIGN_OK);
	ASSERT_INT_EQ(out.v1.version, 1);
	ASSERT_INT_EQ(out.v1.dpi, 1200);
	ASSERT_TRUE(out.beyond == -7);
	out.v1.version = 3;
	ASSERT_INT_EQ(campaign__struct_give(&out.v1, &full, sizes, 2), CAMPAIGN_EINVALID);
}

static void
test_options__init_writes_only_the_callers_version(void)
{
	struct {
		struct opts_v1 v1;
		double beyond;
	} o;
	o.beyond = -7;
	ASSERT_INT_EQ(campaign__struct_init(&o.v1, 1, &defaults, sizes, 2), CAMPAIGN_OK);
	ASSERT_INT_EQ(o.v1.version, 1);
	ASSERT_INT_EQ(o.v1.dpi, 300);
	ASSERT_TRUE(o.beyond == -7);
	ASSERT_INT_EQ(campaign__struct_init(&o.v1, 0, &defaults, sizes, 2), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign__struct_init(NULL, 1, &defaults, sizes, 2), CAMPAIGN_EINVALID);
}

static void
test_options__the_clock_is_never_the_epoch_by_default(void)
{
	int64_t t = 0;
	ASSERT_INT_EQ(campaign__clock_take(CAMPAIGN_UNSET, &t, NULL), CAMPAIGN_OK);
	/* The current time: after this code was written, in any case. */
	ASSERT_TRUE(t > 1796083200);
	ASSERT_INT_EQ(campaign__clock_take(0, &t, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(t, 0);
	ASSERT_INT_EQ(campaign__clock_take(CAMPAIGN_TIME_MAX, &t, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign__clock_take(CAMPAIGN_TIME_MAX + 1, &t, NULL), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign__clock_take(-2, &t, NULL), CAMPAIGN_EINVALID);
	ASSERT_TRUE(campaign__clock_valid(CAMPAIGN_UNSET));
	ASSERT_TRUE(!campaign__clock_valid(INT64_MIN));
}

int
main(void)
{
	RUN(test_options__an_older_version_gets_defaults_for_what_it_lacks);
	RUN(test_options__null_means_defaults_and_unknown_versions_are_refused);
	RUN(test_options__an_older_output_struct_gets_only_its_fields);
	RUN(test_options__init_writes_only_the_callers_version);
	RUN(test_options__the_clock_is_never_the_epoch_by_default);
	return harness_done();
}
