/*
 * The pattern table of presence: who attends the summit (notation in
 * rules.c); who stays away and who hosts it follow, in
 * rules_absence_hosting.c.
 */
#include "extract/rules_common.h"

static const rule presence_rules[] = {
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
    {"under the chairmanship|leadership|presidency of ... {A:person}",
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
    {"represent|represents|represented {A:state} at the ... " MEET,
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:state} {R:role} ... will? take|takes|took part in the ... " MEET,
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person} will|would? represent|represents|represented {B:state} at "
     "the ... " MEET,
     0.85,
     {OUT("attends", A, EVENT), OUT("attends", B, EVENT)},
     0},
    /* tenth round (attend10): whoever "is representing" a state is
     * there, and the state with them */
    {"{A:person} ,? is|was|are|were|will be? representing {B:state} "
     ".|,|;|$",
     0.8,
     {OUT("attends", A, EVENT), OUT("attends", B, EVENT)},
     0},
    /* a list of those said to be there, whatever verb says so: "heads of
     * state expected in the country include A, B", "those who had
     * already landed in Nairobi were A's B, C's D" */
    {"heads|leaders|presidents of? state|government? ~ expected|attending|"
     "present|arriving|participating ~ include|included|includes :? "
     "{A:person/state+}",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    {"those|leaders|heads|presidents who|that had|have? already? "
     "landed|arrived|come|gathered ~ were|are|include|included :? "
     "{A:person/state+}",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    /* the state right before the verb, when an earlier state took the
     * gap: "Lebanon is represented by X, while Morocco is represented
     * by Y"; "Z is representing Libya" whoever Z is; "As for Oman, Z is
     * attending on behalf of ..." */
    {"{A:state} ~ is|was|are|were|will be? being? represented by",
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {"is|was|are|were|be representing {A:state} .|,|;|$",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    {"as for {A:state} , ~ is|was|will? be? attending|attends|attended|"
     "representing|represents|represented",
     0.75,
     {OUT("attends", A, EVENT)},
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

    {HEADS_OF " {A:state+} ,? also|all|will|have|had? were|are|be|been? "
              "attended|attend|participated|participate|present|arrived|"
              "joined|took|take",
     0.85,
     {OUT("attends", A, EVENT)},
     0},
    {MEET " ... brought|brings|bring|gathered|gathers|assembled|united|"
          "unites together? the? " HEADS_OF " {A:state+}",
     0.85,
     {OUT("attends", A, EVENT)},
     0},
    /* the heads who make up a body, their states in parentheses: "the
     * meeting will bring together the Heads of State who make up the
     * Bureau (A, B and C), the Heads of State who chair the RECs (D -
     * EAC, E - IGAD)" */
    {HEADS_OF " who|that make|makes|made|form|forms|chair|chairs ~ ( "
              "{A:state+}",
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    /* the states said to come beside the members a meeting brings
     * together: "brings together leaders from the ten member states - A,
     * B and C - along with key partners including D, E and F" */
    {"brought|brings|bring|gathered|gathers|assembled together " HEADS
     " ... {B:state+} -? ,? along with|alongside the? key|dialogue? "
     "partners|guests|observers including|such as|from? :? {A:state+}",
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {MEET " ... brought|brings|bring|gathered|gathers|assembled together? "
          ":? {A:person+}",
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person/state+} ,? also|has|have|had? arrived|arrives|arrive|arriving "
     "... for|attend|join the? ... " HOSTED,
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    {"attending|participating|present were|are|included|include :? "
     "{A:person+}",
     0.85,
     {OUT("attends", A, EVENT)},
     0},
    {"who attended|participated|attend|participate|were|are present? "
     "included|include|were|are :? {A:person+}",
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {"in attendance were|was|are|included|include :? {A:person+}",
     0.85,
     {OUT("attends", A, EVENT)},
     0},
    /* "The Armenian delegation was led by Foreign Minister Ararat
     * Mirzoyan": the state is at the summit, and so is its head. */
    {"{A:state} delegation ,? which? was|is|were|will? be? led|headed by",
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {"delegation|delegations of {A:state} ,? which? was|is|were|will? be? "
     "led|headed by",
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {"delegation ,? which? was|is|were|will? be? led|headed by ... {A:person}",
     0.8,
     {OUT("attends", A, EVENT)},
     0},

    {"participation of the? " HEADS_OF " {A:state+}",
     0.85,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person/state+} , who|which also? attended|attends|participated|"
     "participates|joined|joins|took|takes ... " MEET,
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person/state+} was|were|is|are also? present|among|in attendance",
     0.8,
     {OUT("attends", A, EVENT)},
     0},

    /* an adverb or a day between the names and the verb */
    {"{A:person/state+} ,? on? monday|tuesday|wednesday|thursday|friday|"
     "saturday|sunday|today|yesterday|personally|earlier|later|jointly ,? "
     "attended|attends|participated|participates|joined|joins|chaired|"
     "took|takes ... " MEET,
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    /* said at the summit: the speaker is there */
    {"speaking|addressing|speech|remarks at|to the ... " MEET " ,? "
     "{A:person}",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person} ,? said|told|stressed|noted|urged|proposed|announced|"
     "declared|emphasized|emphasised at the ... " MEET,
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    {"delegations|leaders|heads|representatives from {A:state+}",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    {"taking|took part were|was|are|included :? {A:person+}",
     0.85,
     {OUT("attends", A, EVENT)},
     0},
    {"attended by ... : {A:person+}", 0.8, {OUT("attends", A, EVENT)}, 0},
    {"{A:person/state+} ,? also|has|have|had? arrived|arrives|arrive|arriving "
     "... to take|participate part? in the ... " HOSTED,
     0.75,
     {OUT("attends", A, EVENT)},
     0},

    {"{A:person/state+} and other|fellow " HEADS " ... meeting|meet|met|"
     "gathered|convened|attended|attend|arrived|participated|took",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    /* a dash after a name is read into its list item */
    {"{A:person+} in attendance", 0.8, {OUT("attends", A, EVENT)}, 0},
    /* the host welcomes the leaders in person */
    {"{A:person} welcomed|welcomes|greeted|greets|received both? the? "
     "leaders|heads|participants|delegations|guests",
     0.75,
     {OUT("attends", A, EVENT), OUT("hosts", A_STATE, EVENT)},
     0},

    /* "the leaders of A, B and C signed ...": named among those there */
    {HEADS_OF " {A:state+} ,? also|all|jointly? signed|adopted|approved|"
              "discussed|agreed|reviewed|endorsed|issued|reaffirmed|"
              "considered",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    /* "held" and "exchanged" only of the meeting itself: "held bilateral
     * talks on the sidelines" is another gathering (the clause gap stops
     * at "bilateral" and "sidelines") */
    {HEADS_OF " {A:state+} ,? also|all|jointly? held|exchanged ~ " MEET
              "|views|opinions",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person+} ,? also? spoke|speaks|speaking at the ... " MEET,
     0.75,
     {OUT("attends", A, EVENT)},
     0},

    /* an auxiliary before the verb: "are attending the summit", "will
     * also attend", "are also expected to participate" */
    {"{A:person/state+} ,? is|are|was|were|will|would also|all? be? "
     "attending|participating|taking ... " MEET,
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person/state+} ,? will|would|may|might|could|did also|all " ATTEND
     "|participate|join the? ... " MEET,
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person/state+} ,? is|are|was|were also|all expected|likely|set|due|"
     "scheduled to attend|join|participate|take",
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {HEADS_OF " {A:state+} ,? also|all? is|are|was|were|will be? "
              "attending|participating|taking|present",
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    /* "Attending the event will be President of ..." */
    {"attending|participating in? the ... " MEET " will be :? {A:person+}",
     0.85,
     {OUT("attends", A, EVENT)},
     0},
    /* "attended by heads of all EAEU states; Armenian PM ...", "will be
     * attended the leaders of all six member-states: ..." */
    {"attended by? the? " HEADS " ... :|; {A:person+}",
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {"attended by ... which|who include|includes|included|including :? "
     "{A:person+}",
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person} ,? will|would|is|was|to chair|chairing|preside|presiding "
     "over? the ... session|meeting|summit|council",
     0.8,
     {OUT("attends", A, EVENT), OUT("chairs", A_STATE, ORG)},
     0},
    /* "... have already arrived in Bishkek" */
    {"{A:person+} ,? have|has|had already|also|all? arrived|arrive|arrives "
     "in|at the? {B:state}",
     0.7,
     {OUT("attends", A, EVENT)},
     0},

    /* "Among those present were ...", "the Kazakh and Kyrgyz presidents
     * attended", delegations led by a person, travel to the summit */
    {"among those|leaders|heads|participants|guests|attendees "
     "attending|present|participating|there ,? were|are|was|is|included :? "
     "{A:person+}",
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {"among those|leaders|heads|participants|guests|attendees in attendance "
     ",? were|are|was|is|included :? {A:person+}",
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:state+} leaders|presidents|heads|counterparts ,? also|all|have|had|"
     "will? attended|attend|gathered|convened|arrived|participated|joined|"
     "took",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person} will? led|leads|lead|leading|headed|heads|head|heading the? "
     "{B:state} delegation|delegations",
     0.8,
     {OUT("attends", A, EVENT), OUT("attends", B, EVENT)},
     0},
    {"{B:state} delegation ,? led|headed by ... {A:person}",
     0.8,
     {OUT("attends", A, EVENT), OUT("attends", B, EVENT)},
     0},
    {"represented by ... {A:person}", 0.75, {OUT("attends", A, EVENT)}, 0},
    /* "will be represented in person by the country's foreign minister
     * NAME" (attend10) */
    {"represented in person by ... {A:person}",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person+} ,? has|have|had|will? also? flew|flown|fly|flies|"
     "travelled|traveled|travel|travels|headed|left|departed ... to|for "
     "attend|join|participate|take|the ... " HOSTED,
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person+} is|are|was|were also|all? in the? {B:state} capital? "
     "for|to "
     "attend|join|participate|take|the ... " MEET,
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person} addressed|addresses|addressing the ... " MEET,
     0.75,
     {OUT("attends", A, EVENT)},
     0},

    /* "Leaders attending the summit include ...", "Joining them were ...",
     * "X, Y and Z met in Astana for the summit", "X was joined by Y and Z
     * at the summit", "A, B and C also took part." */
    {HEADS "|those attending|participating in? the ... " MEET
           " include|included|includes|are|were :? {A:person+}",
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    {"joining them|him|her were|was|are|is :? {A:person+}",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person+} met|gathered|convened|assembled ... for the ... " HOSTED,
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    {"{A:person} was|is|were|will be? joined by {B:person+} at|for|in the "
     "... " MEET,
     0.75,
     {OUT("attends", A, EVENT), OUT("attends", B, EVENT)},
     0},
    {"{A:person/state+} ,? also|all|both? took|take|takes part ,? too? .|$",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
};

const rule *extract_presence_rules(size_t *count) {
    *count = sizeof presence_rules / sizeof *presence_rules;
    return presence_rules;
}
