/*
 * events.c - the event list: the one structure every stage shares.
 *
 * Extraction and the CSV reader append to it, merging and sorting reorder
 * it, the layout reads it, the dumpers write it.  The list owns every
 * string of every event.
 */
#include "dateline.h"

#include <stdlib.h>
#include <string.h>

/* A private copy of s ("" for NULL); NULL only when out of memory. */
static char *dup_or_empty(const char *s)
{
    if (!s)
        s = "";
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

void dl_events_init(dl_events *l)
{
    l->v = NULL;
    l->n = l->cap = 0;
}

/* Free the strings of one event. */
static void event_clear(dl_event *e)
{
    free(e->label);
    free(e->text);
    free(e->group);
    free(e->source);
    free(e->url);
}

dl_event *dl_events_add(dl_events *l, const dl_event *e)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        dl_event *v = realloc(l->v, cap * sizeof *v);
        if (!v)
            return NULL;
        l->v = v;
        l->cap = cap;
    }
    dl_event *d = &l->v[l->n];
    *d = *e;
    d->label = dup_or_empty(e->label);
    d->text = dup_or_empty(e->text);
    d->group = dup_or_empty(e->group);
    d->source = dup_or_empty(e->source);
    d->url = dup_or_empty(e->url);
    if (!d->label || !d->text || !d->group || !d->source || !d->url) {
        event_clear(d);
        return NULL;
    }
    l->n++;
    return d;
}

/* A sort key: the first day of the start date, then its precision. */
typedef struct key {
    double day;
    int prec;
    size_t i;
} key;

/* Earlier first, coarser first; the index keeps the sort stable. */
static int key_before(const key *a, const key *b)
{
    if (a->day != b->day)
        return a->day < b->day;
    if (a->prec != b->prec)
        return a->prec < b->prec;
    return a->i < b->i;
}

/* Bottom-up merge sort of the keys: O(n log n), no recursion. */
static void sort_keys(key *v, key *tmp, size_t n)
{
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                tmp[k++] = key_before(&v[j], &v[i]) ? v[j++] : v[i++];
            while (i < mid)
                tmp[k++] = v[i++];
            while (j < hi)
                tmp[k++] = v[j++];
        }
        memcpy(v, tmp, n * sizeof *v);
    }
}

/* Sort small keys, not whole events, then move each event once. */
void dl_events_sort(dl_events *l)
{
    if (l->n < 2)
        return;
    key *k = malloc(2 * l->n * sizeof *k);
    dl_event *moved = malloc(l->n * sizeof *moved);
    if (!k || !moved) { /* out of memory: insertion sort in place, slow but correct */
        free(k);
        free(moved);
        for (size_t i = 1; i < l->n; i++) {
            dl_event x = l->v[i];
            size_t j = i;
            while (j > 0 && dl_date_cmp(&x.start, &l->v[j - 1].start) < 0) {
                l->v[j] = l->v[j - 1];
                j--;
            }
            l->v[j] = x;
        }
        return;
    }
    int sorted = 1;
    for (size_t i = 0; i < l->n; i++) {
        k[i].day = dl_date_first_day(&l->v[i].start);
        k[i].prec = l->v[i].start.prec;
        k[i].i = i;
        if (i > 0 && key_before(&k[i], &k[i - 1]))
            sorted = 0;
    }
    if (!sorted) {
        sort_keys(k, k + l->n, l->n);
        for (size_t i = 0; i < l->n; i++)
            moved[i] = l->v[k[i].i];
        memcpy(l->v, moved, l->n * sizeof *moved);
    }
    free(k);
    free(moved);
}

void dl_events_free(dl_events *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->n; i++)
        event_clear(&l->v[i]);
    free(l->v);
    dl_events_init(l);
}
