/*
 * JSON text written member by member, byte for byte as jansson's
 * json_dumps(JSON_INDENT(2) | JSON_PRESERVE_ORDER) writes it, without a
 * tree: the manifest of a million placements made a jansson object per
 * placement and dumped it, which was a third of a build's time. Only what
 * the manifest needs: objects of strings and objects. jansson still reads.
 *
 * Strings are escaped as jansson escapes them: '"', '\\' and the C0
 * controls (\b \f \n \r \t, the others as \u00XX in upper case), every
 * other character as it is. Text that is not UTF-8 is refused, as
 * json_string() refuses it.
 */
#ifndef CAMPAIGN_UTIL_JSON_WRITER_H
#define CAMPAIGN_UTIL_JSON_WRITER_H

#include "util/strbuf.h"

#define JSON_WRITER_MAX_DEPTH 8

struct json_writer {
	struct strbuf *out;
	unsigned depth;  /* objects open, counting those of `base` */
	unsigned base;   /* the depth at which the first object starts (its indent) */
	unsigned char has_members[JSON_WRITER_MAX_DEPTH];
	int status;      /* CAMPAIGN_OK, or the first failure (CAMPAIGN_EINVALID: not UTF-8) */
};

/*
 * A writer appending to out. base: how many levels deep the first object
 * sits in the document, for its indent (a placement in the manifest's list
 * is at 2, as jansson would indent it there).
 */
void campaign__json_writer_init(struct json_writer *w, struct strbuf *out, unsigned base);

/*
 * Appends s as a JSON string, quoted and escaped.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID when s is not UTF-8 (nothing
 *         appended); or out's failure.
 */
int campaign__json_string(struct strbuf *out, const char *s);

/* "{", as a value (at the start, or after a member's key). */
void campaign__json_begin_object(struct json_writer *w);
/* Member key: {...}, opened (close it with campaign__json_end_object()). */
void campaign__json_member_object(struct json_writer *w, const char *key);
/* Member key: "value"; nothing when value is NULL (jansson's absent key). */
void campaign__json_member_string(struct json_writer *w, const char *key, const char *value);
/* "}" (or "{}" closed for an object without members). */
void campaign__json_end_object(struct json_writer *w);

#endif
