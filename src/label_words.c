/*
 * label_words.c - the words the labeller knows, as plain tables.
 *
 * Extend these tables rather than the code in label.c:
 *   event_nouns  nouns that name a happening, with a rank (how specific
 *                and chart-worthy) and a class for merging mentions
 *   event_verbs  verbs that name a happening: base form, irregular past
 *                forms, and the noun a headline uses for them
 *   skip_verbs   reporting and light verbs that never carry the event
 *   modifiers    words that carry into a label ("full-scale invasion")
 */
#include "label_words.h"
#include "wn_nominals.h"

#include <string.h>

/* Sorted by word (binary search). */
static const dl_noun_entry event_nouns[] = {
    { "accord", 4, DL_LC_ACCORD }, { "acquisition", 4, DL_LC_OTHER },
    { "agreement", 4, DL_LC_ACCORD }, { "airstrike", 5, DL_LC_VIOLENCE },
    { "airstrikes", 5, DL_LC_VIOLENCE }, { "annexation", 5, DL_LC_VIOLENCE },
    { "announcement", 2, DL_LC_OTHER }, { "armistice", 5, DL_LC_ACCORD },
    { "arrest", 4, DL_LC_OTHER }, { "assassination", 5, DL_LC_VIOLENCE },
    { "attack", 4, DL_LC_VIOLENCE }, { "attacks", 4, DL_LC_VIOLENCE },
    { "ballot", 3, DL_LC_VOTE }, { "ban", 3, DL_LC_OTHER },
    { "bankruptcy", 4, DL_LC_OTHER }, { "battle", 4, DL_LC_VIOLENCE },
    { "blast", 4, DL_LC_VIOLENCE }, { "blockade", 4, DL_LC_VIOLENCE },
    { "bombing", 4, DL_LC_VIOLENCE }, { "budget", 3, DL_LC_OTHER },
    { "campaign", 3, DL_LC_OTHER }, { "ceasefire", 5, DL_LC_ACCORD },
    { "ceremony", 3, DL_LC_ANY }, { "championship", 3, DL_LC_OTHER },
    { "clashes", 4, DL_LC_VIOLENCE }, { "closure", 4, DL_LC_OTHER },
    { "collapse", 4, DL_LC_OTHER }, { "conference", 4, DL_LC_MEETING },
    { "congress", 3, DL_LC_MEETING }, { "construction", 3, DL_LC_OTHER },
    { "convention", 3, DL_LC_MEETING }, { "coup", 5, DL_LC_VIOLENCE },
    { "crash", 4, DL_LC_OTHER }, { "crisis", 3, DL_LC_OTHER },
    { "cuts", 3, DL_LC_OTHER }, { "cyclone", 5, DL_LC_OTHER },
    { "deal", 4, DL_LC_ACCORD }, { "death", 4, DL_LC_OTHER },
    { "debate", 3, DL_LC_MEETING }, { "default", 4, DL_LC_OTHER },
    { "defeat", 4, DL_LC_OTHER }, { "delay", 3, DL_LC_OTHER },
    { "demonstration", 4, DL_LC_OTHER }, { "demonstrations", 4, DL_LC_OTHER },
    { "disaster", 4, DL_LC_OTHER }, { "dispute", 3, DL_LC_OTHER },
    { "drought", 4, DL_LC_OTHER }, { "earthquake", 5, DL_LC_OTHER },
    { "election", 5, DL_LC_VOTE }, { "elections", 5, DL_LC_VOTE },
    { "eruption", 5, DL_LC_OTHER }, { "evacuation", 4, DL_LC_OTHER },
    { "explosion", 4, DL_LC_VIOLENCE }, { "famine", 4, DL_LC_OTHER },
    { "fighting", 3, DL_LC_VIOLENCE }, { "fire", 3, DL_LC_OTHER },
    { "flood", 4, DL_LC_OTHER }, { "flooding", 4, DL_LC_OTHER },
    { "floods", 4, DL_LC_OTHER }, { "funeral", 4, DL_LC_OTHER },
    { "gathering", 2, DL_LC_ANY }, { "hearing", 3, DL_LC_OTHER },
    { "hurricane", 5, DL_LC_OTHER }, { "inauguration", 5, DL_LC_OTHER },
    { "independence", 4, DL_LC_OTHER }, { "indictment", 4, DL_LC_OTHER },
    { "inquiry", 3, DL_LC_OTHER }, { "invasion", 5, DL_LC_VIOLENCE },
    { "investigation", 3, DL_LC_OTHER }, { "landslide", 5, DL_LC_OTHER },
    { "launch", 4, DL_LC_OTHER }, { "layoffs", 4, DL_LC_OTHER },
    { "lockdown", 4, DL_LC_OTHER }, { "loss", 3, DL_LC_OTHER },
    { "massacre", 5, DL_LC_VIOLENCE }, { "meeting", 3, DL_LC_MEETING },
    { "merger", 4, DL_LC_OTHER }, { "negotiations", 4, DL_LC_MEETING },
    { "offensive", 4, DL_LC_VIOLENCE }, { "opening", 3, DL_LC_OTHER },
    { "outbreak", 4, DL_LC_OTHER }, { "pact", 4, DL_LC_ACCORD },
    { "pandemic", 4, DL_LC_OTHER }, { "primary", 3, DL_LC_VOTE },
    { "protest", 4, DL_LC_OTHER }, { "protests", 4, DL_LC_OTHER },
    { "raid", 4, DL_LC_VIOLENCE }, { "rally", 3, DL_LC_OTHER },
    { "recession", 4, DL_LC_OTHER }, { "referendum", 5, DL_LC_VOTE },
    { "release", 3, DL_LC_OTHER }, { "reopening", 4, DL_LC_OTHER },
    { "resignation", 5, DL_LC_OTHER }, { "revolution", 5, DL_LC_OTHER },
    { "riots", 4, DL_LC_VIOLENCE }, { "roll-out", 4, DL_LC_OTHER },
    { "rollout", 4, DL_LC_OTHER }, { "round", 2, DL_LC_ANY },
    { "ruling", 4, DL_LC_OTHER }, { "run-off", 5, DL_LC_VOTE },
    { "runoff", 5, DL_LC_VOTE }, { "sanctions", 3, DL_LC_OTHER },
    { "secession", 5, DL_LC_OTHER }, { "separation", 4, DL_LC_OTHER },
    { "session", 2, DL_LC_ANY }, { "shooting", 4, DL_LC_VIOLENCE },
    { "shutdown", 4, DL_LC_OTHER }, { "siege", 4, DL_LC_VIOLENCE },
    { "signing", 4, DL_LC_ACCORD }, { "storm", 4, DL_LC_OTHER },
    { "strike", 4, DL_LC_VIOLENCE }, { "strikes", 4, DL_LC_VIOLENCE },
    { "summit", 6, DL_LC_MEETING }, { "takeover", 4, DL_LC_OTHER },
    { "talks", 4, DL_LC_MEETING }, { "treaty", 5, DL_LC_ACCORD },
    { "trial", 4, DL_LC_OTHER }, { "truce", 5, DL_LC_ACCORD },
    { "tsunami", 5, DL_LC_OTHER }, { "typhoon", 5, DL_LC_OTHER },
    { "uprising", 5, DL_LC_VIOLENCE }, { "verdict", 4, DL_LC_OTHER },
    { "victory", 4, DL_LC_OTHER }, { "visit", 3, DL_LC_MEETING },
    { "vote", 4, DL_LC_VOTE }, { "war", 4, DL_LC_VIOLENCE },
    { "wedding", 4, DL_LC_OTHER }, { "wildfire", 5, DL_LC_OTHER },
    { "withdrawal", 4, DL_LC_OTHER },
};

/* Sorted by base form.  past: irregular simple past or participle forms
 * separated by '|', NULL when regular (-ed). */
static const dl_verb_entry event_verbs[] = {
    { "abolish", NULL, "abolition", DL_LC_OTHER },
    { "accelerate", NULL, "acceleration", DL_LC_OTHER },
    { "acquire", NULL, "acquisition", DL_LC_OTHER },
    { "adopt", NULL, "adoption", DL_LC_OTHER },
    { "agree", NULL, "agreement", DL_LC_ACCORD },
    { "annex", NULL, "annexation", DL_LC_VIOLENCE },
    { "announce", NULL, "announcement", DL_LC_OTHER },
    { "appoint", NULL, "appointment", DL_LC_OTHER },
    { "approve", NULL, "approval", DL_LC_OTHER },
    { "arrest", NULL, "arrest", DL_LC_OTHER },
    { "assassinate", NULL, "assassination", DL_LC_VIOLENCE },
    { "attack", NULL, "attack", DL_LC_VIOLENCE },
    { "ban", NULL, "ban", DL_LC_OTHER },
    { "begin", "began|begun", "start", DL_LC_OTHER },
    { "bomb", NULL, "bombing", DL_LC_VIOLENCE },
    { "capture", NULL, "capture", DL_LC_VIOLENCE },
    { "close", NULL, "closure", DL_LC_OTHER },
    { "collapse", NULL, "collapse", DL_LC_OTHER },
    { "conquer", NULL, "conquest", DL_LC_VIOLENCE },
    { "crash", NULL, "crash", DL_LC_OTHER },
    { "create", NULL, "creation", DL_LC_OTHER },
    { "declare", NULL, "declaration", DL_LC_OTHER },
    { "defeat", NULL, "defeat", DL_LC_OTHER },
    { "die", NULL, "death", DL_LC_OTHER },
    { "discover", NULL, "discovery", DL_LC_OTHER },
    { "dissolve", NULL, "dissolution", DL_LC_OTHER },
    { "elect", NULL, "election", DL_LC_VOTE },
    { "end", NULL, "end", DL_LC_OTHER },
    { "erupt", NULL, "eruption", DL_LC_OTHER },
    { "escalate", NULL, "escalation", DL_LC_OTHER },
    { "establish", NULL, "establishment", DL_LC_OTHER },
    { "evacuate", NULL, "evacuation", DL_LC_OTHER },
    { "expand", NULL, "expansion", DL_LC_OTHER },
    { "explode", NULL, "explosion", DL_LC_VIOLENCE },
    { "fall", "fell|fallen", "fall", DL_LC_OTHER },
    { "fight", "fought", "fighting", DL_LC_VIOLENCE },
    { "flee", "fled", "flight", DL_LC_OTHER },
    { "form", NULL, "formation", DL_LC_OTHER },
    { "hit", "hit", "hit", DL_LC_OTHER },
    { "inaugurate", NULL, "inauguration", DL_LC_OTHER },
    { "introduce", NULL, "introduction", DL_LC_OTHER },
    { "invade", NULL, "invasion", DL_LC_VIOLENCE },
    { "kill", NULL, "killing", DL_LC_VIOLENCE },
    { "launch", NULL, "launch", DL_LC_OTHER },
    { "lose", "lost", "loss", DL_LC_OTHER },
    { "meet", "met", "meeting", DL_LC_MEETING },
    { "merge", NULL, "merger", DL_LC_OTHER },
    { "negotiate", NULL, "negotiation", DL_LC_MEETING },
    { "occupy", NULL, "occupation", DL_LC_VIOLENCE },
    { "open", NULL, "opening", DL_LC_OTHER },
    { "overthrow", "overthrew|overthrown", "overthrow", DL_LC_VIOLENCE },
    { "pass", NULL, "passage", DL_LC_OTHER },
    { "protest", NULL, "protest", DL_LC_OTHER },
    { "publish", NULL, "publication", DL_LC_OTHER },
    { "raid", NULL, "raid", DL_LC_VIOLENCE },
    { "ratify", NULL, "ratification", DL_LC_ACCORD },
    { "reform", NULL, "reform", DL_LC_OTHER },
    { "reject", NULL, "rejection", DL_LC_OTHER },
    { "release", NULL, "release", DL_LC_OTHER },
    { "reopen", NULL, "reopening", DL_LC_OTHER },
    { "resign", NULL, "resignation", DL_LC_OTHER },
    { "resume", NULL, "resumption", DL_LC_OTHER },
    { "retire", NULL, "retirement", DL_LC_OTHER },
    { "rise", "rose|risen", "rise", DL_LC_OTHER },
    { "rule", NULL, "ruling", DL_LC_OTHER },
    { "seize", NULL, "seizure", DL_LC_VIOLENCE },
    { "shoot", "shot", "shooting", DL_LC_VIOLENCE },
    { "sign", NULL, "signing", DL_LC_ACCORD },
    { "sink", "sank|sunk", "sinking", DL_LC_OTHER },
    { "split", "split", "split", DL_LC_OTHER },
    { "start", NULL, "start", DL_LC_OTHER },
    { "strike", "struck|stricken", "strike", DL_LC_VIOLENCE },
    { "surrender", NULL, "surrender", DL_LC_OTHER },
    { "suspend", NULL, "suspension", DL_LC_OTHER },
    { "unveil", NULL, "unveiling", DL_LC_OTHER },
    { "vote", NULL, "vote", DL_LC_VOTE },
    { "win", "won", "victory", DL_LC_OTHER },
    { "withdraw", "withdrew|withdrawn", "withdrawal", DL_LC_OTHER },
};

/* Verbs that never carry the event: reporting, auxiliary, light. */
static const char *const skip_verbs[] = {
    "according", "add", "added", "am", "appear", "are", "be", "been", "being", "believe",
    "can", "claim", "claimed", "could", "did", "do", "does", "expect", "expected", "get",
    "got", "had", "has", "have", "having", "include", "includes", "is", "may", "might",
    "must", "need", "needs", "note", "noted", "report", "reported", "reports", "said",
    "say", "says", "seem", "shall", "should", "state", "stated", "tell", "tells", "think",
    "told", "want", "wants", "was", "were", "will", "would", "write",
    "wrote",
};

/* Modifiers that carry into a label, with the form they take there. */
static const struct { const char *w, *as; } modifiers[] = {
    { "annual", "annual" },   { "emergency", "emergency" }, { "failed", "failed" },   { "final", "final" },     { "first", "first" },
    { "fourth", "fourth" },   { "full-scale", "full-scale" }, { "general", "general" },
    { "historic", "historic" }, { "landmark", "landmark" }, { "large-scale", "large-scale" },
    { "last", "last" },       { "new", "new" },         { "presidential", "presidential" }, { "quarterly", "quarterly" },
    { "second", "second" },   { "snap", "snap" },       { "surprise", "surprise" },
    { "third", "third" },
};

/* Binary search over a sorted table of structs whose first member is the key. */
#define LOOKUP(tab, key) do { \
    size_t lo_ = 0, hi_ = sizeof tab / sizeof tab[0]; \
    while (lo_ < hi_) { size_t mid_ = (lo_ + hi_) / 2; \
        int c_ = strcmp(key, tab[mid_].word); \
        if (c_ == 0) return &tab[mid_]; \
        if (c_ < 0) hi_ = mid_; else lo_ = mid_ + 1; } \
    return NULL; } while (0)

const dl_noun_entry *dl_event_noun(const char *w)
{
    LOOKUP(event_nouns, w);
}

const dl_verb_entry *dl_event_verb_base(const char *w)
{
    LOOKUP(event_verbs, w);
}

/* Does the '|'-separated list contain w? */
static int in_list(const char *list, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = list; p && *p;) {
        const char *bar = strchr(p, '|');
        size_t len = bar ? (size_t)(bar - p) : strlen(p);
        if (len == n && strncmp(p, w, n) == 0)
            return 1;
        p = bar ? bar + 1 : NULL;
    }
    return 0;
}

/* Try a candidate base form built from w minus cut bytes plus add. */
static const dl_verb_entry *try_base(const char *w, size_t cut, const char *add)
{
    char buf[40];
    size_t n = strlen(w);
    if (n <= cut || n - cut + strlen(add) >= sizeof buf)
        return NULL;
    memcpy(buf, w, n - cut);
    strcpy(buf + n - cut, add);
    return dl_event_verb_base(buf);
}

const dl_verb_entry *dl_event_verb_lemma(const char *w, const char *lemma, int *form)
{
    const dl_verb_entry *v;
    size_t n = strlen(w);
    /* WordNet knows the irregular forms ("found" is find, "met" is meet) */
    if (lemma && (v = dl_event_verb_base(lemma)) != NULL) {
        if (strcmp(lemma, w) == 0)
            *form = DL_VF_BASE;
        else if (n > 3 && strcmp(w + n - 3, "ing") == 0)
            *form = DL_VF_ING;
        else if (w[n - 1] == 's' && lemma[strlen(lemma) - 1] != 's')
            *form = DL_VF_S;
        else
            *form = DL_VF_PAST;
        return v;
    }
    *form = DL_VF_BASE;
    if (lemma)
        return NULL;
    /* not in WordNet: the verb table's own forms */
    if ((v = dl_event_verb_base(w)))
        return v;
    if (n > 3 && strcmp(w + n - 2, "ed") == 0) {
        *form = DL_VF_PAST;
        if ((v = try_base(w, 1, "")) || (v = try_base(w, 2, "")) ||
            (strcmp(w + n - 3, "ied") == 0 && (v = try_base(w, 3, "y"))) ||
            (n > 4 && w[n - 3] == w[n - 4] && (v = try_base(w, 3, ""))))
            return v;
    }
    for (size_t i = 0; i < sizeof event_verbs / sizeof event_verbs[0]; i++)
        if (event_verbs[i].past && event_verbs[i].past[0] == w[0] && in_list(event_verbs[i].past, w)) {
            *form = DL_VF_PAST;
            return &event_verbs[i];
        }
    *form = DL_VF_BASE;
    return NULL;
}

const dl_verb_entry *dl_event_verb(const char *w, int *form)
{
    return dl_event_verb_lemma(w, dl_wn_verb_lemma(w), form);
}

int dl_sorted_has(const char *const *list, size_t n, const char *w)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(w, list[mid]);
        if (c == 0)
            return 1;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

int dl_skip_verb(const char *w)
{
    return dl_sorted_has(skip_verbs, sizeof skip_verbs / sizeof skip_verbs[0], w);
}

const char *dl_modifier(const char *w)
{
    for (size_t i = 0; i < sizeof modifiers / sizeof modifiers[0]; i++)
        if (strcmp(w, modifiers[i].w) == 0)
            return modifiers[i].as;
    return NULL;
}

/* Are the tables sorted, as the binary searches need?  (For the tests.) */
int dl_label_words_sorted(void)
{
    for (size_t i = 1; i < sizeof event_nouns / sizeof event_nouns[0]; i++)
        if (strcmp(event_nouns[i - 1].word, event_nouns[i].word) >= 0)
            return 0;
    for (size_t i = 1; i < sizeof event_verbs / sizeof event_verbs[0]; i++)
        if (strcmp(event_verbs[i - 1].word, event_verbs[i].word) >= 0)
            return 0;
    for (size_t i = 1; i < sizeof skip_verbs / sizeof skip_verbs[0]; i++)
        if (strcmp(skip_verbs[i - 1], skip_verbs[i]) >= 0)
            return 0;
    return 1;
}
