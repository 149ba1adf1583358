/*
 * The relation patterns: one row per way an article states a relation,
 * with the confidence an analyst can give a match. Adding a phrasing is
 * adding a row. The notation (compiled by patterns.c):
 *
 *   word        a word, case-insensitive; a|b|c alternatives; word* a prefix
 *   , ( ) : ; . that punctuation (,|. either); - any dash (-, --, –, —)
 *   x?          the element x is optional
 *   ...         up to PATTERN_GAP_MAX tokens of anything (shortest first)
 *   {A:types}   a gazetteer mention bound to A (or B); types are state, org,
 *               person, group joined by /; a demonym or capital counts as
 *               its state. {A:state'} needs a possessive ("Armenia's");
 *               {A:state+} takes a coordinated list ("A, B and C")
 *   {R:role}    a title: president, prime minister, secretary general, ...
 *   {T:year}    a year, kept as the relation's `term`
 *
 * Each row emits one or two relations from A, B, the state a person
 * holds office in (A.state: any office, A.office: the office of title R),
 * the summit event (EVENT) and the organization the article is about (ORG).
 */
#include "extract/patterns_internal.h"

#define OUT(type, s, t)                                                        \
    { type, REF_##s, REF_##t, NULL, NULL, 0 }
#define OUT_ROLE(type, s, t, role)                                             \
    { type, REF_##s, REF_##t, role, NULL, 0 }
#define OUT_STATUS(type, s, t, status)                                         \
    { type, REF_##s, REF_##t, NULL, status, 0 }
#define OUT_CHECKED(type, s, t)                                                \
    { type, REF_##s, REF_##t, NULL, NULL, 1 }

#define MEET "summit|meeting|session|gathering|event|events"

const rule extract_rules[] = {
    /* attendance */
    {"leaders|presidents|heads of {A:state+} gathered|met|convened",
     0.9,
     {OUT("attends", A, EVENT)}},
    {"attended by the? presidents|leaders|heads of {A:state+}",
     0.9,
     {OUT("attends", A, EVENT)}},
    {"attended by {A:person+}", 0.9, {OUT("attends", A, EVENT)}},
    {"{A:person+} also? attend|attends|attended the? " MEET,
     0.85,
     {OUT("attends", A, EVENT)}},
    {"{A:state/person} took|take|takes part in the? " MEET,
     0.85,
     {OUT("attends", A, EVENT)}},
    {"{A:person'} speech|call|address|remarks at the " MEET,
     0.8,
     {OUT("attends", A, EVENT)}},
    {"participation of his|her|their? {A:state+} counterparts",
     0.8,
     {OUT("attends", A, EVENT)}},
    {"participation of ... as well as ... {A:person}",
     0.7,
     {OUT("attends", A, EVENT)}},
    {"under the chairmanship of ... {A:person}",
     0.75,
     {OUT("attends", A, EVENT)}},

    /* absence */
    {"{A:state/person'} decision not to attend|participate|take",
     0.95,
     {OUT("absent_from", A, EVENT)}},
    {"{A:state/person'} decision to skip|boycott|miss",
     0.9,
     {OUT("absent_from", A, EVENT)}},
    {"{A:state/person} will? to? skip|skips|skipped|boycott|boycotted|"
     "missed the? ... " MEET,
     0.85,
     {OUT("absent_from", A, EVENT)}},
    {MEET " ... skipped|boycotted by ... {A:state/person}",
     0.85,
     {OUT("absent_from", A, EVENT)}},
    {"{A:state/person} refused|declined to take|participate|attend",
     0.9,
     {OUT("absent_from", A, EVENT)}},
    {"leadership|leaders|leader|delegation of {A:state} ... refused|declined "
     "to take|participate|attend",
     0.85,
     {OUT("absent_from", A, EVENT)}},
    {"{A:state/person} will|did|does|would not attend|participate|take",
     0.9,
     {OUT("absent_from", A, EVENT)}},
    {"absence of ... {A:state/person}", 0.8, {OUT("absent_from", A, EVENT)}},
    {"{A:state/person'} absence", 0.85, {OUT("absent_from", A, EVENT)}},

    /* hosting */
    {"hosted by {A:state}", 0.85, {OUT("hosts", A, EVENT)}},
    {"hosted by ... {A:person}",
     0.8,
     {OUT("hosts", A_STATE, EVENT), OUT("attends", A, EVENT)}},
    {"{A:person} , who hosted|chaired the " MEET,
     0.85,
     {OUT("hosts", A_STATE, EVENT), OUT("attends", A, EVENT)}},
    {"{A:state} ... hosted|hosts a|the " MEET, 0.8, {OUT("hosts", A, EVENT)}},
    {"kicked|held|opened|convened|began|begun|took off? place? in the "
     "{A:state} capital",
     0.8,
     {OUT("hosts", A, EVENT)}},
    {MEET " in {A:state}", 0.75, {OUT("hosts", A, EVENT)}},
    {"the {A:state} summit", 0.7, {OUT("hosts", A, EVENT)}},

    /* the rotating chair */
    {"{A:state'} assumption of the presidency|chairmanship for the {T:year} "
     "term",
     0.9,
     {OUT("chairs", A, ORG)}},
    {"{A:state'} presidency|chairmanship in|for {T:year}",
     0.85,
     {OUT("chairs", A, ORG)}},
    {"{A:state'} assumption of the presidency|chairmanship",
     0.85,
     {OUT("chairs", A, ORG)}},
    {"{A:state'} presidency|chairmanship", 0.75, {OUT("chairs", A, ORG)}},
    {"chaired by {A:state}", 0.85, {OUT("chairs", A, ORG)}},
    {"{A:state} will? chair|chairs|chaired|assumed|assumes|took the? "
     "presidency|chairmanship",
     0.8,
     {OUT("chairs", A, ORG)}},
    {"presidency|chairmanship will? pass|passes|passed from {A:state} to "
     "{B:state}",
     0.85,
     {OUT("chairs", A, ORG), OUT("chairs", B, ORG)}},

    /* leadership */
    {"{B:state/org} {R:role} {A:person}", 0.9, {OUT("leads", A, B)}},
    {"{R:role} of {B:state/org} ,? {A:person}", 0.9, {OUT("leads", A, B)}},
    /* The apposition must close, or "Xi Jinping, President of Tajikistan
     * Emomali Rahmon" in a list would make Xi lead Tajikistan; and it
     * yields to a title before the name (extract.c keeps one state per
     * leader and sentence). */
    {"{A:person} , {R:role} of {B:state/org} ,|.|;|)|:",
     0.8,
     {OUT("leads", A, B)}},
    {"{R:role} {A:person}", 0.85, {OUT("leads", A, A_OFFICE)}},
    {"{B:state'} {A:person}", 0.7, {OUT_CHECKED("leads", A, B)}},
    {"secretary -? general , {A:person}",
     0.85,
     {OUT_ROLE("leads", A, ORG, "secretary general")}},
    {"organization's|organisation's|bloc's|alliance's secretary -? general "
     "{A:person}",
     0.85,
     {OUT_ROLE("leads", A, ORG, "secretary general")}},

    /* nationality */
    {"{A:person} ,? is|was|comes from {B:state}",
     0.8,
     {OUT("national_of", A, B)}},
    {"{A:person} ... representative of {B:state}",
     0.75,
     {OUT("national_of", A, B)}},
    {"{B:state} diplomat|national|citizen|politician|general {A:person}",
     0.75,
     {OUT("national_of", A, B)}},

    /* membership */
    {"member -? state|states|country {A:state}",
     0.85,
     {OUT("member_of", A, ORG)}},
    {"{A:state} , a|an {B:org} member state|country",
     0.9,
     {OUT("member_of", A, B)}},
    {"{A:state} , a|an member of the? {B:org}", 0.9, {OUT("member_of", A, B)}},
    {"members of the? {B:org} - {A:state+}", 0.85, {OUT("member_of", A, B)}},
    {"members of the? {B:org} : {A:state+}", 0.85, {OUT("member_of", A, B)}},
    {"members of the? {B:org} are|include {A:state+}",
     0.85,
     {OUT("member_of", A, B)}},
    {"{B:org} ,? which? includes|comprises|consists of? {A:state+}",
     0.8,
     {OUT("member_of", A, B)}},
    {"{A:state+} are|were members of the? {B:org}",
     0.85,
     {OUT("member_of", A, B)}},
    {"admitting|admitted|admit|admits {A:state} as a full? member",
     0.85,
     {OUT("member_of", A, ORG)}},
    {"{A:state} joined the? {B:org}", 0.85, {OUT("member_of", A, B)}},
    {"{A:state} suspended its participation|membership in the? "
     "organization|organisation|bloc|alliance",
     0.8,
     {OUT_STATUS("member_of", A, ORG, "suspended")}},
    {"{A:state} froze|frozen its participation|membership in the? "
     "organization|organisation|bloc|alliance",
     0.8,
     {OUT_STATUS("member_of", A, ORG, "frozen")}},

    /* arms */
    {"{B:org} ... equipped with {A:state} weapons|arms|equipment",
     0.8,
     {OUT("offers_arms_to", A, B)}},
    {"{B:state} ... equipped with {A:state} weapons|arms|equipment",
     0.7,
     {OUT("arms_dependency", B, A)}},
    {"{A:state} ... relies|rely|depends|dependent|reliant on {B:state} "
     "weapons|arms|equipment",
     0.8,
     {OUT("arms_dependency", A, B)}},

    /* borders */
    {"{A:state/person} ... strengthen|secure|protect|reinforce the {B:state} "
     "border",
     0.8,
     {OUT("border_risk", A_STATE, B)}},
    {"{A:state} - {B:state} border", 0.8, {OUT("border_risk", A, B)}},
    {"border between {A:state} and {B:state}", 0.8, {OUT("border_risk", A, B)}},
    {"{A:state'} border with {B:state}", 0.8, {OUT("border_risk", A, B)}},

    /* non-state threats */
    {"{A:group+} pose|poses|threaten|threatens|reveal|reveals that? "
     "{B:state}",
     0.75,
     {OUT("threatens", A, B)}},
    {"threat|threats of|from|posed by {A:group+} to|for|facing {B:state}",
     0.8,
     {OUT("threatens", A, B)}},
    {"{B:state} faces|face|faced threats? from|of {A:group+}",
     0.8,
     {OUT("threatens", A, B)}},

    /* interventions */
    {"{A:org'} ... deployment of peacekeeping|collective? forces|troops "
     "... in|to {B:state}",
     0.8,
     {OUT("intervened_in", A, B)}},
    {"{A:org} deployed ... peacekeepers|troops|forces to|in {B:state}",
     0.8,
     {OUT("intervened_in", A, B)}},
};
const size_t extract_rule_count = sizeof extract_rules / sizeof *extract_rules;

/* Types that are not built in, declared in the output when used. */
const custom_type extract_custom_types[] = {
    {"offers_arms_to", ENT_ENTITY_STATE, ENT_ENTITY_ORGANIZATION},
    {"intervened_in", ENT_ENTITY_ORGANIZATION, ENT_ENTITY_STATE},
};
const size_t extract_custom_type_count =
    sizeof extract_custom_types / sizeof *extract_custom_types;

/* Titles for {R:role}: the words as they appear, the role recorded. */
const role_phrase extract_roles[] = {
    {"secretary - general", "secretary general"},
    {"secretary general", "secretary general"},
    {"prime minister", "prime minister"},
    {"president", "president"},
    {"premier", "prime minister"},
    {"chancellor", "chancellor"},
    {"emir", "emir"},
    {"king", "king"},
    {"leader", "leader"},
};
const size_t extract_role_count = sizeof extract_roles / sizeof *extract_roles;
