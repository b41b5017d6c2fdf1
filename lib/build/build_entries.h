/*
 * A build's placements written down (internal). Once the plan is made, the
 * ledger written and the QR codes drawn, campaign_build() writes one record
 * per placement: everything its flyer and its manifest lines need. Then it
 * lets the plan go, and campaign_build_take() the spec too, so that while
 * thousands of flyers are drawn memory holds 8 bytes a placement rather
 * than the spec's rows and the plan's links (issue 6: flat memory).
 *
 * The records go to a nameless scratch file in the output directory, or,
 * for a dry run that writes nothing, to memory. Readers are independent:
 * one per thread may read at once.
 */
#ifndef CAMPAIGN_BUILD_ENTRIES_H
#define CAMPAIGN_BUILD_ENTRIES_H

#include <stddef.h>
#include <stdint.h>

#include "campaign/diag.h"
#include "campaign/plan.h"
#include "plan/plan_values.h"

/* One placement as read back from its record; strings point into the reader. */
struct build_entry {
	campaign_assignment a;         /* a.placement is &p; a.event is &e, or NULL */
	campaign_placement p;          /* params and row point into the reader too */
	campaign_event e;
	struct values_placement x;     /* its language and texts; they point into the reader too */
	unsigned long line, column;    /* the placement in the spec, for notes */
};

/* What the whole campaign shares; strings owned by the entries. */
struct build_campaign {
	const char *name;
	const char *slug;
	const char *language;
	const char *file; /* the spec's file name in diagnostics, or NULL */
};

/* Reads entries; one per thread. Zero-initialize it; free with campaign__entry_reader_free(). */
struct entry_reader {
	char *data;            /* bytes of the file read ahead: the record's and those after it */
	size_t data_cap;
	uint64_t data_at;      /* where in the file data starts */
	size_t data_len;       /* bytes of data read */
	campaign_param *pairs; /* the entry's params and row */
	size_t cap;
	struct build_entry entry;
};

struct build_entries;

/*
 * Writes a record for every placement of the plan: into a scratch file in
 * dirfd, or into memory when dirfd is -1. label (copied; may be NULL) names
 * that directory in diagnostics. The entries do not borrow from the plan or
 * its spec: both may be freed afterwards.
 * @return CAMPAIGN_OK, CAMPAIGN_EIO (reported) or CAMPAIGN_ENOMEM.
 */
int campaign__entries_write(struct build_entries **out, const campaign_plan *plan, int dirfd,
                            const char *label, campaign_diags *diags);

size_t campaign__entries_count(const struct build_entries *entries);
const struct build_campaign *campaign__entries_campaign(const struct build_entries *entries);

/*
 * Reads entry i into rd; *out points into rd until its next read.
 * @return CAMPAIGN_OK, CAMPAIGN_EIO (reported) or CAMPAIGN_ENOMEM.
 */
int campaign__entries_read(const struct build_entries *entries, size_t i, struct entry_reader *rd,
                           const struct build_entry **out, campaign_diags *diags);

/* "0123456789abcdef" and its NUL. */
#define BUILD_MADE_FROM_SIZE 17

/*
 * What a placement's files were made from, as 16 hex digits: its values as
 * its flyer and QR code show them (identifiers, event, row, params, the
 * template's name, its language and its `vars:` texts as resolved, and a
 * JPEG `image_format:`), the campaign's, and the library's version. The
 * manifest records it beside the files (`made_from`), so that a later build
 * that does not make a file again can tell whether it still shows the right
 * values (stale_files.h). Not in it: the template's file and images, and
 * --dpi (a PNG at another resolution shows the same values).
 */
void campaign__entry_made_from(const struct build_entry *e, const struct build_campaign *c,
                               char out[BUILD_MADE_FROM_SIZE]);

void campaign__entry_reader_free(struct entry_reader *rd);
void campaign__entries_free(struct build_entries *entries);

#endif
