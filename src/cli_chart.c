/*
 * cli_chart.c - the command line's door to the chart modules (CLI only).
 *
 * Drawing needs Cairo and Pango, and merely loading them (some 40 shared
 * libraries: cairo pulls in X11 and xcb, pango glib, gio and harfbuzz)
 * costs about 10 ms here, most of a run that writes CSV or JSON, tags
 * TimeML or prints --version.  So the dateline binary is linked without
 * them, and gives the public chart functions as calls into modules loaded
 * with dlopen when first needed:
 *
 *   - nothing at all for a chart whose text the compiled-in fonts set
 *     (glyphs.h) and which is written as SVG (svg.c): laid out and written
 *     by the binary itself;
 *   - dateline-raster.so (render.c and backend.c built without Pango,
 *     Cairo alone) for the PNG of such a chart;
 *   - dateline-chart.so (fonts.c, render.c, backend.c: Cairo and Pango)
 *     for PDF, and for any chart with text Pango must set.
 *
 * The modules take the rest of the library (dl_layout_build, ...) from the
 * binary, which exports exactly the symbols they need (Makefile).  Their
 * paths are fixed at build time (the build directory, or
 * $(PREFIX)/lib/dateline when installed), like the fonts';
 * DATELINE_CHART_MODULE and DATELINE_RASTER_MODULE override them.
 * libdateline.a and libdateline.so are whole: programs that draw into
 * their own Cairo surface link Cairo directly and never see this file.
 */
#include "dateline.h"
#include "glyphs.h"
#include "layout.h"
#include "svg.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef DL_CHART_MODULE
#define DL_CHART_MODULE "dateline-chart.so"
#endif
#ifndef DL_RASTER_MODULE
#define DL_RASTER_MODULE "dateline-raster.so"
#endif

/* A module's functions, once loaded. */
typedef struct module {
    const char *env, *path;  /* the override's name; the built-in path */
    int tried;
    void *handle;
    char why[200];           /* why loading failed */
    dl_layout *(*layout_new)(const dl_events *, const dl_chart_opts *, dl_error *);
    int (*render)(const dl_layout *, void *, dl_error *);
    int (*write)(const dl_layout *, dl_format, const char *, dl_error *);
    void (*shutdown)(void);
} module;

static module chart = {.env = "DATELINE_CHART_MODULE", .path = DL_CHART_MODULE};
static module raster = {.env = "DATELINE_RASTER_MODULE", .path = DL_RASTER_MODULE};

/* A module's path. */
static const char *module_path(const module *m)
{
    const char *env = getenv(m->env);
    return env && *env ? env : m->path;
}

/* Load a module once; 0, or -1 with err filled. */
static int load(module *m, dl_error *err)
{
    if (!m->tried) {
        m->tried = 1;
        /* lazy binding: a chart calls a few hundred of the thousands of
           functions the module's libraries offer */
        m->handle = dlopen(module_path(m), RTLD_LAZY | RTLD_LOCAL);
        if (m->handle) {
            m->layout_new = (dl_layout * (*)(const dl_events *, const dl_chart_opts *, dl_error *))
                dlsym(m->handle, "dl_layout_new");
            m->render = (int (*)(const dl_layout *, void *, dl_error *))
                dlsym(m->handle, "dl_render");
            m->write = (int (*)(const dl_layout *, dl_format, const char *, dl_error *))
                dlsym(m->handle, "dl_write");
            m->shutdown = (void (*)(void))dlsym(m->handle, "dl_shutdown");
            if (!m->render || !m->write || !m->shutdown || (m == &chart && !m->layout_new)) {
                snprintf(m->why, sizeof m->why, "the module lacks a function");
                m->handle = NULL;
            }
        } else {
            const char *e = dlerror();
            snprintf(m->why, sizeof m->why, "%s", e ? e : "dlopen failed");
        }
    }
    if (m->handle)
        return 0;
    if (err) {
        memset(err, 0, sizeof *err);
        snprintf(err->file, sizeof err->file, "%s", module_path(m));
        snprintf(err->msg, sizeof err->msg, "cannot load the chart module: %s", m->why);
    }
    return -1;
}

/* A chart whose text the compiled-in fonts can set is laid out here. */
dl_layout *dl_layout_new(const dl_events *l, const dl_chart_opts *o, dl_error *err)
{
    int unsupported;
    dl_layout *lay = dl_layout_builtin(l, o, err, &unsupported);
    if (lay || !unsupported)
        return lay;
    return load(&chart, err) ? NULL : chart.layout_new(l, o, err);
}

const char *dl_layout_warning(const dl_layout *lay)
{
    return lay ? lay->warning : NULL;
}

/* The module that draws lay to fmt. */
static module *drawer(const dl_layout *lay, dl_format fmt)
{
    return lay && lay->builtin_text && fmt == DL_FMT_PNG ? &raster : &chart;
}

int dl_render(const dl_layout *lay, void *cairo_cr, dl_error *err)
{
    return load(&chart, err) ? -1 : chart.render(lay, cairo_cr, err);
}

int dl_write(const dl_layout *lay, dl_format fmt, const char *path, dl_error *err)
{
    if (fmt == DL_FMT_SVG && lay && lay->builtin_text)
        return dl_svg_write(lay, path, err);
    module *m = drawer(lay, fmt);
    return load(m, err) ? -1 : m->write(lay, fmt, path, err);
}

/* Nothing to release when no module was loaded.  The modules stay mapped:
 * glib and its type system cannot be unloaded. */
void dl_shutdown(void)
{
    if (chart.handle)
        chart.shutdown();
    if (raster.handle)
        raster.shutdown();
}
