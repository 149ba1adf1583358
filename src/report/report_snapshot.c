/*
 * One snapshot's part of the report: its diagram, the top actors, each
 * organization's cohesion, the sources and the evidence quotes; and the
 * methods section.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "entente/entente.h"
#include "report/report_internal.h"

/* The size measure of the diagram, which also ranks the top actors. */
static ent_node_metric size_measure(void) {
    ent_render_options_t render;
    ent_render_options_init(&render);
    return render.size_by;
}

static void entity_name(FILE *out, const ent_snapshot_t *snapshot,
                        size_t entity) {
    if (entity == ENT_NO_ENTITY) {
        fputs("\xe2\x80\x93", out);
        return;
    }
    const ent_entity_t *e = ent_snapshot_entity(snapshot, entity);
    rpt_text(out, ent_entity_label(e));
}

static ent_status diagram(FILE *out, const ent_network_t *network,
                          const ent_metrics_t *metrics, size_t index,
                          ent_renderer_t *renderer, ent_diag_list_t *diags) {
    if (renderer == NULL) {
        fputs("<p class=\"meta\">The diagram is left out: this report was "
              "made without a renderer.</p>\n",
              out);
        return ENT_OK;
    }
    ent_render_options_t render;
    ent_render_options_init(&render);
    char *svg = NULL;
    size_t length = 0;
    ent_status status = ent_render_memory(renderer, network, metrics, &render,
                                          &svg, &length, diags);
    if (status == ENT_OK) {
        char prefix[32];
        snprintf(prefix, sizeof prefix, "s%zu-", index);
        fputs("<figure class=\"diagram\">\n", out);
        rpt_svg(out, svg, length, prefix);
        fprintf(out,
                "\n<figcaption>The network of the chosen layers; node "
                "area by %s, colour by community.</figcaption>\n"
                "</figure>\n",
                ent_node_metric_name(render.size_by));
    }
    free(svg);
    return status;
}

/* A vertex and its value under the ranking measure. */
typedef struct {
    double value; /* -INFINITY for an undefined one, which goes last */
    size_t vertex;
} ranked;

/* Largest first; ties keep the snapshot order. */
static int by_value_descending(const void *a, const void *b) {
    const ranked *x = a, *y = b;
    if (x->value != y->value) {
        return x->value < y->value ? 1 : -1;
    }
    return x->vertex < y->vertex ? -1 : x->vertex > y->vertex;
}

static ent_status top_actors(FILE *out, const ent_network_t *network,
                             const ent_metrics_t *metrics, size_t top) {
    static const ent_node_metric columns[] = {
        ENT_NODE_DEGREE, ENT_NODE_STRENGTH, ENT_NODE_BETWEENNESS,
        ENT_NODE_EIGENVECTOR, ENT_NODE_COMMUNITY};
    enum { COLUMNS = sizeof columns / sizeof columns[0] };
    ent_node_metric by = size_measure();
    size_t n = ent_network_vertex_count(network);
    ranked *order = malloc((n ? n : 1) * sizeof *order);
    if (order == NULL) {
        return ENT_ENOMEM;
    }
    for (size_t v = 0; v < n; v++) {
        double value = metrics->node[by] ? metrics->node[by][v] : (double)NAN;
        order[v] = (ranked){isnan(value) ? -(double)INFINITY : value, v};
    }
    qsort(order, n, sizeof *order, by_value_descending);
    size_t shown = top == 0 || top > n ? n : top;
    fprintf(out,
            "<p>The %zu largest of %zu nodes by %s (the measure that "
            "sizes the diagram).</p>\n<div class=\"table\"><table>"
            "<thead><tr><th class=\"num\">#</th><th>actor</th><th>id</th>"
            "<th>type</th>",
            shown, n, ent_node_metric_name(by));
    for (size_t c = 0; c < COLUMNS; c++) {
        fprintf(out, "<th class=\"num\">%s</th>",
                ent_node_metric_name(columns[c]));
    }
    fputs("</tr></thead>\n<tbody>\n", out);
    for (size_t r = 0; r < shown; r++) {
        const ent_entity_t *e =
            ent_network_vertex_entity(network, order[r].vertex);
        fprintf(out, "<tr><td class=\"num\">%zu</td><td>", r + 1);
        rpt_text(out, ent_entity_label(e));
        fputs("</td><td><code>", out);
        rpt_text(out, e->id);
        fprintf(out, "</code></td><td>%s</td>", ent_entity_type_name(e->type));
        for (size_t c = 0; c < COLUMNS; c++) {
            const double *values = metrics->node[columns[c]];
            fputs("<td class=\"num\">", out);
            rpt_number(out, values ? values[order[r].vertex] : (double)NAN);
            fputs("</td>", out);
        }
        fputs("</tr>\n", out);
    }
    fputs("</tbody></table></div>\n", out);
    free(order);
    return ENT_OK;
}

static void member_list(FILE *out, const ent_snapshot_t *snapshot,
                        const size_t *members, size_t count) {
    for (size_t k = 0; k < count; k++) {
        fputs(k ? ", " : "", out);
        entity_name(out, snapshot, members[k]);
    }
    if (count == 0) {
        fputs("\xe2\x80\x93", out);
    }
}

/* Numbers are right-aligned; lists and entities are names. */
static int is_number(const ent_group_column_t *column) {
    return column->kind == ENT_GROUP_NUMBER ||
           column->kind == ENT_GROUP_PER_EVENT;
}

/* One measure of a group: names (a list, an entity) or one number
 * (ent_group_number: attendance as its mean over the events convened). */
static void cohesion_cell(FILE *out, const ent_metrics_t *metrics,
                          const ent_group_result_t *group, ent_group_metric m) {
    const ent_snapshot_t *snapshot = ent_network_snapshot(metrics->network);
    const ent_group_column_t *column = ent_group_column(m);
    size_t count;
    const size_t *list = ent_group_entities(group, m, &count);
    if (list != NULL) {
        fputs("<td>", out);
        member_list(out, snapshot, list, count);
    } else if (column->kind == ENT_GROUP_ENTITY) {
        fputs("<td>", out);
        entity_name(out, snapshot, group->entity[m]);
    } else {
        fputs("<td class=\"num\">", out);
        rpt_number(out, ent_group_number(metrics, group, m));
    }
    fputs("</td>", out);
}

static void cohesion(FILE *out, const ent_snapshot_t *snapshot,
                     const ent_metrics_t *metrics) {
    if (metrics->group_count == 0) {
        fputs("<p>No organization has an active member in this "
              "network.</p>\n",
              out);
        return;
    }
    fputs("<div class=\"table\"><table class=\"cohesion\"><thead><tr>"
          "<th>organization</th>",
          out);
    for (int i = 0; i < ENT_GROUP_METRIC_COUNT; i++) {
        const ent_group_column_t *column = ent_group_column(i);
        if (column->heading != NULL) {
            fprintf(out, "<th%s>%s</th>",
                    is_number(column) ? " class=\"num\"" : "", column->heading);
        }
    }
    fputs("</tr></thead>\n<tbody>\n", out);
    for (size_t g = 0; g < metrics->group_count; g++) {
        const ent_group_result_t *group = &metrics->groups[g];
        fputs("<tr><th scope=\"row\">", out);
        entity_name(out, snapshot, group->organization);
        fputs("</th>", out);
        for (int i = 0; i < ENT_GROUP_METRIC_COUNT; i++) {
            if (ent_group_column(i)->heading != NULL) {
                cohesion_cell(out, metrics, group, (ent_group_metric)i);
            }
        }
        fputs("</tr>\n", out);
    }
    fputs("</tbody></table></div>\n", out);
}

static void sources(FILE *out, const ent_snapshot_t *snapshot, size_t index) {
    size_t count = ent_snapshot_source_count(snapshot);
    if (count == 0) {
        fputs("<p>This snapshot names no source.</p>\n", out);
        return;
    }
    fputs("<ol class=\"sources\">\n", out);
    for (size_t k = 0; k < count; k++) {
        const ent_source_t *s = ent_snapshot_source(snapshot, k);
        fprintf(out, "<li id=\"s%zu-source-%zu\"><code>", index, k);
        rpt_text(out, s->id);
        fputs("</code> ", out);
        rpt_text(out, s->title ? s->title : "(untitled)");
        if (s->publisher != NULL) {
            fputs(", ", out);
            rpt_text(out, s->publisher);
        }
        if (s->accessed != NULL) {
            fputs(", accessed ", out);
            rpt_text(out, s->accessed);
        }
        if (rpt_url_is_web(s->url)) {
            fputs(". <a href=\"", out);
            rpt_text(out, s->url);
            fputs("\" rel=\"noreferrer\">", out);
            rpt_text(out, s->url);
            fputs("</a>", out);
        } else if (s->url != NULL) { /* not a web address: text only */
            fputs(". <span class=\"url\">", out);
            rpt_text(out, s->url);
            fputs("</span>", out);
        }
        fputs("</li>\n", out);
    }
    fputs("</ol>\n", out);
}

/* A relation that quotes evidence; equal quotes are shown once. */
typedef struct {
    const char *evidence;
    size_t relation;
} quoted;

static int by_quote_then_relation(const void *a, const void *b) {
    const quoted *x = a, *y = b;
    int order = strcmp(x->evidence, y->evidence);
    return order ? order
                 : (x->relation > y->relation) - (x->relation < y->relation);
}

/* A run of equal quotes, ordered by the first relation that gives it. */
typedef struct {
    size_t first, start, count;
} quote_run;

static int by_first_relation(const void *a, const void *b) {
    const quote_run *x = a, *y = b;
    return (x->first > y->first) - (x->first < y->first);
}

/* "A — type → B (source)": the tie a quote supports. */
static void supported_tie(FILE *out, const ent_snapshot_t *snapshot,
                          const ent_relation_t *r, size_t index) {
    const ent_relation_type_t *type =
        ent_snapshot_relation_type(snapshot, r->type);
    fputs("<li>", out);
    entity_name(out, snapshot, r->source);
    fputs(" \xe2\x80\x94 ", out);
    rpt_text(out, type->name);
    fputs(" \xe2\x86\x92 ", out);
    entity_name(out, snapshot, r->target);
    size_t source = 0;
    if (r->source_ref != NULL &&
        ent_snapshot_find_source(snapshot, r->source_ref, &source)) {
        fprintf(out, " (<a href=\"#s%zu-source-%zu\">", index, source);
        rpt_text(out, r->source_ref);
        fputs("</a>)", out);
    }
    fputs("</li>\n", out);
}

static void quote_block(FILE *out, const ent_snapshot_t *snapshot,
                        const quoted *quotes, const quote_run *run,
                        size_t index) {
    fputs("<blockquote><p>", out);
    rpt_text(out, quotes[run->start].evidence);
    fputs("</p><ul class=\"cite\">\n", out);
    for (size_t k = run->start; k < run->start + run->count; k++) {
        supported_tie(out, snapshot,
                      ent_snapshot_relation(snapshot, quotes[k].relation),
                      index);
    }
    fputs("</ul></blockquote>\n", out);
}

/* Every distinct quote once, in the order of the file, with the ties it
 * supports. O(r log r) for r quoting relations. */
static ent_status evidence(FILE *out, const ent_snapshot_t *snapshot,
                           size_t index) {
    size_t total = ent_snapshot_relation_count(snapshot), n = 0;
    quoted *quotes = malloc((total ? total : 1) * sizeof *quotes);
    quote_run *runs = malloc((total ? total : 1) * sizeof *runs);
    if (quotes == NULL || runs == NULL) {
        free(quotes);
        free(runs);
        return ENT_ENOMEM;
    }
    for (size_t k = 0; k < total; k++) {
        const ent_relation_t *r = ent_snapshot_relation(snapshot, k);
        if (r->evidence != NULL) {
            quotes[n++] = (quoted){r->evidence, k};
        }
    }
    qsort(quotes, n, sizeof *quotes, by_quote_then_relation);
    size_t run_count = 0;
    for (size_t k = 0; k < n; k++) {
        if (k == 0 || strcmp(quotes[k].evidence, quotes[k - 1].evidence)) {
            runs[run_count++] = (quote_run){quotes[k].relation, k, 0};
        }
        runs[run_count - 1].count++;
    }
    qsort(runs, run_count, sizeof *runs, by_first_relation);
    for (size_t k = 0; k < run_count; k++) {
        quote_block(out, snapshot, quotes, &runs[k], index);
    }
    if (n == 0) {
        fputs("<p>No relation quotes its evidence.</p>\n", out);
    }
    free(quotes);
    free(runs);
    return ENT_OK;
}

static void heading(FILE *out, const ent_snapshot_t *snapshot, size_t index) {
    fprintf(out, "<section class=\"snapshot\" id=\"snapshot-%zu\">\n<h2>",
            index);
    rpt_text(out, ent_snapshot_title(snapshot) ? ent_snapshot_title(snapshot)
                                               : ent_snapshot_id(snapshot));
    fputs("</h2>\n<p class=\"meta\">Snapshot <code>", out);
    rpt_text(out, ent_snapshot_id(snapshot));
    fputs("</code>", out);
    if (ent_snapshot_date(snapshot) != NULL) {
        fputs(", dated ", out);
        rpt_text(out, ent_snapshot_date(snapshot));
    }
    fprintf(out, "; %zu entities, %zu relations, %zu sources.</p>\n",
            ent_snapshot_entity_count(snapshot),
            ent_snapshot_relation_count(snapshot),
            ent_snapshot_source_count(snapshot));
}

ent_status rpt_snapshot_section(FILE *out, const ent_snapshot_t *snapshot,
                                size_t index,
                                const ent_report_options_t *options,
                                ent_renderer_t *renderer,
                                ent_diag_list_t *diags) {
    ent_network_t *network = NULL;
    ent_metrics_t metrics;
    ent_metrics_options_t metrics_options;
    ent_metrics_options_init(&metrics_options);
    ent_status status =
        ent_network_build(&network, snapshot, options->network, diags);
    if (status != ENT_OK) {
        return status;
    }
    status = ent_metrics_compute(&metrics, network, &metrics_options, diags);
    if (status != ENT_OK) {
        ent_network_destroy(network);
        return status;
    }
    heading(out, snapshot, index);
    fputs("<h3>Diagram</h3>\n", out);
    status = diagram(out, network, &metrics, index, renderer, diags);
    if (status == ENT_OK) {
        fputs("<h3>Top actors</h3>\n", out);
        status = top_actors(out, network, &metrics, options->top_actors);
    }
    if (status == ENT_OK) {
        fputs("<h3>Cohesion of each organization</h3>\n", out);
        cohesion(out, snapshot, &metrics);
        fputs("<h3>Evidence</h3>\n", out);
        status = evidence(out, snapshot, index);
    }
    if (status == ENT_OK) {
        fputs("<h3>Sources</h3>\n", out);
        sources(out, snapshot, index);
        fputs("</section>\n", out);
    }
    ent_metrics_destroy(&metrics);
    ent_network_destroy(network);
    return status;
}
