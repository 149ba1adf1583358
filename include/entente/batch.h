/*
 * entente/batch.h - metrics over many snapshot files at once, in worker
 * processes.
 *
 * igraph and Graphviz as Debian packages them are not thread-safe, so the
 * work is spread over forked worker processes, never threads: the caller's
 * process loads nothing of igraph or Graphviz, forks the workers, hands
 * each the index of the next file, and receives the results serialized
 * over a socket. Results are kept in input order, so the tables are the
 * same bytes whatever the number of workers. A worker that dies (a crash,
 * a kill) is reported: the file it was on is marked failed and a new
 * worker takes the remaining files. A worker that overruns the per-file
 * time limit is killed and its file marked failed the same way. Workers
 * die with the caller's process (Linux: PR_SET_PDEATHSIG), so a batch
 * interrupted by SIGINT or SIGTERM leaves no orphan computing on.
 *
 * Lifecycle: ent_batch_options_init (owns nothing), ent_batch_run /
 * ent_batch_destroy. Progress and each file's diagnostics go to callbacks,
 * in input order; the library prints nothing.
 */
#ifndef ENTENTE_BATCH_H
#define ENTENTE_BATCH_H

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

/* Where a batch stands, for a progress display. */
typedef struct {
    size_t done;    /* files finished, succeeded or failed */
    size_t failed;  /* of which failed */
    size_t total;   /* files in the batch */
    double elapsed; /* seconds since the batch started */
} ent_batch_progress_t;

typedef void (*ent_batch_progress_fn)(void *payload,
                                      const ent_batch_progress_t *progress);

typedef struct {
    const ent_network_options_t *network; /* NULL: the defaults */
    ent_metrics_options_t metrics;        /* all metrics by default */
    size_t workers; /* worker processes; 0: one per CPU (at most one per
                       file, and fewer when the limit on open files
                       allows fewer, with a note) */
    /* Seconds a worker may spend on one file before it is stopped and the
     * file marked failed; 0: no limit. */
    double timeout;
    /* The long-form tables to collect, and in which format (CSV or
     * JSON): their rows are formatted by the workers. */
    int nodes, groups;
    ent_format nodes_format, groups_format;
    /* When not NULL, each snapshot's diagram is written there as
     * NAME.<format>, NAME being the input's file name less ".json". */
    const char *render_dir;
    ent_render_options_t render;
    /* Each file's diagnostics, formatted as one line each, in input order
     * (may be NULL). */
    ent_message_fn message;
    ent_batch_progress_fn progress; /* after each file (may be NULL) */
    void *payload;                  /* given to both callbacks */
} ent_batch_options_t;

/* The default per-file time limit: far above what any real snapshot
 * needs, low enough that a stuck file does not stop a batch for good. */
#define ENT_BATCH_DEFAULT_TIMEOUT 3600.0

/* Defaults: all metrics, one worker per CPU, no long tables, no render,
 * ENT_BATCH_DEFAULT_TIMEOUT. */
void ent_batch_options_init(ent_batch_options_t *options);

/* One diagnostic line of a file, as ent_diag_format writes it. */
typedef struct {
    ent_severity severity;
    char *text;
} ent_batch_message_t;

/* The outcome for one file. Strings are owned by the batch. */
typedef struct {
    char *path;
    ent_status status;       /* ENT_OK, or why the file failed */
    char *id, *title, *date; /* from the snapshot; NULL when unknown */
    double graph[ENT_GRAPH_METRIC_COUNT]; /* NAN when not computed */
    /* How betweenness was computed: sampled 0 when exactly (or not). */
    ent_betweenness_sampling_t sampling;
    char *error;  /* the first error line, or NULL */
    char *nodes;  /* rows of the node table in its format, or NULL */
    char *groups; /* rows of the group table, or NULL */
    ent_batch_message_t *messages;
    size_t message_count;
} ent_batch_item_t;

typedef struct {
    ent_batch_item_t *items; /* in input order */
    size_t count;
    size_t succeeded, failed;
    int nodes, groups; /* the long tables collected, and their formats */
    ent_format nodes_format, groups_format;
} ent_batch_t;

/*
 * Loads, builds and measures every file of `paths` into `batch` (release
 * with ent_batch_destroy whenever it returns ENT_OK). A file that fails is
 * an item with a non-OK status, not a failure of the call, which returns
 * ENT_OK once every file has an outcome; ENT_EUSAGE for bad options (e.g.
 * two inputs whose diagrams would have the same name), ENT_EIO when no
 * worker can be started, ENT_ENOMEM; each with a diagnostic.
 * Time: the files' own work divided among the workers.
 */
ent_status ent_batch_run(ent_batch_t *batch, const char *const *paths,
                         size_t count, const ent_batch_options_t *options,
                         ent_diag_list_t *diags);
void ent_batch_destroy(ent_batch_t *batch);

/* The tables a batch writes. */
typedef enum {
    ENT_BATCH_TABLE_SNAPSHOTS = 0, /* one row per file: file, status, id,
                                      title, date, error, graph metrics */
    ENT_BATCH_TABLE_NODES,         /* one row per file and node */
    ENT_BATCH_TABLE_GROUPS,        /* one row per file and organization */
} ent_batch_table;

/*
 * Writes a table as CSV or JSON (an array of objects) to `out`. The node
 * and group tables must have been collected in that format (options).
 * Numbers in the shortest form that reads back; undefined values null or
 * empty. Returns ENT_EIO when writing fails, ENT_EUSAGE for a format the
 * rows were not made in.
 *
 * A sampled betweenness is never under the exact one's name. JSON rows
 * of a sampled file have betweenness_sampled (nodes) and
 * betweenness_centralization_sampled with "betweenness_sampling"
 * (snapshots), as `entente metrics` writes them. A CSV header is one for
 * all files: when any file was sampled, the columns are
 * betweenness_sampled(epsilon=E;delta=D;seed=S) and
 * betweenness_centralization_sampled(...) for every file (an exact value
 * meets any bound), and the snapshot table's last column,
 * betweenness_sampling, gives each sampled file's parameters, samples and
 * bound (empty: computed exactly).
 */
ent_status ent_batch_write(FILE *out, const ent_batch_t *batch,
                           ent_batch_table table, ent_format format);

/* The same, written atomically to `path` (io.h). */
ent_status ent_batch_write_file(const char *path, const ent_batch_t *batch,
                                ent_batch_table table, ent_format format,
                                ent_diag_list_t *diags);

ENT_PUBLIC_END
#ifdef __cplusplus
}
#endif

#endif /* ENTENTE_BATCH_H */
