/*
 * wn_nominals.h - verb -> event noun and verb form -> lemma look-ups, from
 * tables generated out of WordNet 3.0 (src/wn_nominals.c is written by
 * src/tools/gen-nominals.sh; licence in src/tools/WORDNET-LICENSE).
 *
 * All data is static const (string pools plus sorted offset arrays): nothing
 * is parsed or allocated at start-up or at look-up time, and the functions
 * are thread-safe. Returned strings point into the tables; never free them.
 * Input is ASCII; upper-case letters are folded (words longer than 63 bytes
 * are never found).
 */
#ifndef DL_WN_NOMINALS_H
#define DL_WN_NOMINALS_H

#include <stddef.h>

/* The noun a headline uses for the happening a verb lemma names
 * ("invade" -> "invasion", "launch" -> "launch", "take over" -> "takeover"),
 * or NULL when the word is not a verb lemma or WordNet gives it no
 * act/event noun. Phrasal verbs are two words joined by one space. */
const char *dl_wn_nominal(const char *lemma);

/* The lemma of a verb form: irregular forms from WordNet's verb.exc first
 * ("met" -> "meet", "found" -> "find", "saw" -> "see"), then the form itself
 * when it is a lemma, then regular -s/-es/-ies/-ed/-d/-ied/-ing forms with
 * doubled consonants and dropped e ("planned" -> "plan", "hoping" -> "hope",
 * "carried" -> "carry"). NULL when no candidate is a WordNet verb. */
const char *dl_wn_verb_lemma(const char *form);

/* Introspection for tests and tools. The verb table holds every verb lemma,
 * sorted by strcmp; dl_wn_verb_at returns the i-th lemma (i < count) and
 * sets *noun (when noun is not NULL) to its event noun or NULL. The form
 * table holds the irregular forms, sorted the same way. */
size_t dl_wn_verb_count(void);
const char *dl_wn_verb_at(size_t i, const char **noun);
size_t dl_wn_form_count(void);
const char *dl_wn_form_at(size_t i, const char **lemma);

#endif
