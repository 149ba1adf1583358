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
 *   ~           likewise, within the clause: never over ; : . ? !, a
 *               bullet, "while", "but", "sidelines", ... or the name of a
 *               person or state (rules_scope.c)
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
#include "extract/rules_common.h"

static const rule other_rules[] = {
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
    {"under the chairmanship|presidency of {A:state}",
     0.85,
     {OUT("chairs", A, ORG)},
     0},
    {"{A:state} , which|that currently? chairs|chaired the? {B:org}",
     0.85,
     {OUT("chairs", A, B)},
     0},
    {"{A:state} , which|that currently? holds|held|chairs the? rotating? "
     "chairmanship|presidency",
     0.85,
     {OUT("chairs", A, ORG)},
     0},
    {"{A:state} , the current? rotating? chair|chairman of the? {B:org}",
     0.85,
     {OUT("chairs", A, B)},
     0},
    {"chairmanship|presidency of the? {B:org} will? pass|passes|passed|"
     "went|goes|go|transfer|transfers|transferred to {A:state}",
     0.85,
     {OUT("chairs", A, B)},
     0},
    /* the state the chair passes to chairs (tests/extract/README.md,
     * "Chair"); the one that hands it over no longer does */
    {"{A:state} will? handed|hands|hand|passed|passes|pass over? the? "
     "rotating? chairmanship|presidency to {B:state}",
     0.8,
     {OUT("chairs", B, ORG)},
     0},
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
    /* taking over or handing over the chair */
    {"{A:state} will|has|have? took|take|takes|taking|assume|assumes|assumed|"
     "assuming over? the? rotating? chairmanship|presidency|chair",
     0.8,
     {OUT("chairs", A, ORG)},
     0},
    {"{A:person} will|has|have? took|take|takes|taking|assume|assumes|"
     "assumed|assuming over? the? rotating? chairmanship|presidency",
     0.75,
     {OUT("chairs", A_STATE, ORG)},
     0},
    {"handed|hands|hand|handing|passed|passes|transferred|transfers over? "
     "the? rotating? chairmanship|presidency|chair ... to the? {A:state}",
     0.75,
     {OUT("chairs", A, ORG)},
     0},
    {"current|rotating chair|chairman|chairmanship|president|presidency ,? "
     "{A:state}",
     0.75,
     {OUT("chairs", A, ORG)},
     0},
    {"the country's {A:earlier-state} {B:org} chairmanship|presidency "
     "in|for {T:year}",
     0.75,
     {OUT("chairs", A, B)},
     0},
    /* "Kyrgyzstan chairs the SCO", "this year Kyrgyzstan chairs in the SCO" */
    {"{A:state} currently? chairs|chaired|chairing in? the? {B:org}",
     0.8,
     {OUT("chairs", A, B)},
     0},
    /* "will pass the baton of chairmanship to the Russian Federation" */
    {"baton of the? chairmanship|presidency to the? {A:state}",
     0.8,
     {OUT("chairs", A, ORG)},
     0},
    {"presidency|chairmanship will? pass|passes|passed from {A:state} to "
     "{B:state}",
     0.85,
     {OUT("chairs", B, ORG)},
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
    {"{B:state/org} acting|interim|transitional|transition|junta|military? "
     "{R:role} ,? {A:person}",
     0.9,
     {OUT("leads", A, B)},
     0},
    /* "Iran's new President Masoud Pezeshkian" ("former" is not one) */
    {"{B:state/org} new|newly|incumbent|current|outgoing|elected|sitting|"
     "longtime|long-time|veteran {R:role} ,? {A:person}",
     0.85,
     {OUT("leads", A, B)},
     0},
    /* a rank between the title and the name: "Mali's transitional
     * President, Colonel Assimi Goita" */
    {"{B:state/org} acting|interim|transitional|transition|junta|military? "
     "{R:role} ,? " RANKS " .? {A:person}",
     0.85,
     {OUT("leads", A, B)},
     0},
    {"{R:role} " RANKS " .? {A:person}", 0.8, {OUT("leads", A, A_OFFICE)}, 0},
    /* "President Belarus Alexander Lukashenko" (the "of" left out) */
    {"{R:role} {B:state} {A:person}", 0.8, {OUT("leads", A, B)}, 0},
    /* "Patrice Talon of Benin" in a list of leaders: only when the
     * gazetteer has the person in office there on the date. */
    {"{A:person} of the? {B:state} ,|;|.|)|$",
     0.7,
     {OUT_CHECKED("leads", A, B)},
     0},
    {"{A:person} of the? {B:state} and", 0.7, {OUT_CHECKED("leads", A, B)}, 0},
    {"{A:person} of the? {B:state} took|attended|attend|attends|joined|"
     "arrived|participated|were|was|are|is|will|also|have|had",
     0.7,
     {OUT_CHECKED("leads", A, B)},
     0},
    /* "Burkina Faso's Captain Ibrahim Traore": a rank, not a title; the
     * gazetteer must hold the office. */
    {"{B:state'} captain|colonel|general|lieutenant|capt|col|gen .? "
     "{A:person}",
     0.7,
     {OUT_CHECKED("leads", A, B)},
     0},
    /* a head of government's title longer than any role phrase, maybe
     * with a second office: "Chairman of the Cabinet of Ministers (and
     * Chief of Staff of ...) of the Kyrgyz Republic Akylbek Japarov";
     * only when the gazetteer has the person in office there */
    {"chairman|chairwoman|chairperson|head of the cabinet|council of "
     "ministers ... of the? {B:state} ,? {A:person}",
     0.8,
     {OUT_CHECKED("leads", A, B)},
     0},
    {"{R:role} of the? {B:state/org} {A:person}", 0.9, {OUT("leads", A, B)}, 0},
    /* "NATO chief Mark Rutte", "Belarusian strongman Alexander
     * Lukashenko", "Vladimir Putin (Russia)": no title of the
     * annotation rules, so only when the gazetteer has the person in
     * office there on the date */
    {"{B:org} chief|head|boss ,? {A:person}",
     0.7,
     {OUT_CHECKED("leads", A, B)},
     0},
    {"{B:state'} strongman|ruler|head ,? {A:person}",
     0.7,
     {OUT_CHECKED("leads", A, B)},
     0},
    {"{A:person} ( {B:state} )", 0.7, {OUT_CHECKED("leads", A, B)}, 0},
    /* a set-out list: "Azerbaijan - President Ilham Aliyev" */
    {"{B:state} - {R:role} {A:person}", 0.85, {OUT("leads", A, B)}, 0},
    {"{B:state} : {R:role} {A:person}", 0.85, {OUT("leads", A, B)}, 0},
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
    {"{B:state} diplomat|national|citizen|politician {A:person}",
     0.75,
     {OUT("national_of", A, B)},
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

const rule *extract_rule_table(size_t table, size_t *count) {
    switch (table) {
    case 0:
        return extract_presence_rules(count);
    case 1:
        return extract_absence_hosting_rules(count);
    case 2:
        *count = sizeof other_rules / sizeof *other_rules;
        return other_rules;
    case 3:
        return extract_membership_rules(count);
    case 4:
        return extract_cue_rules(count);
    case 5:
        return extract_cue_host_rules(count);
    case 6:
        return extract_late_cue_rules(count);
    case 7:
        return extract_stand_in_rules(count);
    case 8:
        return extract_joining_rules(count);
    case 9:
        return extract_group_rules(count);
    default:
        *count = 0;
        return NULL;
    }
}

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
    {"pm", "prime minister"},
    {"chancellor", "chancellor"},
    {"emir", "emir"},
    {"amir", "emir"},
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
