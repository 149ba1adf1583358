/*
 * Coreness, local clustering, transitivity, degree and strength on
 * compact arrays (metrics_local.c) against the igraph calls entente
 * made before, bit for bit: igraph_coreness (IGRAPH_ALL),
 * igraph_connected_components (IGRAPH_WEAK),
 * igraph_transitivity_local_undirected (IGRAPH_TRANSITIVITY_ZERO),
 * igraph_transitivity_undirected (IGRAPH_TRANSITIVITY_NAN),
 * igraph_degree and igraph_strength (loops left out). On every snapshot
 * of tests/data and graphs/ (both directions, through the undirected
 * view), on random graphs of 10^2 to 10^4 vertices with and without
 * loops and multi-edges, in sorted and in shuffled edge order, and on
 * the small cases: no vertex, no edge, pendant vertices.
 */
#include <CUnit/CUnit.h>
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entente/load.h"
#include "entente/network.h"
#include "metrics/metrics_internal.h"
#include "metrics_fixture.h"
#include "suites.h"

int register_metrics_local_tests(void);

/* How many values differed in their bits, over the whole suite run. */
static size_t differences;

static void expect_same_bits(const double *ours, const double *theirs, size_t n,
                             const char *what) {
    for (size_t v = 0; v < n; v++) {
        if (memcmp(&ours[v], &theirs[v], sizeof ours[v]) != 0 &&
            differences++ < 10) {
            fprintf(stderr, "%s of vertex %zu: %.17g, igraph %.17g\n", what, v,
                    ours[v], theirs[v]);
        }
    }
}

/* The count of weak components and the largest one's size against
 * igraph_connected_components (which counts a directed graph's weak
 * components the same way). */
static void compare_components(const igraph_t *graph) {
    igraph_integer_t count = -1, largest = -1, igraph_count = -2;
    igraph_vector_int_t sizes;
    igraph_vector_int_init(&sizes, 0);
    CU_ASSERT_EQUAL(ent_local_components(graph, &count, &largest),
                    IGRAPH_SUCCESS);
    CU_ASSERT_EQUAL(igraph_connected_components(graph, NULL, &sizes,
                                                &igraph_count, IGRAPH_WEAK),
                    0);
    CU_ASSERT_EQUAL(count, igraph_count);
    CU_ASSERT_EQUAL(largest, igraph_vector_int_size(&sizes)
                                 ? igraph_vector_int_max(&sizes)
                                 : 0);
    if (count != igraph_count && differences++ < 10) {
        fprintf(stderr, "components: %ld, igraph %ld\n", (long)count,
                (long)igraph_count);
    }
    igraph_vector_int_destroy(&sizes);
}

/* Our three cohesion measures on `graph` against igraph's. */
static void compare_cohesion(const igraph_t *graph) {
    size_t n = (size_t)igraph_vcount(graph);
    double *ours = malloc((n ? n : 1) * sizeof *ours);
    double *theirs = malloc((n ? n : 1) * sizeof *theirs);
    double transitivity = 0, igraph_value = 0;
    igraph_vector_int_t cores;
    igraph_vector_t local;
    CU_ASSERT_FATAL(ours != NULL && theirs != NULL);
    igraph_vector_int_init(&cores, 0);
    igraph_vector_init(&local, 0);

    CU_ASSERT_EQUAL(ent_local_coreness(graph, ours), IGRAPH_SUCCESS);
    CU_ASSERT_EQUAL(igraph_coreness(graph, &cores, IGRAPH_ALL), 0);
    for (size_t v = 0; v < n; v++) {
        theirs[v] = (double)VECTOR(cores)[v];
    }
    expect_same_bits(ours, theirs, n, "coreness");

    CU_ASSERT_EQUAL(ent_local_clustering(graph, ours, &transitivity),
                    IGRAPH_SUCCESS);
    CU_ASSERT_EQUAL(
        igraph_transitivity_local_undirected(graph, &local, igraph_vss_all(),
                                             IGRAPH_TRANSITIVITY_ZERO),
        0);
    expect_same_bits(ours, VECTOR(local), n, "local clustering");
    CU_ASSERT_EQUAL(igraph_transitivity_undirected(graph, &igraph_value,
                                                   IGRAPH_TRANSITIVITY_NAN),
                    0);
    expect_same_bits(&transitivity, &igraph_value, 1, "transitivity");
    /* Either measure alone gives the same values. */
    double alone = 0;
    CU_ASSERT_EQUAL(ent_local_clustering(graph, NULL, &alone), IGRAPH_SUCCESS);
    expect_same_bits(&alone, &igraph_value, 1, "transitivity alone");
    CU_ASSERT_EQUAL(ent_local_clustering(graph, theirs, NULL), IGRAPH_SUCCESS);
    expect_same_bits(theirs, ours, n, "local clustering alone");

    compare_components(graph);

    igraph_vector_destroy(&local);
    igraph_vector_int_destroy(&cores);
    free(theirs);
    free(ours);
}

/* igraph's degree (loops left out) of every vertex, as doubles. */
static void igraph_degrees(const ent_network_t *net, double *out) {
    igraph_vector_int_t d;
    igraph_vector_int_init(&d, 0);
    CU_ASSERT_EQUAL(igraph_degree(&net->graph, &d, igraph_vss_all(), IGRAPH_ALL,
                                  IGRAPH_NO_LOOPS),
                    0);
    for (size_t v = 0; v < net->vertex_count; v++) {
        out[v] = (double)VECTOR(d)[v];
    }
    igraph_vector_int_destroy(&d);
}

/* Degree and strength where the one pass applies (*done), against
 * igraph's calls; degree alone wherever there is no loop. Returns done
 * (with strength). */
static int compare_degrees(const ent_network_t *net) {
    size_t n = net->vertex_count;
    double *degree = malloc((n ? n : 1) * sizeof *degree);
    double *strength = malloc((n ? n : 1) * sizeof *strength);
    double *theirs = malloc((n ? n : 1) * sizeof *theirs);
    int done = 0, degree_only = 0;
    CU_ASSERT_FATAL(degree != NULL && strength != NULL && theirs != NULL);
    CU_ASSERT_EQUAL(ent_local_degrees(net, degree, strength, &done), 0);
    if (done) {
        igraph_vector_t s;
        igraph_vector_init(&s, 0);
        CU_ASSERT_EQUAL(igraph_strength(&net->graph, &s, igraph_vss_all(),
                                        IGRAPH_ALL, IGRAPH_NO_LOOPS,
                                        &net->weights),
                        0);
        expect_same_bits(strength, VECTOR(s), n, "strength");
        igraph_degrees(net, theirs);
        expect_same_bits(degree, theirs, n, "degree");
        igraph_vector_destroy(&s);
    }
    CU_ASSERT_EQUAL(ent_local_degrees(net, degree, NULL, &degree_only), 0);
    CU_ASSERT_TRUE(degree_only || !done);
    if (degree_only) {
        igraph_degrees(net, theirs);
        expect_same_bits(degree, theirs, n, "degree alone");
    }
    free(theirs);
    free(strength);
    free(degree);
    return done;
}

/* The networks of every snapshot that loads in the directory `base`. */
static int each_network_in(const char *base,
                           void (*visit)(const ent_network_t *, void *),
                           void *context) {
    char path[4096 + 256];
    int visited = 0;
    DIR *dir = opendir(base);
    CU_ASSERT_FATAL(dir != NULL);
    for (struct dirent *entry; (entry = readdir(dir)) != NULL;) {
        const char *name = entry->d_name, *dot = strrchr(name, '.');
        ent_snapshot_t *snapshot = NULL;
        snprintf(path, sizeof path, "%s/%s", base, name);
        if (dot == NULL || strcmp(dot, ".json") != 0 ||
            ent_snapshot_load_file(&snapshot, path, NULL, NULL) != ENT_OK) {
            continue;
        }
        for (int directed = 0; directed < 2; directed++) {
            ent_network_options_t options;
            ent_network_t *net = NULL;
            CU_ASSERT_EQUAL_FATAL(ent_network_options_init(&options), ENT_OK);
            options.directed = directed;
            if (ent_network_build(&net, snapshot, &options, NULL) == ENT_OK) {
                visit(net, context);
                visited++;
            }
            ent_network_destroy(net);
            ent_network_options_destroy(&options);
        }
        ent_snapshot_free(snapshot);
    }
    closedir(dir);
    return visited;
}

int metrics_fixture_each_network(void (*visit)(const ent_network_t *network,
                                               void *context),
                                 void *context) {
    static const char *dirs[] = {ENT_TEST_DATA_DIR,
                                 ENT_TEST_DATA_DIR "/metrics", ENT_GRAPHS_DIR,
                                 ENT_GRAPHS_DIR "/eurasia"};
    int visited = 0;
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
        visited += each_network_in(dirs[i], visit, context);
    }
    return visited;
}

/* Cohesion through the undirected view; degree and strength, which the
 * builder's undirected networks take in one pass. */
static void compare_network(const ent_network_t *net, void *context) {
    ent_metrics_view_t view;
    (void)context;
    CU_ASSERT_EQUAL_FATAL(ent_metrics_view_init(&view, net), 0);
    compare_cohesion(view.graph);
    CU_ASSERT_EQUAL(compare_degrees(net), !net->directed);
    ent_metrics_view_destroy(&view);
}

static void every_fixture_should_match_igraph(void) {
    differences = 0;
    CU_ASSERT_TRUE(metrics_fixture_each_network(compare_network, NULL) >= 20);
    CU_ASSERT_EQUAL(differences, 0);
}

enum { AS_MADE, SHUFFLED, SORTED };

static int compare_pairs(const void *x, const void *y) {
    const igraph_integer_t *p = x, *q = y;
    if (p[0] != q[0]) {
        return p[0] < q[0] ? -1 : 1;
    }
    return (p[1] > q[1]) - (p[1] < q[1]);
}

/* A random graph of n vertices and m edges, each end uniform (so with
 * loops and multi-edges when `simple` is 0; else G(n, m) without
 * loops), its edge list as made, shuffled, or sorted by (smaller end,
 * larger end) as the builder sorts it. Seeded. */
static void random_graph(igraph_t *graph, igraph_integer_t n,
                         igraph_integer_t m, int simple, int order,
                         igraph_bool_t directed) {
    igraph_rng_seed(igraph_rng_default(), 14);
    igraph_vector_int_t edges;
    if (simple) {
        igraph_t gnm;
        CU_ASSERT_EQUAL_FATAL(
            igraph_erdos_renyi_game_gnm(&gnm, n, m, directed, 0), 0);
        igraph_vector_int_init(&edges, 0);
        igraph_get_edgelist(&gnm, &edges, 0);
        igraph_destroy(&gnm);
    } else {
        igraph_vector_int_init(&edges, 2 * m);
        for (igraph_integer_t i = 0; i < 2 * m; i++) {
            VECTOR(edges)
            [i] = igraph_rng_get_integer(igraph_rng_default(), 0, n - 1);
        }
    }
    for (igraph_integer_t i = m - 1; order == SHUFFLED && i > 0; i--) {
        igraph_integer_t j = igraph_rng_get_integer(igraph_rng_default(), 0, i);
        for (int end = 0; end < 2; end++) {
            igraph_integer_t t = VECTOR(edges)[2 * i + end];
            VECTOR(edges)[2 * i + end] = VECTOR(edges)[2 * j + end];
            VECTOR(edges)[2 * j + end] = t;
        }
    }
    for (igraph_integer_t i = 0; order == SORTED && i < m; i++) {
        igraph_integer_t *pair = &VECTOR(edges)[2 * i];
        if (pair[0] > pair[1]) {
            igraph_integer_t t = pair[0];
            pair[0] = pair[1];
            pair[1] = t;
        }
    }
    if (order == SORTED) {
        qsort(VECTOR(edges), (size_t)m, 2 * sizeof(igraph_integer_t),
              compare_pairs);
    }
    CU_ASSERT_EQUAL_FATAL(igraph_create(graph, &edges, n, directed), 0);
    igraph_vector_int_destroy(&edges);
}

/* 1 when the one-pass conditions hold (sorted, no loop, no repeat):
 * ent_local_degrees tests the same ones as the clustering's edge path. */
static int sorted_and_simple(const igraph_t *graph) {
    ent_network_t net;
    igraph_integer_t n = igraph_vcount(graph);
    double *strength = malloc((size_t)(n ? n : 1) * sizeof *strength);
    int done = 0;
    memset(&net, 0, sizeof net);
    net.graph = *graph;
    igraph_vector_init(&net.weights, igraph_ecount(graph));
    CU_ASSERT_EQUAL(ent_local_degrees(&net, NULL, strength, &done), 0);
    igraph_vector_destroy(&net.weights);
    free(strength);
    return done;
}

static void random_graphs_should_match_igraph(void) {
    static const igraph_integer_t sizes[][2] = {
        {100, 300}, {100, 1500}, {1000, 5000}, {10000, 50000}, {3000, 600}};
    differences = 0;
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        for (int simple = 0; simple <= 1; simple++) {
            for (int order = AS_MADE; order <= SORTED; order++) {
                igraph_t graph;
                random_graph(&graph, sizes[i][0], sizes[i][1], simple, order,
                             0);
                /* Both ways of orienting the edges are taken (G(n, m)
                 * as made may come sorted). */
                igraph_bool_t is_simple = 0;
                igraph_is_simple(&graph, &is_simple);
                if (order != AS_MADE || !simple) {
                    CU_ASSERT_EQUAL(sorted_and_simple(&graph),
                                    is_simple && order == SORTED);
                }
                compare_cohesion(&graph);
                igraph_destroy(&graph);
            }
        }
    }
    CU_ASSERT_EQUAL(differences, 0);
}

/* A directed network with loops, both arcs of some pairs and repeated
 * arcs: its undirected view merges the pairs and keeps the loops. */
static void directed_multigraphs_should_match_through_the_view(void) {
    differences = 0;
    for (int order = AS_MADE; order <= SHUFFLED; order++) {
        ent_network_t net;
        memset(&net, 0, sizeof net);
        random_graph(&net.graph, 2000, 12000, 0, order, 1);
        igraph_vector_init(&net.weights, 12000);
        igraph_vector_fill(&net.weights, 0.5);
        net.vertex_count = 2000;
        net.directed = 1;
        ent_metrics_view_t view;
        CU_ASSERT_EQUAL_FATAL(ent_metrics_view_init(&view, &net), 0);
        compare_cohesion(view.graph);
        compare_components(&net.graph); /* weak, over the arcs themselves */
        CU_ASSERT_EQUAL(compare_degrees(&net), 0); /* directed: igraph's */
        ent_metrics_view_destroy(&view);
        igraph_vector_destroy(&net.weights);
        igraph_destroy(&net.graph);
    }
    CU_ASSERT_EQUAL(differences, 0);
}

/* Undirected networks the one pass must leave to igraph: a loop, a
 * repeated edge, edges out of order; and one it takes. */
static void degrees_should_take_only_sorted_simple_edges(void) {
    static const igraph_integer_t lists[][8] = {
        {0, 1, 1, 2, 2, 2, -1},   /* a loop */
        {0, 1, 1, 2, 1, 2, -1},   /* a repeated edge */
        {1, 2, 0, 1, -1},         /* out of order */
        {0, 1, 0, 2, 1, 2, 2, 3}, /* sorted and simple */
    };
    differences = 0;
    for (size_t i = 0; i < 4; i++) {
        ent_network_t net;
        igraph_vector_int_t edges;
        igraph_integer_t count = 0;
        while (count < 8 && lists[i][count] >= 0) {
            count++;
        }
        memset(&net, 0, sizeof net);
        igraph_vector_int_view(&edges, lists[i], count);
        CU_ASSERT_EQUAL_FATAL(
            igraph_create(&net.graph, &edges, 4, IGRAPH_UNDIRECTED), 0);
        igraph_vector_init(&net.weights, count / 2);
        for (igraph_integer_t e = 0; e < count / 2; e++) {
            VECTOR(net.weights)[e] = 0.1 * (double)(e + 1);
        }
        net.vertex_count = 4;
        CU_ASSERT_EQUAL(compare_degrees(&net), i == 3);
        int degree_only = 0;
        double degree[4];
        CU_ASSERT_EQUAL(ent_local_degrees(&net, degree, NULL, &degree_only), 0);
        CU_ASSERT_EQUAL(degree_only, i != 0); /* degree minds loops only */
        compare_cohesion(&net.graph);
        igraph_vector_destroy(&net.weights);
        igraph_destroy(&net.graph);
    }
    CU_ASSERT_EQUAL(differences, 0);
}

/* No vertex: no values, transitivity NAN (igraph's answer too). No
 * edge: coreness and clustering 0, transitivity NAN. A path with a
 * triangle at one end: hand-checked values. */
static void small_graphs_should_match_igraph_and_hand_values(void) {
    igraph_t graph;
    double values[6], transitivity = 0;
    differences = 0;
    igraph_empty(&graph, 0, IGRAPH_UNDIRECTED);
    compare_cohesion(&graph);
    CU_ASSERT_EQUAL(ent_local_clustering(&graph, values, &transitivity), 0);
    CU_ASSERT_TRUE(isnan(transitivity));
    igraph_destroy(&graph);

    igraph_empty(&graph, 5, IGRAPH_UNDIRECTED);
    compare_cohesion(&graph);
    CU_ASSERT_EQUAL(ent_local_clustering(&graph, values, &transitivity), 0);
    CU_ASSERT_TRUE(isnan(transitivity));
    CU_ASSERT_EQUAL(values[4], 0.0);
    igraph_destroy(&graph);

    /* Triangle 0-1-2, then 2-3, 3-4, and 5 alone: clustering of 2 is
     * 1/3 (one tie among its three pairs), of 3 is 0 (two neighbours, no
     * tie); transitivity 3 x 1 / (1 + 1 + 3 + 1) connected triples = 0.5;
     * coreness 2, 2, 2, 1, 1, 0. */
    igraph_small(&graph, 6, IGRAPH_UNDIRECTED, 0, 1, 1, 2, 0, 2, 2, 3, 3, 4,
                 -1);
    compare_cohesion(&graph);
    CU_ASSERT_EQUAL(ent_local_clustering(&graph, values, &transitivity), 0);
    CU_ASSERT_DOUBLE_EQUAL(values[0], 1.0, 1e-15);
    CU_ASSERT_DOUBLE_EQUAL(values[2], 1.0 / 3, 1e-15);
    CU_ASSERT_EQUAL(values[3], 0.0);
    CU_ASSERT_EQUAL(values[4], 0.0);
    CU_ASSERT_EQUAL(values[5], 0.0);
    CU_ASSERT_DOUBLE_EQUAL(transitivity, 0.5, 1e-15);
    CU_ASSERT_EQUAL(ent_local_coreness(&graph, values), 0);
    static const double cores[] = {2, 2, 2, 1, 1, 0};
    CU_ASSERT_EQUAL(memcmp(values, cores, sizeof cores), 0);
    igraph_integer_t count = 0, largest = 0;
    CU_ASSERT_EQUAL(ent_local_components(&graph, &count, &largest), 0);
    CU_ASSERT_EQUAL(count, 2); /* {0, 1, 2, 3, 4} and {5} */
    CU_ASSERT_EQUAL(largest, 5);
    igraph_destroy(&graph);
    CU_ASSERT_EQUAL(differences, 0);
}

int register_metrics_local_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(every_fixture_should_match_igraph),
        TEST_CASE(random_graphs_should_match_igraph),
        TEST_CASE(directed_multigraphs_should_match_through_the_view),
        TEST_CASE(degrees_should_take_only_sorted_simple_edges),
        TEST_CASE(small_graphs_should_match_igraph_and_hand_values),
    };
    return add_suite("metrics_local", NULL, NULL, tests,
                     sizeof tests / sizeof tests[0]);
}
