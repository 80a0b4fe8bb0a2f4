/*
 * csvin.c - events from CSV (libcsv in strict mode).
 *
 * libcsv tokenises; this file does everything libcsv does not:
 *
 *  - Positions.  libcsv reports no line or column, so the input is fed to
 *    it in segments that end just after a byte that can end a field or a
 *    row (the delimiter, CR, LF) or after at most a chunk's worth of bytes.  A
 *    callback can only fire while libcsv processes one of those bytes, so
 *    whenever a callback fires the byte that triggered it is the last byte
 *    fed.  The start of a field is then the first byte after the previous
 *    trigger that is not a space (nor a blank line, after a row end).  A
 *    forward-only cursor turns byte offsets into line and column, counting
 *    LF, CRLF and CR-only line ends, inside quoted fields too.
 *  - Hostile input.  Before parsing, the bytes are checked: known binary
 *    formats (PNG, ZIP/xlsx, PDF, ...), UTF-16, NUL bytes and invalid
 *    UTF-8 are refused with the position of the first bad byte.  A UTF-8
 *    BOM is skipped (columns count from after it).  Fields are capped at
 *    DL_CSV_MAX_FIELD bytes and libcsv's buffer grows in large blocks, so
 *    a 10 MB field fails fast instead of taking quadratic time.
 *  - Delimiter.  ',' unless Excel's "sep=X" first line names another, or
 *    the header has no comma but semicolons (Excel in many locales) or
 *    tabs (TSV).
 *  - Meaning.  The header row picks the layout: our own columns (date,
 *    end, label, text, group, color, source, url), the TimelineJS
 *    spreadsheet template, or an ACLED export.  Every row becomes one
 *    event; rows of only blank fields are skipped.  Dates are read by
 *    dl_date_parse, plus the coarse forms dump.c writes ("2013-W11",
 *    "2013-Q1", "2012-SU", "197X", "19XX") so that every list written
 *    reads back.
 *
 * Errors point at the start of the offending field (its opening quote
 * when quoted); encoding errors point at the offending byte.
 */
#include "dateline.h"
#include "text.h"
#include "date.h"

#include <csv.h>
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DL_CSV_MAX_FIELD (1024 * 1024) /* bytes in one field */
#define DL_CSV_MAX_COLS 256            /* columns in the header */
#define DL_CSV_CHUNK 65536             /* most bytes fed to libcsv at once */
#define DL_CSV_BLK 65536               /* libcsv buffer growth step */

/* ---- layouts: which columns a header may have ------------------------- */

/* Column keys for every supported layout (one namespace, for simplicity). */
enum {
    /* ours */
    C_DATE, C_END, C_LABEL, C_TEXT, C_GROUP, C_COLOR, C_SOURCE, C_URL,
    /* TimelineJS template */
    T_YEAR, T_MONTH, T_DAY, T_TIME, T_EYEAR, T_EMONTH, T_EDAY, T_ETIME,
    T_DISPLAY, T_HEADLINE, T_TEXT, T_MEDIA, T_CREDIT, T_CAPTION, T_THUMB,
    T_TYPE, T_GROUP, T_BACKGROUND,
    /* ACLED export */
    A_DATE, A_TYPE, A_SUBTYPE, A_ACTOR1, A_ACTOR2, A_COUNTRY, A_LOCATION,
    A_NOTES, A_FATALITIES, A_SOURCE, A_PRECISION,
    K_COUNT
};

/* One column a layout knows: its header name and key. */
typedef struct colname {
    const char *name;
    int key;
} colname;

typedef struct reader reader;

/* A header layout: the columns it knows, how to recognise it, and how a
 * row becomes an event. */
typedef struct layout_def {
    const colname *cols;
    int ncols;
    int sig1, sig2;            /* keys whose presence selects this layout */
    int warn_unknown;          /* warn about columns it does not know */
    int (*row)(reader *r);     /* the current row -> an event */
} layout_def;

/* ---- the reader's state ------------------------------------------------ */

/* One field of the current row: where its bytes are and where it began. */
typedef struct field {
    size_t off, len; /* into row.buf (NUL-terminated there) */
    int line, col;
} field;

/* The current row: all its fields' bytes in one buffer. */
typedef struct row {
    char *buf;
    size_t n, cap;
    field *f;
    size_t nf, fcap;
    int toolong;    /* fields beyond the header's count */
    int extra_text; /* one of those is not blank */
} row;

/* Turns byte offsets into line and column, moving forward only. */
typedef struct cursor {
    size_t off, line_start;
    int line;
} cursor;

struct reader {
    const unsigned char *data;
    size_t len;
    size_t trig;      /* offset of the byte being fed that may trigger */
    size_t scan;      /* where the next field's bytes may begin */
    size_t start;     /* where the CSV begins (after a "sep=" line) */
    unsigned char delim; /* ',' or what the file says or shows */
    int after_row;    /* the last callback ended a row (or none yet) */
    cursor cur;
    row r;
    size_t nhead;     /* columns in the header, 0 before it is read */
    int map[K_COUNT]; /* key -> column index, or -1 */
    const layout_def *lay;
    dl_events *out;
    dl_error *err;
    const char **warn;
    char name[256];
    int failed;
    /* raw mode (dl_csv_read_rows): every row goes here instead */
    void (*rows)(void *ctx, const char *const *f, const size_t *n, size_t nf);
    void *rows_ctx;
};

/* ---- errors ------------------------------------------------------------ */

/* Record an error at line:col (first error wins). */
static void fail_at(reader *r, int line, int col, const char *fmt, ...)
{
    if (r->failed)
        return;
    r->failed = 1;
    if (!r->err)
        return;
    snprintf(r->err->file, sizeof r->err->file, "%s", r->name);
    r->err->line = line;
    r->err->col = col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->err->msg, sizeof r->err->msg, fmt, ap);
    va_end(ap);
}


/* Copy a field value for a message: at most 40 bytes, whole UTF-8
 * characters, control characters shown as '?', "..." when cut. */
static const char *show(const char *s, char *buf, size_t size)
{
    size_t i = 0, o = 0, n = strlen(s);
    while (i < n && o + 8 < size && o < 40) {
        size_t k = dl_utf8_seq((const unsigned char *)s + i, n - i);
        if (k == 0 || (k == 1 && ((unsigned char)s[i] < 0x20 || s[i] == 0x7F))) {
            buf[o++] = '?';
            i++;
            continue;
        }
        memcpy(buf + o, s + i, k);
        o += k;
        i += k;
    }
    if (i < n)
        buf[o++] = '.', buf[o++] = '.', buf[o++] = '.';
    buf[o] = '\0';
    return buf;
}

/* ---- positions ----------------------------------------------------------- */

/* Move cursor c over data to offset to (never backwards) and give the
 * line:col there.  LF, CRLF and a lone CR each end a line. */
static void advance(cursor *c, const unsigned char *data, size_t len, size_t to,
                    int *line, int *col)
{
    for (; c->off < to && c->off < len; c->off++) {
        unsigned char ch = data[c->off];
        if (ch == '\r') {
            c->line++;
            c->line_start = c->off + 1;
        } else if (ch == '\n') {
            if (c->off == 0 || data[c->off - 1] != '\r')
                c->line++;
            c->line_start = c->off + 1;
        }
    }
    *line = c->line;
    size_t w = to - c->line_start + 1;
    *col = w > 0x7fffffff ? 0x7fffffff : (int)w;
}

/* The reader's cursor to offset to: line:col there. */
static void locate(reader *r, size_t to, int *line, int *col)
{
    advance(&r->cur, r->data, r->len, to, line, col);
}

/* Is byte c one libcsv skips around unquoted fields? */
static int is_pad(const reader *r, unsigned char c)
{
    return (c == ' ' || c == '\t') && c != r->delim;
}

/* Offset where the field ending at the current trigger began: its first
 * byte that is not a space (nor a blank line's end, at a row start), or
 * its first byte when it is all spaces. */
static size_t field_start(const reader *r)
{
    size_t s = r->scan, first;
    while (r->after_row && s < r->trig && s < r->len &&
           (r->data[s] == '\r' || r->data[s] == '\n' || is_pad(r, r->data[s])))
        s++;
    if (r->after_row && s < r->len && s > r->scan) {
        /* back up over the spaces of the row's own line */
        size_t b = s;
        while (b > r->scan && is_pad(r, r->data[b - 1]))
            b--;
        s = b;
    }
    first = s;
    while (s < r->trig && s < r->len && is_pad(r, r->data[s]))
        s++;
    return s < r->trig && s < r->len ? s : first;
}

/* ---- the current row ------------------------------------------------------ */

/* Append a field's bytes (plus a NUL) to the row; -1 on OOM. */
static int row_push(row *w, const char *s, size_t n, int line, int col)
{
    if (w->nf == w->fcap) {
        size_t nc = w->fcap ? w->fcap * 2 : 16;
        field *f = realloc(w->f, nc * sizeof *f);
        if (!f)
            return -1;
        w->f = f;
        w->fcap = nc;
    }
    if (w->cap - w->n < n + 1) {
        size_t nc = w->cap ? w->cap : 256;
        while (nc - w->n < n + 1)
            nc *= 2;
        char *b = realloc(w->buf, nc);
        if (!b)
            return -1;
        w->buf = b;
        w->cap = nc;
    }
    if (n)
        memcpy(w->buf + w->n, s, n);
    w->buf[w->n + n] = '\0';
    w->f[w->nf++] = (field){ w->n, n, line, col };
    w->n += n + 1;
    return 0;
}

/* Forget the current row's fields, keeping the buffers. */
static void row_clear(row *w)
{
    w->n = 0;
    w->nf = 0;
    w->toolong = 0;
    w->extra_text = 0;
}

/* The value of column key in the current row, or "" when absent. */
static const char *val(const reader *r, int key)
{
    int i = r->map[key];
    if (i < 0 || (size_t)i >= r->r.nf)
        return "";
    return r->r.buf + r->r.f[i].off;
}

/* The field of column key in the current row (for positions), or the
 * row's first field when the column is absent. */
static const field *fld(const reader *r, int key)
{
    int i = r->map[key];
    if (i < 0 || (size_t)i >= r->r.nf)
        i = 0;
    return &r->r.f[i];
}

/* Is s empty or only spaces and tabs? */
static int blank(const char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    return *s == '\0';
}

/* Copy s into buf without leading and trailing spaces/tabs. */
static const char *trim(const char *s, char *buf, size_t size)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (n >= size)
        n = size - 1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    return buf;
}

/* ---- values ---------------------------------------------------------- */

/* Why dl_date_parse refused s, given the 1-based column it blamed: a part
 * out of range when the part is well-formed, else the accepted forms. */
static const char *date_reason(const char *s, int errcol)
{
    static const char *const range[] = { "year out of range", "month out of range",
                                         "day out of range", "time out of range" };
    const char *forms = "expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM";
    size_t n = strlen(s), at = errcol > 0 ? (size_t)errcol - 1 : 0, i = s[0] == '-';
    size_t nd = strspn(s + i, "0123456789");
    if (at <= i)
        return nd > 6 ? range[0] : forms;
    if (at >= n || !strchr("-T ", s[at - 1]))
        return forms;
    int k = 0;
    for (; i < at; i++)
        k += strchr("-T ", s[i]) != NULL;
    const char *p = s + at;
    int ok = k >= 1 && k <= 3 && isdigit((unsigned char)p[0]) && isdigit((unsigned char)p[1]);
    if (ok && k == 3)
        ok = p[2] == ':' && isdigit((unsigned char)p[3]) && isdigit((unsigned char)p[4]);
    else if (ok)
        ok = p[2] == '\0' || strchr("-T ", p[2]) != NULL;
    return ok ? range[k] : forms;
}

/* The coarse dates the writers produce besides dl_date_parse's forms:
 * "2013-W11" (ISO week), "2013-Q1", "2012-SU" (SP, SU, FA, WI), "197X"
 * (a decade), "19XX" (a century); a leading '-' for BCE.  0 when s is
 * one of them (into *d), -1 otherwise, with *why set when the form was
 * right but the number out of range. */
static int parse_coarse(const char *s, dl_date *d, const char **why)
{
    static const char *const season[] = { "SP", "SU", "FA", "WI" };
    dl_date x = { 0 };
    int neg = s[0] == '-';
    const char *p = s + neg;
    size_t n = strspn(p, "0123456789"), nx = strspn(p + n, "X");
    if (n < 1 || n > 6 || (nx && (nx > 2 || p[n + nx] || n + nx > 6)))
        return -1;
    long v = strtol(p, NULL, 10);
    if (nx) {
        x.year = (int)(v * (nx == 1 ? 10 : 100) * (neg ? -1 : 1));
        x.prec = nx == 1 ? DL_PREC_DECADE : DL_PREC_CENTURY;
    } else {
        const char *q = p + n;
        x.year = (int)(neg ? -v : v);
        if (q[0] != '-')
            return -1;
        q++;
        if ((q[0] == 'W' || q[0] == 'Q') && isdigit((unsigned char)q[1]) &&
            (q[2] == '\0' || (q[0] == 'W' && isdigit((unsigned char)q[2]) && q[3] == '\0'))) {
            x.part = (int)strtol(q + 1, NULL, 10);
            x.prec = q[0] == 'W' ? DL_PREC_WEEK : DL_PREC_QUARTER;
            int wy;
            if ((q[0] == 'W' && (x.part < 1 || x.part > dl_iso_week(x.year, 12, 28, &wy))) ||
                (q[0] == 'Q' && (x.part < 1 || x.part > 4))) {
                *why = q[0] == 'W' ? "week out of range" : "quarter out of range";
                return -1; /* week 53 only in long ISO years */
            }
        } else {
            for (int i = 0; i < 4; i++)
                if (!strcmp(q, season[i]))
                    x.part = i + 1, x.prec = DL_PREC_SEASON;
            if (!x.part)
                return -1;
        }
    }
    if (!dl_date_valid(&x))
        return -1;
    *d = x;
    return 0;
}

/* Parse the date in field f (column named what) into *d; empty gives
 * DL_PREC_NONE when optional.  -1 after recording an error. */
static int parse_date(reader *r, const char *s, const field *f, const char *what,
                      int required, dl_date *d)
{
    char buf[64], shown[64];
    memset(d, 0, sizeof *d);
    if (blank(s)) {
        if (required)
            fail_at(r, f->line, f->col, "empty %s", what);
        return required ? -1 : 0;
    }
    if (strlen(s) >= sizeof buf - 1) {
        fail_at(r, f->line, f->col, "invalid %s '%s': too long", what, show(s, shown, sizeof shown));
        return -1;
    }
    trim(s, buf, sizeof buf);
    int errcol = 0;
    const char *why = NULL;
    if (dl_date_parse(buf, d, &errcol) != 0 && parse_coarse(buf, d, &why) != 0) {
        fail_at(r, f->line, f->col, "invalid %s '%s': %s", what, show(buf, shown, sizeof shown),
                why ? why : date_reason(buf, errcol));
        return -1;
    }
    return 0;
}

/* Parse "#rrggbb" (or "") in field f into *rgb / *has.  -1 after an error. */
static int parse_color(reader *r, const char *s, const field *f, uint32_t *rgb, int *has)
{
    char buf[16], shown[64];
    *has = 0;
    if (blank(s))
        return 0;
    if (strlen(s) < sizeof buf) {
        trim(s, buf, sizeof buf);
        int ok = buf[0] == '#' && strlen(buf) == 7;
        for (int i = 1; ok && i < 7; i++)
            ok = isxdigit((unsigned char)buf[i]) != 0;
        if (ok) {
            *rgb = (uint32_t)strtoul(buf + 1, NULL, 16);
            *has = 1;
            return 0;
        }
    }
    fail_at(r, f->line, f->col, "invalid color '%s': expected #rrggbb", show(s, shown, sizeof shown));
    return -1;
}

/* Check that end is not before start (it may cover it: 2014-05 to 2014
 * is fine); -1 after an error. */
static int check_span(reader *r, const dl_event *e, const field *f)
{
    if (e->end.prec == DL_PREC_NONE)
        return 0;
    double start = dl_date_first_day(&e->start);
    if (dl_date_first_day(&e->end) < start && dl_date_last_day(&e->end) <= start) {
        char a[32], b[32];
        fail_at(r, f->line, f->col, "end '%s' is before date '%s'",
                dl_date_iso(&e->end, a, sizeof a), dl_date_iso(&e->start, b, sizeof b));
        return -1;
    }
    return 0;
}

/* Append e to the output list; -1 after an error. */
static int emit(reader *r, const dl_event *e)
{
    if (!dl_events_add(r->out, e)) {
        fail_at(r, r->r.f[0].line, r->r.f[0].col, "out of memory");
        return -1;
    }
    return 0;
}

/* A blank event from a CSV row: from_csv, weight 1, all strings "". */
static dl_event csv_event(void)
{
    dl_event e;
    memset(&e, 0, sizeof e);
    e.label = e.text = e.group = e.source = e.url = "";
    e.from_csv = 1;
    e.weight = 1;
    return e;
}

/* ---- our own layout --------------------------------------------------- */

/* A row of our own columns -> an event. */
static int row_native(reader *r)
{
    dl_event e = csv_event();
    if (parse_date(r, val(r, C_DATE), fld(r, C_DATE), "date", 1, &e.start) ||
        parse_date(r, val(r, C_END), fld(r, C_END), "end", 0, &e.end) ||
        check_span(r, &e, fld(r, C_END)) ||
        parse_color(r, val(r, C_COLOR), fld(r, C_COLOR), &e.color, &e.has_color))
        return -1;
    e.label = (char *)val(r, C_LABEL);
    if (blank(e.label)) {
        fail_at(r, fld(r, C_LABEL)->line, fld(r, C_LABEL)->col, "empty label");
        return -1;
    }
    e.text = (char *)val(r, C_TEXT);
    e.group = (char *)val(r, C_GROUP);
    e.source = (char *)val(r, C_SOURCE);
    e.url = (char *)val(r, C_URL);
    return emit(r, &e);
}

static const colname native_cols[] = {
    { "date", C_DATE }, { "end", C_END }, { "label", C_LABEL }, { "text", C_TEXT },
    { "group", C_GROUP }, { "color", C_COLOR }, { "source", C_SOURCE }, { "url", C_URL },
};

/* ---- the TimelineJS spreadsheet template ------------------------------ */

/* Build "YYYY[-MM[-DD[THH:MM]]]" from TimelineJS parts into buf: 1 when
 * built, 0 when the year is empty (no date), -1 when a part is malformed.
 * Times may be "14:30", "14:30:15" or "2:30 PM". */
static int tjs_iso(const char *y, const char *m, const char *d, const char *t,
                   char *buf, size_t size)
{
    char ys[32], ms[16], ds[16], ts[32];
    if (strlen(y) >= sizeof ys || strlen(m) >= sizeof ms || strlen(d) >= sizeof ds ||
        strlen(t) >= sizeof ts)
        return -1;
    trim(y, ys, sizeof ys), trim(m, ms, sizeof ms), trim(d, ds, sizeof ds), trim(t, ts, sizeof ts);
    if (!ys[0])
        return 0;
    char *end;
    long year = strtol(ys, &end, 10);
    if (*end || year < -99999 || year > 99999)
        return -1;
    int n = snprintf(buf, size, "%s%04ld", year < 0 ? "-" : "", year < 0 ? -year : year);
    if (!ms[0])
        return 1;
    long mon = strtol(ms, &end, 10);
    if (*end || mon < 0 || mon > 99)
        return -1;
    n += snprintf(buf + n, size - (size_t)n, "-%02ld", mon);
    if (!ds[0])
        return 1;
    long day = strtol(ds, &end, 10);
    if (*end || day < 0 || day > 99)
        return -1;
    n += snprintf(buf + n, size - (size_t)n, "-%02ld", day);
    if (!ts[0])
        return 1;
    int hh, mm, used = 0;
    if (sscanf(ts, "%2d:%2d%n", &hh, &mm, &used) != 2)
        return -1;
    const char *rest = ts + used;
    if (*rest == ':') /* seconds: ignored */
        rest += strspn(rest + 1, "0123456789") + 1;
    while (*rest == ' ')
        rest++;
    if ((rest[0] == 'P' || rest[0] == 'p') && (rest[1] == 'M' || rest[1] == 'm') && hh < 12)
        hh += 12, rest += 2;
    else if ((rest[0] == 'A' || rest[0] == 'a') && (rest[1] == 'M' || rest[1] == 'm'))
        hh = hh == 12 ? 0 : hh, rest += 2;
    if (*rest)
        return -1;
    snprintf(buf + n, size - (size_t)n, "T%02d:%02d", hh, mm);
    return 1;
}

/* A TimelineJS date (start when end == 0) of the current row into *d. */
static int tjs_date(reader *r, int end, dl_date *d)
{
    int k = end ? T_EYEAR : T_YEAR;
    const char *what = end ? "End Year/Month/Day/Time" : "Year/Month/Day/Time";
    char iso[96];
    memset(d, 0, sizeof *d);
    int rc = tjs_iso(val(r, k), val(r, k + 1), val(r, k + 2), val(r, k + 3), iso, sizeof iso);
    if (rc == 0 && !end) {
        fail_at(r, fld(r, k)->line, fld(r, k)->col, "empty Year");
        return -1;
    }
    if (rc == 0)
        return 0;
    int errcol = 0;
    if (rc < 0 || dl_date_parse(iso, d, &errcol) != 0) {
        fail_at(r, fld(r, k)->line, fld(r, k)->col, "invalid date in %s%s%s", what,
                rc < 0 ? "" : ": ", rc < 0 ? "" : date_reason(iso, errcol));
        return -1;
    }
    return 0;
}

/* A TimelineJS row -> an event (the title slide is skipped). */
static int row_timelinejs(reader *r)
{
    const char *type = val(r, T_TYPE);
    char tb[16];
    if (strlen(type) < sizeof tb && !strcmp(trim(type, tb, sizeof tb), "title"))
        return 0;
    dl_event e = csv_event();
    if (tjs_date(r, 0, &e.start) || tjs_date(r, 1, &e.end) || check_span(r, &e, fld(r, T_EYEAR)))
        return -1;
    const char *bg = val(r, T_BACKGROUND);
    if (bg[0] == '#' && parse_color(r, bg, fld(r, T_BACKGROUND), &e.color, &e.has_color))
        return -1;
    e.label = (char *)val(r, T_HEADLINE);
    if (blank(e.label))
        e.label = (char *)val(r, T_DISPLAY);
    if (blank(e.label)) {
        fail_at(r, fld(r, T_HEADLINE)->line, fld(r, T_HEADLINE)->col, "empty Headline");
        return -1;
    }
    e.text = (char *)val(r, T_TEXT);
    e.group = (char *)val(r, T_GROUP);
    e.source = (char *)val(r, T_CREDIT);
    return emit(r, &e);
}

static const colname tjs_cols[] = {
    { "year", T_YEAR }, { "month", T_MONTH }, { "day", T_DAY }, { "time", T_TIME },
    { "end year", T_EYEAR }, { "end month", T_EMONTH }, { "end day", T_EDAY },
    { "end time", T_ETIME }, { "display date", T_DISPLAY }, { "headline", T_HEADLINE },
    { "text", T_TEXT }, { "media", T_MEDIA }, { "media credit", T_CREDIT },
    { "media caption", T_CAPTION }, { "media thumbnail", T_THUMB }, { "type", T_TYPE },
    { "group", T_GROUP }, { "background", T_BACKGROUND },
};

/* ---- ACLED exports ------------------------------------------------------ */

/* Turn an ACLED event_date ("2024-02-14" or "14 February 2024") into ISO
 * "YYYY-MM-DD" in buf; -1 when it is neither. */
static int acled_iso(const char *s, char *buf, size_t size)
{
    static const char *const mon[] = { "january", "february", "march", "april", "may", "june",
                                       "july", "august", "september", "october", "november",
                                       "december" };
    char t[64], word[16];
    int d, y, used = 0;
    if (strlen(s) >= sizeof t)
        return -1;
    trim(s, t, sizeof t);
    if (sscanf(t, "%d %15[A-Za-z] %d%n", &d, word, &y, &used) == 3 && t[used] == '\0') {
        for (int i = 0; i < 12; i++) {
            size_t wl = strlen(word);
            int match = wl >= 3 && wl <= strlen(mon[i]);
            for (size_t j = 0; match && j < wl; j++)
                match = tolower((unsigned char)word[j]) == mon[i][j];
            if (match && d >= 0 && d <= 99 && y >= 0 && y <= 9999) {
                snprintf(buf, size, "%04d-%02d-%02d", y, i + 1, d);
                return 0;
            }
        }
        return -1;
    }
    snprintf(buf, size, "%s", t);
    return 0;
}

/* An ACLED row -> an event labelled by its (sub-)event type and place. */
static int row_acled(reader *r)
{
    dl_event e = csv_event();
    const field *f = fld(r, A_DATE);
    char iso[64], shown[64];
    int errcol = 0;
    if (blank(val(r, A_DATE))) {
        fail_at(r, f->line, f->col, "empty event_date");
        return -1;
    }
    if (acled_iso(val(r, A_DATE), iso, sizeof iso) || dl_date_parse(iso, &e.start, &errcol)) {
        fail_at(r, f->line, f->col, "invalid event_date '%s'", show(val(r, A_DATE), shown, sizeof shown));
        return -1;
    }
    /* time_precision 3: ACLED only knows the month. */
    char pb[8];
    if (strlen(val(r, A_PRECISION)) < sizeof pb && !strcmp(trim(val(r, A_PRECISION), pb, sizeof pb), "3")) {
        e.start.prec = DL_PREC_MONTH;
        e.start.day = 0;
    }
    const char *what = blank(val(r, A_SUBTYPE)) ? val(r, A_TYPE) : val(r, A_SUBTYPE);
    const char *where = val(r, A_LOCATION);
    if (blank(what)) {
        fail_at(r, fld(r, A_TYPE)->line, fld(r, A_TYPE)->col, "empty event_type");
        return -1;
    }
    size_t n = strlen(what) + strlen(where) + 8;
    char *label = malloc(n);
    if (!label) {
        fail_at(r, f->line, f->col, "out of memory");
        return -1;
    }
    snprintf(label, n, blank(where) ? "%s" : "%s in %s", what, where);
    e.label = label;
    e.text = (char *)val(r, A_NOTES);
    e.group = (char *)val(r, A_TYPE);
    e.source = (char *)val(r, A_SOURCE);
    int rc = emit(r, &e);
    free(label);
    return rc;
}

static const colname acled_cols[] = {
    { "event_date", A_DATE }, { "event_type", A_TYPE }, { "sub_event_type", A_SUBTYPE },
    { "actor1", A_ACTOR1 }, { "actor2", A_ACTOR2 }, { "country", A_COUNTRY },
    { "location", A_LOCATION }, { "notes", A_NOTES }, { "fatalities", A_FATALITIES },
    { "source", A_SOURCE }, { "time_precision", A_PRECISION },
};

#define NCOLS(a) ((int)(sizeof a / sizeof a[0]))

static const layout_def layouts[] = {
    { native_cols, NCOLS(native_cols), C_DATE, C_LABEL, 1, row_native },
    { tjs_cols, NCOLS(tjs_cols), T_YEAR, T_HEADLINE, 1, row_timelinejs },
    { acled_cols, NCOLS(acled_cols), A_DATE, A_TYPE, 0, row_acled },
};

/* ---- the header ---------------------------------------------------------- */

/* Compare a header name (trimmed, any case) with a column name. */
static int name_is(const char *h, const char *name)
{
    char buf[64];
    if (strlen(h) >= sizeof buf)
        return 0;
    trim(h, buf, sizeof buf);
    for (size_t i = 0; ; i++) {
        if (tolower((unsigned char)buf[i]) != name[i])
            return 0;
        if (!name[i])
            return 1;
    }
}

/* The key of header name h in layout y, or -1. */
static int key_of(const layout_def *y, const char *h)
{
    for (int i = 0; i < y->ncols; i++)
        if (name_is(h, y->cols[i].name))
            return y->cols[i].key;
    return -1;
}

/* Does the header have a column for key in layout y? */
static int has_key(const reader *r, const layout_def *y, int key)
{
    for (size_t i = 0; i < r->r.nf; i++)
        if (key_of(y, r->r.buf + r->r.f[i].off) == key)
            return 1;
    return 0;
}

/* Choose the layout from the header: ours unless it lacks "date" and
 * another layout's signature columns are all there. */
static const layout_def *pick_layout(const reader *r)
{
    for (int i = 1; i < NCOLS(layouts); i++) {
        const layout_def *y = &layouts[i];
        if (!has_key(r, &layouts[0], C_DATE) && has_key(r, y, y->sig1) && has_key(r, y, y->sig2))
            return y;
    }
    return &layouts[0];
}

/* Put the unknown column names into the caller's error buffer as one
 * warning (or a static one when there is no buffer).  Unnamed columns,
 * which spreadsheets export after the last real one, are not mentioned. */
static void warn_unknown(reader *r)
{
    if (!r->warn || !r->lay->warn_unknown)
        return;
    size_t o = 0, nunk = 0;
    char list[160] = "", shown[64];
    for (size_t i = 0; i < r->r.nf; i++) {
        const char *h = r->r.buf + r->r.f[i].off;
        if (key_of(r->lay, h) >= 0 || blank(h)) /* unnamed: spreadsheet leftovers */
            continue;
        if (nunk++ && o < sizeof list)
            o += (size_t)snprintf(list + o, sizeof list - o, ", ");
        if (o < sizeof list)
            o += (size_t)snprintf(list + o, sizeof list - o, "'%s'", show(h, shown, sizeof shown));
    }
    if (!nunk)
        return;
    if (!r->err) {
        *r->warn = "ignoring unknown columns";
        return;
    }
    snprintf(r->err->file, sizeof r->err->file, "%s", r->name);
    r->err->line = 1;
    r->err->col = 0;
    snprintf(r->err->msg, sizeof r->err->msg, "ignoring unknown column%s %s%s", nunk > 1 ? "s" : "",
             list, r->lay == &layouts[0] ? " (known: date, end, label, text, group, color, source, url)" : "");
    *r->warn = r->err->msg;
}

/* The header row just ended: map columns, check required ones. */
static void take_header(reader *r)
{
    r->lay = pick_layout(r);
    for (int k = 0; k < K_COUNT; k++)
        r->map[k] = -1;
    for (size_t i = 0; i < r->r.nf; i++) {
        const field *f = &r->r.f[i];
        int k = key_of(r->lay, r->r.buf + f->off);
        if (k < 0)
            continue;
        if (r->map[k] >= 0) {
            char shown[64];
            fail_at(r, f->line, f->col, "duplicate column '%s'", show(r->r.buf + f->off, shown, sizeof shown));
            return;
        }
        r->map[k] = (int)i;
    }
    const layout_def *y = r->lay;
    int missing = r->map[y->sig1] < 0 ? y->sig1 : r->map[y->sig2] < 0 ? y->sig2 : -1;
    if (missing >= 0) {
        const char *name = "?";
        for (int i = 0; i < y->ncols; i++)
            if (y->cols[i].key == missing)
                name = y->cols[i].name;
        fail_at(r, 1, 1, "missing required column '%s' (the header must name date and label)", name);
        return;
    }
    r->nhead = r->r.nf;
    warn_unknown(r);
}

/* ---- libcsv callbacks ------------------------------------------------------ */

/* A field ended: copy it into the current row. */
static void on_field(void *s, size_t n, void *data)
{
    reader *r = data;
    if (r->failed)
        return;
    int line, col;
    size_t start = field_start(r);
    locate(r, start, &line, &col);
    r->scan = r->trig + 1;
    r->after_row = 0;
    if (n > DL_CSV_MAX_FIELD) {
        fail_at(r, line, col, "field is longer than %d bytes", DL_CSV_MAX_FIELD);
        return;
    }
    if (r->nhead == 0 && r->r.nf >= DL_CSV_MAX_COLS) {
        fail_at(r, line, col, "header has more than %d columns", DL_CSV_MAX_COLS);
        return;
    }
    if (r->nhead && r->r.nf >= r->nhead) {
        /* Count the extra fields; keep the first one's place for the
         * message at the row end (a row of only commas is still skipped). */
        r->r.toolong++;
        if (r->r.toolong == 1 && row_push(&r->r, "", 0, line, col) != 0)
            fail_at(r, line, col, "out of memory");
        if (s && n && !blank(s))
            r->r.extra_text = 1;
        return;
    }
    if (row_push(&r->r, s ? s : "", s ? n : 0, line, col) != 0)
        fail_at(r, line, col, "out of memory");
}

/* Is every field of the current row blank? (Spreadsheets export ",,,".) */
static int row_blank(const row *w)
{
    if (w->extra_text)
        return 0;
    for (size_t i = 0; i < w->nf; i++)
        if (!blank(w->buf + w->f[i].off))
            return 0;
    return 1;
}

/* Raw mode: pass the row's fields to the caller's function. */
static void raw_row(reader *r)
{
    const char *f[DL_CSV_MAX_COLS];
    size_t n[DL_CSV_MAX_COLS];
    size_t nf = r->r.nf < DL_CSV_MAX_COLS ? r->r.nf : DL_CSV_MAX_COLS;
    for (size_t i = 0; i < nf; i++) {
        f[i] = r->r.buf + r->r.f[i].off;
        n[i] = r->r.f[i].len;
    }
    r->rows(r->rows_ctx, f, n, nf);
}

/* A row ended: the header, or one event. */
static void on_row(int c, void *data)
{
    reader *r = data;
    (void)c;
    r->scan = r->trig + 1;
    r->after_row = 1;
    if (r->failed)
        return;
    row *w = &r->r;
    if (r->rows) {
        raw_row(r);
    } else if (r->nhead == 0) {
        take_header(r);
    } else if (row_blank(w)) {
        /* skipped */
    } else if (w->toolong) {
        const field *x = &w->f[r->nhead];
        fail_at(r, x->line, x->col, "row has %zu fields, header has %zu",
                r->nhead + (size_t)w->toolong, r->nhead);
    } else if (w->nf < r->nhead) {
        fail_at(r, w->f[0].line, w->f[0].col, "row has %zu field%s, header has %zu", w->nf,
                w->nf == 1 ? "" : "s", r->nhead);
    } else {
        r->lay->row(r);
    }
    row_clear(w);
}

/* ---- before parsing: is this UTF-8 text? ------------------------------ */

/* A binary format recognised from its first bytes. */
typedef struct magic {
    const char *bytes;
    size_t n;
    const char *what;
} magic;

static const magic magics[] = {
    { "\x89PNG\r\n\x1a\n", 8, "file is not text (looks like PNG)" },
    { "GIF8", 4, "file is not text (looks like GIF)" },
    { "\xFF\xD8\xFF", 3, "file is not text (looks like JPEG)" },
    { "%PDF-", 5, "file is not text (looks like PDF)" },
    { "PK\x03\x04", 4, "file is not text (looks like a ZIP archive, e.g. .xlsx: export it as CSV)" },
    { "\x1F\x8B", 2, "file is not text (looks like gzip)" },
    { "\xD0\xCF\x11\xE0", 4, "file is not text (looks like an old Office file: export it as CSV)" },
    { "\xFF\xFE", 2, "file is UTF-16 (little-endian): save it as UTF-8" },
    { "\xFE\xFF", 2, "file is UTF-16 (big-endian): save it as UTF-8" },
};

/* Refuse binary files, UTF-16, NUL bytes and invalid UTF-8, pointing at
 * the first bad byte.  -1 after recording an error. */
static int check_text(reader *r)
{
    const unsigned char *d = r->data;
    size_t n = r->len;
    for (size_t i = 0; i < sizeof magics / sizeof magics[0]; i++) {
        if (n >= magics[i].n && memcmp(d, magics[i].bytes, magics[i].n) == 0) {
            fail_at(r, 1, 1, "%s", magics[i].what);
            return -1;
        }
    }
    if (n >= 2 && (d[0] == 0) != (d[1] == 0)) {
        fail_at(r, 1, 1, "file looks like UTF-16 (%s-endian, no BOM): save it as UTF-8",
                d[1] == 0 ? "little" : "big");
        return -1;
    }
    for (size_t i = 0; i < n;) {
        if (d[i] >= 0x01 && d[i] < 0x80) {
            i++;
            continue;
        }
        size_t k = d[i] ? dl_utf8_seq(d + i, n - i) : 0;
        if (k) {
            i += k;
            continue;
        }
        cursor c = { 0, 0, 1 };
        int line, col;
        advance(&c, d, n, i, &line, &col);
        if (d[i] == 0)
            fail_at(r, line, col, "NUL byte: the file is not text");
        else
            fail_at(r, line, col, "invalid UTF-8 (byte 0x%02X): save the file as UTF-8", d[i]);
        return -1;
    }
    return 0;
}

/* ---- feeding libcsv ------------------------------------------------------ */

/* End (exclusive) of the next segment from i: just after the first
 * delimiter, CR or LF, or after chunk bytes, whichever comes first. */
static size_t segment_end(const reader *r, size_t i, size_t chunk)
{
    size_t stop = r->len - i > chunk ? i + chunk : r->len;
    for (; i < stop; i++) {
        unsigned char c = r->data[i];
        if (c == r->delim || c == '\r' || c == '\n')
            return i + 1;
    }
    return stop;
}

/* Record libcsv's complaint about the field in progress. */
static void parse_error(reader *r, int code, int at_end)
{
    int line, col;
    locate(r, field_start(r), &line, &col);
    if (code != CSV_EPARSE)
        fail_at(r, line, col, "%s", code == CSV_ENOMEM ? "out of memory" : csv_strerror(code));
    else if (at_end)
        fail_at(r, line, col, "unterminated quoted field");
    else if (r->data[r->trig] == '"')
        fail_at(r, line, col, "quote inside an unquoted field (quote the whole field and double the quote)");
    else
        fail_at(r, line, col, "unexpected text after a closing quote");
}

/* Run the whole input through libcsv, chunk bytes at most per call. */
static void feed(reader *r, struct csv_parser *p, size_t chunk)
{
    for (size_t i = r->start; i < r->len && !r->failed;) {
        size_t end = segment_end(r, i, chunk);
        r->trig = end - 1;
        size_t got = csv_parse(p, r->data + i, end - i, on_field, on_row, r);
        if (r->failed)
            return;
        if (got != end - i) {
            r->trig = i + got < r->len ? i + got : r->len - 1;
            parse_error(r, csv_error(p), 0);
            return;
        }
        if (p->entry_pos > DL_CSV_MAX_FIELD) {
            int line, col;
            locate(r, field_start(r), &line, &col);
            fail_at(r, line, col, "field is longer than %d bytes", DL_CSV_MAX_FIELD);
            return;
        }
        i = end;
    }
    r->trig = r->len;
    if (csv_fini(p, on_field, on_row, r) != 0 && !r->failed)
        parse_error(r, csv_error(p), 1);
}

/* Move the events read into the caller's list; -1 on OOM. */
static int hand_over(dl_events *tmp, dl_events *l)
{
    if (l->n == 0) {
        dl_events_free(l);
        *l = *tmp;
        dl_events_init(tmp);
        return 0;
    }
    for (size_t i = 0; i < tmp->n; i++) {
        if (!dl_events_add(l, &tmp->v[i]))
            return -1; /* l keeps the events added so far */
    }
    return 0;
}

/* Set up a reader over data (skipping a UTF-8 BOM). */
static void reader_init(reader *r, const char *data, size_t len, const char *name,
                        dl_error *err)
{
    memset(r, 0, sizeof *r);
    snprintf(r->name, sizeof r->name, "%s", name ? name : "-");
    r->data = (const unsigned char *)(data ? data : "");
    r->len = data ? len : 0;
    r->err = err;
    r->cur.line = 1;
    r->after_row = 1;
    r->delim = ',';
    if (r->len >= 3 && memcmp(r->data, "\xEF\xBB\xBF", 3) == 0)
        r->data += 3, r->len -= 3;
}

/* Choose the delimiter: Excel's "sep=X" first line names it (the line is
 * then skipped); else a header line with no comma but semicolons (Excel
 * in many locales) or tabs (TSV) uses those. */
static void pick_delim(reader *r)
{
    const unsigned char *d = r->data;
    size_t n = r->len;
    if (n >= 5 && !memcmp(d, "sep=", 4) && d[4] != '"' && (n == 5 || d[5] == '\r' || d[5] == '\n')) {
        r->delim = d[4];
        r->start = r->scan = 5;
        return;
    }
    size_t comma = 0, semi = 0, tab = 0;
    int quoted = 0;
    for (size_t i = 0; i < n && (quoted || (d[i] != '\r' && d[i] != '\n')); i++) {
        quoted ^= d[i] == '"';
        if (!quoted)
            comma += d[i] == ',', semi += d[i] == ';', tab += d[i] == '\t';
    }
    if (!comma && (semi || tab))
        r->delim = semi >= tab ? ';' : '\t';
}

/* Check the bytes, then parse them all, chunk bytes at most at a time;
 * -1 after an error. */
static int reader_run(reader *r, size_t chunk)
{
    if (check_text(r) != 0)
        return -1;
    struct csv_parser p;
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
        fail_at(r, 1, 1, "out of memory");
    } else {
        csv_set_blk_size(&p, DL_CSV_BLK);
        /* libcsv allocates through these: named here, they are the ones
         * this object links to (a test wrapping malloc/realloc at link time
         * fails libcsv's allocations too) */
        csv_set_realloc_func(&p, realloc);
        csv_set_free_func(&p, free);
        pick_delim(r);
        csv_set_delim(&p, r->delim);
        feed(r, &p, chunk ? chunk : 1);
        csv_free(&p);
    }
    free(r->r.buf);
    free(r->r.f);
    r->r.buf = NULL;
    r->r.f = NULL;
    return r->failed ? -1 : 0;
}

/* The tokenizer alone, for tests: every row's fields (header included,
 * blank rows included, no field-count check) go to fn. */
int dl_csv_read_rows(const char *data, size_t len, const char *name, size_t chunk,
                     void (*fn)(void *ctx, const char *const *f, const size_t *n, size_t nf),
                     void *ctx, dl_error *err)
{
    reader r;
    reader_init(&r, data, len, name, err);
    r.rows = fn;
    r.rows_ctx = ctx;
    return reader_run(&r, chunk);
}

/* dl_csv_read with a chosen largest chunk fed to libcsv at once (tests
 * run every chunk size to check that positions never depend on it). */
int dl_csv_read_chunked(const char *data, size_t len, const char *name, dl_events *l,
                        const char **warn, dl_error *err, size_t chunk)
{
    reader r;
    reader_init(&r, data, len, name, err);
    r.warn = warn;
    if (warn)
        *warn = NULL;
    dl_events tmp;
    dl_events_init(&tmp);
    r.out = &tmp;
    reader_run(&r, chunk);
    if (!r.failed && r.nhead == 0)
        fail_at(&r, 1, 1, "no header row (expected columns date, label, ...)");
    if (!r.failed && hand_over(&tmp, l) != 0)
        fail_at(&r, 1, 1, "out of memory");
    dl_events_free(&tmp);
    if (r.failed && warn)
        *warn = NULL;
    return r.failed ? -1 : 0;
}

/* Read an events CSV into l (see dateline.h). */
int dl_csv_read(const char *data, size_t len, const char *name, dl_events *l,
                const char **warn, dl_error *err)
{
    return dl_csv_read_chunked(data, len, name, l, warn, err, DL_CSV_CHUNK);
}
