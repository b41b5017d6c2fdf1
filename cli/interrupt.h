/*
 * SIGINT and SIGTERM (and SIGHUP, a closed terminal): the tool stops at
 * once, removes the temp files and lock files this process made in the
 * directories it registered, says so, and exits 130 (SIGINT) or 128+N.
 *
 * The signals are blocked in every thread and taken by one thread with
 * sigwait(), so the clean-up runs as ordinary code, not in a signal
 * handler (which could not list a directory). The build's threads still
 * run while it sweeps; with RLIMIT_NOFILE at 0 none of them can create
 * another file. Should one be left all the same, the next build into the
 * same directory removes it (under its lock, every temp file there is a
 * dead build's). A lock file left by any means is harmless: the kernel let
 * go of its flock when the process died, and the next build, validate or
 * not, takes it over.
 */
#ifndef CLI_INTERRUPT_H
#define CLI_INTERRUPT_H

/*
 * Blocks the signals and starts the waiting thread. Call before any other
 * thread exists, so every thread inherits the mask. If the thread cannot
 * start, the signals keep their default action.
 */
void interrupt_start(void);

/* Ends the waiting thread (at the end of main): the work is done, the exit is normal. */
void interrupt_stop(void);

/*
 * On an interrupt, removes from dir (and, with subdirs, from each directory
 * directly in it) the files named ".NAME.tmp.PID.RAND" with this process's
 * PID, as the library names its temp files, and any "*.lock" file that
 * holds this process's PID. dir is copied; NULL is ignored.
 */
void interrupt_watch(const char *dir, int subdirs);

/*
 * interrupt_watch() for the directory a file is in; first removes the temp
 * files of that name a killed run left there (stale_temps.h).
 */
void interrupt_watch_file(const char *path);

#endif
