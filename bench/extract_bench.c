/*
 * Benchmark of `entente extract`: the extractor's throughput in MB/s of
 * article text, on one core (CPU time of the process), with a gazetteer
 * loaded once (its load is timed apart). Usage: extract_bench GAZETTEER ARTICLE
 * REPEATS [DATE] Prints the size, the gazetteer's load time and size, then the
 * best, the first quartile and the median of REPEATS extractions and the
 * relations drafted.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "entente/extract.h"
#include "entente/io.h"

/* CPU time of the process: the machine is shared, and wall time there
 * counts other people's work. */
static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr,
                "usage: extract_bench GAZETTEER ARTICLE REPEATS [DATE]\n");
        return 2;
    }
    int repeats = atoi(argv[3]);
    if (repeats < 1 || repeats > 1000) {
        fprintf(stderr, "extract_bench: REPEATS from 1 to 1000\n");
        return 2;
    }
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_gazetteer_t *g = NULL;
    char *text = NULL;
    size_t length = 0;
    double start = now();
    if (ent_gazetteer_load_file(&g, argv[1], &diags) != ENT_OK ||
        ent_file_read(argv[2], ENT_EXTRACT_MAX_SIZE, &text, &length, &diags) !=
            ENT_OK) {
        fprintf(stderr, "extract_bench: cannot read the gazetteer or the "
                        "article\n");
        return 1;
    }
    double load = now() - start;
    printf("gazetteer: %zu entities, %zu spellings, loaded in %.3f s\n",
           ent_gazetteer_entity_count(g), ent_gazetteer_spelling_count(g),
           load);
    ent_extract_options_t options;
    ent_extract_options_init(&options);
    options.date = argc > 4 ? argv[4] : NULL;
    double *times = malloc((size_t)repeats * sizeof *times);
    size_t relations = 0;
    for (int k = 0; times != NULL && k < repeats; k++) {
        ent_snapshot_t *s = NULL;
        start = now();
        if (ent_extract_buffer(&s, text, length, argv[2], g, &options,
                               &diags) != ENT_OK) {
            fprintf(stderr, "extract_bench: extraction failed\n");
            return 1;
        }
        times[k] = now() - start;
        relations = ent_snapshot_relation_count(s);
        ent_snapshot_free(s);
    }
    if (times == NULL) {
        return 3;
    }
    qsort(times, (size_t)repeats, sizeof *times, by_value);
    double mb = (double)length / 1e6;
    printf("article: %.2f MB, %zu relations drafted\n", mb, relations);
    /* the best run is the machine's speed when no one else's work got in
     * the way (interference only ever adds time); the quartile and the
     * median say how often that was */
    double quartile = times[repeats / 4], median = times[repeats / 2];
    printf("extract: best %.3f s CPU (%.1f MB/s), first quartile %.3f s "
           "(%.1f MB/s), median %.3f s (%.1f MB/s) over %d runs\n",
           times[0], mb / times[0], quartile, mb / quartile, median,
           mb / median, repeats);
    free(times);
    free(text);
    ent_gazetteer_free(g);
    ent_diag_list_destroy(&diags);
    return 0;
}
