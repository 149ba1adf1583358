/*
 * Attendance stated once for a group: the cue of presence is on the
 * group ("delegations", "their leaders", "the leaders of"), the states
 * are a list the group governs in its clause, and each member of the
 * list attends (notation in rules.c). The list stands where the clause
 * gap "~" of the general rules (rules_cues.c) cannot reach it:
 *
 *   after a colon:      "attended by delegations from the bloc's 10 full
 *                        members: A, B and C"
 *   in an apposition:   "EU leaders and their counterparts from Western
 *                        Balkan countries - A, B and C - are set to meet"
 *   before "their":     "A, B and C are non-recognizers; however, their
 *                        leaders will still attend the summit"
 *   as a partner:       "after signing the deal with the leaders of A
 *                        and B, President C said", "flanked by A and B"
 *
 * Negation, hedges and other gatherings are vetoed as for every rule
 * (patterns.c). The confidence stays below that of an explicit "A
 * attended" (0.85 in rules_presence.c): the group's cue is one step from
 * the names.
 */
#include "extract/rules_common.h"

/* A group of persons that speaks for states. */
#define GROUP_NOUN HEADS "|counterparts|delegates|officials|ministers"
/* Nouns that name the states as a set ("Western Balkan countries"). */
#define STATES_NOUN "countries|states|nations|members|partners|republics"
/* Being at the meeting, as a group does it: PRESENCE and the verbs of
 * meeting ("are set to meet in Sofia"). */
#define GROUP_PRESENCE PRESENCE "|meet|meets|met|gathering|convening"

/* One gathering, not a habit ("their leaders attend summits for the
 * photos" is an opinion of every summit). */
#define ONE_MEETING "summit|meeting|session|gathering|forum|conference"

static const rule group_rules[] = {
    /* the list after a colon: "attended by delegations from the bloc's
     * 10 full members: A, B and C" */
    {"attended|joined by ~ " GROUP_NOUN " ~ : {A:person/state+}",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    /* the list in an apposition of dashes or parentheses in the
     * subject, then the group's presence: "counterparts from Western
     * Balkan countries - A, B and C - are set to meet in Sofia" */
    {GROUP_NOUN " ~ " STATES_NOUN " - {A:state+} -? ~ " GROUP_PRESENCE,
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    {GROUP_NOUN " ~ " STATES_NOUN " ( {A:state+} )? ~ " GROUP_PRESENCE,
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    /* the group named just before: "A, B and C ... however, their
     * leaders will still attend the summit" */
    {"{A:state+} ... ,|; their leaders|presidents|heads|delegations ~ " PRESENCE
     " ~ the|this|year’s|year's " ONE_MEETING,
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* the subject, a relative clause on it, then its presence: "A,
     * which has been invited to join but has yet to integrate, is also
     * participating" (the clause may hold "but": "..." is no clause gap) */
    {"{A:person/state+} , which|who ... , is|are|was|were|will also? be? "
     "participating|attending|present|taking",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* "will be present" and "will be in attendance": one row each (an
     * alternation binds one word: "present|in attendance" needed
     * "present attendance") */
    {"{A:person/state+} ~ will|would|to also? be present",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person/state+} ~ will|would|to also? be in attendance",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* signing with the heads of the states: "After signing the deal with
     * the leaders of A, B and C, President D said" (D signed too) */
    {"after|before signing ~ with the? " HEADS " of ... {B:person} "
     "said|says|told|stressed|noted|declared|announced",
     0.7,
     {OUT("attends", B, EVENT)},
     0},
    {"signed|signing ~ with the? " HEADS_OF_STATES,
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* what the heads of the states did together: "the leaders of A, B
     * and C also decided to create a confederation", "a meeting between
     * the presidents of A, B and C on the sidelines". The verb goes on at
     * once ("decided to", "adopted the"), so that a time after it ("agreed
     * last year to") fails the row rather than escape the vetoes, which
     * read the match and the words before it. */
    {HEADS_OF_STATES " ~ decided|agreed to|on|that",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    {HEADS_OF_STATES " ~ adopted|approved|endorsed the|a",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    {"meeting|meetings|talks between the? " HEADS_OF_STATES,
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* beside each other at the meeting: "flanked by A and B", "sat
     * between A and B" */
    {"flanked by {A:person+}", 0.7, {OUT("attends", A, EVENT)}, 0},
    {"sat|seated|sitting|stood|standing between {A:person+}",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
};

const rule *extract_group_rules(size_t *count) {
    *count = sizeof group_rules / sizeof *group_rules;
    return group_rules;
}
