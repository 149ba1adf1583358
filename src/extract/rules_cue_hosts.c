/*
 * The general rules of hosting and the chair (notation in rules.c): the
 * meeting, a verb that places it and the place ("The summit ... was held
 * in Astana", "in Kazan, Russia", "the summit, which Kazakhstan
 * hosted"), and a state that takes, holds or is the chair ("will assume
 * the rotating presidency of the SCO", "Japarov, who chairs the CSTO").
 * Read between the earlier and the later cue rows (rules_cues.c); the
 * place guard is rules_place.c's, the vetoes of a past chair
 * rules_vetoes.c's.
 */
#include "extract/rules_common.h"

static const rule cue_host_rules[] = {
    /* hosting: the meeting, a verb that places it, and the place
     * ("The summit ... was held in Astana", "completed in Bishkek",
     * "takes place in the Turkmen capital") */
    {HOSTED " ~ " PLACED " in|at the? {A:state} capital|city?",
     0.75,
     {OUT("hosts", A, EVENT)},
     0},
    {"gathering|gathered|gather|meet|meets|met|meeting|convene|convened|"
     "held|arrived|arriving|arrive|" HOSTED " in the capital of {A:state}",
     0.75,
     {OUT("hosts", A, EVENT)},
     0},

    /* "the summit in the Gambian capital Banjul", "the summit took
     * place at the Palace of Independence in Astana", "Uzbekistan hosted
     * the leaders" (recall6) */
    {HOSTED " ~ in|at the {A:state} capital",
     0.75,
     {OUT("hosts", A, EVENT)},
     0},
    {HOSTED " ~ " PLACED " at ~ in {A:state} ,|.|;|$",
     0.7,
     {OUT("hosts", A, EVENT)},
     0},
    {"{A:state} ~ host|hosts|hosted|hosting the? leaders|heads|delegations|"
     "counterparts",
     0.7,
     {OUT("hosts", A, EVENT)},
     0},
    {"{A:state} ~ host|hosts|hosted|hosting ~ the|a|this|its " HOSTED,
     0.75,
     {OUT("hosts", A, EVENT)},
     0},
    /* "Uzbekistan, which hosted this year's event": the year's own
     * gathering, whatever it is called */
    {"{A:state} ,? which|that? has|had|is|was? host|hosts|hosted|hosting "
     "this year's " MEET,
     0.75,
     {OUT("hosts", A, EVENT)},
     0},
    {"{A:state'} capital|city ~ host|hosts|hosted|hosting",
     0.75,
     {OUT("hosts", A, EVENT)},
     0},
    {"the host|hosts ,? -? {A:state} ,|.|;|$",
     0.75,
     {OUT("hosts", A, EVENT)},
     0},

    /* "the summit in Kazan, Russia" (a city that is no capital, with
     * its state), then a mark or when: "was held in Kazan, Russia on 22
     * October", "in Samarkand, Uzbekistan last week" (the guard reads
     * what closes the phrase, rules_place.c) */
    {HOSTED " ~ in|at ~ , {A:state}",
     0.7,
     {OUT("hosts", A, EVENT)},
     GUARD_PLACE_NAME},
    /* the city, then "in" its state: "took place in the city of Dhahran
     * in Eastern Saudi Arabia" */
    {HOSTED " ~ in|at ~ in " REGION "? {A:state}",
     0.7,
     {OUT("hosts", A, EVENT)},
     GUARD_PLACE_NAME},
    /* the leaders reach the city: "leaders reached Johannesburg in South
     * Africa to attend the summit", "arrived in Kazan, Russia, for the
     * summit" */
    {ARRIVED " in? ~ in " REGION "? {A:state} ~ " MEET,
     0.7,
     {OUT("hosts", A, EVENT)},
     GUARD_PLACE_NAME},
    {ARRIVED " in? ~ , {A:state} ~ " MEET,
     0.7,
     {OUT("hosts", A, EVENT)},
     GUARD_PLACE_NAME},
    /* "the Russian-hosted summit" */
    {"{A:state} - hosted ~ " HOSTED, 0.75, {OUT("hosts", A, EVENT)}, 0},
    /* "the summit, which Kazakhstan hosted" */
    {HOSTED " ,? which|that {A:state} ~ hosted|hosts|hosting|host",
     0.75,
     {OUT("hosts", A, EVENT)},
     0},

    /* the chair: a state that takes, holds or is the chair ("India ...
     * will assume the rotational presidency of the SCO", "The
     * Philippines is this year's chair") */
    {"{A:state} ~ assume|assumes|assumed|assuming|take|takes|took|taking|"
     "hold|holds|held|holding|chair|chairs|chaired|chairing over? the "
     "rotating|rotational|annual|current chairmanship|presidency|chair of the "
     "{B:org}",
     0.8,
     {OUT("chairs", A, B)},
     0},
    {"{A:state} ~ assume|assumes|assumed|assuming|take|takes|took|taking|"
     "hold|holds|held|holding over? the rotating|rotational|annual|current "
     "chairmanship|presidency|chair",
     0.75,
     {OUT("chairs", A, ORG)},
     0},
    {"{A:state} is|was|will|becomes|became be? the|this|its? year's|current|"
     "incoming|next|new rotating|rotational? chair|chairman|chairwoman|"
     "chairmanship",
     0.75,
     {OUT("chairs", A, ORG)},
     0},
    /* "Russia, which will chair the CSTO in 2026" */
    {"{A:state} ~ chair|chairs|chaired|chairing|preside|presides|presided "
     "over? the? {B:org}",
     0.75,
     {OUT("chairs", A, B)},
     0},
    /* "Japarov, as chairman of the CSTO Collective Security Council" */
    {"{A:person} ,? as|the|current|rotating chair|chairman|chairwoman|"
     "chairperson of the ~ {B:org}",
     0.75,
     {OUT("chairs", A_STATE, B)},
     0},
    /* "Kyrgyzstan, which chairs the organization", "the Kazakh
     * chairmanship", "the incoming chair, Russia" */
    {"{A:state} ~ chair|chairs|chaired|chairing|preside|presides|presided "
     "over? the " ORG_WORD,
     0.75,
     {OUT("chairs", A, ORG)},
     0},
    {"the {A:state} chairmanship", 0.75, {OUT("chairs", A, ORG)}, 0},
    {"incoming|next|new|outgoing chair|chairman|chairmanship|presidency ,? "
     "{A:state}",
     0.75,
     {OUT("chairs", A, ORG)},
     0},
    /* "under the Kazakh presidency" */
    {"under the {A:state} presidency|chairmanship|chair",
     0.75,
     {OUT("chairs", A, ORG)},
     0},
    /* "Japarov, who chairs the CSTO", "Tokayev handed over the
     * chairmanship to Japarov" */
    {"{A:person} , who|which currently? chairs|chaired ~ the? {B:org}",
     0.75,
     {OUT("chairs", A_STATE, B)},
     0},
    {"{A:person} ~ handed|hands|hand|passed|passes|pass over? the? "
     "rotating? chairmanship|presidency|chair ~ to",
     0.75,
     {OUT("chairs", A_STATE, ORG)},
     0},
    {"handed|hands|hand|passed|passes|pass over? the? rotating? "
     "chairmanship|presidency|chair ~ to {A:person}",
     0.75,
     {OUT("chairs", A_STATE, ORG)},
     0},
    /* "A meeting ..., chaired by President NAME, takes place" */
    {"chaired|presided by ~ {A:person}",
     0.8,
     {OUT("attends", A, EVENT), OUT("chairs", A_STATE, ORG)},
     0},
    /* the same after a title no role lists, with its state: "chaired by
     * Chairman of the Cabinet of Ministers of the Kyrgyz Republic NAME"
     * (the state is the one NAME holds office in, by the gazetteer) */
    {"chaired|presided over? by the? ~ of the? {B:state} ,? {A:person}",
     0.75,
     {OUT("attends", A, EVENT), OUT("chairs", A_STATE, ORG)},
     0},
    /* the chair passing, words between: "The chairmanship of the
     * organization passed from Azerbaijan to Turkey" (the state it passes
     * to; the adjacent form of rules.c also draws the one it leaves) */
    {"chairmanship|presidency|chair ~ passed|passes|pass|passing|went|goes|"
     "moved|rotated|rotates from the? {B:state} to the? {A:state}",
     0.8,
     {OUT("chairs", A, ORG)},
     0},
};

const rule *extract_cue_host_rules(size_t *count) {
    *count = sizeof cue_host_rules / sizeof *cue_host_rules;
    return cue_host_rules;
}
