/*
 * The scope of an absence (absence.h): each absence a rule drew in a
 * sentence is checked against the clause that holds its name. The
 * checks read words, not phrasings of one article: what closes a clause,
 * what names another event or a past one, what hedges, what makes a
 * mention no subject.
 */
#include "extract/absence.h"

#include <stdlib.h>

/* 1 when token t is the word w (small letters). */
static int is(const finding_list *f, const token *t, const char *w) {
    return token_is_word(f->text, t, w, strlen(w), 0);
}

static int is_any(const finding_list *f, const token *t,
                  const char *const *words) {
    for (size_t k = 0; words[k] != NULL; k++) {
        if (is(f, t, words[k])) {
            return 1;
        }
    }
    return 0;
}

static int is_punct(const finding_list *f, const token *t, char c) {
    return t->kind == TOKEN_PUNCT && f->text[t->start] == c;
}

/* What closes a clause: another subject's predicate may follow. */
static const char *const clause_words[] = {"but",       "while",   "whereas",
                                           "although",  "though",  "however",
                                           "meanwhile", "instead", NULL};

static int closes_clause(const finding_list *f, const token *t) {
    return is_punct(f, t, ';') || is_punct(f, t, '.') ||
           is_any(f, t, clause_words);
}

/* The words of the summit itself: an event word after one of them is
 * part of it ("the summit and its gala dinner"). */
static const char *const summit_words[] = {
    "summit",  "summits", "meeting", "meetings", "gathering", "conference",
    "session", "talks",   "forum",   "assembly", "congress",  NULL};

/* Another event than the summit: "the events on May 9", "the parade". */
static const char *const event_words[] = {
    "events",      "celebration",   "celebrations",   "parade",
    "ceremony",    "ceremonies",    "dinner",         "banquet",
    "festivities", "commemoration", "commemorations", "inauguration",
    "funeral",     "wedding",       "match",          "reception",
    NULL};

/* A hedge: the absence is not reported, only guessed. */
static const char *const hedge_words[] = {"may",        "might",    "rumoured",
                                          "rumored",    "possibly", "perhaps",
                                          "reportedly", NULL};

/* Common nouns a demonym may head and still name its state's people at
 * the summit ("the Sudanese president", "Malian delegation"). */
static const char *const people_words[] = {
    "president",  "presidents", "leader",      "leaders",
    "head",       "heads",      "delegation",  "delegations",
    "prime",      "premier",    "king",        "emir",
    "sultan",     "monarch",    "counterpart", "counterparts",
    "government", "side",       "junta",       "authorities",
    NULL};

static const char *const number_words[] = {
    "two",  "three", "four",   "five",   "six",     "seven", "eight",
    "nine", "ten",   "eleven", "twelve", "several", "some",  "many",
    "a",    "dozen", "dozens", "half",   NULL};

/* A past or another summit: "last year's summit", "the previous one"
 * ("coups last year" dates something else). */
static int names_past(const finding_list *f, const token *t,
                      const token *next) {
    if (next == NULL) {
        return 0;
    }
    if (is_any(f, next, summit_words) || is(f, next, "edition")) {
        return is(f, t, "previous") || is(f, t, "past") || is(f, t, "last") ||
               is(f, t, "former");
    }
    const char *after = f->text + next->end;
    return is(f, t, "last") && is(f, next, "year") &&
           (strncmp(after, "'s", 2) == 0 ||
            strncmp(after, "\xE2\x80\x99s", 4) == 0);
}

/* The clause [*from, *to) that holds token m. */
static void clause_of(const finding_list *f, const absence_reader *r, size_t m,
                      size_t *from, size_t *to) {
    size_t a = m, b = m + 1;
    while (a > 0 && !closes_clause(f, &r->tokens[a - 1])) {
        a--;
    }
    while (b < r->count && !closes_clause(f, &r->tokens[b])) {
        b++;
    }
    *from = a;
    *to = b;
}

/* 1 when the clause after a "but" at token b says its subject takes
 * part after all ("but they will take part in the informal summit"). */
static int takes_part_after(const finding_list *f, const absence_reader *r,
                            size_t b) {
    if (b >= r->count || !is(f, &r->tokens[b], "but")) {
        return 0;
    }
    static const char *const verbs[] = {
        "attend", "attends", "participate", "part", "join", "joins", NULL};
    size_t from, to;
    clause_of(f, r, b + 1, &from, &to);
    int positive = 0;
    for (size_t k = b + 1; k < to; k++) {
        const token *t = &r->tokens[k];
        if (is(f, t, "not") || is(f, t, "never") || is(f, t, "no")) {
            return 0;
        }
        positive |= is_any(f, t, verbs);
    }
    return positive;
}

/* Why the clause [from, to) vetoes an absence drawn in it, or
 * REASON_NONE. */
static reject_reason clause_veto(const finding_list *f, const absence_reader *r,
                                 size_t from, size_t to) {
    int summit_seen = 0;
    for (size_t k = from; k < to; k++) {
        const token *t = &r->tokens[k];
        const token *next = k + 1 < r->count ? &r->tokens[k + 1] : NULL;
        summit_seen |= is_any(f, t, summit_words);
        if ((!summit_seen && is_any(f, t, event_words)) ||
            names_past(f, t, next)) {
            return REASON_OTHER_EVENT;
        }
        /* "could skip" guesses; "could not attend" reports */
        /* lower case: "May 9" is a date */
        if ((is_any(f, t, hedge_words) && f->text[t->start] >= 'a') ||
            (is(f, t, "could") && next != NULL && !is(f, next, "not") &&
             !is(f, next, "n't"))) {
            return REASON_WEAK;
        }
    }
    return to < r->count && takes_part_after(f, r, to) ? REASON_OTHER_EVENT
                                                       : REASON_NONE;
}

/* 1 when mention token m is no subject: a dateline's place ("Brussels
 * -", "KHARTOUM, Sudan, Jan. 23 (UPI) --": capitalized words up to a
 * dash near the start) or a demonym or possessive before a common
 * noun ("Sudanese calls"; and "Sudan's ally" when the rule let words
 * come between the predicate and the name: `far`). */
static int no_subject(const finding_list *f, const absence_reader *r, size_t m,
                      int far) {
    const token *t = &r->tokens[m];
    for (size_t k = 0; k < r->count && k < 12; k++) {
        const token *d = &r->tokens[k];
        if (d->kind == TOKEN_DASH) {
            if (k > m) {
                return 1;
            }
            break;
        }
        if (d->kind == TOKEN_WORD && f->text[d->start] >= 'a' &&
            f->text[d->start] <= 'z') {
            break;
        }
    }
    const token *next = m + 1 < r->count ? &r->tokens[m + 1] : NULL;
    return (t->m.kind == SPELLING_DEMONYM || (far && t->m.possessive)) &&
           next != NULL && next->kind == TOKEN_WORD &&
           f->text[next->start] >= 'a' && f->text[next->start] <= 'z' &&
           !is_any(f, next, people_words);
}

/* "the absence of 10 leaders": a count names nobody. */
static int counts_nobody(const finding_list *f, const absence_reader *r) {
    for (size_t k = 0; k + 2 < r->count; k++) {
        const token *t = &r->tokens[k + 2];
        if (is(f, &r->tokens[k], "absence") && is(f, &r->tokens[k + 1], "of") &&
            (t->kind == TOKEN_NUMBER || is_any(f, t, number_words))) {
            return 1;
        }
    }
    return 0;
}

/* The veto of absence `a` (its name's mentions in the sentence), or
 * REASON_NONE; a name the tokens do not show is left as drawn. */
static reject_reason veto_of(const finding_list *f, const absence_reader *r,
                             const found_relation *a, int nobody) {
    int far = strncmp(a->pattern, "absence of", 10) == 0;
    if (nobody && far) {
        return REASON_NOT_SUBJECT;
    }
    reject_reason veto = REASON_NONE;
    for (size_t m = 0; m < r->count; m++) {
        const token *t = &r->tokens[m];
        if (t->kind != TOKEN_MENTION || t->m.entity != a->source) {
            continue;
        }
        size_t from, to;
        clause_of(f, r, m, &from, &to);
        reject_reason here = no_subject(f, r, m, far)
                                 ? REASON_NOT_SUBJECT
                                 : clause_veto(f, r, from, to);
        if (here == REASON_NONE) {
            return REASON_NONE; /* one mention the clause bears out */
        }
        veto = here;
    }
    return veto;
}

static int drawn_absence(const found_relation *a) {
    return a->type == extract_type_absent_from && a->rejected == REASON_NONE &&
           !(a->flags & FOUND_INFERRED) && a->source != EXTRACT_EVENT &&
           a->source != EXTRACT_PENDING_ORG;
}

ent_status absence_sentence(absence_reader *r, finding_list *f, sentence s) {
    size_t i = 0;
    while (i < f->count && !drawn_absence(&f->items[i])) {
        i++;
    }
    if (i == f->count) {
        return ENT_OK; /* nearly every sentence */
    }
    ent_status status =
        text_tokenize_dated(f->gazetteer, f->filter, f->date, f->text, s,
                            &r->tokens, &r->count, &r->capacity);
    if (status != ENT_OK) {
        return status;
    }
    int nobody = counts_nobody(f, r);
    for (; i < f->count; i++) {
        found_relation *a = &f->items[i];
        if (drawn_absence(a)) {
            a->rejected = veto_of(f, r, a, nobody);
        }
    }
    return ENT_OK;
}

void absence_release(absence_reader *r) {
    free(r->tokens);
    r->tokens = NULL;
    r->count = r->capacity = 0;
}
