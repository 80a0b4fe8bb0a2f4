/*
 * dateline.h - the one public header of libdateline.
 *
 * dateline turns news text into timeline charts.  The pipeline, in the
 * order a caller drives it:
 *
 *   text --dl_extract()--> event list <--dl_csv_read()-- CSV rows
 *   event list --dl_layout_new()--> layout (pure geometry, no Cairo)
 *   layout --dl_render()--> a caller's cairo_t, or dl_write() --> PNG/SVG/PDF
 *   event list --dl_dump_csv()/dl_dump_json()--> text
 *
 * Conventions:
 *  - Every function that can fail returns 0 on success and -1 on failure,
 *    filling a caller-provided dl_error (which may be NULL).  The library
 *    never prints and never exits; the CLI in main.c does both.
 *  - Strings passed in are copied; strings returned are owned by the
 *    object they came from unless the comment says "caller frees".
 *  - Every *_free function accepts NULL.
 */
#ifndef DATELINE_H
#define DATELINE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DL_VERSION "0.1.0"

/* ---- errors ---------------------------------------------------------- */

/* Where and what went wrong.  line/col are 1-based; 0 means "not known". */
typedef struct dl_error {
    char file[256];
    int line, col;
    char msg[256];
} dl_error;

/* ---- dates ----------------------------------------------------------- */

/* How much of a date is known.  Ordered from coarsest to finest. */
typedef enum dl_prec {
    DL_PREC_NONE = 0, /* unknown / unresolved */
    DL_PREC_CENTURY,  /* year holds the first year: 1900 for "the 20th century" */
    DL_PREC_DECADE,   /* year holds the first year: 1970 for "the 1970s" */
    DL_PREC_YEAR,
    DL_PREC_SEASON,   /* part: 1 spring, 2 summer, 3 autumn, 4 winter */
    DL_PREC_QUARTER,  /* part: 1-4 */
    DL_PREC_MONTH,
    DL_PREC_WEEK,     /* ISO week: year = ISO year, part = week number */
    DL_PREC_DAY,
    DL_PREC_MINUTE
} dl_prec;

/* A partial calendar date (proleptic Gregorian; year 0 is 1 BCE). */
typedef struct dl_date {
    int year;
    int month;  /* 1-12 when prec >= MONTH (except WEEK), else 0 */
    int day;    /* 1-31 when prec >= DAY, else 0 */
    int hour;   /* 0-23 when prec == MINUTE */
    int minute; /* 0-59 when prec == MINUTE */
    int part;   /* season / quarter / ISO week number, see dl_prec */
    dl_prec prec;
} dl_date;

/* Parse "YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" (an optional
 * leading '-' for BCE years).  Checks the calendar: 2023-02-29 fails.
 * On failure returns -1, *errcol is the 1-based column of the bad part. */
int dl_date_parse(const char *s, dl_date *out, int *errcol);

/* Write the date at its own precision in ISO form ("2014", "2025-11",
 * "2026-01-06", "2026-01-06T14:30").  buf needs 32 bytes.  Returns buf. */
char *dl_date_iso(const dl_date *d, char *buf, size_t size);

/* Write the date for a reader: "2014", "Nov 2025", "6 Jan 2026",
 * "6 Jan 2026 14:30", "1970s", "Q1 2013", "Summer 2012", "Week 11, 2013". */
char *dl_date_human(const dl_date *d, char *buf, size_t size);

/* -1, 0, 1: earlier start first, then coarser precision first. */
int dl_date_cmp(const dl_date *a, const dl_date *b);

/* The first and the last instant covered by the date, in days since
 * 1970-01-01 (fractional for times).  Used for ordering and layout. */
double dl_date_first_day(const dl_date *d);
double dl_date_last_day(const dl_date *d);

/* ---- events ----------------------------------------------------------- */

typedef struct dl_event {
    dl_date start;
    dl_date end;        /* end.prec == DL_PREC_NONE: a point event */
    char *label;        /* short headline, never NULL */
    char *text;         /* the source sentence or CSV text; may be "" */
    char *group;        /* lane name; may be "" */
    char *source;       /* provenance, e.g. "article.txt:1043-1187"; may be "" */
    char *url;          /* may be "" */
    uint32_t color;     /* 0xRRGGBB when has_color */
    int has_color;
    int from_csv;       /* events the user keeps are never dropped */
    double weight;      /* importance: mentions and prominence */
    /* how the label was made, for merging mentions (0 for CSV events) */
    int label_class;    /* kind of happening (see label.h), 0 unknown */
    int label_score;    /* how informative the label is; higher wins */
    char label_head[40];/* the event word ("invasion"), "" unknown */
} dl_event;

/* An ordered, growable list of events.  Owns every string in it. */
typedef struct dl_events {
    dl_event *v;
    size_t n, cap;
} dl_events;

void dl_events_init(dl_events *l);
/* Append a copy of *e (strings copied; NULL strings become "").  Returns
 * the new event, or NULL when out of memory. */
dl_event *dl_events_add(dl_events *l, const dl_event *e);
/* Sort by start date (stable: equal dates keep their order). */
void dl_events_sort(dl_events *l);
void dl_events_free(dl_events *l);

/* ---- articles: text -> events ---------------------------------------- */

typedef struct dl_extract_opts {
    const char *name;    /* file name for provenance and messages */
    const dl_date *date; /* article date override (--date), or NULL */
} dl_extract_opts;

/* Find the article's own date (header line, news dateline, standalone date
 * line).  Returns 0 and fills *out when found, -1 when none. */
int dl_article_date(const char *text, size_t len, dl_date *out);

/* Find the dated events in text (UTF-8, checked) and append them to l.
 * *warn (may be NULL) receives a static warning string or NULL, e.g. when
 * there is no article date and relative dates stay unresolved. */
int dl_extract(const char *text, size_t len, const dl_extract_opts *opts,
               dl_events *l, const char **warn, dl_error *err);

/* Merge events that describe the same happening on the same date; keeps
 * the most informative label and sums weights.  Sorts the list. */
void dl_events_merge(dl_events *l);

/* TimeML (the TempEval-3 task A interface): read a TimeML document (DCT +
 * TEXT), tag TEXT with TIMEX3 elements, return the document with the tags
 * added and every other byte unchanged.  Caller frees; NULL with err
 * filled on bad input (name is used in messages). */
char *dl_timeml(const char *doc, size_t len, const char *name, size_t *outlen,
                dl_error *err);

/* ---- CSV in, CSV / JSON out ------------------------------------------ */

/* Read an events CSV (header row required; columns date, end, label,
 * text, group, color, source, url matched case-insensitively, any order).
 * name is used in error messages.  *warn (may be NULL) receives a
 * warning, e.g. naming unknown columns; it points into err->msg when err
 * is given (valid until err is used again), else to a static string.
 * TimelineJS template and ACLED export headers are recognised too. */
int dl_csv_read(const char *data, size_t len, const char *name,
                dl_events *l, const char **warn, dl_error *err);

/* Write the list as CSV (date,end,label,text,group,color,source) or as a
 * JSON array of objects with the same keys.  Returns a malloc'd,
 * NUL-terminated string the caller frees, *len its length; NULL on OOM. */
char *dl_dump_csv(const dl_events *l, size_t *len);
char *dl_dump_json(const dl_events *l, size_t *len);
/* The TimelineJS JSON format ({"events": [...]}), for publishing there. */
char *dl_dump_timelinejs(const dl_events *l, size_t *len);

/* ---- chart: options, layout, rendering ------------------------------- */

typedef enum dl_format {
    DL_FMT_NONE = 0, DL_FMT_PNG, DL_FMT_SVG, DL_FMT_PDF,
    DL_FMT_CSV, DL_FMT_JSON, DL_FMT_LAYOUT_JSON, DL_FMT_TIMELINEJS
} dl_format;

typedef struct dl_chart_opts {
    const char *title;     /* NULL: no title */
    const char *subtitle;  /* NULL: none */
    const char *credit;    /* "Source: ..." line, NULL: none */
    double width;          /* in px (1/96 in); 0: default */
    double height;         /* 0: as tall as the content needs */
    int linear;            /* 1: strictly proportional axis, no breaks */
    const char *theme;     /* "light" (NULL: the default), "dark" or "print" */
    int transparent;       /* 1: no background fill (PNG and SVG; PDF too) */
    double dpi;            /* PNG resolution; 0: 96 (1 px = 1 pixel) */
    const char *layout;    /* "horizontal" (NULL: the default) or "vertical" */
    const char *unit;      /* SVG width/height unit: "px" (NULL), "pt", "mm",
                              "cm" or "in"; sizes above stay in px */
    const char *groups;    /* lane order, comma-separated group names ("a,b,c");
                              NULL: the order of first appearance */
    int system_fonts;      /* 1: also use the machine's fonts (fontconfig's
                              default configuration) for characters the
                              bundled Noto Sans lacks (CJK, Arabic, Hebrew,
                              ...); output then depends on the machine.
                              0: bundled fonts only, reproducible; missing
                              characters are named by dl_layout_warning */
} dl_chart_opts;

/* Opaque computed geometry of a chart. */
typedef struct dl_layout dl_layout;

/* Lay out the events (already sorted) for the given options.  Text is
 * measured with the bundled fonts.  Returns NULL and fills err on failure.
 * The layout keeps pointers into l: keep l alive while using it. */
dl_layout *dl_layout_new(const dl_events *l, const dl_chart_opts *o, dl_error *err);
void dl_layout_size(const dl_layout *lay, double *width, double *height);
/* A warning about the layout (characters the bundled fonts lack, events
 * shown only as counts), or NULL.  Owned by the layout. */
const char *dl_layout_warning(const dl_layout *lay);
/* The geometry as JSON (canvas size and every box with its kind and event
 * index).  Caller frees. */
char *dl_layout_json(const dl_layout *lay, size_t *len);
void dl_layout_free(dl_layout *lay);

/* Draw into a caller's cairo_t (passed as void* so this header does not
 * need cairo.h), with the chart's top-left corner at the current origin
 * and scale.  Returns -1 if cairo reports an error. */
int dl_render(const dl_layout *lay, void *cairo_cr, dl_error *err);

/* Render to a file (PNG, SVG or PDF, written to a temporary file in the
 * same directory and renamed into place only on success) or, when path is
 * "-", to stdout. */
int dl_write(const dl_layout *lay, dl_format fmt, const char *path, dl_error *err);

/* Write bytes to path atomically (temporary file + rename), or to stdout
 * when path is "-".  Used for CSV / JSON output too. */
int dl_write_bytes(const char *path, const char *data, size_t len, dl_error *err);

/* Release process-wide font resources (for leak checkers).  Optional. */
void dl_shutdown(void);

#ifdef __cplusplus
}
#endif
#endif
