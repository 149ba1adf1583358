/*
 * The membership model: a second, document-level way to decide that a
 * state is a member (or an observer) of an organization, beside the
 * rules. The rules read a membership only in the phrasings they list;
 * the model reads any sentence that holds a membership word (member,
 * founding, observer, comprises, joined, ...) and names a state, and
 * notes cheap, general facts about each such mention: the word near the
 * state or only in the sentence, the organization (or "the bloc") named
 * there, the state one of a run of three or more states, after a colon,
 * or an item of a list set out after "members:". Once the rules have
 * drafted the article, a logistic regression over these facts and the
 * draft's own (the state attends, hosts; the rules drew other members of
 * the organization) gives a probability; a (state, organization) pair the
 * rules did not draw, whose probability reaches the threshold, and near
 * which no word denies membership (withdrew, applied, former, partner,
 * guest, not...), is drawn with a confidence below every rule's. No
 * feature is a name. The weights are learnt from the development gold
 * by scripts/train-membership, which writes membership_weights.c.
 */
#ifndef ENTENTE_EXTRACT_MEMBERSHIP_MODEL_H
#define ENTENTE_EXTRACT_MEMBERSHIP_MODEL_H

#include <stdint.h>

#include "extract/extract_internal.h"
#include "extract/model.h"

/* The features, in the order of the weights; each 0 or 1 but
 * `mentions` (1 to 4). Names are the ones --explain prints. */
typedef enum {
    MF_BIAS = 0,
    MF_MENTIONS,     /* mentions of the state in sentences with a cue */
    MF_MEMBER_NEAR,  /* member, founding, observer... within NEAR tokens */
    MF_MEMBER_SENT,  /* ... in the sentence only */
    MF_VERB_NEAR,    /* comprises, consists, joined, together... near */
    MF_VERB_SENT,    /* ... in the sentence only */
    MF_ORG_SENT,     /* the organization, or "the bloc", named there */
    MF_OWNS_CUE,     /* the run of states nearest a cue word */
    MF_ADJACENT,     /* a cue word within ADJACENT_TOKENS of the run */
    MF_RUN,          /* one of a run of 3 or more states ("A, B and C") */
    MF_PAIR,         /* one of two states ("A and B") */
    MF_COLON,        /* after a colon or a dash that follows a cue */
    MF_SET_OUT,      /* an item of a list set out after "members:" */
    MF_LEADERS_NEAR, /* leaders, presidents, heads, delegations before */
    MF_VETO_SENT,    /* a denying word in the sentence, not near */
    MF_ATTENDS,      /* the draft has the state attend the summit */
    MF_HOSTS,        /* the draft has the state host it */
    MF_ORG_OTHERS,   /* the rules drew other members of the organization */
    MF_FOCUS,        /* the organization is the article's */
    MEMBER_FEATURE_COUNT
} member_feature;

/* The chair model's features: a chair word (chairmanship, presidency,
 * chair, helm...) and the state nearest it in its clause. The last four
 * are the draft's, as for members. */
typedef enum {
    CF_BIAS = 0,
    CF_MENTIONS,   /* the state's mentions near a chair word */
    CF_ADJACENT,   /* at most 2 tokens between the word and the state */
    CF_POSSESSIVE, /* "Kazakhstan's chairmanship" */
    CF_OF_STATE,   /* "the presidency of Kazakhstan" */
    CF_NOUN,       /* chairmanship, presidency, helm (not chair) */
    CF_ROTATING,   /* rotating, rotation near */
    CF_TAKE,       /* assumed, took, holds, handed, passes, baton near */
    CF_CURRENT,    /* current, incoming, new, this near */
    CF_MEETING,    /* session, meeting, summit near */
    CF_ORG_CLAUSE, /* an organization, or "the bloc", in the clause */
    CF_VETO_SENT,  /* former, previous, vice... in the sentence, not near */
    CF_APPOSITION, /* one comma apart, in apposition: "A, the ORG chair",
                      "the chair of ORG, A's President" */
    CF_ATTENDS,
    CF_HOSTS,
    CF_ORG_OTHERS, /* the rules drew another chair of the organization */
    CF_FOCUS,
    CHAIR_FEATURE_COUNT
} chair_feature;

/* The learnt models (membership_weights.c, generated): the features of
 * member_feature and chair_feature, the bias first and the draft's four
 * last. */
extern const model_weights membership_model_weights;
extern const model_weights chair_model_weights;
_Static_assert(MEMBER_FEATURE_COUNT <= MODEL_FEATURES_MAX &&
                   CHAIR_FEATURE_COUNT <= MODEL_FEATURES_MAX,
               "a membership model has more features than a model holds");

/* One (state, organization) pair the article names near a cue. */
typedef struct {
    size_t state, org; /* org: EXTRACT_PENDING_ORG for the article's */
    uint32_t mentions;
    uint32_t bits;    /* 1 << MF_* of any of its mentions */
    uint8_t vetoed;   /* a denying word near a mention */
    uint8_t observer; /* "observer" nearer than "member" */
    uint8_t rejected; /* the rules rejected a membership of the state */
    sentence best;    /* the sentence with the most features: evidence */
    uint32_t best_count;
    uint32_t next; /* the state's next pair + 1, or 0 */
} member_candidate;

#define MEMBER_WORD_SLOTS 512

/* Prefix counts kept per token: member, verb, veto, leaders, observer. */
enum { PC_MEMBER, PC_VERB, PC_VETO, PC_LEADERS, PC_OBSERVER, PC_COUNT };

/* Per token of the sentence read: its word classes, its clause, the
 * organization named last before it and first after it in its clause
 * (entity + 1, or 0), and the counts of classes before it. */
typedef struct {
    uint32_t pc[PC_COUNT];
    uint32_t clause;
    uint32_t left_org, right_org;
    uint32_t cls;
} member_token;

/* A run of states ("A, B and C"): token indices of its first and last
 * state, how many, whether it is the run nearest a cue word and how
 * near its nearest cue is. */
typedef struct {
    uint32_t first, last, n, owns, gap;
} member_run;

/* The pairs of one model, with a chain per state. */
typedef struct {
    member_candidate *items;
    size_t count, capacity;
    uint32_t *first; /* per entity: its first pair + 1, or 0 */
} pair_list;

typedef struct {
    pair_list members, chairs;
    size_t entity_count;
    /* the cue words, by hash (open addressing): class bits, 0 empty */
    uint32_t word_hash[MEMBER_WORD_SLOTS];
    uint32_t word_class[MEMBER_WORD_SLOTS];
    size_t word_count; /* slots used */
    /* a list set out after "members:" goes on in the next sentences */
    size_t set_out_org; /* its organization, EXTRACT_PENDING_ORG */
    int set_out_open;
    member_token *scratch; /* per token of the sentence read */
    size_t scratch_capacity;
    member_run *runs;
    size_t run_count, run_capacity;
    /* the year of the article's date, 0 when it has none: a chair
     * stated with an earlier year ended before the summit */
    int article_year;
} membership_pass;

ent_status membership_init(membership_pass *pass, size_t entity_count);
void membership_release(membership_pass *pass);

/* Notes the states one sentence names near a membership cue. Time
 * O(count); a sentence that names no state and does not end in a colon
 * is not read further. ENT_ENOMEM or ENT_OK. */
ent_status membership_observe(membership_pass *pass,
                              const ent_gazetteer_t *gazetteer,
                              const char *text, const token *tokens,
                              size_t count, sentence where);

/* Notes a finding of the rules: a membership they rejected (a word
 * around denies it) is one the model never draws either. */
void membership_note_finding(membership_pass *pass, const found_relation *r);

/* Decides for every pair given the relations kept so far, and appends
 * to `out` a member_of or chairs of each pair drawn. Explains each when
 * asked. ENT_ENOMEM or ENT_OK. */
ent_status membership_decide(const membership_pass *pass, finding_list *out,
                             const found_relation *kept, size_t kept_count,
                             const ent_extract_options_t *options);

/* The pattern texts of a relation the models drew. */
extern const char membership_model_pattern[];
extern const char chair_model_pattern[];

#endif /* ENTENTE_EXTRACT_MEMBERSHIP_MODEL_H */
