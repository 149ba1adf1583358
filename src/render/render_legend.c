/*
 * The header of a diagram, as one HTML-like graph label: title, date, a
 * caption saying what the picture encodes, and a legend that lists only
 * the shapes, colours and tie styles present. Every piece of data in it
 * is escaped: names can never become markup.
 */
#include <math.h>
#include <string.h>

#include "render/render_internal.h"

static const char *line_glyph(const char *style) {
    if (strcmp(style, "dashed") == 0) {
        return "\xe2\x95\x8c\xe2\x95\x8c\xe2\x95\x8c"; /* ╌╌╌ */
    }
    if (strcmp(style, "dotted") == 0) {
        return "\xe2\x94\x88\xe2\x94\x88\xe2\x94\x88"; /* ┈┈┈ */
    }
    if (strcmp(style, "bold") == 0) {
        return "\xe2\x94\x81\xe2\x94\x81\xe2\x94\x81"; /* ━━━ */
    }
    return "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80"; /* ─── */
}

static const char *arrow_glyph(const char *arrowhead) {
    if (strcmp(arrowhead, "normal") == 0) {
        return "\xe2\x96\xb6"; /* ▶ */
    }
    if (strcmp(arrowhead, "tee") == 0) {
        return "\xe2\x94\xa4"; /* ┤ */
    }
    if (strcmp(arrowhead, "vee") == 0) {
        return "\xe2\x80\xba"; /* › */
    }
    return "";
}

/*
 * A legend row is one left-aligned cell of text: a bold heading, then the
 * items, wrapping every few items. Plain text flows at its natural width,
 * where nested tables would stretch their columns to the widest row.
 */
typedef struct {
    text_buffer *text;
    size_t items;
    size_t per_line; /* items before a line break */
} legend_row;

static void row_begin(legend_row *row, const char *heading) {
    text_appendf(row->text, "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><B>%s</B>",
                 heading);
    row->items = 0;
}

static void row_item_start(legend_row *row) {
    if (row->items > 0 && row->items % row->per_line == 0) {
        text_appendf(row->text, "<BR/>");
    }
    text_appendf(row->text, "   ");
    row->items++;
}

static void row_end(legend_row *row) { text_appendf(row->text, "</TD></TR>"); }

static void legend_shapes(const render_context *ctx, text_buffer *text) {
    legend_row row = {text, 0, 8};
    row_begin(&row, "Nodes");
    for (unsigned t = 0; t < ENT_ENTITY_TYPE_COUNT; t++) {
        if (ctx->entity_types_used[t]) {
            row_item_start(&row);
            text_appendf(text, "%s %s",
                         style_for_entity((ent_entity_type)t)->legend_symbol,
                         ent_entity_type_name((ent_entity_type)t));
        }
    }
    row_item_start(&row);
    text_appendf(text, "(area: %s)",
                 ent_node_metric_name(ctx->options->size_by));
    row_end(&row);
}

/* A colour sample: a large square glyph in that colour. */
static void swatch(text_buffer *text, const char *color) {
    text_appendf(text,
                 "<FONT COLOR=\"%s\" POINT-SIZE=\"14\">\xe2\x96\xa0</FONT> ",
                 color);
}

/* The colours in use, with what each stands for. */
static void legend_colors(const render_context *ctx, text_buffer *text) {
    static const char *const headings[] = {
        [ENT_COLOR_BY_COMMUNITY] = "Colour: community",
        [ENT_COLOR_BY_ORGANIZATION] = "Colour: organization",
        [ENT_COLOR_BY_TYPE] = "Colour: type",
    };
    legend_row row = {text, 0, 8};
    row_begin(&row, headings[ctx->options->color_by]);
    size_t n = ctx->network->vertex_count;
    int none = 0;
    /* Colours in order of first use, each once. */
    for (size_t v = 0; v < n; v++) {
        size_t color = ctx->vertex_color[v];
        int first = 1;
        for (size_t u = 0; u < v && first; u++) {
            first = ctx->vertex_color[u] != color;
        }
        if (color == NO_COLOR) {
            none = 1;
        }
        if (!first || color == NO_COLOR) {
            continue;
        }
        row_item_start(&row);
        swatch(text, palette_color(color));
        if (ctx->options->color_by == ENT_COLOR_BY_COMMUNITY) {
            text_appendf(text, "%zu", color + 1);
        } else if (ctx->options->color_by == ENT_COLOR_BY_TYPE) {
            text_appendf(text, "%s",
                         ent_entity_type_name((ent_entity_type)color));
        } else {
            const ent_entity_t *organization =
                ent_snapshot_entity(ctx->network->snapshot,
                                    ctx->metrics->groups[color].organization);
            text_append_html(text, organization->id);
        }
    }
    if (none) {
        row_item_start(&row);
        swatch(text, none_color);
        text_appendf(text, "none");
    }
    row_end(&row);
}

static void legend_ties(const render_context *ctx, text_buffer *text) {
    legend_row row = {text, 0, 4};
    row_begin(&row, "Ties");
    for (size_t i = 0; i < style_table_size(); i++) {
        if (!ctx->relation_styles_used[i]) {
            continue;
        }
        const edge_style *style = style_at(i);
        row_item_start(&row);
        text_appendf(text, "<FONT COLOR=\"%s\">%s%s</FONT> %s", style->color,
                     line_glyph(style->style), arrow_glyph(style->arrowhead),
                     style->legend);
    }
    row_end(&row);
}

static void caption(const render_context *ctx, text_buffer *text) {
    const ent_network_t *network = ctx->network;
    const ent_snapshot_t *s = network->snapshot;
    if (network->projection != ENT_PROJECT_NONE) {
        text_appendf(text, "projection: %s",
                     ent_projection_name(network->projection));
    } else {
        text_appendf(text, "layers: ");
        for (size_t k = 0; k < network->layer_count; k++) {
            text_append_html(
                text, ent_snapshot_relation_type(s, network->layers[k])->name);
            if (network->layer_weights[k] != 1.0) {
                text_appendf(text, "\xc3\x97%g", network->layer_weights[k]);
            }
            text_appendf(text, "%s", k + 1 < network->layer_count ? ", " : "");
        }
    }
    text_appendf(text, " \xc2\xb7 node size: %s \xc2\xb7 distance: %s",
                 ent_node_metric_name(ctx->options->size_by),
                 ent_distance_name(network->distance));
    size_t sources = ent_snapshot_source_count(s);
    text_appendf(text, " \xc2\xb7 %zu source%s", sources,
                 sources == 1 ? "" : "s");
}

ent_status render_set_header(render_context *ctx) {
    const ent_snapshot_t *s = ctx->network->snapshot;
    const char *title = ctx->options->title     ? ctx->options->title
                        : ent_snapshot_title(s) ? ent_snapshot_title(s)
                                                : ent_snapshot_id(s);
    text_buffer text;
    text_init(&text);
    text_appendf(&text, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" "
                        "CELLSPACING=\"2\" CELLPADDING=\"1\">");
    text_appendf(&text, "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"18\"><B>");
    text_append_html(&text, title ? title : "");
    text_appendf(&text, "</B></FONT></TD></TR>");
    text_appendf(&text, "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" "
                        "COLOR=\"#444444\">");
    if (ent_snapshot_date(s) != NULL) {
        text_append_html(&text, ent_snapshot_date(s));
        text_appendf(&text, " \xc2\xb7 ");
    }
    caption(ctx, &text);
    text_appendf(&text, "</FONT></TD></TR>");
    if (ctx->options->legend) {
        text_appendf(&text, "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\">"
                            "<TABLE BORDER=\"0\" CELLSPACING=\"0\">");
        legend_shapes(ctx, &text);
        legend_colors(ctx, &text);
        legend_ties(ctx, &text);
        text_appendf(&text, "</TABLE></FONT></TD></TR>");
    }
    text_appendf(&text, "</TABLE>");
    if (text.failed) {
        text_release(&text);
        return ENT_ENOMEM;
    }
    char *html = agstrdup_html(ctx->graph, text.data);
    agsafeset(ctx->graph, "label", html, "");
    agstrfree(ctx->graph, html);
    text_release(&text);
    return ENT_OK;
}
