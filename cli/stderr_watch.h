/* Whether the tool said anything on standard error: the last guard against a silent failure. */
#ifndef CLI_STDERR_WATCH_H
#define CLI_STDERR_WATCH_H

#include <stddef.h>

/*
 * Makes stderr a stream that writes to descriptor 2 as before and counts
 * what it writes. Without this, or if it cannot be set up, stderr is left
 * as it is and stderr_watch_count() stays 0.
 */
void stderr_watch_start(void);

/* The bytes written to stderr since stderr_watch_start(). */
size_t stderr_watch_count(void);

/* Whether stderr_watch_start() took effect. */
int stderr_watch_active(void);

#endif
