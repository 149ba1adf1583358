/*
 * Turning the relations an article yielded into an "entente/1" snapshot
 * that validates: only relation types the snapshot knows, endpoint types
 * the type allows, and only entities that take part in a relation.
 */
#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract_internal.h"

/* The file name of `path` without its directory (and extension). */
static char *base_name(const char *path, int strip_extension) {
    const char *slash = strrchr(path, '/');
    const char *name = slash ? slash + 1 : path;
    size_t n = strlen(name);
    const char *dot = strrchr(name, '.');
    if (strip_extension && dot != NULL && dot != name) {
        n = (size_t)(dot - name);
    }
    char *copy = malloc(n + 1);
    if (copy != NULL) {
        memcpy(copy, name, n);
        copy[n] = '\0';
    }
    return copy;
}

/* Header, source and the custom relation types. */
static ent_status add_header(ent_snapshot_t *s, const char *path,
                             const ent_extract_options_t *o,
                             const found_relation *items, size_t count) {
    ent_status status = ENT_OK;
    char *id = base_name(path, 1);
    char *file = base_name(path, 0);
    char title[512];
    cJSON *attributes = cJSON_CreateObject();
    if (id == NULL || file == NULL || attributes == NULL ||
        cJSON_AddStringToObject(attributes, "file", path) == NULL) {
        status = ENT_ENOMEM;
        goto cleanup;
    }
    snprintf(title, sizeof title, "Draft extracted from %s", file);
    status = ent_snapshot_set_header(
        s, o->snapshot_id ? o->snapshot_id : (id[0] ? id : "article"),
        o->title ? o->title : title, o->date);
    if (status != ENT_OK) {
        goto cleanup;
    }
    ent_source_t source = {0};
    source.id = "article";
    source.title = file;
    source.attributes = attributes;
    status = ent_snapshot_add_source(s, &source, NULL);
    if (status == ENT_OK) {
        attributes = NULL; /* the snapshot owns it */
    }
    for (size_t i = 0; status == ENT_OK && i < extract_custom_type_count; i++) {
        const custom_type *c = &extract_custom_types[i];
        size_t k = 0;
        while (k < count && strcmp(items[k].type, c->name) != 0) {
            k++;
        }
        if (k == count) {
            continue; /* declared only when used */
        }
        ent_relation_type_t type = {0};
        type.name = c->name;
        type.directed = 1;
        type.default_weight = 1.0;
        type.source_types = ent_entity_type_bit(c->source);
        type.target_types = ent_entity_type_bit(c->target);
        status = ent_snapshot_add_relation_type(s, &type, NULL);
    }
cleanup:
    cJSON_Delete(attributes);
    free(id);
    free(file);
    return status;
}

static ent_entity_type type_of(const ent_gazetteer_t *g, size_t entity) {
    return entity == EXTRACT_EVENT ? ENT_ENTITY_EVENT
                                   : g->entities[entity].type;
}

/* 1 when the relation type accepts the endpoint types. */
static int types_fit(const ent_snapshot_t *s, const ent_gazetteer_t *g,
                     const found_relation *r, size_t *type_index) {
    if (!ent_snapshot_find_relation_type(s, r->type, type_index)) {
        return 0;
    }
    const ent_relation_type_t *t = ent_snapshot_relation_type(s, *type_index);
    ent_entity_type_set from = ent_entity_type_bit(type_of(g, r->source));
    ent_entity_type_set to = ent_entity_type_bit(type_of(g, r->target));
    return (t->source_types == 0 || (t->source_types & from)) &&
           (t->target_types == 0 || (t->target_types & to));
}

/* Adds the entity once; *index receives its snapshot index. */
static ent_status add_entity(ent_snapshot_t *s, const ent_gazetteer_t *g,
                             size_t entity, const char *event_id,
                             const ent_extract_options_t *o, size_t *map,
                             size_t *index) {
    size_t slot = entity == EXTRACT_EVENT ? g->entity_count : entity;
    if (map[slot] != SIZE_MAX) {
        *index = map[slot];
        return ENT_OK;
    }
    ent_entity_t record = {0};
    if (entity == EXTRACT_EVENT) {
        record.id = event_id;
        record.type = ENT_ENTITY_EVENT;
        record.name = o->title ? o->title : "summit";
        record.date = o->date;
    } else {
        record.id = g->entities[entity].id;
        record.type = g->entities[entity].type;
        record.name = g->entities[entity].name;
    }
    ent_status status = ent_snapshot_add_entity(s, &record, index);
    if (status == ENT_OK) {
        map[slot] = *index;
    }
    return status;
}

/* The attributes of a drafted relation, in this order: span, confidence,
 * extracted, pattern, then hedged, inferred and inferred_from when so. */
static cJSON *relation_attributes(const ent_gazetteer_t *g,
                                  const found_relation *r) {
    cJSON *a = cJSON_CreateObject();
    cJSON *span = cJSON_CreateArray();
    if (a == NULL || span == NULL) {
        cJSON_Delete(a);
        cJSON_Delete(span);
        return NULL;
    }
    cJSON_AddItemToObject(a, "span", span);
    cJSON *start = cJSON_CreateNumber((double)r->where.start);
    cJSON *end = cJSON_CreateNumber((double)r->where.end);
    if (start == NULL || end == NULL || !cJSON_AddItemToArray(span, start) ||
        !cJSON_AddItemToArray(span, end) ||
        cJSON_AddNumberToObject(a, "confidence", r->confidence) == NULL ||
        cJSON_AddTrueToObject(a, "extracted") == NULL ||
        cJSON_AddStringToObject(a, "pattern", r->pattern) == NULL ||
        ((r->flags & FOUND_HEDGED) &&
         cJSON_AddTrueToObject(a, "hedged") == NULL) ||
        ((r->flags & FOUND_INFERRED) &&
         (cJSON_AddTrueToObject(a, "inferred") == NULL ||
          cJSON_AddStringToObject(a, "inferred_from", g->entities[r->via].id) ==
              NULL))) {
        cJSON_Delete(a);
        return NULL;
    }
    return a;
}

static ent_status add_relation(ent_snapshot_t *s, const ent_gazetteer_t *g,
                               const found_relation *r, size_t type,
                               size_t source, size_t target, const char *text) {
    ent_status status = ENT_OK;
    size_t n = r->where.end - r->where.start;
    char *evidence = malloc(n + 1);
    cJSON *attributes = relation_attributes(g, r);
    if (evidence == NULL || attributes == NULL) {
        status = ENT_ENOMEM;
        goto cleanup;
    }
    memcpy(evidence, text + r->where.start, n);
    evidence[n] = '\0';
    ent_relation_t record = {0};
    record.type = type;
    record.source = source;
    record.target = target;
    record.weight = ent_snapshot_relation_type(s, type)->default_weight;
    record.role = r->role;
    record.term = r->term[0] ? r->term : NULL;
    record.source_ref = "article";
    record.evidence = evidence;
    record.attributes = attributes;
    if (r->status != NULL) {
        ent_membership_status_parse(r->status, &record.status);
    }
    status = ent_snapshot_add_relation(s, &record, NULL);
    if (status == ENT_OK) {
        attributes = NULL;
    }
cleanup:
    cJSON_Delete(attributes);
    free(evidence);
    return status;
}

void extract_event_id(const ent_extract_options_t *o, char *out, size_t size) {
    if (o->event_id != NULL) {
        snprintf(out, size, "%s", o->event_id);
    } else if (o->date != NULL) {
        snprintf(out, size, "summit-%.4s", o->date);
    } else {
        snprintf(out, size, "summit");
    }
}

ent_status extract_build_snapshot(ent_snapshot_t **snapshot,
                                  const ent_gazetteer_t *g,
                                  const found_relation *items, size_t count,
                                  const char *text, const char *path,
                                  const ent_extract_options_t *o,
                                  ent_diag_list_t *diags) {
    ent_status status = ENT_OK;
    char event_id[256];
    ent_snapshot_t *s = ent_snapshot_new();
    size_t *map = malloc((g->entity_count + 1) * sizeof *map);
    *snapshot = NULL;
    if (s == NULL || map == NULL) {
        status = ENT_ENOMEM;
        goto cleanup;
    }
    for (size_t i = 0; i <= g->entity_count; i++) {
        map[i] = SIZE_MAX;
    }
    extract_event_id(o, event_id, sizeof event_id);
    const char *event = o->event_id ? o->event_id : event_id;
    status = add_header(s, path, o, items, count);
    for (size_t i = 0; status == ENT_OK && i < count; i++) {
        size_t type, source, target;
        if (!types_fit(s, g, &items[i], &type)) {
            continue;
        }
        status = add_entity(s, g, items[i].source, event, o, map, &source);
        if (status == ENT_OK) {
            status = add_entity(s, g, items[i].target, event, o, map, &target);
        }
        if (status == ENT_OK) {
            status = add_relation(s, g, &items[i], type, source, target, text);
        }
    }
    if (status == ENT_EINPUT) {
        /* A gazetteer id that clashes with the event id. */
        ent_diag_add(diags, ENT_SEVERITY_ERROR, path, 0, 0, NULL,
                     "event id '%s' is also a gazetteer id: choose another "
                     "with --event",
                     event);
    }
    if (status == ENT_OK) {
        *snapshot = s;
        s = NULL;
    }
cleanup:
    ent_snapshot_free(s);
    free(map);
    return status;
}
