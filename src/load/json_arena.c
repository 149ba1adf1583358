/*
 * A bump allocator for cJSON's parse tree during one load.
 *
 * A snapshot's tree lives only as long as the load: its millions of small
 * nodes and strings need no individual malloc and free. Allocating them
 * from large blocks and dropping the blocks at once takes the allocator
 * out of the profile (it was a quarter of the load time on 10^6
 * relations). cJSON's hooks are process-wide and take no payload, so the
 * arena is installed for the duration of one parse-and-walk and the
 * default hooks are put back before the loader returns; the members kept
 * as attributes are copied out with the default allocator first.
 */
#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "load/load_internal.h"
#include "model/model_internal.h"

enum { JSON_BLOCK_SIZE = 1 << 20, JSON_ALIGN = 16 };

typedef struct json_block {
    struct json_block *next;
    size_t used, size;
    max_align_t data[];
} json_block;

/* The arena of the parse in progress: cJSON's hooks carry no payload. */
static json_arena *current;

static void *arena_malloc(size_t size) {
    json_arena *arena = current;
    size = (size + JSON_ALIGN - 1) & ~(size_t)(JSON_ALIGN - 1);
    json_block *block = arena->head;
    if (block == NULL || block->size - block->used < size) {
        size_t capacity = size > JSON_BLOCK_SIZE / 8 ? size : JSON_BLOCK_SIZE;
        if (capacity > SIZE_MAX - sizeof *block) {
            return NULL;
        }
        json_block *fresh = malloc(sizeof *fresh + capacity);
        if (fresh == NULL) {
            return NULL;
        }
        fresh->used = 0;
        fresh->size = capacity;
        fresh->next = block;
        if (capacity == JSON_BLOCK_SIZE || block == NULL) {
            arena->head = fresh;
        } else {
            /* Keep the partly used block in front for small requests. */
            fresh->next = block->next;
            block->next = fresh;
        }
        block = fresh;
    }
    void *memory = (char *)block->data + block->used;
    block->used += size;
    return memory;
}

/* Nodes die with the arena; cJSON_Delete of an arena tree is a no-op. */
static void arena_free(void *memory) { (void)memory; }

void json_arena_init(json_arena *arena) { arena->head = NULL; }

void json_arena_use(json_arena *arena) {
    current = arena;
    cJSON_Hooks hooks = {arena_malloc, arena_free};
    cJSON_InitHooks(&hooks);
}

void json_arena_stop(void) {
    cJSON_InitHooks(NULL); /* back to malloc and free */
    current = NULL;
}

/* Frees the blocks from `block` on. */
static void free_blocks(json_block *block) {
    while (block != NULL) {
        json_block *next = block->next;
        free(block);
        block = next;
    }
}

void json_arena_reset(json_arena *arena) {
    json_block *keep = arena->head;
    if (keep == NULL) {
        return;
    }
    /* The front block is a regular one unless it is the only one. */
    free_blocks(keep->next);
    keep->next = NULL;
    keep->used = 0;
}

void json_arena_release(json_arena *arena) {
    free_blocks(arena->head);
    arena->head = NULL;
}

int json_arena_rehome(cJSON **attributes) {
    if (*attributes == NULL) {
        return 1;
    }
    *attributes = cJSON_Duplicate(*attributes, 1);
    return *attributes != NULL;
}

int json_arena_rehome_header(ent_snapshot_t *s) {
    int ok = json_arena_rehome(&s->attributes);
    for (size_t i = 0; i < s->source_count; i++) {
        ok &= json_arena_rehome(&s->sources[i].attributes);
    }
    for (size_t i = 0; i < s->relation_type_count; i++) {
        ok &= json_arena_rehome(&s->relation_types[i].attributes);
    }
    return ok;
}

int json_arena_rehome_attributes(ent_snapshot_t *s) {
    int ok = json_arena_rehome_header(s);
    for (size_t i = 0; i < s->entity_count; i++) {
        ok &= json_arena_rehome(&s->entities[i].attributes);
    }
    for (size_t i = 0; i < s->relation_count; i++) {
        ok &= json_arena_rehome(&s->relations[i].attributes);
    }
    return ok;
}
