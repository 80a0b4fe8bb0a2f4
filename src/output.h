/*
 * output.h - building and writing output bytes (internal): a growable
 * buffer, and the error message shared by the file writer (output.c) and
 * the chart backends (backend.c, svg.c).
 */
#ifndef DL_OUTPUT_H
#define DL_OUTPUT_H

#include "dateline.h"

#include <stddef.h>

/* Fill err (when not NULL) with a message about path: "what: why", or
 * "what" when why is NULL. */
void dl_io_error(dl_error *err, const char *path, const char *what, const char *why);

/* A growable byte buffer for output being built; oom latches the first
 * allocation failure, after which appends do nothing. */
typedef struct dl_buf {
    char *p;
    size_t n, cap;
    int oom;
} dl_buf;

/* Append k bytes / a string / printf output / text with XML's five
 * special characters escaped.  0, or -1 once out of memory. */
int dl_buf_put(dl_buf *b, const void *data, size_t k);
int dl_buf_str(dl_buf *b, const char *s);
int dl_buf_printf(dl_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
int dl_buf_xml(dl_buf *b, const char *s);

#endif
