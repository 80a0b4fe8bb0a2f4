/*
 * text.c - the first stage: raw bytes become checked UTF-8 and sentences.
 *
 * Sentences matter twice later on: the event label is built from the
 * clause around a date, and the sentence is kept as the event's text so a
 * reader can check it.  News text splits well on punctuation once the
 * common abbreviations are known, plus line structure: headlines and
 * crossheads carry no full stop.
 */
#include "text.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Length of the UTF-8 sequence at s (1-4; n bytes left), or 0 when it is
 * invalid: overlong, a surrogate, above U+10FFFF, or cut short. */
size_t dl_utf8_seq(const unsigned char *s, size_t n)
{
    unsigned c = s[0], min;
    size_t len;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        len = 2, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
        len = 3, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
        len = 4, min = 0x10000;
    else
        return 0;
    if (n < len)
        return 0;
    unsigned cp = c & (0x3F >> (len - 1));
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = cp << 6 | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

/* Append code point cp to out as UTF-8; returns bytes written. */
static size_t put_utf8(unsigned cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

int dl_is_utf16(const char *text, size_t len)
{
    const unsigned char *p = (const unsigned char *)text;
    return len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF));
}

char *dl_utf16_to_utf8(const char *text, size_t len, size_t *outlen, size_t *bad)
{
    const unsigned char *p = (const unsigned char *)text;
    int be = p[0] == 0xFE;
    char *out = malloc((len / 2) * 3 + 4);
    if (!out) {
        *bad = (size_t)-1;
        return NULL;
    }
    size_t n = 0;
    for (size_t i = 2; i + 1 < len; i += 2) {
        unsigned u = be ? (unsigned)(p[i] << 8 | p[i + 1]) : (unsigned)(p[i + 1] << 8 | p[i]);
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (i + 3 >= len) {
                *bad = i;
                free(out);
                return NULL;
            }
            unsigned v = be ? (unsigned)(p[i + 2] << 8 | p[i + 3]) : (unsigned)(p[i + 3] << 8 | p[i + 2]);
            if (v < 0xDC00 || v > 0xDFFF) {
                *bad = i;
                free(out);
                return NULL;
            }
            u = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
            i += 2;
        } else if ((u >= 0xDC00 && u <= 0xDFFF) || u == 0) {
            *bad = i;
            free(out);
            return NULL;
        }
        n += put_utf8(u, out + n);
    }
    if (len % 2) {
        *bad = len - 1;
        free(out);
        return NULL;
    }
    out[n] = '\0';
    *outlen = n;
    return out;
}

/* The message for a file that starts like a known binary format, or NULL. */
static const char *binary_kind(const char *text, size_t len)
{
    static const struct { const char *magic; size_t n; const char *what; } kinds[] = {
        { "\x89PNG\r\n\x1a\n", 8, "file is not text (looks like PNG)" },
        { "%PDF-", 5, "file is not text (looks like PDF)" },
        { "PK\x03\x04", 4, "file is not text (looks like a ZIP archive: .docx, .xlsx, ...)" },
        { "GIF8", 4, "file is not text (looks like GIF)" },
        { "\xFF\xD8\xFF", 3, "file is not text (looks like JPEG)" },
        { "\x1F\x8B", 2, "file is not text (looks like gzip)" },
    };
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (len >= kinds[k].n && memcmp(text, kinds[k].magic, kinds[k].n) == 0)
            return kinds[k].what;
    return NULL;
}

int dl_utf8_check(const char *text, size_t len, int *line, int *col, const char **what)
{
    const unsigned char *p = (const unsigned char *)text;
    const char *bin = binary_kind(text, len);
    if (bin) {
        *line = *col = 1;
        *what = bin;
        return -1;
    }
    if (dl_is_utf16(text, len)) {
        *line = *col = 1;
        *what = "text is UTF-16: convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)";
        return -1;
    }
    int ln = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < len;) {
        if (p[i] < 0x80) {
            if (p[i] == 0) {
                *line = ln;
                *col = (int)(i - line_start + 1);
                *what = "NUL byte in text: this looks like a binary file";
                return -1;
            }
            if (p[i] == '\n') {
                ln++;
                line_start = i + 1;
            }
            i++;
            continue;
        }
        size_t n = dl_utf8_seq(p + i, len - i);
        if (n == 0) {
            *line = ln;
            *col = (int)(i - line_start + 1);
            *what = "invalid UTF-8 (is the file Latin-1? convert it with iconv -f LATIN1 -t UTF-8)";
            return -1;
        }
        i += n;
    }
    return 0;
}

void dl_line_col(const char *text, size_t off, int *line, int *col)
{
    int ln = 1;
    size_t ls = 0;
    for (size_t i = 0; i < off; i++)
        if (text[i] == '\n') {
            ln++;
            ls = i + 1;
        }
    *line = ln;
    *col = (int)(off - ls + 1);
}

/* Abbreviations, by what may follow them without ending a sentence:
 * titles and initials never end one, month names not before a day number,
 * the rest end one only when a capital follows (and not inside "U.S."). */
enum { AB_NONE, AB_TITLE, AB_MONTH, AB_OTHER };

static const struct { const char *w; int kind; } abbrevs[] = {
    { "jan", AB_MONTH }, { "feb", AB_MONTH }, { "mar", AB_MONTH }, { "apr", AB_MONTH },
    { "jun", AB_MONTH }, { "jul", AB_MONTH }, { "aug", AB_MONTH }, { "sep", AB_MONTH },
    { "sept", AB_MONTH }, { "oct", AB_MONTH }, { "nov", AB_MONTH }, { "dec", AB_MONTH },
    { "mr", AB_TITLE }, { "mrs", AB_TITLE }, { "ms", AB_TITLE }, { "dr", AB_TITLE },
    { "prof", AB_TITLE }, { "gen", AB_TITLE }, { "col", AB_TITLE }, { "lt", AB_TITLE },
    { "sgt", AB_TITLE }, { "capt", AB_TITLE }, { "gov", AB_TITLE }, { "sen", AB_TITLE },
    { "rep", AB_TITLE }, { "rev", AB_TITLE }, { "st", AB_TITLE }, { "mt", AB_TITLE },
    { "no", AB_TITLE }, { "vs", AB_TITLE }, { "ft", AB_OTHER }, { "etc", AB_OTHER },
    { "inc", AB_OTHER }, { "corp", AB_OTHER }, { "ltd", AB_OTHER }, { "co", AB_OTHER },
    { "jr", AB_OTHER }, { "sr", AB_OTHER }, { "approx", AB_OTHER }, { "est", AB_OTHER },
    { "dept", AB_OTHER }, { "u.s", AB_OTHER }, { "u.k", AB_OTHER }, { "u.n", AB_OTHER },
    { "e.u", AB_OTHER }, { "a.m", AB_OTHER }, { "p.m", AB_OTHER }, { "i.e", AB_TITLE },
    { "e.g", AB_TITLE },
};

/* What kind of abbreviation ends just before the '.' at i, if any. */
static int abbrev_kind(const char *text, size_t start, size_t i)
{
    size_t b = i;
    while (b > start && (isalpha((unsigned char)text[b - 1]) || text[b - 1] == '.'))
        b--;
    size_t n = i - b;
    if (n == 1 && isupper((unsigned char)text[b]))
        return AB_TITLE; /* an initial: "John F. Kennedy" */
    for (size_t k = 0; k < sizeof abbrevs / sizeof abbrevs[0]; k++)
        if (strlen(abbrevs[k].w) == n && strncasecmp(text + b, abbrevs[k].w, n) == 0)
            return abbrevs[k].kind;
    return AB_NONE;
}

/* Does a full stop at i, after an abbreviation, end the sentence? */
static int abbrev_ends(const char *text, size_t len, size_t start, size_t i, size_t j)
{
    int k = abbrev_kind(text, start, i);
    while (j < len && (text[j] == ' ' || text[j] == '\t'))
        j++;
    switch (k) {
    case AB_TITLE: return 0;
    case AB_MONTH: return j < len && !isdigit((unsigned char)text[j]);
    case AB_OTHER:
        /* "U.S. President" usually continues; "... Inc. The" ends */
        if (i >= 2 && text[i - 2] == '.' )
            return 0;
        return 1;
    default: return 1;
    }
}

/* Append a trimmed span when it holds anything. */
static int push(dl_spans *s, const char *text, size_t a, size_t b)
{
    while (a < b && isspace((unsigned char)text[a]))
        a++;
    while (b > a && isspace((unsigned char)text[b - 1]))
        b--;
    if (a == b)
        return 0;
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 64;
        dl_span *v = realloc(s->v, cap * sizeof *v);
        if (!v)
            return -1;
        s->v = v;
        s->cap = cap;
    }
    s->v[s->n].start = a;
    s->v[s->n].end = b;
    s->n++;
    return 0;
}

/* Does a sentence start at j (after spaces): capital, digit, quote? */
static int starts_sentence(const char *text, size_t len, size_t j)
{
    while (j < len && (text[j] == ' ' || text[j] == '\t'))
        j++;
    if (j >= len || text[j] == '\n' || text[j] == '\r')
        return 1;
    unsigned char c = (unsigned char)text[j];
    return isupper(c) || isdigit(c) || c == '"' || c == '\'' || c == '(' || c >= 0x80;
}

/* Does a line end at i: '\n', or a lone '\r' (old Mac line ends)? */
static int is_eol(const char *text, size_t len, size_t i)
{
    return text[i] == '\n' || (text[i] == '\r' && (i + 1 >= len || text[i + 1] != '\n'));
}

int dl_sentences(const char *text, size_t len, dl_spans *out)
{
    size_t start = 0;
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        if (is_eol(text, len, i)) {
            /* a line without final punctuation ends a unit only when the
             * next line is blank or the line looks like a heading */
            size_t e = i;
            while (e > start && (text[e - 1] == ' ' || text[e - 1] == '\r' || text[e - 1] == '\t'))
                e--;
            size_t j = i + 1;
            while (j < len && (text[j] == ' ' || text[j] == '\t' ||
                               (text[j] == '\r' && j + 1 < len && text[j + 1] == '\n')))
                j++;
            int blank_next = j >= len || is_eol(text, len, j);
            int unpunct = e > start && !strchr(".!?:;,\"'", text[e - 1]) &&
                          (unsigned char)text[e - 1] < 0x80;
            if (blank_next || unpunct) {
                if (push(out, text, start, i) != 0)
                    return -1;
                start = i + 1;
            }
            continue;
        }
        if (c != '.' && c != '!' && c != '?')
            continue;
        size_t j = i + 1;
        /* closing quotes and brackets belong to the sentence */
        while (j < len && (text[j] == '"' || text[j] == '\'' || text[j] == ')'))
            j++;
        if (j + 2 < len && (unsigned char)text[j] == 0xE2 && (unsigned char)text[j + 1] == 0x80 &&
            ((unsigned char)text[j + 2] == 0x9D || (unsigned char)text[j + 2] == 0x99))
            j += 3; /* ” or ’ */
        if (j < len && !isspace((unsigned char)text[j]))
            continue;
        if (c == '.' && !abbrev_ends(text, len, start, i, j))
            continue;
        if (!starts_sentence(text, len, j))
            continue;
        if (push(out, text, start, j) != 0)
            return -1;
        start = j;
    }
    return push(out, text, start, len);
}

void dl_spans_free(dl_spans *s)
{
    if (!s)
        return;
    free(s->v);
    s->v = NULL;
    s->n = s->cap = 0;
}
