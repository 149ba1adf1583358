/*
 * The read-only queries of a built network (network.h): thin reads of
 * the internal layout, so that no consumer needs igraph to ask which
 * entities an edge joins or which edge joins two entities.
 */
#include "network/network_internal.h"

const ent_snapshot_t *ent_network_snapshot(const ent_network_t *network) {
    return network->snapshot;
}

size_t ent_network_vertex_count(const ent_network_t *network) {
    return network->vertex_count;
}

size_t ent_network_edge_count(const ent_network_t *network) {
    return network->edge_count;
}

size_t ent_network_vertex_entity_index(const ent_network_t *network,
                                       size_t vertex) {
    return network->vertex_entity[vertex];
}

const ent_entity_t *ent_network_vertex_entity(const ent_network_t *network,
                                              size_t vertex) {
    return ent_snapshot_entity(network->snapshot,
                               network->vertex_entity[vertex]);
}

size_t ent_network_entity_vertex(const ent_network_t *network, size_t entity) {
    return network->entity_vertex[entity];
}

size_t ent_network_edge_from(const ent_network_t *network, size_t edge) {
    return (size_t)IGRAPH_FROM(&network->graph, (igraph_integer_t)edge);
}

size_t ent_network_edge_to(const ent_network_t *network, size_t edge) {
    return (size_t)IGRAPH_TO(&network->graph, (igraph_integer_t)edge);
}

int ent_network_find_edge(const ent_network_t *network, size_t from, size_t to,
                          int either_way, size_t *edge) {
    if (from >= network->vertex_count || to >= network->vertex_count) {
        return 0;
    }
    /* With both vertices in range and error = 0, igraph_get_eid reports a
     * missing edge as -1 and never calls the error handler. */
    igraph_integer_t found = -1;
    igraph_get_eid(&network->graph, &found, (igraph_integer_t)from,
                   (igraph_integer_t)to, !either_way, 0);
    if (found < 0) {
        return 0;
    }
    *edge = (size_t)found;
    return 1;
}

double ent_network_edge_weight(const ent_network_t *network, size_t edge) {
    return VECTOR(network->weights)[edge];
}

double ent_network_edge_length(const ent_network_t *network, size_t edge) {
    return VECTOR(network->lengths)[edge];
}

const size_t *ent_network_edge_relations(const ent_network_t *network,
                                         size_t edge, size_t *count) {
    size_t start = network->edge_relation_start[edge];
    *count = network->edge_relation_start[edge + 1] - start;
    return network->edge_relations + start;
}

size_t ent_network_layer_count(const ent_network_t *network) {
    return network->layer_count;
}

size_t ent_network_layer(const ent_network_t *network, size_t k) {
    return network->layers[k];
}

double ent_network_layer_weight(const ent_network_t *network, size_t k) {
    return network->layer_weights[k];
}

int ent_network_has_status(const ent_network_t *network,
                           ent_membership_status status) {
    return network->statuses[status] != 0;
}

int ent_network_is_directed(const ent_network_t *network) {
    return network->directed;
}

ent_projection ent_network_projection(const ent_network_t *network) {
    return network->projection;
}

ent_distance ent_network_distance(const ent_network_t *network) {
    return network->distance;
}
