/*
 * The bump allocator (arena.h).
 */
#include "common/arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { ARENA_BLOCK_SIZE = 64 * 1024, ARENA_ALIGN = sizeof(void *) };

struct arena_block {
    arena_block *next;
    size_t used;
    size_t size;
    max_align_t data[]; /* aligned storage of `size` bytes */
};

/* Puts a fresh block of `capacity` bytes in the arena; NULL when out of
 * memory. */
static arena_block *add_block(arena_t *arena, size_t capacity,
                              size_t block_size) {
    if (capacity > SIZE_MAX - sizeof(arena_block)) {
        return NULL;
    }
    arena_block *block = malloc(sizeof *block + capacity);
    if (block == NULL) {
        return NULL;
    }
    block->used = 0;
    block->size = capacity;
    if (capacity == block_size || arena->head == NULL) {
        block->next = arena->head;
        arena->head = block;
    } else {
        /* Keep the partly used block in front for small requests. */
        block->next = arena->head->next;
        arena->head->next = block;
    }
    return block;
}

void *arena_alloc(arena_t *arena, size_t size) {
    size_t align = arena->align ? arena->align : ARENA_ALIGN;
    size_t block_size =
        arena->block_size ? arena->block_size : ARENA_BLOCK_SIZE;
    if (size > SIZE_MAX - align) {
        return NULL;
    }
    size = (size + align - 1) & ~(align - 1);
    arena_block *block = arena->head;
    if (block == NULL || block->size - block->used < size) {
        /* An oversized request gets a block of its own. */
        block = add_block(arena, size > block_size / 4 ? size : block_size,
                          block_size);
        if (block == NULL) {
            return NULL;
        }
    }
    void *memory = (char *)block->data + block->used;
    block->used += size;
    return memory;
}

const char *arena_strdup(arena_t *arena, const char *text, int *failed) {
    if (text == NULL) {
        return NULL;
    }
    size_t length = strlen(text) + 1;
    char *copy = arena_alloc(arena, length);
    if (copy == NULL) {
        *failed = 1;
        return NULL;
    }
    memcpy(copy, text, length);
    return copy;
}

/* Frees the blocks from `block` on. */
static void free_blocks(arena_block *block) {
    while (block != NULL) {
        arena_block *next = block->next;
        free(block);
        block = next;
    }
}

void arena_reset(arena_t *arena) {
    arena_block *keep = arena->head;
    if (keep == NULL) {
        return;
    }
    /* The front block is a regular one unless it is the only one. */
    free_blocks(keep->next);
    keep->next = NULL;
    keep->used = 0;
}

void arena_release(arena_t *arena) {
    free_blocks(arena->head);
    arena->head = NULL;
}
