/*
 * merge.c - one event per happening.
 *
 * An article mentions its main event several times ("a summit in Paris",
 * "Tuesday's meeting", "later in the day"); several articles mention the
 * same events again.  Mentions of the same date at the same precision
 * whose labels name the same kind of happening become one event: the most
 * informative label wins, weights add up, sources are all kept.  Events
 * from the user's CSV are never merged away.
 */
#include "dateline.h"
#include "label.h"

#include <stdlib.h>
#include <string.h>

/* Do two events come from the same article?  (Sources are "file:a-b".) */
/* The length of the file name in the first "file:a-b" of a source list. */
static size_t file_part(const char *src)
{
    const char *end = strstr(src, "; ");
    size_t n = end ? (size_t)(end - src) : strlen(src);
    while (n > 0 && src[n - 1] != ':')
        n--;
    return n ? n - 1 : 0;
}

static int same_article(const dl_event *a, const dl_event *b)
{
    size_t na = file_part(a->source), nb = file_part(b->source);
    return na && na == nb && strncmp(a->source, b->source, na) == 0;
}

/* Labels from an event noun score 10 and more, from an event verb 8 or 9;
 * 7 and below came from any verb or the words around the date. */
#define WEAK_SCORE 7

/* May the labels of a and b describe one happening? */
static int compatible(const dl_event *a, const dl_event *b)
{
    if (a->label_class == DL_LC_NONE || b->label_class == DL_LC_NONE ||
        a->label_class == DL_LC_ANY || b->label_class == DL_LC_ANY)
        return 1;
    /* within one article, a date told twice is one happening unless two
     * different event nouns say otherwise */
    if (same_article(a, b) &&
        (a->label_score <= WEAK_SCORE || b->label_score <= WEAK_SCORE))
        return 1;
    if (a->label_class != b->label_class)
        return 0;
    return a->label_class != DL_LC_OTHER || strcmp(a->label_head, b->label_head) == 0;
}

/* May events a and b be one happening? */
static int same_happening(const dl_event *a, const dl_event *b)
{
    if (a->from_csv || b->from_csv || a->end.prec || b->end.prec)
        return 0;
    if (a->start.prec != b->start.prec || dl_date_cmp(&a->start, &b->start) != 0)
        return 0;
    return compatible(a, b);
}

/* Is event a a coarser mention of b in the same article ("in March" and
 * "on 2 March"; "on Monday" and "at 14:30" that day)? */
static int coarser_mention(const dl_event *a, const dl_event *b)
{
    if (a->from_csv || b->from_csv || a->end.prec || b->end.prec)
        return 0;
    if (a->start.prec >= b->start.prec || a->start.prec < DL_PREC_YEAR || !same_article(a, b))
        return 0;
    if (dl_date_first_day(&b->start) < dl_date_first_day(&a->start) ||
        dl_date_first_day(&b->start) >= dl_date_last_day(&a->start))
        return 0;
    /* different precisions: only the same event word, or an occasion */
    if (a->label_class == DL_LC_ANY || b->label_class == DL_LC_ANY)
        return 1;
    return a->label_class != DL_LC_NONE && a->label_class == b->label_class &&
           strcmp(a->label_head, b->label_head) == 0;
}

/* Fold event b into a: the better label, summed weight, both sources. */
static int fold(dl_event *a, dl_event *b)
{
    if (b->label_score > a->label_score) {
        char *t;
        t = a->label; a->label = b->label; b->label = t;
        t = a->text; a->text = b->text; b->text = t;
        a->label_score = b->label_score;
        a->label_class = b->label_class;
        memcpy(a->label_head, b->label_head, sizeof a->label_head);
    } else if (a->label_class == DL_LC_NONE || a->label_class == DL_LC_ANY) {
        a->label_class = b->label_class;
    }
    a->weight += b->weight;
    /* sources: the first few in full, then an ellipsis (a happening told
     * ten thousand times must not make merging quadratic) */
    size_t na0 = strlen(a->source);
    if (na0 > 600) {
        if (strcmp(a->source + na0 - 3, "...") != 0) {
            char *s = realloc(a->source, na0 + 6);
            if (!s)
                return -1;
            memcpy(s + na0, "; ...", 6);
            a->source = s;
        }
        return 0;
    }
    if (b->source[0] && !strstr(a->source, b->source)) {
        size_t na = strlen(a->source), nb = strlen(b->source);
        char *s = realloc(a->source, na + nb + 3);
        if (!s)
            return -1;
        memcpy(s + na, "; ", 2);
        memcpy(s + na + 2, b->source, nb + 1);
        a->source = s;
    }
    return 0;
}

/* Free the strings of an event folded into another. */
static void drop(dl_event *e)
{
    free(e->label); free(e->text); free(e->group); free(e->source); free(e->url);
    e->label = e->text = e->group = e->source = e->url = NULL;
}

/* Fold coarse mentions into the finer mention of the same happening. */
static void merge_precisions(dl_events *l)
{
    for (size_t i = 0; i < l->n; i++) {
        dl_event *a = &l->v[i];
        if (!a->label)
            continue;
        double last = dl_date_last_day(&a->start);
        /* the list is sorted by start: finer dates inside a come soon after */
        for (size_t j = i + 1, seen = 0; j < l->n && seen < 64; j++, seen++) {
            dl_event *b = &l->v[j];
            if (dl_date_first_day(&b->start) >= last)
                break;
            if (b->label && coarser_mention(a, b)) {
                /* keep b's finer date; the better label wins */
                if (fold(b, a) == 0) {
                    drop(a);
                    break;
                }
            }
        }
    }
    size_t out = 0;
    for (size_t i = 0; i < l->n; i++)
        if (l->v[i].label)
            l->v[out++] = l->v[i];
    l->n = out;
}

void dl_events_merge(dl_events *l)
{
    dl_events_sort(l);
    size_t out = 0;
    for (size_t i = 0; i < l->n; i++) {
        /* look back over the run of events on the same date */
        size_t j = out;
        int merged = 0;
        while (j > 0 && dl_date_cmp(&l->v[j - 1].start, &l->v[i].start) == 0) {
            j--;
            if (same_happening(&l->v[j], &l->v[i]) && fold(&l->v[j], &l->v[i]) == 0) {
                merged = 1;
                break;
            }
        }
        if (merged)
            drop(&l->v[i]);
        else
            l->v[out++] = l->v[i];
    }
    l->n = out;
    merge_precisions(l);
}
