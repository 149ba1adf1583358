/*
 * entente-mpi: `entente batch`, `entente metrics` and `entente extract`
 * over the ranks of an MPI job (mpirun, srun). Rank 0 reads the
 * arguments, writes every output and prints every message; the other
 * ranks compute. A rank that dies ends the job (MPI_ERRORS_ARE_FATAL,
 * MPI's default); a bad file is a failed row, as with entente.
 */
#include <mpi.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "mpi/mpi_internal.h"

static void print_help(void) {
    printf("Usage: mpirun -n N entente-mpi COMMAND [ARGS...]\n"
           "\n"
           "The commands of entente spread over the N ranks of an MPI job; "
           "the\noutputs are the same bytes as the local commands give.\n"
           "\n"
           "Commands:\n"
           "  batch PATH... [batch options]   rank 0 hands the files out one "
           "at a time\n"
           "                                  (`entente batch --help`; no -j)\n"
           "  metrics FILE [metrics options]  the all-pairs measures split by "
           "sources\n"
           "                                  over the ranks (`entente metrics "
           "--help`;\n"
           "                                  no -j)\n"
           "  extract ARTICLE... -o DIR [extract options]\n"
           "                                  one snapshot per article, "
           "DIR/NAME.json, and\n"
           "                                  DIR/summary.csv\n"
           "\n"
           "Rank 0 only hands out work, writes and prints: a batch or an "
           "extraction\nneeds N >= 2 to run in parallel. A rank that dies ends "
           "the whole job.\n"
           "\n"
           "Exit status: as the command's (0 success, 1 bad input, 2 bad "
           "usage,\n3 I/O or internal error).\n");
}

static int dispatch(const mpi_job *job, int argc, char **argv) {
    const char *word = argc > 1 ? argv[1] : "";
    if (strcmp(word, "batch") == 0) {
        return mpi_batch(job, argc - 1, argv + 1);
    }
    if (strcmp(word, "metrics") == 0) {
        return mpi_metrics(job, argc - 1, argv + 1);
    }
    if (strcmp(word, "extract") == 0) {
        return mpi_extract(job, argc - 1, argv + 1);
    }
    if (job->rank != 0) {
        return EXIT_OK; /* rank 0 answers */
    }
    if (strcmp(word, "-h") == 0 || strcmp(word, "--help") == 0) {
        print_help();
        return EXIT_OK;
    }
    if (argc < 2) {
        fprintf(stderr, "entente-mpi: a command is required (batch, metrics "
                        "or extract)\n");
    } else {
        fprintf(stderr,
                "entente-mpi: unknown command '%s' (batch, metrics or "
                "extract)\n",
                word);
    }
    fprintf(stderr, "Try 'entente-mpi --help'.\n");
    return EXIT_BAD_USAGE;
}

int main(int argc, char **argv) {
    if (MPI_Init(&argc, &argv) != MPI_SUCCESS) {
        fprintf(stderr, "entente-mpi: MPI could not start\n");
        return EXIT_IO_ERROR;
    }
    mpi_job job;
    MPI_Comm_rank(MPI_COMM_WORLD, &job.rank);
    MPI_Comm_size(MPI_COMM_WORLD, &job.size);
    int code = dispatch(&job, argc, argv);
    fflush(stdout);
    MPI_Finalize();
    return code;
}
