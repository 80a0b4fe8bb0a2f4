/*
 * fontgen.c - build-time tool: the bundled fonts as C tables (internal).
 *
 *     fontgen REGULAR.ttf BOLD.ttf >fontdata.h
 *
 * For the characters most news text is made of (ASCII, Latin-1, Latin
 * Extended-A and common punctuation), each face's advance widths, pair
 * kerning and glyph outlines, so that text_metrics.c can measure text and
 * svg.c can draw it without loading FreeType, HarfBuzz or Pango at run
 * time.  Everything is taken the way Pango takes it: advances and kerning
 * come from shaping with HarfBuzz (pairs of characters, so GPOS pair
 * kerning is included), the line's ascent and descent from the font's
 * horizontal extents.  A character whose shaping is not one glyph with its
 * own advance is left out, and a pair that shapes into anything but two
 * glyphs side by side (a ligature, a mark) is listed as complex: text
 * containing either is measured and drawn by Pango instead.
 *
 * Not part of the library; built and run by the Makefile only.
 */
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H
#include <hb.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The characters covered: ranges of code points. */
static const unsigned ranges[][2] = {
    {0x0020, 0x007E},  /* ASCII */
    {0x00A0, 0x00AC},  /* Latin-1 (not the soft hyphen U+00AD) */
    {0x00AE, 0x017F},  /* Latin-1, Latin Extended-A */
    {0x2010, 0x2014},  /* hyphens and dashes */
    {0x2018, 0x201E},  /* quotation marks */
    {0x2020, 0x2022},  /* daggers, bullet */
    {0x2026, 0x2026},  /* ellipsis */
    {0x2030, 0x2030},  /* per mille */
    {0x2032, 0x2033},  /* primes */
    {0x2039, 0x203A},  /* single guillemets */
    {0x20AC, 0x20AC},  /* euro */
    {0x2122, 0x2122},  /* trade mark */
    {0x2212, 0x2212},  /* minus */
};

enum { MAXCP = 512 };

typedef struct face {
    const char *file;
    FT_Face ft;
    hb_font_t *hb;
    int upem, asc, desc;
    unsigned cp[MAXCP], gid[MAXCP];
    int adv[MAXCP];
    int n;
} face;

static void die(const char *what, const char *file)
{
    fprintf(stderr, "fontgen: %s: %s\n", file, what);
    exit(1);
}

/* Shape text (n code points); the glyph count, glyphs and positions. */
static unsigned shape(hb_font_t *font, const unsigned *text, int n,
                      hb_glyph_info_t **info, hb_glyph_position_t **pos, hb_buffer_t *buf)
{
    hb_buffer_clear_contents(buf);
    hb_buffer_add_utf32(buf, text, n, 0, n);
    hb_buffer_set_direction(buf, HB_DIRECTION_LTR);
    hb_buffer_set_language(buf, hb_language_from_string("en", -1));
    hb_buffer_guess_segment_properties(buf);
    hb_shape(font, buf, NULL, 0);
    unsigned len;
    *info = hb_buffer_get_glyph_infos(buf, &len);
    *pos = hb_buffer_get_glyph_positions(buf, NULL);
    return len;
}

static void open_face(face *f, FT_Library lib, hb_buffer_t *buf)
{
    if (FT_New_Face(lib, f->file, 0, &f->ft))
        die("cannot open the font", f->file);
    hb_blob_t *blob = hb_blob_create_from_file(f->file);
    hb_face_t *hf = hb_face_create(blob, 0);
    hb_blob_destroy(blob);
    f->upem = (int)hb_face_get_upem(hf);
    f->hb = hb_font_create(hf);
    hb_face_destroy(hf);
    hb_font_set_scale(f->hb, f->upem, f->upem);
    hb_font_extents_t ext;
    hb_font_get_h_extents(f->hb, &ext);
    f->asc = (int)ext.ascender;
    f->desc = (int)-ext.descender;
    for (size_t r = 0; r < sizeof ranges / sizeof ranges[0]; r++)
        for (unsigned cp = ranges[r][0]; cp <= ranges[r][1]; cp++) {
            hb_codepoint_t g;
            if (!hb_font_get_nominal_glyph(f->hb, cp, &g) || g == 0)
                continue;
            hb_glyph_info_t *info;
            hb_glyph_position_t *pos;
            if (shape(f->hb, &cp, 1, &info, &pos, buf) != 1 || info[0].codepoint != g ||
                pos[0].x_offset || pos[0].y_offset || pos[0].y_advance)
                continue;
            if (f->n == MAXCP)
                die("too many characters", f->file);
            f->cp[f->n] = cp;
            f->gid[f->n] = g;
            f->adv[f->n] = pos[0].x_advance;
            f->n++;
        }
}

/* Outline callbacks: SVG path data in font units, y down. */
typedef struct pathbuf {
    char *s;
    size_t n, cap;
    int open;
} pathbuf;

static void put(pathbuf *p, const char *fmt, ...)
{
    char tmp[160];
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (p->n + (size_t)k + 1 > p->cap) {
        p->cap = (p->cap + (size_t)k + 1) * 2;
        p->s = realloc(p->s, p->cap);
        if (!p->s)
            die("out of memory", "outline");
    }
    memcpy(p->s + p->n, tmp, (size_t)k + 1);
    p->n += (size_t)k;
}

static int o_move(const FT_Vector *to, void *u)
{
    pathbuf *p = u;
    put(p, p->open ? "ZM%ld %ld" : "M%ld %ld", (long)to->x, (long)-to->y);
    p->open = 1;
    return 0;
}

static int o_line(const FT_Vector *to, void *u)
{
    put(u, "L%ld %ld", (long)to->x, (long)-to->y);
    return 0;
}

static int o_conic(const FT_Vector *c, const FT_Vector *to, void *u)
{
    put(u, "Q%ld %ld %ld %ld", (long)c->x, (long)-c->y, (long)to->x, (long)-to->y);
    return 0;
}

static int o_cubic(const FT_Vector *c1, const FT_Vector *c2, const FT_Vector *to, void *u)
{
    put(u, "C%ld %ld %ld %ld %ld %ld", (long)c1->x, (long)-c1->y, (long)c2->x, (long)-c2->y,
        (long)to->x, (long)-to->y);
    return 0;
}

/* Print a string literal of the outline of glyph g. */
static void print_outline(face *f, unsigned g)
{
    if (FT_Load_Glyph(f->ft, g, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) ||
        f->ft->glyph->format != FT_GLYPH_FORMAT_OUTLINE)
        die("cannot load a glyph outline", f->file);
    static const FT_Outline_Funcs fn = {o_move, o_line, o_conic, o_cubic, 0, 0};
    pathbuf p = {0};
    put(&p, "%s", "");
    FT_Outline_Decompose(&f->ft->glyph->outline, &fn, &p);
    if (p.open)
        put(&p, "Z");
    printf("\"%s\"", p.s);
    free(p.s);
}

/* A ligature the fonts make by default ("fi", "ffl"): its characters,
 * glyph and advance. */
typedef struct lig {
    unsigned cp[3];
    int len;
    unsigned gid;
    int adv;
} lig;

/* Find the ligatures among pairs and triples of covered characters. */
static int find_ligs(face *f, hb_buffer_t *buf, lig *out, int cap)
{
    int n = 0;
    for (int i = 0; i < f->n; i++)
        for (int j = 0; j < f->n; j++) {
            unsigned t[3] = {f->cp[i], f->cp[j], 0};
            hb_glyph_info_t *info;
            hb_glyph_position_t *pos;
            if (shape(f->hb, t, 2, &info, &pos, buf) != 1)
                continue;
            if (n == cap)
                die("too many ligatures", f->file);
            out[n++] = (lig){{t[0], t[1], 0}, 2, info[0].codepoint, pos[0].x_advance};
            for (int k = 0; k < f->n; k++) {
                t[2] = f->cp[k];
                if (shape(f->hb, t, 3, &info, &pos, buf) != 1)
                    continue;
                if (n == cap)
                    die("too many ligatures", f->file);
                out[n++] = (lig){{t[0], t[1], t[2]}, 3, info[0].codepoint, pos[0].x_advance};
            }
        }
    return n;
}

/* The characters and glyph of cluster id (a code point, or BF_LIG0 + the
 * index of a ligature). */
static int cluster(const face *f, const lig *ligs, unsigned id, unsigned *cps, unsigned *gid,
                   int *adv)
{
    if (id >= 0x110000) {
        const lig *l = &ligs[id - 0x110000];
        memcpy(cps, l->cp, sizeof l->cp);
        *gid = l->gid;
        *adv = l->adv;
        return l->len;
    }
    for (int i = 0; i < f->n; i++)
        if (f->cp[i] == id) {
            cps[0] = id;
            *gid = f->gid[i];
            *adv = f->adv[i];
            return 1;
        }
    return 0;
}

/* Print the kerning of cluster a before cluster b, or that the pair is
 * complex (shapes into something else than the two glyphs side by side).
 * Returns 1 when a line was printed. */
static int print_pair(face *f, const lig *ligs, hb_buffer_t *buf, unsigned a, unsigned b)
{
    unsigned t[6], ga = 0, gb = 0;
    int aa = 0, ab = 0;
    int na = cluster(f, ligs, a, t, &ga, &aa);
    int nb = cluster(f, ligs, b, t + na, &gb, &ab);
    hb_glyph_info_t *info;
    hb_glyph_position_t *pos;
    unsigned len = shape(f->hb, t, na + nb, &info, &pos, buf);
    int simple = len == 2 && info[0].codepoint == ga && info[1].codepoint == gb &&
                 !pos[0].x_offset && !pos[1].x_offset && !pos[0].y_offset &&
                 !pos[1].y_offset && pos[1].x_advance == ab;
    int kern = simple ? pos[0].x_advance - aa : 0;
    if (simple && kern == 0)
        return 0;
    printf("    {0x%04X, 0x%04X, %d, %d},\n", a, b, kern, !simple);
    return 1;
}

static void print_face(face *f, int k, hb_buffer_t *buf)
{
    static lig ligs[64];
    int nligs = find_ligs(f, buf, ligs, 64);
    printf("/* %s: %d characters, %d ligatures */\n", f->file, f->n, nligs);
    printf("static const bf_glyph bf_glyphs%d[] = {\n", k);
    for (int i = 0; i < f->n; i++) {
        printf("    {0x%04X, %d, ", f->cp[i], f->adv[i]);
        print_outline(f, f->gid[i]);
        printf("},\n");
    }
    printf("};\n");
    printf("static const bf_lig bf_ligs%d[] = {\n", k);
    for (int i = 0; i < nligs; i++) {
        printf("    {{0x%04X, 0x%04X, 0x%04X}, %d, %d, ", ligs[i].cp[0], ligs[i].cp[1],
               ligs[i].cp[2], ligs[i].len, ligs[i].adv);
        print_outline(f, ligs[i].gid);
        printf("},\n");
    }
    if (!nligs)
        printf("    {{0, 0, 0}, 0, 0, \"\"},\n");
    printf("};\n");
    /* pairs of clusters, sorted by left then right id: kerning, or complex */
    printf("static const bf_pair bf_pairs%d[] = {\n", k);
    int npairs = 0;
    unsigned ids[MAXCP + 64];
    int nids = 0;
    for (int i = 0; i < f->n; i++)
        ids[nids++] = f->cp[i];
    for (int i = 0; i < nligs; i++)
        ids[nids++] = 0x110000u + (unsigned)i;
    for (int i = 0; i < nids; i++)
        for (int j = 0; j < nids; j++)
            if (ids[i] < 0x110000 || ids[j] < 0x110000)
                npairs += print_pair(f, ligs, buf, ids[i], ids[j]);
    if (!npairs)
        printf("    {0, 0, 0, 0},\n");
    printf("};\n");
    printf("#define BF_NPAIRS%d %d\n", k, npairs);
    printf("#define BF_NLIGS%d %d\n\n", k, nligs);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: fontgen REGULAR.ttf BOLD.ttf >fontdata.h\n");
        return 2;
    }
    FT_Library lib;
    if (FT_Init_FreeType(&lib))
        die("cannot start FreeType", argv[1]);
    hb_buffer_t *buf = hb_buffer_create();
    face f[2] = {{.file = argv[1]}, {.file = argv[2]}};
    printf("/* Generated by fontgen from the bundled fonts; do not edit. */\n\n");
    for (int k = 0; k < 2; k++) {
        open_face(&f[k], lib, buf);
        print_face(&f[k], k, buf);
    }
    if (f[0].upem != f[1].upem)       /* glyphs.c and render.c assume one em */
        die("the two faces differ in units per em", argv[2]);
    printf("static const bf_face bf_faces[2] = {\n");
    for (int k = 0; k < 2; k++)
        printf("    {%d, %d, %d, bf_glyphs%d, %d, bf_ligs%d, BF_NLIGS%d, bf_pairs%d, "
               "BF_NPAIRS%d},\n", f[k].upem, f[k].asc, f[k].desc, k, f[k].n, k, k, k, k);
    printf("};\n");
    for (int k = 0; k < 2; k++) {
        hb_font_destroy(f[k].hb);
        FT_Done_Face(f[k].ft);
    }
    hb_buffer_destroy(buf);
    FT_Done_FreeType(lib);
    return 0;
}
