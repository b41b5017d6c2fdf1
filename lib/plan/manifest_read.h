/*
 * A manifest.json read placement by placement (internal): jansson parses
 * each placement on its own, and the caller keeps what it needs of it
 * before the next, so reading a manifest of a million placements never
 * holds its JSON tree (three gigabytes) at once.
 *
 * Only the shape campaign_build() writes is walked this way: an object
 * whose members are objects, arrays and strings, "placements" an array, no
 * key twice. Anything else, valid or not, is MANIFEST_READ_OTHER: the
 * caller then reads the document whole, which says exactly what is wrong
 * (jansson's message, line and column) or reads what is right.
 */
#ifndef CAMPAIGN_MANIFEST_READ_H
#define CAMPAIGN_MANIFEST_READ_H

#include <jansson.h>
#include <stddef.h>

#include "plan/manifest_values.h"

enum manifest_read_result {
	MANIFEST_READ_OK = 0,
	MANIFEST_READ_OTHER = 1, /* not walked: read the document whole */
	MANIFEST_READ_STOPPED = 2, /* each() returned non-zero */
};

/*
 * Calls each(ctx, placement, values, i, offset) for every element of the
 * "placements" array of the text, in order. values holds its string
 * members (NULL: not there, or not a string). A placement in the plain
 * layout a build writes is read without jansson (manifest_plain.h) and
 * placement is NULL; any other element is parsed by jansson and given as
 * placement too, for the checks that need its tree. Both are borrowed for
 * the call. offset is the byte where it starts (its '{'), for a located
 * message.
 * Elements are given before the rest of the document is checked: a caller
 * must drop what it kept when the result is not MANIFEST_READ_OK.
 */
enum manifest_read_result campaign__manifest_each_placement(
	const char *text, size_t len,
	int (*each)(void *ctx, json_t *placement, const struct manifest_placement *values, size_t i,
	            size_t offset),
	void *ctx);

#endif
