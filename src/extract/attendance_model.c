/*
 * The attendance model (attendance_model.h): what the sentences naming a
 * leader say, gathered in the first pass, and the decision taken once
 * the rules have drafted the article.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/buffer.h"
#include "extract/attendance_model.h"

const char attendance_model_pattern[] =
    "attendance model (features of the whole article)";

/* The cue words of each class, lower case, as the tokenizer cuts them:
 * general words of news about meetings, never a name. */
static const struct {
    uint16_t cue;
    const char *words;
} cue_words[] = {
    {CUE_PARTICIPATES,
     "attend attends attended attending attendance attendees participate "
     "participates participated participating participation participant "
     "participants part arrive arrives arrived arriving arrival join joins "
     "joined joining present presence gathered gather convened chaired "
     "landed lands landing together attendees guests "
     "chairs presided opened welcomed video videoconference "
     "virtually online delegation delegations plenary"},
    {CUE_SPEAKS, "said says say addressed address speech spoke speaks told "
                 "stressed noted emphasized emphasised remarks statement "
                 "signed sign discussed"},
    {CUE_BILATERAL, "met meets talks bilateral sidelines margins visit "
                    "visits visited visiting received receives hosted"},
    {CUE_SUMMIT, "summit summits session sessions meeting meetings council "
                 "forum conference gathering"},
    {CUE_NEGATION, "not never no nor neither cannot didn didn't won won't "
                   "wasn wasn't isn isn't couldn couldn't"},
    {CUE_ABSENCE, "absent absence skip skips skipped skipping miss missed "
                  "misses missing instead represented representing sent "
                  "declined boycott boycotted boycotting stayed snubbed "
                  "unable refused fill behalf replace replacing substitute"},
    {CUE_FORMER, "former late ex predecessor ousted deposed"},
    {CUE_FUTURE, "will would expected expects plans planned plan could may "
                 "might scheduled upcoming next"},
    {CUE_REMOTE, "invited invitation invite invites phone telephone call "
                 "message letter congratulated congratulate telegram"},
    {CUE_LEADERS, "leader leaders head heads president presidents premier "
                  "premiers minister ministers counterpart counterparts king "
                  "emir prince chancellor"},
    {CUE_PLACE, "in at to into inside across against towards toward"},
    {CUE_VIDEO, "video videotaped recorded pre-recorded"},
    {CUE_TITLE, "president premier prime king emir sultan chancellor"},
    {CUE_HEDGE, "may might could possibly perhaps reportedly likely unlikely "
                "rumoured rumored"},
    {CUE_MESSAGE, "address message greeting greetings"},
    {CUE_JOINER, "and as well of the mr mrs ms h e his her excellency prime "
                 "vice deputy acting president presidents minister ministers "
                 "premier king emir sultan sheikh crown prince chancellor "
                 "general leaders heads republic"},
};

/* The feature each sentence cue gives, for the evidence. */
static const struct {
    uint16_t cue;
    attend_feature feature;
} cue_features[] = {
    {CUE_PARTICIPATES, AF_PARTICIPATES},
    {CUE_SPEAKS, AF_SPEAKS},
    {CUE_SUMMIT, AF_SUMMIT},
    {CUE_NEGATION, AF_NEGATION},
    {CUE_ABSENCE, AF_ABSENCE},
    {CUE_FORMER, AF_FORMER},
    {CUE_FUTURE, AF_FUTURE},
    {CUE_REMOTE, AF_REMOTE},
    {CUE_LISTED, AF_LISTED},
    {CUE_NEAR, AF_NEAR},
    {CUE_BILATERAL, AF_BILATERAL},
};
#define CUE_FEATURE_COUNT (sizeof cue_features / sizeof *cue_features)

/* Leaders named in one sentence for it to read as a list of them. */
#define LIST_LEADERS 3

const char *attendance_cue_words(size_t k, uint16_t *cue) {
    if (k >= sizeof cue_words / sizeof *cue_words) {
        return NULL;
    }
    *cue = cue_words[k].cue;
    return cue_words[k].words;
}

ent_status attendance_init(attendance_pass *p, size_t entity_count) {
    memset(p, 0, sizeof *p);
    p->index = calloc(entity_count + 1, sizeof *p->index);
    p->state_index = calloc(entity_count + 1, sizeof *p->state_index);
    p->entity_count = entity_count;
    return p->index != NULL && p->state_index != NULL ? ENT_OK : ENT_ENOMEM;
}

void attendance_release(attendance_pass *p) {
    free(p->people);
    free(p->index);
    free(p->states);
    free(p->state_index);
    memset(p, 0, sizeof *p);
}

attend_person *attendance_record(attend_person **records, size_t *count,
                                 size_t *capacity, uint32_t *index,
                                 size_t entity, uint32_t number) {
    if (index[entity] != 0) {
        return &(*records)[index[entity] - 1];
    }
    if (!grow_array((void **)records, capacity, *count + 1, sizeof **records)) {
        return NULL;
    }
    attend_person *r = &(*records)[(*count)++];
    memset(r, 0, sizeof *r);
    r->person = entity;
    r->first_sentence = number;
    index[entity] = (uint32_t)*count;
    return r;
}

/* The first participation word after the mention is looked for only
 * when the sentence has one after it. */
uint16_t attendance_near(const uint16_t *cues, size_t count, size_t i,
                         size_t previous, size_t last) {
    if (previous != SIZE_MAX && i - previous <= NEAR_TOKENS) {
        return CUE_NEAR;
    }
    if (last == SIZE_MAX || last < i) {
        return 0;
    }
    size_t end = i + NEAR_TOKENS < count ? i + NEAR_TOKENS + 1 : count;
    for (size_t k = i + 1; k < end; k++) {
        if (cues[k] & CUE_PARTICIPATES) {
            return CUE_NEAR;
        }
    }
    return 0;
}

/* What the cues of a sentence add to the weighted sum of a person it
 * names: the sentence that adds most is the evidence. */
static double sentence_weight(uint16_t cues) {
    double sum = 0;
    for (size_t k = 0; k < CUE_FEATURE_COUNT; k++) {
        if (cues & cue_features[k].cue) {
            sum += attendance_model_weights.weights[cue_features[k].feature];
        }
    }
    return sum;
}

ent_status attendance_observe(attendance_pass *p, const ent_gazetteer_t *g,
                              const token *tokens, const uint16_t *token_cues,
                              size_t count, size_t persons, sentence where) {
    uint32_t number = p->sentences++;
    ent_status status = attendance_observe_states(
        p, g, tokens, token_cues, count, persons, number, where);
    if (persons == 0 || status != ENT_OK) {
        return status; /* most sentences: the words are not read */
    }
    uint16_t cues = persons >= LIST_LEADERS ? CUE_LISTED : 0;
    size_t last_participation = SIZE_MAX; /* token index */
    for (size_t i = 0; i < count; i++) {
        cues |= token_cues[i] & (uint16_t) ~(CUE_TITLE | CUE_HEDGE);
        last_participation =
            token_cues[i] & CUE_PARTICIPATES ? i : last_participation;
    }
    size_t previous = SIZE_MAX; /* the last participation word seen */
    for (size_t i = 0; i < count; i++) {
        if (last_participation != SIZE_MAX && i <= last_participation &&
            (token_cues[i] & CUE_PARTICIPATES)) {
            previous = i;
        }
        if (tokens[i].kind != TOKEN_MENTION ||
            g->entities[tokens[i].m.entity].type != ENT_ENTITY_PERSON) {
            continue;
        }
        attend_person *r =
            attendance_record(&p->people, &p->count, &p->capacity, p->index,
                              tokens[i].m.entity, number);
        if (r == NULL) {
            return ENT_ENOMEM;
        }
        r->mentions++;
        uint16_t near =
            attendance_near(token_cues, count, i, previous, last_participation);
        r->cues |= near | cues;
        r->clean |= (cues & CUE_PARTICIPATES) && !(cues & CUE_NEGATION);
        double weight = sentence_weight(near | cues);
        if (r->mentions == 1 || weight > r->best_weight) {
            r->best_weight = weight;
            r->best = where;
        }
    }
    return ENT_OK;
}

void attendance_note_finding(attendance_pass *p, const found_relation *r) {
    if (r->rejected == REASON_DEPUTY && r->source < p->entity_count &&
        p->index[r->source] != 0) {
        p->people[p->index[r->source] - 1].deputy = 1;
    }
    if (r->rejected == REASON_NONE || r->source >= p->entity_count ||
        r->type != extract_type_attends) {
        return;
    }
    if (p->index[r->source] != 0) {
        p->people[p->index[r->source] - 1].rejected = 1;
    }
    if (p->state_index[r->source] != 0) {
        p->states[p->state_index[r->source] - 1].rejected = 1;
    }
}

static unsigned char fact_of(const found_relation *r, size_t focus) {
    int event = r->target == EXTRACT_EVENT;
    if (r->type == extract_type_attends && event) {
        return FACT_ATTENDS | (r->flags & FOUND_INFERRED ? 0 : FACT_STATED);
    }
    if (r->type == extract_type_absent_from && event) {
        return FACT_ABSENT;
    }
    if (r->type == extract_type_member_of && r->target == focus) {
        return FACT_MEMBER;
    }
    if (r->type == extract_type_hosts && event) {
        return FACT_HOSTS;
    }
    return r->type == extract_type_leads ? FACT_LEADS : 0;
}

/* Per entity, the FACT_* of the rules' draft; NULL when out of memory. */
static unsigned char *draft_facts(const ent_gazetteer_t *g,
                                  const found_relation *kept, size_t n,
                                  size_t focus, size_t dateline_host) {
    unsigned char *facts = calloc(g->entity_count + 1, 1);
    if (facts == NULL) {
        return NULL;
    }
    int hosted = 0;
    for (size_t i = 0; i < n; i++) {
        if (kept[i].source < g->entity_count) {
            unsigned char f = fact_of(&kept[i], focus);
            facts[kept[i].source] |= f;
            hosted |= f == FACT_HOSTS;
        }
    }
    /* the dateline's host stands unless a sentence named one */
    if (!hosted && dateline_host < g->entity_count) {
        facts[dateline_host] |= FACT_HOSTS;
    }
    return facts;
}

/* The organization `person` leads on `date`, or SIZE_MAX. */
static size_t organization_led(const ent_gazetteer_t *g, size_t person,
                               const char *date) {
    const gz_entity *e = &g->entities[person];
    for (size_t k = 0; k < e->office_count; k++) {
        if (g->entities[e->offices[k].of].type == ENT_ENTITY_ORGANIZATION &&
            office_covers(&e->offices[k], date)) {
            return e->offices[k].of;
        }
    }
    return SIZE_MAX;
}

/* The features of one candidate; `state` is the state the person heads
 * or SIZE_MAX. */
static void features_of(const attend_person *r, size_t state, int org_head,
                        const unsigned char *facts, double x[]) {
    memset(x, 0, ATTEND_FEATURE_COUNT * sizeof *x);
    x[AF_BIAS] = 1;
    x[AF_MENTIONS] = r->mentions < 4 ? r->mentions : 4;
    x[AF_HEADLINE] = r->first_sentence == 0;
    x[AF_LEAD] = r->first_sentence < 3;
    for (size_t k = 0; k < CUE_FEATURE_COUNT; k++) {
        x[cue_features[k].feature] = (r->cues & cue_features[k].cue) != 0;
    }
    if (state != SIZE_MAX) {
        x[AF_STATE_ATTENDS] = (facts[state] & (FACT_ATTENDS | FACT_STATED)) ==
                              (FACT_ATTENDS | FACT_STATED);
        x[AF_MEMBER] = (facts[state] & FACT_MEMBER) != 0;
        x[AF_HOST] = (facts[state] & FACT_HOSTS) != 0;
    }
    x[AF_TITLED] = (facts[r->person] & FACT_LEADS) != 0;
    x[AF_ORG_HEAD] = org_head;
}

/* The --explain line of one candidate. */
static void explain_candidate(const ent_extract_options_t *o,
                              const ent_gazetteer_t *g, const char *event_id,
                              const attend_person *r, size_t state,
                              const attend_verdict *v, const double x[]) {
    char head[256], tail[96] = "";
    snprintf(head, sizeof head, "model attends %s->%s",
             g->entities[r->person].id, event_id);
    if (state != SIZE_MAX) {
        snprintf(tail, sizeof tail, " state %s", g->entities[state].id);
    }
    model_explain(o, &attendance_model_weights, head, &v->score, v->decision,
                  tail, r->best, x);
}

/* Decides for one candidate; appends the relation when drawn. A leader
 * is drawn only when a sentence naming them has a participation word and
 * no negation: the evidence must say something of the meeting, however
 * often the article names them, and not that they stayed away. */
static ent_status decide_one(const attend_person *r, finding_list *out,
                             const unsigned char *facts,
                             const ent_extract_options_t *o,
                             const char *event_id) {
    const ent_gazetteer_t *g = out->gazetteer;
    const gz_office *head = head_office(g, r->person, out->date);
    size_t state = head != NULL ? head->of : SIZE_MAX;
    int org_head = organization_led(g, r->person, out->date) != SIZE_MAX;
    if (state == SIZE_MAX && !org_head) {
        return ENT_OK; /* no leader on the date */
    }
    double x[MODEL_FEATURES_MAX] = {0};
    features_of(r, state, org_head, facts, x);
    int absent = (facts[r->person] & FACT_ABSENT) ||
                 (state != SIZE_MAX && (facts[state] & FACT_ABSENT));
    attend_verdict v =
        attendance_verdict(&attendance_model_weights, x, facts[r->person],
                           absent, r, r->clean, o->min_confidence);
    if (o->explain != NULL) {
        explain_candidate(o, g, event_id, r, state, &v, x);
    }
    return attendance_draw(out, r, &v, attendance_model_pattern);
}

attend_verdict attendance_verdict(const model_weights *w, const double *x,
                                  unsigned char fact, int absent,
                                  const attend_person *r, int eligible,
                                  double min_confidence) {
    attend_verdict v;
    v.score = model_evaluate(w, x);
    v.decision = "not-drawn";
    if (fact & FACT_ATTENDS) {
        v.decision = "drawn-by-rules";
    } else if (absent) {
        v.decision = "vetoed-absent";
    } else if (r->rejected) {
        v.decision = "vetoed-rejected";
    } else if (eligible && model_reaches(w, &v.score, min_confidence)) {
        v.decision = "drawn";
    }
    return v;
}

ent_status attendance_draw(finding_list *out, const attend_person *r,
                           const attend_verdict *v, const char *pattern) {
    if (strcmp(v->decision, "drawn") != 0) {
        return ENT_OK;
    }
    found_relation a = {0};
    a.type = extract_type_attends;
    a.source = r->person;
    a.target = EXTRACT_EVENT;
    a.confidence = v->score.confidence;
    a.pattern = pattern;
    a.where = r->best;
    a.via = EXTRACT_EVENT;
    return finding_add(out, &a);
}

ent_status attendance_decide(const attendance_pass *p, finding_list *out,
                             const found_relation *kept, size_t kept_count,
                             size_t dateline_host,
                             const ent_extract_options_t *o) {
    const ent_gazetteer_t *g = out->gazetteer;
    unsigned char *facts =
        draft_facts(g, kept, kept_count, out->organization, dateline_host);
    if (facts == NULL) {
        return ENT_ENOMEM;
    }
    char event_id[64];
    extract_event_id(o, event_id, sizeof event_id);
    if (o->explain != NULL) {
        char line[160];
        snprintf(line, sizeof line,
                 "attendance model: each leader in office on %s, drawn at "
                 "p >= %.2f when the rules did not",
                 out->date ? out->date : "any date",
                 attendance_model_weights.threshold);
        o->explain(o->explain_payload, line);
    }
    ent_status status = ENT_OK;
    for (size_t i = 0; status == ENT_OK && i < p->count; i++) {
        status = decide_one(&p->people[i], out, facts, o, event_id);
    }
    if (status == ENT_OK) {
        status = attendance_decide_states(p, out, facts, o, event_id);
    }
    if (status == ENT_OK) {
        status = attendance_decide_leads(p, out, facts);
    }
    free(facts);
    return status;
}
