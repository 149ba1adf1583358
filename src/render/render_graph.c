/*
 * Building the cgraph graph of a diagram: nodes sized and coloured by the
 * metrics, one Graphviz edge per relation type between a pair, and with
 * --clusters one box per organization.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "render/render_internal.h"

/* Organization names longer than this are shown by their id (CSTO). */
enum { LONG_NAME = 16 };
/* A label shows at most this many characters of a name, the last an
 * ellipsis: a name of thousands (a hostile or a careless file) would
 * otherwise take the drawing's room or be left out. The tooltip keeps
 * the whole name. */
enum { LABEL_MAX_CHARACTERS = 60 };

/* `name` cut to LABEL_MAX_CHARACTERS characters (UTF-8), with "…" in
 * place of the rest, into `out`; returns `name` itself when it fits. */
static const char *shortened_name(const char *name, text_buffer *out) {
    size_t characters = 0, cut = 0;
    for (size_t i = 0; name[i] != '\0'; i++) {
        if (((unsigned char)name[i] & 0xC0) == 0x80) {
            continue; /* inside a character */
        }
        if (++characters == LABEL_MAX_CHARACTERS) {
            cut = i;
        } else if (characters > LABEL_MAX_CHARACTERS) {
            text_append(out, name, cut);
            text_append(out, "\xE2\x80\xA6", 3); /* U+2026 */
            text_append(out, "", 0);
            return out->failed ? name : out->data;
        }
    }
    return name;
}

static double weight_between(const ent_network_t *network, size_t a, size_t b) {
    size_t edge;
    return ent_network_find_edge(network, a, b, 1, &edge)
               ? ent_network_edge_weight(network, edge)
               : 0.0;
}

/*
 * The organization a vertex belongs with: for an organization, itself; for
 * a member, the group it is most tied to (the summed weight of its edges to
 * the group's other members and to the organization), the first on a tie.
 */
static size_t home_group(const render_context *ctx, size_t vertex) {
    const ent_metrics_t *metrics = ctx->metrics;
    const ent_network_t *network = ctx->network;
    size_t entity = network->vertex_entity[vertex];
    size_t best = NO_COLOR;
    double best_tie = -1;
    for (size_t g = 0; g < metrics->group_count; g++) {
        const ent_group_result_t *group = &metrics->groups[g];
        if (group->organization == entity) {
            return g;
        }
        int member = 0;
        double tie = 0;
        for (size_t m = 0; m < group->member_count; m++) {
            size_t other = network->entity_vertex[group->members[m]];
            member |= group->members[m] == entity;
            if (other != ENT_NO_VERTEX && other != vertex) {
                tie += weight_between(network, vertex, other);
            }
        }
        size_t organization = network->entity_vertex[group->organization];
        if (organization != ENT_NO_VERTEX) {
            tie += weight_between(network, vertex, organization);
        }
        if (member && tie > best_tie) {
            best = g;
            best_tie = tie;
        }
    }
    return best;
}

/* The colour shared by the diagrams drawn with these positions, when
 * they give colours. Returns 0 when they do not. */
static int shared_color(const render_context *ctx, size_t vertex,
                        size_t *color) {
    const ent_render_positions_t *p = ctx->options->positions;
    if (p == NULL || p->colors == NULL) {
        return 0;
    }
    const char *id = ent_network_vertex_entity(ctx->network, vertex)->id;
    *color = NO_COLOR;
    for (size_t i = 0; i < p->count; i++) {
        if (strcmp(p->ids[i], id) == 0) {
            *color = p->colors[i] >= 0 ? (size_t)p->colors[i] : NO_COLOR;
            break;
        }
    }
    return 1;
}

/* Group g's colour: its place in the shared order of organizations when
 * the positions give one, else its own place. */
static size_t organization_color(const render_context *ctx, size_t g) {
    const ent_render_positions_t *p = ctx->options->positions;
    if (g == NO_COLOR || p == NULL || p->organizations == NULL) {
        return g;
    }
    const char *id = ent_snapshot_entity(ctx->network->snapshot,
                                         ctx->metrics->groups[g].organization)
                         ->id;
    for (size_t i = 0; i < p->organization_count; i++) {
        if (strcmp(p->organizations[i], id) == 0) {
            return i;
        }
    }
    return NO_COLOR;
}

static size_t color_of(const render_context *ctx, size_t vertex) {
    size_t shared;
    if (shared_color(ctx, vertex, &shared)) {
        return shared;
    }
    switch (ctx->options->color_by) {
    case ENT_COLOR_BY_TYPE:
        return (size_t)ent_network_vertex_entity(ctx->network, vertex)->type;
    case ENT_COLOR_BY_ORGANIZATION:
        return organization_color(ctx, ctx->vertex_cluster[vertex]);
    case ENT_COLOR_BY_COMMUNITY:
        break;
    }
    const double *community = ctx->metrics->node[ENT_NODE_COMMUNITY];
    if (community == NULL || !isfinite(community[vertex])) {
        return NO_COLOR;
    }
    return (size_t)community[vertex];
}

/* Which vertices want a label: all, or with --labels top:N the N with the
 * largest size values. */
static void choose_labelled(render_context *ctx) {
    size_t n = ctx->network->vertex_count;
    size_t top = ctx->options->label_top;
    for (size_t v = 0; v < n; v++) {
        const vertex_geometry *g = &ctx->geometry[v];
        /* Rank = how many vertices are larger, or equal and earlier. */
        size_t rank = 0;
        for (size_t u = 0; top > 0 && u < n && rank < top; u++) {
            const vertex_geometry *h = &ctx->geometry[u];
            rank += h->value > g->value || (h->value == g->value && u < v);
        }
        ctx->geometry[v].want_label = top == 0 || rank < top;
    }
}

/* Label lines are at most this wide (points). */
static const double label_line_width = 80;

/* "CSTO frozen 2024": each frozen or suspended membership of the vertex
 * drawn as a tie, with the year its status began (status_since) or, when
 * that is not given, the membership's own since. */
static void frozen_memberships(const render_context *ctx, size_t v,
                               text_buffer *out) {
    const ent_network_t *net = ctx->network;
    const ent_snapshot_t *s = net->snapshot;
    size_t entity = net->vertex_entity[v];
    for (size_t i = 0; i < ent_snapshot_relation_count(s); i++) {
        const ent_relation_t *r = ent_snapshot_relation(s, i);
        if (r->source != entity ||
            (r->status != ENT_MEMBERSHIP_FROZEN &&
             r->status != ENT_MEMBERSHIP_SUSPENDED) ||
            !net->statuses[r->status] ||
            net->entity_vertex[r->target] == ENT_NO_VERTEX ||
            strcmp(ent_snapshot_relation_type(s, r->type)->name, "member_of") !=
                0) {
            continue;
        }
        const cJSON *since =
            cJSON_GetObjectItemCaseSensitive(r->attributes, "status_since");
        const char *date =
            cJSON_IsString(since) ? since->valuestring : r->since;
        const char *target = ent_snapshot_entity(s, r->target)->id;
        text_appendf(out, "%s", out->length ? "\n" : "");
        text_append(out, target, strlen(target));
        text_appendf(out, " %s", ent_membership_status_name(r->status));
        if (date != NULL && strlen(date) >= 4) {
            text_appendf(out, " %.4s", date);
        }
    }
}

/* The label's text (its name, or an organization's id when the name is
 * long), broken into lines, and the size of its plate. */
static ent_status make_label(render_context *ctx, size_t v) {
    const ent_entity_t *entity = ent_network_vertex_entity(ctx->network, v);
    vertex_geometry *g = &ctx->geometry[v];
    const char *name = ent_entity_label(entity);
    if (entity->type == ENT_ENTITY_ORGANIZATION && strlen(name) > LONG_NAME) {
        name = entity->id;
    }
    text_buffer shortened;
    text_init(&shortened);
    name = shortened_name(name, &shortened);
    /* The name, the leaders, the summit's badges, frozen memberships. */
    text_buffer frozen, prefixed;
    text_init(&frozen);
    text_init(&prefixed);
    if (ctx->options->diff == NULL) {
        frozen_memberships(ctx, v, &frozen);
    } else {
        /* "+ Iran": the prefix tells what a colour-blind reader may miss. */
        text_appendf(&prefixed, "%s", render_diff_prefix(ctx, v));
        text_append(&prefixed, name, strlen(name) + 1);
        name = prefixed.failed ? name : prefixed.data;
    }
    const char *parts[4] = {name, g->leaders,
                            g->marks & MARK_HOST     ? "host"
                            : g->marks & MARK_ABSENT ? "absent"
                                                     : NULL,
                            frozen.length ? frozen.data : NULL};
    text_buffer text;
    text_init(&text);
    double widest = 0;
    size_t count = 0;
    for (size_t part = 0; part < 4; part++) {
        text_line lines[16];
        size_t n = parts[part] ? text_wrap(parts[part], FONT_NODE, 0,
                                           label_line_width, lines, 16)
                               : 0;
        for (size_t i = 0; i < n; i++, count++) {
            text_append(&text, "\n", count ? 1 : 0);
            text_append(&text, lines[i].start, lines[i].length);
            widest = fmax(widest, text_width(lines[i].start, lines[i].length,
                                             FONT_NODE, 0));
        }
    }
    text_append(&text, "", 0);
    text_release(&frozen);
    text_release(&shortened);
    text_release(&prefixed);
    if (text.failed) {
        text_release(&text);
        return ENT_ENOMEM;
    }
    g->label = text.data; /* freed with the geometry */
    g->lw = widest + 3 + LABEL_BLANK_CELL;
    g->lh = (double)(count ? count : 1) * FONT_NODE * LINE_SPACING + 2;
    return ENT_OK;
}

/* The label as an HTML-like table on a white plate, which keeps it
 * legible where an edge passes under it. */
void render_set_plate_label(render_context *ctx, Agnode_t *node,
                            const vertex_geometry *g) {
    text_buffer text;
    text_init(&text);
    /* Lines flush left: a reader (and label_overlap.py) sees one block.
     * A blank first cell puts a text between the node's shape and the
     * plate, which is how a reader of the SVG tells the plate from the
     * node (a point-shaped node has no text of its own). */
    text_appendf(&text, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" "
                        "CELLSPACING=\"0\" CELLPADDING=\"0\"><TR><TD>"
                        "<FONT POINT-SIZE=\"4\"> </FONT></TD><TD "
                        "BGCOLOR=\"white\" CELLPADDING=\"1\" "
                        "BALIGN=\"LEFT\"><FONT POINT-SIZE=\"8\">");
    text_append_html(&text, g->label);
    text_appendf(&text, "</FONT></TD></TR></TABLE>");
    if (!text.failed) {
        char *html = agstrdup_html(ctx->graph, text.data);
        agsafeset(node, "xlabel", html, "");
        agstrfree(ctx->graph, html);
        char position[64];
        snprintf(position, sizeof position, "%.2f,%.2f", g->lx, g->ly);
        render_set(node, "xlp", position);
    }
    text_release(&text);
}

static void style_node(render_context *ctx, Agnode_t *node, size_t vertex) {
    const ent_entity_t *entity =
        ent_network_vertex_entity(ctx->network, vertex);
    const vertex_geometry *g = &ctx->geometry[vertex];
    const node_style *shape = style_for_entity(entity->type);
    ctx->entity_types_used[entity->type] = 1;
    /* Graphviz rounds a polygon's or an ellipse's size to whole points,
     * which moves a small node's area by more than 5 %; a point keeps its
     * exact size, so states (circles) are drawn as points. */
    int circle = entity->type == ENT_ENTITY_STATE;
    render_set(node, "shape", circle ? "point" : shape->shape);
    render_set_number(node, "width", g->w / 72.0);
    render_set_number(node, "height", g->h / 72.0);
    char position[64];
    snprintf(position, sizeof position, "%.2f,%.2f!", g->x, g->y);
    render_set(node, "pos", position);
    snprintf(position, sizeof position, "v%zu", vertex);
    render_set(node, "id", position);
    render_set(node, "fillcolor", palette_color(ctx->vertex_color[vertex]));
    /* Below the scale: hollow and grey (a point), or dashed. */
    if (g->below_scale && circle) {
        render_set(node, "fillcolor", "white");
        render_set(node, "color", "#999999");
    } else if (g->below_scale || (g->marks & MARK_ABSENT)) {
        render_set(node, "style", "filled,dashed");
    }
    if (g->marks & (MARK_ATTENDED | MARK_ABSENT)) {
        render_set(node, "penwidth", "1.8");
        render_set(node, "color",
                   g->marks & MARK_ABSENT ? "#CC3311" : "#222222");
    }
    if (g->marks & MARK_HOST) {
        render_set(node, "peripheries", "2");
    }
    if (g->labelled) {
        render_set_plate_label(ctx, node, g);
    }
    text_buffer text;
    text_init(&text);
    text_appendf(&text, "entity %s ", ent_entity_type_name(entity->type));
    append_class_name(&text, entity->id);
    render_set(node, "entente_class", text.failed ? "entity" : text.data);
    text.length = 0;
    text_append_label(&text, ent_entity_label(entity));
    text_appendf(&text, " (%s)", ent_entity_type_name(entity->type));
    render_set(node, "tooltip", text.failed ? "" : text.data);
    text_release(&text);
    if (ctx->options->diff != NULL) {
        render_diff_outline(ctx, node, vertex);
    }
}

/*
 * A node named by the entity's id, which is what DOT readers and the SVG's
 * titles show. agwrite cannot write every string, though: it leaves a
 * backslash in a name as it is, which the DOT reader then takes as an
 * escape (`a\"` never closes), and control characters make invalid SVG. Such an
 * id, or one already taken, names the node "entity:INDEX" instead (the label
 * still shows the name as written).
 */
static Agnode_t *new_node(Agraph_t *graph, const char *id, size_t index) {
    int safe = 1;
    for (const char *p = id; *p && safe; p++) {
        safe = (unsigned char)*p >= 0x20 && *p != '\\';
    }
    if (safe && agnode(graph, (char *)id, 0) == NULL) {
        return agnode(graph, (char *)id, 1);
    }
    char name[64];
    for (unsigned attempt = 0;; attempt++) {
        snprintf(name, sizeof name, attempt ? "entity:%zu:%u" : "entity:%zu",
                 index, attempt);
        if (agnode(graph, name, 0) == NULL) {
            return agnode(graph, name, 1);
        }
    }
}

static void add_nodes(render_context *ctx, Agnode_t **nodes) {
    for (size_t v = 0; v < ctx->network->vertex_count; v++) {
        if (!ctx->geometry[v].drawn) {
            continue;
        }
        const ent_entity_t *entity = ent_network_vertex_entity(ctx->network, v);
        nodes[v] = new_node(ctx->graph, entity->id, v);
        style_node(ctx, nodes[v], v);
    }
}

/* The edge's SVG id, its classes (relation type and status, read by
 * render_output.c) and a tooltip naming its ends. */
static void describe_edge(render_context *ctx, Agedge_t *e, const char *type,
                          const char *status) {
    char text[64];
    snprintf(text, sizeof text, "e%zu", ctx->edges_drawn++);
    render_set(e, "id", text);
    text_buffer classes;
    text_init(&classes);
    text_appendf(&classes, "tie ");
    append_class_name(&classes, type);
    if (*status) {
        text_appendf(&classes, " ");
        append_class_name(&classes, status);
    }
    render_set(e, "entente_class", classes.failed ? "tie" : classes.data);
    classes.length = 0;
    text_append_label(&classes, agnameof(agtail(e)));
    text_appendf(&classes, " \xe2\x80\x94 ");
    text_append_label(&classes, agnameof(aghead(e)));
    text_appendf(&classes, ": %s%s%s", type, *status ? ", " : "", status);
    render_set(e, "tooltip", classes.failed ? "" : classes.data);
    text_release(&classes);
}

/* One Graphviz edge for the relations of one type (and, for memberships,
 * one status) that formed network edge `edge`. */
static void add_edge(render_context *ctx, Agnode_t **nodes, size_t edge,
                     const size_t *relations, size_t count, size_t first) {
    const ent_snapshot_t *s = ctx->network->snapshot;
    const ent_relation_t *r = ent_snapshot_relation(s, relations[first]);
    const ent_relation_type_t *type = ent_snapshot_relation_type(s, r->type);
    const edge_style *style =
        style_for_relation(type->name, type->directed, r->status);
    double weight = 0;
    for (size_t k = first; k < count; k++) {
        const ent_relation_t *other = ent_snapshot_relation(s, relations[k]);
        if (other->type == r->type && other->status == r->status) {
            weight += other->weight;
        }
    }
    Agnode_t *tail = nodes[ctx->network->entity_vertex[r->source]];
    Agnode_t *head = nodes[ctx->network->entity_vertex[r->target]];
    char key[64];
    snprintf(key, sizeof key, "e%zu.%zu", edge, first);
    Agedge_t *e = agedge(ctx->graph, tail, head, key, 1);
    ctx->relation_styles_used[style_index(style)] = 1;
    render_set(e, "style", style->style);
    render_set(e, "color", style->color);
    render_set(e, "arrowhead", style->arrowhead);
    render_set_number(e, "penwidth",
                      style->penwidth + (style->width_by_weight
                                             ? 3.0 * fmin(weight, 1.5)
                                             : 0.0));
    const char *status = type->name && strcmp(type->name, "member_of") == 0
                             ? ent_membership_status_name(r->status)
                             : NULL;
    describe_edge(ctx, e, type->name, status ? status : "");
}

static void add_projection_edge(render_context *ctx, Agnode_t **nodes,
                                size_t edge) {
    size_t from = ent_network_edge_from(ctx->network, edge);
    size_t to = ent_network_edge_to(ctx->network, edge);
    double weight = ent_network_edge_weight(ctx->network, edge);
    const edge_style *style = style_for_projection();
    char key[32];
    snprintf(key, sizeof key, "e%zu", edge);
    Agedge_t *e = agedge(ctx->graph, nodes[from], nodes[to], key, 1);
    ctx->relation_styles_used[style_index(style)] = 1;
    render_set(e, "style", style->style);
    render_set(e, "color", style->color);
    render_set(e, "arrowhead", "none");
    render_set_number(e, "penwidth", style->penwidth + fmin(weight, 5.0));
    describe_edge(ctx, e, "shared_membership", "");
}

/* For each network edge, one drawn edge per distinct (type, status). */
static void add_edges(render_context *ctx, Agnode_t **nodes) {
    const ent_snapshot_t *s = ctx->network->snapshot;
    for (size_t e = 0; e < ctx->network->edge_count; e++) {
        if (!render_edge_is_drawn(ctx, e)) {
            continue;
        }
        if (ctx->network->projection != ENT_PROJECT_NONE) {
            add_projection_edge(ctx, nodes, e);
            continue;
        }
        size_t count;
        const size_t *relations =
            ent_network_edge_relations(ctx->network, e, &count);
        for (size_t k = 0; k < count; k++) {
            const ent_relation_t *r = ent_snapshot_relation(s, relations[k]);
            int seen = 0;
            for (size_t j = 0; j < k && !seen; j++) {
                const ent_relation_t *q =
                    ent_snapshot_relation(s, relations[j]);
                seen = q->type == r->type && q->status == r->status;
            }
            if (!seen) {
                add_edge(ctx, nodes, e, relations, count, k);
            }
        }
    }
}

/* Appends `name` as a CSS class name: letters, digits, '-' and '_'
 * kept, anything else as '_'. */
void append_class_name(text_buffer *text, const char *name) {
    for (const char *p = name; *p; p++) {
        int safe = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                   (*p >= '0' && *p <= '9') || *p == '-' || *p == '_';
        text_append(text, safe ? p : "_", 1);
    }
}

int render_edge_is_drawn(const render_context *ctx, size_t edge) {
    return ctx->geometry[ent_network_edge_from(ctx->network, edge)].drawn &&
           ctx->geometry[ent_network_edge_to(ctx->network, edge)].drawn;
}

ent_status render_prepare(render_context *ctx) {
    size_t n = ctx->network->vertex_count;
    for (size_t v = 0; v < n; v++) {
        ctx->vertex_cluster[v] = home_group(ctx, v);
    }
    ent_status status =
        ctx->options->clusters ? render_clusters_choose(ctx) : ENT_OK;
    for (size_t v = 0; v < n && status == ENT_OK; v++) {
        /* Past the palette, colours would repeat: those share "other". */
        size_t color = color_of(ctx, v);
        ctx->vertex_color[v] = color < PALETTE_SIZE ? color : NO_COLOR;
        ctx->geometry[v].drawn = 1;
    }
    if (status == ENT_OK && ctx->options->diff == NULL) {
        status = render_fold_persons_and_events(ctx);
    }
    for (size_t v = 0; v < n && status == ENT_OK; v++) {
        status = make_label(ctx, v);
    }
    return status;
}

void render_choose_labels(render_context *ctx) { choose_labelled(ctx); }

/* Two invisible points at the left and right edges of the page: the
 * drawing's bounding box, and so the SVG, is exactly the page wide. */
static void add_frame(render_context *ctx) {
    static const char *const names[2] = {"frame:left", "frame:right"};
    for (int side = 0; side < 2; side++) {
        char name[64];
        snprintf(name, sizeof name, "%s", names[side]);
        for (unsigned k = 1; agnode(ctx->graph, name, 0) != NULL; k++) {
            snprintf(name, sizeof name, "%s:%u", names[side], k);
        }
        Agnode_t *node = agnode(ctx->graph, name, 1);
        char position[64];
        snprintf(position, sizeof position, "%.2f,%.2f!",
                 side ? ctx->width - 0.36 : 0.36, 0.0);
        render_set(node, "pos", position);
        render_set(node, "shape", "point");
        render_set(node, "width", "0.01");
        render_set(node, "style", "invis");
    }
}

ent_status render_build_graph(render_context *ctx) {
    size_t n = ctx->network->vertex_count;
    Agnode_t **nodes = calloc(n + 1, sizeof *nodes);
    if (nodes == NULL) {
        return ENT_ENOMEM;
    }
    add_nodes(ctx, nodes);
    if (ctx->options->diff != NULL) {
        render_diff_edges(ctx, nodes);
    } else {
        add_edges(ctx, nodes);
    }
    if (ctx->options->clusters) {
        render_add_cluster_subgraphs(ctx, ctx->graph, nodes, 1);
    }
    add_frame(ctx);
    free(nodes);
    return ENT_OK;
}
