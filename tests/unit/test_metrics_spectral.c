/*
 * Eigenvector centrality and PageRank (metrics_spectral.c,
 * metrics_pagerank.c) against igraph's own calls (ARPACK, PRPACK), the
 * values entente printed before: within 1e-9 (eigenvector, scaled to a
 * largest value of 1: absolute; PageRank: relative), on every snapshot of
 * tests/data and graphs/ and on random graphs of 10^3 and 10^4 nodes;
 * igraph's call where the iteration does not apply (two components with
 * edges, a bipartite graph); the same bits on 1, 2, 3 and one thread per
 * CPU.
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
#include "suites.h"

#define TOLERANCE 1e-9

int register_metrics_spectral_tests(void);
int register_metrics_csr_tests(void); /* test_metrics_csr.c */

/* Compares both paths on `net`; returns how many took the iteration. */
static int compare_with_igraph(const ent_network_t *net) {
    size_t n = net->vertex_count;
    int done = 0, took = 0;
    double *ours = malloc((n ? n : 1) * sizeof *ours);
    igraph_vector_t theirs;
    igraph_real_t value;
    CU_ASSERT_FATAL(ours != NULL);
    igraph_vector_init(&theirs, 0);
    CU_ASSERT_EQUAL(ent_spectral_eigenvector(net, ours, 1, &done), 0);
    if (done) {
        took++;
        CU_ASSERT_EQUAL(igraph_eigenvector_centrality(&net->graph, &theirs,
                                                      &value, 0, 1,
                                                      &net->weights, NULL),
                        0);
        for (size_t v = 0; v < n; v++) {
            CU_ASSERT_DOUBLE_EQUAL(ours[v], VECTOR(theirs)[v], TOLERANCE);
        }
    }
    CU_ASSERT_EQUAL(ent_spectral_pagerank(net, 0.85, ours, 1, &done), 0);
    if (done) {
        took++;
        CU_ASSERT_EQUAL(igraph_pagerank(&net->graph,
                                        IGRAPH_PAGERANK_ALGO_PRPACK, &theirs,
                                        &value, igraph_vss_all(), 1, 0.85,
                                        &net->weights, NULL),
                        0);
        for (size_t v = 0; v < n; v++) {
            CU_ASSERT_DOUBLE_EQUAL(ours[v], VECTOR(theirs)[v],
                                   TOLERANCE * VECTOR(theirs)[v]);
        }
    }
    igraph_vector_destroy(&theirs);
    free(ours);
    return took;
}

/* Every snapshot in the directory `base` that loads, both ways; returns
 * how many networks were compared. */
static int compare_directory(const char *base) {
    char name[4096 + 256];
    DIR *d = opendir(base);
    int compared = 0;
    CU_ASSERT_FATAL(d != NULL);
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        size_t length = strlen(e->d_name);
        if (length < 5 || strcmp(e->d_name + length - 5, ".json") != 0) {
            continue;
        }
        snprintf(name, sizeof name, "%s/%s", base, e->d_name);
        ent_snapshot_t *snapshot = NULL;
        if (ent_snapshot_load_file(&snapshot, name, NULL, NULL) != ENT_OK) {
            continue; /* not a snapshot (or a bad one) */
        }
        for (int directed = 0; directed <= 1; directed++) {
            ent_network_options_t options;
            ent_network_t *net = NULL;
            CU_ASSERT_EQUAL_FATAL(ent_network_options_init(&options), ENT_OK);
            options.directed = directed;
            if (ent_network_build(&net, snapshot, &options, NULL) == ENT_OK) {
                compare_with_igraph(net);
                compared++;
                ent_network_destroy(net);
            }
            ent_network_options_destroy(&options);
        }
        ent_snapshot_free(snapshot);
    }
    closedir(d);
    return compared;
}

static void every_fixture_should_match_igraph(void) {
    static const char *dirs[] = {ENT_TEST_DATA_DIR,
                                 ENT_TEST_DATA_DIR "/metrics", ENT_GRAPHS_DIR,
                                 ENT_GRAPHS_DIR "/eurasia"};
    int compared = 0;
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
        compared += compare_directory(dirs[i]);
    }
    CU_ASSERT_TRUE(compared >= 20);
}

/* A G(n, m) random graph, weights uniform in (0, 1], fixed seed. */
static void random_network(ent_network_t *net, igraph_integer_t n,
                           igraph_integer_t m, int directed) {
    memset(net, 0, sizeof *net);
    igraph_rng_seed(igraph_rng_default(), 14);
    CU_ASSERT_EQUAL_FATAL(
        igraph_erdos_renyi_game_gnm(&net->graph, n, m, directed, 0), 0);
    igraph_vector_init(&net->weights, m);
    for (igraph_integer_t e = 0; e < m; e++) {
        VECTOR(net->weights)
        [e] = 1 - igraph_rng_get_unif01(igraph_rng_default());
    }
    net->vertex_count = (size_t)n;
    net->directed = directed;
}

static void random_network_destroy(ent_network_t *net) {
    igraph_vector_destroy(&net->weights);
    igraph_destroy(&net->graph);
}

static void random_graphs_should_match_igraph(void) {
    static const igraph_integer_t sizes[][2] = {{1000, 5000}, {10000, 50000}};
    for (size_t i = 0; i < 2; i++) {
        ent_network_t net;
        random_network(&net, sizes[i][0], sizes[i][1], 0);
        CU_ASSERT_EQUAL(compare_with_igraph(&net), 2); /* both iterated */
        random_network_destroy(&net);
        random_network(&net, sizes[i][0], sizes[i][1], 1);
        CU_ASSERT_EQUAL(compare_with_igraph(&net), 1); /* PageRank only */
        random_network_destroy(&net);
    }
    /* Sparse: isolated vertices (dangling for PageRank), and several
     * components with edges: eigenvector goes to igraph. */
    ent_network_t net;
    random_network(&net, 1000, 600, 0);
    CU_ASSERT_EQUAL(compare_with_igraph(&net), 1);
    random_network_destroy(&net);
}

static void bipartite_graphs_should_go_to_igraph(void) {
    ent_network_t net;
    memset(&net, 0, sizeof net);
    /* A path of four vertices: bipartite, connected. */
    igraph_small(&net.graph, 4, IGRAPH_UNDIRECTED, 0, 1, 1, 2, 2, 3, -1);
    igraph_vector_init(&net.weights, 3);
    igraph_vector_fill(&net.weights, 1);
    net.vertex_count = 4;
    double out[4];
    int done = 1;
    CU_ASSERT_EQUAL(ent_spectral_eigenvector(&net, out, 1, &done), 0);
    CU_ASSERT_EQUAL(done, 0);
    /* PageRank of the path, by symmetry x_end + x_inner = 1/2 and
     * x_inner = 0.15/4 + 0.85 (x_end + x_inner / 2). */
    CU_ASSERT_EQUAL(ent_spectral_pagerank(&net, 0.85, out, 1, &done), 0);
    CU_ASSERT_EQUAL(done, 1);
    double inner = (0.0375 + 0.425) / (1 + 0.425);
    CU_ASSERT_DOUBLE_EQUAL(out[1], inner, 1e-12);
    CU_ASSERT_DOUBLE_EQUAL(out[0], 0.5 - inner, 1e-12);
    random_network_destroy(&net);
}

/* Both vectors of `net` on `jobs` threads into eigen and rank (n each). */
static void spectral_on(const ent_network_t *net, unsigned jobs, double *eigen,
                        double *rank) {
    int done = 0;
    CU_ASSERT_EQUAL(ent_spectral_eigenvector(net, eigen, jobs, &done), 0);
    CU_ASSERT_EQUAL(done, 1);
    CU_ASSERT_EQUAL(ent_spectral_pagerank(net, 0.85, rank, jobs, &done), 0);
    CU_ASSERT_EQUAL(done, 1);
}

/* Blocks of 1,024 vertices: 10^4 nodes make 10 blocks over the threads,
 * 2,500 make 3 (the last one short). Every thread count, and a second
 * run, must give the bits of one thread; and the igraph check above ran
 * on one thread. */
static void threads_should_give_the_same_bits(void) {
    static const igraph_integer_t sizes[][2] = {{10000, 50000}, {2500, 9000}};
    static const unsigned jobs[] = {2, 3, 0, 2};
    for (size_t i = 0; i < 2; i++) {
        ent_network_t net;
        random_network(&net, sizes[i][0], sizes[i][1], 0);
        size_t n = net.vertex_count, bytes = n * sizeof(double);
        double *one = malloc(4 * bytes);
        CU_ASSERT_FATAL(one != NULL);
        double *one_rank = one + n, *many = one + 2 * n,
               *many_rank = one + 3 * n;
        spectral_on(&net, 1, one, one_rank);
        for (size_t j = 0; j < sizeof jobs / sizeof jobs[0]; j++) {
            memset(many, 0, 2 * bytes);
            spectral_on(&net, jobs[j], many, many_rank);
            CU_ASSERT_EQUAL(memcmp(one, many, bytes), 0);
            CU_ASSERT_EQUAL(memcmp(one_rank, many_rank, bytes), 0);
        }
        free(one);
        random_network_destroy(&net);
    }
}

int register_metrics_spectral_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(every_fixture_should_match_igraph),
        TEST_CASE(random_graphs_should_match_igraph),
        TEST_CASE(bipartite_graphs_should_go_to_igraph),
        TEST_CASE(threads_should_give_the_same_bits),
    };
    int status = add_suite("metrics_spectral", NULL, NULL, tests,
                           sizeof tests / sizeof tests[0]);
    return status == CUE_SUCCESS ? register_metrics_csr_tests() : status;
}
