/*
 * Characters a landing URL's host may not hold. A refused character is
 * invisible or looks like another, so a message names it by code point and
 * Unicode name (campaign__unichar_describe(), "U+200B ZERO WIDTH SPACE")
 * rather than quoting it. Internal to the library.
 *
 * Pure: no I/O, no global state; thread-safe.
 */
#ifndef CAMPAIGN_URL_CHAR_H
#define CAMPAIGN_URL_CHAR_H

#include <stdint.h>

/*
 * Whether a host may not hold c: what text/unichar.h calls a hazard (a
 * control, a bidi control or mark, a format character or any other
 * default-ignorable code point), or a space. IDNA drops some of them
 * silently and keeps others unseen, so the host printed would not be the
 * host written.
 * @return a few words saying what c is ("an invisible character"), or NULL
 *         when c may stand in a host.
 */
const char *campaign__url_char_unseen(uint32_t c);

#endif
