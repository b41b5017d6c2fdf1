/*
 * RFC 3986 URL parser and writer; see url.h for what is kept and what is
 * refused. Pure: no I/O, no global state. The one dependency, libidn2, turns
 * an internationalized host into its ASCII form (UTS #46 non-transitional
 * processing, as browsers do since 2017: "faß.de" stays distinct from
 * "fass.de").
 */
#include "ids/url.h"

#include <arpa/inet.h>
#include <glib.h>
#include <idn2.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "ids/url_char.h"
#include "text/unichar.h"
#include "util/utf8.h"

static const char hex_digits[] = "0123456789ABCDEF";

static int fail(struct url_error *err, size_t offset, int status, const char *fmt, ...)
	CAMPAIGN_PRINTF(4, 5);

static int
fail(struct url_error *err, size_t offset, int status, const char *fmt, ...)
{
	if (err) {
		va_list ap;
		va_start(ap, fmt);
		err->offset = offset;
		vsnprintf(err->message, sizeof(err->message), fmt, ap);
		campaign__utf8_trim_partial(err->message);
		va_end(ap);
	}
	return status;
}

static int
is_hex(char c)
{
	return g_ascii_isxdigit(c);
}

static int
is_unreserved(unsigned char c)
{
	return g_ascii_isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

static int
is_sub_delim(unsigned char c)
{
	return c != '\0' && strchr("!$&'()*+,;=", c) != NULL;
}

/* How much of s[0..n) to quote in a message: at most 80 bytes, never half a character. */
static int
clip(const char *s, size_t n)
{
	return campaign__utf8_cut(s, n, 80);
}

/* The code point of the control character that text[i..] escapes (%00-%1F, %7F, %C2%80-%C2%9F), or -1. */
static long
escaped_control(const char *text, size_t len, size_t i)
{
	if (i + 2 >= len || !is_hex(text[i + 1]) || !is_hex(text[i + 2]))
		return -1;
	unsigned c = (unsigned)(g_ascii_xdigit_value(text[i + 1]) << 4 | g_ascii_xdigit_value(text[i + 2]));
	if (c < 0x20 || c == 0x7F)
		return (long)c;
	if (c != 0xC2 || i + 5 >= len || text[i + 3] != '%' || !is_hex(text[i + 4]) ||
	    !is_hex(text[i + 5]))
		return -1;
	unsigned next = (unsigned)(g_ascii_xdigit_value(text[i + 4]) << 4 |
	                           g_ascii_xdigit_value(text[i + 5]));
	return next >= 0x80 && next <= 0x9F ? (long)next : -1;
}

/*
 * The characters no part of a URL may hold as they are. Everything else
 * printable is left to the component checks, and non-ASCII to escaping.
 *
 * Escaped controls are refused too: %00 cuts the URL short in servers
 * written in C, and a control decoded into a path or a log line is never
 * what a printed link means. Only tab, line feed and carriage return stay
 * allowed after the path, escaped: prefilled messages (wa.me/?text=,
 * t.me/share?text=) carry line breaks in their query.
 */
static int
check_characters(const char *text, size_t len, struct url_error *err)
{
	size_t valid = campaign__utf8_validate(text, len);
	if (valid != len)
		return fail(err, valid, CAMPAIGN_EINVALID, "URL is not valid UTF-8");
	size_t tail = strcspn(text, "?#"); /* where the query or the fragment starts */
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];
		if (c == ' ')
			return fail(err, i, CAMPAIGN_EINVALID, "URL contains a space; write it as %%20");
		if (c < 0x20 || c == 0x7F)
			return fail(err, i, CAMPAIGN_EINVALID,
			            "URL contains a control character (0x%02X)", c);
		/* C1 controls, U+0080 to U+009F: invisible, and terminals act on some of them. */
		if (c == 0xC2 && i + 1 < len && (unsigned char)text[i + 1] <= 0x9F)
			return fail(err, i, CAMPAIGN_EINVALID,
			            "URL contains a control character (U+%04X)",
			            (unsigned char)text[i + 1]);
		if (c == '"' || c == '<' || c == '>' || c == '\\')
			return fail(err, i, CAMPAIGN_EINVALID,
			            "URL contains '%c', which cannot stand in a URL; write it as %%%02X",
			            c, c);
		if (c != '%')
			continue;
		if (!(i + 2 < len && is_hex(text[i + 1]) && is_hex(text[i + 2])))
			return fail(err, i, CAMPAIGN_EINVALID,
			            "URL contains a '%%' that does not start an escape; "
			            "write a literal '%%' as %%25");
		long ctl = escaped_control(text, len, i);
		if (ctl >= 0 && !(i > tail && (ctl == '\t' || ctl == '\n' || ctl == '\r')))
			return fail(err, i, CAMPAIGN_EINVALID,
			            "URL contains '%.*s', an escaped control character (U+%04lX); "
			            "servers cut the URL there or refuse it, so leave it out",
			            ctl >= 0x80 ? 6 : 3, text + i, ctl);
	}
	return CAMPAIGN_OK;
}

/* A copy of s[0..n) with every non-ASCII byte as %XX; lower-cased when asked. */
static char *
dup_escaped(const char *s, size_t n, int lower)
{
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80) {
			char esc[3] = { '%', hex_digits[c >> 4], hex_digits[c & 15] };
			campaign__strbuf_add(&b, esc, 3);
		} else {
			campaign__strbuf_addc(&b, lower ? g_ascii_tolower((char)c) : (char)c);
		}
	}
	if (b.status != CAMPAIGN_OK) {
		campaign__strbuf_free(&b);
		return NULL;
	}
	return campaign__strbuf_detach(&b, NULL);
}

static int
parse_port(struct url *u, const char *text, size_t at, size_t n, struct url_error *err)
{
	const char *s = text + at;
	unsigned long value = 0;
	for (size_t i = 0; i < n; i++) {
		if (!g_ascii_isdigit(s[i]))
			return fail(err, at + i, CAMPAIGN_EINVALID, "port '%.*s' is not a number",
			            clip(s, n), s);
		value = value * 10 + (unsigned long)(s[i] - '0');
		if (value > 65535)
			return fail(err, at, CAMPAIGN_EINVALID, "port '%.*s' is out of range (1-65535)",
			            clip(s, n), s);
	}
	if (n == 0)
		return CAMPAIGN_OK; /* "host:" means the default port (RFC 3986 6.2.3) */
	/* Port 0 asks the system to pick one when listening; nothing can be reached at it. */
	if (value == 0)
		return fail(err, at, CAMPAIGN_EINVALID,
		            "port '%.*s' cannot be connected to; leave the port out for the default",
		            clip(s, n), s);
	u->port = dup_escaped(s, n, 0);
	return u->port ? CAMPAIGN_OK : CAMPAIGN_ENOMEM;
}

static int
parse_ip_literal(struct url *u, const char *text, size_t at, size_t n, struct url_error *err)
{
	const char *s = text + at;
	if (n > 0 && (s[0] == 'v' || s[0] == 'V')) {
		/* IPvFuture: "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" ) */
		size_t i = 1;
		while (i < n && is_hex(s[i]))
			i++;
		int ok = i > 1 && i + 1 < n && s[i] == '.';
		for (i++; ok && i < n; i++)
			ok = is_unreserved((unsigned char)s[i]) || is_sub_delim((unsigned char)s[i]) ||
			     s[i] == ':';
		if (!ok)
			return fail(err, at, CAMPAIGN_EINVALID,
			            "'[%.*s]' is not a valid IP address literal", clip(s, n), s);
	} else {
		if (memchr(s, '%', n))
			return fail(err, at, CAMPAIGN_EINVALID,
			            "IPv6 zone identifiers ('%%25...') only work on one machine; "
			            "leave them out of a shared URL");
		char addr[INET6_ADDRSTRLEN + 1];
		unsigned char bin[16];
		if (n >= sizeof(addr))
			return fail(err, at, CAMPAIGN_EINVALID, "'[%.*s]' is not a valid IPv6 address",
			            clip(s, n), s);
		memcpy(addr, s, n);
		addr[n] = '\0';
		if (inet_pton(AF_INET6, addr, bin) != 1)
			return fail(err, at, CAMPAIGN_EINVALID, "'[%.*s]' is not a valid IPv6 address",
			            clip(s, n), s);
	}
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	campaign__strbuf_addc(&b, '[');
	for (size_t i = 0; i < n; i++)
		campaign__strbuf_addc(&b, g_ascii_tolower(s[i]));
	campaign__strbuf_addc(&b, ']');
	if (b.status != CAMPAIGN_OK) {
		campaign__strbuf_free(&b);
		return CAMPAIGN_ENOMEM;
	}
	u->host = campaign__strbuf_detach(&b, NULL);
	return CAMPAIGN_OK;
}

/* 1 when the label host[0..n) starts with the ACE prefix "xn--" (any case). */
static int
is_a_label(const char *label, size_t n)
{
	return n >= 4 && g_ascii_strncasecmp(label, "xn--", 4) == 0;
}

/*
 * Checks a host name against what DNS can resolve at all: no empty label
 * (one final dot is allowed), labels of at most 63 bytes, at most 253 bytes
 * in all. A printed link to a name DNS cannot hold never works, so
 * "exa..mple.org" is refused here rather than on the paper. Sets
 * *has_a_label when a label is punycode ("xn--"), which IDNA must check.
 * Problems are reported at offset `at`, where the host starts in the URL.
 */
static int
check_dns_name(const char *host, size_t n, size_t at, int *has_a_label, struct url_error *err)
{
	if (n > 0 && host[n - 1] == '.')
		n--;
	if (n > 253)
		return fail(err, at, CAMPAIGN_EINVALID, "host '%.*s...' is longer than 253 characters",
		            clip(host, n), host);
	for (size_t start = 0; start <= n;) {
		const char *dot = memchr(host + start, '.', n - start);
		size_t len = dot ? (size_t)(dot - host) - start : n - start;
		if (len == 0)
			return fail(err, at, CAMPAIGN_EINVALID, "host '%.*s' has an empty label%s",
			            clip(host, n), host, start == 0 ? " at its start" : " ('..')");
		if (len > 63)
			return fail(err, at, CAMPAIGN_EINVALID,
			            "host '%.*s' has a label longer than 63 characters", clip(host, n),
			            host);
		*has_a_label |= is_a_label(host + start, len);
		start += len + 1;
	}
	return CAMPAIGN_OK;
}

/* The first non-ASCII character of host[0..n) that IDNA refuses on its own, or 0. */
static uint32_t
disallowed_char(const char *host, size_t n)
{
	for (size_t i = 0; i < n;) {
		uint32_t c;
		size_t k = campaign__utf8_decode((const unsigned char *)host + i, n - i, &c);
		if (k == 0)
			return 0;
		if (c >= 0x80) {
			char one[5] = "";
			memcpy(one, host + i, k);
			char *ascii = NULL;
			int rc = idn2_to_ascii_8z(one, &ascii, IDN2_NONTRANSITIONAL | IDN2_NFC_INPUT);
			idn2_free(ascii);
			if (rc == IDN2_DISALLOWED)
				return c;
		}
		i += k;
	}
	return 0;
}

/* A registered name with escapes or non-ASCII: decoded, then IDNA to ASCII. */
static int
idna_host(struct url *u, const char *text, size_t at, size_t n, struct url_error *err)
{
	struct strbuf decoded;
	campaign__strbuf_init(&decoded, 0);
	int rc = campaign__url_decode(&decoded, text + at, n, 0);
	if (rc) {
		campaign__strbuf_free(&decoded);
		return rc;
	}
	const char *name = campaign__strbuf_cstr(&decoded);
	if (campaign__utf8_validate(name, decoded.len) != decoded.len ||
	    memchr(name, '\0', decoded.len)) {
		campaign__strbuf_free(&decoded);
		return fail(err, at, CAMPAIGN_EINVALID, "host '%.*s' is not valid UTF-8 once decoded",
		            clip(text + at, n), text + at);
	}
	/*
	 * Before IDNA, which maps a soft hyphen or a zero-width space to nothing
	 * and keeps a joiner unseen: either way the printed host is not the one
	 * written, and a look-alike can hide there.
	 */
	for (size_t i = 0; i < decoded.len;) {
		uint32_t c;
		size_t k = campaign__utf8_decode((const unsigned char *)name + i, decoded.len - i, &c);
		/* ASCII is left to the checks after IDNA ("exa%20mple" is not a domain name). */
		const char *what = c >= 0x80 ? campaign__url_char_unseen(c) : NULL;
		if (what) {
			char cname[UNICHAR_DESCRIBE_MAX];
			campaign__strbuf_free(&decoded);
			return fail(err, at, CAMPAIGN_EINVALID,
			            "host contains %s, %s: the host printed would not be the one "
			            "written; delete it",
			            campaign__unichar_describe(c, cname), what);
		}
		i += k;
	}
	char *ascii = NULL;
	int idn = idn2_to_ascii_8z(name, &ascii, IDN2_NONTRANSITIONAL | IDN2_NFC_INPUT);
	campaign__strbuf_free(&decoded);
	if (idn == IDN2_MALLOC)
		return CAMPAIGN_ENOMEM;
	if (idn == IDN2_DISALLOWED) {
		/* libidn2 does not say which: name it, for one that looks like nothing or a letter. */
		uint32_t c = disallowed_char(text + at, n);
		char cname[UNICHAR_DESCRIBE_MAX];
		if (c)
			return fail(err, at, CAMPAIGN_EINVALID,
			            "host '%.*s' is not a valid internationalized domain name: it contains "
			            "%s, which IDNA does not allow in a host",
			            clip(text + at, n), text + at, campaign__unichar_describe(c, cname));
	}
	if (idn != IDN2_OK)
		return fail(err, at, CAMPAIGN_EINVALID,
		            "host '%.*s' is not a valid internationalized domain name: %s",
		            clip(text + at, n), text + at, idn2_strerror(idn));
	/* libidn2 passes ASCII through as it is, "%20" decoded to a space included. */
	for (const char *p = ascii; *p; p++) {
		if (!g_ascii_isalnum(*p) && *p != '-' && *p != '.' && *p != '_') {
			idn2_free(ascii);
			return fail(err, at, CAMPAIGN_EINVALID, "host '%.*s' is not a valid domain name",
			            clip(text + at, n), text + at);
		}
	}
	/* Escapes may hide dots: "%2E%2E" decodes to an empty label. */
	int has_a_label = 0;
	rc = check_dns_name(ascii, strlen(ascii), at, &has_a_label, err);
	if (rc) {
		idn2_free(ascii);
		return rc;
	}
	u->host = dup_escaped(ascii, strlen(ascii), 1);
	idn2_free(ascii);
	return u->host ? CAMPAIGN_OK : CAMPAIGN_ENOMEM;
}

static int
parse_host(struct url *u, const char *text, size_t at, size_t n, struct url_error *err)
{
	int needs_idna = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)text[at + i];
		if (c >= 0x80 || c == '%')
			needs_idna = 1;
		else if (!is_unreserved(c) && !is_sub_delim(c))
			return fail(err, at + i, CAMPAIGN_EINVALID, "host contains '%c'", c);
	}
	/* An empty host is reported by campaign__url_check_web(), for http and https only. */
	if (n > 0 && !needs_idna) {
		int rc = check_dns_name(text + at, n, at, &needs_idna, err);
		if (rc)
			return rc;
	}
	/* Punycode labels go through IDNA too, so "xn--zz" (not punycode) is refused. */
	if (needs_idna)
		return idna_host(u, text, at, n, err);
	u->host = dup_escaped(text + at, n, 1);
	return u->host ? CAMPAIGN_OK : CAMPAIGN_ENOMEM;
}

static int
parse_authority(struct url *u, const char *text, size_t at, size_t end, struct url_error *err)
{
	const char *s = text + at;
	size_t n = end - at;
	const char *first_at = memchr(s, '@', n);
	size_t host_at = at;
	if (first_at) {
		size_t ui_len = (size_t)(first_at - s);
		const char *second = memchr(first_at + 1, '@', n - ui_len - 1);
		if (second)
			return fail(err, at + (size_t)(second - s), CAMPAIGN_EINVALID,
			            "URL has more than one '@' before its host; "
			            "write an '@' in the user name as %%40");
		for (size_t i = 0; i < ui_len; i++) {
			unsigned char c = (unsigned char)s[i];
			if (c < 0x80 && !is_unreserved(c) && !is_sub_delim(c) && c != ':' && c != '%')
				return fail(err, at + i, CAMPAIGN_EINVALID,
				            "user information contains '%c'", c);
		}
		u->userinfo = dup_escaped(s, ui_len, 0);
		if (!u->userinfo)
			return CAMPAIGN_ENOMEM;
		host_at = at + ui_len + 1;
	}
	const char *h = text + host_at;
	size_t hn = end - host_at;
	if (hn > 0 && h[0] == '[') {
		const char *close = memchr(h, ']', hn);
		if (!close)
			return fail(err, host_at, CAMPAIGN_EINVALID,
			            "IP address literal is missing its closing ']'");
		size_t lit_len = (size_t)(close - h) - 1;
		size_t after = host_at + lit_len + 2;
		if (after < end && text[after] != ':')
			return fail(err, after, CAMPAIGN_EINVALID,
			            "unexpected '%c' after the IP address literal", text[after]);
		int rc = parse_ip_literal(u, text, host_at + 1, lit_len, err);
		if (rc)
			return rc;
		return after < end ? parse_port(u, text, after + 1, end - after - 1, err) : CAMPAIGN_OK;
	}
	const char *colon = memchr(h, ':', hn);
	size_t name_len = colon ? (size_t)(colon - h) : hn;
	int rc = parse_host(u, text, host_at, name_len, err);
	if (rc)
		return rc;
	if (colon)
		rc = parse_port(u, text, host_at + name_len + 1, hn - name_len - 1, err);
	return rc;
}

static int
parse_query(struct url *u, const char *s, size_t n)
{
	size_t i = 0;
	while (i <= n) {
		const char *amp = memchr(s + i, '&', n - i);
		size_t seg_end = amp ? (size_t)(amp - s) : n;
		if (seg_end > i) {
			const char *eq = memchr(s + i, '=', seg_end - i);
			size_t key_len = eq ? (size_t)(eq - (s + i)) : seg_end - i;
			char *key = dup_escaped(s + i, key_len, 0);
			char *value = eq ? dup_escaped(eq + 1, seg_end - key_len - i - 1, 0) : NULL;
			int rc = key && (value || !eq) ? campaign__url_add_param(u, key, value)
			                               : CAMPAIGN_ENOMEM;
			free(key);
			free(value);
			if (rc)
				return rc;
		}
		i = seg_end + 1;
	}
	return CAMPAIGN_OK;
}

int
campaign__url_parse(struct url *out, const char *text, struct url_error *err)
{
	memset(out, 0, sizeof(*out));
	if (!text)
		return fail(err, 0, CAMPAIGN_EINVALID, "no URL given");
	size_t len = strlen(text);
	if (len > URL_MAX_LENGTH)
		return fail(err, URL_MAX_LENGTH, CAMPAIGN_ETOOLONG,
		            "URL is longer than %d bytes", URL_MAX_LENGTH);
	int rc = check_characters(text, len, err);
	if (rc)
		return rc;

	size_t i = 0;
	while (i < len && (g_ascii_isalnum(text[i]) || text[i] == '+' || text[i] == '-' ||
	                   text[i] == '.'))
		i++;
	if (i == 0 || i == len || text[i] != ':' || !g_ascii_isalpha(text[0]))
		return fail(err, 0, CAMPAIGN_EINVALID,
		            "URL has no scheme; write it in full, such as https://example.org/");
	out->scheme = dup_escaped(text, i, 1);
	if (!out->scheme)
		goto nomem;
	i++;

	size_t hier_end = i + strcspn(text + i, "?#");
	if (text[i] == '/' && text[i + 1] == '/') {
		size_t auth_end = i + 2 + strcspn(text + i + 2, "/?#");
		rc = parse_authority(out, text, i + 2, auth_end, err);
		if (rc)
			goto failed;
		i = auth_end;
	}
	out->path = dup_escaped(text + i, hier_end - i, 0);
	if (!out->path)
		goto nomem;
	i = hier_end;

	if (text[i] == '?') {
		size_t q_end = i + 1 + strcspn(text + i + 1, "#");
		rc = parse_query(out, text + i + 1, q_end - i - 1);
		if (rc)
			goto failed;
		i = q_end;
	}
	if (text[i] == '#') {
		out->fragment = dup_escaped(text + i + 1, len - i - 1, 0);
		if (!out->fragment)
			goto nomem;
	}
	return CAMPAIGN_OK;

nomem:
	rc = CAMPAIGN_ENOMEM;
failed:
	campaign__url_free(out);
	return rc;
}

void
campaign__url_free(struct url *u)
{
	free(u->scheme);
	free(u->userinfo);
	free(u->host);
	free(u->port);
	free(u->path);
	campaign__url_params_free(u->params, u->param_count);
	free(u->fragment);
	memset(u, 0, sizeof(*u));
}

int
campaign__url_add_param(struct url *u, const char *key, const char *value)
{
	if (u->param_count == u->param_cap) {
		size_t cap = u->param_cap ? u->param_cap * 2 : 8;
		struct url_param *grown = realloc(u->params, cap * sizeof(*grown));
		if (!grown)
			return CAMPAIGN_ENOMEM;
		u->params = grown;
		u->param_cap = cap;
	}
	char *k = strdup(key);
	char *v = value ? strdup(value) : NULL;
	if (!k || (value && !v)) {
		free(k);
		free(v);
		return CAMPAIGN_ENOMEM;
	}
	u->params[u->param_count].key = k;
	u->params[u->param_count].value = v;
	u->param_count++;
	return CAMPAIGN_OK;
}

int
campaign__url_write(struct strbuf *out, const struct url *u)
{
	campaign__strbuf_adds(out, u->scheme);
	campaign__strbuf_addc(out, ':');
	if (u->host) {
		campaign__strbuf_adds(out, "//");
		if (u->userinfo) {
			campaign__strbuf_adds(out, u->userinfo);
			campaign__strbuf_addc(out, '@');
		}
		campaign__strbuf_adds(out, u->host);
		if (u->port) {
			campaign__strbuf_addc(out, ':');
			campaign__strbuf_adds(out, u->port);
		}
	}
	campaign__strbuf_adds(out, u->host && !u->path[0] ? "/" : u->path);
	for (size_t i = 0; i < u->param_count; i++) {
		campaign__strbuf_addc(out, i ? '&' : '?');
		campaign__strbuf_adds(out, u->params[i].key);
		if (u->params[i].value) {
			campaign__strbuf_addc(out, '=');
			campaign__strbuf_adds(out, u->params[i].value);
		}
	}
	if (u->fragment) {
		campaign__strbuf_addc(out, '#');
		campaign__strbuf_adds(out, u->fragment);
	}
	return out->status;
}

int
campaign__url_check_web(const struct url *u, struct url_error *err)
{
	/* "www.example.org:8080/x" parses as scheme "www.example.org"; say what is really wrong. */
	if (strchr(u->scheme, '.'))
		return fail(err, 0, CAMPAIGN_EINVALID,
		            "URL has no scheme; write it in full, such as https://example.org/");
	if (strcmp(u->scheme, "http") != 0 && strcmp(u->scheme, "https") != 0)
		return fail(err, 0, CAMPAIGN_EINVALID,
		            "URL scheme '%s' cannot carry UTM parameters; use an http or https URL",
		            u->scheme);
	if (!u->host || !u->host[0])
		return fail(err, strlen(u->scheme) + 1, CAMPAIGN_EINVALID, "URL has no host");
	/*
	 * Not quoted: it may be a password. Browsers warn about such links or
	 * drop the part, and "https://bank.example@evil.example/" is a phishing
	 * trick, so a printed link never carries one.
	 */
	if (u->userinfo)
		return fail(err, strlen(u->scheme) + 3, CAMPAIGN_EINVALID,
		            "URL has a user name or password before its host ('...@'): anyone "
		            "who sees the paper can read it; leave it out");
	char why[256];
	if (campaign__url_host_ipv4_problem(u->host, why, sizeof(why)))
		return fail(err, strlen(u->scheme) + 3, CAMPAIGN_EINVALID, "%s", why);
	return CAMPAIGN_OK;
}
