/*
 * Reading a sentence for persons the gazetteer lacks (names.h): the
 * introductions first, by a title before or after the name, then every
 * writing of an article person's name, or of the surname alone, becomes
 * a mention the patterns read like a gazetteer person's.
 */
#include <string.h>
#include <strings.h>

#include "extract/names.h"

/* 1 when the words before the title make it a past one ("former",
 * "late", "ex-"): a former office-holder gets no office. */
static int former_before(const char *text, const token *tokens, size_t i) {
    for (size_t k = i; k > 0 && k + 3 > i; k--) {
        const token *t = &tokens[k - 1];
        if (names_word_is(text, t, "former") ||
            names_word_is(text, t, "late") || names_word_is(text, t, "ex") ||
            names_word_is(text, t, "outgoing")) {
            return 1;
        }
    }
    return 0;
}

/* 1 when a name ends at token `end`: the end, a mark, or a word in small
 * letters; not a capitalised word or a mention (the name goes on). */
static int name_ends(const char *text, const token *tokens, size_t count,
                     size_t end) {
    if (end >= count) {
        return 1;
    }
    const token *t = &tokens[end];
    return t->kind == TOKEN_PUNCT || t->kind == TOKEN_DASH ||
           (t->kind == TOKEN_WORD && text[t->start] >= 'a' &&
            text[t->start] <= 'z');
}

/* 1 when a name follows the title (a person the gazetteer knows, or
 * capitalised words), past "of [the] HOLDER" and honorifics: the title
 * is that name's, no apposition of a name before it. */
static int name_follows(const names_table *t, const char *text,
                        const token *tokens, size_t count,
                        const names_title *title) {
    size_t at = title->after, words;
    /* "TITLE of HOLDER H. E. Mr. NAME" is a list's next item */
    if (names_holder_of(t->base, text, tokens, count, &at) == SIZE_MAX) {
        at = names_skip_honorifics(text, tokens, count, at);
    }
    if (at < count && tokens[at].kind == TOKEN_MENTION) {
        return t->base->entities[tokens[at].m.entity].type == ENT_ENTITY_PERSON;
    }
    return names_read_name(t, text, tokens, count, at, &words) != 0;
}

/* 1 when the name ending at token `end` has its own title after a comma
 * ("NAME, Ambassador of ..."): the title before it is another's. The
 * next item of a list ("NAME, Hungarian Prime Minister Viktor Orban") is
 * no title of this name. */
static int own_title_after(const names_table *t, const char *text,
                           const token *tokens, size_t count, size_t end) {
    names_title title;
    if (end + 1 >= count || tokens[end].kind != TOKEN_PUNCT ||
        text[tokens[end].start] != ',') {
        return 0;
    }
    size_t at = end + 1;
    at += at < count && names_word_is(text, &tokens[at], "the");
    at += names_holder_at(t->base, tokens, count, at) != SIZE_MAX;
    return at < count && names_read_title(text, tokens, count, at, &title) &&
           !name_follows(t, text, tokens, count, &title);
}

/* Tokens a name is read from: the sentence's, or a copy where a bare
 * alias of someone the gazetteer knows opens a longer Arabic name
 * ("Mansour" of Adly Mansour in "Mansour bin Zayed"): that name is
 * someone else's. */
#define NAME_WINDOW 12
static const token *name_tokens(const char *text, const token *tokens,
                                size_t count, size_t at, token *copy,
                                size_t *copied) {
    if (at + 2 >= count || tokens[at].kind != TOKEN_MENTION ||
        tokens[at].m.kind != SPELLING_ALIAS ||
        !(names_word_is(text, &tokens[at + 1], "bin") ||
          names_word_is(text, &tokens[at + 1], "ibn"))) {
        return NULL;
    }
    size_t n = count - at < NAME_WINDOW ? count - at : NAME_WINDOW;
    for (size_t k = 0; k < n; k++) {
        copy[k] = tokens[at + k];
    }
    copy[0].kind = TOKEN_WORD;
    for (size_t k = copy[0].start; k < copy[0].end; k++) {
        if (text[k] == ' ') {
            return NULL; /* one word only */
        }
    }
    *copied = n;
    return copy;
}

/* TITLE [of [the] HOLDER] NAME [of [the] HOLDER], and TITLE, NAME. */
static ent_status title_first(names_table *t, finding_list *f, const char *text,
                              const token *tokens, size_t count,
                              const names_title *title, size_t holder) {
    const ent_gazetteer_t *g = t->base;
    size_t at = title->after;
    size_t of = names_holder_of(g, text, tokens, count, &at);
    holder = of != SIZE_MAX ? of : holder;
    int comma = at < count && tokens[at].kind == TOKEN_PUNCT &&
                text[tokens[at].start] == ',';
    if (of == SIZE_MAX || comma) {
        at = names_skip_honorifics(text, tokens, count, at + (size_t)comma);
    }
    token copy[NAME_WINDOW];
    size_t n = count;
    const token *from = name_tokens(text, tokens, count, at, copy, &n);
    size_t base = from != NULL ? at : 0;
    from = from != NULL ? from : tokens;
    size_t words, end = names_read_name(t, text, from, n, at - base, &words);
    if (end == 0 || (comma && words < 2) ||
        !name_ends(text, tokens, count, end + base) ||
        own_title_after(t, text, tokens, count, end + base)) {
        return ENT_OK;
    }
    size_t after = end + base;
    of = names_holder_of(g, text, tokens, count, &after);
    holder = holder == SIZE_MAX ? of : holder;
    return names_introduce(t, f, text, from, at - base, end, title, holder);
}

/* NAME, [the] [HOLDER('s)] TITLE [of [the] HOLDER]: the title at `open`
 * (the holder's token, or the title's own). */
static ent_status apposition(names_table *t, finding_list *f, const char *text,
                             const token *tokens, size_t count, size_t open,
                             const names_title *title, size_t holder) {
    size_t k = open;
    k -= k > 0 && names_word_is(text, &tokens[k - 1], "the");
    if (k < 3 || tokens[k - 1].kind != TOKEN_PUNCT ||
        text[tokens[k - 1].start] != ',') {
        return ENT_OK;
    }
    size_t comma = k - 1, from = SIZE_MAX, words = 0;
    /* the longest name that ends at the comma: at most 8 tokens back */
    for (size_t s = comma; s-- > 0 && s + 9 > comma;) {
        size_t w;
        if (names_read_name(t, text, tokens, count, s, &w) == comma && w >= 2) {
            from = s;
            words = w;
        }
    }
    size_t at = title->after;
    size_t of = names_holder_of(t->base, text, tokens, count, &at);
    holder = holder == SIZE_MAX ? of : holder;
    if (from == SIZE_MAX || words < 2 || holder == SIZE_MAX ||
        (from > 0 && names_is_name_word(t, text, &tokens[from - 1]))) {
        return ENT_OK;
    }
    return names_introduce(t, f, text, tokens, from, comma, title, holder);
}

/* 1 when no word of four letters or more is written small: a headline,
 * whose capitals say nothing of names. */
static int headline(const char *text, const token *tokens, size_t count) {
    for (size_t i = 0; i < count; i++) {
        if (tokens[i].kind == TOKEN_WORD &&
            tokens[i].end - tokens[i].start >= 4 &&
            text[tokens[i].start] >= 'a' && text[tokens[i].start] <= 'z') {
            return 0;
        }
    }
    return 1;
}

/* Reads the introductions of the sentence. */
static ent_status introductions(names_table *t, finding_list *f,
                                const char *text, token *tokens, size_t count) {
    ent_status status = ENT_OK;
    int checked = 0;
    for (size_t i = 0; status == ENT_OK && i < count; i++) {
        names_title title;
        if (tokens[i].kind != TOKEN_WORD ||
            !names_bit_test(t->title_bits, tokens[i].hash) ||
            !names_read_title(text, tokens, count, i, &title)) {
            continue;
        }
        if (!checked++ && headline(text, tokens, count)) {
            return ENT_OK;
        }
        names_state_variant(t, text, tokens, count, title.after);
        size_t open = i;
        size_t holder =
            i > 0 ? names_holder_at(t->base, tokens, count, i - 1) : SIZE_MAX;
        open -= holder != SIZE_MAX;
        if (former_before(text, tokens, open)) {
            i = title.after - 1;
            continue;
        }
        status = title_first(t, f, text, tokens, count, &title, holder);
        if (status == ENT_OK && !name_follows(t, text, tokens, count, &title)) {
            status =
                apposition(t, f, text, tokens, count, open, &title, holder);
        }
        i = title.after - 1;
    }
    return status;
}

/* The hash token k may name a person by: its word's, or without its
 * possessive ending ("Shettima's" as "Shettima"); 1 when the filter of
 * the article's persons has it. Most words fail on their own hash. */
static int person_hash(const names_table *t, const char *text, const token *k,
                       uint32_t *h) {
    *h = k->kind == TOKEN_WORD
             ? k->hash
             : text_word_hash(text + k->start, k->end - k->start);
    if (names_bit_test(t->person_bits, *h)) {
        return 1;
    }
    size_t mark = text[k->end - 1] == 's'
                      ? names_possessive_bytes(text, k->start, k->end)
                      : 0;
    if (mark == 0) {
        return 0;
    }
    *h = text_word_hash(text + k->start, k->end - k->start - mark);
    return names_bit_test(t->person_bits, *h);
}

/* The token after an article person's name at token i (its full name as
 * first written, or its surname alone, possessive or not), or 0; its
 * index in *person. The words' hashes rule most persons out. */
static size_t person_at(const names_table *t, const char *text,
                        const token *tokens, size_t count, size_t i,
                        size_t *person) {
    size_t at = tokens[i].start, limit = tokens[count - 1].end;
    uint32_t h;
    if (!person_hash(t, text, &tokens[i], &h)) {
        return 0;
    }
    for (size_t p = 0; p < t->count; p++) {
        const names_person *n = &t->persons[p];
        if (n->first_hash == h && n->full_length <= limit - at &&
            memcmp(text + at, text + n->full_at, n->full_length) == 0) {
            size_t end = at + n->full_length;
            for (size_t k = i; k < count && tokens[k].start < end; k++) {
                size_t e = tokens[k].end;
                if (e == end ||
                    e - names_possessive_bytes(text, at, e) == end) {
                    *person = p;
                    return k + 1;
                }
            }
        }
        size_t word = tokens[i].end - at;
        word -= names_possessive_bytes(text, at, tokens[i].end);
        if (tokens[i].kind == TOKEN_WORD && n->surname_hash == h &&
            n->surname_length >= 3 && word == n->surname_length &&
            strncasecmp(text + at, text + n->surname_at, word) == 0) {
            *person = p;
            return i + 1;
        }
    }
    return 0;
}

/* Turns each writing of an article person into one mention token. */
static void mark_persons(const names_table *t, const char *text, token *tokens,
                         size_t *count) {
    size_t n = *count, kept = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)text[tokens[i].start];
        size_t person, next = 0;
        int alias = tokens[i].kind == TOKEN_MENTION &&
                    tokens[i].m.kind == SPELLING_ALIAS;
        if ((tokens[i].kind == TOKEN_WORD || alias) &&
            ((c >= 'A' && c <= 'Z') || c >= 0xC3)) {
            next = person_at(t, text, tokens, n, i, &person);
        }
        if (next == 0) {
            if (kept != i) { /* copies only after a merge */
                tokens[kept] = tokens[i];
            }
            kept++;
            i++;
            continue;
        }
        token m = tokens[i];
        m.kind = TOKEN_MENTION;
        m.hash = 0;
        m.end = tokens[next - 1].end;
        m.m.start = m.start;
        m.m.end = m.end;
        m.m.entity = t->persons[person].entity;
        m.m.kind = next - i > 1 ? SPELLING_NAME : SPELLING_ALIAS;
        m.m.possessive = names_possessive_bytes(text, m.start, m.end) != 0;
        m.m.spelling = -1;
        tokens[kept++] = m;
        i = next;
    }
    *count = kept;
}

ent_status names_sentence(names_table *t, finding_list *f, const char *text,
                          token *tokens, size_t *count) {
    if (*count == 0) {
        return ENT_OK;
    }
    ent_status status = introductions(t, f, text, tokens, *count);
    if (status == ENT_OK && t->count > 0) {
        mark_persons(t, text, tokens, count);
    }
    return status;
}

static int is_local(const names_table *t, size_t entity) {
    return entity != EXTRACT_EVENT && entity != EXTRACT_PENDING_ORG &&
           entity >= t->base->entity_count;
}

void names_discount(const names_table *t, finding_list *f) {
    if (t->count == 0) {
        return;
    }
    for (size_t i = 0; i < f->count; i++) {
        found_relation *r = &f->items[i];
        if (is_local(t, r->source) || is_local(t, r->target) ||
            ((r->flags & FOUND_INFERRED) && is_local(t, r->via))) {
            r->confidence *= NAMES_CONFIDENCE_FACTOR;
        }
    }
}
