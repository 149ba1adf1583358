/*
 * Private parts of the extractor: the gazetteer's tables and spelling
 * trie, the text layer (word boundaries, sentences, tokens) and the
 * pattern matcher. Reading located JSON and checking UTF-8 text are
 * shared with the other readers (common/located_json.h, located_text.h).
 */
#ifndef ENTENTE_EXTRACT_INTERNAL_H
#define ENTENTE_EXTRACT_INTERNAL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "common/located_json.h"
#include "common/located_text.h"
#include "entente/extract.h"

struct cJSON;

/* How a spelling names its entity; demonyms read as the state. */
typedef enum {
    SPELLING_NAME = 0,
    SPELLING_ALIAS,
    SPELLING_DEMONYM,
    SPELLING_CAPITAL,
    SPELLING_METONYM,
    SPELLING_ABBREVIATION,
    SPELLING_KIND_COUNT
} spelling_kind;

typedef struct {
    char *role;  /* e.g. "president", lower case */
    size_t of;   /* entity index of the state or organization */
    char *since; /* a date or NULL */
    char *until; /* a date or NULL */
} gz_office;

typedef struct {
    char *id;
    ent_entity_type type;
    char *name;
    gz_office *offices;
    size_t office_count;
} gz_entity;

typedef struct {
    char *text; /* as written in the gazetteer */
    size_t length;
    size_t entity;
    spelling_kind kind;
    char *since, *until; /* dates a capital held its role, or NULL */
    int next;            /* next spelling ending at the same trie node, or -1 */
} gz_spelling;

/* Trie over ASCII-lowercased bytes while it is built: first child / next
 * sibling lists. */
typedef struct {
    int child, sibling;
    int spelling; /* first spelling ending here, or -1 */
    unsigned char byte;
} gz_node;

/* The trie once built, as matching reads it: a run of nodes with one
 * child and no spelling (the tail of most names) is one node whose bytes
 * after the first are compared in a row; the children of a node are
 * consecutive, sorted by their first byte (kept apart in labels[], so
 * that finding a child scans a few adjacent bytes), and follow their
 * parent closely in memory. A step reads a few cache lines instead of
 * chasing a list a byte at a time. */
typedef struct {
    int32_t first;    /* index of the first child */
    int32_t spelling; /* first spelling ending after the tail, or -1 */
    uint32_t tail_at; /* the bytes after the first, in tails[] */
    uint16_t tail_length;
    uint16_t count; /* children */
} gz_trie_node;

struct ent_gazetteer {
    gz_entity *entities;
    size_t entity_count;
    gz_spelling *spellings;
    size_t spelling_count, spelling_capacity;
    gz_node *nodes; /* while loading; freed by gazetteer_trie_finish */
    size_t node_count, node_capacity;
    gz_trie_node *trie;    /* after gazetteer_trie_finish */
    unsigned char *labels; /* the first byte of each node */
    unsigned char *tails;
    int32_t root_child[256]; /* the root's child for each byte, or -1 */
    /* after gazetteer_trie_finish, per spelling: bit i set when byte i
     * (i < 64) is an ASCII capital, which the text must have there; the
     * top bit also for a spelling longer than that (checked byte by
     * byte). A small array: matching reads no spelling's text. */
    uint64_t *capitals;
    /* prepared once at load for every extraction (gazetteer_prepare):
     * the compiled rules (NULL when they do not compile: each extraction
     * then compiles its own, and reports) and the spelling filter */
    struct compiled_patterns *patterns;
    struct spelling_filter_s *filter;
    struct gazetteer_index_s *index; /* gazetteer_index.h; never NULL */
};

/* A gazetteer entity found in the text. */
typedef struct {
    size_t start, end; /* bytes, possessive ending included */
    size_t entity;
    spelling_kind kind;
    int possessive; /* followed by 's or ’s */
    int spelling;   /* index in the gazetteer's spellings */
} mention;

/* Creates the trie's root; -1 when out of memory. */
int gazetteer_trie_init(ent_gazetteer_t *gazetteer);

/* Adds `text` as a spelling of `entity` (copies of text, since and until,
 * which may be NULL), before gazetteer_trie_finish. Returns 0, 1 when another
 * entity already claims the spelling (*claimed_by set, nothing added), or -1
 * when out of memory. */
int gazetteer_trie_insert(ent_gazetteer_t *gazetteer, const char *text,
                          size_t entity, spelling_kind kind, const char *since,
                          const char *until, size_t *claimed_by);

/* Lays the trie out for matching (gz_trie_node) once every spelling is
 * inserted, and frees the building lists. Returns 0, or -1 when out of
 * memory (the gazetteer is then unusable). Time O(nodes). */
int gazetteer_trie_finish(ent_gazetteer_t *gazetteer);

/* Prepares what every extraction reads and no article changes (the
 * compiled rules, the spelling filter, the indexes), once the trie is
 * finished; -1 when out of memory. Rules that do not compile are left
 * NULL, for each extraction to compile and report. */
int gazetteer_prepare(ent_gazetteer_t *gazetteer);
/* Frees what gazetteer_prepare made. */
void gazetteer_prepared_free(ent_gazetteer_t *gazetteer);

/* 1 when the spelling (a capital with dates, say) named its entity on
 * `date` under any of its entries (Astana: 1997-2019 and from 2022); any
 * date when NULL, and always for spellings without dates. */
int gazetteer_spelling_in_use(const ent_gazetteer_t *gazetteer, int spelling,
                              const char *date);

/*
 * Finds the longest spelling that starts at text[at] (a word start) and
 * ends at a word boundary, with the case rule of the README (an upper-case
 * letter of a spelling must be upper case in the text). Returns 1 and
 * fills *found, else 0. Needs gazetteer_trie_finish. Time O(longest
 * spelling).
 */
int gazetteer_match(const ent_gazetteer_t *gazetteer, const char *text,
                    size_t length, size_t at, mention *found);

/* The state `entity` stands for: itself for a state, else the first
 * office of a person held on `date` (any date when NULL) whose role is
 * `role` (any when NULL) and that is of an entity of type `type`.
 * Returns 1 and sets *index, else 0. */
int gazetteer_office(const ent_gazetteer_t *gazetteer, size_t entity,
                     const char *role, const char *date, ent_entity_type type,
                     size_t *index);

/* ---- text ---- */

/* 1 for a byte that continues a word: ASCII letters and digits, and the
 * bytes of non-ASCII letters (not of the punctuation in text.c). */
int text_is_word_at(const char *text, size_t length, size_t at);

typedef struct {
    size_t start, end; /* bytes, trimmed of white space */
} sentence;

/*
 * Finds the next sentence at or after `*at`; returns 0 at the end. Breaks
 * after . ! ? (and closing quotes) before a capital, a digit or a quote,
 * unless the word before is a known abbreviation or a single initial;
 * always at a blank line or a line that ends with a terminator; and after
 * at most SENTENCE_MAX_BYTES so that binary-like input stays linear.
 */
int text_next_sentence(const char *text, size_t length, size_t *at,
                       sentence *found);
#define SENTENCE_MAX_BYTES 8192

typedef enum {
    TOKEN_WORD = 0,
    TOKEN_NUMBER,
    TOKEN_PUNCT,
    TOKEN_DASH, /* -, --, – and — alike */
    TOKEN_MENTION,
} token_kind;

typedef struct {
    token_kind kind;
    uint32_t hash; /* TOKEN_WORD: text_word_hash of its bytes */
    size_t start, end;
    mention m; /* TOKEN_MENTION only */
} token;       /* 64 bytes, a cache line: kind and hash share a word */

/* The 8 bytes of x (a little-endian word) with the ASCII capitals folded
 * to small letters, bytes from 0x80 kept. */
static inline uint64_t text_fold_capitals_8(uint64_t x) {
    const uint64_t ones = UINT64_C(0x0101010101010101);
    const uint64_t high = ones << 7;
    uint64_t low7 = x & ~high;
    /* a byte's top bit: its low 7 bits are at least 'A', above 'Z' */
    uint64_t from_a = low7 + ones * (0x80 - 'A');
    uint64_t past_z = low7 + ones * (0x80 - 'Z' - 1);
    uint64_t capitals = from_a & ~past_z & ~x & high;
    return x | capitals >> 2; /* 0x80 >> 2 is the 0x20 of small letters */
}

/* The `n` (1 to 8) bytes at text as one little-endian word, zero above:
 * one load when 8 bytes may be read there (`readable_8`). */
static inline uint64_t text_load_8(const char *text, size_t n, int readable_8) {
    uint64_t x = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (readable_8) {
        memcpy(&x, text, sizeof x);
        return n >= 8 ? x : x & ((UINT64_C(1) << (8 * n)) - 1);
    }
#else
    (void)readable_8;
#endif
    for (size_t k = n < 8 ? n : 8; k-- > 0;) {
        x = x << 8 | (unsigned char)text[k];
    }
    return x;
}

/* The hash of a word is taken 8 folded bytes at a time (a word has no zero
 * byte, so the zeros above a last short chunk are no ambiguity): a
 * multiply a chunk, then a final mix so that the low bits, which index the
 * tables, depend on every byte. */
#define TEXT_HASH_SEED UINT64_C(0x84222325CBF29CE4)
#define TEXT_HASH_MULTIPLIER UINT64_C(0x9E3779B97F4A7C15)

static inline uint64_t text_hash_chunk(uint64_t h, uint64_t folded) {
    return (h ^ folded) * TEXT_HASH_MULTIPLIER;
}

static inline uint32_t text_hash_finish(uint64_t h) {
    h = (h ^ h >> 32) * UINT64_C(0xD6E8FEB86659FD93);
    return (uint32_t)(h >> 32);
}

/* 1 when token t is the word w of n bytes (small letters), ASCII case
 * folded; with `prefix`, when the word starts with w ("attend" for
 * "attended"). Shared by the name and list readers. */
static inline int token_is_word(const char *text, const token *t, const char *w,
                                size_t n, int prefix) {
    size_t length = t->end - t->start;
    if (t->kind != TOKEN_WORD || length < n || (!prefix && length != n)) {
        return 0;
    }
    for (size_t k = 0; k < n; k++) {
        char c = text[t->start + k];
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != w[k]) {
            return 0;
        }
    }
    return 1;
}

/* A space, tab, newline, vertical tab, form feed or carriage return: the
 * bits of one word tested at once (text.c, text_sentences.c). */
static inline int text_is_space(unsigned char c) {
    const uint64_t spaces = UINT64_C(1) << ' ' | UINT64_C(1) << '\t' |
                            UINT64_C(1) << '\n' | UINT64_C(1) << '\v' |
                            UINT64_C(1) << '\f' | UINT64_C(1) << '\r';
    return c <= ' ' && (spaces >> c & 1);
}

/* 1 when text[from, to) has an accented Latin letter (U+00C0 to
 * U+017F, lead bytes 0xC3 to 0xC5), which gazetteer_match may take off
 * ("José" for "Jose"). */
static inline int text_has_latin_accent(const char *text, size_t from,
                                        size_t to) {
    for (size_t k = from; k < to; k++) {
        if ((unsigned char)((unsigned char)text[k] - 0xC3) <= 2) {
            return 1;
        }
    }
    return 0;
}

/* The hash of the bytes, ASCII letters folded to small: the key of words
 * in the pattern vocabulary and of the spelling filter (word_hash in
 * text.c computes the same while it finds a word's end). */
static inline uint32_t text_word_hash(const char *text, size_t length) {
    uint64_t h = TEXT_HASH_SEED;
    for (size_t i = 0; i < length; i += 8) {
        size_t n = length - i < 8 ? length - i : 8;
        h = text_hash_chunk(
            h, text_fold_capitals_8(text_load_8(text + i, n, n == 8)));
    }
    return text_hash_finish(h);
}

#define FIRST_WORD_BITS (1u << 18)

/* Which words may start a spelling, by their first two bytes (ASCII
 * folded): one set for words written with a small first letter, which
 * only spellings with a small (or no) first letter can match, and one for
 * a capital. Most words of a text start no spelling and skip the trie. */
typedef struct spelling_filter_s {
    unsigned char small[256 * 256 / 8];
    unsigned char capital[256 * 256 / 8];
    /* and a Bloom filter of the spellings' first words (ASCII folded):
     * "The" or "Security" open no spelling */
    unsigned char first_words[FIRST_WORD_BITS / 8];
    /* among those, the words a spelling may go on from otherwise than by
     * a space and a word (or end at), and the pairs of first and second
     * words of the others: "the" opens "the Kremlin", and the text's
     * thousands of other "the" skip the trie */
    unsigned char open_words[FIRST_WORD_BITS / 8];
    unsigned char word_pairs[FIRST_WORD_BITS / 8];
} spelling_filter;

/* Fills the filter from the gazetteer's spellings; time O(spellings). */
void text_filter_build(const ent_gazetteer_t *gazetteer,
                       spelling_filter *filter);

/* Splits text[s.start, s.end) into tokens; *tokens grows as needed (owned
 * by the caller, freed with free()). Returns ENT_ENOMEM or ENT_OK. With a
 * filter (or NULL), words it rules out are not looked up. */
ent_status text_tokenize(const ent_gazetteer_t *gazetteer, const char *text,
                         sentence s, token **tokens, size_t *count,
                         size_t *capacity);
ent_status text_tokenize_filtered(const ent_gazetteer_t *gazetteer,
                                  const spelling_filter *filter,
                                  const char *text, sentence s, token **tokens,
                                  size_t *count, size_t *capacity);
/* text_tokenize_filtered on `date` (NULL for none), for dated forms. */
ent_status text_tokenize_dated(const ent_gazetteer_t *gazetteer,
                               const spelling_filter *filter, const char *date,
                               const char *text, sentence s, token **tokens,
                               size_t *count, size_t *capacity);

/* ---- patterns ---- */

/* Why a relation a pattern found is not drawn (--explain says it). */
typedef enum {
    REASON_NONE = 0,
    REASON_NEGATED,      /* "was not attended by" */
    REASON_APPOSITION,   /* the title belongs to the name before it */
    REASON_OTHER_EVENT,  /* about another gathering ("the previous summit") */
    REASON_CONTRADICTED, /* the gazetteer's offices on the date say no */
    REASON_OUTRANKED,    /* a stronger title in the sentence names another
                            state for the same leader */
    REASON_WEAK,         /* confidence below the threshold */
    REASON_SELF,         /* source and target are one entity */
    REASON_OTHER_HOST,   /* a dateline's host, when a sentence names another */
    REASON_CONFLICT,     /* an inferred presence or absence the text
                            contradicts */
    REASON_NOT_MEMBER,   /* a membership the words around deny ("withdrew",
                            "applied", "partner countries") */
    REASON_NOT_SUBJECT,  /* the names are another verb's object ("invited
                            A to attend", "urged B to join") */
    REASON_NOT_PLACE,    /* "in WORDS, STATE" where WORDS is no place name */
    REASON_HOST_HEAD,    /* the head of the host state named in the hosting
                            clause ("hosted by the kingdom of A headed by
                            King B"), not present by it */
    REASON_DEPUTY,       /* "Vice President", "Deputy Prime Minister": no
                            head of state or government */
    REASON_REPRESENTED,  /* someone else represents them ("deployed X to
                            represent him at the summit") */
    REASON_NO_TITLE,     /* a demonym before a bare name: no title */
    REASON_IN_PHRASE,    /* the states open the rule but are a
                            preposition's object ("a border with Russia,
                            became a member"): not the subject */
    REASON_POLARITY,     /* the clause says the opposite: a negated
                            presence or an absence (polarity.h) */
    REASON_OTHER_BODY,   /* the text gives it to another organization
                            ("SADC member states A, B"), not the article's */
    REASON_DATELINE,     /* the name is a dateline's place ("KHARTOUM,
                            Sudan (UPI) --"), no subject */
    REASON_QUALIFIER,    /* a demonym or possessive before a common noun
                            ("Sudanese calls"): it qualifies, no subject */
    REASON_COUNTED,      /* a count after "absence of" ("the absence of 10
                            leaders, Uganda") names nobody */
    REASON_OTHER_CHAIR,  /* the chair of a person who heads no state, of
                            a committee or a ministerial meeting */
    REASON_COUNT
} reject_reason;

/* Flags of a found relation. */
enum {
    FOUND_HEDGED = 1,   /* "is expected to", "may": confidence lowered */
    FOUND_INFERRED = 2, /* the state of a head who attends or stays away */
    FOUND_DATELINE = 4, /* the host a dateline names, kept unless a
                           sentence names another */
};

/* The relation types the engine tests, one static string each. Every
 * found_relation's type is one of these or another pointer the patterns
 * interned (relation_type_intern): one type, one pointer, so that types
 * compare by pointer, never by strcmp. */
extern const char extract_type_attends[];
extern const char extract_type_absent_from[];
extern const char extract_type_member_of[];
extern const char extract_type_hosts[];
extern const char extract_type_leads[];
extern const char extract_type_border_risk[];

/* One relation a pattern found, before deduplication. */
typedef struct {
    const char *type;      /* interned: compare pointers */
    size_t source, target; /* gazetteer indices, or EXTRACT_EVENT */
    const char *role;      /* static or NULL */
    const char *status;    /* static or NULL */
    char term[8];          /* "" or a year */
    double confidence;
    const char *pattern;
    sentence where;
    unsigned flags;         /* FOUND_* */
    size_t via;             /* inferred: the person it was inferred from */
    reject_reason rejected; /* REASON_NONE for a relation to draw */
} found_relation;

#define EXTRACT_EVENT ((size_t)-1)
/* The organization the article is about, while it is not yet known. */
#define EXTRACT_PENDING_ORG ((size_t)-2)

typedef struct {
    const ent_gazetteer_t *gazetteer;
    const char *text;
    const char *date;    /* for offices, or NULL */
    size_t organization; /* focus organization, EXTRACT_EVENT for none,
                            EXTRACT_PENDING_ORG while unknown */
    found_relation *items;
    size_t count, capacity;
    uint16_t *covered; /* scratch: one entry per pattern */
    uint32_t stamp;    /* counts the sentences matched, from 1 */
    /* scratch: per entity type, the rules any token may follow a mention
     * of (patterns_follow.c) whose anchor the sentence holds, laid out as
     * the index, filtered once per sentence and type (stamped) */
    uint32_t *any_alive;
    uint32_t any_end[ENT_ENTITY_TYPE_COUNT];
    uint32_t any_stamp[ENT_ENTITY_TYPE_COUNT];
    struct cached_list_s *lists; /* scratch: LIST_CACHE_SLOTS lists read */
    /* scratch (patterns_reach_scratch): how far in the sentence each
     * rule may start and each need is met */
    struct rule_reach_s *reach;
    struct role_memo_s *roles;     /* scratch: ROLE_MEMO_SLOTS titles read */
    const spelling_filter *filter; /* the gazetteer's, or NULL */
    /* scratch: per token, counts of the words of the classes a veto
     * scans for before it (rules_scope.c, class_between), and the sentence
     * they were counted for */
    uint32_t *class_counts;
    size_t class_counts_capacity;
    uint32_t class_counts_stamp;
    /* the persons the article introduces that the gazetteer lacks
     * (names.h); `gazetteer` is its extended copy once there is one */
    struct names_table_s *names;
} finding_list;

/* Appends a copy of r; ENT_ENOMEM or ENT_OK. */
ent_status finding_add(finding_list *findings, const found_relation *r);

/* Compiles the pattern table once; ENT_EINTERNAL for a malformed entry
 * (a bug; *bad points to it), ENT_ENOMEM. Released with patterns_release. */
typedef struct compiled_patterns compiled_patterns;
ent_status patterns_compile(compiled_patterns **patterns, const char **bad);
void patterns_release(compiled_patterns *patterns);
/* A scratch array for finding_list.any_alive (one entry per rule filed in
 * the follow_any index), or NULL when out of memory; the caller frees it. */
uint32_t *patterns_any_scratch(const compiled_patterns *patterns);
/* Scratch for finding_list.roles (zeroed), or NULL when out of memory;
 * the caller frees it. */
struct role_memo_s *patterns_role_memo_new(void);
/* Scratch for finding_list.reach (zeroed but for the slot of rules
 * without an anchor), or NULL when out of memory; the caller frees it. */
struct rule_reach_s *patterns_reach_scratch(const compiled_patterns *patterns);
/* Scratch for finding_list.lists (zeroed), or NULL when out of memory; the
 * caller frees it. */
struct cached_list_s *patterns_list_cache_new(void);

/* The word id of each of the `count` tokens of a sentence for the
 * matcher (WORD_UNKNOWN for a word no pattern names, a mention, a mark)
 * in ids[], and each token's attendance cue classes (CUE_*) in cues[]:
 * one vocabulary lookup a word. */
void patterns_word_ids(const compiled_patterns *patterns, const char *text,
                       const token *tokens, size_t count, sentence where,
                       uint16_t *ids, uint16_t *cues);

/* Applies every pattern to the `count` tokens of one sentence, which names
 * something (a mention), and appends what they find to `findings`,
 * rejected matches included (with their reason). `ids` are the tokens'
 * word ids (patterns_word_ids). */
ent_status patterns_apply(const compiled_patterns *patterns,
                          finding_list *findings, const token *tokens,
                          size_t count, uint16_t *ids, sentence where);

/* Checks the findings of one sentence against the gazetteer: a `leads`
 * the offices on the date contradict, or that a stronger title in the
 * sentence outranks, is marked rejected. Then appends, for each head of
 * state or government who attends or stays away, the same relation of
 * the state, marked inferred. ENT_ENOMEM or ENT_OK. */
ent_status findings_check_and_infer(finding_list *findings);
/* When the sentence `next` opens with "They are represented by" (or "He
 * was", "She will be" ...), the heads the current findings say stay away
 * have their states attend, by `next` (rules_scope.c): "A, B and C are
 * conspicuous by their absence. They are represented by foreign
 * ministers." */
ent_status stand_ins_after_absence(finding_list *findings, sentence next);

/* The state whose capital heads the article as a dateline ("ASTANA —")
 * or a place line ("May 25, 2023, The Kremlin, Moscow"); sets *line to
 * that line. Returns 0 when there is none. */
int dateline_find(const ent_gazetteer_t *gazetteer, const char *text,
                  size_t length, size_t *state, sentence *line);

/* strncmp(end, date, the shorter length), by its sign only, in one pass:
 * dates differ from an office's ends within their first few bytes (the
 * year), so two strlen calls cost more than the comparison itself. */
static inline int date_order(const char *end, const char *date) {
    for (; *end != '\0' && *date != '\0'; end++, date++) {
        if (*end != *date) {
            return (unsigned char)*end < (unsigned char)*date ? -1 : 1;
        }
    }
    return 0;
}

/* 1 when [since, until] includes `date`, compared on the precision both
 * give ("2024" is within "2024-11-28"); a NULL bound is open, and a NULL
 * date is within any span. The one test of dates for offices and for
 * spellings in use. */
static inline int dates_include(const char *since, const char *until,
                                const char *date) {
    return date == NULL || ((since == NULL || date_order(since, date) <= 0) &&
                            (until == NULL || date_order(until, date) >= 0));
}

/* 1 when the office is held on `date` (dates_include). */
int office_covers(const gz_office *office, const char *date);
/* 1 when `person` is a head of state or government on `date`. */
int heads_a_state(const ent_gazetteer_t *gazetteer, size_t person,
                  const char *date);
/* The office of a head of state or government that `person` holds on
 * `date` in a state, or NULL. */
const gz_office *head_office(const ent_gazetteer_t *gazetteer, size_t person,
                             const char *date);

/* 1 when token t is a mention of an entity of type `type`. */
static inline int mention_of_type(const ent_gazetteer_t *gazetteer,
                                  const token *t, ent_entity_type type) {
    return t->kind == TOKEN_MENTION &&
           gazetteer->entities[t->m.entity].type == type;
}

/* The first office `person` holds on `date` at `holder` (at any entity
 * for EXTRACT_EVENT), or NULL. */
const gz_office *office_on(const ent_gazetteer_t *gazetteer, size_t person,
                           size_t holder, const char *date);

/* 1 when token k ends the name of an organization the gazetteer lacks,
 * by its shape: an acronym in capitals ("SADC"), a known name of the
 * field ("Mercosur", "the Quad") or a head after a capitalized word
 * ("Pacific Islands Forum") (bodies.c). */
int body_name_at(const char *text, const token *tokens, size_t count, size_t k);
/* The token that qualifies the word at k as a name would: the one
 * before it, past a comma and "whose" ("SADC, whose members"); SIZE_MAX
 * for none (bodies.c). */
size_t qualifier_of(const char *text, const token *tokens, size_t k);
/* 1 when the last organization named in the bytes before text[end) is
 * one the gazetteer lacks (body_name_at); 0 for a known one or none
 * (bodies.c). */
int body_named_before(const ent_gazetteer_t *g, const char *text, size_t end);

/* Writes the --explain line of one finding (after the last sentence). */
void explain_finding(const ent_extract_options_t *options,
                     const finding_list *findings, const found_relation *r);

/* Writes the --explain lines of one sentence (its findings, kept and
 * rejected) through the options' callback; `number` counts from 1. */
void explain_sentence(const ent_extract_options_t *options,
                      const finding_list *findings, size_t number,
                      sentence where);

/* The custom relation types the patterns may emit: declared in the output
 * snapshot when used. */
typedef struct {
    const char *name;
    ent_entity_type source, target;
} custom_type;
extern const custom_type extract_custom_types[];
extern const size_t extract_custom_type_count;

/* The event id the draft uses: the option, else "summit-YYYY" with a
 * date, else "summit". */
void extract_event_id(const ent_extract_options_t *options, char *out,
                      size_t size);

/* Builds the draft snapshot of the kept relations (article order):
 * header, the article as source "article", the custom types used, the
 * entities that take part, and the relations with their evidence, span,
 * confidence, pattern and `extracted: true`. Drops relations whose
 * endpoint types the relation type does not allow. */
ent_status extract_build_snapshot(ent_snapshot_t **snapshot,
                                  const ent_gazetteer_t *gazetteer,
                                  const found_relation *items, size_t count,
                                  const char *text, const char *path,
                                  const ent_extract_options_t *options,
                                  ent_diag_list_t *diags);

#endif /* ENTENTE_EXTRACT_INTERNAL_H */
