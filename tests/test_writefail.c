/* test_writefail.c - nothing lost when writing fails.  Linked with
 * -Wl,--wrap=write,--wrap=fsync,--wrap=rename,--wrap=mkstemp (see
 * tests/fuzz/fuzz.mk), so the library's calls come here: each call in turn
 * is failed (ENOSPC / EIO / EXDEV / EMFILE, and a short write before the
 * failure) for PNG, SVG, PDF and CSV output, and every time dl_write /
 * dl_write_bytes must return -1 with a message, the previous file must be
 * byte-for-byte intact and no temporary file may remain. */
#include "testlib.h"
#include "dateline.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

ssize_t __real_write(int fd, const void *buf, size_t n);
int __real_fsync(int fd);
int __real_rename(const char *a, const char *b);
int __real_mkstemp(char *tmpl);
ssize_t __wrap_write(int fd, const void *buf, size_t n);
int __wrap_fsync(int fd);
int __wrap_rename(const char *a, const char *b);
int __wrap_mkstemp(char *tmpl);

/* Under LeakSanitizer (make check-asan, the fuzzers): the font state that
 * fontconfig allocates for Pango and cairo lives until exit and is reported
 * as leaked (see tests/valgrind.supp); not dateline's memory. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:libfontconfig.so\n";
}

enum { F_WRITE, F_FSYNC, F_RENAME, F_MKSTEMP, F_N };
static const char *fn_name[F_N] = { "write", "fsync", "rename", "mkstemp" };
static int calls[F_N];    /* calls seen since the last reset */
static int fail_fn = -1;  /* which function fails ... */
static int fail_at;       /* ... at which call (1-based) */
static int short_first;   /* the failing write first writes half */
static int eintr_once;    /* the first write gives EINTR */
static int fsync_before_rename; /* fsyncs made before the rename: the
                                   directory's after it is best effort */

static int should_fail(int f)
{
    calls[f]++;
    return f == fail_fn && calls[f] == fail_at;
}

ssize_t __wrap_write(int fd, const void *buf, size_t n)
{
    if (eintr_once) {
        eintr_once = 0;
        errno = EINTR;
        return -1;
    }
    if (should_fail(F_WRITE)) {
        if (short_first && n > 1) {
            short_first = 0;
            fail_at++; /* the retry of the rest fails */
            return __real_write(fd, buf, n / 2);
        }
        errno = ENOSPC;
        return -1;
    }
    return __real_write(fd, buf, n);
}

int __wrap_fsync(int fd)
{
    if (should_fail(F_FSYNC)) {
        errno = EIO;
        return -1;
    }
    return __real_fsync(fd);
}

int __wrap_rename(const char *a, const char *b)
{
    fsync_before_rename = calls[F_FSYNC];
    if (should_fail(F_RENAME)) {
        errno = EXDEV;
        return -1;
    }
    return __real_rename(a, b);
}

int __wrap_mkstemp(char *tmpl)
{
    if (should_fail(F_MKSTEMP)) {
        errno = EMFILE;
        return -1;
    }
    return __real_mkstemp(tmpl);
}

static void reset(int fn, int at)
{
    memset(calls, 0, sizeof calls);
    fail_fn = fn;
    fail_at = at;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap + 1);
    while (b) {
        n += fread(b + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *nb = realloc(b, cap * 2 + 1);
        if (!nb) {
            free(b);
            b = NULL;
            break;
        }
        b = nb;
        cap *= 2;
    }
    fclose(f);
    if (b) {
        b[n] = 0;
        *len = n;
    }
    return b;
}

/* Files in dir other than the output itself. */
static int stray_files(const char *dir, const char *keep)
{
    DIR *d = opendir(dir);
    int n = 0;
    struct dirent *de;
    if (!d)
        return -1;
    while ((de = readdir(d)) != NULL)
        if (strcmp(de->d_name, ".") && strcmp(de->d_name, "..") && strcmp(de->d_name, keep)) {
            fprintf(stderr, "  stray file %s/%s\n", dir, de->d_name);
            n++;
        }
    closedir(d);
    return n;
}

static const char previous[] = "previous output: must survive every failed write\n";

static int put_previous(const char *path)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    fputs(previous, f);
    return fclose(f);
}

static int is_previous(const char *path)
{
    size_t n = 0;
    char *s = slurp(path, &n);
    int same = s && n == sizeof previous - 1 && !memcmp(s, previous, n);
    free(s);
    return same;
}

/* One write of the chart or the CSV to path. */
static int write_once(const dl_layout *lay, dl_format fmt, const dl_events *l, const char *path,
                      dl_error *err)
{
    if (fmt != DL_FMT_CSV)
        return dl_write(lay, fmt, path, err);
    size_t len;
    char *s = dl_dump_csv(l, &len);
    if (!s)
        return -1;
    int rc = dl_write_bytes(path, s, len, err);
    free(s);
    return rc;
}

int main(void)
{
    char dir[] = "/tmp/dl-writefail-XXXXXX";
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    size_t len = 0;
    char *csv = slurp("examples/events.csv", &len);
    CHECK(csv != NULL);
    if (!csv)
        return test_done("test_writefail");
    dl_events l;
    dl_events_init(&l);
    dl_error err;
    CHECK(dl_csv_read(csv, len, "events.csv", &l, NULL, &err) == 0);
    free(csv);
    dl_events_sort(&l);
    dl_chart_opts o;
    memset(&o, 0, sizeof o);
    o.title = "Write failures";
    dl_layout *lay = dl_layout_new(&l, &o, &err);
    CHECK(lay != NULL);
    if (!lay)
        return test_done("test_writefail");

    static const struct { dl_format fmt; const char *name; } fmts[] = {
        { DL_FMT_PNG, "out.png" }, { DL_FMT_SVG, "out.svg" },
        { DL_FMT_PDF, "out.pdf" }, { DL_FMT_CSV, "out.csv" },
    };
    int injected = 0;
    for (size_t k = 0; k < sizeof fmts / sizeof fmts[0]; k++) {
        char path[256];
        snprintf(path, sizeof path, "%s/%s", dir, fmts[k].name);
        /* a clean run: how many calls of each kind does a write make? */
        CHECK(put_previous(path) == 0);
        reset(-1, 0);
        CHECK(write_once(lay, fmts[k].fmt, &l, path, &err) == 0);
        int total[F_N];
        memcpy(total, calls, sizeof total);
        CHECK(total[F_WRITE] >= 1 && total[F_RENAME] == 1 && total[F_MKSTEMP] == 1);
        CHECK(fsync_before_rename >= 1);
        total[F_FSYNC] = fsync_before_rename;
        CHECK(!is_previous(path));
        CHECK(stray_files(dir, fmts[k].name) == 0);
        /* fail each call in turn (writes twice: plain, then short first) */
        for (int f = 0; f < F_N; f++)
            for (int mode = 0; mode < (f == F_WRITE ? 2 : 1); mode++)
                for (int at = 1; at <= total[f]; at++) {
                    CHECK(put_previous(path) == 0);
                    reset(f, at);
                    short_first = mode;
                    memset(&err, 0, sizeof err);
                    int rc = write_once(lay, fmts[k].fmt, &l, path, &err);
                    injected++;
                    if (rc != -1 || !err.msg[0] || !is_previous(path) ||
                        stray_files(dir, fmts[k].name) != 0) {
                        fprintf(stderr, "%s: %s call %d failing%s: rc %d, msg '%s'\n",
                                fmts[k].name, fn_name[f], at, mode ? " after a short write" : "",
                                rc, err.msg);
                        CHECK(0);
                    } else {
                        t_run++;
                    }
                }
        short_first = 0;
        /* EINTR is retried, not an error */
        CHECK(put_previous(path) == 0);
        reset(-1, 0);
        eintr_once = 1;
        CHECK(write_once(lay, fmts[k].fmt, &l, path, &err) == 0);
        CHECK(!is_previous(path));
        CHECK(stray_files(dir, fmts[k].name) == 0);
        unlink(path);
    }
    printf("  %d injected failures\n", injected);
    CHECK(injected >= 16);
    /* a missing directory: an error, nothing created */
    char missing[300];
    snprintf(missing, sizeof missing, "%s/missing/out.svg", dir);
    reset(-1, 0);
    CHECK(dl_write(lay, DL_FMT_SVG, missing, &err) == -1);
    CHECK(stray_files(dir, "") == 0);
    rmdir(dir);
    dl_layout_free(lay);
    dl_events_free(&l);
    return test_done("test_writefail");
}
