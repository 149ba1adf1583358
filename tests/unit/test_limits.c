/*
 * Unit tests of the loader's size limits (load.h): each is refused with an
 * exact message at the path of the excess, just past the limit and not at
 * it, and 0 in the options stands for the default.
 */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entente/load.h"
#include "suites.h"

static ent_diag_list_t diags;
static ent_load_options_t options;

static int setup(void) {
    ent_diag_list_init(&diags);
    return 0;
}

static int teardown(void) {
    ent_diag_list_destroy(&diags);
    return 0;
}

static ent_status load(const char *text) {
    ent_diag_list_clear(&diags);
    ent_snapshot_t *snapshot = NULL;
    ent_status status = ent_snapshot_load_buffer(&snapshot, text, strlen(text),
                                                 "t.json", &options, &diags);
    CU_ASSERT_EQUAL(status == ENT_OK, snapshot != NULL);
    ent_snapshot_free(snapshot);
    return status;
}

static void assert_only_error(const char *expected) {
    CU_ASSERT_EQUAL(diags.errors, 1);
    test_expect_diag(&diags, 0, expected);
}

#define DOC(entities, relations)                                               \
    "{\"schema\": \"entente/1\", \"id\": \"t\",\n\"entities\": " entities      \
    ",\n\"relations\": " relations "}"
#define TWO_STATES                                                             \
    "[{\"id\": \"A\", \"type\": \"state\"}, {\"id\": \"B\", \"type\": "        \
    "\"state\"}]"
#define ONE_RELATION                                                           \
    "[{\"type\": \"border_risk\", \"source\": \"A\", \"target\": \"B\"}]"

static void options_init_should_set_the_documented_limits(void) {
    ent_load_options_t o;
    ent_load_options_init(&o);
    CU_ASSERT_EQUAL(o.max_string, 1024 * 1024);
    CU_ASSERT_EQUAL(o.max_entities, 10000000);
    CU_ASSERT_EQUAL(o.max_relations, 10000000);
    CU_ASSERT_EQUAL(o.max_depth, 64);
    CU_ASSERT_EQUAL(o.max_file_size, 256 * 1024 * 1024);
}

static void load_should_refuse_a_string_over_the_limit(void) {
    ent_load_options_init(&options);
    options.max_string = 16; /* "border_risk" is 11 */
    /* 16 bytes are at the limit, 17 one byte over it. */
    CU_ASSERT_EQUAL(load(DOC("[{\"id\": \"A\", \"type\": \"state\", \"name\": "
                             "\"1234567890123456\"}, {\"id\": \"B\", \"type\": "
                             "\"state\"}]",
                             ONE_RELATION)),
                    ENT_OK);
    CU_ASSERT_EQUAL(
        load(DOC("[{\"id\": \"A\", \"type\": \"state\", \"name\": "
                 "\"12345678901234567\"}, {\"id\": \"B\", \"type\": "
                 "\"state\"}]",
                 ONE_RELATION)),
        ENT_EINPUT);
    assert_only_error("t.json:2:51: error: the string is 17 bytes long, over "
                      "the limit of 16 bytes (at /entities/0/name)");
    /* Decoded bytes count: \u00e9 is 2 bytes of UTF-8, so 9 of them are 18. */
    CU_ASSERT_EQUAL(
        load(DOC(TWO_STATES,
                 "[{\"type\": \"border_risk\", "
                 "\"source\": \"A\", \"target\": "
                 "\"B\", \"x\": [\"\\u00e9\\u00e9"
                 "\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\"]}]")),
        ENT_EINPUT);
    assert_only_error("t.json:3:75: error: the string is 18 bytes long, over "
                      "the limit of 16 bytes (at /relations/0/x/0)");
}

static void
load_should_refuse_a_member_name_over_the_limit_at_its_object(void) {
    ent_load_options_init(&options);
    options.max_string = 16; /* "border_risk" is 11 */
    CU_ASSERT_EQUAL(load(DOC(TWO_STATES, "[{\"type\": \"border_risk\", "
                                         "\"source\": \"A\", \"target\": "
                                         "\"B\", \"12345678901234567\": 1}]")),
                    ENT_EINPUT);
    assert_only_error("t.json:3:15: error: a member name is 17 bytes long, "
                      "over the limit of 16 bytes (at /relations/0)");
}

static void load_should_refuse_too_many_entities_and_relations(void) {
    ent_load_options_init(&options);
    options.max_entities = 1;
    CU_ASSERT_EQUAL(load(DOC(TWO_STATES, ONE_RELATION)), ENT_EINPUT);
    assert_only_error("t.json:2:13: error: \"entities\" has 2 entries, over "
                      "the limit of 1 (at /entities)");
    options.max_entities = 2;
    CU_ASSERT_EQUAL(load(DOC(TWO_STATES, ONE_RELATION)), ENT_OK);
    options.max_relations = 1;
    CU_ASSERT_EQUAL(load(DOC(TWO_STATES, "[{\"type\": \"border_risk\", "
                                         "\"source\": \"A\", \"target\": "
                                         "\"B\"}, {\"type\": \"hosts\", "
                                         "\"source\": \"A\", \"target\": "
                                         "\"B\"}]")),
                    ENT_EINPUT);
    assert_only_error("t.json:3:14: error: \"relations\" has 2 entries, over "
                      "the limit of 1 (at /relations)");
}

static void zero_limits_in_options_should_mean_the_defaults(void) {
    ent_load_options_init(&options);
    options.max_string = 0;
    options.max_entities = 0;
    options.max_relations = 0;
    size_t size = 1024 * 1024 + 1;
    const char *head = "{\"schema\": \"entente/1\", \"id\": \"";
    const char *tail = "\", \"entities\": [], \"relations\": []}";
    char *text = malloc(strlen(head) + size + strlen(tail) + 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    strcpy(text, head);
    memset(text + strlen(head), 'x', size);
    strcpy(text + strlen(head) + size, tail);
    CU_ASSERT_EQUAL(load(text), ENT_EINPUT);
    assert_only_error("t.json:1:31: error: the string is 1048577 bytes long, "
                      "over the limit of 1048576 bytes (at /id)");
    free(text);
    CU_ASSERT_EQUAL(load(DOC(TWO_STATES, ONE_RELATION)), ENT_OK);
}

static void load_should_reject_control_characters_between_tokens(void) {
    ent_load_options_init(&options);
    /* cJSON takes any byte up to 0x20 for white space; JSON does not. */
    CU_ASSERT_EQUAL(load("{\"schema\": \"entente/1\",\x0b \"id\": \"t\"}"),
                    ENT_EINPUT);
    assert_only_error("t.json:1:24: error: control character U+000B is not "
                      "allowed outside a string");
}

int register_limits_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(options_init_should_set_the_documented_limits),
        TEST_CASE(load_should_refuse_a_string_over_the_limit),
        TEST_CASE(
            load_should_refuse_a_member_name_over_the_limit_at_its_object),
        TEST_CASE(load_should_refuse_too_many_entities_and_relations),
        TEST_CASE(zero_limits_in_options_should_mean_the_defaults),
        TEST_CASE(load_should_reject_control_characters_between_tokens),
    };
    return add_suite("limits", setup, teardown, tests,
                     sizeof tests / sizeof tests[0]);
}
