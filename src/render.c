/*
 * render.c - draw a computed layout into a cairo_t.
 *
 * One walk over the display list; each item is drawn by its shape with
 * the colours and strokes of theme.c (which svg.c shares).  Text uses the
 * shared Pango context of fonts.c, the one the layout measured with, so
 * boxes and glyphs agree.
 *
 * Built with DL_NO_PANGO (the command line's raster module, see the
 * Makefile), it draws only layouts set in the compiled-in fonts
 * (lay->builtin_text, glyphs.h), filling their glyph outlines as paths:
 * a PNG of Latin text then needs Cairo alone, not Pango, glib or
 * fontconfig.
 */
#ifdef DL_NO_PANGO
#include "layout.h"
#else
#include "fonts.h"
#endif
#include "glyphs.h"
#include "theme.h"

#include <cairo.h>
#include <stdlib.h>
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

#ifndef DL_NO_PANGO
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

#endif

#ifdef DL_NO_PANGO
/* Append an outline (SVG path data in font units, glyphs.h) to the
 * current path at pen position (x, y), in font units. */
static void add_outline(cairo_t *cr, const char *d, double x, double y)
{
    double v[6], cx = 0, cy = 0;
    while (*d) {
        char op = *d++;
        int n = op == 'Q' ? 4 : op == 'C' ? 6 : op == 'Z' ? 0 : 2;
        for (int i = 0; i < n; i++) {
            char *end;
            v[i] = strtod(d, &end);
            d = end;
            while (*d == ' ')
                d++;
        }
        switch (op) {
        case 'M': cairo_move_to(cr, x + v[0], y + v[1]); break;
        case 'L': cairo_line_to(cr, x + v[0], y + v[1]); break;
        case 'Q':                       /* quadratic as cubic */
            cairo_get_current_point(cr, &cx, &cy);
            cairo_curve_to(cr, cx + 2.0 / 3 * (x + v[0] - cx), cy + 2.0 / 3 * (y + v[1] - cy),
                           x + v[2] + 2.0 / 3 * (v[0] - v[2]), y + v[3] + 2.0 / 3 * (v[1] - v[3]),
                           x + v[2], y + v[3]);
            break;
        case 'C':
            cairo_curve_to(cr, x + v[0], y + v[1], x + v[2], y + v[3], x + v[4], y + v[5]);
            break;
        case 'Z': cairo_close_path(cr); break;
        default: return;                /* not ours: stop */
        }
    }
}

/* The compiled-in faces as cairo user fonts: cairo renders each glyph
 * once per size from its outline and caches it, as it does for the fonts
 * Pango hands it, so a chart of thousands of labels costs little more to
 * draw than one through Pango. */
static cairo_font_face_t *user_face[2];
static const cairo_user_data_key_t face_key;

static cairo_status_t render_glyph(cairo_scaled_font_t *sf, unsigned long glyph, cairo_t *cr,
                                   cairo_text_extents_t *extents)
{
    (void)extents;
    int bold = cairo_font_face_get_user_data(cairo_scaled_font_get_font_face(sf), &face_key) != NULL;
    double em = dl_glyphs_units_per_em();
    cairo_scale(cr, 1 / em, 1 / em);     /* font space is one em; outlines are in font units */
    add_outline(cr, dl_glyph_outline(bold, (unsigned)glyph), 0, 0);
    cairo_fill(cr);
    return CAIRO_STATUS_SUCCESS;
}

/* The user font face of a weight, made once; NULL when cairo cannot. */
static cairo_font_face_t *face_of(int bold)
{
    if (!user_face[bold]) {
        cairo_font_face_t *f = cairo_user_font_face_create();
        cairo_user_font_face_set_render_glyph_func(f, render_glyph);
        if (bold)
            cairo_font_face_set_user_data(f, &face_key, (void *)1, NULL);
        if (cairo_font_face_status(f) != CAIRO_STATUS_SUCCESS) {
            cairo_font_face_destroy(f);
            return NULL;
        }
        user_face[bold] = f;
    }
    return user_face[bold];
}

/* A text item's glyphs as cairo glyphs. */
typedef struct glyph_run {
    cairo_glyph_t *v;
    size_t n, cap;
    double x, y, line_h;
} glyph_run;

static int add_glyph(void *ctx, const dl_glyph *g)
{
    glyph_run *r = ctx;
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 64;
        cairo_glyph_t *v = realloc(r->v, cap * sizeof *v);
        if (!v)
            return -1;
        r->v = v;
        r->cap = cap;
    }
    r->v[r->n++] = (cairo_glyph_t){g->id, r->x + g->x, r->y + g->line * r->line_h};
    return 0;
}

/* Draw a text item of a builtin_text layout with the user fonts; -1 when
 * the text cannot be set so or memory runs out. */
static int draw_text(cairo_t *cr, const dl_palette *p, const dl_item *it)
{
    int bold = dl_role_fonts[it->role].bold;
    cairo_font_face_t *face = face_of(bold);
    double base, scale;
    glyph_run r = {0};
    dl_glyphs_metrics(it->role, &base, &r.line_h, &scale);
    r.x = it->x;
    r.y = it->y + base;
    if (!face || dl_glyphs_set(it->role, it->text, it->wrap, it->max_lines, &base, &r.line_h,
                               &scale, add_glyph, &r) != DL_GLYPHS_OK) {
        free(r.v);
        return -1;
    }
    cairo_save(cr);
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_set_font_options(cr, fo);
    cairo_font_options_destroy(fo);
    cairo_set_font_face(cr, face);
    cairo_set_font_size(cr, dl_role_fonts[it->role].size);
    set_rgb(cr, dl_text_color(p, it));
    cairo_show_glyphs(cr, r.v, (int)r.n);
    cairo_restore(cr);
    free(r.v);
    return 0;
}

/* Release the user fonts (dl_shutdown of the raster module). */
void dl_render_release(void)
{
    for (int b = 0; b < 2; b++) {
        cairo_font_face_destroy(user_face[b]);
        user_face[b] = NULL;
    }
}
#else
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
#endif

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
#ifdef DL_NO_PANGO
    if (!lay->builtin_text) {
        if (err) {
            memset(err, 0, sizeof *err);
            snprintf(err->msg, sizeof err->msg, "this chart's text needs Pango to be drawn");
        }
        return -1;
    }
#else
    if (dl_fonts_use(lay->system_fonts, err))
        return -1;
#endif
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
