/*
 * tx_internal.h - what the tagger's matcher (timex.c) hands to the
 * resolver (tx_resolve.c): a candidate expression with its meaning still
 * relative ("last week", "Tuesday", "two days later").
 */
#ifndef DL_TX_INTERNAL_H
#define DL_TX_INTERNAL_H

#include "timex.h"
#include "tx_lexicon.h"

/* What a candidate means before resolution. */
typedef enum tx_kind {
    TXK_ABS,      /* calendar fields given (year may be missing) */
    TXK_RELDAY,   /* n days from the anchor: today, yesterday, tomorrow */
    TXK_WEEKDAY,  /* a day of the week, dir picks which one */
    TXK_RELUNIT,  /* n units from the anchor at unit granularity */
    TXK_LITERAL   /* value already final (durations, refs, sets) */
} tx_kind;

/* Where a relative expression is measured from. */
/* TXA_SENT: the last finer date of the sentence ("a year ago" after "the
 * third quarter" is that quarter a year before), else the article date;
 * TXA_SENTP: the same, else the previous date. */
/* TXA_SENTD: the last date of the sentence, else the article date.
 * TXA_APPOS: the date just named, restated ("on Jan. 19, three days later"). */
/* TXA_DCTDAY: the article's day itself, shifted ("50 years ago today"). */
enum { TXA_DCT = 0, TXA_PREV = 1, TXA_SENT = 2, TXA_SENTP = 3, TXA_SENTD = 4, TXA_APPOS = 5,
       TXA_DCTDAY = 6 };

typedef struct tx_cand {
    size_t t0, t1;        /* token range [t0, t1) */
    tx_kind kind;
    dl_tx_type type;
    /* TXK_ABS: fields, -1 when absent */
    int y, m, d, hh, mi, ss;
    int yoff, has_yoff;   /* "June last year": year = anchor year + yoff */
    int strict;           /* "last Friday": never the anchor day itself; 3: "the new
                           * year", the next one from July on, else the present one;
                           * 4: "year-end", the one just passed when told in January */
    int century;          /* 19 for "the 20th century" (y = -1) */
    int decade;           /* 197 for "the 1970s" (y = -1) */
    int season, quarter, half;
    int week;             /* 1: the ISO week containing the day ("the week of March 6");
                           * 2: the week of the seven days ending it ("the week ended July 22")
                           * 3: the month of the day ("10 years ago this month") */
    int pod;              /* part of day, tx_pod */
    int pod_date;         /* 1: "Friday night" - a DATE with a part of day */
    int weekend;          /* 1: the weekend of the week */
    int lead;             /* 1: the expression opens its sentence ("On July 20, ...");
                           * 2: it opens a clause that goes on with the story ("In
                           * March 1943 he joined, and in September he ...") */
    int firm_past;        /* 1: told in the past in a sentence with no plan,
                           * forecast or schedule in it ("Prices rose in January") */
    int past_plan;        /* 1: a month planned in a past report ("said in June
                           * that the pipeline would be finished in November"):
                           * the first such month after the report's date */
    int attrib;           /* 1: a month before a noun it qualifies ("the June
                           * jobs report"); 2: one that data or a decision is
                           * about ("September trade data"), the nearest */
    int sched;            /* 1: after "in", "by", "during", "until" or "before" ("will
                           * ship in the second quarter"), not a result's adjective;
                           * 2: "so far in the quarter" (the one under way) */
    int small_hours;      /* 1: a bare clock time in the small hours ("at 5:20 a.m.",
                           * "06:00"), which after an evening runs into the next day */
    int adv;              /* 1: after "in", "on", "by", "at" or "during": the date
                           * of what the sentence tells, not a modifier ("the
                           * August 1988 cease-fire") */
    int aside;            /* 1: a date named in passing ("the 9/11 attacks"): it does
                           * not become the date in focus */
    int span;             /* 1: "a decade later": counted from the date in years,
                           * not the calendar decade after it; 2: "a few years
                           * later": a vague span from the date in focus (the
                           * literal value holds when there is none) */
    int doff;             /* days added to a day ("the day after Christmas": 1),
                           * TX_DOFF_LAST: the month's last day ("the last day of May"),
                           * or +-(TX_DOFF_WD + weekday); on a month counted from
                           * the date in focus, 1: some day of it ("Days later":
                           * 1998-10-XX) */
    int qend;             /* a quarter: the month it ends when the text gives it,
                           * 1-12 for one past ("the quarter ended Sept. 30"),
                           * -1..-12 for the nearest ("ending March 31"), else 0 */
    int fiscal;           /* 1: a fiscal quarter ("the fiscal third quarter") */
    int birth;            /* 1: a birth date ("was born on May 2, 1915") */
    int half_open;        /* 1: a clock time that does not say which half of the
                           * day it is in ("by 2:30", "at 7") */
    int turn;             /* 1 (RELUNIT decade, century, millennium): the turn of
                           * it, a year at its boundary ("the turn of the century") */
    int yback;            /* years taken off the resolved date: "100 years ago
                           * Wednesday" is this week's Wednesday, 100 years back */
    int dmy;              /* a numeric day and month: 1 written day first for sure
                           * ("22/03/2013"), -1 month first for sure ("3/22/2013"),
                           * 2 either way ("06/01/2014"), 0 not numeric */
    /* TXK_RELDAY / TXK_WEEKDAY / TXK_RELUNIT */
    int n;                /* offset in units (days for RELDAY) */
    int unit;             /* tx_unit for RELUNIT */
    int wd;               /* weekday 1-7 */
    int dir;              /* -1 past, +1 future, 0 this, 2 from tense, 3 "the
                           * weekend": this, or the nearer one when nothing says;
                           * 4 (weekdays): that day of the week n weeks on
                           * ("Wednesday last week": n = -1); 5 (weekdays): the
                           * nearest either way, the day itself if it is one */
    int from;             /* TXA_* */
    int mod;              /* tx_mod */
    char value[48];       /* TXK_LITERAL value */
    char quant[16], freq[16];
    unsigned flags;       /* DL_TXF_* known at match time */
} tx_cand;

#define TX_DOFF_LAST 1000
#define TX_DOFF_WD 2000   /* + weekday: the first such day after the day; negated:
                           * the last one before it ("the Monday after Thanksgiving") */

/* Context for resolving one text. */
typedef struct tx_rctx {
    const dl_date *dct;   /* may be NULL */
    dl_date last;         /* last mentioned calendar date (prec NONE: none) */
    int last_idx;         /* its index in the output, or -1 */
    int last_adv;         /* 1: it was named after a preposition (tx_cand.adv) */
    int last_birth;       /* 1: it was a birth date (tx_cand.birth) */
    dl_date last_day;     /* the last day named, even when a week or a season
                           * followed it ("convicted on Monday ... until the end of
                           * the week ... the same day"), or prec NONE */
    int last_day_idx;     /* its index in the output */
    int last_ahead;       /* 1: the last date is a coarser one told ahead after that
                           * day ("said on Tuesday talks would resume in the summer.
                           * Two days later"): day and week offsets count from the day */
    long late_day;        /* the day of the last date when it was named in its evening
                           * or night ("Tuesday night", "11 p.m. on Saturday"), else 0 */
    int last_rel;         /* 1: that date was worked out (a weekday, a yearless
                           * month), not written out in full */
    int dmy;              /* how the text writes numeric dates: see tx_cand.dmy
                           * (1 or -1 once one showed it, else 0) */
    dl_date sent_last;    /* last calendar date in the current sentence */
    int sent_last_idx;    /* its index, or -1 */
    int sent_half_year;   /* the year of the last half of a year named in the sentence */
    int sent_half_idx;    /* its index, or -1 ("in the second half ... than in the first
                           * half": the same year) */
    dl_date last_time;    /* the clock time of the last date, if it had one, or prec NONE */
    dl_date last_dec;     /* the last decade named ("the 1930s"), or prec NONE */
    int last_dec_idx;     /* the timex that named it */
    int last_dec_mod;     /* its mod: TXM_START for "the early 1950s" */
    int frame_year;       /* "In 1969, ...": the year a story is told in, while it is
                           * the last date named; 0 none */
    dl_date last_q;       /* the last quarter in focus (results news), or prec NONE */
    int last_q_idx;       /* the timex that named it, or -1 */
    int idx;              /* index the timex being resolved will get */
} tx_rctx;

/* Resolve k (with tense: -1 past, 0 unknown, +1 future) into x. */
void tx_resolve(tx_rctx *r, const tx_cand *k, int tense, dl_timex *x);

/* Initialise a candidate: every field absent. */
void tx_cand_init(tx_cand *k);

/* TimeML's value for midnight ending the day before d ("...T24"). */
void midnight_value(char *buf, size_t size, const dl_date *d);

#endif
