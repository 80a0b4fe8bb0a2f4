/*
 * article.h - the head of a news article (internal).
 */
#ifndef DL_ARTICLE_H
#define DL_ARTICLE_H

#include <stddef.h>

/* Where the article's body starts, after header lines ("date ...",
 * "Published: ...", a standalone date line) and blank lines.  When the body
 * opens with a news dateline ("PARIS, Jan 6 (Reuters) - "), *dateline_end
 * is the offset just after it; otherwise 0. */
size_t dl_article_body(const char *text, size_t len, size_t *dateline_end);

#endif
