/*
 * The snapshot: one owner for every record, string and attribute object.
 */
#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/buffer.h"
#include "model/model_internal.h"

/* Moves the `used` records of *array into a large block for `count`. */
static int reserve(void **array, size_t *capacity, size_t used, size_t count,
                   size_t size) {
    if (count <= *capacity) {
        return 1;
    }
    if (count > SIZE_MAX / size) {
        return 0;
    }
    void *block = large_array_new(count * size);
    if (block == NULL) {
        return 0;
    }
    if (used > 0) {
        memcpy(block, *array, used * size);
    }
    free(*array);
    *array = block;
    *capacity = count;
    return 1;
}

int snapshot_reserve_entities(ent_snapshot_t *s, size_t count) {
    return reserve((void **)&s->entities, &s->entity_capacity, s->entity_count,
                   count, sizeof *s->entities) &&
           reserve((void **)&s->entity_types, &s->entity_type_capacity,
                   s->entity_count, count, 1);
}

int snapshot_reserve_relations(ent_snapshot_t *s, size_t count) {
    return reserve((void **)&s->relations, &s->relation_capacity,
                   s->relation_count, count, sizeof *s->relations);
}

ent_snapshot_t *ent_snapshot_new(void) {
    ent_snapshot_t *s = calloc(1, sizeof *s);
    if (s == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < builtin_relation_type_count; i++) {
        if (ent_snapshot_add_relation_type(s, &builtin_relation_types[i],
                                           NULL) != ENT_OK) {
            ent_snapshot_free(s);
            return NULL;
        }
    }
    return s;
}

void ent_snapshot_free(ent_snapshot_t *s) {
    if (s == NULL) {
        return;
    }
    cJSON_Delete(s->attributes);
    for (size_t i = 0; i < s->source_count; i++) {
        cJSON_Delete(s->sources[i].attributes);
    }
    for (size_t i = 0; i < s->entity_count; i++) {
        cJSON_Delete(s->entities[i].attributes);
    }
    for (size_t i = 0; i < s->relation_type_count; i++) {
        cJSON_Delete(s->relation_types[i].attributes);
    }
    for (size_t i = 0; i < s->relation_count; i++) {
        cJSON_Delete(s->relations[i].attributes);
    }
    free(s->sources);
    free(s->entities);
    free(s->entity_types);
    free(s->relation_types);
    free(s->relations);
    id_index_release(&s->source_index);
    id_index_release(&s->entity_index);
    id_index_release(&s->relation_type_index);
    arena_release(&s->arena);
    free(s);
}

const char *ent_snapshot_id(const ent_snapshot_t *s) { return s->id; }
const char *ent_snapshot_title(const ent_snapshot_t *s) { return s->title; }
const char *ent_snapshot_date(const ent_snapshot_t *s) { return s->date; }
const cJSON *ent_snapshot_attributes(const ent_snapshot_t *s) {
    return s->attributes;
}

ent_status ent_snapshot_set_header(ent_snapshot_t *s, const char *id,
                                   const char *title, const char *date) {
    int failed = 0;
    const char *new_id = arena_strdup(&s->arena, id, &failed);
    const char *new_title = arena_strdup(&s->arena, title, &failed);
    const char *new_date = arena_strdup(&s->arena, date, &failed);
    if (failed) {
        return ENT_ENOMEM;
    }
    s->id = new_id;
    s->title = new_title;
    s->date = new_date;
    return ENT_OK;
}

void ent_snapshot_set_attributes(ent_snapshot_t *s, cJSON *attributes) {
    cJSON_Delete(s->attributes);
    s->attributes = attributes;
}

size_t ent_snapshot_source_count(const ent_snapshot_t *s) {
    return s->source_count;
}
const ent_source_t *ent_snapshot_source(const ent_snapshot_t *s, size_t i) {
    return i < s->source_count ? &s->sources[i] : NULL;
}
size_t ent_snapshot_entity_count(const ent_snapshot_t *s) {
    return s->entity_count;
}
const ent_entity_t *ent_snapshot_entity(const ent_snapshot_t *s, size_t i) {
    return i < s->entity_count ? &s->entities[i] : NULL;
}
size_t ent_snapshot_relation_count(const ent_snapshot_t *s) {
    return s->relation_count;
}
const ent_relation_t *ent_snapshot_relation(const ent_snapshot_t *s, size_t i) {
    return i < s->relation_count ? &s->relations[i] : NULL;
}
size_t ent_snapshot_relation_type_count(const ent_snapshot_t *s) {
    return s->relation_type_count;
}
const ent_relation_type_t *ent_snapshot_relation_type(const ent_snapshot_t *s,
                                                      size_t i) {
    return i < s->relation_type_count ? &s->relation_types[i] : NULL;
}

int ent_snapshot_find_entity(const ent_snapshot_t *s, const char *id,
                             size_t *index) {
    return id_index_find(&s->entity_index, id, index);
}
int ent_snapshot_find_source(const ent_snapshot_t *s, const char *id,
                             size_t *index) {
    return id_index_find(&s->source_index, id, index);
}
int ent_snapshot_find_relation_type(const ent_snapshot_t *s, const char *name,
                                    size_t *index) {
    return id_index_find(&s->relation_type_index, name, index);
}

int ent_snapshot_event_organization(const ent_snapshot_t *s, size_t event,
                                    size_t *organization) {
    if (event >= s->entity_count ||
        s->entities[event].type != ENT_ENTITY_EVENT) {
        return 0;
    }
    const cJSON *named = cJSON_GetObjectItemCaseSensitive(
        s->entities[event].attributes, "organization");
    size_t index;
    if (!cJSON_IsString(named) ||
        !ent_snapshot_find_entity(s, named->valuestring, &index) ||
        s->entities[index].type != ENT_ENTITY_ORGANIZATION) {
        return 0;
    }
    if (organization != NULL) {
        *organization = index;
    }
    return 1;
}

ent_status ent_snapshot_add_source(ent_snapshot_t *s,
                                   const ent_source_t *record, size_t *index) {
    if (record->id == NULL || record->id[0] == '\0' ||
        ent_snapshot_find_source(s, record->id, NULL)) {
        return ENT_EINPUT;
    }
    if (!grow_array((void **)&s->sources, &s->source_capacity,
                    s->source_count + 1, sizeof *s->sources)) {
        return ENT_ENOMEM;
    }
    int failed = 0;
    ent_source_t copy = *record;
    copy.id = arena_strdup(&s->arena, record->id, &failed);
    copy.title = arena_strdup(&s->arena, record->title, &failed);
    copy.publisher = arena_strdup(&s->arena, record->publisher, &failed);
    copy.url = arena_strdup(&s->arena, record->url, &failed);
    copy.accessed = arena_strdup(&s->arena, record->accessed, &failed);
    if (failed) {
        return ENT_ENOMEM;
    }
    s->sources[s->source_count] = copy;
    if (!id_index_insert(&s->source_index, copy.id, s->source_count)) {
        return ENT_ENOMEM;
    }
    if (index != NULL) {
        *index = s->source_count;
    }
    s->source_count++;
    return ENT_OK;
}

ent_status ent_snapshot_add_entity(ent_snapshot_t *s,
                                   const ent_entity_t *record, size_t *index) {
    if (record->id == NULL || record->id[0] == '\0' ||
        (unsigned)record->type >= ENT_ENTITY_TYPE_COUNT ||
        ent_snapshot_find_entity(s, record->id, NULL)) {
        return ENT_EINPUT;
    }
    if (!grow_array((void **)&s->entities, &s->entity_capacity,
                    s->entity_count + 1, sizeof *s->entities) ||
        !grow_array((void **)&s->entity_types, &s->entity_type_capacity,
                    s->entity_count + 1, 1)) {
        return ENT_ENOMEM;
    }
    int failed = 0;
    ent_entity_t copy = *record;
    copy.id = arena_strdup(&s->arena, record->id, &failed);
    copy.name = arena_strdup(&s->arena, record->name, &failed);
    copy.date = arena_strdup(&s->arena, record->date, &failed);
    copy.aliases = NULL;
    if (record->aliases != NULL) {
        /* An empty list stays a list (one spare slot keeps the pointer
         * non-NULL): the writer leaves out only aliases that were absent. */
        copy.aliases = arena_alloc(&s->arena, (record->alias_count + 1) *
                                                  sizeof *copy.aliases);
        failed |= copy.aliases == NULL;
        for (size_t i = 0; !failed && i < record->alias_count; i++) {
            copy.aliases[i] =
                arena_strdup(&s->arena, record->aliases[i], &failed);
        }
    }
    if (failed) {
        return ENT_ENOMEM;
    }
    s->entities[s->entity_count] = copy;
    s->entity_types[s->entity_count] = (unsigned char)copy.type;
    if (!id_index_insert(&s->entity_index, copy.id, s->entity_count)) {
        return ENT_ENOMEM;
    }
    if (index != NULL) {
        *index = s->entity_count;
    }
    s->entity_count++;
    return ENT_OK;
}

ent_status ent_snapshot_add_relation_type(ent_snapshot_t *s,
                                          const ent_relation_type_t *record,
                                          size_t *index) {
    if (record->name == NULL || record->name[0] == '\0' ||
        ent_snapshot_find_relation_type(s, record->name, NULL)) {
        return ENT_EINPUT;
    }
    if (!grow_array((void **)&s->relation_types, &s->relation_type_capacity,
                    s->relation_type_count + 1, sizeof *s->relation_types)) {
        return ENT_ENOMEM;
    }
    int failed = 0;
    ent_relation_type_t copy = *record;
    copy.name = arena_strdup(&s->arena, record->name, &failed);
    if (failed) {
        return ENT_ENOMEM;
    }
    s->relation_types[s->relation_type_count] = copy;
    if (!id_index_insert(&s->relation_type_index, copy.name,
                         s->relation_type_count)) {
        return ENT_ENOMEM;
    }
    if (index != NULL) {
        *index = s->relation_type_count;
    }
    s->relation_type_count++;
    return ENT_OK;
}

ent_status ent_snapshot_add_relation(ent_snapshot_t *s,
                                     const ent_relation_t *record,
                                     size_t *index) {
    if (record->type >= s->relation_type_count ||
        record->source >= s->entity_count ||
        record->target >= s->entity_count) {
        return ENT_EINPUT;
    }
    if (!grow_array((void **)&s->relations, &s->relation_capacity,
                    s->relation_count + 1, sizeof *s->relations)) {
        return ENT_ENOMEM;
    }
    int failed = 0;
    ent_relation_t copy = *record;
    copy.role = arena_strdup(&s->arena, record->role, &failed);
    copy.term = arena_strdup(&s->arena, record->term, &failed);
    copy.since = arena_strdup(&s->arena, record->since, &failed);
    copy.until = arena_strdup(&s->arena, record->until, &failed);
    copy.period = arena_strdup(&s->arena, record->period, &failed);
    copy.source_ref = arena_strdup(&s->arena, record->source_ref, &failed);
    copy.note = arena_strdup(&s->arena, record->note, &failed);
    copy.evidence = arena_strdup(&s->arena, record->evidence, &failed);
    if (failed) {
        return ENT_ENOMEM;
    }
    s->relations[s->relation_count] = copy;
    if (index != NULL) {
        *index = s->relation_count;
    }
    s->relation_count++;
    return ENT_OK;
}
