/*
 * A manifest.json read back (internal): every value as strictly as
 * campaign build writes it, so a hand edit cannot make `resolve` answer
 * with a link no build made (a control character, a password), an id
 * outside the spec's grammar, a number not in E.164, or two placements
 * under one id, link or number.
 */
#ifndef CAMPAIGN_MANIFEST_VALUES_H
#define CAMPAIGN_MANIFEST_VALUES_H

#include <jansson.h>
#include <stddef.h>

#include "campaign/diag.h"

/*
 * Checks placement number index (0-based) of file, which starts at
 * (line, column) of the file (0, 0 when unknown): its "id", "event", "url",
 * "hashtag", "phone" and "phone_display", each a string when present.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID with every problem reported.
 */
int campaign__manifest_check_placement(json_t *placement, size_t index, const char *file,
                                       unsigned long line, unsigned long column,
                                       campaign_diags *diags);

/* The members of a placement a reader checks and keeps; NULL: not there. */
struct manifest_placement {
	const char *id, *event, *url, *hashtag, *phone, *phone_display, *short_url, *made_from;
};

/* The string members of a placement jansson parsed into v (a member of another type NULL); v. */
const struct manifest_placement *campaign__manifest_placement_of(json_t *placement,
                                                                 struct manifest_placement *v);

/*
 * The same checks on values already taken out of their JSON (short_url and
 * made_from are not checked): for the reader's own-layout path (manifest_read.h), and
 * for the writer, which must never write what this refuses.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID with every problem reported.
 */
int campaign__manifest_check_values(const struct manifest_placement *values, size_t index,
                                    const char *file, unsigned long line, unsigned long column,
                                    campaign_diags *diags);

/*
 * The writer's guard: the first problem check_values() would report of v
 * (*key and *value the member's; buf, of size bytes, may hold the words),
 * or NULL when the reader takes every value.
 */
const char *campaign__manifest_values_problem(const struct manifest_placement *v, const char **key,
                                             const char **value, char *buf, size_t size);

/*
 * The text of a file given as a manifest, before it is parsed: a byte
 * order mark (UTF-8 or UTF-16) or a NUL byte, which jansson reports as a
 * bare syntax error, named for what it is. @return CAMPAIGN_OK or CAMPAIGN_EINVALID (reported).
 */
int campaign__manifest_check_text(const char *text, size_t len, const char *file,
                                  campaign_diags *diags);

/*
 * values[i] of placement i (NULL: not there), for `what` ("id", "URL",
 * number): the first value two placements share is reported.
 * @return CAMPAIGN_OK, CAMPAIGN_EINVALID (reported) or CAMPAIGN_ENOMEM.
 */
int campaign__manifest_check_unique(const char *const *values, size_t count, const char *what,
                                    const char *file, campaign_diags *diags);

#endif
