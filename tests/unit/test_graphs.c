/*
 * The bundled CSTO snapshots: each loads without a diagnostic, and holds
 * the facts graphs/README.md states, so that a later edit cannot silently
 * break them. The 2025 file quotes its evidence from the bundled article.
 */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entente/load.h"
#include "suites.h"

static ent_snapshot_t *load_graph(const char *name) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", ENT_GRAPHS_DIR, name);
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_snapshot_t *snapshot = NULL;
    CU_ASSERT_EQUAL(ent_snapshot_load_file(&snapshot, path, NULL, &diags),
                    ENT_OK);
    /* No error and no warning either. */
    CU_ASSERT_EQUAL(diags.count, 0);
    for (size_t i = 0; i < diags.count; i++) {
        char *line = ent_diag_format(&diags.items[i]);
        fprintf(stderr, "\n  %s", line);
        free(line);
    }
    ent_diag_list_destroy(&diags);
    return snapshot;
}

/* The relation of `type` from `source` to `target`, or NULL. */
static const ent_relation_t *find_relation(const ent_snapshot_t *s,
                                           const char *type, const char *source,
                                           const char *target) {
    size_t type_index, source_index, target_index;
    if (!ent_snapshot_find_relation_type(s, type, &type_index) ||
        !ent_snapshot_find_entity(s, source, &source_index) ||
        !ent_snapshot_find_entity(s, target, &target_index)) {
        return NULL;
    }
    for (size_t i = 0; i < ent_snapshot_relation_count(s); i++) {
        const ent_relation_t *r = ent_snapshot_relation(s, i);
        if (r->type == type_index && r->source == source_index &&
            r->target == target_index) {
            return r;
        }
    }
    return NULL;
}

/* How many relations of `type` point at `target`. */
static size_t count_into(const ent_snapshot_t *s, const char *type,
                         const char *target) {
    size_t type_index, target_index, count = 0;
    if (!ent_snapshot_find_relation_type(s, type, &type_index) ||
        !ent_snapshot_find_entity(s, target, &target_index)) {
        return 0;
    }
    for (size_t i = 0; i < ent_snapshot_relation_count(s); i++) {
        const ent_relation_t *r = ent_snapshot_relation(s, i);
        count += r->type == type_index && r->target == target_index;
    }
    return count;
}

static const char *const members[] = {"ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"};

typedef struct {
    const char *file, *id, *date, *event, *host;
    ent_membership_status armenia;
    int armenia_attends;
    const char *chair, *chair_term, *next_chair, *next_term;
    const char *secretary_general, *secretary_state;
} summit_facts;

static const summit_facts summits[] = {
    {"csto-2022-yerevan.json", "csto-2022-yerevan", "2022-11-23", "summit-2022",
     "ARM", ENT_MEMBERSHIP_ACTIVE, 1, "ARM", "2022", "BLR", "2023", "zas",
     "BLR"},
    {"csto-2023-minsk.json", "csto-2023-minsk", "2023-11-23", "summit-2023",
     "BLR", ENT_MEMBERSHIP_ACTIVE, 0, "BLR", "2023", "KAZ", "2024",
     "tasmagambetov", "KAZ"},
    {"csto-2024-astana.json", "csto-2024-astana", "2024-11-28", "summit-2024",
     "KAZ", ENT_MEMBERSHIP_FROZEN, 0, "KAZ", "2024", "KGZ", "2025",
     "tasmagambetov", "KAZ"},
    {"csto-2025-bishkek.json", "csto-2025-bishkek", "2025-11-27", "summit-2025",
     "KGZ", ENT_MEMBERSHIP_FROZEN, 0, "KGZ", "2025", "RUS", "2026",
     "tasmagambetov", "KAZ"},
};

static void check_membership(const ent_snapshot_t *s, const summit_facts *f) {
    for (size_t m = 0; m < 6; m++) {
        const ent_relation_t *r =
            find_relation(s, "member_of", members[m], "CSTO");
        CU_ASSERT_PTR_NOT_NULL_FATAL(r);
        ent_membership_status expected =
            strcmp(members[m], "ARM") == 0 ? f->armenia : ENT_MEMBERSHIP_ACTIVE;
        CU_ASSERT_EQUAL(r->status, expected);
    }
    CU_ASSERT_EQUAL(count_into(s, "member_of", "CSTO"), 6);
}

static void check_summit(const ent_snapshot_t *s, const summit_facts *f) {
    size_t event;
    CU_ASSERT_TRUE_FATAL(ent_snapshot_find_entity(s, f->event, &event));
    CU_ASSERT_STRING_EQUAL(ent_snapshot_entity(s, event)->date, f->date);
    CU_ASSERT_PTR_NOT_NULL(find_relation(s, "hosts", f->host, f->event));
    CU_ASSERT_EQUAL(count_into(s, "hosts", f->event), 1);
    for (size_t m = 0; m < 6; m++) {
        int armenia = strcmp(members[m], "ARM") == 0;
        int attends = !armenia || f->armenia_attends;
        CU_ASSERT_EQUAL(
            find_relation(s, "attends", members[m], f->event) != NULL, attends);
        CU_ASSERT_EQUAL(find_relation(s, "absent_from", members[m], f->event) !=
                            NULL,
                        !attends);
    }
    /* Armenia's head of government follows his state. */
    CU_ASSERT_EQUAL(find_relation(s, "attends", "pashinyan", f->event) != NULL,
                    f->armenia_attends);
    CU_ASSERT_EQUAL(find_relation(s, "absent_from", "pashinyan", f->event) !=
                        NULL,
                    !f->armenia_attends);
}

static void check_chair_and_secretary(const ent_snapshot_t *s,
                                      const summit_facts *f) {
    const ent_relation_t *chair = find_relation(s, "chairs", f->chair, "CSTO");
    const ent_relation_t *next =
        find_relation(s, "chairs", f->next_chair, "CSTO");
    CU_ASSERT_PTR_NOT_NULL_FATAL(chair);
    CU_ASSERT_PTR_NOT_NULL_FATAL(next);
    CU_ASSERT_STRING_EQUAL(chair->term, f->chair_term);
    CU_ASSERT_STRING_EQUAL(next->term, f->next_term);
    CU_ASSERT_EQUAL(count_into(s, "chairs", "CSTO"), 2);
    const ent_relation_t *leads =
        find_relation(s, "leads", f->secretary_general, "CSTO");
    CU_ASSERT_PTR_NOT_NULL_FATAL(leads);
    CU_ASSERT_STRING_EQUAL(leads->role, "secretary general");
    CU_ASSERT_PTR_NOT_NULL(find_relation(s, "national_of", f->secretary_general,
                                         f->secretary_state));
}

static void bundled_summits_should_hold_their_documented_facts(void) {
    for (size_t i = 0; i < sizeof summits / sizeof summits[0]; i++) {
        const summit_facts *f = &summits[i];
        ent_snapshot_t *s = load_graph(f->file);
        CU_ASSERT_PTR_NOT_NULL_FATAL(s);
        CU_ASSERT_STRING_EQUAL(ent_snapshot_id(s), f->id);
        CU_ASSERT_STRING_EQUAL(ent_snapshot_date(s), f->date);
        check_membership(s, f);
        check_summit(s, f);
        check_chair_and_secretary(s, f);
        ent_snapshot_free(s);
    }
}

static char *read_article(void) {
    char path[4096];
    snprintf(path, sizeof path, "%s/articles/csto-bishkek-summit-2025.txt",
             ENT_GRAPHS_DIR);
    FILE *file = fopen(path, "rb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(file);
    static char text[65536];
    size_t length = fread(text, 1, sizeof text - 1, file);
    text[length] = '\0';
    fclose(file);
    return text;
}

/* The relation exists and its evidence is quoted verbatim from the
 * article and contains `phrase`. */
static void assert_evidence(const ent_snapshot_t *s, const char *article,
                            const char *type, const char *source,
                            const char *target, const char *phrase) {
    const ent_relation_t *r = find_relation(s, type, source, target);
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    CU_ASSERT_PTR_NOT_NULL_FATAL(r->evidence);
    CU_ASSERT_PTR_NOT_NULL(strstr(article, r->evidence));
    CU_ASSERT_PTR_NOT_NULL(strstr(r->evidence, phrase));
}

static void bishkek_2025_should_quote_the_article_for_its_key_facts(void) {
    const char *article = read_article();
    ent_snapshot_t *s = load_graph("csto-2025-bishkek.json");
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    assert_evidence(s, article, "absent_from", "ARM", "summit-2025",
                    "Armenia's decision not to attend the summit");
    assert_evidence(s, article, "chairs", "RUS", "CSTO",
                    "presidency for the 2026 term");
    assert_evidence(s, article, "leads", "masadykov", "CSTO",
                    "is from Kyrgyzstan");
    assert_evidence(s, article, "national_of", "masadykov", "KGZ",
                    "is from Kyrgyzstan");
    assert_evidence(s, article, "border_risk", "TJK", "AFG",
                    "strengthen the Afghan border");
    assert_evidence(s, article, "offers_arms_to", "RUS", "CSTO",
                    "equipped with Russian weapons");
    assert_evidence(s, article, "intervened_in", "CSTO", "KAZ",
                    "During the internal unrest in 2022");
    assert_evidence(s, article, "hosts", "KGZ", "summit-2025",
                    "who hosted the summit");
    const ent_relation_t *designate =
        find_relation(s, "leads", "masadykov", "CSTO");
    CU_ASSERT_STRING_EQUAL(designate->role, "secretary general (designate)");
    ent_snapshot_free(s);
}

/* Every relation the article does not state names a source. */
static void every_bundled_relation_should_name_a_source(void) {
    for (size_t i = 0; i < sizeof summits / sizeof summits[0]; i++) {
        ent_snapshot_t *s = load_graph(summits[i].file);
        CU_ASSERT_PTR_NOT_NULL_FATAL(s);
        for (size_t r = 0; r < ent_snapshot_relation_count(s); r++) {
            const ent_relation_t *relation = ent_snapshot_relation(s, r);
            CU_ASSERT_PTR_NOT_NULL(relation->source_ref);
            if (relation->source_ref == NULL) {
                fprintf(stderr, "\n  %s: relation %zu has no source_ref",
                        summits[i].file, r);
            }
        }
        ent_snapshot_free(s);
    }
}

int register_graphs_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(bundled_summits_should_hold_their_documented_facts),
        TEST_CASE(bishkek_2025_should_quote_the_article_for_its_key_facts),
        TEST_CASE(every_bundled_relation_should_name_a_source),
    };
    return add_suite("graphs", NULL, NULL, tests,
                     sizeof tests / sizeof tests[0]);
}
