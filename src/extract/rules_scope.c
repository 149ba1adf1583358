/*
 * How far a general rule reads (rules_cues.c): a clause gap "~" stops at
 * a clause break or at another name, so that a cue ("attended") governs
 * only the list of names next to it; the words that deny what a rule
 * would draw ("withdrew", "applied", "partner countries"; "invited A to
 * attend"); and the words a list item may hold ("the leaders of observer
 * states Hungary"). Each set of words is a word class of the compiled
 * patterns (patterns_compile.c), so that testing a token is one bit.
 */
#include <string.h>

#include "common/buffer.h"

#include "extract/patterns_internal.h"

const char *scope_class_words(word_class c) {
    switch (c) {
    case CLASS_CLAUSE_BREAK:
        /* words that open another clause ("while", "that will"), move
         * the talk away from the summit itself ("on the sidelines",
         * "ahead of", "every summit since"), or turn presence into
         * absence ("refused to take part", "instead of") */
        return "while|but|whereas|although|though|however|meanwhile|"
               "sidelines|bilateral|that|ahead|refused|declined|failed|"
               "unable|skipped|skip|boycotted|instead|absent|absence|"
               "without|except|apart|every|each|since|against|cancelled|"
               "canceled|postponed|rather";
    case CLASS_NOT_MEMBER:
        /* a withdrawal, a former membership, an application or
         * candidacy, a partnership or dialogue short of membership,
         * considering or hoping to join; a suspended or frozen
         * membership is still one
         * (tests/extract/README.md) */
        return "withdrew|withdrawn|withdrawal|withdraw|withdrawing|left|"
               "quit|exited|exit|former|formerly|ex|applied|applicant|"
               "applicants|application|applications|candidate|candidates|"
               "aspiring|aspirant|prospective|seeking|seeks|sought|bid|"
               "wants|partner|partners|partnership|dialogue|expelled|"
               "expulsion|wishes|non|considering|consider|considers|hopes|"
               "hoping|intends|aspires|mulling";
    case CLASS_OBJECT_VERB:
        /* verbs whose object is the names after them, not who attends:
         * "invited A to attend", "urged B to take part" */
        return "invited|invite|invites|invitation|urged|urge|urges|asked|"
               "ask|asks|called|calls|pressed|pressured|persuade|persuaded|"
               "convince|convinced|wants|wanted|want|allowed|allow|barred|"
               "banned|expects|expect|hopes|hoped|encouraged|encourage";
    case CLASS_GROUP:
        /* who stands for states, inside a list item */
        return "leaders|leader|presidents|heads|head|observer|observers|"
               "member|members|states|state|government|countries|nations|"
               "delegations|representatives|partner|partners|counterpart|"
               "counterparts";
    case CLASS_REGION:
        /* before a state's name, a region or an entity the gazetteer
         * lacks ("North Cyprus"), not the state */
        return "north|northern|south|southern|east|eastern|west|western|"
               "central";
    default:
        return NULL;
    }
}

/* The classes class_between counts, and their bits in word_classes. */
static const word_class counted_classes[] = {CLASS_NEGATION, CLASS_OTHER_EVENT,
                                             CLASS_HEDGE, CLASS_PLAN,
                                             CLASS_NOT_MEMBER};
#define COUNTED_CLASSES (sizeof counted_classes / sizeof *counted_classes)
#define COUNTED_MASK                                                           \
    (1u << CLASS_NEGATION | 1u << CLASS_OTHER_EVENT | 1u << CLASS_HEDGE |      \
     1u << CLASS_PLAN | 1u << CLASS_NOT_MEMBER)

/* Counts, for each token k and counted class j, the words of class j in
 * tokens [0, k): counts[k * COUNTED_CLASSES + j]. */
static void count_classes(const sentence_tokens *s, uint32_t *counts) {
    uint32_t running[COUNTED_CLASSES] = {0};
    for (size_t k = 0;; k++) {
        memcpy(counts + k * COUNTED_CLASSES, running, sizeof running);
        if (k == s->count) {
            return;
        }
        uint16_t bits =
            s->ids[k] != WORD_UNKNOWN ? s->p->word_classes[s->ids[k]] : 0;
        if (bits & COUNTED_MASK) { /* few words are */
            for (size_t j = 0; j < COUNTED_CLASSES; j++) {
                running[j] += (bits >> counted_classes[j]) & 1u;
            }
        }
    }
}

int class_between(const sentence_tokens *s, word_class c, size_t from,
                  size_t to) {
    finding_list *f = s->findings;
    if (f->class_counts_stamp != s->stamp) {
        count_classes(s, f->class_counts);
        f->class_counts_stamp = s->stamp;
    }
    size_t j = 0;
    while (counted_classes[j] != c) {
        j++; /* c is one of them (the callers') */
    }
    to = to < s->count ? to : s->count;
    return from < to && f->class_counts[to * COUNTED_CLASSES + j] >
                            f->class_counts[from * COUNTED_CLASSES + j];
}

int class_counts_reserve(finding_list *f, size_t count) {
    return grow_array((void **)&f->class_counts, &f->class_counts_capacity,
                      (count + 1) * COUNTED_CLASSES, sizeof *f->class_counts);
}

/* 1 when text[0..n) is one of `words` (ASCII, case folded). */
static int word_in(const char *const *words, size_t count, const char *text,
                   size_t n) {
    for (size_t k = 0; k < count; k++) {
        size_t j = 0;
        while (j < n && words[k][j] != '\0' &&
               (char)(text[j] | 0x20) == words[k][j]) {
            j++;
        }
        if (j == n && words[k][j] == '\0') {
            return 1;
        }
    }
    return 0;
}

/* Prepositions of place: a state named after one is where something
 * happens, not who does it ("will travel to Astana to attend"). Tested
 * only at a state's name in a gap, which is rare. */
static const char *const place_words[] = {"in",   "to",   "at", "from",
                                          "into", "near", "via"};

static int after_place_word(const sentence_tokens *s, size_t i) {
    size_t k = i;
    if (k > 0 && in_class(s, k - 1, CLASS_ARTICLE)) {
        k--; /* "in the Kazakh capital" */
    }
    if (k == 0 || s->tokens[k - 1].kind != TOKEN_WORD) {
        return 0;
    }
    const token *t = &s->tokens[k - 1];
    size_t n = t->end - t->start;
    return n <= 4 &&
           word_in(place_words, sizeof place_words / sizeof *place_words,
                   s->text + t->start, n);
}

int clause_break(const sentence_tokens *s, size_t i) {
    const token *t = &s->tokens[i];
    switch (t->kind) {
    case TOKEN_PUNCT:
        return (t->end - t->start == 1 &&
                strchr(";:.?!", s->text[t->start]) != NULL) ||
               bullet_at(s, i) != 0;
    case TOKEN_DASH:
        return bullet_at(s, i) != 0;
    case TOKEN_MENTION:
        return is_type(s, i, ENT_ENTITY_PERSON) ||
               (is_type(s, i, ENT_ENTITY_STATE) && !after_place_word(s, i));
    case TOKEN_WORD:
        return in_class(s, i, CLASS_CLAUSE_BREAK);
    case TOKEN_NUMBER:
        break;
    }
    return 0;
}

int names_group(const sentence_tokens *s, size_t i) {
    return in_class(s, i, CLASS_GROUP);
}

int names_region(const sentence_tokens *s, size_t i) {
    return in_class(s, i, CLASS_REGION);
}

/* Tokens before and after a match where a word denying membership still
 * counts. */
#define NOT_MEMBER_AROUND 3

/* 1 when the word at i is "former" before the name of a state that no
 * longer exists or an empire's past ("former Soviet republics", "former
 * colonies"): it dates the states, not their membership. Tested only
 * when a denying word is in reach, which is rare. */
static int former_of_past_entity(const sentence_tokens *s, size_t i) {
    static const char *const former[] = {"former"};
    static const char *const past[] = {"soviet",   "ussr",     "yugoslav",
                                       "colonial", "colonies", "colony"};
    if (i + 1 >= s->count || s->tokens[i].kind != TOKEN_WORD) {
        return 0;
    }
    const token *t = &s->tokens[i], *next = &s->tokens[i + 1];
    return word_in(former, 1, s->text + t->start, t->end - t->start) &&
           word_in(past, sizeof past / sizeof *past, s->text + next->start,
                   next->end - next->start);
}

static int denies_membership(const sentence_tokens *s, size_t from, size_t to) {
    size_t lo = from > NOT_MEMBER_AROUND ? from - NOT_MEMBER_AROUND : 0;
    size_t hi =
        to + NOT_MEMBER_AROUND < s->count ? to + NOT_MEMBER_AROUND : s->count;
    if (!class_between(s, CLASS_NOT_MEMBER, lo, hi)) {
        return 0;
    }
    for (size_t k = lo; k < hi; k++) {
        if (in_class(s, k, CLASS_NOT_MEMBER) && !former_of_past_entity(s, k)) {
            return 1;
        }
    }
    return 0;
}

/* Tokens before a list where an object verb still governs it. */
#define OBJECT_BEFORE 3

static int after_object_verb(const sentence_tokens *s, size_t i) {
    for (size_t k = i > OBJECT_BEFORE ? i - OBJECT_BEFORE : 0; k < i; k++) {
        if (in_class(s, k, CLASS_OBJECT_VERB)) {
            return 1;
        }
    }
    return 0;
}

/* 1 when, before the last state named in tokens [from, to), come a
 * comma and capitalized words back to an "in" or "at": a place's name
 * ("in Kazan, Russia"), not a date or a clause ("in 2024, Russia", "in
 * Russia, China said"). */
static int place_name_before(const sentence_tokens *s, size_t from, size_t to) {
    static const char *const in_at[] = {"in", "at"};
    size_t k = to;
    while (k > from && !is_type(s, k - 1, ENT_ENTITY_STATE)) {
        k--;
    }
    if (k < from + 3 || !is_punct(s, k - 2, ',')) {
        return 0;
    }
    size_t state = s->tokens[k - 1].m.entity, words = 0;
    for (k -= 2; k > from; k--) {
        const token *t = &s->tokens[k - 1];
        size_t n = t->end - t->start;
        if (t->kind == TOKEN_WORD && n == 2 &&
            word_in(in_at, 2, s->text + t->start, n)) {
            return words > 0;
        }
        /* a capital of that state is a place's name too ("in Astana,
         * Kazakhstan") */
        if (!is_capitalized(s, k - 1) &&
            !(t->kind == TOKEN_MENTION && t->m.entity == state)) {
            return 0;
        }
        words++;
    }
    return 0;
}

/* 1 when the list of states that opens a match at `from` is a
 * preposition's object: "Finland, which shares a border with Russia,
 * became a member", "talks between Armenia and Azerbaijan were
 * suspended" (no state is the subject). "with Turkmenistan as an
 * associate member" says what the state is, and stays. */
static int in_prepositional_phrase(const sentence_tokens *s, size_t from) {
    static const char *const prepositions[] = {
        "with",   "from",    "against", "between", "toward", "towards",
        "across", "through", "near",    "beyond",  "than",   "into"};
    if (from == 0 || s->tokens[from - 1].kind != TOKEN_WORD) {
        return 0;
    }
    const token *p = &s->tokens[from - 1];
    if (!word_in(prepositions, sizeof prepositions / sizeof *prepositions,
                 s->text + p->start, p->end - p->start)) {
        return 0;
    }
    size_t k = from;
    while (k < s->count &&
           (s->tokens[k].kind == TOKEN_MENTION ||
            in_class(s, k, CLASS_AND_OR) || in_class(s, k, CLASS_ARTICLE) ||
            is_punct(s, k, ','))) {
        k++;
    }
    static const char *const as[] = {"as"};
    const token *next = k < s->count ? &s->tokens[k] : NULL;
    return !(next != NULL && next->kind == TOKEN_WORD &&
             word_in(as, 1, s->text + next->start, next->end - next->start));
}

/* 1 when the rule draws a relation of `type` (its first letter spares
 * most comparisons). */
static int emits(const rule *r, const char *type) {
    for (int o = 0; o < 2 && r->out[o].type != NULL; o++) {
        if (r->out[o].type[0] == type[0] && strcmp(r->out[o].type, type) == 0) {
            return 1;
        }
    }
    return 0;
}

reject_reason scope_veto(const sentence_tokens *s, const compiled_rule *cr,
                         size_t from, size_t to) {
    const rule *r = cr->row;
    if ((r->guards & GUARD_PLACE_NAME) && !place_name_before(s, from, to)) {
        return REASON_NOT_PLACE;
    }
    if (emits(r, "member_of") && denies_membership(s, from, to)) {
        return REASON_NOT_MEMBER;
    }
    if (cr->items[0].kind == EL_SLOT && emits(r, "member_of") &&
        in_prepositional_phrase(s, from)) {
        return REASON_IN_PHRASE;
    }
    /* a rule that opens with the names of those who attend */
    if (cr->items[0].kind == EL_SLOT && emits(r, "attends") &&
        after_object_verb(s, from)) {
        return REASON_NOT_SUBJECT;
    }
    return REASON_NONE;
}
