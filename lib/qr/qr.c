/*
 * The libqrencode boundary: options checked, payload bytes in, module matrix
 * out, and libqrencode's errno turned into statuses and diagnostics here
 * and nowhere else. Pure: no I/O.
 *
 * libqrencode is thread-safe as Debian builds it (with pthreads: its
 * Reed-Solomon tables are set up under a lock), so codes may be encoded on
 * several threads at once.
 */
#include "core/options.h"
#include "core/versions.h"
#include "qr/qr_internal.h"

#include <errno.h>
#include <qrencode.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "campaign/status.h"
#include "util/utf8.h"

/* Most characters any payload can hold: 7,089 digits in a version 40-L symbol. */
#define PAYLOAD_MAX 7089

static const campaign_qr_options default_opts = CAMPAIGN_QR_OPTIONS_INIT;

const campaign_qr_options *
campaign__qr_opts(const campaign_qr_options *opts)
{
	return opts ? opts : &default_opts;
}

int
campaign__qr_check_version(const campaign_qr_options *opts, campaign_diags *diags)
{
	if (opts->version == CAMPAIGN_QR_OPTIONS_VERSION)
		return CAMPAIGN_OK;
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
	                   "QR options of unknown version %u", opts->version);
	return CAMPAIGN_EINVALID;
}

int
campaign_qr_options_init(campaign_qr_options *opts, unsigned int version)
{
	return campaign__struct_init(opts, version, &default_opts, campaign__sizes_qr_options,
	                             CAMPAIGN__VERSIONS(campaign__sizes_qr_options));
}

static const char *const ecc_names[] = { "L", "M", "Q", "H" };

int
campaign_qr_ecc_parse(campaign_qr_ecc *out, const char *name)
{
	for (int i = 0; i < 4; i++) {
		if (strcasecmp(name, ecc_names[i]) == 0) {
			*out = (campaign_qr_ecc)i;
			return CAMPAIGN_OK;
		}
	}
	return CAMPAIGN_EINVALID;
}

const char *
campaign_qr_ecc_name(campaign_qr_ecc ecc)
{
	return (unsigned int)ecc < 4 ? ecc_names[ecc] : "?";
}

const char *
campaign_qr_format_extension(campaign_qr_format format)
{
	switch (format) {
	case CAMPAIGN_QR_FORMAT_PNG: return "png";
	case CAMPAIGN_QR_FORMAT_SVG: return "svg";
	case CAMPAIGN_QR_FORMAT_PDF: return "pdf";
	}
	return NULL;
}

/*
 * Bytes that fit in a version 40 symbol in byte mode: its data code words
 * minus the mode indicator (4 bits), the character count (16 bits) and the
 * ECI header (4 + 8 bits) when there is one.
 */
static int
max_bytes(campaign_qr_ecc ecc, int eci)
{
	static const int data_codewords_v40[] = { 2956, 2334, 1666, 1276 };
	return (data_codewords_v40[ecc] * 8 - 20 - (eci ? 12 : 0)) / 8;
}

static int
too_long(size_t len, campaign_qr_ecc ecc, int eci, campaign_diags *diags)
{
	int max = max_bytes(ecc, eci);
	if (ecc != CAMPAIGN_QR_ECC_L)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_ETOOLONG, NULL, 0, 0,
		                   "QR payload of %zu bytes is too long: at most %d bytes fit "
		                   "with error correction %s (%d with L)",
		                   len, max, ecc_names[ecc], max_bytes(CAMPAIGN_QR_ECC_L, eci));
	else
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_ETOOLONG, NULL, 0, 0,
		                   "QR payload of %zu bytes is too long: at most %d bytes fit "
		                   "with error correction L",
		                   len, max);
	return CAMPAIGN_ETOOLONG;
}

static int
is_ascii(const unsigned char *p, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (p[i] >= 0x80)
			return 0;
	return 1;
}

static int
wants_eci(const campaign_qr_options *o, const unsigned char *p, size_t len)
{
	switch (o->eci) {
	case CAMPAIGN_QR_ECI_NONE: return 0;
	case CAMPAIGN_QR_ECI_UTF8: return 1;
	case CAMPAIGN_QR_ECI_AUTO: break;
	}
	/* Binary data that is not UTF-8 must not be labelled as UTF-8. */
	return !is_ascii(p, len) && campaign__utf8_validate((const char *)p, len) == len;
}

static int
check_encode_options(const campaign_qr_options *o, campaign_diags *diags)
{
	int rc = campaign__qr_check_version(o, diags);
	if (rc)
		return rc;
	const char *bad = NULL;
	if ((unsigned int)o->ecc > CAMPAIGN_QR_ECC_H)
		bad = "error correction level must be L, M, Q or H";
	else if (o->min_version < 0 || o->min_version > 40)
		bad = "QR version must be between 1 and 40 (0: the smallest that fits)";
	else if ((unsigned int)o->eci > CAMPAIGN_QR_ECI_UTF8)
		bad = "unknown ECI mode";
	if (!bad)
		return CAMPAIGN_OK;
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0, "%s",
	                   bad);
	return CAMPAIGN_EINVALID;
}

static const QRecLevel levels[] = { QR_ECLEVEL_L, QR_ECLEVEL_M, QR_ECLEVEL_Q, QR_ECLEVEL_H };

/*
 * libqrencode's symbol for `len` bytes (1 to PAYLOAD_MAX), or NULL with
 * errno set. A plain payload goes through QRcode_encodeString(), whose split
 * puts digit and upper-case runs in numeric and alphanumeric mode where that
 * saves bits; always case-sensitive, since its case-insensitive mode
 * upper-cases the whole payload, UTM values and path included (pitfalls
 * 1.12). It stops at the first NUL, so a payload with NUL bytes, and one
 * with the ECI header, is one byte-mode segment of its own.
 */
static QRcode *
encode_symbol(const unsigned char *p, size_t len, int eci, QRecLevel level, int min_version)
{
	if (!eci && !memchr(p, '\0', len)) {
		char s[PAYLOAD_MAX + 1];
		memcpy(s, p, len);
		s[len] = '\0';
		QRcode *code = QRcode_encodeString(s, min_version, level, QR_MODE_8, 1);
		/*
		 * The split can take more bits than byte mode alone (2,953 bytes
		 * of mixed URL characters fill version 40-L in byte mode, and the
		 * split's segments overflow it): at the limit, try byte mode.
		 */
		if (code || errno != ERANGE)
			return code;
		errno = 0;
	}
	QRinput *in = QRinput_new2(min_version, level);
	if (!in)
		return NULL;
	QRcode *code = NULL;
	if ((!eci || QRinput_appendECIheader(in, 26) == 0) &&
	    QRinput_append(in, QR_MODE_8, (int)len, p) == 0)
		code = QRcode_encodeInput(in);
	int saved = errno;
	QRinput_free(in);
	errno = saved;
	return code;
}

/* libqrencode's errno after a failed encoding, as a status with its diagnostic. */
static int
encode_error(int err, size_t len, campaign_qr_ecc ecc, int eci, campaign_diags *diags)
{
	switch (err) {
	case ERANGE:
		return too_long(len, ecc, eci, diags);
	case ENOMEM:
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_ENOMEM, NULL, 0, 0,
		                   "out of memory encoding a QR code");
		return CAMPAIGN_ENOMEM;
	default:
		/* EINVAL: our checks should have refused it first. */
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "libqrencode cannot encode this QR payload of %zu bytes: %s", len,
		                   err ? strerror(err) : "no reason given");
		return CAMPAIGN_EINVALID;
	}
}

int
campaign_qr_encode(campaign_qr **out, const void *data, size_t len, const campaign_qr_options *opts,
                   campaign_diags *diags)
{
	*out = NULL;
	const campaign_qr_options *o = campaign__qr_opts(opts);
	int rc = check_encode_options(o, diags);
	if (rc)
		return rc;
	if (len == 0) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "QR payload is empty");
		return CAMPAIGN_EINVALID;
	}
	const unsigned char *p = data;
	int eci = wants_eci(o, p, len);
	/* Refused before libqrencode, whose split copies and scans the whole payload. */
	if (len > PAYLOAD_MAX)
		return too_long(len, o->ecc, eci, diags);
	errno = 0;
	QRcode *code = encode_symbol(p, len, eci, levels[o->ecc], o->min_version);
	if (!code)
		return encode_error(errno, len, o->ecc, eci, diags);
	size_t n = (size_t)code->width * (size_t)code->width;
	campaign_qr *qr = calloc(1, sizeof(*qr));
	if (!qr || !(qr->modules = malloc(n))) {
		free(qr);
		QRcode_free(code);
		return encode_error(ENOMEM, len, o->ecc, eci, diags);
	}
	/* Bit 0 of libqrencode's bytes is the module's colour; the others say what it is part of. */
	for (size_t i = 0; i < n; i++)
		qr->modules[i] = code->data[i] & 1;
	qr->size = code->width;
	qr->version = code->version;
	qr->ecc = o->ecc;
	qr->eci = eci;
	QRcode_free(code);
	*out = qr;
	return CAMPAIGN_OK;
}

void
campaign_qr_free(campaign_qr *qr)
{
	if (!qr)
		return;
	free(qr->modules);
	free(qr);
}

int
campaign_qr_size(const campaign_qr *qr)
{
	return qr->size;
}

int
campaign_qr_version(const campaign_qr *qr)
{
	return qr->version;
}

campaign_qr_ecc
campaign_qr_ecc_level(const campaign_qr *qr)
{
	return qr->ecc;
}

int
campaign_qr_has_eci(const campaign_qr *qr)
{
	return qr->eci;
}

int
campaign_qr_module(const campaign_qr *qr, int x, int y)
{
	if (x < 0 || y < 0 || x >= qr->size || y >= qr->size)
		return 0;
	return campaign__qr_dark(qr, x, y);
}
