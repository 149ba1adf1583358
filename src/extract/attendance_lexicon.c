/*
 * The lexical evidence of the attendance models (attendance_model.h): the
 * lower-case words around a candidate's mentions, weighed by a lexicon
 * that scripts/train-attendance selects and weighs from the development
 * gold. Hand-made cue lists written from development sentences did not
 * carry to new text; these words are chosen by the data, under strong
 * regularization, and cross-validated by article.
 *
 * A word is a run of ASCII letters, read only when written all in lower
 * case: names (capitalized) never become evidence, so the lexicon holds
 * the general words of news about meetings. The words are read once per
 * candidate when the article is decided, from the mentions noted in the
 * first pass: the first pass only notes where each mention stands.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/buffer.h"
#include "extract/attendance_model.h"

ent_status attendance_note_mention(attendance_pass *p, attend_person *r,
                                   const token *t, sentence where) {
    if (!grow_array((void **)&p->mentions, &p->mention_capacity,
                    p->mention_count + 1, sizeof *p->mentions)) {
        return ENT_ENOMEM;
    }
    if (p->named_count == 0 ||
        p->named[p->named_count - 1].where.start != where.start) {
        if (!grow_array((void **)&p->named, &p->named_capacity,
                        p->named_count + 1, sizeof *p->named)) {
            return ENT_ENOMEM;
        }
        p->named[p->named_count++] = (attend_sentence){where, {0, 0}, {0, 0}};
    }
    attend_mention *m = &p->mentions[p->mention_count++];
    m->sentence = (uint32_t)p->named_count - 1;
    m->start = t->start;
    m->end = t->end;
    m->next = 0;
    uint32_t at = (uint32_t)p->mention_count;
    if (r->last_mention != 0) {
        p->mentions[r->last_mention - 1].next = at;
    } else {
        r->first_mention = at;
    }
    r->last_mention = at;
    return ENT_OK;
}

static int letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The next run of letters in [*at, end): 1 and its bounds, or 0. */
static int next_word(const char *text, size_t *at, size_t end, size_t *start,
                     size_t *stop) {
    size_t i = *at;
    while (i < end && !letter(text[i])) {
        i++;
    }
    if (i >= end) {
        *at = end;
        return 0;
    }
    *start = i;
    while (i < end && letter(text[i])) {
        i++;
    }
    *stop = *at = i;
    return 1;
}

/* Whether the word is evidence: two letters or more, all lower case. */
static int lower_word(const char *w, size_t n) {
    for (size_t k = 0; k < n; k++) {
        if (w[k] < 'a' || w[k] > 'z') {
            return 0;
        }
    }
    return n >= 2;
}

typedef void (*word_visit)(void *context, const char *word, size_t length,
                           int near);

static void visit_if_lower(const char *text, size_t start, size_t stop,
                           int near, word_visit visit, void *context) {
    if (lower_word(text + start, stop - start)) {
        visit(context, text + start, stop - start, near);
    }
}

/* The run of letters ending before *at and after `limit`, scanning
 * back: 1 and its bounds, or 0. */
static int previous_word(const char *text, size_t *at, size_t limit,
                         size_t *start, size_t *stop) {
    size_t i = *at;
    while (i > limit && !letter(text[i - 1])) {
        i--;
    }
    if (i <= limit) {
        *at = limit;
        return 0;
    }
    *stop = i;
    while (i > limit && letter(text[i - 1])) {
        i--;
    }
    *start = *at = i;
    return 1;
}

/* The near words of one mention: LEXICON_NEAR words either side, read
 * outward from it (a sentence of many names costs no more per name). */
static void visit_near(const char *text, const attend_mention *m,
                       sentence where, word_visit visit, void *context) {
    size_t at = m->start, start, stop;
    for (size_t k = 0; k < LEXICON_NEAR &&
                       previous_word(text, &at, where.start, &start, &stop);
         k++) {
        visit_if_lower(text, start, stop, 1, visit, context);
    }
    at = m->end;
    for (size_t k = 0;
         k < LEXICON_NEAR && next_word(text, &at, where.end, &start, &stop);
         k++) {
        visit_if_lower(text, start, stop, 1, visit, context);
    }
}

/* Every word of a sentence. */
static void visit_sentence(const char *text, sentence where, word_visit visit,
                           void *context) {
    size_t at = where.start, start, stop;
    while (next_word(text, &at, where.end, &start, &stop)) {
        visit_if_lower(text, start, stop, 0, visit, context);
    }
}

/* Visits the words of every mention of r, in text order: the near ones,
 * and those of each sentence once (for the explanation). */
static void visit_words(const attendance_pass *p, const char *text,
                        const attend_person *r, word_visit visit,
                        void *context) {
    uint32_t last_sentence = UINT32_MAX;
    for (uint32_t at = r->first_mention; at != 0;
         at = p->mentions[at - 1].next) {
        const attend_mention *m = &p->mentions[at - 1];
        sentence where = p->named[m->sentence].where;
        visit_near(text, m, where, visit, context);
        if (m->sentence != last_sentence) {
            visit_sentence(text, where, visit, context);
        }
        last_sentence = m->sentence;
    }
}

/* The entry of `word` in lx, or SIZE_MAX. */
static size_t lexicon_find(const lexicon *lx, const char *word, size_t n) {
    size_t low = 0, high = lx->count;
    while (low < high) {
        size_t mid = low + (high - low) / 2;
        const char *e = lx->entries[mid].word;
        int c = strncmp(e, word, n);
        c = c != 0 ? c : (e[n] != '\0');
        if (c == 0) {
            return mid;
        }
        if (c < 0) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    return SIZE_MAX;
}

typedef struct {
    const lexicon *lx;
    uint64_t seen[2]; /* per entry: [sentence, near] */
    uint64_t filter;  /* the word_bit of each entry */
} lexical_sum;

/* A bit of a word's first and last letters and length: a word whose bit
 * no entry has is not looked up (most words of a sentence). */
static uint64_t word_bit(const char *word, size_t n) {
    return (uint64_t)1 << ((unsigned)(word[0] * 7 + word[n - 1] * 3 + n) & 63);
}

static lexical_sum lexical_start(const lexicon *lx) {
    lexical_sum s = {lx, {0, 0}, 0};
    for (size_t k = 0; k < lx->count && k < LEXICON_MAX; k++) {
        s.filter |= word_bit(lx->entries[k].word, strlen(lx->entries[k].word));
    }
    return s;
}

static void mark_word(void *context, const char *word, size_t n, int near) {
    lexical_sum *s = context;
    if (!(s->filter & word_bit(word, n))) {
        return;
    }
    size_t k = lexicon_find(s->lx, word, n);
    if (k < LEXICON_MAX) {
        s->seen[near] |= (uint64_t)1 << k;
    }
}

/* The entries of lx that sentence k of the pass holds (bits), read once
 * a sentence and lexicon: a sentence naming many candidates is read once
 * for them all. */
static uint64_t sentence_bits(const lexicon *lx, const attendance_pass *p,
                              const char *text, uint32_t k) {
    attend_sentence *c = &p->named[k];
    int slot = lx == &attendance_state_lexicon;
    if (c->read[slot] != lx) {
        lexical_sum s = lexical_start(lx);
        visit_sentence(text, c->where, mark_word, &s);
        c->bits[slot] = s.seen[0];
        c->read[slot] = lx;
    }
    return c->bits[slot];
}

/* One weighed word, for the explanation. */
typedef struct {
    size_t entry;
    int near;
    double weight;
} contribution;

static int stronger(const void *a, const void *b) {
    const contribution *x = a, *y = b;
    double ax = x->weight < 0 ? -x->weight : x->weight;
    double ay = y->weight < 0 ? -y->weight : y->weight;
    if (ax != ay) {
        return ax > ay ? -1 : 1;
    }
    if (x->entry != y->entry) {
        return x->entry < y->entry ? -1 : 1;
    }
    return y->near - x->near;
}

/* Contributions shown by --explain, the strongest first. */
#define SHOWN_WORDS 4

static void explain_contributions(const lexicon *lx, contribution *c, size_t n,
                                  char *tail, size_t size) {
    qsort(c, n, sizeof *c, stronger);
    int at = 0;
    for (size_t k = 0; k < n && k < SHOWN_WORDS && at >= 0 && (size_t)at < size;
         k++) {
        at += snprintf(tail + at, size - (size_t)at, "%s %s@%s%+.2f",
                       k == 0 ? " words:" : "", lx->entries[c[k].entry].word,
                       c[k].near ? "near" : "sentence", c[k].weight);
    }
}

double attendance_lexical(const lexicon *lx, const attendance_pass *p,
                          const char *text, const attend_person *r, char *tail,
                          size_t size) {
    if (tail != NULL && size > 0) {
        tail[0] = '\0';
    }
    if (lx->count == 0) {
        return 0;
    }
    lexical_sum s = lexical_start(lx);
    uint32_t last_sentence = UINT32_MAX;
    for (uint32_t at = r->first_mention; at != 0;
         at = p->mentions[at - 1].next) {
        const attend_mention *m = &p->mentions[at - 1];
        visit_near(text, m, p->named[m->sentence].where, mark_word, &s);
        if (m->sentence != last_sentence) {
            s.seen[0] |= sentence_bits(lx, p, text, m->sentence);
        }
        last_sentence = m->sentence;
    }
    contribution c[2 * LEXICON_MAX];
    size_t n = 0;
    double sum = 0; /* in the entries' order: the same bits each run */
    for (size_t k = 0; k < lx->count && k < LEXICON_MAX; k++) {
        for (int near = 0; near < 2; near++) {
            double w = near ? lx->entries[k].near : lx->entries[k].sentence;
            if ((s.seen[near] >> k & 1) && w != 0) {
                sum += w;
                c[n++] = (contribution){k, near, w};
            }
        }
    }
    if (tail != NULL && size > 0) {
        explain_contributions(lx, c, n, tail, size);
    }
    return sum;
}

/* Every word around a candidate, for the explanation. */
typedef struct {
    struct word_seen {
        const char *word;
        size_t length;
        int near;
    } * items;
    size_t count, capacity;
    int failed;
} word_list;

static void keep_word(void *context, const char *word, size_t n, int near) {
    word_list *l = context;
    if (!grow_array((void **)&l->items, &l->capacity, l->count + 1,
                    sizeof *l->items)) {
        l->failed = 1;
        return;
    }
    l->items[l->count++] = (struct word_seen){word, n, near};
}

/* Near words first, then by bytes. */
static int word_order(const void *a, const void *b) {
    const struct word_seen *x = a, *y = b;
    if (x->near != y->near) {
        return y->near - x->near;
    }
    size_t n = x->length < y->length ? x->length : y->length;
    int c = memcmp(x->word, y->word, n);
    return c != 0 ? c : (x->length > y->length) - (x->length < y->length);
}

/* The line "  PREFIX words ID near: ...; sentence: ..." of the sorted,
 * distinct words of l, in `line` (of at least 64 + every word's bytes
 * and a blank each). */
static void words_line(const word_list *l, const char *prefix, const char *id,
                       char *line) {
    char *at = line + sprintf(line, "  %s words %s near:", prefix, id);
    int near = 1;
    for (size_t k = 0; k < l->count; k++) {
        const struct word_seen *w = &l->items[k];
        if (near && !w->near) {
            at += sprintf(at, "; sentence:");
            near = 0;
        }
        if (k > 0 && word_order(w, w - 1) == 0) {
            continue;
        }
        *at++ = ' ';
        memcpy(at, w->word, w->length);
        at += w->length;
    }
    if (near) {
        at += sprintf(at, "; sentence:");
    }
    *at = '\0';
}

ent_status attendance_explain_words(const ent_extract_options_t *o,
                                    const attendance_pass *p, const char *text,
                                    const char *prefix, const char *id,
                                    const attend_person *r) {
    word_list l = {NULL, 0, 0, 0};
    visit_words(p, text, r, keep_word, &l);
    size_t bytes = 64 + strlen(prefix) + strlen(id);
    for (size_t k = 0; k < l.count; k++) {
        bytes += l.items[k].length + 1;
    }
    char *line = l.failed ? NULL : malloc(bytes);
    if (line == NULL) {
        free(l.items);
        return ENT_ENOMEM;
    }
    if (l.count > 0) {
        qsort(l.items, l.count, sizeof *l.items, word_order);
    }
    words_line(&l, prefix, id, line);
    o->explain(o->explain_payload, line);
    free(line);
    free(l.items);
    return ENT_OK;
}
