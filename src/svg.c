/*
 * svg.c - SVG written directly from the display list, without Cairo.
 *
 * For layouts whose text the compiled-in fonts set (lay->builtin_text,
 * glyphs.h), the command line draws SVG here and never loads Cairo or
 * Pango: the chart module's libraries cost more than the rest of the run.
 * The picture is the one render.c draws through Cairo: the same items,
 * colours and strokes (theme.c), text as the same glyph outlines at the
 * same positions, defined once each in <defs> and placed with <use>, so
 * the file looks the same everywhere and needs no fonts.  Like backend.c's
 * SVG it carries the chart's <title> and <desc> (the events as text) and
 * a link box over every label with a URL.
 */
#include "svg.h"

#include "glyphs.h"
#include "theme.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Append v with at most decimals (0-9) digits after the point, without
 * trailing zeros ("12.5", "3", "-0.25").  Done by hand: a chart of
 * 10,000 events writes some 400,000 numbers, and snprintf's "%.*f" was a
 * fifth of that run. */
static void num(dl_buf *b, double v, int decimals)
{
    static const long long pow10[10] = {1, 10, 100, 1000, 10000, 100000, 1000000,
                                        10000000, 100000000, 1000000000};
    char t[48];
    if (!(fabs(v) < 1e9) || decimals < 0 || decimals > 9) {
        snprintf(t, sizeof t, "%.*g", 12, v);      /* not a chart coordinate */
        dl_buf_str(b, t);
        return;
    }
    long long q = llround(fabs(v) * (double)pow10[decimals]);
    char *e = t + sizeof t, *p = e;
    int d = decimals;
    while (d > 0 && q % 10 == 0) {                 /* trailing zeros go */
        q /= 10;
        d--;
    }
    for (int i = 0; i < d; i++) {
        *--p = (char)('0' + q % 10);
        q /= 10;
    }
    if (d > 0)
        *--p = '.';
    do {
        *--p = (char)('0' + q % 10);
        q /= 10;
    } while (q > 0);
    if (v < 0 && !(p[0] == '0' && p + 1 == e))
        *--p = '-';
    dl_buf_put(b, p, (size_t)(e - p));
}

static void color(dl_buf *b, const char *attr, uint32_t c)
{
    dl_buf_printf(b, " %s=\"#%06x\"", attr, (unsigned)(c & 0xFFFFFF));
}

int dl_svg_title_desc(const dl_layout *lay, dl_buf *b)
{
    dl_buf_str(b, "<title>");
    dl_buf_xml(b, lay->title && *lay->title ? lay->title : "Timeline");
    dl_buf_str(b, "</title>\n<desc>");
    dl_buf_xml(b, lay->desc ? lay->desc : "");
    return dl_buf_str(b, "</desc>\n");
}

int dl_svg_links(const dl_layout *lay, double s, dl_buf *b)
{
    for (size_t i = 0; i < lay->n; i++) {
        const dl_item *it = &lay->items[i];
        if (!it->url)
            continue;
        dl_buf_str(b, "<a xlink:href=\"");
        dl_buf_xml(b, it->url);
        dl_buf_printf(b, "\"><rect x=\"%.3f\" y=\"%.3f\" width=\"%.3f\" height=\"%.3f\" "
                      "fill=\"#fff\" fill-opacity=\"0\"/></a>\n",
                      it->x * s, it->y * s, it->w * s, it->h * s);
    }
    return b->oom ? -1 : 0;
}

/* The glyphs a chart uses, by face: ids below LIMIT are code points, the
 * ligatures follow them. */
enum { ID_LIMIT = 0x2300, LIG_BASE = 0x110000, NLIG = 64 };

typedef unsigned char used_set[2][ID_LIMIT + NLIG];

static size_t used_slot(unsigned id)
{
    return id >= LIG_BASE ? ID_LIMIT + (id - LIG_BASE) % NLIG : id % ID_LIMIT;
}

/* Emitting one text item's <use> elements, noting the glyphs used. */
typedef struct use_ctx {
    dl_buf *b;
    used_set *used;
    int bold;
    double scale, line_h;
} use_ctx;

static int put_use(void *ctx, const dl_glyph *g)
{
    use_ctx *u = ctx;
    (*u->used)[u->bold][used_slot(g->id)] = 1;
    dl_buf_printf(u->b, "<use xlink:href=\"#%c%x\" x=\"", u->bold ? 'b' : 'r', g->id);
    num(u->b, g->x / u->scale, 1);
    if (g->line) {
        dl_buf_str(u->b, "\" y=\"");
        num(u->b, g->line * u->line_h / u->scale, 1);
    }
    return dl_buf_str(u->b, "\"/>");
}

/* A text item: a group at its first baseline, in font units. */
static int put_text(dl_buf *b, used_set *used, const dl_palette *p, const dl_item *it)
{
    double base;
    use_ctx u = {b, used, dl_role_fonts[it->role].bold, 0, 0};
    dl_glyphs_metrics(it->role, &base, &u.line_h, &u.scale);
    dl_buf_str(b, "<g");
    color(b, "fill", dl_text_color(p, it));
    dl_buf_str(b, " transform=\"translate(");
    num(b, it->x, 3);
    dl_buf_str(b, " ");
    num(b, it->y + base, 3);
    dl_buf_str(b, ") scale(");
    num(b, u.scale, 7);
    dl_buf_str(b, ")\">");
    int rc = dl_glyphs_set(it->role, it->text, it->wrap, it->max_lines, &base, &u.line_h,
                           &u.scale, put_use, &u);
    dl_buf_str(b, "</g>\n");
    return rc == DL_GLYPHS_OK ? 0 : -1;
}

static void put_line(dl_buf *b, const dl_palette *p, const dl_item *it)
{
    dl_stroke s;
    dl_line_stroke(p, it, &s);
    dl_buf_str(b, "<path d=\"M");
    num(b, s.x0, 3);
    dl_buf_str(b, " ");
    num(b, s.y0, 3);
    dl_buf_str(b, "L");
    num(b, s.x1, 3);
    dl_buf_str(b, " ");
    num(b, s.y1, 3);
    dl_buf_str(b, "\" fill=\"none\"");
    color(b, "stroke", s.color);
    dl_buf_str(b, " stroke-width=\"");
    num(b, s.width, 2);
    dl_buf_str(b, s.round_cap ? "\" stroke-linecap=\"round\"/>\n" : "\"/>\n");
}

/* Append ' name="v"' for each of n attributes. */
static void attrs(dl_buf *b, const char *const *names, const double *v, int n)
{
    for (int i = 0; i < n; i++) {
        dl_buf_printf(b, " %s=\"", names[i]);
        num(b, v[i], 3);
        dl_buf_str(b, "\"");
    }
}

static void circle(dl_buf *b, double cx, double cy, double r)
{
    static const char *const names[] = {"cx", "cy", "r"};
    dl_buf_str(b, "<circle");
    attrs(b, names, (const double[]){cx, cy, r}, 3);
}

static void put_marker(dl_buf *b, const dl_palette *p, const dl_item *it, int transparent)
{
    dl_marker_look m;
    dl_marker_look_of(p, it, transparent, &m);
    if (m.ring) {
        circle(b, m.cx, m.cy, m.ring_r);
        color(b, "fill", m.bg);
        dl_buf_str(b, "/>\n");
    }
    circle(b, m.cx, m.cy, m.dot_r);
    if (m.hollow) {
        dl_buf_str(b, " fill=\"none\"");
        color(b, "stroke", m.color);
        dl_buf_str(b, " stroke-width=\"");
        num(b, m.stroke_w, 2);
        dl_buf_str(b, "\"/>\n");
    } else {
        color(b, "fill", m.color);
        dl_buf_str(b, "/>\n");
    }
}

static void rect(dl_buf *b, double x, double y, double w, double h, uint32_t c)
{
    static const char *const names[] = {"x", "y", "width", "height"};
    dl_buf_str(b, "<rect");
    attrs(b, names, (const double[]){x, y, w, h}, 4);
    color(b, "fill", c);
    dl_buf_str(b, "/>\n");
}

/* <defs>: the outline of every glyph the chart uses, once. */
static void put_defs(dl_buf *b, used_set *used)
{
    dl_buf_str(b, "<defs>\n");
    for (int f = 0; f < 2; f++)
        for (unsigned s = 0; s < ID_LIMIT + NLIG; s++) {
            if (!(*used)[f][s])
                continue;
            unsigned id = s < ID_LIMIT ? s : LIG_BASE + (s - ID_LIMIT);
            const char *d = dl_glyph_outline(f, id);
            if (!*d)
                continue;              /* blank glyphs: spaces */
            dl_buf_printf(b, "<path id=\"%c%x\" d=\"", f ? 'b' : 'r', id);
            dl_buf_str(b, d);
            dl_buf_str(b, "\"/>\n");
        }
    dl_buf_str(b, "</defs>\n");
}

/* The drawing itself, into body, noting the glyphs it uses; 0 or -1. */
static int put_body(dl_buf *body, used_set *used, const dl_layout *lay, double vw, double vh)
{
    const dl_palette *p = dl_palette_of(lay->theme);
    if (!lay->transparent)
        rect(body, 0, 0, vw, vh, p->bg);
    int rc = 0;
    for (size_t i = 0; i < lay->n && rc == 0; i++) {
        const dl_item *it = &lay->items[i];
        switch (it->shape) {
        case DL_SHAPE_TEXT: rc = put_text(body, used, p, it); break;
        case DL_SHAPE_LINE: put_line(body, p, it); break;
        case DL_SHAPE_MARKER: put_marker(body, p, it, lay->transparent); break;
        case DL_SHAPE_RECT: rect(body, it->x, it->y, it->w, it->h, dl_rect_color(p, it)); break;
        }
    }
    dl_svg_links(lay, 1.0, body);
    return rc;
}

int dl_svg_bytes(const dl_layout *lay, dl_buf *b, dl_error *err)
{
    double lw, lh;
    dl_layout_size(lay, &lw, &lh);
    if (!lay->builtin_text) {
        dl_io_error(err, NULL, "the chart's text needs Pango to be drawn", NULL);
        return -1;
    }
    if (!(lw >= 1 && lh >= 1 && lw <= 32767 && lh <= 32767)) {
        dl_io_error(err, NULL, "the chart size is out of range (1 to 32767 px a side)", NULL);
        return -1;
    }
    /* the document's size in its unit; the drawing, in px, scaled to it */
    static const char *const unit[5] = {"px", "pt", "mm", "cm", "in"};
    static const double per_px[5] = {1.0, 0.75, 25.4 / 96, 2.54 / 96, 1.0 / 96};
    int u = lay->unit >= 0 && lay->unit < 5 ? lay->unit : 0;
    double vw = u ? lw : ceil(lw), vh = u ? lh : ceil(lh);
    dl_buf_str(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "
               "xmlns=\"http://www.w3.org/2000/svg\" "
               "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"");
    num(b, vw * per_px[u], 6);
    dl_buf_printf(b, "%s\" height=\"", unit[u]);
    num(b, vh * per_px[u], 6);
    dl_buf_printf(b, "%s\" viewBox=\"0 0 ", unit[u]);
    num(b, vw * per_px[u], 6);
    dl_buf_str(b, " ");
    num(b, vh * per_px[u], 6);
    dl_buf_str(b, "\" version=\"1.1\">\n");
    dl_svg_title_desc(lay, b);
    /* the drawing is made first, set once, so that <defs> holds just the
       glyphs it uses */
    used_set *used = calloc(1, sizeof *used);
    dl_buf body = {0};
    int rc = used ? put_body(&body, used, lay, vw, vh) : -1;
    if (used)
        put_defs(b, used);
    free(used);
    if (u) {                    /* user units are the document's unit, as in Cairo's SVG */
        dl_buf_str(b, "<g transform=\"scale(");
        num(b, per_px[u], 9);
        dl_buf_str(b, ")\">\n");
    }
    if (body.n)
        dl_buf_put(b, body.p, body.n);
    b->oom |= body.oom || !used;
    free(body.p);
    dl_buf_str(b, u ? "</g>\n</svg>\n" : "</svg>\n");
    if (rc || b->oom) {
        dl_io_error(err, NULL, rc && !b->oom ? "cannot set a text of the chart" : "out of memory",
                    NULL);
        return -1;
    }
    return 0;
}

int dl_svg_write(const dl_layout *lay, const char *path, dl_error *err)
{
    dl_buf b = {0};
    int rc = dl_svg_bytes(lay, &b, err);
    if (rc == 0)
        rc = dl_write_bytes(path, b.p, b.n, err);
    free(b.p);
    return rc;
}
