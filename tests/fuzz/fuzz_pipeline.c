/* fuzz_pipeline.c - the whole pipeline to an in-memory SVG: the input is
 * an article, optionally followed by "\n---csv---\n" and an events CSV;
 * dl_extract + dl_csv_read -> dl_events_merge / sort -> dl_layout_new ->
 * dl_render into a cairo SVG surface writing to memory.  The first input
 * byte picks options (theme, vertical layout, linear axis, width). */
#include "fuzz_common.h"

#include <cairo-svg.h>
#include <cairo.h>

#ifndef FUZZ_ENTRY
#define FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

/* Collects the SVG bytes (only their count is kept). */
static cairo_status_t fz_svg_sink(void *closure, const unsigned char *data, unsigned int len)
{
    (void)data;
    *(size_t *)closure += len;
    return CAIRO_STATUS_SUCCESS;
}

int FUZZ_ENTRY(const uint8_t *data, size_t size);
int FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 64 * 1024)
        return 0;
    unsigned flags = data[0];
    data++, size--;
    char *text = fz_dup(data, size);
    if (!text)
        return 0;
    size_t alen = size;
    const char *csv = NULL;
    size_t clen = 0;
    static const char sep[] = "\n---csv---\n";
    char *m = size >= sizeof sep - 1 ? strstr(text, sep) : NULL;
    if (m) {
        alen = (size_t)(m - text);
        csv = m + sizeof sep - 1;
        clen = size - alen - (sizeof sep - 1);
    }
    dl_events l;
    dl_events_init(&l);
    const char *warn = NULL;
    dl_error err;
    dl_extract_opts eo = { "fuzz.txt", NULL };
    int rc = dl_extract(text, alen, &eo, &l, &warn, &err);
    if (rc == 0)
        dl_events_merge(&l);
    if (rc == 0 && csv)
        rc = dl_csv_read(csv, clen, "fuzz.csv", &l, &warn, &err);
    if (rc == 0 && l.n > 0) {
        dl_events_sort(&l);
        static const char *themes[3] = { "light", "dark", "print" };
        static const double widths[4] = { 0, 320, 900, 2400 };
        dl_chart_opts o;
        memset(&o, 0, sizeof o);
        o.title = (flags & 1) ? "Fuzz <title> & \"quotes\"" : NULL;
        o.credit = (flags & 2) ? "Source: fuzz" : NULL;
        o.theme = themes[(flags >> 2) % 3];
        o.layout = (flags & 16) ? "vertical" : NULL;
        o.linear = (flags & 32) != 0;
        o.width = widths[(flags >> 6) & 3];
        dl_layout *lay = dl_layout_new(&l, &o, &err);
        if (lay) {
            double w, h;
            dl_layout_size(lay, &w, &h);
            size_t n = 0;
            free(dl_layout_json(lay, &n));
            if (w >= 1 && h >= 1 && w <= 32767 && h <= 32767) {
                size_t bytes = 0;
                cairo_surface_t *sf = cairo_svg_surface_create_for_stream(fz_svg_sink, &bytes, w, h);
                cairo_t *cr = cairo_create(sf);
                (void)dl_render(lay, cr, &err);
                cairo_destroy(cr);
                cairo_surface_finish(sf);
                cairo_surface_destroy(sf);
            }
            dl_layout_free(lay);
        }
    }
    dl_events_free(&l);
    free(text);
    return 0;
}
