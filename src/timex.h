/*
 * timex.h - temporal expressions (TimeML TIMEX3) found in text.
 *
 * One tagger serves both the event extraction (event.c) and the TimeML
 * interface (timeml.c).  It finds the extent of each expression, gives it
 * a TIMEX3 type and value, and resolves relative expressions against the
 * article date (dct) or the last mentioned date, as the text does.
 */
#ifndef DL_TIMEX_H
#define DL_TIMEX_H

#include "dateline.h"

typedef enum dl_tx_type {
    DL_TX_DATE, DL_TX_TIME, DL_TX_DURATION, DL_TX_SET
} dl_tx_type;

/* Flags on a found expression. */
enum {
    DL_TXF_VAGUE = 1 << 0,      /* PRESENT_REF, PAST_REF, "recently", "in recent weeks" */
    DL_TXF_UNRESOLVED = 1 << 1, /* relative, but no anchor date: value has X's */
    DL_TXF_GENERIC = 1 << 2,    /* generic / recurring ("each season") */
    DL_TXF_RELATIVE = 1 << 3    /* resolved against an anchor (dct or previous date) */
};

typedef struct dl_timex {
    size_t start, end;    /* byte extent in the text: [start, end) */
    dl_tx_type type;
    char value[48];       /* TIMEX3 value: "2014", "2025-11", "P4Y", "PRESENT_REF", ... */
    char mod[16];         /* TIMEX3 mod ("START", "END", "APPROX", ...) or "" */
    char quant[16];       /* SET quant ("EVERY", "EACH") or "" */
    char freq[16];        /* SET freq ("1W") or "" */
    int anchor;           /* index of the timex this one is anchored to, or -1 */
    unsigned flags;       /* DL_TXF_* */
    dl_date date;         /* DATE/TIME with a calendar value: that date at its
                           * precision; otherwise prec == DL_PREC_NONE */
} dl_timex;

typedef struct dl_timexes {
    dl_timex *v;
    size_t n, cap;
} dl_timexes;

/* Tag text[0..len) (UTF-8).  dct is the article date, or NULL when unknown
 * (relative expressions then stay unresolved, with X's in the value).
 * Appends to out in text order.  Returns 0, or -1 when out of memory. */
int dl_tag(const char *text, size_t len, const dl_date *dct, dl_timexes *out);
void dl_timexes_free(dl_timexes *t);

/* TimeML: read a TimeML document (DCT + TEXT), tag TEXT, write the
 * document with TIMEX3 tags added.  Returns a malloc'd string (caller
 * frees) or NULL with err filled (name used in messages). */
char *dl_timeml(const char *doc, size_t len, const char *name, size_t *outlen,
                dl_error *err);

#endif
