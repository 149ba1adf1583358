/*
 * Import: the snapshot a neutral graph describes. The records are put
 * together as entente/1 JSON and handed to the loader, so that an imported
 * snapshot is validated exactly as a file would be; the loader's findings
 * are then placed on the node or edge they came from.
 */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "convert/convert_internal.h"
#include "entente/load.h"

/* Where a record of the assembled snapshot came from. */
typedef struct {
    cJSON *record;
    double place; /* its index in the exported snapshot, or HUGE_VAL */
    int line, column;
    size_t sequence; /* order of arrival, to keep ties in file order */
} origin;

typedef struct {
    origin *items;
    size_t count;
} origin_list;

typedef struct {
    const cv_graph *graph;
    ent_diag_list_t *diags;
    cJSON *doc;              /* the snapshot being assembled */
    const cJSON *metrics;    /* node keys that are metrics */
    ent_snapshot_t *builtin; /* knows the built-in relation types */
    origin_list entities, relations;
} assembly;

static ent_status fail_at(assembly *a, int line, int column,
                          const char *message, const char *detail) {
    ent_diag_add(a->diags, ENT_SEVERITY_ERROR, a->graph->file, line, column,
                 NULL, "%s%s", message, detail ? detail : "");
    return ENT_EINPUT;
}

static int push(origin_list *list, cJSON *record, double place, int line,
                int column) {
    origin *grown = realloc(list->items, (list->count + 1) * sizeof *grown);
    if (grown == NULL) {
        cJSON_Delete(record);
        return 0;
    }
    list->items = grown;
    list->items[list->count] =
        (origin){record, place, line, column, list->count};
    list->count++;
    return 1;
}

static int is_metric(const assembly *a, const char *key) {
    const cJSON *name = NULL;
    cJSON_ArrayForEach(name, a->metrics) {
        if (cJSON_IsString(name) && strcmp(name->valuestring, key) == 0) {
            return 1;
        }
    }
    return 0;
}

static int in_list(const char *key, const char *const *list) {
    for (size_t i = 0; list[i] != NULL; i++) {
        if (strcmp(key, list[i]) == 0) {
            return 1;
        }
    }
    return 0;
}

static int add_copy(cJSON *object, const char *name, const cJSON *value) {
    cJSON *copied = cJSON_Duplicate(value, 1);
    if (copied == NULL || !cJSON_AddItemToObject(object, name, copied)) {
        cJSON_Delete(copied);
        return 0;
    }
    return 1;
}

/* Copies the members of `from` that `skip` does not name. */
static int add_others(cJSON *to, const cJSON *from, const char *const *skip,
                      const assembly *a) {
    const cJSON *member = NULL;
    cJSON_ArrayForEach(member, from) {
        if (!in_list(member->string, skip) && !is_metric(a, member->string) &&
            !add_copy(to, member->string, member)) {
            return 0;
        }
    }
    return 1;
}

static ent_status entity_of_node(assembly *a, const cv_item *node,
                                 cJSON **entity) {
    static const char *const own[] = {"label", "type",       "name", "aliases",
                                      "date",  "attributes", "id",   NULL};
    const cJSON *attrs = node->attrs;
    const cJSON *type = cJSON_GetObjectItemCaseSensitive(attrs, "type");
    const cJSON *name = cJSON_GetObjectItemCaseSensitive(attrs, "name");
    const cJSON *label = cJSON_GetObjectItemCaseSensitive(attrs, "label");
    const cJSON *extra = cJSON_GetObjectItemCaseSensitive(attrs, "attributes");
    if (extra != NULL && !cJSON_IsObject(extra)) {
        return fail_at(a, node->line, node->column,
                       "node attribute \"attributes\" must be a JSON object",
                       NULL);
    }
    cJSON *e = cJSON_CreateObject();
    int ok = e && cJSON_AddStringToObject(e, "id", node->id) &&
             (type ? add_copy(e, "type", type)
                   : cJSON_AddStringToObject(e, "type", "state") != NULL);
    if (ok && name != NULL) {
        ok = add_copy(e, "name", name);
    } else if (ok && cJSON_IsString(label) &&
               strcmp(label->valuestring, node->id) != 0) {
        ok = add_copy(e, "name", label); /* a file made elsewhere */
    }
    static const char *const copied[] = {"aliases", "date"};
    for (size_t i = 0; ok && i < 2; i++) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(attrs, copied[i]);
        ok = v == NULL || add_copy(e, copied[i], v);
    }
    ok = ok && add_others(e, extra, own + 7, a) && add_others(e, attrs, own, a);
    if (!ok) {
        cJSON_Delete(e);
        return ENT_ENOMEM;
    }
    *entity = e;
    return ENT_OK;
}

/* Declares `type` as a custom relation type unless the snapshot knows it. */
static int declare_type(assembly *a, const char *type) {
    if (ent_snapshot_find_relation_type(a->builtin, type, NULL)) {
        return 1;
    }
    cJSON *types = cJSON_GetObjectItemCaseSensitive(a->doc, "relation_types");
    if (types == NULL) {
        types = cJSON_AddObjectToObject(a->doc, "relation_types");
    }
    if (types == NULL || cJSON_HasObjectItem(types, type)) {
        return types != NULL;
    }
    cJSON *declared = cJSON_AddObjectToObject(types, type);
    return declared &&
           cJSON_AddBoolToObject(declared, "directed", a->graph->directed);
}

/* One relation from an edge made elsewhere: its type (default "tie"),
 * weight and other attributes. */
static ent_status relation_of_edge(assembly *a, const cv_item *edge) {
    static const char *const own[] = {
        "type",     "weight",  "length",    "types",
        "statuses", "sources", "relations", "relation_indices",
        "id",       "key",     "source",    "target",
        NULL};
    const cJSON *type = cJSON_GetObjectItemCaseSensitive(edge->attrs, "type");
    const cJSON *weight =
        cJSON_GetObjectItemCaseSensitive(edge->attrs, "weight");
    const char *type_name = cJSON_IsString(type) ? type->valuestring : "tie";
    cJSON *r = cJSON_CreateObject();
    int ok = r && cJSON_AddStringToObject(r, "type", type_name) &&
             cJSON_AddStringToObject(r, "source", edge->source) &&
             cJSON_AddStringToObject(r, "target", edge->target) &&
             (weight == NULL || add_copy(r, "weight", weight)) &&
             add_others(r, edge->attrs, own, a) && declare_type(a, type_name);
    if (!ok) {
        cJSON_Delete(r);
        return ENT_ENOMEM;
    }
    return push(&a->relations, r, HUGE_VAL, edge->line, edge->column)
               ? ENT_OK
               : ENT_ENOMEM;
}

static ent_status relations_of_edge(assembly *a, const cv_item *edge) {
    const cJSON *records =
        cJSON_GetObjectItemCaseSensitive(edge->attrs, "relations");
    const cJSON *places =
        cJSON_GetObjectItemCaseSensitive(edge->attrs, "relation_indices");
    if (records == NULL) {
        return relation_of_edge(a, edge);
    }
    if (!cJSON_IsArray(records) ||
        (places != NULL &&
         (!cJSON_IsArray(places) ||
          cJSON_GetArraySize(places) != cJSON_GetArraySize(records)))) {
        return fail_at(a, edge->line, edge->column,
                       "edge attribute \"relations\" must be a JSON array of "
                       "relations (and \"relation_indices\" one number for "
                       "each)",
                       NULL);
    }
    const cJSON *record = NULL, *place = places ? places->child : NULL;
    cJSON_ArrayForEach(record, records) {
        double at = cJSON_IsNumber(place) ? place->valuedouble : HUGE_VAL;
        cJSON *copied = cJSON_Duplicate(record, 1);
        if (copied == NULL ||
            !push(&a->relations, copied, at, edge->line, edge->column)) {
            return ENT_ENOMEM;
        }
        place = place ? place->next : NULL;
    }
    return ENT_OK;
}

/* The off-network records kept in the graph's "entente" attribute. */
static ent_status take_rest(assembly *a, const char *member,
                            const char *places_member, origin_list *list) {
    cJSON *records = cJSON_DetachItemFromObjectCaseSensitive(a->doc, member);
    const cJSON *places = cJSON_GetObjectItemCaseSensitive(
        cJSON_GetObjectItemCaseSensitive(a->doc, CV_KEY_PLACES), places_member);
    ent_status status = ENT_OK;
    if (records != NULL &&
        (!cJSON_IsArray(records) || !cJSON_IsArray(places) ||
         cJSON_GetArraySize(places) != cJSON_GetArraySize(records))) {
        status = fail_at(a, a->graph->line, a->graph->column,
                         "graph attribute \"entente\" is damaged: ", member);
    }
    const cJSON *place = places ? places->child : NULL;
    while (status == ENT_OK && records != NULL && records->child != NULL) {
        cJSON *record = cJSON_DetachItemViaPointer(records, records->child);
        double at = cJSON_IsNumber(place) ? place->valuedouble : HUGE_VAL;
        if (!push(list, record, at, a->graph->line, a->graph->column)) {
            status = ENT_ENOMEM;
        }
        place = place->next;
    }
    cJSON_Delete(records);
    return status;
}

static int by_place(const void *x, const void *y) {
    const origin *a = x, *b = y;
    if (a->place != b->place) {
        return a->place < b->place ? -1 : 1;
    }
    return (a->sequence > b->sequence) - (a->sequence < b->sequence);
}

/* Gives each record without a place the lowest place no record claims. */
static int fill_gaps(origin_list *list) {
    char *claimed = calloc(list->count + 1, 1);
    if (claimed == NULL) {
        return 0;
    }
    for (size_t i = 0; i < list->count; i++) {
        double p = list->items[i].place;
        if (p >= 0 && p < (double)list->count && p == floor(p)) {
            claimed[(size_t)p] = 1;
        }
    }
    size_t next = 0;
    for (size_t i = 0; i < list->count; i++) {
        if (list->items[i].place == HUGE_VAL) {
            while (claimed[next]) {
                next++;
            }
            list->items[i].place = (double)next++;
        }
    }
    free(claimed);
    return 1;
}

/* Orders the records by their places, those without one last in file
 * order; an index that comes twice (a membership shared by the edges of
 * a projection) is kept once. */
static void order(origin_list *list) {
    qsort(list->items, list->count, sizeof *list->items, by_place);
    size_t kept = 0;
    for (size_t i = 0; i < list->count; i++) {
        if (kept > 0 && list->items[i].place != HUGE_VAL &&
            list->items[i].place == list->items[kept - 1].place) {
            cJSON_Delete(list->items[i].record);
            continue;
        }
        list->items[kept++] = list->items[i];
    }
    list->count = kept;
}

/* A file made elsewhere has no snapshot id: its name without directory
 * and extension stands for one. */
static int add_file_id(cJSON *doc, const char *file) {
    const char *slash = file ? strrchr(file, '/') : NULL;
    const char *base = slash ? slash + 1 : file ? file : "imported";
    const char *dot = strchr(base, '.');
    size_t length = dot && dot > base ? (size_t)(dot - base) : strlen(base);
    char *id = strndup(base, length);
    int ok = id && cJSON_AddStringToObject(doc, "id", id) != NULL;
    free(id);
    return ok;
}

/* The header: the graph's "entente" attribute, else a new one from its
 * id, title and date. */
static ent_status start_document(assembly *a) {
    const cJSON *kept =
        cJSON_GetObjectItemCaseSensitive(a->graph->attrs, CV_KEY_ENTENTE);
    if (kept != NULL && !cJSON_IsObject(kept)) {
        return fail_at(a, a->graph->line, a->graph->column,
                       "graph attribute \"entente\" must be a JSON object",
                       NULL);
    }
    a->doc = kept ? cJSON_Duplicate(kept, 1) : cJSON_CreateObject();
    if (a->doc == NULL) {
        return ENT_ENOMEM;
    }
    if (kept == NULL) {
        static const char *const header[] = {"id", "title", "date"};
        int ok = cJSON_AddStringToObject(a->doc, "schema", ENT_SCHEMA) != NULL;
        for (size_t i = 0; ok && i < 3; i++) {
            const cJSON *v =
                cJSON_GetObjectItemCaseSensitive(a->graph->attrs, header[i]);
            ok = !cJSON_IsString(v) || add_copy(a->doc, header[i], v);
        }
        if (ok && !cJSON_HasObjectItem(a->doc, "id")) {
            ok = add_file_id(a->doc, a->graph->file);
        }
        if (!ok) {
            return ENT_ENOMEM;
        }
    }
    a->metrics = cJSON_GetObjectItemCaseSensitive(
        cJSON_GetObjectItemCaseSensitive(a->doc, CV_KEY_PLACES), "metrics");
    return ENT_OK;
}

/* Moves the ordered records into a new array member of the document. */
static int put_records(assembly *a, const char *member, origin_list *list) {
    cJSON *array = cJSON_AddArrayToObject(a->doc, member);
    for (size_t i = 0; i < list->count; i++) {
        if (array == NULL ||
            !cJSON_AddItemToArray(array, list->items[i].record)) {
            return 0;
        }
        list->items[i].record = NULL; /* the document owns it */
    }
    return array != NULL;
}

static ent_status assemble(assembly *a) {
    ent_status status = start_document(a);
    if (status == ENT_OK) {
        status = take_rest(a, "entities", "entities", &a->entities);
    }
    if (status == ENT_OK) {
        status = take_rest(a, "relations", "relations", &a->relations);
    }
    for (size_t i = 0; status == ENT_OK && i < a->graph->node_count; i++) {
        const cv_item *node = &a->graph->nodes[i];
        cJSON *entity = NULL;
        status = entity_of_node(a, node, &entity);
        if (status == ENT_OK &&
            !push(&a->entities, entity, HUGE_VAL, node->line, node->column)) {
            status = ENT_ENOMEM;
        }
    }
    for (size_t i = 0; status == ENT_OK && i < a->graph->edge_count; i++) {
        status = relations_of_edge(a, &a->graph->edges[i]);
    }
    if (status == ENT_OK && !fill_gaps(&a->entities)) {
        status = ENT_ENOMEM;
    }
    if (status == ENT_OK) {
        order(&a->entities);
        order(&a->relations);
        cJSON_DeleteItemFromObjectCaseSensitive(a->doc, CV_KEY_PLACES);
        a->metrics = NULL;
        if (!put_records(a, "entities", &a->entities) ||
            !put_records(a, "relations", &a->relations)) {
            status = ENT_ENOMEM;
        }
    }
    return status;
}

/* Index N of a loader path "/MEMBER/N..." , or -1. */
static long path_index(const char *path, const char *member) {
    size_t n = strlen(member);
    if (path == NULL || path[0] != '/' || strncmp(path + 1, member, n) != 0 ||
        path[n + 1] != '/') {
        return -1;
    }
    return strtol(path + n + 2, NULL, 10);
}

/* Places each loader finding on the node or edge it came from. */
static void place_findings(assembly *a, const ent_diag_list_t *found) {
    for (size_t i = 0; i < found->count; i++) {
        const ent_diag_t *d = &found->items[i];
        int line = a->graph->line, column = a->graph->column;
        long e = path_index(d->path, "entities");
        long r = path_index(d->path, "relations");
        const origin_list *list = e >= 0 ? &a->entities : &a->relations;
        long at = e >= 0 ? e : r;
        const char *what = e >= 0 ? "node" : r >= 0 ? "edge" : "graph";
        const char *file = a->graph->file;
        if (at >= 0 && (size_t)at < list->count) {
            line = list->items[at].line;
            column = list->items[at].column;
            const char *table =
                e >= 0 ? a->graph->node_file : a->graph->edge_file;
            file = table ? table : file;
        }
        ent_diag_add(a->diags, d->severity, file, line, column, NULL, "%s: %s",
                     what, d->message);
    }
}

static void release(assembly *a) {
    for (size_t i = 0; i < a->entities.count; i++) {
        cJSON_Delete(a->entities.items[i].record);
    }
    for (size_t i = 0; i < a->relations.count; i++) {
        cJSON_Delete(a->relations.items[i].record);
    }
    free(a->entities.items);
    free(a->relations.items);
    cJSON_Delete(a->doc);
    ent_snapshot_free(a->builtin);
}

ent_status cv_graph_to_snapshot(const cv_graph *graph,
                                ent_snapshot_t **snapshot,
                                ent_diag_list_t *diags) {
    assembly a = {.graph = graph, .diags = diags};
    *snapshot = NULL;
    a.builtin = ent_snapshot_new();
    ent_status status = a.builtin ? assemble(&a) : ENT_ENOMEM;
    char *text = NULL;
    if (status == ENT_OK) {
        text = cv_json_print(a.doc, 0);
        status = text ? ENT_OK : ENT_ENOMEM;
    }
    if (status == ENT_OK) {
        ent_load_options_t options;
        ent_load_options_init(&options);
        options.warnings = 0;
        ent_diag_list_t found;
        ent_diag_list_init(&found);
        status = ent_snapshot_load_buffer(snapshot, text, strlen(text),
                                          graph->file, &options, &found);
        place_findings(&a, &found);
        ent_diag_list_destroy(&found);
    }
    if (status == ENT_ENOMEM) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, graph->file, 0, 0, NULL,
                     "out of memory while importing");
    }
    free(text);
    release(&a);
    return status;
}
