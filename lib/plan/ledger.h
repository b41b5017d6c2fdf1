/*
 * The ledger: the file that makes printed identifiers permanent. One line per
 * placement ever issued, with its event, the day its identifiers were first
 * issued, the day it left the campaign (if it did), its phone number, hashtag
 * and URL. A number stays with its placement across builds, and a released
 * number is not given to anyone else before the quarantine has passed.
 *
 * Format (UTF-8 text, tab-separated, sorted by id, so diffs are readable):
 *
 *   # libcampaign ledger 2
 *   # campaign: rally-2026
 *   # id<TAB>event<TAB>issued<TAB>released<TAB>phone<TAB>hashtag<TAB>url
 *   flyer-gate-a<TAB>rally-moscow<TAB>2026-11-25<TAB>-<TAB>+74951234501<TAB>#Tag<TAB>https://...
 *
 * "-" stands for an empty field. The first line identifies the file; a file
 * without it, or with any malformed line, is a located error, never reset.
 * The campaign line names the campaign the identifiers were issued to (its
 * slug), so that a new name cannot silently start a new campaign. A
 * placement whose identifiers were reissued keeps its earlier issues as
 * released lines before its current one: every identifier ever printed
 * stays on record. Format 1 (no campaign line, one line per placement) is
 * read too, and written back as format 2.
 *
 * Format 3 adds an eighth column, short: the placement's short code
 * (short_code.h), "-" for an issue made without one. A code is never given
 * to another placement or issue, withdrawn or not. It is written only
 * when some entry has a code, so a campaign without short links keeps
 * format 2 byte for byte; formats 1 and 2 read as entries without codes,
 * which the next build with `short:` gives them.
 */
#ifndef CAMPAIGN_LEDGER_H
#define CAMPAIGN_LEDGER_H

#include <stddef.h>
#include <stdint.h>

#include "campaign/diag.h"
#include "util/arena.h"
#include "util/strbuf.h"

#define LEDGER_MAGIC "# libcampaign ledger 2"
#define LEDGER_MAGIC_3 "# libcampaign ledger 3"
#define LEDGER_MAGIC_1 "# libcampaign ledger 1"
#define LEDGER_MAX_BYTES ((size_t)256 * 1024 * 1024)

/*
 * One per issue of a placement, so a campaign of a million holds a million:
 * the days and the line are 32 bits (days of the calendar's ten thousand
 * years, lines of a file), which makes an entry 64 bytes rather than 72.
 */
struct ledger_entry {
	const char *id;
	const char *event;
	const char *phone;  /* E.164, or NULL */
	const char *hashtag; /* with '#', or NULL */
	const char *url;    /* or NULL */
	const char *short_code; /* or NULL (format 3) */
	int32_t issued;     /* day number */
	int32_t released;   /* day number, or -1 while the placement is active */
	uint32_t line;      /* where it was read (UINT32_MAX past it), 0 for new entries */
};


struct ledger {
	struct arena arena;
	struct ledger_entry *entries;
	size_t count;
	size_t cap;
	size_t sorted; /* entries[0, sorted) are ordered by id, then by issue */
	const char *campaign; /* the slug the identifiers were issued to; NULL before format 2 */
	char *text;           /* the file as read, which the entries point into; or NULL */
};

/*
 * Parses ledger text. file names it in diagnostics.
 * @return CAMPAIGN_OK, CAMPAIGN_EINVALID (damaged: reported) or CAMPAIGN_ENOMEM.
 */
int campaign__ledger_parse(struct ledger *l, const char *buf, size_t len, const char *file,
                           campaign_diags *diags);

/*
 * Reads path, at most max bytes (limit_name says how to raise it, or NULL);
 * a missing file is an empty ledger (the first build).
 */
int campaign__ledger_read(struct ledger *l, const char *path, size_t max, const char *limit_name,
                          campaign_diags *diags);

/*
 * The ledger as text, entries sorted by id. Each record is checked by the
 * reader's own check as it is written: one the reader would refuse (a date
 * out of the calendar's range) fails with an internal error reported at
 * file, rather than a ledger that no later build could read.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID (reported) when it names no
 *         campaign or a record would not read back; CAMPAIGN_ENOMEM.
 */
int campaign__ledger_serialize(const struct ledger *l, struct strbuf *out, const char *file,
                               campaign_diags *diags);

/*
 * Where the text goes when it is not kept whole: take(ctx, text, len) is
 * given it some 64 KB at a time, in order. A status other than CAMPAIGN_OK
 * stops the writing, and campaign__ledger_serialize_to() returns it.
 */
struct ledger_sink {
	int (*take)(void *ctx, const char *text, size_t len);
	void *ctx;
};

/*
 * The same text handed to sink piece by piece, never all in out (a million
 * placements make 110 MB of it); each piece is checked, as above, before
 * it is handed over. out is the work buffer, empty on return.
 */
int campaign__ledger_serialize_to(const struct ledger *l, struct strbuf *out,
                                  const struct ledger_sink *sink, const char *file,
                                  campaign_diags *diags);

/* The current issue of placement id (the last one issued), or NULL. */
struct ledger_entry *campaign__ledger_find(const struct ledger *l, const char *id);
/* 1 when e is the current issue of its placement, 0 when a later one superseded it. */
int campaign__ledger_is_current(const struct ledger *l, const struct ledger_entry *e);

/*
 * Appends e. Its strings are borrowed, not copied: they must live as long
 * as the ledger (the parsed text is in its arena; a plan's entries point at
 * the plan's and the spec's strings). A copy each doubled a big campaign's
 * ledger. Finding an entry added since the last sort is a linear search:
 * add many, then sort.
 */
int campaign__ledger_add(struct ledger *l, const struct ledger_entry *e);

/* Makes room for more entries at once, so no doubling leaves slack. */
int campaign__ledger_reserve(struct ledger *l, size_t more);

/* Sorts the entries by id, so every lookup is a binary search again; entries move. */
void campaign__ledger_sort(struct ledger *l);

void campaign__ledger_free(struct ledger *l);

#endif
