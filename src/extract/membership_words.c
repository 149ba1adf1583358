/*
 * The membership model's words (membership_internal.h): the word
 * classes of news about organizations, the table that finds a word's
 * classes, and the classes of a sentence's tokens with their counts,
 * clauses and the organizations named either side.
 */
#include <stdlib.h>
#include <string.h>

#include "extract/membership_internal.h"

/* General words of news about organizations, never a name. */
static const struct {
    uint32_t cls;
    const char *words;
} class_words[] = {
    {MC_MEMBER, "member members membership founding founder founders "
                "founded observer observers"},
    {MC_VERB, "comprising comprises comprise comprised consists consist "
              "consisting consisted composed unites uniting includes "
              "include included together joined join joins admitted"},
    {MC_ORG_WORD, "bloc alliance organization organisation grouping union "
                  "club community commonwealth association"},
    {MC_OBSERVER, "observer observers"},
    /* a withdrawal, a former membership, an application, a partnership
     * or a guest short of membership, a negation, an exception (the
     * words of tests/extract/README.md, "Membership") */
    {MC_VETO, "withdrew withdrawn withdrawal withdraw withdrawing withdraws "
              "left leave leaving quit quits exited exit exits former "
              "formerly ex applied apply applies applying applicant "
              "applicants application applications candidate candidates "
              "candidacy aspiring aspirant aspirants prospective seeking "
              "seeks sought bid bids wants partner partners partnership "
              "dialogue expelled expulsion wishes non considering consider "
              "considers hopes hoping intends aspires mulling guest guests "
              "invited invitee invitees not no never nor except excluding "
              "outside instead excluded exclude excludes expel until potential "
              "possible eventual future prospects interest interested "
              "eligible"},
    {MC_LEADERS, "leaders leader presidents heads head delegations "
                 "delegation ministers representatives"},
    {MC_LINK, "and or as well the"},
    {MC_PAST, "soviet ussr yugoslav colonial colonies colony"},
    {MC_BREAK, "while whereas but although though however meanwhile"},
    {MC_CHAIR, "chair chairs chaired chairing chairman chairmen chairmanship "
               "chairperson chairwoman presidency helm"},
    {MC_CHAIR_NOUN, "chairmanship presidency helm"},
    {MC_ROTATING, "rotating rotation"},
    {MC_TAKE, "assume assumes assumed assuming assumption take takes took "
              "taking taken hold holds held holding hand hands handed "
              "handing handover pass passes passed passing transfer "
              "transfers transferred baton over"},
    {MC_CURRENT, "current currently incoming new this now"},
    {MC_MEETING, "session meeting summit council sitting"},
    /* a chairmanship that ended, another office */
    {MC_CHAIR_VETO, "former formerly previous past ex last vice deputy "
                    "until ended served predecessor outgoing not"},
    {MC_BODY, "ministers government parliament committee senate cabinet "
              "commission party board congress assembly executive "
              "ministerial subcommittee dialogue"},
    {MC_OF, "of"},
    {MC_COORD, "and or"},
    {MC_LAST, "last"},
    {MC_APPOS, "the as for year"},
    {MC_REGION, "north northern south southern east eastern west western "
                "central"},
    {MC_FROM, "from"},
    {MC_NOT_ORG, "delegation delegations parliament parliaments staff crew "
                 "crews family families team teams cabinet board media "
                 "public press personnel household households security "
                 "jury panel club clubs church"},
    {MC_COPULA,
     "is are was were be been being has have had hold holds held "
     "a an all also both remain remains remained became become "
     "becomes serve serves served its their one among such like "
     "namely including full founding permanent associate newest "
     "latest original other fellow two three four five six seven "
     "eight nine ten eleven twelve states state countries country "
     "nations nation status include includes included comprises "
     "comprise consists consist currently so far republics economies "
     "powers"},
};

/* The classes counted per token, in the order of member_token.pc. */
static const uint32_t pc_classes[PC_COUNT] = {MC_MEMBER, MC_VERB, MC_VETO,
                                              MC_LEADERS, MC_OBSERVER};

/* The cue words fill the table to at most three quarters: the probes
 * of class_of stay short, and a table grown past it (more words added
 * to class_words) fails membership_init instead of probing forever. */
#define MEMBER_WORDS_MAX (MEMBER_WORD_SLOTS / 4 * 3)

/* Adds word w[0..n) to class `cls`; 0 when the table is full. */
static int add_word(membership_pass *p, const char *w, size_t n, uint32_t cls) {
    uint32_t h = text_word_hash(w, n);
    size_t s = h & (MEMBER_WORD_SLOTS - 1);
    while (p->word_class[s] != 0 && p->word_hash[s] != h) {
        s = (s + 1) & (MEMBER_WORD_SLOTS - 1);
    }
    if (p->word_class[s] == 0 && ++p->word_count > MEMBER_WORDS_MAX) {
        return 0;
    }
    p->word_hash[s] = h;
    p->word_class[s] |= cls;
    return 1;
}

static uint32_t class_of(const membership_pass *p, uint32_t h) {
    size_t s = h & (MEMBER_WORD_SLOTS - 1);
    while (p->word_class[s] != 0) {
        if (p->word_hash[s] == h) {
            return p->word_class[s];
        }
        s = (s + 1) & (MEMBER_WORD_SLOTS - 1);
    }
    return 0;
}

ent_status membership_init(membership_pass *p, size_t entity_count) {
    memset(p, 0, sizeof *p);
    p->members.first = calloc(entity_count + 1, sizeof *p->members.first);
    p->chairs.first = calloc(entity_count + 1, sizeof *p->chairs.first);
    p->entity_count = entity_count;
    p->set_out_org = EXTRACT_PENDING_ORG;
    for (size_t k = 0; k < sizeof class_words / sizeof *class_words; k++) {
        const char *w = class_words[k].words;
        while (*w != '\0') {
            size_t n = strcspn(w, " ");
            if (!add_word(p, w, n, class_words[k].cls)) {
                return ENT_EINTERNAL; /* MEMBER_WORD_SLOTS is too small */
            }
            w += n + (w[n] == ' ');
        }
    }
    return p->members.first != NULL && p->chairs.first != NULL ? ENT_OK
                                                               : ENT_ENOMEM;
}

void membership_release(membership_pass *p) {
    free(p->members.items);
    free(p->members.first);
    free(p->chairs.items);
    free(p->chairs.first);
    free(p->scratch);
    free(p->runs);
    memset(p, 0, sizeof *p);
}

/* Classes the tokens; returns the classes of the sentence. */
uint32_t membership_classify(const membership_pass *p, sentence_view *v) {
    uint32_t all = 0;
    member_token *t = v->t;
    for (size_t i = 0; i < v->count; i++) {
        const token *k = &v->tokens[i];
        t[i].cls = k->kind == TOKEN_WORD ? class_of(p, k->hash) : 0;
        if (membership_punct_is(v->text, k, ';')) {
            t[i].cls |= MC_BREAK;
        }
        all |= t[i].cls;
    }
    return all;
}

/* Counts the classes before each token, numbers the clauses and notes
 * the organizations either side (after classify_words). */
void membership_count_classes(sentence_view *v) {
    member_token *t = v->t;
    memset(t[0].pc, 0, sizeof t[0].pc);
    t[0].clause = 0;
    uint32_t org = 0;
    for (size_t i = 0; i < v->count; i++) {
        /* "former Soviet republics": the states' past, not their
         * membership's */
        if ((t[i].cls & MC_VETO) && i + 1 < v->count &&
            (t[i + 1].cls & MC_PAST)) {
            t[i].cls &= ~(uint32_t)MC_VETO;
        }
        for (size_t k = 0; k < PC_COUNT; k++) {
            t[i + 1].pc[k] = t[i].pc[k] + ((t[i].cls & pc_classes[k]) != 0);
        }
        t[i + 1].clause = t[i].clause + ((t[i].cls & MC_BREAK) != 0);
        /* the last organization named before, in the clause */
        if (i > 0 && t[i].clause != t[i - 1].clause) {
            org = 0;
        }
        if (membership_org_mention(v->g, &v->tokens[i])) {
            org = (uint32_t)v->tokens[i].m.entity + 1;
        }
        t[i].left_org = org;
    }
    org = 0;
    for (size_t i = v->count; i-- > 0;) {
        if (i + 1 < v->count && t[i].clause != t[i + 1].clause) {
            org = 0;
        }
        if (membership_org_mention(v->g, &v->tokens[i])) {
            org = (uint32_t)v->tokens[i].m.entity + 1;
        }
        t[i].right_org = org;
    }
}
