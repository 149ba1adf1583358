/*
 * Private parts of the extractor: the gazetteer's tables and spelling
 * trie, the text layer (UTF-8, sentences, tokens), the pattern matcher and
 * the JSON locator shared by the gazetteer and gold readers.
 */
#ifndef ENTENTE_EXTRACT_INTERNAL_H
#define ENTENTE_EXTRACT_INTERNAL_H

#include <stdarg.h>
#include <stddef.h>

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

/* Trie over ASCII-lowercased bytes: first child / next sibling lists. */
typedef struct {
    int child, sibling;
    int spelling; /* first spelling ending here, or -1 */
    unsigned char byte;
} gz_node;

struct ent_gazetteer {
    gz_entity *entities;
    size_t entity_count;
    gz_spelling *spellings;
    size_t spelling_count, spelling_capacity;
    gz_node *nodes;
    size_t node_count, node_capacity;
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
 * which may be NULL). Returns 0, 1 when another entity already claims the
 * spelling (*claimed_by set, nothing added), or -1 when out of memory. */
int gazetteer_trie_insert(ent_gazetteer_t *gazetteer, const char *text,
                          size_t entity, spelling_kind kind, const char *since,
                          const char *until, size_t *claimed_by);

/* 1 when the spelling (a capital with dates, say) named its entity on
 * `date` under any of its entries (Astana: 1997-2019 and from 2022); any
 * date when NULL, and always for spellings without dates. */
int gazetteer_spelling_in_use(const ent_gazetteer_t *gazetteer, int spelling,
                              const char *date);

/*
 * Finds the longest spelling that starts at text[at] (a word start) and
 * ends at a word boundary, with the case rule of the README (an upper-case
 * letter of a spelling must be upper case in the text). Returns 1 and
 * fills *found, else 0. Time O(longest spelling).
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

/* Checks that the article is non-empty UTF-8 without NUL bytes; reports
 * the first fault at its line and column. */
ent_status text_check_article(const char *text, size_t length, const char *name,
                              ent_diag_list_t *diags);

/* Line and column (code points) of byte `offset`, both 1-based. */
void text_position(const char *text, size_t length, size_t offset, int *line,
                   int *column);

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
    size_t start, end;
    mention m; /* TOKEN_MENTION only */
} token;

/* Splits text[s.start, s.end) into tokens; *tokens grows as needed (owned
 * by the caller, freed with free()). Returns ENT_ENOMEM or ENT_OK. */
ent_status text_tokenize(const ent_gazetteer_t *gazetteer, const char *text,
                         sentence s, token **tokens, size_t *count,
                         size_t *capacity);

/* ---- patterns ---- */

/* One relation a pattern found, before deduplication. */
typedef struct {
    const char *type;
    size_t source, target; /* gazetteer indices, or EXTRACT_EVENT */
    const char *role;      /* static or NULL */
    const char *status;    /* static or NULL */
    char term[8];          /* "" or a year */
    double confidence;
    const char *pattern;
    sentence where;
} found_relation;

#define EXTRACT_EVENT ((size_t)-1)

typedef struct {
    const ent_gazetteer_t *gazetteer;
    const char *text;
    const char *date;    /* for offices, or NULL */
    size_t organization; /* focus organization, or EXTRACT_EVENT for none */
    found_relation *items;
    size_t count, capacity;
} finding_list;

/* Compiles the pattern table once; ENT_EINTERNAL for a malformed entry
 * (a bug), ENT_ENOMEM. Released with patterns_release. */
typedef struct compiled_patterns compiled_patterns;
ent_status patterns_compile(compiled_patterns **patterns);
void patterns_release(compiled_patterns *patterns);

/* Applies every pattern to the tokens of one sentence. */
ent_status patterns_apply(const compiled_patterns *patterns,
                          finding_list *findings, const token *tokens,
                          size_t count, sentence where);

/* The custom relation types the patterns may emit: declared in the output
 * snapshot when used. */
typedef struct {
    const char *name;
    ent_entity_type source, target;
} custom_type;
extern const custom_type extract_custom_types[];
extern const size_t extract_custom_type_count;

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

/* ---- JSON files (gazetteer, gold) ---- */

/* Parses JSON text; a syntax error is reported at its line and column. */
ent_status json_parse_located(const char *text, size_t length, const char *name,
                              struct cJSON **root, ent_diag_list_t *diags);

/* Reports an error at the JSON node `item` of `root` parsed from `text`
 * (its key, or its value when it is a string in an array). */
void json_report(const char *text, size_t length, const char *name,
                 const struct cJSON *root, const struct cJSON *item,
                 const char *path, ent_diag_list_t *diags, const char *format,
                 ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 8, 9)))
#endif
    ;
void json_reportv(const char *text, size_t length, const char *name,
                  const struct cJSON *root, const struct cJSON *item,
                  const char *path, ent_diag_list_t *diags, const char *format,
                  va_list args)
#if defined(__GNUC__)
    __attribute__((format(printf, 8, 0)))
#endif
    ;

#endif /* ENTENTE_EXTRACT_INTERNAL_H */
