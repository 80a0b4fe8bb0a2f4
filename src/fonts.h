/*
 * fonts.h - the bundled fonts through a private fontconfig configuration
 * (internal; used by layout measurement and rendering).
 *
 * One process-wide Pango font map and context, created on first use and
 * released by dl_shutdown().  Not thread-safe.
 */
#ifndef DL_FONTS_H
#define DL_FONTS_H

#include <pango/pangocairo.h>

#include "layout.h"

/* Load the fonts (once; the bundled ones only, unless dl_fonts_use(1)
 * came first).  -1 and err when none can be loaded. */
int dl_fonts_init(dl_error *err);

/* Make the font state bundled-only (system == 0) or bundled plus the
 * machine's fonts from fontconfig's default configuration (system == 1),
 * reloading it when the mode changes.  -1 and err on failure. */
int dl_fonts_use(int system, dl_error *err);

/* A new layout of text in the role's font, wrapped at wrap px (0: none),
 * at most max_lines lines with an ellipsis (0: no limit), made in the
 * shared context, so drawing it gives exactly the measured size.  Caller
 * unrefs.  NULL when out of memory or fonts are not initialised. */
PangoLayout *dl_fonts_layout(dl_role role, const char *text, double wrap, int max_lines);

/* The measurer for dl_layout_build backed by the bundled fonts. */
extern const dl_measurer dl_fonts_measurer;

/* Release everything dl_fonts_init made.  -1 when the font map is still
 * referenced elsewhere afterwards (then static data must stay). */
int dl_fonts_shutdown(void);

#endif
