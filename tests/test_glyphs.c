/* test_glyphs.c - the compiled-in fonts measure and set text exactly as
 * Pango does.
 *
 * Pieces of the bundled articles (1 to 14 words from every position) are
 * measured in every role at wrap widths from 30 to 400 px and line limits
 * 0 to 3, by glyphs.c and by Pango (fonts.c).  Wherever glyphs.c does not
 * hand a text to Pango, both sizes must agree within 0.01 px, and so must
 * the line and position of every visible glyph (ellipsis included).  A floor on
 * the share it handles keeps the test from passing by giving up on
 * everything; named cases pin down ligatures, kerning, line breaks and
 * what must go to Pango. */
#include "dateline.h"
#include "fonts.h"
#include "glyphs.h"
#include "testlib.h"

#include <math.h>
#include <stdlib.h>

static long n_same, n_diff, n_unsupported, n_glyphs;

/* Visible glyphs of a setting: line and pen position. */
typedef struct gpos {
    int line;
    double x;
} gpos;

typedef struct gset {
    gpos v[2048];
    int n;
} gset;

static int collect(void *ctx, const dl_glyph *g)
{
    gset *s = ctx;
    if (s->n < 2048)
        s->v[s->n++] = (gpos){g->line, g->x};
    return 0;
}

/* The visible glyphs Pango draws: not spaces, not the empty glyph of a
 * wrapped line's trailing space; the ellipsis run (the last run of an
 * ellipsized layout) counts whatever characters it replaced. */
static void pango_glyphs(dl_role role, const char *text, double wrap, int lines, gset *s)
{
    PangoLayout *pl = dl_fonts_layout(role, text, wrap, lines);
    s->n = 0;
    if (!pl)
        return;
    int nl = pango_layout_get_line_count(pl), ell = pango_layout_is_ellipsized(pl);
    for (int li = 0; li < nl; li++) {
        PangoLayoutLine *ln = pango_layout_get_line_readonly(pl, li);
        double x = 0;
        for (GSList *r = ln->runs; r; r = r->next) {
            PangoGlyphItem *gi = r->data;
            int ell_run = ell && li == nl - 1 && !r->next;
            for (int g = 0; g < gi->glyphs->num_glyphs; g++) {
                PangoGlyphInfo *info = &gi->glyphs->glyphs[g];
                char c = text[gi->item->offset + gi->glyphs->log_clusters[g]];
                if (info->glyph != PANGO_GLYPH_EMPTY && (ell_run || c != ' ') && s->n < 2048)
                    s->v[s->n++] = (gpos){li, x + info->geometry.x_offset / 1024.0};
                x += info->geometry.width / 1024.0;
            }
        }
    }
    g_object_unref(pl);
}

/* Do glyphs.c and Pango put the same glyphs at the same places? */
static int same_glyphs(dl_role role, const char *text, double wrap, int lines, int verbose)
{
    static gset a, b;
    double base, lh, scale;
    a.n = 0;
    if (dl_glyphs_set(role, text, wrap, lines, &base, &lh, &scale, collect, &a) != DL_GLYPHS_OK)
        return 0;
    pango_glyphs(role, text, wrap, lines, &b);
    int ok = a.n == b.n;
    for (int i = 0; ok && i < a.n; i++)
        ok = a.v[i].line == b.v[i].line && fabs(a.v[i].x - b.v[i].x) <= 0.01;
    n_glyphs += a.n;
    if (!ok && (verbose || n_diff < 20)) {
        fprintf(stderr, "glyphs differ: role %d wrap %g lines %d \"%s\": %d against Pango's %d\n",
                (int)role, wrap, lines, text, a.n, b.n);
        for (int i = 0; i < a.n || i < b.n; i++)
            if (i >= a.n || i >= b.n || a.v[i].line != b.v[i].line ||
                fabs(a.v[i].x - b.v[i].x) > 0.01) {
                fprintf(stderr, "  first at glyph %d: %d/%.3f against %d/%.3f\n", i,
                        i < a.n ? a.v[i].line : -1, i < a.n ? a.v[i].x : 0,
                        i < b.n ? b.v[i].line : -1, i < b.n ? b.v[i].x : 0);
                break;
            }
    }
    return ok;
}

/* Measure both ways; 1 when glyphs.c handled it and agreed. */
static int compare(dl_role role, const char *text, double wrap, int lines, int verbose)
{
    double gw = 0, gh = 0, pw = 0, ph = 0;
    int rc = dl_glyphs_measure(role, text, wrap, lines, &gw, &gh);
    if (rc == DL_GLYPHS_UNSUPPORTED) {
        n_unsupported++;
        return 0;
    }
    CHECK(rc == DL_GLYPHS_OK);
    CHECK(dl_fonts_measurer.measure(NULL, role, text, wrap, lines, &pw, &ph) == 0);
    if (fabs(gw - pw) <= 0.01 && fabs(gh - ph) <= 0.01 &&
        same_glyphs(role, text, wrap, lines, verbose)) {
        n_same++;
        return 1;
    }
    n_diff++;
    if (verbose || n_diff <= 20)
        fprintf(stderr, "differ: role %d wrap %g lines %d \"%s\": glyphs %.4f x %.4f, "
                "pango %.4f x %.4f\n", (int)role, wrap, lines, text, gw, gh, pw, ph);
    return 0;
}

/* Every piece of 1..14 words of a file's lines. */
static void pieces_of(const char *path)
{
    FILE *f = fopen(path, "r");
    CHECK(f != NULL);
    if (!f)
        return;
    char line[4096];
    static const double wraps[] = {0, 30, 55, 80, 120, 170, 230, 400};
    long k = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = 0;
        char *w[256];
        int n = 0;
        for (char *t = strtok(line, " "); t && n < 256; t = strtok(NULL, " "))
            w[n++] = t;
        for (int i = 0; i < n; i++)
            for (int len = 1; len <= 14 && i + len <= n; len += 1 + (len > 4)) {
                char buf[1024] = "";
                size_t m = 0;
                for (int j = i; j < i + len && m + strlen(w[j]) + 2 < sizeof buf; j++)
                    m += (size_t)snprintf(buf + m, sizeof buf - m, "%s%s", j > i ? " " : "",
                                          w[j]);
                k++;
                dl_role role = (dl_role)(k % DL_ROLE_COUNT);
                compare(role, buf, wraps[k % 8], (int)(k / 8 % 4), 0);
            }
    }
    fclose(f);
}

int main(void)
{
    dl_error err;
    CHECK(dl_fonts_init(&err) == 0);

    double w, h;
    /* named cases: must be handled, and agree */
    CHECK(compare(DL_ROLE_LABEL, "Paris summit", 0, 2, 1));
    CHECK(compare(DL_ROLE_LABEL, "Full-scale invasion", 0, 2, 1));
    CHECK(compare(DL_ROLE_LABEL, "Full-scale invasion", 70, 2, 1));     /* at the space */
    CHECK(compare(DL_ROLE_LABEL, "Full-scale", 50, 3, 1));              /* after the hyphen */
    CHECK(compare(DL_ROLE_LABEL, "won 3-2 at", 40, 3, 1));              /* not before a digit */
    CHECK(compare(DL_ROLE_LABEL, "Kyiv/Moscow talks", 60, 3, 1));       /* after the slash */
    CHECK(compare(DL_ROLE_DATE, "6 Jan 2026", 0, 1, 1));
    CHECK(compare(DL_ROLE_TITLE, "AVATAR Tower, Yves' \"office\"", 0, 1, 1));  /* kerning */
    CHECK(compare(DL_ROLE_LABEL, "Officials affirm the fifty-fifth flight", 0, 2, 1));
    CHECK(compare(DL_ROLE_LABEL, "Officials affirm the fifty-fifth flight", 150, 3, 1));
    CHECK(compare(DL_ROLE_SUBTITLE, "Łódź, Erdoğan, Müller, Ñandú", 0, 1, 1));
    CHECK(compare(DL_ROLE_LABEL, "a b c d e f g h i j k", 60, 3, 1));
    CHECK(dl_glyphs_measure(DL_ROLE_NOTE, "aaaa , bbbb ccc", 45, 5, &w, &h) ==
          DL_GLYPHS_UNSUPPORTED);                /* " ," and "( ": Pango's rules, not ours */
    CHECK(dl_glyphs_measure(DL_ROLE_NOTE, "aaaa ( bbbb ccc", 45, 5, &w, &h) ==
          DL_GLYPHS_UNSUPPORTED);
    CHECK(compare(DL_ROLE_NOTE, "aaaa (bb) ccc", 45, 5, 1));
    CHECK(compare(DL_ROLE_LABEL, "Retailers' groups said sales had", 90, 3, 1));
    CHECK(compare(DL_ROLE_LABEL, "Retailers\xe2\x80\x99 groups said sales had", 75, 3, 1));
    CHECK(compare(DL_ROLE_TITLE, "Invasion", 20, 1, 1));               /* only the ellipsis */
    CHECK(compare(DL_ROLE_NOTE, "", 0, 0, 1));
    /* cut with an ellipsis */
    CHECK(compare(DL_ROLE_LABEL, "Talks accelerate", 60, 2, 1));
    CHECK(compare(DL_ROLE_LABEL, "Talks accelerate towards a ceasefire agreement in Paris", 100,
                  2, 1));
    CHECK(compare(DL_ROLE_SPAN_LABEL, "Occupation of the peninsula and the war in the east", 90,
                  1, 1));

    /* left to Pango */
    CHECK(dl_glyphs_measure(DL_ROLE_LABEL, "Київ", 0, 1, &w, &h) == DL_GLYPHS_UNSUPPORTED);
    CHECK(dl_glyphs_measure(DL_ROLE_LABEL, "e\xcc\x81", 0, 1, &w, &h) == DL_GLYPHS_UNSUPPORTED);
    CHECK(dl_glyphs_measure(DL_ROLE_LABEL, "Extraordinarily", 40, 3, &w, &h) ==
          DL_GLYPHS_UNSUPPORTED);                                       /* cut word */
    CHECK(dl_glyphs_measure(DL_ROLE_LABEL, "bad \xff", 0, 1, &w, &h) == DL_GLYPHS_UNSUPPORTED);
    CHECK(dl_glyphs_measure(DL_ROLE_NOTE, "xx (a)-bbbbb", 40, 5, &w, &h) ==
          DL_GLYPHS_UNSUPPORTED);                                       /* unsure: Pango's */

    static const char *files[] = {
        "examples/river-floods-2025-02-14.txt", "examples/chip-plant-2024-10-08.txt",
        "examples/harbour-election-2023-09-12.txt", "tests/quality/business-corvo-takeover.txt",
        "tests/quality/conflict-hill-offensive.txt", "tests/quality/diplomacy-peacekeeping-vote.txt",
    };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
        pieces_of(files[i]);
    long article_same = n_same, article_total = n_same + n_diff + n_unsupported;
    printf("glyphs: %ld pieces of articles: %ld as Pango, %ld left to Pango\n", article_total,
           article_same, n_unsupported);
    CHECK(article_total > 5000 && article_same * 10 > article_total * 8);   /* at least 80% */

    /* random text over letters, digits and every wrap-safe punctuation
       mark, so that line breaks next to each of them are tried */
    static const char *const bits[] = {"a", "e", "Wo", "fi", "ff", "T", "y", "7", "19", " ", " ",
                                       " ", ".", ",", ":", ";", "'", "(", ")", "-", "/", "\"",
                                       "&", "%", "$", "#", "+", "*", "@", "\xc2\xa3",
                                       "\xe2\x82\xac", "\xe2\x80\x98", "\xe2\x80\x99",
                                       "\xe2\x80\x9c", "\xe2\x80\x9d", "\xc3\xa9"};
    /* odd rounds use only the first 20: characters lines are wrapped next to
       here; even rounds all of them */
    unsigned seed = 12345;
    int nrand = getenv("GLYPHS_RANDOM") ? atoi(getenv("GLYPHS_RANDOM")) : 20000;
    for (int k = 0; k < nrand; k++) {
        char buf[256] = "";
        size_t m = 0;
        int len = 4 + (int)((seed = seed * 1103515245u + 12345u) >> 16) % 30;
        size_t nb = k % 2 ? 20 : sizeof bits / sizeof bits[0];
        for (int j = 0; j < len; j++) {
            const char *b = bits[((seed = seed * 1103515245u + 12345u) >> 16) % nb];
            if (m + strlen(b) + 1 < sizeof buf) {
                strcpy(buf + m, b);
                m += strlen(b);
            }
        }
        compare((dl_role)(k % DL_ROLE_COUNT), buf, 20 + k % 9 * 15, k % 4, 0);
    }

    long total = n_same + n_diff + n_unsupported;
    printf("glyphs: %ld texts in all: %ld as Pango (%ld glyphs in the same places), %ld "
           "different, %ld left to Pango\n", total, n_same, n_glyphs, n_diff, n_unsupported);
    CHECK(n_diff == 0);
    dl_shutdown();
    return test_done("test_glyphs");
}
