/*
 * Where a match names a place: "in Kazan, Russia", "in the city of
 * Dhahran in Eastern Saudi Arabia" make the state the venue's only when
 * the words before it are a place's name and the state ends the phrase
 * ("in Kazan, South Africa said" names a speaker, not the venue's
 * state). Used by the host rows' guard (rules_scope.c).
 */
#include "extract/rules_common.h"

/* Lower-case words inside a town's name, between capitalized ones. */
static const char *const particles[] = {"de",  "da", "do", "dos", "das",
                                        "del", "di", "du", "des", "la",
                                        "le",  "el", "al", "es"};

/* Words that may follow a venue's state and close its phrase: a
 * preposition, an article or a conjunction ("in Kazan, Russia, for the
 * summit", "in Kazan, Russia on Tuesday", "in Bali, Indonesia this
 * week"). A verb ("said") makes the state a clause's subject. */
static const char *const closers[] = {
    "for",     "to",       "on",   "in",      "at",     "this",      "from",
    "between", "during",   "as",   "ahead",   "where",  "which",     "and",
    "with",    "by",       "when", "after",   "before", "since",     "until",
    "today",   "tomorrow", "over", "amid",    "the",    "a",         "an",
    "of",      "under",    "via",  "earlier", "later",  "yesterday", "tonight",
    "while",   "following"};

/* 1 when tokens k, k + 1 say a time of the last days, when a report
 * comes out: "last week", "last Monday" (not "last year": a year's
 * gathering before this one). */
static int recent_time(const sentence_tokens *s, size_t k) {
    static const char *const last[] = {"last", "this"};
    static const char *const units[] = {
        "week",      "weekend",  "month",  "night",    "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday"};
    return k + 1 < s->count && scope_word_is(s, k, last, 2) &&
           scope_word_is(s, k + 1, units, sizeof units / sizeof *units);
}

/* 1 when the state at token k ends a place's phrase: not a possessive
 * ("in Kazan, Russia's foreign ministry said"), and followed by the
 * sentence's end, a mark, a number or a closing word. */
static int state_closes_place(const sentence_tokens *s, size_t k) {
    if (s->tokens[k].m.possessive) {
        return 0;
    }
    if (k + 1 >= s->count) {
        return 1;
    }
    const token *t = &s->tokens[k + 1];
    switch (t->kind) {
    case TOKEN_PUNCT:
    case TOKEN_DASH:
    case TOKEN_NUMBER:
        return 1;
    case TOKEN_WORD:
        return scope_word_in(closers, sizeof closers / sizeof *closers,
                             s->text + t->start, t->end - t->start) ||
               recent_time(s, k + 1);
    case TOKEN_MENTION:
        break;
    }
    return 0;
}

int place_name_before(const sentence_tokens *s, size_t from, size_t to) {
    static const char *const openers[] = {"in", "at", "of", "reached"};
    static const char *const in[] = {"in"};
    static const char *const calendar[] = {
        "january",  "february", "march",    "april",     "may",
        "june",     "july",     "august",   "september", "october",
        "november", "december", "monday",   "tuesday",   "wednesday",
        "thursday", "friday",   "saturday", "sunday"};
    size_t k = to;
    while (k > from && !is_type(s, k - 1, ENT_ENTITY_STATE)) {
        k--;
    }
    if (k < from + 3) {
        return 0;
    }
    size_t state = s->tokens[k - 1].m.entity, words = 0;
    if (!state_closes_place(s, k - 1)) {
        return 0;
    }
    k--; /* the state's token */
    if (k > from && in_class(s, k - 1, CLASS_REGION)) {
        k--; /* "in Eastern Saudi Arabia" */
    }
    if (k <= from + 1) {
        return 0;
    }
    const token *sep = &s->tokens[k - 1];
    if (!is_punct(s, k - 1, ',') &&
        !(sep->kind == TOKEN_WORD &&
          scope_word_in(in, 1, s->text + sep->start, sep->end - sep->start))) {
        return 0;
    }
    for (k--; k > from; k--) {
        const token *t = &s->tokens[k - 1];
        size_t n = t->end - t->start;
        if (t->kind == TOKEN_WORD &&
            scope_word_in(openers, sizeof openers / sizeof *openers,
                          s->text + t->start, n)) {
            return words > 0;
        }
        /* a capital of that state is a place's name too ("in Astana,
         * Kazakhstan"); a month or a day is not ("held in April in
         * Manila") */
        if (words > 0 && t->kind == TOKEN_WORD &&
            scope_word_in(particles, sizeof particles / sizeof *particles,
                          s->text + t->start, n)) {
            continue; /* "Rio de Janeiro", "Dar es Salaam" */
        }
        if ((!is_capitalized(s, k - 1) &&
             !(t->kind == TOKEN_MENTION && t->m.entity == state)) ||
            (t->kind == TOKEN_WORD &&
             scope_word_in(calendar, sizeof calendar / sizeof *calendar,
                           s->text + t->start, n))) {
            return 0;
        }
        words++;
    }
    return 0;
}
