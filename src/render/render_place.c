/*
 * Label placement. Each label sits beside its own node on an opaque
 * plate, at the first of forty-eight places around the node that keeps it
 * off every node and every other label, inside the frame, and nearer its
 * own node than any other (so that a reader never pins it on the wrong
 * node); among those, the one fewest edges pass under. Nodes are served
 * largest first; a label with no such place is left out, so that crowded
 * diagrams thin their labels from the least important nodes.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "render/render_internal.h"

/* Room between a node and its label, around the plate, and between a
 * label and anything else (points). */
static const double label_gap = 1.5;
static const double plate_pad = 1.0;
static const double clearance = 1.0;

enum { MAX_POINTS = 32 };

typedef struct {
    double x[MAX_POINTS], y[MAX_POINTS];
    size_t count;
    rect bounds;
} polygon;

/* The outline Graphviz draws for a node, slightly enlarged (an ellipse's
 * polygon lies inside the ellipse). */
static void node_polygon(const render_context *ctx, size_t v, polygon *p) {
    const vertex_geometry *g = render_item(ctx, v);
    /* A host's second outline lies 4 points outside the first. */
    double ring = g->marks & MARK_HOST ? 4.5 : 0.5;
    double a = g->w / 2 + ring, b = g->h / 2 + ring;
    ent_entity_type type = render_item_type(ctx, v);
    static const double box[][2] = {{1, 1}, {-1, 1}, {-1, -1}, {1, -1}};
    static const double diamond[][2] = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
    static const double hexagon[][2] = {{1, 0},  {0.5, 1},   {-0.5, 1},
                                        {-1, 0}, {-0.5, -1}, {0.5, -1}};
    static const double triangle[][2] = {{0, -1}, {1, 0.5}, {-1, 0.5}};
    const double(*points)[2] = NULL;
    size_t count = 0;
    switch (type) {
    case ENT_ENTITY_ORGANIZATION:
        points = box, count = 4;
        break;
    case ENT_ENTITY_PERSON:
        points = diamond, count = 4;
        break;
    case ENT_ENTITY_EVENT:
        points = hexagon, count = 6;
        break;
    case ENT_ENTITY_GROUP:
        points = triangle, count = 3;
        break;
    default:
        break;
    }
    if (points == NULL) {
        a *= 1.01;
        b *= 1.01;
        count = MAX_POINTS;
    }
    p->count = count;
    p->bounds = (rect){g->x - a, g->y - b, g->x + a, g->y + b};
    for (size_t i = 0; i < count; i++) {
        double angle = 2 * M_PI * (double)i / MAX_POINTS;
        p->x[i] = g->x + a * (points ? points[i][0] : cos(angle));
        p->y[i] = g->y + b * (points ? points[i][1] : sin(angle));
    }
}

static int rects_overlap(const rect *a, const rect *b) {
    return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

static rect grow(rect r, double by) {
    return (rect){r.x0 - by, r.y0 - by, r.x1 + by, r.y1 + by};
}

/* Separating axes: a convex polygon and a rectangle overlap unless one
 * of the polygon's edge normals or the rectangle's axes separates them. */
static int polygon_overlaps_rect(const polygon *p, const rect *r) {
    if (!rects_overlap(&p->bounds, r)) {
        return 0;
    }
    double rx[4] = {r->x0, r->x1, r->x1, r->x0};
    double ry[4] = {r->y0, r->y0, r->y1, r->y1};
    for (size_t i = 0; i < p->count; i++) {
        size_t j = (i + 1) % p->count;
        double nx = p->y[i] - p->y[j], ny = p->x[j] - p->x[i];
        double pmin = INFINITY, pmax = -INFINITY;
        double qmin = INFINITY, qmax = -INFINITY;
        for (size_t k = 0; k < p->count; k++) {
            double d = p->x[k] * nx + p->y[k] * ny;
            pmin = fmin(pmin, d);
            pmax = fmax(pmax, d);
        }
        for (size_t k = 0; k < 4; k++) {
            double d = rx[k] * nx + ry[k] * ny;
            qmin = fmin(qmin, d);
            qmax = fmax(qmax, d);
        }
        if (pmax <= qmin || qmax <= pmin) {
            return 0;
        }
    }
    return 1;
}

static double point_segment(double px, double py, double ax, double ay,
                            double bx, double by) {
    double dx = bx - ax, dy = by - ay;
    double length = dx * dx + dy * dy;
    double t = length > 0 ? ((px - ax) * dx + (py - ay) * dy) / length : 0;
    t = fmax(0, fmin(1, t));
    return hypot(px - ax - t * dx, py - ay - t * dy);
}

/* The gap between a polygon and a rectangle (0 when they overlap). */
static double polygon_rect_distance(const polygon *p, const rect *r) {
    if (polygon_overlaps_rect(p, r)) {
        return 0;
    }
    double rx[4] = {r->x0, r->x1, r->x1, r->x0};
    double ry[4] = {r->y0, r->y0, r->y1, r->y1};
    double best = INFINITY;
    for (size_t i = 0; i < p->count; i++) {
        size_t j = (i + 1) % p->count;
        for (size_t k = 0; k < 4; k++) {
            best = fmin(best, point_segment(rx[k], ry[k], p->x[i], p->y[i],
                                            p->x[j], p->y[j]));
            best = fmin(best, point_segment(p->x[i], p->y[i], rx[k], ry[k],
                                            rx[(k + 1) % 4], ry[(k + 1) % 4]));
        }
    }
    return best;
}

/* Liang-Barsky: does the segment from (ax, ay) to (bx, by) cross r? */
static int segment_crosses_rect(double ax, double ay, double bx, double by,
                                const rect *r) {
    double t0 = 0, t1 = 1, dx = bx - ax, dy = by - ay;
    double p[4] = {-dx, dx, -dy, dy};
    double q[4] = {ax - r->x0, r->x1 - ax, ay - r->y0, r->y1 - ay};
    for (int i = 0; i < 4; i++) {
        if (p[i] == 0) {
            if (q[i] < 0) {
                return 0;
            }
            continue;
        }
        double t = q[i] / p[i];
        if (p[i] < 0) {
            t0 = fmax(t0, t);
        } else {
            t1 = fmin(t1, t);
        }
        if (t0 > t1) {
            return 0;
        }
    }
    return 1;
}

/* The plate of a label centred at (x, y). */
static rect plate_at(const vertex_geometry *g, double x, double y) {
    return (rect){x - g->lw / 2, y - g->lh / 2, x + g->lw / 2, y + g->lh / 2};
}

typedef struct {
    const render_context *ctx;
    polygon *polygons; /* per vertex */
    rect *placed;      /* plates placed so far */
    size_t placed_count;
} placement;

/* 0 when the plate cannot go there; else 1 + the edges it covers. */
static size_t candidate_cost(const placement *pl, size_t v, const rect *plate) {
    const render_context *ctx = pl->ctx;
    rect room = grow(*plate, clearance);
    if (room.x0 < 0 || room.y0 < 0 || room.x1 > ctx->width ||
        room.y1 > ctx->height) {
        return 0;
    }
    for (size_t i = 0; i < pl->placed_count; i++) {
        if (rects_overlap(&room, &pl->placed[i])) {
            return 0;
        }
    }
    size_t n = render_item_count(ctx);
    rect text = grow(*plate, -plate_pad);
    text.x0 += LABEL_BLANK_CELL;
    double own = polygon_rect_distance(&pl->polygons[v], &text);
    for (size_t u = 0; u < n; u++) {
        if (!render_item(ctx, u)->drawn) {
            continue;
        }
        if (polygon_overlaps_rect(&pl->polygons[u], &room)) {
            return 0;
        }
        /* Nearer its own node than any other, with a margin for the
         * difference between this estimate of the text's box and the
         * text as drawn. */
        rect near = grow(text, own + 2.5);
        if (u != v && rects_overlap(&near, &pl->polygons[u].bounds) &&
            polygon_rect_distance(&pl->polygons[u], &text) <= own + 2.5) {
            return 0;
        }
    }
    return 1 + render_edges_through(ctx, &room);
}

size_t render_edges_through(const render_context *ctx, const rect *r) {
    size_t covered = 0;
    for (size_t e = 0; e < ctx->network->edge_count; e++) {
        if (!render_edge_is_drawn(ctx, e)) {
            continue;
        }
        const vertex_geometry *a =
            &ctx->geometry[ent_network_edge_from(ctx->network, e)];
        const vertex_geometry *b =
            &ctx->geometry[ent_network_edge_to(ctx->network, e)];
        covered += segment_crosses_rect(a->x, a->y, b->x, b->y, r);
    }
    return covered;
}

/* Tries sixteen places in each of `rings` rings around item v (a vertex
 * or a pin); places the label at the best
 * and returns 1, or returns 0 when none is free. */
static int place_one(placement *pl, size_t v, size_t rings) {
    vertex_geometry *g = render_item(pl->ctx, v);
    /* Eight directions, then the eight between them, at three distances. */
    double directions[16][2];
    for (size_t d = 0; d < 16; d++) {
        static const int order[16] = {0, 4, 8, 12, 2, 6,  10, 14,
                                      1, 3, 5, 7,  9, 11, 13, 15};
        double angle = M_PI / 8 * order[d];
        directions[d][0] = cos(angle);
        directions[d][1] = sin(angle);
    }
    size_t best_cost = 0;
    double best_x = 0, best_y = 0;
    for (size_t ring = 0; ring < rings; ring++) {
        for (size_t d = 0; d < 16; d++) {
            double ux = directions[d][0], uy = directions[d][1];
            double gap = label_gap + 4.0 * (double)ring;
            /* The plate's nearest corner or side touches the ring. */
            double x = g->x + ux * (g->w / 2 + gap) +
                       (ux > 0.1    ? g->lw / 2
                        : ux < -0.1 ? -g->lw / 2
                                    : 0);
            double y = g->y + uy * (g->h / 2 + gap) +
                       (uy > 0.1    ? g->lh / 2
                        : uy < -0.1 ? -g->lh / 2
                                    : 0);
            rect plate = plate_at(g, x, y);
            size_t cost = candidate_cost(pl, v, &plate);
            if (cost != 0 && (best_cost == 0 || cost < best_cost)) {
                best_cost = cost;
                best_x = x;
                best_y = y;
            }
        }
        if (best_cost == 1) {
            break; /* free of edges already: stay close */
        }
    }
    if (best_cost == 0) {
        return 0;
    }
    g->lx = best_x;
    g->ly = best_y;
    pl->placed[pl->placed_count++] = plate_at(g, best_x, best_y);
    return 1;
}

/* 1 when a pin at (x, y) keeps clear of every drawn node and pin and
 * of every label placed so far. */
static int pin_is_free(const placement *pl, size_t item, double x, double y) {
    const render_context *ctx = pl->ctx;
    double r = render_item(ctx, item)->w / 2 + 3;
    for (size_t i = 0; i < render_item_count(ctx); i++) {
        const vertex_geometry *g = render_item(ctx, i);
        if (i != item && g->drawn &&
            hypot(g->x - x, g->y - y) < hypot(g->w, g->h) / 2 + r) {
            return 0;
        }
    }
    /* Farther from a placed label than its own node or pin may be (six
     * rings of places, 21.5 points), so that it stays nearest that. */
    rect dot = grow((rect){x - r, y - r, x + r, y + r}, 24);
    for (size_t i = 0; i < pl->placed_count; i++) {
        if (rects_overlap(&dot, &pl->placed[i])) {
            return 0;
        }
    }
    return 1;
}

/* A tie's pin goes at the first point along the tie, from its middle
 * outwards, where the pin is clear and its label finds a place; failing
 * that, at the first clear point, unlabelled. */
static int place_pin(placement *pl, size_t item) {
    static const double along[] = {0.5,  0.42, 0.58, 0.34, 0.66,
                                   0.26, 0.74, 0.18, 0.82};
    const render_context *ctx = pl->ctx;
    vertex_geometry *pin = render_item(ctx, item);
    const vertex_geometry *a, *b;
    render_pin_ends(ctx, item - ctx->network->vertex_count, &a, &b);
    int fallback = -1;
    for (size_t k = 0; k < sizeof along / sizeof along[0]; k++) {
        double x = a->x + (b->x - a->x) * along[k];
        double y = a->y + (b->y - a->y) * along[k];
        if (!pin_is_free(pl, item, x, y)) {
            continue;
        }
        fallback = fallback < 0 ? (int)k : fallback;
        pin->x = x;
        pin->y = y;
        node_polygon(ctx, item, &pl->polygons[item]);
        if (place_one(pl, item, 6)) {
            pin->drawn = 1;
            return 1;
        }
    }
    if (fallback >= 0) {
        pin->x = a->x + (b->x - a->x) * along[fallback];
        pin->y = a->y + (b->y - a->y) * along[fallback];
        node_polygon(ctx, item, &pl->polygons[item]);
        pin->drawn = 1;
    }
    return 0;
}

/* Label order: largest value first, then the entity order. */
typedef struct {
    double value;
    size_t vertex;
} ranked;

static int by_importance(const void *a, const void *b) {
    const ranked *x = a, *y = b;
    if (x->value != y->value) {
        return x->value > y->value ? -1 : 1;
    }
    return x->vertex < y->vertex ? -1 : x->vertex > y->vertex;
}

ent_status render_place_labels(render_context *ctx) {
    ent_status status = render_diff_pins(ctx);
    if (status != ENT_OK) {
        return status;
    }
    size_t n = render_item_count(ctx);
    size_t boxes = ctx->options->clusters ? ctx->metrics->group_count : 0;
    placement pl = {ctx, calloc(n + 1, sizeof(polygon)),
                    calloc(n + boxes + 1, sizeof(rect)), 0};
    ranked *order = calloc(n + 1, sizeof *order);
    if (pl.polygons == NULL || pl.placed == NULL || order == NULL) {
        free(pl.polygons);
        free(pl.placed);
        free(order);
        return ENT_ENOMEM;
    }
    /* Cluster labels are placed already (render_boxes.c). */
    pl.placed_count = render_cluster_labels(ctx, pl.placed);
    for (size_t v = 0; v < n; v++) {
        node_polygon(ctx, v, &pl.polygons[v]);
        order[v] = (ranked){render_item(ctx, v)->value, v};
    }
    qsort(order, n, sizeof *order, by_importance);
    for (size_t i = 0; i < n && status == ENT_OK; i++) {
        vertex_geometry *g = render_item(ctx, order[i].vertex);
        int pin = order[i].vertex >= ctx->network->vertex_count;
        if (!pin && (!g->drawn || !g->want_label || g->label == NULL)) {
            continue;
        }
        g->labelled = order[i].vertex < ctx->network->vertex_count
                          ? place_one(&pl, order[i].vertex, 3)
                          : place_pin(&pl, order[i].vertex);
        if (pin && !g->labelled && isinf(g->value)) {
            /* A status change is placed before any node: its member's
             * label can still carry it. */
            status = render_pin_to_member(ctx, order[i].vertex -
                                                   ctx->network->vertex_count);
            continue;
        }
        ctx->labels_dropped += !g->labelled;
    }
    free(pl.polygons);
    free(pl.placed);
    free(order);
    return status;
}
