/* test_date.c - partial dates, the article's own date, sentences. */
#include "testlib.h"
#include "dateline.h"
#include "date.h"
#include "text.h"

#include <stdlib.h>

/* Parse s and give back its ISO form, or "ERR@col". */
static const char *roundtrip(const char *s)
{
    static char buf[64];
    dl_date d;
    int col;
    if (dl_date_parse(s, &d, &col) != 0) {
        snprintf(buf, sizeof buf, "ERR@%d", col);
        return buf;
    }
    return dl_date_iso(&d, buf, sizeof buf);
}

static const char *human(const char *s)
{
    static char buf[64];
    dl_date d;
    if (dl_date_parse(s, &d, NULL) != 0)
        return "ERR";
    return dl_date_human(&d, buf, sizeof buf);
}

/* The article date of a text as ISO, or "none". */
static const char *article(const char *text)
{
    static char buf[32];
    dl_date d;
    if (dl_article_date(text, strlen(text), &d) != 0)
        return "none";
    return dl_date_iso(&d, buf, sizeof buf);
}

static void test_parse(void)
{
    CHECK_STR(roundtrip("2014"), "2014");
    CHECK_STR(roundtrip("2025-11"), "2025-11");
    CHECK_STR(roundtrip("2026-01-06"), "2026-01-06");
    CHECK_STR(roundtrip("2026-01-06T14:30"), "2026-01-06T14:30");
    CHECK_STR(roundtrip("2024-02-29"), "2024-02-29");
    CHECK_STR(roundtrip("2023-02-29"), "ERR@9");
    CHECK_STR(roundtrip("2023-02-30"), "ERR@9");
    CHECK_STR(roundtrip("2023-13-01"), "ERR@6");
    CHECK_STR(roundtrip("2023-00"), "ERR@6");
    CHECK_STR(roundtrip("-0044-03-15"), "-0044-03-15");
    CHECK_STR(roundtrip("0000"), "0000");
    CHECK_STR(roundtrip("99999"), "99999");
    CHECK_STR(roundtrip("2014x"), "ERR@5");
    CHECK_STR(roundtrip(""), "ERR@1");
    CHECK_STR(roundtrip("Jan 2014"), "ERR@1");
    CHECK_STR(roundtrip("2026-01-06T25:00"), "ERR@12");
}

static void test_human(void)
{
    CHECK_STR(human("2014"), "2014");
    CHECK_STR(human("2025-11"), "Nov 2025");
    CHECK_STR(human("2026-01-06"), "6 Jan 2026");
    CHECK_STR(human("2026-01-06T09:05"), "6 Jan 2026 09:05");
    CHECK_STR(human("-0043"), "44 BC");
    dl_date d = { .year = 1970, .prec = DL_PREC_DECADE };
    char buf[64];
    CHECK_STR(dl_date_human(&d, buf, sizeof buf), "1970s");
    CHECK_STR(dl_date_iso(&d, buf, sizeof buf), "197");
    d.prec = DL_PREC_CENTURY;
    d.year = 1900;
    CHECK_STR(dl_date_human(&d, buf, sizeof buf), "20th century");
    CHECK_STR(dl_date_iso(&d, buf, sizeof buf), "19");
    dl_date q = { .year = 2013, .part = 1, .prec = DL_PREC_QUARTER };
    CHECK_STR(dl_date_iso(&q, buf, sizeof buf), "2013-Q1");
    dl_date w = { .year = 2013, .part = 11, .prec = DL_PREC_WEEK };
    CHECK_STR(dl_date_iso(&w, buf, sizeof buf), "2013-W11");
    dl_date su = { .year = 2012, .part = 2, .prec = DL_PREC_SEASON };
    CHECK_STR(dl_date_iso(&su, buf, sizeof buf), "2012-SU");
}

static void test_arith(void)
{
    CHECK(dl_days_from_civil(1970, 1, 1) == 0);
    CHECK(dl_days_from_civil(2000, 3, 1) == 11017);
    int y, m, d;
    for (long z = -800000; z < 800000; z += 997) {
        dl_civil_from_days(z, &y, &m, &d);
        if (dl_days_from_civil(y, m, d) != z) {
            CHECK(!"civil/days round trip");
            break;
        }
    }
    CHECK(dl_weekday(2026, 1, 6) == 1); /* a Tuesday */
    CHECK(dl_weekday(1970, 1, 1) == 3); /* a Thursday */
    int wy;
    CHECK(dl_iso_week(2013, 3, 15, &wy) == 11 && wy == 2013);
    CHECK(dl_iso_week(2021, 1, 1, &wy) == 53 && wy == 2020);
    CHECK(dl_iso_week(2024, 12, 30, &wy) == 1 && wy == 2025);
    dl_date a = dl_date_day(2024, 1, 31);
    dl_date b = dl_date_add_months(a, 1);
    CHECK(b.year == 2024 && b.month == 2 && b.day == 29);
    b = dl_date_add_months(dl_date_month(2026, 1), -2);
    CHECK(b.year == 2025 && b.month == 11);
    b = dl_date_add_days(dl_date_day(2025, 12, 31), 1);
    CHECK(b.year == 2026 && b.month == 1 && b.day == 1);
    b = dl_date_add_years(dl_date_day(2024, 2, 29), 1);
    CHECK(b.day == 28);
    dl_date y2014 = dl_date_year(2014), d2014 = dl_date_day(2014, 1, 1);
    CHECK(dl_date_cmp(&y2014, &d2014) < 0);
    dl_date n25 = dl_date_month(2025, 11), j26 = dl_date_day(2026, 1, 6);
    CHECK(dl_date_cmp(&n25, &j26) < 0);
    CHECK(dl_date_last_day(&n25) - dl_date_first_day(&n25) == 30);
}

static void test_article_date(void)
{
    CHECK_STR(article(" date 2026-01-06 By John Irish\n\nPARIS, Jan 6 (Reuters) - Text."), "2026-01-06");
    CHECK_STR(article("Published: 2024-10-08\n\nBody."), "2024-10-08");
    CHECK_STR(article("Published: October 8, 2024\n\nBody."), "2024-10-08");
    CHECK_STR(article("Headline here\n12 September 2023\n\nBody text."), "2023-09-12");
    CHECK_STR(article("LONDON, March 3, 2024 (AP) - The bank raised rates."), "2024-03-03");
    CHECK_STR(article("NAIROBI, 14 February 2025 \xE2\x80\x94 Rains fell."), "2025-02-14");
    CHECK_STR(article("NAPLES, Italy, March 22, 2013 (AP) \xE2\x80\x94 The mayor resigned."),
              "2013-03-22");
    CHECK_STR(article("Headline\nSPRINGFIELD, Ill., June 3, 2013 -\n\nBody."), "2013-06-03");
    CHECK_STR(article("PARIS, France said on Jan 6, 2014 - no."), "none");
    /* a yearless dateline alone is not enough */
    CHECK_STR(article("PARIS, Jan 6 (Reuters) - Leaders met."), "none");
    CHECK_STR(article("Leaders met in 2014 and in May 2020.\n"), "none");
    CHECK_STR(article("Updated: 2023-02-30\n"), "none");
    CHECK_STR(article(""), "none");
}

/* The sentences of text, joined by " | ". */
static const char *sentences(const char *text)
{
    static char buf[1024];
    dl_spans s = { 0 };
    buf[0] = '\0';
    if (dl_sentences(text, strlen(text), &s) != 0)
        return "OOM";
    for (size_t i = 0; i < s.n; i++) {
        size_t n = strlen(buf);
        snprintf(buf + n, sizeof buf - n, "%s%.*s", i ? " | " : "",
                 (int)(s.v[i].end - s.v[i].start), text + s.v[i].start);
    }
    dl_spans_free(&s);
    return buf;
}

static void test_sentences(void)
{
    CHECK_STR(sentences("One. Two! Three?"), "One. | Two! | Three?");
    CHECK_STR(sentences("U.S. President Trump spoke. He left."), "U.S. President Trump spoke. | He left.");
    CHECK_STR(sentences("It was Jan. 6 in Paris. Then Mr. Smith left."),
              "It was Jan. 6 in Paris. | Then Mr. Smith left.");
    CHECK_STR(sentences("HEADLINE\nBody starts here. More."), "HEADLINE | Body starts here. | More.");
    CHECK_STR(sentences("A line\nwrapped here.\n\nNew para."), "A line | wrapped here. | New para.");
    CHECK_STR(sentences("\"Quoted.\" Then more."), "\"Quoted.\" | Then more.");
    CHECK_STR(sentences("Pi is 3.14 exactly."), "Pi is 3.14 exactly.");
}

static void test_utf8(void)
{
    int line, col;
    const char *what;
    CHECK(dl_utf8_check("ok \xC3\xA9", 5, &line, &col, &what) == 0);
    CHECK(dl_utf8_check("a\nb\xE9z", 5, &line, &col, &what) != 0 && line == 2 && col == 2);
    CHECK(dl_utf8_check("ab\0c", 4, &line, &col, &what) != 0 && line == 1 && col == 3);
    CHECK(dl_utf8_check("\xFF\xFEh\0", 4, &line, &col, &what) != 0 && strstr(what, "UTF-16"));
    CHECK(dl_utf8_check("\xED\xA0\x80", 3, &line, &col, &what) != 0); /* surrogate */
    CHECK(dl_utf8_check("\xC0\xAF", 2, &line, &col, &what) != 0);     /* overlong */
    CHECK(dl_utf8_check("\xE2\x82", 2, &line, &col, &what) != 0);     /* truncated */
}

int main(void)
{
    test_parse();
    test_human();
    test_arith();
    test_article_date();
    test_sentences();
    test_utf8();
    return test_done("test_date");
}
