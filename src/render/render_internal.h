/*
 * Private parts of the render module: the style tables, text escaping,
 * building the cgraph graph and its header.
 */
#ifndef ENTENTE_RENDER_INTERNAL_H
#define ENTENTE_RENDER_INTERNAL_H

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <stddef.h>

#include "common/buffer.h"
#include "entente/render.h"
#include "network/network_internal.h"

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

/* Sets a Graphviz attribute (Graphviz takes char * and copies it); a
 * number with four decimals, enough for inches and points. */
void render_set(void *object, const char *name, const char *value);
void render_set_number(void *object, const char *name, double value);

/* A growable string for labels and attribute values: the common buffer,
 * whose allocation failures render also counts (text_fail below). */
typedef byte_buffer text_buffer;

void text_init(text_buffer *text);
/* Marks `text` failed for want of memory and counts it for the whole
 * render call: a label, class or tooltip that could not be made fails
 * the call with ENT_ENOMEM instead of a figure drawn without it. */
void text_fail(text_buffer *text);
/* Allocation failures counted since the call began: render.c resets the
 * count when a call starts and turns a non-zero count into ENT_ENOMEM
 * (Graphviz is not thread-safe, so neither is the count). */
void render_lost_memory(void);
void render_lost_memory_reset(void);
int render_lost_any_memory(void);
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

/* ---- measuring text (render_text.c) ---- */

/* Font sizes in points, at print size (diagrams are drawn 1:1). */
#define FONT_TITLE 11.0
#define FONT_NODE 8.0
#define FONT_SMALL 7.5
/* Distance between lines of a label, in font sizes. */
#define LINE_SPACING 1.2

/* The width in points of `length` bytes of UTF-8 text in DejaVu Sans. */
double text_width(const char *text, size_t length, double size, int bold);

/* Decodes the UTF-8 character at *p and moves *p past it (a byte that
 * does not start a valid sequence counts as one character). */
unsigned long text_next_code_point(const unsigned char **p);

typedef struct {
    const char *start;
    size_t length;
} text_line;
/* Breaks `text` at spaces (and at its own line breaks) into at most
 * `capacity` lines no wider than `width` points where a word allows;
 * returns the number of lines. The lines point into `text`. */
size_t text_wrap(const char *text, double size, int bold, double width,
                 text_line *lines, size_t capacity);

/* ---- geometry (render_layout.c, render_place.c) ---- */

typedef struct {
    double x0, y0, x1, y1;
} rect;

/* Where a vertex is drawn, in points with y up, and its label. */
typedef struct {
    double x, y, w, h; /* centre and drawn size */
    double value;      /* the size metric, 0 when undefined */
    int below_scale;   /* too small to draw to scale: drawn at the floor */
    int drawn;         /* 0 for an event shown as marks on the states */
    int want_label;    /* the options ask for a label */
    int labelled;      /* a place was found for the label */
    double lx, ly;     /* label centre */
    double lw, lh;     /* label plate size */
    char *label;       /* the label's text, lines joined by '\n' */
    unsigned marks;    /* MARK_* from a summit shown as marks */
    char *leaders;     /* leaders' names shown under the label, or NULL */
} vertex_geometry;

/* Attendance shown on the states rather than as ties to a summit node. */
enum { MARK_ATTENDED = 1, MARK_ABSENT = 2, MARK_HOST = 4 };

/* A label is a blank cell this wide (points), then the text on its
 * plate (see render_graph.c's set_label). */
#define LABEL_BLANK_CELL 2.5

/* Area of a shape drawn in a w x h box, as a share of w * h (Graphviz's
 * polygons for fixed-size nodes; measured). */
double shape_area_factor(ent_entity_type type);

/* --clusters (render_boxes.c). The boxed organizations form a laminar
 * family: two boxes are disjoint or one holds the other, so that every
 * member is drawn inside every box of an organization it belongs to. */
typedef struct {
    unsigned char *boxed; /* per group: it gets a box */
    size_t *parent;       /* per group: the box right around it, or NO_COLOR */
    size_t *outer_first;  /* the boxed groups, a box before those inside it */
    size_t count;         /* boxed groups */
    rect *box, *label;    /* per group, once measured; label: 8 pt strip */
    unsigned char *measured; /* per group: box and label are set */
    char *unboxed;           /* "EAEU (crosses CSTO: ARM, TJK)", or NULL */
} cluster_tree;

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
    /* Geometry: the page width, the drawing's frame (0..width across,
     * 0..height up) and where every vertex goes. */
    double width, height;
    vertex_geometry *geometry;
    double area_per_value;      /* square points per unit of the size metric */
    double floor_area;          /* smallest area drawn */
    double value_max;           /* the value drawn at full size */
    size_t labels_dropped;      /* labels left out for want of room */
    size_t edges_drawn;         /* ids given so far */
    const ent_entity_t *summit; /* the one summit shown as marks, or NULL */
    unsigned marks_used;        /* MARK_* present */
    char *title;                /* the figure's title (render_title) */
    /* Diff diagrams (render_diff.c): the labelled ties' label pins,
     * small dots on the tie that carry its label like a node. */
    vertex_geometry *pins;
    size_t *pin_relations; /* the relation each pin labels */
    size_t pin_count;
    size_t pin_capacity;
    unsigned char changes_used[ENT_CHANGE_KIND_COUNT];
    unsigned char entity_changes_used[3];
    cluster_tree clusters; /* with --clusters */
} render_context;

/* ---- diff diagrams (render_diff.c) ---- */

/* The drawn items: vertices 0..n-1, then the pins. */
size_t render_item_count(const render_context *ctx);
vertex_geometry *render_item(const render_context *ctx, size_t item);
/* The shape type an item's outline has (a pin is a circle). */
ent_entity_type render_item_type(const render_context *ctx, size_t item);
/* Sizes from the diff's values; labels prefixed by the entity's change. */
double render_diff_value(const render_context *ctx, size_t vertex);
const char *render_diff_prefix(const render_context *ctx, size_t vertex);
/* A pin for every labelled tie (placed with the labels), and the
 * vertices at the ends of pin `pin`'s tie. */
ent_status render_diff_pins(render_context *ctx);
ent_status render_pin_to_member(render_context *ctx, size_t pin);
void render_pin_ends(const render_context *ctx, size_t pin,
                     const vertex_geometry **a, const vertex_geometry **b);
/* The ties, one drawn edge per relation, the pins and the outlines. */
void render_diff_edges(render_context *ctx, Agnode_t **nodes);
void render_diff_outline(render_context *ctx, Agnode_t *node, size_t vertex);
/* How a change of a tie, or of an entity, is drawn. */
const edge_style *render_change_style(ent_change_kind kind);
typedef struct {
    const char *color, *style, *penwidth, *prefix, *legend;
} entity_change_style;
const entity_change_style *render_entity_change_style(ent_entity_change c);
/* An HTML-like label on a white plate (render_graph.c). */
void render_set_plate_label(render_context *ctx, Agnode_t *node,
                            const vertex_geometry *g);

/* Sizes every vertex, lays the graph out (or takes the pinned positions)
 * and scales the positions to the page width (render_layout.c). */
ent_status render_layout(render_context *ctx, GVC_t *gvc);
/* Places the labels with no overlap, dropping the least important ones
 * that find no room (render_place.c). */
ent_status render_place_labels(render_context *ctx);
/* How many drawn edges pass through r (render_place.c). */
size_t render_edges_through(const render_context *ctx, const rect *r);
/* The network edges drawn, as vertex pairs (for placement). */
int render_edge_is_drawn(const render_context *ctx, size_t edge);

/* Adds the legend below the drawing: drawn samples of shapes, colours,
 * ties and node sizes, each with its text. */
ent_status render_add_legend(render_context *ctx);

/* Entente's additions to an output (render_output.c): the SVG's print
 * size, accessibility title and description, classes and legend group;
 * the PNG's resolution; the PDF's title. Replaces *data. */
ent_status render_finish_output(const render_context *ctx, Agraph_t *drawn,
                                char **data, size_t *length);

/* Persons and events whose every tie is a leadership, or attendance,
 * are drawn as label suffixes and marks on the entities they touch
 * (render_marks.c), unless the options ask for them as nodes. */
ent_status render_fold_persons_and_events(render_context *ctx);

/* Home organizations, colours and label texts of the vertices. */
ent_status render_prepare(render_context *ctx);
/* Which vertices want a label (--labels), once their values are known. */
void render_choose_labels(render_context *ctx);
/* Adds nodes, edges and (with --clusters) clusters to ctx->graph, at
 * the positions render_layout chose. */
ent_status render_build_graph(render_context *ctx);
/* Appends `name` made safe as a CSS class name. */
void append_class_name(text_buffer *text, const char *name);
/* The figure's title: the options', else the snapshot's, with the
 * summit shown as marks named after it. Owned by ctx. */
const char *render_title(render_context *ctx);
/* Sets the graph's label: title, date, caption and legend. */
ent_status render_set_header(render_context *ctx);

/* Chooses the boxes (render_prepare): the organizations that convened the
 * snapshot's events first, then the larger, each boxed unless it crosses
 * one already boxed (shares a member with it while each has a member the
 * other lacks); those left out are named in ctx->clusters.unboxed and a
 * note. */
ent_status render_clusters_choose(render_context *ctx);
void render_clusters_release(cluster_tree *tree);
/* The innermost box vertex is drawn in, or NO_COLOR. */
size_t render_box_of(const render_context *ctx, size_t vertex);
/* 1 when box `inner` is `outer` or lies inside it. */
int render_box_within(const render_context *ctx, size_t inner, size_t outer);
/* Measures every box around its drawn members and the boxes inside it,
 * with a strip for its label (8 pt) where no edge crosses it if it can;
 * copies the label rectangles into `labels` (at most group_count) so that
 * node labels keep off them; returns how many. */
size_t render_cluster_labels(render_context *ctx, rect *labels);
/* Adds one subgraph per box to `graph`, nested as the boxes are, holding
 * `nodes` (NULL entries skipped), labelled; `drawn`: styled and, once
 * measured, with the box's bb and lp. */
void render_add_cluster_subgraphs(render_context *ctx, Agraph_t *graph,
                                  Agnode_t **nodes, int drawn);
/* The nested layout (render_nest.c): each box laid out on its own with
 * neato, the boxes inside it as single nodes, then the whole from the
 * outside in. Deterministic (fdp's clusters are not, in Graphviz 2.42).
 * Positions in points into x and y. */
ent_status render_nested_layout(render_context *ctx, GVC_t *gvc, double grow,
                                double *x, double *y);
/* Sets a Graphviz layout graph's shared attributes (seed, overlap). */
void render_layout_attributes(render_context *ctx, Agraph_t *g);
/* A layout coordinate rounded to a grid of 1/1024 point, so that the
 * last bits of Graphviz's sums (which follow memory addresses) never
 * change the output. */
double render_layout_grid(double coordinate);
/* A node of a layout graph for vertex v at `grow` times its size. */
Agnode_t *render_layout_node(render_context *ctx, Agraph_t *g, size_t v,
                             double grow);

/* For the legend: the edge style table and its size. */
size_t style_table_size(void);
size_t style_index(const edge_style *style);
const edge_style *style_at(size_t index);

#endif /* ENTENTE_RENDER_INTERNAL_H */
