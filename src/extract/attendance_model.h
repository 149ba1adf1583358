/*
 * The attendance model: a second, document-level way to decide that a
 * leader attends the summit an article reports, beside the rules. For
 * every person the gazetteer has heading a state or government (or
 * leading an organization) on the article's date, the first pass notes
 * cheap facts about the sentences that name the person (which cue
 * classes they hold, where they stand); once the rules have drafted the
 * article, a logistic regression over these and the draft's own facts
 * (the state attends, is a member, hosts; the person has a title) gives
 * a probability. A person the rules did not draw, whose probability
 * reaches the threshold, and whom nothing in the draft says stays away,
 * is drawn with a confidence below every rule's. The weights are learnt
 * from the development gold by scripts/train-attendance, which writes
 * attendance_weights.c.
 */
#ifndef ENTENTE_EXTRACT_ATTENDANCE_MODEL_H
#define ENTENTE_EXTRACT_ATTENDANCE_MODEL_H

#include <stdint.h>

#include "extract/extract_internal.h"
#include "extract/model.h"

/* The features, in the order of the weights. Each is 0 or 1 but
 * `mentions` (1 to 4). Names are the ones --explain prints. */
typedef enum {
    AF_BIAS = 0,
    AF_MENTIONS,      /* times the article names the person, at most 4 */
    AF_HEADLINE,      /* named in the first sentence */
    AF_LEAD,          /* named in the first three sentences */
    AF_PARTICIPATES,  /* a participation word in a sentence naming them */
    AF_NEAR,          /* a participation word within NEAR_TOKENS of a
                         mention of them */
    AF_SPEAKS,        /* said, addressed, signed... there */
    AF_BILATERAL,     /* met, talks, sidelines, visit... there */
    AF_SUMMIT,        /* summit, session, meeting... there */
    AF_LISTED,        /* a sentence names them with two more leaders */
    AF_NEGATION,      /* not, never, no there */
    AF_ABSENCE,       /* absent, skipped, instead, represented by... */
    AF_FORMER,        /* former, late, ex- */
    AF_FUTURE,        /* will, would, expected, plans... */
    AF_REMOTE,        /* invited, phone call, message, letter... */
    AF_STATE_ATTENDS, /* the rules have the person's state attending */
    AF_MEMBER,        /* the rules have that state a member of the
                         article's organization */
    AF_HOST,          /* the rules have that state host the summit */
    AF_TITLED,        /* the rules drew a leadership of the person */
    AF_ORG_HEAD,      /* leads an organization, not a state */
    ATTEND_FEATURE_COUNT
} attend_feature;

/* The learnt model (attendance_weights.c, generated): the features of
 * attend_feature, in their order. */
extern const model_weights attendance_model_weights;
_Static_assert(ATTEND_FEATURE_COUNT <= MODEL_FEATURES_MAX,
               "the leader model has more features than a model holds");

/* The cue classes of a sentence (bits). */
enum {
    CUE_PARTICIPATES = 1 << 0,
    CUE_SPEAKS = 1 << 1,
    CUE_SUMMIT = 1 << 2,
    CUE_NEGATION = 1 << 3,
    CUE_ABSENCE = 1 << 4,
    CUE_FORMER = 1 << 5,
    CUE_FUTURE = 1 << 6,
    CUE_REMOTE = 1 << 7,
    CUE_BILATERAL = 1 << 8,
    CUE_LISTED = 1 << 9, /* not a word: three leaders named */
    /* a word class of the token cues only, never copied into a record's
     * cues (where its bit is CUE_LISTED's): president, prime, king... */
    CUE_TITLE = 1 << 9,
    /* likewise, sharing CUE_NEAR's bit: may, might, could, reportedly */
    CUE_HEDGE = 1 << 10,
    CUE_NEAR = 1 << 10,    /* not a word: participation near the name */
    CUE_LEADERS = 1 << 11, /* leaders, heads, presidents, counterparts */
    CUE_PLACE = 1 << 12,   /* in, at, to: read only just before a state */
    CUE_JOINER = 1 << 13,  /* and, of, the, prime...: between listed names */
    CUE_VIDEO = 1 << 14,   /* video, recorded */
    CUE_MESSAGE = 1 << 15, /* address, message: with CUE_VIDEO, a video
                              address, which is no attendance */
    CUE_CLASS_COUNT = 16
};

/* What the article says of one person, summed over its sentences. */
typedef struct {
    size_t person;
    uint32_t mentions;
    uint32_t first_sentence; /* counted from 0 */
    uint16_t cues;           /* CUE_* of any sentence naming the person */
    uint8_t rejected;        /* the rules rejected an attends of theirs */
    uint8_t flags;           /* STATE_* (states only) */
    uint8_t deputy; /* the rules rejected a leads of theirs for a vice or
                       deputy title: no leadership from a list either */
    uint8_t clean;  /* persons: a sentence naming them has a participation
                       word and no negation ("Neither A nor B attended"
                       is no such sentence) */
    /* persons only: the states named next to a titled mention of theirs
     * and titled ("President of A NAME", "NAME, President of A"), SIZE_MAX
     * when none, and the first sentence that did: a leadership the
     * gazetteer's offices on the date confirm (attendance_decide) */
    size_t paired[2];
    sentence paired_where;
    sentence best;      /* the first of the sentences naming the person
                           whose cues weigh most: the evidence */
    double best_weight; /* what its cues weigh */
} attend_person;

/* The state model's features (attendance_states.c), in the order of its
 * weights; each 0 or 1 but `mentions` (1 to 4). A state is read from
 * its names, aliases, abbreviations and demonyms, never its capital. */
typedef enum {
    SF_BIAS = 0,
    SF_MENTIONS,     /* times the article names the state, at most 4 */
    SF_HEADLINE,     /* named in the first sentence */
    SF_LEAD,         /* named in the first three sentences */
    SF_PARTICIPATES, /* a participation word in a sentence naming it */
    SF_NEAR,         /* ... within NEAR_TOKENS of a mention of it */
    SF_SPEAKS,       /* said, addressed, signed... there */
    SF_BILATERAL,    /* met, talks, sidelines, visit... there */
    SF_SUMMIT,       /* summit, session, meeting... there */
    SF_LISTED,       /* a sentence names it with two more states or leaders */
    SF_NEGATION,     /* not, never, no there */
    SF_ABSENCE,      /* absent, skipped, instead, represented by... */
    SF_FUTURE,       /* will, would, expected, plans... */
    SF_REMOTE,       /* invited, phone call, message, letter... */
    SF_LEADERS,      /* leaders, heads, presidents... there */
    SF_PLACE,        /* named right after in, at or to: a place */
    SF_DEMONYM,      /* named by its demonym ("Kazakh President") */
    SF_IN_LIST,      /* in a run of three names or more joined by commas,
                        "and", titles ("A, B and C", "President X of A,
                        President Y of B") */
    SF_RUN_NEAR,     /* a participation word within NEAR_TOKENS of the
                        run of names it stands in */
    SF_RUN_LEADERS,  /* a leaders' word just before that run */
    SF_CLEAN,        /* a sentence naming it has a participation word and
                        no negation, hedge, invitation, bilateral talks or
                        video address: the state is drawn only then */
    SF_HEAD_NAMED,   /* the article names its head on the date */
    SF_MEMBER,       /* the rules have it a member of the organization */
    SF_HOST,         /* the rules have it host the summit */
    STATE_FEATURE_COUNT
} state_feature;

/* ... and the state model's (the features of state_feature). */
extern const model_weights attendance_state_weights;
_Static_assert(STATE_FEATURE_COUNT <= MODEL_FEATURES_MAX,
               "the state model has more features than a model holds");

/* Per state record flags (attend_person.flags). */
enum {
    STATE_AT_PLACE = 1, /* a mention right after a place word */
    STATE_BY_DEMONYM = 2,
    STATE_IN_LIST = 4,      /* SF_IN_LIST */
    STATE_RUN_NEAR = 8,     /* SF_RUN_NEAR */
    STATE_RUN_LEADERS = 16, /* SF_RUN_LEADERS */
    STATE_CLEAN = 32        /* SF_CLEAN */
};

typedef struct {
    attend_person *people;
    size_t count, capacity;
    uint32_t *index;       /* per entity: position in people + 1, or 0 */
    attend_person *states; /* the same records for states */
    size_t state_count, state_capacity;
    uint32_t *state_index; /* per entity: position in states + 1, or 0 */
    uint32_t sentences;    /* sentences seen */
    size_t entity_count;
} attendance_pass;

/* The cue words of class k (a CUE_* bit in *cue), space-separated, lower
 * case; NULL past the last class. The patterns intern them in their
 * vocabulary (patterns_word_ids gives each token its classes). */
const char *attendance_cue_words(size_t k, uint16_t *cue);

/* Prepares the pass for a gazetteer of `entity_count` entities; ENT_ENOMEM
 * or ENT_OK. Released with attendance_release. */
ent_status attendance_init(attendance_pass *pass, size_t entity_count);
void attendance_release(attendance_pass *pass);

/* Notes the `persons` persons (mentions) one sentence names and its cue
 * classes: cues[i] is the CUE_* bits of token i (patterns_word_ids), read
 * only when persons > 0. Time O(count). ENT_ENOMEM or ENT_OK. */
ent_status attendance_observe(attendance_pass *pass,
                              const ent_gazetteer_t *gazetteer,
                              const token *tokens, const uint16_t *cues,
                              size_t count, size_t persons, sentence where);

/* Notes a finding of the rules: an `attends` of a person they rejected
 * (negated, hedged below the threshold, about another gathering, the
 * object of another verb) is one the model never draws either, nor a
 * leadership of someone titled vice or deputy. */
void attendance_note_finding(attendance_pass *pass, const found_relation *r);

/* Decides for every candidate, given the relations the rules kept
 * (`kept`, `kept_count`) and the dateline's host (or EXTRACT_EVENT), and
 * appends to `out` an `attends` of each person drawn (before the state
 * is inferred). Explains each candidate when asked. ENT_ENOMEM or
 * ENT_OK. Time O(people + kept). */
ent_status attendance_decide(const attendance_pass *pass, finding_list *out,
                             const found_relation *kept, size_t kept_count,
                             size_t dateline_host,
                             const ent_extract_options_t *options);

/* The pattern text of a relation the model drew. */
extern const char attendance_model_pattern[];
/* ... and of a state the state model drew. */
extern const char attendance_state_pattern[];
/* ... and of a leadership read from a list and the gazetteer. */
extern const char attendance_leads_pattern[];

/* Shared by the two models (attendance_model.c). */

/* Tokens either side of a mention a participation word is near in. */
#define NEAR_TOKENS 6

/* What the rules' draft says of an entity (bits). */
enum {
    FACT_ATTENDS = 1, /* attends the summit */
    FACT_STATED = 2,  /* ... as the text states it, not inferred */
    FACT_ABSENT = 4,  /* absent_from the summit */
    FACT_MEMBER = 8,  /* member_of the article's organization */
    FACT_HOSTS = 16,  /* hosts the summit */
    FACT_LEADS = 32,  /* leads something */
};

/* CUE_NEAR when a participation word stands within NEAR_TOKENS of the
 * mention at `i`: `previous` is the last one before it (or SIZE_MAX),
 * `last` the sentence's last one (or SIZE_MAX). */
uint16_t attendance_near(const uint16_t *cues, size_t count, size_t i,
                         size_t previous, size_t last);

/* The record of `entity` in `*records` (`index` per entity), created at
 * its first mention in sentence `number`; NULL when out of memory. */
attend_person *attendance_record(attend_person **records, size_t *count,
                                 size_t *capacity, uint32_t *index,
                                 size_t entity, uint32_t number);

/* What the models decide of one candidate. */
typedef struct {
    model_score score;
    const char *decision; /* "drawn", "drawn-by-rules", "vetoed-absent",
                             "vetoed-rejected" or "not-drawn" */
} attend_verdict;

/* The decision of model `w` on the features x of candidate r, whose
 * FACT_* are `fact` and whom the draft has absent (`absent`): drawn when
 * the score reaches the threshold (model_reaches) and r is `eligible`
 * (the sentences naming it say enough of the meeting), unless the rules
 * drew it, have it absent or rejected its attendance. */
attend_verdict attendance_verdict(const model_weights *w, const double *x,
                                  unsigned char fact, int absent,
                                  const attend_person *r, int eligible,
                                  double min_confidence);

/* Appends r's `attends` with `pattern` when the verdict is "drawn". */
ent_status attendance_draw(finding_list *out, const attend_person *r,
                           const attend_verdict *v, const char *pattern);

/* The state model's first pass over one sentence (attendance_states.c):
 * notes each state it names by name, alias, abbreviation or demonym.
 * `leaders` is how many persons it names. ENT_ENOMEM or ENT_OK. */
ent_status attendance_observe_states(attendance_pass *pass,
                                     const ent_gazetteer_t *gazetteer,
                                     const token *tokens, const uint16_t *cues,
                                     size_t count, size_t leaders,
                                     uint32_t number, sentence where);

/* The leaderships of listed persons (attendance_states.c): for each
 * person paired with a state in a list whom the gazetteer has heading
 * that state on the date, a `leads` unless the draft already has the
 * person leading something (`facts`, FACT_*). */
ent_status attendance_decide_leads(const attendance_pass *pass,
                                   finding_list *out,
                                   const unsigned char *facts);

/* The state model's decisions (attendance_states.c): appends an
 * `attends` of each state drawn; `facts` per entity (FACT_*). */
ent_status attendance_decide_states(const attendance_pass *pass,
                                    finding_list *out,
                                    const unsigned char *facts,
                                    const ent_extract_options_t *options,
                                    const char *event_id);

#endif /* ENTENTE_EXTRACT_ATTENDANCE_MODEL_H */
