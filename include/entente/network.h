/*
 * entente/network.h - turning a snapshot into a weighted network.
 *
 * The builder picks the relations of the chosen layers (relation types)
 * and statuses, makes every entity they join a vertex, adds every state
 * (isolates matter for cohesion), and merges the relations between one
 * pair into one edge whose weight is the sum of layer weight x relation
 * weight. It also derives each edge's length for path-based measures
 * (1/weight by default) so that strengths and distances never mix.
 * `--project state|organization` builds instead the one-mode projection of
 * the state-organization membership network.
 *
 * Lifecycle: ent_network_options_init / ent_network_options_destroy for the
 * options, ent_network_build / ent_network_destroy for the network. The
 * network refers to the snapshot it was built from, which must outlive it.
 */
#ifndef ENTENTE_NETWORK_H
#define ENTENTE_NETWORK_H

#include <igraph/igraph.h>
#include <stddef.h>

#include "entente/diag.h"
#include "entente/export.h"
#include "entente/model.h"

#ifdef __cplusplus
extern "C" {
#endif
ENT_PUBLIC_BEGIN

/* How an edge weight (a strength) becomes a length for path measures. */
typedef enum {
    ENT_DISTANCE_INVERSE = 0, /* length = 1 / weight (the default) */
    ENT_DISTANCE_NEGLOG,      /* length = -ln(weight), weights in (0, 1] */
    ENT_DISTANCE_UNIT,        /* every length is 1 (hops) */
} ent_distance;

/* "inverse", "neglog", "unit"; NULL for a value out of range. */
const char *ent_distance_name(ent_distance distance);

typedef enum {
    ENT_PROJECT_NONE = 0,     /* the network of the chosen layers */
    ENT_PROJECT_STATE,        /* states tied by shared organizations */
    ENT_PROJECT_ORGANIZATION, /* organizations tied by shared members */
} ent_projection;

/* "none", "state", "organization"; NULL for a value out of range. */
const char *ent_projection_name(ent_projection projection);

/*
 * What network to build. Layer names and weights are resolved against a
 * snapshot only by ent_network_build, so that custom relation types
 * declared in the snapshot are layers like any other. Owns its strings:
 * release with ent_network_options_destroy.
 */
typedef struct {
    char **layers; /* relation type names, in the order given */
    size_t layer_count;
    char **weight_layers;  /* --weight TYPE=W: the TYPEs ... */
    double *weight_values; /* ... and their Ws (default 1) */
    size_t weight_count;
    /* statuses[s] != 0 when relations with status s form edges;
     * UNSPECIFIED always follows ACTIVE. */
    int statuses[ENT_MEMBERSHIP_COUNT];
    int directed;
    ent_projection projection;
    ent_distance distance;
} ent_network_options_t;

/*
 * Fills the defaults: layers member_of, arms_dependency, border_risk; layer
 * weights 1; status active; undirected; no projection; inverse distance.
 * Returns ENT_ENOMEM when the layer names cannot be stored.
 */
ent_status ent_network_options_init(ent_network_options_t *options);
void ent_network_options_destroy(ent_network_options_t *options);

/*
 * Parses one command-line option given by its long name without dashes:
 * "layer" (TYPE[,TYPE...], replaces the layers), "weight" (TYPE=W, may be
 * repeated), "status" (STATUS[,STATUS...], replaces the statuses),
 * "project" (state|organization), "distance" (inverse|neglog|unit).
 * Returns ENT_EUSAGE with a diagnostic for a malformed value or an
 * unknown option name. Layer names are checked by ent_network_build.
 */
ent_status ent_network_options_parse(ent_network_options_t *options,
                                     const char *name, const char *value,
                                     ent_diag_list_t *diags);

/* Sentinel of ent_network_t.entity_vertex for entities that are no node. */
#define ENT_NO_VERTEX ((size_t)-1)

/*
 * A built network. All members are read-only for callers.
 * - graph: simple (no loops, no multi-edges), directed only when asked;
 *   vertices in the order of the snapshot's entities.
 * - weights[e]: strength of edge e; lengths[e]: its length by `distance`.
 * - vertex_entity[v]: entity index of vertex v; entity_vertex[i]: vertex
 *   of entity i or ENT_NO_VERTEX.
 * - The relations that formed edge e are edge_relations[k] for k in
 *   [edge_relation_start[e], edge_relation_start[e + 1]) (relation indices
 *   of the snapshot, in file order; for a projection the member_of
 *   relations of the shared memberships).
 * - layers[k]: the relation type indices used (for a projection, the
 *   member_of type); layer_weights[k] their weights.
 */
typedef struct {
    const ent_snapshot_t *snapshot;
    igraph_t graph;
    igraph_vector_t weights;
    igraph_vector_t lengths;
    size_t vertex_count;
    size_t edge_count;
    size_t *vertex_entity;
    size_t *entity_vertex;
    size_t *edge_relation_start;
    size_t *edge_relations;
    size_t *layers;
    double *layer_weights;
    size_t layer_count;
    int statuses[ENT_MEMBERSHIP_COUNT];
    int directed;
    ent_projection projection;
    ent_distance distance;
} ent_network_t;

/*
 * Builds the network of `snapshot` described by `options` (NULL for the
 * defaults) into `network`, which the caller releases with
 * ent_network_destroy on success (on failure it holds nothing to free).
 * Returns ENT_EUSAGE for an unknown layer or a weight for a layer that is
 * not chosen, ENT_EINPUT when `neglog` meets a weight outside (0, 1],
 * ENT_ENOMEM, ENT_EINTERNAL; each with a diagnostic in `diags`.
 * Time O(n + m) for n entities and m relations, after the snapshot's own.
 */
ent_status ent_network_build(ent_network_t *network,
                             const ent_snapshot_t *snapshot,
                             const ent_network_options_t *options,
                             ent_diag_list_t *diags);
void ent_network_destroy(ent_network_t *network);

/* The relation indices that formed edge `edge`; sets *count. */
static inline const size_t *
ent_network_edge_relations(const ent_network_t *network, size_t edge,
                           size_t *count) {
    size_t start = network->edge_relation_start[edge];
    *count = network->edge_relation_start[edge + 1] - start;
    return network->edge_relations + start;
}

/* The entity of vertex `vertex`. */
static inline const ent_entity_t *
ent_network_vertex_entity(const ent_network_t *network, size_t vertex) {
    return ent_snapshot_entity(network->snapshot,
                               network->vertex_entity[vertex]);
}

ENT_PUBLIC_END
#ifdef __cplusplus
}
#endif

#endif /* ENTENTE_NETWORK_H */
