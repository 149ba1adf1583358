/*
 * Vertex connectivity with O(n + d^2) maximum flows instead of igraph
 * 0.10.2's one per ordered pair of vertices (n^2 flows: a 1,000-node
 * network did not finish in five minutes).
 *
 * The value is igraph_vertex_connectivity's: the smallest number of
 * internally vertex-disjoint paths over the ordered pairs (x, y) without
 * an arc x -> y, capped at n - 1 (an undirected edge is two arcs). It is
 * computed as Esfahanian and Hakimi do ("On computing the connectivities
 * of graphs and digraphs", Networks 14, 1984), from one vertex v of
 * least degree and a minimum separating set S:
 * - v outside S: S cuts v from some vertex or some vertex from v, so the
 *   flows v -> w and w -> v over the non-neighbours w of v find |S|;
 * - v inside S: S is minimal, so a path through v joins an in-neighbour a
 *   of v to an out-neighbour b that S separates: the flows a -> b over
 *   v's non-adjacent in/out-neighbour pairs find |S|.
 * Each flow is igraph_maxflow_value on one split graph built once (vertex
 * x becomes the arc x_in -> x_out of capacity 1). The running minimum
 * starts at the least in- or out-degree and the loop stops as soon as it
 * meets a lower bound: 0 when not (strongly) connected, 1 when connected,
 * 2 when undirected without an articulation point.
 */
#include <stdlib.h>

#include "metrics/metrics_internal.h"

typedef struct {
    igraph_t split;           /* 2n vertices: x_in = x, x_out = n + x */
    igraph_adjlist_t out, in; /* the original arcs, sorted */
    igraph_integer_t n;
    int directed;
    igraph_integer_t best;  /* running minimum */
    igraph_integer_t floor; /* a proven lower bound */
} flow_state_t;

/* x_in -> x_out for every x, and u_out -> v_in for every arc u -> v. */
static igraph_error_t split_graph(igraph_t *split, const igraph_t *graph) {
    igraph_integer_t n = igraph_vcount(graph), m = igraph_ecount(graph);
    int both = !igraph_is_directed(graph);
    igraph_vector_int_t arcs;
    IGRAPH_VECTOR_INT_INIT_FINALLY(&arcs, 0);
    IGRAPH_CHECK(igraph_vector_int_reserve(&arcs, 2 * (n + m * (both + 1))));
    for (igraph_integer_t x = 0; x < n; x++) {
        igraph_vector_int_push_back(&arcs, x); /* reserved: cannot fail */
        igraph_vector_int_push_back(&arcs, n + x);
    }
    for (igraph_integer_t e = 0; e < m; e++) {
        igraph_integer_t u = IGRAPH_FROM(graph, e), v = IGRAPH_TO(graph, e);
        igraph_vector_int_push_back(&arcs, n + u);
        igraph_vector_int_push_back(&arcs, v);
        if (both) {
            igraph_vector_int_push_back(&arcs, n + v);
            igraph_vector_int_push_back(&arcs, u);
        }
    }
    IGRAPH_CHECK(igraph_create(split, &arcs, 2 * n, IGRAPH_DIRECTED));
    igraph_vector_int_destroy(&arcs);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* 1 when the arc x -> y exists (binary search in the sorted list). */
static int has_arc(const flow_state_t *state, igraph_integer_t x,
                   igraph_integer_t y) {
    igraph_vector_int_t *list = igraph_adjlist_get(&state->out, x);
    return igraph_vector_int_binsearch2(list, y);
}

/* Lowers the running minimum by the flow x -> y (no arc x -> y). */
static igraph_error_t try_pair(flow_state_t *state, igraph_integer_t x,
                               igraph_integer_t y) {
    if (x == y || state->best <= state->floor || has_arc(state, x, y) ||
        (!state->directed && x > y)) { /* undirected: each pair once */
        return IGRAPH_SUCCESS;
    }
    igraph_real_t flow;
    IGRAPH_CHECK(igraph_maxflow_value(&state->split, &flow, state->n + x, y,
                                      NULL, NULL));
    if ((igraph_integer_t)flow < state->best) {
        state->best = (igraph_integer_t)flow;
    }
    return IGRAPH_SUCCESS;
}

/* The vertex of least in + out degree, the first one on ties. */
static igraph_integer_t least_degree_vertex(const flow_state_t *state) {
    igraph_integer_t best = 0, best_degree = -1;
    for (igraph_integer_t x = 0; x < state->n; x++) {
        igraph_integer_t degree =
            igraph_vector_int_size(igraph_adjlist_get(&state->out, x)) +
            igraph_vector_int_size(igraph_adjlist_get(&state->in, x));
        if (best_degree < 0 || degree < best_degree) {
            best = x;
            best_degree = degree;
        }
    }
    return best;
}

/* Least in-degree and least out-degree: both bound the connectivity. */
static igraph_integer_t degree_bound(const flow_state_t *state) {
    igraph_integer_t bound = state->n - 1;
    for (igraph_integer_t x = 0; x < state->n; x++) {
        igraph_integer_t out =
            igraph_vector_int_size(igraph_adjlist_get(&state->out, x));
        igraph_integer_t in =
            igraph_vector_int_size(igraph_adjlist_get(&state->in, x));
        bound = out < bound ? out : bound;
        bound = in < bound ? in : bound;
    }
    return bound;
}

/* The flows of the two cases above, stopping at the lower bound. */
static igraph_error_t run_flows(flow_state_t *state) {
    igraph_integer_t v = least_degree_vertex(state);
    for (igraph_integer_t w = 0; w < state->n; w++) {
        IGRAPH_CHECK(try_pair(state, v, w));
        IGRAPH_CHECK(try_pair(state, w, v));
    }
    igraph_vector_int_t *ins = igraph_adjlist_get(&state->in, v);
    igraph_vector_int_t *outs = igraph_adjlist_get(&state->out, v);
    for (igraph_integer_t i = 0; i < igraph_vector_int_size(ins); i++) {
        for (igraph_integer_t j = 0; j < igraph_vector_int_size(outs); j++) {
            IGRAPH_CHECK(try_pair(state, VECTOR(*ins)[i], VECTOR(*outs)[j]));
        }
    }
    return IGRAPH_SUCCESS;
}

/* 0 when not (strongly) connected, else 1, or 2 when undirected, n >= 3
 * and without an articulation point (biconnected). */
static igraph_error_t lower_bound(const igraph_t *graph,
                                  igraph_integer_t *bound) {
    igraph_bool_t connected;
    IGRAPH_CHECK(igraph_is_connected(graph, &connected, IGRAPH_STRONG));
    *bound = connected ? 1 : 0;
    if (!connected || igraph_is_directed(graph) || igraph_vcount(graph) < 3) {
        return IGRAPH_SUCCESS;
    }
    igraph_vector_int_t cut_vertices;
    IGRAPH_VECTOR_INT_INIT_FINALLY(&cut_vertices, 0);
    IGRAPH_CHECK(igraph_articulation_points(graph, &cut_vertices));
    *bound = igraph_vector_int_size(&cut_vertices) == 0 ? 2 : 1;
    igraph_vector_int_destroy(&cut_vertices);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

igraph_error_t ent_metrics_vertex_connectivity(const igraph_t *graph,
                                               igraph_integer_t *result) {
    flow_state_t state;
    state.n = igraph_vcount(graph);
    if (state.n < 2) {
        *result = 0; /* as igraph: no pair, n - 1 = 0 */
        return IGRAPH_SUCCESS;
    }
    IGRAPH_CHECK(lower_bound(graph, &state.floor));
    IGRAPH_CHECK(igraph_adjlist_init(graph, &state.out, IGRAPH_OUT,
                                     IGRAPH_NO_LOOPS, IGRAPH_NO_MULTIPLE));
    IGRAPH_FINALLY(igraph_adjlist_destroy, &state.out);
    IGRAPH_CHECK(igraph_adjlist_init(graph, &state.in, IGRAPH_IN,
                                     IGRAPH_NO_LOOPS, IGRAPH_NO_MULTIPLE));
    IGRAPH_FINALLY(igraph_adjlist_destroy, &state.in);
    state.directed = igraph_is_directed(graph);
    state.best = state.floor == 0 ? 0 : degree_bound(&state);
    if (state.best > state.floor) {
        IGRAPH_CHECK(split_graph(&state.split, graph));
        IGRAPH_FINALLY(igraph_destroy, &state.split);
        IGRAPH_CHECK(run_flows(&state));
        igraph_destroy(&state.split);
        IGRAPH_FINALLY_CLEAN(1);
    }
    igraph_adjlist_destroy(&state.in);
    igraph_adjlist_destroy(&state.out);
    IGRAPH_FINALLY_CLEAN(2);
    *result = state.best;
    return IGRAPH_SUCCESS;
}

/*
 * Edge connectivity: igraph's Stoer-Wagner (undirected) or 2(n - 1) flows
 * (directed) cost as much as betweenness, so the bounds that usually
 * settle it come first: 0 when not (strongly) connected, at most the
 * least in- or out-degree, at least 1, and at least 2 when undirected
 * without a bridge. igraph runs only when the bounds differ.
 */
igraph_error_t ent_metrics_edge_connectivity(const igraph_t *graph,
                                             igraph_integer_t *result) {
    igraph_integer_t n = igraph_vcount(graph);
    igraph_bool_t connected;
    if (n < 2) {
        return igraph_edge_connectivity(graph, result, 1);
    }
    IGRAPH_CHECK(igraph_is_connected(graph, &connected, IGRAPH_STRONG));
    if (!connected) {
        *result = 0;
        return IGRAPH_SUCCESS;
    }
    igraph_integer_t floor = 1, least = n - 1;
    igraph_vector_int_t list;
    IGRAPH_VECTOR_INT_INIT_FINALLY(&list, 0);
    for (int mode = IGRAPH_OUT; mode <= IGRAPH_IN; mode++) {
        IGRAPH_CHECK(igraph_degree(graph, &list, igraph_vss_all(),
                                   (igraph_neimode_t)mode, IGRAPH_NO_LOOPS));
        igraph_integer_t min = igraph_vector_int_min(&list);
        least = min < least ? min : least;
    }
    if (!igraph_is_directed(graph) && least > 1) {
        IGRAPH_CHECK(igraph_bridges(graph, &list));
        floor = igraph_vector_int_size(&list) == 0 ? 2 : 1;
    }
    igraph_vector_int_destroy(&list);
    IGRAPH_FINALLY_CLEAN(1);
    if (least <= floor) {
        *result = least;
        return IGRAPH_SUCCESS;
    }
    return igraph_edge_connectivity(graph, result, 1);
}
