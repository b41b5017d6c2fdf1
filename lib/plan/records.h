/*
 * The tab-separated record files a plan keeps (internal): the ledger and
 * the registry. Both are text a person reads in `git diff` and a program
 * writes; both are refused whole, with the line and column, when damaged,
 * never reset. What they share is here: reading, the text checks, the
 * lines, the columns, and the messages ("damaged ledger: ...").
 */
#ifndef CAMPAIGN_RECORDS_H
#define CAMPAIGN_RECORDS_H

#include <stddef.h>

#include "campaign/diag.h"
#include "core/diag_internal.h"

struct records {
	const char *file;
	const char *kind; /* "ledger", "registry": what the messages call the file */
	campaign_diags *diags;
	int status;       /* CAMPAIGN_OK, or the first failure */
};

/* Reports "damaged KIND: ..." at the character `at` of line `line` (`text`), and fails r. */
void campaign__records_error(struct records *r, unsigned long line, const char *text, const char *at,
                             const char *fmt, ...) CAMPAIGN_PRINTF(5, 6);

/*
 * Reads the file at path whole, at most max bytes; a file that does not
 * exist is no file (*buf NULL, CAMPAIGN_OK): a campaign's first build. A
 * larger file is an error naming the limit, and how to raise it when
 * limit_name ("ledger-bytes") is not NULL.
 * @return CAMPAIGN_OK, CAMPAIGN_EIO, CAMPAIGN_EINVALID (too large), CAMPAIGN_ENOMEM.
 */
int campaign__records_read(const char *path, const char *kind, size_t max, const char *limit_name,
                           char **buf, size_t *len, campaign_diags *diags);

/* CAMPAIGN_OK when buf is UTF-8 without NUL bytes; else a located error. */
int campaign__records_check_text(const char *buf, size_t len, const char *file, const char *kind,
                                 campaign_diags *diags);

/*
 * Calls each(ctx, line, text) for every line of text (changed in place),
 * numbered from 1, without its line end. Stops early when each returns
 * non-zero. @return the number of lines seen.
 */
unsigned long campaign__records_each_line(char *text, int (*each)(void *ctx, unsigned long line, char *text),
                                          void *ctx);

/*
 * Splits one record (NUL-terminated, in place) into exactly count
 * tab-separated columns, named by names for the messages.
 * @return 0, or -1 with the error reported.
 */
int campaign__records_split(struct records *r, unsigned long line, char *text, char **col, int count,
                            const char *const *names);

/*
 * The writers' guard: every record a writer formats is checked by its
 * reader's own check before the file is written, so a value the reader
 * refuses (a year 10000 written as "0000") fails the write instead of
 * damaging the file for every later build. The checks report into a
 * private sink (r->diags); this turns its first message into an internal
 * error at file, naming the record.
 * @return CAMPAIGN_EINVALID.
 */
int campaign__records_refuse_write(campaign_diags *quiet, const char *kind, const char *record,
                                   const char *file, campaign_diags *diags);

/*
 * A hashtag ('-' for none when dash_ok) and a URL ('-' for none) as a build
 * writes them (ids/record_values.h); else a located error.
 * @return 0, or -1 with the error reported.
 */
int campaign__records_check_tag(struct records *r, unsigned long line, const char *text, const char *tag,
                                int dash_ok);
int campaign__records_check_url(struct records *r, unsigned long line, const char *text, const char *url);

/*
 * What a file given as the KIND ("ledger", "registry") is instead, when it
 * is another file of a campaign (`--registry spec.yaml` is a slip of the
 * hand, not damage): "a campaign spec (YAML)", or NULL.
 */
const char *campaign__records_other_file(const char *buf, size_t len, const char *kind);

/* Whether p is a phone number as both files keep it: E.164, "+" and 7 to 15 digits. */
int campaign__records_is_e164(const char *p);

#endif
