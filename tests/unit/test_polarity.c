/*
 * The polarity of a clause (src/extract/polarity.c) on sentences invented
 * for the tests: what the clause of a name says of its attendance, what
 * it must leave alone, and the cues that make a sentence worth reading.
 */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/attendance_model.h"
#include "extract/extract_internal.h"
#include "extract/patterns_internal.h"
#include "extract/polarity.h"
#include "suites.h"

static ent_gazetteer_t *gazetteer;

static int load_gazetteer(void) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    char path[4096];
    snprintf(path, sizeof path, "%s/gazetteer.json", ENT_GRAPHS_DIR);
    int status = ent_gazetteer_load_file(&gazetteer, path, &diags);
    ent_diag_list_clear(&diags);
    return status == ENT_OK ? 0 : -1;
}

static int free_gazetteer(void) {
    ent_gazetteer_free(gazetteer);
    return 0;
}

/* What the clause says of the first mention of entity `id` in `text`
 * (-1 when the tokens do not show it); *cue the sentence's cue. */
static int polarity_in(const char *text, const char *id, int *cue) {
    token *tokens = NULL;
    size_t count = 0, capacity = 0;
    sentence s = {0, strlen(text)};
    int result = -1;
    if (text_tokenize(gazetteer, text, s, &tokens, &count, &capacity) !=
        ENT_OK) {
        return -1;
    }
    uint16_t *cues = calloc(count + 1, sizeof *cues);
    compiled_patterns *p = NULL;
    const char *bad = NULL;
    clause_reading r = {0};
    if (cues != NULL && patterns_compile(&p, &bad) == ENT_OK) {
        uint16_t *ids = calloc(count + 1, sizeof *ids);
        if (ids != NULL) {
            patterns_word_ids(p, text, tokens, count, s, ids, cues);
        }
        free(ids);
        *cue = polarity_cue(text, tokens, cues, count);
        if (polarity_read(&r, text, tokens, count) == ENT_OK) {
            for (size_t k = 0; k < count && result < 0; k++) {
                if (tokens[k].kind == TOKEN_MENTION &&
                    strcmp(gazetteer->entities[tokens[k].m.entity].id, id) ==
                        0) {
                    result = (int)polarity_of(&r, k);
                }
            }
        }
    }
    polarity_release(&r);
    patterns_release(p);
    free(cues);
    free(tokens);
    return result;
}

typedef struct {
    const char *text, *id;
    polarity expected;
} polarity_case;

static void check_cases(const polarity_case *cases, size_t count) {
    for (size_t k = 0; k < count; k++) {
        int cue = 0;
        int got = polarity_in(cases[k].text, cases[k].id, &cue);
        if (got != (int)cases[k].expected) {
            fprintf(stderr, "\n%s [%s]: %d, not %d\n", cases[k].text,
                    cases[k].id, got, (int)cases[k].expected);
        }
        CU_ASSERT_EQUAL(got, (int)cases[k].expected);
        /* a turned clause always has a cue */
        CU_ASSERT(cases[k].expected == POLARITY_NONE || cue);
    }
}

/* A negation that governs the presence, in the passive, over a list and
 * inverted; a predicate of absence; "without" a name. */
static void polarity_should_read_absences(void) {
    static const polarity_case cases[] = {
        {"The summit will not be attended by the Malian, Guinean and "
         "Burkinabe presidents.",
         "GIN", POLARITY_ABSENT},
        {"Ghana will not be able to attend the summit.", "GHA",
         POLARITY_ABSENT},
        {"Togo didn't take part in the summit.", "TGO", POLARITY_ABSENT},
        {"The one leader not there was Portugal's prime minister.", "PRT",
         POLARITY_ABSENT},
        {"Neither Qatar nor Bahrain attended the summit.", "BHR",
         POLARITY_ABSENT},
        {"The summit opened without Mali and Guinea.", "MLI", POLARITY_ABSENT},
        {"Eritrea, which skipped the 2019 summit, will not attend.", "ERI",
         POLARITY_ABSENT},
        {"Benin missed the summit.", "BEN", POLARITY_MISSED},
        {"Senegal has a conflict, marking its first absence since 2013.", "SEN",
         POLARITY_ABSENT},
        {"Chad, which was expected to attend, cancelled at the last minute.",
         "TCD", POLARITY_MISSED},
        {"No Eritrean official took part in the summit.", "ERI",
         POLARITY_DENIED},
        {"Neither Morocco nor Tunisia came to Addis Ababa.", "MAR",
         POLARITY_DENIED},
    };
    check_cases(cases, sizeof cases / sizeof *cases);
}

/* What must stay: "not only", "no fewer than", another clause's
 * negation, a negation of another verb, an object, a negated absence,
 * "without" a thing, an aside's background. */
static void polarity_should_leave_attendance_alone(void) {
    static const polarity_case cases[] = {
        {"Kenya did not only attend the summit but also chaired it.", "KEN",
         POLARITY_NONE},
        {"No fewer than twelve leaders attended, including Ghana.", "GHA",
         POLARITY_NONE},
        {"Rwanda attended the summit, although Burundi did not.", "RWA",
         POLARITY_NONE},
        {"Nigeria attended the summit but did not sign the declaration.", "NGA",
         POLARITY_NONE},
        {"Sudan could not confirm whether Ghana would attend.", "GHA",
         POLARITY_NONE},
        {"Differences with the Sudanese government were the reason for not "
         "attending.",
         "SDN", POLARITY_NONE},
        {"Vietnam signed the statement without reservations.", "VNM",
         POLARITY_NONE},
        {"Djibouti, which skipped the 2019 summit, attended this year.", "DJI",
         POLARITY_NONE},
        {"Angola never came to power by a coup and attended the summit.", "AGO",
         POLARITY_NONE},
    };
    check_cases(cases, sizeof cases / sizeof *cases);
}

/* The word table is searched by halves: each of its words is found. */
static void polarity_word_classes_should_find_every_word(void) {
    static const struct {
        const char *word;
        unsigned classes;
    } words[] = {
        {"Absence", W_ABSENT},    {"although", W_CLOSER},
        {"No", W_NEGATOR},        {"without", W_WITHOUT},
        {"twelve", W_NUMBER},     {"zebra", 0},
        {"attended", W_PRESENCE}, {"May", 0},
        {"may", W_HEDGE},         {"won't", W_NEGATOR},
        {"aardvark", 0},          {"youth", 0},
    };
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        token t = {0};
        t.kind = TOKEN_WORD;
        t.start = 0;
        t.end = strlen(words[k].word);
        unsigned got = polarity_word_classes(words[k].word, &t);
        CU_ASSERT_EQUAL(got & words[k].classes, words[k].classes);
        CU_ASSERT(words[k].classes != 0 || got == 0);
    }
}

int register_polarity_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(polarity_should_read_absences),
        TEST_CASE(polarity_should_leave_attendance_alone),
        TEST_CASE(polarity_word_classes_should_find_every_word),
    };
    return add_suite("polarity", load_gazetteer, free_gazetteer, tests,
                     sizeof tests / sizeof tests[0]);
}
