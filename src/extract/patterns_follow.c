/*
 * The follow index: the rules that open with a single name ("{A:person} ,
 * the? {R:role} of ...", "{B:state'} {A:person}") are filed by the entity
 * type of that name and by what the token after it may be (a word of the
 * vocabulary, a punctuation mark, a dash, a mention of some type, ...).
 * At a mention the matcher then looks only at the rules the next token
 * lets through, instead of at every rule that opens with a name of that
 * type: most mentions are followed by a word that few rules name.
 *
 * A rule is filed under a superset of the keys its second element can
 * match (its alternatives; past an optional element, the next one's
 * too), so that the index never hides a rule that could match. A rule
 * whose continuation cannot be told from one token (a list, a gap, the
 * end of the sentence) is filed under every key, in follow_any.
 */
#include <stdlib.h>
#include <string.h>

#include "extract/patterns_internal.h"

size_t follow_key(const sentence_tokens *s, size_t i) {
    if (i >= s->count) {
        return FOLLOW_END;
    }
    const token *t = &s->tokens[i];
    switch (t->kind) {
    case TOKEN_WORD:
        return s->ids[i] != WORD_UNKNOWN ? FOLLOW_WORDS + (size_t)s->ids[i]
                                         : FOLLOW_UNKNOWN_WORD;
    case TOKEN_NUMBER:
        return FOLLOW_NUMBER;
    case TOKEN_DASH:
        return FOLLOW_DASH;
    case TOKEN_PUNCT:
        return t->end - t->start == 1
                   ? FOLLOW_PUNCT + (unsigned char)s->text[t->start]
                   : FOLLOW_OTHER;
    case TOKEN_MENTION:
        return FOLLOW_MENTION + (size_t)s->g->entities[t->m.entity].type;
    }
    return FOLLOW_OTHER;
}

/* The keys being gathered for one rule, each once. */
typedef struct {
    size_t *keys;
    size_t count;
    uint32_t *stamp; /* per key: the rule + 1 that last added it */
    uint32_t rule;
} key_set;

static void add_key(key_set *set, size_t key) {
    if (set->stamp[key] != set->rule + 1) {
        set->stamp[key] = set->rule + 1;
        set->keys[set->count++] = key;
    }
}

/* Adds the keys of the tokens element e can match; 0 when one token
 * cannot tell (a list, a gap, the end, a name said earlier). The keys
 * follow could_match in patterns.c, and may say more. */
static int element_keys(const compiled_patterns *p, const element *e,
                        key_set *set) {
    switch (e->kind) {
    case EL_WORD:
        for (uint16_t k = 0; k < e->id_count; k++) {
            add_key(set, FOLLOW_WORDS + p->pool[e->ids_at + k]);
        }
        return 1;
    case EL_PUNCT:
        if (memchr(e->text, '$', e->length) != NULL) {
            return 0;
        }
        for (size_t k = 0; k < e->length; k++) {
            add_key(set, FOLLOW_PUNCT + (unsigned char)e->text[k]);
        }
        return 1;
    case EL_DASH:
        add_key(set, FOLLOW_DASH);
        return 1;
    case EL_YEAR:
        add_key(set, FOLLOW_NUMBER);
        return 1;
    case EL_ROLE:
        for (size_t r = 0; r < extract_role_count; r++) {
            add_key(set, FOLLOW_WORDS + p->roles[r].ids[0]);
        }
        return 1;
    case EL_SLOT:
        if (e->list) {
            return 0;
        }
        for (size_t t = 0; t < ENT_ENTITY_TYPE_COUNT; t++) {
            if (e->types & ent_entity_type_bit((ent_entity_type)t)) {
                add_key(set, FOLLOW_MENTION + t);
            }
        }
        /* given names the gazetteer lacks before a person it knows */
        if (e->types & ent_entity_type_bit(ENT_ENTITY_PERSON)) {
            add_key(set, FOLLOW_UNKNOWN_WORD);
        }
        return 1;
    default:
        return 0;
    }
}

/* Gathers the keys the token after rule r's opening name may have; 0
 * when the rule must be tried after any token. */
static int rule_keys(const compiled_patterns *p, size_t r, key_set *set) {
    const compiled_rule *cr = &p->rules[r];
    set->count = 0;
    set->rule = (uint32_t)r;
    if (cr->items[0].list) {
        return 0;
    }
    for (size_t k = 1; k < cr->count; k++) {
        if (!element_keys(p, &cr->items[k], set)) {
            return 0;
        }
        if (!cr->items[k].optional) {
            return 1;
        }
    }
    return 0; /* all optional: the rule may end right after the name */
}

/* One filing pass over the rules (counting when the indices' rules are
 * NULL). */
static void file_rules(compiled_patterns *p, key_set *set) {
    for (size_t r = 0; r < p->rule_count; r++) {
        const element *first = &p->rules[r].items[0];
        if (first->kind != EL_SLOT) {
            continue;
        }
        int keyed = rule_keys(p, r, set);
        for (size_t t = 0; t < ENT_ENTITY_TYPE_COUNT; t++) {
            if (!(first->types & ent_entity_type_bit((ent_entity_type)t))) {
                continue;
            }
            if (!keyed) {
                rule_index_file(&p->follow_any, t, r);
            }
            for (size_t k = 0; keyed && k < set->count; k++) {
                rule_index_file(&p->follow, t * p->follow_keys + set->keys[k],
                                r);
            }
        }
    }
}

int follow_index_build(compiled_patterns *p) {
    p->follow_keys = FOLLOW_WORDS + p->word_count;
    p->follow.count = ENT_ENTITY_TYPE_COUNT * p->follow_keys;
    p->follow_any.count = ENT_ENTITY_TYPE_COUNT;
    p->follow.starts = calloc(p->follow.count + 1, sizeof *p->follow.starts);
    p->follow_any.starts =
        calloc(p->follow_any.count + 1, sizeof *p->follow_any.starts);
    key_set set = {0};
    set.keys = malloc(p->follow_keys * sizeof *set.keys);
    set.stamp = calloc(p->follow_keys, sizeof *set.stamp);
    int ok = p->follow.starts != NULL && p->follow_any.starts != NULL &&
             set.keys != NULL && set.stamp != NULL;
    if (ok) {
        file_rules(p, &set);
        p->follow.rules = malloc((rule_index_prefix_sums(&p->follow) + 1) *
                                 sizeof *p->follow.rules);
        p->follow_any.rules =
            malloc((rule_index_prefix_sums(&p->follow_any) + 1) *
                   sizeof *p->follow_any.rules);
        ok = p->follow.rules != NULL && p->follow_any.rules != NULL;
    }
    if (ok) {
        memset(set.stamp, 0, p->follow_keys * sizeof *set.stamp);
        file_rules(p, &set);
        rule_index_restore_starts(&p->follow);
        rule_index_restore_starts(&p->follow_any);
    }
    free(set.keys);
    free(set.stamp);
    return ok;
}

/* The end, in s->any_alive, of the rules any token may follow a mention
 * of type `type` whose anchor the sentence holds (they start where the
 * index's do). Listed at the sentence's first mention of the type, from
 * the bits mark_needs set for the entries whose anchor it holds: most of
 * those rules have an anchor it lacks, which no test per entry reads. */
uint32_t follow_any_alive_end(const sentence_tokens *s, size_t type) {
    if (s->any_stamp[type] != s->stamp) {
        const rule_index *any = &s->p->follow_any;
        uint32_t from = any->starts[type], to = any->starts[type + 1];
        uint32_t n = from;
        for (uint32_t w = from >> 5; from < to && w <= (to - 1) >> 5; w++) {
            uint32_t bits = s->any_bits[w];
            if (w == from >> 5) {
                bits &= ~UINT32_C(0) << (from & 31);
            }
            if (w == (to - 1) >> 5 && (to & 31) != 0) {
                bits &= (UINT32_C(1) << (to & 31)) - 1;
            }
            for (; bits != 0; bits &= bits - 1) {
                s->any_alive[n++] = any->rules[w << 5 | __builtin_ctz(bits)];
            }
        }
        s->any_end[type] = n;
        s->any_stamp[type] = s->stamp;
    }
    return s->any_end[type];
}

uint32_t *patterns_any_scratch(const compiled_patterns *p) {
    /* any_alive's entries, the alive bits (sentence_tokens.any_bits),
     * then the alive rules of p->anywhere (patterns_apply) */
    size_t n = p->follow_any.starts[p->follow_any.count];
    return malloc((n + 1 + p->any_bit_words + p->anywhere_count) *
                  sizeof(uint32_t));
}
