/*
 * The fresh-process load benchmark's program: loads one snapshot with
 * ent_snapshot_load_file (default options, warnings on), frees it and
 * prints the seconds the call took. bench/load_run starts it anew for
 * every run, so that each load meets memory never touched before, as a
 * user's first load does.
 * Usage: load FILE
 */
#include <stdio.h>
#include <time.h>

#include "entente/load.h"

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: load FILE\n");
        return 2;
    }
    ent_snapshot_t *snapshot = NULL;
    double start = now();
    ent_status status = ent_snapshot_load_file(&snapshot, argv[1], NULL, NULL);
    double took = now() - start;
    if (status != ENT_OK) {
        fprintf(stderr, "load: cannot load %s\n", argv[1]);
        return 1;
    }
    printf("%.6f\n", took);
    ent_snapshot_free(snapshot);
    return 0;
}
