/*
 * Unit tests of the network builder: nodes, merged edges and their
 * relations, layer weights, statuses, direction, projections, distances,
 * and the exact messages of bad options.
 */
#include <CUnit/CUnit.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "entente/network.h"
#include "entente/load.h"
#include "suites.h"

static ent_snapshot_t *load(const char *name) {
    ent_snapshot_t *snapshot = NULL;
    CU_ASSERT_EQUAL_FATAL(
        ent_snapshot_load_file(&snapshot, test_data_path(name), NULL, NULL),
        ENT_OK);
    return snapshot;
}

/* Builds with the options given as name/value pairs, NULL-terminated. */
static ent_status build(ent_network_t **network, const ent_snapshot_t *snapshot,
                        int directed, ent_diag_list_t *diags,
                        const char *const *pairs) {
    ent_network_options_t options;
    CU_ASSERT_EQUAL_FATAL(ent_network_options_init(&options), ENT_OK);
    for (size_t i = 0; pairs != NULL && pairs[i] != NULL; i += 2) {
        CU_ASSERT_EQUAL_FATAL(
            ent_network_options_parse(&options, pairs[i], pairs[i + 1], NULL),
            ENT_OK);
    }
    options.directed = directed;
    ent_status status = ent_network_build(network, snapshot, &options, diags);
    ent_network_options_destroy(&options);
    return status;
}

static size_t vertex(const ent_network_t *network, const char *id) {
    size_t entity = 0;
    CU_ASSERT_FATAL(
        ent_snapshot_find_entity(ent_network_snapshot(network), id, &entity));
    return ent_network_entity_vertex(network, entity);
}

/* The weight of edge a-b (a->b when directed), or -1 when there is none. */
static double weight(const ent_network_t *network, const char *a,
                     const char *b) {
    size_t edge = 0;
    return ent_network_find_edge(network, vertex(network, a),
                                 vertex(network, b), 0, &edge)
               ? ent_network_edge_weight(network, edge)
               : -1;
}

/*
 * groups.json, default layers and status: the states A-F (E an isolate:
 * its only membership is frozen), O and Q; R's only membership is former
 * and the events are in no chosen layer. A-B merges arms 0.8 and border
 * 0.5; D-F arms 0.9 and border 0.4.
 */
static void build_should_merge_relations_of_one_pair_into_one_edge(void) {
    ent_snapshot_t *snapshot = load("metrics/groups.json");
    ent_network_t *network = NULL;
    CU_ASSERT_EQUAL_FATAL(build(&network, snapshot, 0, NULL, NULL), ENT_OK);
    CU_ASSERT_EQUAL(ent_network_vertex_count(network), 8);
    CU_ASSERT_EQUAL(ent_network_edge_count(network), 10);
    CU_ASSERT_NOT_EQUAL(vertex(network, "E"), ENT_NO_VERTEX);
    CU_ASSERT_EQUAL(vertex(network, "R"), ENT_NO_VERTEX);
    CU_ASSERT_EQUAL(vertex(network, "S1"), ENT_NO_VERTEX);
    CU_ASSERT_DOUBLE_EQUAL(weight(network, "A", "B"), 1.3, 1e-12);
    CU_ASSERT_DOUBLE_EQUAL(weight(network, "F", "D"), 1.3, 1e-12);
    CU_ASSERT_DOUBLE_EQUAL(weight(network, "O", "C"), 1, 1e-12);
    CU_ASSERT_DOUBLE_EQUAL(weight(network, "E", "O"), -1, 0);
    /* The relations behind A-B: arms (index 7) then border (index 11). */
    size_t eid = 0;
    CU_ASSERT_FATAL(ent_network_find_edge(network, vertex(network, "A"),
                                          vertex(network, "B"), 0, &eid));
    size_t count = 0;
    const size_t *relations = ent_network_edge_relations(network, eid, &count);
    CU_ASSERT_EQUAL_FATAL(count, 2);
    CU_ASSERT_EQUAL(relations[0], 7);
    CU_ASSERT_EQUAL(relations[1], 11);
    /* Lengths are 1/weight by default. */
    CU_ASSERT_DOUBLE_EQUAL(ent_network_edge_length(network, eid), 1 / 1.3,
                           1e-12);
    ent_network_destroy(network);
    ent_snapshot_free(snapshot);
}

static void build_should_apply_layer_weights_and_statuses(void) {
    ent_snapshot_t *snapshot = load("metrics/groups.json");
    ent_network_t *network = NULL;
    const char *const weighted[] = {"weight", "border_risk=2", NULL};
    CU_ASSERT_EQUAL_FATAL(build(&network, snapshot, 0, NULL, weighted), ENT_OK);
    CU_ASSERT_DOUBLE_EQUAL(weight(network, "A", "B"), 0.8 + 2 * 0.5, 1e-12);
    ent_network_destroy(network);
    const char *const frozen[] = {"status", "active,frozen", NULL};
    CU_ASSERT_EQUAL_FATAL(build(&network, snapshot, 0, NULL, frozen), ENT_OK);
    CU_ASSERT_EQUAL(ent_network_edge_count(network), 11);
    CU_ASSERT_DOUBLE_EQUAL(weight(network, "E", "O"), 1, 1e-12);
    CU_ASSERT_EQUAL(vertex(network, "R"), ENT_NO_VERTEX);
    ent_network_destroy(network);
    const char *const layer[] = {"layer", "attends", NULL};
    CU_ASSERT_EQUAL_FATAL(build(&network, snapshot, 0, NULL, layer), ENT_OK);
    /* Six states, two events; A attends S1 twice: one edge of weight 2. */
    CU_ASSERT_EQUAL(ent_network_vertex_count(network), 8);
    CU_ASSERT_EQUAL(ent_network_edge_count(network), 5);
    CU_ASSERT_DOUBLE_EQUAL(weight(network, "A", "S1"), 2, 1e-12);
    CU_ASSERT_EQUAL(vertex(network, "O"), ENT_NO_VERTEX);
    ent_network_destroy(network);
    ent_snapshot_free(snapshot);
}

/*
 * Directed: arms keep their direction, each border_risk gives two arcs;
 * B->A merges arms 0.8 and border 0.5, A->B is the border's 0.5 alone.
 * 5 memberships + B->A, A->B, C->A, D->F, F->D, C->F, B->C, C->B.
 */
static void
directed_build_should_keep_directions_and_double_undirected_types(void) {
    ent_snapshot_t *snapshot = load("metrics/groups.json");
    ent_network_t *network = NULL;
    CU_ASSERT_EQUAL_FATAL(build(&network, snapshot, 1, NULL, NULL), ENT_OK);
    CU_ASSERT_TRUE(ent_network_is_directed(network));
    CU_ASSERT_EQUAL(ent_network_edge_count(network), 13);
    CU_ASSERT_DOUBLE_EQUAL(weight(network, "B", "A"), 1.3, 1e-12);
    CU_ASSERT_DOUBLE_EQUAL(weight(network, "A", "B"), 0.5, 1e-12);
    CU_ASSERT_DOUBLE_EQUAL(weight(network, "A", "C"), -1, 0);
    CU_ASSERT_DOUBLE_EQUAL(weight(network, "A", "O"), 1, 1e-12);
    CU_ASSERT_DOUBLE_EQUAL(weight(network, "O", "A"), -1, 0);
    ent_network_destroy(network);
    ent_snapshot_free(snapshot);
}

/*
 * twomode.json: A and B share X and Y, A-C and B-C share Y; C's Z
 * membership is frozen, so D is an isolate until frozen counts.
 */
static void projection_should_count_shared_organizations(void) {
    ent_snapshot_t *snapshot = load("metrics/twomode.json");
    ent_network_t *network = NULL;
    const char *const states[] = {"project", "state", NULL};
    CU_ASSERT_EQUAL_FATAL(build(&network, snapshot, 0, NULL, states), ENT_OK);
    CU_ASSERT_EQUAL(ent_network_vertex_count(network), 4);
    CU_ASSERT_EQUAL(ent_network_edge_count(network), 3);
    CU_ASSERT_DOUBLE_EQUAL(weight(network, "A", "B"), 2, 1e-12);
    CU_ASSERT_DOUBLE_EQUAL(weight(network, "A", "C"), 1, 1e-12);
    CU_ASSERT_DOUBLE_EQUAL(weight(network, "B", "C"), 1, 1e-12);
    CU_ASSERT_DOUBLE_EQUAL(weight(network, "C", "D"), -1, 0);
    CU_ASSERT_EQUAL(vertex(network, "X"), ENT_NO_VERTEX);
    CU_ASSERT_EQUAL(ent_network_layer_count(network), 1);
    /* A-B stands on four memberships: A in X, B in X, A in Y, B in Y. */
    size_t count = 0;
    ent_network_edge_relations(network, 0, &count);
    CU_ASSERT_EQUAL(count, 4);
    ent_network_destroy(network);
    const char *const frozen[] = {"project", "state", "status", "active,frozen",
                                  NULL};
    CU_ASSERT_EQUAL_FATAL(build(&network, snapshot, 0, NULL, frozen), ENT_OK);
    CU_ASSERT_DOUBLE_EQUAL(weight(network, "C", "D"), 1, 1e-12);
    ent_network_destroy(network);
    const char *const organizations[] = {"project", "organization", NULL};
    CU_ASSERT_EQUAL_FATAL(build(&network, snapshot, 0, NULL, organizations),
                          ENT_OK);
    CU_ASSERT_EQUAL(ent_network_vertex_count(network), 3);
    CU_ASSERT_EQUAL(ent_network_edge_count(network), 1);
    CU_ASSERT_DOUBLE_EQUAL(weight(network, "X", "Y"), 2, 1e-12);
    CU_ASSERT_EQUAL(vertex(network, "A"), ENT_NO_VERTEX);
    ent_network_destroy(network);
    ent_snapshot_free(snapshot);
}

static void distances_should_turn_weights_into_lengths(void) {
    ent_snapshot_t *snapshot = load("metrics/twomode.json");
    ent_network_t *network = NULL;
    const char *const neglog[] = {"project", "organization", "distance", "unit",
                                  NULL};
    CU_ASSERT_EQUAL_FATAL(build(&network, snapshot, 0, NULL, neglog), ENT_OK);
    CU_ASSERT_DOUBLE_EQUAL(ent_network_edge_length(network, 0), 1, 0);
    ent_network_destroy(network);
    ent_snapshot_free(snapshot);
    snapshot = load("valid.json");
    const char *const log_lengths[] = {"distance", "neglog", "layer",
                                       "arms_dependency", NULL};
    CU_ASSERT_EQUAL_FATAL(build(&network, snapshot, 0, NULL, log_lengths),
                          ENT_OK);
    CU_ASSERT_EQUAL_FATAL(ent_network_edge_count(network), 1);
    CU_ASSERT_DOUBLE_EQUAL(ent_network_edge_length(network, 0), -log(0.75),
                           1e-15);
    ent_network_destroy(network);
    ent_snapshot_free(snapshot);
}

/*
 * The queries on groups.json (see above): vertices are the entities A-F,
 * O, Q in file order (entity i is vertex i), R is none; built with the
 * default options. Undirected A-B stores B (vertex 1) as its `from`.
 */
static void queries_should_answer_from_the_built_network(void) {
    ent_snapshot_t *snapshot = load("metrics/groups.json");
    ent_network_t *network = NULL;
    CU_ASSERT_EQUAL_FATAL(build(&network, snapshot, 0, NULL, NULL), ENT_OK);
    CU_ASSERT_PTR_EQUAL(ent_network_snapshot(network), snapshot);
    for (size_t v = 0; v < 8; v++) {
        CU_ASSERT_EQUAL(ent_network_vertex_entity_index(network, v), v);
        CU_ASSERT_EQUAL(ent_network_entity_vertex(network, v), v);
    }
    CU_ASSERT_STRING_EQUAL(ent_network_vertex_entity(network, 6)->id, "O");
    CU_ASSERT_EQUAL(ent_network_entity_vertex(network, 8), ENT_NO_VERTEX);
    size_t edge = 99;
    CU_ASSERT_FATAL(ent_network_find_edge(network, 0, 1, 0, &edge));
    CU_ASSERT_EQUAL(ent_network_edge_from(network, edge), 1);
    CU_ASSERT_EQUAL(ent_network_edge_to(network, edge), 0);
    CU_ASSERT_DOUBLE_EQUAL(ent_network_edge_weight(network, edge), 1.3, 1e-12);
    size_t reverse = 99;
    CU_ASSERT_TRUE(ent_network_find_edge(network, 1, 0, 0, &reverse));
    CU_ASSERT_EQUAL(reverse, edge);
    /* No edge, a vertex out of range or none: not found, *edge untouched. */
    edge = 99;
    CU_ASSERT_FALSE(ent_network_find_edge(network, 4, 6, 1, &edge));
    CU_ASSERT_FALSE(ent_network_find_edge(network, ENT_NO_VERTEX, 0, 1, &edge));
    CU_ASSERT_FALSE(ent_network_find_edge(network, 0, 8, 1, &edge));
    CU_ASSERT_EQUAL(edge, 99);
    /* The options it was built with: the defaults, resolved. */
    const char *const layers[] = {"member_of", "arms_dependency",
                                  "border_risk"};
    CU_ASSERT_EQUAL_FATAL(ent_network_layer_count(network), 3);
    for (size_t k = 0; k < 3; k++) {
        size_t type = 0;
        CU_ASSERT_FATAL(
            ent_snapshot_find_relation_type(snapshot, layers[k], &type));
        CU_ASSERT_EQUAL(ent_network_layer(network, k), type);
        CU_ASSERT_DOUBLE_EQUAL(ent_network_layer_weight(network, k), 1, 0);
    }
    CU_ASSERT_TRUE(ent_network_has_status(network, ENT_MEMBERSHIP_ACTIVE));
    CU_ASSERT_TRUE(ent_network_has_status(network, ENT_MEMBERSHIP_UNSPECIFIED));
    CU_ASSERT_FALSE(ent_network_has_status(network, ENT_MEMBERSHIP_FROZEN));
    CU_ASSERT_FALSE(ent_network_is_directed(network));
    CU_ASSERT_EQUAL(ent_network_projection(network), ENT_PROJECT_NONE);
    CU_ASSERT_EQUAL(ent_network_distance(network), ENT_DISTANCE_INVERSE);
    ent_network_destroy(network);
    ent_network_destroy(NULL); /* does nothing */
    ent_snapshot_free(snapshot);
}

/* Directed, B->A is arms 0.8 + border 0.5 and A->B border 0.5 alone (see
 * above); C->A is arms 0.6 with no A->C: found only either way. */
static void find_edge_should_follow_direction_unless_asked_either_way(void) {
    ent_snapshot_t *snapshot = load("metrics/groups.json");
    ent_network_t *network = NULL;
    CU_ASSERT_EQUAL_FATAL(build(&network, snapshot, 1, NULL, NULL), ENT_OK);
    size_t edge = 0;
    CU_ASSERT_FATAL(ent_network_find_edge(network, 1, 0, 0, &edge));
    CU_ASSERT_DOUBLE_EQUAL(ent_network_edge_weight(network, edge), 1.3, 1e-12);
    CU_ASSERT_FATAL(ent_network_find_edge(network, 0, 1, 0, &edge));
    CU_ASSERT_DOUBLE_EQUAL(ent_network_edge_weight(network, edge), 0.5, 1e-12);
    CU_ASSERT_FALSE(ent_network_find_edge(network, 0, 2, 0, &edge));
    CU_ASSERT_FATAL(ent_network_find_edge(network, 0, 2, 1, &edge));
    CU_ASSERT_EQUAL(ent_network_edge_from(network, edge), 2);
    CU_ASSERT_EQUAL(ent_network_edge_to(network, edge), 0);
    CU_ASSERT_DOUBLE_EQUAL(ent_network_edge_weight(network, edge), 0.6, 1e-12);
    CU_ASSERT_DOUBLE_EQUAL(ent_network_edge_length(network, edge), 1 / 0.6,
                           1e-12);
    ent_network_destroy(network);
    ent_snapshot_free(snapshot);
}

/* Exact messages; each leaves nothing to free. */
static void build_should_reject_bad_layers_and_weights_with_clear_errors(void) {
    ent_snapshot_t *snapshot = load("metrics/groups.json");
    ent_network_t *network = NULL;
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    const char *const unknown[] = {"layer", "member_of,alliance", NULL};
    CU_ASSERT_EQUAL(build(&network, snapshot, 0, &diags, unknown), ENT_EUSAGE);
    CU_ASSERT_PTR_NULL(network);
    const char *const stray[] = {"weight", "leads=2", NULL};
    CU_ASSERT_EQUAL(build(&network, snapshot, 0, &diags, stray), ENT_EUSAGE);
    CU_ASSERT_PTR_NULL(network);
    const char *const neglog[] = {"distance", "neglog", NULL};
    CU_ASSERT_EQUAL(build(&network, snapshot, 0, &diags, neglog), ENT_EINPUT);
    CU_ASSERT_PTR_NULL(network);
    CU_ASSERT_EQUAL_FATAL(diags.count, 3);
    CU_ASSERT_STRING_EQUAL(
        diags.items[0].message,
        "unknown layer \"alliance\" (known: member_of, leads, chairs, hosts, "
        "attends, absent_from, arms_dependency, border_risk, borders, "
        "national_of, "
        "threatens)");
    CU_ASSERT_STRING_EQUAL(diags.items[1].message,
                           "--weight names \"leads\", which is not a chosen "
                           "layer");
    CU_ASSERT_STRING_EQUAL(diags.items[2].message,
                           "--distance neglog needs edge weights in (0, 1], "
                           "but the edge \"A\" - \"B\" has weight 1.3");
    ent_diag_list_destroy(&diags);
    ent_snapshot_free(snapshot);
}

static void options_should_reject_malformed_values_with_clear_errors(void) {
    static const struct {
        const char *name, *value, *message;
    } cases[] = {
        {"status", "active,paused",
         "unknown status \"paused\" (known: active, observer, frozen, "
         "suspended, former)"},
        {"distance", "log",
         "--distance takes inverse, neglog or unit, found "
         "\"log\""},
        {"project", "none",
         "--project takes state or organization, found "
         "\"none\""},
        {"weight", "border_risk",
         "--weight takes TYPE=W with W a number from 1e-12 to 1e+12, "
         "found \"border_risk\""},
        {"weight", "border_risk=0",
         "--weight takes TYPE=W with W a number from 1e-12 to 1e+12, "
         "found \"border_risk=0\""},
        {"weight", "=2",
         "--weight takes TYPE=W with W a number from 1e-12 to 1e+12, "
         "found \"=2\""},
        /* Subnormal, as files refuse it (issue 17), and past the top. */
        {"weight", "border_risk=1e-310",
         "--weight takes TYPE=W with W a number from 1e-12 to 1e+12, "
         "found \"border_risk=1e-310\""},
        {"weight", "border_risk=2e12",
         "--weight takes TYPE=W with W a number from 1e-12 to 1e+12, "
         "found \"border_risk=2e12\""},
        {"layer", "member_of,,leads",
         "--layer needs relation type names "
         "separated by commas, found "
         "\"member_of,,leads\""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ent_network_options_t options;
        ent_diag_list_t diags;
        ent_diag_list_init(&diags);
        CU_ASSERT_EQUAL_FATAL(ent_network_options_init(&options), ENT_OK);
        CU_ASSERT_EQUAL(ent_network_options_parse(&options, cases[i].name,
                                                  cases[i].value, &diags),
                        ENT_EUSAGE);
        CU_ASSERT_EQUAL_FATAL(diags.count, 1);
        CU_ASSERT_STRING_EQUAL(diags.items[0].message, cases[i].message);
        ent_diag_list_destroy(&diags);
        ent_network_options_destroy(&options);
    }
}

static void options_should_default_to_the_alliance_view(void) {
    ent_network_options_t options;
    CU_ASSERT_EQUAL_FATAL(ent_network_options_init(&options), ENT_OK);
    CU_ASSERT_EQUAL_FATAL(options.layer_count, 3);
    CU_ASSERT_STRING_EQUAL(options.layers[0], "member_of");
    CU_ASSERT_STRING_EQUAL(options.layers[1], "arms_dependency");
    CU_ASSERT_STRING_EQUAL(options.layers[2], "border_risk");
    CU_ASSERT_TRUE(options.statuses[ENT_MEMBERSHIP_ACTIVE]);
    CU_ASSERT_TRUE(options.statuses[ENT_MEMBERSHIP_UNSPECIFIED]);
    CU_ASSERT_FALSE(options.statuses[ENT_MEMBERSHIP_FROZEN]);
    CU_ASSERT_EQUAL(options.distance, ENT_DISTANCE_INVERSE);
    CU_ASSERT_EQUAL(options.projection, ENT_PROJECT_NONE);
    CU_ASSERT_FALSE(options.directed);
    ent_network_options_destroy(&options);
}

int register_network_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(build_should_merge_relations_of_one_pair_into_one_edge),
        TEST_CASE(build_should_apply_layer_weights_and_statuses),
        TEST_CASE(
            directed_build_should_keep_directions_and_double_undirected_types),
        TEST_CASE(projection_should_count_shared_organizations),
        TEST_CASE(distances_should_turn_weights_into_lengths),
        TEST_CASE(queries_should_answer_from_the_built_network),
        TEST_CASE(find_edge_should_follow_direction_unless_asked_either_way),
        TEST_CASE(build_should_reject_bad_layers_and_weights_with_clear_errors),
        TEST_CASE(options_should_reject_malformed_values_with_clear_errors),
        TEST_CASE(options_should_default_to_the_alliance_view),
    };
    return add_suite("build", NULL, NULL, tests,
                     sizeof tests / sizeof tests[0]);
}
