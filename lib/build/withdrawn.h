/*
 * Withdrawn placements, taken out of circulation (internal). A folder sent
 * to the print shop must hold only what is current: the flyers and QR codes
 * of a placement that left the spec (or no longer has a template, or a QR
 * code, or is not online) move from flyers/, qr/, social/ and captions/ into
 * withdrawn/flyers/, withdrawn/qr/, withdrawn/social/ and withdrawn/captions/,
 * and the build says so. The move is made in the next versions of those
 * directories (build/output_set.h): a build that fails moves nothing. Only files named after a
 * placement the ledger issued are moved: nothing a person put in the output
 * directory by hand is touched. A placement that comes back gets its files
 * made anew, and its withdrawn copies go.
 */
#ifndef CAMPAIGN_WITHDRAWN_H
#define CAMPAIGN_WITHDRAWN_H

#include <stddef.h>

#include "campaign/diag.h"
#include "campaign/plan.h"

struct build_entries;
struct output_set;

enum withdrawn_reason {
	WITHDRAWN_LEFT,        /* the placement left the campaign */
	WITHDRAWN_NO_TEMPLATE, /* it is in the campaign without a template: its flyers went */
	WITHDRAWN_NO_QR,       /* it is in the campaign without a QR code: its codes went */
	WITHDRAWN_NO_CAPTION,  /* it is in the campaign, no longer online: its caption went */
};

struct withdrawn {
	char *id;
	char *event;
	enum withdrawn_reason reason;
	long left;           /* the day it left (WITHDRAWN_LEFT), else -1 */
	unsigned char files; /* MANIFEST_* bits of its files in withdrawn/ */
};

struct withdrawn_list {
	struct withdrawn *items;
	size_t count, cap;
};

/*
 * Moves the files of every placement out of circulation into withdrawn/
 * (in the set's next versions of flyers/, qr/ and withdrawn/), and lists every placement that has files there now (moved by this build
 * or an earlier one), for the manifest. Reports each move as a note on the
 * file. Needs the plan (with its ledger as this build writes it).
 * @return CAMPAIGN_OK, CAMPAIGN_EIO (reported: a file cannot be moved, or
 *         withdrawn/ is a symbolic link) or CAMPAIGN_ENOMEM.
 */
int campaign__withdraw(struct withdrawn_list *list, struct output_set *set, const campaign_plan *plan,
                       campaign_diags *diags);

/*
 * Leaves the withdrawn copies of the files a placement in circulation has
 * again out of the next withdrawn/ (present: MANIFEST_* bits per entry, as
 * the next versions of flyers/ and qr/ hold them).
 */
int campaign__withdraw_restored(struct output_set *set, const struct build_entries *entries,
                                const unsigned char *present, campaign_diags *diags);

void campaign__withdrawn_free(struct withdrawn_list *list);

#endif
