/* test_fuzz_regress.c - replay the fuzz regression corpus without
 * libFuzzer: every file in tests/fuzz/regress/TARGET/ goes through the
 * same entry point as the fuzz target TARGET (tests/fuzz/fuzz_TARGET.c,
 * included here with its entry point renamed).  A crash, a sanitizer
 * report (make check-asan) or an abort() from a target's own checks fails
 * the test.  Run from the repository root. */
#include "testlib.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_ENTRY fuzz_article
#include "fuzz/fuzz_article.c"
#undef FUZZ_ENTRY
#define FUZZ_ENTRY fuzz_csv
#include "fuzz/fuzz_csv.c"
#undef FUZZ_ENTRY
#define FUZZ_ENTRY fuzz_timeml
#include "fuzz/fuzz_timeml.c"
#undef FUZZ_ENTRY
#define FUZZ_ENTRY fuzz_date
#include "fuzz/fuzz_date.c"
#undef FUZZ_ENTRY
#define FUZZ_ENTRY fuzz_pipeline
#include "fuzz/fuzz_pipeline.c"
#undef FUZZ_ENTRY

static const struct {
    const char *name;
    int (*entry)(const uint8_t *, size_t);
} targets[] = {
    { "article", fuzz_article }, { "csv", fuzz_csv }, { "timeml", fuzz_timeml },
    { "date", fuzz_date },       { "pipeline", fuzz_pipeline },
};

/* Read a whole file; NULL on error. */
static uint8_t *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    uint8_t *b = malloc(cap);
    while (b) {
        n += fread(b + n, 1, cap - n, f);
        if (n < cap)
            break;
        uint8_t *nb = realloc(b, cap * 2);
        if (!nb) {
            free(b);
            b = NULL;
            break;
        }
        b = nb;
        cap *= 2;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        free(b);
        return NULL;
    }
    *len = n;
    return b;
}

int main(void)
{
    size_t total = 0;
    for (size_t t = 0; t < sizeof targets / sizeof targets[0]; t++) {
        char dir[256];
        snprintf(dir, sizeof dir, "tests/fuzz/regress/%s", targets[t].name);
        DIR *d = opendir(dir);
        CHECK(d != NULL);
        if (!d) {
            fprintf(stderr, "test_fuzz_regress: cannot open %s (run from the repository root)\n", dir);
            continue;
        }
        /* the empty input first: every target must take it */
        CHECK(targets[t].entry((const uint8_t *)"", 0) == 0);
        size_t n = 0;
        struct dirent *de;
        while ((de = readdir(d)) != NULL) {
            if (de->d_name[0] == '.')
                continue;
            char path[600];
            snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
            size_t len = 0;
            uint8_t *data = slurp(path, &len);
            CHECK(data != NULL);
            if (!data)
                continue;
            fprintf(stderr, "  %s\n", path);
            CHECK(targets[t].entry(data, len) == 0);
            free(data);
            n++;
        }
        closedir(d);
        printf("  %s: %zu inputs replayed\n", targets[t].name, n);
        total += n;
    }
    CHECK(total > 0);
    return test_done("test_fuzz_regress");
}
