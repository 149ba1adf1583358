/*
 * entente-mpi: the single-machine commands over the ranks of an MPI job.
 * This module only decides who computes what; the computing is the same
 * library code the local commands call (batch, metrics, extract).
 *
 * Every rank parses the same arguments. Rank 0 parses first and reports
 * usage errors; the others parse only once rank 0 said to go on, so a
 * message is printed once. A rank that computes sends its results to rank
 * 0, which alone writes outputs and prints.
 */
#ifndef ENTENTE_MPI_INTERNAL_H
#define ENTENTE_MPI_INTERNAL_H

#include <stddef.h>

/* This process's rank and the job's size. */
typedef struct {
    int rank, size;
} mpi_job;

/* Tells every rank the exit status rank 0 decided (-1: go on); returns
 * it. Rank 0 passes its own; the others' `code` is ignored. */
int mpi_share_decision(int code);

/* MPI_Barrier without its busy polling: the ranks that arrive first
 * sleep in short steps, leaving their core to those still computing. */
void mpi_barrier_quietly(void);

/* Rank 0's list of strings, the same on every rank afterwards (heap:
 * mpi_strings_free). Returns 0 when out of memory (on any rank). */
int mpi_share_strings(char ***strings, size_t *count);
void mpi_strings_free(char **strings, size_t count);

/*
 * A farm of tasks 0..count-1: rank 0 hands a task to each free rank, one
 * at a time (uneven tasks balance themselves), and `collect` receives each
 * result's bytes on rank 0, in the order they come; the other ranks run
 * `work` (its bytes are heap, freed by the farm). With one rank, rank 0
 * runs every task itself. Returns 0 when a result could not be stored.
 */
typedef char *(*mpi_work_fn)(void *payload, size_t task, size_t *length);
typedef int (*mpi_collect_fn)(void *payload, size_t task, const char *data,
                              size_t length);
int mpi_farm(const mpi_job *job, size_t count, mpi_work_fn work,
             mpi_collect_fn collect, void *payload);

/* Rank 0's report in input order, whatever order results come in: after
 * mpi_order_finish(order, task), the tasks from order->next (before the
 * call) up to the new order->next are the ones now in order. */
typedef struct {
    unsigned char *finished; /* count + 1 flags */
    size_t count, next, done;
} mpi_order;
int mpi_order_init(mpi_order *order, size_t count); /* 0: out of memory */
size_t mpi_order_finish(mpi_order *order, size_t task);
void mpi_order_destroy(mpi_order *order);

/* The commands: argv[0] is the command word. */
int mpi_batch(const mpi_job *job, int argc, char **argv);
int mpi_metrics(const mpi_job *job, int argc, char **argv);
int mpi_extract(const mpi_job *job, int argc, char **argv);

#endif /* ENTENTE_MPI_INTERNAL_H */
