/* A progress bar on stderr, for builds run at a terminal. */
#ifndef CLI_PROGRESS_H
#define CLI_PROGRESS_H

#include <stddef.h>

struct progress {
	double start;     /* monotonic seconds */
	double last_draw;
	int drawn;
};

/* Starts the clock. */
void progress_init(struct progress *p);

/*
 * The build's progress callback (payload: a struct progress): redraws the
 * line "[####......]  123/1000 flyers  45/s  0:19 left" at most ten times a
 * second, and ends it with a newline when done == total.
 */
void progress_update(void *payload, size_t done, size_t total);

#endif
