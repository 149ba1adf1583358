/*
 * Node and graph measures (metrics.h), each a thin call into igraph with
 * the right vector: lengths for path measures, weights for strength ones.
 * igraph's errors travel up as igraph_error_t through IGRAPH_CHECK inside
 * this file and become an ent_status at ent_metrics_compute.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "common/igraph_guard.h"
#include "metrics/metrics_internal.h"

/* Allocates metrics->node[metric] filled with NAN. */
/* An array for a node metric; NAN-filled unless the caller fills it all
 * (a second pass over n values shows on the cheapest measures). */
static igraph_error_t node_array(ent_metrics_t *metrics, int metric,
                                 int filled_by_caller) {
    size_t n = metrics->network->vertex_count;
    double *values = malloc((n ? n : 1) * sizeof *values);
    IGRAPH_CHECK_OOM(values, "node metric");
    for (size_t v = 0; !filled_by_caller && v < n; v++) {
        values[v] = NAN;
    }
    metrics->node[metric] = values;
    return IGRAPH_SUCCESS;
}

static igraph_error_t node_values(ent_metrics_t *metrics, int metric) {
    return node_array(metrics, metric, 0);
}

/* The size is read once: it is a call into the library, not a macro. */
static void copy_vector(double *to, const igraph_vector_t *from) {
    igraph_integer_t size = igraph_vector_size(from);
    memcpy(to, VECTOR(*from), (size_t)size * sizeof *to);
}

static void copy_vector_int(double *to, const igraph_vector_int_t *from) {
    igraph_integer_t size = igraph_vector_int_size(from);
    const igraph_integer_t *values = VECTOR(*from);
    for (igraph_integer_t i = 0; i < size; i++) {
        to[i] = (double)values[i];
    }
}

/* Freeman: sum over nodes of (max - value), over `theoretical_max`. */
static double freeman(const double *values, size_t n, double theoretical_max) {
    if (n < 3 || values == NULL) {
        return NAN;
    }
    double max = values[0], sum = 0;
    for (size_t v = 1; v < n; v++) {
        max = values[v] > max ? values[v] : max;
    }
    for (size_t v = 0; v < n; v++) {
        sum += max - values[v];
    }
    return sum / theoretical_max;
}

/* Degrees, strength: in one pass over the edges (metrics_local.c) where
 * that gives igraph's values, else by igraph's calls. */
static igraph_error_t degrees(ent_metrics_t *metrics, const int *want) {
    const ent_network_t *net = metrics->network;
    static const igraph_neimode_t modes[] = {IGRAPH_ALL, IGRAPH_IN, IGRAPH_OUT};
    for (int k = ENT_NODE_DEGREE; k <= ENT_NODE_OUT_DEGREE; k++) {
        if (want[k]) {
            IGRAPH_CHECK(node_array(metrics, k, 1));
        }
    }
    if (want[ENT_NODE_STRENGTH]) {
        IGRAPH_CHECK(node_array(metrics, ENT_NODE_STRENGTH, 1));
    }
    int done = 0;
    if (want[ENT_NODE_DEGREE] || want[ENT_NODE_STRENGTH]) {
        IGRAPH_CHECK(ent_local_degrees(net, metrics->node[ENT_NODE_DEGREE],
                                       metrics->node[ENT_NODE_STRENGTH],
                                       &done));
    }
    if (done) {
        return IGRAPH_SUCCESS;
    }
    igraph_vector_int_t degree;
    /* Without loops both count alike, and igraph counts them with loops
     * from its index in O(n) but without them through every incidence
     * list (0.04 ms against 0.5 ms at 10^4 nodes). */
    igraph_bool_t loops = 1;
    if (want[ENT_NODE_DEGREE] || want[ENT_NODE_IN_DEGREE] ||
        want[ENT_NODE_OUT_DEGREE]) {
        IGRAPH_CHECK(igraph_has_loop(&net->graph, &loops));
    }
    IGRAPH_VECTOR_INT_INIT_FINALLY(&degree, 0);
    for (int k = 0; k < 3; k++) {
        if (!want[ENT_NODE_DEGREE + k]) {
            continue;
        }
        IGRAPH_CHECK(igraph_degree(&net->graph, &degree, igraph_vss_all(),
                                   modes[k],
                                   loops ? IGRAPH_NO_LOOPS : IGRAPH_LOOPS));
        copy_vector_int(metrics->node[ENT_NODE_DEGREE + k], &degree);
    }
    igraph_vector_int_destroy(&degree);
    IGRAPH_FINALLY_CLEAN(1);
    if (want[ENT_NODE_STRENGTH]) {
        igraph_vector_t strength;
        IGRAPH_VECTOR_INIT_FINALLY(&strength, 0);
        IGRAPH_CHECK(igraph_strength(&net->graph, &strength, igraph_vss_all(),
                                     IGRAPH_ALL, IGRAPH_NO_LOOPS,
                                     &net->weights));
        copy_vector(metrics->node[ENT_NODE_STRENGTH], &strength);
        igraph_vector_destroy(&strength);
        IGRAPH_FINALLY_CLEAN(1);
    }
    return IGRAPH_SUCCESS;
}

/* Betweenness, harmonic closeness, eigenvector, PageRank, hubs, constraint. */
static igraph_error_t centralities(ent_metrics_t *metrics, const int *want,
                                   unsigned jobs) {
    const ent_network_t *net = metrics->network;
    const igraph_t *g = &net->graph;
    size_t n = net->vertex_count;
    igraph_vector_t res, res2;
    igraph_real_t value;
    IGRAPH_VECTOR_INIT_FINALLY(&res, 0);
    IGRAPH_VECTOR_INIT_FINALLY(&res2, 0);
    if (want[ENT_NODE_BETWEENNESS]) {
        IGRAPH_CHECK(node_values(metrics, ENT_NODE_BETWEENNESS));
        IGRAPH_CHECK(
            igraph_betweenness(g, &res, igraph_vss_all(), 1, &net->lengths));
        copy_vector(metrics->node[ENT_NODE_BETWEENNESS], &res);
    }
    if (want[ENT_NODE_CLOSENESS]) {
        IGRAPH_CHECK(node_values(metrics, ENT_NODE_CLOSENESS));
        if (n >= 2) { /* a lone node has no others to be close to */
            IGRAPH_CHECK(igraph_harmonic_centrality(
                g, &res, igraph_vss_all(), IGRAPH_OUT, &net->lengths, 1));
            copy_vector(metrics->node[ENT_NODE_CLOSENESS], &res);
        }
    }
    if (want[ENT_NODE_EIGENVECTOR]) {
        IGRAPH_CHECK(node_values(metrics, ENT_NODE_EIGENVECTOR));
        int done = 0;
        IGRAPH_CHECK(ent_spectral_eigenvector(
            net, metrics->node[ENT_NODE_EIGENVECTOR], jobs, &done));
        if (!done && !net->directed && n > 0) {
            IGRAPH_CHECK(igraph_eigenvector_centrality(g, &res, &value, 0, 1,
                                                       &net->weights, NULL));
            copy_vector(metrics->node[ENT_NODE_EIGENVECTOR], &res);
        }
    }
    if (want[ENT_NODE_PAGERANK]) {
        IGRAPH_CHECK(node_values(metrics, ENT_NODE_PAGERANK));
        int done = 0;
        IGRAPH_CHECK(ent_spectral_pagerank(
            net, 0.85, metrics->node[ENT_NODE_PAGERANK], jobs, &done));
        if (!done && n > 0) {
            IGRAPH_CHECK(igraph_pagerank(g, IGRAPH_PAGERANK_ALGO_PRPACK, &res,
                                         &value, igraph_vss_all(), 1, 0.85,
                                         &net->weights, NULL));
            copy_vector(metrics->node[ENT_NODE_PAGERANK], &res);
        }
    }
    if (want[ENT_NODE_HUB] || want[ENT_NODE_AUTHORITY]) {
        IGRAPH_CHECK(node_values(metrics, ENT_NODE_HUB));
        IGRAPH_CHECK(node_values(metrics, ENT_NODE_AUTHORITY));
        if (net->directed && n > 0) {
            IGRAPH_CHECK(igraph_hub_and_authority_scores(
                g, &res, &res2, &value, 1, &net->weights, NULL));
            copy_vector(metrics->node[ENT_NODE_HUB], &res);
            copy_vector(metrics->node[ENT_NODE_AUTHORITY], &res2);
        }
    }
    if (want[ENT_NODE_CONSTRAINT]) {
        IGRAPH_CHECK(node_values(metrics, ENT_NODE_CONSTRAINT));
        IGRAPH_CHECK(
            igraph_constraint(g, &res, igraph_vss_all(), &net->weights));
        copy_vector(metrics->node[ENT_NODE_CONSTRAINT], &res);
    }
    igraph_vector_destroy(&res2);
    igraph_vector_destroy(&res);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/* Renumbers communities by the first vertex of each, for stable output:
 * the numbers written must not depend on whether memory ran short. */
static igraph_error_t renumber(igraph_vector_int_t *membership) {
    igraph_integer_t n = igraph_vector_int_size(membership), next = 0;
    igraph_integer_t *map = calloc((size_t)(n ? n : 1), sizeof *map);
    if (map == NULL) {
        IGRAPH_ERROR("cannot renumber the communities", IGRAPH_ENOMEM);
    }
    for (igraph_integer_t v = 0; v < n; v++) {
        igraph_integer_t c = VECTOR(*membership)[v];
        if (map[c] == 0) {
            map[c] = ++next;
        }
        VECTOR(*membership)[v] = map[c] - 1;
    }
    free(map);
    return IGRAPH_SUCCESS;
}

/* Coreness, clustering, Louvain, transitivity on the undirected view. */
static igraph_error_t cohesion(ent_metrics_t *metrics,
                               const ent_metrics_view_t *view, const int *want,
                               const int *graph_want) {
    size_t n = metrics->network->vertex_count;
    double *graph = metrics->graph;
    int clustering =
        want[ENT_NODE_CLUSTERING] || graph_want[ENT_GRAPH_AVERAGE_CLUSTERING];
    if (want[ENT_NODE_CORENESS]) {
        IGRAPH_CHECK(node_array(metrics, ENT_NODE_CORENESS, 1));
        IGRAPH_CHECK(
            ent_local_coreness(view->graph, metrics->node[ENT_NODE_CORENESS]));
    }
    if (clustering) {
        IGRAPH_CHECK(node_array(metrics, ENT_NODE_CLUSTERING, 1));
    }
    /* No connected triple: transitivity is undefined, NAN, not 0. */
    if (clustering || graph_want[ENT_GRAPH_TRANSITIVITY]) {
        IGRAPH_CHECK(ent_local_clustering(
            view->graph, metrics->node[ENT_NODE_CLUSTERING],
            graph_want[ENT_GRAPH_TRANSITIVITY] ? &graph[ENT_GRAPH_TRANSITIVITY]
                                               : NULL));
    }
    if (clustering) {
        double sum = 0;
        for (size_t v = 0; v < n; v++) {
            sum += metrics->node[ENT_NODE_CLUSTERING][v];
        }
        graph[ENT_GRAPH_AVERAGE_CLUSTERING] = n ? sum / (double)n : (double)NAN;
    }
    if (want[ENT_NODE_COMMUNITY] || graph_want[ENT_GRAPH_MODULARITY] ||
        graph_want[ENT_GRAPH_COMMUNITIES]) {
        igraph_vector_int_t membership;
        IGRAPH_VECTOR_INT_INIT_FINALLY(&membership, 0);
        IGRAPH_CHECK(node_values(metrics, ENT_NODE_COMMUNITY));
        if (n > 0) {
            IGRAPH_CHECK(igraph_community_multilevel(
                view->graph, view->weights, 1.0, &membership, NULL, NULL));
            IGRAPH_CHECK(renumber(&membership));
            copy_vector_int(metrics->node[ENT_NODE_COMMUNITY], &membership);
            /* Without edges modularity is 0/0: igraph says NAN. */
            IGRAPH_CHECK(igraph_modularity(view->graph, &membership,
                                           view->weights, 1.0, 0,
                                           &graph[ENT_GRAPH_MODULARITY]));
            graph[ENT_GRAPH_COMMUNITIES] =
                (double)igraph_vector_int_max(&membership) + 1;
        } else {
            graph[ENT_GRAPH_COMMUNITIES] = 0;
        }
        igraph_vector_int_destroy(&membership);
        IGRAPH_FINALLY_CLEAN(1);
    }
    return IGRAPH_SUCCESS;
}

/* Size, density, components, paths, connectivity, assortativity. */
static igraph_error_t structure(ent_metrics_t *metrics, const int *want) {
    const ent_network_t *net = metrics->network;
    const igraph_t *g = &net->graph;
    size_t n = net->vertex_count, m = net->edge_count;
    double *graph = metrics->graph;
    double pairs = (double)n * ((double)n - 1) / (net->directed ? 1 : 2);
    graph[ENT_GRAPH_NODES] = (double)n;
    graph[ENT_GRAPH_EDGES] = (double)m;
    graph[ENT_GRAPH_DENSITY] = n >= 2 ? (double)m / pairs : (double)NAN;
    if (want[ENT_GRAPH_COMPONENTS] || want[ENT_GRAPH_LARGEST_COMPONENT_SHARE]) {
        igraph_integer_t count = 0, largest = 0;
        IGRAPH_CHECK(ent_local_components(g, &count, &largest));
        graph[ENT_GRAPH_COMPONENTS] = (double)count;
        graph[ENT_GRAPH_LARGEST_COMPONENT_SHARE] =
            n ? (double)largest / (double)n : (double)NAN;
    }
    /* Over connected pairs only; none connected (no edge): undefined. */
    if (m > 0 && want[ENT_GRAPH_DIAMETER]) {
        IGRAPH_CHECK(igraph_diameter_dijkstra(g, &net->lengths,
                                              &graph[ENT_GRAPH_DIAMETER], NULL,
                                              NULL, NULL, NULL, 1, 1));
    }
    if (m > 0 && want[ENT_GRAPH_AVERAGE_PATH_LENGTH]) {
        IGRAPH_CHECK(igraph_average_path_length_dijkstra(
            g, &graph[ENT_GRAPH_AVERAGE_PATH_LENGTH], NULL, &net->lengths, 1,
            1));
    }
    if (m > 0 && want[ENT_GRAPH_DIAMETER_HOPS]) {
        IGRAPH_CHECK(igraph_diameter(g, &graph[ENT_GRAPH_DIAMETER_HOPS], NULL,
                                     NULL, NULL, NULL, 1, 1));
    }
    if (m > 0 && want[ENT_GRAPH_AVERAGE_PATH_LENGTH_HOPS]) {
        IGRAPH_CHECK(igraph_average_path_length(
            g, &graph[ENT_GRAPH_AVERAGE_PATH_LENGTH_HOPS], NULL, 1, 1));
    }
    if (n >= 2 && want[ENT_GRAPH_VERTEX_CONNECTIVITY]) {
        igraph_integer_t k;
        IGRAPH_CHECK(ent_metrics_vertex_connectivity(g, &k));
        graph[ENT_GRAPH_VERTEX_CONNECTIVITY] = (double)k;
    }
    if (n >= 2 && want[ENT_GRAPH_EDGE_CONNECTIVITY]) {
        igraph_integer_t k;
        IGRAPH_CHECK(ent_metrics_edge_connectivity(g, &k));
        graph[ENT_GRAPH_EDGE_CONNECTIVITY] = (double)k;
    }
    if (want[ENT_GRAPH_TYPE_ASSORTATIVITY]) {
        igraph_vector_int_t types;
        int seen[ENT_ENTITY_TYPE_COUNT] = {0}, kinds = 0;
        IGRAPH_VECTOR_INT_INIT_FINALLY(&types, (igraph_integer_t)n);
        for (size_t v = 0; v < n; v++) {
            ent_entity_type type = ent_network_vertex_entity(net, v)->type;
            VECTOR(types)[v] = type;
            kinds += !seen[type];
            seen[type] = 1;
        }
        if (kinds >= 2 && m > 0) {
            IGRAPH_CHECK(igraph_assortativity_nominal(
                g, &types, &graph[ENT_GRAPH_TYPE_ASSORTATIVITY], 1, 1));
        }
        igraph_vector_int_destroy(&types);
        IGRAPH_FINALLY_CLEAN(1);
    }
    return IGRAPH_SUCCESS;
}

/* The largest sum of (max - value) of hop closeness: a star, (n-2)/2;
 * directed, an out-star, n-1. */
static double closeness_centralization_max(const ent_network_t *net) {
    double n = (double)net->vertex_count;
    return net->directed ? n - 1 : (n - 2) / 2;
}

/* Hop-based harmonic closeness for its centralization (see --help). */
static igraph_error_t closeness_centralization(ent_metrics_t *metrics) {
    const ent_network_t *net = metrics->network;
    size_t n = net->vertex_count;
    if (n < 3) {
        return IGRAPH_SUCCESS;
    }
    igraph_vector_t hops;
    IGRAPH_VECTOR_INIT_FINALLY(&hops, 0);
    IGRAPH_CHECK(igraph_harmonic_centrality(
        &net->graph, &hops, igraph_vss_all(), IGRAPH_OUT, NULL, 1));
    metrics->graph[ENT_GRAPH_CLOSENESS_CENTRALIZATION] =
        freeman(VECTOR(hops), n, closeness_centralization_max(net));
    igraph_vector_destroy(&hops);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* Copies the block results into the metrics; path values need an edge,
 * as in structure(). */
static void take_allpairs(ent_metrics_t *metrics, const ent_allpairs_t *out,
                          const int *graph_want) {
    static const ent_graph_metric paths[] = {
        ENT_GRAPH_DIAMETER, ENT_GRAPH_AVERAGE_PATH_LENGTH,
        ENT_GRAPH_DIAMETER_HOPS, ENT_GRAPH_AVERAGE_PATH_LENGTH_HOPS};
    const double values[] = {out->diameter, out->average_path_length,
                             out->diameter_hops, out->average_path_length_hops};
    for (size_t k = 0; k < 4 && metrics->network->edge_count > 0; k++) {
        if (graph_want[paths[k]]) {
            metrics->graph[paths[k]] = values[k];
        }
    }
    if (out->hop_closeness != NULL) {
        metrics->graph[ENT_GRAPH_CLOSENESS_CENTRALIZATION] =
            freeman(out->hop_closeness, metrics->network->vertex_count,
                    closeness_centralization_max(metrics->network));
    }
}

/* The all-pairs measures by blocks over `jobs` workers; what they gave
 * is cleared from `rest`, which the single igraph calls then skip. */
static igraph_error_t split_allpairs(ent_metrics_t *metrics,
                                     ent_metric_set_t *rest,
                                     const ent_metrics_options_t *options) {
    int *node = rest->node, *graph = rest->graph;
    ent_allpairs_want_t want = {
        node[ENT_NODE_BETWEENNESS], node[ENT_NODE_CLOSENESS],
        graph[ENT_GRAPH_DIAMETER] || graph[ENT_GRAPH_AVERAGE_PATH_LENGTH],
        graph[ENT_GRAPH_DIAMETER_HOPS] ||
            graph[ENT_GRAPH_AVERAGE_PATH_LENGTH_HOPS],
        graph[ENT_GRAPH_CLOSENESS_CENTRALIZATION]};
    if (!want.betweenness && !want.closeness && !want.paths && !want.hops &&
        !want.hop_closeness) {
        return IGRAPH_SUCCESS;
    }
    ent_allpairs_t out;
    memset(&out, 0, sizeof out);
    if (want.betweenness) {
        IGRAPH_CHECK(node_array(metrics, ENT_NODE_BETWEENNESS, 1));
        out.betweenness = metrics->node[ENT_NODE_BETWEENNESS];
    }
    if (want.closeness) {
        IGRAPH_CHECK(node_array(metrics, ENT_NODE_CLOSENESS, 1));
        out.closeness = metrics->node[ENT_NODE_CLOSENESS];
    }
    if (want.hop_closeness) {
        out.hop_closeness =
            malloc(metrics->network->vertex_count * sizeof(double));
        IGRAPH_CHECK_OOM(out.hop_closeness, "hop closeness");
        IGRAPH_FINALLY(igraph_free, out.hop_closeness);
    }
    ent_metrics_control_t control = {
        options->progress, options->progress_context, options->stop, "sources"};
    IGRAPH_CHECK(ent_metrics_allpairs_run(&out, metrics->network, &want,
                                          options->jobs, &control));
    take_allpairs(metrics, &out, graph);
    if (want.hop_closeness) {
        free(out.hop_closeness);
        IGRAPH_FINALLY_CLEAN(1);
    }
    node[ENT_NODE_BETWEENNESS] = node[ENT_NODE_CLOSENESS] = 0;
    graph[ENT_GRAPH_DIAMETER] = graph[ENT_GRAPH_AVERAGE_PATH_LENGTH] = 0;
    graph[ENT_GRAPH_DIAMETER_HOPS] = 0;
    graph[ENT_GRAPH_AVERAGE_PATH_LENGTH_HOPS] = 0;
    graph[ENT_GRAPH_CLOSENESS_CENTRALIZATION] = 0;
    return IGRAPH_SUCCESS;
}

/* The metrics to compute: wanted ones plus what they depend on. */
static void plan(ent_metric_set_t *need, ent_metrics_t *metrics,
                 const ent_metrics_options_t *options, ent_diag_list_t *diags) {
    const ent_network_t *net = metrics->network;
    ent_metric_set_t *out = &metrics->computed;
    *out = options->wanted;
    if (!net->directed) {
        out->node[ENT_NODE_IN_DEGREE] = out->node[ENT_NODE_OUT_DEGREE] = 0;
    }
    /* Sampled betweenness (and its centralization) are not skipped. */
    int sampled =
        ent_metrics_betweenness_is_sampled(options, net->vertex_count);
    if (!options->named && net->vertex_count > options->large_nodes) {
        char skipped[512] = "";
        size_t used = 0;
        for (int i = 0; i < ENT_NODE_METRIC_COUNT; i++) {
            if (out->node[i] && ent_node_metric_is_costly((ent_node_metric)i) &&
                !(sampled && i == ENT_NODE_BETWEENNESS)) {
                out->node[i] = 0;
                used += (size_t)snprintf(
                    skipped + used, sizeof skipped - used, "%s%s",
                    used ? ", " : "", ent_node_metric_name((ent_node_metric)i));
            }
        }
        for (int i = 0; i < ENT_GRAPH_METRIC_COUNT; i++) {
            if (out->graph[i] &&
                ent_graph_metric_is_costly((ent_graph_metric)i) &&
                !(sampled && i == ENT_GRAPH_BETWEENNESS_CENTRALIZATION)) {
                out->graph[i] = 0;
                used += (size_t)snprintf(
                    skipped + used, sizeof skipped - used, "%s%s",
                    used ? ", " : "",
                    ent_graph_metric_name((ent_graph_metric)i));
            }
        }
        ent_diag_add(diags, ENT_SEVERITY_NOTE, NULL, 0, 0, NULL,
                     "%zu nodes (above %zu): skipped the all-pairs measures "
                     "%s; name them with --metrics to compute them%s",
                     net->vertex_count, options->large_nodes, skipped,
                     sampled && out->node[ENT_NODE_BETWEENNESS]
                         ? "; betweenness is sampled when that is cheaper "
                           "(--exact for exact values)"
                         : "");
    }
    *need = *out;
    need->node[ENT_NODE_DEGREE] |= out->graph[ENT_GRAPH_DEGREE_CENTRALIZATION];
    need->node[ENT_NODE_BETWEENNESS] |=
        out->graph[ENT_GRAPH_BETWEENNESS_CENTRALIZATION];
    need->node[ENT_NODE_CLUSTERING] |= out->graph[ENT_GRAPH_AVERAGE_CLUSTERING];
}

static igraph_error_t compute(ent_metrics_t *metrics,
                              const ent_metric_set_t *need,
                              const ent_metrics_options_t *options) {
    const ent_network_t *net = metrics->network;
    size_t n = net->vertex_count;
    double nd = (double)n;
    ent_metric_set_t rest = *need;
    if (need->node[ENT_NODE_BETWEENNESS] &&
        ent_metrics_betweenness_is_sampled(options, n)) {
        IGRAPH_CHECK(ent_metrics_sample_into(metrics, &rest, options));
    }
    if (n >= options->split_nodes && n >= 2) {
        IGRAPH_CHECK(split_allpairs(metrics, &rest, options));
    }
    ent_metrics_view_t view;
    IGRAPH_CHECK(ent_metrics_view_init(&view, net));
    IGRAPH_FINALLY(ent_metrics_view_destroy, &view);
    IGRAPH_CHECK(degrees(metrics, rest.node));
    IGRAPH_CHECK(centralities(metrics, rest.node, options->jobs));
    IGRAPH_CHECK(cohesion(metrics, &view, rest.node, rest.graph));
    IGRAPH_CHECK(structure(metrics, rest.graph));
    if (need->graph[ENT_GRAPH_DEGREE_CENTRALIZATION]) {
        /* Max: a star; directed (in + out), a star of mutual arcs. */
        double max = (nd - 1) * (nd - 2) * (net->directed ? 2 : 1);
        metrics->graph[ENT_GRAPH_DEGREE_CENTRALIZATION] =
            freeman(metrics->node[ENT_NODE_DEGREE], n, max);
    }
    if (need->graph[ENT_GRAPH_BETWEENNESS_CENTRALIZATION]) {
        double max = (nd - 1) * (nd - 1) * (nd - 2) / (net->directed ? 1 : 2);
        metrics->graph[ENT_GRAPH_BETWEENNESS_CENTRALIZATION] =
            freeman(metrics->node[ENT_NODE_BETWEENNESS], n, max);
    }
    if (rest.graph[ENT_GRAPH_CLOSENESS_CENTRALIZATION]) {
        IGRAPH_CHECK(closeness_centralization(metrics));
    }
    ent_metrics_view_destroy(&view);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/*
 * igraph's betweenness and harmonic closeness need lengths above 0; only
 * --distance neglog on a weight of exactly 1 gives 0. Say so plainly.
 */
static ent_status check_lengths(const ent_network_t *network,
                                ent_diag_list_t *diags) {
    for (size_t e = 0; e < network->edge_count; e++) {
        if (VECTOR(network->lengths)[e] <= 0) {
            ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                         "betweenness and closeness need lengths above 0, but "
                         "--distance %s gives length 0 to an edge of weight "
                         "%g; use --distance inverse or unit",
                         ent_distance_name(network->distance),
                         VECTOR(network->weights)[e]);
            return ENT_EINPUT;
        }
    }
    return ENT_OK;
}

static void free_nodes(ent_metrics_t *metrics) {
    for (int i = 0; i < ENT_NODE_METRIC_COUNT; i++) {
        free(metrics->node[i]);
        metrics->node[i] = NULL;
    }
}

/*
 * Runs compute() with a random generator of our own, seeded with
 * ENT_LOUVAIN_SEED and installed as igraph's default for the call only:
 * Louvain and eigenvector centrality's start vector draw from it, so every
 * call gives the same values whatever ran before in the process, and the
 * caller's generator and its state are left as they were (igraph copies a
 * generator into the default one, so a copy of the caller's goes back).
 */
static igraph_error_t compute_seeded(ent_metrics_t *metrics,
                                     const ent_metric_set_t *need,
                                     const ent_metrics_options_t *options) {
    igraph_rng_t rng;
    IGRAPH_CHECK(igraph_rng_init(&rng, &igraph_rngtype_pcg32));
    igraph_error_t error = igraph_rng_seed(&rng, ENT_LOUVAIN_SEED);
    if (error == IGRAPH_SUCCESS) {
        igraph_rng_t previous = *igraph_rng_default();
        igraph_rng_set_default(&rng);
        error = compute(metrics, need, options);
        igraph_rng_set_default(&previous);
    }
    igraph_rng_destroy(&rng);
    return error;
}

ent_status ent_metrics_compute(ent_metrics_t *metrics,
                               const ent_network_t *network,
                               const ent_metrics_options_t *options,
                               ent_diag_list_t *diags) {
    ent_metrics_options_t defaults;
    ent_metric_set_t need;
    ent_igraph_guard_t guard;
    ent_status status = ENT_OK;
    if (options == NULL) {
        ent_metrics_options_init(&defaults);
        options = &defaults;
    }
    memset(metrics, 0, sizeof *metrics);
    metrics->network = network;
    for (int i = 0; i < ENT_GRAPH_METRIC_COUNT; i++) {
        metrics->graph[i] = NAN;
    }
    plan(&need, metrics, options, diags);
    if (need.node[ENT_NODE_BETWEENNESS] || need.node[ENT_NODE_CLOSENESS]) {
        status = check_lengths(network, diags);
        if (status != ENT_OK) {
            goto cleanup;
        }
    }
    ent_igraph_guard_enter(&guard);
    igraph_error_t error = compute_seeded(metrics, &need, options);
    ent_igraph_guard_leave(&guard);
    status = ent_status_from_igraph(error);
    if (status != ENT_OK) {
        if (error == IGRAPH_INTERRUPTED) {
            ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                         "interrupted");
        } else {
            ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                         "cannot compute the metrics: %s",
                         igraph_strerror(error));
        }
        goto cleanup;
    }
    ent_metrics_note_sampling(&metrics->sampling, diags);
    int any_group = 0;
    for (int i = 0; i < ENT_GROUP_METRIC_COUNT; i++) {
        any_group |= metrics->computed.group[i];
    }
    if (any_group) {
        status = ent_metrics_groups(metrics);
    }
cleanup:
    if (status != ENT_OK) {
        ent_metrics_destroy(metrics);
    }
    return status;
}

void ent_metrics_destroy(ent_metrics_t *metrics) {
    if (metrics == NULL) {
        return;
    }
    free_nodes(metrics);
    ent_metrics_groups_free(metrics);
}
