/*
 * Metric names, the --metrics selection and which measures are costly.
 */
#include <string.h>

#include "entente/metrics.h"

static const char *const node_names[ENT_NODE_METRIC_COUNT] = {
    "degree",    "in_degree",   "out_degree", "strength",  "betweenness",
    "closeness", "eigenvector", "pagerank",   "hub",       "authority",
    "coreness",  "clustering",  "constraint", "community",
};

static const char *const graph_names[ENT_GRAPH_METRIC_COUNT] = {
    "nodes",
    "edges",
    "density",
    "components",
    "largest_component_share",
    "diameter",
    "average_path_length",
    "diameter_hops",
    "average_path_length_hops",
    "transitivity",
    "average_clustering",
    "modularity",
    "communities",
    "degree_centralization",
    "betweenness_centralization",
    "closeness_centralization",
    "type_assortativity",
    "vertex_connectivity",
    "edge_connectivity",
};

const char *ent_node_metric_name(ent_node_metric metric) {
    return (unsigned)metric < ENT_NODE_METRIC_COUNT ? node_names[metric] : NULL;
}

const char *ent_graph_metric_name(ent_graph_metric metric) {
    return (unsigned)metric < ENT_GRAPH_METRIC_COUNT ? graph_names[metric]
                                                     : NULL;
}

const char *ent_group_metric_name(ent_group_metric metric) {
    const ent_group_column_t *column = ent_group_column(metric);
    return column != NULL ? column->name : NULL;
}

int ent_node_metric_is_costly(ent_node_metric metric) {
    return metric == ENT_NODE_BETWEENNESS || metric == ENT_NODE_CLOSENESS ||
           metric == ENT_NODE_CONSTRAINT;
}

int ent_graph_metric_is_costly(ent_graph_metric metric) {
    switch (metric) {
    case ENT_GRAPH_DIAMETER:
    case ENT_GRAPH_AVERAGE_PATH_LENGTH:
    case ENT_GRAPH_DIAMETER_HOPS:
    case ENT_GRAPH_AVERAGE_PATH_LENGTH_HOPS:
    case ENT_GRAPH_BETWEENNESS_CENTRALIZATION:
    case ENT_GRAPH_CLOSENESS_CENTRALIZATION:
    case ENT_GRAPH_VERTEX_CONNECTIVITY:
    case ENT_GRAPH_EDGE_CONNECTIVITY:
        return 1;
    default:
        return 0;
    }
}

void ent_metrics_options_init(ent_metrics_options_t *options) {
    memset(options, 0, sizeof *options);
    for (int i = 0; i < ENT_NODE_METRIC_COUNT; i++) {
        options->wanted.node[i] = 1;
    }
    for (int i = 0; i < ENT_GRAPH_METRIC_COUNT; i++) {
        options->wanted.graph[i] = 1;
    }
    for (int i = 0; i < ENT_GROUP_METRIC_COUNT; i++) {
        options->wanted.group[i] = 1;
    }
    options->large_nodes = ENT_METRICS_LARGE_NODES;
    options->jobs = 1;
    options->split_nodes = ENT_METRICS_SPLIT_NODES;
    options->epsilon = ENT_METRICS_EPSILON;
    options->delta = ENT_METRICS_DELTA;
    options->seed = ENT_METRICS_SAMPLE_SEED;
}

const char *ent_metrics_node_label(const ent_metrics_t *metrics,
                                   ent_node_metric metric) {
    if (metric == ENT_NODE_BETWEENNESS && metrics->sampling.sampled) {
        return "betweenness_sampled";
    }
    return ent_node_metric_name(metric);
}

const char *ent_metrics_graph_label(const ent_metrics_t *metrics,
                                    ent_graph_metric metric) {
    if (metric == ENT_GRAPH_BETWEENNESS_CENTRALIZATION &&
        metrics->sampling.sampled) {
        return "betweenness_centralization_sampled";
    }
    return ent_graph_metric_name(metric);
}

/* Sets the flag of `name` (length bytes) in `set`; 0 when unknown. */
static int select_name(ent_metric_set_t *set, const char *name, size_t length) {
    int found = 0;
    for (int i = 0; i < ENT_NODE_METRIC_COUNT; i++) {
        if (strlen(node_names[i]) == length &&
            strncmp(node_names[i], name, length) == 0) {
            set->node[i] = found = 1;
        }
    }
    for (int i = 0; i < ENT_GRAPH_METRIC_COUNT; i++) {
        if (strlen(graph_names[i]) == length &&
            strncmp(graph_names[i], name, length) == 0) {
            set->graph[i] = found = 1;
        }
    }
    for (int i = 0; i < ENT_GROUP_METRIC_COUNT; i++) {
        const char *known = ent_group_metric_name((ent_group_metric)i);
        if (strlen(known) == length && strncmp(known, name, length) == 0) {
            set->group[i] = found = 1;
        }
    }
    return found;
}

ent_status ent_metrics_options_parse(ent_metrics_options_t *options,
                                     const char *list, ent_diag_list_t *diags) {
    ent_metric_set_t set;
    memset(&set, 0, sizeof set);
    const char *start = list;
    for (;;) {
        size_t length = strcspn(start, ",");
        if (!select_name(&set, start, length)) {
            ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                         "unknown metric \"%.*s\" (see 'entente metrics "
                         "--help' for the names)",
                         (int)length, start);
            return ENT_EUSAGE;
        }
        if (start[length] == '\0') {
            break;
        }
        start += length + 1;
    }
    options->wanted = set;
    options->named = 1;
    return ENT_OK;
}
