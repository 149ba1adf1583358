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
 * a hedge ("may skip"). Read in the first pass, on the tokens the
 * patterns read (the name reader's persons and near spellings in), a
 * sentence at a time, * before a head's absence is carried to the state
 * (infer.c): a vetoed head leaves no absent state.
 */
#ifndef ENTENTE_EXTRACT_ABSENCE_H
#define ENTENTE_EXTRACT_ABSENCE_H

#include "extract/extract_internal.h"
#include "extract/polarity.h"

/* The sentence's clause reading (polarity.h); zeroed before first use. */
typedef struct {
    clause_reading reading;
} absence_reader;

/* Reads the polarity of the clauses of sentence `s` (its `count` tokens,
 * the name reader's persons in; `cues`, their classes for the attendance
 * model), when its findings `f` hold an absence, or it names someone and
 * has a word that may turn a clause (polarity_cue): drops an
 * attendance its clause denies (REASON_POLARITY), adds the absences the
 * clauses state, then rejects the absences their clause does not bear
 * out, with the reason --explain gives. ENT_ENOMEM or ENT_OK. Time
 * O(tokens x mentions) per finding read. */
ent_status absence_sentence(absence_reader *r, finding_list *f, sentence s,
                            const token *tokens, const uint16_t *cues,
                            size_t count);

/* Frees the scratch; the reader may be zeroed and used again. */
void absence_release(absence_reader *r);

#endif /* ENTENTE_EXTRACT_ABSENCE_H */
