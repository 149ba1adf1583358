/*
 * The all-pairs measures of large networks, split over worker processes.
 *
 * Betweenness, harmonic closeness, diameter and average path length (on
 * lengths and on hops) and the hop closeness behind closeness
 * centralization all cost one shortest-path search per source. Here the
 * sources are cut into BLOCKS fixed ranges (block_start); each source
 * gets one Dijkstra, whose shortest-path counts give its Brandes
 * dependencies (betweenness: the blocks sum to full betweenness) and
 * whose distances give closeness and the path measures, and one BFS for
 * the hop measures (metrics_search.c), where igraph's own functions run
 * one search per measure.
 *
 * Worker processes (metrics_workers.c) take blocks in turn and write
 * into memory shared with the parent, which
 * sums the blocks in block order: the ranges and the order do not depend
 * on the number of workers, so every -j gives the same bits.
 *
 * The network is first renumbered in breadth-first order, so that a
 * search touches memory that lies together; results go back to the
 * snapshot's order. Networks below options->split_nodes keep igraph's
 * single calls (metrics.c), whose values small outputs were made with.
 */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS; this file only */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "metrics/metrics_internal.h"
#include "metrics/metrics_search.h"
#include "metrics/metrics_workers.h"

enum { BLOCKS = 32 };

/* What one block adds up; the parent combines blocks in order. */
typedef struct {
    double length_max, length_sum, length_pairs;
    double hops_max, hops_sum, hops_pairs;
} block_total_t;

/* Shared between the parent and the workers (one mapping). */
typedef struct {
    block_total_t totals[BLOCKS];
    double *betweenness; /* BLOCKS x n, block-major */
    double *closeness;   /* n, by renumbered source */
    double *hop_closeness;
} shared_t;

typedef struct {
    ent_csr_t lengths; /* renumbered; BFS ignores the lengths */
    igraph_integer_t n;
    int directed;
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
    igraph_t graph;
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
    IGRAPH_CHECK(igraph_create(&graph, &edges, n, net->directed));
    IGRAPH_FINALLY(igraph_destroy, &graph);
    /* in-arcs only for Brandes' accumulation */
    unsigned rows = ENT_CSR_OUT | (plan->want->betweenness ? ENT_CSR_IN : 0);
    IGRAPH_CHECK(ent_csr_init(&plan->lengths, &graph, &net->lengths, rows));
    igraph_destroy(&graph);
    IGRAPH_FINALLY_CLEAN(1);
    igraph_vector_int_destroy(&edges);
    free(position);
    igraph_vector_int_destroy(&order);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}

/* What one source adds to its block: harmonic closeness (returned),
 * and the largest, sum and count of its finite distances, in the order
 * the search settled them (the sums' rounding depends on it). */
static double fold_source(const ent_search_t *search, igraph_integer_t n,
                          double *max, double *sum, double *pairs) {
    double harmonic = 0, largest = *max, total = *sum, count = *pairs;
    for (int32_t k = 1; k < search->settled; k++) {
        double x = search->order_dist[k];
        harmonic += 1 / x;
        largest = x > largest ? x : largest;
        total += x;
        count += 1;
    }
    *max = largest;
    *sum = total;
    *pairs = count;
    return harmonic / (double)(n - 1);
}

/* The same for the hops of a breadth-first search, level by level (in
 * a level, every vertex adds the same). */
static double fold_hops(const ent_search_t *search, igraph_integer_t n,
                        double *max, double *sum, double *pairs) {
    double harmonic = 0, largest = *max, total = *sum, count = *pairs;
    for (int32_t h = 1; h < search->levels; h++) {
        double x = (double)h, inverse = 1 / x;
        for (int32_t k = 0; k < search->level_size[h]; k++) {
            harmonic += inverse;
            total += x;
            count += 1;
        }
        largest = x > largest ? x : largest;
    }
    *max = largest;
    *sum = total;
    *pairs = count;
    return harmonic / (double)(n - 1);
}

/* One source: a Dijkstra for betweenness, closeness and the paths on
 * lengths, a BFS for the hop measures. */
static void run_source(plan_t *plan, ent_search_t *search, double *between,
                       block_total_t *total, igraph_integer_t s) {
    const ent_allpairs_want_t *want = plan->want;
    shared_t *shared = plan->shared;
    if (want->betweenness || want->closeness || want->paths) {
        ent_search_dijkstra(search, &plan->lengths, (int32_t)s, -1);
        double harmonic = fold_source(search, plan->n, &total->length_max,
                                      &total->length_sum, &total->length_pairs);
        if (want->closeness) {
            shared->closeness[s] = harmonic;
        }
        if (want->betweenness) {
            ent_search_accumulate(search, &plan->lengths, (int32_t)s, between);
        }
        ent_search_clear(search);
    }
    if (want->hops || want->hop_closeness) {
        ent_search_bfs(search, &plan->lengths, (int32_t)s);
        double harmonic = fold_hops(search, plan->n, &total->hops_max,
                                    &total->hops_sum, &total->hops_pairs);
        if (want->hop_closeness) {
            shared->hop_closeness[s] = harmonic;
        }
    }
}

/* Every measure wanted, for the sources of one block. */
static igraph_error_t run_block(void *context, int block,
                                ent_workers_t *workers) {
    plan_t *plan = context;
    igraph_integer_t lo = block_start(plan->n, block);
    igraph_integer_t hi = block_start(plan->n, block + 1);
    block_total_t *total = &plan->shared->totals[block];
    double *between =
        plan->want->betweenness
            ? plan->shared->betweenness + (size_t)block * (size_t)plan->n
            : NULL;
    ent_search_t search;
    IGRAPH_CHECK(ent_search_init(&search, plan->n));
    igraph_error_t error = IGRAPH_SUCCESS;
    for (igraph_integer_t s = lo; s < hi && error == IGRAPH_SUCCESS; s++) {
        run_source(plan, &search, between, total, s);
        if (ent_workers_tick(workers)) {
            error = IGRAPH_INTERRUPTED;
        }
    }
    /* Betweenness counted each undirected pair both ways, as igraph. */
    for (igraph_integer_t v = 0; between && !plan->directed && v < plan->n;
         v++) {
        between[v] *= 0.5;
    }
    ent_search_destroy(&search);
    return error;
}

static ent_allpairs_spread_fn *spread_blocks;
static void *spread_payload;

void ent_metrics_allpairs_set_spread(ent_allpairs_spread_fn *spread,
                                     void *payload) {
    spread_blocks = spread;
    spread_payload = payload;
}

typedef struct {
    plan_t *plan;
    size_t total;
    const ent_metrics_control_t *control;
} spread_work_t;

static igraph_error_t share_of(void *work, int member, int members) {
    const spread_work_t *w = work;
    return ent_workers_run_share(BLOCKS, member, members, w->total, run_block,
                                 w->plan, w->control);
}

/* The blocks over the processes of spread_blocks (entente-mpi) instead of
 * forked workers. The regions skip shared_t's pointers, which differ from
 * process to process: only the values are merged. */
static igraph_error_t run_spread(plan_t *plan, size_t size, size_t total,
                                 const ent_metrics_control_t *control) {
    const ent_allpairs_region_t regions[] = {
        {plan->shared->totals, sizeof plan->shared->totals},
        {plan->shared + 1, size - sizeof(shared_t)}};
    spread_work_t work = {plan, total, control};
    return spread_blocks(spread_payload, share_of, &work, regions, 2);
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

igraph_error_t ent_metrics_allpairs_run(ent_allpairs_t *out,
                                        const ent_network_t *network,
                                        const ent_allpairs_want_t *want,
                                        unsigned jobs,
                                        const ent_metrics_control_t *control) {
    plan_t plan;
    memset(&plan, 0, sizeof plan);
    plan.n = (igraph_integer_t)network->vertex_count;
    plan.directed = network->directed;
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
        error =
            spread_blocks != NULL
                ? run_spread(&plan, size, n, control)
                : ent_workers_run(BLOCKS, jobs, n, run_block, &plan, control);
        if (error == IGRAPH_SUCCESS) {
            combine(out, &plan);
        }
        ent_csr_destroy(&plan.lengths);
    }
    free(plan.order);
    munmap(memory, size);
    return error;
}

igraph_error_t ent_metrics_allpairs(ent_allpairs_t *out,
                                    const ent_network_t *network,
                                    const ent_allpairs_want_t *want,
                                    unsigned jobs) {
    return ent_metrics_allpairs_run(out, network, want, jobs, NULL);
}
