/*
 * Prints the words the shell completions offer for option values, from
 * the library's own name tables, so that they follow the code: one line
 * per kind, "KIND WORD WORD ...". Built and run at build time by
 * scripts/help/make-completion; not installed.
 */
#include <stdio.h>
#include <string.h>

#include "entente/entente.h"
#include "model/model_internal.h"

typedef const char *(*name_fn)(int index);

static const char *node_metric(int i) {
    return ent_node_metric_name((ent_node_metric)i);
}
static const char *graph_metric(int i) {
    return ent_graph_metric_name((ent_graph_metric)i);
}
static const char *group_metric(int i) {
    return ent_group_metric_name((ent_group_metric)i);
}
static const char *render_format(int i) {
    return ent_render_format_name((ent_render_format)i);
}
static const char *import_format(int i) {
    return ent_import_format_name((ent_import_format)i);
}
static const char *membership_status(int i) {
    return ent_membership_status_name((ent_membership_status)i);
}

static void print_names(name_fn name, int first, int count) {
    for (int i = first; i < count; i++) {
        if (name(i) != NULL && name(i)[0] != '\0') {
            printf(" %s", name(i));
        }
    }
}

int main(void) {
    printf("node-metrics");
    print_names(node_metric, 0, ENT_NODE_METRIC_COUNT);
    printf("\nmetrics");
    print_names(node_metric, 0, ENT_NODE_METRIC_COUNT);
    print_names(graph_metric, 0, ENT_GRAPH_METRIC_COUNT);
    print_names(group_metric, 0, ENT_GROUP_METRIC_COUNT);
    printf("\nlayers");
    for (size_t i = 0; i < builtin_relation_type_count; i++) {
        printf(" %s", builtin_relation_types[i].name);
    }
    printf("\nrender-formats");
    print_names(render_format, 0, ENT_RENDER_FORMAT_COUNT);
    printf("\npresets");
    /* The first format, "table", is read through --map: no preset. */
    print_names(import_format, 1, ENT_IMPORT_FORMAT_COUNT);
    printf("\nstatuses");
    /* The first status, "unspecified", is no value of --status. */
    print_names(membership_status, 1, ENT_MEMBERSHIP_COUNT);
    /* The Graphviz engines the renderer accepts, among those Graphviz has. */
    static const char *const engines[] = {
        "neato", "fdp", "sfdp", "dot", "circo", "twopi", "osage", "patchwork"};
    printf("\nlayouts");
    for (size_t i = 0; i < sizeof engines / sizeof engines[0]; i++) {
        if (ent_render_layout_is_known(engines[i])) {
            printf(" %s", engines[i]);
        }
    }
    printf("\n");
    return 0;
}
