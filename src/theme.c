/*
 * theme.c - colours and strokes of the display list (theme.h).
 */
#include "theme.h"

#include <math.h>

/* The themes, by dl_theme: light (near-black type, grey scaffolding, one
 * muted blue accent), dark (the same roles on a charcoal ground) and print
 * (black and greys only, nothing that needs colour to be read). */
static const dl_palette themes[3] = {
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

const dl_palette *dl_palette_of(dl_theme theme)
{
    return &themes[theme <= DL_THEME_PRINT ? theme : DL_THEME_LIGHT];
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
static uint32_t data_color(const dl_palette *p, uint32_t c, double dark_share)
{
    return p == &themes[DL_THEME_DARK] ? lighten(c, dark_share) : c;
}

uint32_t dl_text_color(const dl_palette *p, const dl_item *it)
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

/* Snap a coordinate to the pixel centre so 1 px strokes stay crisp. */
static double crisp(double v)
{
    return floor(v) + 0.5;
}

void dl_line_stroke(const dl_palette *p, const dl_item *it, dl_stroke *s)
{
    s->x0 = it->x0;
    s->y0 = it->y0;
    s->x1 = it->x1;
    s->y1 = it->y1;
    s->width = 1.0;
    s->color = p->axis;
    switch (it->kind) {
    case DL_K_AXIS: s->width = 1.5; break;
    case DL_K_BREAK: s->width = 1.5; break;
    case DL_K_TICK: s->color = p->faint; break;
    case DL_K_STEM: s->color = p->stem; break;
    case DL_K_LANE_LINE: s->color = p->stem; break;
    default: break;
    }
    if (s->x0 == s->x1 && s->width == 1.0)
        s->x0 = s->x1 = crisp(s->x0);
    if (s->y0 == s->y1 && s->width == 1.0)
        s->y0 = s->y1 = crisp(s->y0);
    s->round_cap = it->kind != DL_K_AXIS;
}

void dl_marker_look_of(const dl_palette *p, const dl_item *it, int transparent,
                       dl_marker_look *m)
{
    double r = it->w / 2;
    m->cx = it->x + it->w / 2;
    m->cy = it->y + it->h / 2;
    m->ring = !transparent;
    m->ring_r = r;
    m->bg = p->bg;
    m->color = it->has_color && p != &themes[DL_THEME_PRINT] ? data_color(p, it->color, 0.3)
                                                             : p->accent;
    m->hollow = it->hollow;
    m->stroke_w = it->hollow ? 1.2 : 0;
    m->dot_r = it->hollow ? r - 0.6 : r - 1.2;
}

uint32_t dl_rect_color(const dl_palette *p, const dl_item *it)
{
    int count = it->kind == DL_K_DENSITY;
    return it->has_color && p != &themes[DL_THEME_PRINT]
               ? data_color(p, it->color, count ? 0.3 : 0.15)
               : count ? p->accent : p->span;
}
