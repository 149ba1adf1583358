/*
 * --clusters: which organizations get a box, and where the boxes go. A
 * state inside a box must be a member, and every member must be inside:
 * so two boxes may only share members when one organization's members
 * are all members of the other, and that box is drawn inside the other.
 * Organizations are boxed greedily, those that convened the snapshot's
 * events first, then the larger ones; one that crosses a box already
 * drawn (each has a member the other lacks) gets none, and the figure's
 * legend names it with the box it crosses and the members that cross.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/render_internal.h"

/* A member as drawn: active, or frozen when frozen memberships are ties. */
static int is_member(const render_context *ctx, const ent_group_result_t *g,
                     size_t entity) {
    for (size_t m = 0; m < g->member_count; m++) {
        if (g->members[m] == entity) {
            return 1;
        }
    }
    for (size_t m = 0;
         ctx->network->statuses[ENT_MEMBERSHIP_FROZEN] && m < g->frozen_count;
         m++) {
        if (g->frozen[m] == entity) {
            return 1;
        }
    }
    return 0;
}

static const ent_group_result_t *group_at(const render_context *ctx, size_t g) {
    return &ctx->metrics->groups[g];
}

/* The k-th member (active, then frozen) of g as drawn, or ENT_NO_ENTITY. */
static size_t member_at(const render_context *ctx, const ent_group_result_t *g,
                        size_t k) {
    size_t entity =
        k < g->member_count ? g->members[k] : g->frozen[k - g->member_count];
    return is_member(ctx, g, entity) ? entity : ENT_NO_ENTITY;
}

static size_t member_slots(const ent_group_result_t *g) {
    return g->member_count + g->frozen_count;
}

static size_t members_drawn(const render_context *ctx, size_t g) {
    size_t count = 0;
    for (size_t k = 0; k < member_slots(group_at(ctx, g)); k++) {
        count += member_at(ctx, group_at(ctx, g), k) != ENT_NO_ENTITY;
    }
    return count;
}

/* A member of a that is not one of b (ENT_NO_ENTITY: none), and whether
 * they share one. */
static size_t member_outside(const render_context *ctx, size_t a, size_t b,
                             int *shared) {
    size_t outside = ENT_NO_ENTITY;
    for (size_t k = 0; k < member_slots(group_at(ctx, a)); k++) {
        size_t entity = member_at(ctx, group_at(ctx, a), k);
        if (entity == ENT_NO_ENTITY) {
            continue;
        }
        if (is_member(ctx, group_at(ctx, b), entity)) {
            *shared = 1;
        } else if (outside == ENT_NO_ENTITY) {
            outside = entity;
        }
    }
    return outside;
}

/* 1 when a and b share a member and each has one the other lacks. */
static int crosses(const render_context *ctx, size_t a, size_t b,
                   size_t *only_a, size_t *only_b) {
    int shared = 0;
    *only_a = member_outside(ctx, a, b, &shared);
    *only_b = member_outside(ctx, b, a, &shared);
    return shared && *only_a != ENT_NO_ENTITY && *only_b != ENT_NO_ENTITY;
}

static int convened(const render_context *ctx, size_t g) {
    const ent_snapshot_t *s = ctx->network->snapshot;
    for (size_t e = 0; e < ctx->metrics->event_count; e++) {
        size_t org;
        if (ent_snapshot_event_organization(s, ctx->metrics->events[e], &org) &&
            org == group_at(ctx, g)->organization) {
            return 1;
        }
    }
    return 0;
}

/* 1 when group a goes before group b in the greedy order. */
static int before(const render_context *ctx, size_t a, size_t b) {
    int ca = convened(ctx, a), cb = convened(ctx, b);
    if (ca != cb) {
        return ca > cb;
    }
    size_t sa = members_drawn(ctx, a), sb = members_drawn(ctx, b);
    return sa != sb ? sa > sb : a < b;
}

static const char *entity_id(const render_context *ctx, size_t entity) {
    return ent_snapshot_entity(ctx->network->snapshot, entity)->id;
}

/* Names g, left without a box, with the box it crosses. */
static void name_unboxed(render_context *ctx, text_buffer *text, size_t g,
                         size_t box, size_t only_g, size_t only_box) {
    text_appendf(text, "%s%s (crosses %s: %s in %s only, %s in %s only)",
                 text->length ? "; " : "",
                 entity_id(ctx, group_at(ctx, g)->organization),
                 entity_id(ctx, group_at(ctx, box)->organization),
                 entity_id(ctx, only_g),
                 entity_id(ctx, group_at(ctx, g)->organization),
                 entity_id(ctx, only_box),
                 entity_id(ctx, group_at(ctx, box)->organization));
}

/* Boxes every group in `order` that crosses no box before it. */
static void choose_boxes(render_context *ctx, const size_t *order,
                         text_buffer *unboxed) {
    cluster_tree *t = &ctx->clusters;
    for (size_t k = 0; k < ctx->metrics->group_count; k++) {
        size_t g = order[k];
        t->boxed[g] = 1;
        for (size_t j = 0; j < k && t->boxed[g]; j++) {
            size_t only_g, only_box;
            if (t->boxed[order[j]] &&
                crosses(ctx, g, order[j], &only_g, &only_box)) {
                t->boxed[g] = 0;
                name_unboxed(ctx, unboxed, g, order[j], only_g, only_box);
            }
        }
        t->count += t->boxed[g];
    }
}

/* The box right around box g: the smallest box whose members include
 * all of g's, of equal ones the last boxed before g. */
static size_t parent_of(const render_context *ctx, const size_t *rank,
                        size_t g) {
    const cluster_tree *t = &ctx->clusters;
    size_t size = members_drawn(ctx, g), best = NO_COLOR;
    for (size_t h = 0; size > 0 && h < ctx->metrics->group_count; h++) {
        int shared = 0;
        size_t hs = members_drawn(ctx, h);
        if (h == g || !t->boxed[h] || (hs == size && rank[h] > rank[g]) ||
            member_outside(ctx, g, h, &shared) != ENT_NO_ENTITY) {
            continue;
        }
        if (best == NO_COLOR || hs < members_drawn(ctx, best) ||
            (hs == members_drawn(ctx, best) && rank[h] > rank[best])) {
            best = h;
        }
    }
    return best;
}

static size_t depth_of(const render_context *ctx, size_t g) {
    size_t depth = 0;
    for (size_t p = ctx->clusters.parent[g]; p != NO_COLOR;
         p = ctx->clusters.parent[p]) {
        depth++;
    }
    return depth;
}

/* outer_first: the boxes by depth, in group order within a depth. */
static void order_outer_first(render_context *ctx) {
    cluster_tree *t = &ctx->clusters;
    size_t n = ctx->metrics->group_count, count = 0;
    for (size_t depth = 0; count < t->count && depth <= n; depth++) {
        for (size_t g = 0; g < n; g++) {
            if (t->boxed[g] && depth_of(ctx, g) == depth) {
                t->outer_first[count++] = g;
            }
        }
    }
}

ent_status render_clusters_choose(render_context *ctx) {
    cluster_tree *t = &ctx->clusters;
    size_t n = ctx->metrics->group_count;
    t->boxed = calloc(n + 1, 1);
    t->parent = calloc(n + 1, sizeof *t->parent);
    t->outer_first = calloc(n + 1, sizeof *t->outer_first);
    t->box = calloc(n + 1, sizeof *t->box);
    t->label = calloc(n + 1, sizeof *t->label);
    t->measured = calloc(n + 1, 1);
    size_t *order = calloc(n + 1, sizeof *order);
    size_t *rank = calloc(n + 1, sizeof *rank);
    if (!t->boxed || !t->parent || !t->outer_first || !t->box || !t->label ||
        !t->measured || !order || !rank) {
        free(order);
        free(rank);
        return ENT_ENOMEM;
    }
    for (size_t g = 0; g < n; g++) { /* insertion sort: few groups */
        size_t k = g;
        for (; k > 0 && before(ctx, g, order[k - 1]); k--) {
            order[k] = order[k - 1];
        }
        order[k] = g;
    }
    for (size_t k = 0; k < n; k++) {
        rank[order[k]] = k;
    }
    text_buffer unboxed;
    text_init(&unboxed);
    choose_boxes(ctx, order, &unboxed);
    for (size_t g = 0; g < n; g++) {
        t->parent[g] = t->boxed[g] ? parent_of(ctx, rank, g) : NO_COLOR;
    }
    order_outer_first(ctx);
    free(order);
    free(rank);
    if (unboxed.failed) {
        text_release(&unboxed);
        return ENT_ENOMEM;
    }
    if (unboxed.length > 0) {
        ent_diag_add(ctx->diags, ENT_SEVERITY_NOTE, NULL, 0, 0, NULL,
                     "--clusters boxes no organization whose members cross "
                     "a box, so these get none: %s",
                     unboxed.data);
        t->unboxed = unboxed.data;
    } else {
        text_release(&unboxed);
    }
    return ENT_OK;
}

void render_clusters_release(cluster_tree *tree) {
    free(tree->boxed);
    free(tree->parent);
    free(tree->outer_first);
    free(tree->box);
    free(tree->label);
    free(tree->measured);
    free(tree->unboxed);
    memset(tree, 0, sizeof *tree);
}

int render_box_within(const render_context *ctx, size_t inner, size_t outer) {
    for (size_t b = inner; b != NO_COLOR; b = ctx->clusters.parent[b]) {
        if (b == outer) {
            return 1;
        }
    }
    return 0;
}

size_t render_box_of(const render_context *ctx, size_t vertex) {
    const cluster_tree *t = &ctx->clusters;
    if (t->boxed == NULL) {
        return NO_COLOR;
    }
    size_t entity = ctx->network->vertex_entity[vertex];
    size_t inner = NO_COLOR, own = NO_COLOR;
    for (size_t g = 0; g < ctx->metrics->group_count; g++) {
        if (!t->boxed[g]) {
            continue;
        }
        if (group_at(ctx, g)->organization == entity) {
            own = g;
        } else if (is_member(ctx, group_at(ctx, g), entity) &&
                   (inner == NO_COLOR || render_box_within(ctx, g, inner))) {
            inner = g;
        }
    }
    /* An organization sits in its own box, when that box is inside
     * every box of an organization it is a member of. */
    return own != NO_COLOR &&
                   (inner == NO_COLOR || render_box_within(ctx, own, inner))
               ? own
               : inner;
}

/* The cluster label's size in points, and the room around it. */
static const double box_font = 8, box_pad = 4;

/* Drawn vertices outside box g that the rectangle would take in. */
static size_t nodes_in(const render_context *ctx, size_t g, const rect *r) {
    size_t count = 0;
    for (size_t v = 0; v < ctx->network->vertex_count; v++) {
        const vertex_geometry *geo = &ctx->geometry[v];
        count += geo->drawn &&
                 !render_box_within(ctx, render_box_of(ctx, v), g) &&
                 geo->x + geo->w / 2 > r->x0 && geo->x - geo->w / 2 < r->x1 &&
                 geo->y + geo->h / 2 > r->y0 && geo->y - geo->h / 2 < r->y1;
    }
    return count;
}

/* What a label there would cover: each node counts as a thousand edges
 * (a label must never hide a node), then each edge through it. */
static size_t edges_through(const render_context *ctx, const rect *r) {
    size_t count = 0;
    for (size_t v = 0; v < ctx->network->vertex_count; v++) {
        const vertex_geometry *g = &ctx->geometry[v];
        count += g->drawn && g->x - g->w / 2 - 1 < r->x1 &&
                         r->x0 < g->x + g->w / 2 + 1 &&
                         g->y - g->h / 2 - 1 < r->y1 &&
                         r->y0 < g->y + g->h / 2 + 1
                     ? 1000
                     : 0;
    }
    return count + render_edges_through(ctx, r);
}

static void rect_add(rect *r, double x0, double y0, double x1, double y1) {
    r->x0 = fmin(r->x0, x0);
    r->y0 = fmin(r->y0, y0);
    r->x1 = fmax(r->x1, x1);
    r->y1 = fmax(r->y1, y1);
}

/* Box g around its drawn members and the boxes inside it (measured
 * already); 0 when it holds nothing drawn. */
static int enclose(render_context *ctx, size_t g, rect *box) {
    *box = (rect){INFINITY, INFINITY, -INFINITY, -INFINITY};
    for (size_t v = 0; v < ctx->network->vertex_count; v++) {
        const vertex_geometry *geo = &ctx->geometry[v];
        if (geo->drawn && render_box_of(ctx, v) == g) {
            rect_add(box, geo->x - geo->w / 2 - box_pad,
                     geo->y - geo->h / 2 - box_pad,
                     geo->x + geo->w / 2 + box_pad,
                     geo->y + geo->h / 2 + box_pad);
        }
    }
    for (size_t c = 0; c < ctx->metrics->group_count; c++) {
        const rect *in = &ctx->clusters.box[c];
        if (ctx->clusters.measured[c] && ctx->clusters.parent[c] == g) {
            rect_add(box, in->x0 - box_pad, in->y0 - box_pad, in->x1 + box_pad,
                     in->y1 + box_pad);
        }
    }
    return box->x1 > box->x0;
}

/* Places g's label in a strip above or below the box, at the place
 * fewest edges cross and no node outside the box: along the strip, then
 * past its ends (the box then grows to hold the label), the first on a
 * tie. */
static void place_box_label(render_context *ctx, size_t g, rect *box,
                            rect *label) {
    enum { STEPS = 8 };
    const char *id = entity_id(ctx, group_at(ctx, g)->organization);
    double width = text_width(id, strlen(id), box_font, 0) + 4;
    double height = box_font + 3;
    box->x1 = fmax(box->x1, box->x0 + width + 2 * box_pad);
    double room = box->x1 - box->x0 - 2 * box_pad - width;
    size_t best = SIZE_MAX;
    for (int step = 0; step <= 3 * STEPS; step++) {
        /* 0..STEPS inside, then alternately further out left and right. */
        int out = step > STEPS ? (step - STEPS + 1) / 2 : 0;
        double x0 = box->x0 + box_pad +
                    (out == 0             ? room * step / STEPS
                     : (step - STEPS) % 2 ? -width * out / STEPS
                                          : room + width * out / STEPS);
        for (int side = 0; side < 2; side++) {
            double y0 = side ? box->y0 - height : box->y1;
            rect place = {x0, y0, x0 + width, y0 + height};
            /* The box grows by the strip across its whole width. */
            rect strip = {fmin(box->x0, x0 - box_pad), y0,
                          fmax(box->x1, x0 + width + box_pad), y0 + height};
            size_t crossed =
                edges_through(ctx, &place) + 1000 * nodes_in(ctx, g, &strip);
            if (crossed < best) {
                best = crossed;
                *label = place;
            }
        }
    }
    box->x0 = fmin(box->x0, label->x0 - box_pad);
    box->x1 = fmax(box->x1, label->x1 + box_pad);
    box->y1 = fmax(box->y1, label->y1 + 1);
    box->y0 = fmin(box->y0, label->y0 - 1);
}

size_t render_cluster_labels(render_context *ctx, rect *labels) {
    cluster_tree *t = &ctx->clusters;
    size_t count = 0;
    for (size_t k = t->count; k-- > 0;) { /* inner boxes first */
        size_t g = t->outer_first[k];
        t->measured[g] = enclose(ctx, g, &t->box[g]);
        if (t->measured[g]) {
            place_box_label(ctx, g, &t->box[g], &t->label[g]);
            labels[count++] = t->label[g];
        }
    }
    return count;
}

void render_add_cluster_subgraphs(render_context *ctx, Agraph_t *graph,
                                  Agnode_t **nodes, int drawn) {
    const cluster_tree *t = &ctx->clusters;
    size_t n = ctx->metrics->group_count;
    Agraph_t **made = calloc(n + 1, sizeof *made);
    for (size_t k = 0; made != NULL && k < t->count; k++) {
        size_t g = t->outer_first[k];
        char name[64];
        snprintf(name, sizeof name, "cluster_%zu", g);
        size_t p = t->parent[g];
        Agraph_t *cluster =
            agsubg(p != NO_COLOR && made[p] ? made[p] : graph, name, 1);
        made[g] = cluster;
        if (cluster == NULL) {
            continue;
        }
        text_buffer label;
        text_init(&label);
        text_append_label(&label,
                          entity_id(ctx, group_at(ctx, g)->organization));
        render_set(cluster, "label", label.failed ? "" : label.data);
        text_release(&label);
        /* Subgraphs do not inherit the root's font: a fallback font was
         * chosen anew, and its text placed differently, on some runs. */
        render_set(cluster, "fontname", "DejaVu Sans");
        render_set(cluster, "fontsize", "8");
        for (size_t v = 0; v < ctx->network->vertex_count; v++) {
            if (nodes[v] != NULL && render_box_of(ctx, v) == g) {
                agsubnode(cluster, nodes[v], 1);
            }
        }
        if (!drawn) {
            continue;
        }
        render_set(cluster, "style", "rounded");
        render_set(cluster, "color", "#BBBBBB");
        render_set(cluster, "labeljust", "l");
        if (t->measured[g]) {
            /* The label goes in the strip render_place kept free. */
            char bb[128];
            const rect *b = &t->box[g], *l = &t->label[g];
            snprintf(bb, sizeof bb, "%.2f,%.2f,%.2f,%.2f", b->x0, b->y0, b->x1,
                     b->y1);
            render_set(cluster, "bb", bb);
            snprintf(bb, sizeof bb, "%.2f,%.2f", (l->x0 + l->x1) / 2,
                     (l->y0 + l->y1) / 2);
            render_set(cluster, "lp", bb);
        }
    }
    free(made);
}
