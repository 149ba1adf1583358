/*
 * The network builder (network.h): relations of the chosen layers become
 * arcs, a two-pass counting sort groups the arcs of each pair in O(n + m),
 * and each group becomes one edge whose weight is the sum of the arcs'.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/buffer.h"
#include "common/igraph_guard.h"
#include "network/network_internal.h"

/* One relation's contribution to the edge u -> v (u <= v when undirected). */
typedef struct {
    size_t u, v;
    double weight;
    size_t relation;
    size_t relation2; /* a projection's second membership, or SIZE_MAX */
} arc_t;

typedef struct {
    arc_t *items;
    size_t count, capacity;
} arc_list_t;

static int arc_push(arc_list_t *list, size_t u, size_t v, double weight,
                    size_t relation, size_t relation2) {
    if (!grow_array((void **)&list->items, &list->capacity, list->count + 1,
                    sizeof *list->items)) {
        return 0;
    }
    list->items[list->count++] = (arc_t){u, v, weight, relation, relation2};
    return 1;
}

/* Stable counting sort of `arcs` by u, then v (keys below `n`). */
static int sort_arcs(arc_list_t *arcs, size_t n) {
    size_t *counts = calloc(n + 1, sizeof *counts);
    arc_t *scratch = malloc((arcs->count ? arcs->count : 1) * sizeof *scratch);
    if (counts == NULL || scratch == NULL) {
        free(counts);
        free(scratch);
        return 0;
    }
    for (int pass = 0; pass < 2; pass++) {
        arc_t *from = pass == 0 ? arcs->items : scratch;
        arc_t *to = pass == 0 ? scratch : arcs->items;
        memset(counts, 0, (n + 1) * sizeof *counts);
        for (size_t i = 0; i < arcs->count; i++) {
            counts[(pass == 0 ? from[i].v : from[i].u) + 1]++;
        }
        for (size_t k = 0; k < n; k++) {
            counts[k + 1] += counts[k];
        }
        for (size_t i = 0; i < arcs->count; i++) {
            size_t key = pass == 0 ? from[i].v : from[i].u;
            to[counts[key]++] = from[i];
        }
    }
    free(counts);
    free(scratch);
    return 1;
}

static int accepts_status(const int *statuses, ent_membership_status status) {
    return (unsigned)status < ENT_MEMBERSHIP_COUNT && statuses[status];
}

/* Writes "a, b, c" of the snapshot's relation type names into `out`. */
static void known_types(const ent_snapshot_t *snapshot, char *out,
                        size_t size) {
    size_t used = 0;
    out[0] = '\0';
    size_t count = ent_snapshot_relation_type_count(snapshot);
    for (size_t i = 0; i < count && used < size; i++) {
        const char *name = ent_snapshot_relation_type(snapshot, i)->name;
        int n = snprintf(out + used, size - used, "%s%s", i ? ", " : "", name);
        if (n < 0) {
            break;
        }
        used += (size_t)n;
    }
}

/* Resolves layer names and weights into network->layers/layer_weights. */
static ent_status resolve_layers(ent_network_t *network,
                                 const ent_network_options_t *options,
                                 ent_diag_list_t *diags) {
    const ent_snapshot_t *snapshot = network->snapshot;
    char known[1024];
    size_t count =
        options->projection == ENT_PROJECT_NONE ? options->layer_count : 1;
    network->layers = calloc(count ? count : 1, sizeof *network->layers);
    network->layer_weights =
        calloc(count ? count : 1, sizeof *network->layer_weights);
    if (network->layers == NULL || network->layer_weights == NULL) {
        return ENT_ENOMEM;
    }
    if (options->projection != ENT_PROJECT_NONE) {
        if (!ent_snapshot_find_relation_type(snapshot, "member_of",
                                             &network->layers[0])) {
            return ENT_EINTERNAL;
        }
        network->layer_weights[0] = 1;
        network->layer_count = 1;
        return ENT_OK;
    }
    for (size_t i = 0; i < options->layer_count; i++) {
        size_t type;
        if (!ent_snapshot_find_relation_type(snapshot, options->layers[i],
                                             &type)) {
            known_types(snapshot, known, sizeof known);
            ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                         "unknown layer \"%s\" (known: %s)", options->layers[i],
                         known);
            return ENT_EUSAGE;
        }
        int seen = 0;
        for (size_t k = 0; k < network->layer_count; k++) {
            seen |= network->layers[k] == type;
        }
        if (!seen) {
            network->layers[network->layer_count] = type;
            network->layer_weights[network->layer_count] = 1;
            network->layer_count++;
        }
    }
    for (size_t w = 0; w < options->weight_count; w++) {
        size_t type = SIZE_MAX;
        ent_snapshot_find_relation_type(snapshot, options->weight_layers[w],
                                        &type);
        size_t k = 0;
        while (k < network->layer_count && network->layers[k] != type) {
            k++;
        }
        if (k == network->layer_count) {
            ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                         "--weight names \"%s\", which is not a chosen layer",
                         options->weight_layers[w]);
            return ENT_EUSAGE;
        }
        network->layer_weights[k] = options->weight_values[w];
    }
    return ENT_OK;
}

/*
 * The arcs of the chosen layers. `in_network[i]` becomes 1 for each entity
 * a chosen relation joins. Undirected types (and every type in an
 * undirected network) give u <= v; in a directed network an undirected
 * type gives both arcs.
 */
static ent_status layer_arcs(const ent_network_t *network, arc_list_t *arcs,
                             unsigned char *in_network) {
    const ent_snapshot_t *snapshot = network->snapshot;
    size_t type_count = ent_snapshot_relation_type_count(snapshot);
    double *type_weight = malloc(type_count * sizeof *type_weight);
    if (type_weight == NULL) {
        return ENT_ENOMEM;
    }
    for (size_t t = 0; t < type_count; t++) {
        type_weight[t] = NAN;
    }
    for (size_t k = 0; k < network->layer_count; k++) {
        type_weight[network->layers[k]] = network->layer_weights[k];
    }
    ent_status status = ENT_OK;
    size_t count = ent_snapshot_relation_count(snapshot);
    for (size_t r = 0; r < count && status == ENT_OK; r++) {
        const ent_relation_t *relation = ent_snapshot_relation(snapshot, r);
        double layer_weight = type_weight[relation->type];
        if (isnan(layer_weight) ||
            !accepts_status(network->statuses, relation->status)) {
            continue;
        }
        in_network[relation->source] = 1;
        in_network[relation->target] = 1;
        if (relation->source == relation->target) {
            continue; /* self-loops make no edge */
        }
        double weight = layer_weight * relation->weight;
        size_t u = relation->source, v = relation->target;
        int type_directed =
            ent_snapshot_relation_type(snapshot, relation->type)->directed;
        int ok;
        if (!network->directed) {
            ok = arc_push(arcs, u < v ? u : v, u < v ? v : u, weight, r,
                          SIZE_MAX);
        } else if (type_directed) {
            ok = arc_push(arcs, u, v, weight, r, SIZE_MAX);
        } else {
            ok = arc_push(arcs, u, v, weight, r, SIZE_MAX) &&
                 arc_push(arcs, v, u, weight, r, SIZE_MAX);
        }
        if (!ok) {
            status = ENT_ENOMEM;
        }
    }
    free(type_weight);
    return status;
}

/*
 * The arcs of a projection: for each organization (or state), one arc of
 * weight 1 between every two of its members (or organizations), so that
 * merging sums them to the number of shared ones. Memberships are sorted
 * by the shared side so that each group is contiguous.
 */
static ent_status projection_arcs(const ent_network_t *network,
                                  arc_list_t *arcs) {
    const ent_snapshot_t *snapshot = network->snapshot;
    size_t n = ent_snapshot_entity_count(snapshot);
    int by_state = network->projection == ENT_PROJECT_STATE;
    arc_list_t links = {0}; /* u = shared side, v = projected side */
    ent_status status = ENT_OK;
    size_t count = ent_snapshot_relation_count(snapshot);
    for (size_t r = 0; r < count; r++) {
        const ent_relation_t *relation = ent_snapshot_relation(snapshot, r);
        if (relation->type != network->layers[0] ||
            !accepts_status(network->statuses, relation->status) ||
            ent_snapshot_entity(snapshot, relation->source)->type !=
                ENT_ENTITY_STATE ||
            ent_snapshot_entity(snapshot, relation->target)->type !=
                ENT_ENTITY_ORGANIZATION) {
            continue;
        }
        size_t shared = by_state ? relation->target : relation->source;
        size_t side = by_state ? relation->source : relation->target;
        if (!arc_push(&links, shared, side, 1, r, SIZE_MAX)) {
            status = ENT_ENOMEM;
            goto cleanup;
        }
    }
    if (!sort_arcs(&links, n)) {
        status = ENT_ENOMEM;
        goto cleanup;
    }
    for (size_t start = 0; start < links.count;) {
        size_t end = start;
        while (end < links.count &&
               links.items[end].u == links.items[start].u) {
            end++;
        }
        for (size_t i = start; i < end; i++) {
            /* A repeated membership counts once: skip equal neighbours. */
            if (i > start && links.items[i].v == links.items[i - 1].v) {
                continue;
            }
            for (size_t j = i + 1; j < end; j++) {
                if (links.items[j].v == links.items[j - 1].v) {
                    continue;
                }
                if (!arc_push(arcs, links.items[i].v, links.items[j].v, 1,
                              links.items[i].relation,
                              links.items[j].relation)) {
                    status = ENT_ENOMEM;
                    goto cleanup;
                }
            }
        }
        start = end;
    }
cleanup:
    free(links.items);
    return status;
}

/* Chooses the vertices: the entities in_network, every state, or a side. */
static ent_status number_vertices(ent_network_t *network,
                                  const unsigned char *in_network) {
    const ent_snapshot_t *snapshot = network->snapshot;
    size_t n = ent_snapshot_entity_count(snapshot);
    network->entity_vertex = malloc((n ? n : 1) * sizeof(size_t));
    network->vertex_entity = malloc((n ? n : 1) * sizeof(size_t));
    if (network->entity_vertex == NULL || network->vertex_entity == NULL) {
        return ENT_ENOMEM;
    }
    ent_entity_type side = network->projection == ENT_PROJECT_ORGANIZATION
                               ? ENT_ENTITY_ORGANIZATION
                               : ENT_ENTITY_STATE;
    size_t vertices = 0;
    for (size_t i = 0; i < n; i++) {
        ent_entity_type type = ent_snapshot_entity(snapshot, i)->type;
        int chosen = type == side ||
                     (network->projection == ENT_PROJECT_NONE && in_network[i]);
        network->entity_vertex[i] = chosen ? vertices : ENT_NO_VERTEX;
        if (chosen) {
            network->vertex_entity[vertices++] = i;
        }
    }
    network->vertex_count = vertices;
    return ENT_OK;
}

/* Merges sorted arcs (in entity numbers) into the igraph graph. */
static ent_status make_edges(ent_network_t *network, const arc_list_t *arcs,
                             ent_diag_list_t *diags) {
    size_t edges = 0;
    for (size_t i = 0; i < arcs->count; i++) {
        edges += i == 0 || arcs->items[i].u != arcs->items[i - 1].u ||
                 arcs->items[i].v != arcs->items[i - 1].v;
    }
    size_t relations = 0;
    for (size_t i = 0; i < arcs->count; i++) {
        relations += arcs->items[i].relation2 == SIZE_MAX ? 1 : 2;
    }
    network->edge_count = edges;
    network->edge_relation_start =
        malloc((edges + 1) * sizeof *network->edge_relation_start);
    network->edge_relations =
        malloc((relations ? relations : 1) * sizeof *network->edge_relations);
    if (network->edge_relation_start == NULL ||
        network->edge_relations == NULL) {
        return ENT_ENOMEM;
    }
    igraph_vector_int_t list;
    if (igraph_vector_int_init(&list, (igraph_integer_t)(2 * edges)) != 0) {
        return ENT_ENOMEM;
    }
    if (igraph_vector_init(&network->weights, (igraph_integer_t)edges) != 0) {
        igraph_vector_int_destroy(&list);
        return ENT_ENOMEM;
    }
    size_t e = SIZE_MAX, k = 0;
    for (size_t i = 0; i < arcs->count; i++) {
        const arc_t *arc = &arcs->items[i];
        if (i == 0 || arc->u != arcs->items[i - 1].u ||
            arc->v != arcs->items[i - 1].v) {
            e = e == SIZE_MAX ? 0 : e + 1;
            VECTOR(list)
            [2 * e] = (igraph_integer_t)network->entity_vertex[arc->u];
            VECTOR(list)
            [2 * e + 1] = (igraph_integer_t)network->entity_vertex[arc->v];
            VECTOR(network->weights)[e] = 0;
            network->edge_relation_start[e] = k;
        }
        VECTOR(network->weights)[e] += arc->weight;
        network->edge_relations[k++] = arc->relation;
        if (arc->relation2 != SIZE_MAX) {
            network->edge_relations[k++] = arc->relation2;
        }
    }
    network->edge_relation_start[edges] = k;
    igraph_error_t error = igraph_create(
        &network->graph, &list, (igraph_integer_t)network->vertex_count,
        network->directed ? IGRAPH_DIRECTED : IGRAPH_UNDIRECTED);
    igraph_vector_int_destroy(&list);
    if (error != IGRAPH_SUCCESS) {
        igraph_vector_destroy(&network->weights);
        ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "cannot create the graph: %s", igraph_strerror(error));
        return ent_status_from_igraph(error);
    }
    return ENT_OK;
}

/* Fills network->lengths from the weights by network->distance. */
static ent_status make_lengths(ent_network_t *network, ent_diag_list_t *diags) {
    igraph_integer_t edges = igraph_vector_size(&network->weights);
    if (igraph_vector_init(&network->lengths, edges) != 0) {
        return ENT_ENOMEM;
    }
    for (igraph_integer_t e = 0; e < edges; e++) {
        double w = VECTOR(network->weights)[e];
        double length = 1;
        if (network->distance == ENT_DISTANCE_INVERSE) {
            length = 1 / w;
        } else if (network->distance == ENT_DISTANCE_NEGLOG) {
            if (!(w > 0 && w <= 1)) {
                /* igraph stores an undirected edge larger end first:
                 * name the ends in snapshot order. */
                size_t from = (size_t)IGRAPH_FROM(&network->graph, e);
                size_t to = (size_t)IGRAPH_TO(&network->graph, e);
                if (!network->directed && from > to) {
                    size_t swap = from;
                    from = to;
                    to = swap;
                }
                const ent_entity_t *a =
                    ent_network_vertex_entity(network, from);
                const ent_entity_t *b = ent_network_vertex_entity(network, to);
                ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                             "--distance neglog needs edge weights in (0, 1], "
                             "but the edge \"%s\" - \"%s\" has weight %g",
                             a->id, b->id, w);
                igraph_vector_destroy(&network->lengths);
                return ENT_EINPUT;
            }
            length = -log(w);
        }
        VECTOR(network->lengths)[e] = length;
    }
    return ENT_OK;
}

static void release(ent_network_t *network) {
    free(network->vertex_entity);
    free(network->entity_vertex);
    free(network->edge_relation_start);
    free(network->edge_relations);
    free(network->layers);
    free(network->layer_weights);
    memset(network, 0, sizeof *network);
}

/* Builds into `network` (zeroed); on failure it holds nothing to free. */
static ent_status build(ent_network_t *network, const ent_snapshot_t *snapshot,
                        const ent_network_options_t *options,
                        ent_diag_list_t *diags) {
    ent_network_options_t defaults;
    unsigned char *in_network = NULL;
    arc_list_t arcs = {0};
    int have_graph = 0;
    ent_igraph_guard_t guard;
    ent_igraph_guard_enter(&guard);
    memset(network, 0, sizeof *network);
    ent_status status = ENT_OK;
    if (options == NULL) {
        status = ent_network_options_init(&defaults);
        if (status != ENT_OK) {
            goto cleanup;
        }
    }
    const ent_network_options_t *opts = options ? options : &defaults;
    network->snapshot = snapshot;
    network->directed = opts->projection == ENT_PROJECT_NONE && opts->directed;
    network->projection = opts->projection;
    network->distance = opts->distance;
    memcpy(network->statuses, opts->statuses, sizeof network->statuses);
    network->statuses[ENT_MEMBERSHIP_UNSPECIFIED] =
        network->statuses[ENT_MEMBERSHIP_ACTIVE];
    status = resolve_layers(network, opts, diags);
    if (status != ENT_OK) {
        goto cleanup;
    }
    size_t n = ent_snapshot_entity_count(snapshot);
    in_network = calloc(n ? n : 1, 1);
    if (in_network == NULL) {
        status = ENT_ENOMEM;
        goto cleanup;
    }
    status = network->projection == ENT_PROJECT_NONE
                 ? layer_arcs(network, &arcs, in_network)
                 : projection_arcs(network, &arcs);
    if (status != ENT_OK) {
        goto cleanup;
    }
    if (!sort_arcs(&arcs, n)) {
        status = ENT_ENOMEM;
        goto cleanup;
    }
    status = number_vertices(network, in_network);
    if (status != ENT_OK) {
        goto cleanup;
    }
    status = make_edges(network, &arcs, diags);
    if (status != ENT_OK) {
        goto cleanup;
    }
    have_graph = 1;
    status = make_lengths(network, diags);
cleanup:
    if (status != ENT_OK) {
        if (have_graph) {
            igraph_destroy(&network->graph);
            igraph_vector_destroy(&network->weights);
        }
        release(network);
    }
    if (options == NULL) {
        ent_network_options_destroy(&defaults);
    }
    free(in_network);
    free(arcs.items);
    ent_igraph_guard_leave(&guard);
    return status;
}

ent_status ent_network_build(ent_network_t **out,
                             const ent_snapshot_t *snapshot,
                             const ent_network_options_t *options,
                             ent_diag_list_t *diags) {
    *out = NULL;
    ent_network_t *network = calloc(1, sizeof *network);
    if (network == NULL) {
        return ENT_ENOMEM;
    }
    ent_status status = build(network, snapshot, options, diags);
    if (status != ENT_OK) {
        free(network);
        return status;
    }
    *out = network;
    return ENT_OK;
}

void ent_network_destroy(ent_network_t *network) {
    if (network == NULL) {
        return;
    }
    igraph_destroy(&network->graph);
    igraph_vector_destroy(&network->weights);
    igraph_vector_destroy(&network->lengths);
    release(network);
    free(network);
}
