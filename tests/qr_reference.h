/*
 * libqrencode as the reference our QR encoder is checked against
 * (tests/unit/test_qr_encoder.c, tests/fuzz/qr_fuzzer.c).
 */
#ifndef CAMPAIGN_TESTS_QR_REFERENCE_H
#define CAMPAIGN_TESTS_QR_REFERENCE_H

#include <qrencode.h>
#include <stddef.h>

/* libqrencode's symbol for `len` bytes in one byte-mode segment, after the
 * UTF-8 ECI header when `eci`; at least `version` (0: any). NULL if none. */
QRcode *qr_reference_encode(const unsigned char *p, size_t len, int eci, int version,
                            QRecLevel level);

/* The mask libqrencode chose, read back from its first copy of the format bits. */
int qr_reference_mask(const QRcode *code);

#endif
