/*
 * The pattern matcher: compiles the notation of rules.c into elements and
 * matches them against the tokens of one sentence. A pattern is anchored
 * at its first element and its gaps are bounded, so the work per token is
 * bounded by the table, and the whole pass is linear in the article.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/patterns_internal.h"

typedef enum {
    EL_WORD,
    EL_PUNCT,
    EL_DASH,
    EL_SLOT,
    EL_ROLE,
    EL_YEAR,
    EL_GAP
} el_kind;

#define MAX_ELEMENTS 24
#define MAX_LIST 16
#define LIST_QUALIFIERS 8

typedef struct {
    el_kind kind;
    const char *text; /* alternatives of a word or punctuation */
    size_t length;
    int optional;
    int var;                   /* slot: 0 for A, 1 for B */
    ent_entity_type_set types; /* slot */
    int possessive, list;      /* slot */
} element;

typedef struct {
    element items[MAX_ELEMENTS];
    size_t count;
} compiled_rule;

struct compiled_patterns {
    compiled_rule *rules;
};

/* What a match binds. */
typedef struct {
    size_t bound[2][MAX_LIST];
    size_t bound_count[2];
    const char *role;
    char term[8];
} captures;

/* Parses "{A:state/person'+}" at text[0..length). */
static int compile_slot(const char *text, size_t length, element *e) {
    if (length < 5 || text[2] != ':' || text[length - 1] != '}') {
        return 0;
    }
    const char *spec = text + 3;
    size_t n = length - 4;
    if (text[1] == 'R' && n == 4 && memcmp(spec, "role", 4) == 0) {
        e->kind = EL_ROLE;
        return 1;
    }
    if (text[1] == 'T' && n == 4 && memcmp(spec, "year", 4) == 0) {
        e->kind = EL_YEAR;
        return 1;
    }
    if (text[1] != 'A' && text[1] != 'B') {
        return 0;
    }
    e->kind = EL_SLOT;
    e->var = text[1] - 'A';
    while (n > 0 && (spec[n - 1] == '+' || spec[n - 1] == '\'')) {
        if (spec[n - 1] == '+') {
            e->list = 1;
        } else {
            e->possessive = 1;
        }
        n--;
    }
    static const struct {
        const char *name;
        ent_entity_type type;
    } names[] = {{"state", ENT_ENTITY_STATE},
                 {"org", ENT_ENTITY_ORGANIZATION},
                 {"person", ENT_ENTITY_PERSON},
                 {"group", ENT_ENTITY_GROUP}};
    for (size_t at = 0; at < n;) {
        size_t end = at;
        while (end < n && spec[end] != '/') {
            end++;
        }
        size_t k = 0;
        while (k < 4 && (strlen(names[k].name) != end - at ||
                         memcmp(names[k].name, spec + at, end - at) != 0)) {
            k++;
        }
        if (k == 4) {
            return 0;
        }
        e->types |= ent_entity_type_bit(names[k].type);
        at = end + 1;
    }
    return e->types != 0;
}

static int compile_rule(const char *pattern, compiled_rule *out) {
    out->count = 0;
    for (const char *p = pattern; *p;) {
        while (*p == ' ') {
            p++;
        }
        if (*p == '\0') {
            break;
        }
        const char *end = p;
        while (*end && *end != ' ') {
            end++;
        }
        if (out->count == MAX_ELEMENTS) {
            return 0;
        }
        element *e = &out->items[out->count++];
        memset(e, 0, sizeof *e);
        size_t length = (size_t)(end - p);
        if (length > 1 && p[length - 1] == '?' && p[0] != '{') {
            e->optional = 1;
            length--;
        }
        e->text = p;
        e->length = length;
        if (p[0] == '{') {
            if (!compile_slot(p, length, e)) {
                return 0;
            }
        } else if (length == 3 && memcmp(p, "...", 3) == 0) {
            e->kind = EL_GAP;
        } else if (length == 1 && p[0] == '-') {
            e->kind = EL_DASH;
        } else if (strspn(p, ",():;.|") >= length) {
            e->kind = EL_PUNCT; /* ",|.|;" alternatives */
        } else {
            e->kind = EL_WORD;
        }
        p = end;
    }
    /* Anchored on a real element: a leading gap would only cost time. */
    return out->count > 0 && out->items[0].kind != EL_GAP &&
           !out->items[0].optional;
}

ent_status patterns_compile(compiled_patterns **patterns) {
    *patterns = calloc(1, sizeof **patterns);
    if (*patterns == NULL) {
        return ENT_ENOMEM;
    }
    (*patterns)->rules = calloc(extract_rule_count, sizeof(compiled_rule));
    if ((*patterns)->rules == NULL) {
        patterns_release(*patterns);
        *patterns = NULL;
        return ENT_ENOMEM;
    }
    for (size_t i = 0; i < extract_rule_count; i++) {
        if (!compile_rule(extract_rules[i].pattern, &(*patterns)->rules[i])) {
            patterns_release(*patterns);
            *patterns = NULL;
            return ENT_EINTERNAL;
        }
    }
    return ENT_OK;
}

void patterns_release(compiled_patterns *patterns) {
    if (patterns != NULL) {
        free(patterns->rules);
        free(patterns);
    }
}

/* The sentence being matched. */
typedef struct {
    const char *text;
    const token *tokens;
    size_t count;
} sentence_tokens;

/* 1 when word token t equals one of the "a|b*|c" alternatives. */
static int word_fits(const sentence_tokens *s, const token *t,
                     const char *alternatives, size_t length) {
    const char *word = s->text + t->start;
    size_t n = t->end - t->start;
    for (size_t at = 0; at < length;) {
        size_t end = at;
        while (end < length && alternatives[end] != '|') {
            end++;
        }
        size_t m = end - at;
        int prefix = m > 0 && alternatives[at + m - 1] == '*';
        if (prefix) {
            m--;
        }
        if (n == m || (prefix && n > m)) {
            size_t k = 0;
            while (k < m && (word[k] | 0x20) == alternatives[at + k]) {
                k++;
            }
            if (k == m) {
                return 1;
            }
        }
        at = end + 1;
    }
    return 0;
}

static int is_word(const sentence_tokens *s, size_t i, const char *word) {
    return i < s->count && s->tokens[i].kind == TOKEN_WORD &&
           word_fits(s, &s->tokens[i], word, strlen(word));
}

static int is_punct(const sentence_tokens *s, size_t i, char c) {
    return i < s->count && s->tokens[i].kind == TOKEN_PUNCT &&
           s->text[s->tokens[i].start] == c;
}

static int slot_fits(const element *e, const token *t,
                     const ent_gazetteer_t *g) {
    return t->kind == TOKEN_MENTION &&
           (e->types & ent_entity_type_bit(g->entities[t->m.entity].type)) &&
           (!e->possessive || t->m.possessive);
}

/* A word that may stand before a list item's mention: a capitalized word
 * ("President"), a mention of another type ("Turkish"), or a few small
 * words ("acting President of Iran"). */
static int is_qualifier(const sentence_tokens *s, size_t i) {
    const token *t = &s->tokens[i];
    if (t->kind == TOKEN_MENTION || t->kind == TOKEN_DASH) {
        return 1;
    }
    if (t->kind != TOKEN_WORD) {
        return 0;
    }
    char c = s->text[t->start];
    return (c >= 'A' && c <= 'Z') || is_word(s, i, "acting|of|the|his|her");
}

/* One list item at i: qualifiers, then a fitting mention; or a lone
 * unknown capitalized word, skipped (a misspelt name must not cut the
 * list). Returns the index after it, or 0 for no item. */
static size_t list_item(const sentence_tokens *s, const element *e,
                        const ent_gazetteer_t *g, size_t i, captures *c) {
    for (size_t k = 0; k <= LIST_QUALIFIERS && i + k < s->count; k++) {
        const token *t = &s->tokens[i + k];
        if (slot_fits(e, t, g)) {
            size_t *n = &c->bound_count[e->var];
            if (*n < MAX_LIST) {
                c->bound[e->var][(*n)++] = t->m.entity;
            }
            return i + k + 1;
        }
        if (!is_qualifier(s, i + k)) {
            break;
        }
    }
    const token *t = &s->tokens[i];
    char first = s->text[t->start];
    if (t->kind == TOKEN_WORD && first >= 'A' && first <= 'Z' &&
        (is_punct(s, i + 1, ',') || is_word(s, i + 1, "and"))) {
        return i + 1;
    }
    return 0;
}

/* A coordinated list: items joined by ",", "and", ", and", "as well as".
 * Greedy: a list never gives back items. Returns the end, or 0. */
static size_t match_list(const sentence_tokens *s, const element *e,
                         const ent_gazetteer_t *g, size_t i, captures *c) {
    size_t before = c->bound_count[e->var];
    size_t end = list_item(s, e, g, i, c);
    if (end == 0) {
        return 0;
    }
    for (;;) {
        size_t j = end;
        if (is_punct(s, j, ',')) {
            j++;
        }
        if (is_word(s, j, "and|or")) {
            j++;
        } else if (is_word(s, j, "as") && is_word(s, j + 1, "well") &&
                   is_word(s, j + 2, "as")) {
            j += 3;
        }
        if (j == end || j >= s->count) {
            break;
        }
        size_t next = list_item(s, e, g, j, c);
        if (next == 0) {
            break;
        }
        end = next;
    }
    return c->bound_count[e->var] > before ? end : 0;
}

/* Matches a title at i; returns the index after it, or 0. */
static size_t match_role(const sentence_tokens *s, size_t i, captures *c) {
    for (size_t r = 0; r < extract_role_count; r++) {
        const char *w = extract_roles[r].words;
        size_t j = i;
        while (*w) {
            size_t n = strcspn(w, " ");
            int fits = n == 1 && w[0] == '-'
                           ? j < s->count && s->tokens[j].kind == TOKEN_DASH
                           : j < s->count && s->tokens[j].kind == TOKEN_WORD &&
                                 word_fits(s, &s->tokens[j], w, n);
            if (!fits) {
                break;
            }
            j++;
            w += n;
            w += *w == ' ';
        }
        if (*w == '\0') {
            c->role = extract_roles[r].role;
            return j;
        }
    }
    return 0;
}

/* Matches one element at token i; returns the index after it, or 0. */
static size_t match_element(const sentence_tokens *s, const element *e,
                            const ent_gazetteer_t *g, size_t i, captures *c) {
    if (i >= s->count) {
        return 0;
    }
    const token *t = &s->tokens[i];
    switch (e->kind) {
    case EL_WORD:
        return t->kind == TOKEN_WORD && word_fits(s, t, e->text, e->length)
                   ? i + 1
                   : 0;
    case EL_PUNCT:
        return t->kind == TOKEN_PUNCT && t->end - t->start == 1 &&
                       memchr(e->text, s->text[t->start], e->length) != NULL
                   ? i + 1
                   : 0;
    case EL_DASH:
        return t->kind == TOKEN_DASH ? i + 1 : 0;
    case EL_ROLE:
        return match_role(s, i, c);
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
            return match_list(s, e, g, i, c);
        }
        if (!slot_fits(e, t, g)) {
            return 0;
        }
        c->bound[e->var][0] = t->m.entity;
        c->bound_count[e->var] = 1;
        return i + 1;
    case EL_GAP:
        return 0; /* handled by match_from */
    }
    return 0;
}

/* Matches elements [ei, count) from token i, shortest gaps first. */
static int match_from(const sentence_tokens *s, const compiled_rule *r,
                      size_t ei, const ent_gazetteer_t *g, size_t i,
                      captures *c) {
    if (ei == r->count) {
        return 1;
    }
    const element *e = &r->items[ei];
    if (e->kind == EL_GAP) {
        for (size_t k = 0; k <= PATTERN_GAP_MAX && i + k <= s->count; k++) {
            captures trial = *c;
            if (match_from(s, r, ei + 1, g, i + k, &trial)) {
                *c = trial;
                return 1;
            }
        }
        return 0;
    }
    captures trial = *c;
    size_t next = match_element(s, e, g, i, &trial);
    if (next != 0 && match_from(s, r, ei + 1, g, next, &trial)) {
        *c = trial;
        return 1;
    }
    return e->optional && match_from(s, r, ei + 1, g, i, c);
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

/* 1 when the gazetteer has `person` in some office at `holder`. */
static int holds_office_at(const finding_list *f, size_t person,
                           size_t holder) {
    const gz_entity *e = &f->gazetteer->entities[person];
    for (size_t k = 0; k < e->office_count; k++) {
        if (e->offices[k].of == holder) {
            return 1;
        }
    }
    return 0;
}

static ent_status add_finding(finding_list *f, const found_relation *r) {
    if (f->count == f->capacity) {
        size_t grown = f->capacity ? f->capacity * 2 : 64;
        found_relation *bigger = realloc(f->items, grown * sizeof *bigger);
        if (bigger == NULL) {
            return ENT_ENOMEM;
        }
        f->items = bigger;
        f->capacity = grown;
    }
    f->items[f->count++] = *r;
    return ENT_OK;
}

/* Emits the relations of one match: for a list, one per item. */
static ent_status emit(finding_list *f, const rule *r, const captures *c,
                       sentence where) {
    for (size_t o = 0; o < 2 && r->out[o].type != NULL; o++) {
        const rule_output *out = &r->out[o];
        size_t sources = ref_count(out->source, c);
        size_t targets = ref_count(out->target, c);
        for (size_t i = 0; i < sources; i++) {
            for (size_t j = 0; j < targets; j++) {
                found_relation found = {0};
                if (!resolve(f, out->source, c, i, &found.source) ||
                    !resolve(f, out->target, c, j, &found.target) ||
                    (out->office_check &&
                     !holds_office_at(f, found.source, found.target))) {
                    continue;
                }
                found.type = out->type;
                found.role = out->role ? out->role : c->role;
                found.status = out->status;
                memcpy(found.term, c->term, sizeof found.term);
                found.confidence = r->confidence;
                found.pattern = r->pattern;
                found.where = where;
                if (add_finding(f, &found) != ENT_OK) {
                    return ENT_ENOMEM;
                }
            }
        }
    }
    return ENT_OK;
}

ent_status patterns_apply(const compiled_patterns *patterns,
                          finding_list *findings, const token *tokens,
                          size_t count, sentence where) {
    sentence_tokens s = {findings->text, tokens, count};
    for (size_t r = 0; r < extract_rule_count; r++) {
        const compiled_rule *rule_c = &patterns->rules[r];
        for (size_t i = 0; i < count; i++) {
            /* Most tokens fail the first element: test it on a scratch
             * binding before paying for a full match. */
            captures c;
            c.bound_count[0] = c.bound_count[1] = 0;
            c.role = NULL;
            c.term[0] = '\0';
            if (rule_c->items[0].kind != EL_SLOT &&
                match_element(&s, &rule_c->items[0], findings->gazetteer, i,
                              &c) == 0) {
                continue;
            }
            if (rule_c->items[0].kind == EL_SLOT &&
                !slot_fits(&rule_c->items[0], &tokens[i],
                           findings->gazetteer)) {
                continue;
            }
            c.bound_count[0] = c.bound_count[1] = 0;
            c.role = NULL;
            c.term[0] = '\0';
            if (!match_from(&s, rule_c, 0, findings->gazetteer, i, &c)) {
                continue;
            }
            ent_status status = emit(findings, &extract_rules[r], &c, where);
            if (status != ENT_OK) {
                return status;
            }
        }
    }
    return ENT_OK;
}
