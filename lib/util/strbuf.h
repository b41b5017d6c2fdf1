/*
 * A growable byte string with a hard size cap, so that hostile input cannot
 * make a URL, a manifest or an error message grow without bound (curl's
 * dynbuf "toobig" idea). Failure is sticky: after the first failed append
 * every later append fails too, so a caller may append many pieces and check
 * once at the end.
 */
#ifndef CAMPAIGN_UTIL_STRBUF_H
#define CAMPAIGN_UTIL_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

#include "campaign/common.h"

struct strbuf {
	char *ptr;   /* NUL-terminated when not NULL */
	size_t len;  /* bytes used, terminator not counted */
	size_t cap;  /* bytes allocated */
	size_t max;  /* hard limit on len */
	int status;  /* CAMPAIGN_OK, or the sticky failure */
};

/* Default cap: large enough for any manifest we produce, small enough to stop a runaway. */
#define STRBUF_DEFAULT_MAX ((size_t)256 * 1024 * 1024)

void campaign__strbuf_init(struct strbuf *b, size_t max);
void campaign__strbuf_free(struct strbuf *b);
void campaign__strbuf_reset(struct strbuf *b);
/* Drops what follows the first len bytes (a shorter or equal len only); the status stays. */
void campaign__strbuf_truncate(struct strbuf *b, size_t len);
int campaign__strbuf_add(struct strbuf *b, const void *data, size_t n);
int campaign__strbuf_adds(struct strbuf *b, const char *s);
int campaign__strbuf_addc(struct strbuf *b, char c);
int campaign__strbuf_addf(struct strbuf *b, const char *fmt, ...) CAMPAIGN_PRINTF(2, 3);
int campaign__strbuf_vaddf(struct strbuf *b, const char *fmt, va_list ap) CAMPAIGN_PRINTF(2, 0);
/* The text so far; "" when empty. Valid until the next append. */
const char *campaign__strbuf_cstr(const struct strbuf *b);
/* Hands the bytes over to the caller (malloc'd, NUL-terminated) and resets b. */
char *campaign__strbuf_detach(struct strbuf *b, size_t *len);
/* Moves the bytes into a public campaign_buf, or returns the sticky failure. */
int campaign__strbuf_to_buf(struct strbuf *b, campaign_buf *out);

#endif
