/*
 * Node sizes and positions at print size. Every diagram is drawn 1:1 at
 * the page width (16 cm by default): Graphviz lays the graph out once
 * (or the caller pins the positions), then the positions alone are
 * scaled to the page, never the nodes or the text, so that labels print
 * at their size in points whatever the number of nodes.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/render_internal.h"

/* Empty room around the drawing, and the smallest node drawn (points). */
static const double frame_margin = 4;
static const double floor_diameter = 5;
/* The drawing is at most this many widths high, so that it fits an A4
 * page with its header and legend. */
static const double max_aspect = 0.9;

double shape_area_factor(ent_entity_type type) {
    static const double factors[ENT_ENTITY_TYPE_COUNT] = {
        [ENT_ENTITY_STATE] = 0.78539816339744831, /* ellipse: pi / 4 */
        [ENT_ENTITY_ORGANIZATION] = 1.0,          /* box */
        [ENT_ENTITY_PERSON] = 0.5,                /* diamond */
        [ENT_ENTITY_EVENT] = 0.75,                /* hexagon */
        [ENT_ENTITY_GROUP] = 0.375,               /* inverted triangle */
    };
    return (unsigned)type < ENT_ENTITY_TYPE_COUNT ? factors[type] : 1.0;
}

/* The largest node for `count` nodes on a page `width` wide: nodes take
 * about a third of the room, and never more than an eighth of the width. */
static double largest_diameter(double width, size_t count) {
    double room = width * width * max_aspect / (double)(count ? count : 1);
    return fmax(12.0, fmin(0.6 * sqrt(room), width / 8.0));
}

/* Sets each vertex's drawn size from its value: area proportional to the
 * value, the floor for values too small to see. */
static void size_vertices(render_context *ctx) {
    for (size_t v = 0; v < ctx->network->vertex_count; v++) {
        vertex_geometry *g = &ctx->geometry[v];
        ent_entity_type type = ent_network_vertex_entity(ctx->network, v)->type;
        double area = ctx->area_per_value * g->value;
        g->below_scale = !(area >= ctx->floor_area);
        if (g->below_scale) {
            area = ctx->floor_area;
        }
        g->w = g->h = sqrt(area / shape_area_factor(type));
    }
}

static void read_values(render_context *ctx) {
    const double *values =
        ctx->options->diff ? NULL : ctx->metrics->node[ctx->options->size_by];
    double largest = 0;
    for (size_t v = 0; v < ctx->network->vertex_count; v++) {
        double value = ctx->options->diff ? render_diff_value(ctx, v)
                       : values           ? values[v]
                                          : 0.0;
        ctx->geometry[v].value = isfinite(value) && value > 0 ? value : 0.0;
        if (ctx->geometry[v].drawn) {
            largest = fmax(largest, ctx->geometry[v].value);
        }
    }
    ctx->value_max = ctx->options->size_reference > 0
                         ? ctx->options->size_reference
                         : largest;
}

/* A layout coordinate on a grid of 1/1024 point. Graphviz's force
 * layouts differ from run to run in the last bits (about 1e-14, in about
 * one run in eight for compare's union of snapshots: its sums follow
 * memory addresses, which ASLR moves); far below anything printed, but
 * enough to change the bytes of positions.tsv and of the diagrams.
 * Rounding to the grid makes every run the same. */
double render_layout_grid(double coordinate) {
    return round(coordinate * 1024.0) / 1024.0;
}

void render_layout_attributes(render_context *ctx, Agraph_t *g) {
    render_set(g, "start", "42");
    render_set(g, "splines", "false");
    if (strcmp(ctx->layout, "dot") != 0) {
        render_set(g, "overlap", "prism");
        render_set(g, "sep", "+8");
    }
    agattr(g, AGNODE, "fixedsize", "true");
    agattr(g, AGNODE, "label", "");
}

Agnode_t *render_layout_node(render_context *ctx, Agraph_t *g, size_t v,
                             double grow) {
    char name[32];
    snprintf(name, sizeof name, "v%zu", v);
    Agnode_t *node = agnode(g, name, 1);
    if (node == NULL) {
        return NULL;
    }
    const vertex_geometry *geo = &ctx->geometry[v];
    render_set(
        node, "shape",
        style_for_entity(ent_network_vertex_entity(ctx->network, v)->type)
            ->shape);
    render_set_number(node, "width", geo->w * grow / 72.0);
    render_set_number(node, "height", geo->h * grow / 72.0);
    return node;
}

/* One Graphviz layout of the drawn vertices at `grow` times their size
 * (room for the later shrink to the page); positions into x and y. */
static ent_status layout_pass(render_context *ctx, GVC_t *gvc, double grow,
                              double *x, double *y) {
    if (ctx->options->clusters && strcmp(ctx->layout, "neato") == 0) {
        return render_nested_layout(ctx, gvc, grow, x, y);
    }
    size_t n = ctx->network->vertex_count;
    Agraph_t *g = agopen("layout", Agdirected, NULL);
    Agnode_t **nodes = calloc(n + 1, sizeof *nodes);
    ent_status status = g && nodes ? ENT_OK : ENT_ENOMEM;
    if (status == ENT_OK) {
        render_layout_attributes(ctx, g);
    }
    for (size_t v = 0; status == ENT_OK && v < n; v++) {
        nodes[v] = render_layout_node(ctx, g, v, grow);
        status = nodes[v] ? ENT_OK : ENT_ENOMEM;
    }
    for (size_t e = 0; status == ENT_OK && e < ctx->network->edge_count; e++) {
        size_t from = ent_network_edge_from(ctx->network, e);
        size_t to = ent_network_edge_to(ctx->network, e);
        if (from != to && render_edge_is_drawn(ctx, e)) {
            agedge(g, nodes[from], nodes[to], NULL, 1);
        }
    }
    if (status == ENT_OK && ctx->options->clusters) {
        render_add_cluster_subgraphs(ctx, g, nodes, 0);
    }
    if (status == ENT_OK && gvLayout(gvc, g, ctx->layout) != 0) {
        ent_diag_add(ctx->diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "graphviz could not lay out the graph with \"%s\"",
                     ctx->layout);
        status = ENT_EINTERNAL;
    } else if (status == ENT_OK) {
        for (size_t v = 0; v < n; v++) {
            x[v] = render_layout_grid(ND_coord(nodes[v]).x);
            y[v] = render_layout_grid(ND_coord(nodes[v]).y);
        }
        gvFreeLayout(gvc, g);
    }
    if (g != NULL) {
        agclose(g);
    }
    free(nodes);
    return status;
}

/* Positions pinned by the caller (in points); NAN where none is given. */
static void pinned_positions(const render_context *ctx, double *x, double *y) {
    const ent_render_positions_t *p = ctx->options->positions;
    for (size_t v = 0; v < ctx->network->vertex_count; v++) {
        const char *id = ent_network_vertex_entity(ctx->network, v)->id;
        x[v] = y[v] = NAN;
        for (size_t i = 0; i < p->count; i++) {
            if (strcmp(p->ids[i], id) == 0) {
                x[v] = p->x[i];
                y[v] = p->y[i];
                break;
            }
        }
    }
}

typedef struct {
    double x0, y0, x1, y1;
} extent;

static void extent_add(extent *e, double x, double y) {
    if (!isfinite(x) || !isfinite(y)) {
        return;
    }
    e->x0 = fmin(e->x0, x);
    e->x1 = fmax(e->x1, x);
    e->y0 = fmin(e->y0, y);
    e->y1 = fmax(e->y1, y);
}

/* The scale that fits the extent into the page, nodes included. */
static double fit_scale(const extent *e, double width, double pad) {
    double k = INFINITY;
    if (e->x1 > e->x0) {
        k = fmin(k, (width - 2 * pad) / (e->x1 - e->x0));
    }
    if (e->y1 > e->y0) {
        k = fmin(k, (width * max_aspect - 2 * pad) / (e->y1 - e->y0));
    }
    return isfinite(k) && k > 0 ? k : 1.0;
}

/* The distance from a node's centre to its farthest point. */
static double reach(const render_context *ctx, size_t v) {
    const vertex_geometry *g = &ctx->geometry[v];
    ent_entity_type type = ent_network_vertex_entity(ctx->network, v)->type;
    double ring = g->marks & MARK_HOST ? 4.5 : 0.0;
    return ring + (type == ENT_ENTITY_STATE ? fmax(g->w, g->h) / 2
                                            : hypot(g->w, g->h) / 2);
}

/* Shrinks every node by one factor (areas stay proportional) until no
 * two drawn nodes touch. Quadratic: skipped on very large graphs, whose
 * layouts (sfdp) keep nodes apart anyway. */
static void shrink_until_apart(render_context *ctx) {
    size_t n = ctx->network->vertex_count;
    if (n > 3000) {
        return;
    }
    double factor = 1.0;
    for (size_t a = 0; a < n; a++) {
        const vertex_geometry *p = &ctx->geometry[a];
        for (size_t b = a + 1; p->drawn && b < n; b++) {
            const vertex_geometry *q = &ctx->geometry[b];
            double need = (reach(ctx, a) + reach(ctx, b));
            double room = hypot(p->x - q->x, p->y - q->y) - 2;
            if (q->drawn && need > 0 && room < need * factor) {
                factor = fmax(0.2, room / need);
            }
        }
    }
    if (factor < 1.0) {
        ctx->area_per_value *= factor * factor;
        ctx->floor_area *= factor * factor;
        size_vertices(ctx);
    }
}

ent_status render_layout(render_context *ctx, GVC_t *gvc) {
    size_t n = ctx->network->vertex_count;
    const ent_render_options_t *o = ctx->options;
    double width = ctx->width;
    size_t count = o->positions ? o->positions->count : n;
    double largest = largest_diameter(width, count);
    read_values(ctx);
    ctx->area_per_value =
        ctx->value_max > 0
            ? largest * largest * 0.78539816339744831 / ctx->value_max
            : 0;
    ctx->floor_area = floor_diameter * floor_diameter * 0.78539816339744831;
    size_vertices(ctx);
    double *x = calloc(n + 1, sizeof *x), *y = calloc(n + 1, sizeof *y);
    if (x == NULL || y == NULL) {
        free(x);
        free(y);
        return ENT_ENOMEM;
    }
    double pad = frame_margin + largest / 2 + 2;
    extent e = {INFINITY, INFINITY, -INFINITY, -INFINITY};
    ent_status status = ENT_OK;
    if (o->positions != NULL) {
        pinned_positions(ctx, x, y);
        for (size_t i = 0; i < o->positions->count; i++) {
            extent_add(&e, o->positions->x[i], o->positions->y[i]);
        }
    } else {
        /* Lay out at page size first; when the layout comes out larger
         * than the page, again with nodes that much larger, so that the
         * shrink to the page leaves them their size and their room. */
        status = layout_pass(ctx, gvc, 1.0, x, y);
        for (size_t v = 0; status == ENT_OK && v < n; v++) {
            extent_add(&e, x[v], y[v]);
        }
        double k = fit_scale(&e, width, pad);
        if (status == ENT_OK && k < 0.8) {
            status = layout_pass(ctx, gvc, 1.0 / k, x, y);
            e = (extent){INFINITY, INFINITY, -INFINITY, -INFINITY};
            for (size_t v = 0; status == ENT_OK && v < n; v++) {
                extent_add(&e, x[v], y[v]);
            }
        }
    }
    if (status == ENT_OK) {
        if (!(e.x1 >= e.x0)) {
            e = (extent){0, 0, 0, 0};
        }
        double k = fit_scale(&e, width, pad);
        double dx = (width - (e.x1 - e.x0) * k) / 2;
        ctx->height = (e.y1 - e.y0) * k + 2 * pad;
        for (size_t v = 0; v < n; v++) {
            ctx->geometry[v].x =
                isfinite(x[v]) ? dx + (x[v] - e.x0) * k : width / 2;
            ctx->geometry[v].y =
                isfinite(y[v]) ? pad + (y[v] - e.y0) * k : ctx->height / 2;
        }
        shrink_until_apart(ctx);
    }
    free(x);
    free(y);
    return status;
}
