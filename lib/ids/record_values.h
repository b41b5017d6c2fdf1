/*
 * The identifiers a ledger, a registry or a manifest holds, checked as
 * strictly as campaign build writes them (internal): those files are read
 * back, and a hand edit must not pass a value no build would have written
 * (a link with a control character, a tag with a space). Each returns NULL
 * when the value is one a build writes, or why not, one phrase, with
 * *offset the byte where the problem is.
 */
#ifndef CAMPAIGN_RECORD_VALUES_H
#define CAMPAIGN_RECORD_VALUES_H

#include <stddef.h>

/*
 * A placement's link: printable ASCII only (a build writes hosts in
 * punycode and escapes the rest), an http or https landing as the spec's
 * are checked (url.h), at most URL_MAX_LENGTH bytes. why is the caller's
 * buffer of size bytes, used for the URL parser's own words.
 */
const char *campaign__record_url_problem(const char *url, size_t *offset, char *why, size_t size);

/*
 * A hashtag: '#', a letter, then letters, digits, '_' and combining marks
 * (and the invisible characters tags of older versions kept, so their
 * ledgers still read; never a bidi mark or control), valid UTF-8, nothing
 * else. why as for the URL.
 */
const char *campaign__record_tag_problem(const char *tag, size_t *offset, char *why, size_t size);

#endif
