/*
 * The gazetteer's indexes (gazetteer_index.h), made once at its load.
 * Each lists what a scan of all entities or all spellings met, in the
 * order the scan met it, so that a reader taking the first it finds
 * takes the same one.
 */
#include <stdlib.h>

#include "extract/gazetteer_index.h"
#include "extract/names.h"

/* An entity's id and index, sorted by id (no global for qsort: two
 * gazetteers may load at once). */
typedef struct {
    const char *id;
    size_t entity;
} id_entry;

static int by_id(const void *a, const void *b) {
    return strcmp(((const id_entry *)a)->id, ((const id_entry *)b)->id);
}

/* Counts to starts: start[e] becomes the sum of the counts before e. */
static void counts_to_starts(uint32_t *start, size_t n) {
    uint32_t sum = 0;
    for (size_t e = 0; e <= n; e++) {
        uint32_t c = start[e];
        start[e] = sum;
        sum += c;
    }
}

/* Each entity's spellings, and the offices held of each entity. */
static void fill_lists(const ent_gazetteer_t *g, struct gazetteer_index_s *x) {
    size_t n = g->entity_count;
    for (size_t k = 0; k < g->spelling_count; k++) {
        x->spelling_start[g->spellings[k].entity]++;
    }
    counts_to_starts(x->spelling_start, n);
    for (size_t k = 0; k < g->spelling_count; k++) {
        /* start[e] runs ahead while filling, and is moved back after */
        x->spellings[x->spelling_start[g->spellings[k].entity]++] = (uint32_t)k;
    }
    for (size_t e = n; e > 0; e--) {
        x->spelling_start[e] = x->spelling_start[e - 1];
    }
    x->spelling_start[0] = 0;
    for (size_t e = 0; e < n; e++) {
        for (size_t k = 0; k < g->entities[e].office_count; k++) {
            x->office_start[g->entities[e].offices[k].of]++;
        }
    }
    counts_to_starts(x->office_start, n);
    for (size_t e = 0; e < n; e++) {
        for (size_t k = 0; k < g->entities[e].office_count; k++) {
            gz_office_ref r = {(uint32_t)e, (uint32_t)k};
            x->offices[x->office_start[g->entities[e].offices[k].of]++] = r;
        }
    }
    for (size_t e = n; e > 0; e--) {
        x->office_start[e] = x->office_start[e - 1];
    }
    x->office_start[0] = 0;
}

/* The spellings a state's variant may be read as (names_state_variant):
 * a name or alias of a state, one word, whose key has five letters or
 * more (a shorter one is never taken). -1 when out of memory. */
static int fill_state_keys(const ent_gazetteer_t *g,
                           struct gazetteer_index_s *x) {
    size_t used = 0, bytes = 1;
    for (size_t k = 0; k < g->spelling_count; k++) {
        bytes += g->spellings[k].length + 1; /* a key is no longer */
    }
    x->state_keys = malloc((g->spelling_count + 1) * sizeof *x->state_keys);
    x->key_pool = malloc(bytes);
    if (x->state_keys == NULL || x->key_pool == NULL) {
        return -1;
    }
    for (size_t k = 0; k < g->spelling_count; k++) {
        const gz_spelling *p = &g->spellings[k];
        if ((p->kind != SPELLING_NAME && p->kind != SPELLING_ALIAS) ||
            g->entities[p->entity].type != ENT_ENTITY_STATE ||
            p->length >= NAMES_TEXT_MAX ||
            memchr(p->text, ' ', p->length) != NULL) {
            continue;
        }
        size_t n =
            names_key_of(p->text, p->length, x->key_pool + used, p->length + 1);
        if (n >= 5) {
            gz_state_key s = {(uint32_t)k, (uint32_t)used, (uint32_t)n};
            x->state_keys[x->state_key_count++] = s;
            used += n;
        }
    }
    return 0;
}

int gazetteer_index_build(ent_gazetteer_t *g) {
    size_t n = g->entity_count, offices = 0;
    struct gazetteer_index_s *x = calloc(1, sizeof *x);
    g->index = x;
    if (x == NULL) {
        return -1;
    }
    for (size_t e = 0; e < n; e++) {
        offices += g->entities[e].office_count;
    }
    id_entry *sorted = malloc((n + 1) * sizeof *sorted);
    x->by_id = malloc((n + 1) * sizeof *x->by_id);
    x->spelling_start = calloc(n + 1, sizeof *x->spelling_start);
    x->spellings = malloc((g->spelling_count + 1) * sizeof *x->spellings);
    x->office_start = calloc(n + 1, sizeof *x->office_start);
    x->offices = malloc((offices + 1) * sizeof *x->offices);
    if (x->by_id == NULL || x->spelling_start == NULL || x->spellings == NULL ||
        x->office_start == NULL || x->offices == NULL || sorted == NULL ||
        fill_state_keys(g, x) != 0) {
        free(sorted);
        gazetteer_index_free(g);
        return -1;
    }
    for (size_t e = 0; e < n; e++) {
        sorted[e].id = g->entities[e].id;
        sorted[e].entity = e;
    }
    qsort(sorted, n, sizeof *sorted, by_id);
    for (size_t e = 0; e < n; e++) {
        x->by_id[e] = sorted[e].entity;
    }
    free(sorted);
    fill_lists(g, x);
    return 0;
}

void gazetteer_index_free(ent_gazetteer_t *g) {
    struct gazetteer_index_s *x = g->index;
    if (x == NULL) {
        return;
    }
    free(x->by_id);
    free(x->spelling_start);
    free(x->spellings);
    free(x->office_start);
    free(x->offices);
    free(x->state_keys);
    free(x->key_pool);
    free(x);
    g->index = NULL;
}

size_t gazetteer_find_id(const ent_gazetteer_t *g, const char *id) {
    const struct gazetteer_index_s *x = g->index;
    size_t low = 0, high = g->entity_count;
    while (low < high) {
        size_t mid = low + (high - low) / 2;
        int c = strcmp(g->entities[x->by_id[mid]].id, id);
        if (c == 0) {
            return x->by_id[mid];
        }
        if (c < 0) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    return SIZE_MAX;
}
