/*
 * What every entente-mpi command shares: rank 0's decisions told to every
 * rank, and the farm that hands tasks out one at a time (mpi_internal.h).
 */
#include <limits.h>
#include <mpi.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mpi/mpi_internal.h"

enum { TAG_TASK = 1, TAG_RESULT = 2 };

/* Sleeps a little longer each time nothing came, up to a millisecond. */
static void back_off(long *nanoseconds) {
    struct timespec pause = {0, *nanoseconds};
    nanosleep(&pause, NULL);
    *nanoseconds = *nanoseconds < 1000000 ? *nanoseconds * 2 : 1000000;
}

/* MPI's blocking calls poll without pause: a rank waiting there takes a
 * whole core from the ranks that compute when they share cores (more
 * ranks than cores, or rank 0 beside the workers). These wait asleep. */
static void wait_quietly(MPI_Request *request) {
    long pause = 10000;
    int done = 0;
    MPI_Test(request, &done, MPI_STATUS_IGNORE);
    while (!done) {
        back_off(&pause);
        MPI_Test(request, &done, MPI_STATUS_IGNORE);
    }
}

void mpi_barrier_quietly(void) {
    MPI_Request request;
    MPI_Ibarrier(MPI_COMM_WORLD, &request);
    wait_quietly(&request);
}

static void probe_quietly(int tag, MPI_Status *status) {
    long pause = 10000;
    int arrived = 0;
    MPI_Iprobe(MPI_ANY_SOURCE, tag, MPI_COMM_WORLD, &arrived, status);
    while (!arrived) {
        back_off(&pause);
        MPI_Iprobe(MPI_ANY_SOURCE, tag, MPI_COMM_WORLD, &arrived, status);
    }
}

int mpi_share_decision(int code) {
    MPI_Bcast(&code, 1, MPI_INT, 0, MPI_COMM_WORLD);
    return code;
}

/* The strings joined with their NULs on rank 0, split on the others. */
int mpi_share_strings(char ***strings, size_t *count) {
    int rank;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    uint64_t sizes[2] = {0, 0}; /* count, bytes */
    char *joined = NULL;
    if (rank == 0) {
        sizes[0] = *count;
        for (size_t i = 0; i < *count; i++) {
            sizes[1] += strlen((*strings)[i]) + 1;
        }
    }
    MPI_Bcast(sizes, 2, MPI_UINT64_T, 0, MPI_COMM_WORLD);
    int ok = sizes[1] < INT_MAX && (joined = malloc(sizes[1] + 1)) != NULL;
    for (size_t i = 0, at = 0; ok && rank == 0 && i < *count; i++) {
        size_t n = strlen((*strings)[i]) + 1;
        memcpy(joined + at, (*strings)[i], n);
        at += n;
    }
    MPI_Allreduce(MPI_IN_PLACE, &ok, 1, MPI_INT, MPI_MIN, MPI_COMM_WORLD);
    if (ok) {
        MPI_Bcast(joined, (int)sizes[1], MPI_CHAR, 0, MPI_COMM_WORLD);
    }
    if (ok && rank != 0) {
        *count = (size_t)sizes[0];
        *strings = calloc(*count + 1, sizeof **strings);
        for (size_t i = 0, at = 0; *strings && i < *count; i++) {
            (*strings)[i] = strdup(joined + at);
            at += strlen(joined + at) + 1;
            ok = ok && (*strings)[i] != NULL;
        }
        ok = ok && *strings != NULL;
    }
    free(joined);
    return ok;
}

void mpi_strings_free(char **strings, size_t count) {
    for (size_t i = 0; strings && i < count; i++) {
        free(strings[i]);
    }
    free(strings);
}

/* A worker rank: tasks until rank 0 sends the end (the task `count`). */
static void serve(size_t count, mpi_work_fn work, void *payload) {
    for (;;) {
        uint64_t task;
        MPI_Request request;
        MPI_Irecv(&task, 1, MPI_UINT64_T, 0, TAG_TASK, MPI_COMM_WORLD,
                  &request);
        wait_quietly(&request);
        if (task >= count) {
            return;
        }
        size_t length = 0;
        char *data = work(payload, (size_t)task, &length);
        /* An empty message stands for a result that could not be made;
         * a result beyond MPI's int count is one too. */
        int n = data != NULL && length < INT_MAX ? (int)length : 0;
        MPI_Send(data ? data : "", n, MPI_BYTE, 0, TAG_RESULT, MPI_COMM_WORLD);
        free(data);
    }
}

/* Rank 0 with nobody to hand tasks to. */
static int run_alone(size_t count, mpi_work_fn work, mpi_collect_fn collect,
                     void *payload) {
    int ok = 1;
    for (size_t task = 0; task < count && ok; task++) {
        size_t length = 0;
        char *data = work(payload, task, &length);
        ok = collect(payload, task, data, data ? length : 0);
        free(data);
    }
    return ok;
}

/* Sends rank `to` its next task, or the end when none is left or `stop`;
 * returns the task sent. */
static uint64_t hand_out(int to, uint64_t *next, size_t count, int stop) {
    uint64_t task = !stop && *next < count ? (*next)++ : count;
    MPI_Send(&task, 1, MPI_UINT64_T, to, TAG_TASK, MPI_COMM_WORLD);
    return task;
}

int mpi_farm(const mpi_job *job, size_t count, mpi_work_fn work,
             mpi_collect_fn collect, void *payload) {
    if (job->rank != 0) {
        serve(count, work, payload);
        return 1;
    }
    if (job->size == 1) {
        return run_alone(count, work, collect, payload);
    }
    uint64_t *held = calloc((size_t)job->size, sizeof *held);
    if (held == NULL) {
        MPI_Abort(MPI_COMM_WORLD, 3); /* the workers would wait for ever */
    }
    uint64_t next = 0;
    size_t busy = 0;
    for (int r = 1; r < job->size; r++) {
        held[r] = hand_out(r, &next, count, 0);
        busy += held[r] < count;
    }
    int ok = 1;
    char *data = NULL;
    while (busy > 0) {
        MPI_Status status;
        int length = 0;
        probe_quietly(TAG_RESULT, &status);
        MPI_Get_count(&status, MPI_BYTE, &length);
        char *grown = realloc(data, (size_t)length + 1);
        if (grown == NULL) {
            MPI_Abort(MPI_COMM_WORLD, 3);
        }
        data = grown;
        int from = status.MPI_SOURCE;
        MPI_Recv(data, length, MPI_BYTE, from, TAG_RESULT, MPI_COMM_WORLD,
                 MPI_STATUS_IGNORE);
        ok = ok && collect(payload, (size_t)held[from], data, (size_t)length);
        busy--;
        held[from] = hand_out(from, &next, count, !ok);
        busy += held[from] < count;
    }
    free(data);
    free(held);
    return ok;
}

int mpi_order_init(mpi_order *order, size_t count) {
    order->finished = calloc(count + 1, 1);
    order->count = count;
    order->next = order->done = 0;
    return order->finished != NULL;
}

size_t mpi_order_finish(mpi_order *order, size_t task) {
    size_t first = order->next;
    order->finished[task] = 1;
    order->done++;
    while (order->next < order->count && order->finished[order->next]) {
        order->next++;
    }
    return order->next - first;
}

void mpi_order_destroy(mpi_order *order) {
    free(order->finished);
    order->finished = NULL;
}
