/*
 * Worker processes over fixed blocks (metrics_workers.h).
 *
 * Each block's results go where the block says (memory shared with the
 * parent); here only what the processes need to agree on: which blocks
 * are complete, how many units each worker has done (for progress), and
 * a stop flag the parent raises. A worker leaves with _exit, so nothing
 * of the parent's is flushed or freed twice. A stop request (*stop, set
 * by the caller's signal handler, in the parent or in a worker that got
 * the terminal's SIGINT too) ends every block within one unit; the parent
 * waits for every worker before it returns, so none outlives the call.
 */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS; this file only */
#include <errno.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "metrics/metrics_workers.h"

typedef struct {
    volatile int stop_all;
    volatile int done[ENT_WORKERS_MAX_BLOCKS];
    volatile size_t units[ENT_WORKERS_MAX_BLOCKS]; /* by worker */
} shared_state_t;

struct ent_workers {
    shared_state_t *shared;
    int worker, workers;
    size_t total;
    const ent_metrics_control_t *control;
};

static int stop_requested(const ent_workers_t *w) {
    return w->shared->stop_all ||
           (w->control->stop != NULL && *w->control->stop);
}

static void report(const ent_workers_t *w) {
    if (w->control->progress == NULL) {
        return;
    }
    size_t done = 0;
    for (int i = 0; i < w->workers; i++) {
        done += w->shared->units[i];
    }
    w->control->progress(w->control->context, w->control->what, done, w->total);
}

int ent_workers_tick(ent_workers_t *w) {
    w->shared->units[w->worker]++;
    if (w->worker == 0) {
        report(w);
    }
    return stop_requested(w);
}

static igraph_error_t run_share(ent_workers_t *w, int blocks,
                                ent_block_fn *run_block, void *context) {
    for (int block = w->worker; block < blocks; block += w->workers) {
        if (stop_requested(w)) {
            return IGRAPH_INTERRUPTED;
        }
        /* Not IGRAPH_CHECK: a stop is no error for igraph's handler,
         * which would free the callers' IGRAPH_FINALLY stack. */
        igraph_error_t error = run_block(context, block, w);
        if (error != IGRAPH_SUCCESS) {
            return error;
        }
        w->shared->done[block] = 1;
    }
    return IGRAPH_SUCCESS;
}

/* Waits for the workers, reporting progress and passing a stop request
 * on, until all have left. */
static void wait_for(ent_workers_t *w, pid_t *pids, int count) {
    const struct timespec pause = {0, 20 * 1000 * 1000};
    int left = count;
    while (left > 0) {
        for (int i = 0; i < count; i++) {
            int status;
            pid_t r = pids[i] > 0 ? waitpid(pids[i], &status, WNOHANG) : 0;
            if (r > 0 || (r < 0 && errno != EINTR)) {
                pids[i] = 0; /* gone (or not ours: ECHILD) */
                left--;
            }
        }
        if (stop_requested(w)) {
            w->shared->stop_all = 1;
        }
        report(w);
        if (left > 0) {
            nanosleep(&pause, NULL);
        }
    }
}

igraph_error_t ent_workers_run(int blocks, unsigned jobs, size_t total,
                               ent_block_fn *run_block, void *context,
                               const ent_metrics_control_t *control) {
    static const ent_metrics_control_t none = {NULL, NULL, NULL, NULL};
    long cpus = jobs == 0 ? sysconf(_SC_NPROCESSORS_ONLN) : (long)jobs;
    int workers = cpus < 1 ? 1 : cpus > blocks ? blocks : (int)cpus;
    shared_state_t *shared =
        mmap(NULL, sizeof *shared, PROT_READ | PROT_WRITE,
             MAP_SHARED | MAP_ANONYMOUS, -1, 0); /* zero-filled */
    if (shared == MAP_FAILED) {
        IGRAPH_ERROR("cannot map memory for the workers", IGRAPH_ENOMEM);
    }
    ent_workers_t w = {shared, 0, workers < 1 ? 1 : workers, total,
                       control ? control : &none};
    pid_t pids[ENT_WORKERS_MAX_BLOCKS];
    int started = 0;
    igraph_error_t error = IGRAPH_SUCCESS;
    for (int i = 1; i < w.workers; i++) {
        pid_t pid = fork();
        if (pid == 0) {
            w.worker = i;
            _exit(run_share(&w, blocks, run_block, context) == IGRAPH_SUCCESS
                      ? 0
                      : 1);
        }
        if (pid < 0) {
            error = IGRAPH_FAILURE;
            shared->stop_all = 1; /* the started ones stop too */
            break;
        }
        pids[started++] = pid;
    }
    if (error == IGRAPH_SUCCESS) {
        error = run_share(&w, blocks, run_block, context);
        if (error != IGRAPH_SUCCESS) {
            shared->stop_all = 1;
        }
    }
    wait_for(&w, pids, started);
    for (int block = 0; block < blocks && error == IGRAPH_SUCCESS; block++) {
        if (!shared->done[block]) {
            error = stop_requested(&w) ? IGRAPH_INTERRUPTED : IGRAPH_FAILURE;
        }
    }
    if (error == IGRAPH_SUCCESS && control && control->stop && *control->stop) {
        error = IGRAPH_INTERRUPTED; /* late, but asked: nothing is kept */
    }
    munmap(shared, sizeof *shared);
    return error;
}

igraph_error_t ent_workers_run_share(int blocks, int member, int members,
                                     size_t total, ent_block_fn *run_block,
                                     void *context,
                                     const ent_metrics_control_t *control) {
    static const ent_metrics_control_t none = {NULL, NULL, NULL, NULL};
    shared_state_t state; /* no other process: plain memory */
    memset(&state, 0, sizeof state);
    ent_workers_t w = {&state, 0, 1, total, control ? control : &none};
    for (int block = member; block < blocks; block += members) {
        if (stop_requested(&w)) {
            return IGRAPH_INTERRUPTED;
        }
        igraph_error_t error = run_block(context, block, &w);
        if (error != IGRAPH_SUCCESS) {
            return error;
        }
    }
    return IGRAPH_SUCCESS;
}
