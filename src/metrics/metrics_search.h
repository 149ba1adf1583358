/*
 * Single-source shortest-path searches shared by the all-pairs measures
 * (metrics_allpairs.c) and sampled betweenness (metrics_sample.c), and
 * the adjacency that the spectral measures iterate over.
 */
#ifndef ENTENTE_METRICS_SEARCH_H
#define ENTENTE_METRICS_SEARCH_H

#include <igraph.h>
#include <stdint.h>

typedef struct {
    igraph_integer_t head;
    double length;
} ent_arc_t;

/* Arcs by tail: out[out_start[v] .. out_start[v+1]) leave v; in[...]
 * enter v (heads there are tails). Undirected: both ways, in == out. */
typedef struct {
    igraph_integer_t n;
    int directed;
    igraph_integer_t *out_start, *in_start;
    ent_arc_t *out, *in;
} ent_adjacency_t;

/* From `g` with `lengths` in edge order (NULL: every length 1). Release
 * with ent_adjacency_destroy. O(n + m). */
igraph_error_t ent_adjacency_init(ent_adjacency_t *a, const igraph_t *g,
                                  const igraph_vector_t *lengths);
void ent_adjacency_destroy(ent_adjacency_t *a);

/*
 * What the searches read: arcs of one direction by tail, with 32-bit
 * vertex and arc indices (half the bytes of igraph_integer_t in the
 * hottest loops) and heads apart from lengths (a BFS reads heads only).
 * The arcs of v are head[start[v] .. start[v+1]), length[...] beside.
 */
typedef struct {
    int32_t *start, *head;
    double *length;
} ent_arcs_t;

/* out: arcs leaving each vertex; in: arcs entering it (heads there are
 * tails). Undirected: both ways, in shares out's arrays. */
typedef struct {
    int32_t n;
    int directed;
    ent_arcs_t out, in;
} ent_search_graph_t;

/* From `graph` with `lengths` in edge order (NULL: every length 1), arcs in
 * ent_adjacency_init's order. IGRAPH_EOVERFLOW from 2^31 vertices or
 * arcs. Release with ent_search_graph_destroy. O(n + m). */
igraph_error_t ent_search_graph_init(ent_search_graph_t *g,
                                     const igraph_t *graph,
                                     const igraph_vector_t *lengths);
void ent_search_graph_destroy(ent_search_graph_t *g);

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
void ent_search_dijkstra(ent_search_t *s, const ent_search_graph_t *g,
                         int32_t source, int32_t target);
/* A search in steps (bidirectional sampling): ent_search_start, then
 * ent_search_step while heap_size > 0, each settling one vertex along
 * out-arcs (backward = 0: distances from the source) or in-arcs
 * (backward = 1: distances to it); heap[0].key is the next distance. */
void ent_search_start(ent_search_t *s, int32_t source);
int32_t ent_search_step(ent_search_t *s, const ent_search_graph_t *g,
                        int backward);
int ent_search_is_settled(const ent_search_t *s, int32_t v);
/* 1 when two path lengths are equal as igraph ties them. */
int ent_search_tied(double a, double b);
/* Brandes' dependency accumulation after a full ent_search_dijkstra:
 * adds each vertex's dependency on `source` to betweenness[] (ordered
 * pairs: halve for undirected graphs). */
void ent_search_accumulate(ent_search_t *s, const ent_search_graph_t *g,
                           int32_t source, double *betweenness);
/* Breadth-first search from `source` along out-arcs: level_size[h]
 * vertices at h hops, h < levels (level 0: the source). On a cleared
 * search (order[] is its queue), which it leaves cleared. O(n + m). */
void ent_search_bfs(ent_search_t *s, const ent_search_graph_t *g,
                    int32_t source);
/* 1 when the arc parent -> child of `length` lies on a shortest path
 * of the last search (lengths tied as igraph ties them). */
int ent_search_is_parent(const ent_search_t *s, int32_t parent, double length,
                         int32_t child);

#endif /* ENTENTE_METRICS_SEARCH_H */
