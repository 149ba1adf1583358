/*
 * Writing results as JSON and CSV, and the atomic file writer. NAN (an
 * undefined value) is written as null in JSON and as an empty CSV field;
 * numbers in the shortest form that reads back to the same double.
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "entente/io.h"
#include "entente/network.h"
#include "metrics/metrics_internal.h"

void ent_write_options_init(ent_write_options_t *options) {
    options->format = ENT_FORMAT_JSON;
    options->level = ENT_LEVEL_NODES;
    options->sort = ENT_NODE_BETWEENNESS;
    options->top = 0;
}

static void json_number(FILE *out, double value) {
    char text[40];
    if (isnan(value)) {
        fputs("null", out);
        return;
    }
    ent_format_number(text, sizeof text, value);
    fputs(text, out);
}

static const char *entity_id(const ent_metrics_t *metrics, size_t entity) {
    if (entity == ENT_NO_ENTITY) {
        return NULL;
    }
    return ent_snapshot_entity(metrics->network->snapshot, entity)->id;
}

static void json_id_list(FILE *out, const ent_metrics_t *metrics,
                         const size_t *entities, size_t count) {
    fputc('[', out);
    for (size_t i = 0; i < count; i++) {
        fputs(i ? ", " : "", out);
        ent_out_json_string(out, entity_id(metrics, entities[i]));
    }
    fputc(']', out);
}

static void json_network(FILE *out, const ent_network_t *net) {
    const ent_snapshot_t *snapshot = net->snapshot;
    fputs("  \"network\": {\"layers\": [", out);
    for (size_t k = 0; k < net->layer_count; k++) {
        fputs(k ? ", " : "", out);
        ent_out_json_string(
            out, ent_snapshot_relation_type(snapshot, net->layers[k])->name);
    }
    fprintf(out, "], \"directed\": %s, \"distance\": ",
            net->directed ? "true" : "false");
    ent_out_json_string(out, ent_distance_name(net->distance));
    fputs(", \"projection\": ", out);
    ent_out_json_string(out, net->projection == ENT_PROJECT_NONE
                                 ? NULL
                                 : ent_projection_name(net->projection));
    fputs(", \"status\": [", out);
    int first = 1;
    for (int s = ENT_MEMBERSHIP_ACTIVE; s < ENT_MEMBERSHIP_COUNT; s++) {
        if (net->statuses[s]) {
            fputs(first ? "" : ", ", out);
            ent_out_json_string(
                out, ent_membership_status_name((ent_membership_status)s));
            first = 0;
        }
    }
    fputs("]},\n", out);
}

/* An event's id, for the per-event metrics: an event is always an
 * entity of the snapshot (never ENT_NO_ENTITY). */
static const char *event_id(const ent_metrics_t *metrics, size_t e) {
    return ent_snapshot_entity(metrics->network->snapshot, metrics->events[e])
        ->id;
}

/* A per-event metric as an object of the events where it is defined
 * (attendance: the events the organization convened). */
static void json_per_event(FILE *out, const ent_metrics_t *metrics,
                           const double *values) {
    fputc('{', out);
    for (size_t e = 0, shown = 0; e < metrics->event_count; e++) {
        if (isnan(values[e])) {
            continue;
        }
        fputs(shown++ ? ", " : "", out);
        ent_out_json_string(out, event_id(metrics, e));
        fputs(": ", out);
        json_number(out, values[e]);
    }
    fputc('}', out);
}

static void json_group(FILE *out, const ent_metrics_t *metrics,
                       const ent_group_result_t *group) {
    fputs("    {\"id\": ", out);
    ent_out_json_string(out, entity_id(metrics, group->organization));
    for (int i = 0; i < ENT_GROUP_METRIC_COUNT; i++) {
        ent_group_metric m = (ent_group_metric)i;
        if (!metrics->computed.group[m]) {
            continue;
        }
        fprintf(out, ", \"%s\": ", ent_group_metric_name(m));
        size_t count;
        const size_t *list;
        switch (ent_group_column(m)->kind) {
        case ENT_GROUP_ENTITIES:
            list = ent_group_entities(group, m, &count);
            json_id_list(out, metrics, list, count);
            break;
        case ENT_GROUP_PER_EVENT:
            json_per_event(out, metrics, ent_group_per_event(group, m));
            break;
        case ENT_GROUP_ENTITY:
            ent_out_json_string(out, entity_id(metrics, group->entity[m]));
            break;
        case ENT_GROUP_NUMBER:
            json_number(out, group->value[m]);
            break;
        }
    }
    fputc('}', out);
}

void ent_betweenness_sampling_json(FILE *out,
                                   const ent_betweenness_sampling_t *s) {
    fputs("{\"method\": \"Riondato-Kornaropoulos\", \"epsilon\": ", out);
    json_number(out, s->epsilon);
    fputs(", \"delta\": ", out);
    json_number(out, s->delta);
    fprintf(out, ", \"seed\": %lu, \"samples\": %zu, \"vertex_diameter\": %zu",
            s->seed, s->samples, s->vertex_diameter);
    fputs(", \"bound\": ", out);
    json_number(out, s->bound);
    fputc('}', out);
}

/* How sampled betweenness was estimated, when it was. */
static void json_sampling(FILE *out, const ent_betweenness_sampling_t *s) {
    if (s->sampled) {
        fputs("  \"betweenness_sampling\": ", out);
        ent_betweenness_sampling_json(out, s);
        fputs(",\n", out);
    }
}

ent_status ent_metrics_write_json(FILE *out, const ent_metrics_t *metrics) {
    const ent_network_t *net = metrics->network;
    const ent_snapshot_t *snapshot = net->snapshot;
    fputs("{\n  \"snapshot\": {\"id\": ", out);
    ent_out_json_string(out, ent_snapshot_id(snapshot));
    fputs(", \"title\": ", out);
    ent_out_json_string(out, ent_snapshot_title(snapshot));
    fputs(", \"date\": ", out);
    ent_out_json_string(out, ent_snapshot_date(snapshot));
    fputs("},\n", out);
    json_network(out, net);
    json_sampling(out, &metrics->sampling);
    fputs("  \"graph\": {", out);
    int first = 1;
    for (int i = 0; i < ENT_GRAPH_METRIC_COUNT; i++) {
        if (metrics->computed.graph[i]) {
            fprintf(out, "%s\n    \"%s\": ", first ? "" : ",",
                    ent_metrics_graph_label(metrics, (ent_graph_metric)i));
            json_number(out, metrics->graph[i]);
            first = 0;
        }
    }
    fputs(first ? "},\n  \"nodes\": [" : "\n  },\n  \"nodes\": [", out);
    for (size_t v = 0; v < net->vertex_count; v++) {
        const ent_entity_t *entity = ent_network_vertex_entity(net, v);
        fputs(v ? ",\n    {\"id\": " : "\n    {\"id\": ", out);
        ent_out_json_string(out, entity->id);
        fputs(", \"name\": ", out);
        ent_out_json_string(out, ent_entity_label(entity));
        fputs(", \"type\": ", out);
        ent_out_json_string(out, ent_entity_type_name(entity->type));
        for (int i = 0; i < ENT_NODE_METRIC_COUNT; i++) {
            if (metrics->computed.node[i]) {
                fprintf(out, ", \"%s\": ",
                        ent_metrics_node_label(metrics, (ent_node_metric)i));
                json_number(out, metrics->node[i][v]);
            }
        }
        fputc('}', out);
    }
    fputs(net->vertex_count ? "\n  ],\n  \"groups\": [" : "],\n  \"groups\": [",
          out);
    int any_group = 0;
    for (int i = 0; i < ENT_GROUP_METRIC_COUNT; i++) {
        any_group |= metrics->computed.group[i];
    }
    size_t groups = any_group ? metrics->group_count : 0;
    for (size_t g = 0; g < groups; g++) {
        fputs(g ? ",\n" : "\n", out);
        json_group(out, metrics, &metrics->groups[g]);
    }
    fputs(groups ? "\n  ]\n}\n" : "]\n}\n", out);
    return ferror(out) ? ENT_EIO : ENT_OK;
}

static void csv_number(FILE *out, double value) {
    char text[40];
    fputc(',', out);
    if (!isnan(value)) {
        ent_format_number(text, sizeof text, value);
        fputs(text, out);
    }
}

/* Entity ids joined by ';' as one field, quoted when one needs it. */
static void csv_id_list(FILE *out, const ent_metrics_t *metrics,
                        const size_t *entities, size_t count) {
    int quote = 0;
    for (size_t i = 0; i < count; i++) {
        const char *id =
            ent_snapshot_entity(metrics->network->snapshot, entities[i])->id;
        quote |= strpbrk(id, ",\"\r\n") != NULL;
    }
    fputs(quote ? ",\"" : ",", out);
    for (size_t i = 0; i < count; i++) {
        if (i) {
            fputc(';', out);
        }
        const char *id =
            ent_snapshot_entity(metrics->network->snapshot, entities[i])->id;
        for (const char *c = id; *c; c++) {
            if (*c == '"') {
                fputc('"', out);
            }
            fputc(*c, out);
        }
    }
    if (quote) {
        fputc('"', out);
    }
}

void ent_betweenness_sampling_format(char *out, size_t size,
                                     const ent_betweenness_sampling_t *s,
                                     int per_run) {
    char epsilon[40], delta[40], bound[40];
    ent_format_number(epsilon, sizeof epsilon, s->epsilon);
    ent_format_number(delta, sizeof delta, s->delta);
    int used = snprintf(out, size, "epsilon=%s;delta=%s;seed=%lu", epsilon,
                        delta, s->seed);
    if (per_run && used >= 0 && (size_t)used < size) {
        ent_format_number(bound, sizeof bound, s->bound);
        snprintf(out + used, size - (size_t)used, ";samples=%zu;bound=%s",
                 s->samples, bound);
    }
}

/* A column's name; a sampled one carries its parameters and bound
 * (no comma: one CSV field). */
static void csv_label(FILE *out, const ent_metrics_t *metrics,
                      const char *label) {
    const ent_betweenness_sampling_t *s = &metrics->sampling;
    fprintf(out, ",%s", label);
    if (s->sampled && strstr(label, "_sampled") != NULL) {
        char parameters[200];
        ent_betweenness_sampling_format(parameters, sizeof parameters, s, 1);
        fprintf(out, "(%s)", parameters);
    }
}

static ent_status csv_nodes(FILE *out, const ent_metrics_t *metrics) {
    const ent_network_t *net = metrics->network;
    fputs("id,name,type", out);
    for (int i = 0; i < ENT_NODE_METRIC_COUNT; i++) {
        if (metrics->computed.node[i]) {
            csv_label(out, metrics,
                      ent_metrics_node_label(metrics, (ent_node_metric)i));
        }
    }
    fputc('\n', out);
    for (size_t v = 0; v < net->vertex_count; v++) {
        const ent_entity_t *entity = ent_network_vertex_entity(net, v);
        ent_out_csv_field(out, entity->id, 1);
        ent_out_csv_field(out, ent_entity_label(entity), 0);
        ent_out_csv_field(out, ent_entity_type_name(entity->type), 0);
        for (int i = 0; i < ENT_NODE_METRIC_COUNT; i++) {
            if (metrics->computed.node[i]) {
                csv_number(out, metrics->node[i][v]);
            }
        }
        fputc('\n', out);
    }
    return ferror(out) ? ENT_EIO : ENT_OK;
}

static ent_status csv_graph(FILE *out, const ent_metrics_t *metrics) {
    fputs("snapshot", out);
    for (int i = 0; i < ENT_GRAPH_METRIC_COUNT; i++) {
        if (metrics->computed.graph[i]) {
            csv_label(out, metrics,
                      ent_metrics_graph_label(metrics, (ent_graph_metric)i));
        }
    }
    fputc('\n', out);
    ent_out_csv_field(out, ent_snapshot_id(metrics->network->snapshot), 1);
    for (int i = 0; i < ENT_GRAPH_METRIC_COUNT; i++) {
        if (metrics->computed.graph[i]) {
            csv_number(out, metrics->graph[i]);
        }
    }
    fputc('\n', out);
    return ferror(out) ? ENT_EIO : ENT_OK;
}

/* A per-event metric takes one column per event: NAME:EVENT-ID. */
static void csv_groups_header(FILE *out, const ent_metrics_t *metrics) {
    fputs("id", out);
    for (int i = 0; i < ENT_GROUP_METRIC_COUNT; i++) {
        ent_group_metric m = (ent_group_metric)i;
        if (!metrics->computed.group[m]) {
            continue;
        }
        if (ent_group_column(m)->kind != ENT_GROUP_PER_EVENT) {
            fprintf(out, ",%s", ent_group_metric_name(m));
            continue;
        }
        for (size_t e = 0; e < metrics->event_count; e++) {
            char name[256];
            snprintf(name, sizeof name, "%s:%s", ent_group_metric_name(m),
                     event_id(metrics, e));
            ent_out_csv_field(out, name, 0);
        }
    }
    fputc('\n', out);
}

static void csv_group(FILE *out, const ent_metrics_t *metrics,
                      const ent_group_result_t *group) {
    ent_out_csv_field(out, entity_id(metrics, group->organization), 1);
    for (int i = 0; i < ENT_GROUP_METRIC_COUNT; i++) {
        ent_group_metric m = (ent_group_metric)i;
        if (!metrics->computed.group[m]) {
            continue;
        }
        size_t count;
        const size_t *list;
        const double *values;
        switch (ent_group_column(m)->kind) {
        case ENT_GROUP_ENTITIES:
            list = ent_group_entities(group, m, &count);
            csv_id_list(out, metrics, list, count);
            break;
        case ENT_GROUP_PER_EVENT:
            values = ent_group_per_event(group, m);
            for (size_t e = 0; e < metrics->event_count; e++) {
                csv_number(out, values[e]);
            }
            break;
        case ENT_GROUP_ENTITY:
            ent_out_csv_field(out, entity_id(metrics, group->entity[m]), 0);
            break;
        case ENT_GROUP_NUMBER:
            csv_number(out, group->value[m]);
            break;
        }
    }
    fputc('\n', out);
}

static ent_status csv_groups(FILE *out, const ent_metrics_t *metrics) {
    csv_groups_header(out, metrics);
    for (size_t g = 0; g < metrics->group_count; g++) {
        csv_group(out, metrics, &metrics->groups[g]);
    }
    return ferror(out) ? ENT_EIO : ENT_OK;
}

ent_status ent_metrics_write_csv(FILE *out, const ent_metrics_t *metrics,
                                 ent_csv_level level) {
    switch (level) {
    case ENT_LEVEL_GRAPH:
        return csv_graph(out, metrics);
    case ENT_LEVEL_GROUPS:
        return csv_groups(out, metrics);
    case ENT_LEVEL_NODES:
        break;
    }
    return csv_nodes(out, metrics);
}

ent_status ent_metrics_write(FILE *out, const ent_metrics_t *metrics,
                             const ent_write_options_t *options) {
    switch (options->format) {
    case ENT_FORMAT_TABLE:
        return ent_metrics_write_table(out, metrics, options);
    case ENT_FORMAT_CSV:
        return ent_metrics_write_csv(out, metrics, options->level);
    case ENT_FORMAT_JSON:
        break;
    }
    return ent_metrics_write_json(out, metrics);
}

typedef struct {
    const ent_metrics_t *metrics;
    const ent_write_options_t *options;
} write_payload;

static ent_status write_to(FILE *out, const void *payload) {
    const write_payload *p = payload;
    return ent_metrics_write(out, p->metrics, p->options);
}

ent_status ent_metrics_write_file(const char *path,
                                  const ent_metrics_t *metrics,
                                  const ent_write_options_t *options,
                                  ent_diag_list_t *diags) {
    write_payload payload = {metrics, options};
    return ent_file_write_atomic(path, write_to, &payload, diags);
}
