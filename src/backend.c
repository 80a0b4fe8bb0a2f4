/*
 * backend.c - charts to PNG, SVG and PDF bytes (dl_write).
 *
 * Every format is rendered into memory first; only a complete, error-free
 * result is handed to dl_write_bytes (output.c), which writes a temporary
 * file in the target's directory, flushes it to disk and renames it into
 * place.  On any failure the previous file is untouched and no temporary
 * file remains.
 *
 * PNG is encoded here (cairo's writer records no resolution and is several
 * times slower than encode_png with libdeflate): it is drawn at
 * dl_chart_opts.dpi (96: one pixel per px) and carries that resolution in
 * a pHYs chunk, so the physical size is the layout's.  SVG uses px units,
 * so a browser shows it at the layout's size; layouts set in the
 * compiled-in fonts get the SVG of svg.c, others cairo's.  PDF pages are
 * the same physical size (1 px = 0.75 pt) and carry a fixed creation date
 * (or SOURCE_DATE_EPOCH) so the same input gives the same bytes.
 *
 * Built with DL_NO_PANGO this file is part of the command line's raster
 * module (with render.c): PNG and SVG of builtin_text layouts only.
 */
#define _DEFAULT_SOURCE  /* MADV_HUGEPAGE */
#include "layout.h"
#include "output.h"
#include "svg.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>
#include <errno.h>
#include <math.h>
#include <libdeflate.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#define DEFAULT_PDF_DATE "2000-01-01T00:00:00Z"

#ifndef DL_NO_PANGO
/* cairo's write callback into a dl_buf. */
static cairo_status_t cairo_to_mem(void *closure, const unsigned char *data, unsigned int len)
{
    return dl_buf_put(closure, data, len) ? CAIRO_STATUS_NO_MEMORY : CAIRO_STATUS_SUCCESS;
}
#endif

/* Canvas size in whole pixels, or -1 with err when it cannot be made. */
static int canvas_px(const dl_layout *lay, int *w, int *h, dl_error *err)
{
    double lw, lh;
    dl_layout_size(lay, &lw, &lh);
    if (!(lw >= 1 && lh >= 1 && lw <= 32767 && lh <= 32767)) {
        dl_io_error(err, NULL, "the chart size is out of range (1 to 32767 px a side)", NULL);
        return -1;
    }
    *w = (int)ceil(lw);
    *h = (int)ceil(lh);
    return 0;
}

/* Draw the layout into a surface (scaled by s); finish it (vector
 * surfaces) or flush it (image surfaces, whose pixels are still needed). */
static int draw_surface(const dl_layout *lay, cairo_surface_t *sf, double s, dl_error *err)
{
    if (cairo_surface_status(sf) != CAIRO_STATUS_SUCCESS) {
        dl_io_error(err, NULL, "cannot create the drawing surface",
               cairo_status_to_string(cairo_surface_status(sf)));
        return -1;
    }
    cairo_t *cr = cairo_create(sf);
    if (s != 1.0)
        cairo_scale(cr, s, s);
    int rc = dl_render(lay, cr, err);
    cairo_destroy(cr);
    if (cairo_surface_get_type(sf) == CAIRO_SURFACE_TYPE_IMAGE)
        cairo_surface_flush(sf);
    else
        cairo_surface_finish(sf);
    if (rc == 0 && cairo_surface_status(sf) != CAIRO_STATUS_SUCCESS) {
        dl_io_error(err, NULL, "cannot finish the drawing",
               cairo_status_to_string(cairo_surface_status(sf)));
        rc = -1;
    }
    return rc;
}

/* Convert one row of cairo ARGB32 (premultiplied, native endian) to RGB or
 * RGBA bytes. */
static void row_to_bytes(const uint32_t *src, unsigned char *dst, int w, int alpha)
{
    for (int x = 0; x < w; x++) {
        uint32_t v = src[x];
        unsigned a = v >> 24, r = (v >> 16) & 0xFF, g = (v >> 8) & 0xFF, b = v & 0xFF;
        if (alpha && a && a < 255) {
            r = (r * 255 + a / 2) / a;
            g = (g * 255 + a / 2) / a;
            b = (b * 255 + a / 2) / a;
        }
        *dst++ = (unsigned char)r;
        *dst++ = (unsigned char)g;
        *dst++ = (unsigned char)b;
        if (alpha)
            *dst++ = (unsigned char)a;
    }
}

/* Does the image have any pixel that is not opaque? */
static int has_alpha(const unsigned char *data, int stride, int w, int h)
{
    for (int y = 0; y < h; y++) {
        const uint32_t *row = (const uint32_t *)(const void *)(data + (size_t)y * stride);
        for (int x = 0; x < w; x++)
            if ((row[x] >> 24) != 0xFF)
                return 1;
    }
    return 0;
}

/* ---- PNG ------------------------------------------------------------
 *
 * The PNG file is written here, chunk by chunk (IHDR, pHYs, IDAT chunks of
 * 8192 bytes, IEND), with no filter and the zlib stream made by libdeflate
 * at level 4 in one call over all scanlines: as small as zlib's level 4
 * (which libpng used, chosen in tests/bench/png-encoding.md) or a little
 * smaller, in half the time (1,000 events: 19 against 39 ms).  The
 * scanlines are packed into the image surface's own memory, row by row
 * (a scanline of RGB is shorter than a row of ARGB32), so no second
 * image-sized buffer is touched; RGBA, one byte longer, gets its own. */

#define PNG_LEVEL 4
#define IDAT_SIZE 8192

/* Append a PNG chunk (length, type, data, CRC). */
static int put_chunk(dl_buf *out, const char *type, const unsigned char *data, size_t len)
{
    unsigned char head[8], crc[4];
    uint32_t c = libdeflate_crc32(0, type, 4);
    if (len)
        c = libdeflate_crc32(c, data, len);
    for (int i = 0; i < 4; i++) {
        head[i] = (unsigned char)(len >> (24 - 8 * i));
        head[4 + i] = (unsigned char)type[i];
        crc[i] = (unsigned char)(c >> (24 - 8 * i));
    }
    return dl_buf_put(out, head, 8) || dl_buf_put(out, data, len) || dl_buf_put(out, crc, 4) ? -1 : 0;
}

/* Store a 32-bit big-endian number. */
static void be32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v >> 24);
    p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8);
    p[3] = (unsigned char)v;
}

/* Encode an image surface as PNG (RGBA when alpha, else RGB) with a pHYs
 * chunk of dpi.  The surface's pixels are overwritten (RGB). */
static int encode_png(cairo_surface_t *sf, dl_buf *out, double dpi, int alpha, dl_error *err)
{
    cairo_surface_flush(sf);
    int w = cairo_image_surface_get_width(sf), h = cairo_image_surface_get_height(sf);
    int stride = cairo_image_surface_get_stride(sf);
    unsigned char *data = cairo_image_surface_get_data(sf);
    if (!data || w <= 0 || h <= 0) {
        dl_io_error(err, NULL, "cannot read the rendered image", NULL);
        return -1;
    }
    size_t rowlen = 1 + (size_t)w * (alpha ? 4 : 3), rawlen = rowlen * (size_t)h;
    unsigned char *row = malloc(rowlen);
    /* RGB scanlines fit in place: row y's scanline ends before row y+1 */
    unsigned char *raw = alpha ? malloc(rawlen) : data;
    struct libdeflate_compressor *c = libdeflate_alloc_compressor(PNG_LEVEL);
    size_t bound = c ? libdeflate_zlib_compress_bound(c, rawlen) : 0;
    unsigned char *z = bound ? malloc(bound) : NULL;
    int rc = -1;
    if (row && raw && c && z) {
        for (int y = 0; y < h; y++) {
            row[0] = 0;     /* filter type: none */
            row_to_bytes((const uint32_t *)(const void *)(data + (size_t)y * stride), row + 1,
                         w, alpha);
            memcpy(raw + (size_t)y * rowlen, row, rowlen);
        }
        size_t zlen = libdeflate_zlib_compress(c, raw, rawlen, z, bound);
        static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        unsigned char ihdr[13], phys[9];
        be32(ihdr, (uint32_t)w);
        be32(ihdr + 4, (uint32_t)h);
        ihdr[8] = 8;                        /* bits per sample */
        ihdr[9] = alpha ? 6 : 2;            /* RGBA or RGB */
        ihdr[10] = ihdr[11] = ihdr[12] = 0; /* deflate, no filter, no interlace */
        uint32_t ppm = (uint32_t)lround(dpi / 0.0254);
        be32(phys, ppm);
        be32(phys + 4, ppm);
        phys[8] = 1;                        /* per metre */
        rc = zlen == 0 || dl_buf_put(out, sig, sizeof sig) ||
             put_chunk(out, "IHDR", ihdr, sizeof ihdr) || put_chunk(out, "pHYs", phys, sizeof phys);
        for (size_t at = 0; rc == 0 && at < zlen; at += IDAT_SIZE)
            rc = put_chunk(out, "IDAT", z + at, zlen - at < IDAT_SIZE ? zlen - at : IDAT_SIZE);
        rc = rc || put_chunk(out, "IEND", NULL, 0) ? -1 : 0;
    }
    free(z);
    libdeflate_free_compressor(c);
    if (raw != data)
        free(raw);
    free(row);
    if (rc)
        dl_io_error(err, NULL, "cannot encode the PNG image", "out of memory");
    return rc;
}

/* Render to PNG bytes at the layout's resolution. */
static int to_png(const dl_layout *lay, dl_buf *out, dl_error *err)
{
    int w, h;
    double scale = lay->dpi > 0 ? lay->dpi / 96.0 : 1.0;
    if (canvas_px(lay, &w, &h, err))
        return -1;
    if (ceil(w * scale) > 32767 || ceil(h * scale) > 32767) {
        dl_io_error(err, NULL, "the image would be larger than 32767 pixels a side; "
               "lower the resolution or the size", NULL);
        return -1;
    }
    /* The pixels live in zeroed memory of our own, aligned to 2 MiB and
       marked for huge pages: the first touch of a fresh 1600 x 2869
       surface (18 MB) otherwise costs some 4,500 page faults, measured at
       50-110 ms on this virtual machine against 2-28 ms so (a quarter of
       a 1,000-event PNG run).  cairo's own allocation when that fails. */
    int pw = (int)ceil(w * scale), ph = (int)ceil(h * scale);
    int stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, pw);
    size_t huge = (size_t)2 << 20, size = (size_t)stride * (size_t)ph;
    size_t span = (size + huge - 1) / huge * huge, maplen = span + huge;
    void *map = stride > 0 ? mmap(NULL, maplen, PROT_READ | PROT_WRITE,
                                  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) : MAP_FAILED;
    cairo_surface_t *sf;
    if (map != MAP_FAILED) {
        unsigned char *px = (unsigned char *)(((uintptr_t)map + huge - 1) & ~(uintptr_t)(huge - 1));
#ifdef MADV_HUGEPAGE
        madvise(px, span, MADV_HUGEPAGE);
#endif
        sf = cairo_image_surface_create_for_data(px, CAIRO_FORMAT_ARGB32, pw, ph, stride);
    } else {
        sf = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, pw, ph);
    }
    int rc = draw_surface(lay, sf, scale, err);
    if (rc == 0) {      /* an opaque background was painted: no need to look */
        cairo_surface_flush(sf);
        const unsigned char *d = cairo_image_surface_get_data(sf);
        int alpha = lay->transparent && d &&
                    has_alpha(d, cairo_image_surface_get_stride(sf), pw, ph);
        rc = encode_png(sf, out, lay->dpi > 0 ? lay->dpi : 96.0, alpha, err);
    }
    cairo_surface_destroy(sf);
    if (map != MAP_FAILED)
        munmap(map, maplen);
    return rc;
}

#ifndef DL_NO_PANGO
/* Copy SVG bytes to out with <title> and <desc> right after the <svg> tag,
 * for screen readers and search, and event links before its end. */
static int svg_with_text(const dl_layout *lay, double s, const dl_buf *in, dl_buf *out)
{
    const char *p = in->p, *end = in->p + in->n;
    const char *svg = NULL;
    for (const char *q = p; q + 4 < end; q++)
        if (!memcmp(q, "<svg", 4)) {
            svg = q;
            break;
        }
    const char *gt = svg ? memchr(svg, '>', (size_t)(end - svg)) : NULL;
    if (!gt)
        return dl_buf_put(out, p, in->n);
    if (dl_buf_put(out, p, (size_t)(gt + 1 - p)) || dl_buf_str(out, "\n") ||
        dl_svg_title_desc(lay, out))
        return -1;
    const char *close = NULL;          /* the last "</svg>" */
    for (const char *q = end - 6; q > gt; q--)
        if (!memcmp(q, "</svg>", 6)) {
            close = q;
            break;
        }
    if (!close)
        close = end;
    if (dl_buf_put(out, gt + 1, (size_t)(close - gt - 1)) || dl_svg_links(lay, s, out) ||
        dl_buf_put(out, close, (size_t)(end - close)))
        return -1;
    return 0;
}

/* Render to SVG bytes: written directly when the compiled-in fonts set
 * the chart's text (svg.c), else through cairo's SVG surface. */
static int to_svg(const dl_layout *lay, dl_buf *out, dl_error *err)
{
    if (lay->builtin_text)
        return dl_svg_bytes(lay, out, err);
    int w, h;
    if (canvas_px(lay, &w, &h, err))
        return -1;
    /* the document size in the chosen unit; the drawing scaled to match,
       so width/height and viewBox agree */
    static const double per_px[5] = {1.0, 0.75, 25.4 / 96, 2.54 / 96, 1.0 / 96};
    static const cairo_svg_unit_t units[5] = {CAIRO_SVG_UNIT_PX, CAIRO_SVG_UNIT_PT,
                                              CAIRO_SVG_UNIT_MM, CAIRO_SVG_UNIT_CM,
                                              CAIRO_SVG_UNIT_IN};
    int u = lay->unit >= 0 && lay->unit < 5 ? lay->unit : 0;
    double lw, lh;
    dl_layout_size(lay, &lw, &lh);
    dl_buf raw = {0};
    cairo_surface_t *sf = cairo_svg_surface_create_for_stream(
        cairo_to_mem, &raw, u ? lw * per_px[u] : w, u ? lh * per_px[u] : h);
    if (cairo_surface_status(sf) == CAIRO_STATUS_SUCCESS)
        cairo_svg_surface_set_document_unit(sf, units[u]);
    int rc = draw_surface(lay, sf, per_px[u], err);
    cairo_surface_destroy(sf);
    if (rc == 0 && (raw.oom || svg_with_text(lay, per_px[u], &raw, out))) {
        dl_io_error(err, NULL, "out of memory", NULL);
        rc = -1;
    }
    free(raw.p);
    return rc;
}

/* The PDF creation date: SOURCE_DATE_EPOCH when set, else a fixed date. */
static void pdf_date(char *buf, size_t size)
{
    const char *env = getenv("SOURCE_DATE_EPOCH");
    snprintf(buf, size, "%s", DEFAULT_PDF_DATE);
    if (!env || !*env)
        return;
    char *end;
    errno = 0;
    long long v = strtoll(env, &end, 10);
    if (errno || *end || v < 0)
        return;
    time_t t = (time_t)v;
    struct tm tm;
    if (gmtime_r(&t, &tm))
        strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* Render to PDF bytes: one page of the chart's physical size. */
static int to_pdf(const dl_layout *lay, dl_buf *out, dl_error *err)
{
    int w, h;
    if (canvas_px(lay, &w, &h, err))
        return -1;
    cairo_surface_t *sf = cairo_pdf_surface_create_for_stream(cairo_to_mem, out, w * 0.75, h * 0.75);
    if (cairo_surface_status(sf) == CAIRO_STATUS_SUCCESS) {
        char date[64];
        pdf_date(date, sizeof date);
        cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_CREATE_DATE, date);
        cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_MOD_DATE, date);
        cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_CREATOR, "dateline " DL_VERSION);
        if (lay->title && *lay->title)
            cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_TITLE, lay->title);
        if (lay->desc && *lay->desc)
            cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_SUBJECT, lay->desc);
    }
    int rc = draw_surface(lay, sf, 0.75, err);
    cairo_surface_destroy(sf);
    return rc;
}

#else
/* Nothing process-wide to release but cairo's caches (fonts.c has the
 * full version). */
void dl_render_release(void);

void dl_shutdown(void)
{
    dl_render_release();
    cairo_debug_reset_static_data();
}
#endif

/* Render to memory in the format, then write atomically (dateline.h). */
int dl_write(const dl_layout *lay, dl_format fmt, const char *path, dl_error *err)
{
    dl_buf b = {0};
    int rc;
    if (!lay || !path) {
        dl_io_error(err, path, "nothing to write", NULL);
        return -1;
    }
    switch (fmt) {
    case DL_FMT_PNG: rc = to_png(lay, &b, err); break;
#ifdef DL_NO_PANGO
    /* the raster module: PNG, and the SVG svg.c writes, of builtin_text
       layouts; PDF keeps its text as text, through Pango */
    case DL_FMT_SVG: rc = dl_svg_bytes(lay, &b, err); break;
    case DL_FMT_PDF:
        dl_io_error(err, path, "this module does not write PDF", NULL);
        return -1;
#else
    case DL_FMT_SVG: rc = to_svg(lay, &b, err); break;
    case DL_FMT_PDF: rc = to_pdf(lay, &b, err); break;
#endif
    case DL_FMT_LAYOUT_JSON: {
        size_t len;
        char *s = dl_layout_json(lay, &len);
        if (!s) {
            dl_io_error(err, path, "out of memory", NULL);
            return -1;
        }
        rc = dl_write_bytes(path, s, len, err);
        free(s);
        return rc;
    }
    default:
        dl_io_error(err, path, "not a chart format (use png, svg, pdf or layout-json)", NULL);
        return -1;
    }
    if (rc == 0 && b.oom) {
        dl_io_error(err, path, "out of memory", NULL);
        rc = -1;
    }
    if (rc == 0)
        rc = dl_write_bytes(path, (const char *)b.p, b.n, err);
    else if (err && !err->file[0])
        snprintf(err->file, sizeof err->file, "%s", path);
    free(b.p);
    return rc;
}
