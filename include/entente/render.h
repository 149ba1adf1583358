/*
 * entente/render.h - alliance diagrams drawn with Graphviz.
 *
 * The diagram of a built network: the graph is made with cgraph, laid out
 * and rendered in-process by gvc (never by printing DOT by hand or running
 * a Graphviz program). Visual encoding:
 * - shape by entity type (state ellipse, organization box, person
 *   diamond, event hexagon, group inverted triangle);
 * - node area proportional to a node metric (default strength); values
 *   too small to draw to scale get a floor size and a dashed outline, and
 *   the legend has a size key with reference symbols;
 * - fill colour by community, by organization or by entity type, from a
 *   colour-blind-safe palette (Paul Tol's "light" scheme);
 * - edge style by relation type (see the legend), pen width by weight for
 *   arms dependency and border risk;
 * - a header with the title, the date and what the picture encodes,
 *   wrapped to the width; a legend below with drawn samples;
 * - labels placed beside their nodes on an opaque plate, never over
 *   another label or node; labels that find no room are left out,
 *   smallest nodes first.
 * Diagrams are drawn at print size (options->width_cm, default 16 cm):
 * node labels are 8 pt and other text at least 7.5 pt on paper.
 * The same network and options give byte-identical output.
 *
 * Lifecycle: ent_renderer_new once per process, then any number of
 * ent_render_memory / ent_render_file calls, then ent_renderer_free once
 * (Graphviz's rule: one context, freed once; its pango plugin in 2.42 keeps
 * a pointer into the first context's fonts, so a context made after another
 * was freed reads freed memory). ent_render_options_init owns nothing; a
 * memory result is freed with free().
 */
#ifndef ENTENTE_RENDER_H
#define ENTENTE_RENDER_H

#include <stddef.h>
#include <stdio.h>

#include "entente/diag.h"
#include "entente/export.h"
#include "entente/metrics.h"
#include "entente/network.h"

#ifdef __cplusplus
extern "C" {
#endif
ENT_PUBLIC_BEGIN

typedef enum {
    ENT_RENDER_SVG = 0,
    ENT_RENDER_PNG,
    ENT_RENDER_PDF,
    ENT_RENDER_DOT,
    ENT_RENDER_FORMAT_COUNT
} ent_render_format;

/* "svg", "png", "pdf", "dot"; also the file extension. */
const char *ent_render_format_name(ent_render_format format);

/*
 * `id` made safe as a file name (without extension): a byte outside
 * [A-Za-z0-9._-], or a leading '.', becomes '_'; an id so changed, or
 * longer than 64 bytes, is cut to 64 and followed by '-' and 16 hex
 * digits of a hash of the whole id, so that no two ids share a name.
 * The caller frees the result with free(); NULL when out of memory.
 */
char *ent_render_file_stem(const char *id);
/* Sets *format and returns 1 for a known name, else 0. */
int ent_render_format_parse(const char *name, ent_render_format *format);

typedef enum {
    ENT_COLOR_BY_COMMUNITY = 0,
    ENT_COLOR_BY_ORGANIZATION,
    ENT_COLOR_BY_TYPE,
} ent_color_by;

/* Above this many nodes the default layout is sfdp. */
#define ENT_RENDER_LARGE_NODES 500

/*
 * Node positions to pin, in points, by entity id: diagrams drawn with the
 * same positions line up, so that the eye can compare them. The arrays
 * are the caller's and must outlive the render call.
 */
typedef struct {
    const char *const *ids;
    const double *x, *y;
    size_t count;
    /* Optional (NULL: each diagram colours its own nodes): a palette
     * index per entry, -1 for none, so that several diagrams give an
     * entity one colour (compare's community of all snapshots). */
    const int *colors;
    const char *colors_meaning; /* the legend's heading for them */
    /* Optional (NULL: each diagram's own organizations in order): with
     * ENT_COLOR_BY_ORGANIZATION, the organizations' ids in palette
     * order, so that an organization has one colour in every diagram
     * drawn with these positions (compare's, of all snapshots); also the
     * legend's names for `colors` then. */
    const char *const *organizations;
    size_t organization_count;
} ent_render_positions_t;

/*
 * The diff style: how a change between two snapshots is drawn. The
 * network is then built from a snapshot made for the purpose (compare
 * makes one per pair): its entities are those of either side, each of
 * its relations one tie to draw, styled by its kind and, when a label is
 * given, labelled on the tie ("active → frozen", "arms_dependency
 * +0.25"); nodes are sized by entity_values and outlined by their change.
 * The arrays are the caller's and must outlive the render call.
 */
typedef enum {
    ENT_CHANGE_KEPT = 0,
    ENT_CHANGE_ADDED,
    ENT_CHANGE_REMOVED,
    ENT_CHANGE_REWEIGHTED,
    ENT_CHANGE_STATUS, /* a membership whose status changed */
    ENT_CHANGE_KIND_COUNT
} ent_change_kind;

/* "kept", "added", "removed", "reweighted", "status" (CSS classes). */
const char *ent_change_kind_name(ent_change_kind kind);

typedef enum {
    ENT_ENTITY_IN_BOTH = 0,
    ENT_ENTITY_APPEARED,
    ENT_ENTITY_GONE
} ent_entity_change;

typedef struct {
    const ent_change_kind *relation_kinds;   /* per relation */
    const char *const *relation_labels;      /* per relation, NULL: none */
    const ent_entity_change *entity_changes; /* per entity */
    const double *entity_values; /* per entity: the size value, NAN: none */
    const char *summary;         /* the header's line of counts */
} ent_render_diff_t;

typedef struct {
    ent_render_format format;
    const char *layout;      /* neato, fdp, sfdp, dot, circo, twopi; NULL:
                                neato, fdp with clusters, sfdp when large */
    ent_node_metric size_by; /* default ENT_NODE_STRENGTH: the hub shows */
    ent_color_by color_by;   /* default ENT_COLOR_BY_COMMUNITY */
    int clusters;            /* one box per organization */
    const char *title;       /* NULL: the snapshot's title and date */
    int legend;              /* 1 by default */
    size_t label_top;        /* 0: label every node; N: the N largest */
    /* NULL (the default): laid out freely. Otherwise the nodes listed are
     * pinned there and the layout is Graphviz's "nop" (neato -n: nodes
     * stay where given, edges are routed), with no translation and no
     * scaling to a page, so that coordinates are the same in every
     * diagram drawn with these positions. Every node should have one. */
    const ent_render_positions_t *positions;
    /* Print size: the diagram is drawn at this width, 1:1, so that text
     * keeps its size in points on paper (default ENT_RENDER_WIDTH_CM). */
    double width_cm;
    unsigned dpi;          /* PNG resolution (default 300) */
    const char *subtitle;  /* a line under the title; NULL: none */
    const char *caption;   /* a note under the legend; NULL: none */
    double size_reference; /* the value drawn at the largest size (so that
                              several diagrams share one size scale); 0:
                              the largest value of this network */
    int persons_as_nodes;  /* 1: persons as nodes with their ties; 0 (the
                              default): leaders as suffixes of the labels
                              of what they lead */
    int events_as_nodes;   /* 1: summits as nodes with attendance ties; 0
                              (the default): attendance, absence and the
                              host marked on the states, the summit named
                              in the title */
    /* NULL: a snapshot's diagram. Otherwise a diff diagram (see
     * ent_render_diff_t); `metrics` may then be NULL. */
    const ent_render_diff_t *diff;
} ent_render_options_t;

/* An A4 page's text width with 2.5 cm margins, and one of two columns. */
#define ENT_RENDER_WIDTH_CM 16.0
#define ENT_RENDER_COLUMN_CM 8.5

void ent_render_options_init(ent_render_options_t *options);

/* A Graphviz context with its plugins loaded: see the lifecycle above. */
typedef struct ent_renderer ent_renderer_t;

/* Returns a renderer, or NULL when Graphviz cannot start (out of memory or
 * no plugins). Free with ent_renderer_free. */
ent_renderer_t *ent_renderer_new(void);
/* Frees the renderer; NULL does nothing. */
void ent_renderer_free(ent_renderer_t *renderer);

/* 1 for a layout engine name entente accepts. */
int ent_render_layout_is_known(const char *layout);

/*
 * Draws `network` with the node metrics in `metrics` (which must hold
 * options->size_by, and the community when colouring by community; both
 * from the same network). Sets *data to the output (NUL-terminated for
 * the text formats) and *length to its size; the caller frees *data with
 * free(). Graphviz's own warnings become ENT_SEVERITY_WARNING diagnostics.
 * Returns ENT_EUSAGE for an unknown layout or a metric that was not
 * computed, ENT_EINTERNAL when Graphviz fails, ENT_ENOMEM.
 */
ent_status ent_render_memory(ent_renderer_t *renderer,
                             const ent_network_t *network,
                             const ent_metrics_t *metrics,
                             const ent_render_options_t *options, char **data,
                             size_t *length, ent_diag_list_t *diags);

/*
 * The fill colour ent_render_memory would give each vertex, as a palette
 * index (-1: the grey of "other"), into `colors` (the caller's array of
 * network->vertex_count values): compare colours its diff diagrams by
 * the organizations of the snapshots they compare.
 */
ent_status ent_render_colors(const ent_network_t *network,
                             const ent_metrics_t *metrics,
                             const ent_render_options_t *options, int *colors,
                             ent_diag_list_t *diags);

/*
 * Lays `network` out as ent_render_memory would (options->layout, node
 * sizes from metrics) and writes where each vertex goes, in points at
 * print size, into x and y (the caller's arrays of
 * ent_network_vertex_count(network) values). Drawn with these as
 * positions, the vertices stay there.
 */
ent_status ent_render_layout(ent_renderer_t *renderer,
                             const ent_network_t *network,
                             const ent_metrics_t *metrics,
                             const ent_render_options_t *options, double *x,
                             double *y, ent_diag_list_t *diags);

/* The same, written atomically to `path` (see io.h). */
ent_status ent_render_file(ent_renderer_t *renderer, const char *path,
                           const ent_network_t *network,
                           const ent_metrics_t *metrics,
                           const ent_render_options_t *options,
                           ent_diag_list_t *diags);

/*
 * A positions file, as compare writes it (positions.tsv): tab-separated
 * lines "entente-positions<TAB>1", "size_by<TAB>METRIC",
 * "size_reference<TAB>VALUE", "colors<TAB>MEANING" (MEANING empty: no
 * shared colours, each diagram colours its own nodes), optionally
 * "organization<TAB>ID" lines (the organizations in palette order, for
 * ENT_COLOR_BY_ORGANIZATION; written only without shared colours; files
 * without them still read), then the header "id<TAB>x<TAB>y<TAB>color"
 * and one line per entity (x and y in points, color a palette index or
 * -1; tab, newline and backslash in an id written \t, \n and \\). The
 * reader fills *positions (which then owns every array and string: free
 * with ent_render_positions_free; colors NULL when MEANING is empty), the
 * diagrams' shared size metric and scale (0: none). ENT_EINPUT with a
 * FILE:LINE:COLUMN diagnostic for a file that is not one, ENT_ENOMEM.
 */
ent_status ent_render_positions_read(const char *path,
                                     ent_render_positions_t *positions,
                                     ent_node_metric *size_by,
                                     double *size_reference,
                                     ent_diag_list_t *diags);
void ent_render_positions_free(ent_render_positions_t *positions);
/* Writes `positions` (and the shared size scale) as above; ENT_EIO. */
ent_status ent_render_positions_write(FILE *out,
                                      const ent_render_positions_t *positions,
                                      ent_node_metric size_by,
                                      double size_reference);

ENT_PUBLIC_END
#ifdef __cplusplus
}
#endif

#endif /* ENTENTE_RENDER_H */
