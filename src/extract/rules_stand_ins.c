/*
 * The general rules of the seventh round (issue 12, attend8): stand-ins,
 * absences in lists, hosts and chairs named in communiqués and wire copy,
 * arrivals (notation in rules.c). Like the cue rules (rules_cues.c), each
 * pairs a cue with the names it governs; they come after them, and the
 * vetoes that go with them are in rules_scope.c. And the stand-ins read
 * from the sentence after an absence ("They were represented by").
 */
#include "extract/rules_common.h"

static const rule stand_in_rules[] = {
    /* "hosted by the kingdom of Saudi Arabia": the state, whoever heads
     * it (the head named after it is vetoed as present, rules_scope.c) */
    {"hosted|organized|organised by the kingdom|republic|state|emirate|"
     "sultanate|government of the? {A:state}",
     0.8,
     {OUT("hosts", A, EVENT)},
     0},
    /* a stand-in: "Duterte was represented by Foreign Affairs Secretary
     * NAME", "Biya ... will be represented by Prime Minister NAME": the
     * head's state is there, the head need not be */
    {"{A:person} ~ was|is|were|are|be|being represented by",
     0.75,
     {OUT("attends", A_STATE, EVENT)},
     0},
    {", {A:earlier-person} will|would? was|is|be represented by",
     0.75,
     {OUT("attends", A_STATE, EVENT)},
     0},
    /* "Foreign Minister NAME is representing Russia instead of President
     * NAME": the state is there without its head */
    {"representing|represents|represented|represent {A:state} instead|in "
     "place? of",
     0.8,
     {OUT("attends", A, EVENT)},
     0},
    /* a state's delegate stands in for it ("Oman's delegate NAME", "the
     * UAE delegate Vice President NAME"), and delegations that attend
     * carry their states ("attended by delegations from the bloc's 10
     * full members: A, B, C"): the state is there, its head may not be */
    {"{A:state'} delegate|delegates|delegation",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    {"the {A:state} delegate|delegates|delegation",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    {"attended by delegations|delegates|representatives from ... "
     "{A:state+}",
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    /* "to lead Kenya's delegation to the summit" */
    {"lead|leads|led|leading|head|heads|headed|heading {A:state'} "
     "delegation|delegations to|at the ~ " MEET,
     0.75,
     {OUT("attends", A, EVENT)},
     0},
    /* the host in a preposed clause: "Holding this year's summit in a
     * tent in the capital, Mauritanian President NAME said" */
    {"holding|hosting the|this|its ~ " HOSTED " ... , {B:state} "
     "{R:role} {A:person}",
     0.7,
     {OUT("attends", A, EVENT), OUT("hosts", A_STATE, EVENT)},
     0},
    /* "As the continent's leaders meet this Monday in Addis Ababa for
     * the summit": where the leaders meet for it */
    {HEADS
     "|delegations meet|meets|met|gather|gathers|gathered|convene|"
     "convenes|convened ~ in the? {A:state} capital|city? for|to the? ~ " MEET,
     0.7,
     {OUT("hosts", A, EVENT)},
     0},
    /* absence: a list of names, then "will be absent", "were noticeably
     * absent", "also failed to turn up" */
    {"{A:person+} ~ was|were|is|are|remained|be ~ absent|missing .|,|;|$",
     0.75,
     {OUT("absent_from", A, EVENT)},
     0},
    /* "like A's NAME, B's NAME, C's NAME amongst others will be absent"
     * (without "among others" a state's possessive before its head is
     * left to the head: "STATE's President, NAME ... will be absent",
     * whose state may be represented) */
    {"{A:state/person+} amongst|among others ~ was|were|is|are|remained|be ~ "
     "absent|missing",
     0.75,
     {OUT("absent_from", A, EVENT)},
     0},
    /* "A, B and C are conspicuous by their absence" */
    {"{A:person+} ~ is|are|was|were|be conspicuous|conspicuously|notable|"
     "notably by his|her|their absence",
     0.8,
     {OUT("absent_from", A, EVENT)},
     0},
    /* the subject before "along with" is absent too: "Egypt's president
     * NAME, along with Saudi King NAME and his son, were noticeably
     * absent" */
    {"{A:person} , along|together with {B:state/person+} ... "
     "were|are|be noticeably|conspicuously|notably? absent|missing",
     0.7,
     {OUT("absent_from", A, EVENT)},
     0},
    {"along|together with {A:state/person+} ... were|are|be noticeably|"
     "conspicuously|notably? absent|missing",
     0.7,
     {OUT("absent_from", A, EVENT)},
     0},
    {"{A:state/person+} ,? also|all failed|fail|fails to show|turn|attend|"
     "appear",
     0.8,
     {OUT("absent_from", A, EVENT)},
     0},
    {HEADS_OF_STATES " ,? also|all? failed|fail|fails to show|turn|attend|"
                     "appear",
     0.8,
     {OUT("absent_from", A, EVENT)},
     0},
    {"{A:state/person} ~ will|would|did|does|could|can not be? able? to? "
     "attend|participate|come|show|appear",
     0.75,
     {OUT("absent_from", A, EVENT)},
     0},
    /* "welcomed new leaders from Thailand and Singapore - NAME and NAME,
     * respectively": each leads the state the gazetteer has him head of
     * on the date (the states' list cannot be paired item by item: a
     * list reads greedily) */
    {HEADS " from|of the? ... - {A:person+} ,? respectively",
     0.8,
     {OUT_CHECKED("leads", A, A_STATE)},
     0},
    /* "Saudi King Salman": the gazetteer spells the name with the title
     * (checked against its offices) */
    {"{B:state} {A:person}",
     0.75,
     {OUT_CHECKED("leads", A, B)},
     GUARD_TITLED_NAME},
    /* a communiqué: "was convened in Accra, Republic of Ghana" */
    {"was|were|is|be convened in {A:state}", 0.7, {OUT("hosts", A, EVENT)}, 0},
    /* "chaired by NAME, President of the Republic of Ghana, current
     * Chairman of the Authority" */
    {"{R:role} of the? {B:state} , the? current|rotating|incoming|serving "
     "chairman|chair|chairperson|chairwoman",
     0.8,
     {OUT("chairs", B, ORG)},
     0},
    /* what a speaker brought to the meeting: "The meeting was also
     * marked by calls ..., such as the one made by the Kazakh president
     * NAME" */
    {MEET " ~ marked|featured|dominated by ... made|voiced|delivered|"
          "presented|put by the? {B:state} {R:role} {A:person}",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* a subject, an apposition with "as", then the verb: "Moldovan
     * President NAME, as the head of the observer state at the EAEU and
     * Tajikistan's NAME, will also be at the meeting" */
    {"{A:person} , as ... ... , will|would|shall also? be at|attend|join the "
     "~ " MEET,
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* arrivals: "NAME being the first to arrive, followed by Palestinian
     * President NAME", "the plane of Iraqi Prime Minister NAME ... is
     * expected to land" */
    {"arrive|arrived|arrives|arriving|arrival|land|landed|lands ,? "
     "followed by {A:person+}",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    {"plane|planes|aircraft|jet|motorcade of the? {A:person+} ~ land|lands|"
     "landed|landing|arrive|arrives|arrived|arriving|touched",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* "At an extraordinary summit of ECOWAS in Accra, the bloc's
     * chairman, Ghana's President NAME described ...": the subject after
     * the preposed place of the summit and an apposition */
    {"at|during the|a|an|this|its ~ " MEET " ... ... , the ~ chairman|chair|"
     "chairperson|host|head , {B:state'} {R:role} {A:person}",
     0.7,
     {OUT("attends", A, EVENT)},
     0},
    /* "Thailand Prime Minister Prayut Chan-o-cha, who chairs this
     * year's Asean": a name with more words than the gazetteer's */
    {"{A:person} ~ , who|which currently? chairs|chaired ~ the? {B:org}",
     0.7,
     {OUT("chairs", A_STATE, B)},
     0},
};

const rule *extract_stand_in_rules(size_t *count) {
    *count = sizeof stand_in_rules / sizeof *stand_in_rules;
    return stand_in_rules;
}

/* The length of the word at text[at] (ASCII letters), 0 for none. */
static size_t letters_at(const char *text, size_t at, size_t end) {
    size_t k = at;
    while (k < end && (unsigned)(((unsigned char)text[k] | 0x20) - 'a') < 26u) {
        k++;
    }
    return k - at;
}

/* 1 when text[at, at + n) is one of `words` (lower-case ASCII). */
static int text_word_in(const char *text, size_t at, size_t n,
                        const char *const *words, size_t count) {
    return n > 0 && scope_word_in(words, count, text + at, n);
}

/* 1 when the sentence opens with a pronoun, a form of "be" and
 * "represented by": "They are represented by", "He was also
 * represented by", "She will be represented by". */
static int opens_with_pronoun_represented(const char *text, sentence s) {
    static const char *const pronouns[] = {"they", "he", "she"};
    static const char *const be[] = {"are", "were", "was",  "is",
                                     "be",  "will", "also", "being"};
    static const char *const represented[] = {"represented"};
    static const char *const by[] = {"by"};
    size_t at = s.start, n = letters_at(text, at, s.end);
    if (!text_word_in(text, at, n, pronouns, 3)) {
        return 0;
    }
    int forms = 0;
    for (;;) {
        at += n;
        while (at < s.end && text[at] == ' ') {
            at++;
        }
        n = letters_at(text, at, s.end);
        if (forms < 3 && text_word_in(text, at, n, be, 8)) {
            forms++;
            continue;
        }
        break;
    }
    if (forms == 0 || !text_word_in(text, at, n, represented, 1)) {
        return 0;
    }
    at += n;
    while (at < s.end && text[at] == ' ') {
        at++;
    }
    return text_word_in(text, at, letters_at(text, at, s.end), by, 1);
}

ent_status stand_ins_after_absence(finding_list *f, sentence next) {
    if (next.end - next.start < 20 ||
        !opens_with_pronoun_represented(f->text, next)) {
        return ENT_OK; /* nearly every sentence: one word read */
    }
    size_t found = f->count;
    for (size_t i = 0; i < found; i++) {
        const found_relation *r = &f->items[i];
        if (r->rejected != REASON_NONE || (r->flags & FOUND_INFERRED) ||
            r->source == EXTRACT_EVENT || r->type != extract_type_absent_from ||
            f->gazetteer->entities[r->source].type != ENT_ENTITY_PERSON) {
            continue;
        }
        const gz_office *office = head_office(f->gazetteer, r->source, f->date);
        if (office == NULL) {
            continue;
        }
        found_relation state = *r;
        state.type = extract_type_attends;
        state.source = office->of;
        state.role = NULL;
        state.pattern = "{A:person} ... absent; next: they|he|she ... "
                        "represented by";
        state.where = next;
        state.via = r->source;
        if (finding_add(f, &state) != ENT_OK) {
            return ENT_ENOMEM;
        }
    }
    return ENT_OK;
}
