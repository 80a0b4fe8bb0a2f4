/*
 * report.c - using libdateline from a C program: a one-page A4 PDF report
 * with our own heading and text, and a dateline timeline drawn into our
 * own Cairo surface between the paragraphs.
 *
 *   cc report.c $(pkg-config --cflags --libs dateline cairo) -o report
 *   ./report article.txt report.pdf
 */
#include <dateline.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <stdio.h>
#include <stdlib.h>

#define PT_PER_MM (72.0 / 25.4)

/* Read a whole file into memory; NULL on failure. */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *nb = realloc(buf, cap *= 2);
        if (!nb)
            free(buf);
        buf = nb;
    }
    fclose(f);
    *len = n;
    return buf;
}

/* Our own text, set with Cairo's toy API to keep the example short. */
static void text(cairo_t *cr, double x, double y, double size, const char *s)
{
    cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL,
                           size > 14 ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
    cairo_move_to(cr, x, y);
    cairo_show_text(cr, s);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: report ARTICLE.txt OUT.pdf\n");
        return 2;
    }
    size_t len;
    char *article = slurp(argv[1], &len);
    if (!article) {
        fprintf(stderr, "report: cannot read %s\n", argv[1]);
        return 1;
    }

    /* 1. text -> events (the library owns the strings in the list) */
    dl_events events;
    dl_events_init(&events);
    dl_error err = { 0 };
    const char *warn = NULL;
    dl_extract_opts eo = { argv[1], NULL };
    if (dl_extract(article, len, &eo, &events, &warn, &err) != 0) {
        fprintf(stderr, "report: %s:%d:%d: %s\n", err.file, err.line, err.col, err.msg);
        return 1;
    }
    free(article);
    dl_events_merge(&events);

    /* 2. lay the chart out for the width of our text column (in px, 1/96 in) */
    const double page_w = 210 * PT_PER_MM, page_h = 297 * PT_PER_MM, margin = 20 * PT_PER_MM;
    dl_chart_opts opts = { 0 };
    opts.title = "What happened when";
    opts.width = (page_w - 2 * margin) * 96.0 / 72.0;
    dl_layout *lay = dl_layout_new(&events, &opts, &err);
    if (!lay) {
        fprintf(stderr, "report: %s\n", err.msg);
        return 1;
    }
    double cw, ch;
    dl_layout_size(lay, &cw, &ch);

    /* 3. our page, our text, the chart in between */
    cairo_surface_t *pdf = cairo_pdf_surface_create(argv[2], page_w, page_h);
    cairo_t *cr = cairo_create(pdf);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    text(cr, margin, margin + 10, 18, "Field report: the story so far");
    text(cr, margin, margin + 32, 10, "The timeline below was drawn by libdateline into this page.");
    cairo_save(cr);
    cairo_translate(cr, margin, margin + 48);
    cairo_scale(cr, 72.0 / 96.0, 72.0 / 96.0); /* chart px -> PDF points */
    int rc = dl_render(lay, cr, &err);
    cairo_restore(cr);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    text(cr, margin, margin + 48 + ch * 72.0 / 96.0 + 24, 10,
         "Each event is dated from the article's own text.");
    cairo_destroy(cr);
    cairo_surface_finish(pdf);
    if (rc != 0 || cairo_surface_status(pdf) != CAIRO_STATUS_SUCCESS) {
        fprintf(stderr, "report: drawing failed: %s\n", rc ? err.msg : "cairo error");
        rc = 1;
    }
    cairo_surface_destroy(pdf);
    printf("report: %zu events, chart %.0fx%.0f px, written to %s\n", events.n, cw, ch, argv[2]);

    dl_layout_free(lay);
    dl_events_free(&events);
    dl_shutdown();
    return rc;
}
