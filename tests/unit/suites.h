/*
 * The unit test suites: each test_<module>.c defines one register function,
 * and runner.c lists them all.
 */
#ifndef ENTENTE_TEST_SUITES_H
#define ENTENTE_TEST_SUITES_H

#include <CUnit/CUnit.h>

/* Each returns 0 on success, or a CUnit error code. */
int register_model_tests(void);
int register_load_tests(void);
int register_build_tests(void);
int register_metrics_tests(void);
int register_graphs_tests(void);
int register_render_tests(void);
int register_batch_tests(void);
int register_compare_tests(void);

/* Path of a file under tests/data, in a static buffer. */
const char *test_data_path(const char *name);

#endif /* ENTENTE_TEST_SUITES_H */
