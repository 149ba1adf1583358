/*
 * Private parts of convert: the neutral graph that every format is written
 * from and read into, the XML reader, and the keys entente gives meaning.
 */
#ifndef ENTENTE_CONVERT_INTERNAL_H
#define ENTENTE_CONVERT_INTERNAL_H

#include <stddef.h>
#include <stdio.h>

#include "entente/convert.h"

struct cJSON;

/* The graph attribute holding the rest of the snapshot (a JSON object). */
#define CV_KEY_ENTENTE "entente"
/* Its member with the positions of the off-network records and the names
 * of the node keys that are metrics (dropped on import). */
#define CV_KEY_PLACES "entente_convert"

/*
 * A node or an edge: its attributes as a cJSON object (owned; member order
 * is key order), and where a reader met it (0 when made by export).
 */
typedef struct {
    char *id;              /* nodes; NULL for edges */
    char *source, *target; /* edges; NULL for nodes */
    size_t from, to;       /* edges: node indices of source and target */
    struct cJSON *attrs;
    int line, column;
} cv_item;

/* A spell of a series element: present from frame `first` to `last`. */
typedef struct {
    size_t first, last;
} cv_spell;

typedef struct {
    const char *file; /* for diagnostics (not owned); NULL on export */
    char *node_file, *edge_file; /* CSV: the tables the items came from */
    int directed;
    struct cJSON *attrs; /* graph attributes (owned) */
    int line, column;    /* of the graph element, for diagnostics */
    cv_item *nodes;
    size_t node_count, node_capacity;
    cv_item *edges;
    size_t edge_count, edge_capacity;
} cv_graph;

/* Starts an empty graph; ENT_ENOMEM when its attribute object cannot be
 * made. Release with cv_graph_destroy (also after a failure). */
ent_status cv_graph_init(cv_graph *graph, const char *file);
void cv_graph_destroy(cv_graph *graph);
/* Appends a node or an edge (strings copied, attributes an empty object);
 * NULL when out of memory. */
cv_item *cv_graph_add_node(cv_graph *graph, const char *id, int line,
                           int column);
cv_item *cv_graph_add_edge(cv_graph *graph, const char *source,
                           const char *target, int line, int column);

/* Export: the graph of one network frame (graph_from_network.c). */
ent_status cv_graph_from_frame(cv_graph *graph,
                               const ent_convert_frame_t *frame,
                               ent_diag_list_t *diags);
/* Import: the snapshot a graph describes (graph_to_snapshot.c). */
ent_status cv_graph_to_snapshot(const cv_graph *graph,
                                ent_snapshot_t **snapshot,
                                ent_diag_list_t *diags);

/* A key of node or edge attributes as the typed formats declare it. */
typedef enum { CV_TYPE_STRING = 0, CV_TYPE_DOUBLE, CV_TYPE_BOOLEAN } cv_type;
typedef struct {
    const char *name; /* borrowed from the graph's cJSON */
    cv_type type;
} cv_key;
typedef struct {
    cv_key *items;
    size_t count, capacity;
} cv_keys;
/* The keys of `items` in order of first appearance, a key typed double or
 * boolean only when every value of it is one (null values aside). */
ent_status cv_keys_collect(cv_keys *keys, const cv_item *items, size_t count);
void cv_keys_destroy(cv_keys *keys);
/* A value as text: strings as they are, numbers in their shortest exact
 * form, booleans "true"/"false", objects and arrays as compact JSON.
 * Returns a heap string (free()), NULL for a null value or when out of
 * memory (*failed then set). */
char *cv_value_text(const struct cJSON *value, int *failed);
/* The value a typed text means: a number for double, a boolean for
 * boolean, else a string, parsed as JSON for the keys entente fills with
 * JSON (entente, aliases, attributes, relations, relation_indices). NULL
 * when `text` is not a value of the type (or out of memory). */
struct cJSON *cv_value_parse(const char *key, const char *text, cv_type type);

/* 1 for the keys whose values are JSON, which text formats carry as
 * strings of compact JSON (entente, aliases, attributes, relations,
 * relation_indices). */
int cv_key_holds_json(const char *key);
/* Replaces each string value of such a key in `attrs` by the JSON it
 * holds, when it holds JSON (a node-link file rewritten by NetworkX from
 * GraphML has strings there). 0 when out of memory. */
int cv_attrs_unstring(struct cJSON *attrs);

/* `item` as JSON text, compact (indent 0) or indented by `indent` spaces,
 * numbers in their shortest exact form; a heap string (free()), NULL when
 * out of memory. */
char *cv_json_print(const struct cJSON *item, int indent);

/* Writers (write_xml.c, write_text.c); `frames` only for a series. */
ent_status cv_write_graphml(FILE *out, const cv_graph *graph);
ent_status cv_write_gexf(FILE *out, const cv_graph *graphs, size_t count,
                         const char *const *dates);
ent_status cv_write_node_link(FILE *out, const cv_graph *graph);
ent_status cv_write_csv(FILE *out, const cv_graph *graph,
                        ent_convert_part part);
ent_status cv_write_pajek(FILE *out, const cv_graph *graph);
/* XML text: &, <, >, ", ' as entities, tab and line breaks as character
 * references (so that attribute values keep them), other control
 * characters, which XML 1.0 cannot carry, as U+FFFD. */
void cv_out_xml(FILE *out, const char *text);

/* Readers (read_xml.c, read_text.c); `graph` is initialized by them. */
ent_status cv_read_graphml(cv_graph *graph, const char *path,
                           ent_diag_list_t *diags);
ent_status cv_read_gexf(cv_graph *graph, const char *path,
                        ent_diag_list_t *diags);
ent_status cv_read_node_link(cv_graph *graph, const char *path,
                             ent_diag_list_t *diags);
ent_status cv_read_csv(cv_graph *graph, const char *path,
                       ent_diag_list_t *diags);

/* ---- A strict reader of the XML that GraphML and GEXF use (xml.c) ----
 * Elements, attributes, character data, comments, CDATA, processing
 * instructions and the XML declaration (UTF-8 only); the five predefined
 * entities and character references. A DOCTYPE is refused, so that no
 * entity can be declared, let alone expanded (billion laughs). Names keep
 * their prefix; xml_local strips it. */
typedef struct xml_attr {
    char *name, *value;
    int line, column;
} xml_attr;
typedef struct xml_node {
    char *name;
    xml_attr *attrs;
    size_t attr_count;
    char *text; /* character data directly inside, concatenated */
    struct xml_node *children;
    size_t child_count, child_capacity;
    int line, column;
} xml_node;
/* Parses `length` bytes at `text` (NUL at text[length]) into *root (release
 * with xml_node_destroy); ENT_EINPUT with a located error. */
ent_status xml_parse(xml_node *root, const char *text, size_t length,
                     const char *file, ent_diag_list_t *diags);
void xml_node_destroy(xml_node *node);
const char *xml_local(const char *name);
/* The value of attribute `name` (local name), or NULL. */
const xml_attr *xml_find_attr(const xml_node *node, const char *name);

#endif /* ENTENTE_CONVERT_INTERNAL_H */
