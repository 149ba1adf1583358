/*
 * Replays every input under tests/data/fuzz-regressions/ through the
 * loader, without libFuzzer, in every build (the sanitizer build catches
 * leaks and memory errors). Each input was found by fuzzing or written to
 * pin a fixed bug; the manifest `expected.txt` in that directory gives its
 * outcome: "ok" (and then the write-back must be a fixed point), or the
 * exact first error the loader must report.
 */
#include <CUnit/CUnit.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entente/entente.h"
#include "suites.h"

#define REGRESS_DIR "fuzz-regressions"
#define MANIFEST "expected.txt"

typedef struct {
    char name[256];
    char expected[4096]; /* "ok" or a formatted diagnostic */
} regress_case;

/* Reads the whole file at `path`; NULL when it cannot. */
static char *read_all(const char *path, size_t *length) {
    FILE *file = fopen(path, "rb");
    char *data = NULL;
    long size;
    if (file == NULL) {
        return NULL;
    }
    if (fseek(file, 0, SEEK_END) == 0 && (size = ftell(file)) >= 0 &&
        fseek(file, 0, SEEK_SET) == 0 &&
        (data = malloc((size_t)size + 1)) != NULL) {
        *length = fread(data, 1, (size_t)size, file);
        data[*length] = '\0';
    }
    fclose(file);
    return data;
}

/* Parses the manifest: "NAME<TAB>OUTCOME" lines, '#' comments. */
static size_t read_manifest(regress_case *cases, size_t capacity) {
    char path[4096];
    snprintf(path, sizeof path, "%s", test_data_path(REGRESS_DIR "/" MANIFEST));
    FILE *file = fopen(path, "r");
    CU_ASSERT_PTR_NOT_NULL_FATAL(file);
    char line[8192];
    size_t count = 0;
    while (fgets(line, sizeof line, file) != NULL) {
        line[strcspn(line, "\n")] = '\0';
        char *tab = strchr(line, '\t');
        if (line[0] == '#' || line[0] == '\0') {
            continue;
        }
        CU_ASSERT_PTR_NOT_NULL(tab);
        CU_ASSERT_FATAL(count < capacity);
        if (tab == NULL) {
            continue;
        }
        *tab = '\0';
        size_t name_length = strlen(line), expected_length = strlen(tab + 1);
        CU_ASSERT_FATAL(name_length < sizeof cases[count].name);
        CU_ASSERT_FATAL(expected_length < sizeof cases[count].expected);
        memcpy(cases[count].name, line, name_length + 1);
        memcpy(cases[count].expected, tab + 1, expected_length + 1);
        count++;
    }
    fclose(file);
    return count;
}

static const ent_diag_t *first_error(const ent_diag_list_t *diags) {
    for (size_t i = 0; i < diags->count; i++) {
        if (diags->items[i].severity == ENT_SEVERITY_ERROR) {
            return &diags->items[i];
        }
    }
    return NULL;
}

/* A loaded snapshot must write text that loads and writes the same bytes. */
static void check_round_trip(const ent_snapshot_t *snapshot, const char *name) {
    char *first = NULL, *second = NULL;
    ent_snapshot_t *again = NULL;
    CU_ASSERT_EQUAL_FATAL(ent_snapshot_to_json(snapshot, &first), ENT_OK);
    CU_ASSERT_EQUAL(ent_snapshot_load_buffer(&again, first, strlen(first), name,
                                             NULL, NULL),
                    ENT_OK);
    if (again != NULL) {
        CU_ASSERT_EQUAL(ent_snapshot_to_json(again, &second), ENT_OK);
        CU_ASSERT_STRING_EQUAL(first, second);
    }
    ent_snapshot_free(again);
    free(first);
    free(second);
}

static void replay(const regress_case *c) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", test_data_path(REGRESS_DIR), c->name);
    size_t length = 0;
    char *data = read_all(path, &length);
    CU_ASSERT_PTR_NOT_NULL_FATAL(data);
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_snapshot_t *snapshot = NULL;
    ent_status status = ent_snapshot_load_buffer(&snapshot, data, length,
                                                 c->name, NULL, &diags);
    if (strcmp(c->expected, "ok") == 0) {
        CU_ASSERT_EQUAL(status, ENT_OK);
        CU_ASSERT_EQUAL(diags.errors, 0);
        if (snapshot != NULL) {
            check_round_trip(snapshot, c->name);
        }
    } else {
        CU_ASSERT_EQUAL(status, ENT_EINPUT);
        CU_ASSERT_PTR_NULL(snapshot);
        const ent_diag_t *error = first_error(&diags);
        char *line = error ? ent_diag_format(error) : NULL;
        CU_ASSERT_PTR_NOT_NULL(line);
        if (line != NULL && strcmp(line, c->expected) != 0) {
            fprintf(stderr, "\n  %s\n  got:      %s\n  expected: %s\n", c->name,
                    line, c->expected);
            CU_FAIL("first error differs");
        }
        free(line);
    }
    ent_snapshot_free(snapshot);
    ent_diag_list_destroy(&diags);
    free(data);
}

static int listed(const regress_case *cases, size_t count, const char *name) {
    for (size_t i = 0; i < count; i++) {
        if (strcmp(cases[i].name, name) == 0) {
            return 1;
        }
    }
    return 0;
}

static void regression_inputs_should_give_their_recorded_outcome(void) {
    static regress_case cases[512];
    size_t count = read_manifest(cases, sizeof cases / sizeof cases[0]);
    CU_ASSERT(count > 0);
    for (size_t i = 0; i < count; i++) {
        replay(&cases[i]);
    }
    /* An input that is not in the manifest would never be checked. */
    DIR *dir = opendir(test_data_path(REGRESS_DIR));
    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    struct dirent *entry;
    while ((entry = readdir(dir)) != NULL) {
        if (entry->d_name[0] == '.' || strcmp(entry->d_name, MANIFEST) == 0) {
            continue;
        }
        if (!listed(cases, count, entry->d_name)) {
            fprintf(stderr, "\n  %s is not in %s\n", entry->d_name, MANIFEST);
            CU_FAIL("a regression input has no recorded outcome");
        }
    }
    closedir(dir);
}

/* "aliases": [] was dropped on write-back: the model stored no list. */
static void empty_aliases_should_survive_write_back(void) {
    const char *text = "{\"schema\": \"entente/1\", \"id\": \"t\", "
                       "\"entities\": [{\"id\": \"A\", \"type\": \"state\", "
                       "\"aliases\": []}, {\"id\": \"B\", \"type\": "
                       "\"state\"}], \"relations\": []}";
    ent_snapshot_t *snapshot = NULL;
    char *written = NULL;
    CU_ASSERT_EQUAL_FATAL(ent_snapshot_load_buffer(&snapshot, text,
                                                   strlen(text), "t.json", NULL,
                                                   NULL),
                          ENT_OK);
    CU_ASSERT_EQUAL_FATAL(ent_snapshot_to_json(snapshot, &written), ENT_OK);
    const char *aliases = strstr(written, "\"aliases\": []");
    CU_ASSERT_PTR_NOT_NULL(aliases);
    /* Only A has the member: B's absent aliases stay absent. */
    CU_ASSERT(aliases != NULL && aliases < strstr(written, "\"B\""));
    CU_ASSERT(aliases != NULL && strstr(aliases + 1, "\"aliases\"") == NULL);
    free(written);
    ent_snapshot_free(snapshot);
}

int register_regress_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(regression_inputs_should_give_their_recorded_outcome),
        TEST_CASE(empty_aliases_should_survive_write_back),
    };
    return add_suite("regress", NULL, NULL, tests,
                     sizeof tests / sizeof tests[0]);
}
