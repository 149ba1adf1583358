/*
 * The polarity of a clause: one reading of the sentence's tokens, done
 * once per sentence that holds a cue of negation or absence (a byte scan
 * first), that every attendance and absence finding consults. It knows
 * the words' classes (what closes a clause, what names the summit,
 * another event, a hedge, a count, a negation, a presence or an absence
 * predicate) and, for a mention, whether its clause says that the name
 * is NOT at the summit ("X will not attend", "Neither X nor Y came",
 * "the summit will not be attended by X", "X missed the summit", "the
 * summit opened without X", "marking his first absence") or that nobody
 * of it is ("No X official took part": no attendance, no absence). A
 * negation of another clause ("X attended, although Y did not"), a
 * negation that is none ("not only", "no fewer than") and a negated
 * absence ("not a single leader stayed away") leave the name alone.
 */
#ifndef ENTENTE_EXTRACT_POLARITY_H
#define ENTENTE_EXTRACT_POLARITY_H

#include "extract/extract_internal.h"

/* The classes of the words a clause reading tests (several may hold). */
enum {
    W_CLOSER = 1,        /* closes a clause: "but", "while", "however" */
    W_SUMMIT = 2,        /* the summit itself */
    W_EVENT = 4,         /* another event: "the parade", "the dinner" */
    W_HEDGE = 8,         /* the statement is guessed, not reported */
    W_PEOPLE = 16,       /* a noun a demonym may head ("the Sudanese
                            president") */
    W_NUMBER = 32,       /* a count: "several leaders" */
    W_PAST = 64,         /* "previous", "last": a past summit */
    W_NEGATOR = 128,     /* "not", "never", "didn't", "neither", "no" */
    W_PRESENCE = 256,    /* "attend", "took part", "came", "present" */
    W_ABSENT = 512,      /* "missed", "skipped", "absence", "no-show" */
    W_WITHOUT = 1024,    /* "without" */
    W_MEET_VERB = 2048,  /* "opened", "met", "convened": a meeting held */
    W_QUANTIFIER = 4096, /* "no", "none", "nobody": denies a count */
    W_MOVE = 8192,       /* "came", "travelled", "joined": a negation of
                            them denies attendance, but the verbs have other
                            senses ("did not come to power", "did not join
                            the bloc"), so they draw no absence */
};

/* What a clause says of a name in it. */
typedef enum {
    POLARITY_NONE = 0, /* nothing against its attendance */
    POLARITY_DENIED,   /* "No X official took part": no attendance, no
                          absence either */
    POLARITY_MISSED,   /* a predicate of absence says the name is not at
                          the summit ("missed", "was absent": the rules'
                          own, and maybe in person only) */
    POLARITY_ABSENT,   /* a negated presence, "without" or the noun says
                          it: "X did not attend", "opened without X", "X
                          ..., marking his first absence" */
} polarity;

/* One sentence's tokens and their word classes; zeroed before first use,
 * reused from sentence to sentence. */
typedef struct {
    const char *text;
    const token *tokens;
    size_t count;
    uint16_t *classes; /* per token; in the block of clause_from */
    size_t capacity;
    /* read once with the classes, so that asking the polarity of each of
     * a sentence's names costs no scan of its clause: per token the
     * clause that holds it, and the predicates in token order */
    size_t *clause_from, *clause_to;
    size_t *predicates;        /* token indices */
    unsigned *predicate_class; /* their classes (W_PRESENCE, ...) */
    size_t predicate_count;
} clause_reading;

/* 1 when one of the `count` tokens is a word that may turn a clause's
 * polarity ("not", "n't", "never", "no", "without", "missed", "absen...",
 * "skip", "boycott", "cancel"), read mostly in `cue`, the tokens' classes
 * for the attendance model (patterns_word_ids): a bit test a token
 * before any reading. */
int polarity_cue(const char *text, const token *tokens, const uint16_t *cue,
                 size_t count);

/* The W_* classes of token t (polarity_words.c); ';' and '.' close a
 * clause too. */
uint16_t polarity_word_classes(const char *text, const token *t);

/* Reads the classes of the `count` tokens (kept by reference: the reading
 * is valid while they are). ENT_ENOMEM or ENT_OK. */
ent_status polarity_read(clause_reading *r, const char *text,
                         const token *tokens, size_t count);

/* 1 when token k has any of the classes c. */
static inline int polarity_has(const clause_reading *r, size_t k, unsigned c) {
    return k < r->count && (r->classes[k] & c) != 0;
}

/* The clause [*from, *to) that holds token m (empty at the end when m is
 * past the last token). */
void polarity_clause(const clause_reading *r, size_t m, size_t *from,
                     size_t *to);

/* The closing comma of the aside ", who|which ..." that opens at comma
 * token k, before `limit`; k when token k opens none, `limit` when it
 * is not closed before it. */
size_t polarity_aside_end(const clause_reading *r, size_t k, size_t limit);

/* What the clause of mention token m says of it. */
polarity polarity_of(const clause_reading *r, size_t m);

/* Frees the scratch; the reading may be zeroed and used again. */
void polarity_release(clause_reading *r);

#endif /* ENTENTE_EXTRACT_POLARITY_H */
