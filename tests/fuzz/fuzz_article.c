/* fuzz_article.c - article text -> events: dl_article_date, dl_extract
 * (UTF-8 checking, UTF-16 conversion, TIMEX tagging, labels) and
 * dl_events_merge, then the list written back as CSV and JSON. */
#include "fuzz_common.h"

#ifndef FUZZ_ENTRY
#define FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

int FUZZ_ENTRY(const uint8_t *data, size_t size);
int FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    char *text = fz_dup(data, size);
    if (!text)
        return 0;
    dl_date d;
    (void)dl_article_date(text, size, &d);
    dl_events l;
    dl_events_init(&l);
    const char *warn = NULL;
    dl_error err;
    dl_extract_opts o = { "fuzz.txt", NULL };
    if (dl_extract(text, size, &o, &l, &warn, &err) == 0) {
        dl_events_merge(&l);
        size_t n;
        free(dl_dump_csv(&l, &n));
        free(dl_dump_json(&l, &n));
    }
    dl_events_free(&l);
    /* again with the article date given, as --date does */
    dl_date fixed = { 2024, 3, 5, 0, 0, 0, DL_PREC_DAY };
    dl_extract_opts o2 = { "fuzz.txt", &fixed };
    dl_events_init(&l);
    if (dl_extract(text, size, &o2, &l, &warn, &err) == 0)
        dl_events_merge(&l);
    dl_events_free(&l);
    free(text);
    return 0;
}
