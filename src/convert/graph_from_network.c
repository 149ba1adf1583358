/*
 * Export: the neutral graph of a built network. Records are taken from
 * the snapshot's own JSON (ent_snapshot_to_json), so that they read back
 * exactly as entente writes them.
 */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "convert/convert_internal.h"

/* Entity members that become node keys of their own. */
static int is_entity_member(const char *name) {
    return strcmp(name, "id") == 0 || strcmp(name, "type") == 0 ||
           strcmp(name, "name") == 0 || strcmp(name, "aliases") == 0 ||
           strcmp(name, "date") == 0;
}

/* Node keys of an entity: label, type, name, date, aliases, attributes. */
static int add_entity_keys(cJSON *attrs, const ent_entity_t *entity,
                           const cJSON *record) {
    int ok = cJSON_AddStringToObject(attrs, "label",
                                     ent_entity_label(entity)) != NULL;
    ok = ok && cJSON_AddStringToObject(
                   attrs, "type", ent_entity_type_name(entity->type)) != NULL;
    if (entity->name != NULL) {
        ok = ok && cJSON_AddStringToObject(attrs, "name", entity->name) != NULL;
    }
    if (entity->date != NULL) {
        ok = ok && cJSON_AddStringToObject(attrs, "date", entity->date) != NULL;
    }
    const cJSON *aliases = cJSON_GetObjectItemCaseSensitive(record, "aliases");
    if (ok && aliases != NULL) {
        cJSON *copied = cJSON_Duplicate(aliases, 1);
        ok = copied != NULL && cJSON_AddItemToObject(attrs, "aliases", copied);
    }
    cJSON *extra = NULL;
    const cJSON *member = NULL;
    cJSON_ArrayForEach(member, record) {
        if (!ok || is_entity_member(member->string)) {
            continue;
        }
        if (extra == NULL) {
            extra = cJSON_AddObjectToObject(attrs, "attributes");
        }
        cJSON *copied = cJSON_Duplicate(member, 1);
        ok = extra != NULL && copied != NULL &&
             cJSON_AddItemToObject(extra, member->string, copied);
    }
    return ok;
}

static int add_metrics(cJSON *attrs, const ent_metrics_t *metrics,
                       size_t vertex) {
    for (int m = 0; m < ENT_NODE_METRIC_COUNT; m++) {
        if (!metrics->computed.node[m] || metrics->node[m] == NULL) {
            continue;
        }
        double value = metrics->node[m][vertex];
        const char *name = ent_node_metric_name((ent_node_metric)m);
        cJSON *item =
            isfinite(value) ? cJSON_CreateNumber(value) : cJSON_CreateNull();
        if (item == NULL || !cJSON_AddItemToObject(attrs, name, item)) {
            cJSON_Delete(item);
            return 0;
        }
    }
    return 1;
}

/* Appends `text` to the comma-separated list `list` unless it is there. */
static int list_add(char **list, const char *text) {
    if (text == NULL) {
        return 1;
    }
    size_t have = *list ? strlen(*list) : 0, add = strlen(text);
    for (const char *at = *list; at != NULL && *at != '\0';) {
        const char *end = strchr(at, ',');
        size_t length = end ? (size_t)(end - at) : strlen(at);
        if (length == add && memcmp(at, text, add) == 0) {
            return 1;
        }
        at = end ? end + 1 : at + length;
    }
    char *grown = realloc(*list, have + add + 2);
    if (grown == NULL) {
        return 0;
    }
    if (have > 0) {
        grown[have++] = ',';
    }
    memcpy(grown + have, text, add + 1);
    *list = grown;
    return 1;
}

static int add_list(cJSON *attrs, const char *name, char *list) {
    int ok = cJSON_AddStringToObject(attrs, name, list ? list : "") != NULL;
    free(list);
    return ok;
}

/* Edge keys: weight, length, types, statuses, sources, relations (the
 * records) and relation_indices (their places in the snapshot). */
static int add_edge_keys(cJSON *attrs, const ent_network_t *network,
                         size_t edge, const cJSON **relations, char *used) {
    const ent_snapshot_t *s = ent_network_snapshot(network);
    int ok =
        cJSON_AddNumberToObject(attrs, "weight",
                                ent_network_edge_weight(network, edge)) != NULL;
    ok = ok &&
         cJSON_AddNumberToObject(
             attrs, "length", ent_network_edge_length(network, edge)) != NULL;
    size_t count = 0;
    const size_t *list = ent_network_edge_relations(network, edge, &count);
    char *types = NULL, *statuses = NULL, *sources = NULL;
    for (size_t k = 0; ok && k < count; k++) {
        const ent_relation_t *r = ent_snapshot_relation(s, list[k]);
        used[list[k]] = 1;
        ok = list_add(&types, ent_snapshot_relation_type(s, r->type)->name) &&
             list_add(&statuses, ent_membership_status_name(r->status)) &&
             list_add(&sources, r->source_ref);
    }
    ok = add_list(attrs, "types", types) & ok;
    ok = add_list(attrs, "statuses", statuses) & ok;
    ok = add_list(attrs, "sources", sources) & ok;
    cJSON *records = ok ? cJSON_AddArrayToObject(attrs, "relations") : NULL;
    cJSON *indices =
        records ? cJSON_AddArrayToObject(attrs, "relation_indices") : NULL;
    ok = ok && indices != NULL;
    for (size_t k = 0; ok && k < count; k++) {
        cJSON *record = cJSON_Duplicate(relations[list[k]], 1);
        cJSON *index = cJSON_CreateNumber((double)list[k]);
        ok = record != NULL && index != NULL &&
             cJSON_AddItemToArray(records, record);
        if (!ok) {
            cJSON_Delete(record);
        }
        ok = ok && cJSON_AddItemToArray(indices, index);
        if (!ok) {
            cJSON_Delete(index);
        }
    }
    return ok;
}

/* Keeps in `array` only the items not flagged in `used`, and returns the
 * kept items' former indices (NULL when out of memory). */
static cJSON *keep_unused(cJSON *array, const char *used) {
    cJSON *places = cJSON_CreateArray();
    int index = 0;
    for (cJSON *item = array ? array->child : NULL; item != NULL && places;
         index++) {
        cJSON *next = item->next;
        if (used[index]) {
            cJSON_Delete(cJSON_DetachItemViaPointer(array, item));
        } else {
            cJSON *place = cJSON_CreateNumber(index);
            if (place == NULL || !cJSON_AddItemToArray(places, place)) {
                cJSON_Delete(place);
                cJSON_Delete(places);
                places = NULL;
            }
        }
        item = next;
    }
    return places;
}

static int add_places(cJSON *rest, cJSON *entity_places, cJSON *relation_places,
                      const ent_metrics_t *metrics) {
    cJSON *places = cJSON_AddObjectToObject(rest, CV_KEY_PLACES);
    int ok = places != NULL;
    ok = ok && cJSON_AddItemToObject(places, "entities", entity_places);
    if (!ok) {
        cJSON_Delete(entity_places);
    }
    ok = ok && cJSON_AddItemToObject(places, "relations", relation_places);
    if (!ok) {
        cJSON_Delete(relation_places);
        return 0;
    }
    cJSON *names = cJSON_AddArrayToObject(places, "metrics");
    for (int m = 0; names && metrics && m < ENT_NODE_METRIC_COUNT; m++) {
        if (metrics->computed.node[m] && metrics->node[m] != NULL) {
            cJSON *name =
                cJSON_CreateString(ent_node_metric_name((ent_node_metric)m));
            if (name == NULL || !cJSON_AddItemToArray(names, name)) {
                cJSON_Delete(name);
                return 0;
            }
        }
    }
    return names != NULL;
}

static int add_header(cJSON *attrs, const ent_network_t *network) {
    const ent_snapshot_t *s = ent_network_snapshot(network);
    const char *members[][2] = {{"id", ent_snapshot_id(s)},
                                {"title", ent_snapshot_title(s)},
                                {"date", ent_snapshot_date(s)}};
    int ok = 1;
    for (size_t i = 0; ok && i < 3; i++) {
        if (members[i][1] != NULL) {
            ok = cJSON_AddStringToObject(attrs, members[i][0], members[i][1]) !=
                 NULL;
        }
    }
    char *layers = NULL;
    for (size_t k = 0; ok && k < ent_network_layer_count(network); k++) {
        ok = list_add(
            &layers,
            ent_snapshot_relation_type(s, ent_network_layer(network, k))->name);
    }
    ok = add_list(attrs, "layers", layers) && ok;
    ok =
        ok && cJSON_AddStringToObject(
                  attrs, "projection",
                  ent_projection_name(ent_network_projection(network))) != NULL;
    return ok && cJSON_AddStringToObject(
                     attrs, "distance",
                     ent_distance_name(ent_network_distance(network))) != NULL;
}

/* The items of `array` by index, so that a look-up costs O(1) and not
 * cJSON_GetArrayItem's O(index). NULL when out of memory. */
static const cJSON **items_of(const cJSON *array, size_t count) {
    const cJSON **items = calloc(count + 1, sizeof *items);
    size_t i = 0;
    for (const cJSON *item = array ? array->child : NULL;
         items != NULL && item != NULL && i < count; item = item->next) {
        items[i++] = item;
    }
    return items;
}

/* The nodes and edges of the frame's network. */
static ent_status fill_items(cv_graph *graph, const ent_convert_frame_t *frame,
                             const cJSON **entity_items,
                             const cJSON **relation_items, char *entity_used,
                             char *relation_used) {
    const ent_network_t *network = frame->network;
    const ent_snapshot_t *s = ent_network_snapshot(network);
    if (!add_header(graph->attrs, network)) {
        return ENT_ENOMEM;
    }
    for (size_t v = 0; v < ent_network_vertex_count(network); v++) {
        size_t index = ent_network_vertex_entity_index(network, v);
        const ent_entity_t *entity = ent_snapshot_entity(s, index);
        entity_used[index] = 1;
        cv_item *node = cv_graph_add_node(graph, entity->id, 0, 0);
        if (node == NULL ||
            !add_entity_keys(node->attrs, entity, entity_items[index]) ||
            (frame->metrics && !add_metrics(node->attrs, frame->metrics, v))) {
            return ENT_ENOMEM;
        }
    }
    for (size_t e = 0; e < ent_network_edge_count(network); e++) {
        size_t from = ent_network_edge_from(network, e);
        size_t to = ent_network_edge_to(network, e);
        if (!ent_network_is_directed(network) && from > to) {
            size_t later = from; /* an undirected row: the earlier first */
            from = to;
            to = later;
        }
        cv_item *edge = cv_graph_add_edge(
            graph, ent_network_vertex_entity(network, from)->id,
            ent_network_vertex_entity(network, to)->id, 0, 0);
        if (edge != NULL) {
            edge->from = from;
            edge->to = to;
        }
        if (edge == NULL || !add_edge_keys(edge->attrs, network, e,
                                           relation_items, relation_used)) {
            return ENT_ENOMEM;
        }
    }
    return ENT_OK;
}

static ent_status fill(cv_graph *graph, const ent_convert_frame_t *frame,
                       cJSON *doc, char *entity_used, char *relation_used) {
    const ent_network_t *network = frame->network;
    const ent_snapshot_t *s = ent_network_snapshot(network);
    cJSON *entities = cJSON_GetObjectItemCaseSensitive(doc, "entities");
    cJSON *relations = cJSON_GetObjectItemCaseSensitive(doc, "relations");
    graph->directed = ent_network_is_directed(network);
    const cJSON **entity_items =
        items_of(entities, ent_snapshot_entity_count(s));
    const cJSON **relation_items =
        items_of(relations, ent_snapshot_relation_count(s));
    ent_status status = entity_items && relation_items ? ENT_OK : ENT_ENOMEM;
    if (status == ENT_OK) {
        status = fill_items(graph, frame, entity_items, relation_items,
                            entity_used, relation_used);
    }
    free(entity_items);
    free(relation_items);
    if (status != ENT_OK) {
        return status;
    }
    cJSON *entity_places = keep_unused(entities, entity_used);
    cJSON *relation_places = keep_unused(relations, relation_used);
    if (entity_places == NULL || relation_places == NULL) {
        cJSON_Delete(entity_places);
        cJSON_Delete(relation_places);
        return ENT_ENOMEM;
    }
    if (!add_places(doc, entity_places, relation_places, frame->metrics)) {
        return ENT_ENOMEM; /* add_places released what it did not keep */
    }
    return ENT_OK;
}

ent_status cv_graph_from_frame(cv_graph *graph,
                               const ent_convert_frame_t *frame,
                               ent_diag_list_t *diags) {
    (void)diags;
    const ent_snapshot_t *s = ent_network_snapshot(frame->network);
    char *text = NULL;
    cJSON *doc = NULL;
    char *entity_used = calloc(ent_snapshot_entity_count(s) + 1, 1);
    char *relation_used = calloc(ent_snapshot_relation_count(s) + 1, 1);
    ent_status status = cv_graph_init(graph, NULL);
    if (status == ENT_OK && (entity_used == NULL || relation_used == NULL)) {
        status = ENT_ENOMEM;
    }
    if (status == ENT_OK) {
        status = ent_snapshot_to_json(s, &text);
    }
    if (status == ENT_OK) {
        doc = cJSON_Parse(text);
        status = doc != NULL ? ENT_OK : ENT_ENOMEM;
    }
    if (status == ENT_OK) {
        status = fill(graph, frame, doc, entity_used, relation_used);
    }
    if (status == ENT_OK) {
        status = cJSON_AddItemToObject(graph->attrs, CV_KEY_ENTENTE, doc)
                     ? ENT_OK
                     : ENT_ENOMEM;
        if (status == ENT_OK) {
            doc = NULL;
        }
    }
    cJSON_Delete(doc);
    free(text);
    free(entity_used);
    free(relation_used);
    return status;
}
