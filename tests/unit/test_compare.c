/*
 * Unit tests of the compare module on the bundled CSTO snapshots (the
 * facts graphs/README.md states) and on small fixtures: a copy with one
 * tie removed and one added, a snapshot with nothing in common, the same
 * snapshot twice, and names full of Markdown.
 */
#include <CUnit/CUnit.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare/compare_internal.h"
#include "suites.h"

static ent_comparison_t *open_comparison(const char *const *names, size_t count,
                                         int graphs) {
    char paths[8][4096];
    const char *list[8];
    for (size_t i = 0; i < count; i++) {
        if (graphs) {
            snprintf(paths[i], sizeof paths[i], "%s/%s", ENT_GRAPHS_DIR,
                     names[i]);
        } else {
            snprintf(paths[i], sizeof paths[i], "%s", test_data_path(names[i]));
        }
        list[i] = paths[i];
    }
    ent_comparison_t *c = NULL;
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    CU_ASSERT_EQUAL(ent_comparison_new(&c, list, count, NULL, &diags), ENT_OK);
    ent_diag_list_destroy(&diags);
    return c;
}

/* The four summits, given out of order: the comparison sorts by date. */
static ent_comparison_t *csto(void) {
    static const char *const names[] = {
        "csto-2025-bishkek.json", "csto-2022-yerevan.json",
        "csto-2024-astana.json", "csto-2023-minsk.json"};
    return open_comparison(names, 4, 1);
}

static int has_change(const cmp_pair *pair, cmp_fact_kind kind,
                      const char *subject, const char *object, const char *from,
                      const char *to) {
    for (size_t i = 0; i < pair->change_count[kind]; i++) {
        const cmp_change *c = &pair->changes[kind][i];
        if (strcmp(c->subject, subject) == 0 &&
            strcmp(c->object, object) == 0 &&
            ((from == NULL && c->from == NULL) ||
             (from && c->from && strcmp(c->from, from) == 0)) &&
            ((to == NULL && c->to == NULL) ||
             (to && c->to && strcmp(c->to, to) == 0))) {
            return 1;
        }
    }
    return 0;
}

static void compare_should_order_the_csto_snapshots_by_date(void) {
    ent_comparison_t *c = csto();
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    CU_ASSERT_EQUAL(ent_comparison_count(c), 4);
    CU_ASSERT_STRING_EQUAL(ent_snapshot_id(ent_comparison_snapshot(c, 0)),
                           "csto-2022-yerevan");
    CU_ASSERT_STRING_EQUAL(ent_snapshot_id(ent_comparison_snapshot(c, 3)),
                           "csto-2025-bishkek");
    ent_comparison_free(c);
}

/* Armenia (and Pashinyan) came to Yerevan and stayed away from Minsk,
 * Astana and Bishkek; the other five came every time. */
static void compare_should_report_armenia_staying_away_after_yerevan(void) {
    ent_comparison_t *c = csto();
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    const cmp_pair *first = &c->pairs[0];
    CU_ASSERT_EQUAL(first->change_count[CMP_ATTENDANCE], 2);
    CU_ASSERT_TRUE(
        has_change(first, CMP_ATTENDANCE, "ARM", "", "attended", "absent"));
    CU_ASSERT_TRUE(has_change(first, CMP_ATTENDANCE, "pashinyan", "",
                              "attended", "absent"));
    CU_ASSERT_EQUAL(c->pairs[1].change_count[CMP_ATTENDANCE], 0);
    CU_ASSERT_EQUAL(c->pairs[2].change_count[CMP_ATTENDANCE], 0);
    for (size_t i = 1; i < 4; i++) {
        CU_ASSERT_STRING_EQUAL(
            cmp_fact_value(&c->facts[CMP_ATTENDANCE][i], "ARM", ""), "absent");
        CU_ASSERT_STRING_EQUAL(
            cmp_fact_value(&c->facts[CMP_ATTENDANCE][i], "KAZ", ""),
            "attended");
    }
    ent_comparison_free(c);
}

/* Armenia froze its CSTO membership between Minsk and Astana; Belarus went
 * from SCO observer to member in July 2024. Nothing else changed status. */
static void compare_should_report_the_membership_status_changes(void) {
    ent_comparison_t *c = csto();
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    const cmp_pair *pair = &c->pairs[1];
    CU_ASSERT_EQUAL(pair->change_count[CMP_MEMBERSHIP], 2);
    CU_ASSERT_TRUE(
        has_change(pair, CMP_MEMBERSHIP, "ARM", "CSTO", "active", "frozen"));
    CU_ASSERT_TRUE(
        has_change(pair, CMP_MEMBERSHIP, "BLR", "SCO", "observer", "active"));
    CU_ASSERT_EQUAL(c->pairs[0].change_count[CMP_MEMBERSHIP], 0);
    CU_ASSERT_EQUAL(c->pairs[2].change_count[CMP_MEMBERSHIP], 0);
    /* Frozen members leave the CSTO group: 6, 6, 5, 5 active members. */
    const double sizes[] = {6, 6, 5, 5};
    for (size_t i = 0; i < 4; i++) {
        CU_ASSERT_EQUAL(cmp_group_value(c, i, "CSTO", 0), sizes[i]);
    }
    ent_comparison_free(c);
}

static void compare_should_report_chairs_and_secretaries_general(void) {
    ent_comparison_t *c = csto();
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    CU_ASSERT_TRUE(has_change(&c->pairs[2], CMP_CHAIR, "CSTO", "",
                              "KAZ (2024), KGZ (2025)",
                              "KGZ (2025), RUS (2026)"));
    CU_ASSERT_TRUE(has_change(&c->pairs[0], CMP_LEADERSHIP, "CSTO",
                              "secretary general", "zas", "tasmagambetov"));
    CU_ASSERT_TRUE(has_change(&c->pairs[2], CMP_LEADERSHIP, "CSTO",
                              "secretary general (designate)", NULL,
                              "masadykov"));
    ent_comparison_free(c);
}

/* edited.json is base.json less TJK-RUS (0.75) plus KAZ-RUS (0.5). */
static void diff_should_report_exactly_the_tie_removed_and_the_tie_added(void) {
    static const char *const names[] = {"compare/edited.json",
                                        "compare/base.json"};
    ent_comparison_t *c = open_comparison(names, 2, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    const cmp_pair *pair = &c->pairs[0];
    size_t added = 0, removed = 0, reweighted = 0;
    for (size_t e = 0; e < pair->edge_count; e++) {
        const cmp_edge *edge = &pair->edges[e];
        switch (cmp_edge_fate(edge)) {
        case EDGE_ADDED:
            added++;
            CU_ASSERT_STRING_EQUAL(edge->source, "KAZ");
            CU_ASSERT_STRING_EQUAL(edge->target, "RUS");
            CU_ASSERT_EQUAL(edge->to, 0.5);
            break;
        case EDGE_REMOVED:
            removed++;
            CU_ASSERT_STRING_EQUAL(edge->source, "RUS");
            CU_ASSERT_STRING_EQUAL(edge->target, "TJK");
            CU_ASSERT_EQUAL(edge->from, 0.75);
            break;
        case EDGE_REWEIGHTED:
            reweighted++;
            break;
        case EDGE_KEPT:
            break;
        }
    }
    CU_ASSERT_EQUAL(added, 1);
    CU_ASSERT_EQUAL(removed, 1);
    CU_ASSERT_EQUAL(reweighted, 0);
    CU_ASSERT_EQUAL(pair->added_count + pair->removed_count, 0);
    for (int k = 0; k < CMP_FACT_KINDS; k++) {
        CU_ASSERT_EQUAL(pair->change_count[k], 0);
    }
    CU_ASSERT_EQUAL(pair->common, 6);
    ent_comparison_free(c);
}

static void compare_of_a_snapshot_with_itself_should_report_no_change(void) {
    static const char *const names[] = {"csto-2024-astana.json",
                                        "csto-2024-astana.json"};
    ent_comparison_t *c = open_comparison(names, 2, 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    CU_ASSERT_TRUE(cmp_pair_is_unchanged(&c->pairs[0]));
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    CU_ASSERT_EQUAL(ent_compare_write_summary(out, c), ENT_OK);
    fclose(out);
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "Nothing changed."));
    free(text);
    ent_comparison_free(c);
}

static void compare_without_common_entities_should_work_and_say_so(void) {
    static const char *const names[] = {"compare/base.json",
                                        "compare/disjoint.json"};
    ent_comparison_t *c = open_comparison(names, 2, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    CU_ASSERT_EQUAL(c->pairs[0].common, 0);
    CU_ASSERT_EQUAL(c->pairs[0].added_count, 3);
    CU_ASSERT_EQUAL(c->pairs[0].removed_count, 6);
    CU_ASSERT_EQUAL(c->pairs[0].move_count, 0);
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    CU_ASSERT_EQUAL(ent_compare_write_summary(out, c), ENT_OK);
    fclose(out);
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "have no entity in common"));
    /* Names stay text: every Markdown character escaped. */
    CU_ASSERT_PTR_NOT_NULL(strstr(
        text, "A\\|B \\*bold\\* \\_it\\_ \\`code\\` \\<b\\> \\[link\\](u) "
              "(X\\|Y)"));
    free(text);
    ent_comparison_free(c);
}

static void compare_should_refuse_a_broken_file_with_its_position(void) {
    const char *paths[2] = {NULL, NULL};
    char first[4096], second[4096];
    snprintf(first, sizeof first, "%s", test_data_path("compare/base.json"));
    snprintf(second, sizeof second, "%s", test_data_path("bad/truncated.json"));
    paths[0] = first;
    paths[1] = second;
    ent_comparison_t *c = NULL;
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    CU_ASSERT_EQUAL(ent_comparison_new(&c, paths, 2, NULL, &diags), ENT_EINPUT);
    CU_ASSERT_PTR_NULL(c);
    CU_ASSERT_EQUAL_FATAL(diags.errors, 1);
    CU_ASSERT_EQUAL(diags.items[0].line, 5);
    CU_ASSERT_EQUAL(diags.items[0].column, 31);
    ent_diag_list_destroy(&diags);
}

int register_compare_tests(void) {
    CU_pSuite suite = CU_add_suite("compare", NULL, NULL);
    if (suite == NULL) {
        return CU_get_error();
    }
    static const struct {
        const char *name;
        CU_TestFunc run;
    } tests[] = {
#define TEST(fn) {#fn, fn}
        TEST(compare_should_order_the_csto_snapshots_by_date),
        TEST(compare_should_report_armenia_staying_away_after_yerevan),
        TEST(compare_should_report_the_membership_status_changes),
        TEST(compare_should_report_chairs_and_secretaries_general),
        TEST(diff_should_report_exactly_the_tie_removed_and_the_tie_added),
        TEST(compare_of_a_snapshot_with_itself_should_report_no_change),
        TEST(compare_without_common_entities_should_work_and_say_so),
        TEST(compare_should_refuse_a_broken_file_with_its_position),
#undef TEST
    };
    for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++) {
        if (CU_add_test(suite, tests[i].name, tests[i].run) == NULL) {
            return CU_get_error();
        }
    }
    return CUE_SUCCESS;
}
