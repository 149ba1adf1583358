/*
 * The pattern table of how a membership comes about or changes: becoming
 * the Nth member, being welcomed or admitted, joining in a year, an
 * accession completed, observer status given, a suspension (which keeps
 * the membership), and the leaders of member states a summit brings
 * together. Written in the seventh round of issue 12 (members8) from the
 * misses of all development articles, each a cue and the names it
 * governs; the vetoes of rules_scope.c apply to every row (a withdrawal,
 * a former member, an application, considering joining, a preposition's
 * object).
 */
#include "extract/rules_common.h"

/* States as the subject of a suspension, in any tense: "Niger and Gabon
 * were suspended", "Guinea had previously been suspended". */
#define STATES_SUSPENDED                                                       \
    "{A:state+} had|has|have|was|were|is|are|remain|remains|remained "         \
    "previously|also|now|still|already|officially|temporarily|since? "         \
    "been? suspended"

/* Letting a state in: "formally admitting Timor-Leste ... into the
 * regional bloc" ("welcomed A to the SCO" is a welcome to its summit,
 * not an admission: welcoming counts only "into"). */
#define ADMITTED "admitted|admitting|admits|admit|accepted|accepting|accepts"

static const rule joining_rules[] = {
    /* Becoming a member with the organization's name before the noun:
     * "Sweden officially became NATO's 32nd member", "Finland became the
     * alliance's 31st member state" */
    {"{A:state+} ~ became|becomes|become|becoming ~ {B:org'} ~ "
     "member|members|member-state|member-states|state|ally",
     0.75,
     {OUT("member_of", A, B)},
     0},
    /* a relative clause between the state and the verb: "Finland, which
     * shares a 1,340-kilometer (832-mile) border with Russia, became a
     * member of NATO" (two gaps: the clause may be long) */
    {"{A:state} , which|who|that ... ... , became|becomes|becoming|joined|"
     "is|was ~ member|members|member-state of the? {B:org}",
     0.75,
     {OUT("member_of", A, B)},
     0},
    /* the organization welcoming or admitting a state: "leaders welcomed
     * Timor-Leste as the bloc's 11th member", "admitting Timor-Leste ...
     * into the regional bloc" */
    {"welcomed|welcomes|welcome|welcoming|admitted|admitting|admits|admit|"
     "accepted|accepting|accepts {A:state+} as ~ member|members|"
     "member-state|member-states|state",
     0.75,
     {OUT("member_of", A, ORG)},
     0},
    {ADMITTED " {A:state+} ~ into|to the? {B:org}",
     0.75,
     {OUT("member_of", A, B)},
     0},
    {ADMITTED " {A:state+} ~ into|to the? ~ " ORG_WORD,
     0.7,
     {OUT("member_of", A, ORG)},
     0},
    {"welcomed|welcoming|welcomes {A:state+} ~ into the? ~ " ORG_WORD,
     0.7,
     {OUT("member_of", A, ORG)},
     0},
    /* joining without an object, dated: "since Cambodia joined in 1999",
     * "India and Pakistan joined in 2017" */
    {"{A:state+} ~ joined in {T:year}", 0.7, {OUT("member_of", A, ORG)}, 0},
    /* "ORG's newest member A", "the bloc's newest members, A and B" */
    {"{B:org'} newest|latest|new|newly|youngest admitted? member|members|"
     "member-state|member-states|state|states|ally ,? {A:state+}",
     0.75,
     {OUT("member_of", A, B)},
     0},
    /* an accession completed: "Armenia's accession treaty came into
     * force", "Sweden's NATO accession went into effect", "Timor-Leste's
     * admission was formalised"; "Sweden completed its membership
     * procedures". An accession alone, sought or negotiated, is none. */
    {"{A:state'} {B:org} accession|admission ~ went|came|took|entered|was|"
     "were|is|has|had ~ effect|effective|force|sealed|completed|finalized|"
     "finalised|formalized|formalised|official",
     0.75,
     {OUT("member_of", A, B)},
     0},
    {"{A:state'} accession|admission ~ went|came|took|entered|was|were|is|"
     "has|had ~ effect|effective|force|sealed|completed|finalized|finalised|"
     "formalized|formalised|official",
     0.7,
     {OUT("member_of", A, ORG)},
     0},
    {"{A:state} ~ completed|completes|finalized|finalised|concluded its "
     "accession|membership|admission",
     0.75,
     {OUT("member_of", A, ORG)},
     0},
    /* observer status given: "agreed to give Uzbekistan and Cuba observer
     * status", "Moldova also has observer status" */
    {"give|gave|given|giving|grant|granted|granting|grants|accord|accorded|"
     "award|awarded {A:state+} observer status",
     0.8,
     {OUT_STATUS("member_of", A, ORG, "observer")},
     0},
    {"{A:state+} ~ has|have|had|holds|hold|held|gained|received|obtained "
     "observer status",
     0.75,
     {OUT_STATUS("member_of", A, ORG, "observer")},
     0},
    /* a suspension keeps the membership: "Niger and Gabon were suspended
     * in August 2023", "Guinea had previously been suspended from 2008",
     * "Mali was suspended from the AU"; what follows "suspended" must end
     * the clause or date it, so that "flights were suspended" needs a
     * state as subject and "talks between A and B were suspended" is a
     * preposition's object */
    {STATES_SUSPENDED " in|on|after|since|for|until",
     0.75,
     {OUT_STATUS("member_of", A, ORG, "suspended")},
     0},
    {STATES_SUSPENDED " ,|.|;|$",
     0.75,
     {OUT_STATUS("member_of", A, ORG, "suspended")},
     0},
    {STATES_SUSPENDED " from {T:year}",
     0.75,
     {OUT_STATUS("member_of", A, ORG, "suspended")},
     0},
    {STATES_SUSPENDED " from|by the? {B:org}",
     0.8,
     {OUT_STATUS("member_of", A, B, "suspended")},
     0},
    {"{B:org} ~ suspended|suspends|suspend {A:state+}",
     0.75,
     {OUT_STATUS("member_of", A, B, "suspended")},
     0},
    /* "the Syrian regime's participation in Arab League meetings had
     * been suspended": a suspended state is still a member */
    {"{A:state} regime's|government's|regime|government? "
     "participation|membership|seat in|at the? {B:org} "
     "meetings|summits|activities? had|has|have|was|were|is|remains|"
     "remained been? suspended",
     0.75,
     {OUT_STATUS("member_of", A, B, "suspended")},
     0},
    {"{A:state'} participation|membership|seat in|at the? {B:org} "
     "meetings|summits|activities? had|has|have|was|were|is|remains|"
     "remained been? suspended",
     0.75,
     {OUT_STATUS("member_of", A, B, "suspended")},
     0},
    {"suspension|suspensions of {A:state+}",
     0.7,
     {OUT_STATUS("member_of", A, ORG, "suspended")},
     0},
    /* "brings together leaders from ASEAN's ten member states - LIST":
     * whoever is listed is at the summit and a member */
    {"together|gathers|gathered|gathering|gather " HEADS " from|of the? ~ "
     "member -? states|countries|nations ,|:? -? {A:state+}",
     0.75,
     {OUT("attends", A, EVENT), OUT("member_of", A, ORG)},
     0},
    /* "the 10-member bloc of A, B", "the six-nation alliance of A and B" */
    {"member|nation|state|country " ORG_WORD " of|comprising|consisting "
     "of? the? {A:state+}",
     0.7,
     {OUT("member_of", A, ORG)},
     0},
};

const rule *extract_joining_rules(size_t *count) {
    *count = sizeof joining_rules / sizeof *joining_rules;
    return joining_rules;
}
