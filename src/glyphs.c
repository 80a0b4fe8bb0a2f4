/*
 * glyphs.c - measuring and setting text with the compiled-in fonts.
 *
 * Text is decoded, cut into clusters (a character, or a ligature the font
 * makes by default such as "fi"), and measured the way Pango measures it
 * with dateline's settings (no hinting, unrounded positions): each advance
 * and each kerning value is scaled to Pango units (1/1024 px) and rounded
 * on its own, as HarfBuzz does, the line height is the rounded ascent plus
 * the rounded descent, and lines are filled greedily, breaking only where
 * Unicode line breaking (UAX #14) allows for this character set: after
 * spaces (not before a closing bracket or punctuation, not after an
 * opening bracket), and after a hyphen or a slash between a letter or
 * digit and a letter.  Trailing spaces do not count in a wrapped line's width.  Every
 * case this file does not do the way Pango does it is reported as
 * unsupported instead (see glyphs.h), and tests/test_glyphs.c compares
 * both on thousands of texts and widths.
 */
#include "glyphs.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The generated tables (fontgen, at build time). */
typedef struct bf_glyph {
    unsigned cp;
    int adv;                 /* font units */
    const char *outline;
} bf_glyph;

typedef struct bf_lig {
    unsigned cp[3];
    int len;
    int adv;
    const char *outline;
} bf_lig;

typedef struct bf_pair {
    unsigned a, b;           /* cluster ids */
    int kern;                /* font units */
    int complex;             /* shapes into something else: unsupported */
} bf_pair;

typedef struct bf_face {
    int upem, asc, desc;
    const bf_glyph *glyphs;
    int nglyphs;
    const bf_lig *ligs;
    int nligs;
    const bf_pair *pairs;
    int npairs;
} bf_face;

#include "fontdata.h"

#define LIG0 0x110000u           /* ids of ligatures: LIG0 + index */
#define PU 1024.0                /* Pango units per px */

/* One cluster of decoded text. */
typedef struct clus {
    unsigned id;             /* code point, or LIG0 + ligature index */
    unsigned first, last;    /* its first and last code points */
    long adv;                /* Pango units */
    long kern;               /* kerning before the next cluster, Pango units */
} clus;

static long pu_round(double v)
{
    return (long)(v < 0 ? v - 0.5 : v + 0.5);
}

/* Decode one UTF-8 character; 0 on malformed input. */
static unsigned next_cp(const unsigned char **pp)
{
    const unsigned char *p = *pp;
    unsigned c = p[0];
    int n = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2
          : (c & 0xF8) == 0xF0 ? 3 : -1;
    if (n < 0)
        return 0;
    c &= n == 0 ? 0x7F : n == 1 ? 0x1F : n == 2 ? 0x0F : 0x07;
    for (int i = 1; i <= n; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        c = c << 6 | (p[i] & 0x3F);
    }
    *pp = p + n + 1;
    return c;
}

static const bf_glyph *find_glyph(const bf_face *f, unsigned cp)
{
    int lo = 0, hi = f->nglyphs - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (f->glyphs[mid].cp == cp)
            return &f->glyphs[mid];
        if (f->glyphs[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return NULL;
}

static const bf_pair *find_pair(const bf_face *f, unsigned a, unsigned b)
{
    int lo = 0, hi = f->npairs - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        const bf_pair *p = &f->pairs[mid];
        if (p->a == a && p->b == b)
            return p;
        if (p->a < a || (p->a == a && p->b < b))
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return NULL;
}

/* Text decoded into clusters: a growable array. */
typedef struct run {
    clus *c;
    size_t n;
    double k;                /* Pango units per font unit */
    const bf_face *face;
    clus small[64];
} run;

static void run_free(run *r)
{
    if (r->c != r->small)
        free(r->c);
}

/* Decode and measure text into r.  OK, UNSUPPORTED or NOMEM. */
static int run_make(run *r, dl_role role, const char *text)
{
    const bf_face *f = &bf_faces[dl_role_fonts[role].bold ? 1 : 0];
    size_t cap = sizeof r->small / sizeof r->small[0], len = strlen(text);
    r->face = f;
    r->k = dl_role_fonts[role].size * PU / f->upem;
    r->c = r->small;
    r->n = 0;
    if (len > cap) {
        cap = len;
        if (!(r->c = malloc(cap * sizeof *r->c)))
            return DL_GLYPHS_NOMEM;
    }
    unsigned cps[4];
    const unsigned char *p = (const unsigned char *)text;
    /* cps holds up to three characters read ahead */
    int have = 0;
    for (;;) {
        while (have < 3 && *p) {
            unsigned cp = next_cp(&p);
            if (cp < 0x20 || cp == 0)
                return DL_GLYPHS_UNSUPPORTED;
            cps[have++] = cp;
        }
        if (!have)
            break;
        int used = 0, best = -1;          /* the longest ligature that matches */
        for (int i = 0; i < f->nligs; i++) {
            const bf_lig *l = &f->ligs[i];
            if (l->len <= have && !memcmp(l->cp, cps, (size_t)l->len * sizeof cps[0]) &&
                (best < 0 || l->len > f->ligs[best].len))
                best = i;
        }
        if (best >= 0) {
            const bf_lig *l = &f->ligs[best];
            r->c[r->n++] = (clus){LIG0 + (unsigned)best, cps[0], cps[l->len - 1],
                                  pu_round(l->adv * r->k), 0};
            used = l->len;
        }
        if (!used) {
            const bf_glyph *g = find_glyph(f, cps[0]);
            if (!g)
                return DL_GLYPHS_UNSUPPORTED;
            r->c[r->n++] = (clus){cps[0], cps[0], cps[0], pu_round(g->adv * r->k), 0};
            used = 1;
        }
        memmove(cps, cps + used, (size_t)(have - used) * sizeof cps[0]);
        have -= used;
    }
    for (size_t i = 0; i + 1 < r->n; i++) {
        const bf_pair *pr = find_pair(f, r->c[i].id, r->c[i + 1].id);
        if (pr && pr->complex)
            return DL_GLYPHS_UNSUPPORTED;
        r->c[i].kern = pr ? pu_round(pr->kern * r->k) : 0;
    }
    return DL_GLYPHS_OK;
}

/* Width of clusters [a, b) set on their own, Pango units. */
static long width(const run *r, size_t a, size_t b)
{
    long w = 0;
    for (size_t i = a; i < b; i++)
        w += r->c[i].adv + (i + 1 < b ? r->c[i].kern : 0);
    return w;
}

static int is_letter(unsigned c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= 0xC0 && c <= 0x17F && c != 0xD7 && c != 0xF7);
}

static int is_digit(unsigned c)
{
    return c >= '0' && c <= '9';
}

/* Characters whose line-breaking behaviour this file follows; a text that
 * must be wrapped and has any other is left to Pango. */
static int wrap_safe(unsigned c)
{
    if (is_letter(c) || is_digit(c))
        return 1;
    switch (c) {
    case ' ': case '.': case ',': case ':': case ';': case '\'': case '(': case ')':
    case '-': case '/': case 0x2019:
        return 1;
    default:
        return 0;
    }
}

static int is_alnum(unsigned c)
{
    return is_letter(c) || is_digit(c);
}

static int is_mid_punct(unsigned c)      /* UAX #14 class IS */
{
    return c == '.' || c == ',' || c == ':' || c == ';';
}

static int is_apostrophe(unsigned c)
{
    return c == '\'' || c == 0x2019;
}

/* May a line break after cluster i?  1 yes, 0 no, -1 when this file is
 * not sure what UAX #14 (as Pango has it) says: a text that must be
 * wrapped and has such a place goes to Pango.  The places this file is
 * sure of are those of ordinary prose: between words after a single
 * space, after a hyphen or slash inside a word; none inside words,
 * numbers ("1,000", "3.5") and brackets, or before punctuation. */
static int break_after(const run *r, size_t i)
{
    unsigned c = r->c[i].last;
    unsigned prev = i > 0 ? r->c[i - 1].last : 0;
    unsigned next = i + 1 < r->n ? r->c[i + 1].first : 0;
    if (is_apostrophe(c))                   /* inside or after a word */
        return is_letter(prev) && (is_letter(next) || next == ' ') ? 0 : -1;
    if (!next)
        return 0;
    if (c == ' ') {
        if (next == ' ')
            return -1;                   /* how Pango counts a run of spaces at a
                                            line's end is its own business */
        unsigned before2 = i > 1 ? r->c[i - 2].last : 0;
        int word_end = !prev || is_alnum(prev) ||
                       ((is_mid_punct(prev) || prev == ')') &&
                        (is_alnum(before2) || before2 == ')' || before2 == '.')) ||
                       (is_apostrophe(prev) && is_letter(before2) && next != '(');
        return word_end && (is_alnum(next) || next == '(') ? 1 : -1;
    }
    if (c == '-' || c == '/') {
        if (is_digit(next) || next == ' ')
            return 0;
        return is_alnum(prev) && is_letter(next) ? 1 : -1;
    }
    if (is_alnum(c) || c == '(')
        return 0;                        /* (AL | NU) x ..., OP x ... */
    /* c is one of . , : ; ) */
    if (next == ' ' || next == '-' || is_mid_punct(next) || next == ')')
        return 0;                        /* x SP, x HY, x IS, x CP */
    if (is_letter(next))
        return 0;                        /* IS x AL, CP x AL */
    if (is_digit(next) && (c == ')' || is_digit(prev)))
        return 0;                        /* CP x NU, NU IS x NU */
    return -1;
}

/* The cut of an ellipsized last line starting at cluster start: the
 * clusters kept before the ellipsis, as Pango keeps them (each with its
 * shaped advance, kerning with the next character included, as long as
 * they and the ellipsis fit in limit).  UNSUPPORTED without an ellipsis
 * glyph. */
static int ellipsis_cut(const run *r, size_t start, long limit, size_t *cut, long *ell_w)
{
    const bf_glyph *e = find_glyph(r->face, 0x2026);
    if (!e)
        return DL_GLYPHS_UNSUPPORTED;
    *ell_w = pu_round(e->adv * r->k);
    long acc = *ell_w;
    size_t i = start;
    for (; i < r->n; i++) {
        long w = r->c[i].adv + (i + 1 < r->n ? r->c[i].kern : 0);
        if (acc + w > limit)
            break;
        acc += w;
    }
    *cut = i;
    return DL_GLYPHS_OK;
}

/* The lines of r wrapped at wrap px, at most max_lines (0: any number):
 * *nlines, the widest line's width in Pango units, each line's end in
 * ends[] (when not NULL; room for max_lines, or r->n + 1, ends), and in
 * *cut where the last line is cut for an ellipsis (r->n: not cut).
 * OK, or UNSUPPORTED when Pango would break a word inside or wrap at a
 * character this file does not follow. */
static int wrap_lines(const run *r, double wrap, int max_lines, size_t *ends, size_t *nlines,
                      long *maxw, size_t *cut)
{
    long limit = (long)(wrap * PU);
    *nlines = 1;
    *maxw = width(r, 0, r->n);
    *cut = r->n;
    if (ends)
        ends[0] = r->n;
    if (wrap <= 0)
        return DL_GLYPHS_OK;
    /* what Pango makes of spaces at either end of a wrapped text depends
       on how many there are: the labels and dates of a chart have none */
    if (r->n && (r->c[0].first == ' ' || r->c[r->n - 1].last == ' '))
        return DL_GLYPHS_UNSUPPORTED;
    if (*maxw <= limit)
        return DL_GLYPHS_OK;
    /* Pango ellipsizes only when both a width and a line limit are set */
    int ellipsize = max_lines > 0;
    if (max_lines != 1)
        for (size_t i = 0; i < r->n; i++)
            if (!wrap_safe(r->c[i].first) || !wrap_safe(r->c[i].last) || break_after(r, i) < 0)
                return DL_GLYPHS_UNSUPPORTED;
    size_t start = 0;
    *nlines = 0;
    *maxw = 0;
    while (start < r->n) {
        size_t best = 0;
        long bestw = 0;
        if (ellipsize && *nlines + 1 == (size_t)max_lines && width(r, start, r->n) > limit) {
            long ell_w;                    /* the last line: the rest, cut */
            if (ellipsis_cut(r, start, limit, cut, &ell_w))
                return DL_GLYPHS_UNSUPPORTED;
            best = r->n;
            /* Pango widens the ellipsis to the width, and keeps it whole
               when even it alone is wider */
            bestw = ell_w > limit ? ell_w : limit;
        } else {
            for (size_t e = start + 1; e <= r->n; e++) {
                if (e < r->n && break_after(r, e - 1) != 1)
                    continue;
                size_t t = e;              /* trailing spaces do not count */
                while (t > start && r->c[t - 1].first == ' ')
                    t--;
                long w = width(r, start, t);
                if (w > limit)
                    break;
                best = e;
                bestw = w;
            }
            if (!best)
                return DL_GLYPHS_UNSUPPORTED;  /* Pango would cut the word */
        }
        if (ends)
            ends[*nlines] = best;
        (*nlines)++;
        if (bestw > *maxw)
            *maxw = bestw;
        start = best;
    }
    return DL_GLYPHS_OK;
}

static long line_height(const run *r, long *asc)
{
    *asc = pu_round(r->face->asc * r->k);
    return *asc + pu_round(r->face->desc * r->k);
}

int dl_glyphs_measure(dl_role role, const char *text, double wrap, int max_lines,
                      double *w, double *h)
{
    if (role < 0 || role >= DL_ROLE_COUNT)
        return DL_GLYPHS_UNSUPPORTED;
    run r;
    int rc = run_make(&r, role, text);
    size_t nlines = 0, cut;
    long maxw = 0, asc;
    if (rc == DL_GLYPHS_OK)
        rc = wrap_lines(&r, wrap, max_lines, NULL, &nlines, &maxw, &cut);
    if (rc == DL_GLYPHS_OK) {
        *w = maxw / PU;
        *h = (double)nlines * line_height(&r, &asc) / PU;
    }
    run_free(&r);
    return rc;
}

int dl_glyphs_set(dl_role role, const char *text, double wrap, int max_lines,
                  double *baseline, double *line_h, double *scale, dl_glyph_fn fn, void *ctx)
{
    if (role < 0 || role >= DL_ROLE_COUNT)
        return DL_GLYPHS_UNSUPPORTED;
    run r;
    int rc = run_make(&r, role, text);
    size_t nlines = 0, cut = 0, nmax = max_lines > 0 ? (size_t)max_lines : r.n + 1;
    size_t *ends = rc == DL_GLYPHS_OK ? malloc(nmax * sizeof *ends) : NULL;
    long maxw, asc = 0;
    if (rc == DL_GLYPHS_OK && !ends)
        rc = DL_GLYPHS_NOMEM;
    if (rc == DL_GLYPHS_OK)
        rc = wrap_lines(&r, wrap, max_lines, ends, &nlines, &maxw, &cut);
    if (rc == DL_GLYPHS_OK) {
        long lh = line_height(&r, &asc);
        *baseline = asc / PU;
        *line_h = lh / PU;
        *scale = r.k / PU;
        size_t start = 0;
        for (size_t ln = 0; ln < nlines && rc == DL_GLYPHS_OK; ln++) {
            int cut_here = ln + 1 == nlines && cut < r.n;
            size_t end = cut_here ? cut : ends[ln];
            /* a cut line keeps the kerning with the character cut off */
            size_t bound = cut_here ? r.n : end;
            long x = 0;
            for (size_t i = start; i < end; i++) {
                dl_glyph g = {r.c[i].id, (int)ln, x / PU};
                if (r.c[i].first != ' ' && fn(ctx, &g)) {
                    rc = DL_GLYPHS_NOMEM;
                    break;
                }
                x += r.c[i].adv + (i + 1 < bound ? r.c[i].kern : 0);
            }
            if (rc == DL_GLYPHS_OK && cut_here) {
                dl_glyph g = {0x2026, (int)ln, x / PU};
                if (fn(ctx, &g))
                    rc = DL_GLYPHS_NOMEM;
            }
            start = ends[ln];
        }
    }
    free(ends);
    run_free(&r);
    return rc;
}

void dl_glyphs_metrics(dl_role role, double *baseline, double *line_h, double *scale)
{
    if (role < 0 || role >= DL_ROLE_COUNT)
        role = DL_ROLE_LABEL;
    run r;
    r.face = &bf_faces[dl_role_fonts[role].bold ? 1 : 0];
    r.k = dl_role_fonts[role].size * PU / r.face->upem;
    long asc, lh = line_height(&r, &asc);
    *baseline = asc / PU;
    *line_h = lh / PU;
    *scale = r.k / PU;
}

int dl_glyphs_units_per_em(void)
{
    return bf_faces[0].upem;
}

const char *dl_glyph_outline(int bold, unsigned id)
{
    const bf_face *f = &bf_faces[bold ? 1 : 0];
    if (id >= LIG0)
        return id - LIG0 < (unsigned)f->nligs ? f->ligs[id - LIG0].outline : "";
    const bf_glyph *g = find_glyph(f, id);
    return g ? g->outline : "";
}

/* The dl_measurer over the compiled-in fonts; notes why it gave up. */
static int builtin_measure(void *ctx, dl_role role, const char *text, double wrap,
                           int max_lines, double *w, double *h)
{
    int rc = dl_glyphs_measure(role, text, wrap, max_lines, w, h);
    if (rc == DL_GLYPHS_UNSUPPORTED)
        *(int *)ctx = 1;
    return rc == DL_GLYPHS_OK ? 0 : -1;
}

dl_layout *dl_layout_builtin(const dl_events *l, const dl_chart_opts *o, dl_error *err,
                             int *unsupported)
{
    const char *dir = getenv("DATELINE_FONTDIR");
    *unsupported = (o && o->system_fonts) || (dir && *dir);
    if (*unsupported)
        return NULL;
    dl_measurer m = {unsupported, builtin_measure};
    dl_layout *lay = dl_layout_build(l, o, &m, err);
    if (lay)
        lay->builtin_text = 1;
    return lay;
}
