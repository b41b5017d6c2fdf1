/*
 * Our side of QR encoding on any payload: campaign_qr_encode() succeeds, or
 * says the payload is too long only when it is longer than byte mode holds
 * at version 40; the symbol is as large as the minimum version asks, marked
 * with ECI exactly when the eci option says; and its PNG, read back with
 * libpng, has each module's colour in each of its pixels, the quiet zone
 * white. (Whether the symbol itself is right is libqrencode's, and
 * test_qr_decode reads codes back with zbar.)
 *
 * Input: an options byte (bits 0-1 ECC level, bits 2-3 the eci option,
 * bits 4-5 pixels a module less one, bits 6-7 the quiet zone), a minimum
 * version byte (mod 41), then the payload.
 */
#include <stdlib.h>
#include <string.h>

#include "campaign/qr.h"
#include "campaign/status.h"
#include "fuzz_util.h"
#include "png_read.h"
#include "util/utf8.h"

/* Payloads past this take libqrencode long, and add no new paths. */
#define PAYLOAD_FUZZ_MAX 3000

/* Bytes of byte mode that fit version 40 (ECI header: 12 bits more). */
static size_t
byte_capacity(campaign_qr_ecc ecc, int eci)
{
	static const int data_codewords_v40[] = { 2956, 2334, 1666, 1276 };
	return (size_t)((data_codewords_v40[ecc] * 8 - 20 - (eci ? 12 : 0)) / 8);
}

static int
expect_eci(campaign_qr_eci mode, const uint8_t *p, size_t len)
{
	if (mode != CAMPAIGN_QR_ECI_AUTO)
		return mode == CAMPAIGN_QR_ECI_UTF8;
	int ascii = 1;
	for (size_t i = 0; i < len; i++)
		ascii &= p[i] < 0x80;
	return !ascii && campaign__utf8_validate((const char *)p, len) == len;
}

/* A finder pattern's 7 x 7 modules with their top-left corner at (x0, y0). */
static void
check_finder(const campaign_qr *qr, int x0, int y0)
{
	for (int y = 0; y < 7; y++)
		for (int x = 0; x < 7; x++) {
			int ring = x == 0 || y == 0 || x == 6 || y == 6;
			int core = x >= 2 && x <= 4 && y >= 2 && y <= 4;
			FUZZ_CHECK(campaign_qr_module(qr, x0 + x, y0 + y) == (ring || core));
		}
}

static void
check_png(const campaign_qr *qr, int module_px, int border)
{
	campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
	o.dpi = 254; /* 0.1 mm a pixel */
	o.module_mm = 0.1 * module_px;
	o.border = border;
	campaign_buf png = CAMPAIGN_BUF_INIT;
	FUZZ_CHECK(campaign_qr_render(&png, qr, CAMPAIGN_QR_FORMAT_PNG, &o, NULL) == CAMPAIGN_OK);
	struct png_image_info img;
	FUZZ_CHECK(png_read_gray(png.ptr, png.size, &img) == 0);
	campaign_buf_dispose(&png);
	unsigned int side = (unsigned int)((campaign_qr_size(qr) + 2 * border) * module_px);
	FUZZ_CHECK(img.width == side && img.height == side);
	FUZZ_CHECK(img.bit_depth == 1 && img.res_x == 10000 && img.res_y == 10000);
	for (unsigned int y = 0; y < side; y++)
		for (unsigned int x = 0; x < side; x++) {
			int dark = campaign_qr_module(qr, (int)x / module_px - border,
			                              (int)y / module_px - border);
			FUZZ_CHECK(img.gray[(size_t)y * side + x] == (dark ? 0 : 255));
		}
	free(img.gray);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 3 || size - 2 > PAYLOAD_FUZZ_MAX)
		return 0;
	campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
	o.ecc = (campaign_qr_ecc)(data[0] & 3);
	o.eci = (campaign_qr_eci)((data[0] >> 2) & 3);
	if (o.eci > CAMPAIGN_QR_ECI_UTF8)
		o.eci = CAMPAIGN_QR_ECI_AUTO;
	int module_px = 1 + ((data[0] >> 4) & 3);
	int border = (data[0] >> 6) * 2;
	o.min_version = data[1] % 41;
	const uint8_t *p = data + 2;
	size_t len = size - 2;

	campaign_diags *diags = NULL;
	FUZZ_CHECK(campaign_diags_new(&diags) == CAMPAIGN_OK);
	campaign_qr *qr = NULL;
	int rc = campaign_qr_encode(&qr, p, len, &o, diags);
	fuzz_check_diags(diags, rc);
	campaign_diags_free(diags);
	int eci = expect_eci(o.eci, p, len);
	FUZZ_CHECK(rc == CAMPAIGN_OK || rc == CAMPAIGN_ETOOLONG);
	if (rc == CAMPAIGN_ETOOLONG) {
		FUZZ_CHECK(!qr);
		/* What byte mode holds fits: past the split, qr.c falls back to byte mode. */
		FUZZ_CHECK(len > byte_capacity(o.ecc, eci));
		return 0;
	}
	int v = campaign_qr_version(qr);
	FUZZ_CHECK(v >= (o.min_version ? o.min_version : 1) && v <= 40);
	FUZZ_CHECK(campaign_qr_size(qr) == 4 * v + 17);
	FUZZ_CHECK(campaign_qr_ecc_level(qr) == o.ecc);
	FUZZ_CHECK(campaign_qr_has_eci(qr) == eci);
	int far = campaign_qr_size(qr) - 7;
	check_finder(qr, 0, 0);
	check_finder(qr, far, 0);
	check_finder(qr, 0, far);
	check_png(qr, module_px, border);
	campaign_qr_free(qr);
	return 0;
}
