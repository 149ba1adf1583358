/*
 * One file of a batch: load, build, measure, optionally draw, and format
 * the rows of the long tables. This runs inside a worker process.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "batch/batch_internal.h"
#include "entente/io.h"
#include "entente/load.h"

void ent_batch_options_init(ent_batch_options_t *options) {
    memset(options, 0, sizeof *options);
    ent_metrics_options_init(&options->metrics);
    options->nodes_format = ENT_FORMAT_CSV;
    options->groups_format = ENT_FORMAT_CSV;
    ent_render_options_init(&options->render);
    options->timeout = ENT_BATCH_DEFAULT_TIMEOUT;
}

void batch_item_release(ent_batch_item_t *item) {
    free(item->path);
    free(item->id);
    free(item->title);
    free(item->date);
    free(item->error);
    free(item->nodes);
    free(item->groups);
    for (size_t i = 0; i < item->message_count; i++) {
        free(item->messages[i].text);
    }
    free(item->messages);
    memset(item, 0, sizeof *item);
}

ent_status batch_item_add_message(ent_batch_item_t *item, ent_severity severity,
                                  const char *text) {
    ent_batch_message_t *grown =
        realloc(item->messages, (item->message_count + 1) * sizeof *grown);
    if (grown == NULL) {
        return ENT_ENOMEM;
    }
    item->messages = grown;
    char *copy = strdup(text);
    if (copy == NULL) {
        return ENT_ENOMEM;
    }
    grown[item->message_count].severity = severity;
    grown[item->message_count++].text = copy;
    if (severity == ENT_SEVERITY_ERROR && item->error == NULL) {
        item->error = strdup(text);
        return item->error ? ENT_OK : ENT_ENOMEM;
    }
    return ENT_OK;
}

char *batch_render_path(const char *dir, const char *input,
                        ent_render_format format) {
    const char *base = strrchr(input, '/');
    base = base ? base + 1 : input;
    size_t length = strlen(base);
    if (length > 5 && strcmp(base + length - 5, ".json") == 0) {
        length -= 5;
    }
    size_t size = strlen(dir) + length + 16;
    char *path = malloc(size);
    if (path != NULL) {
        size_t dir_length = strlen(dir);
        int slash = dir_length > 0 && dir[dir_length - 1] == '/';
        snprintf(path, size, "%s%s%.*s.%s", dir, slash ? "" : "/", (int)length,
                 base, ent_render_format_name(format));
    }
    return path;
}

static char *dup_or_null(const char *text) {
    return text ? strdup(text) : NULL;
}

/* The long node table: file, snapshot, id, name, type, every node metric
 * (empty or null when not computed). */
static void node_rows(FILE *out, ent_format format, const char *path,
                      const ent_metrics_t *metrics) {
    const ent_network_t *net = metrics->network;
    const char *snapshot = ent_snapshot_id(ent_network_snapshot(net));
    for (size_t v = 0; v < ent_network_vertex_count(net); v++) {
        const ent_entity_t *entity = ent_network_vertex_entity(net, v);
        const char *type = ent_entity_type_name(entity->type);
        if (format == ENT_FORMAT_JSON) {
            fputs("  {\"file\": ", out);
            ent_out_json_string(out, path);
            fputs(", \"snapshot\": ", out);
            ent_out_json_string(out, snapshot);
            fputs(", \"id\": ", out);
            ent_out_json_string(out, entity->id);
            fputs(", \"name\": ", out);
            ent_out_json_string(out, ent_entity_label(entity));
            fputs(", \"type\": ", out);
            ent_out_json_string(out, type);
        } else {
            ent_out_csv_field(out, path, 1);
            ent_out_csv_field(out, snapshot, 0);
            ent_out_csv_field(out, entity->id, 0);
            ent_out_csv_field(out, ent_entity_label(entity), 0);
            ent_out_csv_field(out, type, 0);
        }
        for (int m = 0; m < ENT_NODE_METRIC_COUNT; m++) {
            double value = metrics->node[m] ? metrics->node[m][v] : (double)NAN;
            if (format == ENT_FORMAT_JSON) {
                fprintf(out, ", \"%s\": ",
                        ent_metrics_node_label(metrics, (ent_node_metric)m));
                ent_out_json_number(out, value);
            } else {
                ent_out_csv_number(out, value, 0);
            }
        }
        fputs(format == ENT_FORMAT_JSON ? "},\n" : "\n", out);
    }
}

/* Entity ids joined by ';' (NULL for none): one field of a group row. */
static char *id_list(const ent_snapshot_t *snapshot, const size_t *entities,
                     size_t count) {
    size_t size = 1;
    for (size_t i = 0; i < count; i++) {
        size += strlen(ent_snapshot_entity(snapshot, entities[i])->id) + 1;
    }
    char *list = calloc(size, 1);
    for (size_t i = 0; list != NULL && i < count; i++) {
        strcat(strcat(list, i ? ";" : ""),
               ent_snapshot_entity(snapshot, entities[i])->id);
    }
    return list;
}

const char *batch_group_column(int column) {
    return column < ENT_GROUP_METRIC_COUNT
               ? ent_group_metric_name((ent_group_metric)column)
               : "events";
}

static const char *entity_id_or_null(const ent_snapshot_t *s, size_t entity) {
    return entity == ENT_NO_ENTITY ? NULL : ent_snapshot_entity(s, entity)->id;
}

/* One field of a group row: text (an id, a list of ids) or a number. */
static void group_text(FILE *out, ent_format format, const char *text) {
    if (format == ENT_FORMAT_JSON) {
        ent_out_json_string(out, text);
    } else {
        ent_out_csv_field(out, text, 0);
    }
}

static void group_number(FILE *out, ent_format format, double number) {
    if (format == ENT_FORMAT_JSON) {
        ent_out_json_number(out, number);
    } else {
        ent_out_csv_number(out, number, 0);
    }
}

/* A group metric's field: a list as its ids joined by ';', an entity as
 * its id, anything else as one number (ent_group_number: attendance is
 * the mean over the events the organization convened, one number per
 * row whatever the events are called). ENT_ENOMEM. */
static ent_status group_field(FILE *out, ent_format format,
                              const ent_metrics_t *metrics,
                              const ent_group_result_t *group,
                              ent_group_metric m) {
    const ent_snapshot_t *s = ent_network_snapshot(metrics->network);
    switch (ent_group_column(m)->kind) {
    case ENT_GROUP_ENTITIES: {
        size_t count;
        const size_t *list = ent_group_entities(group, m, &count);
        char *ids = id_list(s, list, count);
        if (ids == NULL) {
            return ENT_ENOMEM;
        }
        group_text(out, format, ids);
        free(ids);
        break;
    }
    case ENT_GROUP_ENTITY:
        group_text(out, format, entity_id_or_null(s, group->entity[m]));
        break;
    case ENT_GROUP_NUMBER:
    case ENT_GROUP_PER_EVENT:
        group_number(out, format, ent_group_number(metrics, group, m));
        break;
    }
    return ENT_OK;
}

/* One row per organization: every group metric, then `events`, how many
 * events the snapshot has. */
static ent_status group_rows(FILE *out, ent_format format, const char *path,
                             const ent_metrics_t *metrics) {
    const ent_snapshot_t *s = ent_network_snapshot(metrics->network);
    for (size_t g = 0; g < metrics->group_count; g++) {
        const ent_group_result_t *group = &metrics->groups[g];
        const char *organization = entity_id_or_null(s, group->organization);
        if (format == ENT_FORMAT_JSON) {
            fputs("  {\"file\": ", out);
            ent_out_json_string(out, path);
            fputs(", \"snapshot\": ", out);
            ent_out_json_string(out, ent_snapshot_id(s));
            fputs(", \"group\": ", out);
            ent_out_json_string(out, organization);
        } else {
            ent_out_csv_field(out, path, 1);
            ent_out_csv_field(out, ent_snapshot_id(s), 0);
            ent_out_csv_field(out, organization, 0);
        }
        for (int c = 0; c < BATCH_GROUP_COLUMNS; c++) {
            if (format == ENT_FORMAT_JSON) {
                fprintf(out, ", \"%s\": ", batch_group_column(c));
            }
            if (c == ENT_GROUP_METRIC_COUNT) {
                group_number(out, format, (double)metrics->event_count);
            } else if (group_field(out, format, metrics, group,
                                   (ent_group_metric)c) != ENT_OK) {
                return ENT_ENOMEM;
            }
        }
        fputs(format == ENT_FORMAT_JSON ? "},\n" : "\n", out);
    }
    return ENT_OK;
}

/* Runs `rows` into a heap string. */
static ent_status rows_text(char **text, ent_format format, const char *path,
                            const ent_metrics_t *metrics, int groups) {
    size_t size = 0;
    FILE *out = open_memstream(text, &size);
    if (out == NULL) {
        return ENT_ENOMEM;
    }
    ent_status status = ENT_OK;
    if (groups) {
        status = group_rows(out, format, path, metrics);
    } else {
        node_rows(out, format, path, metrics);
    }
    if (fclose(out) != 0 && status == ENT_OK) {
        status = ENT_ENOMEM;
    }
    return status;
}

static ent_status draw(batch_worker *worker, const char *path,
                       const ent_network_t *network,
                       const ent_metrics_t *metrics, ent_diag_list_t *diags) {
    const ent_batch_options_t *options = worker->options;
    if (worker->renderer == NULL &&
        (worker->renderer = ent_renderer_new()) == NULL) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "graphviz could not start (are its plugins installed?)");
        return ENT_EINTERNAL;
    }
    char *output =
        batch_render_path(options->render_dir, path, options->render.format);
    if (output == NULL) {
        return ENT_ENOMEM;
    }
    ent_status status = ent_render_file(worker->renderer, output, network,
                                        metrics, &options->render, diags);
    free(output);
    return status;
}

/* Loads, builds, measures and draws; each step's diagnostics in `diags`. */
static ent_status process(batch_worker *worker, ent_batch_item_t *item,
                          const char *path, ent_diag_list_t *diags) {
    const ent_batch_options_t *options = worker->options;
    ent_snapshot_t *snapshot = NULL;
    ent_network_t *network = NULL;
    ent_metrics_t metrics;
    int have_network = 0, have_metrics = 0;
    ent_load_options_t load;
    ent_load_options_init(&load);
    load.warnings = 0; /* warnings are `entente validate`'s business */
    ent_status status = ent_snapshot_load_file(&snapshot, path, &load, diags);
    if (status == ENT_OK) {
        item->id = dup_or_null(ent_snapshot_id(snapshot));
        item->title = dup_or_null(ent_snapshot_title(snapshot));
        item->date = dup_or_null(ent_snapshot_date(snapshot));
        status = ent_network_build(&network, snapshot, options->network, diags);
        have_network = status == ENT_OK;
    }
    if (status == ENT_OK) {
        status =
            ent_metrics_compute(&metrics, network, &options->metrics, diags);
        have_metrics = status == ENT_OK;
    }
    if (have_metrics) {
        item->sampling = metrics.sampling;
    }
    for (int m = 0; have_metrics && m < ENT_GRAPH_METRIC_COUNT; m++) {
        if (metrics.computed.graph[m]) {
            item->graph[m] = metrics.graph[m];
        }
    }
    if (status == ENT_OK && options->nodes) {
        status =
            rows_text(&item->nodes, options->nodes_format, path, &metrics, 0);
    }
    if (status == ENT_OK && options->groups) {
        status =
            rows_text(&item->groups, options->groups_format, path, &metrics, 1);
    }
    if (status == ENT_OK && options->render_dir != NULL) {
        status = draw(worker, path, network, &metrics, diags);
    }
    if (have_metrics) {
        ent_metrics_destroy(&metrics);
    }
    if (have_network) {
        ent_network_destroy(network);
    }
    ent_snapshot_free(snapshot);
    return status;
}

ent_status batch_process_file(batch_worker *worker, ent_batch_item_t *item,
                              const char *path) {
    for (int m = 0; m < ENT_GRAPH_METRIC_COUNT; m++) {
        item->graph[m] = NAN;
    }
    item->path = strdup(path);
    if (item->path == NULL) {
        return ENT_ENOMEM;
    }
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    item->status = process(worker, item, path, &diags);
    ent_status status = ENT_OK;
    for (size_t i = 0; i < diags.count && status == ENT_OK; i++) {
        /* A message without a file (a bad --layer) names this one. */
        ent_diag_t diag = diags.items[i];
        diag.file = diag.file ? diag.file : item->path;
        char *line = ent_diag_format(&diag);
        status =
            line ? batch_item_add_message(item, diags.items[i].severity, line)
                 : ENT_ENOMEM;
        free(line);
    }
    if (status == ENT_OK && item->status != ENT_OK && item->error == NULL) {
        /* A failure always says why, even when a step left no line. */
        char line[512];
        snprintf(line, sizeof line, "%s: error: %s", path,
                 ent_status_name(item->status));
        status = batch_item_add_message(item, ENT_SEVERITY_ERROR, line);
    }
    ent_diag_list_destroy(&diags);
    return status;
}
