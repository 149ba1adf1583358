/*
 * The pattern matcher: matches the compiled rules of patterns_compile.c
 * against the tokens of one sentence. Each token is tried only against
 * the rules its first element can start (by word id or entity type); a
 * pattern is anchored at its first element and its gaps are bounded, so
 * the work per token is bounded by the table, and the whole pass is linear
 * in the article.
 */
#include <stdlib.h>
#include <string.h>

#include "common/buffer.h"
#include "extract/patterns_internal.h"

#define HEDGE_BEFORE 3
/* Unknown given names a person's mention may follow. */
#define GIVEN_NAMES_MAX 2
#define OTHER_BEFORE 4

/* "may attend", "reportedly", "invited": below the default threshold;
 * "is expected to", "scheduled": what a preview reports, a little less
 * sure than what happened. */
#define HEDGE_FACTOR 0.55
#define PLAN_FACTOR 0.85

/* Given names the gazetteer does not spell before a person it knows by
 * surname ("President Masood Pezeshkian"): the capitalized words no
 * pattern names, up to GIVEN_NAMES_MAX, when a fitting person follows.
 * Returns how many to skip, 0 for none. */
static size_t given_names(const sentence_tokens *s, const element *e,
                          size_t i) {
    if (!(e->types & ent_entity_type_bit(ENT_ENTITY_PERSON))) {
        return 0;
    }
    for (size_t k = 0; k < GIVEN_NAMES_MAX && i + k < s->count; k++) {
        if (!is_capitalized(s, i + k) || s->ids[i + k] != WORD_UNKNOWN) {
            return 0;
        }
        const token *t = &s->tokens[i + k + 1 < s->count ? i + k + 1 : i];
        if (i + k + 1 < s->count && t->kind == TOKEN_MENTION &&
            s->g->entities[t->m.entity].type == ENT_ENTITY_PERSON &&
            slot_fits(e, t, s->g)) {
            return k + 1;
        }
    }
    return 0;
}

/* match_role at token i, remembered for the sentence: sets *role to the
 * title read (when there is one) and returns the index after it, or 0. */
static size_t role_at(const sentence_tokens *s, size_t i, const char **role) {
    role_memo *m = &s->roles[i % ROLE_MEMO_SLOTS];
    if (m->stamp != s->stamp || m->at != i) {
        captures c;
        c.role = NULL;
        m->end = match_role(s, i, &c);
        m->role = c.role;
        m->stamp = s->stamp;
        m->at = (uint32_t)i;
    }
    *role = m->role;
    return m->end;
}

/* Matches one element at token i; returns the index after it, or 0. */
static size_t match_element(const sentence_tokens *s, const element *e,
                            size_t i, captures *c) {
    /* "$", the end of the sentence or of a set-out list item, takes no
     * token; it never starts a pattern, so i > 0 here. */
    if (e->kind == EL_END ||
        (e->at_end && (i >= s->count || bullet_at(s, i) != 0))) {
        return i >= s->count || bullet_at(s, i) != 0 ? i : 0;
    }
    if (i >= s->count) {
        return 0;
    }
    const token *t = &s->tokens[i];
    switch (e->kind) {
    case EL_WORD:
        return t->kind == TOKEN_WORD && element_has_id(s->p, e, s->ids[i])
                   ? i + 1
                   : 0;
    case EL_PUNCT:
        return t->kind == TOKEN_PUNCT && t->end - t->start == 1 &&
                       memchr(e->text, s->text[t->start], e->length) != NULL
                   ? i + 1
                   : 0;
    case EL_DASH:
        return t->kind == TOKEN_DASH ? i + 1 : 0;
    case EL_ROLE: {
        const char *role;
        size_t end = role_at(s, i, &role);
        if (end != 0) {
            c->role = role;
        }
        return end;
    }
    case EL_YEAR:
        if (t->kind == TOKEN_NUMBER && t->end - t->start == 4 &&
            (s->text[t->start] == '1' || s->text[t->start] == '2')) {
            memcpy(c->term, s->text + t->start, 4);
            c->term[4] = '\0';
            return i + 1;
        }
        return 0;
    case EL_SLOT:
        if (e->list) {
            return match_list(s, e, i, c);
        }
        i += given_names(s, e, i);
        if (i >= s->count || !slot_fits(e, &s->tokens[i], s->g)) {
            return 0;
        }
        c->bound[e->var][0] = s->tokens[i].m.entity;
        c->bound_count[e->var] = 1;
        return i + 1;
    case EL_EARLIER:
        return bind_earlier(s, e, i, c) ? i : 0;
    case EL_GAP:
    case EL_END:
        return 0; /* handled by match_from, and above */
    }
    return 0;
}

/* 1 when element e, taken as required, may match at token i: a test
 * without side effects that spares most trials (and their copies of the
 * captures). */
static inline int could_match(const sentence_tokens *s, const element *e,
                              size_t i) {
    if (e->kind == EL_GAP || e->kind == EL_END || e->at_end) {
        return 1;
    }
    if (i >= s->count) {
        return 0;
    }
    const token *t = &s->tokens[i];
    switch (e->kind) {
    case EL_WORD:
        return t->kind == TOKEN_WORD && element_has_id(s->p, e, s->ids[i]);
    case EL_PUNCT:
        return t->kind == TOKEN_PUNCT && t->end - t->start == 1 &&
               memchr(e->text, s->text[t->start], e->length) != NULL;
    case EL_DASH:
        return t->kind == TOKEN_DASH;
    case EL_YEAR:
        return t->kind == TOKEN_NUMBER;
    case EL_ROLE:
        return t->kind == TOKEN_WORD && s->ids[i] != WORD_UNKNOWN &&
               (s->p->word_classes[s->ids[i]] & WORD_OPENS_ROLE) != 0;
    case EL_SLOT:
        return e->list || slot_fits(e, t, s->g) || given_names(s, e, i) > 0;
    default:
        return 1;
    }
}

/* 1 when element e may match at token i, or be skipped when optional. */
static int could_start(const sentence_tokens *s, const element *e, size_t i) {
    return e->optional || could_match(s, e, i);
}

/* What a trial may change in the captures, saved before it and put back
 * when it fails: cheaper than copying every binding. Bindings are only
 * ever appended past the counts (a rule binds each of A and B once, which
 * patterns_compile checks), so the counts, the title and the term are
 * all there is to put back. */
typedef struct {
    size_t bound_count[2];
    const char *role;
    char term[8];
} capture_mark;

static capture_mark mark_captures(const captures *c) {
    capture_mark m;
    m.bound_count[0] = c->bound_count[0];
    m.bound_count[1] = c->bound_count[1];
    m.role = c->role;
    memcpy(m.term, c->term, sizeof m.term);
    return m;
}

static void restore_captures(captures *c, const capture_mark *m) {
    c->bound_count[0] = m->bound_count[0];
    c->bound_count[1] = m->bound_count[1];
    c->role = m->role;
    memcpy(c->term, m->term, sizeof c->term);
}

/* 1 when matching element e changes nothing in the captures. */
static inline int binds_nothing(const element *e) {
    return e->kind == EL_WORD || e->kind == EL_PUNCT || e->kind == EL_DASH;
}

/* Matches elements [ei, count) from token i, shortest gaps first; sets
 * *end to the index after the match. On failure *c is as it was. */
static int match_from(const sentence_tokens *s, const compiled_rule *r,
                      size_t ei, size_t i, captures *c, size_t *end) {
    if (ei == r->count) {
        *end = i;
        return 1;
    }
    const element *e = &r->items[ei];
    if (e->kind == EL_GAP) {
        const element *next = ei + 1 < r->count ? &r->items[ei + 1] : NULL;
        for (size_t k = 0; k <= PATTERN_GAP_MAX && i + k <= s->count; k++) {
            if (e->clause && k > 0 && clause_break(s, i + k - 1)) {
                break;
            }
            if (next != NULL && !could_start(s, next, i + k)) {
                continue;
            }
            /* a failed rest of the rule leaves the captures as they were */
            if (match_from(s, r, ei + 1, i + k, c, end)) {
                return 1;
            }
        }
        return 0;
    }
    if (binds_nothing(e)) {
        /* a word, a mark or a dash: tested once, and nothing to put back
         * (the rest of the rule puts back what it changes) */
        size_t next = match_element(s, e, i, c);
        if (ei == 0 && next > c->first_end) {
            c->first_end = next;
        }
        if (next != 0 && match_from(s, r, ei + 1, next, c, end)) {
            return 1;
        }
    } else if (could_start(s, e, i)) {
        capture_mark mark = mark_captures(c);
        size_t next = match_element(s, e, i, c);
        if (ei == 0 && next > c->first_end) {
            c->first_end = next;
        }
        if (next != 0 && match_from(s, r, ei + 1, next, c, end)) {
            return 1;
        }
        restore_captures(c, &mark);
    }
    return e->optional && match_from(s, r, ei + 1, i, c, end);
}

/* How many entities an endpoint stands for: the items of its list. */
static size_t ref_count(ref which, const captures *c) {
    switch (which) {
    case REF_A:
    case REF_A_STATE:
    case REF_A_OFFICE:
        return c->bound_count[0];
    case REF_B:
        return c->bound_count[1];
    default:
        return 1;
    }
}

/* The entity an endpoint names for list item k; 0 when there is none. */
static int resolve(const finding_list *f, ref which, const captures *c,
                   size_t k, size_t *entity) {
    const ent_gazetteer_t *g = f->gazetteer;
    switch (which) {
    case REF_A:
    case REF_B:
        *entity = c->bound[which == REF_B][k];
        return 1;
    case REF_A_STATE:
        return gazetteer_office(g, c->bound[0][k], NULL, f->date,
                                ENT_ENTITY_STATE, entity);
    case REF_A_OFFICE: {
        /* "leader" is a title any head holds. */
        const char *role =
            c->role && strcmp(c->role, "leader") != 0 ? c->role : NULL;
        return gazetteer_office(g, c->bound[0][k], role, f->date,
                                ENT_ENTITY_STATE, entity) ||
               gazetteer_office(g, c->bound[0][k], role, f->date,
                                ENT_ENTITY_ORGANIZATION, entity);
    }
    case REF_EVENT:
        *entity = EXTRACT_EVENT;
        return 1;
    case REF_ORG:
        *entity = f->organization;
        return f->organization != EXTRACT_EVENT;
    case REF_NONE:
        break;
    }
    return 0;
}

/* Emits the relations of one match: for a list, one per item. */
static ent_status emit(finding_list *f, const compiled_rule *cr,
                       const captures *c, sentence where, double confidence,
                       unsigned flags, reject_reason why) {
    const rule *r = cr->row;
    for (size_t o = 0; o < 2 && r->out[o].type != NULL; o++) {
        const rule_output *out = &r->out[o];
        size_t sources = ref_count(out->source, c);
        size_t targets = ref_count(out->target, c);
        for (size_t i = 0; i < sources; i++) {
            for (size_t j = 0; j < targets; j++) {
                found_relation found = {0};
                if (!resolve(f, out->source, c, i, &found.source) ||
                    !resolve(f, out->target, c, j, &found.target)) {
                    continue;
                }
                int unknown_office = out->office_check &&
                                     office_on(f->gazetteer, found.source,
                                               found.target, f->date) == NULL;
                found.type = cr->types[o];
                found.role = out->role ? out->role : c->role;
                found.status = out->status;
                memcpy(found.term, c->term, sizeof found.term);
                found.confidence = confidence;
                found.pattern = r->pattern;
                found.where = where;
                found.flags = flags;
                found.via = EXTRACT_EVENT;
                found.rejected = unknown_office ? REASON_CONTRADICTED : why;
                if (finding_add(f, &found) != ENT_OK) {
                    return ENT_ENOMEM;
                }
            }
        }
    }
    return ENT_OK;
}

/* 1 when the rule says something of the summit the article is about. */
static int targets_event(const rule *r) {
    return r->out[0].target == REF_EVENT ||
           (r->out[1].type != NULL && r->out[1].target == REF_EVENT);
}

/* 1 when the row emits only hosts. */
static int hosts_only(const rule *r) {
    return strcmp(r->out[0].type, "hosts") == 0 &&
           (r->out[1].type == NULL || strcmp(r->out[1].type, "hosts") == 0);
}

/* 1 when a word of another gathering ("previous", "next", "ahead") is in
 * tokens [from, end). "Ahead of the summit in Addis Ababa" still says
 * where the summit is: for a row of hosts only, "ahead" is none. */
static int other_event_between(const sentence_tokens *s, const rule *r,
                               size_t from, size_t end) {
    if (!class_between(s, CLASS_OTHER_EVENT, from, end)) {
        return 0;
    }
    if (!hosts_only(r)) {
        return 1;
    }
    for (size_t k = from; k < end; k++) {
        const token *t = &s->tokens[k];
        if (in_class(s, k, CLASS_OTHER_EVENT) &&
            !same_word("ahead", 5, s->text + t->start, t->end - t->start)) {
            return 1;
        }
    }
    return 0;
}

/* Tokens after a match that may say "in YEAR" of it. */
#define YEAR_AFTER 8

/* 1 when token k is the word "in". */
static int is_in(const sentence_tokens *s, size_t k) {
    const token *t = &s->tokens[k];
    return t->kind == TOKEN_WORD &&
           same_word("in", 2, s->text + t->start, t->end - t->start);
}

/* 1 when, just after the match ending at `end` and before a clause
 * ends, "in YEAR" or "in MONTH YEAR" names a year that is not the
 * article's ("hosted by Senegal in 1991 and 2008", "the session in
 * Bissau, Guinea-Bissau capital, in 2023", "the summit in Niamey in July
 * 2024"): a gathering of another year. Without a date nothing is known
 * of the year. */
static int in_another_year(const sentence_tokens *s, size_t end) {
    if (s->date == NULL || strlen(s->date) < 4) {
        return 0;
    }
    for (size_t k = end; k < s->count && k < end + YEAR_AFTER; k++) {
        const token *t = &s->tokens[k];
        const char *at = s->text + t->start;
        size_t n = t->end - t->start;
        if (t->kind == TOKEN_NUMBER) {
            int said_in =
                (k > 0 && is_in(s, k - 1)) ||
                (k > 1 && is_in(s, k - 2) && is_capitalized(s, k - 1));
            return said_in && n == 4 && (at[0] == '1' || at[0] == '2') &&
                   memcmp(at, s->date, 4) != 0;
        }
        if (t->kind == TOKEN_PUNCT && *at != ',') {
            return 0;
        }
    }
    return 0;
}

/* Why a match from token i to `end` must not count: a negation before or
 * inside it ("was not attended by"), a gathering that is not this one
 * ("ahead of", "the previous", "next year's"), or a title that is the
 * apposition of the name before it. REASON_NONE when it counts. */
static reject_reason veto(const sentence_tokens *s, const compiled_rule *cr,
                          const rule *r, size_t i, size_t end) {
    if (!cr->negates &&
        class_between(s, CLASS_NEGATION, i > 0 ? i - 1 : 0, end)) {
        return REASON_NEGATED;
    }
    if (targets_event(r) &&
        other_event_between(s, r, i > OTHER_BEFORE ? i - OTHER_BEFORE : 0,
                            end)) {
        return REASON_OTHER_EVENT;
    }
    if (targets_event(r) && in_another_year(s, end)) {
        return REASON_OTHER_EVENT;
    }
    reject_reason scoped = scope_veto(s, cr, i, end);
    if (scoped != REASON_NONE) {
        return scoped;
    }
    if (r->guards & GUARD_NOT_AFTER_APPOSITION) {
        size_t k = i;
        if (k > 0 && in_class(s, k - 1, CLASS_ARTICLE)) {
            k--; /* "Putin, the President of Russia, ..." */
        }
        /* ... unless that name has a title of its own before it
         * ("President of Tajikistan Emomali Rahmon, Emir of Qatar, ...") */
        if (k >= 2 && is_punct(s, k - 1, ',') &&
            is_type(s, k - 2, ENT_ENTITY_PERSON) &&
            (k == 2 || !(is_capitalized(s, k - 3) ||
                         is_type(s, k - 3, ENT_ENTITY_STATE) ||
                         is_type(s, k - 3, ENT_ENTITY_ORGANIZATION)))) {
            return REASON_APPOSITION;
        }
    }
    return REASON_NONE;
}

/* The factor a hedge in or just before the match puts on its
 * confidence: the strongest found, 1 for none. */
static double hedge_factor(const sentence_tokens *s, size_t i, size_t end) {
    size_t from = i > HEDGE_BEFORE ? i - HEDGE_BEFORE : 0;
    if (class_between(s, CLASS_HEDGE, from, end)) {
        return HEDGE_FACTOR;
    }
    return class_between(s, CLASS_PLAN, from, end) ? PLAN_FACTOR : 1;
}

/* Tries rule r at token i and emits what it finds; covered[r] is where
 * its last match in the sentence ended: a list slot starting inside it
 * would only find a suffix of the same list. */
static ent_status try_rule(const sentence_tokens *s, finding_list *f,
                           uint32_t r, size_t i, sentence where,
                           uint16_t *covered) {
    const compiled_rule *cr = &s->p->rules[r];
    const rule *rule_row = cr->row;
    captures c;
    size_t end = i;
    c.bound_count[0] = c.bound_count[1] = 0;
    c.role = NULL;
    c.term[0] = '\0';
    c.first_end = 0;
    if (i < covered[r]) {
        return ENT_OK;
    }
    if (!match_from(s, cr, 0, i, &c, &end)) {
        /* A list that opens the rule and fails after it would fail from
         * every later name in it too (the same words follow the same
         * list): those starts are covered, which keeps a sentence of
         * hundreds of names linear. */
        if (cr->items[0].kind == EL_SLOT && cr->items[0].list &&
            c.first_end > i) {
            covered[r] =
                (uint16_t)(c.first_end < UINT16_MAX ? c.first_end : UINT16_MAX);
        }
        return ENT_OK;
    }
    if (cr->items[0].kind == EL_SLOT && cr->items[0].list) {
        covered[r] = (uint16_t)(end < UINT16_MAX ? end : UINT16_MAX);
    }
    reject_reason why = veto(s, cr, rule_row, i, end);
    double confidence = rule_row->confidence;
    unsigned flags = 0;
    /* a title states who leads whatever the hedge: "invited the
     * president of Mali, Col. NAME, to attend" */
    double factor =
        rule_row->out[0].type[0] == 'l' && rule_row->out[1].type == NULL
            ? 1
            : hedge_factor(s, i, end);
    if (factor < 1) {
        confidence *= factor;
        flags |= FOUND_HEDGED;
    }
    return emit(f, cr, &c, where, confidence, flags, why);
}

/* A quick test of the element after a single-token first one: most
 * mentions are followed by none of the words a rule needs next. */
static int second_could_follow(const sentence_tokens *s,
                               const compiled_rule *cr, size_t i) {
    const element *first = &cr->items[0];
    size_t next = i + 1;
    if (first->kind == EL_ROLE) {
        /* a title of several words: where it ends (it opens the rule,
         * which fails without it) */
        const char *role;
        next = role_at(s, i, &role);
        if (next == 0) {
            return 0;
        }
    }
    if (cr->count < 2 || (first->kind == EL_SLOT && first->list)) {
        return 1;
    }
    /* an optional element may match there, or be skipped for the next */
    for (size_t k = 1; k < cr->count; k++) {
        const element *e = &cr->items[k];
        if (could_match(s, e, next)) {
            return 1;
        }
        if (!e->optional) {
            return 0;
        }
    }
    return 1;
}

/* Tries rule r at token i unless the token after its first element
 * rules it out. */
static inline ent_status try_followed_rule(const sentence_tokens *s,
                                           finding_list *f, uint32_t r,
                                           size_t i, sentence where,
                                           uint16_t *covered) {
    if (rule_reaches(s, r, i) && second_could_follow(s, &s->p->rules[r], i)) {
        return try_rule(s, f, r, i, where, covered);
    }
    return ENT_OK;
}

/* Tries rule r at token i unless its anchor word is missing from the
 * sentence or the token after its first element rules it out. */
static inline ent_status try_indexed_rule(const sentence_tokens *s,
                                          finding_list *f,
                                          const rule_index *index, uint32_t k,
                                          size_t i, sentence where,
                                          uint16_t *covered) {
    return indexed_anchor_alive(s, index, k)
               ? try_followed_rule(s, f, index->rules[k], i, where, covered)
               : ENT_OK;
}

static ent_status try_rules(const sentence_tokens *s, finding_list *f,
                            const rule_index *index, size_t key, size_t i,
                            sentence where, uint16_t *covered) {
    /* most entries have an anchor the sentence lacks (four in five on
     * summit news): passed over in a loop that keeps what it reads in
     * registers, which the calls of a trial would make it read again */
    const uint32_t *anchors = index->anchors;
    const rule_reach *reach = s->reach;
    uint32_t stamp = s->stamp;
    for (uint32_t k = index->starts[key], end = index->starts[key + 1]; k < end;
         k++) {
        if (reach[anchors[k]].stamp < stamp) {
            continue; /* indexed_anchor_alive */
        }
        ent_status status =
            try_followed_rule(s, f, index->rules[k], i, where, covered);
        if (status != ENT_OK) {
            return status;
        }
    }
    return ENT_OK;
}

/* Tries, at a mention of entity type `type`, the rules that open with
 * such a name and that the next token lets through: those filed under
 * its key and those any token may follow, merged in table order. */
static ent_status try_follow_rules(const sentence_tokens *s, finding_list *f,
                                   size_t type, size_t i, sentence where,
                                   uint16_t *covered) {
    const rule_index *keyed = &s->p->follow;
    uint32_t *any = s->any_alive;
    size_t key = type * s->p->follow_keys + follow_key(s, i + 1);
    uint32_t a = keyed->starts[key], a_end = keyed->starts[key + 1];
    uint32_t b = s->p->follow_any.starts[type],
             b_end = follow_any_alive_end(s, type);
    /* the rules any token may follow, kept in place (w) while they can
     * still match at this mention or a later one: a rule that cannot
     * reach from i cannot from any later start either */
    uint32_t w = b;
    ent_status status = ENT_OK;
    while (status == ENT_OK && (a < a_end || b < b_end)) {
        if (b >= b_end || (a < a_end && keyed->rules[a] < any[b])) {
            status = try_indexed_rule(s, f, keyed, a++, i, where, covered);
        } else {
            uint32_t r = any[b++];
            if (rule_reaches(s, r, i)) {
                any[w++] = r;
                status = try_followed_rule(s, f, r, i, where, covered);
            }
        }
    }
    /* on an error the rest stays as it was: nothing runs after it */
    if (status == ENT_OK) {
        s->any_end[type] = w;
    }
    return status;
}

role_memo *patterns_role_memo_new(void) {
    return calloc(ROLE_MEMO_SLOTS, sizeof(role_memo));
}

uint16_t patterns_word_id_probe(const compiled_patterns *p, uint32_t hash,
                                const char *text, size_t length,
                                int readable_8) {
    if (length == 0 || length > UINT8_MAX) {
        return WORD_UNKNOWN;
    }
    size_t mask = p->table_size - 1;
    for (size_t slot = hash & mask; p->table[slot].id != 0;
         slot = (slot + 1) & mask) {
        uint32_t id = p->table[slot].id - 1;
        if (p->table[slot].hash == hash &&
            (vocabulary_word_is(p, id, text, length, readable_8) ||
             (length > p->word_lengths[id] &&
              same_word_curly(p->words[id], p->word_lengths[id], text,
                              length)))) {
            return (uint16_t)id;
        }
    }
    return WORD_UNKNOWN;
}

void patterns_word_ids(const compiled_patterns *p, const char *text,
                       const token *tokens, size_t count, sentence where,
                       uint16_t *ids, uint16_t *cues) {
    for (size_t i = 0; i < count; i++) {
        uint16_t id = WORD_UNKNOWN;
        if (tokens[i].kind == TOKEN_WORD) {
            /* 8 bytes from the word's start lie in the sentence */
            int readable_8 = tokens[i].start + 8 <= where.end;
            id = patterns_word_id_read(
                p, tokens[i].hash, text + tokens[i].start,
                tokens[i].end - tokens[i].start, readable_8);
        }
        cues[i] = id != WORD_UNKNOWN ? p->word_cues[id] : 0;
        ids[i] = id < p->pattern_words ? id : WORD_UNKNOWN;
    }
}

ent_status patterns_apply(const compiled_patterns *p, finding_list *f,
                          const token *tokens, size_t count, uint16_t *ids,
                          sentence where) {
    const char *text = f->text;
    sentence_tokens s = {.text = text,
                         .tokens = tokens,
                         .ids = ids,
                         .count = count,
                         .p = p,
                         .g = f->gazetteer,
                         .stamp = ++f->stamp,
                         .any_alive = f->any_alive,
                         .any_end = f->any_end,
                         .any_stamp = f->any_stamp,
                         .any_bits = f->any_alive + 1 +
                                     p->follow_any.starts[p->follow_any.count],
                         .lists = f->lists,
                         .date = f->date,
                         .reach = f->reach,
                         .roles = f->roles,
                         .findings = f};
    if (!class_counts_reserve(f, count)) {
        return ENT_ENOMEM;
    }
    uint16_t *covered = f->covered;
    memset(covered, 0, p->rule_count * sizeof *covered);
    mark_needs(&s);
    /* the rules tried at every token whose anchor the sentence holds,
     * each dropped at the first token it cannot reach from (nor from any
     * later one), in the scratch after follow_any's bits */
    uint32_t *anywhere = s.any_bits + p->any_bit_words;
    size_t anywhere_count = 0;
    for (size_t k = 0; k < p->anywhere_count; k++) {
        if (anchor_alive(&s, p->anywhere[k])) {
            anywhere[anywhere_count++] = p->anywhere[k];
        }
    }
    ent_status status = ENT_OK;
    for (size_t i = 0; status == ENT_OK && i < count; i++) {
        if (ids[i] != WORD_UNKNOWN) {
            status = try_rules(&s, f, &p->by_word, ids[i], i, where, covered);
        } else if (tokens[i].kind == TOKEN_MENTION) {
            size_t type = f->gazetteer->entities[tokens[i].m.entity].type;
            status = try_follow_rules(&s, f, type, i, where, covered);
        }
        size_t kept = 0;
        for (size_t k = 0; status == ENT_OK && k < anywhere_count; k++) {
            uint32_t r = anywhere[k];
            if (rule_reaches(&s, r, i)) {
                anywhere[kept++] = r;
                status = try_rule(&s, f, r, i, where, covered);
            }
        }
        anywhere_count = kept; /* on an error, nothing reads it again */
    }
    return status;
}
