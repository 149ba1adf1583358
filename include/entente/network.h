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
 * options, ent_network_build / ent_network_destroy for the network, which
 * is opaque: callers read it through the queries below (library modules
 * that run igraph on it reach its graph through src/network's internal
 * header). The network refers to the snapshot it was built from, which
 * must outlive it.
 */
#ifndef ENTENTE_NETWORK_H
#define ENTENTE_NETWORK_H

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

/*
 * A built network, opaque: read it through the queries below. Vertices
 * are numbered 0..vertex_count-1 in the order of the snapshot's entities,
 * edges 0..edge_count-1; the network is simple (no loops, no multi-edges)
 * and directed only when asked. Every query is O(1) unless it says
 * otherwise, only reads, and takes indices in range (vertex < vertex
 * count, edge < edge count), except ent_network_find_edge, which accepts
 * any. Pointers returned point into the network (or its snapshot) and
 * live as long as it does.
 */
typedef struct ent_network ent_network_t;

/* ent_network_entity_vertex of an entity that is no vertex. */
#define ENT_NO_VERTEX ((size_t)-1)

/*
 * Builds the network of `snapshot` described by `options` (NULL for the
 * defaults) into a new *out, which the caller releases with
 * ent_network_destroy; on failure *out is NULL. The network refers to
 * `snapshot`, which must outlive it.
 * Returns ENT_EUSAGE for an unknown layer or a weight for a layer that is
 * not chosen, ENT_EINPUT when `neglog` meets a weight outside (0, 1],
 * ENT_ENOMEM, ENT_EINTERNAL; each with a diagnostic in `diags`.
 * Time O(n + m) for n entities and m relations, after the snapshot's own.
 */
ent_status ent_network_build(ent_network_t **out,
                             const ent_snapshot_t *snapshot,
                             const ent_network_options_t *options,
                             ent_diag_list_t *diags);
/* Releases `network` and everything it owns; NULL does nothing. */
void ent_network_destroy(ent_network_t *network);

/* The snapshot the network was built from (not owned by the network). */
const ent_snapshot_t *ent_network_snapshot(const ent_network_t *network);
size_t ent_network_vertex_count(const ent_network_t *network);
size_t ent_network_edge_count(const ent_network_t *network);

/* The snapshot's index of the entity of vertex `vertex`. */
size_t ent_network_vertex_entity_index(const ent_network_t *network,
                                       size_t vertex);
/* The entity of vertex `vertex`. */
const ent_entity_t *ent_network_vertex_entity(const ent_network_t *network,
                                              size_t vertex);
/* The vertex of the snapshot's entity `entity`, or ENT_NO_VERTEX when the
 * entity is no node of this network. */
size_t ent_network_entity_vertex(const ent_network_t *network, size_t entity);

/*
 * The vertices at the ends of edge `edge`: the tail and the head of a
 * directed network; for an undirected one, the later vertex and then the
 * earlier (a fixed order, igraph's, that says nothing about the tie).
 */
size_t ent_network_edge_from(const ent_network_t *network, size_t edge);
size_t ent_network_edge_to(const ent_network_t *network, size_t edge);

/*
 * Looks up the edge between vertices `from` and `to`: in a directed
 * network the edge from -> to, or either way when `either_way` is nonzero;
 * in an undirected one either way. Returns 1 and sets *edge when there is
 * one, 0 when there is none or either vertex is out of range (such as
 * ENT_NO_VERTEX). Never fails. Time O(log d) for d the smaller degree.
 */
int ent_network_find_edge(const ent_network_t *network, size_t from, size_t to,
                          int either_way, size_t *edge);

/* The strength of edge `edge`: the sum of layer weight x relation weight
 * over the relations that formed it. */
double ent_network_edge_weight(const ent_network_t *network, size_t edge);
/* The length of edge `edge` for path measures, by the network's distance. */
double ent_network_edge_length(const ent_network_t *network, size_t edge);

/*
 * The relation indices (of the snapshot, in file order) that formed edge
 * `edge`; sets *count. For a projection, the member_of relations of the
 * shared memberships.
 */
const size_t *ent_network_edge_relations(const ent_network_t *network,
                                         size_t edge, size_t *count);

/*
 * The options the network was built with, resolved against its snapshot:
 * its layers as relation type indices (for a projection, the member_of
 * type) with their weights, the statuses whose relations form edges
 * (UNSPECIFIED follows ACTIVE), and whether it is directed (never for a
 * projection), its projection and its distance.
 */
size_t ent_network_layer_count(const ent_network_t *network);
size_t ent_network_layer(const ent_network_t *network, size_t k);
double ent_network_layer_weight(const ent_network_t *network, size_t k);
int ent_network_has_status(const ent_network_t *network,
                           ent_membership_status status);
int ent_network_is_directed(const ent_network_t *network);
ent_projection ent_network_projection(const ent_network_t *network);
ent_distance ent_network_distance(const ent_network_t *network);

ENT_PUBLIC_END
#ifdef __cplusplus
}
#endif

#endif /* ENTENTE_NETWORK_H */
