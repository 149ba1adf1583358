/*
 * The semantic walk over relations: types, endpoints and their entity
 * types, weights, statuses, dates and source references; then the
 * warnings about the whole set (self-loops, duplicates, unused entities).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/hash.h"
#include "load/walk.h"

static const member_spec relation_specs[] = {
    {"type", FIELD_CUSTOM, 0, 1},
    {"source", FIELD_CUSTOM, 0, 1},
    {"target", FIELD_CUSTOM, 0, 1},
    {"weight", FIELD_CUSTOM, 0, 0},
    {"status", FIELD_CUSTOM, 0, 0},
    {"source_ref", FIELD_CUSTOM, 0, 0},
    {"role", FIELD_STRING, offsetof(ent_relation_t, role), 0},
    {"term", FIELD_STRING, offsetof(ent_relation_t, term), 0},
    {"since", FIELD_DATE, offsetof(ent_relation_t, since), 0},
    {"until", FIELD_DATE, offsetof(ent_relation_t, until), 0},
    {"period", FIELD_PERIOD, offsetof(ent_relation_t, period), 0},
    {"note", FIELD_STRING, offsetof(ent_relation_t, note), 0},
    {"evidence", FIELD_STRING, offsetof(ent_relation_t, evidence), 0},
};
enum {
    REL_TYPE,
    REL_SOURCE,
    REL_TARGET,
    REL_WEIGHT,
    REL_STATUS,
    REL_SOURCE_REF,
    REL_SPECS = sizeof relation_specs / sizeof relation_specs[0]
};

static const char *with_article(ent_entity_type type) {
    static const char *const names[ENT_ENTITY_TYPE_COUNT] = {
        "a state", "an organization", "a person", "an event", "a group"};
    return names[type];
}

/* "a state or a person" for a set of entity types. */
static void describe_type_set(ent_entity_type_set set, char *out, size_t size) {
    out[0] = '\0';
    size_t length = 0;
    for (unsigned t = 0; t < ENT_ENTITY_TYPE_COUNT; t++) {
        if (set & ent_entity_type_bit((ent_entity_type)t)) {
            int n = snprintf(out + length, size - length, "%s%s",
                             length ? " or " : "",
                             with_article((ent_entity_type)t));
            if (n < 0 || (size_t)n >= size - length) {
                return;
            }
            length += (size_t)n;
        }
    }
}

/* Resolves an endpoint id and checks its entity type against `allowed`. */
static int read_endpoint(walker *w, const cJSON *item, const char *key,
                         const ent_relation_type_t *type, size_t *index) {
    const char *id = walk_expect_string(w, item, key);
    if (id == NULL) {
        return 0;
    }
    if (!ent_snapshot_find_entity(w->snapshot, id, index)) {
        walk_report(w, ENT_SEVERITY_ERROR, key,
                    "relation %s \"%s\" is not a declared entity", key, id);
        return 0;
    }
    if (type == NULL) {
        return 1;
    }
    ent_entity_type_set allowed =
        strcmp(key, "source") == 0 ? type->source_types : type->target_types;
    ent_entity_type entity_type = snapshot_entity_type(w->snapshot, *index);
    if (allowed != 0 && !(allowed & ent_entity_type_bit(entity_type))) {
        char expected[128];
        describe_type_set(allowed, expected, sizeof expected);
        walk_report(w, ENT_SEVERITY_ERROR, key,
                    "\"%s\" needs %s as its %s, but \"%s\" is %s", type->name,
                    expected, key, id, with_article(entity_type));
        return 0;
    }
    return 1;
}

static const ent_relation_type_t *read_type(walker *w, const cJSON *item,
                                            size_t *index) {
    const char *name = walk_expect_string(w, item, "type");
    if (name == NULL) {
        return NULL;
    }
    if (!ent_snapshot_find_relation_type(w->snapshot, name, index)) {
        walk_report(w, ENT_SEVERITY_ERROR, "type",
                    "unknown relation type \"%s\" (declare it in "
                    "\"relation_types\")",
                    name);
        return NULL;
    }
    return ent_snapshot_relation_type(w->snapshot, *index);
}

static void read_status(walker *w, const cJSON *item,
                        ent_relation_t *relation) {
    const char *name = walk_expect_string(w, item, "status");
    if (name != NULL && !ent_membership_status_parse(name, &relation->status)) {
        walk_report(w, ENT_SEVERITY_ERROR, "status",
                    "unknown status \"%s\" (expected active, observer, "
                    "frozen, suspended or former)",
                    name);
    }
}

static void read_source_ref(walker *w, const cJSON *item,
                            ent_relation_t *relation) {
    const char *id = walk_expect_string(w, item, "source_ref");
    if (id == NULL) {
        return;
    }
    if (!ent_snapshot_find_source(w->snapshot, id, NULL)) {
        walk_report(w, ENT_SEVERITY_ERROR, "source_ref",
                    "source_ref \"%s\" names no entry of \"sources\"", id);
        return;
    }
    relation->source_ref = id;
}

void walk_relation(walker *w, cJSON *item) {
    const cJSON *found[REL_SPECS];
    ent_relation_t relation = {0};
    size_t errors = w->diags->errors;
    if (!walk_collect_members(w, item, relation_specs, REL_SPECS, found,
                              &relation.attributes)) {
        return;
    }
    walk_read_string_fields(w, relation_specs, REL_SPECS, found, &relation);
    const ent_relation_type_t *type = NULL;
    if (found[REL_TYPE] != NULL) {
        type = read_type(w, found[REL_TYPE], &relation.type);
    }
    if (found[REL_SOURCE] != NULL) {
        read_endpoint(w, found[REL_SOURCE], "source", type, &relation.source);
    }
    if (found[REL_TARGET] != NULL) {
        read_endpoint(w, found[REL_TARGET], "target", type, &relation.target);
    }
    relation.weight = type ? type->default_weight : 1.0;
    if (found[REL_WEIGHT] != NULL) {
        relation.has_weight = walk_check_weight(
            w, found[REL_WEIGHT], "weight", type && type->weight_is_share,
            type ? type->name : "", &relation.weight);
    }
    if (found[REL_STATUS] != NULL) {
        read_status(w, found[REL_STATUS], &relation);
    }
    if (found[REL_SOURCE_REF] != NULL) {
        read_source_ref(w, found[REL_SOURCE_REF], &relation);
    }
    ent_status status = ENT_EINPUT;
    if (w->diags->errors == errors) {
        status = ent_snapshot_add_relation(w->snapshot, &relation, NULL);
        if (status == ENT_ENOMEM) {
            w->diags->nomem = 1;
        }
    }
    if (status != ENT_OK) {
        cJSON_Delete(relation.attributes);
    }
}

void walk_relations(walker *w, cJSON *relations) {
    size_t mark = w->path.length;
    path_push_key(&w->path, "relations");
    if (!cJSON_IsArray(relations)) {
        walk_report(w, ENT_SEVERITY_ERROR, NULL,
                    "expected an array for \"relations\", found %s",
                    json_kind(relations));
        path_truncate(&w->path, mark);
        return;
    }
    size_t index = 0;
    for (cJSON *item = relations->child; item && !w->diags->stopped;
         item = item->next) {
        size_t item_mark = w->path.length;
        path_push_index(&w->path, index++);
        walk_relation(w, item);
        path_truncate(&w->path, item_mark);
    }
    path_truncate(&w->path, mark);
}

/* ---- warnings ------------------------------------------------------------ */

/* A relation's identity for duplicate detection: undirected types
 * compare their endpoints as an unordered pair. */
typedef struct {
    size_t type, a, b;
} relation_key;

static relation_key key_of(const ent_snapshot_t *s, const ent_relation_t *r) {
    relation_key key = {r->type, r->source, r->target};
    if (!s->relation_types[r->type].directed && key.a > key.b) {
        key.a = r->target;
        key.b = r->source;
    }
    return key;
}

/* Keyed (io/hash.h): a file chooses its relations' endpoints. The three
 * size_t fields leave no padding to hash. */
static uint64_t hash_key(relation_key key) {
    return ent_hash_bytes(&key, sizeof key);
}

/* A slot of the duplicate finder: the high half of the key's hash, and
 * the relation's index + 1 in the low half (0: empty). The hash tells
 * most other keys apart without reading their scattered relations. */
static uint64_t duplicate_slot(uint64_t hash, size_t index) {
    return (hash & ~(uint64_t)UINT32_MAX) | ((uint64_t)index + 1);
}

static void warn_duplicates(walker *w) {
    const ent_snapshot_t *s = w->snapshot;
    if (s->relation_count >= UINT32_MAX) {
        return; /* 500 GB of records: no index fits a slot, no file gets here */
    }
    size_t capacity = 16;
    while (capacity < s->relation_count * 2) {
        capacity *= 2;
    }
    uint64_t *slots = large_array_new(capacity * sizeof *slots);
    if (slots == NULL) {
        w->diags->nomem = 1;
        return;
    }
    memset(slots, 0, capacity * sizeof *slots);
    /* The slots are visited at random: ask for those of relations a few
     * steps ahead, so that their cache misses overlap. */
    enum { LOOKAHEAD = 16 };
    for (size_t i = 0; i < s->relation_count; i++) {
        if (i + LOOKAHEAD < s->relation_count) {
            uint64_t ahead = hash_key(key_of(s, &s->relations[i + LOOKAHEAD]));
            memory_prefetch(&slots[(size_t)ahead & (capacity - 1)]);
        }
        relation_key key = key_of(s, &s->relations[i]);
        uint64_t hash = hash_key(key);
        uint64_t tag = hash >> 32;
        size_t slot = (size_t)hash & (capacity - 1);
        size_t first = SIZE_MAX;
        for (; slots[slot] != 0; slot = (slot + 1) & (capacity - 1)) {
            size_t other_index = (size_t)(slots[slot] & UINT32_MAX) - 1;
            if (slots[slot] >> 32 != tag) {
                continue;
            }
            relation_key other = key_of(s, &s->relations[other_index]);
            if (memcmp(&other, &key, sizeof key) == 0) {
                first = other_index;
                break;
            }
        }
        if (first == SIZE_MAX) {
            slots[slot] = duplicate_slot(hash, i);
            continue;
        }
        size_t mark = w->path.length;
        path_push_key(&w->path, "relations");
        path_push_index(&w->path, i);
        walk_report(w, ENT_SEVERITY_WARNING, NULL,
                    "duplicate relation: \"%s\" between \"%s\" and \"%s\" "
                    "is already at /relations/%zu",
                    s->relation_types[key.type].name,
                    s->entities[s->relations[i].source].id,
                    s->entities[s->relations[i].target].id, first);
        path_truncate(&w->path, mark);
    }
    free(slots);
}

static void warn_self_loops(walker *w) {
    const ent_snapshot_t *s = w->snapshot;
    for (size_t i = 0; i < s->relation_count; i++) {
        const ent_relation_t *r = &s->relations[i];
        if (r->source == r->target) {
            size_t mark = w->path.length;
            path_push_key(&w->path, "relations");
            path_push_index(&w->path, i);
            walk_report(w, ENT_SEVERITY_WARNING, NULL,
                        "relation \"%s\" ties \"%s\" to itself",
                        s->relation_types[r->type].name,
                        s->entities[r->source].id);
            path_truncate(&w->path, mark);
        }
    }
}

static void warn_unused_entities(walker *w) {
    const ent_snapshot_t *s = w->snapshot;
    unsigned char *used = calloc(s->entity_count + 1, 1);
    if (used == NULL) {
        w->diags->nomem = 1;
        return;
    }
    for (size_t i = 0; i < s->relation_count; i++) {
        used[s->relations[i].source] = 1;
        used[s->relations[i].target] = 1;
    }
    for (size_t i = 0; i < s->entity_count; i++) {
        if (!used[i]) {
            size_t mark = w->path.length;
            path_push_key(&w->path, "entities");
            path_push_index(&w->path, i);
            walk_report(w, ENT_SEVERITY_WARNING, NULL,
                        "entity \"%s\" takes part in no relation",
                        s->entities[i].id);
            path_truncate(&w->path, mark);
        }
    }
    free(used);
}

void walk_relation_warnings(walker *w) {
    warn_self_loops(w);
    warn_duplicates(w);
    warn_unused_entities(w);
}

/* The entity of element `item` of the document's "entities", or, with no
 * document (the stream, where every element was added), at `index`. */
static int element_entity(const ent_snapshot_t *s, const cJSON *item,
                          size_t index, size_t *entity) {
    if (item == NULL) {
        *entity = index;
        return index < s->entity_count;
    }
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(item, "id");
    return cJSON_IsString(id) &&
           ent_snapshot_find_entity(s, id->valuestring, entity);
}

/*
 * An event's "organization" names the organization that convened it
 * (attendance is scored for that organization's members only) and its
 * "place" is a string (where it took place). Checked
 * once every entity is declared, since it may name a later one; the
 * member is an attribute of the entity by now.
 */
void walk_event_organizations(walker *w, const cJSON *entities) {
    const ent_snapshot_t *s = w->snapshot;
    const cJSON *item = entities ? entities->child : NULL;
    size_t count =
        entities ? (size_t)cJSON_GetArraySize(entities) : s->entity_count;
    for (size_t index = 0; index < count && !w->diags->stopped;
         index++, item = item ? item->next : NULL) {
        size_t entity, found;
        if (!element_entity(s, item, index, &entity) ||
            s->entities[entity].type != ENT_ENTITY_EVENT) {
            continue;
        }
        const cJSON *attributes = s->entities[entity].attributes;
        const cJSON *named =
            cJSON_GetObjectItemCaseSensitive(attributes, "organization");
        const cJSON *place =
            cJSON_GetObjectItemCaseSensitive(attributes, "place");
        if (named == NULL && place == NULL) {
            continue;
        }
        size_t mark = w->path.length;
        path_push_key(&w->path, "entities");
        path_push_index(&w->path, index);
        if (place != NULL) {
            (void)walk_expect_string(w, place, "place");
        }
        const char *name =
            named ? walk_expect_string(w, named, "organization") : NULL;
        if (name != NULL && !ent_snapshot_find_entity(s, name, &found)) {
            walk_report(w, ENT_SEVERITY_ERROR, "organization",
                        "the event's organization \"%s\" is not a declared "
                        "entity",
                        name);
        } else if (name != NULL &&
                   snapshot_entity_type(s, found) != ENT_ENTITY_ORGANIZATION) {
            walk_report(w, ENT_SEVERITY_ERROR, "organization",
                        "the event's organization \"%s\" is %s, not an "
                        "organization",
                        name, with_article(snapshot_entity_type(s, found)));
        }
        path_truncate(&w->path, mark);
    }
}
