/*
 * The all-pairs measures over worker processes against igraph's single
 * calls, on one snapshot: wall time of
 *   - igraph_betweenness, one call, and entente's betweenness with -j 1
 *     and -j N;
 *   - every all-pairs measure of the default run (betweenness, harmonic
 *     closeness, diameter and average path length on lengths and on hops,
 *     hop closeness for its centralization) as igraph's seven single
 *     calls, and as entente computes them with -j 1 and -j N;
 * and checks that -j 1 and -j N give the same bits.
 * Usage: jobs SNAPSHOT N [betweenness]   (bench/peers compiles and runs
 * it; with "betweenness", only the first comparison)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "entente/load.h"
#include "entente/metrics.h"
#include "network/network_internal.h" /* the igraph graph, for direct calls */

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* CPU seconds of this process and of its waited-for workers. */
static double cpu(void) {
    struct rusage self, children;
    getrusage(RUSAGE_SELF, &self);
    getrusage(RUSAGE_CHILDREN, &children);
    return (double)(self.ru_utime.tv_sec + self.ru_stime.tv_sec +
                    children.ru_utime.tv_sec + children.ru_stime.tv_sec) +
           (double)(self.ru_utime.tv_usec + self.ru_stime.tv_usec +
                    children.ru_utime.tv_usec + children.ru_stime.tv_usec) *
               1e-6;
}

static const char *const ALL_PAIRS =
    "betweenness,closeness,diameter,average_path_length,diameter_hops,"
    "average_path_length_hops,closeness_centralization";

/* igraph's single calls: betweenness alone, or all seven (all = 1). */
static double igraph_calls(const ent_network_t *net, int all) {
    const igraph_t *g = &net->graph;
    igraph_vector_t res;
    igraph_real_t value;
    igraph_vector_init(&res, 0);
    double start = now(), cpu_start = cpu();
    igraph_betweenness(g, &res, igraph_vss_all(), 1, &net->lengths);
    if (all) {
        igraph_harmonic_centrality(g, &res, igraph_vss_all(), IGRAPH_OUT,
                                   &net->lengths, 1);
        igraph_diameter_dijkstra(g, &net->lengths, &value, NULL, NULL, NULL,
                                 NULL, 1, 1);
        igraph_average_path_length_dijkstra(g, &value, NULL, &net->lengths, 1,
                                            1);
        igraph_diameter(g, &value, NULL, NULL, NULL, NULL, 1, 1);
        igraph_average_path_length(g, &value, NULL, 1, 1);
        igraph_harmonic_centrality(g, &res, igraph_vss_all(), IGRAPH_OUT, NULL,
                                   1);
    }
    double seconds = now() - start;
    printf("    igraph %s: %.3f s wall, %.3f s CPU\n",
           all ? "single calls" : "betweenness", seconds, cpu() - cpu_start);
    igraph_vector_destroy(&res);
    return seconds;
}

static double entente(ent_metrics_t *metrics, const ent_network_t *net,
                      const char *list, unsigned jobs) {
    ent_metrics_options_t options;
    ent_metrics_options_init(&options);
    options.jobs = jobs;
    if (ent_metrics_options_parse(&options, list, NULL) != ENT_OK) {
        abort();
    }
    double start = now(), cpu_start = cpu();
    if (ent_metrics_compute(metrics, net, &options, NULL) != ENT_OK) {
        abort();
    }
    double seconds = now() - start;
    printf("    entente -j %u: %.3f s wall, %.3f s CPU (workers included)\n",
           jobs, seconds, cpu() - cpu_start);
    return seconds;
}

static int same_bits(const ent_metrics_t *a, const ent_metrics_t *b) {
    size_t n = ent_network_vertex_count(a->network);
    int same = memcmp(a->graph, b->graph, sizeof a->graph) == 0;
    for (int m = 0; m < ENT_NODE_METRIC_COUNT; m++) {
        if (a->node[m] != NULL) {
            same &= memcmp(a->node[m], b->node[m], n * sizeof(double)) == 0;
        }
    }
    return same;
}

int main(int argc, char **argv) {
    if (argc != 3 && argc != 4) {
        fprintf(stderr, "usage: jobs SNAPSHOT N [betweenness]\n");
        return 2;
    }
    unsigned jobs = (unsigned)atoi(argv[2]);
    ent_snapshot_t *snapshot = NULL;
    ent_network_t *net = NULL;
    if (ent_snapshot_load_file(&snapshot, argv[1], NULL, NULL) != ENT_OK ||
        ent_network_build(&net, snapshot, NULL, NULL) != ENT_OK) {
        return 1;
    }
    printf("%s: %zu nodes, %zu edges, -j %u\n", argv[1],
           ent_network_vertex_count(net), ent_network_edge_count(net), jobs);
    for (int all = 0; all <= (argc == 4 ? 0 : 1); all++) {
        ent_metrics_t one, many;
        const char *list = all ? ALL_PAIRS : "betweenness";
        double reference = igraph_calls(net, all);
        double t1 = entente(&one, net, list, 1);
        double tn = entente(&many, net, list, jobs);
        printf("  %-28s igraph %8.3f s  entente -j 1 %8.3f s (%.2fx)  "
               "-j %u %8.3f s (%.2fx)  same bits: %s\n",
               all ? "all-pairs set (7 measures)" : "betweenness", reference,
               t1, reference / t1, jobs, tn, reference / tn,
               same_bits(&one, &many) ? "yes" : "NO");
        ent_metrics_destroy(&one);
        ent_metrics_destroy(&many);
    }
    ent_network_destroy(net);
    ent_snapshot_free(snapshot);
    return 0;
}
