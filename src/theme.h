/*
 * theme.h - how display-list items look: colours and strokes (internal).
 *
 * Shared by the two renderers, render.c (Cairo) and svg.c (SVG written
 * directly), so a chart looks the same whichever draws it.  No Cairo here.
 */
#ifndef DL_THEME_H
#define DL_THEME_H

#include "layout.h"

/* Colours of a theme, 0xRRGGBB. */
typedef struct dl_palette {
    uint32_t bg, ink, muted, faint, axis, stem, accent, span, span_text;
} dl_palette;

/* The palette of a theme (light for unknown values). */
const dl_palette *dl_palette_of(dl_theme theme);

/* The colour of a text item. */
uint32_t dl_text_color(const dl_palette *p, const dl_item *it);

/* A line item's stroke: end points (1 px lines snapped to pixel centres so
 * they stay crisp), width, colour and cap. */
typedef struct dl_stroke {
    double x0, y0, x1, y1, width;
    uint32_t color;
    int round_cap;           /* else butt */
} dl_stroke;
void dl_line_stroke(const dl_palette *p, const dl_item *it, dl_stroke *s);

/* An event marker: a disc of background of radius ring_r (none on a
 * transparent chart), then a filled dot of radius dot_r, or for hollow
 * markers a ring of radius dot_r stroked stroke_w wide. */
typedef struct dl_marker_look {
    double cx, cy, ring_r, dot_r, stroke_w;
    uint32_t bg, color;
    int ring, hollow;
} dl_marker_look;
void dl_marker_look_of(const dl_palette *p, const dl_item *it, int transparent,
                       dl_marker_look *m);

/* The fill of a span bar or a count bar. */
uint32_t dl_rect_color(const dl_palette *p, const dl_item *it);

#endif
