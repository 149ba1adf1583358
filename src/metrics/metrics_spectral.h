/*
 * What eigenvector centrality (metrics_spectral.c) and PageRank
 * (metrics_pagerank.c) share: the undirected graph as compact rows of
 * 32-bit neighbours and weights, cut into blocks of vertices that the
 * threads of a pool (common/parallel.h) take one at a time.
 *
 * Same bits for every thread count: the blocks depend on n alone; each
 * vertex's value is summed by one thread in its row's order; a sum over
 * vertices is summed per block, and the blocks' sums are added in block
 * order by the caller (spectral_sum).
 */
#ifndef ENTENTE_METRICS_SPECTRAL_H
#define ENTENTE_METRICS_SPECTRAL_H

#include <igraph.h>
#include <stdint.h>

#include "common/parallel.h"
#include "metrics/metrics_csr.h"
#include "network/network_internal.h"

#define SPECTRAL_BLOCK 1024 /* vertices per block, at least */
#define MAX_ROUNDS 1000
#define STOP_ERROR 1e-12 /* relative error at which the iterations stop */
#define SPAN 4           /* rounds over which a contraction is measured */

typedef struct {
    uint32_t n;
    ent_csr_t rows; /* undirected, loops left out, weights as values */
    const int32_t
        *start; /* rows.out's: row v is arcs start[v] .. start[v + 1] */
    const int32_t *head;  /* each arc's other end */
    const double *weight; /* each arc's weight (its edge's) */
    double *strength;     /* per vertex: its row's weights summed in order */
    size_t block_size;    /* vertices per block */
    size_t blocks;
    parallel_pool *pool; /* NULL: one thread */
} ent_spectral_graph_t;

/*
 * The rows of undirected `graph` with `weights` per edge, both ways, in
 * edge order; loops are left out. *fits is 0 (and nothing allocated)
 * when n or the arc count does not fit 32 bits: then the caller runs
 * igraph's call. Starts a pool of `jobs` threads (0: one per CPU) when
 * there are two blocks or more. Returns IGRAPH_ENOMEM when memory
 * cannot be allocated. Release with ent_spectral_graph_destroy. O(n + m).
 */
igraph_error_t ent_spectral_graph_init(ent_spectral_graph_t *g,
                                       const igraph_t *graph,
                                       const igraph_vector_t *weights,
                                       unsigned jobs, int *fits);
void ent_spectral_graph_destroy(ent_spectral_graph_t *g);

/* What runs on the rows: out (n values) and *done (0: not applicable). */
typedef igraph_error_t ent_spectral_solver(const ent_spectral_graph_t *g,
                                           double parameter, double *out,
                                           int *done);
/* solver(rows of net, parameter, out, done) on `jobs` threads, the rows
 * made and released around it; *done stays 0 when they do not fit. */
igraph_error_t ent_spectral_solve(const ent_network_t *net, unsigned jobs,
                                  ent_spectral_solver *solver, double parameter,
                                  double *out, int *done);

/* The vertices [*first, *end) of block `block`. */
void ent_spectral_block(const ent_spectral_graph_t *g, size_t block,
                        uint32_t *first, uint32_t *end);
/* parts[0] + parts[1] + ... in block order: a sum that does not depend on
 * which thread ran which block. */
double ent_spectral_sum(const double *parts, size_t blocks);
/* The largest of parts[0 .. blocks). */
double ent_spectral_max(const double *parts, size_t blocks);

/*
 * The sum of weight[k] x[head[k]] over arcs [from, to) of a row, in four
 * chains (arcs k, k + 4, ... in chain k % 4 from the row's start) added
 * as (0 + 1) + (2 + 3) at the end: the latency of one chain of additions
 * bounded the loop. A fixed order, whatever the thread.
 */
static inline double ent_spectral_row_sum(const int32_t *head,
                                          const double *weight, const double *x,
                                          size_t from, size_t to) {
    double c0 = 0, c1 = 0, c2 = 0, c3 = 0;
    size_t k = from;
    for (; k + 4 <= to; k += 4) {
        c0 += weight[k] * x[head[k]];
        c1 += weight[k + 1] * x[head[k + 1]];
        c2 += weight[k + 2] * x[head[k + 2]];
        c3 += weight[k + 3] * x[head[k + 3]];
    }
    if (k < to) {
        c0 += weight[k] * x[head[k]];
    }
    if (k + 1 < to) {
        c1 += weight[k + 1] * x[head[k + 1]];
    }
    if (k + 2 < to) {
        c2 += weight[k + 2] * x[head[k + 2]];
    }
    return (c0 + c1) + (c2 + c3);
}

/*
 * 1 when a power iteration may stop: delta[round % (SPAN + 1)] holds each
 * round's largest change. The contraction r per round is measured over
 * SPAN rounds (with momentum the changes oscillate from round to round);
 * the estimated error change * r / (1 - r) must be below STOP_ERROR.
 */
int ent_spectral_converged(const double *delta, int round);
/* 1 when every weight is positive and finite. */
int ent_spectral_weights_positive(const igraph_vector_t *weights);

#endif /* ENTENTE_METRICS_SPECTRAL_H */
