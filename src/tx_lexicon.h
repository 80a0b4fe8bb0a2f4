/*
 * tx_lexicon.h - the word tables of the temporal tagger (internal).
 *
 * Every word the tagger knows is in one readable table in tx_lexicon.c,
 * one table per phenomenon (month names, weekdays, numbers written as
 * words, units, seasons, parts of day, cue words, ...).  A word may belong
 * to several classes ("second" is an ordinal and a unit, "may" a month and
 * a modal verb).  Lookups go through a small hash index built per tagging
 * call (no global mutable state), so a lookup costs one hash and one or
 * two string compares.
 */
#ifndef DL_TX_LEXICON_H
#define DL_TX_LEXICON_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Word classes. */
typedef enum tx_cls {
    TXC_NONE = 0,
    TXC_MONTH,      /* val 1-12 */
    TXC_MONTHABBR,  /* val 1-12, abbreviation ("Jan", "Sept") */
    TXC_WEEKDAY,    /* val 1-7, Monday = 1 (ISO) */
    TXC_NUMWORD,    /* val: "one" 1 ... "ninety" 90, "hundred" 100 */
    TXC_ORDINAL,    /* val: "first" 1 ... "thirty-first" via parts */
    TXC_UNIT,       /* val: tx_unit, | TXU_PLURAL */
    TXC_SEASON,     /* val 1 spring, 2 summer, 3 fall, 4 winter */
    TXC_POD,        /* part of day, val tx_pod */
    TXC_RELDAY,     /* today 0, yesterday -1, tomorrow +1, tonight 10 */
    TXC_DIR,        /* last/past/previous -1, this/current 0, next/coming +1 */
    TXC_POSMOD,     /* early START, mid MID, late END: val tx_mod */
    TXC_APPROX,     /* about, nearly, almost ...: val tx_mod */
    TXC_REF,        /* now, recently, soon ...: val tx_ref */
    TXC_REFNOUN,    /* "the past", "the future", "at the moment": val tx_ref */
    TXC_STARTER,    /* function words that may begin an expression ("the") */
    TXC_PERIOD,     /* "period", "term": nouns of results news and outlooks */
    TXC_SETADV,     /* daily, weekly ...: val tx_unit */
    TXC_QUANT,      /* every / each / per: val 1 every, 2 each, 3 per */
    TXC_FEW,        /* few, several, many, couple: vague counts */
    TXC_AGO,        /* ago -1, earlier -1, before -1, later +1, after +1, hence +1 */
    TXC_TZ,         /* time zone names (EST, GMT) */
    TXC_FUTCUE,     /* future cue: will, 'll, shall, tomorrow ... */
    TXC_PASTCUE,    /* past cue: was, were, had, said, ... */
    TXC_ADJPREV,    /* before an -ed word, makes it an adjective: "the", "newly" */
    TXC_NOTPAST,    /* -ed words that are not past verbs: "hundred", "indeed" */
    TXC_FWDVERB,    /* verbs whose "to" complement lies ahead: "agreed to" */
    TXC_DELAYVERB,  /* verbs that move an end ahead: "adjourned until Monday" */
    TXC_PRESVERB,   /* present-tense verbs of scheduled events: "voters go" */
    TXC_DECWORD,    /* twenties ... nineties: val 20..90 */
    TXC_HOLIDAY,    /* val: month*100+day of fixed holidays */
    TXC_NAMEDDAY,   /* first word of a named day ("Memorial Day"); val 1 */
    TXC_MAYVERBNEXT,/* words after "May"/"March" that show a verb use */
    TXC_FALSENEXT,  /* words after a date word that make it a name ("Times") */
    TXC_NOTYEARPREV,/* words before a number that make it a count ("about 1999") */
    TXC_NOTYEARNEXT,/* words after a number that make it a count ("1999 people") */
    TXC_DAYLIGHT,   /* dawn, dusk, nightfall: val the part of day they fall in */
    TXC_SEASONS,    /* summers, winters: val the season, as TXC_SEASON */
    TXC_COUNT
} tx_cls;

/* Time units, in increasing size. */
typedef enum tx_unit {
    TXU_NONE = 0, TXU_SECOND, TXU_MINUTE, TXU_HOUR, TXU_DAY, TXU_WEEKEND,
    TXU_WEEK, TXU_FORTNIGHT, TXU_MONTH, TXU_QUARTER, TXU_HALF, TXU_YEAR,
    TXU_DECADE, TXU_CENTURY, TXU_MILLENNIUM
} tx_unit;
#define TXU_PLURAL 0x100

/* Parts of the day, as TIMEX3 spells them after the T. */
typedef enum tx_pod {
    TXP_NONE = 0, TXP_MO, TXP_AF, TXP_EV, TXP_NI, TXP_DT, TXP_NOON, TXP_MIDNIGHT
} tx_pod;

/* TIMEX3 mod values. */
typedef enum tx_mod {
    TXM_NONE = 0, TXM_START, TXM_MID, TXM_END, TXM_APPROX, TXM_LESS_THAN,
    TXM_MORE_THAN, TXM_EQUAL_OR_LESS, TXM_EQUAL_OR_MORE, TXM_BEFORE, TXM_AFTER
} tx_mod;

/* Vague references. */
typedef enum tx_ref {
    TXR_PRESENT = 1, TXR_PAST, TXR_FUTURE
} tx_ref;

/* One word of a table: its class and value. */
typedef struct tx_word {
    const char *w;
    uint8_t cls;
    int16_t val;
} tx_word;

/* Up to this many classes per word. */
#define TX_MAXCLS 4

/* A hash index over all tables, built per tagging call. */
typedef struct tx_index {
    uint16_t slot[2048];   /* 0 empty, else 1 + entry number */
    uint32_t hash[2048];   /* the hash of the word in each used slot */
    struct tx_entry {
        const char *w;
        uint8_t wl;        /* strlen(w) */
        uint8_t start;     /* 1: a class whose words can begin an expression */
        uint8_t n;
        uint8_t cls[TX_MAXCLS];
        int16_t val[TX_MAXCLS];
    } e[1024];
    size_t ne;
} tx_index;

/* FNV-1a, step by step, so the tokenizer can hash while it scans. */
#define TX_HASH_INIT 2166136261u
#define TX_HASH_STEP(h, ch) (((h) ^ (uint32_t)(ch)) * 16777619u)

/* Fill ix from all tables. */
void tx_index_build(tx_index *ix);
/* The entry of the lower-case word w[0..n), or NULL. */
const struct tx_entry *tx_lookup(const tx_index *ix, const char *w, size_t n);

/* Slot of word w[0..n) (hash h) in ix: where it is, or the empty slot where
 * it goes.  Inline: the tokenizer looks up every word. */
static inline size_t tx_find_slot(const tx_index *ix, const char *w, size_t n, uint32_t h)
{
    size_t mask = sizeof ix->slot / sizeof ix->slot[0] - 1;
    size_t s = h & mask;
    while (ix->slot[s]) {
        const struct tx_entry *e = &ix->e[ix->slot[s] - 1];
        if (ix->hash[s] == h && e->wl == n && memcmp(e->w, w, n) == 0)
            return s;
        s = (s + 1) & mask;
    }
    return s;
}

/* The entry of w[0..n) whose TX_HASH is h, or NULL. */
static inline const struct tx_entry *tx_lookup_hashed(const tx_index *ix, const char *w,
                                                      size_t n, uint32_t h)
{
    if (!n)
        return NULL;
    size_t s = tx_find_slot(ix, w, n, h);
    return ix->slot[s] ? &ix->e[ix->slot[s] - 1] : NULL;
}

/* The TIMEX3 spelling of a mod, part of day, unit letter. */
const char *tx_mod_name(int mod);
const char *tx_pod_name(int pod);
/* Duration letter of a unit ("Y", "M", "W", "D", "H", ...). */
const char *tx_unit_letter(int unit);
/* 1 when the unit goes after "PT" (hours, minutes, seconds). */
int tx_unit_is_time(int unit);

/* For tests: all tables and their sizes. */
/* A named day: its words ("memorial", "day") and code (tx_lexicon.c). */
typedef struct tx_named_day { const char *w[5]; int16_t code; uint8_t flag; } tx_named_day;
extern const tx_named_day tx_named_days[];
extern const size_t tx_n_named_days;

typedef struct tx_table { const char *name; const tx_word *v; size_t n; } tx_table;
const tx_table *tx_tables(size_t *n);

#endif
