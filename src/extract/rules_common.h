/*
 * The notation shared by the pattern tables (rules.c, rules_presence.c):
 * how a row names what it emits, and the word lists several rows use.
 */
#ifndef ENTENTE_EXTRACT_RULES_COMMON_H
#define ENTENTE_EXTRACT_RULES_COMMON_H

#include "extract/patterns_internal.h"

#define OUT(type, s, t)                                                        \
    { type, REF_##s, REF_##t, NULL, NULL, 0 }
#define OUT_ROLE(type, s, t, role)                                             \
    { type, REF_##s, REF_##t, role, NULL, 0 }
#define OUT_STATUS(type, s, t, status)                                         \
    { type, REF_##s, REF_##t, NULL, status, 0 }
#define OUT_CHECKED(type, s, t)                                                \
    { type, REF_##s, REF_##t, NULL, NULL, 1 }

/* A row that emits only A's absence from the summit. */
#define ABSENCE(pattern, confidence)                                           \
    { pattern, confidence, {OUT("absent_from", A, EVENT)}, 0 }

/* The words that name the gathering an article is about. */
#define MEET                                                                   \
    "summit|summits|meeting|meetings|session|sessions|gathering|event|"        \
    "events|forum|conference|talks|ceremony"
/* Those that may be hosted: not "talks" held anywhere. */
#define HOSTED "summit|meeting|session|gathering|forum|conference"
/* A region's word before a state ("in Eastern Saudi Arabia"). */
#define REGION "north|northern|south|southern|east|eastern|west|western|central"
/* The leaders' coming to a place. */
#define ARRIVED "reached|arrived|arrive|arrives|arriving|converged|landed"
/* Verbs of taking part. */
#define ATTEND "attend|attends|attended|attending"
#define PARTICIPATE "participate|participates|participated|participating"
/* How heads are named before "of STATE". */
#define HEADS                                                                  \
    "leaders|presidents|heads|representatives|delegations|leader|president|"   \
    "head|emirs|emir|kings|king|rulers|monarchs"
#define HEADS_OF HEADS " of state|government? and? government? of? the? both?"

/* Ranks before a name (only words other rules name already: a word of
 * the vocabulary is no longer an unknown given name the matcher may
 * skip, patterns.c). */
#define RANKS "captain|colonel|general|lieutenant|capt|col|gen"

/* Cues of the general rules (rules_cues.c, rules_membership.c). */
/* Being at the summit, in any tense: attended, took part, was present,
 * arrived, gathered, will represent ... ("was represented by" is
 * someone else's presence) */
#define PRESENCE                                                               \
    "attend|attends|attended|attending|participate|participates|"              \
    "participated|participating|part|present|arrived|arrive|arrives|"          \
    "arriving|gathered|gather|gathers|convened|convene|assembled|represent|"   \
    "represents|representing"
/* The verbs that put a meeting in a place: "held in", "took place in",
 * "kicked off in", "gathered in" (not "began in": wars begin too). */
#define PLACED                                                                 \
    "held|hosted|convened|convenes|gathered|gathering|gather|meets|met|"       \
    "meeting|opened|opens|underway|completed|concluded|concludes|place|off|"   \
    "up"
/* Who speaks for states at a summit, before the states: "leaders of
 * A and B", "Presidents of OTS member states A, B". */
#define HEADS_OF_STATES HEADS " of the? {A:state+}"
/* "heads of state from A and B", "leaders from A" */
#define HEADS_FROM_STATES HEADS " of? state|government? from the? {A:state+}"
#define HEADS_OF_GROUP                                                         \
    HEADS " of the? ~ states|countries|nations|members :? -? {A:state+}"
/* The organization as the text refers to it without its name. */
#define ORG_WORD                                                               \
    "it|bloc|group|grouping|organization|organisation|alliance|union|"         \
    "association|community|confederation|commonwealth|body"

/* Verbs that give an organization's members. */
#define MEMBERS_VERB                                                           \
    "includes|include|included|comprises|comprise|comprised|comprising|"       \
    "consists|consisted|consisting|unites|uniting|groups|grouping|composed"
/* Nouns for an organization's members before their names: "comprises
 * former Soviet republics such as A", "includes the two most populous
 * nations in the world, A and B". */
#define MEMBER_NOUNS                                                           \
    "countries|nations|states|republics|economies|members|powers|world"
/* (not "launched" or "started" before a gap: "The session ... launched in
 * Yerevan ... chaired by the Prime Minister of Armenia" is no founding) */
#define FOUNDED "founded|established|created|formed|set"
#define LAUNCHED "launched|started"
#define EXPANDED                                                               \
    "expanded|expands|expand|expanding|enlarged|grew|grown|widened|extended"

/* What is said or done at the summit by someone who is there. */
#define SAID_AT                                                                \
    "signed|adopted|approved|endorsed|said|says|spoke|speaks|stressed|"        \
    "noted|proposed|announced|declared|emphasized|emphasised|urged|warned|"    \
    "called|presented|outlined|delivered|unveiled|voiced|reaffirmed"

/* Helpers of the vetoes shared by rules_scope.c, rules_place.c and
 * rules_vetoes.c. */
/* 1 when text[0..n) is one of `words` (ASCII, case folded). */
int scope_word_in(const char *const *words, size_t count, const char *text,
                  size_t n);
/* 1 when token k is a word of `words` (lower-case ASCII). */
int scope_word_is(const sentence_tokens *s, size_t k, const char *const *words,
                  size_t count);
/* 1 when, before the last state named in tokens [from, to), come a
 * place's name: capitalized words back to an "in", "at", "of" or
 * "reached", then a comma or an "in" (a region word may stand before the
 * state), and the state closes the phrase: "in Kazan, Russia", "in the
 * city of Dhahran in Eastern Saudi Arabia", "reached Johannesburg in
 * South Africa"; not a date or a clause ("in 2024, Russia", "in Russia,
 * China said", "in Kazan, South Africa said", "in Kazan, Russia's
 * ministry") (rules_place.c). */
int place_name_before(const sentence_tokens *s, size_t from, size_t to);
/* 1 when the state at token `from` follows a capitalized region word:
 * "Northern Cyprus" names no state the gazetteer has (rules_vetoes.c). */
int region_before_state(const sentence_tokens *s, size_t from);
/* 1 when a word around the chair's match over tokens [from, to) dates it
 * to the past: "who chaired the CSTO last year", "the previous chair"
 * (rules_vetoes.c). */
int chair_of_the_past(const sentence_tokens *s, size_t from, size_t to);
/* 1 when a membership match over tokens [from, to) joins a meeting, not
 * the organization: "A joined the ORG leaders|summit|talks", or a person
 * is the subject of "joined" ("Ukrainian President Zelensky joined the
 * G7 group in Japan") (rules_vetoes.c). */
int joined_a_meeting(const sentence_tokens *s, size_t from, size_t to);
/* 1 when the only state in the match over tokens [from, to) opens
 * another entity's name: "the Turkish Republic of Northern Cyprus"
 * (rules_vetoes.c). */
int state_inside_name(const sentence_tokens *s, size_t from, size_t to);
/* 1 when "weeks after", "days before" stands before a hosting match at
 * token `from` in its clause: the summit it names is another, counted
 * from ("weeks after Putin decided not to join the BRICS summit in South
 * Africa") (rules_vetoes.c). */
int after_a_span_of_time(const sentence_tokens *s, size_t from);
/* 1 when "since" governs the meeting a hosting match opens with at
 * `from`: "progress made since the inaugural summit in Niamey" is
 * another, earlier one (rules_vetoes.c). */
int since_another_meeting(const sentence_tokens *s, size_t from);
/* 1 when the membership or chair a row gives the article's organization
 * is, in the match over tokens [from, to), another body's: qualified by
 * its name ("SADC member states A, B"), a name's head in the match ("the
 * East African Community includes A") or "it", "the bloc" after a name
 * the gazetteer lacks (rules_vetoes.c). */
int org_given_to_another(const sentence_tokens *s, const compiled_rule *cr,
                         size_t from, size_t to);
/* 1 when a chair's match over tokens [from, to) is another's: a
 * person's who heads no state ("chaired by Chad's NAME, chairperson of
 * the AU Commission"), or a ministerial, committee or experts' meeting's
 * ("the ministerial session was chaired by A") (rules_vetoes.c). */
int chair_of_another(const sentence_tokens *s, size_t from, size_t to);
/* 1 when a doubt before the match at `from` governs its clause: "It is
 * possible that A will not attend", "unclear whether" (rules_vetoes.c). */
int doubted_clause(const sentence_tokens *s, size_t from);
/* 1 when a state other than the one at token `from` is named in the
 * match before its end `to`: "Turkey handed the chair to Uzbekistan,
 * which hosted the summit" names the nearer state the host
 * (rules_vetoes.c). */
int other_state_before_verb(const sentence_tokens *s, size_t from, size_t to);

/* The tables split from those patterns_internal.h declares, each read
 * right after the part it was split from (rules.c). */
const rule *extract_absence_hosting_rules(size_t *count);
const rule *extract_cue_host_rules(size_t *count);
const rule *extract_late_cue_rules(size_t *count);
/* Attendance stated once for a group or list (groups_rules.c). */
const rule *extract_group_rules(size_t *count);

#endif /* ENTENTE_EXTRACT_RULES_COMMON_H */
