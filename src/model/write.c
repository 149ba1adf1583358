/*
 * Serializing a snapshot back to "entente/1" JSON.
 *
 * The writer emits text directly rather than building a cJSON tree, so that
 * attribute objects need not be copied, and so that the layout (two-space
 * indent, short scalar arrays on one line) is ours and stable.
 */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/buffer.h"
#include "model/model_internal.h"

typedef struct {
    byte_buffer out;
    int depth;
    int first; /* no member yet in the innermost container */
} writer_t;

static void put(writer_t *w, const char *text, size_t length) {
    buffer_append(&w->out, text, length);
}

static void put_text(writer_t *w, const char *text) {
    put(w, text, strlen(text));
}

static void put_string(writer_t *w, const char *text) {
    put(w, "\"", 1);
    const char *run = text;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        const char *escape = NULL;
        char buffer[8];
        switch (*p) {
        case '"':
            escape = "\\\"";
            break;
        case '\\':
            escape = "\\\\";
            break;
        case '\n':
            escape = "\\n";
            break;
        case '\r':
            escape = "\\r";
            break;
        case '\t':
            escape = "\\t";
            break;
        default:
            if (*p < 0x20) {
                snprintf(buffer, sizeof buffer, "\\u%04x", *p);
                escape = buffer;
            }
        }
        if (escape != NULL) {
            put(w, run, (size_t)((const char *)p - run));
            put_text(w, escape);
            run = (const char *)p + 1;
        }
    }
    put_text(w, run);
    put(w, "\"", 1);
}

/* The shortest of %.15g, %.16g, %.17g that reads back to the same value. */
static void put_number(writer_t *w, double value) {
    char buffer[32];
    if (!isfinite(value)) {
        put_text(w, "null");
        return;
    }
    for (int precision = 15; precision <= 17; precision++) {
        snprintf(buffer, sizeof buffer, "%.*g", precision, value);
        if (strtod(buffer, NULL) == value) {
            break;
        }
    }
    put_text(w, buffer);
}

static void newline(writer_t *w) {
    put(w, "\n", 1);
    for (int i = 0; i < w->depth; i++) {
        put(w, "  ", 2);
    }
}

static void open_container(writer_t *w, const char *bracket) {
    put_text(w, bracket);
    w->depth++;
    w->first = 1;
}

static void close_container(writer_t *w, const char *bracket) {
    w->depth--;
    if (!w->first) {
        newline(w);
    }
    put_text(w, bracket);
    w->first = 0;
}

/* Starts an item of the innermost container: comma, newline, indent. */
static void begin_item(writer_t *w) {
    if (!w->first) {
        put(w, ",", 1);
    }
    newline(w);
    w->first = 0;
}

static void key(writer_t *w, const char *name) {
    begin_item(w);
    put_string(w, name);
    put(w, ": ", 2);
}

static void put_json(writer_t *w, const cJSON *item);

static int is_scalar(const cJSON *item) {
    return !cJSON_IsArray(item) && !cJSON_IsObject(item);
}

static void put_json_array(writer_t *w, const cJSON *array) {
    int all_scalar = 1;
    for (const cJSON *child = array->child; child; child = child->next) {
        all_scalar &= is_scalar(child);
    }
    if (all_scalar) {
        /* Short lists (aliases, tags) read best on one line. */
        put(w, "[", 1);
        for (const cJSON *child = array->child; child; child = child->next) {
            put_json(w, child);
            if (child->next) {
                put(w, ", ", 2);
            }
        }
        put(w, "]", 1);
        return;
    }
    open_container(w, "[");
    for (const cJSON *child = array->child; child; child = child->next) {
        begin_item(w);
        put_json(w, child);
    }
    close_container(w, "]");
}

static void put_members(writer_t *w, const cJSON *object) {
    for (const cJSON *child = object ? object->child : NULL; child;
         child = child->next) {
        key(w, child->string);
        put_json(w, child);
    }
}

static void put_json(writer_t *w, const cJSON *item) {
    if (cJSON_IsString(item)) {
        put_string(w, item->valuestring);
    } else if (cJSON_IsNumber(item)) {
        put_number(w, item->valuedouble);
    } else if (cJSON_IsTrue(item)) {
        put_text(w, "true");
    } else if (cJSON_IsFalse(item)) {
        put_text(w, "false");
    } else if (cJSON_IsArray(item)) {
        put_json_array(w, item);
    } else if (cJSON_IsObject(item)) {
        open_container(w, "{");
        put_members(w, item);
        close_container(w, "}");
    } else {
        put_text(w, "null");
    }
}

static void string_member(writer_t *w, const char *name, const char *value) {
    if (value != NULL) {
        key(w, name);
        put_string(w, value);
    }
}

static void write_source(writer_t *w, const ent_source_t *source) {
    begin_item(w);
    open_container(w, "{");
    string_member(w, "id", source->id);
    string_member(w, "title", source->title);
    string_member(w, "publisher", source->publisher);
    string_member(w, "url", source->url);
    string_member(w, "accessed", source->accessed);
    put_members(w, source->attributes);
    close_container(w, "}");
}

static void write_entity(writer_t *w, const ent_entity_t *entity) {
    begin_item(w);
    open_container(w, "{");
    string_member(w, "id", entity->id);
    string_member(w, "type", ent_entity_type_name(entity->type));
    string_member(w, "name", entity->name);
    if (entity->aliases != NULL) {
        key(w, "aliases");
        put(w, "[", 1);
        for (size_t i = 0; i < entity->alias_count; i++) {
            put_string(w, entity->aliases[i]);
            if (i + 1 < entity->alias_count) {
                put(w, ", ", 2);
            }
        }
        put(w, "]", 1);
    }
    string_member(w, "date", entity->date);
    put_members(w, entity->attributes);
    close_container(w, "}");
}

static void put_type_set(writer_t *w, const char *name,
                         ent_entity_type_set set) {
    if (set == 0) {
        return;
    }
    key(w, name);
    put(w, "[", 1);
    int first = 1;
    for (unsigned t = 0; t < ENT_ENTITY_TYPE_COUNT; t++) {
        if (set & ent_entity_type_bit((ent_entity_type)t)) {
            put_text(w, first ? "" : ", ");
            put_string(w, ent_entity_type_name((ent_entity_type)t));
            first = 0;
        }
    }
    put(w, "]", 1);
}

static void write_relation_types(writer_t *w, const ent_snapshot_t *s) {
    size_t declared = s->relation_type_count - builtin_relation_type_count;
    if (declared == 0) {
        return;
    }
    key(w, "relation_types");
    open_container(w, "{");
    for (size_t i = builtin_relation_type_count; i < s->relation_type_count;
         i++) {
        const ent_relation_type_t *type = &s->relation_types[i];
        key(w, type->name);
        open_container(w, "{");
        key(w, "directed");
        put_text(w, type->directed ? "true" : "false");
        key(w, "default_weight");
        put_number(w, type->default_weight);
        put_type_set(w, "source_types", type->source_types);
        put_type_set(w, "target_types", type->target_types);
        if (type->weight_is_share) {
            key(w, "share");
            put_text(w, "true");
        }
        put_members(w, type->attributes);
        close_container(w, "}");
    }
    close_container(w, "}");
}

static void write_relation(writer_t *w, const ent_snapshot_t *s,
                           const ent_relation_t *relation) {
    begin_item(w);
    open_container(w, "{");
    string_member(w, "type", s->relation_types[relation->type].name);
    string_member(w, "source", s->entities[relation->source].id);
    string_member(w, "target", s->entities[relation->target].id);
    if (relation->has_weight) {
        key(w, "weight");
        put_number(w, relation->weight);
    }
    string_member(w, "status", ent_membership_status_name(relation->status));
    string_member(w, "role", relation->role);
    string_member(w, "term", relation->term);
    string_member(w, "since", relation->since);
    string_member(w, "until", relation->until);
    string_member(w, "period", relation->period);
    string_member(w, "source_ref", relation->source_ref);
    string_member(w, "note", relation->note);
    string_member(w, "evidence", relation->evidence);
    put_members(w, relation->attributes);
    close_container(w, "}");
}

ent_status ent_snapshot_to_json(const ent_snapshot_t *s, char **text) {
    writer_t w = {0};
    open_container(&w, "{");
    string_member(&w, "schema", ENT_SCHEMA);
    string_member(&w, "id", s->id);
    string_member(&w, "title", s->title);
    string_member(&w, "date", s->date);
    key(&w, "sources");
    open_container(&w, "[");
    for (size_t i = 0; i < s->source_count; i++) {
        write_source(&w, &s->sources[i]);
    }
    close_container(&w, "]");
    write_relation_types(&w, s);
    key(&w, "entities");
    open_container(&w, "[");
    for (size_t i = 0; i < s->entity_count; i++) {
        write_entity(&w, &s->entities[i]);
    }
    close_container(&w, "]");
    key(&w, "relations");
    open_container(&w, "[");
    for (size_t i = 0; i < s->relation_count; i++) {
        write_relation(&w, s, &s->relations[i]);
    }
    close_container(&w, "]");
    put_members(&w, s->attributes);
    close_container(&w, "}");
    put(&w, "\n", 1);
    if (w.out.failed) {
        buffer_release(&w.out);
        *text = NULL;
        return ENT_ENOMEM;
    }
    *text = w.out.data;
    return ENT_OK;
}
