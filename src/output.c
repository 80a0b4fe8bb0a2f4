/*
 * output.c - bytes to files: dl_write_bytes.
 *
 * Every output (charts, CSV, JSON) is complete in memory before it gets
 * here.  It is written to a temporary file in the target's directory,
 * flushed to disk and renamed into place, so on any failure the previous
 * file is untouched and no temporary file remains.  "-" is stdout.
 *
 * Apart from backend.c (which draws) so that the command line can write
 * event lists without loading Cairo and Pango at all.
 */
#include "dateline.h"
#include "output.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Fill err with a message about path ("what: why", or "what"). */
void dl_io_error(dl_error *err, const char *path, const char *what, const char *why)
{
    if (!err)
        return;
    memset(err, 0, sizeof *err);
    snprintf(err->file, sizeof err->file, "%s", path ? path : "");
    if (why)
        snprintf(err->msg, sizeof err->msg, "%s: %s", what, why);
    else
        snprintf(err->msg, sizeof err->msg, "%s", what);
}

/* Make room for k more bytes and a NUL; -1 when out of memory. */
static int buf_room(dl_buf *b, size_t k)
{
    if (b->oom)
        return -1;
    if (b->cap - b->n > k)
        return 0;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap - b->n <= k) {
        if (cap > (size_t)-1 / 2) {
            b->oom = 1;
            return -1;
        }
        cap *= 2;
    }
    char *p = realloc(b->p, cap);
    if (!p) {
        b->oom = 1;
        return -1;
    }
    b->p = p;
    b->cap = cap;
    return 0;
}

int dl_buf_put(dl_buf *b, const void *data, size_t k)
{
    if (buf_room(b, k))
        return -1;
    if (k)
        memcpy(b->p + b->n, data, k);
    b->n += k;
    b->p[b->n] = 0;
    return 0;
}

int dl_buf_str(dl_buf *b, const char *s)
{
    return dl_buf_put(b, s, strlen(s));
}

int dl_buf_printf(dl_buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (k < 0)
        return -1;
    if ((size_t)k < sizeof small)
        return dl_buf_put(b, small, (size_t)k);
    if (buf_room(b, (size_t)k))
        return -1;
    va_start(ap, fmt);
    vsnprintf(b->p + b->n, (size_t)k + 1, fmt, ap);
    va_end(ap);
    b->n += (size_t)k;
    return 0;
}

int dl_buf_xml(dl_buf *b, const char *s)
{
    for (;;) {
        size_t run = strcspn(s, "<>&\"");
        if (dl_buf_put(b, s, run))
            return -1;
        s += run;
        if (!*s)
            return 0;
        const char *e = *s == '<' ? "&lt;" : *s == '>' ? "&gt;" : *s == '&' ? "&amp;"
                                                                           : "&quot;";
        if (dl_buf_str(b, e))
            return -1;
        s++;
    }
}

/* Write all of len bytes to fd, retrying short writes. */
static int write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t k = write(fd, data, len);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        data += k;
        len -= (size_t)k;
    }
    return 0;
}

/* The directory part of path ("." when there is none), in buf. */
static int dir_of(const char *path, char *buf, size_t size)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return snprintf(buf, size, ".") >= (int)size ? -1 : 0;
    size_t n = slash == path ? 1 : (size_t)(slash - path);
    if (n + 1 > size)
        return -1;
    memcpy(buf, path, n);
    buf[n] = 0;
    return 0;
}

/* Write to standard output and flush it. */
static int write_stdout(const char *data, size_t len, dl_error *err)
{
    if (len && fwrite(data, 1, len, stdout) != len) {
        dl_io_error(err, "-", "cannot write to standard output", strerror(errno));
        return -1;
    }
    if (fflush(stdout) != 0) {
        dl_io_error(err, "-", "cannot write to standard output", strerror(errno));
        return -1;
    }
    return 0;
}

/* The mode a new file gets: the old file's, else 0666 less the umask. */
static mode_t new_mode(const char *path)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
        return st.st_mode & 07777;
    mode_t um = umask(022);
    umask(um);
    return 0666 & ~um;
}

/* Flush the directory entry of a rename to disk (best effort). */
static void sync_dir(const char *dir)
{
    int fd = open(dir, O_RDONLY);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
}

/* Temporary file in the target's directory, fsync, rename; or stdout. */
int dl_write_bytes(const char *path, const char *data, size_t len, dl_error *err)
{
    if (!path || !*path) {
        dl_io_error(err, "", "no output path", NULL);
        return -1;
    }
    if (!data && len) {
        dl_io_error(err, path, "nothing to write", NULL);
        return -1;
    }
    if (!strcmp(path, "-"))
        return write_stdout(data, len, err);
    char dir[4096], tmp[4200];
    if (dir_of(path, dir, sizeof dir)) {
        dl_io_error(err, path, "output path too long", NULL);
        return -1;
    }
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        dl_io_error(err, path, "cannot write", "is a directory");
        return -1;
    }
    snprintf(tmp, sizeof tmp, "%s/.dateline-tmp-XXXXXX", dir);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        dl_io_error(err, path, "cannot create the output file", strerror(errno));
        return -1;
    }
    mode_t mode = new_mode(path);
    int e = 0;
    if (write_all(fd, data, len) || fchmod(fd, mode) || fsync(fd))
        e = errno ? errno : EIO;
    if (close(fd) && !e)
        e = errno ? errno : EIO;
    if (!e && rename(tmp, path))
        e = errno ? errno : EIO;
    if (e) {
        unlink(tmp);
        dl_io_error(err, path, "cannot write the output file", strerror(e));
        return -1;
    }
    sync_dir(dir);
    return 0;
}
