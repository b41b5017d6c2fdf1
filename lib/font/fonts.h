/* The fonts every text goes through (internal): see fonts.c. */
#ifndef CAMPAIGN_FONTS_H
#define CAMPAIGN_FONTS_H

#include <pango/pango.h>

/* This thread's pango font map; every use of pango goes through here. */
PangoFontMap *campaign__font_map(void);

/* 1 once campaign__font_map() has been called in any thread. */
int campaign__font_map_used(void);

/*
 * Whether the file fontconfig chose for `font` can be read: 0, or an errno
 * value, with its path in *file (valid while font lives; NULL when pango
 * does not say). cairo opens the file only when the first glyph is drawn,
 * and a file gone by then (a stale fontconfig cache, a package removed)
 * prints boxes with nothing but a warning on stderr.
 */
int campaign__font_file_error(PangoFont *font, const char **file);

/*
 * Whether family (n bytes) is a generic family: 1 for sans, sans-serif,
 * serif, monospace and mono, which fontconfig maps on every system; 2 for
 * CSS's others (cursive, fantasy, system-ui, emoji, math, ...), whose look
 * a machine may not have; 0 for a font's own name.
 */
int campaign__font_generic(const char *family, size_t n);

/*
 * What the face fontconfig chose for `want` does not honour, as a warning
 * to show where the font is named: a styled generic family (cursive),
 * naming the face it became, or a weight more than one step away from the
 * one asked for ("Serif Thin" printed in Book). NULL when all is as asked.
 * g_free() the message.
 */
char *campaign__font_unhonoured(const PangoFontDescription *want, PangoFont *font);

/* A pango context whose layout is the same at any resolution (no hinting of metrics). */
PangoContext *campaign__layout_context(void);

/*
 * Frees the calling thread's pango font map (pango keeps one per thread),
 * waiting for pango's font-sorting thread to let go of it, so that nothing
 * of it is freed later on another thread. Worker threads call it before
 * they end; campaign_shutdown() calls it for the main thread.
 */
void campaign__fontmap_release_thread(void);

#endif
