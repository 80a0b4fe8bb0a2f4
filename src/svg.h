/*
 * svg.h - SVG without Cairo, for charts set in the compiled-in fonts
 * (internal; see svg.c).
 */
#ifndef DL_SVG_H
#define DL_SVG_H

#include "layout.h"
#include "output.h"

/* The SVG document of lay, which must have builtin_text, appended to b.
 * 0, or -1 with err. */
int dl_svg_bytes(const dl_layout *lay, dl_buf *b, dl_error *err);

/* The same, written to path ("-": stdout) atomically (dl_write_bytes). */
int dl_svg_write(const dl_layout *lay, const char *path, dl_error *err);

/* The chart's <title> and <desc> elements; an invisible link box over
 * every item with a URL, coordinates scaled by s.  Shared with the Cairo
 * SVG of backend.c.  0, or -1 when out of memory. */
int dl_svg_title_desc(const dl_layout *lay, dl_buf *b);
int dl_svg_links(const dl_layout *lay, double s, dl_buf *b);

#endif
