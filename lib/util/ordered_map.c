#include "util/ordered_map.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

enum slot_state { SLOT_FREE, SLOT_BUSY, SLOT_DONE };

struct ordered {
	size_t n;
	size_t window;
	size_t slot_size;
	ordered_work_fn work;
	ordered_exit_fn on_exit;
	void *ctx;
	unsigned char *slots;
	enum slot_state *state;
	size_t next_claim;   /* the next item a worker takes */
	size_t next_consume; /* the next item the caller takes */
	int stop;
	pthread_mutex_t lock;
	pthread_cond_t changed;
};

struct worker_arg {
	struct ordered *o;
	unsigned id;
};

static void *
slot_of(struct ordered *o, size_t i)
{
	return o->slots + (i % o->window) * o->slot_size;
}

static void *
worker_main(void *p)
{
	struct worker_arg *arg = p;
	struct ordered *o = arg->o;
	pthread_mutex_lock(&o->lock);
	for (;;) {
		/* Wait for room in the window, so a slow consumer bounds memory. */
		while (!o->stop && o->next_claim < o->n && o->next_claim - o->next_consume >= o->window)
			pthread_cond_wait(&o->changed, &o->lock);
		if (o->stop || o->next_claim >= o->n)
			break;
		size_t i = o->next_claim++;
		o->state[i % o->window] = SLOT_BUSY;
		void *slot = slot_of(o, i);
		pthread_mutex_unlock(&o->lock);
		memset(slot, 0, o->slot_size);
		o->work(o->ctx, i, slot, arg->id);
		pthread_mutex_lock(&o->lock);
		o->state[i % o->window] = SLOT_DONE;
		pthread_cond_broadcast(&o->changed);
	}
	/*
	 * What this worker made may still wait for the consumer, and may hold
	 * this thread's state (a flyer holds its thread's pango font map):
	 * clean up only once everything has been consumed.
	 */
	while (o->on_exit && o->next_consume < o->n)
		pthread_cond_wait(&o->changed, &o->lock);
	pthread_mutex_unlock(&o->lock);
	if (o->on_exit)
		o->on_exit(o->ctx, arg->id);
	return NULL;
}

int
campaign__ordered_map(size_t n, unsigned jobs, size_t slot_size, ordered_work_fn work,
                      ordered_consume_fn consume, ordered_discard_fn discard,
                      ordered_exit_fn on_exit, void *ctx)
{
	if (n == 0)
		return 0;
	if (jobs == 0)
		jobs = 1;
	struct ordered o = { .n = n, .window = 2 * (size_t)jobs, .slot_size = slot_size, .work = work,
	                     .on_exit = on_exit, .ctx = ctx };
	o.slots = calloc(o.window, slot_size);
	o.state = calloc(o.window, sizeof(*o.state));
	pthread_t *threads = calloc(jobs, sizeof(*threads));
	struct worker_arg *args = calloc(jobs, sizeof(*args));
	int rc = ORDERED_MAP_NO_THREADS;
	unsigned started = 0;
	if (!o.slots || !o.state || !threads || !args)
		goto done;
	pthread_mutex_init(&o.lock, NULL);
	pthread_cond_init(&o.changed, NULL);
	for (; started < jobs; started++) {
		args[started] = (struct worker_arg){ &o, started };
		if (pthread_create(&threads[started], NULL, worker_main, &args[started]) != 0)
			break;
	}
	if (started == 0) {
		pthread_cond_destroy(&o.changed);
		pthread_mutex_destroy(&o.lock);
		goto done;
	}
	rc = 0;
	pthread_mutex_lock(&o.lock);
	while (o.next_consume < n) {
		size_t i = o.next_consume;
		while (o.state[i % o.window] != SLOT_DONE || (o.next_claim <= i))
			pthread_cond_wait(&o.changed, &o.lock);
		pthread_mutex_unlock(&o.lock);
		int r = rc ? 0 : consume(ctx, i, slot_of(&o, i));
		if (rc)
			discard(ctx, i, slot_of(&o, i));
		pthread_mutex_lock(&o.lock);
		if (r && !rc) {
			rc = r;
			o.stop = 1; /* started items still finish, and are discarded above */
			o.n = n = o.next_claim; /* only drain what was started; workers stop claiming */
		}
		o.state[i % o.window] = SLOT_FREE;
		o.next_consume++;
		pthread_cond_broadcast(&o.changed);
	}
	pthread_mutex_unlock(&o.lock);
	for (unsigned t = 0; t < started; t++)
		pthread_join(threads[t], NULL);
	pthread_cond_destroy(&o.changed);
	pthread_mutex_destroy(&o.lock);
done:
	free(o.slots);
	free(o.state);
	free(threads);
	free(args);
	return rc;
}
