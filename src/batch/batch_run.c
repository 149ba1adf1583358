/*
 * The worker pool. Each worker is a forked process joined to the parent by
 * a socket pair: the parent sends the index of a file (8 bytes), the
 * worker answers with one framed message (8-byte length, then the item as
 * batch_wire.c encodes it) and waits for the next index; the parent closes
 * the socket when no file is left, and the worker exits. Handing files out
 * one at a time balances uneven files; a round trip costs microseconds
 * against milliseconds of work per file.
 *
 * The parent never touches igraph or Graphviz, so each worker starts from
 * a clean copy of it. A worker that dies shows as end-of-file on its
 * socket: the file it held is marked failed with how it died, and a new
 * worker takes its place. Sockets rather than pipes because send() with
 * MSG_NOSIGNAL reports a dead peer as an error instead of killing the
 * parent with SIGPIPE, without touching the process's signal handlers.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifdef __linux__
#include <sys/prctl.h>
#endif

#include "batch/batch_internal.h"

typedef struct {
    pid_t pid; /* 0: no process */
    int fd;    /* the parent's end, -1 when closed */
    size_t task;
    int busy;
    struct timespec started; /* when it was handed its file */
} worker_slot;

typedef struct {
    const char *const *paths;
    size_t count;
    const ent_batch_options_t *options;
    batch_process_fn process;
    worker_slot *slots;
    size_t slot_count;
    ent_batch_t *batch;
    unsigned char *finished;
    size_t next_task, done, emitted;
    struct timespec start;
} pool;

static int write_full(int fd, const void *data, size_t length) {
    const char *p = data;
    while (length > 0) {
        ssize_t n = send(fd, p, length, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return -1;
        }
        p += n;
        length -= (size_t)n;
    }
    return 0;
}

static int read_full(int fd, void *data, size_t length) {
    char *p = data;
    while (length > 0) {
        ssize_t n = read(fd, p, length);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return -1;
        }
        p += n;
        length -= (size_t)n;
    }
    return 0;
}

/* The worker's life: files until the parent closes the socket. */
static void worker_main(const pool *p, int fd) {
    batch_worker worker = {p->options, NULL};
    uint64_t index;
    while (read_full(fd, &index, sizeof index) == 0 && index < p->count) {
        ent_batch_item_t item;
        memset(&item, 0, sizeof item);
        if (p->process(&worker, &item, p->paths[index]) != ENT_OK) {
            item.status = ENT_ENOMEM;
        }
        char *data = NULL;
        size_t length = 0;
        int sent = batch_item_encode(&item, &data, &length) == ENT_OK;
        uint64_t frame = length;
        sent = sent && write_full(fd, &frame, sizeof frame) == 0 &&
               write_full(fd, data, length) == 0;
        free(data);
        batch_item_release(&item);
        if (!sent) {
            break; /* the parent sees the end of the socket: a failure */
        }
    }
    ent_renderer_free(worker.renderer);
}

/* A worker must not outlive the batch: when the parent dies (Ctrl-C,
 * SIGTERM, a kill), the kernel kills the worker. The check after the
 * request covers a parent that died before it was made. */
static void die_with_parent(pid_t parent) {
#ifdef __linux__
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != parent) {
        _exit(1);
    }
#else
    (void)parent;
#endif
}

static ent_status spawn(pool *p, worker_slot *slot, ent_diag_list_t *diags) {
    int pair[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, pair) != 0) {
        ent_diag_add_errno(diags, NULL, "cannot start a worker", errno);
        return ENT_EIO;
    }
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        ent_diag_add_errno(diags, NULL, "cannot start a worker", errno);
        close(pair[0]);
        close(pair[1]);
        return ENT_EIO;
    }
    if (pid == 0) {
        die_with_parent(parent);
        /* Only its own end: a sibling holding another worker's end would
         * keep that worker waiting after the parent closed it. */
        close(pair[0]);
        for (size_t i = 0; i < p->slot_count; i++) {
            if (p->slots[i].fd >= 0) {
                close(p->slots[i].fd);
            }
        }
        worker_main(p, pair[1]);
        /* _exit: the parent's stdio buffers and atexit handlers are the
         * parent's, not to be run twice. */
        _exit(0);
    }
    close(pair[1]);
    slot->pid = pid;
    slot->fd = pair[0];
    slot->busy = 0;
    return ENT_OK;
}

/* Closes the parent's end and collects the process; describes its end. */
static void retire(worker_slot *slot, char *how, size_t size) {
    if (slot->fd >= 0) {
        close(slot->fd);
        slot->fd = -1;
    }
    int status = 0;
    pid_t reaped = -1;
    if (slot->pid > 0) {
        do {
            reaped = waitpid(slot->pid, &status, 0);
        } while (reaped < 0 && errno == EINTR);
    }
    slot->pid = 0;
    if (how == NULL) {
        return;
    }
    if (reaped > 0 && WIFSIGNALED(status)) {
        snprintf(how, size, "was killed by signal %d (%s)", WTERMSIG(status),
                 strsignal(WTERMSIG(status)));
    } else if (reaped > 0 && WIFEXITED(status)) {
        snprintf(how, size, "exited with status %d", WEXITSTATUS(status));
    } else {
        snprintf(how, size, "vanished");
    }
}

static double seconds_since(const struct timespec *start) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start->tv_sec) +
           (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

/* Marks file `task` done; reports in input order what is now in order. */
static void finish(pool *p, size_t task) {
    ent_batch_item_t *item = &p->batch->items[task];
    p->finished[task] = 1;
    p->done++;
    if (item->status == ENT_OK) {
        p->batch->succeeded++;
    } else {
        p->batch->failed++;
    }
    const ent_batch_options_t *options = p->options;
    while (p->emitted < p->count && p->finished[p->emitted]) {
        const ent_batch_item_t *next = &p->batch->items[p->emitted++];
        for (size_t i = 0; options->message && i < next->message_count; i++) {
            options->message(options->payload, next->messages[i].severity,
                             next->messages[i].text);
        }
    }
    if (options->progress != NULL) {
        ent_batch_progress_t progress = {p->done, p->batch->failed, p->count,
                                         seconds_since(&p->start)};
        options->progress(options->payload, &progress);
    }
}

/* A file whose worker died: failed, with a message that says how. */
static ent_status fail_task(pool *p, size_t task, const char *how) {
    ent_batch_item_t *item = &p->batch->items[task];
    batch_item_release(item);
    for (int m = 0; m < ENT_GRAPH_METRIC_COUNT; m++) {
        item->graph[m] = NAN;
    }
    item->path = strdup(p->paths[task]);
    item->status = ENT_EINTERNAL;
    char line[1024];
    snprintf(line, sizeof line, "%s: error: the worker processing this file %s",
             p->paths[task], how);
    ent_status status =
        item->path ? batch_item_add_message(item, ENT_SEVERITY_ERROR, line)
                   : ENT_ENOMEM;
    finish(p, task);
    return status;
}

/* Gives the slot its next file, or retires it when none is left. */
static ent_status assign(pool *p, worker_slot *slot, ent_diag_list_t *diags) {
    if (p->next_task >= p->count) {
        retire(slot, NULL, 0);
        return ENT_OK;
    }
    for (int attempt = 0; attempt < 2; attempt++) {
        if (slot->pid == 0) {
            ent_status status = spawn(p, slot, diags);
            if (status != ENT_OK) {
                return status;
            }
        }
        uint64_t index = p->next_task;
        if (write_full(slot->fd, &index, sizeof index) == 0) {
            slot->task = p->next_task++;
            slot->busy = 1;
            clock_gettime(CLOCK_MONOTONIC, &slot->started);
            return ENT_OK;
        }
        retire(slot, NULL, 0); /* died between files: start another */
    }
    return fail_task(p, p->next_task++, "could not be started");
}

/* Reads one answer from a slot whose socket is readable. */
static ent_status receive(pool *p, worker_slot *slot, ent_diag_list_t *diags) {
    uint64_t length = 0;
    char *data = NULL;
    ent_status status = ENT_EINTERNAL;
    if (read_full(slot->fd, &length, sizeof length) == 0 &&
        length < (uint64_t)SIZE_MAX && (data = malloc(length + 1)) != NULL &&
        read_full(slot->fd, data, length) == 0) {
        ent_batch_item_t *item = &p->batch->items[slot->task];
        status = batch_item_decode(item, data, length);
        if (status == ENT_OK) {
            item->path = strdup(p->paths[slot->task]);
            status = item->path ? ENT_OK : ENT_ENOMEM;
        }
    }
    free(data);
    slot->busy = 0;
    if (status == ENT_ENOMEM) {
        return status;
    }
    if (status != ENT_OK) {
        char how[256];
        retire(slot, how, sizeof how);
        status = fail_task(p, slot->task, how);
    } else {
        finish(p, slot->task);
    }
    return status == ENT_OK ? assign(p, slot, diags) : status;
}

/* Descriptors the process may still open: each worker holds one in the
 * parent, and two while it is being started. */
static size_t free_descriptors(void) {
    struct rlimit limit;
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 ||
        limit.rlim_cur == RLIM_INFINITY) {
        return SIZE_MAX;
    }
    size_t open_now = 0;
    rlim_t scan = limit.rlim_cur < 65536 ? limit.rlim_cur : 65536;
    for (rlim_t fd = 0; fd < scan; fd++) {
        open_now += fcntl((int)fd, F_GETFD) != -1;
    }
    return limit.rlim_cur > open_now ? (size_t)(limit.rlim_cur - open_now) : 0;
}

/* Reserved for the start of a worker and the files a batch writes. */
enum { RESERVED_DESCRIPTORS = 8 };

static size_t worker_count(const ent_batch_options_t *options, size_t files,
                           ent_diag_list_t *diags) {
    size_t workers = options->workers;
    if (workers == 0) {
        long cpus = sysconf(_SC_NPROCESSORS_ONLN);
        workers = cpus > 0 ? (size_t)cpus : 1;
    }
    workers = workers < files ? workers : files;
    size_t available = free_descriptors();
    size_t allowed =
        available > RESERVED_DESCRIPTORS ? available - RESERVED_DESCRIPTORS : 1;
    if (workers > allowed) {
        ent_diag_add(diags, ENT_SEVERITY_NOTE, NULL, 0, 0, NULL,
                     "%zu workers instead of %zu: the limit on open files "
                     "(ulimit -n) leaves room for no more",
                     allowed, workers);
        workers = allowed;
    }
    return workers;
}

/* Milliseconds until the first busy worker overruns the time limit (0 when
 * one already has), or -1 to wait without limit. */
static int poll_timeout(const pool *p) {
    double timeout = p->options->timeout;
    int any = 0;
    double first = 0;
    for (size_t i = 0; timeout > 0 && i < p->slot_count; i++) {
        if (p->slots[i].busy) {
            double left = timeout - seconds_since(&p->slots[i].started);
            first = !any || left < first ? left : first;
            any = 1;
        }
    }
    if (!any) {
        return -1;
    }
    double ms = first > 0 ? first * 1000.0 + 1.0 : 0.0;
    return ms > (double)INT_MAX ? INT_MAX : (int)ms;
}

/* Kills each worker past the time limit; its file fails, a new worker
 * takes the next one. */
static ent_status stop_overrunning(pool *p, ent_diag_list_t *diags) {
    double timeout = p->options->timeout;
    ent_status status = ENT_OK;
    for (size_t i = 0; i < p->slot_count && status == ENT_OK; i++) {
        worker_slot *slot = &p->slots[i];
        if (!(timeout > 0) || !slot->busy ||
            seconds_since(&slot->started) < timeout) {
            continue;
        }
        kill(slot->pid, SIGKILL);
        retire(slot, NULL, 0);
        slot->busy = 0;
        char how[128];
        snprintf(how, sizeof how,
                 "took longer than the limit of %g s (--timeout) and was "
                 "stopped",
                 timeout);
        status = fail_task(p, slot->task, how);
        if (status == ENT_OK) {
            status = assign(p, slot, diags);
        }
    }
    return status;
}

static ent_status run_pool(pool *p, ent_diag_list_t *diags) {
    ent_status status = ENT_OK;
    struct pollfd *polls = calloc(p->slot_count, sizeof *polls);
    if (polls == NULL) {
        return ENT_ENOMEM;
    }
    for (size_t i = 0; i < p->slot_count && status == ENT_OK; i++) {
        status = assign(p, &p->slots[i], diags);
    }
    while (status == ENT_OK && p->done < p->count) {
        size_t watched = 0;
        for (size_t i = 0; i < p->slot_count; i++) {
            polls[i].fd = p->slots[i].busy ? p->slots[i].fd : -1;
            polls[i].events = POLLIN;
            polls[i].revents = 0;
            watched += p->slots[i].busy;
        }
        if (watched == 0) {
            ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                         "no worker is left to process the files");
            status = ENT_EINTERNAL;
            break;
        }
        int ready = poll(polls, p->slot_count, poll_timeout(p));
        if (ready < 0) {
            if (errno == EINTR) {
                continue;
            }
            ent_diag_add_errno(diags, NULL, "cannot wait for the workers",
                               errno);
            status = ENT_EIO;
            break;
        }
        for (size_t i = 0; i < p->slot_count && status == ENT_OK; i++) {
            if (polls[i].fd >= 0 && polls[i].revents != 0) {
                status = receive(p, &p->slots[i], diags);
            }
        }
        if (status == ENT_OK) {
            status = stop_overrunning(p, diags);
        }
    }
    free(polls);
    return status;
}

/* Two inputs whose diagrams would overwrite each other. */
static int compare_strings(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A file's identity, whatever the spelling of its path. */
typedef struct {
    dev_t device;
    ino_t inode;
} file_key;

static int compare_keys(const void *a, const void *b) {
    const file_key *x = a, *y = b;
    if (x->device != y->device) {
        return x->device < y->device ? -1 : 1;
    }
    return x->inode < y->inode ? -1 : x->inode > y->inode;
}

/* The existing inputs, sorted by identity; *count of them. */
static file_key *input_keys(const char *const *paths, size_t count,
                            size_t *found) {
    file_key *keys = calloc(count + 1, sizeof *keys);
    *found = 0;
    for (size_t i = 0; keys && i < count; i++) {
        struct stat info;
        if (stat(paths[i], &info) == 0) {
            keys[(*found)++] = (file_key){info.st_dev, info.st_ino};
        }
    }
    if (keys != NULL) {
        qsort(keys, *found, sizeof *keys, compare_keys);
    }
    return keys;
}

/* A diagram path that names one of the inputs: drawing it would destroy
 * that input (`batch x.json x.svg --render .`). */
static ent_status check_render_not_input(char *const *names, size_t count,
                                         const char *const *paths,
                                         ent_diag_list_t *diags) {
    size_t existing;
    file_key *keys = input_keys(paths, count, &existing);
    if (keys == NULL) {
        return ENT_ENOMEM;
    }
    ent_status status = ENT_OK;
    for (size_t i = 0; i < count && status == ENT_OK; i++) {
        struct stat info;
        file_key key;
        if (stat(names[i], &info) != 0) {
            continue;
        }
        key = (file_key){info.st_dev, info.st_ino};
        if (bsearch(&key, keys, existing, sizeof *keys, compare_keys)) {
            ent_diag_add(diags, ENT_SEVERITY_ERROR, names[i], 0, 0, NULL,
                         "a diagram would overwrite this input: give "
                         "--render another directory");
            status = ENT_EUSAGE;
        }
    }
    free(keys);
    return status;
}

ent_status batch_check_render_names(const char *const *paths, size_t count,
                                    const ent_batch_options_t *options,
                                    ent_diag_list_t *diags) {
    char **names = calloc(count + 1, sizeof *names);
    ent_status status = names ? ENT_OK : ENT_ENOMEM;
    for (size_t i = 0; status == ENT_OK && i < count; i++) {
        names[i] = batch_render_path(options->render_dir, paths[i],
                                     options->render.format);
        status = names[i] ? ENT_OK : ENT_ENOMEM;
    }
    if (status == ENT_OK) {
        status = check_render_not_input(names, count, paths, diags);
    }
    if (status == ENT_OK && count > 1) {
        qsort(names, count, sizeof *names, compare_strings);
        for (size_t i = 1; i < count && status == ENT_OK; i++) {
            if (strcmp(names[i - 1], names[i]) == 0) {
                ent_diag_add(diags, ENT_SEVERITY_ERROR, names[i], 0, 0, NULL,
                             "two inputs would draw to this file: give "
                             "--render inputs with distinct names");
                status = ENT_EUSAGE;
            }
        }
    }
    for (size_t i = 0; names && i < count; i++) {
        free(names[i]);
    }
    free(names);
    return status;
}

ent_status batch_run_with(ent_batch_t *batch, const char *const *paths,
                          size_t count, const ent_batch_options_t *options,
                          batch_process_fn process, ent_diag_list_t *diags) {
    memset(batch, 0, sizeof *batch);
    batch->nodes = options->nodes;
    batch->groups = options->groups;
    batch->nodes_format = options->nodes_format;
    batch->groups_format = options->groups_format;
    pool p;
    memset(&p, 0, sizeof p);
    p.paths = paths;
    p.count = count;
    p.options = options;
    p.process = process;
    p.batch = batch;
    p.slot_count = worker_count(options, count, diags);
    clock_gettime(CLOCK_MONOTONIC, &p.start);
    ent_status status = ENT_OK;
    if (options->render_dir != NULL) {
        status = batch_check_render_names(paths, count, options, diags);
    }
    batch->items = calloc(count + 1, sizeof *batch->items);
    p.finished = calloc(count + 1, 1);
    p.slots = calloc(p.slot_count + 1, sizeof *p.slots);
    if (status == ENT_OK && (!batch->items || !p.finished || !p.slots)) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "out of memory");
        status = ENT_ENOMEM;
    }
    batch->count = batch->items ? count : 0;
    for (size_t i = 0; p.slots && i < p.slot_count; i++) {
        p.slots[i].fd = -1;
    }
    if (status == ENT_OK) {
        status = run_pool(&p, diags);
    }
    for (size_t i = 0; p.slots && i < p.slot_count; i++) {
        retire(&p.slots[i], NULL, 0);
    }
    free(p.slots);
    free(p.finished);
    if (status != ENT_OK) {
        ent_batch_destroy(batch);
    }
    return status;
}

ent_status ent_batch_run(ent_batch_t *batch, const char *const *paths,
                         size_t count, const ent_batch_options_t *options,
                         ent_diag_list_t *diags) {
    return batch_run_with(batch, paths, count, options, batch_process_file,
                          diags);
}

void ent_batch_destroy(ent_batch_t *batch) {
    for (size_t i = 0; batch->items && i < batch->count; i++) {
        batch_item_release(&batch->items[i]);
    }
    free(batch->items);
    memset(batch, 0, sizeof *batch);
}
