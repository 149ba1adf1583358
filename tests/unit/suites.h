/*
 * The unit test suites: each test_<module>.c defines one register function,
 * and runner.c lists them all.
 */
#ifndef ENTENTE_TEST_SUITES_H
#define ENTENTE_TEST_SUITES_H

#include <CUnit/CUnit.h>

#include "entente/diag.h"

/* Each returns 0 on success, or a CUnit error code. */
int register_model_tests(void);
int register_load_tests(void);
int register_network_tests(void);
int register_metrics_tests(void);
int register_metrics_local_tests(void); /* test_metrics_local.c */
int register_graphs_tests(void);
int register_render_tests(void);
int register_extract_tests(void);
int register_attendance_model_tests(void); /* test_attendance_model.c */
int register_regress_tests(void);
int register_limits_tests(void);
int register_hostile_tests(void);
int register_text_tests(void);       /* test_text.c */
int register_names_near_tests(void); /* test_names_near.c */
int register_polarity_tests(void);   /* test_polarity.c */

/* One test of a suite, named as a sentence by its function's name. */
typedef struct {
    const char *name;
    CU_TestFunc run;
} test_case;
#define TEST_CASE(function)                                                    \
    { #function, function }

/* Registers a suite and its tests; returns CUE_SUCCESS or CUnit's error. */
int add_suite(const char *name, CU_InitializeFunc setup,
              CU_CleanupFunc teardown, const test_case *tests, size_t count);
int register_batch_tests(void);
int register_compare_tests(void);
int register_states_tests(void);
int register_gazetteer_tests(void);
int register_stream_tests(void);

/* Asserts that diagnostic `index` of `diags` formats as `expected`, and
 * prints both when it does not; a failure is reported at the caller's
 * line. The one such helper of the suites. */
#define test_expect_diag(diags, index, expected)                               \
    test_expect_diag_at((diags), (index), (expected), __FILE__, __LINE__)
void test_expect_diag_at(const ent_diag_list_t *diags, size_t index,
                         const char *expected, const char *file, unsigned line);
int register_import_tests(void);

int register_report_tests(void);
/* Connectivity and the all-pairs measures over workers (two suites). */
int register_scale_tests(void);
int register_metrics_jobs_tests(void);

int register_convert_tests(void);
int register_common_tests(void);

/* Path of a file under tests/data, in a static buffer. */
const char *test_data_path(const char *name);

#endif /* ENTENTE_TEST_SUITES_H */
