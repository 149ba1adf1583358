/*
 * The benchmark program: in one process, alternately times entente and the
 * same work done directly (cJSON alone for the load; igraph called on the
 * very graph entente built for each metric), repeats, and prints the
 * minimum of each and their ratio.
 * Usage: bench FILE REPEATS load|METRIC...
 */
#include <cjson/cJSON.h>
#include <igraph/igraph.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "entente/load.h"
#include "entente/metrics.h"
#include "network/network_internal.h" /* the igraph graph, for direct calls */

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* The direct side of the load: read the file and parse it with cJSON. */
static void parse_only(const char *path) {
    FILE *f = fopen(path, "rb");
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc((size_t)size + 1);
    if (fread(text, 1, (size_t)size, f) != (size_t)size) {
        abort();
    }
    text[size] = '\0';
    fclose(f);
    cJSON *json = cJSON_ParseWithLength(text, (size_t)size);
    cJSON_Delete(json);
    free(text);
}

static void load_and_build(const char *path) {
    ent_snapshot_t *snapshot = NULL;
    ent_network_t *network = NULL;
    ent_load_options_t options;
    ent_load_options_init(&options);
    options.warnings = 0;
    if (ent_snapshot_load_file(&snapshot, path, &options, NULL) != ENT_OK ||
        ent_network_build(&network, snapshot, NULL, NULL) != ENT_OK) {
        abort();
    }
    ent_network_destroy(network);
    ent_snapshot_free(snapshot);
}

/* The direct side of one metric: the igraph call entente makes. */
static void direct(const ent_network_t *net, const char *metric) {
    const igraph_t *g = &net->graph;
    igraph_vector_t res;
    igraph_vector_int_t ires;
    igraph_real_t value;
    igraph_integer_t count;
    igraph_vector_init(&res, 0);
    igraph_vector_int_init(&ires, 0);
    if (strcmp(metric, "degree") == 0) {
        igraph_degree(g, &ires, igraph_vss_all(), IGRAPH_ALL, 0);
    } else if (strcmp(metric, "strength") == 0) {
        igraph_strength(g, &res, igraph_vss_all(), IGRAPH_ALL, 0,
                        &net->weights);
    } else if (strcmp(metric, "pagerank") == 0) {
        igraph_pagerank(g, IGRAPH_PAGERANK_ALGO_PRPACK, &res, &value,
                        igraph_vss_all(), 1, 0.85, &net->weights, NULL);
    } else if (strcmp(metric, "eigenvector") == 0) {
        igraph_eigenvector_centrality(g, &res, &value, 0, 1, &net->weights,
                                      NULL);
    } else if (strcmp(metric, "coreness") == 0) {
        igraph_coreness(g, &ires, IGRAPH_ALL);
    } else if (strcmp(metric, "clustering") == 0) {
        igraph_transitivity_local_undirected(g, &res, igraph_vss_all(),
                                             IGRAPH_TRANSITIVITY_ZERO);
    } else if (strcmp(metric, "transitivity") == 0) {
        igraph_transitivity_undirected(g, &value, IGRAPH_TRANSITIVITY_NAN);
    } else if (strcmp(metric, "components") == 0) {
        igraph_connected_components(g, NULL, &ires, &count, IGRAPH_WEAK);
    } else if (strcmp(metric, "community") == 0) {
        igraph_rng_seed(igraph_rng_default(), 42);
        igraph_community_multilevel(g, &net->weights, 1.0, &ires, NULL, NULL);
        igraph_modularity(g, &ires, &net->weights, 1.0, 0, &value);
    } else if (strcmp(metric, "betweenness") == 0) {
        igraph_betweenness(g, &res, igraph_vss_all(), 1, &net->lengths);
    } else if (strcmp(metric, "closeness") == 0) {
        igraph_harmonic_centrality(g, &res, igraph_vss_all(), IGRAPH_OUT,
                                   &net->lengths, 1);
    } else if (strcmp(metric, "constraint") == 0) {
        igraph_constraint(g, &res, igraph_vss_all(), &net->weights);
    } else if (strcmp(metric, "diameter") == 0) {
        igraph_diameter_dijkstra(g, &net->lengths, &value, NULL, NULL, NULL,
                                 NULL, 1, 1);
    } else {
        fprintf(stderr, "bench: no direct call for %s\n", metric);
        exit(2);
    }
    igraph_vector_destroy(&res);
    igraph_vector_int_destroy(&ires);
}

static void through_entente(const ent_network_t *net, const char *metric) {
    ent_metrics_options_t options;
    ent_metrics_t metrics;
    ent_metrics_options_init(&options);
    /* "community" times Louvain and its modularity, as entente runs them. */
    if (ent_metrics_options_parse(&options, metric, NULL) != ENT_OK ||
        ent_metrics_compute(&metrics, net, &options, NULL) != ENT_OK) {
        abort();
    }
    ent_metrics_destroy(&metrics);
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: bench FILE REPEATS load|METRIC...\n");
        return 2;
    }
    const char *path = argv[1];
    int repeats = atoi(argv[2]);
    ent_snapshot_t *snapshot = NULL;
    ent_network_t *net = NULL;
    if (ent_snapshot_load_file(&snapshot, path, NULL, NULL) != ENT_OK ||
        ent_network_build(&net, snapshot, NULL, NULL) != ENT_OK) {
        fprintf(stderr, "bench: cannot load %s\n", path);
        return 1;
    }
    /* The builder alone, once, to split "load" into its two stages. */
    ent_network_t *again = NULL;
    double start = now();
    if (ent_network_build(&again, snapshot, NULL, NULL) != ENT_OK) {
        return 1;
    }
    double build_seconds = now() - start;
    ent_network_destroy(again);
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
    printf("%s: %zu nodes, %zu edges; build alone %.4f s\n", path,
           ent_network_vertex_count(net), ent_network_edge_count(net),
           build_seconds);
    for (int a = 3; a < argc; a++) {
        double best_ours = INFINITY, best_direct = INFINITY;
        for (int r = 0; r < repeats; r++) {
            /* Alternate which side goes first, so that neither always
             * runs on a warm cache. */
            for (int side = 0; side < 2; side++) {
                int ours = (side + r) % 2 == 0;
                double start = now();
                if (strcmp(argv[a], "load") == 0) {
                    ours ? load_and_build(path) : parse_only(path);
                } else {
                    ours ? through_entente(net, argv[a]) : direct(net, argv[a]);
                }
                double took = now() - start;
                if (ours) {
                    best_ours = took < best_ours ? took : best_ours;
                } else {
                    best_direct = took < best_direct ? took : best_direct;
                }
            }
        }
        printf("  %-12s entente %10.4f s  %s %10.4f s  ratio %.3f\n", argv[a],
               best_ours, strcmp(argv[a], "load") == 0 ? "cJSON " : "igraph",
               best_direct, best_ours / best_direct);
        fflush(stdout);
    }
    ent_network_destroy(net);
    ent_snapshot_free(snapshot);
    return 0;
}
