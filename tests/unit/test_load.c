/*
 * Unit tests of the loader: every class of error with its exact line,
 * column and JSON path, warnings, limits, and the round trip.
 */
#include <CUnit/CUnit.h>
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entente/load.h"
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

/* Loads `length` bytes named "t.json"; the snapshot is freed at once. */
static ent_status load_bytes(const char *data, size_t length,
                             size_t *entities) {
    ent_diag_list_clear(&diags);
    ent_snapshot_t *snapshot = NULL;
    ent_status status = ent_snapshot_load_buffer(&snapshot, data, length,
                                                 "t.json", NULL, &diags);
    CU_ASSERT_EQUAL(status == ENT_OK, snapshot != NULL);
    if (entities != NULL && snapshot != NULL) {
        *entities = ent_snapshot_entity_count(snapshot);
    }
    ent_snapshot_free(snapshot);
    return status;
}

static ent_status load(const char *text) {
    return load_bytes(text, strlen(text), NULL);
}

/* Asserts that diagnostic `index` formats exactly as `expected`. */
#define ASSERT_DIAG(index, expected)                                           \
    test_expect_diag(&diags, (index), (expected))

/* A valid document to build faults into: entities and relations vary. */
#define HEAD "{\"schema\": \"entente/1\", \"id\": \"t\",\n"

static void load_should_accept_a_minimal_snapshot(void) {
    size_t entities = 0;
    const char *text = HEAD "\"entities\": [{\"id\": \"A\", \"type\": "
                            "\"state\"}],\n\"relations\": []}";
    CU_ASSERT_EQUAL(load_bytes(text, strlen(text), &entities), ENT_OK);
    CU_ASSERT_EQUAL(entities, 1);
    /* An entity in no relation is a warning, not an error. */
    CU_ASSERT_EQUAL(diags.count, 1);
    ASSERT_DIAG(0, "t.json:2:14: warning: entity \"A\" takes part in no "
                   "relation (at /entities/0)");
}

static void load_should_reject_truncated_json(void) {
    CU_ASSERT_EQUAL(load(HEAD "\"entities\": [{\"id\": \"A\",\n  \"ty"),
                    ENT_EINPUT);
    CU_ASSERT_EQUAL(diags.count, 1);
    ASSERT_DIAG(0, "t.json:3:6: error: syntax error: unexpected end of "
                   "input (is the file truncated?)");
}

static void load_should_name_the_unexpected_text(void) {
    CU_ASSERT_EQUAL(load(HEAD "\"entities\": [}"), ENT_EINPUT);
    ASSERT_DIAG(0, "t.json:2:14: error: syntax error: unexpected '}'");
    CU_ASSERT_EQUAL(load("{\"schema\": \"entente/1\"} trailing"), ENT_EINPUT);
    ASSERT_DIAG(0, "t.json:1:25: error: syntax error: unexpected "
                   "'trailing'");
}

/* cJSON reports a bad member name one byte late; the loader steps back. */
static void load_should_point_at_the_culprit_of_a_syntax_error(void) {
    CU_ASSERT_EQUAL(load("{\"a\": 1,}"), ENT_EINPUT);
    ASSERT_DIAG(0, "t.json:1:9: error: syntax error: unexpected '}'");
    CU_ASSERT_EQUAL(load("{\"a\": 1, 5: 2}"), ENT_EINPUT);
    ASSERT_DIAG(0, "t.json:1:10: error: syntax error: unexpected '5: 2}'");
    CU_ASSERT_EQUAL(load("{\"a\": 1, \xc3\xa9: 2}"), ENT_EINPUT);
    ASSERT_DIAG(0, "t.json:1:10: error: syntax error: unexpected '\xc3\xa9: "
                   "2}'");
    /* In an array the value after a comma is reported in place. */
    CU_ASSERT_EQUAL(load("{\"b\": [1, 2,]}"), ENT_EINPUT);
    ASSERT_DIAG(0, "t.json:1:13: error: syntax error: unexpected ']}'");
    /* A CRLF line end is no cut in the quote. */
    CU_ASSERT_EQUAL(load("{\"a\": 1,\r\n x]\r\n}"), ENT_EINPUT);
    ASSERT_DIAG(0, "t.json:2:2: error: syntax error: unexpected 'x]'");
}

static void load_should_reject_an_empty_file(void) {
    CU_ASSERT_EQUAL(load(""), ENT_EINPUT);
    ASSERT_DIAG(0, "t.json:1:1: error: the file is empty (expected a JSON "
                   "object)");
    CU_ASSERT_EQUAL(load(" \n\t"), ENT_EINPUT);
    ASSERT_DIAG(0, "t.json:2:2: error: the file holds only white space "
                   "(expected a JSON object)");
}

static void load_should_reject_binary_garbage(void) {
    const char garbage[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    CU_ASSERT_EQUAL(load_bytes(garbage, sizeof garbage - 1, NULL), ENT_EINPUT);
    CU_ASSERT_EQUAL(diags.count, 1);
    ASSERT_DIAG(0, "t.json:1:1: error: invalid UTF-8 byte 0x89 (the file "
                   "must be UTF-8 text)");
    const char nul[] = "{\"schema\"\0: 1}";
    CU_ASSERT_EQUAL(load_bytes(nul, sizeof nul - 1, NULL), ENT_EINPUT);
    ASSERT_DIAG(0, "t.json:1:10: error: NUL byte: this is binary data, not "
                   "JSON text");
}

static void load_should_reject_invalid_utf8_with_its_position(void) {
    /* "Россия" is valid; the lone continuation byte after it is not. */
    CU_ASSERT_EQUAL(
        load(HEAD "\"entities\": [{\"id\": \"RUS\", \"type\": \"state\", "
                  "\"name\": \"Россия\x80\"}]}"),
        ENT_EINPUT);
    ASSERT_DIAG(0, "t.json:2:60: error: invalid UTF-8 byte 0x80 (the file "
                   "must be UTF-8 text)");
    /* Overlong encodings and surrogates are invalid too. */
    CU_ASSERT_EQUAL(load("[\"\xC0\xAF\"]"), ENT_EINPUT);
    ASSERT_DIAG(0, "t.json:1:3: error: invalid UTF-8 byte 0xC0 (the file "
                   "must be UTF-8 text)");
    CU_ASSERT_EQUAL(load("[\"\xED\xA0\x80\"]"), ENT_EINPUT);
    ASSERT_DIAG(0, "t.json:1:3: error: invalid UTF-8 byte 0xED (the file "
                   "must be UTF-8 text)");
}

static void load_should_refuse_deep_nesting_without_recursing(void) {
    enum { DEPTH = 100000 };
    char *text = malloc(2 * DEPTH + 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    memset(text, '[', DEPTH);
    memset(text + DEPTH, ']', DEPTH);
    text[2 * DEPTH] = '\0';
    CU_ASSERT_EQUAL(load(text), ENT_EINPUT);
    CU_ASSERT_EQUAL(diags.count, 1);
    ASSERT_DIAG(0, "t.json:1:65: error: nesting deeper than 64 levels of "
                   "arrays and objects");
    free(text);
}

static void load_should_reject_control_characters_and_nul_escapes(void) {
    CU_ASSERT_EQUAL(load("{\"id\": \"a\tb\"}"), ENT_EINPUT);
    ASSERT_DIAG(0, "t.json:1:10: error: control character U+0009 in a "
                   "string must be escaped");
    CU_ASSERT_EQUAL(load("{\"id\": \"a\\u0000b\"}"), ENT_EINPUT);
    ASSERT_DIAG(0, "t.json:1:10: error: \\u0000 (a NUL character) is not "
                   "allowed in a string");
}

static void load_should_accept_a_byte_order_mark(void) {
    const char *text =
        "\xEF\xBB\xBF" HEAD
        "\"entities\": [{\"id\": 7, \"type\": \"state\"}], \"relations\": []}";
    CU_ASSERT_EQUAL(load(text), ENT_EINPUT);
    /* Columns count from after the mark, as editors show them. */
    ASSERT_DIAG(0, "t.json:2:21: error: expected a string for \"id\", found "
                   "a number (at /entities/0/id)");
}

static void load_should_check_the_schema_first(void) {
    CU_ASSERT_EQUAL(load("{\"id\": \"t\"}"), ENT_EINPUT);
    CU_ASSERT_EQUAL(diags.count, 1);
    ASSERT_DIAG(0, "t.json:1:1: error: missing required member \"schema\" "
                   "(expected \"entente/1\")");
    CU_ASSERT_EQUAL(load("{\"schema\": \"entente/2\", \"id\": 1}"), ENT_EINPUT);
    CU_ASSERT_EQUAL(diags.count, 1);
    ASSERT_DIAG(0, "t.json:1:12: error: unsupported schema version "
                   "\"entente/2\" (this version reads \"entente/1\") (at "
                   "/schema)");
    CU_ASSERT_EQUAL(load("{\"schema\": \"entente-gazetteer/1\"}"), ENT_EINPUT);
    ASSERT_DIAG(0, "t.json:1:12: error: not a snapshot: the schema is "
                   "\"entente-gazetteer/1\" (expected \"entente/1\") (at "
                   "/schema)");
    CU_ASSERT_EQUAL(load("[1, 2]"), ENT_EINPUT);
    ASSERT_DIAG(0, "t.json:1:1: error: expected a JSON object at the top "
                   "level, found an array");
}

static void load_should_reject_wrong_member_types(void) {
    CU_ASSERT_EQUAL(load(HEAD
                         "\"title\": 5,\n\"entities\": {},\n\"relations\": [7, "
                         "{\"type\": \"leads\", \"source\": [], \"target\": "
                         "null}]}"),
                    ENT_EINPUT);
    CU_ASSERT_EQUAL(diags.count, 5);
    ASSERT_DIAG(0, "t.json:2:10: error: expected a string for \"title\", "
                   "found a number (at /title)");
    ASSERT_DIAG(1, "t.json:3:13: error: expected an array for "
                   "\"entities\", found an object (at /entities)");
    ASSERT_DIAG(2, "t.json:4:15: error: expected an object, found a number "
                   "(at /relations/0)");
    ASSERT_DIAG(3, "t.json:4:46: error: expected a string for \"source\", "
                   "found an array (at /relations/1/source)");
    ASSERT_DIAG(4, "t.json:4:60: error: expected a string for \"target\", "
                   "found null (at /relations/1/target)");
}

static void load_should_report_missing_required_members(void) {
    CU_ASSERT_EQUAL(load(HEAD "\"entities\": [{\"name\": \"x\"}]}"),
                    ENT_EINPUT);
    CU_ASSERT_EQUAL(diags.count, 3);
    ASSERT_DIAG(0, "t.json:1:1: error: missing required member "
                   "\"relations\"");
    ASSERT_DIAG(1, "t.json:2:14: error: missing required member \"id\" (at "
                   "/entities/0)");
    ASSERT_DIAG(2, "t.json:2:14: error: missing required member \"type\" "
                   "(at /entities/0)");
}

#define TWO_STATES                                                             \
    "\"entities\": [{\"id\": \"A\", \"type\": \"state\"},\n"                   \
    "  {\"id\": \"B\", \"type\": \"state\"}],\n"

static void load_should_reject_unknown_and_duplicate_ids(void) {
    CU_ASSERT_EQUAL(
        load(HEAD TWO_STATES
             "\"sources\": [{\"id\": \"s1\"}, {\"id\": \"s1\"}],\n"
             "\"relations\": [{\"type\": \"border_risk\", \"source\": "
             "\"A\", \"target\": \"ZZZ\"},\n"
             "  {\"type\": \"border_risk\", \"source\": \"A\", \"target\": "
             "\"B\", \"source_ref\": \"s9\"}],\n"
             "\"x\": [{\"id\": \"A\", \"type\": \"state\"}, {\"id\": \"A\"}]}"),
        ENT_EINPUT);
    CU_ASSERT_EQUAL(diags.count, 3);
    ASSERT_DIAG(0, "t.json:4:34: error: duplicate source id \"s1\", first "
                   "declared at /sources/0 (at /sources/1/id)");
    ASSERT_DIAG(1, "t.json:5:64: error: relation target \"ZZZ\" is not a "
                   "declared entity (at /relations/0/target)");
    ASSERT_DIAG(2, "t.json:6:71: error: source_ref \"s9\" names no entry of "
                   "\"sources\" (at /relations/1/source_ref)");
    CU_ASSERT_EQUAL(
        load(HEAD "\"entities\": [{\"id\": \"A\", \"type\": \"state\"},\n"
                  "  {\"id\": \"A\", \"type\": \"person\"},\n"
                  "  {\"id\": \"\", \"type\": \"state\"}], \"relations\": []}"),
        ENT_EINPUT);
    CU_ASSERT_EQUAL(diags.count, 2);
    ASSERT_DIAG(0, "t.json:3:10: error: duplicate entity id \"A\", first "
                   "declared at /entities/0 (at /entities/1/id)");
    ASSERT_DIAG(1, "t.json:4:10: error: \"id\" must not be empty (at "
                   "/entities/2/id)");
}

static void load_should_reject_bad_weights(void) {
    CU_ASSERT_EQUAL(load(HEAD TWO_STATES
                         "\"relations\": [\n"
                         "{\"type\": \"border_risk\", \"source\": \"A\", "
                         "\"target\": \"B\", \"weight\": 0},\n"
                         "{\"type\": \"border_risk\", \"source\": \"A\", "
                         "\"target\": \"B\", \"weight\": -0.5},\n"
                         "{\"type\": \"border_risk\", \"source\": \"A\", "
                         "\"target\": \"B\", \"weight\": 1e999},\n"
                         "{\"type\": \"border_risk\", \"source\": \"A\", "
                         "\"target\": \"B\", \"weight\": \"0.5\"},\n"
                         "{\"type\": \"arms_dependency\", \"source\": "
                         "\"A\", \"target\": \"B\", \"weight\": 1.25}]}"),
                    ENT_EINPUT);
    CU_ASSERT_EQUAL(diags.count, 5);
    ASSERT_DIAG(0, "t.json:5:65: error: \"weight\" must be greater than 0, "
                   "found 0 (at /relations/0/weight)");
    ASSERT_DIAG(1, "t.json:6:65: error: \"weight\" must be greater than 0, "
                   "found -0.5 (at /relations/1/weight)");
    ASSERT_DIAG(2, "t.json:7:65: error: \"weight\" must be a finite number, "
                   "found one too large to represent (at "
                   "/relations/2/weight)");
    ASSERT_DIAG(3, "t.json:8:65: error: expected a number for \"weight\", "
                   "found a string (at /relations/3/weight)");
    ASSERT_DIAG(4, "t.json:9:69: error: \"weight\" of \"arms_dependency\" is "
                   "a share and must lie in (0, 1], found 1.25 (at "
                   "/relations/4/weight)");
}

static void load_should_check_entity_types_of_endpoints(void) {
    CU_ASSERT_EQUAL(
        load(HEAD "\"entities\": [{\"id\": \"ARM\", \"type\": \"state\"},\n"
                  "  {\"id\": \"putin\", \"type\": \"person\"},\n"
                  "  {\"id\": \"CSTO\", \"type\": \"organisation\"}],\n"
                  "\"relations\": [{\"type\": \"member_of\", \"source\": "
                  "\"putin\", \"target\": \"ARM\"},\n"
                  "  {\"type\": \"leads\", \"source\": \"ARM\", \"target\": "
                  "\"ARM\"}]}"),
        ENT_EINPUT);
    CU_ASSERT_EQUAL(diags.count, 4);
    ASSERT_DIAG(0, "t.json:4:26: error: unknown entity type \"organisation\" "
                   "(expected state, organization, person, event or group) "
                   "(at /entities/2/type)");
    ASSERT_DIAG(1, "t.json:5:47: error: \"member_of\" needs a state as its "
                   "source, but \"putin\" is a person (at "
                   "/relations/0/source)");
    ASSERT_DIAG(2, "t.json:5:66: error: \"member_of\" needs an organization "
                   "as its target, but \"ARM\" is a state (at "
                   "/relations/0/target)");
    ASSERT_DIAG(3, "t.json:6:31: error: \"leads\" needs a person as its "
                   "source, but \"ARM\" is a state (at /relations/1/source)");
}

static void load_should_reject_unknown_types_statuses_and_dates(void) {
    CU_ASSERT_EQUAL(
        load(HEAD "\"date\": \"2025-02-29\",\n"
                  "\"entities\": [{\"id\": \"A\", \"type\": \"state\"},\n"
                  "  {\"id\": \"O\", \"type\": \"organization\"}],\n"
                  "\"relations\": [{\"type\": \"allied_with\", \"source\": "
                  "\"A\", \"target\": \"O\"},\n"
                  "  {\"type\": \"member_of\", \"source\": \"A\", \"target\": "
                  "\"O\", \"status\": \"paused\", \"since\": \"1992-13\", "
                  "\"period\": \"2024-2020\"}]}"),
        ENT_EINPUT);
    CU_ASSERT_EQUAL(diags.count, 5);
    ASSERT_DIAG(0, "t.json:2:9: error: invalid date \"2025-02-29\" (expected "
                   "a real calendar date as YYYY-MM-DD, YYYY-MM or YYYY) (at "
                   "/date)");
    ASSERT_DIAG(1, "t.json:5:24: error: unknown relation type "
                   "\"allied_with\" (declare it in \"relation_types\") (at "
                   "/relations/0/type)");
    ASSERT_DIAG(2, "t.json:6:65: error: unknown status \"paused\" (expected "
                   "active, observer, frozen, suspended or former) (at "
                   "/relations/1/status)");
    ASSERT_DIAG(3, "t.json:6:84: error: invalid date \"1992-13\" (expected a "
                   "real calendar date as YYYY-MM-DD, YYYY-MM or YYYY) (at "
                   "/relations/1/since)");
    ASSERT_DIAG(4, "t.json:6:105: error: invalid period \"2024-2020\" "
                   "(expected a date, YYYY-YYYY or DATE/DATE) (at "
                   "/relations/1/period)");
}

static void load_should_accept_declared_relation_types(void) {
    size_t entities = 0;
    const char *text = HEAD
        "\"relation_types\": {\"trades_with\": {\"directed\": false, "
        "\"default_weight\": 0.5, \"source_types\": [\"state\"]}},\n" TWO_STATES
        "\"relations\": [{\"type\": \"trades_with\", \"source\": "
        "\"A\", \"target\": \"B\"}]}";
    CU_ASSERT_EQUAL(load_bytes(text, strlen(text), &entities), ENT_OK);
    CU_ASSERT_EQUAL(diags.count, 0);
    CU_ASSERT_EQUAL(entities, 2);
}

static void load_should_reject_bad_relation_type_declarations(void) {
    CU_ASSERT_EQUAL(
        load(HEAD "\"relation_types\": {\"member_of\": {},\n"
                  "  \"a/b~c\": {\"directed\": \"yes\", \"source_types\": "
                  "[\"nation\"], \"default_weight\": 2, \"share\": true}},\n"
                  "\"entities\": [], \"relations\": []}"),
        ENT_EINPUT);
    CU_ASSERT_EQUAL(diags.count, 4);
    ASSERT_DIAG(0, "t.json:2:33: error: relation type \"member_of\" is built "
                   "in or already declared (at /relation_types/member_of)");
    ASSERT_DIAG(1, "t.json:3:25: error: expected true or false for "
                   "\"directed\", found a string (at "
                   "/relation_types/a~1b~0c/directed)");
    ASSERT_DIAG(2, "t.json:3:49: error: unknown entity type \"nation\" "
                   "(expected state, organization, person, event or group) "
                   "(at /relation_types/a~1b~0c/source_types/0)");
    ASSERT_DIAG(3, "t.json:3:78: error: \"default_weight\" of \"a/b~c\" is a "
                   "share and must lie in (0, 1], found 2 (at "
                   "/relation_types/a~1b~0c/default_weight)");
}

/* A faulty declaration is still a declaration: its relations are not
 * reported as using an undeclared type. */
static void load_should_not_call_a_faulty_declared_type_unknown(void) {
    CU_ASSERT_EQUAL(
        load(HEAD
             "\"relation_types\": {\"allied\": {\"directed\": 3}},\n" TWO_STATES
             "\"relations\": [{\"type\": \"allied\", "
             "\"source\": \"A\", \"target\": \"B\"}]}"),
        ENT_EINPUT);
    CU_ASSERT_EQUAL(diags.count, 1);
    ASSERT_DIAG(0, "t.json:2:43: error: expected true or false for "
                   "\"directed\", found a number (at "
                   "/relation_types/allied/directed)");
}

static void load_should_report_duplicate_members(void) {
    CU_ASSERT_EQUAL(load(HEAD "\"entities\": [{\"id\": \"A\", \"type\": "
                              "\"state\", \"id\": \"B\"}], \"relations\": "
                              "[]}"),
                    ENT_EINPUT);
    ASSERT_DIAG(0, "t.json:2:14: error: duplicate member \"id\" (JSON "
                   "names must be unique in an object) (at /entities/0)");
    /* An error about the member's value points at the first occurrence,
     * the one that counts. */
    CU_ASSERT_EQUAL(load(HEAD "\"entities\": [{\"id\": \"A\", \"type\": "
                              "\"stat\",\n \"type\": \"state\"}], "
                              "\"relations\": []}"),
                    ENT_EINPUT);
    ASSERT_DIAG(1, "t.json:2:34: error: unknown entity type \"stat\" "
                   "(expected state, organization, person, event or group) "
                   "(at /entities/0/type)");
}

static void load_should_stop_after_the_error_limit(void) {
    char text[8192];
    size_t length = (size_t)snprintf(text, sizeof text, "%s",
                                     HEAD "\"relations\": [], \"entities\": [");
    for (int i = 0; i < 30; i++) {
        length += (size_t)snprintf(
            text + length, sizeof text - length,
            "%s\n{\"id\": \"e%d\", \"type\": \"nation\"}", i ? "," : "", i);
    }
    snprintf(text + length, sizeof text - length, "]}");
    CU_ASSERT_EQUAL(load(text), ENT_EINPUT);
    CU_ASSERT_EQUAL(diags.errors, 20);
    CU_ASSERT_EQUAL(diags.count, 21);
    ASSERT_DIAG(19, "t.json:22:23: error: unknown entity type \"nation\" "
                    "(expected state, organization, person, event or group) "
                    "(at /entities/19/type)");
    ASSERT_DIAG(20, "t.json: note: stopped after 20 errors; fix these and "
                    "run again");
}

static void load_should_warn_without_failing(void) {
    CU_ASSERT_EQUAL(
        load(HEAD "\"entities\": [{\"id\": \"A\", \"type\": \"state\"},\n"
                  "  {\"id\": \"B\", \"type\": \"state\"},\n"
                  "  {\"id\": \"C\", \"type\": \"state\"}],\n"
                  "\"relations\": [\n"
                  "{\"type\": \"border_risk\", \"source\": \"A\", \"target\": "
                  "\"B\"},\n"
                  "{\"type\": \"border_risk\", \"source\": \"B\", \"target\": "
                  "\"A\"},\n"
                  "{\"type\": \"arms_dependency\", \"source\": \"A\", "
                  "\"target\": \"A\"}]}"),
        ENT_OK);
    CU_ASSERT_EQUAL(diags.warnings, 3);
    ASSERT_DIAG(0, "t.json:4:3: warning: entity \"C\" takes part in no "
                   "relation (at /entities/2)");
    ASSERT_DIAG(1, "t.json:7:1: warning: duplicate relation: "
                   "\"border_risk\" between \"B\" and \"A\" is already at "
                   "/relations/0 (at /relations/1)");
    ASSERT_DIAG(2, "t.json:8:1: warning: relation \"arms_dependency\" ties "
                   "\"A\" to itself (at /relations/2)");
}

/* A newline or a terminal escape quoted from the data must not split the
 * diagnostic's line or reach the terminal. */
static void diagnostics_should_escape_control_characters(void) {
    CU_ASSERT_EQUAL(load(HEAD "\"entities\": [{\"id\": \"A\", \"type\": "
                              "\"x\\n\\u001b[2J\"}], \"relations\": []}"),
                    ENT_EINPUT);
    ASSERT_DIAG(0, "t.json:2:34: error: unknown entity type \"x\\x0A\\x1B[2J\" "
                   "(expected state, organization, person, event or group) "
                   "(at /entities/0/type)");
}

static void load_should_count_columns_in_code_points(void) {
    CU_ASSERT_EQUAL(load(HEAD "\"title\": \"Қазақстан\", \"date\": 2025, "
                              "\"entities\": [], \"relations\": []}"),
                    ENT_EINPUT);
    ASSERT_DIAG(0, "t.json:2:31: error: expected a string for \"date\", "
                   "found a number (at /date)");
}

static void load_file_should_report_missing_files_and_directories(void) {
    ent_diag_list_clear(&diags);
    ent_snapshot_t *snapshot = NULL;
    CU_ASSERT_EQUAL(ent_snapshot_load_file(&snapshot,
                                           test_data_path("no-such.json"), NULL,
                                           &diags),
                    ENT_EINPUT);
    CU_ASSERT_PTR_NULL(snapshot);
    CU_ASSERT_PTR_NOT_NULL(
        strstr(diags.items[0].message, "cannot open the file: no such file"));
    ent_diag_list_clear(&diags);
    CU_ASSERT_EQUAL(
        ent_snapshot_load_file(&snapshot, test_data_path(""), NULL, &diags),
        ENT_EINPUT);
    CU_ASSERT_STRING_EQUAL(diags.items[0].message,
                           "is a directory, not a snapshot file");
}

static void load_file_should_refuse_a_file_over_the_size_limit(void) {
    ent_load_options_t options;
    ent_load_options_init(&options);
    options.max_file_size = 100;
    ent_diag_list_clear(&diags);
    ent_snapshot_t *snapshot = NULL;
    CU_ASSERT_EQUAL(ent_snapshot_load_file(&snapshot,
                                           test_data_path("roundtrip.json"),
                                           &options, &diags),
                    ENT_EINPUT);
    CU_ASSERT_PTR_NOT_NULL(
        strstr(diags.items[0].message, "over the limit of 100 bytes"));
}

static char *read_whole(const char *path) {
    FILE *file = fopen(path, "rb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(file);
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *data = malloc((size_t)size + 1);
    CU_ASSERT_FATAL(fread(data, 1, (size_t)size, file) == (size_t)size);
    data[size] = '\0';
    fclose(file);
    return data;
}

/* The fixture holds extra members of every JSON type at every level and
 * is written in the writer's own layout, so the bytes must come back. */
static void snapshot_with_extra_members_should_survive_write_back(void) {
    const char *path = test_data_path("roundtrip.json");
    char *original = read_whole(path);
    ent_diag_list_clear(&diags);
    ent_snapshot_t *snapshot = NULL;
    CU_ASSERT_EQUAL_FATAL(ent_snapshot_load_file(&snapshot, path, NULL, &diags),
                          ENT_OK);
    CU_ASSERT_EQUAL(diags.count, 0);
    char *written = NULL;
    CU_ASSERT_EQUAL_FATAL(ent_snapshot_to_json(snapshot, &written), ENT_OK);
    CU_ASSERT_STRING_EQUAL(written, original);
    cJSON *a = cJSON_Parse(original);
    cJSON *b = cJSON_Parse(written);
    CU_ASSERT_TRUE(cJSON_Compare(a, b, 1));
    cJSON_Delete(a);
    cJSON_Delete(b);
    free(written);
    free(original);
    ent_snapshot_free(snapshot);
}

static void file_kind_probe_should_tell_snapshots_from_other_files(void) {
    ent_file_kind kind;
    char schema[64] = "";
    CU_ASSERT_EQUAL(ent_file_kind_probe(test_data_path("roundtrip.json"), &kind,
                                        schema, sizeof schema),
                    ENT_OK);
    CU_ASSERT_EQUAL(kind, ENT_FILE_SNAPSHOT);
    CU_ASSERT_EQUAL(ent_file_kind_probe(test_data_path("gazetteer-like.json"),
                                        &kind, schema, sizeof schema),
                    ENT_OK);
    CU_ASSERT_EQUAL(kind, ENT_FILE_OTHER_SCHEMA);
    CU_ASSERT_STRING_EQUAL(schema, "entente-gazetteer/1");
    /* Judged by "schema" alone: a snapshot cut short is still one (and
     * its load says what is wrong with it). */
    CU_ASSERT_EQUAL(ent_file_kind_probe(test_data_path("dir/broken.json"),
                                        &kind, schema, sizeof schema),
                    ENT_OK);
    CU_ASSERT_EQUAL(kind, ENT_FILE_SNAPSHOT);
}

int register_load_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(load_should_accept_a_minimal_snapshot),
        TEST_CASE(load_should_reject_truncated_json),
        TEST_CASE(load_should_name_the_unexpected_text),
        TEST_CASE(load_should_point_at_the_culprit_of_a_syntax_error),
        TEST_CASE(load_should_reject_an_empty_file),
        TEST_CASE(load_should_reject_binary_garbage),
        TEST_CASE(load_should_reject_invalid_utf8_with_its_position),
        TEST_CASE(load_should_refuse_deep_nesting_without_recursing),
        TEST_CASE(load_should_reject_control_characters_and_nul_escapes),
        TEST_CASE(load_should_accept_a_byte_order_mark),
        TEST_CASE(load_should_check_the_schema_first),
        TEST_CASE(load_should_reject_wrong_member_types),
        TEST_CASE(load_should_report_missing_required_members),
        TEST_CASE(load_should_reject_unknown_and_duplicate_ids),
        TEST_CASE(load_should_reject_bad_weights),
        TEST_CASE(load_should_check_entity_types_of_endpoints),
        TEST_CASE(load_should_reject_unknown_types_statuses_and_dates),
        TEST_CASE(load_should_accept_declared_relation_types),
        TEST_CASE(load_should_reject_bad_relation_type_declarations),
        TEST_CASE(load_should_not_call_a_faulty_declared_type_unknown),
        TEST_CASE(load_should_report_duplicate_members),
        TEST_CASE(load_should_stop_after_the_error_limit),
        TEST_CASE(load_should_warn_without_failing),
        TEST_CASE(load_should_count_columns_in_code_points),
        TEST_CASE(diagnostics_should_escape_control_characters),
        TEST_CASE(load_file_should_report_missing_files_and_directories),
        TEST_CASE(load_file_should_refuse_a_file_over_the_size_limit),
        TEST_CASE(snapshot_with_extra_members_should_survive_write_back),
        TEST_CASE(file_kind_probe_should_tell_snapshots_from_other_files),
    };
    return add_suite("load", setup, teardown, tests,
                     sizeof tests / sizeof tests[0]);
}
