/*
 * The one CUnit runner: registers every suite, runs them, and exits
 * non-zero when any assertion failed (CU_get_error alone would hide that).
 */
#include <CUnit/Basic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"

/* One suite a line, so that adding one never touches another's line. */
// clang-format off
static int (*const suites[])(void) = {
    register_model_tests,
    register_load_tests,
    register_network_tests,
    register_metrics_tests,
    register_metrics_local_tests,
    register_graphs_tests,
    register_render_tests,
    register_extract_tests,
    register_regress_tests,
    register_limits_tests,
    register_hostile_tests,
    register_batch_tests,
    register_compare_tests,
    register_states_tests,
    register_gazetteer_tests,
    register_import_tests,
    register_report_tests,
    register_stream_tests,
    register_scale_tests,
    register_convert_tests,
    register_common_tests,
    register_attendance_model_tests,
    register_text_tests,
    register_names_near_tests,
    register_polarity_tests,
};
// clang-format on

int add_suite(const char *name, CU_InitializeFunc setup,
              CU_CleanupFunc teardown, const test_case *tests, size_t count) {
    CU_pSuite suite = CU_add_suite(name, setup, teardown);
    if (suite == NULL) {
        return CU_get_error();
    }
    for (size_t i = 0; i < count; i++) {
        if (CU_add_test(suite, tests[i].name, tests[i].run) == NULL) {
            return CU_get_error();
        }
    }
    return CUE_SUCCESS;
}

const char *test_data_path(const char *name) {
    static char path[4096];
    snprintf(path, sizeof path, "%s/%s", ENT_TEST_DATA_DIR, name);
    return path;
}

void test_expect_diag_at(const ent_diag_list_t *diags, size_t index,
                         const char *expected, const char *file,
                         unsigned line) {
    CU_assertImplementation(diags->count > index, line,
                            "a diagnostic at that index", file, "", CU_TRUE);
    char *got = ent_diag_format(&diags->items[index]);
    int same = got != NULL && strcmp(got, expected) == 0;
    CU_assertImplementation(same, line, "diagnostic formats as expected", file,
                            "", CU_FALSE);
    if (!same) {
        fprintf(stderr, "\n  got:      %s\n  expected: %s\n", got, expected);
    }
    free(got);
}

int main(void) {
    if (CU_initialize_registry() != CUE_SUCCESS) {
        return 2;
    }
    for (size_t i = 0; i < sizeof suites / sizeof suites[0]; i++) {
        if (suites[i]() != CUE_SUCCESS) {
            fprintf(stderr, "cannot register suite %zu: %s\n", i,
                    CU_get_error_msg());
            CU_cleanup_registry();
            return 2;
        }
    }
    CU_basic_set_mode(CU_BRM_NORMAL);
    CU_basic_run_tests();
    unsigned failures = CU_get_number_of_failures();
    unsigned run = CU_get_number_of_tests_run();
    int error = CU_get_error();
    CU_cleanup_registry();
    if (run == 0) {
        fprintf(stderr, "no test ran\n");
        return 1;
    }
    return failures != 0 || error != CUE_SUCCESS ? 1 : 0;
}
