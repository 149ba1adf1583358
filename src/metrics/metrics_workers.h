/*
 * Worker processes for the all-pairs and sampled measures: fixed blocks
 * of work, taken in turn by `jobs` processes (fork: the system igraph is
 * not thread-safe), with progress and a clean stop (metrics_workers.c).
 */
#ifndef ENTENTE_METRICS_WORKERS_H
#define ENTENTE_METRICS_WORKERS_H

#include <igraph.h>
#include <signal.h>
#include <stddef.h>

/* How a long run reports and stops; every field may be NULL. */
typedef struct {
    void (*progress)(void *context, const char *what, size_t done,
                     size_t total);
    void *context;
    const volatile sig_atomic_t *stop;
    const char *what; /* the units: "sources", "samples" */
} ent_metrics_control_t;

typedef struct ent_workers ent_workers_t;

/* Runs block `block`, calling ent_workers_tick after each unit (a source,
 * a sample) and returning IGRAPH_INTERRUPTED when it says to stop. Its
 * results go to memory shared with the parent (MAP_SHARED). */
typedef igraph_error_t ent_block_fn(void *context, int block,
                                    ent_workers_t *workers);

/*
 * Runs blocks 0..blocks-1 (at most ENT_WORKERS_MAX_BLOCKS) over `jobs`
 * processes (0: one per online CPU), the calling one included: worker w
 * takes blocks w, w + jobs, ... Returns IGRAPH_INTERRUPTED when *stop
 * became non-zero (every worker is then stopped and waited for), or
 * IGRAPH_FAILURE when a worker could not run or failed. `total` units in
 * all, for progress.
 */
enum { ENT_WORKERS_MAX_BLOCKS = 64 };
igraph_error_t ent_workers_run(int blocks, unsigned jobs, size_t total,
                               ent_block_fn *run_block, void *context,
                               const ent_metrics_control_t *control);

/*
 * Runs only the share of `member` of `members` processes (blocks member,
 * member + members, ...) here, with no worker process: for a caller that
 * spreads the blocks itself (entente-mpi's ranks). Returns
 * IGRAPH_INTERRUPTED on a stop request, else the first block's error.
 */
igraph_error_t ent_workers_run_share(int blocks, int member, int members,
                                     size_t total, ent_block_fn *run_block,
                                     void *context,
                                     const ent_metrics_control_t *control);

/* One unit done; 1 when the run must stop. */
int ent_workers_tick(ent_workers_t *workers);

#endif /* ENTENTE_METRICS_WORKERS_H */
