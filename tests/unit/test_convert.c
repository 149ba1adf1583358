/*
 * Unit tests of the convert module: the strict XML reader on exact inputs
 * and positions, XML escaping, the CSV part names, and a round trip of a
 * snapshot through the neutral graph in memory.
 */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "convert/convert_internal.h"
#include "entente/load.h"
#include "suites.h"

static ent_status parse(xml_node *root, const char *text,
                        ent_diag_list_t *diags) {
    return xml_parse(root, text, strlen(text), "t.xml", diags);
}

static void xml_should_decode_references_cdata_and_keep_positions(void) {
    xml_node root;
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    const char *text = "<?xml version='1.0' encoding='utf-8'?>\n"
                       "<!-- c -->\n<a x=\"1&amp;2&#10;&#x41;\">\n"
                       "  <b y='&lt;&quot;'>t&gt;<![CDATA[<&>]]></b>\n</a>\n";
    CU_ASSERT_EQUAL(parse(&root, text, &diags), ENT_OK);
    CU_ASSERT_STRING_EQUAL(root.name, "a");
    CU_ASSERT_EQUAL(root.line, 3);
    CU_ASSERT_STRING_EQUAL(xml_find_attr(&root, "x")->value, "1&2\nA");
    CU_ASSERT_EQUAL(root.child_count, 1);
    const xml_node *b = &root.children[0];
    CU_ASSERT_EQUAL(b->line, 4);
    CU_ASSERT_EQUAL(b->column, 3);
    CU_ASSERT_STRING_EQUAL(xml_find_attr(b, "y")->value, "<\"");
    CU_ASSERT_STRING_EQUAL(b->text, "t><&>");
    xml_node_destroy(&root);
    ent_diag_list_destroy(&diags);
}

/* Each bad document, with the one diagnostic it must give. */
static void xml_should_reject_doctypes_entities_and_broken_markup(void) {
    static const char *const cases[][2] = {
        {"<!DOCTYPE a [<!ENTITY x \"xx\">]><a>&x;</a>",
         "t.xml:1:1: error: a DOCTYPE is not accepted (no entities are "
         "declared or expanded)"},
        {"<a>&x;</a>",
         "t.xml:1:4: error: unknown entity: only &amp; &lt; &gt; &quot; "
         "&apos; and character references are accepted"},
        {"<a>\n<b></a>", "t.xml:2:6: error: mismatched end tag: expected </b>"},
        {"<a x='1' x='2'/>",
         "t.xml:1:10: error: attribute x given twice in one element"},
        {"<a x='<'/>", "t.xml:1:7: error: '<' inside an attribute value"},
        {"<a>&#0;</a>", "t.xml:1:4: error: bad character reference"},
        {"<?xml version='1.0' encoding='ISO-8859-1'?><a/>",
         "t.xml:1:1: error: only UTF-8 is accepted"},
        {"<a/><b/>", "t.xml:1:5: error: text after the root element"},
        {"<a>", "t.xml:1:4: error: the document ends inside <a"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        xml_node root;
        ent_diag_list_t diags;
        ent_diag_list_init(&diags);
        CU_ASSERT_EQUAL(parse(&root, cases[i][0], &diags), ENT_EINPUT);
        CU_ASSERT_EQUAL(diags.count, 1);
        test_expect_diag(&diags, 0, cases[i][1]);
        xml_node_destroy(&root);
        ent_diag_list_destroy(&diags);
    }
}

static void xml_should_stop_at_a_depth_limit(void) {
    size_t depth = 300;
    char *text = malloc(depth * 7 + 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    char *at = text;
    for (size_t i = 0; i < depth; i++) {
        at += sprintf(at, "<a>");
    }
    for (size_t i = 0; i < depth; i++) {
        at += sprintf(at, "</a>");
    }
    xml_node root;
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    CU_ASSERT_EQUAL(parse(&root, text, &diags), ENT_EINPUT);
    test_expect_diag(&diags, 0,
                     "t.xml:1:772: error: elements nested too deeply");
    xml_node_destroy(&root);
    ent_diag_list_destroy(&diags);
    free(text);
}

static void xml_escaping_should_keep_breaks_and_replace_controls(void) {
    char *text = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    CU_ASSERT_PTR_NOT_NULL_FATAL(out);
    cv_out_xml(out, "a<b>&\"'\t\n\r\x1b");
    fclose(out);
    CU_ASSERT_STRING_EQUAL(
        text, "a&lt;b&gt;&amp;&quot;&apos;&#9;&#10;&#13;\xEF\xBF\xBD");
    free(text);
}

static void part_paths_should_name_the_three_tables(void) {
    static const char *const cases[][3] = {
        {"out/net.csv", "out/net.edges.csv", "out/net.nodes.csv"},
        {"net.edges.csv", "net.edges.csv", "net.nodes.csv"},
        {"net.nodes.csv", "net.edges.csv", "net.nodes.csv"},
        {"net.graph.csv", "net.edges.csv", "net.nodes.csv"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *edges = ent_convert_part_path(cases[i][0], ENT_CONVERT_CSV_EDGES);
        char *nodes = ent_convert_part_path(cases[i][0], ENT_CONVERT_CSV_NODES);
        CU_ASSERT_STRING_EQUAL(edges, cases[i][1]);
        CU_ASSERT_STRING_EQUAL(nodes, cases[i][2]);
        free(edges);
        free(nodes);
    }
}

/* valid.json through the neutral graph and back gives the same JSON. */
static void graph_should_give_back_the_snapshot_it_was_made_from(void) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_snapshot_t *snapshot = NULL, *back = NULL;
    CU_ASSERT_EQUAL_FATAL(ent_snapshot_load_file(&snapshot,
                                                 test_data_path("valid.json"),
                                                 NULL, &diags),
                          ENT_OK);
    ent_network_t *network = NULL;
    CU_ASSERT_EQUAL_FATAL(ent_network_build(&network, snapshot, NULL, &diags),
                          ENT_OK);
    ent_convert_frame_t frame = {network, NULL};
    cv_graph graph;
    CU_ASSERT_EQUAL(cv_graph_from_frame(&graph, &frame, &diags), ENT_OK);
    CU_ASSERT_EQUAL(graph.node_count, 5);
    CU_ASSERT_EQUAL(graph.edge_count, 5);
    CU_ASSERT_EQUAL(cv_graph_to_snapshot(&graph, &back, &diags), ENT_OK);
    char *before = NULL, *after = NULL;
    CU_ASSERT_EQUAL(ent_snapshot_to_json(snapshot, &before), ENT_OK);
    if (back != NULL) {
        CU_ASSERT_EQUAL(ent_snapshot_to_json(back, &after), ENT_OK);
        CU_ASSERT_STRING_EQUAL(before, after);
    }
    free(before);
    free(after);
    cv_graph_destroy(&graph);
    ent_snapshot_free(back);
    ent_network_destroy(network);
    ent_snapshot_free(snapshot);
    ent_diag_list_destroy(&diags);
}

static void export_should_refuse_a_series_in_graphml(void) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_convert_frame_t frames[2] = {{NULL, NULL}, {NULL, NULL}};
    CU_ASSERT_EQUAL(ent_convert_export(stdout, ENT_GRAPH_GRAPHML,
                                       ENT_CONVERT_WHOLE, frames, 2, &diags),
                    ENT_EUSAGE);
    test_expect_diag(&diags, 0, "error: graphml takes one network");
    ent_diag_list_destroy(&diags);
}

int register_convert_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(xml_should_decode_references_cdata_and_keep_positions),
        TEST_CASE(xml_should_reject_doctypes_entities_and_broken_markup),
        TEST_CASE(xml_should_stop_at_a_depth_limit),
        TEST_CASE(xml_escaping_should_keep_breaks_and_replace_controls),
        TEST_CASE(part_paths_should_name_the_three_tables),
        TEST_CASE(graph_should_give_back_the_snapshot_it_was_made_from),
        TEST_CASE(export_should_refuse_a_series_in_graphml),
    };
    return add_suite("convert", NULL, NULL, tests,
                     sizeof tests / sizeof tests[0]);
}
