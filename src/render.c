/*
 * render.c - draw a computed layout into a cairo_t.
 *
 * One walk over the display list; each item is drawn by its shape with
 * the colours and strokes of theme.c (which svg.c shares).  Text uses the shared Pango context of fonts.c,
 * the one the layout measured with, so boxes and glyphs agree.
 */
#include "fonts.h"
#include "theme.h"

#include <cairo.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#define DL_PI 3.14159265358979323846

/* Set a 0xRRGGBB source colour. */
static void set_rgb(cairo_t *cr, uint32_t c)
{
    cairo_set_source_rgb(cr, ((c >> 16) & 0xFF) / 255.0, ((c >> 8) & 0xFF) / 255.0,
                         (c & 0xFF) / 255.0);
}

/* Open a PDF link to url (cairo links work in PDF only). */
static void link_begin(cairo_t *cr, const char *url)
{
    char attr[2100];
    size_t n = (size_t)snprintf(attr, sizeof attr, "uri='");
    for (const char *s = url; *s && n + 4 < sizeof attr; s++) {
        if (*s == '\'' || *s == '\\')
            attr[n++] = '\\';
        attr[n++] = *s;
    }
    attr[n++] = '\'';
    attr[n] = 0;
    cairo_tag_begin(cr, CAIRO_TAG_LINK, attr);
}

/* Draw a text item; -1 when Pango cannot make the layout. */
static int draw_text(cairo_t *cr, const dl_palette *p, const dl_item *it)
{
    PangoLayout *pl = dl_fonts_layout(it->role, it->text, it->wrap, it->max_lines);
    if (!pl)
        return -1;
    int link = it->url && cairo_surface_get_type(cairo_get_target(cr)) == CAIRO_SURFACE_TYPE_PDF;
    if (link)
        link_begin(cr, it->url);
    set_rgb(cr, dl_text_color(p, it));
    cairo_move_to(cr, it->x, it->y);
    pango_cairo_show_layout(cr, pl);
    if (link)
        cairo_tag_end(cr, CAIRO_TAG_LINK);
    g_object_unref(pl);
    return 0;
}

/* Draw a line item: axis, ticks, stems and break marks. */
static void draw_line(cairo_t *cr, const dl_palette *p, const dl_item *it)
{
    dl_stroke st;
    dl_line_stroke(p, it, &st);
    cairo_set_line_width(cr, st.width);
    cairo_set_line_cap(cr, st.round_cap ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT);
    set_rgb(cr, st.color);
    cairo_move_to(cr, st.x0, st.y0);
    cairo_line_to(cr, st.x1, st.y1);
    cairo_stroke(cr);
}

/* Draw an event marker (theme.h). */
static void draw_marker(cairo_t *cr, const dl_palette *p, const dl_item *it, int transparent)
{
    dl_marker_look m;
    dl_marker_look_of(p, it, transparent, &m);
    if (m.ring) {
        cairo_new_path(cr);
        cairo_arc(cr, m.cx, m.cy, m.ring_r, 0, 2 * DL_PI);
        set_rgb(cr, m.bg);
        cairo_fill(cr);
    }
    cairo_new_path(cr);
    cairo_arc(cr, m.cx, m.cy, m.dot_r, 0, 2 * DL_PI);
    set_rgb(cr, m.color);
    if (m.hollow) {
        cairo_set_line_width(cr, m.stroke_w);
        cairo_stroke(cr);
    } else {
        cairo_fill(cr);
    }
}

/* Draw a span bar, or a count bar. */
static void draw_rect(cairo_t *cr, const dl_palette *p, const dl_item *it)
{
    set_rgb(cr, dl_rect_color(p, it));
    cairo_rectangle(cr, it->x, it->y, it->w, it->h);
    cairo_fill(cr);
}

/* Draw the display list at the caller's origin; cairo state is restored. */
int dl_render(const dl_layout *lay, void *cairo_cr, dl_error *err)
{
    cairo_t *cr = cairo_cr;
    const dl_palette *p;
    if (!lay || !cr) {
        if (err) {
            memset(err, 0, sizeof *err);
            snprintf(err->msg, sizeof err->msg, "nothing to render");
        }
        return -1;
    }
    if (dl_fonts_use(lay->system_fonts, err))
        return -1;
    p = dl_palette_of(lay->theme);
    cairo_save(cr);
    if (!lay->transparent) {
        cairo_rectangle(cr, 0, 0, lay->width, lay->height);
        set_rgb(cr, p->bg);
        cairo_fill(cr);
    }
    int rc = 0;
    for (size_t i = 0; i < lay->n && rc == 0; i++) {
        const dl_item *it = &lay->items[i];
        switch (it->shape) {
        case DL_SHAPE_TEXT: rc = draw_text(cr, p, it); break;
        case DL_SHAPE_LINE: draw_line(cr, p, it); break;
        case DL_SHAPE_MARKER: draw_marker(cr, p, it, lay->transparent); break;
        case DL_SHAPE_RECT: draw_rect(cr, p, it); break;
        }
    }
    cairo_restore(cr);
    cairo_status_t st = cairo_status(cr);
    if (rc == 0 && st == CAIRO_STATUS_SUCCESS)
        return 0;
    if (err) {
        memset(err, 0, sizeof *err);
        snprintf(err->msg, sizeof err->msg, "cannot draw the chart: %s",
                 rc ? "out of memory" : cairo_status_to_string(st));
    }
    return -1;
}
