/*
 * Assertions for the public API tests (tests/unit/test_api_*.c), which link
 * the shared library through <campaign/campaign.h> only, as any program
 * does: a failing call is checked by its status *and* the exact message of
 * the diagnostic it reports.
 */
#ifndef CAMPAIGN_TESTS_API_CHECK_H
#define CAMPAIGN_TESTS_API_CHECK_H

#include <campaign/campaign.h>

#include "harness.h"

/* Fails the test unless d holds a diagnostic with this status and exactly this message. */
static inline void
api_expect_diag(const char *file, int line, const campaign_diags *d, int status,
		const char *message)
{
	for (size_t i = 0; i < campaign_diags_count(d); i++) {
		const campaign_diag *g = campaign_diags_get(d, i);
		if (strcmp(g->message, message) == 0 && g->status == status)
			return;
	}
	for (size_t i = 0; i < campaign_diags_count(d); i++)
		printf("#   have: [%d] %s\n", campaign_diags_get(d, i)->status,
		       campaign_diags_get(d, i)->message);
	harness_fail(file, line, "no diagnostic [%d] \"%s\"", status, message);
}

/* Clears d, runs call, and checks its status and the message it reported. */
#define ASSERT_FAILS_WITH(call, d, want, message)                            \
	do {                                                                 \
		campaign_diags_clear(d);                                     \
		ASSERT_INT_EQ((call), (want));                               \
		api_expect_diag(__FILE__, __LINE__, (d), (want), (message)); \
	} while (0)

/* Runs call expecting CAMPAIGN_OK, printing the diagnostics when it is not. */
#define ASSERT_OK(call, d)                                                              \
	do {                                                                            \
		int rc_ = (call);                                                       \
		if (rc_ != CAMPAIGN_OK) {                                               \
			for (size_t i_ = 0; i_ < campaign_diags_count(d); i_++)         \
				printf("#   %s\n", campaign_diags_get(d, i_)->message); \
			harness_fail(__FILE__, __LINE__, "%s returned %d", #call, rc_); \
		}                                                                       \
	} while (0)

#endif
