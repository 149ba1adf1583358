/*
 * Building the cgraph graph of a diagram: nodes sized and coloured by the
 * metrics, one Graphviz edge per relation type between a pair, and with
 * --clusters one box per organization.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "build/build_internal.h"
#include "render/render_internal.h"

/* Node areas in square inches: a floor keeps isolates visible. */
static const double min_area = 0.09, max_area = 0.81;
/* Organization names longer than this are shown by their id (CSTO). */
enum { LONG_NAME = 16 };

/* Graphviz takes char * for names and values; it copies them. */
static void set(void *object, const char *name, const char *value) {
    agsafeset(object, (char *)name, (char *)value, "");
}

/* Numbers with four significant digits: enough for inches and points. */
static void set_number(void *object, const char *name, double value) {
    char buffer[64];
    snprintf(buffer, sizeof buffer, "%.4g", value);
    set(object, name, buffer);
}

static double weight_between(const ent_network_t *network, size_t a, size_t b) {
    igraph_integer_t edge = -1;
    igraph_get_eid(&network->graph, &edge, (igraph_integer_t)a,
                   (igraph_integer_t)b, 0, 0);
    return edge < 0 ? 0.0 : VECTOR(network->weights)[edge];
}

/*
 * The organization a vertex belongs with: for an organization, itself; for
 * a member, the group it is most tied to (the summed weight of its edges to
 * the group's other members and to the organization), the first on a tie.
 */
static size_t home_group(const render_context *ctx, size_t vertex) {
    const ent_metrics_t *metrics = ctx->metrics;
    const ent_network_t *network = ctx->network;
    size_t entity = network->vertex_entity[vertex];
    size_t best = NO_COLOR;
    double best_tie = -1;
    for (size_t g = 0; g < metrics->group_count; g++) {
        const ent_group_result_t *group = &metrics->groups[g];
        if (group->organization == entity) {
            return g;
        }
        int member = 0;
        double tie = 0;
        for (size_t m = 0; m < group->member_count; m++) {
            size_t other = network->entity_vertex[group->members[m]];
            member |= group->members[m] == entity;
            if (other != ENT_NO_VERTEX && other != vertex) {
                tie += weight_between(network, vertex, other);
            }
        }
        size_t organization = network->entity_vertex[group->organization];
        if (organization != ENT_NO_VERTEX) {
            tie += weight_between(network, vertex, organization);
        }
        if (member && tie > best_tie) {
            best = g;
            best_tie = tie;
        }
    }
    return best;
}

static size_t color_of(const render_context *ctx, size_t vertex) {
    switch (ctx->options->color_by) {
    case ENT_COLOR_BY_TYPE:
        return (size_t)ent_network_vertex_entity(ctx->network, vertex)->type;
    case ENT_COLOR_BY_ORGANIZATION:
        return ctx->vertex_cluster[vertex];
    case ENT_COLOR_BY_COMMUNITY:
        break;
    }
    const double *community = ctx->metrics->node[ENT_NODE_COMMUNITY];
    if (community == NULL || !isfinite(community[vertex])) {
        return NO_COLOR;
    }
    return (size_t)community[vertex];
}

/* The vertices to label with --labels top:N: the N largest by size. */
static unsigned char *labelled_vertices(const render_context *ctx,
                                        const double *size) {
    size_t n = ctx->network->vertex_count;
    unsigned char *labelled = calloc(n + 1, 1);
    if (labelled == NULL) {
        return NULL;
    }
    size_t top = ctx->options->label_top;
    for (size_t v = 0; v < n; v++) {
        /* Rank = how many vertices are larger, or equal and earlier. */
        size_t rank = 0;
        for (size_t u = 0; top > 0 && u < n && rank < top; u++) {
            rank += size[u] > size[v] || (size[u] == size[v] && u < v);
        }
        labelled[v] = top == 0 || rank < top;
    }
    return labelled;
}

static double size_value(const double *values, size_t vertex) {
    double value = values ? values[vertex] : 0.0;
    return isfinite(value) && value > 0 ? value : 0.0;
}

static void style_node(render_context *ctx, Agnode_t *node, size_t vertex,
                       double area, int labelled) {
    const ent_entity_t *entity =
        ent_network_vertex_entity(ctx->network, vertex);
    const node_style *shape = style_for_entity(entity->type);
    ctx->entity_types_used[entity->type] = 1;
    set(node, "shape", shape->shape);
    set_number(node, "width", sqrt(area));
    set_number(node, "height", sqrt(area));
    set(node, "fillcolor", palette_color(ctx->vertex_color[vertex]));
    const char *name = ent_entity_label(entity);
    int use_id =
        entity->type == ENT_ENTITY_ORGANIZATION && strlen(name) > LONG_NAME;
    text_buffer text;
    text_init(&text);
    if (labelled) {
        text_append_wrapped_label(&text, use_id ? entity->id : name);
        set(node, "xlabel", text.failed ? "" : text.data);
    }
    text.length = 0;
    text_append_label(&text, name);
    text_appendf(&text, " (%s)", ent_entity_type_name(entity->type));
    set(node, "tooltip", text.failed ? "" : text.data);
    text_release(&text);
}

/*
 * A node named by the entity's id, which is what DOT readers and the SVG's
 * titles show. agwrite cannot write every string, though: it leaves a
 * backslash in a name as it is, which the DOT reader then takes as an
 * escape (`a\"` never closes), and control characters make invalid SVG. Such an
 * id, or one already taken, names the node "entity:INDEX" instead (the label
 * still shows the name as written).
 */
static Agnode_t *new_node(Agraph_t *graph, const char *id, size_t index) {
    int safe = 1;
    for (const char *p = id; *p && safe; p++) {
        safe = (unsigned char)*p >= 0x20 && *p != '\\';
    }
    if (safe && agnode(graph, (char *)id, 0) == NULL) {
        return agnode(graph, (char *)id, 1);
    }
    char name[64];
    for (unsigned attempt = 0;; attempt++) {
        snprintf(name, sizeof name, attempt ? "entity:%zu:%u" : "entity:%zu",
                 index, attempt);
        if (agnode(graph, name, 0) == NULL) {
            return agnode(graph, name, 1);
        }
    }
}

/* A pinned position ("x,y!", points with inputscale=72) when one is
 * given for this id. */
static void pin(const ent_render_positions_t *positions, Agnode_t *node,
                const char *id) {
    for (size_t i = 0; positions != NULL && i < positions->count; i++) {
        if (strcmp(positions->ids[i], id) == 0) {
            char pos[96];
            snprintf(pos, sizeof pos, "%.2f,%.2f!", positions->x[i],
                     positions->y[i]);
            set(node, "pos", pos);
            return;
        }
    }
}

static ent_status add_nodes(render_context *ctx, Agnode_t **nodes) {
    size_t n = ctx->network->vertex_count;
    const double *size = ctx->metrics->node[ctx->options->size_by];
    double largest = 0;
    for (size_t v = 0; v < n; v++) {
        largest = fmax(largest, size_value(size, v));
    }
    double *sizes = malloc((n + 1) * sizeof *sizes);
    if (sizes == NULL) {
        return ENT_ENOMEM;
    }
    for (size_t v = 0; v < n; v++) {
        sizes[v] = size_value(size, v);
    }
    unsigned char *labelled = labelled_vertices(ctx, sizes);
    if (labelled == NULL) {
        free(sizes);
        return ENT_ENOMEM;
    }
    for (size_t v = 0; v < n; v++) {
        const ent_entity_t *entity = ent_network_vertex_entity(ctx->network, v);
        nodes[v] = new_node(ctx->graph, entity->id, v);
        pin(ctx->options->positions, nodes[v], entity->id);
        double area =
            min_area +
            (largest > 0 ? (max_area - min_area) * sizes[v] / largest : 0.0);
        style_node(ctx, nodes[v], v, area, labelled[v]);
    }
    free(labelled);
    free(sizes);
    return ENT_OK;
}

/* One Graphviz edge for the relations of one type (and, for memberships,
 * one status) that formed network edge `edge`. */
static void add_edge(render_context *ctx, Agnode_t **nodes, size_t edge,
                     const size_t *relations, size_t count, size_t first) {
    const ent_snapshot_t *s = ctx->network->snapshot;
    const ent_relation_t *r = ent_snapshot_relation(s, relations[first]);
    const ent_relation_type_t *type = ent_snapshot_relation_type(s, r->type);
    const edge_style *style =
        style_for_relation(type->name, type->directed, r->status);
    double weight = 0;
    for (size_t k = first; k < count; k++) {
        const ent_relation_t *other = ent_snapshot_relation(s, relations[k]);
        if (other->type == r->type && other->status == r->status) {
            weight += other->weight;
        }
    }
    Agnode_t *tail = nodes[ctx->network->entity_vertex[r->source]];
    Agnode_t *head = nodes[ctx->network->entity_vertex[r->target]];
    char key[64];
    snprintf(key, sizeof key, "e%zu.%zu", edge, first);
    Agedge_t *e = agedge(ctx->graph, tail, head, key, 1);
    ctx->relation_styles_used[style_index(style)] = 1;
    set(e, "style", style->style);
    set(e, "color", style->color);
    set(e, "arrowhead", style->arrowhead);
    set_number(e, "penwidth",
               style->penwidth +
                   (style->width_by_weight ? 3.0 * fmin(weight, 1.5) : 0.0));
}

static void add_projection_edge(render_context *ctx, Agnode_t **nodes,
                                size_t edge) {
    igraph_integer_t from = IGRAPH_FROM(&ctx->network->graph, edge);
    igraph_integer_t to = IGRAPH_TO(&ctx->network->graph, edge);
    double weight = VECTOR(ctx->network->weights)[edge];
    const edge_style *style = style_for_projection();
    char key[32];
    snprintf(key, sizeof key, "e%zu", edge);
    Agedge_t *e = agedge(ctx->graph, nodes[from], nodes[to], key, 1);
    ctx->relation_styles_used[style_index(style)] = 1;
    set(e, "style", style->style);
    set(e, "color", style->color);
    set(e, "arrowhead", "none");
    set_number(e, "penwidth", style->penwidth + fmin(weight, 5.0));
    if (weight > 1) {
        set_number(e, "label", weight);
    }
}

/* For each network edge, one drawn edge per distinct (type, status). */
static void add_edges(render_context *ctx, Agnode_t **nodes) {
    const ent_snapshot_t *s = ctx->network->snapshot;
    for (size_t e = 0; e < ctx->network->edge_count; e++) {
        if (ctx->network->projection != ENT_PROJECT_NONE) {
            add_projection_edge(ctx, nodes, e);
            continue;
        }
        size_t count;
        const size_t *relations =
            ent_network_edge_relations(ctx->network, e, &count);
        for (size_t k = 0; k < count; k++) {
            const ent_relation_t *r = ent_snapshot_relation(s, relations[k]);
            int seen = 0;
            for (size_t j = 0; j < k && !seen; j++) {
                const ent_relation_t *q =
                    ent_snapshot_relation(s, relations[j]);
                seen = q->type == r->type && q->status == r->status;
            }
            if (!seen) {
                add_edge(ctx, nodes, e, relations, count, k);
            }
        }
    }
}

/* One cluster per group, holding the vertices whose home it is. */
static void add_clusters(render_context *ctx, Agnode_t **nodes) {
    const ent_snapshot_t *s = ctx->network->snapshot;
    for (size_t g = 0; g < ctx->metrics->group_count; g++) {
        const ent_entity_t *organization =
            ent_snapshot_entity(s, ctx->metrics->groups[g].organization);
        char name[256];
        snprintf(name, sizeof name, "cluster_%zu", g);
        Agraph_t *cluster = agsubg(ctx->graph, name, 1);
        text_buffer label;
        text_init(&label);
        text_append_label(&label, organization->id);
        set(cluster, "label", label.failed ? "" : label.data);
        text_release(&label);
        set(cluster, "style", "rounded");
        set(cluster, "color", "#BBBBBB");
        /* Subgraphs do not inherit the root's font: a fallback font was
         * chosen anew, and its text placed differently, on some runs. */
        set(cluster, "fontname", "DejaVu Sans");
        for (size_t v = 0; v < ctx->network->vertex_count; v++) {
            if (ctx->vertex_cluster[v] == g) {
                agsubnode(cluster, nodes[v], 1);
            }
        }
    }
}

ent_status render_build_graph(render_context *ctx) {
    size_t n = ctx->network->vertex_count;
    Agnode_t **nodes = calloc(n + 1, sizeof *nodes);
    if (nodes == NULL) {
        return ENT_ENOMEM;
    }
    /* igraph_get_eid below: errors must come back, not abort. */
    ent_igraph_guard_t guard;
    ent_igraph_guard_enter(&guard);
    for (size_t v = 0; v < n; v++) {
        ctx->vertex_cluster[v] = home_group(ctx, v);
    }
    ent_igraph_guard_leave(&guard);
    for (size_t v = 0; v < n; v++) {
        ctx->vertex_color[v] = color_of(ctx, v);
    }
    ent_status status = add_nodes(ctx, nodes);
    if (status == ENT_OK) {
        add_edges(ctx, nodes);
        if (ctx->options->clusters) {
            add_clusters(ctx, nodes);
        }
    }
    free(nodes);
    return status;
}
