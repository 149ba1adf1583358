/*
 * Sampled betweenness (metrics_sample.c) against exact betweenness
 * (igraph's single call) on graphs small enough for exact values: in at
 * least 95 % of seeded trials every node's estimate is within epsilon of
 * the exact value normalized by the n(n-1) ordered pairs (the guarantee
 * is 1 - delta = 90 % here); seeds 1..TRIALS, so the test is repeatable.
 */
#include <CUnit/CUnit.h>
#include <math.h>
#include <string.h>

#include "entente/load.h"
#include "entente/metrics.h"
#include "entente/network.h"
#include "metrics/metrics_internal.h"
#include "metrics_fixture.h"
#include "suites.h"

int register_metrics_sample_tests(void);

enum { TRIALS = 20 };

/* Betweenness only: exact (seed 0) or sampled with `seed`. */
static void betweenness(ent_metrics_t *metrics, const metrics_fixture_t *l,
                        unsigned long seed, unsigned jobs, double epsilon) {
    ent_metrics_options_t options;
    ent_metrics_options_init(&options);
    CU_ASSERT_EQUAL_FATAL(
        ent_metrics_options_parse(&options, "betweenness", NULL), ENT_OK);
    options.jobs = jobs;
    options.exact = seed == 0;
    options.sample = seed != 0;
    options.seed = seed;
    options.epsilon = epsilon;
    options.delta = 0.1;
    CU_ASSERT_EQUAL_FATAL(
        ent_metrics_compute(metrics, l->network, &options, NULL), ENT_OK);
}

static const struct {
    const char *file;
    int directed;
} fixtures[] = {
    {"metrics/karate.json", 0}, /* unit lengths: many tied paths */
    {"metrics/weighted.json", 0},
    {"metrics/weighted.json", 1},
    {"metrics/groups.json", 0},
};
enum { FIXTURES = sizeof fixtures / sizeof fixtures[0] };

static void
sampled_betweenness_should_hold_its_bound_in_95_percent_of_trials(void) {
    const double epsilon = 0.05;
    for (size_t f = 0; f < FIXTURES; f++) {
        metrics_fixture_t l;
        ent_metrics_t exact;
        metrics_fixture_load(&l, fixtures[f].file, fixtures[f].directed);
        size_t n = ent_network_vertex_count(l.network);
        double pairs = (double)n * (double)(n - 1);
        /* igraph's values count an undirected pair once */
        double scale = fixtures[f].directed ? pairs : pairs / 2;
        betweenness(&exact, &l, 0, 1, epsilon);
        CU_ASSERT_FALSE(exact.sampling.sampled);
        int held = 0;
        double worst = 0;
        for (unsigned long seed = 1; seed <= TRIALS; seed++) {
            ent_metrics_t sampled;
            betweenness(&sampled, &l, seed, 1, epsilon);
            const ent_betweenness_sampling_t *s = &sampled.sampling;
            CU_ASSERT_TRUE(s->sampled);
            CU_ASSERT_EQUAL(s->seed, seed);
            CU_ASSERT_EQUAL(
                s->samples,
                ent_metrics_sample_count(epsilon, 0.1,
                                         (igraph_integer_t)s->vertex_diameter));
            CU_ASSERT_DOUBLE_EQUAL(s->bound, epsilon * scale, 1e-9);
            double error = 0;
            for (size_t v = 0; v < n; v++) {
                double d = fabs(sampled.node[ENT_NODE_BETWEENNESS][v] -
                                exact.node[ENT_NODE_BETWEENNESS][v]);
                error = fmax(error, d / scale); /* b(v) = value / scale */
            }
            held += error <= epsilon;
            worst = fmax(worst, error);
            ent_metrics_destroy(&sampled);
        }
        CU_ASSERT_TRUE(held * 100 >= 95 * TRIALS);
        if (held * 100 < 95 * TRIALS) {
            printf("\n%s: bound held in %d of %d trials (worst %g)\n",
                   fixtures[f].file, held, TRIALS, worst);
        }
        ent_metrics_destroy(&exact);
        metrics_fixture_unload(&l);
    }
}

/* The estimate must come near the exact values, not only under a loose
 * bound: the mean of the trials is within epsilon / 4 of them. */
static void average_should_be_exact(const char *file) {
    metrics_fixture_t l;
    ent_metrics_t exact;
    metrics_fixture_load(&l, file, 0);
    size_t n = ent_network_vertex_count(l.network);
    double pairs = (double)n * (double)(n - 1);
    betweenness(&exact, &l, 0, 1, 0.05);
    double mean[64] = {0};
    CU_ASSERT_FATAL(n <= 64);
    for (unsigned long seed = 1; seed <= TRIALS; seed++) {
        ent_metrics_t sampled;
        betweenness(&sampled, &l, seed, 1, 0.05);
        for (size_t v = 0; v < n; v++) {
            mean[v] += sampled.node[ENT_NODE_BETWEENNESS][v] / TRIALS;
        }
        ent_metrics_destroy(&sampled);
    }
    double sum_mean = 0, sum_exact = 0;
    for (size_t v = 0; v < n; v++) {
        double error = fabs(mean[v] - exact.node[ENT_NODE_BETWEENNESS][v]);
        CU_ASSERT_TRUE(error * 2 / pairs <= 0.05 / 4);
        sum_mean += mean[v] * 2 / pairs;
        sum_exact += exact.node[ENT_NODE_BETWEENNESS][v] * 2 / pairs;
    }
    /* The sum is the mean number of inner vertices of a shortest path:
     * about 21,000 paths drawn give it to about 0.01 (one standard
     * deviation); a path drawn too short (a lost tie at the meeting of
     * the two searches once made it 3 % low) shows here. */
    CU_ASSERT_DOUBLE_EQUAL(sum_mean, sum_exact, 0.03);
    ent_metrics_destroy(&exact);
    metrics_fixture_unload(&l);
}

/* Karate (unit lengths: ties everywhere) and a weighted graph (lengths
 * 1/w: ties only by rounding, where the meeting point once got lost). */
static void sampled_betweenness_should_average_to_the_exact_values(void) {
    average_should_be_exact("metrics/karate.json");
    average_should_be_exact("metrics/weighted.json");
}

static void sampled_betweenness_should_give_the_same_bits_for_every_jobs(void) {
    metrics_fixture_t l;
    ent_metrics_t one, other;
    metrics_fixture_load(&l, "metrics/weighted.json", 0);
    size_t n = ent_network_vertex_count(l.network);
    betweenness(&one, &l, 7, 1, 0.05);
    static const unsigned jobs[] = {2, 3, 0};
    for (size_t j = 0; j < 3; j++) {
        ent_metrics_t many;
        betweenness(&many, &l, 7, jobs[j], 0.05);
        CU_ASSERT_EQUAL(memcmp(one.node[ENT_NODE_BETWEENNESS],
                               many.node[ENT_NODE_BETWEENNESS],
                               n * sizeof(double)),
                        0);
        ent_metrics_destroy(&many);
    }
    /* another seed draws other pairs */
    betweenness(&other, &l, 8, 1, 0.05);
    CU_ASSERT_NOT_EQUAL(memcmp(one.node[ENT_NODE_BETWEENNESS],
                               other.node[ENT_NODE_BETWEENNESS],
                               n * sizeof(double)),
                        0);
    ent_metrics_destroy(&other);
    ent_metrics_destroy(&one);
    metrics_fixture_unload(&l);
}

/* Riondato and Kornaropoulos' r, by hand: 0.5 / 0.01^2 * (floor(log2(8))
 * + 1 + ln(20)) = 5000 * 6.99573... = 34978.66, so 34979; a vertex
 * diameter of 2 leaves no inner vertex: no sample. */
static void sample_count_should_follow_the_paper(void) {
    CU_ASSERT_EQUAL(ent_metrics_sample_count(0.01, 0.05, 10), 34979);
    CU_ASSERT_EQUAL(ent_metrics_sample_count(0.01, 0.05, 2), 0);
    /* 0.5 / 0.0025 * (0 + 1 + ln 10) = 200 * 3.302585 = 660.5: 661 */
    CU_ASSERT_EQUAL(ent_metrics_sample_count(0.05, 0.1, 3), 661);
}

int register_metrics_numbers_tests(void); /* test_metrics_numbers.c */

int register_metrics_sample_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(
            sampled_betweenness_should_hold_its_bound_in_95_percent_of_trials),
        TEST_CASE(sampled_betweenness_should_average_to_the_exact_values),
        TEST_CASE(sampled_betweenness_should_give_the_same_bits_for_every_jobs),
        TEST_CASE(sample_count_should_follow_the_paper),
    };
    int status = add_suite("metrics_sample", NULL, NULL, tests,
                           sizeof tests / sizeof tests[0]);
    return status == CUE_SUCCESS ? register_metrics_numbers_tests() : status;
}
