/*
 * Private parts of the compare module: the comparison's layout in memory,
 * shared by the diff (compare.c), the writers and the drawings.
 */
#ifndef ENTENTE_COMPARE_INTERNAL_H
#define ENTENTE_COMPARE_INTERNAL_H

#include "entente/compare.h"

/* One snapshot of the comparison with its network and metrics. */
typedef struct {
    char *path; /* NULL for a snapshot given in memory */
    ent_snapshot_t *snapshot;
    int owned; /* loaded here, freed with the comparison */
    ent_network_t *network;
    ent_metrics_t metrics;
    size_t given; /* position on the command line, for stable ordering */
} cmp_snapshot;

/*
 * A fact of a snapshot that may change: (subject, object) -> value, e.g.
 * (ARM, CSTO) -> "frozen" for a membership, (ARM, "") -> "absent" for
 * attendance. Strings are heap copies.
 */
typedef struct {
    char *subject, *object, *value;
} cmp_fact;

typedef struct {
    cmp_fact *items;
    size_t count;
} cmp_facts;

/* The kinds of facts compared, in the order they are reported. */
typedef enum {
    CMP_MEMBERSHIP = 0, /* state, organization -> status */
    CMP_ATTENDANCE,     /* entity -> attended | absent */
    CMP_CHAIR,          /* organization -> "ARM (2022), BLR (2023)" */
    CMP_LEADERSHIP,     /* led entity, role -> person ids */
    CMP_FACT_KINDS
} cmp_fact_kind;

/* A changed fact: from or to is NULL where the fact is absent. */
typedef struct {
    const char *subject, *object, *from, *to;
} cmp_change;

/* A tie of the union: weight NAN on the side that lacks it. */
typedef struct {
    const char *source, *target;
    double from, to;
} cmp_edge;

typedef struct {
    const char *id;
    size_t from_rank, to_rank;
    double from, to;
} cmp_move;

typedef struct {
    size_t from, to;               /* snapshot positions in date order */
    size_t common;                 /* entities present in both */
    const char **added, **removed; /* entity ids */
    size_t added_count, removed_count;
    cmp_edge *edges; /* every tie of the union, kept or not */
    size_t edge_count;
    cmp_change *changes[CMP_FACT_KINDS];
    size_t change_count[CMP_FACT_KINDS];
    cmp_move *moves;
    size_t move_count;
} cmp_pair;

/* A tie's fate in a pair. */
typedef enum { EDGE_KEPT, EDGE_ADDED, EDGE_REMOVED, EDGE_REWEIGHTED } cmp_fate;
cmp_fate cmp_edge_fate(const cmp_edge *edge);
/* 1 when nothing at all changed between the two snapshots. */
int cmp_pair_is_unchanged(const cmp_pair *pair);

/*
 * The group series compare writes, in order, into `series`; returns how
 * many: every group metric with a prose label (metrics.h), size first
 * (the order the outputs have always had), then the others in
 * ent_group_metric's order. Named by ent_group_metric_name.
 */
size_t cmp_group_series(ent_group_metric series[ENT_GROUP_METRIC_COUNT]);

struct ent_comparison {
    cmp_snapshot *snapshots; /* in date order */
    size_t count;
    cmp_facts *facts[CMP_FACT_KINDS]; /* per snapshot */
    cmp_pair *pairs;                  /* count - 1 of them */
    const char **organizations;       /* ids with a group somewhere */
    size_t organization_count;
    ent_compare_options_t options;
};

/* Group metric `m` of organization `organization` in snapshot `i` as one
 * number (ent_group_number), or NAN when it has no group there. */
double cmp_group_value(const ent_comparison_t *c, size_t i,
                       const char *organization, ent_group_metric m);

/* Facts of one kind in one snapshot: the value for (subject, object), or
 * NULL. */
const char *cmp_fact_value(const cmp_facts *facts, const char *subject,
                           const char *object);

/* Makes room for item `count` of an array of `size`-byte items (capacity
 * doubling from 8); 0 when out of memory. */
int cmp_grow(void *items, size_t count, size_t size);

/* Facts of `kind` in a snapshot, sorted and merged (compare_facts.c). */
ent_status cmp_collect_facts(cmp_facts *facts, cmp_fact_kind kind,
                             const ent_snapshot_t *snapshot);
void cmp_facts_free(cmp_facts *facts);
/* Appends to pair->changes[kind] every fact whose value differs. */
ent_status cmp_diff_facts(cmp_pair *pair, cmp_fact_kind kind,
                          const cmp_facts *a, const cmp_facts *b);

/* The snapshot's summit: the first event an organization convened, else
 * its first event; ENT_NO_ENTITY when it has none (compare_facts.c). */
size_t cmp_snapshot_summit(const ent_snapshot_t *s);
/* Where the event took place: its "place", else the name of the state that
 * hosts it; NULL when unknown. */
const char *cmp_summit_place(const ent_snapshot_t *s, size_t event);

/* A label for snapshot i: its date, else its id. */
const char *cmp_snapshot_label(const ent_comparison_t *c, size_t i);

/* A diff diagram's input (compare_ties.c): a snapshot of the ties of
 * both sides, one relation per tie, its network and the diff style. */
typedef struct {
    ent_snapshot_t *snapshot;
    ent_network_t *network;
    int built;
    ent_change_kind *kinds; /* per relation */
    char **labels;          /* per relation, NULL: none */
    ent_entity_change *changes;
    double *values;
    size_t counts[ENT_CHANGE_KIND_COUNT]; /* ties drawn, by kind */
    size_t appeared, gone;                /* entities drawn, by change */
    char *summary;
    ent_render_diff_t style;
} cmp_diff;

ent_status cmp_diff_make(cmp_diff *d, const ent_comparison_t *c,
                         const cmp_pair *pair, ent_node_metric size_by,
                         ent_diag_list_t *diags);
void cmp_diff_free(cmp_diff *d);

/* Markdown text, escaped (compare_summary.c); an entity's name alone. */
void cmp_md_text(FILE *out, const char *text);
void cmp_md_name(FILE *out, const ent_comparison_t *c, const char *id);
/* Prose (compare_headlines.c): "27 November 2025"; "the Bishkek summit
 * (27 November 2025)"; "Bishkek 2025" for table heads. */
void cmp_md_date(FILE *out, const char *date);
void cmp_md_when(FILE *out, const ent_comparison_t *c, size_t i);
void cmp_md_short(FILE *out, const ent_comparison_t *c, size_t i);
/* "Russia was the hub of CSTO ... and its members' top arms supplier." */
void cmp_md_hub_sentence(FILE *out, const ent_comparison_t *c, const char *org);
/* At most two decimals, trailing zeros dropped: "0.93", "0.5", "1". */
void cmp_two_decimals(char *text, size_t size, double value);
/* summary.md's opening headlines and closing sources. */
void cmp_write_headlines(FILE *out, const ent_comparison_t *c);
void cmp_write_sources(FILE *out, const ent_comparison_t *c);

#endif /* ENTENTE_COMPARE_INTERNAL_H */
