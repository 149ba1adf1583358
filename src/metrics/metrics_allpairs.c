/*
 * The all-pairs measures of large networks, split over worker processes.
 *
 * Betweenness, harmonic closeness, diameter and average path length (on
 * lengths and on hops) and the hop closeness behind closeness
 * centralization all cost one shortest-path search per source. Here the
 * sources are cut into BLOCKS fixed ranges; a block's betweenness comes
 * from igraph_betweenness_subset (sources = the block, targets = all: the
 * blocks sum to full betweenness), and its other measures from one
 * Dijkstra and one BFS per source (igraph_distances_dijkstra and
 * igraph_distances), shared by every measure that needs them, where
 * igraph's own functions run one search each.
 *
 * Worker processes (fork: the system igraph is not thread-safe) take
 * blocks in turn and write into memory shared with the parent, which
 * sums the blocks in block order: the ranges and the order do not depend
 * on the number of workers, so every -j gives the same bits.
 *
 * The network is first renumbered in breadth-first order, so that a
 * search touches memory that lies together; results go back to the
 * snapshot's order. Networks below options->split_nodes keep igraph's
 * single calls (metrics.c), whose values small outputs were made with.
 */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS; this file only */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "metrics/metrics_internal.h"

enum { BLOCKS = 32, ROWS = 32 /* sources per distance matrix */ };

/* What one block adds up; the parent combines blocks in order. */
typedef struct {
    double length_max, length_sum, length_pairs;
    double hops_max, hops_sum, hops_pairs;
    int done; /* set by the worker when the block is complete */
} block_total_t;

/* Shared between the parent and the workers (one mapping). */
typedef struct {
    block_total_t totals[BLOCKS];
    double *betweenness; /* BLOCKS x n, block-major */
    double *closeness;   /* n, by renumbered source */
    double *hop_closeness;
} shared_t;

typedef struct {
    igraph_t graph; /* renumbered */
    igraph_vector_t lengths;
    igraph_integer_t n;
    igraph_integer_t *order; /* order[new] = old */
    const ent_allpairs_want_t *want;
    shared_t *shared;
} plan_t;

static igraph_integer_t block_start(igraph_integer_t n, int block) {
    return (igraph_integer_t)((double)n * block / BLOCKS);
}

/* Breadth-first order over every component; the graph rebuilt in it
 * with the same edge order, so that the lengths still apply. */
static igraph_error_t renumber(plan_t *plan, const ent_network_t *net) {
    const igraph_t *g = &net->graph;
    igraph_integer_t n = plan->n, m = igraph_ecount(g);
    igraph_vector_int_t order, edges;
    IGRAPH_VECTOR_INT_INIT_FINALLY(&order, 0);
    IGRAPH_CHECK(igraph_bfs(g, 0, NULL, IGRAPH_ALL, 1, NULL, &order, NULL, NULL,
                            NULL, NULL, NULL, NULL, NULL));
    igraph_integer_t *position = malloc((size_t)n * sizeof *position);
    IGRAPH_CHECK_OOM(position, "vertex order");
    IGRAPH_FINALLY(igraph_free, position);
    for (igraph_integer_t i = 0; i < n; i++) {
        plan->order[i] = VECTOR(order)[i];
        position[VECTOR(order)[i]] = i;
    }
    IGRAPH_VECTOR_INT_INIT_FINALLY(&edges, 2 * m);
    for (igraph_integer_t e = 0; e < m; e++) {
        VECTOR(edges)[2 * e] = position[IGRAPH_FROM(g, e)];
        VECTOR(edges)[2 * e + 1] = position[IGRAPH_TO(g, e)];
    }
    IGRAPH_CHECK(igraph_create(&plan->graph, &edges, n, net->directed));
    igraph_vector_int_destroy(&edges);
    free(position);
    igraph_vector_int_destroy(&order);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}

/* Folds one row of distances from `source` into the block's totals. */
static double fold_row(const igraph_matrix_t *d, igraph_integer_t row,
                       igraph_integer_t source, double *max, double *sum,
                       double *pairs) {
    igraph_integer_t n = igraph_matrix_ncol(d);
    double harmonic = 0;
    for (igraph_integer_t t = 0; t < n; t++) {
        double x = MATRIX(*d, row, t);
        if (t == source || !isfinite(x)) {
            continue;
        }
        harmonic += 1 / x;
        *max = x > *max ? x : *max;
        *sum += x;
        *pairs += 1;
    }
    return harmonic / (double)(n - 1);
}

/* Distances on lengths (weighted = 1) or hops from sources [lo, hi). */
static igraph_error_t distance_rows(plan_t *plan, int block, int weighted,
                                    igraph_integer_t lo, igraph_integer_t hi) {
    block_total_t *total = &plan->shared->totals[block];
    igraph_matrix_t d;
    IGRAPH_MATRIX_INIT_FINALLY(&d, 0, 0);
    if (weighted) {
        IGRAPH_CHECK(igraph_distances_dijkstra(
            &plan->graph, &d, igraph_vss_range(lo, hi), igraph_vss_all(),
            &plan->lengths, IGRAPH_OUT));
    } else {
        IGRAPH_CHECK(igraph_distances(&plan->graph, &d,
                                      igraph_vss_range(lo, hi),
                                      igraph_vss_all(), IGRAPH_OUT));
    }
    for (igraph_integer_t s = lo; s < hi; s++) {
        if (weighted) {
            plan->shared->closeness[s] =
                fold_row(&d, s - lo, s, &total->length_max, &total->length_sum,
                         &total->length_pairs);
        } else {
            plan->shared->hop_closeness[s] =
                fold_row(&d, s - lo, s, &total->hops_max, &total->hops_sum,
                         &total->hops_pairs);
        }
    }
    igraph_matrix_destroy(&d);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* Every measure wanted, for the sources of one block. */
static igraph_error_t run_block(plan_t *plan, int block) {
    const ent_allpairs_want_t *want = plan->want;
    igraph_integer_t lo = block_start(plan->n, block);
    igraph_integer_t hi = block_start(plan->n, block + 1);
    if (want->betweenness && hi > lo) {
        igraph_vector_t part;
        IGRAPH_VECTOR_INIT_FINALLY(&part, 0);
        IGRAPH_CHECK(igraph_betweenness_subset(
            &plan->graph, &part, igraph_vss_all(), 1, igraph_vss_range(lo, hi),
            igraph_vss_all(), &plan->lengths));
        memcpy(plan->shared->betweenness + (size_t)block * (size_t)plan->n,
               VECTOR(part), (size_t)plan->n * sizeof(double));
        igraph_vector_destroy(&part);
        IGRAPH_FINALLY_CLEAN(1);
    }
    for (igraph_integer_t s = lo; s < hi; s += ROWS) {
        igraph_integer_t end = s + ROWS < hi ? s + ROWS : hi;
        if (want->closeness || want->paths) {
            IGRAPH_CHECK(distance_rows(plan, block, 1, s, end));
        }
        if (want->hops || want->hop_closeness) {
            IGRAPH_CHECK(distance_rows(plan, block, 0, s, end));
        }
    }
    plan->shared->totals[block].done = 1;
    return IGRAPH_SUCCESS;
}

/* Worker `worker` of `workers` takes blocks worker, worker + workers... */
static igraph_error_t run_share(plan_t *plan, int worker, int workers) {
    for (int block = worker; block < BLOCKS; block += workers) {
        IGRAPH_CHECK(run_block(plan, block));
    }
    return IGRAPH_SUCCESS;
}

static ent_allpairs_spread_fn *spread_blocks;
static void *spread_payload;

void ent_metrics_allpairs_set_spread(ent_allpairs_spread_fn *spread,
                                     void *payload) {
    spread_blocks = spread;
    spread_payload = payload;
}

static igraph_error_t share_of(void *work, int member, int members) {
    return run_share(work, member, members);
}

/* The blocks over the processes of spread_blocks; every block done. */
static igraph_error_t run_spread(plan_t *plan, size_t size) {
    const ent_allpairs_region_t regions[] = {
        {plan->shared->totals, sizeof plan->shared->totals},
        {plan->shared + 1, size - sizeof(shared_t)}};
    IGRAPH_CHECK(spread_blocks(spread_payload, share_of, plan, regions, 2));
    for (int block = 0; block < BLOCKS; block++) {
        if (!plan->shared->totals[block].done) {
            return IGRAPH_FAILURE;
        }
    }
    return IGRAPH_SUCCESS;
}

/* Forks workers 1..workers-1, runs share 0 here, and waits for all. A
 * worker leaves with _exit: nothing of the parent's is flushed or freed
 * twice. Returns IGRAPH_FAILURE when a worker could not run or failed. */
static igraph_error_t run_workers(plan_t *plan, int workers) {
    pid_t pids[BLOCKS];
    int started = 0;
    igraph_error_t error = IGRAPH_SUCCESS;
    for (int w = 1; w < workers; w++) {
        pid_t pid = fork();
        if (pid == 0) {
            _exit(run_share(plan, w, workers) == IGRAPH_SUCCESS ? 0 : 1);
        }
        if (pid < 0) {
            error = IGRAPH_FAILURE; /* the blocks left undone say so */
            break;
        }
        pids[started++] = pid;
    }
    if (error == IGRAPH_SUCCESS) {
        error = run_share(plan, 0, workers);
    }
    for (int i = 0; i < started; i++) {
        int status;
        while (waitpid(pids[i], &status, 0) < 0 && errno == EINTR) {
            /* interrupted by a signal: the worker still runs */
        }
    }
    for (int block = 0; block < BLOCKS && error == IGRAPH_SUCCESS; block++) {
        if (!plan->shared->totals[block].done) {
            error = IGRAPH_FAILURE;
        }
    }
    return error;
}

/* Block sums in block order, back in the snapshot's vertex order. */
static void combine(ent_allpairs_t *out, const plan_t *plan) {
    const shared_t *shared = plan->shared;
    igraph_integer_t n = plan->n;
    double length_max = 0, length_sum = 0, length_pairs = 0;
    double hops_max = 0, hops_sum = 0, hops_pairs = 0;
    for (int b = 0; b < BLOCKS; b++) {
        const block_total_t *t = &shared->totals[b];
        length_max = t->length_max > length_max ? t->length_max : length_max;
        length_sum += t->length_sum;
        length_pairs += t->length_pairs;
        hops_max = t->hops_max > hops_max ? t->hops_max : hops_max;
        hops_sum += t->hops_sum;
        hops_pairs += t->hops_pairs;
    }
    for (igraph_integer_t v = 0; v < n; v++) {
        igraph_integer_t old = plan->order[v];
        if (out->betweenness != NULL) {
            double sum = 0;
            for (int b = 0; b < BLOCKS; b++) {
                sum += shared->betweenness[(size_t)b * (size_t)n + (size_t)v];
            }
            out->betweenness[old] = sum;
        }
        if (out->closeness != NULL) {
            out->closeness[old] = shared->closeness[v];
        }
        if (out->hop_closeness != NULL) {
            out->hop_closeness[old] = shared->hop_closeness[v];
        }
    }
    out->diameter = length_pairs > 0 ? length_max : (double)NAN;
    out->average_path_length =
        length_pairs > 0 ? length_sum / length_pairs : (double)NAN;
    out->diameter_hops = hops_pairs > 0 ? hops_max : (double)NAN;
    out->average_path_length_hops =
        hops_pairs > 0 ? hops_sum / hops_pairs : (double)NAN;
}

static void unmap(void *memory, size_t size) {
    if (memory != MAP_FAILED && memory != NULL) {
        munmap(memory, size);
    }
}

igraph_error_t ent_metrics_allpairs(ent_allpairs_t *out,
                                    const ent_network_t *network,
                                    const ent_allpairs_want_t *want,
                                    unsigned jobs) {
    plan_t plan;
    memset(&plan, 0, sizeof plan);
    plan.n = (igraph_integer_t)network->vertex_count;
    plan.want = want;
    size_t n = (size_t)plan.n;
    size_t size = sizeof(shared_t) +
                  (want->betweenness ? BLOCKS * n : 0) * sizeof(double) +
                  2 * n * sizeof(double);
    void *memory = mmap(NULL, size, PROT_READ | PROT_WRITE,
                        MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) {
        IGRAPH_ERROR("cannot map memory for the workers", IGRAPH_ENOMEM);
    }
    plan.shared = memory; /* zero-filled by mmap */
    double *values = (double *)(plan.shared + 1);
    plan.shared->closeness = values;
    plan.shared->hop_closeness = values + n;
    plan.shared->betweenness = want->betweenness ? values + 2 * n : NULL;
    plan.order = malloc((n ? n : 1) * sizeof *plan.order);
    igraph_error_t error = plan.order ? IGRAPH_SUCCESS : IGRAPH_ENOMEM;
    if (error == IGRAPH_SUCCESS) {
        error = renumber(&plan, network);
    }
    if (error == IGRAPH_SUCCESS) {
        plan.lengths = network->lengths; /* same edge order: shared */
        long cpus = jobs == 0 ? sysconf(_SC_NPROCESSORS_ONLN) : (long)jobs;
        int workers = cpus < 1 ? 1 : cpus > BLOCKS ? BLOCKS : (int)cpus;
        error = spread_blocks != NULL ? run_spread(&plan, size)
                : workers == 1        ? run_share(&plan, 0, 1)
                                      : run_workers(&plan, workers);
        if (error == IGRAPH_SUCCESS) {
            combine(out, &plan);
        }
        igraph_destroy(&plan.graph);
    }
    free(plan.order);
    unmap(memory, size);
    return error;
}
