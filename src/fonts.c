/*
 * fonts.c - bundled fonts, text measurement and dl_layout_new.
 *
 * The fonts in DATELINE_FONTDIR (environment) or DL_FONTDIR (build time)
 * are added to a private FcConfig, so the output never depends on the fonts
 * a machine has installed.  One Pango context with fixed font options
 * (grey antialiasing, no hinting, unhinted metrics, 72 dpi so 1 pt = 1 px
 * user unit, unrounded glyph positions, language "en") serves both
 * measuring and drawing: what the layout measured is what gets drawn.
 *
 * With dl_chart_opts.system_fonts the configuration is fontconfig's default
 * one (the machine's fonts) with the bundled fonts added and the machine's
 * own copies of the bundled family taken out, so Latin, Greek and Cyrillic
 * still come from the bundled files and only the characters they lack
 * (CJK, Arabic, Hebrew, ...) fall back to the machine's fonts.
 */
#include "fonts.h"
#include "glyphs.h"

#include <cairo.h>
#include <dirent.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangofc-fontmap.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef DL_FONTDIR
#define DL_FONTDIR "fonts"
#endif

#define FAMILY "Noto Sans"

/* A measured text, remembered: a layout measures the same strings many
 * times ("+3 more", the same date, a label at each width it tries): 1,000
 * events make 1,541 measurements of 639 different texts. */
typedef struct meas_entry {
    char *text;                              /* NULL: an empty slot */
    uint64_t hash;
    double wrap, w, h;
    int role, max_lines, unknown;
} meas_entry;

/* The process-wide font state. */
static struct {
    FcConfig *cfg;
    PangoFontMap *map;
    PangoContext *ctx;
    PangoLayout *meas;                       /* reused for measuring */
    PangoFontDescription *desc[DL_ROLE_COUNT];
    PangoCoverage *cov;                      /* characters the fonts have */
    gunichar missing[32];                    /* first characters they lack */
    size_t nmissing, unknown;                /* distinct listed; glyphs total */
    int system;                              /* the machine's fonts too */
    meas_entry *memo;                        /* open addressing, by hash */
    size_t nmemo, capmemo;                   /* capmemo: 0 or a power of 2 */
} F;

/* Were the machine's fonts loaded at some time?  Their fontconfig caches
 * may then outlive our configuration, so FcFini must not run. */
static int system_used;

/* Fill err with a message, optionally naming a file. */
static void fonts_err(dl_error *err, const char *file, const char *msg)
{
    if (!err)
        return;
    memset(err, 0, sizeof *err);
    snprintf(err->file, sizeof err->file, "%s", file ? file : "");
    snprintf(err->msg, sizeof err->msg, "%s", msg);
}

/* The directory holding the bundled fonts. */
static const char *font_dir(void)
{
    const char *env = getenv("DATELINE_FONTDIR");
    return env && *env ? env : DL_FONTDIR;
}

/* Does the file name end in a font extension we load? */
static int is_font_file(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && name[0] != '.' &&
           (!strcmp(name + n - 4, ".ttf") || !strcmp(name + n - 4, ".otf") ||
            !strcmp(name + n - 4, ".TTF") || !strcmp(name + n - 4, ".OTF"));
}

/* Sort file names so fonts load in the same order everywhere. */
static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Add every font file of dir to cfg.  Returns how many were added, -1 if
 * the directory cannot be read or memory runs out. */
static int add_font_files(FcConfig *cfg, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    int rc = 0;
    while ((de = readdir(d)) != NULL) {
        if (!is_font_file(de->d_name))
            continue;
        if (n == cap) {
            size_t nc = cap ? cap * 2 : 8;
            char **v = realloc(names, nc * sizeof *v);
            if (!v) { rc = -1; break; }
            names = v;
            cap = nc;
        }
        if (!(names[n] = strdup(de->d_name))) { rc = -1; break; }
        n++;
    }
    closedir(d);
    if (names)
        qsort(names, n, sizeof *names, cmp_name);
    int added = 0;
    for (size_t i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        if (rc == 0 && FcConfigAppFontAddFile(cfg, (const FcChar8 *)path))
            added++;
        free(names[i]);
    }
    free(names);
    return rc ? -1 : added;
}

/* Configure a context for reproducible output. */
static void setup_context(PangoContext *ctx)
{
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_subpixel_order(fo, CAIRO_SUBPIXEL_ORDER_DEFAULT);
    pango_cairo_context_set_font_options(ctx, fo);
    cairo_font_options_destroy(fo);
    pango_cairo_context_set_resolution(ctx, 72.0);
    pango_context_set_round_glyph_positions(ctx, FALSE);
    pango_context_set_language(ctx, pango_language_from_string("en"));
    pango_context_set_base_dir(ctx, PANGO_DIRECTION_LTR);
}

/* Check that the family we asked for is the one fontconfig gives. */
static int family_ok(void)
{
    PangoFont *font = pango_font_map_load_font(F.map, F.ctx, F.desc[DL_ROLE_LABEL]);
    if (!font)
        return 0;
    PangoFontDescription *got = pango_font_describe(font);
    const char *fam = got ? pango_font_description_get_family(got) : NULL;
    int ok = fam && !strcmp(fam, FAMILY) &&
             pango_font_description_get_weight(got) >= PANGO_WEIGHT_SEMIBOLD;
    pango_font_description_free(got);
    g_object_unref(font);
    return ok;
}

/* Does the pattern name the bundled family? */
static int is_bundled_family(FcPattern *pat)
{
    FcChar8 *fam;
    for (int i = 0; FcPatternGetString(pat, FC_FAMILY, i, &fam) == FcResultMatch; i++)
        if (!strcmp((const char *)fam, FAMILY))
            return 1;
    return 0;
}

/* Take the machine's copies of the bundled family out of cfg's system
 * fonts, so the bundled files (application fonts) always serve it. */
static void drop_system_family(FcConfig *cfg)
{
    FcFontSet *fs = FcConfigGetFonts(cfg, FcSetSystem);
    if (!fs)
        return;
    int k = 0;
    for (int i = 0; i < fs->nfont; i++) {
        if (is_bundled_family(fs->fonts[i]))
            FcPatternDestroy(fs->fonts[i]);
        else
            fs->fonts[k++] = fs->fonts[i];
    }
    fs->nfont = k;
}

/* A fontconfig configuration: empty (bundled fonts only) or the machine's
 * default one. */
static FcConfig *make_config(int system)
{
    if (!system)
        return FcConfigCreate();
    FcConfig *cfg = FcInitLoadConfigAndFonts();
    if (cfg)
        drop_system_family(cfg);
    return cfg;
}

/* Build the fontconfig + Pango state once (fonts.h). */
static int fonts_init(int system, dl_error *err)
{
    if (F.map)
        return 0;
    const char *dir = font_dir();
    F.cfg = make_config(system);
    if (!F.cfg) {
        fonts_err(err, dir, "cannot create a fontconfig configuration");
        return -1;
    }
    F.system = system;
    system_used |= system;
    int added = add_font_files(F.cfg, dir);
    if (added <= 0) {
        fonts_err(err, dir, added < 0 ? "cannot read the font directory (set DATELINE_FONTDIR)"
                                      : "no usable font files in the font directory");
        dl_fonts_shutdown();
        return -1;
    }
#ifdef DL_OWN_PROCESS
    /* Built into the command line's chart module, which owns its process:
       our configuration becomes fontconfig's current one before Pango
       starts, and Pango uses the current one.  Pango 1.50 calls FcInit()
       in a thread of its own when a font map is made, which would
       otherwise parse the machine's fonts.conf and load the caches of
       every installed font (some 6-8 ms) for nothing.  The library proper
       must not change a process-wide setting of its host, so it gives
       Pango the configuration instead (below). */
    FcConfigSetCurrent(F.cfg);
#endif
    F.map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
    if (!F.map) {
        fonts_err(err, dir, "cannot create a Pango font map");
        dl_fonts_shutdown();
        return -1;
    }
#ifndef DL_OWN_PROCESS
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(F.map), F.cfg);
#endif
    F.ctx = pango_font_map_create_context(F.map);
    setup_context(F.ctx);
    for (int r = 0; r < DL_ROLE_COUNT; r++) {
        F.desc[r] = pango_font_description_new();
        pango_font_description_set_family(F.desc[r], FAMILY);
        pango_font_description_set_weight(F.desc[r], dl_role_fonts[r].bold
                                          ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        pango_font_description_set_absolute_size(F.desc[r], dl_role_fonts[r].size * PANGO_SCALE);
    }
    F.meas = pango_layout_new(F.ctx);
    PangoFont *font = pango_font_map_load_font(F.map, F.ctx, F.desc[DL_ROLE_DATE]);
    if (font) {
        F.cov = pango_font_get_coverage(font, pango_language_from_string("en"));
        g_object_unref(font);
    }
    if (!F.ctx || !F.meas || !F.cov || !family_ok()) {
        fonts_err(err, dir, "the bundled font " FAMILY " (regular and bold) did not load");
        dl_fonts_shutdown();
        return -1;
    }
    return 0;
}

int dl_fonts_init(dl_error *err)
{
    return fonts_init(F.map ? F.system : 0, err);
}

/* Switch between bundled-only and bundled + machine fonts (fonts.h). */
int dl_fonts_use(int system, dl_error *err)
{
    system = system != 0;
    if (F.map && F.system != system)
        dl_fonts_shutdown();
    return fonts_init(system, err);
}

/* Set up a layout for a role, text, wrap width and line limit. */
static void prepare(PangoLayout *pl, dl_role role, const char *text, double wrap, int max_lines)
{
    /* Labels hang from their left edge whatever the script: right-to-left
       text (Arabic, Hebrew) is ordered right to left inside its line but
       the line stays left-aligned, where it was measured. */
    pango_layout_set_auto_dir(pl, FALSE);
    pango_layout_set_alignment(pl, PANGO_ALIGN_LEFT);
    pango_layout_set_font_description(pl, F.desc[role]);
    pango_layout_set_width(pl, wrap > 0 ? (int)(wrap * PANGO_SCALE) : -1);
    pango_layout_set_wrap(pl, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_height(pl, max_lines > 0 ? -max_lines : -1);
    pango_layout_set_ellipsize(pl, max_lines > 0 && wrap > 0 ? PANGO_ELLIPSIZE_END
                                                             : PANGO_ELLIPSIZE_NONE);
    pango_layout_set_text(pl, text, -1);
}

PangoLayout *dl_fonts_layout(dl_role role, const char *text, double wrap, int max_lines)
{
    if (!F.ctx || role < 0 || role >= DL_ROLE_COUNT)
        return NULL;
    PangoLayout *pl = pango_layout_new(F.ctx);
    if (pl)
        prepare(pl, role, text, wrap, max_lines);
    return pl;
}

/* Does any loaded font have ch?  The bundled font's coverage answers
 * quickly; with the machine's fonts, a layout of ch alone decides. */
static int have_char(gunichar ch)
{
    if (pango_coverage_get(F.cov, (int)ch) != PANGO_COVERAGE_NONE)
        return 1;
    if (!F.system)
        return 0;
    char u[8] = {0};
    g_unichar_to_utf8(ch, u);
    PangoLayout *pl = pango_layout_new(F.ctx);
    if (!pl)
        return 0;
    prepare(pl, DL_ROLE_LABEL, u, 0, 0);
    int unknown = pango_layout_get_unknown_glyphs_count(pl);
    g_object_unref(pl);
    return unknown == 0;
}

/* Remember which characters of text the fonts lack (the first few). */
static void note_missing(const char *text, int unknown)
{
    F.unknown += (size_t)unknown;
    for (const char *p = text; *p; p = g_utf8_next_char(p)) {
        gunichar ch = g_utf8_get_char(p);
        if (g_unichar_isspace(ch) || g_unichar_iscntrl(ch) ||
            F.nmissing == sizeof F.missing / sizeof F.missing[0])
            continue;
        size_t i = 0;
        while (i < F.nmissing && F.missing[i] != ch)
            i++;
        if (i == F.nmissing && !have_char(ch))
            F.missing[F.nmissing++] = ch;
    }
}

/* The hash of a measurement's arguments (FNV-1a). */
static uint64_t memo_hash(dl_role role, const char *text, double wrap, int max_lines)
{
    uint64_t x = 1469598103934665603u, bits;
    memcpy(&bits, &wrap, sizeof bits);
    uint64_t k[3] = {(uint64_t)role, (uint64_t)(unsigned)max_lines, bits};
    for (int i = 0; i < 3; i++)
        for (int b = 0; b < 64; b += 8)
            x = (x ^ ((k[i] >> b) & 0xFF)) * 1099511628211u;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        x = (x ^ *p) * 1099511628211u;
    return x;
}

/* The slot of a measurement in the memo: its entry, or the empty slot
 * where it would go.  capmemo must be non-zero. */
static meas_entry *memo_slot(uint64_t hash, dl_role role, const char *text, double wrap,
                             int max_lines)
{
    size_t i = (size_t)hash & (F.capmemo - 1);
    for (;; i = (i + 1) & (F.capmemo - 1)) {
        meas_entry *e = &F.memo[i];
        if (!e->text || (e->hash == hash && e->role == (int)role && e->wrap == wrap &&
                         e->max_lines == max_lines && !strcmp(e->text, text)))
            return e;
    }
}

/* Remember a measurement; out of memory only means it is not remembered. */
static void memo_add(uint64_t hash, dl_role role, const char *text, double wrap, int max_lines,
                     double w, double h, int unknown)
{
    if ((F.nmemo + 1) * 2 > F.capmemo) {      /* at most half full */
        size_t cap = F.capmemo ? F.capmemo * 2 : 1024;
        meas_entry *old = F.memo, *v = calloc(cap, sizeof *v);
        if (!v)
            return;
        size_t oldcap = F.capmemo;
        F.memo = v;
        F.capmemo = cap;
        for (size_t i = 0; i < oldcap; i++)
            if (old[i].text)
                *memo_slot(old[i].hash, (dl_role)old[i].role, old[i].text, old[i].wrap,
                           old[i].max_lines) = old[i];
        free(old);
    }
    meas_entry *e = memo_slot(hash, role, text, wrap, max_lines);
    if (!(e->text = strdup(text)))
        return;
    e->hash = hash;
    e->role = (int)role;
    e->wrap = wrap;
    e->max_lines = max_lines;
    e->w = w;
    e->h = h;
    e->unknown = unknown;
    F.nmemo++;
}

/* Forget every measurement (the fonts change or go). */
static void memo_clear(void)
{
    for (size_t i = 0; i < F.capmemo; i++)
        free(F.memo[i].text);
    free(F.memo);
    F.memo = NULL;
    F.nmemo = F.capmemo = 0;
}

/* The dl_measurer callback: logical extents of the laid-out text,
 * remembered for the next time the same text is measured the same way. */
static int fonts_measure(void *ctx, dl_role role, const char *text, double wrap,
                         int max_lines, double *w, double *h)
{
    (void)ctx;
    if (!F.meas || role < 0 || role >= DL_ROLE_COUNT)
        return -1;
    uint64_t hash = memo_hash(role, text, wrap, max_lines);
    meas_entry *e = F.capmemo ? memo_slot(hash, role, text, wrap, max_lines) : NULL;
    if (e && e->text) {
        if (e->unknown > 0)     /* as measuring it again would */
            note_missing(text, e->unknown);
        *w = e->w;
        *h = e->h;
        return 0;
    }
    prepare(F.meas, role, text, wrap, max_lines);
    PangoRectangle ink, logical;
    pango_layout_get_extents(F.meas, &ink, &logical);
    int unknown = pango_layout_get_unknown_glyphs_count(F.meas);
    if (unknown > 0)
        note_missing(text, unknown);
    *w = (double)(logical.x + logical.width) / PANGO_SCALE;
    *h = (double)(logical.y + logical.height) / PANGO_SCALE;
    memo_add(hash, role, text, wrap, max_lines, *w, *h, unknown);
    return 0;
}

const dl_measurer dl_fonts_measurer = {NULL, fonts_measure};

/* Free the font state; -1 if Pango still holds the map (fonts.h). */
int dl_fonts_shutdown(void)
{
    memo_clear();
    if (F.meas)
        g_object_unref(F.meas);
    if (F.cov)
        pango_coverage_unref(F.cov);
    for (int r = 0; r < DL_ROLE_COUNT; r++)
        if (F.desc[r])
            pango_font_description_free(F.desc[r]);
    if (F.ctx)
        g_object_unref(F.ctx);
    int freed = 1;
    if (F.map) {
        /* Pango 1.50 initialises fontconfig in a thread that holds a
           reference to the map for a while: wait (up to 2 s) for it. */
        static gpointer map;
        map = F.map;
        g_object_add_weak_pointer(G_OBJECT(F.map), &map);
        g_object_unref(F.map);
        for (int i = 0; i < 2000 && g_atomic_pointer_get(&map); i++)
            g_usleep(1000);
        freed = g_atomic_pointer_get(&map) == NULL;
    }
    if (F.cfg)
        FcConfigDestroy(F.cfg);
    memset(&F, 0, sizeof F);
    return freed ? 0 : -1;
}

/* A short English name of a script. */
static const char *script_name(GUnicodeScript sc, char tag[5])
{
    static const struct { GUnicodeScript sc; const char *name; } names[] = {
        {G_UNICODE_SCRIPT_HAN, "Han"},
        {G_UNICODE_SCRIPT_HIRAGANA, "Hiragana"},
        {G_UNICODE_SCRIPT_KATAKANA, "Katakana"},
        {G_UNICODE_SCRIPT_HANGUL, "Hangul"},
        {G_UNICODE_SCRIPT_ARABIC, "Arabic"},
        {G_UNICODE_SCRIPT_HEBREW, "Hebrew"},
        {G_UNICODE_SCRIPT_THAI, "Thai"},
        {G_UNICODE_SCRIPT_DEVANAGARI, "Devanagari"},
        {G_UNICODE_SCRIPT_BENGALI, "Bengali"},
        {G_UNICODE_SCRIPT_TAMIL, "Tamil"},
        {G_UNICODE_SCRIPT_ETHIOPIC, "Ethiopic"},
        {G_UNICODE_SCRIPT_ARMENIAN, "Armenian"},
        {G_UNICODE_SCRIPT_GEORGIAN, "Georgian"},
        {G_UNICODE_SCRIPT_COMMON, "symbols"},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (names[i].sc == sc)
            return names[i].name;
    guint32 t = g_unicode_script_to_iso15924(sc);
    for (int i = 0; i < 4; i++)
        tag[i] = (char)(t >> (24 - 8 * i));
    tag[4] = 0;
    return tag;
}

/* A warning naming the characters the fonts lack, by script, or NULL:
 * "the bundled fonts lack Hebrew (ש U+05E9, ל U+05DC, ...), Arabic (...):
 * 12 different characters will show as boxes (--system-fonts uses the
 * machine's fonts)".  (Distinct characters: a layout may measure a text
 * more than once.) */
static char *missing_warning(void)
{
    if (!F.unknown)
        return NULL;
    enum { CAP = 640, PER_SCRIPT = 3 };
    char list[CAP] = "";
    size_t n = 0;
    int done[sizeof F.missing / sizeof F.missing[0]] = {0};
    for (size_t i = 0; i < F.nmissing; i++) {
        if (done[i])
            continue;
        GUnicodeScript sc = g_unichar_get_script(F.missing[i]);
        char tag[5], one[160];
        int k = snprintf(one, sizeof one, "%s%s (", n ? ", " : "", script_name(sc, tag));
        int shown = 0, more = 0;
        for (size_t j = i; j < F.nmissing; j++) {
            if (done[j] || g_unichar_get_script(F.missing[j]) != sc)
                continue;
            done[j] = 1;
            if (shown == PER_SCRIPT) {
                more = 1;
                continue;
            }
            char u[8] = {0};
            g_unichar_to_utf8(F.missing[j], u);
            k += snprintf(one + k, sizeof one - (size_t)k, "%s%s U+%04X", shown ? ", " : "", u,
                          (unsigned)F.missing[j]);
            shown++;
        }
        k += snprintf(one + k, sizeof one - (size_t)k, "%s)", more ? ", ..." : "");
        if (k < 0 || (size_t)k >= sizeof one || n + (size_t)k >= sizeof list)
            break;
        memcpy(list + n, one, (size_t)k + 1);
        n += (size_t)k;
    }
    size_t cap = CAP + 200;
    char *w = malloc(cap);
    if (w)
        snprintf(w, cap, "the %s lack %s: %s%zu different character%s will show as boxes%s",
                 F.system ? "bundled and the machine's fonts" : "bundled fonts", list,
                 F.nmissing == sizeof F.missing / sizeof F.missing[0] ? "at least " : "",
                 F.nmissing, F.nmissing == 1 ? "" : "s",
                 F.system ? "" : " (--system-fonts uses the machine's fonts)");
    return w;
}

/* Lay out with the bundled fonts and note missing glyphs (dateline.h). */
dl_layout *dl_layout_new(const dl_events *l, const dl_chart_opts *o, dl_error *err)
{
    /* text the compiled-in fonts can set is measured without Pango, with
       the same result (glyphs.h) */
    int unsupported;
    dl_layout *built = dl_layout_builtin(l, o, err, &unsupported);
    if (built || !unsupported)
        return built;
    if (dl_fonts_use(o && o->system_fonts, err))
        return NULL;
    F.unknown = F.nmissing = 0;
    dl_layout *lay = dl_layout_build(l, o, &dl_fonts_measurer, err);
    char *fw = lay ? missing_warning() : NULL;
    if (fw && lay->warning) {          /* both: one line, "; " between */
        size_t a = strlen(lay->warning), b = strlen(fw);
        char *w = malloc(a + b + 3);
        if (w) {
            memcpy(w, lay->warning, a);
            memcpy(w + a, "; ", 2);
            memcpy(w + a + 2, fw, b + 1);
        }
        free(fw);
        fw = w;
        free(lay->warning);
        lay->warning = NULL;
    }
    if (fw)
        lay->warning = fw;
    return lay;
}

/* The layout's warning, or NULL (layout.h). */
const char *dl_layout_warning(const dl_layout *lay)
{
    return lay ? lay->warning : NULL;
}

/* Releases the fonts; when nothing of Pango's is still alive, also cairo's
 * and fontconfig's static data, so leak checkers see a clean exit.  Call it
 * once, at exit: the process must not use Cairo or fontconfig afterwards. */
void dl_shutdown(void)
{
    if (dl_fonts_shutdown() == 0 && !system_used) {
        cairo_debug_reset_static_data();
        FcFini();
    }
}
