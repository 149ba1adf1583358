/*
 * Unit tests of the shared internals (src/common/): the UTF-8 validator,
 * line and column counting, the UTF-8 text check, the growable buffer,
 * the arena, and the locator the other JSON readers share with the loader.
 */
#include <CUnit/CUnit.h>
#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/arena.h"
#include "common/buffer.h"
#include "common/located_text.h"
#include "common/parallel.h"
#include "common/utf8.h"
#include "load/json_check.h"
#include "suites.h"

static size_t sequence(const char *bytes, size_t left) {
    return utf8_sequence_length((const unsigned char *)bytes, left);
}

static void test_utf8_accepts_each_well_formed_length(void) {
    CU_ASSERT_EQUAL(sequence("A", 1), 1);
    CU_ASSERT_EQUAL(sequence("\xC2\xA9", 2), 2);         /* U+00A9 */
    CU_ASSERT_EQUAL(sequence("\xE0\xA0\x80", 3), 3);     /* U+0800 */
    CU_ASSERT_EQUAL(sequence("\xED\x9F\xBF", 3), 3);     /* U+D7FF */
    CU_ASSERT_EQUAL(sequence("\xF0\x90\x80\x80", 4), 4); /* U+10000 */
    CU_ASSERT_EQUAL(sequence("\xF4\x8F\xBF\xBF", 4), 4); /* U+10FFFF */
}

static void test_utf8_refuses_overlongs_surrogates_and_the_rest(void) {
    CU_ASSERT_EQUAL(sequence("\x80", 1), 0);             /* continuation */
    CU_ASSERT_EQUAL(sequence("\xC1\xBF", 2), 0);         /* overlong */
    CU_ASSERT_EQUAL(sequence("\xE0\x9F\xBF", 3), 0);     /* overlong */
    CU_ASSERT_EQUAL(sequence("\xF0\x8F\xBF\xBF", 4), 0); /* overlong */
    CU_ASSERT_EQUAL(sequence("\xED\xA0\x80", 3), 0);     /* U+D800 */
    CU_ASSERT_EQUAL(sequence("\xF4\x90\x80\x80", 4), 0); /* past U+10FFFF */
    CU_ASSERT_EQUAL(sequence("\xF5\x80\x80\x80", 4), 0);
    CU_ASSERT_EQUAL(sequence("\xE2\x82\xAC", 2), 0); /* cut off */
    CU_ASSERT_EQUAL(sequence("\xE2\x41\xAC", 3), 0); /* not a continuation */
}

static void test_positions_count_lines_and_code_points(void) {
    /* "ab\n" then "çd\n": 'd' is byte 5, the second character of line 2. */
    const char *short_text = "ab\n\xC3\xA7"
                             "d\n";
    int line, column;
    text_position(short_text, strlen(short_text), 5, &line, &column);
    CU_ASSERT_EQUAL(line, 2);
    CU_ASSERT_EQUAL(column, 2);
    /* Long enough for the eight-byte counting: ten digits, then five
     * two-byte characters and 'x' at byte 21, column 6 of line 2. */
    const char *text = "0123456789\n\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9x";
    text_position(text, strlen(text), 21, &line, &column);
    CU_ASSERT_EQUAL(line, 2);
    CU_ASSERT_EQUAL(column, 6);
    /* An offset past the end is the end. */
    text_position(text, strlen(text), 1000, &line, &column);
    CU_ASSERT_EQUAL(line, 2);
    CU_ASSERT_EQUAL(column, 7);
    CU_ASSERT_EQUAL(text_count_line_breaks(text, 0, strlen(text)), 1);
    CU_ASSERT_EQUAL(text_count_characters(text, 0, strlen(text)), 17);
}

/* Checks `length` bytes of `text` as t.txt: the status, and the one
 * diagnostic `expected` (NULL: none). */
static void expect_check(const char *text, size_t length, ent_status status,
                         const char *expected) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    CU_ASSERT_EQUAL(text_check_utf8(text, length, "t.txt", &diags), status);
    CU_ASSERT_EQUAL(diags.count, expected ? 1 : 0);
    if (expected != NULL) {
        test_expect_diag(&diags, 0, expected);
    }
    ent_diag_list_destroy(&diags);
}

static void test_text_check_names_the_first_bad_byte(void) {
    const char bad[] = "first line\nok \xFF";
    expect_check(bad, sizeof bad - 1, ENT_EINPUT,
                 "t.txt:2:4: error: invalid UTF-8 byte 0xFF (the file must "
                 "be UTF-8 text)");
    const char nul[] = "0123456789abcdef\0";
    expect_check(nul, sizeof nul - 1, ENT_EINPUT,
                 "t.txt:1:17: error: NUL byte: this is binary data, not text");
    expect_check("", 0, ENT_EINPUT, "t.txt: error: the file is empty");
    const char good[] = "0123456789 \xE2\x82\xAC \xF0\x9F\x99\x82";
    expect_check(good, sizeof good - 1, ENT_OK, NULL);
}

/* The check reads 32 or 8 bytes at a time: a byte of every kind at every
 * offset of a 100-byte text (either side of each step, and in the short
 * rest after the last) is judged as the byte loop would. The edges of the
 * plain range are 0x01 and 0x7F; 0x80 is a bad lead. */
static void test_text_check_finds_a_byte_at_every_offset(void) {
    char text[100];
    for (size_t at = 0; at < sizeof text; at++) {
        memset(text, 'a', sizeof text);
        char expected[128];
        text[at] = '\x7F';
        expect_check(text, sizeof text, ENT_OK, NULL);
        text[at] = '\x01';
        expect_check(text, sizeof text, ENT_OK, NULL);
        text[at] = '\0';
        snprintf(expected, sizeof expected,
                 "t.txt:1:%zu: error: NUL byte: this is binary data, not text",
                 at + 1);
        expect_check(text, sizeof text, ENT_EINPUT, expected);
        text[at] = '\x80';
        snprintf(expected, sizeof expected,
                 "t.txt:1:%zu: error: invalid UTF-8 byte 0x80 (the file must "
                 "be UTF-8 text)",
                 at + 1);
        expect_check(text, sizeof text, ENT_EINPUT, expected);
        if (at + 1 < sizeof text) {
            text[at] = '\xC3'; /* an é, then a bad byte after it */
            text[at + 1] = '\xA9';
            expect_check(text, sizeof text, ENT_OK, NULL);
            text[sizeof text - 1] = at + 2 < sizeof text ? '\xFF' : '\xA9';
            snprintf(expected, sizeof expected,
                     "t.txt:1:%zu: error: invalid UTF-8 byte 0xFF (the file "
                     "must be UTF-8 text)",
                     sizeof text - 1);
            expect_check(text, sizeof text,
                         at + 2 < sizeof text ? ENT_EINPUT : ENT_OK,
                         at + 2 < sizeof text ? expected : NULL);
            text[at + 1] = 'a'; /* a lead byte without its continuation */
            text[sizeof text - 1] = 'a';
            snprintf(expected, sizeof expected,
                     "t.txt:1:%zu: error: invalid UTF-8 byte 0xC3 (the file "
                     "must be UTF-8 text)",
                     at + 1);
            expect_check(text, sizeof text, ENT_EINPUT, expected);
        }
    }
}

static void test_buffer_appends_and_stays_terminated(void) {
    byte_buffer buffer = {0};
    buffer_append_string(&buffer, "ab");
    CU_ASSERT_STRING_EQUAL(buffer.data, "ab");
    char block[1000];
    memset(block, 'x', sizeof block);
    buffer_append(&buffer, block, sizeof block);
    CU_ASSERT_FALSE(buffer.failed);
    CU_ASSERT_EQUAL(buffer.length, 1002);
    CU_ASSERT(buffer.capacity >= 1003);
    CU_ASSERT_EQUAL(buffer.data[1001], 'x');
    CU_ASSERT_EQUAL(buffer.data[1002], '\0');
    buffer_append(&buffer, "\0z", 2); /* binary data keeps its NUL */
    CU_ASSERT_EQUAL(buffer.length, 1004);
    CU_ASSERT_EQUAL(buffer.data[1003], 'z');
    buffer_release(&buffer);
    CU_ASSERT_PTR_NULL(buffer.data);
    CU_ASSERT_EQUAL(buffer.length, 0);
}

static void test_grow_array_doubles_and_refuses_overflow(void) {
    int *items = NULL;
    size_t capacity = 0;
    CU_ASSERT(grow_array((void **)&items, &capacity, 1, sizeof *items));
    CU_ASSERT_EQUAL(capacity, 16);
    CU_ASSERT(grow_array((void **)&items, &capacity, 17, sizeof *items));
    CU_ASSERT_EQUAL(capacity, 32);
    CU_ASSERT(grow_array((void **)&items, &capacity, 32, sizeof *items));
    CU_ASSERT_EQUAL(capacity, 32);
    int *before = items;
    CU_ASSERT_FALSE(
        grow_array((void **)&items, &capacity, SIZE_MAX / 2, sizeof *items));
    CU_ASSERT_PTR_EQUAL(items, before);
    CU_ASSERT_EQUAL(capacity, 32);
    free(items);
}

static void test_arena_aligns_and_keeps_its_front_block(void) {
    arena_t arena = {NULL, 0, 0}; /* defaults: 64 KiB, pointer alignment */
    char *first = arena_alloc(&arena, 1);
    char *second = arena_alloc(&arena, 1);
    CU_ASSERT_EQUAL(second - first, (ptrdiff_t)sizeof(void *));
    /* More than the front block has left: a block of its own (it is over
     * a quarter block), put behind the front one, which stays in use. */
    char *large = arena_alloc(&arena, 70000);
    char *third = arena_alloc(&arena, 1);
    CU_ASSERT_PTR_NOT_NULL(large);
    CU_ASSERT_EQUAL(third - first, (ptrdiff_t)(2 * sizeof(void *)));
    arena_reset(&arena);
    CU_ASSERT_PTR_EQUAL(arena_alloc(&arena, 1), first);
    arena_release(&arena);
    arena_t wide = {NULL, 4096, 16};
    char *a = arena_alloc(&wide, 1);
    char *b = arena_alloc(&wide, 1);
    CU_ASSERT_EQUAL(b - a, 16);
    CU_ASSERT_EQUAL((uintptr_t)a % 16, 0);
    int failed = 0;
    CU_ASSERT_STRING_EQUAL(arena_strdup(&wide, "kept", &failed), "kept");
    CU_ASSERT_FALSE(failed);
    arena_release(&wide);
}

static size_t located(const char *text, const cJSON *root, const cJSON *item) {
    size_t offset = SIZE_MAX;
    CU_ASSERT_EQUAL(
        json_text_locate_node(text, strlen(text), root, item, &offset), 1);
    return offset;
}

static void test_locator_finds_members_at_their_names(void) {
    const char *text = "{\"a\": 1, \"b\": [true, {\"c~/\": \"x\"}], \"a\": 2}";
    cJSON *root = cJSON_Parse(text);
    CU_ASSERT_PTR_NOT_NULL_FATAL(root);
    const cJSON *first_a = root->child;
    const cJSON *b = first_a->next;
    const cJSON *second_a = b->next;
    CU_ASSERT_EQUAL(located(text, root, root), 0);
    CU_ASSERT_EQUAL(located(text, root, first_a), 1);
    /* A repeated name: the very member, not the first of that name. */
    CU_ASSERT_EQUAL(located(text, root, second_a),
                    (size_t)(strrchr(text, 'a') - 1 - text));
    /* An array element at its value, a member at its name. */
    CU_ASSERT_EQUAL(located(text, root, b->child),
                    (size_t)(strstr(text, "true") - text));
    CU_ASSERT_EQUAL(located(text, root, b->child->next->child),
                    (size_t)(strstr(text, "\"c~/\"") - text));
    cJSON *other = cJSON_CreateNull();
    size_t offset = 7;
    CU_ASSERT_EQUAL(
        json_text_locate_node(text, strlen(text), root, other, &offset), 0);
    CU_ASSERT_EQUAL(offset, 7);
    cJSON_Delete(other);
    cJSON_Delete(root);
}

/* Each block adds its number + 1 to its own slots; every slot must be
 * written exactly once per loop, in every loop. */
typedef struct {
    size_t *slots, per_block;
} blocks_fixture;

static void add_block_number(void *data, size_t block) {
    blocks_fixture *f = data;
    for (size_t i = 0; i < f->per_block; i++) {
        f->slots[block * f->per_block + i] += block + 1;
    }
}

static void test_parallel_for_runs_every_block_once(void) {
    enum { BLOCKS = 37, PER_BLOCK = 5, LOOPS = 200 };
    static size_t slots[BLOCKS * PER_BLOCK];
    for (unsigned threads = 0; threads <= 4; threads++) {
        parallel_pool *pool = NULL;
        CU_ASSERT_EQUAL_FATAL(parallel_pool_new(&pool, threads), ENT_OK);
        CU_ASSERT_TRUE(parallel_pool_threads(pool) >= 1);
        if (threads > 0) {
            CU_ASSERT_TRUE(parallel_pool_threads(pool) <= threads);
        }
        memset(slots, 0, sizeof slots);
        blocks_fixture f = {slots, PER_BLOCK};
        for (int loop = 0; loop < LOOPS; loop++) {
            parallel_for(pool, BLOCKS, add_block_number, &f);
            parallel_for(pool, loop % 3, add_block_number, &f); /* 0-2 */
        }
        size_t wrong = 0;
        for (size_t b = 0; b < BLOCKS; b++) {
            size_t extra = b == 0 ? 133 : b == 1 ? 66 : 0; /* loop % 3 */
            for (size_t i = 0; i < PER_BLOCK; i++) {
                wrong += slots[b * PER_BLOCK + i] !=
                         LOOPS * (b + 1) + extra * (b + 1);
            }
        }
        CU_ASSERT_EQUAL(wrong, 0);
        parallel_pool_free(pool);
    }
    parallel_pool_free(NULL);
}

int register_common_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(test_utf8_accepts_each_well_formed_length),
        TEST_CASE(test_utf8_refuses_overlongs_surrogates_and_the_rest),
        TEST_CASE(test_positions_count_lines_and_code_points),
        TEST_CASE(test_text_check_names_the_first_bad_byte),
        TEST_CASE(test_text_check_finds_a_byte_at_every_offset),
        TEST_CASE(test_buffer_appends_and_stays_terminated),
        TEST_CASE(test_grow_array_doubles_and_refuses_overflow),
        TEST_CASE(test_arena_aligns_and_keeps_its_front_block),
        TEST_CASE(test_locator_finds_members_at_their_names),
        TEST_CASE(test_parallel_for_runs_every_block_once),
    };
    return add_suite("common", NULL, NULL, tests,
                     sizeof tests / sizeof tests[0]);
}
