/*
 * The diagrams of a comparison. One layout of the union of all networks
 * (neato, through the renderer's Graphviz context) gives every entity one
 * position; each snapshot is then drawn by render.h with those positions
 * pinned, and each consecutive pair gets a diff diagram built here with
 * cgraph at the same positions: ties added in green, removed dashed in
 * red, re-weighted in blue labelled with the change, entities that
 * appeared or disappeared marked, and a legend.
 *
 * Graphviz 2.42 takes char * for names and values (it copies them): the
 * casts below are only that.
 */
#include <graphviz/cgraph.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "compare/compare_internal.h"
#include "entente/io.h"

/* The union's node size: the largest a snapshot diagram draws (render's
 * maximum area, 0.81 square inches), so pinned nodes never overlap. */
static const char union_size[] = "0.9";

static const char *const shapes[ENT_ENTITY_TYPE_COUNT] = {
    [ENT_ENTITY_STATE] = "ellipse",     [ENT_ENTITY_ORGANIZATION] = "box",
    [ENT_ENTITY_PERSON] = "diamond",    [ENT_ENTITY_EVENT] = "hexagon",
    [ENT_ENTITY_GROUP] = "invtriangle",
};

static void set(void *object, const char *name, const char *value) {
    agsafeset(object, (char *)name, (char *)value, "");
}

/* A growable text for labels. */
typedef struct {
    char *data;
    size_t length;
    FILE *out;
} text;

static int text_open(text *t) {
    t->data = NULL;
    t->length = 0;
    t->out = open_memstream(&t->data, &t->length);
    return t->out != NULL;
}

static char *text_close(text *t) {
    if (t->out == NULL || fclose(t->out) != 0) {
        free(t->data);
        return NULL;
    }
    return t->data;
}

/* Data in an HTML-like label: escaped, line breaks as <BR/>. */
static void html(FILE *out, const char *value) {
    ent_out_markup(out, value, "<BR/>");
}

/* A plain Graphviz label shows backslash escapes: double them; '&' as an
 * entity, which Graphviz's SVG writer passes through. */
static void plain(FILE *out, const char *value) {
    for (const char *c = value ? value : ""; *c; c++) {
        fputs(*c == '\\' ? "\\\\" : *c == '&' ? "&amp;" : "", out);
        if (*c != '\\' && *c != '&') {
            fputc(*c, out);
        }
    }
}

/* ---- the union layout ----------------------------------------------- */

typedef struct {
    const char **ids;
    double *x, *y;
    size_t count;
} positions;

static void positions_free(positions *p) {
    free(p->ids);
    free(p->x);
    free(p->y);
}

static ent_status union_dot(const ent_comparison_t *c, char **dot) {
    Agraph_t *g = agopen("union", Agstrictundirected, NULL);
    if (g == NULL) {
        return ENT_ENOMEM;
    }
    set(g, "start", "42");
    set(g, "overlap", "prism");
    set(g, "sep", "+24");
    set(g, "splines", "false");
    agattr(g, AGNODE, "fixedsize", "true");
    agattr(g, AGNODE, "width", (char *)union_size);
    agattr(g, AGNODE, "height", (char *)union_size);
    agattr(g, AGNODE, "label", " ");
    for (size_t i = 0; i < c->count; i++) {
        const ent_network_t *net = &c->snapshots[i].network;
        for (size_t v = 0; v < net->vertex_count; v++) {
            const ent_entity_t *e = ent_network_vertex_entity(net, v);
            Agnode_t *node = agnode(g, (char *)e->id, 1);
            set(node, "shape", shapes[e->type]);
        }
        for (size_t e = 0; e < net->edge_count; e++) {
            const char *a =
                ent_network_vertex_entity(
                    net, (size_t)IGRAPH_FROM(&net->graph, (igraph_integer_t)e))
                    ->id;
            const char *b =
                ent_network_vertex_entity(
                    net, (size_t)IGRAPH_TO(&net->graph, (igraph_integer_t)e))
                    ->id;
            if (strcmp(a, b) != 0) {
                agedge(g, agnode(g, (char *)a, 0), agnode(g, (char *)b, 0),
                       NULL, 1);
            }
        }
    }
    size_t length = 0;
    FILE *out = open_memstream(dot, &length);
    ent_status status = out && agwrite(g, out) == 0 ? ENT_OK : ENT_ENOMEM;
    if (out != NULL && fclose(out) != 0) {
        status = ENT_ENOMEM;
    }
    agclose(g);
    return status;
}

/* Lays out the union once and reads each node's position back. */
static ent_status union_positions(const ent_comparison_t *c,
                                  ent_renderer_t *renderer, positions *p,
                                  ent_diag_list_t *diags) {
    char *dot = NULL, *laid = NULL;
    size_t length = 0;
    ent_status status = union_dot(c, &dot);
    if (status == ENT_OK) {
        status = ent_render_dot_text(renderer, dot, "neato", ENT_RENDER_DOT,
                                     &laid, &length, diags);
    }
    Agraph_t *g = status == ENT_OK ? agmemread(laid) : NULL;
    if (status == ENT_OK && g == NULL) {
        status = ENT_EINTERNAL;
    }
    size_t n = g ? (size_t)agnnodes(g) : 0;
    p->ids = calloc(n + 1, sizeof *p->ids);
    p->x = calloc(n + 1, sizeof *p->x);
    p->y = calloc(n + 1, sizeof *p->y);
    if (status == ENT_OK && (!p->ids || !p->x || !p->y)) {
        status = ENT_ENOMEM;
    }
    for (Agnode_t *node = g ? agfstnode(g) : NULL;
         status == ENT_OK && node != NULL; node = agnxtnode(g, node)) {
        const char *pos = agget(node, "pos");
        const char *name = agnameof(node);
        /* The id as the snapshots own it: the positions outlive `g`. */
        const char *id = NULL;
        for (size_t i = 0; i < c->count && id == NULL; i++) {
            size_t index;
            if (ent_snapshot_find_entity(c->snapshots[i].snapshot, name,
                                         &index)) {
                id = ent_snapshot_entity(c->snapshots[i].snapshot, index)->id;
            }
        }
        if (id == NULL || pos == NULL ||
            sscanf(pos, "%lf,%lf", &p->x[p->count], &p->y[p->count]) != 2) {
            ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                         "graphviz gave no position for \"%s\"", name);
            status = ENT_EINTERNAL;
            break;
        }
        p->ids[p->count++] = id;
    }
    if (g != NULL) {
        agclose(g);
    }
    free(dot);
    free(laid);
    return status;
}

static int find_position(const positions *p, const char *id, double *x,
                         double *y) {
    for (size_t i = 0; i < p->count; i++) {
        if (strcmp(p->ids[i], id) == 0) {
            *x = p->x[i];
            *y = p->y[i];
            return 1;
        }
    }
    return 0;
}

/* ---- the diff diagram --------------------------------------------- */

/* Styles of ties and nodes by their fate: colours from Paul Tol's
 * colour-blind-safe schemes. */
static const struct {
    const char *color, *style, *width, *legend, *glyph;
} tie_styles[] = {
    [EDGE_KEPT] = {"#BBBBBB", "solid", "1.2", "kept",
                   "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80"},
    [EDGE_ADDED] = {"#228833", "solid", "3", "added",
                    "\xe2\x94\x81\xe2\x94\x81\xe2\x94\x81"},
    [EDGE_REMOVED] = {"#CC3311", "dashed", "2.5", "removed",
                      "\xe2\x95\x8c\xe2\x95\x8c\xe2\x95\x8c"},
    [EDGE_REWEIGHTED] = {"#0077BB", "solid", "2.5",
                         "re-weighted (label: change of weight)",
                         "\xe2\x94\x81\xe2\x94\x81\xe2\x94\x81"},
};

typedef enum { NODE_BOTH, NODE_APPEARED, NODE_GONE } node_fate;

static const struct {
    const char *fill, *border, *style, *prefix, *legend;
} node_styles[] = {
    [NODE_BOTH] = {"#EEEEEE", "#444444", "filled", "", "in both"},
    [NODE_APPEARED] = {"#CCEECC", "#228833", "filled,bold", "+ ",
                       "appeared (+)"},
    [NODE_GONE] = {"#FFCCCC", "#CC3311", "filled,dashed", "\xe2\x88\x92 ",
                   "disappeared (\xe2\x88\x92)"},
};

static void diff_header(Agraph_t *g, const ent_comparison_t *c,
                        const cmp_pair *pair) {
    text t;
    if (!text_open(&t)) {
        return;
    }
    size_t counts[4] = {0, 0, 0, 0};
    for (size_t e = 0; e < pair->edge_count; e++) {
        counts[cmp_edge_fate(&pair->edges[e])]++;
    }
    fputs("<TABLE BORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\"><TR><TD "
          "ALIGN=\"LEFT\"><FONT POINT-SIZE=\"18\"><B>Changes: ",
          t.out);
    html(t.out, cmp_snapshot_label(c, pair->from));
    fputs(" \xe2\x86\x92 ", t.out);
    html(t.out, cmp_snapshot_label(c, pair->to));
    fputs("</B></FONT></TD></TR><TR><TD ALIGN=\"LEFT\"><FONT "
          "POINT-SIZE=\"10\" COLOR=\"#444444\">",
          t.out);
    html(t.out, ent_snapshot_id(c->snapshots[pair->from].snapshot));
    fputs(" \xe2\x86\x92 ", t.out);
    html(t.out, ent_snapshot_id(c->snapshots[pair->to].snapshot));
    fprintf(t.out,
            " \xc2\xb7 ties: %zu added, %zu removed, %zu re-weighted \xc2\xb7 "
            "entities: %zu appeared, %zu disappeared",
            counts[EDGE_ADDED], counts[EDGE_REMOVED], counts[EDGE_REWEIGHTED],
            pair->added_count, pair->removed_count);
    if (pair->common == 0) {
        fputs(" \xc2\xb7 no entity in common", t.out);
    }
    fputs("</FONT></TD></TR><TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\">"
          "<TABLE BORDER=\"0\" CELLSPACING=\"4\"><TR><TD "
          "ALIGN=\"LEFT\"><B>Ties</B></TD>",
          t.out);
    for (size_t s = 0; s < 4; s++) {
        fprintf(t.out,
                "<TD ALIGN=\"LEFT\"><FONT COLOR=\"%s\">%s</FONT> %s</TD>",
                tie_styles[s].color, tie_styles[s].glyph, tie_styles[s].legend);
    }
    fputs("</TR><TR><TD ALIGN=\"LEFT\"><B>Nodes</B></TD>", t.out);
    for (size_t s = 0; s < 3; s++) {
        fprintf(t.out,
                "<TD ALIGN=\"LEFT\"><FONT COLOR=\"%s\">\xe2\x96\xa0</FONT> "
                "%s</TD>",
                node_styles[s].border, node_styles[s].legend);
    }
    fputs("<TD ALIGN=\"LEFT\">(positions shared by every diagram of this "
          "comparison)</TD></TR></TABLE></FONT></TD></TR></TABLE>",
          t.out);
    char *label = text_close(&t);
    if (label != NULL) {
        char *h = agstrdup_html(g, label);
        agsafeset(g, "label", h, "");
        agstrfree(g, h);
    }
    free(label);
}

static Agnode_t *diff_node(Agraph_t *g, const ent_entity_t *entity,
                           node_fate fate, const positions *p) {
    Agnode_t *node = agnode(g, (char *)entity->id, 0);
    if (node != NULL) {
        return node;
    }
    node = agnode(g, (char *)entity->id, 1);
    set(node, "shape", shapes[entity->type]);
    set(node, "fillcolor", node_styles[fate].fill);
    set(node, "color", node_styles[fate].border);
    set(node, "style", node_styles[fate].style);
    double x = 0, y = 0;
    if (find_position(p, entity->id, &x, &y)) {
        char pos[96];
        snprintf(pos, sizeof pos, "%.2f,%.2f!", x, y);
        set(node, "pos", pos);
    }
    text t;
    if (text_open(&t)) {
        fputs(node_styles[fate].prefix, t.out);
        plain(t.out, ent_entity_label(entity));
        char *label = text_close(&t);
        set(node, "xlabel", label ? label : "");
        free(label);
    }
    return node;
}

/* The vertices of one side, marked by whether the other side has the
 * entity at all. */
static void diff_nodes(Agraph_t *g, const ent_network_t *net,
                       const ent_snapshot_t *other, node_fate absent,
                       const positions *p) {
    for (size_t v = 0; v < net->vertex_count; v++) {
        const ent_entity_t *e = ent_network_vertex_entity(net, v);
        diff_node(g, e,
                  ent_snapshot_find_entity(other, e->id, NULL) ? NODE_BOTH
                                                               : absent,
                  p);
    }
}

static ent_status diff_dot(const ent_comparison_t *c, const cmp_pair *pair,
                           const positions *p, char **dot) {
    const cmp_snapshot *a = &c->snapshots[pair->from];
    const cmp_snapshot *b = &c->snapshots[pair->to];
    Agraph_t *g = agopen("diff", Agdirected, NULL);
    if (g == NULL) {
        return ENT_ENOMEM;
    }
    /* Straight edges, as in every diagram (render.c): Graphviz 2.42's
     * spline router took 40 s on a 150-node diff and can corrupt its heap. */
    static const char *const graph_attributes[][2] = {
        {"layout", "nop"},       {"notranslate", "true"},
        {"inputscale", "72"},    {"overlap", "true"},
        {"splines", "false"},    {"outputorder", "edgesfirst"},
        {"forcelabels", "true"}, {"labelloc", "t"},
        {"labeljust", "l"},      {"pad", "0.3"},
        {"bgcolor", "white"},    {"fontname", "DejaVu Sans"},
    };
    for (size_t i = 0; i < sizeof graph_attributes / sizeof *graph_attributes;
         i++) {
        set(g, graph_attributes[i][0], graph_attributes[i][1]);
    }
    agattr(g, AGNODE, "fontname", "DejaVu Sans");
    agattr(g, AGNODE, "fontsize", "11");
    agattr(g, AGNODE, "fixedsize", "true");
    agattr(g, AGNODE, "width", "0.45");
    agattr(g, AGNODE, "height", "0.45");
    agattr(g, AGNODE, "label", " ");
    agattr(g, AGEDGE, "fontname", "DejaVu Sans");
    agattr(g, AGEDGE, "fontsize", "9");
    agattr(g, AGEDGE, "arrowhead", a->network.directed ? "normal" : "none");
    diff_nodes(g, &a->network, b->snapshot, NODE_GONE, p);
    diff_nodes(g, &b->network, a->snapshot, NODE_APPEARED, p);
    for (size_t e = 0; e < pair->edge_count; e++) {
        const cmp_edge *edge = &pair->edges[e];
        cmp_fate fate = cmp_edge_fate(edge);
        Agnode_t *tail = agnode(g, (char *)edge->source, 0);
        Agnode_t *head = agnode(g, (char *)edge->target, 0);
        if (tail == NULL || head == NULL) {
            continue;
        }
        char key[32];
        snprintf(key, sizeof key, "e%zu", e);
        Agedge_t *drawn = agedge(g, tail, head, key, 1);
        set(drawn, "color", tie_styles[fate].color);
        set(drawn, "style", tie_styles[fate].style);
        set(drawn, "penwidth", tie_styles[fate].width);
        if (fate == EDGE_REWEIGHTED) {
            char change[48];
            snprintf(change, sizeof change, "%+.3g", edge->to - edge->from);
            set(drawn, "label", change);
            set(drawn, "fontcolor", tie_styles[fate].color);
        }
    }
    diff_header(g, c, pair);
    size_t length = 0;
    FILE *out = open_memstream(dot, &length);
    ent_status status = out && agwrite(g, out) == 0 ? ENT_OK : ENT_ENOMEM;
    if (out != NULL && fclose(out) != 0) {
        status = ENT_ENOMEM;
    }
    agclose(g);
    return status;
}

/* ---- all diagrams --------------------------------------------------- */

typedef struct {
    char ***names, ***data;
    size_t **lengths;
    size_t *count;
} drawing_list;

static ent_status add_drawing(drawing_list *list, char *name, char *data,
                              size_t length) {
    size_t n = *list->count;
    char **names = realloc(*list->names, (n + 1) * sizeof *names);
    *list->names = names ? names : *list->names;
    char **data_list = realloc(*list->data, (n + 1) * sizeof *data_list);
    *list->data = data_list ? data_list : *list->data;
    size_t *lengths = realloc(*list->lengths, (n + 1) * sizeof *lengths);
    *list->lengths = lengths ? lengths : *list->lengths;
    if (!names || !data_list || !lengths || !name) {
        free(name);
        free(data);
        return ENT_ENOMEM;
    }
    names[n] = name;
    data_list[n] = data;
    lengths[n] = length;
    (*list->count)++;
    return ENT_OK;
}

/* NN-ID.svg with the id made safe as a file name. */
static char *snapshot_file_name(const ent_comparison_t *c, size_t i) {
    const char *id = ent_snapshot_id(c->snapshots[i].snapshot);
    size_t length = strlen(id);
    char *name = malloc(length + 32);
    if (name == NULL) {
        return NULL;
    }
    char *q = name + sprintf(name, "%02zu-", i + 1);
    for (size_t k = 0; k < length && k < 120; k++) {
        char ch = id[k];
        int safe = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                   (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' ||
                   ch == '.';
        *q++ = safe ? ch : '_';
    }
    strcpy(q, ".svg");
    return name;
}

ent_status cmp_draw_all(const ent_comparison_t *c, ent_renderer_t *renderer,
                        char ***names, char ***data, size_t **lengths,
                        size_t *count, ent_diag_list_t *diags) {
    drawing_list list = {names, data, lengths, count};
    positions p = {NULL, NULL, NULL, 0};
    ent_status status = union_positions(c, renderer, &p, diags);
    ent_render_positions_t pinned = {p.ids, p.x, p.y, p.count};
    for (size_t i = 0; status == ENT_OK && i < c->count; i++) {
        ent_render_options_t options;
        ent_render_options_init(&options);
        options.positions = &pinned;
        char *svg = NULL;
        size_t length = 0;
        status = ent_render_memory(renderer, &c->snapshots[i].network,
                                   &c->snapshots[i].metrics, &options, &svg,
                                   &length, diags);
        if (status == ENT_OK) {
            status = add_drawing(&list, snapshot_file_name(c, i), svg, length);
        }
    }
    /* The diff diagrams put their nodes where render put them. */
    positions page = {p.ids, calloc(p.count + 1, sizeof(double)),
                      calloc(p.count + 1, sizeof(double)), p.count};
    if (status == ENT_OK && (page.x == NULL || page.y == NULL)) {
        status = ENT_ENOMEM;
    }
    if (status == ENT_OK) {
        ent_render_options_t options;
        ent_render_options_init(&options);
        status = ent_render_fit_positions(&options, &pinned, page.x, page.y);
    }
    for (size_t k = 0; status == ENT_OK && k + 1 < c->count; k++) {
        char *dot = NULL, *svg = NULL;
        size_t length = 0;
        status = diff_dot(c, &c->pairs[k], &page, &dot);
        if (status == ENT_OK) {
            status = ent_render_dot_text(renderer, dot, "nop", ENT_RENDER_SVG,
                                         &svg, &length, diags);
        }
        free(dot);
        char *name = malloc(64);
        if (name != NULL) {
            snprintf(name, 64, "diff-%02zu-%02zu.svg", k + 1, k + 2);
        }
        if (status == ENT_OK) {
            status = add_drawing(&list, name, svg, length);
        } else {
            free(name);
            free(svg);
        }
    }
    free(page.x);
    free(page.y);
    positions_free(&p);
    return status;
}
