/*
 * The diff style: a change between two snapshots drawn with the same
 * means as any diagram (sizes, plates, legend, SVG classes). Each tie of
 * the diff snapshot is one drawn edge styled by its change; a labelled tie
 * carries a small dot, its pin, which holds the label on a plate like a
 * node's, so that label placement keeps it off every node, label and
 * other tie; entities that appeared or disappeared are outlined.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/render_internal.h"

/* Colours from Paul Tol's schemes; dashes tell the removed and the
 * status changes from the others under any colour blindness. */
static const edge_style change_styles[ENT_CHANGE_KIND_COUNT] = {
    [ENT_CHANGE_KEPT] = {"solid", "#BBBBBB", "none", 0.8, 0, "kept"},
    [ENT_CHANGE_ADDED] = {"solid", "#228833", "none", 2.2, 0, "added"},
    [ENT_CHANGE_REMOVED] = {"dashed", "#CC3311", "none", 1.8, 0, "removed"},
    [ENT_CHANGE_REWEIGHTED] = {"solid", "#0077BB", "none", 1.8, 0,
                               "re-weighted (label: layer, change)"},
    [ENT_CHANGE_STATUS] =
        {"dotted", "#AA3377", "none", 2.4, 0,
         "membership status changed (label: from \xe2\x86\x92 "
         "to)"},
};

static const char *const change_names[ENT_CHANGE_KIND_COUNT] = {
    "kept", "added", "removed", "reweighted", "status"};

static const entity_change_style entity_styles[3] = {
    [ENT_ENTITY_IN_BOTH] = {"#444444", "filled", "0.8", "", "in both"},
    [ENT_ENTITY_APPEARED] = {"#228833", "filled,bold", "2", "+ ",
                             "appeared (+)"},
    [ENT_ENTITY_GONE] = {"#CC3311", "filled,dashed", "1.6", "\xe2\x88\x92 ",
                         "disappeared (\xe2\x88\x92)"},
};

const char *ent_change_kind_name(ent_change_kind kind) {
    return (unsigned)kind < ENT_CHANGE_KIND_COUNT ? change_names[kind] : NULL;
}

const edge_style *render_change_style(ent_change_kind kind) {
    return &change_styles[kind];
}

const entity_change_style *render_entity_change_style(ent_entity_change c) {
    return &entity_styles[c];
}

size_t render_item_count(const render_context *ctx) {
    return ctx->network->vertex_count + ctx->pin_count;
}

vertex_geometry *render_item(const render_context *ctx, size_t item) {
    size_t n = ctx->network->vertex_count;
    return item < n ? &ctx->geometry[item] : &ctx->pins[item - n];
}

ent_entity_type render_item_type(const render_context *ctx, size_t item) {
    return item < ctx->network->vertex_count
               ? ent_network_vertex_entity(ctx->network, item)->type
               : ENT_ENTITY_STATE;
}

static ent_entity_change entity_change(const render_context *ctx, size_t v) {
    return ctx->options->diff->entity_changes[ctx->network->vertex_entity[v]];
}

double render_diff_value(const render_context *ctx, size_t vertex) {
    return ctx->options->diff
        ->entity_values[ctx->network->vertex_entity[vertex]];
}

const char *render_diff_prefix(const render_context *ctx, size_t vertex) {
    return ctx->options->diff ? entity_styles[entity_change(ctx, vertex)].prefix
                              : "";
}

/* A pin's diameter (points). */
static const double pin_size = 4.0;

/* A pin for the label of `relation`, not yet placed (render_place.c
 * places it with its label): status changes are labelled before any
 * node, re-weighted ties after every node. */
static ent_status add_pin(render_context *ctx, size_t relation,
                          ent_change_kind kind, const char *label) {
    vertex_geometry *pin = &ctx->pins[ctx->pin_count];
    memset(pin, 0, sizeof *pin);
    pin->label = strdup(label);
    if (pin->label == NULL) {
        return ENT_ENOMEM;
    }
    pin->w = pin->h = pin_size;
    pin->want_label = 1;
    pin->value = kind == ENT_CHANGE_STATUS ? (double)INFINITY : -1.0;
    pin->lw =
        text_width(label, strlen(label), FONT_NODE, 0) + 3 + LABEL_BLANK_CELL;
    pin->lh = FONT_NODE * LINE_SPACING + 2;
    ctx->pin_relations[ctx->pin_count++] = relation;
    return ENT_OK;
}

void render_pin_ends(const render_context *ctx, size_t pin,
                     const vertex_geometry **a, const vertex_geometry **b) {
    const ent_network_t *net = ctx->network;
    const ent_relation_t *r =
        ent_snapshot_relation(net->snapshot, ctx->pin_relations[pin]);
    *a = &ctx->geometry[net->entity_vertex[r->source]];
    *b = &ctx->geometry[net->entity_vertex[r->target]];
}

ent_status render_diff_pins(render_context *ctx) {
    const ent_render_diff_t *diff = ctx->options->diff;
    if (diff == NULL || diff->relation_labels == NULL) {
        return ENT_OK;
    }
    const ent_network_t *net = ctx->network;
    size_t labelled = 0;
    for (size_t r = 0; r < ent_snapshot_relation_count(net->snapshot); r++) {
        labelled += diff->relation_labels[r] != NULL;
    }
    ctx->pins = calloc(labelled + 1, sizeof *ctx->pins);
    ctx->pin_relations = calloc(labelled + 1, sizeof *ctx->pin_relations);
    if (ctx->pins == NULL || ctx->pin_relations == NULL) {
        return ENT_ENOMEM;
    }
    ctx->pin_capacity = labelled;
    ent_status status = ENT_OK;
    for (size_t e = 0; status == ENT_OK && e < net->edge_count; e++) {
        size_t count;
        const size_t *relations = ent_network_edge_relations(net, e, &count);
        for (size_t k = 0; status == ENT_OK && k < count; k++) {
            const char *label = diff->relation_labels[relations[k]];
            if (label != NULL && render_edge_is_drawn(ctx, e)) {
                status = add_pin(ctx, relations[k],
                                 diff->relation_kinds[relations[k]], label);
            }
        }
    }
    return status;
}

/* A status change whose label found no room on its tie goes into the
 * label of the member ("CSTO: active → frozen"), placed after it. */
ent_status render_pin_to_member(render_context *ctx, size_t pin) {
    const ent_network_t *net = ctx->network;
    const ent_relation_t *r =
        ent_snapshot_relation(net->snapshot, ctx->pin_relations[pin]);
    size_t member = r->source, group = r->target;
    if (ent_snapshot_entity(net->snapshot, member)->type ==
        ENT_ENTITY_ORGANIZATION) {
        member = r->target;
        group = r->source;
    }
    vertex_geometry *g = &ctx->geometry[net->entity_vertex[member]];
    const char *id = ent_snapshot_entity(net->snapshot, group)->id;
    text_buffer text;
    text_init(&text);
    text_appendf(&text, "%s\n%s: %s", g->label ? g->label : "", id,
                 ctx->pins[pin].label);
    if (text.failed) {
        text_release(&text);
        return ENT_ENOMEM;
    }
    const char *line = strrchr(text.data, '\n') + 1;
    g->lw = fmax(g->lw, text_width(line, strlen(line), FONT_NODE, 0) + 3 +
                            LABEL_BLANK_CELL);
    g->lh += FONT_NODE * LINE_SPACING;
    g->want_label = 1;
    free(g->label);
    g->label = text.data;
    return ENT_OK;
}

/* The tie's classes: "tie change-KIND LAYER [STATUS]". */
static void describe_tie(render_context *ctx, Agedge_t *edge,
                         const ent_relation_t *r, ent_change_kind kind) {
    const ent_snapshot_t *s = ctx->network->snapshot;
    const char *layer = ent_snapshot_relation_type(s, r->type)->name;
    char id[64];
    snprintf(id, sizeof id, "e%zu", ctx->edges_drawn++);
    render_set(edge, "id", id);
    text_buffer text;
    text_init(&text);
    text_appendf(&text, "tie change-%s ", change_names[kind]);
    append_class_name(&text, layer);
    render_set(edge, "entente_class", text.failed ? "tie" : text.data);
    text.length = 0;
    text_append_label(&text, ent_snapshot_entity(s, r->source)->id);
    text_appendf(&text, " \xe2\x80\x94 ");
    text_append_label(&text, ent_snapshot_entity(s, r->target)->id);
    text_appendf(&text, ": %s, %s", layer, change_names[kind]);
    render_set(edge, "tooltip", text.failed ? "" : text.data);
    text_release(&text);
}

static void add_pin_node(render_context *ctx, size_t p) {
    const vertex_geometry *pin = &ctx->pins[p];
    ent_change_kind kind =
        ctx->options->diff->relation_kinds[ctx->pin_relations[p]];
    char name[64];
    snprintf(name, sizeof name, "tie-label:%zu", p);
    Agnode_t *node = agnode(ctx->graph, name, 1);
    render_set(node, "shape", "point");
    render_set_number(node, "width", pin_size / 72.0);
    render_set_number(node, "height", pin_size / 72.0);
    render_set(node, "fillcolor", change_styles[kind].color);
    render_set(node, "color", change_styles[kind].color);
    char text[64];
    snprintf(text, sizeof text, "%.2f,%.2f!", pin->x, pin->y);
    render_set(node, "pos", text);
    snprintf(text, sizeof text, "pin%zu", p);
    render_set(node, "id", text);
    snprintf(text, sizeof text, "tie-label change-%s", change_names[kind]);
    render_set(node, "entente_class", text);
    render_set(node, "tooltip", pin->label);
    if (pin->labelled) {
        render_set_plate_label(ctx, node, pin);
    }
}

void render_diff_edges(render_context *ctx, Agnode_t **nodes) {
    const ent_render_diff_t *diff = ctx->options->diff;
    const ent_network_t *net = ctx->network;
    const ent_snapshot_t *s = net->snapshot;
    for (size_t e = 0; e < net->edge_count; e++) {
        if (!render_edge_is_drawn(ctx, e)) {
            continue;
        }
        size_t count;
        const size_t *relations = ent_network_edge_relations(net, e, &count);
        for (size_t k = 0; k < count; k++) {
            const ent_relation_t *r = ent_snapshot_relation(s, relations[k]);
            ent_change_kind kind = diff->relation_kinds[relations[k]];
            const edge_style *style = &change_styles[kind];
            Agnode_t *tail = nodes[net->entity_vertex[r->source]];
            Agnode_t *head = nodes[net->entity_vertex[r->target]];
            char key[64];
            snprintf(key, sizeof key, "r%zu", relations[k]);
            Agedge_t *edge = agedge(ctx->graph, tail, head, key, 1);
            int directed = ent_snapshot_relation_type(s, r->type)->directed;
            render_set(edge, "style", style->style);
            render_set(edge, "color", style->color);
            render_set(
                edge, "arrowhead",
                style_for_relation(ent_snapshot_relation_type(s, r->type)->name,
                                   directed, ENT_MEMBERSHIP_ACTIVE)
                    ->arrowhead);
            render_set_number(edge, "penwidth", style->penwidth);
            describe_tie(ctx, edge, r, kind);
            ctx->changes_used[kind] = 1;
        }
    }
    for (size_t p = 0; p < ctx->pin_count; p++) {
        if (ctx->pins[p].drawn) {
            add_pin_node(ctx, p);
        }
    }
}

void render_diff_outline(render_context *ctx, Agnode_t *node, size_t vertex) {
    ent_entity_change change = entity_change(ctx, vertex);
    const entity_change_style *style = &entity_styles[change];
    ctx->entity_changes_used[change] = 1;
    if (change == ENT_ENTITY_IN_BOTH) {
        return;
    }
    render_set(node, "color", style->color);
    render_set(node, "style", style->style);
    render_set(node, "penwidth", style->penwidth);
    const char *classes = agget(node, "entente_class");
    text_buffer text;
    text_init(&text);
    text_appendf(&text, "%s %s", classes ? classes : "entity",
                 change == ENT_ENTITY_APPEARED ? "appeared" : "gone");
    if (!text.failed) {
        render_set(node, "entente_class", text.data);
    }
    text_release(&text);
}
