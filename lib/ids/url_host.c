/*
 * Hosts a printed link cannot work with, found after a URL has parsed: names
 * and addresses a phone that scans the code cannot reach, and labels that
 * mix scripts so as to pass for another name. These are warnings, not
 * errors: a campaign may be tried out on a local server before it is
 * printed. Pure: no I/O, no global state.
 */
#include "ids/url.h"

#include <arpa/inet.h>
#include <glib.h>
#include <idn2.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unictype.h>

#include "campaign/status.h"
#include "ids/hashtag_internal.h"
#include "text/textquote.h"
#include "text/unichar.h"
#include "util/utf8.h"

/* Names that public DNS never resolves (RFC 6761, RFC 6762, RFC 8375, ICANN 2024 for .internal). */
static const struct {
	const char *suffix;
	const char *reason;
} reserved_names[] = {
	{ "localhost", "names the device that opens the link: a phone that scans the code "
	               "reaches itself, not your server" },
	{ "local", "is a multicast DNS name (.local): only devices on the same local network "
	           "can resolve it" },
	{ "internal", "is a name reserved for private networks (.internal): public DNS never "
	              "resolves it" },
	{ "home.arpa", "is a name reserved for home networks (.home.arpa): public DNS never "
	               "resolves it" },
	{ "test", "is a reserved name (.test, RFC 2606): public DNS never resolves it" },
	{ "example", "is a reserved name (.example, RFC 2606): public DNS never resolves it" },
	{ "invalid", "is a reserved name (.invalid, RFC 2606): public DNS never resolves it" },
	{ "onion", "is an onion service (.onion): only the Tor Browser opens it, not a phone's "
	           "camera" },
};

#define LOOPBACK "is a loopback address: a phone that scans the code cannot reach it"
#define PRIVATE "is a private network address: a phone that scans the code reaches it only " \
                "on that network"
#define LINK_LOCAL "is a link-local address: only a device on the same network segment " \
                   "can reach it"
#define UNSPECIFIED "is the unspecified address: no device can be reached at it"
#define DOCUMENTATION "is an address reserved for documentation: nothing answers there"
#define MULTICAST "is a multicast address: a browser cannot open it"

/* IPv4 ranges by their first address (host order) and prefix length. */
static const struct {
	uint32_t net;
	unsigned bits;
	const char *reason;
} ipv4_ranges[] = {
	{ 0x00000000, 8, UNSPECIFIED },  /* 0.0.0.0/8, "this network" */
	{ 0x0A000000, 8, PRIVATE },      /* 10/8 */
	{ 0x64400000, 10, "is a carrier-grade NAT address: a phone that scans the code "
	                  "cannot reach it" }, /* 100.64/10 */
	{ 0x7F000000, 8, LOOPBACK },     /* 127/8 */
	{ 0xA9FE0000, 16, LINK_LOCAL },  /* 169.254/16 */
	{ 0xAC100000, 12, PRIVATE },     /* 172.16/12 */
	{ 0xC0000200, 24, DOCUMENTATION }, /* 192.0.2/24 */
	{ 0xC0A80000, 16, PRIVATE },     /* 192.168/16 */
	{ 0xC6336400, 24, DOCUMENTATION }, /* 198.51.100/24 */
	{ 0xCB007100, 24, DOCUMENTATION }, /* 203.0.113/24 */
	{ 0xE0000000, 4, MULTICAST },    /* 224/4 */
	{ 0xF0000000, 4, "is a reserved address: nothing answers there" }, /* 240/4, broadcast */
};

static const char *
ipv4_reason(uint32_t addr)
{
	for (size_t i = 0; i < G_N_ELEMENTS(ipv4_ranges); i++) {
		uint32_t mask = ~(uint32_t)0 << (32 - ipv4_ranges[i].bits);
		if ((addr & mask) == ipv4_ranges[i].net)
			return ipv4_ranges[i].reason;
	}
	return NULL;
}

static const char *
ipv6_reason(const unsigned char a[16])
{
	static const unsigned char zero[16];
	static const unsigned char mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF };
	if (memcmp(a, zero, 15) == 0)
		return a[15] == 1 ? LOOPBACK : a[15] == 0 ? UNSPECIFIED : NULL;
	if (memcmp(a, zero, 12) == 0) /* ::127.0.0.1, the IPv4-compatible form RFC 4291 retired */
		return "is an IPv4-compatible IPv6 address (::/96), which RFC 4291 retired and no network "
		       "routes: a phone that scans the code cannot reach it";
	if (memcmp(a, mapped, 12) == 0) /* ::ffff:127.0.0.1 is 127.0.0.1 */
		return ipv4_reason((uint32_t)a[12] << 24 | (uint32_t)a[13] << 16 |
		                   (uint32_t)a[14] << 8 | a[15]);
	if ((a[0] & 0xFE) == 0xFC)
		return PRIVATE; /* fc00::/7, unique local */
	if (a[0] == 0xFE && (a[1] & 0xC0) == 0x80)
		return LINK_LOCAL; /* fe80::/10 */
	if (a[0] == 0xFF)
		return MULTICAST;
	if (a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x0D && a[3] == 0xB8)
		return DOCUMENTATION; /* 2001:db8::/32 */
	return NULL;
}

/*
 * Browsers read a host whose last label is a number as an IPv4 address
 * (WHATWG URL, IPv4 parser); only the dotted-quad form reaches here, the
 * others being refused (campaign__url_host_ipv4_problem()).
 */
static int
as_ipv4(const char *host, uint32_t *addr)
{
	const char *last = strrchr(host, '.');
	last = last ? last + 1 : host;
	const char *digits = last;
	if (last[0] == '0' && (last[1] == 'x' || last[1] == 'X'))
		digits = last + 2;
	if (!*last || strspn(digits, digits == last ? "0123456789" : "0123456789abcdefABCDEF") !=
	                      strlen(digits))
		return 0;
	struct in_addr in;
	if (inet_aton(host, &in) == 0)
		return 0;
	*addr = ntohl(in.s_addr);
	return 1;
}

/*
 * One part of an IPv4 address as the WHATWG URL standard reads it: decimal,
 * "0x" hexadecimal, or octal after a leading 0. 0 and the value, or -1.
 */
static int
whatwg_ipv4_number(const char *part, size_t n, uint64_t *value)
{
	unsigned base = 10;
	if (n >= 2 && part[0] == '0' && (part[1] == 'x' || part[1] == 'X')) {
		base = 16;
		part += 2;
		n -= 2;
	} else if (n >= 2 && part[0] == '0') {
		base = 8;
		part++;
		n--;
	}
	uint64_t v = 0;
	for (size_t i = 0; i < n; i++) {
		int d = g_ascii_xdigit_value(part[i]);
		if (d < 0 || (unsigned)d >= base)
			return -1;
		v = v * base + (unsigned)d;
		if (v > UINT32_MAX)
			v = (uint64_t)UINT32_MAX + 1; /* too large all the same; no overflow */
	}
	*value = v;
	return 0;
}

/*
 * Whether host, read as the WHATWG URL standard reads a host that ends in
 * a number, gives an IPv4 address (into *addr); on failure, why, in why.
 */
static int
whatwg_ipv4(const char *host, size_t len, uint32_t *addr, char *why, size_t size)
{
	uint64_t parts[4];
	size_t count = 0;
	for (size_t start = 0; start <= len;) {
		const char *dot = memchr(host + start, '.', len - start);
		size_t n = (dot ? (size_t)(dot - host) : len) - start;
		if (count == 4) {
			snprintf(why, size, "an IPv4 address has 4 parts, not more");
			return 0;
		}
		if (n == 0 || whatwg_ipv4_number(host + start, n, &parts[count]) < 0) {
			snprintf(why, size, "its part '%.*s' is not a number", campaign__utf8_cut(host + start, n, 32),
			         host + start);
			return 0;
		}
		if (dot && parts[count] > 255) {
			snprintf(why, size, "its part '%.*s' is more than 255", campaign__utf8_cut(host + start, n, 32),
			         host + start);
			return 0;
		}
		count++;
		start += n + 1;
	}
	/* The last part fills the bytes the others left: "1.2.3" is 1.2.0.3. */
	if (parts[count - 1] >= (uint64_t)1 << (8 * (5 - count))) {
		snprintf(why, size, "its last part is more than %s", count == 4 ? "255"
		                     : count == 3 ? "65535" : count == 2 ? "16777215" : "4294967295");
		return 0;
	}
	uint64_t v = parts[count - 1];
	for (size_t i = 0; i + 1 < count; i++)
		v += parts[i] << (8 * (3 - i));
	*addr = (uint32_t)v;
	return 1;
}

/* Whether host[0..len) is four decimal numbers 0-255, without leading zeros. */
static int
dotted_quad(const char *host, size_t len)
{
	size_t count = 0;
	for (size_t start = 0; start <= len; count++) {
		const char *dot = memchr(host + start, '.', len - start);
		size_t n = (dot ? (size_t)(dot - host) : len) - start;
		if (count == 4 || n == 0 || n > 3 || strspn(host + start, "0123456789") < n ||
		    (n > 1 && host[start] == '0') || (n == 3 && memcmp(host + start, "255", 3) > 0))
			return 0;
		start += n + 1;
	}
	return count == 4;
}

int
campaign__url_host_ipv4_problem(const char *host, char *msg, size_t size)
{
	size_t len = strlen(host);
	if (len > 1 && host[len - 1] == '.')
		len--;
	const char *last = host + len;
	while (last > host && last[-1] != '.')
		last--;
	size_t last_len = (size_t)(host + len - last);
	uint64_t ignored;
	/* WHATWG's "ends in a number": such a host is an IPv4 address or no host at all. */
	if (host[0] == '[' || last_len == 0 ||
	    (strspn(last, "0123456789") < last_len && whatwg_ipv4_number(last, last_len, &ignored) < 0))
		return 0;
	if (dotted_quad(host, len))
		return 0;
	char why[96];
	uint32_t a;
	if (whatwg_ipv4(host, len, &a, why, sizeof(why)))
		/*
		 * Browsers take "127.1", "0x7f.0.0.1", "017.0.0.1" (octal) and
		 * "2130706433", but a reader types what the paper shows into other
		 * software, which reads such forms differently (or as a name), and
		 * "1.2.3" is more likely an octet left out than 1.2.0.3: on paper
		 * an address is written one way.
		 */
		snprintf(msg, size, "host '%.*s' is read by browsers as the IPv4 address %u.%u.%u.%u, "
		         "written in a short, octal or hexadecimal form that other software reads "
		         "otherwise; write it as %u.%u.%u.%u", campaign__utf8_cut(host, len, 64), host,
		         a >> 24, a >> 16 & 255, a >> 8 & 255, a & 255, a >> 24, a >> 16 & 255,
		         a >> 8 & 255, a & 255);
	else
		snprintf(msg, size, "host '%.*s' ends in a number, so it can only be an IPv4 address, "
		         "and it is not one: %s", campaign__utf8_cut(host, len, 64), host, why);
	return 1;
}

/* Why a printed link to host (lower-case ASCII, no final dot) cannot work, or NULL. */
static const char *
unreachable_reason(const char *host)
{
	if (host[0] == '[') {
		char text[INET6_ADDRSTRLEN + 1];
		size_t n = strlen(host) - 2;
		unsigned char a[16];
		if (host[1] == 'v' || n >= sizeof(text))
			return NULL;
		memcpy(text, host + 1, n);
		text[n] = '\0';
		return inet_pton(AF_INET6, text, a) == 1 ? ipv6_reason(a) : NULL;
	}
	uint32_t v4;
	if (as_ipv4(host, &v4))
		return ipv4_reason(v4);
	size_t len = strlen(host);
	for (size_t i = 0; i < G_N_ELEMENTS(reserved_names); i++) {
		const char *suffix = reserved_names[i].suffix;
		size_t n = strlen(suffix);
		if (len == n ? strcmp(host, suffix) == 0
		             : len > n && host[len - n - 1] == '.' && strcmp(host + len - n, suffix) == 0)
			return reserved_names[i].reason;
	}
	/* An intranet's short name: only a network whose search domain completes it finds it. */
	if (!strchr(host, '.'))
		return "is a single name without a domain: public DNS never resolves it, and a phone "
		       "finds it only on a network that adds its own domain to it";
	return NULL;
}

/*
 * The script combinations UTS #39 allows in one label at its "highly
 * restrictive" level: one script, or Latin with the scripts Japanese,
 * Chinese and Korean are written in together.
 */
static int
allowed_mix(const GUnicodeScript *scripts, size_t n)
{
	static const GUnicodeScript sets[][4] = {
		{ G_UNICODE_SCRIPT_LATIN, G_UNICODE_SCRIPT_HAN, G_UNICODE_SCRIPT_HIRAGANA,
		  G_UNICODE_SCRIPT_KATAKANA },
		{ G_UNICODE_SCRIPT_LATIN, G_UNICODE_SCRIPT_HAN, G_UNICODE_SCRIPT_BOPOMOFO,
		  G_UNICODE_SCRIPT_BOPOMOFO },
		{ G_UNICODE_SCRIPT_LATIN, G_UNICODE_SCRIPT_HAN, G_UNICODE_SCRIPT_HANGUL,
		  G_UNICODE_SCRIPT_HANGUL },
	};
	if (n <= 1)
		return 1;
	for (size_t s = 0; s < G_N_ELEMENTS(sets); s++) {
		size_t in = 0;
		for (size_t i = 0; i < n; i++)
			for (size_t k = 0; k < 4; k++)
				if (scripts[i] == sets[s][k]) {
					in++;
					break;
				}
		if (in == n)
			return 1;
	}
	return 0;
}

/* A script's English name ("Cyrillic"), from libunistring, which GLib does not give. */
static const char *
script_name(uint32_t c)
{
	const uc_script_t *script = uc_script(c);
	return script ? script->name : "another script";
}

/*
 * Writes into msg a warning when the label (UTF-8) mixes scripts beyond
 * allowed_mix(): it names the first letter that is not in the script most
 * of the label is written in ('аpple': the Cyrillic а among Latin letters).
 * Digits and '-' belong to every script (Common) and are not counted.
 */
static int
mixed_script(const char *label, char *msg, size_t size)
{
	enum { MAX_SCRIPTS = 8 };
	GUnicodeScript scripts[MAX_SCRIPTS];
	size_t counts[MAX_SCRIPTS] = { 0 };
	uint32_t first[MAX_SCRIPTS];
	size_t n = 0;
	size_t len = strlen(label);
	for (size_t i = 0; i < len;) {
		uint32_t c;
		size_t k = campaign__utf8_decode((const unsigned char *)label + i, len - i, &c);
		if (k == 0)
			return 0;
		i += k;
		GUnicodeScript script = g_unichar_get_script(c);
		if (script == G_UNICODE_SCRIPT_COMMON || script == G_UNICODE_SCRIPT_INHERITED ||
		    script == G_UNICODE_SCRIPT_UNKNOWN)
			continue;
		size_t s = 0;
		while (s < n && scripts[s] != script)
			s++;
		if (s == n) {
			if (n == MAX_SCRIPTS)
				continue; /* counted enough to warn */
			scripts[n] = script;
			first[n] = c;
			n++;
		}
		counts[s]++;
	}
	if (allowed_mix(scripts, n))
		return 0;
	size_t major = 0;
	for (size_t s = 1; s < n; s++)
		if (counts[s] > counts[major])
			major = s;
	size_t odd = major == 0 ? 1 : 0;
	char name[UNICHAR_DESCRIBE_MAX];
	char quoted[64 * 4 + 8];
	snprintf(msg, size,
	         "host label '%s' mixes %s letters with %s ones and can pass for another name: %s",
	         campaign__quote_into(quoted, sizeof(quoted), label, 64), script_name(first[odd]),
	         script_name(first[major]), campaign__unichar_describe(first[odd], name));
	campaign__utf8_trim_partial(msg);
	return 1;
}

/* The script of the first letter of a label (UTF-8), that letter in *first; COMMON for none. */
static GUnicodeScript
label_script(const char *label, uint32_t *first)
{
	size_t len = strlen(label);
	for (size_t i = 0; i < len;) {
		uint32_t c;
		size_t k = campaign__utf8_decode((const unsigned char *)label + i, len - i, &c);
		if (k == 0)
			break;
		i += k;
		GUnicodeScript script = g_unichar_get_script(c);
		if (script != G_UNICODE_SCRIPT_COMMON && script != G_UNICODE_SCRIPT_INHERITED &&
		    script != G_UNICODE_SCRIPT_UNKNOWN) {
			*first = c;
			return script;
		}
	}
	return G_UNICODE_SCRIPT_COMMON;
}

/*
 * Writes into msg a warning when the label (UTF-8, one script: mixed ones
 * are mixed_script()'s) is made only of letters that print as Latin ones
 * ('аррӏе' reads as 'apple', hashtag_lookalike.c's table of confusables),
 * under a top-level domain in another script: a Cyrillic name under .рф is
 * a Cyrillic name, under .com it is a look-alike of a Latin one (the rule
 * browsers apply before they show a name in Unicode). host is the whole
 * host as written (punycode) and label_at where the label starts in it,
 * to name the Latin host it imitates.
 */
static int
whole_script_lookalike(const char *label, GUnicodeScript tld, const char *host, size_t label_at,
                       size_t label_len, char *msg, size_t size)
{
	uint32_t first = 0;
	GUnicodeScript script = label_script(label, &first);
	if (script == G_UNICODE_SCRIPT_COMMON || (script == tld && script != G_UNICODE_SCRIPT_LATIN))
		return 0;
	char folded[256];
	size_t n = strlen(label);
	if (n >= sizeof(folded))
		return 0;
	memcpy(folded, label, n + 1);
	campaign__hashtag_fold_lookalikes(folded);
	for (const char *p = folded; *p; p++)
		if ((unsigned char)*p >= 0x80)
			return 0; /* a letter that looks like no Latin one: not a disguise */
	if (strcmp(folded, label) == 0)
		return 0;
	char quoted[64 * 4 + 8];
	snprintf(msg, size,
	         "host label '%s' is written in %s letters that all look like Latin ones: the "
	         "host (%s) reads as '%.*s%s%s', a whole-script look-alike of that Latin host",
	         campaign__quote_into(quoted, sizeof(quoted), label, 64), script_name(first), host,
	         (int)label_at, host, folded, host + label_at + label_len);
	campaign__utf8_trim_partial(msg);
	return 1;
}

int
campaign__url_host_warnings(const struct url *u, void (*warn)(void *ctx, const char *message),
                            void *ctx)
{
	if (!u->host || !u->host[0] || !warn)
		return CAMPAIGN_OK;
	char host[256 + 64];
	size_t n = strlen(u->host);
	if (n >= sizeof(host))
		return CAMPAIGN_OK; /* longer than DNS allows: refused by the parser */
	memcpy(host, u->host, n + 1);
	if (n > 1 && host[n - 1] == '.')
		host[--n] = '\0';
	char msg[512];
	const char *reason = unreachable_reason(host);
	if (reason) {
		snprintf(msg, sizeof(msg), "host '%s' %s", host, reason);
		warn(ctx, msg);
	}
	if (host[0] == '[')
		return CAMPAIGN_OK;
	/* The top-level domain's script: a name in the same one is no disguise. */
	const char *last = strrchr(host, '.');
	GUnicodeScript tld = G_UNICODE_SCRIPT_LATIN;
	if (last && g_ascii_strncasecmp(last + 1, "xn--", 4) == 0) {
		char *unicode = NULL;
		int rc = idn2_to_unicode_8z8z(last + 1, &unicode, 0);
		if (rc == IDN2_MALLOC)
			return CAMPAIGN_ENOMEM;
		uint32_t first;
		if (rc == IDN2_OK)
			tld = label_script(unicode, &first);
		idn2_free(unicode);
	}
	char written[sizeof(host)];
	memcpy(written, host, n + 1);
	/* Look-alikes hide in internationalized labels, which the parser left in punycode. */
	for (char *label = host; label && *label;) {
		char *dot = strchr(label, '.');
		if (dot)
			*dot = '\0';
		if (g_ascii_strncasecmp(label, "xn--", 4) == 0) {
			char *unicode = NULL;
			int rc = idn2_to_unicode_8z8z(label, &unicode, 0);
			if (rc == IDN2_MALLOC)
				return CAMPAIGN_ENOMEM;
			if (rc == IDN2_OK && (mixed_script(unicode, msg, sizeof(msg)) ||
			                      whole_script_lookalike(unicode, tld, written,
			                                             (size_t)(label - host), strlen(label),
			                                             msg, sizeof(msg))))
				warn(ctx, msg);
			idn2_free(unicode);
		}
		label = dot ? dot + 1 : NULL;
	}
	return CAMPAIGN_OK;
}
