/*
 * How much one spec and its tables may hold (internal). Set by whoever runs
 * the build (campaign_spec_load_options, `--limit NAME=N`), never by the
 * spec: a hostile spec could otherwise lift its own bounds.
 */
#ifndef CAMPAIGN_TEXT_LIMITS_H
#define CAMPAIGN_TEXT_LIMITS_H

#include <stddef.h>

struct text_limits {
	size_t yaml_bytes;  /* "spec-bytes": a YAML document's size */
	size_t yaml_nodes;  /* "spec-values": scalars, mappings and lists in one document */
	size_t csv_bytes;   /* "table-bytes": one `rows:` table's size */
	size_t csv_rows;    /* "rows": data rows of one table */
	size_t csv_columns; /* "columns": fields of one row */
	size_t csv_field;   /* "field-bytes": one field */
	size_t ledger_bytes;   /* "ledger-bytes": the ledger a plan of the spec reads */
	size_t registry_bytes; /* "registry-bytes": the registry it reads and writes */
	/* 1: the reader's caller can raise them, so a message says how. */
	int raisable;
};

/* The defaults, for templates and every caller that sets none: not raisable. */
extern const struct text_limits campaign__text_limits_default;

/* "; raise it with --limit NAME=N" when raisable, else "": for messages. */
const char *campaign__text_limit_hint(const struct text_limits *l, const char *name, char *buf,
                                      size_t size);

#endif
