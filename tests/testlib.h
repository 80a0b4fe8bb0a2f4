/* testlib.h - a tiny assertion kit for the unit tests.
 * CHECK(cond) records a failure with file and line; test_done() prints the
 * tally and gives the exit status, so every failing check is seen at once. */
#ifndef DL_TESTLIB_H
#define DL_TESTLIB_H
#include <stdio.h>
#include <string.h>

static int t_run, t_fail;

#define CHECK(c) do { t_run++; if (!(c)) { t_fail++; \
    fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c); } } while (0)
#define CHECK_STR(a, b) do { const char *a_ = (a), *b_ = (b); t_run++; \
    if (!a_ || !b_ || strcmp(a_, b_) != 0) { t_fail++; \
    fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, \
            a_ ? a_ : "(null)", b_ ? b_ : "(null)"); } } while (0)

static int test_done(const char *name)
{
    printf("%s: %d checks, %d failed\n", name, t_run, t_fail);
    return t_fail ? 1 : 0;
}
#endif
