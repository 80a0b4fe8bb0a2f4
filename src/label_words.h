/*
 * label_words.h - lookups into the labeller's word tables (internal).
 * All lookups take lower-case words.
 */
#ifndef DL_LABEL_WORDS_H
#define DL_LABEL_WORDS_H

#include "label.h"

typedef struct dl_noun_entry {
    const char *word;
    int rank;   /* 1 (vague) .. 6 (a headline on its own) */
    int cls;    /* DL_LC_* */
} dl_noun_entry;

typedef struct dl_verb_entry {
    const char *word;  /* base form */
    const char *past;  /* irregular past forms, '|'-separated, or NULL */
    const char *noun;  /* the noun a headline uses */
    int cls;
} dl_verb_entry;

/* Verb forms dl_event_verb recognises. */
enum { DL_VF_BASE, DL_VF_S, DL_VF_PAST, DL_VF_ING };

const dl_noun_entry *dl_event_noun(const char *w);
/* The event verb w is a form of (form set to DL_VF_*), or NULL. */
const dl_verb_entry *dl_event_verb(const char *w, int *form);
const dl_verb_entry *dl_event_verb_base(const char *w);
/* The same, when the caller already has w's WordNet lemma (or NULL). */
const dl_verb_entry *dl_event_verb_lemma(const char *w, const char *lemma, int *form);
/* 1 when w is in the strcmp-sorted list of n words (binary search). */
int dl_sorted_has(const char *const *list, size_t n, const char *w);
/* 1 when w is a reporting, auxiliary or light verb. */
int dl_skip_verb(const char *w);
/* 1 when every table is sorted (binary search needs it). */
int dl_label_words_sorted(void);
/* The label form of a modifier word, or NULL. */
const char *dl_modifier(const char *w);

#endif
