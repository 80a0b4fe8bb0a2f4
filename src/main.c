/*
 * main.c - the dateline command: a thin shell over libdateline.
 *
 * It reads the inputs named on the command line, drives the pipeline
 * (articles -> events, CSV -> events, merge, then layout + render or a
 * dump), and turns dl_error values into "dateline: FILE:LINE:COL: message"
 * lines.  Nothing is written until every input has been read and every
 * stage has succeeded, and dl_write* replace files atomically, so a
 * failed run never damages an existing output file.
 *
 * Exit status: 0 success, 1 bad input data, 2 usage error, 3 output error.
 */
#define _DEFAULT_SOURCE /* sbrk, MADV_POPULATE_WRITE */
#include "dateline.h"

#include <errno.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

enum { EXIT_DATA = 1, EXIT_USAGE = 2, EXIT_OUTPUT = 3 };

#define MAX_INPUTS 4096

/* Everything the command line asked for. */
typedef struct cli {
    const char *articles[MAX_INPUTS];
    size_t narticles;
    const char *csvs[MAX_INPUTS];
    size_t ncsvs;
    const char *output;    /* NULL: CSV on stdout */
    dl_format format;
    dl_date date;
    int have_date;
    const char *timeml;    /* --timeml input, or NULL */
    int quiet;
    long max_events;       /* 0: all */
    dl_chart_opts chart;
} cli;

static const char usage_text[] =
    "usage: dateline [OPTIONS] [ARTICLE ...]\n"
    "\n"
    "Find the dated events in news articles (plain UTF-8 text, '-' for stdin),\n"
    "add events from CSV files, and draw them as a timeline.\n"
    "\n"
    "  -o, --output FILE      write to FILE; the format follows its extension:\n"
    "                         .png .svg .pdf (chart), .csv .json (event list),\n"
    "                         .layout.json (chart geometry); '-' is stdout.\n"
    "                         Without -o the event list goes to stdout as CSV.\n"
    "  -f, --format FMT       png, svg, pdf, csv, json, layout-json or timelinejs\n"
    "                         (overrides the extension)\n"
    "  -e, --events FILE.csv  add the events of a CSV file (may be repeated);\n"
    "                         columns date,end,label,text,group,color,source\n"
    "  -d, --date YYYY-MM-DD  the article's own date (default: read from the\n"
    "                         article's header line or dateline)\n"
    "  -t, --title TEXT       chart title\n"
    "      --subtitle TEXT    chart subtitle\n"
    "      --source TEXT      credit line under the chart, e.g. \"Source: Reuters\"\n"
    "                         (--credit is the same)\n"
    "  -n, --max-events N     keep the N most important events (most often and\n"
    "                         most prominently mentioned); CSV events always stay\n"
    "  -w, --width SIZE       chart width (default 1600px); units px, pt, mm,\n"
    "                         cm, in (a px is 1/96 in)\n"
    "      --height SIZE      chart height (default: as the content needs)\n"
    "      --layout DIR       horizontal (default) or vertical (long lists,\n"
    "                         narrow pages)\n"
    "      --groups A,B,C     lane order (default: order of first appearance)\n"
    "      --theme NAME       light (default), dark, or print (black on white)\n"
    "      --system-fonts     also use the machine's fonts (for scripts the\n"
    "                         bundled Noto Sans lacks: CJK, Arabic, Hebrew)\n"
    "      --background BG    'transparent' for no background (PNG, SVG)\n"
    "      --dpi N            PNG resolution (default 96: one pixel per px)\n"
    "      --scale MODE       'broken' (default: long empty stretches are cut\n"
    "                         out, with a break mark) or 'linear'\n"
    "      --timeml [FILE]    read a TimeML document, write it back with TIMEX3\n"
    "                         tags (TempEval-3 task A); '-' or none: stdin\n"
    "  -q, --quiet            no warnings\n"
    "  -h, --help             this help\n"
    "  -V, --version          the version\n"
    "\n"
    "Exit status: 0 success, 1 bad input, 2 usage error, 3 output not written.\n";

/* Print an error from the library in the one format users see. */
static void report(const dl_error *e)
{
    if (e->file[0] && e->line > 0)
        fprintf(stderr, "dateline: %s:%d:%d: %s\n", e->file, e->line, e->col, e->msg);
    else if (e->file[0]) /* an output file: no position to give */
        fprintf(stderr, "dateline: %s: %s\n", e->file, e->msg);
    else
        fprintf(stderr, "dateline: %s\n", e->msg);
}

/* Print a usage error and give the usage exit status. */
static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "dateline: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nTry 'dateline --help'.\n");
    return EXIT_USAGE;
}

/* Read a whole file ("-" = stdin) into a NUL-terminated buffer. */
static char *read_all(const char *path, size_t *len, dl_error *err)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    snprintf(err->file, sizeof err->file, "%s", strcmp(path, "-") == 0 ? "<stdin>" : path);
    err->line = err->col = 1; /* a problem with the whole input file */
    if (!f) {
        snprintf(err->msg, sizeof err->msg, "cannot open: %s", strerror(errno));
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    struct stat st;
    if (f != stdin && fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
        (unsigned long long)st.st_size < SIZE_MAX / 2)
        cap = (size_t)st.st_size + 1; /* one read, no doubling copies */
    char *buf = malloc(cap + 1);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap)
            break;
        char *nb = cap > (SIZE_MAX >> 2) ? NULL : realloc(buf, cap * 2 + 1);
        if (!nb) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = nb;
        cap *= 2;
    }
    int rerr = ferror(f);
    if (f != stdin)
        fclose(f);
    if (!buf) {
        snprintf(err->msg, sizeof err->msg, "out of memory reading the file");
        return NULL;
    }
    if (rerr) {
        free(buf);
        snprintf(err->msg, sizeof err->msg, "cannot read: %s", strerror(errno));
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* The format named by a --format argument. */
static dl_format format_by_name(const char *s)
{
    static const struct { const char *name; dl_format f; } tab[] = {
        { "png", DL_FMT_PNG }, { "svg", DL_FMT_SVG }, { "pdf", DL_FMT_PDF },
        { "csv", DL_FMT_CSV }, { "json", DL_FMT_JSON },
        { "layout-json", DL_FMT_LAYOUT_JSON }, { "timelinejs", DL_FMT_TIMELINEJS },
    };
    for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
        if (strcasecmp(s, tab[i].name) == 0)
            return tab[i].f;
    return DL_FMT_NONE;
}

/* The format implied by an output file's extension. */
static dl_format format_by_path(const char *path)
{
    size_t n = strlen(path);
    if (n > 12 && strcasecmp(path + n - 12, ".layout.json") == 0)
        return DL_FMT_LAYOUT_JSON;
    const char *dot = strrchr(path, '.');
    const char *slash = strrchr(path, '/');
    if (!dot || (slash && dot < slash))
        return DL_FMT_NONE;
    return format_by_name(dot + 1);
}

/* Parse a length with an optional unit (px, pt, mm, cm, in) into px at
 * 96 px to the inch, the unit of every size in the chart. */
static int parse_px(const char *s, double *out, const char **unit)
{
    static const struct { const char *unit; double px; } units[] = {
        { "", 1 }, { "px", 1 }, { "pt", 96.0 / 72 }, { "mm", 96 / 25.4 },
        { "cm", 96 / 2.54 }, { "in", 96 },
    };
    char *end;
    double v = strtod(s, &end);
    if (end == s)
        return -1;
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if (strcmp(end, units[i].unit) == 0) {
            v *= units[i].px;
            if (!(v >= 1 && v <= 1e6))
                return -1;
            *out = v;
            if (unit && units[i].unit[0])
                *unit = units[i].unit;
            return 0;
        }
    return -1;
}

/* Fill c from argv; returns 0, or an exit status after printing why. */
static int parse_args(int argc, char **argv, cli *c)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = NULL;
#define TAKES(shortopt, longopt) \
        ((strcmp(a, shortopt) == 0 || strcmp(a, longopt) == 0) && \
         (i + 1 < argc ? (val = argv[++i], 1) : (val = NULL, 1)))
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage_text, stdout);
            return -1;
        } else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            printf("dateline %s\n", DL_VERSION);
            return -1;
        } else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
            c->quiet = 1;
        } else if (strcmp(a, "--timeml") == 0) {
            c->timeml = (i + 1 < argc && (argv[i + 1][0] != '-' || strcmp(argv[i + 1], "-") == 0))
                        ? argv[++i] : "-";
        } else if (TAKES("-o", "--output")) {
            if (!val) return usage_error("%s needs a file name", a);
            c->output = val;
        } else if (TAKES("-f", "--format")) {
            if (!val || (c->format = format_by_name(val)) == DL_FMT_NONE)
                return usage_error("unknown format '%s' (png, svg, pdf, csv, json, layout-json, timelinejs)",
                                   val ? val : "");
        } else if (TAKES("-e", "--events")) {
            if (!val) return usage_error("%s needs a CSV file", a);
            if (c->ncsvs == MAX_INPUTS) return usage_error("too many CSV files%s", "");
            c->csvs[c->ncsvs++] = val;
        } else if (TAKES("-d", "--date")) {
            int col;
            if (!val || dl_date_parse(val, &c->date, &col) != 0 || c->date.prec != DL_PREC_DAY)
                return usage_error("--date wants a real date as YYYY-MM-DD, not '%s'",
                                   val ? val : "");
            c->have_date = 1;
        } else if (TAKES("-t", "--title")) {
            if (!val) return usage_error("%s needs a text", a);
            c->chart.title = val;
        } else if (TAKES("--subtitle", "--subtitle")) {
            if (!val) return usage_error("%s needs a text", a);
            c->chart.subtitle = val;
        } else if (TAKES("-n", "--max-events")) {
            char *end;
            c->max_events = val ? strtol(val, &end, 10) : 0;
            if (!val || *end || c->max_events < 1)
                return usage_error("--max-events wants a positive number, not '%s'", val ? val : "");
        } else if (TAKES("--source", "--credit")) {
            if (!val) return usage_error("%s needs a text", a);
            c->chart.credit = val;
        } else if (TAKES("-w", "--width")) {
            if (!val || parse_px(val, &c->chart.width, &c->chart.unit) != 0)
                return usage_error("--width wants a size such as 1600, 1600px, 16cm or 6in, not '%s'",
                                   val ? val : "");
        } else if (TAKES("--height", "--height")) {
            if (!val || parse_px(val, &c->chart.height, NULL) != 0)
                return usage_error("--height wants a size such as 900, 900px, 9cm or 4in, not '%s'",
                                   val ? val : "");
        } else if (TAKES("--groups", "--groups")) {
            if (!val || !*val)
                return usage_error("--groups wants group names separated by commas%s", "");
            c->chart.groups = val;
        } else if (strcmp(a, "--system-fonts") == 0) {
            c->chart.system_fonts = 1;
        } else if (TAKES("--layout", "--layout")) {
            if (!val || (strcmp(val, "horizontal") && strcmp(val, "vertical")))
                return usage_error("--layout is horizontal or vertical, not '%s'", val ? val : "");
            c->chart.layout = val;
        } else if (TAKES("--theme", "--theme")) {
            if (!val || (strcmp(val, "light") && strcmp(val, "dark") && strcmp(val, "print")))
                return usage_error("--theme is light, dark or print, not '%s'", val ? val : "");
            c->chart.theme = val;
        } else if (TAKES("--background", "--background")) {
            if (val && strcmp(val, "transparent") == 0)
                c->chart.transparent = 1;
            else if (!val || strcmp(val, "opaque") != 0)
                return usage_error("--background is 'transparent' or 'opaque', not '%s'",
                                   val ? val : "");
        } else if (TAKES("--dpi", "--dpi")) {
            char *end;
            c->chart.dpi = val ? strtod(val, &end) : 0;
            if (!val || *end || !(c->chart.dpi >= 10 && c->chart.dpi <= 2400))
                return usage_error("--dpi wants a number from 10 to 2400, not '%s'", val ? val : "");
        } else if (TAKES("--scale", "--scale")) {
            if (val && strcmp(val, "linear") == 0)
                c->chart.linear = 1;
            else if (val && strcmp(val, "broken") == 0)
                c->chart.linear = 0;
            else
                return usage_error("--scale is 'broken' or 'linear', not '%s'", val ? val : "");
        } else if (a[0] == '-' && a[1] != '\0') {
            return usage_error("unknown option '%s'", a);
        } else {
            if (c->narticles == MAX_INPUTS) return usage_error("too many articles%s", "");
            c->articles[c->narticles++] = a;
        }
#undef TAKES
    }
    return 0;
}

/* Is path the same file as the output?  (Writing would destroy an input.) */
static int same_file(const char *path, const char *out)
{
    struct stat a, b;
    if (strcmp(path, "-") == 0 || strcmp(out, "-") == 0)
        return 0;
    if (strcmp(path, out) == 0)
        return 1;
    return stat(path, &a) == 0 && stat(out, &b) == 0 && a.st_dev == b.st_dev &&
           a.st_ino == b.st_ino;
}

/* Refuse an output that is one of the inputs; returns an exit status. */
static int check_output(const cli *c)
{
    if (!c->output)
        return 0;
    for (size_t i = 0; i < c->narticles; i++)
        if (same_file(c->articles[i], c->output))
            return usage_error("the output '%s' is also an input: choose another file", c->output);
    for (size_t i = 0; i < c->ncsvs; i++)
        if (same_file(c->csvs[i], c->output))
            return usage_error("the output '%s' is also an input: choose another file", c->output);
    return 0;
}

/* --timeml: tag one TimeML document to stdout. */
static int run_timeml(const char *path)
{
    dl_error err = { 0 };
    size_t len, outlen;
    char *doc = read_all(path, &len, &err);
    if (!doc) {
        report(&err);
        return EXIT_DATA;
    }
    char *out = dl_timeml(doc, len, err.file, &outlen, &err);
    free(doc);
    if (!out) {
        report(&err);
        return EXIT_DATA;
    }
    int rc = dl_write_bytes("-", out, outlen, &err);
    free(out);
    if (rc != 0) {
        report(&err);
        return EXIT_OUTPUT;
    }
    return 0;
}

/* Read every article and CSV into one merged, sorted event list. */
/* Seconds since an arbitrary start, for the progress line. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Keep the n most important article events; CSV events always stay. */
static void keep_top(dl_events *l, long n)
{
    size_t csv = 0, m = 0;
    for (size_t i = 0; i < l->n; i++)
        csv += l->v[i].from_csv != 0;
    size_t keep = (size_t)n > csv ? (size_t)n - csv : 0;
    if (l->n - csv <= keep)
        return;
    /* the weight of the keep-th heaviest article event is the threshold;
     * ties go to the earlier-listed event (stable) */
    double *w = malloc((l->n - csv) * sizeof *w);
    if (!w)
        return;
    for (size_t i = 0; i < l->n; i++)
        if (!l->v[i].from_csv)
            w[m++] = l->v[i].weight + l->v[i].label_score / 1000.0;
    for (size_t i = 1; i < m; i++) { /* insertion sort, descending: m is small */
        double x = w[i];
        size_t j = i;
        while (j > 0 && w[j - 1] < x) {
            w[j] = w[j - 1];
            j--;
        }
        w[j] = x;
    }
    double cut = keep ? w[keep - 1] : 1e300;
    free(w);
    size_t out = 0, kept = 0;
    for (size_t i = 0; i < l->n; i++) {
        dl_event *e = &l->v[i];
        double x = e->weight + e->label_score / 1000.0;
        if (e->from_csv || (x >= cut && kept < keep)) {
            kept += !e->from_csv;
            l->v[out++] = *e;
        } else {
            free(e->label); free(e->text); free(e->group); free(e->source); free(e->url);
        }
    }
    l->n = out;
}

static int gather(const cli *c, dl_events *events)
{
    dl_error err = { 0 };
    double t0 = now();
    int progress = 0, tty = isatty(2);
    for (size_t i = 0; i < c->narticles; i++) {
        if (tty && !c->quiet && c->narticles > 1 && (progress || now() - t0 > 1.0)) {
            fprintf(stderr, "\rdateline: %zu/%zu files read", i, c->narticles);
            progress = 1;
        }
        size_t len;
        char *text = read_all(c->articles[i], &len, &err);
        if (!text) {
            report(&err);
            return EXIT_DATA;
        }
        const char *warn = NULL;
        char name[sizeof err.file];
        snprintf(name, sizeof name, "%s", err.file);
        dl_extract_opts eo = { name, c->have_date ? &c->date : NULL };
        int rc = dl_extract(text, len, &eo, events, &warn, &err);
        free(text);
        if (rc != 0) {
            report(&err);
            return EXIT_DATA;
        }
        if (warn && !c->quiet)
            fprintf(stderr, "dateline: %s: warning: %s\n", eo.name, warn);
    }
    if (progress)
        fprintf(stderr, "\rdateline: %zu/%zu files read\n", c->narticles, c->narticles);
    dl_events_merge(events);
    for (size_t i = 0; i < c->ncsvs; i++) {
        size_t len;
        char *data = read_all(c->csvs[i], &len, &err);
        if (!data) {
            report(&err);
            return EXIT_DATA;
        }
        const char *warn = NULL;
        int rc = dl_csv_read(data, len, err.file, events, &warn, &err);
        free(data);
        if (rc != 0) {
            report(&err);
            return EXIT_DATA;
        }
        if (warn && !c->quiet)
            fprintf(stderr, "dateline: %s: warning: %s\n", c->csvs[i], warn);
    }
    if (c->max_events)
        keep_top(events, c->max_events);
    dl_events_sort(events);
    return 0;
}

/* The output format: --format, else the output's extension, else CSV
 * (no -o, or stdout).  DL_FMT_NONE when the extension says nothing. */
static dl_format output_format(const cli *c)
{
    if (c->format != DL_FMT_NONE)
        return c->format;
    return c->output && strcmp(c->output, "-") != 0 ? format_by_path(c->output) : DL_FMT_CSV;
}

/* Make the heap ready for a chart in one go.  The first touch of every
 * page of memory is a page fault, and on the virtual machine this was
 * measured on a fault costs some 15 us, while asking the kernel for the
 * pages in one call (MADV_POPULATE_WRITE, Linux 5.14) costs about 1.2 us
 * a page: a 1,000-event chart took 1,700 faults, most of them for heap
 * memory.  So before a chart the heap is grown by about what the inputs
 * will need (1 MiB, plus 64 bytes per byte of CSV and 8 per byte of
 * article, at most 8 MiB) and populated, and big blocks stay on the heap,
 * where freed memory is used again, instead of fresh mappings each time.
 * 1,000 events -> SVG: 1,700 -> 560 faults, 64 -> 57 ms; 10,000 events:
 * 135 -> 108 ms.  Best effort: nothing fails when the kernel says no. */
static void prepare_heap(const cli *c)
{
    const size_t cap = (size_t)8 << 20;
    size_t want = (size_t)1 << 20;
    struct stat st;
    for (size_t i = 0; i < c->narticles + c->ncsvs; i++) {
        int csv = i >= c->narticles;
        const char *p = csv ? c->csvs[i - c->narticles] : c->articles[i];
        if (strcmp(p, "-") != 0 && stat(p, &st) == 0 && st.st_size > 0)
            want += (size_t)st.st_size < cap ? (size_t)st.st_size * (csv ? 64 : 8) : cap;
        if (want > cap)
            want = cap;
    }
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    void *block = malloc(want);
    if (!block)
        return;
    free(block);                  /* now the top of the heap */
#ifdef MADV_POPULATE_WRITE
    uintptr_t end = (uintptr_t)sbrk(0), start = (end - want) & ~(uintptr_t)4095;
    madvise((void *)start, end - start, MADV_POPULATE_WRITE);
#endif
}

/* Write the event list or the chart in the chosen format. */
static int emit(const cli *c, const dl_events *events)
{
    dl_error err = { 0 };
    const char *path = c->output ? c->output : "-";
    dl_format fmt = output_format(c);
    if (fmt == DL_FMT_NONE)
        return usage_error("cannot tell the format of '%s': use --format", c->output);

    if (fmt == DL_FMT_CSV || fmt == DL_FMT_JSON || fmt == DL_FMT_TIMELINEJS) {
        size_t len;
        char *s = fmt == DL_FMT_CSV    ? dl_dump_csv(events, &len)
                  : fmt == DL_FMT_JSON ? dl_dump_json(events, &len)
                                       : dl_dump_timelinejs(events, &len);
        if (!s) {
            fprintf(stderr, "dateline: out of memory\n");
            return EXIT_OUTPUT;
        }
        int rc = dl_write_bytes(path, s, len, &err);
        free(s);
        if (rc != 0) {
            report(&err);
            return EXIT_OUTPUT;
        }
        return 0;
    }
    if (events->n == 0) {
        fprintf(stderr, "dateline: no dated events found: nothing to draw\n");
        return EXIT_DATA;
    }
    dl_layout *lay = dl_layout_new(events, &c->chart, &err);
    if (!lay) {
        report(&err);
        return EXIT_DATA;
    }
    const char *lw = dl_layout_warning(lay);
    if (lw && !c->quiet)
        fprintf(stderr, "dateline: warning: %s\n", lw);
    int rc;
    if (fmt == DL_FMT_LAYOUT_JSON) {
        size_t len;
        char *s = dl_layout_json(lay, &len);
        rc = s ? dl_write_bytes(path, s, len, &err) : -1;
        if (!s)
            snprintf(err.msg, sizeof err.msg, "out of memory");
        free(s);
    } else {
        rc = dl_write(lay, fmt, path, &err);
    }
    dl_layout_free(lay);
    if (rc != 0) {
        report(&err);
        return EXIT_OUTPUT;
    }
    return 0;
}

int main(int argc, char **argv)
{
    cli c;
    memset(&c, 0, sizeof c);
    int rc = parse_args(argc, argv, &c);
    if (rc != 0)
        return rc < 0 ? 0 : rc;
    if (c.timeml) {
        rc = run_timeml(c.timeml);
    } else if (c.narticles == 0 && c.ncsvs == 0) {
        rc = usage_error("no input: give an article, '-' for stdin, or --events FILE.csv%s", "");
    } else if ((rc = check_output(&c)) == 0) {
        dl_format fmt = output_format(&c);
        if (fmt == DL_FMT_PNG || fmt == DL_FMT_SVG || fmt == DL_FMT_PDF || fmt == DL_FMT_LAYOUT_JSON)
            prepare_heap(&c);
        dl_events events;
        dl_events_init(&events);
        rc = gather(&c, &events);
        if (rc == 0)
            rc = emit(&c, &events);
        dl_events_free(&events);
    }
    dl_shutdown();
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "dateline: error writing to stdout\n");
        return EXIT_OUTPUT;
    }
    return rc;
}
