/*
 * The compact rows of metrics_csr.c on a small graph checked by hand: a
 * loop, a multi-edge and a pair of vertices joined both ways, read
 * directed (out, in, both), as undirected, with and without loops and
 * values; each row in edge order. And the undirected rows with loops
 * against igraph_neighbors(IGRAPH_ALL), as multisets, on random graphs.
 */
#include <CUnit/CUnit.h>
#include <stdlib.h>

#include "metrics/metrics_csr.h"
#include "suites.h"

int register_metrics_csr_tests(void);

/* 0 -> 1 (1.5), 1 -> 2 (2.5), 2 -> 2 (3.5, a loop), 1 -> 0 (4.5),
 * 0 -> 1 (5.5, again), 3 -> 0 (6.5). */
enum { VERTICES = 4, EDGES = 6 };
static const igraph_integer_t ends[2 * EDGES] = {0, 1, 1, 2, 2, 2,
                                                 1, 0, 0, 1, 3, 0};
static const double weights[EDGES] = {1.5, 2.5, 3.5, 4.5, 5.5, 6.5};

static void hand_graph(igraph_t *g, igraph_vector_t *values, int directed) {
    igraph_vector_int_t edges;
    CU_ASSERT_FATAL(igraph_vector_int_init_array(&edges, ends, 2 * EDGES) == 0);
    CU_ASSERT_FATAL(igraph_create(g, &edges, VERTICES, directed) == 0);
    igraph_vector_int_destroy(&edges);
    igraph_vector_view(values, weights, EDGES);
}

/* Asserts that `a` has rows `start` (n + 1), heads and values (values
 * NULL: `a` has none). */
static void expect_rows(const ent_csr_arcs_t *a, const int32_t *start,
                        const int32_t *head, const double *value) {
    CU_ASSERT_FATAL(a->start != NULL && a->head != NULL);
    for (int v = 0; v <= VERTICES; v++) {
        CU_ASSERT_EQUAL(a->start[v], start[v]);
    }
    for (int32_t k = 0; k < start[VERTICES]; k++) {
        CU_ASSERT_EQUAL(a->head[k], head[k]);
        if (value != NULL) {
            CU_ASSERT_EQUAL(a->value[k], value[k]);
        }
    }
    CU_ASSERT((a->value == NULL) == (value == NULL));
}

static void
directed_rows_should_list_arcs_by_tail_and_head_in_edge_order(void) {
    igraph_t g;
    igraph_vector_t values;
    ent_csr_t c;
    hand_graph(&g, &values, 1);
    CU_ASSERT_EQUAL(ent_csr_init(&c, &g, &values, ENT_CSR_OUT | ENT_CSR_IN), 0);
    CU_ASSERT_EQUAL(c.n, VERTICES);
    CU_ASSERT_EQUAL(c.directed, 1);
    /* the loop left out; the multi-edge twice, in edge order */
    expect_rows(&c.out, (const int32_t[]){0, 2, 4, 4, 5},
                (const int32_t[]){1, 1, 2, 0, 0},
                (const double[]){1.5, 5.5, 2.5, 4.5, 6.5});
    expect_rows(&c.in, (const int32_t[]){0, 2, 4, 5, 5},
                (const int32_t[]){1, 3, 0, 0, 1},
                (const double[]){4.5, 6.5, 1.5, 5.5, 2.5});
    ent_csr_destroy(&c);
    /* loops kept: once at each end */
    CU_ASSERT_EQUAL(
        ent_csr_init(&c, &g, &values, ENT_CSR_OUT | ENT_CSR_IN | ENT_CSR_LOOPS),
        0);
    expect_rows(&c.out, (const int32_t[]){0, 2, 4, 5, 6},
                (const int32_t[]){1, 1, 2, 0, 2, 0},
                (const double[]){1.5, 5.5, 2.5, 4.5, 3.5, 6.5});
    expect_rows(&c.in, (const int32_t[]){0, 2, 4, 6, 6},
                (const int32_t[]){1, 3, 0, 0, 1, 2},
                (const double[]){4.5, 6.5, 1.5, 5.5, 2.5, 3.5});
    ent_csr_destroy(&c);
    igraph_destroy(&g);
}

static void one_direction_should_leave_the_other_empty(void) {
    igraph_t g;
    igraph_vector_t values;
    ent_csr_t c;
    hand_graph(&g, &values, 1);
    CU_ASSERT_EQUAL(ent_csr_init(&c, &g, NULL, ENT_CSR_IN), 0);
    expect_rows(&c.in, (const int32_t[]){0, 2, 4, 5, 5},
                (const int32_t[]){1, 3, 0, 0, 1}, NULL);
    CU_ASSERT(c.out.start == NULL && c.out.head == NULL);
    ent_csr_destroy(&c);
    CU_ASSERT_EQUAL(ent_csr_init(&c, &g, &values, ENT_CSR_OUT), 0);
    expect_rows(&c.out, (const int32_t[]){0, 2, 4, 4, 5},
                (const int32_t[]){1, 1, 2, 0, 0},
                (const double[]){1.5, 5.5, 2.5, 4.5, 6.5});
    CU_ASSERT(c.in.start == NULL && c.in.head == NULL);
    ent_csr_destroy(&c);
    igraph_destroy(&g);
}

/* Row v: every edge at v in edge order, the other end as head. */
static const int32_t both_start[] = {0, 4, 8, 9, 10};
static const int32_t both_head[] = {1, 1, 1, 3, 0, 2, 0, 0, 1, 0};
static const double both_value[] = {1.5, 4.5, 5.5, 6.5, 1.5,
                                    2.5, 4.5, 5.5, 2.5, 6.5};

static void undirected_rows_should_hold_each_edge_at_both_ends(void) {
    for (int directed = 0; directed < 2; directed++) {
        igraph_t g;
        igraph_vector_t values;
        ent_csr_t c;
        hand_graph(&g, &values, directed);
        /* a directed graph read as undirected is the undirected graph */
        unsigned view = ENT_CSR_OUT | ENT_CSR_IN | ENT_CSR_UNDIRECTED;
        CU_ASSERT_EQUAL(ent_csr_init(&c, &g, &values, view), 0);
        CU_ASSERT_EQUAL(c.directed, 0);
        expect_rows(&c.out, both_start, both_head, both_value);
        CU_ASSERT(c.in.start == c.out.start && c.in.head == c.out.head &&
                  c.in.value == c.out.value);
        ent_csr_destroy(&c);
        /* loops kept: twice in their row, as igraph_neighbors has them */
        CU_ASSERT_EQUAL(ent_csr_init(&c, &g, &values, view | ENT_CSR_LOOPS), 0);
        expect_rows(&c.out, (const int32_t[]){0, 4, 8, 11, 12},
                    (const int32_t[]){1, 1, 1, 3, 0, 2, 0, 0, 1, 2, 2, 0},
                    (const double[]){1.5, 4.5, 5.5, 6.5, 1.5, 2.5, 4.5, 5.5,
                                     2.5, 3.5, 3.5, 6.5});
        ent_csr_destroy(&c);
        igraph_destroy(&g);
    }
}

static void graphs_without_edges_should_give_empty_rows(void) {
    igraph_t g;
    ent_csr_t c;
    for (igraph_integer_t n = 0; n < 3; n += 2) {
        CU_ASSERT_FATAL(igraph_empty(&g, n, IGRAPH_DIRECTED) == 0);
        CU_ASSERT_EQUAL(ent_csr_init(&c, &g, NULL, ENT_CSR_OUT | ENT_CSR_IN),
                        0);
        for (igraph_integer_t v = 0; v <= n; v++) {
            CU_ASSERT_EQUAL(c.out.start[v], 0);
            CU_ASSERT_EQUAL(c.in.start[v], 0);
        }
        ent_csr_destroy(&c);
        igraph_destroy(&g);
    }
    ent_csr_destroy(&c); /* again, on the zeroed rows: nothing */
}

static int by_value(const void *x, const void *y) {
    int32_t a = *(const int32_t *)x, b = *(const int32_t *)y;
    return (a > b) - (a < b);
}

/* Random multigraphs with loops, both kinds: each row with loops, sorted,
 * is igraph_neighbors(IGRAPH_ALL) sorted. */
static void rows_with_loops_should_be_igraph_neighbors(void) {
    igraph_rng_seed(igraph_rng_default(), 7);
    for (int round = 0; round < 6; round++) {
        igraph_t g;
        igraph_vector_int_t edges, neighbors;
        igraph_integer_t n = 30 + round, m = 4 * n;
        ent_csr_t c;
        igraph_vector_int_init(&edges, 2 * m);
        for (igraph_integer_t k = 0; k < 2 * m; k++) {
            VECTOR(edges)[k] = RNG_INTEGER(0, n / 3); /* many repeats */
        }
        CU_ASSERT_FATAL(igraph_create(&g, &edges, n, round % 2) == 0);
        CU_ASSERT_EQUAL(
            ent_csr_init(&c, &g, NULL,
                         ENT_CSR_OUT | ENT_CSR_UNDIRECTED | ENT_CSR_LOOPS),
            0);
        igraph_vector_int_init(&neighbors, 0);
        for (igraph_integer_t v = 0; v < n; v++) {
            igraph_neighbors(&g, &neighbors, v, IGRAPH_ALL);
            igraph_vector_int_sort(&neighbors);
            int32_t first = c.out.start[v], count = c.out.start[v + 1] - first;
            CU_ASSERT_EQUAL_FATAL(count, igraph_vector_int_size(&neighbors));
            qsort(c.out.head + first, (size_t)count, sizeof *c.out.head,
                  by_value);
            for (int32_t k = 0; k < count; k++) {
                CU_ASSERT_EQUAL(c.out.head[first + k], VECTOR(neighbors)[k]);
            }
        }
        igraph_vector_int_destroy(&neighbors);
        ent_csr_destroy(&c);
        igraph_destroy(&g);
        igraph_vector_int_destroy(&edges);
    }
}

int register_metrics_csr_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(
            directed_rows_should_list_arcs_by_tail_and_head_in_edge_order),
        TEST_CASE(one_direction_should_leave_the_other_empty),
        TEST_CASE(undirected_rows_should_hold_each_edge_at_both_ends),
        TEST_CASE(graphs_without_edges_should_give_empty_rows),
        TEST_CASE(rows_with_loops_should_be_igraph_neighbors),
    };
    return add_suite("metrics_csr", NULL, NULL, tests,
                     sizeof tests / sizeof tests[0]);
}
