/*
 * Unit tests of the extractor: gazetteer faults with their positions,
 * sentence splitting, spelling matches (longest first, possessives, case)
 * and the relations drafted from small texts.
 */
#include <CUnit/CUnit.h>
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract_internal.h"
#include "suites.h"

static ent_diag_list_t diags;
static ent_gazetteer_t *gazetteer;

static const char gazetteer_text[] =
    "{\"schema\": \"entente-gazetteer/1\", \"entities\": [\n"
    " {\"id\": \"KAZ\", \"type\": \"state\", \"name\": \"Kazakhstan\", "
    "\"demonyms\": [\"Kazakh\"], \"capitals\": [\"Astana\"]},\n"
    " {\"id\": \"ARM\", \"type\": \"state\", \"name\": \"Armenia\"},\n"
    " {\"id\": \"USA\", \"type\": \"state\", \"name\": \"United States\", "
    "\"aliases\": [\"US\"]},\n"
    " {\"id\": \"CSTO\", \"type\": \"organization\", \"name\": "
    "\"Collective Security Treaty Organization\", \"abbreviations\": "
    "[\"CSTO\"]},\n"
    " {\"id\": \"tokayev\", \"type\": \"person\", \"name\": "
    "\"Kassym-Jomart Tokayev\", \"aliases\": [\"Tokayev\", \"Toqaev\"], "
    "\"offices\": [{\"role\": \"president\", \"of\": \"KAZ\", \"since\": "
    "\"2019-03-20\"}]},\n"
    " {\"id\": \"drugs\", \"type\": \"group\", \"name\": \"drug "
    "trafficking\"}\n"
    "]}\n";

static int setup(void) {
    ent_diag_list_init(&diags);
    return ent_gazetteer_load_buffer(&gazetteer, gazetteer_text,
                                     strlen(gazetteer_text), "g.json",
                                     &diags) == ENT_OK
               ? 0
               : 1;
}

static int teardown(void) {
    ent_gazetteer_free(gazetteer);
    ent_diag_list_destroy(&diags);
    return 0;
}

static void assert_first_diag(const char *expected) {
    CU_ASSERT_FATAL(diags.count > 0);
    char *line = ent_diag_format(&diags.items[0]);
    CU_ASSERT_STRING_EQUAL(line, expected);
    if (strcmp(line, expected) != 0) {
        fprintf(stderr, "\n  got:      %s\n  expected: %s\n", line, expected);
    }
    free(line);
}

static ent_status load_gazetteer(const char *text) {
    ent_gazetteer_t *g = NULL;
    ent_diag_list_clear(&diags);
    ent_status status =
        ent_gazetteer_load_buffer(&g, text, strlen(text), "g.json", &diags);
    CU_ASSERT_EQUAL(status == ENT_OK, g != NULL);
    ent_gazetteer_free(g);
    return status;
}

static void gazetteer_should_load_entities_and_spellings(void) {
    CU_ASSERT_EQUAL(ent_gazetteer_entity_count(gazetteer), 6);
    CU_ASSERT_EQUAL(ent_gazetteer_spelling_count(gazetteer), 12);
}

static void gazetteer_should_reject_an_alias_claimed_twice(void) {
    CU_ASSERT_EQUAL(
        load_gazetteer("{\"schema\": \"entente-gazetteer/1\", \"entities\": [\n"
                       "{\"id\": \"A\", \"type\": \"state\", \"name\": "
                       "\"Georgia\"},\n"
                       "{\"id\": \"b\", \"type\": \"person\", \"name\": "
                       "\"Georgia Smith\", \"aliases\": [\"GEORGIA\"]}]}"),
        ENT_EINPUT);
    assert_first_diag("g.json:3:68: error: spelling \"GEORGIA\" is already "
                      "claimed by entity \"A\" (at /entities/1/aliases/0)");
}

static void gazetteer_should_reject_unknown_members_and_offices(void) {
    CU_ASSERT_EQUAL(
        load_gazetteer("{\"schema\": \"entente-gazetteer/1\", \"entities\": [\n"
                       "{\"id\": \"p\", \"type\": \"person\", \"name\": "
                       "\"Pat\", \"demonym\": [\"x\"]}]}"),
        ENT_EINPUT);
    CU_ASSERT_EQUAL(diags.count, 1);
    assert_first_diag("g.json:2:46: error: unknown member \"demonym\" (at "
                      "/entities/0)");
    CU_ASSERT_EQUAL(
        load_gazetteer("{\"schema\": \"entente-gazetteer/1\", \"entities\": [\n"
                       "{\"id\": \"p\", \"type\": \"person\", \"name\": "
                       "\"Pat\",\n"
                       " \"offices\": [{\"role\": \"president\", \"of\": "
                       "\"ZZ\"}]}]}"),
        ENT_EINPUT);
    assert_first_diag("g.json:3:36: error: \"of\" must name a state or "
                      "organization of the gazetteer, found \"ZZ\" (at "
                      "/entities/0/offices/0)");
}

static void gazetteer_should_reject_another_schema_and_bad_syntax(void) {
    CU_ASSERT_EQUAL(load_gazetteer("{\"schema\": \"entente/1\"}"), ENT_EINPUT);
    assert_first_diag("g.json:1:2: error: expected \"schema\": "
                      "\"entente-gazetteer/1\" (at /schema)");
    CU_ASSERT_EQUAL(load_gazetteer("{\"schema\": \n"), ENT_EINPUT);
    assert_first_diag("g.json:2:1: error: syntax error: unexpected end of "
                      "input (is the file truncated?)");
}

/* The sentences of `text`, joined by " | ". */
static void split(const char *text, char *out, size_t size) {
    size_t at = 0, used = 0;
    sentence s;
    out[0] = '\0';
    while (text_next_sentence(text, strlen(text), &at, &s)) {
        used += (size_t)snprintf(out + used, size - used, "%s%.*s",
                                 used ? " | " : "", (int)(s.end - s.start),
                                 text + s.start);
    }
}

static void sentences_should_survive_abbreviations_quotes_and_initials(void) {
    char out[512];
    split("Mr. Putin met Dr. Smith in the U.S. capital. He said: \"It is "
          "done.\" Then V. V. Putin left! Did he? Yes.",
          out, sizeof out);
    CU_ASSERT_STRING_EQUAL(out, "Mr. Putin met Dr. Smith in the U.S. capital. "
                                "| He said: \"It is done.\" | Then V. V. "
                                "Putin left! | Did he? | Yes.");
    split("It is attended by Uzbekistan.The leadership of Armenia refused. "
          "News.Az reports.\n\nA heading\nNew paragraph",
          out, sizeof out);
    CU_ASSERT_STRING_EQUAL(out, "It is attended by Uzbekistan. | The "
                                "leadership of Armenia refused. | News.Az "
                                "reports. | A heading\nNew paragraph");
}

/* The entity ids mentioned in `text`, space-separated, "'" after a
 * possessive. */
static void mentions(const char *text, char *out, size_t size) {
    token *tokens = NULL;
    size_t count = 0, capacity = 0, used = 0;
    sentence s = {0, strlen(text)};
    out[0] = '\0';
    CU_ASSERT_EQUAL(
        text_tokenize(gazetteer, text, s, &tokens, &count, &capacity), ENT_OK);
    for (size_t i = 0; i < count; i++) {
        if (tokens[i].kind == TOKEN_MENTION) {
            used += (size_t)snprintf(out + used, size - used, "%s%s%s",
                                     used ? " " : "",
                                     gazetteer->entities[tokens[i].m.entity].id,
                                     tokens[i].m.possessive ? "'" : "");
        }
    }
    free(tokens);
}

static void mentions_should_take_the_longest_spelling_and_possessives(void) {
    char out[256];
    mentions("Kazakhstan’s and Kazakhstan's Kazakh leader Kassym-Jomart "
             "Tokayev (Toqaev) met Armenia' s envoy",
             out, sizeof out);
    CU_ASSERT_STRING_EQUAL(out, "KAZ' KAZ' KAZ tokayev tokayev ARM");
    mentions("Kazakhstani Armenians in Astana", out, sizeof out);
    CU_ASSERT_STRING_EQUAL(out, "KAZ");
}

static void mentions_should_respect_case(void) {
    char out[256];
    mentions("let us see the US and Drug trafficking or the csto", out,
             sizeof out);
    CU_ASSERT_STRING_EQUAL(out, "USA drugs");
}

/* Extracts `text` and returns the snapshot (freed by the caller). */
static ent_snapshot_t *extract(const char *text) {
    ent_snapshot_t *snapshot = NULL;
    ent_extract_options_t options;
    ent_extract_options_init(&options);
    options.date = "2024-11-28";
    ent_diag_list_clear(&diags);
    CU_ASSERT_EQUAL(ent_extract_buffer(&snapshot, text, strlen(text), "a.txt",
                                       gazetteer, &options, &diags),
                    ENT_OK);
    return snapshot;
}

/* 1 when the snapshot has the relation TYPE SOURCE TARGET. */
static int has(const ent_snapshot_t *s, const char *type, const char *source,
               const char *target) {
    for (size_t r = 0; r < ent_snapshot_relation_count(s); r++) {
        const ent_relation_t *rel = ent_snapshot_relation(s, r);
        if (strcmp(ent_snapshot_relation_type(s, rel->type)->name, type) == 0 &&
            strcmp(ent_snapshot_entity(s, rel->source)->id, source) == 0 &&
            strcmp(ent_snapshot_entity(s, rel->target)->id, target) == 0) {
            return 1;
        }
    }
    return 0;
}

static void extract_should_draft_relations_with_evidence(void) {
    const char *text = "The CSTO met. Kazakh President Kassym-Jomart Tokayev "
                       "hosted the summit. Armenia's decision not to attend "
                       "was noted.";
    ent_snapshot_t *s = extract(text);
    CU_ASSERT_FATAL(s != NULL);
    CU_ASSERT_STRING_EQUAL(ent_snapshot_id(s), "a");
    CU_ASSERT(has(s, "leads", "tokayev", "KAZ"));
    CU_ASSERT(has(s, "absent_from", "ARM", "summit-2024"));
    for (size_t r = 0; r < ent_snapshot_relation_count(s); r++) {
        const ent_relation_t *rel = ent_snapshot_relation(s, r);
        const cJSON *span = cJSON_GetObjectItem(rel->attributes, "span");
        size_t start = (size_t)cJSON_GetArrayItem(span, 0)->valuedouble;
        size_t end = (size_t)cJSON_GetArrayItem(span, 1)->valuedouble;
        CU_ASSERT_EQUAL(strlen(rel->evidence), end - start);
        CU_ASSERT_EQUAL(strncmp(text + start, rel->evidence, end - start), 0);
        CU_ASSERT(
            cJSON_IsTrue(cJSON_GetObjectItem(rel->attributes, "extracted")));
        CU_ASSERT_STRING_EQUAL(rel->source_ref, "article");
    }
    ent_snapshot_free(s);
}

static void extract_should_not_relate_a_co_mention(void) {
    ent_snapshot_t *s =
        extract("Kazakhstan and Armenia were discussed by the CSTO. "
                "Tokayev spoke about drug trafficking.");
    CU_ASSERT_FATAL(s != NULL);
    CU_ASSERT_EQUAL(ent_snapshot_relation_count(s), 0);
    CU_ASSERT_EQUAL(ent_snapshot_entity_count(s), 0);
    ent_snapshot_free(s);
}

static void extract_should_reject_bad_text(void) {
    ent_snapshot_t *s = NULL;
    ent_diag_list_clear(&diags);
    CU_ASSERT_EQUAL(ent_extract_buffer(&s, "ab\xC0\x80", 4, "a.txt", gazetteer,
                                       NULL, &diags),
                    ENT_EINPUT);
    CU_ASSERT_PTR_NULL(s);
    assert_first_diag("a.txt:1:3: error: invalid UTF-8 byte 0xC0 (the file "
                      "must be UTF-8 text)");
}

static void patterns_should_all_compile(void) {
    compiled_patterns *p = NULL;
    const char *bad = NULL;
    CU_ASSERT_EQUAL(patterns_compile(&p, &bad), ENT_OK);
    CU_ASSERT_PTR_NULL(bad);
    patterns_release(p);
}

int register_extract_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(gazetteer_should_load_entities_and_spellings),
        TEST_CASE(gazetteer_should_reject_an_alias_claimed_twice),
        TEST_CASE(gazetteer_should_reject_unknown_members_and_offices),
        TEST_CASE(gazetteer_should_reject_another_schema_and_bad_syntax),
        TEST_CASE(sentences_should_survive_abbreviations_quotes_and_initials),
        TEST_CASE(mentions_should_take_the_longest_spelling_and_possessives),
        TEST_CASE(mentions_should_respect_case),
        TEST_CASE(extract_should_draft_relations_with_evidence),
        TEST_CASE(extract_should_not_relate_a_co_mention),
        TEST_CASE(extract_should_reject_bad_text),
        TEST_CASE(patterns_should_all_compile),
    };
    return add_suite("extract", setup, teardown, tests,
                     sizeof tests / sizeof tests[0]);
}
