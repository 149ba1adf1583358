/*
 * Writing the tables of a batch: the snapshot table is made here from the
 * items; the node and group tables are the workers' rows, put together in
 * input order under one header.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "batch/batch_internal.h"
#include "entente/io.h"

/* The columns before the graph metrics, with the item's text for each. */
enum { HEAD_COLUMNS = 6 };
static const char *const head_names[HEAD_COLUMNS] = {"file", "id",     "title",
                                                     "date", "status", "error"};

static void head_values(const ent_batch_item_t *item,
                        const char *values[HEAD_COLUMNS]) {
    values[0] = item->path;
    values[1] = item->id;
    values[2] = item->title;
    values[3] = item->date;
    values[4] = item->status == ENT_OK ? "ok" : "failed";
    values[5] = item->error;
}

/* The sampling of the first file whose betweenness was sampled, or NULL:
 * its epsilon, delta and seed are every file's (the batch's options). */
static const ent_betweenness_sampling_t *
first_sampled(const ent_batch_t *batch) {
    for (size_t i = 0; i < batch->count; i++) {
        if (batch->items[i].sampling.sampled) {
            return &batch->items[i].sampling;
        }
    }
    return NULL;
}

/* Results that say only how betweenness was computed: what
 * ent_metrics_*_label read to name a metric ("_sampled"). */
static ent_metrics_t sampled_as(const ent_betweenness_sampling_t *sampling) {
    ent_metrics_t metrics;
    memset(&metrics, 0, sizeof metrics);
    metrics.sampling = *sampling;
    return metrics;
}

/* A CSV column of a metric: its label when any file was sampled
 * ("_sampled"), with the batch's epsilon, delta and seed then. */
static void csv_label(FILE *out, const char *label,
                      const ent_betweenness_sampling_t *sampled) {
    if (sampled == NULL || strstr(label, "_sampled") == NULL) {
        ent_out_csv_field(out, label, 0);
        return;
    }
    char parameters[200], named[300];
    ent_betweenness_sampling_format(parameters, sizeof parameters, sampled, 0);
    snprintf(named, sizeof named, "%s(%s)", label, parameters);
    ent_out_csv_field(out, named, 0);
}

static void snapshots_csv(FILE *out, const ent_batch_t *batch) {
    const ent_betweenness_sampling_t *sampled = first_sampled(batch);
    ent_betweenness_sampling_t exact = {0};
    ent_metrics_t labels = sampled_as(sampled ? sampled : &exact);
    for (int c = 0; c < HEAD_COLUMNS; c++) {
        ent_out_csv_field(out, head_names[c], c == 0);
    }
    for (int m = 0; m < ENT_GRAPH_METRIC_COUNT; m++) {
        csv_label(out, ent_metrics_graph_label(&labels, (ent_graph_metric)m),
                  sampled);
    }
    if (sampled != NULL) {
        ent_out_csv_field(out, "betweenness_sampling", 0);
    }
    fputc('\n', out);
    for (size_t i = 0; i < batch->count; i++) {
        const char *values[HEAD_COLUMNS];
        head_values(&batch->items[i], values);
        for (int c = 0; c < HEAD_COLUMNS; c++) {
            ent_out_csv_field(out, values[c], c == 0);
        }
        for (int m = 0; m < ENT_GRAPH_METRIC_COUNT; m++) {
            ent_out_csv_number(out, batch->items[i].graph[m], 0);
        }
        if (sampled != NULL) {
            char parameters[200];
            ent_betweenness_sampling_format(parameters, sizeof parameters,
                                            &batch->items[i].sampling, 1);
            ent_out_csv_field(
                out, batch->items[i].sampling.sampled ? parameters : NULL, 0);
        }
        fputc('\n', out);
    }
}

static void snapshots_json(FILE *out, const ent_batch_t *batch) {
    fputs(batch->count ? "[\n" : "[", out);
    for (size_t i = 0; i < batch->count; i++) {
        const char *values[HEAD_COLUMNS];
        head_values(&batch->items[i], values);
        for (int c = 0; c < HEAD_COLUMNS; c++) {
            fprintf(out, "%s\"%s\": ", c ? ", " : "  {", head_names[c]);
            ent_out_json_string(out, values[c]);
        }
        const ent_betweenness_sampling_t *sampling = &batch->items[i].sampling;
        ent_metrics_t labels = sampled_as(sampling);
        for (int m = 0; m < ENT_GRAPH_METRIC_COUNT; m++) {
            fprintf(out, ", \"%s\": ",
                    ent_metrics_graph_label(&labels, (ent_graph_metric)m));
            ent_out_json_number(out, batch->items[i].graph[m]);
        }
        if (sampling->sampled) {
            fputs(", \"betweenness_sampling\": ", out);
            ent_betweenness_sampling_json(out, sampling);
        }
        fputs(i + 1 < batch->count ? "},\n" : "}\n", out);
    }
    fputs("]\n", out);
}

static void long_header(FILE *out, const ent_batch_t *batch,
                        ent_batch_table table) {
    ent_out_csv_field(out, "file", 1);
    ent_out_csv_field(out, "snapshot", 0);
    if (table == ENT_BATCH_TABLE_NODES) {
        const ent_betweenness_sampling_t *sampled = first_sampled(batch);
        ent_betweenness_sampling_t exact = {0};
        ent_metrics_t labels = sampled_as(sampled ? sampled : &exact);
        fputs(",id,name,type", out);
        for (int m = 0; m < ENT_NODE_METRIC_COUNT; m++) {
            csv_label(out, ent_metrics_node_label(&labels, (ent_node_metric)m),
                      sampled);
        }
    } else {
        fputs(",group", out);
        for (int c = 0; c < BATCH_GROUP_COLUMNS; c++) {
            ent_out_csv_field(out, batch_group_column(c), 0);
        }
    }
    fputc('\n', out);
}

/* The workers' JSON rows each end in ",\n": the last one loses its comma. */
static void long_rows(FILE *out, const ent_batch_t *batch,
                      ent_batch_table table, ent_format format) {
    if (format == ENT_FORMAT_CSV) {
        long_header(out, batch, table);
    } else {
        fputc('[', out);
    }
    size_t last = batch->count;
    for (size_t i = 0; i < batch->count; i++) {
        const char *rows = table == ENT_BATCH_TABLE_NODES
                               ? batch->items[i].nodes
                               : batch->items[i].groups;
        if (rows != NULL && rows[0] != '\0') {
            last = i;
        }
    }
    int any = 0;
    for (size_t i = 0; i < batch->count; i++) {
        const char *rows = table == ENT_BATCH_TABLE_NODES
                               ? batch->items[i].nodes
                               : batch->items[i].groups;
        if (rows == NULL || rows[0] == '\0') {
            continue;
        }
        size_t length = strlen(rows);
        if (format == ENT_FORMAT_JSON) {
            fputs(any ? "" : "\n", out);
            if (i == last && length >= 2) {
                fwrite(rows, 1, length - 2, out); /* less ",\n" */
                fputc('\n', out);
                any = 1;
                continue;
            }
        }
        fwrite(rows, 1, length, out);
        any = 1;
    }
    if (format == ENT_FORMAT_JSON) {
        fputs("]\n", out);
    }
}

ent_status ent_batch_write(FILE *out, const ent_batch_t *batch,
                           ent_batch_table table, ent_format format) {
    if (format != ENT_FORMAT_CSV && format != ENT_FORMAT_JSON) {
        return ENT_EUSAGE;
    }
    if (table == ENT_BATCH_TABLE_SNAPSHOTS) {
        if (format == ENT_FORMAT_CSV) {
            snapshots_csv(out, batch);
        } else {
            snapshots_json(out, batch);
        }
    } else {
        int collected =
            table == ENT_BATCH_TABLE_NODES ? batch->nodes : batch->groups;
        ent_format made = table == ENT_BATCH_TABLE_NODES ? batch->nodes_format
                                                         : batch->groups_format;
        if (!collected || made != format) {
            return ENT_EUSAGE;
        }
        long_rows(out, batch, table, format);
    }
    return ferror(out) ? ENT_EIO : ENT_OK;
}

typedef struct {
    const ent_batch_t *batch;
    ent_batch_table table;
    ent_format format;
} write_payload;

static ent_status write_table(FILE *out, const void *payload) {
    const write_payload *p = payload;
    return ent_batch_write(out, p->batch, p->table, p->format);
}

ent_status ent_batch_write_file(const char *path, const ent_batch_t *batch,
                                ent_batch_table table, ent_format format,
                                ent_diag_list_t *diags) {
    write_payload payload = {batch, table, format};
    return ent_file_write_atomic(path, write_table, &payload, diags);
}
