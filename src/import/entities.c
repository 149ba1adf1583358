/*
 * Entities of an import: the entities table, the gazetteer, the state
 * table, or new ones of the --create-entities type. All of them live in
 * the import's pool snapshot, whose id index makes a look-up O(1).
 */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "import/import_internal.h"

ent_status import_entity(ent_import_t *import, const char *id,
                         ent_entity_type type, const char *name,
                         cJSON *attributes, size_t *index) {
    if (ent_snapshot_find_entity(import->pool, id, index)) {
        cJSON_Delete(attributes);
        return ENT_OK;
    }
    ent_entity_t record = {id, type, name, NULL, 0, NULL, attributes};
    ent_status status = ent_snapshot_add_entity(import->pool, &record, index);
    if (status != ENT_OK) {
        cJSON_Delete(attributes);
    }
    return status;
}

int import_resolve(ent_import_t *import, const char *file, const csv_cell *cell,
                   size_t *index, ent_diag_list_t *diags) {
    const char *text = cell->text;
    if (text[0] == '\0') {
        cell_error(file, cell, diags,
                   "empty entity: a relation needs both "
                   "ends");
        return 0;
    }
    if (ent_snapshot_find_entity(import->pool, text, index)) {
        return 1;
    }
    const char *id = NULL, *name = NULL;
    ent_entity_type type = ENT_ENTITY_STATE;
    if (import->gazetteer != NULL &&
        ent_gazetteer_lookup(import->gazetteer, text, &id, &type, &name)) {
        return import_entity(import, id, type, name, NULL, index) == ENT_OK;
    }
    if (import->create) {
        return import_entity(import, text, (ent_entity_type)import->create_type,
                             NULL, NULL, index) == ENT_OK;
    }
    cell_error(file, cell, diags,
               "unknown entity \"%s\": not in the entities table%s "
               "(--create-entities TYPE makes it)",
               text, import->gazetteer ? " or the gazetteer" : "");
    return 0;
}

/* Splits "a;b;c" into trimmed, non-empty aliases; heap array of pointers
 * into `text`, which it cuts. */
static const char **split_aliases(char *text, size_t *count) {
    size_t n = 1;
    for (const char *p = text; *p; p++) {
        n += *p == ';';
    }
    const char **list = malloc(n * sizeof *list);
    *count = 0;
    for (char *part = text; list != NULL && part != NULL;) {
        char *next = strchr(part, ';');
        if (next != NULL) {
            *next++ = '\0';
        }
        while (*part == ' ') {
            part++;
        }
        size_t length = strlen(part);
        while (length > 0 && part[length - 1] == ' ') {
            part[--length] = '\0';
        }
        if (length > 0) {
            list[(*count)++] = part;
        }
        part = next;
    }
    return list;
}

/* Columns of an entities table other than those the schema names. */
static cJSON *entity_attributes(const csv_table *t, size_t row,
                                const int *named, size_t named_count) {
    cJSON *attributes = NULL;
    for (size_t c = 0; c < t->rows[0].count; c++) {
        int skip = 0;
        for (size_t k = 0; k < named_count; k++) {
            skip |= named[k] == (int)c;
        }
        const char *value = csv_at(t, row, c)->text;
        if (skip || value[0] == '\0') {
            continue;
        }
        if (attributes == NULL) {
            attributes = cJSON_CreateObject();
        }
        cJSON_AddStringToObject(attributes, csv_at(t, 0, c)->text, value);
    }
    return attributes;
}

enum { E_ID, E_TYPE, E_NAME, E_ALIASES, E_DATE, E_COUNT };

static ent_status read_entity_row(ent_import_t *import, const csv_table *t,
                                  size_t row, const int *columns,
                                  ent_diag_list_t *diags) {
    const csv_cell *id = csv_at(t, row, (size_t)columns[E_ID]);
    const csv_cell *type_cell = csv_at(t, row, (size_t)columns[E_TYPE]);
    ent_entity_type type;
    if (id->text[0] == '\0') {
        cell_error(t->name, id, diags, "empty entity id");
        return ENT_EINPUT;
    }
    if (!ent_entity_type_parse(type_cell->text, &type)) {
        cell_error(t->name, type_cell, diags,
                   "unknown entity type \"%s\" (state, organization, person, "
                   "event or group)",
                   type_cell->text);
        return ENT_EINPUT;
    }
    if (ent_snapshot_find_entity(import->pool, id->text, NULL)) {
        cell_error(t->name, id, diags, "entity \"%s\" is already defined",
                   id->text);
        return ENT_EINPUT;
    }
    const char *name = NULL, *date = NULL;
    char *aliases_text = NULL;
    if (columns[E_NAME] >= 0 &&
        csv_at(t, row, (size_t)columns[E_NAME])->text[0]) {
        name = csv_at(t, row, (size_t)columns[E_NAME])->text;
    }
    if (columns[E_DATE] >= 0) {
        const csv_cell *cell = csv_at(t, row, (size_t)columns[E_DATE]);
        if (cell->text[0] != '\0' && !ent_date_is_valid(cell->text)) {
            cell_error(t->name, cell, diags,
                       "bad date \"%s\": expected YYYY-MM-DD, YYYY-MM or YYYY",
                       cell->text);
            return ENT_EINPUT;
        }
        date = cell->text[0] ? cell->text : NULL;
    }
    if (columns[E_ALIASES] >= 0) {
        aliases_text = strdup(csv_at(t, row, (size_t)columns[E_ALIASES])->text);
    }
    size_t alias_count = 0;
    const char **aliases =
        aliases_text ? split_aliases(aliases_text, &alias_count) : NULL;
    ent_entity_t record = {id->text,
                           type,
                           name,
                           alias_count ? aliases : NULL,
                           alias_count,
                           date,
                           entity_attributes(t, row, columns, E_COUNT)};
    ent_status status = ent_snapshot_add_entity(import->pool, &record, NULL);
    if (status != ENT_OK) {
        cJSON_Delete(record.attributes);
    }
    free(aliases);
    free(aliases_text);
    return status;
}

ent_status import_read_entities(ent_import_t *import, const char *path,
                                ent_diag_list_t *diags) {
    csv_table t;
    static const char *const required[] = {"id", "type", NULL};
    int columns[E_COUNT];
    ent_status status = csv_read_file(&t, path, diags);
    if (status == ENT_OK) {
        status = csv_check_header(&t, diags);
    }
    if (status == ENT_OK) {
        status = import_note_input(import, path);
    }
    if (status == ENT_OK) {
        status = csv_require(&t, required, columns, diags);
    }
    if (status == ENT_OK) {
        columns[E_NAME] = csv_column(&t, "name");
        columns[E_ALIASES] = csv_column(&t, "aliases");
        columns[E_DATE] = csv_column(&t, "date");
    }
    for (size_t row = 1; status == ENT_OK && row < t.row_count; row++) {
        status = read_entity_row(import, &t, row, columns, diags);
    }
    csv_table_destroy(&t);
    return status;
}
