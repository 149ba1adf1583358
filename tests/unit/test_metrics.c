/*
 * Unit tests of the metrics on small graphs whose values are computed by
 * hand (the comment above each test shows the arithmetic), and on
 * Zachary's karate club against its published values.
 */
#include <CUnit/CUnit.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entente/load.h"
#include "entente/metrics.h"
#include "entente/network.h"
#include "suites.h"

/* Relative tolerance 1e-9 (1e-6 for PageRank and eigenvector vectors). */
#define CHECK_CLOSE_TOL(actual, expected, tolerance)                           \
    CU_ASSERT_DOUBLE_EQUAL((actual), (expected),                               \
                           (tolerance)*fmax(1.0, fabs((double)(expected))))
#define CHECK_CLOSE(actual, expected) CHECK_CLOSE_TOL(actual, expected, 1e-9)
#define CHECK_UNDEFINED(actual) CU_ASSERT_TRUE(isnan(actual))

typedef struct {
    char from, to;
    double weight;
} edge_spec;

/*
 * A snapshot of states named by the letters of `nodes` and relations of a
 * custom type "tie" (undirected) or "arc" (directed), default weight 1.
 */
static ent_snapshot_t *make_snapshot(const char *nodes, const edge_spec *edges,
                                     size_t count, int directed) {
    ent_snapshot_t *s = ent_snapshot_new();
    ent_relation_type_t type = {
        directed ? "arc" : "tie", directed, 1.0, 0, 0, 0, 0, NULL};
    size_t type_index = 0;
    CU_ASSERT_EQUAL_FATAL(ent_snapshot_add_relation_type(s, &type, &type_index),
                          ENT_OK);
    for (const char *c = nodes; *c; c++) {
        char id[2] = {*c, '\0'};
        ent_entity_t entity = {id, ENT_ENTITY_STATE, NULL, NULL, 0, NULL, NULL};
        CU_ASSERT_EQUAL_FATAL(ent_snapshot_add_entity(s, &entity, NULL),
                              ENT_OK);
    }
    for (size_t i = 0; i < count; i++) {
        char a[2] = {edges[i].from, '\0'}, b[2] = {edges[i].to, '\0'};
        ent_relation_t relation;
        memset(&relation, 0, sizeof relation);
        relation.type = type_index;
        CU_ASSERT_FATAL(ent_snapshot_find_entity(s, a, &relation.source));
        CU_ASSERT_FATAL(ent_snapshot_find_entity(s, b, &relation.target));
        relation.weight = edges[i].weight;
        relation.has_weight = 1;
        CU_ASSERT_EQUAL_FATAL(ent_snapshot_add_relation(s, &relation, NULL),
                              ENT_OK);
    }
    return s;
}

typedef struct {
    ent_snapshot_t *snapshot;
    ent_network_t *network;
    ent_metrics_t metrics;
} fixture_t;

/* Builds and measures; `distance` as for --distance. */
static void measure(fixture_t *f, const char *nodes, const edge_spec *edges,
                    size_t count, int directed, const char *distance) {
    f->snapshot = make_snapshot(nodes, edges, count, directed);
    ent_network_options_t options;
    CU_ASSERT_EQUAL_FATAL(ent_network_options_init(&options), ENT_OK);
    CU_ASSERT_EQUAL(ent_network_options_parse(&options, "layer",
                                              directed ? "arc" : "tie", NULL),
                    ENT_OK);
    CU_ASSERT_EQUAL(
        ent_network_options_parse(&options, "distance", distance, NULL),
        ENT_OK);
    options.directed = directed;
    CU_ASSERT_EQUAL_FATAL(
        ent_network_build(&f->network, f->snapshot, &options, NULL), ENT_OK);
    ent_network_options_destroy(&options);
    CU_ASSERT_EQUAL_FATAL(
        ent_metrics_compute(&f->metrics, f->network, NULL, NULL), ENT_OK);
}

static void release(fixture_t *f) {
    ent_metrics_destroy(&f->metrics);
    ent_network_destroy(f->network);
    ent_snapshot_free(f->snapshot);
}

/* Node metric `m` of the vertex of entity `id`. */
static double node(const fixture_t *f, ent_node_metric m, char id) {
    char name[2] = {id, '\0'};
    size_t entity = 0;
    CU_ASSERT_FATAL(ent_snapshot_find_entity(f->snapshot, name, &entity));
    CU_ASSERT_PTR_NOT_NULL_FATAL(f->metrics.node[m]);
    return f->metrics.node[m][ent_network_entity_vertex(f->network, entity)];
}

static double graph(const fixture_t *f, ent_graph_metric m) {
    CU_ASSERT_TRUE(f->metrics.computed.graph[m]);
    return f->metrics.graph[m];
}

static const edge_spec star[] = {
    {'S', 'A', 1}, {'S', 'B', 1}, {'S', 'C', 1}, {'S', 'D', 1}};

/*
 * Star S-{A,B,C,D}: betweenness(S) = C(4,2) = 6; closeness(S) = 4/4,
 * leaf = (1 + 3 x 1/2)/4 = 0.625; eigenvector leaf = S/2 (lambda 2);
 * PageRank S = 0.132 / 0.2775 (solving S = 0.03 + 3.4 L, L = 0.03 +
 * 0.2125 S); constraint S = 4 x (1/4)^2, leaf 1; centralizations 1.
 */
static void star_should_have_the_hand_computed_values(void) {
    fixture_t f;
    measure(&f, "SABCD", star, 4, 0, "inverse");
    CHECK_CLOSE(node(&f, ENT_NODE_DEGREE, 'S'), 4);
    CHECK_CLOSE(node(&f, ENT_NODE_STRENGTH, 'A'), 1);
    CHECK_CLOSE(node(&f, ENT_NODE_BETWEENNESS, 'S'), 6);
    CHECK_CLOSE(node(&f, ENT_NODE_BETWEENNESS, 'A'), 0);
    CHECK_CLOSE(node(&f, ENT_NODE_CLOSENESS, 'S'), 1);
    CHECK_CLOSE(node(&f, ENT_NODE_CLOSENESS, 'A'), 0.625);
    CHECK_CLOSE_TOL(node(&f, ENT_NODE_EIGENVECTOR, 'S'), 1, 1e-6);
    CHECK_CLOSE_TOL(node(&f, ENT_NODE_EIGENVECTOR, 'B'), 0.5, 1e-6);
    CHECK_CLOSE_TOL(node(&f, ENT_NODE_PAGERANK, 'S'), 0.132 / 0.2775, 1e-6);
    CHECK_CLOSE_TOL(node(&f, ENT_NODE_PAGERANK, 'C'), (1 - 0.132 / 0.2775) / 4,
                    1e-6);
    CHECK_UNDEFINED(node(&f, ENT_NODE_HUB, 'S'));
    CHECK_UNDEFINED(node(&f, ENT_NODE_AUTHORITY, 'S'));
    CHECK_CLOSE(node(&f, ENT_NODE_CORENESS, 'S'), 1);
    CHECK_CLOSE(node(&f, ENT_NODE_CLUSTERING, 'S'), 0);
    CHECK_CLOSE(node(&f, ENT_NODE_CONSTRAINT, 'S'), 0.25);
    CHECK_CLOSE(node(&f, ENT_NODE_CONSTRAINT, 'D'), 1);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_NODES), 5);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_EDGES), 4);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_DENSITY), 0.4);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_DIAMETER), 2);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_AVERAGE_PATH_LENGTH), 16.0 / 10);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_TRANSITIVITY), 0);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_DEGREE_CENTRALIZATION), 1);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_BETWEENNESS_CENTRALIZATION), 1);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_CLOSENESS_CENTRALIZATION), 1);
    CHECK_UNDEFINED(graph(&f, ENT_GRAPH_TYPE_ASSORTATIVITY)); /* one type */
    CHECK_CLOSE(graph(&f, ENT_GRAPH_VERTEX_CONNECTIVITY), 1);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_EDGE_CONNECTIVITY), 1);
    CU_ASSERT_FALSE(f.metrics.computed.node[ENT_NODE_IN_DEGREE]);
    release(&f);
}

/*
 * Path A-B-C-D: B lies on A-C and A-D, C on A-D and B-D; closeness(A) =
 * (1 + 1/2 + 1/3)/3 = 11/18, B = (1 + 1 + 1/2)/3; average path length
 * (3 x 1 + 2 x 2 + 1 x 3)/6.
 */
static void path_should_have_the_hand_computed_values(void) {
    static const edge_spec path[] = {
        {'A', 'B', 1}, {'B', 'C', 1}, {'C', 'D', 1}};
    fixture_t f;
    measure(&f, "ABCD", path, 3, 0, "inverse");
    CHECK_CLOSE(node(&f, ENT_NODE_BETWEENNESS, 'B'), 2);
    CHECK_CLOSE(node(&f, ENT_NODE_BETWEENNESS, 'C'), 2);
    CHECK_CLOSE(node(&f, ENT_NODE_BETWEENNESS, 'D'), 0);
    CHECK_CLOSE(node(&f, ENT_NODE_CLOSENESS, 'A'), 11.0 / 18);
    CHECK_CLOSE(node(&f, ENT_NODE_CLOSENESS, 'B'), 2.5 / 3);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_DIAMETER), 3);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_DIAMETER_HOPS), 3);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_AVERAGE_PATH_LENGTH), 10.0 / 6);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_DENSITY), 0.5);
    /* Degrees 1,2,2,1: (1 + 0 + 0 + 1) / (3 x 2). */
    CHECK_CLOSE(graph(&f, ENT_GRAPH_DEGREE_CENTRALIZATION), 2.0 / 6);
    /* Betweenness 0,2,2,0: (2 + 0 + 0 + 2) / (3^2 x 2 / 2). */
    CHECK_CLOSE(graph(&f, ENT_GRAPH_BETWEENNESS_CENTRALIZATION), 4.0 / 9);
    /* Hop closeness 11/18, 15/18, 15/18, 11/18: (4/18 + 4/18) / 1. */
    CHECK_CLOSE(graph(&f, ENT_GRAPH_CLOSENESS_CENTRALIZATION), 8.0 / 18);
    CHECK_CLOSE(node(&f, ENT_NODE_CONSTRAINT, 'A'), 1);
    /* B: p = 1/2 to each neighbour, no indirect path: 2 x 1/4. */
    CHECK_CLOSE(node(&f, ENT_NODE_CONSTRAINT, 'B'), 0.5);
    release(&f);
}

/*
 * Triangle A-B-C with D hanging from C: clustering C = 1/3 (one tie among
 * 3 pairs of neighbours), average (1 + 1 + 1/3 + 0)/4; transitivity
 * 3 x 1 triangle / 5 connected triples; cores 2, 2, 2, 1.
 */
static void triangle_with_pendant_should_have_the_hand_computed_values(void) {
    static const edge_spec edges[] = {
        {'A', 'B', 1}, {'B', 'C', 1}, {'C', 'A', 1}, {'C', 'D', 1}};
    fixture_t f;
    measure(&f, "ABCD", edges, 4, 0, "inverse");
    CHECK_CLOSE(node(&f, ENT_NODE_CLUSTERING, 'A'), 1);
    CHECK_CLOSE(node(&f, ENT_NODE_CLUSTERING, 'C'), 1.0 / 3);
    CHECK_CLOSE(node(&f, ENT_NODE_CLUSTERING, 'D'), 0);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_AVERAGE_CLUSTERING), 7.0 / 12);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_TRANSITIVITY), 3.0 / 5);
    CHECK_CLOSE(node(&f, ENT_NODE_CORENESS, 'B'), 2);
    CHECK_CLOSE(node(&f, ENT_NODE_CORENESS, 'D'), 1);
    CHECK_CLOSE(node(&f, ENT_NODE_BETWEENNESS, 'C'), 2);
    /* Degrees 2,2,3,1: (1 + 1 + 0 + 2) / (3 x 2). */
    CHECK_CLOSE(graph(&f, ENT_GRAPH_DEGREE_CENTRALIZATION), 4.0 / 6);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_VERTEX_CONNECTIVITY), 1);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_EDGE_CONNECTIVITY), 1);
    /* Burt, A: p_AB = p_AC = 1/2; to B also through C (p_CB = 1/3, C has
     * three ties): (1/2 + 1/6)^2; to C through B (p_BC = 1/2):
     * (1/2 + 1/4)^2; 4/9 + 9/16 = 145/144. */
    CHECK_CLOSE(node(&f, ENT_NODE_CONSTRAINT, 'A'), 145.0 / 144);
    release(&f);
}

/*
 * A-B, C-D-E and the isolate F: 3 components, the largest 3 of 6 nodes;
 * over connected pairs only, diameter 2 (C-E), average (1+1+1+2)/4.
 */
static void components_and_isolate_should_count_only_connected_pairs(void) {
    static const edge_spec edges[] = {
        {'A', 'B', 1}, {'C', 'D', 1}, {'D', 'E', 1}};
    fixture_t f;
    measure(&f, "ABCDEF", edges, 3, 0, "inverse");
    CHECK_CLOSE(graph(&f, ENT_GRAPH_COMPONENTS), 3);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_LARGEST_COMPONENT_SHARE), 0.5);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_DIAMETER), 2);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_AVERAGE_PATH_LENGTH), 5.0 / 4);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_DENSITY), 3.0 / 15);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_VERTEX_CONNECTIVITY), 0);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_EDGE_CONNECTIVITY), 0);
    CHECK_CLOSE(node(&f, ENT_NODE_CLOSENESS, 'F'), 0);
    CHECK_CLOSE(node(&f, ENT_NODE_DEGREE, 'F'), 0);
    /* (1 + 1/2) / 5 for C. */
    CHECK_CLOSE(node(&f, ENT_NODE_CLOSENESS, 'C'), 1.5 / 5);
    CHECK_UNDEFINED(node(&f, ENT_NODE_CONSTRAINT, 'F')); /* no ties */
    CHECK_CLOSE(node(&f, ENT_NODE_CLUSTERING, 'F'), 0);
    release(&f);
}

/*
 * A-B and B-C of weight 1 (length 1), A-C of weight 0.25 (length 4): on
 * lengths A reaches C through B (2 < 4), so B has betweenness 1; on hops
 * the direct edge wins and B has none.
 */
static void inverse_lengths_should_change_which_path_is_shortest(void) {
    static const edge_spec edges[] = {
        {'A', 'B', 1}, {'B', 'C', 1}, {'A', 'C', 0.25}};
    fixture_t f;
    measure(&f, "ABC", edges, 3, 0, "inverse");
    CHECK_CLOSE(node(&f, ENT_NODE_BETWEENNESS, 'B'), 1);
    CHECK_CLOSE(node(&f, ENT_NODE_STRENGTH, 'A'), 1.25);
    CHECK_CLOSE(node(&f, ENT_NODE_CLOSENESS, 'A'), (1 + 0.5) / 2);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_DIAMETER), 2);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_AVERAGE_PATH_LENGTH), 4.0 / 3);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_DIAMETER_HOPS), 1);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_AVERAGE_PATH_LENGTH_HOPS), 1);
    release(&f);
    measure(&f, "ABC", edges, 3, 0, "unit");
    CHECK_CLOSE(node(&f, ENT_NODE_BETWEENNESS, 'B'), 0);
    CHECK_CLOSE(node(&f, ENT_NODE_CLOSENESS, 'A'), 1);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_DIAMETER), 1);
    release(&f);
}

/*
 * A-B and B-C of weight 0.8, A-C of 0.5. Inverse: 1.25 + 1.25 > 2, the
 * direct edge wins. -ln: 2 x 0.223 < 0.693, the path through B wins.
 */
static void neglog_lengths_should_prefer_products_of_strong_ties(void) {
    static const edge_spec edges[] = {
        {'A', 'B', 0.8}, {'B', 'C', 0.8}, {'A', 'C', 0.5}};
    fixture_t f;
    measure(&f, "ABC", edges, 3, 0, "inverse");
    CHECK_CLOSE(node(&f, ENT_NODE_BETWEENNESS, 'B'), 0);
    release(&f);
    measure(&f, "ABC", edges, 3, 0, "neglog");
    CHECK_CLOSE(node(&f, ENT_NODE_BETWEENNESS, 'B'), 1);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_DIAMETER), -2 * log(0.8));
    /* closeness(A) = (1/-ln 0.8 + 1/(-2 ln 0.8)) / 2 */
    CHECK_CLOSE(node(&f, ENT_NODE_CLOSENESS, 'A'),
                (1 / -log(0.8) + 1 / (-2 * log(0.8))) / 2);
    release(&f);
}

/* A weight of exactly 1 has -ln length 0, which path measures refuse. */
static void neglog_length_zero_should_be_a_clear_error(void) {
    static const edge_spec edges[] = {{'A', 'B', 1}, {'B', 'C', 0.5}};
    fixture_t f;
    f.snapshot = make_snapshot("ABC", edges, 2, 0);
    ent_network_options_t options;
    ent_network_options_init(&options);
    ent_network_options_parse(&options, "layer", "tie", NULL);
    ent_network_options_parse(&options, "distance", "neglog", NULL);
    CU_ASSERT_EQUAL_FATAL(
        ent_network_build(&f.network, f.snapshot, &options, NULL), ENT_OK);
    ent_network_options_destroy(&options);
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    CU_ASSERT_EQUAL(ent_metrics_compute(&f.metrics, f.network, NULL, &diags),
                    ENT_EINPUT);
    CU_ASSERT_EQUAL_FATAL(diags.count, 1);
    CU_ASSERT_STRING_EQUAL(diags.items[0].message,
                           "betweenness and closeness need lengths above 0, "
                           "but --distance neglog gives length 0 to an edge "
                           "of weight 1; use --distance inverse or unit");
    ent_diag_list_destroy(&diags);
    ent_network_destroy(f.network);
    ent_snapshot_free(f.snapshot);
}

/*
 * Directed cycle A->B->C->A: each node lies on one of the 6 ordered
 * pairs' paths; out-closeness (1 + 1/2)/2; PageRank 1/3 each; hub and
 * authority all 1; eigenvector undefined (directed); average path length
 * (3 x 1 + 3 x 2)/6; density 3 of 6 ordered pairs.
 */
static void directed_cycle_should_have_the_hand_computed_values(void) {
    static const edge_spec edges[] = {
        {'A', 'B', 1}, {'B', 'C', 1}, {'C', 'A', 1}};
    fixture_t f;
    measure(&f, "ABC", edges, 3, 1, "inverse");
    CHECK_CLOSE(node(&f, ENT_NODE_DEGREE, 'A'), 2);
    CHECK_CLOSE(node(&f, ENT_NODE_IN_DEGREE, 'A'), 1);
    CHECK_CLOSE(node(&f, ENT_NODE_OUT_DEGREE, 'A'), 1);
    CHECK_CLOSE(node(&f, ENT_NODE_BETWEENNESS, 'B'), 1);
    CHECK_CLOSE(node(&f, ENT_NODE_CLOSENESS, 'A'), 0.75);
    CHECK_CLOSE_TOL(node(&f, ENT_NODE_PAGERANK, 'C'), 1.0 / 3, 1e-6);
    CHECK_CLOSE_TOL(node(&f, ENT_NODE_HUB, 'A'), 1, 1e-6);
    CHECK_CLOSE_TOL(node(&f, ENT_NODE_AUTHORITY, 'B'), 1, 1e-6);
    CHECK_UNDEFINED(node(&f, ENT_NODE_EIGENVECTOR, 'A'));
    CHECK_CLOSE(node(&f, ENT_NODE_CLUSTERING, 'A'), 1);
    CHECK_CLOSE(node(&f, ENT_NODE_CORENESS, 'A'), 2);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_AVERAGE_PATH_LENGTH), 1.5);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_DIAMETER), 2);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_DENSITY), 0.5);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_COMPONENTS), 1);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_VERTEX_CONNECTIVITY), 1);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_EDGE_CONNECTIVITY), 1);
    /* All degrees 2: no centralization at all. */
    CHECK_CLOSE(graph(&f, ENT_GRAPH_DEGREE_CENTRALIZATION), 0);
    release(&f);
}

/*
 * Two triangles joined by one edge: Louvain finds the two triangles;
 * modularity 2 x (3/7 - (7/14)^2) = 5/14.
 */
static void louvain_should_split_two_joined_triangles(void) {
    static const edge_spec edges[] = {
        {'A', 'B', 1}, {'B', 'C', 1}, {'C', 'A', 1}, {'D', 'E', 1},
        {'E', 'F', 1}, {'F', 'D', 1}, {'C', 'D', 1}};
    fixture_t f;
    measure(&f, "ABCDEF", edges, 7, 0, "inverse");
    CHECK_CLOSE(graph(&f, ENT_GRAPH_COMMUNITIES), 2);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_MODULARITY), 5.0 / 14);
    /* Numbered by first node: A's community is 0. */
    CHECK_CLOSE(node(&f, ENT_NODE_COMMUNITY, 'A'), 0);
    CHECK_CLOSE(node(&f, ENT_NODE_COMMUNITY, 'C'), 0);
    CHECK_CLOSE(node(&f, ENT_NODE_COMMUNITY, 'D'), 1);
    CHECK_CLOSE(node(&f, ENT_NODE_COMMUNITY, 'F'), 1);
    release(&f);
}

/* No node, one node: every undefined value is NAN, nothing crashes. */
static void empty_and_single_node_networks_should_leave_undefined_values(void) {
    fixture_t f;
    measure(&f, "", NULL, 0, 0, "inverse");
    CHECK_CLOSE(graph(&f, ENT_GRAPH_NODES), 0);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_COMPONENTS), 0);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_COMMUNITIES), 0);
    CHECK_UNDEFINED(graph(&f, ENT_GRAPH_DENSITY));
    CHECK_UNDEFINED(graph(&f, ENT_GRAPH_LARGEST_COMPONENT_SHARE));
    CHECK_UNDEFINED(graph(&f, ENT_GRAPH_DIAMETER));
    CHECK_UNDEFINED(graph(&f, ENT_GRAPH_AVERAGE_CLUSTERING));
    CHECK_UNDEFINED(graph(&f, ENT_GRAPH_DEGREE_CENTRALIZATION));
    release(&f);
    measure(&f, "A", NULL, 0, 0, "inverse");
    CHECK_CLOSE(graph(&f, ENT_GRAPH_NODES), 1);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_COMPONENTS), 1);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_LARGEST_COMPONENT_SHARE), 1);
    CHECK_UNDEFINED(graph(&f, ENT_GRAPH_DENSITY));
    CHECK_UNDEFINED(graph(&f, ENT_GRAPH_DIAMETER));
    CHECK_UNDEFINED(graph(&f, ENT_GRAPH_AVERAGE_PATH_LENGTH));
    CHECK_UNDEFINED(graph(&f, ENT_GRAPH_TRANSITIVITY));
    CHECK_UNDEFINED(graph(&f, ENT_GRAPH_MODULARITY));
    CHECK_UNDEFINED(graph(&f, ENT_GRAPH_DEGREE_CENTRALIZATION));
    CHECK_UNDEFINED(graph(&f, ENT_GRAPH_BETWEENNESS_CENTRALIZATION));
    CHECK_UNDEFINED(graph(&f, ENT_GRAPH_CLOSENESS_CENTRALIZATION));
    CHECK_UNDEFINED(graph(&f, ENT_GRAPH_VERTEX_CONNECTIVITY));
    CHECK_UNDEFINED(node(&f, ENT_NODE_CLOSENESS, 'A'));
    CHECK_CLOSE(node(&f, ENT_NODE_DEGREE, 'A'), 0);
    CHECK_CLOSE(node(&f, ENT_NODE_BETWEENNESS, 'A'), 0);
    CHECK_CLOSE(node(&f, ENT_NODE_COMMUNITY, 'A'), 0);
    release(&f);
}

/* The graph of tests/data/metrics/karate.json (Zachary 1977), measured. */
static void measure_file(fixture_t *f, const char *name) {
    CU_ASSERT_EQUAL_FATAL(
        ent_snapshot_load_file(&f->snapshot, test_data_path(name), NULL, NULL),
        ENT_OK);
    CU_ASSERT_EQUAL_FATAL(
        ent_network_build(&f->network, f->snapshot, NULL, NULL), ENT_OK);
    CU_ASSERT_EQUAL_FATAL(
        ent_metrics_compute(&f->metrics, f->network, NULL, NULL), ENT_OK);
}

static double karate(const fixture_t *f, ent_node_metric m, int member) {
    char id[8];
    size_t entity = 0;
    snprintf(id, sizeof id, "m%d", member);
    CU_ASSERT_FATAL(ent_snapshot_find_entity(f->snapshot, id, &entity));
    return f->metrics.node[m][ent_network_entity_vertex(f->network, entity)];
}

/*
 * Published values of the karate club (34 members, 78 ties), e.g. in
 * Newman's "Networks" and the networkx and igraph documentation:
 * transitivity 0.2556818, average clustering 0.5706385, density
 * 0.1390374, diameter 5, average path length 2.4082, betweenness of the
 * instructor (1) 231.0714 and the president (34) 160.5516, maximum core 4.
 * The exact fractions below come from the same definitions; eigenvector
 * and PageRank are networkx's (power iteration, tolerance 1e-12).
 */
static void karate_club_should_match_its_published_values(void) {
    fixture_t f;
    measure_file(&f, "metrics/karate.json");
    CHECK_CLOSE(graph(&f, ENT_GRAPH_NODES), 34);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_EDGES), 78);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_DENSITY), 78.0 / 561);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_TRANSITIVITY), 45.0 / 176);
    CHECK_CLOSE_TOL(graph(&f, ENT_GRAPH_AVERAGE_CLUSTERING), 0.5706384782,
                    1e-9);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_DIAMETER), 5);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_AVERAGE_PATH_LENGTH), 1351.0 / 561);
    CHECK_CLOSE_TOL(karate(&f, ENT_NODE_BETWEENNESS, 1), 231.0714285714, 1e-9);
    CHECK_CLOSE_TOL(karate(&f, ENT_NODE_BETWEENNESS, 34), 160.5515873016, 1e-9);
    CHECK_CLOSE(karate(&f, ENT_NODE_CORENESS, 1), 4);
    CHECK_CLOSE(karate(&f, ENT_NODE_CORENESS, 12), 1);
    CHECK_CLOSE(karate(&f, ENT_NODE_DEGREE, 34), 17);
    CHECK_CLOSE_TOL(karate(&f, ENT_NODE_EIGENVECTOR, 34), 1, 1e-6);
    CHECK_CLOSE_TOL(karate(&f, ENT_NODE_EIGENVECTOR, 1), 0.9521323664, 1e-6);
    CHECK_CLOSE_TOL(karate(&f, ENT_NODE_PAGERANK, 34), 0.1009191823, 1e-6);
    CHECK_CLOSE_TOL(karate(&f, ENT_NODE_PAGERANK, 1), 0.0969972854, 1e-6);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_VERTEX_CONNECTIVITY), 1);
    CHECK_CLOSE(graph(&f, ENT_GRAPH_EDGE_CONNECTIVITY), 1);
    CHECK_UNDEFINED(graph(&f, ENT_GRAPH_TYPE_ASSORTATIVITY));
    /* Louvain's best partitions of the club score about 0.4188-0.4198. */
    CU_ASSERT_TRUE(graph(&f, ENT_GRAPH_MODULARITY) > 0.41 &&
                   graph(&f, ENT_GRAPH_MODULARITY) < 0.42);
    CU_ASSERT_TRUE(graph(&f, ENT_GRAPH_COMMUNITIES) == 4);
    release(&f);
}

/* The group of organization `id`, or NULL. */
static const ent_group_result_t *find_group(const fixture_t *f,
                                            const char *id) {
    size_t entity = 0;
    CU_ASSERT_FATAL(ent_snapshot_find_entity(f->snapshot, id, &entity));
    for (size_t g = 0; g < f->metrics.group_count; g++) {
        if (f->metrics.groups[g].organization == entity) {
            return &f->metrics.groups[g];
        }
    }
    return NULL;
}

/* The group of organization `id`; the test stops when there is none (a
 * fatal assertion, so that the callers never see NULL). */
static const ent_group_result_t *group(const fixture_t *f, const char *id) {
    const ent_group_result_t *found = find_group(f, id);
    if (found == NULL) {
        CU_FAIL_FATAL("no group of the organization");
        static const ent_group_result_t none = {0};
        return &none;
    }
    return found;
}

static const char *entity_id(const fixture_t *f, size_t entity) {
    return entity == ENT_NO_ENTITY
               ? "(none)"
               : ent_snapshot_entity(f->snapshot, entity)->id;
}

/*
 * groups.json, default network. Bloc O: members A, B, C, D (E frozen).
 * Internal ties A-B 1.3, A-C 0.6, B-C 0.2: density 3/6, mean 2.1/3;
 * external (O left out) D-F, C-F: E-I (2 - 3)/5. Strength among members
 * A 1.9, B 1.5, C 0.8, D 0: hub A with 1.9/2.1; without A, B-C and D: 2
 * components. Arms: A receives 0.8 + 0.6, F 0.9 + 0.3: top A, 1.4/4.
 * O convened S1 and S2: A (twice), B: 2/4; A, B, C: 3/4. Bloc Q: F alone, ties
 * only outside: E-I 1, the rest undefined. Bloc R: no active member, no group.
 */
static void groups_should_have_the_hand_computed_values(void) {
    fixture_t f;
    measure_file(&f, "metrics/groups.json");
    CU_ASSERT_EQUAL_FATAL(f.metrics.group_count, 2);
    CU_ASSERT_EQUAL_FATAL(f.metrics.event_count, 2);
    const ent_group_result_t *o = group(&f, "O");
    CU_ASSERT_EQUAL_FATAL(o->member_count, 4);
    CU_ASSERT_STRING_EQUAL(entity_id(&f, o->members[0]), "A");
    CU_ASSERT_STRING_EQUAL(entity_id(&f, o->members[3]), "D");
    CU_ASSERT_EQUAL_FATAL(o->frozen_count, 1);
    CU_ASSERT_STRING_EQUAL(entity_id(&f, o->frozen[0]), "E");
    CHECK_CLOSE(o->value[ENT_GROUP_INTERNAL_DENSITY], 0.5);
    CHECK_CLOSE(o->value[ENT_GROUP_MEAN_TIE_STRENGTH], 2.1 / 3);
    CHECK_CLOSE(o->value[ENT_GROUP_EI_INDEX], -0.2);
    CU_ASSERT_STRING_EQUAL(entity_id(&f, o->entity[ENT_GROUP_HUB]), "A");
    CHECK_CLOSE(o->value[ENT_GROUP_HUB_SHARE], 1.9 / 2.1);
    CHECK_CLOSE(o->value[ENT_GROUP_HUB_REMOVAL_COMPONENTS], 2);
    CU_ASSERT_STRING_EQUAL(entity_id(&f, o->entity[ENT_GROUP_TOP_SUPPLIER]),
                           "A");
    CHECK_CLOSE(o->value[ENT_GROUP_MEAN_SUPPLIER_DEPENDENCY], 0.35);
    CHECK_CLOSE(o->attendance[0], 0.5);
    CHECK_CLOSE(o->attendance[1], 0.75);
    const ent_group_result_t *q = group(&f, "Q");
    CU_ASSERT_EQUAL(q->member_count, 1);
    CHECK_UNDEFINED(q->value[ENT_GROUP_INTERNAL_DENSITY]);
    CHECK_UNDEFINED(q->value[ENT_GROUP_MEAN_TIE_STRENGTH]);
    CHECK_CLOSE(q->value[ENT_GROUP_EI_INDEX], 1);
    CU_ASSERT_EQUAL(q->entity[ENT_GROUP_HUB], ENT_NO_ENTITY);
    CHECK_UNDEFINED(q->value[ENT_GROUP_HUB_SHARE]);
    CHECK_UNDEFINED(q->value[ENT_GROUP_HUB_REMOVAL_COMPONENTS]);
    CU_ASSERT_EQUAL(q->entity[ENT_GROUP_TOP_SUPPLIER], ENT_NO_ENTITY);
    CHECK_UNDEFINED(q->value[ENT_GROUP_MEAN_SUPPLIER_DEPENDENCY]);
    /* O convened both summits: F is not scored on them. */
    CHECK_UNDEFINED(q->attendance[0]);
    CHECK_UNDEFINED(q->attendance[1]);
    CHECK_CLOSE(ent_group_attendance(&f.metrics, o), (0.5 + 0.75) / 2);
    CHECK_UNDEFINED(ent_group_attendance(&f.metrics, q));
    CU_ASSERT_PTR_NULL(find_group(&f, "R"));
    release(&f);
}

/*
 * The group metrics' one table: every metric has its row, named as
 * --metrics names it, and its value where its kind says (groups.json's
 * bloc O, hand-computed above). A metric added without a row, or with a
 * kind its value is not stored as, fails here.
 */
static void group_columns_should_say_where_each_value_is(void) {
    fixture_t f;
    measure_file(&f, "metrics/groups.json");
    const ent_group_result_t *o = group(&f, "O");
    CU_ASSERT_PTR_NULL(ent_group_column(ENT_GROUP_METRIC_COUNT));
    for (int i = 0; i < ENT_GROUP_METRIC_COUNT; i++) {
        ent_group_metric m = (ent_group_metric)i;
        const ent_group_column_t *column = ent_group_column(m);
        CU_ASSERT_PTR_NOT_NULL_FATAL(column);
        CU_ASSERT_PTR_NOT_NULL_FATAL(column->name);
        CU_ASSERT_STRING_EQUAL(column->name, ent_group_metric_name(m));
        size_t count = 99;
        const size_t *list = ent_group_entities(o, m, &count);
        const double *values = ent_group_per_event(o, m);
        CU_ASSERT_EQUAL(list != NULL, column->kind == ENT_GROUP_ENTITIES);
        CU_ASSERT_EQUAL(values != NULL, column->kind == ENT_GROUP_PER_EVENT);
        if (list == NULL) {
            CU_ASSERT_EQUAL(count, 0);
        }
        /* The slots of other kinds are left undefined. */
        CU_ASSERT_EQUAL(isnan(o->value[m]), column->kind != ENT_GROUP_NUMBER);
        CU_ASSERT_EQUAL(o->entity[m] == ENT_NO_ENTITY,
                        column->kind != ENT_GROUP_ENTITY);
    }
    /* As one number: a list's length, a per-event metric's mean, an
     * entity none. */
    CHECK_CLOSE(ent_group_number(&f.metrics, o, ENT_GROUP_SIZE), 4);
    CHECK_CLOSE(ent_group_number(&f.metrics, o, ENT_GROUP_MEMBERS), 4);
    CHECK_CLOSE(ent_group_number(&f.metrics, o, ENT_GROUP_FROZEN_MEMBERS), 1);
    CHECK_CLOSE(ent_group_number(&f.metrics, o, ENT_GROUP_ATTENDANCE),
                (0.5 + 0.75) / 2);
    CHECK_CLOSE(ent_group_number(&f.metrics, o, ENT_GROUP_HUB_SHARE),
                1.9 / 2.1);
    CHECK_UNDEFINED(ent_group_number(&f.metrics, o, ENT_GROUP_HUB));
    size_t count = 0;
    const size_t *frozen =
        ent_group_entities(o, ENT_GROUP_FROZEN_MEMBERS, &count);
    CU_ASSERT_EQUAL_FATAL(count, 1);
    CU_ASSERT_STRING_EQUAL(entity_id(&f, frozen[0]), "E");
    CHECK_CLOSE(ent_group_per_event(o, ENT_GROUP_ATTENDANCE)[1], 0.75);
    release(&f);
}

/* Louvain with the fixed seed: the same partition on every run. */
static void louvain_should_give_the_same_partition_every_run(void) {
    fixture_t a, b;
    measure_file(&a, "metrics/karate.json");
    measure_file(&b, "metrics/karate.json");
    for (size_t v = 0; v < ent_network_vertex_count(a.network); v++) {
        CU_ASSERT_EQUAL(a.metrics.node[ENT_NODE_COMMUNITY][v],
                        b.metrics.node[ENT_NODE_COMMUNITY][v]);
    }
    CU_ASSERT_EQUAL(a.metrics.graph[ENT_GRAPH_MODULARITY],
                    b.metrics.graph[ENT_GRAPH_MODULARITY]);
    release(&a);
    release(&b);
}

/* --metrics: only the named ones; the rest is not computed. */
static void metrics_option_should_compute_only_the_named_metrics(void) {
    ent_metrics_options_t options;
    ent_metrics_options_init(&options);
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    CU_ASSERT_EQUAL(
        ent_metrics_options_parse(&options, "degree,density,hub_share", &diags),
        ENT_OK);
    CU_ASSERT_TRUE(options.named);
    CU_ASSERT_TRUE(options.wanted.node[ENT_NODE_DEGREE]);
    CU_ASSERT_FALSE(options.wanted.node[ENT_NODE_BETWEENNESS]);
    CU_ASSERT_TRUE(options.wanted.graph[ENT_GRAPH_DENSITY]);
    CU_ASSERT_FALSE(options.wanted.graph[ENT_GRAPH_DIAMETER]);
    CU_ASSERT_TRUE(options.wanted.group[ENT_GROUP_HUB_SHARE]);
    CU_ASSERT_EQUAL(
        ent_metrics_options_parse(&options, "degree,pagerak", &diags),
        ENT_EUSAGE);
    CU_ASSERT_EQUAL_FATAL(diags.count, 1);
    CU_ASSERT_STRING_EQUAL(diags.items[0].message,
                           "unknown metric \"pagerak\" (see 'entente metrics "
                           "--help' for the names)");
    ent_diag_list_destroy(&diags);
}

/* Above the threshold, unnamed all-pairs measures are skipped, with a note. */
static void large_networks_should_skip_costly_measures_with_a_note(void) {
    fixture_t f;
    f.snapshot = make_snapshot("SABCD", star, 4, 0);
    ent_network_options_t options;
    ent_network_options_init(&options);
    ent_network_options_parse(&options, "layer", "tie", NULL);
    CU_ASSERT_EQUAL_FATAL(
        ent_network_build(&f.network, f.snapshot, &options, NULL), ENT_OK);
    ent_network_options_destroy(&options);
    ent_metrics_options_t mopts;
    ent_metrics_options_init(&mopts);
    mopts.large_nodes = 4;
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    mopts.exact = 1; /* else betweenness is sampled: below */
    CU_ASSERT_EQUAL_FATAL(
        ent_metrics_compute(&f.metrics, f.network, &mopts, &diags), ENT_OK);
    CU_ASSERT_FALSE(f.metrics.computed.node[ENT_NODE_BETWEENNESS]);
    CU_ASSERT_FALSE(f.metrics.computed.graph[ENT_GRAPH_DIAMETER]);
    CU_ASSERT_TRUE(f.metrics.computed.node[ENT_NODE_PAGERANK]);
    CU_ASSERT_EQUAL_FATAL(diags.count, 1);
    CU_ASSERT_EQUAL(diags.items[0].severity, ENT_SEVERITY_NOTE);
    CU_ASSERT_STRING_EQUAL(
        diags.items[0].message,
        "5 nodes (above 4): skipped the all-pairs measures betweenness, "
        "closeness, constraint, diameter, average_path_length, "
        "diameter_hops, average_path_length_hops, betweenness_centralization, "
        "closeness_centralization, vertex_connectivity, edge_connectivity; "
        "name them with --metrics to compute them");
    ent_diag_list_destroy(&diags);
    ent_metrics_destroy(&f.metrics);
    /* Without --exact, betweenness is not skipped: exact here, where
     * sampling would draw more than 10 pairs per node (about 20,000 for
     * 5 nodes), so exact is cheaper... */
    mopts.exact = 0;
    ent_diag_list_init(&diags);
    CU_ASSERT_EQUAL_FATAL(
        ent_metrics_compute(&f.metrics, f.network, &mopts, &diags), ENT_OK);
    CU_ASSERT_FALSE(f.metrics.sampling.sampled);
    CU_ASSERT_EQUAL(node(&f, ENT_NODE_BETWEENNESS, 'S'), 6);
    CU_ASSERT_EQUAL(diags.count, 1);
    ent_diag_list_destroy(&diags);
    ent_metrics_destroy(&f.metrics);
    /* ...and sampled when asked (--epsilon): the star's centre lies on
     * the 6 pairs of leaves (every sample between two leaves passes
     * it), a leaf on none. */
    mopts.sample = 1;
    ent_diag_list_init(&diags);
    CU_ASSERT_EQUAL_FATAL(
        ent_metrics_compute(&f.metrics, f.network, &mopts, &diags), ENT_OK);
    CU_ASSERT_TRUE(f.metrics.computed.node[ENT_NODE_BETWEENNESS]);
    CU_ASSERT_TRUE(
        f.metrics.computed.graph[ENT_GRAPH_BETWEENNESS_CENTRALIZATION]);
    CU_ASSERT_TRUE(f.metrics.sampling.sampled);
    CU_ASSERT_TRUE(fabs(node(&f, ENT_NODE_BETWEENNESS, 'S') - 6) <=
                   f.metrics.sampling.bound);
    CU_ASSERT_TRUE(node(&f, ENT_NODE_BETWEENNESS, 'S') > 0);
    CU_ASSERT_EQUAL(node(&f, ENT_NODE_BETWEENNESS, 'A'), 0);
    CU_ASSERT_STRING_EQUAL(
        ent_metrics_node_label(&f.metrics, ENT_NODE_BETWEENNESS),
        "betweenness_sampled");
    CU_ASSERT_EQUAL_FATAL(diags.count, 2);
    CU_ASSERT_STRING_EQUAL(
        diags.items[0].message,
        "5 nodes (above 4): skipped the all-pairs measures "
        "closeness, constraint, diameter, average_path_length, "
        "diameter_hops, average_path_length_hops, "
        "closeness_centralization, vertex_connectivity, edge_connectivity; "
        "name them with --metrics to compute them; betweenness is sampled "
        "when that is cheaper (--exact for exact values)");
    char expected[256];
    snprintf(expected, sizeof expected,
             "betweenness sampled (Riondato-Kornaropoulos, %zu samples, seed "
             "1): with probability 0.95 every value is within 0.1 of the "
             "exact one (epsilon 0.01)",
             f.metrics.sampling.samples);
    CU_ASSERT_STRING_EQUAL(diags.items[1].message, expected);
    CU_ASSERT_EQUAL(diags.items[1].severity, ENT_SEVERITY_NOTE);
    ent_diag_list_destroy(&diags);
    release(&f);
}

int register_metrics_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(star_should_have_the_hand_computed_values),
        TEST_CASE(path_should_have_the_hand_computed_values),
        TEST_CASE(triangle_with_pendant_should_have_the_hand_computed_values),
        TEST_CASE(components_and_isolate_should_count_only_connected_pairs),
        TEST_CASE(inverse_lengths_should_change_which_path_is_shortest),
        TEST_CASE(neglog_lengths_should_prefer_products_of_strong_ties),
        TEST_CASE(neglog_length_zero_should_be_a_clear_error),
        TEST_CASE(directed_cycle_should_have_the_hand_computed_values),
        TEST_CASE(louvain_should_split_two_joined_triangles),
        TEST_CASE(empty_and_single_node_networks_should_leave_undefined_values),
        TEST_CASE(karate_club_should_match_its_published_values),
        TEST_CASE(louvain_should_give_the_same_partition_every_run),
        TEST_CASE(groups_should_have_the_hand_computed_values),
        TEST_CASE(group_columns_should_say_where_each_value_is),
        TEST_CASE(metrics_option_should_compute_only_the_named_metrics),
        TEST_CASE(large_networks_should_skip_costly_measures_with_a_note),
    };
    return add_suite("metrics", NULL, NULL, tests,
                     sizeof tests / sizeof tests[0]);
}
