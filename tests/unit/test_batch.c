/*
 * Unit tests of the batch module: the wire format, failed files, the same
 * bytes for any number of workers, a worker that dies or overruns the
 * time limit, and messages in input order.
 */
#include <CUnit/CUnit.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch/batch_internal.h"
#include "entente/io.h"
#include "entente/load.h"
#include "suites.h"

static char paths_storage[5][4096];

/* Two bundled snapshots, a broken file, a missing one, a valid fixture. */
static const char *const *inputs(size_t *count) {
    static const char *paths[5];
    snprintf(paths_storage[0], 4096, "%s/csto-2022-yerevan.json",
             ENT_GRAPHS_DIR);
    snprintf(paths_storage[1], 4096, "%s",
             test_data_path("bad/truncated.json"));
    snprintf(paths_storage[2], 4096, "%s/csto-2025-bishkek.json",
             ENT_GRAPHS_DIR);
    snprintf(paths_storage[3], 4096, "%s", test_data_path("no-such-file.json"));
    snprintf(paths_storage[4], 4096, "%s", test_data_path("valid.json"));
    for (size_t i = 0; i < 5; i++) {
        paths[i] = paths_storage[i];
    }
    *count = 5;
    return paths;
}

static char *table_text(const ent_batch_t *batch, ent_batch_table table,
                        ent_format format) {
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    CU_ASSERT_EQUAL(ent_batch_write(out, batch, table, format), ENT_OK);
    fclose(out);
    return text;
}

static void batch_wire_should_round_trip_every_member(void) {
    ent_batch_item_t item, back;
    memset(&item, 0, sizeof item);
    memset(&back, 0, sizeof back);
    for (int m = 0; m < ENT_GRAPH_METRIC_COUNT; m++) {
        item.graph[m] = m == 3 ? (double)NAN : 0.1 * m;
    }
    item.status = ENT_EINPUT;
    item.id = strdup("a \"b\"");
    item.nodes = strdup("x,y\n");
    CU_ASSERT_EQUAL(
        batch_item_add_message(&item, ENT_SEVERITY_ERROR, "f:1:2: error: e"),
        ENT_OK);
    CU_ASSERT_EQUAL(
        batch_item_add_message(&item, ENT_SEVERITY_NOTE, "f: note: n"), ENT_OK);
    char *data = NULL;
    size_t length = 0;
    CU_ASSERT_EQUAL_FATAL(batch_item_encode(&item, &data, &length), ENT_OK);
    CU_ASSERT_EQUAL_FATAL(batch_item_decode(&back, data, length), ENT_OK);
    CU_ASSERT_EQUAL(back.status, ENT_EINPUT);
    CU_ASSERT_STRING_EQUAL(back.id, "a \"b\"");
    CU_ASSERT_PTR_NULL(back.title);
    CU_ASSERT_STRING_EQUAL(back.nodes, "x,y\n");
    CU_ASSERT_PTR_NULL(back.groups);
    CU_ASSERT_TRUE(isnan(back.graph[3]));
    CU_ASSERT_EQUAL(back.graph[5], 0.5);
    CU_ASSERT_EQUAL_FATAL(back.message_count, 2);
    CU_ASSERT_EQUAL(back.messages[1].severity, ENT_SEVERITY_NOTE);
    CU_ASSERT_STRING_EQUAL(back.error, "f:1:2: error: e");
    /* A message cut short (a worker that died writing) is refused. */
    ent_batch_item_t cut;
    memset(&cut, 0, sizeof cut);
    CU_ASSERT_EQUAL(batch_item_decode(&cut, data, length - 3), ENT_EINTERNAL);
    batch_item_release(&cut);
    free(data);
    batch_item_release(&item);
    batch_item_release(&back);
}

static void batch_should_mark_bad_files_failed_and_go_on(void) {
    size_t count;
    const char *const *paths = inputs(&count);
    ent_batch_options_t options;
    ent_batch_options_init(&options);
    options.workers = 2;
    ent_batch_t batch;
    CU_ASSERT_EQUAL_FATAL(ent_batch_run(&batch, paths, count, &options, NULL),
                          ENT_OK);
    CU_ASSERT_EQUAL(batch.count, 5);
    CU_ASSERT_EQUAL(batch.succeeded, 3);
    CU_ASSERT_EQUAL(batch.failed, 2);
    CU_ASSERT_EQUAL(batch.items[0].status, ENT_OK);
    CU_ASSERT_STRING_EQUAL(batch.items[0].id, "csto-2022-yerevan");
    CU_ASSERT_EQUAL(batch.items[0].graph[ENT_GRAPH_NODES], 17);
    CU_ASSERT_EQUAL(batch.items[1].status, ENT_EINPUT);
    char expected[4200];
    snprintf(expected, sizeof expected,
             "%s:5:31: error: syntax error: unexpected end of input (is the "
             "file truncated?)",
             paths[1]);
    CU_ASSERT_STRING_EQUAL(batch.items[1].error, expected);
    CU_ASSERT_TRUE(isnan(batch.items[1].graph[ENT_GRAPH_NODES]));
    CU_ASSERT_NOT_EQUAL(batch.items[3].status, ENT_OK);
    CU_ASSERT_EQUAL(batch.items[4].status, ENT_OK);
    ent_batch_destroy(&batch);
}

static void batch_should_give_the_same_bytes_for_any_number_of_workers(void) {
    size_t count;
    const char *const *paths = inputs(&count);
    char *first[3] = {NULL, NULL, NULL};
    const size_t workers[] = {1, 4};
    for (size_t w = 0; w < 2; w++) {
        ent_batch_options_t options;
        ent_batch_options_init(&options);
        options.workers = workers[w];
        options.nodes = options.groups = 1;
        options.groups_format = ENT_FORMAT_JSON;
        ent_batch_t batch;
        CU_ASSERT_EQUAL_FATAL(
            ent_batch_run(&batch, paths, count, &options, NULL), ENT_OK);
        char *texts[3] = {
            table_text(&batch, ENT_BATCH_TABLE_SNAPSHOTS, ENT_FORMAT_CSV),
            table_text(&batch, ENT_BATCH_TABLE_NODES, ENT_FORMAT_CSV),
            table_text(&batch, ENT_BATCH_TABLE_GROUPS, ENT_FORMAT_JSON)};
        /* Rows made in CSV cannot be written as JSON. */
        CU_ASSERT_EQUAL(ent_batch_write(stderr, &batch, ENT_BATCH_TABLE_NODES,
                                        ENT_FORMAT_JSON),
                        ENT_EUSAGE);
        for (size_t t = 0; t < 3; t++) {
            if (w == 0) {
                first[t] = texts[t];
            } else {
                CU_ASSERT_STRING_EQUAL(texts[t], first[t]);
                free(texts[t]);
            }
        }
        ent_batch_destroy(&batch);
    }
    CU_ASSERT_PTR_NOT_NULL(strstr(first[1], "csto-2025-bishkek,ARM,Armenia"));
    CU_ASSERT_PTR_NOT_NULL(strstr(first[2], "\"group\": \"CSTO\""));
    for (size_t t = 0; t < 3; t++) {
        free(first[t]);
    }
}

/* The sampling `entente metrics` gets for `path` with `options`: the
 * batch must carry the same. */
static ent_betweenness_sampling_t
sampling_of(const char *path, const ent_metrics_options_t *options,
            double *centralization) {
    ent_snapshot_t *snapshot = NULL;
    ent_network_t *network = NULL;
    ent_metrics_t metrics;
    CU_ASSERT_EQUAL_FATAL(ent_snapshot_load_file(&snapshot, path, NULL, NULL),
                          ENT_OK);
    CU_ASSERT_EQUAL_FATAL(ent_network_build(&network, snapshot, NULL, NULL),
                          ENT_OK);
    CU_ASSERT_EQUAL_FATAL(ent_metrics_compute(&metrics, network, options, NULL),
                          ENT_OK);
    ent_betweenness_sampling_t sampling = metrics.sampling;
    *centralization = metrics.graph[ENT_GRAPH_BETWEENNESS_CENTRALIZATION];
    ent_metrics_destroy(&metrics);
    ent_network_destroy(network);
    ent_snapshot_free(snapshot);
    return sampling;
}

/*
 * Betweenness sampled at any size (as --epsilon asks): no table shows it
 * under the exact name. CSV headers say "_sampled" with the batch's
 * epsilon, delta and seed; each file's samples and bound are in the
 * snapshot table's betweenness_sampling column; JSON rows have the
 * sampled names and the "betweenness_sampling" object of `metrics`.
 */
static void batch_should_name_a_sampled_betweenness_as_sampled(void) {
    char path[4096];
    snprintf(path, sizeof path, "%s/csto-2022-yerevan.json", ENT_GRAPHS_DIR);
    const char *paths[] = {path};
    ent_batch_options_t options;
    ent_batch_options_init(&options);
    options.workers = 1;
    options.metrics.sample = 1;
    options.metrics.epsilon = 0.1;
    options.metrics.seed = 7;
    double centralization;
    ent_betweenness_sampling_t expected =
        sampling_of(path, &options.metrics, &centralization);
    CU_ASSERT_TRUE_FATAL(expected.sampled);
    for (int json = 0; json < 2; json++) {
        ent_format format = json ? ENT_FORMAT_JSON : ENT_FORMAT_CSV;
        options.nodes = 1;
        options.nodes_format = format;
        ent_batch_t batch;
        CU_ASSERT_EQUAL_FATAL(ent_batch_run(&batch, paths, 1, &options, NULL),
                              ENT_OK);
        const ent_batch_item_t *item = &batch.items[0];
        CU_ASSERT_TRUE(item->sampling.sampled);
        CU_ASSERT_EQUAL(item->sampling.samples, expected.samples);
        CU_ASSERT_EQUAL(item->sampling.bound, expected.bound);
        CU_ASSERT_EQUAL(item->graph[ENT_GRAPH_BETWEENNESS_CENTRALIZATION],
                        centralization);
        char *table = table_text(&batch, ENT_BATCH_TABLE_SNAPSHOTS, format);
        char *nodes = table_text(&batch, ENT_BATCH_TABLE_NODES, format);
        char bound[40], parameters[4400];
        ent_format_number(bound, sizeof bound, expected.bound);
        if (json) {
            snprintf(parameters, sizeof parameters,
                     "\"betweenness_sampling\": {\"method\": "
                     "\"Riondato-Kornaropoulos\", \"epsilon\": 0.1, "
                     "\"delta\": 0.05, \"seed\": 7, \"samples\": %zu, "
                     "\"vertex_diameter\": %zu, \"bound\": %s}}",
                     expected.samples, expected.vertex_diameter, bound);
            CU_ASSERT_PTR_NOT_NULL(strstr(table, parameters));
            CU_ASSERT_PTR_NOT_NULL(
                strstr(table, "\"betweenness_centralization_sampled\": "));
            CU_ASSERT_PTR_NULL(
                strstr(table, "\"betweenness_centralization\": "));
            CU_ASSERT_PTR_NOT_NULL(strstr(nodes, "\"betweenness_sampled\": "));
            CU_ASSERT_PTR_NULL(strstr(nodes, "\"betweenness\": "));
        } else {
            CU_ASSERT_PTR_NOT_NULL(
                strstr(table, ",betweenness_centralization_sampled(epsilon=0.1;"
                              "delta=0.05;seed=7),"));
            CU_ASSERT_PTR_NULL(strstr(table, ",betweenness_centralization,"));
            snprintf(parameters, sizeof parameters,
                     ",betweenness_sampling\n%s,", path);
            CU_ASSERT_PTR_NOT_NULL(strstr(table, parameters));
            snprintf(parameters, sizeof parameters,
                     ",epsilon=0.1;delta=0.05;seed=7;samples=%zu;bound=%s\n",
                     expected.samples, bound);
            CU_ASSERT_PTR_NOT_NULL(strstr(table, parameters));
            CU_ASSERT_PTR_NOT_NULL(strstr(
                nodes, ",type,degree,in_degree,out_degree,strength,"
                       "betweenness_sampled(epsilon=0.1;delta=0.05;seed=7),"
                       "closeness,"));
        }
        free(table);
        free(nodes);
        ent_batch_destroy(&batch);
    }
}

/*
 * A batch where one file was sampled and one was not (above 20,000
 * nodes and below): the CSV header is one, so both are under the
 * sampled name (an exact value meets any bound) and the last column
 * tells them apart; JSON rows are named each as its own.
 */
static void batch_should_tell_sampled_files_from_exact_ones(void) {
    ent_batch_item_t items[2];
    char names[2][16] = {"small.json", "big.json"};
    memset(items, 0, sizeof items);
    for (int i = 0; i < 2; i++) {
        items[i].path = names[i];
        items[i].status = ENT_OK;
        for (int m = 0; m < ENT_GRAPH_METRIC_COUNT; m++) {
            items[i].graph[m] = NAN;
        }
        items[i].graph[ENT_GRAPH_BETWEENNESS_CENTRALIZATION] = 0.25 * (i + 1);
    }
    items[1].sampling =
        (ent_betweenness_sampling_t){1, 0.01, 0.05, 1, 44979, 12, 0.5};
    ent_batch_t batch;
    memset(&batch, 0, sizeof batch);
    batch.items = items;
    batch.count = 2;
    char *csv = table_text(&batch, ENT_BATCH_TABLE_SNAPSHOTS, ENT_FORMAT_CSV);
    char *json = table_text(&batch, ENT_BATCH_TABLE_SNAPSHOTS, ENT_FORMAT_JSON);
    CU_ASSERT_PTR_NOT_NULL(strstr(
        csv, ",betweenness_centralization_sampled(epsilon=0.01;delta=0.05;"
             "seed=1),"));
    CU_ASSERT_PTR_NOT_NULL(strstr(csv, ",0.25,,,,,\n"));
    CU_ASSERT_PTR_NOT_NULL(
        strstr(csv, ",0.5,,,,,epsilon=0.01;delta=0.05;seed=1;samples=44979;"
                    "bound=0.5\n"));
    CU_ASSERT_PTR_NOT_NULL(
        strstr(json, "\"betweenness_centralization\": 0.25, "));
    CU_ASSERT_PTR_NOT_NULL(
        strstr(json, "\"betweenness_centralization_sampled\": 0.5, "));
    CU_ASSERT_PTR_NOT_NULL(strstr(
        json, "\"betweenness_sampling\": {\"method\": "
              "\"Riondato-Kornaropoulos\", \"epsilon\": 0.01, \"delta\": "
              "0.05, \"seed\": 1, \"samples\": 44979, "
              "\"vertex_diameter\": 12, \"bound\": 0.5}}\n]"));
    /* Without a sampled file, the table is as it always was. */
    batch.count = 1;
    char *exact = table_text(&batch, ENT_BATCH_TABLE_SNAPSHOTS, ENT_FORMAT_CSV);
    CU_ASSERT_PTR_NULL(strstr(exact, "sampl"));
    CU_ASSERT_PTR_NOT_NULL(strstr(exact, ",betweenness_centralization,"));
    free(csv);
    free(json);
    free(exact);
}

/* Dies on the Bishkek file, as a worker hit by a crash would. */
static ent_status crashing_process(batch_worker *worker, ent_batch_item_t *item,
                                   const char *path) {
    if (strstr(path, "bishkek") != NULL) {
        raise(SIGKILL);
    }
    return batch_process_file(worker, item, path);
}

static void batch_should_mark_the_file_of_a_dead_worker_and_go_on(void) {
    size_t count;
    const char *const *paths = inputs(&count);
    ent_batch_options_t options;
    ent_batch_options_init(&options);
    options.workers = 1; /* the replacement must take the remaining files */
    ent_batch_t batch;
    CU_ASSERT_EQUAL_FATAL(
        batch_run_with(&batch, paths, count, &options, crashing_process, NULL),
        ENT_OK);
    CU_ASSERT_EQUAL(batch.failed, 3);
    CU_ASSERT_EQUAL(batch.items[2].status, ENT_EINTERNAL);
    char expected[4200];
    snprintf(expected, sizeof expected,
             "%s: error: the worker processing this file was killed by "
             "signal 9 (Killed)",
             paths[2]);
    CU_ASSERT_STRING_EQUAL(batch.items[2].error, expected);
    CU_ASSERT_EQUAL(batch.items[4].status, ENT_OK);
    ent_batch_destroy(&batch);
}

/* Hangs on the Bishkek file, as a worker stuck in a loop or a read would;
 * answers every other file at once (real work could itself overrun a short
 * limit under valgrind on a busy machine). */
static ent_status hanging_process(batch_worker *worker, ent_batch_item_t *item,
                                  const char *path) {
    (void)worker;
    while (strstr(path, "bishkek") != NULL) {
        pause();
    }
    item->status = ENT_OK;
    for (int m = 0; m < ENT_GRAPH_METRIC_COUNT; m++) {
        item->graph[m] = NAN;
    }
    return ENT_OK;
}

static void batch_should_stop_a_worker_past_the_time_limit_and_go_on(void) {
    size_t count;
    const char *const *paths = inputs(&count);
    ent_batch_options_t options;
    ent_batch_options_init(&options);
    options.workers = 1; /* the replacement must take the remaining files */
    options.timeout = 0.25;
    ent_batch_t batch;
    CU_ASSERT_EQUAL_FATAL(
        batch_run_with(&batch, paths, count, &options, hanging_process, NULL),
        ENT_OK);
    CU_ASSERT_EQUAL(batch.failed, 1);
    CU_ASSERT_EQUAL(batch.items[2].status, ENT_EINTERNAL);
    char expected[4200];
    snprintf(expected, sizeof expected,
             "%s: error: the worker processing this file took longer than the "
             "limit of 0.25 s (--timeout) and was stopped",
             paths[2]);
    CU_ASSERT_STRING_EQUAL(batch.items[2].error, expected);
    for (size_t i = 0; i < count; i++) {
        CU_ASSERT(i == 2 || batch.items[i].status == ENT_OK);
    }
    ent_batch_destroy(&batch);
}

typedef struct {
    char lines[16][4200];
    size_t count;
} recorded;

static void record(void *payload, ent_severity severity, const char *text) {
    recorded *r = payload;
    if (severity == ENT_SEVERITY_ERROR && r->count < 16) {
        snprintf(r->lines[r->count++], sizeof r->lines[0], "%s", text);
    }
}

static void batch_should_report_messages_in_input_order(void) {
    size_t count;
    const char *const *paths = inputs(&count);
    ent_batch_options_t options;
    ent_batch_options_init(&options);
    options.workers = 3;
    recorded r;
    memset(&r, 0, sizeof r);
    options.message = record;
    options.payload = &r;
    ent_batch_t batch;
    CU_ASSERT_EQUAL_FATAL(ent_batch_run(&batch, paths, count, &options, NULL),
                          ENT_OK);
    CU_ASSERT_EQUAL_FATAL(r.count, 2);
    CU_ASSERT_EQUAL(strncmp(r.lines[0], paths[1], strlen(paths[1])), 0);
    CU_ASSERT_EQUAL(strncmp(r.lines[1], paths[3], strlen(paths[3])), 0);
    ent_batch_destroy(&batch);
}

int register_batch_tests(void) {
    CU_pSuite suite = CU_add_suite("batch", NULL, NULL);
    if (suite == NULL) {
        return CU_get_error();
    }
    static const struct {
        const char *name;
        CU_TestFunc test;
    } tests[] = {
        {"batch_wire_should_round_trip_every_member",
         batch_wire_should_round_trip_every_member},
        {"batch_should_mark_bad_files_failed_and_go_on",
         batch_should_mark_bad_files_failed_and_go_on},
        {"batch_should_give_the_same_bytes_for_any_number_of_workers",
         batch_should_give_the_same_bytes_for_any_number_of_workers},
        {"batch_should_mark_the_file_of_a_dead_worker_and_go_on",
         batch_should_mark_the_file_of_a_dead_worker_and_go_on},
        {"batch_should_stop_a_worker_past_the_time_limit_and_go_on",
         batch_should_stop_a_worker_past_the_time_limit_and_go_on},
        {"batch_should_report_messages_in_input_order",
         batch_should_report_messages_in_input_order},
        {"batch_should_name_a_sampled_betweenness_as_sampled",
         batch_should_name_a_sampled_betweenness_as_sampled},
        {"batch_should_tell_sampled_files_from_exact_ones",
         batch_should_tell_sampled_files_from_exact_ones},
    };
    for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++) {
        if (CU_add_test(suite, tests[i].name, tests[i].test) == NULL) {
            return CU_get_error();
        }
    }
    return CUE_SUCCESS;
}
