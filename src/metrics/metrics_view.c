/*
 * The undirected simple view of a network that clustering, cores and
 * Louvain need (metrics_internal.h).
 */
#include <stdlib.h>

#include "metrics/metrics_internal.h"

typedef struct {
    igraph_integer_t a, b;
    double w;
} pair_t;

static int compare_pairs(const void *x, const void *y) {
    const pair_t *p = x, *q = y;
    if (p->a != q->a) {
        return p->a < q->a ? -1 : 1;
    }
    return (p->b > q->b) - (p->b < q->b);
}

/* A directed network's arcs u->v and v->u become one edge, weights summed. */
igraph_error_t ent_metrics_view_init(ent_metrics_view_t *view,
                                     const ent_network_t *network) {
    view->network = network;
    view->owned = 0;
    view->graph = &network->graph;
    view->weights = &network->weights;
    if (!network->directed) {
        return IGRAPH_SUCCESS;
    }
    igraph_integer_t m = igraph_ecount(&network->graph);
    pair_t *pairs = malloc((size_t)(m ? m : 1) * sizeof *pairs);
    IGRAPH_CHECK_OOM(pairs, "undirected view");
    IGRAPH_FINALLY(igraph_free, pairs);
    for (igraph_integer_t e = 0; e < m; e++) {
        igraph_integer_t u = IGRAPH_FROM(&network->graph, e);
        igraph_integer_t v = IGRAPH_TO(&network->graph, e);
        pairs[e] =
            (pair_t){u < v ? u : v, u < v ? v : u, VECTOR(network->weights)[e]};
    }
    qsort(pairs, (size_t)m, sizeof *pairs, compare_pairs);
    igraph_vector_int_t list;
    IGRAPH_VECTOR_INT_INIT_FINALLY(&list, 0);
    IGRAPH_VECTOR_INIT_FINALLY(&view->own_weights, 0);
    for (igraph_integer_t i = 0; i < m; i++) {
        if (i > 0 && pairs[i].a == pairs[i - 1].a &&
            pairs[i].b == pairs[i - 1].b) {
            VECTOR(view->own_weights)
            [igraph_vector_size(&view->own_weights) - 1] += pairs[i].w;
            continue;
        }
        IGRAPH_CHECK(igraph_vector_int_push_back(&list, pairs[i].a));
        IGRAPH_CHECK(igraph_vector_int_push_back(&list, pairs[i].b));
        IGRAPH_CHECK(igraph_vector_push_back(&view->own_weights, pairs[i].w));
    }
    IGRAPH_CHECK(igraph_create(&view->own_graph, &list,
                               igraph_vcount(&network->graph),
                               IGRAPH_UNDIRECTED));
    igraph_vector_int_destroy(&list);
    free(pairs);
    IGRAPH_FINALLY_CLEAN(3);
    view->graph = &view->own_graph;
    view->weights = &view->own_weights;
    view->owned = 1;
    return IGRAPH_SUCCESS;
}

void ent_metrics_view_destroy(ent_metrics_view_t *view) {
    if (view->owned) {
        igraph_destroy(&view->own_graph);
        igraph_vector_destroy(&view->own_weights);
        view->owned = 0;
    }
}
