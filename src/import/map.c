/*
 * The column map of a table: which column holds each member of a
 * relation, or a constant for every row, plus the table's source entry,
 * extra sources and declared relation types. Errors point into the map
 * file (json_report finds a node's line and column).
 */
#include <cjson/cJSON.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/located_json.h"
#include "entente/io.h"
#include "import/map_internal.h"

const char *const map_field_names[MAP_FIELD_COUNT] = {
    [MAP_SOURCE] = "source", [MAP_TARGET] = "target",
    [MAP_TYPE] = "type",     [MAP_WEIGHT] = "weight",
    [MAP_STATUS] = "status", [MAP_ROLE] = "role",
    [MAP_TERM] = "term",     [MAP_SINCE] = "since",
    [MAP_UNTIL] = "until",   [MAP_PERIOD] = "period",
    [MAP_NOTE] = "note",     [MAP_SOURCE_REF] = "source_ref",
};

#define MAP_MAX_SIZE ((size_t)16 * 1024 * 1024)

static void map_error(column_map *m, const cJSON *item, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
static void map_error(column_map *m, const cJSON *item, const char *format,
                      ...) {
    va_list args;
    va_start(args, format);
    json_reportv(m->text, m->length, m->path, m->root, item, NULL, m->diags,
                 format, args);
    va_end(args);
    m->failed = 1;
}

/* Line and column of a node of the map, for constants that stand in for
 * table cells. */
static void locate(const column_map *m, const cJSON *item, csv_cell *cell) {
    ent_diag_list_t scratch;
    ent_diag_list_init(&scratch);
    json_report(m->text, m->length, m->path, m->root, item, NULL, &scratch,
                "-");
    cell->line = scratch.count ? scratch.items[0].line : 0;
    cell->column = scratch.count ? scratch.items[0].column : 0;
    ent_diag_list_destroy(&scratch);
}

/* The header columns as one string, for a message. */
static void header_list(const csv_table *t, char *out, size_t size) {
    out[0] = '\0';
    for (size_t i = 0; i < t->rows[0].count; i++) {
        size_t used = strlen(out);
        snprintf(out + used, size - used, "%s\"%s\"", i ? ", " : "",
                 csv_at(t, 0, i)->text);
    }
}

static void read_field(column_map *m, const csv_table *t, const cJSON *item) {
    int field = -1;
    for (int f = 0; f < MAP_FIELD_COUNT; f++) {
        if (strcmp(item->string, map_field_names[f]) == 0) {
            field = f;
        }
    }
    if (field < 0) {
        map_error(m, item,
                  "unknown member \"%s\" of \"columns\" (source, target, type, "
                  "weight, status, role, term, since, until, period, note, "
                  "source_ref)",
                  item->string);
        return;
    }
    map_field *f = &m->fields[field];
    const cJSON *value = cJSON_GetObjectItemCaseSensitive(item, "value");
    if (cJSON_IsString(item)) {
        f->column = csv_column(t, item->valuestring);
        if (f->column < 0) {
            char header[1024];
            header_list(t, header, sizeof header);
            char message[1400];
            snprintf(message, sizeof message,
                     "unknown column \"%s\" in the map: the header of %s has "
                     "%s",
                     item->valuestring, t->name, header);
            map_error(m, item, "%s", message);
        }
    } else if (cJSON_IsObject(item) && cJSON_IsString(value) &&
               cJSON_GetArraySize(item) == 1) {
        f->constant.text = value->valuestring;
        locate(m, value, &f->constant);
    } else if (cJSON_IsObject(item) && cJSON_IsNumber(value) &&
               cJSON_GetArraySize(item) == 1 && field == MAP_WEIGHT) {
        snprintf(f->number, sizeof f->number, "%.17g", value->valuedouble);
        f->constant.text = f->number;
        locate(m, item, &f->constant);
    } else {
        map_error(m, item,
                  "\"%s\" must be a column name or {\"value\": CONSTANT}",
                  item->string);
    }
}

static void read_columns(column_map *m, const csv_table *t) {
    const cJSON *columns = cJSON_GetObjectItemCaseSensitive(m->root, "columns");
    if (!cJSON_IsObject(columns)) {
        map_error(m, m->root, "%s",
                  "the map needs an object \"columns\" naming the columns of "
                  "source, target and type");
        return;
    }
    for (const cJSON *item = columns->child; item; item = item->next) {
        read_field(m, t, item);
    }
    static const int required[] = {MAP_SOURCE, MAP_TARGET, MAP_TYPE};
    for (size_t i = 0; i < 3 && !m->failed; i++) {
        if (!map_field_present(&m->fields[required[i]])) {
            map_error(m, columns, "\"columns\" must name \"%s\"",
                      map_field_names[required[i]]);
        }
    }
}

/* An optional string member of `object`; reports a non-string. */
static const char *optional_string(column_map *m, const cJSON *object,
                                   const char *name) {
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(object, name);
    if (item != NULL && !cJSON_IsString(item)) {
        map_error(m, item, "\"%s\" must be a string", name);
        return NULL;
    }
    return item ? item->valuestring : NULL;
}

static void read_source(column_map *m, const cJSON *object, int with_id) {
    static const char *const members[] = {"id",  "title",    "publisher",
                                          "url", "accessed", NULL};
    if (!cJSON_IsObject(object)) {
        map_error(m, object, "%s", "a source must be an object");
        return;
    }
    for (const cJSON *item = object->child; item; item = item->next) {
        int known = 0;
        for (size_t i = with_id ? 0 : 1; members[i] != NULL; i++) {
            known |= strcmp(item->string, members[i]) == 0;
        }
        if (!known) {
            map_error(m, item, "unknown member \"%s\" of a source",
                      item->string);
        } else {
            optional_string(m, object, item->string);
        }
    }
    const char *accessed = optional_string(m, object, "accessed");
    if (accessed != NULL && !ent_date_is_valid(accessed)) {
        map_error(m, cJSON_GetObjectItemCaseSensitive(object, "accessed"),
                  "bad date \"%s\" in \"accessed\"", accessed);
    }
    if (with_id && optional_string(m, object, "id") == NULL) {
        map_error(m, object, "%s", "an entry of \"sources\" needs an \"id\"");
    }
}

static void check_top_level(column_map *m) {
    static const char *const members[] = {"columns", "title",          "source",
                                          "sources", "relation_types", NULL};
    if (!cJSON_IsObject(m->root)) {
        map_error(m, m->root, "%s", "the map must be a JSON object");
        return;
    }
    for (const cJSON *item = m->root->child; item; item = item->next) {
        int known = 0;
        for (size_t i = 0; members[i] != NULL; i++) {
            known |= strcmp(item->string, members[i]) == 0;
        }
        if (!known) {
            map_error(m, item,
                      "unknown member \"%s\" of the map (columns, title, "
                      "source, sources, relation_types)",
                      item->string);
        }
    }
    m->title = optional_string(m, m->root, "title");
    m->source = cJSON_GetObjectItemCaseSensitive(m->root, "source");
    if (m->source != NULL) {
        read_source(m, m->source, 0);
    }
    const cJSON *sources = cJSON_GetObjectItemCaseSensitive(m->root, "sources");
    if (sources != NULL && !cJSON_IsArray(sources)) {
        map_error(m, sources, "%s", "\"sources\" must be an array");
    }
    for (const cJSON *s = sources ? sources->child : NULL; s; s = s->next) {
        read_source(m, s, 1);
    }
}

ent_status map_read(column_map *m, const char *path, const csv_table *table,
                    ent_diag_list_t *diags) {
    memset(m, 0, sizeof *m);
    for (int f = 0; f < MAP_FIELD_COUNT; f++) {
        m->fields[f].column = -1;
    }
    m->path = path;
    m->diags = diags;
    ent_status status =
        ent_file_read(path, MAP_MAX_SIZE, &m->text, &m->length, diags);
    if (status == ENT_OK) {
        status = json_parse_located(m->text, m->length, path, &m->root, diags);
    }
    if (status != ENT_OK) {
        return status;
    }
    check_top_level(m);
    if (!m->failed) {
        read_columns(m, table);
    }
    return m->failed ? ENT_EINPUT : ENT_OK;
}

void map_destroy(column_map *m) {
    cJSON_Delete(m->root);
    free(m->text);
    memset(m, 0, sizeof *m);
}

/* Adds the map's declared relation types to the pool. */
static ent_status declare_types(column_map *m, ent_snapshot_t *pool) {
    const cJSON *types =
        cJSON_GetObjectItemCaseSensitive(m->root, "relation_types");
    if (types != NULL && !cJSON_IsObject(types)) {
        map_error(m, types, "%s", "\"relation_types\" must be an object");
    }
    for (const cJSON *t = types ? types->child : NULL; t; t = t->next) {
        const cJSON *directed = cJSON_GetObjectItemCaseSensitive(t, "directed");
        const cJSON *weight =
            cJSON_GetObjectItemCaseSensitive(t, "default_weight");
        if (!cJSON_IsObject(t) || (directed && !cJSON_IsBool(directed)) ||
            (weight &&
             (!cJSON_IsNumber(weight) || !(weight->valuedouble > 0))) ||
            cJSON_GetArraySize(t) > (directed != NULL) + (weight != NULL)) {
            map_error(m, t,
                      "relation type \"%s\" must be {\"directed\": BOOL, "
                      "\"default_weight\": NUMBER > 0}",
                      t->string);
            continue;
        }
        if (ent_snapshot_find_relation_type(pool, t->string, NULL)) {
            map_error(m, t, "relation type \"%s\" is already defined",
                      t->string);
            continue;
        }
        ent_relation_type_t record = {t->string,
                                      directed ? cJSON_IsTrue(directed) : 1,
                                      weight ? weight->valuedouble : 1.0,
                                      0,
                                      0,
                                      0,
                                      0,
                                      NULL};
        ent_status status = ent_snapshot_add_relation_type(pool, &record, NULL);
        if (status != ENT_OK) {
            return status;
        }
    }
    return m->failed ? ENT_EINPUT : ENT_OK;
}

/* Adds the map's extra sources to the pool. */
static ent_status add_sources(column_map *m, ent_snapshot_t *pool) {
    const cJSON *sources = cJSON_GetObjectItemCaseSensitive(m->root, "sources");
    for (const cJSON *s = sources ? sources->child : NULL; s; s = s->next) {
        const char *id = cJSON_GetObjectItemCaseSensitive(s, "id")->valuestring;
        if (ent_snapshot_find_source(pool, id, NULL)) {
            map_error(m, s, "source \"%s\" is already defined", id);
            continue;
        }
        ent_source_t record = {id,
                               optional_string(m, s, "title"),
                               optional_string(m, s, "publisher"),
                               optional_string(m, s, "url"),
                               optional_string(m, s, "accessed"),
                               NULL};
        ent_status status = ent_snapshot_add_source(pool, &record, NULL);
        if (status != ENT_OK) {
            return status;
        }
    }
    return m->failed ? ENT_EINPUT : ENT_OK;
}

ent_status map_declare(column_map *m, ent_snapshot_t *pool) {
    ent_status status = declare_types(m, pool);
    return status == ENT_OK ? add_sources(m, pool) : status;
}
