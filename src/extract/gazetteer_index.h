/*
 * Indexes of the gazetteer made once at its load (gazetteer_prepare), for
 * the questions the name reader asks per title or per person: which
 * entity has this id, which spellings has this entity, who holds an
 * office of this state, which state's spelling has this transliteration
 * key. Without them each question read every entity or every spelling
 * (about 1,300 and 5,000 of them in the world gazetteer).
 */
#ifndef ENTENTE_EXTRACT_GAZETTEER_INDEX_H
#define ENTENTE_EXTRACT_GAZETTEER_INDEX_H

#include "extract/extract_internal.h"

/* An office: the entity holding it and its index in its offices. */
typedef struct {
    uint32_t entity, office;
} gz_office_ref;

/* A one-word spelling (name or alias) of a state and its transliteration
 * key (names_key_of), in the key pool. */
typedef struct {
    uint32_t spelling, key_at, key_length;
} gz_state_key;

struct gazetteer_index_s {
    size_t *by_id; /* entity indices sorted by id */
    /* per entity e, its spellings in the gazetteer's order:
     * spellings[spelling_start[e] .. spelling_start[e + 1]) */
    uint32_t *spelling_start, *spellings;
    /* per entity h, the offices held of it, in the order of the
     * entities and of their offices: offices[office_start[h] ..
     * office_start[h + 1]) */
    uint32_t *office_start;
    gz_office_ref *offices;
    /* the state spellings a variant may be read as, in their order */
    gz_state_key *state_keys;
    size_t state_key_count;
    char *key_pool;
};

/* Builds g->index; -1 when out of memory (g->index NULL). */
int gazetteer_index_build(ent_gazetteer_t *g);
void gazetteer_index_free(ent_gazetteer_t *g);

/* The entity whose id is `id`, or SIZE_MAX. */
size_t gazetteer_find_id(const ent_gazetteer_t *g, const char *id);

#endif /* ENTENTE_EXTRACT_GAZETTEER_INDEX_H */
