/*
 * layout.h - chart geometry (internal).
 *
 * The layout is pure geometry: it knows nothing about Cairo or Pango.  Text
 * is sized through a dl_measurer callback (the real one lives in fonts.c;
 * the tests pass a fixed-width fake), and the result is a display list of
 * dl_items that render.c walks in order.  All lengths are in px (1/96 in),
 * y grows downwards, the canvas origin is the top-left corner.
 */
#ifndef DL_LAYOUT_H
#define DL_LAYOUT_H

#include "dateline.h"

/* The font of a piece of text: size in px and weight, see dl_role_fonts. */
typedef enum dl_role {
    DL_ROLE_TITLE, DL_ROLE_SUBTITLE, DL_ROLE_CREDIT, DL_ROLE_NOTE,
    DL_ROLE_LABEL, DL_ROLE_DATE, DL_ROLE_MORE, DL_ROLE_TICK,
    DL_ROLE_SPAN_LABEL, DL_ROLE_SPAN_DATE, DL_ROLE_LANE,
    DL_ROLE_COUNT
} dl_role;

typedef struct dl_role_font {
    double size; /* px; never below 8 pt = 10.67 px */
    int bold;
} dl_role_font;

extern const dl_role_font dl_role_fonts[DL_ROLE_COUNT];

/* Text measurement.  measure() gives the logical size of text set in the
 * role's font, wrapped at wrap px (0: one line), cut to max_lines lines
 * with an ellipsis (0: no limit).  Returns 0, or -1 on failure. */
typedef struct dl_measurer {
    void *ctx;
    int (*measure)(void *ctx, dl_role role, const char *text, double wrap,
                   int max_lines, double *w, double *h);
} dl_measurer;

/* What an item is; the names are those of the layout JSON. */
typedef enum dl_kind {
    DL_K_TITLE, DL_K_SUBTITLE, DL_K_CREDIT, DL_K_NOTE,
    DL_K_LABEL, DL_K_DATE, DL_K_MORE, DL_K_TICK_LABEL,
    DL_K_SPAN_LABEL, DL_K_SPAN_DATE, DL_K_LANE,
    DL_K_MARKER, DL_K_AXIS, DL_K_TICK, DL_K_STEM, DL_K_BREAK, DL_K_SPAN, DL_K_LANE_LINE,
    DL_K_DENSITY,            /* a count bar: unlabelled events close together */
    DL_K_COUNT
} dl_kind;

/* How an item is drawn. */
typedef enum dl_shape {
    DL_SHAPE_TEXT,   /* text at (x, y), wrapped at wrap, max_lines lines */
    DL_SHAPE_MARKER, /* a dot filling the box */
    DL_SHAPE_LINE,   /* a stroke from (x0, y0) to (x1, y1) */
    DL_SHAPE_RECT    /* a filled box */
} dl_shape;

/* One thing on the chart.  (x, y, w, h) is its box: for text the logical
 * extents, for lines the stroke's bounds. */
typedef struct dl_item {
    dl_kind kind;
    dl_shape shape;
    long ev;                 /* event index in the dl_events, or -1 */
    double x, y, w, h;
    double x0, y0, x1, y1;   /* DL_SHAPE_LINE only */
    char *text;              /* DL_SHAPE_TEXT only; owned */
    dl_role role;
    double wrap;             /* 0: no wrapping */
    int max_lines;           /* 0: no limit */
    uint32_t color;          /* 0xRRGGBB when has_color (event colours) */
    int has_color;
    int hollow;              /* markers of events without a visible label */
    const char *url;         /* the event's link (labels), or NULL */
    size_t count;            /* DL_K_DENSITY: events it stands for */
} dl_item;

/* Colour themes, see render.c. */
typedef enum dl_theme { DL_THEME_LIGHT, DL_THEME_DARK, DL_THEME_PRINT } dl_theme;

/* The computed chart: canvas size and the display list in drawing order. */
struct dl_layout {
    double width, height;
    dl_theme theme;
    int transparent;
    double dpi;              /* PNG pixels per inch (96: one per px) */
    int unit;                /* SVG unit: 0 px, 1 pt, 2 mm, 3 cm, 4 in */
    dl_item *items;
    size_t n, cap;
    char *title;             /* for document metadata; may be NULL */
    char *desc;              /* the events as plain text, for SVG / PDF */
    char *warning;           /* e.g. characters the fonts lack; may be NULL */
    size_t hidden;           /* events shown only as markers / counts */
    int system_fonts;        /* drawn with the machine's fonts too */
    int builtin_text;        /* measured with the compiled-in fonts (glyphs.h) */
};

extern const char *const dl_kind_names[DL_K_COUNT];

/* Lay out l (sorted by start) with the given measurer.  NULL + err on
 * failure (bad options, out of memory, measurement failure). */
dl_layout *dl_layout_build(const dl_events *l, const dl_chart_opts *o,
                           const dl_measurer *m, dl_error *err);

/* A warning about the chart (characters the bundled fonts lack, drawn
 * as boxes), or NULL.  Owned by the layout.  (Candidate for dateline.h.) */
const char *dl_layout_warning(const dl_layout *lay);

/* Default canvas width and the accepted range, in px. */
#define DL_DEFAULT_WIDTH 1600.0
#define DL_DEFAULT_VWIDTH 720.0  /* vertical layout */
#define DL_MIN_WIDTH 240.0
#define DL_MAX_SIDE 32767.0

#endif
