/*
 * Node-link JSON (NetworkX node_link_data, D3), the CSV tables and Pajek.
 */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "convert/convert_internal.h"
#include "entente/io.h"

/* A copy of `attrs` with `name` = `id` in front (NULL: out of memory). */
static cJSON *with_member(const cJSON *attrs, const char *const *names,
                          const char *const *values, size_t count) {
    cJSON *object = cJSON_CreateObject();
    for (size_t i = 0; object && i < count; i++) {
        if (cJSON_AddStringToObject(object, names[i], values[i]) == NULL) {
            cJSON_Delete(object);
            return NULL;
        }
    }
    const cJSON *member = NULL;
    cJSON_ArrayForEach(member, attrs) {
        cJSON *copied = object ? cJSON_Duplicate(member, 1) : NULL;
        if (copied == NULL ||
            !cJSON_AddItemToObject(object, member->string, copied)) {
            cJSON_Delete(copied);
            cJSON_Delete(object);
            return NULL;
        }
    }
    return object;
}

static cJSON *node_link_document(const cv_graph *graph) {
    cJSON *doc = cJSON_CreateObject();
    cJSON *nodes = NULL, *links = NULL;
    int ok = doc != NULL &&
             cJSON_AddBoolToObject(doc, "directed", graph->directed) &&
             cJSON_AddFalseToObject(doc, "multigraph");
    cJSON *attrs = ok ? cJSON_Duplicate(graph->attrs, 1) : NULL;
    ok = ok && attrs != NULL && cJSON_AddItemToObject(doc, "graph", attrs);
    if (!ok) {
        cJSON_Delete(attrs);
    }
    ok = ok && (nodes = cJSON_AddArrayToObject(doc, "nodes")) != NULL &&
         (links = cJSON_AddArrayToObject(doc, "links")) != NULL;
    static const char *const node_names[] = {"id"};
    static const char *const edge_names[] = {"source", "target"};
    for (size_t i = 0; ok && i < graph->node_count; i++) {
        const char *values[] = {graph->nodes[i].id};
        cJSON *node = with_member(graph->nodes[i].attrs, node_names, values, 1);
        ok = node != NULL && cJSON_AddItemToArray(nodes, node);
    }
    for (size_t i = 0; ok && i < graph->edge_count; i++) {
        const char *values[] = {graph->edges[i].source, graph->edges[i].target};
        cJSON *link = with_member(graph->edges[i].attrs, edge_names, values, 2);
        ok = link != NULL && cJSON_AddItemToArray(links, link);
    }
    if (!ok) {
        cJSON_Delete(doc);
        return NULL;
    }
    return doc;
}

ent_status cv_write_node_link(FILE *out, const cv_graph *graph) {
    cJSON *doc = node_link_document(graph);
    char *text = doc ? cv_json_print(doc, 2) : NULL;
    cJSON_Delete(doc);
    if (text == NULL) {
        return ENT_ENOMEM;
    }
    fputs(text, out);
    fputc('\n', out);
    free(text);
    return ferror(out) ? ENT_EIO : ENT_OK;
}

/* ---- CSV ---- */

static int csv_value(FILE *out, const cJSON *value) {
    if (cJSON_IsNumber(value)) {
        ent_out_csv_number(out, value->valuedouble, 0);
        return 1;
    }
    int failed = 0;
    char *text = cv_value_text(value, &failed);
    ent_out_csv_field(out, text, 0);
    free(text);
    return !failed;
}

static ent_status csv_table(FILE *out, const cv_item *items, size_t count,
                            int edges) {
    cv_keys keys;
    ent_status status = cv_keys_collect(&keys, items, count);
    if (status != ENT_OK) {
        return status;
    }
    fputs(edges ? "source,target" : "id", out);
    for (size_t k = 0; k < keys.count; k++) {
        ent_out_csv_field(out, keys.items[k].name, 0);
    }
    fputc('\n', out);
    int ok = 1;
    for (size_t i = 0; ok && i < count; i++) {
        ent_out_csv_field(out, edges ? items[i].source : items[i].id, 1);
        if (edges) {
            ent_out_csv_field(out, items[i].target, 0);
        }
        for (size_t k = 0; ok && k < keys.count; k++) {
            ok = csv_value(out, cJSON_GetObjectItemCaseSensitive(
                                    items[i].attrs, keys.items[k].name));
        }
        fputc('\n', out);
    }
    cv_keys_destroy(&keys);
    return ok ? ENT_OK : ENT_ENOMEM;
}

static ent_status csv_graph_table(FILE *out, const cv_graph *graph) {
    fputs("key,value\n", out);
    ent_out_csv_field(out, "directed", 1);
    ent_out_csv_field(out, graph->directed ? "true" : "false", 0);
    fputc('\n', out);
    const cJSON *member = NULL;
    cJSON_ArrayForEach(member, graph->attrs) {
        ent_out_csv_field(out, member->string, 1);
        if (!csv_value(out, member)) {
            return ENT_ENOMEM;
        }
        fputc('\n', out);
    }
    return ENT_OK;
}

ent_status cv_write_csv(FILE *out, const cv_graph *graph,
                        ent_convert_part part) {
    ent_status status = ENT_OK;
    if (part == ENT_CONVERT_CSV_EDGES) {
        status = csv_table(out, graph->edges, graph->edge_count, 1);
    } else if (part == ENT_CONVERT_CSV_NODES) {
        status = csv_table(out, graph->nodes, graph->node_count, 0);
    } else if (part == ENT_CONVERT_CSV_GRAPH) {
        status = csv_graph_table(out, graph);
    } else {
        status = ENT_EUSAGE;
    }
    return status == ENT_OK && ferror(out) ? ENT_EIO : status;
}

/* ---- Pajek ---- */

/* A Pajek label has no escapes: a double quote becomes an apostrophe and
 * a control character a space, so that the line stays one label. */
static void pajek_label(FILE *out, const char *text) {
    fputc('"', out);
    for (const unsigned char *at = (const unsigned char *)text; *at; at++) {
        if (*at == '"' || *at == '\\') {
            fputc('\'', out);
        } else if (*at < 0x20 || *at == 0x7F) {
            fputc(' ', out);
        } else {
            fputc(*at, out);
        }
    }
    fputc('"', out);
}

ent_status cv_write_pajek(FILE *out, const cv_graph *graph) {
    fprintf(out, "*Vertices %zu\n", graph->node_count);
    for (size_t i = 0; i < graph->node_count; i++) {
        fprintf(out, "%zu ", i + 1);
        pajek_label(out, graph->nodes[i].id);
        fputc('\n', out);
    }
    fputs(graph->directed ? "*Arcs\n" : "*Edges\n", out);
    for (size_t i = 0; i < graph->edge_count; i++) {
        const cv_item *edge = &graph->edges[i];
        const cJSON *w =
            cJSON_GetObjectItemCaseSensitive(edge->attrs, "weight");
        char number[64];
        ent_format_number(number, sizeof number,
                          cJSON_IsNumber(w) ? w->valuedouble : 1);
        fprintf(out, "%zu %zu %s\n", edge->from + 1, edge->to + 1, number);
    }
    return ferror(out) ? ENT_EIO : ENT_OK;
}
