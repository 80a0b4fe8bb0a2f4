/*
 * output.h - writing finished bytes (internal): the error message shared
 * by the file writer (output.c) and the chart backends (backend.c).
 */
#ifndef DL_OUTPUT_H
#define DL_OUTPUT_H

#include "dateline.h"

/* Fill err (when not NULL) with a message about path: "what: why", or
 * "what" when why is NULL. */
void dl_io_error(dl_error *err, const char *path, const char *what, const char *why);

#endif
