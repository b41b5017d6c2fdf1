/* Opening an input file the tool reads itself (the `qr --batch` list). */
#ifndef CLI_INPUT_FILE_H
#define CLI_INPUT_FILE_H

#include <stdio.h>

/*
 * Opens path for reading as a regular file only, without ever blocking:
 * open() on a FIFO waits for a writer for ever, and a device streams
 * without end. The rule is the library's (lib/io/open_input.c, which every
 * reader of the library uses); the tool keeps its own copy because it uses
 * only the public API. Standard input ("-") is the caller's to allow.
 * @return the stream; or NULL with *why set to the reason for a message
 *         ("it is a FIFO (named pipe), not a regular file", strerror()).
 */
FILE *cli_open_input(const char *path, const char **why);

#endif
