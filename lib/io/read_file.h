/* Reading a whole input file (internal). */
#ifndef CAMPAIGN_READ_FILE_H
#define CAMPAIGN_READ_FILE_H

#include <stddef.h>

#include "campaign/diag.h"

/*
 * Reads a whole file into malloc'd memory (NUL-terminated), at most max
 * bytes. A problem is reported at (cited_in, line, column), the place that
 * named the file, or at the path itself when cited_in is NULL.
 * @return CAMPAIGN_OK; CAMPAIGN_EIO; CAMPAIGN_EINVALID when larger than
 *         max; CAMPAIGN_ENOMEM.
 */
int campaign__read_file(const char *path, size_t max, char **out, size_t *len,
                        campaign_diags *diags, const char *cited_in, unsigned long line,
                        unsigned long column);

/*
 * strerror() for a failed read of an input file, except EAGAIN: the file
 * looked regular but has nothing to read now and would make us wait
 * (campaign__open_input_fd() keeps O_NONBLOCK for this), which
 * "Resource temporarily unavailable" does not say.
 */
const char *campaign__read_strerror(int err);

struct strbuf;

/*
 * Reads fd to its end, appending to b: b's cap is the limit. With read(2),
 * not stdio, so that a read error is told from the end of the file.
 * @return CAMPAIGN_OK; CAMPAIGN_EIO with errno set; CAMPAIGN_ETOOLONG past
 *         b's cap; CAMPAIGN_ENOMEM.
 */
int campaign__read_all(int fd, struct strbuf *b);

#endif
