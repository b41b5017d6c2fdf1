/* The default limits of specs and tables: see text_limits.h. */
#include "text/text_limits.h"

#include "campaign/spec.h"

#include <stdio.h>

#include "text/csv.h"
#include "text/yaml_doc.h"

const struct text_limits campaign__text_limits_default = {
	.yaml_bytes = YAML_DOC_MAX_BYTES,
	.yaml_nodes = YAML_DOC_MAX_NODES,
	.csv_bytes = CSV_MAX_BYTES,
	.csv_rows = CSV_MAX_ROWS,
	.csv_columns = CSV_MAX_COLUMNS,
	.csv_field = CSV_MAX_FIELD,
	.ledger_bytes = CAMPAIGN_LEDGER_MAX_BYTES,
	.registry_bytes = CAMPAIGN_REGISTRY_MAX_BYTES,
	.raisable = 0,
};

const char *
campaign__text_limit_hint(const struct text_limits *l, const char *name, char *buf, size_t size)
{
	if (!l->raisable)
		return "";
	snprintf(buf, size, " (the limit '%s'; raise it with --limit %s=N)", name, name);
	return buf;
}
