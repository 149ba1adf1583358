/*
 * entente/compare.h - how a network moves from one snapshot to the next.
 *
 * A comparison loads several snapshots, orders them by date, builds the
 * same network of each and measures it, aligns entities by id, and works
 * out for each consecutive pair what changed: entities added and removed,
 * ties added, removed and re-weighted, membership statuses, attendance,
 * chairs, leadership, and the nodes whose centrality rank moved most. It
 * writes that as JSON, a tidy CSV of every series, a Markdown summary, a
 * line chart of the group metrics, and diagrams that share one layout.
 *
 * Lifecycle: ent_compare_options_init (owns nothing), ent_comparison_new /
 * ent_comparison_free. The comparison owns its snapshots.
 */
#ifndef ENTENTE_COMPARE_H
#define ENTENTE_COMPARE_H

#include <stdio.h>

#include "entente/build.h"
#include "entente/diag.h"
#include "entente/export.h"
#include "entente/metrics.h"
#include "entente/render.h"

#ifdef __cplusplus
extern "C" {
#endif
ENT_PUBLIC_BEGIN

typedef struct {
    const ent_network_options_t *network; /* NULL: the defaults */
    ent_node_metric rank_by;              /* centrality whose ranks are compared
                                             (default betweenness) */
    size_t top_moves; /* rank moves listed per pair (default 5) */
} ent_compare_options_t;

void ent_compare_options_init(ent_compare_options_t *options);

typedef struct ent_comparison ent_comparison_t;

/*
 * Loads the `count` files (at least one; the same file may come twice),
 * orders them by date (a snapshot without a date goes last, ties keep the
 * given order), measures each and works out the changes. On success sets
 * *comparison (free with ent_comparison_free). Returns ENT_EINPUT when a
 * file is invalid (its diagnostics, with line and column, are in `diags`),
 * ENT_EUSAGE for bad network options, ENT_ENOMEM, ENT_EINTERNAL.
 */
ent_status ent_comparison_new(ent_comparison_t **comparison,
                              const char *const *paths, size_t count,
                              const ent_compare_options_t *options,
                              ent_diag_list_t *diags);
void ent_comparison_free(ent_comparison_t *comparison);

/* Number of snapshots, and the i-th in date order. */
size_t ent_comparison_count(const ent_comparison_t *comparison);
const ent_snapshot_t *ent_comparison_snapshot(const ent_comparison_t *c,
                                              size_t index);

/* The outputs, each to a stream the caller opened; ENT_EIO when writing
 * fails. Numbers in the shortest form that reads back; undefined values
 * null (JSON), empty (CSV) or "–" (summary). */
ent_status ent_compare_write_json(FILE *out, const ent_comparison_t *c);
/* snapshot,scope,id,metric,value with scope graph, group or node. */
ent_status ent_compare_write_csv(FILE *out, const ent_comparison_t *c);
/* Markdown; names escaped so that they always come out as text. */
ent_status ent_compare_write_summary(FILE *out, const ent_comparison_t *c);
/* An SVG line chart of each organization's group metrics over time. */
ent_status ent_compare_write_chart(FILE *out, const ent_comparison_t *c);

/*
 * Writes every output into the directory `dir` (made if missing):
 * compare.json, compare.csv, summary.md, cohesion.svg, NN-ID.svg per
 * snapshot and diff-NN-MM.svg per consecutive pair, all diagrams with the
 * positions of one layout of the union of the networks. Everything is
 * made in memory first, then each file written atomically, so a failure
 * leaves no half-made set. ENT_EUSAGE (with a diagnostic) when an output
 * would replace one of the inputs; ENT_EIO; ENT_EINTERNAL from Graphviz.
 */
ent_status ent_compare_write_dir(const char *dir, const ent_comparison_t *c,
                                 ent_renderer_t *renderer,
                                 ent_diag_list_t *diags);

ENT_PUBLIC_END
#ifdef __cplusplus
}
#endif

#endif /* ENTENTE_COMPARE_H */
