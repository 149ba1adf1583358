/*
 * The semantic walk over a parsed snapshot: header, sources, declared
 * relation types and entities. Relations are in validate_relations.c.
 *
 * The walk reports every problem it finds (up to the error limit) rather
 * than stopping at the first, and adds a record to the snapshot only when
 * the record itself is valid.
 */
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "load/walk.h"

void walk_report(walker *w, ent_severity severity, const char *key,
                 const char *format, ...) {
    size_t mark = w->path.length;
    if (key != NULL) {
        path_push_key(&w->path, key);
    }
    va_list args;
    va_start(args, format);
    pending_addv(w->diags, severity, w->path.failed ? "" : w->path.data, 0,
                 format, args);
    va_end(args);
    path_truncate(&w->path, mark);
}

const char *json_kind(const cJSON *item) {
    if (cJSON_IsString(item)) {
        return "a string";
    }
    if (cJSON_IsNumber(item)) {
        return "a number";
    }
    if (cJSON_IsObject(item)) {
        return "an object";
    }
    if (cJSON_IsArray(item)) {
        return "an array";
    }
    if (cJSON_IsBool(item)) {
        return "a boolean";
    }
    return "null";
}

static size_t find_spec(const member_spec *specs, size_t count,
                        const char *name) {
    for (size_t i = 0; i < count; i++) {
        if (specs[i].name[0] == name[0] && strcmp(specs[i].name, name) == 0) {
            return i;
        }
    }
    return count;
}

int walk_collect_members(walker *w, cJSON *object, const member_spec *specs,
                         size_t count, const cJSON **found,
                         cJSON **attributes) {
    if (!cJSON_IsObject(object)) {
        walk_report(w, ENT_SEVERITY_ERROR, NULL, "expected an object, found %s",
                    json_kind(object));
        return 0;
    }
    for (size_t i = 0; i < count; i++) {
        found[i] = NULL;
    }
    cJSON *next = NULL;
    for (cJSON *member = object->child; member != NULL; member = next) {
        next = member->next;
        size_t spec = find_spec(specs, count, member->string);
        if (spec < count && found[spec] != NULL) {
            walk_report(w, ENT_SEVERITY_ERROR, NULL,
                        "duplicate member \"%s\" (JSON names must be "
                        "unique in an object)",
                        member->string);
        } else if (spec < count) {
            found[spec] = member;
        } else {
            /* Unknown members are data: keep them, type and order intact. */
            if (*attributes == NULL &&
                (*attributes = cJSON_CreateObject()) == NULL) {
                w->diags->nomem = 1;
                return 0;
            }
            cJSON_DetachItemViaPointer(object, member);
            cJSON_AddItemToArray(*attributes, member); /* keeps its name */
        }
    }
    if (*attributes != NULL) {
        walk_check_unique_names(w, *attributes);
    }
    for (size_t i = 0; i < count; i++) {
        if (specs[i].required && found[i] == NULL) {
            walk_report(w, ENT_SEVERITY_ERROR, NULL,
                        "missing required member \"%s\"", specs[i].name);
        }
    }
    return 1;
}

const char *walk_expect_string(walker *w, const cJSON *item, const char *key) {
    if (!cJSON_IsString(item)) {
        walk_report(w, ENT_SEVERITY_ERROR, key,
                    "expected a string for \"%s\", found %s", key,
                    json_kind(item));
        return NULL;
    }
    return item->valuestring;
}

static int field_is_valid(walker *w, const member_spec *spec,
                          const char *value) {
    switch (spec->kind) {
    case FIELD_ID:
        if (value[0] == '\0') {
            walk_report(w, ENT_SEVERITY_ERROR, spec->name,
                        "\"%s\" must not be empty", spec->name);
            return 0;
        }
        return 1;
    case FIELD_DATE:
        if (!ent_date_is_valid(value)) {
            walk_report(w, ENT_SEVERITY_ERROR, spec->name,
                        "invalid date \"%s\" (expected a real calendar "
                        "date as YYYY-MM-DD, YYYY-MM or YYYY)",
                        value);
            return 0;
        }
        return 1;
    case FIELD_PERIOD:
        if (!ent_period_is_valid(value)) {
            walk_report(w, ENT_SEVERITY_ERROR, spec->name,
                        "invalid period \"%s\" (expected a date, "
                        "YYYY-YYYY or DATE/DATE)",
                        value);
            return 0;
        }
        return 1;
    case FIELD_STRING:
    case FIELD_CUSTOM:
        return 1;
    }
    return 1;
}

void walk_read_string_fields(walker *w, const member_spec *specs, size_t count,
                             const cJSON **found, void *record) {
    for (size_t i = 0; i < count; i++) {
        if (specs[i].kind == FIELD_CUSTOM || found[i] == NULL) {
            continue;
        }
        const char *value = walk_expect_string(w, found[i], specs[i].name);
        if (value != NULL && field_is_valid(w, &specs[i], value)) {
            *(const char **)((char *)record + specs[i].offset) = value;
        }
    }
}

/* Runs `visit` on each element of the array member `key` of the document,
 * with the walk's path pointing at the element. */
static void walk_array(walker *w, cJSON *array, const char *key,
                       void (*visit)(walker *, cJSON *)) {
    size_t mark = w->path.length;
    path_push_key(&w->path, key);
    if (!cJSON_IsArray(array)) {
        walk_report(w, ENT_SEVERITY_ERROR, NULL,
                    "expected an array for \"%s\", found %s", key,
                    json_kind(array));
        path_truncate(&w->path, mark);
        return;
    }
    size_t index = 0;
    cJSON *next = NULL;
    for (cJSON *item = array->child; item && !w->diags->stopped; item = next) {
        next = item->next;
        size_t item_mark = w->path.length;
        path_push_index(&w->path, index++);
        visit(w, item);
        path_truncate(&w->path, item_mark);
    }
    path_truncate(&w->path, mark);
}

static void record_added(walker *w, ent_status status, const char *what) {
    if (status == ENT_ENOMEM) {
        w->diags->nomem = 1;
    } else if (status != ENT_OK) {
        walk_report(w, ENT_SEVERITY_ERROR, NULL, "%s could not be added", what);
    }
}

/* ---- sources ------------------------------------------------------------ */

static const member_spec source_specs[] = {
    {"id", FIELD_ID, offsetof(ent_source_t, id), 1},
    {"title", FIELD_STRING, offsetof(ent_source_t, title), 0},
    {"publisher", FIELD_STRING, offsetof(ent_source_t, publisher), 0},
    {"url", FIELD_STRING, offsetof(ent_source_t, url), 0},
    {"accessed", FIELD_DATE, offsetof(ent_source_t, accessed), 0},
};
enum { SOURCE_SPECS = sizeof source_specs / sizeof source_specs[0] };

static void visit_source(walker *w, cJSON *item) {
    const cJSON *found[SOURCE_SPECS];
    ent_source_t source = {0};
    size_t errors = w->diags->errors;
    if (!walk_collect_members(w, item, source_specs, SOURCE_SPECS, found,
                              &source.attributes)) {
        return;
    }
    walk_read_string_fields(w, source_specs, SOURCE_SPECS, found, &source);
    size_t first;
    if (source.id != NULL &&
        ent_snapshot_find_source(w->snapshot, source.id, &first)) {
        walk_report(w, ENT_SEVERITY_ERROR, "id",
                    "duplicate source id \"%s\", first declared at "
                    "/sources/%zu",
                    source.id, first);
    }
    if (w->diags->errors == errors) {
        ent_status status = ent_snapshot_add_source(w->snapshot, &source, NULL);
        record_added(w, status, "source");
        if (status == ENT_OK) {
            return; /* the snapshot owns the attributes now */
        }
    }
    cJSON_Delete(source.attributes);
}

/* ---- declared relation types --------------------------------------------- */

static const member_spec relation_type_specs[] = {
    {"directed", FIELD_CUSTOM, 0, 0},
    {"default_weight", FIELD_CUSTOM, 0, 0},
    {"source_types", FIELD_CUSTOM, 0, 0},
    {"target_types", FIELD_CUSTOM, 0, 0},
    {"share", FIELD_CUSTOM, 0, 0},
};
enum {
    TYPE_DIRECTED,
    TYPE_DEFAULT_WEIGHT,
    TYPE_SOURCE_TYPES,
    TYPE_TARGET_TYPES,
    TYPE_SHARE,
    TYPE_SPECS
};

static int read_bool(walker *w, const cJSON *item, const char *key,
                     int fallback) {
    if (item == NULL) {
        return fallback;
    }
    if (!cJSON_IsBool(item)) {
        walk_report(w, ENT_SEVERITY_ERROR, key,
                    "expected true or false for \"%s\", found %s", key,
                    json_kind(item));
        return fallback;
    }
    return cJSON_IsTrue(item);
}

static ent_entity_type_set read_type_set(walker *w, const cJSON *item,
                                         const char *key) {
    ent_entity_type_set set = 0;
    if (item == NULL) {
        return 0;
    }
    if (!cJSON_IsArray(item)) {
        walk_report(w, ENT_SEVERITY_ERROR, key,
                    "expected an array of entity types for \"%s\", found %s",
                    key, json_kind(item));
        return 0;
    }
    size_t mark = w->path.length;
    path_push_key(&w->path, key);
    size_t index = 0;
    for (const cJSON *element = item->child; element; element = element->next) {
        size_t element_mark = w->path.length;
        path_push_index(&w->path, index++);
        ent_entity_type type;
        if (!cJSON_IsString(element)) {
            walk_report(w, ENT_SEVERITY_ERROR, NULL,
                        "expected an entity type, found %s",
                        json_kind(element));
        } else if (!ent_entity_type_parse(element->valuestring, &type)) {
            walk_report(w, ENT_SEVERITY_ERROR, NULL,
                        "unknown entity type \"%s\" (expected state, "
                        "organization, person, event or group)",
                        element->valuestring);
        } else {
            set |= ent_entity_type_bit(type);
        }
        path_truncate(&w->path, element_mark);
    }
    path_truncate(&w->path, mark);
    return set;
}

int walk_check_weight(walker *w, const cJSON *item, const char *key, int share,
                      const char *type_name, double *weight) {
    if (!cJSON_IsNumber(item)) {
        walk_report(w, ENT_SEVERITY_ERROR, key,
                    "expected a number for \"%s\", found %s", key,
                    json_kind(item));
        return 0;
    }
    double value = item->valuedouble;
    if (!isfinite(value)) {
        walk_report(w, ENT_SEVERITY_ERROR, key,
                    "\"%s\" must be a finite number, found one too large "
                    "to represent",
                    key);
        return 0;
    }
    if (value <= 0) {
        walk_report(w, ENT_SEVERITY_ERROR, key,
                    "\"%s\" must be greater than 0, found %.17g", key, value);
        return 0;
    }
    if (share && value > 1) {
        walk_report(w, ENT_SEVERITY_ERROR, key,
                    "\"%s\" of \"%s\" is a share and must lie in (0, 1], "
                    "found %.17g",
                    key, type_name, value);
        return 0;
    }
    if (value < ENT_WEIGHT_MIN || value > ENT_WEIGHT_MAX) {
        walk_report(w, ENT_SEVERITY_ERROR, key,
                    "\"%s\" must lie between %g and %g, found %.17g", key,
                    ENT_WEIGHT_MIN, ENT_WEIGHT_MAX, value);
        return 0;
    }
    *weight = value;
    return 1;
}

static void visit_relation_type(walker *w, cJSON *item) {
    const cJSON *found[TYPE_SPECS];
    ent_relation_type_t type = {item->string, 1, 1.0, 0, 0, 0, 0, NULL};
    int name_ok = 0;
    if (type.name[0] == '\0') {
        walk_report(w, ENT_SEVERITY_ERROR, NULL,
                    "a relation type name must not be empty");
    } else if (ent_snapshot_find_relation_type(w->snapshot, type.name, NULL)) {
        walk_report(w, ENT_SEVERITY_ERROR, NULL,
                    "relation type \"%s\" is built in or already declared",
                    type.name);
    } else {
        name_ok = 1;
    }
    if (walk_collect_members(w, item, relation_type_specs, TYPE_SPECS, found,
                             &type.attributes)) {
        type.directed = read_bool(w, found[TYPE_DIRECTED], "directed", 1);
        type.weight_is_share = read_bool(w, found[TYPE_SHARE], "share", 0);
        type.source_types =
            read_type_set(w, found[TYPE_SOURCE_TYPES], "source_types");
        type.target_types =
            read_type_set(w, found[TYPE_TARGET_TYPES], "target_types");
        if (found[TYPE_DEFAULT_WEIGHT] != NULL) {
            walk_check_weight(w, found[TYPE_DEFAULT_WEIGHT], "default_weight",
                              type.weight_is_share, type.name,
                              &type.default_weight);
        }
    }
    /* Declared, even with faults in its members: the load fails on those,
     * and its relations are checked against what could be read instead of
     * being called undeclared. */
    if (name_ok) {
        ent_status status =
            ent_snapshot_add_relation_type(w->snapshot, &type, NULL);
        record_added(w, status, "relation type");
        if (status == ENT_OK) {
            return;
        }
    }
    cJSON_Delete(type.attributes);
}

void walk_relation_types(walker *w, cJSON *object) {
    size_t mark = w->path.length;
    path_push_key(&w->path, "relation_types");
    if (!cJSON_IsObject(object)) {
        walk_report(w, ENT_SEVERITY_ERROR, NULL,
                    "expected an object for \"relation_types\", found %s",
                    json_kind(object));
    } else {
        for (cJSON *item = object->child; item && !w->diags->stopped;
             item = item->next) {
            size_t item_mark = w->path.length;
            path_push_key(&w->path, item->string);
            visit_relation_type(w, item);
            path_truncate(&w->path, item_mark);
        }
    }
    path_truncate(&w->path, mark);
}

/* ---- entities ------------------------------------------------------------ */

static const member_spec entity_specs[] = {
    {"id", FIELD_ID, offsetof(ent_entity_t, id), 1},
    {"type", FIELD_CUSTOM, 0, 1},
    {"name", FIELD_STRING, offsetof(ent_entity_t, name), 0},
    {"aliases", FIELD_CUSTOM, 0, 0},
    {"date", FIELD_DATE, offsetof(ent_entity_t, date), 0},
};
enum { ENTITY_TYPE = 1, ENTITY_ALIASES = 3, ENTITY_SPECS = 5 };

static void read_entity_type(walker *w, const cJSON *item,
                             ent_entity_t *entity) {
    const char *name = walk_expect_string(w, item, "type");
    if (name != NULL && !ent_entity_type_parse(name, &entity->type)) {
        walk_report(w, ENT_SEVERITY_ERROR, "type",
                    "unknown entity type \"%s\" (expected state, "
                    "organization, person, event or group)",
                    name);
    }
}

/* Fills entity->aliases with a heap array the caller frees. */
static void read_aliases(walker *w, const cJSON *item, ent_entity_t *entity) {
    if (!cJSON_IsArray(item)) {
        walk_report(w, ENT_SEVERITY_ERROR, "aliases",
                    "expected an array of strings for \"aliases\", found %s",
                    json_kind(item));
        return;
    }
    size_t count = (size_t)cJSON_GetArraySize(item);
    const char **aliases = calloc(count + 1, sizeof *aliases);
    if (aliases == NULL) {
        w->diags->nomem = 1;
        return;
    }
    size_t index = 0;
    for (const cJSON *alias = item->child; alias; alias = alias->next) {
        if (!cJSON_IsString(alias)) {
            size_t mark = w->path.length;
            path_push_key(&w->path, "aliases");
            path_push_index(&w->path, index);
            walk_report(w, ENT_SEVERITY_ERROR, NULL,
                        "expected a string for an alias, found %s",
                        json_kind(alias));
            path_truncate(&w->path, mark);
        }
        aliases[index++] = alias->valuestring;
    }
    entity->aliases = aliases;
    entity->alias_count = count;
}

void walk_entity(walker *w, cJSON *item) {
    const cJSON *found[ENTITY_SPECS];
    ent_entity_t entity = {0};
    entity.type = ENT_ENTITY_TYPE_COUNT;
    size_t errors = w->diags->errors;
    if (!walk_collect_members(w, item, entity_specs, ENTITY_SPECS, found,
                              &entity.attributes)) {
        return;
    }
    walk_read_string_fields(w, entity_specs, ENTITY_SPECS, found, &entity);
    if (found[ENTITY_TYPE] != NULL) {
        read_entity_type(w, found[ENTITY_TYPE], &entity);
    }
    if (found[ENTITY_ALIASES] != NULL) {
        read_aliases(w, found[ENTITY_ALIASES], &entity);
    }
    size_t first;
    if (entity.id != NULL &&
        ent_snapshot_find_entity(w->snapshot, entity.id, &first)) {
        walk_report(w, ENT_SEVERITY_ERROR, "id",
                    "duplicate entity id \"%s\", first declared at "
                    "/entities/%zu",
                    entity.id, first);
    }
    ent_status status = ENT_EINPUT;
    if (w->diags->errors == errors) {
        status = ent_snapshot_add_entity(w->snapshot, &entity, NULL);
        record_added(w, status, "entity");
    }
    free((void *)entity.aliases);
    if (status != ENT_OK) {
        cJSON_Delete(entity.attributes);
    }
}

/* ---- the document -------------------------------------------------------- */

typedef struct {
    const char *id, *title, *date;
} header_t;

static const member_spec header_specs[] = {
    {"schema", FIELD_CUSTOM, 0, 0},
    {"id", FIELD_ID, offsetof(header_t, id), 1},
    {"title", FIELD_STRING, offsetof(header_t, title), 0},
    {"date", FIELD_DATE, offsetof(header_t, date), 0},
    {"sources", FIELD_CUSTOM, 0, 0},
    {"relation_types", FIELD_CUSTOM, 0, 0},
    {"entities", FIELD_CUSTOM, 0, 1},
    {"relations", FIELD_CUSTOM, 0, 1},
};
enum {
    HEADER_SCHEMA,
    HEADER_SOURCES = 4,
    HEADER_RELATION_TYPES,
    HEADER_ENTITIES,
    HEADER_RELATIONS,
    HEADER_SPECS
};

/* A wrong schema makes every other message noise: report it alone. */
static int schema_is_supported(walker *w, const cJSON *root) {
    const cJSON *schema = cJSON_GetObjectItemCaseSensitive(root, "schema");
    if (schema == NULL) {
        walk_report(w, ENT_SEVERITY_ERROR, NULL,
                    "missing required member \"schema\" (expected \"%s\")",
                    ENT_SCHEMA);
        return 0;
    }
    if (!cJSON_IsString(schema)) {
        walk_report(w, ENT_SEVERITY_ERROR, "schema",
                    "expected the string \"%s\" for \"schema\", found %s",
                    ENT_SCHEMA, json_kind(schema));
        return 0;
    }
    if (strcmp(schema->valuestring, ENT_SCHEMA) == 0) {
        return 1;
    }
    if (strncmp(schema->valuestring, "entente/", 8) == 0) {
        walk_report(w, ENT_SEVERITY_ERROR, "schema",
                    "unsupported schema version \"%s\" (this version reads "
                    "\"%s\")",
                    schema->valuestring, ENT_SCHEMA);
    } else {
        walk_report(w, ENT_SEVERITY_ERROR, "schema",
                    "not a snapshot: the schema is \"%s\" (expected \"%s\")",
                    schema->valuestring, ENT_SCHEMA);
    }
    return 0;
}

int walk_header(walker *w, cJSON *root, document_parts *parts) {
    memset(parts, 0, sizeof *parts);
    if (!cJSON_IsObject(root)) {
        walk_report(w, ENT_SEVERITY_ERROR, NULL,
                    "expected a JSON object at the top level, found %s",
                    json_kind(root));
        return 0;
    }
    if (!schema_is_supported(w, root)) {
        return 0;
    }
    const cJSON *found[HEADER_SPECS];
    cJSON *attributes = NULL;
    header_t header = {0};
    if (!walk_collect_members(w, root, header_specs, HEADER_SPECS, found,
                              &attributes)) {
        cJSON_Delete(attributes);
        return 0;
    }
    ent_snapshot_set_attributes(w->snapshot, attributes);
    walk_read_string_fields(w, header_specs, HEADER_SPECS, found, &header);
    if (ent_snapshot_set_header(w->snapshot, header.id, header.title,
                                header.date) != ENT_OK) {
        w->diags->nomem = 1;
        return 0;
    }
    parts->sources = (cJSON *)found[HEADER_SOURCES];
    parts->relation_types = (cJSON *)found[HEADER_RELATION_TYPES];
    parts->entities = (cJSON *)found[HEADER_ENTITIES];
    parts->relations = (cJSON *)found[HEADER_RELATIONS];
    return 1;
}

void walk_sources(walker *w, cJSON *sources) {
    walk_array(w, sources, "sources", visit_source);
}

static void walk_document(walker *w, cJSON *root) {
    document_parts parts;
    if (!walk_header(w, root, &parts)) {
        return;
    }
    /* Order matters: relations refer to sources, types and entities. */
    if (parts.sources != NULL) {
        walk_sources(w, parts.sources);
    }
    if (parts.relation_types != NULL) {
        walk_relation_types(w, parts.relation_types);
    }
    if (parts.entities != NULL) {
        walk_array(w, parts.entities, "entities", walk_entity);
        if (cJSON_IsArray(parts.entities)) {
            walk_event_organizations(w, parts.entities);
        }
    }
    if (parts.relations != NULL && !w->diags->stopped) {
        walk_relations(w, parts.relations);
    }
}

void validate_document(cJSON *root, ent_snapshot_t *snapshot, int warnings,
                       pending_list *diags) {
    walker w = {snapshot, diags, {0}};
    path_init(&w.path);
    if (w.path.failed) {
        diags->nomem = 1;
        return;
    }
    walk_document(&w, root);
    /* Warnings about a snapshot that failed would only add noise. */
    if (warnings && diags->errors == 0 && !diags->nomem) {
        walk_relation_warnings(&w);
    }
    path_release(&w.path);
}
