/*
 * extract.c - text to events: the stage between the tagger and the chart.
 *
 *   checked UTF-8 -> article date -> sentences -> TIMEX3 tags (timex.c)
 *   -> one mention per chart-worthy date -> a label per mention (label.c)
 *   -> one event per mention, merged per happening (dl_events_merge)
 *
 * A date is chart-worthy when it is a calendar point: durations, sets,
 * vague references ("recently", "now") and unresolved relative dates are
 * not.  The date in a news dateline is the reporting date: it makes an
 * event only when the lede has no date of its own.
 */
#include "dateline.h"
#include "article.h"
#include "context.h"
#include "date.h"
#include "label.h"
#include "text.h"
#include "timex.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One chart-worthy date expression and what we made of it. */
typedef struct mention {
    size_t tx;          /* index into the timexes */
    size_t end_tx;      /* the timex closing its range, or (size_t)-1 */
    size_t sentence;    /* index into the sentences */
    int dateline;       /* the reporting date in the dateline */
    size_t text_from;   /* where its sentence's own words start (after a dateline) */
    int recurring;      /* a recurring date ("every year on 25 March"): labelled
                         * with the others, so that its clause is known, but no event */
    dl_label_info info;
} mention;

/* Is this timex a calendar point that can sit on a chart? */
static int chartable(const dl_timex *t)
{
    if (t->type != DL_TX_DATE && t->type != DL_TX_TIME)
        return 0;
    if (t->flags & (DL_TXF_VAGUE | DL_TXF_GENERIC | DL_TXF_UNRESOLVED))
        return 0;
    return t->date.prec != DL_PREC_NONE && dl_date_valid(&t->date);
}

/* A recurring date of the calendar ("every year on 25 March": XXXX-03-25). */
static int recurring_date(const dl_timex *t)
{
    return t->type == DL_TX_DATE && (t->flags & DL_TXF_GENERIC) &&
           strncmp(t->value, "XXXX-", 5) == 0 && t->value[5] >= '0' && t->value[5] <= '9';
}

/* Copy text[a..b) with runs of white space made single spaces. */
static char *squeeze(const char *text, size_t a, size_t b)
{
    char *out = malloc(b - a + 1);
    if (!out)
        return NULL;
    size_t n = 0;
    int space = 0;
    for (size_t i = a; i < b; i++) {
        char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = 1;
            continue;
        }
        if (space && n)
            out[n++] = ' ';
        space = 0;
        out[n++] = c;
    }
    out[n] = '\0';
    return out;
}

/* A label of last resort: the first words of the clause, up to five,
 * leaving out quotes and the date expression [ts, te) itself. */
static void fallback_label(const char *text, size_t a, size_t b, size_t ts, size_t te,
                           char *buf, size_t size)
{
    size_t n = 0;
    int words = 0, inword = 0;
    while (a < b && (text[a] == '"' || text[a] == '\'' || text[a] == ' ' || text[a] == '('))
        a++;
    for (size_t i = a; i < b && n + 1 < size; i++) {
        char c = text[i];
        if (i == ts && n) /* the date ends the label */
            break;
        if (i >= ts && i < te)
            continue;
        if (c == ',' || c == ';' || c == ':' || c == '.' || c == '(' || c == '"')
            break;
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            if (inword && ++words == 5)
                break;
            inword = 0;
            if (n && buf[n - 1] != ' ')
                buf[n++] = ' ';
            continue;
        }
        inword = 1;
        buf[n++] = c;
    }
    while (n && buf[n - 1] == ' ')
        n--;
    /* drop a dangling preposition before the date: "Visitors said the library was busy by" */
    static const char *const tails[] = { " in", " on", " at", " by", " since", " until",
                                         " next", " last", " this", " of", NULL };
    for (int again = 1; again;) {
        again = 0;
        for (int k = 0; tails[k]; k++) {
            size_t m = strlen(tails[k]);
            if (n > m && strncmp(buf + n - m, tails[k], m) == 0) {
                n -= m;
                again = 1;
            }
        }
    }
    buf[n] = '\0';
    /* a headline drops a leading article: "Draw takes place" */
    if (strncmp(buf, "The ", 4) == 0 || strncmp(buf, "the ", 4) == 0)
        memmove(buf, buf + 4, n - 3);
    else if (strncmp(buf, "A ", 2) == 0 || strncmp(buf, "a ", 2) == 0)
        memmove(buf, buf + 2, n - 1);
    if (buf[0] >= 'a' && buf[0] <= 'z')
        buf[0] = (char)(buf[0] - 'a' + 'A');
}

/* Label every mention of one sentence, in order (coordination needs the
 * labels of the dates before). */
static void label_sentence(const char *text, const dl_span *s, const dl_timexes *tx,
                           dl_label_cache *cache, mention *ms, size_t n)
{
    dl_mention m[64] = { { 0, 0, 0 } };
    dl_label_info prev[64];
    size_t k = n < 64 ? n : 64;
    for (size_t i = 0; i < k; i++) {
        m[i].start = tx->v[ms[i].tx].start;
        m[i].end = tx->v[ms[i].tx].end;
        m[i].lede = ms[i].dateline;
    }
    dl_label_sentence(text, s->start, s->end, m, k, cache, prev);
    for (size_t i = 0; i < k; i++)
        ms[i].info = prev[i];
    for (size_t i = k; i < n; i++)
        memset(&ms[i].info, 0, sizeof ms[i].info);
}

/* Append the event of one mention. */
static int add_event(const char *text, const dl_extract_opts *o, const dl_spans *ss,
                     const dl_timexes *tx, const mention *m, dl_events *l)
{
    const dl_span *s = &ss->v[m->sentence];
    dl_event e;
    memset(&e, 0, sizeof e);
    e.start = tx->v[m->tx].date;
    if (m->end_tx != (size_t)-1)
        e.end = tx->v[m->end_tx].date;
    char label[96];
    if (m->info.label[0])
        snprintf(label, sizeof label, "%s", m->info.label);
    else
        fallback_label(text, m->dateline ? tx->v[m->tx].end : m->text_from, s->end,
                       tx->v[m->tx].start, tx->v[m->tx].end, label, sizeof label);
    if (!label[0])
        snprintf(label, sizeof label, "Event");
    char source[320];
    snprintf(source, sizeof source, "%s:%zu-%zu", o && o->name ? o->name : "-", s->start,
             s->end);
    e.label = label;
    e.text = squeeze(text, s->start, s->end);
    e.source = source;
    e.label_class = m->info.cls;
    e.label_score = m->info.score;
    snprintf(e.label_head, sizeof e.label_head, "%s", m->info.head);
    /* prominence: the first sentences carry the news */
    e.weight = 1.0 + (m->sentence < 2 ? 0.5 : 0);
    dl_event *r = e.text ? dl_events_add(l, &e) : NULL;
    free(e.text);
    return r ? 0 : -1;
}

/* Fill err with a message at byte offset off of the text. */
static void error_at(dl_error *err, const dl_extract_opts *o, const char *text, size_t off,
                     int line, int col, const char *msg)
{
    if (!err)
        return;
    snprintf(err->file, sizeof err->file, "%s", o && o->name ? o->name : "<text>");
    if (text)
        dl_line_col(text, off, &line, &col);
    err->line = line;
    err->col = col;
    snprintf(err->msg, sizeof err->msg, "%s", msg);
}

static void error_at(dl_error *err, const dl_extract_opts *o, const char *text, size_t off,
                     int line, int col, const char *msg);

/* What every piece of one text shares. */
typedef struct piece {
    const char *text;
    const dl_extract_opts *o;
    const dl_date *dct;
    size_t body, dateline_end;
    dl_label_cache *cache;
    dl_events *l;
} piece;

#define PIECE_BYTES (4u << 20)

/* Where the piece starting at cs ends: a paragraph break after 4 MiB, else
 * a line break, else the end of the text. */
static size_t piece_end(const char *text, size_t len, size_t cs)
{
    if (len - cs <= PIECE_BYTES)
        return len;
    size_t want = cs + PIECE_BYTES, limit = want + PIECE_BYTES / 4 < len ? want + PIECE_BYTES / 4 : len;
    for (size_t i = want; i + 1 < limit; i++)
        if (text[i] == '\n' && (text[i + 1] == '\n' || text[i + 1] == '\r'))
            return i + 1;
    for (size_t i = want; i < limit; i++)
        if (text[i] == '\n')
            return i + 1;
    /* one enormous line: cut it anyway, at a UTF-8 character boundary */
    while (limit > want && ((unsigned char)text[limit] & 0xC0) == 0x80)
        limit--;
    return limit;
}

/* Label the mentions of one sentence and add their events. */
static int flush_sentence(const piece *p, const dl_spans *ss, const dl_timexes *tx,
                          mention *ms, size_t n)
{
    size_t real = 0;
    for (size_t k = 0; k < n; k++)
        real += !ms[k].recurring;
    if (real == 0)
        return 0;
    dl_span sent = ss->v[ms[0].sentence];
    size_t first = 0;
    while (first < n && ms[first].dateline)
        first++;
    if (first < n && p->dateline_end > sent.start && p->dateline_end < sent.end)
        /* "NAPLES, March 22 (AP) - The mayor said on Monday ...": the lede
         * dates something else, so it is labelled without the dateline */
        sent.start = p->dateline_end;
    else
        first = 0;
    label_sentence(p->text, &sent, tx, p->cache, ms + first, n - first);
    for (size_t k = 0; k < n; k++)
        ms[k].text_from = sent.start;
    for (size_t k = 0; k < n; k++) {
        if (ms[k].recurring)
            continue;
        /* the reporting date stands only when the lede dates nothing else */
        if (ms[k].dateline && real > 1)
            continue;
        if (add_event(p->text, p->o, ss, tx, &ms[k], p->l) != 0)
            return -1;
    }
    return 0;
}

/* Do the n bytes between a clock time and a day join them: " on ", ", ",
 * " "? */
static int time_then_day(const char *p, size_t n)
{
    return (n == 4 && memcmp(p, " on ", 4) == 0) || (n == 2 && memcmp(p, ", ", 2) == 0) ||
           (n == 1 && p[0] == ' ');
}

/* Extract the events of text[cs, ce): sentences, tags, mentions, labels. */
static int extract_piece(const piece *p, size_t cs, size_t ce)
{
    const char *text = p->text;
    dl_spans ss = { 0 };
    dl_timexes tx = { 0 };
    int rc = -1;
    if (dl_sentences(text + cs, ce - cs, &ss) != 0 || dl_tag(text + cs, ce - cs, p->dct, &tx) != 0)
        goto done;
    for (size_t i = 0; i < ss.n; i++) {
        ss.v[i].start += cs;
        ss.v[i].end += cs;
    }
    for (size_t i = 0; i < tx.n; i++) {
        tx.v[i].start += cs;
        tx.v[i].end += cs;
    }
    /* "at 2:30 p.m. on Tuesday": the clock time takes the day named right
     * after it, and the two are one expression */
    for (size_t i = 0; i + 1 < tx.n; i++) {
        dl_timex *t = &tx.v[i], *u = &tx.v[i + 1];
        if (t->date.prec != DL_PREC_MINUTE || u->date.prec != DL_PREC_DAY || u->start < t->end ||
            u->start - t->end > 4 || !time_then_day(text + t->end, u->start - t->end))
            continue;
        t->date.year = u->date.year;
        t->date.month = u->date.month;
        t->date.day = u->date.day;
        u->flags |= DL_TXF_GENERIC; /* consumed: not an event of its own */
        i++;
    }
    /* the chart-worthy dates, a sentence at a time */
    mention ms[64];
    size_t nm = 0, si = 0;
    for (size_t i = 0; i < tx.n; i++) {
        const dl_timex *t = &tx.v[i];
        int recurring = recurring_date(t);
        if (t->start < p->body || (!chartable(t) && !recurring))
            continue;
        while (si + 1 < ss.n && ss.v[si].end <= t->start)
            si++;
        if (ss.n == 0)
            break;
        if (!recurring && dl_not_event(text, ss.v[si].start, ss.v[si].end, t))
            continue;
        if (nm > 0 && ms[nm - 1].sentence != si) {
            if (flush_sentence(p, &ss, &tx, ms, nm) != 0)
                goto done;
            nm = 0;
        }
        /* "from 2011 to 2015": the second date closes the first one's span */
        if (nm > 0 && !recurring && !ms[nm - 1].recurring && ms[nm - 1].end_tx == (size_t)-1 &&
            dl_range_pair(text, ss.v[si].start, &tx.v[ms[nm - 1].tx], t)) {
            ms[nm - 1].end_tx = i;
            continue;
        }
        if (nm == sizeof ms / sizeof ms[0])
            continue; /* 64 dates in one sentence: the rest are a list, not events */
        memset(&ms[nm], 0, sizeof ms[nm]);
        ms[nm].tx = i;
        ms[nm].end_tx = (size_t)-1;
        ms[nm].sentence = si;
        ms[nm].dateline = p->dateline_end && t->end <= p->dateline_end;
        ms[nm].recurring = recurring;
        nm++;
    }
    if (flush_sentence(p, &ss, &tx, ms, nm) != 0)
        goto done;
    rc = 0;
done:
    dl_spans_free(&ss);
    dl_timexes_free(&tx);
    return rc;
}

/* Extract from checked UTF-8 text. */
static int extract_utf8(const char *text, size_t len, const dl_extract_opts *o, dl_events *l,
                        const char **warn, dl_error *err);

int dl_extract(const char *text, size_t len, const dl_extract_opts *o, dl_events *l,
               const char **warn, dl_error *err)
{
    if (warn)
        *warn = NULL;
    if (dl_is_utf16(text, len)) { /* a byte-order mark makes the encoding certain */
        size_t n, bad;
        char *u = dl_utf16_to_utf8(text, len, &n, &bad);
        if (!u) {
            char msg[96];
            if (bad == (size_t)-1)
                snprintf(msg, sizeof msg, "out of memory");
            else
                snprintf(msg, sizeof msg, "invalid UTF-16 at byte offset %zu", bad);
            error_at(err, o, NULL, 0, 1, 1, msg);
            return -1;
        }
        int rc = extract_utf8(u, n, o, l, warn, err);
        free(u);
        return rc;
    }
    return extract_utf8(text, len, o, l, warn, err);
}

static int extract_utf8(const char *text, size_t len, const dl_extract_opts *o, dl_events *l,
                        const char **warn, dl_error *err)
{
    int line, col;
    const char *what;
    if (dl_utf8_check(text, len, &line, &col, &what) != 0) {
        error_at(err, o, NULL, 0, line, col, what);
        return -1;
    }
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) { /* BOM */
        text += 3;
        len -= 3;
    }
    size_t ink = 0;
    while (ink < len && (text[ink] == ' ' || text[ink] == '\n' || text[ink] == '\r' ||
                         text[ink] == '\t'))
        ink++;
    if (ink == len) {
        if (warn)
            *warn = "the article is empty: no events";
        return 0;
    }
    dl_date dct;
    int have_dct = 0;
    if (o && o->date) {
        dct = *o->date;
        have_dct = 1;
    } else if (dl_article_date(text, len, &dct) == 0) {
        have_dct = 1;
    } else if (warn) {
        *warn = "no article date found (use --date YYYY-MM-DD): relative dates stay unresolved";
    }

    size_t dateline_end, body = dl_article_body(text, len, &dateline_end);
    dl_label_cache *cache = dl_label_cache_new(); /* NULL is fine: no memo */
    piece p = { text, o, have_dct ? &dct : NULL, body, dateline_end, cache, l };
    size_t merged = l->n;
    int rc = 0;
    /* long texts go in pieces that end at a paragraph, so memory stays
     * proportional to a piece, not to the whole text */
    for (size_t cs = 0; cs < len && rc == 0;) {
        size_t ce = piece_end(text, len, cs);
        rc = extract_piece(&p, cs, ce);
        cs = ce;
        /* merge as we go (doubling keeps it O(n log n)): a happening told a
         * thousand times is one event, not a thousand in memory */
        if (rc == 0 && l->n - merged > (merged > 4096 ? merged : 4096)) {
            dl_events_merge(l);
            merged = l->n;
        }
    }
    dl_label_cache_free(cache);
    if (rc != 0)
        error_at(err, o, NULL, 0, 0, 0, "out of memory");
    return rc;
}
