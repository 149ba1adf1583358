#include "mpi/mpi_internal.h"
int mpi_metrics(const mpi_job *job, int argc, char **argv) {
    (void)job;
    (void)argc;
    (void)argv;
    return 2;
}
