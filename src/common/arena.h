/*
 * The one bump allocator: the snapshot's strings and small arrays
 * (model) and cJSON's parse tree during a load (load/json_arena.c, which
 * only installs an arena as cJSON's hooks) come from large blocks that
 * are freed in one pass, instead of one malloc and free per string or
 * node.
 */
#ifndef ENTENTE_COMMON_ARENA_H
#define ENTENTE_COMMON_ARENA_H

#include <stddef.h>

typedef struct arena_block arena_block;

/*
 * A zeroed arena is empty and uses the defaults: 64 KiB blocks, pointer
 * alignment (strings and pointer arrays). An arena for other objects sets
 * `block_size` and `align` (a power of two) before its first allocation.
 */
typedef struct {
    arena_block *head;
    size_t block_size, align;
} arena_t;

/* `size` bytes aligned to the arena's alignment, valid until the arena is
 * reset or released; NULL when out of memory. A request larger than a
 * quarter of a block gets a block of its own. */
void *arena_alloc(arena_t *arena, size_t size);
/* Copies `text` (NULL gives NULL); *failed is set when out of memory. */
const char *arena_strdup(arena_t *arena, const char *text, int *failed);
/* Empties the arena for reuse and keeps its front block. */
void arena_reset(arena_t *arena);
/* Frees every block; the arena is then empty (its settings kept). */
void arena_release(arena_t *arena);

#endif /* ENTENTE_COMMON_ARENA_H */
