/*
 * The general rules: a cue of attendance, hosting or the chair, and the
 * names it governs in the same clause, whatever the words between
 * (notation in rules.c). A clause gap "~" skips up to PATTERN_GAP_MAX
 * tokens but never a clause break or another person or state
 * (rules_scope.c), so a cue binds the nearest list of names on its side;
 * negation, hedges and other gatherings are read as for every rule
 * (patterns.c). These rows come after the specific ones: where both
 * match, the draft keeps the more confident.
 */
#include "extract/rules_common.h"

/* Keeping a name out of the meeting. */
#define EXCLUDE                                                                \
    "exclude|excluded|excludes|excluding|bar|barred|bars|ban|banned|bans"

/* A stand-in sent in the head's place. */
#define SENT_TO_REPRESENT                                                      \
    "sending|sent|send|sends|deployed|deploy|deploys|dispatched|dispatch|"     \
    "dispatches ~ to represent"

static const rule cue_rules[] = {
    /* attendance: the names, then a cue of presence, then the meeting
     * ("A, B and C, who arrived on Monday, will take part in the
     * summit", "A will represent their countries at the summit") */
    {"{A:person/state+} ~ " PRESENCE " ~ " MEET,
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    /* the cue, then a colon and the names: "The following heads of
     * state took part in the meeting: A, B", "Participants of the
     * summit: A, B" */
    {PRESENCE " ~ " MEET " : {A:person/state+}",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    {"participants|participant|attendees|participating ~ : "
     "{A:person/state+}",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    /* "Also at the summit were A and B", "Joining the talks were A" */
    {"at|joining|attending the ~ " MEET " ,? were|was|are|is :? "
     "{A:person/state+}",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    /* "A and B were among the leaders at the summit", "A was one of the
     * leaders at the summit" */
    {"{A:person/state+} ~ is|are|was|were among|one the? ~ leaders|heads|"
     "participants|attendees|guests|those|presidents ~ at|in|attending the? "
     "~ " MEET,
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* "Leaders present: A, B", "Leaders at the session included A of
     * X, B of Y" (recall6) */
    {HEADS "|participants|attendees present|attending|participating : "
           "{A:person/state+}",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    {HEADS "|participants|attendees|guests at|attending the ~ " MEET
           " ~ include|includes|included|including|were|are :? "
           "{A:person/state+}",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    /* "A, along with B and C, attended", "Joining A at the summit
     * were ..." (recall6) */
    {"{A:person/state+} ,? along|together with {B:person/state+} ,? "
     "~ " PRESENCE,
     0.75,
     {OUT("attends", A, EVENT), OUT("attends", B, EVENT)},
     0},
    {"joining|alongside|accompanying {A:person/state+} at|in the ~ " MEET,
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* "A and B were among the attendees." */
    {"{A:person/state+} ~ is|are|was|were among the? attendees|participants|"
     "guests .|,|;|$",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* "A, B and C are among the leaders attending." */
    {"{A:person/state+} ~ is|are|was|were among the? ~ leaders|heads|"
     "participants|attendees|guests|presidents attending|present|"
     "participating|there|expected",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* "Leaders of A and B were in Kazan for the summit" */
    {"{A:person/state+} ~ is|are|was|were|been in ~ for the ~ " MEET,
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    {HEADS_OF_STATES " ~ is|are|was|were|been in ~ for the ~ " MEET,
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    {HEADS_FROM_STATES " ~ " PRESENCE "|is|are|was|were|been",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    {PRESENCE "|brought|gathered|gathers|brings|united|unites|welcomed|drew ~ "
              "the? " HEADS_FROM_STATES,
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* "A attended in person, as did B" */
    {"{A:person/state+} ~ attended|attend|attends|participated|participates|"
     "participate|part|present|joined|joins|join in|by? "
     "person|personally|virtually|online|remotely",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    {PRESENCE " ~ ,? as did|does|do|will {A:person/state+}",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* what someone said or did at the summit: "A signed the declaration
     * at the summit", "B warned during the meeting that ..." */
    {"{A:person/state+} ~ " SAID_AT " ~ at|during the ~ " MEET,
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* "The summit drew A, B and C" */
    {MEET " ~ drew|attracted :? {A:person/state+}",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* the family photo, the floor, the delegation: "The leaders of A
     * and B posed for a family photo", "A took the floor", "B led his
     * country's delegation" */
    {"{A:person/state+} ~ posed|pose|poses ~ photo|photograph|picture",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    {HEADS_OF_STATES " ~ posed|pose|poses ~ photo|photograph|picture",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person} ~ took|takes|take the floor",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person} ~ led|leads|lead|leading|headed|heads|head|heading ~ "
     "delegation",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* "A and B also attended." */
    {"{A:person/state+} ~ attended|attend|attends|participated|participate|"
     "participates|part|present .|;|$",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* arrivals and travel (recall6): "A was the first leader to
     * arrive", "B, C and D arrived in succession", "the heads of A and
     * B have already left for Nur-Sultan" (the capital stands for the
     * host state) */
    {"{A:person/state+} ~ was|were|is|are|being the first|last|second|"
     "third ~ to arrive|land|attend|reach|come",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person/state+} ~ arrived|arrive|arrives in? succession? .|;|$",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person/state+} ~ left|leaves|departed|departs|flew|flies|"
     "travelled|traveled|travels|headed|heads for|to {B:state}",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    {HEADS_OF_STATES " ~ left|leaves|departed|departs|flew|flies|"
                     "travelled|traveled|travels|headed for|to {B:state}",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* "A was present as an observer", "B took part as a guest",
     * "C will also be at the meeting" */
    {"{A:person/state+} ~ " PRESENCE "|be|is|are|was|were|joined|joins "
     "as an|a|the? observer|observers|guest|guests",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person/state+} ~ is|are|was|were|be|been at the ~ " MEET,
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* "with the presence of A", "A's participation in the summit", "A
     * confirmed his participation" */
    {"in|with|saw|sees|witnessed|marked the presence|participation|"
     "attendance of the? {A:person/state+}",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person/state'} participation|presence|attendance in|at the ~ " MEET,
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person/state} ~ confirmed|confirms|announced|announces ~ "
     "his|her|its|their participation|attendance|presence",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* "A held talks with B at the summit", "A inaugurated the summit",
     * "heads of state from A and B joined the summit" (recall6) */
    {"{A:person+} ~ held|holds|hold talks|meeting|meetings with {B:person+} "
     "at|during the ~ " MEET,
     0.7,
     {OUT("attends", A, EVENT), OUT("attends", B, EVENT)},
     0},
    {"{A:person} ~ inaugurated|inaugurates|launched|closed|closes the ~ " MEET,
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    {HEADS_FROM_STATES " ~ joined|joins|join the ~ " MEET,
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* "A told the summit" */
    {"{A:person} ~ told|addressed the ~ " MEET,
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* "A, B and C were represented at the summit by ...": the states,
     * not the persons, are there */
    {"{A:state+} ~ represented ~ " MEET, 0.75, {OUT("attends", A, EVENT)}, 0},
    /* "A, B and C arrived in Ashgabat": the host's capital */
    {"{A:person+} ~ arrived|arrive|arrives|arriving in|at the? {B:state}",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* the cue, then the names: "attended by the leaders ...: A, B",
     * "Presidents confirmed to have arrived so far include A, B",
     * "those present were A and B" */
    {"attended|joined|brought by :? ~ {A:person/state+}",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    {PRESENCE "|participants|attendees|arrivals|guests|brought|brings|"
              "bringing|united|unites|drew|attracted ~ include|includes|"
              "included|including|were|are :? {A:person/state+}",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    /* "Presidents of A, B and C were the first to arrive for the
     * Summit", "the leaders of OTS member states A and B attended" */
    {HEADS_OF_STATES " ~ " PRESENCE, 0.75, {OUT("attends", A, EVENT)}, 0},
    {HEADS_OF_GROUP " ~ " PRESENCE, 0.75, {OUT("attends", A, EVENT)}, 0},
    {PRESENCE "|brought|gathered|gathers|brings|united|unites|welcomed ~ "
              "the? " HEADS_OF_STATES,
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    {PRESENCE "|brought|gathered|gathers|brings|united|unites|welcomed ~ "
              "the? " HEADS_OF_GROUP,
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    /* absence: "A pulled out of the summit", "B declined the
     * invitation", "C was not represented", "D did not send a
     * delegation" */
    {"{A:state/person} ~ pulled|pulls|pull|pulling out of the ~ " MEET,
     0.8,
     {OUT("absent_from", A, EVENT)},
     0},
    {"{A:state/person} ~ declined|rejected|turned|turns|declines down? "
     "the|an|its|his|her invitation",
     0.8,
     {OUT("absent_from", A, EVENT)},
     0},
    {"{A:state} ~ was|were|is|will not be? represented",
     0.8,
     {OUT("absent_from", A, EVENT)},
     0},
    {"{A:state/person} ~ did|does|will|would not send|sent a|any? "
     "delegation|representative|representatives",
     0.8,
     {OUT("absent_from", A, EVENT)},
     0},
    {"{A:state/person} ~ did|does|will|would|could not come|show|appear|"
     "turn",
     0.8,
     {OUT("absent_from", A, EVENT)},
     0},
    {"{A:state/person} ,? who|which? ~ skipped|skip|skips|boycotted|boycott|"
     "boycotts|missed|miss|misses|snubbed|snub|snubs the ~ " MEET,
     0.8,
     {OUT("absent_from", A, EVENT)},
     0},
    {"{A:state/person} ~ was|were|is|are|remained ~ absent|missing .|,|;|$",
     0.8,
     {OUT("absent_from", A, EVENT)},
     0},
    /* "A was absent as the country prepares for elections" */
    {"{A:state/person} ~ was|were|is|are|remained ~ absent|missing "
     "as|because|due|owing",
     0.8,
     {OUT("absent_from", A, EVENT)},
     0},
    {"{A:state/person} ~ stayed|stays|stay|kept|keeps|opted|opts away|out "
     ".|,|;|$",
     0.8,
     {OUT("absent_from", A, EVENT)},
     0},
    {"without the participation|presence of the? {A:state/person+}",
     0.8,
     {OUT("absent_from", A, EVENT)},
     0},
    /* "A chose not to attend", "the leaders of A and B were absent"
     * (recall6) */
    {"{A:state/person} ~ chose|chooses|decided|decides|opted|opts|preferred "
     "not to attend|participate|come|travel|go|join",
     0.8,
     {OUT("absent_from", A, EVENT)},
     0},
    {HEADS_OF_STATES " ~ was|were|is|are|remained ~ absent|missing .|,|;|$",
     0.8,
     {OUT("absent_from", A, EVENT)},
     0},
    /* states said beforehand to stay away, named right before the
     * verb: "Gabon and Niger will be absent following their suspension"
     * (a list item may hold a head, "Russian president NAME", left to
     * the rules of persons; and "A and B were absent" may mean their
     * heads, the states represented) */
    ABSENCE("{A:state} will|would be|remain conspicuously|notably|also? "
            "absent|missing",
            0.8),
    {"{B:state} and {A:state} will|would be|remain conspicuously|notably|"
     "also? absent|missing",
     0.8,
     {OUT("absent_from", A, EVENT), OUT("absent_from", B, EVENT)},
     0},
    /* "A, B and C are no-shows", "The no-shows include A's NAME" */
    ABSENCE("{A:state/person+} ~ are|were|is|was|be a? no - shows|show", 0.8),
    ABSENCE("no - shows ~ include|includes|included|including|were|are :? "
            "{A:state/person+}",
            0.8),
    /* kept out: "the decision to exclude A from its summit", "A was
     * barred from the meeting" */
    ABSENCE(EXCLUDE " the? {A:state/person+} from the|its|this ~ " MEET, 0.8),
    {EXCLUDE " {B:state'} ... {A:person} from the|its|this ~ " MEET,
     0.8,
     {OUT("absent_from", A, EVENT), OUT("absent_from", B, EVENT)},
     0},
    ABSENCE(
        "{A:state/person+} ~ was|were|is|are|be|been excluded|barred|banned "
        "from the|its|this ~ " MEET,
        0.8),
    /* a stand-in sent in the head's place: "sending its deputy premier
     * to represent Sultan NAME": the head stays away, the state is
     * there */
    {SENT_TO_REPRESENT " {A:person}",
     0.75,
     {OUT("absent_from", A, EVENT), OUT("attends", A_STATE, EVENT)},
     0},
    {SENT_TO_REPRESENT " {R:role} {A:person}",
     0.75,
     {OUT("absent_from", A, EVENT), OUT("attends", A_STATE, EVENT)},
     0},
    /* the host greets them in person */
    {"{A:person} hosted|hosts|hosting|welcomed|welcomes|received "
     "his|her|their|the? counterparts|guests|leaders|heads",
     0.7,
     {OUT("attends", A, EVENT), OUT("hosts", A_STATE, EVENT)},
     0},
    {"host|hosts|host's nation|country|government|officials? ~ "
     "welcomed|welcomes|greeted|greets|received :? {A:person/state+}",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person} ~ welcomed|welcomes|greeted|greets ... to the ~ " MEET,
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* "welcomed new leaders from A and B - X and Y, respectively - to
     * the summit" */
    {"welcomed|welcomes|greeted|greets|received ~ " HEADS "|guests|"
     "counterparts from|of the? {A:person/state+}",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* "A is among 15 world leaders, including B, to attend the summit" */
    {"{A:person/state+} ,? is|are|was|were among the? ~ leaders|heads|"
     "participants|attendees|guests|those ... " PRESENCE,
     0.7,
     {OUT("attends", A, EVENT)},
     0},
};

/* The later general rows, after those of hosting and the chair
 * (rules_cue_hosts.c): the tables are read in order, so the three keep
 * the order the rows had in one table. */
static const rule late_cue_rules[] = {
    /* sixth round (recall7) */
    /* "chaired by Prime Minister of Armenia NAME": the title names the
     * state, which a clause gap may not skip */
    {"chaired|presided|led by the? {R:role} of the? {B:state} ,? {A:person}",
     0.8,
     {OUT("attends", A, EVENT), OUT("chairs", B, ORG)},
     0},
    /* "India, the country that holds its presidency" (not "held": a
     * past chair is no chair), "the bloc's chairman, Ghana's President"
     * (ASCII apostrophes only: the tokenizer splits a word at "’") */
    {"{A:state} , the country|nation|state|member that|which currently? "
     "holds|chairs|has the|its rotating? presidency|chairmanship|chair",
     0.8,
     {OUT("chairs", A, ORG)},
     0},
    {"organization's|organisation's|bloc's|alliance's|group's|grouping's|"
     "union's|body's|community's current? chairman|chair|chairperson|"
     "chairwoman , {A:state'}",
     0.8,
     {OUT("chairs", A, ORG)},
     0},
    /* "Laos aimed to help members work together under its
     * chairmanship" */
    {"{A:state} ~ under its|their chairmanship|presidency|chair",
     0.75,
     {OUT("chairs", A, ORG)},
     0},
    /* a venue in a city of the host: "The Ritz Carlton Hotel in Jeddah,
     * Saudi Arabia, will gather the heads of state" */
    {"in ~ , {A:state} , will|to? gather|gathers|gathered|host|hosts|hosted|"
     "hosting|welcome|welcomes|welcomed",
     0.7,
     {OUT("hosts", A, EVENT)},
     GUARD_PLACE_NAME},
    /* "as well as Presidents of Belarus NAME": a plural title before a
     * state and its head (the gazetteer checks the office) */
    {"presidents|leaders|heads|kings|emirs|premiers of the? {B:state} "
     "{A:person}",
     0.85,
     {OUT_CHECKED("leads", A, B)},
     0},
    /* a subject after a preposed "At the summit," or "During the
     * opening of the meeting,": "During the inauguration of this
     * meeting, Indian Prime Minister NAME highlighted ..." */
    {"at|during the|an|this|its ~ " MEET "|inauguration|opening , {A:person}",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    {"at|during the|an|this|its ~ " MEET "|inauguration|opening , "
     "{B:state} {R:role} {A:person}",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* "a series of meetings involving the leaders of A, B and C" */
    {MEET " involving|involved|involves the? " HEADS_OF_STATES,
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* hosting: "China hosted the first day of the fourteenth annual
     * BRICS Summit", "a summit organized by India", "in Ghana's
     * capital, Accra" */
    {"{A:state} host|hosts|hosted|hosting the|a|this|its ~ " HOSTED,
     0.75,
     {OUT("hosts", A, EVENT)},
     0},
    /* words between both: "Bahrain, for the first time in its history,
     * will host the 33rd Arab Summit" */
    {"{A:state} ~ host|hosts|hosted|hosting ~ the|a|this|its ~ " HOSTED,
     0.75,
     {OUT("hosts", A, EVENT)},
     0},
    {HOSTED " ~ organized|organised|arranged|convened by the? {A:state}",
     0.75,
     {OUT("hosts", A, EVENT)},
     0},
    {HOSTED " ~ in|at {A:state'} capital|city",
     0.75,
     {OUT("hosts", A, EVENT)},
     0},
    /* leadership in an apposition with a rank: "the transitional
     * president of Mali, Col. NAME"; a kingdom headed by its king */
    {"{R:role} of the? {B:state} , " RANKS " .? {A:person}",
     0.85,
     {OUT_CHECKED("leads", A, B)},
     0},
    {"kingdom|emirate|sultanate of the? {B:state} ,? headed|ruled|led by the? "
     "~ {A:person}",
     0.8,
     {OUT_CHECKED("leads", A, B)},
     0},

    /* eighth round (general9) */
    /* a list of leaders after an anaphor of those present: "will be
     * represented at the leaders' level. These prominent leaders
     * include A, B, C" */
    {"these|those prominent|visiting|attending|participating? "
     "participants|attendees|dignitaries include|included|including :? "
     "{A:person/state+}",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* bare "These leaders include" may be any leaders ("wanted by the
     * ICC"): only leaders said to be there */
    {"these|those prominent|visiting|attending|participating "
     "leaders|heads include|included|including :? {A:person/state+}",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* "presided over by Sierra Leone's President NAME": the title names
     * the state, which a clause gap may not skip */
    {"chaired|presided over? by {B:state'} {R:role} ,? {A:person}",
     0.8,
     {OUT("attends", A, EVENT), OUT("chairs", B, ORG)},
     0},
    /* the name right after, or after its title: never a later name
     * ("presided over by the UN chief, who thanked NAME") */
    {"presided over by {A:person}",
     0.8,
     {OUT("attends", A, EVENT), OUT("chairs", A_STATE, ORG)},
     0},
    {"presided over by the? {R:role} ,? {A:person}",
     0.8,
     {OUT("attends", A, EVENT), OUT("chairs", A_STATE, ORG)},
     0},
    /* "India will assume the SCO's rotational annual presidency" */
    /* the state is the verb's subject, never one a clause gap leaves
     * behind ("Uzbekistan handed the baton to Kazakhstan, which will
     * hold the SCO's rotating presidency") */
    {"{A:state} ,? which|that? will|would|shall|is|was? set|due|expected? "
     "to? assume|assumes|assumed|assuming|take|takes|took|taking|"
     "hold|holds|holding over? the {B:org'} rotating|rotational|annual|"
     "current? rotating|rotational|annual? chairmanship|presidency|chair",
     0.8,
     {OUT("chairs", A, B)},
     0},
    /* "Putin's absence will be filled by his foreign minister, NAME": a
     * stand-in, so the head's state is there */
    {"{A:person'} absence will|would|is|was|has? be|been? filled "
     "by ~ {B:person}",
     0.8,
     {OUT("attends", A_STATE, EVENT), OUT("attends", B, EVENT)},
     0},
    /* "A, B and C were among other leaders who were spotted touring the
     * city": leaders seen at the venue (not "greeted" or "received",
     * which may be anywhere, "by Putin in Moscow last May") */
    {"{A:person/state+} ~ is|are|was|were among the|other ~ leaders|heads|"
     "presidents|dignitaries who|that were|was? arrived|spotted|seen|"
     "pictured|photographed",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* "Indonesia, which chairs this year's Asean" (as the person's row
     * above reads "NAME, who chairs this year's Asean") */
    {"{A:state} , which|that currently? chairs|chaired the|this? "
     "year's|current? {B:org}",
     0.8,
     {OUT("chairs", A, B)},
     0},
    /* the stand-in a head sends: "to deploy his Foreign Affairs cabinet
     * secretary, NAME, to represent him at the summit", "has deployed
     * NAME, CS for Foreign Affairs, to lead Kenya's delegation" */
    {"deploy|deploys|deployed|dispatch|dispatches|dispatched|delegate|"
     "delegates|delegated|designate|designates|designated ~ {A:person} ... "
     "to represent|attend",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    /* "to lead" only a delegation: "dispatched NAME to lead the talks
     * with Ukraine" is another meeting */
    {"deploy|deploys|deployed|dispatch|dispatches|dispatched|delegate|"
     "delegates|delegated|designate|designates|designated ~ {A:person} ... "
     "to lead|head ~ delegation",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
};

const rule *extract_cue_rules(size_t *count) {
    *count = sizeof cue_rules / sizeof *cue_rules;
    return cue_rules;
}

const rule *extract_late_cue_rules(size_t *count) {
    *count = sizeof late_cue_rules / sizeof *late_cue_rules;
    return late_cue_rules;
}
