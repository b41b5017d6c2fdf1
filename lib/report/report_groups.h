/*
 * A report's rows added up by event, by source or by medium, for the
 * table and the JSON. In the order each name first appears in the rows.
 */
#ifndef CAMPAIGN_REPORT_REPORT_GROUPS_H
#define CAMPAIGN_REPORT_REPORT_GROUPS_H

#include "campaign/report.h"
#include "report_cost.h"
#include "util/str_map.h"

/* GROUP_ALL: every row in one group, "total". */
enum report_grouping { GROUP_BY_EVENT, GROUP_BY_SOURCE, GROUP_BY_MEDIUM, GROUP_ALL };

struct report_group {
	const char *name; /* the rows' own string, or "(campaign)" / "(tags)" */
	campaign_report_counts counts;
	struct report_cost cost;
};

struct report_groups {
	struct report_group *items;
	size_t count;
};

/* @return CAMPAIGN_OK or CAMPAIGN_ENOMEM (groups empty). */
int campaign__report_group(struct report_groups *groups, const campaign_report *r,
                           enum report_grouping by);
void campaign__report_groups_free(struct report_groups *groups);

#endif
