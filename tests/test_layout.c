/* test_layout.c - chart geometry with a fixed-width fake measurer.
 *
 * Generated inputs of 1-200 events (short and long labels, dense clusters,
 * huge gaps, one date, BCE years, spans) at several widths, each checked
 * for: no overlaps between text boxes, markers, the axis and stems;
 * everything inside the canvas; markers monotone in time; CSV events
 * always labelled.  Plus axis breaks, tick steps, options and speed. */
#include "layout.h"
#include "date.h"
#include "testlib.h"

#include <math.h>
#include <stdlib.h>
#include <time.h>

/* ---- fake measurer: 0.55 em per character, 1.3 em lines, word wrap ---- */

/* Width in px of n characters in a role. */
static double cw(dl_role r, size_t n)
{
    return 0.55 * dl_role_fonts[r].size * (double)n;
}

/* Greedy word wrap over byte counts; returns lines, widest line in *w. */
static int fake_measure(void *ctx, dl_role role, const char *text, double wrap,
                        int max_lines, double *w, double *h)
{
    (void)ctx;
    size_t line = 0, lines = 1;
    double widest = 0;
    const char *p = text;
    while (*p) {
        const char *q = p;
        while (*q && *q != ' ')
            q++;
        size_t word = (size_t)(q - p);
        size_t need = line ? line + 1 + word : word;
        if (wrap > 0 && line && cw(role, need) > wrap) {
            widest = fmax(widest, cw(role, line));
            lines++;
            line = word;
        } else {
            line = need;
        }
        while (wrap > 0 && cw(role, line) > wrap) { /* break long words */
            widest = fmax(widest, wrap);
            line -= (size_t)(wrap / cw(role, 1));
            lines++;
        }
        p = *q ? q + 1 : q;
    }
    widest = fmax(widest, cw(role, line));
    if (max_lines > 0 && lines > (size_t)max_lines)
        lines = (size_t)max_lines;
    *w = widest;
    *h = 1.3 * dl_role_fonts[role].size * (double)lines;
    return 0;
}

static const dl_measurer fake = {NULL, fake_measure};

/* ---- generated inputs ---- */

static unsigned long rng = 12345;
/* A small deterministic pseudo-random number. */
static unsigned long rnd(unsigned long n)
{
    rng = rng * 6364136223846793005UL + 1442695040888963407UL;
    return (rng >> 33) % n;
}

static const char *const words[] = {
    "summit", "talks", "ceasefire", "invasion", "election", "protest",
    "treaty", "sanctions", "strike", "vote", "agreement", "Κρίση", "выборы",
};

/* A label of k words. */
static void make_label(char *buf, size_t size, int k, int i)
{
    size_t n = 0;
    buf[0] = 0;
    for (int j = 0; j < k && n + 20 < size; j++)
        n += (size_t)snprintf(buf + n, size - n, "%s ", words[rnd(13)]);
    snprintf(buf + n, size - n, "%d", i);
}

enum { M_UNIFORM, M_CLUSTER, M_GAPS, M_SAME, M_BCE, M_DAYS, M_COUNT };

/* Fill l with n events of a mode. */
static void generate(dl_events *l, int mode, size_t n, int long_labels, int csv_share)
{
    for (size_t i = 0; i < n; i++) {
        dl_event e = {0};
        long day;
        switch (mode) {
        case M_UNIFORM: day = dl_days_from_civil(1990, 1, 1) + (long)rnd(12000); break;
        case M_CLUSTER: day = dl_days_from_civil(2020, 3, 1) + (long)rnd(10); break;
        case M_GAPS: {
            static const int ys[3] = {1939, 2022, 2023};
            day = dl_days_from_civil(ys[rnd(3)], 1, 1) + (long)rnd(200);
            break;
        }
        case M_SAME: day = dl_days_from_civil(2026, 1, 6); break;
        case M_BCE: day = dl_days_from_civil(-500, 1, 1) + (long)rnd(800 * 365); break;
        default: day = dl_days_from_civil(2026, 1, 1) + (long)rnd(20); break;
        }
        int y, m, d;
        dl_civil_from_days(day, &y, &m, &d);
        unsigned long pr = rnd(4);
        e.start = pr == 0 ? dl_date_year(y) : pr == 1 ? dl_date_month(y, m) : dl_date_day(y, m, d);
        if (rnd(10) == 0 && mode != M_SAME) {
            int y2, m2, d2;
            dl_civil_from_days(day + 20 + (long)rnd(2000), &y2, &m2, &d2);
            e.end = dl_date_day(y2, m2, d2);
        }
        char label[400];
        make_label(label, sizeof label, long_labels ? 8 + (int)rnd(40) : 1 + (int)rnd(3), (int)i);
        e.label = label;
        static const char *const lanes[] = {"Politics", "War", "Economy", "Talks"};
        e.group = mode == M_UNIFORM || mode == M_GAPS ? (char *)lanes[rnd(4)] : (char *)"";
        e.from_csv = (int)rnd(100) < csv_share;
        e.weight = (double)rnd(10);
        dl_events_add(l, &e);
    }
    dl_events_sort(l);
}

/* ---- geometry checks ---- */

/* Do two boxes overlap by more than a hair? */
static int boxes_overlap(const dl_item *a, const dl_item *b)
{
    const double eps = 0.01;
    return a->x < b->x + b->w - eps && b->x < a->x + a->w - eps &&
           a->y < b->y + b->h - eps && b->y < a->y + a->h - eps;
}

/* Does a line item cross a box? (lines are axis-parallel here, except
 * break marks, checked by their bounds) */
static int line_hits(const dl_item *ln, const dl_item *b)
{
    const double eps = 0.01;
    double x0 = ln->x, x1 = ln->x + ln->w, y0 = ln->y, y1 = ln->y + ln->h;
    return x0 <= b->x + b->w - eps && b->x + eps <= x1 &&
           y0 <= b->y + b->h - eps && b->y + eps <= y1;
}

static int is_text(const dl_item *it)
{
    return it->shape == DL_SHAPE_TEXT;
}

static int failures_shown;

/* Report one geometry failure (the first few only). */
static void report(const char *what, const char *name, const dl_item *a, const dl_item *b)
{
    if (failures_shown++ > 10)
        return;
    fprintf(stderr, "%s: %s: %s(%ld) [%.1f %.1f %.1f %.1f]", name, what,
            dl_kind_names[a->kind], a->ev, a->x, a->y, a->w, a->h);
    if (b)
        fprintf(stderr, " vs %s(%ld) [%.1f %.1f %.1f %.1f]", dl_kind_names[b->kind], b->ev,
                b->x, b->y, b->w, b->h);
    fprintf(stderr, "\n");
}

/* Check every geometric promise of one layout; returns failures. */
static int check_geometry(const dl_layout *lay, const dl_events *l, const char *name)
{
    int vertical = 0;                   /* the axis runs down: compare y */
    for (size_t i = 0; i < lay->n; i++)
        if (lay->items[i].kind == DL_K_AXIS)
            vertical = lay->items[i].w < lay->items[i].h;
    int bad = 0;
    for (size_t i = 0; i < lay->n; i++) {
        const dl_item *a = &lay->items[i];
        if (a->x < -0.01 || a->y < -0.01 || a->x + a->w > lay->width + 0.01 ||
            a->y + a->h > lay->height + 0.01) {
            report("outside the canvas", name, a, NULL);
            bad++;
        }
        if (is_text(a) && a->kind != DL_K_TICK_LABEL &&
            (a->x < 10 || a->x + a->w > lay->width - 10)) {
            report("in the margin", name, a, NULL);
            bad++;
        }
        for (size_t j = i + 1; j < lay->n; j++) {
            const dl_item *b = &lay->items[j];
            int hit = 0;
            if (is_text(a) && is_text(b))
                hit = boxes_overlap(a, b);
            else if (is_text(a) && b->shape == DL_SHAPE_MARKER)
                hit = boxes_overlap(a, b);
            else if (a->shape == DL_SHAPE_MARKER && is_text(b))
                hit = boxes_overlap(a, b);
            else if (is_text(a) && b->shape == DL_SHAPE_LINE)
                hit = line_hits(b, a);
            else if (a->shape == DL_SHAPE_LINE && is_text(b))
                hit = line_hits(a, b);
            else if ((is_text(a) && b->shape == DL_SHAPE_RECT) ||
                     (a->shape == DL_SHAPE_RECT && is_text(b)))
                hit = boxes_overlap(a, b);
            if (hit) {
                report("overlap", name, a, b);
                bad++;
            }
        }
    }
    /* markers monotone in time */
    double last_t = -INFINITY, last_x = -INFINITY;
    for (size_t i = 0; i < lay->n; i++) {
        const dl_item *a = &lay->items[i];
        if (a->kind != DL_K_MARKER)
            continue;
        (void)last_t;
        (void)last_x;
    }
    size_t nm = 0;
    double *xs = calloc(l->n + 1, sizeof *xs);
    for (size_t i = 0; i < l->n; i++)
        xs[i] = NAN;
    for (size_t i = 0; i < lay->n; i++)
        if (lay->items[i].kind == DL_K_MARKER) {
            xs[lay->items[i].ev] = vertical ? lay->items[i].y + lay->items[i].h / 2
                                            : lay->items[i].x + lay->items[i].w / 2;
            nm++;
        }
    double px = -INFINITY, pt = -INFINITY;
    for (size_t i = 0; i < l->n; i++) {
        if (isnan(xs[i]))
            continue;
        double t = dl_date_first_day(&l->v[i].start);
        if (t > pt && xs[i] < px - 0.01) {
            fprintf(stderr, "%s: marker of event %zu out of time order\n", name, i);
            bad++;
        }
        if (t == pt && fabs(xs[i] - px) > 0.01) {
            fprintf(stderr, "%s: same date, different x at event %zu\n", name, i);
            bad++;
        }
        px = xs[i];
        pt = t;
    }
    /* CSV point events always keep their label */
    for (size_t i = 0; i < l->n; i++) {
        if (!l->v[i].from_csv || l->v[i].end.prec != DL_PREC_NONE)
            continue;
        int found = 0;
        for (size_t k = 0; k < lay->n && !found; k++)
            found = lay->items[k].kind == DL_K_LABEL && lay->items[k].ev == (long)i;
        if (!found) {
            fprintf(stderr, "%s: CSV event %zu has no label\n", name, i);
            bad++;
        }
    }
    free(xs);
    return bad;
}

/* Count items of a kind. */
static size_t count_kind(const dl_layout *lay, dl_kind k)
{
    size_t n = 0;
    for (size_t i = 0; i < lay->n; i++)
        n += lay->items[i].kind == k;
    return n;
}

/* ---- tests ---- */

/* The generated matrix: modes x sizes x label lengths x widths. */
static void test_generated(void)
{
    static const size_t sizes[] = {1, 2, 3, 5, 10, 25, 50, 100, 200};
    static const double widths[] = {1600, 900, 420};
    for (int mode = 0; mode < M_COUNT; mode++)
        for (size_t si = 0; si < sizeof sizes / sizeof sizes[0]; si++)
            for (int lng = 0; lng < 2; lng++)
                for (size_t wi = 0; wi < 3; wi++)
                    for (int lin = 0; lin < 3; lin++) {
                        dl_events l;
                        dl_events_init(&l);
                        rng = 1000 + (unsigned long)(mode * 97 + (int)si * 13 + lng);
                        generate(&l, mode, sizes[si], lng, mode == M_CLUSTER ? 100 : 30);
                        dl_chart_opts o = {.title = "A generated timeline", .subtitle = "sub",
                                           .credit = "Source: test", .width = widths[wi],
                                           .linear = lin == 1,
                                           .layout = lin == 2 ? "vertical" : NULL};
                        dl_error err = {0};
                        dl_layout *lay = dl_layout_build(&l, &o, &fake, &err);
                        char name[128];
                        snprintf(name, sizeof name, "mode %d n %zu long %d width %g scale %d",
                                 mode, sizes[si], lng, widths[wi], lin);
                        CHECK(lay != NULL);
                        if (!lay) {
                            fprintf(stderr, "%s: %s\n", name, err.msg);
                        } else {
                            CHECK(check_geometry(lay, &l, name) == 0);
                            CHECK(lay->width == widths[wi]);
                            CHECK(lay->height > 0 && lay->height <= DL_MAX_SIDE);
                        }
                        dl_layout_free(lay);
                        dl_events_free(&l);
                    }
}

/* Add a point event. */
static void add(dl_events *l, dl_date d, const char *label)
{
    dl_event e = {0};
    e.start = d;
    e.label = (char *)label;
    e.from_csv = 1;
    e.weight = 1;
    dl_events_add(l, &e);
}

/* The starting article: 2014, 2022, Nov 2025, 6 Jan 2026. */
static void paris(dl_events *l)
{
    dl_events_init(l);
    add(l, dl_date_year(2014), "Invasion");
    add(l, dl_date_year(2022), "Full-scale invasion");
    add(l, dl_date_month(2025, 11), "Talks accelerate");
    add(l, dl_date_day(2026, 1, 6), "Paris summit");
}

/* Uneven gaps get axis breaks by default and none when linear; the
 * recent events are not crushed. */
static void test_breaks(void)
{
    dl_events l;
    paris(&l);
    dl_chart_opts o = {.title = "Paris"};
    dl_layout *lay = dl_layout_build(&l, &o, &fake, NULL);
    CHECK(lay != NULL);
    if (lay) {
        CHECK(count_kind(lay, DL_K_BREAK) >= 2);
        CHECK(count_kind(lay, DL_K_LABEL) == 4);
        double x2 = 0, x3 = 0;
        for (size_t i = 0; i < lay->n; i++) {
            if (lay->items[i].kind == DL_K_MARKER && lay->items[i].ev == 2)
                x2 = lay->items[i].x;
            if (lay->items[i].kind == DL_K_MARKER && lay->items[i].ev == 3)
                x3 = lay->items[i].x;
        }
        CHECK(x3 - x2 > 150);
        CHECK(check_geometry(lay, &l, "paris") == 0);
    }
    dl_layout_free(lay);
    o.linear = 1;
    lay = dl_layout_build(&l, &o, &fake, NULL);
    CHECK(lay != NULL);
    if (lay) {
        CHECK(count_kind(lay, DL_K_BREAK) == 0);
        CHECK(count_kind(lay, DL_K_AXIS) == 1);
        CHECK(check_geometry(lay, &l, "paris linear") == 0);
    }
    dl_layout_free(lay);
    dl_events_free(&l);
}

/* Does the layout have a tick label with this text? */
static int has_tick(const dl_layout *lay, const char *text)
{
    for (size_t i = 0; i < lay->n; i++)
        if (lay->items[i].kind == DL_K_TICK_LABEL && !strcmp(lay->items[i].text, text))
            return 1;
    return 0;
}

/* Natural tick steps for a few spans. */
static void test_ticks(void)
{
    dl_events l;
    dl_chart_opts o = {0};
    dl_layout *lay;

    dl_events_init(&l);                     /* three decades: years */
    add(&l, dl_date_year(1990), "a");
    add(&l, dl_date_year(2000), "b");
    add(&l, dl_date_year(2020), "c");
    lay = dl_layout_build(&l, &o, &fake, NULL);
    CHECK(lay && has_tick(lay, "2000") && !has_tick(lay, "Jan 2000"));
    dl_layout_free(lay);
    dl_events_free(&l);

    dl_events_init(&l);                     /* two months: months */
    add(&l, dl_date_day(2025, 11, 3), "a");
    add(&l, dl_date_day(2026, 1, 6), "b");
    lay = dl_layout_build(&l, &o, &fake, NULL);
    CHECK(lay && (has_tick(lay, "Dec") || has_tick(lay, "1 Dec")) &&
          !has_tick(lay, "2026"));
    dl_layout_free(lay);
    dl_events_free(&l);

    dl_events_init(&l);                     /* one day alone: its month */
    add(&l, dl_date_year(1950), "a");
    add(&l, dl_date_day(2014, 5, 9), "b");
    add(&l, dl_date_month(2025, 11), "c");
    add(&l, dl_date_day(2026, 1, 6), "d");
    lay = dl_layout_build(&l, &o, &fake, NULL);
    CHECK(lay && count_kind(lay, DL_K_BREAK) > 0 && has_tick(lay, "May 2014") &&
          !has_tick(lay, "9 May 2014"));
    dl_layout_free(lay);
    dl_events_free(&l);

    dl_events_init(&l);                     /* a short last stretch: labelled */
    add(&l, dl_date_year(2018), "River floods");
    add(&l, dl_date_month(2021, 3), "New embankment completed");
    add(&l, dl_date_month(2024, 11), "We told them");
    add(&l, dl_date_day(2025, 2, 3), "County engineers inspect embankment");
    add(&l, dl_date_day(2025, 2, 11), "River bursts banks");
    add(&l, dl_date_day(2025, 2, 13), "Rescue teams reach villages");
    add(&l, dl_date_day(2025, 2, 17), "Emergency meeting");
    o.width = 605;
    lay = dl_layout_build(&l, &o, &fake, NULL);
    double x0 = INFINITY, x1 = 0, label_x = -1; /* a label under the Feb markers */
    for (size_t i = 0; lay && i < lay->n; i++) {
        const dl_item *it = &lay->items[i];
        if (it->kind == DL_K_MARKER && it->ev >= 3) {
            x0 = fmin(x0, it->x + it->w / 2);
            x1 = fmax(x1, it->x + it->w / 2);
        }
        if (it->kind == DL_K_TICK_LABEL)
            label_x = it->x + it->w / 2;
    }
    CHECK(label_x >= x0 - 2 && label_x <= x1 + 2);
    CHECK(lay && has_tick(lay, "Feb 2025"));
    CHECK(lay && check_geometry(lay, &l, "short stretch") == 0);
    dl_layout_free(lay);
    dl_events_free(&l);
    o.width = 0;

    dl_events_init(&l);                     /* BCE: years written "BC" */
    add(&l, dl_date_year(-43), "Caesar");
    add(&l, dl_date_year(14), "Augustus dies");
    o.linear = 1;
    lay = dl_layout_build(&l, &o, &fake, NULL);
    CHECK(lay != NULL);
    int bc = 0;
    for (size_t i = 0; lay && i < lay->n; i++)
        bc += lay->items[i].kind == DL_K_TICK_LABEL && strstr(lay->items[i].text, "BC") != NULL;
    CHECK(bc > 0);
    CHECK(lay && check_geometry(lay, &l, "bce") == 0);
    dl_layout_free(lay);
    dl_events_free(&l);
}

/* One event, and an empty list. */
static void test_small(void)
{
    dl_events l;
    dl_events_init(&l);
    dl_layout *lay = dl_layout_build(&l, NULL, &fake, NULL);
    CHECK(lay != NULL);
    dl_layout_free(lay);
    add(&l, dl_date_day(2026, 1, 6), "Paris summit");
    lay = dl_layout_build(&l, NULL, &fake, NULL);
    CHECK(lay != NULL);
    CHECK(lay && count_kind(lay, DL_K_LABEL) == 1 && count_kind(lay, DL_K_TICK_LABEL) >= 1);
    CHECK(lay && check_geometry(lay, &l, "one") == 0);
    dl_layout_free(lay);
    dl_events_free(&l);
}

/* Options out of range are errors with a message. */
static void test_opts(void)
{
    dl_events l;
    paris(&l);
    dl_chart_opts o = {.width = 40000};
    dl_error err = {0};
    CHECK(dl_layout_build(&l, &o, &fake, &err) == NULL);
    CHECK(strstr(err.msg, "width") != NULL);
    o.width = 0;
    o.theme = "neon";
    CHECK(dl_layout_build(&l, &o, &fake, &err) == NULL);
    CHECK(strstr(err.msg, "theme") != NULL);
    o.theme = "dark";
    o.dpi = 5;
    CHECK(dl_layout_build(&l, &o, &fake, &err) == NULL);
    CHECK(strstr(err.msg, "dpi") != NULL);
    o.dpi = 300;
    o.width = 800;
    o.height = 2000;
    dl_layout *lay = dl_layout_build(&l, &o, &fake, &err);
    CHECK(lay && lay->height == 2000 && lay->theme == DL_THEME_DARK && lay->dpi == 300);
    dl_layout_free(lay);
    dl_events_free(&l);
}

/* Events not from the CSV give way when there is no room; a count says so. */
static void test_give_way(void)
{
    dl_events l;
    dl_events_init(&l);
    rng = 7;
    generate(&l, M_DAYS, 200, 1, 0);
    dl_layout *lay = dl_layout_build(&l, NULL, &fake, NULL);
    CHECK(lay != NULL);
    CHECK(lay && lay->hidden > 0 && count_kind(lay, DL_K_NOTE) + count_kind(lay, DL_K_MORE) > 0);
    CHECK(lay && check_geometry(lay, &l, "give way") == 0);
    dl_layout_free(lay);
    dl_events_free(&l);
}

/* Groups make lanes, each with a label and a line; the last line is the
 * axis. */
static void test_lanes(void)
{
    dl_events l;
    dl_events_init(&l);
    static const char *const g[] = {"War", "Talks", "War", "Economy", "Talks"};
    for (int i = 0; i < 5; i++) {
        dl_event e = {0};
        e.start = dl_date_month(2020 + i, 3);
        e.label = (char *)"Event";
        e.group = (char *)g[i];
        e.from_csv = 1;
        dl_events_add(&l, &e);
    }
    dl_layout *lay = dl_layout_build(&l, NULL, &fake, NULL);
    CHECK(lay && count_kind(lay, DL_K_LANE) == 3 && count_kind(lay, DL_K_LANE_LINE) >= 2);
    const char *first = NULL;
    for (size_t i = 0; lay && i < lay->n && !first; i++)
        if (lay->items[i].kind == DL_K_LANE)
            first = lay->items[i].text;
    CHECK_STR(first, "War");
    CHECK(lay && check_geometry(lay, &l, "lanes") == 0);
    dl_layout_free(lay);
    dl_events_free(&l);
}

/* The lane labels in the layout JSON (their order in the display list),
 * joined by "|" into buf; also checks they read in that order: top to
 * bottom, or left to right on one line (the vertical layout's legend). */
static void lane_order(const dl_layout *lay, char *buf, size_t size)
{
    char *json = dl_layout_json(lay, NULL);
    size_t n = 0;
    double last_y = -1, last_x = -1;
    buf[0] = 0;
    for (const char *p = json; p && (p = strstr(p, "\"kind\": \"lane-label\"")); p++) {
        const char *x = strstr(p, "\"x\": "), *y = strstr(p, "\"y\": ");
        const char *t = strstr(p, "\"text\": \"");
        if (!x || !y || !t)
            break;
        double xx = atof(x + 5), yy = atof(y + 5);
        CHECK(yy > last_y || (yy == last_y && xx > last_x));
        last_y = yy;
        last_x = xx;
        t += 9;
        const char *e = strchr(t, '"');
        if (!e)
            break;
        n += (size_t)snprintf(buf + n, size > n ? size - n : 0, "%s%.*s", n ? "|" : "",
                              (int)(e - t), t);
    }
    free(json);
}

/* Lane order: first appearance in the events as given (sorted by start,
 * ties in input order), or the groups named in opts.groups first, the
 * rest after them in order of first appearance, no group last. */
static void test_lane_order(void)
{
    dl_events l;
    dl_events_init(&l);
    /* Economy and Talks share the first date: Economy was given first */
    static const struct { int y; const char *g; } ev[] = {
        {2020, "Economy"}, {2020, "Talks"}, {2021, "War"}, {2022, ""}, {2023, "Talks"},
        {2024, "Sport"},
    };
    for (size_t i = 0; i < sizeof ev / sizeof ev[0]; i++) {
        dl_event e = {0};
        e.start = dl_date_month(ev[i].y, 3);
        e.label = (char *)"Event";
        e.group = (char *)ev[i].g;
        e.from_csv = 1;
        dl_events_add(&l, &e);
    }
    static const struct { const char *groups; const char *want; } cases[] = {
        {NULL, "Economy|Talks|War|Sport|Other"},
        {"War,Talks", "War|Talks|Economy|Sport|Other"},
        {" Sport , Nowhere,Economy", "Sport|Economy|Talks|War|Other"},
        {"", "Economy|Talks|War|Sport|Other"},
        {"Talks,Talks,War", "Talks|War|Economy|Sport|Other"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dl_chart_opts o = {.groups = cases[i].groups};
        for (int v = 0; v < 2; v++) {
            o.layout = v ? "vertical" : NULL;
            dl_layout *lay = dl_layout_build(&l, &o, &fake, NULL);
            char got[200];
            lane_order(lay, got, sizeof got);
            CHECK_STR(got, cases[i].want);
            CHECK(lay && (v || check_geometry(lay, &l, "lane order") == 0));
            dl_layout_free(lay);
        }
    }
    dl_events_free(&l);
}

/* The vertical layout: axis down the left, labels in a column, breaks. */
static void test_vertical(void)
{
    dl_events l;
    paris(&l);
    dl_chart_opts o = {.title = "Paris", .layout = "vertical"};
    dl_layout *lay = dl_layout_build(&l, &o, &fake, NULL);
    CHECK(lay != NULL);
    CHECK(lay && lay->width == DL_DEFAULT_VWIDTH);
    CHECK(lay && count_kind(lay, DL_K_LABEL) == 4 && count_kind(lay, DL_K_BREAK) >= 2);
    CHECK(lay && check_geometry(lay, &l, "vertical") == 0);
    dl_layout_free(lay);
    o.layout = "diagonal";
    dl_error err = {0};
    CHECK(dl_layout_build(&l, &o, &fake, &err) == NULL && strstr(err.msg, "layout"));
    dl_events_free(&l);
}

/* 10,000 events lay out well under a second. */
static void test_speed(void)
{
    dl_events l;
    dl_events_init(&l);
    rng = 99;
    generate(&l, M_UNIFORM, 10000, 0, 5);
    clock_t t0 = clock();
    dl_layout *lay = dl_layout_build(&l, NULL, &fake, NULL);
    double s = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK(lay != NULL);
    CHECK(s < 1.0);
    if (s >= 1.0)
        fprintf(stderr, "10000 events took %.2f s\n", s);
    dl_layout_free(lay);
    dl_events_free(&l);
}

/* Dense CSV input (every event from CSV, so none may simply be dropped):
 * 1,000 and 100,000 events aggregate into "+N more" counts instead of a
 * chart past 32767 px; the layout says so and the labels shown still
 * do not collide. */
static void test_dense(void)
{
    static const size_t ns[] = {1000, 100000};
    for (size_t k = 0; k < 2; k++) {
        dl_events l;
        dl_events_init(&l);
        rng = 7 + k;
        generate(&l, M_UNIFORM, ns[k], 0, 100);
        dl_layout *lay = dl_layout_build(&l, NULL, &fake, NULL);
        CHECK(lay != NULL);
        if (!lay) {
            dl_events_free(&l);
            continue;
        }
        CHECK(lay->height <= 8000);
        if (lay->height > 8000)
            fprintf(stderr, "dense %zu: %.0f px tall\n", ns[k], lay->height);
        CHECK(lay->hidden > ns[k] / 2);
        CHECK(lay->warning && strstr(lay->warning, "counts"));
        size_t more = count_kind(lay, DL_K_MORE), labels = count_kind(lay, DL_K_LABEL);
        CHECK(more > 0 && labels > 20);
        /* texts only (markers are up to 100,000, and CSV events may go
           unlabelled here, which check_geometry forbids) */
        int bad = 0;
        for (size_t i = 0; i < lay->n; i++) {
            const dl_item *a = &lay->items[i];
            if (!is_text(a))
                continue;
            if (a->x < 0 || a->x + a->w > lay->width || a->y < 0 || a->y + a->h > lay->height)
                bad++;
            for (size_t j = i + 1; j < lay->n; j++)
                if (is_text(&lay->items[j]) && boxes_overlap(a, &lay->items[j]))
                    bad++;
        }
        CHECK(bad == 0);
        /* unlabelled events: a few hundred count bars and small markers,
           never one marker each, none drawn over another */
        size_t bars = count_kind(lay, DL_K_DENSITY), marks = count_kind(lay, DL_K_MARKER);
        CHECK(bars > 0 && marks + bars < 5000);
        size_t counted = 0;
        for (size_t i = 0; i < lay->n; i++)
            counted += lay->items[i].kind == DL_K_DENSITY ? lay->items[i].count
                       : lay->items[i].kind == DL_K_MARKER && lay->items[i].hollow;
        size_t points = 0;
        for (size_t i = 0; i < l.n; i++)
            points += l.v[i].end.prec == DL_PREC_NONE;
        CHECK(counted + labels == points);
        if (counted + labels != points)
            fprintf(stderr, "dense %zu: %zu counted + %zu labels, %zu points\n", ns[k],
                    counted, labels, points);
        dl_layout_free(lay);
        /* vertical: aggregated into a column of wider groups, not refused */
        dl_chart_opts o = {.layout = "vertical"};
        lay = dl_layout_build(&l, &o, &fake, NULL);
        CHECK(lay && lay->height <= 8000 && count_kind(lay, DL_K_MORE) > 0);
        CHECK(lay && count_kind(lay, DL_K_MARKER) + count_kind(lay, DL_K_DENSITY) < 5000);
        dl_layout_free(lay);
        dl_events_free(&l);
    }
}

/* The layout JSON names the canvas and every item. */
static void test_json(void)
{
    dl_events l;
    paris(&l);
    dl_chart_opts o = {.title = "Say \"hi\""};
    dl_layout *lay = dl_layout_build(&l, &o, &fake, NULL);
    size_t len = 0;
    char *s = dl_layout_json(lay, &len);
    CHECK(s && len == strlen(s));
    CHECK(s && strstr(s, "\"width\": 1600.00") && strstr(s, "\"kind\": \"title\"") &&
          strstr(s, "Say \\\"hi\\\"") && strstr(s, "\"kind\": \"marker\", \"event\": 3"));
    free(s);
    dl_layout_free(lay);
    dl_events_free(&l);
}

int main(void)
{
    test_breaks();
    test_ticks();
    test_small();
    test_opts();
    test_give_way();
    test_json();
    test_lanes();
    test_lane_order();
    test_vertical();
    test_speed();
    test_dense();
    test_generated();
    return test_done("test_layout");
}
