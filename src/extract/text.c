/*
 * The text layer of the extractor: checking the article, word boundaries
 * in UTF-8 and tokens (sentence splitting is text_sentences.c). Every scan here
 * moves forward through the text with bounded look-around, so the whole layer
 * is linear in the article's length.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/buffer.h"
#include "extract/extract_internal.h"
#include "extract/gazetteer_dated.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Decodes the code point at text[at] (assumed valid UTF-8); sets *size. */
static unsigned decode(const char *text, size_t length, size_t at,
                       size_t *size) {
    const unsigned char *s = (const unsigned char *)text + at;
    size_t left = length - at;
    if (s[0] < 0x80 || left < 2) {
        *size = 1;
        return s[0];
    }
    if (s[0] < 0xE0) {
        *size = 2;
        return ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu);
    }
    if (s[0] < 0xF0 || left < 4) {
        *size = left < 3 ? left : 3;
        return left < 3 ? 0xFFFD
                        : ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) |
                              (s[2] & 0x3Fu);
    }
    *size = 4;
    return ((s[0] & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) |
           ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
}

/* Non-ASCII code points that separate words rather than spell them. */
static int is_punct_code(unsigned c) {
    return c == 0xA0 || c == 0xAB || c == 0xBB || c == 0xB7 ||
           (c >= 0x2000 && c <= 0x206F) || c == 0x3000 || c == 0xFEFF;
}

/* Each ASCII byte that may continue a word (ASCII letters folded to
 * small); 0 for the ASCII bytes that never do. A byte from 0xC0 opens a
 * character that may yet be punctuation (is_punct_code), which
 * text_is_word_at decides. One load per byte instead of three range
 * tests. */
#define WORD_FOLD(c)                                                           \
    ((c) >= 0x80                                  ? (c)                        \
     : ((c) | 0x20) >= 'a' && ((c) | 0x20) <= 'z' ? ((c) | 0x20)               \
     : (c) >= '0' && (c) <= '9'                   ? (c)                        \
                                                  : 0)
#define WORD_FOLD4(c)                                                          \
    WORD_FOLD(c), WORD_FOLD((c) + 1), WORD_FOLD((c) + 2), WORD_FOLD((c) + 3)
#define WORD_FOLD16(c)                                                         \
    WORD_FOLD4(c), WORD_FOLD4((c) + 4), WORD_FOLD4((c) + 8),                   \
        WORD_FOLD4((c) + 12)
#define WORD_FOLD64(c)                                                         \
    WORD_FOLD16(c), WORD_FOLD16((c) + 16), WORD_FOLD16((c) + 32),              \
        WORD_FOLD16((c) + 48)
/* 0 for the bytes from 0xC0 too (WORD_FOLD gives them as they are). */
#define ZERO16 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
static const unsigned char word_fold[256] = {
    WORD_FOLD64(0), WORD_FOLD64(64), WORD_FOLD64(128), ZERO16, ZERO16,
    ZERO16,         ZERO16};

static inline int is_ascii_word(unsigned char c) {
    return c < 0x80 && word_fold[c] != 0;
}

int text_is_word_at(const char *text, size_t length, size_t at) {
    if (at >= length) {
        return 0;
    }
    unsigned char c = (unsigned char)text[at];
    if (c < 0x80) {
        return is_ascii_word(c);
    }
    if (c < 0xC0) {
        return 1; /* inside a character that was a letter */
    }
    size_t size;
    return !is_punct_code(decode(text, length, at, &size));
}

/* text_is_word_at with the ASCII case decided here, without a call. */
static inline int word_at(const char *text, size_t length, size_t at) {
    unsigned char c = at < length ? (unsigned char)text[at] : 0;
    return c < 0x80 ? is_ascii_word(c) : text_is_word_at(text, length, at);
}

/* 1 when the character that ends just before `at` continues a word. */
static int word_before(const char *text, size_t at) {
    if (at == 0) {
        return 0;
    }
    size_t start = at - 1;
    while (start > 0 && ((unsigned char)text[start] & 0xC0) == 0x80 &&
           at - start < 4) {
        start--;
    }
    return text_is_word_at(text, at, start);
}

static int is_dash(const char *text, size_t length, size_t at, size_t *size) {
    if (text[at] == '-') {
        *size = 1;
        return 1;
    }
    if ((unsigned char)text[at] == 0xE2 && at + 2 < length &&
        (unsigned char)text[at + 1] == 0x80 &&
        (unsigned char)text[at + 2] >= 0x90 &&
        (unsigned char)text[at + 2] <= 0x95) {
        *size = 3;
        return 1;
    }
    return 0;
}

/* Double quotes, straight, curly or angled. */
static int is_quote(const char *at, size_t size) {
    unsigned char c = (unsigned char)at[0];
    if (c != '"' && c != 0xE2 && c != 0xC2) {
        return 0;
    }
    static const char *const quotes[] = {"\"",           "\xE2\x80\x9C",
                                         "\xE2\x80\x9D", "\xE2\x80\x9E",
                                         "\xC2\xAB",     "\xC2\xBB"};
    for (size_t k = 0; k < sizeof quotes / sizeof *quotes; k++) {
        if (strlen(quotes[k]) == size && memcmp(at, quotes[k], size) == 0) {
            return 1;
        }
    }
    return 0;
}

static unsigned char fold_byte(unsigned char c) {
    return (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

/* The key of a word's first two bytes, folded, in the filter's capital
 * and small: the first in the low byte, as word_hash gives them. */
static size_t pair_of(unsigned char first, unsigned char second) {
    return (size_t)fold_byte(second) << 8 | fold_byte(first);
}

/* The top bit of each byte of x (little-endian, from text) that surely
 * continues a word: an ASCII letter or digit, or a byte inside a
 * character (0x80 to 0xBF). A zero byte, another ASCII byte or one that
 * opens a character (from 0xC0: text_is_word_at decides) has it clear. */
static inline uint64_t word_bytes_8(uint64_t x) {
    const uint64_t ones = UINT64_C(0x0101010101010101);
    const uint64_t high = ones << 7;
    uint64_t low7 = x & ~high, small = low7 | ones * 0x20;
    uint64_t letters =
        (small + ones * (0x80 - 'a')) & ~(small + ones * (0x80 - 'z' - 1));
    uint64_t digits =
        (low7 + ones * (0x80 - '0')) & ~(low7 + ones * (0x80 - '9' - 1));
    uint64_t inside = x & ~(x << 1); /* top bit set, the next one clear */
    return (((letters | digits) & ~x) | inside) & high;
}

/* The end of the word that starts at text[at]: 8 bytes at a time, and a
 * character from 0xC0 asked of text_is_word_at. */
static inline size_t word_end_at(const char *text, size_t length, size_t at) {
    const unsigned char *bytes = (const unsigned char *)text;
    size_t i = at;
    while (i < length) {
        size_t n = length - i < 8 ? length - i : 8;
        uint64_t stops = ~word_bytes_8(text_load_8(text + i, n, n == 8)) &
                         (UINT64_C(0x0101010101010101) << 7);
        if (stops == 0) {
            i += 8;
            continue;
        }
        i += (size_t)__builtin_ctzll(stops) / 8;
        if (i >= length || bytes[i] < 0xC0 ||
            !text_is_word_at(text, length, i)) {
            break;
        }
        i++;
    }
    return i < length ? i : length;
}

/* word_hash on any word: 8 bytes at a time. */
static uint32_t word_hash_8(const char *text, size_t length, size_t at,
                            size_t *end, int *digits, unsigned *two) {
    size_t word_end = word_end_at(text, length, at);
    *two = (unsigned)pair_of((unsigned char)text[at],
                             at + 1 < length ? (unsigned char)text[at + 1] : 0);
    uint64_t h = TEXT_HASH_SEED, above_digits = 0;
    for (size_t i = at; i < word_end; i += 8) {
        size_t n = word_end - i < 8 ? word_end - i : 8;
        uint64_t x = text_load_8(text + i, n, length - i >= 8);
        /* of the bytes of a word, only digits are below 0x40 */
        above_digits |= x & UINT64_C(0xC0C0C0C0C0C0C0C0);
        h = text_hash_chunk(h, text_fold_capitals_8(x));
    }
    *end = word_end;
    *digits = above_digits == 0;
    return text_hash_finish(h);
}

#if defined(__SSE2__) && defined(__BYTE_ORDER__) &&                            \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* The low `n` (0 to 8) bytes of x, zero above. */
static inline uint64_t low_bytes(uint64_t x, unsigned n) {
    return n >= 8 ? x : x & ((UINT64_C(1) << (8 * n)) - 1);
}

#if defined(__GNUC__)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE inline
#endif

/* The hash of the word at text[at] (text_word_hash of [at, *end)) and
 * its end in *end; two probes of the Bloom filter come from it. *digits:
 * 1 when the word is all digits; *two: pair_of its first byte and the
 * next (0 at the end of the text), for the filter. A word of ASCII letters and
 * digits shorter than 16 bytes (nearly all) is classified, folded and hashed
 * from one 16-byte load (of a zeroed copy near the end); the rest go 8
 * bytes at a time. */
static ALWAYS_INLINE uint32_t word_hash(const char *text, size_t length,
                                        size_t at, size_t *end, int *digits,
                                        unsigned *two) {
    __m128i x;
    if (length - at >= 16) {
        x = _mm_loadu_si128((const __m128i *)(const void *)(text + at));
    } else {
        char copy[16] = {0};
        memcpy(copy, text + at, length - at);
        x = _mm_loadu_si128((const __m128i *)(const void *)copy);
    }
    /* unsigned range tests as signed compares, biased by 0x80 */
    __m128i letters =
        _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)),
                                    _mm_set1_epi8((char)(0x80 - 'a'))),
                       _mm_set1_epi8((char)(0x80 + 26)));
    __m128i digit =
        _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8((char)(0x80 - '0'))),
                       _mm_set1_epi8((char)(0x80 + 10)));
    /* 0x80 to 0xBF: inside a character */
    __m128i inside = _mm_cmplt_epi8(x, _mm_set1_epi8((char)0xC0));
    unsigned not_digit =
        (unsigned)_mm_movemask_epi8(_mm_or_si128(letters, inside));
    unsigned word = not_digit | (unsigned)_mm_movemask_epi8(digit);
    /* the first byte that is no word byte; a character from 0xC0 there
     * may go on with the word, and no word (n == 0) hashes no chunk */
    unsigned first_stop = ~word & (word + 1);
    unsigned openers = (unsigned)_mm_movemask_epi8(x) & ~not_digit;
    if ((first_stop & (openers | 1u | 0x10000u)) != 0) {
        return word_hash_8(text, length, at, end, digits, two);
    }
    unsigned n = (unsigned)__builtin_ctz(first_stop);
    __m128i folded =
        _mm_or_si128(x, _mm_and_si128(letters, _mm_set1_epi8(0x20)));
    uint64_t low = (uint64_t)_mm_cvtsi128_si64(folded);
    *two = (unsigned)(low & 0xFFFF); /* letters folded, as fold_byte does */
    uint64_t h = text_hash_chunk(TEXT_HASH_SEED, low_bytes(low, n));
    if (n > 8) {
        h = text_hash_chunk(
            h, low_bytes((uint64_t)_mm_cvtsi128_si64(_mm_srli_si128(folded, 8)),
                         n - 8));
    }
    *end = at + n;
    *digits = (not_digit & (first_stop - 1)) == 0;
    return text_hash_finish(h);
}
#else
#define word_hash word_hash_8
#endif

static inline int bloom_has(const unsigned char *bits, uint32_t h) {
    uint32_t a = h & (FIRST_WORD_BITS - 1);
    uint32_t b = (h >> 14 ^ h * 31u) & (FIRST_WORD_BITS - 1);
    return (bits[a >> 3] & (1u << (a & 7))) && (bits[b >> 3] & (1u << (b & 7)));
}

static void bloom_add(unsigned char *bits, uint32_t h) {
    uint32_t a = h & (FIRST_WORD_BITS - 1);
    uint32_t b = (h >> 14 ^ h * 31u) & (FIRST_WORD_BITS - 1);
    bits[a >> 3] |= (unsigned char)(1u << (a & 7));
    bits[b >> 3] |= (unsigned char)(1u << (b & 7));
}

/* The key of a first and a second word in spelling_filter.word_pairs. */
static uint32_t pair_hash(uint32_t first, uint32_t second) {
    return (first ^ second * 0x9E3779B1u) * 16777619u;
}

/* 1 when text[at] is a space and a word follows it (before end). */
static int space_then_word(const char *text, size_t end, size_t at) {
    return at + 1 < end && text[at] == ' ' && word_at(text, end, at + 1);
}

/* Files the first word of a spelling (its hash `first`, ending at
 * `first_end`) in the filter's open words or, with its second word, in
 * its pairs. */
static void filter_add_words(spelling_filter *filter, const char *text,
                             size_t length, uint32_t first, size_t first_end) {
    if (!space_then_word(text, length, first_end)) {
        bloom_add(filter->open_words, first);
        return;
    }
    size_t second_end;
    int digits;
    unsigned two;
    uint32_t second =
        word_hash(text, length, first_end + 1, &second_end, &digits, &two);
    bloom_add(filter->word_pairs, pair_hash(first, second));
}

void text_filter_build(const ent_gazetteer_t *g, spelling_filter *filter) {
    memset(filter, 0, sizeof *filter);
    for (size_t k = 0; k < g->spelling_count; k++) {
        const char *text = g->spellings[k].text;
        size_t end, length = g->spellings[k].length;
        int digits;
        unsigned two;
        uint32_t first = word_hash(text, length, 0, &end, &digits, &two);
        bloom_add(filter->first_words, first);
        filter_add_words(filter, text, length, first, end);
        const unsigned char *t = (const unsigned char *)text;
        size_t pair = pair_of(t[0], t[0] ? t[1] : 0);
        unsigned char bit = (unsigned char)(1u << (pair & 7));
        filter->capital[pair >> 3] |= bit;
        if (!(t[0] >= 'A' && t[0] <= 'Z')) {
            filter->small[pair >> 3] |= bit;
        }
    }
}

/* A word hashed ahead (the second of a pair), for the tokenizer to reuse
 * when it gets there. */
typedef struct {
    size_t at, end;
    uint32_t hash;
    int digits;
    unsigned two;
} hashed_word;

/* word_hash at `at`, or the word hashed ahead there. */
static uint32_t word_hash_at(const char *text, size_t length, size_t at,
                             size_t *end, int *digits, unsigned *two,
                             const hashed_word *ahead) {
    if (ahead->at == at) {
        *end = ahead->end;
        *digits = ahead->digits;
        *two = ahead->two;
        return ahead->hash;
    }
    return word_hash(text, length, at, end, digits, two);
}

/* 1 when a spelling may start at text[at], a word start whose word
 * (up to an apostrophe) has `hash`, ends at word_end and opens with the
 * pair `two`; the second word, when hashed, is kept in *ahead. A word's
 * hash stops before an accented Latin letter, which gazetteer_match may
 * take off (text_has_latin_accent): the byte after it is tested too. */
static int may_start_spelling(const spelling_filter *filter, const char *text,
                              size_t end, size_t at, size_t word_end,
                              uint32_t hash, unsigned two, hashed_word *ahead) {
    if (filter == NULL) {
        return 1;
    }
    unsigned char c = (unsigned char)text[at];
    const unsigned char *set =
        c >= 'A' && c <= 'Z' ? filter->capital : filter->small;
    /* a one-letter spelling ends where the word may go on: check both */
    unsigned one = two & 0xFF;
    if (!(set[two >> 3] & (1u << (two & 7))) &&
        !(set[one >> 3] & (1u << (one & 7)))) {
        return 0;
    }
    if (!bloom_has(filter->first_words, hash)) {
        /* the hashes are of the text's bytes: an accented word ("José")
         * may still be a spelling without its accents (gazetteer_match) */
        return text_has_latin_accent(text, at,
                                     word_end < end ? word_end + 1 : end);
    }
    if (bloom_has(filter->open_words, hash)) {
        return 1;
    }
    /* every spelling it opens goes on with a space and a second word: the
     * trie matches the text's bytes, so the text's words are those */
    if (!space_then_word(text, end, word_end)) {
        return 0;
    }
    ahead->at = word_end + 1;
    ahead->hash = word_hash(text, end, ahead->at, &ahead->end, &ahead->digits,
                            &ahead->two);
    return bloom_has(filter->word_pairs, pair_hash(hash, ahead->hash)) ||
           text_has_latin_accent(text, at,
                                 word_end < end ? word_end + 1 : end) ||
           text_has_latin_accent(text, ahead->at,
                                 ahead->end < end ? ahead->end + 1 : end);
}

/* The bytes of an apostrophe at text[j] with more text after it: the
 * ASCII one or the curly U+2019 ("bloc’s"), which a word reads alike. */
static inline size_t apostrophe_at(const char *text, size_t end, size_t j) {
    if (j + 1 < end && text[j] == '\'') {
        return 1;
    }
    if (j + 3 < end && (unsigned char)text[j] == 0xE2 &&
        (unsigned char)text[j + 1] == 0x80 &&
        (unsigned char)text[j + 2] == 0x99) {
        return 3;
    }
    return 0;
}

/* text_word_hash of the word at `w` (`n` bytes) with each curly
 * apostrophe read as the ASCII one, so that "bloc’s" hashes as "bloc's"
 * and meets the rule words and spellings written with the ASCII one. A
 * word too long for the copy (no rule word or spelling is) keeps the hash
 * of its own bytes. */
static uint32_t hash_as_ascii_apostrophes(const char *w, size_t n) {
    char copy[128];
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (k == sizeof copy) {
            return text_word_hash(w, n);
        }
        if (apostrophe_at(w, n, i) == 3) {
            i += 2;
            copy[k++] = '\'';
        } else {
            copy[k++] = w[i];
        }
    }
    return text_word_hash(copy, k);
}

/* The end of a word that goes on over apostrophes at word_end ("year's",
 * "year’s"); *hash becomes text_word_hash of the whole token, a curly
 * apostrophe read as the ASCII one, and *digits 0 when one is crossed. */
static size_t over_apostrophes(const char *text, size_t end, size_t start,
                               size_t word_end, uint32_t *hash, int *digits) {
    size_t j = word_end;
    size_t mark;
    int curly = 0;
    while ((mark = apostrophe_at(text, end, j)) != 0 &&
           word_at(text, end, j + mark)) {
        curly |= mark == 3;
        j += mark;
        while (j < end && word_at(text, end, j)) {
            j++;
        }
        *digits = 0; /* an apostrophe is no digit */
    }
    if (curly) {
        *hash = hash_as_ascii_apostrophes(text + start, j - start);
    } else if (j != word_end) {
        *hash = text_word_hash(text + start, j - start);
    }
    return j;
}

/* A word token whose letters up to `word_end` hash to `hash` (and are all
 * `digits`, or not): it goes on over apostrophes inside it; a number when
 * it is all digits. Most words end at a byte that opens no apostrophe. */
static inline void word_token(const char *text, size_t end, size_t word_end,
                              uint32_t hash, int digits, token *t) {
    size_t j = word_end;
    unsigned char c = j < end ? (unsigned char)text[j] : 0;
    if (c == '\'' || c == 0xE2) {
        j = over_apostrophes(text, end, t->start, word_end, &hash, &digits);
    }
    t->kind = digits ? TOKEN_NUMBER : TOKEN_WORD;
    t->end = j;
    t->hash = hash;
}

ent_status text_tokenize(const ent_gazetteer_t *gazetteer, const char *text,
                         sentence s, token **tokens, size_t *count,
                         size_t *capacity) {
    return text_tokenize_filtered(gazetteer, NULL, text, s, tokens, count,
                                  capacity);
}

/* 1 when the capital just matched at [.., at) is a given name: one
 * space, then a capitalized word of small letters ("Baghdad Amreyev"). */
static int capital_as_given_name(const mention *m, const char *text,
                                 size_t length, size_t at) {
    if (m->kind != SPELLING_CAPITAL || m->possessive || at + 2 >= length ||
        text[at] != ' ' || text[at + 1] < 'A' || text[at + 1] > 'Z') {
        return 0;
    }
    size_t k = at + 2;
    while (k < length && text[k] >= 'a' && text[k] <= 'z') {
        k++;
    }
    return k > at + 3 && (k == length || !text_is_word_at(text, length, k));
}

ent_status text_tokenize_filtered(const ent_gazetteer_t *gazetteer,
                                  const spelling_filter *filter,
                                  const char *text, sentence s, token **tokens,
                                  size_t *count, size_t *capacity) {
    return text_tokenize_dated(gazetteer, filter, NULL, text, s, tokens, count,
                               capacity);
}

/* 1 when text[at] is a space and a particle of a longer Arabic name
 * ("bin", "ibn", "bint", "ibni") and another word follow. */
static int particle_follows(const char *text, size_t end, size_t at) {
    static const char *const particles[] = {"bin ", "ibn ", "bint ", "ibni "};
    if (at >= end || text[at] != ' ') {
        return 0;
    }
    for (size_t k = 0; k < sizeof particles / sizeof *particles; k++) {
        size_t n = strlen(particles[k]);
        if (at + 1 + n < end && memcmp(text + at + 1, particles[k], n) == 0) {
            return 1;
        }
    }
    return 0;
}

/* What a dated form found at *title ("King Abdullah", "Sheikh Hamad"),
 * whose first word ends at word_end, becomes: the person's own spelling
 * at the name when it reaches as far ("King Abdullah II": "Abdullah
 * II"), in *name after the title, a word; else, for a title the patterns
 * read, the form's mention in *name after the title (they read "King" as
 * a role, as the alias tables leave it out of aliases). A form that a
 * longer name goes on from ("Sheikh Hamad bin Jasim") is some other
 * person's: dropped. Returns 1 when *name holds the name, -1 when the
 * form is dropped, 0 when it stays one mention. */
static int split_title(const ent_gazetteer_t *g, const char *text, size_t end,
                       const char *date, size_t word_end, token *title,
                       token *name) {
    if (title->m.kind != SPELLING_ALIAS ||
        !gazetteer_dated_form(&g->spellings[title->m.spelling])) {
        return 0;
    }
    size_t at = word_end + 1;
    mention own;
    if (gazetteer_match_on(g, text, end, at, date, &own) &&
        own.end >= title->m.end) {
        name->m = own;
    } else if (particle_follows(text, end, title->m.end)) {
        return -1;
    } else if (gazetteer_title_length(g, title->m.spelling) > 0) {
        name->m = title->m;
        name->m.start = at;
    } else {
        return 0;
    }
    name->start = at;
    name->hash = 0;
    name->kind = TOKEN_MENTION;
    name->end = name->m.end;
    return 1;
}

/* The state the token before the n-th names (its name, an alias, a
 * demonym, possessive or not: "Jordanian", "Saudi Arabia's"), which
 * tells apart two persons' dated forms; SIZE_MAX for none. */
static size_t state_before(const ent_gazetteer_t *g, const token *out,
                           size_t n) {
    if (n == 0 || out[n - 1].kind != TOKEN_MENTION) {
        return SIZE_MAX;
    }
    const mention *m = &out[n - 1].m;
    return g->entities[m->entity].type == ENT_ENTITY_STATE &&
                   m->kind != SPELLING_CAPITAL && m->kind != SPELLING_METONYM
               ? m->entity
               : SIZE_MAX;
}

ent_status text_tokenize_dated(const ent_gazetteer_t *gazetteer,
                               const spelling_filter *filter, const char *date,
                               const char *text, sentence s, token **tokens,
                               size_t *count, size_t *capacity) {
    *count = 0;
    /* A token takes one byte at least: room for all of them at once,
     * rather than a check per token. */
    if (!grow_array((void **)tokens, capacity, s.end - s.start + 1,
                    sizeof **tokens)) {
        return ENT_ENOMEM;
    }
    /* the array and the count in locals: a store to a token could alias
     * *tokens and *count, which would be read again at every token */
    token *out = *tokens;
    size_t n = 0, i = s.start, size;
    hashed_word ahead = {SIZE_MAX, 0, 0, 0, 0};
    while (i < s.end) {
        unsigned char c = (unsigned char)text[i];
        if (text_is_space(c)) {
            i++;
            continue;
        }
        token *t = &out[n];
        t->start = i;
        t->hash = 0;
        if (word_at(text, s.end, i)) {
            size_t word_end;
            int digits;
            unsigned two;
            uint32_t hash =
                word_hash_at(text, s.end, i, &word_end, &digits, &two, &ahead);
            /* a word starts after a word only where the sentence was
             * cut inside one (SENTENCE_MAX_BYTES) */
            if (may_start_spelling(filter, text, s.end, i, word_end, hash, two,
                                   &ahead) &&
                (i > s.start || !word_before(text, i)) &&
                gazetteer_match_near(gazetteer, text, s.end, i, date,
                                     state_before(gazetteer, out, n), &t->m) &&
                !capital_as_given_name(&t->m, text, s.end, t->m.end)) {
                t->kind = TOKEN_MENTION;
                t->end = t->m.end;
                int split = split_title(gazetteer, text, s.end, date, word_end,
                                        t, &out[n + 1]);
                if (split != 0) {
                    word_token(text, s.end, word_end, hash, digits, t);
                    t = split > 0 ? &out[++n] : t;
                }
            } else {
                word_token(text, s.end, word_end, hash, digits, t);
            }
        } else if (is_dash(text, s.end, i, &size)) {
            size_t j = i + size;
            while (j < s.end && is_dash(text, s.end, j, &size)) {
                j += size;
            }
            t->kind = TOKEN_DASH;
            t->end = j;
        } else {
            decode(text, s.end, i, &size);
            if (size == 2 && c == 0xC2 && (unsigned char)text[i + 1] == 0xA0) {
                i += size; /* a no-break space is space */
                continue;
            }
            t->kind = TOKEN_PUNCT;
            t->end = i + size;
            if (is_quote(text + i, size)) {
                i += size; /* quotes never change what a pattern reads */
                continue;
            }
        }
        n++;
        i = t->end;
    }
    *count = n;
    return ENT_OK;
}
