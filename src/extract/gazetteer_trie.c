/*
 * The gazetteer's tables once read: one trie of every spelling keyed by
 * ASCII-lowercased bytes, so that matching at a position costs the length
 * of the longest spelling, whatever the gazetteer's size, and the longest
 * match wins naturally; and the offices persons hold, by date.
 */
#include <stdlib.h>
#include <string.h>

#include "common/buffer.h"
#include "extract/extract_internal.h"
#include "extract/gazetteer_dated.h"
#include "extract/patterns_internal.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Bytes past the last label that trie_child may read, and the longest
 * run of labels it compares at once. */
#define LABEL_PAD 16

static unsigned char fold(unsigned char c) {
    return (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

static int new_node(ent_gazetteer_t *g, unsigned char byte) {
    if (!grow_array((void **)&g->nodes, &g->node_capacity, g->node_count + 1,
                    sizeof *g->nodes)) {
        return -1;
    }
    gz_node *node = &g->nodes[g->node_count];
    node->child = node->sibling = node->spelling = -1;
    node->byte = byte;
    return (int)g->node_count++;
}

static int find_child(const ent_gazetteer_t *g, int node, unsigned char byte) {
    for (int c = g->nodes[node].child; c >= 0; c = g->nodes[c].sibling) {
        if (g->nodes[c].byte == byte) {
            return c;
        }
    }
    return -1;
}

int gazetteer_trie_init(ent_gazetteer_t *g) {
    memset(g->root_child, 0xFF, sizeof g->root_child);
    return new_node(g, 0) == 0 ? 0 : -1;
}

/* Appends the children of building node `old` to order[*placed...],
 * sorted by byte (insertion sort: a node has few children). */
static void place_children(const ent_gazetteer_t *g, int old, int *order,
                           size_t *placed) {
    size_t from = *placed;
    for (int c = g->nodes[old].child; c >= 0; c = g->nodes[c].sibling) {
        size_t at = (*placed)++;
        while (at > from && g->nodes[order[at - 1]].byte > g->nodes[c].byte) {
            order[at] = order[at - 1];
            at--;
        }
        order[at] = c;
    }
}

/* Lays out node j, which starts at building node order[j]: its first
 * byte, then the run of single children without a spelling that follows
 * it as its tail. order[j] becomes the building node that ends the run,
 * whose children are j's. */
static void lay_out_node(ent_gazetteer_t *g, gz_trie_node *node, int *end,
                         size_t *tail_count) {
    const gz_node *nodes = g->nodes;
    int y = *end;
    node->tail_at = (uint32_t)*tail_count;
    node->tail_length = 0;
    while (nodes[y].spelling < 0 && nodes[y].child >= 0 &&
           nodes[nodes[y].child].sibling < 0 &&
           node->tail_length < UINT16_MAX) {
        y = nodes[y].child;
        g->tails[(*tail_count)++] = nodes[y].byte;
        node->tail_length++;
    }
    node->spelling = nodes[y].spelling;
    *end = y;
}

/* 1 when the letter at text[i] comes after a hyphen or an apostrophe
 * (', or the last byte of ’): such a capital may be met by a small
 * letter, as texts write "Guinea-bissau" and "Côte d'ivoire". */
static int after_joiner(const char *text, size_t i) {
    return i > 0 && (text[i - 1] == '-' || text[i - 1] == '\'' ||
                     (unsigned char)text[i - 1] == 0x99);
}

/* 1 for an abbreviation of four or more capitals, which many outlets
 * write with one ("Nato", "Asean"); shorter ones are words ("US", "us"). */
static int title_case_abbreviation(const gz_spelling *s) {
    if (s->kind != SPELLING_ABBREVIATION || s->length < 4) {
        return 0;
    }
    for (size_t i = 0; i < s->length; i++) {
        if (s->text[i] < 'A' || s->text[i] > 'Z') {
            return 0;
        }
    }
    return 1;
}

/* The capitals of each spelling (ent_gazetteer.capitals), those after a
 * joiner left out; 0 when out of memory. */
static int spelling_capitals(ent_gazetteer_t *g) {
    g->capitals = malloc((g->spelling_count + 1) * sizeof *g->capitals);
    if (g->capitals == NULL) {
        return 0;
    }
    for (size_t k = 0; k < g->spelling_count; k++) {
        const gz_spelling *s = &g->spellings[k];
        uint64_t bits = 0;
        for (size_t i = 0; i < s->length; i++) {
            if (s->text[i] >= 'A' && s->text[i] <= 'Z' &&
                !after_joiner(s->text, i)) {
                bits |= (uint64_t)1 << (i < 63 ? i : 63);
            }
        }
        if (title_case_abbreviation(s)) {
            bits &= 1; /* "Nato", "Asean", "Ecowas" as the press writes them */
        }
        g->capitals[k] = bits;
    }
    return 1;
}

int gazetteer_trie_finish(ent_gazetteer_t *g) {
    size_t n = g->node_count, tail_count = 0;
    gz_trie_node *trie = malloc(n * sizeof *trie);
    int *order = malloc(n * sizeof *order);    /* building node of each node */
    size_t *stack = malloc(n * sizeof *stack); /* nodes to place under */
    g->tails = malloc(n);
    /* padded, so that trie_child may read 16 labels from any child */
    g->labels = calloc(n + LABEL_PAD, 1);
    if (trie == NULL || order == NULL || stack == NULL || g->tails == NULL ||
        g->labels == NULL) {
        free(trie);
        free(order);
        free(stack);
        return -1;
    }
    /* Depth first over the blocks of children, so that a child's own
     * children come right after its block. */
    memset(&trie[0], 0, sizeof trie[0]);
    g->labels[0] = 0;
    trie[0].spelling = g->nodes[0].spelling;
    order[0] = 0;
    size_t placed = 1, depth = 0;
    stack[depth++] = 0;
    while (depth > 0) {
        size_t k = stack[--depth], from = placed;
        place_children(g, order[k], order, &placed);
        trie[k].first = (int32_t)from;
        trie[k].count = (uint16_t)(placed - from);
        for (size_t c = from; c < placed; c++) {
            g->labels[c] = g->nodes[order[c]].byte;
            lay_out_node(g, &trie[c], &order[c], &tail_count);
        }
        for (size_t c = placed; c > from; c--) {
            stack[depth++] = c - 1;
        }
    }
    if (!spelling_capitals(g)) {
        free(trie);
        free(order);
        free(stack);
        return -1;
    }
    memset(g->root_child, 0xFF, sizeof g->root_child);
    for (unsigned c = 0; c < trie[0].count; c++) {
        g->root_child[g->labels[trie[0].first + c]] =
            trie[0].first + (int32_t)c;
    }
    free(order);
    free(stack);
    free(g->nodes);
    g->nodes = NULL;
    g->node_capacity = 0;
    g->node_count = placed;
    g->trie = trie;
    return 0;
}

/* The child of `node` by `byte` in the laid-out trie, or -1. */
static int32_t trie_child(const ent_gazetteer_t *g, int32_t node,
                          unsigned char byte) {
    if (node == 0) {
        return g->root_child[byte];
    }
    int32_t first = g->trie[node].first;
    const unsigned char *labels = g->labels + first;
    unsigned low = 0, high = g->trie[node].count;
    /* the labels are sorted: halve a long run (the letters after a
     * capital), then compare the rest at once (a node's labels differ,
     * so one at most is the byte) */
    while (high - low > LABEL_PAD) {
        unsigned mid = low + (high - low) / 2;
        if (labels[mid] < byte) {
            low = mid + 1;
        } else {
            high = mid + 1; /* labels[mid] may be the byte */
        }
    }
#ifdef __SSE2__
    __m128i run = _mm_loadu_si128((const __m128i *)(labels + low));
    unsigned hits = (unsigned)_mm_movemask_epi8(
                        _mm_cmpeq_epi8(run, _mm_set1_epi8((char)byte))) &
                    ((1u << (high - low)) - 1);
    return hits != 0 ? first + (int32_t)(low + (unsigned)__builtin_ctz(hits))
                     : -1;
#else
    for (unsigned k = low; k < high; k++) {
        if (labels[k] >= byte) {
            return labels[k] == byte ? first + (int32_t)k : -1;
        }
    }
    return -1;
#endif
}

int gazetteer_trie_insert(ent_gazetteer_t *g, const char *text, size_t entity,
                          spelling_kind kind, const char *since,
                          const char *until, size_t *claimed_by) {
    size_t length = strlen(text);
    int node = 0;
    for (size_t i = 0; i < length; i++) {
        unsigned char byte = fold((unsigned char)text[i]);
        int child = find_child(g, node, byte);
        if (child < 0) {
            child = new_node(g, byte);
            if (child < 0) {
                return -1;
            }
            g->nodes[child].sibling = g->nodes[node].child;
            g->nodes[node].child = child;
        }
        node = child;
    }
    /* dated forms may share a spelling: the date tells them apart */
    int dated = kind == SPELLING_ALIAS && (since != NULL || until != NULL);
    for (int s = g->nodes[node].spelling; s >= 0; s = g->spellings[s].next) {
        if (g->spellings[s].entity != entity &&
            !(dated && gazetteer_dated_form(&g->spellings[s]))) {
            *claimed_by = g->spellings[s].entity;
            return 1;
        }
    }
    if (!grow_array((void **)&g->spellings, &g->spelling_capacity,
                    g->spelling_count + 1, sizeof *g->spellings)) {
        return -1;
    }
    gz_spelling *s = &g->spellings[g->spelling_count];
    s->text = strdup(text);
    s->since = since ? strdup(since) : NULL;
    s->until = until ? strdup(until) : NULL;
    s->length = length;
    s->entity = entity;
    s->kind = kind;
    /* Keep the chain in file order so that the first spelling wins. */
    s->next = -1;
    int *link = &g->nodes[node].spelling;
    while (*link >= 0) {
        link = &g->spellings[*link].next;
    }
    *link = (int)g->spelling_count++;
    return !s->text || (since && !s->since) || (until && !s->until) ? -1 : 0;
}

void ent_gazetteer_free(ent_gazetteer_t *g) {
    if (g == NULL) {
        return;
    }
    for (size_t i = 0; i < g->entity_count; i++) {
        gz_entity *e = &g->entities[i];
        free(e->id);
        free(e->name);
        for (size_t k = 0; k < e->office_count; k++) {
            free(e->offices[k].role);
            free(e->offices[k].since);
            free(e->offices[k].until);
        }
        free(e->offices);
    }
    for (size_t i = 0; i < g->spelling_count; i++) {
        free(g->spellings[i].text);
        free(g->spellings[i].since);
        free(g->spellings[i].until);
    }
    free(g->entities);
    free(g->spellings);
    free(g->nodes);
    free(g->trie);
    free(g->tails);
    free(g->labels);
    free(g->capitals);
    gazetteer_prepared_free(g);
    free(g);
}

size_t ent_gazetteer_entity_count(const ent_gazetteer_t *g) {
    return g->entity_count;
}

size_t ent_gazetteer_spelling_count(const ent_gazetteer_t *g) {
    return g->spelling_count;
}

/* The case rule: a capital in the spelling needs a capital in the text, a
 * small letter matches either (so "drug trafficking" opens a sentence as
 * "Drug trafficking", but "US" never matches "us"); a capital after a
 * hyphen or an apostrophe matches either too ("Guinea-bissau"). */
static int case_fits(const gz_spelling *s, const char *text) {
    for (size_t i = 0; i < s->length; i++) {
        char c = s->text[i];
        if (c >= 'A' && c <= 'Z' && text[i] != c && !after_joiner(s->text, i)) {
            return 0;
        }
    }
    return 1;
}

/* case_fits of spelling k, from its capitals: the trie matched the text
 * with letters folded, so a capital of the spelling is met exactly when
 * the text has a capital there. */
static int capitals_fit(const ent_gazetteer_t *g, int k, const char *text) {
    uint64_t bits = g->capitals[k];
    if (bits >> 63) {
        return case_fits(&g->spellings[k], text); /* a long spelling */
    }
    for (; bits != 0; bits &= bits - 1) {
        char c = text[__builtin_ctzll(bits)];
        if (c < 'A' || c > 'Z') {
            return 0;
        }
    }
    return 1;
}

/* Length of a possessive ending at text[at]: 's, ’s, or a bare
 * apostrophe after a final s; 0 for none. */
static size_t possessive_size(const char *text, size_t length, size_t at) {
    size_t quote = 0;
    if (at < length && text[at] == '\'') {
        quote = 1;
    } else if (at + 2 < length && (unsigned char)text[at] == 0xE2 &&
               (unsigned char)text[at + 1] == 0x80 &&
               (unsigned char)text[at + 2] == 0x99) {
        quote = 3;
    }
    if (quote == 0) {
        return 0;
    }
    if (at + quote < length && text[at + quote] == 's' &&
        !text_is_word_at(text, length, at + quote + 1)) {
        return quote + 1;
    }
    if (at > 0 && text[at - 1] == 's' &&
        !text_is_word_at(text, length, at + quote)) {
        return quote;
    }
    return 0;
}

/* 1 when text[0, length) is `tail` with ASCII letters folded. */
static int tail_fits(const unsigned char *tail, size_t length,
                     const char *text) {
    for (size_t k = 0; k < length; k++) {
        if (fold((unsigned char)text[k]) != tail[k]) {
            return 0;
        }
    }
    return 1;
}

/* text_is_word_at, with ASCII decided here without a call. */
static inline int word_goes_on(const char *text, size_t length, size_t at) {
    unsigned c = at < length ? (unsigned char)text[at] : 0;
    if (c < 0x80) {
        return (c | 0x20) - 'a' < 26u || c - '0' < 10u;
    }
    return text_is_word_at(text, length, at);
}

/* The dated form of the chain from `first` in use on `date`: -1 when two
 * persons' are, unless exactly one of them holds an office of `state`
 * on the date (the state named just before: "Jordanian King Abdullah"),
 * or none is. */
static int dated_pick(const ent_gazetteer_t *g, int first, const char *text,
                      const char *date, size_t state) {
    int pick = -1, hinted = -1, persons = 0, holders = 0;
    for (int sp = first; sp >= 0; sp = g->spellings[sp].next) {
        const gz_spelling *s = &g->spellings[sp];
        if (!gazetteer_dated_form(s) || !capitals_fit(g, sp, text) ||
            !dates_include(s->since, s->until, date)) {
            continue;
        }
        if (pick < 0 || g->spellings[pick].entity != s->entity) {
            persons++;
            pick = pick >= 0 ? pick : sp;
            if (state != SIZE_MAX &&
                office_on(g, s->entity, state, date) != NULL &&
                (hinted < 0 || g->spellings[hinted].entity != s->entity)) {
                holders++;
                hinted = sp;
            }
        }
    }
    if (persons <= 1) {
        return pick;
    }
    return holders == 1 ? hinted : -1;
}

/* The spelling of the chain from `first` that the text at `at` is: the
 * first whose capitals fit, or for a dated form the one in use on
 * `date`; -1 for none. */
static int chain_pick(const ent_gazetteer_t *g, int first, const char *text,
                      const char *date, size_t state) {
    for (int sp = first; sp >= 0; sp = g->spellings[sp].next) {
        if (capitals_fit(g, sp, text)) {
            return gazetteer_dated_form(&g->spellings[sp])
                       ? dated_pick(g, sp, text, date, state)
                       : sp;
        }
    }
    return -1;
}

/* The longest spelling at text[at] (trie walk, case rule, a word's end,
 * dated forms on `date`): its index and end in *best and *best_end, -1
 * for none. *accent is set when the text the walk read has an accented
 * Latin letter. */
static void match_spelling(const ent_gazetteer_t *g, const char *text,
                           size_t length, size_t at, const char *date,
                           size_t state, int *best, size_t *best_end,
                           int *accent) {
    int32_t node = 0;
    *best = -1;
    *best_end = 0;
    *accent = 0;
    for (size_t i = at; i < length;) {
        node = trie_child(g, node, fold((unsigned char)text[i]));
        if (node < 0) {
            *accent = text_has_latin_accent(text, at, i + 1);
            break;
        }
        const gz_trie_node *t = &g->trie[node];
        if (length - i - 1 < t->tail_length ||
            !tail_fits(g->tails + t->tail_at, t->tail_length, text + i + 1)) {
            size_t stop = i + 1 + t->tail_length;
            *accent =
                text_has_latin_accent(text, at, stop < length ? stop : length);
            break;
        }
        i += 1 + t->tail_length; /* the end of what matched */
        if (t->spelling < 0 || word_goes_on(text, length, i)) {
            continue;
        }
        int sp = chain_pick(g, t->spelling, text + at, date, state);
        if (sp >= 0) {
            *best = sp;
            *best_end = i;
        }
    }
}

/* The ASCII letter of each character U+00C0 to U+017F without its
 * accent, '.' for none: "José" is "Jose", "Erdoğan" "Erdogan". */
static const char latin_letters[] =
    "AAAAAA.CEEEEIIII.NOOOOO.OUUUUY..aaaaaa.ceeeeiiii.nooooo.ouuuuy.y"
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi..JjKk.LlLlLlLlLlNn"
    "NnNn...OoOoOo..RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz.";

/* Bytes of text an accent-folded match reads at most. */
#define FOLDED_MAX 96

/* The text at `at` with the accents of Latin letters taken off (two
 * bytes to one), into out[], with the text offset of each byte in
 * from[] (and of the end in from[n]); its length. */
static size_t fold_accents(const char *text, size_t length, size_t at,
                           char *out, size_t *from) {
    size_t n = 0, i = at;
    while (i < length && n < FOLDED_MAX) {
        unsigned char c = (unsigned char)text[i];
        from[n] = i;
        if (c >= 0xC3 && c <= 0xC5 && i + 1 < length) {
            unsigned code =
                ((c & 0x1Fu) << 6) | ((unsigned char)text[i + 1] & 0x3Fu);
            char letter =
                code >= 0xC0 && code < 0x180 ? latin_letters[code - 0xC0] : '.';
            if (letter != '.') {
                out[n++] = letter;
                i += 2;
                continue;
            }
        }
        out[n++] = (char)c;
        i++;
    }
    from[n] = i;
    return n;
}

int gazetteer_match(const ent_gazetteer_t *g, const char *text, size_t length,
                    size_t at, mention *found) {
    return gazetteer_match_on(g, text, length, at, NULL, found);
}

int gazetteer_match_on(const ent_gazetteer_t *g, const char *text,
                       size_t length, size_t at, const char *date,
                       mention *found) {
    return gazetteer_match_near(g, text, length, at, date, SIZE_MAX, found);
}

int gazetteer_match_near(const ent_gazetteer_t *g, const char *text,
                         size_t length, size_t at, const char *date,
                         size_t state, mention *found) {
    int best, accent;
    size_t best_end;
    match_spelling(g, text, length, at, date, state, &best, &best_end, &accent);
    if (best < 0 && accent) {
        /* "José Mario Vaz" for the gazetteer's "Jose Mario Vaz" */
        char folded[FOLDED_MAX];
        size_t from[FOLDED_MAX + 1];
        size_t n = fold_accents(text, length, at, folded, from);
        match_spelling(g, folded, n, 0, date, state, &best, &best_end, &accent);
        if (best >= 0) {
            best_end = from[best_end];
            if (text_is_word_at(text, length, best_end)) {
                best = -1; /* the folded copy was cut inside a word */
            }
        }
    }
    if (best < 0) {
        return 0;
    }
    size_t tail = possessive_size(text, length, best_end);
    found->start = at;
    found->end = best_end + tail;
    found->entity = g->spellings[best].entity;
    found->kind = g->spellings[best].kind;
    found->possessive = tail > 0;
    found->spelling = best;
    return 1;
}

size_t gazetteer_title_length(const ent_gazetteer_t *g, int spelling) {
    const gz_spelling *s = &g->spellings[spelling];
    const char *space = strchr(s->text, ' ');
    if (!gazetteer_dated_form(s) || space == NULL) {
        return 0;
    }
    size_t n = (size_t)(space - s->text);
    for (size_t k = 0; k < extract_role_count; k++) {
        const char *words = extract_roles[k].words;
        if (strlen(words) == n &&
            tail_fits((const unsigned char *)words, n, s->text)) {
            return n + 1;
        }
    }
    return 0;
}

int gazetteer_spelling_in_use(const ent_gazetteer_t *g, int spelling,
                              const char *date) {
    size_t entity = g->spellings[spelling].entity;
    for (int s = spelling; s >= 0; s = g->spellings[s].next) {
        if (g->spellings[s].entity == entity &&
            dates_include(g->spellings[s].since, g->spellings[s].until, date)) {
            return 1;
        }
    }
    return 0;
}

int gazetteer_office(const ent_gazetteer_t *g, size_t entity, const char *role,
                     const char *date, ent_entity_type type, size_t *index) {
    const gz_entity *e = &g->entities[entity];
    if (e->type == type && role == NULL) {
        *index = entity;
        return 1;
    }
    for (size_t k = 0; k < e->office_count; k++) {
        const gz_office *o = &e->offices[k];
        if (g->entities[o->of].type == type &&
            (role == NULL || strcmp(o->role, role) == 0) &&
            dates_include(o->since, o->until, date)) {
            *index = o->of;
            return 1;
        }
    }
    return 0;
}

int ent_gazetteer_lookup(const ent_gazetteer_t *g, const char *text,
                         const char **id, ent_entity_type *type,
                         const char **name) {
    size_t length = strlen(text), entity = g->entity_count;
    for (size_t i = 0; i < g->entity_count && entity == g->entity_count; i++) {
        if (strcmp(g->entities[i].id, text) == 0) {
            entity = i;
        }
    }
    mention m;
    if (entity == g->entity_count && length > 0 &&
        gazetteer_match(g, text, length, 0, &m) && m.end == length &&
        !m.possessive &&
        (m.kind == SPELLING_NAME || m.kind == SPELLING_ALIAS ||
         m.kind == SPELLING_ABBREVIATION)) {
        entity = m.entity;
    }
    if (entity == g->entity_count) {
        return 0;
    }
    *id = g->entities[entity].id;
    *type = g->entities[entity].type;
    *name = g->entities[entity].name;
    return 1;
}
