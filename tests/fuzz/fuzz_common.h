/* fuzz_common.h - shared by the libFuzzer targets and by
 * tests/test_fuzz_regress.c, which includes every target's source with
 * FUZZ_ENTRY renamed so one normal binary can replay the regression
 * corpus through the same entry points without libFuzzer. */
#ifndef DL_FUZZ_COMMON_H
#define DL_FUZZ_COMMON_H
#include "dateline.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Under LeakSanitizer (make check-asan, the fuzzers): the font state that
 * fontconfig allocates for Pango and cairo lives until exit and is reported
 * as leaked (see tests/valgrind.supp); not dateline's memory. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:libfontconfig.so\n";
}

/* A NUL-terminated copy of the fuzz input (the library's text entry points
 * take a length but callers of dl_date_parse pass C strings). */
static inline char *fz_dup(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    if (!s)
        return NULL;
    if (size)
        memcpy(s, data, size);
    s[size] = 0;
    return s;
}
#endif
