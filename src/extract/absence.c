/*
 * The scope of an absence (absence.h): each absence a rule drew in a
 * sentence is checked against the clause that holds its name. The
 * checks read words, not phrasings of one article: what closes a clause,
 * what names another event or a past one, what hedges, what makes a
 * mention no subject.
 */
#include "extract/absence.h"

#include <stdlib.h>

/* The pattern the absences the clauses state are drawn by. */
static const char polarity_pattern[] =
    "the clause's polarity: a negated presence or an absence";

/* 1 when token t is the word w (small letters): for the few words read
 * at one place only. */
static int is(const finding_list *f, const token *t, const char *w) {
    return token_is_word(f->text, t, w, strlen(w), 0);
}

static int has(const absence_reader *r, size_t k, unsigned c) {
    return polarity_has(&r->reading, k, c);
}

/* A past or another summit at token k: "last year's summit", "the
 * previous one", "the 2019 meeting" when the article is of another
 * year ("coups last year" dates something else). */
static int names_past(const finding_list *f, const absence_reader *r,
                      size_t k) {
    if (k + 1 >= r->reading.count) {
        return 0;
    }
    const token *t = &r->reading.tokens[k];
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
    const token *next = &r->reading.tokens[k + 1];
    const char *word = f->text + next->start;
    size_t length = next->end - next->start;
    return is(f, &r->reading.tokens[k], "last") && length > 4 &&
           strncmp(word, "year", 4) == 0 &&
           ((length == 6 && strncmp(word + 4, "'s", 2) == 0) ||
            (length == 8 && strncmp(word + 4, "\xE2\x80\x99s", 4) == 0));
}

/* 1 when the clause after a "but" at token b says its subject takes
 * part after all ("but they will take part in the informal summit"). */
static int takes_part_after(const finding_list *f, const absence_reader *r,
                            size_t b) {
    /* a "but" that ends the sentence opens no clause */
    if (b + 1 >= r->reading.count || !is(f, &r->reading.tokens[b], "but")) {
        return 0;
    }
    size_t from, to;
    polarity_clause(&r->reading, b + 1, &from, &to);
    int positive = 0;
    for (size_t k = b + 1; k < to; k++) {
        const token *t = &r->reading.tokens[k];
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
                                 size_t from, size_t to, size_t aside) {
    int summit_seen = 0;
    for (size_t k = from; k < to; k++) {
        if (k == aside) {
            /* the aside after the name is of another time: "A, which
             * skipped the 2019 summit, will not attend" */
            k = polarity_aside_end(&r->reading, k, to);
            continue;
        }
        const token *t = &r->reading.tokens[k];
        const token *next =
            k + 1 < r->reading.count ? &r->reading.tokens[k + 1] : NULL;
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
    return to < r->reading.count && takes_part_after(f, r, to)
               ? REASON_OTHER_EVENT
               : REASON_NONE;
}

/* 1 when token t is a word that starts with a small letter. */
static int lowercase_word(const finding_list *f, const token *t) {
    return t->kind == TOKEN_WORD && f->text[t->start] >= 'a' &&
           f->text[t->start] <= 'z';
}

/* Why mention token m is no subject (REASON_NONE when it is one): a dateline's
 * place ("Brussels
 * -", "KHARTOUM, Sudan, Jan. 23 (UPI) --": capitalized words up to a
 * dash near the start, the dash not followed by a small letter) or a demonym or
 * possessive before a common noun ("Sudanese calls"; and "Sudan's ally" when
 * the rule is an "absence of ..." one, `far`, whose name may stand
 * several words after "absence of"). */
static reject_reason no_subject(const finding_list *f, const absence_reader *r,
                                size_t m, int far) {
    const token *t = &r->reading.tokens[m];
    for (size_t k = 0; k < r->reading.count && k < 12; k++) {
        const token *d = &r->reading.tokens[k];
        if (d->kind == TOKEN_DASH) {
            /* a dateline's dash opens a sentence; "Uganda - a founding
             * member -" opens an aside */
            const token *after =
                k + 1 < r->reading.count ? &r->reading.tokens[k + 1] : NULL;
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
    for (size_t k = m + 1; k < r->reading.count && k < m + 4 &&
                           lowercase_word(f, &r->reading.tokens[k]);
         k++) {
        /* "the Malian, Guinean and Burkinabe presidents": a list */
        if (has(r, k, W_PEOPLE) || is(f, &r->reading.tokens[k], "and") ||
            is(f, &r->reading.tokens[k], "or") ||
            is(f, &r->reading.tokens[k], "nor")) {
            return REASON_NONE;
        }
        common = 1;
        if (r->reading.tokens[k].end - r->reading.tokens[k].start < 4) {
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
        if (k + 2 <= m && is(f, &r->reading.tokens[k], "absence") &&
            is(f, &r->reading.tokens[k + 1], "of")) {
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
    /* the clause's reading drew it from the name's own predicate, past
     * an aside; a rule may have drawn it from the aside */
    int own = a->pattern == polarity_pattern;
    reject_reason veto = REASON_NONE;
    for (size_t m = 0; m < r->reading.count; m++) {
        const token *t = &r->reading.tokens[m];
        if (t->kind != TOKEN_MENTION || t->m.entity != a->source) {
            continue;
        }
        size_t from, to;
        polarity_clause(&r->reading, m, &from, &to);
        reject_reason here = no_subject(f, r, m, far);
        if (here == REASON_NONE && far && counts_nobody(f, r, m)) {
            here = REASON_COUNTED;
        }
        if (here == REASON_NONE) {
            here = clause_veto(f, r, from, to, own ? m + 1 : SIZE_MAX);
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

/* 1 when the sentence's findings hold an absence of `source`, drawn or
 * rejected (a hedge, no subject), the rules' absences vetted already:
 * the clause's reading adds none beside it; but for one a rule read in
 * another event or a past summit ("A, which skipped the 2019 summit,
 * will not attend": the clause's own predicate is of this one). */
static int has_absence(const finding_list *f, size_t source) {
    for (size_t i = 0; i < f->count; i++) {
        if (f->items[i].type == extract_type_absent_from &&
            f->items[i].source == source &&
            f->items[i].rejected != REASON_OTHER_EVENT) {
            return 1;
        }
    }
    return 0;
}

static int drawn_attendance(const found_relation *a) {
    return a->type == extract_type_attends && a->rejected == REASON_NONE &&
           !(a->flags & FOUND_INFERRED) && a->source != EXTRACT_EVENT &&
           a->source != EXTRACT_PENDING_ORG && a->target == EXTRACT_EVENT;
}

/* The person whose title mention m, a state, opens ("US President Donald
 * Trump skipped", "Kenya's President William Ruto will not attend"), or
 * SIZE_MAX: the person is the subject, and the state's attendance or
 * absence follows from the person's (infer.c), weighed against what
 * else the article says of the state. */
static size_t titled_person(const finding_list *f, const absence_reader *r,
                            size_t m) {
    const ent_gazetteer_t *g = f->gazetteer;
    if (g->entities[r->reading.tokens[m].m.entity].type != ENT_ENTITY_STATE) {
        return SIZE_MAX;
    }
    for (size_t k = m + 1; k < r->reading.count && k <= m + 4; k++) {
        const token *t = &r->reading.tokens[k];
        if (t->kind == TOKEN_MENTION) {
            return g->entities[t->m.entity].type == ENT_ENTITY_PERSON
                       ? t->m.entity
                       : SIZE_MAX;
        }
        /* the title's words: "President", "prime minister" */
        if (t->kind != TOKEN_WORD ||
            (!has(r, k, W_PEOPLE) &&
             (f->text[t->start] < 'A' || f->text[t->start] > 'Z'))) {
            return SIZE_MAX;
        }
    }
    return SIZE_MAX;
}

/* 1 when mention m is a state in a person's title. */
static int heads_title(const finding_list *f, const absence_reader *r,
                       size_t m) {
    return titled_person(f, r, m) != SIZE_MAX;
}

/* 1 when the state of attendance `a` is named only in the titles of
 * persons whose attendance, drawn by the same rule, was dropped:
 * "Egyptian President A, who was expected to attend, cancelled" drew A
 * and Egypt; both go. */
static int twin_dropped(const finding_list *f, const absence_reader *r,
                        const found_relation *a) {
    int twins = 0;
    for (size_t m = 0; m < r->reading.count; m++) {
        const token *t = &r->reading.tokens[m];
        if (t->kind != TOKEN_MENTION || t->m.entity != a->source) {
            continue;
        }
        size_t person = titled_person(f, r, m);
        int dropped = 0;
        for (size_t i = 0; person != SIZE_MAX && i < f->count; i++) {
            const found_relation *b = &f->items[i];
            dropped |= b->type == extract_type_attends && b->source == person &&
                       b->pattern == a->pattern &&
                       b->rejected == REASON_POLARITY;
        }
        if (!dropped) {
            return 0;
        }
        twins = 1;
    }
    return twins;
}

/* What the clauses of the mentions of `source` say of it: POLARITY_NONE
 * when one bears its attendance out or none shows it, else the strongest
 * ("absent" over "denied"). */
static polarity name_polarity(const finding_list *f, const absence_reader *r,
                              size_t source) {
    polarity worst = POLARITY_NONE;
    for (size_t m = 0; m < r->reading.count; m++) {
        const token *t = &r->reading.tokens[m];
        if (t->kind != TOKEN_MENTION || t->m.entity != source) {
            continue;
        }
        polarity here =
            heads_title(f, r, m) ? POLARITY_NONE : polarity_of(&r->reading, m);
        if (here == POLARITY_NONE) {
            return POLARITY_NONE;
        }
        worst = here > worst ? here : worst;
    }
    return worst;
}

/* The absence of `source` the clause's polarity states, after `like`
 * (a finding of the sentence: its span and evidence). */
static ent_status add_absence(finding_list *f, found_relation like,
                              size_t source, double confidence) {
    like.type = extract_type_absent_from;
    like.source = source;
    like.target = EXTRACT_EVENT;
    like.role = NULL;
    like.status = NULL;
    like.term[0] = '\0';
    like.confidence = confidence;
    like.pattern = polarity_pattern;
    like.flags &= FOUND_HEDGED;
    like.rejected = REASON_NONE;
    return finding_add(f, &like);
}

/* Drops each attendance whose every clause says the opposite, with the
 * absence it states when it states one ("X will not attend", "the summit
 * opened without X", "X, who was expected to attend, cancelled"); then
 * adds the absences the clauses state of a person or state no finding
 * speaks of ("Neither A nor B attended"). */
static ent_status attendance_polarity(const absence_reader *r, finding_list *f,
                                      sentence s) {
    size_t count = f->count;
    for (size_t i = 0; i < count; i++) {
        if (!drawn_attendance(&f->items[i])) {
            continue;
        }
        polarity p = name_polarity(f, r, f->items[i].source);
        if (p == POLARITY_NONE) {
            continue;
        }
        f->items[i].rejected = REASON_POLARITY;
        if (p >= POLARITY_MISSED && !has_absence(f, f->items[i].source)) {
            double confidence = f->items[i].flags & FOUND_HEDGED ? 0.6 : 0.8;
            ent_status status =
                add_absence(f, f->items[i], f->items[i].source, confidence);
            if (status != ENT_OK) {
                return status;
            }
        }
    }
    for (size_t i = 0; i < count; i++) {
        if (drawn_attendance(&f->items[i]) &&
            twin_dropped(f, r, &f->items[i])) {
            f->items[i].rejected = REASON_POLARITY;
        }
    }
    found_relation like = {0};
    like.where = s;
    for (size_t m = 0; m < r->reading.count; m++) {
        const token *t = &r->reading.tokens[m];
        if (t->kind != TOKEN_MENTION) {
            continue;
        }
        /* a negated presence or "without" states an absence; a predicate
         * of absence the rules did not read is left to them ("is notably
         * absent" may be in person only, the leader attending online) */
        size_t e = t->m.entity;
        int type = f->gazetteer->entities[e].type;
        if ((type != ENT_ENTITY_STATE && type != ENT_ENTITY_PERSON) ||
            has_absence(f, e) || heads_title(f, r, m) ||
            polarity_of(&r->reading, m) != POLARITY_ABSENT) {
            continue;
        }
        ent_status status = add_absence(f, like, e, 0.75);
        if (status != ENT_OK) {
            return status;
        }
    }
    return ENT_OK;
}

/* Rejects the absences among findings [from, to) their clause does not
 * bear out. */
static void vet_absences(finding_list *f, const absence_reader *r, size_t from,
                         size_t to) {
    for (size_t i = from; i < to; i++) {
        found_relation *a = &f->items[i];
        if (drawn_absence(a)) {
            a->rejected = veto_of(f, r, a);
        }
    }
}

/* 1 when one of the `count` tokens names a person or a state. */
static int names_someone(const finding_list *f, const token *tokens,
                         size_t count) {
    for (size_t k = 0; k < count; k++) {
        if (tokens[k].kind == TOKEN_MENTION) {
            int type = f->gazetteer->entities[tokens[k].m.entity].type;
            if (type == ENT_ENTITY_STATE || type == ENT_ENTITY_PERSON) {
                return 1;
            }
        }
    }
    return 0;
}

ent_status absence_sentence(absence_reader *r, finding_list *f, sentence s,
                            const token *tokens, const uint16_t *cues,
                            size_t count) {
    size_t i = 0;
    while (i < f->count && !drawn_absence(&f->items[i])) {
        i++;
    }
    /* nearly every sentence: no absence drawn, and no word that may turn
     * a clause */
    if (i == f->count && (!polarity_cue(f->text, tokens, cues, count) ||
                          !names_someone(f, tokens, count))) {
        return ENT_OK;
    }
    ent_status status = polarity_read(&r->reading, f->text, tokens, count);
    if (status != ENT_OK) {
        return status;
    }
    /* the rules' absences first, then those the clauses state, which
     * the same checks vet */
    size_t drawn = f->count;
    vet_absences(f, r, 0, drawn);
    status = attendance_polarity(r, f, s);
    if (status == ENT_OK) {
        vet_absences(f, r, drawn, f->count);
    }
    return status;
}

void absence_release(absence_reader *r) { polarity_release(&r->reading); }
