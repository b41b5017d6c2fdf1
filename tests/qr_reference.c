#include "qr_reference.h"

#include "qr/qr_encode.h"

QRcode *
qr_reference_encode(const unsigned char *p, size_t len, int eci, int version, QRecLevel level)
{
	if (!eci)
		return QRcode_encodeData((int)len, p, version, level);
	QRinput *in = QRinput_new2(version, level);
	QRcode *code = NULL;
	if (in && QRinput_appendECIheader(in, 26) == 0 &&
	    QRinput_append(in, QR_MODE_8, (int)len, p) == 0)
		code = QRcode_encodeInput(in);
	QRinput_free(in);
	return code;
}

int
qr_reference_mask(const QRcode *code)
{
	int bits = 0;
	for (int i = 0; i < 15; i++) {
		int x, y;
		campaign__qr_format_position(code->width, i, 0, &x, &y);
		bits |= (code->data[y * code->width + x] & 1) << i;
	}
	return ((bits ^ 0x5412) >> 10) & 7;
}
