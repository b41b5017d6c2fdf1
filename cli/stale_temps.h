/*
 * Temp files a killed run of the tool left beside a file it writes.
 *
 * The library writes a file as ".NAME.tmp.PID.RAND" beside NAME and renames
 * it into place (lib/io/atomic_file.h). A run stopped by SIGINT or SIGTERM
 * removes its own (interrupt.h); one killed with SIGKILL, or by the
 * machine going down, cannot. Inside an output directory or beside a
 * ledger, the next run removes them under its lock; a file written alone
 * (--combine, render -o, qr -o, report --chart) has no lock, so its temp
 * files are judged by their writer's process instead.
 */
#ifndef CLI_STALE_TEMPS_H
#define CLI_STALE_TEMPS_H

/*
 * Removes, from path's directory, the temp files of path's name whose
 * writing process no longer exists on this machine and which nothing has
 * written for an hour. A live writer's file (another run writing the same
 * name) is left alone; so is a recent one, since a writer in another PID
 * namespace or on another machine sharing the folder cannot be seen from
 * here (were it still at work, its rename would fail with an error, and
 * the file it replaces would stay as it was). Failures are ignored: a temp
 * file left is garbage, never a final file. NULL is ignored.
 */
void remove_stale_temps(const char *path);

#endif
