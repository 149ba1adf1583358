/*
 * The snapshot's id index (see model_internal.h); its string arena is
 * common/arena.h.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "io/hash.h"
#include "model/model_internal.h"

/* Keyed (io/hash.h): ids come from files, and a file must not be able to
 * choose ids that share a slot. */
static uint64_t hash_string(const char *key) { return ent_hash_string(key); }

void id_index_release(id_index_t *index) {
    free(index->slots);
    memset(index, 0, sizeof *index);
}

/* The key's first bytes as a slot holds them, NUL-padded. */
static void key_head(const char *key, size_t length, char head[ID_SLOT_HEAD]) {
    memset(head, 0, ID_SLOT_HEAD);
    memcpy(head, key, length < ID_SLOT_HEAD ? length + 1 : ID_SLOT_HEAD);
}

/* A short key (its NUL inside the head) is equal when the heads are; a
 * longer one needs strcmp too. The fixed-size compare needs no call. */
static int slot_matches(const id_slot *slot, const char *key, size_t length,
                        const char head[ID_SLOT_HEAD]) {
    return memcmp(slot->head, head, ID_SLOT_HEAD) == 0 &&
           (length < ID_SLOT_HEAD || strcmp(slot->key, key) == 0);
}

void id_index_prefetch(const id_index_t *index, const char *key) {
    if (index->capacity > 0) {
        memory_prefetch(
            &index->slots[(size_t)hash_string(key) & (index->capacity - 1)]);
    }
}

int id_index_find(const id_index_t *index, const char *key, size_t *found) {
    if (index->capacity == 0) {
        return 0;
    }
    uint64_t hash = hash_string(key);
    uint32_t tag = (uint32_t)(hash >> 32);
    size_t length = strlen(key);
    char head[ID_SLOT_HEAD];
    key_head(key, length, head);
    size_t mask = index->capacity - 1;
    for (size_t slot = (size_t)hash & mask;; slot = (slot + 1) & mask) {
        const id_slot *entry = &index->slots[slot];
        if (entry->key == NULL) {
            return 0;
        }
        if (entry->hash == tag && slot_matches(entry, key, length, head)) {
            if (found != NULL) {
                *found = entry->position;
            }
            return 1;
        }
    }
}

/* Slots are placed by the hash they no longer hold in full: recompute. */
static void place(id_slot *slots, size_t mask, const id_slot *entry) {
    size_t slot = (size_t)hash_string(entry->key) & mask;
    while (slots[slot].key != NULL) {
        slot = (slot + 1) & mask;
    }
    slots[slot] = *entry;
}

static int rehash(id_index_t *index, size_t capacity) {
    if (capacity > SIZE_MAX / sizeof(id_slot)) {
        return 0;
    }
    /* Hashing touches every page of the table soon: touch them now, in
     * huge pages where the system has them. */
    id_slot *slots = large_array_new(capacity * sizeof *slots);
    if (slots == NULL) {
        return 0;
    }
    memset(slots, 0, capacity * sizeof *slots);
    for (size_t i = 0; i < index->capacity; i++) {
        if (index->slots[i].key != NULL) {
            place(slots, capacity - 1, &index->slots[i]);
        }
    }
    free(index->slots);
    index->slots = slots;
    index->capacity = capacity;
    return 1;
}

int id_index_insert(id_index_t *index, const char *key, size_t position) {
    if (position >= UINT32_MAX) {
        return 0;
    }
    /* Keep the load factor at or below one half. */
    if ((index->count + 1) * 2 > index->capacity) {
        size_t capacity = index->capacity ? index->capacity * 2 : 16;
        if (!rehash(index, capacity)) {
            return 0;
        }
    }
    id_slot entry = {
        (uint32_t)(hash_string(key) >> 32), (uint32_t)position, key, {0}};
    key_head(key, strlen(key), entry.head);
    place(index->slots, index->capacity - 1, &entry);
    index->count++;
    return 1;
}

size_t id_index_probe_total(const id_index_t *index) {
    size_t total = 0, mask = index->capacity - 1;
    for (size_t i = 0; i < index->capacity; i++) {
        if (index->slots[i].key != NULL) {
            size_t home = (size_t)hash_string(index->slots[i].key) & mask;
            total += ((i - home) & mask) + 1;
        }
    }
    return total;
}
