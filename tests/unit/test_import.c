/*
 * Unit tests of the importer: the CSV reader's fields and positions, the
 * spell rule, the gazetteer look-up and a table read through the library.
 */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import/identity_internal.h"
#include "suites.h"

static ent_diag_list_t diags;

static int setup(void) {
    ent_diag_list_init(&diags);
    return 0;
}

static int teardown(void) {
    ent_diag_list_destroy(&diags);
    return 0;
}

static void assert_first_diag(const char *expected) {
    test_expect_diag(&diags, 0, expected);
}

static ent_status parse(csv_table *t, const char *text) {
    ent_diag_list_clear(&diags);
    return csv_parse(t, text, strlen(text), 0, 1, ',', "t.csv", &diags);
}

static void csv_should_unescape_quotes_and_keep_positions(void) {
    csv_table t;
    const char *text = "\xEF\xBB\xBF"
                       "a,b\r\n"
                       "\"x, \"\"y\"\"\",\"two\nlines\"\r\n"
                       "\n"
                       "\xC3\xA9t\xC3\xA9,z\n";
    CU_ASSERT_EQUAL_FATAL(parse(&t, text), ENT_OK);
    CU_ASSERT_EQUAL(t.row_count, 3);
    CU_ASSERT_STRING_EQUAL(csv_at(&t, 1, 0)->text, "x, \"y\"");
    CU_ASSERT_STRING_EQUAL(csv_at(&t, 1, 1)->text, "two\nlines");
    CU_ASSERT_EQUAL(csv_at(&t, 1, 1)->line, 2);
    CU_ASSERT_EQUAL(csv_at(&t, 1, 1)->column, 12);
    /* The blank line 4 is skipped; columns count code points. */
    CU_ASSERT_EQUAL(t.rows[2].line, 5);
    CU_ASSERT_STRING_EQUAL(csv_at(&t, 2, 0)->text, "\xC3\xA9t\xC3\xA9");
    CU_ASSERT_EQUAL(csv_at(&t, 2, 1)->column, 5);
    CU_ASSERT_EQUAL(csv_column(&t, "b"), 1);
    CU_ASSERT_EQUAL(csv_column(&t, "c"), -1);
    csv_table_destroy(&t);
}

static void csv_should_keep_empty_fields(void) {
    csv_table t;
    CU_ASSERT_EQUAL_FATAL(parse(&t, "a,b,c\n,,\n\"\",x,"), ENT_OK);
    CU_ASSERT_EQUAL(t.rows[1].count, 3);
    CU_ASSERT_STRING_EQUAL(csv_at(&t, 1, 2)->text, "");
    CU_ASSERT_STRING_EQUAL(csv_at(&t, 2, 1)->text, "x");
    CU_ASSERT_STRING_EQUAL(csv_at(&t, 2, 2)->text, "");
    csv_table_destroy(&t);
}

static void csv_should_reject_bad_quoting_and_bytes(void) {
    csv_table t;
    CU_ASSERT_EQUAL(parse(&t, "a,b\n\"x\"y,z\n"), ENT_EINPUT);
    assert_first_diag("t.csv:2:4: error: text after the closing quote of a "
                      "field (a quote inside a field is written \"\")");
    csv_table_destroy(&t);
    CU_ASSERT_EQUAL(parse(&t, "a,b\nx\"y,z\n"), ENT_EINPUT);
    assert_first_diag("t.csv:2:2: error: quote inside an unquoted field "
                      "(quote the whole field and write the quote \"\")");
    csv_table_destroy(&t);
    CU_ASSERT_EQUAL(parse(&t, "a,b\n\xFF,z\n"), ENT_EINPUT);
    assert_first_diag("t.csv:2:1: error: invalid UTF-8 byte 0xFF (the file "
                      "must be UTF-8 text)");
    csv_table_destroy(&t);
    CU_ASSERT_EQUAL(parse(&t, "\n\n"), ENT_EINPUT);
    assert_first_diag("t.csv:1:1: error: no header row: the table is empty");
    csv_table_destroy(&t);
}

static void spells_should_compare_on_the_shared_precision(void) {
    CU_ASSERT_TRUE(import_in_force("1992", NULL, "1992-01-01"));
    CU_ASSERT_TRUE(import_in_force("1992-05-15", "1999", "1998-12-31"));
    CU_ASSERT_FALSE(import_in_force("1992-05-15", "1999", "1999-12-31"));
    CU_ASSERT_FALSE(import_in_force("1992-05-15", NULL, "1992-05-14"));
    CU_ASSERT_TRUE(import_in_force("1992-05-15", NULL, "1992-05-15"));
    CU_ASSERT_FALSE(import_in_force(NULL, "2012-06-28", "2012-06-28"));
    CU_ASSERT_TRUE(import_in_force(NULL, "2012-06-28", "2012-06-27"));
    CU_ASSERT_TRUE(import_in_force("2030", "1990", NULL));
}

static void gazetteer_lookup_should_take_ids_names_and_aliases(void) {
    static const char text[] =
        "{\"schema\": \"entente-gazetteer/1\", \"entities\": [\n"
        " {\"id\": \"KAZ\", \"type\": \"state\", \"name\": \"Kazakhstan\", "
        "\"demonyms\": [\"Kazakh\"]},\n"
        " {\"id\": \"CSTO\", \"type\": \"organization\", \"name\": "
        "\"Collective Security Treaty Organization\"}]}\n";
    ent_gazetteer_t *g = NULL;
    CU_ASSERT_EQUAL_FATAL(
        ent_gazetteer_load_buffer(&g, text, strlen(text), "g.json", &diags),
        ENT_OK);
    const char *id = NULL, *name = NULL;
    ent_entity_type type = ENT_ENTITY_PERSON;
    CU_ASSERT_TRUE(ent_gazetteer_lookup(g, "KAZ", &id, &type, &name));
    CU_ASSERT_STRING_EQUAL(name, "Kazakhstan");
    CU_ASSERT_TRUE(ent_gazetteer_lookup(
        g, "Collective Security Treaty Organization", &id, &type, &name));
    CU_ASSERT_STRING_EQUAL(id, "CSTO");
    CU_ASSERT_EQUAL(type, ENT_ENTITY_ORGANIZATION);
    /* A demonym, a part of a name and a longer text name nothing. */
    CU_ASSERT_FALSE(ent_gazetteer_lookup(g, "Kazakh", &id, &type, &name));
    CU_ASSERT_FALSE(ent_gazetteer_lookup(g, "Collective", &id, &type, &name));
    CU_ASSERT_FALSE(ent_gazetteer_lookup(g, "Kazakhstan x", &id, &type, &name));
    ent_gazetteer_free(g);
}

static void import_should_cut_a_table_at_a_date(void) {
    char table[512], map[512], entities[512];
    snprintf(table, sizeof table, "%s",
             test_data_path("import/memberships.csv"));
    snprintf(map, sizeof map, "%s",
             test_data_path("import/memberships.map.json"));
    snprintf(entities, sizeof entities, "%s",
             test_data_path("import/entities.csv"));
    ent_import_input_t input = {ENT_IMPORT_TABLE, table, map, NULL};
    ent_import_options_t options;
    ent_import_options_init(&options);
    options.inputs = &input;
    options.input_count = 1;
    options.entities_path = entities;
    ent_import_t *import = NULL;
    ent_diag_list_clear(&diags);
    CU_ASSERT_EQUAL_FATAL(ent_import_read(&import, &options, &diags), ENT_OK);
    CU_ASSERT_EQUAL(ent_import_relation_count(import), 5);
    CU_ASSERT_STRING_EQUAL(ent_import_id(import), "memberships");
    CU_ASSERT_TRUE(ent_import_is_input(import, table));
    ent_snapshot_t *s = NULL;
    CU_ASSERT_EQUAL_FATAL(
        ent_import_snapshot(&s, import, "2010-01-01", "x", &diags), ENT_OK);
    /* ARM, KAZ, RUS and UZB in the CSTO, UZB an EAEU observer. */
    CU_ASSERT_EQUAL(ent_snapshot_relation_count(s), 5);
    CU_ASSERT_EQUAL(ent_snapshot_entity_count(s), 6);
    CU_ASSERT_STRING_EQUAL(ent_snapshot_id(s), "x");
    ent_snapshot_free(s);
    CU_ASSERT_EQUAL_FATAL(ent_import_snapshot(&s, import, "1990", NULL, &diags),
                          ENT_OK);
    CU_ASSERT_EQUAL(ent_snapshot_relation_count(s), 1); /* the observer */
    CU_ASSERT_EQUAL(ent_snapshot_source_count(s), 1);
    ent_snapshot_free(s);
    ent_import_free(import);
}

static void import_should_refuse_options_it_cannot_use(void) {
    ent_import_options_t options;
    ent_import_options_init(&options);
    ent_import_t *import = NULL;
    ent_diag_list_clear(&diags);
    CU_ASSERT_EQUAL(ent_import_read(&import, &options, &diags), ENT_EUSAGE);
    CU_ASSERT_PTR_NULL(import);
    ent_import_input_t input = {ENT_IMPORT_TABLE, "t.csv", NULL, NULL};
    options.inputs = &input;
    options.input_count = 1;
    CU_ASSERT_EQUAL(ent_import_read(&import, &options, &diags), ENT_EUSAGE);
    assert_first_diag("error: a table to import is required");
    ent_import_format format;
    CU_ASSERT_TRUE(ent_import_format_parse("cow-igo", &format));
    CU_ASSERT_EQUAL(format, ENT_IMPORT_COW_IGO);
    CU_ASSERT_STRING_EQUAL(ent_import_format_name(ENT_IMPORT_ATOP), "atop");
    CU_ASSERT_FALSE(ent_import_format_parse("sipri", &format));
}

static void identity_should_cut_a_spell_where_a_code_changes_hands(void) {
    const ent_state_identity_t *spans[8];
    /* COW 365: Russia to 1922, the Soviet Union 1923-1991, Russia since. */
    size_t n = import_code_spans(365, 1900, 0, spans, 8);
    CU_ASSERT_EQUAL_FATAL(n, 3);
    CU_ASSERT_STRING_EQUAL(spans[0]->id, "RUS");
    CU_ASSERT_STRING_EQUAL(spans[1]->id, "SUN");
    CU_ASSERT_EQUAL(spans[1]->from, 1923);
    CU_ASSERT_EQUAL(spans[1]->to, 1991);
    CU_ASSERT_STRING_EQUAL(spans[2]->id, "RUS");
    CU_ASSERT_EQUAL(import_code_spans(365, 1995, 2014, spans, 8), 1);
    CU_ASSERT_STRING_EQUAL(spans[0]->id, "RUS");
    CU_ASSERT_EQUAL(import_code_spans(8152, 1874, 1883, spans, 8), 0);
}

int register_import_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(csv_should_unescape_quotes_and_keep_positions),
        TEST_CASE(csv_should_keep_empty_fields),
        TEST_CASE(csv_should_reject_bad_quoting_and_bytes),
        TEST_CASE(spells_should_compare_on_the_shared_precision),
        TEST_CASE(gazetteer_lookup_should_take_ids_names_and_aliases),
        TEST_CASE(import_should_cut_a_table_at_a_date),
        TEST_CASE(import_should_refuse_options_it_cannot_use),
        TEST_CASE(identity_should_cut_a_spell_where_a_code_changes_hands),
    };
    return add_suite("import", setup, teardown, tests,
                     sizeof tests / sizeof tests[0]);
}
