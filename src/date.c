/*
 * date.c - partial dates: parsing, formatting, ordering and arithmetic.
 *
 * A dl_date keeps the precision the source gave it ("2014" is a year, not
 * 1 January 2014) all the way to the chart.  Arithmetic works on day
 * numbers (days since 1970-01-01) in the proleptic Gregorian calendar with
 * astronomical years, so BCE dates and year 0 need no special cases.
 */
#include "date.h"

#include <stdio.h>
#include <string.h>

static const char *const month_abbr[12] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun",
    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
};
static const char *const season_name[4] = { "Spring", "Summer", "Autumn", "Winter" };

/* Floor division for day arithmetic on negative years. */
static long floordiv(long a, long b)
{
    long q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

/* Days since the epoch of y-m-d (Howard Hinnant's era decomposition). */
long dl_days_from_civil(long y, int m, int d)
{
    y -= m <= 2;
    long era = floordiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* Calendar date of a day number. */
void dl_civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = floordiv(z, 146097);
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int dd = (int)(doy - (153 * mp + 2) / 5 + 1);
    int mm = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (mm <= 2));
    *m = mm;
    *d = dd;
}

int dl_is_leap(long y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int dl_days_in_month(long y, int m)
{
    static const int len[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (m < 1 || m > 12)
        return 0;
    return len[m - 1] + (m == 2 && dl_is_leap(y));
}

/* 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday). */
int dl_weekday(long y, int m, int d)
{
    long z = dl_days_from_civil(y, m, d);
    return (int)(((z + 3) % 7 + 7) % 7);
}

/* Monday of ISO week w of ISO year wy: week 1 holds 4 January. */
long dl_iso_week_monday(long wy, int w)
{
    long jan4 = dl_days_from_civil(wy, 1, 4);
    long mon1 = jan4 - dl_weekday(wy, 1, 4);
    return mon1 + 7L * (w - 1);
}

/* ISO week number of y-m-d; the ISO year goes to *wy. */
int dl_iso_week(long y, int m, int d, int *wy)
{
    long z = dl_days_from_civil(y, m, d);
    long year = y + 1;
    while (dl_iso_week_monday(year, 1) > z)
        year--;
    *wy = (int)year;
    return (int)((z - dl_iso_week_monday(year, 1)) / 7 + 1);
}

dl_date dl_date_year(int y)
{
    dl_date d = { .year = y, .prec = DL_PREC_YEAR };
    return d;
}

dl_date dl_date_month(int y, int m)
{
    dl_date d = { .year = y, .month = m, .prec = DL_PREC_MONTH };
    return d;
}

dl_date dl_date_day(int y, int m, int d)
{
    dl_date r = { .year = y, .month = m, .day = d, .prec = DL_PREC_DAY };
    return r;
}

/* Range checks for the fields the precision uses. */
int dl_date_valid(const dl_date *d)
{
    if (d->year < -999999 || d->year > 999999)
        return 0;
    switch (d->prec) {
    case DL_PREC_NONE: case DL_PREC_CENTURY: case DL_PREC_DECADE: case DL_PREC_YEAR:
        return 1;
    case DL_PREC_SEASON: case DL_PREC_QUARTER:
        return d->part >= 1 && d->part <= 4;
    case DL_PREC_WEEK:
        return d->part >= 1 && d->part <= 53;
    case DL_PREC_MONTH:
        return d->month >= 1 && d->month <= 12;
    case DL_PREC_MINUTE:
        if (d->hour < 0 || d->hour > 23 || d->minute < 0 || d->minute > 59)
            return 0;
        /* fall through */
    case DL_PREC_DAY:
        return d->month >= 1 && d->month <= 12 && d->day >= 1 &&
               d->day <= dl_days_in_month(d->year, d->month);
    }
    return 0;
}

/* Read exactly n digits at s into *v; returns 0 when they are not there. */
static int digits(const char *s, int n, int *v)
{
    int x = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        x = x * 10 + (s[i] - '0');
    }
    *v = x;
    return 1;
}

/* Parse an ISO date at its own precision; see dateline.h. */
int dl_date_parse(const char *s, dl_date *out, int *errcol)
{
    dl_date d = { 0 };
    const char *p = s;
    int neg = 0, n = 0, v;
    int col = 1;

    if (errcol)
        *errcol = 1;
    if (*p == '-') {
        neg = 1;
        p++;
    }
    while (p[n] >= '0' && p[n] <= '9')
        n++;
    if (n < 1 || n > 6)
        return -1;
    d.year = 0;
    for (int i = 0; i < n; i++)
        d.year = d.year * 10 + (p[i] - '0');
    if (neg)
        d.year = -d.year;
    d.prec = DL_PREC_YEAR;
    p += n;
    if (*p == '-') {
        col = (int)(p - s) + 2;
        if (!digits(p + 1, 2, &v) || v < 1 || v > 12) {
            if (errcol) *errcol = col;
            return -1;
        }
        d.month = v;
        d.prec = DL_PREC_MONTH;
        p += 3;
        if (*p == '-') {
            col = (int)(p - s) + 2;
            if (!digits(p + 1, 2, &v) || v < 1 || v > dl_days_in_month(d.year, d.month)) {
                if (errcol) *errcol = col;
                return -1;
            }
            d.day = v;
            d.prec = DL_PREC_DAY;
            p += 3;
            if (*p == 'T' || *p == ' ') {
                col = (int)(p - s) + 2;
                int h, mi;
                if (!digits(p + 1, 2, &h) || p[3] != ':' || !digits(p + 4, 2, &mi) ||
                    h > 23 || mi > 59) {
                    if (errcol) *errcol = col;
                    return -1;
                }
                d.hour = h;
                d.minute = mi;
                d.prec = DL_PREC_MINUTE;
                p += 6;
                if (*p == ':' && digits(p + 1, 2, &v) && v < 60) /* seconds: accepted, dropped */
                    p += 3;
            }
        }
    }
    if (*p != '\0') {
        if (errcol) *errcol = (int)(p - s) + 1;
        return -1;
    }
    *out = d;
    return 0;
}

/* ISO form at the date's own precision. */
char *dl_date_iso(const dl_date *d, char *buf, size_t size)
{
    const char *sign = d->year < 0 ? "-" : "";
    int y = d->year < 0 ? -d->year : d->year;
    switch (d->prec) {
    case DL_PREC_NONE: snprintf(buf, size, "%s", ""); break;
    case DL_PREC_CENTURY: snprintf(buf, size, "%s%02d", sign, y / 100); break;
    case DL_PREC_DECADE: snprintf(buf, size, "%s%03d", sign, y / 10); break;
    case DL_PREC_YEAR: snprintf(buf, size, "%s%04d", sign, y); break;
    case DL_PREC_SEASON: {
        static const char *const code[4] = { "SP", "SU", "FA", "WI" };
        snprintf(buf, size, "%s%04d-%s", sign, y, code[(d->part + 3) % 4]);
        break;
    }
    case DL_PREC_QUARTER: snprintf(buf, size, "%s%04d-Q%d", sign, y, d->part); break;
    case DL_PREC_MONTH: snprintf(buf, size, "%s%04d-%02d", sign, y, d->month); break;
    case DL_PREC_WEEK: snprintf(buf, size, "%s%04d-W%02d", sign, y, d->part); break;
    case DL_PREC_DAY:
        snprintf(buf, size, "%s%04d-%02d-%02d", sign, y, d->month, d->day);
        break;
    case DL_PREC_MINUTE:
        snprintf(buf, size, "%s%04d-%02d-%02dT%02d:%02d", sign, y, d->month, d->day,
                 d->hour, d->minute);
        break;
    }
    return buf;
}

/* A year as a reader writes it: BCE years as "44 BC". */
static void year_text(int y, char *buf, size_t size)
{
    if (y <= 0)
        snprintf(buf, size, "%d BC", 1 - y);
    else if (y < 1000)
        snprintf(buf, size, "AD %d", y); /* "AD 64": a bare "64" reads as a number */
    else
        snprintf(buf, size, "%d", y);
}

/* Human form for chart labels. */
char *dl_date_human(const dl_date *d, char *buf, size_t size)
{
    char ys[24];
    year_text(d->year, ys, sizeof ys);
    switch (d->prec) {
    case DL_PREC_NONE: snprintf(buf, size, "%s", "undated"); break;
    case DL_PREC_CENTURY: {
        int c = d->year >= 0 ? d->year / 100 + 1 : -((-d->year) / 100);
        int a = c < 0 ? -c : c;
        const char *suf = (a % 100 >= 11 && a % 100 <= 13) ? "th"
                        : a % 10 == 1 ? "st" : a % 10 == 2 ? "nd" : a % 10 == 3 ? "rd" : "th";
        snprintf(buf, size, "%d%s century%s", a, suf, c < 0 ? " BC" : "");
        break;
    }
    case DL_PREC_DECADE:
        if (d->year >= 0) snprintf(buf, size, "%ds", d->year);
        else snprintf(buf, size, "%s", ys);
        break;
    case DL_PREC_YEAR: snprintf(buf, size, "%s", ys); break;
    case DL_PREC_SEASON:
        snprintf(buf, size, "%s %s", season_name[(d->part + 3) % 4], ys);
        break;
    case DL_PREC_QUARTER: snprintf(buf, size, "Q%d %s", d->part, ys); break;
    case DL_PREC_MONTH: snprintf(buf, size, "%s %s", month_abbr[(d->month + 11) % 12], ys); break;
    case DL_PREC_WEEK: snprintf(buf, size, "Week %d, %s", d->part, ys); break;
    case DL_PREC_DAY:
        snprintf(buf, size, "%d %s %s", d->day, month_abbr[(d->month + 11) % 12], ys);
        break;
    case DL_PREC_MINUTE:
        snprintf(buf, size, "%d %s %s %02d:%02d", d->day, month_abbr[(d->month + 11) % 12],
                 ys, d->hour, d->minute);
        break;
    }
    return buf;
}

/* First day covered, as a day number (with the time of day as a fraction). */
double dl_date_first_day(const dl_date *d)
{
    switch (d->prec) {
    case DL_PREC_NONE:
    case DL_PREC_CENTURY:
    case DL_PREC_DECADE:
    case DL_PREC_YEAR:
        return (double)dl_days_from_civil(d->year, 1, 1);
    case DL_PREC_SEASON: {
        /* spring Mar, summer Jun, autumn Sep, winter Dec */
        int m = 3 * d->part;
        return (double)dl_days_from_civil(d->year, m, 1);
    }
    case DL_PREC_QUARTER:
        return (double)dl_days_from_civil(d->year, 3 * (d->part - 1) + 1, 1);
    case DL_PREC_MONTH:
        return (double)dl_days_from_civil(d->year, d->month, 1);
    case DL_PREC_WEEK:
        return (double)dl_iso_week_monday(d->year, d->part);
    case DL_PREC_DAY:
        return (double)dl_days_from_civil(d->year, d->month, d->day);
    case DL_PREC_MINUTE:
        return (double)dl_days_from_civil(d->year, d->month, d->day) +
               (d->hour * 60 + d->minute) / 1440.0;
    }
    return 0;
}

/* Last instant covered (exclusive end), as a day number. */
double dl_date_last_day(const dl_date *d)
{
    double a = dl_date_first_day(d);
    switch (d->prec) {
    case DL_PREC_NONE: return a;
    case DL_PREC_CENTURY: return (double)dl_days_from_civil(d->year + 100, 1, 1);
    case DL_PREC_DECADE: return (double)dl_days_from_civil(d->year + 10, 1, 1);
    case DL_PREC_YEAR: return (double)dl_days_from_civil(d->year + 1, 1, 1);
    case DL_PREC_SEASON: return a + 91;
    case DL_PREC_QUARTER: {
        dl_date q = *d;
        q.prec = DL_PREC_MONTH;
        q.month = 3 * (d->part - 1) + 1;
        q = dl_date_add_months(q, 3);
        return (double)dl_days_from_civil(q.year, q.month, 1);
    }
    case DL_PREC_MONTH: {
        dl_date n = dl_date_add_months(*d, 1);
        return (double)dl_days_from_civil(n.year, n.month, 1);
    }
    case DL_PREC_WEEK: return a + 7;
    case DL_PREC_DAY: return a + 1;
    case DL_PREC_MINUTE: return a + 1.0 / 1440;
    }
    return a;
}

/* Earlier first; for the same start, coarser precision first. */
int dl_date_cmp(const dl_date *a, const dl_date *b)
{
    double x = dl_date_first_day(a), y = dl_date_first_day(b);
    if (x != y)
        return x < y ? -1 : 1;
    if (a->prec != b->prec)
        return a->prec < b->prec ? -1 : 1;
    return 0;
}

/* Shift by n units of the date's own precision. */
dl_date dl_date_add_days(dl_date d, long n)
{
    if (d.prec == DL_PREC_DAY || d.prec == DL_PREC_MINUTE) {
        long z = dl_days_from_civil(d.year, d.month, d.day) + n;
        dl_civil_from_days(z, &d.year, &d.month, &d.day);
    } else if (d.prec == DL_PREC_WEEK) {
        long z = dl_iso_week_monday(d.year, d.part) + 7 * n;
        int y, m, dd;
        dl_civil_from_days(z, &y, &m, &dd);
        d.part = dl_iso_week(y, m, dd, &d.year);
    }
    return d;
}

/* Shift by n months; a day is clamped to the target month's length. */
dl_date dl_date_add_months(dl_date d, long n)
{
    long idx = (long)d.year * 12 + (d.month - 1) + n;
    d.year = (int)floordiv(idx, 12);
    d.month = (int)(idx - (long)d.year * 12) + 1;
    if (d.prec >= DL_PREC_DAY) {
        int len = dl_days_in_month(d.year, d.month);
        if (d.day > len)
            d.day = len;
    }
    return d;
}

/* Shift by n years (29 February becomes 28 February when needed). */
dl_date dl_date_add_years(dl_date d, long n)
{
    d.year += (int)n;
    if (d.prec >= DL_PREC_DAY && d.month == 2 && d.day == 29 && !dl_is_leap(d.year))
        d.day = 28;
    return d;
}

/* Keep only what a coarser precision holds. */
dl_date dl_date_truncate(dl_date d, dl_prec p)
{
    dl_date r = { 0 };
    r.prec = p;
    switch (p) {
    case DL_PREC_NONE: break;
    case DL_PREC_CENTURY: r.year = (int)floordiv(d.year, 100) * 100; break;
    case DL_PREC_DECADE: r.year = (int)floordiv(d.year, 10) * 10; break;
    case DL_PREC_YEAR: r.year = d.year; break;
    case DL_PREC_SEASON:
        r.year = d.year;
        r.part = d.month == 12 ? 4 : (d.month <= 2 ? 4 : d.month / 3);
        if (d.month <= 2) r.year--;
        break;
    case DL_PREC_QUARTER: r.year = d.year; r.part = (d.month - 1) / 3 + 1; break;
    case DL_PREC_MONTH: r.year = d.year; r.month = d.month; break;
    case DL_PREC_WEEK:
        r.part = dl_iso_week(d.year, d.month, d.day, &r.year);
        break;
    case DL_PREC_DAY: r.year = d.year; r.month = d.month; r.day = d.day; break;
    case DL_PREC_MINUTE: r = d; break;
    }
    return r;
}
