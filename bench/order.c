/*
 * Vertex order and the all-pairs searches (issue 14): Dijkstra with
 * Brandes' accumulation from the same sources on the network numbered in
 * four orders: the snapshot's, a random permutation, breadth-first (what
 * metrics_allpairs.c uses) and reverse Cuthill-McKee (breadth-first from
 * a pseudo-peripheral node of each component, neighbours by increasing
 * degree, then reversed). Rounds alternate the orders; prints each
 * order's best CPU time per source.
 * Usage: order SNAPSHOT SOURCES ROUNDS
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "entente/load.h"
#include "entente/network.h"
#include "metrics/metrics_search.h"
#include "network/network_internal.h"

static double cpu_now(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static igraph_vector_int_t sort_degree; /* qsort has no payload */

static int by_degree(const void *x, const void *y) {
    igraph_integer_t a = *(const igraph_integer_t *)x;
    igraph_integer_t b = *(const igraph_integer_t *)y;
    igraph_integer_t da = VECTOR(sort_degree)[a], db = VECTOR(sort_degree)[b];
    return da != db ? (da > db) - (da < db) : (a > b) - (a < b);
}

/* Breadth-first from `root` into order[*count...], neighbours by degree;
 * returns the last vertex reached. */
static igraph_integer_t bfs_by_degree(const igraph_adjlist_t *adj,
                                      igraph_integer_t root, char *seen,
                                      igraph_integer_t *order,
                                      igraph_integer_t *count) {
    igraph_integer_t head = *count;
    order[(*count)++] = root;
    seen[root] = 1;
    while (head < *count) {
        igraph_integer_t v = order[head++];
        igraph_vector_int_t *near = igraph_adjlist_get(adj, v);
        igraph_integer_t first = *count;
        for (igraph_integer_t i = 0; i < igraph_vector_int_size(near); i++) {
            igraph_integer_t w = VECTOR(*near)[i];
            if (!seen[w]) {
                seen[w] = 1;
                order[(*count)++] = w;
            }
        }
        qsort(order + first, (size_t)(*count - first), sizeof *order,
              by_degree);
    }
    return order[*count - 1];
}

static void reverse_cuthill_mckee(const igraph_t *g, igraph_integer_t *order) {
    igraph_integer_t n = igraph_vcount(g), count = 0;
    igraph_adjlist_t adj;
    igraph_adjlist_init(g, &adj, IGRAPH_ALL, IGRAPH_NO_LOOPS,
                        IGRAPH_NO_MULTIPLE);
    igraph_vector_int_init(&sort_degree, 0);
    igraph_degree(g, &sort_degree, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS);
    char *seen = calloc((size_t)n, 1), *probe = calloc((size_t)n, 1);
    igraph_integer_t *scratch = malloc((size_t)n * sizeof *scratch);
    for (igraph_integer_t v = 0; v < n; v++) {
        if (seen[v]) {
            continue;
        }
        /* Two sweeps for a pseudo-peripheral root: the last vertex of a
         * breadth-first search lies far from its root. */
        igraph_integer_t root = v;
        for (int sweep = 0; sweep < 2; sweep++) {
            igraph_integer_t c = 0;
            root = bfs_by_degree(&adj, root, probe, scratch, &c);
            for (igraph_integer_t i = 0; i < c; i++) {
                probe[scratch[i]] = 0;
            }
        }
        igraph_integer_t from = count;
        bfs_by_degree(&adj, root, seen, order, &count);
        for (igraph_integer_t i = from, j = count - 1; i < j; i++, j--) {
            igraph_integer_t t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
    free(scratch);
    free(probe);
    free(seen);
    igraph_vector_int_destroy(&sort_degree);
    igraph_adjlist_destroy(&adj);
}

/* The search rows with vertex order[i] renumbered i, edges in their order. */
static void renumbered(ent_csr_t *a, const ent_network_t *net,
                       const igraph_integer_t *order,
                       igraph_integer_t *position) {
    const igraph_t *g = &net->graph;
    igraph_integer_t n = igraph_vcount(g), m = igraph_ecount(g);
    for (igraph_integer_t i = 0; i < n; i++) {
        position[order[i]] = i;
    }
    igraph_vector_int_t edges;
    igraph_vector_int_init(&edges, 2 * m);
    for (igraph_integer_t e = 0; e < m; e++) {
        VECTOR(edges)[2 * e] = position[IGRAPH_FROM(g, e)];
        VECTOR(edges)[2 * e + 1] = position[IGRAPH_TO(g, e)];
    }
    igraph_t graph;
    igraph_create(&graph, &edges, n, net->directed);
    ent_csr_init(a, &graph, &net->lengths, ENT_CSR_OUT | ENT_CSR_IN);
    igraph_destroy(&graph);
    igraph_vector_int_destroy(&edges);
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: order SNAPSHOT SOURCES ROUNDS\n");
        return 2;
    }
    ent_snapshot_t *snapshot = NULL;
    ent_network_t *net = NULL;
    if (ent_snapshot_load_file(&snapshot, argv[1], NULL, NULL) != ENT_OK ||
        ent_network_build(&net, snapshot, NULL, NULL) != ENT_OK) {
        return 1;
    }
    igraph_integer_t n = igraph_vcount(&net->graph);
    igraph_integer_t sources = atoi(argv[2]), rounds = atoi(argv[3]);
    static const char *names[] = {"snapshot", "random", "breadth-first",
                                  "reverse Cuthill-McKee"};
    igraph_integer_t *orders[4], *position[4];
    ent_csr_t adjacency[4];
    for (int k = 0; k < 4; k++) {
        orders[k] = malloc((size_t)n * sizeof **orders);
        position[k] = malloc((size_t)n * sizeof **position);
    }
    srand(1);
    for (igraph_integer_t i = 0; i < n; i++) {
        orders[0][i] = orders[1][i] = i;
    }
    for (igraph_integer_t i = n - 1; i > 0; i--) {
        igraph_integer_t j = rand() % (i + 1), t = orders[1][i];
        orders[1][i] = orders[1][j];
        orders[1][j] = t;
    }
    igraph_vector_int_t bfs;
    igraph_vector_int_init(&bfs, 0);
    igraph_bfs(&net->graph, 0, NULL, IGRAPH_ALL, 1, NULL, &bfs, NULL, NULL,
               NULL, NULL, NULL, NULL, NULL);
    memcpy(orders[2], VECTOR(bfs), (size_t)n * sizeof **orders);
    reverse_cuthill_mckee(&net->graph, orders[3]);
    for (int k = 0; k < 4; k++) {
        renumbered(&adjacency[k], net, orders[k], position[k]);
    }
    double best[4] = {1e300, 1e300, 1e300, 1e300}, check[4] = {0};
    ent_search_t search;
    ent_search_init(&search, n);
    double *betweenness = calloc((size_t)n, sizeof *betweenness);
    for (igraph_integer_t r = 0; r < rounds; r++) {
        for (int j = 0; j < 4; j++) {
            int k = (int)((j + r) % 4);
            double start = cpu_now();
            for (igraph_integer_t s = 0; s < sources; s++) {
                int32_t source = (int32_t)position[k][s * (n / sources)];
                ent_search_dijkstra(&search, &adjacency[k], source, -1);
                ent_search_accumulate(&search, &adjacency[k], source,
                                      betweenness);
                ent_search_clear(&search);
            }
            double seconds = cpu_now() - start;
            best[k] = seconds < best[k] ? seconds : best[k];
            check[k] = 0;
            for (igraph_integer_t v = 0; v < n; v++) {
                check[k] += betweenness[v];
                betweenness[v] = 0;
            }
        }
    }
    printf("%s: %ld nodes, %ld sources, best of %ld rounds\n", argv[1], (long)n,
           (long)sources, (long)rounds);
    for (int k = 0; k < 4; k++) {
        printf("  %-22s %8.3f ms per source (sum of betweenness %.6g)\n",
               names[k], best[k] * 1e3 / (double)sources, check[k]);
    }
    return 0;
}
