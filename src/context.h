/*
 * context.h - the words around a date decide whether it is an event (internal).
 */
#ifndef DL_CONTEXT_H
#define DL_CONTEXT_H

#include "timex.h"

/* Why the date t in the sentence text[s0..s1) is not a happening on the
 * chart ("target", "comparison", ...), or NULL when it may be one. */
const char *dl_not_event(const char *text, size_t s0, size_t s1, const dl_timex *t);

/* Does b close a range that a opens ("from 2011 to 2015", "between 2015
 * and 2018", "2009-2010")?  s0 is the start of their sentence. */
int dl_range_pair(const char *text, size_t s0, const dl_timex *a, const dl_timex *b);

#endif
