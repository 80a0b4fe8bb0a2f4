/* fuzz_csv.c - CSV -> events: dl_csv_read (encoding checks, header
 * matching, dates, colours), then sort and the CSV / JSON / TimelineJS
 * writers, and the written CSV read back (it must read). */
#include "fuzz_common.h"

#include <stdio.h>

#ifndef FUZZ_ENTRY
#define FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

int FUZZ_ENTRY(const uint8_t *data, size_t size);
int FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    if (size > 1024 * 1024)
        return 0;
    dl_events l;
    dl_events_init(&l);
    const char *warn = NULL;
    dl_error err;
    if (dl_csv_read((const char *)data, size, "fuzz.csv", &l, &warn, &err) == 0) {
        dl_events_sort(&l);
        size_t n;
        char *csv = dl_dump_csv(&l, &n);
        free(dl_dump_json(&l, &n));
        free(dl_dump_timelinejs(&l, &n));
        if (csv) {
            dl_events back;
            dl_events_init(&back);
            if (dl_csv_read(csv, strlen(csv), "back.csv", &back, &warn, &err) != 0) {
                fprintf(stderr, "written CSV does not read back: %d:%d: %s\n", err.line,
                        err.col, err.msg);
                abort();
            }
            if (back.n != l.n) {
                fprintf(stderr, "written CSV reads back %zu events, not %zu\n", back.n, l.n);
                abort();
            }
            dl_events_free(&back);
        }
        free(csv);
    }
    dl_events_free(&l);
    return 0;
}
