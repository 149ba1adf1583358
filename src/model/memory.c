/*
 * Large arrays in memory that can use transparent huge pages (see
 * model_internal.h).
 *
 * A first load of 10^5 entities touches some 80 MB of records, indices
 * and tables once each; at 4 KiB a page fault, the kernel's share was a
 * tenth of the load. Arrays of 2 MiB and more are aligned to 2 MiB and
 * the kernel is asked to back them with huge pages (madvise): Linux's
 * transparent huge pages in "madvise" mode, the default of many
 * distributions, then serves them 512 times fewer faults. Elsewhere, or
 * when the kernel declines, they are ordinary memory. Either way they are
 * freed with free().
 */
#define _DEFAULT_SOURCE /* madvise and posix_memalign under -std=c11 */
#include <stdlib.h>

#if defined(__linux__)
#include <sys/mman.h>
#endif

#include "model/model_internal.h"

enum { HUGE_PAGE_SIZE = 2 * 1024 * 1024 };

void *large_array_new(size_t bytes) {
    if (bytes < HUGE_PAGE_SIZE) {
        return malloc(bytes > 0 ? bytes : 1);
    }
    void *memory = NULL;
    if (posix_memalign(&memory, HUGE_PAGE_SIZE, bytes) != 0) {
        return NULL;
    }
#if defined(MADV_HUGEPAGE)
    /* Advice only: its failure leaves ordinary pages, which work too. */
    (void)madvise(memory, bytes - bytes % HUGE_PAGE_SIZE, MADV_HUGEPAGE);
#endif
    return memory;
}
