/*
 * One file the tool writes itself (the report's chart): all of it or
 * nothing, never in the place of a device or a FIFO, never through a link.
 */
#ifndef CLI_WRITE_FILE_H
#define CLI_WRITE_FILE_H

#include <stddef.h>

/*
 * Writes len bytes to path: into a temporary file beside it, flushed to
 * disk, then renamed over it (a symbolic link there is replaced, not
 * followed). A directory, a device or a FIFO there is refused: renaming
 * over /dev/null would delete the device, and none is the file asked for.
 * Returns 0, or -1 after saying why on stderr ("PATH: error: cannot write
 * it: WHY"; cmd is kept for callers).
 */
int write_file_atomically(const char *cmd, const char *path, const void *data, size_t len);

/*
 * Whether write_file_atomically() could put a file at path, asked before
 * the work that makes it: not a directory, device or FIFO there, and a
 * folder that exists and may be written. Returns 0, or -1 after saying why.
 */
int check_file_destination(const char *cmd, const char *path);

#endif
