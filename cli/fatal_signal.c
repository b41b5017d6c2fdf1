#include "fatal_signal.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* Fixed texts, written with write(2) alone: only async-signal-safe calls in the handler. */
static const struct {
	int signo;
	const char *text;
} fatal[] = {
	{ SIGSEGV, "campaign: fatal error: SIGSEGV, an invalid memory access" },
	{ SIGBUS, "campaign: fatal error: SIGBUS, a bus error" },
	{ SIGFPE, "campaign: fatal error: SIGFPE, an arithmetic error" },
	{ SIGILL, "campaign: fatal error: SIGILL, an illegal instruction" },
	{ SIGABRT, "campaign: fatal error: SIGABRT, aborted" },
	{ SIGTRAP, "campaign: fatal error: SIGTRAP, a trap, as glib raises when it cannot allocate" },
};
#define FATAL_COUNT (sizeof(fatal) / sizeof(fatal[0]))

/* Why it most likely happened, and what to do (campaign(1), EXIT STATUS). */
static const char hint[] =
	" (out of memory? see 'ulimit -v' and campaign(1), EXIT STATUS; otherwise a bug in campaign: "
	"please report it)\n";

/* Each signal's whole line, made before any crash so that the handler only writes it. */
static char line[FATAL_COUNT][320];
static size_t line_len[FATAL_COUNT];

static void
write_all(const char *text, size_t len)
{
	while (len > 0) {
		ssize_t n = write(STDERR_FILENO, text, len);
		if (n <= 0)
			return; /* EINTR cannot help here, and nothing else can be done */
		text += n;
		len -= (size_t)n;
	}
}

static void
on_fatal(int signo)
{
	for (size_t i = 0; i < FATAL_COUNT; i++) {
		if (fatal[i].signo == signo) {
			write_all(line[i], line_len[i]);
			break;
		}
	}
	/*
	 * SA_RESETHAND made the action the default again: a fault happens again
	 * when the handler returns, and a signal sent by kill() or raise() is
	 * raised here, so either way the process dies of its signal.
	 */
	raise(signo);
}

void
fatal_signal_install(void)
{
	for (size_t i = 0; i < FATAL_COUNT; i++) {
		struct sigaction old;
		if (sigaction(fatal[i].signo, NULL, &old) != 0)
			continue;
		if (!(old.sa_flags & SA_SIGINFO) && old.sa_handler == SIG_DFL) {
			int n = snprintf(line[i], sizeof(line[i]), "%s%s", fatal[i].text, hint);
			line_len[i] = n < 0 ? 0 : (size_t)n < sizeof(line[i]) ? (size_t)n : sizeof(line[i]) - 1;
			struct sigaction sa;
			memset(&sa, 0, sizeof(sa));
			sa.sa_handler = on_fatal;
			sigemptyset(&sa.sa_mask);
			sa.sa_flags = SA_RESETHAND;
			sigaction(fatal[i].signo, &sa, NULL);
		}
	}
}
