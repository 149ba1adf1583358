/*
 * Unit tests of the render module: formats, determinism, the DOT read
 * back by cgraph, names that must stay text, and the style tables.
 */
#include <CUnit/CUnit.h>
#include <graphviz/cgraph.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entente/compare.h"
#include "entente/load.h"
#include "entente/render.h"
#include "render/render_internal.h"
#include "suites.h"

/* A loaded snapshot with its network and metrics, as the CLI makes them. */
typedef struct {
    ent_snapshot_t *snapshot;
    ent_network_t *network;
    ent_metrics_t metrics;
} drawing;

static void drawing_open(drawing *d, const char *path, const char *layers) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    CU_ASSERT_EQUAL_FATAL(
        ent_snapshot_load_file(&d->snapshot, path, NULL, &diags), ENT_OK);
    ent_network_options_t options;
    CU_ASSERT_EQUAL_FATAL(ent_network_options_init(&options), ENT_OK);
    if (layers != NULL) {
        CU_ASSERT_EQUAL_FATAL(
            ent_network_options_parse(&options, "layer", layers, &diags),
            ENT_OK);
    }
    CU_ASSERT_EQUAL_FATAL(
        ent_network_options_parse(&options, "status", "active,frozen", &diags),
        ENT_OK);
    CU_ASSERT_EQUAL_FATAL(
        ent_network_build(&d->network, d->snapshot, &options, &diags), ENT_OK);
    ent_network_options_destroy(&options);
    ent_metrics_options_t metrics;
    ent_metrics_options_init(&metrics);
    CU_ASSERT_EQUAL_FATAL(
        ent_metrics_compute(&d->metrics, d->network, &metrics, &diags), ENT_OK);
    ent_diag_list_destroy(&diags);
}

static void drawing_close(drawing *d) {
    ent_metrics_destroy(&d->metrics);
    ent_network_destroy(d->network);
    ent_snapshot_free(d->snapshot);
}

/* One Graphviz context for the whole suite, as the header demands. */
static ent_renderer_t *renderer;

static int suite_setup(void) {
    renderer = ent_renderer_new();
    return renderer == NULL;
}

static int suite_teardown(void) {
    ent_renderer_free(renderer);
    renderer = NULL;
    return 0;
}

static char *render_with(const drawing *d, ent_render_options_t *options,
                         size_t *length);

static char *render_with(const drawing *d, ent_render_options_t *options_in,
                         size_t *length) {
    const ent_render_options_t options = *options_in;
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    char *data = NULL;
    CU_ASSERT_EQUAL(ent_render_memory(renderer, d->network, &d->metrics,
                                      &options, &data, length, &diags),
                    ENT_OK);
    for (size_t i = 0; i < diags.count; i++) {
        char *line = ent_diag_format(&diags.items[i]);
        fprintf(stderr, "\n  %s", line);
        free(line);
    }
    ent_diag_list_destroy(&diags);
    return data;
}

static char *render(const drawing *d, ent_render_format format,
                    size_t *length) {
    ent_render_options_t options;
    ent_render_options_init(&options);
    options.format = format;
    return render_with(d, &options, length);
}

static const char *bishkek(void) {
    static char path[4096];
    snprintf(path, sizeof path, "%s/csto-2025-bishkek.json", ENT_GRAPHS_DIR);
    return path;
}

static void render_should_start_each_format_with_its_magic(void) {
    drawing d;
    drawing_open(&d, bishkek(), NULL);
    static const struct {
        ent_render_format format;
        const char *magic;
        size_t magic_length;
    } cases[] = {
        {ENT_RENDER_PNG, "\x89PNG\r\n\x1a\n", 8},
        {ENT_RENDER_PDF, "%PDF-", 5},
        {ENT_RENDER_SVG, "<?xml", 5},
        {ENT_RENDER_DOT, "digraph entente {", 17},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t length = 0;
        char *data = render(&d, cases[i].format, &length);
        CU_ASSERT_PTR_NOT_NULL_FATAL(data);
        CU_ASSERT(length > 1000);
        CU_ASSERT_EQUAL(memcmp(data, cases[i].magic, cases[i].magic_length), 0);
        free(data);
    }
    drawing_close(&d);
}

static void render_should_give_identical_bytes_on_every_run(void) {
    drawing d;
    drawing_open(&d, bishkek(), NULL);
    for (int f = 0; f < ENT_RENDER_FORMAT_COUNT; f++) {
        size_t a_length = 0, b_length = 0;
        char *a = render(&d, (ent_render_format)f, &a_length);
        char *b = render(&d, (ent_render_format)f, &b_length);
        CU_ASSERT_PTR_NOT_NULL_FATAL(a);
        CU_ASSERT_PTR_NOT_NULL_FATAL(b);
        CU_ASSERT_EQUAL(a_length, b_length);
        CU_ASSERT(a_length == b_length && memcmp(a, b, a_length) == 0);
        free(a);
        free(b);
    }
    drawing_close(&d);
}

/* Nodes of entities, not of the legend or the page frame. */
static int is_entity_node(Agnode_t *node) {
    const char *name = agnameof(node);
    return strncmp(name, "legend:", 7) != 0 && strncmp(name, "frame:", 6) != 0;
}

static int entity_nodes(Agraph_t *graph) {
    int count = 0;
    for (Agnode_t *n = agfstnode(graph); n; n = agnxtnode(graph, n)) {
        count += is_entity_node(n);
    }
    return count;
}

static int entity_edges(Agraph_t *graph) {
    int count = 0;
    for (Agnode_t *n = agfstnode(graph); n; n = agnxtnode(graph, n)) {
        for (Agedge_t *e = agfstout(graph, n); e; e = agnxtout(graph, e)) {
            count += is_entity_node(n) && is_entity_node(aghead(e));
        }
    }
    return count;
}

/* The DOT text reads back with cgraph: the same nodes (by entity id) and
 * one edge per relation type and status between each tied pair. */
static void dot_should_read_back_with_the_same_nodes_and_edges(void) {
    drawing d;
    drawing_open(&d, bishkek(), NULL);
    size_t length = 0;
    char *dot = render(&d, ENT_RENDER_DOT, &length);
    CU_ASSERT_PTR_NOT_NULL_FATAL(dot);
    Agraph_t *graph = agmemread(dot);
    CU_ASSERT_PTR_NOT_NULL_FATAL(graph);
    CU_ASSERT_EQUAL(entity_nodes(graph),
                    (int)ent_network_vertex_count(d.network));
    for (size_t v = 0; v < ent_network_vertex_count(d.network); v++) {
        const ent_entity_t *entity = ent_network_vertex_entity(d.network, v);
        CU_ASSERT_PTR_NOT_NULL(agnode(graph, (char *)entity->id, 0));
    }
    /* Count the (edge, type, status) groups the way the drawing does. */
    size_t expected = 0;
    for (size_t e = 0; e < ent_network_edge_count(d.network); e++) {
        size_t count;
        const size_t *relations =
            ent_network_edge_relations(d.network, e, &count);
        for (size_t k = 0; k < count; k++) {
            const ent_relation_t *r =
                ent_snapshot_relation(d.snapshot, relations[k]);
            int seen = 0;
            for (size_t j = 0; j < k; j++) {
                const ent_relation_t *q =
                    ent_snapshot_relation(d.snapshot, relations[j]);
                seen |= q->type == r->type && q->status == r->status;
            }
            expected += !seen;
        }
    }
    CU_ASSERT(expected >= ent_network_edge_count(d.network));
    CU_ASSERT_EQUAL(entity_edges(graph), (int)expected);
    /* Armenia's frozen membership is drawn dashed. */
    Agedge_t *frozen = agedge(graph, agnode(graph, "ARM", 0),
                              agnode(graph, "CSTO", 0), NULL, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(frozen);
    CU_ASSERT_STRING_EQUAL(agget(frozen, "style"), "dashed");
    agclose(graph);
    free(dot);
    drawing_close(&d);
}

static void names_should_come_out_as_text_never_as_markup(void) {
    drawing d;
    drawing_open(&d, test_data_path("names.json"), NULL);
    size_t length = 0;
    char *svg = render(&d, ENT_RENDER_SVG, &length);
    CU_ASSERT_PTR_NOT_NULL_FATAL(svg);
    /* Each name, as the SVG must escape it to show it as written. */
    static const char *const shown[] = {
        ">&lt;script&gt;alert(1)&lt;/script&gt;</text>",
        ">A &amp; B &amp;amp; C</text>",
        ">back\\slash \\N \\G</text>",
        ">Q&quot;uote &#39;single&#39;</text>",
        ">Россия</text>",
        ">Қазақстан</text>",
        /* long names wrap at spaces, each line still text */
        ">&lt;/text&gt;&lt;rect</text>",
        ">width=&quot;999&quot;/&gt;&lt;text&gt;</text>",
        ">Names &amp; &lt;markup&gt; &quot;test&quot;</text>",
    };
    for (size_t i = 0; i < sizeof shown / sizeof shown[0]; i++) {
        CU_ASSERT_PTR_NOT_NULL(strstr(svg, shown[i]));
        if (strstr(svg, shown[i]) == NULL) {
            fprintf(stderr, "\n  missing: %s", shown[i]);
        }
    }
    CU_ASSERT_PTR_NULL(strstr(svg, "<script"));
    CU_ASSERT_PTR_NULL(strstr(svg, "<rect width=\"999\""));
    free(svg);
    /* The DOT names every node by its id, whatever it holds. */
    char *dot = render(&d, ENT_RENDER_DOT, &length);
    Agraph_t *graph = agmemread(dot);
    CU_ASSERT_PTR_NOT_NULL_FATAL(graph);
    CU_ASSERT_EQUAL(entity_nodes(graph), 9);
    CU_ASSERT_PTR_NOT_NULL(agnode(graph, "]; evil [", 0));
    /* An id with a backslash gets a safe name; its label is as written. */
    Agnode_t *backslash = agnode(graph, "entity:3", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(backslash);
    CU_ASSERT_PTR_NOT_NULL(
        strstr(agget(backslash, "xlabel"), ">back\\\\slash \\\\N \\\\G<"));
    CU_ASSERT_PTR_NOT_NULL(agnode(graph, "<script>alert(1)</script>", 0));
    agclose(graph);
    free(dot);
    drawing_close(&d);
}

/* Every built-in relation type has a style of its own, and every entity
 * type a distinct shape. */
static void every_type_should_have_its_own_style(void) {
    static const char *const builtin[] = {
        "arms_dependency", "border_risk", "leads",   "national_of",
        "chairs",          "hosts",       "attends", "absent_from",
        "threatens",       "member_of"};
    const edge_style *custom = style_for_relation("custom", 1, 0);
    for (size_t i = 0; i < sizeof builtin / sizeof builtin[0]; i++) {
        const edge_style *style = style_for_relation(builtin[i], 1, 0);
        CU_ASSERT_PTR_NOT_EQUAL(style, custom);
        for (size_t j = 0; j < i; j++) {
            CU_ASSERT_PTR_NOT_EQUAL(style,
                                    style_for_relation(builtin[j], 1, 0));
        }
    }
    CU_ASSERT_STRING_EQUAL(
        style_for_relation("member_of", 1, ENT_MEMBERSHIP_FROZEN)->style,
        "dashed");
    for (unsigned a = 0; a < ENT_ENTITY_TYPE_COUNT; a++) {
        for (unsigned b = 0; b < a; b++) {
            CU_ASSERT_STRING_NOT_EQUAL(
                style_for_entity((ent_entity_type)a)->shape,
                style_for_entity((ent_entity_type)b)->shape);
        }
    }
}

static void render_should_refuse_clusters_with_fdp(void) {
    drawing d;
    drawing_open(&d, bishkek(), NULL);
    ent_render_options_t options;
    ent_render_options_init(&options);
    options.clusters = 1;
    options.layout = "fdp";
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    char *data = NULL;
    size_t length = 0;
    CU_ASSERT_EQUAL(ent_render_memory(renderer, d.network, &d.metrics, &options,
                                      &data, &length, &diags),
                    ENT_EUSAGE);
    CU_ASSERT_PTR_NULL(data);
    CU_ASSERT_STRING_EQUAL(
        diags.items[0].message,
        "clusters need the neato or dot layout, not \"fdp\"");
    ent_diag_list_destroy(&diags);
    drawing_close(&d);
}

/* The SVG says its print size in centimetres, and its coordinates are
 * points at that size (1:1): a font of 8 prints at 8 pt. */
static void svg_should_print_at_the_width_asked_one_to_one(void) {
    drawing d;
    drawing_open(&d, bishkek(), NULL);
    static const struct {
        double cm;
        const char *width;
    } cases[] = {{16, "width=\"16.00cm\""}, {8.5, "width=\"8.50cm\""}};
    for (size_t i = 0; i < 2; i++) {
        ent_render_options_t options;
        ent_render_options_init(&options);
        options.width_cm = cases[i].cm;
        size_t length = 0;
        char *svg = render_with(&d, &options, &length);
        CU_ASSERT_PTR_NOT_NULL_FATAL(svg);
        CU_ASSERT_PTR_NOT_NULL(strstr(svg, cases[i].width));
        double x, y, w, h;
        const char *box = strstr(svg, "viewBox=\"");
        CU_ASSERT_PTR_NOT_NULL_FATAL(box);
        CU_ASSERT_EQUAL(
            sscanf(box, "viewBox=\"%lf %lf %lf %lf", &x, &y, &w, &h), 4);
        /* 16 cm = 453.54 pt; 8.5 cm = 240.94 pt */
        CU_ASSERT_DOUBLE_EQUAL(w, cases[i].cm / 2.54 * 72, 0.01);
        CU_ASSERT_PTR_NOT_NULL(strstr(svg, "transform=\"scale(1 1)"));
        CU_ASSERT_PTR_NOT_NULL(strstr(svg, "role=\"img\""));
        CU_ASSERT_PTR_NOT_NULL(
            strstr(svg, "<title id=\"figure-title\">CSTO summit, Bishkek"));
        CU_ASSERT_PTR_NOT_NULL(strstr(svg, "<g id=\"legend\">"));
        free(svg);
    }
    drawing_close(&d);
}

/* 300 dpi by default: a pHYs chunk of 11811 pixels per metre right after
 * the header, and 16 cm = 1890 pixels across. */
static void png_should_carry_its_resolution(void) {
    drawing d;
    drawing_open(&d, bishkek(), NULL);
    size_t length = 0;
    char *png = render(&d, ENT_RENDER_PNG, &length);
    CU_ASSERT_PTR_NOT_NULL_FATAL(png);
    const unsigned char *u = (const unsigned char *)png;
    CU_ASSERT_EQUAL(memcmp(png + 37, "pHYs", 4), 0);
    unsigned long ppm = (unsigned long)u[41] << 24 |
                        (unsigned long)u[42] << 16 | (unsigned long)u[43] << 8 |
                        u[44];
    CU_ASSERT_EQUAL(ppm, 11811);
    CU_ASSERT_EQUAL(u[49], 1);
    unsigned long width = (unsigned long)u[16] << 24 |
                          (unsigned long)u[17] << 16 |
                          (unsigned long)u[18] << 8 | u[19];
    CU_ASSERT(width >= 1889 && width <= 1891);
    free(png);
    drawing_close(&d);
}

/* The title in the PDF's Info dictionary, UTF-16 with a byte-order mark
 * ("CS" = 0043 0053). */
static void pdf_should_carry_its_title(void) {
    drawing d;
    drawing_open(&d, bishkek(), NULL);
    size_t length = 0;
    char *pdf = render(&d, ENT_RENDER_PDF, &length);
    CU_ASSERT_PTR_NOT_NULL_FATAL(pdf);
    const char *title = NULL;
    for (size_t i = 0; i + 14 < length && title == NULL; i++) {
        if (memcmp(pdf + i, "/Title <FEFF", 12) == 0) {
            title = pdf + i;
        }
    }
    CU_ASSERT_PTR_NOT_NULL_FATAL(title);
    CU_ASSERT_EQUAL(memcmp(title + 12, "00430053", 8), 0);
    CU_ASSERT_EQUAL(memcmp(pdf + length - 6, "%%EOF\n", 6), 0);
    free(pdf);
    drawing_close(&d);
}

static void text_escaping_should_neutralize_graphviz_and_html_syntax(void) {
    text_buffer text;
    text_init(&text);
    text_append_label(&text, "a\\nb & c");
    CU_ASSERT_STRING_EQUAL(text.data, "a\\\\nb &amp; c");
    text.length = 0;
    text_append_html(&text, "<b>\"x\" & 'y'\\N\n");
    CU_ASSERT_STRING_EQUAL(text.data, "&lt;b&gt;&quot;x&quot; &amp; "
                                      "&#39;y&#39;\\\\N<BR ALIGN=\"LEFT\"/>");
    text_release(&text);
}

static void long_labels_should_wrap_at_spaces(void) {
    text_buffer text;
    text_init(&text);
    text_append_wrapped_label(
        &text, "CSTO Collective Security Council session, Bishkek 2025");
    CU_ASSERT_STRING_EQUAL(text.data, "CSTO Collective\\nSecurity Council\\n"
                                      "session, Bishkek\\n2025");
    text.length = 0;
    /* A single long word stays whole; Cyrillic counts by characters. */
    text_append_wrapped_label(&text, "Organisation-without-spaces");
    CU_ASSERT_STRING_EQUAL(text.data, "Organisation-without-spaces");
    text.length = 0;
    text_append_wrapped_label(&text, "Республика Казахстан");
    CU_ASSERT_STRING_EQUAL(text.data, "Республика\\nКазахстан");
    text.length = 0;
    text_append_wrapped_label(&text, "a\\b & c");
    CU_ASSERT_STRING_EQUAL(text.data, "a\\\\b &amp; c");
    text_release(&text);
}

/* ---- compare's diagrams, drawn here with the suite's one renderer ---- */

static char *comparison_json(const ent_comparison_t *c) {
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    CU_ASSERT_EQUAL(ent_compare_write_json(out, c), ENT_OK);
    fclose(out);
    return text;
}

/* Snapshots already in memory compare, and draw, exactly as their files:
 * the same JSON (the names given as "file") and the same bytes in every
 * drawing; the comparison leaves the borrowed snapshots to their owner. */
static void compare_in_memory_should_match_compare_from_files(void) {
    char a[4096], b[4096];
    snprintf(a, sizeof a, "%s/csto-2024-astana.json", ENT_GRAPHS_DIR);
    snprintf(b, sizeof b, "%s/csto-2023-minsk.json", ENT_GRAPHS_DIR);
    const char *paths[2] = {a, b};
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_comparison_t *from_files = NULL, *in_memory = NULL;
    CU_ASSERT_EQUAL_FATAL(
        ent_comparison_new(&from_files, paths, 2, NULL, &diags), ENT_OK);
    ent_snapshot_t *snapshots[2] = {NULL, NULL};
    for (int i = 0; i < 2; i++) {
        CU_ASSERT_EQUAL_FATAL(
            ent_snapshot_load_file(&snapshots[i], paths[i], NULL, &diags),
            ENT_OK);
    }
    CU_ASSERT_EQUAL_FATAL(ent_comparison_new_from_snapshots(
                              &in_memory,
                              (const ent_snapshot_t *const *)snapshots, paths,
                              2, NULL, &diags),
                          ENT_OK);
    char *json_files = comparison_json(from_files);
    char *json_memory = comparison_json(in_memory);
    CU_ASSERT_STRING_EQUAL(json_files, json_memory);
    CU_ASSERT_PTR_NOT_NULL(strstr(json_files, "\"from\": \"active\", "
                                              "\"to\": \"frozen\""));
    ent_compare_files_t drawn_files, drawn_memory;
    CU_ASSERT_EQUAL(
        ent_compare_draw(from_files, renderer, NULL, &drawn_files, &diags),
        ENT_OK);
    CU_ASSERT_EQUAL(
        ent_compare_draw(in_memory, renderer, NULL, &drawn_memory, &diags),
        ENT_OK);
    static const char *const names[] = {"01-csto-2023-minsk.svg",
                                        "02-csto-2024-astana.svg",
                                        "diff-01-02.svg", "positions.tsv"};
    CU_ASSERT_EQUAL_FATAL(drawn_files.count, 4);
    CU_ASSERT_EQUAL_FATAL(drawn_memory.count, 4);
    for (size_t i = 0; i < 4; i++) {
        CU_ASSERT_STRING_EQUAL(drawn_files.files[i].name, names[i]);
        CU_ASSERT_STRING_EQUAL(drawn_memory.files[i].name, names[i]);
        CU_ASSERT_EQUAL(drawn_files.files[i].length,
                        drawn_memory.files[i].length);
        CU_ASSERT_EQUAL(memcmp(drawn_files.files[i].data,
                               drawn_memory.files[i].data,
                               drawn_files.files[i].length),
                        0);
    }
    /* Armenia's frozen CSTO membership is a status tie in the diff. */
    CU_ASSERT_PTR_NOT_NULL(strstr(drawn_files.files[2].data,
                                  "class=\"tie change-status member_of\""));
    CU_ASSERT_PTR_NOT_NULL(
        strstr(drawn_files.files[2].data, "active \xe2\x86\x92 frozen"));
    ent_compare_files_free(&drawn_files);
    ent_compare_files_free(&drawn_memory);
    free(json_files);
    free(json_memory);
    ent_comparison_free(in_memory);
    ent_comparison_free(from_files);
    for (int i = 0; i < 2; i++) {
        CU_ASSERT_STRING_EQUAL(ent_snapshot_id(snapshots[i]),
                               i ? "csto-2023-minsk" : "csto-2024-astana");
        ent_snapshot_free(snapshots[i]);
    }
    /* Compare places and titles its diagrams itself. */
    ent_render_options_t options;
    ent_render_options_init(&options);
    options.clusters = 1;
    ent_comparison_t *c = NULL;
    CU_ASSERT_EQUAL_FATAL(ent_comparison_new(&c, paths, 2, NULL, &diags),
                          ENT_OK);
    CU_ASSERT_EQUAL(
        ent_compare_draw(c, renderer, &options, &drawn_files, &diags),
        ENT_EUSAGE);
    CU_ASSERT_EQUAL(drawn_files.count, 0);
    ent_comparison_free(c);
    ent_diag_list_destroy(&diags);
}

/* Writes `written` to a file and reads it back into *read (the
 * caller frees it); the metric is betweenness and the scale 12.5. */
static void positions_round_trip(const ent_render_positions_t *written,
                                 ent_render_positions_t *read) {
    char path[] = "/tmp/entente-positions-XXXXXX";
    int fd = mkstemp(path);
    CU_ASSERT_FATAL(fd >= 0);
    FILE *out = fdopen(fd, "w");
    CU_ASSERT_EQUAL(
        ent_render_positions_write(out, written, ENT_NODE_BETWEENNESS, 12.5),
        ENT_OK);
    fclose(out);
    ent_node_metric metric = ENT_NODE_STRENGTH;
    double reference = 0;
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    CU_ASSERT_EQUAL_FATAL(
        ent_render_positions_read(path, read, &metric, &reference, &diags),
        ENT_OK);
    CU_ASSERT_EQUAL(metric, ENT_NODE_BETWEENNESS);
    CU_ASSERT_EQUAL(reference, 12.5);
    ent_diag_list_destroy(&diags);
    remove(path);
}

/* A positions file reads back to the same bits, ids with tabs, newlines
 * and backslashes included; with shared colours, the organizations'
 * order is left out (the colours win over it). */
static void positions_should_read_back_what_was_written(void) {
    static const char *const ids[] = {"RUS", "a\tb\\c\nd"};
    static const double x[] = {1.5, -2.25e-3}, y[] = {0.1, 1e6};
    static const int colors[] = {3, -1};
    static const char *const organizations[] = {"EAEU"};
    const ent_render_positions_t written = {
        ids, x, y, 2, colors, "Colour: x", organizations, 1};
    ent_render_positions_t read;
    positions_round_trip(&written, &read);
    CU_ASSERT_EQUAL_FATAL(read.count, 2);
    CU_ASSERT_STRING_EQUAL(read.colors_meaning, "Colour: x");
    for (size_t i = 0; i < 2; i++) {
        CU_ASSERT_STRING_EQUAL(read.ids[i], ids[i]);
        CU_ASSERT_EQUAL(read.x[i], x[i]);
        CU_ASSERT_EQUAL(read.y[i], y[i]);
        CU_ASSERT_EQUAL(read.colors[i], colors[i]);
    }
    CU_ASSERT_EQUAL(read.organization_count, 0);
    CU_ASSERT_PTR_NULL(read.organizations);
    ent_render_positions_free(&read);
}

/* Without shared colours: the organizations read back in their order,
 * and colors and their meaning are NULL (each diagram colours its own). */
static void positions_should_read_back_organizations(void) {
    static const char *const ids[] = {"RUS"};
    static const double x[] = {1}, y[] = {2};
    static const char *const organizations[] = {"EAEU", "C\tS\\TO"};
    const ent_render_positions_t written = {
        ids, x, y, 1, NULL, "ignored", organizations, 2};
    ent_render_positions_t read;
    positions_round_trip(&written, &read);
    CU_ASSERT_EQUAL(read.count, 1);
    CU_ASSERT_PTR_NULL(read.colors);
    CU_ASSERT_PTR_NULL(read.colors_meaning);
    CU_ASSERT_EQUAL_FATAL(read.organization_count, 2);
    CU_ASSERT_STRING_EQUAL(read.organizations[0], "EAEU");
    CU_ASSERT_STRING_EQUAL(read.organizations[1], "C\tS\\TO");
    ent_render_positions_free(&read);
}

int register_render_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(render_should_start_each_format_with_its_magic),
        TEST_CASE(render_should_give_identical_bytes_on_every_run),
        TEST_CASE(dot_should_read_back_with_the_same_nodes_and_edges),
        TEST_CASE(names_should_come_out_as_text_never_as_markup),
        TEST_CASE(every_type_should_have_its_own_style),
        TEST_CASE(render_should_refuse_clusters_with_fdp),
        TEST_CASE(svg_should_print_at_the_width_asked_one_to_one),
        TEST_CASE(png_should_carry_its_resolution),
        TEST_CASE(pdf_should_carry_its_title),
        TEST_CASE(text_escaping_should_neutralize_graphviz_and_html_syntax),
        TEST_CASE(long_labels_should_wrap_at_spaces),
        TEST_CASE(compare_in_memory_should_match_compare_from_files),
        TEST_CASE(positions_should_read_back_what_was_written),
        TEST_CASE(positions_should_read_back_organizations),
    };
    return add_suite("render", suite_setup, suite_teardown, tests,
                     sizeof tests / sizeof tests[0]);
}
