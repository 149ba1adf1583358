/*
 * Unit tests of the gazetteer reader's members for cited, dated facts:
 * `sources`, `source_ref` on entities, offices and capitals, and capitals
 * with the dates they held the role; with the faults it must reject at
 * their line and column.
 */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract_internal.h"
#include "suites.h"

static ent_diag_list_t diags;

static const char dated_text[] =
    "{\"schema\": \"entente-gazetteer/1\",\n"
    " \"sources\": [{\"id\": \"iso\", \"title\": \"iso-codes\"},\n"
    "   {\"id\": \"cow\", \"url\": \"https://example.org\", \"accessed\": "
    "\"2026-12-02\"}],\n"
    " \"entities\": [\n"
    "  {\"id\": \"KAZ\", \"type\": \"state\", \"name\": \"Kazakhstan\", "
    "\"source_ref\": \"iso\", \"capitals\": [\n"
    "    {\"name\": \"Almaty\", \"until\": \"1997-12-09\", \"source_ref\": "
    "\"cow\"},\n"
    "    {\"name\": \"Astana\", \"since\": \"1997-12-10\", \"until\": "
    "\"2019-03-22\"},\n"
    "    {\"name\": \"Nur-Sultan\", \"since\": \"2019-03-23\", \"until\": "
    "\"2022-09-17\"},\n"
    "    {\"name\": \"Astana\", \"since\": \"2022-09-17\"}]},\n"
    "  {\"id\": \"BLR\", \"type\": \"state\", \"name\": \"Belarus\", "
    "\"capitals\": [\"Minsk\"], \"source_ref\": [\"iso\", \"cow\"]},\n"
    "  {\"id\": \"tokayev\", \"type\": \"person\", \"name\": \"Tokayev\", "
    "\"offices\": [{\"role\": \"president\", \"of\": \"KAZ\", \"since\": "
    "\"2019-03-20\", \"source_ref\": \"cow\", \"note\": \"acting at "
    "first\"}]}\n"
    " ]}\n";

static int setup(void) {
    ent_diag_list_init(&diags);
    return 0;
}

static int teardown(void) {
    ent_diag_list_destroy(&diags);
    return 0;
}

/* Loads `text`; returns the status, keeps the gazetteer in *out if asked. */
static ent_status load(const char *text, ent_gazetteer_t **out) {
    ent_gazetteer_t *g = NULL;
    ent_diag_list_clear(&diags);
    ent_status status =
        ent_gazetteer_load_buffer(&g, text, strlen(text), "g.json", &diags);
    CU_ASSERT_EQUAL(status == ENT_OK, g != NULL);
    if (out != NULL) {
        *out = g;
    } else {
        ent_gazetteer_free(g);
    }
    return status;
}

static void expect_first_diag(const char *expected) {
    test_expect_diag(&diags, 0, expected);
}

/* The capital spelled `name` in a sentence, and whether it named its state
 * on `date`. */
static int capital_on(const ent_gazetteer_t *g, const char *name,
                      const char *date) {
    mention m;
    CU_ASSERT_FATAL(gazetteer_match(g, name, strlen(name), 0, &m) == 1);
    CU_ASSERT_EQUAL(m.kind, SPELLING_CAPITAL);
    CU_ASSERT_STRING_EQUAL(g->entities[m.entity].id, "KAZ");
    return gazetteer_spelling_in_use(g, m.spelling, date);
}

static void gazetteer_should_read_sources_citations_and_dated_capitals(void) {
    ent_gazetteer_t *g = NULL;
    CU_ASSERT_EQUAL_FATAL(load(dated_text, &g), ENT_OK);
    CU_ASSERT_EQUAL(ent_gazetteer_entity_count(g), 3);
    /* Names 3, capitals 4 + 1 (Astana twice, once per period). */
    CU_ASSERT_EQUAL(ent_gazetteer_spelling_count(g), 8);
    CU_ASSERT_TRUE(capital_on(g, "Nur-Sultan", "2020-05-01"));
    CU_ASSERT_FALSE(capital_on(g, "Nur-Sultan", "2023"));
    CU_ASSERT_FALSE(capital_on(g, "Nur-Sultan", "2019-03-22"));
    CU_ASSERT_TRUE(capital_on(g, "Astana", "1999"));
    CU_ASSERT_FALSE(capital_on(g, "Astana", "2020-05-01"));
    CU_ASSERT_TRUE(capital_on(g, "Astana", "2025-11-27"));
    CU_ASSERT_TRUE(capital_on(g, "Astana", NULL));
    CU_ASSERT_TRUE(capital_on(g, "Almaty", "1995"));
    CU_ASSERT_FALSE(capital_on(g, "Almaty", "1998"));
    /* The office and its dates are kept; the note and citation only
     * checked. */
    const gz_entity *tokayev = &g->entities[2];
    CU_ASSERT_EQUAL_FATAL(tokayev->office_count, 1);
    CU_ASSERT_STRING_EQUAL(tokayev->offices[0].since, "2019-03-20");
    CU_ASSERT_PTR_NULL(tokayev->offices[0].until);
    ent_gazetteer_free(g);
}

static void gazetteer_should_keep_a_plain_capital_in_use_on_every_date(void) {
    ent_gazetteer_t *g = NULL;
    CU_ASSERT_EQUAL_FATAL(load(dated_text, &g), ENT_OK);
    mention m;
    CU_ASSERT_FATAL(gazetteer_match(g, "Minsk", 5, 0, &m) == 1);
    CU_ASSERT_TRUE(gazetteer_spelling_in_use(g, m.spelling, "1990"));
    CU_ASSERT_TRUE(gazetteer_spelling_in_use(g, m.spelling, "2026-01-01"));
    ent_gazetteer_free(g);
}

#define HEAD "{\"schema\": \"entente-gazetteer/1\", "
/* A state A and a person holding an office of it, whose members follow. */
#define OFFICE_HEAD                                                            \
    HEAD "\"entities\": [\n"                                                   \
         " {\"id\": \"A\", \"type\": \"state\", \"name\": \"Aland\"},\n"       \
         " {\"id\": \"p\", \"type\": \"person\", \"name\": \"Pia\", "          \
         "\"offices\": [{\"role\": \"president\", \"of\": \"A\", "

static void gazetteer_should_reject_a_bad_capital_object(void) {
    CU_ASSERT_EQUAL(load(HEAD "\"entities\": [\n"
                              " {\"id\": \"A\", \"type\": \"state\", "
                              "\"name\": \"Aland\", \"capitals\": [7]}]}",
                         NULL),
                    ENT_EINPUT);
    expect_first_diag(
        "g.json:2:48: error: expected a string or an object {\"name\", "
        "\"since\", \"until\"} for a capital (at /entities/0/capitals/0)");
    CU_ASSERT_EQUAL(load(HEAD "\"entities\": [\n"
                              " {\"id\": \"A\", \"type\": \"state\", "
                              "\"name\": \"Aland\", \"capitals\": "
                              "[{\"since\": \"2001\"}]}]}",
                         NULL),
                    ENT_EINPUT);
    /* At the object itself, the opening brace. */
    expect_first_diag("g.json:2:61: error: missing member \"name\" (at "
                      "/entities/0/capitals/0)");
    CU_ASSERT_EQUAL(load(HEAD "\"entities\": [\n"
                              " {\"id\": \"A\", \"type\": \"state\", "
                              "\"name\": \"Aland\", \"capitals\": "
                              "[{\"name\": \"Mariehamn\", \"from\": "
                              "\"2001\"}]}]}",
                         NULL),
                    ENT_EINPUT);
    expect_first_diag("g.json:2:83: error: unknown member \"from\" (at "
                      "/entities/0/capitals/0)");
    CU_ASSERT_EQUAL(load(HEAD "\"entities\": [\n"
                              " {\"id\": \"A\", \"type\": \"state\", "
                              "\"name\": \"Aland\", \"capitals\": "
                              "{\"name\": \"Mariehamn\"}}]}",
                         NULL),
                    ENT_EINPUT);
    expect_first_diag("g.json:2:48: error: expected an array of strings or "
                      "objects for \"capitals\" (at /entities/0/capitals)");
}

static void gazetteer_should_reject_bad_dates(void) {
    CU_ASSERT_EQUAL(load(HEAD "\"entities\": [\n"
                              " {\"id\": \"A\", \"type\": \"state\", "
                              "\"name\": \"Aland\", \"capitals\": "
                              "[{\"name\": \"Mariehamn\", \"since\": "
                              "\"2019-02-30\"}]}]}",
                         NULL),
                    ENT_EINPUT);
    expect_first_diag("g.json:2:83: error: expected a date (YYYY-MM-DD, "
                      "YYYY-MM or YYYY) for \"since\", found \"2019-02-30\" "
                      "(at /entities/0/capitals/0)");
    CU_ASSERT_EQUAL(load(OFFICE_HEAD
                         "\"since\": \"2020-05\", \"until\": \"2019\"}]}]}",
                         NULL),
                    ENT_EINPUT);
    expect_first_diag("g.json:3:112: error: \"until\" (2019) is before "
                      "\"since\" (2020-05) (at /entities/1/offices/0)");
    CU_ASSERT_EQUAL(load(OFFICE_HEAD "\"until\": 2019}]}]}", NULL), ENT_EINPUT);
    expect_first_diag("g.json:3:92: error: expected a non-empty string for "
                      "\"until\" (at /entities/1/offices/0)");
}

static void gazetteer_should_reject_an_unknown_source(void) {
    CU_ASSERT_EQUAL(
        load(HEAD "\"sources\": [{\"id\": \"s1\"}], \"entities\": [\n"
                  " {\"id\": \"A\", \"type\": \"state\", \"name\": \"Aland\", "
                  "\"source_ref\": \"s2\"}]}",
             NULL),
        ENT_EINPUT);
    expect_first_diag("g.json:2:48: error: unknown source \"s2\" (not listed "
                      "in \"sources\") (at /entities/0)");
    CU_ASSERT_EQUAL(load(OFFICE_HEAD "\"source_ref\": [\"s1\"]}]}]}", NULL),
                    ENT_EINPUT);
    expect_first_diag("g.json:3:107: error: unknown source \"s1\" (not listed "
                      "in \"sources\") (at /entities/1/offices/0)");
    CU_ASSERT_EQUAL(
        load(HEAD "\"sources\": [{\"id\": \"s1\"}], \"entities\": [\n"
                  " {\"id\": \"A\", \"type\": \"state\", \"name\": \"Aland\", "
                  "\"source_ref\": []}]}",
             NULL),
        ENT_EINPUT);
    expect_first_diag("g.json:2:48: error: expected a source id or a "
                      "non-empty array of source ids for \"source_ref\" (at "
                      "/entities/0)");
}

static void gazetteer_should_reject_bad_sources(void) {
    CU_ASSERT_EQUAL(load(HEAD "\"sources\": [{\"id\": \"s1\"},\n"
                              " {\"id\": \"s1\", \"accessed\": \"May\"}], "
                              "\"entities\": []}",
                         NULL),
                    ENT_EINPUT);
    expect_first_diag("g.json:2:15: error: expected a date for \"accessed\", "
                      "found \"May\" (at /sources/1)");
    CU_ASSERT_EQUAL(diags.count, 2);
    test_expect_diag(&diags, 1,
                     "g.json:2:3: error: duplicate source id \"s1\" (at "
                     "/sources)");
    CU_ASSERT_EQUAL(load(HEAD "\"sources\": [{\"title\": \"x\", \"year\": "
                              "2001}], \"entities\": []}",
                         NULL),
                    ENT_EINPUT);
    expect_first_diag("g.json:1:62: error: unknown member \"year\" (at "
                      "/sources/0)");
    CU_ASSERT_EQUAL(load(HEAD "\"entities\": [], \"source\": []}", NULL),
                    ENT_EINPUT);
    expect_first_diag("g.json:1:51: error: unknown member \"source\"");
}

int register_gazetteer_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(gazetteer_should_read_sources_citations_and_dated_capitals),
        TEST_CASE(gazetteer_should_keep_a_plain_capital_in_use_on_every_date),
        TEST_CASE(gazetteer_should_reject_a_bad_capital_object),
        TEST_CASE(gazetteer_should_reject_bad_dates),
        TEST_CASE(gazetteer_should_reject_an_unknown_source),
        TEST_CASE(gazetteer_should_reject_bad_sources),
    };
    return add_suite("gazetteer", setup, teardown, tests,
                     sizeof tests / sizeof *tests);
}
