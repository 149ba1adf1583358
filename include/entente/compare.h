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
 * Lifecycle: ent_compare_options_init (owns nothing), ent_comparison_new
 * (from files: the comparison owns the snapshots it loads) or
 * ent_comparison_new_from_snapshots (in memory: it borrows them), then
 * ent_comparison_free.
 */
#ifndef ENTENTE_COMPARE_H
#define ENTENTE_COMPARE_H

#include <stdio.h>

#include "entente/diag.h"
#include "entente/export.h"
#include "entente/metrics.h"
#include "entente/network.h"
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

/*
 * The same for snapshots already in memory (loaded, built, or fresh
 * `extract` drafts): nothing is read or written. The comparison borrows
 * them: they must outlive it and stay unchanged. `names` (NULL, or one
 * per snapshot, each may be NULL) is what compare.json gives as each
 * one's "file". ent_comparison_new is this after loading the files.
 */
ent_status ent_comparison_new_from_snapshots(
    ent_comparison_t **comparison, const ent_snapshot_t *const *snapshots,
    const char *const *names, size_t count,
    const ent_compare_options_t *options, ent_diag_list_t *diags);
void ent_comparison_free(ent_comparison_t *comparison);

/* Number of snapshots, and the i-th in date order. */
size_t ent_comparison_count(const ent_comparison_t *comparison);
const ent_snapshot_t *ent_comparison_snapshot(const ent_comparison_t *c,
                                              size_t index);

/* The outputs, each to a stream the caller opened; ENT_EIO when writing
 * fails, ENT_ENOMEM. Numbers in the shortest form that reads back; undefined
 * values null (JSON), empty (CSV) or "–" (summary). */
ent_status ent_compare_write_json(FILE *out, const ent_comparison_t *c);
/* snapshot,scope,id,metric,value with scope graph, group or node. */
ent_status ent_compare_write_csv(FILE *out, const ent_comparison_t *c);
/* Markdown; names escaped so that they always come out as text. */
ent_status ent_compare_write_summary(FILE *out, const ent_comparison_t *c);
/* An SVG line chart of each organization's group metrics over time. */
ent_status ent_compare_write_chart(FILE *out, const ent_comparison_t *c);

/* One output in memory: its file name and contents (heap). */
typedef struct {
    char *name;
    char *data;
    size_t length;
} ent_compare_file_t;

typedef struct {
    ent_compare_file_t *files;
    size_t count;
} ent_compare_files_t;

/*
 * Draws the comparison's diagrams in memory, every one a render.h call
 * with `options` (NULL: the defaults; format, width, dpi, size_by,
 * color_by, labels, legend, subtitle, caption, layout of the union apply;
 * clusters, positions, diff and title are compare's own: ENT_EUSAGE).
 * The files, in order: NN-ID.EXT per snapshot, diff-NN-MM.EXT per
 * consecutive pair, positions.tsv (see ent_render_positions_read). One
 * layout of the union of every network places each entity at one point
 * in every diagram, one colour (the union's communities) and one size
 * scale (the largest value in any snapshot) hold across them. Free
 * *files with ent_compare_files_free (also on failure: then empty).
 */
ent_status ent_compare_draw(const ent_comparison_t *c, ent_renderer_t *renderer,
                            const ent_render_options_t *options,
                            ent_compare_files_t *files, ent_diag_list_t *diags);
void ent_compare_files_free(ent_compare_files_t *files);

/*
 * Writes every output into the directory `dir` (made if missing):
 * compare.json, compare.csv, summary.md, cohesion.svg and the files of
 * ent_compare_draw (with render options: the _with form; a NULL renderer
 * draws no diagram). Everything is
 * made in memory first, then each file written atomically, so a failure
 * leaves no half-made set. ENT_EUSAGE (with a diagnostic) when an output
 * would replace one of the inputs; ENT_EIO; ENT_EINTERNAL from Graphviz.
 */
ent_status ent_compare_write_dir(const char *dir, const ent_comparison_t *c,
                                 ent_renderer_t *renderer,
                                 ent_diag_list_t *diags);
ent_status ent_compare_write_dir_with(const char *dir,
                                      const ent_comparison_t *c,
                                      ent_renderer_t *renderer,
                                      const ent_render_options_t *options,
                                      ent_diag_list_t *diags);

ENT_PUBLIC_END
#ifdef __cplusplus
}
#endif

#endif /* ENTENTE_COMPARE_H */
