/*
 * The registry: one file that many campaigns (specs, editions, months)
 * draw their tracking numbers, and optionally hashtags, from, so that a
 * number is held by at most one placement of any campaign at any moment and
 * a released number waits out its quarantine for everyone (internal).
 *
 * Format (UTF-8 text, tab-separated, sorted, so that a person can read it
 * and `git diff` shows what a build did):
 *
 *   # libcampaign registry 1
 *   # kind<TAB>value<TAB>campaign<TAB>placement<TAB>since<TAB>released<TAB>free
 *   phone<TAB>+74951234501<TAB>rally-2026<TAB>flyer-gate-a<TAB>2026-12-01<TAB>-<TAB>-
 *   phone<TAB>+74951234502<TAB>rally-ar<TAB>poster-1<TAB>2026-11-01<TAB>2026-12-01<TAB>2027-03-01
 *   hashtag<TAB>#Rally<TAB>rally-2026<TAB>-<TAB>2026-12-01<TAB>-<TAB>-
 *   short<TAB>k7m3xq<TAB>rally-2026<TAB>flyer-gate-a<TAB>2026-12-01<TAB>-<TAB>-
 *
 * One line each time a number was given to a placement: who held it, from
 * when, and, once released, from which day it may be given again (the
 * releasing campaign's quarantine). Hashtags are never given again: their
 * lines only say which campaign made them. Short codes (short_code.h) are
 * never given again either: campaigns that share a registry share a
 * short-link domain, and each code's line says whose issue it names. A
 * damaged file is a located
 * error, never a reset.
 */
#ifndef CAMPAIGN_REGISTRY_H
#define CAMPAIGN_REGISTRY_H

#include <stddef.h>

#include "campaign/diag.h"
#include "util/arena.h"
#include "util/strbuf.h"

#define REGISTRY_MAGIC "# libcampaign registry 1"

enum registry_kind { REGISTRY_PHONE, REGISTRY_HASHTAG, REGISTRY_SHORT };

struct registry_entry {
	enum registry_kind kind;
	const char *value;     /* E.164, a tag with its '#', or a short code */
	const char *campaign;  /* the slug of the campaign that holds or held it */
	const char *placement; /* the placement's id; NULL for a hashtag */
	long since;            /* day number it was given */
	long released;         /* day number it was let go, or -1 while held */
	long free_from;        /* day number it may be given again, or -1 while held */
	unsigned long line;    /* where it was read; 0 for a new line */
};

struct registry {
	struct arena arena;
	struct registry_entry *entries;
	size_t count, cap;
};

/*
 * Parses registry text; file names it in diagnostics.
 * @return CAMPAIGN_OK, CAMPAIGN_EINVALID (damaged: every problem reported
 *         at its line and column) or CAMPAIGN_ENOMEM.
 */
int campaign__registry_parse(struct registry *r, const char *buf, size_t len, const char *file,
                             campaign_diags *diags);

/*
 * Reads path, at most max bytes (limit_name, when not NULL, is the --limit
 * that raises it, named in the error); a missing file is an empty registry
 * (the first campaign to use it).
 */
int campaign__registry_read(struct registry *r, const char *path, size_t max,
                            const char *limit_name, campaign_diags *diags);

/*
 * The registry as text, sorted. Each record is checked by the reader's own
 * check as it is written (see campaign__ledger_serialize()): one it would
 * refuse fails with an internal error reported at file.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID (reported); CAMPAIGN_ENOMEM.
 */
int campaign__registry_serialize(const struct registry *r, struct strbuf *out, const char *file,
                                 campaign_diags *diags);

/* Appends e; its strings are borrowed and must live as long as r. */
int campaign__registry_add(struct registry *r, const struct registry_entry *e);

/* The line that holds value now (released -1), or NULL. */
struct registry_entry *campaign__registry_holder(const struct registry *r, enum registry_kind kind,
                                                 const char *value);

void campaign__registry_free(struct registry *r);

#endif
