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

#include "extract/names.h"
#include "extract/patterns_internal.h"
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
    test_expect_diag(&diags, 0, expected);
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

/* Every word token's hash is text_word_hash of its bytes, whichever path
 * of the tokenizer hashed it (one 16-byte load, a copy near the end of
 * the sentence, 8 bytes at a time for a long or non-ASCII word), and a
 * number is a word of digits only. */
static void tokens_should_hash_as_text_word_hash(void) {
    const char *texts[] = {
        "A bb CCC dddd EeEeE ffffff GGGGGGG hhhhhhhh Iiiiiiiii jjjjjjjjjj "
        "KKKKKKKKKKKKKKK llllllllllllllll Mmmmmmmmmmmmmmmmm 2024 19th "
        "T\xC3\xBCrkiye \xC3\x96zbekiston Zelenskyy's year's "
        "internationalization 123456789012345678 x",
        "Q",
        "zz 1234567",
        "Lukashenko\xE2\x80\x94Putin met in Minsk",
    };
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
        const char *text = texts[k];
        token *tokens = NULL;
        size_t count = 0, capacity = 0, words = 0;
        sentence s = {0, strlen(text)};
        CU_ASSERT_EQUAL(
            text_tokenize(gazetteer, text, s, &tokens, &count, &capacity),
            ENT_OK);
        for (size_t i = 0; i < count; i++) {
            const token *t = &tokens[i];
            if (t->kind != TOKEN_WORD && t->kind != TOKEN_NUMBER) {
                continue;
            }
            words++;
            size_t length = t->end - t->start;
            CU_ASSERT_EQUAL(t->hash, text_word_hash(text + t->start, length));
            CU_ASSERT_EQUAL(t->kind == TOKEN_NUMBER,
                            strspn(text + t->start, "0123456789") >= length);
        }
        CU_ASSERT(words > 0);
        free(tokens);
    }
}

/* A word with a curly apostrophe (U+2019) is one token that hashes as
 * the same word with the ASCII one, near the sentence's end or not, so
 * that rule words written "bloc's" meet "bloc’s". */
static void curly_apostrophe_words_should_hash_as_ascii_ones(void) {
    const char *pairs[][2] = {
        {"the bloc\xE2\x80\x99s chairman", "the bloc's chairman"},
        {"this year\xE2\x80\x99s", "this year's"},
        {"Cote d\xE2\x80\x99Ivoire\xE2\x80\x99s envoy",
         "Cote d'Ivoire's envoy"},
    };
    for (size_t k = 0; k < sizeof pairs / sizeof *pairs; k++) {
        uint32_t hashes[2][4] = {{0}};
        size_t counts[2] = {0};
        for (int v = 0; v < 2; v++) {
            const char *text = pairs[k][v];
            token *tokens = NULL;
            size_t count = 0, capacity = 0;
            sentence s = {0, strlen(text)};
            CU_ASSERT_EQUAL(
                text_tokenize(gazetteer, text, s, &tokens, &count, &capacity),
                ENT_OK);
            for (size_t i = 0; i < count && counts[v] < 4; i++) {
                if (tokens[i].kind == TOKEN_WORD) {
                    hashes[v][counts[v]++] = tokens[i].hash;
                }
            }
            free(tokens);
        }
        CU_ASSERT_EQUAL(counts[0], counts[1]);
        for (size_t i = 0; i < counts[0] && i < counts[1]; i++) {
            CU_ASSERT_EQUAL(hashes[0][i], hashes[1][i]);
        }
    }
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

/* ---- a gazetteer with leaders in office, for the gazetteer checks ---- */

static const char leaders_text[] =
    "{\"schema\": \"entente-gazetteer/1\", \"entities\": [\n"
    " {\"id\": \"RUS\", \"type\": \"state\", \"name\": \"Russia\", "
    "\"demonyms\": [\"Russian\"]},\n"
    " {\"id\": \"ARM\", \"type\": \"state\", \"name\": \"Armenia\", "
    "\"aliases\": [\"Republic of Armenia\"]},\n"
    " {\"id\": \"BLR\", \"type\": \"state\", \"name\": \"Belarus\"},\n"
    " {\"id\": \"KAZ\", \"type\": \"state\", \"name\": \"Kazakhstan\", "
    "\"aliases\": [\"Republic of Kazakhstan\"], \"capitals\": "
    "[\"Astana\"]},\n"
    " {\"id\": \"putin\", \"type\": \"person\", \"name\": \"Vladimir "
    "Putin\", \"aliases\": [\"Putin\"], \"offices\": [{\"role\": "
    "\"president\", \"of\": \"RUS\", \"since\": \"2012-05-07\"}]},\n"
    " {\"id\": \"pashinyan\", \"type\": \"person\", \"name\": \"Nikol "
    "Pashinyan\", \"offices\": [{\"role\": \"prime minister\", \"of\": "
    "\"ARM\", \"since\": \"2018-05-08\"}]},\n"
    " {\"id\": \"lukashenko\", \"type\": \"person\", \"name\": "
    "\"Aleksandr Lukashenko\", \"offices\": [{\"role\": \"president\", "
    "\"of\": \"BLR\", \"since\": \"1994-07-20\"}]},\n"
    " {\"id\": \"tokayev\", \"type\": \"person\", \"name\": "
    "\"Kassym-Jomart Tokayev\", \"offices\": [{\"role\": \"president\", "
    "\"of\": \"KAZ\", \"since\": \"2019-03-20\"}]}\n"
    "]}\n";

/* The same people without offices: what the patterns alone draw. */
static const char bare_text[] =
    "{\"schema\": \"entente-gazetteer/1\", \"entities\": [\n"
    " {\"id\": \"RUS\", \"type\": \"state\", \"name\": \"Russia\"},\n"
    " {\"id\": \"ARM\", \"type\": \"state\", \"name\": \"Armenia\"},\n"
    " {\"id\": \"BLR\", \"type\": \"state\", \"name\": \"Belarus\"},\n"
    " {\"id\": \"KAZ\", \"type\": \"state\", \"name\": \"Kazakhstan\"},\n"
    " {\"id\": \"putin\", \"type\": \"person\", \"name\": \"Vladimir "
    "Putin\"},\n"
    " {\"id\": \"pashinyan\", \"type\": \"person\", \"name\": \"Nikol "
    "Pashinyan\"},\n"
    " {\"id\": \"lukashenko\", \"type\": \"person\", \"name\": "
    "\"Aleksandr Lukashenko\"},\n"
    " {\"id\": \"tokayev\", \"type\": \"person\", \"name\": "
    "\"Kassym-Jomart Tokayev\"}\n"
    "]}\n";

/* The --explain lines, joined by newlines. */
typedef struct {
    char text[8192];
    size_t used;
} explained;

static void collect(void *payload, const char *line) {
    explained *e = payload;
    e->used += (size_t)snprintf(e->text + e->used, sizeof e->text - e->used,
                                "%s\n", line);
    if (e->used >= sizeof e->text) {
        e->used = sizeof e->text - 1;
    }
}

/* Extracts `text` with the gazetteer `g_text` on `date` at threshold
 * `min`, collecting the explanation into *e when not NULL. */
static ent_snapshot_t *extract_with(const char *g_text, const char *text,
                                    const char *date, double min,
                                    explained *e) {
    ent_gazetteer_t *g = NULL;
    ent_snapshot_t *snapshot = NULL;
    ent_extract_options_t options;
    ent_extract_options_init(&options);
    options.date = date;
    options.min_confidence = min;
    if (e != NULL) {
        e->used = 0;
        e->text[0] = '\0';
        options.explain = collect;
        options.explain_payload = e;
    }
    ent_diag_list_clear(&diags);
    CU_ASSERT_EQUAL_FATAL(
        ent_gazetteer_load_buffer(&g, g_text, strlen(g_text), "g.json", &diags),
        ENT_OK);
    CU_ASSERT_EQUAL(ent_extract_buffer(&snapshot, text, strlen(text), "a.txt",
                                       g, &options, &diags),
                    ENT_OK);
    ent_gazetteer_free(g);
    return snapshot;
}

/* The number of relations of a type. */
static size_t count_of(const ent_snapshot_t *s, const char *type) {
    size_t n = 0;
    for (size_t r = 0; r < ent_snapshot_relation_count(s); r++) {
        const ent_relation_t *rel = ent_snapshot_relation(s, r);
        n += strcmp(ent_snapshot_relation_type(s, rel->type)->name, type) == 0;
    }
    return n;
}

/* The relation TYPE SOURCE TARGET, or NULL. */
static const ent_relation_t *find(const ent_snapshot_t *s, const char *type,
                                  const char *source, const char *target) {
    for (size_t r = 0; r < ent_snapshot_relation_count(s); r++) {
        const ent_relation_t *rel = ent_snapshot_relation(s, r);
        if (strcmp(ent_snapshot_relation_type(s, rel->type)->name, type) == 0 &&
            strcmp(ent_snapshot_entity(s, rel->source)->id, source) == 0 &&
            strcmp(ent_snapshot_entity(s, rel->target)->id, target) == 0) {
            return rel;
        }
    }
    return NULL;
}

static double confidence_of(const ent_relation_t *r) {
    return cJSON_GetObjectItem(r->attributes, "confidence")->valuedouble;
}

/* The four leaderships of the sentence, and none of the wrong
 * ones a title after a name would give the next name. */
static void assert_four_leaders(const ent_snapshot_t *s) {
    CU_ASSERT_EQUAL(count_of(s, "leads"), 4);
    CU_ASSERT(has(s, "leads", "putin", "RUS"));
    CU_ASSERT(has(s, "leads", "pashinyan", "ARM"));
    CU_ASSERT(has(s, "leads", "lukashenko", "BLR"));
    CU_ASSERT(has(s, "leads", "tokayev", "KAZ"));
    CU_ASSERT(!has(s, "leads", "pashinyan", "RUS"));
    CU_ASSERT(!has(s, "leads", "lukashenko", "ARM"));
    CU_ASSERT(!has(s, "leads", "tokayev", "BLR"));
}

static const char alternating[] =
    "Vladimir Putin, President of Russia, Nikol Pashinyan, Prime Minister "
    "of Armenia, Aleksandr Lukashenko, President of Belarus, and "
    "Kassym-Jomart Tokayev, President of Kazakhstan, attended the summit.";

static void extract_should_give_a_title_to_the_name_before_it(void) {
    /* with the gazetteer's offices, and with the patterns alone */
    const char *gazetteers[] = {leaders_text, bare_text};
    for (size_t k = 0; k < 2; k++) {
        ent_snapshot_t *s =
            extract_with(gazetteers[k], alternating, "2024-11-28", 0.5, NULL);
        CU_ASSERT_FATAL(s != NULL);
        assert_four_leaders(s);
        CU_ASSERT(has(s, "attends", "pashinyan", "summit-2024"));
        CU_ASSERT(has(s, "attends", "tokayev", "summit-2024"));
        ent_snapshot_free(s);
    }
    static const char *const variants[] = {
        "Vladimir Putin, the President of Russia, Nikol Pashinyan, the Prime "
        "Minister of Armenia, Aleksandr Lukashenko, the President of "
        "Belarus, and Kassym-Jomart Tokayev, the President of Kazakhstan, "
        "met.",
        "President of Russia Vladimir Putin, Prime Minister of Armenia Nikol "
        "Pashinyan, President of Belarus Aleksandr Lukashenko and President "
        "of Kazakhstan Kassym-Jomart Tokayev met.",
        "Present at the meeting were:\n\n- Vladimir Putin, President of "
        "Russia\n- Nikol Pashinyan, Prime Minister of Armenia\n- Aleksandr "
        "Lukashenko, President of Belarus\n- Kassym-Jomart Tokayev, "
        "President of Kazakhstan\n",
    };
    for (size_t v = 0; v < 3; v++) {
        for (size_t k = 0; k < 2; k++) {
            ent_snapshot_t *s = extract_with(gazetteers[k], variants[v],
                                             "2024-11-28", 0.5, NULL);
            CU_ASSERT_FATAL(s != NULL);
            assert_four_leaders(s);
            ent_snapshot_free(s);
        }
    }
}

static void extract_should_explain_a_rejected_title(void) {
    explained e;
    ent_snapshot_t *s =
        extract_with(bare_text, alternating, "2024-11-28", 0.5, &e);
    CU_ASSERT(strncmp(e.text, "sentence 1 [0, 197): Vladimir Putin, ", 37) ==
              0);
    CU_ASSERT_PTR_NOT_NULL(strstr(
        e.text, "  rejected leads pashinyan->RUS 0.85 by \"{R:role} of the? "
                "{B:state/org} , {A:person}\": the title is the apposition "
                "of the name before it\n"));
    ent_snapshot_free(s);
}

static void extract_should_reject_a_leadership_the_gazetteer_contradicts(void) {
    explained e;
    ent_snapshot_t *s = extract_with(
        leaders_text, "The President of Russia Nikol Pashinyan spoke.",
        "2024-11-28", 0.5, &e);
    CU_ASSERT_FATAL(s != NULL);
    CU_ASSERT_EQUAL(count_of(s, "leads"), 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(
        e.text, "rejected leads pashinyan->RUS 0.90 by \"{R:role} of the? "
                "{B:state/org} {A:person}\": gazetteer has pashinyan as prime "
                "minister of ARM on 2024-11-28\n"));
    ent_snapshot_free(s);
}

static void extract_should_resolve_a_title_alone_by_the_office_held(void) {
    const char *text = "President Vladimir Putin attended the summit.";
    ent_snapshot_t *s =
        extract_with(leaders_text, text, "2024-11-28", 0.5, NULL);
    CU_ASSERT_FATAL(s != NULL);
    CU_ASSERT(has(s, "leads", "putin", "RUS"));
    const ent_relation_t *person = find(s, "attends", "putin", "summit-2024");
    const ent_relation_t *state = find(s, "attends", "RUS", "summit-2024");
    CU_ASSERT_FATAL(person != NULL && state != NULL);
    CU_ASSERT(cJSON_IsTrue(cJSON_GetObjectItem(state->attributes, "inferred")));
    CU_ASSERT_STRING_EQUAL(
        cJSON_GetObjectItem(state->attributes, "inferred_from")->valuestring,
        "putin");
    CU_ASSERT_PTR_NULL(cJSON_GetObjectItem(person->attributes, "inferred"));
    CU_ASSERT(confidence_of(state) < confidence_of(person));
    CU_ASSERT_STRING_EQUAL(state->evidence, text);
    ent_snapshot_free(s);
    /* before his office began, "President Putin" leads nothing, and his
     * attendance says nothing of Russia's */
    s = extract_with(leaders_text, text, "2010-01-01", 0.5, NULL);
    CU_ASSERT_FATAL(s != NULL);
    CU_ASSERT_EQUAL(count_of(s, "leads"), 0);
    CU_ASSERT(has(s, "attends", "putin", "summit-2010"));
    CU_ASSERT(!has(s, "attends", "RUS", "summit-2010"));
    ent_snapshot_free(s);
}

static void extract_should_infer_a_state_absent_with_its_head(void) {
    ent_snapshot_t *s = extract_with(
        leaders_text, "Nikol Pashinyan will not attend the summit.",
        "2024-11-28", 0.5, NULL);
    CU_ASSERT_FATAL(s != NULL);
    CU_ASSERT(has(s, "absent_from", "pashinyan", "summit-2024"));
    const ent_relation_t *state = find(s, "absent_from", "ARM", "summit-2024");
    CU_ASSERT_FATAL(state != NULL);
    CU_ASSERT(cJSON_IsTrue(cJSON_GetObjectItem(state->attributes, "inferred")));
    ent_snapshot_free(s);
}

static void extract_should_read_negation(void) {
    /* a negated presence is no attendance; where its subject is named, it
     * states an absence (polarity.h); "did not sign" states nothing */
    static const char *const none[] = {
        "The summit was not attended by Vladimir Putin.",
        "Armenia did not sign the declaration at the summit.",
        "Neither Putin nor Nikol Pashinyan attended the summit.",
    };
    static const size_t absent[] = {2, 0, 4}; /* with the heads' states */
    for (size_t k = 0; k < 3; k++) {
        ent_snapshot_t *s =
            extract_with(leaders_text, none[k], "2024-11-28", 0.5, NULL);
        CU_ASSERT_FATAL(s != NULL);
        CU_ASSERT_EQUAL(ent_snapshot_relation_count(s), absent[k]);
        CU_ASSERT(!has(s, "attends", "putin", "summit-2024"));
        CU_ASSERT(!has(s, "attends", "pashinyan", "summit-2024"));
        CU_ASSERT(!has(s, "absent_from", "ARM", "summit-2024") || k == 2);
        ent_snapshot_free(s);
    }
    ent_snapshot_t *s = extract_with(
        leaders_text,
        "The sixth member state, Armenia, will not participate in the summit.",
        "2024-11-28", 0.5, NULL);
    CU_ASSERT_FATAL(s != NULL);
    CU_ASSERT(has(s, "absent_from", "ARM", "summit-2024"));
    CU_ASSERT_EQUAL(count_of(s, "attends"), 0);
    ent_snapshot_free(s);
}

static void extract_should_lower_hedged_relations(void) {
    const char *may = "Vladimir Putin may attend the summit.";
    ent_snapshot_t *s =
        extract_with(leaders_text, may, "2024-11-28", 0.5, NULL);
    CU_ASSERT_FATAL(s != NULL);
    CU_ASSERT_EQUAL(ent_snapshot_relation_count(s), 0);
    ent_snapshot_free(s);
    s = extract_with(leaders_text, may, "2024-11-28", 0.4, NULL);
    const ent_relation_t *r = find(s, "attends", "putin", "summit-2024");
    CU_ASSERT_FATAL(r != NULL);
    CU_ASSERT_DOUBLE_EQUAL(confidence_of(r), 0.85 * 0.55, 1e-12);
    CU_ASSERT(cJSON_IsTrue(cJSON_GetObjectItem(r->attributes, "hedged")));
    ent_snapshot_free(s);
    s = extract_with(leaders_text, "Vladimir Putin is expected to attend.",
                     "2024-11-28", 0.5, NULL);
    r = find(s, "attends", "putin", "summit-2024");
    CU_ASSERT_FATAL(r != NULL);
    CU_ASSERT_DOUBLE_EQUAL(confidence_of(r), 0.85 * 0.85, 1e-12);
    ent_snapshot_free(s);
}

static void extract_should_take_the_host_from_a_dateline(void) {
    ent_snapshot_t *s = extract_with(
        leaders_text, "ASTANA \xE2\x80\x94 The leaders met today.\n",
        "2024-11-28", 0.5, NULL);
    CU_ASSERT_FATAL(s != NULL);
    CU_ASSERT(has(s, "hosts", "KAZ", "summit-2024"));
    ent_snapshot_free(s);
    /* a sentence naming another host wins over the dateline */
    s = extract_with(leaders_text,
                     "ASTANA \xE2\x80\x94 The summit was held in Armenia.\n",
                     "2024-11-28", 0.5, NULL);
    CU_ASSERT_FATAL(s != NULL);
    CU_ASSERT(has(s, "hosts", "ARM", "summit-2024"));
    CU_ASSERT(!has(s, "hosts", "KAZ", "summit-2024"));
    ent_snapshot_free(s);
    /* "Astana" opening a sentence is no dateline */
    s = extract_with(leaders_text, "Astana, the capital, is cold.\n",
                     "2024-11-28", 0.5, NULL);
    CU_ASSERT_EQUAL(ent_snapshot_relation_count(s), 0);
    ent_snapshot_free(s);
}

static void extract_should_read_a_bulleted_list_after_a_colon(void) {
    ent_snapshot_t *s = extract_with(
        leaders_text,
        "Present at the meeting were:\n\n"
        "  \xE2\x80\xA2 President of the Republic of Kazakhstan Kassym-Jomart "
        "Tokayev,\n"
        "  \xE2\x80\xA2 Prime Minister of the Republic of Armenia Nikol "
        "Pashinyan.\n",
        "2024-11-28", 0.5, NULL);
    CU_ASSERT_FATAL(s != NULL);
    CU_ASSERT(has(s, "attends", "tokayev", "summit-2024"));
    CU_ASSERT(has(s, "attends", "pashinyan", "summit-2024"));
    CU_ASSERT(has(s, "leads", "tokayev", "KAZ"));
    CU_ASSERT(has(s, "leads", "pashinyan", "ARM"));
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

/* The kind of one alternative of a pattern element: 'p' punctuation,
 * 'd' a dash, 'w' a word. */
static char alternative_kind(const char *at, size_t n) {
    if (n == 1 && strchr(",():;.$", *at) != NULL) {
        return 'p';
    }
    return n == 1 && *at == '-' ? 'd' : 'w';
}

/* 1 when the element text[0..n) mixes words, punctuation and dashes among
 * its alternatives ("observers|observer :|-"): the compiler reads such an
 * element as words, which never match punctuation. */
static int mixes_kinds(const char *text, size_t n) {
    if (n > 0 && text[n - 1] == '?') {
        n--;
    }
    char first = 0;
    for (size_t at = 0; at < n;) {
        size_t end = at;
        while (end < n && text[end] != '|') {
            end++;
        }
        char kind = alternative_kind(text + at, end - at);
        if (first == 0) {
            first = kind;
        } else if (kind != first) {
            return 1;
        }
        at = end + 1;
    }
    return 0;
}

static void patterns_should_not_mix_words_and_punctuation(void) {
    const rule *rows;
    size_t n;
    for (size_t t = 0; (rows = extract_rule_table(t, &n)) != NULL; t++) {
        for (size_t r = 0; r < n; r++) {
            const char *at = rows[r].pattern;
            while (*at != '\0') {
                size_t len = strcspn(at, " ");
                if (*at != '{' && mixes_kinds(at, len)) {
                    CU_FAIL("an element mixes words and punctuation");
                    fprintf(stderr, "\n  in pattern: %s\n", rows[r].pattern);
                }
                at += len;
                at += strspn(at, " ");
            }
        }
    }
}

/* The person-id rule for names the gazetteer lacks (graphs/README.md,
 * "Person ids"): the surname in lower-case ASCII, diacritics dropped,
 * particles kept, a surname in capitals taken as the surname, a Gulf
 * family name left out, apostrophes dropped. */
static void names_should_make_ids_by_the_corpus_rule(void) {
    static const struct {
        const char *name, *id, *surname;
    } cases[] = {
        {"Kashim Shettima", "shettima", "Shettima"},
        {"Ti\xc3\xa9moko Meyliet Kon\xc3\xa9", "kone", "Kon\xc3\xa9"},
        {"Ursula von der Leyen", "von-der-leyen", "Leyen"},
        {"Mohammed bin Salman", "bin-salman", "Salman"},
        {"Hamad bin Mohammad al-Sharqi", "al-sharqi", "al-Sharqi"},
        {"Goodluck Ebele JONATHAN", "jonathan", "JONATHAN"},
        {"Mansour bin Zayed Al Nahyan", "mansour-bin-zayed", "Zayed"},
        {"Robert O\xe2\x80\x99"
         "Brien",
         "obrien",
         "O\xe2\x80\x99"
         "Brien"},
        {"Nana Akufo-Addo", "akufo-addo", "Akufo-Addo"},
        {"Recep Tayyip Erdo\xc4\x9f"
         "an",
         "erdogan",
         "Erdo\xc4\x9f"
         "an"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        char id[NAMES_TEXT_MAX];
        size_t at = 0, length = 0;
        const char *name = cases[k].name;
        names_make_id(name, 0, strlen(name), id, sizeof id, &at, &length);
        CU_ASSERT_STRING_EQUAL(id, cases[k].id);
        CU_ASSERT_EQUAL(length, strlen(cases[k].surname));
        CU_ASSERT_EQUAL(memcmp(name + at, cases[k].surname, length), 0);
    }
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
        TEST_CASE(tokens_should_hash_as_text_word_hash),
        TEST_CASE(curly_apostrophe_words_should_hash_as_ascii_ones),
        TEST_CASE(extract_should_draft_relations_with_evidence),
        TEST_CASE(extract_should_not_relate_a_co_mention),
        TEST_CASE(extract_should_give_a_title_to_the_name_before_it),
        TEST_CASE(extract_should_explain_a_rejected_title),
        TEST_CASE(extract_should_reject_a_leadership_the_gazetteer_contradicts),
        TEST_CASE(extract_should_resolve_a_title_alone_by_the_office_held),
        TEST_CASE(extract_should_infer_a_state_absent_with_its_head),
        TEST_CASE(extract_should_read_negation),
        TEST_CASE(extract_should_lower_hedged_relations),
        TEST_CASE(extract_should_take_the_host_from_a_dateline),
        TEST_CASE(extract_should_read_a_bulleted_list_after_a_colon),
        TEST_CASE(extract_should_reject_bad_text),
        TEST_CASE(patterns_should_all_compile),
        TEST_CASE(patterns_should_not_mix_words_and_punctuation),
        TEST_CASE(names_should_make_ids_by_the_corpus_rule),
    };
    return add_suite("extract", setup, teardown, tests,
                     sizeof tests / sizeof tests[0]);
}
