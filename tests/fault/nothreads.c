/*
 * LD_PRELOAD shim: pthread_create fails with EAGAIN, as on a machine out of
 * threads or of memory for their stacks, for the campaign's own threads
 * after the first CAMPAIGN_THREADS_ALLOWED of them. Threads started by other
 * libraries (glib's) are left alone: only those whose start routine lies in
 * a file whose name holds "campaign" are counted.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* dladdr, RTLD_NEXT */
#endif
#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

typedef int (*create_fn)(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *);

static atomic_int started;

int
pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*start)(void *), void *arg)
{
	union {
		void *p;
		create_fn f;
	} real = { dlsym(RTLD_NEXT, "pthread_create") };
	union {
		void *(*f)(void *);
		void *p;
	} routine = { start };
	const char *allowed = getenv("CAMPAIGN_THREADS_ALLOWED");
	Dl_info info;
	if (allowed && dladdr(routine.p, &info) && info.dli_fname && strstr(info.dli_fname, "campaign") &&
	    atomic_fetch_add(&started, 1) >= atoi(allowed))
		return EAGAIN;
	return real.f(thread, attr, start, arg);
}
