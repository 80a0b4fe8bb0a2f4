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
#include <fontconfig/fontconfig.h>
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

/* A chart of one-label-per-event texts; the layout or NULL. */
static dl_layout *chart_of(const char *const *labels, int system_fonts, dl_events *l)
{
    dl_events_init(l);
    for (int i = 0; labels[i]; i++)
        add(l, dl_date_day(2024, 1 + i, 10), none, labels[i], "");
    dl_chart_opts o = {.width = 1200, .system_fonts = system_fonts};
    return dl_layout_new(l, &o, NULL);
}

/* Does the machine (fontconfig's default configuration) have a font for
 * the language? */
static int machine_has_lang(const char *lang)
{
    FcPattern *p = FcPatternCreate();
    FcLangSet *ls = FcLangSetCreate();
    FcLangSetAdd(ls, (const FcChar8 *)lang);
    FcPatternAddLangSet(p, FC_LANG, ls);
    FcObjectSet *os = FcObjectSetBuild(FC_FAMILY, (char *)0);
    FcFontSet *fs = FcFontList(NULL, p, os);
    int n = fs ? fs->nfont : 0;
    if (fs)
        FcFontSetDestroy(fs);
    FcObjectSetDestroy(os);
    FcLangSetDestroy(ls);
    FcPatternDestroy(p);
    return n > 0;
}

/* Scripts: Greek, Cyrillic and accented Latin come from the bundled fonts
 * with no unknown glyph (no warning); Hebrew, Arabic and CJK, which they
 * lack, give a warning naming the script and the characters; with
 * system_fonts the machine's fonts draw them, while Latin text keeps the
 * bundled font's exact metrics. */
static void test_scripts(void)
{
    static const char *const covered[] = {
        "Διαπραγματεύσεις στην Αθήνα", "Переговоры в Москве, Київ, Беларусь",
        "Réunion à Genève — accord signé", "Łódź, Dvořák, İstanbul, Şişli, Hà Nội",
        "Søren Kierkegaard, Ærø, Þórshöfn, Straße", "Ñandú, São Paulo, Curaçao «ça»", NULL};
    dl_events l;
    dl_layout *lay = chart_of(covered, 0, &l);
    CHECK(lay != NULL);
    const char *w = dl_layout_warning(lay);
    CHECK(w == NULL);
    if (w)
        fprintf(stderr, "unexpected warning: %s\n", w);
    /* Drawn, the glyphs are real too: every label's own Pango layout. */
    cairo_surface_t *sf = lay ? draw(lay) : NULL;
    if (sf)
        cairo_surface_destroy(sf);
    dl_layout_free(lay);
    dl_events_free(&l);

    static const char *const rtl_cjk[] = {
        "Latin first", "שלום עולם", "مرحبا بالعالم", "東京オリンピック", NULL};
    lay = chart_of(rtl_cjk, 0, &l);
    CHECK(lay != NULL);
    w = dl_layout_warning(lay);
    CHECK(w && strstr(w, "Hebrew (ש U+05E9"));
    CHECK(w && strstr(w, "Arabic (م U+0645"));
    CHECK(w && strstr(w, "Han (東 U+6771"));
    CHECK(w && strstr(w, "Katakana ("));
    CHECK(w && strstr(w, "--system-fonts"));
    CHECK(w && strstr(w, "20 different characters will show as boxes"));
    dl_layout_free(lay);
    dl_events_free(&l);

    /* The machine's fonts: Hebrew and Arabic are drawn where it has them. */
    lay = chart_of(rtl_cjk, 1, &l);
    CHECK(lay != NULL);
    w = dl_layout_warning(lay);
    if (machine_has_lang("he"))
        CHECK(!w || !strstr(w, "Hebrew"));
    else
        printf("test_render: no Hebrew font on this machine; --system-fonts Hebrew not checked\n");
    if (machine_has_lang("ar"))
        CHECK(!w || !strstr(w, "Arabic"));
    if (machine_has_lang("ja"))
        CHECK(w == NULL);
    else
        CHECK(w && strstr(w, "Han (") && !strstr(w, "--system-fonts"));
    sf = lay ? draw(lay) : NULL;
    if (sf)
        cairo_surface_destroy(sf);
    dl_layout_free(lay);
    dl_events_free(&l);

    /* Latin text measures the same either way: the bundled files serve
     * the bundled family even when the machine has its own Noto Sans. */
    dl_layout *a = chart_of(covered, 1, &l);
    char *ja = a ? dl_layout_json(a, NULL) : NULL;
    dl_layout_free(a);
    dl_events_free(&l);
    dl_layout *b = chart_of(covered, 0, &l);
    char *jb = b ? dl_layout_json(b, NULL) : NULL;
    CHECK(ja && jb && strcmp(ja, jb) == 0);
    free(ja);
    free(jb);
    dl_layout_free(b);
    dl_events_free(&l);
}

int main(void)
{
    test_golden();
    test_offset();
    test_write_errors();
    test_svg_unit();
    test_scripts();
    test_golden(); /* again, after switching the fonts back and forth */
    dl_shutdown();
    return test_done("test_render");
}
