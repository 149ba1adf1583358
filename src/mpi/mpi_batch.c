/*
 * entente-mpi batch: the files of `entente batch` farmed out to the ranks.
 * Rank 0 expands the inputs, checks the outputs, hands out one file at a
 * time and writes the tables; every other rank measures its file exactly
 * as `entente batch -j 1` does (ent_batch_run with one worker process, so
 * a file that crashes or overruns --timeout fails alone) and sends back
 * the item in the local workers' wire format (batch_wire.c).
 */
#include <math.h>
#include <mpi.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch/batch_internal.h"
#include "cli/cli_batch.h"
#include "mpi/mpi_internal.h"

typedef struct {
    char **paths;
    size_t count;
    const ent_batch_options_t *per_file; /* one worker, no callbacks */
    const ent_batch_options_t *report;   /* rank 0: messages, progress */
    ent_batch_t *batch;                  /* rank 0: the results */
    mpi_order order;
    double start;
} batch_farm;

/* A file whose run could not even start: failed, saying why. */
static ent_status failed_item(ent_batch_item_t *item, const char *path,
                              ent_status why, const ent_diag_list_t *diags) {
    for (int m = 0; m < ENT_GRAPH_METRIC_COUNT; m++) {
        item->graph[m] = NAN;
    }
    item->status = why;
    ent_status status = ENT_OK;
    for (size_t i = 0; diags && i < diags->count && status == ENT_OK; i++) {
        char *line = ent_diag_format(&diags->items[i]);
        status =
            line ? batch_item_add_message(item, diags->items[i].severity, line)
                 : ENT_ENOMEM;
        free(line);
    }
    if (status == ENT_OK && item->error == NULL) {
        char line[1024];
        snprintf(line, sizeof line, "%s: error: %s", path,
                 ent_status_name(why));
        status = batch_item_add_message(item, ENT_SEVERITY_ERROR, line);
    }
    return status;
}

/* One file on a worker rank: the local batch of that file alone. */
static char *measure_file(void *payload, size_t task, size_t *length) {
    batch_farm *farm = payload;
    const char *path = farm->paths[task];
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_batch_t one;
    ent_status status = ent_batch_run(&one, (const char *const *)&path, 1,
                                      farm->per_file, &diags);
    char *data = NULL;
    if (status == ENT_OK) {
        status = batch_item_encode(&one.items[0], &data, length);
        ent_batch_destroy(&one);
    } else {
        ent_batch_item_t item;
        memset(&item, 0, sizeof item);
        if (failed_item(&item, path, status, &diags) == ENT_OK) {
            status = batch_item_encode(&item, &data, length);
        }
        batch_item_release(&item);
    }
    ent_diag_list_destroy(&diags);
    return status == ENT_OK ? data : NULL;
}

/* Rank 0: the item of `task` stored; what is now in input order reported
 * (messages, then progress), as the local pool does. */
static int collect_item(void *payload, size_t task, const char *data,
                        size_t length) {
    batch_farm *farm = payload;
    ent_batch_t *batch = farm->batch;
    ent_batch_item_t *item = &batch->items[task];
    ent_status status = data && length > 0
                            ? batch_item_decode(item, data, length)
                            : ENT_EINTERNAL;
    if (status == ENT_EINTERNAL) {
        batch_item_release(item);
        ent_diag_list_t why;
        ent_diag_list_init(&why);
        ent_diag_add(&why, ENT_SEVERITY_ERROR, farm->paths[task], 0, 0, NULL,
                     "the rank processing this file sent no result");
        status = failed_item(item, farm->paths[task], ENT_EINTERNAL, &why);
        ent_diag_list_destroy(&why);
    }
    item->path = strdup(farm->paths[task]);
    if (status != ENT_OK || item->path == NULL) {
        return 0;
    }
    *(item->status == ENT_OK ? &batch->succeeded : &batch->failed) += 1;
    const ent_batch_options_t *options = farm->report;
    size_t first = farm->order.next;
    size_t ready = mpi_order_finish(&farm->order, task);
    for (size_t k = first; k < first + ready; k++) {
        const ent_batch_item_t *next = &batch->items[k];
        for (size_t i = 0; options->message && i < next->message_count; i++) {
            options->message(options->payload, next->messages[i].severity,
                             next->messages[i].text);
        }
    }
    if (options->progress != NULL) {
        ent_batch_progress_t progress = {farm->order.done, batch->failed,
                                         farm->count,
                                         MPI_Wtime() - farm->start};
        options->progress(options->payload, &progress);
    }
    return 1;
}

/* Rank 0: the files, the checks of `entente batch` and those of its
 * diagrams; returns -1 to go on, else the exit status. */
static int prepare(const cli_batch_args *args, int argc, char **argv,
                   ent_path_list_t *files, ent_batch_options_t *report,
                   cli_batch_progress *progress) {
    if (args->jobs != 0) {
        return cli_usage_error("batch", "-j has no meaning under entente-mpi: "
                                        "the ranks are the workers (mpirun "
                                        "-n)");
    }
    int code = cli_batch_inputs(args, argc - optind, argv + optind, files);
    if (code == EXIT_OK) {
        code = cli_batch_options(args, report, progress);
    }
    if (code == EXIT_OK && args->render != NULL) {
        ent_diag_list_t diags;
        ent_diag_list_init(&diags);
        code = cli_exit_code(batch_check_render_names(
            (const char *const *)files->paths, files->count, report, &diags));
        cli_print_diags(&diags);
        ent_diag_list_destroy(&diags);
    }
    return code == EXIT_OK ? -1 : code;
}

/* Rank 0: the farm's results as the local batch would have them. */
static int conclude(const cli_batch_args *args, batch_farm *farm, int ok,
                    cli_batch_progress *progress) {
    cli_batch_progress_clear(progress);
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    int code = EXIT_IO_ERROR;
    if (ok) {
        code = cli_batch_conclude(args, farm->batch, &diags);
    } else {
        fprintf(stderr, "entente batch: out of memory\n");
    }
    ent_diag_list_destroy(&diags);
    return code;
}

static int run_farm(const mpi_job *job, const cli_batch_args *args,
                    batch_farm *farm) {
    ent_batch_t batch;
    memset(&batch, 0, sizeof batch);
    batch.nodes = farm->per_file->nodes;
    batch.groups = farm->per_file->groups;
    batch.nodes_format = farm->per_file->nodes_format;
    batch.groups_format = farm->per_file->groups_format;
    int ok = 1;
    if (job->rank == 0) {
        batch.items = calloc(farm->count + 1, sizeof *batch.items);
        ok = mpi_order_init(&farm->order, farm->count) && batch.items != NULL;
        batch.count = batch.items ? farm->count : 0;
    }
    farm->batch = &batch;
    farm->start = MPI_Wtime();
    ok = mpi_share_decision(ok ? -1 : EXIT_IO_ERROR) < 0 &&
         mpi_farm(job, farm->count, measure_file, collect_item, farm);
    int code = EXIT_OK;
    if (job->rank == 0) {
        code = conclude(args, farm, ok, farm->report->payload);
    }
    ent_batch_destroy(&batch);
    mpi_order_destroy(&farm->order);
    return code;
}

int mpi_batch(const mpi_job *job, int argc, char **argv) {
    cli_batch_args args;
    ent_path_list_t files = {0};
    ent_batch_options_t report, per_file;
    cli_batch_progress progress;
    int code = -1;
    if (job->rank == 0) {
        code = cli_batch_parse(argc, argv, &args);
        if (code < 0) {
            code = prepare(&args, argc, argv, &files, &report, &progress);
        }
    }
    code = mpi_share_decision(code);
    if (code >= 0) {
        if (job->rank == 0) {
            cli_batch_args_destroy(&args);
            ent_path_list_destroy(&files);
        }
        return code;
    }
    if (job->rank != 0) {
        /* Rank 0 found these good: parsing them again prints nothing. */
        cli_batch_parse(argc, argv, &args);
        cli_batch_options(&args, &report, &progress);
    }
    cli_pin_openmp();
    per_file = report;
    per_file.workers = 1;
    per_file.message = NULL;
    per_file.progress = NULL;
    batch_farm farm = {0};
    farm.per_file = &per_file;
    farm.report = &report;
    farm.paths = files.paths;
    farm.count = files.count;
    if (mpi_share_strings(&farm.paths, &farm.count)) {
        code = run_farm(job, &args, &farm);
    } else {
        code = EXIT_IO_ERROR;
        if (job->rank == 0) {
            fprintf(stderr, "entente batch: out of memory\n");
        }
    }
    if (job->rank != 0) {
        mpi_strings_free(farm.paths, farm.count);
    }
    ent_path_list_destroy(&files);
    cli_batch_args_destroy(&args);
    return code;
}
