/*
 * Unit tests of the model: vocabularies, dates, records and look-ups.
 */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entente/model.h"
#include "suites.h"

static void dates_should_accept_real_calendar_dates(void) {
    CU_ASSERT_TRUE(ent_date_is_valid("2025-11-27"));
    CU_ASSERT_TRUE(ent_date_is_valid("2024-02-29")); /* leap year */
    CU_ASSERT_TRUE(ent_date_is_valid("2000-02-29")); /* divisible by 400 */
    CU_ASSERT_TRUE(ent_date_is_valid("2025-11"));
    CU_ASSERT_TRUE(ent_date_is_valid("1992"));
}

static void dates_should_reject_impossible_or_malformed_dates(void) {
    CU_ASSERT_FALSE(ent_date_is_valid("2025-02-29")); /* not a leap year */
    CU_ASSERT_FALSE(ent_date_is_valid("1900-02-29")); /* century rule */
    CU_ASSERT_FALSE(ent_date_is_valid("2025-04-31"));
    CU_ASSERT_FALSE(ent_date_is_valid("2025-13"));
    CU_ASSERT_FALSE(ent_date_is_valid("2025-00-10"));
    CU_ASSERT_FALSE(ent_date_is_valid("0000"));
    CU_ASSERT_FALSE(ent_date_is_valid("25-11-27"));
    CU_ASSERT_FALSE(ent_date_is_valid("2025-11-27T00:00"));
    CU_ASSERT_FALSE(ent_date_is_valid("2025/11/27"));
    CU_ASSERT_FALSE(ent_date_is_valid(""));
    CU_ASSERT_FALSE(ent_date_is_valid(NULL));
}

static void periods_should_accept_year_ranges_and_intervals(void) {
    CU_ASSERT_TRUE(ent_period_is_valid("2020-2024"));
    CU_ASSERT_TRUE(ent_period_is_valid("2024"));
    CU_ASSERT_TRUE(ent_period_is_valid("2022-01-05/2022-01-19"));
    CU_ASSERT_FALSE(ent_period_is_valid("2024-2020")); /* reversed */
    CU_ASSERT_FALSE(ent_period_is_valid("2022-02-01/2022-01"));
    CU_ASSERT_FALSE(ent_period_is_valid("recent years"));
}

static void types_should_parse_and_name_each_other(void) {
    for (unsigned t = 0; t < ENT_ENTITY_TYPE_COUNT; t++) {
        ent_entity_type parsed;
        CU_ASSERT_TRUE(ent_entity_type_parse(
            ent_entity_type_name((ent_entity_type)t), &parsed));
        CU_ASSERT_EQUAL(parsed, t);
    }
    ent_entity_type unused;
    CU_ASSERT_FALSE(ent_entity_type_parse("State", &unused));
    ent_membership_status status;
    CU_ASSERT_TRUE(ent_membership_status_parse("frozen", &status));
    CU_ASSERT_EQUAL(status, ENT_MEMBERSHIP_FROZEN);
    CU_ASSERT_FALSE(ent_membership_status_parse("paused", &status));
    CU_ASSERT_PTR_NULL(ent_membership_status_name(ENT_MEMBERSHIP_UNSPECIFIED));
}

static void snapshot_should_know_the_built_in_relation_types(void) {
    ent_snapshot_t *s = ent_snapshot_new();
    CU_ASSERT_EQUAL_FATAL(ent_snapshot_relation_type_count(s), 11);
    size_t index;
    CU_ASSERT_TRUE(ent_snapshot_find_relation_type(s, "border_risk", &index));
    const ent_relation_type_t *border = ent_snapshot_relation_type(s, index);
    CU_ASSERT_FALSE(border->directed);
    CU_ASSERT_TRUE(border->weight_is_share);
    CU_ASSERT_TRUE(ent_snapshot_find_relation_type(s, "member_of", &index));
    const ent_relation_type_t *member = ent_snapshot_relation_type(s, index);
    CU_ASSERT_TRUE(member->directed);
    CU_ASSERT_EQUAL(member->source_types,
                    ent_entity_type_bit(ENT_ENTITY_STATE));
    /* borders: a fact of geography, undirected, not a share. */
    CU_ASSERT_TRUE(ent_snapshot_find_relation_type(s, "borders", &index));
    CU_ASSERT_EQUAL(index, 8);
    CU_ASSERT_FALSE(ent_snapshot_relation_type(s, index)->directed);
    CU_ASSERT_FALSE(ent_snapshot_relation_type(s, index)->weight_is_share);
    CU_ASSERT_FALSE(ent_snapshot_find_relation_type(s, "allied_with", NULL));
    ent_snapshot_free(s);
}

/* Adds entities e0..e(n-1) and checks each is found at its index. */
static void snapshot_should_find_every_entity_by_id(void) {
    ent_snapshot_t *s = ent_snapshot_new();
    enum { N = 5000 };
    char id[32];
    for (int i = 0; i < N; i++) {
        snprintf(id, sizeof id, "e%d", i);
        ent_entity_t entity = {.id = id, .type = ENT_ENTITY_STATE};
        CU_ASSERT_EQUAL_FATAL(ent_snapshot_add_entity(s, &entity, NULL),
                              ENT_OK);
    }
    CU_ASSERT_EQUAL(ent_snapshot_entity_count(s), N);
    for (int i = 0; i < N; i++) {
        size_t found = 0;
        snprintf(id, sizeof id, "e%d", i);
        CU_ASSERT_TRUE(ent_snapshot_find_entity(s, id, &found));
        CU_ASSERT_EQUAL(found, (size_t)i);
    }
    CU_ASSERT_FALSE(ent_snapshot_find_entity(s, "E0", NULL)); /* case */
    CU_ASSERT_FALSE(ent_snapshot_find_entity(s, "", NULL));
    ent_snapshot_free(s);
}

/* Ids of 1 to 40 bytes that share their first bytes, on both sides of
 * the 16 bytes a slot holds: each is found at its own index, and one byte
 * more is found nowhere. */
static void snapshot_should_tell_apart_ids_sharing_a_long_prefix(void) {
    ent_snapshot_t *s = ent_snapshot_new();
    char id[64];
    for (int length = 1; length <= 40; length++) {
        for (int last = 0; last < 2; last++) {
            memset(id, 'a', (size_t)length);
            id[length - 1] = last ? 'b' : 'a';
            id[length] = '\0';
            ent_entity_t entity = {.id = id, .type = ENT_ENTITY_STATE};
            CU_ASSERT_EQUAL_FATAL(ent_snapshot_add_entity(s, &entity, NULL),
                                  ENT_OK);
        }
    }
    for (int length = 1; length <= 40; length++) {
        for (int last = 0; last < 2; last++) {
            size_t found = 0;
            memset(id, 'a', (size_t)length);
            id[length - 1] = last ? 'b' : 'a';
            id[length] = '\0';
            CU_ASSERT_TRUE(ent_snapshot_find_entity(s, id, &found));
            CU_ASSERT_EQUAL(found, (size_t)(2 * (length - 1) + last));
            /* one more byte: never added */
            id[length] = 'c';
            id[length + 1] = '\0';
            CU_ASSERT_FALSE(ent_snapshot_find_entity(s, id, NULL));
        }
    }
    ent_snapshot_free(s);
}

static void snapshot_should_refuse_duplicate_and_empty_ids(void) {
    ent_snapshot_t *s = ent_snapshot_new();
    ent_entity_t entity = {.id = "RUS", .type = ENT_ENTITY_STATE};
    CU_ASSERT_EQUAL(ent_snapshot_add_entity(s, &entity, NULL), ENT_OK);
    CU_ASSERT_EQUAL(ent_snapshot_add_entity(s, &entity, NULL), ENT_EINPUT);
    entity.id = "";
    CU_ASSERT_EQUAL(ent_snapshot_add_entity(s, &entity, NULL), ENT_EINPUT);
    ent_relation_t relation = {.type = 0, .source = 0, .target = 7};
    CU_ASSERT_EQUAL(ent_snapshot_add_relation(s, &relation, NULL), ENT_EINPUT);
    CU_ASSERT_EQUAL(ent_snapshot_entity_count(s), 1);
    CU_ASSERT_EQUAL(ent_snapshot_relation_count(s), 0);
    ent_snapshot_free(s);
}

static void snapshot_should_copy_the_strings_it_is_given(void) {
    ent_snapshot_t *s = ent_snapshot_new();
    char id[] = "KAZ";
    char name[] = "Kazakhstan";
    const char *aliases[] = {"Astana", "Kazakh"};
    ent_entity_t entity = {.id = id,
                           .type = ENT_ENTITY_STATE,
                           .name = name,
                           .aliases = aliases,
                           .alias_count = 2};
    CU_ASSERT_EQUAL(ent_snapshot_add_entity(s, &entity, NULL), ENT_OK);
    strcpy(id, "XXX");
    strcpy(name, "overwrite");
    const ent_entity_t *stored = ent_snapshot_entity(s, 0);
    CU_ASSERT_STRING_EQUAL(stored->id, "KAZ");
    CU_ASSERT_STRING_EQUAL(stored->name, "Kazakhstan");
    CU_ASSERT_STRING_EQUAL(stored->aliases[1], "Kazakh");
    CU_ASSERT_STRING_EQUAL(ent_entity_label(stored), "Kazakhstan");
    ent_snapshot_free(s);
}

static void writer_should_write_a_built_snapshot_in_schema_order(void) {
    ent_snapshot_t *s = ent_snapshot_new();
    ent_snapshot_set_header(s, "t", "Test \"quoted\"", "2025-11-27");
    ent_entity_t a = {.id = "ARM", .type = ENT_ENTITY_STATE};
    ent_entity_t b = {.id = "CSTO", .type = ENT_ENTITY_ORGANIZATION};
    ent_snapshot_add_entity(s, &a, NULL);
    ent_snapshot_add_entity(s, &b, NULL);
    ent_relation_t member = {.type = 0,
                             .source = 0,
                             .target = 1,
                             .weight = 0.5,
                             .has_weight = 1,
                             .status = ENT_MEMBERSHIP_FROZEN};
    CU_ASSERT_EQUAL(ent_snapshot_add_relation(s, &member, NULL), ENT_OK);
    char *text = NULL;
    CU_ASSERT_EQUAL_FATAL(ent_snapshot_to_json(s, &text), ENT_OK);
    const char *expected = "{\n"
                           "  \"schema\": \"entente/1\",\n"
                           "  \"id\": \"t\",\n"
                           "  \"title\": \"Test \\\"quoted\\\"\",\n"
                           "  \"date\": \"2025-11-27\",\n"
                           "  \"sources\": [],\n"
                           "  \"entities\": [\n"
                           "    {\n"
                           "      \"id\": \"ARM\",\n"
                           "      \"type\": \"state\"\n"
                           "    },\n"
                           "    {\n"
                           "      \"id\": \"CSTO\",\n"
                           "      \"type\": \"organization\"\n"
                           "    }\n"
                           "  ],\n"
                           "  \"relations\": [\n"
                           "    {\n"
                           "      \"type\": \"member_of\",\n"
                           "      \"source\": \"ARM\",\n"
                           "      \"target\": \"CSTO\",\n"
                           "      \"weight\": 0.5,\n"
                           "      \"status\": \"frozen\"\n"
                           "    }\n"
                           "  ]\n"
                           "}\n";
    CU_ASSERT_STRING_EQUAL(text, expected);
    free(text);
    ent_snapshot_free(s);
}

static void free_should_accept_null(void) {
    ent_snapshot_free(NULL);
    CU_PASS("freeing NULL did nothing");
}

int register_model_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(dates_should_accept_real_calendar_dates),
        TEST_CASE(dates_should_reject_impossible_or_malformed_dates),
        TEST_CASE(periods_should_accept_year_ranges_and_intervals),
        TEST_CASE(types_should_parse_and_name_each_other),
        TEST_CASE(snapshot_should_know_the_built_in_relation_types),
        TEST_CASE(snapshot_should_find_every_entity_by_id),
        TEST_CASE(snapshot_should_tell_apart_ids_sharing_a_long_prefix),
        TEST_CASE(snapshot_should_refuse_duplicate_and_empty_ids),
        TEST_CASE(snapshot_should_copy_the_strings_it_is_given),
        TEST_CASE(writer_should_write_a_built_snapshot_in_schema_order),
        TEST_CASE(free_should_accept_null),
    };
    return add_suite("model", NULL, NULL, tests,
                     sizeof tests / sizeof tests[0]);
}
