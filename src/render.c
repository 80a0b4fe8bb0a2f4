/*
 * render.c - draw a computed layout into a cairo_t.
 *
 * One walk over the display list; each item is drawn by its shape with
 * the colours of a theme.  Text uses the shared Pango context of fonts.c,
 * the one the layout measured with, so boxes and glyphs agree.
 */
#include "fonts.h"

#include <cairo.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#define DL_PI 3.14159265358979323846

/* Colours of a theme, 0xRRGGBB. */
typedef struct palette {
    uint32_t bg, ink, muted, faint, axis, stem, accent, span, span_text;
} palette;

/* The themes, by dl_theme: light (near-black type, grey scaffolding, one
 * muted blue accent), dark (the same roles on a charcoal ground) and print
 * (black and greys only, nothing that needs colour to be read). */
static const palette themes[3] = {
    [DL_THEME_LIGHT] = {
        .bg = 0xFFFFFF, .ink = 0x1B1B1B, .muted = 0x5E6369, .faint = 0x8A8F94,
        .axis = 0x2B2B2B, .stem = 0xB9BDC1, .accent = 0x2F5D8A, .span = 0x8DAECB,
        .span_text = 0x1B1B1B,
    },
    [DL_THEME_DARK] = {
        .bg = 0x17191C, .ink = 0xEDEEEF, .muted = 0xAEB4BA, .faint = 0x878D94,
        .axis = 0xC9CDD1, .stem = 0x4B5158, .accent = 0x79AEE0, .span = 0x3F6A93,
        .span_text = 0xEDEEEF,
    },
    [DL_THEME_PRINT] = {
        .bg = 0xFFFFFF, .ink = 0x000000, .muted = 0x333333, .faint = 0x555555,
        .axis = 0x000000, .stem = 0x8C8C8C, .accent = 0x000000, .span = 0x9A9A9A,
        .span_text = 0x000000,
    },
};

/* Set a 0xRRGGBB source colour. */
static void set_rgb(cairo_t *cr, uint32_t c)
{
    cairo_set_source_rgb(cr, ((c >> 16) & 0xFF) / 255.0, ((c >> 8) & 0xFF) / 255.0,
                         (c & 0xFF) / 255.0);
}

/* A data colour made lighter by share (0-1) of the way to white, so lane
 * colours chosen for white paper stay legible on the dark theme. */
static uint32_t lighten(uint32_t c, double share)
{
    uint32_t out = 0;
    for (int k = 16; k >= 0; k -= 8) {
        double v = (double)((c >> k) & 0xFF);
        v += (255.0 - v) * share;
        out |= (uint32_t)(v + 0.5) << k;
    }
    return out;
}

/* The colour of data (markers, bars, lane labels) in a theme. */
static uint32_t data_color(const palette *p, uint32_t c, double dark_share)
{
    return p == &themes[DL_THEME_DARK] ? lighten(c, dark_share) : c;
}

/* The text colour of an item. */
static uint32_t text_color(const palette *p, const dl_item *it)
{
    if (it->kind == DL_K_LANE)
        return it->has_color && p != &themes[DL_THEME_PRINT] ? data_color(p, it->color, 0.45)
                                                             : p->ink;
    switch (it->kind) {
    case DL_K_TITLE:
    case DL_K_LABEL:
    case DL_K_SPAN_LABEL:
        return p->ink;
    case DL_K_MORE:
    case DL_K_NOTE:
    case DL_K_CREDIT:
        return p->faint;
    default:
        return p->muted;
    }
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
static int draw_text(cairo_t *cr, const palette *p, const dl_item *it)
{
    PangoLayout *pl = dl_fonts_layout(it->role, it->text, it->wrap, it->max_lines);
    if (!pl)
        return -1;
    int link = it->url && cairo_surface_get_type(cairo_get_target(cr)) == CAIRO_SURFACE_TYPE_PDF;
    if (link)
        link_begin(cr, it->url);
    set_rgb(cr, text_color(p, it));
    cairo_move_to(cr, it->x, it->y);
    pango_cairo_show_layout(cr, pl);
    if (link)
        cairo_tag_end(cr, CAIRO_TAG_LINK);
    g_object_unref(pl);
    return 0;
}

/* Snap a coordinate to the pixel centre so 1 px strokes stay crisp. */
static double crisp(double v)
{
    return floor(v) + 0.5;
}

/* Draw a line item: axis, ticks, stems and break marks. */
static void draw_line(cairo_t *cr, const palette *p, const dl_item *it)
{
    double x0 = it->x0, y0 = it->y0, x1 = it->x1, y1 = it->y1;
    double lw = 1.0;
    uint32_t col = p->axis;
    switch (it->kind) {
    case DL_K_AXIS: lw = 1.5; break;
    case DL_K_BREAK: lw = 1.5; break;
    case DL_K_TICK: col = p->faint; break;
    case DL_K_STEM: col = p->stem; break;
    case DL_K_LANE_LINE: col = p->stem; break;
    default: break;
    }
    if (x0 == x1 && lw == 1.0)
        x0 = x1 = crisp(x0);
    if (y0 == y1 && lw == 1.0)
        y0 = y1 = crisp(y0);
    cairo_set_line_width(cr, lw);
    cairo_set_line_cap(cr, it->kind == DL_K_AXIS ? CAIRO_LINE_CAP_BUTT : CAIRO_LINE_CAP_ROUND);
    set_rgb(cr, col);
    cairo_move_to(cr, x0, y0);
    cairo_line_to(cr, x1, y1);
    cairo_stroke(cr);
}

/* Draw an event marker: a filled dot with a ring of background (none on a
 * transparent background), or a small hollow dot for events without a
 * visible label. */
static void draw_marker(cairo_t *cr, const palette *p, const dl_item *it, int transparent)
{
    double cx = it->x + it->w / 2, cy = it->y + it->h / 2, r = it->w / 2;
    uint32_t col = it->has_color && p != &themes[DL_THEME_PRINT] ? data_color(p, it->color, 0.3)
                                                                 : p->accent;
    if (!transparent) {                 /* a ring of background around the dot */
        cairo_new_path(cr);
        cairo_arc(cr, cx, cy, r, 0, 2 * DL_PI);
        set_rgb(cr, p->bg);
        cairo_fill(cr);
    }
    if (it->hollow) {
        cairo_set_line_width(cr, 1.2);
        set_rgb(cr, col);
        cairo_new_path(cr);
        cairo_arc(cr, cx, cy, r - 0.6, 0, 2 * DL_PI);
        cairo_stroke(cr);
        return;
    }
    cairo_new_path(cr);
    cairo_arc(cr, cx, cy, r - 1.2, 0, 2 * DL_PI);
    set_rgb(cr, col);
    cairo_fill(cr);
}

/* Draw a span bar, or a count bar (in the markers' colour). */
static void draw_rect(cairo_t *cr, const palette *p, const dl_item *it)
{
    int count = it->kind == DL_K_DENSITY;
    uint32_t col = it->has_color && p != &themes[DL_THEME_PRINT]
                       ? data_color(p, it->color, count ? 0.3 : 0.15)
                       : count ? p->accent : p->span;
    set_rgb(cr, col);
    cairo_rectangle(cr, it->x, it->y, it->w, it->h);
    cairo_fill(cr);
}

/* Draw the display list at the caller's origin; cairo state is restored. */
int dl_render(const dl_layout *lay, void *cairo_cr, dl_error *err)
{
    cairo_t *cr = cairo_cr;
    const palette *p;
    if (!lay || !cr) {
        if (err) {
            memset(err, 0, sizeof *err);
            snprintf(err->msg, sizeof err->msg, "nothing to render");
        }
        return -1;
    }
    if (dl_fonts_use(lay->system_fonts, err))
        return -1;
    p = &themes[lay->theme <= DL_THEME_PRINT ? lay->theme : DL_THEME_LIGHT];
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
