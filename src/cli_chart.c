/*
 * cli_chart.c - the command line's door to the chart module (CLI only).
 *
 * Drawing needs Cairo and Pango, and merely loading them (some 40 shared
 * libraries: cairo pulls in X11 and xcb, pango glib, gio and harfbuzz)
 * costs about 10 ms here, most of a run that writes CSV or JSON, tags
 * TimeML or prints --version.  So the dateline binary is linked without
 * them.  fonts.c, render.c and backend.c, the only files that use Cairo,
 * Pango or libpng, are built into a module, dateline-chart.so, that this
 * file loads with dlopen the first time a chart is asked for; it gives the
 * binary the public functions of those files as calls into the module.
 * The module takes the rest of the library (dl_layout_build, ...) from the
 * binary, which exports exactly the symbols it needs (Makefile).
 *
 * The module's path is fixed at build time (DL_CHART_MODULE: the build
 * directory, or $(PREFIX)/lib/dateline when installed), like the fonts';
 * DATELINE_CHART_MODULE overrides it.  libdateline.a and libdateline.so
 * are whole: programs that draw into their own Cairo surface link Cairo
 * directly and never see this file.
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

/* The module's functions, once loaded. */
static struct {
    int tried;
    void *handle;
    char why[200];        /* why loading failed */
    dl_layout *(*layout_new)(const dl_events *, const dl_chart_opts *, dl_error *);
    int (*render)(const dl_layout *, void *, dl_error *);
    int (*write)(const dl_layout *, dl_format, const char *, dl_error *);
    void (*shutdown)(void);
} M;

/* The module's path. */
static const char *module_path(void)
{
    const char *env = getenv("DATELINE_CHART_MODULE");
    return env && *env ? env : DL_CHART_MODULE;
}

/* Load the module once; 0, or -1 with err filled. */
static int load(dl_error *err)
{
    if (!M.tried) {
        M.tried = 1;
        /* lazy binding: a chart calls a few hundred of the thousands of
           functions the module's libraries offer */
        M.handle = dlopen(module_path(), RTLD_LAZY | RTLD_LOCAL);
        if (M.handle) {
            M.layout_new = (dl_layout * (*)(const dl_events *, const dl_chart_opts *, dl_error *))
                dlsym(M.handle, "dl_layout_new");
            M.render = (int (*)(const dl_layout *, void *, dl_error *))
                dlsym(M.handle, "dl_render");
            M.write = (int (*)(const dl_layout *, dl_format, const char *, dl_error *))
                dlsym(M.handle, "dl_write");
            M.shutdown = (void (*)(void))dlsym(M.handle, "dl_shutdown");
            if (!M.layout_new || !M.render || !M.write || !M.shutdown) {
                snprintf(M.why, sizeof M.why, "the module lacks a function");
                M.handle = NULL;
            }
        } else {
            const char *e = dlerror();
            snprintf(M.why, sizeof M.why, "%s", e ? e : "dlopen failed");
        }
    }
    if (M.handle)
        return 0;
    if (err) {
        memset(err, 0, sizeof *err);
        snprintf(err->file, sizeof err->file, "%s", module_path());
        snprintf(err->msg, sizeof err->msg, "cannot load the chart module: %s", M.why);
    }
    return -1;
}

/* A chart whose text the compiled-in fonts can set is laid out here, and
 * written here when it is an SVG (svg.c): the module is not loaded. */
dl_layout *dl_layout_new(const dl_events *l, const dl_chart_opts *o, dl_error *err)
{
    int unsupported;
    dl_layout *lay = dl_layout_builtin(l, o, err, &unsupported);
    if (lay || !unsupported)
        return lay;
    return load(err) ? NULL : M.layout_new(l, o, err);
}

const char *dl_layout_warning(const dl_layout *lay)
{
    return lay ? lay->warning : NULL;
}

int dl_render(const dl_layout *lay, void *cairo_cr, dl_error *err)
{
    return load(err) ? -1 : M.render(lay, cairo_cr, err);
}

int dl_write(const dl_layout *lay, dl_format fmt, const char *path, dl_error *err)
{
    if (fmt == DL_FMT_SVG && lay && lay->builtin_text)
        return dl_svg_write(lay, path, err);
    return load(err) ? -1 : M.write(lay, fmt, path, err);
}

/* Nothing to release when no chart was drawn.  The module stays mapped:
 * glib and its type system cannot be unloaded. */
void dl_shutdown(void)
{
    if (M.handle)
        M.shutdown();
}
