/*
 * Loading the snapshots of a comparison, ordering them by date, and
 * working out what changed between consecutive ones. Entities are aligned
 * by id; ties by the ids of their ends (in id order when undirected).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "compare/compare_internal.h"
#include "entente/load.h"

/* Makes room for item `count` of an array of `size`-byte items whose
 * capacity doubles from 8: it reallocates at 0 and at each power of two. */
int cmp_grow(void *items, size_t count, size_t size) {
    if (count != 0 && (count < 8 || (count & (count - 1)) != 0)) {
        return 1;
    }
    void **array = items;
    void *grown = realloc(*array, (count == 0 ? 8 : count * 2) * size);
    if (grown == NULL) {
        return 0;
    }
    *array = grown;
    return 1;
}

void ent_compare_options_init(ent_compare_options_t *options) {
    memset(options, 0, sizeof *options);
    options->rank_by = ENT_NODE_BETWEENNESS;
    options->top_moves = 5;
}

/* ---- ties, entities and ranks ------------------------------------- */

cmp_fate cmp_edge_fate(const cmp_edge *edge) {
    if (isnan(edge->from)) {
        return EDGE_ADDED;
    }
    if (isnan(edge->to)) {
        return EDGE_REMOVED;
    }
    return fabs(edge->from - edge->to) > 1e-12 * fmax(1.0, fabs(edge->from))
               ? EDGE_REWEIGHTED
               : EDGE_KEPT;
}

static int edge_order(const void *a, const void *b) {
    const cmp_edge *x = a, *y = b;
    int order = strcmp(x->source, y->source);
    return order != 0 ? order : strcmp(x->target, y->target);
}

/* The weight of the tie between entities `a` and `b` of `net`, or NAN. */
static double tie_weight(const ent_network_t *net, const char *a,
                         const char *b) {
    size_t ea, eb, edge;
    const ent_snapshot_t *s = ent_network_snapshot(net);
    if (!ent_snapshot_find_entity(s, a, &ea) ||
        !ent_snapshot_find_entity(s, b, &eb) ||
        !ent_network_find_edge(net, ent_network_entity_vertex(net, ea),
                               ent_network_entity_vertex(net, eb), 0, &edge)) {
        return NAN;
    }
    return ent_network_edge_weight(net, edge);
}

/* Adds the ties of `net` missing from the pair so far (`other` is the
 * network on the other side, NULL on the first pass). */
static ent_status collect_edges(cmp_pair *pair, const ent_network_t *net,
                                const ent_network_t *other, int first) {
    for (size_t e = 0; e < ent_network_edge_count(net); e++) {
        const char *source =
            ent_network_vertex_entity(net, ent_network_edge_from(net, e))->id;
        const char *target =
            ent_network_vertex_entity(net, ent_network_edge_to(net, e))->id;
        if (!ent_network_is_directed(net) && strcmp(source, target) > 0) {
            const char *swap = source;
            source = target;
            target = swap;
        }
        double there = tie_weight(other, source, target);
        if (!first && !isnan(there)) {
            continue; /* already recorded from the first side */
        }
        if (!cmp_grow(&pair->edges, pair->edge_count, sizeof *pair->edges)) {
            return ENT_ENOMEM;
        }
        double here = ent_network_edge_weight(net, e);
        pair->edges[pair->edge_count++] = (cmp_edge){
            source, target, first ? here : (double)NAN, first ? there : here};
    }
    return ENT_OK;
}

static ent_status collect_entities(cmp_pair *pair, const ent_snapshot_t *a,
                                   const ent_snapshot_t *b) {
    for (size_t side = 0; side < 2; side++) {
        const ent_snapshot_t *here = side ? b : a, *there = side ? a : b;
        for (size_t i = 0; i < ent_snapshot_entity_count(here); i++) {
            const char *id = ent_snapshot_entity(here, i)->id;
            if (ent_snapshot_find_entity(there, id, NULL)) {
                pair->common += side == 0;
                continue;
            }
            const char ***list = side ? &pair->added : &pair->removed;
            size_t *count = side ? &pair->added_count : &pair->removed_count;
            if (!cmp_grow(list, *count, sizeof **list)) {
                return ENT_ENOMEM;
            }
            (*list)[(*count)++] = id;
        }
    }
    return ENT_OK;
}

/* Competition rank (1 + the number of larger values) of each vertex. */
static size_t *ranks(const double *values, size_t n) {
    size_t *rank = calloc(n + 1, sizeof *rank);
    for (size_t v = 0; rank && v < n; v++) {
        rank[v] = 1;
        for (size_t u = 0; u < n; u++) {
            rank[v] += values[u] > values[v];
        }
    }
    return rank;
}

static int move_order(const void *a, const void *b) {
    const cmp_move *x = a, *y = b;
    long dx = labs((long)x->from_rank - (long)x->to_rank);
    long dy = labs((long)y->from_rank - (long)y->to_rank);
    return dx != dy ? (dx > dy ? -1 : 1) : strcmp(x->id, y->id);
}

static ent_status collect_moves(cmp_pair *pair, const cmp_snapshot *a,
                                const cmp_snapshot *b,
                                const ent_compare_options_t *options) {
    const double *va = a->metrics.node[options->rank_by];
    const double *vb = b->metrics.node[options->rank_by];
    if (va == NULL || vb == NULL) {
        return ENT_OK;
    }
    size_t *ra = ranks(va, ent_network_vertex_count(a->network));
    size_t *rb = ranks(vb, ent_network_vertex_count(b->network));
    ent_status status = ra && rb ? ENT_OK : ENT_ENOMEM;
    for (size_t v = 0;
         status == ENT_OK && v < ent_network_vertex_count(a->network); v++) {
        const char *id = ent_network_vertex_entity(a->network, v)->id;
        size_t entity;
        if (!ent_snapshot_find_entity(b->snapshot, id, &entity) ||
            ent_network_entity_vertex(b->network, entity) == ENT_NO_VERTEX) {
            continue;
        }
        size_t w = ent_network_entity_vertex(b->network, entity);
        if (ra[v] == rb[w]) {
            continue;
        }
        if (!cmp_grow(&pair->moves, pair->move_count, sizeof *pair->moves)) {
            status = ENT_ENOMEM;
            break;
        }
        pair->moves[pair->move_count++] =
            (cmp_move){id, ra[v], rb[w], va[v], vb[w]};
    }
    free(ra);
    free(rb);
    if (pair->move_count > 1) {
        qsort(pair->moves, pair->move_count, sizeof *pair->moves, move_order);
    }
    if (pair->move_count > options->top_moves) {
        pair->move_count = options->top_moves;
    }
    return status;
}

static ent_status diff_pair(ent_comparison_t *c, size_t i) {
    cmp_pair *pair = &c->pairs[i];
    const cmp_snapshot *a = &c->snapshots[i], *b = &c->snapshots[i + 1];
    pair->from = i;
    pair->to = i + 1;
    ent_status status = collect_entities(pair, a->snapshot, b->snapshot);
    if (status == ENT_OK) {
        status = collect_edges(pair, a->network, b->network, 1);
    }
    if (status == ENT_OK) {
        status = collect_edges(pair, b->network, a->network, 0);
    }
    if (status == ENT_OK && pair->edge_count > 1) {
        qsort(pair->edges, pair->edge_count, sizeof *pair->edges, edge_order);
    }
    for (int k = 0; status == ENT_OK && k < CMP_FACT_KINDS; k++) {
        status = cmp_diff_facts(pair, (cmp_fact_kind)k, &c->facts[k][i],
                                &c->facts[k][i + 1]);
    }
    if (status == ENT_OK) {
        status = collect_moves(pair, a, b, &c->options);
    }
    return status;
}

int cmp_pair_is_unchanged(const cmp_pair *pair) {
    int unchanged = pair->added_count == 0 && pair->removed_count == 0 &&
                    pair->move_count == 0;
    for (size_t e = 0; unchanged && e < pair->edge_count; e++) {
        unchanged = cmp_edge_fate(&pair->edges[e]) == EDGE_KEPT;
    }
    for (int k = 0; unchanged && k < CMP_FACT_KINDS; k++) {
        unchanged = pair->change_count[k] == 0;
    }
    return unchanged;
}

/* ---- groups --------------------------------------------------------- */

size_t cmp_group_series(ent_group_metric series[ENT_GROUP_METRIC_COUNT]) {
    size_t count = 0;
    series[count++] = ENT_GROUP_SIZE;
    for (int i = 0; i < ENT_GROUP_METRIC_COUNT; i++) {
        if (i != ENT_GROUP_SIZE &&
            ent_group_column((ent_group_metric)i)->label != NULL) {
            series[count++] = (ent_group_metric)i;
        }
    }
    return count;
}

double cmp_group_value(const ent_comparison_t *c, size_t i,
                       const char *organization, ent_group_metric m) {
    const ent_metrics_t *metrics = &c->snapshots[i].metrics;
    const ent_snapshot_t *snap = c->snapshots[i].snapshot;
    for (size_t g = 0; g < metrics->group_count; g++) {
        const ent_group_result_t *group = &metrics->groups[g];
        if (strcmp(ent_snapshot_entity(snap, group->organization)->id,
                   organization) == 0) {
            return ent_group_number(metrics, group, m);
        }
    }
    return NAN;
}

static ent_status collect_organizations(ent_comparison_t *c) {
    for (size_t i = 0; i < c->count; i++) {
        const ent_metrics_t *m = &c->snapshots[i].metrics;
        for (size_t g = 0; g < m->group_count; g++) {
            const char *id = ent_snapshot_entity(c->snapshots[i].snapshot,
                                                 m->groups[g].organization)
                                 ->id;
            int known = 0;
            for (size_t k = 0; k < c->organization_count && !known; k++) {
                known = strcmp(c->organizations[k], id) == 0;
            }
            if (known) {
                continue;
            }
            if (!cmp_grow(&c->organizations, c->organization_count,
                          sizeof *c->organizations)) {
                return ENT_ENOMEM;
            }
            c->organizations[c->organization_count++] = id;
        }
    }
    return ENT_OK;
}

/* ---- the comparison ------------------------------------------------ */

const char *cmp_snapshot_label(const ent_comparison_t *c, size_t i) {
    const ent_snapshot_t *s = c->snapshots[i].snapshot;
    return ent_snapshot_date(s) ? ent_snapshot_date(s) : ent_snapshot_id(s);
}

static int date_order(const void *a, const void *b) {
    const cmp_snapshot *x = a, *y = b;
    const char *dx = ent_snapshot_date(x->snapshot);
    const char *dy = ent_snapshot_date(y->snapshot);
    if ((dx == NULL) != (dy == NULL)) {
        return dx == NULL ? 1 : -1;
    }
    int order = dx ? strcmp(dx, dy) : 0;
    return order != 0 ? order : (x->given < y->given ? -1 : 1);
}

/* Loads every file (so that all broken ones are reported). */
static ent_status load_all(ent_comparison_t *c, const char *const *paths,
                           ent_diag_list_t *diags) {
    ent_load_options_t load;
    ent_load_options_init(&load);
    load.warnings = 0;
    ent_status result = ENT_OK;
    for (size_t i = 0; i < c->count; i++) {
        c->snapshots[i].given = i;
        c->snapshots[i].owned = 1;
        c->snapshots[i].path = strdup(paths[i]);
        if (c->snapshots[i].path == NULL) {
            return ENT_ENOMEM;
        }
        ent_status status = ent_snapshot_load_file(&c->snapshots[i].snapshot,
                                                   paths[i], &load, diags);
        if (status != ENT_OK && result == ENT_OK) {
            result = status;
        }
    }
    return result;
}

/* An empty comparison of `count` snapshots. */
static ent_comparison_t *
comparison_alloc(size_t count, const ent_compare_options_t *options) {
    ent_comparison_t *c = calloc(1, sizeof *c);
    if (c == NULL) {
        return NULL;
    }
    if (options != NULL) {
        c->options = *options;
    } else {
        ent_compare_options_init(&c->options);
    }
    c->count = count;
    c->snapshots = calloc(count + 1, sizeof *c->snapshots);
    c->pairs = calloc(count + 1, sizeof *c->pairs);
    int made = c->snapshots && c->pairs;
    for (int k = 0; k < CMP_FACT_KINDS; k++) {
        c->facts[k] = calloc(count + 1, sizeof *c->facts[k]);
        made = made && c->facts[k];
    }
    if (!made) {
        ent_comparison_free(c);
        return NULL;
    }
    return c;
}

/* Orders the snapshots by date, measures each and works out the changes. */
static ent_status measure_and_diff(ent_comparison_t *c,
                                   ent_diag_list_t *diags) {
    size_t count = c->count;
    qsort(c->snapshots, count, sizeof *c->snapshots, date_order);
    ent_metrics_options_t metrics;
    ent_metrics_options_init(&metrics);
    ent_status status = ENT_OK;
    for (size_t i = 0; status == ENT_OK && i < count; i++) {
        cmp_snapshot *s = &c->snapshots[i];
        status = ent_network_build(&s->network, s->snapshot, c->options.network,
                                   diags);
        if (status != ENT_OK) {
            break;
        }
        status = ent_metrics_compute(&s->metrics, s->network, &metrics, diags);
        if (status != ENT_OK) {
            s->metrics.network = NULL;
        }
    }
    for (int k = 0; status == ENT_OK && k < CMP_FACT_KINDS; k++) {
        for (size_t i = 0; status == ENT_OK && i < count; i++) {
            status = cmp_collect_facts(&c->facts[k][i], (cmp_fact_kind)k,
                                       c->snapshots[i].snapshot);
        }
    }
    for (size_t i = 0; status == ENT_OK && i + 1 < count; i++) {
        status = diff_pair(c, i);
    }
    if (status == ENT_OK) {
        status = collect_organizations(c);
    }
    return status;
}

/* Hands over c, or frees it and reports running out of memory. */
static ent_status finish(ent_comparison_t **comparison, ent_comparison_t *c,
                         ent_status status, ent_diag_list_t *diags) {
    if (status == ENT_ENOMEM) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "out of memory");
    }
    if (status != ENT_OK) {
        ent_comparison_free(c);
        return status;
    }
    *comparison = c;
    return ENT_OK;
}

ent_status ent_comparison_new(ent_comparison_t **comparison,
                              const char *const *paths, size_t count,
                              const ent_compare_options_t *options,
                              ent_diag_list_t *diags) {
    *comparison = NULL;
    ent_comparison_t *c = comparison_alloc(count, options);
    if (c == NULL) {
        return finish(comparison, c, ENT_ENOMEM, diags);
    }
    ent_status status = load_all(c, paths, diags);
    if (status == ENT_OK) {
        status = measure_and_diff(c, diags);
    }
    return finish(comparison, c, status, diags);
}

ent_status ent_comparison_new_from_snapshots(
    ent_comparison_t **comparison, const ent_snapshot_t *const *snapshots,
    const char *const *names, size_t count,
    const ent_compare_options_t *options, ent_diag_list_t *diags) {
    *comparison = NULL;
    ent_comparison_t *c = comparison_alloc(count, options);
    ent_status status = c ? ENT_OK : ENT_ENOMEM;
    for (size_t i = 0; status == ENT_OK && i < count; i++) {
        cmp_snapshot *s = &c->snapshots[i];
        s->given = i;
        /* Borrowed, never changed: freed only when owned. */
        s->snapshot = (ent_snapshot_t *)snapshots[i];
        if (names != NULL && names[i] != NULL) {
            s->path = strdup(names[i]);
            status = s->path ? ENT_OK : ENT_ENOMEM;
        }
    }
    if (status == ENT_OK) {
        status = measure_and_diff(c, diags);
    }
    return finish(comparison, c, status, diags);
}

void ent_comparison_free(ent_comparison_t *c) {
    if (c == NULL) {
        return;
    }
    for (size_t i = 0; c->pairs && i + 1 < c->count; i++) {
        cmp_pair *pair = &c->pairs[i];
        free(pair->added);
        free(pair->removed);
        free(pair->edges);
        free(pair->moves);
        for (int k = 0; k < CMP_FACT_KINDS; k++) {
            free(pair->changes[k]);
        }
    }
    for (int k = 0; k < CMP_FACT_KINDS; k++) {
        for (size_t i = 0; c->facts[k] && i < c->count; i++) {
            cmp_facts_free(&c->facts[k][i]);
        }
        free(c->facts[k]);
    }
    for (size_t i = 0; c->snapshots && i < c->count; i++) {
        cmp_snapshot *s = &c->snapshots[i];
        if (s->metrics.network != NULL) {
            ent_metrics_destroy(&s->metrics);
        }
        ent_network_destroy(s->network);
        if (s->owned) {
            ent_snapshot_free(s->snapshot);
        }
        free(s->path);
    }
    free(c->snapshots);
    free(c->pairs);
    free(c->organizations);
    free(c);
}

size_t ent_comparison_count(const ent_comparison_t *c) { return c->count; }

const ent_snapshot_t *ent_comparison_snapshot(const ent_comparison_t *c,
                                              size_t index) {
    return index < c->count ? c->snapshots[index].snapshot : NULL;
}
