/*
 * tx_resolve.c - from a matched candidate to a TIMEX3 value and a date.
 *
 * Relative expressions are measured from the article date (dct) or from the
 * last mentioned date, as the candidate says.  Where the text leaves the
 * direction open ("Tuesday", "November", "the third quarter"), news looks
 * back unless the sentence speaks of the future (tense from timex.c), and an
 * expression without a tense cue takes the nearest candidate.  Granularity
 * is the text's: "last week" is a week, "four years ago" a year.
 */
#include "tx_internal.h"
#include "date.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const season_code[] = {"", "SP", "SU", "FA", "WI"};

/* Days since the epoch of a DAY-or-finer date. */
static long day_of(const dl_date *d)
{
    return dl_days_from_civil(d->year, d->month ? d->month : 1, d->day ? d->day : 1);
}

/* 1 when d names a calendar day (or finer): not a week, month or year. */
static int has_day(const dl_date *d)
{
    return d && d->prec >= DL_PREC_DAY && d->prec != DL_PREC_WEEK;
}

/* A DAY date from days since the epoch. */
static dl_date date_from_days(long days)
{
    int y, m, d;
    dl_civil_from_days(days, &y, &m, &d);
    return dl_date_day(y, m, d);
}

/* The ISO week date containing the given day. */
static dl_date week_of_day(long days)
{
    dl_date d = date_from_days(days);
    int wy;
    int w = dl_iso_week(d.year, d.month, d.day, &wy);
    dl_date r;
    memset(&r, 0, sizeof r);
    r.year = wy;
    r.part = w;
    r.prec = DL_PREC_WEEK;
    return r;
}

/* Quarter of a date (1-4), from its month or part. */
static int quarter_of(const dl_date *d)
{
    if (d->prec == DL_PREC_QUARTER)
        return d->part;
    return d->month ? (d->month - 1) / 3 + 1 : 1;
}

/* Season ordinal (year * 4 + season - 1) containing month m of year y. */
static long season_ord(int y, int m)
{
    if (m <= 2)
        return (long)(y - 1) * 4 + 3;
    if (m == 12)
        return (long)y * 4 + 3;
    return (long)y * 4 + (m - 3) / 3;
}

/* Day of month of a holiday coded as n*10+weekday (44: 4th Thursday),
 * 90+weekday for the last one of the month (91: the last Monday; 80+weekday
 * too, which "the last Friday in March" uses, as 95-97 are taken), 99 for
 * the Tuesday after the first Monday (US Election Day), 98 for the day
 * after the 4th Thursday (Black Friday), 70 for the Monday after it (Cyber
 * Monday), 60 and 61 for Mardi Gras and Ash Wednesday (with m = 3; the day
 * may fall in February), 62 for the Lunar New Year (with m = 1), and 97, 96, 95 for Easter Sunday,
 * Good Friday and Easter Monday (with m = 3; the day may run into April). */
/* Easter Sunday of year y as a day of March (32 is 1 April): the
 * Gregorian computus. */
static int easter_march_day(int y)
{
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
    int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    return h + l - 7 * m + 22;
}

/* Orthodox Easter Sunday of year y as a day of March (Gregorian): the
 * Julian computus, moved on by the calendars' difference. */
static int orthodox_easter_march_day(int y)
{
    int a = y % 4, b = y % 7, c = y % 19, d = (19 * c + 15) % 30;
    int e = (2 * a + 4 * b - d + 34) % 7;
    int julian = d + e + 114;  /* month * 31 + day - 1 */
    int day = (julian / 31 - 3) * 31 + julian % 31 + 1;  /* as a day of March */
    if (julian / 31 == 4)
        day = 31 + julian % 31 + 1;
    return day + y / 100 - y / 400 - 2;
}

/* The first day of Passover (15 Nisan) of year y as a day of March: Gauss's
 * rule, on the Julian calendar, moved to the Gregorian.  Rosh Hashanah
 * falls 163 days later, Yom Kippur 172. */
static int passover_march_day(int y)
{
    int a = (12 * y + 12) % 19, b = y % 4;
    double m = 20.0955877 + 1.5542418 * a + 0.25 * b - 0.003177794 * y;
    int mi = (int)floor(m);
    double frac = m - mi;
    int c = (mi + 3 * y + 5 * b + 1) % 7;
    int day = mi;
    if (c == 2 || c == 4 || c == 6)
        day = mi + 1;
    else if (c == 1 && a > 6 && frac >= 0.63287037)
        day = mi + 2;
    else if (c == 0 && a > 11 && frac >= 0.89772376)
        day = mi + 1;
    return day + y / 100 - y / 400 - 2;
}

/* The instant of the k-th new moon after that of 6 January 2000, in days
 * from 1970-01-01 UTC: the mean lunation with the main periodic terms of
 * the Moon's and the Sun's anomalies (good to some minutes). */
static double new_moon(long k)
{
    const double rad = 3.14159265358979323846 / 180;
    double t = (double)k / 1236.85, e = 1 - 0.002516 * t;
    double jde = 2451550.09766 + 29.530588861 * (double)k + 0.00015437 * t * t;
    double m = fmod(2.5534 + 29.10535670 * (double)k, 360) * rad;
    double mp = fmod(201.5643 + 385.81693528 * (double)k + 0.0107582 * t * t, 360) * rad;
    double f = fmod(160.7108 + 390.67050284 * (double)k - 0.0016118 * t * t, 360) * rad;
    double om = fmod(124.7746 - 1.56375588 * (double)k, 360) * rad;
    jde += -0.40720 * sin(mp) + 0.17241 * e * sin(m) + 0.01608 * sin(2 * mp) +
           0.01039 * sin(2 * f) + 0.00739 * e * sin(mp - m) - 0.00514 * e * sin(mp + m) +
           0.00208 * e * e * sin(2 * m) - 0.00111 * sin(mp - 2 * f) -
           0.00057 * sin(mp + 2 * f) + 0.00056 * e * sin(2 * mp + m) - 0.00042 * sin(3 * mp) +
           0.00042 * e * sin(m + 2 * f) + 0.00038 * e * sin(m - 2 * f) -
           0.00024 * e * sin(2 * mp - m) - 0.00017 * sin(om);
    return jde - 2440587.5;
}

/* The new moon nearest the day number day (days from 1970). */
static double new_moon_near(double day)
{
    long k = (long)floor((day - 10962.76) / 29.530588853 + 0.5);
    double best = new_moon(k);
    for (long d = -1; d <= 1; d += 2) {
        double t = new_moon(k + d);
        if (fabs(t - day) < fabs(best - day))
            best = t;
    }
    return best;
}

/* Day `day` of Islamic month `month` falling first in Gregorian year y, as
 * a day of January.  The arithmetic calendar finds the month; its first day
 * is the day after the new moon's day (Mecca time) when the Moon is at
 * least nine hours old at that day's sunset (about 15:30 UTC), else the day
 * after that.  Announced dates can differ by a day. */
static int islamic_feast_day(int y, int month, int day)
{
    long jan1 = dl_days_from_civil(y, 1, 1);
    for (int iy = (int)((y - 622) * 1.0307) - 2; iy < (int)((y - 622) * 1.0307) + 3; iy++) {
        long t = (59L * (month - 1) + 1) / 2 + (long)(iy - 1) * 354 + (3 + 11L * iy) / 30 -
                 492148;  /* the 1st of the month, arithmetic calendar */
        double nm = new_moon_near((double)t - 1.5);
        long mecca = (long)floor(nm + 3.0 / 24);
        long first = mecca + ((double)mecca + 15.5 / 24 - nm >= 9.0 / 24 ? 1 : 2);
        long d = first + day - 1 - jan1;
        if (d >= 0 && d < 365 + (dl_days_in_month(y, 2) == 29))
            return (int)d + 1;
    }
    return 1;
}

/* Diwali of year y as a day of October: the new moon of October or November
 * (India time) on whose evening the new-moon day still runs, so the day of
 * the new moon when it comes after 18:00, else the day before. */
static int diwali_october_day(int y)
{
    long oct1 = dl_days_from_civil(y, 10, 1);
    for (long k = -1; k <= 1; k++) {
        double nm = new_moon_near((double)(oct1 + 30 + 29.53 * (double)k)) + 5.5 / 24;
        long d = (long)floor(nm) - (nm - floor(nm) < 0.75 ? 1 : 0) - oct1 + 1;
        if (d >= 17 && d <= 46)
            return (int)d;
    }
    return 31;
}

/* The Lunar New Year of year y as a day of January (41 is 10 February).
 * For 1990-2040 from the published calendars; outside them, the second
 * mean new moon after the winter solstice in China's time zone, which can
 * be a day out. */
static int lunar_new_year_day(int y)
{
    static const unsigned char known[] = {/* days after 20 January, from 1990 */
                                          7,  26, 15, 3,  21, 11, 30, 18, 8,  27, 16, 4,  23, 12,
                                          2,  20, 9,  29, 18, 6,  25, 14, 3,  21, 11, 30, 19, 8,
                                          27, 16, 5,  23, 12, 2,  21, 9,  28, 17, 6,  24, 14,
                                          3,  22, 11, 30, 19, 8,  26, 15, 4,  23};
    if (y >= 1990 && y < 1990 + (int)sizeof known)
        return 20 + known[y - 1990];
    const double month = 29.530588853, zone = 8.0 / 24;
    const double moon0 = 10962.76;  /* a new moon: 2000-01-06 18:14 UTC, in days from 1970 */
    double n = ((double)dl_days_from_civil(y - 1, 12, 21) - moon0 - zone) / month;
    long k = (long)floor(n) + 2;
    double moon = moon0 + (double)k * month + zone;
    return (int)((long)floor(moon) - dl_days_from_civil(y, 1, 1)) + 1;
}

static int nth_weekday(int y, int m, int code)
{
    int first = dl_weekday(y, m, 1) + 1;  /* 1 = Monday */
    if (code >= 100)
        code -= 100;  /* named days write their codes from 100 on */
    if (code >= 95 && code <= 97)  /* Easter Monday, Good Friday, Easter Sunday (m = 3) */
        return easter_march_day(y) + (code == 95 ? 1 : code == 96 ? -2 : 0);
    if (code == 99) {
        int mon = 1 + (1 - first + 7) % 7;
        return mon + 1;
    }
    if (code == 62)  /* the Lunar New Year (m = 1; the day may fall in February) */
        return lunar_new_year_day(y);
    if (code >= 63 && code <= 69) {  /* from Easter (m = 3): Palm Sunday ... Whit Monday */
        static const int8_t from_easter[] = {-7, -3, -1, 39, 49, 50};
        return code == 69 ? orthodox_easter_march_day(y)
                          : easter_march_day(y) + from_easter[code - 63];
    }
    if (code == 77)  /* Corpus Christi (m = 3) */
        return easter_march_day(y) + 60;
    if (code >= 71 && code <= 73)  /* Passover, Rosh Hashanah, Yom Kippur (m = 3) */
        return passover_march_day(y) + (code == 71 ? 0 : code == 72 ? 163 : 172);
    if (code == 74 || code == 75)  /* Eid al-Fitr, Eid al-Adha (m = 1) */
        return islamic_feast_day(y, code == 74 ? 10 : 12, code == 74 ? 1 : 10);
    if (code == 76)  /* Diwali (m = 10; the day may fall in November) */
        return diwali_october_day(y);
    if (code == 60 || code == 61)  /* Mardi Gras, Ash Wednesday (m = 3) */
        return easter_march_day(y) - (code == 60 ? 47 : 46);
    if (code == 98 || code == 70)
        return nth_weekday(y, m, 44) + (code == 98 ? 1 : 4);
    int n = code / 10, wd = code % 10;
    int d = 1 + (wd - first + 7) % 7 + 7 * (n - 1);
    if (n == 9 || n == 8) {  /* the last: step back from the fifth */
        d = 1 + (wd - first + 7) % 7 + 28;
        while (d > dl_days_in_month(y, m))
            d -= 7;
    }
    return d;
}

/* Pick the ordinal of target t (in a cycle of period p) relative to the
 * current ordinal cur: dir -1 strictly before, +1 strictly after, 0 same
 * cycle, 2 from tense (-1 on or before, +1 on or after, 0 nearest). */
static long pick_cycle(long cur, long cycle_start, long t, long p, int dir, int strict, int tense)
{
    long same = cycle_start + t;           /* target in the current cycle */
    long before = same > cur ? same - p : same;
    long after = same < cur ? same + p : same;
    if (dir == 0)
        return t == (cur % p + p) % p && same != cur ? cur : same;
    if (dir == -1)
        return (strict && before == cur) ? before - p : before;
    if (dir == 1)
        return (strict && after == cur) ? after + p : after;
    if (tense == -1)
        return before;
    if (tense == 1)
        return after;
    /* nearest; a tense cue makes the other side look farther (a month
     * told firmly in the past, |tense| 5, sees the months ahead 25 times
     * farther: "Prices rose in January" in December is this January): six times
     * for a past cue ("landed in November" in September is last November)
     * or a future one; fifteen for a future one on a month of its own
     * (|tense| 4: "plans to hold a rally in February" in March is next
     * February; but "the June jobs report is due Friday" in July is about
     * the June just gone) */
    long db = (cur - before) * (tense >= 4 ? 30 : tense > 0 ? 12 : 2),
         da = (after - cur) * (tense <= -5 ? 25 : tense < 0 ? 12 : tense > 0 ? 2 : 3);
    if (tense > 0)
        return da <= db ? after : before;
    return db <= da ? before : after;
}

/* Format the date d (with extras) as a TIMEX3 value. */
static void format_value(char *buf, size_t size, const dl_date *d, int pod, int half,
                         int weekend, int ss)
{
    switch (d->prec) {
    case DL_PREC_CENTURY: snprintf(buf, size, "%02d", d->year / 100); return;
    case DL_PREC_DECADE: snprintf(buf, size, "%03d", d->year / 10); return;
    case DL_PREC_YEAR:
        if (half)
            snprintf(buf, size, "%04d-H%d", d->year, half);
        else
            snprintf(buf, size, "%04d", d->year);
        return;
    case DL_PREC_SEASON:
        snprintf(buf, size, "%04d-%s", d->year, season_code[d->part & 3 ? d->part : 4]);
        return;
    case DL_PREC_QUARTER: snprintf(buf, size, "%04d-Q%d", d->year, d->part); return;
    case DL_PREC_MONTH: snprintf(buf, size, "%04d-%02d", d->year, d->month); return;
    case DL_PREC_WEEK:
        snprintf(buf, size, "%04d-W%02d%s", d->year, d->part, weekend ? "-WE" : "");
        return;
    case DL_PREC_DAY:
        if (pod)
            snprintf(buf, size, "%04d-%02d-%02dT%s", d->year, d->month, d->day,
                     tx_pod_name(pod));
        else
            snprintf(buf, size, "%04d-%02d-%02d", d->year, d->month, d->day);
        return;
    case DL_PREC_MINUTE:
        if (ss >= 0)
            snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d:%02d", d->year, d->month, d->day,
                     d->hour, d->minute, ss);
        else
            snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d", d->year, d->month, d->day,
                     d->hour, d->minute);
        return;
    default: snprintf(buf, size, "XXXX"); return;
    }
}

/* The value of midnight at the end of the day before d (00:00 of d), as
 * TimeML writes it: that day's "T24" ("midnight Friday": 1989-10-27T24). */
void midnight_value(char *buf, size_t size, const dl_date *d)
{
    dl_date e = date_from_days(day_of(d) - 1);
    snprintf(buf, size, "%04d-%02d-%02dT24", e.year, e.month, e.day);
}

/* Apply a clock time or a part of day to a DAY date. */
static void apply_time(dl_date *d, const tx_cand *k, int *pod)
{
    if (k->hh >= 0 && d->prec == DL_PREC_DAY) {
        if (k->hh == 24) {
            *d = date_from_days(day_of(d) + 1);
            d->hour = 0;
        } else {
            d->hour = k->hh;
        }
        d->minute = k->mi > 0 ? k->mi : 0;
        d->prec = DL_PREC_MINUTE;
        *pod = 0;
    } else {
        *pod = k->pod;
    }
}

/* Resolve an absolute candidate (year possibly missing).  Returns 0 when
 * the value needs the dct and there is none (the value then has X's). */
static int resolve_abs(const tx_rctx *r, const tx_cand *k, int tense, dl_date *d, char *xval,
                       size_t xsize)
{
    const dl_date *a = r->dct;
    if (k->from == TXA_PREV && r->last.prec != DL_PREC_NONE &&
        (r->last.prec != DL_PREC_WEEK || (k->has_yoff && k->season > 0)) &&
        !(k->has_yoff && k->yoff == 0 && tense > 0 && (k->half > 0 || k->quarter > 0)))
        a = &r->last;  /* "that December", "the following spring": the story's frame
                        * (but "will rise in the second half of the year" is now's) */
    memset(d, 0, sizeof *d);
    if (k->century >= 0) {
        d->year = k->century * 100;
        d->prec = DL_PREC_CENTURY;
        return 1;
    }
    if (k->decade >= 0) {
        d->year = k->decade * 10;
        d->prec = DL_PREC_DECADE;
        return 1;
    }
    int y = k->y;
    if (y < 0 && k->has_yoff) {
        if (!a)
            goto unknown;
        y = a->year + k->yoff;
    }
    if (k->quarter >= 0 && y < 0 && a && a->prec >= DL_PREC_MONTH && a->prec != DL_PREC_WEEK &&
        ((k->qend != 0 && (k->quarter > 0 || r->last_q.prec != DL_PREC_QUARTER)) ||
         (k->fiscal && k->quarter > 0))) {
        /* "the quarter ended Sept. 30": the quarter of that month, the last
         * one to end by now ("ending": the nearest); a fiscal quarter keeps
         * its number and takes the year it ends in, told in the past the
         * year of some six weeks ago ("the fiscal third quarter" in April
         * 2014: 2014-Q3).  After "the fiscal first quarter", "the quarter
         * ended Sept. 30" is that one, as the corpora write it. */
        long now = (long)a->year * 12 + a->month - 1;
        long m;
        if (k->qend != 0) {
            m = (long)a->year * 12 + abs(k->qend) - 1;
            if (m > now + (k->qend < 0 || tense > 0 ? 5 : 0))
                m -= 12;
            else if (m < now - 6 && (k->qend < 0 || tense > 0))
                m += 12;
        } else {
            m = tense > 0 ? now : now - 1 - (a->prec >= DL_PREC_DAY && a->day <= 15);
        }
        d->year = (int)(m >= 0 ? m / 12 : (m - 11) / 12);
        d->part = k->quarter > 0 ? k->quarter : (int)(m - (long)d->year * 12) / 3 + 1;
        d->prec = DL_PREC_QUARTER;
        return 1;
    }
    if (k->quarter >= 0) {
        if (y < 0) {
            if (k->quarter == 0 && !k->strict && r->last_q.prec == DL_PREC_QUARTER) {
                *d = r->last_q;
                return 1;
            }
            if (!a)
                goto unknown;
            if (a->prec < DL_PREC_MONTH) {  /* only the year is known */
                d->year = a->year;
                d->part = k->quarter ? k->quarter : 1;
                d->prec = DL_PREC_QUARTER;
                return k->quarter != 0;
            }
            long cur = (long)a->year * 4 + quarter_of(a) - 1;
            long t;
            if (k->quarter == 0)  /* the last one done, or "by the end of the quarter":
                                   * the one under way; in its last days, the one
                                   * ending ("stocks rose 4% for the quarter" on
                                   * Sept. 30) */
                t = !k->strict && (k->sched == 2 || (tense > 0 && k->sched) ||
                                   (a == r->dct && a->prec >= DL_PREC_DAY &&
                                    a->month % 3 == 0 && a->day >= 27))
                        ? cur : cur - 1;
            else {
                /* results are of a past quarter; one ahead in the year only
                 * when the text looks ahead ("expects second-quarter
                 * sales to rise" in February) */
                t = (long)a->year * 4 + k->quarter - 1;
                if (t > cur && (tense <= 0 || t - cur > 2))
                    t -= 4;
                /* "will begin shipping in the first quarter" in November: the
                 * next one; a quarter just gone stays ("will report
                 * third-quarter results" in October) */
                else if (tense > 0 && (t < cur - 1 || (t == cur - 1 && k->sched)))
                    t += 4;
            }
            d->year = (int)(t >= 0 ? t / 4 : (t - 3) / 4);
            d->part = (int)(t - (long)d->year * 4) + 1;
        } else {
            d->year = y;
            d->part = k->quarter;
            if (k->quarter == 0) {
                /* "the 1988 period": the quarter in focus, in that year */
                if (r->last_q.prec == DL_PREC_QUARTER)
                    d->part = r->last_q.part;
                else if (a)
                    d->part = quarter_of(a) > 1 ? quarter_of(a) - 1 : 4;
                else
                    return 0;
            }
        }
        d->prec = DL_PREC_QUARTER;
        return 1;
    }
    if (k->half > 0) {
        if (y < 0 && r->sent_half_idx >= 0) {
            d->year = r->sent_half_year;  /* the halves of one year, set side by side */
            d->prec = DL_PREC_YEAR;
            return 1;
        }
        if (y < 0) {
            if (!a)
                goto unknown;
            long cur = (long)a->year * 2 + (a->month > 6);
            long t = pick_cycle(cur, (long)a->year * 2, k->half - 1, 2, 2, 0, tense > 0 ? 1 : -1);
            y = (int)(t / 2);
        }
        d->year = y;
        d->prec = DL_PREC_YEAR;
        return 1;
    }
    if (k->season > 0) {
        if (y < 0) {
            if (!a)
                goto unknown;
            /* from a season in focus, its own place ("the following autumn"
             * after a summer); from a year, its end, or for "the previous
             * winter" its start */
            long cur = a->prec == DL_PREC_SEASON && a->part >= 1 && a->part <= 4
                           ? (long)a->year * 4 + a->part - 1
                           : season_ord(a->year, a->month ? a->month
                                                  : a != r->dct ? (k->dir < 0 ? 1 : 12) : 1);
            long t = pick_cycle(cur, (long)a->year * 4, k->season - 1, 4, k->dir, k->strict,
                                k->dir == 2 ? 3 * tense : tense);
            if (k->dir == -1 && k->n > 0)
                t -= 4L * k->n;  /* "three winters ago" */
            y = (int)(t / 4);
        }
        d->year = y;
        d->part = k->season;
        d->prec = DL_PREC_SEASON;
        return 1;
    }
    if (k->m > 0) {
        if (y < 0 && a && a != r->dct && a->prec == DL_PREC_YEAR && k->dir == 1)
            y = a->year + 1;  /* "the following March" after "2009" */
        if (y < 0 && a == r->dct && a && (k->dir == 2 || (k->dir == 0 && k->d > 0)) &&
            (r->last.prec >= DL_PREC_DAY || r->last.prec == DL_PREC_WEEK ||
             (r->last.prec == DL_PREC_MONTH && r->last_adv && k->lead && tense < 0 &&
              r->last.year <= a->year - 2)) &&
            r->last.year < a->year && !(r->last_birth && k->d > 0)) {
            /* a story told of an earlier year: "The quake struck on Jan. 12,
             * 2010. On Jan. 20, an aftershock hit." - the yearless date
             * just after the date in focus keeps its year (a week in focus,
             * "Three weeks later, on April 9", counts from its Monday); "In
             * March 1943 he joined the Navy, and in September he shipped
             * out" likewise.  A day after a birth date is not the story's:
             * "She was born on May 2, 1915. She died on May 26" is this May
             * (but "born on March 3, 1930. In June the family sailed") */
            long l = r->last.prec == DL_PREC_WEEK
                         ? dl_iso_week_monday(r->last.year, r->last.part)
                         : dl_days_from_civil(r->last.year, r->last.month,
                                              r->last.prec == DL_PREC_MONTH ? 1 : r->last.day);
            int dd = k->d > 0 && k->d <= 31 ? k->d : 1;
            /* a story told in the past runs on for some months when the
             * next sentence opens with the date: "in October 1962 ... In
             * November, the Soviets", "on August 4, 1914 ... By Christmas"
             * (not "... The review was completed in December", which may
             * be back in the present, nor after a date of a year or so
             * before the article's: "awarded in January 2012, prosecutors
             * say. On March 7, police searched" in March 2013) */
            long win = tense < 0 && r->last_adv && k->lead && r->last.year <= a->year - 2 ? 200
                                                                                   : 92;
            for (int yy = r->last.year; yy <= r->last.year + 1 && y < 0; yy++) {
                if (dd > dl_days_in_month(yy, k->m))
                    continue;
                long t = dl_days_from_civil(yy, k->m, dd);
                if (t >= l - 7 && t <= l + win && t <= day_of(a))
                    y = yy;
            }
        }
        if (y < 0 && k->past_plan && k->dir == 2 && r->dct && r->sent_last_idx >= 0 &&
            (r->sent_last.prec == DL_PREC_MONTH || has_day(&r->sent_last)) &&
            dl_date_cmp(&r->sent_last, r->dct) < 0 &&
            r->sent_last.year * 12 + r->sent_last.month >= r->dct->year * 12 + r->dct->month - 12)
            /* a plan told in a past report: the first such month from the
             * report's date on ("said in June that it would be finished in
             * November" in December: this November) */
            y = r->sent_last.year + (k->m < r->sent_last.month);
        if (y < 0 && a == r->dct && a && (k->dir == 2 || k->dir == 0) && !k->has_yoff &&
            tense <= 0 && k->lead == 1 && r->frame_year &&
            r->frame_year <= a->year - 2)
            y = r->frame_year;  /* "In 1969, ... On July 20, ...": the story's year */
        if (y < 0) {
            if (!a || a->prec < DL_PREC_MONTH || a->prec == DL_PREC_WEEK)
                goto unknown;
            if (k->d > 0 && a->prec >= DL_PREC_DAY) {
                /* yearless day: pick among last, this and next year */
                long cur = day_of(a);
                long best = 0, bd = 0;
                int found = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    int yy = a->year + dy;
                    if (k->d <= 31 && k->d > dl_days_in_month(yy, k->m))
                        continue;
                    int dd = k->d > 31 ? nth_weekday(yy, k->m, k->d) : k->d;
                    long t = dl_days_from_civil(yy, k->m, 1) + dd - 1;
                    if (k->dir == -1 && (t > cur || (k->strict && t == cur)))
                        continue;
                    if (k->dir == 1 && (t < cur || (k->strict && t == cur)))
                        continue;  /* "next Christmas" */
                    /* nearest, but a tense cue makes the other side look farther */
                    long dist = t > cur ? (t - cur) * (tense < 0 ? 12 : tense > 0 ? 2 : 3)
                                        : (cur - t) * (tense > 0 ? 12 : 2);
                    if (!found || dist < bd) {
                        best = t;
                        bd = dist;
                        found = 1;
                    }
                }
                if (!found)
                    best = dl_days_from_civil(a->year, k->m,
                                              k->d <= dl_days_in_month(a->year, k->m) ? k->d : 28);
                int yy, mm, dd;
                dl_civil_from_days(best, &yy, &mm, &dd);
                y = yy;
            } else {
                long cur = (long)a->year * 12 + a->month - 1;
                /* a month a result is about, told ahead ("will release
                 * September trade data on Wednesday" in November): the
                 * nearest, not the next */
                int tn = k->attrib == 2 && tense > 0 ? 0 : tense;
                long t = pick_cycle(cur, (long)a->year * 12, k->m - 1, 12, k->dir, k->strict,
                                    k->dir == 2 ? (tn < 0 && k->firm_past ? 5
                                                   : k->attrib || tn < 0 ? 3 : 4) * tn
                                                : tn);
                y = (int)(t / 12);
            }
        }
        if (k->d > 0) {
            int dd = k->d > 31 ? nth_weekday(y, k->m, k->d) : k->d;
            if (k->d > 31)  /* Easter may fall in April: count on from the month */
                *d = date_from_days(dl_days_from_civil(y, k->m, 1) + dd - 1);
            else if (dd > dl_days_in_month(y, k->m))
                return 0;
            else
                *d = dl_date_day(y, k->m, dd);
        } else {
            *d = dl_date_month(y, k->m);
        }
        return 1;
    }
    if (k->d > 0 && y < 0) {
        /* "on the 14th": a day of the month in focus (the last date the text
         * named, else the article's), or of the month before or after it,
         * whichever lies nearest the way the tense points */
        const dl_date *b = r->last.prec >= DL_PREC_MONTH && r->last.prec != DL_PREC_WEEK
                               ? &r->last : a;
        if (!b || b->prec < DL_PREC_MONTH || b->prec == DL_PREC_WEEK)
            goto unknown;
        if (b->prec < DL_PREC_DAY) {
            if (k->d > dl_days_in_month(b->year, b->month))
                return 0;
            *d = dl_date_day(b->year, b->month, k->d);
            return 1;
        }
        long cur = day_of(b), best = 0, bd = -1;
        int tn = b == a ? tense : 0;  /* the tense speaks of the article's day */
        for (int dm = -1; dm <= 1; dm++) {
            int mm = b->month + dm, yy = b->year;
            if (mm < 1) {
                mm = 12;
                yy--;
            } else if (mm > 12) {
                mm = 1;
                yy++;
            }
            if (k->d > dl_days_in_month(yy, mm))
                continue;
            long t = dl_days_from_civil(yy, mm, k->d);
            long dist = t > cur ? (t - cur) * (tn < 0 ? 12 : tn > 0 ? 2 : 3)
                                : (cur - t) * (tn > 0 ? 12 : 2);
            if (bd < 0 || dist < bd) {
                best = t;
                bd = dist;
            }
        }
        int yy, mm, dd;
        dl_civil_from_days(best, &yy, &mm, &dd);
        *d = dl_date_day(yy, mm, dd);
        return 1;
    }
    if (y >= 0) {
        *d = dl_date_year(y);
        return 1;
    }
    return 0;
unknown:
    if (k->d > 0 && k->m < 0) {
        snprintf(xval, xsize, "XXXX-XX-%02d", k->d);
        return 0;
    }
    if (k->quarter >= 0)
        snprintf(xval, xsize, "XXXX-Q%c", k->quarter > 0 ? '0' + k->quarter : 'X');
    else if (k->half > 0)
        snprintf(xval, xsize, "XXXX-H%d", k->half);
    else if (k->season > 0)
        snprintf(xval, xsize, "XXXX-%s", season_code[k->season]);
    else if (k->m > 0 && k->d > 0)
        snprintf(xval, xsize, "XXXX-%02d-%02d", k->m, k->d);
    else if (k->m > 0)
        snprintf(xval, xsize, "XXXX-%02d", k->m);
    else
        snprintf(xval, xsize, "XXXX");
    return 0;
}

/* Shift date a by n units at unit granularity; 0 when a is too coarse. */
static int shift_unit(const dl_date *a, int unit, int n, dl_date *out)
{
    dl_date d;
    memset(&d, 0, sizeof d);
    switch (unit) {
    case TXU_DAY:
        if (a->prec < DL_PREC_DAY || a->prec == DL_PREC_WEEK)
            return 0;
        d = date_from_days(day_of(a) + n);
        break;
    case TXU_WEEK: case TXU_WEEKEND: case TXU_FORTNIGHT:
        if (a->prec == DL_PREC_WEEK) {
            d = week_of_day(dl_iso_week_monday(a->year, a->part) + 7L * n);
        } else if (a->prec >= DL_PREC_DAY) {
            d = week_of_day(day_of(a) + 7L * n * (unit == TXU_FORTNIGHT ? 2 : 1));
        } else {
            return 0;
        }
        break;
    case TXU_MONTH:
        if (a->prec < DL_PREC_MONTH || a->prec == DL_PREC_WEEK)
            return 0;
        d = dl_date_add_months(dl_date_month(a->year, a->month), n);
        break;
    case TXU_QUARTER: {
        if (a->prec < DL_PREC_QUARTER || a->prec == DL_PREC_WEEK)
            return 0;
        long q = (long)a->year * 4 + quarter_of(a) - 1 + n;
        d.year = (int)(q >= 0 ? q / 4 : (q - 3) / 4);
        d.part = (int)(q - (long)d.year * 4) + 1;
        d.prec = DL_PREC_QUARTER;
        break;
    }
    case TXU_HALF: case TXU_YEAR:
        if (a->prec < DL_PREC_YEAR)
            return 0;
        d = dl_date_year(a->year + n);
        break;
    case TXU_DECADE:
        d.year = (a->year / 10 + n) * 10;
        d.prec = DL_PREC_DECADE;
        break;
    case TXU_CENTURY: case TXU_MILLENNIUM:
        d.year = (a->year / 100 + n) * 100;
        d.prec = DL_PREC_CENTURY;
        break;
    case TXU_HOUR: case TXU_MINUTE: case TXU_SECOND:
        /* "two hours later": the day it falls on */
        if (a->prec < DL_PREC_DAY || a->prec == DL_PREC_WEEK)
            return 0;
        d = date_from_days(day_of(a) + (unit == TXU_HOUR ? (long)n / 24 : 0));
        break;
    default:
        return 0;
    }
    *out = d;
    return 1;
}

/* Shift a date by n years keeping its own granularity ("a year earlier"
 * after "the third quarter" is the third quarter a year before). */
static dl_date shift_years_keep(const dl_date *a, int n)
{
    dl_date d = *a;
    if (a->prec == DL_PREC_DAY || a->prec == DL_PREC_MINUTE) {
        int dd = a->day, dim = dl_days_in_month(a->year + n, a->month);
        d.year = a->year + n;
        d.day = dd > dim ? dim : dd;
    } else if (a->prec == DL_PREC_WEEK) {
        d.year = a->year + n;
    } else {
        d.year = a->year + n;
    }
    return d;
}

/* The anchor date for a relative candidate, and its index (-1: dct). */
static const dl_date *anchor_of(const tx_rctx *r, int from, int *idx)
{
    *idx = -1;
    if (from == TXA_SENTD && r->sent_last.prec != DL_PREC_NONE) {
        *idx = r->sent_last_idx;
        return &r->sent_last;
    }
    if ((from == TXA_PREV || from == TXA_SENTP) && r->last.prec != DL_PREC_NONE) {
        *idx = r->last_idx;
        return &r->last;
    }
    return r->dct;
}

/* The anchor a, given by anchor_of, for a count of days: when the date in
 * focus is a week ("convicted on Monday ... until the end of the week ...
 * the same day", "... the next morning"), the last day named instead. */
static const dl_date *day_anchor(const tx_rctx *r, const dl_date *a, int *idx)
{
    if (a == &r->last && (a->prec == DL_PREC_WEEK ||
                          (a->prec <= DL_PREC_YEAR && r->last_day.year > a->year)) &&
        has_day(&r->last_day)) {
        /* ... and when a year named in passing followed the day ("early on
         * Monday ... eight years ago ... at dawn"; "on Friday night. The club
         * had opened in 2011. Firefighters arrived at 11:10 p.m.") */
        *idx = r->last_day_idx;
        return &r->last_day;
    }
    return a;
}

/* 1 when a decade was named after the last date in focus ("born in 1940
 * ... in the early 1950s"): a story then goes on from the decade, which
 * r->last, holding years and finer, does not keep. */
static int decade_in_focus(const tx_rctx *r)
{
    return r->last_dec.prec == DL_PREC_DECADE && r->last_dec_idx > r->last_idx;
}

/* Resolve a unit-relative candidate ("last week", "two days later"). */
static int resolve_relunit(const tx_rctx *r, const tx_cand *k, int tense, dl_date *d,
                           int *anchor, int *weekend)
{
    if (k->quarter == 0 && k->unit == TXU_YEAR) {
        /* "the year-ago quarter": the quarter of the date in focus, a year before */
        const dl_date *f = r->sent_last.prec >= DL_PREC_QUARTER && r->sent_last.prec != DL_PREC_WEEK
                               ? &r->sent_last
                         : r->last_q.prec == DL_PREC_QUARTER ? &r->last_q
                         : r->last.prec >= DL_PREC_QUARTER && r->last.prec != DL_PREC_WEEK ? &r->last
                         : NULL;
        if (f) {
            *anchor = f == &r->sent_last ? r->sent_last_idx
                    : f == &r->last_q ? r->last_q_idx : r->last_idx;
            memset(d, 0, sizeof *d);
            d->year = f->year + k->n;
            d->part = quarter_of(f);
            d->prec = DL_PREC_QUARTER;
            return 1;
        }
        if (r->dct) {
            memset(d, 0, sizeof *d);
            int q = quarter_of(r->dct);
            d->year = r->dct->year + k->n - (q == 1);
            d->part = q == 1 ? 4 : q - 1;
            d->prec = DL_PREC_QUARTER;
            return 1;
        }
    }
    if (k->from == TXA_SENTP && k->unit == TXU_YEAR && (k->week == 1 || k->week == 3)) {
        /* "the same month last year": the month in focus, else now's, a year
         * before; "the same week a year ago" likewise */
        dl_prec need = k->week == 1 ? DL_PREC_DAY : DL_PREC_MONTH;
        const dl_date *f = r->sent_last.prec >= need ? &r->sent_last
                         : r->sent_last.prec == DL_PREC_NONE && r->last.prec >= need ? &r->last
                         : r->dct && r->dct->prec >= need ? r->dct : NULL;
        if (f && f->prec != DL_PREC_WEEK) {
            *anchor = f == &r->sent_last ? r->sent_last_idx : f == &r->last ? r->last_idx : -1;
            *d = shift_years_keep(f, k->n);
            *d = k->week == 1 ? week_of_day(day_of(d)) : dl_date_truncate(*d, DL_PREC_MONTH);
            return 1;
        }
    }
    if ((k->from == TXA_SENT || k->from == TXA_SENTP) && k->unit == TXU_YEAR) {
        /* results news: "a year ago" after "the third quarter" */
        if (r->sent_last.prec == DL_PREC_QUARTER || r->sent_last.prec == DL_PREC_MONTH ||
            (k->from == TXA_SENTP && r->sent_last.prec > DL_PREC_YEAR)) {
            *d = shift_years_keep(&r->sent_last, k->n);
            *anchor = r->sent_last_idx;
            return 1;
        }
        if (r->last_q.prec == DL_PREC_QUARTER) {
            *d = shift_years_keep(&r->last_q, k->n);
            *anchor = r->last_q_idx;
            return 1;
        }
    }
    if ((k->unit == TXU_HOUR || k->unit == TXU_MINUTE) && k->from == TXA_PREV && k->n != 0 &&
        r->last_time.prec == DL_PREC_MINUTE) {
        /* "two hours later" after "9 a.m.": a clock time */
        long m = day_of(&r->last_time) * 1440L + r->last_time.hour * 60L + r->last_time.minute +
                 (long)k->n * (k->unit == TXU_HOUR ? 60 : 1);
        long day = m >= 0 ? m / 1440 : -((-m + 1439) / 1440);
        *d = date_from_days(day);
        d->hour = (int)(m - day * 1440) / 60;
        d->minute = (int)(m - day * 1440) % 60;
        d->prec = DL_PREC_MINUTE;
        *anchor = r->last_idx;
        return 1;
    }
    if (k->from == TXA_DCTDAY && has_day(r->dct)) {
        dl_date a = dl_date_day(r->dct->year, r->dct->month, r->dct->day);
        *d = k->unit == TXU_YEAR ? shift_years_keep(&a, k->n)
           : k->unit == TXU_MONTH ? dl_date_add_months(a, k->n)
           : dl_date_add_days(a, (long)k->n * (k->unit == TXU_WEEK ? 7 : 1));
        if (k->unit > TXU_YEAR)
            *d = dl_date_add_years(a, (long)k->n * (k->unit == TXU_DECADE ? 10 : 100));
        if (k->week == 1)
            *d = week_of_day(day_of(d));
        if (k->week == 3)
            *d = dl_date_truncate(*d, DL_PREC_MONTH);
        if (k->season > 0) {
            *d = dl_date_year(d->year);  /* "ten years ago this summer" */
            d->part = k->season;
            d->prec = DL_PREC_SEASON;
        }
        *anchor = -1;
        return 1;
    }
    if (k->from == TXA_APPOS && r->last.prec != DL_PREC_NONE) {
        dl_prec p = k->unit <= TXU_DAY ? DL_PREC_DAY
                  : k->unit == TXU_MONTH ? DL_PREC_MONTH
                  : k->unit >= TXU_YEAR ? DL_PREC_YEAR : DL_PREC_NONE;
        *anchor = r->last_idx;
        if ((k->unit == TXU_HOUR || k->unit == TXU_MINUTE) &&
            r->last_time.prec == DL_PREC_MINUTE)
            *d = r->last_time;  /* "at 12:50 p.m., more than an hour later" */
        else if (k->unit == TXU_WEEK && r->last.prec >= DL_PREC_DAY && r->last.prec != DL_PREC_WEEK)
            *d = week_of_day(day_of(&r->last));
        else if (p != DL_PREC_NONE && r->last.prec > p && r->last.prec != DL_PREC_WEEK)
            *d = dl_date_truncate(r->last, p);
        else
            *d = r->last;
        return 1;
    }
    if (k->unit == TXU_YEAR && k->strict == 4 && tense < 0 && r->dct &&
        r->dct->prec >= DL_PREC_MONTH && r->dct->prec != DL_PREC_WEEK && r->dct->month == 1) {
        *d = dl_date_year(r->dct->year - 1);  /* "had $2 billion at year-end", in January */
        *anchor = -1;
        return 1;
    }
    if (k->unit == TXU_YEAR && k->n == 0 &&
        (k->from == TXA_SENTD || k->from == TXA_PREV) &&
        !(k->from == TXA_SENTD && r->sent_last.prec != DL_PREC_NONE) &&
        !(k->from == TXA_PREV && r->last.prec != DL_PREC_NONE)) {
        /* "the full year" after "the fourth quarter": the year of that quarter;
         * "for the year", "at the end of the year" told in January: the
         * year just ended */
        memset(d, 0, sizeof *d);
        if (r->last_q.prec == DL_PREC_QUARTER) {
            *d = dl_date_year(r->last_q.year);
            *anchor = r->last_q_idx;
            return 1;
        }
        if (r->dct && r->dct->prec >= DL_PREC_MONTH && r->dct->prec != DL_PREC_WEEK &&
            r->dct->month == 1 && tense < 0 && k->mod != TXM_START) {
            *d = dl_date_year(r->dct->year - 1);
            *anchor = -1;
            return 1;
        }
    }
    if (k->unit == TXU_DECADE && k->n != 0 && (k->from == TXA_PREV || k->from == TXA_SENTD) &&
        r->last_dec.prec == DL_PREC_DECADE &&
        (r->last.prec == DL_PREC_NONE || r->last.year / 10 == r->last_dec.year / 10)) {
        /* "In the 1930s ... The following decade": the decade after that one */
        memset(d, 0, sizeof *d);
        d->year = r->last_dec.year + 10 * k->n;
        d->prec = DL_PREC_DECADE;
        *anchor = r->last_dec_idx;
        return 1;
    }
    if (k->unit == TXU_YEAR && k->strict == 3 && r->dct && r->dct->prec >= DL_PREC_MONTH &&
        r->dct->prec != DL_PREC_WEEK) {
        *d = dl_date_year(r->dct->year + (r->dct->month >= 7));  /* "in the new year" */
        *anchor = -1;
        return 1;
    }
    if (k->from == TXA_PREV && decade_in_focus(r) &&
        (k->unit == TXU_YEAR || k->unit == TXU_MONTH)) {
        /* "in the late 1950s ... two years later", "... That year": a year of
         * that decade, or just after it, known only to the decade */
        int y = r->last_dec.year + (r->last_dec_mod == TXM_START ? 2
                                    : r->last_dec_mod == TXM_END ? 8 : 5);
        if (k->unit == TXU_YEAR)
            y += k->n;
        memset(d, 0, sizeof *d);
        d->year = k->n == 0 ? r->last_dec.year : y / 10 * 10;
        d->prec = DL_PREC_DECADE;
        *anchor = r->last_dec_idx;
        return 1;
    }
    if (k->turn && r->dct) {
        /* "the turn of the century": in a story, the next boundary after its
         * date; else the last one passed (the next one, told ahead) */
        int span = k->unit == TXU_DECADE ? 10 : k->unit == TXU_CENTURY ? 100 : 1000;
        int story = r->last.prec != DL_PREC_NONE && r->last.year < r->dct->year - span / 2 &&
                    tense <= 0;
        int y = story ? r->last.year : r->dct->year;
        if (tense > 0 || (tense == 0 && k->dir == 1))
            y = (y / span + 1) * span;
        else if (story)  /* a story goes on: the next boundary after its date
                          * (1872: 1900, 1946: 2000), or the one just past (1901) */
            y = y - y / span * span <= span / 20 ? y / span * span : (y / span + 1) * span;
        else
            y = y / span * span;
        *d = dl_date_year(y);
        *anchor = story ? r->last_idx : -1;
        return 1;
    }
    if ((k->unit == TXU_DECADE || k->unit == TXU_CENTURY) && k->n == 0 && k->from == TXA_PREV) {
        /* "that decade", and "the end of the decade" told in the past: the
         * decade or century of the story ("built in the 1920s. By the end of
         * that decade", "opened in 1987. By the end of the decade it had"),
         * else the present one ("expects to double sales by the end of the
         * decade") */
        int span = k->unit == TXU_DECADE ? 10 : 100;
        const dl_date *f = k->unit == TXU_DECADE && decade_in_focus(r) ? &r->last_dec
                         : r->last.prec != DL_PREC_NONE ? &r->last : NULL;
        if (f && r->dct && (k->dir != -1 || (tense < 0 && f->year / span < r->dct->year / span))) {
            *anchor = f == &r->last_dec ? r->last_dec_idx : r->last_idx;
            return shift_unit(f, k->unit, 0, d);
        }
        *anchor = -1;
        return r->dct && shift_unit(r->dct, k->unit, 0, d);
    }
    int from = k->from;
    if (from == TXA_SENTD && k->n > 0 && tense < 0 && r->sent_last.prec == DL_PREC_NONE)
        from = TXA_PREV;  /* told in the past, "the next month" follows the story's
                           * last date, not the article's */
    if (k->unit == TXU_YEAR && k->n == 0 && from == TXA_PREV && r->last.prec != DL_PREC_NONE &&
        r->dct && r->dct->prec >= DL_PREC_YEAR && r->last.year != r->dct->year &&
        (tense > 0 || (tense < 0 && r->last.year > r->dct->year)))
        from = TXA_DCT;  /* "proposed in 1964 ... More data will be collected until
                          * the end of the year": the year now, not the story's */
    if (k->unit == TXU_MONTH && k->n == 0 && from == TXA_PREV && tense > 0 &&
        r->last.prec >= DL_PREC_MONTH && r->last.prec != DL_PREC_WEEK && r->dct &&
        r->dct->prec >= DL_PREC_MONTH && r->dct->prec != DL_PREC_WEEK &&
        r->last.year * 12 + r->last.month < r->dct->year * 12 + r->dct->month)
        from = TXA_DCT;  /* "arrested last Wednesday ... will decide by the end of
                          * the month": this month */
    if (from == TXA_SENTD && k->n > 0 && tense > 0 && r->sent_last.prec != DL_PREC_NONE &&
        r->dct && dl_date_cmp(&r->sent_last, r->dct) < 0)
        from = TXA_DCT;  /* "fell over the last year, and analysts expect declines
                          * over the next year": ahead of now, not of the past date */
    const dl_date *a = anchor_of(r, from, anchor);
    if (k->unit == TXU_DAY)
        a = day_anchor(r, a, anchor);
    if ((k->unit == TXU_DAY || k->unit == TXU_WEEK) && a == &r->last && r->last_ahead &&
        has_day(&r->last_day) && k->n != 0) {
        a = &r->last_day;  /* "said on Tuesday talks would resume in the summer. Two
                            * days later": from Tuesday, not the plan */
        *anchor = r->last_day_idx;
    }
    if (k->unit == TXU_QUARTER && from == TXA_PREV && r->last_q.prec == DL_PREC_QUARTER &&
        a == &r->last && r->last.prec > DL_PREC_QUARTER && r->last.prec != DL_PREC_WEEK) {
        a = &r->last_q;  /* "in the first quarter, data showed on Monday ... the
                          * previous quarter": before the quarter in focus */
        *anchor = r->last_q_idx;
    }
    if (!a)
        return 0;
    if (k->unit == TXU_DECADE && k->n != 0 && k->span && a->prec >= DL_PREC_YEAR &&
        a->prec != DL_PREC_WEEK) {
        *d = dl_date_year(a->year + 10 * k->n);  /* "in 1932 ... A decade later": 1942;
                                                  * "a decade ago" in 2013: 2003 */
        return 1;
    }
    if (!shift_unit(a, k->unit, k->n, d) && a->prec == DL_PREC_MONTH && k->unit <= TXU_WEEK &&
        a != r->dct) {
        /* "three weeks earlier" after "June 2010": the month it falls in */
        dl_date first = dl_date_day(a->year, a->month, 1);
        long days = k->unit == TXU_DAY ? k->n : 7L * k->n;
        *d = dl_date_truncate(date_from_days(day_of(&first) + days), DL_PREC_MONTH);
        return 1;
    }
    if (d->prec == DL_PREC_NONE && a != r->dct && a->prec == DL_PREC_SEASON &&
        k->unit <= TXU_MONTH && k->unit != TXU_WEEKEND) {
        /* "in the spring of 1958. Six months later": from the season's middle
         * month; "a week later": still that season */
        if (k->unit == TXU_MONTH)
            *d = dl_date_add_months(dl_date_month(a->year + (a->part == 4), 1 + 3 * a->part % 12),
                                    k->n);
        else
            *d = *a;
        return 1;
    }
    if (d->prec == DL_PREC_NONE) {
        /* the date in focus is coarser than the unit ("the following month"
         * after "1998"): the article date only when it is in the same period */
        if (a != r->dct && r->dct &&
            (!(a->prec == DL_PREC_YEAR && a->year != r->dct->year) || (tense > 0 && k->n == 0))) {
            /* ... or told ahead: "who joined in 2009, will leave at the end of
             * the month" is this month */
            *anchor = -1;
            if (!shift_unit(r->dct, k->unit, k->n, d))
                return 0;
        } else {
            return 0;
        }
    }
    if (k->unit == TXU_WEEKEND) {
        *weekend = 1;
        /* "the weekend" in a past sentence on a weekday: the one before */
        const dl_date *b = *anchor >= 0 ? &r->last : r->dct;
        if (k->n == 0 && has_day(b)) {
            int wd = dl_weekday(b->year, b->month, b->day);
            int dir = k->dir == 3 ? 0 : k->dir;
            int story = k->from == TXA_PREV && *anchor >= 0 && k->dir == 0;
            if (wd < 5 && (dir < 0 || (dir == 0 && tense < 0 && !story) ||
                           (k->dir == 3 && tense == 0 && wd <= 1)))
                shift_unit(b, TXU_WEEK, -1, d);  /* ... or without a cue on a Monday
                                                  * or Tuesday: the nearer one */
            else if (wd >= 5 && dir > 0)
                shift_unit(b, TXU_WEEK, 1, d);  /* "this coming weekend" said on a Sunday */
        }
    }
    return 1;
}

/* Resolve a weekday: the nearest such day in the direction given. */
static int resolve_weekday(const tx_rctx *r, const tx_cand *k, int tense, dl_date *d)
{
    const dl_date *a = r->dct;
    dl_date wend;
    if (k->from == TXA_PREV && has_day(&r->last))
        a = &r->last;  /* "the previous Friday": before the date in focus */
    else if (k->from == TXA_PREV && r->last.prec == DL_PREC_WEEK && r->last.part > 0) {
        /* "arrested the weekend of March 1 ... the following Monday": from
         * the Sunday that ends the week in focus */
        wend = date_from_days(dl_iso_week_monday(r->last.year, r->last.part) + 6);
        a = &wend;
    }
    if (!a || a->prec < DL_PREC_DAY || a->prec == DL_PREC_WEEK)
        return 0;
    long cur = day_of(a);
    int w0 = dl_weekday(a->year, a->month, a->day) + 1;
    int back = (w0 - k->wd + 7) % 7, fwd = (k->wd - w0 + 7) % 7;
    int dir = k->dir;
    if (dir == 4) {  /* "Wednesday last week" */
        *d = date_from_days(cur - (w0 - 1) + 7L * k->n + (k->wd - 1));
        return 1;
    }
    if (dir == 2 && tense == 2)  /* "was due to expire on Wednesday": the nearest */
        dir = fwd < back ? 1 : -1;
    if (dir == 5)  /* "100 years ago Wednesday": the nearest, today included */
        dir = back == 0 || back <= fwd ? -1 : 1;
    if (dir == 2)
        dir = tense > 0 ? 1 : -1;
    if (dir == 0)  /* "this Thursday": the coming one, unless told in the past */
        dir = tense < 0 ? -1 : 1;
    long t;
    if (dir > 0)
        t = cur + (fwd == 0 && k->strict ? 7 : fwd);
    else
        t = cur - (back == 0 && k->strict ? 7 : back);
    *d = date_from_days(t + k->n);  /* n: days on, "a week from Tuesday" */
    return 1;
}

/* Set the dl_date of a timex to a calendar date at its precision. */
static void set_date(dl_timex *x, const dl_date *d)
{
    x->date = *d;
}

/* Resolve candidate k into x and update the dates in focus (tx_internal.h). */
void tx_resolve(tx_rctx *r, const tx_cand *k, int tense, dl_timex *x)
{
    tx_cand sw;  /* k with day and month swapped, when that reading wins */
    dl_date d;
    memset(&d, 0, sizeof d);
    int ok = 0, pod = 0, weekend = 0, anchor = -1, half = 0;
    char xval[48] = "";
    x->type = k->type;
    x->flags = k->flags;
    x->anchor = -1;
    snprintf(x->mod, sizeof x->mod, "%s", tx_mod_name(k->mod));
    memset(&x->date, 0, sizeof x->date);
    switch (k->kind) {
    case TXK_LITERAL:
        if (k->span == 2 && (r->last.prec >= DL_PREC_YEAR || decade_in_focus(r))) {
            /* "In the early 1980s ... A few years later": somewhere in that
             * decade; "a few weeks later" after 1951: in that year */
            dl_date a = r->last;
            anchor = r->last_idx;
            if (decade_in_focus(r)) {
                a = r->last_dec;
                anchor = r->last_dec_idx;
            }
            dl_prec p = k->unit <= TXU_DAY     ? DL_PREC_MONTH
                      : k->unit <= TXU_MONTH   ? DL_PREC_YEAR
                      : k->unit <= TXU_YEAR    ? DL_PREC_DECADE
                                               : DL_PREC_CENTURY;
            if (a.prec > p && (p <= DL_PREC_YEAR || (a.prec >= DL_PREC_MONTH && a.prec != DL_PREC_WEEK)))
                a = dl_date_truncate(a, p);
            format_value(x->value, sizeof x->value, &a, 0, 0, 0, -1);
            x->flags &= ~(unsigned)DL_TXF_VAGUE;
            x->flags |= DL_TXF_RELATIVE;
            x->anchor = anchor;
            set_date(x, &a);
            return;
        }
        snprintf(x->value, sizeof x->value, "%s", k->value);
        snprintf(x->quant, sizeof x->quant, "%s", k->quant);
        snprintf(x->freq, sizeof x->freq, "%s", k->freq);
        return;
    case TXK_ABS:
        if (k->dmy == 1 || k->dmy == -1)
            r->dmy = k->dmy;
        if (k->dmy == 2 && k->y >= 0 && k->m > 0 && k->d > 0 && k->d <= 12) {
            /* "06/01/2014": day first when the text writes dates so, or when
             * read month first it would lie ahead of the article and read day
             * first it would not */
            sw = *k;
            sw.m = k->d;
            sw.d = k->m;
            int ahead = has_day(r->dct) &&
                        dl_days_from_civil(k->y, k->m, k->d) > day_of(r->dct) &&
                        dl_days_from_civil(sw.y, sw.m, sw.d) <= day_of(r->dct);
            if (r->dmy == 1 || (r->dmy == 0 && ahead))
                k = &sw;
        }
        ok = resolve_abs(r, k, tense, &d, xval, sizeof xval);
        if (ok && d.prec == DL_PREC_DAY && k->doff == TX_DOFF_LAST)
            d.day = dl_days_in_month(d.year, d.month);
        else if (ok && d.prec == DL_PREC_DAY && (k->doff >= TX_DOFF_WD || k->doff <= -TX_DOFF_WD)) {
            int wd = (k->doff > 0 ? k->doff : -k->doff) - TX_DOFF_WD;  /* 1 = Monday */
            int cur = dl_weekday(d.year, d.month, d.day) + 1;
            int step = k->doff > 0 ? (wd - cur + 7) % 7 : -((cur - wd + 7) % 7);
            d = date_from_days(day_of(&d) + (step ? step : k->doff > 0 ? 7 : -7));
        } else if (ok && d.prec == DL_PREC_DAY && k->doff)
            d = date_from_days(day_of(&d) + k->doff);
        half = k->half > 0 ? k->half : 0;
        if (ok && k->y < 0 && k->century < 0 && k->decade < 0)
            x->flags |= DL_TXF_RELATIVE;
        if (ok && d.prec == DL_PREC_DAY && k->week == 1)
            d = week_of_day(day_of(&d));
        if (ok && d.prec == DL_PREC_DAY && k->weekend) {
            /* "Memorial Day weekend": the weekend before a Monday feast, else
             * the one of its week */
            long dd = day_of(&d);
            d = week_of_day(dl_weekday(d.year, d.month, d.day) == 0 ? dd - 1 : dd);
            weekend = 1;
        }
        if (ok && d.prec == DL_PREC_DAY && k->week == 2)
            d = week_of_day(day_of(&d) - 3);  /* the seven days ending that day */
        if (ok && d.prec == DL_PREC_DAY)
            apply_time(&d, k, &pod);
        if (ok && k->quarter == 0 && k->y < 0 && r->last_q.prec == DL_PREC_QUARTER)
            anchor = r->last_q_idx;
        if (ok && k->from == TXA_PREV && r->last.prec != DL_PREC_NONE)
            anchor = r->last_idx;
        break;
    case TXK_RELDAY: {
        const dl_date *a = day_anchor(r, anchor_of(r, k->from, &anchor), &anchor);
        int n = k->dir == 2 && tense < 0 ? k->n - 1 : k->n;  /* "overnight" told in the past */
        if (a != r->dct && r->last_rel && tense < 0 && k->from == TXA_PREV && k->n == 0 &&
            has_day(r->dct) && has_day(a) && day_of(a) > day_of(r->dct)) {
            /* "... due to take effect on January 1. Romney conceded shortly
             * before 1 a.m.": what has happened cannot be on a day still to come */
            a = r->dct;
            anchor = -1;
        }
        if (has_day(a)) {
            d = date_from_days(day_of(a) + n);
            ok = 1;
        } else if (has_day(r->dct)) {
            anchor = -1;
            d = date_from_days(day_of(r->dct) + n);
            ok = 1;
        } else {
            snprintf(xval, sizeof xval, "XXXX-XX-XX");
        }
        if (ok && a == &r->last && r->late_day && day_of(a) == r->late_day && k->n == 0 &&
            k->from == TXA_PREV && k->small_hours && !k->pod)
            d = date_from_days(day_of(&d) + 1);  /* "left at 11 p.m. on Tuesday. The fire
                                                  * started at 5:20 a.m.": the night
                                                  * ran on into the next day */
        if (ok && k->hh == 24 && tense < 0 && anchor < 0 && k->n == 0) {
            tx_cand m = *k;  /* "the government shut down at midnight": the one
                              * that began the article's day */
            m.hh = 0;
            apply_time(&d, &m, &pod);
        } else if (ok) {
            apply_time(&d, k, &pod);
        }
        x->flags |= DL_TXF_RELATIVE;
        break;
    }
    case TXK_WEEKDAY:
        ok = resolve_weekday(r, k, tense, &d);
        if (ok && k->from == TXA_PREV &&
            (r->last.prec >= DL_PREC_DAY || r->last.prec == DL_PREC_WEEK))
            anchor = r->last_idx;
        if (ok && k->week == 2)
            d = week_of_day(day_of(&d) - 3);  /* "the week ended Saturday" */
        else if (ok)
            apply_time(&d, k, &pod);
        else
            snprintf(xval, sizeof xval, "XXXX-WXX-%d", k->wd);
        x->flags |= DL_TXF_RELATIVE;
        break;
    case TXK_RELUNIT:
        ok = resolve_relunit(r, k, tense, &d, &anchor, &weekend);
        if (ok && k->unit == TXU_CENTURY && k->decade >= 0 && d.prec == DL_PREC_CENTURY) {
            d.year += 10 * k->decade;  /* "the first decade of this century" */
            d.prec = DL_PREC_DECADE;
        }
        if (ok && k->d > 0 && d.prec == DL_PREC_MONTH && k->d <= dl_days_in_month(d.year, d.month))
            d = dl_date_day(d.year, d.month, k->d);  /* "the first of next month" */
        if (ok && k->pod && d.prec == DL_PREC_DAY)
            pod = k->pod;  /* "25 years ago tonight" */
        if (!ok) {
            switch (k->unit) {
            case TXU_DAY: snprintf(xval, sizeof xval, "XXXX-XX-XX"); break;
            case TXU_WEEK: case TXU_WEEKEND: snprintf(xval, sizeof xval, "XXXX-WXX"); break;
            case TXU_MONTH: snprintf(xval, sizeof xval, "XXXX-XX"); break;
            case TXU_QUARTER: snprintf(xval, sizeof xval, "XXXX-QX"); break;
            case TXU_DECADE: snprintf(xval, sizeof xval, "XXX"); break;
            case TXU_CENTURY: snprintf(xval, sizeof xval, "XX"); break;
            default: snprintf(xval, sizeof xval, "XXXX"); break;
            }
        }
        x->flags |= DL_TXF_RELATIVE;
        break;
    }
    if (!ok) {
        snprintf(x->value, sizeof x->value, "%s", xval[0] ? xval : "XXXX");
        x->flags |= DL_TXF_UNRESOLVED;
        x->flags &= ~(unsigned)DL_TXF_RELATIVE;
        return;
    }
    if (k->yback && d.prec >= DL_PREC_MONTH) {
        /* "100 years ago Wednesday": the day found, that many years back */
        d.year -= k->yback;
        if (d.prec >= DL_PREC_DAY && d.prec != DL_PREC_WEEK &&
            d.day > dl_days_in_month(d.year, d.month))
            d.day = dl_days_in_month(d.year, d.month);
    }
    if (d.year < 1 && d.prec == DL_PREC_YEAR) {
        /* "10,000 years ago": before year 1, written as TimeML's BC year
         * (no calendar date, so it neither charts nor becomes the focus) */
        snprintf(x->value, sizeof x->value, "BC%04ld", 1 - (long)d.year);
        return;
    }
    format_value(x->value, sizeof x->value, &d, pod, half, weekend, k->ss);
    if (k->hh == 24 && d.prec == DL_PREC_MINUTE && d.hour == 0 && d.minute == 0)
        midnight_value(x->value, sizeof x->value, &d);  /* "midnight Friday" */
    if (k->kind == TXK_RELUNIT && ((k->unit == TXU_DAY && k->n == 0 && !pod) ||
                                   (k->unit == TXU_MONTH && k->doff == 1)) &&
        (d.prec == DL_PREC_MONTH || d.prec == DL_PREC_YEAR)) {
        /* "that same day" after "last October": a day of that month */
        size_t l = strlen(x->value);
        snprintf(x->value + l, sizeof x->value - l, d.prec == DL_PREC_MONTH ? "-XX" : "-XX-XX");
    }
    if ((d.prec == DL_PREC_MINUTE || pod) && !(k->pod_date && d.prec != DL_PREC_MINUTE))
        x->type = DL_TX_TIME;
    else if (x->type == DL_TX_TIME)
        x->type = DL_TX_DATE;
    if (k->pod_date && d.prec != DL_PREC_MINUTE)
        x->type = DL_TX_DATE;  /* annotators treat "Friday night" as a day */
    x->anchor = anchor;
    set_date(x, &d);
    /* remember it as the last mentioned date (not "a year ago" in results
     * news, which compares with the date in focus without moving it) */
    int derived = (k->kind == TXK_RELUNIT && (k->from == TXA_SENT || k->from == TXA_SENTP)) ||
                  (k->kind == TXK_ABS && k->quarter == 0 && k->y >= 0) ||  /* "the 1988 period" */
                  k->aside;
    if (d.prec == DL_PREC_DECADE && !derived) {
        r->last_dec = d;
        r->last_dec_mod = k->mod;
        r->last_dec_idx = r->idx;
    }
    if (half && k->half > 0 && !derived) {
        r->sent_half_year = d.year;
        r->sent_half_idx = r->idx;
    }
    if (d.prec == DL_PREC_QUARTER && !derived) {
        r->last_q = d;
        r->last_q_idx = r->idx;
    }
    if (d.prec >= DL_PREC_YEAR && !derived) {
        dl_date keep = d;
        memset(&r->last_time, 0, sizeof r->last_time);
        if (keep.prec == DL_PREC_MINUTE) {
            r->last_time = d;
            keep = dl_date_day(keep.year, keep.month, keep.day);
        }
        r->last_ahead = !has_day(&keep) && keep.prec != DL_PREC_WEEK &&
                        has_day(&r->last_day) && r->dct &&
                        (tense > 0 || (dl_date_cmp(&keep, r->dct) > 0 &&
                                       dl_date_cmp(&r->last_day, r->dct) <= 0));
        r->last = keep;
        r->last_idx = r->idx;
        r->last_adv = k->adv;
        r->last_birth = k->birth;
        r->last_rel = (x->flags & DL_TXF_RELATIVE) != 0;
        if (has_day(&keep)) {
            r->last_day = keep;
            r->last_day_idx = r->idx;
        }
        r->late_day = has_day(&keep) && (pod == TXP_EV || pod == TXP_NI ||
                                         (d.prec == DL_PREC_MINUTE && d.hour >= 18))
                          ? day_of(&keep) : 0;
        r->sent_last = keep;
        r->sent_last_idx = r->idx;
    }
}
