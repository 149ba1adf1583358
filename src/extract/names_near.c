/*
 * Near spellings of an office-holder's name (names.h): the press writes
 * the same person as "Boutefliqa" and "Bouteflika", "Gimpu" and
 * "Ghimpu", "Sholz" and "Scholz". A loose match of a name is only safe
 * where the text says which office the person holds: a title with its
 * state ("acting president of Moldova, Mihay Gimpu") names the one person
 * the gazetteer has in that office on the article's date, and a written
 * surname near that person's is taken as that person. A near name with
 * no title, or under another office, is never matched: the caller only
 * asks here with the holder the title gives.
 */
#include <stdio.h>
#include <string.h>

#include "extract/gazetteer_index.h"
#include "extract/names.h"

/* Transliteration key of a word: ASCII small letters, with the choices
 * transliterations differ on folded (y, j -> i; q -> k; ou -> u; h
 * dropped, which covers kh/h and gh/g; a doubled letter once; hyphens,
 * apostrophes and other marks dropped). Bytes from 0x80 are kept, so
 * that two spellings differing only there stay apart. Returns the key's
 * length. */
size_t names_key_of(const char *w, size_t n, char *out, size_t size) {
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < size; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c >= 'A' && c <= 'Z') {
            c = (unsigned char)(c - 'A' + 'a');
        }
        if (c < 0x80 && (c < 'a' || c > 'z')) {
            continue;
        }
        if (c == 'h') {
            continue;
        }
        if (c == 'y' || c == 'j') {
            c = 'i';
        } else if (c == 'q') {
            c = 'k';
        } else if (c == 'u' && k > 0 && out[k - 1] == 'o') {
            k--;
        }
        if (k > 0 && (unsigned char)out[k - 1] == c) {
            continue;
        }
        out[k++] = (char)c;
    }
    out[k] = '\0';
    return k;
}

/* 1 when the edit distance of a and b (lengths m, n < NAMES_TEXT_MAX) is
 * at most `limit`; one row of the table at a time. */
static int within_edits(const char *a, size_t m, const char *b, size_t n,
                        size_t limit) {
    size_t row[NAMES_TEXT_MAX + 1];
    if ((m > n ? m - n : n - m) > limit) {
        return 0;
    }
    for (size_t j = 0; j <= n; j++) {
        row[j] = j;
    }
    for (size_t i = 1; i <= m; i++) {
        size_t diagonal = row[0], best = i;
        row[0] = i;
        for (size_t j = 1; j <= n; j++) {
            size_t up = row[j];
            size_t cost = diagonal + (a[i - 1] != b[j - 1]);
            cost = up + 1 < cost ? up + 1 : cost;
            cost = row[j - 1] + 1 < cost ? row[j - 1] + 1 : cost;
            row[j] = cost;
            diagonal = up;
            best = cost < best ? cost : best;
        }
        if (best > limit) {
            return 0;
        }
    }
    return row[n] <= limit;
}

/* A name cut at its last space: its given names (none: given_length
 * 0) and its surname. */
typedef struct {
    const char *given, *surname;
    size_t given_length, surname_length;
} split_name;

/* The name text[at, end) cut at its last space. The written name comes
 * without its possessive ending (names.c name_bytes drops it), a
 * gazetteer spelling has none. */
static split_name split_at_last_space(const char *text, size_t at, size_t end) {
    size_t s = end;
    while (s > at && text[s - 1] != ' ') {
        s--;
    }
    split_name n = {text + at, text + s, s > at ? s - 1 - at : 0, end - s};
    return n;
}

/* 1 when the keys of a and b have the same first letter and are equal,
 * or, the shorter key having four letters or more, within one edit (two
 * from seven letters); with `prefix`, also when one key opens the other
 * ("Abdel" and "Abdelaziz", an initial "A" and "Alexander"). */
static int near_words(const char *a, size_t m, const char *b, size_t n,
                      int prefix) {
    char ka[NAMES_TEXT_MAX], kb[NAMES_TEXT_MAX];
    if (m >= NAMES_TEXT_MAX || n >= NAMES_TEXT_MAX) {
        return 0;
    }
    size_t km = names_key_of(a, m, ka, sizeof ka),
           kn = names_key_of(b, n, kb, sizeof kb);
    size_t shorter = km < kn ? km : kn;
    if (shorter == 0 || ka[0] != kb[0]) {
        return 0;
    }
    if ((km == kn || prefix) && memcmp(ka, kb, shorter) == 0) {
        return 1;
    }
    size_t limit = shorter >= 7 ? 2 : shorter >= 4 ? 1 : 0;
    return limit > 0 && within_edits(ka, km, kb, kn, limit);
}

/* 1 when the written name w is near the spelling s: near surnames
 * (each of three bytes at least), and, when the text writes given
 * names, near given names of the spelling, which must have some
 * ("Mehriban Aliyeva" is not Ilham Aliyev; "Abdel" may stand for
 * "Abdelaziz"). */
static int near_in_order(const split_name *w, const split_name *s) {
    if (w->surname_length < 3 || s->surname_length < 3 ||
        !near_words(w->surname, w->surname_length, s->surname,
                    s->surname_length, 0)) {
        return 0;
    }
    if (w->given_length == 0) {
        return 1;
    }
    return s->given_length > 0 &&
           near_words(w->given, w->given_length, s->given, s->given_length, 1);
}

/* near_in_order, or a two-word name written surname first ("Kishida
 * Fumio" for Fumio Kishida), as East Asian names often are. Each name
 * is split once, by the caller. */
static int near_spelling(const split_name *w, const split_name *s) {
    if (near_in_order(w, s)) {
        return 1;
    }
    if (w->given_length == 0 || s->given_length == 0 ||
        memchr(w->given, ' ', w->given_length) ||
        memchr(s->given, ' ', s->given_length)) {
        return 0; /* one word, or more than two */
    }
    return w->given_length >= 3 && s->surname_length >= 3 &&
           near_words(w->given, w->given_length, s->surname, s->surname_length,
                      0) &&
           near_words(w->surname, w->surname_length, s->given, s->given_length,
                      0);
}

int names_near_entity(const ent_gazetteer_t *g, const char *text, size_t at,
                      size_t end, size_t entity) {
    /* the holder's name and its spellings: "Bouteflika", "Abdelaziz
     * Bouteflika" */
    const char *name = g->entities[entity].name;
    split_name written = split_at_last_space(text, at, end);
    split_name own = split_at_last_space(name, 0, strlen(name));
    if (near_spelling(&written, &own)) {
        return 1;
    }
    /* the entity's own spellings, in the gazetteer's order */
    const struct gazetteer_index_s *x = g->index;
    for (uint32_t k = x->spelling_start[entity];
         k < x->spelling_start[entity + 1]; k++) {
        const gz_spelling *p = &g->spellings[x->spellings[k]];
        split_name other = split_at_last_space(p->text, 0, p->length);
        if (near_spelling(&written, &other)) {
            return 1;
        }
    }
    return 0;
}

void names_state_variant(const names_table *t, const char *text, token *tokens,
                         size_t count, size_t at) {
    const ent_gazetteer_t *g = t->base;
    if (at + 1 >= count || !names_word_is(text, &tokens[at], "of")) {
        return;
    }
    at++;
    at += at + 1 < count && names_word_is(text, &tokens[at], "the");
    token *w = &tokens[at];
    size_t m = w->end - w->start;
    if (w->kind != TOKEN_WORD || !names_is_name_word(t, text, w) ||
        m >= NAMES_TEXT_MAX) {
        return;
    }
    /* the word's key against the keys of the state spellings a variant
     * may be read as (gazetteer_index.c: a name or alias of one word,
     * five letters of key or more), made once at the gazetteer's load */
    char key[NAMES_TEXT_MAX];
    size_t n = names_key_of(text + w->start, m, key, sizeof key);
    const struct gazetteer_index_s *x = g->index;
    size_t found = SIZE_MAX;
    for (size_t k = 0; n >= 5 && k < x->state_key_count; k++) {
        const gz_state_key *s = &x->state_keys[k];
        const gz_spelling *p = &g->spellings[s->spelling];
        /* the same written first letter too (the keys would also let
         * y/j/i, q/k and a dropped h agree; a state's variant is not
         * taken on those alone) */
        if ((p->text[0] | 0x20) != (text[w->start] | 0x20) ||
            s->key_length != n || memcmp(x->key_pool + s->key_at, key, n)) {
            continue;
        }
        if (found != SIZE_MAX && found != p->entity) {
            return; /* two states' keys: neither */
        }
        found = p->entity;
    }
    if (found == SIZE_MAX) {
        return;
    }
    w->kind = TOKEN_MENTION;
    w->hash = 0;
    w->m.start = w->start;
    w->m.end = w->end;
    w->m.entity = found;
    w->m.kind = SPELLING_NAME;
    w->m.possessive = 0;
    w->m.spelling = -1;
    if (t->options->explain != NULL) {
        char line[200];
        snprintf(line, sizeof line,
                 "  names: '%.*s' read as the state %s: its spelling's "
                 "transliteration, after a title",
                 (int)m, text + w->start, g->entities[found].id);
        t->options->explain(t->options->explain_payload, line);
    }
}
