/*
 * cmyk() colours through cairo (internal). cairo draws in RGB only, so a
 * template's cmyk(C, M, Y, K) is drawn into our PDFs as a placeholder RGB
 * colour that carries the four inks, and the colour pass (pdf_colour.h)
 * writes it back as exactly those inks, `c m y k k`. The placeholder is
 * three components of six decimals (cairo prints colours with six), which
 * hold the inks in tenths of a percent and a check number; no #rrggbb
 * colour reads as a placeholder (test_render checks all 16.7 million).
 *
 * Limits: only PDFs this library writes go through the colour pass, so
 * only they get placeholders (campaign__pdf_surface() marks the surface);
 * campaign_flyer_draw() into a caller's cairo context, and every PNG, draws
 * the screen conversion of the inks instead. An ink is a percent with at
 * most one decimal.
 */
#ifndef CAMPAIGN_CMYK_PLACEHOLDER_H
#define CAMPAIGN_CMYK_PLACEHOLDER_H

#include <cairo.h>

/* Set on a cairo PDF surface whose output goes through the colour pass. */
extern const cairo_user_data_key_t campaign__colour_pass_key;

/* Whether cr draws into a PDF whose output goes through the colour pass. */
int campaign__colour_pass_ahead(cairo_t *cr);

/*
 * cr's source set to registration colour, C = M = Y = K = 100 %, in a PDF
 * that goes through the colour pass: crop and cut marks print on every
 * plate, so the printer can register the plates and cut by them. Black
 * everywhere else (PNGs, the proof sheet), where there are no plates.
 */
void campaign__set_source_registration(cairo_t *cr);

/* The placeholder of ink (c, m, y, k in tenths of a percent, 0 to 1000 each). */
void campaign__cmyk_placeholder(const int ink[4], double rgb[3]);

/*
 * The inks rgb is the placeholder of, as cairo printed it: 0 and ink set,
 * or -1 when rgb is an ordinary colour.
 */
int campaign__cmyk_from_placeholder(const double rgb[3], int ink[4]);

#endif
