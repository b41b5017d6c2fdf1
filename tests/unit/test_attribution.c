/*
 * Attribution models (lib/report/): the test vectors of the design's
 * attribution page, each a test, with shares that sum exactly; the counting
 * rules of the path; and the arguments a caller can get wrong.
 *
 * Totals are 10000 (per cent with two decimals) unless a test says money.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "campaign/attribution.h"
#include "campaign/diag.h"
#include "campaign/status.h"
#include "harness.h"
#include "report/apportion.h"

#define DAY INT64_C(86400)
#define CONVERSION (INT64_C(1796083200)) /* 2026-12-01 00:00 UTC */
#define MAX_PATH 16

/* A path written as "vk flyer_qr direct", one touch a day up to the conversion day. */
static size_t
daily_path(campaign_touch *t, const char *const *channels, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		t[i].time = CONVERSION - (int64_t)(n - 1 - i) * DAY;
		t[i].channel = channels[i];
		t[i].kind = strcmp(channels[i], "direct") == 0     ? CAMPAIGN_TOUCH_DIRECT
		            : strcmp(channels[i], "internal") == 0 ? CAMPAIGN_TOUCH_INTERNAL
		                                                   : CAMPAIGN_TOUCH_SIGNIFICANT;
	}
	return n;
}

static void
attribute(campaign_attribution_model model, const campaign_touch *t, size_t n, int64_t total,
          int64_t *shares)
{
	campaign_attribution_options o = CAMPAIGN_ATTRIBUTION_OPTIONS_INIT;
	o.model = model;
	ASSERT_INT_EQ(campaign_attribute(&o, t, n, CONVERSION, total, shares, NULL), CAMPAIGN_OK);
	int64_t sum = 0;
	for (size_t i = 0; i < n; i++) {
		ASSERT_TRUE(shares[i] >= 0);
		sum += shares[i];
	}
	ASSERT_INT_EQ(sum, total);
}

static void
assert_shares(const int64_t *got, const int64_t *want, size_t n)
{
	for (size_t i = 0; i < n; i++)
		ASSERT_INT_EQ(got[i], want[i]);
}

static void
test_attribution__position_based_vectors(void)
{
	static const char *const names[] = { "a", "b", "c", "d", "e" };
	static const int64_t one[] = { 10000 }, two[] = { 5000, 5000 }, three[] = { 4000, 2000, 4000 };
	/* 6.67 each in the vector, rounded; exact shares that sum give 6.67 6.67 6.66 */
	static const int64_t five[] = { 4000, 667, 667, 666, 4000 };
	static const int64_t *const want[] = { NULL, one, two, three, NULL, five };
	campaign_touch t[MAX_PATH];
	int64_t s[MAX_PATH];
	for (size_t n = 1; n <= 5; n++) {
		if (!want[n])
			continue;
		attribute(CAMPAIGN_ATTRIBUTION_POSITION_BASED, t, daily_path(t, names, n), 10000, s);
		assert_shares(s, want[n], n);
	}
	/* The known bug elsewhere: the last touch must get the first's 40, not less. */
	ASSERT_INT_EQ(s[4], s[0]);
}

static void
test_attribution__time_decay_vector(void)
{
	campaign_touch t[3] = {
		{ CONVERSION - 10 * DAY, CAMPAIGN_TOUCH_SIGNIFICANT, "a" },
		{ CONVERSION - 3 * DAY, CAMPAIGN_TOUCH_SIGNIFICANT, "b" },
		{ CONVERSION, CAMPAIGN_TOUCH_SIGNIFICANT, "c" },
	};
	int64_t s[3];
	attribute(CAMPAIGN_ATTRIBUTION_TIME_DECAY, t, 3, 10000, s);
	static const int64_t want[] = { 1757, 3514, 4729 };
	assert_shares(s, want, 3);
}

static void
test_attribution__time_decay_half_life_is_an_option(void)
{
	/* A touch one half-life older weighs half: 1/3 and 2/3. */
	campaign_touch t[2] = {
		{ CONVERSION - 30 * DAY, CAMPAIGN_TOUCH_SIGNIFICANT, "a" },
		{ CONVERSION, CAMPAIGN_TOUCH_SIGNIFICANT, "b" },
	};
	campaign_attribution_options o = CAMPAIGN_ATTRIBUTION_OPTIONS_INIT;
	o.model = CAMPAIGN_ATTRIBUTION_TIME_DECAY;
	o.half_life_days = 30;
	int64_t s[2];
	ASSERT_INT_EQ(campaign_attribute(&o, t, 2, CONVERSION, 300, s, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(s[0], 100);
	ASSERT_INT_EQ(s[1], 200);
}

static void
test_attribution__seeds_vector(void)
{
	static const char *const path[] = { "vk", "direct", "flyer_qr", "internal", "yandex_cpc" };
	campaign_touch t[5];
	int64_t s[5];
	attribute(CAMPAIGN_ATTRIBUTION_SEEDS, t, daily_path(t, path, 5), 10000, s);
	static const int64_t want[] = { 5000, 0, 2500, 0, 2500 };
	assert_shares(s, want, 5);
}

static void
test_attribution__all_direct_path_gives_direct_everything_without_dividing_by_zero(void)
{
	static const char *const path[] = { "direct", "direct", "direct" };
	campaign_touch t[3];
	daily_path(t, path, 3);
	for (int m = 0; m < CAMPAIGN_ATTRIBUTION_MODEL_COUNT; m++) {
		campaign_attribution_options o = CAMPAIGN_ATTRIBUTION_OPTIONS_INIT;
		o.model = (campaign_attribution_model)m;
		o.skip_insignificant = 1;
		campaign_attribution_share c[3];
		size_t n = 99;
		ASSERT_INT_EQ(campaign_attribute_channels(&o, t, 3, CONVERSION, 10000, c, &n, NULL),
		              CAMPAIGN_OK);
		ASSERT_INT_EQ(n, 1);
		ASSERT_STR_EQ(c[0].channel, "direct");
		ASSERT_INT_EQ(c[0].amount, 10000);
	}
	/* Last significant on an all-direct path: the session's own source, the last touch. */
	int64_t s[3];
	attribute(CAMPAIGN_ATTRIBUTION_LAST_SIGNIFICANT, t, 3, 10000, s);
	static const int64_t last[] = { 0, 0, 10000 };
	assert_shares(s, last, 3);
}

static void
test_attribution__a_repeated_channel_is_credited_its_exact_share(void)
{
	static const char *const path[] = { "A", "B", "A" };
	campaign_touch t[3];
	daily_path(t, path, 3);
	campaign_attribution_options o = CAMPAIGN_ATTRIBUTION_OPTIONS_INIT;
	o.model = CAMPAIGN_ATTRIBUTION_LINEAR;
	campaign_attribution_share c[3];
	size_t n = 0;
	ASSERT_INT_EQ(campaign_attribute_channels(&o, t, 3, CONVERSION, 10000, c, &n, NULL),
	              CAMPAIGN_OK);
	ASSERT_INT_EQ(n, 2);
	ASSERT_STR_EQ(c[0].channel, "A");
	ASSERT_INT_EQ(c[0].amount, 6667);
	ASSERT_STR_EQ(c[1].channel, "B");
	ASSERT_INT_EQ(c[1].amount, 3333);
	/* Per touch the leftover unit goes to the earliest: 33.34 33.33 33.33. */
	int64_t s[3];
	attribute(CAMPAIGN_ATTRIBUTION_LINEAR, t, 3, 10000, s);
	static const int64_t want[] = { 3334, 3333, 3333 };
	assert_shares(s, want, 3);
}

static void
test_attribution__channels_are_listed_in_the_order_of_their_first_touch(void)
{
	/* Given out of time order: the path is sorted, channels follow it. */
	campaign_touch t[4] = {
		{ CONVERSION - 1 * DAY, CAMPAIGN_TOUCH_SIGNIFICANT, "zeta" },
		{ CONVERSION - 5 * DAY, CAMPAIGN_TOUCH_SIGNIFICANT, "yellow" },
		{ CONVERSION - 3 * DAY, CAMPAIGN_TOUCH_SIGNIFICANT, "alpha" },
		{ CONVERSION - 2 * DAY, CAMPAIGN_TOUCH_SIGNIFICANT, "yellow" },
	};
	campaign_attribution_options o = CAMPAIGN_ATTRIBUTION_OPTIONS_INIT;
	o.model = CAMPAIGN_ATTRIBUTION_POSITION_BASED;
	campaign_attribution_share c[4];
	size_t n = 0;
	ASSERT_INT_EQ(campaign_attribute_channels(&o, t, 4, CONVERSION, 10000, c, &n, NULL),
	              CAMPAIGN_OK);
	ASSERT_INT_EQ(n, 3);
	/* path: yellow(40) alpha(10) yellow(10) zeta(40) */
	ASSERT_STR_EQ(c[0].channel, "yellow");
	ASSERT_INT_EQ(c[0].amount, 5000);
	ASSERT_STR_EQ(c[1].channel, "alpha");
	ASSERT_INT_EQ(c[1].amount, 1000);
	ASSERT_STR_EQ(c[2].channel, "zeta");
	ASSERT_INT_EQ(c[2].amount, 4000);
}

static void
test_attribution__touches_after_the_conversion_or_outside_the_window_are_dropped(void)
{
	campaign_touch t[4] = {
		{ CONVERSION - 40 * DAY, CAMPAIGN_TOUCH_SIGNIFICANT, "old" },
		{ CONVERSION - 20 * DAY, CAMPAIGN_TOUCH_SIGNIFICANT, "kept" },
		{ CONVERSION, CAMPAIGN_TOUCH_SIGNIFICANT, "same-second" },
		{ CONVERSION + 1, CAMPAIGN_TOUCH_SIGNIFICANT, "after" },
	};
	campaign_attribution_options o = CAMPAIGN_ATTRIBUTION_OPTIONS_INIT;
	o.model = CAMPAIGN_ATTRIBUTION_LINEAR;
	o.lookback_days = 30;
	int64_t s[4];
	ASSERT_INT_EQ(campaign_attribute(&o, t, 4, CONVERSION, 100, s, NULL), CAMPAIGN_OK);
	static const int64_t want[] = { 0, 50, 50, 0 };
	assert_shares(s, want, 4);
	/* With no lookback every earlier touch is on the path. */
	o.lookback_days = 0;
	ASSERT_INT_EQ(campaign_attribute(&o, t, 4, CONVERSION, 99, s, NULL), CAMPAIGN_OK);
	static const int64_t all[] = { 33, 33, 33, 0 };
	assert_shares(s, all, 4);
}

static void
test_attribution__a_long_gap_ends_the_history(void)
{
	campaign_touch t[3] = {
		{ CONVERSION - 200 * DAY, CAMPAIGN_TOUCH_SIGNIFICANT, "forgotten" },
		{ CONVERSION - 10 * DAY, CAMPAIGN_TOUCH_SIGNIFICANT, "vk" },
		{ CONVERSION - 1 * DAY, CAMPAIGN_TOUCH_SIGNIFICANT, "flyer" },
	};
	campaign_attribution_options o = CAMPAIGN_ATTRIBUTION_OPTIONS_INIT;
	o.model = CAMPAIGN_ATTRIBUTION_FIRST_TOUCH;
	o.lookback_days = 0;
	o.gap_days = 90;
	int64_t s[3];
	ASSERT_INT_EQ(campaign_attribute(&o, t, 3, CONVERSION, 1, s, NULL), CAMPAIGN_OK);
	static const int64_t want[] = { 0, 1, 0 };
	assert_shares(s, want, 3);
	/* A conversion more than gap_days after the last touch has no history. */
	ASSERT_INT_EQ(campaign_attribute(&o, t, 3, CONVERSION + 100 * DAY, 1, s, NULL),
	              CAMPAIGN_ENOTFOUND);
	static const int64_t none[] = { 0, 0, 0 };
	assert_shares(s, none, 3);
}

static void
test_attribution__equal_times_keep_the_input_order(void)
{
	campaign_touch t[3] = {
		{ CONVERSION - DAY, CAMPAIGN_TOUCH_SIGNIFICANT, "second-given" },
		{ CONVERSION - 2 * DAY, CAMPAIGN_TOUCH_SIGNIFICANT, "first" },
		{ CONVERSION - DAY, CAMPAIGN_TOUCH_SIGNIFICANT, "third-given" },
	};
	int64_t s[3];
	attribute(CAMPAIGN_ATTRIBUTION_LAST_TOUCH, t, 3, 10, s);
	static const int64_t last[] = { 0, 0, 10 };
	assert_shares(s, last, 3);
	attribute(CAMPAIGN_ATTRIBUTION_POSITION_BASED, t, 3, 10, s);
	static const int64_t middle[] = { 2, 4, 4 };
	assert_shares(s, middle, 3);
}

static void
test_attribution__first_significant_and_last_significant_skip_direct_internal_saved(void)
{
	campaign_touch t[4] = {
		{ CONVERSION - 4 * DAY, CAMPAIGN_TOUCH_DIRECT, "direct" },
		{ CONVERSION - 3 * DAY, CAMPAIGN_TOUCH_SIGNIFICANT, "flyer" },
		{ CONVERSION - 2 * DAY, CAMPAIGN_TOUCH_SIGNIFICANT, "vk" },
		{ CONVERSION - 1 * DAY, CAMPAIGN_TOUCH_SAVED_PAGE, "saved" },
	};
	campaign_attribution_options o = CAMPAIGN_ATTRIBUTION_OPTIONS_INIT;
	int64_t s[4];
	o.model = CAMPAIGN_ATTRIBUTION_FIRST_TOUCH;
	ASSERT_INT_EQ(campaign_attribute(&o, t, 4, CONVERSION, 1, s, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(s[0], 1);
	o.skip_insignificant = 1;
	ASSERT_INT_EQ(campaign_attribute(&o, t, 4, CONVERSION, 1, s, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(s[1], 1);
	o.skip_insignificant = 0;
	o.model = CAMPAIGN_ATTRIBUTION_LAST_TOUCH;
	ASSERT_INT_EQ(campaign_attribute(&o, t, 4, CONVERSION, 1, s, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(s[3], 1);
	o.model = CAMPAIGN_ATTRIBUTION_LAST_SIGNIFICANT;
	ASSERT_INT_EQ(campaign_attribute(&o, t, 4, CONVERSION, 1, s, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(s[2], 1);
}

static void
test_attribution__money_is_shared_to_the_last_cent(void)
{
	/* 100.00 over three touches, linear: 33.34 + 33.33 + 33.33. */
	static const char *const path[] = { "a", "b", "c" };
	campaign_touch t[3];
	int64_t s[3];
	attribute(CAMPAIGN_ATTRIBUTION_LINEAR, t, daily_path(t, path, 3), 10000, s);
	/* The largest total: 10^15 units, still exact. */
	attribute(CAMPAIGN_ATTRIBUTION_POSITION_BASED, t, 3, CAMPAIGN_ATTRIBUTION_MAX_TOTAL, s);
	ASSERT_INT_EQ(s[0], INT64_C(400000000000000));
	ASSERT_INT_EQ(s[1], INT64_C(200000000000000));
	/* Nothing to share: every share 0. */
	attribute(CAMPAIGN_ATTRIBUTION_TIME_DECAY, t, 3, 0, s);
	ASSERT_INT_EQ(s[0] + s[1] + s[2], 0);
}

/* xorshift64*: the same pseudo-random paths on every machine. */
static uint64_t
next_random(uint64_t *state)
{
	*state ^= *state >> 12;
	*state ^= *state << 25;
	*state ^= *state >> 27;
	return *state * UINT64_C(2685821657736338717);
}

static void
test_attribution__every_model_sums_exactly_with_no_share_below_zero(void)
{
	uint64_t state = UINT64_C(0x9E3779B97F4A7C15);
	size_t checked = 0;
	for (int round = 0; round < 300; round++) {
		campaign_touch t[MAX_PATH];
		size_t n = 1 + next_random(&state) % MAX_PATH;
		for (size_t i = 0; i < n; i++) {
			t[i].time = CONVERSION - (int64_t)(next_random(&state) % (60 * DAY));
			t[i].kind = (campaign_touch_kind)(next_random(&state) % 4);
			t[i].channel = "c";
		}
		int64_t total = (int64_t)(next_random(&state) % 1000000);
		for (int m = 0; m < CAMPAIGN_ATTRIBUTION_MODEL_COUNT; m++) {
			int64_t s[MAX_PATH];
			attribute((campaign_attribution_model)m, t, n, total, s);
			checked++;
		}
	}
	ASSERT_INT_EQ(checked, 300 * CAMPAIGN_ATTRIBUTION_MODEL_COUNT);
}

static void
test_attribution__apportion_gives_equal_weights_amounts_a_unit_apart(void)
{
	uint64_t w[7] = { 1, 1, 1, 1, 1, 1, 1 };
	int64_t out[7];
	ASSERT_INT_EQ(campaign__apportion(w, 7, 100, out), 0);
	static const int64_t want[] = { 15, 15, 14, 14, 14, 14, 14 };
	assert_shares(out, want, 7);
	/* Large weights: the 128-bit products stay exact. */
	uint64_t big[2] = { UINT64_C(1) << 62, (UINT64_C(1) << 62) - 1 };
	int64_t two[2];
	ASSERT_INT_EQ(campaign__apportion(big, 2, INT64_C(1) << 50, two), 0);
	ASSERT_INT_EQ(two[0] + two[1], INT64_C(1) << 50);
	ASSERT_INT_EQ(two[0], INT64_C(1) << 49);
}

/*
 * Apportioning selects the largest remainders instead of sorting them: the
 * same amounts as handing the leftover units out one at a time, the largest
 * remainder first, the earlier entry on a tie. Weights drawn from a seeded
 * generator, many of them equal, up to 300 entries.
 */
static void
test_attribution__apportion_gives_the_leftover_to_the_largest_remainders(void)
{
	__extension__ typedef unsigned __int128 u128;
	uint64_t seed = 16;
	for (int round = 0; round < 400; round++) {
		uint64_t w[300];
		int64_t got[300], want[300];
		size_t n = 1 + (size_t)(round * 7919 % 300);
		int64_t total = round % 3 == 0 ? 100 : round % 3 == 1 ? 10000 : INT64_C(1) << 50;
		u128 sum = 0;
		for (size_t i = 0; i < n; i++) {
			seed = seed * UINT64_C(6364136223846793005) + UINT64_C(1442695040888963407);
			/* Few distinct values (ties), or small, or as large as time decay's. */
			w[i] = round % 4 == 0 ? 1 + (seed >> 61) : round % 4 == 1 ? 1 + (seed >> 54)
			                                                          : (seed >> 24) | 1;
			sum += w[i];
		}
		int given[300] = { 0 };
		int64_t handed = 0;
		for (size_t i = 0; i < n; i++) {
			want[i] = (int64_t)((u128)(uint64_t)total * w[i] / sum);
			handed += want[i];
		}
		for (; handed < total; handed++) {
			size_t best = n;
			u128 best_rest = 0;
			for (size_t i = 0; i < n; i++) {
				u128 rest = (u128)(uint64_t)total * w[i] % sum;
				if (!given[i] && (best == n || rest > best_rest)) {
					best = i;
					best_rest = rest;
				}
			}
			given[best] = 1;
			want[best]++;
		}
		ASSERT_INT_EQ(campaign__apportion(w, n, total, got), 0);
		assert_shares(got, want, n);
	}
}

static void
test_attribution__model_names_round_trip_and_typos_are_suggested(void)
{
	for (int m = 0; m < CAMPAIGN_ATTRIBUTION_MODEL_COUNT; m++) {
		const char *name = campaign_attribution_model_name((campaign_attribution_model)m);
		ASSERT_NOT_NULL(name);
		campaign_attribution_model back;
		ASSERT_INT_EQ(campaign_attribution_model_parse(name, &back, NULL), CAMPAIGN_OK);
		ASSERT_INT_EQ(back, m);
	}
	ASSERT_NULL(campaign_attribution_model_name(CAMPAIGN_ATTRIBUTION_MODEL_COUNT));
	campaign_diags *d = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&d), CAMPAIGN_OK);
	campaign_attribution_model m;
	ASSERT_INT_EQ(campaign_attribution_model_parse("postion-based", &m, d), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_diags_count(d), 1);
	ASSERT_TRUE(strstr(campaign_diags_get(d, 0)->message, "did you mean 'position-based'?") != NULL);
	campaign_diags_free(d);
}

static void
test_attribution__options_init_gives_the_defaults(void)
{
	campaign_attribution_options o;
	ASSERT_INT_EQ(campaign_attribution_options_init(&o, CAMPAIGN_ATTRIBUTION_OPTIONS_VERSION),
	              CAMPAIGN_OK);
	ASSERT_INT_EQ(o.model, CAMPAIGN_ATTRIBUTION_LAST_SIGNIFICANT);
	ASSERT_INT_EQ(o.lookback_days, 90);
	ASSERT_INT_EQ(o.half_life_days, 7);
	ASSERT_INT_EQ(campaign_attribution_options_init(&o, 2), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_attribution_options_init(NULL, 1), CAMPAIGN_EINVALID);
}

static void
test_attribution__bad_arguments_are_errors_with_a_message(void)
{
	campaign_touch t[1] = { { CONVERSION, CAMPAIGN_TOUCH_SIGNIFICANT, NULL } };
	int64_t s[1];
	campaign_attribution_share c[1];
	size_t n;
	campaign_diags *d = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&d), CAMPAIGN_OK);
	campaign_attribution_options o = CAMPAIGN_ATTRIBUTION_OPTIONS_INIT;
	ASSERT_INT_EQ(campaign_attribute(&o, t, 1, CONVERSION, -1, s, d), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_attribute(&o, t, 1, CONVERSION, CAMPAIGN_ATTRIBUTION_MAX_TOTAL + 1, s, d),
	              CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_attribute(&o, NULL, 1, CONVERSION, 1, s, d), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_attribute(&o, t, 1, CONVERSION, 1, NULL, d), CAMPAIGN_EINVALID);
	o.half_life_days = 0;
	ASSERT_INT_EQ(campaign_attribute(&o, t, 1, CONVERSION, 1, s, d), CAMPAIGN_EINVALID);
	o = (campaign_attribution_options)CAMPAIGN_ATTRIBUTION_OPTIONS_INIT;
	o.model = (campaign_attribution_model)CAMPAIGN_ATTRIBUTION_MODEL_COUNT;
	ASSERT_INT_EQ(campaign_attribute(&o, t, 1, CONVERSION, 1, s, d), CAMPAIGN_EINVALID);
	o = (campaign_attribution_options)CAMPAIGN_ATTRIBUTION_OPTIONS_INIT;
	o.version = 99;
	ASSERT_INT_EQ(campaign_attribute(&o, t, 1, CONVERSION, 1, s, d), CAMPAIGN_EINVALID);
	t[0].kind = (campaign_touch_kind)9;
	ASSERT_INT_EQ(campaign_attribute(NULL, t, 1, CONVERSION, 1, s, d), CAMPAIGN_EINVALID);
	t[0].kind = CAMPAIGN_TOUCH_SIGNIFICANT;
	/* Per touch a channel is not needed; per channel it is. */
	ASSERT_INT_EQ(campaign_attribute(NULL, t, 1, CONVERSION, 1, s, d), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_attribute_channels(NULL, t, 1, CONVERSION, 1, c, &n, d),
	              CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_diags_error_count(d), 9);
	for (size_t i = 0; i < campaign_diags_count(d); i++)
		ASSERT_TRUE(campaign_diags_get(d, i)->message[0] != '\0');
	campaign_diags_free(d);
}

int
main(void)
{
	RUN(test_attribution__position_based_vectors);
	RUN(test_attribution__time_decay_vector);
	RUN(test_attribution__time_decay_half_life_is_an_option);
	RUN(test_attribution__seeds_vector);
	RUN(test_attribution__all_direct_path_gives_direct_everything_without_dividing_by_zero);
	RUN(test_attribution__a_repeated_channel_is_credited_its_exact_share);
	RUN(test_attribution__channels_are_listed_in_the_order_of_their_first_touch);
	RUN(test_attribution__touches_after_the_conversion_or_outside_the_window_are_dropped);
	RUN(test_attribution__a_long_gap_ends_the_history);
	RUN(test_attribution__equal_times_keep_the_input_order);
	RUN(test_attribution__first_significant_and_last_significant_skip_direct_internal_saved);
	RUN(test_attribution__money_is_shared_to_the_last_cent);
	RUN(test_attribution__every_model_sums_exactly_with_no_share_below_zero);
	RUN(test_attribution__apportion_gives_equal_weights_amounts_a_unit_apart);
	RUN(test_attribution__apportion_gives_the_leftover_to_the_largest_remainders);
	RUN(test_attribution__model_names_round_trip_and_typos_are_suggested);
	RUN(test_attribution__options_init_gives_the_defaults);
	RUN(test_attribution__bad_arguments_are_errors_with_a_message);
	return harness_done();
}
