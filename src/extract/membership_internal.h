/*
 * What the membership model's files share (membership_model.c reads the
 * sentences, membership_chairs.c the chair words, membership_decide.c
 * decides): the word classes, the sentence as the model reads it and
 * the gates a drawn pair must pass.
 */
#ifndef ENTENTE_EXTRACT_MEMBERSHIP_INTERNAL_H
#define ENTENTE_EXTRACT_MEMBERSHIP_INTERNAL_H

#include "extract/membership_model.h"

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
    MC_APPOS = 1 << 23,      /* the, as, for, year: inside an apposition */
    MC_REGION = 1 << 24,     /* northern, eastern...: "Northern Cyprus" */
};
#define MC_CUE (MC_MEMBER | MC_VERB | MC_OBSERVER)

/* Tokens between two states of one run at most ("A, B", "A and B",
 * "A, as well as B", "A (2009), B", "1. A; 2. B"). */
#define RUN_GAP 5

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
    size_t list_states;          /* states named after that colon in its
                                    clause */
    size_t fallback_org;
    sentence where;
    int article_year; /* 0 when the article has no date */
    int unknown_body; /* "members of" a body the gazetteer does not know */
} sentence_view;

/* A pair is drawn only when a membership word is tied to its run of
 * states: the run nearest the word, a list after "members:", or after a
 * colon or a dash that follows the word. A state merely named in a
 * sentence about members is not. A chair needs its word right by the
 * state or a word of taking, holding or passing the chair. */
#define MEMBER_GATE (1u << MF_OWNS_CUE | 1u << MF_SET_OUT | 1u << MF_COLON)
#define CHAIR_GATE                                                             \
    (1u << CF_ADJACENT | 1u << CF_POSSESSIVE | 1u << CF_OF_STATE |             \
     1u << CF_TAKE | 1u << CF_APPOSITION)
/* ... and something of an organization's chair about it: the
 * organization, a word of rotating, taking, current, or a meeting
 * chaired ("the Egyptian Presidency" is the president's office). */
#define CHAIR_CONTEXT                                                          \
    (1u << CF_ORG_CLAUSE | 1u << CF_ROTATING | 1u << CF_TAKE |                 \
     1u << CF_CURRENT | 1u << CF_MEETING)

/* A state mention the model reads: by name, alias, abbreviation or
 * demonym, not by a capital or a metonym ("Moscow", "the Kremlin"). */
int membership_state_mention(const ent_gazetteer_t *g, const token *t);

/* 1 when token k of the sentence is such a mention and no region word
 * is before it: "Northern Cyprus", "Northern Ireland", "Western
 * Sahara" name no state (the gazetteer spells "North Macedonia", "South
 * Africa" whole). */
int membership_state_at(const sentence_view *v, size_t k);

/* 1 when token t names an organization. */
static inline int membership_org_mention(const ent_gazetteer_t *g,
                                         const token *t) {
    return t->kind == TOKEN_MENTION &&
           g->entities[t->m.entity].type == ENT_ENTITY_ORGANIZATION;
}

/* Classes the tokens of the sentence (membership_words.c); returns the
 * classes of the sentence. */
uint32_t membership_classify(const membership_pass *p, sentence_view *v);

/* Counts the classes before each token, numbers the clauses and notes
 * the organizations either side (after membership_classify). */
void membership_count_classes(sentence_view *v);

/* The pair (state, org), created at its first mention; NULL when out of
 * memory. */
member_candidate *membership_candidate(pair_list *p, size_t state, size_t org);

/* 1 when the tokens (from, to) only join two states of one run. */
int membership_run_link(const sentence_view *v, size_t from, size_t to);

/* 1 when token t is the punctuation c. */
int membership_punct_is(const char *text, const token *t, char c);

/* 1 when a word of class `cls` is in tokens [from, to), clamped. */
int membership_class_near(const sentence_view *v, uint32_t cls, long from,
                          long to);

/* Notes the state nearest each chair word of the sentence
 * (membership_chairs.c). ENT_ENOMEM or ENT_OK. */
ent_status membership_read_chairs(membership_pass *p, const sentence_view *v);

#endif /* ENTENTE_EXTRACT_MEMBERSHIP_INTERNAL_H */
