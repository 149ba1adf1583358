/*
 * Metrics timed inside the process, as bench/peers.py times a peer's
 * call: the snapshot is loaded and the network built first (not timed),
 * then REPEATS times ent_metrics_compute with only the named metrics and
 * ent_metrics_write of the JSON to /dev/null. Prints "first SECONDS best
 * SECONDS write SECONDS": the first computation (cold caches and heap, as
 * in `entente metrics`), the best one, the best write (wall time,
 * CLOCK_MONOTONIC). Usage: compute SNAPSHOT REPEATS METRIC[,METRIC...]
 * [JOBS]: JOBS threads or workers (default 0: one per CPU, as `entente
 * metrics` without -j).
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "entente/load.h"
#include "entente/metrics.h"
#include "entente/network.h"

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    if (argc < 4 || argc > 5 || atoi(argv[2]) < 1) {
        fprintf(stderr,
                "usage: compute SNAPSHOT REPEATS METRIC[,...] [JOBS]\n");
        return 2;
    }
    int repeats = atoi(argv[2]);
    ent_snapshot_t *snapshot = NULL;
    ent_network_t *net = NULL;
    ent_metrics_options_t options;
    ent_metrics_t metrics;
    ent_write_options_t write;
    ent_metrics_options_init(&options);
    ent_write_options_init(&write);
    if (ent_snapshot_load_file(&snapshot, argv[1], NULL, NULL) != ENT_OK ||
        ent_network_build(&net, snapshot, NULL, NULL) != ENT_OK ||
        ent_metrics_options_parse(&options, argv[3], NULL) != ENT_OK) {
        fprintf(stderr, "compute: cannot load %s or parse %s\n", argv[1],
                argv[3]);
        return 1;
    }
    options.jobs = argc == 5 ? (unsigned)atoi(argv[4]) : 0;
    FILE *out = fopen("/dev/null", "w");
    double first = 0, best = 1e300, best_write = 1e300;
    for (int r = 0; out != NULL && r < repeats; r++) {
        double start = now();
        if (ent_metrics_compute(&metrics, net, &options, NULL) != ENT_OK) {
            return 3;
        }
        double computed = now();
        if (ent_metrics_write(out, &metrics, &write) != ENT_OK ||
            fflush(out) != 0) {
            return 3;
        }
        double written = now();
        first = r == 0 ? computed - start : first;
        best = computed - start < best ? computed - start : best;
        best_write =
            written - computed < best_write ? written - computed : best_write;
        ent_metrics_destroy(&metrics);
    }
    if (out == NULL) {
        return 3;
    }
    printf("first %.6f best %.6f write %.6f\n", first, best, best_write);
    fclose(out);
    ent_network_destroy(net);
    ent_snapshot_free(snapshot);
    return 0;
}
