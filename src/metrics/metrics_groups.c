/*
 * Group measures: one group per organization with an active member, its
 * active members as the group (metrics.h, and --help for definitions).
 * Everything here is linear in the members' ties: the network's edges are
 * put in an adjacency index once, and per-entity scratch arrays are reset
 * only where a group touched them.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/igraph_guard.h"
#include "metrics/metrics_csr.h"
#include "metrics/metrics_internal.h"

/*
 * Every group metric, in ent_group_metric's order: how it is written
 * (kind), its `metrics` table header, its prose label and its report
 * heading. The writers of metrics, batch, compare and report loop over
 * this; a new metric is a row here, its value in ties() or
 * events_and_supply(), and its test.
 */
static const ent_group_column_t columns[ENT_GROUP_METRIC_COUNT] = {
    [ENT_GROUP_MEMBERS] = {"members", ENT_GROUP_ENTITIES, NULL, NULL,
                           "active members"},
    [ENT_GROUP_FROZEN_MEMBERS] = {"frozen_members", ENT_GROUP_ENTITIES,
                                  "frozen", "frozen members", "frozen"},
    [ENT_GROUP_SIZE] = {"size", ENT_GROUP_NUMBER, "size", "active members",
                        NULL},
    [ENT_GROUP_ATTENDANCE] = {"attendance", ENT_GROUP_PER_EVENT, NULL,
                              "attendance", "attendance"},
    [ENT_GROUP_INTERNAL_DENSITY] = {"internal_density", ENT_GROUP_NUMBER,
                                    "density", "internal density",
                                    "internal density"},
    [ENT_GROUP_MEAN_TIE_STRENGTH] = {"mean_tie_strength", ENT_GROUP_NUMBER,
                                     "tie", "mean tie strength",
                                     "mean tie strength"},
    [ENT_GROUP_EI_INDEX] = {"ei_index", ENT_GROUP_NUMBER, "ei", "E-I index",
                            "E-I index"},
    [ENT_GROUP_HUB] = {"hub", ENT_GROUP_ENTITY, "hub", NULL, "hub"},
    [ENT_GROUP_HUB_SHARE] = {"hub_share", ENT_GROUP_NUMBER, "hub%", "hub share",
                             "hub share"},
    [ENT_GROUP_HUB_REMOVAL_COMPONENTS] = {"hub_removal_components",
                                          ENT_GROUP_NUMBER, "frag",
                                          "hub removal components",
                                          "components without hub"},
    [ENT_GROUP_TOP_SUPPLIER] = {"top_supplier", ENT_GROUP_ENTITY, "supplier",
                                NULL, "top supplier"},
    [ENT_GROUP_MEAN_SUPPLIER_DEPENDENCY] = {"mean_supplier_dependency",
                                            ENT_GROUP_NUMBER, "dep",
                                            "mean supplier dependency",
                                            "mean dependency"},
};

const ent_group_column_t *ent_group_column(ent_group_metric metric) {
    return (unsigned)metric < ENT_GROUP_METRIC_COUNT ? &columns[metric] : NULL;
}

/* Relations of one type indexed by an endpoint: CSR over entities. */
typedef struct {
    size_t *start; /* n + 1 */
    size_t *items; /* relation indices */
} index_t;

static void index_free(index_t *index) {
    free(index->start);
    free(index->items);
}

/* Indexes the relations of `type` by source (by_source) or target. */
static int index_relations(index_t *index, const ent_snapshot_t *snapshot,
                           size_t type, int by_source) {
    size_t n = ent_snapshot_entity_count(snapshot);
    size_t m = ent_snapshot_relation_count(snapshot);
    index->start = calloc(n + 2, sizeof *index->start);
    index->items = malloc((m ? m : 1) * sizeof *index->items);
    if (index->start == NULL || index->items == NULL) {
        return 0;
    }
    for (size_t r = 0; r < m; r++) {
        const ent_relation_t *rel = ent_snapshot_relation(snapshot, r);
        if (rel->type == type) {
            index->start[(by_source ? rel->source : rel->target) + 2]++;
        }
    }
    for (size_t i = 0; i < n; i++) {
        index->start[i + 2] += index->start[i + 1];
    }
    for (size_t r = 0; r < m; r++) {
        const ent_relation_t *rel = ent_snapshot_relation(snapshot, r);
        if (rel->type == type) {
            size_t key = by_source ? rel->source : rel->target;
            index->items[index->start[key + 1]++] = r;
        }
    }
    return 1;
}

/* The network's edges at both ends (a loop twice at its vertex), in edge
 * order, with their weights; 0 when memory runs out. */
static int index_edges(ent_csr_t *rows, const ent_network_t *net) {
    ent_igraph_guard_t guard; /* the rows report errors through igraph */
    ent_igraph_guard_enter(&guard);
    igraph_error_t error =
        ent_csr_init(rows, &net->graph, &net->weights,
                     ENT_CSR_OUT | ENT_CSR_UNDIRECTED | ENT_CSR_LOOPS);
    ent_igraph_guard_leave(&guard);
    return error == IGRAPH_SUCCESS;
}

typedef struct {
    const ent_metrics_t *metrics;
    const ent_snapshot_t *snapshot;
    index_t members;    /* member_of by target */
    index_t attends;    /* attends by target (event) */
    index_t arms;       /* arms_dependency by source */
    ent_csr_t adjacent; /* network vertices: out, both ways */
    size_t *local;      /* entity -> position in the group, or SIZE_MAX */
    size_t *parent;     /* union-find over positions */
    double *strength;   /* per position: strength among members */
    double *supply;     /* per entity: members' summed dependency */
    size_t *seen;       /* per entity: the stamp of the last count */
    size_t stamp;
} scratch_t;

static size_t find_root(size_t *parent, size_t x) {
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

static int compare_sizes(const void *a, const void *b) {
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

/* Members (active, and frozen) of organization `org`, sorted, unique. */
static int collect_members(ent_group_result_t *group, scratch_t *s,
                           size_t org) {
    size_t first = s->members.start[org], last = s->members.start[org + 1];
    group->organization = org;
    group->members = malloc((last - first + 1) * sizeof(size_t));
    group->frozen = malloc((last - first + 1) * sizeof(size_t));
    if (group->members == NULL || group->frozen == NULL) {
        return 0;
    }
    for (size_t k = first; k < last; k++) {
        const ent_relation_t *rel =
            ent_snapshot_relation(s->snapshot, s->members.items[k]);
        if (rel->status == ENT_MEMBERSHIP_ACTIVE ||
            rel->status == ENT_MEMBERSHIP_UNSPECIFIED) {
            group->members[group->member_count++] = rel->source;
        } else if (rel->status == ENT_MEMBERSHIP_FROZEN) {
            group->frozen[group->frozen_count++] = rel->source;
        }
    }
    size_t *lists[2] = {group->members, group->frozen};
    size_t *counts[2] = {&group->member_count, &group->frozen_count};
    for (int l = 0; l < 2; l++) {
        qsort(lists[l], *counts[l], sizeof(size_t), compare_sizes);
        size_t kept = 0;
        for (size_t i = 0; i < *counts[l]; i++) {
            if (kept == 0 || lists[l][kept - 1] != lists[l][i]) {
                lists[l][kept++] = lists[l][i];
            }
        }
        *counts[l] = kept;
    }
    return 1;
}

/* Ties among the members, E-I, the hub and what its removal leaves. */
static void ties(ent_group_result_t *group, scratch_t *s) {
    const ent_network_t *net = s->metrics->network;
    size_t size = group->member_count;
    size_t org_vertex = net->entity_vertex[group->organization];
    double internal = 0, external = 0, weight = 0;
    for (size_t i = 0; i < size; i++) {
        s->strength[i] = 0;
        s->parent[i] = i;
    }
    for (size_t i = 0; i < size; i++) {
        size_t v = net->entity_vertex[group->members[i]];
        if (v == ENT_NO_VERTEX) {
            continue;
        }
        const ent_csr_arcs_t *arcs = &s->adjacent.out;
        for (int32_t k = arcs->start[v]; k < arcs->start[v + 1]; k++) {
            size_t other = (size_t)arcs->head[k];
            double w = arcs->value[k];
            if (other == org_vertex) {
                continue; /* the organization's own node is left out */
            }
            size_t j = s->local[net->vertex_entity[other]];
            if (j == SIZE_MAX) {
                external += 1;
                continue;
            }
            /* Each internal edge is seen from both ends: count halves. */
            internal += 0.5;
            weight += 0.5 * w;
            s->strength[i] += w;
        }
    }
    double pairs = (double)size * ((double)size - 1) / (net->directed ? 1 : 2);
    group->value[ENT_GROUP_INTERNAL_DENSITY] =
        size >= 2 ? internal / pairs : (double)NAN;
    group->value[ENT_GROUP_MEAN_TIE_STRENGTH] =
        internal > 0 ? weight / internal : (double)NAN;
    group->value[ENT_GROUP_EI_INDEX] =
        internal + external > 0 ? (external - internal) / (external + internal)
                                : (double)NAN;
    group->entity[ENT_GROUP_HUB] = ENT_NO_ENTITY;
    group->value[ENT_GROUP_HUB_SHARE] = NAN;
    group->value[ENT_GROUP_HUB_REMOVAL_COMPONENTS] = NAN;
    if (internal == 0) {
        return;
    }
    size_t hub = 0;
    for (size_t i = 1; i < size; i++) {
        hub = s->strength[i] > s->strength[hub] ? i : hub;
    }
    group->entity[ENT_GROUP_HUB] = group->members[hub];
    group->value[ENT_GROUP_HUB_SHARE] = s->strength[hub] / weight;
    for (size_t i = 0; i < size; i++) {
        size_t v = net->entity_vertex[group->members[i]];
        if (i == hub || v == ENT_NO_VERTEX) {
            continue;
        }
        const ent_csr_arcs_t *arcs = &s->adjacent.out;
        for (int32_t k = arcs->start[v]; k < arcs->start[v + 1]; k++) {
            size_t other = (size_t)arcs->head[k];
            size_t j = other == org_vertex
                           ? SIZE_MAX
                           : s->local[net->vertex_entity[other]];
            if (j != SIZE_MAX && j != hub) {
                s->parent[find_root(s->parent, i)] = find_root(s->parent, j);
            }
        }
    }
    size_t components = 0;
    for (size_t i = 0; i < size; i++) {
        components += i != hub && find_root(s->parent, i) == i;
    }
    group->value[ENT_GROUP_HUB_REMOVAL_COMPONENTS] = (double)components;
}

/* Attendance at each event the organization convened (undefined at the
 * others: their members are not scored on another's summit) and the top
 * arms supplier of the members. */
static void events_and_supply(ent_group_result_t *group, scratch_t *s) {
    const ent_metrics_t *metrics = s->metrics;
    double size = (double)group->member_count;
    for (size_t e = 0; e < metrics->event_count; e++) {
        size_t event = metrics->events[e], count = 0, convener;
        if (!ent_snapshot_event_organization(s->snapshot, event, &convener) ||
            convener != group->organization) {
            group->attendance[e] = NAN;
            continue;
        }
        s->stamp++; /* marks who was counted, so that repeats count once */
        for (size_t k = s->attends.start[event];
             k < s->attends.start[event + 1]; k++) {
            size_t source =
                ent_snapshot_relation(s->snapshot, s->attends.items[k])->source;
            if (s->local[source] != SIZE_MAX && s->seen[source] != s->stamp) {
                s->seen[source] = s->stamp;
                count++;
            }
        }
        group->attendance[e] = (double)count / size;
    }
    size_t top = ENT_NO_ENTITY;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < group->member_count; i++) {
            size_t member = group->members[i];
            for (size_t k = s->arms.start[member];
                 k < s->arms.start[member + 1]; k++) {
                const ent_relation_t *rel =
                    ent_snapshot_relation(s->snapshot, s->arms.items[k]);
                if (pass == 0) {
                    s->supply[rel->target] += rel->weight;
                } else if (top == ENT_NO_ENTITY ||
                           s->supply[rel->target] > s->supply[top] ||
                           (s->supply[rel->target] == s->supply[top] &&
                            rel->target < top)) {
                    top = rel->target;
                }
            }
        }
    }
    group->entity[ENT_GROUP_TOP_SUPPLIER] = top;
    group->value[ENT_GROUP_MEAN_SUPPLIER_DEPENDENCY] =
        top == ENT_NO_ENTITY ? (double)NAN : s->supply[top] / size;
    for (size_t i = 0; i < group->member_count; i++) {
        size_t member = group->members[i];
        for (size_t k = s->arms.start[member]; k < s->arms.start[member + 1];
             k++) {
            s->supply[ent_snapshot_relation(s->snapshot, s->arms.items[k])
                          ->target] = 0;
        }
    }
}

static int one_group(ent_metrics_t *metrics, scratch_t *s, size_t org) {
    ent_group_result_t *group = &metrics->groups[metrics->group_count];
    memset(group, 0, sizeof *group);
    metrics->group_count++; /* from here on, freed with the results */
    if (!collect_members(group, s, org)) {
        return 0;
    }
    if (group->member_count == 0) {
        free(group->members);
        free(group->frozen);
        metrics->group_count--;
        return 1;
    }
    group->attendance =
        malloc((metrics->event_count + 1) * sizeof *group->attendance);
    if (group->attendance == NULL) {
        return 0;
    }
    for (int m = 0; m < ENT_GROUP_METRIC_COUNT; m++) {
        group->value[m] = NAN; /* the slots of other kinds stay so */
        group->entity[m] = ENT_NO_ENTITY;
    }
    group->value[ENT_GROUP_SIZE] = (double)group->member_count;
    for (size_t i = 0; i < group->member_count; i++) {
        s->local[group->members[i]] = i;
    }
    ties(group, s);
    events_and_supply(group, s);
    for (size_t i = 0; i < group->member_count; i++) {
        s->local[group->members[i]] = SIZE_MAX;
    }
    return 1;
}

ent_status ent_metrics_groups(ent_metrics_t *metrics) {
    const ent_snapshot_t *snapshot = metrics->network->snapshot;
    size_t n = ent_snapshot_entity_count(snapshot);
    scratch_t s;
    memset(&s, 0, sizeof s);
    s.metrics = metrics;
    s.snapshot = snapshot;
    ent_status status = ENT_ENOMEM;
    size_t member_of = SIZE_MAX, attends = SIZE_MAX, arms = SIZE_MAX;
    ent_snapshot_find_relation_type(snapshot, "member_of", &member_of);
    ent_snapshot_find_relation_type(snapshot, "attends", &attends);
    ent_snapshot_find_relation_type(snapshot, "arms_dependency", &arms);
    size_t organizations = 0;
    metrics->events = malloc((n ? n : 1) * sizeof *metrics->events);
    if (metrics->events == NULL) {
        goto cleanup;
    }
    for (size_t i = 0; i < n; i++) {
        ent_entity_type type = ent_snapshot_entity(snapshot, i)->type;
        organizations += type == ENT_ENTITY_ORGANIZATION;
        if (type == ENT_ENTITY_EVENT) {
            metrics->events[metrics->event_count++] = i;
        }
    }
    metrics->groups = calloc(organizations + 1, sizeof *metrics->groups);
    s.local = malloc((n ? n : 1) * sizeof *s.local);
    s.parent = malloc((n ? n : 1) * sizeof *s.parent);
    s.strength = malloc((n ? n : 1) * sizeof *s.strength);
    s.supply = calloc(n ? n : 1, sizeof *s.supply);
    s.seen = calloc(n ? n : 1, sizeof *s.seen);
    if (metrics->groups == NULL || s.local == NULL || s.parent == NULL ||
        s.strength == NULL || s.supply == NULL || s.seen == NULL ||
        !index_relations(&s.members, snapshot, member_of, 0) ||
        !index_relations(&s.attends, snapshot, attends, 0) ||
        !index_relations(&s.arms, snapshot, arms, 1) ||
        !index_edges(&s.adjacent, metrics->network)) {
        goto cleanup;
    }
    for (size_t i = 0; i < n; i++) {
        s.local[i] = SIZE_MAX;
    }
    for (size_t i = 0; i < n; i++) {
        if (ent_snapshot_entity(snapshot, i)->type == ENT_ENTITY_ORGANIZATION &&
            !one_group(metrics, &s, i)) {
            goto cleanup;
        }
    }
    status = ENT_OK;
cleanup:
    index_free(&s.members);
    index_free(&s.attends);
    index_free(&s.arms);
    ent_csr_destroy(&s.adjacent);
    free(s.local);
    free(s.parent);
    free(s.strength);
    free(s.supply);
    free(s.seen);
    return status;
}

const size_t *ent_group_entities(const ent_group_result_t *group,
                                 ent_group_metric metric, size_t *count) {
    switch (metric) {
    case ENT_GROUP_MEMBERS:
        *count = group->member_count;
        return group->members;
    case ENT_GROUP_FROZEN_MEMBERS:
        *count = group->frozen_count;
        return group->frozen;
    default:
        *count = 0;
        return NULL;
    }
}

const double *ent_group_per_event(const ent_group_result_t *group,
                                  ent_group_metric metric) {
    return metric == ENT_GROUP_ATTENDANCE ? group->attendance : NULL;
}

/* The mean of the defined values of a per-event metric; NAN for none. */
static double mean_over_events(const ent_metrics_t *metrics,
                               const double *values) {
    double sum = 0;
    size_t defined = 0;
    for (size_t e = 0; values != NULL && e < metrics->event_count; e++) {
        if (!isnan(values[e])) {
            sum += values[e];
            defined++;
        }
    }
    return defined > 0 ? sum / (double)defined : (double)NAN;
}

double ent_group_number(const ent_metrics_t *metrics,
                        const ent_group_result_t *group,
                        ent_group_metric metric) {
    size_t count;
    switch (columns[metric].kind) {
    case ENT_GROUP_NUMBER:
        return group->value[metric];
    case ENT_GROUP_ENTITIES:
        ent_group_entities(group, metric, &count);
        return (double)count;
    case ENT_GROUP_PER_EVENT:
        return mean_over_events(metrics, ent_group_per_event(group, metric));
    case ENT_GROUP_ENTITY:
        break;
    }
    return NAN;
}

double ent_group_attendance(const ent_metrics_t *metrics,
                            const ent_group_result_t *group) {
    return ent_group_number(metrics, group, ENT_GROUP_ATTENDANCE);
}

void ent_metrics_groups_free(ent_metrics_t *metrics) {
    for (size_t g = 0; g < metrics->group_count; g++) {
        free(metrics->groups[g].members);
        free(metrics->groups[g].frozen);
        free(metrics->groups[g].attendance);
    }
    free(metrics->groups);
    free(metrics->events);
    metrics->groups = NULL;
    metrics->events = NULL;
    metrics->group_count = metrics->event_count = 0;
}
