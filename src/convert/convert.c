/*
 * The entry points of convert: format names, export of one network or a
 * series, import of a file into a snapshot.
 */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "convert/convert_internal.h"
#include "entente/io.h"

static const char *const format_names[ENT_GRAPH_COUNT] = {
    "entente", "graphml", "gexf", "node-link", "csv", "pajek"};

const char *ent_graph_format_name(ent_graph_format format) {
    return (unsigned)format < ENT_GRAPH_COUNT ? format_names[format] : NULL;
}

int ent_graph_format_parse(const char *name, ent_graph_format *format) {
    for (int i = 0; i < ENT_GRAPH_COUNT; i++) {
        if (strcmp(name, format_names[i]) == 0) {
            *format = (ent_graph_format)i;
            return 1;
        }
    }
    return 0;
}

static int ends_with(const char *text, const char *tail) {
    size_t n = strlen(text), m = strlen(tail);
    return n >= m && strcmp(text + n - m, tail) == 0;
}

int ent_graph_format_from_path(const char *path, ent_graph_format *format) {
    static const struct {
        const char *extension;
        ent_graph_format format;
    } table[] = {{".graphml", ENT_GRAPH_GRAPHML}, {".xml", ENT_GRAPH_GRAPHML},
                 {".gexf", ENT_GRAPH_GEXF},       {".csv", ENT_GRAPH_CSV},
                 {".net", ENT_GRAPH_PAJEK},       {".json", ENT_GRAPH_ENTENTE}};
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (ends_with(path, table[i].extension)) {
            *format = table[i].format;
            return 1;
        }
    }
    return 0;
}

/* Largest file convert reads (as the loader's default). */
#define CV_MAX_FILE (1024u * 1024u * 1024u)

ent_status ent_convert_probe_json(const char *path, ent_graph_format *format,
                                  ent_diag_list_t *diags) {
    char *text = NULL;
    size_t length = 0;
    ent_status status = ent_file_read(path, CV_MAX_FILE, &text, &length, diags);
    if (status != ENT_OK) {
        return status;
    }
    cJSON *doc = cJSON_ParseWithLength(text, length);
    *format = ENT_GRAPH_ENTENTE;
    if (cJSON_IsObject(doc) && !cJSON_HasObjectItem(doc, "schema") &&
        (cJSON_HasObjectItem(doc, "links") ||
         cJSON_HasObjectItem(doc, "nodes"))) {
        *format = ENT_GRAPH_NODE_LINK;
    }
    cJSON_Delete(doc);
    free(text);
    return ENT_OK;
}

char *ent_convert_part_path(const char *path, ent_convert_part part) {
    static const char *const tails[] = {".csv", ".edges.csv", ".nodes.csv",
                                        ".graph.csv"};
    size_t base = strlen(path);
    if (ends_with(path, ".csv")) {
        base -= 4;
        for (size_t i = 1; i < 4; i++) {
            size_t inner = strlen(tails[i]) - 4;
            if (base >= inner &&
                strncmp(path + base - inner, tails[i], inner) == 0) {
                base -= inner;
                break;
            }
        }
    }
    const char *tail = tails[part <= ENT_CONVERT_CSV_GRAPH ? part : 0];
    char *result = malloc(base + strlen(tail) + 1);
    if (result != NULL) {
        memcpy(result, path, base);
        strcpy(result + base, tail);
    }
    return result;
}

/* A series needs every frame dated, in increasing order. */
static ent_status check_series(const ent_convert_frame_t *frames, size_t count,
                               const char **dates, ent_diag_list_t *diags) {
    for (size_t f = 0; f < count; f++) {
        const ent_snapshot_t *s = ent_network_snapshot(frames[f].network);
        dates[f] = ent_snapshot_date(s);
        const char *id = ent_snapshot_id(s) ? ent_snapshot_id(s) : "(no id)";
        if (count > 1 && dates[f] == NULL) {
            ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, "/date",
                         "snapshot %s has no date: a series needs one "
                         "for its time line",
                         id);
            return ENT_EINPUT;
        }
        if (f > 0 && count > 1 && strcmp(dates[f - 1], dates[f]) >= 0) {
            ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, "/date",
                         "snapshot %s dated %s does not come after %s: give "
                         "the snapshots of a series in date order",
                         id, dates[f], dates[f - 1]);
            return ENT_EINPUT;
        }
    }
    return ENT_OK;
}

static ent_status write_graphs(FILE *out, ent_graph_format format,
                               ent_convert_part part, const cv_graph *graphs,
                               size_t count, const char *const *dates) {
    switch (format) {
    case ENT_GRAPH_GRAPHML:
        return cv_write_graphml(out, graphs);
    case ENT_GRAPH_GEXF:
        return cv_write_gexf(out, graphs, count, dates);
    case ENT_GRAPH_NODE_LINK:
        return cv_write_node_link(out, graphs);
    case ENT_GRAPH_CSV:
        return cv_write_csv(out, graphs, part);
    case ENT_GRAPH_PAJEK:
        return cv_write_pajek(out, graphs);
    default:
        return ENT_EUSAGE;
    }
}

ent_status ent_convert_export(FILE *out, ent_graph_format format,
                              ent_convert_part part,
                              const ent_convert_frame_t *frames,
                              size_t frame_count, ent_diag_list_t *diags) {
    if (frame_count == 0 || (frame_count > 1 && format != ENT_GRAPH_GEXF) ||
        format == ENT_GRAPH_ENTENTE || format >= ENT_GRAPH_COUNT) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "%s takes one network%s",
                     ent_graph_format_name(format)
                         ? ent_graph_format_name(format)
                         : "this format",
                     format == ENT_GRAPH_GEXF ? " or more" : "");
        return ENT_EUSAGE;
    }
    cv_graph *graphs = calloc(frame_count, sizeof *graphs);
    const char **dates = calloc(frame_count, sizeof *dates);
    size_t made = 0;
    ent_status status = graphs && dates ? ENT_OK : ENT_ENOMEM;
    if (status == ENT_OK) {
        status = check_series(frames, frame_count, dates, diags);
    }
    for (; status == ENT_OK && made < frame_count; made++) {
        status = cv_graph_from_frame(&graphs[made], &frames[made], diags);
    }
    if (status == ENT_OK) {
        status = write_graphs(out, format, part, graphs, frame_count, dates);
    }
    for (size_t i = 0; graphs != NULL && i < made; i++) {
        cv_graph_destroy(&graphs[i]);
    }
    free(graphs);
    free(dates);
    if (status == ENT_ENOMEM) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "out of memory while converting");
    }
    return status;
}

ent_status ent_convert_import(ent_snapshot_t **snapshot, const char *path,
                              ent_graph_format format, ent_diag_list_t *diags) {
    *snapshot = NULL;
    cv_graph graph;
    ent_status status = ENT_OK;
    switch (format) {
    case ENT_GRAPH_GRAPHML:
        status = cv_read_graphml(&graph, path, diags);
        break;
    case ENT_GRAPH_GEXF:
        status = cv_read_gexf(&graph, path, diags);
        break;
    case ENT_GRAPH_NODE_LINK:
        status = cv_read_node_link(&graph, path, diags);
        break;
    case ENT_GRAPH_CSV:
        status = cv_read_csv(&graph, path, diags);
        break;
    default:
        ent_diag_add(diags, ENT_SEVERITY_ERROR, path, 0, 0, NULL,
                     "%s files cannot be read back: export only",
                     ent_graph_format_name(format)
                         ? ent_graph_format_name(format)
                         : "these");
        return ENT_EUSAGE;
    }
    if (status == ENT_OK) {
        status = cv_graph_to_snapshot(&graph, snapshot, diags);
    }
    cv_graph_destroy(&graph);
    return status;
}
