/*
 * The text layer's fast paths against their plain meaning: the sentence
 * splitter's abbreviations, the tokenizer's spelling filter (which may
 * only spare the trie the words that start no spelling) and its words
 * over apostrophes, and the inline vocabulary lookup of word ids.
 */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract_internal.h"
#include "extract/patterns_internal.h"
#include "suites.h"

/* The number of sentences of `text`. */
static size_t sentence_count(const char *text) {
    size_t at = 0, count = 0;
    sentence s;
    while (text_next_sentence(text, strlen(text), &at, &s)) {
        count++;
    }
    return count;
}

static const char *const known_abbreviations[] = {
    "adm",  "amb", "apr",  "aug", "brig", "capt", "cmdr", "co",   "col",
    "corp", "dec", "dept", "dr",  "feb",  "gen",  "gov",  "hon",  "inc",
    "jan",  "jr",  "jul",  "jun", "lt",   "ltd",  "maj",  "mar",  "mr",
    "mrs",  "ms",  "mt",   "no",  "nov",  "oct",  "pres", "prof", "rep",
    "sen",  "sep", "sept", "sgt", "sr",   "st",   "vs"};

/* 1 when `word` (small letters), in each of three cases before a period
 * and a capital, keeps the sentence going exactly when it is a known
 * abbreviation. */
static int abbreviation_splits_right(const char *word) {
    size_t length = strlen(word);
    int abbreviation = 0;
    for (size_t k = 0;
         k < sizeof known_abbreviations / sizeof *known_abbreviations; k++) {
        abbreviation |= strcmp(word, known_abbreviations[k]) == 0;
    }
    for (int cased = 0; cased < 3; cased++) {
        char shown[8], text[64];
        for (size_t k = 0; k <= length; k++) {
            shown[k] = cased == 2 || (cased == 1 && k == 0)
                           ? (char)(word[k] >= 'a' ? word[k] - 32 : word[k])
                           : word[k];
        }
        snprintf(text, sizeof text, "We met %s. Then we left.", shown);
        if ((sentence_count(text) == 1) != abbreviation) {
            return 0;
        }
    }
    return 1;
}

/* The sentence splitter keeps its abbreviations as numbers, binary
 * searched: every word of two or three letters, of four that starts as a
 * four-letter abbreviation, and each four-letter one with a letter more,
 * goes on exactly when it is one. */
static void sentences_should_go_on_after_exactly_the_abbreviations(void) {
    size_t checked = 0, wrong = 0;
    char word[8];
    for (size_t code = 0; code < 26 * 26 + 26 * 26 * 26; code++) {
        size_t rest = code < 26 * 26 ? code : code - 26 * 26;
        size_t length = code < 26 * 26 ? 2 : 3;
        for (size_t k = length; k-- > 0; rest /= 26) {
            word[k] = (char)('a' + rest % 26);
        }
        word[length] = '\0';
        wrong += !abbreviation_splits_right(word);
        checked++;
    }
    for (size_t k = 0;
         k < sizeof known_abbreviations / sizeof *known_abbreviations; k++) {
        if (strlen(known_abbreviations[k]) != 4) {
            continue;
        }
        for (size_t code = 0; code < 26 * 26 + 26; code++) {
            memcpy(word, known_abbreviations[k], 4);
            if (code < 26 * 26) { /* its first two letters, two more */
                word[2] = (char)('a' + code / 26);
                word[3] = (char)('a' + code % 26);
                word[4] = '\0';
            } else {
                word[4] = (char)('a' + code - 26 * 26);
                word[5] = '\0';
            }
            wrong += !abbreviation_splits_right(word);
            checked++;
        }
    }
    CU_ASSERT_EQUAL(wrong, 0);
    CU_ASSERT_EQUAL(checked, 26 * 26 + 26 * 26 * 26 + 8 * (26 * 26 + 26));
    CU_ASSERT_EQUAL(
        sentence_count("A cols. Then a corps. Then e.g. Then Gen. Smith left."),
        3);
}

/* The tokens of `text` with the filter and without it, compared: the
 * same kinds, bounds, word hashes and mentions; 0 when they differ. */
static int filter_keeps_tokens(const ent_gazetteer_t *g,
                               const spelling_filter *filter,
                               const char *text) {
    token *plain = NULL, *filtered = NULL;
    size_t plain_count = 0, filtered_count = 0, plain_room = 0,
           filtered_room = 0;
    sentence s = {0, strlen(text)};
    int same =
        text_tokenize(g, text, s, &plain, &plain_count, &plain_room) ==
            ENT_OK &&
        text_tokenize_filtered(g, filter, text, s, &filtered, &filtered_count,
                               &filtered_room) == ENT_OK &&
        plain_count == filtered_count;
    for (size_t i = 0; same && i < plain_count; i++) {
        const token *a = &plain[i], *b = &filtered[i];
        same = a->kind == b->kind && a->start == b->start && a->end == b->end &&
               a->hash == b->hash &&
               (a->kind != TOKEN_MENTION ||
                (a->m.entity == b->m.entity && a->m.end == b->m.end &&
                 a->m.spelling == b->m.spelling &&
                 a->m.possessive == b->m.possessive));
    }
    free(plain);
    free(filtered);
    return same;
}

/* Every spelling of the project's gazetteer, in the contexts where the
 * filter reads bytes differently (at the sentence's very end, where its
 * 16-byte load is a zeroed copy; after a one-letter word; capitalized,
 * shouted and small; possessive with a straight and a curly apostrophe;
 * run into a longer word), is tokenized with the filter as without it. */
static void tokenizer_filter_should_spare_only_words_that_start_nothing(void) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_gazetteer_t *g = NULL;
    char path[4096];
    snprintf(path, sizeof path, "%s/gazetteer.json", ENT_GRAPHS_DIR);
    CU_ASSERT_EQUAL_FATAL(ent_gazetteer_load_file(&g, path, &diags), ENT_OK);
    spelling_filter *filter = malloc(sizeof *filter);
    CU_ASSERT_PTR_NOT_NULL_FATAL(filter);
    text_filter_build(g, filter);
    static const char *const contexts[][2] = {
        {"", ""},         {"We met ", ". Then"},       {"a ", ""},
        {"", "'s talks"}, {"", "\xE2\x80\x99s talks"}, {"x ", ", I said"},
        {"", "x and"},    {"\xC3\xA9 ", ""},           {"x\xE2\x80\x94", ""},
    };
    size_t checked = 0, differ = 0, mentions = 0;
    for (size_t k = 0; k < g->spelling_count; k++) {
        const char *spelling = g->spellings[k].text;
        size_t n = strlen(spelling);
        if (n > 200) {
            continue;
        }
        char cased[3][256];
        for (size_t j = 0; j <= n; j++) {
            char c = spelling[j];
            cased[0][j] = c;
            cased[1][j] = c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
            cased[2][j] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }
        for (size_t v = 0; v < 3; v++) {
            for (size_t c = 0; c < sizeof contexts / sizeof *contexts; c++) {
                char text[800];
                snprintf(text, sizeof text, "%s%s%s", contexts[c][0], cased[v],
                         contexts[c][1]);
                differ += !filter_keeps_tokens(g, filter, text);
                checked++;
            }
        }
        char initial[300]; /* a one-letter word, then the spelling */
        snprintf(initial, sizeof initial, "%c %s", spelling[0], spelling);
        differ += !filter_keeps_tokens(g, filter, initial);
        checked++;
        token *t = NULL;
        size_t count = 0, room = 0;
        sentence s = {0, n};
        if (text_tokenize_filtered(g, filter, spelling, s, &t, &count, &room) ==
                ENT_OK &&
            count > 0 && t[0].kind == TOKEN_MENTION) {
            mentions++;
        }
        free(t);
    }
    CU_ASSERT_EQUAL(differ, 0);
    CU_ASSERT(checked > 28 * g->spelling_count / 2);
    /* nearly every spelling alone is a mention through the filter: the
     * test compares real matches, not two empty results */
    CU_ASSERT(mentions > 9 * g->spelling_count / 10);
    free(filter);
    ent_gazetteer_free(g);
    ent_diag_list_destroy(&diags);
}

/* The tokens of `text` (no gazetteer match: a gazetteer of nobody is not
 * needed, the filter rules every word out) as "kind:bytes" joined by
 * spaces, kind w (word), n (number), p (mark) or d (dash). */
static void token_list(const char *text, char *out, size_t size) {
    static const spelling_filter none; /* no spelling opens anywhere */
    token *tokens = NULL;
    size_t count = 0, capacity = 0, used = 0;
    sentence s = {0, strlen(text)};
    out[0] = '\0';
    CU_ASSERT_EQUAL_FATAL(text_tokenize_filtered(NULL, &none, text, s, &tokens,
                                                 &count, &capacity),
                          ENT_OK);
    for (size_t i = 0; i < count && used < size; i++) {
        const token *t = &tokens[i];
        used += (size_t)snprintf(out + used, size - used, "%s%c:%.*s",
                                 i ? " " : "", "wnpdm"[t->kind],
                                 (int)(t->end - t->start), text + t->start);
    }
    free(tokens);
}

/* A word goes on over an apostrophe, straight or curly, only when a word
 * byte follows it; a dash or a closing quote after a word (which open
 * with the same byte 0xE2) ends it, at the sentence's end as inside. */
static void words_should_go_on_over_apostrophes_only(void) {
    char out[512];
    token_list("rock'n'roll it' s 12's 12 x\xE2\x80\x94y "
               "d\xE2\x80\x99Ivoire z\xE2\x80\x9D q\xE2\x80\x99",
               out, sizeof out);
    CU_ASSERT_STRING_EQUAL(out, "w:rock'n'roll w:it p:' w:s w:12's n:12 w:x "
                                "d:\xE2\x80\x94 w:y w:d\xE2\x80\x99Ivoire "
                                "w:z w:q p:\xE2\x80\x99");
    token_list("year'", out, sizeof out);
    CU_ASSERT_STRING_EQUAL(out, "w:year p:'");
}

/* The id of `text` (n bytes) by the inline lookup, checked against the
 * full probe with and without 8 readable bytes; WORD_UNKNOWN + 1 when
 * they disagree. `hash` is the token's (curly apostrophes as ASCII). */
static uint32_t checked_word_id(const compiled_patterns *p, const char *text,
                                size_t n, uint32_t hash) {
    char padded[300];
    memset(padded, ' ', sizeof padded);
    memcpy(padded, text, n);
    uint16_t fast = patterns_word_id_read(p, hash, padded, n, 1);
    uint16_t read = patterns_word_id_probe(p, hash, padded, n, 1);
    uint16_t plain = patterns_word_id_probe(p, hash, padded, n, 0);
    return fast == read && read == plain ? fast : (uint32_t)WORD_UNKNOWN + 1;
}

/* Every word of the vocabulary, as it is, capitalized, shouted, one byte
 * short, one byte long, with its first letter changed, and with its
 * apostrophes curly, gets the same id from the inline lookup (one
 * comparison for a word of up to 8 bytes) as from the full probe; the
 * word itself and its cased forms find it, and another word given its
 * hash (a collision) does not. */
static void vocabulary_lookup_should_agree_with_the_full_probe(void) {
    compiled_patterns *p = NULL;
    const char *bad = NULL;
    CU_ASSERT_EQUAL_FATAL(patterns_compile(&p, &bad), ENT_OK);
    size_t wrong = 0, found = 0, curly = 0;
    for (size_t id = 0; id < p->word_count; id++) {
        const char *word = p->words[id];
        size_t n = p->word_lengths[id];
        if (n == 0 || n > 200) {
            continue;
        }
        char forms[6][256];
        size_t lengths[6] = {n, n, n, n - 1, n + 1, n};
        for (size_t f = 0; f < 6; f++) {
            memcpy(forms[f], word, n);
        }
        forms[1][0] = word[0] >= 'a' && word[0] <= 'z' ? word[0] - 32 : word[0];
        for (size_t k = 0; k < n; k++) {
            char c = word[k];
            forms[2][k] = c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
        }
        forms[4][n] = 'q';
        forms[5][0] = word[0] == 'z' ? 'y' : 'z';
        for (size_t f = 0; f < 6; f++) {
            if (lengths[f] == 0) {
                continue;
            }
            uint32_t hash = text_word_hash(forms[f], lengths[f]);
            uint32_t got = checked_word_id(p, forms[f], lengths[f], hash);
            wrong += got == (uint32_t)WORD_UNKNOWN + 1;
            wrong += f < 3 && got != id;
            found += f < 3 && got == id;
        }
        /* a collision: another word's bytes with this word's hash */
        uint32_t other =
            checked_word_id(p, forms[5], n, text_word_hash(word, n));
        wrong += other == id || other == (uint32_t)WORD_UNKNOWN + 1;
        char bent[256]; /* each apostrophe as U+2019 */
        size_t m = 0;
        for (size_t k = 0; k < n && m + 3 < sizeof bent; k++) {
            if (word[k] == '\'') {
                memcpy(bent + m, "\xE2\x80\x99", 3);
                m += 3;
            } else {
                bent[m++] = word[k];
            }
        }
        if (m != n) {
            curly++;
            uint32_t got = checked_word_id(p, bent, m, text_word_hash(word, n));
            wrong += got != id;
        }
    }
    CU_ASSERT_EQUAL(wrong, 0);
    CU_ASSERT_EQUAL(found, 3 * p->word_count);
    CU_ASSERT(curly > 0);
    patterns_release(p);
}

int register_text_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(sentences_should_go_on_after_exactly_the_abbreviations),
        TEST_CASE(tokenizer_filter_should_spare_only_words_that_start_nothing),
        TEST_CASE(words_should_go_on_over_apostrophes_only),
        TEST_CASE(vocabulary_lookup_should_agree_with_the_full_probe),
    };
    return add_suite("text", NULL, NULL, tests, sizeof tests / sizeof tests[0]);
}
