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

#include "common/buffer.h"
#include "extract/patterns_internal.h"

/* 1 when needs x and y are met by the same tokens. */
static int same_need(const compiled_patterns *p, const rule_need *x,
                     const rule_need *y) {
    return x->types == y->types && x->possessive == y->possessive &&
           x->punct == y->punct && x->id_count == y->id_count &&
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
    uint32_t h = (2166136261u ^ need->types ^ (uint32_t)need->possessive << 8 ^
                  (uint32_t)(need->punct * 0x9E3779B97F4A7C15u >> 32)) *
                 16777619u;
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

/* The bits of the punctuation bytes element e may be (rule_need.punct);
 * 0 when one is 64 or above, which no need then stands for. */
static uint64_t punct_bits(const element *e) {
    uint64_t bits = 0;
    for (size_t k = 0; k < e->length; k++) {
        unsigned char c = (unsigned char)e->text[k];
        if (c >= 64) {
            return 0;
        }
        bits |= c == '|' ? 0 : UINT64_C(1) << c;
    }
    return bits;
}

/* The need of element e, the k-th of its rule; 0 for none: an optional
 * element, a gap, the end, a year, a dash or a name said earlier (a
 * list binds one fitting name at least). The ids of the words titles
 * open with are at *role_ids (role_count of them). */
static int element_need(const element *e, uint32_t role_ids,
                        uint16_t role_count, rule_need *need) {
    memset(need, 0, sizeof *need);
    if (e->optional) {
        return 0;
    }
    switch (e->kind) {
    case EL_WORD:
        need->ids_at = e->ids_at;
        need->id_count = e->id_count;
        return 1;
    case EL_SLOT:
        need->types = e->types;
        need->possessive = e->possessive;
        return 1;
    case EL_ROLE:
        need->ids_at = role_ids;
        need->id_count = role_count;
        return role_count > 0;
    case EL_PUNCT:
        need->punct = e->at_end ? 0 : punct_bits(e);
        return need->punct != 0;
    default:
        return 0;
    }
}

/* Pushes to the pool the ids of the words the titles open with, each
 * once; their count, or 0 when out of memory. */
static uint16_t pool_role_openers(compiled_patterns *p, uint32_t *at) {
    uint16_t count = 0;
    *at = (uint32_t)p->pool_count;
    for (size_t w = 0; w < p->word_count; w++) {
        if (p->word_classes[w] & WORD_OPENS_ROLE) {
            if (!grow_array((void **)&p->pool, &p->pool_capacity,
                            p->pool_count + 1, sizeof *p->pool)) {
                p->out_of_memory = 1;
                return 0;
            }
            p->pool[p->pool_count++] = (uint16_t)w;
            count++;
        }
    }
    return count;
}

/* Files the needs of every rule (rule_need): each required word, name,
 * title or punctuation mark after its first element. With `table` NULL,
 * only counts them. */
static size_t file_needs(compiled_patterns *p, need_table *table,
                         uint32_t role_ids, uint16_t role_count) {
    size_t n = 0;
    for (size_t r = 0; r < p->rule_count; r++) {
        const compiled_rule *cr = &p->rules[r];
        if (table != NULL) {
            p->need_starts[r] = (uint32_t)n;
        }
        for (size_t k = 1; k < cr->count; k++) {
            rule_need need;
            if (!element_need(&cr->items[k], role_ids, role_count, &need)) {
                continue;
            }
            if (table != NULL) {
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

/* The needs of names and of punctuation, apart: each sentence works out
 * all of them. */
static int list_name_needs(compiled_patterns *p) {
    p->name_needs = malloc((p->need_count + 1) * sizeof *p->name_needs);
    if (p->name_needs == NULL) {
        return 0;
    }
    for (size_t n = 0; n < p->need_count; n++) {
        if (p->needs[n].types != 0 || p->needs[n].punct != 0) {
            p->name_needs[p->name_need_count++] = (uint32_t)n;
        }
    }
    return 1;
}

/* index->anchors: the anchor slot of each rule of the index. */
static int list_anchors(const compiled_patterns *p, rule_index *index) {
    size_t n = index->starts[index->count];
    index->anchors = malloc((n + 1) * sizeof *index->anchors);
    if (index->anchors == NULL) {
        return 0;
    }
    for (size_t k = 0; k < n; k++) {
        index->anchors[k] = p->anchor_slots[index->rules[k]];
    }
    return 1;
}

/* What stamps the anchor of follow_any's entry k: 0 for no word (its
 * anchor is always alive: no anchor, or a need of names or marks that
 * mark_needs stamps in every sentence), 1 for the words of its need
 * (*need set), 2 for nothing (never alive). */
static int any_anchor_kind(const compiled_patterns *p, uint32_t k,
                           uint32_t *need) {
    uint32_t slot = p->follow_any.anchors[k];
    if (slot < p->rule_count || slot >= p->rule_count + p->need_count) {
        return 0;
    }
    *need = slot - (uint32_t)p->rule_count;
    const rule_need *n = &p->needs[*need];
    if (n->types != 0 || n->punct != 0) {
        return 0;
    }
    return n->id_count > 0 ? 1 : 2;
}

/* Files follow_any's entries by the words that stamp their anchors
 * (any_by_word; with rules NULL, counts), and sets the bits of those
 * always alive in any_always. */
static void file_any_by_word(compiled_patterns *p, uint32_t *always) {
    rule_index *index = &p->any_by_word;
    for (uint32_t k = 0; k < p->follow_any.starts[p->follow_any.count]; k++) {
        uint32_t n = 0;
        int kind = any_anchor_kind(p, k, &n);
        if (kind == 0 && always != NULL) {
            always[k >> 5] |= UINT32_C(1) << (k & 31);
        }
        for (uint16_t a = 0; kind == 1 && a < p->needs[n].id_count; a++) {
            rule_index_file(index, p->pool[p->needs[n].ids_at + a], k);
        }
    }
}

/* follow_any's anchors (list_anchors), any_always and any_by_word:
 * mark_needs sets, per sentence, the bit of each entry whose anchor the
 * sentence holds, so that the matcher reads the alive ones without
 * testing every entry. Each array is its own allocation, freed by
 * patterns_release like the other indexes. */
static int list_any_anchors(compiled_patterns *p) {
    const rule_index *any = &p->follow_any;
    size_t words = (any->starts[any->count] + 31) / 32;
    rule_index *index = &p->any_by_word;
    index->count = p->word_count;
    index->starts = calloc(p->word_count + 1, sizeof *index->starts);
    p->any_always = calloc(words + 1, sizeof *p->any_always);
    if (index->starts == NULL || p->any_always == NULL ||
        !list_anchors(p, &p->follow_any)) {
        return 0;
    }
    p->any_bit_words = words;
    file_any_by_word(p, NULL);
    index->rules =
        malloc((rule_index_prefix_sums(index) + 1) * sizeof *index->rules);
    if (index->rules == NULL) {
        return 0;
    }
    file_any_by_word(p, p->any_always);
    rule_index_restore_starts(index);
    return 1;
}

/* How likely need n is met in a sentence, roughly: a word of few
 * alternatives least, then of more, then names and marks (most
 * sentences the matcher reads name someone). rule_limit reads a rule's
 * needs in this order, so that it stops early. */
static uint32_t need_commonness(const compiled_patterns *p, uint32_t n) {
    const rule_need *need = &p->needs[n];
    return need->types != 0 || need->punct != 0 ? UINT16_MAX + 1u
                                                : need->id_count;
}

/* Orders each rule's needs by need_commonness (insertion sort: a rule
 * has a few). */
static void order_rule_needs(compiled_patterns *p) {
    for (size_t r = 0; r < p->rule_count; r++) {
        uint32_t *needs = p->rule_needs + p->need_starts[r];
        size_t count = p->need_starts[r + 1] - p->need_starts[r];
        for (size_t a = 1; a < count; a++) {
            uint32_t n = needs[a];
            size_t b = a;
            while (b > 0 &&
                   need_commonness(p, needs[b - 1]) > need_commonness(p, n)) {
                needs[b] = needs[b - 1];
                b--;
            }
            needs[b] = n;
        }
    }
}

int needs_build(compiled_patterns *p) {
    uint32_t role_ids = 0;
    uint16_t role_count = pool_role_openers(p, &role_ids);
    size_t n = file_needs(p, NULL, role_ids, role_count);
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
        file_needs(p, &table, role_ids, role_count);
        order_rule_needs(p);
        for (size_t r = 0; r < p->rule_count; r++) {
            if (p->anchor_slots[r] == UINT32_MAX) {
                /* the slot after the needs' (patterns_reach_scratch) */
                p->anchor_slots[r] = (uint32_t)(p->rule_count + p->need_count);
            }
        }
    }
    free(table.slots);
    return ok && index_needs_by_word(p) && list_name_needs(p) &&
           list_anchors(p, &p->by_word) && list_anchors(p, &p->follow) &&
           list_any_anchors(p);
}

/* 1 + the last token of the sentence that meets need k, 0 for none
 * (noted by mark_needs). */
static inline uint32_t need_reach(const sentence_tokens *s, uint32_t k) {
    const rule_reach *seen = &s->reach[s->p->rule_count + k];
    return seen->stamp == s->stamp ? seen->limit : 0;
}

/* The first start rule r cannot match from in the sentence: the least
 * reach of its needs, or the first reach at most `from` (then the rule
 * fails from every start still to come, and the rest need not be
 * read). */
uint32_t rule_limit(const sentence_tokens *s, uint32_t r, size_t from) {
    uint32_t limit = UINT32_MAX;
    for (uint32_t k = s->p->need_starts[r]; k < s->p->need_starts[r + 1]; k++) {
        uint32_t n = need_reach(s, s->p->rule_needs[k]);
        if (n <= from) {
            limit = n;
            break;
        }
        limit = n < limit ? n : limit;
    }
    s->reach[r].stamp = s->stamp;
    s->reach[r].limit = limit;
    return limit;
}

/* 1 + the last token of the sentence that meets need n, worked out from
 * where each kind of name and each punctuation mark is last met. */
static uint32_t last_of_kind(const rule_need *n, const uint32_t *by_type,
                             const uint32_t *by_type_possessive,
                             const uint32_t *by_punct) {
    uint32_t reach = 0;
    const uint32_t *of_type = n->possessive ? by_type_possessive : by_type;
    for (unsigned types = n->types; types != 0; types &= types - 1) {
        uint32_t at = of_type[__builtin_ctz(types)];
        reach = at > reach ? at : reach;
    }
    for (uint64_t bits = n->punct; bits != 0; bits &= bits - 1) {
        uint32_t at = by_punct[__builtin_ctzll(bits)];
        reach = at > reach ? at : reach;
    }
    return reach;
}

/* Notes, for each need of the rules (rule_need), 1 + the last token of
 * the sentence that meets it: a rule whose anchor's need has an older
 * stamp cannot match anywhere in it (rule_reaches says more). The stamp
 * changes with every sentence, so nothing is cleared. Read from the end,
 * so that a word met again earlier ("the", "of") is passed over: its
 * needs have their last token already (the words' stamps follow the
 * needs' in s->reach). */
void mark_needs(sentence_tokens *s) {
    const uint16_t *ids = s->ids;
    const compiled_patterns *p = s->p;
    uint32_t stamp = s->stamp;
    rule_reach *need_slots = s->reach + p->rule_count;
    rule_reach *word_slots = need_slots + p->need_count + 1;
    /* per entity type (possessive or any) and punctuation byte: 1 + the
     * last token that is one, 0 for none */
    uint32_t by_type[ENT_ENTITY_TYPE_COUNT] = {0};
    uint32_t by_type_possessive[ENT_ENTITY_TYPE_COUNT] = {0};
    uint32_t by_punct[64] = {0};
    const rule_index *needs = &p->needs_by_word;
    const rule_index *any = &p->any_by_word;
    uint32_t *any_bits = s->any_bits;
    uint32_t classes = 0;
    memcpy(any_bits, p->any_always, p->any_bit_words * sizeof *any_bits);
    for (size_t i = s->count; i-- > 0;) {
        const token *t = &s->tokens[i];
        if (ids[i] != WORD_UNKNOWN) {
            if (word_slots[ids[i]].stamp == stamp) {
                continue;
            }
            word_slots[ids[i]].stamp = stamp;
            classes |= p->word_classes[ids[i]];
            /* a need met by a later word of its own keeps that one */
            for (uint32_t k = needs->starts[ids[i]];
                 k < needs->starts[ids[i] + 1]; k++) {
                rule_reach *need = &need_slots[needs->rules[k]];
                if (need->stamp != stamp) {
                    need->stamp = stamp;
                    need->limit = (uint32_t)i + 1;
                }
            }
            /* the rules any token may follow a name of whose anchor it is */
            for (uint32_t k = any->starts[ids[i]]; k < any->starts[ids[i] + 1];
                 k++) {
                any_bits[any->rules[k] >> 5] |= UINT32_C(1)
                                                << (any->rules[k] & 31);
            }
        } else if (t->kind == TOKEN_MENTION) {
            size_t type = s->g->entities[t->m.entity].type;
            if (by_type[type] == 0) {
                by_type[type] = (uint32_t)i + 1;
            }
            if (t->m.possessive && by_type_possessive[type] == 0) {
                by_type_possessive[type] = (uint32_t)i + 1;
            }
        } else if (t->kind == TOKEN_PUNCT && t->end - t->start == 1) {
            unsigned char c = (unsigned char)s->text[t->start];
            if (c < 64 && by_punct[c] == 0) {
                by_punct[c] = (uint32_t)i + 1;
            }
        }
    }
    s->classes = classes;
    for (size_t k = 0; k < p->name_need_count; k++) {
        uint32_t n = p->name_needs[k];
        need_slots[n].stamp = stamp;
        need_slots[n].limit =
            last_of_kind(&p->needs[n], by_type, by_type_possessive, by_punct);
    }
}

rule_reach *patterns_reach_scratch(const compiled_patterns *p) {
    /* the rules', the needs', the slot of rules without an anchor, then
     * one per word id (mark_needs) */
    rule_reach *reach = calloc(
        p->rule_count + p->need_count + 1 + p->word_count, sizeof(rule_reach));
    if (reach != NULL) {
        reach[p->rule_count + p->need_count].stamp = UINT32_MAX; /* no anchor */
    }
    return reach;
}
