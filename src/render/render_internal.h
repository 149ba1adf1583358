/*
 * Private parts of the render module: the style tables, text escaping,
 * building the cgraph graph and its header.
 */
#ifndef ENTENTE_RENDER_INTERNAL_H
#define ENTENTE_RENDER_INTERNAL_H

#include <graphviz/cgraph.h>
#include <stddef.h>

#include "entente/render.h"

/* How one kind of tie is drawn, and how the legend names it. */
typedef struct {
    const char *style;     /* Graphviz style: solid, dashed, dotted, bold */
    const char *color;     /* pen colour */
    const char *arrowhead; /* "none" for undirected ties */
    double penwidth;       /* base width; weighted ties add to it */
    int width_by_weight;   /* pen width grows with the relation weight */
    const char *legend;    /* what the legend says of it */
} edge_style;

/* The style of a relation type by name (a default for custom types), with
 * the membership status deciding for member_of. */
const edge_style *style_for_relation(const char *type, int directed,
                                     ent_membership_status status);
/* The style of an edge of a one-mode projection (shared memberships). */
const edge_style *style_for_projection(void);

typedef struct {
    const char *shape;
    const char *legend_symbol; /* a glyph of the shape for the legend */
} node_style;
const node_style *style_for_entity(ent_entity_type type);

/* Fill colours: a colour-blind-safe palette (indices cycle through it),
 * and grey for NO_COLOR. */
#define PALETTE_SIZE 8
#define NO_COLOR ((size_t)-1)
const char *palette_color(size_t index);
extern const char none_color[];

/* A growable string for labels and attribute values. */
typedef struct {
    char *data;
    size_t length, capacity;
    int failed;
} text_buffer;

void text_init(text_buffer *text);
void text_release(text_buffer *text);
void text_append(text_buffer *text, const char *bytes, size_t length);
void text_appendf(text_buffer *text, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Appends `value` so that Graphviz shows it as written in a plain label:
 * backslashes doubled (Graphviz reads \n, \N, ... as escapes) and '&'
 * written as an entity (its SVG writer leaves "&amp;"-like text alone). */
void text_append_label(text_buffer *text, const char *value);
/* Like text_append_label, breaking lines at spaces so that no line of a
 * long name runs past about LABEL_LINE characters. */
#define LABEL_LINE 18
void text_append_wrapped_label(text_buffer *text, const char *value);
/* Appends `value` escaped for an HTML-like label (&, <, >, ", ', and line
 * breaks as <BR/>). */
void text_append_html(text_buffer *text, const char *value);

/* What the graph builder needs besides the public inputs. */
typedef struct {
    const ent_network_t *network;
    const ent_metrics_t *metrics;
    const ent_render_options_t *options;
    const char *layout; /* the engine actually used */
    Agraph_t *graph;
    size_t *vertex_color;   /* palette index per vertex, or NO_COLOR */
    size_t *vertex_cluster; /* organization entity per vertex, or NO_COLOR */
    unsigned char *relation_styles_used; /* per style-table entry */
    unsigned char entity_types_used[ENT_ENTITY_TYPE_COUNT];
    ent_diag_list_t *diags;
} render_context;

/* Adds nodes, edges and (with --clusters) clusters to ctx->graph. */
ent_status render_build_graph(render_context *ctx);
/* Sets the graph's label: title, date, caption and legend. */
ent_status render_set_header(render_context *ctx);

/* For the legend: the edge style table and its size. */
size_t style_table_size(void);
size_t style_index(const edge_style *style);
const edge_style *style_at(size_t index);

#endif /* ENTENTE_RENDER_INTERNAL_H */
