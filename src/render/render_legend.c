/*
 * The header and the legend of a diagram. The header is the graph's
 * HTML-like label: title, subtitle and a line saying what the picture
 * encodes, each wrapped to the page width so that it never widens the
 * drawing. The legend sits below the drawing and is drawn with the same
 * means as the drawing: shape samples are nodes, tie samples are edges
 * with the ties' own style, width and dash, the size key is circles of
 * the very areas the nodes use. Every piece of data is escaped.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "render/render_internal.h"

static const double margin = 4;      /* the page's inner margin */
static const double item_gap = 10;   /* between legend items */
static const double sample_gap = 3;  /* between a sample and its text */
static const double tie_length = 24; /* a tie sample's length */

/* ---- the header ----------------------------------------------------- */

/* Appends `text` wrapped to `width`, one table row per line. */
static void header_rows(text_buffer *html, const char *text, double size,
                        int bold, const char *color, double width) {
    text_line lines[64];
    size_t count = text_wrap(text, size, bold, width, lines, 64);
    for (size_t i = 0; i < count; i++) {
        char *line = strndup(lines[i].start, lines[i].length);
        if (line == NULL) {
            text_fail(html);
            return;
        }
        text_appendf(html,
                     "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"%.1f\" "
                     "COLOR=\"%s\">%s",
                     size, color, bold ? "<B>" : "");
        text_append_html(html, line);
        text_appendf(html, "%s</FONT></TD></TR>", bold ? "</B>" : "");
        free(line);
    }
}

/* Plain words for the relation types a reader meets most. */
static const char *plain_layer(const char *type) {
    static const char *const words[][2] = {
        {"member_of", "memberships"},
        {"arms_dependency", "arms supply"},
        {"border_risk", "border risks"},
        {"leads", "leaders"},
        {"national_of", "nationalities"},
        {"chairs", "chairs"},
        {"hosts", "hosts"},
        {"attends", "attendance"},
        {"absent_from", "absences"},
        {"threatens", "threats"},
        {"borders", "shared borders"},
    };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        if (strcmp(type, words[i][0]) == 0) {
            return words[i][1];
        }
    }
    return type;
}

static void default_subtitle(const render_context *ctx, text_buffer *text) {
    const ent_network_t *network = ctx->network;
    if (network->projection != ENT_PROJECT_NONE) {
        text_appendf(text, "Ties: shared %s",
                     network->projection == ENT_PROJECT_STATE ? "organizations"
                                                              : "members");
    } else {
        text_appendf(text, "Ties: ");
        for (size_t k = 0; k < network->layer_count; k++) {
            const char *name = ent_snapshot_relation_type(network->snapshot,
                                                          network->layers[k])
                                   ->name;
            text_appendf(text, "%s", k ? ", " : "");
            text_append(text, plain_layer(name), strlen(plain_layer(name)));
        }
    }
    text_appendf(text, ". Larger nodes: higher %s.",
                 ent_node_metric_name(ctx->options->size_by));
}

/* What a diff diagram's sizes and places mean. */
static void diff_encoding_line(const render_context *ctx, text_buffer *text) {
    text_appendf(text,
                 "node area: %s in the later snapshot (in the earlier for "
                 "what disappeared) \xc2\xb7 positions shared by every diagram "
                 "of the comparison",
                 ent_node_metric_name(ctx->options->size_by));
    if (ctx->labels_dropped > 0) {
        text_appendf(text, " \xc2\xb7 %zu label%s left out for room",
                     ctx->labels_dropped, ctx->labels_dropped == 1 ? "" : "s");
    }
}

/* Date, layers with their weights, size metric, distance, sources. */
static void encoding_line(const render_context *ctx, text_buffer *text) {
    if (ctx->options->diff != NULL) {
        diff_encoding_line(ctx, text);
        return;
    }
    const ent_network_t *network = ctx->network;
    const ent_snapshot_t *s = network->snapshot;
    if (ent_snapshot_date(s) != NULL) {
        text_appendf(text, "%s \xc2\xb7 ", ent_snapshot_date(s));
    }
    if (network->projection != ENT_PROJECT_NONE) {
        text_appendf(text, "projection: %s",
                     ent_projection_name(network->projection));
    } else {
        text_appendf(text, "layers: ");
        for (size_t k = 0; k < network->layer_count; k++) {
            const char *name =
                ent_snapshot_relation_type(s, network->layers[k])->name;
            text_append(text, name, strlen(name));
            if (network->layer_weights[k] != 1.0) {
                text_appendf(text, "\xc3\x97%g", network->layer_weights[k]);
            }
            text_appendf(text, "%s", k + 1 < network->layer_count ? ", " : "");
        }
    }
    size_t sources = ent_snapshot_source_count(s);
    text_appendf(text,
                 " \xc2\xb7 node area: %s \xc2\xb7 distance: %s \xc2\xb7 "
                 "%zu source%s",
                 ent_node_metric_name(ctx->options->size_by),
                 ent_distance_name(network->distance), sources,
                 sources == 1 ? "" : "s");
    if (ctx->labels_dropped > 0) {
        text_appendf(text, " \xc2\xb7 %zu label%s left out for room",
                     ctx->labels_dropped, ctx->labels_dropped == 1 ? "" : "s");
    }
}

const char *render_title(render_context *ctx) {
    if (ctx->title != NULL) {
        return ctx->title;
    }
    const ent_snapshot_t *s = ctx->network->snapshot;
    const char *title = ctx->options->title     ? ctx->options->title
                        : ent_snapshot_title(s) ? ent_snapshot_title(s)
                                                : ent_snapshot_id(s);
    /* The summit shown as marks is named in the title. */
    const char *summit = ctx->summit ? ent_entity_label(ctx->summit) : NULL;
    text_buffer text;
    text_init(&text);
    text_append(&text, title, strlen(title));
    if (summit != NULL && strstr(title, summit) == NULL) {
        text_appendf(&text, ": ");
        text_append(&text, summit, strlen(summit));
    }
    ctx->title = text.failed ? NULL : text.data;
    return ctx->title ? ctx->title : title;
}

ent_status render_set_header(render_context *ctx) {
    const char *title = render_title(ctx);
    /* Room for the table's padding and Graphviz's gap around a graph
     * label, and for pango measuring a little wider than the font. */
    double width = ctx->width - 2 * margin - 32;
    text_buffer html, line;
    text_init(&html);
    text_init(&line);
    text_appendf(&html, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" "
                        "CELLSPACING=\"0\" CELLPADDING=\"1\">");
    header_rows(&html, title ? title : "", FONT_TITLE, 1, "black", width);
    if (ctx->options->subtitle != NULL) {
        header_rows(&html, ctx->options->subtitle, FONT_NODE, 0, "#222222",
                    width);
    }
    if (ctx->options->diff != NULL && ctx->options->diff->summary != NULL) {
        header_rows(&html, ctx->options->diff->summary, FONT_NODE, 0, "#222222",
                    width);
    } else if (ctx->options->subtitle == NULL) {
        default_subtitle(ctx, &line);
        header_rows(&html, line.failed ? "" : line.data, FONT_NODE, 0,
                    "#222222", width);
    }
    line.length = 0;
    encoding_line(ctx, &line);
    /* HTML-like labels take whole points: 8, not 7.5. */
    header_rows(&html, line.failed ? "" : line.data, FONT_NODE, 0, "#444444",
                width);
    text_appendf(&html, "</TABLE>");
    ent_status status = html.failed || line.failed ? ENT_ENOMEM : ENT_OK;
    if (status == ENT_OK) {
        char *label = agstrdup_html(ctx->graph, html.data);
        agsafeset(ctx->graph, "label", label, "");
        agstrfree(ctx->graph, label);
    }
    text_release(&html);
    text_release(&line);
    return status;
}

/* ---- the legend ----------------------------------------------------- */

/* Lays legend items out in lines, left to right, below the drawing. */
typedef struct {
    render_context *ctx;
    double x, y;      /* the next item's left edge; the line's centre */
    double line_high; /* the tallest item on the line */
    size_t count;     /* nodes made, for unique names and ids */
} legend;

static Agnode_t *legend_node(legend *l, const char *shape, double x, double y,
                             double w, double h) {
    char name[64];
    do {
        snprintf(name, sizeof name, "legend:%zu", l->count++);
    } while (agnode(l->ctx->graph, name, 0) != NULL);
    Agnode_t *node = agnode(l->ctx->graph, name, 1);
    char text[64];
    snprintf(text, sizeof text, "%.2f,%.2f!", x, y);
    render_set(node, "pos", text);
    snprintf(text, sizeof text, "legend_%zu", l->count);
    render_set(node, "id", text);
    render_set(node, "shape", shape);
    render_set_number(node, "width", w / 72.0);
    render_set_number(node, "height", h / 72.0);
    render_set(node, "xlabel", "");
    return node;
}

static void new_line(legend *l) {
    l->y -= l->line_high / 2 + 4;
    l->x = margin;
    l->line_high = FONT_SMALL * LINE_SPACING;
    l->y -= l->line_high / 2;
}

/* Room for an item `width` wide and `height` high: on this line when it
 * fits, else on a new one. Returns the item's left edge. */
static double legend_room(legend *l, double width, double height) {
    if (l->x > margin && l->x + width > l->ctx->width - margin) {
        new_line(l);
    }
    if (height > l->line_high) {
        l->y -= (height - l->line_high) / 2;
        l->line_high = height;
    }
    double left = l->x;
    l->x += width + item_gap;
    return left;
}

static void legend_text_at(legend *l, const char *text, int bold, double left) {
    double width = text_width(text, strlen(text), FONT_SMALL, bold) + 1;
    Agnode_t *node = legend_node(l, "plaintext", left + width / 2, l->y, width,
                                 FONT_SMALL * LINE_SPACING);
    text_buffer label;
    text_init(&label);
    text_appendf(&label, "%s", bold ? "<B>" : "");
    text_append_html(&label, text);
    text_appendf(&label, "%s", bold ? "</B>" : "");
    if (!label.failed) {
        char *html = agstrdup_html(l->ctx->graph, label.data);
        agsafeset(node, "label", html, "");
        agstrfree(l->ctx->graph, html);
    }
    text_release(&label);
    render_set(node, "fontsize", "7.5");
    render_set(node, "fixedsize", "false");
    render_set(node, "margin", "0");
    render_set(node, "style", "solid");
}

/* A heading starts a new line. */
static void legend_heading(legend *l, const char *text) {
    if (l->x > margin) {
        new_line(l);
    }
    double width = text_width(text, strlen(text), FONT_SMALL, 1) + 1;
    legend_text_at(l, text, 1, legend_room(l, width, 0));
}

/* An item: a sample `w` x `h` (drawn by the caller at the centre it
 * gets) followed by its text. */
static void legend_item(legend *l, double w, double h, const char *text,
                        double *centre_x) {
    double text_w = text_width(text, strlen(text), FONT_SMALL, 0) + 1;
    double left = legend_room(l, w + sample_gap + text_w, h);
    *centre_x = left + w / 2;
    legend_text_at(l, text, 0, left + w + sample_gap);
}

static void legend_shapes(legend *l) {
    legend_heading(l, "Nodes");
    for (unsigned t = 0; t < ENT_ENTITY_TYPE_COUNT; t++) {
        if (!l->ctx->entity_types_used[t]) {
            continue;
        }
        double x;
        legend_item(l, 10, 10, ent_entity_type_name((ent_entity_type)t), &x);
        Agnode_t *node = legend_node(
            l, style_for_entity((ent_entity_type)t)->shape, x, l->y, 10, 10);
        render_set(node, "fillcolor", "white");
    }
}

/* Round numbers below `value`: 1, 2 or 5 times a power of ten. */
static double round_below(double value) {
    double power = pow(10, floor(log10(value)));
    double steps[] = {5, 2, 1};
    for (size_t i = 0; i < 3; i++) {
        if (steps[i] * power <= value * (1 + 1e-9)) {
            return steps[i] * power;
        }
    }
    return power;
}

/* `value` rounded up to two significant figures (0.100646 -> 0.11), so
 * that "below" it stays true of every value drawn at the floor. */
static double round_up_2(double value) {
    if (!(value > 0) || !isfinite(value)) {
        return value;
    }
    double step = pow(10, floor(log10(value)) - 1);
    return ceil(value / step * (1 - 1e-12)) * step;
}

/* Circles of the areas the nodes use, for two or three round values. */
static void legend_sizes(legend *l) {
    render_context *ctx = l->ctx;
    if (!(ctx->value_max > 0) || !(ctx->area_per_value > 0)) {
        return;
    }
    char heading[96];
    snprintf(heading, sizeof heading, "Node area: %s",
             ent_node_metric_name(ctx->options->size_by));
    legend_heading(l, heading);
    double value = round_below(ctx->value_max);
    for (int k = 0; k < 3; k++) {
        double area = ctx->area_per_value * value;
        if (k > 0 && area < ctx->floor_area * 1.5) {
            break;
        }
        double d = sqrt(area / shape_area_factor(ENT_ENTITY_STATE));
        char text[32];
        snprintf(text, sizeof text, "%g", value);
        double x;
        legend_item(l, d, d, text, &x);
        Agnode_t *node = legend_node(l, "point", x, l->y, d, d);
        render_set(node, "fillcolor", "#DDDDDD");
        value = round_below(value / 4);
    }
    int floor = 0;
    for (size_t v = 0; v < ctx->network->vertex_count; v++) {
        floor |= ctx->geometry[v].drawn && ctx->geometry[v].below_scale;
    }
    if (floor) {
        double d = sqrt(ctx->floor_area / shape_area_factor(ENT_ENTITY_STATE));
        char text[64];
        snprintf(text, sizeof text, "below %.2g (not to scale)",
                 round_up_2(ctx->floor_area / ctx->area_per_value));
        double x;
        legend_item(l, d, d, text, &x);
        Agnode_t *node = legend_node(l, "point", x, l->y, d, d);
        render_set(node, "fillcolor", "white");
        render_set(node, "color", "#999999");
    }
}

static void legend_colors(legend *l) {
    render_context *ctx = l->ctx;
    static const char *const headings[] = {
        [ENT_COLOR_BY_COMMUNITY] = "Colour: community (Louvain)",
        [ENT_COLOR_BY_ORGANIZATION] =
            "Colour: the organization a node is most tied to",
        [ENT_COLOR_BY_TYPE] = "Colour: type",
    };
    const ent_render_positions_t *shared = ctx->options->positions;
    legend_heading(l, shared && shared->colors && shared->colors_meaning
                          ? shared->colors_meaning
                          : headings[ctx->options->color_by]);
    size_t n = ctx->network->vertex_count;
    int none = 0;
    for (size_t v = 0; v < n; v++) {
        if (!ctx->geometry[v].drawn) {
            continue; /* folded into marks: not in the picture */
        }
        size_t color = ctx->vertex_color[v];
        int first = 1;
        for (size_t u = 0; u < v && first; u++) {
            first = ctx->vertex_color[u] != color;
        }
        none |= color == NO_COLOR;
        if (!first || color == NO_COLOR) {
            continue;
        }
        text_buffer text;
        text_init(&text);
        if (ctx->options->color_by == ENT_COLOR_BY_ORGANIZATION && shared &&
            shared->organizations && color < shared->organization_count) {
            text_appendf(&text, "%s", shared->organizations[color]);
        } else if (ctx->options->color_by == ENT_COLOR_BY_COMMUNITY ||
                   (shared && shared->colors)) {
            text_appendf(&text, "%zu", color + 1);
        } else if (ctx->options->color_by == ENT_COLOR_BY_TYPE) {
            text_appendf(&text, "%s",
                         ent_entity_type_name((ent_entity_type)color));
        } else {
            const char *id =
                ent_snapshot_entity(ctx->network->snapshot,
                                    ctx->metrics->groups[color].organization)
                    ->id;
            text_append(&text, id, strlen(id));
        }
        double x;
        legend_item(l, 9, 9, text.failed ? "" : text.data, &x);
        text_release(&text);
        Agnode_t *node = legend_node(l, "box", x, l->y, 9, 9);
        render_set(node, "fillcolor", palette_color(color));
    }
    if (none) {
        double x;
        legend_item(l, 9, 9, "other", &x);
        Agnode_t *node = legend_node(l, "box", x, l->y, 9, 9);
        render_set(node, "fillcolor", none_color);
    }
}

/* A tie sample: a short edge between two invisible points. */
static void legend_tie(legend *l, const edge_style *style, const char *id) {
    render_context *ctx = l->ctx;
    double x;
    legend_item(l, tie_length, 8, style->legend, &x);
    Agnode_t *ends[2];
    for (int side = 0; side < 2; side++) {
        ends[side] = legend_node(
            l, "point", x + (side ? 0.5 : -0.5) * tie_length, l->y, 0.72, 0.72);
        render_set(ends[side], "style", "invis");
    }
    Agedge_t *e = agedge(ctx->graph, ends[0], ends[1], NULL, 1);
    render_set(e, "style", style->style);
    render_set(e, "color", style->color);
    render_set(e, "arrowhead", style->arrowhead);
    /* A tie of weight 0.5 where the width shows the weight. */
    render_set_number(e, "penwidth",
                      style->penwidth + (style->width_by_weight ? 1.5 : 0.0));
    render_set(e, "id", id);
}

static void legend_ties(legend *l) {
    render_context *ctx = l->ctx;
    legend_heading(l, "Ties");
    for (size_t i = 0; i < style_table_size(); i++) {
        if (ctx->relation_styles_used[i]) {
            char id[32];
            snprintf(id, sizeof id, "legend_e%zu", i);
            legend_tie(l, style_at(i), id);
        }
    }
}

/* A diff diagram's ties by their change, and its outlines. */
static void legend_changes(legend *l) {
    render_context *ctx = l->ctx;
    legend_heading(l, "Changes");
    for (size_t k = 0; k < ENT_CHANGE_KIND_COUNT; k++) {
        if (ctx->changes_used[k]) {
            char id[32];
            snprintf(id, sizeof id, "legend_c%zu", k);
            legend_tie(l, render_change_style((ent_change_kind)k), id);
        }
    }
    for (int c = ENT_ENTITY_APPEARED; c <= ENT_ENTITY_GONE; c++) {
        if (!ctx->entity_changes_used[c]) {
            continue;
        }
        const entity_change_style *style =
            render_entity_change_style((ent_entity_change)c);
        double x;
        legend_item(l, 10, 10, style->legend, &x);
        Agnode_t *node = legend_node(l, "ellipse", x, l->y, 10, 10);
        render_set(node, "fillcolor", "white");
        render_set(node, "color", style->color);
        render_set(node, "style", style->style);
        render_set(node, "penwidth", style->penwidth);
    }
}

/* Samples of the marks a summit leaves on the states. */
static void legend_marks(legend *l) {
    static const struct {
        unsigned mark;
        const char *text, *color, *style, *width, *peripheries;
    } marks[] = {
        {MARK_ATTENDED, "attended", "#222222", "filled", "1.8", "1"},
        {MARK_ABSENT, "absent", "#CC3311", "filled", "1.8", "1"},
        {MARK_HOST, "host", "#444444", "filled", "0.8", "2"},
    };
    if (l->ctx->marks_used == 0) {
        return;
    }
    legend_heading(l, "Summit");
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
        if (!(l->ctx->marks_used & marks[i].mark)) {
            continue;
        }
        double x;
        legend_item(l, 10, 10, marks[i].text, &x);
        Agnode_t *node = legend_node(l, "ellipse", x, l->y, 10, 10);
        render_set(node, "fillcolor", "white");
        render_set(node, "color", marks[i].color);
        render_set(node, "style", marks[i].style);
        render_set(node, "penwidth", marks[i].width);
        render_set(node, "peripheries", marks[i].peripheries);
    }
}

static void legend_caption(legend *l, const char *caption);

/* With --clusters, the organizations left without a box, named in the
 * figure itself: a reader must not take them for absent. */
static void legend_unboxed(legend *l) {
    const char *unboxed = l->ctx->clusters.unboxed;
    if (unboxed == NULL) {
        return;
    }
    legend_heading(l, "Boxes");
    text_buffer text;
    text_init(&text);
    text_appendf(&text,
                 "A box holds an organization's members; no box for: %s.",
                 unboxed);
    if (!text.failed) {
        legend_caption(l, text.data);
    }
    text_release(&text);
}

static void legend_caption(legend *l, const char *caption) {
    text_line lines[64];
    size_t count = text_wrap(caption, FONT_SMALL, 0,
                             l->ctx->width - 2 * margin - 2, lines, 64);
    for (size_t i = 0; i < count; i++) {
        char *line = strndup(lines[i].start, lines[i].length);
        if (line == NULL) {
            render_lost_memory();
        } else {
            new_line(l);
            double width = text_width(line, strlen(line), FONT_SMALL, 0) + 1;
            legend_text_at(l, line, 0, legend_room(l, width, 0));
        }
        free(line);
    }
}

ent_status render_add_legend(render_context *ctx) {
    legend l = {ctx, margin, -4 - FONT_SMALL * LINE_SPACING / 2,
                FONT_SMALL * LINE_SPACING, 0};
    if (ctx->options->legend) {
        legend_sizes(&l);
        legend_shapes(&l);
        legend_colors(&l);
        if (ctx->options->diff != NULL) {
            legend_changes(&l);
        } else {
            legend_ties(&l);
        }
        legend_marks(&l);
        legend_unboxed(&l);
    }
    if (ctx->options->caption != NULL) {
        legend_caption(&l, ctx->options->caption);
    }
    return ENT_OK;
}
