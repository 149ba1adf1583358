/*
 * The state model (attendance_model.h): the document-level decision of
 * the attendance model, for states. A state the article names by name,
 * alias, abbreviation or demonym (never by its capital, which names a
 * place) is a candidate; what the sentences naming it say (the cue
 * classes of the leader model, leaders' words, whether it stands where
 * a place does, how it is listed) and what the rules drafted (member,
 * host, its head named) give a probability by a logistic regression
 * learnt from the development gold (scripts/train-attendance). A state
 * the rules did not draw, that nothing in the draft says stays away or
 * was rejected, and that a clean sentence names (a participation word;
 * no negation, hedge, invitation, bilateral talks or video address) is
 * drawn at the threshold with a confidence below every rule's.
 *
 * The same pass reads leaderships from the structure of lists: a person
 * named with a title next to them and a state next to them leads it
 * when the gazetteer has them heading it on the date.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/attendance_model.h"

const char attendance_state_pattern[] =
    "state attendance model (features of the whole article)";
const char attendance_leads_pattern[] =
    "{R:role} ... {A:person} {B:state} in a list of leaders, as the "
    "gazetteer's office on the date";

/* The feature each sentence cue gives a state. */
static const struct {
    uint16_t cue;
    state_feature feature;
} state_cues[] = {
    {CUE_PARTICIPATES, SF_PARTICIPATES},
    {CUE_NEAR, SF_NEAR},
    {CUE_SPEAKS, SF_SPEAKS},
    {CUE_BILATERAL, SF_BILATERAL},
    {CUE_SUMMIT, SF_SUMMIT},
    {CUE_LISTED, SF_LISTED},
    {CUE_NEGATION, SF_NEGATION},
    {CUE_ABSENCE, SF_ABSENCE},
    {CUE_FUTURE, SF_FUTURE},
    {CUE_REMOTE, SF_REMOTE},
    {CUE_LEADERS, SF_LEADERS},
};
#define STATE_CUE_COUNT (sizeof state_cues / sizeof *state_cues)

/* The confidence of a leadership read from a list and confirmed by the
 * gazetteer: below the rules' titled forms (0.8 and up). */
#define LEADS_CONFIDENCE 0.75

/* States and leaders named in one sentence for it to read as a list. */
#define LIST_NAMES 3

/* 1 when the mention names a state as a state: its capital or a
 * metonym names a place or a government. */
static int names_state(const ent_gazetteer_t *g, const token *t) {
    return t->kind == TOKEN_MENTION &&
           g->entities[t->m.entity].type == ENT_ENTITY_STATE &&
           t->m.kind != SPELLING_CAPITAL && t->m.kind != SPELLING_METONYM;
}

/* What the cues of a sentence add to a state's weighted sum: the
 * sentence that adds most is the evidence. */
static double state_sentence_weight(uint16_t cues) {
    double sum = 0;
    for (size_t k = 0; k < STATE_CUE_COUNT; k++) {
        if (cues & state_cues[k].cue) {
            sum += attendance_state_weights.weights[state_cues[k].feature];
        }
    }
    return sum;
}

/* Names a list is made of: states as states, and persons. */
static int names_listed(const ent_gazetteer_t *g, const token *t) {
    return names_state(g, t) ||
           (t->kind == TOKEN_MENTION &&
            g->entities[t->m.entity].type == ENT_ENTITY_PERSON);
}

/* Tokens that may stand between two names of one list: punctuation,
 * dashes and CUE_JOINER words ("and", "of", "President"). */
#define LIST_GAP 4

static int joins(const token *t, uint16_t cue) {
    return t->kind == TOKEN_PUNCT || t->kind == TOKEN_DASH ||
           (cue & CUE_JOINER) != 0;
}

/* The end of the run of names that starts at `a` (a name): the index
 * of its last name; *names counts them. */
static size_t run_end(const ent_gazetteer_t *g, const token *tokens,
                      const uint16_t *cues, size_t count, size_t a,
                      size_t *names) {
    size_t b = a, gap = 0;
    *names = 1;
    for (size_t j = a + 1; j < count; j++) {
        if (names_listed(g, &tokens[j])) {
            b = j;
            gap = 0;
            ++*names;
        } else if (!joins(&tokens[j], cues[j]) || ++gap > LIST_GAP) {
            break;
        }
    }
    return b;
}

/* 1 when a token in [from, to) has one of the cue bits. */
static int any_cue(const uint16_t *cues, size_t from, size_t to,
                   uint16_t bits) {
    for (size_t k = from; k < to; k++) {
        if (cues[k] & bits) {
            return 1;
        }
    }
    return 0;
}

/* The STATE_* flags the run [a, b] of `names` names gives its names. */
static uint8_t run_flags(const uint16_t *cues, size_t count, size_t a, size_t b,
                         size_t names) {
    size_t before = a > NEAR_TOKENS ? a - NEAR_TOKENS : 0;
    size_t after = b + 1 + NEAR_TOKENS < count ? b + 1 + NEAR_TOKENS : count;
    uint8_t flags = names >= LIST_NAMES ? STATE_IN_LIST : 0;
    if (any_cue(cues, before, a, CUE_PARTICIPATES) ||
        any_cue(cues, b + 1, after, CUE_PARTICIPATES)) {
        flags |= STATE_RUN_NEAR;
    }
    if (any_cue(cues, before, a, CUE_LEADERS)) {
        flags |= STATE_RUN_LEADERS;
    }
    return flags;
}

/* The run of names (states and persons joined by commas, "and",
 * titles) a token stands in, as a sentence is read left to right. */
typedef struct {
    size_t last;   /* the run's last name */
    uint8_t flags; /* STATE_IN_LIST, STATE_RUN_NEAR, STATE_RUN_LEADERS */
    uint8_t started;
} attend_run;

/* The list flags of the name at token i: a run starts at a name past
 * the last run. Called for every name in order, `run` zeroed first:
 * linear over a sentence. */
static uint8_t run_at(const ent_gazetteer_t *g, const token *tokens,
                      const uint16_t *cues, size_t count, size_t i,
                      attend_run *run) {
    if (!run->started || i > run->last) {
        size_t names = 0;
        run->started = 1;
        run->last = run_end(g, tokens, cues, count, i, &names);
        run->flags = run_flags(cues, count, i, run->last, names);
    }
    return run->flags;
}

/* Tokens from a listed person to the state paired with it: "Belarus
 * Alexander Lukashenko" before, "Patrice Talon of Benin", "NAME,
 * President of the Republic of STATE" after. */
#define PAIR_BEFORE 4
#define PAIR_AFTER 7
/* Tokens from a listed person back to its title ("President of the
 * Republic of STATE NAME"), and on after the comma of an apposition
 * ("NAME, President of STATE"). */
#define TITLE_BEFORE 8
#define TITLE_AFTER 3

/* 1 for a mention that ends the reach of a name's title or state:
 * another person, a capital or an organization. */
static int other_name(const ent_gazetteer_t *g, const token *t) {
    return t->kind == TOKEN_MENTION && !names_state(g, t);
}

/* The first state named from token i by `step` (+1 or -1) within
 * `reach` tokens, before another name; SIZE_MAX when none. */
static size_t state_next_to(const ent_gazetteer_t *g, const token *tokens,
                            size_t count, size_t i, int step, size_t reach) {
    for (size_t d = 1; d <= reach; d++) {
        if ((step < 0 && d > i) || (step > 0 && i + d >= count)) {
            break;
        }
        const token *t = &tokens[step < 0 ? i - d : i + d];
        if (names_state(g, t)) {
            return t->m.entity;
        }
        if (other_name(g, t)) {
            break;
        }
    }
    return SIZE_MAX;
}

/* 1 when a title stands before the name at token i with no other name
 * between and no "former" ("Former President NAME of STATE"), or right
 * after its comma, before any name ("NAME, the President of STATE";
 * not "NAME, Indian Prime Minister NAME2"). */
static int titled_at(const ent_gazetteer_t *g, const token *tokens,
                     const uint16_t *cues, size_t count, size_t i) {
    int titled = 0;
    for (size_t d = 1; d <= TITLE_BEFORE && d <= i; d++) {
        if (cues[i - d] & CUE_FORMER) {
            return 0;
        }
        titled |= (cues[i - d] & CUE_TITLE) != 0;
        if (other_name(g, &tokens[i - d])) {
            break;
        }
    }
    if (titled || i + 1 >= count || tokens[i + 1].kind != TOKEN_PUNCT) {
        return titled;
    }
    for (size_t k = i + 2; k < count && k <= i + 1 + TITLE_AFTER; k++) {
        if (cues[k] & CUE_TITLE) {
            return 1;
        }
        if (tokens[k].kind == TOKEN_MENTION) {
            break;
        }
    }
    return 0;
}

/* Tokens before the first item of a list a heads' plural title may
 * stand ("the presidents: Russia ...", "the heads of state and
 * government: Ghana ..."). */
#define LEADERS_BEFORE 6

/* 1 for a plural title of heads of state or government (not
 * "ministers", "counterparts": a minister does not lead). */
static int heads_plural(const token *t) {
    static const char *const words[] = {"presidents", "leaders", "heads",
                                        "premiers",   "kings",   "emirs"};
    if (t->kind != TOKEN_WORD) {
        return 0;
    }
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        if (t->hash == text_word_hash(words[k], strlen(words[k]))) {
            return 1;
        }
    }
    return 0;
}

/* 1 when the token separates two items of a list: punctuation or a
 * joining word that is no title ("and", not "President"). */
static int separates(const token *t, uint16_t cue) {
    return joins(t, cue) && !(cue & (CUE_TITLE | CUE_LEADERS));
}

/* 1 when the person at token i closes a "STATE NAME" item of a list
 * whose items are all "STATE NAME", under a leaders' word just before
 * the first: "the presidents: Russia Vladimir Putin, Belarus Alexander
 * Lukashenko and Tajikistan Emomali Rahmon", where the plural title
 * stands for each. Not when an item before has a title of its own
 * ("leaders, in particular, Russian President NAME, Kazakhstan NAME":
 * the list's title went to that item), nor a bare "STATE NAME". */
static int listed_under_leaders(const ent_gazetteer_t *g, const token *tokens,
                                const uint16_t *cues, size_t i) {
    for (size_t k = i;;) {
        if (k < 1 || !names_state(g, &tokens[k - 1])) {
            return 0;
        }
        size_t first = k - 1;
        for (size_t d = 1; d <= LEADERS_BEFORE && d <= first; d++) {
            if (heads_plural(&tokens[first - d])) {
                return 1;
            }
            if (tokens[first - d].kind == TOKEN_MENTION) {
                break;
            }
        }
        if (first < 3 || !separates(&tokens[first - 1], cues[first - 1]) ||
            !mention_of_type(g, &tokens[first - 2], ENT_ENTITY_PERSON)) {
            return 0;
        }
        k = first - 2;
    }
}

/* Notes the states named next to the listed person at token i, when a
 * title stands next to it. */
static ent_status note_pair(attendance_pass *p, const ent_gazetteer_t *g,
                            const token *tokens, const uint16_t *cues,
                            size_t count, size_t i, uint32_t number,
                            sentence where) {
    size_t before = state_next_to(g, tokens, count, i, -1, PAIR_BEFORE);
    size_t after = state_next_to(g, tokens, count, i, 1, PAIR_AFTER);
    if ((before == SIZE_MAX && after == SIZE_MAX) ||
        (!titled_at(g, tokens, cues, count, i) &&
         !listed_under_leaders(g, tokens, cues, i))) {
        return ENT_OK;
    }
    attend_person *r = attendance_record(&p->people, &p->count, &p->capacity,
                                         p->index, tokens[i].m.entity, number);
    if (r == NULL) {
        return ENT_ENOMEM;
    }
    if (r->paired_where.end == 0) {
        r->paired[0] = before;
        r->paired[1] = after;
        r->paired_where = where;
    }
    return ENT_OK;
}

ent_status attendance_observe_states(attendance_pass *p,
                                     const ent_gazetteer_t *g,
                                     const token *tokens, const uint16_t *cues,
                                     size_t count, size_t leaders,
                                     uint32_t number, sentence where) {
    size_t states = 0;
    for (size_t i = 0; i < count; i++) {
        states += names_state(g, &tokens[i]);
    }
    if (states == 0) {
        return ENT_OK; /* the cues are not read: none may be set */
    }
    uint16_t sentence_cues = states + leaders >= LIST_NAMES ? CUE_LISTED : 0;
    size_t last = SIZE_MAX; /* the last participation word */
    for (size_t i = 0; i < count; i++) {
        sentence_cues |= cues[i] & (uint16_t) ~(CUE_PLACE | CUE_JOINER |
                                                CUE_TITLE | CUE_HEDGE);
        last = cues[i] & CUE_PARTICIPATES ? i : last;
    }
    int video_address = 0;
    for (size_t i = 0; i < count; i++) {
        video_address |= (cues[i] & CUE_VIDEO) != 0;
        video_address |= ((cues[i] & CUE_MESSAGE) != 0) << 1;
    }
    if (video_address == 3) {
        /* "sent a video address to the participants": no participation */
        sentence_cues =
            (uint16_t)((sentence_cues & ~CUE_PARTICIPATES) | CUE_REMOTE);
        last = SIZE_MAX;
    }
    int hedged = 0;
    for (size_t i = 0; i < count; i++) {
        hedged |= (cues[i] & CUE_HEDGE) != 0;
    }
    uint8_t clean =
        (sentence_cues & CUE_PARTICIPATES) && !hedged &&
                !(sentence_cues & (CUE_NEGATION | CUE_REMOTE | CUE_BILATERAL))
            ? STATE_CLEAN
            : 0;
    size_t previous = SIZE_MAX;
    attend_run run = {0};
    for (size_t i = 0; i < count; i++) {
        if (last != SIZE_MAX && i <= last && (cues[i] & CUE_PARTICIPATES)) {
            previous = i;
        }
        if (!names_state(g, &tokens[i])) {
            if (names_listed(g, &tokens[i])) {
                run_at(g, tokens, cues, count, i, &run);
                ent_status status =
                    note_pair(p, g, tokens, cues, count, i, number, where);
                if (status != ENT_OK) {
                    return status;
                }
            }
            continue;
        }
        uint8_t in_run = run_at(g, tokens, cues, count, i, &run);
        in_run &= video_address == 3 ? (uint8_t)~STATE_RUN_NEAR : 0xff;
        attend_person *r =
            attendance_record(&p->states, &p->state_count, &p->state_capacity,
                              p->state_index, tokens[i].m.entity, number);
        if (r == NULL) {
            return ENT_ENOMEM;
        }
        r->mentions++;
        uint16_t near = attendance_near(cues, count, i, previous, last);
        r->cues |= near | sentence_cues;
        r->flags |= in_run | clean;
        if (i > 0 && (cues[i - 1] & CUE_PLACE)) {
            r->flags |= STATE_AT_PLACE;
        }
        if (tokens[i].m.kind == SPELLING_DEMONYM) {
            r->flags |= STATE_BY_DEMONYM;
        }
        double weight = state_sentence_weight(near | sentence_cues);
        if (r->mentions == 1 || weight > r->best_weight) {
            r->best_weight = weight;
            r->best = where;
        }
    }
    return ENT_OK;
}

/* The features of one state; `head_named` when the article names its
 * head on the date. */
static void state_features(const attend_person *r, int head_named,
                           const unsigned char *facts, double x[]) {
    memset(x, 0, STATE_FEATURE_COUNT * sizeof *x);
    x[SF_BIAS] = 1;
    x[SF_MENTIONS] = r->mentions < 4 ? r->mentions : 4;
    x[SF_HEADLINE] = r->first_sentence == 0;
    x[SF_LEAD] = r->first_sentence < 3;
    for (size_t k = 0; k < STATE_CUE_COUNT; k++) {
        x[state_cues[k].feature] = (r->cues & state_cues[k].cue) != 0;
    }
    x[SF_PLACE] = (r->flags & STATE_AT_PLACE) != 0;
    x[SF_DEMONYM] = (r->flags & STATE_BY_DEMONYM) != 0;
    x[SF_IN_LIST] = (r->flags & STATE_IN_LIST) != 0;
    x[SF_RUN_NEAR] = (r->flags & STATE_RUN_NEAR) != 0;
    x[SF_RUN_LEADERS] = (r->flags & STATE_RUN_LEADERS) != 0;
    x[SF_CLEAN] = (r->flags & STATE_CLEAN) != 0;
    x[SF_HEAD_NAMED] = head_named;
    x[SF_MEMBER] = (facts[r->person] & FACT_MEMBER) != 0;
    x[SF_HOST] = (facts[r->person] & FACT_HOSTS) != 0;
}

/* The --explain line of one state. */
static void explain_state(const ent_extract_options_t *o,
                          const ent_gazetteer_t *g, const char *event_id,
                          const attend_person *r, const attend_verdict *v,
                          const double x[]) {
    char head[256];
    snprintf(head, sizeof head, "state model attends %s->%s",
             g->entities[r->person].id, event_id);
    model_explain(o, &attendance_state_weights, head, &v->score, v->decision,
                  "", r->best, x);
}

/* Decides for one state; appends the relation when drawn. */
static ent_status decide_state(const attend_person *r, int head_named,
                               finding_list *out, const unsigned char *facts,
                               const ent_extract_options_t *o,
                               const char *event_id) {
    double x[MODEL_FEATURES_MAX] = {0};
    state_features(r, head_named, facts, x);
    attend_verdict v =
        attendance_verdict(&attendance_state_weights, x, facts[r->person],
                           (facts[r->person] & FACT_ABSENT) != 0, r,
                           (r->flags & STATE_CLEAN) != 0, o->min_confidence);
    if (o->explain != NULL) {
        explain_state(o, out->gazetteer, event_id, r, &v, x);
    }
    return attendance_draw(out, r, &v, attendance_state_pattern);
}

ent_status attendance_decide_states(const attendance_pass *p, finding_list *out,
                                    const unsigned char *facts,
                                    const ent_extract_options_t *o,
                                    const char *event_id) {
    const ent_gazetteer_t *g = out->gazetteer;
    if (p->state_count == 0) {
        return ENT_OK;
    }
    /* the states whose head on the date the article names */
    unsigned char *headed = calloc(g->entity_count + 1, 1);
    if (headed == NULL) {
        return ENT_ENOMEM;
    }
    for (size_t i = 0; i < p->count; i++) {
        const gz_office *head = head_office(g, p->people[i].person, out->date);
        if (head != NULL) {
            headed[head->of] = 1;
        }
    }
    if (o->explain != NULL) {
        char line[160];
        snprintf(line, sizeof line,
                 "state model: each state named, drawn at p >= %.2f when the "
                 "rules did not",
                 attendance_state_weights.threshold);
        o->explain(o->explain_payload, line);
    }
    ent_status status = ENT_OK;
    for (size_t i = 0; status == ENT_OK && i < p->state_count; i++) {
        const attend_person *r = &p->states[i];
        status = decide_state(r, headed[r->person], out, facts, o, event_id);
    }
    free(headed);
    return status;
}

ent_status attendance_decide_leads(const attendance_pass *p, finding_list *out,
                                   const unsigned char *facts) {
    const ent_gazetteer_t *g = out->gazetteer;
    ent_status status = ENT_OK;
    for (size_t i = 0; status == ENT_OK && i < p->count; i++) {
        const attend_person *r = &p->people[i];
        if (r->paired_where.end == 0 || r->deputy ||
            (facts[r->person] & FACT_LEADS)) {
            continue;
        }
        const gz_office *head = head_office(g, r->person, out->date);
        if (head == NULL ||
            (head->of != r->paired[0] && head->of != r->paired[1])) {
            continue;
        }
        found_relation a = {0};
        a.type = extract_type_leads;
        a.source = r->person;
        a.target = head->of;
        a.role = head->role;
        a.confidence = LEADS_CONFIDENCE;
        a.pattern = attendance_leads_pattern;
        a.where = r->paired_where;
        a.via = EXTRACT_EVENT;
        status = finding_add(out, &a);
    }
    return status;
}
