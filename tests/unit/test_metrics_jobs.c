/*
 * The all-pairs measures by blocks of sources over worker processes
 * (metrics_allpairs.c): the same bits for every number of workers, and
 * the values of igraph's single calls (metrics.c) up to the order of the
 * floating-point sums. split_nodes = 0 sends the small fixtures down the
 * block path, which the program takes from 500 nodes.
 */
#include <CUnit/CUnit.h>
#include <math.h>
#include <string.h>

#include "entente/load.h"
#include "entente/metrics.h"
#include "entente/network.h"
#include "metrics_fixture.h"
#include "network/network_internal.h"
#include "suites.h"

void metrics_fixture_load(metrics_fixture_t *l, const char *name,
                          int directed) {
    ent_network_options_t options;
    CU_ASSERT_EQUAL_FATAL(ent_network_options_init(&options), ENT_OK);
    options.directed = directed;
    CU_ASSERT_EQUAL_FATAL(
        ent_snapshot_load_file(&l->snapshot, test_data_path(name), NULL, NULL),
        ENT_OK);
    CU_ASSERT_EQUAL_FATAL(
        ent_network_build(&l->network, l->snapshot, &options, NULL), ENT_OK);
    ent_network_options_destroy(&options);
}

void metrics_fixture_unload(metrics_fixture_t *l) {
    ent_network_destroy(l->network);
    ent_snapshot_free(l->snapshot);
}

/* Every metric, by blocks over `jobs` workers (split_nodes 0), or by
 * igraph's single calls (split_nodes above the size). */
static void measure(ent_metrics_t *metrics, const metrics_fixture_t *l,
                    unsigned jobs, int blocks) {
    ent_metrics_options_t options;
    ent_metrics_options_init(&options);
    options.jobs = jobs;
    options.split_nodes = blocks ? 0 : (size_t)-1;
    CU_ASSERT_EQUAL_FATAL(
        ent_metrics_compute(metrics, l->network, &options, NULL), ENT_OK);
}

/* 1 when both hold the same bits for every node and graph metric. */
static int same_bits(const ent_metrics_t *a, const ent_metrics_t *b) {
    size_t n = ent_network_vertex_count(a->network);
    if (memcmp(a->graph, b->graph, sizeof a->graph) != 0) {
        return 0;
    }
    for (int m = 0; m < ENT_NODE_METRIC_COUNT; m++) {
        if ((a->node[m] == NULL) != (b->node[m] == NULL) ||
            (a->node[m] &&
             memcmp(a->node[m], b->node[m], n * sizeof(double)))) {
            return 0;
        }
    }
    return 1;
}

static const struct {
    const char *file;
    int directed;
} fixtures[] = {
    {"metrics/karate.json", 0},   /* 34 nodes: more than the 32 blocks */
    {"metrics/weighted.json", 0}, /* 30 nodes: some blocks empty */
    {"metrics/weighted.json", 1},
    {"metrics/groups.json", 0},
    {"valid.json", 0}, /* 5 nodes */
};
enum { FIXTURES = sizeof fixtures / sizeof fixtures[0] };

static void all_pairs_should_give_the_same_bits_for_every_jobs(void) {
    static const unsigned jobs[] = {2, 3, 7, 0};
    for (size_t f = 0; f < FIXTURES; f++) {
        metrics_fixture_t l;
        ent_metrics_t one;
        metrics_fixture_load(&l, fixtures[f].file, fixtures[f].directed);
        measure(&one, &l, 1, 1);
        for (size_t j = 0; j < sizeof jobs / sizeof jobs[0]; j++) {
            ent_metrics_t many;
            measure(&many, &l, jobs[j], 1);
            CU_ASSERT_TRUE(same_bits(&one, &many));
            ent_metrics_destroy(&many);
        }
        ent_metrics_destroy(&one);
        metrics_fixture_unload(&l);
    }
}

/* Relative 1e-12: the same sums in another order. */
static void check_close(double ours, double igraph) {
    if (isnan(igraph)) {
        CU_ASSERT_TRUE(isnan(ours));
    } else {
        CU_ASSERT_DOUBLE_EQUAL(ours, igraph, 1e-12 * fmax(1.0, fabs(igraph)));
    }
}

static void all_pairs_by_blocks_should_match_igraph_single_calls(void) {
    for (size_t f = 0; f < FIXTURES; f++) {
        metrics_fixture_t l;
        ent_metrics_t blocks, single;
        metrics_fixture_load(&l, fixtures[f].file, fixtures[f].directed);
        measure(&blocks, &l, 2, 1);
        measure(&single, &l, 2, 0);
        for (int m = 0; m < ENT_GRAPH_METRIC_COUNT; m++) {
            check_close(blocks.graph[m], single.graph[m]);
        }
        for (int m = 0; m < ENT_NODE_METRIC_COUNT; m++) {
            CU_ASSERT_EQUAL(blocks.node[m] == NULL, single.node[m] == NULL);
            for (size_t v = 0;
                 blocks.node[m] && v < ent_network_vertex_count(l.network);
                 v++) {
                check_close(blocks.node[m][v], single.node[m][v]);
            }
        }
        ent_metrics_destroy(&blocks);
        ent_metrics_destroy(&single);
        metrics_fixture_unload(&l);
    }
}

/* Degree and strength as igraph computes them, to the bit: strength is
 * summed over the edges when their order gives igraph's sums (metrics.c),
 * and degree counted with loops when there are none. */
static void degree_and_strength_should_have_igraph_bits(void) {
    for (size_t f = 0; f < FIXTURES; f++) {
        metrics_fixture_t l;
        ent_metrics_t metrics;
        ent_metrics_options_t options;
        igraph_vector_t strength;
        igraph_vector_int_t degree;
        metrics_fixture_load(&l, fixtures[f].file, fixtures[f].directed);
        ent_metrics_options_init(&options);
        CU_ASSERT_EQUAL_FATAL(
            ent_metrics_options_parse(&options, "degree,strength", NULL),
            ENT_OK);
        CU_ASSERT_EQUAL_FATAL(
            ent_metrics_compute(&metrics, l.network, &options, NULL), ENT_OK);
        igraph_vector_init(&strength, 0);
        igraph_vector_int_init(&degree, 0);
        igraph_strength(&l.network->graph, &strength, igraph_vss_all(),
                        IGRAPH_ALL, IGRAPH_NO_LOOPS, &l.network->weights);
        igraph_degree(&l.network->graph, &degree, igraph_vss_all(), IGRAPH_ALL,
                      IGRAPH_NO_LOOPS);
        for (size_t v = 0; v < ent_network_vertex_count(l.network); v++) {
            CU_ASSERT_TRUE(metrics.node[ENT_NODE_STRENGTH][v] ==
                           VECTOR(strength)[v]);
            CU_ASSERT_TRUE(metrics.node[ENT_NODE_DEGREE][v] ==
                           (double)VECTOR(degree)[v]);
        }
        igraph_vector_destroy(&strength);
        igraph_vector_int_destroy(&degree);
        ent_metrics_destroy(&metrics);
        metrics_fixture_unload(&l);
    }
}

int register_metrics_sample_tests(void); /* test_metrics_sample.c */

/* This suite, then sampled betweenness's. */
int register_metrics_jobs_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(all_pairs_should_give_the_same_bits_for_every_jobs),
        TEST_CASE(all_pairs_by_blocks_should_match_igraph_single_calls),
        TEST_CASE(degree_and_strength_should_have_igraph_bits),
    };
    int status = add_suite("metrics_jobs", NULL, NULL, tests,
                           sizeof tests / sizeof tests[0]);
    return status == CUE_SUCCESS ? register_metrics_sample_tests() : status;
}
