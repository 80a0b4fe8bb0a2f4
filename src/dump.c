/*
 * dump.c - the event list as CSV or JSON text.
 *
 * Both writers emit the same keys in the same order: date, end, label,
 * text, group, color, source, plus url when any event has one (so a file
 * without links keeps exactly the documented seven columns, and a file
 * with links still reads back to the same list).  Dates are written at
 * their own precision by dl_date_iso ("2014", "2025-11", "2026-01-06",
 * "2013-W11", "2013-Q1", "2012-SU"), decades and centuries as "197X" and
 * "19XX"; the CSV reader reads every one of these back.
 *
 * CSV follows RFC 4180 with LF line ends: a field is quoted when it holds
 * a comma, a quote, CR or LF, or starts or ends with a space or tab (the
 * reader trims unquoted fields).  JSON is an array with one object per
 * line; strings escape '"', '\\' and every control character; a missing
 * end or color is null there (an empty field in CSV).  Invalid
 * UTF-8 (which the readers never let in) is written as U+FFFD so that
 * both outputs are always valid UTF-8.
 */
#include "dateline.h"
#include "text.h"
#include "date.h"
#include "output.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Hand the buffer to the caller (NULL after an allocation failure). */
static char *sb_finish(dl_buf *b, size_t *len)
{
    if (dl_buf_put(b, "", 0)) {             /* room for the NUL */
        free(b->p);
        return NULL;
    }
    b->p[b->n] = '\0';
    if (len)
        *len = b->n;
    return b->p;
}


/* Append n bytes of s with invalid UTF-8 bytes replaced by U+FFFD. */
static void sb_utf8(dl_buf *b, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        size_t run = i, k;
        while (run < n && (k = dl_utf8_seq(u + run, n - run)) != 0)
            run += k;
        dl_buf_put(b, s + i, run - i);
        if (run < n) {
            dl_buf_str(b, "\xEF\xBF\xBD");
            run++;
        }
        i = run;
    }
}

/* Does any event carry a url (then both formats add the key)? */
static int any_url(const dl_events *l)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->v[i].url && l->v[i].url[0])
            return 1;
    return 0;
}

/* The string fields of an event in output order, with their keys.
 * Dates and color are formatted into the caller's buffers. */
typedef struct row_text {
    const char *key[8];
    const char *val[8]; /* NULL: no value (JSON null, CSV empty) */
    int n;
} row_text;

/* A date as both writers show it: dl_date_iso's form, except that a
 * decade or century gets its X's ("197X", "19XX") so that it does not
 * read back as the year 197 or 19. */
static void date_text(const dl_date *d, char buf[32])
{
    dl_date_iso(d, buf, 32);
    if (d->prec == DL_PREC_DECADE || d->prec == DL_PREC_CENTURY) {
        size_t n = strlen(buf);
        snprintf(buf + n, 32 - n, "%s", d->prec == DL_PREC_DECADE ? "X" : "XX");
    }
}

/* Fill t with the event's values as text. */
static void event_text(const dl_event *e, int url, char date[32], char end[32],
                       char color[8], row_text *t)
{
    static const char *const keys[8] = { "date", "end", "label", "text",
                                         "group", "color", "source", "url" };
    date_text(&e->start, date);
    date_text(&e->end, end);
    snprintf(color, 8, "#%06lx", (unsigned long)(e->color & 0xFFFFFF));
    const char *vals[8] = { date, e->end.prec != DL_PREC_NONE ? end : NULL, e->label, e->text,
                            e->group, e->has_color ? color : NULL, e->source, e->url };
    t->n = url ? 8 : 7;
    for (int i = 0; i < 8; i++) {
        t->key[i] = keys[i];
        t->val[i] = vals[i];
        if (i != 1 && i != 5 && !vals[i])
            t->val[i] = "";
    }
}

/* ---- CSV ---------------------------------------------------------------- */

/* Does s need quotes to survive a CSV round trip? */
static int csv_needs_quotes(const char *s)
{
    size_t n = strlen(s);
    if (n && (s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' || s[n - 1] == '\t'))
        return 1;
    return strpbrk(s, ",\"\r\n") != NULL;
}

/* Append one CSV field, quoted and with doubled quotes when needed. */
static void csv_field(dl_buf *b, const char *s)
{
    if (!csv_needs_quotes(s)) {
        sb_utf8(b, s, strlen(s));
        return;
    }
    dl_buf_put(b, "\"", 1);
    for (const char *q; (q = strchr(s, '"')) != NULL; s = q + 1) {
        sb_utf8(b, s, (size_t)(q - s));
        dl_buf_put(b, "\"\"", 2);
    }
    sb_utf8(b, s, strlen(s));
    dl_buf_put(b, "\"", 1);
}

/* Append one CSV line of values (NULL as empty), LF-terminated. */
static void csv_line(dl_buf *b, const char *const *v, int n)
{
    for (int i = 0; i < n; i++) {
        if (i)
            dl_buf_put(b, ",", 1);
        csv_field(b, v[i] ? v[i] : "");
    }
    dl_buf_put(b, "\n", 1);
}

/* The list as CSV; see dateline.h. */
char *dl_dump_csv(const dl_events *l, size_t *len)
{
    dl_buf b = { 0 };
    int url = any_url(l);
    row_text t;
    char date[32], end[32], color[8];
    static const dl_event none = { .label = "" };
    event_text(&none, url, date, end, color, &t);
    csv_line(&b, t.key, t.n);
    for (size_t i = 0; i < l->n; i++) {
        event_text(&l->v[i], url, date, end, color, &t);
        csv_line(&b, t.val, t.n);
    }
    return sb_finish(&b, len);
}

/* ---- JSON ------------------------------------------------------------------ */

/* Append s as a JSON string literal. */
static void json_string(dl_buf *b, const char *s)
{
    dl_buf_put(b, "\"", 1);
    const char *run = s;
    for (;; s++) {
        unsigned char c = (unsigned char)*s;
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F)
            continue;
        sb_utf8(b, run, (size_t)(s - run));
        if (c == '\0')
            break;
        char esc[8];
        if (c == '"' || c == '\\')
            snprintf(esc, sizeof esc, "\\%c", c);
        else if (c == '\n')
            snprintf(esc, sizeof esc, "\\n");
        else if (c == '\t')
            snprintf(esc, sizeof esc, "\\t");
        else if (c == '\r')
            snprintf(esc, sizeof esc, "\\r");
        else
            snprintf(esc, sizeof esc, "\\u%04x", c);
        dl_buf_str(b, esc);
        run = s + 1;
    }
    dl_buf_put(b, "\"", 1);
}

/* Append one event as a one-line JSON object. */
static void json_event(dl_buf *b, const row_text *t)
{
    dl_buf_put(b, "{", 1);
    for (int i = 0; i < t->n; i++) {
        if (i)
            dl_buf_put(b, ", ", 2);
        json_string(b, t->key[i]);
        dl_buf_put(b, ": ", 2);
        if (t->val[i])
            json_string(b, t->val[i]);
        else
            dl_buf_str(b, "null");
    }
    dl_buf_put(b, "}", 1);
}

/* The list as a JSON array, one object per line; see dateline.h. */
char *dl_dump_json(const dl_events *l, size_t *len)
{
    dl_buf b = { 0 };
    int url = any_url(l);
    row_text t;
    char date[32], end[32], color[8];
    dl_buf_put(&b, "[", 1);
    for (size_t i = 0; i < l->n; i++) {
        event_text(&l->v[i], url, date, end, color, &t);
        dl_buf_str(&b, i ? ",\n  " : "\n  ");
        json_event(&b, &t);
    }
    dl_buf_str(&b, l->n ? "\n]\n" : "]\n");
    return sb_finish(&b, len);
}

/* ---- TimelineJS -------------------------------------------------------- */

/* Append s with HTML's special characters escaped and line ends as <br>
 * (TimelineJS shows headline and text as HTML). */
static void html_text(dl_buf *b, const char *s)
{
    for (; *s; s++) {
        const char *rep = *s == '&' ? "&amp;" : *s == '<' ? "&lt;" : *s == '>' ? "&gt;"
                        : *s == '"' ? "&quot;" : *s == '\n' ? "<br>" : NULL;
        if (*s == '\r')
            rep = s[1] == '\n' ? "" : "<br>";
        if (rep)
            dl_buf_str(b, rep);
        else
            dl_buf_put(b, s, 1);
    }
}

/* Append "key": {"year": ..., ...} for d: as many parts as its precision
 * knows, counted from its first day for weeks, quarters and seasons. */
static void tjs_date(dl_buf *b, const char *key, const dl_date *d)
{
    char buf[160];
    int y = d->year, m = d->month, day = d->day;
    if (d->prec == DL_PREC_WEEK || d->prec == DL_PREC_QUARTER || d->prec == DL_PREC_SEASON)
        dl_civil_from_days((long)dl_date_first_day(d), &y, &m, &day);
    int n = snprintf(buf, sizeof buf, "\"%s\": {\"year\": %d", key, y);
    if (d->prec >= DL_PREC_SEASON)
        n += snprintf(buf + n, sizeof buf - (size_t)n, ", \"month\": %d", m);
    if (d->prec >= DL_PREC_WEEK)
        n += snprintf(buf + n, sizeof buf - (size_t)n, ", \"day\": %d", day);
    if (d->prec == DL_PREC_MINUTE)
        n += snprintf(buf + n, sizeof buf - (size_t)n, ", \"hour\": %d, \"minute\": %d",
                      d->hour, d->minute);
    snprintf(buf + n, sizeof buf - (size_t)n, "}");
    dl_buf_str(b, buf);
}

/* Build the HTML text of a slide: the event's text, then its source
 * (a link when it has a url).  Caller frees; NULL on OOM. */
static char *tjs_body(const dl_event *e)
{
    dl_buf h = { 0 };
    dl_buf_str(&h, "");
    if (e->text[0]) {
        dl_buf_str(&h, "<p>");
        html_text(&h, e->text);
        dl_buf_str(&h, "</p>");
    }
    if (e->url[0] || e->source[0]) {
        dl_buf_str(&h, "<p>");
        if (e->url[0]) {
            dl_buf_str(&h, "<a href=\"");
            html_text(&h, e->url);
            dl_buf_str(&h, "\">");
        }
        html_text(&h, e->source[0] ? e->source : e->url);
        dl_buf_str(&h, e->url[0] ? "</a></p>" : "</p>");
    }
    return sb_finish(&h, NULL);
}

/* Append one event as a TimelineJS slide object. */
static void tjs_event(dl_buf *b, const dl_event *e)
{
    char human[64], color[8];
    dl_buf_str(b, "{");
    tjs_date(b, "start_date", &e->start);
    if (e->end.prec != DL_PREC_NONE) {
        dl_buf_str(b, ", ");
        tjs_date(b, "end_date", &e->end);
    }
    dl_buf_str(b, ", \"display_date\": ");
    json_string(b, dl_date_human(&e->start, human, sizeof human));
    dl_buf head = { 0 };
    dl_buf_str(&head, "");
    html_text(&head, e->label);
    char *body = tjs_body(e), *hl = sb_finish(&head, NULL);
    if (!body || !hl)
        b->oom = 1;
    dl_buf_str(b, ", \"text\": {\"headline\": ");
    json_string(b, hl ? hl : "");
    dl_buf_str(b, ", \"text\": ");
    json_string(b, body ? body : "");
    dl_buf_str(b, "}");
    free(body);
    free(hl);
    if (e->group[0]) {
        dl_buf_str(b, ", \"group\": ");
        json_string(b, e->group);
    }
    if (e->has_color) {
        snprintf(color, sizeof color, "#%06lx", (unsigned long)(e->color & 0xFFFFFF));
        dl_buf_str(b, ", \"background\": {\"color\": \"");
        dl_buf_str(b, color);
        dl_buf_str(b, "\"}");
    }
    dl_buf_str(b, "}");
}

/* The list as TimelineJS JSON ({"events": [...]}), one slide per line,
 * ready for TimelineJS's "timeline from JSON".  Caller frees; NULL on
 * OOM.  (Not in dateline.h yet: for --format timelinejs.) */
char *dl_dump_timelinejs(const dl_events *l, size_t *len)
{
    dl_buf b = { 0 };
    dl_buf_str(&b, "{\"events\": [");
    for (size_t i = 0; i < l->n; i++) {
        dl_buf_str(&b, i ? ",\n  " : "\n  ");
        tjs_event(&b, &l->v[i]);
    }
    dl_buf_str(&b, l->n ? "\n]}\n" : "]}\n");
    return sb_finish(&b, len);
}
