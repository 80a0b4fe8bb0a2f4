/*
 * glyphs.h - the bundled fonts compiled in: measuring and setting text
 * without Pango (internal).
 *
 * The build runs fontgen on fonts/ and compiles its tables into glyphs.c:
 * for the characters of most news text (ASCII, Latin-1, Latin Extended-A,
 * common punctuation) the advances, pair kerning, ligatures and outlines
 * of Noto Sans Regular and Bold.  Text made only of those characters is
 * measured here exactly as Pango measures it (same advances and kerning,
 * same line breaks, same line height), so a chart of such text is laid out
 * without loading Pango, and its SVG is written without Cairo (svg.c).
 * Anything else -- another script, combining marks, a word too long for
 * its line, a label cut with an ellipsis -- is "unsupported": the caller
 * then lays the whole chart out with Pango (fonts.c).
 */
#ifndef DL_GLYPHS_H
#define DL_GLYPHS_H

#include "layout.h"

enum {
    DL_GLYPHS_OK = 0,
    DL_GLYPHS_UNSUPPORTED = 1, /* Pango must do it */
    DL_GLYPHS_NOMEM = -1
};

/* Logical size of text in the role's font, wrapped at wrap px (0: one
 * line), at most max_lines lines (0: no limit); as dl_measurer. */
int dl_glyphs_measure(dl_role role, const char *text, double wrap, int max_lines,
                      double *w, double *h);

/* One glyph of set text. */
typedef struct dl_glyph {
    unsigned id;         /* the glyph's id in its face (see dl_glyph_outline) */
    int line;            /* 0 for the first line */
    double x;            /* pen position, px from the text's left edge */
} dl_glyph;

/* Set text as measured: its glyphs, in order, through fn (which returns
 * non-zero to stop).  *baseline is the first line's baseline below the
 * top, *line_h the distance between lines, *scale px per font unit; all
 * three are stored before the first call of fn. */
typedef int (*dl_glyph_fn)(void *ctx, const dl_glyph *g);
int dl_glyphs_set(dl_role role, const char *text, double wrap, int max_lines,
                  double *baseline, double *line_h, double *scale, dl_glyph_fn fn, void *ctx);

/* The role's first baseline below the top of its text, distance between
 * lines and px per font unit, as dl_glyphs_set gives them. */
void dl_glyphs_metrics(dl_role role, double *baseline, double *line_h, double *scale);

/* Font units per em of the compiled-in faces (fontgen checks that both
 * have the same). */
int dl_glyphs_units_per_em(void);

/* The outline of glyph id of the role's face: SVG path data in font
 * units, y down, origin on the baseline; "" for blank glyphs. */
const char *dl_glyph_outline(int bold, unsigned id);

/* Lay out l with the compiled-in fonts.  NULL with *unsupported set when
 * some text needs Pango (or the machine's fonts were asked for, or
 * DATELINE_FONTDIR names other fonts); NULL with err on other failures. */
dl_layout *dl_layout_builtin(const dl_events *l, const dl_chart_opts *o, dl_error *err,
                             int *unsupported);

#endif
