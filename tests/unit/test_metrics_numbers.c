/*
 * Numbers as the metric writers print them (ent_format_number, io.h): the
 * fast path must give, byte for byte, what its reference gives: the first
 * of snprintf's %.15g, %.16g and %.17g that strtod reads back to the same
 * double. Checked on every kind of value a metric column holds (integers,
 * PageRank-sized fractions, doubles of any exponent, powers of ten and
 * their neighbours, halves where rounding ties).
 */
#include <CUnit/CUnit.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entente/io.h"
#include "suites.h"

int register_metrics_numbers_tests(void);
int register_metrics_spectral_tests(void); /* test_metrics_spectral.c */

static void reference(char *out, size_t size, double value) {
    if (value == 0) {
        snprintf(out, size, "0");
        return;
    }
    for (int digits = 15; digits <= 17; digits++) {
        snprintf(out, size, "%.*g", digits, value);
        if (strtod(out, NULL) == value) {
            return;
        }
    }
}

static size_t differences;

static void expect_reference(double value) {
    char expected[64], got[64];
    if (isnan(value)) {
        return;
    }
    reference(expected, sizeof expected, value);
    ent_format_number(got, sizeof got, value);
    if (strcmp(expected, got) != 0 && differences++ < 10) {
        fprintf(stderr, "%a: expected %s, got %s\n", value, expected, got);
    }
}

/* xorshift64: the same values on every run. */
static uint64_t next_random(uint64_t *state) {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    return *state;
}

static void numbers_should_print_as_snprintf_does(void) {
    uint64_t state = 88172645463325252u;
    differences = 0;
    for (int i = 0; i < 20000; i++) {
        uint64_t bits = next_random(&state);
        double any, unit = (double)(next_random(&state) >> 11) * 0x1p-53;
        memcpy(&any, &bits, sizeof any);
        expect_reference(any);
        expect_reference(unit);
        expect_reference(unit * 1e-4);
        expect_reference(-unit * 1e5);
        expect_reference(unit * 1e20);
        expect_reference((double)(next_random(&state) % 100000));
        expect_reference((double)(next_random(&state) % 100000) / 8);
        expect_reference((double)(next_random(&state) % 100000) / 100);
        expect_reference(1.0 / (double)(next_random(&state) % 10000 + 1));
        expect_reference((double)(int64_t)(next_random(&state) >> 8));
    }
    for (int e = -330; e <= 310; e++) {
        double power = pow(10, e), below = power, above = power;
        for (int k = 0; k < 3; k++) {
            below = nextafter(below, 0);
            above = nextafter(above, INFINITY);
            expect_reference(below);
            expect_reference(-above);
            expect_reference(power * 5);
            expect_reference(power * 9.5);
        }
        expect_reference(power);
    }
    expect_reference(999999999999999.5);
    expect_reference(1e15);
    expect_reference(123456789012345678.0);
    expect_reference(0.1);
    expect_reference(-0.0);
    CU_ASSERT_EQUAL(differences, 0);
}

static void numbers_should_fit_the_callers_buffer(void) {
    char small[6];
    ent_format_number(small, sizeof small, 0.123456789);
    CU_ASSERT_STRING_EQUAL(small, "0.123");
    ent_format_number(small, sizeof small, 1234567);
    CU_ASSERT_STRING_EQUAL(small, "12345");
    char text[32];
    ent_format_number(text, sizeof text, 1e100);
    CU_ASSERT_STRING_EQUAL(text, "1e+100");
    ent_format_number(text, sizeof text, -2.5e-7);
    CU_ASSERT_STRING_EQUAL(text, "-2.5e-07");
    ent_format_number(text, sizeof text, 0.1 + 0.2);
    CU_ASSERT_STRING_EQUAL(text, "0.30000000000000004");
}

int register_metrics_numbers_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(numbers_should_print_as_snprintf_does),
        TEST_CASE(numbers_should_fit_the_callers_buffer),
    };
    int status = add_suite("metrics_numbers", NULL, NULL, tests,
                           sizeof tests / sizeof tests[0]);
    return status == CUE_SUCCESS ? register_metrics_spectral_tests() : status;
}
