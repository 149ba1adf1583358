/*
 * A generic table read through its column map: one relation per row, its
 * members checked where they stand (the cell, or the constant in the map),
 * the columns the map does not name kept as attributes, and `row` = the
 * row's line.
 */
#include <cjson/cJSON.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "import/map_internal.h"

/* One row being read: where each member's value stands. */
typedef struct {
    ent_import_t *import;
    const csv_table *table;
    const column_map *map;
    size_t row;
    ent_diag_list_t *diags;
} row_reader;

/* The value of a member for this row: the cell, the constant or NULL,
 * with the file it stands in. Empty cells count as absent. */
static const csv_cell *value_of(const row_reader *r, map_field_id id,
                                const char **file) {
    const map_field *f = &r->map->fields[id];
    if (f->column >= 0) {
        const csv_cell *cell = csv_at(r->table, r->row, (size_t)f->column);
        *file = r->table->name;
        return cell->text[0] ? cell : NULL;
    }
    *file = r->map->path;
    return f->constant.text ? &f->constant : NULL;
}

/* A string member, checked by `valid` when given; NULL when absent. */
static int string_member(const row_reader *r, map_field_id id,
                         int (*valid)(const char *), const char *expected,
                         const char **out) {
    const char *file;
    const csv_cell *cell = value_of(r, id, &file);
    *out = cell ? cell->text : NULL;
    if (cell != NULL && valid != NULL && !valid(cell->text)) {
        cell_error(file, cell, r->diags, "bad %s \"%s\" in \"%s\": expected %s",
                   id == MAP_PERIOD ? "period" : "date", cell->text,
                   map_field_names[id], expected);
        return 0;
    }
    return 1;
}

static int read_type(const row_reader *r, size_t *type) {
    const char *file;
    const csv_cell *cell = value_of(r, MAP_TYPE, &file);
    if (cell == NULL) {
        cell_error(r->table->name, csv_at(r->table, r->row, 0), r->diags,
                   "the row gives no relation type");
        return 0;
    }
    if (!ent_snapshot_find_relation_type(r->import->pool, cell->text, type)) {
        cell_error(file, cell, r->diags,
                   "unknown relation type \"%s\" (declare it in the map's "
                   "\"relation_types\")",
                   cell->text);
        return 0;
    }
    return 1;
}

/* Resolves an end and checks its entity type against the relation's. */
static int read_end(const row_reader *r, map_field_id id,
                    const ent_relation_type_t *type, size_t *index) {
    const char *file;
    const csv_cell *cell = value_of(r, id, &file);
    if (cell == NULL) {
        cell = csv_at(r->table, r->row, (size_t)r->map->fields[id].column);
        cell_error(file, cell, r->diags, "empty %s: a relation needs both ends",
                   map_field_names[id]);
        return 0;
    }
    if (!import_resolve(r->import, file, cell, index, r->diags)) {
        return 0;
    }
    const ent_entity_t *e = ent_snapshot_entity(r->import->pool, *index);
    ent_entity_type_set allowed =
        id == MAP_SOURCE ? type->source_types : type->target_types;
    if (allowed != 0 && !(allowed & ent_entity_type_bit(e->type))) {
        cell_error(file, cell, r->diags,
                   "\"%s\" cannot have %s \"%s\" as its %s", type->name,
                   ent_entity_type_name(e->type) ? "the" : "a", e->id,
                   map_field_names[id]);
        return 0;
    }
    return 1;
}

static int read_weight(const row_reader *r, const ent_relation_type_t *type,
                       ent_relation_t *out) {
    const char *file;
    const csv_cell *cell = value_of(r, MAP_WEIGHT, &file);
    if (cell == NULL) {
        return 1;
    }
    char *end = NULL;
    errno = 0;
    double weight = strtod(cell->text, &end);
    if (end == cell->text || *end != '\0' || errno == ERANGE ||
        !isfinite(weight)) {
        cell_error(file, cell, r->diags, "weight \"%s\" is not a finite number",
                   cell->text);
        return 0;
    }
    if (!(weight > 0) || (type->weight_is_share && weight > 1)) {
        cell_error(file, cell, r->diags,
                   "weight %s is out of range: it must be %s", cell->text,
                   type->weight_is_share ? "in (0, 1] for a share"
                                         : "greater than 0");
        return 0;
    }
    out->weight = weight;
    out->has_weight = 1;
    return 1;
}

static int read_status(const row_reader *r, ent_relation_t *out) {
    const char *file;
    const csv_cell *cell = value_of(r, MAP_STATUS, &file);
    if (cell != NULL &&
        !ent_membership_status_parse(cell->text, &out->status)) {
        cell_error(file, cell, r->diags,
                   "bad status \"%s\": expected active, observer, frozen, "
                   "suspended or former",
                   cell->text);
        return 0;
    }
    return 1;
}

static int read_source_ref(const row_reader *r, size_t table_source,
                           ent_relation_t *out) {
    const char *file;
    const csv_cell *cell = value_of(r, MAP_SOURCE_REF, &file);
    if (cell == NULL) {
        out->source_ref =
            ent_snapshot_source(r->import->pool, table_source)->id;
        return 1;
    }
    if (!ent_snapshot_find_source(r->import->pool, cell->text, NULL)) {
        cell_error(file, cell, r->diags,
                   "source_ref \"%s\" names no entry of the map's \"sources\"",
                   cell->text);
        return 0;
    }
    out->source_ref = cell->text;
    return 1;
}

/* The row's cells in columns the map does not name, and its line. */
static cJSON *row_attributes(const row_reader *r) {
    cJSON *attributes = cJSON_CreateObject();
    const csv_table *t = r->table;
    for (size_t c = 0; attributes != NULL && c < t->rows[0].count; c++) {
        int named = 0;
        for (int f = 0; f < MAP_FIELD_COUNT; f++) {
            named |= r->map->fields[f].column == (int)c;
        }
        const char *value = csv_at(t, r->row, c)->text;
        if (!named && value[0] != '\0') {
            cJSON_AddStringToObject(attributes, csv_at(t, 0, c)->text, value);
        }
    }
    if (attributes != NULL) {
        cJSON_AddNumberToObject(attributes, "row", t->rows[r->row].line);
    }
    return attributes;
}

static int valid_date(const char *text) { return ent_date_is_valid(text); }
static int valid_period(const char *text) { return ent_period_is_valid(text); }

/* Reads one row; 0 when it is bad (diagnostics say why). */
static int read_row(row_reader *r, size_t table_source, ent_status *status) {
    ent_relation_t out = {0};
    const char *file;
    static const char date[] = "YYYY-MM-DD, YYYY-MM or YYYY";
    if (!read_type(r, &out.type)) {
        return 0;
    }
    const ent_relation_type_t *type =
        ent_snapshot_relation_type(r->import->pool, out.type);
    out.weight = type->default_weight;
    int ok = read_end(r, MAP_SOURCE, type, &out.source);
    ok &= read_end(r, MAP_TARGET, type, &out.target);
    ok &= read_weight(r, type, &out) & read_status(r, &out);
    ok &= string_member(r, MAP_SINCE, valid_date, date, &out.since);
    ok &= string_member(r, MAP_UNTIL, valid_date, date, &out.until);
    ok &= string_member(r, MAP_PERIOD, valid_period, "a date or YYYY-YYYY",
                        &out.period);
    ok &= string_member(r, MAP_ROLE, NULL, NULL, &out.role);
    ok &= string_member(r, MAP_TERM, NULL, NULL, &out.term);
    ok &= string_member(r, MAP_NOTE, NULL, NULL, &out.note);
    ok &= read_source_ref(r, table_source, &out);
    if (ok && out.source == out.target) {
        const csv_cell *cell = value_of(r, MAP_TARGET, &file);
        cell_error(file, cell, r->diags, "\"%s\" relates \"%s\" to itself",
                   type->name, cell != NULL ? cell->text : "");
        ok = 0;
    }
    const ent_snapshot_t *pool = r->import->pool;
    if (!ok ||
        (!import_keeps(r->import, ent_snapshot_entity(pool, out.source)->id) &&
         !import_keeps(r->import, ent_snapshot_entity(pool, out.target)->id))) {
        return ok;
    }
    out.attributes = row_attributes(r);
    *status = out.attributes ? import_add_relation(r->import, &out,
                                                   r->table->rows[r->row].line)
                             : ENT_ENOMEM;
    return 1;
}

/* Columns the map leaves to attributes must not shadow a relation member. */
static ent_status check_attribute_names(const csv_table *t,
                                        const column_map *map,
                                        ent_diag_list_t *diags) {
    static const char *const reserved[] = {
        "type", "source",     "target",   "weight", "status",
        "role", "term",       "since",    "until",  "period",
        "note", "source_ref", "evidence", "row",    NULL};
    for (size_t c = 0; c < t->rows[0].count; c++) {
        int named = 0;
        for (int f = 0; f < MAP_FIELD_COUNT; f++) {
            named |= map->fields[f].column == (int)c;
        }
        for (size_t k = 0; !named && reserved[k] != NULL; k++) {
            if (strcmp(csv_at(t, 0, c)->text, reserved[k]) == 0) {
                cell_error(t->name, csv_at(t, 0, c), diags,
                           "column \"%s\" has the name of a relation member "
                           "but the map does not name it: map it, or rename "
                           "it",
                           reserved[k]);
                return ENT_EINPUT;
            }
        }
    }
    return ENT_OK;
}

static ent_status add_table_source(ent_import_t *import, const column_map *map,
                                   const char *path, size_t *index,
                                   ent_diag_list_t *diags) {
    const cJSON *s = map->source;
    import_citation citation = {
        cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(s, "title")),
        cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(s, "publisher")),
        cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(s, "url")),
        cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(s, "accessed")),
        0};
    char fallback[512];
    if (citation.title == NULL) {
        const char *slash = strrchr(path, '/');
        snprintf(fallback, sizeof fallback, "table %s",
                 slash ? slash + 1 : path);
        citation.title = fallback;
    }
    if (import->title == NULL && map->title != NULL) {
        import->title = strdup(map->title);
        if (import->title == NULL) {
            return ENT_ENOMEM;
        }
    }
    ent_status status = import_note_input(import, map->path);
    if (status != ENT_OK) {
        return status;
    }
    return import_add_source(import, path, "table", &citation, index, diags);
}

ent_status import_read_table(ent_import_t *import,
                             const ent_import_input_t *input,
                             ent_diag_list_t *diags) {
    csv_table table;
    column_map map;
    memset(&map, 0, sizeof map);
    size_t source = 0, bad = 0;
    ent_status status = csv_read_file(&table, input->path, diags);
    if (status == ENT_OK) {
        status = csv_check_header(&table, diags);
    }
    if (status == ENT_OK) {
        status = map_read(&map, input->map_path, &table, diags);
    }
    if (status == ENT_OK) {
        status = check_attribute_names(&table, &map, diags);
    }
    if (status == ENT_OK) {
        status = map_declare(&map, import->pool);
    }
    if (status == ENT_OK) {
        status = add_table_source(import, &map, input->path, &source, diags);
    }
    row_reader r = {import, &table, &map, 0, diags};
    for (r.row = 1; status == ENT_OK && r.row < table.row_count && bad < 20;
         r.row++) {
        bad += !read_row(&r, source, &status);
    }
    if (status == ENT_OK && bad > 0) {
        status = ENT_EINPUT;
    }
    map_destroy(&map);
    csv_table_destroy(&table);
    return status;
}
