/*
 * Private parts of the model shared with its own files and the loader.
 */
#ifndef ENTENTE_MODEL_INTERNAL_H
#define ENTENTE_MODEL_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "common/arena.h"
#include "entente/model.h"

/* The snapshot's strings and small arrays come from an arena (a zeroed
 * arena_t, default settings): a load makes one allocation per block
 * instead of one per string, and the owner frees every block in one
 * pass. */

/*
 * Open-addressing map from an id to a record's index. Each 32-byte slot
 * keeps 32 bits of the key's hash, the record's index, the key (a string
 * the arena owns, so it never moves; NULL marks an empty slot) and its
 * first bytes: a short key (most ids) is compared inside the slot, without
 * a cache miss on the record or the string. Record counts stay below 2^32.
 */
enum { ID_SLOT_HEAD = 16 };
typedef struct {
    uint32_t hash;
    uint32_t position;
    const char *key;
    char head[ID_SLOT_HEAD]; /* the key's first bytes, NUL-padded */
} id_slot;
typedef struct {
    id_slot *slots;
    size_t capacity; /* a power of two, or 0 */
    size_t count;
} id_index_t;

void id_index_release(id_index_t *index);
/* Starts loading the slot where `key` would be, so that a find a little
 * later does not wait for memory: with 10^5 ids the slots outgrow the
 * cache, and two look-ups per relation were a sixth of a load. */
void id_index_prefetch(const id_index_t *index, const char *key);
/* Returns 1 and sets *found (when not NULL) when `key` is present. */
int id_index_find(const id_index_t *index, const char *key, size_t *found);
/* Adds `key` (absent, and living as long as the index) for `position`;
 * returns 0 when out of memory. */
int id_index_insert(id_index_t *index, const char *key, size_t position);
/* The slots a find of every key present visits, in all: the tests' measure
 * of collisions (a count, not a time). */
size_t id_index_probe_total(const id_index_t *index);

/*
 * A block for a large array, in memory that can use transparent huge
 * pages where the system offers them (memory.c): fewer page faults on
 * the first touch. Uninitialized; NULL when out of memory; free() it,
 * realloc() works on it.
 */
void *large_array_new(size_t bytes);

/* Starts loading the cache line at `address` (a hint; no effect where the
 * compiler has no such built-in). */
static inline void memory_prefetch(const void *address) {
#if defined(__GNUC__)
    __builtin_prefetch(address);
#else
    (void)address;
#endif
}

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
    /* The entity types again, one byte each: checking a relation's
     * endpoint types then touches a small array, not the records. */
    unsigned char *entity_types;
    size_t entity_type_capacity;
    id_index_t entity_index;

    ent_relation_type_t *relation_types;
    size_t relation_type_count, relation_type_capacity;
    id_index_t relation_type_index;

    ent_relation_t *relations;
    size_t relation_count, relation_capacity;
};

/*
 * Makes room for `count` entities or relations at once, so that the
 * arrays need not grow (and be copied) one doubling at a time: the loader
 * knows a bound before it reads them. Returns 0 when out of memory (the
 * snapshot is unchanged and still grows as it needs).
 */
int snapshot_reserve_entities(ent_snapshot_t *s, size_t count);
int snapshot_reserve_relations(ent_snapshot_t *s, size_t count);

/* The type of entity `index` (in range), from the compact array. */
static inline ent_entity_type snapshot_entity_type(const ent_snapshot_t *s,
                                                   size_t index) {
    return (ent_entity_type)s->entity_types[index];
}

/* The built-in relation types, in the order of DESIGN.md. */
extern const ent_relation_type_t builtin_relation_types[];
extern const size_t builtin_relation_type_count;

#endif /* ENTENTE_MODEL_INTERNAL_H */
