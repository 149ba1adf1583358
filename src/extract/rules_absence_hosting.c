/*
 * The pattern table of absence and hosting (notation in rules.c): who
 * stays away from the summit ("A's decision not to attend", "the
 * presidents of A, B and C did not attend") and who hosts it ("the
 * summit, which took place in Astana", "host country A"). Read right
 * after the table of attendance (rules_presence.c), as one table with it.
 */
#include "extract/rules_common.h"

static const rule absence_hosting_rules[] = {
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
    {"{A:state/person+} all? failed|fail|fails to show|turn|attend|appear",
     0.85,
     {OUT("absent_from", A, EVENT)},
     0},
    {HEADS_OF " {A:state+} ,? all? failed|fail|fails to show|turn|attend|"
              "appear",
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
    {"{A:state/person+} ,? will|did|does|would|is|was|are|were|has|have not "
     "be? able? to? " ATTEND "|" PARTICIPATE "|take|taking|present",
     0.9,
     {OUT("absent_from", A, EVENT)},
     0},
    /* the state by its head's title, the head's name unknown or far:
     * "Egypt's current president, NAME, is not attending"; and an empty
     * seat: "Syria's seat will remain vacant" */
    {"{A:state'} current|own? president|leader|king|emir|sultan|head|"
     "premier ~ will|did|does|would|is|was not be? able? to? " ATTEND
     "|" PARTICIPATE "|take|taking",
     0.85,
     {OUT("absent_from", A, EVENT)},
     0},
    {"{A:state'} seat|chair will|would? remain|remains|remained|was|is|"
     "stood|stands|sat|sits|be|left vacant|empty",
     0.85,
     {OUT("absent_from", A, EVENT)},
     0},
    /* a list's every name stays away: "the presidents of A, B and C did
     * not attend" */
    {HEADS_OF " {A:state+} ,? will|did|does|would|were|are|have not be? "
              "able? to? " ATTEND "|" PARTICIPATE "|take|taking|present",
     0.9,
     {OUT("absent_from", A, EVENT)},
     0},
    {"{A:state/person} ,? won't|didn't|doesn't|isn't|wasn't " ATTEND
     "|" PARTICIPATE "|take|taking|be",
     0.9,
     {OUT("absent_from", A, EVENT)},
     0},
    {"the head of state|government {A:earlier-person} will|would|did|does|is|"
     "was not be? able? to? " ATTEND "|" PARTICIPATE "|take|present",
     0.8,
     {OUT("absent_from", A, EVENT)},
     0},
    {"{A:state/person} will|plans|plan|planned|decided|decides|chose|opted|"
     "intends? to skip|boycott|miss the? ... " MEET,
     0.85,
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
    /* the general predicates of absence, each with the subject (a name
     * or a list of them) in its clause; their scope, hedges and other
     * events are checked in absence.c */
    ABSENCE("{A:state/person+} ~ was|were|is|are|will|would be? unable to "
            "attend|participate|take|make|come|travel|join",
            0.85),
    /* "could not make it" and "could not attend" (an alternation binds
     * one word: "make it|attend" would need "make") */
    ABSENCE("{A:state/person+} ~ could|can not attend|participate|come|"
            "travel|join",
            0.85),
    ABSENCE("{A:state/person+} ~ could|can not make it", 0.85),
    ABSENCE("{A:state/person+} ~ cannot attend|participate|come|travel|join",
            0.85),
    ABSENCE("{A:state/person+} ~ are|were|is|was among the most? notable|"
            "prominent|conspicuous|high-profile? absentees|absentee",
            0.85),
    ABSENCE("{A:state/person+} ~ are|were|is|was among the most? notable|"
            "prominent|conspicuous|high-profile? no - shows|show",
            0.85),
    ABSENCE("notable|prominent|conspicuous|notably absentees|absentee "
            "included|include|includes|were|are|was|is :? the? "
            "{A:state/person+}",
            0.85),
    ABSENCE("notable|prominent|conspicuous no - shows|show included|include|"
            "includes|were|are|was|is :? the? {A:state/person+}",
            0.85),
    ABSENCE("{A:person} ~ cancelled|canceled|cancels|called off? his|her|"
            "their trip|visit|attendance|participation|travel",
            0.85),
    ABSENCE("{A:person} ~ cancelled|canceled at the last|eleventh minute|hour",
            0.8),
    ABSENCE("{A:state/person+} ~ informed|notified|told|advised the? ... of "
            "their|his|her|its absence",
            0.8),
    ABSENCE("{A:state/person+} ~ stayed|stays|stay|kept|keeps|remained away "
            "because|due|over|amid|after|citing|in",
            0.85),
    ABSENCE("{A:state/person+} ~ stayed|stays|stay|kept|keeps|remained away "
            ",|.|$",
            0.85),
    ABSENCE("{A:state/person+} ~ snubbed|snubs|shunned|shuns|pulled|pulls "
            "out? of? the ~ " MEET,
            0.85),
    ABSENCE("{A:state/person+} ~ declined|turned|rejected down? the|an|its "
            "invitation",
            0.8),
    ABSENCE("absence of the " HEADS_OF_STATES, 0.85),
    /* the subject, a relative clause of its own, then the predicate:
     * "NAME, who was keen to attend past summits, could not participate" */
    ABSENCE("{A:person} , who|which ... , could|would|will|did|does|can|"
            "was|is not be? able? to? attend|participate|take|come|make",
            0.8),
    ABSENCE("{A:person} , who|which ... , cancelled|canceled|stayed|pulled|"
            "withdrew|declined",
            0.8),
    /* states barred from the body's summits stay away: "Mali, Guinea and
     * Sudan, which are also barred" */
    ABSENCE("{A:state+} ,? which|who are|were|remain|remained|have|had "
            "been? also? barred|suspended",
            0.75),
    {"absence of ... {A:state/person}", 0.8, {OUT("absent_from", A, EVENT)}, 0},
    {"{A:state/person'} absence", 0.85, {OUT("absent_from", A, EVENT)}, 0},

    /* hosting */
    /* "the summit, which took place in Astana" (a comma: "the upcoming
     * summit that will take place in Astana" is another one) */
    {HOSTED " , which will|is|was|were? be? took|takes|take|taking|"
            "held|hosted|convened place? in the? {A:state}",
     0.75,
     {OUT("hosts", A, EVENT)},
     0},
    {"{A:state} , the|this|as year's? host|hosts|host country|hosting "
     "country|nation",
     0.75,
     {OUT("hosts", A, EVENT)},
     0},
    {"{A:person} hosted|hosts|hosting|will host the|a ... " HOSTED,
     0.8,
     {OUT("hosts", A_STATE, EVENT), OUT("attends", A, EVENT)},
     0},
    /* "The meeting ... has started its work in Moscow", "A conference of
     * the EAEU has launched in Yerevan" */
    {HOSTED " ... has|have|had? started|begun|began|opened|launched|kicked|"
            "convened|commenced its? work|off? in {A:state}",
     0.75,
     {OUT("hosts", A, EVENT)},
     0},
    {"{B:org} )? monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
     "today? has? started|begun|began|opened|launched|kicked|convened|"
     "commenced off? in {A:state}",
     0.75,
     {OUT("hosts", A, EVENT)},
     0},
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
    {"kicked|held|opened|convened|began|begun|took|started|starts|opens|"
     "begins|kicks off? place? in the {A:state} capital",
     0.8,
     {OUT("hosts", A, EVENT)},
     0},
    {HOSTED " in|at the {A:state} capital", 0.8, {OUT("hosts", A, EVENT)}, 0},
    {HOSTED " in {A:state}", 0.75, {OUT("hosts", A, EVENT)}, 0},
    {HOSTED " ,? was|is|will|were? be? held|convened|opened on ... in "
            "{A:state}",
     0.7,
     {OUT("hosts", A, EVENT)},
     0},
    {"{A:state} will|to? host|hosts|hosted|hosting the|a " HOSTED,
     0.8,
     {OUT("hosts", A, EVENT)},
     0},
    /* the host of the heads themselves: "Kenya will host at least 10
     * heads of state and 51 foreign ministers" */
    {"{A:state} will|to? host|hosts|hosted|hosting ~ heads|leaders "
     "of state|government",
     0.75,
     {OUT("hosts", A, EVENT)},
     0},
    {HOSTED " was|is|will|were? be? held|hosted|convened|opened in {A:state}",
     0.8,
     {OUT("hosts", A, EVENT)},
     0},
    {"the {A:state} summit", 0.7, {OUT("hosts", A, EVENT)}, 0},
    {HOSTED " ,? kicked|kicks|opened|opens|began|begins|started|starts|"
            "convened|convenes off? on? monday|tuesday|wednesday|thursday|"
            "friday|saturday|sunday|today|yesterday? in {A:state}",
     0.8,
     {OUT("hosts", A, EVENT)},
     0},
    /* "The Uzbek city of Samarkand is hosting", "in the Turkish city of
     * Antalya" */
    {"the {A:state} city|town|resort|port of ... hosting|hosts|hosted|host",
     0.8,
     {OUT("hosts", A, EVENT)},
     0},
    {HOSTED " ... in the {A:state} city|town|resort|port of",
     0.75,
     {OUT("hosts", A, EVENT)},
     0},
    {HOSTED " will|is|was|were? scheduled|set|due|expected? to? "
            "take|takes|took|taking place in {A:state}",
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
};

const rule *extract_absence_hosting_rules(size_t *count) {
    *count = sizeof absence_hosting_rules / sizeof *absence_hosting_rules;
    return absence_hosting_rules;
}
