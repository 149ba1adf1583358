/*
 * GraphML and GEXF 1.3 writers. Keys are declared with their types
 * (string, double, boolean); values that are JSON (aliases, attributes,
 * relations, the graph's "entente") are strings of compact JSON.
 */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "convert/convert_internal.h"
#include "entente/io.h"

void cv_out_xml(FILE *out, const char *text) {
    for (const unsigned char *at = (const unsigned char *)text; *at; at++) {
        switch (*at) {
        case '&':
            fputs("&amp;", out);
            break;
        case '<':
            fputs("&lt;", out);
            break;
        case '>':
            fputs("&gt;", out);
            break;
        case '"':
            fputs("&quot;", out);
            break;
        case '\'':
            fputs("&apos;", out);
            break;
        case '\t':
            fputs("&#9;", out);
            break;
        case '\n':
            fputs("&#10;", out);
            break;
        case '\r':
            fputs("&#13;", out);
            break;
        default:
            if (*at < 0x20 || *at == 0x7F) {
                fputs("\xEF\xBF\xBD", out); /* not allowed in XML 1.0 */
            } else {
                fputc(*at, out);
            }
        }
    }
}

static const char *type_name(cv_type type) {
    static const char *const names[] = {"string", "double", "boolean"};
    return names[type];
}

/* Writes `value` as XML text; 0 when out of memory. */
static int out_value(FILE *out, const cJSON *value) {
    int failed = 0;
    char *text = cv_value_text(value, &failed);
    if (text != NULL) {
        cv_out_xml(out, text);
    }
    free(text);
    return !failed;
}

static void graphml_keys(FILE *out, const cv_keys *keys, const char *kind,
                         char prefix) {
    for (size_t i = 0; i < keys->count; i++) {
        fprintf(out, "  <key id=\"%c%zu\" for=\"%s\" attr.name=\"", prefix, i,
                kind);
        cv_out_xml(out, keys->items[i].name);
        fprintf(out, "\" attr.type=\"%s\"/>\n", type_name(keys->items[i].type));
    }
}

static size_t key_index(const cv_keys *keys, const char *name) {
    for (size_t i = 0; i < keys->count; i++) {
        if (strcmp(keys->items[i].name, name) == 0) {
            return i;
        }
    }
    return keys->count;
}

static int graphml_data(FILE *out, const cJSON *attrs, const cv_keys *keys,
                        char prefix, const char *indent) {
    const cJSON *member = NULL;
    cJSON_ArrayForEach(member, attrs) {
        if (cJSON_IsNull(member)) {
            continue;
        }
        fprintf(out, "%s<data key=\"%c%zu\">", indent, prefix,
                key_index(keys, member->string));
        if (!out_value(out, member)) {
            return 0;
        }
        fputs("</data>\n", out);
    }
    return 1;
}

static ent_status graphml_body(FILE *out, const cv_graph *graph,
                               const cv_keys *graph_keys,
                               const cv_keys *node_keys,
                               const cv_keys *edge_keys) {
    graphml_keys(out, graph_keys, "graph", 'g');
    graphml_keys(out, node_keys, "node", 'n');
    graphml_keys(out, edge_keys, "edge", 'e');
    fprintf(out, "  <graph id=\"G\" edgedefault=\"%s\">\n",
            graph->directed ? "directed" : "undirected");
    int ok = graphml_data(out, graph->attrs, graph_keys, 'g', "    ");
    for (size_t i = 0; ok && i < graph->node_count; i++) {
        fputs("    <node id=\"", out);
        cv_out_xml(out, graph->nodes[i].id);
        fputs("\">\n", out);
        ok = graphml_data(out, graph->nodes[i].attrs, node_keys, 'n', "      ");
        fputs("    </node>\n", out);
    }
    for (size_t i = 0; ok && i < graph->edge_count; i++) {
        fprintf(out, "    <edge id=\"e%zu\" source=\"", i);
        cv_out_xml(out, graph->edges[i].source);
        fputs("\" target=\"", out);
        cv_out_xml(out, graph->edges[i].target);
        fputs("\">\n", out);
        ok = graphml_data(out, graph->edges[i].attrs, edge_keys, 'e', "      ");
        fputs("    </edge>\n", out);
    }
    fputs("  </graph>\n</graphml>\n", out);
    return ok ? ENT_OK : ENT_ENOMEM;
}

ent_status cv_write_graphml(FILE *out, const cv_graph *graph) {
    cv_keys graph_keys, node_keys, edge_keys;
    cv_item graph_item = {.attrs = graph->attrs};
    ent_status status = cv_keys_collect(&graph_keys, &graph_item, 1);
    if (status == ENT_OK) {
        status = cv_keys_collect(&node_keys, graph->nodes, graph->node_count);
        if (status == ENT_OK) {
            status =
                cv_keys_collect(&edge_keys, graph->edges, graph->edge_count);
            if (status == ENT_OK) {
                fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<graphml xmlns=\"http://graphml.graphdrawing.org/"
                      "xmlns\">\n",
                      out);
                status = graphml_body(out, graph, &graph_keys, &node_keys,
                                      &edge_keys);
                cv_keys_destroy(&edge_keys);
            }
            cv_keys_destroy(&node_keys);
        }
        cv_keys_destroy(&graph_keys);
    }
    if (status == ENT_OK && ferror(out)) {
        status = ENT_EIO;
    }
    return status;
}

/* ---- GEXF ---- */

/* Node or edge keys GEXF carries in XML attributes of its own. */
static int gexf_builtin(const char *key, int edges) {
    return strcmp(key, edges ? "weight" : "label") == 0;
}

static void gexf_attributes(FILE *out, const cv_keys *keys, const char *kind,
                            int edges) {
    fprintf(out, "    <attributes class=\"%s\" mode=\"static\">\n", kind);
    for (size_t i = 0; i < keys->count; i++) {
        if (gexf_builtin(keys->items[i].name, edges)) {
            continue;
        }
        fprintf(out, "      <attribute id=\"%s%zu\" title=\"", kind, i);
        cv_out_xml(out, keys->items[i].name);
        fprintf(out, "\" type=\"%s\"/>\n", type_name(keys->items[i].type));
    }
    fputs("    </attributes>\n", out);
}

/* What a series element needs: its attributes (from the last frame it is
 * in) and the frames it is in, with its weight in each. */
typedef struct {
    const cv_item *item;
    char *present; /* per frame */
    double *weights;
} gexf_element;

typedef struct {
    const char *const *dates; /* NULL for one static graph */
    size_t frames;
} gexf_time;

static void gexf_spells(FILE *out, const gexf_element *element,
                        const gexf_time *time) {
    if (time->dates == NULL) {
        return;
    }
    fputs("        <spells>\n", out);
    for (size_t f = 0; f < time->frames; f++) {
        if (!element->present[f] || (f > 0 && element->present[f - 1])) {
            continue;
        }
        size_t last = f;
        while (last + 1 < time->frames && element->present[last + 1]) {
            last++;
        }
        fprintf(out, "          <spell start=\"%s\" end=\"%s\"/>\n",
                time->dates[f], time->dates[last]);
    }
    fputs("        </spells>\n", out);
}

static int gexf_attvalues(FILE *out, const gexf_element *element,
                          const cv_keys *keys, const char *kind, int edges,
                          const gexf_time *time) {
    fputs("        <attvalues>\n", out);
    const cJSON *member = NULL;
    cJSON_ArrayForEach(member, element->item->attrs) {
        if (cJSON_IsNull(member) || gexf_builtin(member->string, edges)) {
            continue;
        }
        fprintf(out, "          <attvalue for=\"%s%zu\" value=\"", kind,
                key_index(keys, member->string));
        if (!out_value(out, member)) {
            return 0;
        }
        fputs("\"/>\n", out);
    }
    for (size_t f = 0; edges && time->dates && f < time->frames; f++) {
        if (element->present[f]) {
            char number[64];
            ent_format_number(number, sizeof number, element->weights[f]);
            fprintf(out,
                    "          <attvalue for=\"weight\" value=\"%s\" "
                    "start=\"%s\" end=\"%s\"/>\n",
                    number, time->dates[f], time->dates[f]);
        }
    }
    fputs("        </attvalues>\n", out);
    return 1;
}

static int gexf_node(FILE *out, const gexf_element *node, const cv_keys *keys,
                     const gexf_time *time) {
    const cJSON *label =
        cJSON_GetObjectItemCaseSensitive(node->item->attrs, "label");
    fputs("      <node id=\"", out);
    cv_out_xml(out, node->item->id);
    fputs("\" label=\"", out);
    cv_out_xml(out,
               cJSON_IsString(label) ? label->valuestring : node->item->id);
    fputs("\">\n", out);
    int ok = gexf_attvalues(out, node, keys, "node", 0, time);
    gexf_spells(out, node, time);
    fputs("      </node>\n", out);
    return ok;
}

static int gexf_edge(FILE *out, size_t index, const gexf_element *edge,
                     const cv_keys *keys, const gexf_time *time) {
    const cJSON *weight =
        cJSON_GetObjectItemCaseSensitive(edge->item->attrs, "weight");
    fprintf(out, "      <edge id=\"%zu\" source=\"", index);
    cv_out_xml(out, edge->item->source);
    fputs("\" target=\"", out);
    cv_out_xml(out, edge->item->target);
    fputs("\"", out);
    if (cJSON_IsNumber(weight)) {
        char number[64];
        ent_format_number(number, sizeof number, weight->valuedouble);
        fprintf(out, " weight=\"%s\"", number);
    }
    fputs(">\n", out);
    int ok = gexf_attvalues(out, edge, keys, "edge", 1, time);
    gexf_spells(out, edge, time);
    fputs("      </edge>\n", out);
    return ok;
}

/* ---- merging the frames of a series ---- */

typedef struct {
    gexf_element *nodes, *edges;
    size_t node_count, edge_count;
    cv_item *node_items, *edge_items; /* the latest version of each */
} gexf_series;

static int same_edge(const cv_item *a, const cv_item *b, int directed) {
    if (strcmp(a->source, b->source) == 0 &&
        strcmp(a->target, b->target) == 0) {
        return 1;
    }
    return !directed && strcmp(a->source, b->target) == 0 &&
           strcmp(a->target, b->source) == 0;
}

/* Finds `item` among the first `count` elements or appends it. */
static gexf_element *series_slot(gexf_element *elements, cv_item *items,
                                 size_t *count, const cv_item *item, int edges,
                                 int directed, size_t frames) {
    /* One frame has each element once: no (linear) search. */
    for (size_t i = 0; frames > 1 && i < *count; i++) {
        int same = edges ? same_edge(&items[i], item, directed)
                         : strcmp(items[i].id, item->id) == 0;
        if (same) {
            items[i] = *item;
            return &elements[i];
        }
    }
    gexf_element *slot = &elements[*count];
    items[*count] = *item;
    slot->item = &items[*count];
    (*count)++;
    slot->present = calloc(frames, 1);
    slot->weights = calloc(frames, sizeof *slot->weights);
    return slot->present && slot->weights ? slot : NULL;
}

static void series_release(gexf_series *s) {
    for (size_t i = 0; i < s->node_count; i++) {
        free(s->nodes[i].present);
        free(s->nodes[i].weights);
    }
    for (size_t i = 0; i < s->edge_count; i++) {
        free(s->edges[i].present);
        free(s->edges[i].weights);
    }
    free(s->nodes);
    free(s->edges);
    free(s->node_items);
    free(s->edge_items);
}

static ent_status series_merge(gexf_series *s, const cv_graph *graphs,
                               size_t count) {
    size_t nodes = 0, edges = 0;
    for (size_t f = 0; f < count; f++) {
        nodes += graphs[f].node_count;
        edges += graphs[f].edge_count;
    }
    memset(s, 0, sizeof *s);
    s->nodes = calloc(nodes + 1, sizeof *s->nodes);
    s->edges = calloc(edges + 1, sizeof *s->edges);
    s->node_items = calloc(nodes + 1, sizeof *s->node_items);
    s->edge_items = calloc(edges + 1, sizeof *s->edge_items);
    if (!s->nodes || !s->edges || !s->node_items || !s->edge_items) {
        return ENT_ENOMEM;
    }
    for (size_t f = 0; f < count; f++) {
        for (size_t i = 0; i < graphs[f].node_count; i++) {
            gexf_element *slot =
                series_slot(s->nodes, s->node_items, &s->node_count,
                            &graphs[f].nodes[i], 0, 0, count);
            if (slot == NULL) {
                return ENT_ENOMEM;
            }
            slot->present[f] = 1;
        }
        for (size_t i = 0; i < graphs[f].edge_count; i++) {
            const cv_item *edge = &graphs[f].edges[i];
            gexf_element *slot =
                series_slot(s->edges, s->edge_items, &s->edge_count, edge, 1,
                            graphs[f].directed, count);
            if (slot == NULL) {
                return ENT_ENOMEM;
            }
            const cJSON *w =
                cJSON_GetObjectItemCaseSensitive(edge->attrs, "weight");
            slot->present[f] = 1;
            slot->weights[f] = cJSON_IsNumber(w) ? w->valuedouble : 1;
        }
    }
    return ENT_OK;
}

static void gexf_meta(FILE *out, const cv_graph *graph, const cv_keys *keys) {
    const cJSON *title =
        cJSON_GetObjectItemCaseSensitive(graph->attrs, "title");
    fputs("  <meta>\n    <creator>entente</creator>\n", out);
    if (cJSON_IsString(title)) {
        fputs("    <description>", out);
        cv_out_xml(out, title->valuestring);
        fputs("</description>\n", out);
    }
    /* GEXF has no graph attributes: entente's go in its own namespace,
     * which readers of GEXF skip. */
    const cJSON *member = NULL;
    cJSON_ArrayForEach(member, graph->attrs) {
        (void)keys;
        fputs("    <entente:data key=\"", out);
        cv_out_xml(out, member->string);
        fputs("\">", out);
        out_value(out, member);
        fputs("</entente:data>\n", out);
    }
    fputs("  </meta>\n", out);
}

static ent_status gexf_body(FILE *out, const cv_graph *last,
                            const gexf_series *s, const gexf_time *time) {
    cv_keys node_keys, edge_keys;
    ent_status status =
        cv_keys_collect(&node_keys, s->node_items, s->node_count);
    if (status != ENT_OK) {
        return status;
    }
    status = cv_keys_collect(&edge_keys, s->edge_items, s->edge_count);
    if (status != ENT_OK) {
        cv_keys_destroy(&node_keys);
        return status;
    }
    gexf_meta(out, last, NULL);
    fprintf(out, "  <graph defaultedgetype=\"%s\" mode=\"%s\"%s>\n",
            last->directed ? "directed" : "undirected",
            time->dates ? "dynamic" : "static",
            time->dates ? " timeformat=\"date\"" : "");
    gexf_attributes(out, &node_keys, "node", 0);
    gexf_attributes(out, &edge_keys, "edge", 1);
    int ok = 1;
    fputs("    <nodes>\n", out);
    for (size_t i = 0; ok && i < s->node_count; i++) {
        ok = gexf_node(out, &s->nodes[i], &node_keys, time);
    }
    fputs("    </nodes>\n    <edges>\n", out);
    for (size_t i = 0; ok && i < s->edge_count; i++) {
        ok = gexf_edge(out, i, &s->edges[i], &edge_keys, time);
    }
    fputs("    </edges>\n  </graph>\n</gexf>\n", out);
    cv_keys_destroy(&node_keys);
    cv_keys_destroy(&edge_keys);
    return ok ? ENT_OK : ENT_ENOMEM;
}

ent_status cv_write_gexf(FILE *out, const cv_graph *graphs, size_t count,
                         const char *const *dates) {
    gexf_series series;
    gexf_time time = {count > 1 ? dates : NULL, count};
    ent_status status = series_merge(&series, graphs, count);
    if (status == ENT_OK) {
        fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<gexf xmlns=\"http://gexf.net/1.3\" "
              "xmlns:entente=\"urn:entente:gexf\" version=\"1.3\">\n",
              out);
        status = gexf_body(out, &graphs[count - 1], &series, &time);
    }
    series_release(&series);
    if (status == ENT_OK && ferror(out)) {
        status = ENT_EIO;
    }
    return status;
}
