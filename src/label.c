/*
 * label.c - from a dated clause to a headline a sub-editor would accept.
 *
 * "Russia, which invaded its neighbour in 2014 and again at full scale in
 * 2022" should give "Invasion" and "Full-scale invasion", not the first
 * five words of the sentence.  The steps:
 *
 *  1. Split the sentence into words, remembering capitals and punctuation.
 *  2. Take the clause around the date (commas, semicolons, dashes and
 *     brackets bound it); if it holds no event word, the whole sentence.
 *  3. Score the candidates: event nouns ("summit", "talks") over event
 *     verbs ("invaded"), nearer the date is better, a noun owned by the
 *     date ("Tuesday's meeting") best of all.  Reporting and light verbs
 *     ("said", "has") never count.
 *  4. Coordination: a date joined to the previous one by "and", "again",
 *     with no event word of its own, reuses the previous date's event.
 *  5. Build the headline: modifiers ("full-scale", "first"), a place or
 *     name in front of a noun ("Paris summit"), an event-noun subject with
 *     its verb ("Talks accelerate"), a verb made a noun ("Invasion").
 */
#include "label.h"
#include "label_words.h"
#include "wn_nominals.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_TOK 256

typedef struct tok {
    size_t start, end;   /* bytes in the text */
    char low[40];        /* lower-cased word, "" for punctuation */
    char punct;          /* the punctuation character, or 0 */
    int cap;             /* starts with a capital letter */
    int in_date;         /* part of a date mention: index+1, or 0 */
    /* word-table look-ups, made once per token (see classify) */
    const dl_noun_entry *noun;   /* an event noun */
    const dl_verb_entry *everb;  /* an event verb ... */
    int vform;                   /* ... in this form (DL_VF_*) */
    const char *lemma;           /* any verb: its WordNet lemma */
    unsigned char skip;          /* reporting / light verb */
    unsigned char func;          /* function word */
    unsigned char auxw;          /* auxiliary or adverb before a verb */
} tok;

static int function_word(const char *w);
static int aux(const char *w);

/* Word look-ups remembered across the sentences of one text: news
 * vocabulary repeats, and a WordNet look-up costs a dozen string compares
 * per candidate stem.  Open addressing on a hash of the word. */
#define CACHE_SLOTS 4096
typedef struct cached {
    char low[40];
    const dl_noun_entry *noun;
    const dl_verb_entry *everb;
    int vform;
    const char *lemma;
    unsigned char skip, func, auxw, used;
} cached;

struct dl_label_cache {
    cached slot[CACHE_SLOTS];
};

dl_label_cache *dl_label_cache_new(void)
{
    return calloc(1, sizeof(dl_label_cache));
}

void dl_label_cache_free(dl_label_cache *c)
{
    free(c);
}

static void classify(tok *t);

/* Classify t, through the cache when there is one. */
static void classify_cached(tok *t, dl_label_cache *c)
{
    if (!c) {
        classify(t);
        return;
    }
    unsigned h = 2166136261u;
    for (const char *p = t->low; *p; p++)
        h = (h ^ (unsigned char)*p) * 16777619u;
    for (unsigned i = 0; i < 8; i++) {
        cached *e = &c->slot[(h + i) & (CACHE_SLOTS - 1)];
        if (e->used && strcmp(e->low, t->low) == 0) {
            t->noun = e->noun;
            t->everb = e->everb;
            t->vform = e->vform;
            t->lemma = e->lemma;
            t->skip = e->skip;
            t->func = e->func;
            t->auxw = e->auxw;
            return;
        }
        if (!e->used) {
            classify(t);
            memcpy(e->low, t->low, sizeof e->low);
            e->noun = t->noun;
            e->everb = t->everb;
            e->vform = t->vform;
            e->lemma = t->lemma;
            e->skip = t->skip;
            e->func = t->func;
            e->auxw = t->auxw;
            e->used = 1;
            return;
        }
    }
    classify(t); /* a full neighbourhood: look it up directly */
}

/* Look a word token up in every table once. */
static void classify(tok *t)
{
    t->noun = dl_event_noun(t->low);
    t->lemma = dl_wn_verb_lemma(t->low);
    t->everb = dl_event_verb_lemma(t->low, t->lemma, &t->vform);
    t->skip = (unsigned char)dl_skip_verb(t->low);
    t->func = (unsigned char)function_word(t->low);
    t->auxw = (unsigned char)aux(t->low);
}

typedef struct sent {
    tok t[MAX_TOK];
    int n;
} sent;

static int content(const sent *s, int k);

static int determiner_at(const sent *s, int k);

/* Is byte c part of a word (letters, digits, apostrophe, hyphen, UTF-8)? */
static int wordch(unsigned char c)
{
    return isalnum(c) || c == '-' || c == '\'' || c >= 0x80;
}

/* Split text[s0..s1) into words and punctuation. */
static void tokenize(const char *text, size_t s0, size_t s1, const dl_mention *m, size_t nm,
                     sent *s, dl_label_cache *cache)
{
    s->n = 0;
    size_t i = s0;
    while (i < s1 && s->n < MAX_TOK) {
        unsigned char c = (unsigned char)text[i];
        if (isspace(c)) {
            i++;
            continue;
        }
        tok *t = &s->t[s->n];
        memset(t, 0, sizeof *t);
        t->start = i;
        if (c == 0xE2 && i + 2 < s1 && (unsigned char)text[i + 1] == 0x80) {
            unsigned char d = (unsigned char)text[i + 2];
            if (d == 0x93 || d == 0x94) { /* en / em dash */
                t->punct = '-';
                t->end = i + 3;
                i += 3;
                s->n++;
                continue;
            }
            if (d == 0x9C || d == 0x9D) { /* curly double quotes */
                t->punct = '"';
                t->end = i + 3;
                i += 3;
                s->n++;
                continue;
            }
        }
        if (!wordch(c) || ((c == '-' || c == '\'') && (i + 1 >= s1 || !isalnum((unsigned char)text[i + 1])))) {
            t->punct = (char)c;
            t->end = i + 1;
            i++;
            s->n++;
            continue;
        }
        size_t j = i;
        while (j < s1 && wordch((unsigned char)text[j])) {
            if ((unsigned char)text[j] == 0xE2 && j + 2 < s1 && (unsigned char)text[j + 1] == 0x80 &&
                ((unsigned char)text[j + 2] == 0x93 || (unsigned char)text[j + 2] == 0x94 ||
                 (unsigned char)text[j + 2] == 0x9C || (unsigned char)text[j + 2] == 0x9D))
                break;
            j++;
        }
        /* closing quotes typed as '' stay out of the word */
        while (j > i + 1 && text[j - 1] == '\'')
            j--;
        /* possessive 's and curly ’s stay out of the word */
        size_t wend = j;
        if (wend - i > 2 && text[wend - 2] == '\'' && (text[wend - 1] == 's' || text[wend - 1] == 'S'))
            wend -= 2;
        else if (wend - i > 4 && (unsigned char)text[wend - 4] == 0xE2 &&
                 (unsigned char)text[wend - 3] == 0x80 && (unsigned char)text[wend - 2] == 0x99 &&
                 text[wend - 1] == 's')
            wend -= 4;
        t->end = j;
        t->cap = isupper(c) != 0;
        size_t n = wend - i < sizeof t->low - 1 ? wend - i : sizeof t->low - 1;
        for (size_t k = 0; k < n; k++)
            t->low[k] = (char)tolower((unsigned char)text[i + k]);
        t->low[n] = '\0';
        classify_cached(t, cache);
        /* an acronym ("WHO", "US", "IT") is a name, not a word of the tables */
        if (n >= 2 && t->cap) {
            size_t up = 0;
            for (size_t k = 0; k < n; k++)
                up += isupper((unsigned char)text[i + k]) != 0;
            if (up == n) {
                t->func = t->skip = t->auxw = 0;
                t->lemma = NULL;
                t->everb = NULL;
            }
        }
        i = j;
        s->n++;
    }
    for (int k = 0; k < s->n; k++)
        for (size_t d = 0; d < nm; d++)
            if (s->t[k].start >= m[d].start && s->t[k].start < m[d].end)
                s->t[k].in_date = (int)d + 1;
}

/* Is token k a clause boundary? */
static int boundary(const sent *s, int k)
{
    char p = s->t[k].punct;
    return p == ',' || p == ';' || p == ':' || p == '(' || p == ')' || p == '-' || p == '"';
}

/* Does token k hold the word w? */
static int is(const sent *s, int k, const char *w)
{
    return k >= 0 && k < s->n && strcmp(s->t[k].low, w) == 0;
}

/* "a future attack", "any deal": a noun that names no happening (yet). */
static int hypothetical(const sent *s, int k)
{
    static const char *const words[] = { "future", "possible", "potential", "another", "any",
                                         "no", "planned", "proposed", "likely", NULL };
    for (int i = k - 1; i >= 0 && i >= k - 2; i--)
        for (int j = 0; words[j]; j++)
            if (is(s, i, words[j]))
                return 1;
    return 0;
}

/* "reopened on Wednesday after a six-month closure", "the second delay
 * since construction began two years ago": a subordinating word between a
 * noun and the date puts them in different happenings. */
static int other_happening(const sent *s, int k, int da)
{
    static const char *const words[] = { "after", "before", "following", "despite", "amid",
                                         "since", "when", "while", "because", NULL };
    int lo = k < da ? k + 1 : da + 1, hi = k < da ? da : k;
    /* "meet managers on Thursday to plan for the strike": a purpose */
    if (k > da && (is(s, lo, "to") || is(s, lo, "for") || is(s, lo + 1, "to")))
        return 1;
    for (int i = lo; i < hi; i++)
        for (int j = 0; words[j]; j++)
            if (is(s, i, words[j])) {
                /* "the first strike since 1987": a preposition, not a clause */
                if (k < da && (i + 1 == da || (i + 2 == da && is(s, i + 1, "the"))))
                    return 0;
                return 1;
            }
    return 0;
}

/* "won gold last year and set a record in August 2023": a word before the
 * date that belongs to an earlier conjunct (an "and" follows it, then a
 * verb of the date's own). */
static int earlier_conjunct(const sent *s, int k, int da);

/* "the national disaster agency": an event noun modifying the noun
 * after it is not the head. */
static int adjunct(const sent *s, int k)
{
    if (k + 1 >= s->n)
        return 0;
    const tok *n = &s->t[k + 1];
    return !n->punct && !n->in_date && n->low[0] && !n->func && !n->skip && !n->auxw &&
           !n->lemma && !n->noun && !n->cap;
}

/* "never closed", "did not sign": a verb that did not happen. */
static int negated(const sent *s, int k)
{
    for (int i = k - 1; i >= 0 && i >= k - 2; i--) {
        const char *w = s->t[i].low;
        size_t n = strlen(w);
        if (is(s, i, "not") || is(s, i, "never") || is(s, i, "no") || is(s, i, "neither") ||
            is(s, i, "nor") ||
            (n > 3 && strcmp(w + n - 3, "n't") == 0))
            return 1;
    }
    return 0;
}

/* Is the word right before k a modal or "to" ("will stay", "to meet")? */
static int modal_right_before(const sent *s, int k)
{
    static const char *const modals[] = { "will", "would", "could", "may", "might", "should",
                                          "must", "to", "can", "shall", NULL };
    for (int j = 0; modals[j]; j++)
        if (is(s, k - 1, modals[j]))
            return 1;
    return 0;
}

/* "in 2020 and sold ...": k lies in the next conjunct after the date. */
static int after_conjunct(const sent *s, int db, int k)
{
    for (int i = db; i < k; i++)
        if (is(s, i, "and") || is(s, i, "but") || is(s, i, "while"))
            return 1;
    return 0;
}

/* Is the verb at k under a modal or "to" ("will agree", "to meet")? */
static int modal_before(const sent *s, int k)
{
    static const char *const modals[] = { "will", "would", "could", "may", "might", "should",
                                          "must", "to", "can", "shall", NULL };
    for (int i = k - 1; i >= 0 && i >= k - 2; i--)
        for (int j = 0; modals[j]; j++)
            if (is(s, i, modals[j]))
                return 1;
    return 0;
}

/* "On March 7, police searched the offices of the company that won it":
 * the verb at k, after the date, opens a relative clause on a noun, so it
 * tells what the noun did, not what happened on the date. */
static int relative_verb(const sent *s, int db, int k)
{
    return k - 2 >= db && (is(s, k - 1, "that") || is(s, k - 1, "which") || is(s, k - 1, "who")) &&
           !s->t[k - 2].punct && !s->t[k - 2].func && !s->t[k - 2].everb;
}

/* A candidate event word and what the headline makes of it. */
typedef struct cand {
    int k;                      /* token index, -1 none */
    int score;
    const dl_noun_entry *noun;  /* when a noun */
    const dl_verb_entry *verb;  /* when a verb */
} cand;

/* The best event word in tokens [a, b) for a date spanning [da, db). */
static cand best_in(const sent *s, int a, int b, int da, int db, int penalty, int owned)
{
    cand best = { -1, -1000, NULL, NULL };
    for (int k = a; k < b; k++) {
        const tok *t = &s->t[k];
        if (t->in_date || t->punct || !t->low[0])
            continue;
        if (k > db && after_conjunct(s, db, k))
            break;
        if (k < da && earlier_conjunct(s, k, da))
            continue;
        int dist = k < da ? da - k : k - db + 1;
        if (penalty)
            dist /= 2; /* outside the clause, distance says less */
        const dl_noun_entry *n = t->noun;
        int form;
        const dl_verb_entry *v = NULL;
        int score;
        if (n && (hypothetical(s, k) || other_happening(s, k, da) || adjunct(s, k)))
            continue;
        if (!n && relative_verb(s, db, k))
            continue;
        if (n) {
            score = 100 + n->rank * 6 - dist * 2;
            /* "Tuesday's meeting": the date owns the noun */
            if (k == owned)
                score += 40;
        } else if (!t->skip && !negated(s, k) && (v = t->everb) != NULL &&
                   !other_happening(s, k, da) &&
                   ((form = t->vform), 1) &&
                   !(form == DL_VF_BASE && k > 0 && (is(s, k - 1, "a") || is(s, k - 1, "an") ||
                                                   is(s, k - 1, "the") ||
                                                   dl_modifier(s->t[k - 1].low))) &&
                   !(form == DL_VF_PAST && k > 0 && k + 1 < s->n && content(s, k + 1) &&
                     (is(s, k - 1, "a") || is(s, k - 1, "an") || is(s, k - 1, "the")))) {
            score = 90 - dist * 2;
            if (form == DL_VF_ING)
                score -= 15;
            if (modal_before(s, k))
                score -= 25; /* not (yet) a happening: "will agree" */
        } else {
            continue;
        }
        score -= penalty;
        if (score > best.score) {
            best.k = k;
            best.score = score;
            best.noun = v ? NULL : n;
            best.verb = v;
        }
    }
    return best;
}

/* Append a word to a label buffer with a separating space. */
static void add_word(char *buf, size_t size, const char *w)
{
    size_t n = strlen(buf);
    if (n && n + 1 < size)
        buf[n++] = ' ', buf[n] = '\0';
    snprintf(buf + n, size - n, "%s", w);
}

/* The original spelling of token k (for proper names). */
static void orig(const char *text, const tok *t, char *buf, size_t size)
{
    size_t n = t->end - t->start;
    if (n >= size)
        n = size - 1;
    memcpy(buf, text + t->start, n);
    buf[n] = '\0';
    /* drop a possessive */
    if (n > 2 && buf[n - 2] == '\'' && buf[n - 1] == 's')
        buf[n - 2] = '\0';
}

/* Does token k end in -ed (a verb, not a modifier we want in a name)? */
static int verb_is_past(const sent *s, int k)
{
    size_t n = strlen(s->t[k].low);
    return n > 3 && strcmp(s->t[k].low + n - 2, "ed") == 0;
}

/* Words that open or join noun phrases but never head one. */
static int function_word(const char *w)
{
    static const char *const words[] = {
        "a", "about", "after", "against", "all", "almost", "also", "an", "and", "around",
        "at", "before", "billion", "both", "but", "by", "dozens", "during", "each", "eight",
        "every", "few", "five", "for", "four", "from", "he", "her", "his", "hundreds", "i",
        "in", "into", "it", "its", "many", "million", "millions", "more", "most", "nearly",
        "nine", "of", "on", "one", "or", "other", "our", "over", "percent", "seven",
        "several", "she", "since", "six", "some", "ten", "than", "that", "the", "their",
        "them", "these", "they", "this", "those", "thousands", "three", "through", "to",
        "trillion", "two", "under", "until", "up", "we", "which", "who", "whom", "whose",
        "with", "you",
    };
    return dl_sorted_has(words, sizeof words / sizeof words[0], w) || (w[0] >= '0' && w[0] <= '9');
}

/* A word that can head a subject or object phrase. */
static int content(const sent *s, int k)
{
    if (k < 0 || k >= s->n)
        return 0;
    const tok *t = &s->t[k];
    return !t->punct && !t->in_date && t->low[0] && !t->func && !t->skip;
}

/* Auxiliaries and adverbs between a subject and its verb. */
static int aux(const char *w)
{
    static const char *const words[] = { "has", "have", "had", "was", "were", "is", "are",
                                         "been", "be", "will", "would", "could", "also",
                                         "already", "finally", "then", "just", "later",
                                         "may", "might", "can", "should", "must", "shall",
                                         NULL };
    for (int i = 0; words[i]; i++)
        if (strcmp(w, words[i]) == 0)
            return 1;
    return 0;
}

/* Words between an auxiliary and its verb: "was himself banned". */
static int adverb(const char *w)
{
    static const char *const words[] = {
        "himself", "herself", "itself", "themselves", "also", "already", "reportedly",
        "allegedly", "later", "first", "provisionally", "officially", "formally", "finally",
        "then", "just", "recently", "previously", "initially", "eventually", "briefly",
        "temporarily", "again", NULL
    };
    for (int i = 0; words[i]; i++)
        if (strcmp(w, words[i]) == 0)
            return 1;
    size_t n = strlen(w);
    return n > 4 && strcmp(w + n - 2, "ly") == 0 && strcmp(w, "only") != 0;
}

/* A personal pronoun that can be a subject. */
static int pronoun(const char *w)
{
    return strcmp(w, "it") == 0 || strcmp(w, "he") == 0 || strcmp(w, "she") == 0 ||
           strcmp(w, "they") == 0 || strcmp(w, "we") == 0 || strcmp(w, "i") == 0;
}

/* The lemma of a verb in use at k, or NULL: a past form, an irregular
 * form, or a base form after a modal or before a determiner.  *passive is
 * set after "was", "were" and the like. */
static const char *verb_at(const sent *s, int k, int *passive)
{
    const tok *t = &s->t[k];
    *passive = 0;
    if (t->punct || t->in_date || t->cap || !t->low[0] || t->skip || negated(s, k))
        return NULL;
    const char *lemma = t->lemma;
    if (!lemma || t->auxw || dl_skip_verb(lemma))
        return NULL;
    size_t n = strlen(t->low);
    int past = n > 3 && strcmp(t->low + n - 2, "ed") == 0;
    int irregular = strcmp(lemma, t->low) != 0 && !past && t->low[n - 1] != 's' &&
                    !(n > 3 && strcmp(t->low + n - 3, "ing") == 0);
    int base = strcmp(lemma, t->low) == 0;
    int p = k - 1; /* "was himself banned", "was provisionally suspended" */
    while (p > 0 && adverb(s->t[p].low))
        p--;
    int after_be = p >= 0 && (is(s, p, "was") || is(s, p, "were") || is(s, p, "been") ||
                              is(s, p, "be") || is(s, p, "is") || is(s, p, "are"));
    /* "a collapsed gold mine": a participle between a determiner and a noun */
    if ((past || irregular) && k > 0 && k + 1 < s->n && content(s, k + 1) &&
        (is(s, k - 1, "a") || is(s, k - 1, "an") || is(s, k - 1, "the")))
        return NULL;
    if (irregular && k > 0 && (is(s, k - 1, "a") || is(s, k - 1, "an") || is(s, k - 1, "the")))
        return NULL; /* "prepare the ground": a noun, not "grind" */
    if (after_be && (past || irregular || (base && is(s, p, "been"))))
        *passive = 1; /* "was closed", "has been run" */
    if (*passive && base)
        return lemma;
    /* "it cut rates": a bare form after a pronoun subject is a verb */
    if (base && k > 0 && k + 1 < s->n && pronoun(s->t[k - 1].low) &&
        (content(s, k + 1) || is(s, k + 1, "the") || is(s, k + 1, "its") || is(s, k + 1, "a")))
        return lemma;
    if (irregular && k > 0 && !s->t[k - 1].punct && !s->t[k - 1].auxw && s->t[k - 1].lemma &&
        strcmp(s->t[k - 1].lemma, s->t[k - 1].low) != 0)
        return NULL; /* "broke ground": a verb does not follow a past verb */
    if (past || irregular)
        return lemma;
    if (base && ((is(s, k - 1, "and") || is(s, k - 1, "but")) && k + 1 < s->n &&
                 (isdigit((unsigned char)s->t[k + 1].low[0]) || is(s, k + 1, "its") ||
                  is(s, k + 1, "the") || is(s, k + 1, "their") || is(s, k + 1, "a") ||
                  is(s, k + 1, "an"))))
        return lemma; /* "and cut 15% of its workforce" */
    if (base && (modal_right_before(s, k) ||
                 (content(s, k - 1) && k + 1 < s->n &&
                  (is(s, k + 1, "its") || is(s, k + 1, "the") || is(s, k + 1, "their") ||
                   is(s, k + 1, "a") || is(s, k + 1, "an")))))
        return lemma;
    return NULL;
}

/* Copy a phrase of up to two content words ending at h (subject side). */
static void phrase_before(const char *text, const sent *s, int h, int lo, char *buf, size_t size)
{
    char w[40];
    if (s->t[h].cap && h > 0) {
        /* a name is taken whole: "World Health Organization" (up to four) */
        int f = h;
        while (f - 1 >= lo && f > h - 3 && s->t[f - 1].cap && content(s, f - 1))
            f--;
        for (int j = f; j <= h; j++) {
            orig(text, &s->t[j], w, sizeof w);
            add_word(buf, size, w);
        }
        return;
    }
    if (h - 1 >= lo && content(s, h - 1) && !verb_is_past(s, h - 1)) {
        orig(text, &s->t[h - 1], w, sizeof w);
        if (!s->t[h - 1].cap)
            snprintf(w, sizeof w, "%s", s->t[h - 1].low);
        add_word(buf, size, w);
    }
    orig(text, &s->t[h], w, sizeof w);
    if (!s->t[h].cap || h == 0)
        snprintf(w, sizeof w, "%s", s->t[h].low);
    add_word(buf, size, w);
}

/* Copy the object after a verb at k: up to two content words. */
static int object_after(const char *text, const sent *s, int k, int b, char *buf, size_t size)
{
    int i = k + 1;
    while (i < b && ((s->t[i].punct == '%' || s->t[i].punct == '$') ||
                     (!s->t[i].punct && !s->t[i].in_date && s->t[i].func)) &&
           !is(s, i, "in") && !is(s, i, "on") && !is(s, i, "at") && !is(s, i, "to") &&
           !is(s, i, "since") && !is(s, i, "after") && !is(s, i, "for") && !is(s, i, "by") &&
           !is(s, i, "and") && !is(s, i, "but") && !is(s, i, "or") && !is(s, i, "against") &&
           !is(s, i, "from") && !is(s, i, "into") && !is(s, i, "over") &&
           !is(s, i, "under") && !is(s, i, "through") && !is(s, i, "during") &&
           !is(s, i, "about") && !is(s, i, "than") && !is(s, i, "before"))
        i++;
    if (i >= b || !content(s, i))
        return 0;
    char w[40];
    /* the run of content words, at most its last three (the head is last):
     * "snap general election", "budget bill" */
    int last = i;
    while (last + 1 < b && last + 1 < i + 4 && content(s, last + 1) && !s->t[last + 1].cap)
        last++;
    if (last - i > 2)
        i = last - 2;
    for (int j = i; j <= last; j++) {
        orig(text, &s->t[j], w, sizeof w);
        if (!s->t[j].cap)
            snprintf(w, sizeof w, "%s", s->t[j].low);
        add_word(buf, size, w);
    }
    return 1;
}

/* Collect modifiers in tokens [a, b): "full-scale", "at full scale", "first". */
static void modifiers_in(const sent *s, int a, int b, char *mods, size_t size)
{
    for (int k = a; k < b; k++) {
        if (s->t[k].in_date)
            continue;
        if (is(s, k, "full") && is(s, k + 1, "scale")) {
            add_word(mods, size, "full-scale");
            k++;
            continue;
        }
        const char *m = dl_modifier(s->t[k].low);
        if (m && !strstr(mods, m))
            add_word(mods, size, m);
    }
}

/* An event noun heading the clause that starts at a, before token k. */
static int subject_noun(const sent *s, int a, int k)
{
    for (int i = a; i < k && i < a + 3; i++) {
        if (s->t[i].punct)
            return -1;
        if (s->t[i].noun)
            return i;
        if (!is(s, i, "the") && !is(s, i, "new") && !is(s, i, "peace") && !dl_modifier(s->t[i].low))
            return -1;
    }
    return -1;
}

/* Third person singular present of a lemma ("burst" -> "bursts"). */
static void present_of(const char *w, int plural, char *buf, size_t size)
{
    size_t n = strlen(w);
    if (plural || n == 0)
        snprintf(buf, size, "%s", w);
    else if (n > 1 && w[n - 1] == 'y' && !strchr("aeiou", w[n - 2]))
        snprintf(buf, size, "%.*sies", (int)(n - 1), w);
    else if (strchr("sxzo", w[n - 1]) || (n > 1 && (strcmp(w + n - 2, "sh") == 0 || strcmp(w + n - 2, "ch") == 0)))
        snprintf(buf, size, "%ses", w);
    else
        snprintf(buf, size, "%ss", w);
}

/* Is a subject head plural?  Names and mass nouns are taken as singular. */
static int plural_head(const sent *s, int k)
{
    /* plural nouns without an -s ("Police search offices") */
    static const char *const plurals[] = { "cattle", "children", "men", "people", "police",
                                           "women" };
    const tok *t = &s->t[k];
    size_t n = strlen(t->low);
    int name = t->cap && k > 0 && !s->t[k - 1].punct;
    if (dl_sorted_has(plurals, sizeof plurals / sizeof plurals[0], t->low))
        return 1;
    return !name && n > 2 && t->low[n - 1] == 's' && t->low[n - 2] != 's';
}

/* The lemma of token i when it is a finite verb (past or -s form, not
 * under "to"), or NULL. */
static const char *finite_lemma(const sent *s, int i)
{
    int form, pas;
    if (s->t[i].in_date || s->t[i].punct || s->t[i].skip || is(s, i - 1, "to") || s->t[i].noun)
        return NULL;
    const dl_verb_entry *v = s->t[i].everb;
    form = s->t[i].vform;
    if (v && (form == DL_VF_PAST || form == DL_VF_S))
        return v->word;
    const char *l = verb_at(s, i, &pas);
    return l && !pas && strcmp(l, s->t[i].low) != 0 ? l : NULL;
}

/* "a peace deal signed in Tarsa": a past form right after a noun and
 * before a preposition is a participle describing the noun. */
static int participle_use(const sent *s, int k)
{
    static const char *const preps[] = { "in", "on", "at", "by", "with", "last", "this",
                                         "after", "during", "between", NULL };
    size_t n = strlen(s->t[k].low);
    if (n < 4 || strcmp(s->t[k].low + n - 2, "ed") != 0 || k + 1 >= s->n)
        return 0;
    int prep = s->t[k + 1].in_date != 0;
    for (int i = 0; preps[i]; i++)
        prep |= is(s, k + 1, preps[i]);
    if (!prep)
        return 0;
    /* the clause's own verb comes later: "... signed in Tarsa in 2017 held" */
    static const char *const stops[] = { "when", "while", "after", "before", "until",
                                         "which", "who", "that", "and", "but", NULL };
    for (int i = k + 2; i < s->n && !s->t[i].punct; i++) {
        int pas, stop = 0;
        for (int j = 0; stops[j]; j++)
            stop |= is(s, i, stops[j]);
        if (stop)
            return 0;
        if (verb_at(s, i, &pas) && !pas)
            return 1;
    }
    return 0;
}

/* "Talks to bring ... have accelerated": the clause's finite verb after
 * its subject at k. */
static int finite_verb_after(const sent *s, int k, int b)
{
    for (int i = k + 1; i < b; i++)
        if (finite_lemma(s, i))
            return i;
    return -1;
}

/* "the talks had collapsed": a finite verb right after the noun, with
 * auxiliaries between. */
static int verb_of_subject(const sent *s, int k, int b)
{
    for (int i = k + 1; i < b && i <= k + 4; i++) {
        if (s->t[i].auxw)
            continue;
        return finite_lemma(s, i) ? i : -1;
    }
    return -1;
}

/* Capitalise the first letter of the label, in place. */
static void capitalise(char *buf)
{
    if (buf[0] >= 'a' && buf[0] <= 'z')
        buf[0] = (char)(buf[0] - 'a' + 'A');
}

/* Words in front of an event noun that name it: "Paris summit", "NATO summit". */
static void noun_prefix(const char *text, const sent *s, int k, int a, char *pre, size_t size)
{
    char w[40];
    /* a capitalised name just before the noun, not at the clause start */
    if (k - 1 > a && s->t[k - 1].cap && !s->t[k - 1].punct && !s->t[k - 1].in_date &&
        !dl_modifier(s->t[k - 1].low)) {
        orig(text, &s->t[k - 1], w, sizeof w);
        add_word(pre, size, w);
        return;
    }
    /* "summit in Paris" -> "Paris summit" */
    if (is(s, k + 1, "in") && k + 2 < s->n && s->t[k + 2].cap && !s->t[k + 2].in_date &&
        !s->t[k + 2].punct) {
        orig(text, &s->t[k + 2], w, sizeof w);
        add_word(pre, size, w);
    }
}

/* Do tokens [a, b) join two dates: "and again", "and", "or", "then"? */
static int coordinated(const sent *s, int a, int b)
{
    int joined = 0, pas;
    for (int i = a; i < b; i++) {
        if (is(s, i, "and") || is(s, i, "again") || is(s, i, "or") || is(s, i, "then"))
            joined = 1;
        else if (verb_at(s, i, &pas))
            return 0; /* "and cut 15% of its workforce in August": a new verb */
    }
    return joined;
}

/* "was declared": a passive verb, whose subject makes the headline. */
static int passive_at(const sent *s, int k)
{
    int pas;
    return verb_at(s, k, &pas) && pas;
}

/* "The city library reopened": a noun subject right before the verb (only
 * auxiliaries between), which makes a better headline than the verb's
 * noun alone.  Relative clauses ("Russia, which invaded") do not count. */
static int direct_subject(const sent *s, int a, int k)
{
    int h = k - 1;
    while (h >= 0 && !s->t[h].punct && (s->t[h].auxw || adverb(s->t[h].low)))
        h--;
    /* "Luis Marin, who died in 2019": a person names the headline */
    if (h >= 2 && is(s, h, "who") && s->t[h - 1].punct == ',' && s->t[h - 2].cap)
        return 1;
    /* "His replacement, former captain Rui Costa, signed": the aside names him */
    if (h >= 2 && s->t[h].punct == ',' && s->t[h - 1].cap && content(s, h - 1))
        return 1;
    return h >= a && content(s, h) && !s->t[h].noun && !pronoun(s->t[h].low);
}

/* Is the noun at k the object of a verb right before it ("passed the
 * budget bill"), and does that verb have a noun subject? */
static int object_of_verb(const sent *s, int a, int k)
{
    int v = k - 1;
    while (v > a && !s->t[v].punct && (determiner_at(s, v) || s->t[v].func ||
                                       dl_modifier(s->t[v].low) || content(s, v)) &&
           !(s->t[v].lemma && strcmp(s->t[v].lemma, s->t[v].low) != 0) && v > k - 4)
        v--;
    int pas;
    if (v < a || !verb_at(s, v, &pas) || pas || s->t[v].func)
        return 0;
    for (int i = v + 1; i < k; i++)
        if (is(s, i, "of") || is(s, i, "in") || is(s, i, "at") || is(s, i, "on") ||
            is(s, i, "to") || is(s, i, "for"))
            return 0;
    return direct_subject(s, a, v);
}

/* begin, start, end: verbs whose subject is the happening. */
static int aspectual(const char *lemma)
{
    return strcmp(lemma, "begin") == 0 || strcmp(lemma, "start") == 0 ||
           strcmp(lemma, "end") == 0 || strcmp(lemma, "resume") == 0;
}

static int earlier_conjunct(const sent *s, int k, int da)
{
    for (int p = k + 1; p < da; p++)
        if (is(s, p, "and") || is(s, p, "but")) {
            for (int v = p + 1; v < da; v++) {
                int pas;
                if (verb_at(s, v, &pas))
                    return 1;
            }
            return 0;
        }
    return 0;
}

/* "a", "the", "its": a determiner at k (so the next word is a noun). */
static int determiner_at(const sent *s, int k)
{
    static const char *const dets[] = { "a", "an", "the", "its", "their", "his", "her",
                                        "our", "this", "that", "no", NULL };
    for (int i = 0; dets[i]; i++)
        if (is(s, k, dets[i]))
            return 1;
    return 0;
}

/* Nouns that name a part or an amount of what follows "of" ("the same
 * stretch of river"): the noun after "of" is the real head. */
static int partitive(const char *w)
{
    static const char *const words[] = {
        "part", "parts", "stretch", "section", "number", "group", "majority", "most", "rest",
        "half", "third", "lot", "lots", "series", "pair", "couple", "range", "set", "kind",
        "type", "area", "edge", "side", "top", "bottom", "bulk", "share", "portion", NULL
    };
    for (int i = 0; words[i]; i++)
        if (strcmp(w, words[i]) == 0)
            return 1;
    return 0;
}

/* Does an "and", "but" or "while" between the date's end and k start
 * another conjunct? */
static int next_conjunct(const sent *s, int db, int k)
{
    for (int i = db; i < k; i++)
        if (is(s, i, "and") || is(s, i, "but") || is(s, i, "while") || is(s, i, "whereas"))
            return 1;
    return 0;
}

/* "... by Amira Dosen": the first token of a named agent after a passive
 * verb at k, or -1. */
static int agent_after(const sent *s, int k, int b)
{
    for (int i = k + 1; i < b && i < k + 8; i++)
        if (is(s, i, "by") && i + 1 < b && s->t[i + 1].cap && !s->t[i + 1].in_date)
            return i + 1;
    return -1;
}

/* Is there a subordinating word in [a, k) ("after", "when", "because")? */
static int subordinate(const sent *s, int a, int k)
{
    static const char *const words[] = { "after", "before", "when", "while", "because",
                                         "since", "until", "although", "though", NULL };
    for (int i = a; i < k; i++)
        for (int j = 0; words[j]; j++)
            if (is(s, i, words[j]))
                return 1;
    return 0;
}

/* "for pouring sewage": a verb's -ing form after a preposition. */
static int gerund_after_prep(const sent *s, int k)
{
    const tok *t = &s->t[k];
    size_t n = strlen(t->low);
    if (k < 1 || t->punct || t->in_date || !t->lemma || t->skip || n < 5 ||
        strcmp(t->low + n - 3, "ing") != 0)
        return 0;
    return is(s, k - 1, "for") || is(s, k - 1, "by") || is(s, k - 1, "of") ||
           is(s, k - 1, "over");
}

/*
 * A headline from any verb: subject, verb, object ("River bursts banks",
 * "New embankment completed", "Target moved").  Looks in [a, b) for the
 * verb nearest the date.  Returns 1 when it made a label.
 */
static int svo_label(const char *text, const sent *s, int a, int b, int da, int db,
                     dl_label_info *out)
{
    int best = -1, passive = 0, bestdist = 1 << 20;
    const char *lemma = NULL;
    for (int k = a; k < b; k++) {
        int pas;
        if (k > db && next_conjunct(s, db, k))
            break; /* "cut jobs in 2020 and sold the business in 2022" */
        if (k > db && (is(s, db, "to") || is(s, db, "for")))
            break; /* "on Thursday to plan for the strike": a purpose */
        if (k > db && subordinate(s, db, k))
            break; /* "on Monday after cases tripled": another happening */
        if (k < da && earlier_conjunct(s, k, da))
            continue;
        const char *l = verb_at(s, k, &pas);
        int dist = k < da ? da - k : k - db + 1;
        if (l && modal_before(s, k))
            dist += 10; /* "a promise to begin production": not the happening */
        if (l && dist < bestdist) {
            best = k;
            bestdist = dist;
            lemma = l;
            passive = pas;
        }
        if (!l && gerund_after_prep(s, k) && dist < bestdist) {
            best = k; /* "fined for pouring sewage into rivers" */
            bestdist = dist;
            lemma = NULL;
        }
    }
    if (best < 0)
        return 0;
    if (!lemma) { /* a gerund: "Pouring sewage" */
        char lab[96] = "";
        add_word(lab, sizeof lab, s->t[best].low);
        if (!object_after(text, s, best, b, lab, sizeof lab))
            return 0;
        snprintf(out->label, sizeof out->label, "%s", lab);
        capitalise(out->label);
        snprintf(out->head, sizeof out->head, "%s", s->t[best].lemma);
        out->cls = DL_LC_OTHER;
        out->score = 6;
        return 1;
    }
    /* the subject: back over auxiliaries; "X, which ..." takes X */
    int h = best - 1;
    while (h >= a && !s->t[h].punct &&
           (s->t[h].auxw || dl_modifier(s->t[h].low) || adverb(s->t[h].low)))
        h--;
    /* "Haro, 27, won gold ... and set a record": the first verb's subject */
    if (h >= 1 && (is(s, h, "and") || is(s, h, "but"))) {
        int v = h - 1, pas;
        while (v >= 0 && !verb_at(s, v, &pas))
            v--;
        if (v >= 1) {
            h = v - 1;
            while (h >= 0 && !s->t[h].punct && s->t[h].auxw)
                h--;
        }
    }
    /* "The bill, first proposed in March": a participle after a comma
     * describes the noun before the comma */
    if (h >= 1 && s->t[h].punct == ',' && content(s, h - 1) && !s->t[best - 1].auxw &&
        strcmp(lemma, s->t[best].low) != 0 && verb_is_past(s, best) &&
        !(best + 1 < s->n && (determiner_at(s, best + 1) || content(s, best + 1)))) {
        h--;
        passive = 1;
    }
    if (h >= 1 && !s->t[h].cap && (is(s, h, "which") || is(s, h, "who") || is(s, h, "that")))
        h -= s->t[h - 1].punct == ',' ? 2 : 1;
    else if (h >= 2 && s->t[h].punct == ',' && s->t[h - 1].cap && content(s, h - 1))
        h--; /* "His replacement, former captain Rui Costa, signed": the name */
    else if (h >= 1 && s->t[h].punct == ',') {
        /* "The referendum, the first since ..., was called": skip the aside */
        int j = h - 1;
        while (j >= 0 && s->t[j].punct != ',')
            j--;
        if (j >= 1)
            h = j - 1;
    }
    /* "plans to send a convoy": the subject of the verb before "to" */
    if (h >= 2 && is(s, h, "to") && content(s, h - 1) && !determiner_at(s, h - 2))
        h = content(s, h - 2) ? h - 2 : h - 1;
    /* "a video of the hostages appeared": the head before "of" */
    for (int j = h - 1; j >= 1 && j >= h - 3 && content(s, h); j--)
        if ((is(s, j, "of") || is(s, j, "from") || is(s, j, "on") || is(s, j, "in") ||
             is(s, j, "at")) && content(s, j - 1) && !partitive(s->t[j - 1].low)) {
            h = j - 1;
            break;
        }
    /* a passive clause names its subject first: "Three aid workers held
     * by militants since March 2023 were flown home" */
    if (passive && (h < 0 || !content(s, h)))
        for (h = a; h < best && !content(s, h); h++)
            ;
    char lab[96] = "", verb[40];
    int agent = passive ? agent_after(s, best, b) : -1;
    int has_subject = agent >= 0 || (h >= 0 && h < best && content(s, h));
    if (agent >= 0) {
        /* "run since 2019 by Amira Dosen": Amira Dosen runs */
        char w[40];
        for (int j = agent; j < agent + 3 && j < b && s->t[j].cap && !s->t[j].punct; j++) {
            orig(text, &s->t[j], w, sizeof w);
            add_word(lab, sizeof lab, w);
        }
        present_of(lemma, 0, verb, sizeof verb);
        add_word(lab, sizeof lab, verb);
    } else if (h >= 0 && h < best && content(s, h)) {
        phrase_before(text, s, h, 0, lab, sizeof lab);
        if (passive) {
            add_word(lab, sizeof lab, s->t[best].low);
        } else {
            present_of(lemma, plural_head(s, h), verb, sizeof verb);
            add_word(lab, sizeof lab, verb);
            object_after(text, s, best, b, lab, sizeof lab);
        }
    } else if (strcmp(lemma, s->t[best].low) == 0 && modal_right_before(s, best) &&
               dl_wn_nominal(lemma) && !aspectual(lemma)) {
        snprintf(lab, sizeof lab, "%s", dl_wn_nominal(lemma)); /* "will address": Address */
    } else if (object_after(text, s, best, b, lab, sizeof lab)) {
        if (strcmp(lemma, s->t[best].low) == 0) { /* "to begin production": Production begins */
            present_of(lemma, 0, verb, sizeof verb);
            add_word(lab, sizeof lab, verb);
        } else {
            add_word(lab, sizeof lab, s->t[best].low); /* "Target moved" */
        }
    } else {
        const char *noun = dl_wn_nominal(lemma);
        if (!noun)
            return 0;
        snprintf(lab, sizeof lab, "%s", noun);
    }
    snprintf(out->label, sizeof out->label, "%s", lab);
    capitalise(out->label);
    snprintf(out->head, sizeof out->head, "%s", lemma);
    out->cls = DL_LC_OTHER;
    out->score = has_subject ? 7 : 6; /* a headline with its actor reads better */
    return 1;
}

/* Label mention k of an already tokenized sentence. */
static void label_one(const char *text, const sent *s, const dl_mention *m, size_t k,
                      const dl_label_info *prev, dl_label_info *out)
{
    memset(out, 0, sizeof *out);

    int da = -1, db = -1; /* the date's tokens [da, db) */
    for (int i = 0; i < s->n; i++)
        if (s->t[i].in_date == (int)k + 1) {
            if (da < 0)
                da = i;
            db = i + 1;
        }
    if (da < 0)
        return;
    /* "Tuesday's meeting": the noun right after a possessive date */
    int owned = -1;
    if (db < s->n && s->t[db - 1].end - s->t[db - 1].start >= 2) {
        const char *e = text + s->t[db - 1].end;
        if ((e[-2] == '\'' && e[-1] == 's') || (e - text >= 4 && (unsigned char)e[-2] == 0x99))
            owned = db;
    }
    /* the clause: out to the nearest boundaries */
    int a = da, b = db;
    while (a > 0 && !boundary(s, a - 1))
        a--;
    while (b < s->n && !boundary(s, b))
        b++;
    if (m[k].lede) { /* "PARIS, Jan 6 (Reuters) - ...": the lede tells what happened */
        a = db;
        b = s->n;
    }
    /* dates in the same clause before this one bound it on the left */
    int prev_end = -1;
    for (int i = da - 1; i >= a; i--)
        if (s->t[i].in_date && s->t[i].in_date != (int)k + 1) {
            prev_end = i + 1;
            break;
        }
    /* the previous date of the sentence, for coordination across commas */
    int pd_end = -1;
    for (int i = da - 1; i >= 0; i--)
        if (s->t[i].in_date && s->t[i].in_date != (int)k + 1) {
            pd_end = i + 1;
            break;
        }

    char mods[64] = "";
    cand c;
    if (pd_end >= 0 && prev && prev[s->t[pd_end - 1].in_date - 1].cls != DL_LC_NONE &&
        coordinated(s, pd_end, da) && best_in(s, pd_end, b, da, db, 0, owned).k < 0) {
        /* coordination: "in 2014 and again at full scale in 2022" */
        const dl_label_info *p = &prev[s->t[pd_end - 1].in_date - 1];
        modifiers_in(s, pd_end, da, mods, sizeof mods);
        snprintf(out->head, sizeof out->head, "%s", p->head);
        out->cls = p->cls;
        if (mods[0] && p->head[0])
            snprintf(out->label, sizeof out->label, "%.50s %.40s", mods, p->head);
        else
            snprintf(out->label, sizeof out->label, "%s", p->label);
        capitalise(out->label);
        out->score = p->score;
        return;
    }
    c = best_in(s, prev_end >= 0 ? prev_end : a, b, da, db, 0, owned);
    if (c.k < 0 && svo_label(text, s, prev_end >= 0 ? prev_end : a, b, da, db, out))
        return;
    if (c.verb && (aspectual(c.verb->word) || modal_before(s, c.k) || passive_at(s, c.k) ||
                   direct_subject(s, a, c.k)) &&
        svo_label(text, s, prev_end >= 0 ? prev_end : a, b, da, db, out))
        return; /* "a partnership that began in 1974": Partnership begins */
    int widened = 0;
    if (c.k < 0) {
        /* nothing in the clause: the sentence may name the happening, but
         * less surely, so the label merges with anything on that date */
        /* the clauses next to a short one ("..., next year, ...") first */
        int pa = a > 0 ? a - 1 : 0, nb = b < s->n ? b + 1 : s->n;
        while (pa > 0 && !boundary(s, pa - 1))
            pa--;
        while (nb < s->n && !boundary(s, nb))
            nb++;
        if (db - da + 2 >= b - a) {
            c = best_in(s, pa, nb, da, db, 10, owned);
            if (c.k < 0 && svo_label(text, s, pa, a, da, db, out))
                return;
        }
        if (c.k < 0)
            c = best_in(s, 0, s->n, da, db, 30, owned);
        widened = 1;
        if (c.k < 0) {
            if (svo_label(text, s, 0, s->n, da, db, out)) {
                out->cls = DL_LC_NONE;
                out->score = 3;
            }
            return;
        }
    }

    /* "The Senate passed the budget bill late Thursday": an event noun that
     * is the object of the verb before it makes a subject-verb-object
     * headline when the verb has a subject */
    if (!widened && c.noun && object_of_verb(s, a, c.k) &&
        svo_label(text, s, a, c.k + 1 + (c.k + 1 < b && content(s, c.k + 1)), da, db, out))
        return;
    char lab[96] = "";
    const tok *t = &s->t[c.k];
    int fv = -1;
    if (c.noun && subject_noun(s, a, c.k + 1) == c.k)
        fv = finite_verb_after(s, c.k, b);
    if (c.noun && fv < 0)
        fv = verb_of_subject(s, c.k, b);
    if (fv >= 0) {
        /* an event noun heading the clause with its verb: "Talks accelerate" */
        const char *lemma = finite_lemma(s, fv);
        char verb[40];
        present_of(lemma, plural_head(s, c.k), verb, sizeof verb);
        modifiers_in(s, c.k > 2 ? c.k - 2 : 0, c.k, mods, sizeof mods);
        add_word(lab, sizeof lab, mods);
        noun_prefix(text, s, c.k, a, lab, sizeof lab);
        add_word(lab, sizeof lab, t->low);
        if (fv == c.k + 1 && participle_use(s, fv)) {
            add_word(lab, sizeof lab, s->t[fv].low); /* "A peace deal signed in Tarsa" */
        } else {
            add_word(lab, sizeof lab, verb);
            if (!s->t[fv].everb)
                object_after(text, s, fv, b, lab, sizeof lab); /* "Talks gather pace" */
        }
        snprintf(out->head, sizeof out->head, "%s", t->low);
        out->cls = c.noun->cls;
        out->score = 11 + c.noun->rank;
    } else if (c.noun) {
        int lo = c.k > 2 ? c.k - 2 : 0;
        modifiers_in(s, lo, c.k, mods, sizeof mods);
        add_word(lab, sizeof lab, mods);
        /* a compound modifier: "water-sharing treaty", "two-day summit" */
        if (c.k > 0 && strchr(s->t[c.k - 1].low, '-') && !s->t[c.k - 1].cap &&
            !s->t[c.k - 1].in_date && !strstr(mods, s->t[c.k - 1].low))
            add_word(lab, sizeof lab, s->t[c.k - 1].low);
        noun_prefix(text, s, c.k, a, lab, sizeof lab);
        add_word(lab, sizeof lab, t->low);
        snprintf(out->head, sizeof out->head, "%s", t->low);
        out->cls = c.noun->cls;
        out->score = 10 + c.noun->rank;
    } else {
        int subj = subject_noun(s, a, c.k);
        if (subj >= 0) {
            char verb[40];
            const char *sw = s->t[subj].low;
            present_of(c.verb->word, plural_head(s, subj), verb, sizeof verb);
            snprintf(lab, sizeof lab, "%s %s", sw, verb);
            snprintf(out->head, sizeof out->head, "%s", sw);
            out->cls = dl_event_noun(sw)->cls;
            out->score = 9 + dl_event_noun(sw)->rank;
        } else {
            int lo = c.k < da ? c.k : db;
            int hi = c.k < da ? da : c.k;
            modifiers_in(s, lo, hi, mods, sizeof mods);
            add_word(lab, sizeof lab, mods);
            add_word(lab, sizeof lab, c.verb->noun);
            snprintf(out->head, sizeof out->head, "%s", c.verb->noun);
            out->cls = c.verb->cls;
            out->score = 8;
        }
    }
    if (out->cls == DL_LC_NONE)
        out->cls = DL_LC_OTHER;
    if (widened) {
        out->cls = DL_LC_NONE;
        out->score = 4;
    }
    snprintf(out->label, sizeof out->label, "%s", lab);
    capitalise(out->label);
}

void dl_label(const char *text, size_t s0, size_t s1, const dl_mention *m, size_t n,
              size_t k, const dl_label_info *prev, dl_label_info *out)
{
    sent s;
    tokenize(text, s0, s1, m, n, &s, NULL);
    label_one(text, &s, m, k, prev, out);
}

void dl_label_sentence(const char *text, size_t s0, size_t s1, const dl_mention *m, size_t n,
                       dl_label_cache *cache, dl_label_info *out)
{
    sent s;
    tokenize(text, s0, s1, m, n, &s, cache);
    for (size_t k = 0; k < n; k++)
        label_one(text, &s, m, k, out, &out[k]);
}
