/*
 * Private parts of the metrics module shared by its files.
 */
#ifndef ENTENTE_METRICS_INTERNAL_H
#define ENTENTE_METRICS_INTERNAL_H

#include "entente/io.h"
#include "entente/metrics.h"
#include "metrics/metrics_workers.h"
#include "network/network_internal.h"

/*
 * Computes the group results into metrics->groups and metrics->events
 * (every organization with an active member; every event). O(m) plus the
 * member-induced subnetworks. Returns ENT_ENOMEM.
 */
ent_status ent_metrics_groups(ent_metrics_t *metrics);
void ent_metrics_groups_free(ent_metrics_t *metrics);

/*
 * Vertex connectivity, the value igraph_vertex_connectivity gives, with
 * O(n + d^2) maximum flows for least degree d instead of its n^2
 * (metrics_connectivity.c). Directed graphs: strong connectivity.
 */
igraph_error_t ent_metrics_vertex_connectivity(const igraph_t *graph,
                                               igraph_integer_t *result);
/* Edge connectivity, igraph_edge_connectivity's value, settled by degree
 * and bridges before igraph's O(n m) computation is called. */
igraph_error_t ent_metrics_edge_connectivity(const igraph_t *graph,
                                             igraph_integer_t *result);

/*
 * The undirected simple view that clustering, cores and Louvain need: the
 * network itself when undirected; else its arcs u->v and v->u as one edge,
 * weights summed. Release with ent_metrics_view_destroy.
 */
typedef struct {
    const ent_network_t *network;
    igraph_t own_graph; /* only when the network is directed */
    igraph_vector_t own_weights;
    const igraph_t *graph;
    const igraph_vector_t *weights;
    int owned;
} ent_metrics_view_t;
igraph_error_t ent_metrics_view_init(ent_metrics_view_t *view,
                                     const ent_network_t *network);
void ent_metrics_view_destroy(ent_metrics_view_t *view);

/*
 * The cohesion measures of an undirected graph on compact 32-bit arrays
 * (metrics_local.c), the values of igraph's calls bit for bit. Each
 * writes n values to an array the caller owns; IGRAPH_ENOMEM when
 * memory runs short, IGRAPH_EOVERFLOW from 2^31 vertices or edges.
 */
/* igraph_coreness(IGRAPH_ALL), Batagelj-Zaversnik: O(n + m). */
igraph_error_t ent_local_coreness(const igraph_t *graph, double *out);
/* igraph_transitivity_local_undirected (IGRAPH_TRANSITIVITY_ZERO) into
 * `local` and igraph_transitivity_undirected (IGRAPH_TRANSITIVITY_NAN)
 * into *transitivity, either NULL when not wanted, from one count of
 * triangles (loops and multi-edges ignored): O(m sqrt(m)). */
igraph_error_t ent_local_clustering(const igraph_t *graph, double *local,
                                    double *transitivity);
/* The number of weak components and the size of the largest (0 with no
 * vertex), as igraph_connected_components(IGRAPH_WEAK) counts them:
 * union-find over the edges, O(m alpha(n)). */
igraph_error_t ent_local_components(const igraph_t *graph,
                                    igraph_integer_t *count,
                                    igraph_integer_t *largest);
/* Degree (loops excluded) and strength, either NULL when not wanted, in
 * one pass over the edges of an undirected network without loops whose
 * edges are sorted by (smaller end, larger end), as the builder makes
 * them: then strength adds each node's weights in igraph_strength's
 * order. Sets *done to 0, having written nothing useful, for any other
 * network. */
igraph_error_t ent_local_degrees(const ent_network_t *net, double *degree,
                                 double *strength, int *done);

/* Which all-pairs measures ent_metrics_allpairs computes. */
typedef struct {
    int betweenness;   /* node betweenness on lengths */
    int closeness;     /* harmonic closeness on lengths */
    int paths;         /* diameter and average path length on lengths */
    int hops;          /* the same on hops */
    int hop_closeness; /* harmonic closeness on hops (its centralization) */
} ent_allpairs_want_t;

/* Its results: arrays of n values the caller owns (NULL: not wanted),
 * in the network's vertex order; NAN when no pair is connected. */
typedef struct {
    double *betweenness, *closeness, *hop_closeness;
    double diameter, average_path_length;
    double diameter_hops, average_path_length_hops;
} ent_allpairs_t;

/*
 * The all-pairs measures by blocks of sources over `jobs` worker
 * processes (metrics_allpairs.c): the same values as igraph's functions
 * up to the order of floating-point sums, and the same bits for every
 * `jobs`. Time O(n m + n^2 log n) over the workers.
 */
igraph_error_t ent_metrics_allpairs(ent_allpairs_t *out,
                                    const ent_network_t *network,
                                    const ent_allpairs_want_t *want,
                                    unsigned jobs);
/* The same with progress and a stop request (metrics_workers.h):
 * IGRAPH_INTERRUPTED when stopped. */
igraph_error_t ent_metrics_allpairs_run(ent_allpairs_t *out,
                                        const ent_network_t *network,
                                        const ent_allpairs_want_t *want,
                                        unsigned jobs,
                                        const ent_metrics_control_t *control);

/*
 * Sampled betweenness (metrics_sample.c): sampling->epsilon, delta and
 * seed in; samples, vertex_diameter and bound (epsilon on the scale of
 * `betweenness`: igraph's, n(n-1) or n(n-1)/2 pairs) out. Writes n
 * values to `betweenness`. When `most` is above 0 and the sample count
 * exceeds it, samples nothing and leaves sampling->sampled 0. Time
 * O(r m log n) for r samples, each search stopping at its target.
 */
igraph_error_t ent_metrics_sampled_betweenness(
    double *betweenness, ent_betweenness_sampling_t *sampling,
    const ent_network_t *network, size_t most, unsigned jobs,
    const ent_metrics_control_t *control);
/* Riondato-Kornaropoulos' sample count for a vertex diameter bound. */
size_t ent_metrics_sample_count(double epsilon, double delta,
                                igraph_integer_t vertex_diameter);

/* 1 when betweenness of a network of `nodes` is to be sampled. */
int ent_metrics_betweenness_is_sampled(const ent_metrics_options_t *options,
                                       size_t nodes);
/* Samples betweenness into metrics->node and metrics->sampling, and
 * clears it from `rest` (what the exact calls then compute); unasked
 * (options->sample 0), only when that draws at most 10 n pairs. */
igraph_error_t ent_metrics_sample_into(ent_metrics_t *metrics,
                                       ent_metric_set_t *rest,
                                       const ent_metrics_options_t *options);

/* A note in `diags` when betweenness was sampled: samples, seed, bound. */
void ent_metrics_note_sampling(const ent_betweenness_sampling_t *sampling,
                               ent_diag_list_t *diags);

/*
 * Another way to spread the blocks of ent_metrics_allpairs: over the
 * processes of an MPI job (entente-mpi) instead of forked workers.
 * `spread` calls share(work, member, members) for this process's share
 * (blocks member, member + members, ...), which writes into `regions`,
 * then leaves in them what every process's share wrote there (each byte
 * is written by one share; the others leave it zero). It returns
 * IGRAPH_SUCCESS on the process that holds the whole result,
 * IGRAPH_INTERRUPTED on the others (their part is done: the measuring
 * stops there), IGRAPH_FAILURE when a share failed. Process-wide, like
 * igraph's handlers; NULL (the default): forked workers.
 */
typedef struct {
    void *data;
    size_t size;
} ent_allpairs_region_t;
typedef igraph_error_t ent_allpairs_share_fn(void *work, int member,
                                             int members);
typedef igraph_error_t
ent_allpairs_spread_fn(void *payload, ent_allpairs_share_fn *share, void *work,
                       const ent_allpairs_region_t *regions, size_t count);
void ent_metrics_allpairs_set_spread(ent_allpairs_spread_fn *spread,
                                     void *payload);

/* The CSV and JSON writers (metrics_write.c) and the table (table.c). */
ent_status ent_metrics_write_json(FILE *out, const ent_metrics_t *metrics);
ent_status ent_metrics_write_csv(FILE *out, const ent_metrics_t *metrics,
                                 ent_csv_level level);
ent_status ent_metrics_write_table(FILE *out, const ent_metrics_t *metrics,
                                   const ent_write_options_t *options);

/*
 * Eigenvector centrality (undirected, scaled to a largest value of 1) and
 * PageRank (PRPACK's definition, summing to 1) into out[0 .. n)
 * (metrics_spectral.c, metrics_pagerank.c) on `jobs` threads (0: one per
 * CPU; directed PageRank runs on one), the same bits for every `jobs`,
 * within 1e-9 of igraph's calls.
 * *done is 0 where that path does not apply: then call igraph.
 */
igraph_error_t ent_spectral_eigenvector(const ent_network_t *net, double *out,
                                        unsigned jobs, int *done);
igraph_error_t ent_spectral_pagerank(const ent_network_t *net, double damping,
                                     double *out, unsigned jobs, int *done);

#endif /* ENTENTE_METRICS_INTERNAL_H */
