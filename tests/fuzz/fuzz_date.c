/* fuzz_date.c - the date parser: dl_date_parse on any string; a date
 * that parses must write back with dl_date_iso to text that parses to the
 * same date, and dl_date_human / first_day / last_day / cmp must cope. */
#include "fuzz_common.h"

#include <stdio.h>

#ifndef FUZZ_ENTRY
#define FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

int FUZZ_ENTRY(const uint8_t *data, size_t size);
int FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    char *s = fz_dup(data, size);
    if (!s)
        return 0;
    dl_date d;
    int col = 0;
    if (dl_date_parse(s, &d, &col) == 0) {
        char iso[64], human[128];
        dl_date_iso(&d, iso, sizeof iso);
        dl_date_human(&d, human, sizeof human);
        dl_date back;
        int col2 = 0;
        if (dl_date_parse(iso, &back, &col2) != 0) {
            fprintf(stderr, "'%s' parses but its ISO form '%s' does not (col %d)\n", s, iso,
                    col2);
            abort();
        }
        if (dl_date_cmp(&d, &back) != 0 || back.prec != d.prec) {
            fprintf(stderr, "'%s' -> '%s' changes the date\n", s, iso);
            abort();
        }
        double f = dl_date_first_day(&d), l = dl_date_last_day(&d);
        if (!(f <= l)) {
            fprintf(stderr, "'%s': first day %g after last day %g\n", s, f, l);
            abort();
        }
    } else if (col < 0 || (size_t)col > size + 1) {
        fprintf(stderr, "'%s': error column %d outside the text\n", s, col);
        abort();
    }
    free(s);
    return 0;
}
