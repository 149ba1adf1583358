/*
 * Unit tests of names_near.c on an invented gazetteer: the
 * transliteration key, a near spelling of an office-holder's name
 * (given names and surname, surname first), and a state's variant after
 * "TITLE of", with the cases where each must not fire.
 */
#include <CUnit/CUnit.h>
#include <stdlib.h>
#include <string.h>

#include "extract/gazetteer_index.h"
#include "extract/names.h"
#include "suites.h"

static const char gazetteer_text[] =
    "{\"schema\": \"entente-gazetteer/1\", \"entities\": [\n"
    " {\"id\": \"KGZ\", \"type\": \"state\", \"name\": \"Kyrgyzstan\",\n"
    "  \"aliases\": [\"Kyrgyz Republic\"]},\n"
    " {\"id\": \"HUN\", \"type\": \"state\", \"name\": \"Hungary\"},\n"
    " {\"id\": \"TCD\", \"type\": \"state\", \"name\": \"Chad\"},\n"
    " {\"id\": \"AUT\", \"type\": \"state\", \"name\": \"Austria\"},\n"
    " {\"id\": \"AUY\", \"type\": \"state\", \"name\": \"Austrya\"},\n"
    " {\"id\": \"ghimpu\", \"type\": \"person\", \"name\": \"Mihai "
    "Ghimpu\",\n"
    "  \"aliases\": [\"Ghimpu\"]},\n"
    " {\"id\": \"kishida\", \"type\": \"person\", \"name\": \"Fumio "
    "Kishida\"},\n"
    " {\"id\": \"aliyev\", \"type\": \"person\", \"name\": \"Ilham "
    "Aliyev\"}\n"
    "]}\n";

static ent_gazetteer_t *load(void) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_gazetteer_t *g = NULL;
    ent_status status = ent_gazetteer_load_buffer(
        &g, gazetteer_text, strlen(gazetteer_text), "g.json", &diags);
    ent_diag_list_destroy(&diags);
    CU_ASSERT_EQUAL(status, ENT_OK);
    return g;
}

/* 1 when the key of a equals the key of b. */
static int same_key(const char *a, const char *b) {
    char ka[NAMES_TEXT_MAX], kb[NAMES_TEXT_MAX];
    size_t m = names_key_of(a, strlen(a), ka, sizeof ka);
    size_t n = names_key_of(b, strlen(b), kb, sizeof kb);
    return m == n && memcmp(ka, kb, m) == 0;
}

static void key_should_fold_what_transliterations_differ_on(void) {
    CU_ASSERT_TRUE(same_key("Bouteflika", "Boutefliqa"));
    CU_ASSERT_TRUE(same_key("Kyrgyzstan", "Kirgizstan"));
    CU_ASSERT_TRUE(same_key("Ghimpu", "Gimpu"));
    CU_ASSERT_TRUE(same_key("Al-Sharqi", "alsharki"));
    CU_ASSERT_FALSE(same_key("Scholz", "Schulz"));
    CU_ASSERT_FALSE(same_key("Mali", "Malawi"));
    /* bytes from 0x80 are kept: two spellings differing there differ */
    CU_ASSERT_FALSE(same_key("Jos\xC3\xA9", "Jos\xC3\xA8"));
}

/* names_near_entity on the whole of `written`. */
static int near(const ent_gazetteer_t *g, const char *written, const char *id) {
    size_t entity = gazetteer_find_id(g, id);
    CU_ASSERT_FATAL(entity != SIZE_MAX);
    return names_near_entity(g, written, 0, strlen(written), entity);
}

static void near_spelling_should_need_near_surname_and_given_names(void) {
    ent_gazetteer_t *g = load();
    CU_ASSERT_PTR_NOT_NULL_FATAL(g);
    CU_ASSERT_TRUE(near(g, "Mihay Gimpu", "ghimpu"));
    CU_ASSERT_TRUE(near(g, "Gimpu", "ghimpu"));          /* the alias */
    CU_ASSERT_TRUE(near(g, "M Ghimpu", "ghimpu"));       /* an initial */
    CU_ASSERT_TRUE(near(g, "Kishida Fumio", "kishida")); /* surname first */
    CU_ASSERT_TRUE(near(g, "Ilham Aliyev", "aliyev"));
    /* another given name: another person of the family */
    CU_ASSERT_FALSE(near(g, "Mehriban Aliyeva", "aliyev"));
    CU_ASSERT_FALSE(near(g, "Mihai Popescu", "ghimpu"));
    CU_ASSERT_FALSE(near(g, "Gi", "ghimpu")); /* too short to compare */
    CU_ASSERT_FALSE(near(g, "Fumio Kishida Taro", "aliyev"));
    /* surname first holds for two words only */
    CU_ASSERT_FALSE(near(g, "Kishida Fumio Taro", "kishida"));
    ent_gazetteer_free(g);
}

/* The entity token `word` of `text` names after names_state_variant at
 * the token after its first word (the title), or SIZE_MAX when it stays a
 * word. */
static size_t variant_of(const ent_gazetteer_t *g, const char *text,
                         size_t word) {
    ent_extract_options_t options;
    ent_extract_options_init(&options);
    names_table *t = malloc(sizeof *t);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    names_init(t, g, &options);
    token *tokens = NULL;
    size_t count = 0, capacity = 0;
    sentence s = {0, strlen(text)};
    CU_ASSERT_EQUAL_FATAL(text_tokenize(g, text, s, &tokens, &count, &capacity),
                          ENT_OK);
    CU_ASSERT_FATAL(word < count);
    names_state_variant(t, text, tokens, count, 1);
    size_t entity =
        tokens[word].kind == TOKEN_MENTION ? tokens[word].m.entity : SIZE_MAX;
    free(tokens);
    names_release(t);
    free(t);
    return entity;
}

static void state_variant_should_be_read_after_title_of_only(void) {
    ent_gazetteer_t *g = load();
    CU_ASSERT_PTR_NOT_NULL_FATAL(g);
    size_t kgz = gazetteer_find_id(g, "KGZ");
    CU_ASSERT_EQUAL(variant_of(g, "President of Kyrghyzstan Sadyr Japarov", 2),
                    kgz);
    CU_ASSERT_EQUAL(variant_of(g, "President of the Kirgizstan republic", 3),
                    kgz);
    /* no "of" after the title */
    CU_ASSERT_EQUAL(variant_of(g, "President Kyrghyzstan spoke", 1), SIZE_MAX);
    /* the key agrees, the written first letter does not (a dropped h) */
    CU_ASSERT_EQUAL(variant_of(g, "President of Ungary", 2), SIZE_MAX);
    /* a key under five letters is never taken */
    CU_ASSERT_EQUAL(variant_of(g, "President of Chadd", 2), SIZE_MAX);
    /* two states' keys: neither */
    CU_ASSERT_EQUAL(variant_of(g, "President of Austrija", 2), SIZE_MAX);
    /* a word in small letters is no state */
    CU_ASSERT_EQUAL(variant_of(g, "President of kyrghyzstan", 2), SIZE_MAX);
    ent_gazetteer_free(g);
}

int register_names_near_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(key_should_fold_what_transliterations_differ_on),
        TEST_CASE(near_spelling_should_need_near_surname_and_given_names),
        TEST_CASE(state_variant_should_be_read_after_title_of_only),
    };
    return add_suite("names_near", NULL, NULL, tests,
                     sizeof tests / sizeof tests[0]);
}
