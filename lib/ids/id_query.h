/*
 * A query for `resolve`, read as the identifier it is (internal): a URL, a
 * phone number or a hashtag, in every form a placement's identifier is
 * printed, linked or copied by hand.
 *
 *   phone    tel: URIs (RFC 3966, visual separators and ;parameters),
 *            sms: URIs (RFC 5724, one recipient, ?body=... ignored) and the
 *            SMSTO:NUMBER:TEXT of QR codes; the display forms, with spaces
 *            of any width, dashes and brackets, digits of any script
 *            (Arabic-Indic ٤٩٥ is 495)
 *   URL      anything with "://", a '?', or "utm_" and '=' (a report's bare
 *            query string); text that looks like a host and path
 *            ("example.org/rally")
 *   hashtag  letters, digits and '_', with or without '#' (with it, never
 *            anything else: no URL or number starts with '#')
 *
 * Format characters (direction marks, zero-width spaces and joiners, BOM,
 * soft hyphens) are removed first, wherever they are: copying a number out
 * of a right-to-left text brings them along, and no identifier contains
 * one. Whitespace around the query is removed too.
 *
 * Pure: no I/O, no global state; thread-safe.
 */
#ifndef CAMPAIGN_ID_QUERY_H
#define CAMPAIGN_ID_QUERY_H

#include <stddef.h>

enum id_query_kind {
	ID_QUERY_NONE = 0, /* empty, or none of the three: why says so */
	ID_QUERY_URL,
	ID_QUERY_PHONE,
	ID_QUERY_HASHTAG,
};

/* More digits than any number has (E.164: 15), so a longer query never matches by its end. */
#define ID_QUERY_DIGITS_MAX 32

struct id_query {
	enum id_query_kind kind;
	/*
	 * malloc'd. URL: the query without format characters. PHONE: the number
	 * as written, without its URI scheme, parameters and escapes. HASHTAG:
	 * the tag with one leading '#'. NULL for ID_QUERY_NONE.
	 */
	char *text;
	/* PHONE: its digits in ASCII, from any script, at most ID_QUERY_DIGITS_MAX. */
	char digits[ID_QUERY_DIGITS_MAX + 1];
	/* NONE: one sentence without a trailing period, quoting the query. */
	char why[256];
};

/*
 * Reads query into *out, which the caller frees with campaign__id_query_free()
 * whatever the result.
 * @return CAMPAIGN_OK (out->kind says what the query is, ID_QUERY_NONE with
 *         out->why when it is nothing we can look up) or CAMPAIGN_ENOMEM.
 */
int campaign__id_query_read(struct id_query *out, const char *query);

void campaign__id_query_free(struct id_query *q);

/*
 * Where a URL leads, to tell apart links whose utm_* parameters are the
 * same: "HOST[:PORT]/PATH", the host lower-cased and in its ASCII (punycode)
 * form, a port only when it is not the scheme's default, the path decoded
 * and without trailing '/'. The scheme is left out (http and https lead to
 * one landing), and so are the query and the fragment. Text without a
 * scheme is read as https.
 * @param[out] out receives the key (free() it), or NULL when text is not a
 *             URL with a host.
 * @return CAMPAIGN_OK or CAMPAIGN_ENOMEM.
 */
int campaign__id_query_landing(const char *text, char **out);

#endif
