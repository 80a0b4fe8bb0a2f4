/*
 * context.c - what the words around a date say about it.
 *
 * The tagger finds a calendar date; whether a happening sits on it depends
 * on the words around it.  This module holds those rules, one function
 * per phenomenon, each a short list of words:
 *
 *   targets         "by 2030", "by the end of 2025"          not an event
 *   comparisons     "the highest since 2008", "a year earlier" not an event
 *   period ends     "the six months to June 30"               not an event
 *   stretches       "for the rest of the week", "the past decade"
 *   look-alikes     "asteroid 2019 QX4", "nurse May Talin"
 *   ranges          "from 2011 to 2015": one span, not two events
 */
#include "context.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Copy the n-th word (1 = nearest) before pos, within [s0, pos), lower-cased.
 * Returns 0 when there is none. */
static int word_before(const char *text, size_t s0, size_t pos, int n, char *buf, size_t size)
{
    size_t p = pos;
    for (int i = 0; i < n; i++) {
        while (p > s0 && !isalnum((unsigned char)text[p - 1]))
            p--;
        size_t e = p;
        while (p > s0 && (isalnum((unsigned char)text[p - 1]) || text[p - 1] == '-'))
            p--;
        if (p == e)
            return 0;
        if (i == n - 1) {
            size_t len = e - p < size - 1 ? e - p : size - 1;
            for (size_t k = 0; k < len; k++)
                buf[k] = (char)tolower((unsigned char)text[p + k]);
            buf[len] = '\0';
        }
    }
    return 1;
}

/* Is w one of the words in the NULL-terminated list? */
static int one_of(const char *w, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (strcmp(w, list[i]) == 0)
            return 1;
    return 0;
}

/* "by 2030", "by the end of 2025": a target, not a happening. */
static int target(const char *text, size_t s0, const dl_timex *t)
{
    char w[32];
    return word_before(text, s0, t->start, 1, w, sizeof w) && strcmp(w, "by") == 0;
}

/* "the highest level since 2008": a date right after "since" measuring a
 * superlative.  ("The strongest since Cyclone Bel in 2008" names a
 * happening, and "the first strike since 1987" implies one: both stay.) */
static int comparison_since(const char *text, size_t s0, const dl_timex *t)
{
    char w1[32];
    if (!word_before(text, s0, t->start, 1, w1, sizeof w1) || strcmp(w1, "since") != 0)
        return 0;
    static const char *const superlatives[] = {
        "highest", "lowest", "worst", "best", "biggest", "largest", "smallest", "weakest",
        "strongest", "fastest", "slowest", "deadliest", "most", "least", "record",
        "longest", "shortest", NULL
    };
    char w[32];
    int since = 0;
    for (int n = 1; n <= 12 && word_before(text, s0, t->start, n, w, sizeof w); n++) {
        if (strcmp(w, "since") == 0)
            since = 1;
        else if (since && one_of(w, superlatives))
            return 1;
    }
    return 0;
}

/* "a year earlier", "the month before" in a sentence comparing figures. */
static int comparison_ref(const char *text, size_t s0, size_t s1, const dl_timex *t)
{
    static const char *const refs[] = {
        "a year earlier", "a year before", "the year before", "the previous year",
        "a month earlier", "the month before", "the previous month", "a quarter earlier",
        "the previous quarter", "the quarter before", "a week earlier", "the week before",
        "the previous week", "the same period", NULL
    };
    char ex[48];
    size_t n = t->end - t->start < sizeof ex - 1 ? t->end - t->start : sizeof ex - 1;
    for (size_t i = 0; i < n; i++)
        ex[i] = (char)tolower((unsigned char)text[t->start + i]);
    ex[n] = '\0';
    if (!one_of(ex, refs))
        return 0;
    for (size_t i = s0; i < s1; i++) /* figures: "3.8%", "percent", "compared" */
        if (text[i] == '%' || (i + 7 <= s1 && strncasecmp(text + i, "percent", 7) == 0) ||
            (i + 8 <= s1 && strncasecmp(text + i, "compared", 8) == 0) ||
            (i + 5 <= s1 && strncasecmp(text + i, " from ", 6) == 0))
            return 1;
    return 0;
}

/* "the six months to June 30": the end of a reporting period. */
static int period_end(const char *text, size_t s0, const dl_timex *t)
{
    static const char *const periods[] = { "months", "weeks", "days", "quarter", "year",
                                           "half", "period", "month", "week", NULL };
    char w[32], v[32];
    return word_before(text, s0, t->start, 1, w, sizeof w) && strcmp(w, "to") == 0 &&
           word_before(text, s0, t->start, 2, v, sizeof v) && one_of(v, periods);
}

/* "for the rest of the week", "the past decade": stretches, not points. */
static int stretch(const char *text, const dl_timex *t)
{
    static const char *const starts[] = { "the rest of", "the past ", "the last ", "the next ",
                                          "the coming ", "the remainder", NULL };
    for (int i = 0; starts[i]; i++) {
        size_t n = strlen(starts[i]);
        if (t->end - t->start >= n && strncasecmp(text + t->start, starts[i], n) == 0 &&
            (starts[i][4] == 'r' || t->date.prec <= DL_PREC_DECADE))
            return 1;
    }
    return (t->flags & DL_TXF_RELATIVE) && t->date.prec <= DL_PREC_DECADE;
}

/* "2019 QX4" (a catalogue code), "nurses May Talin" (a name). */
static int look_alike(const char *text, size_t s1, const dl_timex *t)
{
    size_t e = t->end;
    if (e + 1 >= s1 || text[e] != ' ')
        return 0;
    const char *w = text + e + 1;
    size_t n = 0;
    while (e + 1 + n < s1 && isalnum((unsigned char)w[n]))
        n++;
    if (n == 0)
        return 0;
    if (t->date.prec == DL_PREC_YEAR && t->end - t->start == 4) {
        int upper = 0, digit = 0;
        for (size_t i = 0; i < n; i++) {
            upper += isupper((unsigned char)w[i]) != 0;
            digit += isdigit((unsigned char)w[i]) != 0;
        }
        if (upper >= 1 && digit >= 1 && upper + digit == (int)n)
            return 1; /* "2019 QX4" */
    }
    if (t->date.prec == DL_PREC_MONTH && t->end - t->start == 3 &&
        strncmp(text + t->start, "May", 3) == 0 && isupper((unsigned char)w[0]) &&
        islower((unsigned char)w[n - 1]))
        return 1; /* "May Talin" */
    return 0;
}

const char *dl_not_event(const char *text, size_t s0, size_t s1, const dl_timex *t)
{
    if (target(text, s0, t))
        return "target";
    if (comparison_since(text, s0, t) || comparison_ref(text, s0, s1, t))
        return "comparison";
    if (period_end(text, s0, t))
        return "period end";
    if (stretch(text, t))
        return "stretch";
    if (look_alike(text, s1, t))
        return "look-alike";
    return NULL;
}

int dl_range_pair(const char *text, size_t s0, const dl_timex *a, const dl_timex *b)
{
    static const char *const joins[] = { "to", "until", "till", "through", "-", "and", NULL };
    if (b->start < a->end || b->start - a->end > 12)
        return 0;
    char between[16];
    size_t i = a->end, n = 0;
    while (i < b->start && n < sizeof between - 1) {
        unsigned char c = (unsigned char)text[i++];
        if (c == ' ')
            continue;
        if (c == 0xE2 && i + 1 < b->start) { /* en dash */
            between[n++] = '-';
            i += 2;
            continue;
        }
        between[n++] = (char)tolower(c);
    }
    between[n] = '\0';
    if (!one_of(between, joins))
        return 0;
    char w[32];
    int opened = word_before(text, s0, a->start, 1, w, sizeof w) &&
                 (strcmp(w, "from") == 0 || strcmp(w, "between") == 0);
    if (strcmp(between, "and") == 0 && !(opened && strcmp(w, "between") == 0))
        return 0;
    if (!opened && strcmp(between, "-") != 0)
        return 0;
    return dl_date_cmp(&a->date, &b->date) < 0;
}
