/*
 * The scope of an absence (absence.h): each absence a rule drew in a
 * sentence is checked against the clause that holds its name. The
 * checks read words, not phrasings of one article: what closes a clause,
 * what names another event or a past one, what hedges, what makes a
 * mention no subject.
 */
#include "extract/absence.h"

#include <stdlib.h>

/* The classes of the words the checks read; each token's are found once
 * per sentence (absence_reader.classes), so that a check costs a bit
 * test, whatever the number of absences and mentions. */
enum {
    W_CLOSER = 1,  /* closes a clause: "but", "while", "however" */
    W_SUMMIT = 2,  /* the summit itself: an event word after it is part of
                      it ("the summit and its gala dinner") */
    W_EVENT = 4,   /* another event: "the events on May 9", "the parade" */
    W_HEDGE = 8,   /* the absence is guessed, not reported */
    W_PEOPLE = 16, /* a noun a demonym may head and still name its
                      state's people ("the Sudanese president") */
    W_NUMBER = 32, /* a count: "the absence of several leaders" */
    W_PAST = 64,   /* "previous", "last": a past summit when before one */
};

typedef struct {
    const char *word;
    unsigned char length, classes;
} class_word;

#define WORD(w, c)                                                             \
    { w, sizeof w - 1, c }

static const class_word class_words[] = {
    WORD("but", W_CLOSER),
    WORD("while", W_CLOSER),
    WORD("whereas", W_CLOSER),
    WORD("although", W_CLOSER),
    WORD("though", W_CLOSER),
    WORD("however", W_CLOSER),
    WORD("meanwhile", W_CLOSER),
    WORD("instead", W_CLOSER),
    WORD("summit", W_SUMMIT),
    WORD("summits", W_SUMMIT),
    WORD("meeting", W_SUMMIT),
    WORD("meetings", W_SUMMIT),
    WORD("gathering", W_SUMMIT),
    WORD("conference", W_SUMMIT),
    WORD("session", W_SUMMIT),
    WORD("talks", W_SUMMIT),
    WORD("forum", W_SUMMIT),
    WORD("assembly", W_SUMMIT),
    WORD("congress", W_SUMMIT),
    WORD("edition", W_SUMMIT),
    WORD("events", W_EVENT),
    WORD("celebration", W_EVENT),
    WORD("celebrations", W_EVENT),
    WORD("parade", W_EVENT),
    WORD("ceremony", W_EVENT),
    WORD("ceremonies", W_EVENT),
    WORD("dinner", W_EVENT),
    WORD("banquet", W_EVENT),
    WORD("festivities", W_EVENT),
    WORD("commemoration", W_EVENT),
    WORD("commemorations", W_EVENT),
    WORD("inauguration", W_EVENT),
    WORD("funeral", W_EVENT),
    WORD("wedding", W_EVENT),
    WORD("match", W_EVENT),
    WORD("reception", W_EVENT),
    WORD("may", W_HEDGE),
    WORD("might", W_HEDGE),
    WORD("rumoured", W_HEDGE),
    WORD("rumored", W_HEDGE),
    WORD("possibly", W_HEDGE),
    WORD("perhaps", W_HEDGE),
    WORD("reportedly", W_HEDGE),
    WORD("president", W_PEOPLE),
    WORD("presidents", W_PEOPLE),
    WORD("leader", W_PEOPLE),
    WORD("leaders", W_PEOPLE),
    WORD("head", W_PEOPLE),
    WORD("heads", W_PEOPLE),
    WORD("delegation", W_PEOPLE),
    WORD("delegations", W_PEOPLE),
    WORD("prime", W_PEOPLE),
    WORD("premier", W_PEOPLE),
    WORD("king", W_PEOPLE),
    WORD("emir", W_PEOPLE),
    WORD("sultan", W_PEOPLE),
    WORD("monarch", W_PEOPLE),
    WORD("counterpart", W_PEOPLE),
    WORD("counterparts", W_PEOPLE),
    WORD("government", W_PEOPLE),
    WORD("side", W_PEOPLE),
    WORD("junta", W_PEOPLE),
    WORD("authorities", W_PEOPLE),
    WORD("official", W_PEOPLE),
    WORD("officials", W_PEOPLE),
    WORD("minister", W_PEOPLE),
    WORD("ministers", W_PEOPLE),
    WORD("envoy", W_PEOPLE),
    WORD("envoys", W_PEOPLE),
    WORD("delegate", W_PEOPLE),
    WORD("delegates", W_PEOPLE),
    WORD("representative", W_PEOPLE),
    WORD("representatives", W_PEOPLE),
    WORD("two", W_NUMBER),
    WORD("three", W_NUMBER),
    WORD("four", W_NUMBER),
    WORD("five", W_NUMBER),
    WORD("six", W_NUMBER),
    WORD("seven", W_NUMBER),
    WORD("eight", W_NUMBER),
    WORD("nine", W_NUMBER),
    WORD("ten", W_NUMBER),
    WORD("eleven", W_NUMBER),
    WORD("twelve", W_NUMBER),
    WORD("several", W_NUMBER),
    WORD("some", W_NUMBER),
    WORD("many", W_NUMBER),
    WORD("dozen", W_NUMBER),
    WORD("dozens", W_NUMBER),
    WORD("half", W_NUMBER),
    WORD("previous", W_PAST),
    WORD("past", W_PAST),
    WORD("last", W_PAST),
    WORD("former", W_PAST),
};

/* The W_* classes of token t; ';' and '.' close a clause too. */
static unsigned char classes_of(const char *text, const token *t) {
    if (t->kind == TOKEN_PUNCT) {
        return text[t->start] == ';' || text[t->start] == '.' ? W_CLOSER : 0;
    }
    if (t->kind == TOKEN_NUMBER) {
        return W_NUMBER;
    }
    size_t length = t->end - t->start;
    if (t->kind != TOKEN_WORD || length > 15) {
        return 0;
    }
    unsigned char c = 0;
    for (size_t k = 0; k < sizeof class_words / sizeof *class_words; k++) {
        const class_word *w = &class_words[k];
        if (w->length == length && token_is_word(text, t, w->word, length, 0)) {
            c |= w->classes;
        }
    }
    /* "May 9" is a date, no hedge */
    if ((c & W_HEDGE) && text[t->start] == 'M') {
        c &= (unsigned char)~W_HEDGE;
    }
    return c;
}

/* 1 when token t is the word w (small letters): for the few words read
 * at one place only. */
static int is(const finding_list *f, const token *t, const char *w) {
    return token_is_word(f->text, t, w, strlen(w), 0);
}

static int has(const absence_reader *r, size_t k, unsigned char c) {
    return k < r->count && (r->classes[k] & c) != 0;
}

/* A past or another summit at token k: "last year's summit", "the
 * previous one", "the 2019 meeting" when the article is of another
 * year ("coups last year" dates something else). */
static int names_past(const finding_list *f, const absence_reader *r,
                      size_t k) {
    if (k + 1 >= r->count) {
        return 0;
    }
    const token *t = &r->tokens[k];
    /* "the 2019 meeting" in an article of 2024 */
    if (t->kind == TOKEN_NUMBER && t->end - t->start == 4 && f->date != NULL &&
        strlen(f->date) >= 4 && has(r, k + 1, W_SUMMIT)) {
        return strncmp(f->text + t->start, f->date, 4) != 0;
    }
    if (!has(r, k, W_PAST)) {
        return 0;
    }
    if (has(r, k + 1, W_SUMMIT)) {
        return 1;
    }
    /* the tokenizer keeps "year's" and "year’s" as one word */
    const token *next = &r->tokens[k + 1];
    const char *word = f->text + next->start;
    size_t length = next->end - next->start;
    return is(f, &r->tokens[k], "last") && length > 4 &&
           strncmp(word, "year", 4) == 0 &&
           ((length == 6 && strncmp(word + 4, "'s", 2) == 0) ||
            (length == 8 && strncmp(word + 4, "\xE2\x80\x99s", 4) == 0));
}

/* The clause [*from, *to) that holds token m; empty at the end when m
 * is past the sentence's last token. */
static void clause_of(const absence_reader *r, size_t m, size_t *from,
                      size_t *to) {
    if (m >= r->count) {
        *from = *to = r->count;
        return;
    }
    size_t a = m, b = m + 1;
    while (a > 0 && !has(r, a - 1, W_CLOSER)) {
        a--;
    }
    while (b < r->count && !has(r, b, W_CLOSER)) {
        b++;
    }
    *from = a;
    *to = b;
}

/* 1 when the clause after a "but" at token b says its subject takes
 * part after all ("but they will take part in the informal summit"). */
static int takes_part_after(const finding_list *f, const absence_reader *r,
                            size_t b) {
    /* a "but" that ends the sentence opens no clause */
    if (b + 1 >= r->count || !is(f, &r->tokens[b], "but")) {
        return 0;
    }
    size_t from, to;
    clause_of(r, b + 1, &from, &to);
    int positive = 0;
    for (size_t k = b + 1; k < to; k++) {
        const token *t = &r->tokens[k];
        if (is(f, t, "not") || is(f, t, "never") || is(f, t, "no")) {
            return 0;
        }
        positive |= is(f, t, "attend") || is(f, t, "attends") ||
                    is(f, t, "participate") || is(f, t, "part") ||
                    is(f, t, "join") || is(f, t, "joins");
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
        summit_seen |= has(r, k, W_SUMMIT);
        if ((!summit_seen && has(r, k, W_EVENT)) || names_past(f, r, k)) {
            return REASON_OTHER_EVENT;
        }
        /* "could skip" guesses; "could not attend" reports */
        if (has(r, k, W_HEDGE) ||
            (is(f, t, "could") && next != NULL && !is(f, next, "not") &&
             !is(f, next, "n't"))) {
            return REASON_WEAK;
        }
    }
    return to < r->count && takes_part_after(f, r, to) ? REASON_OTHER_EVENT
                                                       : REASON_NONE;
}

/* 1 when token t is a word that starts with a small letter. */
static int lowercase_word(const finding_list *f, const token *t) {
    return t->kind == TOKEN_WORD && f->text[t->start] >= 'a' &&
           f->text[t->start] <= 'z';
}

/* 1 when mention token m is no subject: a dateline's place ("Brussels
 * -", "KHARTOUM, Sudan, Jan. 23 (UPI) --": capitalized words up to a
 * dash near the start, the dash not followed by a small letter) or a demonym or
 * possessive before a common noun ("Sudanese calls"; and "Sudan's ally" when
 * the rule is an "absence of ..." one, `far`, whose name may stand
 * several words after "absence of"). */
static reject_reason no_subject(const finding_list *f, const absence_reader *r,
                                size_t m, int far) {
    const token *t = &r->tokens[m];
    for (size_t k = 0; k < r->count && k < 12; k++) {
        const token *d = &r->tokens[k];
        if (d->kind == TOKEN_DASH) {
            /* a dateline's dash opens a sentence; "Uganda - a founding
             * member -" opens an aside */
            const token *after = k + 1 < r->count ? &r->tokens[k + 1] : NULL;
            int aside = after != NULL && lowercase_word(f, after);
            if (k > m && !aside) {
                return REASON_DATELINE;
            }
            break;
        }
        if (lowercase_word(f, d)) {
            break;
        }
    }
    if (t->m.kind != SPELLING_DEMONYM && !(far && t->m.possessive)) {
        return REASON_NONE;
    }
    /* the common noun after it, past up to two small-letter modifiers of
     * four letters or more ("the Ugandan foreign minister"); a shorter
     * word ("calls for") ends the noun phrase */
    int common = 0;
    for (size_t k = m + 1;
         k < r->count && k < m + 4 && lowercase_word(f, &r->tokens[k]); k++) {
        if (has(r, k, W_PEOPLE)) {
            return REASON_NONE;
        }
        common = 1;
        if (r->tokens[k].end - r->tokens[k].start < 4) {
            break;
        }
    }
    return common ? REASON_QUALIFIER : REASON_NONE;
}

/* "the absence of 10 leaders, Uganda": a count after the "absence of"
 * nearest before mention token m names nobody. */
static int counts_nobody(const finding_list *f, const absence_reader *r,
                         size_t m) {
    for (size_t k = m; k-- > 0;) {
        if (k + 2 <= m && is(f, &r->tokens[k], "absence") &&
            is(f, &r->tokens[k + 1], "of")) {
            return has(r, k + 2, W_NUMBER);
        }
    }
    return 0;
}

/* The veto of absence `a` (its name's mentions in the sentence), or
 * REASON_NONE; a name the tokens do not show is left as drawn. */
static reject_reason veto_of(const finding_list *f, const absence_reader *r,
                             const found_relation *a) {
    int far = strncmp(a->pattern, "absence of", 10) == 0;
    reject_reason veto = REASON_NONE;
    for (size_t m = 0; m < r->count; m++) {
        const token *t = &r->tokens[m];
        if (t->kind != TOKEN_MENTION || t->m.entity != a->source) {
            continue;
        }
        size_t from, to;
        clause_of(r, m, &from, &to);
        reject_reason here = no_subject(f, r, m, far);
        if (here == REASON_NONE && far && counts_nobody(f, r, m)) {
            here = REASON_COUNTED;
        }
        if (here == REASON_NONE) {
            here = clause_veto(f, r, from, to);
        }
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
    if (r->count > r->classes_capacity) {
        unsigned char *grown = realloc(r->classes, r->count);
        if (grown == NULL) {
            return ENT_ENOMEM;
        }
        r->classes = grown;
        r->classes_capacity = r->count;
    }
    for (size_t k = 0; k < r->count; k++) {
        r->classes[k] = classes_of(f->text, &r->tokens[k]);
    }
    for (; i < f->count; i++) {
        found_relation *a = &f->items[i];
        if (drawn_absence(a)) {
            a->rejected = veto_of(f, r, a);
        }
    }
    return ENT_OK;
}

void absence_release(absence_reader *r) {
    free(r->tokens);
    free(r->classes);
    r->tokens = NULL;
    r->classes = NULL;
    r->count = r->capacity = r->classes_capacity = 0;
}
