/* The output profile (internal): Little CMS's transform from sRGB, and the bytes for the output intent. */
#ifndef CAMPAIGN_OUTPUT_PROFILE_H
#define CAMPAIGN_OUTPUT_PROFILE_H

#include <stddef.h>

#include "campaign/render.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The profile's own bytes deflated, as the PDF's output intent carries them (/FlateDecode). */
const char *campaign__output_profile_deflated(const campaign_output_profile *p, size_t *len);

/* The profile's description ("Coated FOGRA39"), or its file's name when it has none. */
const char *campaign__output_profile_name(const campaign_output_profile *p);

/* rgb (0 to 1 each, sRGB) converted to c, m, y, k (0 to 1 each). Safe from any thread. */
void campaign__output_profile_to_cmyk(const campaign_output_profile *p, const double rgb[3],
                                      double cmyk[4]);

/*
 * count pixels of 8-bit sRGB (3 bytes each) converted to 8-bit c, m, y, k
 * (4 bytes each, 255 full ink) as the colours are. Safe from any thread.
 */
void campaign__output_profile_pixels_to_cmyk(const campaign_output_profile *p, const unsigned char *rgb,
                                             unsigned char *cmyk, size_t count);

#ifdef __cplusplus
}
#endif

#endif
