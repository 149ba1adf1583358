/*
 * The polarity of a clause (polarity.h): the classes of a sentence's
 * words, read once, and what the clause of a mention says of it. The
 * checks read classes of words (a negation, a predicate of presence or
 * absence, a list, an aside), not phrasings of one article.
 */
#include "extract/polarity.h"

#include <stdlib.h>
#include <string.h>

static char lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c; }

static unsigned predicate(const clause_reading *r, size_t k);

/* Grows the per-token scratch to `count` tokens: one block, the arrays
 * of size_t first so that each is aligned. */
static ent_status reading_grow(clause_reading *r, size_t count) {
    if (count <= r->capacity) {
        return ENT_OK;
    }
    size_t per_token = 3 * sizeof(size_t) + sizeof(unsigned) + sizeof(uint16_t);
    if (count > SIZE_MAX / per_token) {
        return ENT_ENOMEM;
    }
    size_t *block = realloc(r->clause_from, count * per_token);
    if (block == NULL) {
        return ENT_ENOMEM;
    }
    r->clause_from = block;
    r->clause_to = block + count;
    r->predicates = block + 2 * count;
    r->predicate_class = (unsigned *)(block + 3 * count);
    r->classes = (uint16_t *)(r->predicate_class + count);
    r->capacity = count;
    return ENT_OK;
}

/* The clause of each token, [after the closer before it, the closer
 * after it), and the predicates, in one pass each. */
static void read_clauses(clause_reading *r) {
    size_t start = 0;
    for (size_t k = 0; k < r->count; k++) {
        r->clause_from[k] = start;
        if (polarity_has(r, k, W_CLOSER)) {
            start = k + 1;
        }
    }
    size_t end = r->count;
    for (size_t k = r->count; k-- > 0;) {
        r->clause_to[k] = end;
        if (polarity_has(r, k, W_CLOSER)) {
            end = k;
        }
    }
    r->predicate_count = 0;
    for (size_t k = 0; k < r->count; k++) {
        unsigned c = predicate(r, k);
        if (c != 0) {
            r->predicates[r->predicate_count] = k;
            r->predicate_class[r->predicate_count++] = c;
        }
    }
}

ent_status polarity_read(clause_reading *r, const char *text,
                         const token *tokens, size_t count) {
    if (reading_grow(r, count) != ENT_OK) {
        return ENT_ENOMEM;
    }
    r->text = text;
    r->tokens = tokens;
    r->count = count;
    for (size_t k = 0; k < count; k++) {
        r->classes[k] = polarity_word_classes(text, &tokens[k]);
    }
    read_clauses(r);
    return ENT_OK;
}

void polarity_clause(const clause_reading *r, size_t m, size_t *from,
                     size_t *to) {
    if (m >= r->count) {
        *from = *to = r->count;
        return;
    }
    *from = r->clause_from[m];
    *to = r->clause_to[m];
}

/* 1 when token k is the word w (small letters). */
static int is(const clause_reading *r, size_t k, const char *w) {
    return k < r->count &&
           token_is_word(r->text, &r->tokens[k], w, strlen(w), 0);
}

static int is_punct(const clause_reading *r, size_t k, char c) {
    return k < r->count && r->tokens[k].kind == TOKEN_PUNCT &&
           r->text[r->tokens[k].start] == c;
}

static int is_mention(const clause_reading *r, size_t k) {
    return k < r->count && r->tokens[k].kind == TOKEN_MENTION;
}

/* 1 when token k is a form of "be" ("were not present", "be absent"). */
static int copula(const clause_reading *r, size_t k) {
    return is(r, k, "was") || is(r, k, "were") || is(r, k, "is") ||
           is(r, k, "are") || is(r, k, "be") || is(r, k, "been") ||
           is(r, k, "remained") || is(r, k, "remain");
}

/* The class of predicate token k stands for in its context, or 0:
 * W_PRESENCE, W_MOVE or W_ABSENT. A word of those classes is a predicate
 * only in its construction: "took part" (not "in part"), "were present"
 * (not "to present a plan"), "not there", "no-show", "stayed away",
 * "cancelled at the last minute | his trip", "his first absence", "was
 * absent"; "came to power", "come as" are no coming. */
static unsigned predicate(const clause_reading *r, size_t k) {
    unsigned c = r->classes[k] & (W_PRESENCE | W_MOVE | W_ABSENT);
    if (c == 0) {
        return 0;
    }
    const token *t = &r->tokens[k];
    const char *w = r->text + t->start;
    size_t n = t->end - t->start;
    if (c == W_PRESENCE && n == 4 && lower(w[0]) == 'p') { /* part */
        return k > 0 && (is(r, k - 1, "take") || is(r, k - 1, "took") ||
                         is(r, k - 1, "takes") || is(r, k - 1, "taking"))
                   ? c
                   : 0;
    }
    if (c == W_PRESENCE && lower(w[0]) == 'p' && n == 7) { /* present */
        return (k > 0 && copula(r, k - 1)) ||
                       (k > 1 && copula(r, k - 2) &&
                        polarity_has(r, k - 1, W_NEGATOR))
                   ? c
                   : 0;
    }
    if (c == W_PRESENCE && lower(w[0]) == 't') { /* there */
        return k > 0 && polarity_has(r, k - 1, W_NEGATOR) ? c : 0;
    }
    if (c == W_MOVE) {
        return is(r, k + 1, "as") || is(r, k + 1, "up") ||
                       is(r, k + 1, "under") || is(r, k + 1, "into") ||
                       (is(r, k + 1, "to") && is(r, k + 2, "power"))
                   ? 0
                   : c;
    }
    if (c != W_ABSENT) {
        return c;
    }
    switch (lower(w[0])) {
    case 's': /* show(s) after "no -"; stayed away; skip... snubbed */
        if (lower(w[1]) == 'h') {
            return k >= 2 && r->tokens[k - 1].kind == TOKEN_DASH &&
                           is(r, k - 2, "no")
                       ? c
                       : 0;
        }
        return lower(w[1]) != 't' || is(r, k + 1, "away") ? c : 0;
    case 'c': /* cancelled at the last minute, his trip, ",", "." */
        return k + 1 >= r->count || r->tokens[k + 1].kind == TOKEN_PUNCT ||
                       is(r, k + 1, "at") || is(r, k + 2, "trip") ||
                       is(r, k + 2, "visit") || is(r, k + 2, "attendance") ||
                       is(r, k + 2, "participation") || is(r, k + 2, "travel")
                   ? c
                   : 0;
    case 'a':
        if (n == 6) { /* absent after a form of "be" */
            return (k > 0 && copula(r, k - 1)) || (k > 1 && copula(r, k - 2))
                       ? c
                       : 0;
        }
        /* absence after "his", "her", "its", "their", up to two words
         * between ("his first absence", "their second consecutive") */
        for (size_t b = k; b-- > 0 && b + 3 >= k;) {
            if (is(r, b, "his") || is(r, b, "her") || is(r, b, "its") ||
                is(r, b, "their")) {
                return c;
            }
            if (r->tokens[b].kind != TOKEN_WORD) {
                break;
            }
        }
        return 0;
    default:
        return c;
    }
}

/* 1 when negator token n negates: not "not only", "not just", "no fewer
 * than", "no doubt", nor the "no" of "no-show". */
static int negates(const clause_reading *r, size_t n) {
    if (!polarity_has(r, n, W_NEGATOR)) {
        return 0;
    }
    return !(is(r, n + 1, "only") || is(r, n + 1, "just") ||
             is(r, n + 1, "least") || is(r, n + 1, "fewer") ||
             is(r, n + 1, "less") || is(r, n + 1, "more") ||
             is(r, n + 1, "doubt") ||
             (n + 1 < r->count && r->tokens[n + 1].kind == TOKEN_DASH));
}

/* The words that may stand between a negation and the predicate it
 * governs: auxiliaries, "able to", "make it", "take part", "in person",
 * "even", "expected to"; another verb ("could not confirm whether it
 * would attend") ends the negation's reach. */
static int verb_chain(const clause_reading *r, size_t k) {
    static const char *const chain[] = {
        "be",       "been",       "being",     "able",       "to",    "even",
        "yet",      "personally", "have",      "has",        "had",   "take",
        "taking",   "took",       "make",      "it",         "in",    "person",
        "expected", "going",      "also",      "physically", "again", "will",
        "would",    "was",        "were",      "is",         "are",   "set",
        "due",      "planning",   "scheduled", "travel",     "there"};
    for (size_t i = 0; i < sizeof chain / sizeof *chain; i++) {
        if (is(r, k, chain[i])) {
            return 1;
        }
    }
    return 0;
}

/* The negator that governs predicate p as its verb's ("did not attend",
 * "will not be able to attend", "were not present", "not there"): at
 * most six tokens before it in [from, p), only a verb's chain between;
 * SIZE_MAX when none. */
static size_t verb_negator(const clause_reading *r, size_t from, size_t p) {
    for (size_t n = p; n-- > from && n + 6 >= p;) {
        if (negates(r, n)) {
            return n;
        }
        if (!verb_chain(r, n)) {
            break;
        }
    }
    return SIZE_MAX;
}

/* 1 when token k may stand inside a list of names between its names:
 * "the Presidents of A, B and C", "Neither the Emir of A nor the King
 * of B". */
static int list_word(const clause_reading *r, size_t k) {
    return is_mention(r, k) || is_punct(r, k, ',') || is(r, k, "and") ||
           is(r, k, "or") || is(r, k, "nor") || is(r, k, "the") ||
           is(r, k, "of") || polarity_has(r, k, W_PEOPLE) ||
           (r->tokens[k].kind == TOKEN_WORD &&
            r->text[r->tokens[k].start] >= 'A' &&
            r->text[r->tokens[k].start] <= 'Z');
}

size_t polarity_aside_end(const clause_reading *r, size_t k, size_t limit) {
    if (!is_punct(r, k, ',') ||
        !(is(r, k + 1, "who") || is(r, k + 1, "which"))) {
        return k;
    }
    for (size_t e = k + 2; e < limit; e++) {
        if (is_punct(r, e, ',')) {
            return e;
        }
    }
    return limit;
}

/* 1 when mention m is the subject of predicate p after it in its
 * clause: what stands between is its list, an aside ", who ... ," or
 * the predicate's own words, never another name out of its list nor
 * another predicate; p inside an aside opened after m's list is the
 * aside's ("A met B, who did not attend": B's), and then 2. */
static int subject_before(const clause_reading *r, size_t m, size_t p) {
    int in_list = 1;
    size_t outside = 0; /* tokens read out of asides: at most 16 */
    for (size_t k = m + 1; k < p; k++) {
        size_t end = polarity_aside_end(r, k, p);
        if (end == p) {
            /* p in the aside: the list's just before it */
            return in_list ? 2 : 0;
        }
        if (end != k) {
            k = end;
            in_list = 0;
            continue;
        }
        if (++outside > 16) {
            return 0;
        }
        in_list &= list_word(r, k);
        if ((is_mention(r, k) && !in_list) || predicate(r, k)) {
            return 0;
        }
    }
    return 1;
}

/* 1 when mention m after predicate p is its subject: the agent of a
 * passive ("will not be attended by the A, B and C presidents") or the
 * inverted subject ("the one leader not there was A"). */
static int subject_after(const clause_reading *r, size_t m, size_t p) {
    if (m > p + 12 || !(is(r, p + 1, "by") || copula(r, p + 1))) {
        return 0;
    }
    for (size_t k = p + 2; k < m; k++) {
        if (predicate(r, k) || is(r, k, "who") || is(r, k, "which")) {
            return 0;
        }
    }
    return 1;
}

/* The determiner that negates mention m as a predicate's subject: "no",
 * "none of the", "neither the Emir of", "nor" at most four tokens before
 * it, no name between; SIZE_MAX when none. */
static size_t determiner_negator(const clause_reading *r, size_t from,
                                 size_t m) {
    for (size_t n = m; n-- > from && n + 4 >= m;) {
        if (negates(r, n) && (polarity_has(r, n, W_QUANTIFIER) ||
                              is(r, n, "neither") || is(r, n, "nor"))) {
            return n;
        }
        /* only the name's title between: "no Eritrean", "none of the
         * leaders of", "neither the Emir of" */
        if (is_mention(r, n) || !list_word(r, n) || is_punct(r, n, ',')) {
            break;
        }
    }
    return SIZE_MAX;
}

/* "the summit opened without A and B", "leaders met without the junta
 * chief of A": "without" at most five tokens before mention m, no mark
 * between, in a clause of a meeting or of presence; "without A's
 * consent", "without Western support" name nobody absent. */
static int without_name(const clause_reading *r, size_t from, size_t to,
                        size_t m) {
    const token *t = &r->tokens[m];
    if (t->m.possessive ||
        (t->m.kind == SPELLING_DEMONYM && !polarity_has(r, m + 1, W_PEOPLE))) {
        return 0;
    }
    /* between: the name's list and title, "the presence of", "any" */
    size_t w = m;
    while (w-- > from && w + 5 >= m && !polarity_has(r, w, W_WITHOUT)) {
        if (!list_word(r, w) && !is(r, w, "presence") &&
            !is(r, w, "participation") && !is(r, w, "attendance") &&
            !is(r, w, "any")) {
            return 0;
        }
    }
    if (w + 1 == 0 || w < from || w + 5 < m || !polarity_has(r, w, W_WITHOUT)) {
        return 0;
    }
    for (size_t k = from; k < to; k++) {
        if (polarity_has(r, k, W_SUMMIT | W_MEET_VERB | W_PRESENCE)) {
            return 1;
        }
    }
    return 0;
}

/* 1 when mention m is a preposition's object ("differences with the
 * Sudanese government", "the status of Kosovo"), not a subject; "of"
 * after a title is the name's own ("the Emir of Qatar"). */
static int preposition_before(const clause_reading *r, size_t from, size_t m) {
    size_t k = m;
    while (k > from && is(r, k - 1, "the")) {
        k--;
    }
    if (k == from) {
        return 0;
    }
    k--;
    if (is(r, k, "of")) {
        const token *t = k > 0 ? &r->tokens[k - 1] : NULL;
        return t == NULL ||
               !(polarity_has(r, k - 1, W_PEOPLE) ||
                 (t->kind == TOKEN_WORD && r->text[t->start] >= 'A' &&
                  r->text[t->start] <= 'Z'));
    }
    static const char *const prepositions[] = {
        "with",  "on",      "for",  "from",    "to", "at",  "in",
        "about", "against", "over", "between", "by", "than"};
    for (size_t i = 0; i < sizeof prepositions / sizeof *prepositions; i++) {
        if (is(r, k, prepositions[i])) {
            return 1;
        }
    }
    return 0;
}

/* What predicate p, of class c, whose subject is mention m, says of it. */
static polarity verdict(const clause_reading *r, size_t from, size_t m,
                        size_t p, unsigned c) {
    size_t n = verb_negator(r, from, p);
    if (c == W_ABSENT) {
        /* "not a single leader stayed away" is no absence; "his first
         * absence", "their second no-show" name it outright, where "is
         * notably absent" may be in person only */
        if (n != SIZE_MAX || determiner_negator(r, from, m) != SIZE_MAX) {
            return POLARITY_NONE;
        }
        return is(r, p, "absence") || is(r, p, "show") ? POLARITY_ABSENT
                                                       : POLARITY_MISSED;
    }
    if (n != SIZE_MAX && (n > m || p < m)) {
        return c == W_PRESENCE ? POLARITY_ABSENT : POLARITY_DENIED;
    }
    n = p > m ? determiner_negator(r, from, m) : SIZE_MAX;
    if (n == SIZE_MAX) {
        return POLARITY_NONE;
    }
    /* "neither A nor B attended" states absences; "no A official took
     * part" denies a count */
    return c == W_PRESENCE && !polarity_has(r, n, W_QUANTIFIER)
               ? POLARITY_ABSENT
               : POLARITY_DENIED;
}

/* The index of the first predicate at or after token k (binary search). */
static size_t first_predicate(const clause_reading *r, size_t k) {
    size_t lo = 0, hi = r->predicate_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (r->predicates[mid] < k) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

polarity polarity_of(const clause_reading *r, size_t m) {
    size_t from, to;
    polarity_clause(r, m, &from, &to);
    if (without_name(r, from, to, m)) {
        return POLARITY_ABSENT;
    }
    /* the first predicate of the name's own clause decides; one in an
     * aside about it (", who was absent for 12 years,") is background */
    int object = preposition_before(r, from, m);
    for (size_t i = first_predicate(r, from);
         i < r->predicate_count && r->predicates[i] < to; i++) {
        size_t p = r->predicates[i];
        unsigned c = r->predicate_class[i];
        if (p == m) {
            continue;
        }
        int subject = p > m ? !object && subject_before(r, m, p) == 1
                            : subject_after(r, m, p);
        if (subject) {
            return verdict(r, from, m, p, c);
        }
    }
    return POLARITY_NONE;
}

void polarity_release(clause_reading *r) {
    free(r->clause_from); /* the block of all the per-token arrays */
    r->classes = NULL;
    r->clause_from = r->clause_to = r->predicates = NULL;
    r->predicate_class = NULL;
    r->predicate_count = 0;
    r->capacity = r->count = 0;
}
