/*
 * The scope of an absence: the rules (rules_absence_hosting.c,
 * rules_stand_ins.c) find an absence predicate ("will not attend",
 * "skipped", "absence of") and a name near it; this reader checks, in
 * the sentence's tokens, that the name is the predicate's subject in
 * its clause and that the clause speaks of this summit. It vetoes a
 * name that is no subject (a dateline's capital, "Brussels - X will
 * not attend"; a demonym before a common noun, "a blow to Sudanese
 * calls"; nobody named, "the absence of 10 leaders"), another event
 * ("will not take part in the events on May 9", "but they will take
 * part in the summit"), a past summit ("missed last year's summit") and
 * a hedge ("may skip"). Read in the second pass, a sentence at a time,
 * before a head's absence is carried to the state (infer.c): a vetoed
 * head leaves no absent state.
 */
#ifndef ENTENTE_EXTRACT_ABSENCE_H
#define ENTENTE_EXTRACT_ABSENCE_H

#include "extract/extract_internal.h"

/* Scratch for the tokens of one sentence and the classes of their
 * words (absence.c); zeroed before first use. */
typedef struct {
    token *tokens;
    size_t count, capacity;
    unsigned char *classes; /* per token, the classes of its word */
    size_t classes_capacity;
} absence_reader;

/* Rejects the absences in `f` (the findings of sentence `s`) that their
 * clause does not bear out, with the reason --explain gives. Reads the
 * sentence only when it has an absence: nearly every sentence costs one
 * scan of its findings. ENT_ENOMEM or ENT_OK. Time O(tokens x
 * mentions) per absence: each mention of its name is checked in its clause. */
ent_status absence_sentence(absence_reader *r, finding_list *f, sentence s);

/* Frees the scratch; the reader may be zeroed and used again. */
void absence_release(absence_reader *r);

#endif /* ENTENTE_EXTRACT_ABSENCE_H */
