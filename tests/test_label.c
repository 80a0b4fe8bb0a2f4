/* test_label.c - headline labels from dated clauses, and merging.
 * Dates are marked with [brackets] in the sentences below, so these tests
 * exercise the labeller alone, whatever the tagger finds. */
#include "testlib.h"
#include "dateline.h"
#include "label.h"
#include "label_words.h"
#include "date.h"

/* Label every [bracketed] date of the sentence; labels joined by " | ". */
static const char *labels(const char *marked)
{
    static char out[2048];
    char text[512];
    dl_mention m[8];
    size_t n = 0, len = 0;
    for (const char *p = marked; *p && len < sizeof text - 1; p++) {
        if (*p == '[' && n < 8) {
            m[n].start = len;
            m[n].lede = strncmp(marked, "PARIS", 5) == 0;
        }
        else if (*p == ']' && n < 8)
            m[n++].end = len;
        else
            text[len++] = *p;
    }
    text[len] = '\0';
    dl_label_info info[8];
    out[0] = '\0';
    for (size_t k = 0; k < n; k++) {
        dl_label(text, 0, len, m, n, k, info, &info[k]);
        size_t o = strlen(out);
        snprintf(out + o, sizeof out - o, "%s%s", k ? " | " : "", info[k].label);
    }
    return out;
}

static void test_labels(void)
{
    CHECK_STR(labels("The meeting is meant to reassure Kyiv in the event of a ceasefire with "
                     "Russia, which invaded its neighbour in [2014] and again at full scale in [2022]."),
              "Invasion | Full-scale invasion");
    CHECK_STR(labels("Talks to bring the almost four-year conflict to an end have accelerated "
                     "since [November]."),
              "Talks accelerate");
    CHECK_STR(labels("The draft statement for [Tuesday]'s meeting also said that allies will "
                     "participate in a mechanism."),
              "Meeting");
    CHECK_STR(labels("PARIS, [Jan 6] (Reuters) - Ukraine's allies will agree that guarantees must "
                     "include commitments, according to a draft statement prepared ahead of a "
                     "summit in Paris."),
              "Paris summit");
    CHECK_STR(labels("Voters went to the polls in a snap election on [March 3]."), "Snap election");
    CHECK_STR(labels("The earthquake struck on [Monday], officials said."), "Earthquake strikes");
    CHECK_STR(labels("The company was founded in [1998]."), "Company founded");
    CHECK_STR(labels("On [March 7], police searched the offices."), "Police search offices");
    CHECK_STR(labels("On [March 7], police searched the offices of the company that won it."),
              "Police search offices");
    CHECK_STR(labels("Officials said on [Friday] that the talks had collapsed."), "Talks collapse");
    CHECK_STR(labels("In [1989], the wall fell."), "Fall");
    CHECK_STR(labels("The NATO summit opens on [July 9]."), "NATO summit opens");
    CHECK_STR(labels("Parliament ratified the treaty in [May 2020] and the first elections "
                     "followed in [2021]."),
              "Parliament ratifies treaty | First elections follow");
    /* subject-verb-object headlines from any verb (WordNet lemmas) */
    CHECK_STR(labels("The Senate passed the budget bill late [Thursday] after a long debate."),
              "Senate passes budget bill");
    CHECK_STR(labels("The bill, first proposed in [March], would cut spending."), "Bill proposed");
    CHECK_STR(labels("The river burst its banks on [Tuesday] after a week of rain."),
              "River bursts banks");
    CHECK_STR(labels("Rescuers pulled 11 miners alive from a collapsed gold mine on [Wednesday]."),
              "Rescuers pull miners alive");
    CHECK_STR(labels("It has been run since [2019] by Amira Dosen, who joined from a rival."),
              "Amira Dosen runs");
    CHECK_STR(labels("The same group kidnapped two engineers in the summer of [2021] and released "
                     "them [the following year]."),
              "Same group kidnaps engineers | Release");
    CHECK_STR(labels("The city library reopened on [Wednesday] after a six-month closure."),
              "City library reopens");
    CHECK_STR(labels("Her coach, Piet Arlen, was himself banned for two years in [2011]."),
              "Piet Arlen banned");
    CHECK_STR(labels("Haro, 27, won gold in Paris and set a national record in Zurich in [August 2023]."),
              "Haro sets national record");
    CHECK_STR(labels("Haro was provisionally suspended in [May] and has not raced since."),
              "Haro suspended");
    CHECK_STR(labels("The firm was fined on Tuesday for pouring sewage into rivers in [2019]."),
              "Pouring sewage");
    CHECK_STR(labels("The club won the title under Luis Marin, who died in [2019]."),
              "Luis Marin dies");
    CHECK_STR(labels("His replacement, former captain Rui Costa, signed a two-year contract on "
                     "[Nov. 14]."),
              "Rui Costa signs two-year contract");
    CHECK_STR(labels("They sacked their manager in [November] after a run of five defeats."),
              "Manager sacked");
    /* traps: negation, hypotheticals, purposes */
    CHECK_STR(labels("Talks never resumed after [2019]."), "");
    CHECK_STR(labels("She will meet hospital managers on [Thursday] to plan for the strike."),
              "Meeting");
}

/* An extracted-looking event for merge tests. */
static void add(dl_events *l, const char *date, const char *label, int cls, int score,
                const char *head)
{
    dl_event e = { 0 };
    dl_date_parse(date, &e.start, NULL);
    e.label = (char *)label;
    e.label_class = cls;
    e.label_score = score;
    e.weight = 1;
    snprintf(e.label_head, sizeof e.label_head, "%s", head);
    dl_events_add(l, &e);
}

static void test_merge(void)
{
    dl_events l;
    dl_events_init(&l);
    add(&l, "2026-01-06", "Meeting", DL_LC_MEETING, 13, "meeting");
    add(&l, "2014", "Invasion", DL_LC_VIOLENCE, 8, "invasion");
    add(&l, "2026-01-06", "Paris summit", DL_LC_MEETING, 16, "summit");
    add(&l, "2026-01-06", "Coalition leaders", DL_LC_NONE, 0, "");
    add(&l, "2026-01-06", "Earthquake", DL_LC_OTHER, 15, "earthquake");
    add(&l, "2026-01", "Talks", DL_LC_MEETING, 14, "talks");
    dl_events_merge(&l);
    CHECK(l.n == 4);
    if (l.n == 4) {
        CHECK_STR(l.v[0].label, "Invasion");
        CHECK_STR(l.v[1].label, "Talks");   /* a month is not the day */
        CHECK_STR(l.v[2].label, "Paris summit");
        CHECK(l.v[2].weight == 3);
        CHECK_STR(l.v[3].label, "Earthquake"); /* another happening that day */
    }
    dl_events_free(&l);
}

int main(void)
{
    CHECK(dl_label_words_sorted());
    test_labels();
    test_merge();
    return test_done("test_label");
}
