/*
 * The memory reference for the benchmark: what the same work costs with
 * cJSON and igraph alone. Parses the snapshot with cJSON (the tree kept),
 * maps entity ids to vertices with a small hash table of its own, and
 * builds the undirected igraph graph of the default layers (member_of,
 * arms_dependency, border_risk; pairs merged), then exits. Run it under
 * /usr/bin/time -f %M to read its peak resident memory.
 * Usage: memory FILE
 */
#include <cjson/cJSON.h>
#include <igraph/igraph.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t hash(const char *s) {
    uint64_t h = 14695981039346656037u;
    for (; *s; s++) {
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    }
    return h;
}

typedef struct {
    const char **keys;
    igraph_integer_t *values;
    size_t mask;
} table;

static void put(table *t, const char *key, igraph_integer_t value) {
    size_t i = hash(key) & t->mask;
    while (t->keys[i] != NULL) {
        i = (i + 1) & t->mask;
    }
    t->keys[i] = key;
    t->values[i] = value;
}

static igraph_integer_t get(const table *t, const char *key) {
    for (size_t i = hash(key) & t->mask; t->keys[i]; i = (i + 1) & t->mask) {
        if (strcmp(t->keys[i], key) == 0) {
            return t->values[i];
        }
    }
    return -1;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: memory FILE\n");
        return 2;
    }
    FILE *file = fopen(argv[1], "rb");
    if (file == NULL) {
        return 1;
    }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *text = malloc((size_t)size + 1);
    if (text == NULL || fread(text, 1, (size_t)size, file) != (size_t)size) {
        return 1;
    }
    fclose(file);
    cJSON *root = cJSON_ParseWithLength(text, (size_t)size);
    free(text); /* entente frees its text before building too */
    const cJSON *entities = cJSON_GetObjectItem(root, "entities");
    const cJSON *relations = cJSON_GetObjectItem(root, "relations");
    size_t n = (size_t)cJSON_GetArraySize(entities), capacity = 16;
    while (capacity < 2 * n) {
        capacity *= 2;
    }
    table t = {calloc(capacity, sizeof(char *)),
               calloc(capacity, sizeof(igraph_integer_t)), capacity - 1};
    igraph_integer_t index = 0;
    for (const cJSON *e = entities->child; e; e = e->next) {
        put(&t, cJSON_GetObjectItem(e, "id")->valuestring, index++);
    }
    igraph_vector_int_t edges;
    igraph_vector_int_init(&edges, 0);
    for (const cJSON *r = relations->child; r; r = r->next) {
        const char *type = cJSON_GetObjectItem(r, "type")->valuestring;
        if (strcmp(type, "member_of") && strcmp(type, "arms_dependency") &&
            strcmp(type, "border_risk")) {
            continue;
        }
        igraph_integer_t a =
            get(&t, cJSON_GetObjectItem(r, "source")->valuestring);
        igraph_integer_t b =
            get(&t, cJSON_GetObjectItem(r, "target")->valuestring);
        if (a != b) {
            igraph_vector_int_push_back(&edges, a < b ? a : b);
            igraph_vector_int_push_back(&edges, a < b ? b : a);
        }
    }
    igraph_t graph;
    igraph_create(&graph, &edges, (igraph_integer_t)n, IGRAPH_UNDIRECTED);
    igraph_simplify(&graph, 1, 1, NULL); /* merge pairs, as entente does */
    igraph_vector_t weights;
    igraph_vector_init(&weights, igraph_ecount(&graph));
    printf("%" IGRAPH_PRId " vertices, %" IGRAPH_PRId " edges\n",
           igraph_vcount(&graph), igraph_ecount(&graph));
    igraph_vector_destroy(&weights);
    igraph_destroy(&graph);
    igraph_vector_int_destroy(&edges);
    cJSON_Delete(root);
    free(t.keys);
    free(t.values);
    return 0;
}
