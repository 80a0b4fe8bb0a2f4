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

/* May events a and b be one happening? */
static int same_happening(const dl_event *a, const dl_event *b)
{
    if (a->from_csv || b->from_csv || a->end.prec || b->end.prec)
        return 0;
    if (a->start.prec != b->start.prec || dl_date_cmp(&a->start, &b->start) != 0)
        return 0;
    if (a->label_class == DL_LC_NONE || b->label_class == DL_LC_NONE ||
        a->label_class == DL_LC_ANY || b->label_class == DL_LC_ANY)
        return 1;
    if (a->label_class != b->label_class)
        return 0;
    return a->label_class != DL_LC_OTHER || strcmp(a->label_head, b->label_head) == 0;
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
        if (merged) {
            dl_event *e = &l->v[i];
            free(e->label); free(e->text); free(e->group); free(e->source); free(e->url);
        } else {
            l->v[out++] = l->v[i];
        }
    }
    l->n = out;
}
