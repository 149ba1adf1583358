/*
 * compare.json and compare.csv. JSON lists the snapshots in date order,
 * every graph and group series, and the changes of each consecutive pair;
 * the CSV holds the same series (and the node metrics) in tidy form.
 */
#include <math.h>
#include <string.h>

#include "compare/compare_internal.h"
#include "entente/io.h"

/* How each kind of fact change is written: its array name and the names
 * of subject and object (NULL: no object). */
static const struct {
    const char *array, *subject, *object;
} kind_names[CMP_FACT_KINDS] = {
    [CMP_MEMBERSHIP] = {"membership", "state", "organization"},
    [CMP_ATTENDANCE] = {"attendance", "id", NULL},
    [CMP_CHAIR] = {"chairs", "organization", NULL},
    [CMP_LEADERSHIP] = {"leadership", "led", "role"},
};

static void json_key(FILE *out, const char *indent, const char *key) {
    fprintf(out, "%s\"%s\": ", indent, key);
}

static void json_entity_list(FILE *out, const ent_snapshot_t *s,
                             const char **ids, size_t count) {
    fputc('[', out);
    for (size_t i = 0; i < count; i++) {
        size_t index = 0;
        ent_snapshot_find_entity(s, ids[i], &index);
        const ent_entity_t *entity = ent_snapshot_entity(s, index);
        fputs(i ? ", {\"id\": " : "{\"id\": ", out);
        ent_out_json_string(out, entity->id);
        fputs(", \"type\": ", out);
        ent_out_json_string(out, ent_entity_type_name(entity->type));
        fputs(", \"name\": ", out);
        ent_out_json_string(out, ent_entity_label(entity));
        fputc('}', out);
    }
    fputc(']', out);
}

static void json_edges(FILE *out, const cmp_pair *pair, cmp_fate fate) {
    fputc('[', out);
    int first = 1;
    for (size_t e = 0; e < pair->edge_count; e++) {
        const cmp_edge *edge = &pair->edges[e];
        if (cmp_edge_fate(edge) != fate) {
            continue;
        }
        fputs(first ? "{\"source\": " : ", {\"source\": ", out);
        ent_out_json_string(out, edge->source);
        fputs(", \"target\": ", out);
        ent_out_json_string(out, edge->target);
        if (fate != EDGE_ADDED) {
            fputs(", \"from\": ", out);
            ent_out_json_number(out, edge->from);
        }
        if (fate != EDGE_REMOVED) {
            fputs(", \"to\": ", out);
            ent_out_json_number(out, edge->to);
        }
        fputc('}', out);
        first = 0;
    }
    fputc(']', out);
}

static void json_changes(FILE *out, const cmp_pair *pair, cmp_fact_kind kind) {
    fputc('[', out);
    for (size_t i = 0; i < pair->change_count[kind]; i++) {
        const cmp_change *change = &pair->changes[kind][i];
        fprintf(out, "%s{\"%s\": ", i ? ", " : "", kind_names[kind].subject);
        ent_out_json_string(out, change->subject);
        if (kind_names[kind].object != NULL) {
            fprintf(out, ", \"%s\": ", kind_names[kind].object);
            ent_out_json_string(out, change->object);
        }
        fputs(", \"from\": ", out);
        ent_out_json_string(out, change->from);
        fputs(", \"to\": ", out);
        ent_out_json_string(out, change->to);
        fputc('}', out);
    }
    fputc(']', out);
}

static void json_moves(FILE *out, const ent_comparison_t *c,
                       const cmp_pair *pair) {
    fputc('[', out);
    for (size_t i = 0; i < pair->move_count; i++) {
        const cmp_move *move = &pair->moves[i];
        fputs(i ? ", {\"id\": " : "{\"id\": ", out);
        ent_out_json_string(out, move->id);
        fprintf(out,
                ", \"metric\": \"%s\", \"from_rank\": %zu, \"to_rank\": %zu, "
                "\"from\": ",
                ent_node_metric_name(c->options.rank_by), move->from_rank,
                move->to_rank);
        ent_out_json_number(out, move->from);
        fputs(", \"to\": ", out);
        ent_out_json_number(out, move->to);
        fputc('}', out);
    }
    fputc(']', out);
}

static void json_pair(FILE *out, const ent_comparison_t *c,
                      const cmp_pair *pair) {
    const ent_snapshot_t *a = c->snapshots[pair->from].snapshot;
    const ent_snapshot_t *b = c->snapshots[pair->to].snapshot;
    fprintf(out,
            "    {\"from\": %zu, \"to\": %zu, \"from_id\": ", pair->from + 1,
            pair->to + 1);
    ent_out_json_string(out, ent_snapshot_id(a));
    fputs(", \"to_id\": ", out);
    ent_out_json_string(out, ent_snapshot_id(b));
    fprintf(out, ",\n      \"common_entities\": %zu, \"unchanged\": %s,\n",
            pair->common, cmp_pair_is_unchanged(pair) ? "true" : "false");
    json_key(out, "      ", "entities_added");
    json_entity_list(out, b, pair->added, pair->added_count);
    json_key(out, ",\n      ", "entities_removed");
    json_entity_list(out, a, pair->removed, pair->removed_count);
    static const struct {
        const char *name;
        cmp_fate fate;
    } fates[] = {{"edges_added", EDGE_ADDED},
                 {"edges_removed", EDGE_REMOVED},
                 {"edges_reweighted", EDGE_REWEIGHTED}};
    for (size_t f = 0; f < 3; f++) {
        json_key(out, ",\n      ", fates[f].name);
        json_edges(out, pair, fates[f].fate);
    }
    for (int k = 0; k < CMP_FACT_KINDS; k++) {
        json_key(out, ",\n      ", kind_names[k].array);
        json_changes(out, pair, (cmp_fact_kind)k);
    }
    json_key(out, ",\n      ", "rank_moves");
    json_moves(out, c, pair);
    fputs("}", out);
}

/* Ids whose attendance fact in snapshot i is `value`, as a JSON array. */
static void json_attendance(FILE *out, const ent_comparison_t *c, size_t i,
                            const char *value) {
    const cmp_facts *facts = &c->facts[CMP_ATTENDANCE][i];
    fputc('[', out);
    int first = 1;
    for (size_t f = 0; f < facts->count; f++) {
        if (strcmp(facts->items[f].value, value) == 0) {
            fputs(first ? "" : ", ", out);
            ent_out_json_string(out, facts->items[f].subject);
            first = 0;
        }
    }
    fputc(']', out);
}

static void json_series(FILE *out, const ent_comparison_t *c) {
    ent_group_metric series[ENT_GROUP_METRIC_COUNT];
    size_t count = cmp_group_series(series);
    fputs("  \"series\": {\n    \"graph\": {", out);
    for (int m = 0; m < ENT_GRAPH_METRIC_COUNT; m++) {
        fprintf(out, "%s\n      \"%s\": [", m ? "," : "",
                ent_graph_metric_name((ent_graph_metric)m));
        for (size_t i = 0; i < c->count; i++) {
            fputs(i ? ", " : "", out);
            ent_out_json_number(out, c->snapshots[i].metrics.graph[m]);
        }
        fputc(']', out);
    }
    fputs("\n    },\n    \"groups\": {", out);
    for (size_t g = 0; g < c->organization_count; g++) {
        fputs(g ? ",\n      " : "\n      ", out);
        ent_out_json_string(out, c->organizations[g]);
        fputs(": {", out);
        for (size_t s = 0; s < count; s++) {
            fprintf(out, "%s\"%s\": [", s ? ", " : "",
                    ent_group_metric_name(series[s]));
            for (size_t i = 0; i < c->count; i++) {
                fputs(i ? ", " : "", out);
                ent_out_json_number(
                    out, cmp_group_value(c, i, c->organizations[g], series[s]));
            }
            fputc(']', out);
        }
        fputc('}', out);
    }
    fputs(c->organization_count ? "\n    }\n  },\n" : "}\n  },\n", out);
}

ent_status ent_compare_write_json(FILE *out, const ent_comparison_t *c) {
    fputs("{\n  \"snapshots\": [", out);
    for (size_t i = 0; i < c->count; i++) {
        const cmp_snapshot *s = &c->snapshots[i];
        fprintf(out, "%s\n    {\"position\": %zu, \"file\": ", i ? "," : "",
                i + 1);
        ent_out_json_string(out, s->path);
        fputs(", \"id\": ", out);
        ent_out_json_string(out, ent_snapshot_id(s->snapshot));
        fputs(", \"title\": ", out);
        ent_out_json_string(out, ent_snapshot_title(s->snapshot));
        fputs(", \"date\": ", out);
        ent_out_json_string(out, ent_snapshot_date(s->snapshot));
        fprintf(out, ", \"nodes\": %zu, \"edges\": %zu, \"attended\": ",
                ent_network_vertex_count(s->network),
                ent_network_edge_count(s->network));
        json_attendance(out, c, i, "attended");
        fputs(", \"absent\": ", out);
        json_attendance(out, c, i, "absent");
        fputc('}', out);
    }
    fprintf(out, "\n  ],\n  \"rank_by\": \"%s\",\n",
            ent_node_metric_name(c->options.rank_by));
    json_series(out, c);
    fputs("  \"changes\": [", out);
    for (size_t p = 0; p + 1 < c->count; p++) {
        fputs(p ? ",\n" : "\n", out);
        json_pair(out, c, &c->pairs[p]);
    }
    fputs(c->count > 1 ? "\n  ]\n}\n" : "]\n}\n", out);
    return ferror(out) ? ENT_EIO : ENT_OK;
}

static void csv_row(FILE *out, const char *snapshot, const char *scope,
                    const char *id, const char *metric, double value) {
    ent_out_csv_field(out, snapshot, 1);
    ent_out_csv_field(out, scope, 0);
    ent_out_csv_field(out, id, 0);
    ent_out_csv_field(out, metric, 0);
    ent_out_csv_number(out, value, 0);
    fputc('\n', out);
}

ent_status ent_compare_write_csv(FILE *out, const ent_comparison_t *c) {
    ent_group_metric series[ENT_GROUP_METRIC_COUNT];
    size_t count = cmp_group_series(series);
    fputs("snapshot,scope,id,metric,value\n", out);
    for (size_t i = 0; i < c->count; i++) {
        const cmp_snapshot *s = &c->snapshots[i];
        const char *snapshot = ent_snapshot_id(s->snapshot);
        for (int m = 0; m < ENT_GRAPH_METRIC_COUNT; m++) {
            csv_row(out, snapshot, "graph", "",
                    ent_graph_metric_name((ent_graph_metric)m),
                    s->metrics.graph[m]);
        }
        for (size_t g = 0; g < c->organization_count; g++) {
            if (isnan(cmp_group_value(c, i, c->organizations[g],
                                      ENT_GROUP_SIZE))) {
                continue; /* no group there */
            }
            for (size_t k = 0; k < count; k++) {
                csv_row(out, snapshot, "group", c->organizations[g],
                        ent_group_metric_name(series[k]),
                        cmp_group_value(c, i, c->organizations[g], series[k]));
            }
        }
        for (size_t v = 0; v < ent_network_vertex_count(s->network); v++) {
            const char *id = ent_network_vertex_entity(s->network, v)->id;
            for (int m = 0; m < ENT_NODE_METRIC_COUNT; m++) {
                if (s->metrics.computed.node[m]) {
                    csv_row(out, snapshot, "node", id,
                            ent_node_metric_name((ent_node_metric)m),
                            s->metrics.node[m][v]);
                }
            }
        }
    }
    return ferror(out) ? ENT_EIO : ENT_OK;
}
