/*
 * --clusters: which organizations get a box. A state is drawn in one box
 * only, so a box may only be drawn for an organization whose members are
 * in no other box: otherwise a member would sit outside a box of an
 * organization it belongs to. Organizations are boxed greedily, those
 * that convened the snapshot's events first, then the larger ones; every
 * organization left without a box is named, with the member it shares.
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

static size_t all_members(const ent_group_result_t *g, size_t k) {
    return k < g->member_count ? g->members[k] : g->frozen[k - g->member_count];
}

/* A member of a that is also one of b, or ENT_NO_ENTITY. */
static size_t shared_member(const render_context *ctx,
                            const ent_group_result_t *a,
                            const ent_group_result_t *b) {
    for (size_t k = 0; k < a->member_count + a->frozen_count; k++) {
        size_t entity = all_members(a, k);
        if (is_member(ctx, a, entity) && is_member(ctx, b, entity)) {
            return entity;
        }
    }
    return ENT_NO_ENTITY;
}

static int convened(const render_context *ctx, const ent_group_result_t *g) {
    const ent_snapshot_t *s = ctx->network->snapshot;
    for (size_t e = 0; e < ctx->metrics->event_count; e++) {
        size_t org;
        if (ent_snapshot_event_organization(s, ctx->metrics->events[e], &org) &&
            org == g->organization) {
            return 1;
        }
    }
    return 0;
}

/* 1 when group a goes before group b in the greedy order. */
static int before(const render_context *ctx, size_t a, size_t b) {
    const ent_group_result_t *x = &ctx->metrics->groups[a];
    const ent_group_result_t *y = &ctx->metrics->groups[b];
    int cx = convened(ctx, x), cy = convened(ctx, y);
    if (cx != cy) {
        return cx > cy;
    }
    size_t sx = x->member_count + x->frozen_count;
    size_t sy = y->member_count + y->frozen_count;
    return sx != sy ? sx > sy : a < b;
}

int render_boxed_groups(const render_context *ctx, unsigned char *boxed) {
    size_t n = ctx->metrics->group_count;
    size_t *order = malloc((n + 1) * sizeof *order);
    if (order == NULL) {
        return 0;
    }
    for (size_t g = 0; g < n; g++) { /* insertion sort: few groups */
        size_t k = g;
        for (; k > 0 && before(ctx, g, order[k - 1]); k--) {
            order[k] = order[k - 1];
        }
        order[k] = g;
    }
    for (size_t k = 0; k < n; k++) {
        size_t g = order[k];
        boxed[g] = 1;
        for (size_t j = 0; j < k && boxed[g]; j++) {
            boxed[g] =
                !boxed[order[j]] ||
                shared_member(ctx, &ctx->metrics->groups[g],
                              &ctx->metrics->groups[order[j]]) == ENT_NO_ENTITY;
        }
    }
    free(order);
    return 1;
}

size_t render_box_of(const render_context *ctx, const unsigned char *boxed,
                     size_t vertex) {
    size_t entity = ctx->network->vertex_entity[vertex];
    for (size_t g = 0; g < ctx->metrics->group_count; g++) {
        const ent_group_result_t *group = &ctx->metrics->groups[g];
        if (boxed[g] &&
            (group->organization == entity || is_member(ctx, group, entity))) {
            return g;
        }
    }
    return NO_COLOR;
}

void render_note_unboxed(const render_context *ctx,
                         const unsigned char *boxed) {
    const ent_snapshot_t *s = ctx->network->snapshot;
    char note[1024];
    size_t used = 0;
    note[0] = '\0';
    for (size_t g = 0; g < ctx->metrics->group_count; g++) {
        const ent_group_result_t *group = &ctx->metrics->groups[g];
        for (size_t b = 0; !boxed[g] && b < ctx->metrics->group_count; b++) {
            size_t shared =
                boxed[b] ? shared_member(ctx, group, &ctx->metrics->groups[b])
                         : ENT_NO_ENTITY;
            if (shared == ENT_NO_ENTITY || used >= sizeof note) {
                continue;
            }
            int n = snprintf(
                note + used, sizeof note - used, "%s%s shares %s with %s",
                used ? "; " : "",
                ent_snapshot_entity(s, group->organization)->id,
                ent_snapshot_entity(s, shared)->id,
                ent_snapshot_entity(s, ctx->metrics->groups[b].organization)
                    ->id);
            used = n < 0 ? sizeof note : used + (size_t)n;
            break;
        }
    }
    if (note[0] != '\0') {
        ent_diag_add(ctx->diags, ENT_SEVERITY_NOTE, NULL, 0, 0, NULL,
                     "--clusters draws a state in one box only, so these "
                     "organizations get no box: %s",
                     note);
    }
}

/* The cluster label's size in points, and the room around it. */
static const double box_font = 8, box_pad = 4;

/* Drawn vertices outside box g that the rectangle would take in. */
static size_t nodes_in(const render_context *ctx, const unsigned char *boxed,
                       size_t g, const rect *r) {
    size_t count = 0;
    for (size_t v = 0; v < ctx->network->vertex_count; v++) {
        const vertex_geometry *geo = &ctx->geometry[v];
        count += geo->drawn && render_box_of(ctx, boxed, v) != g &&
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

int render_cluster_box(const render_context *ctx, const unsigned char *boxed,
                       size_t g, rect *box, rect *label) {
    *box = (rect){INFINITY, INFINITY, -INFINITY, -INFINITY};
    for (size_t v = 0; v < ctx->network->vertex_count; v++) {
        const vertex_geometry *geo = &ctx->geometry[v];
        if (!geo->drawn || render_box_of(ctx, boxed, v) != g) {
            continue;
        }
        box->x0 = fmin(box->x0, geo->x - geo->w / 2 - box_pad);
        box->y0 = fmin(box->y0, geo->y - geo->h / 2 - box_pad);
        box->x1 = fmax(box->x1, geo->x + geo->w / 2 + box_pad);
        box->y1 = fmax(box->y1, geo->y + geo->h / 2 + box_pad);
    }
    if (!(box->x1 > box->x0)) {
        return 0;
    }
    /* The label in a strip above the members, from the left side (DejaVu
     * Sans, at most 0.62 em a character). */
    const char *id = ent_snapshot_entity(ctx->network->snapshot,
                                         ctx->metrics->groups[g].organization)
                         ->id;
    size_t chars = 0;
    for (const unsigned char *p = (const unsigned char *)id; *p; p++) {
        chars += (*p & 0xC0) != 0x80;
    }
    double width = 0.62 * box_font * (double)chars + 2;
    double height = box_font + 3;
    box->x1 = fmax(box->x1, box->x0 + width + 2 * box_pad);
    /* Above or below the members, at the left or the right: the place
     * fewest edges pass through, the first on a tie. */
    size_t best = SIZE_MAX;
    for (int corner = 0; corner < 4; corner++) {
        double x0 = corner & 1 ? box->x1 - box_pad - width : box->x0 + box_pad;
        double y0 = corner & 2 ? box->y0 - height : box->y1;
        rect place = {x0, y0, x0 + width, y0 + height};
        /* The box grows by the strip across its whole width. */
        rect strip = {box->x0, y0, box->x1, y0 + height};
        size_t crossed =
            edges_through(ctx, &place) + 1000 * nodes_in(ctx, boxed, g, &strip);
        if (crossed < best) {
            best = crossed;
            *label = place;
        }
    }
    box->y1 = fmax(box->y1, label->y1 + 1);
    box->y0 = fmin(box->y0, label->y0 - 1);
    return 1;
}

size_t render_cluster_labels(const render_context *ctx, rect *labels) {
    size_t count = 0;
    unsigned char *boxed = calloc(ctx->metrics->group_count + 1, 1);
    if (boxed == NULL || !render_boxed_groups(ctx, boxed)) {
        free(boxed);
        return 0;
    }
    for (size_t g = 0; g < ctx->metrics->group_count; g++) {
        rect box;
        if (boxed[g] &&
            render_cluster_box(ctx, boxed, g, &box, &labels[count])) {
            count++;
        }
    }
    free(boxed);
    return count;
}
