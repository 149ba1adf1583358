/*
 * The membership model (membership_model.h): what the sentences that
 * hold a membership word say of the states they name, gathered in the
 * first pass, and the decision taken once the rules have drafted the
 * article.
 */
#include <stdlib.h>
#include <string.h>

#include "common/buffer.h"
#include "extract/membership_internal.h"

const char membership_model_pattern[] =
    "membership model (features of the whole article)";
const char chair_model_pattern[] =
    "chair model (features of the whole article)";

/* Tokens either side of a run of states a cue word is near in; a
 * denying word must be nearer still, a cue "adjacent" nearer again. */
#define NEAR_TOKENS 8
#define VETO_TOKENS 4
#define ADJACENT_TOKENS 3
#define LEADERS_BEFORE 4
/* States in a run for it to read as a list. */
#define RUN_STATES 3
/* Tokens of a sentence that can be an item of a set-out list. */
#define SET_OUT_TOKENS 24

/* A state mention the model reads: by name, alias, abbreviation or
 * demonym, not by a capital or a metonym ("Moscow", "the Kremlin"). */
int membership_state_mention(const ent_gazetteer_t *g, const token *t) {
    return t->kind == TOKEN_MENTION &&
           g->entities[t->m.entity].type == ENT_ENTITY_STATE &&
           t->m.kind != SPELLING_CAPITAL && t->m.kind != SPELLING_METONYM;
}

int membership_state_at(const sentence_view *v, size_t k) {
    return membership_state_mention(v->g, &v->tokens[k]) &&
           !(k > 0 && (v->t[k - 1].cls & MC_REGION));
}

int membership_punct_is(const char *text, const token *t, char c) {
    return t->kind == TOKEN_PUNCT && text[t->start] == c;
}

/* The pair (state, org), created at its first mention; NULL when out of
 * memory. */
member_candidate *membership_candidate(pair_list *p, size_t state, size_t org) {
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

/* The count of class `k` words in tokens [from, to), the range clamped to
 * the sentence. */
static uint32_t in_range(const sentence_view *v, size_t k, long from, long to) {
    size_t a = from < 0 ? 0 : (size_t)from > v->count ? v->count : (size_t)from;
    size_t b = to < 0 ? 0 : (size_t)to > v->count ? v->count : (size_t)to;
    return b > a ? v->t[b].pc[k] - v->t[a].pc[k] : 0;
}

/* 1 when the tokens (from, to) only join two states of one run. */
int membership_run_link(const sentence_view *v, size_t from, size_t to) {
    if (to - from - 1 > RUN_GAP) {
        return 0;
    }
    for (size_t k = from + 1; k < to; k++) {
        const token *t = &v->tokens[k];
        int link = t->kind == TOKEN_DASH || t->kind == TOKEN_NUMBER ||
                   (v->t[k].cls & MC_LINK) ||
                   membership_punct_is(v->text, t, ',') ||
                   membership_punct_is(v->text, t, ';') ||
                   membership_punct_is(v->text, t, '(') ||
                   membership_punct_is(v->text, t, ')') ||
                   membership_punct_is(v->text, t, '.') ||
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
        if (!membership_state_at(v, i)) {
            i++;
            continue;
        }
        size_t last = i, n = 1;
        for (size_t k = i + 1; k < v->count; k++) {
            if (membership_state_at(v, k)) {
                if (!membership_run_link(v, last, k)) {
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
        if (t->kind == TOKEN_MENTION && !membership_org_mention(v->g, t)) {
            return 0;
        }
    }
    return 1;
}

/* 1 when a word of class `cls` is in tokens [from, to), clamped. */
int membership_class_near(const sentence_view *v, uint32_t cls, long from,
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
           membership_class_near(v, MC_NOT_ORG | MC_BODY, (long)i - 2,
                                 (long)i + 4);
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
                membership_class_near(v, MC_COORD, (long)i + 1, (long)u->first);
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

/* 1 when the capitalized word at j is the article's organization named
 * by its kind alone: "permanent members of the Organisation, which
 * seeks" (not followed by "of" nor by another capitalized word: "the
 * Organization of American States" is another body). Only this word:
 * "the Union" (the EU in a NATO article), "the Alliance" (the AES in an
 * ECOWAS article), "the Commonwealth" (of Nations) often name another. */
static int article_body(const sentence_view *v, size_t j) {
    static const char *const words[] = {"organisation", "organization"};
    const token *t = &v->tokens[j];
    int kind = 0;
    for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
        kind |= text_word_hash(words[w], strlen(words[w])) == t->hash;
    }
    if (!kind) {
        return 0;
    }
    if (j + 1 < v->count) {
        const token *n = &v->tokens[j + 1];
        unsigned char c = (unsigned char)v->text[n->start];
        if ((v->t[j + 1].cls & MC_OF) ||
            (n->kind == TOKEN_WORD && c >= 'A' && c <= 'Z')) {
            return 0;
        }
    }
    return 1;
}

/* 1 when the sentence says "members of" an organization the gazetteer
 * does not know ("fellow members of the Quad", "members of GUAM") or
 * puts its name before a membership word ("SADC members", "APEC member
 * economies", bodies.c): its states must not fall back to the article's
 * organization. */
static int members_of_unknown(const sentence_view *v) {
    for (size_t k = 0; k + 2 < v->count; k++) {
        size_t q = (v->t[k].cls & MC_MEMBER)
                       ? qualifier_of(v->text, v->tokens, k)
                       : SIZE_MAX;
        if (q != SIZE_MAX && body_name_at(v->text, v->tokens, v->count, q)) {
            return 1;
        }
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
        if (t->kind == TOKEN_WORD && c >= 'A' && c <= 'Z' &&
            !article_body(v, j)) {
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
    for (size_t k = r->first;
         k-- > 0 && !membership_org_mention(v->g, &v->tokens[k]);) {
        dl++;
    }
    for (size_t k = r->last + 1;
         k < v->count && !membership_org_mention(v->g, &v->tokens[k]); k++) {
        dr++;
    }
    return (dl <= dr ? left : right) - 1;
}

/* 1 when a joining the run's states are subject of is still to come,
 * in tokens [hi, hi + VETO_TOKENS): "A and B will join the SCO", "are
 * set to join", "would join" (tests/extract/README.md, "Membership": an
 * application or a plan is no membership). */
static int joins_later(const sentence_view *v, long hi) {
    static const char *const later[] = {"will", "would", "shall", "to"};
    for (long k = hi + 1; k < hi + VETO_TOKENS && k < (long)v->count; k++) {
        const token *t = &v->tokens[k];
        if (!(v->t[k].cls & MC_VERB) ||
            !token_is_word(v->text, t, "join", 4, 1)) {
            continue;
        }
        for (size_t w = 0; w < sizeof later / sizeof *later; w++) {
            if (token_is_word(v->text, &v->tokens[k - 1], later[w],
                              strlen(later[w]), 0)) {
                return 1;
            }
        }
    }
    return 0;
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
        if (membership_state_at(v, k)) {
            colon = 0; /* the cue is an earlier run's */
            break;
        }
        colon |=
            membership_punct_is(v->text, &v->tokens[k], ':') ||
            v->tokens[k].kind == TOKEN_DASH ||
            (membership_punct_is(v->text, &v->tokens[k], '(') && k + 1 == lo);
    }
    bits |= cue >= 0 && colon ? 1u << MF_COLON : 0;
    /* an item of the list after "member states:", however it is laid
     * out ("observer states: Prime Minister of A NAME, Prime Minister of
     * B NAME") */
    if (v->list_colon != SIZE_MAX && r->first > v->list_colon &&
        v->t[r->first].clause == v->t[v->list_colon].clause) {
        bits |= 1u << MF_SET_OUT | 1u << MF_COLON;
        cue = cue >= 0 ? cue : (long)v->list_cue;
        /* a membership word before the colon ("member states:",
         * "observer states:") governs every item of the list, the last as
         * much as the first; a verb does not ("bring together the
         * presidents: A NAME, B NAME" lists who comes) */
        if (v->t[v->list_cue].cls & MC_MEMBER) {
            bits = (bits & ~(1u << MF_MEMBER_SENT)) | 1u << MF_MEMBER_NEAR |
                   1u << MF_OWNS_CUE;
        }
        /* the list is one run, however its items are written */
        bits |= v->list_states >= RUN_STATES ? 1u << MF_RUN
                : v->list_states == 2        ? 1u << MF_PAIR
                                             : 0;
    }
    *veto = in_range(v, PC_VETO, lo - VETO_TOKENS, lo) ||
            in_range(v, PC_VETO, hi, hi + VETO_TOKENS) ||
            (cue >= 0 && in_range(v, PC_VETO, cue - VETO_TOKENS, lo)) ||
            joins_later(v, hi);
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
        if (!membership_state_at(v, k)) {
            continue;
        }
        member_candidate *c =
            membership_candidate(&p->members, v->tokens[k].m.entity, org);
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

/* The first colon within NEAR_TOKENS after a membership word, in its
 * clause: what follows is the list of members. Not after a verb with
 * leaders about it ("will bring together the presidents: A NAME, B
 * NAME"): that list says who comes, as in assign_cues. */
static void find_list_colon(sentence_view *v) {
    size_t cue = SIZE_MAX;
    for (size_t k = 0; k < v->count; k++) {
        if (v->t[k].cls & MC_CUE) {
            cue = k;
        } else if (cue != SIZE_MAX &&
                   membership_punct_is(v->text, &v->tokens[k], ':') &&
                   k - cue <= NEAR_TOKENS &&
                   v->t[k].clause == v->t[cue].clause &&
                   ((v->t[cue].cls & MC_MEMBER) ||
                    !in_range(v, PC_LEADERS, (long)cue - LEADERS_BEFORE,
                              (long)k))) {
            v->list_colon = k;
            v->list_cue = cue;
            for (size_t j = k + 1;
                 j < v->count && v->t[j].clause == v->t[k].clause; j++) {
                v->list_states += membership_state_at(v, j);
            }
            return;
        }
    }
}

ent_status membership_observe(membership_pass *p, const ent_gazetteer_t *g,
                              const char *text, const token *tokens,
                              size_t count, sentence where) {
    size_t states = 0, people = 0;
    for (size_t i = 0; i < count; i++) {
        states += membership_state_mention(g, &tokens[i]);
        people += mention_of_type(g, &tokens[i], ENT_ENTITY_PERSON);
    }
    int colon_end =
        count > 0 && membership_punct_is(text, &tokens[count - 1], ':');
    int set_out = p->set_out_open && states > 0 && count <= SET_OUT_TOKENS;
    p->set_out_open = 0;
    if (states == 0 && people == 0 && !colon_end) {
        return ENT_OK; /* most sentences: the words are not read */
    }
    if (!grow_array((void **)&p->scratch, &p->scratch_capacity, count + 1,
                    sizeof *p->scratch)) {
        return ENT_ENOMEM;
    }
    sentence_view v = {g,
                       text,
                       tokens,
                       p->scratch,
                       count,
                       0,
                       set_out,
                       SIZE_MAX,
                       SIZE_MAX,
                       0,
                       EXTRACT_PENDING_ORG,
                       where,
                       p->article_year,
                       0};
    uint32_t all = membership_classify(p, &v);
    if (!(all & (MC_CUE | MC_CHAIR)) && !set_out) {
        return ENT_OK; /* no word of membership or chair: nothing to read */
    }
    membership_count_classes(&v);
    int named_org = 0;
    size_t last_org = EXTRACT_PENDING_ORG;
    for (size_t i = 0; i < count; i++) {
        if (membership_org_mention(g, &tokens[i])) {
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
    if (states + people > 0 && (all & MC_CHAIR)) {
        status = membership_read_chairs(p, &v);
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
