/*
 * Every non-zero exit must print at least one diagnostic. Each command
 * prints its own; main() checks, through the byte count kept here, that
 * one did, and prints a generic message naming the command otherwise, so
 * that no failure is ever silent (and the tests, which look for that
 * message, see the bug).
 */
#include "stderr_watch.h"

#include <errno.h>
#include <stdio.h>
#include <unistd.h>

static size_t written;
static int active;

static ssize_t
watch_write(void *cookie, const char *buf, size_t size)
{
	(void)cookie;
	size_t done = 0;
	while (done < size) {
		ssize_t n = write(STDERR_FILENO, buf + done, size - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return done ? (ssize_t)done : -1;
		done += (size_t)n;
	}
	__atomic_add_fetch(&written, size, __ATOMIC_RELAXED);
	return (ssize_t)size;
}

void
stderr_watch_start(void)
{
	cookie_io_functions_t io = { .write = watch_write };
	FILE *f = fopencookie(NULL, "w", io);
	if (!f)
		return;
	/* Unbuffered like stderr itself, so lines keep their order with stdout's. */
	setvbuf(f, NULL, _IONBF, 0);
	stderr = f;
	active = 1;
}

size_t
stderr_watch_count(void)
{
	return __atomic_load_n(&written, __ATOMIC_RELAXED);
}

int
stderr_watch_active(void)
{
	return active;
}
