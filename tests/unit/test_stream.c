/*
 * Unit tests of the streaming load (src/load/stream.c): it takes the
 * common valid snapshot on its own, gives up on anything else, and the
 * load gives, either way, what the whole-tree load gives: the same status,
 * the same diagnostics to the byte and the same snapshot.
 */
#include <CUnit/CUnit.h>
#include <cjson/cJSON.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entente/load.h"
#include "load/load_internal.h"
#include "suites.h"

/* Every diagnostic formatted, one a line, then the snapshot written back
 * (or "no snapshot"): all a load gives its caller. */
static char *load_outcome(const char *data, size_t length,
                          const ent_load_options_t *options, int whole_tree) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_snapshot_t *snapshot = NULL;
    ent_status status =
        whole_tree ? load_buffer_whole_tree(&snapshot, data, length, "t.json",
                                            options, &diags)
                   : ent_snapshot_load_buffer(&snapshot, data, length, "t.json",
                                              options, &diags);
    size_t size = 64;
    for (size_t i = 0; i < diags.count; i++) {
        char *line = ent_diag_format(&diags.items[i]);
        size += strlen(line) + 1;
        free(line);
    }
    char *json = NULL;
    if (snapshot != NULL && ent_snapshot_to_json(snapshot, &json) != ENT_OK) {
        json = NULL;
    }
    size += json ? strlen(json) : 0;
    char *outcome = malloc(size);
    CU_ASSERT_PTR_NOT_NULL_FATAL(outcome);
    size_t used = (size_t)snprintf(outcome, size, "status %d\n", (int)status);
    for (size_t i = 0; i < diags.count; i++) {
        char *line = ent_diag_format(&diags.items[i]);
        used += (size_t)snprintf(outcome + used, size - used, "%s\n", line);
        free(line);
    }
    snprintf(outcome + used, size - used, "%s", json ? json : "no snapshot");
    free(json);
    ent_snapshot_free(snapshot);
    ent_diag_list_destroy(&diags);
    return outcome;
}

/* Asserts that both loads of `data` give the same, under the default
 * options and under a limit of one error without warnings. */
static void assert_loads_agree(const char *label, const char *data,
                               size_t length) {
    ent_load_options_t options[2];
    ent_load_options_init(&options[0]);
    ent_load_options_init(&options[1]);
    options[1].max_errors = 1;
    options[1].warnings = 0;
    for (size_t k = 0; k < 2; k++) {
        char *streamed = load_outcome(data, length, &options[k], 0);
        char *whole = load_outcome(data, length, &options[k], 1);
        CU_ASSERT_STRING_EQUAL(streamed, whole);
        if (strcmp(streamed, whole) != 0) {
            fprintf(stderr, "\n%s: streamed:\n%s\nwhole tree:\n%s\n", label,
                    streamed, whole);
        }
        free(streamed);
        free(whole);
    }
}

static char *read_file(const char *path, size_t *length) {
    FILE *file = fopen(path, "rb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(file);
    char *data = NULL;
    size_t used = 0, capacity = 0, got;
    do {
        if (used == capacity) {
            capacity = capacity ? capacity * 2 : 4096;
            data = realloc(data, capacity + 1);
            CU_ASSERT_PTR_NOT_NULL_FATAL(data);
        }
        got = fread(data + used, 1, capacity - used, file);
        used += got;
    } while (got > 0);
    fclose(file);
    data[used] = '\0';
    *length = used;
    return data;
}

/* Holds both loads to the same outcome on every *.json of a directory;
 * returns how many files it compared. */
static size_t compare_directory(const char *directory) {
    DIR *dir = opendir(directory);
    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    size_t compared = 0;
    struct dirent *entry;
    while ((entry = readdir(dir)) != NULL) {
        size_t name_length = strlen(entry->d_name);
        if (name_length < 5 ||
            strcmp(entry->d_name + name_length - 5, ".json") != 0) {
            continue;
        }
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", directory, entry->d_name);
        size_t length;
        char *data = read_file(path, &length);
        assert_loads_agree(path, data, length);
        free(data);
        compared++;
    }
    closedir(dir);
    return compared;
}

static void loads_should_agree_on_every_fixture_and_bundled_snapshot(void) {
    static const char *const fixtures[] = {
        "", "bad", "dir", "compare", "metrics", "fuzz-regressions"};
    size_t compared = 0;
    for (size_t i = 0; i < sizeof fixtures / sizeof fixtures[0]; i++) {
        compared += compare_directory(test_data_path(fixtures[i]));
    }
    compared += compare_directory(ENT_GRAPHS_DIR);
    /* 5 + 5 + 3 + 3 + 4 + 4 fixtures and the graphs: all were found. */
    CU_ASSERT(compared >= 24 + 5);
}

#define HEAD "{\"schema\": \"entente/1\", \"id\": \"t\",\n"
#define ENTITIES                                                               \
    "\"entities\": [{\"id\": \"A\", \"type\": \"state\"},\n"                   \
    "  {\"id\": \"B\", \"type\": \"state\", \"x\": [1, {\"y\": null}]}]"
#define RELATIONS                                                              \
    "\"relations\": [{\"type\": \"border_risk\", \"source\": \"A\", "          \
    "\"target\": \"B\", \"note\": \"n\", \"z\": {\"w\": true}}]"

/* Texts at the edges of what the stream reads: orders it cannot stream,
 * repeated or escaped members, bytes it must not take where cJSON would
 * not, and errors in each part. */
static const char *const edge_texts[] = {
    HEAD ENTITIES ",\n" RELATIONS "}",
    HEAD RELATIONS ",\n" ENTITIES "}",
    HEAD ENTITIES ",\n" RELATIONS ",\n\"sources\": [{\"id\": \"s\"}]}",
    HEAD ENTITIES
    ",\n" RELATIONS
    ",\n\"relation_types\": {\"border_risk\": {\"directed\": true}}}",
    HEAD ENTITIES ",\n" ENTITIES ",\n" RELATIONS "}",
    HEAD ENTITIES ",\n" RELATIONS ",\n" RELATIONS "}",
    HEAD ENTITIES ",\n" RELATIONS ", \"schema\": \"entente/1\"}",
    HEAD "\"entit\\u0069es\": [{\"id\": \"A\", \"type\": \"state\"}],\n"
         "\"relations\": []}",
    HEAD "\"entities\": [\xEF\xBB\xBF{\"id\": \"A\", \"type\": \"state\"}],\n"
         "\"relations\": []}",
    HEAD "\"entities\": [{\"id\": \"A\", \"type\": \"state\"},],\n"
         "\"relations\": []}",
    HEAD "\"entities\": [{\"id\": \"A\", \"type\": \"state\"}\n"
         "{\"id\": \"B\", \"type\": \"state\"}], \"relations\": []}",
    HEAD "\"entities\": [1, \"two\", null], \"relations\": []}",
    HEAD "\"entities\": {}, \"relations\": []}",
    HEAD ENTITIES ", \"relations\": {}}",
    HEAD ENTITIES ", \"relations\": [], \"extra\": 1} trailing",
    HEAD ENTITIES ",\n" RELATIONS "}\n\n",
    HEAD ENTITIES "}",
    "{\"schema\": \"entente-gazetteer/1\", " ENTITIES ", " RELATIONS "}",
    HEAD "\"sources\": [{\"id\": \"s\"}, {\"id\": \"s\"}],\n" ENTITIES
         ",\n" RELATIONS "}",
    HEAD "\"relation_types\": {\"border_risk\": {}},\n" ENTITIES ",\n" RELATIONS
         "}",
    HEAD "\"sources\": [{\"id\": \"s\", \"k\": [1]}],\n"
         "\"relation_types\": {\"t\": {\"q\": 1}},\n" ENTITIES ",\n"
         "\"relations\": [{\"type\": \"t\", \"source\": \"A\", \"target\": "
         "\"C\", \"source_ref\": \"s\"},\n"
         "{\"type\": \"t\", \"source\": \"A\", \"target\": \"B\", "
         "\"source_ref\": \"r\", \"weight\": -1}]}",
    HEAD ENTITIES ",\n\"relations\": [{\"type\": \"border_risk\", \"source\": "
                  "\"A\", \"target\": \"A\"}, {\"type\": \"border_risk\", "
                  "\"source\": \"B\", \"target\": \"A\"}, {\"type\": "
                  "\"border_risk\", \"source\": \"A\", \"target\": \"B\"}]}",
    "[" HEAD ENTITIES ", " RELATIONS "}]",
    "{}",
};

static void loads_should_agree_where_the_stream_gives_up(void) {
    for (size_t i = 0; i < sizeof edge_texts / sizeof edge_texts[0]; i++) {
        char label[32];
        snprintf(label, sizeof label, "edge text %zu", i);
        assert_loads_agree(label, edge_texts[i], strlen(edge_texts[i]));
    }
}

/* Runs the stream alone on `text`; returns what it returned and sets
 * *errors to the errors it left in the list. */
static int stream_alone(const char *text, size_t *entities, size_t *errors) {
    ent_snapshot_t *snapshot = ent_snapshot_new();
    CU_ASSERT_PTR_NOT_NULL_FATAL(snapshot);
    pending_list pending = {0};
    pending.max_errors = 20;
    int done = stream_document(text, strlen(text), strlen(text), snapshot, 1,
                               &pending);
    *entities = ent_snapshot_entity_count(snapshot);
    *errors = pending.errors;
    pending_release(&pending);
    ent_snapshot_free(snapshot);
    return done;
}

static void stream_should_take_a_valid_snapshot_on_its_own(void) {
    size_t entities, errors;
    CU_ASSERT_EQUAL(stream_alone(edge_texts[0], &entities, &errors), 1);
    CU_ASSERT_EQUAL(entities, 2);
    CU_ASSERT_EQUAL(errors, 0);
    size_t length;
    char *data = read_file(test_data_path("roundtrip.json"), &length);
    CU_ASSERT_EQUAL(stream_alone(data, &entities, &errors), 1);
    CU_ASSERT_EQUAL(entities, 4);
    free(data);
}

static void stream_should_give_up_on_relations_before_entities(void) {
    size_t entities, errors;
    CU_ASSERT_EQUAL(stream_alone(edge_texts[1], &entities, &errors), 0);
    /* ...and on sources or types that come too late to be walked first. */
    CU_ASSERT_EQUAL(stream_alone(edge_texts[2], &entities, &errors), 0);
    CU_ASSERT_EQUAL(stream_alone(edge_texts[3], &entities, &errors), 0);
    /* The load still takes them, through the whole tree. */
    size_t length = strlen(edge_texts[1]);
    char *outcome = load_outcome(edge_texts[1], length, NULL, 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(outcome, "status 0\n"));
    CU_ASSERT_PTR_NOT_NULL(strstr(outcome, "\"id\": \"B\""));
    free(outcome);
}

static void stream_should_give_up_at_the_first_error(void) {
    size_t entities, errors;
    /* /relations/0/target names no entity. */
    CU_ASSERT_EQUAL(stream_alone(edge_texts[20], &entities, &errors), 0);
    CU_ASSERT_EQUAL(errors, 1);
    /* A byte-order mark is no value inside an array. */
    CU_ASSERT_EQUAL(stream_alone(edge_texts[8], &entities, &errors), 0);
    CU_ASSERT_EQUAL(errors, 0);
}

/* cJSON's hooks are process-wide: every load must put malloc and free
 * back, or this free() is handed a pointer into a parse arena. */
static void loads_should_leave_cjson_on_malloc_and_free(void) {
    for (size_t i = 0; i < 3; i++) {
        char *outcome = load_outcome(edge_texts[i], strlen(edge_texts[i]), NULL,
                                     (int)(i == 2));
        free(outcome);
        void *memory = cJSON_malloc(64);
        CU_ASSERT_PTR_NOT_NULL_FATAL(memory);
        memset(memory, 0, 64);
        free(memory);
        cJSON *item = cJSON_CreateString("after a load");
        CU_ASSERT_STRING_EQUAL(cJSON_GetStringValue(item), "after a load");
        cJSON_Delete(item);
    }
}

/* Line and column of a byte offset, one byte at a time. */
static void position_of(const char *text, size_t offset, size_t *line,
                        size_t *column) {
    *line = 1;
    *column = 1;
    for (size_t i = 0; i < offset; i++) {
        if (text[i] == '\n') {
            ++*line;
            *column = 1;
        } else if (((unsigned char)text[i] & 0xC0) != 0x80) {
            ++*column;
        }
    }
}

/* A warning far along a long line of multi-byte names, and one on a
 * later line: line and column against a plain count of lead bytes. */
static void positions_should_count_characters_along_long_lines(void) {
    size_t size = 64 * 1024, used = 0;
    char *text = malloc(size);
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    used += (size_t)snprintf(text + used, size - used, HEAD "\"entities\": [");
    size_t unused_at = 0;
    for (int i = 0; i < 200; i++) {
        if (i == 199) {
            unused_at = used + 2; /* past ", " */
        }
        used += (size_t)snprintf(
            text + used, size - used,
            "%s{\"id\": \"E%d\", \"type\": \"state\", \"name\": "
            "\"\xD0\xA0\xD1\x83\xD1\x81\xD1\x8C \xF0\x9D\x84\x9E %d\"}",
            i ? ", " : "", i, i);
    }
    used += (size_t)snprintf(text + used, size - used, "],\n\"relations\": [");
    size_t loop_at = 0;
    for (int i = 0; i < 198; i++) {
        if (i == 197) {
            loop_at = used + 2; /* past ",\n" */
        }
        used += (size_t)snprintf(
            text + used, size - used,
            "%s{\"type\": \"border_risk\", \"source\": \"E%d\", "
            "\"target\": \"E%d\"}",
            i ? ",\n" : "", i, i == 197 ? i : i + 1);
    }
    snprintf(text + used, size - used, "]}\n");
    size_t line, column;
    char expected[2][128];
    position_of(text, unused_at, &line, &column);
    snprintf(expected[0], sizeof expected[0],
             "t.json:%zu:%zu: warning: entity \"E199\" takes part in no "
             "relation (at /entities/199)",
             line, column);
    position_of(text, loop_at, &line, &column);
    snprintf(expected[1], sizeof expected[1],
             "t.json:%zu:%zu: warning: relation \"border_risk\" ties "
             "\"E197\" to itself (at /relations/197)",
             line, column);
    char *outcome = load_outcome(text, strlen(text), NULL, 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(outcome, expected[0]));
    CU_ASSERT_PTR_NOT_NULL(strstr(outcome, expected[1]));
    if (strstr(outcome, expected[0]) == NULL ||
        strstr(outcome, expected[1]) == NULL) {
        fprintf(stderr, "\nexpected:\n%s\n%s\ngot:\n%.400s\n", expected[0],
                expected[1], outcome);
    }
    free(outcome);
    free(text);
}

int register_stream_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(loads_should_agree_on_every_fixture_and_bundled_snapshot),
        TEST_CASE(loads_should_agree_where_the_stream_gives_up),
        TEST_CASE(stream_should_take_a_valid_snapshot_on_its_own),
        TEST_CASE(stream_should_give_up_on_relations_before_entities),
        TEST_CASE(stream_should_give_up_at_the_first_error),
        TEST_CASE(loads_should_leave_cjson_on_malloc_and_free),
        TEST_CASE(positions_should_count_characters_along_long_lines),
    };
    return add_suite("stream", NULL, NULL, tests,
                     sizeof tests / sizeof tests[0]);
}
