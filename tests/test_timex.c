/* test_timex.c - the temporal tagger against tests/timex.spec, plus TimeML
 * in/out, the word tables and hostile input.
 *
 * Spec format (one case per "text:" line):
 *   dct 2026-01-06          article date for the cases that follow ("dct none")
 *   text: The sentence.     the case
 *   => extent | TYPE | value        one expected expression, in text order
 *   => extent | TYPE | value | END  the same with its mod ("-" for none)
 *   => none                 nothing may be tagged
 * Lines starting with '#' and blank lines are ignored. */
#include "testlib.h"
#include "timex.h"
#include "tx_lexicon.h"

#include <stdlib.h>

static const char *const type_names[] = {"DATE", "TIME", "DURATION", "SET"};

/* Trim spaces at both ends of s in place; returns s. */
static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        s[--n] = 0;
    return s;
}

/* One expected expression. */
typedef struct want { char ext[160], type[16], value[48], mod[16]; } want;

/* Check the tagger's output on text against the expectations of one case. */
static void check_case(int line, const char *text, const dl_date *dct, const want *w, int nw)
{
    dl_timexes t = {0};
    t_run++;
    if (dl_tag(text, strlen(text), dct, &t) != 0) {
        t_fail++;
        fprintf(stderr, "timex.spec:%d: dl_tag failed\n", line);
        return;
    }
    int ok = (int)t.n == nw;
    for (int i = 0; ok && i < nw; i++) {
        const dl_timex *x = &t.v[i];
        size_t n = x->end - x->start;
        ok = strlen(w[i].ext) == n && memcmp(text + x->start, w[i].ext, n) == 0 &&
             strcmp(type_names[x->type], w[i].type) == 0 && strcmp(x->value, w[i].value) == 0 &&
             (!w[i].mod[0] || strcmp(x->mod[0] ? x->mod : "-", w[i].mod) == 0);
    }
    if (!ok) {
        t_fail++;
        fprintf(stderr, "timex.spec:%d: %s\n  want:", line, text);
        for (int i = 0; i < nw; i++)
            fprintf(stderr, " [%s|%s|%s%s%s]", w[i].ext, w[i].type, w[i].value,
                    w[i].mod[0] ? "|" : "", w[i].mod);
        fprintf(stderr, "\n  got: ");
        for (size_t i = 0; i < t.n; i++)
            fprintf(stderr, " [%.*s|%s|%s%s%s]", (int)(t.v[i].end - t.v[i].start),
                    text + t.v[i].start, type_names[t.v[i].type], t.v[i].value,
                    t.v[i].mod[0] ? "|" : "", t.v[i].mod);
        fprintf(stderr, "\n");
    }
    dl_timexes_free(&t);
}

/* Run every case of the spec file; returns the number of cases. */
static int run_spec(const char *path)
{
    FILE *f = fopen(path, "r");
    CHECK(f != NULL);
    if (!f)
        return 0;
    char buf[2048], text[2048] = "";
    dl_date dct = {0}, *pdct = NULL;
    want w[16];
    int nw = 0, line = 0, case_line = 0, ncases = 0, have = 0;
    while (fgets(buf, sizeof buf, f)) {
        line++;
        char *s = trim(buf);
        if (!*s || *s == '#')
            continue;
        if (strncmp(s, "dct ", 4) == 0 || strncmp(s, "text:", 5) == 0) {
            if (have) {
                check_case(case_line, text, pdct, w, nw);
                ncases++;
                have = 0;
            }
        }
        if (strncmp(s, "dct ", 4) == 0) {
            char *v = trim(s + 4);
            int ec;
            pdct = NULL;
            if (strcmp(v, "none") != 0) {
                CHECK(dl_date_parse(v, &dct, &ec) == 0);
                pdct = &dct;
            }
        } else if (strncmp(s, "text:", 5) == 0) {
            snprintf(text, sizeof text, "%s", trim(s + 5));
            nw = 0;
            have = 1;
            case_line = line;
        } else if (strncmp(s, "=>", 2) == 0) {
            char *v = trim(s + 2);
            if (strcmp(v, "none") == 0)
                continue;
            char *p1 = strchr(v, '|'), *p2 = p1 ? strchr(p1 + 1, '|') : NULL;
            if (!p1 || !p2 || nw >= 16) {
                fprintf(stderr, "timex.spec:%d: bad expectation\n", line);
                t_fail++;
                continue;
            }
            char *p3 = strchr(p2 + 1, '|');
            *p1 = *p2 = 0;
            if (p3)
                *p3 = 0;
            snprintf(w[nw].ext, sizeof w[nw].ext, "%s", trim(v));
            snprintf(w[nw].type, sizeof w[nw].type, "%s", trim(p1 + 1));
            snprintf(w[nw].value, sizeof w[nw].value, "%s", trim(p2 + 1));
            snprintf(w[nw].mod, sizeof w[nw].mod, "%s", p3 ? trim(p3 + 1) : "");
            nw++;
        } else {
            fprintf(stderr, "timex.spec:%d: unknown line\n", line);
            t_fail++;
        }
    }
    if (have) {
        check_case(case_line, text, pdct, w, nw);
        ncases++;
    }
    fclose(f);
    return ncases;
}

/* The calendar date carried by each timex of the starting article. */
static void test_dates(void)
{
    const char *text = "PARIS, Jan 6 (Reuters) - Russia invaded in 2014 and again in 2022. "
                       "Talks to end the almost four-year conflict have accelerated since "
                       "November. The draft for Tuesday's meeting, later in the day.";
    dl_date dct = {2026, 1, 6, 0, 0, 0, DL_PREC_DAY};
    dl_timexes t = {0};
    CHECK(dl_tag(text, strlen(text), &dct, &t) == 0);
    CHECK(t.n == 7);
    if (t.n == 7) {
        char buf[32];
        CHECK_STR(dl_date_iso(&t.v[0].date, buf, sizeof buf), "2026-01-06");
        CHECK_STR(dl_date_iso(&t.v[1].date, buf, sizeof buf), "2014");
        CHECK(t.v[1].date.prec == DL_PREC_YEAR);
        CHECK_STR(dl_date_iso(&t.v[2].date, buf, sizeof buf), "2022");
        CHECK(t.v[3].type == DL_TX_DURATION && t.v[3].date.prec == DL_PREC_NONE);
        CHECK_STR(t.v[3].value, "P4Y");
        CHECK_STR(dl_date_iso(&t.v[4].date, buf, sizeof buf), "2025-11");
        CHECK(t.v[4].date.prec == DL_PREC_MONTH);
        CHECK_STR(dl_date_iso(&t.v[5].date, buf, sizeof buf), "2026-01-06");
        CHECK_STR(dl_date_iso(&t.v[6].date, buf, sizeof buf), "2026-01-06");
        CHECK(t.v[4].flags & DL_TXF_RELATIVE);
    }
    dl_timexes_free(&t);
    /* vague references carry the flag and no date */
    const char *v = "Talks advanced in recent weeks. Until recently, aid was the focus; now it shifts.";
    CHECK(dl_tag(v, strlen(v), &dct, &t) == 0);
    CHECK(t.n == 3);
    for (size_t i = 0; i < t.n; i++) {
        CHECK(t.v[i].flags & DL_TXF_VAGUE);
        CHECK(t.v[i].date.prec == DL_PREC_NONE);
    }
    dl_timexes_free(&t);
    /* no article date: relative values stay unresolved */
    const char *u = "He left on Tuesday and returns next week.";
    CHECK(dl_tag(u, strlen(u), NULL, &t) == 0);
    CHECK(t.n == 2);
    if (t.n == 2) {
        CHECK_STR(t.v[0].value, "XXXX-WXX-2");
        CHECK(t.v[0].flags & DL_TXF_UNRESOLVED);
        CHECK(t.v[1].date.prec == DL_PREC_NONE);
    }
    dl_timexes_free(&t);
    /* appending keeps earlier entries and anchors shift with them */
    const char *a1 = "On March 3, 2020 it began. Two days later it ended.";
    CHECK(dl_tag(a1, strlen(a1), &dct, &t) == 0);
    CHECK(dl_tag(a1, strlen(a1), &dct, &t) == 0);
    CHECK(t.n == 4);
    if (t.n == 4) {
        CHECK_STR(t.v[3].value, "2020-03-05");
        CHECK(t.v[3].anchor == 2);
    }
    dl_timexes_free(&t);
}

/* Hostile input: NUL bytes, invalid UTF-8, long lines, empty text. */
static void test_hostile(void)
{
    dl_date dct = {2026, 1, 6, 0, 0, 0, DL_PREC_DAY};
    dl_timexes t = {0};
    const char nul[] = "In 2014\0 and Jan\0 6 \xff\xfe\xc3 March 2020 \xe2\x80";
    CHECK(dl_tag(nul, sizeof nul - 1, &dct, &t) == 0);
    CHECK(t.n == 2);
    dl_timexes_free(&t);
    CHECK(dl_tag("", 0, &dct, &t) == 0 && t.n == 0);
    CHECK(dl_tag(NULL, 0, &dct, &t) == 0 && t.n == 0);
    size_t n = 1 << 20;
    char *big = malloc(n);
    CHECK(big != NULL);
    if (big) {
        for (size_t i = 0; i < n; i++)
            big[i] = "1999 May-June 3:4/5 the last  "[i % 30];
        CHECK(dl_tag(big, n, &dct, &t) == 0);
        CHECK(t.n > 0);
        dl_timexes_free(&t);
        for (size_t i = 0; i < n; i++)
            big[i] = (char)(0x80 + i % 64);
        CHECK(dl_tag(big, n, &dct, &t) == 0 && t.n == 0);
        dl_timexes_free(&t);
        free(big);
    }
    dl_timexes_free(NULL);
}

/* TimeML in and out: tags inserted, other bytes unchanged, errors located. */
static void test_timeml(void)
{
    const char *doc =
        "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>X1</DOCID>\n"
        "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\">19980108</TIMEX3></DCT>\n"
        "<TITLE>T</TITLE>\n<TEXT>\nAT&amp;T said &quot;Friday&quot; that 1997 &lt;b&gt; was a year ago.\n</TEXT>\n</TimeML>\n";
    dl_error err;
    memset(&err, 0, sizeof err);
    size_t n = 0;
    char *out = dl_timeml(doc, strlen(doc), "x.tml", &n, &err);
    CHECK(out != NULL);
    if (out) {
        CHECK(n == strlen(out));
        CHECK(strstr(out, "&quot;<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-02\" "
                          "anchorTimeID=\"t0\">Friday</TIMEX3>&quot;") != NULL);
        CHECK(strstr(out, ">1997</TIMEX3> &lt;b&gt;") != NULL);
        CHECK(strstr(out, "value=\"1997\"") != NULL);
        /* removing our tags gives the input back */
        char *text = strstr(out, "<TEXT>");
        char *p = out, *q = out;
        while (*p) {
            if (strncmp(p, "<TIMEX3 tid=\"t", 14) == 0 && p > text) {
                p = strchr(p, '>') + 1;
                continue;
            }
            if (strncmp(p, "</TIMEX3>", 9) == 0 && p > text) {
                p += 9;
                continue;
            }
            *q++ = *p++;
        }
        *q = 0;
        CHECK_STR(out, doc);
        free(out);
    }
    /* tids never clash with the DCT's */
    const char *doc2 = "<TimeML><DCT><TIMEX3 tid=\"t1\" value=\"2026-01-06\">x</TIMEX3></DCT>"
                       "<TEXT>In 2014 and 2022.</TEXT></TimeML>";
    out = dl_timeml(doc2, strlen(doc2), "y.tml", &n, &err);
    CHECK(out && strstr(out, "tid=\"t2\"") && strstr(out, "tid=\"t3\"") &&
          !strstr(out, "tid=\"t1\" type=\"DATE\" value=\"2014\""));
    free(out);
    /* a byte order mark, CRLF line ends and attributes on TEXT are fine */
    const char *doc3 = "\xEF\xBB\xBF<TimeML>\r\n<DCT><TIMEX3 tid=\"t0\" value=\"2026-01-06\"/></DCT>\r\n"
                       "<TEXT lang=\"en\">Talks resumed on Monday.</TEXT></TimeML>\r\n";
    out = dl_timeml(doc3, strlen(doc3), "z.tml", &n, &err);
    CHECK(out && strstr(out, "value=\"2026-01-05\" anchorTimeID=\"t0\">Monday</TIMEX3>."));
    free(out);
    static const struct { const char *doc; int line, col; } bad[] = {
        {"<TimeML><TEXT>x</TEXT></TimeML>", 1, 32},
        {"<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"1998-01-08\">x</TIMEX3></DCT></TimeML>", 1, 75},
        {"<TimeML>\n<DCT><TIMEX3 value=\"1998-01-08\">x</TIMEX3></DCT>\n<TEXT>a &bogus; b</TEXT></TimeML>", 3, 9},
        {"<TimeML>\n<DCT><TIMEX3 value=\"1998-01-08\">x</DCT>\n<TEXT>a</TEXT></TimeML>", 2, 34},
        {"<TimeML><DCT><TIMEX3 value=\"1998-01-08\">x</TIMEX3></DCT><TEXT>\xff</TEXT></TimeML>", 1, 63},
        {"<TimeML><DCT><TIMEX3 value=\"1998-01-08\">x</TIMEX3></DCT><TEXT>a</TEXT>", 1, 71},
        {"<TimeML><DCT><TIMEX3 value=1998>x</TIMEX3></DCT><TEXT>a</TEXT></TimeML>", 1, 28},
        {"<TimeML><DCT><TIMEX3 value=\"soon\">x</TIMEX3></DCT><TEXT>a</TEXT></TimeML>", 1, 29},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        memset(&err, 0, sizeof err);
        out = dl_timeml(bad[i].doc, strlen(bad[i].doc), "bad.tml", &n, &err);
        CHECK(out == NULL);
        CHECK_STR(err.file, "bad.tml");
        CHECK(err.msg[0] != 0);
        if (err.line != bad[i].line || err.col != bad[i].col)
            fprintf(stderr, "bad[%zu]: %d:%d %s\n", i, err.line, err.col, err.msg);
        CHECK(err.line == bad[i].line && err.col == bad[i].col);
        free(out);
    }
    const char nuldoc[] = "<TimeML><DCT><TIMEX3 value=\"1998-01-08\">x</TIMEX3></DCT><TEXT>a\0b</TEXT></TimeML>";
    out = dl_timeml(nuldoc, sizeof nuldoc - 1, "nul.tml", &n, &err);
    CHECK(out == NULL);
}

/* The word tables: no word twice in the same class. */
static void test_tables(void)
{
    size_t nt;
    const tx_table *t = tx_tables(&nt);
    CHECK(nt > 10);
    for (size_t a = 0; a < nt; a++)
        for (size_t i = 0; i < t[a].n; i++)
            for (size_t j = i + 1; j < t[a].n; j++)
                if (strcmp(t[a].v[i].w, t[a].v[j].w) == 0 && t[a].v[i].cls == t[a].v[j].cls) {
                    fprintf(stderr, "table %s: %s twice\n", t[a].name, t[a].v[i].w);
                    t_fail++;
                }
}

int main(void)
{
    int n = run_spec("tests/timex.spec");
    CHECK(n >= 300);
    printf("timex.spec: %d cases\n", n);
    test_dates();
    test_hostile();
    test_timeml();
    test_tables();
    return test_done("test_timex");
}
