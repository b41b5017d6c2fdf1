#include "core/clock.h"

#include <time.h>

#include "campaign/common.h"
#include "campaign/status.h"

int
campaign__clock_valid(int64_t now)
{
	return now == CAMPAIGN_UNSET || (now >= 0 && now <= CAMPAIGN_TIME_MAX);
}

int
campaign__clock_take(int64_t now, int64_t *out, campaign_diags *diags)
{
	if (now == CAMPAIGN_UNSET)
		now = (int64_t)time(NULL);
	if (now < 0 || now > CAMPAIGN_TIME_MAX) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "the clock (now) must be from 1970-01-01 to 9999-12-31 (0 to %lld "
		                   "seconds), not %lld",
		                   (long long)CAMPAIGN_TIME_MAX, (long long)now);
		return CAMPAIGN_EINVALID;
	}
	*out = now;
	return CAMPAIGN_OK;
}
