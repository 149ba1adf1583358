/*
 * The one compact adjacency of the metrics: arcs grouped by vertex in
 * compressed sparse rows with 32-bit indices, heads apart from an
 * optional value per arc (a search reads heads alone in a BFS, heads
 * and lengths in a Dijkstra; the spectral measures heads and weights).
 *
 * Used by the searches (metrics_search.c), the spectral rows
 * (metrics_spectral.c), directed PageRank (metrics_pagerank.c) and the
 * local measures (metrics_local.c). Each row lists its arcs in edge
 * order: igraph's tie rule in the searches and the bits of the spectral
 * sums depend on it.
 */
#ifndef ENTENTE_METRICS_CSR_H
#define ENTENTE_METRICS_CSR_H

#include <igraph.h>
#include <stdint.h>

/* One direction: the arcs of v are head[start[v] .. start[v + 1]), their
 * values value[...] beside (value NULL when none was asked for). */
typedef struct {
    int32_t *start, *head;
    double *value;
} ent_csr_arcs_t;

/* out: arcs leaving each vertex; in: arcs entering it (heads there are
 * tails). Undirected (the graph, or ENT_CSR_UNDIRECTED): every edge both
 * ways in out, and in shares out's arrays. A direction not asked for is
 * all NULL. */
typedef struct {
    int32_t n;
    int directed; /* 0 when read as undirected */
    ent_csr_arcs_t out, in;
} ent_csr_t;

enum {
    ENT_CSR_OUT = 1 << 0,        /* out-arcs */
    ENT_CSR_IN = 1 << 1,         /* in-arcs (directed only; else as out) */
    ENT_CSR_LOOPS = 1 << 2,      /* keep loops: twice in an undirected row,
                                    as igraph_neighbors lists them; without
                                    it loops are left out */
    ENT_CSR_UNDIRECTED = 1 << 3, /* read a directed graph as undirected */
};

/*
 * The rows of `graph` that `flags` ask for, arcs in edge order, with
 * values[e] on edge e's arcs (values NULL: no value array). One counting
 * pass over the edges for all rows asked for, then one placing pass.
 * IGRAPH_EOVERFLOW (nothing allocated) when n or a direction's arc count
 * does not fit 31 bits, IGRAPH_ENOMEM when memory cannot be allocated.
 * The caller releases the rows with ent_csr_destroy (also after a
 * failure, where it does nothing). O(n + m).
 */
igraph_error_t ent_csr_init(ent_csr_t *c, const igraph_t *graph,
                            const igraph_vector_t *values, unsigned flags);
void ent_csr_destroy(ent_csr_t *c);

/* 1 when ent_csr_init would fit `graph` read with `flags` in 31 bits. */
int ent_csr_fits(const igraph_t *graph, unsigned flags);

#endif /* ENTENTE_METRICS_CSR_H */
