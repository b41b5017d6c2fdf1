/*
 * Our QR encoder against libqrencode, on any payload: campaign__qr_build()
 * with one byte-mode segment must succeed exactly when libqrencode does, at
 * the same version (with the UTF-8 ECI header, at most libqrencode's: it
 * sizes that header too generously), and draw the same modules at
 * libqrencode's version with its mask; with the mode search it must never
 * need a larger version than libqrencode's own split.
 *
 * Input: an options byte (bits 0-1 ECC level, bit 2 byte mode only, bit 3
 * ECI), a minimum version byte (mod 41), then the payload.
 */
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "fuzz_util.h"
#include "qr/qr_encode.h"
#include "qr/qr_internal.h"
#include "qr_reference.h"

/* Payloads past this take libqrencode long, and add no new paths. */
#define PAYLOAD_FUZZ_MAX 3000

static void
check_byte_mode(const unsigned char *p, size_t len, int eci, campaign_qr_ecc ecc, int min_version)
{
	QRcode *code = qr_reference_encode(p, len, eci, min_version, (QRecLevel)ecc);
	campaign_qr *qr = NULL;
	int rc = campaign__qr_build(&qr, p, len, eci, 1, ecc, min_version, -1);
	/* libqrencode sizes an ECI header too generously: ours may fit a version lower. */
	if (code)
		FUZZ_CHECK(rc == CAMPAIGN_OK && qr && (eci ? qr->version <= code->version
		                                           : qr->version == code->version));
	else if (!eci)
		FUZZ_CHECK(rc == CAMPAIGN_ETOOLONG);
	campaign_qr_free(qr);
	qr = NULL;
	/* At libqrencode's version and with its mask, the same modules. */
	if (code && campaign__qr_build(&qr, p, len, eci, 1, ecc, code->version, qr_reference_mask(code)) ==
	                    CAMPAIGN_OK) {
		FUZZ_CHECK(qr->version == code->version);
		for (int i = 0; i < code->width * code->width; i++)
			FUZZ_CHECK(qr->modules[i] == (code->data[i] & 1));
	} else if (code) {
		FUZZ_CHECK(!"no symbol at libqrencode's version");
	}
	campaign_qr_free(qr);
	QRcode_free(code);
}

static void
check_mode_search(const unsigned char *p, size_t len, campaign_qr_ecc ecc, int min_version)
{
	campaign_qr *qr = NULL;
	int rc = campaign__qr_build(&qr, p, len, 0, 0, ecc, min_version, -1);
	FUZZ_CHECK(rc == CAMPAIGN_OK || rc == CAMPAIGN_ETOOLONG);
	if (qr) {
		FUZZ_CHECK(qr->version >= (min_version ? min_version : 1) && qr->version <= 40);
		FUZZ_CHECK(qr->size == 4 * qr->version + 17);
	}
	/* libqrencode's split needs a C string. */
	if (!memchr(p, '\0', len)) {
		char *s = fuzz_strndup(p, len);
		QRcode *code = QRcode_encodeString(s, min_version, (QRecLevel)ecc, QR_MODE_8, 1);
		if (code)
			FUZZ_CHECK(qr && qr->version <= code->version);
		QRcode_free(code);
		free(s);
	}
	campaign_qr_free(qr);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 3 || size - 2 > PAYLOAD_FUZZ_MAX)
		return 0;
	campaign_qr_ecc ecc = (campaign_qr_ecc)(data[0] & 3);
	int byte_only = (data[0] >> 2) & 1, eci = (data[0] >> 3) & 1;
	int min_version = data[1] % 41;
	const unsigned char *p = data + 2;
	size_t len = size - 2;
	if (byte_only || eci)
		check_byte_mode(p, len, eci, ecc, min_version);
	else
		check_mode_search(p, len, ecc, min_version);
	return 0;
}
