/*
 * The parts of a pattern match that read more than one token: coordinated
 * and set-out lists of names, titles ("prime minister", "secretary -
 * general") and names said earlier in the sentence.
 */
#include <stdlib.h>
#include <string.h>

#include "extract/patterns_internal.h"

/* Words a list item may hold around its name. */
#define LIST_QUALIFIERS 14

/* 1 when token i is joined to a dash with no space between: a part of a
 * hyphenated word ("Guinea-bissau", "al-Lafi", a line's "Repub-lic"). */
static int glued_to_dash(const sentence_tokens *s, size_t i) {
    const token *t = &s->tokens[i];
    return (i > 0 && s->tokens[i - 1].kind == TOKEN_DASH &&
            s->tokens[i - 1].end == t->start) ||
           (i + 1 < s->count && s->tokens[i + 1].kind == TOKEN_DASH &&
            s->tokens[i + 1].start == t->end);
}

/* 1 when token i names who stands for states and more of the item
 * follows ("the leaders of observer states Hungary"): the last word of
 * an item ("his Kyrgyz and Tajik counterparts") is left to the rule. */
static int group_before_name(const sentence_tokens *s, size_t i) {
    if (!names_group(s, i) || i + 1 >= s->count) {
        return 0;
    }
    const token *next = &s->tokens[i + 1];
    return next->kind == TOKEN_MENTION || names_group(s, i + 1) ||
           is_capitalized(s, i + 1) || in_class(s, i + 1, CLASS_QUALIFIER);
}

/* A word that may stand in a list item beside its mention: a capitalized
 * word ("President"), a mention of another type ("Turkish"), a dash, a
 * part of a hyphenated word, a few small words ("acting President of
 * Iran") and the words for who stands for states ("the leaders of
 * observer states"). */
/* 1 when the token at i is the full stop of an abbreviation inside a
 * name or title ("Ferdinand Marcos Jr.,", "H.E. Emomali Rahmon", "Mr.
 * Putin", "Mohamed A. Ali"): part of the item, not the end of the
 * sentence. */
static int abbreviation_stop(const sentence_tokens *s, size_t i) {
    static const char *const short_words[] = {
        "Jr",  "Sr", "Mr",   "Mrs",  "Ms", "Dr",  "Gen",
        "Col", "Lt", "Capt", "Prof", "HE", "Hon", "Amb"};
    if (i == 0 || !is_punct(s, i, '.') ||
        s->tokens[i].start != s->tokens[i - 1].end) {
        return 0;
    }
    const char *w = s->text + s->tokens[i - 1].start;
    size_t n = s->tokens[i - 1].end - s->tokens[i - 1].start;
    if (n == 1) {
        return w[0] >= 'A' && w[0] <= 'Z'; /* an initial */
    }
    for (size_t k = 0; k < sizeof short_words / sizeof *short_words; k++) {
        if (strlen(short_words[k]) == n && memcmp(w, short_words[k], n) == 0) {
            return 1;
        }
    }
    return 0;
}

/* 1 when the token at i is a lower-case particle between two
 * capitalized words of a name ("Tamim bin Hamad", "Mohammed bin
 * Salman", "Lula da Silva"). */
static int name_particle(const sentence_tokens *s, size_t i) {
    static const char *const particles[] = {"bin", "bint", "ibn", "al",  "el",
                                            "da",  "de",   "dos", "van", "von"};
    if (i == 0 || i + 1 >= s->count || !is_capitalized(s, i - 1) ||
        !is_capitalized(s, i + 1)) {
        return 0;
    }
    const char *w = s->text + s->tokens[i].start;
    size_t n = s->tokens[i].end - s->tokens[i].start;
    for (size_t k = 0; k < sizeof particles / sizeof *particles; k++) {
        if (strlen(particles[k]) == n && memcmp(w, particles[k], n) == 0) {
            return 1;
        }
    }
    return 0;
}

/* 1 when the token at i is a year in brackets after a name: "Albania
 * (2009), Belgium (1949)" dates the item (a joining, a founding), it
 * does not end it. */
static int bracketed_year(const sentence_tokens *s, size_t i) {
    const token *t = &s->tokens[i];
    if (t->kind != TOKEN_NUMBER || t->end - t->start != 4 || i == 0 ||
        !is_punct(s, i - 1, '(') || !is_punct(s, i + 1, ')')) {
        return 0;
    }
    const char *w = s->text + t->start;
    return (w[0] == '1' && w[1] >= '8') || (w[0] == '2' && w[1] == '0');
}

static int is_qualifier(const sentence_tokens *s, size_t i) {
    const token *t = &s->tokens[i];
    /* the cheap tests first: each is a question about the token alone */
    return t->kind == TOKEN_MENTION || t->kind == TOKEN_DASH ||
           is_capitalized(s, i) || in_class(s, i, CLASS_QUALIFIER) ||
           is_punct(s, i, '(') || is_punct(s, i, ')') ||
           abbreviation_stop(s, i) || name_particle(s, i) ||
           glued_to_dash(s, i) || group_before_name(s, i) ||
           bracketed_year(s, i);
}

/* 1 when the token at i starts its line (only white space before it). */
static int starts_line(const sentence_tokens *s, size_t i) {
    size_t at = s->tokens[i].start;
    while (at > 0 && (s->text[at - 1] == ' ' || s->text[at - 1] == '\t')) {
        at--;
    }
    return at == 0 || s->text[at - 1] == '\n' || s->text[at - 1] == '\r';
}

/* A bullet or number that opens an item of a set-out list: "•" or "·",
 * or at the start of a line a dash, "*", "1." or "1)" (a dash inside a
 * line is a hyphen or an aside). Returns the tokens it takes, 0 for none. */
size_t bullet_at_mark(const sentence_tokens *s, size_t i) {
    const token *t = &s->tokens[i];
    size_t n = t->end - t->start;
    if (t->kind == TOKEN_PUNCT &&
        ((n == 3 && memcmp(s->text + t->start, "\xE2\x80\xA2", 3) == 0) ||
         (n == 2 && memcmp(s->text + t->start, "\xC2\xB7", 2) == 0))) {
        return 1;
    }
    /* Only a dash, "*" or a number opens a line's item: test the kind
     * before looking back for the line's start. */
    if ((t->kind != TOKEN_DASH && t->kind != TOKEN_PUNCT &&
         t->kind != TOKEN_NUMBER) ||
        !starts_line(s, i)) {
        return 0;
    }
    if (t->kind == TOKEN_DASH || is_punct(s, i, '*')) {
        return 1;
    }
    if (t->kind == TOKEN_NUMBER && n <= 2 &&
        (is_punct(s, i + 1, '.') || is_punct(s, i + 1, ')'))) {
        return 2;
    }
    return 0;
}

/* The separator between list items at j: ",", ";", "and", ", and",
 * "as well as", or a bullet. Returns the index after it (j for none). */
static size_t separator(const sentence_tokens *s, size_t j) {
    size_t k = j;
    if (is_punct(s, k, ',') || is_punct(s, k, ';')) {
        k++;
    }
    if (in_class(s, k, CLASS_AND_OR)) {
        k++;
    } else if (in_class(s, k, CLASS_AS) && in_class(s, k + 1, CLASS_WELL) &&
               in_class(s, k + 2, CLASS_AS)) {
        k += 3;
    }
    return k + bullet_at(s, k);
}

/* 1 when tokens [i, k) are only capitalized words and dashes, after an
 * optional "the": a name ("the TRNC"). */
static int unknown_name(const sentence_tokens *s, size_t i, size_t k) {
    if (i + 1 < k && in_class(s, i, CLASS_ARTICLE)) {
        i++;
    }
    for (size_t j = i; j < k; j++) {
        if (!is_capitalized(s, j) && s->tokens[j].kind != TOKEN_DASH &&
            s->tokens[j].kind != TOKEN_MENTION) {
            return 0;
        }
    }
    return k > i;
}

/* One list item at i: up to LIST_QUALIFIERS qualifiers and fitting
 * mentions (each bound: "Turkish President Erdogan" names both who
 * attends and the state he stands for), up to the next separator. An item with
 * no fitting mention made only of qualifiers ("President of Russia" after a
 * name, a misspelt name) is skipped without a binding. Returns the index after
 * it, or 0 for no item. */
static size_t list_item(const sentence_tokens *s, const element *e, size_t i,
                        captures *c) {
    int bound = 0, former = 0;
    size_t k = i, before = c->bound_count[e->var];
    for (; k < s->count && k - i <= LIST_QUALIFIERS; k++) {
        const token *t = &s->tokens[k];
        if (k > i && separator(s, k) != k) {
            break;
        }
        if (in_class(s, k, CLASS_FORMER)) {
            former = 1;
        }
        /* "the Former President of Turkmenistan" is no one who stands for
         * the state, nor is "North Cyprus" or a misspelt "Guinea-bissau"
         * the state: its mention is a qualifier, not a binding. */
        if (slot_fits(e, t, s->g) &&
            !((former || (k > i && names_region(s, k - 1)) ||
               glued_to_dash(s, k)) &&
              s->g->entities[t->m.entity].type == ENT_ENTITY_STATE) &&
            !(k > i && s->g->entities[t->m.entity].type == ENT_ENTITY_STATE &&
              names_institution(s, k))) {
            size_t *n = &c->bound_count[e->var];
            if (*n < MAX_LIST) {
                c->bound[e->var][(*n)++] = t->m.entity;
            }
            bound = 1;
        } else if (!is_qualifier(s, k)) {
            break;
        }
    }
    /* Unbound, the item must end at a separator, or be a name the
     * gazetteer lacks ("Guterres and Nurlan Yermekbayev will attend"):
     * otherwise it is not an item but the words after the list. */
    if (k == i || k - i > LIST_QUALIFIERS ||
        (!bound && (k >= s->count || separator(s, k) == k) &&
         !unknown_name(s, i, k))) {
        c->bound_count[e->var] = before;
        return 0;
    }
    return k;
}

/* A dateline that opens the sentence ("WASHINGTON – Sweden officially
 * became ..."): a place in capitals and a dash, not one of a list of
 * states (members). A list that may name persons keeps it: the host of
 * "JAKARTA — Prime Minister ... attended" is present. Returns the tokens
 * it takes, 0 for none. */
static size_t dateline_at(const sentence_tokens *s, const element *e,
                          size_t i) {
    if (i != 0 || s->count < 3 || s->tokens[0].kind != TOKEN_MENTION ||
        (e->types & ent_entity_type_bit(ENT_ENTITY_PERSON)) ||
        s->tokens[1].kind != TOKEN_DASH) {
        return 0;
    }
    size_t letters = 0;
    for (size_t at = s->tokens[0].start; at < s->tokens[0].end; at++) {
        char c = s->text[at];
        if (c >= 'a' && c <= 'z') {
            return 0;
        }
        letters += c >= 'A' && c <= 'Z';
    }
    return letters >= 3 ? 2 : 0;
}

/* A coordinated list: items joined by separators. Greedy: a list never
 * gives back items. An apposition after the last name ("Tokayev,
 * President of Kazakhstan, attended") belongs to the list, with its
 * closing comma. Returns the end, or 0 when nothing was bound. */
static size_t read_list(const sentence_tokens *s, const element *e, size_t i,
                        captures *c) {
    size_t before = c->bound_count[e->var];
    size_t start = i + dateline_at(s, e, i);
    start += bullet_at(s, start);
    if (start >= s->count ||
        (!slot_fits(e, &s->tokens[start], s->g) && !is_qualifier(s, start))) {
        return 0;
    }
    size_t end = list_item(s, e, start, c);
    int last_bound = c->bound_count[e->var] > before;
    while (end != 0) {
        size_t j = separator(s, end);
        if (j == end || j >= s->count) {
            break;
        }
        size_t had = c->bound_count[e->var];
        size_t next = list_item(s, e, j, c);
        if (next == 0) {
            break;
        }
        end = next;
        last_bound = c->bound_count[e->var] > had;
    }
    if (c->bound_count[e->var] == before) {
        return 0;
    }
    return !last_bound && is_punct(s, end, ',') ? end + 1 : end;
}

struct cached_list_s *patterns_list_cache_new(void) {
    return calloc(LIST_CACHE_SLOTS, sizeof(cached_list));
}

/* The slot of the list at i for e's entity types. */
static cached_list *list_slot(const sentence_tokens *s, const element *e,
                              size_t i) {
    size_t h = i * 31u + (size_t)e->types * 7u + (size_t)e->possessive;
    return &s->lists[h % LIST_CACHE_SLOTS];
}

/* read_list, remembered for the sentence: a list of names opens many
 * rules, and each read it again. What it binds and where it ends depend
 * only on the start and the entity types, as long as the bindings before
 * it and in it stay under MAX_LIST (else the list is read anew). */
size_t match_list(const sentence_tokens *s, const element *e, size_t i,
                  captures *c) {
    size_t *n = &c->bound_count[e->var];
    cached_list *l = list_slot(s, e, i);
    if (l->stamp == s->stamp && l->start == i && l->types == e->types &&
        l->possessive == e->possessive && *n + l->count < MAX_LIST) {
        memcpy(&c->bound[e->var][*n], l->bound, l->count * sizeof *l->bound);
        *n += l->count;
        return l->end;
    }
    size_t before = *n;
    size_t end = read_list(s, e, i, c);
    if (before == 0 && *n < MAX_LIST && i <= UINT32_MAX) {
        l->stamp = s->stamp;
        l->start = (uint32_t)i;
        l->types = e->types;
        l->possessive = e->possessive;
        l->end = end;
        l->count = end != 0 ? *n : 0;
        memcpy(l->bound, c->bound[e->var], l->count * sizeof *l->bound);
    }
    return end;
}

/* Matches a title at i; returns the index after it, or 0. */
size_t match_role(const sentence_tokens *s, size_t i, captures *c) {
    for (size_t r = 0; r < extract_role_count; r++) {
        const compiled_role *role = &s->p->roles[r];
        size_t k = 0;
        while (k < role->count && i + k < s->count &&
               (role->ids[k] == WORD_DASH
                    ? s->tokens[i + k].kind == TOKEN_DASH
                    : s->tokens[i + k].kind == TOKEN_WORD &&
                          s->ids[i + k] == role->ids[k])) {
            k++;
        }
        if (k == role->count) {
            c->role = extract_roles[r].role;
            return i + k;
        }
    }
    return 0;
}

/* Binds the nearest mention before token i that fits the element: for a
 * person, only one in office as a head of state or government on the
 * date ("... Sadyr Japarov said that the head of state will not ..."). */
int bind_earlier(const sentence_tokens *s, const element *e, size_t i,
                 captures *c) {
    for (size_t k = i; k-- > 0;) {
        const token *t = &s->tokens[k];
        if (t->kind != TOKEN_MENTION || !slot_fits(e, t, s->g)) {
            continue;
        }
        if (s->g->entities[t->m.entity].type == ENT_ENTITY_PERSON &&
            !heads_a_state(s->g, t->m.entity, s->date)) {
            continue;
        }
        c->bound[e->var][0] = t->m.entity;
        c->bound_count[e->var] = 1;
        return 1;
    }
    return 0;
}
