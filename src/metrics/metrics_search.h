/*
 * Single-source shortest-path searches shared by the all-pairs measures
 * (metrics_allpairs.c) and sampled betweenness (metrics_sample.c).
 */
#ifndef ENTENTE_METRICS_SEARCH_H
#define ENTENTE_METRICS_SEARCH_H

#include <igraph.h>

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
 * One search's state, reused from source to source: after a search,
 * order[0 .. settled) holds the settled vertices in order, dist their
 * distances (INFINITY: not reached), sigma their numbers of shortest
 * paths; ent_search_clear resets what the search touched (O(touched)).
 */
typedef struct {
    double *dist, *sigma, *delta;
    igraph_integer_t *order, settled;
    igraph_integer_t *heap, heap_size, *slot;
    double *key; /* key[i]: the distance of heap[i] */
    igraph_integer_t *touched, touched_count;
} ent_search_t;

igraph_error_t ent_search_init(ent_search_t *s, igraph_integer_t n);
void ent_search_destroy(ent_search_t *s);
void ent_search_clear(ent_search_t *s);

/* Dijkstra from `source` counting shortest paths; stops once `target`
 * is settled (-1: never). O(m log n). */
void ent_search_dijkstra(ent_search_t *s, const ent_adjacency_t *a,
                         igraph_integer_t source, igraph_integer_t target);
/* A search in steps (bidirectional sampling): ent_search_start, then
 * ent_search_step while heap_size > 0, each settling one vertex along
 * out-arcs (backward = 0: distances from the source) or in-arcs
 * (backward = 1: distances to it); key[0] is the next distance. */
void ent_search_start(ent_search_t *s, igraph_integer_t source);
igraph_integer_t ent_search_step(ent_search_t *s, const ent_adjacency_t *a,
                                 int backward);
int ent_search_is_settled(const ent_search_t *s, igraph_integer_t v);
/* 1 when two path lengths are equal as igraph ties them. */
int ent_search_tied(double a, double b);
/* Brandes' dependency accumulation after a full ent_search_dijkstra:
 * adds each vertex's dependency on `source` to betweenness[] (ordered
 * pairs: halve for undirected graphs). */
void ent_search_accumulate(ent_search_t *s, const ent_adjacency_t *a,
                           igraph_integer_t source, double *betweenness);
/* Breadth-first search from `source`: dist holds hops. O(n + m). */
void ent_search_bfs(ent_search_t *s, const ent_adjacency_t *a,
                    igraph_integer_t source);
/* 1 when the arc parent -> child of `length` lies on a shortest path
 * of the last search (lengths tied as igraph ties them). */
int ent_search_is_parent(const ent_search_t *s, igraph_integer_t parent,
                         double length, igraph_integer_t child);

#endif /* ENTENTE_METRICS_SEARCH_H */
