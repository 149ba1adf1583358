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

#include "entente/build.h"
#include "entente/diag.h"
#include "entente/export.h"
#include "entente/metrics.h"

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
} ent_render_positions_t;

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
 * Where ent_render_memory draws pinned `positions` with these options:
 * scaled to the page width as one drawing, in points with y up. Writes
 * positions->count values into each of x and y (the caller's arrays).
 * Diagrams drawn by other means at these points line up with render's.
 */
ent_status ent_render_fit_positions(const ent_render_options_t *options,
                                    const ent_render_positions_t *positions,
                                    double *x, double *y);

/* The same, written atomically to `path` (see io.h). */
ent_status ent_render_file(ent_renderer_t *renderer, const char *path,
                           const ent_network_t *network,
                           const ent_metrics_t *metrics,
                           const ent_render_options_t *options,
                           ent_diag_list_t *diags);

/*
 * Lays out the graph written in DOT in `dot` (e.g. by cgraph's agwrite)
 * with `layout` and renders it in `format`, in the same context and with
 * the same devices as ent_render_memory. For ENT_RENDER_DOT the output is
 * the laid-out graph (Graphviz's "dot" output: every node with its `pos`
 * in points), which is how a caller reads a layout back. `layout` may
 * also be "nop" (neato -n: the nodes' pos are kept). *data is freed
 * with free(). ENT_EINPUT when `dot` does not parse, ENT_EUSAGE for an
 * unknown layout, ENT_EINTERNAL when Graphviz fails, ENT_ENOMEM.
 */
ent_status ent_render_dot_text(ent_renderer_t *renderer, const char *dot,
                               const char *layout, ent_render_format format,
                               char **data, size_t *length,
                               ent_diag_list_t *diags);

ENT_PUBLIC_END
#ifdef __cplusplus
}
#endif

#endif /* ENTENTE_RENDER_H */
