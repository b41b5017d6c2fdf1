/*
 * Landing hosts a printed link cannot work with: warned about, each with its
 * reason; and labels that mix scripts, naming the character. A host that
 * ends in a number and is no dotted-quad address is refused.
 */
#include <stdlib.h>

#include "campaign/status.h"
#include "harness.h"
#include "ids/url.h"

/* The warnings for one URL, joined by '\n'; "" when there is none. */
struct collected {
	char text[2048];
	int count;
};

static void
collect(void *ctx, const char *message)
{
	struct collected *c = ctx;
	size_t used = strlen(c->text);
	snprintf(c->text + used, sizeof(c->text) - used, "%s%s", c->count ? "\n" : "", message);
	c->count++;
}

static void
check_warnings(const char *file, int line, const char *url, const char *want)
{
	struct collected got = { "", 0 };
	struct url_error err;
	int rc = campaign__url_check_landing(url, &err, collect, &got);
	HARNESS_CHECKED();
	if (rc != CAMPAIGN_OK)
		harness_fail(file, line, "'%s' refused: %s", url, err.message);
	if (strcmp(got.text, want) != 0)
		harness_fail(file, line, "'%s'\n#   got:      \"%s\"\n#   expected: \"%s\"", url, got.text,
		             want);
}

#define CHECK_WARNINGS(url, want) check_warnings(__FILE__, __LINE__, url, want)

#define LOOPBACK "is a loopback address: a phone that scans the code cannot reach it"
#define PRIVATE "is a private network address: a phone that scans the code reaches it only " \
                "on that network"
#define LINK_LOCAL "is a link-local address: only a device on the same network segment " \
                   "can reach it"
#define UNSPECIFIED "is the unspecified address: no device can be reached at it"

static void
test_url_host__warns_about_addresses_a_phone_cannot_reach(void)
{
	static const struct {
		const char *url;
		const char *warning;
	} cases[] = {
		{ "https://127.0.0.1/", "host '127.0.0.1' " LOOPBACK },
		{ "https://127.255.3.4:8080/x", "host '127.255.3.4' " LOOPBACK },
		{ "https://[::1]/", "host '[::1]' " LOOPBACK },
		{ "https://[::ffff:127.0.0.1]/", "host '[::ffff:127.0.0.1]' " LOOPBACK },
		{ "https://10.0.0.1/", "host '10.0.0.1' " PRIVATE },
		{ "https://172.16.0.1/", "host '172.16.0.1' " PRIVATE },
		{ "https://172.31.255.255/", "host '172.31.255.255' " PRIVATE },
		{ "https://192.168.1.1/", "host '192.168.1.1' " PRIVATE },
		{ "https://[fc00::1]/", "host '[fc00::1]' " PRIVATE },
		{ "https://[fd12:3456::1]/", "host '[fd12:3456::1]' " PRIVATE },
		{ "https://169.254.1.1/", "host '169.254.1.1' " LINK_LOCAL },
		{ "https://[fe80::1]/", "host '[fe80::1]' " LINK_LOCAL },
		{ "https://[FEBF::1]/", "host '[febf::1]' " LINK_LOCAL },
		{ "https://0.0.0.0/", "host '0.0.0.0' " UNSPECIFIED },
		{ "https://[::]/", "host '[::]' " UNSPECIFIED },
		{ "https://100.64.0.1/",
		  "host '100.64.0.1' is a carrier-grade NAT address: a phone that scans the code "
		  "cannot reach it" },
		{ "https://192.0.2.7/",
		  "host '192.0.2.7' is an address reserved for documentation: nothing answers there" },
		{ "https://[2001:db8::1]/",
		  "host '[2001:db8::1]' is an address reserved for documentation: nothing answers there" },
		{ "https://224.0.0.1/", "host '224.0.0.1' is a multicast address: a browser cannot open it" },
		{ "https://255.255.255.255/",
		  "host '255.255.255.255' is a reserved address: nothing answers there" },
		/* The edges of the ranges, and public addresses. */
		{ "https://172.15.255.255/", "" },
		{ "https://172.32.0.0/", "" },
		{ "https://192.169.0.1/", "" },
		{ "https://11.0.0.1/", "" },
		{ "https://1.1.1.1/", "" },
		{ "https://[2001:4860::8888]/", "" },
		{ "https://[fec0::1]/", "" },
		{ "https://[::127.0.0.1]/",
		  "host '[::127.0.0.1]' is an IPv4-compatible IPv6 address (::/96), which RFC 4291 retired "
		  "and no network routes: a phone that scans the code cannot reach it" },
		{ "https://[::8.8.8.8]/",
		  "host '[::8.8.8.8]' is an IPv4-compatible IPv6 address (::/96), which RFC 4291 retired "
		  "and no network routes: a phone that scans the code cannot reach it" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CHECK_WARNINGS(cases[i].url, cases[i].warning);
}

/* Refused, not warned about: a host that ends in a number and is no dotted quad. */
static void
check_refused(const char *file, int line, const char *url, const char *want)
{
	struct url_error err;
	int rc = campaign__url_check_landing(url, &err, NULL, NULL);
	HARNESS_CHECKED();
	if (rc != CAMPAIGN_EINVALID)
		harness_fail(file, line, "'%s' gave %d, expected refusal", url, rc);
	else if (strcmp(err.message, want) != 0)
		harness_fail(file, line, "'%s'\n#   got:      \"%s\"\n#   expected: \"%s\"", url,
		             err.message, want);
}

#define SHORT_FORM(host, as) \
	"host '" host "' is read by browsers as the IPv4 address " as ", written in a short, " \
	"octal or hexadecimal form that other software reads otherwise; write it as " as
#define NOT_IPV4(host, why) \
	"host '" host "' ends in a number, so it can only be an IPv4 address, and it is not one: " why

static void
test_url_host__refuses_hosts_ending_in_a_number_unless_a_dotted_quad(void)
{
	static const struct {
		const char *url;
		const char *message;
	} cases[] = {
		{ "https://1.1.1.1.1/", NOT_IPV4("1.1.1.1.1", "an IPv4 address has 4 parts, not more") },
		{ "https://256.1.1.1/", NOT_IPV4("256.1.1.1", "its part '256' is more than 255") },
		{ "https://1.2.3.256/", NOT_IPV4("1.2.3.256", "its last part is more than 255") },
		{ "https://1.2.3.09/", NOT_IPV4("1.2.3.09", "its part '09' is not a number") },
		{ "https://example.123/", NOT_IPV4("example.123", "its part 'example' is not a number") },
		{ "https://a..1/", "host 'a..1' has an empty label ('..')" },
		{ "https://1.2.65536/", NOT_IPV4("1.2.65536", "its last part is more than 65535") },
		{ "https://4294967296/", NOT_IPV4("4294967296", "its last part is more than 4294967295") },
		/* What browsers read as an address, written as nobody reads one. */
		{ "https://1.2.3/", SHORT_FORM("1.2.3", "1.2.0.3") },
		{ "https://01.2.3.4/", SHORT_FORM("01.2.3.4", "1.2.3.4") },
		{ "https://0x7f.1/", SHORT_FORM("0x7f.1", "127.0.0.1") },
		{ "https://2130706433/", SHORT_FORM("2130706433", "127.0.0.1") },
		{ "https://127.1/", SHORT_FORM("127.1", "127.0.0.1") },
		{ "https://1.2.3.0x4/", SHORT_FORM("1.2.3.0x4", "1.2.3.4") },
		{ "https://example.0x10/", NOT_IPV4("example.0x10", "its part 'example' is not a number") },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_refused(__FILE__, __LINE__, cases[i].url, cases[i].message);
	/* A dotted quad, a name with digits, a trailing dot: taken. */
	CHECK_WARNINGS("https://93.184.215.14/", "");
	CHECK_WARNINGS("https://8.8.8.8./", "");
	CHECK_WARNINGS("https://1e100.net/", "");
	CHECK_WARNINGS("https://shop2026.example.org/", "");
	CHECK_WARNINGS("https://0x7f.example.org/", "");
}

static void
test_url_host__warns_about_names_public_dns_never_resolves(void)
{
	static const struct {
		const char *url;
		const char *warning;
	} cases[] = {
		{ "http://localhost:8080/rally",
		  "host 'localhost' names the device that opens the link: a phone that scans the code "
		  "reaches itself, not your server" },
		{ "http://LocalHost./", "host 'localhost' names the device that opens the link: a phone "
		                        "that scans the code reaches itself, not your server" },
		{ "http://app.localhost/", "host 'app.localhost' names the device that opens the link: a "
		                           "phone that scans the code reaches itself, not your server" },
		{ "https://printer.local/",
		  "host 'printer.local' is a multicast DNS name (.local): only devices on the same local "
		  "network can resolve it" },
		{ "https://wiki.corp.internal/",
		  "host 'wiki.corp.internal' is a name reserved for private networks (.internal): "
		  "public DNS never resolves it" },
		{ "https://nas.home.arpa/",
		  "host 'nas.home.arpa' is a name reserved for home networks (.home.arpa): public DNS "
		  "never resolves it" },
		{ "https://shop.test/",
		  "host 'shop.test' is a reserved name (.test, RFC 2606): public DNS never resolves it" },
		{ "https://union.example/",
		  "host 'union.example' is a reserved name (.example, RFC 2606): public DNS never "
		  "resolves it" },
		{ "https://a.invalid/",
		  "host 'a.invalid' is a reserved name (.invalid, RFC 2606): public DNS never resolves "
		  "it" },
		{ "http://duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion/",
		  "host 'duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion' is an onion "
		  "service (.onion): only the Tor Browser opens it, not a phone's camera" },
		/* A reserved word elsewhere in a name is nothing. */
		{ "https://localhost.example.org/", "" },
		{ "https://local.org/", "" },
		{ "https://mylocal.org/x", "" },
		/* One label: a company's search domain may complete it, a phone's network will not. */
		{ "https://intranet/rally",
		  "host 'intranet' is a single name without a domain: public DNS never resolves it, and "
		  "a phone finds it only on a network that adds its own domain to it" },
		{ "https://mylocal./x",
		  "host 'mylocal' is a single name without a domain: public DNS never resolves it, and a "
		  "phone finds it only on a network that adds its own domain to it" },
		{ "https://test.org/", "" },
		{ "https://example.org/", "" },
		{ "https://1.2.3.4.example.org/", "" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CHECK_WARNINGS(cases[i].url, cases[i].warning);
}

static void
test_url_host__warns_about_labels_that_mix_scripts(void)
{
	static const struct {
		const char *url;
		const char *warning;
	} cases[] = {
		/* A Cyrillic а among Latin letters, written in Unicode or in punycode. */
		{ "https://\xd0\xb0pple.com/",
		  "host label '\xd0\xb0pple' mixes Cyrillic letters with Latin ones and can pass for "
		  "another name: U+0430 CYRILLIC SMALL LETTER A" },
		{ "https://xn--pple-43d.com/",
		  "host label '\xd0\xb0pple' mixes Cyrillic letters with Latin ones and can pass for "
		  "another name: U+0430 CYRILLIC SMALL LETTER A" },
		/* Mostly Cyrillic, with one Latin p: the Latin letter is the odd one. */
		{ "https://\xd0\xbf\xd1\x80\xd0\xbe\xd1\x84p\xd0\xbe\xd1\x8e\xd0\xb7.\xd1\x80\xd1\x84/",
		  "host label '\xd0\xbf\xd1\x80\xd0\xbe\xd1\x84p\xd0\xbe\xd1\x8e\xd0\xb7' mixes Latin "
		  "letters with Cyrillic ones and can pass for another name: U+0070 LATIN SMALL LETTER P" },
		/* Greek omicron in a Latin name. */
		{ "https://g\xce\xbf\xce\xbfgle.com/",
		  "host label 'g\xce\xbf\xce\xbfgle' mixes Greek letters with Latin ones and can pass for "
		  "another name: U+03BF GREEK SMALL LETTER OMICRON" },
		/* One label each: a warning for the mixed one only. */
		{ "https://\xd0\xb0pple.\xd1\x80\xd1\x84/",
		  "host label '\xd0\xb0pple' mixes Cyrillic letters with Latin ones and can pass for "
		  "another name: U+0430 CYRILLIC SMALL LETTER A" },
		/* One script per label is fine, whatever the script. */
		{ "https://\xd0\xbf\xd1\x80\xd0\xbe\xd1\x84\xd1\x81\xd0\xbe\xd1\x8e\xd0\xb7.\xd1\x80\xd1\x84/rally", "" },
		{ "https://xn--e1afmkfd.xn--p1ai/", "" },
		{ "https://b\xc3\xbc" "cher.de/", "" },
		{ "https://\xce\xb5\xce\xbb\xce\xbb\xce\xac\xce\xb4\xce\xb1.gr/", "" },
		/* Digits and '-' belong to every script. */
		{ "https://\xd0\xbc\xd0\xb8\xd1\x82\xd0\xb8\xd0\xbd\xd0\xb3-2026.\xd1\x80\xd1\x84/", "" },
		/* Japanese mixes Han, kana and Latin by design (UTS #39, highly restrictive). */
		{ "https://\xe6\x97\xa5\xe6\x9c\xac\xe3\x81\xae\xe3\x82\xb5\xe3\x82\xa4\xe3\x83\x88" "abc.jp/", "" },
		/* Korean: Hangul with Han. */
		{ "https://\xed\x95\x9c\xea\xb5\xad\xe9\x9f\x93\xe5\x9c\x8b.kr/", "" },
		/* Han with Cyrillic is no writing system's mix. */
		{ "https://\xe4\xb8\xad\xd0\xb0.com/",
		  "host label '\xe4\xb8\xad\xd0\xb0' mixes Cyrillic letters with Han ones and can pass for "
		  "another name: U+0430 CYRILLIC SMALL LETTER A" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CHECK_WARNINGS(cases[i].url, cases[i].warning);
}

static void
test_url_host__warns_about_whole_script_lookalikes(void)
{
	static const struct {
		const char *url;
		const char *warning;
	} cases[] = {
		/* All Cyrillic, every letter one that prints as a Latin one: 'apple' under .com. */
		{ "https://\xd0\xb0\xd1\x80\xd1\x80\xd3\x8f\xd0\xb5.com/",
		  "host label '\xd0\xb0\xd1\x80\xd1\x80\xd3\x8f\xd0\xb5' is written in Cyrillic "
		  "letters that all look like Latin ones: the host (xn--80ak6aa92e.com) reads as "
		  "'apple.com', a whole-script look-alike of that Latin host" },
		{ "https://www.xn--80ak6aa92e.com/",
		  "host label '\xd0\xb0\xd1\x80\xd1\x80\xd3\x8f\xd0\xb5' is written in Cyrillic "
		  "letters that all look like Latin ones: the host (www.xn--80ak6aa92e.com) reads as "
		  "'www.apple.com', a whole-script look-alike of that Latin host" },
		/* Greek omicron, rho, epsilon, eta: read as o, p, e, h. */
		{ "https://\xce\xbf\xcf\x81\xce\xb5\xce\xb7.org/",
		  "host label '\xce\xbf\xcf\x81\xce\xb5\xce\xb7' is written in Greek letters that "
		  "all look like Latin ones: the host (xn--qxaewi.org) reads as 'opeh.org', a "
		  "whole-script look-alike of that Latin host" },
		/* Under a Cyrillic top-level domain a Cyrillic name is a Cyrillic name (as browsers decide). */
		{ "https://\xd1\x81\xd0\xbe\xd1\x81.\xd1\x80\xd1\x84/", "" },
		/* The example's genuine Cyrillic host: '\xd0\xbf', '\xd1\x84' look like no Latin letter. */
		{ "https://\xd0\xbf\xd1\x80\xd0\xbe\xd1\x84\xd1\x81\xd0\xbe\xd1\x8e\xd0\xb7.\xd1\x80\xd1\x84/rally", "" },
		{ "https://\xd0\xbf\xd1\x80\xd0\xbe\xd1\x84\xd1\x81\xd0\xbe\xd1\x8e\xd0\xb7.com/", "" },
		/* Latin names, and Latin ones with letters of their own, are themselves. */
		{ "https://b\xc3\xbc" "cher.de/", "" },
		{ "https://example.org/", "" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CHECK_WARNINGS(cases[i].url, cases[i].warning);
}

static void
test_url_host__gives_every_reason_in_one_call(void)
{
	struct collected got = { "", 0 };
	struct url_error err;
	ASSERT_INT_EQ(campaign__url_check_landing("https://\xd0\xb0pple.local/", &err, collect, &got),
	              CAMPAIGN_OK);
	ASSERT_INT_EQ(got.count, 2);
	ASSERT_STR_EQ(got.text,
	              "host 'xn--pple-43d.local' is a multicast DNS name (.local): only devices on "
	              "the same local network can resolve it\n"
	              "host label '\xd0\xb0pple' mixes Cyrillic letters with Latin ones and can pass "
	              "for another name: U+0430 CYRILLIC SMALL LETTER A");
}

static void
test_url_host__refused_landings_give_no_warning(void)
{
	struct collected got = { "", 0 };
	struct url_error err;
	ASSERT_INT_EQ(campaign__url_check_landing("https://user:pw@localhost/", &err, collect, &got),
	              CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(got.count, 0);
	/* No callback: the checks alone. */
	ASSERT_INT_EQ(campaign__url_check_landing("https://localhost/", &err, NULL, NULL), CAMPAIGN_OK);
}

int
main(void)
{
	RUN(test_url_host__warns_about_addresses_a_phone_cannot_reach);
	RUN(test_url_host__refuses_hosts_ending_in_a_number_unless_a_dotted_quad);
	RUN(test_url_host__warns_about_names_public_dns_never_resolves);
	RUN(test_url_host__warns_about_labels_that_mix_scripts);
	RUN(test_url_host__warns_about_whole_script_lookalikes);
	RUN(test_url_host__gives_every_reason_in_one_call);
	RUN(test_url_host__refused_landings_give_no_warning);
	return harness_done();
}
