/*
 * The membership and chair models' decision (membership_model.h): once
 * the rules have drafted the article, each pair the first pass noted is
 * scored against what the draft says, and drawn or not.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/membership_internal.h"

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
    const found_relation *kept;
    size_t kept_count;
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
    d->kept = kept;
    d->kept_count = n;
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

/* The state a pair stands for: its own, or for a chair word's person the
 * state the person heads on the article's date (SIZE_MAX for none: a
 * minister, a secretary general, a former head). A person's pair is
 * drawn by the rules when they drew its state's. */
static size_t pair_state(const finding_list *out, const draft_view *d,
                         const model_kind *k, const member_candidate *m,
                         size_t org, int *by_rules) {
    const ent_gazetteer_t *g = out->gazetteer;
    if (g->entities[m->state].type != ENT_ENTITY_PERSON) {
        return m->state;
    }
    const gz_office *o =
        out->date != NULL ? head_office(g, m->state, out->date) : NULL;
    if (o == NULL) {
        return SIZE_MAX;
    }
    for (size_t i = 0; i < d->kept_count; i++) {
        const found_relation *r = &d->kept[i];
        *by_rules |=
            r->type == k->type && r->source == o->of && r->target == org;
    }
    return o->of;
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
    m.state = pair_state(out, d, k, &m, org, &by_rules);
    if (m.state == SIZE_MAX) {
        return ENT_OK; /* a person who heads no state */
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
        /* one chair at a time: another state the rules drew in the chair
         * rules this one out, whatever the weights learnt; only the state
         * the chair passes to ("will take the helm") may stand beside it */
        decision = k->w == &chair_model_weights && x[n - 2] != 0 &&
                           !(m.bits & 1u << CF_TAKE)
                       ? "vetoed-other-chair"
                       : "drawn";
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
