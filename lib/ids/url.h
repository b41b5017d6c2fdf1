/*
 * RFC 3986 URLs: parsed into their components, and written back changing
 * nothing the caller did not change. Internal to the library.
 *
 * Components are kept as they will be written: the bytes of the text as
 * given, except that non-ASCII bytes are percent-encoded, the scheme and the
 * host are lower-cased (both are case-insensitive, RFC 3986 6.2.2.1), and an
 * internationalized host is in its ASCII (punycode) form. Existing escapes
 * are never decoded or re-encoded. So a written URL is always pure ASCII.
 *
 * Leniency, on purpose: in the path, query and fragment the printable ASCII
 * characters RFC 3986 leaves out but servers and browsers accept as they are
 * ([ ] { } | ^ `, a second #) are kept, because a landing URL that works in a
 * browser must not be refused. Refused everywhere: spaces and control
 * characters, " < > \ (they break the URL wherever it is pasted or printed)
 * and a % not followed by two hex digits (it cannot be read back). Refused
 * as well, because a printed link must open what it shows: C1 controls
 * (U+0080-U+009F), escaped controls (%00-%1F, %7F, %C2%80-%C2%9F; only %09,
 * %0A and %0D after the path, for line breaks in prefilled messages), port
 * 0, and invisible characters in the host (url_char.h), which IDNA would
 * drop or keep unseen. A refused character is named by code point.
 *
 * The query is a list of parameters split at '&', each split at its first
 * '='; a parameter with no '=' (`?flag`) keeps having none. Empty parameters
 * (`?&a=1&&b=2&`) and an empty query (`?` alone) carry nothing and are not
 * written back.
 *
 * Pure: no I/O, no global state; thread-safe.
 */
#ifndef CAMPAIGN_URL_H
#define CAMPAIGN_URL_H

#include <stddef.h>

#include "util/strbuf.h"

/* Longer than any URL a QR code can carry (2953 bytes), short enough to stop a runaway. */
#define URL_MAX_LENGTH 16384

struct url_param {
	char *key;   /* as written (percent-encoded) */
	char *value; /* as written, or NULL for a parameter without '=' */
};

struct url {
	char *scheme;   /* lower-cased, without ':' */
	char *userinfo; /* without '@', or NULL */
	char *host;     /* NULL when there is no authority; "[...]" for IP literals */
	char *port;     /* digits, or NULL when absent or empty */
	char *path;     /* never NULL; may be "" */
	struct url_param *params;
	size_t param_count;
	size_t param_cap;
	char *fragment; /* without '#', or NULL when there is no '#' */
};

/* Why a URL was refused, for a diagnostic the caller places. */
struct url_error {
	size_t offset;     /* byte offset in the text where the problem starts */
	char message[256]; /* one sentence, no trailing period */
};

/*
 * Parses an absolute URL (a scheme is required). On failure *out is left
 * empty and err (may be NULL) says why.
 * @return CAMPAIGN_OK, CAMPAIGN_EINVALID, CAMPAIGN_ETOOLONG (longer than
 *         URL_MAX_LENGTH) or CAMPAIGN_ENOMEM.
 */
int campaign__url_parse(struct url *out, const char *text, struct url_error *err);

/* Frees the components and leaves u empty. Accepts an empty struct url. */
void campaign__url_free(struct url *u);

/*
 * Appends the URL to out. An empty path after an authority is written as
 * "/" (RFC 3986 6.2.3), so "https://example.org" becomes "https://example.org/".
 * @return CAMPAIGN_OK or the strbuf's failure.
 */
int campaign__url_write(struct strbuf *out, const struct url *u);

/*
 * Checks that u can carry UTM parameters and be printed: scheme http or
 * https, a host, and no user information (a password on paper, or the
 * "https://bank.example@evil.example/" trick).
 * @return CAMPAIGN_OK or CAMPAIGN_EINVALID with err filled in.
 */
int campaign__url_check_web(const struct url *u, struct url_error *err);

/*
 * Calls warn(ctx, message) once per reason a printed link to u's host would
 * not work as meant, though the URL is valid (url_host.c): a name public DNS
 * never resolves (localhost, *.local, *.internal, *.test, *.example,
 * *.invalid, *.home.arpa, *.onion), an address a phone
 * cannot reach (loopback, private, link-local, unspecified, carrier-grade
 * NAT, documentation, multicast, reserved), and a label that mixes scripts
 * so as to pass for another name ('аpple' with a Cyrillic а), naming the
 * character. A warn of NULL does nothing.
 * @return CAMPAIGN_OK or CAMPAIGN_ENOMEM.
 */
int campaign__url_host_warnings(const struct url *u, void (*warn)(void *ctx, const char *message),
                                void *ctx);

/*
 * Whether host (as in struct url) ends in a number, which the WHATWG URL
 * standard reads as an IPv4 address, without being one written the one way
 * a printed address can be read: four decimal parts 0 to 255 without
 * leading zeros ("1.1.1.1.1", "256.1.1.1", "example.123", and the forms
 * browsers take but people do not: "1.2.3", "01.2.3.4", "0x7f.1",
 * "2130706433"). When it does, writes why into msg (url_host.c).
 * @return 1 when the host is refused, else 0.
 */
int campaign__url_host_ipv4_problem(const char *host, char *msg, size_t size);

/*
 * Parses text and checks it as a landing URL (campaign__url_parse() and
 * campaign__url_check_web()), for the spec loader to report at the node;
 * once it passes, warns as campaign__url_host_warnings() does (warn may be
 * NULL).
 * @return as campaign__url_parse(), CAMPAIGN_EINVALID with err filled in.
 */
int campaign__url_check_landing(const char *text, struct url_error *err,
                                void (*warn)(void *ctx, const char *message), void *ctx);

/*
 * Appends s, len bytes, percent-encoded for a query value: only the RFC 3986
 * unreserved characters A-Z a-z 0-9 - . _ ~ stay bare; everything else,
 * space and '+' included, becomes %XX with upper-case hex.
 */
int campaign__url_encode_component(struct strbuf *out, const char *s, size_t len);

/*
 * Appends s, len bytes, with %XX escapes decoded; when plus_is_space, '+' is
 * a space as in HTML forms (how analytics reads a query). Malformed escapes
 * are kept as they are.
 */
int campaign__url_decode(struct strbuf *out, const char *s, size_t len, int plus_is_space);

/*
 * The utm_* parameters of a URL, decoded, so that two URLs can be compared
 * whatever the order, the escaping or the normalization of their values:
 * keys are decoded and ASCII-lower-cased, values decoded ('+' as space) and
 * NFC-normalized; parameters with an empty value are left out and the
 * first remaining occurrence of a key wins, as in campaign_utm_build(); the
 * result is sorted by key. Only the query is read (up to the first '#'), so
 * text without a scheme ("example.org/?utm_source=x") works as well.
 * @param[out] out receives an array of *count parameters (value never NULL),
 *             or NULL when there is none; free with campaign__url_params_free().
 * @return CAMPAIGN_OK or CAMPAIGN_ENOMEM.
 */
int campaign__url_utm_params(const char *text, struct url_param **out, size_t *count);

/*
 * The parameters of a URL that are not utm_* (the landing's own, custom
 * ones, and those trackers add: gclid, fbclid, yclid), decoded and sorted as
 * campaign__url_utm_params() decodes and sorts; parameters without '=' are
 * left out.
 */
int campaign__url_other_params(const char *text, struct url_param **out, size_t *count);

/* Whether two sorted lists from campaign__url_utm_params() are equal. */
int campaign__url_params_equal(const struct url_param *a, size_t na, const struct url_param *b,
                               size_t nb);

void campaign__url_params_free(struct url_param *params, size_t count);

/*
 * Appends the link as people read and type it (url_display.c): host and
 * path, the host in Unicode, path escapes of readable UTF-8 decoded; no
 * scheme, query, fragment or trailing slash. "https://xn--e1afmkfd.xn--p1ai/a/?x=1"
 * gives "пример.рф/a".
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID for text that does not parse or
 *         has no host; the strbuf's failure (out is then as it was).
 */
int campaign__url_display(struct strbuf *out, const char *text);

/*
 * Appends the link whole, as a caption prints it for people to read and
 * platforms to linkify: its host in Unicode where it is a valid IDN (it
 * encodes back to the same labels, nothing invisible), everything else
 * (scheme, user info, port, path, query, fragment) byte for byte.
 * "https://xn--e1afmkfd.xn--p1ai/a?utm_source=vk" gives
 * "https://пример.рф/a?utm_source=vk".
 * @return CAMPAIGN_OK or the strbuf's failure (out is then as it was).
 */
int campaign__url_readable(struct strbuf *out, const char *text);

/* Appends a parameter to u (copies key and value; value NULL for none). */
int campaign__url_add_param(struct url *u, const char *key, const char *value);

#endif
