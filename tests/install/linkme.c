/*
 * A program that uses libentente as another project would: built by
 * tests/install/test_library.sh from the installed tree with nothing but
 * `pkg-config --cflags --libs entente`. Usage: linkme SNAPSHOT
 */
#include <entente/entente.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * The library calls functions of these names inside (src/model). They are
 * hidden, so the library keeps its own: if it exported them, ours would
 * take their place (symbol interposition) and every load would fail.
 */
void *arena_alloc(void *arena, size_t size);
void *arena_alloc(void *arena, size_t size) {
    (void)arena;
    (void)size;
    return NULL;
}

static void print_diags(const ent_diag_list_t *diags) {
    for (size_t i = 0; i < diags->count; i++) {
        char *line = ent_diag_format(&diags->items[i]);
        printf("%s\n", line != NULL ? line : "(no memory)");
        free(line);
    }
}

/* The edge between two entities, found through the network's queries. */
static void print_tie(const ent_network_t *network, const char *a,
                      const char *b) {
    const ent_snapshot_t *s = ent_network_snapshot(network);
    size_t ea, eb, edge, count = 0;
    if (ent_snapshot_find_entity(s, a, &ea) &&
        ent_snapshot_find_entity(s, b, &eb) &&
        ent_network_find_edge(network, ent_network_entity_vertex(network, ea),
                              ent_network_entity_vertex(network, eb), 0,
                              &edge)) {
        ent_network_edge_relations(network, edge, &count);
        printf("%s-%s weight %g length %g relations %zu\n", a, b,
               ent_network_edge_weight(network, edge),
               ent_network_edge_length(network, edge), count);
    } else {
        printf("%s-%s none\n", a, b);
    }
}

/* Degree, strength and betweenness of each node of the default network. */
static int measure(const char *path) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_snapshot_t *snapshot = NULL;
    ent_network_options_t options;
    ent_network_t *network = NULL;
    ent_metrics_options_t wanted;
    ent_metrics_t metrics;
    int ok = ent_snapshot_load_file(&snapshot, path, NULL, &diags) == ENT_OK;
    ok = ok && ent_network_options_init(&options) == ENT_OK;
    ok =
        ok && ent_network_build(&network, snapshot, &options, &diags) == ENT_OK;
    ent_metrics_options_init(&wanted);
    ok =
        ok && ent_metrics_compute(&metrics, network, &wanted, &diags) == ENT_OK;
    if (!ok) {
        print_diags(&diags);
        return 1;
    }
    printf("%s: %zu nodes, %zu edges\n", ent_snapshot_id(snapshot),
           ent_network_vertex_count(network), ent_network_edge_count(network));
    for (size_t v = 0; v < ent_network_vertex_count(network); v++) {
        printf("%s degree %g strength %g betweenness %g\n",
               ent_network_vertex_entity(network, v)->id,
               metrics.node[ENT_NODE_DEGREE][v],
               metrics.node[ENT_NODE_STRENGTH][v],
               metrics.node[ENT_NODE_BETWEENNESS][v]);
    }
    print_tie(network, "TJK", "RUS");
    print_tie(network, "KAZ", "RUS");
    ent_metrics_destroy(&metrics);
    ent_network_destroy(network);
    ent_network_options_destroy(&options);
    ent_snapshot_free(snapshot);
    ent_diag_list_destroy(&diags);
    return 0;
}

/* A bad snapshot: the status and the first diagnostic. */
static void refuse(void) {
    static const char bad[] = "{\"schema\": \"entente/1\",\n \"id\": 7}";
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_snapshot_t *snapshot = NULL;
    ent_status status = ent_snapshot_load_buffer(&snapshot, bad, strlen(bad),
                                                 "bad.json", NULL, &diags);
    printf("bad.json: %s, %zu errors, snapshot %s\n", ent_status_name(status),
           diags.errors, snapshot == NULL ? "NULL" : "set");
    if (diags.count > 0) {
        char *line = ent_diag_format(&diags.items[0]);
        printf("%s\n", line != NULL ? line : "(no memory)");
        free(line);
    }
    ent_diag_list_destroy(&diags);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: linkme SNAPSHOT\n");
        return 2;
    }
    printf("libentente %s\n", ent_version());
    int status = measure(argv[1]);
    refuse();
    return status;
}
