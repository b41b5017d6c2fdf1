/* Rows added up by event, source or medium. */
#include "report_groups.h"

#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "report_internal.h"

static const char *
group_name(const campaign_report_row *row, enum report_grouping by)
{
	if (by == GROUP_ALL)
		return "total";
	const char *name = by == GROUP_BY_EVENT ? row->event : by == GROUP_BY_SOURCE ? row->source
	                                                                                : row->medium;
	if (name)
		return name;
	/* The campaign's own tag has no event; tag rows have no source or medium. */
	return by == GROUP_BY_EVENT ? "(campaign)" : "(tags)";
}

int
campaign__report_group(struct report_groups *groups, const campaign_report *r,
                       enum report_grouping by)
{
	size_t n = campaign_report_row_count(r);
	groups->items = calloc(n ? n : 1, sizeof(*groups->items));
	groups->count = 0;
	struct str_map index;
	campaign__str_map_init(&index);
	int rc = groups->items ? CAMPAIGN_OK : CAMPAIGN_ENOMEM;
	for (size_t i = 0; rc == CAMPAIGN_OK && i < n; i++) {
		const campaign_report_row *row = campaign_report_row_get(r, i);
		const char *name = group_name(row, by);
		int added;
		size_t *g = campaign__str_map_insert(&index, name, strlen(name), groups->count, &added);
		if (!g) {
			rc = CAMPAIGN_ENOMEM;
			break;
		}
		if (added)
			groups->items[groups->count++].name = name;
		campaign__report_counts_add(&groups->items[*g].counts, &row->counts);
		campaign__report_cost_add(&groups->items[*g].cost, row);
	}
	campaign__str_map_free(&index);
	if (rc)
		campaign__report_groups_free(groups);
	return rc;
}

void
campaign__report_groups_free(struct report_groups *groups)
{
	free(groups->items);
	groups->items = NULL;
	groups->count = 0;
}
