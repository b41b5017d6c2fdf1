/*
 * Round trips through an independent decoder: every code we render is read
 * back by zbar and must give exactly its payload. zbar converts what it reads
 * to UTF-8 text the way phone readers do (ECI first, then guessing), so UTF-8
 * payloads also prove the ECI designator works.
 */
#include <stdlib.h>
#include <zbar.h>

#include "campaign/qr.h"
#include "campaign/status.h"
#include "harness.h"
#include "png_read.h"

/* Whether zbar hands back the payload's bytes as they are, not converted to text. */
static int zbar_binary;

/* The decoded text of the one QR code in a PNG, or NULL; free() it. */
static char *
decode_png(const campaign_buf *png, size_t *len)
{
	struct png_image_info img;
	if (png_read_gray(png->ptr, png->size, &img) != 0)
		return NULL;
	zbar_image_scanner_t *scanner = zbar_image_scanner_create();
	zbar_image_scanner_set_config(scanner, 0, ZBAR_CFG_ENABLE, 0);
	zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
	zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_BINARY, zbar_binary);
	zbar_image_t *image = zbar_image_create();
	zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
	zbar_image_set_size(image, img.width, img.height);
	zbar_image_set_data(image, img.gray, (unsigned long)img.width * img.height, NULL);
	char *text = NULL;
	if (zbar_scan_image(scanner, image) == 1) {
		const zbar_symbol_t *sym = zbar_image_first_symbol(image);
		*len = zbar_symbol_get_data_length(sym);
		text = malloc(*len + 1);
		memcpy(text, zbar_symbol_get_data(sym), *len);
		text[*len] = '\0';
	}
	zbar_image_destroy(image);
	zbar_image_scanner_destroy(scanner);
	free(img.gray);
	return text;
}

static int decoded;

/* Encodes, renders a PNG, decodes; fails the test unless the payload comes back. */
static void
round_trip(const char *data, size_t len, const campaign_qr_options *o, int want_version)
{
	campaign_diags *diags = NULL;
	campaign_diags_new(&diags);
	campaign_qr *qr = NULL;
	campaign_buf png = CAMPAIGN_BUF_INIT;
	int rc = campaign_qr_encode(&qr, data, len, o, diags);
	if (rc == CAMPAIGN_OK)
		rc = campaign_qr_render(&png, qr, CAMPAIGN_QR_FORMAT_PNG, o, diags);
	const campaign_diag *d = campaign_diags_get(diags, 0);
	int version = qr ? campaign_qr_version(qr) : 0;
	campaign_qr_free(qr);
	HARNESS_CHECKED();
	if (rc != CAMPAIGN_OK)
		harness_fail(__FILE__, __LINE__, "%zu bytes: %s", len, d ? d->message : "?");
	campaign_diags_free(diags);
	size_t got_len = 0;
	char *got = decode_png(&png, &got_len);
	campaign_buf_dispose(&png);
	if (!got)
		harness_fail(__FILE__, __LINE__,
		             "%zu bytes, version %d, ECC %s: zbar found no code", len, version,
		             campaign_qr_ecc_name(o->ecc));
	int same = got_len == len && memcmp(got, data, len) == 0;
	if (!same)
		harness_fail(__FILE__, __LINE__, "version %d: decoded \"%.80s\" (%zu bytes), "
		             "expected \"%.80s\" (%zu bytes)", version, got, got_len, data, len);
	free(got);
	if (want_version && version != want_version)
		harness_fail(__FILE__, __LINE__, "version %d, expected %d", version, want_version);
	decoded++;
}

/* Deterministic text from the characters URLs are made of, both cases and digits. */
static char *
url_chars(size_t len, unsigned int seed)
{
	static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	                               "0123456789-._~:/?#[]@!$&'()*+,;=%";
	char *s = malloc(len + 1);
	for (size_t i = 0; i < len; i++) {
		seed = seed * 1103515245u + 12345u;
		s[i] = alphabet[(seed >> 16) % (sizeof(alphabet) - 1)];
	}
	s[len] = '\0';
	return s;
}

static void
test_qr_decode__every_version_from_1_to_40(void)
{
	for (int v = 1; v <= 40; v++) {
		campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
		o.ecc = (campaign_qr_ecc)(v % 4);
		o.min_version = v;
		o.module_mm = 0.35; /* 4 px at 300 dpi */
		char data[64];
		snprintf(data, sizeof(data), "QR v%d", v); /* fits version 1 even at level H */
		round_trip(data, strlen(data), &o, v);
	}
}

static void
test_qr_decode__lengths_at_every_level(void)
{
	static const size_t lengths[] = {
		1, 2, 7, 14, 17, 20, 26, 32, 42, 53, 62, 78, 84, 106, 122, 134, 154, 180, 230, 300,
		400, 500, 650, 800, 1000, 1273, 1300, 1663, 1700, 2000, 2331, 2953,
	};
	static const size_t max[] = { 2953, 2331, 1663, 1273 };
	for (int ecc = CAMPAIGN_QR_ECC_L; ecc <= CAMPAIGN_QR_ECC_H; ecc++) {
		for (size_t i = 0; i < sizeof(lengths) / sizeof(lengths[0]); i++) {
			if (lengths[i] > max[ecc])
				continue;
			campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
			o.ecc = (campaign_qr_ecc)ecc;
			o.module_mm = 0.35;
			char *data = url_chars(lengths[i], (unsigned int)(i * 7 + (size_t)ecc));
			round_trip(data, lengths[i], &o, 0);
			free(data);
		}
	}
}

static void
test_qr_decode__urls_keep_their_case(void)
{
	static const char *const urls[] = {
		("https://example.org/events/rally-2026?utm_source=flyer&utm_medium=print"
		 "&utm_campaign=union_rally_2026&utm_content=site_0001"),
		"https://Example.ORG/Rally/Moscow?utm_source=Flyer&utm_medium=Print&ref=AbC#SignUp",
		"https://xn--c1ajbkcccbg.xn--p1ai/rally?ref=print&utm_source=flyer#signup",
		"https://example.org/?q=%D0%9C%D0%B8%D1%82%D0%B8%D0%BD%D0%B3&utm_term=a%20b%2Bc",
		"HTTPS://EXAMPLE.ORG/UPPER?X=1",
		"tel:+74951234501",
		"https://example.org/1234567890123456789012345678901234567890?n=0001",
	};
	for (size_t i = 0; i < sizeof(urls) / sizeof(urls[0]); i++)
		for (int ecc = CAMPAIGN_QR_ECC_L; ecc <= CAMPAIGN_QR_ECC_H; ecc++) {
			campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
			o.ecc = (campaign_qr_ecc)ecc;
			round_trip(urls[i], strlen(urls[i]), &o, 0);
		}
}

static void
test_qr_decode__non_ascii_text_reads_back_as_utf8(void)
{
	static const char *const texts[] = {
		/* café: a reader guessing Latin-1 or Shift-JIS gets it wrong without ECI */
		"caf\xc3\xa9",
		/* Митинг за достойную зарплату */
		"\xd0\x9c\xd0\xb8\xd1\x82\xd0\xb8\xd0\xbd\xd0\xb3 \xd0\xb7\xd0\xb0 "
		"\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xbe\xd0\xb9\xd0\xbd\xd1\x83\xd1\x8e "
		"\xd0\xb7\xd0\xb0\xd1\x80\xd0\xbf\xd0\xbb\xd0\xb0\xd1\x82\xd1\x83",
		/* #МитингЗа */
		"#\xd0\x9c\xd0\xb8\xd1\x82\xd0\xb8\xd0\xbd\xd0\xb3\xd0\x97\xd0\xb0",
		/* مرحبا بكم */
		"\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 \xd8\xa8\xd9\x83\xd9\x85",
		/* Ĳsselmeer één dag */
		"\xc4\xb2sselmeer \xc3\xa9\xc3\xa9n dag",
		/* 日本語 */
		"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e",
		/* an emoji: 4-byte UTF-8 */
		"Rally \xf0\x9f\x8e\x89 2026",
		/* https://профсоюз.рф/ */
		("https://\xd0\xbf\xd1\x80\xd0\xbe\xd1\x84\xd1\x81\xd0\xbe\xd1\x8e\xd0\xb7."
		 "\xd1\x80\xd1\x84/"),
	};
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		for (int ecc = CAMPAIGN_QR_ECC_L; ecc <= CAMPAIGN_QR_ECC_H; ecc++) {
			campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
			o.ecc = (campaign_qr_ecc)ecc;
			round_trip(texts[i], strlen(texts[i]), &o, 0);
		}
	/* Long UTF-8 near the limit of a version 40 symbol. */
	char *big = malloc(2331);
	for (size_t i = 0; i < 1165; i++)
		memcpy(big + 2 * i, "\xc3\xa9", 2);
	campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
	o.module_mm = 0.35;
	round_trip(big, 2330, &o, 40);
	free(big);
}

/* The version campaign_qr_encode() picks for `len` bytes of `data`. */
static int
version_of(const char *data, size_t len, const campaign_qr_options *o)
{
	campaign_qr *qr = NULL;
	int v = campaign_qr_encode(&qr, data, len, o, NULL) == CAMPAIGN_OK ? campaign_qr_version(qr)
	                                                                  : 41;
	campaign_qr_free(qr);
	return v;
}

/*
 * Text that libqrencode splits into numeric, alphanumeric and byte mode,
 * and payloads that fill a version to its last bit (no room left for the
 * terminator) at the edges of the character count's width (versions 9/10
 * and 26/27).
 */
static void
test_qr_decode__mixed_modes_and_full_symbols_read_back(void)
{
	static const char *const texts[] = {
		"HTTPS://EXAMPLE.ORG/12345678901234567890/ABC?x=1",
		"ABC123abc456DEF7890ghi:$%*+-./ 0",
		"site_0001-site_0002-SITE_0003-0004",
		"1",
		"A",
		"31415926535897932384626433832795028841971693993751",
	};
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		for (int ecc = CAMPAIGN_QR_ECC_L; ecc <= CAMPAIGN_QR_ECC_H; ecc++) {
			campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
			o.ecc = (campaign_qr_ecc)ecc;
			round_trip(texts[i], strlen(texts[i]), &o, 0);
		}
	/*
	 * ECI: 5 bytes of UTF-8 fill 64 of version 1-H's 72 bits, 6 bytes all
	 * 72, but libqrencode counts the ECI header as 28 bits, not 12, when it
	 * picks the version, and takes version 2 for both (at version 40, the
	 * last, it counts the real size: see the long UTF-8 above).
	 */
	campaign_qr_options h = CAMPAIGN_QR_OPTIONS_INIT;
	h.ecc = CAMPAIGN_QR_ECC_H;
	round_trip("\xd0\x9f\xd1\x80" "a", 5, &h, 2);
	round_trip("\xd0\x9f\xd1\x80" "ab", 6, &h, 2);

	static const char unit[] = { '7', 'Z', 'z' }; /* numeric, alphanumeric, byte */
	static const int versions[] = { 1, 9, 10, 26, 27 };
	char *buf = malloc(4000);
	for (size_t u = 0; u < sizeof(unit); u++)
		for (size_t k = 0; k < sizeof(versions) / sizeof(versions[0]); k++) {
			campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
			o.ecc = (campaign_qr_ecc)(k % 4);
			o.module_mm = 0.35;
			memset(buf, unit[u], 4000);
			/* The longest payload of this version: one more byte needs the next. */
			size_t len = 1;
			while (len < 4000 && version_of(buf, len + 1, &o) <= versions[k])
				len++;
			ASSERT_INT_EQ(version_of(buf, len, &o), versions[k]);
			ASSERT_TRUE(version_of(buf, len + 1, &o) > versions[k]);
			round_trip(buf, len, &o, versions[k]);
			round_trip(buf, len + 1, &o, 0);
		}
	free(buf);
}

/*
 * Payloads with NUL bytes cannot go through libqrencode's string call,
 * which stops at the first NUL; read back as bytes, every byte is there.
 */
static void
test_qr_decode__bytes_with_nul_read_back_unchanged(void)
{
	static const struct {
		const char *data;
		size_t len;
	} cases[] = {
		{ "a\0b\0c", 5 },
		{ "\0", 1 },
		{ "https://example.org/?x=\0&y=2", 28 },
		{ "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 16 },
	};
	zbar_binary = 1;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
		round_trip(cases[i].data, cases[i].len, &o, 0);
	}
	/* Every byte value once, NUL first: not UTF-8, so no ECI either. */
	char all[256];
	for (int i = 0; i < 256; i++)
		all[i] = (char)i;
	campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
	round_trip(all, sizeof(all), &o, 0);
	zbar_binary = 0;
}

static void
test_qr_decode__png_at_several_dpis_and_module_sizes(void)
{
	static const struct {
		int dpi;
		double size_mm;
	} cases[] = {
		{ 72, 50 },   /* 2 px per module */
		{ 72, 100 },  /* 5 px */
		{ 150, 30 },  /* 3 px */
		{ 300, 20 },  /* 4 px */
		{ 300, 30 },  /* 6 px */
		{ 600, 25 },  /* 11 px */
		{ 1200, 15 }, /* 13 px */
		{ 2400, 10 }, /* 17 px */
	};
	static const char u[] = "https://example.org/events/rally-2026?utm_source=flyer&utm_medium="
	                        "print&utm_campaign=union_rally_2026&utm_content=site_0042";
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
		o.dpi = cases[i].dpi;
		o.size_mm = cases[i].size_mm;
		round_trip(u, strlen(u), &o, 7);
	}
	/* A smaller quiet zone still decodes (zbar is lenient; print checks warn). */
	campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
	o.border = 2;
	round_trip(u, strlen(u), &o, 7);
}

int
main(void)
{
	RUN(test_qr_decode__every_version_from_1_to_40);
	RUN(test_qr_decode__lengths_at_every_level);
	RUN(test_qr_decode__urls_keep_their_case);
	RUN(test_qr_decode__non_ascii_text_reads_back_as_utf8);
	RUN(test_qr_decode__mixed_modes_and_full_symbols_read_back);
	RUN(test_qr_decode__bytes_with_nul_read_back_unchanged);
	RUN(test_qr_decode__png_at_several_dpis_and_module_sizes);
	printf("# %d codes decoded\n", decoded);
	return harness_done();
}
