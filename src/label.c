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

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define MAX_TOK 256

typedef struct tok {
    size_t start, end;   /* bytes in the text */
    char low[40];        /* lower-cased word, "" for punctuation */
    char punct;          /* the punctuation character, or 0 */
    int cap;             /* starts with a capital letter */
    int in_date;         /* part of a date mention: index+1, or 0 */
} tok;

typedef struct sent {
    tok t[MAX_TOK];
    int n;
} sent;

/* Is byte c part of a word (letters, digits, apostrophe, hyphen, UTF-8)? */
static int wordch(unsigned char c)
{
    return isalnum(c) || c == '-' || c == '\'' || c >= 0x80;
}

/* Split text[s0..s1) into words and punctuation. */
static void tokenize(const char *text, size_t s0, size_t s1, const dl_mention *m, size_t nm,
                     sent *s)
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
        int dist = k < da ? da - k : k - db + 1;
        if (penalty)
            dist /= 2; /* outside the clause, distance says less */
        const dl_noun_entry *n = dl_event_noun(t->low);
        int form;
        const dl_verb_entry *v = NULL;
        int score;
        if (n) {
            score = 100 + n->rank * 6 - dist * 2;
            /* "Tuesday's meeting": the date owns the noun */
            if (k == owned)
                score += 40;
        } else if (!dl_skip_verb(t->low) && (v = dl_event_verb(t->low, &form)) != NULL &&
                   !(form == DL_VF_BASE && k > 0 && (is(s, k - 1, "a") || is(s, k - 1, "an") ||
                                                   is(s, k - 1, "the")))) {
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

/* Present tense of a verb for a headline subject ("Talks accelerate"). */
static void present(const dl_verb_entry *v, int plural, char *buf, size_t size)
{
    const char *w = v->word;
    size_t n = strlen(w);
    if (plural)
        snprintf(buf, size, "%s", w);
    else if (n > 1 && w[n - 1] == 'y' && !strchr("aeiou", w[n - 2]))
        snprintf(buf, size, "%.*sies", (int)(n - 1), w);
    else if (strchr("sxz", w[n - 1]) || (n > 1 && (strcmp(w + n - 2, "sh") == 0 || strcmp(w + n - 2, "ch") == 0)))
        snprintf(buf, size, "%ses", w);
    else
        snprintf(buf, size, "%ss", w);
}

/* An event noun heading the clause that starts at a, before token k. */
static int subject_noun(const sent *s, int a, int k)
{
    for (int i = a; i < k && i < a + 3; i++) {
        if (s->t[i].punct)
            return -1;
        if (dl_event_noun(s->t[i].low))
            return i;
        if (!is(s, i, "the") && !is(s, i, "new") && !is(s, i, "peace") && !dl_modifier(s->t[i].low))
            return -1;
    }
    return -1;
}

/* A finite event verb in (k, b) that is not under "to" or a modal. */
static int finite_verb_after(const sent *s, int k, int b)
{
    for (int i = k + 1; i < b; i++) {
        int form;
        if (s->t[i].in_date || s->t[i].punct || dl_skip_verb(s->t[i].low))
            continue;
        if (dl_event_verb(s->t[i].low, &form) && (form == DL_VF_PAST || form == DL_VF_S) &&
            !is(s, i - 1, "to") && !dl_event_noun(s->t[i].low))
            return i;
    }
    return -1;
}

/* "the talks had collapsed": a finite event verb right after the noun,
 * auxiliaries allowed between. */
static int verb_of_subject(const sent *s, int k, int b)
{
    static const char *const aux[] = { "had", "has", "have", "was", "were", "is", "are",
                                       "been", "finally", "already", "also", NULL };
    for (int i = k + 1; i < b && i <= k + 4; i++) {
        int form, skip = 0;
        for (int j = 0; aux[j]; j++)
            skip |= is(s, i, aux[j]);
        if (skip)
            continue;
        if (!s->t[i].punct && !s->t[i].in_date && dl_event_verb(s->t[i].low, &form) &&
            (form == DL_VF_PAST || form == DL_VF_S))
            return i;
        return -1;
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

void dl_label(const char *text, size_t s0, size_t s1, const dl_mention *m, size_t n,
              size_t k, const dl_label_info *prev, dl_label_info *out)
{
    sent s;
    memset(out, 0, sizeof *out);
    tokenize(text, s0, s1, m, n, &s);

    int da = -1, db = -1; /* the date's tokens [da, db) */
    for (int i = 0; i < s.n; i++)
        if (s.t[i].in_date == (int)k + 1) {
            if (da < 0)
                da = i;
            db = i + 1;
        }
    if (da < 0)
        return;
    /* "Tuesday's meeting": the noun right after a possessive date */
    int owned = -1;
    if (db < s.n && s.t[db - 1].end - s.t[db - 1].start >= 2) {
        const char *e = text + s.t[db - 1].end;
        if ((e[-2] == '\'' && e[-1] == 's') || (e - text >= 4 && (unsigned char)e[-2] == 0x99))
            owned = db;
    }
    /* the clause: out to the nearest boundaries */
    int a = da, b = db;
    while (a > 0 && !boundary(&s, a - 1))
        a--;
    while (b < s.n && !boundary(&s, b))
        b++;
    /* dates in the same clause before this one bound it on the left */
    int prev_end = -1;
    for (int i = da - 1; i >= a; i--)
        if (s.t[i].in_date && s.t[i].in_date != (int)k + 1) {
            prev_end = i + 1;
            break;
        }

    char mods[64] = "";
    cand c;
    if (prev_end >= 0 && prev && prev[s.t[prev_end - 1].in_date - 1].cls != DL_LC_NONE &&
        best_in(&s, prev_end, b, da, db, 0, owned).k < 0) {
        /* coordination: "in 2014 and again at full scale in 2022" */
        const dl_label_info *p = &prev[s.t[prev_end - 1].in_date - 1];
        modifiers_in(&s, prev_end, da, mods, sizeof mods);
        snprintf(out->head, sizeof out->head, "%s", p->head);
        out->cls = p->cls;
        if (mods[0])
            snprintf(out->label, sizeof out->label, "%.50s %.40s", mods, p->head);
        else
            snprintf(out->label, sizeof out->label, "%s", p->label);
        capitalise(out->label);
        out->score = p->score;
        return;
    }
    c = best_in(&s, prev_end >= 0 ? prev_end : a, b, da, db, 0, owned);
    if (c.k < 0)
        c = best_in(&s, 0, s.n, da, db, 30, owned);
    if (c.k < 0)
        return;

    char lab[96] = "";
    const tok *t = &s.t[c.k];
    int fv = -1;
    if (c.noun && subject_noun(&s, a, c.k + 1) == c.k)
        fv = finite_verb_after(&s, c.k, b);
    if (c.noun && fv < 0)
        fv = verb_of_subject(&s, c.k, b);
    if (fv >= 0) {
        /* an event noun heading the clause with its verb: "Talks accelerate" */
        int form;
        const dl_verb_entry *v = dl_event_verb(s.t[fv].low, &form);
        char verb[40];
        present(v, t->low[strlen(t->low) - 1] == 's', verb, sizeof verb);
        noun_prefix(text, &s, c.k, a, lab, sizeof lab);
        add_word(lab, sizeof lab, t->low);
        add_word(lab, sizeof lab, verb);
        snprintf(out->head, sizeof out->head, "%s", t->low);
        out->cls = c.noun->cls;
        out->score = 11 + c.noun->rank;
    } else if (c.noun) {
        int lo = c.k > 2 ? c.k - 2 : 0;
        modifiers_in(&s, lo, c.k, mods, sizeof mods);
        add_word(lab, sizeof lab, mods);
        noun_prefix(text, &s, c.k, a, lab, sizeof lab);
        add_word(lab, sizeof lab, t->low);
        snprintf(out->head, sizeof out->head, "%s", t->low);
        out->cls = c.noun->cls;
        out->score = 10 + c.noun->rank;
    } else {
        int subj = subject_noun(&s, a, c.k);
        if (subj >= 0) {
            char verb[40], w[40];
            const char *sw = s.t[subj].low;
            int plural = sw[strlen(sw) - 1] == 's';
            present(c.verb, plural, verb, sizeof verb);
            orig(text, &s.t[subj], w, sizeof w);
            snprintf(lab, sizeof lab, "%s %s", sw, verb);
            snprintf(out->head, sizeof out->head, "%s", sw);
            out->cls = dl_event_noun(sw)->cls;
            out->score = 9 + dl_event_noun(sw)->rank;
        } else {
            int lo = c.k < da ? c.k : db;
            int hi = c.k < da ? da : c.k;
            modifiers_in(&s, lo, hi, mods, sizeof mods);
            add_word(lab, sizeof lab, mods);
            add_word(lab, sizeof lab, c.verb->noun);
            snprintf(out->head, sizeof out->head, "%s", c.verb->noun);
            out->cls = c.verb->cls;
            out->score = 8;
        }
    }
    if (out->cls == DL_LC_NONE)
        out->cls = DL_LC_OTHER;
    snprintf(out->label, sizeof out->label, "%s", lab);
    capitalise(out->label);
}
