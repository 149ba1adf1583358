/*
 * entente/metrics.h - node, graph and group measures of a built network,
 * and writing them as a table, JSON or CSV.
 *
 * Definitions (the --help of `entente metrics` repeats them):
 * lengths are the network's (network.h); strengths are its weights. A value
 * that is undefined (centralization of a graph with fewer than 3 nodes,
 * assortativity with one entity type, the hub of a group without internal
 * ties, ...) is NAN in the results and is written as null (JSON) or an
 * empty field (CSV), never as a number.
 *
 * Lifecycle: ent_metrics_options_init (no _destroy: it owns nothing),
 * ent_metrics_compute / ent_metrics_destroy. The results refer to the
 * network, which must outlive them.
 *
 * Each call runs on a random generator of its own seeded with
 * ENT_LOUVAIN_SEED (Louvain and eigenvector centrality draw from it), so
 * the same network gives the same values whatever ran before; igraph's
 * default generator is left as the caller had it. OpenMP threads are
 * left to the caller (the CLI pins them to one: see cmd_metrics.c).
 */
#ifndef ENTENTE_METRICS_H
#define ENTENTE_METRICS_H

#include <signal.h>
#include <stdio.h>

#include "entente/diag.h"
#include "entente/export.h"
#include "entente/network.h"

#ifdef __cplusplus
extern "C" {
#endif
ENT_PUBLIC_BEGIN

typedef enum {
    ENT_NODE_DEGREE = 0,
    ENT_NODE_IN_DEGREE,
    ENT_NODE_OUT_DEGREE,
    ENT_NODE_STRENGTH,
    ENT_NODE_BETWEENNESS,
    ENT_NODE_CLOSENESS,
    ENT_NODE_EIGENVECTOR,
    ENT_NODE_PAGERANK,
    ENT_NODE_HUB,
    ENT_NODE_AUTHORITY,
    ENT_NODE_CORENESS,
    ENT_NODE_CLUSTERING,
    ENT_NODE_CONSTRAINT,
    ENT_NODE_COMMUNITY,
    ENT_NODE_METRIC_COUNT
} ent_node_metric;

typedef enum {
    ENT_GRAPH_NODES = 0,
    ENT_GRAPH_EDGES,
    ENT_GRAPH_DENSITY,
    ENT_GRAPH_COMPONENTS,
    ENT_GRAPH_LARGEST_COMPONENT_SHARE,
    ENT_GRAPH_DIAMETER,
    ENT_GRAPH_AVERAGE_PATH_LENGTH,
    ENT_GRAPH_DIAMETER_HOPS,
    ENT_GRAPH_AVERAGE_PATH_LENGTH_HOPS,
    ENT_GRAPH_TRANSITIVITY,
    ENT_GRAPH_AVERAGE_CLUSTERING,
    ENT_GRAPH_MODULARITY,
    ENT_GRAPH_COMMUNITIES,
    ENT_GRAPH_DEGREE_CENTRALIZATION,
    ENT_GRAPH_BETWEENNESS_CENTRALIZATION,
    ENT_GRAPH_CLOSENESS_CENTRALIZATION,
    ENT_GRAPH_TYPE_ASSORTATIVITY,
    ENT_GRAPH_VERTEX_CONNECTIVITY,
    ENT_GRAPH_EDGE_CONNECTIVITY,
    ENT_GRAPH_METRIC_COUNT
} ent_graph_metric;

typedef enum {
    ENT_GROUP_MEMBERS = 0,
    ENT_GROUP_FROZEN_MEMBERS,
    ENT_GROUP_SIZE,
    ENT_GROUP_ATTENDANCE,
    ENT_GROUP_INTERNAL_DENSITY,
    ENT_GROUP_MEAN_TIE_STRENGTH,
    ENT_GROUP_EI_INDEX,
    ENT_GROUP_HUB,
    ENT_GROUP_HUB_SHARE,
    ENT_GROUP_HUB_REMOVAL_COMPONENTS,
    ENT_GROUP_TOP_SUPPLIER,
    ENT_GROUP_MEAN_SUPPLIER_DEPENDENCY,
    ENT_GROUP_METRIC_COUNT
} ent_group_metric;

/* Names as written in outputs and given to --metrics; NULL out of range. */
const char *ent_node_metric_name(ent_node_metric metric);
const char *ent_graph_metric_name(ent_graph_metric metric);
const char *ent_group_metric_name(ent_group_metric metric);

/* What a group metric's value is, which decides how every output writes
 * it (metrics, batch, compare, report loop over the metrics by kind). */
typedef enum {
    ENT_GROUP_NUMBER = 0, /* ent_group_result_t.value[metric], NAN undefined */
    ENT_GROUP_ENTITY,     /* .entity[metric]: an entity or ENT_NO_ENTITY */
    ENT_GROUP_ENTITIES,   /* a list of entities: ent_group_entities */
    ENT_GROUP_PER_EVENT,  /* one number per event: ent_group_per_event */
} ent_group_kind;

/* A group metric's column: one row per metric, in the enum's order, in
 * one table (metrics_groups.c). */
typedef struct {
    const char *name; /* = ent_group_metric_name */
    ent_group_kind kind;
    /* The `metrics` table's column header; NULL: listed under the table
     * as "ORG NAME: ..." lines instead. */
    const char *header;
    /* Its name in prose (compare's summary, the report), or NULL when it
     * is no series of its own over time (the member list: that is size;
     * the hub and top supplier: entities, told in sentences). */
    const char *label;
    /* Its column heading in `report`'s cohesion table, or NULL for none
     * (size: the members are listed). */
    const char *heading;
} ent_group_column_t;

/* The column of `metric` (static storage); NULL out of range. */
const ent_group_column_t *ent_group_column(ent_group_metric metric);

/* Which metrics to compute (non-zero = wanted). */
typedef struct {
    int node[ENT_NODE_METRIC_COUNT];
    int graph[ENT_GRAPH_METRIC_COUNT];
    int group[ENT_GROUP_METRIC_COUNT];
} ent_metric_set_t;

/* Above this many nodes the all-pairs measures are skipped unless named. */
#define ENT_METRICS_LARGE_NODES 20000
#define ENT_LOUVAIN_SEED 42

/* From this many nodes the all-pairs measures run by blocks of sources,
 * over worker processes when jobs > 1 (metrics_allpairs.c). */
#define ENT_METRICS_SPLIT_NODES 500

/* Sampled betweenness (ent_metrics_options_t): its defaults. */
#define ENT_METRICS_EPSILON 0.01
#define ENT_METRICS_DELTA 0.05
#define ENT_METRICS_SAMPLE_SEED 1

typedef struct {
    ent_metric_set_t wanted; /* all by default */
    int named;               /* 1 when `wanted` was named (--metrics) */
    size_t large_nodes;      /* ENT_METRICS_LARGE_NODES by default */
    /* Worker processes (fork) for the all-pairs measures: 1 by default
     * (the caller's process only), 0 for one per online CPU. Every value
     * gives the same bits. */
    unsigned jobs;
    size_t split_nodes; /* ENT_METRICS_SPLIT_NODES by default */
    /*
     * Betweenness is sampled (Riondato-Kornaropoulos, metrics_sample.c)
     * above large_nodes, and at any size when `sample` is 1; never when
     * `exact` is 1. With probability 1 - delta every node's estimate is
     * within epsilon of its exact betweenness normalized by the n(n-1)
     * ordered pairs. The same seed gives the same values for every -j.
     */
    int exact, sample;
    double epsilon;     /* ENT_METRICS_EPSILON, in (0, 1) */
    double delta;       /* ENT_METRICS_DELTA, in (0, 1) */
    unsigned long seed; /* ENT_METRICS_SAMPLE_SEED */
    /*
     * Long runs (the all-pairs measures from split_nodes, sampling): when
     * set, progress(progress_context, what, done, total) is called from
     * the calling process, often, with the units done (`what`: "sources"
     * or "samples"); when
     * `stop` is set and *stop becomes non-zero (a signal handler's flag),
     * the work stops within one source or sample, every worker process
     * is waited for, and ent_metrics_compute returns ENT_EINTERNAL with
     * the diagnostic "interrupted". NULL by default.
     */
    void (*progress)(void *context, const char *what, size_t done,
                     size_t total);
    void *progress_context;
    const volatile sig_atomic_t *stop;
} ent_metrics_options_t;

void ent_metrics_options_init(ent_metrics_options_t *options);

/*
 * Parses --metrics NAME[,NAME...] (node, graph or group metric names):
 * only those are computed and `named` is set. ENT_EUSAGE with a diagnostic
 * "unknown metric \"x\" (known: ...)" for a name that is none of them.
 */
ent_status ent_metrics_options_parse(ent_metrics_options_t *options,
                                     const char *list, ent_diag_list_t *diags);

/* 1 for the measures that cost all pairs of nodes (skipped when large). */
int ent_node_metric_is_costly(ent_node_metric metric);
int ent_graph_metric_is_costly(ent_graph_metric metric);

/* Entity index meaning "none" (a null hub or top supplier). */
#define ENT_NO_ENTITY ((size_t)-1)

/* One organization with at least one active member. Its measures are
 * indexed by metric, as ent_metrics_t's node and graph ones: read them
 * through ent_group_column's kind. */
typedef struct {
    size_t organization; /* entity index */
    size_t *members;     /* entity indices of active members, in order */
    size_t member_count; /* = size */
    size_t *frozen;      /* entity indices of frozen members */
    size_t frozen_count;
    double *attendance; /* per event of ent_metrics_t.events: the share of
                           active members attending, NAN for an event
                           another organization (or none) convened */
    double value[ENT_GROUP_METRIC_COUNT];  /* ENT_GROUP_NUMBER metrics */
    size_t entity[ENT_GROUP_METRIC_COUNT]; /* ENT_GROUP_ENTITY metrics */
} ent_group_result_t;

/* How betweenness was computed: exact (sampled = 0) or sampled. */
typedef struct {
    int sampled;
    double epsilon, delta; /* as asked */
    unsigned long seed;
    size_t samples;         /* pairs drawn */
    size_t vertex_diameter; /* the bound on path sizes that set samples */
    double bound;           /* epsilon on the values' scale: times n(n-1), or
                             * n(n-1)/2 undirected */
} ent_betweenness_sampling_t;

/*
 * "epsilon=E;delta=D;seed=S;samples=N;bound=B" into `out` (`size` bytes),
 * how the CSV outputs carry a sampled betweenness's parameters (no
 * comma: one CSV field); with `per_run` 0, only epsilon, delta and seed
 * (what every file of a batch shares).
 */
void ent_betweenness_sampling_format(char *out, size_t size,
                                     const ent_betweenness_sampling_t *s,
                                     int per_run);
/* The same as the JSON outputs carry it: {"method":
 * "Riondato-Kornaropoulos", "epsilon", "delta", "seed", "samples",
 * "vertex_diameter", "bound"}. */
void ent_betweenness_sampling_json(FILE *out,
                                   const ent_betweenness_sampling_t *s);

/*
 * The results. computed says which metrics hold values: what was wanted,
 * less in/out degree of an undirected network and the skipped costly
 * ones. node[m][v] is metric m of vertex v (NULL when not computed).
 */
typedef struct {
    const ent_network_t *network;
    ent_metric_set_t computed;
    double *node[ENT_NODE_METRIC_COUNT];
    double graph[ENT_GRAPH_METRIC_COUNT];
    ent_group_result_t *groups;
    size_t group_count;
    size_t *events; /* entity indices of the snapshot's events */
    size_t event_count;
    ent_betweenness_sampling_t sampling;
} ent_metrics_t;

/* A metric's name as written in these results' outputs: with a
 * "_sampled" suffix for betweenness and its centralization when they
 * are estimates. Static storage. */
const char *ent_metrics_node_label(const ent_metrics_t *metrics,
                                   ent_node_metric metric);
const char *ent_metrics_graph_label(const ent_metrics_t *metrics,
                                    ent_graph_metric metric);

/*
 * The group's attendance, the one meaning metrics, batch, compare and
 * report share: the mean over the events its organization convened (an
 * event's "organization") of the share of active members attending; NAN
 * when it convened none. O(events).
 */
double ent_group_attendance(const ent_metrics_t *metrics,
                            const ent_group_result_t *group);

/* The list of an ENT_GROUP_ENTITIES metric (members, frozen members):
 * its entity indices, owned by the group, and their count; NULL and 0
 * for another kind. */
const size_t *ent_group_entities(const ent_group_result_t *group,
                                 ent_group_metric metric, size_t *count);

/* The values of an ENT_GROUP_PER_EVENT metric, one per event of
 * metrics->events (owned by the group), or NULL for another kind. */
const double *ent_group_per_event(const ent_group_result_t *group,
                                  ent_group_metric metric);

/*
 * A group metric as one number, as batch and compare write it: the
 * value of a number; the length of a list; the mean of a per-event
 * metric over its defined values (ent_group_attendance), NAN when none
 * is; NAN for an entity.
 */
double ent_group_number(const ent_metrics_t *metrics,
                        const ent_group_result_t *group,
                        ent_group_metric metric);

/*
 * Computes the wanted metrics of `network` into `metrics` (release with
 * ent_metrics_destroy on success). When the network has more than
 * options->large_nodes nodes and the metrics were not named, the costly
 * ones are skipped and an ENT_SEVERITY_NOTE in `diags` says which and how
 * to ask for them. Returns ENT_ENOMEM or ENT_EINTERNAL (with a diagnostic)
 * when igraph fails.
 *
 * Time, for n nodes, m edges, least degree d: the all-pairs measures
 * (betweenness, closeness, diameters, path lengths, closeness
 * centralization) O(n m + n^2 log n), one Dijkstra or BFS per source;
 * constraint O(m d_max); eigenvector, PageRank, hub/authority O(m) per
 * iteration; coreness, components, assortativity O(n + m); clustering and
 * transitivity O(sum of squared degrees); Louvain about O(m log n); groups
 * O(m) plus their induced subnetworks. Two measures can go above O(n m)
 * when their bounds do not settle them (they usually do: connectivity is
 * 0 when disconnected, 1 with a cut vertex, the least degree when a
 * flow reaches it): vertex connectivity, O(n + d^2) maximum flows on a
 * 2n-vertex split graph (Esfahanian-Hakimi), each O(n + m) at least, so
 * O(n (n + m)) in practice (measured: 0.48 s for a 3-regular graph of
 * 1,000 nodes and 5.2 s at 3,000, where no bound applies; igraph's own
 * function runs n^2 flows), and directed edge connectivity, igraph's
 * 2(n - 1) flows (undirected: Stoer-Wagner, O(n m + n^2 log n)).
 */
ent_status ent_metrics_compute(ent_metrics_t *metrics,
                               const ent_network_t *network,
                               const ent_metrics_options_t *options,
                               ent_diag_list_t *diags);
void ent_metrics_destroy(ent_metrics_t *metrics);

typedef enum {
    ENT_FORMAT_TABLE = 0,
    ENT_FORMAT_JSON,
    ENT_FORMAT_CSV,
} ent_format;

typedef enum {
    ENT_LEVEL_NODES = 0,
    ENT_LEVEL_GRAPH,
    ENT_LEVEL_GROUPS,
} ent_csv_level;

typedef struct {
    ent_format format;
    ent_csv_level level;  /* CSV only */
    ent_node_metric sort; /* table only: nodes by this, descending */
    size_t top;           /* table only: at most this many nodes; 0 = all */
} ent_write_options_t;

/* JSON, CSV nodes; table sorted by betweenness, all nodes. */
void ent_write_options_init(ent_write_options_t *options);

/*
 * Writes the results to `out` (a stream the caller opened and closes).
 * Numbers are written in the shortest form that reads back to the same
 * double. Returns ENT_EIO when writing fails.
 */
ent_status ent_metrics_write(FILE *out, const ent_metrics_t *metrics,
                             const ent_write_options_t *options);

/*
 * Writes the results to the file at `path` atomically: a temporary file in
 * the same directory, then rename, so that `path` is never left partial.
 * ENT_EIO with a diagnostic naming the path when that fails.
 */
ent_status ent_metrics_write_file(const char *path,
                                  const ent_metrics_t *metrics,
                                  const ent_write_options_t *options,
                                  ent_diag_list_t *diags);

ENT_PUBLIC_END
#ifdef __cplusplus
}
#endif

#endif /* ENTENTE_METRICS_H */
