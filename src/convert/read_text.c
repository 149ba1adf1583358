/*
 * Node-link JSON and the CSV tables into the neutral graph.
 */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/csv.h"
#include "common/located_text.h"
#include "convert/convert_internal.h"
#include "entente/io.h"

#define CV_MAX_JSON (1024u * 1024u * 1024u)

/* ---- node-link JSON ---- */

/* Where each element of the top-level arrays "nodes" and "links" starts:
 * one pass over text that cJSON has already found well formed. */
static void element_offsets(const char *text, size_t length, size_t *nodes,
                            size_t node_count, size_t *links,
                            size_t link_count) {
    int depth = 0;
    size_t *target = NULL, count = 0, limit = 0, last_key = 0;
    int key_is_set = 0;
    for (size_t i = 0; i < length; i++) {
        char c = text[i];
        if (c == '"') {
            size_t start = i++;
            while (i < length && text[i] != '"') {
                i += text[i] == '\\' ? 2 : 1;
            }
            if (depth == 1) {
                last_key = start;
                key_is_set = 1;
            } else if (depth == 2 && target && count < limit) {
                target[count++] = start;
            }
            continue;
        }
        if (c == '[' || c == '{') {
            if (depth == 1 && c == '[' && key_is_set) {
                int is_nodes = strncmp(text + last_key, "\"nodes\"", 7) == 0;
                int is_links = strncmp(text + last_key, "\"links\"", 7) == 0;
                target = is_nodes ? nodes : is_links ? links : NULL;
                limit = is_nodes ? node_count : is_links ? link_count : 0;
                count = 0;
            } else if (depth == 2 && target && count < limit) {
                target[count++] = i;
            }
            depth++;
        } else if (c == ']' || c == '}') {
            depth--;
            if (depth == 1) {
                target = NULL;
                key_is_set = 0;
            }
        }
    }
}

static char *id_text(const cJSON *value, int *failed) {
    return cJSON_IsString(value) || cJSON_IsNumber(value)
               ? cv_value_text(value, failed)
               : NULL;
}

static ent_status node_link_item(cv_graph *graph, const cJSON *object,
                                 int is_node, int line, int column,
                                 ent_diag_list_t *diags) {
    int failed = 0;
    char *id =
        is_node ? id_text(cJSON_GetObjectItem(object, "id"), &failed) : NULL;
    char *source =
        is_node ? NULL
                : id_text(cJSON_GetObjectItem(object, "source"), &failed);
    char *target =
        is_node ? NULL
                : id_text(cJSON_GetObjectItem(object, "target"), &failed);
    ent_status status = failed ? ENT_ENOMEM : ENT_OK;
    if (status == ENT_OK && (!cJSON_IsObject(object) ||
                             (is_node ? id == NULL : !source || !target))) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, graph->file, line, column, NULL,
                     "%s",
                     is_node ? "a node must be an object with a string or "
                               "number \"id\""
                             : "a link must be an object with a \"source\" "
                               "and a \"target\" (string or number)");
        status = ENT_EINPUT;
    }
    cv_item *item = NULL;
    if (status == ENT_OK) {
        item = is_node ? cv_graph_add_node(graph, id, line, column)
                       : cv_graph_add_edge(graph, source, target, line, column);
        status = item ? ENT_OK : ENT_ENOMEM;
    }
    const cJSON *member = NULL, *members = status == ENT_OK ? object : NULL;
    cJSON_ArrayForEach(member, members) {
        if (strcmp(member->string, is_node ? "id" : "source") == 0 ||
            (!is_node && strcmp(member->string, "target") == 0)) {
            continue;
        }
        cJSON *copied = cJSON_Duplicate(member, 1);
        if (copied == NULL ||
            !cJSON_AddItemToObject(item->attrs, member->string, copied)) {
            cJSON_Delete(copied);
            status = ENT_ENOMEM;
            break;
        }
    }
    if (status == ENT_OK && !cv_attrs_unstring(item->attrs)) {
        status = ENT_ENOMEM;
    }
    free(id);
    free(source);
    free(target);
    return status;
}

static ent_status node_link_document(cv_graph *graph, const cJSON *doc,
                                     const char *text, size_t length,
                                     ent_diag_list_t *diags) {
    const cJSON *nodes = cJSON_GetObjectItem(doc, "nodes");
    const cJSON *links = cJSON_GetObjectItem(doc, "links");
    const cJSON *attrs = cJSON_GetObjectItem(doc, "graph");
    if (!cJSON_IsArray(nodes) || (links && !cJSON_IsArray(links)) ||
        (attrs && !cJSON_IsObject(attrs))) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, graph->file, 1, 1, NULL,
                     "expected node-link JSON: an object with an array "
                     "\"nodes\", an array \"links\" and an object \"graph\"");
        return ENT_EINPUT;
    }
    graph->directed = cJSON_IsTrue(cJSON_GetObjectItem(doc, "directed"));
    graph->line = graph->column = 1;
    cJSON_Delete(graph->attrs);
    graph->attrs = attrs ? cJSON_Duplicate(attrs, 1) : cJSON_CreateObject();
    size_t n = (size_t)cJSON_GetArraySize(nodes);
    size_t m = (size_t)cJSON_GetArraySize(links);
    size_t *offsets = calloc(n + m + 1, sizeof *offsets);
    if (graph->attrs == NULL || offsets == NULL ||
        !cv_attrs_unstring(graph->attrs)) {
        free(offsets);
        return ENT_ENOMEM;
    }
    element_offsets(text, length, offsets, n, offsets + n, m);
    ent_status status = ENT_OK;
    size_t k = 0;
    const cJSON *lists[] = {nodes, links};
    for (int l = 0; l < 2; l++) {
        const cJSON *item = NULL;
        cJSON_ArrayForEach(item, lists[l]) {
            int line = 0, column = 0;
            text_position(text, length, offsets[k++], &line, &column);
            if (status == ENT_OK) {
                status =
                    node_link_item(graph, item, l == 0, line, column, diags);
            }
        }
    }
    free(offsets);
    return status;
}

ent_status cv_read_node_link(cv_graph *graph, const char *path,
                             ent_diag_list_t *diags) {
    ent_status status = cv_graph_init(graph, path);
    char *text = NULL;
    size_t length = 0;
    if (status == ENT_OK) {
        status = ent_file_read(path, CV_MAX_JSON, &text, &length, diags);
    }
    if (status == ENT_OK) {
        status = text_check_utf8(text, length, path, diags);
    }
    cJSON *doc = NULL;
    if (status == ENT_OK) {
        const char *end = NULL;
        doc = cJSON_ParseWithLengthOpts(text, length, &end, 0);
        if (doc == NULL) {
            int line = 0, column = 0;
            text_position(text, length, end ? (size_t)(end - text) : 0, &line,
                          &column);
            ent_diag_add(diags, ENT_SEVERITY_ERROR, path, line, column, NULL,
                         "malformed JSON");
            status = ENT_EINPUT;
        }
    }
    if (status == ENT_OK) {
        status = node_link_document(graph, doc, text, length, diags);
    }
    cJSON_Delete(doc);
    free(text);
    return status;
}

/* ---- CSV ---- */

/* Undoes what ent_out_csv_field does to a cell a spreadsheet would run. */
static const char *unguarded(const char *cell) {
    return cell[0] == '\'' && cell[1] != '\0' && strchr("=+-@\t\r", cell[1])
               ? cell + 1
               : cell;
}

static cv_type csv_type(const char *key) {
    if (strcmp(key, "weight") == 0 || strcmp(key, "length") == 0) {
        return CV_TYPE_DOUBLE;
    }
    return CV_TYPE_STRING;
}

static ent_status csv_cell_value(cv_graph *graph, cJSON *attrs, const char *key,
                                 const csv_cell *cell, ent_diag_list_t *diags) {
    const char *text = unguarded(cell->text);
    if (text[0] == '\0') {
        return ENT_OK; /* no value */
    }
    cJSON *value = cv_value_parse(key, text, csv_type(key));
    if (value == NULL) {
        cell_error(graph->file, cell, diags,
                   "\"%s\" is not a valid value of column \"%s\"", text, key);
        return ENT_EINPUT;
    }
    if (!cJSON_AddItemToObject(attrs, key, value)) {
        cJSON_Delete(value);
        return ENT_ENOMEM;
    }
    return ENT_OK;
}

static ent_status csv_items(cv_graph *graph, const csv_table *t, int edges,
                            ent_diag_list_t *diags) {
    static const char *const edge_columns[] = {"source", "target", NULL};
    static const char *const node_columns[] = {"id", NULL};
    int columns[2] = {0, 0};
    graph->file = t->name;
    ent_status status = csv_check_header(t, diags);
    if (status == ENT_OK) {
        status =
            csv_require(t, edges ? edge_columns : node_columns, columns, diags);
    }
    for (size_t r = 1; status == ENT_OK && r < t->row_count; r++) {
        const csv_cell *first = csv_at(t, r, 0);
        const char *a = unguarded(csv_at(t, r, (size_t)columns[0])->text);
        cv_item *item =
            edges ? cv_graph_add_edge(
                        graph, a,
                        unguarded(csv_at(t, r, (size_t)columns[1])->text),
                        first->line, first->column)
                  : cv_graph_add_node(graph, a, first->line, first->column);
        if (item == NULL) {
            return ENT_ENOMEM;
        }
        for (size_t c = 0; status == ENT_OK && c < t->rows[0].count; c++) {
            if ((int)c == columns[0] || (edges && (int)c == columns[1])) {
                continue;
            }
            status = csv_cell_value(graph, item->attrs, csv_at(t, 0, c)->text,
                                    csv_at(t, r, c), diags);
        }
    }
    return status;
}

static ent_status csv_graph_rows(cv_graph *graph, const csv_table *t,
                                 ent_diag_list_t *diags) {
    static const char *const names[] = {"key", "value", NULL};
    int columns[2] = {0, 0};
    graph->file = t->name;
    ent_status status = csv_require(t, names, columns, diags);
    for (size_t r = 1; status == ENT_OK && r < t->row_count; r++) {
        const char *key = unguarded(csv_at(t, r, (size_t)columns[0])->text);
        const csv_cell *value = csv_at(t, r, (size_t)columns[1]);
        if (strcmp(key, "directed") == 0) {
            graph->directed = strcmp(value->text, "true") == 0;
        } else {
            status = csv_cell_value(graph, graph->attrs, key, value, diags);
        }
    }
    return status;
}

/* Reads one table into `graph` with `read`; `optional` tables that do not
 * exist are skipped. */
static ent_status csv_part(cv_graph *graph, const char *path,
                           ent_convert_part part, int optional,
                           ent_diag_list_t *diags) {
    char *name = ent_convert_part_path(path, part);
    if (name == NULL) {
        return ENT_ENOMEM;
    }
    ent_status status = ENT_OK;
    if (!optional || access(name, F_OK) == 0) {
        csv_table table;
        status = csv_read_file(&table, name, diags);
        if (status == ENT_OK) {
            status = part == ENT_CONVERT_CSV_GRAPH
                         ? csv_graph_rows(graph, &table, diags)
                         : csv_items(graph, &table,
                                     part == ENT_CONVERT_CSV_EDGES, diags);
        }
        csv_table_destroy(&table);
    }
    graph->file = NULL;
    if (part == ENT_CONVERT_CSV_NODES) {
        graph->node_file = name; /* where loader findings on nodes point */
    } else if (part == ENT_CONVERT_CSV_EDGES) {
        graph->edge_file = name;
    } else {
        free(name);
    }
    return status;
}

ent_status cv_read_csv(cv_graph *graph, const char *path,
                       ent_diag_list_t *diags) {
    ent_status status = cv_graph_init(graph, path);
    if (status == ENT_OK) {
        status = csv_part(graph, path, ENT_CONVERT_CSV_GRAPH, 1, diags);
    }
    if (status == ENT_OK) {
        status = csv_part(graph, path, ENT_CONVERT_CSV_NODES, 0, diags);
    }
    if (status == ENT_OK) {
        status = csv_part(graph, path, ENT_CONVERT_CSV_EDGES, 0, diags);
    }
    graph->file = path;
    return status;
}
