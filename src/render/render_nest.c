/*
 * The layout of nested boxes (--clusters). Graphviz's fdp lays clusters
 * out, but in 2.42 not the same way twice (its derived graphs order edges
 * by memory address), so entente lays each box out on its own with neato
 * (seeded, the same on every run): first the innermost boxes, each as its
 * members; then every box around them, with each box inside as one node
 * as large as that box; last the page, the outermost boxes as nodes. No
 * node can then fall into a box it is not in: neato's overlap removal
 * keeps it off the box's node, margin included.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/render_internal.h"

/* Room around a box's contents, in points at print size: the padding and
 * the label strip render_boxes.c adds (4 + 12), and a little more. */
static const double box_margin = 24;

typedef struct {
    double *vx, *vy; /* vertex centre, from its box's centre (or the page) */
    double *bx, *by; /* box centre, from its parent's centre (or the page) */
    double *bw, *bh; /* box size, margin included */
} nest;

/* The item at the level of box `level` (NO_COLOR: the page) that holds
 * vertex v: v itself when it is drawn right in that box, vertex_count + c
 * for the box c right inside it that holds v, SIZE_MAX when v is not in
 * `level` at all. */
static size_t item_at(const render_context *ctx, size_t v, size_t level) {
    size_t box = render_box_of(ctx, v);
    if (box == level) {
        return v;
    }
    for (; box != NO_COLOR; box = ctx->clusters.parent[box]) {
        if (ctx->clusters.parent[box] == level) {
            return ctx->network->vertex_count + box;
        }
    }
    return SIZE_MAX;
}

static Agnode_t *box_node(Agraph_t *g, const nest *ns, size_t box) {
    char name[32];
    snprintf(name, sizeof name, "b%zu", box);
    Agnode_t *node = agnode(g, name, 1);
    if (node != NULL) {
        render_set(node, "shape", "box");
        render_set_number(node, "width", ns->bw[box] / 72.0);
        render_set_number(node, "height", ns->bh[box] / 72.0);
    }
    return node;
}

/* The items of one level as nodes of g, and the ties between them. */
static ent_status add_level(render_context *ctx, Agraph_t *g, double grow,
                            size_t level, const nest *ns, Agnode_t **items) {
    size_t n = ctx->network->vertex_count;
    for (size_t v = 0; v < n; v++) {
        if (render_box_of(ctx, v) == level &&
            (items[v] = render_layout_node(ctx, g, v, grow)) == NULL) {
            return ENT_ENOMEM;
        }
    }
    for (size_t b = 0; b < ctx->metrics->group_count; b++) {
        if (ctx->clusters.boxed[b] && ctx->clusters.parent[b] == level &&
            (items[n + b] = box_node(g, ns, b)) == NULL) {
            return ENT_ENOMEM;
        }
    }
    for (size_t e = 0; e < ctx->network->edge_count; e++) {
        size_t a =
            item_at(ctx, (size_t)IGRAPH_FROM(&ctx->network->graph, e), level);
        size_t b =
            item_at(ctx, (size_t)IGRAPH_TO(&ctx->network->graph, e), level);
        if (a != SIZE_MAX && b != SIZE_MAX && a != b &&
            render_edge_is_drawn(ctx, e)) {
            agedge(g, items[a], items[b], NULL, 1);
        }
    }
    return ENT_OK;
}

/* Reads the level's positions: for a box, from its centre, and its size
 * with the margin; for the page, as they are. */
static void read_level(render_context *ctx, double grow, size_t level, nest *ns,
                       Agnode_t **items) {
    size_t n = ctx->network->vertex_count;
    size_t count = n + ctx->metrics->group_count;
    rect extent = {INFINITY, INFINITY, -INFINITY, -INFINITY};
    for (size_t i = 0; i < count; i++) {
        if (items[i] == NULL) {
            continue;
        }
        double x = render_layout_grid(ND_coord(items[i]).x);
        double y = render_layout_grid(ND_coord(items[i]).y);
        double w = i < n ? ctx->geometry[i].w * grow : ns->bw[i - n];
        double h = i < n ? ctx->geometry[i].h * grow : ns->bh[i - n];
        extent.x0 = fmin(extent.x0, x - w / 2);
        extent.x1 = fmax(extent.x1, x + w / 2);
        extent.y0 = fmin(extent.y0, y - h / 2);
        extent.y1 = fmax(extent.y1, y + h / 2);
        *(i < n ? &ns->vx[i] : &ns->bx[i - n]) = x;
        *(i < n ? &ns->vy[i] : &ns->by[i - n]) = y;
    }
    if (level == NO_COLOR) {
        return;
    }
    int empty = !(extent.x1 >= extent.x0);
    double cx = empty ? 0 : (extent.x0 + extent.x1) / 2;
    double cy = empty ? 0 : (extent.y0 + extent.y1) / 2;
    for (size_t i = 0; i < count; i++) {
        if (items[i] != NULL) {
            *(i < n ? &ns->vx[i] : &ns->bx[i - n]) -= cx;
            *(i < n ? &ns->vy[i] : &ns->by[i - n]) -= cy;
        }
    }
    double margin = 2 * box_margin * grow;
    ns->bw[level] = (empty ? 0 : extent.x1 - extent.x0) + margin;
    ns->bh[level] = (empty ? 0 : extent.y1 - extent.y0) + margin;
}

/* Lays out one level: box `level`'s own members and the boxes right
 * inside it, or the page's. */
static ent_status lay_out_level(render_context *ctx, GVC_t *gvc, double grow,
                                size_t level, nest *ns) {
    size_t count = ctx->network->vertex_count + ctx->metrics->group_count;
    Agraph_t *g = agopen("nest", Agdirected, NULL);
    Agnode_t **items = calloc(count + 1, sizeof *items);
    ent_status status = g && items ? ENT_OK : ENT_ENOMEM;
    if (status == ENT_OK) {
        render_layout_attributes(ctx, g);
        status = add_level(ctx, g, grow, level, ns, items);
    }
    if (status == ENT_OK && agnnodes(g) > 0) {
        if (gvLayout(gvc, g, "neato") != 0) {
            ent_diag_add(ctx->diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                         "graphviz could not lay out the graph with "
                         "\"neato\"");
            status = ENT_EINTERNAL;
        } else {
            read_level(ctx, grow, level, ns, items);
            gvFreeLayout(gvc, g);
        }
    } else if (status == ENT_OK && level != NO_COLOR) {
        ns->bw[level] = ns->bh[level] = 2 * box_margin * grow;
    }
    if (g != NULL) {
        agclose(g);
    }
    free(items);
    return status;
}

static void nest_free(nest *ns) {
    free(ns->vx);
    free(ns->vy);
    free(ns->bx);
    free(ns->by);
    free(ns->bw);
    free(ns->bh);
}

ent_status render_nested_layout(render_context *ctx, GVC_t *gvc, double grow,
                                double *x, double *y) {
    size_t n = ctx->network->vertex_count, groups = ctx->metrics->group_count;
    const cluster_tree *t = &ctx->clusters;
    nest ns = {
        calloc(n + 1, sizeof(double)),      calloc(n + 1, sizeof(double)),
        calloc(groups + 1, sizeof(double)), calloc(groups + 1, sizeof(double)),
        calloc(groups + 1, sizeof(double)), calloc(groups + 1, sizeof(double))};
    ent_status status = ns.vx && ns.vy && ns.bx && ns.by && ns.bw && ns.bh
                            ? ENT_OK
                            : ENT_ENOMEM;
    for (size_t k = t->count; status == ENT_OK && k-- > 0;) {
        status = lay_out_level(ctx, gvc, grow, t->outer_first[k], &ns);
    }
    if (status == ENT_OK) {
        status = lay_out_level(ctx, gvc, grow, NO_COLOR, &ns);
    }
    /* From the outside in: each box's centre, then each vertex's. */
    for (size_t k = 0; status == ENT_OK && k < t->count; k++) {
        size_t b = t->outer_first[k], p = t->parent[b];
        ns.bx[b] += p != NO_COLOR ? ns.bx[p] : 0;
        ns.by[b] += p != NO_COLOR ? ns.by[p] : 0;
    }
    for (size_t v = 0; status == ENT_OK && v < n; v++) {
        size_t b = render_box_of(ctx, v);
        x[v] = ns.vx[v] + (b != NO_COLOR ? ns.bx[b] : 0);
        y[v] = ns.vy[v] + (b != NO_COLOR ? ns.by[b] : 0);
    }
    nest_free(&ns);
    return status;
}
