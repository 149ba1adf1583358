/*
 * Vetoes of what a match draws of a state or a chair, apart from the
 * scope of its cue (rules_scope.c): a state's name that is part of
 * another entity's ("Northern Cyprus", "Southern Sudan" for the gazetteer
 * lacks them) and a chairmanship the words around date to another time
 * ("who chaired the bloc last year", "the previous chair").
 */
#include "extract/rules_common.h"

/* Tokens before and after a chair's match where a word of the past
 * still dates it. */
#define PAST_BEFORE 3
#define PAST_AFTER 4

int region_before_state(const sentence_tokens *s, size_t from) {
    /* a capitalized region word makes a name ("Northern Cyprus"); a
     * lower-case one a part of the state ("in northern Mali") */
    return from > 0 && is_type(s, from, ENT_ENTITY_STATE) &&
           in_class(s, from - 1, CLASS_REGION) && is_capitalized(s, from - 1);
}

int chair_of_the_past(const sentence_tokens *s, size_t from, size_t to) {
    /* not "next", "incoming": a chair the chairmanship passes to is one
     * (tests/extract/README.md, "Chair") */
    static const char *const past[] = {"last",      "previous", "past",
                                       "preceding", "formerly", "outgoing",
                                       "former",    "until",    "ago"};
    size_t lo = from > PAST_BEFORE ? from - PAST_BEFORE : 0;
    size_t hi = to + PAST_AFTER < s->count ? to + PAST_AFTER : s->count;
    for (size_t k = lo; k < hi; k++) {
        /* a mark after the match closes its clause */
        if (k >= to && s->tokens[k].kind == TOKEN_PUNCT &&
            s->text[s->tokens[k].start] != ',') {
            return 0;
        }
        if (scope_word_is(s, k, past, sizeof past / sizeof *past)) {
            return 1;
        }
    }
    return 0;
}
