/*
 * GraphML and GEXF into the neutral graph: declared keys give each value
 * its type; every fault is reported where it is in the file.
 */
#include <cjson/cJSON.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "convert/convert_internal.h"
#include "entente/io.h"

#define CV_MAX_XML (1024u * 1024u * 1024u)

typedef struct {
    const char *id;   /* the key's id in the file */
    const char *name; /* the attribute name it stands for */
    const char *kind; /* graph, node, edge or all (GraphML) */
    cv_type type;
} xml_key;

typedef struct {
    xml_key *items;
    size_t count;
    const char *file;
    ent_diag_list_t *diags;
} key_table;

static ent_status fail(const key_table *t, int line, int column,
                       const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
static ent_status fail(const key_table *t, int line, int column,
                       const char *format, ...) {
    va_list args;
    va_start(args, format);
    ent_diag_addv(t->diags, ENT_SEVERITY_ERROR, t->file, line, column, NULL,
                  format, args);
    va_end(args);
    return ENT_EINPUT;
}

static cv_type type_of(const char *name) {
    static const char *const numbers[] = {"int", "integer", "long", "float",
                                          "double"};
    for (size_t i = 0; i < 5; i++) {
        if (strcmp(name, numbers[i]) == 0) {
            return CV_TYPE_DOUBLE;
        }
    }
    return strcmp(name, "boolean") == 0 ? CV_TYPE_BOOLEAN : CV_TYPE_STRING;
}

static const char *attr_or(const xml_node *node, const char *name,
                           const char *fallback) {
    const xml_attr *attr = xml_find_attr(node, name);
    return attr ? attr->value : fallback;
}

static const xml_node *child(const xml_node *node, const char *name) {
    for (size_t i = 0; node && i < node->child_count; i++) {
        if (strcmp(xml_local(node->children[i].name), name) == 0) {
            return &node->children[i];
        }
    }
    return NULL;
}

static const xml_key *find_key(const key_table *t, const char *id,
                               const char *kind) {
    for (size_t i = 0; i < t->count; i++) {
        if (strcmp(t->items[i].id, id) == 0 &&
            (kind == NULL || strcmp(t->items[i].kind, kind) == 0 ||
             strcmp(t->items[i].kind, "all") == 0)) {
            return &t->items[i];
        }
    }
    return NULL;
}

/* Adds `name` = `text` read as `type`; an error at `where` when it is not
 * a value of that type. */
static ent_status add_value(const key_table *t, cJSON *attrs, const char *name,
                            const char *text, cv_type type,
                            const xml_node *where) {
    cJSON *value = cv_value_parse(name, text, type);
    if (value == NULL) {
        return fail(t, where->line, where->column,
                    "value \"%s\" of \"%s\" is not what its key declares", text,
                    name);
    }
    cJSON_DeleteItemFromObjectCaseSensitive(attrs, name);
    if (!cJSON_AddItemToObject(attrs, name, value)) {
        cJSON_Delete(value);
        return ENT_ENOMEM;
    }
    return ENT_OK;
}

static ent_status read_keys(key_table *t, const xml_node *parent,
                            const char *element, const char *kind_attr,
                            const char *kind_default) {
    t->items = calloc(parent->child_count + 1, sizeof *t->items);
    if (t->items == NULL) {
        return ENT_ENOMEM;
    }
    for (size_t i = 0; i < parent->child_count; i++) {
        const xml_node *k = &parent->children[i];
        if (strcmp(xml_local(k->name), element) != 0) {
            continue;
        }
        const char *id = attr_or(k, "id", NULL);
        if (id == NULL) {
            return fail(t, k->line, k->column, "<%s> without an id%s", element,
                        "");
        }
        xml_key *key = &t->items[t->count++];
        key->id = id;
        key->name = attr_or(k, kind_attr ? "attr.name" : "title", id);
        key->kind = kind_attr ? attr_or(k, kind_attr, "all") : kind_default;
        key->type =
            type_of(attr_or(k, kind_attr ? "attr.type" : "type", "string"));
    }
    return ENT_OK;
}

static ent_status graphml_data(const key_table *t, const xml_node *owner,
                               const char *kind, cJSON *attrs) {
    for (size_t i = 0; i < owner->child_count; i++) {
        const xml_node *d = &owner->children[i];
        if (strcmp(xml_local(d->name), "data") != 0) {
            continue;
        }
        const char *id = attr_or(d, "key", "");
        const xml_key *key = find_key(t, id, kind);
        if (key == NULL) {
            return fail(t, d->line, d->column,
                        "<data key=\"%s\"> names no <key> for %ss", id, kind);
        }
        ent_status status = add_value(t, attrs, key->name,
                                      d->text ? d->text : "", key->type, d);
        if (status != ENT_OK) {
            return status;
        }
    }
    return ENT_OK;
}

static ent_status graphml_items(const key_table *t, const xml_node *g,
                                cv_graph *graph) {
    for (size_t i = 0; i < g->child_count; i++) {
        const xml_node *n = &g->children[i];
        const char *name = xml_local(n->name);
        int is_node = strcmp(name, "node") == 0;
        if (!is_node && strcmp(name, "edge") != 0) {
            continue;
        }
        const char *id = attr_or(n, "id", NULL);
        const char *source = attr_or(n, "source", NULL);
        const char *target = attr_or(n, "target", NULL);
        if (is_node ? id == NULL : (source == NULL || target == NULL)) {
            return fail(t, n->line, n->column, "<%s> without %s", name,
                        is_node ? "an id" : "a source and a target");
        }
        cv_item *item =
            is_node
                ? cv_graph_add_node(graph, id, n->line, n->column)
                : cv_graph_add_edge(graph, source, target, n->line, n->column);
        if (item == NULL) {
            return ENT_ENOMEM;
        }
        ent_status status = graphml_data(t, n, name, item->attrs);
        if (status != ENT_OK) {
            return status;
        }
    }
    return ENT_OK;
}

static ent_status graphml_document(key_table *t, const xml_node *root,
                                   cv_graph *graph) {
    if (strcmp(xml_local(root->name), "graphml") != 0) {
        return fail(t, root->line, root->column,
                    "expected a <graphml> document, found <%s>%s", root->name,
                    "");
    }
    const xml_node *g = child(root, "graph");
    if (g == NULL) {
        return fail(t, root->line, root->column, "no <graph> in <%s>%s",
                    root->name, "");
    }
    graph->line = g->line;
    graph->column = g->column;
    graph->directed =
        strcmp(attr_or(g, "edgedefault", "directed"), "directed") == 0;
    ent_status status = read_keys(t, root, "key", "for", NULL);
    if (status == ENT_OK) {
        status = graphml_data(t, g, "graph", graph->attrs);
    }
    return status == ENT_OK ? graphml_items(t, g, graph) : status;
}

/* ---- GEXF ---- */

static ent_status gexf_attvalues(const key_table *t, const xml_node *owner,
                                 const char *kind, cJSON *attrs) {
    const xml_node *values = child(owner, "attvalues");
    for (size_t i = 0; values && i < values->child_count; i++) {
        const xml_node *v = &values->children[i];
        const char *id = attr_or(v, "for", attr_or(v, "id", ""));
        const xml_key *key = find_key(t, id, kind);
        if (key == NULL) {
            return fail(t, v->line, v->column,
                        "<attvalue for=\"%s\"> names no %s attribute", id,
                        kind);
        }
        ent_status status = add_value(t, attrs, key->name,
                                      attr_or(v, "value", ""), key->type, v);
        if (status != ENT_OK) {
            return status;
        }
    }
    return ENT_OK;
}

static ent_status gexf_element(const key_table *t, const xml_node *n,
                               int is_node, cv_graph *graph) {
    const char *id = attr_or(n, "id", NULL);
    const char *source = attr_or(n, "source", NULL);
    const char *target = attr_or(n, "target", NULL);
    if (is_node ? id == NULL : (source == NULL || target == NULL)) {
        return fail(t, n->line, n->column, "<%s> without %s",
                    is_node ? "node" : "edge",
                    is_node ? "an id" : "a source and a target");
    }
    cv_item *item =
        is_node ? cv_graph_add_node(graph, id, n->line, n->column)
                : cv_graph_add_edge(graph, source, target, n->line, n->column);
    if (item == NULL) {
        return ENT_ENOMEM;
    }
    const char *special = is_node ? "label" : "weight";
    const xml_attr *value = xml_find_attr(n, special);
    ent_status status =
        value ? add_value(t, item->attrs, special, value->value,
                          is_node ? CV_TYPE_STRING : CV_TYPE_DOUBLE, n)
              : ENT_OK;
    return status == ENT_OK
               ? gexf_attvalues(t, n, is_node ? "node" : "edge", item->attrs)
               : status;
}

static ent_status gexf_meta(const key_table *t, const xml_node *meta,
                            cv_graph *graph) {
    for (size_t i = 0; meta && i < meta->child_count; i++) {
        const xml_node *d = &meta->children[i];
        const char *key = attr_or(d, "key", NULL);
        if (strcmp(d->name, "entente:data") == 0 && key != NULL) {
            ent_status status =
                add_value(t, graph->attrs, key, d->text ? d->text : "",
                          CV_TYPE_STRING, d);
            if (status != ENT_OK) {
                return status;
            }
        }
    }
    return ENT_OK;
}

static ent_status gexf_document(key_table *t, const xml_node *root,
                                cv_graph *graph) {
    const xml_node *g = child(root, "graph");
    if (strcmp(xml_local(root->name), "gexf") != 0 || g == NULL) {
        return fail(t, root->line, root->column,
                    "expected a <gexf> document with a <graph>, found <%s>%s",
                    root->name, "");
    }
    if (strcmp(attr_or(g, "mode", "static"), "dynamic") == 0) {
        return fail(t, g->line, g->column,
                    "a dynamic GEXF (a series) cannot be read back%s%s: "
                    "export one snapshot",
                    "", "");
    }
    graph->line = g->line;
    graph->column = g->column;
    graph->directed =
        strcmp(attr_or(g, "defaultedgetype", "undirected"), "directed") == 0;
    t->items = calloc(1, sizeof *t->items);
    ent_status status =
        t->items ? gexf_meta(t, child(root, "meta"), graph) : ENT_ENOMEM;
    for (size_t i = 0; status == ENT_OK && i < g->child_count; i++) {
        const xml_node *a = &g->children[i];
        if (strcmp(xml_local(a->name), "attributes") == 0) {
            key_table more = {NULL, 0, t->file, t->diags};
            status = read_keys(&more, a, "attribute", NULL,
                               attr_or(a, "class", "node"));
            xml_key *grown =
                realloc(t->items, (t->count + more.count + 1) * sizeof *grown);
            if (status == ENT_OK && grown != NULL) {
                t->items = grown;
                memcpy(t->items + t->count, more.items,
                       more.count * sizeof *grown);
                t->count += more.count;
            } else if (status == ENT_OK) {
                status = ENT_ENOMEM;
            }
            free(more.items);
        }
    }
    static const char *const lists[][2] = {{"nodes", "node"},
                                           {"edges", "edge"}};
    for (size_t l = 0; status == ENT_OK && l < 2; l++) {
        const xml_node *list = child(g, lists[l][0]);
        for (size_t i = 0; status == ENT_OK && list && i < list->child_count;
             i++) {
            if (strcmp(xml_local(list->children[i].name), lists[l][1]) == 0) {
                status = gexf_element(t, &list->children[i], l == 0, graph);
            }
        }
    }
    return status;
}

typedef ent_status (*document_fn)(key_table *, const xml_node *, cv_graph *);

static ent_status read_xml(cv_graph *graph, const char *path,
                           document_fn document, ent_diag_list_t *diags) {
    ent_status status = cv_graph_init(graph, path);
    char *text = NULL;
    size_t length = 0;
    if (status == ENT_OK) {
        status = ent_file_read(path, CV_MAX_XML, &text, &length, diags);
    }
    xml_node root;
    memset(&root, 0, sizeof root);
    if (status == ENT_OK) {
        status = xml_parse(&root, text, length, path, diags);
    }
    key_table keys = {NULL, 0, path, diags};
    if (status == ENT_OK) {
        status = document(&keys, &root, graph);
    }
    if (status == ENT_ENOMEM) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, path, 0, 0, NULL,
                     "out of memory while reading");
    }
    free(keys.items);
    xml_node_destroy(&root);
    free(text);
    return status;
}

ent_status cv_read_graphml(cv_graph *graph, const char *path,
                           ent_diag_list_t *diags) {
    return read_xml(graph, path, graphml_document, diags);
}

ent_status cv_read_gexf(cv_graph *graph, const char *path,
                        ent_diag_list_t *diags) {
    return read_xml(graph, path, gexf_document, diags);
}
