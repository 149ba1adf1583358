/*
 * The human-readable table: graph metrics, nodes sorted by a metric, then
 * the groups. Columns are sized to their contents and dropped from the
 * right until a table fits in 100 characters; undefined values are "-".
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "entente/io.h"
#include "entente/network.h"
#include "metrics/metrics_internal.h"

enum { MAX_WIDTH = 100, CELL = 24, ID_WIDTH = 18 };

/* A grid of short strings; column 0 left-aligned, the others right. */
typedef struct {
    char (*cells)[CELL];
    size_t rows, cols; /* row 0 is the header */
    size_t width[32];
} grid_t;

static char *cell(grid_t *grid, size_t row, size_t col) {
    return grid->cells[row * grid->cols + col];
}

static void format_value(char *out, double value) {
    if (isnan(value)) {
        snprintf(out, CELL, "-");
    } else if (value == floor(value) && fabs(value) < 1e9) {
        snprintf(out, CELL, "%.0f", value);
    } else {
        snprintf(out, CELL, "%.4g", value);
    }
}

/* Copies `text` into a cell, control characters as \xNN (a name must not
 * send escape sequences to the terminal), shortened with "~" when too
 * long. */
static void format_text(char *out, const char *text, size_t limit) {
    if (text == NULL) {
        snprintf(out, CELL, "-");
        return;
    }
    char escaped[4 * CELL];
    size_t used = 0;
    for (const unsigned char *c = (const unsigned char *)text;
         *c && used + 5 < sizeof escaped; c++) {
        if (*c < 0x20 || *c == 0x7F) {
            used += (size_t)snprintf(escaped + used, sizeof escaped - used,
                                     "\\x%02x", *c);
        } else {
            escaped[used++] = (char)*c;
        }
    }
    escaped[used] = '\0';
    limit = limit < CELL - 1 ? limit : CELL - 1;
    if (used > limit) {
        memcpy(out, escaped, limit - 1);
        out[limit - 1] = '~';
        out[limit] = '\0';
    } else {
        memcpy(out, escaped, used + 1);
    }
}

/* Prints the columns that fit in MAX_WIDTH, in order. */
static void grid_print(FILE *out, grid_t *grid) {
    size_t shown = 0, used = 0;
    for (size_t c = 0; c < grid->cols; c++) {
        grid->width[c] = 0;
        for (size_t r = 0; r < grid->rows; r++) {
            size_t length = strlen(cell(grid, r, c));
            grid->width[c] = length > grid->width[c] ? length : grid->width[c];
        }
        if (used + grid->width[c] + (c ? 2 : 0) > MAX_WIDTH) {
            break;
        }
        used += grid->width[c] + (c ? 2 : 0);
        shown = c + 1;
    }
    for (size_t r = 0; r < grid->rows; r++) {
        fprintf(out, "%-*s", (int)grid->width[0], cell(grid, r, 0));
        for (size_t c = 1; c < shown; c++) {
            fprintf(out, "  %*s", (int)grid->width[c], cell(grid, r, c));
        }
        fputc('\n', out);
    }
}

static const struct {
    ent_node_metric metric;
    const char *header;
} node_columns[] = {
    {ENT_NODE_DEGREE, "deg"},        {ENT_NODE_IN_DEGREE, "in"},
    {ENT_NODE_OUT_DEGREE, "out"},    {ENT_NODE_STRENGTH, "strength"},
    {ENT_NODE_BETWEENNESS, "betw"},  {ENT_NODE_CLOSENESS, "close"},
    {ENT_NODE_EIGENVECTOR, "eigen"}, {ENT_NODE_PAGERANK, "pagerank"},
    {ENT_NODE_HUB, "hub"},           {ENT_NODE_AUTHORITY, "auth"},
    {ENT_NODE_CORENESS, "core"},     {ENT_NODE_CLUSTERING, "clust"},
    {ENT_NODE_CONSTRAINT, "constr"}, {ENT_NODE_COMMUNITY, "comm"},
};
enum { NODE_COLUMNS = sizeof node_columns / sizeof node_columns[0] };

/* A vertex and its sort key, so that qsort needs no global state. */
typedef struct {
    double key;
    size_t vertex;
} ranked_t;

/* Descending by key, undefined last, then by vertex. */
static int compare_ranked(const void *a, const void *b) {
    const ranked_t *p = a, *q = b;
    if (isnan(p->key) != isnan(q->key)) {
        return isnan(p->key) ? 1 : -1;
    }
    if (!isnan(p->key) && p->key != q->key) {
        return p->key > q->key ? -1 : 1;
    }
    return (p->vertex > q->vertex) - (p->vertex < q->vertex);
}

static ent_status table_nodes(FILE *out, const ent_metrics_t *metrics,
                              const ent_write_options_t *options) {
    const ent_network_t *net = metrics->network;
    size_t n = net->vertex_count, cols = 1;
    size_t which[NODE_COLUMNS];
    for (size_t k = 0; k < NODE_COLUMNS; k++) {
        /* Hub and authority are null when undirected: no column then. */
        ent_node_metric m = node_columns[k].metric;
        int null_here = (m == ENT_NODE_HUB || m == ENT_NODE_AUTHORITY)
                            ? !net->directed
                            : m == ENT_NODE_EIGENVECTOR && net->directed;
        if (metrics->computed.node[m] && !null_here) {
            which[cols++ - 1] = k;
        }
    }
    ranked_t *order = malloc((n ? n : 1) * sizeof *order);
    size_t rows = options->top && options->top < n ? options->top : n;
    grid_t grid = {malloc((rows + 1) * cols * CELL), rows + 1, cols, {0}};
    if (order == NULL || grid.cells == NULL) {
        free(order);
        free(grid.cells);
        return ENT_ENOMEM;
    }
    int sorted = metrics->computed.node[options->sort];
    for (size_t v = 0; v < n; v++) {
        order[v] = (ranked_t){sorted ? metrics->node[options->sort][v] : 0, v};
    }
    qsort(order, n, sizeof *order, compare_ranked);
    snprintf(cell(&grid, 0, 0), CELL, "id");
    for (size_t c = 1; c < cols; c++) {
        ent_node_metric m = node_columns[which[c - 1]].metric;
        snprintf(
            cell(&grid, 0, c), CELL, "%s%s", node_columns[which[c - 1]].header,
            m == ENT_NODE_BETWEENNESS && metrics->sampling.sampled ? "~" : "");
    }
    for (size_t r = 0; r < rows; r++) {
        size_t v = order[r].vertex;
        format_text(cell(&grid, r + 1, 0),
                    ent_network_vertex_entity(net, v)->id, ID_WIDTH);
        for (size_t c = 1; c < cols; c++) {
            format_value(cell(&grid, r + 1, c),
                         metrics->node[node_columns[which[c - 1]].metric][v]);
        }
    }
    fprintf(out, "\nnodes (%zu of %zu, by %s)\n", rows, n,
            metrics->computed.node[options->sort]
                ? ent_metrics_node_label(metrics, options->sort)
                : "snapshot order");
    grid_print(out, &grid);
    free(order);
    free(grid.cells);
    return ENT_OK;
}

/* What a sampled betweenness (betw~) is worth. */
static void table_sampling(FILE *out, const ent_betweenness_sampling_t *s) {
    char bound[40];
    ent_format_number(bound, sizeof bound, s->bound);
    fprintf(out,
            "betw~ = betweenness sampled (Riondato-Kornaropoulos, %zu samples, "
            "seed %lu):\nwith probability %g every value is within %s of "
            "the exact one\n(epsilon %g of normalized betweenness); --exact "
            "computes it\n",
            s->samples, s->seed, 1 - s->delta, bound, s->epsilon);
}

/* One cell of the group table: an entity's id or the metric as a
 * number (a list as its length). */
static void group_cell(char *out, const ent_metrics_t *metrics,
                       const ent_group_result_t *group, ent_group_metric m) {
    if (ent_group_column(m)->kind != ENT_GROUP_ENTITY) {
        format_value(out, ent_group_number(metrics, group, m));
        return;
    }
    size_t entity = group->entity[m];
    format_text(
        out,
        entity == ENT_NO_ENTITY
            ? NULL
            : ent_snapshot_entity(metrics->network->snapshot, entity)->id,
        ID_WIDTH);
}

/* The metrics without a column, one line per group and metric ("CSTO
 * members: ...") or per group, metric and event ("CSTO attendance at
 * SUMMIT: 1"), in the metrics' order. */
static void group_lines(FILE *out, const ent_metrics_t *metrics,
                        ent_group_metric m) {
    const ent_snapshot_t *snapshot = metrics->network->snapshot;
    const char *name = ent_group_metric_name(m);
    for (size_t g = 0; g < metrics->group_count; g++) {
        const ent_group_result_t *group = &metrics->groups[g];
        const char *org =
            ent_snapshot_entity(snapshot, group->organization)->id;
        size_t count = 0;
        const size_t *list = ent_group_entities(group, m, &count);
        const double *values = ent_group_per_event(group, m);
        if (list != NULL) {
            ent_out_text(out, org);
            fprintf(out, " %s:", name);
            for (size_t i = 0; i < count; i++) {
                fputc(' ', out);
                ent_out_text(out, ent_snapshot_entity(snapshot, list[i])->id);
            }
            fputc('\n', out);
        }
        for (size_t e = 0; values != NULL && e < metrics->event_count; e++) {
            char value[CELL];
            if (isnan(values[e])) {
                continue; /* another organization's event */
            }
            format_value(value, values[e]);
            ent_out_text(out, org);
            fprintf(out, " %s at ", name);
            ent_out_text(out,
                         ent_snapshot_entity(snapshot, metrics->events[e])->id);
            fprintf(out, ": %s\n", value);
        }
    }
}

static ent_status table_groups(FILE *out, const ent_metrics_t *metrics) {
    const int *want = metrics->computed.group;
    size_t cols = 1, which[ENT_GROUP_METRIC_COUNT];
    int any = 0;
    for (int i = 0; i < ENT_GROUP_METRIC_COUNT; i++) {
        any |= want[i];
        if (want[i] && ent_group_column((ent_group_metric)i)->header != NULL) {
            which[cols++ - 1] = (size_t)i;
        }
    }
    if (!any) {
        return ENT_OK;
    }
    size_t rows = metrics->group_count;
    grid_t grid = {malloc((rows + 1) * cols * CELL), rows + 1, cols, {0}};
    if (grid.cells == NULL) {
        return ENT_ENOMEM;
    }
    snprintf(cell(&grid, 0, 0), CELL, "group");
    for (size_t c = 1; c < cols; c++) {
        snprintf(cell(&grid, 0, c), CELL, "%s",
                 ent_group_column((ent_group_metric)which[c - 1])->header);
    }
    const ent_snapshot_t *snapshot = metrics->network->snapshot;
    for (size_t g = 0; g < rows; g++) {
        const ent_group_result_t *group = &metrics->groups[g];
        format_text(cell(&grid, g + 1, 0),
                    ent_snapshot_entity(snapshot, group->organization)->id,
                    ID_WIDTH);
        for (size_t c = 1; c < cols; c++) {
            group_cell(cell(&grid, g + 1, c), metrics, group,
                       (ent_group_metric)which[c - 1]);
        }
    }
    fprintf(out, "\ngroups (%zu)\n", rows);
    grid_print(out, &grid);
    free(grid.cells);
    for (int i = 0; i < ENT_GROUP_METRIC_COUNT; i++) {
        if (want[i] && ent_group_column((ent_group_metric)i)->header == NULL) {
            group_lines(out, metrics, (ent_group_metric)i);
        }
    }
    return ENT_OK;
}

ent_status ent_metrics_write_table(FILE *out, const ent_metrics_t *metrics,
                                   const ent_write_options_t *options) {
    const ent_network_t *net = metrics->network;
    const ent_snapshot_t *snapshot = net->snapshot;
    const char *title = ent_snapshot_title(snapshot);
    const char *date = ent_snapshot_date(snapshot);
    ent_out_text(out, title ? title : ent_snapshot_id(snapshot));
    if (date != NULL) {
        fputs(" (", out);
        ent_out_text(out, date);
        fputc(')', out);
    }
    fputc('\n', out);
    fputs("layers:", out);
    for (size_t k = 0; k < net->layer_count; k++) {
        fprintf(out, "%s%s", k ? ", " : " ",
                ent_snapshot_relation_type(snapshot, net->layers[k])->name);
    }
    if (net->projection != ENT_PROJECT_NONE) {
        fprintf(out, " (projected on %s)",
                ent_projection_name(net->projection));
    }
    fputs("\nstatus", out);
    const char *separator = " ";
    for (int s = ENT_MEMBERSHIP_ACTIVE; s < ENT_MEMBERSHIP_COUNT; s++) {
        if (net->statuses[s]) {
            fprintf(out, "%s%s", separator,
                    ent_membership_status_name((ent_membership_status)s));
            separator = ",";
        }
    }
    static const char *const lengths[] = {"1/weight", "-ln(weight)", "1"};
    fprintf(out, "; %s; distance %s (length = %s)\n",
            net->directed ? "directed" : "undirected",
            ent_distance_name(net->distance), lengths[net->distance]);
    fputs("\ngraph\n", out);
    for (int i = 0; i < ENT_GRAPH_METRIC_COUNT; i++) {
        if (metrics->computed.graph[i]) {
            char value[CELL];
            format_value(value, metrics->graph[i]);
            fprintf(out, "  %-26s %s\n",
                    ent_metrics_graph_label(metrics, (ent_graph_metric)i),
                    value);
        }
    }
    int any_node = 0;
    for (int i = 0; i < ENT_NODE_METRIC_COUNT; i++) {
        any_node |= metrics->computed.node[i];
    }
    ent_status status = any_node ? table_nodes(out, metrics, options) : ENT_OK;
    if (status == ENT_OK) {
        status = table_groups(out, metrics);
    }
    if (status == ENT_OK && any_node) {
        fputs("\nbetw = betweenness, close = closeness (harmonic), eigen = "
              "eigenvector,\nauth = authority, core = coreness, clust = "
              "clustering, constr = constraint,\ncomm = community; groups: "
              "tie = mean tie strength, hub% = hub share,\nfrag = "
              "components left when the hub is removed, dep = mean "
              "dependency\non the top supplier; - = undefined\n",
              out);
    }
    if (status == ENT_OK && metrics->sampling.sampled) {
        table_sampling(out, &metrics->sampling);
    }
    if (status == ENT_OK && ferror(out)) {
        status = ENT_EIO;
    }
    return status;
}
