/*
 * A JPEG's EXIF orientation (internal). A phone stores a portrait photo as
 * the sensor saw it, sideways, and records in EXIF how to turn it; viewers
 * turn it, and so must a flyer, or the photo prints on its side. A PDF's
 * DCTDecode knows nothing of EXIF, so a turned photo cannot keep the file's
 * own bytes there: its pixels are turned instead.
 */
#ifndef CAMPAIGN_TEMPLATE_JPEG_ORIENTATION_H
#define CAMPAIGN_TEMPLATE_JPEG_ORIENTATION_H

#include <stddef.h>

#include <cairo.h>

/*
 * The orientation (TIFF tag 274, 1 to 8) in an APP1 segment's payload d
 * ("Exif\0\0" and a TIFF header), read through libexif; 1, upright, when
 * there is none or it is not one of the eight.
 */
int campaign__exif_orientation(const unsigned char *d, size_t len);

/*
 * A new RGB24 or ARGB32 surface holding src turned as orientation says
 * (2 to 8; 5 to 8 swap width and height), or an error surface for want of
 * memory. src is not changed.
 */
cairo_surface_t *campaign__surface_upright(cairo_surface_t *src, int orientation);

#endif
