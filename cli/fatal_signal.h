/* A crash says so: one line on stderr before the process dies of its signal. */
#ifndef CLI_FATAL_SIGNAL_H
#define CLI_FATAL_SIGNAL_H

/*
 * Installs a handler for SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT and
 * SIGTRAP that writes "campaign: fatal error: SIGNAME (...)" to descriptor
 * 2 and dies of the same signal (exit status 128+N, a core if enabled).
 * Under a memory limit, fontconfig and pango crash in their own threads
 * instead of failing, and the tool died with nothing on stderr. A signal
 * someone else already handles (AddressSanitizer's SEGV, BUS, FPE and ILL
 * handlers, set before main) is left to them, so their reports stay whole.
 */
void fatal_signal_install(void);

#endif
