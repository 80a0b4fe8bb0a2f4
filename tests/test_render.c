/* test_render.c - real fonts, real Cairo: key charts against golden PNGs.
 *
 * Each case lays out a fixed event list, draws it with dl_render into an
 * image surface and compares it with tests/golden/render-NAME.png, pixel by
 * pixel: a pixel differs when a channel is off by more than 24, and at
 * most 0.5% of the pixels may differ (glyph antialiasing may move a little
 * between FreeType versions; a moved label or a lost axis may not).
 * DL_UPDATE_GOLDEN=1 writes the golden files instead.  Also: drawing into
 * a caller's cairo_t at an offset, and dl_write errors. */
#include "dateline.h"
#include "date.h"
#include "layout.h"
#include "testlib.h"

#include <cairo.h>
#include <stdlib.h>
#include <unistd.h>

/* Add a CSV-like event. */
static void add(dl_events *l, dl_date start, dl_date end, const char *label, const char *group)
{
    dl_event e = {0};
    e.start = start;
    e.end = end;
    e.label = (char *)label;
    e.group = (char *)group;
    e.from_csv = 1;
    e.weight = 1;
    dl_events_add(l, &e);
}

static const dl_date none = {0};

/* The starting article's four events. */
static void paris(dl_events *l)
{
    add(l, dl_date_year(2014), none, "Invasion", "");
    add(l, dl_date_year(2022), none, "Full-scale invasion", "");
    add(l, dl_date_month(2025, 11), none, "Talks accelerate", "");
    add(l, dl_date_day(2026, 1, 6), none, "Paris summit", "");
}

/* Rome: BC years, spans, a group per kind of event. */
static void rome(dl_events *l)
{
    add(l, dl_date_year(-43), none, "Caesar assassinated", "Politics");
    add(l, dl_date_year(-26), dl_date_year(14), "Reign of Augustus", "Politics");
    add(l, dl_date_year(9), none, "Teutoburg Forest", "War");
    add(l, dl_date_month(14, 8), none, "Augustus dies", "Politics");
    add(l, dl_date_year(37), dl_date_year(41), "Caligula", "Politics");
    add(l, dl_date_day(64, 7, 19), none, "Great Fire of Rome", "City");
    dl_events_sort(l);
}

/* Render a layout to an image surface (96 dpi, 1 px = 1 pixel). */
static cairo_surface_t *draw(const dl_layout *lay)
{
    double w, h;
    dl_layout_size(lay, &w, &h);
    cairo_surface_t *sf = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, (int)w + 1, (int)h + 1);
    cairo_t *cr = cairo_create(sf);
    dl_error err = {0};
    CHECK(dl_render(lay, cr, &err) == 0);
    cairo_destroy(cr);
    cairo_surface_flush(sf);
    return sf;
}

/* Share of pixels that differ between two surfaces of the same size;
 * 1.0 when the sizes differ. */
static double diff_share(cairo_surface_t *a, cairo_surface_t *b)
{
    int w = cairo_image_surface_get_width(a), h = cairo_image_surface_get_height(a);
    if (w != cairo_image_surface_get_width(b) || h != cairo_image_surface_get_height(b))
        return 1.0;
    const unsigned char *pa = cairo_image_surface_get_data(a), *pb = cairo_image_surface_get_data(b);
    int sa = cairo_image_surface_get_stride(a), sb = cairo_image_surface_get_stride(b);
    long bad = 0;
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
            for (int k = 0; k < 4; k++) {
                int d = pa[y * sa + 4 * x + k] - pb[y * sb + 4 * x + k];
                if (d > 24 || d < -24) {
                    bad++;
                    break;
                }
            }
    return (double)bad / ((double)w * h);
}

/* Compare one chart with its golden PNG (or write it). */
static void golden(const char *name, const dl_events *l, const dl_chart_opts *o)
{
    char path[256];
    snprintf(path, sizeof path, "tests/golden/render-%s.png", name);
    dl_error err = {0};
    dl_layout *lay = dl_layout_new(l, o, &err);
    CHECK(lay != NULL);
    if (!lay) {
        fprintf(stderr, "%s: %s\n", name, err.msg);
        return;
    }
    cairo_surface_t *got = draw(lay);
    if (getenv("DL_UPDATE_GOLDEN")) {
        CHECK(cairo_surface_write_to_png(got, path) == CAIRO_STATUS_SUCCESS);
        fprintf(stderr, "wrote %s\n", path);
    } else {
        cairo_surface_t *want = cairo_image_surface_create_from_png(path);
        CHECK(cairo_surface_status(want) == CAIRO_STATUS_SUCCESS);
        if (cairo_surface_status(want) == CAIRO_STATUS_SUCCESS) {
            cairo_surface_t *conv = cairo_image_surface_create(
                CAIRO_FORMAT_ARGB32, cairo_image_surface_get_width(want),
                cairo_image_surface_get_height(want));
            cairo_t *cr = cairo_create(conv);
            cairo_set_source_surface(cr, want, 0, 0);
            cairo_set_operator(cr, CAIRO_OPERATOR_SOURCE);
            cairo_paint(cr);
            cairo_destroy(cr);
            cairo_surface_flush(conv);
            double share = diff_share(got, conv);
            CHECK(share <= 0.005);
            if (share > 0.005) {
                char out[300];
                snprintf(out, sizeof out, "%s.got.png", path);
                cairo_surface_write_to_png(got, out);
                fprintf(stderr, "%s: %.2f%% of pixels differ; see %s\n", name, share * 100, out);
            }
            cairo_surface_destroy(conv);
        } else {
            fprintf(stderr, "%s: cannot read (DL_UPDATE_GOLDEN=1 writes it)\n", path);
        }
        cairo_surface_destroy(want);
    }
    cairo_surface_destroy(got);
    dl_layout_free(lay);
}

/* Key charts: horizontal with breaks, lanes with BC years and spans in
 * the dark theme, and the vertical layout. */
static void test_golden(void)
{
    dl_events l;
    dl_events_init(&l);
    paris(&l);
    dl_chart_opts o = {.title = "Russia and Ukraine: from invasion to the Paris summit",
                       .subtitle = "Key moments, 2014-2026", .credit = "Source: dateline test",
                       .width = 1200};
    golden("paris", &l, &o);
    o.layout = "vertical";
    o.width = 480;
    golden("paris-vertical", &l, &o);
    dl_events_free(&l);

    dl_events_init(&l);
    rome(&l);
    dl_chart_opts r = {.title = "Rome under the first emperors", .theme = "dark", .width = 1200};
    golden("rome-dark", &l, &r);
    dl_events_free(&l);
}

/* dl_render draws at the caller's origin and leaves its state alone. */
static void test_offset(void)
{
    dl_events l;
    dl_events_init(&l);
    paris(&l);
    dl_chart_opts o = {.width = 600};
    dl_layout *lay = dl_layout_new(&l, &o, NULL);
    CHECK(lay != NULL);
    double w, h;
    dl_layout_size(lay, &w, &h);
    cairo_surface_t *sf = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 800, (int)h + 200);
    cairo_t *cr = cairo_create(sf);
    cairo_translate(cr, 100, 100);
    cairo_set_source_rgb(cr, 1, 0, 0);
    CHECK(dl_render(lay, cr, NULL) == 0);
    double r, g, b, a;                      /* the source colour survived */
    CHECK(cairo_pattern_get_rgba(cairo_get_source(cr), &r, &g, &b, &a) == CAIRO_STATUS_SUCCESS &&
          r == 1 && g == 0 && b == 0);
    cairo_destroy(cr);
    cairo_surface_flush(sf);
    const unsigned char *px = cairo_image_surface_get_data(sf);
    int stride = cairo_image_surface_get_stride(sf);
    CHECK(px[50 * stride + 50 * 4 + 3] == 0);           /* outside: untouched */
    CHECK(px[150 * stride + 150 * 4 + 3] == 255);       /* inside: background */
    cairo_surface_destroy(sf);
    dl_layout_free(lay);
    dl_events_free(&l);
}

/* dl_write reports bad formats and unwritable paths as errors. */
static void test_write_errors(void)
{
    dl_events l;
    dl_events_init(&l);
    paris(&l);
    dl_layout *lay = dl_layout_new(&l, NULL, NULL);
    dl_error err = {0};
    CHECK(dl_write(lay, DL_FMT_CSV, "/tmp/x.csv", &err) == -1 && err.msg[0]);
    CHECK(dl_write(lay, DL_FMT_SVG, "/nonexistent-dir/x.svg", &err) == -1);
    CHECK(strstr(err.file, "/nonexistent-dir/x.svg") != NULL);
    CHECK(dl_write_bytes("/nonexistent-dir/x.csv", "a", 1, &err) == -1);
    dl_layout_free(lay);
    dl_events_free(&l);
}

/* SVG in a physical unit: width/height in that unit, viewBox to match. */
static void test_svg_unit(void)
{
    dl_events l;
    dl_events_init(&l);
    paris(&l);
    dl_chart_opts o = {.width = 960, .unit = "cm"};
    dl_layout *lay = dl_layout_new(&l, &o, NULL);
    char path[64];
    snprintf(path, sizeof path, "/tmp/dl-test-render-%ld.svg", (long)getpid());
    CHECK(lay && dl_write(lay, DL_FMT_SVG, path, NULL) == 0);
    FILE *f = fopen(path, "r");
    char head[600] = "";
    if (f) {
        size_t n = fread(head, 1, sizeof head - 1, f);
        head[n] = 0;
        fclose(f);
    }
    CHECK(strstr(head, "width=\"25.4cm\"") != NULL);
    CHECK(strstr(head, "viewBox=\"0 0 25.4 ") != NULL);
    remove(path);
    dl_layout_free(lay);
    o.unit = "furlong";
    dl_error err = {0};
    CHECK(dl_layout_new(&l, &o, &err) == NULL && strstr(err.msg, "unit"));
    dl_events_free(&l);
}

int main(void)
{
    test_golden();
    test_offset();
    test_write_errors();
    test_svg_unit();
    dl_shutdown();
    return test_done("test_render");
}
