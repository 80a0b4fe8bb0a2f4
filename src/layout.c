/*
 * layout.c - from a sorted event list to chart geometry.
 *
 * Architecture.  The chart is a horizontal timeline read top to bottom:
 *
 *     title / subtitle                       (header)
 *     LANE LABEL                             (only when groups make lanes)
 *     label rows ... row 2, row 1, row 0      (point-event labels, "flags")
 *     ----o------o--o--------//---o----->     (lane line / axis, markers,
 *        2014   2015      ...  2022           break marks, ticks, tick labels)
 *     [=====span bar=====]                   (span band: events with an end)
 *     Span caption 2014 - 2018
 *     +N more events ... / credit line        (footer)
 *
 * The work happens in passes, each a small function over plain arrays:
 *
 *  1. collect: every event becomes a point (marker at its first day) or a
 *     span (first day of start to last day of end); each point's label
 *     block (bold headline wrapped to a maximum width, date below) is
 *     measured once through the dl_measurer.
 *  2. segments: the occupied time intervals are merged (a "2014" occupies
 *     all of 2014); while a linear axis would crush neighbouring markers
 *     together, the empty gap that is the largest share of the crushed
 *     segment is cut out (an axis break), and each segment gets its own
 *     proportional scale and ticks.  Segment widths follow the number of
 *     events they hold.  The last segment leaves room on the right for the
 *     labels of the last events, so no label leaves the canvas.
 *  3. ticks: per segment, the finest natural step (days, weeks, months,
 *     quarters, years, decades, centuries, ...) whose labels fit; a
 *     segment holding one date gets one tick at that date, labelled with
 *     its period no finer than a month ("May 2014"), and a segment whose
 *     tick labels all miss its events gets its period instead ("Feb 2025").
 *  4. lanes and placement: the group column splits points into lanes,
 *     ordered as dl_chart_opts.groups names them, then by first
 *     appearance in the event list (make_lanes says what that means).  In
 *     a lane, events whose markers lie close together form one group with
 *     one stem and a stacked block.  Groups are placed right to left in
 *     rows above the lane line; a box starts at its stem and runs right, so
 *     a group must sit above every group whose stem lies under its box (a
 *     staircase).  That needs only the leftmost box of each row: placement
 *     is O(groups x rows).  When the rows run out, the least important
 *     group in the way (lowest weight, never from the CSV) gives way and is
 *     counted in a "+N more" note.  Because a dense run of flags climbs
 *     without end, placement is tried with wider groups too (up to one
 *     listed block per label width) and the shortest result is kept,
 *     preferring plain flags.
 *     With more than ESTIMATE_PTS points or dense CSV input, labels are
 *     placed at upper-bound sizes and only those shown are measured
 *     (measure_shown), so 100,000 events shape a few hundred labels.
 *  5. spans: first-fit interval packing into bar rows below the axis.
 *  6. assembly: rows get their heights, lanes and the axis their y, and
 *     items are emitted into the display list in drawing order.  Events
 *     without a label keep a small hollow marker only when nothing is
 *     near; otherwise they become count bars, one per BIN_PX of axis
 *     (emit_hidden), so no marker is drawn over another and the display
 *     list stays small however many events there are.
 *
 * The vertical layout (assemble_vertical) shares passes 1-3; its blocks
 * stack in one column beside the axis, each event with its own leader
 * unless the column would pass the page limit, in which case nearby
 * events are grouped ever more widely until it fits.
 */
#include "layout.h"
#include "output.h"
#include "date.h"

#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- constants (px) ---------------------------------------------------- */

#define MARGIN_X 40.0       /* left and right canvas margins (less when narrow) */
#define MARGIN_TOP 30.0
#define MARGIN_BOTTOM 24.0
#define TITLE_GAP 6.0       /* title to subtitle */
#define HEADER_GAP 30.0     /* header to the first label row */
#define AXIS_GAP 16.0       /* row 0 to the axis */
#define ROW_GAP 12.0        /* between label rows */
#define LABEL_GAP 14.0      /* between boxes in one row */
#define STEM_PAD 7.0        /* stem to text */
#define NEAR_PX 6.0         /* markers closer than this share a stem */
#define DATE_GAP 1.0        /* headline to date line */
#define ENTRY_GAP 8.0       /* entries of one group block */
#define MARKER_R 5.0
#define TICK_LEN 6.0
#define TICK_TEXT_GAP 4.0
#define TICK_MIN_PX 100.0   /* minimum distance between ticks */
#define BREAK_W 30.0        /* gap in the axis at a break */
#define SEG_PAD 18.0        /* segment end to its first / last marker */
#define SEG_MIN_W 110.0
#define SPAN_TOP_GAP 26.0   /* tick labels to the span band */
#define SPAN_BAR_H 12.0
#define SPAN_ROW_GAP 12.0
#define FOOT_GAP 24.0
#define GROUP_MAX 4         /* entries shown in one group block */
#define HEADLINE_LINES 3
#define CRUSH_PX 60.0       /* neighbours closer than this are crushed */
#define BREAK_MIN_FRAC 0.2  /* a break cuts at least this share of the span */
#define MAX_BREAKS 4
#define DEFAULT_ROWS 8      /* label rows before labels give way */
#define SPAN_MAX_ROWS 40
#define HIDDEN_COST 8.0     /* px a hidden label is worth when choosing */
#define MAX_LANES 8         /* more groups than this: one lane, no colours */
#define LANE_GAP 26.0       /* one lane's line to the next lane's label */
#define LANE_TITLE_GAP 8.0  /* lane label to its first row */

const dl_role_font dl_role_fonts[DL_ROLE_COUNT] = {
    [DL_ROLE_TITLE] = {26.0, 1},
    [DL_ROLE_SUBTITLE] = {16.0, 0},
    [DL_ROLE_CREDIT] = {12.0, 0},
    [DL_ROLE_NOTE] = {12.0, 0},
    [DL_ROLE_LABEL] = {14.0, 1},
    [DL_ROLE_DATE] = {12.5, 0},
    [DL_ROLE_MORE] = {12.0, 0},
    [DL_ROLE_TICK] = {12.0, 0},
    [DL_ROLE_SPAN_LABEL] = {13.0, 1},
    [DL_ROLE_SPAN_DATE] = {12.0, 0},
    [DL_ROLE_LANE] = {13.0, 1},
};

const char *const dl_kind_names[DL_K_COUNT] = {
    [DL_K_TITLE] = "title", [DL_K_SUBTITLE] = "subtitle",
    [DL_K_CREDIT] = "credit", [DL_K_NOTE] = "note",
    [DL_K_LABEL] = "label", [DL_K_DATE] = "date", [DL_K_MORE] = "more",
    [DL_K_TICK_LABEL] = "tick-label", [DL_K_SPAN_LABEL] = "span-label",
    [DL_K_SPAN_DATE] = "span-date", [DL_K_MARKER] = "marker",
    [DL_K_AXIS] = "axis", [DL_K_TICK] = "tick", [DL_K_STEM] = "stem",
    [DL_K_BREAK] = "break", [DL_K_SPAN] = "span", [DL_K_LANE] = "lane-label",
    [DL_K_LANE_LINE] = "lane-line",
};

/* Lane colours: distinct for colour-blind readers (after Okabe and Ito,
 * darkened for text on white) and in different grey values. */
static const uint32_t lane_colors[] = {
    0x2F5D8A, 0xC0661A, 0x2E8B6A, 0xA8457A, 0x7A6B1F, 0x5B6470,
};

static const char *const month_abbr[12] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun",
    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
};

/* ---- working state ------------------------------------------------------ */

/* A point event: a marker and (maybe) a label. */
typedef struct pt {
    size_t ev;
    double t;            /* first day */
    double unit;         /* length of its precision in days */
    int seg;
    double x;
    double hw, hh;       /* headline size */
    double dw, dh;       /* date size */
    char date[64];
    int shown;           /* label drawn */
    int span;            /* vertical layout: a span shown as a labelled bar */
    double t1;           /* its end, days */
    int bar_col;         /* its bar's column beside the axis */
    int est;             /* sizes above are upper bounds, not measured yet */
} pt;

/* Points that share one stem and one stacked label block. */
typedef struct group {
    size_t first, n;     /* range in the point array */
    double x, w, h;      /* stem x and block size */
    int csv;             /* holds a CSV event: never dropped */
    double weight;       /* the largest member weight */
    size_t more;         /* members not listed in the block */
    char more_text[40];
    double mw, mh;
    int row;             /* -1: dropped */
    double top;          /* block top, after assembly */
    int flip;            /* block hangs left of the stem (right edge) */
    double bx;           /* the block's left edge, px */
} group;

/* An event with an end date. */
typedef struct span {
    size_t ev;
    double t0, t1;
    double x0, x1;       /* bar */
    double cx, cw, ch;   /* caption left, width, height */
    double lw, lh, dw, dh;
    char date[140];
    int row;             /* -1: dropped */
} span;

/* A stretch of the axis with its own linear scale. */
typedef struct seg {
    double a, b;         /* content range, days */
    double unit;         /* finest event precision inside, days */
    size_t n;            /* events inside */
    double X0, X1;       /* axis extent, px */
    double cx0, cx1;     /* where a..b map to, px */
    double lo, hi;       /* domain shown by the axis extent, days */
    int single;          /* all events on one day: one tick, at that day */
    double t0;           /* that day */
    double a0, b0;       /* content range before widening, days */
} seg;

/* An occupied time interval. */
typedef struct ival {
    double a, b;
    double unit;
    size_t n;
} ival;

/* A lane: the points of one group, with their own label rows above their
 * own line.  The last lane's line is the time axis. */
typedef struct lane {
    const char *name;    /* the group; "" for events without one */
    uint32_t color;
    pt *pts; size_t npts;
    group *grps; size_t ngrps;
    size_t nrows;        /* label rows used */
    double tw, th;       /* lane label size (0 when there is one lane) */
    double depth;        /* line to the top of its highest block, px */
} lane;

/* Everything one layout run needs. */
typedef struct ctx {
    const dl_events *l;
    const dl_chart_opts *o;
    const dl_measurer *m;
    dl_error *err;
    dl_layout *lay;
    double W;
    double mx;           /* left and right margin */
    double wrap;         /* headline wrap width */
    pt *pts; size_t npts;
    span *spans; size_t nspans;
    ival *iv; size_t niv;
    unsigned char *cut;  /* per gap between intervals: 1 = axis break */
    seg *segs; size_t nsegs;
    group *grps; size_t ngrps;
    double reserve;      /* right-hand room for the last labels */
    double more_w;       /* width of a typical "+N more" line */
    pt *all; size_t nall;/* every point; pts/grps above point into a lane */
    pt *lanebuf;         /* the points again, lane after lane (horizontal) */
    lane *lanes; size_t nlanes;
    double crush_t;      /* where neighbouring points are closest */
    int vertical;        /* time runs down the page */
    double axis_len;     /* vertical: length of the axis, px */
    double vy0;          /* vertical: y of the axis' start */
    int flip;            /* blocks at the right edge may hang left of their
                            stems, so no room is kept for them */
    double extra;        /* with flip: right-hand room kept all the same */
    int dense;           /* more CSV events than can be labelled: they may
                            give way to counts like the others */
    int estimate;        /* so many points that labels are sized by upper
                            bounds first and measured only when shown */
    double est_hh, est_dw, est_dh;
    size_t maxn;         /* the largest count bar's count */
} ctx;

/* Above this many points (or with dense CSV input), label sizes start as
 * upper bounds (a full wrap width, HEADLINE_LINES lines) and only the
 * labels placed get measured (measure_shown): shaping 100,000 labels of
 * which a few hundred are shown would take most of the run. */
#define ESTIMATE_PTS 1000

/* Above this many point events from CSV, CSV events are no longer all
 * labelled: the chart aggregates them into "+N more" counts and markers
 * rather than grow past any page (issue: 100,000 events stay readable). */
#define DENSE_CSV 200
#define DENSE_ROWS 3    /* label rows per lane then */
#define VDENSE_H 8000.0 /* vertical layout: height a dense chart keeps to */

/* ---- small helpers ------------------------------------------------------ */

/* Fill err with a message (no file position). */
static void set_err(dl_error *err, const char *msg)
{
    if (!err)
        return;
    memset(err, 0, sizeof *err);
    snprintf(err->msg, sizeof err->msg, "%s", msg);
}

#define MAX_TEXT 600  /* bytes of any one text drawn; longer is cut with "..." */

/* text, or a copy in buf cut at a character boundary to MAX_TEXT bytes
 * with an ellipsis (no text on a chart is read past a few lines, and
 * megabyte paragraphs defeat the text shaper). */
static const char *clip_text(const char *text, char buf[MAX_TEXT + 4])
{
    size_t n = strlen(text);
    if (n <= MAX_TEXT)
        return text;
    n = MAX_TEXT;
    while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
        n--;                         /* do not split a UTF-8 sequence */
    memcpy(buf, text, n);
    memcpy(buf + n, "\xe2\x80\xa6", 4); /* U+2026 and the NUL */
    return buf;
}

/* Measure text in a role; -1 with err filled on failure. */
static int measure(ctx *c, dl_role role, const char *text, double wrap,
                   int lines, double *w, double *h)
{
    char buf[MAX_TEXT + 4];
    *w = *h = 0;
    if (!text || !*text)
        return 0;
    text = clip_text(text, buf);
    if (c->m->measure(c->m->ctx, role, text, wrap, lines, w, h) != 0) {
        set_err(c->err, "cannot measure text");
        return -1;
    }
    return 0;
}

/* Floor division and modulo for possibly negative values. */
static long floor_div(long a, long b)
{
    long q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

/* Length in days of one unit of a precision, for scales and tick steps. */
static double prec_days(dl_prec p)
{
    switch (p) {
    case DL_PREC_CENTURY: return 36524.0;
    case DL_PREC_DECADE: return 3652.0;
    case DL_PREC_YEAR: return 365.0;
    case DL_PREC_SEASON:
    case DL_PREC_QUARTER: return 90.0;
    case DL_PREC_MONTH: return 28.0;
    case DL_PREC_WEEK: return 7.0;
    default: return 1.0;
    }
}

/* Write a year for an axis: "44 BC" for year <= 0, "AD 14" when the axis
 * also shows BC years (the style of dl_date_human). */
static void fmt_year(char *buf, size_t size, long y, int bce_axis)
{
    if (y <= 0)
        snprintf(buf, size, "%ld BC", 1 - y);
    else if (bce_axis)
        snprintf(buf, size, "AD %ld", y);
    else
        snprintf(buf, size, "%ld", y);
}

/* Append an item to the display list; NULL when out of memory. */
static dl_item *add_item(ctx *c, dl_kind kind, dl_shape shape, long ev)
{
    dl_layout *lay = c->lay;
    if (lay->n == lay->cap) {
        size_t nc = lay->cap ? lay->cap * 2 : 64;
        dl_item *v = realloc(lay->items, nc * sizeof *v);
        if (!v) {
            set_err(c->err, "out of memory");
            return NULL;
        }
        lay->items = v;
        lay->cap = nc;
    }
    dl_item *it = &lay->items[lay->n++];
    memset(it, 0, sizeof *it);
    it->kind = kind;
    it->shape = shape;
    it->ev = ev;
    return it;
}

/* Add a text item with its top-left corner at (x, y) and a known size. */
static int add_text(ctx *c, dl_kind kind, long ev, dl_role role,
                    const char *text, double x, double y, double w, double h,
                    double wrap, int lines)
{
    dl_item *it = add_item(c, kind, DL_SHAPE_TEXT, ev);
    if (!it)
        return -1;
    char buf[MAX_TEXT + 4];
    it->text = strdup(clip_text(text ? text : "", buf));
    if (!it->text) {
        c->lay->n--;
        set_err(c->err, "out of memory");
        return -1;
    }
    it->role = role;
    it->x = x; it->y = y; it->w = w; it->h = h;
    it->wrap = wrap;
    it->max_lines = lines;
    return 0;
}

/* Add a straight stroke; its box is the bounding box of the end points. */
static int add_line(ctx *c, dl_kind kind, long ev, double x0, double y0,
                    double x1, double y1)
{
    dl_item *it = add_item(c, kind, DL_SHAPE_LINE, ev);
    if (!it)
        return -1;
    it->x0 = x0; it->y0 = y0; it->x1 = x1; it->y1 = y1;
    it->x = fmin(x0, x1); it->y = fmin(y0, y1);
    it->w = fabs(x1 - x0); it->h = fabs(y1 - y0);
    return 0;
}

/* The colour of an event, if it has one, onto an item. */
static void set_color(ctx *c, dl_item *it, size_t ev)
{
    const dl_event *e = &c->l->v[ev];
    if (e->has_color) {
        it->color = e->color & 0xFFFFFFu;
        it->has_color = 1;
    }
}

/* ---- pass 1: collect ----------------------------------------------------- */

/* Order points by time, then by event index (a stable sort). */
static int cmp_pt(const void *a, const void *b)
{
    const pt *p = a, *q = b;
    if (p->t != q->t)
        return p->t < q->t ? -1 : 1;
    return (p->ev > q->ev) - (p->ev < q->ev);
}

/* Order spans by start, then by end, then by index. */
static int cmp_span(const void *a, const void *b)
{
    const span *p = a, *q = b;
    if (p->t0 != q->t0)
        return p->t0 < q->t0 ? -1 : 1;
    if (p->t1 != q->t1)
        return p->t1 < q->t1 ? -1 : 1;
    return (p->ev > q->ev) - (p->ev < q->ev);
}

/* Headline wrap width: narrower when many labels compete for room. */
static double pick_wrap(size_t npts)
{
    if (npts <= 8)
        return 230.0;
    if (npts <= 25)
        return 190.0;
    return 150.0;
}

/* Vertical layout: x of the axis (after the tick labels on its left). */
static double vertical_axis_x(const ctx *c)
{
    return c->mx + 78.0;
}

/* Vertical layout: x where label text starts (after leaders and bars). */
static double vertical_text_x(const ctx *c)
{
    return vertical_axis_x(c) + 46.0;
}

/* Split events into points and spans; measure every point label. */
static int collect(ctx *c)
{
    const dl_events *l = c->l;
    size_t nsp = 0;                  /* spans (horizontal), counted first */
    for (size_t i = 0; i < l->n && !c->vertical; i++)
        nsp += l->v[i].end.prec != DL_PREC_NONE;
    c->pts = calloc(l->n ? l->n : 1, sizeof *c->pts);
    c->spans = calloc(nsp ? nsp : 1, sizeof *c->spans);
    if (!c->pts || !c->spans) {
        set_err(c->err, "out of memory");
        return -1;
    }
    for (size_t i = 0; i < l->n; i++) {
        const dl_event *e = &l->v[i];
        if (e->start.prec == DL_PREC_NONE)
            continue;
        double t0 = dl_date_first_day(&e->start);
        if (!isfinite(t0))
            continue;
        double t1 = e->end.prec != DL_PREC_NONE ? dl_date_last_day(&e->end) : t0;
        if (isfinite(t1) && t1 > t0 && c->vertical) {
            pt *p = &c->pts[c->npts++];
            p->ev = i; p->t = t0; p->t1 = t1; p->span = 1;
            p->unit = fmin(prec_days(e->start.prec), prec_days(e->end.prec));
        } else if (isfinite(t1) && t1 > t0) {
            span *s = &c->spans[c->nspans++];
            s->ev = i; s->t0 = t0; s->t1 = t1;
        } else {
            pt *p = &c->pts[c->npts++];
            p->ev = i; p->t = t0;
            p->unit = prec_days(e->start.prec);
        }
    }
    qsort(c->pts, c->npts, sizeof *c->pts, cmp_pt);
    qsort(c->spans, c->nspans, sizeof *c->spans, cmp_span);
    c->wrap = fmin(pick_wrap(c->npts), (c->W - 2 * c->mx) / 2.5);
    if (c->vertical)
        c->wrap = fmin(360.0, c->W - c->mx - vertical_text_x(c));
    c->estimate = c->npts > ESTIMATE_PTS || c->dense;
    if (c->estimate) {
        double w, h, w2, h2;
        if (measure(c, DL_ROLE_LABEL, "Mmmmmmm Wwwwww Mmmmm Wwwwwww Mmmmmm Wwwww Mmmmmmm Wwwwww "
                    "Mmmmm Wwwwwww Mmmmmm Wwwww Mmmmmmm Wwwwww Mmmmm Wwwwwww", c->wrap,
                    HEADLINE_LINES, &w, &c->est_hh) ||
            measure(c, DL_ROLE_DATE, "Week 88, 8888 BC 88:88", 0, 1, &w, &h) ||
            measure(c, DL_ROLE_DATE, "88 Sep 8888 BC 88:88", 0, 1, &w2, &h2))
            return -1;
        c->est_dw = 1.15 * fmax(w, w2);
        c->est_dh = 1.15 * fmax(h, h2);
    }
    for (size_t i = 0; i < c->npts; i++) {
        pt *p = &c->pts[i];
        const dl_event *e = &l->v[p->ev];
        if (c->estimate && !p->span) {
            p->est = 1;
            p->hw = e->label[0] ? c->wrap : 0;
            p->hh = e->label[0] ? c->est_hh : 0;
            p->dw = c->est_dw;
            p->dh = c->est_dh;
            continue;
        }
        dl_date_human(&e->start, p->date, sizeof p->date);
        if (p->span) {
            char a[64], b[64];
            dl_date_human(&e->start, a, sizeof a);
            dl_date_human(&e->end, b, sizeof b);
            snprintf(p->date, sizeof p->date, "%.28s \xe2\x80\x93 %.28s", a, b);
        }
        if (measure(c, DL_ROLE_LABEL, e->label, c->wrap, HEADLINE_LINES, &p->hw, &p->hh) ||
            measure(c, DL_ROLE_DATE, p->date, 0, 1, &p->dw, &p->dh))
            return -1;
    }
    double mh;
    return measure(c, DL_ROLE_MORE, "+9999 more", 0, 1, &c->more_w, &mh);
}

/* Width of a point's label block, stem included. */
static double pt_block_w(const pt *p)
{
    return STEM_PAD + fmax(p->hw, p->dw) + 1.0;
}

/* Height of a point's label entry: headline and date. */
static double pt_block_h(const pt *p)
{
    return p->hh + DATE_GAP + p->dh;
}

/* ---- pass 2: segments and the time-to-x mapping -------------------------- */

/* Order intervals by start. */
static int cmp_ival(const void *a, const void *b)
{
    const ival *p = a, *q = b;
    return (p->a > q->a) - (p->a < q->a);
}

/* Merge the occupied intervals of all points and spans. */
static int make_intervals(ctx *c)
{
    size_t n = c->npts + c->nspans;
    c->iv = calloc(n ? n : 1, sizeof *c->iv);
    c->cut = calloc(n ? n : 1, 1);
    if (!c->iv || !c->cut) {
        set_err(c->err, "out of memory");
        return -1;
    }
    size_t k = 0;
    for (size_t i = 0; i < c->npts; i++) {   /* a year covers the whole year */
        const pt *p = &c->pts[i];
        double end = p->span ? p->t1 : dl_date_last_day(&c->l->v[p->ev].start);
        if (!(end > p->t) || !isfinite(end))
            end = p->t;
        c->iv[k++] = (ival){p->t, end, p->unit, 1};
    }
    for (size_t i = 0; i < c->nspans; i++) {
        const dl_event *e = &c->l->v[c->spans[i].ev];
        double u = fmin(prec_days(e->start.prec), prec_days(e->end.prec));
        c->iv[k++] = (ival){c->spans[i].t0, c->spans[i].t1, u, 1};
    }
    qsort(c->iv, k, sizeof *c->iv, cmp_ival);
    size_t m = 0;
    for (size_t i = 0; i < k; i++) {
        if (m && c->iv[i].a <= c->iv[m - 1].b) {
            ival *p = &c->iv[m - 1];
            p->b = fmax(p->b, c->iv[i].b);
            p->unit = fmin(p->unit, c->iv[i].unit);
            p->n += c->iv[i].n;
        } else {
            c->iv[m++] = c->iv[i];
        }
    }
    c->niv = m;
    return 0;
}

/* Build segments from the intervals and the current cuts. */
static void build_segments(ctx *c)
{
    c->nsegs = 0;
    for (size_t i = 0; i < c->niv; i++) {
        const ival *v = &c->iv[i];
        if (i == 0 || c->cut[i - 1]) {
            c->segs[c->nsegs++] = (seg){.a = v->a, .b = v->b, .unit = v->unit, .n = v->n};
        } else {
            seg *s = &c->segs[c->nsegs - 1];
            s->b = v->b;
            s->unit = fmin(s->unit, v->unit);
            s->n += v->n;
        }
    }
}

/* Give each segment its share of the axis and fix its scale and domain. */
static void place_segments(ctx *c)
{
    double left = c->mx, right = c->vertical ? c->mx + c->axis_len : c->W - c->mx;
    double avail = right - c->reserve - left - (double)(c->nsegs - 1) * BREAK_W;
    double min_w = fmin(SEG_MIN_W, avail / (double)c->nsegs);
    double tot = 0;
    for (size_t i = 0; i < c->nsegs; i++)
        tot += (double)c->segs[i].n + 1.0;
    double extra = avail - min_w * (double)c->nsegs;
    double x = left;
    for (size_t i = 0; i < c->nsegs; i++) {
        seg *s = &c->segs[i];
        double w = min_w + extra * ((double)s->n + 1.0) / tot;
        s->X0 = x;
        s->X1 = x + w;
        double pad = fmin(SEG_PAD, w / 4);
        s->cx0 = x + pad;
        s->cx1 = x + w - pad;
        double a = s->a, b = s->b;
        double need = 2.0 * s->unit;
        s->a0 = a;
        s->b0 = b;
        s->single = b - a <= s->unit * 1.12;   /* one day, month, year ... */
        s->t0 = a;
        if (b - a < need) {          /* one date: show a little time around it */
            double mid = (a + b) / 2;
            a = mid - need / 2;
            b = mid + need / 2;
        }
        double scale = (s->cx1 - s->cx0) / (b - a);
        s->a = a; s->b = b;
        s->lo = a - (s->cx0 - s->X0) / scale;
        s->hi = b + (s->X1 - s->cx1) / scale;
        x += w + BREAK_W;
    }
}

/* Map a day to x in segment s. */
static double seg_x(const seg *s, double t)
{
    if (s->b <= s->a)
        return (s->cx0 + s->cx1) / 2;
    return s->cx0 + (t - s->a) * (s->cx1 - s->cx0) / (s->b - s->a);
}

/* Index of the segment holding day t (the segments are in time order). */
static int seg_of(const ctx *c, double t)
{
    size_t lo = 0, hi = c->nsegs;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (c->segs[mid].a <= t)
            lo = mid;
        else
            hi = mid;
    }
    return (int)lo;
}

/* Position every point and span for the current segments.  Returns the
 * smallest distance between neighbouring distinct point positions. */
static double map_all(ctx *c)
{
    double min_d = INFINITY;
    for (size_t i = 0; i < c->npts; i++) {
        pt *p = &c->pts[i];
        p->seg = seg_of(c, p->t);
        p->x = seg_x(&c->segs[p->seg], p->t);
        if (i && p->t != c->pts[i - 1].t && p->x - c->pts[i - 1].x < min_d) {
            min_d = p->x - c->pts[i - 1].x;
            c->crush_t = p->t;
        }
    }
    for (size_t i = 0; i < c->nspans; i++) {
        span *s = &c->spans[i];
        const seg *g = &c->segs[seg_of(c, s->t0)];
        s->x0 = seg_x(g, s->t0);
        s->x1 = seg_x(g, s->t1);
    }
    return min_d;
}

/* How far the labels would run past the right margin, in px. */
static double overflow(const ctx *c)
{
    double over = -INFINITY;
    for (size_t i = 0; i < c->npts; i++) {
        double w = fmax(pt_block_w(&c->pts[i]), STEM_PAD + c->more_w);
        if (c->flip && c->pts[i].x - w - LABEL_GAP >= c->mx)
            continue;                /* may hang left of its stem */
        over = fmax(over, c->pts[i].x + w - (c->W - c->mx));
    }
    return over;
}

/* Segments, scales and right-hand reserve for the current cuts. */
static double map_with_reserve(ctx *c)
{
    double maxw = STEM_PAD + c->more_w;
    for (size_t i = 0; i < c->npts; i++)
        maxw = fmax(maxw, pt_block_w(&c->pts[i]));
    c->reserve = !c->npts ? 0 : c->flip ? c->extra : pt_block_w(&c->pts[c->npts - 1]) - SEG_PAD;
    if (c->reserve < 0)
        c->reserve = 0;
    double d = 0;
    if (c->vertical) {           /* labels sit beside the axis, not along it */
        c->reserve = 0;
        build_segments(c);
        place_segments(c);
        return map_all(c);
    }
    for (int iter = 0; iter < 6; iter++) {
        build_segments(c);
        place_segments(c);
        d = map_all(c);
        double over = overflow(c);
        if (over <= 0.01)
            return d;
        c->reserve += over + 0.5;
        if (iter >= 4 || c->reserve > maxw)
            c->reserve = maxw;
    }
    return d;
}

/* In the segment holding day crush_t, the empty gap (after interval i)
 * that is the largest share of the segment's span, if that share is at
 * least BREAK_MIN_FRAC; (size_t)-1 when none. */
static size_t best_gap(const ctx *c, double crush_t)
{
    size_t best = (size_t)-1;
    double best_r = BREAK_MIN_FRAC;
    size_t first = 0;                  /* first interval of the current segment */
    while (first < c->niv) {
        size_t last = first;
        while (last + 1 < c->niv && !c->cut[last])
            last++;
        double span = c->iv[last].b - c->iv[first].a;
        int here = crush_t >= c->iv[first].a && crush_t <= c->iv[last].b;
        for (size_t i = first; here && span > 0 && i < last; i++) {
            double r = (c->iv[i + 1].a - c->iv[i].b) / span;
            if (r >= best_r) {
                best_r = r;
                best = i;
            }
        }
        first = last + 1;
    }
    return best;
}

/* Choose axis breaks: while neighbours are crushed, cut the empty gap that
 * is the largest share of the span of the segment where they are. */
static int choose_breaks(ctx *c)
{
    c->segs = calloc(c->niv ? c->niv : 1, sizeof *c->segs);
    if (!c->segs) {
        set_err(c->err, "out of memory");
        return -1;
    }
    if (!c->niv) {
        c->segs[0] = (seg){.a = 0, .b = 0, .unit = 365, .n = 0};
        c->nsegs = 1;
        place_segments(c);
        return 0;
    }
    double usable = c->vertical ? c->axis_len : c->W - 2 * c->mx;
    int max_breaks = (int)fmin(MAX_BREAKS, floor(usable / (c->vertical ? 150.0 : 260.0)));
    for (int nb = 0;; nb++) {
        double d = map_with_reserve(c);
        if (c->o->linear || d >= CRUSH_PX || nb >= max_breaks)
            break;
        size_t g = best_gap(c, c->crush_t);
        if (g == (size_t)-1)
            break;
        c->cut[g] = 1;
    }
    return 0;
}

/* ---- pass 3: ticks --------------------------------------------------------- */

typedef enum { ST_DAY, ST_WEEK, ST_MONTH, ST_YEAR } step_kind;

/* A tick step. */
typedef struct step {
    step_kind kind;
    long n;
    double days;
} step;

/* The i-th natural step, finest first; 0 past the end. */
static int nth_step(int i, step *s)
{
    static const step fixed[] = {
        {ST_DAY, 1, 1}, {ST_DAY, 2, 2}, {ST_WEEK, 1, 7},
        {ST_MONTH, 1, 30.44}, {ST_MONTH, 3, 91.3}, {ST_MONTH, 6, 182.6},
    };
    int nf = (int)(sizeof fixed / sizeof fixed[0]);
    if (i < nf) {
        *s = fixed[i];
        return 1;
    }
    i -= nf;                          /* years: 1 2 5 10 20 50 100 ... */
    if (i > 3 * 8)
        return 0;
    static const long mult[3] = {1, 2, 5};
    long n = mult[i % 3];
    for (int k = 0; k < i / 3; k++)
        n *= 10;
    *s = (step){ST_YEAR, n, 365.2425 * (double)n};
    return 1;
}

/* Day number of civil date parts, as a double. */
static double civil(long y, int m, int d)
{
    return (double)dl_days_from_civil(y, m, d);
}

/* Label of the tick at day t for step s; with_year adds the year. */
static void tick_text(char *buf, size_t size, const step *s, double t,
                      int with_year, int bce_axis)
{
    int y, m, d;
    dl_civil_from_days((long)floor(t), &y, &m, &d);
    char yb[32];
    fmt_year(yb, sizeof yb, y, bce_axis);
    if (s->kind == ST_YEAR)
        snprintf(buf, size, "%s", yb);
    else if (s->kind == ST_MONTH)
        snprintf(buf, size, with_year ? "%s %s" : "%s", month_abbr[m - 1], yb);
    else
        snprintf(buf, size, with_year ? "%d %s %s" : "%d %s", d, month_abbr[m - 1], yb);
}

/* The first year at or after y that is a round multiple of n as a reader
 * counts: AD 10, 20, ... and 10 BC, 20 BC, ... (astronomical year 0 is
 * 1 BC, so 10 BC is year -9). */
static long year_tick(long y, long n)
{
    if (y > 0)
        return (y + n - 1) / n * n;
    long bc = (1 - y) / n * n;
    return bc >= 1 ? 1 - bc : n;
}

/* The first tick at or after day lo for step s. */
static double first_tick(const step *s, double lo)
{
    long dlo = (long)ceil(lo);
    int y, m, d;
    switch (s->kind) {
    case ST_DAY:
        return (double)(dlo + ((s->n - (dlo % s->n)) % s->n + s->n) % s->n);
    case ST_WEEK: {                   /* Mondays: day 4 was 1970-01-05 */
        long r = ((dlo - 4) % 7 + 7) % 7;
        return (double)(r ? dlo + 7 - r : dlo);
    }
    case ST_MONTH: {
        dl_civil_from_days(dlo, &y, &m, &d);
        long mi = (long)y * 12 + (m - 1);
        if (d > 1)
            mi++;
        mi = floor_div(mi + s->n - 1, s->n) * s->n;
        return civil(floor_div(mi, 12), (int)(mi - floor_div(mi, 12) * 12) + 1, 1);
    }
    case ST_YEAR:
    default: {
        dl_civil_from_days(dlo, &y, &m, &d);
        long yy = y;
        if (m > 1 || d > 1)
            yy++;
        return civil(year_tick(yy, s->n), 1, 1);
    }
    }
}

/* The tick after day t for step s. */
static double next_tick(const step *s, double t)
{
    int y, m, d;
    switch (s->kind) {
    case ST_DAY:
        return t + (double)s->n;
    case ST_WEEK:
        return t + 7;
    case ST_MONTH: {
        dl_civil_from_days((long)t, &y, &m, &d);
        long mi = (long)y * 12 + (m - 1) + s->n;
        return civil(floor_div(mi, 12), (int)(mi - floor_div(mi, 12) * 12) + 1, 1);
    }
    case ST_YEAR:
    default:
        dl_civil_from_days((long)t, &y, &m, &d);
        return civil(year_tick((long)y + 1, s->n), 1, 1);
    }
}

/* Pick the finest step whose labels fit the segment's scale. */
static int pick_step(ctx *c, const seg *s, int bce_axis, step *out)
{
    double scale = (s->X1 - s->X0) / (s->hi - s->lo);
    step st;
    for (int i = 0; nth_step(i, &st); i++) {
        if (st.days < 0.9 * fmin(s->unit, 365.0) && st.kind != ST_YEAR)
            continue;
        if (st.kind == ST_YEAR && s->unit > 365 && st.days < 0.9 * s->unit)
            continue;
        char buf[64];
        double w, h;
        if (st.kind == ST_YEAR) {
            long ylo, yhi;
            int m, d, y;
            dl_civil_from_days((long)floor(s->lo), &y, &m, &d);
            ylo = y;
            dl_civil_from_days((long)floor(s->hi), &y, &m, &d);
            yhi = y;
            long wide = labs(ylo) > labs(yhi) ? ylo : yhi;
            fmt_year(buf, sizeof buf, wide, bce_axis);
        } else {
            snprintf(buf, sizeof buf, st.kind == ST_MONTH ? "Sep 2026" : "28 Sep");
        }
        if (measure(c, DL_ROLE_TICK, buf, 0, 1, &w, &h))
            return -1;
        double need = c->vertical ? fmax(44.0, h + 26.0) : fmax(TICK_MIN_PX, w + 40.0);
        if (st.days * scale >= need) {
            *out = st;
            return 0;
        }
    }
    *out = (step){ST_YEAR, 1000000000L, 365.2425e9};
    return 0;
}

/* Emit a tick at axis position pos (px along the axis) with its label
 * when the label fits in the segment's stretch and after the previous
 * label (*last: its far edge).  Returns 1 when the label was placed, 0 when
 * not, -1 on error.  axis is the axis' y (horizontal) or x (vertical). */
static int put_tick(ctx *c, const seg *s, double pos, const char *text, double axis,
                    double *last)
{
    double w, h;
    int first = s == c->segs, final = s == c->segs + c->nsegs - 1;
    if (measure(c, DL_ROLE_TICK, text, 0, 1, &w, &h))
        return -1;
    if (c->vertical) {
        double y = c->vy0 + (pos - c->mx);
        if (add_line(c, DL_K_TICK, -1, axis - TICK_LEN, y, axis, y))
            return -1;
        double ly = y - h / 2;
        double lo = c->vy0 + (s->X0 - c->mx) - (first ? 10 : BREAK_W / 2 - 2);
        double hi = c->vy0 + (s->X1 - c->mx) + (final ? 10 : BREAK_W / 2 - 2);
        if (ly < lo || ly + h > hi || ly < *last + 4 || axis - TICK_LEN - 4 - w < 1)
            return 0;
        if (add_text(c, DL_K_TICK_LABEL, -1, DL_ROLE_TICK, text, axis - TICK_LEN - 4 - w, ly,
                     w, h, 0, 1))
            return -1;
        *last = ly + h;
        return 1;
    }
    if (add_line(c, DL_K_TICK, -1, pos, axis, pos, axis + TICK_LEN))
        return -1;
    /* tick labels sit below the break marks, so they may reach into half
       of the break gap; never past the canvas margin */
    double lx = pos - w / 2;
    double lo = first ? c->mx / 2 : s->X0 - BREAK_W / 2 + 2;
    double hi = final ? c->W - c->mx / 2 : s->X1 + BREAK_W / 2 - 2;
    if (s->single && c->nsegs > 1)      /* one tick: always labelled */
        lx = fmin(fmax(lx, lo), hi - w);
    if (lx < lo || lx + w > hi || lx < *last + 10)
        return 0;
    if (add_text(c, DL_K_TICK_LABEL, -1, DL_ROLE_TICK, text, lx,
                 axis + TICK_LEN + TICK_TEXT_GAP, w, h, 0, 1))
        return -1;
    *last = lx + w;
    return 1;
}

static double vy(const ctx *c, double pos);

/* The period a segment's events fall in, as an axis label: "2014",
 * "May 2014", "Jan \u2013 Feb 2025" or "2023 \u2013 2025" (never finer
 * than a month: the labels above the axis give the days). */
static void period_text(char *buf, size_t size, const seg *s, int bce_axis)
{
    int y0, m0, d0, y1, m1, d1;
    dl_civil_from_days((long)floor(s->a0), &y0, &m0, &d0);
    dl_civil_from_days((long)floor(fmax(s->a0, s->b0 - 1)), &y1, &m1, &d1); /* b0: exclusive */
    char a[32], b[32];
    fmt_year(a, sizeof a, y0, bce_axis);
    fmt_year(b, sizeof b, y1, bce_axis);
    if (y0 != y1)
        snprintf(buf, size, "%s \xe2\x80\x93 %s", a, b);
    else if (m0 == 1 && m1 == 12)
        snprintf(buf, size, "%s", a);
    else if (m0 == m1)
        snprintf(buf, size, "%s %s", month_abbr[m0 - 1], a);
    else
        snprintf(buf, size, "%s \xe2\x80\x93 %s %s", month_abbr[m0 - 1], month_abbr[m1 - 1], a);
}

/* A segment's period label (period_text), centred under (beside) its
 * events and kept inside its stretch of the axis; with mark (a segment of
 * one date), centred on a tick at that date. */
static int emit_period(ctx *c, const seg *s, double axis, int bce_axis, int mark)
{
    char buf[96];
    period_text(buf, sizeof buf, s, bce_axis);
    double w, h;
    int first = s == c->segs, final = s == c->segs + c->nsegs - 1;
    if (measure(c, DL_ROLE_TICK, buf, 0, 1, &w, &h))
        return -1;
    double pos = mark ? seg_x(s, s->t0) : (seg_x(s, s->a0) + seg_x(s, s->b0)) / 2;
    if (c->vertical) {
        double y = vy(c, pos);
        if (mark && add_line(c, DL_K_TICK, -1, axis - TICK_LEN, y, axis, y))
            return -1;
        double lo = vy(c, s->X0) - (first ? 10 : BREAK_W / 2 - 2);
        double hi = vy(c, s->X1) + (final ? 10 : BREAK_W / 2 - 2);
        double ly = fmin(fmax(y - h / 2, lo), hi - h);
        double lx = axis - TICK_LEN - 4 - w;
        if (ly < lo || lx < 1)
            return 0;
        return add_text(c, DL_K_TICK_LABEL, -1, DL_ROLE_TICK, buf, lx, ly, w, h, 0, 1);
    }
    if (mark && add_line(c, DL_K_TICK, -1, pos, axis, pos, axis + TICK_LEN))
        return -1;
    double lo = first ? c->mx / 2 : s->X0 - BREAK_W / 2 + 2;
    double hi = final ? c->W - c->mx / 2 : s->X1 + BREAK_W / 2 - 2;
    double lx = fmin(fmax(pos - w / 2, lo), hi - w);
    if (lx < lo)
        return 0;
    return add_text(c, DL_K_TICK_LABEL, -1, DL_ROLE_TICK, buf, lx,
                    axis + TICK_LEN + TICK_TEXT_GAP, w, h, 0, 1);
}

/* Ticks and tick labels of one segment, kept inside its extent; axis is
 * the axis' y (horizontal) or x (vertical). */
static int emit_ticks(ctx *c, const seg *s, double axis)
{
    int y0, m0, d0;
    dl_civil_from_days((long)floor(s->lo), &y0, &m0, &d0);
    int yfirst, mf, df;                 /* BC anywhere on the chart: AD too */
    dl_civil_from_days((long)floor(c->segs[0].lo), &yfirst, &mf, &df);
    int bce_axis = y0 <= 0 || yfirst <= 0;
    if (s->single && c->nsegs > 1)      /* one date: its period, at its tick */
        return emit_period(c, s, axis, bce_axis, 1);
    size_t n0 = c->lay->n;
    step st;
    if (pick_step(c, s, bce_axis, &st))
        return -1;
    double scale = (s->X1 - s->X0) / (s->hi - s->lo);
    double last = -INFINITY;
    int prev_year = 0, have_prev = 0;
    double t = first_tick(&st, s->lo);
    for (int guard = 0; t <= s->hi && guard < 100000; guard++, t = next_tick(&st, t)) {
        double pos = s->X0 + (t - s->lo) * scale;
        if (pos < s->X0 || pos > s->X1)
            continue;
        int y, m, d;
        dl_civil_from_days((long)floor(t), &y, &m, &d);
        char buf[64];
        tick_text(buf, sizeof buf, &st, t, !have_prev || y != prev_year, bce_axis);
        int rc = put_tick(c, s, pos, buf, axis, &last);
        if (rc < 0)
            return -1;
        if (rc) {
            prev_year = y;
            have_prev = 1;
        }
    }
    /* No tick label among the segment's own events (a short stretch
       whose first tick falls before it, or its only label past its last
       event): its tick labels give way to the period it covers. */
    if (!s->n)
        return 0;
    double e0 = seg_x(s, s->a0) - 2, e1 = seg_x(s, s->b0) + 2;
    for (size_t i = n0; i < c->lay->n; i++) {
        const dl_item *it = &c->lay->items[i];
        double mid = c->vertical ? c->mx + (it->y + it->h / 2 - c->vy0) : it->x + it->w / 2;
        if (it->kind == DL_K_TICK_LABEL && mid >= e0 && mid <= e1)
            return 0;
    }
    size_t k = n0;
    for (size_t i = n0; i < c->lay->n; i++) {
        if (c->lay->items[i].kind == DL_K_TICK_LABEL)
            free(c->lay->items[i].text);
        else
            c->lay->items[k++] = c->lay->items[i];
    }
    c->lay->n = k;
    return emit_period(c, s, axis, bce_axis, 0);
}

/* Height of the tick label line. */
static int tick_height(ctx *c, double *h)
{
    double w;
    return measure(c, DL_ROLE_TICK, "2026", 0, 1, &w, h);
}

/* ---- pass 4: grouping and placement ------------------------------------ */

/* More important of two events: CSV, then weight.  >0 when a wins. */
static int importance(const dl_event *a, const dl_event *b)
{
    if (a->from_csv != b->from_csv)
        return a->from_csv ? 1 : -1;
    if (a->weight != b->weight)
        return a->weight > b->weight ? 1 : -1;
    return 0;
}

/* Decide which members of a group are listed (the rest become "+N more")
 * and size the block. */
static int size_group(ctx *c, group *g)
{
    pt *p = &c->pts[g->first];
    for (size_t i = 0; i < g->n; i++)
        p[i].shown = 1;
    if (g->n > GROUP_MAX) {
        /* keep the GROUP_MAX most important (selection, groups are small
           in practice; big ones cost n x GROUP_MAX) */
        size_t keep = 0, ncsv = 0;
        for (size_t i = 0; i < g->n; i++) {
            p[i].shown = 0;
            if (c->l->v[p[i].ev].from_csv && !c->dense) {
                p[i].shown = 1;
                ncsv++;
            }
        }
        keep = ncsv;
        while (keep < GROUP_MAX) {
            size_t best = (size_t)-1;
            for (size_t i = 0; i < g->n; i++) {
                if (p[i].shown)
                    continue;
                if (best == (size_t)-1 ||
                    importance(&c->l->v[p[i].ev], &c->l->v[p[best].ev]) > 0)
                    best = i;
            }
            if (best == (size_t)-1)
                break;
            p[best].shown = 1;
            keep++;
        }
        g->more = g->n - keep;
    }
    g->w = 0;
    g->h = 0;
    int first = 1;
    for (size_t i = 0; i < g->n; i++) {
        const dl_event *e = &c->l->v[p[i].ev];
        if (e->from_csv && !c->dense)
            g->csv = 1;
        if (i == 0 || e->weight > g->weight)
            g->weight = e->weight;
        if (!p[i].shown)
            continue;
        g->w = fmax(g->w, pt_block_w(&p[i]));
        g->h += (first ? 0 : ENTRY_GAP) + pt_block_h(&p[i]);
        first = 0;
    }
    if (g->more) {
        snprintf(g->more_text, sizeof g->more_text, "+%zu more", g->more);
        if (measure(c, DL_ROLE_MORE, g->more_text, 0, 1, &g->mw, &g->mh))
            return -1;
        g->w = fmax(g->w, STEM_PAD + g->mw + 1.0);
        g->h += ENTRY_GAP / 2 + g->mh;
    }
    return 0;
}

/* Form groups of points whose markers lie within near px of the group's
 * first marker. */
static int make_groups(ctx *c, double near)
{
    free(c->grps);                  /* not calloc: only the groups made are touched */
    c->grps = malloc((c->npts ? c->npts : 1) * sizeof *c->grps);
    if (!c->grps) {
        set_err(c->err, "out of memory");
        return -1;
    }
    c->ngrps = 0;
    for (size_t i = 0; i < c->npts; i++) {
        if (c->ngrps) {
            group *g = &c->grps[c->ngrps - 1];
            if (c->pts[i].seg == c->pts[g->first].seg && c->pts[i].x - g->x < near) {
                g->n++;
                continue;
            }
        }
        group *g = &c->grps[c->ngrps++];
        memset(g, 0, sizeof *g);
        g->first = i;
        g->n = 1;
        g->x = c->pts[i].x;
    }
    for (size_t i = 0; i < c->ngrps; i++)
        if (size_group(c, &c->grps[i]))
            return -1;
    return 0;
}

/* Rows of placed groups: per row a stack of group ids, right to left. */
typedef struct rows {
    size_t **stk;        /* per row: group ids, leftmost on top */
    size_t *len, *cap;
    size_t n, alloc;
} rows;

/* Free the row stacks. */
static void rows_free(rows *r)
{
    for (size_t i = 0; i < r->n; i++)
        free(r->stk[i]);
    free(r->stk);
    free(r->len);
    free(r->cap);
    memset(r, 0, sizeof *r);
}

/* Make sure row index k exists. */
static int rows_reserve(rows *r, size_t k)
{
    if (k < r->n)
        return 0;
    if (k >= r->alloc) {
        size_t na = r->alloc ? r->alloc * 2 : 16;
        while (na <= k)
            na *= 2;
        size_t **s = realloc(r->stk, na * sizeof *s);
        if (!s)
            return -1;
        r->stk = s;
        size_t *l = realloc(r->len, na * sizeof *l);
        if (!l)
            return -1;
        r->len = l;
        size_t *cp = realloc(r->cap, na * sizeof *cp);
        if (!cp)
            return -1;
        r->cap = cp;
        r->alloc = na;
    }
    while (r->n <= k) {
        r->stk[r->n] = NULL;
        r->len[r->n] = 0;
        r->cap[r->n] = 0;
        r->n++;
    }
    return 0;
}

/* Push group id g onto row k. */
static int rows_push(rows *r, size_t k, size_t g)
{
    if (rows_reserve(r, k))
        return -1;
    if (r->len[k] == r->cap[k]) {
        size_t nc = r->cap[k] ? r->cap[k] * 2 : 8;
        size_t *s = realloc(r->stk[k], nc * sizeof *s);
        if (!s)
            return -1;
        r->stk[k] = s;
        r->cap[k] = nc;
    }
    r->stk[k][r->len[k]++] = g;
    return 0;
}

/* Left edge of the leftmost box in row k, +inf when empty. */
static double row_left(const ctx *c, const rows *r, size_t k)
{
    if (k >= r->n || !r->len[k])
        return INFINITY;
    return c->grps[r->stk[k][r->len[k] - 1]].bx;
}

/* Is group a more important than group b?  >0: yes. */
static int group_importance(const group *a, const group *b)
{
    if (a->csv != b->csv)
        return a->csv ? 1 : -1;
    if (a->weight != b->weight)
        return a->weight > b->weight ? 1 : -1;
    return 0;
}

/* The lowest row a box reaching to x = reach can use: one above every row
 * whose leftmost box starts before reach. */
static size_t lowest_row(const ctx *c, const rows *r, double reach)
{
    size_t j = 0;
    for (size_t k = 0; k < r->n; k++)
        if (row_left(c, r, k) < reach)
            j = k + 1;
    return j;
}

/* The row of the least important droppable group blocking rows at or above
 * max_rows - 1 for a box reaching to reach; (size_t)-1 when none. */
static size_t weakest_blocker(const ctx *c, const rows *r, double reach, size_t max_rows)
{
    size_t best = (size_t)-1;
    for (size_t k = max_rows ? max_rows - 1 : 0; k < r->n; k++) {
        if (row_left(c, r, k) >= reach)
            continue;
        const group *v = &c->grps[r->stk[k][r->len[k] - 1]];
        if (v->csv)
            continue;
        if (best == (size_t)-1 ||
            group_importance(v, &c->grps[r->stk[best][r->len[best] - 1]]) < 0)
            best = k;
    }
    return best;
}

/* Place one group: the lowest row above every box its own box would cover.
 * When that is beyond max_rows, the least important group in the way (or
 * this one) gives way; a CSV group with nothing droppable in its way adds
 * a row instead.  Returns -1 when out of memory. */
static int place_group(ctx *c, rows *r, size_t gi, size_t max_rows)
{
    group *g = &c->grps[gi];
    /* A block that would run past the right margin hangs left of its stem
       instead, when no other stem rises where it would be (the group
       before this one is the nearest on the left). */
    double right = c->W - c->mx;
    g->flip = c->flip && g->x + g->w > right + 0.01 && g->x - g->w >= c->mx - 0.01 &&
              (gi == 0 || c->grps[gi - 1].x < g->x - g->w - LABEL_GAP);
    g->bx = g->flip ? g->x - g->w : g->x - 1.0;
    double reach = (g->flip ? g->x + 1.0 : g->x + g->w) + LABEL_GAP;
    for (;;) {
        size_t j = lowest_row(c, r, reach);
        if (j < max_rows) {
            g->row = (int)j;
            return rows_push(r, j, gi);
        }
        size_t k = weakest_blocker(c, r, reach, max_rows);
        group *v = k == (size_t)-1 ? NULL : &c->grps[r->stk[k][r->len[k] - 1]];
        if (!v || (!g->csv && group_importance(v, g) >= 0)) {
            if (!g->csv) {
                g->row = -1;
                return 0;
            }
            g->row = (int)j;
            return rows_push(r, j, gi);
        }
        v->row = -1;
        r->len[k]--;
    }
}

/* Place all groups right to left with at most max_rows rows (CSV groups
 * may add rows).  *nrows receives the number of rows used. */
static int place_all(ctx *c, size_t max_rows, size_t *nrows)
{
    rows r = {0};
    for (size_t i = 0; i < c->ngrps; i++)
        c->grps[i].row = -1;
    for (size_t i = c->ngrps; i-- > 0;) {
        if (place_group(c, &r, i, max_rows)) {
            rows_free(&r);
            set_err(c->err, "out of memory");
            return -1;
        }
    }
    size_t used = 0;
    for (size_t i = 0; i < c->ngrps; i++)
        if (c->grps[i].row >= 0 && (size_t)c->grps[i].row + 1 > used)
            used = (size_t)c->grps[i].row + 1;
    *nrows = used;
    rows_free(&r);
    return 0;
}

/* Height of the label rows of the current placement. */
static double placed_height(const ctx *c, size_t nrows)
{
    double t = 0;
    for (size_t k = 0; k < nrows; k++) {
        double h = 0;
        for (size_t i = 0; i < c->ngrps; i++)
            if (c->grps[i].row == (int)k)
                h = fmax(h, c->grps[i].h);
        t += h + (k ? ROW_GAP : 0);
    }
    return t;
}

/* Group and place with growing group widths and keep the narrowest that
 * is not much worse than the best (height, plus HIDDEN_COST px for each
 * label that gives way).  Narrow groups give one flag per date;
 * when events are too dense for flags (a flag must sit above every stem
 * under its box, so a dense run of flags climbs like a staircase), nearby
 * events share one stem and a listed block, up to one block per label
 * width, which fits in a single row. */
static int arrange(ctx *c, size_t max_rows, size_t *nrows)
{
    static const double nears[] = {NEAR_PX, 16, 32, 64, 128};
    enum { NN = sizeof nears / sizeof nears[0] + 1 };
    double hs[NN], best = INFINITY;
    for (size_t i = 0; i < NN; i++) {
        double near = i < NN - 1 ? nears[i] : c->wrap + STEM_PAD + LABEL_GAP + 2;
        if (make_groups(c, near) || place_all(c, max_rows, nrows))
            return -1;
        size_t hidden = 0;           /* labels not shown cost room too */
        for (size_t k = 0; k < c->ngrps; k++)
            hidden += c->grps[k].row < 0 ? c->grps[k].n : c->grps[k].more;
        hs[i] = placed_height(c, *nrows) + (*nrows > max_rows ? 1e6 : 0) +
                HIDDEN_COST * (double)hidden;
        best = fmin(best, hs[i]);
        if (c->npts < 2 || (i == 0 && hs[0] <= 200))
            return 0;                /* flags fit comfortably */
    }
    for (size_t i = 0; i < NN; i++) {
        if (hs[i] <= best * 1.3 + 40) {
            double near = i < NN - 1 ? nears[i] : c->wrap + STEM_PAD + LABEL_GAP + 2;
            return make_groups(c, near) || place_all(c, max_rows, nrows) ? -1 : 0;
        }
    }
    return 0;
}

/* ---- pass 5: spans ------------------------------------------------------- */

/* Measure span captions and pack the bars into rows; returns rows used. */
static int pack_spans(ctx *c, size_t *nrows)
{
    double right[SPAN_MAX_ROWS];
    size_t used = 0;
    for (size_t i = 0; i < c->nspans; i++) {
        span *s = &c->spans[i];
        const dl_event *e = &c->l->v[s->ev];
        char a[64], b[64];
        dl_date_human(&e->start, a, sizeof a);
        dl_date_human(&e->end, b, sizeof b);
        snprintf(s->date, sizeof s->date, "%s \xe2\x80\x93 %s", a, b);
        double maxw = fmax(80.0, fmin(320.0, (c->W - 2 * c->mx) / 3));
        if (measure(c, DL_ROLE_SPAN_LABEL, e->label, maxw, 1, &s->lw, &s->lh) ||
            measure(c, DL_ROLE_SPAN_DATE, s->date, 0, 1, &s->dw, &s->dh))
            return -1;
        if (s->x1 - s->x0 < 3)
            s->x1 = s->x0 + 3;
        s->cw = s->lw + 6 + s->dw;
        s->ch = fmax(s->lh, s->dh);
        s->cx = s->x0;
        if (s->cx + s->cw > c->W - c->mx)
            s->cx = fmax(c->mx, s->x1 - s->cw);
        if (s->cx + s->cw > c->W - c->mx) {   /* too wide: drop the date */
            s->cw = s->lw;
            s->dw = 0;
            s->cx = fmax(c->mx, fmin(s->cx, c->W - c->mx - s->cw));
        }
        double l = fmin(s->x0, s->cx), rr = fmax(s->x1, s->cx + s->cw);
        s->row = -1;
        for (size_t k = 0; k < SPAN_MAX_ROWS; k++) {
            if (k == used) {
                right[used++] = -INFINITY;
            }
            if (right[k] + LABEL_GAP <= l) {
                s->row = (int)k;
                right[k] = rr;
                break;
            }
        }
    }
    *nrows = used;
    return 0;
}

/* ---- pass 6: assembly ------------------------------------------------------ */

/* Emit the axis line of every segment and a break mark between them, or
 * (lane lines) the segment lines alone. */
static int emit_axis(ctx *c, double axis_y, dl_kind kind)
{
    for (size_t i = 0; i < c->nsegs; i++) {
        const seg *s = &c->segs[i];
        if (add_line(c, kind, -1, s->X0, axis_y, s->X1, axis_y))
            return -1;
        if (kind == DL_K_AXIS && i + 1 < c->nsegs) {
            double xa = s->X1 + 8, xb = c->segs[i + 1].X0 - 8;
            if (add_line(c, DL_K_BREAK, -1, xa - 4, axis_y + 7, xa + 4, axis_y - 7) ||
                add_line(c, DL_K_BREAK, -1, xb - 4, axis_y + 7, xb + 4, axis_y - 7))
                return -1;
        }
    }
    return 0;
}

/* Measure a point whose label was sized by upper bounds (collect). */
static int measure_pt(ctx *c, pt *p)
{
    if (!p->est)
        return 0;
    const dl_event *e = &c->l->v[p->ev];
    dl_date_human(&e->start, p->date, sizeof p->date);
    if (measure(c, DL_ROLE_LABEL, e->label, c->wrap, HEADLINE_LINES, &p->hw, &p->hh) ||
        measure(c, DL_ROLE_DATE, p->date, 0, 1, &p->dw, &p->dh))
        return -1;
    p->est = 0;
    return 0;
}

/* Once groups are placed (sized by upper bounds), measure the labels they
 * show and give the blocks their true heights, so rows close up.  Widths
 * stay: the measured ones are no wider, and placement used those.  Only
 * the few hundred labels shown get measured, not every event. */
static int measure_shown(ctx *c, group *grps, size_t ngrps)
{
    for (size_t gi = 0; c->estimate && gi < ngrps; gi++) {
        group *g = &grps[gi];
        pt *p = &c->pts[g->first];
        if (g->row < 0)
            continue;
        double h = 0;
        int first = 1;
        for (size_t i = 0; i < g->n; i++) {
            if (!p[i].shown)
                continue;
            if (measure_pt(c, &p[i]))
                return -1;
            h += (first ? 0 : ENTRY_GAP) + pt_block_h(&p[i]);
            first = 0;
        }
        if (g->more)
            h += ENTRY_GAP / 2 + g->mh;
        g->h = h;
    }
    return 0;
}

/* Emit the entries of group g's block (headline, date; "+N more") with
 * the text's left edge at tx and the top at g->top; a flipped block's
 * texts end at tx instead (each right-aligned to the stem). */
static int emit_block(ctx *c, const group *g, double tx)
{
#define TX(w) (g->flip ? tx - (w) : tx)
    pt *p = &c->pts[g->first];
    for (size_t i = 0; i < g->n; i++)        /* sized by upper bounds: measure */
        if (p[i].shown && measure_pt(c, &p[i]))
            return -1;
    double y = g->top;
    int first = 1;
    for (size_t i = 0; i < g->n; i++) {
        if (!p[i].shown)
            continue;
        const dl_event *e = &c->l->v[p[i].ev];
        if (!first)
            y += ENTRY_GAP;
        first = 0;
        if (add_text(c, p[i].span ? DL_K_SPAN_LABEL : DL_K_LABEL, (long)p[i].ev,
                     DL_ROLE_LABEL, e->label, TX(p[i].hw), y, p[i].hw, p[i].hh, c->wrap,
                     HEADLINE_LINES))
            return -1;
        if (e->url && *e->url)
            c->lay->items[c->lay->n - 1].url = e->url;
        y += p[i].hh + DATE_GAP;
        if (add_text(c, p[i].span ? DL_K_SPAN_DATE : DL_K_DATE, (long)p[i].ev, DL_ROLE_DATE,
                     p[i].date, TX(p[i].dw), y, p[i].dw, p[i].dh, 0, 1))
            return -1;
        y += p[i].dh;
    }
    if (g->more) {
        y += ENTRY_GAP / 2;
        if (add_text(c, DL_K_MORE, -1, DL_ROLE_MORE, g->more_text, TX(g->mw), y, g->mw, g->mh,
                     0, 1))
            return -1;
    }
    return 0;
#undef TX
}

static int lane_color_of(const ctx *c, size_t ev, uint32_t *col);

#define BIN_PX 8.0      /* width of a count bar's bin along the axis */
#define BIN_MAX_H 11.0  /* tallest count bar */

/* The markers of events without a visible label (hidden points among
 * pts[0..n)), without drawing any over another: along the axis, in bins
 * of BIN_PX, a hidden event alone in its bin with both neighbouring bins
 * empty keeps its small hollow marker; the others are counted into one
 * count bar per bin, its length growing with the log of the count (the
 * largest bin on the chart, maxn, is BIN_MAX_H long).  Horizontal: bars
 * rise from the line at axis (its y), in the lane's colour; vertical: they
 * reach right of the axis (its x), uncoloured, as lanes share the axis.  With emit 0 only *maxn grows to the largest bar count.
 * O(n); 100,000 events become at most a few hundred items. */
static int emit_hidden(ctx *c, const pt *pts, size_t n, double axis, uint32_t lane_col,
                       int emit, size_t *maxn)
{
    long prev_bin = 0;
    int have_prev = 0;
    size_t i = 0;
    while (i < n) {
        if (pts[i].shown || pts[i].span) {
            i++;
            continue;
        }
        double pos = c->vertical ? vy(c, pts[i].x) : pts[i].x;
        long bin = (long)floor(pos / BIN_PX);
        size_t j = i + 1, cnt = 1;      /* the hidden events of this bin */
        double last = pos;
        for (; j < n; j++) {
            if (pts[j].shown || pts[j].span)
                continue;
            double q = c->vertical ? vy(c, pts[j].x) : pts[j].x;
            if ((long)floor(q / BIN_PX) != bin)
                break;
            cnt++;
            last = q;
        }
        long next_bin = LONG_MAX;       /* the next hidden event's bin */
        for (size_t k = j; k < n; k++)
            if (!pts[k].shown && !pts[k].span) {
                double q = c->vertical ? vy(c, pts[k].x) : pts[k].x;
                next_bin = (long)floor(q / BIN_PX);
                break;
            }
        int alone = cnt == 1 && (!have_prev || prev_bin < bin - 1) && next_bin > bin + 1;
        (void)last;
        if (!alone && cnt > *maxn)
            *maxn = cnt;
        if (emit && alone) {
            dl_item *it = add_item(c, DL_K_MARKER, DL_SHAPE_MARKER, (long)pts[i].ev);
            if (!it)
                return -1;
            double r = MARKER_R - 1.5;
            it->x = c->vertical ? axis - r : pos - r;
            it->y = c->vertical ? pos - r : axis - r;
            it->w = it->h = 2 * r;
            it->hollow = 1;
            set_color(c, it, pts[i].ev);
            if (!it->has_color && c->nlanes > 1) {
                if (c->vertical) {
                    it->has_color = lane_color_of(c, pts[i].ev, &it->color);
                } else {
                    it->color = lane_col;
                    it->has_color = 1;
                }
            }
        } else if (emit) {
            dl_item *it = add_item(c, DL_K_DENSITY, DL_SHAPE_RECT, -1);
            if (!it)
                return -1;
            double len = 3.0 + (BIN_MAX_H - 3.0) * log((double)cnt) /
                                   log((double)(*maxn > 1 ? *maxn : 2));
            len = fmin(len, BIN_MAX_H);
            double a = (double)bin * BIN_PX + 1.0, w = BIN_PX - 2.0;
            if (c->vertical) {
                it->x = axis - 1.0; it->w = len + 1.0; it->y = a; it->h = w;
            } else {
                it->x = a; it->w = w; it->y = axis + 1.0 - len - 1.0; it->h = len + 1.0;
            }
            it->count = cnt;
            if (c->nlanes > 1 && !c->vertical) {   /* vertical: lanes mix */
                it->color = lane_col;
                it->has_color = 1;
            }
        }
        prev_bin = bin;
        have_prev = 1;
        i = j;
    }
    return 0;
}

/* Emit the label blocks, stems and markers of the placed groups of the
 * active lane L, whose line is at axis_y. */
static int emit_points(ctx *c, const lane *L, double axis_y)
{
    for (size_t gi = 0; gi < c->ngrps; gi++) {
        group *g = &c->grps[gi];
        pt *p = &c->pts[g->first];
        if (g->row < 0)
            continue;
        long ev0 = (long)p[0].ev;
        for (size_t i = 0; i < g->n; i++)
            if (p[i].shown) {
                ev0 = (long)p[i].ev;
                break;
            }
        if (add_line(c, DL_K_STEM, ev0, g->x, axis_y - MARKER_R - 2, g->x, g->top))
            return -1;
        double xl = p[g->n - 1].x;     /* a bracket over all the group's markers */
        if (xl - g->x > 2 &&
            add_line(c, DL_K_STEM, ev0, g->x, axis_y - MARKER_R - 3, xl, axis_y - MARKER_R - 3))
            return -1;
        if (emit_block(c, g, g->flip ? g->x - STEM_PAD : g->x + STEM_PAD))
            return -1;
    }
    /* markers last so they sit on top of the axis and stems: those of
       unlabelled events (or their count bars) first, then the labelled */
    if (emit_hidden(c, c->pts, c->npts, axis_y, L->color, 1, &c->maxn))
        return -1;
    for (size_t i = 0; i < c->npts; i++) {
        if (!c->pts[i].shown)
            continue;
        dl_item *it = add_item(c, DL_K_MARKER, DL_SHAPE_MARKER, (long)c->pts[i].ev);
        if (!it)
            return -1;
        double r = MARKER_R;
        it->x = c->pts[i].x - r;
        it->y = axis_y - r;
        it->w = it->h = 2 * r;
        set_color(c, it, c->pts[i].ev);
        if (!it->has_color && c->nlanes > 1) {
            it->color = L->color;
            it->has_color = 1;
        }
    }
    return 0;
}

/* Emit span bars and captions, rows starting at y0 with height rh. */
static int emit_spans(ctx *c, double y0, double rh)
{
    for (size_t i = 0; i < c->nspans; i++) {
        span *s = &c->spans[i];
        if (s->row < 0)
            continue;
        double y = y0 + (double)s->row * rh;
        dl_item *it = add_item(c, DL_K_SPAN, DL_SHAPE_RECT, (long)s->ev);
        if (!it)
            return -1;
        it->x = s->x0; it->y = y; it->w = s->x1 - s->x0; it->h = SPAN_BAR_H;
        set_color(c, it, s->ev);
        for (size_t k = 0; !it->has_color && c->nlanes > 1 && k < c->nlanes; k++)
            if (!strcmp(c->lanes[k].name, c->l->v[s->ev].group)) {
                it->color = c->lanes[k].color;
                it->has_color = 1;
            }
        double ty = y + SPAN_BAR_H + 3;
        double maxw = fmax(80.0, fmin(320.0, (c->W - 2 * c->mx) / 3));
        if (add_text(c, DL_K_SPAN_LABEL, (long)s->ev, DL_ROLE_SPAN_LABEL,
                     c->l->v[s->ev].label, s->cx, ty, s->lw, s->lh, maxw, 1))
            return -1;
        if (c->l->v[s->ev].url && *c->l->v[s->ev].url)
            c->lay->items[c->lay->n - 1].url = c->l->v[s->ev].url;
        if (s->dw > 0 &&
            add_text(c, DL_K_SPAN_DATE, (long)s->ev, DL_ROLE_SPAN_DATE, s->date,
                     s->cx + s->lw + 6, ty + (s->lh - s->dh) / 2, s->dw, s->dh, 0, 1))
            return -1;
    }
    return 0;
}

/* Header (title and subtitle): emit at y and return the height used. */
static int emit_header(ctx *c, double *y, int emit)
{
    double w, h, maxw = c->W - 2 * c->mx;
    const char *t = c->o->title, *s = c->o->subtitle;
    if (t && *t) {
        if (measure(c, DL_ROLE_TITLE, t, maxw, 3, &w, &h))
            return -1;
        if (emit && add_text(c, DL_K_TITLE, -1, DL_ROLE_TITLE, t, c->mx, *y, w, h, maxw, 3))
            return -1;
        *y += h + TITLE_GAP;
    }
    if (s && *s) {
        if (measure(c, DL_ROLE_SUBTITLE, s, maxw, 3, &w, &h))
            return -1;
        if (emit && add_text(c, DL_K_SUBTITLE, -1, DL_ROLE_SUBTITLE, s, c->mx, *y, w, h, maxw, 3))
            return -1;
        *y += h;
    }
    return 0;
}

/* Footer lines (hidden-event note, credit): their total height. */
static int footer_height(ctx *c, const char *note, double *out)
{
    double w, h, maxw = c->W - 2 * c->mx;
    *out = 0;
    if (note[0]) {
        if (measure(c, DL_ROLE_NOTE, note, maxw, 2, &w, &h))
            return -1;
        *out += h;
    }
    if (c->o->credit && *c->o->credit) {
        if (measure(c, DL_ROLE_CREDIT, c->o->credit, maxw, 2, &w, &h))
            return -1;
        *out += (*out > 0 ? 4 : 0) + h;
    }
    return 0;
}

/* Emit the footer with its top at y. */
static int emit_footer(ctx *c, const char *note, double y)
{
    double w, h, maxw = c->W - 2 * c->mx;
    if (note[0]) {
        if (measure(c, DL_ROLE_NOTE, note, maxw, 2, &w, &h) ||
            add_text(c, DL_K_NOTE, -1, DL_ROLE_NOTE, note, c->mx, y, w, h, maxw, 2))
            return -1;
        y += h + 4;
    }
    if (c->o->credit && *c->o->credit) {
        if (measure(c, DL_ROLE_CREDIT, c->o->credit, maxw, 2, &w, &h) ||
            add_text(c, DL_K_CREDIT, -1, DL_ROLE_CREDIT, c->o->credit, c->mx, y, w, h, maxw, 2))
            return -1;
    }
    return 0;
}

/* Count events without a visible label: in dropped groups (*dropped) and
 * behind "+N more" lines; returns both together. */
static size_t count_hidden(const ctx *c, size_t *dropped)
{
    size_t n = 0, d = 0;
    for (size_t k = 0; k < c->nlanes; k++) {
        const lane *L = &c->lanes[k];
        for (size_t i = 0; i < L->ngrps; i++) {
            if (L->grps[i].row < 0)
                d += L->grps[i].n;
            else
                n += L->grps[i].more;
        }
    }
    for (size_t i = 0; i < c->nspans; i++)
        d += c->spans[i].row < 0;
    if (dropped)
        *dropped = d;
    return n + d;
}

/* The text of the footer note about events without a label. */
static void hidden_note(const ctx *c, char *buf, size_t size)
{
    size_t n;
    count_hidden(c, &n);
    buf[0] = 0;
    if (n)
        snprintf(buf, size, "+%zu more event%s without labels: small markers, or bars "
                 "counting those close together", n, n == 1 ? "" : "s");
}

/* ---- lanes ------------------------------------------------------------------- */

/* Find the lane of a group name among the first n lanes; n if none. */
static size_t find_lane(const ctx *c, size_t n, const char *name)
{
    for (size_t k = 0; k < n; k++)
        if (!strcmp(c->lanes[k].name, name))
            return k;
    return n;
}

/* Position of name in the comma-separated list (spaces around names
 * ignored), or -1 when it is not named there. */
static long named_pos(const char *list, const char *name)
{
    size_t len = strlen(name);
    long pos = 0;
    for (const char *p = list; p && *p; pos++) {
        const char *e = strchr(p, ',');
        const char *end = e ? e : p + strlen(p);
        const char *a = p, *b = end;
        while (a < b && (*a == ' ' || *a == '\t'))
            a++;
        while (b > a && (b[-1] == ' ' || b[-1] == '\t'))
            b--;
        if ((size_t)(b - a) == len && !memcmp(a, name, len))
            return pos;
        if (!e)
            break;
        p = e + 1;
    }
    return -1;
}

/* Split the mapped points into lanes by group; one lane when there is one
 * group or more than MAX_LANES.  Lane order: the groups named in
 * dl_chart_opts.groups in that order, then the others in order of first
 * appearance, then events without a group (next to the time axis).
 * "First appearance" is the order of the events as handed to the layout
 * (the dl_events index, spans included): the layout only ever sees events
 * sorted by start (a stable sort, so events on the same date keep the
 * order they were given in), so for CSV input it is the order of each
 * group's earliest event, ties going to the earlier row, not the row
 * order of the file. */
static int make_lanes(ctx *c)
{
    c->all = c->pts;
    c->nall = c->npts;
    c->lanes = calloc(MAX_LANES + 1, sizeof *c->lanes);
    if (!c->lanes)
        goto oom;
    size_t n = 0;
    size_t first[MAX_LANES + 1];       /* per lane: its first event index */
    long rank[MAX_LANES + 1];          /* per lane: place in o->groups */
    for (size_t i = 0; i < c->nall && n <= MAX_LANES; i++) {
        const char *g = c->l->v[c->all[i].ev].group;
        g = g ? g : "";
        if (find_lane(c, n, g) == n) {
            first[n] = (size_t)-1;
            c->lanes[n++].name = g;
        }
    }
    for (size_t i = 0, left = n; i < c->l->n && left && n <= MAX_LANES; i++) {
        const char *g = c->l->v[i].group;
        size_t k = find_lane(c, n, g ? g : "");
        if (k < n && first[k] == (size_t)-1) {
            first[k] = i;
            left--;
        }
    }
    for (size_t k = 0; k < n; k++) {
        long r = c->lanes[k].name[0] ? named_pos(c->o->groups, c->lanes[k].name) : -1;
        rank[k] = r >= 0 ? r : c->lanes[k].name[0] ? LONG_MAX - 1 : LONG_MAX;
    }
    for (size_t k = 1; k < n; k++) {   /* insertion sort: rank, then first */
        const char *nm = c->lanes[k].name;
        size_t f = first[k];
        long r = rank[k];
        size_t j = k;
        for (; j > 0 && (rank[j - 1] > r || (rank[j - 1] == r && first[j - 1] > f)); j--) {
            c->lanes[j].name = c->lanes[j - 1].name;
            first[j] = first[j - 1];
            rank[j] = rank[j - 1];
        }
        c->lanes[j].name = nm;
        first[j] = f;
        rank[j] = r;
    }
    if (n > MAX_LANES || n < 2) {
        memset(c->lanes, 0, (MAX_LANES + 1) * sizeof *c->lanes);
        n = 1;
        c->lanes[0].name = "";
    }
    c->nlanes = n;
    for (size_t k = 0; k < n; k++) {
        lane *L = &c->lanes[k];
        L->color = lane_colors[k % (sizeof lane_colors / sizeof lane_colors[0])];
        if (n > 1) {
            double maxw = (c->W - 2 * c->mx) / 2;
            if (measure(c, DL_ROLE_LANE, L->name[0] ? L->name : "Other", maxw, 1, &L->tw, &L->th))
                return -1;
        }
    }
    if (c->vertical)                  /* one column: lanes only colour it */
        return 0;
    /* the lanes' points: slices of one array, in time order within each */
    c->lanebuf = malloc((c->nall ? c->nall : 1) * sizeof *c->lanebuf);
    unsigned char *lk = malloc(c->nall ? c->nall : 1);
    if (!c->lanebuf || !lk) {
        free(lk);
        goto oom;
    }
    for (size_t i = 0; i < c->nall; i++) {
        const char *g = c->l->v[c->all[i].ev].group;
        lk[i] = (unsigned char)(n == 1 ? 0 : find_lane(c, n, g ? g : ""));
        c->lanes[lk[i]].npts++;
    }
    size_t off = 0;
    for (size_t k = 0; k < n; k++) {
        c->lanes[k].pts = c->lanebuf + off;
        off += c->lanes[k].npts;
        c->lanes[k].npts = 0;
    }
    for (size_t i = 0; i < c->nall; i++) {
        lane *L = &c->lanes[lk[i]];
        L->pts[L->npts++] = c->all[i];
    }
    free(lk);
    return 0;
oom:
    set_err(c->err, "out of memory");
    return -1;
}

/* Make lane L the one the grouping and placement functions work on. */
static void use_lane(ctx *c, lane *L)
{
    c->pts = L->pts;
    c->npts = L->npts;
    free(c->grps);
    c->grps = L->grps;
    c->ngrps = L->ngrps;
    L->grps = NULL;
}

/* Hand the groups of the active lane back to L. */
static void save_lane(ctx *c, lane *L)
{
    L->grps = c->grps;
    L->ngrps = c->ngrps;
    c->grps = NULL;
    c->ngrps = 0;
}

/* Height of a lane from its label to its line. */
static double lane_height(const lane *L)
{
    return (L->th > 0 ? L->th + LANE_TITLE_GAP : 0) + (L->nrows ? L->depth : MARKER_R + 4);
}

/* Settle the blocks of lane L down towards its line, row by row: a block
 * rests ROW_GAP above the highest block of a lower row that it overlaps
 * (with LABEL_GAP between neighbours), or AXIS_GAP above the line, rather
 * than on a whole row as tall as the row's tallest block, so short blocks
 * leave no gaps under the blocks above them.  Placement already put each
 * block above every stem under it, so the rows' order keeps the stems
 * clear.  Tops are stored relative to the line (negative, y down);
 * L->depth is the deepest.  O(rows x groups + groups^2) over placed groups. */
static void settle_lane(lane *L)
{
    L->depth = 0;
    if (!L->grps)
        return;
    for (size_t k = 0; k < L->nrows; k++)
        for (size_t i = 0; i < L->ngrps; i++) {
            group *b = &L->grps[i];
            if (b->row != (int)k)
                continue;
            double base = -AXIS_GAP;
            for (size_t j = 0; j < L->ngrps; j++) {
                const group *g = &L->grps[j];
                if (g->row < 0 || g->row >= b->row)
                    continue;
                if (b->bx + b->w + LABEL_GAP <= g->bx || g->bx + g->w + LABEL_GAP <= b->bx)
                    continue;
                base = fmin(base, g->top - ROW_GAP);
            }
            b->top = base - b->h;
            L->depth = fmax(L->depth, -b->top);
        }
}

/* Group, place and size the rows of every lane with at most max_rows. */
static int arrange_lanes(ctx *c, size_t max_rows)
{
    for (size_t k = 0; k < c->nlanes; k++) {
        lane *L = &c->lanes[k];
        use_lane(c, L);
        int rc = arrange(c, max_rows, &L->nrows) || measure_shown(c, c->grps, c->ngrps);
        save_lane(c, L);
        if (rc)
            return -1; /* out of memory: the groups may be half made */
        settle_lane(L);
    }
    return 0;
}

/* Set the block tops of lane L's groups from its line at line_y. */
static void lane_row_tops(lane *L, double line_y)
{
    for (size_t i = 0; i < L->ngrps; i++)   /* settle_lane: relative to the line */
        if (L->grps[i].row >= 0)
            L->grps[i].top += line_y;
}

/* Everything after measuring: place, size the canvas, emit the items. */
static int assemble(ctx *c)
{
    double header_y = MARGIN_TOP;
    if (emit_header(c, &header_y, 0) || make_lanes(c))
        return -1;
    double top = header_y > MARGIN_TOP ? header_y + HEADER_GAP : MARGIN_TOP;
    double tick_h, foot_h = 0;
    size_t span_rows = 0;
    if (tick_height(c, &tick_h) || pack_spans(c, &span_rows))
        return -1;
    double span_rh = SPAN_BAR_H + 3 + 17 + SPAN_ROW_GAP;
    for (size_t i = 0; i < c->nspans; i++)
        span_rh = fmax(span_rh, SPAN_BAR_H + 3 + c->spans[i].ch + SPAN_ROW_GAP);
    double below = TICK_LEN + TICK_TEXT_GAP + tick_h;
    if (span_rows)
        below += SPAN_TOP_GAP + (double)span_rows * span_rh - SPAN_ROW_GAP;
    char note[128];
    double lanes_h = 0;
    for (size_t max_rows = c->dense ? DENSE_ROWS : DEFAULT_ROWS;; max_rows--) {
        if (arrange_lanes(c, max_rows))
            return -1;
        hidden_note(c, note, sizeof note);
        if (footer_height(c, note, &foot_h))
            return -1;
        lanes_h = 0;
        for (size_t k = 0; k < c->nlanes; k++)
            lanes_h += lane_height(&c->lanes[k]) + (k ? LANE_GAP : 0);
        double need = top + lanes_h + below + (foot_h > 0 ? FOOT_GAP + foot_h : 0) +
                      MARGIN_BOTTOM;
        c->lay->height = ceil(need);
        if (c->o->height <= 0 || need <= c->o->height || max_rows <= 1)
            break;
    }
    if (c->o->height > c->lay->height)
        c->lay->height = c->o->height;
    double yh = MARGIN_TOP, y = top, axis_y = top + lanes_h;
    if (emit_header(c, &yh, 1))
        return -1;
    for (size_t k = 0; k < c->nlanes; k++) {   /* dropped groups: unlabelled */
        lane *L = &c->lanes[k];
        for (size_t gi = 0; gi < L->ngrps; gi++)
            for (size_t i = 0; L->grps[gi].row < 0 && i < L->grps[gi].n; i++)
                L->pts[L->grps[gi].first + i].shown = 0;
        if (emit_hidden(c, L->pts, L->npts, 0, 0, 0, &c->maxn))
            return -1;
    }
    for (size_t k = 0; k < c->nlanes; k++) {
        lane *L = &c->lanes[k];
        int last = k + 1 == c->nlanes;
        double line_y = y + lane_height(L);
        if (L->th > 0) {
            if (add_text(c, DL_K_LANE, -1, DL_ROLE_LANE, L->name[0] ? L->name : "Other",
                         c->mx, y, L->tw, L->th, (c->W - 2 * c->mx) / 2, 1))
                return -1;
            c->lay->items[c->lay->n - 1].color = L->color;
            c->lay->items[c->lay->n - 1].has_color = 1;
        }
        lane_row_tops(L, line_y);
        if (emit_axis(c, line_y, last ? DL_K_AXIS : DL_K_LANE_LINE))
            return -1;
        use_lane(c, L);
        int rc = emit_points(c, L, line_y);
        save_lane(c, L);
        if (rc)
            return -1;
        y = line_y + LANE_GAP;
    }
    for (size_t i = 0; c->nall + c->nspans && i < c->nsegs; i++)
        if (emit_ticks(c, &c->segs[i], axis_y))
            return -1;
    if (emit_spans(c, axis_y + TICK_LEN + TICK_TEXT_GAP + tick_h + SPAN_TOP_GAP, span_rh))
        return -1;
    c->lay->hidden = count_hidden(c, NULL);
    return emit_footer(c, note, c->lay->height - MARGIN_BOTTOM - foot_h);
}

/* The events as reading text ("2014: Invasion. 2022: ..."), at most
 * DESC_MAX of them, for SVG <desc> and PDF metadata.  NULL when out of
 * memory. */
static char *describe(const dl_events *l)
{
    enum { DESC_MAX = 200 };
    size_t cap = 256, n = 0;
    char *s = malloc(cap);
    if (!s)
        return NULL;
    s[0] = 0;
    for (size_t i = 0; i < l->n && i <= DESC_MAX; i++) {
        const dl_event *e = &l->v[i];
        char a[64], b[64], item[MAX_TEXT + 200], cut[MAX_TEXT + 4];
        const char *label = clip_text(e->label ? e->label : "", cut);
        if (i == DESC_MAX) {
            snprintf(item, sizeof item, "And %zu more.", l->n - DESC_MAX);
        } else {
            dl_date_human(&e->start, a, sizeof a);
            if (e->end.prec != DL_PREC_NONE) {
                dl_date_human(&e->end, b, sizeof b);
                snprintf(item, sizeof item, "%s to %s: %s.%s", a, b, label, " ");
            } else {
                snprintf(item, sizeof item, "%s: %s.%s", a, label, " ");
            }
        }
        size_t k = strlen(item);
        if (n + k + 1 > cap) {
            while (n + k + 1 > cap)
                cap *= 2;
            char *t = realloc(s, cap);
            if (!t) {
                free(s);
                return NULL;
            }
            s = t;
        }
        memcpy(s + n, item, k + 1);
        n += k;
    }
    while (n && s[n - 1] == ' ')
        s[--n] = 0;
    return s;
}

/* ---- vertical layout ------------------------------------------------------ */

/* The colour of event ev's lane when there are lanes: 1 and *col, else 0. */
static int lane_color_of(const ctx *c, size_t ev, uint32_t *col)
{
    const char *g = c->l->v[ev].group ? c->l->v[ev].group : "";
    for (size_t k = 0; c->nlanes > 1 && k < c->nlanes; k++)
        if (!strcmp(c->lanes[k].name, g)) {
            *col = c->lanes[k].color;
            return 1;
        }
    return 0;
}

/* Vertical: y of an axis position. */
static double vy(const ctx *c, double pos)
{
    return c->vy0 + (pos - c->mx);
}

/* Vertical: the axis of every segment, with break marks across the gaps. */
static int emit_vaxis(ctx *c, double ax)
{
    for (size_t i = 0; i < c->nsegs; i++) {
        const seg *s = &c->segs[i];
        if (add_line(c, DL_K_AXIS, -1, ax, vy(c, s->X0), ax, vy(c, s->X1)))
            return -1;
        if (i + 1 < c->nsegs) {
            double ya = vy(c, s->X1) + 8, yb = vy(c, c->segs[i + 1].X0) - 8;
            if (add_line(c, DL_K_BREAK, -1, ax - 7, ya + 4, ax + 7, ya - 4) ||
                add_line(c, DL_K_BREAK, -1, ax - 7, yb + 4, ax + 7, yb - 4))
                return -1;
        }
    }
    return 0;
}

/* Vertical: bars of span events in columns beside the axis (first fit). */
static int emit_vbars(ctx *c, double ax)
{
    enum { COLS = 4 };
    double bottom[COLS];
    for (int k = 0; k < COLS; k++)
        bottom[k] = -INFINITY;
    for (size_t i = 0; i < c->npts; i++) {
        pt *p = &c->pts[i];
        if (!p->span)
            continue;
        const seg *g = &c->segs[p->seg];
        double y0 = vy(c, seg_x(g, p->t)), y1 = fmax(vy(c, seg_x(g, p->t1)), y0 + 3);
        int col = 0;
        while (col < COLS - 1 && bottom[col] + 3 > y0)
            col++;
        bottom[col] = fmax(bottom[col], y1);
        p->bar_col = col;
        dl_item *it = add_item(c, DL_K_SPAN, DL_SHAPE_RECT, (long)p->ev);
        if (!it)
            return -1;
        it->x = ax + 9 + 7.0 * col;
        it->y = y0;
        it->w = 4;
        it->h = y1 - y0;
        set_color(c, it, p->ev);
        if (!it->has_color)
            it->has_color = lane_color_of(c, p->ev, &it->color);
    }
    return 0;
}

/* Vertical: the leader from a group's first marker (or bar) to its block,
 * the block, and the markers. */
static int emit_vgroup(ctx *c, const group *g, double ax, double tx)
{
    const pt *p = &c->pts[g->first];
    double ym = vy(c, p[0].x);
    double x0 = p[0].span ? ax + 13 + 7.0 * p[0].bar_col : ax + MARKER_R + 1;
    double a = g->top + dl_role_fonts[DL_ROLE_LABEL].size * 0.7;
    double xe = ax + 38;
    if (fabs(a - ym) < 0.5) {
        if (add_line(c, DL_K_STEM, (long)p[0].ev, x0, ym, tx - 3, ym))
            return -1;
    } else if (add_line(c, DL_K_STEM, (long)p[0].ev, x0, ym, xe - 8, ym) ||
               add_line(c, DL_K_STEM, (long)p[0].ev, xe - 8, ym, tx - 8, a) ||
               add_line(c, DL_K_STEM, (long)p[0].ev, tx - 8, a, tx - 3, a)) {
        return -1;
    }
    double yl = vy(c, p[g->n - 1].x);       /* a bracket over the group's markers */
    if (yl - ym > 2 && !p[0].span &&
        (add_line(c, DL_K_STEM, (long)p[0].ev, x0 + 3, ym, x0 + 3, yl) ||
         add_line(c, DL_K_STEM, (long)p[0].ev, x0, yl, x0 + 3, yl)))
        return -1;
    if (emit_block(c, g, tx))
        return -1;
    for (size_t i = 0; i < g->n; i++) {
        if (p[i].span || !p[i].shown)
            continue;
        dl_item *it = add_item(c, DL_K_MARKER, DL_SHAPE_MARKER, (long)p[i].ev);
        if (!it)
            return -1;
        double r = MARKER_R;
        it->x = ax - r;
        it->y = vy(c, p[i].x) - r;
        it->w = it->h = 2 * r;
        set_color(c, it, p[i].ev);
        if (!it->has_color)
            it->has_color = lane_color_of(c, p[i].ev, &it->color);
    }
    return 0;
}

/* Vertical: the groups as a legend of coloured names from y down (emitted
 * when emit); *h its height, 0 when there is one lane. */
static int emit_legend(ctx *c, double y, int emit, double *h)
{
    double x = c->mx, line_h = 0, y0 = y, wrap = (c->W - 2 * c->mx) / 2;
    *h = 0;
    if (c->nlanes < 2)
        return 0;
    for (size_t k = 0; k < c->nlanes; k++) {
        const lane *L = &c->lanes[k];
        if (x > c->mx && x + L->tw > c->W - c->mx) {
            x = c->mx;
            y += line_h + 6;
        }
        if (emit) {
            if (add_text(c, DL_K_LANE, -1, DL_ROLE_LANE, L->name[0] ? L->name : "Other",
                         x, y, L->tw, L->th, wrap, 1))
                return -1;
            c->lay->items[c->lay->n - 1].color = L->color;
            c->lay->items[c->lay->n - 1].has_color = 1;
        }
        x += L->tw + 22;
        line_h = fmax(line_h, L->th);
    }
    *h = y + line_h - y0;
    return 0;
}

/* Vertical: put the blocks in one column, in order, without overlaps and
 * as close to their markers as possible (least squares: pool adjacent
 * blocks that collide and centre each pool on its markers), none above
 * y = top.  O(groups). */
static int stack_column(ctx *c, double top)
{
    size_t n = c->ngrps;
    size_t *first = malloc((n ? n : 1) * sizeof *first);  /* pools: first group */
    double *sum = malloc((n ? n : 1) * sizeof *sum);      /* sum of wanted tops */
    double *hgt = malloc((n ? n : 1) * sizeof *hgt);      /* pool height */
    if (!first || !sum || !hgt) {
        free(first); free(sum); free(hgt);
        set_err(c->err, "out of memory");
        return -1;
    }
    size_t np = 0;
    for (size_t i = 0; i < n; i++) {
        group *g = &c->grps[i];
        g->row = 0;
        double want = vy(c, g->x) - dl_role_fonts[DL_ROLE_LABEL].size * 0.7;
        first[np] = i; sum[np] = want; hgt[np] = g->h + ROW_GAP;
        np++;
        /* merge while the previous pool's bottom runs into this one */
        while (np > 1) {
            size_t a = np - 2, b = np - 1;
            double na = (double)(first[b] - first[a]), nb = (double)(i + 1 - first[b]);
            double ta = sum[a] / na, tb = sum[b] / nb;
            if (ta + hgt[a] <= tb)
                break;
            sum[a] += sum[b] - nb * hgt[a];  /* b's tops, shifted up by a's height */
            hgt[a] += hgt[b];
            np--;
        }
    }
    double cur = top;
    for (size_t k = 0; k < np; k++) {
        size_t end = k + 1 < np ? first[k + 1] : n;
        double y = fmax(cur, sum[k] / (double)(end - first[k]));
        for (size_t i = first[k]; i < end; i++) {
            c->grps[i].top = y;
            y += c->grps[i].h + ROW_GAP;
        }
        cur = y;
    }
    free(first); free(sum); free(hgt);
    return 0;
}

/* The vertical chart: the axis runs down the left, tick labels to its
 * left, label blocks in one column to its right, each at its date or,
 * when the column is crowded, pushed down and joined to its marker by an
 * angled leader (the order never changes, so leaders never cross).  The
 * axis is as long as the labels need, so crowding stays local. */
static int assemble_vertical(ctx *c)
{
    double header_y = MARGIN_TOP;
    if (emit_header(c, &header_y, 0))
        return -1;
    double top = header_y > MARGIN_TOP ? header_y + HEADER_GAP : MARGIN_TOP;
    double ax = vertical_axis_x(c), tx = vertical_text_x(c);
    double legend_y = top, legend_h = 0;
    if (make_lanes(c) || emit_legend(c, legend_y, 0, &legend_h))
        return -1;
    if (legend_h > 0)
        top += legend_h + HEADER_GAP / 2;
    c->vy0 = top + 12;
    /* Every event its own block and leader (near 0: markers that share a
       spot fan out to their blocks in order); blocks of markers within
       near px share one leader and a bracket along the axis.  Too many blocks
       for the page (the column would pass the height limit, or a dense
       chart's VDENSE_H): wider groups, each listing its GROUP_MAX most
       important events and a "+N more", until they fit. */
    double budget = (c->dense ? VDENSE_H : DL_MAX_SIDE) - top - 300.0;
    for (double near = 0;; near = near > 0 ? near * 1.5 : NEAR_PX) {
        if (make_groups(c, near))
            return -1;
        double need = 0;                 /* by upper bounds, then measured */
        for (size_t i = 0; i < c->ngrps; i++)
            need += c->grps[i].h + ROW_GAP;
        if (c->estimate && need <= 4 * budget) {
            if (measure_shown(c, c->grps, c->ngrps))
                return -1;
            need = 0;
            for (size_t i = 0; i < c->ngrps; i++)
                need += c->grps[i].h + ROW_GAP;
        }
        if (need <= budget || near > c->axis_len)
            break;
    }
    if (measure_shown(c, c->grps, c->ngrps))
        return -1;
    if (stack_column(c, top))
        return -1;
    double cur = top, hidden = 0;
    for (size_t i = 0; i < c->ngrps; i++) {
        cur = c->grps[i].top + c->grps[i].h + ROW_GAP;
        hidden += (double)c->grps[i].more;
    }
    double bottom = fmax(vy(c, c->segs[c->nsegs - 1].X1) + 12, cur);
    double foot_h;
    if (footer_height(c, "", &foot_h))
        return -1;
    c->lay->height = ceil(fmax(c->o->height, bottom + (foot_h > 0 ? FOOT_GAP + foot_h : 0) +
                                               MARGIN_BOTTOM));
    c->lay->hidden = (size_t)hidden;
    double yh = MARGIN_TOP;
    if (emit_header(c, &yh, 1) || emit_legend(c, legend_y, 1, &legend_h) || emit_vaxis(c, ax))
        return -1;
    for (size_t i = 0; c->npts && i < c->nsegs; i++)
        if (emit_ticks(c, &c->segs[i], ax))
            return -1;
    if (emit_vbars(c, ax) || emit_hidden(c, c->pts, c->npts, ax, 0, 0, &c->maxn) ||
        emit_hidden(c, c->pts, c->npts, ax, 0, 1, &c->maxn))
        return -1;
    for (size_t i = 0; i < c->ngrps; i++)
        if (emit_vgroup(c, &c->grps[i], ax, tx))
            return -1;
    return emit_footer(c, "", c->lay->height - MARGIN_BOTTOM - foot_h);
}

/* Vertical: the axis length, from the labels' total height. */
static void vertical_axis_len(ctx *c)
{
    double sum = 0;
    for (size_t i = 0; i < c->npts; i++)
        sum += pt_block_h(&c->pts[i]) + ROW_GAP;
    c->axis_len = fmin(fmax(sum, 360.0), c->dense ? VDENSE_H - 600.0 : 30000.0);
}

/* ---- public -------------------------------------------------------------- */

/* Free the working arrays of a layout run. */
static void ctx_free(ctx *c)
{
    free(c->all ? c->all : c->pts);
    free(c->lanebuf);
    for (size_t k = 0; c->lanes && k < MAX_LANES + 1; k++) {
        free(c->lanes[k].grps);
    }
    free(c->lanes);
    free(c->spans);
    free(c->iv);
    free(c->cut);
    free(c->segs);
    free(c->grps);
}

/* Index of a unit name (px pt mm cm in), -1 if unknown. */
static int unit_index(const char *u)
{
    static const char *const names[] = {"px", "pt", "mm", "cm", "in"};
    for (int i = 0; i < 5; i++)
        if (!strcmp(u, names[i]))
            return i;
    return -1;
}

/* Check the options; fill err and return -1 when they cannot be met. */
static int check_opts(const dl_chart_opts *o, dl_error *err)
{
    if (o->width != 0 && !(o->width >= DL_MIN_WIDTH && o->width <= DL_MAX_SIDE)) {
        char msg[128];
        snprintf(msg, sizeof msg, "width %g px is out of range (%g to %g)",
                 o->width, DL_MIN_WIDTH, DL_MAX_SIDE);
        set_err(err, msg);
        return -1;
    }
    if (o->theme && strcmp(o->theme, "light") && strcmp(o->theme, "dark") &&
        strcmp(o->theme, "print")) {
        char msg[160];
        snprintf(msg, sizeof msg, "unknown theme '%.60s' (light, dark or print)", o->theme);
        set_err(err, msg);
        return -1;
    }
    if (o->layout && strcmp(o->layout, "horizontal") && strcmp(o->layout, "vertical")) {
        char msg[160];
        snprintf(msg, sizeof msg, "unknown layout '%.60s' (horizontal or vertical)", o->layout);
        set_err(err, msg);
        return -1;
    }
    if (o->unit && unit_index(o->unit) < 0) {
        char msg[160];
        snprintf(msg, sizeof msg, "unknown unit '%.60s' (px, pt, mm, cm or in)", o->unit);
        set_err(err, msg);
        return -1;
    }
    if (o->dpi != 0 && !(o->dpi >= 10 && o->dpi <= 2400)) {
        char msg[128];
        snprintf(msg, sizeof msg, "resolution %g dpi is out of range (10 to 2400)", o->dpi);
        set_err(err, msg);
        return -1;
    }
    if (o->height != 0 && !(o->height >= 100 && o->height <= DL_MAX_SIDE)) {
        char msg[128];
        snprintf(msg, sizeof msg, "height %g px is out of range (100 to %g)",
                 o->height, DL_MAX_SIDE);
        set_err(err, msg);
        return -1;
    }
    return 0;
}

/* How far texts run into the right margin, px (0: not at all). */
static double spills_right(const ctx *c)
{
    double over = 0;
    for (size_t i = 0; i < c->lay->n; i++)
        if (c->lay->items[i].shape == DL_SHAPE_TEXT)
            over = fmax(over, c->lay->items[i].x + c->lay->items[i].w - (c->W - c->mx));
    return over > 0.01 ? over : 0;
}

/* One layout run; flip: blocks at the right edge may hang left, with
 * extra px kept free on the right all the same.  *spill receives how far
 * a text still runs into the right margin then. */
static dl_layout *build(const dl_events *l, const dl_chart_opts *o, const dl_measurer *m,
                        dl_error *err, int flip, double extra, double *spill)
{
    ctx c = {.l = l, .o = o, .m = m, .err = err, .extra = extra};
    c.vertical = o->layout && !strcmp(o->layout, "vertical");
    c.flip = flip && !c.vertical;
    size_t ncsv = 0;
    for (size_t i = 0; i < l->n; i++)
        ncsv += l->v[i].from_csv && l->v[i].end.prec == DL_PREC_NONE;
    c.dense = ncsv > DENSE_CSV;
    c.W = o->width > 0 ? o->width : c.vertical ? DL_DEFAULT_VWIDTH : DL_DEFAULT_WIDTH;
    c.mx = fmin(MARGIN_X, fmax(12.0, c.W * 0.04));
    c.lay = calloc(1, sizeof *c.lay);
    if (!c.lay) {
        set_err(err, "out of memory");
        return NULL;
    }
    c.lay->width = c.W;
    c.lay->theme = !o->theme || !strcmp(o->theme, "light") ? DL_THEME_LIGHT
                   : !strcmp(o->theme, "dark") ? DL_THEME_DARK : DL_THEME_PRINT;
    c.lay->transparent = o->transparent != 0;
    c.lay->dpi = o->dpi > 0 ? o->dpi : 96.0;
    c.lay->unit = o->unit ? unit_index(o->unit) : 0;
    c.lay->system_fonts = o->system_fonts != 0;
    if ((o->title && !(c.lay->title = strdup(o->title))) || !(c.lay->desc = describe(l))) {
        set_err(err, "out of memory");
        goto fail;
    }
    if (collect(&c) || make_intervals(&c))
        goto fail;
    if (c.vertical)
        vertical_axis_len(&c);
    if (choose_breaks(&c) || (c.vertical ? assemble_vertical(&c) : assemble(&c)))
        goto fail;
    if (c.dense && c.lay->hidden) {
        char w[200];
        snprintf(w, sizeof w, "%zu events are too many to label each: %zu are shown as markers "
                 "and \"+N more\" counts", l->n, c.lay->hidden);
        if (!(c.lay->warning = strdup(w))) {
            set_err(err, "out of memory");
            goto fail;
        }
    }
    if (c.lay->height > DL_MAX_SIDE) {
        set_err(err, "the chart would be taller than 32767 px; use fewer events or a wider chart");
        goto fail;
    }
    *spill = c.flip ? spills_right(&c) : 0;
    ctx_free(&c);
    return c.lay;
fail:
    ctx_free(&c);
    dl_layout_free(c.lay);
    return NULL;
}


/* Lay out with any measurer: the passes above, in order (layout.h).  The
 * axis first runs to the right margin, the last labels hanging left of
 * their stems; when one of them cannot (another stem rises where it would
 * hang), the axis gives up as much room on the right as it lacked (a few
 * times), and at last room is kept for the last labels as a whole. */
dl_layout *dl_layout_build(const dl_events *l, const dl_chart_opts *o,
                           const dl_measurer *m, dl_error *err)
{
    static const dl_chart_opts none;
    static const dl_events empty;
    if (!o)
        o = &none;
    if (!l)
        l = &empty;
    if (check_opts(o, err))
        return NULL;
    double spill = 0, extra = 0;
    dl_layout *lay = build(l, o, m, err, 1, 0, &spill);
    for (int i = 0; lay && spill > 0 && i < 3; i++) {
        dl_layout_free(lay);
        extra += spill + 1.0;
        lay = build(l, o, m, err, 1, extra, &spill);
    }
    if (lay && spill > 0) {
        dl_layout_free(lay);
        lay = build(l, o, m, err, 0, 0, &spill);
    }
    return lay;
}

/* Canvas size in px (dateline.h). */
void dl_layout_size(const dl_layout *lay, double *width, double *height)
{
    if (width)
        *width = lay ? lay->width : 0;
    if (height)
        *height = lay ? lay->height : 0;
}

/* Free a layout and its items (dateline.h). */
void dl_layout_free(dl_layout *lay)
{
    if (!lay)
        return;
    for (size_t i = 0; i < lay->n; i++)
        free(lay->items[i].text);
    free(lay->items);
    free(lay->title);
    free(lay->desc);
    free(lay->warning);
    free(lay);
}

/* ---- layout JSON ------------------------------------------------------------ */

/* Append a JSON string literal. */
static void json_str(dl_buf *b, const char *s)
{
    dl_buf_put(b, "\"", 1);
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\') {
            char e[2] = {'\\', (char)ch};
            dl_buf_put(b, e, 2);
        } else if (ch < 0x20) {
            dl_buf_printf(b, "\\u%04x", ch);
        } else {
            dl_buf_put(b, s, 1);
        }
    }
    dl_buf_put(b, "\"", 1);
}

/* The display list as JSON, one item a line (dateline.h). */
char *dl_layout_json(const dl_layout *lay, size_t *len)
{
    dl_buf b = {0};
    if (!lay)
        return NULL;
    dl_buf_printf(&b, "{\n  \"width\": %.2f,\n  \"height\": %.2f,\n  \"items\": [",
              lay->width, lay->height);
    for (size_t i = 0; i < lay->n; i++) {
        const dl_item *it = &lay->items[i];
        dl_buf_printf(&b, "%s\n    {\"kind\": \"%s\", \"event\": %ld, \"x\": %.2f, "
                  "\"y\": %.2f, \"w\": %.2f, \"h\": %.2f",
                  i ? "," : "", dl_kind_names[it->kind], it->ev, it->x, it->y, it->w, it->h);
        if (it->kind == DL_K_DENSITY)
            dl_buf_printf(&b, ", \"count\": %zu", it->count);
        if (it->shape == DL_SHAPE_TEXT) {
            dl_buf_put(&b, ", \"text\": ", 10);
            json_str(&b, it->text ? it->text : "");
        }
        dl_buf_put(&b, "}", 1);
    }
    dl_buf_printf(&b, "\n  ]\n}\n");
    if (b.oom) {
        free(b.p);
        return NULL;
    }
    if (len)
        *len = b.n;
    return b.p;
}
