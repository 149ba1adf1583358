/*
 * How far a general rule reads (rules_cues.c): a clause gap "~" stops at
 * a clause break or at another name, so that a cue ("attended") governs
 * only the list of names next to it; and the words that deny a
 * membership the rule would otherwise draw ("withdrew", "applied",
 * "partner countries").
 */
#include <string.h>

#include "extract/patterns_internal.h"

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

/* Words that open another clause ("while", "that will"), move the talk
 * away from the summit itself ("on the sidelines", "ahead of"), or turn
 * presence into absence ("refused to take part", "instead of"). */
static const char *const clause_words[] = {
    "while",     "but",       "whereas",   "although", "though",    "however",
    "meanwhile", "sidelines", "bilateral", "that",     "ahead",     "refused",
    "declined",  "failed",    "unable",    "skipped",  "skip",      "boycotted",
    "instead",   "absent",    "absence",   "without",  "except",    "apart",
    "every",     "each",      "since",     "against",  "cancelled", "canceled",
    "postponed", "rather"};

/* Prepositions of place: a state named after one is where something
 * happens, not who does it. */
static const char *const place_words[] = {"in",   "to",   "at", "from",
                                          "into", "near", "via"};

static int after_place_word(const sentence_tokens *s, size_t i) {
    size_t k = i;
    if (k > 0 && s->tokens[k - 1].kind == TOKEN_WORD &&
        s->tokens[k - 1].end - s->tokens[k - 1].start == 3 &&
        word_in((const char *const[]){"the"}, 1,
                s->text + s->tokens[k - 1].start, 3)) {
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
    size_t n = t->end - t->start;
    switch (t->kind) {
    case TOKEN_PUNCT:
        return (n == 1 && strchr(";:.?!", s->text[t->start]) != NULL) ||
               bullet_at(s, i) != 0;
    case TOKEN_DASH:
        return bullet_at(s, i) != 0;
    case TOKEN_MENTION:
        /* a place ("will travel to Astana to attend") is no subject */
        return is_type(s, i, ENT_ENTITY_PERSON) ||
               (is_type(s, i, ENT_ENTITY_STATE) && !after_place_word(s, i));
    case TOKEN_WORD:
        return n <= 10 &&
               word_in(clause_words, sizeof clause_words / sizeof *clause_words,
                       s->text + t->start, n);
    case TOKEN_NUMBER:
        break;
    }
    return 0;
}

/* Words that name who stands for states inside a list item ("and the
 * leaders of observer states Hungary, ..."). */
static const char *const group_words[] = {
    "leaders",     "leader",      "presidents",      "heads",   "observer",
    "observers",   "member",      "members",         "states",  "countries",
    "nations",     "delegations", "representatives", "partner", "partners",
    "counterpart", "counterparts"};

int names_group(const sentence_tokens *s, size_t i) {
    const token *t = &s->tokens[i];
    size_t n = t->end - t->start;
    return t->kind == TOKEN_WORD && n <= 15 &&
           word_in(group_words, sizeof group_words / sizeof *group_words,
                   s->text + t->start, n);
}

static const char *const region_words[] = {"north",    "northern", "south",
                                           "southern", "east",     "eastern",
                                           "west",     "western",  "central"};

int names_region(const sentence_tokens *s, size_t i) {
    const token *t = &s->tokens[i];
    size_t n = t->end - t->start;
    return t->kind == TOKEN_WORD && n <= 8 &&
           word_in(region_words, sizeof region_words / sizeof *region_words,
                   s->text + t->start, n);
}

/* Words by which a text says a state is not (or not yet, or no longer) a
 * member: a withdrawal, a former membership, an application or
 * candidacy, a partnership or dialogue short of membership. A suspended
 * or frozen membership is still one (tests/extract/README.md). */
static const char *const not_member_words[] = {
    "withdrew",    "withdrawn",    "withdrawal", "withdraw",   "withdrawing",
    "left",        "quit",         "exited",     "exit",       "former",
    "formerly",    "ex",           "applied",    "applicant",  "applicants",
    "application", "applications", "candidate",  "candidates", "aspiring",
    "aspirant",    "prospective",  "seeking",    "seeks",      "sought",
    "bid",         "wants",        "partner",    "partners",   "partnership",
    "dialogue",    "expelled",     "expulsion",  "would-be",   "wishes",
    "non"};

/* Tokens before and after a match where such a word still counts. */
#define NOT_MEMBER_AROUND 3

static int denies_membership(const sentence_tokens *s, size_t from, size_t to) {
    size_t k = from > NOT_MEMBER_AROUND ? from - NOT_MEMBER_AROUND : 0;
    size_t end =
        to + NOT_MEMBER_AROUND < s->count ? to + NOT_MEMBER_AROUND : s->count;
    for (; k < end; k++) {
        const token *t = &s->tokens[k];
        size_t n = t->end - t->start;
        if (t->kind == TOKEN_WORD && n <= 12 &&
            word_in(not_member_words,
                    sizeof not_member_words / sizeof *not_member_words,
                    s->text + t->start, n)) {
            return 1;
        }
    }
    return 0;
}

/* Verbs that make the names after them an object, not the ones who
 * attend: "invited A to attend", "urged B to take part". */
static const char *const object_verbs[] = {
    "invited",  "invite",    "invites",  "invitation", "urged",    "urge",
    "urges",    "asked",     "ask",      "asks",       "called",   "calls",
    "pressed",  "pressured", "persuade", "persuaded",  "convince", "convinced",
    "wants",    "wanted",    "want",     "allowed",    "allow",    "barred",
    "banned",   "expects",   "expect",   "hopes",      "hoped",    "encouraged",
    "encourage"};

/* Tokens before a list where such a verb still governs it. */
#define OBJECT_BEFORE 3

/* 1 when one of the OBJECT_BEFORE words before token i is an object
 * verb. */
static int after_object_verb(const sentence_tokens *s, size_t i) {
    size_t k = i > OBJECT_BEFORE ? i - OBJECT_BEFORE : 0;
    for (; k < i; k++) {
        const token *t = &s->tokens[k];
        size_t n = t->end - t->start;
        if (t->kind == TOKEN_WORD && n <= 11 &&
            word_in(object_verbs, sizeof object_verbs / sizeof *object_verbs,
                    s->text + t->start, n)) {
            return 1;
        }
    }
    return 0;
}

static int emits(const rule *r, const char *type) {
    return strcmp(r->out[0].type, type) == 0 ||
           (r->out[1].type != NULL && strcmp(r->out[1].type, type) == 0);
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

reject_reason scope_veto(const sentence_tokens *s, const compiled_rule *cr,
                         size_t from, size_t to) {
    const rule *r = cr->row;
    if ((r->guards & GUARD_PLACE_NAME) && !place_name_before(s, from, to)) {
        return REASON_NOT_PLACE;
    }
    if (emits(r, "member_of") && denies_membership(s, from, to)) {
        return REASON_NOT_MEMBER;
    }
    /* a rule that opens with the names of those who attend */
    if (emits(r, "attends") && cr->items[0].kind == EL_SLOT &&
        after_object_verb(s, from)) {
        return REASON_NOT_SUBJECT;
    }
    return REASON_NONE;
}
