/*
 * One file the tool writes itself (the report's chart): all of it or
 * nothing, never through a device, a FIFO or a link someone left there.
 */
#ifndef CLI_WRITE_FILE_H
#define CLI_WRITE_FILE_H

#include <stddef.h>

/*
 * Writes len bytes to path: into a temporary file beside it, flushed to
 * disk, then renamed over it. A path that exists and is not a regular file
 * (a directory, a device, a FIFO, a symbolic link) is refused: writing
 * "into" /dev/null or through a link would not leave the file the user
 * asked for. Returns 0, or -1 after saying why on stderr ("campaign CMD:
 * error: cannot write PATH: WHY").
 */
int write_file_atomically(const char *cmd, const char *path, const void *data, size_t len);

#endif
