/*
 * Unit tests of the report module: the HTML helpers on exact strings, and
 * whole reports of the bundled CSTO snapshots and of a snapshot whose
 * names, ids, titles, links and quotes are all hostile markup.
 */
#include <CUnit/CUnit.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entente/io.h"
#include "report/report_internal.h"
#include "suites.h"

/* No renderer: Graphviz allows one context per process (render.h), which
 * the render suite makes and frees. The diagrams are tested end to end
 * (tests/cli/test_report.sh). */
static ent_renderer_t *const renderer = NULL;

/* What `write` writes for `input`, as a heap string. */
typedef void (*string_writer)(FILE *out, const char *input);

static char *written(string_writer write, const char *input) {
    char *text = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    if (out != NULL) {
        write(out, input);
        fclose(out);
    }
    return text;
}

static void write_markdown(FILE *out, const char *input) {
    rpt_markdown(out, input, strlen(input), 1, "skip me");
}

static void write_svg(FILE *out, const char *input) {
    rpt_svg(out, input, strlen(input), "f1-");
}

static void write_number(FILE *out, const char *input) {
    rpt_number(out, strtod(input, NULL));
}

static void report_markdown_should_turn_compare_summaries_into_html(void) {
    char *html =
        written(write_markdown, "# What \\*changed\\*\n\nTwo lines\nof text.\n"
                                "Files: skip me\n\n"
                                "| a | b\\|c |\n| --- | ---: |\n| <x> | 1 |\n\n"
                                "- \\[item\\] & \\x01\n- second\n");
    CU_ASSERT_STRING_EQUAL(
        html, "<h2>What *changed*</h2>\n<p>Two lines\nof text.</p>\n"
              "<div class=\"table\"><table><thead><tr><th>a</th><th>b|c</th>"
              "</tr></thead>\n<tbody>\n<tr><td>&lt;x&gt;</td>"
              "<td class=\"num\">1</td></tr>\n</tbody></table></div>\n"
              "<ul>\n<li>[item] &amp; \\x01</li>\n<li>second</li>\n</ul>\n");
    free(html);
}

static void report_svg_should_drop_the_prolog_and_prefix_every_id(void) {
    char *html = written(
        write_svg, "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"x\">\n"
                   "<!-- a -- comment -->\n<svg width=\"1pt\"><g id=\"n1\">"
                   "<use xlink:href=\"#n1\"/><rect fill=\"url(#g)\"/></g>"
                   "<!-- node2 --></svg>\n");
    CU_ASSERT_STRING_EQUAL(html, "\n\n\n<svg width=\"1pt\"><g id=\"f1-n1\">"
                                 "<use xlink:href=\"#f1-n1\"/>"
                                 "<rect fill=\"url(#f1-g)\"/></g></svg>\n");
    free(html);
}

static void report_numbers_should_have_three_decimals_at_most(void) {
    static const char *const cases[][2] = {
        {"1.23456", "1.235"},   {"2", "2"},
        {"-0.0001", "0"},       {"0.5", "0.5"},
        {"28.21666", "28.217"}, {"nan", "\xe2\x80\x93"}};
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char *text = written(write_number, cases[k][0]);
        CU_ASSERT_STRING_EQUAL(text, cases[k][1]);
        free(text);
    }
}

/* The report of `count` files (graphs/ when `graphs`, else tests/data). */
static ent_status make(char **html, const char *const *names, size_t count,
                       int graphs, ent_diag_list_t *diags) {
    char paths[4][4096];
    const char *list[4];
    for (size_t k = 0; k < count; k++) {
        snprintf(paths[k], sizeof paths[k], "%s/%s",
                 graphs ? ENT_GRAPHS_DIR : ENT_TEST_DATA_DIR, names[k]);
        list[k] = paths[k];
    }
    size_t length = 0;
    ent_status status =
        ent_report_make(html, &length, list, count, NULL, renderer, diags);
    CU_ASSERT(status != ENT_OK || strlen(*html) == length);
    return status;
}

/* The text between `from` and the next `to` after it, or NULL. */
static char *between(const char *html, const char *from, const char *to) {
    const char *a = strstr(html, from);
    const char *b = a ? strstr(a, to) : NULL;
    return b ? strndup(a, (size_t)(b - a)) : NULL;
}

/* Bishkek: the CSTO's active members (graphs/README.md), Armenia frozen,
 * the sources' links and a quote from the article. */
static void report_should_show_bishkek_members_sources_and_quotes(void) {
    static const char *const name[] = {"csto-2025-bishkek.json"};
    char *html = NULL;
    CU_ASSERT_EQUAL_FATAL(make(&html, name, 1, 1, NULL), ENT_OK);
    char *row = between(html,
                        "<th scope=\"row\">Collective Security Treaty "
                        "Organization</th>",
                        "</tr>");
    CU_ASSERT_PTR_NOT_NULL_FATAL(row);
    CU_ASSERT_PTR_NOT_NULL(strstr(row, "<td>Belarus, Kazakhstan, Kyrgyzstan, "
                                       "Russia, Tajikistan</td><td>Armenia"
                                       "</td>"));
    free(row);
    CU_ASSERT_PTR_NOT_NULL(
        strstr(html, "<a href=\"https://www.dailysabah.com/opinion/op-ed/"
                     "are-central-asias-security-priorities-being-tied-to-"
                     "moscow\" rel=\"noreferrer\">"));
    CU_ASSERT_PTR_NOT_NULL(strstr(
        html, "<blockquote><p>Armenia&#39;s decision not to attend the "
              "summit, however, brought the CSTO&#39;s cohesion issues back "
              "to the fore"));
    CU_ASSERT_PTR_NOT_NULL(strstr(html, "<section id=\"methods\""));
    CU_ASSERT_PTR_NULL(strstr(html, "id=\"comparison\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(html, "The diagram is left out"));
    free(html);
}

static void report_should_give_the_same_bytes_twice(void) {
    static const char *const name[] = {"csto-2025-bishkek.json"};
    char *first = NULL, *second = NULL;
    CU_ASSERT_EQUAL_FATAL(make(&first, name, 1, 1, NULL), ENT_OK);
    CU_ASSERT_EQUAL_FATAL(make(&second, name, 1, 1, NULL), ENT_OK);
    CU_ASSERT_STRING_EQUAL(first, second);
    free(first);
    free(second);
}

/* compare.h's summary of the files as the report shows it. */
static char *comparison_summary(const char *const *names, size_t count) {
    char paths[4][4096];
    const char *list[4];
    for (size_t k = 0; k < count; k++) {
        snprintf(paths[k], sizeof paths[k], "%s/%s", ENT_GRAPHS_DIR, names[k]);
        list[k] = paths[k];
    }
    ent_comparison_t *c = NULL;
    char *markdown = NULL, *html = NULL;
    size_t length = 0, html_length = 0;
    if (ent_comparison_new(&c, list, count, NULL, NULL) != ENT_OK) {
        return NULL;
    }
    FILE *out = open_memstream(&markdown, &length);
    if (out != NULL) {
        ent_compare_write_summary(out, c);
        fclose(out);
    }
    out = markdown ? open_memstream(&html, &html_length) : NULL;
    if (out != NULL) {
        rpt_markdown(out, markdown, length, 2, "compare.json");
        fclose(out);
    }
    free(markdown);
    ent_comparison_free(c);
    return html;
}

/* Given out of order, the snapshots come in date order, the comparison
 * first with its chart and one diff diagram. */
static void report_should_compare_two_snapshots_in_date_order(void) {
    static const char *const names[] = {"csto-2023-minsk.json",
                                        "csto-2022-yerevan.json"};
    char *html = NULL;
    CU_ASSERT_EQUAL_FATAL(make(&html, names, 2, 1, NULL), ENT_OK);
    const char *comparison = strstr(html, "<section class=\"comparison\"");
    const char *yerevan = strstr(html, "<h2>CSTO summit, Yerevan</h2>");
    const char *minsk = strstr(html, "<h2>CSTO summit, Minsk</h2>");
    CU_ASSERT_TRUE(comparison && yerevan && minsk && comparison < yerevan &&
                   yerevan < minsk);
    CU_ASSERT_PTR_NOT_NULL(strstr(html, "<figure class=\"chart\">"));
    CU_ASSERT_PTR_NOT_NULL(strstr(html, "The diff diagrams are left out"));
    char *summary = comparison_summary(names, 2);
    CU_ASSERT_PTR_NOT_NULL(summary);
    CU_ASSERT_PTR_NOT_NULL(summary ? strstr(html, summary) : NULL);
    free(summary);
    CU_ASSERT_PTR_NULL(strstr(html, "compare.json"));
    free(html);
}

static void report_should_escape_hostile_names_ids_links_and_quotes(void) {
    static const char *const name[] = {"report/hostile.json"};
    char *html = NULL;
    CU_ASSERT_EQUAL_FATAL(make(&html, name, 1, 0, NULL), ENT_OK);
    static const char *const absent[] = {"<script",
                                         "<img",
                                         "<b>",
                                         "<style>body",
                                         "<a href=\"https://evil",
                                         "\x01",
                                         "\x1b",
                                         "javascript:alert(1)\"",
                                         "</title><"};
    for (size_t k = 0; k < sizeof absent / sizeof absent[0]; k++) {
        CU_ASSERT_PTR_NULL(strstr(html, absent[k]));
    }
    CU_ASSERT_PTR_NOT_NULL(strstr(
        html, "<td>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</td>"
              "<td><code>B&lt;/script&gt;</code></td>"));
    CU_ASSERT_PTR_NOT_NULL(
        strstr(html, "<td>ctrl\xef\xbf\xbd\xef\xbf\xbd[31mred\xef\xbf\xbd "
                     "&lt;!-- --&gt;</td>"));
    CU_ASSERT_PTR_NOT_NULL(
        strstr(html, "<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;"
                     "&lt;x&gt;\" rel=\"noreferrer\">"));
    CU_ASSERT_PTR_NOT_NULL(
        strstr(html, "<span class=\"url\">javascript:alert(1)</span>"));
    free(html);
}

static void report_should_reject_a_bad_file_with_its_location(void) {
    static const char *const name[] = {"bad/truncated.json"};
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    char *html = (char *)"not set";
    CU_ASSERT_EQUAL(make(&html, name, 1, 0, &diags), ENT_EINPUT);
    CU_ASSERT_PTR_NULL(html);
    CU_ASSERT_TRUE_FATAL(diags.count >= 1);
    CU_ASSERT_EQUAL(diags.items[0].line, 5);
    CU_ASSERT_EQUAL(diags.items[0].column, 31);
    ent_diag_list_destroy(&diags);
}

static void report_should_refuse_to_write_over_an_input(void) {
    const char *path = test_data_path("report/hostile.json");
    const char *list[] = {path};
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    char *before = NULL, *after = NULL;
    size_t length = 0;
    CU_ASSERT_EQUAL(ent_file_read(path, 1 << 20, &before, &length, NULL),
                    ENT_OK);
    CU_ASSERT_EQUAL(
        ent_report_write_file(path, list, 1, NULL, renderer, &diags),
        ENT_EUSAGE);
    CU_ASSERT_EQUAL(ent_file_read(path, 1 << 20, &after, &length, NULL),
                    ENT_OK);
    CU_ASSERT_STRING_EQUAL(before, after);
    CU_ASSERT_EQUAL(diags.count, 1);
    free(before);
    free(after);
    ent_diag_list_destroy(&diags);
}

int register_report_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(report_markdown_should_turn_compare_summaries_into_html),
        TEST_CASE(report_svg_should_drop_the_prolog_and_prefix_every_id),
        TEST_CASE(report_numbers_should_have_three_decimals_at_most),
        TEST_CASE(report_should_show_bishkek_members_sources_and_quotes),
        TEST_CASE(report_should_give_the_same_bytes_twice),
        TEST_CASE(report_should_compare_two_snapshots_in_date_order),
        TEST_CASE(report_should_escape_hostile_names_ids_links_and_quotes),
        TEST_CASE(report_should_reject_a_bad_file_with_its_location),
        TEST_CASE(report_should_refuse_to_write_over_an_input),
    };
    return add_suite("report", NULL, NULL, tests,
                     sizeof tests / sizeof tests[0]);
}
