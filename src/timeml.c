/*
 * timeml.c - TimeML in and out (the TempEval-3 task A interface).
 *
 * dl_timeml() checks that the document is well-formed XML in UTF-8, finds
 * the DCT (a TIMEX3 with the creation date) and the TEXT element, decodes
 * TEXT's character data (entities resolved, markup replaced by a NUL
 * barrier) while keeping a map from every decoded byte back to the raw
 * bytes, tags the decoded text, and writes the document back unchanged
 * except for TIMEX3 tags inserted at raw offsets.  Entities are never
 * split: a decoded byte maps to the start of its whole entity.
 */
#include "timex.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What the XML scan found. */
typedef struct tm_doc {
    const char *s;
    size_t len;
    size_t text_b, text_e;   /* TEXT content [b, e) */
    int has_text, has_dct, in_dct;
    char dct_value[64];
    char dct_tid[32];
    size_t dct_pos;
    unsigned long *tids;     /* numeric tids used ("t12" -> 12) */
    size_t ntids, captids;
} tm_doc;

/* Fill err with a message at byte offset pos of s. */
static void tm_err(dl_error *err, const char *name, const char *s, size_t pos,
                   const char *fmt, ...)
{
    if (!err)
        return;
    int line = 1, col = 1;
    for (size_t i = 0; i < pos; i++) {
        if (s[i] == '\n') {
            line++;
            col = 1;
        } else if (((unsigned char)s[i] & 0xC0) != 0x80) {
            col++;
        }
    }
    snprintf(err->file, sizeof err->file, "%s", name ? name : "-");
    err->line = line;
    err->col = col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
}

/* Offset of the first invalid UTF-8 byte (or a NUL), or len when valid. */
static size_t utf8_check(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        unsigned c = p[i];
        if (c == 0)
            return i;
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t n;
        unsigned min;
        if (c >= 0xC2 && c <= 0xDF) { n = 2; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { n = 3; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { n = 4; min = 0x10000; }
        else return i;
        if (i + n > len)
            return i;
        unsigned v = c & (0x7F >> n);
        for (size_t k = 1; k < n; k++) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            v = (v << 6) | (p[i + k] & 0x3F);
        }
        if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
            return i;
        i += n;
    }
    return len;
}

/* 1 when c may start an XML name. */
static int name_start(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':' || c >= 0x80;
}

/* 1 when c may continue an XML name. */
static int name_char(unsigned char c)
{
    return name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

/* Decode the entity at s[i] ('&'); returns its length and the code point,
 * or 0 when it is malformed. */
static size_t entity(const char *s, size_t len, size_t i, unsigned *cp)
{
    static const struct { const char *n; unsigned cp; } ents[] = {
        {"amp;", '&'}, {"lt;", '<'}, {"gt;", '>'}, {"quot;", '"'}, {"apos;", '\''},
    };
    for (size_t k = 0; k < sizeof ents / sizeof ents[0]; k++) {
        size_t n = strlen(ents[k].n);
        if (i + 1 + n <= len && memcmp(s + i + 1, ents[k].n, n) == 0) {
            *cp = ents[k].cp;
            return n + 1;
        }
    }
    if (i + 2 < len && s[i + 1] == '#') {
        size_t j = i + 2;
        int hex = 0;
        unsigned long v = 0;
        if (s[j] == 'x') {
            hex = 1;
            j++;
        }
        size_t d0 = j;
        while (j < len && j - d0 < 8) {
            char c = s[j];
            if (c >= '0' && c <= '9') v = v * (hex ? 16 : 10) + (unsigned long)(c - '0');
            else if (hex && c >= 'a' && c <= 'f') v = v * 16 + (unsigned long)(c - 'a' + 10);
            else if (hex && c >= 'A' && c <= 'F') v = v * 16 + (unsigned long)(c - 'A' + 10);
            else break;
            j++;
        }
        if (j == d0 || j >= len || s[j] != ';' || v == 0 || v > 0x10FFFF ||
            (v >= 0xD800 && v <= 0xDFFF))
            return 0;
        *cp = (unsigned)v;
        return j + 1 - i;
    }
    return 0;
}

/* Remember a tid attribute value ("t12") as used. */
static int note_tid(tm_doc *d, const char *v, size_t n)
{
    if (n < 2 || v[0] != 't')
        return 0;
    unsigned long x = 0;
    for (size_t i = 1; i < n; i++) {
        if (v[i] < '0' || v[i] > '9' || x > 100000000)
            return 0;
        x = x * 10 + (unsigned long)(v[i] - '0');
    }
    if (d->ntids == d->captids) {
        size_t nc = d->captids ? d->captids * 2 : 16;
        unsigned long *nt = realloc(d->tids, nc * sizeof *nt);
        if (!nt)
            return -1;
        d->tids = nt;
        d->captids = nc;
    }
    d->tids[d->ntids++] = x;
    return 0;
}

/* Parse the attributes of a start tag from s[i] up to '>' or "/>".
 * Returns the offset of '>' or '/', or (size_t)-1 with err filled. */
static size_t scan_attrs(tm_doc *d, size_t i, int is_timex, dl_error *err, const char *name)
{
    const char *s = d->s;
    size_t len = d->len;
    for (;;) {
        size_t ws = i;
        while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
            i++;
        if (i >= len) {
            tm_err(err, name, s, len, "unterminated tag");
            return (size_t)-1;
        }
        if (s[i] == '>' || (s[i] == '/' && i + 1 < len && s[i + 1] == '>'))
            return i;
        if (!name_start((unsigned char)s[i]) || i == ws) {
            tm_err(err, name, s, i, "bad attribute");
            return (size_t)-1;
        }
        size_t nb = i;
        while (i < len && name_char((unsigned char)s[i]))
            i++;
        size_t ne = i;
        while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
            i++;
        if (i >= len || s[i] != '=') {
            tm_err(err, name, s, i, "attribute without a value");
            return (size_t)-1;
        }
        i++;
        while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
            i++;
        if (i >= len || (s[i] != '"' && s[i] != '\'')) {
            tm_err(err, name, s, i, "attribute value not quoted");
            return (size_t)-1;
        }
        char q = s[i++];
        size_t vb = i;
        while (i < len && s[i] != q) {
            if (s[i] == '<') {
                tm_err(err, name, s, i, "'<' in attribute value");
                return (size_t)-1;
            }
            if (s[i] == '&') {
                unsigned cp;
                size_t n = entity(s, len, i, &cp);
                if (!n) {
                    tm_err(err, name, s, i, "bad entity");
                    return (size_t)-1;
                }
                i += n;
                continue;
            }
            i++;
        }
        if (i >= len) {
            tm_err(err, name, s, len, "unterminated attribute value");
            return (size_t)-1;
        }
        size_t vl = i - vb;
        i++;
        if (ne - nb == 3 && memcmp(s + nb, "tid", 3) == 0) {
            if (note_tid(d, s + vb, vl) < 0) {
                tm_err(err, name, s, vb, "out of memory");
                return (size_t)-1;
            }
            if (is_timex && d->in_dct && !d->dct_tid[0] && vl < sizeof d->dct_tid) {
                memcpy(d->dct_tid, s + vb, vl);
                d->dct_tid[vl] = 0;
            }
        }
        if (is_timex && d->in_dct && ne - nb == 5 && memcmp(s + nb, "value", 5) == 0 &&
            !d->dct_value[0] && vl < sizeof d->dct_value) {
            memcpy(d->dct_value, s + vb, vl);
            d->dct_value[vl] = 0;
            d->dct_pos = vb;
        }
    }
}

/* 1 when s[b..e) is the name n. */
static int name_is(const char *s, size_t b, size_t e, const char *n)
{
    return e - b == strlen(n) && memcmp(s + b, n, e - b) == 0;
}

/* Walk the whole document checking it is well formed; note DCT and TEXT. */
static int scan_xml(tm_doc *d, dl_error *err, const char *name)
{
    const char *s = d->s;
    size_t len = d->len, i = 0, depth = 0, roots = 0;
    if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        i = 3;  /* a UTF-8 byte order mark */
    struct { size_t b, e; } stack[256];
    int in_text = 0;
    while (i < len) {
        if (s[i] == '&') {
            unsigned cp;
            size_t n = entity(s, len, i, &cp);
            if (!n) {
                tm_err(err, name, s, i, "bad entity");
                return -1;
            }
            i += n;
            continue;
        }
        if (s[i] != '<') {
            if (depth == 0 && !(s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) {
                tm_err(err, name, s, i, "text outside the root element");
                return -1;
            }
            if (s[i] == '>' && i >= 2 && s[i - 1] == ']' && s[i - 2] == ']') {
                tm_err(err, name, s, i - 2, "']]>' in text");
                return -1;
            }
            i++;
            continue;
        }
        size_t lt = i;
        if (i + 4 <= len && memcmp(s + i, "<!--", 4) == 0) {
            const char *e = NULL;
            for (size_t k = i + 4; k + 3 <= len; k++)
                if (s[k] == '-' && s[k + 1] == '-' && s[k + 2] == '>') {
                    e = s + k;
                    break;
                }
            if (!e) {
                tm_err(err, name, s, lt, "unterminated comment");
                return -1;
            }
            i = (size_t)(e - s) + 3;
            continue;
        }
        if (i + 9 <= len && memcmp(s + i, "<![CDATA[", 9) == 0) {
            size_t k = i + 9;
            while (k + 3 <= len && memcmp(s + k, "]]>", 3) != 0)
                k++;
            if (k + 3 > len || depth == 0) {
                tm_err(err, name, s, lt, depth ? "unterminated CDATA" : "CDATA outside the root");
                return -1;
            }
            if (in_text) {
                tm_err(err, name, s, lt, "CDATA inside TEXT is not supported");
                return -1;
            }
            i = k + 3;
            continue;
        }
        if (i + 2 <= len && (s[i + 1] == '?' || s[i + 1] == '!')) {
            char open = s[i + 1];
            size_t k = i + 2;
            int br = 0;
            while (k < len && !(s[k] == '>' && br == 0 && (open == '!' || s[k - 1] == '?'))) {
                if (s[k] == '[') br++;
                if (s[k] == ']' && br) br--;
                k++;
            }
            if (k >= len || (open == '!' && depth > 0)) {
                tm_err(err, name, s, lt, k >= len ? "unterminated markup" : "misplaced declaration");
                return -1;
            }
            i = k + 1;
            continue;
        }
        int closing = i + 1 < len && s[i + 1] == '/';
        i += closing ? 2 : 1;
        size_t nb = i;
        if (i >= len || !name_start((unsigned char)s[i])) {
            tm_err(err, name, s, lt, "bad tag");
            return -1;
        }
        while (i < len && name_char((unsigned char)s[i]))
            i++;
        size_t ne = i;
        if (closing) {
            while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
                i++;
            if (i >= len || s[i] != '>') {
                tm_err(err, name, s, lt, "bad end tag");
                return -1;
            }
            if (depth == 0 || !(stack[depth - 1].e - stack[depth - 1].b == ne - nb &&
                                memcmp(s + stack[depth - 1].b, s + nb, ne - nb) == 0)) {
                tm_err(err, name, s, lt, "end tag </%.*s> does not match", (int)(ne - nb > 40 ? 40 : ne - nb), s + nb);
                return -1;
            }
            depth--;
            if (name_is(s, nb, ne, "TEXT") && in_text) {
                d->text_e = lt;
                d->has_text = 1;
                in_text = 0;
            }
            if (name_is(s, nb, ne, "DCT"))
                d->in_dct = 0;
            i++;
            continue;
        }
        int is_timex = name_is(s, nb, ne, "TIMEX3");
        size_t g = scan_attrs(d, i, is_timex, err, name);
        if (g == (size_t)-1)
            return -1;
        int empty = s[g] == '/';
        i = g + (empty ? 2 : 1);
        if (depth == 0 && roots++ > 0) {
            tm_err(err, name, s, lt, "more than one root element");
            return -1;
        }
        if (empty)
            continue;
        if (depth >= sizeof stack / sizeof stack[0]) {
            tm_err(err, name, s, lt, "elements nested too deeply");
            return -1;
        }
        stack[depth].b = nb;
        stack[depth].e = ne;
        depth++;
        if (name_is(s, nb, ne, "TEXT")) {
            if (d->has_text || in_text) {
                tm_err(err, name, s, lt, "more than one TEXT element");
                return -1;
            }
            in_text = 1;
            d->text_b = i;
        }
        if (name_is(s, nb, ne, "DCT")) {
            d->in_dct = 1;
            d->has_dct = 1;
        }
    }
    if (depth > 0) {
        tm_err(err, name, s, len, "element <%.*s> not closed",
               (int)(stack[depth - 1].e - stack[depth - 1].b > 40 ? 40 : stack[depth - 1].e - stack[depth - 1].b),
               s + stack[depth - 1].b);
        return -1;
    }
    if (roots == 0) {
        tm_err(err, name, s, len, "no root element");
        return -1;
    }
    return 0;
}

/* Parse a DCT value: "1998-01-08", "1998-01-08T10:00:00", "19980108". */
static int parse_dct(const char *v, dl_date *out)
{
    char buf[16];
    int ec;
    size_t n = strlen(v);
    if (n >= 10 && v[4] == '-' && v[7] == '-') {
        memcpy(buf, v, 10);
        buf[10] = 0;
        return dl_date_parse(buf, out, &ec);
    }
    if (n == 8) {
        snprintf(buf, sizeof buf, "%.4s-%.2s-%.2s", v, v + 4, v + 6);
        return dl_date_parse(buf, out, &ec);
    }
    if (n == 7 || n == 4)
        return dl_date_parse(v, out, &ec);
    return -1;
}

/* Decode TEXT [b, e) into *out with map[i] = raw offset of decoded byte i
 * (map[n] = e).  Markup becomes a NUL barrier.  Returns length or -1. */
static long decode_text(const char *s, size_t b, size_t e, char **out, size_t **map)
{
    size_t cap = e - b + 1;
    char *t = malloc(cap);
    size_t *m = malloc((cap + 1) * sizeof *m);
    if (!t || !m) {
        free(t);
        free(m);
        return -1;
    }
    size_t n = 0, i = b;
    while (i < e) {
        if (s[i] == '&') {
            unsigned cp = 0;
            size_t l = entity(s, e, i, &cp);
            if (!l)
                l = 1, cp = '&';
            char u[4];
            size_t ul;
            if (cp < 0x80) { u[0] = (char)cp; ul = 1; }
            else if (cp < 0x800) { u[0] = (char)(0xC0 | cp >> 6); u[1] = (char)(0x80 | (cp & 0x3F)); ul = 2; }
            else if (cp < 0x10000) { u[0] = (char)(0xE0 | cp >> 12); u[1] = (char)(0x80 | ((cp >> 6) & 0x3F)); u[2] = (char)(0x80 | (cp & 0x3F)); ul = 3; }
            else { u[0] = (char)(0xF0 | cp >> 18); u[1] = (char)(0x80 | ((cp >> 12) & 0x3F)); u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); u[3] = (char)(0x80 | (cp & 0x3F)); ul = 4; }
            /* an entity decodes to at most 4 bytes and takes at least 4 */
            for (size_t k = 0; k < ul; k++) {
                t[n] = u[k];
                m[n++] = i;
            }
            i += l;
        } else if (s[i] == '<') {
            size_t k = i;
            while (k < e && s[k] != '>')
                k++;
            t[n] = 0;
            m[n++] = i;
            i = k < e ? k + 1 : e;
        } else {
            t[n] = s[i];
            m[n++] = i++;
        }
    }
    m[n] = e;
    t[n] = 0;
    *out = t;
    *map = m;
    return (long)n;
}

/* A growable output buffer. */
typedef struct tm_buf { char *p; size_t n, cap; int oom; } tm_buf;

/* Append n bytes to b. */
static void put(tm_buf *b, const char *s, size_t n)
{
    if (b->oom)
        return;
    if (b->n + n + 1 > b->cap) {
        size_t nc = (b->cap + n + 1) * 2;
        char *np = realloc(b->p, nc);
        if (!np) {
            b->oom = 1;
            return;
        }
        b->p = np;
        b->cap = nc;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

/* Append a string to b. */
static void puts_(tm_buf *b, const char *s)
{
    put(b, s, strlen(s));
}

/* 1 when numeric tid x is used in the document. */
static int tid_used(const tm_doc *d, unsigned long x)
{
    for (size_t i = 0; i < d->ntids; i++)
        if (d->tids[i] == x)
            return 1;
    return 0;
}

/* The opening TIMEX3 tag for x with tid number id. */
static void open_tag(tm_buf *b, const dl_timex *x, unsigned long id, const char *anchor_tid)
{
    static const char *const types[] = {"DATE", "TIME", "DURATION", "SET"};
    char tmp[256];
    snprintf(tmp, sizeof tmp, "<TIMEX3 tid=\"t%lu\" type=\"%s\" value=\"%s\"", id,
             types[x->type], x->value);
    puts_(b, tmp);
    if (x->mod[0]) {
        snprintf(tmp, sizeof tmp, " mod=\"%s\"", x->mod);
        puts_(b, tmp);
    }
    if (x->quant[0]) {
        snprintf(tmp, sizeof tmp, " quant=\"%s\"", x->quant);
        puts_(b, tmp);
    }
    if (x->freq[0]) {
        snprintf(tmp, sizeof tmp, " freq=\"%s\"", x->freq);
        puts_(b, tmp);
    }
    if (anchor_tid && anchor_tid[0]) {
        snprintf(tmp, sizeof tmp, " anchorTimeID=\"%s\"", anchor_tid);
        puts_(b, tmp);
    }
    puts_(b, ">");
}

/* Write the document with TIMEX3 tags for t (offsets in decoded TEXT). */
static char *write_doc(const tm_doc *d, const dl_timexes *t, const size_t *map,
                       const char *dtext, size_t *outlen)
{
    tm_buf b = {0};
    unsigned long *ids = calloc(t->n + 1, sizeof *ids);
    if (!ids)
        return NULL;
    unsigned long next = 1;
    for (size_t i = 0; i < t->n; i++) {
        while (tid_used(d, next))
            next++;
        ids[i] = next++;
    }
    put(&b, d->s, d->text_b);
    size_t raw = d->text_b;
    for (size_t i = 0; i < t->n; i++) {
        const dl_timex *x = &t->v[i];
        /* never across markup (a NUL barrier in the decoded text) */
        if (memchr(dtext + x->start, 0, x->end - x->start))
            continue;
        size_t rs = map[x->start], re = map[x->end];
        if (rs < raw)
            continue;
        put(&b, d->s + raw, rs - raw);
        char anchor[40] = "";
        if (x->anchor >= 0 && (size_t)x->anchor < t->n)
            snprintf(anchor, sizeof anchor, "t%lu", ids[x->anchor]);
        else if ((x->flags & DL_TXF_RELATIVE) && d->dct_tid[0])
            snprintf(anchor, sizeof anchor, "%s", d->dct_tid);
        open_tag(&b, x, ids[i], anchor);
        put(&b, d->s + rs, re - rs);
        puts_(&b, "</TIMEX3>");
        raw = re;
    }
    put(&b, d->s + raw, d->len - raw);
    free(ids);
    if (b.oom) {
        free(b.p);
        return NULL;
    }
    if (!b.p) {
        b.p = malloc(1);
        if (b.p)
            b.p[0] = 0;
    }
    *outlen = b.n;
    return b.p;
}

/* Check, tag and rewrite one TimeML document (see timex.h). */
char *dl_timeml(const char *doc, size_t len, const char *name, size_t *outlen,
                dl_error *err)
{
    tm_doc d;
    memset(&d, 0, sizeof d);
    d.s = doc ? doc : "";
    d.len = doc ? len : 0;
    size_t bad = utf8_check(d.s, d.len);
    if (bad < d.len) {
        tm_err(err, name, d.s, bad, d.s[bad] ? "invalid UTF-8" : "NUL byte in document");
        return NULL;
    }
    if (scan_xml(&d, err, name) < 0) {
        free(d.tids);
        return NULL;
    }
    if (!d.has_dct || !d.dct_value[0]) {
        tm_err(err, name, d.s, d.len, d.has_dct ? "DCT has no TIMEX3 value" : "missing DCT");
        free(d.tids);
        return NULL;
    }
    if (!d.has_text) {
        tm_err(err, name, d.s, d.len, "missing TEXT");
        free(d.tids);
        return NULL;
    }
    dl_date dct;
    if (parse_dct(d.dct_value, &dct) < 0) {
        tm_err(err, name, d.s, d.dct_pos, "DCT value \"%s\" is not a date", d.dct_value);
        free(d.tids);
        return NULL;
    }
    char *text;
    size_t *map;
    long n = decode_text(d.s, d.text_b, d.text_e, &text, &map);
    if (n < 0) {
        tm_err(err, name, d.s, 0, "out of memory");
        free(d.tids);
        return NULL;
    }
    dl_timexes t = {0};
    char *out = NULL;
    if (dl_tag(text, (size_t)n, &dct, &t) == 0)
        out = write_doc(&d, &t, map, text, outlen);
    if (!out)
        tm_err(err, name, d.s, 0, "out of memory");
    dl_timexes_free(&t);
    free(text);
    free(map);
    free(d.tids);
    return out;
}
