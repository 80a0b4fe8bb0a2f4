/*
 * date.h - calendar arithmetic on partial dates (internal).
 * Proleptic Gregorian calendar, astronomical years (0 = 1 BCE).
 */
#ifndef DL_DATE_H
#define DL_DATE_H

#include "dateline.h"

/* Days since 1970-01-01 of y-m-d (any y; m 1-12; d 1-31). */
long dl_days_from_civil(long y, int m, int d);
/* Inverse of dl_days_from_civil. */
void dl_civil_from_days(long days, int *y, int *m, int *d);
int dl_is_leap(long y);
int dl_days_in_month(long y, int m);
/* 0 = Monday ... 6 = Sunday. */
int dl_weekday(long y, int m, int d);
/* ISO 8601 week of y-m-d: *wy = ISO year, returns the week number 1-53. */
int dl_iso_week(long y, int m, int d, int *wy);
/* Monday of ISO week w of ISO year wy, as days since the epoch. */
long dl_iso_week_monday(long wy, int w);

/* Constructors: a date at the given precision. */
dl_date dl_date_year(int y);
dl_date dl_date_month(int y, int m);
dl_date dl_date_day(int y, int m, int d);
/* Check that fields are in range for the precision (2023-02-29 fails). */
int dl_date_valid(const dl_date *d);

/* Shift a date by n units of its own kind, keeping its precision:
 * days (DAY), ISO weeks (WEEK), months (MONTH), quarters, years...
 * A DAY date can be shifted by months with dl_date_add_months (the day is
 * clamped to the month's length). */
dl_date dl_date_add_days(dl_date d, long n);
dl_date dl_date_add_months(dl_date d, long n);
dl_date dl_date_add_years(dl_date d, long n);
/* Reduce a date to a coarser precision (DAY -> MONTH keeps y-m). */
dl_date dl_date_truncate(dl_date d, dl_prec p);

#endif
