/*
 * Persons the gazetteer lacks: a name the text introduces by a title or an
 * apposition ("Vice President Kashim Shettima", "Kashim Shettima, Vice
 * President of Nigeria", "AU Commission Chairperson Moussa Faki Mahamat")
 * becomes a person of the article, with the office its title gives, so
 * that the rules read it like a person the gazetteer knows. Fresh text
 * always names people no list has; a capitalised sequence with no title
 * is no person (places, bodies).
 */
#ifndef ENTENTE_EXTRACT_NAMES_H
#define ENTENTE_EXTRACT_NAMES_H

#include <string.h>

#include "extract/extract_internal.h"

/* Persons an article may add: a summit's list of delegations stays well
 * below it; the rest of the names are then not read. */
#define NAMES_MAX 48
/* An article person's relations keep this share of their confidence:
 * below what the same words give a person the gazetteer knows. */
#define NAMES_CONFIDENCE_FACTOR 0.9
#define NAMES_TEXT_MAX 96
#define NAMES_BLOOM_WORDS 16

typedef struct {
    char id[NAMES_TEXT_MAX];
    char name[NAMES_TEXT_MAX];
    char role[40];
    size_t full_at, full_length;       /* the name as first written */
    size_t surname_at, surname_length; /* its last word (group) */
    uint32_t first_hash, surname_hash; /* text_word_hash of those words */
    size_t entity; /* the entity its writings name: its own, or the
                      gazetteer's office-holder a near spelling names */
} names_person;

typedef struct names_table_s {
    const ent_gazetteer_t *base;
    ent_gazetteer_t copy; /* base's, its entities extended */
    gz_entity *entities;  /* base's, then the article's persons */
    gz_office offices[NAMES_MAX];
    names_person persons[NAMES_MAX];
    size_t count; /* persons */
    size_t local; /* of them, the article's own (entities after base's) */
    const char *date;
    const ent_extract_options_t *options;
    /* Bloom filters of word hashes (names_bit): the words that open a
     * title, and the first words and surnames of the article's persons;
     * most words of a text are in neither and cost one test */
    uint64_t title_bits[NAMES_BLOOM_WORDS];
    uint64_t person_bits[NAMES_BLOOM_WORDS];
    /* and the capitalised words that are no name (names_is_name_word's
     * lists): a word not in it is a name word at once */
    uint64_t no_name_bits[NAMES_BLOOM_WORDS];
} names_table;

/* 1 when the filter has the hash's bit. */
static inline int names_bit_test(const uint64_t *bits, uint32_t h) {
    uint32_t b = (h >> 7) & (NAMES_BLOOM_WORDS * 64 - 1);
    return (int)(bits[b >> 6] >> (b & 63) & 1);
}
static inline void names_bit_set(uint64_t *bits, uint32_t h) {
    uint32_t b = (h >> 7) & (NAMES_BLOOM_WORDS * 64 - 1);
    bits[b >> 6] |= UINT64_C(1) << (b & 63);
}

/* The bytes a possessive adds at the end of text[at, end): 2 for 's,
 * 4 for ’s (E2 80 99 then s), else 0. The one test of a possessive of
 * the name reader. */
static inline size_t names_possessive_bytes(const char *text, size_t at,
                                            size_t end) {
    if (end - at > 2 && text[end - 1] == 's' && text[end - 2] == '\'') {
        return 2;
    }
    if (end - at > 4 && text[end - 1] == 's' &&
        (unsigned char)text[end - 2] == 0x99 &&
        (unsigned char)text[end - 4] == 0xE2) {
        return 4;
    }
    return 0;
}

/* A title read at a token: its role, whether it leads, and what it
 * needs to be held of. */
typedef struct {
    char role[40];
    int leads;    /* president, king, secretary general ... */
    int org;      /* an organization's title (secretary general) */
    size_t after; /* the token after the title */
} names_title;

void names_init(names_table *t, const ent_gazetteer_t *base,
                const ent_extract_options_t *options);
void names_release(names_table *t);

/* Reads the introductions of one sentence (adding their persons; f's
 * gazetteer becomes the table's copy at the first), then turns each
 * later writing of a person's name or surname into a mention. */
ent_status names_sentence(names_table *t, finding_list *f, const char *text,
                          token *tokens, size_t *count);

/* names.c's parts for names_read.c */
ent_status names_introduce(names_table *t, finding_list *f, const char *text,
                           const token *tokens, size_t from, size_t to,
                           const names_title *title, size_t holder);
size_t names_holder_at(const ent_gazetteer_t *g, const token *tokens,
                       size_t count, size_t i);
size_t names_holder_of(const ent_gazetteer_t *g, const char *text,
                       const token *tokens, size_t count, size_t *i);

/* Lowers the confidence of the findings about an article's person. */
void names_discount(const names_table *t, finding_list *f);

/* ---- names_words.c: titles and name words ---- */

/* Reads a title at token i ("Vice President", "Secretary-General",
 * "Minister of Foreign Affairs"); 1 and *out, else 0. */
int names_read_title(const char *text, const token *tokens, size_t count,
                     size_t i, names_title *out);
/* The end (token index) of a name starting at token i, 0 when none:
 * capitalised words, initials, particles and hyphens between them.
 * *words counts the words. */
size_t names_read_name(const names_table *table, const char *text,
                       const token *tokens, size_t count, size_t i,
                       size_t *words);
/* 1 for a capitalised word that may be part of a name. */
int names_is_name_word(const names_table *table, const char *text,
                       const token *t);
/* Skips honorifics (Mr, Dr., H. E., Sheikh) from token i. */
size_t names_skip_honorifics(const char *text, const token *tokens,
                             size_t count, size_t i);
/* Sets the bits of the words that open a title in `bits`. */
void names_title_bits(uint64_t *bits);
/* Sets the bits of the words names_is_name_word refuses in `bits`. */
void names_no_name_bits(uint64_t *bits);
/* 1 for Mr, Dr, Sheikh and the like. */
int names_is_honorific(const char *text, const token *t);
/* 1 when token t is the word w of n bytes (token_is_word);
 * names_word_is takes a string literal, whose length the compiler
 * knows. */
static inline int names_word_is_n(const char *text, const token *t,
                                  const char *w, size_t n) {
    return token_is_word(text, t, w, n, 0);
}
#define names_word_is(text, t, w) names_word_is_n(text, t, w, strlen(w))

/* ---- names_near.c: near spellings of an office-holder ---- */

/* The transliteration key of the word w[0, n) into out (size bytes, NUL
 * ended); its length. */
size_t names_key_of(const char *w, size_t n, char *out, size_t size);

/* 1 when the last word of the name text[at, end) is a near spelling of
 * the surname of `entity` (its name or a spelling): the same
 * transliteration key, or one or two edits away. Only asked with the
 * person a title and its state name (never for an unanchored name). */
int names_near_entity(const ent_gazetteer_t *g, const char *text, size_t at,
                      size_t end, size_t entity);

/* The name of tokens [from, to), under a title (`role`) of `holder`
 * whose office the gazetteer gives `other` on the date: a near spelling
 * of other's name ("Mihay Gimpu" for Ghimpu) is filed as a writing of
 * other; 1 when taken (names.c). */
int names_take_near(names_table *t, const char *text, const token *tokens,
                    size_t from, size_t to, const char *role, size_t holder,
                    size_t other);
/* "TITLE of [the] WORD" with token `at` after the title: a word the
 * gazetteer lacks whose transliteration key is a state's name or alias
 * ("President of Kyrghyzstan") becomes a mention of that state. A
 * state's variant is read only there: next to a title. */
void names_state_variant(const names_table *t, const char *text, token *tokens,
                         size_t count, size_t at);

/* ---- names_ids.c: the person-id rule ---- */

/* The id of the name text[at, at+length) by the corpus's rule (surname
 * in lower-case ASCII, particles kept, spaces as hyphens), into out; the
 * surname's bytes in *surname_at, *surname_length. */
void names_make_id(const char *text, size_t at, size_t length, char *out,
                   size_t size, size_t *surname_at, size_t *surname_length);

#endif /* ENTENTE_EXTRACT_NAMES_H */
