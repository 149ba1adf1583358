/*
 * Single-source shortest-path searches shared by the all-pairs measures
 * (metrics_allpairs.c) and sampled betweenness (metrics_sample.c), on
 * the rows of metrics_csr.h: out-arcs (and in-arcs where a search goes
 * backward or accumulates) with lengths as values, loops left out (a
 * loop is never on a shortest path), arcs in edge order.
 */
#ifndef ENTENTE_METRICS_SEARCH_H
#define ENTENTE_METRICS_SEARCH_H

#include <igraph.h>
#include <stdint.h>

#include "metrics/metrics_csr.h"

/* A vertex in the heap, its distance beside it. */
typedef struct {
    double key;
    int32_t vertex;
} ent_heap_entry_t;

/*
 * One search's state, reused from source to source: after a search,
 * order[0 .. settled) holds the settled vertices in order and
 * order_dist their distances, dist the distances of all (INFINITY: not
 * reached), sigma their numbers of shortest paths; ent_search_clear
 * resets what the search reached (O(reached)).
 */
typedef struct {
    double *dist, *sigma, *delta;
    int32_t *order, settled;
    double *order_dist;
    ent_heap_entry_t *heap; /* keys past heap_size are INFINITY */
    int32_t heap_size, *slot;
    /* the breadth-first search's own: level_size[h] vertices at h hops */
    int32_t *mark, stamp, *level_size, levels;
} ent_search_t;

igraph_error_t ent_search_init(ent_search_t *s, igraph_integer_t n);
void ent_search_destroy(ent_search_t *s);
void ent_search_clear(ent_search_t *s);

/* Dijkstra from `source` counting shortest paths; stops once `target`
 * is settled (-1: never). O(m log n). */
void ent_search_dijkstra(ent_search_t *s, const ent_csr_t *g, int32_t source,
                         int32_t target);
/* A search in steps (bidirectional sampling): ent_search_start, then
 * ent_search_step while heap_size > 0, each settling one vertex along
 * out-arcs (backward = 0: distances from the source) or in-arcs
 * (backward = 1: distances to it); heap[0].key is the next distance. */
void ent_search_start(ent_search_t *s, int32_t source);
int32_t ent_search_step(ent_search_t *s, const ent_csr_t *g, int backward);
int ent_search_is_settled(const ent_search_t *s, int32_t v);
/* 1 when two path lengths are equal as igraph ties them. */
int ent_search_tied(double a, double b);
/* Brandes' dependency accumulation after a full ent_search_dijkstra:
 * adds each vertex's dependency on `source` to betweenness[] (ordered
 * pairs: halve for undirected graphs). */
void ent_search_accumulate(ent_search_t *s, const ent_csr_t *g, int32_t source,
                           double *betweenness);
/* Breadth-first search from `source` along out-arcs: level_size[h]
 * vertices at h hops, h < levels (level 0: the source). On a cleared
 * search (order[] is its queue), which it leaves cleared. O(n + m). */
void ent_search_bfs(ent_search_t *s, const ent_csr_t *g, int32_t source);
/* 1 when the arc parent -> child of `length` lies on a shortest path
 * of the last search (lengths tied as igraph ties them). */
int ent_search_is_parent(const ent_search_t *s, int32_t parent, double length,
                         int32_t child);

#endif /* ENTENTE_METRICS_SEARCH_H */
