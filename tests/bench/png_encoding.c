/* png_encoding.c - how fast, and how small, each way of writing a chart's
 * pixels as PNG: cairo's own writer against libpng at every filter and
 * zlib level / strategy, and against libdeflate (no filter) at every
 * level, the way src/backend.c writes PNG now.  Reads PNG charts (rendered by dateline), makes
 * them cairo image surfaces again, encodes each one every way RUNS times
 * and prints a Markdown table: the fastest encode time (clock_gettime,
 * CLOCK_MONOTONIC) and size, per chart.  The libpng path converts pixels
 * exactly as src/backend.c does (premultiplied ARGB32 -> RGB bytes).
 *
 * Usage: png_encoding [-r RUNS] chart.png ...
 * Built and run by tests/bench/png-encoding.sh. */
#include <cairo.h>
#include <libdeflate.h>
#include <png.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

typedef struct buf {
    unsigned char *p;
    size_t n, cap;
} buf;

static void put(buf *b, const unsigned char *d, size_t len)
{
    if (b->n + len > b->cap) {
        size_t nc = b->cap ? b->cap : 1 << 16;
        while (nc < b->n + len)
            nc *= 2;
        unsigned char *np = realloc(b->p, nc);
        if (!np) {
            fprintf(stderr, "png_encoding: out of memory\n");
            exit(1);
        }
        b->p = np;
        b->cap = nc;
    }
    memcpy(b->p + b->n, d, len);
    b->n += len;
}

static cairo_status_t cairo_cb(void *c, const unsigned char *d, unsigned int len)
{
    put(c, d, len);
    return CAIRO_STATUS_SUCCESS;
}

static void png_cb(png_structp png, png_bytep d, png_size_t len)
{
    put(png_get_io_ptr(png), d, len);
}

static void png_flush_cb(png_structp png)
{
    (void)png;
}

/* One way of encoding: cairo (filter < 0) or libpng with these settings. */
typedef struct way {
    const char *name;
    int filter;     /* PNG_FILTER_* mask; -1: cairo's writer; -2: libdeflate */
    int level;
    int strategy;
} way;

/* Encode sf with libpng the way backend.c does (opaque charts: RGB). */
static void encode_libpng(cairo_surface_t *sf, const way *w, buf *out)
{
    int wd = cairo_image_surface_get_width(sf), h = cairo_image_surface_get_height(sf);
    int stride = cairo_image_surface_get_stride(sf);
    const unsigned char *data = cairo_image_surface_get_data(sf);
    unsigned char *row = malloc((size_t)wd * 3);
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop info = png_create_info_struct(png);
    if (!row || !png || !info || setjmp(png_jmpbuf(png))) {
        fprintf(stderr, "png_encoding: libpng failed\n");
        exit(1);
    }
    png_set_write_fn(png, out, png_cb, png_flush_cb);
    png_set_IHDR(png, info, (png_uint_32)wd, (png_uint_32)h, 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, w->filter);
    png_set_compression_level(png, w->level);
    png_set_compression_strategy(png, w->strategy);
    png_set_pHYs(png, info, 3780, 3780, PNG_RESOLUTION_METER);
    png_write_info(png, info);
    for (int y = 0; y < h; y++) {
        const uint32_t *src = (const uint32_t *)(const void *)(data + (size_t)y * stride);
        unsigned char *d = row;
        for (int x = 0; x < wd; x++) {
            uint32_t v = src[x];
            *d++ = (unsigned char)(v >> 16);
            *d++ = (unsigned char)(v >> 8);
            *d++ = (unsigned char)v;
        }
        png_write_row(png, row);
    }
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    free(row);
}

/* Append a PNG chunk, CRC by libdeflate. */
static void chunk(buf *out, const char *type, const unsigned char *d, size_t len)
{
    unsigned char h[8], crc[4];
    uint32_t c = libdeflate_crc32(libdeflate_crc32(0, type, 4), d, len);
    for (int i = 0; i < 4; i++) {
        h[i] = (unsigned char)(len >> (24 - 8 * i));
        h[4 + i] = (unsigned char)type[i];
        crc[i] = (unsigned char)(c >> (24 - 8 * i));
    }
    put(out, h, 8);
    put(out, d, len);
    put(out, crc, 4);
}

/* Encode sf as backend.c does: scanlines (no filter) packed into one
 * buffer, one libdeflate call, IDAT chunks of 8192 bytes. */
static void encode_libdeflate(cairo_surface_t *sf, const way *w, buf *out)
{
    int wd = cairo_image_surface_get_width(sf), h = cairo_image_surface_get_height(sf);
    int stride = cairo_image_surface_get_stride(sf);
    const unsigned char *data = cairo_image_surface_get_data(sf);
    size_t rowlen = 1 + (size_t)wd * 3, rawlen = rowlen * (size_t)h;
    unsigned char *raw = malloc(rawlen);
    struct libdeflate_compressor *c = libdeflate_alloc_compressor(w->level);
    size_t bound = c ? libdeflate_zlib_compress_bound(c, rawlen) : 0;
    unsigned char *z = malloc(bound ? bound : 1);
    if (!raw || !c || !z) {
        fprintf(stderr, "png_encoding: libdeflate failed\n");
        exit(1);
    }
    for (int y = 0; y < h; y++) {
        const uint32_t *src = (const uint32_t *)(const void *)(data + (size_t)y * stride);
        unsigned char *d = raw + (size_t)y * rowlen;
        *d++ = 0;
        for (int x = 0; x < wd; x++) {
            uint32_t v = src[x];
            *d++ = (unsigned char)(v >> 16);
            *d++ = (unsigned char)(v >> 8);
            *d++ = (unsigned char)v;
        }
    }
    size_t zlen = libdeflate_zlib_compress(c, raw, rawlen, z, bound);
    static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    unsigned char ihdr[13] = {0}, phys[9] = {0, 0, 0x0E, 0xC4, 0, 0, 0x0E, 0xC4, 1};
    for (int i = 0; i < 4; i++) {
        ihdr[i] = (unsigned char)((uint32_t)wd >> (24 - 8 * i));
        ihdr[4 + i] = (unsigned char)((uint32_t)h >> (24 - 8 * i));
    }
    ihdr[8] = 8;
    ihdr[9] = 2;
    put(out, sig, 8);
    chunk(out, "IHDR", ihdr, 13);
    chunk(out, "pHYs", phys, 9);
    for (size_t at = 0; at < zlen; at += 8192)
        chunk(out, "IDAT", z + at, zlen - at < 8192 ? zlen - at : 8192);
    chunk(out, "IEND", z, 0);
    libdeflate_free_compressor(c);
    free(z);
    free(raw);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    int runs = 5, first = 1;
    if (argc > 2 && !strcmp(argv[1], "-r")) {
        runs = atoi(argv[2]);
        first = 3;
    }
    if (first >= argc || runs < 1 || runs > 100) {
        fprintf(stderr, "usage: png_encoding [-r RUNS] chart.png ...\n");
        return 2;
    }
    static const struct { const char *name; int f; } filters[] = {
        {"none", PNG_FILTER_NONE}, {"sub", PNG_FILTER_SUB}, {"up", PNG_FILTER_UP},
        {"paeth", PNG_FILTER_PAETH}, {"all", PNG_ALL_FILTERS},
    };
    static const struct { const char *name; int s; } strategies[] = {
        {"default", Z_DEFAULT_STRATEGY}, {"filtered", Z_FILTERED}, {"rle", Z_RLE},
    };
    static const int levels[] = {1, 2, 3, 4, 5, 6, 9};
    enum { NL = sizeof levels / sizeof levels[0] };
    way ways[1 + 5 * NL * 3 + NL];
    char names[1 + 5 * NL * 3 + NL][48];
    size_t nw = 0;
    ways[nw++] = (way){"cairo_surface_write_to_png_stream", -1, 0, 0};
    for (size_t s = 0; s < 3; s++)
        for (size_t f = 0; f < 5; f++)
            for (size_t l = 0; l < NL; l++) {
                if (strategies[s].s == Z_RLE && levels[l] != 1)
                    continue;        /* RLE ignores the level's match search */
                snprintf(names[nw], sizeof names[nw], "libpng %s, zlib %d, %s",
                         filters[f].name, levels[l], strategies[s].name);
                ways[nw] = (way){names[nw], filters[f].f, levels[l], strategies[s].s};
                nw++;
            }
    for (size_t l = 0; l < NL; l++) {
        snprintf(names[nw], sizeof names[nw], "libdeflate none, level %d", levels[l]);
        ways[nw] = (way){names[nw], -2, levels[l], 0};
        nw++;
    }
    int ncharts = argc - first;
    double *ms = calloc(nw * (size_t)ncharts, sizeof *ms);
    size_t *bytes = calloc(nw * (size_t)ncharts, sizeof *bytes);
    double *t = calloc((size_t)runs, sizeof *t);
    if (!ms || !bytes || !t)
        return 1;
    for (int c = 0; c < ncharts; c++) {
        cairo_surface_t *png = cairo_image_surface_create_from_png(argv[first + c]);
        if (cairo_surface_status(png) != CAIRO_STATUS_SUCCESS) {
            fprintf(stderr, "png_encoding: cannot read %s\n", argv[first + c]);
            return 1;
        }
        /* an ARGB32 surface like the one dateline draws into */
        int w = cairo_image_surface_get_width(png), h = cairo_image_surface_get_height(png);
        cairo_surface_t *sf = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h);
        cairo_t *cr = cairo_create(sf);
        cairo_set_source_surface(cr, png, 0, 0);
        cairo_paint(cr);
        cairo_destroy(cr);
        cairo_surface_flush(sf);
        cairo_surface_destroy(png);
        for (size_t k = 0; k < nw; k++) {
            buf out = {0};
            for (int r = 0; r < runs; r++) {
                out.n = 0;
                double t0 = now();
                if (ways[k].filter == -2)
                    encode_libdeflate(sf, &ways[k], &out);
                else if (ways[k].filter < 0)
                    cairo_surface_write_to_png_stream(sf, cairo_cb, &out);
                else
                    encode_libpng(sf, &ways[k], &out);
                t[r] = now() - t0;
            }
            qsort(t, (size_t)runs, sizeof *t, cmp_d);
            ms[k * (size_t)ncharts + (size_t)c] = t[0] * 1000.0;   /* fastest: the machine is shared */
            bytes[k * (size_t)ncharts + (size_t)c] = out.n;
            free(out.p);
        }
        printf("<!-- chart %d: %s, %d x %d px -->\n", c + 1, argv[first + c], w, h);
        cairo_surface_destroy(sf);
    }
    /* the smallest file per chart, and which ways stay within 1.3x of it */
    printf("\n| way |");
    for (int c = 0; c < ncharts; c++)
        printf(" chart %d ms | chart %d KB | x smallest |", c + 1, c + 1);
    printf(" within 1.3x |\n| --- |");
    for (int c = 0; c < ncharts; c++)
        printf(" ---: | ---: | ---: |");
    printf(" :---: |\n");
    size_t best = (size_t)-1;
    double best_ms = 1e300;
    for (size_t k = 0; k < nw; k++) {
        int ok = 1;
        double total = 0;
        printf("| %s |", ways[k].name);
        for (int c = 0; c < ncharts; c++) {
            size_t small = (size_t)-1;
            for (size_t j = 0; j < nw; j++)
                if (bytes[j * (size_t)ncharts + (size_t)c] < small)
                    small = bytes[j * (size_t)ncharts + (size_t)c];
            double ratio = (double)bytes[k * (size_t)ncharts + (size_t)c] / (double)small;
            ok &= ratio <= 1.3;
            total += ms[k * (size_t)ncharts + (size_t)c];
            printf(" %.1f | %.1f | %.2f |", ms[k * (size_t)ncharts + (size_t)c],
                   (double)bytes[k * (size_t)ncharts + (size_t)c] / 1024.0, ratio);
        }
        printf(" %s |\n", ok ? "yes" : "no");
        if (ok && total < best_ms) {
            best_ms = total;
            best = k;
        }
    }
    if (best != (size_t)-1)
        printf("\nFastest within 1.3x of the smallest on every chart: **%s** "
               "(%.1f ms in all).\n", ways[best].name, best_ms);
    free(ms);
    free(bytes);
    free(t);
    return 0;
}
