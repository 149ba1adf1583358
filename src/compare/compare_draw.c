/*
 * The diagrams of a comparison, all drawn by render.h. One layout of the
 * union of every network gives each entity one place, and the Louvain
 * communities of that union one colour; one size scale (the largest
 * value of any snapshot) holds across every panel. Each snapshot is then
 * a render call with those positions, and each consecutive pair a render
 * call in the diff style (compare_ties.c). positions.tsv records the
 * positions, colours, order of organizations and scale, so that `render
 * --positions` draws other diagrams (the per-summit ones of scripts/demo)
 * to match, --color-by organization included.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare/compare_internal.h"

/* ---- the union of every network ------------------------------------ */

typedef struct {
    ent_snapshot_t *snapshot;
    ent_network_t *network;
    ent_metrics_t metrics;
    int built, measured;
    const char **ids;
    double *x, *y;
    int *colors;
    ent_render_positions_t positions;
} union_layout;

static ent_status add_union_entity(ent_snapshot_t *u, const ent_entity_t *e) {
    if (ent_snapshot_find_entity(u, e->id, NULL)) {
        return ENT_OK;
    }
    ent_entity_t copy = {e->id, e->type, e->name, NULL, 0, NULL, NULL};
    return ent_snapshot_add_entity(u, &copy, NULL);
}

/* A tie between two entities of the union, once per pair. */
static ent_status add_union_tie(ent_snapshot_t *u, size_t type, const char *a,
                                const char *b) {
    ent_relation_t r;
    memset(&r, 0, sizeof r);
    r.type = type;
    r.weight = 1.0;
    if (strcmp(a, b) == 0 || !ent_snapshot_find_entity(u, a, &r.source) ||
        !ent_snapshot_find_entity(u, b, &r.target)) {
        return ENT_OK;
    }
    for (size_t i = 0; i < ent_snapshot_relation_count(u); i++) {
        const ent_relation_t *q = ent_snapshot_relation(u, i);
        if ((q->source == r.source && q->target == r.target) ||
            (q->source == r.target && q->target == r.source)) {
            return ENT_OK;
        }
    }
    return ent_snapshot_add_relation(u, &r, NULL);
}

static ent_status union_snapshot(const ent_comparison_t *c, ent_snapshot_t *u) {
    ent_relation_type_t tie = {0};
    tie.name = "union_tie";
    tie.default_weight = 1.0;
    size_t type = 0;
    ent_status status = ent_snapshot_add_relation_type(u, &tie, &type);
    for (size_t i = 0; status == ENT_OK && i < c->count; i++) {
        const ent_network_t *net = c->snapshots[i].network;
        for (size_t v = 0;
             status == ENT_OK && v < ent_network_vertex_count(net); v++) {
            status = add_union_entity(u, ent_network_vertex_entity(net, v));
        }
        for (size_t e = 0; status == ENT_OK && e < ent_network_edge_count(net);
             e++) {
            status = add_union_tie(
                u, type,
                ent_network_vertex_entity(net, ent_network_edge_from(net, e))
                    ->id,
                ent_network_vertex_entity(net, ent_network_edge_to(net, e))
                    ->id);
        }
    }
    return status;
}

static void union_free(union_layout *u) {
    if (u->measured) {
        ent_metrics_destroy(&u->metrics);
    }
    if (u->built) {
        ent_network_destroy(u->network);
    }
    ent_snapshot_free(u->snapshot);
    free(u->ids);
    free(u->x);
    free(u->y);
    free(u->colors);
}

/* Builds, measures (strength, communities) and lays out the union. */
static ent_status union_lay_out(union_layout *u, const ent_comparison_t *c,
                                ent_renderer_t *renderer,
                                const ent_render_options_t *base,
                                ent_diag_list_t *diags) {
    memset(u, 0, sizeof *u);
    u->snapshot = ent_snapshot_new();
    ent_status status =
        u->snapshot ? union_snapshot(c, u->snapshot) : ENT_ENOMEM;
    ent_network_options_t options;
    int options_made = 0;
    if (status == ENT_OK) {
        status = ent_network_options_init(&options);
        options_made = status == ENT_OK;
    }
    if (status == ENT_OK) {
        status =
            ent_network_options_parse(&options, "layer", "union_tie", diags);
    }
    if (status == ENT_OK) {
        status = ent_network_build(&u->network, u->snapshot, &options, diags);
        u->built = status == ENT_OK;
    }
    if (options_made) {
        ent_network_options_destroy(&options);
    }
    ent_metrics_options_t wanted;
    ent_metrics_options_init(&wanted);
    if (status == ENT_OK) {
        status =
            ent_metrics_options_parse(&wanted, "strength,community", diags);
    }
    if (status == ENT_OK) {
        status = ent_metrics_compute(&u->metrics, u->network, &wanted, diags);
        u->measured = status == ENT_OK;
    }
    size_t n = u->built ? ent_network_vertex_count(u->network) : 0;
    u->ids = calloc(n + 1, sizeof *u->ids);
    u->x = calloc(n + 1, sizeof *u->x);
    u->y = calloc(n + 1, sizeof *u->y);
    u->colors = calloc(n + 1, sizeof *u->colors);
    if (status == ENT_OK && (!u->ids || !u->x || !u->y || !u->colors)) {
        status = ENT_ENOMEM;
    }
    if (status == ENT_OK) {
        ent_render_options_t layout = *base;
        layout.size_by = ENT_NODE_STRENGTH;
        layout.size_reference = 0;
        layout.diff = NULL;
        status = ent_render_layout(renderer, u->network, &u->metrics, &layout,
                                   u->x, u->y, diags);
    }
    const double *community =
        u->measured ? u->metrics.node[ENT_NODE_COMMUNITY] : NULL;
    for (size_t v = 0; status == ENT_OK && v < n; v++) {
        u->ids[v] = ent_network_vertex_entity(u->network, v)->id;
        u->colors[v] =
            community && isfinite(community[v]) ? (int)community[v] : -1;
    }
    /* One colour per entity only means something for communities: types
     * already agree, and each panel colours a state by the organization
     * it is most tied to there, one colour per organization throughout. */
    int shared = base->color_by == ENT_COLOR_BY_COMMUNITY;
    u->positions = (ent_render_positions_t){
        u->ids, u->x, u->y, n, shared ? u->colors : NULL,
        shared ? "Colour: community (Louvain) of all snapshots together" : NULL,
        /* Every snapshot's organizations, first seen first. */
        (const char *const *)c->organizations, c->organization_count};
    return status;
}

/* The largest value of the size metric in any snapshot. */
static double shared_size_reference(const ent_comparison_t *c,
                                    ent_node_metric metric) {
    double largest = 0;
    for (size_t i = 0; i < c->count; i++) {
        const double *values = c->snapshots[i].metrics.node[metric];
        for (size_t v = 0;
             values && v < ent_network_vertex_count(c->snapshots[i].network);
             v++) {
            largest = isfinite(values[v]) ? fmax(largest, values[v]) : largest;
        }
    }
    return largest;
}

/* ---- the files -------------------------------------------------------- */

static ent_status add_file(ent_compare_files_t *files, char *name, char *data,
                           size_t length) {
    if (name == NULL ||
        !cmp_grow(&files->files, files->count, sizeof *files->files)) {
        free(name);
        free(data);
        return ENT_ENOMEM;
    }
    files->files[files->count++] = (ent_compare_file_t){name, data, length};
    return ENT_OK;
}

/* NN-ID.EXT with the id made safe as a file name. */
static char *snapshot_file_name(const ent_comparison_t *c, size_t i,
                                const char *extension) {
    char *stem =
        ent_render_file_stem(ent_snapshot_id(c->snapshots[i].snapshot));
    char *name = stem ? malloc(strlen(stem) + strlen(extension) + 32) : NULL;
    if (name != NULL) {
        sprintf(name, "%02zu-%s.%s", i + 1, stem, extension);
    }
    free(stem);
    return name;
}

static ent_status draw_panels(const ent_comparison_t *c,
                              ent_renderer_t *renderer,
                              const ent_render_options_t *shared,
                              ent_compare_files_t *files,
                              ent_diag_list_t *diags) {
    const char *extension = ent_render_format_name(shared->format);
    ent_status status = ENT_OK;
    for (size_t i = 0; status == ENT_OK && i < c->count; i++) {
        char *data = NULL;
        size_t length = 0;
        status = ent_render_memory(renderer, c->snapshots[i].network,
                                   &c->snapshots[i].metrics, shared, &data,
                                   &length, diags);
        if (status == ENT_OK) {
            status = add_file(files, snapshot_file_name(c, i, extension), data,
                              length);
        }
    }
    return status;
}

static char *diff_title(const ent_comparison_t *c, const cmp_pair *pair) {
    const char *a = cmp_snapshot_label(c, pair->from);
    const char *b = cmp_snapshot_label(c, pair->to);
    size_t size = strlen(a) + strlen(b) + 32;
    char *title = malloc(size);
    if (title != NULL) {
        snprintf(title, size, "Changes: %s \xe2\x86\x92 %s", a, b);
    }
    return title;
}

/* With colours by organization, a diff's: each entity's in the later
 * snapshot, or in the earlier one when it is gone; by union id. */
static ent_status diff_colors(const ent_comparison_t *c, const cmp_pair *pair,
                              const ent_render_options_t *shared, int *colors,
                              ent_diag_list_t *diags) {
    const ent_render_positions_t *p = shared->positions;
    for (size_t i = 0; i < p->count; i++) {
        colors[i] = -1;
    }
    ent_status status = ENT_OK;
    for (int side = 0; side < 2 && status == ENT_OK; side++) {
        /* The earlier first: the later one's colours win. */
        const cmp_snapshot *s = &c->snapshots[side ? pair->to : pair->from];
        size_t n = ent_network_vertex_count(s->network);
        int *own = calloc(n + 1, sizeof *own);
        status =
            own ? ent_render_colors(s->network, &s->metrics, shared, own, diags)
                : ENT_ENOMEM;
        /* Each union id looked up in the snapshot's id index, not every
         * vertex against every id (n x p string compares). */
        for (size_t i = 0; status == ENT_OK && i < p->count; i++) {
            size_t entity, v;
            if (ent_snapshot_find_entity(s->snapshot, p->ids[i], &entity) &&
                (v = ent_network_entity_vertex(s->network, entity)) !=
                    ENT_NO_VERTEX) {
                colors[i] = own[v];
            }
        }
        free(own);
    }
    return status;
}

static ent_status draw_diffs(const ent_comparison_t *c,
                             ent_renderer_t *renderer,
                             const ent_render_options_t *shared,
                             ent_compare_files_t *files,
                             ent_diag_list_t *diags) {
    const char *extension = ent_render_format_name(shared->format);
    ent_status status = ENT_OK;
    for (size_t k = 0; status == ENT_OK && k + 1 < c->count; k++) {
        cmp_diff d;
        status = cmp_diff_make(&d, c, &c->pairs[k], shared->size_by, diags);
        ent_render_options_t options = *shared;
        options.diff = &d.style;
        ent_render_positions_t positions = *shared->positions;
        int *colors = NULL;
        if (status == ENT_OK && shared->color_by == ENT_COLOR_BY_ORGANIZATION) {
            colors = calloc(positions.count + 1, sizeof *colors);
            status = colors
                         ? diff_colors(c, &c->pairs[k], shared, colors, diags)
                         : ENT_ENOMEM;
            positions.colors = colors;
            positions.colors_meaning = "Colour: the organization a node is "
                                       "most tied to, in the later snapshot";
            options.positions = &positions;
        }
        char *title = diff_title(c, &c->pairs[k]);
        options.title = title;
        status = status == ENT_OK && title == NULL ? ENT_ENOMEM : status;
        char *data = NULL;
        size_t length = 0;
        if (status == ENT_OK) {
            status = ent_render_memory(renderer, d.network, NULL, &options,
                                       &data, &length, diags);
        }
        char *name = malloc(64);
        if (name != NULL) {
            snprintf(name, 64, "diff-%02zu-%02zu.%s", k + 1, k + 2, extension);
        }
        if (status == ENT_OK) {
            status = add_file(files, name, data, length);
        } else {
            free(name);
            free(data);
        }
        free(title);
        free(colors);
        cmp_diff_free(&d);
    }
    return status;
}

static ent_status positions_file(const union_layout *u,
                                 const ent_render_options_t *shared,
                                 ent_compare_files_t *files) {
    char *data = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&data, &length);
    if (out == NULL) {
        return ENT_ENOMEM;
    }
    ent_status status = ent_render_positions_write(
        out, &u->positions, shared->size_by, shared->size_reference);
    if (fclose(out) != 0 && status == ENT_OK) {
        status = ENT_ENOMEM;
    }
    if (status != ENT_OK) {
        free(data);
        return status;
    }
    return add_file(files, strdup("positions.tsv"), data, length);
}

ent_status ent_compare_draw(const ent_comparison_t *c, ent_renderer_t *renderer,
                            const ent_render_options_t *options,
                            ent_compare_files_t *files,
                            ent_diag_list_t *diags) {
    memset(files, 0, sizeof *files);
    ent_render_options_t shared;
    if (options != NULL) {
        shared = *options;
    } else {
        ent_render_options_init(&shared);
    }
    if (shared.clusters || shared.positions != NULL || shared.diff != NULL ||
        shared.title != NULL) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "compare draws its own positions, titles and diffs: "
                     "clusters, positions, a diff or a title cannot be given");
        return ENT_EUSAGE;
    }
    union_layout u;
    ent_status status = union_lay_out(&u, c, renderer, &shared, diags);
    shared.positions = &u.positions;
    if (shared.size_reference <= 0) {
        shared.size_reference = shared_size_reference(c, shared.size_by);
    }
    if (status == ENT_OK) {
        status = draw_panels(c, renderer, &shared, files, diags);
    }
    if (status == ENT_OK) {
        status = draw_diffs(c, renderer, &shared, files, diags);
    }
    if (status == ENT_OK) {
        status = positions_file(&u, &shared, files);
    }
    union_free(&u);
    if (status != ENT_OK) {
        ent_compare_files_free(files);
    }
    return status;
}

void ent_compare_files_free(ent_compare_files_t *files) {
    for (size_t i = 0; i < files->count; i++) {
        free(files->files[i].name);
        free(files->files[i].data);
    }
    free(files->files);
    memset(files, 0, sizeof *files);
}
