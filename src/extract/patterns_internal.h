/*
 * The pattern table (rules.c), its compiled form (patterns_compile.c) and
 * what the matcher (patterns.c) needs to read it.
 *
 * Every word a pattern names is interned once in a vocabulary; a sentence's
 * word tokens are looked up in it once (one hash each), so that matching a
 * word element compares small integers, and each token is only tried
 * against the rules whose first element can match it.
 */
#ifndef ENTENTE_EXTRACT_PATTERNS_INTERNAL_H
#define ENTENTE_EXTRACT_PATTERNS_INTERNAL_H

#include <stdint.h>
#include <string.h>

#include "extract/extract_internal.h"

/* What an endpoint of an emitted relation is. */
typedef enum {
    REF_NONE = 0,
    REF_A,        /* the mention bound to A (each, for a list) */
    REF_B,        /* likewise for B */
    REF_A_STATE,  /* A if a state, else the state A holds any office in */
    REF_A_OFFICE, /* the state or organization where A holds title R */
    REF_EVENT,    /* the summit the article is about */
    REF_ORG,      /* the organization the article is about */
} ref;

typedef struct {
    const char *type;
    ref source, target;
    const char *role;   /* fixed role, or NULL for the title R if any */
    const char *status; /* membership status, or NULL */
    int office_check;   /* emit only if the gazetteer has A in office at B
                           on the date */
} rule_output;

/* Conditions on the words around a match. */
enum {
    /* Not after "NAME ,": in "Putin, President of Russia, Pashinyan" the
     * title is Putin's apposition, not a title before Pashinyan. */
    GUARD_NOT_AFTER_APPOSITION = 1,
    /* "in CITY, STATE": the words between the last "in" or "at" of the
     * match and the comma are a place's name, capitalized
     * (rules_scope.c). */
    GUARD_PLACE_NAME = 2,
    /* the person's name as the gazetteer spells it opens with a title
     * ("Saudi King Salman": "King Salman"), rules_scope.c */
    GUARD_TITLED_NAME = 4,
};

typedef struct {
    const char *pattern;
    double confidence;
    rule_output out[2];
    int guards;
} rule;

typedef struct {
    const char *words; /* space-separated; "-" is any dash */
    const char *role;
} role_phrase;

/* The rows of pattern table `table` (0, 1, ...) and their *count; NULL
 * past the last table. */
const rule *extract_rule_table(size_t table, size_t *count);
/* The table of attendance, absence and hosting (rules_presence.c). */
const rule *extract_presence_rules(size_t *count);
/* The table of membership and observers (rules_membership.c). */
const rule *extract_membership_rules(size_t *count);
/* The general rules: cues and the names they govern (rules_cues.c). */
const rule *extract_cue_rules(size_t *count);
/* The seventh round's general rules (rules_stand_ins.c). */
const rule *extract_stand_in_rules(size_t *count);
/* Joining, accession, suspension, observer status (rules_joining.c). */
const rule *extract_joining_rules(size_t *count);
extern const role_phrase extract_roles[];
extern const size_t extract_role_count;

/* Tokens a gap "..." may skip. */
#define PATTERN_GAP_MAX 12

/* ---- compiled form ---- */

typedef enum {
    EL_WORD,
    EL_PUNCT,
    EL_DASH,
    EL_SLOT,
    EL_ROLE,
    EL_YEAR,
    EL_GAP,
    EL_END,
    EL_EARLIER /* takes no token: binds a name said earlier in the sentence */
} el_kind;

#define MAX_ELEMENTS 24
#define MAX_ROLE_WORDS 4
/* The id of a word no pattern names. */
#define WORD_UNKNOWN UINT16_MAX
/* The "word id" of a dash inside a role phrase. */
#define WORD_DASH (UINT16_MAX - 1)

typedef struct {
    el_kind kind;
    const char *text; /* punctuation alternatives */
    size_t length;
    uint32_t ids_at; /* word alternatives: ids in the pool */
    uint16_t id_count;
    /* bit (id % 64) of each alternative: most tokens are none of them,
     * which one test says without reading the pool */
    uint64_t id_bits;
    int optional;
    int var;                   /* slot: 0 for A, 1 for B */
    ent_entity_type_set types; /* slot */
    int possessive, list;      /* slot */
    int at_end;                /* punctuation: "$" is among the alternatives */
    int clause;                /* gap "~": stays within the clause */
} element;

typedef struct {
    const rule *row; /* the table row it was compiled from */
    /* the row's output types, interned: one pointer per type name */
    const char *types[2];
    element items[MAX_ELEMENTS];
    size_t count;
    /* A word element after the first that every match needs, or -1: a
     * sentence without any of its words cannot match the rule. */
    int anchor;
    /* The rule itself says "not" (an absence): a negation in its match is
     * its meaning, not a reason to drop it. */
    int negates;
} compiled_rule;

typedef struct {
    uint16_t ids[MAX_ROLE_WORDS];
    size_t count;
} compiled_role;

/* What a rule needs at or after the token it starts at: a word among
 * ids (id_count > 0; for a title, the words a title opens with), a
 * mention of one of `types` (possessive or any), or a punctuation mark. Each
 * required element after the first gives one (patterns_compile.c): a sentence
 * whose last such token comes before a start rules the rule out there,
 * and at every later start. */
typedef struct {
    uint32_t ids_at;
    uint16_t id_count;
    ent_entity_type_set types;
    int possessive; /* a name: only one followed by 's */
    /* punctuation: bit b for each byte b (< 64) it may be, else 0 */
    uint64_t punct;
} rule_need;

/* Per sentence (stamped): for each rule the first start its needs rule
 * out, then for each need of words 1 + the last token that meets it. */
typedef struct rule_reach_s {
    uint32_t stamp;
    uint32_t limit;
} rule_reach;

/* Files the needs of the rules and the indices over them in p
 * (patterns_needs.c); 0 when out of memory. */
int needs_build(compiled_patterns *p);

/* The title read at a token of the sentence (match_role), for the next
 * rule that reads one there: rules that open with a title are tried
 * several at each "President". Direct-mapped by token. */
typedef struct role_memo_s {
    uint32_t stamp; /* the sentence's, or older: empty */
    uint32_t at;
    size_t end; /* match_role's result */
    const char *role;
} role_memo;
#define ROLE_MEMO_SLOTS 64

/* Word classes the matcher itself uses (lists, guards, hedges). */
typedef enum {
    CLASS_AND_OR,
    CLASS_AS,
    CLASS_WELL,
    CLASS_QUALIFIER,
    CLASS_NEGATION,
    CLASS_HEDGE,
    CLASS_PLAN,
    CLASS_ARTICLE,
    CLASS_OTHER_EVENT,
    CLASS_FORMER,
    /* the classes of rules_scope.c (scope_class_words) */
    CLASS_CLAUSE_BREAK,
    CLASS_NOT_MEMBER,
    CLASS_OBJECT_VERB,
    CLASS_GROUP,
    CLASS_REGION,
    CLASS_COUNT
} word_class;

/* The words of a class rules_scope.c defines ("while|but|..."), or NULL
 * for the others. */
const char *scope_class_words(word_class c);

/* The bit of word_classes for a word that opens a title (role phrase):
 * where a role may start, tested without walking every title. */
#define WORD_OPENS_ROLE (1u << 15)
_Static_assert(CLASS_COUNT <= 15, "word classes share 16 bits with "
                                  "WORD_OPENS_ROLE");

/* Rule indices, grouped by what their first element needs. */
typedef struct {
    uint32_t *starts; /* per key, into rules; count + 1 entries */
    uint32_t *rules;
    size_t count;
    /* for the indices of rules tried at a token: each rule's anchor_slots
     * entry, laid out as rules, so that the anchor test reads no rule
     * (NULL for needs_by_word) */
    uint32_t *anchors;
} rule_index;

/* Filing rule r under `key`, in two passes: with `rules` NULL, counts;
 * then, after rule_index_prefix_sums, places. */
static inline void rule_index_file(rule_index *index, size_t key, size_t r) {
    if (index->rules != NULL) {
        index->rules[index->starts[key]++] = (uint32_t)r;
    } else {
        index->starts[key]++;
    }
}
/* Turns the counts into start offsets; returns the total. */
size_t rule_index_prefix_sums(rule_index *index);
/* After the placing pass, starts[k] holds the end of key k: shift back. */
void rule_index_restore_starts(rule_index *index);

/* What the token after a rule's first element is, for the follow index:
 * a punctuation byte, a dash, a number, a word no pattern names, the end
 * of the sentence, anything else, a mention of each entity type, then
 * each word of the vocabulary. */
enum {
    FOLLOW_PUNCT = 0, /* + the byte */
    FOLLOW_DASH = 256,
    FOLLOW_NUMBER,
    FOLLOW_UNKNOWN_WORD,
    FOLLOW_END,
    FOLLOW_OTHER,
    FOLLOW_MENTION, /* + the entity type */
    FOLLOW_WORDS = FOLLOW_MENTION + ENT_ENTITY_TYPE_COUNT /* + the word id */
};

/* A slot of the vocabulary's hash table: the word's hash, compared before
 * its letters, and its id + 1 (0 for an empty slot). */
typedef struct {
    uint32_t hash;
    uint32_t id;
} word_slot;

/* Distinct relation types of the rules besides the extract_type_* ones
 * (chairs, threatens, ...). */
#define MAX_OTHER_TYPES 32

struct compiled_patterns {
    compiled_rule *rules;
    size_t rule_count;
    compiled_role *roles;
    element classes[CLASS_COUNT];
    /* the vocabulary: words, and a hash table of id + 1 */
    const char **words;
    uint8_t *word_lengths;
    /* each word of up to 8 bytes as one little-endian word, zero-padded
     * (0 for a longer one): compared at once with a token's bytes */
    uint64_t *word_packed;
    size_t word_count, word_capacity;
    word_slot *table;
    size_t table_size;
    uint16_t *pool; /* the alternatives of every word element */
    size_t pool_count, pool_capacity;
    int out_of_memory; /* set when compiling could not allocate */
    /* ids below pattern_words are the patterns' words; the attendance
     * model's cue words come after, unknown to the matcher */
    size_t pattern_words;
    uint16_t *word_cues; /* per id: its CUE_* classes (attendance model) */
    /* the rules' types other than the extract_type_* ones, each once */
    const char *other_types[MAX_OTHER_TYPES];
    size_t other_type_count;
    /* first-element index: by word id, and the rest (punctuation,
     * dashes, years), tried at every token */
    rule_index by_word;
    /* the rules that open with a name (patterns_follow.c): by entity type
     * and the key of the token after it (type * follow_keys + key), and
     * by type those any token may follow */
    rule_index follow, follow_any;
    size_t follow_keys;
    /* the word classes of each word id, one bit per word_class */
    uint16_t *word_classes;
    uint32_t *anywhere;
    size_t anywhere_count;
    /* the needs of the rules, each once (many rules need the same
     * words), and those of rule r: needs[rule_needs[k]] for k from
     * need_starts[r] to need_starts[r + 1] */
    rule_need *needs;
    size_t need_count;
    uint32_t *rule_needs;
    uint32_t *need_starts;
    /* the needs of words each word id meets, as a rule_index, and the
     * needs of names */
    rule_index needs_by_word;
    uint32_t *name_needs;
    size_t name_need_count;
    /* per rule, the slot of rule_reach that stamps its anchor's need
     * (compiled_rule.anchor), or one always stamped */
    uint32_t *anchor_slots;
    /* follow_any's entries as bits (bit k for its k-th entry), in
     * any_bit_words 32-bit words: those always alive, and by word id
     * those whose anchor that word stamps (any_by_word.rules holds bit
     * numbers); freed by patterns_release. */
    uint32_t *any_always;
    size_t any_bit_words;
    rule_index any_by_word;
};

/* Interns the types of a rule's outputs into cr->types
 * (patterns_types.c); 0 when the rules name more than MAX_OTHER_TYPES
 * types besides the extract_type_* ones (a bug of the tables). */
int patterns_intern_types(compiled_patterns *p, const rule *row,
                          compiled_rule *cr);

/* The id of text[0..length) (ASCII case folded), or WORD_UNKNOWN; with
 * its hash already known (text_word_hash). */
uint16_t patterns_word_id(const compiled_patterns *p, const char *text,
                          size_t length);

/* 1 when text[0..length) is `word` (small letters) with ASCII capitals
 * folded. */
static inline int same_word(const char *word, size_t word_length,
                            const char *text, size_t length) {
    if (word_length != length) {
        return 0;
    }
    for (size_t i = 0; i < length; i++) {
        unsigned c = (unsigned char)text[i];
        c += (c - 'A' < 26u) << 5;
        if ((unsigned char)word[i] != c) {
            return 0;
        }
    }
    return 1;
}

/* The 8 bytes at text with the ASCII capitals folded to small letters
 * (bytes from 0x80 kept), as one little-endian word. */
static inline uint64_t folded_8(const char *text) {
    return text_fold_capitals_8(text_load_8(text, 8, 1));
}

/* same_word where the text spells each apostrophe of the word as the
 * curly U+2019 ("bloc’s" for "bloc's"): asked only when the hashes
 * agree (the tokenizer hashes both alike) and the bytes do not. */
static inline int same_word_curly(const char *word, size_t word_length,
                                  const char *text, size_t length) {
    size_t i = 0, j = 0;
    for (; i < word_length && j < length; i++) {
        unsigned c = (unsigned char)text[j];
        if (word[i] == '\'' && c == 0xE2 && j + 2 < length &&
            (unsigned char)text[j + 1] == 0x80 &&
            (unsigned char)text[j + 2] == 0x99) {
            j += 3;
            continue;
        }
        c += (c - 'A' < 26u) << 5;
        if ((unsigned char)word[i] != c) {
            return 0;
        }
        j++;
    }
    return i == word_length && j == length;
}

/* 1 when word id of the vocabulary is text[0..length), 8 bytes of which
 * may be read (readable_8): one comparison for a short word. */
static inline int vocabulary_word_is(const compiled_patterns *p, uint32_t id,
                                     const char *text, size_t length,
                                     int readable_8) {
    if (readable_8 && length <= 8) {
        uint64_t mask =
            length == 8 ? ~UINT64_C(0) : (UINT64_C(1) << (8 * length)) - 1;
        return p->word_lengths[id] == length &&
               (folded_8(text) & mask) == p->word_packed[id];
    }
    return same_word(p->words[id], p->word_lengths[id], text, length);
}

/* patterns_word_id_read on any word, out of line (patterns.c). */
uint16_t patterns_word_id_probe(const compiled_patterns *p, uint32_t hash,
                                const char *text, size_t length,
                                int readable_8);

/* patterns_word_id with the hash of the text known: inline, as the
 * matcher asks it of every word of a sentence that names someone. With
 * readable_8, 8 bytes from text may be read whatever the length. A word
 * of up to 8 bytes is settled here, by one comparison, at the first slot
 * of its hash (the vocabulary's words differ, and so nearly always do
 * their hashes); anything else, a curly apostrophe's bytes among them,
 * by patterns_word_id_probe. */
static inline uint16_t patterns_word_id_read(const compiled_patterns *p,
                                             uint32_t hash, const char *text,
                                             size_t length, int readable_8) {
    if (readable_8 && length - 1 < 8) {
        size_t mask = p->table_size - 1;
        for (size_t slot = hash & mask; p->table[slot].id != 0;
             slot = (slot + 1) & mask) {
            if (p->table[slot].hash != hash) {
                continue;
            }
            uint32_t id = p->table[slot].id - 1;
            if (p->word_lengths[id] == length &&
                ((folded_8(text) ^ p->word_packed[id]) << (64 - 8 * length)) ==
                    0) {
                return (uint16_t)id;
            }
            return patterns_word_id_probe(p, hash, text, length, readable_8);
        }
        return WORD_UNKNOWN;
    }
    return patterns_word_id_probe(p, hash, text, length, readable_8);
}

/* patterns_word_id with the hash of the text known. */
static inline uint16_t patterns_word_id_hashed(const compiled_patterns *p,
                                               uint32_t hash, const char *text,
                                               size_t length) {
    return patterns_word_id_read(p, hash, text, length, 0);
}

/* 1 when `id` is one of the element's word alternatives. */
static inline int element_has_id(const compiled_patterns *p, const element *e,
                                 uint16_t id) {
    if (id == WORD_UNKNOWN || !(e->id_bits >> (id & 63) & 1)) {
        return 0; /* most words of a text */
    }
    const uint16_t *ids = p->pool + e->ids_at;
    for (uint16_t k = 0; k < e->id_count; k++) {
        if (ids[k] == id) {
            return 1;
        }
    }
    return 0;
}

/* Files the rules that open with a name in p->follow and p->follow_any
 * (patterns_follow.c); 0 when out of memory. */
int follow_index_build(compiled_patterns *p);

/* ---- matching (patterns.c, patterns_lists.c) ---- */

/* Bindings a list may make: a list of titled leaders binds a state and a
 * person per item ("President of Kyrgyzstan Sooronbay Jeenbekov, ..."),
 * and a summit of a dozen leaders is common. */
#define MAX_LIST 40

/* What a match binds. */
typedef struct {
    size_t bound[2][MAX_LIST];
    size_t bound_count[2];
    const char *role;
    char term[8];
    size_t first_end; /* where a list opening the rule ended; 0 for none */
} captures;

/* A list read once in a sentence, for the next rule that reads one with
 * the same entity types from the same token (list_cache_*). */
typedef struct cached_list_s {
    uint32_t stamp; /* the sentence's, or older: empty */
    uint32_t start;
    ent_entity_type_set types;
    int possessive;
    size_t end, count;
    size_t bound[MAX_LIST];
} cached_list;

#define LIST_CACHE_SLOTS 32

/* The sentence being matched. */
typedef struct {
    const char *text;
    const token *tokens;
    const uint16_t *ids; /* vocabulary id of each token (WORD_UNKNOWN) */
    size_t count;
    const compiled_patterns *p;
    const ent_gazetteer_t *g;
    uint32_t stamp;
    /* finding_list's any_alive, any_end and any_stamp */
    uint32_t *any_alive, *any_end, *any_stamp;
    /* the sentence's alive bits of follow_any's entries (mark_needs), in
     * the scratch after any_alive's entries */
    uint32_t *any_bits;
    /* the word classes of the sentence's words, one bit each (mark_needs):
     * a class none of its words has is in no span of it */
    uint32_t classes;
    struct cached_list_s *lists; /* LIST_CACHE_SLOTS, finding_list's */
    const char *date;            /* for offices, or NULL */
    rule_reach *reach;           /* finding_list's, per rule and need */
    role_memo *roles;            /* finding_list's, ROLE_MEMO_SLOTS */
    finding_list *findings;      /* for its class_counts */
} sentence_tokens;

/* 1 when a token in [from, to) is a word of class c (one of the classes
 * vetoes scan for: negation, other event, hedge, plan, not member);
 * counted once per sentence, at its first question (rules_scope.c). */
int class_between(const sentence_tokens *s, word_class c, size_t from,
                  size_t to);
/* Makes room in f->class_counts for a sentence of `count` tokens; 0 when
 * out of memory (rules_scope.c, as class_between). */
int class_counts_reserve(finding_list *f, size_t count);

/* The follow key of token i (FOLLOW_END past the last). */
size_t follow_key(const sentence_tokens *s, size_t i);
/* The end, in s->any_alive, of the rules any token may follow a mention
 * of type `type` whose anchor the sentence holds (patterns_follow.c). */
uint32_t follow_any_alive_end(const sentence_tokens *s, size_t type);

static inline int in_class(const sentence_tokens *s, size_t i, word_class c) {
    return i < s->count && s->ids[i] != WORD_UNKNOWN &&
           (s->p->word_classes[s->ids[i]] & (1u << c));
}

static inline int is_punct(const sentence_tokens *s, size_t i, char c) {
    return i < s->count && s->tokens[i].kind == TOKEN_PUNCT &&
           s->text[s->tokens[i].start] == c;
}

static inline int is_capitalized(const sentence_tokens *s, size_t i) {
    char c = s->text[s->tokens[i].start];
    return s->tokens[i].kind == TOKEN_WORD && c >= 'A' && c <= 'Z';
}

static inline int is_type(const sentence_tokens *s, size_t i,
                          ent_entity_type type) {
    return i < s->count && s->tokens[i].kind == TOKEN_MENTION &&
           s->g->entities[s->tokens[i].m.entity].type == type;
}

static inline int slot_fits(const element *e, const token *t,
                            const ent_gazetteer_t *g) {
    return t->kind == TOKEN_MENTION &&
           (e->types & ent_entity_type_bit(g->entities[t->m.entity].type)) &&
           (!e->possessive || t->m.possessive);
}

/* A coordinated list for slot e at token i (patterns_lists.c): items
 * joined by ",", "and", "as well as" or bullets, each bound. Returns the
 * index after it, or 0 when nothing was bound. */
size_t match_list(const sentence_tokens *s, const element *e, size_t i,
                  captures *c);
/* bullet_at for a token i < s->count that is no word and no name. */
size_t bullet_at_mark(const sentence_tokens *s, size_t i);
/* A bullet or number opening a set-out list item at i: the tokens it
 * takes, 0 for none. A word or a name never is one: told inline, as a
 * list asks at every token. */
static inline size_t bullet_at(const sentence_tokens *s, size_t i) {
    if (i >= s->count || s->tokens[i].kind == TOKEN_WORD ||
        s->tokens[i].kind == TOKEN_MENTION) {
        return 0;
    }
    return bullet_at_mark(s, i);
}
/* Matches a title at i; returns the index after it, or 0. */
size_t match_role(const sentence_tokens *s, size_t i, captures *c);
/* 1 when token i ends what a clause gap "~" may skip: a clause break
 * (; : . ? ! a bullet, "while", "but", ...) or a name of a person or
 * state, which would be another subject or object (rules_scope.c). */
int clause_break_mark_or_name(const sentence_tokens *s, size_t i);
static inline int clause_break(const sentence_tokens *s, size_t i) {
    /* inline for a word or a number, most of what a gap passes: the
     * marks and names are rules_scope.c's */
    switch (s->tokens[i].kind) {
    case TOKEN_WORD:
        return in_class(s, i, CLASS_CLAUSE_BREAK);
    case TOKEN_NUMBER:
        return 0;
    default:
        return clause_break_mark_or_name(s, i);
    }
}
/* 1 when token i is a word that names who stands for states ("leaders",
 * "observer", "member", "states"): a list item may hold it ("and the
 * leaders of observer states Hungary") (rules_scope.c). */
int names_group(const sentence_tokens *s, size_t i);
/* 1 when token i is "North", "Northern", "South", ...: before a state's
 * name, a region or an entity the gazetteer lacks ("North Cyprus"), not
 * the state (rules_scope.c). */
int names_region(const sentence_tokens *s, size_t i);
/* 1 when the state at token i names a body's state, not a state in a
 * list: "chairman of the People's Council of Turkmenistan NAME"
 * (rules_scope.c). */
int names_institution(const sentence_tokens *s, size_t i);
/* Why the words around a match of rule cr over tokens [from, to) deny
 * what it draws (rules_scope.c): a membership they say is none
 * ("withdrew", "applied", "partner countries"), or names that are the
 * object of another verb ("invited A to attend"). REASON_NONE when
 * nothing does. */
reject_reason scope_veto(const sentence_tokens *s, const compiled_rule *cr,
                         size_t from, size_t to);
/* Binds the nearest earlier mention fitting e (a person only as a head of
 * state or government on the date); 1 when one was found. */
int bind_earlier(const sentence_tokens *s, const element *e, size_t i,
                 captures *c);

/* Notes, for the sentence s, where each need of the rules is last met
 * (patterns_needs.c); s->ids must be set. */
void mark_needs(sentence_tokens *s);
/* The first start rule r cannot match from in the sentence, remembered
 * in s->reach (patterns_needs.c); or, when that is at most `from`, a
 * start at most `from` it cannot match from either: the matcher asks
 * with starts in order, so no later question can tell the two apart. */
uint32_t rule_limit(const sentence_tokens *s, uint32_t r, size_t from);

/* 1 when rule r may match from token i: every word and name it needs
 * after its first element is in the sentence at i or later. Worked out
 * once per sentence and rule, at its first trial; a later start is
 * ruled out too once one is, so a trial skipped here would have failed
 * and changed nothing (not even covered[r]). */
static inline int rule_reaches(const sentence_tokens *s, uint32_t r, size_t i) {
    const rule_reach *reach = &s->reach[r];
    return i < (reach->stamp == s->stamp ? reach->limit : rule_limit(s, r, i));
}

/* 1 unless rule r has an anchor word the sentence lacks. Tested inline
 * before any call: most rules filed under a word or a mention fail it.
 * The anchor is one of the rule's needs, stamped by mark_needs; a rule
 * without one reads a slot whose stamp is UINT32_MAX (stamps stay far
 * below it). */
static inline int anchor_alive(const sentence_tokens *s, uint32_t r) {
    return s->reach[s->p->anchor_slots[r]].stamp >= s->stamp;
}

/* anchor_alive for the k-th rule of an index, from the index's copy of
 * its anchor slot. */
static inline int indexed_anchor_alive(const sentence_tokens *s,
                                       const rule_index *index, uint32_t k) {
    return s->reach[index->anchors[k]].stamp >= s->stamp;
}

#endif /* ENTENTE_EXTRACT_PATTERNS_INTERNAL_H */
