/*
 * The parallel-for of parallel.h. One 64-bit ticket holds the loop's
 * generation, the blocks claimed and the block count, so that a thread
 * claims a block with one compare-and-swap and can never take a block of
 * a loop that is over: the generation is part of what it compares.
 * Threads spin a little between loops (the spectral rounds call
 * parallel_for every few tens of microseconds), then sleep on a
 * condition variable; the caller waits for the blocks, not for the
 * threads, so a thread the system keeps off a core costs nothing.
 */
#include "common/parallel.h"

#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#define SPINS 20000      /* checks of the ticket before sleeping */
#define MOST_THREADS 256 /* a bound on one-per-CPU */
#define GENERATION_SHIFT 32
#define CLAIMED_SHIFT 16
#define FIELD_MASK 0xffffu

struct parallel_pool {
    unsigned threads; /* the caller's and those started */
    pthread_t *workers;
    pthread_mutex_t lock;
    pthread_cond_t wake;
    _Atomic uint64_t ticket; /* generation | claimed | blocks */
    atomic_size_t done;      /* blocks of this loop finished */
    atomic_int stop;
    parallel_task *task; /* this loop's: written before its ticket */
    void *data;
};

static unsigned generation_of(uint64_t ticket) {
    return (unsigned)(ticket >> GENERATION_SHIFT);
}

/* Takes the next unclaimed block of the loop in the ticket; 0 when every
 * block is claimed. */
static int claim(parallel_pool *pool, size_t *block) {
    uint64_t ticket = atomic_load_explicit(&pool->ticket, memory_order_acquire);
    for (;;) {
        unsigned claimed = (unsigned)(ticket >> CLAIMED_SHIFT) & FIELD_MASK;
        unsigned blocks = (unsigned)ticket & FIELD_MASK;
        if (claimed >= blocks) {
            return 0;
        }
        uint64_t next = ticket + ((uint64_t)1 << CLAIMED_SHIFT);
        if (atomic_compare_exchange_weak_explicit(&pool->ticket, &ticket, next,
                                                  memory_order_acq_rel,
                                                  memory_order_acquire)) {
            *block = claimed;
            return 1;
        }
    }
}

static void run_blocks(parallel_pool *pool) {
    size_t block;
    while (claim(pool, &block)) {
        pool->task(pool->data, block);
        atomic_fetch_add_explicit(&pool->done, 1, memory_order_release);
    }
}

/* Waits until a loop after generation `seen` starts or the pool stops;
 * returns that generation. */
static unsigned wait_for_loop(parallel_pool *pool, unsigned seen) {
    for (int spin = 0; spin < SPINS; spin++) {
        unsigned now = generation_of(atomic_load(&pool->ticket));
        if (now != seen || atomic_load(&pool->stop)) {
            return now;
        }
    }
    pthread_mutex_lock(&pool->lock);
    unsigned now = generation_of(atomic_load(&pool->ticket));
    while (now == seen && !atomic_load(&pool->stop)) {
        pthread_cond_wait(&pool->wake, &pool->lock);
        now = generation_of(atomic_load(&pool->ticket));
    }
    pthread_mutex_unlock(&pool->lock);
    return now;
}

static void *work(void *argument) {
    parallel_pool *pool = argument;
    unsigned seen = 0;
    for (;;) {
        seen = wait_for_loop(pool, seen);
        if (atomic_load(&pool->stop)) {
            return NULL;
        }
        run_blocks(pool);
    }
}

/* Starts the threads with every signal blocked: signals (the CLI's
 * Ctrl-C) go to the caller's threads. */
static void start_threads(parallel_pool *pool, unsigned wanted) {
    sigset_t all, previous;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &previous);
    for (unsigned i = 0; i + 1 < wanted; i++) {
        if (pthread_create(&pool->workers[pool->threads - 1], NULL, work,
                           pool) != 0) {
            break; /* the others take its blocks */
        }
        pool->threads++;
    }
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
}

ent_status parallel_pool_new(parallel_pool **pool, unsigned threads) {
    long cpus = threads == 0 ? sysconf(_SC_NPROCESSORS_ONLN) : (long)threads;
    unsigned wanted = cpus < 1              ? 1
                      : cpus > MOST_THREADS ? MOST_THREADS
                                            : (unsigned)cpus;
    parallel_pool *p = calloc(1, sizeof *p);
    *pool = NULL;
    if (p == NULL) {
        return ENT_ENOMEM;
    }
    p->threads = 1;
    p->workers = wanted > 1 ? malloc((wanted - 1) * sizeof *p->workers) : NULL;
    if (wanted > 1 && p->workers == NULL) {
        free(p);
        return ENT_ENOMEM;
    }
    if (pthread_mutex_init(&p->lock, NULL) != 0) {
        free(p->workers);
        free(p);
        return ENT_ENOMEM;
    }
    if (pthread_cond_init(&p->wake, NULL) != 0) {
        pthread_mutex_destroy(&p->lock);
        free(p->workers);
        free(p);
        return ENT_ENOMEM;
    }
    atomic_init(&p->ticket, 0);
    atomic_init(&p->done, 0);
    atomic_init(&p->stop, 0);
    start_threads(p, wanted);
    *pool = p;
    return ENT_OK;
}

unsigned parallel_pool_threads(const parallel_pool *pool) {
    return pool == NULL ? 1 : pool->threads;
}

void parallel_for(parallel_pool *pool, size_t blocks, parallel_task *task,
                  void *data) {
    if (pool == NULL || pool->threads == 1 || blocks <= 1 ||
        blocks > PARALLEL_MAX_BLOCKS) {
        for (size_t b = 0; b < blocks; b++) {
            task(data, b);
        }
        return;
    }
    unsigned generation = generation_of(atomic_load(&pool->ticket)) + 1u;
    pool->task = task;
    pool->data = data;
    atomic_store_explicit(&pool->done, 0, memory_order_relaxed);
    pthread_mutex_lock(&pool->lock);
    atomic_store_explicit(&pool->ticket,
                          ((uint64_t)generation << GENERATION_SHIFT) |
                              (uint64_t)blocks,
                          memory_order_release);
    pthread_cond_broadcast(&pool->wake);
    pthread_mutex_unlock(&pool->lock);
    run_blocks(pool);
    for (int spin = 0;
         atomic_load_explicit(&pool->done, memory_order_acquire) < blocks;
         spin++) {
        if (spin > SPINS) {
            sched_yield(); /* a block is running on a thread off a core */
        }
    }
}

void parallel_pool_free(parallel_pool *pool) {
    if (pool == NULL) {
        return;
    }
    pthread_mutex_lock(&pool->lock);
    atomic_store(&pool->stop, 1);
    pthread_cond_broadcast(&pool->wake);
    pthread_mutex_unlock(&pool->lock);
    for (unsigned i = 0; i + 1 < pool->threads; i++) {
        pthread_join(pool->workers[i], NULL);
    }
    pthread_cond_destroy(&pool->wake);
    pthread_mutex_destroy(&pool->lock);
    free(pool->workers);
    free(pool);
}
