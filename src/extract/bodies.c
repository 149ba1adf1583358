/*
 * Names of organizations the gazetteer does not know, read by their
 * shape: a membership, a chair or an "it"/"the bloc" that a text gives
 * to such a body ("all members of WAEMU", "SADC member states A and B",
 * "the East African Community includes A") is not the article's
 * organization's (rules_vetoes.c, membership_model.c).
 */
#include "extract/extract_internal.h"

/* Words that name an organization of states alone, in any position
 * ("the Quad", "Mercosur countries"): the field's bodies the gazetteer
 * lacks whose names are no acronym in capitals (an acronym is read by
 * its shape). */
static const char *const proper[] = {"quad",         "mercosur", "commonwealth",
                                     "francophonie", "caricom",  "asean+3"};

/* The heads of a name of an organization: "Pacific Islands Forum",
 * "East African Community"; a head counts after another capitalized word
 * only ("the Union", "the Alliance" alone often stand for the article's
 * organization, membership_model.c's article_body). */
static const char *const heads[] = {
    "union",       "community",   "organization", "organisation", "council",
    "forum",       "league",      "alliance",     "group",        "association",
    "partnership", "cooperation", "pact",         "conference",   "bank",
    "initiative",  "dialogue"};

/* Capitalized words before a head that open a noun phrase, no name. */
static const char *const openers[] = {"the",   "a",    "an",   "its",
                                      "their", "this", "that", "our"};

static int word_in(const char *text, const token *t, const char *const *words,
                   size_t count) {
    size_t n = t->end - t->start;
    for (size_t k = 0; k < count; k++) {
        if (strlen(words[k]) == n && token_is_word(text, t, words[k], n, 0)) {
            return 1;
        }
    }
    return 0;
}

static int capitalized(const char *text, const token *t) {
    char c = text[t->start];
    return t->kind == TOKEN_WORD && c >= 'A' && c <= 'Z';
}

/* 1 when every letter of the word is a capital ("SUMMIT", "BAMAKO"). */
static int all_capitals(const char *text, const token *t) {
    for (size_t k = t->start; k < t->end; k++) {
        if (text[k] >= 'a' && text[k] <= 'z') {
            return 0;
        }
    }
    return capitalized(text, t);
}

/* News agencies in a dateline ("ABUJA (AFP) -"), no body of states. */
static const char *const agencies[] = {"afp",  "ap",  "upi", "ians", "apa",
                                       "pti",  "ani", "nan", "wam",  "spa",
                                       "kuna", "qna", "bna", "tass"};

/* 1 when the word is an acronym: two to eight capitals, digits after
 * the first allowed ("SADC", "WAEMU", "EAC", "G77"). */
static int acronym(const char *text, const token *t) {
    size_t n = t->end - t->start, capitals = 0;
    if (!capitalized(text, t) || n < 2 || n > 8) {
        return 0;
    }
    for (size_t k = t->start; k < t->end; k++) {
        char c = text[k];
        if (c >= 'A' && c <= 'Z') {
            capitals++;
        } else if (!(c >= '0' && c <= '9')) {
            return 0;
        }
    }
    return capitals >= 2 || n == 2; /* "G7" */
}

int body_name_at(const char *text, const token *tokens, size_t count,
                 size_t k) {
    const token *t = &tokens[k];
    if (!capitalized(text, t)) {
        return 0;
    }
    /* a run of words in capitals is a headline or a dateline, no name */
    int run = (k > 0 && all_capitals(text, &tokens[k - 1])) ||
              (k + 1 < count && all_capitals(text, &tokens[k + 1]));
    if ((acronym(text, t) && !run &&
         !word_in(text, t, agencies, sizeof agencies / sizeof *agencies)) ||
        word_in(text, t, proper, sizeof proper / sizeof *proper)) {
        return 1;
    }
    if (k == 0 || !word_in(text, t, heads, sizeof heads / sizeof *heads)) {
        return 0;
    }
    const token *before = &tokens[k - 1];
    if (before->kind == TOKEN_PUNCT && k >= 2 &&
        (text[before->start] == '\'' ||
         (unsigned char)text[before->start] == 0xE2)) {
        before = &tokens[k - 2]; /* "the Leaders' Dialogue" */
    }
    /* "Islands Forum", "African Community" (a demonym is a mention) */
    return (capitalized(text, before) &&
            !word_in(text, before, openers,
                     sizeof openers / sizeof *openers)) ||
           before->kind == TOKEN_MENTION;
}

size_t qualifier_of(const char *text, const token *tokens, size_t k) {
    size_t q = k;
    /* "SADC, whose members include": up to a comma and "whose" */
    while (q > 0 && k - q < 2 &&
           ((tokens[q - 1].kind == TOKEN_PUNCT &&
             text[tokens[q - 1].start] == ',') ||
            token_is_word(text, &tokens[q - 1], "whose", 5, 0))) {
        q--;
    }
    return q > 0 ? q - 1 : SIZE_MAX;
}

/* Bytes before a sentence read for the organization "it", "the bloc"
 * refers back to: about a sentence of wire copy. */
#define BACK_BYTES 400

static int word_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || (unsigned char)c >= 0x80;
}

/* Word starts before a word that a name covering it may open at
 * ("African Union" read back from "Union"). */
#define NAME_WORDS 4

/* The type of the gazetteer's name that covers word w, opening at it
 * or up to NAME_WORDS words before it, else -1. */
static int covered_by(const ent_gazetteer_t *g, const char *text, size_t end,
                      size_t stop, const token *w) {
    size_t at = w->start;
    for (int n = 0; n <= NAME_WORDS; n++) {
        mention m;
        if (gazetteer_match(g, text, end, at, &m) && m.end >= w->end) {
            return (int)g->entities[m.entity].type;
        }
        /* the start of the word before */
        while (at > stop && !word_byte(text[at - 1])) {
            at--;
        }
        while (at > stop && word_byte(text[at - 1])) {
            at--;
        }
        if (at == stop) {
            break;
        }
    }
    return -1;
}

int body_named_before(const ent_gazetteer_t *g, const char *text, size_t end) {
    size_t stop = end > BACK_BYTES ? end - BACK_BYTES : 0;
    /* words[0] the word read, [1] the one before it, [2] the one after */
    token words[3] = {{TOKEN_WORD, 0, 0, 0, {0}}};
    size_t at = end;
    while (at > stop) {
        while (at > stop && !word_byte(text[at - 1])) {
            at--;
        }
        size_t last = at;
        while (at > stop && word_byte(text[at - 1])) {
            at--;
        }
        if (at == last) {
            break;
        }
        words[2] = words[0];
        words[0].start = at;
        words[0].end = last;
        if (!capitalized(text, &words[0])) {
            continue;
        }
        int known = covered_by(g, text, end, stop, &words[0]);
        if (known == ENT_ENTITY_ORGANIZATION) {
            return 0; /* a known one: perhaps the article's */
        }
        if (known >= 0) {
            continue;
        }
        /* the word before, for a head ("Islands Forum") */
        size_t b = at;
        while (b > stop && !word_byte(text[b - 1])) {
            b--;
        }
        words[1].start = words[1].end = b;
        while (words[1].start > stop && word_byte(text[words[1].start - 1])) {
            words[1].start--;
        }
        token view[3] = {words[1], words[0], words[2]};
        if (body_name_at(text, view, words[2].end > 0 ? 3 : 2, 1)) {
            return 1;
        }
    }
    return 0;
}
