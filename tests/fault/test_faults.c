/*
 * Allocation failures injected as SQLite's test suite does (issue 16):
 * each module's entry points run on a small real input once for every N,
 * with the N-th allocation and every later one failing, until a run asks
 * for fewer than N; then again with the N-th alone failing. Every run
 * that met the failure must return ENT_ENOMEM (for a batch file: an item
 * whose status says so; see run_once for the recoveries allowed) and
 * leave nothing allocated; a run that did not must succeed. ASan reports a
 * double free or a use after free at once; the wrappers count the blocks left
 * after each run, and LeakSanitizer, asked after each scenario (after every run
 * it would take minutes), also sees igraph's and cJSON's. fault_alloc.c says
 * which allocations can fail and why only those.
 *
 * Usage: entente_fault_tests [SCENARIO [N [once]]]: one scenario, or one
 * run of it with allocation N and every later one failing (or N alone),
 * which prints where N was asked for.
 */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch/batch_internal.h"
#include "entente/entente.h"
#include "fault_alloc.h"

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#define LEAKS_FOUND() __lsan_do_recoverable_leak_check()
#else
#define LEAKS_FOUND() 0
#endif

/* Every N up to here; above, every FAULT_STRIDE-th N so that a run stays
 * well under a minute in the sanitizer build (the inputs are chosen small
 * enough that most scenarios never get there). */
enum { FAULT_EVERY_UP_TO = 4000, FAULT_STRIDE = 7 };

/* What the scenarios share, made before any failure is armed. */
static struct {
    ent_snapshot_t *snapshot;   /* graphs/csto-2025-bishkek.json */
    ent_snapshot_t *yerevan;    /* graphs/csto-2022-yerevan.json */
    ent_network_t *network;     /* of snapshot, active and frozen */
    ent_metrics_t metrics;      /* all of them */
    ent_renderer_t *renderer;   /* one Graphviz context per process */
    ent_gazetteer_t *gazetteer; /* graphs/gazetteer.json */
    char *article;              /* graphs/articles/...bishkek... */
    size_t article_length;
    FILE *sink; /* /dev/null, for the writers */
} fx;

static char *read_all(const char *path, size_t *length) {
    FILE *in = fopen(path, "rb");
    if (in == NULL) {
        return NULL;
    }
    char *text = malloc(1 << 20);
    *length = text ? fread(text, 1, (1 << 20) - 1, in) : 0;
    fclose(in);
    if (text != NULL) {
        text[*length] = '\0';
    }
    return text;
}

static const char *graph_path(const char *name) {
    static char path[2][4096];
    static int turn;
    turn = !turn;
    snprintf(path[turn], sizeof path[turn], "%s/%s", ENT_GRAPHS_DIR, name);
    return path[turn];
}

static const char *data_path(const char *name) {
    static char path[4][4096];
    static int turn;
    turn = (turn + 1) % 4;
    snprintf(path[turn], sizeof path[turn], "%s/%s", ENT_TEST_DATA_DIR, name);
    return path[turn];
}

/* ---- the scenarios: each frees all it made, whatever happens -------- */

static ent_status run_load(void) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_snapshot_t *s = NULL;
    ent_status status = ent_snapshot_load_file(
        &s, graph_path("csto-2025-bishkek.json"), NULL, &diags);
    ent_snapshot_free(s);
    ent_diag_list_destroy(&diags);
    return status;
}

static ent_status build_network(ent_network_t **network,
                                const ent_snapshot_t *snapshot,
                                ent_diag_list_t *diags) {
    ent_network_options_t options;
    ent_status status = ent_network_options_init(&options);
    if (status == ENT_OK) {
        status = ent_network_options_parse(&options, "status", "active,frozen",
                                           diags);
    }
    if (status == ENT_OK) {
        status = ent_network_build(network, snapshot, &options, diags);
    }
    ent_network_options_destroy(&options);
    return status;
}

static ent_status run_network(void) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_network_t *network = NULL;
    ent_status status = build_network(&network, fx.snapshot, &diags);
    if (status == ENT_OK) {
        ent_network_destroy(network);
    }
    ent_diag_list_destroy(&diags);
    return status;
}

static ent_status run_metrics(void) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_metrics_options_t options;
    ent_metrics_options_init(&options);
    ent_metrics_t metrics;
    ent_status status =
        ent_metrics_compute(&metrics, fx.network, &options, &diags);
    if (status == ENT_OK) {
        ent_metrics_destroy(&metrics);
    }
    ent_diag_list_destroy(&diags);
    return status;
}

static ent_status run_metrics_write(void) {
    static const ent_format formats[] = {ENT_FORMAT_JSON, ENT_FORMAT_CSV,
                                         ENT_FORMAT_TABLE};
    ent_status status = ENT_OK;
    for (size_t f = 0; status == ENT_OK && f < 3; f++) {
        ent_write_options_t options;
        ent_write_options_init(&options);
        options.format = formats[f];
        for (int level = ENT_LEVEL_NODES;
             status == ENT_OK && level <= ENT_LEVEL_GROUPS; level++) {
            options.level = (ent_csv_level)level;
            status = ent_metrics_write(fx.sink, &fx.metrics, &options);
        }
    }
    return status;
}

static ent_status run_render(void) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_render_options_t options;
    ent_render_options_init(&options);
    options.format = ENT_RENDER_SVG;
    char *data = NULL;
    size_t length = 0;
    ent_status status = ent_render_memory(fx.renderer, fx.network, &fx.metrics,
                                          &options, &data, &length, &diags);
    free(data);
    ent_diag_list_destroy(&diags);
    return status;
}

static ent_status write_comparison(const ent_comparison_t *c) {
    ent_status status = ent_compare_write_json(fx.sink, c);
    if (status == ENT_OK) {
        status = ent_compare_write_csv(fx.sink, c);
    }
    if (status == ENT_OK) {
        status = ent_compare_write_summary(fx.sink, c);
    }
    if (status == ENT_OK) {
        status = ent_compare_write_chart(fx.sink, c);
    }
    return status;
}

/* The fixtures' two snapshots, loaded by compare itself. */
static ent_status run_compare_files(void) {
    const char *paths[] = {data_path("compare/base.json"),
                           data_path("compare/edited.json")};
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_comparison_t *c = NULL;
    ent_status status = ent_comparison_new(&c, paths, 2, NULL, &diags);
    if (status == ENT_OK) {
        status = write_comparison(c);
    }
    ent_comparison_free(c);
    ent_diag_list_destroy(&diags);
    return status;
}

/* Two CSTO summits in memory: facts whose values are joined (several
 * chairs or leaders of one subject), the path facts_settle fails on. */
static ent_status run_compare_csto(void) {
    const ent_snapshot_t *snapshots[] = {fx.yerevan, fx.snapshot};
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_comparison_t *c = NULL;
    ent_status status =
        ent_comparison_new_from_snapshots(&c, snapshots, NULL, 2, NULL, &diags);
    if (status == ENT_OK) {
        status = write_comparison(c);
    }
    ent_comparison_free(c);
    ent_diag_list_destroy(&diags);
    return status;
}

/* Two chairs of BLOC (their values are joined) before the chair of PACT
 * and the leaders: facts_settle fails its join with facts still after
 * it, which it must neither free twice nor lose. */
static const char joined_snapshot[] =
    "{\"schema\": \"entente/1\", \"id\": \"joined\", \"title\": \"Joined\", "
    "\"date\": \"2024-05-01\", \"entities\": [\n"
    " {\"id\": \"KAZ\", \"type\": \"state\", \"name\": \"Kazakhstan\"},\n"
    " {\"id\": \"RUS\", \"type\": \"state\", \"name\": \"Russia\"},\n"
    " {\"id\": \"tokayev\", \"type\": \"person\", \"name\": \"Tokayev\"},\n"
    " {\"id\": \"BLOC\", \"type\": \"organization\", \"name\": \"Bloc\"},\n"
    " {\"id\": \"PACT\", \"type\": \"organization\", \"name\": \"Pact\"}],\n"
    " \"relations\": [\n"
    " {\"type\": \"member_of\", \"source\": \"KAZ\", \"target\": \"BLOC\"},\n"
    " {\"type\": \"member_of\", \"source\": \"RUS\", \"target\": \"BLOC\"},\n"
    " {\"type\": \"member_of\", \"source\": \"KAZ\", \"target\": \"PACT\"},\n"
    " {\"type\": \"chairs\", \"source\": \"KAZ\", \"target\": \"BLOC\", "
    "\"term\": \"2024\"},\n"
    " {\"type\": \"chairs\", \"source\": \"RUS\", \"target\": \"BLOC\", "
    "\"term\": \"2025\"},\n"
    " {\"type\": \"chairs\", \"source\": \"KAZ\", \"target\": \"PACT\"},\n"
    " {\"type\": \"leads\", \"source\": \"tokayev\", \"target\": \"KAZ\", "
    "\"role\": \"president\"}]}\n";

static ent_snapshot_t *joined; /* run_compare_joined's, made unarmed */

static int setup_compare_joined(void) {
    return ent_snapshot_load_buffer(&joined, joined_snapshot,
                                    strlen(joined_snapshot), "joined.json",
                                    NULL, NULL) == ENT_OK;
}

static void teardown_compare_joined(void) {
    ent_snapshot_free(joined);
    joined = NULL;
}

static ent_status run_compare_joined(void) {
    const ent_snapshot_t *snapshots[] = {joined, fx.snapshot};
    ent_comparison_t *c = NULL;
    ent_status status =
        ent_comparison_new_from_snapshots(&c, snapshots, NULL, 2, NULL, NULL);
    ent_comparison_free(c);
    return status;
}

static ent_comparison_t *drawn; /* run_compare_draw's, made unarmed */

static int setup_compare_draw(void) {
    const char *paths[] = {data_path("compare/base.json"),
                           data_path("compare/edited.json")};
    return ent_comparison_new(&drawn, paths, 2, NULL, NULL) == ENT_OK;
}

static void teardown_compare_draw(void) {
    ent_comparison_free(drawn);
    drawn = NULL;
}

static ent_status run_compare_draw(void) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_compare_files_t files = {NULL, 0};
    ent_status status =
        ent_compare_draw(drawn, fx.renderer, NULL, &files, &diags);
    ent_compare_files_free(&files);
    ent_diag_list_destroy(&diags);
    return status;
}

/* A worker's part of a batch: one file processed with its long tables,
 * sent over the wire and read back. A file that ran out of memory is an
 * item with that status, not a failed call. */
static ent_status run_batch_file(void) {
    ent_batch_options_t options;
    ent_batch_options_init(&options);
    options.nodes = options.groups = 1;
    options.metrics.jobs = 1;
    batch_worker worker = {&options, NULL};
    ent_batch_item_t item, back;
    memset(&item, 0, sizeof item);
    memset(&back, 0, sizeof back);
    ent_status status =
        batch_process_file(&worker, &item, data_path("valid.json"));
    if (status == ENT_OK) {
        status = item.status;
    }
    char *data = NULL;
    size_t length = 0;
    if (status == ENT_OK) {
        status = batch_item_encode(&item, &data, &length);
    }
    if (status == ENT_OK) {
        status = batch_item_decode(&back, data, length);
    }
    free(data);
    batch_item_release(&back);
    batch_item_release(&item);
    ent_renderer_free(worker.renderer);
    return status;
}

/* The parent's part: the pool (its workers never fail an allocation: the
 * fork handler below disarms them), the items it decodes and the tables
 * it writes; one good file, one broken, one that is no snapshot. */
static ent_status run_batch(void) {
    const char *paths[] = {data_path("dir/a.json"),
                           data_path("dir/broken.json"),
                           data_path("dir/gazetteer.json")};
    ent_batch_options_t options;
    ent_batch_options_init(&options);
    options.workers = 1;
    options.nodes = options.groups = 1;
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_batch_t batch;
    ent_status status = ent_batch_run(&batch, paths, 3, &options, &diags);
    for (int t = ENT_BATCH_TABLE_SNAPSHOTS;
         status == ENT_OK && t <= ENT_BATCH_TABLE_GROUPS; t++) {
        status = ent_batch_write(fx.sink, &batch, (ent_batch_table)t,
                                 ENT_FORMAT_CSV);
    }
    ent_batch_destroy(&batch);
    ent_diag_list_destroy(&diags);
    return status;
}

static const char small_gazetteer[] =
    "{\"schema\": \"entente-gazetteer/1\", \"entities\": [\n"
    " {\"id\": \"KAZ\", \"type\": \"state\", \"name\": \"Kazakhstan\", "
    "\"demonyms\": [\"Kazakh\"], \"capitals\": [\"Astana\"]},\n"
    " {\"id\": \"USA\", \"type\": \"state\", \"name\": \"United States\", "
    "\"aliases\": [\"US\"]},\n"
    " {\"id\": \"CSTO\", \"type\": \"organization\", \"name\": "
    "\"Collective Security Treaty Organization\", \"abbreviations\": "
    "[\"CSTO\"]},\n"
    " {\"id\": \"tokayev\", \"type\": \"person\", \"name\": "
    "\"Kassym-Jomart Tokayev\", \"aliases\": [\"Tokayev\"], "
    "\"offices\": [{\"role\": \"president\", \"of\": \"KAZ\", \"since\": "
    "\"2019-03-20\"}]}\n"
    "]}\n";

static ent_status run_gazetteer(void) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_gazetteer_t *g = NULL;
    ent_status status = ent_gazetteer_load_buffer(
        &g, small_gazetteer, strlen(small_gazetteer), "g.json", &diags);
    ent_gazetteer_free(g);
    ent_diag_list_destroy(&diags);
    return status;
}

/* The bundled CSTO article with the full gazetteer: memberships,
 * attendance, chairs and leaders drafted. */
static ent_status run_extract(void) {
    ent_extract_options_t options;
    ent_extract_options_init(&options);
    options.date = "2025-11-27";
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_snapshot_t *s = NULL;
    ent_status status =
        ent_extract_buffer(&s, fx.article, fx.article_length, "a.txt",
                           fx.gazetteer, &options, &diags);
    ent_snapshot_free(s);
    ent_diag_list_destroy(&diags);
    return status;
}

/* ---- the sweep ------------------------------------------------------ */

typedef struct {
    const char *name;
    ent_status (*run)(void);
    int (*setup)(void);     /* unarmed, before each run; NULL: none */
    void (*teardown)(void); /* unarmed, after each run */
    /* 1 when a single lost allocation may still end in ENT_OK: the
     * loader recovers (it parses the whole tree instead of streaming),
     * and so do the batch and compare paths that load files. Render
     * never does: a figure without a label, class or tooltip it could
     * not make is ENT_ENOMEM. Nothing may leak either way. */
    int recovers;
} scenario;

static const scenario scenarios[] = {
    {"load", run_load, NULL, NULL, 1},
    {"network", run_network, NULL, NULL, 0},
    {"metrics", run_metrics, NULL, NULL, 0},
    {"metrics-write", run_metrics_write, NULL, NULL, 0},
    {"render", run_render, NULL, NULL, 0},
    {"compare-files", run_compare_files, NULL, NULL, 1},
    {"compare-csto", run_compare_csto, NULL, NULL, 0},
    {"compare-joined", run_compare_joined, setup_compare_joined,
     teardown_compare_joined, 0},
    {"compare-draw", run_compare_draw, setup_compare_draw,
     teardown_compare_draw, 0},
    {"batch-file", run_batch_file, NULL, NULL, 1},
    {"batch", run_batch, NULL, NULL, 1},
    {"gazetteer", run_gazetteer, NULL, NULL, 0},
    {"extract", run_extract, NULL, NULL, 0},
};
enum { SCENARIO_COUNT = sizeof scenarios / sizeof scenarios[0] };

/* One run with allocation n failing (0: none), and with `every_after`
 * every later one too. Returns 0 when it went as it must, else says why
 * on stderr; sets *done when the run met no failure, *allocations to how
 * many it asked for. A run whose every allocation from n on failed must
 * say ENT_ENOMEM; one that lost a single allocation may also have
 * recovered, where the scenario says so, and say ENT_OK.
 * Either way nothing may be left allocated. */
static int run_once(const scenario *s, size_t n, int every_after, int single,
                    int *done, size_t *allocations) {
    if (s->setup != NULL && !s->setup()) {
        fprintf(stderr, "%s: setup failed\n", s->name);
        *done = 1;
        return 1;
    }
    const char *mode = every_after ? "and every later one" : "alone";
    size_t before = fault_outstanding();
    fault_arm(n, every_after);
    ent_status status = s->run();
    int hit = fault_hit();
    *allocations = fault_calls();
    fault_arm(0, 0);
    size_t after = fault_outstanding();
    int failed = 0;
    if (hit && status != ENT_ENOMEM &&
        (every_after || !s->recovers || status != ENT_OK)) {
        fprintf(stderr, "%s: allocation %zu %s failed: status %s, not %s\n",
                s->name, n, mode, ent_status_name(status),
                ent_status_name(ENT_ENOMEM));
        failed = 1;
    }
    if (!hit && status != ENT_OK) {
        fprintf(stderr, "%s: %zu allocations, none failed: status %s\n",
                s->name, *allocations, ent_status_name(status));
        failed = 1;
    }
    if (after != before) {
        fprintf(stderr, "%s: allocation %zu %s failed: %td blocks left\n",
                s->name, n, mode, (ptrdiff_t)(after - before));
        failed = 1;
    }
    if (single && LEAKS_FOUND()) {
        fprintf(stderr, "%s: allocation %zu %s failed: leaked (above)\n",
                s->name, n, mode);
        failed = 1;
    }
    if (s->teardown != NULL) {
        s->teardown();
    }
    *done = !hit;
    return failed;
}

/* Every N from 1 until a run needs fewer than N allocations (every
 * FAULT_STRIDE-th N above FAULT_EVERY_UP_TO), in both modes; stops at
 * the fifth failure, the first ones say enough. */
static int sweep(const scenario *s) {
    size_t allocations = 0, runs = 0;
    int done = 0;
    int failures = run_once(s, 0, 0, 0, &done, &allocations); /* warms caches */
    size_t total = allocations;
    for (int every_after = 1; every_after >= 0; every_after--) {
        done = 0;
        for (size_t n = 1; !done && (failures < 5 || getenv("FAULT_ALL"));
             runs++) {
            failures += run_once(s, n, every_after, 0, &done, &allocations);
            n += n < FAULT_EVERY_UP_TO ? 1 : FAULT_STRIDE;
        }
    }
    if (LEAKS_FOUND()) {
        fprintf(stderr,
                "%s: leaked (above); run %s N for each N to see "
                "which failure leaks\n",
                s->name, s->name);
        failures++;
    }
    printf("%-14s %6zu allocations, %6zu runs: %s\n", s->name, total, runs,
           failures ? "FAILED" : "ok");
    fflush(stdout);
    return failures;
}

/* A batch worker is a fork of this process: it must not fail where the
 * parent was armed to. */
static void disarm_in_child(void) { fault_arm(0, 0); }

static int fixtures_open(void) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_metrics_options_t metrics;
    ent_metrics_options_init(&metrics);
    int ok = ent_snapshot_load_file(&fx.snapshot,
                                    graph_path("csto-2025-bishkek.json"), NULL,
                                    &diags) == ENT_OK &&
             ent_snapshot_load_file(&fx.yerevan,
                                    graph_path("csto-2022-yerevan.json"), NULL,
                                    &diags) == ENT_OK &&
             build_network(&fx.network, fx.snapshot, &diags) == ENT_OK &&
             ent_metrics_compute(&fx.metrics, fx.network, &metrics, &diags) ==
                 ENT_OK &&
             ent_gazetteer_load_file(
                 &fx.gazetteer, graph_path("gazetteer.json"), &diags) == ENT_OK;
    fx.renderer = ok ? ent_renderer_new() : NULL;
    fx.article = read_all(graph_path("articles/csto-bishkek-summit-2025.txt"),
                          &fx.article_length);
    fx.sink = fopen("/dev/null", "w");
    for (size_t i = 0; i < diags.count; i++) {
        char *line = ent_diag_format(&diags.items[i]);
        fprintf(stderr, "%s\n", line ? line : "?");
        free(line);
    }
    ent_diag_list_destroy(&diags);
    return ok && fx.renderer && fx.article && fx.sink;
}

static void fixtures_close(void) {
    if (fx.sink != NULL) {
        fclose(fx.sink);
    }
    free(fx.article);
    ent_renderer_free(fx.renderer);
    ent_gazetteer_free(fx.gazetteer);
    ent_metrics_destroy(&fx.metrics);
    ent_network_destroy(fx.network);
    ent_snapshot_free(fx.yerevan);
    ent_snapshot_free(fx.snapshot);
}

int main(int argc, char **argv) {
    pthread_atfork(NULL, NULL, disarm_in_child);
    if (!fixtures_open()) {
        fputs("entente_fault_tests: cannot open the fixtures\n", stderr);
        return 1;
    }
    int failures = 0, found = argc < 2;
    for (size_t i = 0; i < SCENARIO_COUNT; i++) {
        const scenario *s = &scenarios[i];
        if (argc >= 2 && strcmp(argv[1], s->name) != 0) {
            continue;
        }
        found = 1;
        if (argc >= 3) {
            fault_trace(1);
            int done;
            size_t allocations;
            int once = argc >= 4 && strcmp(argv[3], "once") == 0;
            failures += run_once(s, strtoul(argv[2], NULL, 10), !once, 1, &done,
                                 &allocations);
        } else {
            failures += sweep(s) != 0;
        }
    }
    fixtures_close();
    if (!found) {
        fprintf(stderr, "entente_fault_tests: no scenario %s\n", argv[1]);
        return 2;
    }
    return failures ? 1 : 0;
}
