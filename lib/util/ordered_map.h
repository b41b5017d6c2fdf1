/*
 * An ordered parallel map: work(i) runs on `jobs` threads, consume(i) on the
 * calling thread strictly in order of i, with at most `window` items started
 * and not yet consumed. Rendering flyers is the work (CPU-bound, independent
 * per placement); writing files, the proof sheet and diagnostics is the
 * consumption (ordered, single-threaded), so the output is the same bytes
 * whatever `jobs` is, and memory stays bounded by the window, not by n.
 */
#ifndef CAMPAIGN_UTIL_ORDERED_MAP_H
#define CAMPAIGN_UTIL_ORDERED_MAP_H

#include <stddef.h>

/* Fills slot (slot_size bytes, zeroed) for item i; worker is 0..jobs-1. */
typedef void (*ordered_work_fn)(void *ctx, size_t i, void *slot, unsigned worker);
/* Takes slot of item i; a nonzero return stops the map (no more work starts). */
typedef int (*ordered_consume_fn)(void *ctx, size_t i, void *slot);
/* Releases a slot that was worked on but will not be consumed (after a stop). */
typedef void (*ordered_discard_fn)(void *ctx, size_t i, void *slot);

/* Runs on each worker thread just before it ends (thread-local cleanup); may be NULL. */
typedef void (*ordered_exit_fn)(void *ctx, unsigned worker);

/* What campaign__ordered_map returns when no thread could be started. */
#define ORDERED_MAP_NO_THREADS (-1000)

/*
 * @return 0, the first nonzero consume() result, or ORDERED_MAP_NO_THREADS
 *         when threads cannot be started (nothing ran). That value is kept
 *         apart from every status a consume() returns: a write that failed
 *         (CAMPAIGN_EIO, negative too) once read as "no threads" and added a
 *         false error after the real one.
 */
int campaign__ordered_map(size_t n, unsigned jobs, size_t slot_size, ordered_work_fn work,
                          ordered_consume_fn consume, ordered_discard_fn discard,
                          ordered_exit_fn on_exit, void *ctx);

#endif
