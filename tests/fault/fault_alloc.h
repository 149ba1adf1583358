/*
 * Allocation failures on demand, for tests/fault/test_faults.c.
 *
 * The test program is linked with -Wl,--wrap for malloc, calloc, realloc,
 * free, strdup, strndup and posix_memalign, so every call to them from
 * entente's own objects comes here (see fault_alloc.c for what that does
 * and does not cover). fault_arm(n, ...) makes the n-th allocation from
 * then on fail, once or with every one after it, as SQLite's test
 * allocator does.
 */
#ifndef ENTENTE_FAULT_ALLOC_H
#define ENTENTE_FAULT_ALLOC_H

#include <stddef.h>

/* From now on, allocation number `n` (1 = the next one) returns NULL,
 * and with `every_after` every later one too; n = 0 fails none. Resets
 * the counters below. */
void fault_arm(size_t n, int every_after);
/* With `on`, the failing allocation prints its call stack to stderr. */
void fault_trace(int on);
/* Allocations asked for since the last fault_arm. */
size_t fault_calls(void);
/* 1 when the armed failure happened. */
int fault_hit(void);
/* Blocks handed out by the wrappers and not freed yet. */
size_t fault_outstanding(void);

#endif /* ENTENTE_FAULT_ALLOC_H */
