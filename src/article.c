/*
 * article.c - the article's own date, the anchor for everything relative.
 *
 * News text states its date in a few conventional places near the top:
 *   a header line      "date 2026-01-06", "Published: October 8, 2024"
 *   a news dateline    "PARIS, Jan 6 (Reuters) -", "LONDON, 12 March 2024 -"
 *   a standalone line  "12 September 2023"
 * We look at the first lines only; a date deep in the body is an event,
 * not the article's date.  A dateline without a year takes the year of a
 * header line elsewhere in the head, and is otherwise not enough.
 */
#include "dateline.h"
#include "date.h"
#include "article.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#define HEAD_LINES 12

/* Month names and their accepted abbreviations. */
static const char *const months[12][3] = {
    { "january", "jan", NULL }, { "february", "feb", NULL }, { "march", "mar", NULL },
    { "april", "apr", NULL }, { "may", NULL, NULL }, { "june", "jun", NULL },
    { "july", "jul", NULL }, { "august", "aug", NULL }, { "september", "sep", "sept" },
    { "october", "oct", NULL }, { "november", "nov", NULL }, { "december", "dec", NULL },
};

/* Words that introduce the date on a header line. */
static const char *const header_words[] = {
    "date", "dated", "published", "updated", "posted", "filed", "dateline", NULL
};

/* A cursor over one line. */
typedef struct cur {
    const char *p, *end;
} cur;

static void skip_space(cur *c)
{
    while (c->p < c->end && (*c->p == ' ' || *c->p == '\t'))
        c->p++;
}

/* Read an unsigned number of 1..maxd digits. */
static int read_num(cur *c, int maxd, int *v)
{
    int n = 0, x = 0;
    while (c->p + n < c->end && isdigit((unsigned char)c->p[n]) && n <= maxd) {
        x = x * 10 + (c->p[n] - '0');
        n++;
    }
    if (n == 0 || n > maxd)
        return 0;
    c->p += n;
    *v = x;
    return 1;
}

/* Read a month name or abbreviation (with optional '.'); 1-12 or 0. */
static int read_month(cur *c)
{
    size_t n = 0;
    while (c->p + n < c->end && isalpha((unsigned char)c->p[n]))
        n++;
    for (int m = 0; m < 12; m++)
        for (int k = 0; k < 3 && months[m][k]; k++)
            if (strlen(months[m][k]) == n && strncasecmp(c->p, months[m][k], n) == 0) {
                c->p += n;
                if (c->p < c->end && *c->p == '.')
                    c->p++;
                return m + 1;
            }
    return 0;
}

/* Skip an optional weekday name and comma ("Tuesday, 6 January 2026"). */
static void skip_weekday(cur *c)
{
    static const char *const wd[] = { "monday", "tuesday", "wednesday", "thursday",
                                      "friday", "saturday", "sunday", NULL };
    size_t n = 0;
    while (c->p + n < c->end && isalpha((unsigned char)c->p[n]))
        n++;
    for (int i = 0; wd[i]; i++)
        if ((n == strlen(wd[i]) || n == 3) && n > 0 && strncasecmp(c->p, wd[i], n) == 0) {
            c->p += n;
            if (c->p < c->end && (*c->p == ',' || *c->p == '.'))
                c->p++;
            skip_space(c);
            return;
        }
}

/*
 * Read a date in the usual news forms at the cursor:
 *   2026-01-06 | 6 January 2026 | 6 Jan. 2026 | January 6, 2026 | Jan 6 2026
 * A missing year is allowed when need_year is 0 (datelines); then
 * out->prec is DL_PREC_NONE but month and day are set.
 */
static int read_date(cur *c, int need_year, dl_date *out)
{
    cur s = *c;
    int y = 0, m = 0, d = 0;
    skip_weekday(&s);
    if (s.p + 10 <= s.end && isdigit((unsigned char)s.p[0]) && s.p[4] == '-') {
        char buf[11];
        memcpy(buf, s.p, 10);
        buf[10] = '\0';
        if (dl_date_parse(buf, out, NULL) == 0 && out->prec == DL_PREC_DAY) {
            c->p = s.p + 10;
            return 1;
        }
        return 0;
    }
    if (read_num(&s, 2, &d)) { /* 6 January 2026 */
        skip_space(&s);
        if (!(m = read_month(&s)))
            return 0;
    } else if ((m = read_month(&s))) { /* January 6, 2026 */
        skip_space(&s);
        if (!read_num(&s, 2, &d))
            return 0;
        if (s.p + 1 < s.end && (strncasecmp(s.p, "st", 2) == 0 || strncasecmp(s.p, "nd", 2) == 0 ||
                                strncasecmp(s.p, "rd", 2) == 0 || strncasecmp(s.p, "th", 2) == 0))
            s.p += 2;
    } else {
        return 0;
    }
    cur t = s;
    if (t.p < t.end && *t.p == ',')
        t.p++;
    skip_space(&t);
    if (read_num(&t, 4, &y) && y >= 1000 && (t.p == t.end || !isalnum((unsigned char)*t.p))) {
        dl_date r = dl_date_day(y, m, d);
        if (!dl_date_valid(&r))
            return 0;
        *out = r;
        c->p = t.p;
        return 1;
    }
    if (need_year || d < 1 || d > 31)
        return 0;
    memset(out, 0, sizeof *out);
    out->month = m;
    out->day = d;
    out->prec = DL_PREC_NONE;
    c->p = s.p;
    return 1;
}

/* "date 2026-01-06 ...", "Published: Oct 8, 2024": a header line. */
static int header_line(cur c, dl_date *out)
{
    skip_space(&c);
    for (int i = 0; header_words[i]; i++) {
        size_t n = strlen(header_words[i]);
        if ((size_t)(c.end - c.p) > n && strncasecmp(c.p, header_words[i], n) == 0 &&
            !isalpha((unsigned char)c.p[n])) {
            cur t = { c.p + n, c.end };
            if (t.p < t.end && *t.p == ':')
                t.p++;
            skip_space(&t);
            return read_date(&t, 1, out);
        }
    }
    return 0;
}

/* A line that is only a date (trailing punctuation allowed). */
static int standalone_line(cur c, dl_date *out)
{
    skip_space(&c);
    if (!read_date(&c, 1, out))
        return 0;
    while (c.p < c.end && (isspace((unsigned char)*c.p) || *c.p == '.' || *c.p == '-'))
        c.p++;
    return c.p == c.end;
}

/* "PARIS, Jan 6 (Reuters) -": capitals, comma, a date, then an agency or dash. */
static int dateline_line(cur c, dl_date *out, const char **after)
{
    skip_space(&c);
    const char *start = c.p;
    int upper = 0;
    while (c.p < c.end && *c.p != ',') {
        unsigned char ch = (unsigned char)*c.p;
        if (islower(ch))
            return 0;
        if (isupper(ch) || ch >= 0x80)
            upper++;
        c.p++;
    }
    if (c.p == c.end || upper < 2 || c.p - start > 60)
        return 0;
    c.p++;
    skip_space(&c);
    if (!read_date(&c, 0, out)) {
        /* "NAPLES, Italy, March 22, 2013 -": a region or country between */
        const char *r = c.p;
        if (r == c.end || !isupper((unsigned char)*r))
            return 0;
        while (c.p < c.end && *c.p != ',' && !isdigit((unsigned char)*c.p) && c.p - r <= 30)
            c.p++;
        if (c.p == c.end || *c.p != ',')
            return 0;
        c.p++;
        skip_space(&c);
        if (!read_date(&c, 0, out))
            return 0;
    }
    skip_space(&c);
    if (c.p < c.end && *c.p == '(') { /* "(Reuters) -" */
        const char *close = memchr(c.p, ')', (size_t)(c.end - c.p));
        if (!close || close - c.p > 40)
            return 0;
        c.p = close + 1;
        skip_space(&c);
    }
    if (c.p < c.end && (*c.p == '-' || *c.p == '/'))
        c.p++;
    else if (c.end - c.p >= 3 && (unsigned char)c.p[0] == 0xE2 && (unsigned char)c.p[1] == 0x80 &&
             ((unsigned char)c.p[2] == 0x93 || (unsigned char)c.p[2] == 0x94))
        c.p += 3; /* en or em dash */
    else
        return 0;
    if (c.p < c.end && *c.p == '-')
        c.p++;
    skip_space(&c);
    *after = c.p;
    return 1;
}

/* The end of the line starting at p: its '\n', or a lone '\r' (old Mac
 * line ends); NULL when the text ends first.  "\r\n" ends at the '\n'. */
static const char *line_end(const char *p, const char *end)
{
    for (; p < end; p++) {
        if (*p == '\n')
            return p;
        if (*p == '\r' && (p + 1 == end || p[1] != '\n'))
            return p;
    }
    return NULL;
}

/* The head of an article, a line at a time: *c gets the next line (without
 * its line end) and *next where the line after starts.  0 at the end. */
static int head_line(const char **p, const char *end, int *n, cur *c, size_t *next_off,
                     const char *text)
{
    if (*n >= HEAD_LINES || *p >= end)
        return 0;
    const char *nl = line_end(*p, end);
    c->p = *p;
    c->end = nl ? nl : end;
    if (c->end > c->p && c->end[-1] == '\r')
        c->end--;
    *next_off = nl ? (size_t)(nl + 1 - text) : (size_t)(end - text);
    *p = nl ? nl + 1 : end;
    (*n)++;
    return 1;
}

int dl_article_date(const char *text, size_t len, dl_date *out)
{
    const char *p = text, *after;
    int n = 0;
    size_t next;
    cur c;
    dl_date d;
    while (head_line(&p, text + len, &n, &c, &next, text))
        /* a yearless dateline ("PARIS, Jan 6 (Reuters)") is not enough on
         * its own: keep looking for a line that gives the year */
        if (header_line(c, &d) || standalone_line(c, &d) ||
            (dateline_line(c, &d, &after) && d.prec == DL_PREC_DAY)) {
            *out = d;
            return 0;
        }
    return -1;
}

size_t dl_article_body(const char *text, size_t len, size_t *dateline_end)
{
    const char *p = text, *after;
    int n = 0;
    size_t body = 0, next;
    cur c;
    dl_date d;
    *dateline_end = 0;
    /* header and date lines may follow a headline: the body starts after
     * the last of them within the head of the article */
    while (head_line(&p, text + len, &n, &c, &next, text)) {
        if (header_line(c, &d) || standalone_line(c, &d))
            body = next;
        else if (!*dateline_end && dateline_line(c, &d, &after)) {
            if (after == c.end)
                body = next;  /* a dateline on a line of its own heads the article */
            else
                *dateline_end = (size_t)(after - text);
        }
    }
    if (*dateline_end && *dateline_end < body)
        *dateline_end = 0;
    return body;
}
