/*
 * Vertex and edge connectivity (metrics_connectivity.c) against igraph's
 * own functions; igraph_vertex_connectivity runs a flow per ordered pair,
 * so it is only usable on small graphs: the two must agree exactly on
 * every graph here, undirected and directed, from the degenerate ones to
 * random graphs of every density.
 */
#include <CUnit/CUnit.h>
#include <stdio.h>

#include "metrics/metrics_internal.h"
#include "suites.h"

/* Both computations on `graph`; reports the graph on a mismatch. */
static void check_one(const char *what, const igraph_t *graph,
                      const char *measure, igraph_integer_t ours,
                      igraph_integer_t reference) {
    if (ours != reference) {
        fprintf(stderr,
                "\n%s of %s (%s, %" IGRAPH_PRId " nodes, %" IGRAPH_PRId
                " edges): ours %" IGRAPH_PRId ", igraph %" IGRAPH_PRId "\n",
                measure, what,
                igraph_is_directed(graph) ? "directed" : "undirected",
                igraph_vcount(graph), igraph_ecount(graph), ours, reference);
    }
    CU_ASSERT_EQUAL(ours, reference);
}

/* Vertex and edge connectivity against igraph's without its shortcuts. */
static void check_against_igraph(const igraph_t *graph, const char *what) {
    igraph_integer_t ours = -1, reference = -2;
    CU_ASSERT_EQUAL_FATAL(ent_metrics_vertex_connectivity(graph, &ours),
                          IGRAPH_SUCCESS);
    CU_ASSERT_EQUAL_FATAL(igraph_vertex_connectivity(graph, &reference, 0),
                          IGRAPH_SUCCESS);
    check_one(what, graph, "vertex connectivity", ours, reference);
    CU_ASSERT_EQUAL_FATAL(ent_metrics_edge_connectivity(graph, &ours),
                          IGRAPH_SUCCESS);
    CU_ASSERT_EQUAL_FATAL(igraph_edge_connectivity(graph, &reference, 0),
                          IGRAPH_SUCCESS);
    check_one(what, graph, "edge connectivity", ours, reference);
}

/* Checks `graph`, then destroys it. */
static void check_and_destroy(igraph_t *graph, const char *what) {
    check_against_igraph(graph, what);
    igraph_destroy(graph);
}

/* The value itself, for graphs whose connectivity is known by hand. */
static igraph_integer_t connectivity(const igraph_t *graph) {
    igraph_integer_t k = -1;
    CU_ASSERT_EQUAL(ent_metrics_vertex_connectivity(graph, &k), IGRAPH_SUCCESS);
    return k;
}

/*
 * Hand values: K_n has n - 1; a star and a path 1; a cycle 2; a graph
 * with an isolate 0; one node 0 (igraph: no pair, n - 1 = 0); two joined
 * nodes 1, two apart 0; a directed cycle 1, its reverse arcs added 2.
 */
static void vertex_connectivity_should_have_the_hand_computed_values(void) {
    igraph_t g;
    for (igraph_integer_t n = 1; n <= 7; n++) {
        igraph_full(&g, n, IGRAPH_UNDIRECTED, IGRAPH_NO_LOOPS);
        CU_ASSERT_EQUAL(connectivity(&g), n - 1);
        check_and_destroy(&g, "complete");
        igraph_full(&g, n, IGRAPH_DIRECTED, IGRAPH_NO_LOOPS);
        CU_ASSERT_EQUAL(connectivity(&g), n - 1);
        check_and_destroy(&g, "complete digraph");
    }
    igraph_star(&g, 8, IGRAPH_STAR_UNDIRECTED, 0);
    CU_ASSERT_EQUAL(connectivity(&g), 1);
    check_and_destroy(&g, "star");
    igraph_star(&g, 8, IGRAPH_STAR_MUTUAL, 3);
    CU_ASSERT_EQUAL(connectivity(&g), 1);
    check_and_destroy(&g, "mutual star");
    igraph_star(&g, 8, IGRAPH_STAR_OUT, 0);
    CU_ASSERT_EQUAL(connectivity(&g), 0);
    check_and_destroy(&g, "out-star");
    igraph_ring(&g, 9, IGRAPH_UNDIRECTED, 0, 1);
    CU_ASSERT_EQUAL(connectivity(&g), 2);
    check_and_destroy(&g, "cycle");
    igraph_ring(&g, 9, IGRAPH_UNDIRECTED, 0, 0);
    CU_ASSERT_EQUAL(connectivity(&g), 1);
    check_and_destroy(&g, "path");
    igraph_ring(&g, 9, IGRAPH_DIRECTED, 0, 1);
    CU_ASSERT_EQUAL(connectivity(&g), 1);
    check_and_destroy(&g, "directed cycle");
    igraph_ring(&g, 9, IGRAPH_DIRECTED, 1, 1);
    CU_ASSERT_EQUAL(connectivity(&g), 2);
    check_and_destroy(&g, "mutual directed cycle");
    igraph_full(&g, 6, IGRAPH_UNDIRECTED, IGRAPH_NO_LOOPS);
    igraph_add_vertices(&g, 1, NULL);
    CU_ASSERT_EQUAL(connectivity(&g), 0);
    check_and_destroy(&g, "complete with an isolate");
    igraph_small(&g, 2, IGRAPH_UNDIRECTED, 0, 1, -1);
    CU_ASSERT_EQUAL(connectivity(&g), 1);
    check_and_destroy(&g, "two joined nodes");
    igraph_empty(&g, 2, IGRAPH_UNDIRECTED);
    CU_ASSERT_EQUAL(connectivity(&g), 0);
    check_and_destroy(&g, "two apart");
    igraph_empty(&g, 0, IGRAPH_UNDIRECTED);
    CU_ASSERT_EQUAL(connectivity(&g), 0);
    igraph_destroy(&g);
}

/*
 * Two K_5 sharing three vertices need those three removed (3); K_{3,5}
 * has 3 (the smaller side); the 3-cube has 3; a wheel of 8 spokes 3.
 * These need the flows: the degree bound is above the value or equal to
 * it only after a flow confirms it.
 */
static void vertex_connectivity_should_need_flows_on_these(void) {
    igraph_t g;
    igraph_vector_int_t edges;
    igraph_vector_int_init(&edges, 0);
    for (int a = 0; a < 7; a++) {
        for (int b = a + 1; b < 7; b++) {
            int first = a < 5 && b < 5, second = a >= 2 && b >= 2;
            if (first || second) {
                igraph_vector_int_push_back(&edges, a);
                igraph_vector_int_push_back(&edges, b);
            }
        }
    }
    igraph_create(&g, &edges, 7, IGRAPH_UNDIRECTED);
    CU_ASSERT_EQUAL(connectivity(&g), 3);
    check_and_destroy(&g, "two K5 sharing three vertices");
    igraph_vector_int_destroy(&edges);
    igraph_full_bipartite(&g, NULL, 3, 5, IGRAPH_UNDIRECTED, IGRAPH_ALL);
    CU_ASSERT_EQUAL(connectivity(&g), 3);
    check_and_destroy(&g, "K3,5");
    igraph_vector_int_t dims;
    igraph_vector_int_init(&dims, 3);
    igraph_vector_int_fill(&dims, 2);
    igraph_square_lattice(&g, &dims, 1, IGRAPH_UNDIRECTED, 0, NULL);
    igraph_vector_int_destroy(&dims);
    CU_ASSERT_EQUAL(connectivity(&g), 3);
    check_and_destroy(&g, "3-cube");
    igraph_wheel(&g, 9, IGRAPH_WHEEL_UNDIRECTED, 0);
    CU_ASSERT_EQUAL(connectivity(&g), 3);
    check_and_destroy(&g, "wheel");
}

/*
 * Random graphs: G(n, p) for n from 2 to 40 and densities from sparse to
 * nearly complete, undirected and directed, and random regular graphs
 * (high connectivity, no articulation point), seeded so that a failure
 * is reproducible. igraph's side runs n^2 flows: 40 nodes keeps the whole
 * test within seconds under valgrind.
 */
static void vertex_connectivity_should_match_igraph_on_random_graphs(void) {
    static const double densities[] = {0.05, 0.15, 0.3, 0.5, 0.7, 0.9, 0.97};
    igraph_rng_t rng, previous = *igraph_rng_default();
    igraph_rng_init(&rng, &igraph_rngtype_pcg32);
    igraph_rng_seed(&rng, 2026);
    igraph_rng_set_default(&rng);
    /* A degree sequence igraph cannot realise is an error, not an abort. */
    igraph_error_handler_t *handler =
        igraph_set_error_handler(igraph_error_handler_ignore);
    for (igraph_integer_t n = 2; n <= 40; n += (n < 12 ? 1 : 7)) {
        for (size_t k = 0; k < sizeof densities / sizeof densities[0]; k++) {
            for (int directed = 0; directed <= 1; directed++) {
                igraph_t g;
                igraph_erdos_renyi_game_gnp(&g, n, densities[k], directed,
                                            IGRAPH_NO_LOOPS);
                check_and_destroy(&g, "G(n, p)");
            }
        }
        for (igraph_integer_t d = 3; d < n && d <= 9; d += 2) {
            igraph_t g;
            if (n * d % 2 == 0 &&
                igraph_k_regular_game(&g, n, d, IGRAPH_UNDIRECTED, 0) ==
                    IGRAPH_SUCCESS) {
                check_and_destroy(&g, "random regular");
            }
            if (igraph_k_regular_game(&g, n, d, IGRAPH_DIRECTED, 0) ==
                IGRAPH_SUCCESS) {
                check_and_destroy(&g, "random regular digraph");
            }
        }
    }
    igraph_set_error_handler(handler);
    igraph_rng_set_default(&previous);
    igraph_rng_destroy(&rng);
}

/* This suite, then the one of test_metrics_jobs.c. */
int register_scale_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(vertex_connectivity_should_have_the_hand_computed_values),
        TEST_CASE(vertex_connectivity_should_need_flows_on_these),
        TEST_CASE(vertex_connectivity_should_match_igraph_on_random_graphs),
    };
    int status = add_suite("connectivity", NULL, NULL, tests,
                           sizeof tests / sizeof tests[0]);
    return status == CUE_SUCCESS ? register_metrics_jobs_tests() : status;
}
