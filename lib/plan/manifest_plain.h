/*
 * A manifest placement in the plain layout campaign_build() writes, read
 * without jansson (internal): objects whose members are strings, one level
 * of objects inside (utm, files), no escape, no key twice, valid UTF-8.
 * Such an object means the same to jansson, which reads anything else
 * (manifest_read.c): a reader of a million placements spent most of its
 * time in jansson's general parser on text this simple.
 */
#ifndef CAMPAIGN_MANIFEST_PLAIN_H
#define CAMPAIGN_MANIFEST_PLAIN_H

#include <stddef.h>

#include "plan/manifest_values.h"
#include "util/strbuf.h"

/* Where a reader is in a manifest's text: manifest_read.c walks the document with it too. */
struct manifest_cursor {
	const char *text;
	size_t len, pos;
};

/* Moves the cursor over JSON white space. */
void campaign__manifest_skip_space(struct manifest_cursor *c);

/* Whether the next character after white space is ch; taken when it is. */
int campaign__manifest_take(struct manifest_cursor *c, char ch);

/*
 * Reads the object that starts at text[pos] (its '{'). When it is plain,
 * fills *values (members that are not there NULL; the strings copied into
 * scratch, valid until its next use) and returns the offset just after
 * its '}'; otherwise returns 0 and jansson is to read it.
 * Out of memory in scratch is also 0: jansson's read then says so.
 */
size_t campaign__manifest_plain_read(const char *text, size_t len, size_t pos,
                                     struct manifest_placement *values, struct strbuf *scratch);

#endif
