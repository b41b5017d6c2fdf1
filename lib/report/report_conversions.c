/*
 * Conversions: counted for the placement they name, and shared along the
 * person's path by every attribution model at once, so a report shows the
 * models side by side.
 */
#include "campaign/status.h"
#include "report_internal.h"

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
	if ((p ? p->count : 0) + (row != ROW_NONE) == 0)
		return CAMPAIGN_ENOTFOUND;
	/* The conversion's own placement is its last touch. */
	if (row != ROW_NONE)
		campaign__report_row(r, row)->counts.conversions++;
	rc = campaign__report_credit(r, p, row, c->time);
	if (rc == CAMPAIGN_OK && has_person && row != ROW_NONE)
		rc = campaign__report_touch(r, key, c->time, row);
	return rc;
}
