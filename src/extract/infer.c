/*
 * What the gazetteer knows, applied to what the patterns found in one
 * sentence: a leader's office on the article's date vetoes a `leads` that
 * names another state ("Vladimir Putin, President of Russia, Nikol
 * Pashinyan, ..." must not make Pashinyan lead Russia), and a head of
 * state or government who attends or stays away carries the state with
 * him, as an inferred relation with a lower confidence; so does
 * whoever else holds a state's office and attends (a foreign minister
 * standing in). And finding_add, which keeps each finding of a sentence
 * once, for the matcher, the inference and the second pass alike.
 */
#include <string.h>

#include "common/buffer.h"
#include "extract/extract_internal.h"

/* An inferred relation keeps this share of the confidence it came from. */
#define INFERRED_FACTOR 0.9
/* Findings of a sentence a leadership is compared with, each side. */
#define OUTRANK_WINDOW 64

/* Offices whose holder speaks for the state at a summit. */
static const char *const head_roles[] = {
    "president",
    "prime minister",
    "premier",
    "chancellor",
    "king",
    "queen",
    "emir",
    "sultan",
    "supreme leader",
    "head of state",
    "acting president",
    "acting prime minister",
    "chairman",
    /* Kyrgyzstan's head of government ("Chairman of the Cabinet of
     * Ministers") */
    "chairman of the cabinet of ministers",
    "grand duke",
    "amir",
    "crown prince",
    "taoiseach",
};

static int is_head_role(const char *role) {
    for (size_t k = 0; k < sizeof head_roles / sizeof *head_roles; k++) {
        if (strcmp(role, head_roles[k]) == 0) {
            return 1;
        }
    }
    return 0;
}

/* 1 when `date` falls within [since, until], each compared on the
 * precision both give ("2024" is within "2024-11-28"); NULL ends are
 * open, and a NULL date is within any office. */
int office_covers(const gz_office *office, const char *date) {
    return dates_include(office->since, office->until, date);
}

const gz_office *office_on(const ent_gazetteer_t *g, size_t person,
                           size_t holder, const char *date) {
    const gz_entity *e = &g->entities[person];
    for (size_t k = 0; k < e->office_count; k++) {
        const gz_office *o = &e->offices[k];
        if ((holder == EXTRACT_EVENT || o->of == holder) &&
            office_covers(o, date)) {
            return o;
        }
    }
    return NULL;
}

int heads_a_state(const ent_gazetteer_t *g, size_t person, const char *date) {
    return head_office(g, person, date) != NULL;
}

const gz_office *head_office(const ent_gazetteer_t *g, size_t person,
                             const char *date) {
    const gz_entity *e = &g->entities[person];
    for (size_t k = 0; k < e->office_count; k++) {
        const gz_office *o = &e->offices[k];
        /* the dates first: cheaper than the titles' strcmp, and most
         * offices a person held are over */
        if (g->entities[o->of].type == ENT_ENTITY_STATE &&
            office_covers(o, date) && is_head_role(o->role)) {
            return o;
        }
    }
    return NULL;
}

/* Any office `person` holds on `date` in a state (a minister's), or
 * NULL. */
static const gz_office *state_office(const ent_gazetteer_t *g, size_t person,
                                     const char *date) {
    const gz_entity *e = &g->entities[person];
    for (size_t k = 0; k < e->office_count; k++) {
        const gz_office *o = &e->offices[k];
        if (g->entities[o->of].type == ENT_ENTITY_STATE &&
            office_covers(o, date)) {
            return o;
        }
    }
    return NULL;
}

static int is_leads(const found_relation *r) {
    return r->rejected == REASON_NONE && r->type == extract_type_leads;
}

static int ends_with(const char *text, const char *tail) {
    size_t n = strlen(text), m = strlen(tail);
    return n >= m && strcmp(text + n - m, tail) == 0;
}

/* A minister ("foreign minister") or a deputy holds an office of the
 * state without leading it (tests/extract/README.md: ministers do not
 * lead); a prime minister leads. */
static int is_subordinate_role(const char *role) {
    return (ends_with(role, "minister") &&
            !ends_with(role, "prime minister")) ||
           strncmp(role, "deputy ", 7) == 0 || strncmp(role, "vice ", 5) == 0;
}

/* 1 when the person's offices of `holder` on `date` are all a minister's
 * or a deputy's, 0 when one of them leads or there is none. */
static int only_subordinate_on(const ent_gazetteer_t *g, size_t person,
                               size_t holder, const char *date) {
    const gz_entity *e = &g->entities[person];
    int held = 0;
    for (size_t k = 0; k < e->office_count; k++) {
        const gz_office *o = &e->offices[k];
        if (o->of == holder && office_covers(o, date)) {
            if (!is_subordinate_role(o->role)) {
                return 0;
            }
            held = 1;
        }
    }
    return held;
}

/* 1 when every office the gazetteer has `person` holding of `holder`
 * ended before `date` (and there is one): a former leader there. */
static int offices_ended_before(const ent_gazetteer_t *g, size_t person,
                                size_t holder, const char *date) {
    const gz_entity *e = &g->entities[person];
    int held = 0;
    for (size_t k = 0; k < e->office_count; k++) {
        const gz_office *o = &e->offices[k];
        if (o->of != holder) {
            continue;
        }
        if (o->until == NULL || date_order(o->until, date) >= 0) {
            return 0;
        }
        held = 1;
    }
    return held;
}

/* A `leads` of a person to an entity where the gazetteer has the person
 * in no office on the date is contradicted when it has the person in
 * another office on that date, or never in office there, or only in
 * offices there that ended before the date ("former Kazakh President
 * Nursultan Nazarbayev" in May 2019); so is one where the person's office
 * there on the date is a minister's or a deputy's ("Foreign Minister
 * Sergey Lavrov of Russia attended"). A person the gazetteer knows in no
 * office cannot be contradicted; one about to take office there ("the new
 * secretary general") is not. */
static int contradicted(const finding_list *f, const found_relation *r) {
    const ent_gazetteer_t *g = f->gazetteer;
    if (g->entities[r->source].type != ENT_ENTITY_PERSON ||
        g->entities[r->source].office_count == 0) {
        return 0;
    }
    if (only_subordinate_on(g, r->source, r->target, f->date)) {
        return 1;
    }
    if (office_on(g, r->source, r->target, f->date) != NULL) {
        return 0;
    }
    if (f->date != NULL &&
        offices_ended_before(g, r->source, r->target, f->date)) {
        return 1;
    }
    return office_on(g, r->source, EXTRACT_EVENT, f->date) != NULL ||
           office_on(g, r->source, r->target, NULL) == NULL;
}

/* 1 when another `leads` of the same sentence gives the same person
 * another state with a higher confidence (or as high, found earlier): a
 * leader heads one state, so in "President of Tajikistan Emomali Rahmon,
 * Emir of Qatar, ..." the title before the name wins over the apposition
 * after it, for persons the gazetteer does not know. */
static int outranked(const finding_list *f, size_t first, size_t i) {
    const found_relation *r = &f->items[i];
    const ent_gazetteer_t *g = f->gazetteer;
    if (g->entities[r->target].type != ENT_ENTITY_STATE) {
        return 0;
    }
    /* a title and its rival stand near each other: compare with the
     * neighbours only, so that time stays linear on any sentence */
    size_t from = i > first + OUTRANK_WINDOW ? i - OUTRANK_WINDOW : first;
    size_t to = f->count - i > OUTRANK_WINDOW ? i + OUTRANK_WINDOW : f->count;
    for (size_t k = from; k < to; k++) {
        const found_relation *o = &f->items[k];
        if (k != i && is_leads(o) && o->source == r->source &&
            o->target != r->target &&
            g->entities[o->target].type == ENT_ENTITY_STATE &&
            (o->confidence > r->confidence ||
             (o->confidence == r->confidence && k < i))) {
            return 1;
        }
    }
    return 0;
}

/* A state's absence the sentence states beside its head's ("President
 * of Turkmenistan NAME will not take part": the title's state is matched
 * too) is the head's, carried to the state: marked inferred, it yields
 * to the state's presence when someone stands in ("Turkmenistan will be
 * represented by its deputy premier"; tests/extract/README.md). */
static void carried_absence(finding_list *f, size_t state, size_t head) {
    for (size_t k = 0; k < f->count; k++) {
        found_relation *a = &f->items[k];
        if (a->type == extract_type_absent_from && a->source == state &&
            a->rejected == REASON_NONE && !(a->flags & FOUND_INFERRED)) {
            a->flags |= FOUND_INFERRED;
            a->via = head;
        }
    }
}

/* Appends the state's relation for a head who attends or stays away. */
static ent_status infer_state(finding_list *f, size_t i) {
    const found_relation *r = &f->items[i];
    if (r->rejected != REASON_NONE || r->source == EXTRACT_EVENT ||
        f->gazetteer->entities[r->source].type != ENT_ENTITY_PERSON ||
        (r->type != extract_type_attends &&
         r->type != extract_type_absent_from)) {
        return ENT_OK;
    }
    const gz_office *office = head_office(f->gazetteer, r->source, f->date);
    /* whoever stands in for a state at the summit (a foreign minister)
     * makes it attend; only its head's absence makes it absent */
    if (office == NULL && r->type == extract_type_attends) {
        office = state_office(f->gazetteer, r->source, f->date);
    }
    if (office == NULL) {
        return ENT_OK;
    }
    if (r->type == extract_type_absent_from) {
        carried_absence(f, office->of, r->source);
    }
    found_relation state = *r;
    state.source = office->of;
    state.role = NULL;
    state.confidence = r->confidence * INFERRED_FACTOR;
    state.flags |= FOUND_INFERRED;
    state.via = r->source;
    return finding_add(f, &state);
}

ent_status findings_check_and_infer(finding_list *f) {
    size_t first = 0;
    for (size_t i = first; i < f->count; i++) {
        found_relation *r = &f->items[i];
        if (r->rejected == REASON_NONE && r->source == r->target) {
            r->rejected = REASON_SELF;
        } else if (is_leads(r) && contradicted(f, r)) {
            r->rejected = REASON_CONTRADICTED;
        }
    }
    for (size_t i = first; i < f->count; i++) {
        if (is_leads(&f->items[i]) && outranked(f, first, i)) {
            f->items[i].rejected = REASON_OUTRANKED;
        }
    }
    size_t found = f->count;
    for (size_t i = first; i < found; i++) {
        ent_status status = infer_state(f, i);
        if (status != ENT_OK) {
            return status;
        }
    }
    return ENT_OK;
}

/* Findings of a sentence a new one is compared with. */
#define FINDING_WINDOW 64

/* 1 when x and y are one relation, drawn or rejected alike. */
static int same_finding(const found_relation *x, const found_relation *y) {
    return x->source == y->source && x->target == y->target &&
           (x->rejected == REASON_NONE) == (y->rejected == REASON_NONE) &&
           x->type == y->type; /* interned */
}

ent_status finding_add(finding_list *f, const found_relation *r) {
    /* Several patterns (or list suffixes) may find one relation in a
     * sentence: keep it once, at its highest confidence. Only the last
     * few are compared, so that time stays linear on any sentence; the
     * draft removes the rest of the duplicates. */
    size_t from = f->count > FINDING_WINDOW ? f->count - FINDING_WINDOW : 0;
    for (size_t k = from; k < f->count; k++) {
        if (same_finding(&f->items[k], r)) {
            if (r->confidence > f->items[k].confidence) {
                f->items[k] = *r;
            }
            return ENT_OK;
        }
    }
    /* grow_array's own test, inline: it is a call per finding else */
    if (f->count == f->capacity &&
        !grow_array((void **)&f->items, &f->capacity, f->count + 1,
                    sizeof *f->items)) {
        return ENT_ENOMEM;
    }
    f->items[f->count++] = *r;
    return ENT_OK;
}
