/*
 * What a diff diagram draws: the ties of both sides by layer, each kept,
 * added, removed or re-weighted, and every membership whose status
 * changed; made into a snapshot of their own (entities of either side,
 * one relation per tie) with the diff style that render.h draws.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "compare/compare_internal.h"

/* A tie of one layer between two entities; weight NAN on a side that
 * lacks it. */
typedef struct {
    const char *source, *target, *layer;
    int directed;
    double from, to;
    const char *status_from, *status_to; /* a membership status change */
    int status_changed;
} layer_tie;

typedef struct {
    layer_tie *items;
    size_t count;
} tie_list;

static int tie_order(const void *a, const void *b) {
    const layer_tie *x = a, *y = b;
    int order = strcmp(x->source, y->source);
    order = order ? order : strcmp(x->target, y->target);
    return order ? order : strcmp(x->layer, y->layer);
}

static ent_status tie_add(tie_list *list, const char *source,
                          const char *target, const char *layer, int directed,
                          double weight, int side) {
    if (strcmp(source, target) == 0) {
        return ENT_OK; /* no loops in a drawing */
    }
    if (!directed && strcmp(source, target) > 0) {
        const char *swap = source;
        source = target;
        target = swap;
    }
    if (!cmp_grow(&list->items, list->count, sizeof *list->items)) {
        return ENT_ENOMEM;
    }
    list->items[list->count++] = (layer_tie){source,
                                             target,
                                             layer,
                                             directed,
                                             side ? (double)NAN : weight,
                                             side ? weight : (double)NAN,
                                             NULL,
                                             NULL,
                                             0};
    return ENT_OK;
}

/* The weight a layer gives a relation of `type` in `net`. */
static double layer_weight(const ent_network_t *net, size_t type) {
    for (size_t k = 0; k < ent_network_layer_count(net); k++) {
        if (ent_network_layer(net, k) == type) {
            return ent_network_layer_weight(net, k);
        }
    }
    return 1.0;
}

/* Every tie of one side, by layer (a projection's edges as one layer). */
static ent_status side_ties(tie_list *list, const ent_network_t *net,
                            int side) {
    const ent_snapshot_t *s = ent_network_snapshot(net);
    ent_status status = ENT_OK;
    for (size_t e = 0; status == ENT_OK && e < ent_network_edge_count(net);
         e++) {
        if (ent_network_projection(net) != ENT_PROJECT_NONE) {
            status = tie_add(
                list,
                ent_network_vertex_entity(net, ent_network_edge_from(net, e))
                    ->id,
                ent_network_vertex_entity(net, ent_network_edge_to(net, e))->id,
                "shared_memberships", 0, ent_network_edge_weight(net, e), side);
            continue;
        }
        size_t count;
        const size_t *relations = ent_network_edge_relations(net, e, &count);
        for (size_t k = 0; status == ENT_OK && k < count; k++) {
            const ent_relation_t *r = ent_snapshot_relation(s, relations[k]);
            const ent_relation_type_t *type =
                ent_snapshot_relation_type(s, r->type);
            status = tie_add(list, ent_snapshot_entity(s, r->source)->id,
                             ent_snapshot_entity(s, r->target)->id, type->name,
                             type->directed,
                             r->weight * layer_weight(net, r->type), side);
        }
    }
    return status;
}

/* Sorts and merges the ties of one key, summing each side's weights. */
static void merge_ties(tie_list *list) {
    if (list->count > 1) {
        qsort(list->items, list->count, sizeof *list->items, tie_order);
    }
    size_t kept = 0;
    for (size_t i = 0; i < list->count; i++) {
        layer_tie *tie = &list->items[i];
        layer_tie *last = kept ? &list->items[kept - 1] : NULL;
        if (last != NULL && tie_order(last, tie) == 0) {
            for (int side = 0; side < 2; side++) {
                double *into = side ? &last->to : &last->from;
                double add = side ? tie->to : tie->from;
                if (!isnan(add)) {
                    *into = isnan(*into) ? add : *into + add;
                }
            }
            continue;
        }
        list->items[kept++] = *tie;
    }
    list->count = kept;
}

/* Marks the member_of tie of each status change, or adds one. */
static ent_status status_ties(tie_list *list, const cmp_pair *pair,
                              int directed) {
    size_t known = list->count;
    for (size_t i = 0; i < pair->change_count[CMP_MEMBERSHIP]; i++) {
        const cmp_change *change = &pair->changes[CMP_MEMBERSHIP][i];
        layer_tie *found = NULL;
        for (size_t t = 0; t < known && found == NULL; t++) {
            layer_tie *tie = &list->items[t];
            int ends = (strcmp(tie->source, change->subject) == 0 &&
                        strcmp(tie->target, change->object) == 0) ||
                       (strcmp(tie->target, change->subject) == 0 &&
                        strcmp(tie->source, change->object) == 0);
            found = ends && strcmp(tie->layer, "member_of") == 0 ? tie : NULL;
        }
        if (found == NULL) {
            ent_status status = tie_add(list, change->subject, change->object,
                                        "member_of", directed, NAN, 0);
            if (status != ENT_OK) {
                return status;
            }
            found = &list->items[list->count - 1];
        }
        found->status_changed = 1;
        found->status_from = change->from;
        found->status_to = change->to;
    }
    return ENT_OK;
}

static ent_change_kind tie_kind(const layer_tie *tie) {
    if (tie->status_changed) {
        return ENT_CHANGE_STATUS;
    }
    cmp_edge edge = {tie->source, tie->target, tie->from, tie->to};
    static const ent_change_kind kinds[] = {
        [EDGE_KEPT] = ENT_CHANGE_KEPT,
        [EDGE_ADDED] = ENT_CHANGE_ADDED,
        [EDGE_REMOVED] = ENT_CHANGE_REMOVED,
        [EDGE_REWEIGHTED] = ENT_CHANGE_REWEIGHTED,
    };
    return kinds[cmp_edge_fate(&edge)];
}

/* "active → frozen"; "arms_dependency 0.3 → 0.45". */
static char *tie_label(const layer_tie *tie, ent_change_kind kind) {
    char *label = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&label, &length);
    if (out == NULL) {
        return NULL;
    }
    if (kind == ENT_CHANGE_STATUS) {
        fprintf(out, "%s \xe2\x86\x92 %s",
                tie->status_from ? tie->status_from : "none",
                tie->status_to ? tie->status_to : "none");
    } else {
        fprintf(out, "%s %.3g \xe2\x86\x92 %.3g", tie->layer, tie->from,
                tie->to);
    }
    if (fclose(out) != 0) {
        free(label);
        return NULL;
    }
    return label;
}

/* ---- the diff snapshot ---------------------------------------------- */

/* The entity `id` of either side. */
static const ent_entity_t *entity_of(const cmp_snapshot *a,
                                     const cmp_snapshot *b, const char *id) {
    size_t index;
    if (ent_snapshot_find_entity(b->snapshot, id, &index)) {
        return ent_snapshot_entity(b->snapshot, index);
    }
    if (ent_snapshot_find_entity(a->snapshot, id, &index)) {
        return ent_snapshot_entity(a->snapshot, index);
    }
    return NULL;
}

static ent_status add_entity(cmp_diff *d, const ent_entity_t *entity) {
    if (entity == NULL ||
        ent_snapshot_find_entity(d->snapshot, entity->id, NULL)) {
        return ENT_OK;
    }
    ent_entity_t copy = {entity->id, entity->type, entity->name, NULL,
                         0,          NULL,         NULL};
    return ent_snapshot_add_entity(d->snapshot, &copy, NULL);
}

static ent_status add_entities(cmp_diff *d, const cmp_snapshot *a,
                               const cmp_snapshot *b, const tie_list *ties) {
    ent_status status = ENT_OK;
    const cmp_snapshot *sides[2] = {a, b};
    for (int side = 0; side < 2; side++) {
        const ent_network_t *net = sides[side]->network;
        for (size_t v = 0;
             status == ENT_OK && v < ent_network_vertex_count(net); v++) {
            status = add_entity(d, ent_network_vertex_entity(net, v));
        }
    }
    for (size_t t = 0; status == ENT_OK && t < ties->count; t++) {
        status = add_entity(d, entity_of(a, b, ties->items[t].source));
        if (status == ENT_OK) {
            status = add_entity(d, entity_of(a, b, ties->items[t].target));
        }
    }
    return status;
}

/* The relation type of `layer` in the diff snapshot, declared when it is
 * not a built-in one. */
static ent_status layer_type(cmp_diff *d, const layer_tie *tie, size_t *type) {
    if (ent_snapshot_find_relation_type(d->snapshot, tie->layer, type)) {
        return ENT_OK;
    }
    ent_relation_type_t declared = {0};
    declared.name = tie->layer;
    declared.directed = tie->directed;
    declared.default_weight = 1.0;
    return ent_snapshot_add_relation_type(d->snapshot, &declared, type);
}

static ent_status add_relations(cmp_diff *d, const tie_list *ties) {
    size_t n = ties->count;
    d->kinds = calloc(n + 1, sizeof *d->kinds);
    d->labels = calloc(n + 1, sizeof *d->labels);
    if (d->kinds == NULL || d->labels == NULL) {
        return ENT_ENOMEM;
    }
    ent_status status = ENT_OK;
    for (size_t t = 0; status == ENT_OK && t < n; t++) {
        const layer_tie *tie = &ties->items[t];
        ent_relation_t r;
        memset(&r, 0, sizeof r);
        status = layer_type(d, tie, &r.type);
        if (status == ENT_OK &&
            (!ent_snapshot_find_entity(d->snapshot, tie->source, &r.source) ||
             !ent_snapshot_find_entity(d->snapshot, tie->target, &r.target))) {
            status = ENT_EINTERNAL;
        }
        r.weight = 1.0;
        r.status = ENT_MEMBERSHIP_ACTIVE;
        size_t index = 0;
        if (status == ENT_OK) {
            status = ent_snapshot_add_relation(d->snapshot, &r, &index);
        }
        if (status == ENT_OK) {
            d->kinds[index] = tie_kind(tie);
            d->counts[d->kinds[index]]++;
            if (d->kinds[index] == ENT_CHANGE_STATUS ||
                d->kinds[index] == ENT_CHANGE_REWEIGHTED) {
                d->labels[index] = tie_label(tie, d->kinds[index]);
                status = d->labels[index] ? ENT_OK : ENT_ENOMEM;
            }
        }
    }
    return status;
}

/* "member_of,arms_dependency": the layers the ties use, once each. */
static char *layer_list(const ent_snapshot_t *s) {
    char *list = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&list, &length);
    if (out == NULL) {
        return NULL;
    }
    size_t n = ent_snapshot_relation_count(s);
    int first = 1;
    for (size_t i = 0; i < n; i++) {
        size_t type = ent_snapshot_relation(s, i)->type;
        int seen = 0;
        for (size_t j = 0; j < i && !seen; j++) {
            seen = ent_snapshot_relation(s, j)->type == type;
        }
        if (!seen) {
            fprintf(out, "%s%s", first ? "" : ",",
                    ent_snapshot_relation_type(s, type)->name);
            first = 0;
        }
    }
    if (fclose(out) != 0) {
        free(list);
        return NULL;
    }
    return list;
}

/* Builds the diff snapshot's network: every tie an edge. */
static ent_status build_network(cmp_diff *d, const ent_comparison_t *c,
                                ent_diag_list_t *diags) {
    ent_network_options_t options;
    ent_status status = ent_network_options_init(&options);
    if (status != ENT_OK) {
        return status;
    }
    options.directed = c->options.network ? c->options.network->directed : 0;
    char *layers = layer_list(d->snapshot);
    status = layers ? ENT_OK : ENT_ENOMEM;
    if (status == ENT_OK && *layers) {
        status = ent_network_options_parse(&options, "layer", layers, diags);
    }
    if (status == ENT_OK) {
        status = ent_network_build(&d->network, d->snapshot, &options, diags);
        d->built = status == ENT_OK;
    }
    free(layers);
    ent_network_options_destroy(&options);
    return status;
}

/* Each entity's change and size value (the later side's, else the
 * earlier's). */
static ent_status entity_values(cmp_diff *d, const cmp_snapshot *a,
                                const cmp_snapshot *b, ent_node_metric metric) {
    size_t n = ent_snapshot_entity_count(d->snapshot);
    d->changes = calloc(n + 1, sizeof *d->changes);
    d->values = calloc(n + 1, sizeof *d->values);
    if (d->changes == NULL || d->values == NULL) {
        return ENT_ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        const char *id = ent_snapshot_entity(d->snapshot, i)->id;
        int in_a = ent_snapshot_find_entity(a->snapshot, id, NULL);
        int in_b = ent_snapshot_find_entity(b->snapshot, id, NULL);
        d->changes[i] = in_a && in_b ? ENT_ENTITY_IN_BOTH
                        : in_b       ? ENT_ENTITY_APPEARED
                                     : ENT_ENTITY_GONE;
        d->values[i] = NAN;
        const cmp_snapshot *sides[2] = {b, a};
        for (int k = 0; k < 2 && isnan(d->values[i]); k++) {
            size_t entity;
            const double *values = sides[k]->metrics.node[metric];
            if (values != NULL &&
                ent_snapshot_find_entity(sides[k]->snapshot, id, &entity) &&
                ent_network_entity_vertex(sides[k]->network, entity) !=
                    ENT_NO_VERTEX) {
                d->values[i] = values[ent_network_entity_vertex(
                    sides[k]->network, entity)];
            }
        }
        if (d->built &&
            ent_network_entity_vertex(d->network, i) != ENT_NO_VERTEX) {
            d->appeared += d->changes[i] == ENT_ENTITY_APPEARED;
            d->gone += d->changes[i] == ENT_ENTITY_GONE;
        }
    }
    return ENT_OK;
}

/* The header's line: what is drawn, counted. */
static ent_status summary_line(cmp_diff *d, const cmp_pair *pair) {
    size_t length = 0;
    FILE *out = open_memstream(&d->summary, &length);
    if (out == NULL) {
        return ENT_ENOMEM;
    }
    fprintf(out,
            "Ties: %zu added, %zu removed, %zu re-weighted, %zu membership "
            "status%s changed, %zu kept. Entities: %zu appeared, %zu "
            "disappeared.",
            d->counts[ENT_CHANGE_ADDED], d->counts[ENT_CHANGE_REMOVED],
            d->counts[ENT_CHANGE_REWEIGHTED], d->counts[ENT_CHANGE_STATUS],
            d->counts[ENT_CHANGE_STATUS] == 1 ? "" : "es",
            d->counts[ENT_CHANGE_KEPT], d->appeared, d->gone);
    if (pair->common == 0) {
        fputs(" No entity in common.", out);
    }
    return fclose(out) == 0 ? ENT_OK : ENT_ENOMEM;
}

ent_status cmp_diff_make(cmp_diff *d, const ent_comparison_t *c,
                         const cmp_pair *pair, ent_node_metric size_by,
                         ent_diag_list_t *diags) {
    memset(d, 0, sizeof *d);
    const cmp_snapshot *a = &c->snapshots[pair->from];
    const cmp_snapshot *b = &c->snapshots[pair->to];
    tie_list ties = {NULL, 0};
    ent_status status = side_ties(&ties, a->network, 0);
    if (status == ENT_OK) {
        status = side_ties(&ties, b->network, 1);
    }
    if (status == ENT_OK) {
        merge_ties(&ties);
        size_t member_of;
        int directed =
            ent_snapshot_find_relation_type(a->snapshot, "member_of",
                                            &member_of) &&
            ent_snapshot_relation_type(a->snapshot, member_of)->directed;
        status = status_ties(&ties, pair, directed);
    }
    d->snapshot = status == ENT_OK ? ent_snapshot_new() : NULL;
    if (status == ENT_OK && d->snapshot == NULL) {
        status = ENT_ENOMEM;
    }
    if (status == ENT_OK) {
        status = ent_snapshot_set_header(d->snapshot, "diff", NULL,
                                         ent_snapshot_date(b->snapshot));
    }
    if (status == ENT_OK) {
        status = add_entities(d, a, b, &ties);
    }
    if (status == ENT_OK) {
        status = add_relations(d, &ties);
    }
    if (status == ENT_OK) {
        status = build_network(d, c, diags);
    }
    if (status == ENT_OK) {
        status = entity_values(d, a, b, size_by);
    }
    if (status == ENT_OK) {
        status = summary_line(d, pair);
    }
    free(ties.items);
    d->style = (ent_render_diff_t){d->kinds, (const char *const *)d->labels,
                                   d->changes, d->values, d->summary};
    return status;
}

void cmp_diff_free(cmp_diff *d) {
    if (d->built) {
        ent_network_destroy(d->network);
    }
    size_t n = d->snapshot ? ent_snapshot_relation_count(d->snapshot) : 0;
    for (size_t i = 0; d->labels && i < n; i++) {
        free(d->labels[i]);
    }
    free(d->labels);
    free(d->kinds);
    free(d->changes);
    free(d->values);
    free(d->summary);
    ent_snapshot_free(d->snapshot);
    memset(d, 0, sizeof *d);
}
