/*
 * The allocator of the fault-injection test: wrappers the linker puts
 * between entente's objects and the C library (-Wl,--wrap=malloc ...,
 * tests/CMakeLists.txt).
 *
 * What is failed: every allocation entente's own code asks for (malloc,
 * calloc, realloc, strdup, strndup, posix_memalign), and cJSON's during a
 * load, which go through the loader's arena (src/load/json_arena.c).
 * What is not: allocations inside igraph, Graphviz, cJSON elsewhere and
 * the C library (open_memstream, stdio buffers). --wrap only rewrites
 * calls in the objects of this link, and those libraries are shared
 * objects; that is the choice, not a limitation worked around: Graphviz
 * exits the process when its own allocator fails (gv_alloc and agalloc's
 * default discipline), so its failures cannot be survived by any caller.
 * What entente does with the failure of an igraph call (an error code) is
 * still tested, since its error paths are the same as for a failed
 * igraph_vector_init of our own.
 *
 * Blocks handed out are kept in a set, so that a test can see what a
 * failed call left behind in the normal build too; the sanitizer build
 * adds LeakSanitizer (which also sees igraph's and cJSON's blocks) and
 * ASan's double-free check. Frees of blocks the set does not hold (the C
 * library's open_memstream buffers) pass through.
 */
#define _GNU_SOURCE /* strndup, posix_memalign */
#include "fault_alloc.h"

#include <errno.h>
#include <execinfo.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *__real_malloc(size_t size);
void *__real_calloc(size_t count, size_t size);
void *__real_realloc(void *memory, size_t size);
void __real_free(void *memory);
char *__real_strdup(const char *text);
char *__real_strndup(const char *text, size_t size);
int __real_posix_memalign(void **memory, size_t alignment, size_t size);

void *__wrap_malloc(size_t size);
void *__wrap_calloc(size_t count, size_t size);
void *__wrap_realloc(void *memory, size_t size);
void __wrap_free(void *memory);
char *__wrap_strdup(const char *text);
char *__wrap_strndup(const char *text, size_t size);
int __wrap_posix_memalign(void **memory, size_t alignment, size_t size);

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static size_t armed, calls;
static int hit, tracing, persistent;

/* The live blocks: open addressing, linear probing, deletion by backward
 * shift (no tombstones). 2^21 slots: far more than the small inputs of
 * the test hold at once. */
enum { SET_BITS = 21 };
#define SET_SIZE ((size_t)1 << SET_BITS)
static void *live[SET_SIZE];
static size_t live_count;

static size_t slot_of(const void *memory) {
    uint64_t key = (uint64_t)(uintptr_t)memory * UINT64_C(0x9E3779B97F4A7C15);
    return (size_t)(key >> (64 - SET_BITS));
}

static void set_add(void *memory) {
    if (memory == NULL) {
        return;
    }
    if (live_count >= SET_SIZE / 2) {
        fputs("fault_alloc: too many live blocks to track\n", stderr);
        abort();
    }
    size_t i = slot_of(memory);
    while (live[i] != NULL) {
        i = (i + 1) & (SET_SIZE - 1);
    }
    live[i] = memory;
    live_count++;
}

static void set_remove(const void *memory) {
    if (memory == NULL) {
        return;
    }
    size_t i = slot_of(memory);
    while (live[i] != memory) {
        if (live[i] == NULL) {
            return; /* not ours */
        }
        i = (i + 1) & (SET_SIZE - 1);
    }
    live[i] = NULL;
    live_count--;
    /* Move back every later entry of the run that may now be stranded. */
    for (size_t j = (i + 1) & (SET_SIZE - 1); live[j] != NULL;
         j = (j + 1) & (SET_SIZE - 1)) {
        size_t home = slot_of(live[j]);
        int reachable =
            i <= j ? (home <= i || home > j) : (home <= i && home > j);
        if (reachable) {
            live[i] = live[j];
            live[j] = NULL;
            i = j;
        }
    }
}

/* 1 when this allocation is the one to fail. Called under the lock. */
static int fails_now(void) {
    calls++;
    if (armed != 0 && (calls == armed || (persistent && calls > armed))) {
        if (tracing && !hit) {
            void *frames[32];
            backtrace_symbols_fd(frames, backtrace(frames, 32), 2);
        }
        hit = 1;
        return 1;
    }
    return 0;
}

void fault_arm(size_t n, int every_after) {
    pthread_mutex_lock(&lock);
    armed = n;
    persistent = every_after;
    calls = 0;
    hit = 0;
    pthread_mutex_unlock(&lock);
}

void fault_trace(int on) { tracing = on; }
size_t fault_calls(void) { return calls; }
int fault_hit(void) { return hit; }
size_t fault_outstanding(void) { return live_count; }

/* Counts the call, fails it when armed, else runs `allocate` and records
 * the block. */
#define ALLOCATE(type, failed, call)                                           \
    do {                                                                       \
        pthread_mutex_lock(&lock);                                             \
        if (fails_now()) {                                                     \
            pthread_mutex_unlock(&lock);                                       \
            return failed;                                                     \
        }                                                                      \
        type result_ = call;                                                   \
        set_add(result_);                                                      \
        pthread_mutex_unlock(&lock);                                           \
        return result_;                                                        \
    } while (0)

void *__wrap_malloc(size_t size) {
    ALLOCATE(void *, NULL, __real_malloc(size));
}

void *__wrap_calloc(size_t count, size_t size) {
    ALLOCATE(void *, NULL, __real_calloc(count, size));
}

char *__wrap_strdup(const char *text) {
    ALLOCATE(char *, NULL, __real_strdup(text));
}

char *__wrap_strndup(const char *text, size_t size) {
    ALLOCATE(char *, NULL, __real_strndup(text, size));
}

void *__wrap_realloc(void *memory, size_t size) {
    pthread_mutex_lock(&lock);
    if (fails_now()) {
        pthread_mutex_unlock(&lock);
        return NULL; /* the block stays as it was */
    }
    set_remove(memory);
    void *result = __real_realloc(memory, size);
    set_add(result != NULL || size == 0 ? result : memory);
    pthread_mutex_unlock(&lock);
    return result;
}

int __wrap_posix_memalign(void **memory, size_t alignment, size_t size) {
    pthread_mutex_lock(&lock);
    if (fails_now()) {
        pthread_mutex_unlock(&lock);
        return ENOMEM;
    }
    int status = __real_posix_memalign(memory, alignment, size);
    if (status == 0) {
        set_add(*memory);
    }
    pthread_mutex_unlock(&lock);
    return status;
}

void __wrap_free(void *memory) {
    pthread_mutex_lock(&lock);
    set_remove(memory);
    pthread_mutex_unlock(&lock);
    __real_free(memory);
}
