/*
 * Conversions: counted for the placement they name, and shared along the
 * person's path by every attribution model at once, so a report shows the
 * models side by side.
 */
#include <stdlib.h>
#include <string.h>

#include "campaign/attribution.h"
#include "campaign/status.h"
#include "report_internal.h"

/* Hundredths of a conversion: shares print as 0.34 + 0.33 + 0.33. */
#define CREDIT_UNITS 100

/* The row whose placement id is this very string (channels are the rows' own ids). */
static size_t
row_of_channel(campaign_report *r, const struct person_touch *touches, size_t n,
               const char *channel)
{
	for (size_t i = 0; i < n; i++)
		if (campaign__report_row(r, touches[i].row)->placement == channel)
			return touches[i].row;
	return ROW_NONE;
}

/* Shares one conversion along the path by every model into the rows' credit. */
static int
credit_models(campaign_report *r, const struct person_touch *path, size_t n, int64_t when)
{
	campaign_touch *touches = malloc(n * sizeof(*touches));
	campaign_attribution_share *shares = malloc(n * sizeof(*shares));
	int rc = touches && shares ? CAMPAIGN_OK : CAMPAIGN_ENOMEM;
	for (size_t i = 0; rc == CAMPAIGN_OK && i < n; i++) {
		touches[i].time = path[i].time;
		touches[i].kind = CAMPAIGN_TOUCH_SIGNIFICANT;
		touches[i].channel = campaign__report_row(r, path[i].row)->placement;
	}
	for (int m = 0; rc == CAMPAIGN_OK && m < CAMPAIGN_ATTRIBUTION_MODEL_COUNT; m++) {
		campaign_attribution_options o = CAMPAIGN_ATTRIBUTION_OPTIONS_INIT;
		o.model = (campaign_attribution_model)m;
		size_t count = 0;
		int got = campaign_attribute_channels(&o, touches, n, when, CREDIT_UNITS, shares, &count,
		                                      NULL);
		if (got == CAMPAIGN_ENOTFOUND)
			continue; /* every touch outside the window: no model credits anyone */
		if (got) {
			rc = got;
			break;
		}
		for (size_t k = 0; k < count; k++) {
			size_t row = row_of_channel(r, path, n, shares[k].channel);
			if (row != ROW_NONE)
				campaign__report_row(r, row)->counts.credit[m] += (uint64_t)shares[k].amount;
		}
	}
	free(touches);
	free(shares);
	return rc;
}

/* The conversion's own placement, from its UTM values or the number called. */
static int
direct_row(campaign_report *r, const campaign_conversion *c, size_t *row)
{
	*row = ROW_NONE;
	int rc = CAMPAIGN_OK;
	if (c->url && *c->url) {
		rc = campaign__report_link_row(r, c->url, row, NULL);
		if (rc == CAMPAIGN_EINVALID) /* no UTM values: the number may still name it */
			rc = CAMPAIGN_OK;
	}
	if (rc == CAMPAIGN_OK && *row == ROW_NONE && c->called && *c->called) {
		rc = campaign__report_number_row(r, c->called, row, NULL);
		if (rc == CAMPAIGN_EINVALID)
			rc = CAMPAIGN_OK;
	}
	return rc;
}

CAMPAIGN_API int
campaign_report_add_conversion(campaign_report *r, const campaign_conversion *c,
                               campaign_diags *diags)
{
	(void)diags;
	if (!r || !c)
		return CAMPAIGN_EINVALID;
	size_t row;
	int rc = direct_row(r, c, &row);
	if (rc)
		return rc;
	char key[256];
	int has_person = c->person && campaign__report_person_key(c->person, key, sizeof(key)) == 0;
	struct person_path *p = has_person ? campaign__report_person_path(r, key, 0) : NULL;
	size_t n = (p ? p->count : 0) + (row != ROW_NONE);
	if (n == 0)
		return CAMPAIGN_ENOTFOUND;
	struct person_touch *path = malloc(n * sizeof(*path));
	if (!path)
		return CAMPAIGN_ENOMEM;
	if (p && p->count)
		memcpy(path, p->touches, p->count * sizeof(*path));
	/* The conversion's own placement is its last touch. */
	if (row != ROW_NONE) {
		path[n - 1] = (struct person_touch){ c->time, row };
		campaign__report_row(r, row)->counts.conversions++;
	}
	rc = credit_models(r, path, n, c->time);
	free(path);
	if (rc == CAMPAIGN_OK && has_person && row != ROW_NONE)
		rc = campaign__report_touch(r, key, c->time, row);
	return rc;
}
