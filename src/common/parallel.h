/*
 * A small parallel-for on POSIX threads for the library's own loops
 * (metrics_spectral.c): a fixed number of blocks, each run once by one
 * thread, the caller's thread among them. Results stay the same bits for
 * every thread count when each block writes only its own part and the
 * caller combines per-block partial results in block order: which thread
 * ran a block never matters. Threads live from parallel_pool_new to
 * parallel_pool_free; the library creates and frees a pool inside one
 * call, so that none outlives it.
 */
#ifndef ENTENTE_COMMON_PARALLEL_H
#define ENTENTE_COMMON_PARALLEL_H

#include <stddef.h>

#include "entente/diag.h"

typedef struct parallel_pool parallel_pool;

/* What a loop does with block `block` of its blocks. */
typedef void parallel_task(void *data, size_t block);

/* The most blocks one parallel_for runs. */
#define PARALLEL_MAX_BLOCKS 65535

/*
 * A pool of `threads` threads counting the caller's (0: one per online
 * CPU; 1: no thread is started). Returns ENT_ENOMEM when its memory
 * cannot be allocated (*pool NULL). A thread the system refuses to start
 * (pthread_create failing) is done without: its share of the blocks goes
 * to the others, with the same results. Free with parallel_pool_free.
 */
ent_status parallel_pool_new(parallel_pool **pool, unsigned threads);
/* The threads that take blocks, the caller's included (at least 1). */
unsigned parallel_pool_threads(const parallel_pool *pool);
/*
 * Calls task(data, b) once for every b in [0, blocks), spread over the
 * pool's threads, and returns when all are done. The caller's thread
 * takes blocks too; blocks are claimed one at a time, so a thread the
 * system does not run holds nobody up. A NULL pool, or more than
 * PARALLEL_MAX_BLOCKS blocks: the caller runs every block in order.
 */
void parallel_for(parallel_pool *pool, size_t blocks, parallel_task *task,
                  void *data);
/* Stops and joins the threads and frees the pool; NULL does nothing. */
void parallel_pool_free(parallel_pool *pool);

#endif /* ENTENTE_COMMON_PARALLEL_H */
