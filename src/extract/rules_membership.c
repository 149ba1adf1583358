/*
 * The pattern table of membership: the states a text names as members,
 * founders or observers of an organization, joining, suspended and frozen
 * participation (notation in rules.c).
 */
#include "extract/rules_common.h"

static const rule membership_rules[] = {
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
    /* "the three AES leaders from A, B and C": the leaders the
     * organization is named for come from its members */
    {"the two|three|four|five|six|seven|eight|nine|ten|eleven|twelve? "
     "{B:org} leaders|heads|presidents of? state? from {A:state+}",
     0.8,
     {OUT("member_of", A, B)},
     0},
    {"members of the? {B:org} - {A:state+}", 0.85, {OUT("member_of", A, B)}, 0},
    {"members of the? {B:org} : {A:state+}", 0.85, {OUT("member_of", A, B)}, 0},
    {"{B:org} ,? which|that? includes|include|comprises|comprise|unites|"
     "unite|groups|consists|consist of? {A:state+}",
     0.8,
     {OUT("member_of", A, B)},
     0},
    {"{B:org} ,? which|that? brings|bring|brought together {A:state+}",
     0.8,
     {OUT("member_of", A, B)},
     0},
    /* "The alliance brings together A, B and C": the article's
     * organization. */
    {"the organization|organisation|alliance|bloc|grouping|group|union "
     "includes|comprises|unites|consists|brings together? of? {A:state+}",
     0.75,
     {OUT("member_of", A, ORG)},
     0},
    {"members|member states|countries|nations? of the? {B:org} "
     "are|include|were|included :? {A:state+}",
     0.85,
     {OUT("member_of", A, B)},
     0},
    {"{B:org} ,? whose members|member states|countries? "
     "are|include|were|included :? "
     "{A:state+}",
     0.85,
     {OUT("member_of", A, B)},
     0},
    {"{B:org'} members|member states|countries? "
     "are|include|were|included :? "
     "{A:state+}",
     0.85,
     {OUT("member_of", A, B)},
     0},
    {"{B:org'} current|full|other|founding|permanent|original? "
     "members|member states|countries? are|include|were|included :? "
     "{A:state+}",
     0.8,
     {OUT("member_of", A, B)},
     0},
    {"member states|countries ,? such? as|like|including|namely {A:state+}",
     0.75,
     {OUT("member_of", A, ORG)},
     0},
    /* the same rows with the organization named before them: a name
     * there vetoes the rows above, which give the article's
     * (rules_vetoes.c, org_given_to_another) */
    {"{B:org} member states|countries ,? such? as|like|including|namely "
     "{A:state+}",
     0.75,
     {OUT("member_of", A, B)},
     0},
    {"{B:org} members|member states|countries|nations :|( {A:state+}",
     0.8,
     {OUT("member_of", A, B)},
     0},
    {"its|their members|member states|countries? are|include|were|included "
     ":? {A:state+}",
     0.75,
     {OUT("member_of", A, ORG)},
     0},
    {"organization's|organisation's|bloc's|alliance's|group's|grouping's "
     "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve "
     "members|member states|countries? are|include|were|included :? "
     "{A:state+}",
     0.8,
     {OUT("member_of", A, ORG)},
     0},
    {"{B:org'} two|three|four|five|six|seven|eight|nine|ten|eleven|twelve "
     "members|member states|countries? are|include|were|included :? "
     "{A:state+}",
     0.8,
     {OUT("member_of", A, B)},
     0},
    {"organization's|organisation's|bloc's|alliance's|group's|grouping's "
     "members|member states|countries? are|include|were|included :? "
     "{A:state+}",
     0.8,
     {OUT("member_of", A, ORG)},
     0},
    {"member states|countries|nations ,? {A:state+}",
     0.8,
     {OUT("member_of", A, ORG)},
     0},
    {"{B:org} member|state ,? {A:state}", 0.85, {OUT("member_of", A, B)}, 0},
    {"{B:org} members|states ,? {A:state+}", 0.85, {OUT("member_of", A, B)}, 0},
    {"{A:state+} and other|fellow {B:org} members|member "
     "states|countries?",
     0.8,
     {OUT("member_of", A, B)},
     0},
    {"{A:state+} , other|fellow {B:org} members|member "
     "states|countries?",
     0.8,
     {OUT("member_of", A, B)},
     0},
    {"{A:state+} are|were the? members|member states|countries? of the? "
     "{B:org}",
     0.85,
     {OUT("member_of", A, B)},
     0},
    {"{A:state+} make|makes|made up the? {B:org}",
     0.8,
     {OUT("member_of", A, B)},
     0},
    {"{A:state+} form|forms|formed|constitute|constitutes the? {B:org}",
     0.75,
     {OUT("member_of", A, B)},
     0},
    {"{A:state+} became|become|becomes a|an? full|founding? member|members "
     "of the? {B:org}",
     0.85,
     {OUT("member_of", A, B)},
     0},
    {"{A:state+} are|is|were|was a|an? full|founding|permanent? "
     "members|member ,|.|;|$",
     0.75,
     {OUT("member_of", A, ORG)},
     0},
    {"member states|countries|nations : {A:state+}",
     0.8,
     {OUT("member_of", A, ORG)},
     0},
    {"member states|countries|nations ( {A:state+}",
     0.8,
     {OUT("member_of", A, ORG)},
     0},
    {"members|member states|countries|nations? : {A:state+}",
     0.8,
     {OUT("member_of", A, ORG)},
     0},
    {"members|member states|countries|nations? - {A:state+}",
     0.8,
     {OUT("member_of", A, ORG)},
     0},
    {"members|member states|countries? of the "
     "organization|organisation|alliance|bloc|union|grouping|group "
     "are|include|were|included :? {A:state+}",
     0.8,
     {OUT("member_of", A, ORG)},
     0},
    {"{A:state} ,? is|was|are|were one|among of? the ... founding? "
     "members|founders|member of? the? {B:org}",
     0.8,
     {OUT("member_of", A, B)},
     0},
    {"the organization|organisation|alliance|bloc|grouping , which|that "
     "includes|comprises|unites|consists|brings together? of? {A:state+}",
     0.75,
     {OUT("member_of", A, ORG)},
     0},
    {"{B:org} countries|nations|allies ,? {A:state+}",
     0.8,
     {OUT("member_of", A, B)},
     0},
    {"members|founders of the? {B:org} , {A:state+}",
     0.85,
     {OUT("member_of", A, B)},
     0},
    {"{A:state+} joined|join|joins the? organization|organisation|alliance|"
     "bloc|grouping",
     0.8,
     {OUT("member_of", A, ORG)},
     0},
    /* "The CIS, founded in 1991, includes ...", "BRICS, which now
     * comprises ..." */
    {"{B:org} ... includes|comprises|unites|groups|comprised|included "
     "{A:state+}",
     0.7,
     {OUT("member_of", A, B)},
     0},
    {"{B:org} ... expanded|expand|expands|expansion to include|includes? "
     "{A:state+}",
     0.75,
     {OUT("member_of", A, B)},
     0},
    /* more ways news names the members: "brings together", "made up of",
     * "are also members of", "A, which is a member of", "founded by",
     * "the other members are", "fellow members A and B" */
    {"{B:org} ... brings|brought|bring|bringing together {A:state+}",
     0.75,
     {OUT("member_of", A, B)},
     0},
    {"{B:org} ... consisting|consists|made|composed up? of {A:state+}",
     0.75,
     {OUT("member_of", A, B)},
     0},
    {"{A:state+} are|were|is|was also|all|both full|founding|permanent? "
     "members|member states|countries? of the? {B:org}",
     0.85,
     {OUT("member_of", A, B)},
     0},
    {"{A:state} , which|that is|was also? a|an founding|full? member|member "
     "state|country? of the? {B:org}",
     0.85,
     {OUT("member_of", A, B)},
     0},
    {"{A:state+} , which|who joined|join the? {B:org}",
     0.8,
     {OUT("member_of", A, B)},
     0},
    {"{B:org} ... founded|established|created|set up? by {A:state+}",
     0.7,
     {OUT("member_of", A, B)},
     0},
    {"other|remaining members|member states|countries? are|were|include|"
     "included :? {A:state+}",
     0.75,
     {OUT("member_of", A, ORG)},
     0},
    {"fellow members|member states|countries? ,? {A:state+}",
     0.75,
     {OUT("member_of", A, ORG)},
     0},
    {"members|member states|countries|nations? of the? {B:org} :|( "
     "{A:state+}",
     0.8,
     {OUT("member_of", A, B)},
     0},
    {"members|member states|countries|nations? of the? {B:org} - {A:state+}",
     0.8,
     {OUT("member_of", A, B)},
     0},
    {"new|newly admitted|joined? members|member states|countries? ,? such? "
     "as|like|including|namely {A:state+}",
     0.75,
     {OUT("member_of", A, ORG)},
     0},
    {"observer states|countries|nations|members ,? such? as|like|including|"
     "namely? {A:state+}",
     0.75,
     {OUT_STATUS("member_of", A, ORG, "observer")},
     0},
    {"{A:state+} are|is|was|were|have|has|become|became|becomes been? an? "
     "observer states|state|countries|country|nations|nation|members|"
     "observers",
     0.75,
     {OUT_STATUS("member_of", A, ORG, "observer")},
     0},
    {"{A:state+} , an? observer state|states|country|countries|nation",
     0.75,
     {OUT_STATUS("member_of", A, ORG, "observer")},
     0},
    /* "Mali, Burkina Faso and Niger, the three members of the AES" */
    {"{A:state+} , the|its|all two|three|four|five|six|seven|eight|nine|ten? "
     "founding|full? members|member states|countries? of the? {B:org}",
     0.85,
     {OUT("member_of", A, B)},
     0},
    /* "The SCO consists of 8 countries: India, ...", "The CSTO members are
     * Armenia, ..." */
    {"{B:org} ... consists|consisted|comprises|comprised|includes|included|"
     "unites|composed of? ... countries|states|members|nations : "
     "{A:state+}",
     0.8,
     {OUT("member_of", A, B)},
     0},
    {"{B:org} consists|consisted|composed of {A:state+}",
     0.8,
     {OUT("member_of", A, B)},
     0},
    {"{B:org} current|full|founding|permanent? members|member "
     "states|countries? are|include|were|included :? {A:state+}",
     0.85,
     {OUT("member_of", A, B)},
     0},
    /* "taking part ... as permanent members of the organization" */
    {"{A:state+} ... as permanent|full|founding? members|member "
     "states|countries? of the organization|organisation|bloc|alliance|union|"
     "grouping|group",
     0.75,
     {OUT("member_of", A, ORG)},
     0},
    {"{A:state+} ... as permanent|full|founding? members|member "
     "states|countries? of the? {B:org}",
     0.8,
     {OUT("member_of", A, B)},
     0},
    /* "Four countries have observer status: Afghanistan, ..." */
    {"countries|states|nations have|has|hold|holds|with observer status : "
     "{A:state+}",
     0.8,
     {OUT_STATUS("member_of", A, ORG, "observer")},
     0},
    /* "the leaders of all six member-states: Russian President ...",
     * "attended by heads of all EAEU states; Armenian PM ...": whoever is
     * listed stands for a member state */
    {HEADS " of all the? ... member -? states|countries|nations :|; "
           "{A:person+}",
     0.75,
     {OUT("attends", A, EVENT), OUT("member_of", A_STATE, ORG)},
     0},
    {HEADS " of all the? {B:org} member? states|countries|nations|members :|; "
           "{A:person+}",
     0.75,
     {OUT("attends", A, EVENT), OUT("member_of", A_STATE, B)},
     0},
    {"member {B:org} - {A:state+}", 0.8, {OUT("member_of", A, B)}, 0},
    {"member {B:org} ( {A:state+}", 0.8, {OUT("member_of", A, B)}, 0},
    {"newest|latest|original members ,? {A:state+}",
     0.8,
     {OUT("member_of", A, ORG)},
     0},
    {"{A:state+} ,? which|who? has|have|holds|hold|had|held|was|were "
     "granted|given? observer status",
     0.8,
     {OUT_STATUS("member_of", A, ORG, "observer")},
     0},
    {"{A:state+} ... as an? observer|observers",
     0.75,
     {OUT_STATUS("member_of", A, ORG, "observer")},
     0},
    {"{B:org} observer states|state|countries|observers|observer ,? "
     "{A:state+}",
     0.8,
     {OUT_STATUS("member_of", A, B, "observer")},
     0},
    {"{A:person} ,? as the head|leader of an? {B:org} observer state|country",
     0.8,
     {OUT_STATUS("member_of", A_STATE, B, "observer")},
     0},
    {"{A:state} , an? {B:org} observer state|country|nation",
     0.85,
     {OUT_STATUS("member_of", A, B, "observer")},
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
    {"{A:state+} joined the? {B:org}", 0.85, {OUT("member_of", A, B)}, 0},
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

    /* The general forms: the organization, by name or as "it", "the
     * bloc", a verb that gives its members, and the list of states it
     * governs within the clause ("ASEAN, a regional bloc founded in 1967,
     * comprises A, B", "It was originally established in August 1967 by
     * A, B", "The group has now expanded to include C, D"); a
     * withdrawal, an application or a partnership around the match
     * denies it (rules_scope.c). */
    {"{B:org} ~ " MEMBERS_VERB " :? {A:state+}",
     0.75,
     {OUT("member_of", A, B)},
     0},
    {ORG_WORD " ~ " MEMBERS_VERB " :? {A:state+}",
     0.7,
     {OUT("member_of", A, ORG)},
     0},
    {"{B:org} ~ " FOUNDED " ~ by {A:state+}",
     0.75,
     {OUT("member_of", A, B)},
     0},
    {ORG_WORD " ~ " FOUNDED " ~ by {A:state+}",
     0.7,
     {OUT("member_of", A, ORG)},
     0},
    {"{B:org} ~ " LAUNCHED " by {A:state+}", 0.75, {OUT("member_of", A, B)}, 0},
    {ORG_WORD " ~ " LAUNCHED " by {A:state+}",
     0.7,
     {OUT("member_of", A, ORG)},
     0},
    {"{B:org} ~ " EXPANDED " ~ to? include|includes|including {A:state+}",
     0.75,
     {OUT("member_of", A, B)},
     0},
    {ORG_WORD " ~ " EXPANDED " ~ to? include|includes|including "
              "{A:state+}",
     0.7,
     {OUT("member_of", A, ORG)},
     0},
    /* "a bloc of A, B and C", "the alliance of A and B" */
    {"bloc|alliance|confederation|grouping|union|club of the? {A:state+}",
     0.7,
     {OUT("member_of", A, ORG)},
     0},
    /* the states, then what they are or did: "A and B, which joined the
     * bloc in 2024", "A, B and C are all founding members of the SCO" */
    {"{A:state+} ~ joined|entered the? {B:org}",
     0.75,
     {OUT("member_of", A, B)},
     0},
    {"{A:state+} ~ joined|entered the? " ORG_WORD,
     0.7,
     {OUT("member_of", A, ORG)},
     0},
    {"{A:state+} ~ is|are|was|were|became|become|becomes|becoming|remain|"
     "remains|as a|an|the? ~ member|members|founders|founder|member-states|"
     "member-state of the? {B:org}",
     0.75,
     {OUT("member_of", A, B)},
     0},
    /* "founding members Brazil, Russia", "the new members, Egypt and
     * Iran" */
    {"new|newest|latest|full|founding|original|permanent|current|fellow|"
     "other|remaining members|member -? states|countries|nations? ,|:? -? "
     "{A:state+}",
     0.75,
     {OUT("member_of", A, ORG)},
     0},
    /* "Finland became the alliance's 31st member" */
    {"{A:state+} ~ became|becomes ~ member|members|member-state|member-states "
     ",|.|;|$",
     0.75,
     {OUT("member_of", A, ORG)},
     0},
    /* "The bloc admitted Egypt, Ethiopia and Iran" */
    {"{B:org} ~ admitted|admits|added|adds|accepted :? {A:state+}",
     0.75,
     {OUT("member_of", A, B)},
     0},
    {ORG_WORD " ~ admitted|admits|added|adds|accepted :? {A:state+}",
     0.7,
     {OUT("member_of", A, ORG)},
     0},
    /* "the EAEU (Armenia, Belarus, Kazakhstan, Kyrgyzstan and Russia)",
     * "A, B and C are SCO members", "A and B - all members of the CSTO",
     * "BRICS, an acronym for Brazil, Russia, ...", "observers: A, B" */
    {"{B:org} ( {A:state+}", 0.7, {OUT("member_of", A, B)}, 0},
    {"{A:state+} ~ are|is|were|was|became|becomes|become|becoming|remain|"
     "remains the? ~ {B:org} members|member|member-states|states|countries|"
     "nations",
     0.75,
     {OUT("member_of", A, B)},
     0},
    {"{A:state+} ,? -? all|both|also members|member-states of the? {B:org}",
     0.75,
     {OUT("member_of", A, B)},
     0},
    {"acronym|abbreviation for|of {A:state+}",
     0.75,
     {OUT("member_of", A, ORG)},
     0},
    {"observers|observer : {A:state+}",
     0.75,
     {OUT_STATUS("member_of", A, ORG, "observer")},
     0},
    {"observers|observer - {A:state+}",
     0.75,
     {OUT_STATUS("member_of", A, ORG, "observer")},
     0},
    /* "Gulf Cooperation Council (GCC) states - A, B", "the GCC's six
     * member states: A, B" */
    {"{B:org} )? member? -? states|countries|nations|members ,|:? -? "
     "{A:state+}",
     0.75,
     {OUT("member_of", A, B)},
     0},
    {"{B:org'} ~ members|member -? states|countries|nations ,|:? -? "
     "{A:state+}",
     0.75,
     {OUT("member_of", A, B)},
     0},
    /* "Egypt, Ethiopia and Iran joined as full members", "the SCO,
     * which Belarus joined this year", "Armenia, which has frozen its
     * membership," */
    {"{A:state+} ~ joined|join|joins as the? ~ members|member|"
     "member-states|member-state",
     0.75,
     {OUT("member_of", A, ORG)},
     0},
    {"{B:org} ,? which|that {A:state+} ~ joined|entered",
     0.75,
     {OUT("member_of", A, B)},
     0},
    {ORG_WORD " ,? which|that {A:state+} ~ joined|entered",
     0.7,
     {OUT("member_of", A, ORG)},
     0},
    {"{A:state} ~ froze|frozen|freezing|freezes|freeze its? "
     "participation|membership .|,|;|$",
     0.75,
     {OUT_STATUS("member_of", A, ORG, "frozen")},
     0},
    /* "Armenia has frozen its participation in the CSTO" */
    {"{A:state} ~ froze|frozen|freezing|freezes|freeze its? "
     "participation|membership in the? {B:org}",
     0.8,
     {OUT_STATUS("member_of", A, B, "frozen")},
     0},
    {"{A:state} ~ suspended|suspends|suspend its? participation|membership "
     "in the? {B:org}",
     0.8,
     {OUT_STATUS("member_of", A, B, "suspended")},
     0},
    /* "Belarus is a member state of the CSTO", "A and B are full
     * member countries of the SCO", "of all ASEAN member countries, only
     * Thailand and Myanmar ..." (recall6) */
    {"{A:state+} ~ is|are|was|were|remains|remain a|an|the? founding|full|"
     "permanent|associate? member|members -? state|states|country|countries|"
     "nation|nations of|in the? {B:org}",
     0.75,
     {OUT("member_of", A, B)},
     0},
    {"of all|the {B:org} member -? states|countries|nations ,? only? "
     "{A:state+}",
     0.7,
     {OUT("member_of", A, B)},
     0},
    /* "Iran and Belarus, the newest members", "Hungary and Turkmenistan
     * are observers", "the organization brings together ten countries:
     * A, B" (recall6) */
    {"{A:state+} , the new|newest|latest|founding|original|full members",
     0.75,
     {OUT("member_of", A, ORG)},
     0},
    {"{A:state+} ~ are|is|were|was|became|become|remain|remains observers|"
     "observer .|,|;|$",
     0.75,
     {OUT_STATUS("member_of", A, ORG, "observer")},
     0},
    {"{B:org} ~ brings|brought|bringing together ~ countries|states|nations|"
     "members : {A:state+}",
     0.75,
     {OUT("member_of", A, B)},
     0},
    {ORG_WORD " ~ brings|brought|bringing together ~ countries|states|"
              "nations|members : {A:state+}",
     0.7,
     {OUT("member_of", A, ORG)},
     0},
    /* "member states such as A", "its members: A, B", "members - A" */
    {"members|member|member-states|member-countries ~ such as|like "
     "{A:state+}",
     0.7,
     {OUT("member_of", A, ORG)},
     0},
    {"members|member|member-states|member-countries ~ like|including|namely|"
     "are|were|include|included :? {A:state+}",
     0.7,
     {OUT("member_of", A, ORG)},
     0},
    /* sixth round (recall7): the verb, a noun for the members, then
     * the names: "The CIS comprises former Soviet republics such as A,
     * B", "The group includes the two most populous nations in the
     * world, China and India, as well as Russia" (a list takes "as well
     * as") */
    {"{B:org} ~ " MEMBERS_VERB " ~ " MEMBER_NOUNS " such? as|like|including|"
     "namely {A:state+}",
     0.75,
     {OUT("member_of", A, B)},
     0},
    {ORG_WORD " ~ " MEMBERS_VERB " ~ " MEMBER_NOUNS " such? as|like|"
              "including|namely {A:state+}",
     0.7,
     {OUT("member_of", A, ORG)},
     0},
    {"{B:org} ~ " MEMBERS_VERB " ~ " MEMBER_NOUNS " , {A:state+}",
     0.75,
     {OUT("member_of", A, B)},
     0},
    {ORG_WORD " ~ " MEMBERS_VERB " ~ " MEMBER_NOUNS " , {A:state+}",
     0.7,
     {OUT("member_of", A, ORG)},
     0},
    /* "Moldovan President NAME, as the head of the observer state at
     * the EAEU" */
    {"{A:person} ,? as the head|leader of the|an? observer state|country "
     "at|of|in the? {B:org}",
     0.8,
     {OUT_STATUS("member_of", A_STATE, B, "observer")},
     0},
    /* "with C as an associate member" (entente/1 has no status
     * "associate": the membership is drawn without one) */
    {"{A:state+} ~ as|is|are|was|were|has|have|holds|hold an? associate "
     "member|members|state|states|status|membership",
     0.75,
     {OUT("member_of", A, ORG)},
     0},
    /* eighth round (general9): "four Observer States interested in
     * acceding to full membership (A, B, C and D)" */
    {"observer states|countries|nations|members ( {A:state+}",
     0.8,
     {OUT_STATUS("member_of", A, ORG, "observer")},
     0},
    {"observer states|countries|nations interested|seeking|wishing|keen ~ "
     "( {A:state+}",
     0.8,
     {OUT_STATUS("member_of", A, ORG, "observer")},
     0},
};

const rule *extract_membership_rules(size_t *count) {
    *count = sizeof membership_rules / sizeof *membership_rules;
    return membership_rules;
}
