/*
 * Private parts of the model shared with its own files and the loader.
 */
#ifndef ENTENTE_MODEL_INTERNAL_H
#define ENTENTE_MODEL_INTERNAL_H

#include <stddef.h>

#include "entente/model.h"

/*
 * A bump allocator for the snapshot's strings and small arrays: a load
 * makes one allocation per block instead of one per string, and the owner
 * frees every block in one pass.
 */
typedef struct arena_block arena_block;
typedef struct {
    arena_block *head;
} arena_t;

void *arena_alloc(arena_t *arena, size_t size);
/* Copies `text` (NULL gives NULL); *failed is set when out of memory. */
const char *arena_strdup(arena_t *arena, const char *text, int *failed);
void arena_release(arena_t *arena);

/*
 * Open-addressing map from an id to a record's index. Each slot keeps the
 * key's hash and the key itself (a string the arena owns, so it never
 * moves); a NULL key marks an empty slot.
 */
typedef struct {
    size_t hash;
    const char *key;
    size_t position;
} id_slot;
typedef struct {
    id_slot *slots;
    size_t capacity; /* a power of two, or 0 */
    size_t count;
} id_index_t;

void id_index_release(id_index_t *index);
/* Returns 1 and sets *found (when not NULL) when `key` is present. */
int id_index_find(const id_index_t *index, const char *key, size_t *found);
/* Adds `key` (absent, and living as long as the index) for `position`;
 * returns 0 when out of memory. */
int id_index_insert(id_index_t *index, const char *key, size_t position);

struct ent_snapshot {
    arena_t arena;
    const char *id;
    const char *title;
    const char *date;
    struct cJSON *attributes;

    ent_source_t *sources;
    size_t source_count, source_capacity;
    id_index_t source_index;

    ent_entity_t *entities;
    size_t entity_count, entity_capacity;
    id_index_t entity_index;

    ent_relation_type_t *relation_types;
    size_t relation_type_count, relation_type_capacity;
    id_index_t relation_type_index;

    ent_relation_t *relations;
    size_t relation_count, relation_capacity;
};

/* Reserves room for `count` more records, for loaders that know sizes. */
ent_status snapshot_reserve(ent_snapshot_t *snapshot, size_t sources,
                            size_t entities, size_t relations);

/* The built-in relation types, in the order of DESIGN.md. */
extern const ent_relation_type_t builtin_relation_types[];
extern const size_t builtin_relation_type_count;

#endif /* ENTENTE_MODEL_INTERNAL_H */
