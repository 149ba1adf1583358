/*
 * Persons and summits folded into the entities they touch. A summit
 * drawn as a node with a tie to every participant becomes the largest
 * node and hides the alliance's own hub; a leader drawn as a node doubles
 * the states. So, by default, a summit whose every tie is hosting,
 * attendance or absence is not drawn: the states carry marks instead (a
 * dark outline for attended, a dashed red outline and "absent" for
 * stayed away, a double outline and "host"), and the title names it. A
 * person whose every tie is a leadership or nationality is not drawn
 * either: the surname goes under the label of what the person leads.
 */
#include <stdlib.h>
#include <string.h>

#include "render/render_internal.h"

static int is_one_of(const char *type, const char *const *types) {
    for (size_t i = 0; types[i] != NULL; i++) {
        if (strcmp(type, types[i]) == 0) {
            return 1;
        }
    }
    return 0;
}

static const char *const event_types[] = {"hosts", "attends", "absent_from",
                                          NULL};
static const char *const person_types[] = {"leads", "national_of", NULL};
/* With the summit folded too, a leader's attendance goes with it. */
static const char *const person_event_types[] = {
    "leads", "national_of", "hosts", "attends", "absent_from", NULL};

/* 1 when every relation on every edge of vertex v is of `types`. */
static int only_ties_of(const render_context *ctx, size_t v,
                        const char *const *types) {
    const ent_network_t *net = ctx->network;
    const ent_snapshot_t *s = net->snapshot;
    for (size_t e = 0; e < net->edge_count; e++) {
        if (ent_network_edge_from(net, e) != v &&
            ent_network_edge_to(net, e) != v) {
            continue;
        }
        size_t count;
        const size_t *relations = ent_network_edge_relations(net, e, &count);
        for (size_t k = 0; k < count; k++) {
            const ent_relation_t *r = ent_snapshot_relation(s, relations[k]);
            if (!is_one_of(ent_snapshot_relation_type(s, r->type)->name,
                           types)) {
                return 0;
            }
        }
    }
    return 1;
}

/* The last word of a name: "Vladimir Putin" -> "Putin". */
static const char *surname(const char *name) {
    const char *space = strrchr(name, ' ');
    return space && space[1] ? space + 1 : name;
}

static ent_status add_leader(vertex_geometry *g, const char *name) {
    size_t old = g->leaders ? strlen(g->leaders) : 0;
    char *grown = realloc(g->leaders, old + strlen(name) + 3);
    if (grown == NULL) {
        return ENT_ENOMEM;
    }
    snprintf(grown + old, strlen(name) + 3, "%s%s", old ? ", " : "", name);
    g->leaders = grown;
    return ENT_OK;
}

/* What relation r says of the entity it comes from (a mark or a name). */
static ent_status fold_relation(render_context *ctx, const ent_relation_t *r) {
    const ent_network_t *net = ctx->network;
    const ent_snapshot_t *s = net->snapshot;
    size_t from = net->entity_vertex[r->source];
    size_t to = net->entity_vertex[r->target];
    if (from == ENT_NO_VERTEX || to == ENT_NO_VERTEX ||
        !ctx->geometry[from].drawn || ctx->geometry[to].drawn) {
        return ENT_OK;
    }
    const char *type = ent_snapshot_relation_type(s, r->type)->name;
    vertex_geometry *g = &ctx->geometry[from];
    unsigned mark = strcmp(type, "attends") == 0       ? MARK_ATTENDED
                    : strcmp(type, "absent_from") == 0 ? MARK_ABSENT
                    : strcmp(type, "hosts") == 0       ? MARK_HOST
                                                       : 0;
    g->marks |= mark;
    ctx->marks_used |= mark;
    if (mark != 0 && ctx->summit == NULL) {
        ctx->summit = ent_snapshot_entity(s, r->target);
    }
    return ENT_OK;
}

/* Leaders: the person is the source, what it leads the target. */
static ent_status fold_leader(render_context *ctx, const ent_relation_t *r) {
    const ent_network_t *net = ctx->network;
    const ent_snapshot_t *s = net->snapshot;
    size_t person = net->entity_vertex[r->source];
    size_t led = net->entity_vertex[r->target];
    if (person == ENT_NO_VERTEX || led == ENT_NO_VERTEX ||
        ctx->geometry[person].drawn || !ctx->geometry[led].drawn ||
        strcmp(ent_snapshot_relation_type(s, r->type)->name, "leads") != 0) {
        return ENT_OK;
    }
    return add_leader(
        &ctx->geometry[led],
        surname(ent_entity_label(ent_snapshot_entity(s, r->source))));
}

ent_status render_fold_persons_and_events(render_context *ctx) {
    const ent_network_t *net = ctx->network;
    if (net->projection != ENT_PROJECT_NONE) {
        return ENT_OK;
    }
    for (size_t v = 0; v < net->vertex_count; v++) {
        ent_entity_type type = ent_network_vertex_entity(net, v)->type;
        if (type == ENT_ENTITY_EVENT && !ctx->options->events_as_nodes) {
            ctx->geometry[v].drawn = !only_ties_of(ctx, v, event_types);
        } else if (type == ENT_ENTITY_PERSON &&
                   !ctx->options->persons_as_nodes) {
            ctx->geometry[v].drawn = !only_ties_of(ctx, v,
                                                   ctx->options->events_as_nodes
                                                       ? person_types
                                                       : person_event_types);
        }
    }
    const ent_snapshot_t *s = net->snapshot;
    ent_status status = ENT_OK;
    for (size_t i = 0; status == ENT_OK && i < ent_snapshot_relation_count(s);
         i++) {
        const ent_relation_t *r = ent_snapshot_relation(s, i);
        status = fold_relation(ctx, r);
        if (status == ENT_OK) {
            status = fold_leader(ctx, r);
        }
    }
    return status;
}
