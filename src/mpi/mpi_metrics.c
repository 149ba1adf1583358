/*
 * entente-mpi metrics: `entente metrics` with the all-pairs measures'
 * blocks of sources spread over the ranks. Every rank loads the snapshot
 * and builds the network (the same code as the local command); rank r
 * takes blocks r, r + N, ... of the fixed partition the local -j workers
 * use (metrics_allpairs.c), and rank 0 receives every block's bytes and
 * sums the blocks in block order, so the values are the same bits for
 * every N. Rank 0 alone goes on to the cheap measures and the output;
 * the other ranks stop once their blocks are sent. Networks below the
 * split size (ENT_METRICS_SPLIT_NODES) are measured by igraph's single
 * calls on every rank, and only rank 0's result is written.
 */
#include <limits.h>
#include <mpi.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli/cli_metrics.h"
#include "metrics/metrics_internal.h"
#include "mpi/mpi_internal.h"

/* MPI counts are ints: a region goes in pieces of at most 1 GiB. */
enum { PIECE = 1 << 30 };

/* Each byte of the region written by one rank, zero on the others: a
 * bitwise OR is their union, exact for any type. */
static void merge_on_rank0(const mpi_job *job,
                           const ent_allpairs_region_t *region) {
    char *data = region->data;
    for (size_t at = 0; at < region->size; at += PIECE) {
        size_t left = region->size - at;
        int n = left < PIECE ? (int)left : PIECE;
        if (job->rank == 0) {
            MPI_Reduce(MPI_IN_PLACE, data + at, n, MPI_BYTE, MPI_BOR, 0,
                       MPI_COMM_WORLD);
        } else {
            MPI_Reduce(data + at, NULL, n, MPI_BYTE, MPI_BOR, 0,
                       MPI_COMM_WORLD);
        }
    }
}

static igraph_error_t
spread_over_ranks(void *payload, ent_allpairs_share_fn *share, void *work,
                  const ent_allpairs_region_t *regions, size_t count) {
    const mpi_job *job = payload;
    int failed = share(work, job->rank, job->size) != IGRAPH_SUCCESS;
    mpi_barrier_quietly(); /* the reduction then finds every rank there */
    for (size_t i = 0; i < count; i++) {
        merge_on_rank0(job, &regions[i]);
    }
    MPI_Allreduce(MPI_IN_PLACE, &failed, 1, MPI_INT, MPI_MAX, MPI_COMM_WORLD);
    return failed           ? IGRAPH_FAILURE
           : job->rank == 0 ? IGRAPH_SUCCESS
                            : IGRAPH_INTERRUPTED;
}

int mpi_metrics(const mpi_job *job, int argc, char **argv) {
    cli_metrics_args args;
    ent_metrics_options_t mopts;
    ent_write_options_t write;
    int code = -1;
    if (job->rank == 0) {
        code = cli_metrics_parse(argc, argv, &args, &mopts, &write);
        if (code < 0 && args.jobs != 0) {
            code = cli_usage_error("metrics",
                                   "-j has no meaning under entente-mpi: the "
                                   "ranks are the workers (mpirun -n)");
        }
        if (code >= 0) {
            cli_metrics_args_destroy(&args);
        }
    }
    code = mpi_share_decision(code);
    if (code >= 0) {
        return code;
    }
    if (job->rank != 0) {
        /* Rank 0 found these good: parsing them again prints nothing. */
        cli_metrics_parse(argc, argv, &args, &mopts, &write);
    }
    cli_pin_openmp();
    ent_metrics_allpairs_set_spread(spread_over_ranks, (void *)job);
    if (job->rank == 0) {
        code = cli_metrics_run(&args, &mopts, &write);
    } else {
        /* The same load, build and measure; the result is rank 0's. */
        ent_diag_list_t diags;
        ent_diag_list_init(&diags);
        cli_measured m;
        cli_measure(&m, args.input, &args.network, &mopts, &diags);
        cli_measured_release(&m);
        ent_diag_list_destroy(&diags);
        code = EXIT_OK;
    }
    ent_metrics_allpairs_set_spread(NULL, NULL);
    cli_metrics_args_destroy(&args);
    return code;
}
