/*
 * The relation patterns: one row per way an article states a relation,
 * with the confidence an analyst can give a match. Adding a phrasing is
 * adding a row. The notation (compiled by patterns.c):
 *
 *   word        a word, case-insensitive; a|b|c alternatives
 *   , ( ) : ; . that punctuation (,|. either); - any dash (-, --, –, —);
 *               $ the end of the sentence or of a set-out list item
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

/* The words that name the gathering an article is about. */
#define MEET                                                                   \
    "summit|summits|meeting|meetings|session|sessions|gathering|event|"        \
    "events|forum|conference|talks|ceremony"
/* Those that may be hosted: not "talks" held anywhere. */
#define HOSTED "summit|meeting|session|gathering|forum|conference"
/* Verbs of taking part. */
#define ATTEND "attend|attends|attended|attending"
#define PARTICIPATE "participate|participates|participated|participating"
/* How heads are named before "of STATE". */
#define HEADS                                                                  \
    "leaders|presidents|heads|representatives|delegations|leader|president|"   \
    "head"
#define HEADS_OF HEADS " of state|government? and? government? of? the?"

const rule extract_rules[] = {
    /* attendance */
    {HEADS_OF " {A:state+} gathered|met|convened|arrived|assembled",
     0.9,
     {OUT("attends", A, EVENT)},
     0},
    {"attended by the? " HEADS_OF " {A:state+}",
     0.9,
     {OUT("attends", A, EVENT)},
     0},
    {"attended by the? " HEADS " ... including|namely :? {A:person+}",
     0.85,
     {OUT("attends", A, EVENT)},
     0},
    {"attended by the? " HEADS " ... including|namely :? {A:state+}",
     0.85,
     {OUT("attends", A, EVENT)},
     0},
    {"attended by {A:person+}", 0.9, {OUT("attends", A, EVENT)}, 0},
    {"{A:person/state+} ,? also|will|would|may|might|could? " ATTEND
     " the? ... " MEET,
     0.85,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person/state+} ,? also|will|would|may|might|could? join|joins|joined "
     "the? " MEET,
     0.85,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person/state+} ,? is|are|was|were expected|likely|set|due|scheduled "
     "to "
     "attend|join|participate|take",
     0.85,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person/state+} ,? also|will|would? took|take|takes|taking part in "
     "the? "
     "... " MEET,
     0.85,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person/state+} ,? also|will|would? " PARTICIPATE " in the? ... " MEET,
     0.85,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person/state+} took|take|takes|joined|joins|participated|"
     "participates|addressed|spoke ... via|by|through video|videoconference|"
     "videolink|video-link|video-conference",
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person'} speech|call|address|remarks at the ... " MEET,
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {"participation of his|her|their? {A:state+} counterparts",
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {"participation of {A:person+}", 0.85, {OUT("attends", A, EVENT)}, 0},
    {"participation of ... as well as ... {A:person}",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    {"under the chairmanship of ... {A:person}",
     0.75,
     {OUT("attends", A, EVENT), OUT("chairs", A_STATE, ORG)},
     0},
    {"{A:person} chaired|chairs|chair|presided ... session|meeting|summit|"
     "council",
     0.8,
     {OUT("attends", A, EVENT), OUT("chairs", A_STATE, ORG)},
     0},
    {"{A:person} , ... , will|would? preside|presides|presided over the? " MEET,
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person} , serving|acting as the rotating? chair|chairman",
     0.8,
     {OUT("chairs", A_STATE, ORG)},
     0},
    {"chaired by {A:person}", 0.8, {OUT("attends", A, EVENT)}, 0},
    {"present at|in the ... " MEET " were|was :? {A:person+}",
     0.85,
     {OUT("attends", A, EVENT)},
     0},
    {"attendees|participants included|include|were|are :? {A:person+}",
     0.85,
     {OUT("attends", A, EVENT)},
     0},
    {"taking|took part in the ... " MEET " were|was :? {A:person+}",
     0.85,
     {OUT("attends", A, EVENT)},
     0},
    {"present were|was :? {A:person+}", 0.85, {OUT("attends", A, EVENT)}, 0},
    {"those|others present were|are|included :? {A:person+}",
     0.85,
     {OUT("attends", A, EVENT)},
     0},
    {"others are|were|included :? {A:person+}",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    {"attending the? ... " MEET " were|was :? {A:person+}",
     0.85,
     {OUT("attends", A, EVENT)},
     0},
    {MEET " that|which included|includes|include :? {A:person+}",
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {"joined ,? via|by|through video|videoconference|videolink|video-link "
     "link|conference? ,? by {A:person+}",
     0.85,
     {OUT("attends", A, EVENT)},
     0},
    {MEET " ... were|was joined by {A:person+}",
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {ATTEND "|participate|participating ,? including|namely :? "
            "{A:person+}",
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {"attended by ... as well as ... {A:person}",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    {"opening|opened|opens the " MEET " ,? {A:person}",
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person} opened|opens the " MEET, 0.8, {OUT("attends", A, EVENT)}, 0},
    {"{A:person} ,? was|is? making|made|delivered|delivering|gave|giving "
     "his|her|an|a? opening|welcoming|keynote speech|address|remarks",
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person+} will|are|is|was|were? be? expected|set|due|scheduled? to? "
     "deliver|delivered|delivers|give|gave|gives|make|made|makes "
     "opening|welcoming|keynote? remarks|speeches|addresses",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person} will|would? represent|represents|represented {B:state} at "
     "the ... " MEET,
     0.85,
     {OUT("attends", A, EVENT), OUT("attends", B, EVENT)},
     0},
    {"{A:state+} ... being? represented by",
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {"leaders|heads of the ... partners|members|countries|states|nations - "
     "{A:state+}",
     0.75,
     {OUT("attends", A, EVENT)},
     0},

    /* absence */
    {"{A:state/person'} decision not to attend|participate|take",
     0.95,
     {OUT("absent_from", A, EVENT)},
     0},
    {"{A:state/person'} decision to skip|boycott|miss",
     0.9,
     {OUT("absent_from", A, EVENT)},
     0},
    {"{A:state/person} will? to? skip|skips|skipped|boycott|boycotted|"
     "missed the? ... " MEET,
     0.85,
     {OUT("absent_from", A, EVENT)},
     0},
    {MEET " ... skipped|boycotted by ... {A:state/person}",
     0.85,
     {OUT("absent_from", A, EVENT)},
     0},
    {"{A:state/person} refused|declined to take|participate|attend",
     0.9,
     {OUT("absent_from", A, EVENT)},
     0},
    {"leadership|leaders|leader|delegation of {A:state} ... refused|declined "
     "to take|participate|attend",
     0.85,
     {OUT("absent_from", A, EVENT)},
     0},
    {"{A:state/person} ,? will|did|does|would|is|was|are|were|has|have not "
     "be? able? to? " ATTEND "|" PARTICIPATE "|take|taking|present",
     0.9,
     {OUT("absent_from", A, EVENT)},
     0},
    {"{A:state/person} ,? won't|didn't|doesn't|isn't|wasn't " ATTEND
     "|" PARTICIPATE "|take|taking|be",
     0.9,
     {OUT("absent_from", A, EVENT)},
     0},
    {"{A:state/person} stayed|stays|stay|kept away from the? ... " MEET,
     0.85,
     {OUT("absent_from", A, EVENT)},
     0},
    {"{A:state/person} was|were|is|are absent from|at the? ... " MEET,
     0.85,
     {OUT("absent_from", A, EVENT)},
     0},
    {"absence of ... {A:state/person}", 0.8, {OUT("absent_from", A, EVENT)}, 0},
    {"{A:state/person'} absence", 0.85, {OUT("absent_from", A, EVENT)}, 0},

    /* hosting */
    {"hosted by {A:state}", 0.85, {OUT("hosts", A, EVENT)}, 0},
    {"hosted by ... {A:person}",
     0.8,
     {OUT("hosts", A_STATE, EVENT), OUT("attends", A, EVENT)},
     0},
    {"{A:person} , who hosted|chaired the " HOSTED,
     0.85,
     {OUT("hosts", A_STATE, EVENT), OUT("attends", A, EVENT)},
     0},
    {"{A:state} ... hosted|hosts|hosting a|the " HOSTED,
     0.8,
     {OUT("hosts", A, EVENT)},
     0},
    {"kicked|held|opened|convened|began|begun|took off? place? in the "
     "{A:state} capital",
     0.8,
     {OUT("hosts", A, EVENT)},
     0},
    {HOSTED " in|at the {A:state} capital", 0.8, {OUT("hosts", A, EVENT)}, 0},
    {HOSTED " in {A:state}", 0.75, {OUT("hosts", A, EVENT)}, 0},
    {HOSTED " was|is|will|were? be? held|hosted|convened|opened in {A:state}",
     0.8,
     {OUT("hosts", A, EVENT)},
     0},
    {"the {A:state} summit", 0.7, {OUT("hosts", A, EVENT)}, 0},
    {HOSTED " ... take|takes|took|taking place in {A:state}",
     0.8,
     {OUT("hosts", A, EVENT)},
     0},
    {"converged|converge|gathered|gather|arriving|arrived|arrive in|on the? "
     "{A:state} capital?",
     0.75,
     {OUT("hosts", A, EVENT)},
     0},
    {"{A:state} , ... is|was hosting|hosted its|the ... " HOSTED,
     0.8,
     {OUT("hosts", A, EVENT)},
     0},
    {"host country|nation|state ,? {A:state}",
     0.8,
     {OUT("hosts", A, EVENT)},
     0},

    /* the rotating chair */
    {"{A:state'} assumption of the presidency|chairmanship for the {T:year} "
     "term",
     0.9,
     {OUT("chairs", A, ORG)},
     0},
    {"{A:state'} presidency|chairmanship in|for {T:year}",
     0.85,
     {OUT("chairs", A, ORG)},
     0},
    {"{A:state'} {B:org} presidency|chairmanship in|for {T:year}",
     0.85,
     {OUT("chairs", A, B)},
     0},
    {"{A:state'} {B:org} presidency|chairmanship",
     0.8,
     {OUT("chairs", A, B)},
     0},
    {"{A:state'} assumption of the presidency|chairmanship",
     0.85,
     {OUT("chairs", A, ORG)},
     0},
    {"{A:state'} presidency|chairmanship", 0.75, {OUT("chairs", A, ORG)}, 0},
    {"chaired by {A:state}", 0.85, {OUT("chairs", A, ORG)}, 0},
    {"{A:state} , as the current? rotating? chair|chairman|chairmanship of "
     "the? {B:org}",
     0.85,
     {OUT("chairs", A, B)},
     0},
    {"chairman|chair of the? {B:org} ... , {A:state'}",
     0.8,
     {OUT("chairs", A, B)},
     0},
    {"{B:org} chairman|chair and {R:role} of the? {A:state}",
     0.8,
     {OUT("chairs", A, B)},
     0},
    {"{A:state} will? chair|chairs|chaired|assumed|assumes|took the? "
     "presidency|chairmanship",
     0.8,
     {OUT("chairs", A, ORG)},
     0},
    {"{A:state} will? take|takes|took|assume|assumes|assumed over? the "
     "{B:org} presidency|chairmanship",
     0.85,
     {OUT("chairs", A, B)},
     0},
    {"presidency|chairmanship will? pass|passes|passed from {A:state} to "
     "{B:state}",
     0.85,
     {OUT("chairs", A, ORG), OUT("chairs", B, ORG)},
     0},
    {"{B:org} presidency|chairmanship in|for {T:year} ,? which|that will? "
     "pass|passes|passed|go|goes|went|transfer|transfers to {A:state}",
     0.85,
     {OUT("chairs", A, B)},
     0},
    {"presidency|chairmanship in|for {T:year} ,? which|that will? "
     "pass|passes|passed|go|goes|went|transfer|transfers to {A:state}",
     0.85,
     {OUT("chairs", A, ORG)},
     0},

    /* leadership */
    {"{B:state/org} acting|interim? {R:role} ,? {A:person}",
     0.9,
     {OUT("leads", A, B)},
     0},
    {"{R:role} of the? {B:state/org} {A:person}", 0.9, {OUT("leads", A, B)}, 0},
    /* "Putin, President of Russia, Pashinyan": the title after a bare
     * name and a comma is that name's apposition, not a title before the
     * next name. */
    {"{R:role} of the? {B:state/org} , {A:person}",
     0.85,
     {OUT("leads", A, B)},
     GUARD_NOT_AFTER_APPOSITION},
    {"{R:role} {A:person} of the? {B:state}", 0.85, {OUT("leads", A, B)}, 0},
    /* The apposition must close, or "Xi Jinping, President of Tajikistan
     * Emomali Rahmon" in a list would make Xi lead Tajikistan; and the
     * gazetteer's offices and a title before the name win over it. */
    {"{A:person} , the? {R:role} of the? {B:state/org} ,|.|;|)|:|$",
     0.8,
     {OUT("leads", A, B)},
     0},
    {"{A:person} , the? {B:state'} {R:role} ,|.|;|)|:|$",
     0.8,
     {OUT("leads", A, B)},
     0},
    {"{A:person} , who is|was the? {R:role} of the? {B:state/org}",
     0.85,
     {OUT("leads", A, B)},
     0},
    {"{R:role} {A:person}", 0.85, {OUT("leads", A, A_OFFICE)}, 0},
    {"{B:state'} {A:person}", 0.7, {OUT_CHECKED("leads", A, B)}, 0},
    {"secretary -? general , {A:person}",
     0.85,
     {OUT_ROLE("leads", A, ORG, "secretary general")},
     0},
    {"organization's|organisation's|bloc's|alliance's secretary -? general "
     "{A:person}",
     0.85,
     {OUT_ROLE("leads", A, ORG, "secretary general")},
     0},

    /* nationality */
    {"{A:person} ,? is|was|comes from {B:state}",
     0.8,
     {OUT("national_of", A, B)},
     0},
    {"{A:person} ... representative of {B:state}",
     0.75,
     {OUT("national_of", A, B)},
     0},
    {"{B:state} diplomat|national|citizen|politician|general {A:person}",
     0.75,
     {OUT("national_of", A, B)},
     0},

    /* membership */
    {"member -? state|states|country ,? {A:state}",
     0.85,
     {OUT("member_of", A, ORG)},
     0},
    {"{B:org} member -? state|states|country|countries|nations ,? "
     "{A:state+}",
     0.85,
     {OUT("member_of", A, B)},
     0},
    {"{A:state} , a|an {B:org} member state|country",
     0.9,
     {OUT("member_of", A, B)},
     0},
    {"{A:state} , a|an founding? member of the? {B:org}",
     0.9,
     {OUT("member_of", A, B)},
     0},
    {"{A:state} is|was a|an founding|full? member of the? {B:org}",
     0.85,
     {OUT("member_of", A, B)},
     0},
    {"members of the? {B:org} - {A:state+}", 0.85, {OUT("member_of", A, B)}, 0},
    {"members of the? {B:org} : {A:state+}", 0.85, {OUT("member_of", A, B)}, 0},
    {"members of the? {B:org} are|include {A:state+}",
     0.85,
     {OUT("member_of", A, B)},
     0},
    {"{B:org} ,? which? includes|comprises|consists of? {A:state+}",
     0.8,
     {OUT("member_of", A, B)},
     0},
    {"{A:state+} are|were members of the? {B:org}",
     0.85,
     {OUT("member_of", A, B)},
     0},
    {"additional|new|full|founding members ,? {A:state+}",
     0.8,
     {OUT("member_of", A, ORG)},
     0},
    {"{A:state+} are|is|were|was member -? states|state|countries|country",
     0.85,
     {OUT("member_of", A, ORG)},
     0},
    {"{A:state} joined as the? ... member",
     0.85,
     {OUT("member_of", A, ORG)},
     0},
    {"{B:org} ... comprising|comprised {A:state+}",
     0.75,
     {OUT("member_of", A, B)},
     0},
    {"admitting|admitted|admit|admits {A:state} as a full? member",
     0.85,
     {OUT("member_of", A, ORG)},
     0},
    {"{A:state} joined the? {B:org}", 0.85, {OUT("member_of", A, B)}, 0},
    {"{A:state} suspended its participation|membership in the? "
     "organization|organisation|bloc|alliance",
     0.8,
     {OUT_STATUS("member_of", A, ORG, "suspended")},
     0},
    {"{A:state} was|is|has? froze|frozen|freezing|freezes its "
     "participation|membership in the? "
     "organization|organisation|bloc|alliance",
     0.8,
     {OUT_STATUS("member_of", A, ORG, "frozen")},
     0},

    /* arms */
    {"{B:org} ... equipped with {A:state} weapons|arms|equipment",
     0.8,
     {OUT("offers_arms_to", A, B)},
     0},
    {"{B:state} ... equipped with {A:state} weapons|arms|equipment",
     0.7,
     {OUT("arms_dependency", B, A)},
     0},
    {"{A:state} ... relies|rely|depends|dependent|reliant on {B:state} "
     "weapons|arms|equipment",
     0.8,
     {OUT("arms_dependency", A, B)},
     0},

    /* borders */
    {"{A:state/person} ... strengthen|secure|protect|reinforce the {B:state} "
     "border",
     0.8,
     {OUT("border_risk", A_STATE, B)},
     0},
    {"{A:state} - {B:state} border", 0.8, {OUT("border_risk", A, B)}, 0},
    {"border between {A:state} and {B:state}",
     0.8,
     {OUT("border_risk", A, B)},
     0},
    {"{A:state'} border with {B:state}", 0.8, {OUT("border_risk", A, B)}, 0},

    /* non-state threats */
    {"{A:group+} pose|poses|threaten|threatens|reveal|reveals that? "
     "{B:state}",
     0.75,
     {OUT("threatens", A, B)},
     0},
    {"threat|threats of|from|posed by {A:group+} to|for|facing {B:state}",
     0.8,
     {OUT("threatens", A, B)},
     0},
    {"{B:state} faces|face|faced threats? from|of {A:group+}",
     0.8,
     {OUT("threatens", A, B)},
     0},

    /* interventions */
    {"{A:org'} ... deployment of peacekeeping|collective? forces|troops "
     "... in|to {B:state}",
     0.8,
     {OUT("intervened_in", A, B)},
     0},
    {"{A:org} deployed ... peacekeepers|troops|forces to|in {B:state}",
     0.8,
     {OUT("intervened_in", A, B)},
     0},
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
    {"head of state", "leader"},
    {"head of government", "leader"},
    {"executive secretary", "executive secretary"},
    {"queen", "queen"},
    {"sultan", "sultan"},
    {"supreme leader", "supreme leader"},
};
const size_t extract_role_count = sizeof extract_roles / sizeof *extract_roles;
