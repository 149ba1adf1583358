/*
 * cJSON's parse tree during one load comes from an arena (common/arena.h,
 * the allocator of the snapshot's strings too): this file only installs
 * one as cJSON's hooks and copies out what outlives it.
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

/* cJSON's nodes are large and many: big blocks, aligned for any member. */
enum { JSON_BLOCK_SIZE = 1 << 20, JSON_ALIGN = 16 };

/* The arena of the parse in progress: cJSON's hooks carry no payload. */
static json_arena *current;

static void *arena_malloc(size_t size) { return arena_alloc(current, size); }

/* Nodes die with the arena; cJSON_Delete of an arena tree is a no-op. */
static void arena_free(void *memory) { (void)memory; }

void json_arena_init(json_arena *arena) {
    *arena = (json_arena){NULL, JSON_BLOCK_SIZE, JSON_ALIGN};
}

void json_arena_use(json_arena *arena) {
    current = arena;
    cJSON_Hooks hooks = {arena_malloc, arena_free};
    cJSON_InitHooks(&hooks);
}

void json_arena_stop(void) {
    cJSON_InitHooks(NULL); /* back to malloc and free */
    current = NULL;
}

void json_arena_reset(json_arena *arena) { arena_reset(arena); }

void json_arena_release(json_arena *arena) { arena_release(arena); }

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
