/*
 * timex.c - the temporal expression tagger: tokens, rules, extents.
 *
 * Architecture.  Tagging is a few linear passes over one text, done chunk
 * by chunk (a chunk ends at a blank line, a NUL byte or after 64 KiB, and
 * no expression crosses a chunk end), so memory stays small and the work
 * stays in cache whatever the input:
 *
 *  1. Tokenise.  The chunk becomes a compact array of tokens (words,
 *     numbers, punctuation) with chunk-relative offsets, a "space before"
 *     bit, capitalisation, sentence starts and, for words, a pointer to
 *     their entry in the lexicon (tx_lexicon.c: readable tables, one per
 *     phenomenon, hashed once per call; words are hashed while scanned).
 *     Invalid UTF-8, NUL bytes and huge lines are just more tokens or breaks.
 *
 *  2. Match.  Rules are tried only at tokens near a "core" token (a number
 *     or a word that names time: a month, a unit, "now"...), because every
 *     expression has one within its first few tokens; this keeps the
 *     matcher off most of the text.  At a candidate token the rules below
 *     are tried and the longest match wins; the scan resumes after it, so
 *     expressions never overlap.  Each rule is a small hand-written
 *     recogniser for one family of expressions ("Jan. 6, 2026", "last
 *     week", "four-year", "every Tuesday", "the year-ago quarter") that
 *     fills a candidate (tx_internal.h) with the meaning still relative:
 *     "Tuesday" is "weekday 2, direction from tense", "two days later" is
 *     "+2 days from the previous date".  Wrappers add what may surround a
 *     core expression: hedges ("nearly"), position ("early", "the end of"),
 *     "or so".  False friends ("may" as a verb, "$27", "1/2", "Sunday
 *     Times", "52 years old", "60 Minutes") are refused inside the rules
 *     with the help of the lexicon's false-friend tables.  The extents
 *     follow TimeML as annotated in news corpora: "the last week" and
 *     "early December" are in, "on"/"in"/"about" are out.
 *
 *  3. Resolve (tx_resolve.c).  Candidates are resolved in text order
 *     against the article date (dct), the last mentioned date, or, in
 *     results news, the quarter in focus ("a year earlier" after "the third
 *     quarter" is that quarter a year before).  Where the text leaves the
 *     direction open, news looks back unless the sentence speaks of the
 *     future: tx_tense() below weighs cue words around the expression, and
 *     yearless dates take the nearest candidate with that bias.
 *
 * Everything lives in a per-call context: no global mutable state, so
 * several threads may tag at once.
 */
#include "timex.h"
#include "tx_internal.h"
#include "date.h"

#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- tokens ---------------------------------------------------------- */

enum { TT_WORD = 1, TT_NUM, TT_PUNCT };
enum { SP_SPACE = 1, SP_BREAK = 2, SP_NEWLINE = 4 };
enum { NF_BIG = 1, NF_DEC = 2 };

typedef struct tx_tok {
    uint32_t s, e;                /* byte extent within the chunk */
    const struct tx_entry *lx;    /* lexicon entry, or NULL */
    int32_t num;                  /* value of a number token */
    uint8_t kind, sp, cap, ndig, nf;
    char ch;                      /* punctuation character ('\'' for ’) */
    uint8_t sent;                 /* 1: first token of a sentence */
    uint8_t core;                 /* 1: a number or a word that names time */
    uint8_t near;                 /* tokens to the next core token (capped) */
    uint8_t wlen;                 /* a word's length in bytes (capped at 255), else 0 */
    char c0;                      /* a word's first byte in lower case, else 0 */
} tx_tok;

typedef struct tx_ctx {
    const char *s;                /* the chunk being tagged */
    size_t off;                   /* its offset in the whole text */
    size_t len;
    tx_tok *t;
    size_t n, cap;
    tx_index *ix;
} tx_ctx;

#define NOV INT_MIN

/* Append a token; returns it or NULL when out of memory. */
static tx_tok *tok_push(tx_ctx *c)
{
    if (c->n == c->cap) {
        size_t nc = c->cap ? c->cap * 2 : 256;
        tx_tok *nt = realloc(c->t, nc * sizeof *nt);
        if (!nt)
            return NULL;
        c->t = nt;
        c->cap = nc;
    }
    tx_tok *t = &c->t[c->n++];
    t->lx = NULL;
    t->num = 0;
    t->kind = t->sp = t->cap = t->ndig = t->nf = t->sent = t->core = t->near = t->wlen = 0;
    t->c0 = 0;
    t->ch = 0;
    return t;
}

/* Length of the UTF-8 sequence at p (1 for an invalid byte), its code point in *cp. */
static size_t utf8_len(const unsigned char *p, size_t left, unsigned *cp)
{
    unsigned c = p[0];
    size_t n = c < 0xC2 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 1;
    if (n == 1 || n > left) {
        *cp = 0xFFFD;
        return 1;
    }
    unsigned v = c & (0x7F >> n);
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        v = (v << 6) | (p[i] & 0x3F);
    }
    *cp = v;
    return n;
}

/* Punctuation meaning of a non-ASCII code point: a char, ' ' for spaces, 0 for a letter. */
static char uni_punct(unsigned cp)
{
    if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC)
        return '\'';
    if (cp == 0x2010 || cp == 0x2011)
        return '-';
    if (cp == 0x2013 || cp == 0x2014 || cp == 0x2212)
        return '~';
    if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000)
        return ' ';
    if ((cp >= 0x2000 && cp <= 0x206F) || cp == 0xAB || cp == 0xBB || cp == 0xFFFD ||
        (cp >= 0x80 && cp < 0xC0) || cp == 0xD7 || cp == 0xF7)
        return '"';
    return 0;
}

/* Scan a number token at i: digits, thousands groups and decimals. */
static size_t scan_number(const char *s, size_t len, size_t i, tx_tok *t)
{
    size_t j = i;
    int32_t v = 0;
    while (j < len && isdigit((unsigned char)s[j])) {
        if (v < 100000000)
            v = v * 10 + (s[j] - '0');
        j++;
    }
    t->ndig = (uint8_t)(j - i > 255 ? 255 : j - i);
    if (j - i > 9)
        t->nf |= NF_BIG;
    /* 1,000,000: thousands groups make it a big number */
    while (j + 3 < len + 0 && s[j] == ',' && isdigit((unsigned char)s[j + 1]) &&
           isdigit((unsigned char)s[j + 2]) && isdigit((unsigned char)s[j + 3]) &&
           (j + 4 >= len || !isdigit((unsigned char)s[j + 4])) && t->ndig <= 3) {
        int g = (s[j + 1] - '0') * 100 + (s[j + 2] - '0') * 10 + (s[j + 3] - '0');
        v = v < 100000 ? v * 1000 + g : 100000000;  /* "11,300"; capped */
        j += 4;
        t->nf |= NF_BIG;
    }
    if (j + 1 < len && s[j] == '.' && isdigit((unsigned char)s[j + 1])) {
        j++;
        while (j < len && isdigit((unsigned char)s[j]))
            j++;
        t->nf |= NF_DEC;
    }
    t->num = v;
    return j;
}

static inline int weq(const tx_ctx *c, size_t i, const char *w);
static int tz_at(const tx_ctx *c, size_t i);

/* "... at 9 p.m. Tickets sold out": after "a.m."/"p.m." (ending at token i-1)
 * a capital that names no day, month or zone starts a sentence; "9 p.m.
 * Friday", "3 p.m. Eastern time" go on. */
static int ampm_ends_sentence(const tx_ctx *c, size_t i)
{
    if (i < 4)
        return 0;
    const tx_tok *t = &c->t[i], *m = &c->t[i - 2];
    if (m->wlen != 1 || m->c0 != 'm' || c->t[i - 3].kind != TT_PUNCT ||
        c->t[i - 3].ch != '.' || c->t[i - 4].wlen != 1 ||
        (c->t[i - 4].c0 != 'a' && c->t[i - 4].c0 != 'p') || t->kind != TT_WORD || !t->cap)
        return 0;
    if (t->lx && (t->lx->cls[0] == TXC_WEEKDAY || t->lx->cls[0] == TXC_MONTH ||
                  t->lx->cls[0] == TXC_MONTHABBR || t->lx->cls[0] == TXC_RELDAY ||
                  t->lx->cls[0] == TXC_HOLIDAY || t->lx->cls[0] == TXC_NAMEDDAY))
        return 0;
    return !tz_at(c, i) && !weq(c, i + 1, "time") && !weq(c, i, "eastern") &&
           !weq(c, i, "pacific") && !weq(c, i, "central") && !weq(c, i, "mountain");
}

/* Mark sentence starts: after . ! ? followed by a capital, and after breaks. */
static void mark_sentences(tx_ctx *c)
{
    for (size_t i = 0; i < c->n; i++) {
        tx_tok *t = &c->t[i];
        if (i == 0 || (t->sp & SP_BREAK)) {
            t->sent = 1;
            continue;
        }
        const tx_tok *p = &c->t[i - 1];
        if (p->kind != TT_PUNCT || !(t->sp & SP_SPACE))
            continue;
        if (p->ch == '!' || p->ch == '?') {
            t->sent = 1;
        } else if (p->ch == '.' && (t->cap || t->kind == TT_NUM || t->kind == TT_PUNCT)) {
            /* not after an abbreviation: a single letter or a short capitalised word */
            if (i >= 2 && c->t[i - 2].kind == TT_WORD && p->s == c->t[i - 2].e) {
                const tx_tok *w = &c->t[i - 2];
                size_t wl = w->e - w->s;
                const char *ws = c->s + w->s;
                if (ampm_ends_sentence(c, i)) {
                    t->sent = 1;
                    continue;
                }
                if (wl == 1 || (w->lx && w->lx->cls[0] == TXC_MONTHABBR) ||
                    (wl <= 3 && w->cap && !w->lx) ||
                    (wl == 2 && w->cap && (ws[1] | 0x20) == 't') ||  /* "St.", "Mt." */
                    (wl == 2 && (ws[0] | 0x20) == 'v' && (ws[1] | 0x20) == 's'))
                    continue;  /* "Roe vs. Wade" */
            }
            t->sent = 1;
        }
    }
}

/* 1 when the lexicon entry names time itself (a month, a unit, "now"...). */
static int entry_is_core(const struct tx_entry *e)
{
    for (int k = 0; k < e->n; k++) {
        switch (e->cls[k]) {
        case TXC_MONTH: case TXC_MONTHABBR: case TXC_WEEKDAY: case TXC_UNIT: case TXC_SEASON:
        case TXC_POD: case TXC_RELDAY: case TXC_REF: case TXC_SETADV: case TXC_DECWORD:
        case TXC_HOLIDAY: case TXC_REFNOUN: case TXC_PERIOD: case TXC_DAYLIGHT:
        case TXC_SEASONS:
            return 1;
        case TXC_NUMWORD:
            if (e->val[k] >= 10 || e->val[k] == 2 || e->val[k] == -2)
                return 1;
            break;
        default:
            break;
        }
    }
    return 0;
}

static int lx(const tx_ctx *c, size_t i, int cls);
static int clock_word(const tx_ctx *c, size_t i);

/* Mark core tokens and, for every token, the distance to the next one:
 * the matcher only tries rules near a core token. */
static void mark_core(tx_ctx *c)
{
    unsigned dist = 255;
    for (size_t i = c->n; i-- > 0;) {
        tx_tok *t = &c->t[i];
        /* numbers count, but not money or big counts ("$27", "1,500") */
        t->core = (t->kind == TT_NUM && !(t->nf & NF_BIG) &&
                   !(i > 0 && c->t[i - 1].kind == TT_PUNCT && c->t[i - 1].ch == '$')) ||
                  (t->lx && entry_is_core(t->lx)) ||
                  (t->lx && lx(c, i, TXC_NUMWORD) > 0 && lx(c, i, TXC_NUMWORD) < 30 &&
                   clock_word(c, i));
        dist = t->core ? 0 : dist < 255 ? dist + 1 : 255;
        t->near = (uint8_t)dist;
    }
}

/* Split the text into tokens.  Returns 0, or -1 when out of memory. */
static int tokenize(tx_ctx *c, size_t from, size_t len)
{
    const char *s = c->s;
    size_t i = from;
    c->n = 0;
    uint8_t sp = 0;
    int newlines = 0;
    while (i < len) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '\n' || ch == '\r') {
            if (ch == '\n' && ++newlines >= 2)
                sp |= SP_BREAK;
            sp |= SP_SPACE | SP_NEWLINE;
            i++;
            continue;
        }
        if (ch == ' ' || ch == '\t' || ch == '\f' || ch == '\v') {
            sp |= SP_SPACE;
            i++;
            continue;
        }
        if (ch == 0) {
            sp |= SP_SPACE | SP_BREAK;
            i++;
            continue;
        }
        unsigned cp = ch;
        size_t ul = 1;
        char pu = 0;
        if (ch >= 0x80) {
            ul = utf8_len((const unsigned char *)s + i, len - i, &cp);
            pu = uni_punct(cp);
            if (pu == ' ') {
                sp |= SP_SPACE;
                i += ul;
                continue;
            }
        }
        tx_tok *t = tok_push(c);
        if (!t)
            return -1;
        t->sp = sp;
        sp = 0;
        newlines = 0;
        t->s = (uint32_t)i;
        if (isdigit(ch)) {
            t->kind = TT_NUM;
            i = scan_number(s, len, i, t);
        } else if (isalpha(ch) || (ch >= 0x80 && !pu)) {
            t->kind = TT_WORD;
            /* ASCII letters: lower-case and hash while scanning */
            char buf[16];
            size_t n = 0;
            uint32_t h = TX_HASH_INIT;
            while (i < len) {
                unsigned char d = (unsigned char)s[i];
                unsigned char lo = d | 0x20;
                if (lo >= 'a' && lo <= 'z') {
                    if (n < sizeof buf)
                        buf[n] = (char)lo;
                    n++;
                    h = TX_HASH_STEP(h, lo);
                    i++;
                } else if (d >= 0x80) {
                    n = sizeof buf + 1;  /* not a table word */
                    unsigned cp2;
                    size_t l2 = utf8_len((const unsigned char *)s + i, len - i, &cp2);
                    if (uni_punct(cp2))
                        break;
                    i += l2;
                } else {
                    break;
                }
            }
            t->e = (uint32_t)i;
            t->wlen = (uint8_t)(i - t->s < 255 ? i - t->s : 255);
            t->c0 = (char)(s[t->s] | 0x20);
            if (n <= 14)
                t->lx = tx_lookup_hashed(c->ix, buf, n, h);
            if (ch >= 'A' && ch <= 'Z')
                t->cap = (n > 1 && s[i - 1] >= 'A' && s[i - 1] <= 'Z') ? 2 : 1;
            continue;
        } else {
            t->kind = TT_PUNCT;
            t->ch = ch >= 0x80 ? pu : (char)ch;
            if (t->ch == '`')
                t->ch = '\'';
            i += ul;
        }
        t->e = (uint32_t)i;
    }
    mark_sentences(c);
    mark_core(c);
    return 0;
}

/* ---- token predicates ------------------------------------------------- */

/* Value of class cls on word token i, or NOV. */
static int lx(const tx_ctx *c, size_t i, int cls)
{
    if (i >= c->n || !c->t[i].lx)
        return NOV;
    const struct tx_entry *e = c->t[i].lx;
    for (int k = 0; k < e->n; k++)
        if (e->cls[k] == cls)
            return e->val[k];
    return NOV;
}

/* 1 when the word token t, whose first byte and length match w's, is w. */
static int weq_rest(const tx_ctx *c, const tx_tok *t, const char *w)
{
    for (size_t k = 1; k < t->wlen; k++)
        if ((c->s[t->s + k] | 0x20) != w[k])
            return 0;
    return 1;
}

/* 1 when token i is the word w (lower case, compared case-insensitively).
 * Called a million times a megabyte: the test most words fail, first
 * byte and length, is inline (strlen of a literal folds away). */
#if defined __GNUC__
__attribute__((always_inline))
#endif
static inline int weq(const tx_ctx *c, size_t i, const char *w)
{
    if (i >= c->n)
        return 0;
    const tx_tok *t = &c->t[i];
    return t->c0 == w[0] && t->wlen == strlen(w) && weq_rest(c, t, w);
}

/* 1 when token i is one of the n words of list (a rule's own short list). */
static int word_in(const tx_ctx *c, size_t i, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (weq(c, i, list[k]))
            return 1;
    return 0;
}
#define WORD_IN(c, i, list) word_in((c), (i), (list), sizeof (list) / sizeof (list)[0])

/* 1 when token i is the punctuation ch. */
static int pch(const tx_ctx *c, size_t i, char ch)
{
    return i < c->n && c->t[i].kind == TT_PUNCT && c->t[i].ch == ch;
}

/* 1 when token i directly follows token i-1 (no space). */
static int adj(const tx_ctx *c, size_t i)
{
    return i < c->n && i > 0 && c->t[i].s == c->t[i - 1].e;
}

/* 1 when token i is a plain number (no thousands groups, no decimals). */
static int isnum(const tx_ctx *c, size_t i)
{
    return i < c->n && c->t[i].kind == TT_NUM && !c->t[i].nf;
}

/* 1 when token i starts a sentence (or there is none). */
static int sent_start(const tx_ctx *c, size_t i)
{
    return i >= c->n || c->t[i].sent;
}

/* Skip "-" joining tokens i-1 and i+1 ("four-year"); returns the index after. */
static size_t hyph(const tx_ctx *c, size_t i)
{
    if (pch(c, i, '-') && adj(c, i) && adj(c, i + 1))
        return i + 1;
    return i;
}

/* Skip a possessive "'s" at i; returns the index after it (or i). */
static size_t poss(const tx_ctx *c, size_t i)
{
    if (pch(c, i, '\'') && adj(c, i) && weq(c, i + 1, "s") && adj(c, i + 1))
        return i + 2;
    return i;
}

/* ---- numbers ----------------------------------------------------------- */

/* A count at i: digits, or number words ("twenty-four", "a hundred").
 * Returns the index after it, 0 when none; *v the value. */
static size_t count_at(const tx_ctx *c, size_t i, long *v)
{
    if (isnum(c, i) && c->t[i].ndig <= 6) {
        *v = c->t[i].num;
        return i + 1;
    }
    if (i < c->n && c->t[i].kind == TT_NUM && c->t[i].nf == NF_BIG &&
        c->t[i].num < 100000000 && lx(c, i + 1, TXC_UNIT) != NOV) {
        *v = c->t[i].num;  /* "the past 11,300 years", "1,000 days" */
        return i + 1;
    }
    int a = lx(c, i, TXC_NUMWORD);
    if (a == NOV || a < 0)
        return 0;
    long val = a;
    size_t j = i + 1;
    if (a >= 20 && a <= 90 && a % 10 == 0) {
        size_t k = hyph(c, j);
        int b = lx(c, k, TXC_NUMWORD);
        if (b != NOV && b >= 1 && b <= 9 && !weq(c, k, "a") && !weq(c, k, "an")) {
            val += b;
            j = k + 1;
        }
    }
    int h = lx(c, j, TXC_NUMWORD);
    if ((h == 100 || h == 1000) && val < 100) {
        val *= h;
        j++;
    }
    *v = val;
    return j;
}

/* ---- candidates -------------------------------------------------------- */

/* Reset a candidate: every field absent (see tx_internal.h). */
void tx_cand_init(tx_cand *k)
{
    /* field by field: the rules try many candidates, the strings stay unset */
    k->t0 = k->t1 = 0;
    k->kind = TXK_ABS;
    k->type = DL_TX_DATE;
    k->y = k->m = k->d = k->hh = k->mi = k->ss = -1;
    k->yoff = k->has_yoff = k->strict = 0;
    k->century = k->decade = k->season = k->quarter = k->half = k->week = -1;
    k->pod = k->pod_date = k->weekend = k->aside = k->attrib = k->lead = k->doff = k->dmy = 0;
    k->adv = k->firm_past = k->past_plan = 0;
    k->sched = k->small_hours = 0;
    k->span = k->turn = k->qend = k->fiscal = k->birth = k->half_open = k->yback = 0;
    k->n = k->unit = k->dir = k->from = k->mod = 0;
    k->wd = -1;
    k->value[0] = k->quant[0] = k->freq[0] = 0;
    k->flags = 0;
}

/* Set a literal value. */
static void lit(tx_cand *k, dl_tx_type type, const char *v)
{
    k->kind = TXK_LITERAL;
    k->type = type;
    snprintf(k->value, sizeof k->value, "%s", v);
}

/* A year token at i (4 digits, plausible); returns its value or -1. */
static int year_at(const tx_ctx *c, size_t i, int lo, int hi)
{
    if (!isnum(c, i) || c->t[i].ndig != 4)
        return -1;
    int y = (int)c->t[i].num;
    if (y < lo || y > hi)
        return -1;
    /* "$1990", "1990%", "1990.5", part of a ratio or a score */
    if (i > 0 && (pch(c, i - 1, '$') || pch(c, i - 1, '#')) && adj(c, i))
        return -1;
    if (pch(c, i + 1, '%') || weq(c, i + 1, "percent") || lx(c, i + 1, TXC_TZ) != NOV)
        return -1;  /* "1990%", "1700 GMT" */
    if (adj(c, i + 1) && (pch(c, i + 1, '/') || c->t[i + 1].kind == TT_NUM ||
                          (pch(c, i + 1, ':') && i + 2 < c->n && adj(c, i + 2) &&
                           c->t[i + 2].kind == TT_NUM)))
        return -1;  /* "1990/91", "2014:30"; but "6 Jan 2014: Flooding ..." */
    if (i > 0 && adj(c, i) && (pch(c, i - 1, '/') || pch(c, i - 1, ':') ||
                               pch(c, i - 1, '.') || pch(c, i - 1, ',')))
        return -1;
    /* "555-2013": the end of a phone number, not a year ("1990-2013" is) */
    if (i > 1 && adj(c, i) && pch(c, i - 1, '-') && adj(c, i - 1) && isnum(c, i - 2) &&
        c->t[i - 2].ndig != 4)
        return -1;
    return y;
}

/* ---- rules: numeric dates ---------------------------------------------- */

/* Clock time hh:mm[:ss] at i (adjacent tokens); returns the index after or 0. */
static size_t clock_at(const tx_ctx *c, size_t i, int *hh, int *mi, int *ss)
{
    if (!isnum(c, i) || c->t[i].ndig > 2 || c->t[i].num > 24)
        return 0;
    if (!pch(c, i + 1, ':') || !adj(c, i + 1) || !isnum(c, i + 2) || !adj(c, i + 2) ||
        c->t[i + 2].ndig != 2 || c->t[i + 2].num > 59)
        return 0;
    *hh = (int)c->t[i].num;
    *mi = (int)c->t[i + 2].num;
    *ss = -1;
    size_t j = i + 3;
    if (pch(c, j, ':') && adj(c, j) && isnum(c, j + 1) && adj(c, j + 1) &&
        c->t[j + 1].ndig == 2 && c->t[j + 1].num <= 60) {
        *ss = (int)c->t[j + 1].num;
        j += 2;
    }
    return j;
}

/* 1 when the words at i name the attacks of 11 September 2001 after
 * "September 11" or "9/11": "attacks", "hijackers", "commission". */
static int sept11_after(const tx_ctx *c, size_t i)
{
    static const char *const w[] = {"attack", "attacks", "attackers", "terror", "terrorist",
                                    "terrorists", "hijackers", "hijackings", "commission",
                                    "memorial", "museum", "plot", "plotters", "strikes",
                                    "victims", "era", "anniversary"};
    return WORD_IN(c, i, w);
}

/* "2026-01-06", "2025-11", "2026-01-06T14:30", "01/06/2026", "6/1/26". */
static size_t r_numeric(const tx_ctx *c, size_t i, tx_cand *k)
{
    size_t j;
    static const char *const before911[] = {"the", "since", "after", "before", "until",
                                            "of", "post", "pre"};
    /* "9/11": the attacks of 11 September 2001 (other month/day pairs
     * without a year are too often fractions or scores) */
    if (isnum(c, i) && c->t[i].num == 9 && c->t[i].ndig == 1 && pch(c, i + 1, '/') &&
        adj(c, i + 1) && isnum(c, i + 2) && adj(c, i + 2) && c->t[i + 2].num == 11 &&
        c->t[i + 2].ndig == 2 && !(i > 0 && adj(c, i) && pch(c, i - 1, '/')) &&
        !(i + 3 < c->n && adj(c, i + 3) && (pch(c, i + 3, '/') || c->t[i + 3].kind == TT_NUM)) &&
        (sent_start(c, i) || sept11_after(c, i + 3) || WORD_IN(c, i - 1, before911))) {
        k->aside = 1;
        k->y = 2001;
        k->m = 9;
        k->d = 11;
        return i + 3;
    }
    /* 2026/01/05: year first with slashes, the day required */
    if (isnum(c, i) && c->t[i].ndig == 4 && pch(c, i + 1, '/') && adj(c, i + 1) &&
        isnum(c, i + 2) && adj(c, i + 2) && c->t[i + 2].ndig <= 2 && pch(c, i + 3, '/') &&
        adj(c, i + 3) && isnum(c, i + 4) && adj(c, i + 4) && c->t[i + 4].ndig <= 2 &&
        !(i + 5 < c->n && adj(c, i + 5) && (c->t[i + 5].kind == TT_NUM || pch(c, i + 5, '/')))) {
        int y = (int)c->t[i].num, m = (int)c->t[i + 2].num, d = (int)c->t[i + 4].num;
        if (y < 1000 || m < 1 || m > 12 || d < 1 || d > dl_days_in_month(y, m))
            return 0;
        k->y = y;
        k->m = m;
        k->d = d;
        return i + 5;
    }
    if (isnum(c, i) && c->t[i].ndig == 4 && pch(c, i + 1, '-') && adj(c, i + 1) &&
        isnum(c, i + 2) && adj(c, i + 2) && c->t[i + 2].ndig == 2) {
        int y = (int)c->t[i].num, m = (int)c->t[i + 2].num, d = -1;
        if (m < 1 || m > 12)
            return 0;
        j = i + 3;
        if (pch(c, j, '-') && adj(c, j) && isnum(c, j + 1) && adj(c, j + 1) &&
            c->t[j + 1].ndig == 2) {
            d = (int)c->t[j + 1].num;
            if (d < 1 || d > dl_days_in_month(y, m))
                return 0;
            j += 2;
        } else if (adj(c, j) && (c->t[j].kind == TT_NUM || pch(c, j, '-'))) {
            return 0;
        } else if (m > y % 100 && m - y % 100 <= 9) {
            return 0;  /* "the 2010-11 season", "the 2007-09 recession": a span of
                        * years, not November or September */
        }
        k->y = y;
        k->m = m;
        k->d = d;
        if (d > 0 && weq(c, j, "t") && adj(c, j)) {
            int hh, mi, ss;
            size_t e = clock_at(c, j + 1, &hh, &mi, &ss);
            if (e && adj(c, j + 1)) {
                k->hh = hh;
                k->mi = mi;
                k->ss = ss;
                k->type = DL_TX_TIME;
                j = e;
            }
        }
        return j;
    }
    /* m/d/y with slashes (or dashes), all adjacent; the year is required */
    if (isnum(c, i) && c->t[i].ndig <= 2 && (pch(c, i + 1, '/') || pch(c, i + 1, '-')) &&
        adj(c, i + 1) && isnum(c, i + 2) && adj(c, i + 2) && c->t[i + 2].ndig <= 2 &&
        pch(c, i + 3, c->t[i + 1].ch) && adj(c, i + 3) && isnum(c, i + 4) && adj(c, i + 4) &&
        (c->t[i + 4].ndig == 4 || c->t[i + 4].ndig == 2)) {
        int a = (int)c->t[i].num, b = (int)c->t[i + 2].num, y = (int)c->t[i + 4].num;
        int m = a, d = b;
        if (a > 12) {
            m = b;
            d = a;
        }
        k->dmy = a > 12 ? 1 : b > 12 ? -1 : a != b ? 2 : 0;
        if (c->t[i + 4].ndig == 2)
            y += y < 30 ? 2000 : 1900;
        if (m < 1 || m > 12 || d < 1 || d > dl_days_in_month(y, m))
            return 0;
        if (adj(c, i + 5) && (pch(c, i + 5, '/') || c->t[i + 5].kind == TT_NUM))
            return 0;
        k->y = y;
        k->m = m;
        k->d = d;
        j = i + 5;
        int hh, mi, ss;
        size_t e = clock_at(c, j, &hh, &mi, &ss);
        if (e && !(c->t[j].sp & SP_NEWLINE)) {
            k->hh = hh;
            k->mi = mi;
            k->ss = ss;
            k->type = DL_TX_TIME;
            j = e;
        }
        return j;
    }
    return 0;
}

/* ---- rules: month names ------------------------------------------------- */

/* A month name at i ("January", "Jan.", "Sept"); returns the index after it
 * and the month in *m, or 0.  *abbr is set for abbreviations. */
static size_t month_at(const tx_ctx *c, size_t i, int *m, int *abbr)
{
    int v = lx(c, i, TXC_MONTH);
    *abbr = 0;
    if (v == NOV) {
        v = lx(c, i, TXC_MONTHABBR);
        if (v == NOV || !c->t[i].cap)
            return 0;
        *abbr = 1;
    }
    *m = v;
    size_t j = i + 1;
    if (*abbr && pch(c, j, '.') && adj(c, j))
        j++;
    return j;
}

/* A day of the month at i (1-31, "6", "6th"); returns the index after or 0. */
static size_t mday_at(const tx_ctx *c, size_t i, int *d)
{
    if (!isnum(c, i) || c->t[i].ndig > 2 || c->t[i].num < 1 || c->t[i].num > 31)
        return 0;
    size_t j = i + 1;
    if (lx(c, j, TXC_ORDINAL) == -1 && adj(c, j))
        j++;
    else if (adj(c, j) && (c->t[j].kind == TT_WORD || pch(c, j, '%') ||
                           c->t[j].kind == TT_NUM ||
                           ((pch(c, j, '/') || pch(c, j, ':') || pch(c, j, '.')) &&
                            j + 1 < c->n && c->t[j + 1].kind == TT_NUM && adj(c, j + 1))))
        return 0;
    if (pch(c, j, '%') || weq(c, j, "percent"))
        return 0;
    *d = (int)c->t[i].num;
    return j;
}

/* A year after a date ("[,] 2026"); returns the index after or 0. */
static size_t tail_year(const tx_ctx *c, size_t i, int *y)
{
    size_t j = i;
    if (pch(c, j, ','))
        j++;
    if (pch(c, j, '\'') && isnum(c, j + 1) && adj(c, j + 1) && c->t[j + 1].ndig == 2 &&
        !(adj(c, j + 2) && weq(c, j + 2, "s"))) {
        int v2 = (int)c->t[j + 1].num;  /* "the summer of '98" */
        *y = v2 + (v2 < 50 ? 2000 : 1900);
        return j + 2;
    }
    int v = year_at(c, j, 1000, 2199);
    if (v < 0)
        return 0;
    *y = v;
    if (pch(c, j + 1, '-') && adj(c, j + 1) && isnum(c, j + 2) && adj(c, j + 2) &&
        c->t[j + 2].ndig == 2 && c->t[j + 2].num == (v + 1) % 100 &&
        !(j + 3 < c->n && adj(c, j + 3) && c->t[j + 3].kind != TT_PUNCT))
        return j + 3;  /* "the winter of 1996-97": named by its first year */
    return j + 1;
}

/* 1 when a bare month name at i is a false friend: "may" the verb,
 * "March" the verb, part of a name ("Theresa May", "March Madness"). */
static int month_false(const tx_ctx *c, size_t i, int m, size_t after)
{
    const tx_tok *t = &c->t[i];
    if (t->cap && i >= 2 && pch(c, i - 1, '-') && adj(c, i) && adj(c, i - 1) &&
        lx(c, i - 2, TXC_POSMOD) != NOV)
        return 0;  /* "mid-March forecasts": a date used as a modifier */
    if ((m == 5 || m == 3) && !t->cap)
        return 1;
    if (t->cap == 2 && (m == 5 || m == 3))
        return 1;
    /* "the figures for March and April": two months, not the verb */
    int pair = ((weq(c, after, "and") || weq(c, after, "or") || weq(c, after, "through")) &&
                lx(c, after + 1, TXC_MONTH) != NOV && c->t[after + 1].cap == 1) ||
               (t->cap == 1 && i > 0 && (weq(c, i - 1, "to") || weq(c, i - 1, "for")) &&
                (weq(c, after, "and") || weq(c, after, "or")));  /* "delayed to May and" */
    /* "since March on Wednesday", "passed in May on a 54-45 vote": after a
     * preposition of time, "on" and "through" follow the month */
    static const char *const tprep[] = {"in", "since", "until", "by", "from", "during",
                                        "early", "late", "mid", "last", "next", "this"};
    int tp = t->cap == 1 && i > 0 && WORD_IN(c, i - 1, tprep) &&
             lx(c, after, TXC_MAYVERBNEXT) == 2;
    if (lx(c, after, TXC_MAYVERBNEXT) != NOV && (m == 5 || m == 3) && !pair && !tp)
        return 1;
    /* "the October Revolution", "Sunday Times" are names; "a June
     * agreement", "the May offensive" are dates used as modifiers */
    if (lx(c, after, TXC_FALSENEXT) > 0 && c->t[after].cap)
        return 1;
    static const char *const preps[] = {"in", "since", "of", "until", "by", "early", "late",
                                        "last", "next", "this", "before", "after", "during",
                                        "from", "through", "mid", "between", "and", "for"};
    int prep = (i > 0 && WORD_IN(c, i - 1, preps)) ||
               (i > 1 && pch(c, i - 1, '-') && adj(c, i) && lx(c, i - 2, TXC_MONTH) != NOV) ||
               (t->cap == 1 && i > 0 && c->t[i - 1].kind == TT_WORD &&
                !(after < c->n && c->t[after].kind == TT_WORD && c->t[after].cap) &&
                (weq(c, i - 1, "the") || weq(c, i - 1, "its") || weq(c, i - 1, "their") ||
                 weq(c, i - 1, "our") ||
                 (weq(c, i - 1, "s") && i > 1 && pch(c, i - 2, '\'') && adj(c, i - 1)) ||
                 (c->t[i - 1].wlen > 4 && c->s[c->t[i - 1].e - 3] == 'e' &&
                  c->s[c->t[i - 1].e - 2] == 's' && c->s[c->t[i - 1].e - 1] == 't')));
                /* "the March figures", "the coldest March", "their May meeting",
                 * "the Bank of England's March meeting": a noun, not the verb */
    static const char *const data[] = {"sales", "figures", "data", "numbers", "report",
                                       "results", "reading", "statistics", "payrolls",
                                       "deliveries", "shipments", "exports", "imports"};
    /* "March has been the deadliest month", "May saw record sales": the
     * month as the subject (neither the modal nor the verb goes on so) */
    static const char *const subj_verbs[] = {"has", "saw", "brought", "marked", "ended",
                                             "began", "started", "proved"};
    if ((m == 5 || m == 3) && after < c->n && c->t[after].kind == TT_WORD &&
        !c->t[after].cap && !c->t[after].lx && !sent_start(c, after) && !prep && !pair &&
        !(t->cap == 1 && !sent_start(c, i) && WORD_IN(c, after, data)) &&
        !(t->cap == 1 && WORD_IN(c, after, subj_verbs)))
        return 1;  /* not "said May sales rose" */
    /* "the May government", "the May cabinet": Theresa May's */
    static const char *const govt[] = {"government", "administration", "cabinet", "ministry",
                                       "premiership", "camp", "loyalists", "aides"};
    if (m == 5 && t->cap == 1 && i > 0 && weq(c, i - 1, "the") && WORD_IN(c, after, govt))
        return 1;
    /* "an august institution": the adjective */
    if (m == 8 && !t->cap && !prep)
        return 1;
    /* "correspondent April Ryan", "the May Department Stores": a name goes
     * on with a capitalised word that names no time */
    int acronym = after < c->n && c->t[after].cap == 2 && c->t[after].wlen >= 2 &&
                  c->t[after].wlen <= 5 && t->cap == 1 &&
                  (i == 0 || t->sent || weq(c, i - 1, "the") || weq(c, i - 1, "its") ||
                   weq(c, i - 1, "their") || (weq(c, i - 1, "s") && pch(c, i - 2, '\'')));
                  /* "the November MPC meeting", "October CPI rose" */
    if (!prep && !acronym && after < c->n && c->t[after].kind == TT_WORD && c->t[after].cap &&
        !c->t[after].lx && !sent_start(c, after))
        return 1;
    /* "Theresa May said", opening the sentence with an unknown name */
    if (!prep && i > 0 && sent_start(c, i - 1) && c->t[i - 1].kind == TT_WORD &&
        c->t[i - 1].cap && !c->t[i - 1].lx)
        return 1;
    /* "May the best team win": the wish */
    if (m == 5 && (sent_start(c, i) || (i > 0 && c->t[i - 1].kind == TT_PUNCT &&
                                         (pch(c, i - 1, '"') || pch(c, i - 1, '`')) &&
                                         sent_start(c, i - 1))) &&
        (weq(c, after, "the") || weq(c, after, "god") || weq(c, after, "he") ||
         weq(c, after, "she") || weq(c, after, "they") || weq(c, after, "it") ||
         weq(c, after, "his") || weq(c, after, "her") || weq(c, after, "their")))
        return 1;
    /* a capitalised word before it, not starting the sentence: a name */
    if (i > 0 && !t->sent && c->t[i - 1].kind == TT_WORD && c->t[i - 1].cap &&
        !c->t[i - 1].lx && !sent_start(c, i - 1))
        return 1;
    if (!t->cap && i > 0 && (weq(c, i - 1, "to") || weq(c, i - 1, "will")))
        return 1;
    return 0;
}

static size_t r_spelled_year(const tx_ctx *c, size_t i, tx_cand *k);
static size_t match_core(const tx_ctx *c, size_t i, tx_cand *best);

/* After a yearless date ending at token e: "last year", "this year" or
 * "next year" give its year ("Dec. 12 last year").  Returns the new end. */
static size_t year_offset_after(const tx_ctx *c, size_t e, tx_cand *k)
{
    int dv = lx(c, e, TXC_DIR);
    if ((dv == -1 || dv == 0 || dv == 1) && !weq(c, e, "past") && !weq(c, e, "current") &&
        lx(c, e + 1, TXC_UNIT) == TXU_YEAR && !(pch(c, e + 2, '\'') && weq(c, e + 3, "s"))) {
        k->yoff = dv;
        k->has_yoff = 1;
        return e + 2;
    }
    return e;
}

/* "January 6, 2026", "Jan. 6", "January 2026", "January of 2026", "November". */
/* Function words after a bare month that show it is not a noun's modifier. */
static const char *const clause_words[] = {"and", "or", "but", "to", "in", "on", "at", "for",
                                           "from", "with", "as", "when", "after", "before",
                                           "until", "that", "which", "while", "because", "so",
                                           "if", "than", "by", "of", "through", "amid"};

/* "of that year", "of the following year", "of this year", "of last year"
 * at i, after a month: sets the year's anchor and offset in k; the index
 * after, or 0. */
static size_t of_year(const tx_ctx *c, size_t i, tx_cand *k)
{
    if (!weq(c, i, "of"))
        return 0;
    if (weq(c, i + 1, "that") && lx(c, i + 2, TXC_UNIT) == TXU_YEAR) {
        k->from = TXA_PREV;  /* the year of the date in focus */
        k->yoff = 0;
        k->has_yoff = 1;
        return i + 3;
    }
    if (weq(c, i + 1, "the") && (weq(c, i + 2, "following") || weq(c, i + 2, "next") ||
                                 weq(c, i + 2, "previous")) &&
        lx(c, i + 3, TXC_UNIT) == TXU_YEAR) {
        k->from = TXA_PREV;  /* "January of the following year" */
        k->yoff = weq(c, i + 2, "previous") ? -1 : 1;
        k->has_yoff = 1;
        return i + 4;
    }
    int dv = lx(c, i + 1, TXC_DIR);
    if ((weq(c, i + 1, "this") || weq(c, i + 1, "last") || weq(c, i + 1, "next")) &&
        lx(c, i + 2, TXC_UNIT) == TXU_YEAR) {
        k->yoff = dv;  /* "March of this year": of the article's year */
        k->has_yoff = 1;
        return i + 3;
    }
    return 0;
}

/* "the April-June quarter", "the October-December period", "in
 * January-March": the calendar quarter those three months make (its year
 * as for a quarter named alone, or the one written after).  The end, or 0. */
static size_t month_quarter(const tx_ctx *c, size_t i, tx_cand *k)
{
    size_t j = i + weq(c, i, "the");
    int m1, m2, abbr, y;
    size_t e1 = month_at(c, j, &m1, &abbr);
    if (!e1 || (m1 - 1) % 3 != 0 || !pch(c, e1, '-') || !adj(c, e1) || !adj(c, e1 + 1))
        return 0;
    if (weq(c, e1 + 1, "to") && pch(c, e1 + 2, '-') && adj(c, e1 + 2) && adj(c, e1 + 3))
        e1 += 2;  /* "the October-to-December quarter" */
    size_t e = month_at(c, e1 + 1, &m2, &abbr);
    if (!e || m2 != m1 + 2)
        return 0;
    if (weq(c, e, "quarter") || weq(c, e, "period") || weq(c, e, "quarters"))
        e++;
    else if (j > i)
        return 0;  /* "the January-March": only with its noun */
    size_t ey = tail_year(c, e, &y);
    if (ey && !pch(c, e, ','))
        e = ey;
    else
        y = -1;
    k->quarter = (m1 - 1) / 3 + 1;
    k->y = y;
    return e;
}

/* A day of the month in words after a month ("January third", "September
 * eleventh", "February twenty-ninth"), as broadcast copy writes it; only
 * where the day ends the phrase (not "in April third-quarter profits",
 * "May second place").  Returns the index after or 0. */
static size_t mday_word_at(const tx_ctx *c, size_t i, int *d)
{
    size_t j = i;
    int v = lx(c, j, TXC_ORDINAL);
    int tens = lx(c, j, TXC_NUMWORD);
    if ((tens == 20 || tens == 30) && pch(c, j + 1, '-') && adj(c, j + 1) && adj(c, j + 2)) {
        int o = lx(c, j + 2, TXC_ORDINAL);  /* "twenty-first" */
        if (o == NOV || o < 1 || o > 9)
            return 0;
        v = tens + o;
        j += 2;
    }
    if (v == NOV || v < 1 || v > 31 || (c->t[i].cap && !c->t[i - 1].cap))
        return 0;
    size_t e = j + 1;
    if (!(e >= c->n || c->t[e].sent || (c->t[e].kind == TT_PUNCT && !pch(c, e, '-')) ||
          WORD_IN(c, e, clause_words) || weq(c, e, "at") || isnum(c, e)))
        return 0;
    *d = v;
    return e;
}

static size_t r_month(const tx_ctx *c, size_t i, tx_cand *k)
{
    size_t q = month_quarter(c, i, k);
    if (q)
        return q;
    int m, abbr, d, y;
    size_t j = month_at(c, i, &m, &abbr);
    if (!j)
        return 0;
    size_t e = mday_at(c, j, &d);
    if (!e && !abbr && !(c->t[j].sp & SP_BREAK))
        e = mday_word_at(c, j, &d);
    if (e) {
        k->m = m;
        k->d = d;
        size_t e2 = tail_year(c, e, &y);
        if (e2) {
            k->y = y;
            e = e2;
        }
        if (d > dl_days_in_month(k->y > 0 ? k->y : 2000, m))
            return 0;
        if (!e2)
            e = year_offset_after(c, e, k);  /* "Dec. 12 last year" */
        size_t oy = e2 ? 0 : of_year(c, e, k);
        if (oy)
            return oy;  /* "May 1 of that year" */
        int d2;
        size_t p2 = e + 1;
        if (!e2 && (weq(c, e, "and") || weq(c, e, "to") || weq(c, e, "through") ||
                    (pch(c, e, '-') && adj(c, e) && adj(c, p2))) &&
            mday_at(c, p2, &d2) == p2 + 1 && d2 > d && pch(c, p2 + 1, ',') &&
            tail_year(c, p2 + 1, &y))
            k->y = y;  /* "April 14-15, 1912": the pair's year */
        if (!e2 && m == 9 && d == 11 && sept11_after(c, e)) {
            k->y = 2001;  /* "the September 11 attacks" */
            k->aside = 1;
        }
        return e;
    }
    size_t e2 = tail_year(c, j, &y);
    if (!e2 && weq(c, j, "of"))
        e2 = tail_year(c, j + 1, &y);
    if (!e2 && lx(c, j, TXC_NUMWORD) >= 10) {
        /* "January nineteen ninety-seven" */
        tx_cand sy;
        tx_cand_init(&sy);
        e2 = r_spelled_year(c, j, &sy);
        y = sy.y;
    }
    if (e2) {
        k->m = m;
        k->y = y;
        return e2;
    }
    if (abbr && !pch(c, j - 1, '.'))
        return 0;
    if (abbr && c->t[i].e - c->t[i].s < 3)
        return 0;
    if (month_false(c, i, m, j))
        return 0;
    k->m = m;
    k->dir = 2;
    {
        /* "in April and May of 2012", "March, April and May 2011": the
         * months of a list share the year that closes it */
        size_t q = j;
        int mm2, ab2, seen = 0, range = 0, last = m;
        for (int n = 0; n < 4; n++) {
            size_t r2 = q;
            int rng = weq(c, r2, "to") || weq(c, r2, "through") || pch(c, r2, '-');
            if (pch(c, r2, ',') && (weq(c, r2 + 1, "and") || weq(c, r2 + 1, "or")))
                r2++;
            if (!(pch(c, r2, ',') || weq(c, r2, "and") || weq(c, r2, "or") ||
                  weq(c, r2, "to") || weq(c, r2, "through") || (pch(c, r2, '-') && adj(c, r2))))
                break;
            size_t me = month_at(c, r2 + 1, &mm2, &ab2);
            if (!me || ab2 || !c->t[r2 + 1].cap)
                break;
            q = me;
            seen = 1;
            last = mm2;
            range = rng;
        }
        int yl;
        size_t ye = seen ? tail_year(c, q + weq(c, q, "of"), &yl) : 0;
        if (ye && yl >= 1000)
            k->y = yl - (range && m > last);  /* "from December to March 1999" */
    }
    static const char *const data[] = {"reading", "readings", "figures", "figure", "data",
                                       "numbers", "report", "sales", "results", "statistics"};
    k->attrib = (j < c->n && c->t[j].kind == TT_WORD && !c->t[j].cap && !c->t[j].core &&
                 !sent_start(c, j) && !WORD_IN(c, j, clause_words)) ||
                (i >= 2 && weq(c, i - 1, "for") && WORD_IN(c, i - 2, data));
    /* "September trade data", "its April forecast", "figures for July": a
     * month that data or a decision is about, the nearest even told ahead */
    static const char *const about[] = {"data", "figures", "figure", "report", "reports",
                                        "sales", "trade", "retail", "industrial", "jobs",
                                        "construction", "payrolls", "output", "inflation",
                                        "forecast", "forecasts", "reading", "readings",
                                        "numbers", "statistics", "meeting", "rate",
                                        "survey", "index", "production", "exports",
                                        "imports", "spending", "orders", "unemployment"};
    if (j + 1 < c->n && c->t[j].kind == TT_WORD && c->t[j].cap == 2 && c->t[j].wlen >= 2 &&
        WORD_IN(c, j + 1, about))
        k->attrib = 2;  /* "the February CPI report": an acronym, then what it is */
    if (k->attrib && ((j < c->n && WORD_IN(c, j, about)) ||
                      (i >= 2 && weq(c, i - 1, "for") && WORD_IN(c, i - 2, data))))
        k->attrib = 2;
                /* "the June jobs report", "a strong reading for March": the month
                 * a result is about, most often the one just gone */
    size_t oy = of_year(c, j, k);  /* "March of that year" */
    if (oy)
        return oy;
    /* "June last year", "January this year" */
    int dv = lx(c, j, TXC_DIR);
    if ((dv == -1 || dv == 0 || dv == 1) && lx(c, j + 1, TXC_UNIT) == TXU_YEAR) {
        k->yoff = dv;
        k->has_yoff = 1;
        return j + 2;
    }
    return j;
}

/* "6 January 2026", "6th of January", "the 6th of January". */
static size_t r_daymonth(const tx_ctx *c, size_t i, tx_cand *k)
{
    int d, m, abbr, y;
    size_t j = mday_at(c, i, &d);
    if (!j)
        return 0;
    /* "16 and 17 June", "from 13 to 17 January", "16-17 June": the first day
     * takes the month (and year) of the second */
    int pair = 0;
    if (weq(c, j, "and") || weq(c, j, "to") || weq(c, j, "or") || pch(c, j, '&') ||
        (pch(c, j, '-') && adj(c, j) && adj(c, j + 1))) {
        int d2;
        size_t j2 = mday_at(c, j + 1, &d2);
        if (j2 && d2 > d && month_at(c, j2 + weq(c, j2, "of"), &m, &abbr)) {
            pair = 1;
            j = j2;
        }
    }
    if (weq(c, j, "of"))
        j++;
    size_t e = month_at(c, j, &m, &abbr);
    if (!e || d > dl_days_in_month(2000, m))
        return 0;
    if (!c->t[j].cap && (m == 5 || m == 3))
        return 0;
    k->m = m;
    k->d = d;
    if (pair) {
        size_t e2 = tail_year(c, e, &y);
        if (e2)
            k->y = y;
        return i + 1 + (lx(c, i + 1, TXC_ORDINAL) == -1 && adj(c, i + 1));
    }
    size_t e2 = tail_year(c, e, &y);
    if (e2) {
        k->y = y;
        e = e2;
    } else {
        e = year_offset_after(c, e, k);  /* "12 December last year" */
    }
    return e;
}

/* A calendar day written out at i, "April 25" or "25 April" (with or
 * without a year), into *d; the index after, or 0 (a month alone is none). */
static size_t day_date_at(const tx_ctx *c, size_t i, tx_cand *d)
{
    tx_cand_init(d);
    size_t e = r_month(c, i, d);
    if (!e) {
        tx_cand_init(d);
        e = r_daymonth(c, i, d);
    }
    return e && d->d > 0 && d->d <= 31 ? e : 0;
}

/* "on the 14th", "until the 28th": a day of the month in focus.  Only after
 * a preposition of time, with the ordinal suffix written, and with nothing
 * after it that it could number ("the 14th floor", "the 3rd try"). */
static size_t r_mday(const tx_ctx *c, size_t i, tx_cand *k)
{
    static const char *const before[] = {"on", "by", "until", "till", "since", "from",
                                         "before", "after", "through"};
    static const char *const after[] = {"and", "or", "but", "when", "at", "in", "to",
                                        "with", "as", "after", "before", "until", "while",
                                        "because", "so", "the", "a", "an", "he", "she",
                                        "it", "they", "we", "i", "this", "that"};
    int d;
    if (i == 0 || !isnum(c, i + 1) || !weq(c, i, "the") || !WORD_IN(c, i - 1, before))
        return 0;
    size_t e = mday_at(c, i + 1, &d);
    if (!e || e != i + 3)  /* the suffix: "14th", not "14" */
        return 0;
    if (e < c->n && c->t[e].kind != TT_PUNCT) {
        if (!WORD_IN(c, e, after))
            return 0;
    } else if (e < c->n && (pch(c, e, '-') || pch(c, e, '%') || pch(c, e, '/'))) {
        return 0;
    }
    tx_cand pair;
    tx_cand_init(&pair);
    if (r_daymonth(c, i + 1, &pair) == e)
        return 0;  /* "on the 6th and 7th of January": the month is named */
    for (size_t q = e; q < e + 5 && q < c->n && !c->t[q].sent; q++)
        if (lx(c, q, TXC_UNIT) != NOV && ((lx(c, q, TXC_UNIT) & 0xFF) == TXU_CENTURY))
            return 0;  /* "from the 15th to the 17th century" */
    k->d = d;
    k->dir = 2;
    return e;
}

/* ---- rules: years, decades, centuries ------------------------------------ */

/* 1 when the word before i makes a following number a year. */
static int year_cue_before(const tx_ctx *c, size_t i)
{
    static const char *const cues[] = {
        "in", "since", "by", "until", "till", "from", "to", "of", "year", "during",
        "before", "after", "early", "late", "mid", "fiscal", "circa", "through", "and",
        "between", "the", "summer", "spring", "winter", "autumn", "fall",
    };
    return i > 0 && WORD_IN(c, i - 1, cues);
}

/* 1 when token i names a movable feast ("Easter 2010" is a date, not a name). */
static int feast_at(const tx_ctx *c, size_t i)
{
    static const char *const w[] = {"easter", "ramadan", "passover", "hanukkah", "diwali",
                                     "eid", "lent", "advent", "pentecost", "carnival"};
    return WORD_IN(c, i, w);
}

/* A decade at i: "1990s", "1990's", "'80s" (the 1900s for '20s-'90s, the
 * 2000s for '00s and '10s); *dec is 199 for the 1990s.  Index after or 0. */
static int measure_before(const tx_ctx *c, size_t i);

static size_t decade_at(const tx_ctx *c, size_t i, int *dec)
{
    if (pch(c, i, '\'') && isnum(c, i + 1) && adj(c, i + 1) && c->t[i + 1].ndig == 2 &&
        c->t[i + 1].num % 10 == 0 && weq(c, i + 2, "s") && adj(c, i + 2)) {
        *dec = (c->t[i + 1].num < 20 ? 200 : 190) + (int)c->t[i + 1].num / 10;
        return i + 3;
    }
    /* "the 80s", "the late 90s", "the mid-80s" (not "highs in the 80s",
     * "in their 80s") */
    if (isnum(c, i) && c->t[i].ndig == 2 && c->t[i].num % 10 == 0 && weq(c, i + 1, "s") &&
        adj(c, i + 1) && i > 0 &&
        (weq(c, i - 1, "the") || (lx(c, i - 1, TXC_POSMOD) != NOV && i > 1 &&
                                  weq(c, i - 2, "the")) ||
         (pch(c, i - 1, '-') && i > 2 && weq(c, i - 2, "mid") && weq(c, i - 3, "the"))) &&
        !measure_before(c, i)) {
        *dec = (c->t[i].num < 20 ? 200 : 190) + (int)c->t[i].num / 10;
        return i + 2;
    }
    int y = year_at(c, i, 1000, 2199);
    if (y < 0 || y % 10)
        return 0;
    if (weq(c, i + 1, "s") && adj(c, i + 1)) {
        *dec = y / 10;
        return i + 2;
    }
    if (pch(c, i + 1, '\'') && adj(c, i + 1) && weq(c, i + 2, "s") && adj(c, i + 2)) {
        *dec = y / 10;
        return i + 3;
    }
    return 0;
}

/* "2014", "fiscal 1989", "1990s", "the 1990s", "'80s", "1990's". */
static size_t r_year(const tx_ctx *c, size_t i, tx_cand *k)
{
    size_t j = i;
    int the = weq(c, j, "the");
    if (the)
        j++;
    if (weq(c, j, "fiscal") || weq(c, j, "calendar"))
        j++;
    else if (weq(c, j, "full") && pch(c, j + 1, '-') && adj(c, j + 1) && weq(c, j + 2, "year") &&
             adj(c, j + 2) && !pch(c, j + 4, '-')) {
        if (the)
            return 0;  /* "the full-year 2014 guidance": the article is the noun's */
        j += 2;  /* "Full-year 2013 net sales" */
    }
    int yy = weq(c, j, "year") && (j == i || !c->t[j].cap) && !pch(c, j + 2, '-')
                 ? year_at(c, j + 1, 1000, 2199) : -1;
    if (yy >= 0) {
        k->y = yy;  /* "the year 2014", "fiscal year 2013" */
        return j + 2;
    }
    else if (weq(c, j, "fy") && c->t[j].cap == 2) {
        j += 1 + (pch(c, j + 1, '-') && adj(c, j + 1));
        if (isnum(c, j) && adj(c, j) && c->t[j].ndig == 2 && !c->t[j].nf &&
            !(j + 1 < c->n && adj(c, j + 1) && c->t[j + 1].kind != TT_PUNCT)) {
            /* "FY24": the fiscal year 2024 (two digits read as 1950-2049) */
            k->y = (int)c->t[j].num + (c->t[j].num < 50 ? 2000 : 1900);
            return j + 1;
        }
    }
    /* "since '96", "in '08": a year in two digits after a word that asks for one */
    if (pch(c, j, '\'') && isnum(c, j + 1) && adj(c, j + 1) && c->t[j + 1].ndig == 2 &&
        !(adj(c, j + 2) && (weq(c, j + 2, "s") || c->t[j + 2].kind == TT_NUM)) &&
        year_cue_before(c, j) && !the && !weq(c, j - 1, "the") && !weq(c, j - 1, "and")) {
        int v2 = (int)c->t[j + 1].num;
        k->y = v2 + (v2 < 50 ? 2000 : 1900);
        return j + 2;
    }
    if (!isnum(c, j) && !pch(c, j, '\''))
        return 0;  /* every form below starts with a number or "'80s" */
    int lo = year_cue_before(c, j) ? 1000 : 1600;
    int dec;
    size_t de = decade_at(c, j, &dec);
    if (de && (dec >= lo / 10 || pch(c, j, '\''))) {
        if (dec % 10 == 0 && dec < 200 && !pch(c, j, '\''))
            k->century = dec / 10;  /* "the 1800s": the century, 18 */
        else
            k->decade = dec;
        return de;
    }
    /* "the 2012-13 season", "2013/14", "fiscal 2013-14": a season or financial
     * year across two years, named by the first */
    if (!the && isnum(c, j) && c->t[j].ndig == 4 && (pch(c, j + 1, '-') || pch(c, j + 1, '/')) &&
        adj(c, j + 1) && isnum(c, j + 2) && adj(c, j + 2) && c->t[j + 2].ndig == 2 &&
        c->t[j + 2].num == (c->t[j].num + 1) % 100 && c->t[j].num >= lo &&
        c->t[j].num <= 2199 && !(j + 3 < c->n && adj(c, j + 3) &&
                                 (c->t[j + 3].kind == TT_NUM || pch(c, j + 3, '/') ||
                                  pch(c, j + 3, '-')))) {
        k->y = (int)c->t[j].num;
        return j + 3;
    }
    int y = year_at(c, j, lo, 2199);
    if (y < 0)
        return 0;
    size_t e = j + 1;
    if (the)  /* "the 1990 level": only the year */
        return 0;
    /* "about 1999 people", "room 2045": counts and labels; but "Around
     * 1990, ..." and "in about 1990" are years */
    /* "peak around 2030.", "no earlier than 2018,": a year at a clause end */
    /* ... or before a preposition or conjunction: "born around 1920 in a
     * village", "built around 1890 by his grandfather" */
    static const char *const year_followers[] = {"in", "by", "and", "when", "on", "at", "as",
                                                 "after", "before", "from", "while", "but",
                                                 "with", "to", "until", "or"};
    /* "Around 1968 she began": a year opening the sentence, its subject after */
    static const char *const year_subjects[] = {"he", "she", "they", "we", "i", "it", "the",
                                                "his", "her", "their", "its"};
    int approx_end = (weq(c, j - 1, "around") || weq(c, j - 1, "circa") ||
                      (weq(c, j - 1, "than") && j > 1 &&
                       (weq(c, j - 2, "earlier") || weq(c, j - 2, "later") ||
                        weq(c, j - 2, "sooner")))) &&
                     y >= 1800 && y <= 2100 && j > 1 &&
                     !weq(c, j - 2, "numbered") && !weq(c, j - 2, "totaled") &&
                     !weq(c, j - 2, "totalled") && !weq(c, j - 2, "of") &&
                     !weq(c, j - 2, "with") && !weq(c, j - 2, "estimated") &&
                     (e >= c->n || (c->t[e].kind == TT_PUNCT && !pch(c, e, '-') &&
                                    !pch(c, e, '%') && !pch(c, e, '/')) ||
                      (!weq(c, j - 1, "than") && WORD_IN(c, e, year_followers)));
    if (j > 0 && lx(c, j - 1, TXC_NOTYEARPREV) != NOV && !year_cue_before(c, j) &&
        !approx_end &&
        !((weq(c, j - 1, "around") || weq(c, j - 1, "about") || weq(c, j - 1, "circa")) &&
          (sent_start(c, j - 1) || year_cue_before(c, j - 1)) &&
          (e >= c->n || c->t[e].kind == TT_PUNCT ||
           (y >= 1800 && y <= 2100 && WORD_IN(c, e, year_subjects)))))
        return 0;
    if (lx(c, e, TXC_NOTYEARNEXT) == 1)
        return 0;
    /* "Windows 2000", "Euro 2016", "Vision 2030": a year inside a name */
    if (j > 0 && c->t[j - 1].kind == TT_WORD && c->t[j - 1].cap && !c->t[j - 1].lx &&
        !sent_start(c, j - 1) && !year_cue_before(c, j) && !adj(c, j) &&
        !(c->t[j].sp & (SP_BREAK | SP_NEWLINE)) && !feast_at(c, j - 1))
        return 0;
    /* a number before it ("1,500 2000") or a unit after it is not a year */
    if (lx(c, e, TXC_UNIT) != NOV && !weq(c, e, "year"))
        return 0;
    if (pch(c, e, '-') && adj(c, e) && adj(c, e + 1) && lx(c, e + 1, TXC_UNIT) != NOV)
        return 0;  /* "the 1000-year-old tree": a count */
    k->y = y;
    return e;
}

/* "the 20th century", "the nineteenth century" (extent without "the"). */
/* "by mid-century": the middle of the present century; "by mid-month",
 * "at mid-year", "mid-decade": the middle of the one in focus (not
 * "mid-century furniture", "mid-year results", where it qualifies a noun). */
static size_t r_midcentury(const tx_ctx *c, size_t i, tx_cand *k)
{
    int u = lx(c, i + 2, TXC_UNIT);
    if (!weq(c, i, "mid") || !pch(c, i + 1, '-') || !adj(c, i + 1) || !adj(c, i + 2) ||
        (u != TXU_CENTURY && u != TXU_DECADE && u != TXU_YEAR && u != TXU_MONTH &&
         u != TXU_WEEK))
        return 0;
    size_t e = i + 3;
    if (!(e >= c->n || c->t[e].sent || c->t[e].kind == TT_PUNCT || WORD_IN(c, e, clause_words)))
        return 0;
    if (u != TXU_CENTURY && !(i > 0 && (weq(c, i - 1, "by") || weq(c, i - 1, "until") ||
                                       weq(c, i - 1, "since") || weq(c, i - 1, "at") ||
                                       weq(c, i - 1, "in") || weq(c, i - 1, "from") ||
                                       weq(c, i - 1, "after") || weq(c, i - 1, "before") ||
                                       weq(c, i - 1, "around") || weq(c, i - 1, "till"))))
        return 0;
    k->kind = TXK_RELUNIT;
    k->unit = u;
    k->n = 0;
    k->from = u == TXU_CENTURY || u == TXU_WEEK ? TXA_DCT : TXA_PREV;
    if (u == TXU_DECADE)
        k->dir = -1;  /* the story's decade when told in the past */
    k->mod = TXM_MID;
    return e;
}

/* "BC", "BCE", "B.C." at i: the index after, or 0. */
static size_t bc_at(const tx_ctx *c, size_t i)
{
    if ((weq(c, i, "bc") || weq(c, i, "bce")) && c->t[i].cap == 2)
        return i + 1 + (pch(c, i + 1, '.') && adj(c, i + 1) && !(i + 2 >= c->n || c->t[i + 2].sent));
    if (weq(c, i, "b") && c->t[i].cap && pch(c, i + 1, '.') && adj(c, i + 1) &&
        weq(c, i + 2, "c") && c->t[i + 2].cap && adj(c, i + 2)) {
        size_t j = i + 3;
        if (pch(c, j, '.') && adj(c, j) && !(j + 1 >= c->n || c->t[j + 1].sent))
            j++;
        return j;
    }
    return 0;
}

/* "AD", "A.D.", "CE" at i: the index after, or 0. */
static size_t ad_at(const tx_ctx *c, size_t i)
{
    if ((weq(c, i, "ad") || weq(c, i, "ce")) && c->t[i].cap == 2)
        return i + 1;
    if (weq(c, i, "a") && c->t[i].cap && pch(c, i + 1, '.') && adj(c, i + 1) &&
        weq(c, i + 2, "d") && c->t[i + 2].cap && adj(c, i + 2))
        return i + 3 + (pch(c, i + 3, '.') && adj(c, i + 3) && !(i + 4 >= c->n || c->t[i + 4].sent));
    return 0;
}

/* "44 BC", "753 B.C.", "AD 79", "1200 AD": years of the eras. */
static size_t r_era_year(const tx_ctx *c, size_t i, tx_cand *k)
{
    size_t e;
    /* a cheap test first: every form has a capital B, A or C next to a number */
    if (!(isnum(c, i) && i + 1 < c->n && c->t[i + 1].cap) &&
        !(c->t[i].kind == TT_WORD && c->t[i].cap && (c->s[c->t[i].s] == 'A')))
        return 0;
    if (isnum(c, i) && c->t[i].ndig <= 4 && c->t[i].num >= 1 && (e = bc_at(c, i + 1)) &&
        !(e < c->n && c->t[e].kind == TT_WORD && c->t[e].cap && !sent_start(c, e))) {
        lit(k, DL_TX_DATE, "");
        snprintf(k->value, sizeof k->value, "BC%04d", (int)c->t[i].num);
        return e;
    }
    if (isnum(c, i) && c->t[i].ndig <= 4 && c->t[i].num >= 1 && (e = ad_at(c, i + 1))) {
        k->y = (int)c->t[i].num;
        return e;
    }
    if ((e = ad_at(c, i)) && isnum(c, e) && c->t[e].ndig <= 4 && c->t[e].num >= 1) {
        k->y = (int)c->t[e].num;
        return e + 1;
    }
    return 0;
}

static size_t r_century(const tx_ctx *c, size_t i, tx_cand *k)
{
    if (weq(c, i, "the")) {
        /* "the 19th century" (not "the 19th-century mansion": the article
         * is the noun's) */
        size_t e = r_century(c, i + 1, k);
        return e && !pch(c, e - 2, '-') && !pch(c, e - 3, '-') ? e : 0;
    }
    int n = NOV;
    size_t j = i;
    if (isnum(c, i) && c->t[i].ndig <= 2 && lx(c, i + 1, TXC_ORDINAL) == -1 && adj(c, i + 1)) {
        n = (int)c->t[i].num;
        j = i + 2;
    } else {
        n = lx(c, i, TXC_ORDINAL);
        j = i + 1;
    }
    if (n == NOV || n < 1 || n > 30)
        return 0;
    static const char *const own[] = {"his", "her", "their", "maiden"};
    if (i > 0 && WORD_IN(c, i - 1, own))
        return 0;  /* "hit his second century of the series": 100 runs */
    /* "the 12th and 13th centuries", "from the 15th to the 17th century": the
     * first of a pair names the century too */
    if (weq(c, j, "and") || weq(c, j, "to") || weq(c, j, "or")) {
        size_t q = j + 1 + weq(c, j + 1, "the");
        tx_cand second;
        tx_cand_init(&second);
        if (r_century(c, q, &second) && second.century >= 0) {
            k->century = n - 1;
            return j;
        }
    }
    j = hyph(c, j);
    int u = lx(c, j, TXC_UNIT);
    if (u == NOV || (u & 0xFF) != TXU_CENTURY)
        return 0;  /* plural too: "the 12th and 13th centuries" */
    size_t b = bc_at(c, j + 1);
    if (b) {  /* "the third century BC" */
        lit(k, DL_TX_DATE, "");
        snprintf(k->value, sizeof k->value, "BC%02d", n - 1);
        return b;
    }
    k->century = n - 1;
    size_t ad = ad_at(c, j + 1);  /* "the first century AD" */
    return ad ? ad : j + 1;
}

/* "nineteen ninety-six", "two thousand", "two thousand and five". */
static size_t r_spelled_year(const tx_ctx *c, size_t i, tx_cand *k)
{
    if (weq(c, i, "the") && weq(c, i + 1, "year")) {
        /* "the year two thousand" */
        size_t e = r_spelled_year(c, i + 2, k);
        return e ? e : 0;
    }
    int a = lx(c, i, TXC_NUMWORD);
    if (a == NOV)
        return 0;
    size_t j = i + 1;
    if (a >= 10 && a <= 20 && !weq(c, i, "a")) {
        long b;
        size_t e = count_at(c, j, &b);
        if (!e || c->t[j].kind != TT_WORD || b < 10 || b > 99)
            return 0;
        k->y = a * 100 + (int)b;
        return e;
    }
    if (a == 2 && lx(c, j, TXC_NUMWORD) == 1000) {
        j++;
        int y = 2000;
        size_t e = j;
        if (weq(c, e, "and"))
            e++;
        long b;
        size_t e2 = count_at(c, e, &b);
        if (e2 && c->t[e].kind == TT_WORD && b >= 1 && b < 100) {
            y += (int)b;
            j = e2;
        }
        if (y == 2000 && !(i >= 1 && weq(c, i - 1, "year")))
            return 0;
        k->y = y;
        return j;
    }
    return 0;
}

/* ---- rules: weekdays and named days -------------------------------------- */

/* A part of the day after a day ("morning", "night"); returns the index after or 0. */
static size_t pod_after(const tx_ctx *c, size_t i, int *pod)
{
    int p = lx(c, i, TXC_POD);
    if (p == NOV || i >= c->n || (c->t[i].sp & SP_BREAK))
        return 0;
    *pod = p;
    return i + 1;
}

static int tense_cue(const tx_ctx *c, size_t i);

/* 1 when the possessive day at i (its noun from j) is still to come: the
 * clause looks ahead before it ("he will start in Sunday's game") or the
 * phrase is the subject of a future verb ("Saturday's final will be
 * broadcast").  "After Tuesday's vote, the party will ..." stays past:
 * the comma ends the phrase. */
static int poss_ahead(const tx_ctx *c, size_t i, size_t j)
{
    /* only events that are held on a set day: "Wednesday's ruling" is a
     * result even when "they would look for ways around" it */
    static const char *const held[] = {
        "game", "match", "final", "finals", "race", "election", "elections", "runoff",
        "referendum", "primary", "primaries", "caucus", "caucuses", "meeting", "summit",
        "hearing", "debate", "ceremony", "inauguration", "launch", "deadline", "parade",
        "rally", "concert", "opener", "showdown", "vote", "talks", "session", "premiere",
        "kickoff", "semifinal", "semifinals", "contest", "march", "protest", "funeral",
        "report", "figures", "data", "speech", "address", "visit", "festival", "service",
        "memorial", "celebration", "celebrations", "wedding", "auction", "announcement",
        "opening", "show", "event", "trip", "walkout", "strike", "deadline", "sale",
        "episode", "finale", "broadcast", "telecast", "screening", "performance",
        "replay", "playoff", "playoffs", "fixture", "clash", "derby", "qualifier", "friendly",
        "bout", "fight", "tournament", "leg", "off"};  /* "off": "play-off" */
    size_t nn = j;
    while (nn < j + 4 && nn < c->n && !WORD_IN(c, nn, held) &&
           (c->t[nn].kind == TT_WORD || (pch(c, nn, '-') && adj(c, nn) && adj(c, nn + 1))))
        nn++;  /* "Friday's warm-up match" */
    if (!(nn < c->n && WORD_IN(c, nn, held)) || (weq(c, nn, "off") && !pch(c, nn - 1, '-')))
        return 0;
    if (i > 0 && tense_cue(c, i - 1) < 0)
        return 0;  /* "won Sunday's election and will try ...": its own verb is past */
    for (size_t t = i, k = 0; t > 0 && k < 10 && !c->t[t].sent; k++) {
        t--;
        int q = tense_cue(c, t);
        if (q >= 2 || q <= -2)
            return q > 0;
    }
    /* the noun's own verb: "Friday's jobs report, which economists watch
     * closely, is expected to show" (a clause set off by commas is skipped) */
    int own = 0;
    for (size_t t = nn + 1; t < nn + 12 && t < c->n && !c->t[t].sent && !own; t++) {
        if (pch(c, t, ',') && (weq(c, t + 1, "which") || weq(c, t + 1, "who"))) {
            t++;
            while (t + 1 < c->n && !c->t[t + 1].sent && !pch(c, t + 1, ','))
                t++;
            t++;  /* the closing comma */
            continue;
        }
        if (c->t[t].kind != TT_WORD)
            break;
        int q = tense_cue(c, t);
        own = q >= 2 ? 1 : q <= -2 ? -1 : 0;
    }
    /* "he is fit for Sunday's game", "in charge for Monday's play-off",
     * "raise their banner before Thursday's opener", "14 straight wins
     * entering Sunday's game" (not "Before Saturday's game, fans marched",
     * which opens its sentence): unless the noun's own verb says it is
     * over, what a team or a crowd gets ready for is still to come */
    static const char *const ready[] = {"for", "before", "entering", "into"};
    if (i > 1 && WORD_IN(c, i - 1, ready) && !c->t[i - 1].sent && nn < c->n &&
        lx(c, nn, TXC_PRESVERB) == NOV && lx(c, nn, TXC_PASTCUE) == NOV)
        return own >= 0;
    return own > 0;
}

/* "Tuesday", "Tuesday's", "Tuesday morning", "Saturday, April 25". */
static size_t r_weekday(const tx_ctx *c, size_t i, tx_cand *k)
{
    int wd = lx(c, i, TXC_WEEKDAY);
    if (wd == NOV)
        return 0;
    if (wd <= 7 && c->t[i].cap && i >= 3 &&
        (weq(c, i - 1, "and") || weq(c, i - 1, "or") || pch(c, i - 1, ','))) {
        /* "every Tuesday and Friday", "each Monday, Wednesday and Friday":
         * the later days recur too */
        size_t b = i - 1;
        while (b >= 2 && lx(c, b - 1, TXC_WEEKDAY) != NOV && lx(c, b - 1, TXC_WEEKDAY) <= 7 &&
               (pch(c, b - 2, ',') || weq(c, b - 2, "every") || weq(c, b - 2, "each")))
            if (weq(c, b - 2, "every") || weq(c, b - 2, "each")) {
                lit(k, DL_TX_SET, "");
                snprintf(k->value, sizeof k->value, "XXXX-WXX-%d", wd);
                snprintf(k->freq, sizeof k->freq, "1W");
                return i + 1;
            } else {
                b -= 2;
            }
    }
    if (wd > 10 || (lx(c, i + 1, TXC_POD) > 10 && !(c->t[i + 1].sp & SP_BREAK))) {
        /* "on Mondays", "Tuesday nights": every such day */
        if (!c->t[i].cap)
            return 0;
        int pod = lx(c, i + 1, TXC_POD);
        size_t e = i + 1;
        lit(k, DL_TX_SET, "");
        if (pod > 10) {
            snprintf(k->value, sizeof k->value, "XXXX-WXX-%dT%s", wd % 10, tx_pod_name(pod - 10));
            e++;
        } else {
            snprintf(k->value, sizeof k->value, "XXXX-WXX-%d", wd % 10);
        }
        snprintf(k->freq, sizeof k->freq, "1W");
        return e;
    }
    /* "Black Monday", "Bloody Sunday", "Super Tuesday", "Cyber Monday": named
     * days of their own ("Black Friday" and "Good Friday" are r_holiday's) */
    static const char *const epithets[] = {"black", "bloody", "super", "cyber", "ash", "fat",
                                           "holy", "palm", "maundy", "shrove", "giving",
                                           "blue", "manic"};
    if (i > 0 && c->t[i].cap && c->t[i - 1].cap && WORD_IN(c, i - 1, epithets))
        return 0;
    /* "Friday Night Lights", "Monday Night Football", "Tuesday Morning Corp." */
    if (c->t[i].cap && lx(c, i + 1, TXC_POD) != NOV && c->t[i + 1].cap && i + 2 < c->n &&
        c->t[i + 2].kind == TT_WORD && c->t[i + 2].cap && !c->t[i + 2].lx &&
        !sent_start(c, i + 2))
        return 0;
    size_t n = c->t[i].e - c->t[i].s;
    int abbr = n <= 5 && !weq(c, i, "friday") && !weq(c, i, "monday") && !weq(c, i, "sunday");
    if (abbr && !c->t[i].cap)
        return 0;
    size_t j = i + 1;
    if (abbr && pch(c, j, '.') && adj(c, j))
        j++;
    if (lx(c, j, TXC_FALSENEXT) > 0 && c->t[j].cap)
        return 0;
    if (i > 0 && weq(c, i - 1, "sheffield") && c->t[i - 1].cap)
        return 0;  /* the football club Sheffield Wednesday */
    /* followed by a date: "Saturday, April 25" */
    size_t e = j;
    if (pch(c, e, ','))
        e++;
    tx_cand d;
    size_t de = day_date_at(c, e, &d);
    if (de) {
        *k = d;
        k->wd = wd;
        return de;
    }
    /* "reopened Tues." / "Thurs.": an abbreviation with its stop, in a sentence */
    if (abbr && !(j == i + 2 && n >= 3 && !sent_start(c, i) && !weq(c, i, "wed") &&
                  !weq(c, i, "sat") && !weq(c, i, "sun") && !weq(c, i, "mon")))
        return 0;
    size_t aj = lx(c, j, TXC_POD) != NOV ? j + 1 : j;  /* "a Sunday night memorial
                                                      * service" is a dated noun */
    static const char *const then[] = {"too", "again", "this", "next", "last", "each"};
    if (i > 0 && weq(c, i - 1, "a") && poss(c, j) == j &&
        (aj >= c->n || c->t[aj].sent || c->t[aj].kind == TT_PUNCT ||
         WORD_IN(c, aj, clause_words) || WORD_IN(c, aj, then))) {
        lit(k, DL_TX_DATE, "");  /* "falls on a Tuesday": some Tuesday, not a date */
        int pod = aj > j ? lx(c, j, TXC_POD) : NOV;
        snprintf(k->value, sizeof k->value, "XXXX-WXX-%d%s%s", wd,
                 pod != NOV && pod <= TXP_NI ? "T" : "",
                 pod != NOV && pod <= TXP_NI ? tx_pod_name(pod) : "");
        return pod != NOV && pod <= TXP_NI ? aj : j;  /* "on a Sunday evening" */
    }
    k->kind = TXK_WEEKDAY;
    k->wd = wd;
    k->dir = 2;
    /* "Tuesday's ruling": news names a day's event once it has happened,
     * but "ahead of Sunday's vote" is still to come */
    if (poss(c, j) > j)
        k->dir = (i >= 2 && weq(c, i - 1, "of") && weq(c, i - 2, "ahead")) ||
                         poss_ahead(c, i, poss(c, j))
                     ? 1 : -1;
    /* "as soon as Tuesday", "as early as Monday": ahead */
    if (i >= 3 && weq(c, i - 1, "as") && (weq(c, i - 2, "soon") || weq(c, i - 2, "early")) &&
        weq(c, i - 3, "as"))
        k->dir = 1;
    /* "adjourned until Monday week", "opens on Saturday fortnight": British,
     * the coming such day and a week or two on */
    if (c->t[i].cap && (weq(c, j, "week") || weq(c, j, "fortnight")) &&
        (j + 1 >= c->n || c->t[j + 1].sent || c->t[j + 1].kind == TT_PUNCT ||
         WORD_IN(c, j + 1, clause_words)) && !(i > 0 && lx(c, i - 1, TXC_DIR) != NOV)) {
        k->dir = 1;
        k->n = weq(c, j, "week") ? 7 : 14;
        return j + 1;
    }
    /* "on Monday last", "from Friday next": British, the one before or after */
    if (c->t[i].cap && (weq(c, j, "last") || weq(c, j, "next")) && j == i + 1 &&
        (j + 1 >= c->n || c->t[j + 1].sent || c->t[j + 1].kind == TT_PUNCT ||
         WORD_IN(c, j + 1, clause_words) || weq(c, j + 1, "until")) &&
        !(j + 1 < c->n && lx(c, j + 1, TXC_UNIT) != NOV)) {
        k->dir = weq(c, j, "last") ? -1 : 1;
        k->strict = 1;
        return j + 1;
    }
    /* "Wednesday last week", "Monday of next week": that day of that week */
    size_t w = weq(c, j, "of") ? j + 1 : j;
    int wdir = lx(c, w, TXC_DIR);
    if ((wdir == -1 || wdir == 0 || wdir == 1) && weq(c, w + 1, "week") && poss(c, w + 2) == w + 2 &&
        !pch(c, w + 2, '-')) {
        k->dir = 4;
        k->n = wdir;
        return w + 2;
    }
    int pod;
    size_t pe = pod_after(c, j, &pod);
    if (pe && pod <= TXP_NI) {
        k->pod = pod;
        k->pod_date = 1;
        k->type = DL_TX_TIME;
        return pe;
    }
    return j;
}

/* The rank of a weekday or week in its month at i: 1-5 for "first" ...
 * "fifth", 9 for "last" or "final"; NOV when none. */
static int rank_at(const tx_ctx *c, size_t i)
{
    if (weq(c, i, "last") || weq(c, i, "final"))
        return 9;
    int n = lx(c, i, TXC_ORDINAL);
    return n != NOV && n >= 1 && n <= 5 ? n : NOV;
}

/* "in April", "of November 2013" at i, closing a rank: the month, whose
 * candidate is put in *m; the index after it, or 0. */
static size_t of_month_at(const tx_ctx *c, size_t i, tx_cand *m)
{
    if (!weq(c, i, "in") && !weq(c, i, "of"))
        return 0;
    tx_cand_init(m);
    size_t e = r_month(c, i + 1, m);
    return e && m->d <= 0 ? e : 0;
}

/* "the third Monday in April", "the last Thursday of November 2013": a
 * weekday counted in a month (the code nth_weekday() reads). */
static size_t r_nth_weekday(const tx_ctx *c, size_t i, tx_cand *k)
{
    int n = weq(c, i, "the") ? rank_at(c, i + 1) : NOV;
    int wd = lx(c, i + 2, TXC_WEEKDAY);
    tx_cand m;
    size_t e;
    if (n == NOV || wd == NOV || wd > 7 || !(e = of_month_at(c, i + 3, &m)))
        return 0;
    *k = m;
    k->d = 100 + (n == 9 ? 8 : n) * 10 + wd;  /* the last is 8x (95-97 are Easter's) */
    return e;
}

static size_t r_dir(const tx_ctx *c, size_t i, tx_cand *k);
static size_t day_pod_at(const tx_ctx *c, size_t i, int *pod);

/* "the first of May", "the twenty-first of June 2013": a day in words. */
static size_t r_ordinal_day(const tx_ctx *c, size_t i, tx_cand *k)
{
    if (!weq(c, i, "the"))
        return 0;
    size_t j = i + 1;
    int d = lx(c, j, TXC_ORDINAL);
    if (lx(c, j, TXC_NUMWORD) == 20 || lx(c, j, TXC_NUMWORD) == 30) {
        /* "twenty-first", "thirty-first" */
        int base = lx(c, j, TXC_NUMWORD);
        if (!pch(c, j + 1, '-') || !adj(c, j + 1) || !adj(c, j + 2))
            return 0;
        d = lx(c, j + 2, TXC_ORDINAL);
        if (d == NOV || d < 1 || d > 9)
            return 0;
        d += base;
        j += 2;
    }
    if (d == NOV || d < 1 || d > 31 || !weq(c, j + 1, "of") ||
        (c->t[j].cap && !sent_start(c, j)))
        return 0;  /* "the Fourth of July" is a named day */
    tx_cand m;
    tx_cand_init(&m);
    size_t e = r_month(c, j + 2, &m);
    if (!e) {
        e = r_dir(c, j + 2, &m);  /* "the first of next month", "the 15th of this month" */
        if (!e || m.kind != TXK_RELUNIT || m.unit != TXU_MONTH || m.from != TXA_DCT ||
            poss(c, e) > e)
            return 0;
        *k = m;
        k->d = d;
        return e;
    }
    if (m.d > 0 || d > dl_days_in_month(m.y > 0 ? m.y : 2000, m.m) || poss(c, e) > e)
        return 0;  /* not "the first of May's guests" */
    *k = m;
    k->d = d;
    if (k->dir == 2)
        k->dir = 0;
    return e;
}

/* "the first week of November", "the last week of September 2013": the ISO
 * week holding that week's Thursday-ish day (the 4th, 11th, 18th, 25th;
 * the 28th for the last, the 25th in February). */
static size_t r_week_of_month(const tx_ctx *c, size_t i, tx_cand *k)
{
    int n = weq(c, i, "the") ? rank_at(c, i + 1) : NOV;
    tx_cand m;
    size_t e;
    if (n != NOV && n != 5 && weq(c, i + 2, "weekend") && (e = of_month_at(c, i + 3, &m))) {
        *k = m;  /* "the first weekend of December": that of its first Saturday */
        k->d = 100 + (n == 9 ? 8 : n) * 10 + 6;
        k->weekend = 1;
        return e;
    }
    if (n == NOV || n == 5 || lx(c, i + 2, TXC_UNIT) != TXU_WEEK ||
        !(e = of_month_at(c, i + 3, &m)))
        return 0;
    *k = m;
    k->d = n == 9 ? (m.m == 2 ? 25 : 28) : 7 * n - 3;
    k->week = 1;
    return e;
}

/* "today", "yesterday", "tomorrow", "tonight", "yesterday morning". */
static size_t r_relday(const tx_ctx *c, size_t i, tx_cand *k)
{
    int v = lx(c, i, TXC_RELDAY);
    if (v == NOV)
        return 0;
    /* "USA Today", "the Today show", "BBC Radio 4's Today programme": names */
    if (c->t[i].cap == 1 && !sent_start(c, i) && v == 0 &&
        (weq(c, i - 1, "usa") || weq(c, i - 1, "the") || weq(c, i + 1, "show") ||
         weq(c, i + 1, "programme") || weq(c, i + 1, "program")))
        return 0;
    k->kind = TXK_RELDAY;
    if (v == 10) {
        k->n = 0;
        k->pod = TXP_NI;
        k->type = DL_TX_TIME;
        return i + 1;
    }
    k->n = v;
    int pod;
    size_t pe = pod_after(c, i + 1, &pod);
    if (pe && pod <= TXP_NI) {
        k->pod = pod;
        k->type = DL_TX_TIME;
        return pe;
    }
    return i + 1;
}

/* Fixed holidays: "Christmas", "Christmas Eve", "New Year's Day". */
/* A named day at i ("Memorial Day", "Mother's Day", "St. Patrick's Day",
 * "Martin Luther King Day", "the Fourth of July", "July Fourth"); its code,
 * *end after it, or NOV. */
static int named_day(const tx_ctx *c, size_t i, size_t *end)
{
    /* "St Patrick's Day", "St. Andrew's Day", "Saint David's Day" */
    int saint = (weq(c, i, "st") || weq(c, i, "saint")) && c->t[i].cap;
    if (saint)
        i += 1 + (pch(c, i + 1, '.') && adj(c, i + 1));
    if (i >= c->n || lx(c, i, TXC_NAMEDDAY) == NOV) {
        if (weq(c, i, "fourth") && weq(c, i + 1, "of") && weq(c, i + 2, "july")) {
            *end = i + 3;
            return 7004;
        }
        if (weq(c, i, "july") && weq(c, i + 1, "fourth") && c->t[i + 1].cap) {
            *end = i + 2;
            return 7004;
        }
        return NOV;
    }
    int best = NOV;
    for (size_t n = 0; n < tx_n_named_days; n++) {
        const tx_named_day *d = &tx_named_days[n];
        if ((d->flag == 1) != saint || !weq(c, i, d->w[0]) || (!c->t[i].cap && d->flag != 2))
            continue;
        size_t j = i + 1;
        int ok = 1;
        for (int w = 1; ok && w < 5 && d->w[w]; w++) {
            j = poss(c, j);  /* "Mother's Day" */
            if (pch(c, j, '\'') && adj(c, j) && c->s[c->t[j - 1].e - 1] == 's')
                j++;  /* "Presidents' Day", "All Saints' Day" */
            if ((pch(c, j, '.') && adj(c, j) && weq(c, j - 1, "jr")) ||
                (pch(c, j, '-') && adj(c, j) && adj(c, j + 1)))
                j++;  /* "Jr. Day", "Eid al-Fitr" */
            ok = weq(c, j, d->w[w]) && (c->t[j].cap || weq(c, j, "al") || weq(c, j, "ul") ||
                                         weq(c, j, "of") || weq(c, j, "the") ||
                                         weq(c, j, "bank") || weq(c, j, "holiday"));
            j++;
        }
        if (!ok)
            continue;
        static const char *const titles[] = {"film", "movie", "album", "song", "novel",
                                             "book", "musical", "sequel", "show"};
        if (i > 0 && !sent_start(c, i) &&
            (WORD_IN(c, i - 1, titles) ||
             (d->code == 7004 && (c->t[i - 1].cap || weq(c, i - 1, "s") ||
                                  weq(c, i - 1, "its") || weq(c, i - 1, "their") ||
                                  lx(c, i - 1, TXC_ORDINAL) != NOV || weq(c, i - 1, "th")))))
            return NOV;  /* "India's Independence Day", "the film Independence Day" */
        if (best == NOV || j > *end) {  /* the longest: "May Day bank holiday" */
            *end = j;
            best = d->code;
        }
    }
    return best;
}

/* 1 when the feast at [i, j) is part of a name: a capitalised word that
 * names no time follows, and no preposition of time comes before ("the
 * Easter Rising", "the Good Friday Agreement"; not "on Christmas Day Smith
 * spoke"). */
static int named_after(const tx_ctx *c, size_t i, size_t j)
{
    static const char *const preps[] = {"on", "at", "by", "since", "until", "till", "before",
                                        "after", "over", "during", "for", "from", "through"};
    if (!(j < c->n && c->t[j].kind == TT_WORD && c->t[j].cap && !sent_start(c, j) &&
          (!c->t[j].lx || lx(c, j, TXC_FALSENEXT) > 0)))
        return 0;
    return !(i > 0 && WORD_IN(c, i - 1, preps));
}

/* "Thanksgiving evening", "Christmas morning": a part of the feast day
 * after its name ending at j.  The end of the expression. */
static size_t holiday_pod(const tx_ctx *c, size_t j, tx_cand *k)
{
    int y = k->y < 0 && weq(c, j, "in") ? year_at(c, j + 1, 1000, 2199) : -1;
    if (y >= 0)
        k->y = y;  /* "New Year's Eve in 1962" (the year is its own expression) */
    /* "the Christmas tree", "an Easter egg hunt": things, not days */
    static const char *const things[] = {
        "tree", "trees", "lights", "card", "cards", "carol", "carols", "egg", "eggs",
        "bunny", "decorations", "ornaments", "pudding", "cake", "cakes", "candy",
        "costume", "costumes", "present", "presents", "gift", "gifts", "album", "song",
        "songs", "movie", "film", "special", "episode", "music", "sweater", "sweaters",
        "stocking", "stockings", "spirit", "cheer", "bonus", "bonuses", "market", "markets"};
    if (WORD_IN(c, j, things))
        return 0;
    if (weq(c, j, "weekend") && k->week != 1) {
        k->weekend = 1;  /* "Memorial Day weekend", "the Easter weekend" */
        return j + 1;
    }
    j = year_offset_after(c, j, k);  /* "Christmas Eve last year" */
    int pod = lx(c, j, TXC_POD);
    if (pod == NOV || pod > TXP_NI || c->t[j].cap || weq(c, j, "day"))
        return j;
    k->pod = pod;
    k->pod_date = 1;
    return j + 1;
}

/* A holiday's year after it at j ("Easter 2010", "Christmas Eve, 1925, in
 * Ohio", but not "By Christmas, 2000 people"), else its part of day. */
static size_t holiday_year(const tx_ctx *c, size_t j, tx_cand *k)
{
    int y;
    size_t e = tail_year(c, j, &y);
    if (e && (!pch(c, j, ',') || e >= c->n || c->t[e].sent || c->t[e].kind == TT_PUNCT)) {
        k->y = y;
        return e;
    }
    return holiday_pod(c, j, k);
}

static size_t r_holiday(const tx_ctx *c, size_t i, tx_cand *k)
{
    /* "the day after Thanksgiving", "the day before Christmas Eve" */
    if (weq(c, i, "the") && weq(c, i + 1, "day") &&
        (weq(c, i + 2, "after") || weq(c, i + 2, "before"))) {
        size_t e = r_holiday(c, i + 3, k);
        if (!e || k->week == 1 || k->pod)
            return 0;
        k->doff = weq(c, i + 2, "after") ? 1 : -1;
        return e;
    }
    /* "the week after Memorial Day", "the week before Christmas": the week
     * of the day seven days on or back */
    if (weq(c, i, "the") && weq(c, i + 1, "week") &&
        (weq(c, i + 2, "after") || weq(c, i + 2, "before"))) {
        size_t e = r_holiday(c, i + 3, k);
        if (!e || k->week == 1 || k->pod || k->weekend || k->doff)
            return 0;
        k->doff = weq(c, i + 2, "after") ? 7 : -7;
        k->week = 1;
        return e;
    }
    /* "the Monday after Thanksgiving", "the Sunday before Christmas" */
    int wd = weq(c, i, "the") ? lx(c, i + 1, TXC_WEEKDAY) : NOV;
    if (wd != NOV && wd <= 7 && c->t[i + 1].cap &&
        (weq(c, i + 2, "after") || weq(c, i + 2, "before"))) {
        size_t e = r_holiday(c, i + 3, k);
        if (!e || k->week == 1 || k->pod || k->weekend || k->doff)
            return 0;
        k->doff = weq(c, i + 2, "after") ? TX_DOFF_WD + wd : -(TX_DOFF_WD + wd);
        return e;
    }
    int v = lx(c, i, TXC_HOLIDAY);
    size_t j = i + 1;
    if (weq(c, i, "the") && (v = named_day(c, i + 1, &j)) != NOV && weq(c, j - 2, "bank")) {
        k->m = v / 1000;  /* "the late May bank holiday", "the spring bank holiday" */
        k->d = v % 1000;
        k->dir = 2;
        return holiday_year(c, j, k);
    }
    v = lx(c, i, TXC_HOLIDAY);
    j = i + 1;
    if (v != NOV) {
        if (!c->t[i].cap)
            return 0;
        if (weq(c, i, "cinco")) {
            if (!weq(c, j, "de") || !weq(c, j + 1, "mayo"))
                return 0;
            j += 2;
        }
        if (weq(c, poss(c, j), "day") && poss(c, j) > j)
            j = poss(c, j);  /* "Valentine's Day" */
        if (weq(c, j, "week")) {
            k->week = 1;  /* "Easter week": the week of the feast */
            j++;
        } else if (weq(c, j, "eve")) {
            v -= 1;
            j++;
        } else if (weq(c, j, "day")) {
            j++;
        } else if (v == 397 && (weq(c, j, "sunday") || weq(c, j, "monday")) && c->t[j].cap) {
            v = weq(c, j, "monday") ? 395 : 397;  /* "Easter Sunday", "Easter Monday" */
            j++;
        }
    } else if (weq(c, i, "election") && c->t[i].cap && weq(c, j, "day") && c->t[j].cap) {
        v = 1100 + 99;  /* the Tuesday after the first Monday of November */
        j++;
    } else if ((v = named_day(c, i, &j)) != NOV) {
        /* "Memorial Day", "Mother's Day", "Black Friday", "the Fourth of July" */
        if (named_after(c, i, j))
            return 0;
        k->m = v / 1000;
        k->d = v % 1000;
        k->dir = 2;
        return holiday_year(c, j, k);
    } else if ((weq(c, i, "lunar") || weq(c, i, "chinese")) && c->t[i].cap &&
               weq(c, j, "new") && c->t[j].cap && weq(c, j + 1, "year")) {
        v = 100 + 62;  /* "the Lunar New Year": a table, then the moon */
        j += 2;
    } else if (weq(c, i, "spring") && c->t[i].cap && weq(c, j, "festival") && c->t[j].cap &&
               i > 0 && weq(c, i - 1, "the")) {
        v = 100 + 62;  /* "the Spring Festival": China's name for the Lunar New Year */
        j++;
    } else if (weq(c, i, "new") && c->t[i].cap && weq(c, j, "year")) {
        j = poss(c, j + 1);
        if (weq(c, j, "day"))
            v = 101;
        else if (weq(c, j, "eve"))
            v = 1231;
        else
            return 0;
        j++;
    } else {
        return 0;
    }
    k->m = v / 100;
    k->d = v % 100;
    k->dir = 2;
    if (named_after(c, i, j))
        return 0;
    return holiday_year(c, j, k);
}

/* ---- rules: units, directions, quarters --------------------------------- */

/* 1 when token i is the verb "last" ("expected to last six weeks", "will
 * last a day"), not the adjective. */
static int last_verb(const tx_ctx *c, size_t i)
{
    if (!weq(c, i, "last") || i == 0)
        return 0;
    static const char *const before[] = {"to", "will", "would", "could", "may", "might",
                                         "should", "can", "must", "ll", "not", "did", "does",
                                         "didn"};
    if (WORD_IN(c, i - 1, before))
        return !(weq(c, i - 1, "to") && i + 1 < c->n && c->t[i + 1].cap &&
                 (lx(c, i + 1, TXC_MONTH) != NOV || lx(c, i + 1, TXC_WEEKDAY) != NOV));
                 /* not "backdated to last April", "moved to last Friday" */
    /* "will take effect soon and last six months": a verb before a count */
    long v;
    return (weq(c, i - 1, "and") || weq(c, i - 1, "or")) && count_at(c, i + 1, &v) &&
           !weq(c, i + 1, "a") && !weq(c, i + 1, "an");
}

/* "last week", "this year", "next month", "the past year", "last Friday",
 * "last November", "last summer", "this morning", "last night", "that year",
 * "the following month", "the same day", "recent weeks". */
static size_t r_dir(const tx_ctx *c, size_t i, tx_cand *k)
{
    size_t j = i;
    int the = 0;
    if (weq(c, j, "the")) {
        the = 1;
        j++;
    }
    int wd0 = lx(c, j, TXC_WEEKDAY);
    if (the && wd0 != NOV && wd0 <= 7 && c->t[j].cap &&
        (weq(c, j + 1, "after") || weq(c, j + 1, "before")) &&
        (j + 2 >= c->n || c->t[j + 2].sent || c->t[j + 2].kind == TT_PUNCT)) {
        k->kind = TXK_WEEKDAY;  /* "March 31, the Monday after", "the Thursday before" */
        k->wd = wd0;
        k->dir = weq(c, j + 1, "after") ? 1 : -1;
        k->strict = 1;
        k->from = TXA_PREV;
        return j + 2;
    }
    if (!the && weq(c, j, "this") && weq(c, j + 1, "time")) {
        /* "this time last year", "this time next year", "this time a year
         * ago": the article's day, a year back or on */
        size_t e = 0;
        int n = 0;
        if ((weq(c, j + 2, "last") || weq(c, j + 2, "next")) &&
            lx(c, j + 3, TXC_UNIT) == TXU_YEAR) {
            n = weq(c, j + 2, "last") ? -1 : 1;
            e = j + 4;
        } else if ((weq(c, j + 2, "a") || weq(c, j + 2, "one")) &&
                   lx(c, j + 3, TXC_UNIT) == TXU_YEAR && weq(c, j + 4, "ago")) {
            n = -1;
            e = j + 5;
        }
        if (e) {
            k->kind = TXK_RELUNIT;
            k->unit = TXU_YEAR;
            k->n = n;
            k->from = TXA_DCTDAY;
            return e;
        }
    }
    int dv = lx(c, j, TXC_DIR);
    if (dv == NOV || last_verb(c, j))
        return 0;
    if (dv == 9 && !the && !weq(c, j, "that"))
        return 0;  /* "same" needs "the" */
    if (dv == 9 && the && weq(c, j, "that"))
        return 0;
    if ((dv == 3) && !the)
        return 0;
    if (lx(c, j, TXC_ORDINAL) == -9 && i > 0 && weq(c, i - 1, "at") &&
        lx(c, j + 1, TXC_UNIT) == NOV && lx(c, j + 1, TXC_WEEKDAY) == NOV &&
        lx(c, j + 1, TXC_SEASON) == NOV && lx(c, j + 1, TXC_MONTH) == NOV)
        return 0;  /* "at last" means finally; "at last year's summit" does not */
    j++;
    if (dv == 9 && !the && weq(c, j, "same"))
        j++;  /* "that same day" */
    int this_x = 0;  /* "this past", "this coming" */
    if (dv == 0 && (weq(c, j, "past") || weq(c, j, "coming"))) {
        dv = weq(c, j, "past") ? -1 : 1;  /* "this past spring", "this coming Sunday" */
        this_x = 1;
        j++;
    }
    size_t u0 = j;
    if (weq(c, j, "fiscal") || weq(c, j, "calendar") ||
        (weq(c, j, "financial") && lx(c, j + 1, TXC_UNIT) == TXU_YEAR))
        j++;
    if (lx(c, j, TXC_SEASON) != NOV && c->t[j].cap && j + 1 < c->n &&
        c->t[j + 1].kind == TT_WORD && c->t[j + 1].cap && !c->t[j + 1].lx &&
        !sent_start(c, j + 1))
        return 0;  /* "the next Summer Olympics": a name */
    if (the && !this_x && (dv == 1 || dv == -1 || dv == -2) &&
        (weq(c, j, "half") || lx(c, j, TXC_UNIT) == TXU_QUARTER) &&
        weq(c, hyph(c, j + 1), "century")) {
        /* "the past half century", "the next quarter-century": a span */
        lit(k, DL_TX_DURATION, weq(c, j, "half") ? "P50Y" : "P25Y");
        return hyph(c, j + 1) + 1;
    }
    int u = lx(c, j, TXC_UNIT);
    if (u != NOV && c->t[j].cap && c->t[j - 1].cap && !sent_start(c, j - 1) && !the)
        return 0;  /* "This Week", "Next Year": a title */
    if (u != NOV) {
        int unit = u & 0xFF, plural = u & TXU_PLURAL;
        if (plural) {
            if (dv == -3 || (dv == -2 && !the && unit >= TXU_DAY && i > 0 &&
                             (weq(c, i - 1, "in") || weq(c, i - 1, "of") ||
                              weq(c, i - 1, "than")))) {
                /* "in recent years"; "in past years" (without "the") is the same */
                lit(k, DL_TX_DATE, "PAST_REF");
                k->flags |= DL_TXF_VAGUE;
                return j + 1;
            }
            if ((dv == 2 || (dv == 1 && the)) &&
                (unit >= TXU_DAY || (unit == TXU_HOUR && weq(c, u0 - 1, "coming")))) {
                /* "the coming days", "in the coming hours" */
                lit(k, DL_TX_DATE, "FUTURE_REF");
                k->flags |= DL_TXF_VAGUE;
                return j + 1;
            }
            return 0;
        }
        if (unit == TXU_HOUR && the && (dv == 1 || dv == -1 || dv == -2) && !this_x &&
            !weq(c, j + 1, "or") && !weq(c, j + 1, "of") && !pch(c, j + 1, '-')) {
            lit(k, DL_TX_DURATION, "PT1H");
            return j + 1;  /* "in the last hour", "within the next hour": a span */
        }
        if (unit == TXU_DECADE && the && !this_x &&
            (weq(c, u0 - 1, "past") ||
             (dv == 1 && i > 0 && (weq(c, i - 1, "over") || weq(c, i - 1, "within") ||
                                   weq(c, i - 1, "during") || weq(c, i - 1, "for"))))) {
            lit(k, DL_TX_DURATION, "P10Y");  /* "over the past decade", "within the
                                              * next decade": ten years, as "the past
                                              * ten years" (not a calendar decade) */
            return j + 1;
        }
        if (unit == TXU_FORTNIGHT && the && (dv == 1 || dv == -1 || dv == -2) && !this_x) {
            lit(k, DL_TX_DURATION, "P2W");  /* "the past fortnight": a span */
            return j + 1;
        }
        if (unit <= TXU_HOUR || unit == TXU_FORTNIGHT || unit == TXU_HALF)
            return 0;
        if (unit == TXU_DAY && dv != 9 && dv != 3 && !(the && (dv == 1 || dv == -1)))
            return 0;
        static const char *const of_what[] = {"of", "to", "for", "before", "that", "when",
                                              "on", "in"};
        if (unit == TXU_DAY && dv == -1 && weq(c, u0 - 1, "last") && WORD_IN(c, j + 1, of_what))
            return 0;  /* "the last day of the term", "the last day to register" is
                        * no yesterday */
        k->kind = TXK_RELUNIT;
        k->unit = unit;
        k->from = TXA_DCT;
        switch (dv) {
        case -1: case -2: k->n = -1; break;
        case 0: k->n = 0; break;
        case 1: case 2: k->n = 1; break;
        case 3: k->n = 1; k->from = TXA_PREV; break;
        case 9: k->n = 0; k->from = TXA_PREV; break;
        case 8: k->n = unit == TXU_QUARTER ? -1 : 0; break;
        default: return 0;
        }
        if (unit == TXU_DAY)
            k->from = TXA_PREV;
        if (the && dv == 1 && unit != TXU_DAY)
            k->from = TXA_SENTD;  /* "the next week": after the date just given */
        if (the && dv == -1 && unit == TXU_DAY)
            k->from = TXA_PREV;
        if (the && (weq(c, u0 - 1, "previous") || weq(c, u0 - 1, "preceding") ||
                    weq(c, u0 - 1, "prior")))
            k->from = TXA_PREV;  /* "7.9% the previous month": before the one just named */
        if (unit == TXU_WEEKEND) {
            k->dir = dv < 0 ? -1 : dv > 0 && dv < 8 ? 1 : 0;
            if (this_x)
                k->n = 0;  /* "this coming weekend": the one ahead, not next week's */
        }
        return j + 1;
    }
    j = u0;
    int wd = lx(c, j, TXC_WEEKDAY);
    /* "the previous Friday", "the following Monday": next to the date in focus */
    int rel = the && (weq(c, u0 - 1, "previous") || weq(c, u0 - 1, "preceding") ||
                      weq(c, u0 - 1, "following"));
    if (wd != NOV && wd <= 7 && (!the || rel) && dv != 9 && c->t[j].e - c->t[j].s > 5) {
        k->kind = TXK_WEEKDAY;
        k->wd = wd;
        k->dir = weq(c, u0 - 1, "following") ? 1 : dv < 0 ? -1 : dv == 0 ? 0 : 1;
        k->strict = dv != 0 || rel;
        if (rel)
            k->from = TXA_PREV;
        if (!rel && pch(c, j + 1, ',')) {
            tx_cand d;  /* "next Friday, Nov. 8": the date it names */
            size_t de = day_date_at(c, j + 2, &d);
            if (de) {
                *k = d;
                k->wd = wd;
                k->dir = dv < 0 ? -1 : 1;
                return de;
            }
        }
        int pod;
        size_t pe = pod_after(c, j + 1, &pod);
        if (pe && pod <= TXP_NI) {
            k->pod = pod;
            k->pod_date = 1;
            k->type = DL_TX_TIME;
            return pe;
        }
        return j + 1;
    }
    int m = lx(c, j, TXC_MONTH);
    if (m != NOV && !the && dv != 9 && (c->t[j].cap || (m != 5 && m != 3))) {
        k->m = m;
        k->dir = dv < 0 ? -1 : dv == 0 ? 0 : 1;
        k->strict = dv != 0;
        return j + 1;
    }
    /* "last Christmas", "next Thanksgiving": the one before or after;
     * "this Christmas": this year's */
    if (!the && (dv == -1 || dv == 1 || dv == 0) && !this_x && weq(c, j - 1, dv == 0 ? "this"
                                                                     : dv < 0 ? "last" : "next")) {
        size_t he = r_holiday(c, j, k);
        if (he) {
            k->dir = dv;
            k->strict = dv != 0;
            if (dv == 0) {
                k->yoff = 0;  /* "this Christmas": this year's */
                k->has_yoff = 1;
            }
            return he;
        }
    }
    int se = lx(c, j, TXC_SEASON);
    if (se != NOV && dv != 8) {
        k->season = se;
        k->dir = dv < 0 ? -1 : dv == 0 ? 0 : 1;
        k->strict = dv != 0;
        if (the && dv == -1 && !weq(c, j - 1, "last"))
            k->from = TXA_PREV;  /* "the previous winter": before the one in focus */
        if (dv == 9 || dv == 3)
            return 0;
        return j + 1;
    }
    int pod = lx(c, j, TXC_POD);
    if (pod != NOV && pod <= TXP_NI && the && (dv == 1 || dv == 3)) {
        /* "the next morning": the day after the previous date */
        k->kind = TXK_RELDAY;
        k->n = 1;
        k->from = TXA_PREV;
        return j + 1;
    }
    if (pod != NOV && pod <= TXP_NI && (!the || dv == 9)) {
        k->kind = TXK_RELDAY;  /* "this morning", "that same evening", "the same afternoon" */
        k->type = DL_TX_TIME;
        k->pod = pod;
        if (dv == 0)
            k->n = 0;
        else if (dv == -1 && pod == TXP_NI)
            k->n = -1;
        else if (dv == 9) {
            k->n = 0;
            k->from = TXA_PREV;
        } else
            return 0;
        return j + 1;
    }
    return 0;
}

/* An ordinal 1-4 before "quarter"/"half" ("third", "3rd"); index after or 0. */
static size_t qord_at(const tx_ctx *c, size_t i, int *q)
{
    int v = lx(c, i, TXC_ORDINAL);
    if (v != NOV && v >= 1 && v <= 4) {
        *q = v;
        return i + 1;
    }
    if (v == -9 && lx(c, i + 1, TXC_UNIT) == TXU_QUARTER && weq(c, i + 2, "of")) {
        *q = 4;  /* "the last quarter of 2012" */
        return i + 1;
    }
    if (v == -9) {
        *q = -9;
        return i + 1;
    }
    if (isnum(c, i) && c->t[i].num >= 1 && c->t[i].num <= 4 &&
        lx(c, i + 1, TXC_ORDINAL) == -1 && adj(c, i + 1)) {
        *q = (int)c->t[i].num;
        return i + 2;
    }
    if (weq(c, i, "latter") && weq(c, i + 1, "half") && weq(c, i + 2, "of")) {
        *q = 2;  /* "the latter half of the century" */
        return i + 1;
    }
    if (weq(c, i, "final") && lx(c, i + 1, TXC_UNIT) == TXU_QUARTER && weq(c, i + 2, "of")) {
        *q = 4;  /* "the final quarter of 2011" (alone, as often a game's) */
        return i + 1;
    }
    int m = lx(c, i, TXC_MONTH);
    if (m != NOV && c->t[i].cap && lx(c, i + 1, TXC_UNIT) == TXU_QUARTER && i > 0 &&
        (weq(c, i - 1, "the") || weq(c, i - 1, "fiscal"))) {
        *q = (m - 1) / 3 + 1;  /* "the December quarter": the quarter it ends */
        return i + 1;
    }
    return 0;
}

/* 1 when "that" at i after a verb names a time ("His trial began that August
 * and lasted ..."), not the conjunction ("said that August sales rose",
 * "knew that Friday was ..."): the verb is no verb of saying or knowing and
 * the time word ends its phrase. */
static int that_after_verb(const tx_ctx *c, size_t i)
{
    static const char *const saying[] = {"said", "says", "say", "told", "tell", "announced",
                                         "noted", "added", "believed", "believe", "reported",
                                         "warned", "knew", "know", "thought", "think",
                                         "hoped", "hope", "expected", "claimed", "argued",
                                         "insisted", "agreed", "decided", "suggested",
                                         "stated", "confirmed", "denied", "predicted",
                                         "feared", "showed", "shows", "found", "learned"};
    if (i == 0 || c->t[i - 1].kind != TT_WORD || WORD_IN(c, i - 1, saying))
        return 0;
    size_t a = i + 2;  /* after the time word */
    return tense_cue(c, i - 1) <= -2 &&
           (a >= c->n || c->t[a].sent || c->t[a].kind == TT_PUNCT || WORD_IN(c, a, clause_words));
}

/* "That Friday", "that December", "that spring", "by that summer": the one
 * in the frame of the date in focus; "the following spring", "the next
 * Friday": the first one after it. */
static size_t r_that(const tx_ctx *c, size_t i, tx_cand *k)
{
    static const char *const that_preps[] = {"on", "by", "in", "during", "until", "since",
                                             "before", "after", "through", "of", "from",
                                             "and"};
    if (!c->t[i].lx || i + 1 >= c->n || c->t[i + 1].kind != TT_WORD || !c->t[i + 1].lx)
        return 0;  /* "that" and "the" are table words, and so is what follows */
    size_t j = i + 1;
    int following = 0;
    if (weq(c, i, "the") && (weq(c, j, "following") || weq(c, j, "next"))) {
        following = 1;
        j++;
    } else if (!weq(c, i, "that")) {
        return 0;
    } else if (!sent_start(c, i) &&
               !(i > 0 && (pch(c, i - 1, ',') || WORD_IN(c, i - 1, that_preps))) &&
               !that_after_verb(c, i) &&
               !(((lx(c, j, TXC_SEASON) != NOV && !c->t[j].cap) ||
                  ((lx(c, j, TXC_WEEKDAY) != NOV || lx(c, j, TXC_MONTH) != NOV) &&
                   c->t[j].cap)) &&
                 (j + 1 >= c->n || c->t[j + 1].sent ||
                  (c->t[j + 1].kind == TT_PUNCT && !pch(c, j + 1, '-') &&
                   !pch(c, j + 1, '\'')) ||
                  (WORD_IN(c, j + 1, clause_words) && !weq(c, j + 1, "to") &&
                   !weq(c, j + 1, "that") && !weq(c, j, "fall") && !c->t[j].cap)))) {
        return 0;  /* "he said that Friday was a bad day": the conjunction; but
                    * "broke off talks that fall.", "a pilot that winter and",
                    * "searched the home that Friday." */
    }
    int wd = lx(c, j, TXC_WEEKDAY), se = lx(c, j, TXC_SEASON), m = NOV, abbr;
    if (!month_at(c, j, &m, &abbr))
        m = NOV;
    if (wd == NOV && se == NOV && m == NOV)
        return 0;
    if (!c->t[j].cap && se == NOV)
        return 0;  /* "that march" */
    if (c->t[j].cap && j + 1 < c->n && c->t[j + 1].kind == TT_WORD && c->t[j + 1].cap &&
        !c->t[j + 1].lx && !sent_start(c, j + 1))
        return 0;  /* "the next Summer Olympics", "that May Day parade": a name */
    if (following && wd != NOV)
        return 0;  /* "the next Friday": the rules for weekdays take it */
    tx_cand d;
    tx_cand_init(&d);
    size_t e = j + 1;
    if (wd != NOV)
        e = r_weekday(c, j, &d);
    else if (m != NOV)
        e = r_month(c, j, &d);
    else
        d.season = se;
    if (!e || d.y >= 0 || d.has_yoff || (d.kind == TXK_WEEKDAY && wd == NOV))
        return 0;
    if (wd == NOV && d.kind != TXK_ABS)
        return 0;
    *k = d;
    k->from = TXA_PREV;
    if (wd != NOV) {
        k->dir = 1;  /* that week's Friday: on or after the day in focus */
    } else if (following) {
        k->dir = 1;
        k->strict = 1;
    } else {
        k->yoff = 0;
        k->has_yoff = 1;
    }
    return e;
}

/* 1 when the sentence around token i holds one of the words w. */
static int sent_has(const tx_ctx *c, size_t i, const char *const *w, size_t nw)
{
    size_t a = i;
    while (a > 0 && !c->t[a].sent)
        a--;
    for (size_t t = a; t < c->n && (t == a || !c->t[t].sent); t++)
        if (c->t[t].kind == TT_WORD && word_in(c, t, w, nw))
            return 1;
    return 0;
}

/* 1 when the sentence around token i tells of a game: "scored",
 * "touchdown", "halftime" ... (its halves and quarters are not the year's). */
static int game_sentence(const tx_ctx *c, size_t i)
{
    static const char *const w[] = {"scored", "scoring", "touchdown", "touchdowns",
                                    "halftime", "inning", "innings", "quarterback", "striker",
                                    "referee", "kickoff", "equaliser", "equalizer",
                                    "rebounds", "yards", "unbeaten", "teammate", "teammates",
                                    "goal", "goals", "goalkeeper", "penalty", "header",
                                    "substitute", "interception"};
    return sent_has(c, i, w, sizeof w / sizeof w[0]);
}

/* 1 when a measure read on a scale comes a few words before token i in its
 * sentence ("temperatures in the fifties", "shares traded in the mid-forties"). */
static int measure_before(const tx_ctx *c, size_t i)
{
    static const char *const w[] = {"temperature", "temperatures", "highs", "lows",
                                    "degrees", "thermometer", "readings", "shares", "stock",
                                    "traded", "trading", "price", "prices", "cents", "mph",
                                    "gusts", "winds", "score", "scores"};
    for (size_t t = i; t > 0 && t + 8 > i && !c->t[t].sent; t--)
        if (c->t[t - 1].kind == TT_WORD && WORD_IN(c, t - 1, w))
            return 1;
    return 0;
}

/* "the third quarter", "third-quarter", "the 1988 second quarter",
 * "this year's third quarter", "the first half of 1990", "the fiscal first
 * quarter", "the year-earlier quarter", "the quarter", "the latest quarter". */
static size_t r_quarter(const tx_ctx *c, size_t i, tx_cand *k)
{
    size_t j = i;
    int the = 0, y = -1, yoff = NOV, from_prev_year = 0;
    if (weq(c, j, "the")) {
        the = 1;
        j++;
    }
    int dv = lx(c, j, TXC_DIR);
    if (dv == -1 && lx(c, j + 1, TXC_UNIT) == TXU_YEAR && poss(c, j + 2) > j + 2 &&
        (lx(c, poss(c, j + 2), TXC_UNIT) == TXU_QUARTER || weq(c, poss(c, j + 2), "period"))) {
        /* "last year's quarter": the quarter in focus, a year before */
        k->kind = TXK_RELUNIT;
        k->unit = TXU_YEAR;
        k->n = -1;
        k->from = TXA_SENTP;
        return poss(c, j + 2) + 1;
    }
    if ((weq(c, j, "corresponding") || weq(c, j, "comparable") || weq(c, j, "same")) &&
        (weq(c, j + 1, "period") || lx(c, j + 1, TXC_UNIT) == TXU_QUARTER ||
         (weq(c, j, "same") && (lx(c, j + 1, TXC_UNIT) == TXU_MONTH ||
                                lx(c, j + 1, TXC_UNIT) == TXU_WEEK))) && the) {
        size_t f = j + 2;
        if (weq(c, f, "last") && lx(c, f + 1, TXC_UNIT) == TXU_YEAR)
            f += 2;
        else if (weq(c, f, "a") && lx(c, f + 1, TXC_UNIT) == TXU_YEAR &&
                 (weq(c, f + 2, "ago") || weq(c, f + 2, "earlier")))
            f += 3;
        else if (weq(c, f, "of") && weq(c, f + 1, "last") && lx(c, f + 2, TXC_UNIT) == TXU_YEAR)
            f += 3;
        else
            return 0;
        k->kind = TXK_RELUNIT;
        k->unit = TXU_YEAR;
        k->n = -1;
        k->from = TXA_SENTP;
        if (lx(c, j + 1, TXC_UNIT) == TXU_WEEK || lx(c, j + 1, TXC_UNIT) == TXU_MONTH)
            k->week = lx(c, j + 1, TXC_UNIT) == TXU_WEEK ? 1 : 3;  /* with no date: now's */
        return f;
    }
    if ((dv == -1 || dv == 0 || dv == 1) && lx(c, j + 1, TXC_UNIT) == TXU_YEAR &&
        poss(c, j + 2) > j + 2) {
        yoff = dv;
        j = poss(c, j + 2);
    } else if ((y = year_at(c, j, 1900, 2199)) >= 0) {
        j = poss(c, j + 1);
    } else if (weq(c, j, "fiscal") && (y = year_at(c, j + 1, 1900, 2199)) >= 0) {
        j = poss(c, j + 2);
    } else if ((weq(c, j, "year") && pch(c, j + 1, '-') &&
                (weq(c, j + 2, "earlier") || weq(c, j + 2, "ago"))) && adj(c, j + 1)) {
        from_prev_year = 1;
        j += 3;
    } else if (the && (weq(c, j, "prior") || weq(c, j, "previous")) && pch(c, j + 1, '-') &&
               adj(c, j + 1) && weq(c, j + 2, "year") && adj(c, j + 2)) {
        from_prev_year = 1;  /* "the prior-year quarter", "the prior-year period" */
        j += 3;
    } else if (weq(c, j, "comparable") || weq(c, j, "corresponding")) {
        j++;
        if (weq(c, j, "year") && pch(c, j + 1, '-') && weq(c, j + 2, "ago")) {
            from_prev_year = 1;
            j += 3;
        }
    }
    int latest = 0;
    if (dv == 8 && the) {  /* "the latest quarter", "the latest period" */
        latest = 1;
        j++;
    }
    int fiscal = weq(c, j, "fiscal");
    if (fiscal)
        j = hyph(c, j + 1);  /* "fiscal first", "fiscal-first" */
    int q = 0, half = 0;
    size_t e = qord_at(c, j, &q);
    if (e) {
        size_t h = hyph(c, e);
        if (h > e && the && j == i + 1)
            return 0;  /* "the third-quarter results": extent without "the" */
        e = h;
        if (weq(c, e, "fiscal")) {
            fiscal = 1;
            e++;
        }
        int u = lx(c, e, TXC_UNIT);
        if (weq(c, e, "half") && (q == 1 || q == 2 || q == -9))
            half = 1;
        else if (u != TXU_QUARTER)
            return 0;
        if (h == e && !weq(c, e + 1, "of") && game_sentence(c, i))
            return 0;  /* "scored early in the second half", "three touchdowns in
                        * the fourth quarter": a part of a game */
        if (q == -9) {
            if (!half)
                return 0;
            q = 2;
        }
        e++;
        if ((weq(c, e, "in") && weq(c, e + 1, "a") && weq(c, e + 2, "row")) ||
            weq(c, e, "running"))
            return 0;  /* "for the third quarter in a row": a count, not a date */
    } else if (the || from_prev_year) {
        int u = lx(c, j, TXC_UNIT);
        if (u != TXU_QUARTER && !(weq(c, j, "period") && (from_prev_year || y >= 0 || latest)))
            return 0;
        if (u == TXU_QUARTER && pch(c, j + 1, '-') && adj(c, j + 1) &&
            (weq(c, j + 2, "point") || weq(c, j + 2, "percent") || weq(c, j + 2, "mile") ||
             weq(c, j + 2, "inch") || weq(c, j + 2, "pound") || weq(c, j + 2, "final") ||
             weq(c, j + 2, "finals") || weq(c, j + 2, "finalist") ||
             weq(c, j + 2, "finalists")))
            return 0;  /* "the quarter-point increase", "the quarter-finals" */
        if (!the && !from_prev_year)
            return 0;
        e = j + 1;
        q = 0;
    } else {
        return 0;
    }
    /* "third-quarter 2013", "the fourth quarter 2012 results" */
    if (q > 0 && y < 0 && yoff == NOV && year_at(c, e, 1900, 2199) >= 0 &&
        !pch(c, e + 1, '-')) {
        y = year_at(c, e, 1900, 2199);
        e++;
    }
    /* "of 1990", "of this year", "of fiscal 1990" */
    size_t f = e;
    if (weq(c, f, "of")) {
        size_t g = f + 1;
        if ((weq(c, g, "its") || weq(c, g, "their")) && weq(c, g + 1, "fiscal"))
            g++;  /* "the first quarter of its fiscal 2014" */
        if (weq(c, g, "fiscal") || weq(c, g, "the"))
            g++;
        /* "the first half of the decade", "the second half of the last
         * decade", "the first half of the month", "the last quarter of the
         * 20th century": the period named after "of", its start or end */
        tx_cand whole;
        tx_cand_init(&whole);
        size_t we = (weq(c, f + 1, "the") || lx(c, f + 1, TXC_DIR) != NOV)
                        ? match_core(c, f + 1, &whole) : 0;
        if (we && whole.type == DL_TX_DATE && whole.kind == TXK_RELUNIT &&
            (whole.unit == TXU_DECADE || whole.unit == TXU_CENTURY ||
             (half && whole.unit == TXU_MONTH))) {
            if (!half && q != 1 && q != 4)
                return 0;  /* "the third quarter of the decade": no such date */
            *k = whole;
            k->mod = q == 1 ? TXM_START : TXM_END;
            return we;
        }
        int yy = year_at(c, g, 1900, 2199);
        int d2 = lx(c, g, TXC_DIR);
        size_t de = decade_at(c, g, &yy);
        if (de && half) {
            /* "the first half of the 1990s", "the last half of the '80s": the
             * decade, its start or end */
            k->decade = yy;
            k->mod = q == 1 ? TXM_START : TXM_END;
            return de;
        }
        tx_cand cen;
        tx_cand_init(&cen);
        size_t ce = weq(c, f + 1, "the") ? r_century(c, f + 2, &cen) : 0;
        if (ce && half) {
            /* "the second half of the 20th century": the century, its end */
            k->century = cen.century;
            k->mod = q == 1 ? TXM_START : TXM_END;
            return ce;
        }
        if (ce && (q == 1 || q == 4)) {
            k->century = cen.century;  /* "the last quarter of the 20th century" */
            k->mod = q == 1 ? TXM_START : TXM_END;
            return ce;
        }
        if (ce)
            return 0;  /* no second quarter of a century as a date */
        int mm, ab;
        size_t me = half && g == f + 1 ? month_at(c, g, &mm, &ab) : 0;
        if (me && !weq(c, me, "of")) {
            /* "the second half of October": the month, its start or end */
            tx_cand mo;
            tx_cand_init(&mo);
            size_t e3 = r_month(c, g, &mo);
            if (e3 && mo.m == mm && mo.d < 0) {
                *k = mo;
                k->mod = q == 1 ? TXM_START : TXM_END;
                return e3;
            }
        }
        if (de)
            return 0;  /* "the third quarter of the 1990s": no such quarter */
        if (yy >= 0) {
            y = yy;
            e = g + 1;
        } else if ((d2 == -1 || d2 == 0 || d2 == 1) && lx(c, g + 1, TXC_UNIT) == TXU_YEAR) {
            yoff = d2;
            e = g + 2;
        } else if (d2 == NOV && lx(c, g, TXC_UNIT) == TXU_YEAR && weq(c, g - 1, "the")) {
            yoff = 0;  /* "the second half of the year": the year in focus */
            k->from = TXA_PREV;
            e = g + 1;
        } else if (weq(c, f + 1, "the") || weq(c, f + 1, "a") || weq(c, f + 1, "an") ||
                   weq(c, f + 1, "its") || weq(c, f + 1, "his") || weq(c, f + 1, "her") ||
                   weq(c, f + 1, "their") || weq(c, f + 1, "this") || weq(c, f + 1, "that")) {
            /* "the first half of the match", "the third quarter of the game":
             * a part of something that is not a time ("of the company's
             * fiscal year", "of the decade" are times) */
            int timeword = 0;
            for (size_t q2 = f + 2; q2 < f + 8 && q2 < c->n && !timeword; q2++)
                timeword = lx(c, q2, TXC_UNIT) != NOV || lx(c, q2, TXC_SEASON) != NOV ||
                           (c->t[q2].kind == TT_NUM && c->t[q2].ndig == 4);
            tx_cand t;
            tx_cand_init(&t);
            if (!timeword && !match_core(c, f + 1, &t))
                return 0;
        }
    }
    if (from_prev_year) {
        k->kind = TXK_RELUNIT;
        k->unit = TXU_YEAR;
        k->n = -1;
        k->from = TXA_SENTP;
        k->quarter = 0;  /* "the year-ago quarter": a quarter, a year before the focus */
        return e;
    }
    /* "the quarter a year ago", "the quarter last year": a year before the focus */
    if (!half && q == 0 && y < 0 &&
        ((weq(c, e, "a") && lx(c, e + 1, TXC_UNIT) == TXU_YEAR &&
          (weq(c, e + 2, "ago") || weq(c, e + 2, "earlier"))) ||
         (weq(c, e, "last") && lx(c, e + 1, TXC_UNIT) == TXU_YEAR))) {
        k->kind = TXK_RELUNIT;
        k->unit = TXU_YEAR;
        k->n = -1;
        k->from = TXA_SENTP;
        k->quarter = 0;
        return e + (weq(c, e, "a") ? 3 : 2);
    }
    static const char *const sched[] = {"in", "by", "during", "until", "till", "before"};
    k->sched = (i > 0 && WORD_IN(c, i - 1, sched)) ||
               (i > 1 && weq(c, i - 1, "of") && (weq(c, i - 2, "end") || weq(c, i - 2, "close")));
    if (i > 2 && weq(c, i - 1, "in") && weq(c, i - 2, "far") && weq(c, i - 3, "so"))
        k->sched = 2;  /* "so far in the quarter": the one under way */
    if (!half) {
        /* "the quarter ended Sept. 30", "its fiscal third quarter, which ended
         * March 29": the month it ends */
        size_t g = e + (pch(c, e, ',') != 0);
        g += weq(c, g, "that") || weq(c, g, "which");
        int mm, ab;
        int ended = weq(c, g, "ended");
        if (ended || weq(c, g, "ending") || weq(c, g, "ends") || (weq(c, g, "to") && q == 0)) {
            size_t h = g + 1 + (weq(c, g + 1, "in") && !weq(c, g, "to"));  /* "ends in May" */
            if (month_at(c, h, &mm, &ab))  /* "the quarter to March 31" */
                k->qend = ended ? mm : -mm;  /* the one past, or the nearest */
        }
        k->fiscal = fiscal;
    }
    if (half) {
        k->half = q;
    } else if (q) {
        k->quarter = q;
    } else {
        k->quarter = 0;  /* "the quarter": the one in focus */
        k->strict = latest;  /* "the latest quarter": the last one completed */
    }
    k->y = y;
    if (yoff != NOV) {
        k->yoff = yoff;
        k->has_yoff = 1;
    }
    return e;
}

/* "year-earlier", "year-ago" on their own (adjectives in results news). */
static size_t r_yearago_adj(const tx_ctx *c, size_t i, tx_cand *k)
{
    if (!weq(c, i, "year") || !pch(c, i + 1, '-') || !adj(c, i + 1) ||
        !(weq(c, i + 2, "earlier") || weq(c, i + 2, "ago")) || !adj(c, i + 2))
        return 0;
    k->kind = TXK_RELUNIT;
    k->unit = TXU_YEAR;
    k->n = -1;
    k->from = TXA_SENT;
    return i + 3;
}

/* "Q1 2013", "Q3", "H1 2014", "Q4 '98": quarters and halves in business shorthand. */
static size_t r_qnotation(const tx_ctx *c, size_t i, tx_cand *k)
{
    if (isnum(c, i) && c->t[i].ndig == 1 && c->t[i].num >= 1 && c->t[i].num <= 4 &&
        weq(c, i + 1, "q") && c->t[i + 1].cap == 1 && adj(c, i + 1) &&
        (i == 0 || !adj(c, i))) {
        /* "4Q", "3Q13", "1Q 2014": analysts' shorthand */
        size_t j = i + 2;
        int y = -1;
        if (isnum(c, j) && adj(c, j) && c->t[j].ndig == 2) {
            y = (int)c->t[j].num;
            y += y < 50 ? 2000 : 1900;
            j++;
        } else if (!adj(c, j) && (y = year_at(c, j, 1900, 2199)) >= 0) {
            j++;
        }
        if (j < c->n && adj(c, j) && (c->t[j].kind == TT_WORD || c->t[j].kind == TT_NUM))
            return 0;
        k->y = y;
        k->quarter = (int)c->t[i].num;
        return j;
    }
    if (!(weq(c, i, "q") || weq(c, i, "h")) || c->t[i].cap != 1 || !isnum(c, i + 1) ||
        !adj(c, i + 1) || c->t[i + 1].ndig != 1)
        return 0;
    int q = (int)c->t[i + 1].num, half = weq(c, i, "h");
    if (q < 1 || q > (half ? 2 : 4))
        return 0;
    size_t j = i + 2;
    if (j < c->n && adj(c, j) && (c->t[j].kind == TT_WORD || c->t[j].kind == TT_NUM))
        return 0;  /* "Q1A", "H20" */
    int y = -1;
    size_t e = j;
    if (pch(c, e, '-') || pch(c, e, '/'))
        e++;
    if ((y = year_at(c, e, 1900, 2199)) >= 0) {
        j = e + 1;
    } else if (pch(c, e, '\'') && isnum(c, e + 1) && c->t[e + 1].ndig == 2 && adj(c, e + 1)) {
        y = (int)c->t[e + 1].num;
        y += y < 50 ? 2000 : 1900;
        j = e + 2;
    } else if (e == j && weq(c, e, "fy") && c->t[e].cap == 2 && isnum(c, e + 1) &&
               adj(c, e + 1) && (c->t[e + 1].ndig == 2 || c->t[e + 1].ndig == 4)) {
        /* "Q4 FY14", "H1 FY2024": the quarter or half of that fiscal year */
        y = (int)c->t[e + 1].num;
        if (c->t[e + 1].ndig == 2)
            y += y < 50 ? 2000 : 1900;
        j = e + 2;
    } else if (half) {
        return 0;  /* a bare "H2" is more often a chemical or a name */
    }
    k->y = y;
    if (half)
        k->half = q;
    else
        k->quarter = q;
    return j;
}

/* Seasons: "summer", "the summer", "summer 2012", "the winter of 1994". */
static size_t r_season(const tx_ctx *c, size_t i, tx_cand *k)
{
    size_t j = i;
    int the = weq(c, j, "the");
    if (the)
        j++;
    int se = lx(c, j, TXC_SEASON);
    if (se == NOV)
        return 0;
    if (se == 3 && weq(c, j, "fall") && !the && !c->t[j].cap &&
        !(i > 0 && (weq(c, i - 1, "early") || weq(c, i - 1, "late"))))
        return 0;  /* "prices fall", but "in early fall" */
    size_t e = j + 1;
    /* "the Winter Olympics", "the Summer Games": part of a name */
    if (c->t[j].cap && e < c->n && c->t[e].kind == TT_WORD && c->t[e].cap &&
        (!c->t[e].lx || lx(c, e, TXC_FALSENEXT) > 0) && !sent_start(c, e))
        return 0;
    /* "the winter storm warning", "a summer heat wave": a kind of weather */
    static const char *const storm[] = {"storm", "storms"};
    if (WORD_IN(c, e, storm) && !c->t[e].cap)
        return 0;
    int y;
    size_t e2 = tail_year(c, e, &y);
    if (!e2 && weq(c, e, "of")) {
        e2 = tail_year(c, e + 1, &y);
        if (!e2) {
            tx_cand s;
            tx_cand_init(&s);
            e2 = r_spelled_year(c, e + 1, &s);
            y = s.y;
        }
    }
    k->season = se;
    if (e2) {
        k->y = y;
        return e2;
    }
    /* "the summer of last year", "the fall of next year" */
    if (weq(c, e, "of") && !weq(c, e + 1, "past") && !weq(c, e + 1, "current")) {
        int dv = lx(c, e + 1, TXC_DIR);
        if ((dv == -1 || dv == 0 || dv == 1) && lx(c, e + 2, TXC_UNIT) == TXU_YEAR &&
            !pch(c, e + 3, '\'')) {
            k->yoff = dv;
            k->has_yoff = 1;
            return e + 3;
        }
    }
    /* "the spring of that year" */
    if (weq(c, e, "of") && weq(c, e + 1, "that") && lx(c, e + 2, TXC_UNIT) == TXU_YEAR) {
        k->from = TXA_PREV;
        k->yoff = 0;
        k->has_yoff = 1;
        return e + 3;
    }
    /* "the fall of Baghdad", "the fall of the wall": a collapse; "the fall
     * of last year", "the fall of that year" stay seasons */
    static const char *const fell[] = {"was", "is", "has", "had", "came", "reflected",
                                       "followed", "left", "wiped", "pushed", "took"};
    if (se == 3 && weq(c, j, "fall") && the && !c->t[j].cap && WORD_IN(c, e, fell))
        return 0;  /* "the fall was partly due to": a decline */
    if (se == 3 && weq(c, j, "fall") && weq(c, e, "of")) {
        size_t g = e + 1;
        if (weq(c, g, "the"))
            g++;
        if (!(lx(c, g, TXC_DIR) != NOV && lx(c, g + 1, TXC_UNIT) == TXU_YEAR) &&
            lx(c, g, TXC_UNIT) != TXU_YEAR)
            return 0;
    }
    static const char *const things[] = {"solstice", "equinox", "wheat", "barley", "crop",
                                         "crops", "coat", "coats", "tires", "tyres",
                                         "clothing", "collection", "fashion", "movie",
                                         "movies", "blockbuster", "blockbusters", "intern",
                                         "interns", "internship", "camp", "camps"};
    if (WORD_IN(c, e, things))
        return 0;  /* "the summer solstice", "winter wheat": a thing of the season */
    if (lx(c, e, TXC_UNIT) != NOV || (e < c->n && c->t[e].kind == TT_WORD && !c->t[e].lx &&
                                     !the && !(c->t[e].sp & SP_BREAK) && adj(c, e) == 0 &&
                                     !pch(c, e, ',') && weq(c, e, "session")))
        return 0;
    /* "a mild winter", "the wet summer", "the warmest spring": the season
     * after its weather (the adjective stays outside) */
    static const char *const weather[] = {"mild", "wet", "dry", "cold", "hot", "warm", "long",
                                          "harsh", "snowy", "rainy", "severe", "bitter",
                                          "brutal", "cool", "sunny", "stormy", "freezing"};
    const tx_tok *pv = i > 1 ? &c->t[i - 1] : NULL;
    int weathered = pv && !the && pv->kind == TT_WORD && !pv->cap &&
                    (weq(c, i - 2, "a") || weq(c, i - 2, "the") || weq(c, i - 2, "this") ||
                     weq(c, i - 2, "last")) &&
                    (WORD_IN(c, i - 1, weather) ||
                     (pv->wlen > 4 && c->s[pv->e - 3] == 'e' && c->s[pv->e - 2] == 's' &&
                      c->s[pv->e - 1] == 't' && weq(c, i - 2, "the")));
    /* "Autumn has arrived", "Winter is coming": the season as the subject */
    static const char *const comes[] = {"has", "was", "will", "arrived", "arrives",
                                        "came", "comes", "began", "begins", "starts",
                                        "started", "ends", "ended", "officially"};
    static const char *const near[] = {"approaching", "coming", "here", "over", "near",
                                       "ending", "arriving"};
    int subject = !the && !weathered && c->t[i].cap == 1 && sent_start(c, i) &&
                  (WORD_IN(c, e, comes) ||
                   (weq(c, e, "is") && WORD_IN(c, e + 1, near)));  /* "Winter is approaching" */
    static const char *const preps[] = {"in", "this", "since", "until", "till", "by", "during",
                                        "before", "after", "over", "through", "throughout",
                                        "into"};
    if (!the && !weathered && !subject &&
        !(i > 0 && (WORD_IN(c, i - 1, preps) || lx(c, i - 1, TXC_POSMOD) != NOV)))
        return 0;
    if (weathered && weq(c, i - 2, "last")) {
        k->dir = -1;  /* "last harsh winter" */
        return e;
    }
    if (weathered) {
        size_t yo = year_offset_after(c, e, k);  /* "the wet spring last year" */
        if (yo > e)
            return yo;
    }
    k->dir = 2;
    return e;
}

/* "the year", "the week", "the weekend", "the morning": the one in focus. */
static size_t r_the_unit(const tx_ctx *c, size_t i, tx_cand *k)
{
    size_t o = i + weq(c, i, "the");
    if (o > i && weq(c, o, "new") && !c->t[o].cap && weq(c, o + 1, "year") &&
        !c->t[o + 1].cap && poss(c, o + 2) == o + 2) {
        k->kind = TXK_RELUNIT;  /* "in the new year": the coming one late in a year,
                                 * the present one early in it */
        k->unit = TXU_YEAR;
        k->n = 1;
        k->strict = 3;
        return o + 2;
    }
    if ((weq(c, o, "opening") || weq(c, o, "debut")) && weq(c, o + 1, "weekend")) {
        k->kind = TXK_RELUNIT;  /* "its opening weekend": a film's first, the nearest */
        k->unit = TXU_WEEKEND;
        k->n = 0;
        k->dir = 3;
        return o + 2;
    }
    if (!weq(c, i, "the"))
        return 0;
    size_t j = i + 1;
    /* "the full year", "the fiscal year", "the full fiscal year" */
    int full = weq(c, j, "full") || weq(c, j, "whole") || weq(c, j, "entire");
    if (full)
        j++;
    if ((weq(c, j, "fiscal") || weq(c, j, "calendar") || weq(c, j, "financial")) && lx(c, j + 1, TXC_UNIT) == TXU_YEAR)
        j++;
    int u = lx(c, j, TXC_UNIT), pod = lx(c, j, TXC_POD);
    if (j > i + 1 && u != TXU_YEAR)
        return 0;
    /* "Person of the Year", "Goal of the Week": a title */
    if (c->t[j].cap && !sent_start(c, i) && i > 0 && weq(c, i - 1, "of"))
        return 0;
    /* "the week of March 6": the week containing that day; "the weekend of
     * June 22": that week's weekend */
    if ((u == TXU_WEEK || u == TXU_WEEKEND) && weq(c, j + 1, "of")) {
        tx_cand d;
        tx_cand_init(&d);
        size_t de = r_month(c, j + 2, &d);
        if (!de)
            de = r_daymonth(c, j + 2, &d);
        if (de && d.d > 0 && d.d <= 31) {
            *k = d;
            if (u == TXU_WEEKEND)
                k->weekend = 1;
            else
                k->week = 1;
            return de;
        }
    }
    /* "the day before yesterday", "the day after tomorrow" */
    if (u == TXU_DAY && (weq(c, j + 1, "before") || weq(c, j + 1, "after")) &&
        lx(c, j + 2, TXC_RELDAY) != NOV && lx(c, j + 2, TXC_RELDAY) != 0 &&
        lx(c, j + 2, TXC_RELDAY) != 10) {
        k->kind = TXK_RELDAY;
        k->n = lx(c, j + 2, TXC_RELDAY) + (weq(c, j + 1, "before") ? -1 : 1);
        return j + 3;
    }
    /* "the week after next", "the month before last": two from now */
    if ((u == TXU_WEEK || u == TXU_MONTH || u == TXU_YEAR || u == TXU_WEEKEND) &&
        ((weq(c, j + 1, "after") && weq(c, j + 2, "next")) ||
         (weq(c, j + 1, "before") && weq(c, j + 2, "last")))) {
        k->kind = TXK_RELUNIT;
        k->unit = u;
        k->n = weq(c, j + 1, "after") ? 2 : -2;
        k->from = TXA_DCT;
        return j + 3;
    }
    /* "the day before", "the week after": next to the previous date (not "a
     * year to the day after he took office") */
    int ag = lx(c, j + 1, TXC_AGO);
    if (u != NOV && !(u & TXU_PLURAL) && (u == TXU_DAY || u == TXU_WEEK || u == TXU_MONTH ||
                                         u == TXU_YEAR) &&
        !(i > 1 && weq(c, i - 1, "to") && lx(c, i - 2, TXC_UNIT) != NOV) &&
        (weq(c, j + 1, "before") || weq(c, j + 1, "after") || weq(c, j + 1, "earlier") ||
         weq(c, j + 1, "later"))) {
        k->kind = TXK_RELUNIT;
        k->unit = u;
        k->n = ag < 0 ? -1 : 1;
        k->from = TXA_PREV;
        return j + 2;
    }
    if (u == TXU_WEEKEND && poss(c, j + 1) > j + 1) {
        k->kind = TXK_RELUNIT;  /* "The weekend's games": the nearest weekend */
        k->unit = u;
        k->n = 0;
        k->dir = 3;
        return j + 1;
    }
    /* not "the year-ago", "the year's", "the week of", "the year before" */
    if (pch(c, j + 1, '-') || pch(c, j + 1, '\'') || weq(c, j + 1, "of") ||
        (lx(c, j + 1, TXC_AGO) != NOV &&
         !(u == TXU_WEEKEND && (weq(c, j + 1, "after") || weq(c, j + 1, "before")))) ||
        weq(c, j + 1, "ahead"))
        return 0;  /* but "arrested at the weekend after a clash" */
    if (u == TXU_WEEK && (weq(c, j + 1, "ended") || weq(c, j + 1, "ending"))) {
        tx_cand d;  /* "the week ended July 22", "the week ending 17 March": the
                     * week of that day */
        tx_cand_init(&d);
        size_t de = r_month(c, j + 2, &d);
        if (!de)
            de = r_daymonth(c, j + 2, &d);
        if (de && d.d > 0) {
            *k = d;
            k->week = 2;
            return de;
        }
        if (!de && (de = r_weekday(c, j + 2, &d)) && d.kind == TXK_WEEKDAY && !d.pod &&
            d.dir == 2) {
            *k = d;  /* "the week ended Saturday" */
            k->dir = -1;
            k->week = 2;
            return de;
        }
    }
    int m2, ab2;
    int d2;
    if (u == TXU_YEAR && (weq(c, j + 1, "ended") || weq(c, j + 1, "ending") ||
                          (weq(c, j + 1, "to") && month_at(c, j + 2, &m2, &ab2)) ||
                          (weq(c, j + 1, "to") && mday_at(c, j + 2, &d2) &&
                           month_at(c, mday_at(c, j + 2, &d2), &m2, &ab2)))) {
        lit(k, DL_TX_DURATION, "P1Y");  /* "the year ended Sept. 30", "the year to
                                         * September": a span */
        return j + 1;
    }
    if ((u == TXU_DECADE || u == TXU_CENTURY) && i > 1 && weq(c, i - 1, "of") &&
        (lx(c, i - 2, TXC_POSMOD) != NOV || weq(c, i - 2, "rest") || weq(c, i - 2, "much") ||
         weq(c, i - 2, "half") || lx(c, i - 2, TXC_UNIT) == TXU_QUARTER ||
         (u == TXU_CENTURY && lx(c, i - 2, TXC_UNIT) == TXU_DECADE))) {
        k->kind = TXK_RELUNIT;  /* "by the end of the decade": the present one, or
                                 * the story's when told in the past */
        k->unit = u;
        k->n = 0;
        k->from = TXA_PREV;
        k->dir = -1;
        return j + 1;
    }
    if (u == TXU_DAY && i > 2 && weq(c, i - 1, "of") && lx(c, i - 2, TXC_POSMOD) != NOV &&
        !weq(c, j + 1, "of") && !weq(c, i - 4, "at")) {
        tx_cand d;
        tx_cand_init(&d);
        size_t de = r_weekday(c, j + 1, &d);
        if (de && d.kind == TXK_WEEKDAY && !d.pod) {
            *k = d;  /* "by the end of the day Monday" */
            return de;
        }
        if (weq(c, j + 1, "on") && r_weekday(c, j + 2, &d) && d.kind == TXK_WEEKDAY)
            return 0;  /* "until the end of the day on Friday": Friday says which */
        k->kind = TXK_RELUNIT;  /* "by the end of the day": the day in focus (not
                                 * "at the end of the day", most often the idiom) */
        k->unit = TXU_DAY;
        k->n = 0;
        k->from = TXA_PREV;
        return j + 1;
    }
    static const char *const month_verbs[] = {"of", "for", "ended", "ends", "ending",
                                              "finished", "closed", "began", "started",
                                              "opened"};
    if (u == TXU_MONTH && i > 0 && WORD_IN(c, i - 1, month_verbs)) {
        k->kind = TXK_RELUNIT;  /* "the end of the month", "rose 3% for the month",
                                 * "ended the month higher": the one in focus */
        k->unit = u;
        k->n = 0;
        k->from = TXA_PREV;
        return j + 1;
    }
    if (u == TXU_YEAR || u == TXU_WEEK) {
        k->kind = TXK_RELUNIT;
        k->unit = u;
        k->n = 0;
        /* "the year" is the one last named; "the full year" the one being
         * reported on, the article's unless its sentence names another */
        k->from = u == TXU_YEAR ? (full ? TXA_SENTD : TXA_PREV) : TXA_DCT;
        return j + 1;
    }
    if (u == TXU_WEEKEND) {
        k->kind = TXK_RELUNIT;
        k->unit = u;
        k->n = 0;
        k->dir = 3;  /* "the weekend": the nearest when nothing says which */
        return j + 1;
    }
    if (pod == TXP_MO || pod == TXP_AF || pod == TXP_EV ||
        (pod == TXP_NI && !weq(c, j, "overnight") && i > 0 &&
         (weq(c, i - 1, "through") || weq(c, i - 1, "throughout") || weq(c, i - 1, "into") ||
          weq(c, i - 1, "during")))) {  /* "worked through the night" */
        k->kind = TXK_RELDAY;
        k->type = DL_TX_TIME;
        k->pod = pod;
        k->from = TXA_PREV;
        return j + 1;
    }
    return 0;
}

/* "the first decade of the 21st century", "the second decade of this
 * century", "the last decade of the 20th century": that decade. */
static size_t r_decade_of(const tx_ctx *c, size_t i, tx_cand *k)
{
    int o = lx(c, i + 1, TXC_ORDINAL);
    if (!weq(c, i, "the") || o == NOV || !((o >= 1 && o <= 10) || o == -9) ||
        lx(c, i + 2, TXC_UNIT) != TXU_DECADE || !weq(c, i + 3, "of"))
        return 0;
    if (o == -9)
        o = 10;
    tx_cand w;
    tx_cand_init(&w);
    size_t e = match_core(c, i + 4, &w);
    if (!e || w.type != DL_TX_DATE)
        return 0;
    if (w.kind == TXK_ABS && w.century >= 0 && w.y < 0) {
        k->decade = w.century * 10 + o - 1;
        return e;
    }
    if (w.kind == TXK_RELUNIT && w.unit == TXU_CENTURY && !w.turn) {
        *k = w;
        k->decade = o - 1;  /* the resolved century's decade (tx_resolve) */
        return e;
    }
    return 0;
}

/* "the turn of the century", "the turn of the decade", "the turn of the
 * millennium": the year at the boundary; "the turn of the 20th century": 1900. */
static size_t r_turn_of(const tx_ctx *c, size_t i, tx_cand *k)
{
    if (!weq(c, i, "the") || !weq(c, i + 1, "turn") || !weq(c, i + 2, "of"))
        return 0;
    tx_cand w;
    tx_cand_init(&w);
    size_t e = r_century(c, i + 3, &w);
    if (e && w.century >= 0) {
        k->y = w.century * 100;
        return e;
    }
    size_t j = i + 3 + weq(c, i + 3, "the");
    int u = lx(c, j, TXC_UNIT);
    if (j == i + 3 || (u != TXU_DECADE && u != TXU_CENTURY && u != TXU_MILLENNIUM))
        return 0;
    k->kind = TXK_RELUNIT;
    k->unit = u;
    k->n = 0;
    k->from = TXA_PREV;
    k->turn = 1;
    if (i > 0 && (weq(c, i - 1, "by") || weq(c, i - 1, "until") || weq(c, i - 1, "before")))
        k->dir = 1;  /* "by the turn of the decade": ahead, unless told in the past */
    return j + 1;
}

/* "the nineties", "the eighties": decades of the 1900s in words. */
static size_t r_decword(const tx_ctx *c, size_t i, tx_cand *k)
{
    if (!weq(c, i, "the"))
        return 0;
    size_t j = i + 1;
    int pm = lx(c, j, TXC_POSMOD);
    if (pm != NOV && !weq(c, j, "earlier") && !weq(c, j, "later") && !weq(c, j, "dawn"))
        j = hyph(c, j + 1);  /* "the late fifties", "the mid-sixties" */
    else
        pm = NOV;
    int cent = 0;
    if (weq(c, j, "nineteen") || weq(c, j, "eighteen")) {
        cent = weq(c, j, "nineteen") ? 19 : 18;  /* "the nineteen-fifties" */
        j = hyph(c, j + 1);
    }
    int d = lx(c, j, TXC_DECWORD);
    if (d == NOV || (!cent && measure_before(c, i)))
        return 0;  /* "temperatures in the mid-fifties": a reading */
    k->decade = (cent ? cent : 19) * 10 + d / 10;
    if (pm != NOV)
        k->mod = pm;
    return j + 1;
}

/* ---- rules: durations, sets, vague references ---------------------------- */

/* A vague or exact count before a unit: "two", "2", "a", "a few", "several",
 * "a couple of", "2 1/2", "two and a half".  *v -1 for vague; *half for ½. */
/* "and a half" or "-and-a-half" at i; the index after it, or 0. */
static size_t and_a_half(const tx_ctx *c, size_t i)
{
    if (weq(c, i, "and") && weq(c, i + 1, "a") && weq(c, i + 2, "half"))
        return i + 3;
    if (pch(c, i, '-') && adj(c, i) && weq(c, i + 1, "and") && pch(c, i + 2, '-') &&
        weq(c, i + 3, "a") && pch(c, i + 4, '-') && weq(c, i + 5, "half") && adj(c, i + 5))
        return i + 6;
    return 0;
}

static size_t dcount_at(const tx_ctx *c, size_t i, long *v, int *half)
{
    *half = 0;
    if (weq(c, i, "a") || weq(c, i, "an")) {
        int f = lx(c, i + 1, TXC_FEW);
        if (f == 1 || f == 4) {  /* a few, a couple (of) */
            size_t j = i + 2;
            if (weq(c, j, "of"))
                j++;
            *v = f == 4 ? 2 : -1;
            return j;
        }
        if (weq(c, i + 1, "half")) {
            *v = 0;
            *half = 1;
            return i + 2;
        }
        if (weq(c, i + 1, "hundred") || weq(c, i + 1, "thousand") || weq(c, i + 1, "dozen")) {
            /* "a hundred years", "a dozen years": the article is the count's */
            *v = lx(c, i + 1, TXC_NUMWORD);
            if (*v > 0)
                return i + 2;
        }
        *v = 1;
        return i + 1;
    }
    if (weq(c, i, "half") && (weq(c, i + 1, "a") || weq(c, i + 1, "an"))) {
        *v = 0;
        *half = 1;
        return i + 2;
    }
    if (weq(c, i, "another") && lx(c, i + 1, TXC_UNIT) != NOV &&
        !(lx(c, i + 1, TXC_UNIT) & TXU_PLURAL)) {
        *v = 1;  /* "needs another year" */
        return i + 1;
    }
    int f = lx(c, i, TXC_FEW);
    if (f == 4 && weq(c, i + 1, "of")) {  /* "the next couple of years" */
        *v = 2;
        return i + 2;
    }
    if (f != NOV && f != 4) {
        if (f == 5 && !weq(c, i + 1, "more"))
            return 0;
        *v = -1;
        return i + 1;
    }
    long v2;
    size_t r1 = count_at(c, i, v), r2;
    if (r1 && (weq(c, r1, "to") || weq(c, r1, "or") || (pch(c, r1, '-') && adj(c, r1) &&
                                                        c->t[r1 - 1].kind == TT_NUM)) &&
        (r2 = count_at(c, r1 + 1, &v2)) && v2 > *v && !weq(c, r1 + 1, "a")) {
        /* "two to three weeks", "12 to 18 months", "10-15 years": a vague count */
        *v = -1;
        return r2;
    }
    if (isnum(c, i) && c->t[i].ndig <= 4) {
        *v = c->t[i].num;
        size_t j = i + 1;
        /* 2 1/2 */
        if (isnum(c, j) && c->t[j].num == 1 && pch(c, j + 1, '/') && isnum(c, j + 2) &&
            c->t[j + 2].num == 2 && !adj(c, j)) {
            *half = 1;
            return j + 3;
        }
        size_t h = and_a_half(c, j);  /* "2 and a half" */
        if (h) {
            *half = 1;
            return h;
        }
        return j;
    }
    if (c->t[i].kind == TT_NUM && (c->t[i].nf & NF_DEC) && !(c->t[i].nf & NF_BIG)) {
        *v = c->t[i].num;
        const char *p = memchr(c->s + c->t[i].s, '.', c->t[i].e - c->t[i].s);
        if (p && p[1] == '5' && p + 2 == c->s + c->t[i].e)
            *half = 1;  /* "2.5 years"; not "28.56" */
        return i + 1;
    }
    size_t e = count_at(c, i, v);
    if (!e)
        return 0;
    size_t h = and_a_half(c, e);  /* "two and a half", "six-and-a-half" */
    if (h) {
        *half = 1;
        e = h;
    }
    return e;
}

/* Write a duration value "P4Y", "PT3H", "PXY", "P2Y6M". */
static void dur_value(char *buf, size_t size, long n, int unit, int half)
{
    char num[24];
    if (n < 0)
        snprintf(num, sizeof num, "X");
    else
        snprintf(num, sizeof num, "%ld", n);
    if (unit == TXU_DECADE && n >= 0) {
        snprintf(buf, size, "P%ldY", n * 10 + (half ? 5 : 0));
        return;
    }
    if (unit == TXU_CENTURY && n >= 0) {
        snprintf(buf, size, "P%ldY", n * 100 + (half ? 50 : 0));
        return;
    }
    if (unit == TXU_FORTNIGHT && n >= 0) {
        snprintf(buf, size, "P%ldW", n * 2);
        return;
    }
    if (unit == TXU_QUARTER && n >= 0 && !half) {
        snprintf(buf, size, "P%ldQ", n);
        return;
    }
    if (half) {
        switch (unit) {
        case TXU_YEAR: snprintf(buf, size, "P%ldY6M", n); break;
        case TXU_MONTH: snprintf(buf, size, "P%ldM15D", n); break;
        case TXU_DAY: snprintf(buf, size, "P%ldDT12H", n); break;
        case TXU_WEEK: snprintf(buf, size, "P%ldDT12H", n * 7 + 3); break;
        case TXU_HOUR: snprintf(buf, size, "PT%ldH30M", n); break;
        case TXU_MINUTE: snprintf(buf, size, "PT%ldM30S", n); break;
        case TXU_SECOND: snprintf(buf, size, "PT%ld.5S", n); break;
        default: snprintf(buf, size, "P%s%s", num, tx_unit_letter(unit)); break;
        }
        if (n == 0) {
            if (unit == TXU_YEAR) snprintf(buf, size, "P6M");
            else if (unit == TXU_HOUR) snprintf(buf, size, "PT30M");
            else if (unit == TXU_DAY) snprintf(buf, size, "PT12H");
            else if (unit == TXU_MINUTE) snprintf(buf, size, "PT30S");
            else if (unit == TXU_MONTH) snprintf(buf, size, "P15D");
        }
        return;
    }
    if (unit == TXU_WEEKEND) {
        snprintf(buf, size, "P%sWE", num);
        return;
    }
    snprintf(buf, size, "P%s%s%s", tx_unit_is_time(unit) ? "T" : "", num, tx_unit_letter(unit));
}

/* 1 when token i is a modal verb ("will", "could"). */
static int modal_at(const tx_ctx *c, size_t i)
{
    static const char *const w[] = {"will", "would", "could", "can", "may", "might",
                                     "should", "shall", "must"};
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
        if (weq(c, i, w[k]))
            return 1;
    return 0;
}

/* 1 when the tokens before i show a rate: "$5 a year", "twice a week". */
static int rate_before(const tx_ctx *c, size_t i)
{
    if (i == 0)
        return 0;
    const tx_tok *p = &c->t[i - 1];
    if (p->kind == TT_NUM || pch(c, i - 1, '%'))
        return 1;
    static const char *const w[] = {"twice", "once", "times", "dollars", "cents", "percent",
                                     "million", "billion", "thousand", "hundred", "pounds",
                                     "euros", "yen", "miles", "barrels", "tons", "shares",
                                     "tonnes", "units", "gallons", "liters", "litres",
                                     "kilograms", "ounces", "megawatts", "cubic"};
    if (WORD_IN(c, i - 1, w))
        return 1;
    /* "eight meetings a year", "100,000 vehicles a day": a count of things */
    static const char *const big[] = {"million", "billion", "trillion", "dozen"};
    static const char *const plurals[] = {"people", "children", "men", "women", "cattle"};
    if (i >= 2 && p->kind == TT_WORD &&
        (!p->lx || !p->lx->start || (lx(c, i - 1, TXC_UNIT) & TXU_PLURAL)) &&
        ((p->e - p->s > 3 && c->s[p->e - 1] == 's') || WORD_IN(c, i - 1, plurals)))
        /* the count may stand up to two words before the noun: "60 new Ebola cases" */
        for (size_t q = i - 2, k = 0; k < 3; q--, k++) {
            if (c->t[q].kind == TT_NUM || lx(c, q, TXC_NUMWORD) != NOV || WORD_IN(c, q, big))
                return 1;  /* ... "73,000 jobs a month", "650 million bottles a year",
                            * "3,000 people a day", "30 minutes a day", "five days a week" */
            if (c->t[q].kind != TT_WORD || q == 0 || c->t[q].sent ||
                WORD_IN(c, q, clause_words))
                break;  /* not "begins on March 21 and lasts a week" */
        }
    /* "4.25 million barrels of oil equivalent a day", "40,000 tonnes of
     * copper per year": a measure of something, then the rate */
    for (size_t q = i - 1, k = 0; q > 1 && k < 3 && c->t[q].kind == TT_WORD && !c->t[q].cap;
         q--, k++)
        if (weq(c, q - 1, "of"))
            return q >= 2 && c->t[q - 2].kind == TT_WORD && rate_before(c, q - 1);
    return 0;
}

/* 1 when the word before i is a distance, so that "per hour" or "an hour"
 * at i makes a speed ("15 miles per hour"), not a recurring time. */
static int speed_before(const tx_ctx *c, size_t i)
{
    static const char *const w[] = {"miles", "mile", "kilometers", "kilometres", "km",
                                    "feet", "meters", "metres", "knots", "kph", "mph"};
    return i > 0 && WORD_IN(c, i - 1, w);
}

/* "four years", "the almost four-year conflict", "the past two months", "a week",
 * "several years", "two days ago", "two days later", "the first nine months",
 * "a year earlier", "16-hour", "2 1/2 years", "45-year-old". */
static size_t r_duration(const tx_ctx *c, size_t i, tx_cand *k)
{
    size_t j = i;
    int the = 0, dv = NOV, first = 0;
    if (weq(c, j, "the")) {
        the = 1;
        j++;
    }
    int d0 = lx(c, j, TXC_DIR);
    if (last_verb(c, j))
        return 0;
    if (d0 == -1 || d0 == -2 || d0 == 1 || d0 == 2 || d0 == 3 || d0 == 8) {
        dv = d0;
        j++;
    } else if (lx(c, j, TXC_ORDINAL) == 1 || weq(c, j, "final") || weq(c, j, "initial")) {
        first = 1;
        j++;
    } else if (the && (weq(c, j, "year") && pch(c, j + 1, '-') && weq(c, j + 2, "earlier"))) {
        j += 3;
    }
    long n;
    int half;
    size_t e = dcount_at(c, j, &n, &half);
    if (!e)
        return 0;
    int hyphen = 0;
    if (pch(c, e, '-') && adj(c, e) && adj(c, e + 1)) {
        hyphen = 1;
        e++;
    }
    if (weq(c, e, "more") || weq(c, e, "additional") || weq(c, e, "full") ||
        weq(c, e, "straight") || weq(c, e, "consecutive") || weq(c, e, "long") ||
        weq(c, e, "successive") || weq(c, e, "extra") || weq(c, e, "further") ||
        weq(c, e, "trading") || weq(c, e, "business") || weq(c, e, "working") ||
        weq(c, e, "calendar"))
        e++;
    int u = lx(c, e, TXC_UNIT);
    if (u == NOV)
        return 0;
    int unit = u & 0xFF, plural = u & TXU_PLURAL;
    if (c->t[e].cap && !c->t[j].cap && !sent_start(c, j))
        return 0;  /* "60 Minutes": a name */
    if (hyphen && c->t[e].cap && e + 1 < c->n && c->t[e + 1].kind == TT_WORD &&
        c->t[e + 1].cap && !sent_start(c, e + 1))
        return 0;  /* "the Six-Day War": a name */
    if (c->t[e].cap && c->t[j].cap && !sent_start(c, j) && pch(c, e + 1, '\'') &&
        e + 2 < c->n && c->t[e + 2].cap)
        return 0;  /* "the Thirty Years' War", "the Hundred Years' War" */
    if (hyphen && dv != NOV && !plural)
        return 0;  /* "the previous 72-hour truce": the count alone is the span */
    if (hyphen && j > 1 && pch(c, j - 1, '-') && adj(c, j) && weq(c, j - 2, "in"))
        return 0;  /* "a once-in-a-decade transition" */
    int a_word = c->t[j].kind == TT_WORD && (weq(c, j, "a") || weq(c, j, "an"));
    if (a_word && n == 1 && (plural || (pch(c, e + 1, '-') && weq(c, e + 2, "long"))))
        return 0;  /* "a decades-long feud", "a week-long visit": the article is the noun's */
    /* "one second", "a second": the ordinal, not a unit */
    if (unit == TXU_SECOND && !plural && c->t[j].kind != TT_NUM && !half &&
        !(hyphen && n > 1 && n < 20))  /* "twenty-second" is an ordinal */
        return 0;  /* "half a second" and "a six-second clip" are spans */
    if (unit == TXU_SECOND && !plural && !hyphen && !half)
        return 0;
    if (unit == TXU_HALF)
        return 0;
    static const char *const batting[] = {"scored", "scoring", "innings", "runs",
                                          "wicket", "wickets", "batting", "batsman", "cricket",
                                          "bowled", "maiden", "unbeaten"};
    if (unit == TXU_CENTURY && !plural && n <= 2 &&
        sent_has(c, i, batting, sizeof batting / sizeof batting[0]))
        return 0;  /* "Cook scored a century in the second innings": 100 runs */
    if (unit == TXU_QUARTER && pch(c, e + 1, '-') && adj(c, e + 1) &&
        (weq(c, e + 2, "point") || weq(c, e + 2, "percent")))
        return 0;  /* "two quarter-point cuts": a fraction of a unit */
    if (pch(c, e + 1, '-') && adj(c, e + 1) && (weq(c, e + 2, "earlier") || weq(c, e + 2, "ago")))
        return 0;  /* "a year-earlier quarter": the adjective rule's */
    if (weq(c, e + 1, "old") || (weq(c, e + 1, "of") && weq(c, e + 2, "age")))
        return 0;  /* "52 years old": an age */
    if (unit == TXU_DAY && !plural && !hyphen &&
        (weq(c, e + 1, "laborer") || weq(c, e + 1, "laborers") || weq(c, e + 1, "labourer") ||
         weq(c, e + 1, "labourers") || weq(c, e + 1, "care") || weq(c, e + 1, "nursery") ||
         weq(c, e + 1, "school") || weq(c, e + 1, "student") || weq(c, e + 1, "students") ||
         weq(c, e + 1, "centre") || weq(c, e + 1, "center")))
        return 0;  /* "a day laborer", "a day school": a kind of worker or place */
    if (c->t[j].kind == TT_NUM && c->t[j].ndig == 4 && !hyphen && n >= 1000)
        return 0;
    /* "will one day be", "could one day fly": some time ahead, not a span */
    if (!the && dv == NOV && !first && !hyphen && weq(c, j, "one") && unit == TXU_DAY &&
        !plural && j > 0 && modal_at(c, j - 1) && e + 1 < c->n &&
        c->t[e + 1].kind == TT_WORD && !c->t[e + 1].cap && lx(c, e + 1, TXC_AGO) == NOV) {
        lit(k, DL_TX_DATE, "FUTURE_REF");
        k->flags |= DL_TXF_VAGUE;
        return e + 1;
    }
    e++;
    /* "a minute and a half" */
    if (weq(c, e, "and") && weq(c, e + 1, "a") && weq(c, e + 2, "half") && !half && n >= 0) {
        half = 1;
        e += 3;
    }
    /* compound adjectives: "two-year-long" */
    if (pch(c, e, '-') && adj(c, e) && weq(c, e + 1, "long") && adj(c, e + 1))
        e += 2;
    if ((the || first) && hyphen && dv == NOV)
        return 0;  /* "the four-year conflict", "the first two-day closure": the
                    * extent starts at the number */
    static const char *const cricket[] = {"international", "internationals", "series",
                                          "cricket", "format", "odi", "odis", "cup"};
    if (hyphen && n == 1 && unit == TXU_DAY && WORD_IN(c, e, cricket))
        return 0;  /* "the one-day international": a kind of match */
    if (hyphen && weq(c, e - 1, "quarters"))
        return 0;  /* "three-quarters": a fraction */
    if (unit == TXU_QUARTER && a_word && !the && dv == NOV)
        return 0;  /* "a quarter of the staff" */
    if (pch(c, e, '-') && adj(c, e) && weq(c, e + 1, "old") && adj(c, e + 1))
        return 0;  /* ages are not annotated */
    if (a_word && !the && dv == NOV && !first && unit <= TXU_HOUR && speed_before(c, i))
        return 0;  /* "60 miles an hour" */
    if (a_word && !the && dv == NOV && !first && unit <= TXU_MINUTE && rate_before(c, i) &&
        !(weq(c, i - 1, "twice") || weq(c, i - 1, "once") || weq(c, i - 1, "times")))
        return 0;  /* "15 million instructions per second", "300 gallons a minute":
                    * a measure, not a time that recurs */
    if (a_word && !the && dv == NOV && !first && rate_before(c, i) &&
        lx(c, e, TXC_AGO) == NOV && !weq(c, e, "apart")) {  /* "doses a month apart" */
        k->kind = TXK_LITERAL;
        k->type = DL_TX_SET;
        dur_value(k->value, sizeof k->value, 1, unit, 0);
        return e;
    }
    size_t e0 = e;
    int approx = 0;
    if (weq(c, e, "or") && weq(c, e + 1, "so")) {
        approx = 1;
        e += 2;
    }
    if (weq(c, e, "ago") && lx(c, e + 1, TXC_WEEKDAY) != NOV && lx(c, e + 1, TXC_WEEKDAY) <= 7 &&
        c->t[e + 1].cap && dv == NOV && !the && n > 0 && n <= 4 && !half &&
        unit == TXU_WEEK && (e + 2 >= c->n || c->t[e + 2].sent || c->t[e + 2].kind == TT_PUNCT ||
                             WORD_IN(c, e + 2, clause_words))) {
        k->kind = TXK_WEEKDAY;  /* "a week ago Tuesday": the last Tuesday, a week
                                 * before it (US) */
        k->wd = lx(c, e + 1, TXC_WEEKDAY);
        k->dir = -1;
        k->n = -(int)n * 7;
        return e + 2;
    }
    int ago = lx(c, e, TXC_AGO);
    if ((ago == 2 || ago == -2) && weq(c, e + 1, "than"))
        ago = NOV;  /* "die 10 years earlier than nonsmokers": a span */
    /* "two months after his arrest": the span alone, the event anchors it */
    if ((ago == 2 || ago == -2) && (weq(c, e, "after") || weq(c, e, "before")) &&
        e + 1 < c->n && (c->t[e + 1].kind == TT_WORD || c->t[e + 1].kind == TT_NUM) &&
        !(c->t[e + 1].sp & SP_BREAK) && !pch(c, e + 1, ','))
        ago = NOV;
    if (half && ago != NOV && dv == NOV && n >= 0 &&
        (unit == TXU_DECADE || unit == TXU_CENTURY)) {
        n = unit == TXU_DECADE ? n * 10 + 5 : n * 100 + 50;  /* "half a century ago" */
        unit = TXU_YEAR;
        half = 0;
        k->aside = 1;  /* a round figure: the date in focus stays */
    }
    if (half && ago != NOV && dv == NOV && n >= 0 &&
        (unit == TXU_HOUR || unit == TXU_DAY || unit == TXU_YEAR)) {
        /* "an hour and a half later", "half an hour later", "two and a half
         * years ago": in the smaller unit */
        n = unit == TXU_HOUR ? n * 60 + 30 : unit == TXU_DAY ? n * 24 + 12 : n * 12 + 6;
        unit = unit == TXU_HOUR ? TXU_MINUTE : unit == TXU_DAY ? TXU_HOUR : TXU_MONTH;
        half = 0;
    }
    if (dv == NOV && !first && ago != NOV && !hyphen && n != 0) {
        /* "two days ago", "a year earlier", "three weeks later" */
        if (the)
            return 0;
        k->kind = TXK_RELUNIT;
        k->unit = unit;
        k->n = n < 0 ? 0 : (int)n;
        if (ago < 0)
            k->n = -k->n;
        k->from = ago == -1 || ago == 1 ? TXA_DCT : TXA_PREV;
        k->span = 1;
        if (unit == TXU_YEAR && (ago == -1 || ago == -2) && (n == 1 || ago == -2))
            k->from = ago == -1 ? TXA_SENT : TXA_SENTP;  /* results news: "a year ago" */
        if (ago == -1 && n > 0 && unit >= TXU_DAY && unit != TXU_WEEKEND &&
            (weq(c, e + 1, "today") || weq(c, e + 1, "tonight"))) {
            k->from = TXA_DCTDAY;  /* "50 years ago today": that very day */
            if (weq(c, e + 1, "tonight")) {
                k->type = DL_TX_TIME;  /* "Twenty-five years ago tonight" */
                k->pod = TXP_NI;
            }
            return e + 2;
        }
        if (ago == -1 && n > 0 && unit == TXU_YEAR) {
            /* "100 years ago Wednesday", "Fifty years ago this afternoon",
             * "50 years ago last Sunday", "40 years ago this weekend": the
             * anniversary named near the article's day, that many years back */
            tx_cand w;
            tx_cand_init(&w);
            size_t we = 0;
            if (lx(c, e + 1, TXC_WEEKDAY) != NOV && lx(c, e + 1, TXC_WEEKDAY) <= 7 &&
                c->t[e + 1].cap && (we = r_weekday(c, e + 1, &w)) && w.kind == TXK_WEEKDAY) {
                w.dir = 5;  /* the anniversary falls on the nearest such day */
            } else if ((weq(c, e + 1, "yesterday") || weq(c, e + 1, "tomorrow")) &&
                       (we = r_relday(c, e + 1, &w)) && w.kind == TXK_RELDAY) {
                /* "60 years ago yesterday", "Forty years ago tomorrow" */
            } else if (weq(c, e + 1, "this") || weq(c, e + 1, "last") ||
                       weq(c, e + 1, "next")) {
                tx_cand_init(&w);
                we = r_dir(c, e + 1, &w);
                int u = w.kind == TXK_RELUNIT ? w.unit : 0;
                if (!(we && ((w.kind == TXK_WEEKDAY) ||
                             (w.kind == TXK_RELDAY && w.n == 0 && w.pod) ||
                             (w.kind == TXK_RELUNIT && w.from == TXA_DCT &&
                              (u == TXU_WEEK || u == TXU_WEEKEND || u == TXU_MONTH)))))
                    we = 0;
                if (!we) {
                    int dp;
                    size_t pe = day_pod_at(c, e + 1, &dp);
                    if (pe && weq(c, e + 1, "this")) {
                        tx_cand_init(&w);
                        w.kind = TXK_RELDAY;  /* "Fifty years ago this afternoon" */
                        w.n = 0;
                        w.from = TXA_DCT;
                        w.pod = dp;
                        w.type = DL_TX_TIME;
                        we = pe;
                    }
                }
            }
            if (we) {
                if (w.kind == TXK_WEEKDAY && w.dir == 0 && !w.n)
                    w.dir = 5;  /* "350 years ago this Friday" */
                *k = w;
                k->yback = (int)n;
                return we;
            }
        }
        if (ago == -1 && n > 0 && unit >= TXU_MONTH && weq(c, e + 1, "this") &&
            lx(c, e + 2, TXC_UNIT) == TXU_WEEK) {
            k->from = TXA_DCTDAY;  /* "ten years ago this week": that week */
            k->week = 1;
            return e + 3;
        }
        if (ago == -1 && n > 0 && unit >= TXU_YEAR && weq(c, e + 1, "this") &&
            lx(c, e + 2, TXC_UNIT) == TXU_MONTH) {
            k->from = TXA_DCTDAY;  /* "10 years ago this month": that month */
            k->week = 3;
            return e + 3;
        }
        if (ago == -1 && n > 0 && unit >= TXU_YEAR && weq(c, e + 1, "this") &&
            lx(c, e + 2, TXC_SEASON) != NOV) {
            k->from = TXA_DCTDAY;  /* "Forty years ago this spring": that season */
            k->season = lx(c, e + 2, TXC_SEASON);
            return e + 3;
        }
        if (n < 0 && (ago == 2 || ago == -2) && unit <= TXU_HOUR) {
            k->n = 0;  /* "a few hours later": the day of the date in focus */
        } else if (n < 0) {
            lit(k, DL_TX_DATE, ago < 0 ? "PAST_REF" : "FUTURE_REF");
            k->flags |= DL_TXF_VAGUE;
            if (ago == 2 || ago == -2) {
                k->span = 2;  /* "a few years later": near the date in focus, if any */
                k->unit = unit;
            }
        }
        if (approx)
            k->mod = TXM_APPROX;
        return e + 1;
    }
    if (weq(c, e, "from") && (weq(c, e + 1, "today") || weq(c, e + 1, "tomorrow") ||
                              weq(c, e + 1, "tonight")) &&
        dv == NOV && !the && n > 0 && !half && (unit == TXU_DAY || unit == TXU_WEEK)) {
        k->kind = TXK_RELDAY;  /* "two weeks from today", "a week from tonight": that day */
        k->n = (int)n * (unit == TXU_WEEK ? 7 : 1) + weq(c, e + 1, "tomorrow");
        k->from = TXA_DCT;
        if (weq(c, e + 1, "tonight")) {
            k->type = DL_TX_TIME;
            k->pod = TXP_NI;
        }
        return e + 2;
    }
    if (weq(c, e, "today") && dv == NOV && !the && n == 1 && !half &&
        (unit == TXU_WEEK || unit == TXU_FORTNIGHT) && (weq(c, i, "a") || weq(c, i, "one")) &&
        !(i > 0 && (weq(c, i - 1, "for") || weq(c, i - 1, "about") || weq(c, i - 1, "in"))) &&
        (e + 1 >= c->n || c->t[e + 1].sent ||
         (c->t[e + 1].kind == TT_PUNCT && !pch(c, e + 1, '\'')) ||
         WORD_IN(c, e + 1, clause_words))) {
        k->kind = TXK_RELDAY;  /* "a week today", "a fortnight today" (British): that day */
        k->n = unit == TXU_WEEK ? 7 : 14;
        k->from = TXA_DCT;
        return e + 1;
    }
    if (weq(c, e, "from") && weq(c, e + 1, "today") && dv == NOV && !the && n > 0 && !half &&
        (unit == TXU_MONTH || unit == TXU_YEAR)) {
        k->kind = TXK_RELUNIT;  /* "a month from today", "a year from today": that day */
        k->unit = unit;
        k->n = (int)n;
        k->from = TXA_DCTDAY;
        return e + 2;
    }
    if ((weq(c, e, "from") || (weq(c, e, "on") && poss(c, e + 2) == e + 2)) &&
        lx(c, e + 1, TXC_WEEKDAY) != NOV && lx(c, e + 1, TXC_WEEKDAY) <= 7 &&
        c->t[e + 1].cap && dv == NOV && !the && n > 0 && !half &&
        (unit == TXU_DAY || unit == TXU_WEEK) &&
        !(weq(c, e, "on") && !(e + 2 >= c->n || c->t[e + 2].sent ||
                               c->t[e + 2].kind == TT_PUNCT)) &&
        !(weq(c, e, "on") && i > 0 && (weq(c, i - 1, "for") || weq(c, i - 1, "by") ||
                                       weq(c, i - 1, "to") ||  /* "cut it to five days on
                                                                * Monday" */
                                       weq(c, i + 1, "more") || weq(c, i + 1, "extra")))) {
        /* (not "extended for three more days on Sunday": a span, then its day) */
        k->kind = TXK_WEEKDAY;  /* "a week from Tuesday", "a week on Friday": the
                                 * coming Tuesday, a week on */
        k->wd = lx(c, e + 1, TXC_WEEKDAY);
        k->dir = 1;
        k->n = (int)n * (unit == TXU_WEEK ? 7 : 1);
        return e + 2;
    }
    if (weq(c, e, "from") && weq(c, e + 1, "now") && dv == NOV && !the && n > 0) {
        k->kind = TXK_RELUNIT;
        k->unit = unit;
        k->n = (int)n;
        k->from = TXA_DCT;
        return e + 2;
    }
    e = e0;
    /* bare singular with a count above one and no hyphen: "two day" is rare but ok */
    if (!plural && !hyphen && n > 1 && !a_word && c->t[j].kind == TT_NUM && !the)
        return 0;
    if (plural && n == 1 && !a_word && c->t[j].kind == TT_NUM)
        return 0;
    k->kind = TXK_LITERAL;
    k->type = DL_TX_DURATION;
    dur_value(k->value, sizeof k->value, n, unit, half);
    if ((!half || unit == TXU_SECOND) && c->t[j].kind == TT_NUM && (c->t[j].nf & NF_DEC) &&
        !(c->t[j].nf & NF_BIG) &&
        c->t[j].e - c->t[j].s < 16)  /* "9.63 seconds", "10.8 years" */
        snprintf(k->value, sizeof k->value, "P%s%.*s%s", tx_unit_is_time(unit) ? "T" : "",
                 (int)(c->t[j].e - c->t[j].s), c->s + c->t[j].s, tx_unit_letter(unit));
    /* "two years and six months", "three hours and 21 minutes", "2 hours 3 minutes 45 seconds",
     * "14 minutes 28.56 seconds": smaller parts joined on */
    int last = unit;
    while (n > 0 && !half && !hyphen && last != TXU_QUARTER && last != TXU_HALF &&
           last != TXU_FORTNIGHT) {
        size_t f = e;
        if (pch(c, f, ',') && last <= TXU_HOUR &&
            (isnum(c, f + 1) || lx(c, f + 1, TXC_NUMWORD) != NOV) &&
            lx(c, dcount_at(c, f + 1, &(long){0}, &(int){0}), TXC_UNIT) != NOV)
            f++;  /* "two hours, three minutes and 23 seconds": a clocked time */
        if (weq(c, f, "and"))
            f++;
        long n2;
        int half2, u2;
        size_t e2 = dcount_at(c, f, &n2, &half2);
        if (!e2 || n2 <= 0 || half2 || weq(c, f, "a") || weq(c, f, "an") ||
            (f == e && c->t[f].kind != TT_NUM))  /* without "and" only digits */
            break;
        u2 = lx(c, e2, TXC_UNIT);
        if (u2 == NOV || (u2 & 0xFF) >= last || (u2 & 0xFF) < TXU_SECOND ||
            (u2 & 0xFF) == TXU_WEEKEND || (u2 & 0xFF) == TXU_FORTNIGHT ||
            (u2 & 0xFF) == TXU_HALF || (u2 & 0xFF) == TXU_QUARTER)
            break;
        if ((u2 & 0xFF) == TXU_SECOND && e2 == f + 1 && !(c->t[f].nf & NF_DEC) &&
            !isnum(c, f))
            break;  /* "and a second" is the ordinal */
        char part[32];
        int t1 = tx_unit_is_time(last) || strchr(k->value, 'T'), t2 = tx_unit_is_time(u2 & 0xFF);
        if ((u2 & 0xFF) == TXU_SECOND && (c->t[f].nf & NF_DEC))  /* "28.56 seconds" */
            snprintf(part, sizeof part, "%s%.*sS", t2 && !t1 ? "T" : "",
                     (int)(c->t[f].e - c->t[f].s), c->s + c->t[f].s);
        else
            snprintf(part, sizeof part, "%s%ld%s", t2 && !t1 ? "T" : "", n2,
                     tx_unit_letter(u2 & 0xFF));
        size_t vl = strlen(k->value);
        if (vl + strlen(part) >= sizeof k->value)
            break;
        memcpy(k->value + vl, part, strlen(part) + 1);
        e = e2 + 1;
        last = u2 & 0xFF;
    }
    return e;
}

/* "a quarter of a century", "a quarter-century", "three quarters of an hour". */
static size_t r_quarter_span(const tx_ctx *c, size_t i, tx_cand *k)
{
    size_t j = i;
    int n = 1;
    if (weq(c, j, "three") && weq(c, j + 1, "quarters"))
        n = 3;
    else if (!(weq(c, j, "a") && weq(c, j + 1, "quarter")))
        return 0;
    j += 2;
    if (pch(c, j, '-') && adj(c, j) && adj(c, j + 1))
        j++;
    else if (weq(c, j, "of") && (weq(c, j + 1, "a") || weq(c, j + 1, "an")))
        j += 2;
    else if (n == 3)
        return 0;
    if (weq(c, j, "century") && n == 1)
        lit(k, DL_TX_DURATION, "P25Y");
    else if (weq(c, j, "hour"))
        lit(k, DL_TX_DURATION, n == 3 ? "PT45M" : "PT15M");
    else
        return 0;
    return j + 1;
}

/* "years", "months": a bare plural unit after "for"/"over"/"in" ("for years");
 * "the weeks ahead"; "day-long", "decades-long". */
/* 1 when a day is named in the sentence before token i: a weekday,
 * "today", "yesterday", or a month with a day number. */
static int day_named_before(const tx_ctx *c, size_t i)
{
    for (size_t t = i; t > 0 && !c->t[t].sent; t--) {
        size_t p = t - 1;
        if ((lx(c, p, TXC_WEEKDAY) != NOV && c->t[p].cap) || lx(c, p, TXC_RELDAY) != NOV ||
            (lx(c, p, TXC_MONTH) != NOV && c->t[p].cap && isnum(c, p + 1)))
            return 1;
    }
    return 0;
}

static size_t r_bare_units(const tx_ctx *c, size_t i, tx_cand *k)
{
    if (weq(c, i, "the") && weq(c, i + 2, "ahead")) {
        int v = lx(c, i + 1, TXC_UNIT);
        if (v != NOV && (v & TXU_PLURAL) && (v & 0xFF) >= TXU_DAY && (v & 0xFF) != TXU_WEEKEND) {
            k->kind = TXK_LITERAL;
            k->type = DL_TX_DURATION;
            dur_value(k->value, sizeof k->value, -1, v & 0xFF, 0);
            return i + 3;
        }
    }
    /* "over the years", "through the decades": a span of unknown length */
    if (weq(c, i, "the") && i > 0 && (weq(c, i - 1, "over") || weq(c, i - 1, "through"))) {
        int v = lx(c, i + 1, TXC_UNIT);
        if (v != NOV && (v & TXU_PLURAL) && (v & 0xFF) >= TXU_MONTH &&
            (v & 0xFF) != TXU_WEEKEND && (v & 0xFF) != TXU_QUARTER && (v & 0xFF) != TXU_HALF &&
            !weq(c, i + 2, "of") && !(i + 2 < c->n && c->t[i + 2].kind == TT_PUNCT &&
                                      c->t[i + 2].ch == '-')) {
            k->kind = TXK_LITERAL;
            k->type = DL_TX_DURATION;
            dur_value(k->value, sizeof k->value, -1, v & 0xFF, 0);
            return i + 2;
        }
    }
    int u = lx(c, i, TXC_UNIT);
    if (u != NOV && (u & 0xFF) >= TXU_HOUR && (u & 0xFF) != TXU_WEEKEND && pch(c, i + 1, '-') &&
        adj(c, i + 1) && weq(c, i + 2, "long") && adj(c, i + 2)) {
        k->kind = TXK_LITERAL;
        k->type = DL_TX_DURATION;
        dur_value(k->value, sizeof k->value, (u & TXU_PLURAL) ? -1 : 1, u & 0xFF, 0);
        return i + 3;
    }
    /* "Hours later", "minutes earlier", "on Friday, hours after the blast":
     * the day of the date in focus (after or before, only with a day named
     * before it in the sentence) */
    if (u != NOV && (u & TXU_PLURAL) && ((u & 0xFF) == TXU_HOUR || (u & 0xFF) == TXU_MINUTE) &&
        (weq(c, i + 1, "later") || weq(c, i + 1, "earlier") ||
         ((weq(c, i + 1, "after") || weq(c, i + 1, "before")) && !sent_start(c, i) &&
          day_named_before(c, i) &&
          !(i > 0 && (weq(c, i - 1, "for") || weq(c, i - 1, "of") || weq(c, i - 1, "in") ||
                      weq(c, i - 1, "the") || weq(c, i - 1, "few") ||
                      weq(c, i - 1, "be") || weq(c, i - 1, "take"))))) &&
        !(i > 0 && (c->t[i - 1].kind == TT_NUM || lx(c, i - 1, TXC_NUMWORD) != NOV ||
                    lx(c, i - 1, TXC_FEW) != NOV))) {
        k->kind = TXK_RELUNIT;
        k->unit = u & 0xFF;
        k->n = 0;
        k->from = TXA_PREV;
        k->aside = !weq(c, i + 1, "later") && !weq(c, i + 1, "earlier");  /* the focus stays */
        return weq(c, i + 1, "later") || weq(c, i + 1, "earlier") ? i + 2 : i + 1;
    }
    /* "moments ago", "a short time ago", "a short while ago" */
    if (weq(c, i, "moments") && weq(c, i + 1, "ago")) {
        lit(k, DL_TX_DATE, "PAST_REF");
        k->flags |= DL_TXF_VAGUE;
        return i + 2;
    }
    if (weq(c, i, "a") && weq(c, i + 1, "short") && (weq(c, i + 2, "time") ||
                                                     weq(c, i + 2, "while")) &&
        weq(c, i + 3, "ago")) {
        lit(k, DL_TX_DATE, "PAST_REF");
        k->flags |= DL_TXF_VAGUE;
        return i + 4;
    }
    /* "months ago", "decades ago", "hours ago": some time back */
    if (u != NOV && (u & TXU_PLURAL) && (u & 0xFF) >= TXU_SECOND && (u & 0xFF) != TXU_WEEKEND &&
        (u & 0xFF) != TXU_HALF && weq(c, i + 1, "ago") &&
        !(i > 0 && (c->t[i - 1].kind == TT_NUM || lx(c, i - 1, TXC_NUMWORD) != NOV ||
                    lx(c, i - 1, TXC_FEW) != NOV || weq(c, i - 1, "million") ||
                    weq(c, i - 1, "billion")))) {
        lit(k, DL_TX_DATE, "PAST_REF");
        k->flags |= DL_TXF_VAGUE;
        return i + 2;
    }
    if (u == NOV || !(u & TXU_PLURAL))
        return 0;
    int unit = u & 0xFF;
    int counted = i > 0 && (c->t[i - 1].kind == TT_NUM || lx(c, i - 1, TXC_NUMWORD) != NOV ||
                            lx(c, i - 1, TXC_FEW) != NOV || weq(c, i - 1, "the") ||
                            lx(c, i - 1, TXC_DIR) != NOV || lx(c, i - 1, TXC_ORDINAL) != NOV ||
                            weq(c, i - 1, "early") || weq(c, i - 1, "final") ||
                            weq(c, i - 1, "those") || weq(c, i - 1, "these") ||
                            weq(c, i - 1, "many") || weq(c, i - 1, "some"));
    static const char *const be[] = {"be", "is", "was", "were", "been", "are"};
    if (!counted && unit >= TXU_DAY && unit != TXU_WEEKEND && i > 0 && WORD_IN(c, i - 1, be) &&
        weq(c, i + 1, "before")) {
        lit(k, DL_TX_DURATION, "");  /* "it could be weeks before supplies arrive" */
        dur_value(k->value, sizeof k->value, -1, unit, 0);
        return i + 1;
    }
    /* "Days later", "days after the vote", "weeks later": a day or week of
     * the month in focus, "months later" of its year */
    if (!counted && (unit == TXU_DAY || unit == TXU_WEEK || unit == TXU_MONTH) &&
        (weq(c, i + 1, "later") || weq(c, i + 1, "earlier") ||
         (unit == TXU_DAY && ((weq(c, i + 1, "after") && !sent_start(c, i)) ||
                              weq(c, i + 1, "before")))) &&
        !(i > 0 && (weq(c, i - 1, "for") || weq(c, i - 1, "of") || weq(c, i - 1, "in")))) {
        k->kind = TXK_RELUNIT;
        k->unit = unit == TXU_MONTH ? TXU_YEAR : TXU_MONTH;
        k->n = 0;
        k->from = TXA_PREV;
        k->doff = unit == TXU_DAY;  /* some day of it: "1998-10-XX" */
        k->aside = 1;               /* the date in focus stays */
        return weq(c, i + 1, "later") || weq(c, i + 1, "earlier") ? i + 2 : i + 1;
    }
    if (i == 0)
        return 0;
    /* "within minutes", "within seconds" */
    if ((unit == TXU_MINUTE || unit == TXU_SECOND) && weq(c, i - 1, "within") && !counted) {
        k->kind = TXK_LITERAL;
        k->type = DL_TX_DURATION;
        dur_value(k->value, sizeof k->value, -1, unit, 0);
        return i + 1;
    }
    if (unit < TXU_MINUTE || unit == TXU_WEEKEND ||
        (unit < TXU_DAY && !weq(c, i - 1, "for") && !weq(c, i - 1, "within") &&
         !((weq(c, i - 1, "only") || weq(c, i - 1, "just") || weq(c, i - 1, "with")) &&
           (weq(c, i + 1, "before") || weq(c, i + 1, "after") || weq(c, i + 1, "to")))) ||
        (unit == TXU_MINUTE && !weq(c, i - 1, "only") && !weq(c, i - 1, "just")))
        return 0;  /* "for hours", "within hours"; "in hours" is rarer than "in days" */
    /* "took weeks", "could take months", "after weeks of talks", "follows
     * months of wrangling", "spent years" */
    static const char *const spans[] = {"take", "takes", "taking", "spent", "spend",
                                        "spending", "waited", "wait", "waiting"};
    int of = weq(c, i + 1, "of") &&
             (weq(c, i - 1, "after") || weq(c, i - 1, "follows") || weq(c, i - 1, "following") ||
              weq(c, i - 1, "followed") || weq(c, i - 1, "ending") || weq(c, i - 1, "ended"));
    /* "was expected to last weeks"; "just weeks after founding a party",
     * "only minutes before the blast", "with hours to go" */
    static const char *const lasts[] = {"last", "lasts", "lasting"};
    static const char *const mere[] = {"just", "only", "mere", "with"};
    static const char *const then[] = {"after", "before", "to", "later", "earlier", "left",
                                       "remaining"};
    int mere_span = WORD_IN(c, i - 1, mere) && WORD_IN(c, i + 1, then) && unit >= TXU_MINUTE;
    int last_span = WORD_IN(c, i - 1, lasts) && (!weq(c, i - 1, "last") || last_verb(c, i - 1));
    if (!(weq(c, i - 1, "for") || weq(c, i - 1, "over") || weq(c, i - 1, "within") ||
          weq(c, i - 1, "in") || weq(c, i - 1, "took") || weq(c, i - 1, "lasted") ||
          WORD_IN(c, i - 1, spans) || of || last_span || mere_span))
        return 0;
    if (weq(c, i + 1, "of") && !weq(c, i - 1, "for") && !of)
        return 0;
    k->kind = TXK_LITERAL;
    k->type = DL_TX_DURATION;
    dur_value(k->value, sizeof k->value, -1, unit, 0);
    return i + 1;
}

/* "now", "currently", "recently", "soon", "the past", "the future",
 * "in future", "these days", "at the moment", "at present". */
static size_t r_ref(const tx_ctx *c, size_t i, tx_cand *k)
{
    int r = lx(c, i, TXC_REF);
    if (r != NOV && !weq(c, i, "future") && !weq(c, i, "once")) {
        if (weq(c, i, "soon") && i > 0 && weq(c, i - 1, "as") && weq(c, i + 1, "as"))
            return 0;
        if (weq(c, i, "now") && pch(c, i + 1, '-') && adj(c, i + 1))
            return 0;  /* "now-defunct" */
        lit(k, DL_TX_DATE, r == TXR_PRESENT ? "PRESENT_REF" : r == TXR_PAST ? "PAST_REF"
                                                                          : "FUTURE_REF");
        k->flags |= DL_TXF_VAGUE;
        return i + 1;
    }
    if (weq(c, i, "this") && weq(c, i + 1, "hour") && i > 0 &&
        (weq(c, i - 1, "at") || (weq(c, i - 1, "of") && i > 1 && weq(c, i - 2, "as"))) &&
        !weq(c, i + 2, "of")) {
        lit(k, DL_TX_DATE, "PRESENT_REF");  /* broadcast "at this hour": now */
        k->flags |= DL_TXF_VAGUE;
        return i + 2;
    }
    if (weq(c, i, "the") && (weq(c, i + 1, "past") || weq(c, i + 1, "future")) &&
        !(c->t[i + 1].cap && !sent_start(c, i + 1)) &&  /* "Back to the Future" */
        !(lx(c, i + 2, TXC_UNIT) != NOV || lx(c, i + 2, TXC_NUMWORD) != NOV ||
          lx(c, i + 2, TXC_FEW) != NOV || (i + 2 < c->n && c->t[i + 2].kind == TT_NUM))) {
        lit(k, DL_TX_DATE, weq(c, i + 1, "past") ? "PAST_REF" : "FUTURE_REF");
        k->flags |= DL_TXF_VAGUE;
        return i + 2;
    }
    /* "the near future", "the distant future": the whole noun phrase */
    if (weq(c, i, "the") && (weq(c, i + 1, "near") || weq(c, i + 1, "distant") ||
                             weq(c, i + 1, "immediate")) &&
        weq(c, i + 2, "future") && !(lx(c, i + 3, TXC_UNIT) != NOV)) {
        lit(k, DL_TX_DATE, "FUTURE_REF");
        k->flags |= DL_TXF_VAGUE;
        return i + 3;
    }
    /* "at a later date", "until a future date": some day ahead */
    if (weq(c, i, "a") && (weq(c, i + 1, "later") || weq(c, i + 1, "future")) &&
        (weq(c, i + 2, "date") || weq(c, i + 2, "time")) && i > 0 &&
        (weq(c, i - 1, "at") || weq(c, i - 1, "to") || weq(c, i - 1, "until") ||
         weq(c, i - 1, "till") || weq(c, i - 1, "on") || weq(c, i - 1, "for"))) {
        lit(k, DL_TX_DATE, "FUTURE_REF");
        k->flags |= DL_TXF_VAGUE;
        return i + 3;
    }
    /* "for a while", "for some time", "took quite a while": a span of unknown length */
    if (i > 0 && (weq(c, i - 1, "for") || weq(c, i - 1, "after") || weq(c, i - 1, "take") ||
                  weq(c, i - 1, "takes") || weq(c, i - 1, "took") || weq(c, i - 1, "taken"))) {
        size_t j = i;
        if (weq(c, j, "quite"))
            j++;
        if (weq(c, j, "a") && (weq(c, j + 1, "long") || weq(c, j + 1, "little") ||
                               weq(c, j + 1, "short")) && weq(c, j + 2, "while")) {
            lit(k, DL_TX_DURATION, "PXX");
            return j + 3;
        }
        if ((weq(c, j, "a") && weq(c, j + 1, "while")) ||
            (weq(c, j, "some") && weq(c, j + 1, "time") && j == i && !weq(c, j + 2, "to") && !weq(c, j + 2, "before") &&
             !weq(c, j + 2, "after"))) {
            lit(k, DL_TX_DURATION, "PXX");
            return j + 2;
        }
    }
    if (weq(c, i, "future") && i > 0 && (weq(c, i - 1, "in") || weq(c, i - 1, "near")) &&
        !(lx(c, i + 1, TXC_UNIT) != NOV)) {
        lit(k, DL_TX_DATE, "FUTURE_REF");
        k->flags |= DL_TXF_VAGUE;
        return i + 1;
    }
    if (weq(c, i, "the") && (weq(c, i + 1, "near") || weq(c, i + 1, "short")) &&
        weq(c, i + 2, "term")) {
        lit(k, DL_TX_DATE, "FUTURE_REF");  /* "in the near term" */
        k->flags |= DL_TXF_VAGUE;
        return i + 3;
    }
    if (weq(c, i, "these") && weq(c, i + 1, "days")) {
        lit(k, DL_TX_DATE, "PRESENT_REF");
        k->flags |= DL_TXF_VAGUE;
        return i + 2;
    }
    if (weq(c, i, "the") && weq(c, i + 1, "moment") && i > 0 && weq(c, i - 1, "at")) {
        lit(k, DL_TX_DATE, "PRESENT_REF");
        k->flags |= DL_TXF_VAGUE;
        return i + 2;
    }
    /* "he said at the time", "At the time, ...": then, looking back; "at the
     * time of X", "at the time he was captured" name the time of an event */
    if (weq(c, i, "the") && weq(c, i + 1, "time") && i > 0 && weq(c, i - 1, "at") &&
        (i + 2 >= c->n || sent_start(c, i + 2) || weq(c, i + 2, "and") ||
         weq(c, i + 2, "but") || pch(c, i + 2, ',') || pch(c, i + 2, '.') ||
         pch(c, i + 2, ';') || pch(c, i + 2, ':') || pch(c, i + 2, ')') ||
         pch(c, i + 2, '"') || pch(c, i + 2, '\''))) {
        lit(k, DL_TX_DATE, "PAST_REF");
        k->flags |= DL_TXF_VAGUE;
        return i + 2;
    }
    /* "at this moment", "at this crucial moment" */
    if (weq(c, i, "this") && i > 0 && weq(c, i - 1, "at")) {
        size_t j = i + 1;
        if (j < c->n && c->t[j].kind == TT_WORD && !c->t[j].cap && !c->t[j].lx &&
            weq(c, j + 1, "moment"))
            j++;
        if (weq(c, j, "moment")) {
            lit(k, DL_TX_DATE, "PRESENT_REF");
            k->flags |= DL_TXF_VAGUE;
            return j + 1;
        }
    }
    if (weq(c, i, "present") && i > 0 && weq(c, i - 1, "at")) {
        lit(k, DL_TX_DATE, "PRESENT_REF");
        k->flags |= DL_TXF_VAGUE;
        return i + 1;
    }
    return 0;
}

/* "daily", "every week", "each year", "every Tuesday", "twice a week", "per day". */
static size_t r_set(const tx_ctx *c, size_t i, tx_cand *k)
{
    if (weq(c, i, "weekends") && i > 0 && (weq(c, i - 1, "on") || weq(c, i - 1, "at"))) {
        lit(k, DL_TX_SET, "XXXX-WXX-WE");  /* "closed on weekends" */
        snprintf(k->freq, sizeof k->freq, "1W");
        return i + 1;
    }
    if (weq(c, i, "half") && pch(c, i + 1, '-') && adj(c, i + 1) && weq(c, i + 2, "hourly") &&
        adj(c, i + 2)) {
        lit(k, DL_TX_SET, "PT30M");  /* "half-hourly" */
        return i + 3;
    }
    int a = lx(c, i, TXC_SETADV);
    if (a != NOV && a > 0 && i > 0 &&
        (pch(c, i - 1, '%') || weq(c, i - 1, "percent") || weq(c, i - 1, "units")))
        return 0;  /* "grow 20% annually": a rate of a quantity, not a recurring time */
    if ((a == -TXU_QUARTER || a == -TXU_HALF || a == -TXU_DECADE) && i > 0 &&
        c->t[i - 1].kind == TT_WORD && !c->t[i - 1].cap && lx(c, i - 1, TXC_STARTER) == NOV &&
        (i + 1 >= c->n || c->t[i + 1].sent || c->t[i + 1].kind == TT_PUNCT ||
         weq(c, i + 1, "and") || weq(c, i + 1, "or"))) {
        /* "paid quarterly.", "filed semiannually", "held biennially" */
        lit(k, DL_TX_SET, a == -TXU_QUARTER ? "P3M" : a == -TXU_HALF ? "P6M" : "P2Y");
        return i + 1;
    }
    if (a != NOV && a > 0) {
        lit(k, DL_TX_SET, "");
        dur_value(k->value, sizeof k->value, 1, a, 0);
        if (a == TXU_QUARTER)
            snprintf(k->value, sizeof k->value, "P3M");
        return i + 1;
    }
    int q = lx(c, i, TXC_QUANT);
    if (q == NOV)
        return 0;
    size_t j = i + 1;
    long n = 1;
    if (q == 3 && (!rate_before(c, i) ||
                   (lx(c, j, TXC_UNIT) != NOV && (lx(c, j, TXC_UNIT) & 0xFF) <= TXU_MINUTE &&
                    !weq(c, i - 1, "twice") && !weq(c, i - 1, "once") && !weq(c, i - 1, "times"))))
        return 0;  /* ... and "15 million instructions per second" is a measure */
    if (weq(c, j, "other")) {
        n = 2;
        j++;
    } else if (q == 1 && lx(c, j, TXC_FEW) != NOV && lx(c, j, TXC_FEW) != 4) {
        j++;  /* "every few", "every several": the unit says how often */
    } else if (q != 3) {
        long v;
        size_t e = count_at(c, j, &v);
        if (e && !weq(c, j, "a") && !weq(c, j, "an")) {
            n = v;
            j = e;
        }
    }
    int u = lx(c, j, TXC_UNIT);
    k->kind = TXK_LITERAL;
    k->type = DL_TX_SET;
    snprintf(k->quant, sizeof k->quant, "%s", q == 1 ? "EVERY" : q == 2 ? "EACH" : "");
    if (u != NOV && (u & 0xFF) == TXU_WEEKEND && !(u & TXU_PLURAL) && n == 1) {
        snprintf(k->value, sizeof k->value, "XXXX-WXX-WE");  /* "every weekend" */
        snprintf(k->freq, sizeof k->freq, "1W");
        return j + 1;
    }
    if (u != NOV && (!(u & TXU_PLURAL) || n > 1)) {
        if (q == 3 && (u & 0xFF) <= TXU_HOUR && speed_before(c, i))
            return 0;  /* "15 miles per hour" */
        dur_value(k->value, sizeof k->value, n, u & 0xFF, 0);
        return j + 1;
    }
    if (u != NOV && q != 3 && n == 1 && (lx(c, j - 1, TXC_FEW) != NOV)) {
        /* "every few years", "every several months" */
        dur_value(k->value, sizeof k->value, -1, u & 0xFF, 0);
        return j + 1;
    }
    int wd = lx(c, j, TXC_WEEKDAY);
    if (wd != NOV && q != 3) {
        int pod = lx(c, j + 1, TXC_POD);
        if (pod != NOV && pod <= TXP_NI && !c->t[j + 1].cap) {
            /* "every Saturday morning" */
            snprintf(k->value, sizeof k->value, "XXXX-WXX-%dT%s", wd % 10, tx_pod_name(pod));
            snprintf(k->freq, sizeof k->freq, "1W");
            return j + 2;
        }
        snprintf(k->value, sizeof k->value, "XXXX-WXX-%d", wd % 10);
        snprintf(k->freq, sizeof k->freq, "1W");
        return j + 1;
    }
    if (weq(c, j, "half") && lx(c, j + 1, TXC_UNIT) == TXU_HOUR) {
        snprintf(k->value, sizeof k->value, "PT30M");  /* "every half hour" */
        return j + 2;
    }
    int m, abbr, md;
    size_t me = q != 3 && c->t[j].cap ? month_at(c, j, &m, &abbr) : 0;
    size_t de = me ? mday_at(c, me, &md) : 0;
    if (de && md <= dl_days_in_month(2000, m)) {
        snprintf(k->value, sizeof k->value, "XXXX-%02d-%02d", m, md);  /* "every May 1",
                                                                      * "each Dec. 7" */
        return de;
    }
    if (me && !abbr) {
        snprintf(k->value, sizeof k->value, "XXXX-%02d", m);
        return j + 1;
    }
    int hv = lx(c, j, TXC_HOLIDAY);
    if (hv != NOV && q != 3 && c->t[j].cap && hv % 100 <= 31) {
        int eve = weq(c, j + 1, "eve");  /* "every Christmas", "every Christmas Eve" */
        snprintf(k->value, sizeof k->value, "XXXX-%02d-%02d", hv / 100, hv % 100 - eve);
        return j + 1 + (weq(c, j + 1, "day") || eve);
    }
    int se = lx(c, j, TXC_SEASON);
    if (se != NOV && q != 3) {
        static const char *const sn[] = {"", "SP", "SU", "FA", "WI"};
        snprintf(k->value, sizeof k->value, "XXXX-%s", sn[se]);
        return j + 1;
    }
    int pod = lx(c, j, TXC_POD);
    if (pod != NOV && pod <= TXP_NI && q != 3) {
        snprintf(k->value, sizeof k->value, "XXXX-XX-XXT%s", tx_pod_name(pod));
        return j + 1;
    }
    return 0;
}

/* "twice a week", "three times a year", "once a month": SET with freq. */
static size_t r_freq(const tx_ctx *c, size_t i, tx_cand *k)
{
    long n;
    size_t j;
    if (weq(c, i, "once")) {
        n = 1;
        j = i + 1;
    } else if (weq(c, i, "twice")) {
        n = 2;
        j = i + 1;
    } else {
        j = count_at(c, i, &n);
        if (!j || !weq(c, j, "times"))
            return 0;
        j++;
    }
    int adv = lx(c, j, TXC_SETADV);
    if (adv != NOV && adv > 0) {  /* "twice daily", "three times weekly" */
        lit(k, DL_TX_SET, "");
        dur_value(k->value, sizeof k->value, 1, adv, 0);
        snprintf(k->freq, sizeof k->freq, "%ldX", n);
        return j + 1;
    }
    if (!(weq(c, j, "a") || weq(c, j, "an") || weq(c, j, "per") || weq(c, j, "every") ||
          weq(c, j, "each")))
        return 0;
    int u = lx(c, j + 1, TXC_UNIT);
    if (u == NOV || (u & TXU_PLURAL))
        return 0;
    lit(k, DL_TX_SET, "");
    dur_value(k->value, sizeof k->value, 1, u & 0xFF, 0);
    snprintf(k->freq, sizeof k->freq, "%ldX", n);
    return j + 2;
}

/* ---- rules: clock times ------------------------------------------------ */

/* "a.m." / "p.m." / "am" / "pm" at i: returns the index after, *pm set; or 0. */
static size_t ampm_at(const tx_ctx *c, size_t i, int *pm)
{
    if ((weq(c, i, "a") || weq(c, i, "p")) && pch(c, i + 1, '.') && adj(c, i + 1) &&
        weq(c, i + 2, "m") && adj(c, i + 2)) {
        *pm = weq(c, i, "p");
        size_t j = i + 3;
        if (pch(c, j, '.') && adj(c, j) && !(j + 1 >= c->n || c->t[j + 1].sent))
            j++;
        return j;
    }
    if (weq(c, i, "am") || weq(c, i, "pm")) {
        if (weq(c, i, "am") && !adj(c, i) && c->t[i].cap != 2 && !pch(c, i + 1, '.') &&
            !pch(c, i + 1, ','))
            return 0;  /* "I am" */
        *pm = weq(c, i, "pm");
        return i + 1;
    }
    return 0;
}

/* A time zone at i: "EST", "GMT", "UTC", or the short US forms "ET", "PT",
 * "CT", "MT" when written in capitals (lower case they are other words). */
static int tz_at(const tx_ctx *c, size_t i)
{
    if (lx(c, i, TXC_TZ) != NOV)
        return 1;
    return i < c->n && c->t[i].cap == 2 &&
           (weq(c, i, "et") || weq(c, i, "pt") || weq(c, i, "ct") || weq(c, i, "mt"));
}

/* The hour of a clock time read without "a.m." or "p.m." in a part of the
 * day: "3 o'clock this afternoon" is 15:00, "10:30 last night" 22:30,
 * "2 in the morning" stays 2:00. */
static int pod_hour(int hh, int pod)
{
    if (pod == TXP_AF || pod == TXP_EV)
        return hh < 12 ? hh + 12 : hh;
    if (pod == TXP_NI)
        return hh >= 6 && hh < 12 ? hh + 12 : hh == 12 ? 0 : hh;
    if (pod == TXP_MO)
        return hh == 12 ? 0 : hh;  /* "12:01 this morning": a minute after midnight */
    return hh;
}

/* The afternoon, evening or night that the sentence around token i
 * speaks of ("this evening", "late this afternoon", "tonight", "that
 * night", "last night"), as a tx_pod; 0 when none, or when it also speaks
 * of a morning. */
static int evening_in_sentence(const tx_ctx *c, size_t i)
{
    size_t b = i, e = i;
    while (b > 0 && i - b < 20 && !c->t[b].sent)
        b--;
    while (e + 1 < c->n && e - i < 20 && !c->t[e + 1].sent)
        e++;
    int found = 0;
    for (size_t t = b; t <= e; t++) {
        if (weq(c, t, "tonight")) {
            found = found ? found : TXP_NI;
            continue;
        }
        int p = lx(c, t, TXC_POD);
        if (p == NOV || t == 0 || t == i)
            continue;
        if (p == TXP_MO)
            return 0;  /* "at seven this morning ... by eleven": a morning */
        if ((p == TXP_AF || p == TXP_EV || p == TXP_NI) &&
            (weq(c, t - 1, "this") || weq(c, t - 1, "that") ||
             (weq(c, t - 1, "last") && p == TXP_NI)))
            found = found ? found : p;
    }
    return found;
}

/* "this morning", "this evening", "last night", "tonight" at i: the index
 * after, *pod set; or 0. */
static size_t day_pod_at(const tx_ctx *c, size_t i, int *pod)
{
    int p = lx(c, i + 1, TXC_POD);
    if (weq(c, i, "this") && p != NOV && p <= TXP_NI) {
        *pod = p;
        return i + 2;
    }
    if (weq(c, i, "last") && weq(c, i + 1, "night")) {
        *pod = TXP_NI;
        return i + 2;
    }
    if (weq(c, i, "tonight")) {
        *pod = TXP_NI;
        return i + 1;
    }
    return 0;
}

/* A clock time written with a stop, "2.46" or "10.30", at i (one decimal
 * token: an hour of 1-12, two digits of minutes); 1 and *hh, *mi set. */
static int dotted_clock(const tx_ctx *c, size_t i, int *hh, int *mi)
{
    if (i >= c->n || c->t[i].kind != TT_NUM || c->t[i].nf != NF_DEC)
        return 0;
    const char *p = c->s + c->t[i].s;
    size_t n = c->t[i].e - c->t[i].s;
    if (n < 4 || n > 5 || p[n - 3] != '.')
        return 0;
    int h = n == 5 ? (p[0] - '0') * 10 + (p[1] - '0') : p[0] - '0';
    int m = (p[n - 2] - '0') * 10 + (p[n - 1] - '0');
    if (h < 1 || h > 12 || m > 59)
        return 0;
    *hh = h;
    *mi = m;
    return 1;
}

/* "in the morning", "in the afternoon", "in the evening" at i: the index
 * after, *pod set; or 0. */
static size_t in_the_pod(const tx_ctx *c, size_t i, int *pod)
{
    int p = lx(c, i + 2, TXC_POD);
    if (!weq(c, i, "in") || !weq(c, i + 1, "the") || p == NOV || p > TXP_EV)
        return 0;
    *pod = p;
    return i + 3;
}

/* 1 when "overnight" at i is an adverb ("fled overnight.", "plunged
 * overnight to record lows", "Overnight, crews ..."), not an adjective
 * ("overnight rates", "an overnight stay"). */
static int overnight_adverb(const tx_ctx *c, size_t i)
{
    static const char *const det[] = {"a", "an", "the", "its", "their", "his", "her"};
    static const char *const next[] = {"to", "in", "on", "at", "and", "but", "with", "as",
                                       "after", "before", "from", "into", "when", "while",
                                       "so", "because", "until", "amid", "near", "or",
                                       "for", "by", "under", "despite"};
    if (i > 0 && WORD_IN(c, i - 1, det))
        return 0;
    if ((weq(c, i + 1, "on") || weq(c, i + 1, "into") || weq(c, i + 1, "from")) &&
        (lx(c, i + 2, TXC_WEEKDAY) != NOV || lx(c, i + 2, TXC_RELDAY) != NOV ||
         lx(c, i + 2, TXC_MONTH) != NOV))
        return 0;  /* "overnight on Sunday": the day says when */
    return i + 1 >= c->n || c->t[i + 1].sent || c->t[i + 1].kind == TT_PUNCT ||
           WORD_IN(c, i + 1, next) || lx(c, i + 1, TXC_WEEKDAY) != NOV ||
           lx(c, i + 1, TXC_RELDAY) != NOV;
}

static const char *const clock_preps[] = {"at", "around", "about", "by", "until", "till",
                                          "before", "after", "from", "since", "to"};

/* The hour of a clock time written out at i: "eight", "11", "noon" (12),
 * "midnight" (24); 1-12 or 24, or -1. */
static int hour_word(const tx_ctx *c, size_t i)
{
    if (isnum(c, i) && c->t[i].ndig <= 2 && c->t[i].num >= 1 && c->t[i].num <= 12)
        return (int)c->t[i].num;
    int p = lx(c, i, TXC_POD);
    if (p == TXP_NOON || p == TXP_MIDNIGHT)
        return p == TXP_NOON ? 12 : 24;
    int v = lx(c, i, TXC_NUMWORD);
    if (v >= 1 && v <= 12 && !weq(c, i, "a") && !weq(c, i, "an") && !weq(c, i, "dozen"))
        return v;
    return -1;
}

/* A clock time at i without a colon: a bare hour, "8" or "eight" (before
 * "o'clock", "p.m." or a part of the day, which the caller checks), or in
 * words, "half past eight", "a quarter to
 * midnight", "twenty past nine", "ten minutes to six". The index after
 * the hour, *hh and *mi set; or 0. The forms with "to" and with a count
 * of minutes need a clock preposition before them ("at ten to one"), as
 * "five to ten years" and "ten past the post" are no times. */
static size_t spelled_clock(const tx_ctx *c, size_t i, int *hh, int *mi)
{
    size_t j = i;
    int m = -1, prep = i > 0 && WORD_IN(c, i - 1, clock_preps);
    long v;
    if (!isnum(c, i) && lx(c, i, TXC_POD) == NOV) {
        /* "eleven-thirty", "five fifteen", "eight forty-five": the hour in
         * words, then its minutes in words */
        int h = hour_word(c, i);
        size_t q = i + 1;
        if (pch(c, q, '-') && adj(c, q) && adj(c, q + 1))
            q++;
        int mv = lx(c, q, TXC_NUMWORD);
        size_t mq = q + 1;
        if ((mv == 40 || mv == 20 || mv == 50) && pch(c, q + 1, '-') && adj(c, q + 1) &&
            adj(c, q + 2) && lx(c, q + 2, TXC_NUMWORD) >= 1 && lx(c, q + 2, TXC_NUMWORD) <= 9) {
            mv += lx(c, q + 2, TXC_NUMWORD);  /* "forty-five" */
            mq = q + 3;
        }
        if (h >= 1 && h <= 12 && q > i && !(c->t[q].sp & SP_BREAK) &&
            (mv == 15 || mv == 30 || mv == 45 || mv == 20 || mv == 40 || mv == 50 ||
             mv == 10) &&
            !pch(c, mq, '-') && !pch(c, mq, '%') &&
            !(mq < c->n && c->t[mq].kind == TT_WORD && !c->t[mq].cap &&
              !WORD_IN(c, mq, clause_words) && !weq(c, mq, "local") &&
              !weq(c, mq, "here") && !weq(c, mq, "sharp") && !weq(c, mq, "this") &&
              !weq(c, mq, "that") && !weq(c, mq, "last") && lx(c, mq, TXC_POD) == NOV &&
              lx(c, mq, TXC_RELDAY) == NOV && lx(c, mq, TXC_WEEKDAY) == NOV &&
              !ampm_at(c, mq, &(int){0}))) {
            /* (not "won by five thirty points", "five thirty-year bonds") */
            *hh = h;
            *mi = mv;
            return mq;
        }
    }
    if (weq(c, j, "half") && weq(c, j + 1, "past")) {
        m = 30;
    } else if ((weq(c, j, "a") && weq(c, j + 1, "quarter")) || weq(c, j, "quarter")) {
        j += weq(c, j, "a");
        m = 15;
    } else if (prep && lx(c, j, TXC_NUMWORD) != NOV && !weq(c, j, "a") && !weq(c, j, "an") &&
               (j = count_at(c, j, &v)) > i && v >= 1 && v <= 29) {
        m = (int)v;
        j--;
        if (weq(c, j + 1, "minutes") || (v == 1 && weq(c, j + 1, "minute")))
            j++;
    }
    int to = weq(c, j + 1, "to") || weq(c, j + 1, "before");
    if (to && i > 0 && (weq(c, i - 1, "from") || weq(c, i - 1, "between")))
        m = -1;  /* "from eight to noon", "from nine to five": a range, not "ten to six" */
    if (m < 0 || (!to && !weq(c, j + 1, "past") && !weq(c, j + 1, "after"))) {
        int h = hour_word(c, i);  /* "eight", for "o'clock" or "p.m." after it */
        if (h < 1 || h > 12 || lx(c, i, TXC_POD) != NOV)
            return 0;
        *hh = h;
        *mi = 0;
        return i + 1;
    }
    if (to && !prep)
        return 0;
    int h = hour_word(c, j + 2);
    if (h < 0 || lx(c, j + 3, TXC_UNIT) != NOV || pch(c, j + 3, '%'))
        return 0;
    if (to) {
        *hh = h == 1 ? 12 : h - 1;
        *mi = 60 - m;
    } else {
        *hh = h == 24 ? 0 : h;
        *mi = m;
    }
    return j + 3;
}

/* 1 when the number word at i starts a clock time: "eight o'clock", "seven
 * p.m.", "twenty past nine" (a number is core anyway, a word is not). */
static int clock_word(const tx_ctx *c, size_t i)
{
    int hh, mi, pm;
    size_t e = spelled_clock(c, i, &hh, &mi);
    return e > i + 1 || (e && ((weq(c, e, "o") && pch(c, e + 1, '\'') && weq(c, e + 2, "clock")) ||
                               ampm_at(c, e, &pm)));
}

/* 1 when the bare hour at i (ending at e) after a clock preposition has
 * its day and part of day beside it: "around 9 Tuesday night", "at about 3
 * Sunday morning", "Friday night at about 11" (a bare number needs both to
 * be a clock time). */
static int bare_hour_day(const tx_ctx *c, size_t i, size_t e)
{
    size_t p = i - 1;
    if ((weq(c, p, "about") || weq(c, p, "around")) && p > 0 && weq(c, p - 1, "at"))
        p--;
    if (!WORD_IN(c, p, clock_preps) || weq(c, p, "to") || weq(c, p, "from"))
        return 0;
    if (p > 0 && lx(c, p - 1, TXC_POD) != NOV && lx(c, p - 1, TXC_POD) <= TXP_NI &&
        (e >= c->n || c->t[e].sent || c->t[e].kind == TT_PUNCT))
        return 1;  /* "Friday night at about 11." */
    int wd = lx(c, e, TXC_WEEKDAY);
    int pod = lx(c, e + 1, TXC_POD);
    return wd != NOV && wd >= 1 && wd <= 7 && pod != NOV && pod <= TXP_NI;
}

/* "5 p.m.", "10:30 a.m. EST", "14:30 GMT", "noon", "midnight", "5 p.m. Nov. 9",
 * "noon Saturday", "10 p.m. Wednesday". */
static size_t r_time(const tx_ctx *c, size_t i, tx_cand *k)
{
    int hh = -1, mi = 0, ss = -1, pm = -1;
    size_t j = 0;
    int pod = lx(c, i, TXC_POD);
    if ((pod == TXP_MIDNIGHT || pod == TXP_NOON) && c->t[i].cap && !sent_start(c, i) &&
        i + 1 < c->n && c->t[i + 1].kind == TT_WORD && c->t[i + 1].cap && !c->t[i + 1].lx)
        return 0;  /* "the album Midnight Memories", "High Noon Saloon": a name */
    int dp0;
    tx_cand d0;
    tx_cand_init(&d0);
    if (weq(c, i, "overnight") && overnight_adverb(c, i) && !r_weekday(c, i + 1, &d0) &&
        !r_relday(c, i + 1, &d0) && !day_pod_at(c, i + 1, &dp0)) {
        /* "fled the capital overnight": the night before the article, or
         * the coming one ("results are expected overnight") */
        k->kind = TXK_RELDAY;
        k->n = 0;
        k->dir = 2;
        k->from = TXA_DCT;
        k->pod = TXP_NI;
        k->type = DL_TX_TIME;
        return i + 1;  /* "overnight Tuesday" is below */
    }
    if (pod != NOV && pod <= TXP_NI && i + 1 < c->n) {
        /* "mid-afternoon yesterday", "late Tuesday night" is elsewhere */
        tx_cand d;
        tx_cand_init(&d);
        size_t de = r_relday(c, i + 1, &d);
        if (!de)
            de = r_weekday(c, i + 1, &d);
        if (de && !d.pod && (d.kind == TXK_RELDAY || d.kind == TXK_WEEKDAY)) {
            *k = d;
            k->pod = pod;
            k->type = DL_TX_TIME;
            return de;
        }
        if (weq(c, i, "midmorning") || weq(c, i, "midafternoon")) {
            k->kind = TXK_RELDAY;  /* "by midafternoon": as "mid-afternoon" */
            k->type = DL_TX_TIME;
            k->pod = pod;
            k->from = TXA_PREV;
            k->mod = TXM_MID;
            return i + 1;
        }
        return 0;
    }
    if (pod == TXP_NOON || pod == TXP_MIDNIGHT) {
        hh = pod == TXP_NOON ? 12 : 24;
        j = i + 1;
    } else if (isnum(c, i) && c->t[i].ndig == 4 && tz_at(c, i + 1) &&
               c->t[i].num / 100 <= 23 && c->t[i].num % 100 <= 59) {
        /* "1700 GMT": military time */
        hh = (int)c->t[i].num / 100;
        mi = (int)c->t[i].num % 100;
        j = i + 2;
    } else if (isnum(c, i) && c->t[i].ndig == 4 && i > 0 && weq(c, i - 1, "at") &&
               c->t[i].num / 100 <= 23 && c->t[i].num % 100 <= 59 &&
               ((weq(c, i + 1, "local") && weq(c, i + 2, "time")) || weq(c, i + 1, "hours"))) {
        /* "at 1700 local time", "at 1800 hours" */
        hh = (int)c->t[i].num / 100;
        mi = (int)c->t[i].num % 100;
        j = i + (weq(c, i + 1, "hours") ? 2 : 1);
    } else {
        size_t e = clock_at(c, i, &hh, &mi, &ss);
        int dotted = 0, dpm;
        if (!e && dotted_clock(c, i, &hh, &mi) &&
            (ampm_at(c, i + 1, &dpm) ||
             (i > 0 && WORD_IN(c, i - 1, clock_preps) &&
              (day_pod_at(c, i + 1, &(int){0}) || in_the_pod(c, i + 1, &(int){0}))))) {
            e = i + 1;  /* "2.46 pm", "10.30am", "at 7.45 tonight": British clock times */
            dotted = 1;
        }
        if (!e && (e = spelled_clock(c, i, &hh, &mi)) > i + 1)
            dotted = 1;  /* "half past eight": no bare number */
        if (!e)
            return 0;  /* not even a bare hour, "8" or "eight" */
        if (e == i + 1 && c->t[i].kind == TT_WORD && i >= 2 && weq(c, i - 1, "to") &&
            (hour_word(c, i - 2) > 0 || isnum(c, i - 2)) &&
            !(i >= 3 && WORD_IN(c, i - 3, clock_preps)))
            return 0;  /* "beat Orlando three to one last night": a score */
        size_t a = ampm_at(c, e, &pm);
        int h2, m2, s2, pm2;
        size_t e2;
        if (!a && e == i + 1 && !dotted && hh >= 1 && hh <= 12 && i > 0 &&
            (weq(c, i - 1, "from") || weq(c, i - 1, "between")) &&
            (weq(c, e, "to") || weq(c, e, "and") || weq(c, e, "until") || weq(c, e, "till") ||
             (pch(c, e, '-') && adj(c, e) && adj(c, e + 1))) &&
            ((e2 = clock_at(c, e + 1, &h2, &m2, &s2)) ||
             (e2 = spelled_clock(c, e + 1, &h2, &m2))) && ampm_at(c, e2, &pm2) && h2 >= 1 &&
            h2 <= 12) {
            /* "from 4 to 7 p.m.", "between 1 and 3 a.m.": the start takes the
             * end's half of the day, or the other one when it would not come
             * first ("from 11 to 2 p.m.": 11 a.m.) */
            int end = h2 % 12 + (pm2 ? 12 : 0), start = hh % 12 + (pm2 ? 12 : 0);
            if (start >= end && pm2)
                start -= 12;
            if (start >= end)
                return 0;  /* "from 10 to 2 a.m.": across midnight, left alone */
            hh = start;
            pm = 1;  /* the half is known: no part of day changes it */
            j = e;
            goto clock_known;
        }
        if (a) {
            if (hh > 12 || hh == 0)
                return 0;
            if (pm && hh < 12)
                hh += 12;
            if (!pm && hh == 12)
                hh = 0;
            e = a;
        } else if (weq(c, e, "o") && pch(c, e + 1, '\'') && weq(c, e + 2, "clock")) {
            e += 3;
        } else if (i > 0 && WORD_IN(c, i - 1, clock_preps) &&
                   (day_pod_at(c, e, &(int){0}) || in_the_pod(c, e, &(int){0}))) {
            /* "at 9 this morning", "around 8 tonight", "at 2 in the morning" */
        } else if (e == i + 1 && !dotted && hh >= 1 && hh <= 12 && bare_hour_day(c, i, e)) {
            /* "around 9 Tuesday night", "Friday night at about 11" */
        } else if ((e == i + 1 && !dotted) ||
                   (!weq(c, i - (i > 0), "at") && !tz_at(c, e) &&
                    !(e > i + 1 && i > 0 && (WORD_IN(c, i - 1, clock_preps) ||
                                             weq(c, i - 1, "between") ||
                                             weq(c, i - 1, "approximately") ||
                                             ((weq(c, i - 1, "and") || weq(c, i - 1, "to")) &&
                                              i >= 4 && pch(c, i - 3, ':') &&
                                              isnum(c, i - 2) && isnum(c, i - 4)))))) {
            /* ... and "between 21:00 and 22:00" */
            return 0;  /* a bare number; "10:30" needs "at", "from", "until" ... */
        }
        j = e;
        if (tz_at(c, j))
            j++;
    }
clock_known:;
    int dp = 0, half_known = pm >= 0 || hh == 0 || hh >= 12 ||
                             (isnum(c, i) && c->s[c->t[i].s] == '0');
    size_t pe;
    /* "6 o'clock this morning", "9 p.m. last night", "8 tonight": today's or yesterday's */
    if ((pe = day_pod_at(c, j, &dp))) {
        k->kind = TXK_RELDAY;
        k->n = weq(c, j, "last") ? -1 : 0;
        k->from = TXA_DCT;
        k->type = DL_TX_TIME;
        k->hh = pm < 0 ? pod_hour(hh, dp) : hh;
        k->mi = mi;
        k->ss = ss;
        return pe;
    }
    /* "4 in the afternoon", "2 in the morning": on the day last named */
    if (pm < 0 && (pe = in_the_pod(c, j, &dp))) {
        hh = pod_hour(hh, dp);
        half_known = 1;
        j = pe;
    }
    /* "Tuesday evening at 7:45", "Friday night at about 11": the part of day
     * just before gives the half */
    size_t at = i >= 2 && (weq(c, i - 1, "about") || weq(c, i - 1, "around")) ? i - 2 : i - 1;
    if (pm < 0 && !dp && hh < 12 && at >= 1 && i >= 2 && weq(c, at, "at")) {
        int p = lx(c, at - 1, TXC_POD);
        if (p != NOV && p <= TXP_NI)
            hh = pod_hour(hh, p), half_known = 1;
    }
    /* "this evening, just after eight o'clock", "polls close at seven
     * o'clock tonight ... ": an hour that does not say its half takes the
     * afternoon or evening the sentence speaks of */
    if (pm < 0 && !dp && hh >= 1 && hh < 12 && !half_known) {
        int p = evening_in_sentence(c, i);
        if (p)
            hh = pod_hour(hh, p), half_known = 1;
    }
    /* "at 5 o'clock on Friday afternoon": the part of day just after */
    if (pm < 0 && !dp && hh < 12 && weq(c, j, "on")) {
        tx_cand od;
        tx_cand_init(&od);
        if ((r_weekday(c, j + 1, &od) || r_relday(c, j + 1, &od)) && od.pod &&
            od.pod <= TXP_NI)
            hh = pod_hour(hh, od.pod), half_known = 1;
    }
    /* a day after the time: "5 p.m. Friday", "2 o'clock Saturday afternoon" */
    size_t dj = j;
    if (pch(c, dj, ','))
        dj++;
    tx_cand d;
    tx_cand_init(&d);
    size_t de = 0;
    if (!(de = r_weekday(c, dj, &d)) && !(de = r_relday(c, dj, &d)) &&
        !(de = r_month(c, dj, &d)))
        de = 0;
    if (de && (d.kind == TXK_WEEKDAY || d.kind == TXK_RELDAY || d.d > 0) &&
        (d.pod == 0 || (!dp && d.pod <= TXP_NI && d.kind != TXK_ABS))) {
        if (d.pod && pm < 0)
            hh = pod_hour(hh, d.pod), half_known = 1;
        *k = d;
        k->pod = k->pod_date = 0;
        j = de;
    } else {
        k->kind = TXK_RELDAY;  /* a bare clock time: on the day last named */
        k->n = 0;
        k->from = TXA_PREV;
        /* "5:20 a.m.", "06:00", with no day of its own after it */
        k->small_hours = hh < 10 && (pm == 0 || (pm < 0 && isnum(c, i) && c->s[c->t[i].s] == '0')) &&
                         !weq(c, j, "the") && !weq(c, j, "on");
    }
    k->type = DL_TX_TIME;
    k->hh = hh;
    k->mi = mi;
    k->ss = ss;
    k->half_open = !half_known;
    return j;
}

/* "at dawn", "by nightfall on Sunday", "at first light": a part of the day
 * in focus; "through the night", "into the night"; "the night before",
 * "the previous evening": of the day before it. */
static size_t r_daylight(const tx_ctx *c, size_t i, tx_cand *k)
{
    static const char *const preps[] = {"at", "before", "after", "by", "until", "till",
                                        "from", "since", "around", "toward", "towards",
                                        "near", "past", "to"};
    int pod = lx(c, i, TXC_DAYLIGHT);
    size_t e = i + 1;
    if (pod == NOV && weq(c, i, "first") && weq(c, i + 1, "light")) {
        pod = TXP_MO;
        e = i + 2;
    }
    if (pod != NOV) {
        if (i == 0 || !WORD_IN(c, i - 1, preps) || (e < c->n && c->t[e].kind == TT_WORD &&
                                                     !WORD_IN(c, e, clause_words) &&
                                                     !weq(c, e, "local")))
            return 0;  /* "a new dawn", "the sunset clause" */
        tx_cand d;
        tx_cand_init(&d);
        size_t de = weq(c, e, "on") ? e + 1 : e;
        int on_day = r_weekday(c, de, &d) && d.kind == TXK_WEEKDAY && !d.pod;
        if (!on_day)
            on_day = day_date_at(c, de, &d) > 0;
        if (on_day) {
            *k = d;  /* "at nightfall on Sunday", "at dawn on June 6, 1944": that
                      * day's (the day is its own expression) */
        } else {
            k->kind = TXK_RELDAY;
            k->n = 0;
            k->from = TXA_PREV;
        }
        k->pod = pod;
        k->type = DL_TX_TIME;
        return e;
    }
    /* "the night before", "the evening before", "the previous evening" */
    size_t j = i;
    if (!weq(c, j, "the"))
        return 0;
    j++;
    int prev = weq(c, j, "previous") || weq(c, j, "preceding");
    if (prev)
        j++;
    pod = lx(c, j, TXC_POD);
    if (pod == NOV || pod < TXP_MO || pod > TXP_NI || weq(c, j, "overnight"))
        return 0;
    if (!prev && !(weq(c, j + 1, "before") &&
                   (j + 2 >= c->n || c->t[j + 2].kind == TT_PUNCT || c->t[j + 2].sent ||
                    WORD_IN(c, j + 2, clause_words))))
        return 0;  /* not "the night before the vote", which the event anchors */
    k->kind = TXK_RELDAY;
    k->n = -1;
    k->from = TXA_PREV;
    k->pod = pod;
    k->type = DL_TX_TIME;
    return prev ? j + 1 : j + 2;
}

/* "later in the day", "earlier in the week", "later that day", "later today". */
static size_t r_inthe(const tx_ctx *c, size_t i, tx_cand *k)
{
    if (!weq(c, i, "later") && !weq(c, i, "earlier"))
        return 0;
    size_t j = i + 1;
    int from = TXA_DCT;
    if (weq(c, j, "in") && weq(c, j + 1, "the")) {
        j += 2;
    } else if (weq(c, j, "that")) {
        from = TXA_PREV;
        j++;
    } else {
        return 0;
    }
    int u = lx(c, j, TXC_UNIT);
    if (u != TXU_DAY && u != TXU_WEEK && u != TXU_MONTH && u != TXU_YEAR)
        return 0;
    k->kind = TXK_RELUNIT;
    k->unit = u;
    k->n = 0;
    k->from = from;
    k->mod = weq(c, i, "later") ? TXM_END : TXM_START;
    return j + 1;
}

/* ---- wrappers ---------------------------------------------------------- */

typedef size_t (*tx_rule)(const tx_ctx *, size_t, tx_cand *);

/* The core rules, tried in this order; the longest match wins. */
/* "two summers ago", "three winters ago": that season, so many back from
 * the last one gone (not the one under way). */
static size_t r_seasons_ago(const tx_ctx *c, size_t i, tx_cand *k)
{
    long n;
    size_t j = count_at(c, i, &n);
    if (!j || n < 1 || n > 50 || !weq(c, j + 1, "ago") || lx(c, j, TXC_SEASONS) == NOV)
        return 0;
    k->season = lx(c, j, TXC_SEASONS);
    k->dir = -1;
    k->strict = 1;
    k->n = (int)n - 1;  /* further years back (resolve_abs) */
    return j + 2;
}

static const tx_rule core_rules[] = {
    r_numeric, r_month, r_daymonth, r_mday, r_that, r_weekday, r_nth_weekday, r_era_year,
    r_week_of_month, r_ordinal_day, r_midcentury, r_relday,
    r_holiday, r_quarter,
    r_yearago_adj, r_dir, r_century, r_year, r_spelled_year, r_season, r_time,
    r_duration, r_set, r_freq, r_ref, r_inthe, r_daylight, r_bare_units, r_the_unit, r_decword,
    r_qnotation, r_quarter_span, r_decade_of, r_turn_of, r_seasons_ago,
};

/* Longest core match at i (0 when none). */
static size_t match_core(const tx_ctx *c, size_t i, tx_cand *best)
{
    size_t bend = 0;
    for (size_t r = 0; r < sizeof core_rules / sizeof core_rules[0]; r++) {
        tx_cand k;
        tx_cand_init(&k);
        size_t e = core_rules[r](c, i, &k);
        if (e > bend) {
            bend = e;
            *best = k;
        }
    }
    return bend;
}

/* Position modifiers: "early December", "late last year", "mid-1990s",
 * "the end of 1990", "the beginning of October", "earlier this year". */
static size_t match_posmod(const tx_ctx *c, size_t i, tx_cand *k)
{
    size_t j = i;
    int the = weq(c, j, "the");
    if (the)
        j++;
    /* "the final months of 2012", "the first weeks of the war's second year",
     * "the closing days of 1989": the start or end of what follows */
    if (the && (weq(c, j, "first") || weq(c, j, "last") || weq(c, j, "final") ||
                weq(c, j, "closing") || weq(c, j, "opening") || weq(c, j, "early") ||
                weq(c, j, "dying"))) {
        int u = lx(c, j + 1, TXC_UNIT);
        if (u != NOV && (u & TXU_PLURAL) && weq(c, j + 2, "of")) {
            tx_cand core;
            tx_cand_init(&core);
            size_t e = match_core(c, j + 3, &core);
            if (e && core.kind == TXK_ABS && core.type == DL_TX_DATE &&
                ((u & 0xFF) < (core.d > 0 ? TXU_DAY : core.m > 0 ? TXU_MONTH : TXU_YEAR))) {
                *k = core;
                k->mod = weq(c, j, "first") || weq(c, j, "opening") || weq(c, j, "early")
                             ? TXM_START : TXM_END;
                return e;
            }
        }
    }
    /* "the last day of May", "the first day of March 2012" */
    if (the && (weq(c, j, "first") || weq(c, j, "last") || weq(c, j, "final")) &&
        lx(c, j + 1, TXC_UNIT) == TXU_DAY && weq(c, j + 2, "of")) {
        tx_cand core;
        tx_cand_init(&core);
        size_t e = match_core(c, j + 3, &core);
        if (e && core.kind == TXK_ABS && core.m > 0 && core.d < 0 && core.season < 0 &&
            core.quarter < 0) {
            *k = core;
            k->d = 1;
            if (!weq(c, j, "first"))
                k->doff = TX_DOFF_LAST;
            return e;
        }
    }
    /* "the first three months of the year", "the final six months of 2011":
     * the quarter or half they make */
    long nm;
    if (the && (weq(c, j, "first") || weq(c, j, "last") || weq(c, j, "final")) &&
        count_at(c, j + 1, &nm) == j + 2 && (nm == 3 || nm == 6) &&
        lx(c, j + 2, TXC_UNIT) == (TXU_MONTH | TXU_PLURAL) && weq(c, j + 3, "of")) {
        tx_cand core;
        tx_cand_init(&core);
        size_t e = match_core(c, j + 4, &core);
        if (e && ((core.kind == TXK_ABS && core.y >= 0 && core.m < 0 && core.season < 0 &&
                   core.quarter < 0 && core.half < 0 && core.decade < 0 && core.century < 0) ||
                  (core.kind == TXK_RELUNIT && core.unit == TXU_YEAR))) {
            *k = core;
            int part = weq(c, j, "first") ? 1 : nm == 3 ? 4 : 2;
            if (core.kind == TXK_RELUNIT) {  /* "of the year", "of last year" */
                k->kind = TXK_ABS;
                k->y = -1;
                k->yoff = core.n;
                k->has_yoff = 1;
                k->from = core.from;
            }
            if (nm == 3)
                k->quarter = part;
            else
                k->half = part;
            return e;
        }
    }
    int pm = lx(c, j, TXC_POSMOD);
    if (pm == NOV)
        return 0;
    int needs_of = weq(c, c->t[j].kind == TT_WORD ? j : j, "end") || weq(c, j, "beginning") ||
                   weq(c, j, "start") || weq(c, j, "middle") || weq(c, j, "dawn");
    int earlier = weq(c, j, "earlier") || weq(c, j, "later");
    if (needs_of && !the && !weq(c, j, "end"))
        return 0;
    if (!needs_of && the && earlier)
        return 0;
    j++;
    if (needs_of && !the && weq(c, j - 1, "end") && pch(c, j, '-') && adj(c, j) &&
        adj(c, j + 1)) {
        j++;  /* "by end-2013" */
    } else if (needs_of) {
        if (!weq(c, j, "of"))
            return 0;
        j++;
    } else {
        size_t h = hyph(c, j);
        if (h == j && weq(c, j - 1, "mid") && !(j < c->n && c->t[j].kind == TT_WORD))
            return 0;
        j = h;
        if (weq(c, j, "in") && !earlier && weq(c, j + 1, "the"))
            j++;  /* "late in the year" */
    }
    tx_cand core;
    tx_cand_init(&core);
    size_t e = match_core(c, j, &core);
    int pod = lx(c, j, TXC_POD);
    if (!e && pod != NOV && pod <= TXP_NI && !earlier) {
        /* "mid afternoon", "late in the evening": that part of the day */
        core.kind = TXK_RELDAY;
        core.type = DL_TX_TIME;
        core.pod = pod;
        core.from = TXA_PREV;
        e = j + 1;
    }
    if (!e)
        return 0;
    if (core.kind == TXK_LITERAL || core.type == DL_TX_DURATION)
        return 0;
    /* "earlier this year", "later this afternoon" are in; "later today",
     * "earlier Sunday", "earlier this week" leave the adverb out */
    if (earlier && !(core.kind == TXK_RELUNIT && core.unit != TXU_WEEK) &&
        !(core.kind == TXK_RELDAY && core.pod))
        return 0;
    *k = core;
    if (!earlier || core.kind == TXK_WEEKDAY)
        k->mod = pm;
    return e;
}

/* "the year", "the month", "the week" after "end of"/"start of" only: handled
 * as "this" units.  "year-end", "year end", "the year's end"; "quarter-end",
 * "month-end". */
static size_t match_yearend(const tx_ctx *c, size_t i, tx_cand *k)
{
    size_t j = i;
    if (weq(c, j, "the"))
        j++;
    int unit = weq(c, j, "year") ? TXU_YEAR : weq(c, j, "quarter") ? TXU_QUARTER
             : weq(c, j, "month") ? TXU_MONTH : NOV;
    if (unit == NOV)
        return 0;
    size_t e;
    if (pch(c, j + 1, '-') && adj(c, j + 1) && weq(c, j + 2, "end") && adj(c, j + 2))
        e = j + 3;
    else if (unit != TXU_YEAR)
        return 0;
    else if (weq(c, j + 1, "end") && j == i)
        e = j + 2;
    else if (poss(c, j + 1) > j + 1 && weq(c, poss(c, j + 1), "end"))
        e = poss(c, j + 1) + 1;
    else
        return 0;
    k->kind = TXK_RELUNIT;
    k->unit = unit;
    k->n = 0;
    k->mod = TXM_END;
    k->strict = unit == TXU_YEAR ? 4 : 0;
    return e;
}

/* Hedges before durations and "ago" dates: "nearly four years", "more than
 * two hours", "at least the past 18 months", "about two weeks ago". */
static size_t match_approx(const tx_ctx *c, size_t i, tx_cand *k)
{
    size_t j = i;
    int mod = NOV;
    if ((weq(c, j, "more") || weq(c, j, "less") || weq(c, j, "fewer")) && weq(c, j + 1, "than")) {
        mod = weq(c, j, "more") ? TXM_MORE_THAN : TXM_LESS_THAN;
        j += 2;
    } else if (weq(c, j, "at") && (weq(c, j + 1, "least") || weq(c, j + 1, "most"))) {
        mod = weq(c, j + 1, "least") ? TXM_EQUAL_OR_MORE : TXM_EQUAL_OR_LESS;
        j += 2;
    } else if (weq(c, j, "no") && (weq(c, j + 1, "more") || weq(c, j + 1, "less")) &&
               weq(c, j + 2, "than")) {
        mod = weq(c, j + 1, "more") ? TXM_EQUAL_OR_LESS : TXM_EQUAL_OR_MORE;
        j += 3;
    } else if (weq(c, j, "up") && weq(c, j + 1, "to")) {
        mod = TXM_EQUAL_OR_LESS;
        j += 2;
    } else if ((weq(c, j, "well") || weq(c, j, "just") || weq(c, j, "slightly") ||
                (weq(c, j, "a") && weq(c, j + 1, "little"))) &&
               (weq(c, j + 1 + weq(c, j, "a"), "over") ||
                weq(c, j + 1 + weq(c, j, "a"), "under"))) {
        /* "well over a year", "just under two weeks" (a bare "over" is
         * "during": "over three years") */
        j += 1 + weq(c, j, "a");
        mod = weq(c, j, "over") ? TXM_MORE_THAN : TXM_LESS_THAN;
        j++;
    } else if (weq(c, j, "close") && weq(c, j + 1, "to")) {
        mod = TXM_APPROX;  /* "close to a decade" */
        j += 2;
    } else if (weq(c, j, "over") &&
               (weq(c, j + 1, "a") || weq(c, j + 1, "an") ||
                (j > 0 && (weq(c, j - 1, "for") || weq(c, j - 1, "in") ||
                           weq(c, j - 1, "after")) &&
                 (isnum(c, j + 1) || lx(c, j + 1, TXC_NUMWORD) != NOV)))) {
        mod = TXM_MORE_THAN;  /* "for over a year", "in over two decades" (a bare
                               * "over three years" stays "during") */
        j++;
    } else {
        mod = lx(c, j, TXC_APPROX);
        if (mod == NOV || weq(c, j, "more") || weq(c, j, "less") || weq(c, j, "least") ||
            weq(c, j, "most"))
            return 0;
        j++;
    }
    tx_cand core;
    tx_cand_init(&core);
    size_t e = match_core(c, j, &core);
    if (!e)
        return 0;
    int ok = core.type == DL_TX_DURATION ||
             (core.kind == TXK_RELUNIT && core.n != 0 &&
              (core.from != TXA_PREV ||  /* "more than three months later" (not "about") */
               !(weq(c, i, "about") || weq(c, i, "some") || weq(c, i, "approximately")))) ||
             (core.type == DL_TX_TIME && (weq(c, i, "about") || weq(c, i, "around"))) ||
             (core.kind == TXK_ABS && core.y >= 0 && core.m < 0 &&
              (weq(c, i, "about") || weq(c, i, "around") || weq(c, i, "circa"))) ||
             (core.kind == TXK_ABS && core.d > 0 && core.d <= 31 && core.m > 0 &&
              weq(c, i, "around"));  /* "around March 10" */
    if (!ok)
        return 0;
    *k = core;
    if (!k->mod)
        k->mod = mod;
    return e;
}

/* The best match starting at i: wrappers first, then the core rules. */
static size_t match_at(const tx_ctx *c, size_t i, tx_cand *k)
{
    size_t best = 0;
    tx_cand t;
    tx_cand_init(&t);
    size_t e = match_approx(c, i, &t);
    if (e > best) {
        best = e;
        *k = t;
    }
    tx_cand_init(&t);
    e = match_posmod(c, i, &t);
    if (e > best) {
        best = e;
        *k = t;
    }
    tx_cand_init(&t);
    e = match_yearend(c, i, &t);
    if (e > best) {
        best = e;
        *k = t;
    }
    tx_cand_init(&t);
    e = match_core(c, i, &t);
    if (e > best) {
        best = e;
        *k = t;
    }
    /* "The late-night show", "the morning news program": a part of the day
     * naming a kind of broadcast, not a time */
    static const char *const media[] = {"show", "shows", "news", "program", "programs",
                                        "programme", "host", "hosts", "edition", "editions",
                                        "newspaper", "paper", "anchor", "anchors", "slot",
                                        "talk", "television", "tv", "radio", "bulletin",
                                        "broadcast", "broadcasts", "lineup", "comedy"};
    if (best && lx(c, best - 1, TXC_POD) != NOV && WORD_IN(c, best, media)) {
        int wday = 0;  /* "the Sunday morning talk shows" are a day's */
        for (size_t t = i; t < best && !wday; t++)
            wday = lx(c, t, TXC_WEEKDAY) != NOV;
        if (!wday)
            return 0;
    }
    /* "the next year or so": the hedge is part of the expression */
    if (best && weq(c, best, "or") && weq(c, best + 1, "so") && k->type != DL_TX_SET) {
        best += 2;
        if (!k->mod)
            k->mod = TXM_APPROX;
    }
    /* "the quarter-to-quarter comparison", "year-over-year": a comparison, not a time */
    if (best && lx(c, best - 1, TXC_UNIT) != NOV && pch(c, best, '-') && adj(c, best) &&
        (weq(c, best + 1, "to") || weq(c, best + 1, "over") || weq(c, best + 1, "on")) &&
        adj(c, best + 1) && pch(c, best + 2, '-') && adj(c, best + 2) &&
        lx(c, best + 3, TXC_UNIT) != NOV && adj(c, best + 3))
        return 0;
    /* never across a paragraph break or a NUL barrier */
    for (size_t q = i + 1; q < best; q++)
        if (c->t[q].sp & SP_BREAK)
            return 0;
    return best;
}

/* 1 when token i can start an expression (a cheap filter before the rules). */
static int can_start(const tx_ctx *c, size_t i)
{
    const tx_tok *t = &c->t[i];
    if (t->core)
        return 1;
    if (t->near > 6 || (t->near > 4 && !(t->lx && (lx(c, i, TXC_NUMWORD) != NOV ||
                                                   lx(c, i + 1, TXC_POSMOD) != NOV ||
                                                   lx(c, i, TXC_NAMEDDAY) != NOV)) &&
                        !(t->cap && t->wlen == 2 && t->c0 == 's' && pch(c, i + 1, '.'))))
        return 0;  /* every expression has a core word within its first few tokens
                    * ("six-and-a-half years" and "the end of the first quarter"
                    * have six) */
    if (t->kind == TT_PUNCT)
        return t->ch == '\'';
    if (t->kind == TT_NUM)
        return t->near <= 1;  /* "11,300 years": a big number before a unit */
    return t->lx && t->lx->start;  /* a starting word of some table, near a core word */
}

/* 1 when the quarter or half at [i, e) is a period of a game: "of" a game
 * or match follows, or its sentence has a score ("led 28-3") or words
 * only sport uses ("overtime", "touchdown", "inning"). */
static int game_period(const tx_ctx *c, size_t i, size_t e)
{
    static const char *const game[] = {"game", "games", "match", "win", "loss", "defeat",
                                       "victory", "final", "semifinal", "contest"};
    if (weq(c, e, "of")) {
        size_t g = e + 1;
        if (weq(c, g, "the") || weq(c, g, "a"))
            g++;
        g = poss(c, g) > g ? poss(c, g) : g;
        if (lx(c, g, TXC_WEEKDAY) != NOV && poss(c, g + 1) > g + 1)
            g = poss(c, g + 1);  /* "of Saturday's win" */
        if (WORD_IN(c, g, game))
            return 1;
    }
    static const char *const sport[] = {"overtime", "touchdown", "touchdowns", "halftime",
                                        "inning", "innings", "quarterback", "rebounds",
                                        "goalkeeper", "penalty", "trailed"};
    size_t b = i, f = e;
    while (b > 0 && !c->t[b].sent)
        b--;
    while (f < c->n && (f == e || !c->t[f].sent))
        f++;
    for (size_t t = b; t < f; t++) {
        if (WORD_IN(c, t, sport))
            return 1;
        if (isnum(c, t) && c->t[t].ndig <= 3 && pch(c, t + 1, '-') && adj(c, t + 1) &&
            isnum(c, t + 2) && adj(c, t + 2) && c->t[t + 2].ndig <= 3 &&
            !pch(c, t + 3, '%') && !weq(c, t + 3, "percent") && !pch(c, t + 3, '-') &&
            (weq(c, t - 1, "led") || weq(c, t - 1, "trailed") || weq(c, t - 1, "beat") ||
             weq(c, t - 1, "won") || weq(c, t - 1, "lost") || weq(c, t - 1, "a") ||
             WORD_IN(c, t + 3, game) || (t + 3 < c->n && c->t[t + 3].cap) ||
             weq(c, t + 3, "in") || weq(c, t + 3, "at")))
            return 1;  /* "led 28-3", "beat France 19-10 in the first half" */
    }
    return 0;
}

/* ---- tense -------------------------------------------------------------- */

/* 1 when the word before the present verb at i can be its subject.  A verb
 * that is as often a noun ("play", "visit", "return") needs a name, a plural
 * noun, a team or a pronoun before it ("The Lakers play", "Hodgson's side
 * play", "the players return", "they visit"), not a singular noun that
 * makes it a noun too ("a state visit"); other verbs ("go", "expires")
 * need nothing. */
static int plain_subject(const tx_ctx *c, size_t i)
{
    /* the verbs that are as often nouns ("a state visit", "the return") */
    static const char *const nounlike[] = {"open", "turn", "mark", "enter", "come", "host",
                                           "play", "visit", "return", "travel", "release",
                                           "face", "premiere", "debut", "arrive", "start",
                                           "finish", "end", "launch", "ends", "walk", "walks",
                                           "address", "vote", "votes", "rules", "leave",
                                           "leaves", "reports", "signs", "speak"};
    /* "The film screens Thursday", not "vanished from radar screens early on
     * Saturday": no preposition just before the subject */
    static const char *const media[] = {"airs", "screens", "tapes"};
    static const char *const prep[] = {"from", "on", "in", "at", "of", "with", "by", "to",
                                       "for", "into", "onto", "across", "off"};
    if (WORD_IN(c, i, media) && i > 1 && WORD_IN(c, i - 2, prep))
        return 0;
    if (!WORD_IN(c, i, nounlike))
        return 1;
    static const char *const adv[] = {"also", "again", "finally", "formally", "officially"};
    if (i > 1 && WORD_IN(c, i - 1, adv))
        i--;  /* "Colombians also vote on Sunday" */
    if (i > 0 && pch(c, i - 1, ','))
        return 1;  /* "The Giants, who lost in overtime, travel to Oakland" */
    if (i == 0 || c->t[i - 1].kind != TT_WORD)
        return 0;
    static const char *const subj[] = {"they", "we", "i", "you", "which", "who", "that",
                                       "side", "team", "squad", "club", "crew", "band",
                                       "and"};  /* "are 49-33 and face Chicago" */
    const tx_tok *p = &c->t[i - 1];
    return p->cap || WORD_IN(c, i - 1, subj) ||
           (p->e - p->s > 3 && c->s[p->e - 1] == 's' && c->s[p->e - 2] != 's');
}

/* Words that open a noun phrase ("the storm", "their second debate"). */
static const char *const determiners[] = {"the", "a", "an", "his", "her", "their", "its", "our",
                                          "my", "this", "that", "these", "those"};

/* 1 when the words before the verb at i are its singular subject opening a
 * clause: "The storm", "Typhoon Vongfong", "New York's subway system", "it"
 * (not "a rate cut", "Storms could hit", "and split its stock"). */
static int same_past_subject(const tx_ctx *c, size_t i)
{
    if (weq(c, i - 1, "he") || weq(c, i - 1, "she") || weq(c, i - 1, "it"))
        return 1;
    static const char *const bound[] = {"and", "but", "that", "when", "after", "as", "while",
                                        "before", "because", "since", "until", "where"};
    static const char *const aux[] = {"could", "would", "should", "might", "must", "can",
                                      "will", "may", "did", "does", "do", "not", "never",
                                      "to", "cannot", "shall"};
    const tx_tok *h = &c->t[i - 1];
    if (h->kind != TT_WORD || (h->lx && !h->cap) || h->wlen < 3 || WORD_IN(c, i - 1, aux))
        return 0;
    char z = (char)(c->s[h->e - 1] | 0x20), y = (char)(c->s[h->e - 2] | 0x20);
    if (!h->cap && z == 's' && y != 's' && y != 'u' && y != 'i')
        return 0;  /* a plural: "Storms hit" may be either */
    size_t j = i - 1;  /* the first word of the subject */
    for (int k = 0; k < 6; k++) {
        if (c->t[j].sent || j == 0)
            break;
        const tx_tok *p = &c->t[j - 1];
        if (pch(c, j - 1, ',') || WORD_IN(c, j - 1, bound))
            break;
        if (!(p->kind == TT_WORD || pch(c, j - 1, '\'')) ||
            (p->kind == TT_WORD && p->lx && !p->cap && !WORD_IN(c, j - 1, determiners)) ||
            WORD_IN(c, j - 1, aux))
            return 0;  /* "could", "will", "to": no subject */
        j--;
    }
    if (!(c->t[j].sent || j == 0 || pch(c, j - 1, ',') || WORD_IN(c, j - 1, bound)))
        return 0;
    return WORD_IN(c, j, determiners) || c->t[j].cap;
}

/* The tense cue of token i: +w future, -w past (w = 1 weak ... 3 strong),
 * 0 none.  Past participles after "a", "the", "is", "be", "newly" ... are
 * adjectives or passives, not past verbs ("a hastily planned trip", "would
 * be paid"): the auxiliary further left decides. */
static int tense_cue(const tx_ctx *c, size_t i)
{
    if (c->t[i].kind != TT_WORD)
        return 0;
    if (c->t[i].cap == 1 && !sent_start(c, i) && i > 0 && !pch(c, i - 1, '"') &&
        !pch(c, i - 1, '`') && !pch(c, i - 1, ':'))
        return 0;  /* "appeared on Meet the Press": part of a name */
    int adjective = i > 0 && lx(c, i - 1, TXC_ADJPREV) != NOV;
    /* "The storm hit the coast on Saturday", "The airline cut 30 flights":
     * a verb whose past and present look alike, after a singular subject
     * that opens its clause, is past (the present would be "hits") */
    static const char *const same_past[] = {"hit", "cut", "shut", "burst", "hurt", "quit",
                                            "shed", "beat", "spread"};
    if (i > 0 && WORD_IN(c, i, same_past) && same_past_subject(c, i))
        return -2;
    if (weq(c, i, "could")) {
        /* "snow could fall on Sunday" looks ahead; "could not be reached
         * Monday", "could have won", "could be located Wednesday" (the
         * reporter's try) are over */
        static const char *const tried[] = {"reached", "located", "contacted", "found",
                                            "confirmed", "verified", "identified"};
        return weq(c, i + 1, "not") || weq(c, i + 1, "have") || weq(c, i + 1, "n") ||
                       (pch(c, i + 1, '\'') && weq(c, i + 2, "t")) ||
                       (weq(c, i + 1, "be") && WORD_IN(c, i + 2, tried))
                   ? -2 : 2;
    }
    /* "the race is run on Saturday", "the budget is published on Thursday",
     * "the vote is being held Sunday": a present passive of a scheduled
     * event looks ahead */
    static const char *const sched[] = {"held", "run", "played", "staged", "published",
                                        "released", "slated", "billed", "broadcast",
                                        "screened", "unveiled", "announced", "hosted"};
    if (i > 0 && WORD_IN(c, i, sched)) {
        size_t b = weq(c, i - 1, "being") && i > 1 ? i - 2 : i - 1;
        if (weq(c, b, "is") || weq(c, b, "are"))
            return 2;
    }
    if (!c->t[i].lx)
        goto plain;  /* the cue words below are all in the tables */
    int f = lx(c, i, TXC_FUTCUE), p = lx(c, i, TXC_PASTCUE);
    if (weq(c, i, "due") && weq(c, i + 1, "to") &&
        (weq(c, i + 2, "the") || weq(c, i + 2, "a") || weq(c, i + 2, "an") ||
         lx(c, i + 2, TXC_STARTER) != NOV))
        return 0;  /* "partly due to the wet summer": a cause */
    if (i > 0 && (weq(c, i - 1, "than") || (pch(c, i - 1, '-') && adj(c, i) && i > 1 &&
                                            weq(c, i - 2, "than"))) &&
        (f != NOV || p != NOV))
        return 0;  /* "fewer seats than expected in Tuesday's election",
                    * "better-than-expected data on Thursday" */
    if (weq(c, i, "won"))  /* "won't" is future, "won" past */
        return pch(c, i + 1, '\'') ? 2 : -2;
    if (weq(c, i, "may") && !c->t[i].cap)
        return 2;  /* the modal: "lawmakers may vote Tuesday" */
    if (weq(c, i, "postponed") && (weq(c, i + 1, "in") || weq(c, i + 1, "on")))
        return -2;  /* "the tour was postponed in March": when it was put off */
    if (weq(c, i, "forecast") && i > 0 &&
        (weq(c, i - 1, "is") || weq(c, i - 1, "are") || weq(c, i - 1, "be")))
        return 2;  /* "storms are forecast for Saturday"; not "cut its forecast" */
    if ((weq(c, i, "starting") || weq(c, i, "beginning")) && i > 0 && pch(c, i - 1, ','))
        return 3;  /* "suspended travel for 30 days, starting on Friday": the
                    * start of what was just decided lies ahead */
    if (weq(c, i, "set") || weq(c, i, "planned")) {
        static const char *const pron[] = {"it", "that", "he", "she", "what", "there",
                                           "who", "which"};
        static const char *const adv[] = {"now", "also", "still", "tentatively",
                                          "currently", "provisionally"};
        size_t v = i > 1 && WORD_IN(c, i - 1, adv) ? i - 1 : i;  /* "is now set for" */
        int be = v > 0 && (weq(c, v - 1, "is") || weq(c, v - 1, "are") ||
                           weq(c, v - 1, "be") || weq(c, v - 1, "re") ||
                           (weq(c, v - 1, "s") && v > 2 && WORD_IN(c, v - 3, pron)) ||
                           (weq(c, v - 1, "been") && v > 1 &&
                            (weq(c, v - 2, "has") || weq(c, v - 2, "have"))));
        if (weq(c, i, "set") && be)
            return 3;  /* "the launch is set for Thursday" */
        if (weq(c, i, "planned") && !be)
            return 0;  /* "the government planned to pay on Friday", "a service
                        * planned for Saturday was cancelled": a plan made
                        * earlier, for a day either side */
    }
    if ((weq(c, i, "was") || weq(c, i, "were")) &&
        (weq(c, i + 1, "planning") || weq(c, i + 1, "expected") || weq(c, i + 1, "scheduled") ||
         weq(c, i + 1, "due") || weq(c, i + 1, "going") || weq(c, i + 1, "set") ||
         weq(c, i + 1, "supposed")))
        return 0;  /* "were planning to drive on Monday": the plan decides */
    /* "Voters go to the polls on Sunday": a present verb after its subject
     * (not "the", "not", "didn't", a capitalised name); it outweighs a weak
     * cue of the same word ("Angola votes on Friday") */
    static const char *const aux[] = {"not", "t", "never", "was", "were", "been", "had",
                                      "did", "do", "does", "to", "have", "has"};
    int pv = lx(c, i, TXC_PRESVERB) != NOV && (f == NOV || f < 2) && p == NOV && !adjective &&
             !(c->t[i].cap && !c->t[i].sent) && plain_subject(c, i) &&
             !(i > 0 && (WORD_IN(c, i - 1, aux) ||
                         (c->t[i - 1].kind == TT_NUM && !adj(c, i - 1)))) &&  /* "141.52 marks" */
             !(i > 1 && weq(c, i - 1, "s") && pch(c, i - 2, '\'')) &&  /* "Obama's visit" */
             !(pch(c, i + 1, '-') && adj(c, i + 1));  /* "the final go-ahead": a noun */
    if (pv)
        return lx(c, i, TXC_PRESVERB);
    if (f != NOV && !(weq(c, i, "next") && weq(c, i + 1, "to")))
        return f;
    if (p != NOV)
        return adjective && p >= 2 && !weq(c, i, "was") && !weq(c, i, "were") &&
                       !weq(c, i, "had") && !weq(c, i, "did") ? 0 : -p;
plain:;
    size_t n = c->t[i].e - c->t[i].s;
    const char *w = c->s + c->t[i].s;
    if (i > 0 && pch(c, i - 1, '-') && adj(c, i))
        return 0;  /* "his long-delayed speech": an adjective */
    if (i > 1 && c->t[i - 1].wlen > 4 && c->s[c->t[i - 1].e - 2] == 'l' &&
        c->s[c->t[i - 1].e - 1] == 'y' && lx(c, i - 2, TXC_ADJPREV) != NOV &&
        !weq(c, i - 2, "was") && !weq(c, i - 2, "were"))
        adjective = 1;  /* "will be formally proclaimed": the passive's "be" decides */
    if (n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd' && !adjective &&
        lx(c, i, TXC_NOTPAST) == NOV && !(c->t[i].cap && !c->t[i].sent) &&
        !((w[0] | 0x20) == 'u' && w[1] == 'n')) {
        /* "expect to have it contained by Sunday", "would have power restored
         * by Tuesday": a perfect or causative after a modal looks ahead */
        static const char *const modal[] = {"to", "will", "would", "should", "could", "ll",
                                            "must", "might"};
        for (size_t h = i, k = 0; h > 1 && k < 4; h--, k++)
            if ((weq(c, h - 1, "have") || weq(c, h - 1, "get")) && WORD_IN(c, h - 2, modal))
                return 0;
        return -2;
    }
    return 0;
}

/* The tokens between a verb at i and the "to" of its infinitive at inf,
 * leaving out a time said between them ("decided earlier this month to",
 * "agreed in the early hours of Thursday to"): the verb's reach. */
static size_t verb_gap(const tx_ctx *c, size_t i, size_t inf)
{
    static const char *const glue[] = {"in", "on", "at", "of", "the", "early", "late",
                                       "earlier", "later", "this", "last"};
    size_t g = 0;
    for (size_t t = i + 1; t < inf; t++)
        if (!c->t[t].core && !WORD_IN(c, t, glue))
            g++;
    return g + 1;
}

static const char *const reporting[] = {"said", "says", "told", "announced", "added",
                                        "reported", "stated"};

/* The cue of token i for an "until" expression (see until_tense): +1
 * ahead, -1 past, 0 none.  Reporting verbs say nothing of the state's
 * time ("talks run until Friday, he said"); a verb that moves an end
 * ("adjourned until Monday"), one whose infinitive lies ahead ("agreed to
 * extend the talks until Friday") or a future cue look ahead; any
 * other strong past cue ("lasted", "had refused", "didn't leave") makes
 * the end a past one. */
static int until_cue(const tx_ctx *c, size_t i, size_t inf)
{
    static const char *const bid[] = {"told", "asked", "ordered", "urged", "advised", "warned"};
    if (inf == i + 1 && WORD_IN(c, i, bid))
        return 1;  /* "have been told to stay ashore until Tuesday" */
    if (weq(c, i, "said") || weq(c, i, "told") || weq(c, i, "added"))
        return 0;
    if (lx(c, i, TXC_DELAYVERB) != NOV)
        return 1;
    /* "the season began Saturday and runs through Nov. 30": a state that
     * goes on now ends ahead */
    static const char *const goes_on[] = {"runs", "lasts", "continues", "remains", "stays",
                                          "extends", "goes", "continue",
                                          "remain", "stay", "extend"};
    if (WORD_IN(c, i, goes_on) && !(i > 0 && weq(c, i - 1, "to")) &&
        !(i > 0 && (weq(c, i - 1, "did") || weq(c, i - 1, "didn") || weq(c, i - 1, "would"))))
        return 1;
    int fw = lx(c, i, TXC_FWDVERB);
    if (inf > i && ((fw == 1 && verb_gap(c, i, inf) <= 3) || (fw == 2 && inf == i + 1)))
        return 1;  /* "agreed to extend the talks until Friday", "decided
                    * earlier this month to defer the bid until December" */
    int q = tense_cue(c, i);
    return q >= 2 ? 1 : q <= -2 ? -1 : 0;
}

/* "until Friday", "through Friday", "till Friday": the end of a state,
 * which lies ahead unless the clause is told in the past ("the strike
 * lasted until Friday", "Until Friday, officials had refused to comment").
 * The nearest cue on the left decides, else (the phrase opens the clause)
 * the nearest on the right; with none the end lies ahead. */
static int until_tense(const tx_ctx *c, size_t a, size_t b)
{
    static const char *const put_off[] = {"delay", "postponement", "extension", "deferral",
                                          "reprieve", "stay"};
    if (a > 1 && WORD_IN(c, a - 2, put_off))
        return 1;  /* "Hurricane Irene forced a delay until October" */
    static const char *const give[] = {"gave", "give", "gives", "given", "giving", "granted"};
    int gave = 0;
    for (size_t t = a - 1, k = 0; t > 0 && k < 6 && !c->t[t].sent && !gave; t--, k++)
        gave = WORD_IN(c, t - 1, give);
    if (gave && b + 1 < c->n && weq(c, b, "to") && c->t[b + 1].kind == TT_WORD &&
        !c->t[b + 1].cap && !weq(c, b + 1, "the") && !weq(c, b + 1, "a"))
        return 1;  /* "gave the company until Friday to respond": a deadline */
    if (a > 1 && (weq(c, a - 2, "has") || weq(c, a - 2, "have")))
        return 1;  /* "Cyprus has until Monday to raise ...": a deadline */
    if (a > 3 && weq(c, a - 2, "had") && weq(c, b, "to"))
        for (size_t t = a - 3, k = 0; k < 3 && t > 0; t--, k++)
            if (WORD_IN(c, t, reporting))
                return 1;  /* "said it had until 31 October to file": a deadline
                            * reported in the past, still ahead */
    size_t inf = 0;  /* the "to" of an infinitive passed, or 0 */
    static const char *const be[] = {"was", "were", "is", "are", "be", "been", "kept"};
    for (size_t i = a - 1, k = 0; i > 0 && k < 25 && !c->t[i].sent; k++) {
        i--;
        if (weq(c, i, "to") && c->t[i + 1].kind == TT_WORD) {
            inf = i;
            continue;
        }
        if ((weq(c, i, "that") || weq(c, i, "which")) && i + 1 < a &&
            c->t[i + 1].kind == TT_WORD && lx(c, i + 1, TXC_PRESVERB) == NOV &&
            c->t[i + 1].wlen > 3 && c->s[c->t[i + 1].e - 1] == 's' &&
            c->s[c->t[i + 1].e - 2] != 's')
            break;  /* "passed a bill that funds the government through Dec.
                     * 11": the relative clause's present verb decides */
        if (c->t[i].kind == TT_WORD && !c->t[i].cap && c->t[i].wlen > 5 && i > 0 &&
            c->s[c->t[i].e - 3] == 'i' && c->s[c->t[i].e - 2] == 'n' &&
            c->s[c->t[i].e - 1] == 'g' && !c->t[i].lx && !WORD_IN(c, i - 1, be) &&
            c->t[i - 1].kind == TT_WORD && c->t[i - 1].core)
            break;  /* "signed a bill Friday raising the debt limit until Dec. 8" */
        int q = until_cue(c, i, inf);
        if (q)
            return q;
    }
    for (size_t i = b, k = 0; i < c->n && k < 25 && !c->t[i].sent; i++, k++) {
        if (weq(c, i, "to") && i + 1 < c->n && c->t[i + 1].kind == TT_WORD) {
            i++;
            continue;
        }
        int q = until_cue(c, i, 0);
        if (q)
            return q;
    }
    return 1;
}

/* 1 when token i is a verb of intent in the present tense ("plan", "hopes",
 * "wants", "expects"), not a past form ("planned", "told", "chose") nor one
 * told in the past ("were planning"). */
static int present_intent(const tx_ctx *c, size_t i)
{
    size_t n = c->t[i].e - c->t[i].s;
    const char *w = c->s + c->t[i].s;
    if (n > 2 && w[n - 2] == 'e' && w[n - 1] == 'd')
        return 0;
    /* irregular pasts, and words of the table that are no verbs of intent */
    static const char *const past[] = {"told", "chose", "set", "about", "likely"};
    if (WORD_IN(c, i, past))
        return 0;
    return !(i > 0 && (weq(c, i - 1, "was") || weq(c, i - 1, "were") || weq(c, i - 1, "had")));
}

/* The verb right after an expression that is part of a clause's subject
 * ("classes for the spring semester will be held"): +1, -1, or 0 when no
 * strong cue comes before the clause ends. */
static int right_cue(const tx_ctx *c, size_t b)
{
    for (size_t i = b, k = 0; i < c->n && k < 8 && !c->t[i].sent; i++, k++) {
        if (c->t[i].kind == TT_PUNCT || weq(c, i, "that") || weq(c, i, "and"))
            return 0;
        int q = tense_cue(c, i);
        if (q >= 2 || q <= -2)
            return q > 0 ? 1 : -1;
    }
    return 0;
}

/* Direction the text around tokens [a, b) speaks in: -1 past, +1 future,
 * 0 unknown, 2 a plan told in the past (ahead, but the nearest weekday).  The verb that governs a time expression usually stands
 * before it ("would be paid in January", "with whom the king met
 * Monday"), so the nearest strong cue on the left decides; an expression
 * that opens its sentence ("In January, the company brought in ...")
 * takes the nearest on the right.  An infinitive defers to the verb that
 * governs it: "agreed to meet Friday" looks ahead, "made it hard to meet
 * demand into the summer" back.  A plan in the pluperfect ("had been due
 * to expire Friday") is over.  Weak cues only break ties. */

static int tx_tense(const tx_ctx *c, size_t a, size_t b)
{
    int weak = 0, wday = 0;
    for (size_t t = a; t < b && !wday; t++)
        wday = lx(c, t, TXC_WEEKDAY) != NOV;
    size_t inf = 0;  /* token of the last "to" of an infinitive passed, or 0 */
    if (a > 0 && (weq(c, a - 1, "through") || weq(c, a - 1, "until") || weq(c, a - 1, "till")))
        return until_tense(c, a, b);
    {
        size_t v = a > 1 && weq(c, a - 1, "in") ? a - 2 : a - 1;
        if (a > 0 && (weq(c, v, "ending") || weq(c, v, "ends")))
            return weq(c, v, "ends");  /* "cut its forecast for the fiscal year
                                        * ending in March": the end of a period
                                        * under way, the nearest; "which ends in
                                        * September": ahead */
    }
    if (wday && a > 1 && (weq(c, a - 1, "and") || weq(c, a - 1, "or")) &&
        lx(c, a - 2, TXC_WEEKDAY) != NOV)
        return tx_tense(c, a - 2, a - 1);  /* "is on Saturday and Sunday": as the first */
    if (wday && a > 0 && weq(c, a - 1, "for") && !(b < c->n && pch(c, b, '\''))) {
        /* "called a strike for Thursday", "is forecast for Sunday" (not "a
         * service planned for Saturday was canceled") */
        static const char *const callw[] = {"called", "calls", "call", "forecast",
                                            "forecasts", "predicted", "booked", "issued",
                                            "issues", "declared", "posted"};
        for (size_t i = a - 1, k = 0; i > 0 && k < 6 && !c->t[i].sent; k++, i--)
            if (WORD_IN(c, i - 1, callw))
                return 1;
    }
    for (size_t i = a, k = 0; wday && i > 1 && k < 8 && !c->t[i].sent; k++, i--)
        if (weq(c, i - 1, "of") && weq(c, i - 2, "ahead"))
            return 1;  /* "rose ahead of a key ECB meeting on Thursday" */
    if (wday && (a == 0 || c->t[a].sent) && b < c->n &&
        (weq(c, b, "is") || weq(c, b, "brings") || weq(c, b, "marks")))
        return 1;  /* "Wednesday is Groundhog Day", "Monday brings 2024" */
    if (a > 0 && weq(c, a - 1, "that") && b < c->n) {
        int q = tense_cue(c, b);  /* "told reporters that May would be decisive":
                                   * the month is the subject of its own verb */
        if (q >= 2 || q <= -2)
            return q > 0 ? 1 : -1;
    }
    if (a > 1 && weq(c, a - 1, "for") && (lx(c, a - 2, TXC_DELAYVERB) != NOV ||
                                          weq(c, a - 2, "moved")))
        return 1;  /* "has been rescheduled for Friday", "was postponed for Monday" */
    if (a > 1 && weq(c, a - 1, "to"))  /* "the judge moved it to March", "delayed to May" */
        for (size_t i = a - 2, k = 0; k < 4 && !c->t[i + 1].sent; i--, k++) {
            if (weq(c, i, "up") || weq(c, i, "forward"))
                break;  /* "moved up a day to Thursday": brought earlier */
            if (lx(c, i, TXC_DELAYVERB) != NOV || weq(c, i, "moved") || weq(c, i, "switched"))
                return 1;
            if (i == 0)
                break;
        }
    for (size_t i = a, k = 0; i > 0 && k < 25; k++) {
        if (c->t[i].sent)
            break;
        i--;
        if ((weq(c, i, "and") || weq(c, i, "but")) && i > 0 && pch(c, i - 1, ',') &&
            i + 2 < a && c->t[i + 1].kind == TT_WORD && !c->t[i + 1].core &&
            lx(c, i + 1, TXC_STARTER) == NOV)
            break;  /* "Pluto was demoted on Thursday, and teachers are rewriting
                     * their lessons for the fall": a new clause with its own
                     * subject; the first clause's verb is not this one's */
        if (i + 1 < a && weq(c, i, "to") && c->t[i + 1].kind == TT_WORD &&
            !weq(c, i + 1, "the") && !weq(c, i + 1, "a") && !weq(c, i + 1, "an")) {
            inf = i;  /* "to meet": its governor decides (not "due to the") */
            continue;
        }
        if (i > 0 && weq(c, i - 1, "to") && i < a)
            continue;  /* the verb of an infinitive */
        if ((weq(c, i, "until") || weq(c, i, "till")) && i + 1 < a)
            return until_tense(c, i + 1, b);  /* "worked there until his death on
                                               * Friday": the end of a state */
        if (i > 1 && weq(c, i - 1, "have") && weq(c, i - 2, "to") && c->t[i].wlen > 4 &&
            c->s[c->t[i].e - 2] == 'e' && c->s[c->t[i].e - 1] == 'd' && a > 0 &&
            !weq(c, a - 1, "by") && !weq(c, a - 1, "until"))
            return -1;  /* "is expected to have added 60,000 jobs in February": done
                         * by now (not "expected to have finished by June") */
        int q = tense_cue(c, i), fw = lx(c, i, TXC_FWDVERB);
        /* the date belongs to the infinitive when it follows the verb
         * closely ("agreed to meet again on Friday") or is a deadline ("a
         * program to pay down the loan by February"); after a longer
         * object it is the main verb's ("voted to cut food stamp funding
         * on Tuesday": the vote was on Tuesday).  Months stay with the
         * infinitive ("agreed to buy the unit for $22 million in February") */
        int close = inf && (a - inf <= 4 || (a > 0 && weq(c, a - 1, "by")) || !wday);
        if (close && ((fw == 1 && verb_gap(c, i, inf) <= 3) || (fw == 2 && inf == i + 1)))
            q = 3;  /* "agreed to", "urged its allies to", "a bid to" */
        else if (inf && fw == 1 && inf == i + 1 && present_intent(c, i))
            q = 3;  /* "officials plan to reopen the bridge on Monday": a
                     * plan held now is for a day ahead, however long the object */
        if (inf == i + 1 && (weq(c, i, "is") || weq(c, i, "are")))
            q = 3;  /* "is to resume trading" */
        if (inf == i + 1 && pch(c, i, ',') && a - inf <= 4)
            q = 3;  /* "agreed an embargo, to take effect on July 1": a purpose
                     * or result clause lies ahead of the verb it hangs on */
        if ((weq(c, i, "is") || weq(c, i, "are")) &&
            (i + 1 == a || (i + 2 == a && weq(c, i + 1, "on"))))
            q = 2;  /* "the referendum is on Thursday": an event ahead */
        if ((weq(c, i, "is") || weq(c, i, "are")) && i + 2 < a && a - i <= 10 &&
            weq(c, i + 1, "at") && weq(c, a - 1, "on")) {
            size_t t = i + 2;
            while (t < a - 1 && (c->t[t].core || c->t[t].kind == TT_PUNCT || tz_at(c, t) ||
                                 c->t[t].cap == 2 || c->t[t].wlen == 1))  /* "p.m." */
                t++;
            if (t == a - 1)
                q = 2;  /* "The deadline is at 6 p.m. ET on Thursday" */
        }
        if (q >= 2 && i > 0 && (weq(c, i - 1, "had") ||
                                (weq(c, i - 1, "been") && i > 1 && weq(c, i - 2, "had"))))
            q = -3;  /* "had been scheduled to" */
        static const char *const plan[] = {"due", "supposed", "scheduled", "expected", "set",
                                           "planned", "slated"};
        if (q >= 2 && i > 0 && (weq(c, i - 1, "was") || weq(c, i - 1, "were")) &&
            WORD_IN(c, i, plan))
            return 2;  /* "the truce was due to expire on Wednesday", "talks were
                        * due to resume on Monday": a plan told in the past, ahead
                        * for a month or date, the nearest for a weekday */
        if ((weq(c, i, "plans") || weq(c, i, "plan")) && !weq(c, i + 1, "to"))
            q = 0;  /* "vacation plans" is a noun */
        if (q <= -2 && WORD_IN(c, i, reporting) && i + 2 < a && !c->t[i + 1].core &&
            lx(c, i + 1, TXC_STARTER) == NOV && !weq(c, i + 1, "that")) {
            /* "The university said classes for the spring semester will be
             * held online": the date sits in the reported clause's subject,
             * whose own verb follows it (not "said on Tuesday", "said that") */
            int r = right_cue(c, b);
            if (r)
                return r;
        }
        if (q >= 2 || q <= -2)
            return q > 0 ? 1 : -1;
        weak += q;
    }
    inf = 0;
    for (size_t i = b, k = 0; i < c->n && k < 25 && !c->t[i].sent; i++, k++) {
        if (WORD_IN(c, i, reporting) && i > b + 1 &&
            (pch(c, i - 1, ',') || (i > b + 2 && pch(c, i - 2, ',')) ||
             (i > b + 3 && pch(c, i - 3, ','))))
            break;  /* "..., the superintendent said this afternoon": the
                     * attribution says nothing of the reported time */
        if (weq(c, i, "to") && i + 1 < c->n && c->t[i + 1].kind == TT_WORD) {
            i++;  /* an infinitive after the expression says little */
            continue;
        }
        int q = tense_cue(c, i);
        if ((weq(c, i, "plans") || weq(c, i, "plan")) && !weq(c, i + 1, "to"))
            q = 0;
        if (q >= 2 || q <= -2)
            return q > 0 ? 1 : -1;
        weak += q;
    }
    return weak > 0 ? 1 : weak < 0 ? -1 : 0;
}

/* ---- driver ------------------------------------------------------------ */

/* Append x to out; returns 0 or -1 when out of memory. */
static int push_timex(dl_timexes *out, const dl_timex *x)
{
    if (out->n == out->cap) {
        size_t nc = out->cap ? out->cap * 2 : 16;
        dl_timex *nv = realloc(out->v, nc * sizeof *nv);
        if (!nv)
            return -1;
        out->v = nv;
        out->cap = nc;
    }
    out->v[out->n++] = *x;
    return 0;
}

/* The end of the chunk starting at pos: a blank line, a NUL, or at most
 * 64 KiB (then at a space, or anywhere but inside a UTF-8 sequence).
 * Expressions never cross a chunk end, so chunks are tagged one by one. */
static size_t chunk_end(const char *s, size_t len, size_t pos, size_t *next_nul)
{
    size_t lim = len - pos > 65536 ? pos + 65536 : len;
    if (*next_nul < pos) {  /* find each NUL once: the scan stays linear */
        const char *p = memchr(s + pos, 0, len - pos);
        *next_nul = p ? (size_t)(p - s) : len;
    }
    const char *nul = *next_nul < lim ? s + *next_nul : NULL;
    if (nul)
        lim = (size_t)(nul - s) + 1;
    for (size_t i = pos + 1; i < lim;) {
        const char *nl = memchr(s + i, '\n', lim - i);
        if (!nl)
            break;
        size_t j = (size_t)(nl - s) + 1;
        while (j < lim && (s[j] == '\r' || s[j] == ' ' || s[j] == '\t'))
            j++;
        if (j < lim && s[j] == '\n')
            return j;
        i = j;
    }
    if (nul || lim == len)
        return lim;
    for (size_t i = lim; i > pos + 32768; i--)
        if (s[i - 1] == ' ' || s[i - 1] == '\n')
            return i;
    while (lim > pos + 1 && ((unsigned char)s[lim] & 0xC0) == 0x80)
        lim--;
    return lim;
}

/* "at 3:45 p.m. local time on Monday": a clock time that named no day
 * takes the day that follows it closely (d, output index di), not the one
 * it was first resolved against. */
static void time_on_day(dl_timex *t, const dl_timex *d, int di);

/* 1 when p[0..n) spells w in any case (w lower case or capitalised). */
static int ascii_ieq(const char *p, const char *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != (w[i] | 0x20))
            return 0;
    return 1;
}

static void time_takes_day(const tx_ctx *c, dl_timex *t, const dl_timex *d, int di)
{
    if (d->start < t->end || d->start - t->end > 40)
        return;
    /* only "on", "local time", "Pacific time", commas and spaces between */
    static const char *const between[] = {"on", "local", "time", "Pacific", "Eastern",
                                           "Central", "Mountain", "standard", "daylight",
                                           "coordinated", "universal", "sharp",
                                           "the", "morning", "afternoon", "evening",
                                           "night", "of"};  /* "10:42 on the morning of 12 March" */
    const char *p = c->s + (t->end - c->off), *q = c->s + (d->start - c->off);
    while (p < q) {
        if (*p == ' ' || *p == ',' || *p == '\n' || *p == ')') {
            p++;  /* "4:53 p.m. local time (1223 GMT) on Saturday" */
            continue;
        }
        size_t n = 0, w = 0;
        while (p + w < q && p[w] != ' ' && p[w] != ',' && p[w] != '\n' && p[w] != ')')
            w++;
        for (; n < sizeof between / sizeof between[0]; n++)
            if (strlen(between[n]) == w && ascii_ieq(p, between[n], w))
                break;
        if (n == sizeof between / sizeof between[0] &&
            !(*p >= 'A' && *p <= 'Z' && q - (p + w) >= 5 && !strncmp(p + w, " time", 5)))
            return;  /* "Moscow time", "Beijing time" pass too */
        p += w;
    }
    const char *m = c->s + (t->start - c->off);
    if (t->end - t->start == 8 && ascii_ieq(m, "midnight", 8) && d->date.prec == DL_PREC_DAY) {
        /* "expires at midnight on Tuesday": the end of that day, as
         * "midnight Tuesday"; "shortly after midnight on Monday": its start */
        int after = m - 6 >= c->s && ascii_ieq(m - 6, "after ", 6);
        dl_date at = after ? d->date : dl_date_add_days(d->date, 1);
        at.hour = at.minute = 0;
        at.prec = DL_PREC_MINUTE;
        t->date = at;
        t->anchor = di;
        if (after)
            snprintf(t->value, sizeof t->value, "%04d-%02d-%02dT00:00", at.year, at.month,
                     at.day);
        else
            midnight_value(t->value, sizeof t->value, &at);
        return;
    }
    time_on_day(t, d, di);
}

/* Give the clock time t the day of d (output index di). */
static void time_on_day(dl_timex *t, const dl_timex *d, int di)
{
    char v[48];
    const char *tpart = strchr(t->value, 'T');
    if (!tpart || snprintf(v, sizeof v, "%04d-%02d-%02d%s", d->date.year, d->date.month,
                           d->date.day, tpart) >= (int)sizeof v)
        return;
    memcpy(t->value, v, sizeof v);
    t->date.year = d->date.year;
    t->date.month = d->date.month;
    t->date.day = d->date.day;
    t->anchor = di;
}

/* After a day of a month just tagged (k, x, ending at token e): the end
 * of the token that names a second day of the same month ("April 24 and
 * 25", "May 3-4", "June 1 to 3"), or 0.  The number must end the phrase:
 * in "on May 3 and 4 people died" it counts people. */
static size_t second_day(const tx_ctx *c, const tx_cand *k, const dl_timex *x, size_t e)
{
    if (k->kind != TXK_ABS || k->m <= 0 || k->d <= 0 || k->d > 31 || k->hh >= 0 ||
        x->date.prec != DL_PREC_DAY || !x->value[0] || x->value[0] == 'X' || e + 1 >= c->n)
        return 0;
    /* a list: "September 12, 13 and 14" */
    int list = pch(c, e, ',') && e + 2 < c->n && c->t[e + 1].kind == TT_NUM &&
               (pch(c, e + 2, ',') || weq(c, e + 2, "and") || weq(c, e + 2, "or")) &&
               e + 3 < c->n && c->t[e + 3].kind == TT_NUM;
    if (list) {  /* the list must end as a date does: not "May 3, 4 and 5 people" */
        size_t g = e + 3;
        while (g + 2 < c->n && (pch(c, g + 1, ',') || weq(c, g + 1, "and")) &&
               c->t[g + 2].kind == TT_NUM)
            g += 2;
        if (g + 1 < c->n && !c->t[g + 1].sent && c->t[g + 1].kind == TT_WORD &&
            !weq(c, g + 1, "in") && !weq(c, g + 1, "at") && !weq(c, g + 1, "when") &&
            !weq(c, g + 1, "to") && !weq(c, g + 1, "for") && !weq(c, g + 1, "with"))
            list = 0;
    }
    if (!(weq(c, e, "and") || weq(c, e, "or") || weq(c, e, "to") || weq(c, e, "through") ||
          (pch(c, e, '-') && adj(c, e) && adj(c, e + 1)) || list))
        return 0;
    const tx_tok *t = &c->t[e + 1];
    if (t->kind != TT_NUM || t->ndig > 2 || t->nf || t->num <= k->d ||
        t->num > dl_days_in_month(x->date.year, x->date.month) || c->t[e + 1].sent)
        return 0;
    size_t f = e + 2;
    if (f < c->n && !c->t[f].sent) {
        if (c->t[f].kind == TT_NUM)
            return 0;
        if (c->t[f].kind == TT_PUNCT && pch(c, f, ',') && f + 1 < c->n &&
            c->t[f + 1].kind == TT_NUM && list)
            return f - 0;  /* the list goes on */
        if (c->t[f].kind == TT_WORD && !weq(c, f, "in") && !weq(c, f, "at") &&
            !weq(c, f, "when") && !weq(c, f, "and") && !weq(c, f, "to") &&
            !weq(c, f, "for") && !weq(c, f, "with"))
            return 0;
        if (c->t[f].kind == TT_PUNCT && (pch(c, f, '%') || pch(c, f, '-') || pch(c, f, '/') ||
                                         pch(c, f, '$')))
            return 0;
    }
    int y;
    size_t ye = tail_year(c, f, &y);
    if (ye && pch(c, f, ',') && y == x->date.year)
        return ye;  /* "April 14-15, 1912": the year closes the pair */
    return e + 2;
}

/* Match and resolve the expressions of the tokens in c, appending to out
 * (base: out->n when tagging began).  Returns 0, or -1 when out of memory. */
/* "from March to May", "between January and April": two yearless months of
 * one span.  When the second came out before the first, the span is moved
 * the way the sentence speaks: the start a year back when told in the
 * past, the end a year on otherwise.  [p0, p1) and [k0, k1) are the token
 * ranges of the two; a and b their timexes. */
static void month_span(const tx_ctx *c, size_t p0, size_t p1, size_t k0, int tense,
                       dl_timex *a, dl_timex *b)
{
    int day = a->date.prec == DL_PREC_DAY;  /* "from July 1 to December 8" likewise */
    size_t vl = day ? 10 : 7;
    if (a->date.prec != b->date.prec || (a->date.prec != DL_PREC_MONTH && !day) ||
        !(a->flags & DL_TXF_RELATIVE) || !(b->flags & DL_TXF_RELATIVE) ||
        strlen(a->value) != vl || strlen(b->value) != vl || k0 != p1 + 1)
        return;
    int dash = pch(c, p1, '-');
    if (!(dash || ((weq(c, p1, "to") || weq(c, p1, "until") || weq(c, p1, "through") ||
                    weq(c, p1, "till") || weq(c, p1, "and")) && p0 > 0 &&
                   (weq(c, p0 - 1, "from") || weq(c, p0 - 1, "between")))))
        return;
    if (a->date.year * 372 + a->date.month * 31 + (day ? a->date.day : 0) <=
        b->date.year * 372 + b->date.month * 31 + (day ? b->date.day : 0))
        return;
    dl_timex *t = tense < 0 ? a : b;
    if (day && t->date.month == 2 && t->date.day == 29)
        return;  /* no 29 February in the year beside */
    t->date.year += tense < 0 ? -1 : 1;
    if (day)
        snprintf(t->value, sizeof t->value, "%04d-%02d-%02d", t->date.year, t->date.month,
                 t->date.day);
    else
        snprintf(t->value, sizeof t->value, "%04d-%02d", t->date.year, t->date.month);
}

/* "Tuesday through Sunday", "Monday to Friday": a span of two weekdays whose
 * end came out before its start ends in the week after.  Arguments as for
 * month_span. */
static void weekday_span(const tx_ctx *c, size_t p1, size_t k0, const tx_cand *k,
                         dl_timex *a, dl_timex *b)
{
    if (k->kind != TXK_WEEKDAY || k->pod || a->date.prec != DL_PREC_DAY ||
        b->date.prec != DL_PREC_DAY || k0 != p1 + 1 || lx(c, p1 - 1, TXC_WEEKDAY) == NOV ||
        !(pch(c, p1, '-') || weq(c, p1, "to") || weq(c, p1, "through") ||
          weq(c, p1, "until") || weq(c, p1, "till") ||
          ((weq(c, p1, "and") || weq(c, p1, "or")) && k->dir == 4)))
        return;
    long da = dl_days_from_civil(a->date.year, a->date.month, a->date.day);
    long db = dl_days_from_civil(b->date.year, b->date.month, b->date.day);
    int y, m, d;
    if (k->dir == 4 && lx(c, p1 - 1, TXC_WEEKDAY) <= 7) {
        /* "from Wednesday to Friday last week": the start is in that week too */
        int wa = lx(c, p1 - 1, TXC_WEEKDAY);
        dl_civil_from_days(db - (k->wd - wa + 7) % 7, &y, &m, &d);
        a->date.year = y;
        a->date.month = m;
        a->date.day = d;
        snprintf(a->value, sizeof a->value, "%04d-%02d-%02d", y, m, d);
        return;
    }
    if (db >= da)
        return;
    dl_civil_from_days(db + 7, &y, &m, &d);
    b->date.year = y;
    b->date.month = m;
    b->date.day = d;
    snprintf(b->value, sizeof b->value, "%04d-%02d-%02d", y, m, d);
}

/* Does the year x (candidate k, tokens [i, e)) say what year its sentence
 * is about?  1 when it opens the sentence ("In 2016, ... in late
 * September", "Last year, ... in April", "That year, ... on Aug. 29") or is
 * a possessive ("Next year's festival ... on April 6"); 2 when it only
 * qualifies a noun, a year gone ("The 2021 race was held in October"; not
 * "the 2014 budget", planned the year before), which counts for what is
 * told in the past; 0 otherwise. */
static int sentence_year(const tx_ctx *c, const tx_rctx *r, const tx_cand *k,
                         const dl_timex *x, size_t i, size_t e)
{
    if (x->date.prec != DL_PREC_YEAR || x->type != DL_TX_DATE || k->aside)
        return 0;
    int the = k->kind == TXK_ABS && i > 0 && weq(c, i - 1, "the");
    if (k->kind == TXK_RELUNIT && k->unit == TXU_YEAR && (k->n == 1 || k->n == -1) &&
        pch(c, e, '\'') && weq(c, e + 1, "s"))
        return 1;
    if ((c->t[i].sent || (i > 0 && c->t[i - 1].sent && weq(c, i - 1, "in"))) && pch(c, e, ','))
        return the ? 2 : 1;
    /* "Last year it fell on March 31", "In 2011 the festival was held on
     * June 4": without the comma, only for what is told the same way */
    if ((c->t[i].sent || (i > 0 && c->t[i - 1].sent && weq(c, i - 1, "in"))) && !the &&
        e < c->n && c->t[e].kind == TT_WORD && !pch(c, e, '\''))
        return 3;
    if (the && k->y >= 0 && k->m < 0 && k->season < 0 && k->quarter < 0 && k->half < 0 &&
        e < c->n && c->t[e].kind == TT_WORD && !c->t[e].cap && !c->t[e].lx && r->dct &&
        x->date.year < r->dct->year)
        return 2;
    return 0;
}

/* 1 when token t is the "to" of an infinitive ("for it to start"), not a
 * preposition ("moved to the city", "deported to Germany"). */
static int infinitive_to(const tx_ctx *c, size_t t)
{
    return weq(c, t, "to") && t + 1 < c->n && c->t[t + 1].kind == TT_WORD &&
           !c->t[t + 1].cap && !WORD_IN(c, t + 1, determiners);
}

/* 1 when the sentence around token i tells of a plan, a forecast, a
 * schedule or a habit ("had been planned for June", "warned of a surge in
 * January", "typically peaks in February"): its past tense says little
 * about which side a yearless month falls. */
static int looks_ahead(const tx_ctx *c, size_t i)
{
    static const char *const w[] = {"planned", "scheduled", "due", "plan", "plans", "planning",
                                    "warned", "warn", "warns", "expected", "likely",
                                    "pencilled", "penciled", "typically", "usually", "until",
                                    "set", "delayed", "postponed", "would", "will", "could",
                                    "forecast", "forecasts", "next", "ending", "meeting"};
    if (sent_has(c, i, w, sizeof w / sizeof w[0]))
        return 1;
    size_t a = i;
    while (a > 0 && !c->t[a].sent)
        a--;
    for (size_t t = a; t < c->n && (t == a || !c->t[t].sent); t++)
        if (lx(c, t, TXC_FUTCUE) != NOV || lx(c, t, TXC_FWDVERB) != NOV)
            return 1;
    return 0;
}

/* 1 when "since" at i closes a record: "the best month since 2007", "the
 * highest level since 1990", "the first time since 1918". */
static int record_since(const tx_ctx *c, size_t i)
{
    for (size_t q = i, k = 0; q > 0 && k < 10 && !c->t[q].sent; k++) {
        q--;
        const tx_tok *t = &c->t[q];
        if (t->kind != TT_WORD)
            continue;
        if (weq(c, q, "first") || weq(c, q, "most") || weq(c, q, "least") ||
            weq(c, q, "record") ||
            weq(c, q, "best") ||
            (t->wlen > 4 && c->s[t->e - 3] == 'e' && c->s[t->e - 2] == 's' && c->s[t->e - 1] == 't' &&
             !weq(c, q, "interest") && !weq(c, q, "protest") && !weq(c, q, "request") &&
             !weq(c, q, "arrest") && !weq(c, q, "contest") && !weq(c, q, "invest")))
            return 1;
    }
    return 0;
}

static int tag_tokens(const tx_ctx *c, tx_rctx *r, dl_timexes *out, size_t base)
{
    size_t bare = (size_t)-1;  /* output index of a clock time that named no day */
    size_t bare0 = (size_t)-1; /* one before it, joined: "between 10 p.m. and midnight" */
    int paren = 0;             /* 1: joined by a bracket: "4:53 p.m. (1223 GMT)" */
    size_t prev0 = 0, prev1 = 0;  /* tokens of the last expression */
    int yearly_sent = 0;          /* a yearly set seen in this sentence */
    int sent_year = 0;            /* a year this sentence is about ("In 2016, ...",
                                   * "Next year's festival", "The 2021 race"), or 0 */
    int sent_year_attr = 0;       /* 2: named only as a modifier ("The 2021 race"); 3:
                                   * opening the sentence without a comma */
    for (size_t i = 0; i < c->n;) {
        if (c->t[i].sent) {
            bare = bare0 = (size_t)-1;
            yearly_sent = 0;
            sent_year = sent_year_attr = 0;
        }
        if (c->t[i].sent) {
            r->sent_last.prec = DL_PREC_NONE;
            r->sent_last_idx = r->sent_half_idx = -1;
        }
        tx_cand k;
        size_t e = can_start(c, i) ? match_at(c, i, &k) : 0;
        if (!e) {
            i++;
            continue;
        }
        for (size_t q = i + 1; q < e; q++)
            if (c->t[q].sent) {
                r->sent_last.prec = DL_PREC_NONE;
                r->sent_last_idx = r->sent_half_idx = -1;
            }
        if (k.kind == TXK_ABS && k.y < 0 && !k.has_yoff && (k.quarter > 0 || k.half > 0) &&
            k.m < 0 && game_period(c, i, e)) {
            i = e;  /* "midway through the third quarter", "the first half of
                     * Saturday's win": a period of a game */
            continue;
        }
        k.t0 = i;
        k.t1 = e;
        /* "ended on January 19, three days later", "reached the comet in August
         * 2014, a decade later": an offset set off by a comma right after a
         * date restates that date, counted from an earlier one */
        static const char *const det[] = {"the", "his", "her", "their", "its", "a", "an",
                                          "it", "he", "she", "they", "we", "this", "that"};
        if (k.kind == TXK_RELUNIT && k.from == TXA_PREV && k.n != 0 && prev1 > 0 &&
            prev1 + 1 == i && pch(c, prev1, ',') && out->n > base &&
            (e >= c->n || c->t[e].sent || pch(c, e, '.') || pch(c, e, ',') || pch(c, e, ';') ||
             (k.unit <= TXU_MONTH && (weq(c, e - 1, "after") || weq(c, e - 1, "before")) &&
              (WORD_IN(c, e, det) || (e < c->n && c->t[e].cap))))) {
            /* "on Nov. 30, the day after his birthday", "on Tuesday, the day
             * after it reported a loss", "the day after Christmas" */
            k.from = TXA_APPOS;
            k.aside = 1;
        }
        /* "on March 31, the Monday after": an appositive weekday that is the
         * date just named restates it */
        if (k.kind == TXK_WEEKDAY && k.from == TXA_PREV && k.strict && prev1 > 0 &&
            prev1 + 1 == i && pch(c, prev1, ',') && out->n > base) {
            const dl_date *pd = &out->v[out->n - 1].date;
            if (pd->prec >= DL_PREC_DAY && pd->prec != DL_PREC_WEEK &&
                dl_weekday(pd->year, pd->month, pd->day) + 1 == k.wd)
                k.strict = 0;
        }
        /* "at 2 p.m. ... By 2:30": a clock time with no half of the day after
         * an afternoon one is in the afternoon too */
        if (k.kind == TXK_RELDAY && k.type == DL_TX_TIME && k.from == TXA_PREV && k.n == 0 &&
            k.half_open && k.hh >= 1 && k.hh <= 11 && r->last_time.prec == DL_PREC_MINUTE &&
            r->last_time.hour >= 12 && k.hh + 12 >= r->last_time.hour)
            k.hh += 12;
        /* only expressions whose direction the text leaves open need the tense */
        int open_dir = k.kind == TXK_WEEKDAY || (k.kind == TXK_ABS && k.y < 0) ||
                       (k.kind == TXK_RELUNIT && k.unit == TXU_WEEKEND) ||
                       (k.kind == TXK_RELUNIT && k.from == TXA_SENTD && k.n > 0) ||
                       (k.kind == TXK_RELUNIT && (k.unit == TXU_YEAR || k.unit == TXU_MONTH) &&
                        k.n == 0 && (k.from == TXA_SENTD || k.from == TXA_PREV)) ||
                       (k.kind == TXK_RELUNIT && k.unit == TXU_YEAR && k.strict == 4) ||
                       (k.kind == TXK_RELUNIT && (k.unit == TXU_DECADE || k.unit == TXU_CENTURY) &&
                        k.n == 0 && k.from == TXA_PREV && k.dir == -1) || k.turn ||
                       (k.kind == TXK_RELDAY && ((k.hh == 24 && k.n == 0) || k.dir == 2 ||
                                                 (k.from == TXA_PREV && k.n == 0)));
        int tense = open_dir ? tx_tense(c, i, e) : 0;
        if (k.kind == TXK_RELDAY && k.type == DL_TX_TIME && k.from == TXA_PREV && k.n == 0 &&
            tense == 1 && r->dct && r->last.prec >= DL_PREC_DAY && r->last.prec != DL_PREC_WEEK &&
            dl_date_cmp(&r->last, r->dct) < 0 &&
            !(i >= 2 && out->n > base && out->v[out->n - 1].end >= c->off + c->t[i - 2].s))
            k.from = TXA_DCT;  /* "reached its verdict yesterday afternoon, and it will
                                * be read at ten a.m.": a time ahead is not on the past
                                * day last named (unless just before it: "on April 15
                                * at 2:20 a.m.") */
        /* "The 2021 race was held in October": a yearless date takes the
         * year the sentence is about (a year named only as a modifier
         * counts for what is told in the past: "The 2019 pay agreement
         * expires at the end of March" is this March) */
        if (sent_year && k.kind == TXK_ABS && k.y < 0 && (k.m > 0 || k.season >= 0) &&
            !k.has_yoff && k.quarter < 0 && k.half < 0 && k.from != TXA_PREV &&
            (sent_year_attr == 0 || (sent_year_attr == 2 && tense < 0) ||
             (sent_year_attr == 3 && r->dct &&
              (sent_year < r->dct->year ? tense < 0
               : sent_year > r->dct->year ? tense > 0 : 1))))
            k.y = sent_year;
        dl_timex x;
        memset(&x, 0, sizeof x);
        x.start = c->off + c->t[i].s;
        x.end = c->off + c->t[e - 1].e;
        x.anchor = -1;
        r->idx = (int)(out->n - base);
        if (k.kind == TXK_ABS && i > 0 && weq(c, i - 1, "since") &&
            ((k.y >= 0 && r->last.prec != DL_PREC_NONE) || record_since(c, i - 1)))
            k.aside = 1;  /* "their first title since 1918", "its biggest drop since
                           * June 20": the background does not become the date in
                           * focus */
        static const char *const delivery[] = {"delivery", "contract", "contracts", "futures",
                                               "options"};
        if (k.kind == TXK_ABS && k.m > 0 && k.y < 0 && !k.has_yoff && k.season < 0 &&
            i > 2 && weq(c, i - 1, "the") && (weq(c, i - 2, "before") || weq(c, i - 2, "after")) &&
            lx(c, i - 3, TXC_UNIT) != NOV && (lx(c, i - 3, TXC_UNIT) & 0xFF) >= TXU_DAY &&
            (lx(c, i - 3, TXC_UNIT) & 0xFF) <= TXU_MONTH && e < c->n && c->t[e].kind == TT_WORD &&
            !c->t[e].cap)
            k.dir = weq(c, i - 2, "before") ? 1 : -1;  /* "died on Tuesday, a few months
                                                       * before the December election":
                                                       * the event after the day told */
        if (k.kind == TXK_ABS && k.m > 0 && k.y < 0 && !k.has_yoff && k.d < 0 &&
            k.season < 0 && WORD_IN(c, e, delivery))
            k.dir = 1;  /* "crude for July delivery", "the July contract": a month
                         * of delivery, this one or ahead */
        if (tense < 0 && k.kind == TXK_ABS && k.m > 0 && k.d < 0)
            k.firm_past = !looks_ahead(c, i) && !(i > 0 && weq(c, i - 1, "for")) &&
                          !weq(c, e, "delivery") &&
                          !(i > 3 && (infinitive_to(c, i - 3) || infinitive_to(c, i - 4))) &&
                          !pch(c, e, '-') && !(i > 0 && (pch(c, i - 1, '-') ||
                                                         weq(c, i - 1, "from")));
                          /* not "clearing the way for it to start operating in
                           * October", nor a range ("rose from March-May") */
        if (tense > 0 && k.kind == TXK_ABS && k.m > 0 && k.y < 0 && !k.has_yoff) {
            /* "said in June that it would be finished in November", "began
             * in February and were supposed to conclude by late April" */
            static const char *const was_to[] = {"would", "supposed", "was", "were"};
            for (size_t t = i; t > 0 && !c->t[t].sent && !k.past_plan; t--)
                if (WORD_IN(c, t - 1, was_to) &&
                    (weq(c, t - 1, "would") || weq(c, t - 1, "supposed") ||
                     ((weq(c, t, "due") || weq(c, t, "expected") || weq(c, t, "set")) &&
                      weq(c, t + 1, "to"))))
                    k.past_plan = 1;
        }
        static const char *const advp[] = {"in", "on", "by", "at", "during"};
        k.adv = i > 0 && WORD_IN(c, i - 1, advp);
        k.birth = i > 0 && (weq(c, i - 1, "born") ||
                            (k.adv && i > 1 && weq(c, i - 2, "born")));
        int had_frame = r->frame_year;
        k.lead = c->t[i].sent || (i > 0 && c->t[i - 1].sent) ||
                 (i > 1 && c->t[i - 2].sent && lx(c, i - 1, TXC_POSMOD) != NOV);
        if (!k.lead && prev1 > 0 && prev1 < i && i - prev1 <= 12 && k.adv) {
            /* "In March 1943 he joined the Navy, and in September he shipped
             * out": a clause that goes on with the story (not "who joined in
             * January 2021, said demand had fallen since March") */
            static const char *const stop[] = {"said", "says", "told", "since", "who",
                                               "which", "that", "but"};
            int and = 0, other = 0;
            for (size_t t = prev1; t < i && !other; t++) {
                and |= weq(c, t, "and");
                other = c->t[t].sent || WORD_IN(c, t, stop);
            }
            k.lead = and && !other ? 2 : 0;
        }
        tx_resolve(r, &k, tense, &x);
        if (x.anchor >= 0)
            x.anchor += (int)base;
        /* "In 1969, ..." opens a story told in that year; any other date
         * named after it closes it (the frame of a full date is r->last's) */
        if (k.kind == TXK_ABS && k.y >= 0 && k.m < 0 && k.season < 0 && k.quarter < 0 &&
            k.half < 0 && k.decade < 0 && k.century < 0 && x.date.prec == DL_PREC_YEAR &&
            i > 0 && weq(c, i - 1, "in"))
            r->frame_year = x.date.year;
        else if (had_frame && !k.aside && x.date.prec != DL_PREC_NONE &&
                 !(x.date.prec >= DL_PREC_MONTH && x.date.year == had_frame))
            r->frame_year = 0;
        int sy = sentence_year(c, r, &k, &x, i, e);
        if (sy) {
            sent_year = x.date.year;
            sent_year_attr = sy == 1 ? 0 : sy;
        }
        if (bare != (size_t)-1 && x.type == DL_TX_DATE && x.date.prec == DL_PREC_DAY) {
            time_takes_day(c, &out->v[bare], &x, (int)out->n);
            if (out->v[bare].anchor == (int)out->n && out->v[bare].date.prec == DL_PREC_MINUTE) {
                r->last_time = out->v[bare].date;  /* "at 9 p.m. on Jan. 20 ... an
                                                    * hour later": from that time */
                if (r->last_time.hour >= 18)
                    r->late_day = dl_days_from_civil(x.date.year, x.date.month, x.date.day);
                if (bare0 != (size_t)-1 && k.kind != TXK_RELDAY &&
                    !(paren && !memchr(c->s + (out->v[bare].end - c->off), ')',
                                       x.start - out->v[bare].end)))
                    time_on_day(&out->v[bare0], &x, (int)out->n);  /* not "from 10
                                             * p.m. until 2 a.m. the next morning",
                                             * nor "05:42 (20:42 GMT on Tuesday)" */
            }
        }
        size_t joined = bare != (size_t)-1 && bare + 1 == out->n &&
                                ((prev1 + 1 == i &&
                                  (weq(c, prev1, "and") || weq(c, prev1, "to") ||
                                   weq(c, prev1, "until") || pch(c, prev1, '-'))) ||
                                 (i > 0 && pch(c, i - 1, '(') && i - prev1 <= 3))
                            ? bare : (size_t)-1;  /* ... or "4:53 p.m. local time (1223 GMT)" */
        int paren_now = joined != (size_t)-1 && i > 0 && pch(c, i - 1, '(');
        if (joined != (size_t)-1 && !paren_now && x.type == DL_TX_TIME &&
            x.date.prec == DL_PREC_MINUTE &&
            (k.kind == TXK_WEEKDAY || (k.kind == TXK_RELDAY && !(k.from == TXA_PREV && k.n == 0)))) {
            /* "from 6 to 8 p.m. Friday", "from 10:30 to 5 p.m. Friday": the
             * start is on that day too (the evening before, when its hour is
             * later: "from 10 p.m. to 2 a.m. Sunday") */
            dl_timex day = x;
            dl_timex *t0 = &out->v[joined];
            int own = 0;  /* "on Thursday from 9 p.m. to 9 p.m. Friday": it has its own */
            for (size_t t = prev0; t > 0 && !c->t[t].sent && !own; t--)
                own = lx(c, t - 1, TXC_WEEKDAY) != NOV || lx(c, t - 1, TXC_RELDAY) != NOV;
            if (!own && t0->date.prec == DL_PREC_MINUTE) {
                if (t0->date.hour > x.date.hour) {
                    long dd = dl_days_from_civil(x.date.year, x.date.month, x.date.day) - 1;
                    dl_civil_from_days(dd, &day.date.year, &day.date.month, &day.date.day);
                }
                time_on_day(t0, &day, (int)out->n);
            }
        }
        bare = bare0 = (size_t)-1;
        paren = 0;
        if (k.kind == TXK_RELDAY && k.type == DL_TX_TIME && k.from == TXA_PREV && k.n == 0 &&
            (x.date.prec == DL_PREC_MINUTE ||
             (x.date.prec == DL_PREC_DAY && k.pod && strchr(x.value, 'T')))) {
            /* ... and "late into the night on Sunday": a part of the day */
            bare = out->n;
            bare0 = joined;
            paren = paren_now;
        }
        /* "held every year on 25 March", "rebalanced each year in June": a
         * yearless date after a yearly set in its sentence recurs */
        if (x.type == DL_TX_SET && (!strcmp(x.value, "P1Y") ||
                                    (!strncmp(x.value, "XXXX-", 5) && x.value[5] != 'W')))
            yearly_sent = 1;
        else if (yearly_sent && k.kind == TXK_ABS && k.y < 0 && k.m > 0 && !k.has_yoff &&
                 k.season < 0 && x.type == DL_TX_DATE && (x.flags & DL_TXF_RELATIVE)) {
            if (k.d > 0 && k.d <= 31)
                snprintf(x.value, sizeof x.value, "XXXX-%02d-%02d", k.m, k.d);
            else if (k.d <= 0)
                snprintf(x.value, sizeof x.value, "XXXX-%02d", k.m);
            x.date.prec = DL_PREC_NONE;
            x.flags = (x.flags & ~(unsigned)DL_TXF_RELATIVE) | DL_TXF_GENERIC;
            x.anchor = -1;
        }
        if (out->n > base && prev1 > 0) {
            if (k.kind != TXK_WEEKDAY)
                month_span(c, prev0, prev1, i, tense, &out->v[out->n - 1], &x);
            weekday_span(c, prev1, i, &k, &out->v[out->n - 1], &x);
        }
        prev0 = i;
        prev1 = e;
        if (push_timex(out, &x) < 0)
            return -1;
        i = e;
        size_t e2 = second_day(c, &k, &x, e);
        tx_cand kl = k;
        for (int more = 0; e2 && more < 31; more++) {
            /* "April 24 and 25": the 25th of the same month; "September
             * 12, 13 and 14": each of a list */
            dl_timex y = x;
            y.start = c->off + c->t[e + 1].s;
            y.end = c->off + c->t[e2 - 1].e;  /* "15, 1912" with its year */
            y.date.day = c->t[e + 1].num;
            snprintf(y.value, sizeof y.value, "%04d-%02d-%02d", y.date.year, y.date.month,
                     y.date.day);
            if (push_timex(out, &y) < 0)
                return -1;
            i = e2;
            kl.d = y.date.day;
            e = e2;
            e2 = second_day(c, &kl, &y, e);
        }
    }
    return 0;
}

/* Tag text chunk by chunk, resolving in text order (see timex.h). */
int dl_tag(const char *text, size_t len, const dl_date *dct, dl_timexes *out)
{
    tx_ctx c;
    memset(&c, 0, sizeof c);
    c.s = text;
    c.len = text ? len : 0;
    c.ix = malloc(sizeof *c.ix);
    if (!c.ix)
        return -1;
    tx_index_build(c.ix);
    tx_rctx r;
    memset(&r, 0, sizeof r);
    r.dct = dct && dct->prec != DL_PREC_NONE ? dct : NULL;
    r.last_idx = -1;
    r.sent_last_idx = r.sent_half_idx = -1;
    r.last_q_idx = -1;
    size_t base = out->n;
    int rc = 0;
    size_t next_nul = 0;
    if (c.len) {
        const char *p = memchr(text, 0, c.len);
        next_nul = p ? (size_t)(p - text) : c.len;
    }
    for (size_t pos = 0; pos < c.len && rc == 0;) {
        size_t end = chunk_end(text, c.len, pos, &next_nul);
        c.s = text + pos;
        c.off = pos;
        if (tokenize(&c, 0, end - pos) < 0 || tag_tokens(&c, &r, out, base) < 0)
            rc = -1;
        pos = end;
    }
    free(c.t);
    free(c.ix);
    return rc;
}

/* Release the list (NULL is fine); it can be reused afterwards. */
void dl_timexes_free(dl_timexes *t)
{
    if (!t)
        return;
    free(t->v);
    t->v = NULL;
    t->n = t->cap = 0;
}
