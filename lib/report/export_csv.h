/*
 * The CSV exports a report reads (analytics, call logs, posts), streamed
 * record by record through libcsv in bounded memory, tolerant as exports
 * need: a record that cannot be read is skipped with its line and why,
 * the rest of the file still counts.
 */
#ifndef CAMPAIGN_REPORT_EXPORT_CSV_H
#define CAMPAIGN_REPORT_EXPORT_CSV_H

#include <stddef.h>

#include "campaign/diag.h"

/* A field longer than this is a broken record (an unclosed quote swallowing lines). */
#define EXPORT_FIELD_MAX ((size_t)64 * 1024)
/* Fields of a record kept: exports have dozens, a CRM's lead export a few hundred. */
#define EXPORT_FIELDS_MAX 1024

struct export_record {
	const char *const *fields; /* NUL-terminated, valid UTF-8 */
	size_t count;
	unsigned long line; /* where the record starts */
};

struct export_reader {
	/* The header (once, before any record); nonzero stops the read with that status. */
	int (*header)(void *ctx, const struct export_record *header, char delimiter);
	/* A record whose field count is the header's; nonzero stops the read with that status. */
	int (*record)(void *ctx, const struct export_record *record);
	/* A record skipped, with why. */
	void (*skip)(void *ctx, unsigned long line, const char *why);
	void *ctx;
};

/*
 * Reads path: lines before the header that are empty or start with '#'
 * (GA4's preamble) are passed over; the delimiter (',', ';' or a tab) is the
 * one the header line has most of. A UTF-8 BOM and CRLF line ends are
 * taken. Failures to open or read are reported against the path.
 * @return CAMPAIGN_OK; CAMPAIGN_EIO; CAMPAIGN_EINVALID for a file without a
 *         header (reported); what a callback returned; CAMPAIGN_ENOMEM.
 */
int campaign__export_csv_read(const char *path, const struct export_reader *reader,
                              campaign_diags *diags);

#endif
