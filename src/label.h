/*
 * label.h - short headline labels for the event behind a date (internal).
 */
#ifndef DL_LABEL_H
#define DL_LABEL_H

#include <stddef.h>

/* Classes of happening: mentions of one date whose labels share a class
 * describe one happening and merge. */
enum {
    DL_LC_NONE = 0, /* no event word found: merges with anything that day */
    DL_LC_OTHER,    /* a happening of its own kind (head word decides) */
    DL_LC_MEETING,  /* summit, meeting, talks, conference */
    DL_LC_VIOLENCE, /* attack, strike, bombing, invasion, offensive */
    DL_LC_VOTE,     /* election, vote, referendum */
    DL_LC_ACCORD,   /* agreement, deal, treaty, ceasefire */
    DL_LC_ANY       /* an occasion (ceremony, session): merges with anything */
};

/* What the labeller found for one mention. */
typedef struct dl_label_info {
    char label[96];   /* "Full-scale invasion", "Talks accelerate", "" */
    char head[40];    /* the event word's base form ("invasion") */
    int cls;          /* DL_LC_* */
    int score;        /* how informative: 0 none, higher is better */
} dl_label_info;

/* A date mention inside a sentence, with the other dates of the sentence
 * (sorted by offset) so coordination ("in 2014 and again in 2022") can
 * reuse the event word of the previous date. */
typedef struct dl_mention {
    size_t start, end;  /* the date expression */
    int lede;           /* a dateline date: its clause is the whole lede */
} dl_mention;

/*
 * Label the mention m[k] of a sentence text[s0..s1).  m holds all n date
 * mentions of the sentence in order; prev holds the labels already made
 * for m[0..k-1] (or NULL when k == 0).  Fills *out.
 */
void dl_label(const char *text, size_t s0, size_t s1, const dl_mention *m, size_t n,
              size_t k, const dl_label_info *prev, dl_label_info *out);

/* A memo of word look-ups shared by the sentences of one text. */
typedef struct dl_label_cache dl_label_cache;
dl_label_cache *dl_label_cache_new(void); /* NULL when out of memory */
void dl_label_cache_free(dl_label_cache *c);

/* Label every mention of the sentence at once (out has n entries); the
 * same as calling dl_label for k = 0 .. n-1, tokenizing only once.
 * cache may be NULL. */
void dl_label_sentence(const char *text, size_t s0, size_t s1, const dl_mention *m, size_t n,
                       dl_label_cache *cache, dl_label_info *out);

#endif
