/*
 * floor.c - the floor of our stack, for `make bench`: the smallest Cairo +
 * Pango program that starts, draws the starting article's four labels to
 * an SVG file and exits (system fontconfig, as any such program would).
 * Whatever dateline does on top of this is our own cost.
 *
 * usage: floor OUT.svg
 */
#include <cairo-svg.h>
#include <pango/pangocairo.h>

int main(int argc, char **argv)
{
    if (argc != 2)
        return 2;
    cairo_surface_t *s = cairo_svg_surface_create(argv[1], 1600, 900);
    cairo_t *cr = cairo_create(s);
    PangoLayout *l = pango_cairo_create_layout(cr);
    PangoFontDescription *fd = pango_font_description_from_string("Noto Sans 14");
    pango_layout_set_font_description(l, fd);
    static const char *const labels[] = {"Invasion", "Full-scale invasion",
                                         "Talks accelerate", "Paris summit"};
    for (int i = 0; i < 4; i++) {
        cairo_move_to(cr, 100 + 350 * i, 400);
        pango_layout_set_text(l, labels[i], -1);
        pango_cairo_show_layout(cr, l);
    }
    pango_font_description_free(fd);
    g_object_unref(l);
    cairo_destroy(cr);
    cairo_surface_finish(s);
    int ok = cairo_surface_status(s) == CAIRO_STATUS_SUCCESS;
    cairo_surface_destroy(s);
    return ok ? 0 : 1;
}
