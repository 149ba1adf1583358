/*
 * Private parts of the batch module: processing one file, the wire format
 * between a worker and the parent, and the worker pool with a replaceable
 * file processor (the tests use one that crashes).
 */
#ifndef ENTENTE_BATCH_INTERNAL_H
#define ENTENTE_BATCH_INTERNAL_H

#include "entente/batch.h"
#include "entente/metrics.h"

/* What a worker keeps between files: its one Graphviz context, made at
 * its first diagram (render.h: one context per process). */
typedef struct {
    const ent_batch_options_t *options;
    ent_renderer_t *renderer;
} batch_worker;

/*
 * Fills `item` (zeroed by the caller) with the outcome of `path`: its
 * status, header, graph metrics, rows and messages. Returns ENT_ENOMEM
 * only when the outcome itself cannot be stored; a bad file is an item
 * with a non-OK status.
 */
typedef ent_status (*batch_process_fn)(batch_worker *worker,
                                       ent_batch_item_t *item,
                                       const char *path);
ent_status batch_process_file(batch_worker *worker, ent_batch_item_t *item,
                              const char *path);

/* ent_batch_run with the processor given (batch_process_file normally). */
ent_status batch_run_with(ent_batch_t *batch, const char *const *paths,
                          size_t count, const ent_batch_options_t *options,
                          batch_process_fn process, ent_diag_list_t *diags);

/* ENT_EUSAGE, with a diagnostic, when two inputs would draw to the same
 * diagram or a diagram would overwrite an input (also for entente-mpi). */
ent_status batch_check_render_names(const char *const *paths, size_t count,
                                    const ent_batch_options_t *options,
                                    ent_diag_list_t *diags);

/* Frees what an item owns (not the item) and zeroes it. */
void batch_item_release(ent_batch_item_t *item);
/* Appends a message to an item; ENT_ENOMEM. */
ent_status batch_item_add_message(ent_batch_item_t *item, ent_severity severity,
                                  const char *text);

/* The item as bytes (heap, free()), and back; decoding checks every
 * length against the buffer and returns ENT_EINTERNAL for a bad one. */
ent_status batch_item_encode(const ent_batch_item_t *item, char **data,
                             size_t *length);
ent_status batch_item_decode(ent_batch_item_t *item, const char *data,
                             size_t length);

/* The columns of the long group table after file, snapshot and group:
 * every group metric, in metrics.h's order, then "events". */
enum { BATCH_GROUP_COLUMNS = ENT_GROUP_METRIC_COUNT + 1 };
const char *batch_group_column(int column);

/* The diagram path of an input: DIR/NAME.FORMAT (heap, free()). */
char *batch_render_path(const char *dir, const char *input,
                        ent_render_format format);

#endif /* ENTENTE_BATCH_INTERNAL_H */
