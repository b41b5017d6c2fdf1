#include "progress.h"

#include <stdio.h>
#include <time.h>

#define BAR_WIDTH 30

static double
now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void
progress_init(struct progress *p)
{
	p->start = now_seconds();
	p->last_draw = 0;
	p->drawn = 0;
}

void
progress_update(void *payload, size_t done, size_t total)
{
	struct progress *p = payload;
	double t = now_seconds();
	if (done < total && t - p->last_draw < 0.1)
		return;
	p->last_draw = t;
	double elapsed = t - p->start;
	double rate = elapsed > 0 ? (double)done / elapsed : 0;
	size_t filled = total ? done * BAR_WIDTH / total : BAR_WIDTH;
	char bar[BAR_WIDTH + 1];
	for (size_t i = 0; i < BAR_WIDTH; i++)
		bar[i] = i < filled ? '#' : '.';
	bar[BAR_WIDTH] = '\0';
	long left = rate > 0 ? (long)((double)(total - done) / rate + 0.5) : 0;
	/* \r and erase-to-end keep it on one line; only drawn when stderr is a terminal. */
	fprintf(stderr, "\r[%s] %zu/%zu flyers  %.1f/s  %ld:%02ld left\033[K", bar, done, total, rate,
	        left / 60, left % 60);
	if (done == total)
		fputc('\n', stderr);
	fflush(stderr);
	p->drawn = 1;
}
