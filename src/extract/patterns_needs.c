/*
 * What each rule needs after its first element (rule_need): the words
 * and names a match must meet at its start or later. Compiled once with
 * the patterns; per sentence, mark_needs notes where each need is last
 * met, and a rule is tried only from starts before the least of its
 * needs' (rule_reaches in patterns_internal.h). In summit news most
 * trials of a rule fail for a word that is nowhere after its start.
 */
#include <stdlib.h>
#include <string.h>

#include "extract/patterns_internal.h"

/* 1 when needs x and y are met by the same tokens. */
static int same_need(const compiled_patterns *p, const rule_need *x,
                     const rule_need *y) {
    return x->types == y->types && x->id_count == y->id_count &&
           memcmp(p->pool + x->ids_at, p->pool + y->ids_at,
                  x->id_count * sizeof *p->pool) == 0;
}

/* A hash table of need index + 1 (0 for empty), at most half full. */
typedef struct {
    uint32_t *slots;
    size_t size; /* a power of two */
} need_table;

/* The index of `need` among p->needs, added when new; `table` finds the
 * known ones. */
static uint32_t intern_need(compiled_patterns *p, const rule_need *need,
                            need_table *table) {
    uint32_t h = 2166136261u ^ need->types;
    for (uint16_t a = 0; a < need->id_count; a++) {
        h = (h ^ p->pool[need->ids_at + a]) * 16777619u;
    }
    uint32_t *slots = table->slots;
    size_t at = h & (table->size - 1);
    while (slots[at] != 0 && !same_need(p, &p->needs[slots[at] - 1], need)) {
        at = (at + 1) & (table->size - 1);
    }
    if (slots[at] == 0) {
        p->needs[p->need_count] = *need;
        slots[at] = (uint32_t)++p->need_count;
    }
    return slots[at] - 1;
}

/* Files the needs of every rule (rule_need): each required word or name
 * after its first element. With `table` NULL, only counts them. */
static size_t file_needs(compiled_patterns *p, need_table *table) {
    size_t n = 0;
    for (size_t r = 0; r < p->rule_count; r++) {
        const compiled_rule *cr = &p->rules[r];
        if (table != NULL) {
            p->need_starts[r] = (uint32_t)n;
        }
        for (size_t k = 1; k < cr->count; k++) {
            const element *e = &cr->items[k];
            /* a list binds one fitting name at least */
            int word = e->kind == EL_WORD, name = e->kind == EL_SLOT;
            if (e->optional || (!word && !name)) {
                continue;
            }
            if (table != NULL) {
                rule_need need = {word ? e->ids_at : 0, word ? e->id_count : 0,
                                  word ? 0 : e->types};
                p->rule_needs[n] = intern_need(p, &need, table);
                if ((int)k == cr->anchor) {
                    p->anchor_slots[r] =
                        (uint32_t)(p->rule_count + p->rule_needs[n]);
                }
            }
            n++;
        }
    }
    if (table != NULL) {
        p->need_starts[p->rule_count] = (uint32_t)n;
    }
    return n;
}

/* Files each need of words under every word that meets it (with
 * index->rules NULL, counts). */
static void file_needs_by_word(const compiled_patterns *p, rule_index *index) {
    for (size_t n = 0; n < p->need_count; n++) {
        const rule_need *need = &p->needs[n];
        for (uint16_t a = 0; a < need->id_count; a++) {
            rule_index_file(index, p->pool[need->ids_at + a], n);
        }
    }
}

static int index_needs_by_word(compiled_patterns *p) {
    rule_index *index = &p->needs_by_word;
    index->count = p->word_count;
    index->starts = calloc(index->count + 1, sizeof *index->starts);
    if (index->starts == NULL) {
        return 0;
    }
    file_needs_by_word(p, index);
    index->rules =
        malloc((rule_index_prefix_sums(index) + 1) * sizeof *index->rules);
    if (index->rules == NULL) {
        return 0;
    }
    file_needs_by_word(p, index);
    rule_index_restore_starts(index);
    return 1;
}

/* The needs of names, apart: each sentence works out all of them. */
static int list_name_needs(compiled_patterns *p) {
    p->name_needs = malloc((p->need_count + 1) * sizeof *p->name_needs);
    if (p->name_needs == NULL) {
        return 0;
    }
    for (size_t n = 0; n < p->need_count; n++) {
        if (p->needs[n].types != 0) {
            p->name_needs[p->name_need_count++] = (uint32_t)n;
        }
    }
    return 1;
}

int needs_build(compiled_patterns *p) {
    size_t n = file_needs(p, NULL);
    p->anchor_slots = malloc((p->rule_count + 1) * sizeof *p->anchor_slots);
    need_table table = {NULL, 16};
    while (table.size < 2 * n) {
        table.size *= 2;
    }
    table.slots = calloc(table.size, sizeof *table.slots);
    p->needs = malloc((n + 1) * sizeof *p->needs);
    p->rule_needs = malloc((n + 1) * sizeof *p->rule_needs);
    p->need_starts = malloc((p->rule_count + 1) * sizeof *p->need_starts);
    int ok = table.slots != NULL && p->needs != NULL && p->rule_needs != NULL &&
             p->need_starts != NULL;
    ok = ok && p->anchor_slots != NULL;
    if (ok) {
        for (size_t r = 0; r < p->rule_count; r++) {
            p->anchor_slots[r] = UINT32_MAX; /* no anchor, until filed */
        }
        file_needs(p, &table);
        for (size_t r = 0; r < p->rule_count; r++) {
            if (p->anchor_slots[r] == UINT32_MAX) {
                /* the slot after the needs' (patterns_reach_scratch) */
                p->anchor_slots[r] = (uint32_t)(p->rule_count + p->need_count);
            }
        }
    }
    free(table.slots);
    return ok && index_needs_by_word(p) && list_name_needs(p);
}

/* 1 + the last token of the sentence that meets need k, 0 for none
 * (noted by mark_needs). */
static inline uint32_t need_reach(const sentence_tokens *s, uint32_t k) {
    const rule_reach *seen = &s->reach[s->p->rule_count + k];
    return seen->stamp == s->stamp ? seen->limit : 0;
}

/* The first start rule r cannot match from in the sentence: the least
 * reach of its needs. */
uint32_t rule_limit(const sentence_tokens *s, uint32_t r) {
    uint32_t limit = UINT32_MAX;
    for (uint32_t k = s->p->need_starts[r]; k < s->p->need_starts[r + 1]; k++) {
        uint32_t n = need_reach(s, s->p->rule_needs[k]);
        limit = n < limit ? n : limit;
    }
    s->reach[r].stamp = s->stamp;
    s->reach[r].limit = limit;
    return limit;
}

/* Notes, for each need of the rules (rule_need), 1 + the last token of
 * the sentence that meets it: a rule whose anchor's need has an older
 * stamp cannot match anywhere in it (rule_reaches says more). The stamp
 * changes with every sentence, so nothing is cleared. */
void mark_needs(sentence_tokens *s) {
    const uint16_t *ids = s->ids;
    uint32_t stamp = s->stamp;
    /* per entity type: 1 + the last token that mentions one, 0 for none */
    uint32_t last_of_type[ENT_ENTITY_TYPE_COUNT] = {0};
    for (size_t i = 0; i < s->count; i++) {
        if (s->tokens[i].kind == TOKEN_MENTION) {
            last_of_type[s->g->entities[s->tokens[i].m.entity].type] =
                (uint32_t)i + 1;
        }
        if (ids[i] == WORD_UNKNOWN) {
            continue;
        }
        const rule_index *needs = &s->p->needs_by_word;
        for (uint32_t k = needs->starts[ids[i]]; k < needs->starts[ids[i] + 1];
             k++) {
            rule_reach *seen = &s->reach[s->p->rule_count + needs->rules[k]];
            seen->stamp = stamp;
            seen->limit = (uint32_t)i + 1;
        }
    }
    const compiled_patterns *p = s->p;
    for (size_t k = 0; k < p->name_need_count; k++) {
        uint32_t n = p->name_needs[k], reach = 0;
        for (size_t t = 0; t < ENT_ENTITY_TYPE_COUNT; t++) {
            if ((p->needs[n].types & ent_entity_type_bit((ent_entity_type)t)) &&
                last_of_type[t] > reach) {
                reach = last_of_type[t];
            }
        }
        s->reach[p->rule_count + n].stamp = stamp;
        s->reach[p->rule_count + n].limit = reach;
    }
}

rule_reach *patterns_reach_scratch(const compiled_patterns *p) {
    rule_reach *reach =
        calloc(p->rule_count + p->need_count + 1, sizeof(rule_reach));
    if (reach != NULL) {
        reach[p->rule_count + p->need_count].stamp = UINT32_MAX; /* no anchor */
    }
    return reach;
}
