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

/* Merge sort on start date: stable, O(n log n), no recursion depth issue. */
static void sort_range(dl_event *v, dl_event *tmp, size_t n)
{
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                tmp[k++] = dl_date_cmp(&v[j].start, &v[i].start) < 0 ? v[j++] : v[i++];
            while (i < mid)
                tmp[k++] = v[i++];
            while (j < hi)
                tmp[k++] = v[j++];
        }
        memcpy(v, tmp, n * sizeof *v);
    }
}

void dl_events_sort(dl_events *l)
{
    if (l->n < 2)
        return;
    dl_event *tmp = malloc(l->n * sizeof *tmp);
    if (!tmp) { /* fall back to insertion sort: slow but correct */
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
    sort_range(l->v, tmp, l->n);
    free(tmp);
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
