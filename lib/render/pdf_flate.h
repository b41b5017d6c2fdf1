/* Deflating bytes once for a PDF stream (internal), with qpdf's Pl_Flate. */
#ifndef CAMPAIGN_PDF_FLATE_H
#define CAMPAIGN_PDF_FLATE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * in (len bytes) deflated (zlib, as /FlateDecode reads it) into *out
 * (malloc'd, *out_len bytes). Returns CAMPAIGN_OK or CAMPAIGN_ENOMEM.
 */
int campaign__pdf_flate(const char *in, size_t len, char **out, size_t *out_len);

#ifdef __cplusplus
}
#endif

#endif
