/* test_oom.c - allocation failure.  Linked with -Wl,--wrap=malloc,
 * --wrap=calloc,--wrap=realloc,--wrap=strdup (tests/fuzz/fuzz.mk), which
 * redirects the allocations of this file and of libdateline.a's objects
 * (libcsv's too: csvin.c hands it realloc/free) but not those inside
 * Cairo, Pango or fontconfig.  A full pipeline - article -> events, CSV ->
 * events, merge, layout, SVG rendered in memory, CSV written to memory -
 * is run failing the Nth allocation for N = 1, 2, ... until a run completes
 * without reaching N.  Every run must end in success or a clean error
 * return (no crash); under make check-asan LeakSanitizer checks that the
 * failed runs leaked nothing.  OOM_STEP=k tests every k-th N only. */
#include "testlib.h"
#include "dateline.h"

#include <cairo-svg.h>
#include <cairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t m);
void *__real_realloc(void *p, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t m);
void *__wrap_realloc(void *p, size_t n);
char *__wrap_strdup(const char *s);

/* Under LeakSanitizer (make check-asan, the fuzzers): the font state that
 * fontconfig allocates for Pango and cairo lives until exit and is reported
 * as leaked (see tests/valgrind.supp); not dateline's memory. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:libfontconfig.so\n";
}

static long counter;    /* allocations since arming */
static long fail_n;     /* fail this one (0: never) */
static int armed, hit;

static int fail_now(void)
{
    if (!armed)
        return 0;
    if (++counter == fail_n) {
        hit = 1;
        return 1;
    }
    return 0;
}

void *__wrap_malloc(size_t n)
{
    return fail_now() ? NULL : __real_malloc(n);
}

void *__wrap_calloc(size_t n, size_t m)
{
    return fail_now() ? NULL : __real_calloc(n, m);
}

void *__wrap_realloc(void *p, size_t n)
{
    return fail_now() ? NULL : __real_realloc(p, n);
}

char *__wrap_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = __wrap_malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

typedef struct mem {
    size_t n;
} mem;

static cairo_status_t sink(void *closure, const unsigned char *data, unsigned int len)
{
    (void)data;
    ((mem *)closure)->n += len;
    return CAIRO_STATUS_SUCCESS;
}

/* One full run; 0 on success, -1 on a clean error. */
static int pipeline(const char *article, size_t alen, const char *csv, size_t clen,
                    size_t *svg_bytes, size_t *sig)
{
    dl_events l;
    dl_events_init(&l);
    dl_error err;
    const char *warn = NULL;
    dl_extract_opts eo = { "article.txt", NULL };
    int rc = -1;
    dl_layout *lay = NULL;
    char *dump = NULL;
    if (dl_extract(article, alen, &eo, &l, &warn, &err) != 0)
        goto out;
    dl_events_merge(&l);
    if (dl_csv_read(csv, clen, "events.csv", &l, &warn, &err) != 0)
        goto out;
    dl_events_sort(&l);
    size_t dlen;
    if (!(dump = dl_dump_csv(&l, &dlen)))
        goto out;
    free(dump);
    if (!(dump = dl_dump_json(&l, &dlen)))
        goto out;
    *sig = dlen * 1000003u + l.n; /* the events, for comparing runs */
    dl_chart_opts o;
    memset(&o, 0, sizeof o);
    o.title = "Allocation failures";
    o.credit = "Source: test_oom";
    if (!(lay = dl_layout_new(&l, &o, &err)))
        goto out;
    double w, h;
    dl_layout_size(lay, &w, &h);
    mem m = { 0 };
    cairo_surface_t *sf = cairo_svg_surface_create_for_stream(sink, &m, w, h);
    cairo_t *cr = cairo_create(sf);
    int r = dl_render(lay, cr, &err);
    cairo_destroy(cr);
    cairo_surface_finish(sf);
    if (cairo_surface_status(sf) != CAIRO_STATUS_SUCCESS)
        r = -1;
    cairo_surface_destroy(sf);
    if (r != 0)
        goto out;
    *svg_bytes = m.n;
    *sig = *sig * 31 + (size_t)(w * 7 + h); /* and the chart's size */
    rc = 0;
out:
    free(dump);
    dl_layout_free(lay);
    dl_events_free(&l);
    return rc;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    static char buf[1 << 20];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    char *s = __real_malloc(n + 1);
    if (s) {
        memcpy(s, buf, n);
        s[n] = 0;
        *len = n;
    }
    return s;
}

int main(void)
{
    /* a short article and a short CSV keep the number of runs small */
    static const char article[] =
        "Published: 2024-10-08\n\n"
        "Chipmaker delays Ohio plant\n\n"
        "The semiconductor maker said on Monday it would push back the opening "
        "of its Ohio factory to 2027, the second delay since construction began "
        "two years ago. The company announced the plant in January 2022.\n";
    size_t clen = 0;
    char *csv = slurp("tests/data/render-lanes.csv", &clen);
    CHECK(csv != NULL);
    if (!csv)
        return test_done("test_oom");
    long step = getenv("OOM_STEP") ? atol(getenv("OOM_STEP")) : 1;
    if (step < 1)
        step = 1;

    /* the reference run, without failures */
    size_t want = 0, want_sig = 0;
    armed = 1;
    fail_n = 0;
    counter = 0;
    CHECK(pipeline(article, sizeof article - 1, csv, clen, &want, &want_sig) == 0);
    armed = 0;
    long total = counter;
    CHECK(want > 0);
    printf("  a full run makes %ld allocations through the library\n", total);

    long n, clean_errors = 0, survived = 0;
    for (n = 1;; n += step) {
        size_t got = 0, sig = 0;
        counter = 0;
        hit = 0;
        fail_n = n;
        armed = 1;
        int rc = pipeline(article, sizeof article - 1, csv, clen, &got, &sig);
        armed = 0;
        if (!hit) {             /* ran to the end without reaching N */
            /* the same events and chart size (the SVG bytes may differ:
               cairo numbers its glyphs and surfaces process-wide) */
            if (rc != 0 || got == 0 || sig != want_sig)
                fprintf(stderr, "  N=%ld: rc %d, SVG %zu bytes, signature %zu, want %zu\n", n,
                        rc, got, sig, want_sig);
            CHECK(rc == 0 && got > 0 && sig == want_sig);
            break;
        }
        if (rc == 0) {
            survived++;         /* the failure was absorbed (e.g. a cache) */
            if (sig != want_sig) { /* ... but then nothing may be lost */
                fprintf(stderr, "  N=%ld: absorbed, but the events or the chart differ\n", n);
                CHECK(sig == want_sig);
            }
        }
        else
            clean_errors++;
        t_run++;
        if (n > total + 1000) {  /* must end: the run is deterministic */
            CHECK(!"runs never stop reaching the failing allocation");
            break;
        }
    }
    printf("  failed allocations 1..%ld (step %ld): %ld clean errors, %ld absorbed\n", n - 1,
           step, clean_errors, survived);
    CHECK(clean_errors > 0);
    free(csv);
    return test_done("test_oom");
}
