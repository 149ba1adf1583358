/*
 * The membership model (membership_model.h): what the sentences that
 * hold a membership word say of the states they name, gathered in the
 * first pass, and the decision taken once the rules have drafted the
 * article.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/buffer.h"
#include "extract/membership_model.h"

const char membership_model_pattern[] =
    "membership model (features of the whole article)";
const char chair_model_pattern[] =
    "chair model (features of the whole article)";

/* Word classes (bits). */
enum {
    MC_MEMBER = 1 << 0,      /* member, founding, observer */
    MC_VERB = 1 << 1,        /* comprises, consists, joined, together */
    MC_ORG_WORD = 1 << 2,    /* bloc, alliance, organization */
    MC_OBSERVER = 1 << 3,    /* observer, observers */
    MC_VETO = 1 << 4,        /* withdrew, applied, former, partner, not */
    MC_LEADERS = 1 << 5,     /* leaders, presidents, heads, delegations */
    MC_LINK = 1 << 6,        /* and, or, as, well: a run of states goes on */
    MC_PAST = 1 << 7,        /* soviet, ussr: "former" dates the states */
    MC_BREAK = 1 << 8,       /* while, but, ";": a clause ends */
    MC_CHAIR = 1 << 9,       /* chair, chairman, chairmanship, presidency */
    MC_CHAIR_NOUN = 1 << 10, /* chairmanship, presidency, helm */
    MC_ROTATING = 1 << 11,   /* rotating, rotation */
    MC_TAKE = 1 << 12,       /* assumed, took, holds, handed, passes */
    MC_CURRENT = 1 << 13,    /* current, incoming, new, this */
    MC_MEETING = 1 << 14,    /* session, meeting, summit */
    MC_CHAIR_VETO = 1 << 15, /* former, previous, vice, deputy */
    MC_BODY = 1 << 16,       /* "chairman of the committee, government" */
    MC_OF = 1 << 17,         /* of */
    MC_FROM = 1 << 18,       /* from: "took over the chair from A" */
    MC_COPULA = 1 << 19,     /* are, is, have, among, such as, states */
    MC_NOT_ORG = 1 << 20,    /* delegation, staff, crew: members of these */
    MC_COORD = 1 << 21,      /* and, or: another noun phrase begins */
    MC_LAST = 1 << 22,       /* last ("last year"): a time before */
};
#define MC_CUE (MC_MEMBER | MC_VERB | MC_OBSERVER)

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
              "outside instead excluded exclude excludes expel until"},
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
                    "until ended served predecessor not"},
    {MC_BODY, "ministers government parliament committee senate cabinet "
              "commission party board congress assembly executive"},
    {MC_OF, "of"},
    {MC_COORD, "and or"},
    {MC_LAST, "last"},
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

/* Tokens either side of a run of states a cue word is near in; a
 * denying word must be nearer still, a cue "adjacent" nearer again. */
#define NEAR_TOKENS 8
#define VETO_TOKENS 4
#define ADJACENT_TOKENS 3
#define LEADERS_BEFORE 4
/* States in a run for it to read as a list. */
#define RUN_STATES 3
/* Tokens between two states of one run at most ("A, B", "A and B",
 * "A, as well as B", "A (2009), B", "1. A; 2. B"). */
#define RUN_GAP 5
/* Tokens of a sentence that can be an item of a set-out list. */
#define SET_OUT_TOKENS 24

static void add_word(membership_pass *p, const char *w, size_t n,
                     uint32_t cls) {
    uint32_t h = text_word_hash(w, n);
    size_t s = h & (MEMBER_WORD_SLOTS - 1);
    while (p->word_class[s] != 0 && p->word_hash[s] != h) {
        s = (s + 1) & (MEMBER_WORD_SLOTS - 1);
    }
    p->word_hash[s] = h;
    p->word_class[s] |= cls;
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
            add_word(p, w, n, class_words[k].cls);
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

/* A state mention the model reads: by name, alias, abbreviation or
 * demonym, not by a capital or a metonym ("Moscow", "the Kremlin"). */
static int state_mention(const ent_gazetteer_t *g, const token *t) {
    return t->kind == TOKEN_MENTION &&
           g->entities[t->m.entity].type == ENT_ENTITY_STATE &&
           t->m.kind != SPELLING_CAPITAL && t->m.kind != SPELLING_METONYM;
}

static int org_mention(const ent_gazetteer_t *g, const token *t) {
    return t->kind == TOKEN_MENTION &&
           g->entities[t->m.entity].type == ENT_ENTITY_ORGANIZATION;
}

static int punct_is(const char *text, const token *t, char c) {
    return t->kind == TOKEN_PUNCT && text[t->start] == c;
}

/* The pair (state, org), created at its first mention; NULL when out of
 * memory. */
static member_candidate *candidate(pair_list *p, size_t state, size_t org) {
    for (uint32_t i = p->first[state]; i != 0; i = p->items[i - 1].next) {
        if (p->items[i - 1].org == org) {
            return &p->items[i - 1];
        }
    }
    if (!grow_array((void **)&p->items, &p->capacity, p->count + 1,
                    sizeof *p->items)) {
        return NULL;
    }
    member_candidate *c = &p->items[p->count++];
    memset(c, 0, sizeof *c);
    c->state = state;
    c->org = org;
    c->next = p->first[state];
    p->first[state] = (uint32_t)p->count;
    return c;
}

/* A sentence as the model reads it. */
typedef struct {
    const ent_gazetteer_t *g;
    const char *text;
    const token *tokens;
    member_token *t; /* count + 1 entries: prefix counts up to each */
    size_t count;
    int has_org, set_out;
    size_t list_colon, list_cue; /* "members: ...": the colon and its
                                    cue, SIZE_MAX when none */
    size_t fallback_org;
    sentence where;
    int article_year; /* 0 when the article has no date */
    int unknown_body; /* "members of" a body the gazetteer does not know */
} sentence_view;

/* The count of class `k` words in tokens [from, to), the range clamped to
 * the sentence. */
static uint32_t in_range(const sentence_view *v, size_t k, long from, long to) {
    size_t a = from < 0 ? 0 : (size_t)from > v->count ? v->count : (size_t)from;
    size_t b = to < 0 ? 0 : (size_t)to > v->count ? v->count : (size_t)to;
    return b > a ? v->t[b].pc[k] - v->t[a].pc[k] : 0;
}

/* Classes the tokens; returns the classes of the sentence. */
static uint32_t classify_words(const membership_pass *p, sentence_view *v) {
    uint32_t all = 0;
    member_token *t = v->t;
    for (size_t i = 0; i < v->count; i++) {
        const token *k = &v->tokens[i];
        t[i].cls = k->kind == TOKEN_WORD ? class_of(p, k->hash) : 0;
        if (punct_is(v->text, k, ';')) {
            t[i].cls |= MC_BREAK;
        }
        all |= t[i].cls;
    }
    return all;
}

/* Counts the classes before each token, numbers the clauses and notes
 * the organizations either side (after classify_words). */
static void count_classes(sentence_view *v) {
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
        if (org_mention(v->g, &v->tokens[i])) {
            org = (uint32_t)v->tokens[i].m.entity + 1;
        }
        t[i].left_org = org;
    }
    org = 0;
    for (size_t i = v->count; i-- > 0;) {
        if (i + 1 < v->count && t[i].clause != t[i + 1].clause) {
            org = 0;
        }
        if (org_mention(v->g, &v->tokens[i])) {
            org = (uint32_t)v->tokens[i].m.entity + 1;
        }
        t[i].right_org = org;
    }
}

/* 1 when the tokens (from, to) only join two states of one run. */
static int run_link(const sentence_view *v, size_t from, size_t to) {
    if (to - from - 1 > RUN_GAP) {
        return 0;
    }
    for (size_t k = from + 1; k < to; k++) {
        const token *t = &v->tokens[k];
        int link = t->kind == TOKEN_DASH || t->kind == TOKEN_NUMBER ||
                   (v->t[k].cls & MC_LINK) || punct_is(v->text, t, ',') ||
                   punct_is(v->text, t, ';') || punct_is(v->text, t, '(') ||
                   punct_is(v->text, t, ')') || punct_is(v->text, t, '.') ||
                   (t->kind == TOKEN_PUNCT &&
                    (unsigned char)v->text[t->start] >= 0x80);
        if (!link) {
            return 0;
        }
    }
    return 1;
}

/* Cuts the sentence's states into runs; ENT_ENOMEM or ENT_OK. */
static ent_status find_runs(membership_pass *p, const sentence_view *v) {
    p->run_count = 0;
    size_t i = 0;
    while (i < v->count) {
        if (!state_mention(v->g, &v->tokens[i])) {
            i++;
            continue;
        }
        size_t last = i, n = 1;
        for (size_t k = i + 1; k < v->count; k++) {
            if (state_mention(v->g, &v->tokens[k])) {
                if (!run_link(v, last, k)) {
                    break;
                }
                last = k;
                n++;
            }
        }
        if (!grow_array((void **)&p->runs, &p->run_capacity, p->run_count + 1,
                        sizeof *p->runs)) {
            return ENT_ENOMEM;
        }
        member_run r = {(uint32_t)i, (uint32_t)last, (uint32_t)n, 0,
                        UINT32_MAX};
        p->runs[p->run_count++] = r;
        i = last + 1;
    }
    return ENT_OK;
}

/* 1 for a word that ends in "ly" ("officially", "formally"). */
static int adverb(const char *text, const token *t) {
    return t->end - t->start >= 4 && text[t->end - 2] == 'l' &&
           text[t->end - 1] == 'y';
}

/* 1 when the tokens (a, b) between a cue word and a run only say what
 * the states are: a copula, a determiner, a number, punctuation, the
 * organization, an adverb ("are members of the SCO", "members: A",
 * "counts A among its members", "officially became new members"); not
 * another verb ("B sent observers", "members, held
 * talks with C"). */
static int linked(const sentence_view *v, size_t a, size_t b) {
    for (size_t k = a + 1; k < b; k++) {
        const token *t = &v->tokens[k];
        if (t->kind == TOKEN_WORD &&
            !(v->t[k].cls & (MC_COPULA | MC_LINK | MC_OF | MC_MEMBER |
                             MC_ORG_WORD | MC_CURRENT | MC_PAST)) &&
            !adverb(v->text, t) &&
            !((unsigned char)v->text[t->start] >= '0' &&
              (unsigned char)v->text[t->start] <= '9')) {
            return 0; /* (an ordinal, "32nd", says what the state is) */
        }
        if (t->kind == TOKEN_MENTION && !org_mention(v->g, t)) {
            return 0;
        }
    }
    return 1;
}

/* 1 when a word of class `cls` is in tokens [from, to), clamped. */
static int class_near(const sentence_view *v, uint32_t cls, long from,
                      long to) {
    for (long k = from < 0 ? 0 : from; k < to && k < (long)v->count; k++) {
        if (v->t[k].cls & cls) {
            return 1;
        }
    }
    return 0;
}

/* 1 when the membership word at i is of a body that is no organization
 * of states: "members of the delegation", "crew members", "Security
 * Council members". */
static int not_org_members(const sentence_view *v, size_t i) {
    return (v->t[i].cls & MC_MEMBER) &&
           class_near(v, MC_NOT_ORG | MC_BODY, (long)i - 2, (long)i + 4);
}

/* For each membership cue word, the run before it in its clause, else
 * the run after it, owns it when they are linked and near; each run
 * learns how near its nearest cue is. Linear: cues and runs are both in
 * order. */
static void assign_cues(membership_pass *p, const sentence_view *v) {
    size_t r = 0;
    for (size_t i = 0; i < v->count && p->run_count > 0; i++) {
        if (!(v->t[i].cls & (MC_MEMBER | MC_VERB)) ||
            (!(v->t[i].cls & MC_MEMBER) &&
             in_range(v, PC_LEADERS, (long)i - LEADERS_BEFORE, (long)i)) ||
            not_org_members(v, i)) {
            continue; /* "the leaders included A": who came, not members */
        }
        while (r + 1 < p->run_count && p->runs[r + 1].first < i) {
            r++;
        }
        /* runs r (before or around i) and r + 1 (after i) */
        size_t best = SIZE_MAX;
        uint32_t gap = UINT32_MAX;
        for (size_t k = r; k <= r + 1 && k < p->run_count; k++) {
            member_run *u = &p->runs[k];
            /* "A's President", "A's role": the state owns the next noun;
             * "the Russian delegation", "Kazakh members of the staff": a
             * demonym qualifies a noun (a list after "members:" is read
             * by its colon, not here) */
            if (v->tokens[u->first].m.possessive ||
                v->tokens[u->first].m.kind == SPELLING_DEMONYM) {
                continue;
            }
            if (v->t[u->first].clause != v->t[i].clause &&
                v->t[u->last].clause != v->t[i].clause) {
                continue;
            }
            uint32_t d = u->last < i    ? (uint32_t)(i - u->last - 1)
                         : u->first > i ? (uint32_t)(u->first - i - 1)
                                        : 0;
            /* the run before the word wins when both are linked to it
             * ("A became the 32nd member as the B received ...") */
            /* "The six GCC members and Egypt, Jordan and Iraq": states
             * coordinated with the members after the word are not
             * said to be members */
            int coordinated =
                i < u->first &&
                class_near(v, MC_COORD, (long)i + 1, (long)u->first);
            if (best == SIZE_MAX && d <= NEAR_TOKENS && !coordinated &&
                linked(v, i < u->first ? i : u->last,
                       i < u->first ? u->first : i)) {
                gap = d;
                best = k;
            }
        }
        if (best != SIZE_MAX) {
            p->runs[best].owns = 1;
            if (gap < p->runs[best].gap) {
                p->runs[best].gap = gap;
            }
        }
    }
}

/* 1 when the sentence says "members of" an organization the gazetteer
 * does not know ("fellow members of the Quad", "members of GUAM"): its
 * states must not fall back to the article's organization. */
static int members_of_unknown(const sentence_view *v) {
    for (size_t k = 0; k + 2 < v->count; k++) {
        if (!(v->t[k].cls & MC_MEMBER) || !(v->t[k + 1].cls & MC_OF)) {
            continue;
        }
        size_t j = k + 2;
        if (j + 1 < v->count && (v->t[j].cls & MC_LINK) &&
            v->tokens[j].kind == TOKEN_WORD) {
            j++; /* "the" */
        }
        const token *t = &v->tokens[j];
        unsigned char c = (unsigned char)v->text[t->start];
        if (t->kind == TOKEN_WORD && c >= 'A' && c <= 'Z') {
            return 1;
        }
    }
    return 0;
}

/* The organization of a run: the nearest named in its clause, before it
 * or after it; else the fallback. */
static size_t run_org(const sentence_view *v, const member_run *r) {
    uint32_t left = v->t[r->first].left_org, right = v->t[r->last].right_org;
    if (left == 0 && right == 0) {
        return v->fallback_org;
    }
    if (left == 0 || right == 0) {
        return (left != 0 ? left : right) - 1;
    }
    size_t dl = 0, dr = 0;
    for (size_t k = r->first; k-- > 0 && !org_mention(v->g, &v->tokens[k]);) {
        dl++;
    }
    for (size_t k = r->last + 1;
         k < v->count && !org_mention(v->g, &v->tokens[k]); k++) {
        dr++;
    }
    return (dl <= dr ? left : right) - 1;
}

/* The features of a run, the same for each state in it. */
static uint32_t run_bits(const sentence_view *v, const member_run *r, int *veto,
                         int *observer) {
    long lo = (long)r->first, hi = (long)r->last + 1, c = (long)v->count;
    uint32_t bits = 0;
    int member_near = in_range(v, PC_MEMBER, lo - NEAR_TOKENS, lo) ||
                      in_range(v, PC_MEMBER, hi, hi + NEAR_TOKENS);
    int verb_near = in_range(v, PC_VERB, lo - NEAR_TOKENS, lo) ||
                    in_range(v, PC_VERB, hi, hi + NEAR_TOKENS);
    bits |= member_near                    ? 1u << MF_MEMBER_NEAR
            : in_range(v, PC_MEMBER, 0, c) ? 1u << MF_MEMBER_SENT
                                           : 0;
    bits |= verb_near                    ? 1u << MF_VERB_NEAR
            : in_range(v, PC_VERB, 0, c) ? 1u << MF_VERB_SENT
                                         : 0;
    bits |= r->n >= RUN_STATES ? 1u << MF_RUN : 0;
    bits |= r->n == 2 ? 1u << MF_PAIR : 0;
    bits |= r->owns ? 1u << MF_OWNS_CUE : 0;
    bits |= r->gap <= ADJACENT_TOKENS ? 1u << MF_ADJACENT : 0;
    bits |= in_range(v, PC_LEADERS, lo - LEADERS_BEFORE, lo)
                ? 1u << MF_LEADERS_NEAR
                : 0;
    bits |= v->has_org ? 1u << MF_ORG_SENT : 0;
    /* an item of a list set out after "members:" is after that colon */
    bits |= v->set_out ? 1u << MF_SET_OUT | 1u << MF_COLON : 0;
    /* the nearest cue before the run with no other state between, a
     * colon or a dash between them, and any denying word just before the
     * cue ("applied to join the bloc, including A"), between them or just
     * around the run */
    long cue = -1;
    int colon = 0;
    for (long k = lo - 1; k >= 0; k--) {
        if (v->t[k].cls & MC_CUE) {
            cue = k;
            break;
        }
        if (state_mention(v->g, &v->tokens[k])) {
            colon = 0; /* the cue is an earlier run's */
            break;
        }
        colon |= punct_is(v->text, &v->tokens[k], ':') ||
                 v->tokens[k].kind == TOKEN_DASH ||
                 (punct_is(v->text, &v->tokens[k], '(') && k + 1 == lo);
    }
    bits |= cue >= 0 && colon ? 1u << MF_COLON : 0;
    /* an item of the list after "member states:", however it is laid
     * out ("observer states: Prime Minister of A NAME, Prime Minister of
     * B NAME") */
    if (v->list_colon != SIZE_MAX && r->first > v->list_colon &&
        v->t[r->first].clause == v->t[v->list_colon].clause) {
        bits |= 1u << MF_SET_OUT | 1u << MF_COLON;
        cue = cue >= 0 ? cue : (long)v->list_cue;
    }
    *veto = in_range(v, PC_VETO, lo - VETO_TOKENS, lo) ||
            in_range(v, PC_VETO, hi, hi + VETO_TOKENS) ||
            (cue >= 0 && in_range(v, PC_VETO, cue - VETO_TOKENS, lo));
    *observer = cue >= 0 ? (v->t[cue].cls & MC_OBSERVER) != 0
                         : in_range(v, PC_OBSERVER, hi, hi + VETO_TOKENS) != 0;
    bits |= in_range(v, PC_VETO, 0, c) && !*veto ? 1u << MF_VETO_SENT : 0;
    return bits;
}

/* Notes each state of run r. */
static ent_status note_run(membership_pass *p, const sentence_view *v,
                           const member_run *r) {
    int veto = 0, observer = 0;
    uint32_t bits = run_bits(v, r, &veto, &observer);
    size_t org = run_org(v, r);
    if (v->unknown_body) {
        return ENT_OK;
    }
    uint32_t n = 0;
    for (uint32_t b = bits; b != 0; b &= b - 1) {
        n++;
    }
    for (size_t k = r->first; k <= r->last; k++) {
        if (!state_mention(v->g, &v->tokens[k])) {
            continue;
        }
        member_candidate *c =
            candidate(&p->members, v->tokens[k].m.entity, org);
        if (c == NULL) {
            return ENT_ENOMEM;
        }
        c->mentions++;
        c->vetoed |= (uint8_t)veto;
        c->observer |= (uint8_t)observer;
        c->bits |= bits;
        if (c->mentions == 1 || n > c->best_count) {
            c->best_count = n;
            c->best = v->where;
        }
    }
    return ENT_OK;
}

/* Tokens between a chair word and its state at most; words around them
 * that count. */
#define CHAIR_NEAR 6
#define CHAIR_AROUND 4
#define CHAIR_VETO_AROUND 3

/* A pair is drawn only when a membership word is tied to its run of
 * states: the run nearest the word, a list after "members:", or after a
 * colon or a dash that follows the word. A state merely named in a
 * sentence about members is not. A chair needs its word right by the
 * state or a word of taking, holding or passing the chair. */
#define MEMBER_GATE (1u << MF_OWNS_CUE | 1u << MF_SET_OUT | 1u << MF_COLON)
#define CHAIR_GATE                                                             \
    (1u << CF_ADJACENT | 1u << CF_POSSESSIVE | 1u << CF_OF_STATE |             \
     1u << CF_TAKE)
/* ... and something of an organization's chair about it: the
 * organization, a word of rotating, taking, current, or a meeting
 * chaired ("the Egyptian Presidency" is the president's office). */
#define CHAIR_CONTEXT                                                          \
    (1u << CF_ORG_CLAUSE | 1u << CF_ROTATING | 1u << CF_TAKE |                 \
     1u << CF_CURRENT | 1u << CF_MEETING)

static int person_mention(const ent_gazetteer_t *g, const token *t) {
    return t->kind == TOKEN_MENTION &&
           g->entities[t->m.entity].type == ENT_ENTITY_PERSON;
}

/* 1 when two persons are named strictly between tokens a and b: the
 * state is the first one's and the chair another's ("President of A
 * NAME, President of B NAME2, Chairman of ..."); one person between is
 * the state's head ("A's King NAME chairing the session", "A's NAME, the
 * current chairman of"). */
static int persons_between(const sentence_view *v, size_t a, size_t b) {
    int persons = 0;
    for (size_t k = a + 1; k < b; k++) {
        persons += person_mention(v->g, &v->tokens[k]);
    }
    return persons >= 2;
}

/* 1 when the chair word at i is a title before a name: "Chairman Xi
 * Jinping", "Presidential Council Chairman Mohamed al-Menfi" (a person
 * the gazetteer knows, or a capitalized word after a capitalized
 * title). */
static int title_before_name(const sentence_view *v, size_t i) {
    if (i + 1 >= v->count) {
        return 0;
    }
    const token *next = &v->tokens[i + 1];
    unsigned char first = (unsigned char)v->text[v->tokens[i].start];
    unsigned char after = (unsigned char)v->text[next->start];
    return person_mention(v->g, next) ||
           (first >= 'A' && first <= 'Z' && next->kind == TOKEN_WORD &&
            after >= 'A' && after <= 'Z');
}

/* 1 when the state at k is one of a run of states ("A, B and C"). */
static int in_run(const sentence_view *v, size_t k) {
    size_t lo = k > RUN_GAP + 1 ? k - RUN_GAP - 1 : 0;
    size_t hi = k + RUN_GAP + 2 < v->count ? k + RUN_GAP + 2 : v->count;
    for (size_t j = lo; j < hi; j++) {
        if (j != k && state_mention(v->g, &v->tokens[j]) &&
            run_link(v, j < k ? j : k, j < k ? k : j)) {
            return 1;
        }
    }
    return 0;
}

/* The state mention nearest the chair word at i in its clause, within
 * CHAIR_NEAR tokens (the one before on a tie), or SIZE_MAX. */
static size_t chair_state(const sentence_view *v, size_t i) {
    for (size_t d = 1; d <= CHAIR_NEAR + 1; d++) {
        if (d <= i && v->t[i - d].clause == v->t[i].clause &&
            state_mention(v->g, &v->tokens[i - d])) {
            return i - d;
        }
        /* not the state the chair is taken from ("assume the presidency
         * of the OIC from Egypt"): the one taking it may be further */
        if (i + d < v->count && v->t[i + d].clause == v->t[i].clause &&
            state_mention(v->g, &v->tokens[i + d]) &&
            !(v->t[i + d - 1].cls & MC_FROM)) {
            return i + d;
        }
    }
    return SIZE_MAX;
}

/* The year a token writes (1900-2099), else 0. */
static int year_of(const char *text, const token *t) {
    if (t->kind != TOKEN_NUMBER || t->end - t->start != 4) {
        return 0;
    }
    int year = 0;
    for (size_t k = t->start; k < t->end; k++) {
        unsigned char c = (unsigned char)text[k];
        if (c < '0' || c > '9') {
            return 0;
        }
        year = year * 10 + (c - '0');
    }
    return year >= 1900 && year <= 2099 ? year : 0;
}

/* 1 when the words near the chair word at i say the chair is of another
 * time: "last year", or a year before the article's ("The Saudi
 * presidency of the G20 in 2020" read in 2023, "at the helm of the Arab
 * League since 2016"). A chair of the summit's own year, or of a later
 * one, stays; a year farther away dates something else ("chairs the
 * meeting ... for the first time since 2020"). */
static int another_time(const sentence_view *v, size_t i) {
    size_t from = i > CHAIR_NEAR ? i - CHAIR_NEAR : 0;
    for (size_t k = from; k < v->count && k <= i + CHAIR_NEAR; k++) {
        int year = year_of(v->text, &v->tokens[k]);
        if ((v->t[k].cls & MC_LAST) ||
            (year != 0 && v->article_year != 0 && year < v->article_year)) {
            return 1;
        }
    }
    return 0;
}

/* The features of the chair word at i and the state at k. */
static uint32_t chair_bits(const sentence_view *v, size_t i, size_t k,
                           int *veto) {
    long lo = (long)(i < k ? i : k), hi = (long)(i < k ? k : i) + 1;
    uint32_t bits = 0;
    size_t between = (size_t)(hi - lo) - 2;
    bits |= between <= 2 ? 1u << CF_ADJACENT : 0;
    bits |= k < i && v->tokens[k].m.possessive ? 1u << CF_POSSESSIVE : 0;
    bits |= k > i && (v->t[i + 1].cls & MC_OF) &&
                    (k == i + 2 || (k == i + 3 && (v->t[i + 2].cls & MC_LINK)))
                ? 1u << CF_OF_STATE
                : 0;
    bits |= v->t[i].cls & MC_CHAIR_NOUN ? 1u << CF_NOUN : 0;
    /* the words around: class, feature, tokens either side */
    static const struct {
        uint32_t cls;
        chair_feature feature;
        long around;
    } near[] = {{MC_ROTATING, CF_ROTATING, CHAIR_AROUND},
                {MC_TAKE, CF_TAKE, CHAIR_AROUND},
                {MC_CURRENT, CF_CURRENT, CHAIR_AROUND},
                {MC_MEETING, CF_MEETING, CHAIR_NEAR}};
    for (size_t n = 0; n < sizeof near / sizeof *near; n++) {
        if (class_near(v, near[n].cls, lo - near[n].around,
                       hi + near[n].around)) {
            bits |= 1u << near[n].feature;
        }
    }
    bits |= v->t[k].left_org != 0 || v->t[k].right_org != 0 || v->has_org
                ? 1u << CF_ORG_CLAUSE
                : 0;
    /* a chairmanship that ended, a deputy, another body's chairman, a
     * title before a name ("Chairman Xi"), a state that is another
     * person's ("President of A NAME, B NAME2, Chairman of ..."), the
     * chair given
     * up ("took over the chairmanship from A"), a state in a list */
    *veto = class_near(v, MC_CHAIR_VETO, lo - CHAIR_VETO_AROUND,
                       hi + CHAIR_VETO_AROUND) ||
            class_near(v, MC_BODY, (long)i + 1, (long)i + 1 + CHAIR_AROUND) ||
            title_before_name(v, i) ||
            persons_between(v, (size_t)lo, (size_t)hi - 1) ||
            (k > i && (v->t[k - 1].cls & MC_FROM)) || in_run(v, k) ||
            another_time(v, i);
    bits |= !*veto && class_near(v, MC_CHAIR_VETO, 0, (long)v->count)
                ? 1u << CF_VETO_SENT
                : 0;
    return bits;
}

/* Notes the state nearest each chair word of the sentence. */
static ent_status read_chairs(membership_pass *p, const sentence_view *v) {
    for (size_t i = 0; i < v->count; i++) {
        if (!(v->t[i].cls & MC_CHAIR)) {
            continue;
        }
        size_t k = chair_state(v, i);
        if (k == SIZE_MAX) {
            continue;
        }
        int veto = 0;
        uint32_t bits = chair_bits(v, i, k, &veto);
        uint32_t org = i < k ? v->t[i].left_org : v->t[i].right_org;
        org = org != 0 ? org : v->t[i].left_org | v->t[i].right_org;
        member_candidate *c = candidate(&p->chairs, v->tokens[k].m.entity,
                                        org != 0 ? org - 1 : v->fallback_org);
        if (c == NULL) {
            return ENT_ENOMEM;
        }
        c->mentions++;
        c->vetoed |= (uint8_t)veto;
        c->bits |= bits;
        if (c->mentions == 1) {
            c->best = v->where;
        }
    }
    return ENT_OK;
}

/* The first colon within NEAR_TOKENS after a membership word, in its
 * clause: what follows is the list of members. */
static void find_list_colon(sentence_view *v) {
    size_t cue = SIZE_MAX;
    for (size_t k = 0; k < v->count; k++) {
        if (v->t[k].cls & MC_CUE) {
            cue = k;
        } else if (cue != SIZE_MAX && punct_is(v->text, &v->tokens[k], ':') &&
                   k - cue <= NEAR_TOKENS &&
                   v->t[k].clause == v->t[cue].clause) {
            v->list_colon = k;
            v->list_cue = cue;
            return;
        }
    }
}

ent_status membership_observe(membership_pass *p, const ent_gazetteer_t *g,
                              const char *text, const token *tokens,
                              size_t count, sentence where) {
    size_t states = 0;
    for (size_t i = 0; i < count; i++) {
        states += state_mention(g, &tokens[i]);
    }
    int colon_end = count > 0 && punct_is(text, &tokens[count - 1], ':');
    int set_out = p->set_out_open && states > 0 && count <= SET_OUT_TOKENS;
    p->set_out_open = 0;
    if (states == 0 && !colon_end) {
        return ENT_OK; /* most sentences: the words are not read */
    }
    if (!grow_array((void **)&p->scratch, &p->scratch_capacity, count + 1,
                    sizeof *p->scratch)) {
        return ENT_ENOMEM;
    }
    sentence_view v = {g,        text,
                       tokens,   p->scratch,
                       count,    0,
                       set_out,  SIZE_MAX,
                       SIZE_MAX, EXTRACT_PENDING_ORG,
                       where,    p->article_year,
                       0};
    uint32_t all = classify_words(p, &v);
    if (!(all & (MC_CUE | MC_CHAIR)) && !set_out) {
        return ENT_OK; /* no word of membership or chair: nothing to read */
    }
    count_classes(&v);
    int named_org = 0;
    size_t last_org = EXTRACT_PENDING_ORG;
    for (size_t i = 0; i < count; i++) {
        if (org_mention(g, &tokens[i])) {
            named_org = 1;
            last_org = tokens[i].m.entity;
        }
    }
    v.has_org = named_org || (all & MC_ORG_WORD);
    find_list_colon(&v);
    if (colon_end && (all & MC_CUE)) {
        p->set_out_open = 1;
        p->set_out_org = last_org;
    } else if (set_out) {
        p->set_out_open = 1; /* the list goes on */
    }
    v.fallback_org = set_out ? p->set_out_org : EXTRACT_PENDING_ORG;
    ent_status status = ENT_OK;
    if (states > 0 && (all & MC_CHAIR)) {
        status = read_chairs(p, &v);
    }
    if (status != ENT_OK || states == 0 || (!(all & MC_CUE) && !set_out)) {
        return status;
    }
    v.unknown_body = members_of_unknown(&v); /* once, not per run */
    status = find_runs(p, &v);
    assign_cues(p, &v);
    for (size_t r = 0; status == ENT_OK && r < p->run_count; r++) {
        status = note_run(p, &v, &p->runs[r]);
    }
    return status;
}

/* Marks every pair of `state` in `list` rejected. */
static void reject_state(pair_list *list, size_t state) {
    for (uint32_t i = list->first[state]; i != 0; i = list->items[i - 1].next) {
        list->items[i - 1].rejected = 1;
    }
}

void membership_note_finding(membership_pass *p, const found_relation *r) {
    if (r->source >= p->entity_count || r->rejected == REASON_NONE ||
        r->rejected == REASON_WEAK) {
        return;
    }
    if (r->type == extract_type_member_of &&
        (r->rejected == REASON_NOT_MEMBER || r->rejected == REASON_IN_PHRASE)) {
        reject_state(&p->members, r->source);
    } else if (strcmp(r->type, "chairs") == 0 &&
               r->rejected == REASON_NEGATED) {
        reject_state(&p->chairs, r->source);
    }
}

/* What the rules' draft says of a state (bits). */
enum { FACT_ATTENDS = 1, FACT_HOSTS = 2 };

/* The organization a pair stands for once the article's is known. */
static size_t resolved(const member_candidate *c, size_t focus) {
    return c->org == EXTRACT_PENDING_ORG ? focus : c->org;
}

/* One of the two models: its pairs, relation, weights and gate. */
typedef struct {
    const pair_list *list;
    const char *type; /* the interned pointer when the rules drew one */
    const char *name; /* for --explain */
    const model_weights *w;
    uint32_t gate, context; /* bits of each of which one must be set */
    const char *pattern;
} model_kind;

/* What the rules' draft says, per entity and per pair. */
typedef struct {
    unsigned char *facts;    /* per entity: FACT_* */
    uint32_t *org_others;    /* per organization: relations of the type */
    unsigned char *by_rules; /* per pair: the rules drew it */
} draft_view;

static ent_status draft_view_make(const model_kind *m, size_t entities,
                                  size_t focus, const found_relation *kept,
                                  size_t n, draft_view *d) {
    const pair_list *p = m->list;
    d->facts = calloc(entities + 1, 1);
    d->org_others = calloc(entities + 1, sizeof *d->org_others);
    d->by_rules = calloc(p->count + 1, 1);
    if (d->facts == NULL || d->org_others == NULL || d->by_rules == NULL) {
        return ENT_ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        const found_relation *r = &kept[i];
        if (r->source >= entities) {
            continue;
        }
        if (r->target == EXTRACT_EVENT) {
            d->facts[r->source] |= r->type == extract_type_attends
                                       ? FACT_ATTENDS
                                   : r->type == extract_type_hosts ? FACT_HOSTS
                                                                   : 0;
        }
        if (r->type != m->type || r->target >= entities) {
            continue;
        }
        d->org_others[r->target]++;
        for (uint32_t k = p->first[r->source]; k != 0;
             k = p->items[k - 1].next) {
            if (resolved(&p->items[k - 1], focus) == r->target) {
                d->by_rules[k - 1] = 1;
            }
        }
    }
    return ENT_OK;
}

static void draft_view_free(draft_view *d) {
    free(d->facts);
    free(d->org_others);
    free(d->by_rules);
}

static void explain_pair(const ent_extract_options_t *o, const model_kind *m,
                         const ent_gazetteer_t *g, const member_candidate *c,
                         size_t org, const model_score *s, const char *decision,
                         const double x[]) {
    char head[256];
    snprintf(head, sizeof head, "model %s %s->%s", m->name,
             g->entities[c->state].id, g->entities[org].id);
    model_explain(o, m->w, head, s, decision, c->observer ? " observer" : "",
                  c->best, x);
}

/* The pair at `index` merged with the other pairs of its state that
 * resolve to the same organization; 0 when a later pair stands for
 * them (the pairs are decided once). */
static int merged_pair(const pair_list *p, size_t index, size_t focus,
                       const draft_view *d, member_candidate *m,
                       int *by_rules) {
    size_t org = resolved(&p->items[index], focus);
    *m = p->items[index];
    *by_rules = d->by_rules[index];
    for (uint32_t i = p->first[m->state]; i != 0; i = p->items[i - 1].next) {
        const member_candidate *e = &p->items[i - 1];
        if (i - 1 == index || resolved(e, focus) != org) {
            continue;
        }
        if (i - 1 > index) {
            return 0;
        }
        *by_rules |= d->by_rules[i - 1];
        m->mentions += e->mentions;
        m->bits |= e->bits;
        m->vetoed |= e->vetoed;
        m->observer |= e->observer;
        m->rejected |= e->rejected;
    }
    return 1;
}

/* Decides for the pair at `index`; appends it when drawn. */
static ent_status decide_one(const model_kind *k, size_t index,
                             finding_list *out, const draft_view *d,
                             const ent_extract_options_t *o) {
    const ent_gazetteer_t *g = out->gazetteer;
    size_t focus = out->organization;
    size_t org = resolved(&k->list->items[index], focus);
    member_candidate m;
    int by_rules = 0;
    if (org >= g->entity_count ||
        g->entities[org].type != ENT_ENTITY_ORGANIZATION ||
        !merged_pair(k->list, index, focus, d, &m, &by_rules)) {
        return ENT_OK; /* no organization, or decided with another pair */
    }
    const model_weights *w = k->w;
    int n = w->count;
    double x[MODEL_FEATURES_MAX] = {0};
    x[0] = 1;
    x[1] = m.mentions < 4 ? m.mentions : 4;
    for (int f = 2; f < n - 4; f++) {
        x[f] = (m.bits >> f) & 1;
    }
    /* the draft's four: attends, hosts, others of the organization, the
     * article's organization */
    x[n - 4] = (d->facts[m.state] & FACT_ATTENDS) != 0;
    x[n - 3] = (d->facts[m.state] & FACT_HOSTS) != 0;
    x[n - 2] = d->org_others[org] > (uint32_t)by_rules;
    x[n - 1] = org == focus;
    model_score s = model_evaluate(w, x);
    const char *decision = "not-drawn";
    if (by_rules) {
        decision = "drawn-by-rules";
    } else if (m.vetoed) {
        decision = "vetoed-denied";
    } else if (m.rejected) {
        decision = "vetoed-rejected";
    } else if ((m.bits & k->gate) != 0 && (m.bits & k->context) != 0 &&
               model_reaches(w, &s, o->min_confidence)) {
        decision = "drawn";
    }
    if (o->explain != NULL) {
        explain_pair(o, k, g, &m, org, &s, decision, x);
    }
    if (strcmp(decision, "drawn") != 0) {
        return ENT_OK;
    }
    found_relation a = {0};
    a.type = k->type;
    a.source = m.state;
    a.target = org;
    a.status = m.observer ? "observer" : NULL;
    a.confidence = s.confidence;
    a.pattern = k->pattern;
    a.where = m.best;
    a.via = EXTRACT_EVENT;
    return finding_add(out, &a);
}

/* The pointer the rules use for "chairs" (types compare by pointer), or
 * this one when they drew none. */
static const char chairs_type[] = "chairs";

static const char *chairs_pointer(const found_relation *kept, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (strcmp(kept[i].type, chairs_type) == 0) {
            return kept[i].type;
        }
    }
    return chairs_type;
}

ent_status membership_decide(const membership_pass *p, finding_list *out,
                             const found_relation *kept, size_t kept_count,
                             const ent_extract_options_t *o) {
    const model_kind kinds[] = {
        {&p->members, extract_type_member_of, "member_of",
         &membership_model_weights, MEMBER_GATE, UINT32_MAX,
         membership_model_pattern},
        {&p->chairs, chairs_pointer(kept, kept_count), "chairs",
         &chair_model_weights, CHAIR_GATE, CHAIR_CONTEXT, chair_model_pattern},
    };
    ent_status status = ENT_OK;
    for (size_t k = 0; status == ENT_OK && k < 2; k++) {
        if (o->explain != NULL) {
            char line[160];
            snprintf(line, sizeof line,
                     "%s model: each state named near its words, drawn at "
                     "p >= %.2f when the rules did not",
                     kinds[k].name, kinds[k].w->threshold);
            o->explain(o->explain_payload, line);
        }
        draft_view d = {0};
        status = draft_view_make(&kinds[k], p->entity_count, out->organization,
                                 kept, kept_count, &d);
        for (size_t i = 0; status == ENT_OK && i < kinds[k].list->count; i++) {
            status = decide_one(&kinds[k], i, out, &d, o);
        }
        draft_view_free(&d);
    }
    return status;
}
