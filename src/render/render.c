/*
 * Rendering a network with Graphviz in-process. Resources are released in
 * the order lib/gvc/README.lifecycles asks: gvFreeRenderData, gvFreeLayout
 * before agclose, and gvFreeContext once, last (ent_renderer_free).
 */
#include <graphviz/gvc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entente/io.h"
#include "render/render_internal.h"

static const char *const format_names[ENT_RENDER_FORMAT_COUNT] = {
    [ENT_RENDER_SVG] = "svg",
    [ENT_RENDER_PNG] = "png",
    [ENT_RENDER_PDF] = "pdf",
    [ENT_RENDER_DOT] = "dot",
};

/* The device each format renders with: cairo for anti-aliased raster and
 * print output, Graphviz's own SVG writer (no cairo, plain text). */
static const char *const format_devices[ENT_RENDER_FORMAT_COUNT] = {
    [ENT_RENDER_SVG] = "svg",
    [ENT_RENDER_PNG] = "png:cairo",
    [ENT_RENDER_PDF] = "pdf:cairo",
    [ENT_RENDER_DOT] = NULL,
};

const char *ent_render_format_name(ent_render_format format) {
    return (unsigned)format < ENT_RENDER_FORMAT_COUNT ? format_names[format]
                                                      : NULL;
}

int ent_render_format_parse(const char *name, ent_render_format *format) {
    for (unsigned f = 0; f < ENT_RENDER_FORMAT_COUNT; f++) {
        if (strcmp(name, format_names[f]) == 0) {
            *format = (ent_render_format)f;
            return 1;
        }
    }
    return 0;
}

static const char *const layouts[] = {"neato", "fdp",   "sfdp",
                                      "dot",   "circo", "twopi"};

int ent_render_layout_is_known(const char *layout) {
    for (size_t i = 0; i < sizeof layouts / sizeof layouts[0]; i++) {
        if (strcmp(layout, layouts[i]) == 0) {
            return 1;
        }
    }
    return 0;
}

struct ent_renderer {
    GVC_t *gvc;
};

ent_renderer_t *ent_renderer_new(void) {
    ent_renderer_t *renderer = malloc(sizeof *renderer);
    if (renderer == NULL) {
        return NULL;
    }
    renderer->gvc = gvContext();
    if (renderer->gvc == NULL) {
        free(renderer);
        return NULL;
    }
    return renderer;
}

void ent_renderer_free(ent_renderer_t *renderer) {
    if (renderer == NULL) {
        return;
    }
    gvFreeContext(renderer->gvc);
    free(renderer);
}

void ent_render_options_init(ent_render_options_t *options) {
    memset(options, 0, sizeof *options);
    options->format = ENT_RENDER_SVG;
    options->size_by = ENT_NODE_STRENGTH;
    options->width_cm = ENT_RENDER_WIDTH_CM;
    options->dpi = 300;
    options->color_by = ENT_COLOR_BY_COMMUNITY;
    options->legend = 1;
}

static const char *choose_layout(const ent_render_options_t *options,
                                 size_t nodes) {
    if (options->positions != NULL) {
        /* neato -n: nodes stay exactly where given, only edges are routed
         * (neato itself shifts a pinned layout by its node set). */
        return "nop";
    }
    if (options->layout != NULL) {
        return options->layout;
    }
    if (nodes > ENT_RENDER_LARGE_NODES) {
        return "sfdp";
    }
    return "neato";
}

static ent_status check_inputs(const ent_network_t *network,
                               const ent_metrics_t *metrics,
                               const ent_render_options_t *options,
                               const char *layout, ent_diag_list_t *diags) {
    if (!ent_render_layout_is_known(layout) && options->positions == NULL) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "unknown layout \"%s\" (known: neato, fdp, sfdp, dot, "
                     "circo, twopi)",
                     layout);
        return ENT_EUSAGE;
    }
    if (options->clusters && strcmp(layout, "neato") != 0 &&
        strcmp(layout, "dot") != 0) {
        /* fdp's clusters differ from run to run in Graphviz 2.42 (its
         * derived graphs order edges by memory address). */
        ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "clusters need the neato or dot layout, not \"%s\"",
                     layout);
        return ENT_EUSAGE;
    }
    if ((unsigned)options->size_by >= ENT_NODE_METRIC_COUNT ||
        (network->vertex_count > 0 && options->diff == NULL &&
         !metrics->computed.node[options->size_by])) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "the size metric \"%s\" is not computed for this network",
                     ent_node_metric_name(options->size_by));
        return ENT_EUSAGE;
    }
    return ENT_OK;
}

/* Graph-wide attributes of the drawn graph: every position is already
 * chosen (render_layout.c), so Graphviz's "nop" layout keeps them, in
 * points, untranslated; edges are straight (Graphviz 2.42's spline
 * router corrupts its heap on dense graphs); the same input gives the
 * same bytes. */
static void set_graph_attributes(Agraph_t *graph,
                                 const ent_render_options_t *o) {
    static const char *const attributes[][2] = {
        {"layout", "nop"},           {"notranslate", "true"},
        {"inputscale", "72"},        {"overlap", "true"},
        {"splines", "false"},        {"outputorder", "edgesfirst"},
        {"forcelabels", "true"},     {"pad", "0"},
        {"labelloc", "t"},           {"labeljust", "l"},
        {"fontname", "DejaVu Sans"}, {"bgcolor", "white"},
    };
    for (size_t i = 0; i < sizeof attributes / sizeof attributes[0]; i++) {
        render_set(graph, attributes[i][0], attributes[i][1]);
    }
    if (o->format == ENT_RENDER_PNG) {
        char dpi[32];
        snprintf(dpi, sizeof dpi, "%u", o->dpi ? o->dpi : 300);
        render_set(graph, "dpi", dpi);
    }
    agattr(graph, AGNODE, "fontname", "DejaVu Sans");
    /* The nodes' own label is a space: at 4 pt it fits the smallest node
     * (labels are xlabels with their own size; pango fails below 4 pt). */
    agattr(graph, AGNODE, "fontsize", "4");
    agattr(graph, AGNODE, "style", "filled");
    agattr(graph, AGNODE, "fixedsize", "true");
    /* A space, not "": agwrite leaves empty defaults out, and a reader
     * would then label every node with its name. */
    agattr(graph, AGNODE, "label", " ");
    agattr(graph, AGNODE, "color", "#444444");
    agattr(graph, AGNODE, "penwidth", "0.8");
    agattr(graph, AGEDGE, "fontname", "DejaVu Sans");
    agattr(graph, AGEDGE, "fontsize", "7.5");
    agattr(graph, AGEDGE, "arrowsize", "0.6");
}

/* Graphviz reports through a process-wide callback without a payload: it
 * is set only for the duration of one call and points at that call's
 * diagnostics (Graphviz is not thread-safe in any case). */
static ent_diag_list_t *graphviz_diags;

static int graphviz_message(char *message) {
    size_t length = strcspn(message, "\n");
    ent_diag_add(graphviz_diags, ENT_SEVERITY_WARNING, NULL, 0, 0, NULL,
                 "graphviz: %.*s", (int)length, message);
    return 0;
}

/* cairo stamps PDFs with the time of writing: use a fixed date of the same
 * length, so the file's offsets hold and every run gives the same bytes. */
static void fix_pdf_dates(char *data, size_t length) {
    static const char keys[][16] = {"/CreationDate (", "/ModDate ("};
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        size_t key_length = strlen(keys[k]);
        for (size_t i = 0; i + key_length + 16 <= length; i++) {
            if (memcmp(data + i, keys[k], key_length) == 0 &&
                memcmp(data + i + key_length, "D:", 2) == 0) {
                memcpy(data + i + key_length + 2, "20000101000000", 14);
            }
        }
    }
}

static ent_status write_dot(Agraph_t *graph, char **data, size_t *length) {
    char *buffer = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&buffer, &size);
    if (out == NULL) {
        return ENT_ENOMEM;
    }
    int failed = agwrite(graph, out) != 0;
    failed |= fclose(out) != 0;
    if (failed) {
        free(buffer);
        return ENT_EINTERNAL;
    }
    *data = buffer;
    *length = size;
    return ENT_OK;
}

static ent_status layout_and_render(GVC_t *gvc, Agraph_t *graph,
                                    const char *layout, const char *device,
                                    ent_render_format format, char **data,
                                    size_t *length, ent_diag_list_t *diags) {
    if (gvLayout(gvc, graph, layout) != 0) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "graphviz could not lay out the graph with \"%s\"",
                     layout);
        return ENT_EINTERNAL;
    }
    char *result = NULL;
    unsigned int size = 0;
    ent_status status = ENT_OK;
    if (gvRenderData(gvc, graph, device, &result, &size) != 0 ||
        result == NULL) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "graphviz could not render %s", format_names[format]);
        status = ENT_EINTERNAL;
    } else if ((*data = malloc((size_t)size + 1)) == NULL) {
        status = ENT_ENOMEM;
    } else {
        memcpy(*data, result, size);
        (*data)[size] = '\0';
        *length = size;
        if (format == ENT_RENDER_PDF) {
            fix_pdf_dates(*data, *length);
        }
    }
    gvFreeRenderData(result);
    gvFreeLayout(gvc, graph);
    return status;
}

static void geometry_free(vertex_geometry *geometry, size_t n) {
    for (size_t v = 0; geometry != NULL && v < n; v++) {
        free(geometry[v].label);
        free(geometry[v].leaders);
    }
    free(geometry);
}

/* Sizes, positions and labels, then the graph Graphviz draws. */
static ent_status compose(render_context *ctx, GVC_t *gvc) {
    ent_status status = render_prepare(ctx);
    if (status == ENT_OK) {
        status = render_layout(ctx, gvc);
    }
    if (status == ENT_OK) {
        render_choose_labels(ctx);
        status = render_place_labels(ctx);
    }
    if (status == ENT_OK) {
        ctx->graph = agopen("entente", Agdirected, NULL);
        status = ctx->graph ? ENT_OK : ENT_ENOMEM;
    }
    if (status == ENT_OK) {
        set_graph_attributes(ctx->graph, ctx->options);
        /* The engine that placed the nodes, for a reader of the DOT. */
        agsafeset(ctx->graph, "entente_layout", (char *)ctx->layout, "");
        status = render_build_graph(ctx);
    }
    if (status == ENT_OK) {
        status = render_add_legend(ctx);
    }
    if (status == ENT_OK) {
        status = render_set_header(ctx);
    }
    return status;
}

/* A diff diagram takes no metrics: its sizes come with the diff. */
static const ent_metrics_t no_metrics;

/* Sets up ctx for drawing `network`; context_release frees it. */
static ent_status context_init(render_context *ctx,
                               const ent_network_t *network,
                               const ent_metrics_t *metrics,
                               const ent_render_options_t *options,
                               const char *layout, ent_diag_list_t *diags) {
    size_t n = network->vertex_count;
    memset(ctx, 0, sizeof *ctx);
    ctx->network = network;
    ctx->metrics = metrics ? metrics : &no_metrics;
    ctx->options = options;
    ctx->layout = layout;
    ctx->diags = diags;
    ctx->width =
        (options->width_cm > 0 ? options->width_cm : ENT_RENDER_WIDTH_CM) /
        2.54 * 72.0;
    ctx->vertex_color = calloc(n + 1, sizeof *ctx->vertex_color);
    ctx->vertex_cluster = calloc(n + 1, sizeof *ctx->vertex_cluster);
    ctx->relation_styles_used = calloc(style_table_size(), 1);
    ctx->geometry = calloc(n + 1, sizeof *ctx->geometry);
    return ctx->vertex_color && ctx->vertex_cluster &&
                   ctx->relation_styles_used && ctx->geometry
               ? ENT_OK
               : ENT_ENOMEM;
}

static void context_release(render_context *ctx) {
    free(ctx->vertex_color);
    free(ctx->vertex_cluster);
    free(ctx->relation_styles_used);
    geometry_free(ctx->geometry, ctx->network->vertex_count);
    geometry_free(ctx->pins, ctx->pin_count);
    free(ctx->pin_relations);
    free(ctx->title);
    render_clusters_release(&ctx->clusters);
}

/* Sets up ctx and routes Graphviz's messages to diags for one call;
 * end_call undoes both, whatever the status. */
static ent_status start_call(render_context *ctx, const ent_network_t *network,
                             const ent_metrics_t *metrics,
                             const ent_render_options_t *options,
                             const char *layout, ent_diag_list_t *diags,
                             agusererrf *previous) {
    render_lost_memory_reset();
    ent_status status =
        context_init(ctx, network, metrics, options, layout, diags);
    *previous = agseterrf(graphviz_message);
    graphviz_diags = diags;
    return status;
}

static ent_status end_call(render_context *ctx, agusererrf previous,
                           ent_status status) {
    agseterrf(previous);
    graphviz_diags = NULL;
    if (status == ENT_OK && render_lost_any_memory()) {
        status = ENT_ENOMEM;
    }
    if (status == ENT_ENOMEM) {
        ent_diag_add(ctx->diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "out of memory");
    }
    context_release(ctx);
    return status;
}

ent_status ent_render_layout(ent_renderer_t *renderer,
                             const ent_network_t *network,
                             const ent_metrics_t *metrics,
                             const ent_render_options_t *options, double *x,
                             double *y, ent_diag_list_t *diags) {
    ent_render_options_t free_layout = *options;
    free_layout.positions = NULL;
    const char *layout = choose_layout(&free_layout, network->vertex_count);
    ent_status status =
        check_inputs(network, metrics, &free_layout, layout, diags);
    if (status != ENT_OK) {
        return status;
    }
    render_context ctx;
    agusererrf previous;
    status = start_call(&ctx, network, metrics, &free_layout, layout, diags,
                        &previous);
    if (status == ENT_OK) {
        status = render_prepare(&ctx);
    }
    if (status == ENT_OK) {
        status = render_layout(&ctx, renderer->gvc);
    }
    for (size_t v = 0; status == ENT_OK && v < network->vertex_count; v++) {
        x[v] = ctx.geometry[v].x;
        y[v] = ctx.geometry[v].y;
    }
    return end_call(&ctx, previous, status);
}

ent_status ent_render_colors(const ent_network_t *network,
                             const ent_metrics_t *metrics,
                             const ent_render_options_t *options, int *colors,
                             ent_diag_list_t *diags) {
    ent_render_options_t plain = *options;
    plain.clusters = 0; /* colours do not depend on boxes */
    render_context ctx;
    agusererrf previous;
    ent_status status =
        start_call(&ctx, network, metrics, &plain, "neato", diags, &previous);
    if (status == ENT_OK) {
        status = render_prepare(&ctx);
    }
    for (size_t v = 0; status == ENT_OK && v < network->vertex_count; v++) {
        colors[v] =
            ctx.vertex_color[v] == NO_COLOR ? -1 : (int)ctx.vertex_color[v];
    }
    return end_call(&ctx, previous, status);
}

ent_status ent_render_memory(ent_renderer_t *renderer,
                             const ent_network_t *network,
                             const ent_metrics_t *metrics,
                             const ent_render_options_t *options, char **data,
                             size_t *length, ent_diag_list_t *diags) {
    *data = NULL;
    *length = 0;
    const char *layout = choose_layout(options, network->vertex_count);
    ent_status status = check_inputs(network, metrics, options, layout, diags);
    if (status != ENT_OK) {
        return status;
    }
    render_context ctx;
    agusererrf previous;
    status =
        start_call(&ctx, network, metrics, options, layout, diags, &previous);
    GVC_t *gvc = renderer->gvc;
    Agraph_t *read_back = NULL;
    char *dot = NULL;
    size_t dot_length = 0;
    if (status != ENT_OK) {
        goto cleanup;
    }
    status = compose(&ctx, gvc);
    if (status == ENT_OK) {
        status = write_dot(ctx.graph, &dot, &dot_length);
    }
    if (status == ENT_OK && render_lost_any_memory()) {
        status = ENT_ENOMEM; /* a figure without some of its text */
    }
    if (status == ENT_OK && options->format == ENT_RENDER_DOT) {
        *data = dot;
        *length = dot_length;
        dot = NULL;
    } else if (status == ENT_OK) {
        /* Drawn from the DOT text as read back, so that the DOT output
         * draws the same picture with Graphviz's own tools. */
        read_back = agmemread(dot);
        status = read_back
                     ? layout_and_render(gvc, read_back, "nop",
                                         format_devices[options->format],
                                         options->format, data, length, diags)
                     : ENT_EINTERNAL;
        if (status == ENT_OK) {
            status = render_finish_output(&ctx, read_back, data, length);
        }
        if (status == ENT_OK && render_lost_any_memory()) {
            status = ENT_ENOMEM;
        }
        if (status != ENT_OK) {
            free(*data);
            *data = NULL;
            *length = 0;
        }
    }
cleanup:
    free(dot);
    if (read_back != NULL) {
        agclose(read_back);
    }
    if (ctx.graph != NULL) {
        agclose(ctx.graph);
    }
    return end_call(&ctx, previous, status);
}

ent_status ent_render_file(ent_renderer_t *renderer, const char *path,
                           const ent_network_t *network,
                           const ent_metrics_t *metrics,
                           const ent_render_options_t *options,
                           ent_diag_list_t *diags) {
    char *data = NULL;
    size_t length = 0;
    ent_status status = ent_render_memory(renderer, network, metrics, options,
                                          &data, &length, diags);
    if (status == ENT_OK) {
        status = ent_file_write_buffer(path, data, length, diags);
    }
    free(data);
    return status;
}
