/*
 * Dated forms of persons' names: "King Abdullah", "Emir Tamim", "Sheikh
 * Mishal", a title and a given name that several persons may share, each
 * under the dates of the office that gives the title (the gazetteer's
 * "titled" spellings). The article's date tells them apart.
 */
#ifndef ENTENTE_GAZETTEER_DATED_H
#define ENTENTE_GAZETTEER_DATED_H

#include "extract/extract_internal.h"

/* 1 for a dated form: an alias with dates (the loader gives dates to
 * no other alias; a capital's dates never keep it from matching). */
static inline int gazetteer_dated_form(const gz_spelling *s) {
    return s->kind == SPELLING_ALIAS && (s->since != NULL || s->until != NULL);
}

/*
 * gazetteer_match, with dated forms resolved on `date`: a dated form
 * names the one person whose form is in use on the date, and nobody (the
 * shorter spelling at `at`, if any, is found instead) when two persons'
 * are or none is. Without a date (NULL), a form names a person only when
 * nobody else ever held it.
 */
int gazetteer_match_on(const ent_gazetteer_t *gazetteer, const char *text,
                       size_t length, size_t at, const char *date,
                       mention *found);

/* gazetteer_match_on, where two persons' dated forms in use on the date
 * are told apart by the state named just before (`state`, an entity
 * index, or SIZE_MAX for none): the one holding an office of it on the
 * date ("Jordanian King Abdullah", "Saudi Arabia's King Abdullah"). */
int gazetteer_match_near(const ent_gazetteer_t *gazetteer, const char *text,
                         size_t length, size_t at, const char *date,
                         size_t state, mention *found);

/* The bytes of the title that opens spelling `spelling` and that the
 * patterns read as a role ("King " of "King Abdullah"), space included,
 * for a dated form; 0 otherwise ("Sheikh Mishal", an honorific the
 * patterns do not read, is all name). The tokenizer leaves such a title
 * a word of its own, as the alias tables leave it out of aliases. */
size_t gazetteer_title_length(const ent_gazetteer_t *gazetteer, int spelling);

#endif /* ENTENTE_GAZETTEER_DATED_H */
