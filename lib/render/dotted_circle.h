/*
 * Marks that print on a dotted circle (internal). A combining mark with no
 * letter to sit on (at the start of a text, after a space, a second vowel
 * sign on one consonant) is drawn by HarfBuzz on U+25CC, a dotted circle the
 * text does not hold: a misprint with exit 0, as a box for a missing glyph
 * is. Found in the laid-out glyphs, so every script's rule is HarfBuzz's own.
 */
#ifndef CAMPAIGN_RENDER_DOTTED_CIRCLE_H
#define CAMPAIGN_RENDER_DOTTED_CIRCLE_H

#include <pango/pango.h>

/*
 * 1 and the mark in *mark when layout prints a dotted circle that its text
 * does not hold (the character whose cluster it is in), else 0.
 */
int campaign__dotted_circle_find(PangoLayout *layout, gunichar *mark);

#endif
