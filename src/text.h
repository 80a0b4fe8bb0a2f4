/*
 * text.h - raw text: encoding checks, sentences and words (internal).
 */
#ifndef DL_TEXT_H
#define DL_TEXT_H

#include <stddef.h>

/* Check that text is UTF-8 without NUL bytes.  Returns 0 when it is;
 * otherwise -1 with the 1-based line and column (in bytes) of the first
 * bad byte and a static description in *what. */
int dl_utf8_check(const char *text, size_t len, int *line, int *col, const char **what);

/* Length of the valid UTF-8 sequence at s (n bytes left): 1-4, or 0 when
 * invalid (overlong, surrogate, above U+10FFFF, cut short). */
size_t dl_utf8_seq(const unsigned char *s, size_t n);

/* Does text start with a UTF-16 byte-order mark? */
int dl_is_utf16(const char *text, size_t len);
/* Convert UTF-16 with a byte-order mark to UTF-8 (malloc'd, NUL-terminated,
 * caller frees).  NULL when the input is not well-formed UTF-16 (*bad is
 * the byte offset of the first bad unit) or out of memory (*bad = -1). */
char *dl_utf16_to_utf8(const char *text, size_t len, size_t *outlen, size_t *bad);

/* 1-based line and byte column of offset off in text. */
void dl_line_col(const char *text, size_t off, int *line, int *col);

/* A span of text: [start, end). */
typedef struct dl_span {
    size_t start, end;
} dl_span;

typedef struct dl_spans {
    dl_span *v;
    size_t n, cap;
} dl_spans;

/* Split text into sentences: at . ! ? followed by space and a capital,
 * digit or quote (not after abbreviations like "Jan." or "U.S." or an
 * initial), at blank lines, and at the ends of lines that carry no
 * sentence punctuation (headlines, datelines, crossheads).  Leading and
 * trailing space is trimmed.  Returns 0, -1 when out of memory. */
int dl_sentences(const char *text, size_t len, dl_spans *out);
void dl_spans_free(dl_spans *s);

#endif
