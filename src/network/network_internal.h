/*
 * The built network's layout, for the library modules that run igraph on
 * it (metrics, render's layout): everyone else reads it through the
 * queries of entente/network.h. All members are read-only outside
 * src/network.
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
#ifndef ENTENTE_NETWORK_INTERNAL_H
#define ENTENTE_NETWORK_INTERNAL_H

#include <igraph/igraph.h>

#include "entente/network.h"

struct ent_network {
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
};

#endif /* ENTENTE_NETWORK_INTERNAL_H */
