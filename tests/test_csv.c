/* test_csv.c - CSV in (src/csvin.c) and CSV / JSON out (src/dump.c).
 *
 * Every input is read at every small chunk size (and a few large ones):
 * libcsv is fed in pieces and positions are counted by hand, so a result
 * or an error position that changes with the chunk size is a bug.
 * Cases live in tests/csv/NAME.csv with the expected outcome in
 * tests/csv/NAME.want: "error: LINE:COL: message", or an optional
 * "warning: ..." line followed by the list written back as CSV.
 * csv-spectrum conformance runs when ../shared/eval/csv-spectrum exists. */
#include "dateline.h"
#include "testlib.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Internal entry points of csvin.c (not in the public header). */
int dl_csv_read_chunked(const char *data, size_t len, const char *name, dl_events *l,
                        const char **warn, dl_error *err, size_t chunk);
int dl_csv_read_rows(const char *data, size_t len, const char *name, size_t chunk,
                     void (*fn)(void *ctx, const char *const *f, const size_t *n, size_t nf),
                     void *ctx, dl_error *err);
char *dl_dump_timelinejs(const dl_events *l, size_t *len);

/* ---- helpers ------------------------------------------------------------- */

/* A malloc'd copy of the printf-style text. */
static char *fmt(const char *f, const char *a, const char *b)
{
    size_t n = strlen(f) + strlen(a) + strlen(b) + 1;
    char *s = malloc(n);
    snprintf(s, n, f, a, b);
    return s;
}

/* The outcome of one read as text (caller frees): the error, or the
 * warning (if any) and the list dumped as CSV. */
static char *outcome(const char *data, size_t len, size_t chunk)
{
    dl_events l;
    dl_events_init(&l);
    dl_error err = { 0 };
    const char *warn = NULL;
    char *res;
    if (dl_csv_read_chunked(data, len, "t.csv", &l, &warn, &err, chunk) != 0) {
        char buf[400];
        snprintf(buf, sizeof buf, "error: %d:%d: %s\n", err.line, err.col, err.msg);
        res = strdup(buf);
    } else {
        size_t n;
        char *csv = dl_dump_csv(&l, &n);
        res = warn ? fmt("warning: %s\n%s", warn, csv) : fmt("%s%s", "", csv);
        free(csv);
    }
    dl_events_free(&l);
    return res;
}

/* The outcome at the default chunk size, after checking that every chunk
 * size from 1 up (and a few large ones) gives the same. */
static char *outcome_all(const char *data, size_t len)
{
    char *want = outcome(data, len, 65536);
    static const size_t big[] = { 127, 128, 129, 4096, 65535 };
    size_t top = len + 1 < 80 ? len + 1 : 80;
    for (size_t i = 0; i < top + sizeof big / sizeof big[0]; i++) {
        size_t chunk = i < top ? i + 1 : big[i - top];
        char *got = outcome(data, len, chunk);
        if (strcmp(got, want) != 0) {
            fprintf(stderr, "chunk %zu differs:\n%s---\n%s", chunk, got, want);
            CHECK(!"same outcome at every chunk size");
            free(got);
            break;
        }
        free(got);
    }
    return want;
}

/* Check the outcome of reading the C string in against want. */
static void expect(const char *in, const char *want)
{
    char *got = outcome_all(in, strlen(in));
    CHECK_STR(got, want);
    free(got);
}

/* Check the outcome of reading n bytes (may hold NULs) against want. */
static void expect_n(const char *in, size_t n, const char *want)
{
    char *got = outcome_all(in, n);
    CHECK_STR(got, want);
    free(got);
}

/* The whole file at path (caller frees), or NULL. */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0, k;
    char *s = malloc(cap + 1);
    while ((k = fread(s + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap)
            s = realloc(s, (cap *= 2) + 1);
    }
    fclose(f);
    s[n] = '\0';
    *len = n;
    return s;
}

/* ---- cases written inline ------------------------------------------------ */

#define HEAD "date,end,label,text,group,color,source\n"

/* Quoting: commas, doubled quotes and newlines inside quoted fields. */
static void test_quoting(void)
{
    expect("date,label,text\n2014,\"Invasion, first\",\"He said \"\"no\"\"\nand left\"\n",
           HEAD "2014,,\"Invasion, first\",\"He said \"\"no\"\"\nand left\",,,\n");
    expect("date,label\n2014,\"\"\"\"\n", HEAD "2014,,\"\"\"\",,,,\n");
    /* spaces around unquoted fields are trimmed, inside quotes kept */
    expect("date , label\n 2014 ,  Talks  \n2015,\" x \"\n",
           HEAD "2014,,Talks,,,,\n2015,,\" x \",,,,\n");
}

/* LF, CRLF and CR-only files read the same; a BOM is skipped. */
static void test_line_ends(void)
{
    const char *want = HEAD "2014,,A,\"x\ny\",,,\n2022,,B,,,,\n";
    expect("date,label,text\n2014,A,\"x\ny\"\n2022,B,\n", want);
    expect("date,label,text\r\n2014,A,\"x\ny\"\r\n2022,B,\r\n", want);
    expect("date,label,text\r2014,A,\"x\ny\"\r2022,B,", want);
    expect("\xEF\xBB\xBF" "date,label,text\n2014,A,\"x\ny\"\n2022,B,\n", want);
    /* line counting: LF, CRLF, CR and newlines inside quotes all count */
    expect("date,label\r\n2014,A\r2015,\"a\r\nb\nc\rd\"\n\n\r\n2016,B,C\n",
           "error: 9:8: row has 3 fields, header has 2\n");
    /* columns count from after the BOM */
    expect("\xEF\xBB\xBF" "date,label,date\n", "error: 1:12: duplicate column 'date'\n");
}

/* Semicolons (Excel in many locales), tabs (TSV), Excel's "sep=" line. */
static void test_delimiters(void)
{
    expect("date;label;text\n2014;\"A; b\";x,y\n2015;B;\n", HEAD "2014,,A; b,\"x,y\",,,\n2015,,B,,,,\n");
    expect("date\tlabel\ttext\n2014\t A \t x y \n2015\tB\t\"q\tr\"\n",
           HEAD "2014,,A,x y,,,\n2015,,B,q\tr,,,\n");
    expect("date\tlabel\ttext\n2014\t\tB\n", "error: 2:6: empty label\n");
    expect("sep=;\r\ndate;label\r\n2014;A\r\n2015-02-30;B\r\n",
           "error: 4:1: invalid date '2015-02-30': day out of range\n");
    expect("sep=,\ndate,label\n2014,A;B\n", HEAD "2014,,A;B,,,,\n");
    expect("date,label\n2014,A;B\n", HEAD "2014,,A;B,,,,\n");
}

/* Header problems: required columns, unknown ones, duplicates. */
static void test_header(void)
{
    expect("label,text\n", "error: 1:1: missing required column 'date' "
           "(the header must name date and label)\n");
    expect("date,text\n2014,x\n", "error: 1:1: missing required column 'label' "
           "(the header must name date and label)\n");
    expect("LABEL , Date,Foo,bar\n2014,1999,x,y\n",
           "warning: ignoring unknown columns 'Foo', 'bar' (known: date, end, label, text, "
           "group, color, source, url)\n" HEAD "1999,,2014,,,,\n");
    expect("", "error: 1:1: no header row (expected columns date, label, ...)\n");
    expect("\n\r\n  \n", "error: 1:1: no header row (expected columns date, label, ...)\n");
    expect("date,label\n", HEAD);
}

/* Malformed rows give the exact line and column of the field. */
static void test_malformed(void)
{
    expect("date,label,text\n2014,A,x\n2015,B,x,y,z\n",
           "error: 3:10: row has 5 fields, header has 3\n");
    expect("date,label,text\n2014,A,x\n  2015,B\n",
           "error: 3:3: row has 2 fields, header has 3\n");
    expect("date,label\n2014,\"A\n\nB\"\n2015,\"unterminated\nrest\n",
           "error: 5:6: unterminated quoted field\n");
    expect("date,label\n2014,A\"B\n",
           "error: 2:6: quote inside an unquoted field (quote the whole field and double "
           "the quote)\n");
    expect("date,label\n2014,  \"A\"B\n", "error: 2:8: unexpected text after a closing quote\n");
    /* rows of nothing but commas (spreadsheet leftovers) are skipped */
    expect("date,label\n2014,A\n,\n,,,\n \t, \n2015,B\n", HEAD "2014,,A,,,,\n2015,,B,,,,\n");
    expect("date,label\n2014,A\n,,x\n", "error: 3:3: row has 3 fields, header has 2\n");
    expect("date,label\n2014,\n", "error: 2:6: empty label\n");
    expect("date,label\n2014,   \n", "error: 2:6: empty label\n");
    expect("date,label\n,A\n", "error: 2:1: empty date\n");
    expect("date,label\n\n  \t,A\n", "error: 3:1: empty date\n");
    expect("date,label\n2014,A\n\"\",B\n", "error: 3:1: empty date\n");
}

/* Dates: impossible ones, odd years, spans, colours. */
static void test_values(void)
{
    expect("date,label\n2023-02-30,A\n", "error: 2:1: invalid date '2023-02-30': day out of range\n");
    expect("date,label\n2024-02-29,A\n2023-02-29,B\n",
           "error: 3:1: invalid date '2023-02-29': day out of range\n");
    expect("date,label\n2023-13-01,A\n", "error: 2:1: invalid date '2023-13-01': month out of range\n");
    expect("date,label\n2023-12-01T24:00,A\n",
           "error: 2:1: invalid date '2023-12-01T24:00': time out of range\n");
    expect("date,label\n12/01/2023,A\n", "error: 2:1: invalid date '12/01/2023': expected YYYY, "
           "YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM\n");
    expect("date,label\n2023-1-5,A\n", "error: 2:1: invalid date '2023-1-5': expected YYYY, "
           "YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM\n");
    /* year 0 is 1 BCE; long and negative years stay as written */
    expect("date,label\n0000,A\n99999,B\n-0044-03-15,C\n",
           HEAD "0000,,A,,,,\n99999,,B,,,,\n-0044-03-15,,C,,,,\n");
    expect("date,label\n1234567,A\n", "error: 2:1: invalid date '1234567': year out of range\n");
    /* the coarse forms the writers produce read back */
    expect("date,end,label\n2013-W11,2013-Q4,A\n2012-SU,2012-WI,B\n197X,19XX,C\n-005X,,D\n2015-W53,,E\n",
           HEAD "2013-W11,2013-Q4,A,,,,\n2012-SU,2012-WI,B,,,,\n197X,19XX,C,,,,\n-005X,,D,,,,\n"
           "2015-W53,,E,,,,\n");
    expect("date,label\n2014-W53,A\n", "error: 2:1: invalid date '2014-W53': week out of range\n");
    expect("date,label\n2014-Q0,A\n", "error: 2:1: invalid date '2014-Q0': quarter out of range\n");
    expect("date,label\n2014-XX,A\n", "error: 2:1: invalid date '2014-XX': expected YYYY, "
           "YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM\n");
    expect("date,label\n19XXX,A\n", "error: 2:1: invalid date '19XXX': expected YYYY, "
           "YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM\n");
    expect("date,label,end\n2023,A,2022\n", "error: 2:8: end '2022' is before date '2023'\n");
    expect("date,label,end\n2023-05-01,A,2023-04-30\n",
           "error: 2:14: end '2023-04-30' is before date '2023-05-01'\n");
    expect("date,label,end\n2023-05,A,2023\n2023-05-01,B,2023-05-01\n",
           HEAD "2023-05,2023,A,,,,\n2023-05-01,2023-05-01,B,,,,\n");
    expect("date,label,color\n2014,A,#FFaa00\n2015,B,\n",
           HEAD "2014,,A,,,#ffaa00,\n2015,,B,,,,\n");
    expect("date,label,color\n2014,A,red\n", "error: 2:8: invalid color 'red': expected #rrggbb\n");
    expect("date,label,color\n2014,A,#12345g\n",
           "error: 2:8: invalid color '#12345g': expected #rrggbb\n");
    /* messages show a value safely: control characters, long values cut */
    expect("date,label\n\"20\n14\",A\n", "error: 2:1: invalid date '20?14': expected YYYY, "
           "YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM\n");
}

/* Bytes that are not UTF-8 text are refused with the first bad byte. */
static void test_encoding(void)
{
    expect_n("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, "error: 1:1: file is not text (looks like PNG)\n");
    expect("PK\x03\x04xl/workbook", "error: 1:1: file is not text (looks like a ZIP archive, "
           "e.g. .xlsx: export it as CSV)\n");
    expect_n("\xFF\xFE" "d\0a\0t\0e\0", 10, "error: 1:1: file is UTF-16 (little-endian): save it as UTF-8\n");
    expect_n("d\0a\0t\0e\0", 8, "error: 1:1: file looks like UTF-16 (little-endian, no BOM): "
             "save it as UTF-8\n");
    expect_n("date,label\n2014,A\0B\n", 19, "error: 2:7: NUL byte: the file is not text\n");
    expect("date,label\n2014,\"Caf\xE9\n\"\n",
           "error: 2:10: invalid UTF-8 (byte 0xE9): save the file as UTF-8\n");
    expect("date,label\n2014,\xED\xA0\x80\n", "error: 2:6: invalid UTF-8 (byte 0xED): save the file as UTF-8\n");
    expect("date,label\n2014,\xC0\xAF\n", "error: 2:6: invalid UTF-8 (byte 0xC0): save the file as UTF-8\n");
    expect("date,label\n2014,\xE2\x82\n", "error: 2:6: invalid UTF-8 (byte 0xE2): save the file as UTF-8\n");
    expect("date,label\n2014,\xF0\x9F\x98\x80 \xCE\xB1\xCE\xB2 \xD0\x96\n",
           HEAD "2014,,\xF0\x9F\x98\x80 \xCE\xB1\xCE\xB2 \xD0\x96,,,,\n");
}

/* A 10 MB field fails fast with a clear error instead of going quadratic;
 * a field just under the cap is read. */
static void test_big_field(void)
{
    size_t n = 10u << 20;
    const char *head = "date,label,text\n2014,A,\"";
    char *s = malloc(n + 64);
    strcpy(s, head);
    size_t h = strlen(head);
    memset(s + h, 'x', n);
    strcpy(s + h + n, "\"\n");
    clock_t t0 = clock();
    char *got = outcome(s, h + n + 2, 65536);
    CHECK_STR(got, "error: 2:8: field is longer than 1048576 bytes\n");
    free(got);
    s[h - 1] = 'y'; /* unquoted */
    got = outcome(s, h + n + 2, 65536);
    CHECK_STR(got, "error: 2:8: field is longer than 1048576 bytes\n");
    free(got);
    CHECK((double)(clock() - t0) / CLOCKS_PER_SEC < 5.0);
    /* just under the cap, with commas and newlines inside the quotes */
    size_t m = (1u << 20) - 10;
    strcpy(s, head);
    for (size_t i = 0; i < m; i++)
        s[h + i] = "ab,\n"[i % 4];
    strcpy(s + h + m, "\"\n");
    dl_events l;
    dl_events_init(&l);
    CHECK(dl_csv_read(s, h + m + 2, "big.csv", &l, NULL, NULL) == 0);
    CHECK(l.n == 1 && strlen(l.v[0].text) == m);
    dl_events_free(&l);
    free(s);
}

/* ---- round trip and the writers ------------------------------------------ */

/* Compare two events field by field. */
static int same_event(const dl_event *a, const dl_event *b)
{
    return dl_date_cmp(&a->start, &b->start) == 0 && a->start.prec == b->start.prec &&
           a->end.prec == b->end.prec && (a->end.prec == DL_PREC_NONE || dl_date_cmp(&a->end, &b->end) == 0) &&
           !strcmp(a->label, b->label) && !strcmp(a->text, b->text) && !strcmp(a->group, b->group) &&
           !strcmp(a->source, b->source) && !strcmp(a->url, b->url) && a->has_color == b->has_color &&
           (!a->has_color || a->color == b->color);
}

/* A list with every awkward character a field can hold. */
static void awkward_list(dl_events *l, int with_url)
{
    static const char *const labels[] = {
        "Comma, inside", "Quote \"inside\"", "\"Leading quote", "Line\nbreak", "CR\rLF\r\nend",
        " leading space", "trailing space ", "\ttab", "Κρίση στην Αθήνα", "Встреча 😀",
        "#not-a-color", "=1+1", "plain",
    };
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
        dl_event e = { 0 };
        dl_date_parse(i % 3 == 0 ? "2014" : i % 3 == 1 ? "2025-11" : "2026-01-06T14:30", &e.start, NULL);
        if (i >= 8) { /* the coarse precisions extraction makes */
            static const dl_prec p[5] = { DL_PREC_DECADE, DL_PREC_WEEK, DL_PREC_QUARTER,
                                          DL_PREC_SEASON, DL_PREC_CENTURY };
            static const int year[5] = { 1970, 2013, 2013, 2013, 1900 }, part[5] = { 0, 3, 3, 3, 0 };
            e.start = (dl_date){ .year = year[i - 8], .part = part[i - 8], .prec = p[i - 8] };
        }
        if (i % 4 == 0)
            dl_date_parse(i % 8 == 0 ? "2027" : "2026-02", &e.end, NULL);
        e.label = (char *)labels[i];
        e.text = (char *)labels[(i + 1) % 13];
        e.group = i % 2 ? "Lane, A" : "";
        e.source = i % 5 ? "" : "article.txt:10-20";
        e.url = with_url && i % 3 == 0 ? "https://example.org/a?b=1,2" : "";
        e.has_color = i % 2;
        e.color = 0x0a1b2c * (uint32_t)i & 0xFFFFFF;
        e.from_csv = 1;
        e.weight = 1;
        dl_events_add(l, &e);
    }
}

/* What is written reads back to the same list, at every chunk size. */
static void test_round_trip(void)
{
    for (int url = 0; url < 2; url++) {
        dl_events a, b;
        dl_events_init(&a);
        dl_events_init(&b);
        awkward_list(&a, url);
        size_t n;
        char *csv = dl_dump_csv(&a, &n);
        CHECK(csv && n == strlen(csv));
        CHECK(!strncmp(csv, url ? "date,end,label,text,group,color,source,url\n" : HEAD,
                       strlen(HEAD) + (url ? 4 : 0)));
        CHECK(strstr(csv, "\n2013-W03,") && strstr(csv, "\n2013-Q3,") && strstr(csv, "\n2013-FA,") &&
              strstr(csv, "\n197X,2027,") && strstr(csv, "\n19XX,2026-02,"));
        char *again = outcome_all(csv, n);
        CHECK_STR(again, csv); /* no warning, same text */
        free(again);
        const char *warn = "x";
        CHECK(dl_csv_read(csv, n, "rt.csv", &b, &warn, NULL) == 0);
        CHECK(warn == NULL);
        CHECK(a.n == b.n);
        for (size_t i = 0; i < a.n && i < b.n; i++) {
            CHECK(same_event(&a.v[i], &b.v[i]));
            CHECK(b.v[i].from_csv == 1 && b.v[i].weight == 1);
        }
        free(csv);
        dl_events_free(&a);
        dl_events_free(&b);
    }
}

/* The CSV and JSON texts for a small list, byte for byte. */
static void test_writers(void)
{
    dl_events l;
    dl_events_init(&l);
    size_t n;
    char *s = dl_dump_json(&l, &n);
    CHECK_STR(s, "[]\n");
    free(s);
    s = dl_dump_csv(&l, &n);
    CHECK_STR(s, HEAD);
    free(s);
    const char *in = "date,end,label,text,group,color,source\n"
                     "2014,,Invasion,\"Said \"\"x\"\"\ty\",War,#ff0000,a.txt:1-2\n"
                     "2025-11,2026-01-06,Talks,\x01\x1f\x7f\\/,,,\n";
    CHECK(dl_csv_read(in, strlen(in), "w.csv", &l, NULL, NULL) == 0);
    s = dl_dump_json(&l, &n);
    CHECK_STR(s, "[\n"
              "  {\"date\": \"2014\", \"end\": null, \"label\": \"Invasion\", \"text\": \"Said \\\"x\\\"\\ty\", "
              "\"group\": \"War\", \"color\": \"#ff0000\", \"source\": \"a.txt:1-2\"},\n"
              "  {\"date\": \"2025-11\", \"end\": \"2026-01-06\", \"label\": \"Talks\", "
              "\"text\": \"\\u0001\\u001f\\u007f\\\\/\", \"group\": \"\", \"color\": null, \"source\": \"\"}\n"
              "]\n");
    CHECK(s && n == strlen(s));
    free(s);
    s = dl_dump_csv(&l, &n);
    CHECK_STR(s, in);
    free(s);
    /* invalid UTF-8 from elsewhere is never written */
    free(l.v[0].label);
    l.v[0].label = strdup("bad \xE9 byte");
    free(l.v[0].url);
    l.v[0].url = strdup("https://example.org/");
    s = dl_dump_json(&l, &n);
    CHECK(s && strstr(s, "\"bad \xEF\xBF\xBD byte\"") && strstr(s, "\"url\": \"https://example.org/\"") &&
          strstr(s, "\"url\": \"\""));
    free(s);
    s = dl_dump_csv(&l, &n);
    CHECK(s && strstr(s, ",source,url\n") && strstr(s, "bad \xEF\xBF\xBD byte"));
    free(s);
    dl_events_free(&l);
}

/* TimelineJS JSON: dates split into parts, HTML escaped, eras as spans. */
static void test_timelinejs(void)
{
    dl_events l;
    dl_events_init(&l);
    const char *in = "date,end,label,text,group,color,source,url\n"
                     "2014,,Invasion,\"a < b & \"\"c\"\"\nnext\",War,#ff0000,Reuters,https://x.org/?a=1&b=2\n"
                     "2013-W11,2026-01-06T14:30,Week,,,,,\n"
                     "197X,,Decade,,,,src,\n";
    CHECK(dl_csv_read(in, strlen(in), "tj.csv", &l, NULL, NULL) == 0);
    size_t n;
    char *s = dl_dump_timelinejs(&l, &n);
    CHECK_STR(s, "{\"events\": [\n"
              "  {\"start_date\": {\"year\": 2014}, \"display_date\": \"2014\", \"text\": {\"headline\": "
              "\"Invasion\", \"text\": \"<p>a &lt; b &amp; &quot;c&quot;<br>next</p><p><a "
              "href=\\\"https://x.org/?a=1&amp;b=2\\\">Reuters</a></p>\"}, \"group\": \"War\", "
              "\"background\": {\"color\": \"#ff0000\"}},\n"
              "  {\"start_date\": {\"year\": 2013, \"month\": 3, \"day\": 11}, \"end_date\": {\"year\": 2026, "
              "\"month\": 1, \"day\": 6, \"hour\": 14, \"minute\": 30}, \"display_date\": \"Week 11, 2013\", "
              "\"text\": {\"headline\": \"Week\", \"text\": \"\"}},\n"
              "  {\"start_date\": {\"year\": 1970}, \"display_date\": \"1970s\", \"text\": {\"headline\": "
              "\"Decade\", \"text\": \"<p>src</p>\"}}\n"
              "]}\n");
    CHECK(s && n == strlen(s));
    free(s);
    dl_events_free(&l);
    s = dl_dump_timelinejs(&l, &n);
    CHECK_STR(s, "{\"events\": []}\n");
    free(s);
}

/* Events are appended to a list that already has some. */
static void test_append(void)
{
    dl_events l;
    dl_events_init(&l);
    const char *a = "date,label\n2014,A\n", *b = "label,date\nB,2015\n", *bad = "date,label\n2014,\n";
    CHECK(dl_csv_read(a, strlen(a), "a.csv", &l, NULL, NULL) == 0);
    CHECK(dl_csv_read(b, strlen(b), "b.csv", &l, NULL, NULL) == 0);
    dl_error err;
    CHECK(dl_csv_read(bad, strlen(bad), "bad.csv", &l, NULL, &err) == -1);
    CHECK_STR(err.file, "bad.csv");
    CHECK(l.n == 2 && !strcmp(l.v[0].label, "A") && !strcmp(l.v[1].label, "B"));
    /* the name may be the error's own file buffer (as main.c passes it) */
    snprintf(err.file, sizeof err.file, "same.csv");
    CHECK(dl_csv_read(bad, strlen(bad), err.file, &l, NULL, &err) == -1);
    CHECK_STR(err.file, "same.csv");
    dl_events_free(&l);
}

/* ---- the other layouts -------------------------------------------------- */

/* The TimelineJS template and ACLED exports, recognised from the header. */
static void test_layouts(void)
{
    expect("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
           "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n"
           ",,,,,,,,,My timeline,Intro,,,,,title,,\n"
           "2014,2,20,,,,,,,Invasion,<p>Crimea</p>,,Reuters,,,,War,#aa0000\n"
           "-44,3,15,,,,,,,Caesar dies,,,,,,,,\n"
           "2022,2,24,4:05 AM,2023,,,,,Full-scale invasion,,,,,,era,War,\n"
           "2025,11,,,,,,,,Talks,,,,,,,,\n",
           HEAD "2014-02-20,,Invasion,<p>Crimea</p>,War,#aa0000,Reuters\n"
           "-0044-03-15,,Caesar dies,,,,\n"
           "2022-02-24T04:05,2023,Full-scale invasion,,War,,\n"
           "2025-11,,Talks,,,,\n");
    expect("Year,Month,Day,Headline\n2023,2,30,X\n",
           "error: 2:1: invalid date in Year/Month/Day/Time: day out of range\n");
    expect("Year,Month,Day,Headline,Colour\n2023,2,3,X,\n",
           "warning: ignoring unknown column 'Colour'\n" HEAD "2023-02-03,,X,,,,\n");
    expect("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,"
           "country,location,notes,fatalities,source\n"
           "UKR1,2024-02-14,2024,1,Battles,Armed clash,Military,Ukraine,Avdiivka,\"Fighting, heavy.\",3,Src\n"
           "UKR2,14 February 2024,2024,3,Protests,,,Ukraine,,Rally,0,\n",
           HEAD "2024-02-14,,Armed clash in Avdiivka,\"Fighting, heavy.\",Battles,,Src\n"
           "2024-02,,Protests,Rally,Protests,,\n");
    expect("event_date,event_type\n31 February 2024,Battles\n",
           "error: 2:1: invalid event_date '31 February 2024'\n");
}

/* ---- table-driven cases in tests/csv ------------------------------------ */

/* Every tests/csv/NAME.csv gives what tests/csv/NAME.want says. */
static void test_case_files(void)
{
    DIR *d = opendir("tests/csv");
    CHECK(d != NULL);
    if (!d)
        return;
    int ran = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        size_t k = strlen(e->d_name);
        if (k < 5 || strcmp(e->d_name + k - 4, ".csv") != 0)
            continue;
        char path[512], wpath[512];
        snprintf(path, sizeof path, "tests/csv/%s", e->d_name);
        snprintf(wpath, sizeof wpath, "tests/csv/%.*s.want", (int)(k - 4), e->d_name);
        size_t n, wn;
        char *in = slurp(path, &n), *want = slurp(wpath, &wn);
        CHECK(in && want);
        if (in && want) {
            char *got = outcome_all(in, n);
            if (strcmp(got, want) != 0)
                fprintf(stderr, "tests/csv/%s:\n", e->d_name);
            CHECK_STR(got, want);
            free(got);
            ran++;
        }
        free(in);
        free(want);
    }
    closedir(d);
    CHECK(ran >= 5);
}

/* ---- csv-spectrum (only when ../shared is there) ------------------------- */

/* A flat list of strings: "{" and "}" mark objects, then key, value... */
typedef struct strs {
    char **v;
    size_t n, cap;
} strs;

/* Append a copy of n bytes of s. */
static void strs_add(strs *s, const char *p, size_t n)
{
    if (s->n == s->cap)
        s->v = realloc(s->v, (s->cap = s->cap ? 2 * s->cap : 64) * sizeof *s->v);
    s->v[s->n] = malloc(n + 1);
    memcpy(s->v[s->n], p, n);
    s->v[s->n++][n] = '\0';
}

/* Free the list. */
static void strs_free(strs *s)
{
    for (size_t i = 0; i < s->n; i++)
        free(s->v[i]);
    free(s->v);
}

/* Rows from the tokenizer: the header becomes the keys of each object. */
typedef struct spectrum_rows {
    strs out, head;
} spectrum_rows;

/* Collect one row as an object (the first row is the header). */
static void spectrum_row(void *ctx, const char *const *f, const size_t *n, size_t nf)
{
    spectrum_rows *r = ctx;
    if (r->head.n == 0) {
        for (size_t i = 0; i < nf; i++)
            strs_add(&r->head, f[i], n[i]);
        return;
    }
    strs_add(&r->out, "{", 1);
    for (size_t i = 0; i < nf && i < r->head.n; i++) {
        strs_add(&r->out, r->head.v[i], strlen(r->head.v[i]));
        strs_add(&r->out, f[i], n[i]);
    }
    strs_add(&r->out, "}", 1);
}

/* The strings and braces of a JSON array of flat objects (enough JSON for
 * the expected files: escapes \" \\ \/ \n \r \t \uXXXX below U+0800). */
static void json_strings(const char *j, strs *out)
{
    char buf[4096];
    for (const char *p = j; *p; p++) {
        if (*p == '{' || *p == '}') {
            strs_add(out, p, 1);
        } else if (*p == '"') {
            size_t n = 0;
            for (p++; *p && *p != '"' && n < sizeof buf - 4; p++) {
                if (*p != '\\') {
                    buf[n++] = *p;
                    continue;
                }
                p++;
                if (*p == 'n') buf[n++] = '\n';
                else if (*p == 'r') buf[n++] = '\r';
                else if (*p == 't') buf[n++] = '\t';
                else if (*p == 'u') {
                    unsigned cp = (unsigned)strtoul((char[5]){ p[1], p[2], p[3], p[4], 0 }, NULL, 16);
                    p += 4;
                    if (cp < 0x80) buf[n++] = (char)cp;
                    else buf[n++] = (char)(0xC0 | cp >> 6), buf[n++] = (char)(0x80 | (cp & 0x3F));
                } else buf[n++] = *p;
            }
            strs_add(out, buf, n);
        }
    }
}

/* Each csv-spectrum case read by our tokenizer matches its JSON. */
static void test_spectrum(void)
{
    const char *dir = "../shared/eval/csv-spectrum";
    char path[512];
    snprintf(path, sizeof path, "%s/csvs", dir);
    DIR *d = opendir(path);
    if (!d) {
        printf("test_csv: %s not present, conformance cases skipped\n", dir);
        return;
    }
    int ran = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        size_t k = strlen(e->d_name), n, jn;
        if (k < 5 || strcmp(e->d_name + k - 4, ".csv") != 0)
            continue;
        char jpath[512];
        snprintf(path, sizeof path, "%s/csvs/%s", dir, e->d_name);
        snprintf(jpath, sizeof jpath, "%s/json/%.*s.json", dir, (int)(k - 4), e->d_name);
        char *csv = slurp(path, &n), *json = slurp(jpath, &jn);
        if (!csv || !json) {
            free(csv);
            free(json);
            continue;
        }
        strs want = { 0 };
        json_strings(json, &want);
        for (size_t chunk = 1; chunk <= n + 1; chunk++) {
            spectrum_rows got = { { 0 }, { 0 } };
            dl_error err = { 0 };
            int rc = dl_csv_read_rows(csv, n, e->d_name, chunk, spectrum_row, &got, &err);
            int same = rc == 0 && got.out.n == want.n;
            for (size_t i = 0; same && i < want.n; i++)
                same = !strcmp(got.out.v[i], want.v[i]);
            if (!same) {
                fprintf(stderr, "csv-spectrum %s differs at chunk %zu (%s)\n", e->d_name, chunk,
                        rc ? err.msg : "values");
                CHECK(!"csv-spectrum case matches");
                chunk = n + 1;
            }
            strs_free(&got.out);
            strs_free(&got.head);
        }
        strs_free(&want);
        free(csv);
        free(json);
        ran++;
    }
    closedir(d);
    CHECK(ran > 0);
    printf("test_csv: %d csv-spectrum cases\n", ran);
}

int main(void)
{
    test_quoting();
    test_line_ends();
    test_header();
    test_delimiters();
    test_malformed();
    test_values();
    test_encoding();
    test_big_field();
    test_round_trip();
    test_writers();
    test_timelinejs();
    test_append();
    test_layouts();
    test_case_files();
    test_spectrum();
    return test_done("test_csv");
}
