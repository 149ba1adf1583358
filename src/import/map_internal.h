/*
 * The column map of a generic table (map.c), used by table.c.
 */
#ifndef ENTENTE_IMPORT_MAP_INTERNAL_H
#define ENTENTE_IMPORT_MAP_INTERNAL_H

#include "import/import_internal.h"

/* The relation members a map can fill, in the order of the schema. */
typedef enum {
    MAP_SOURCE = 0,
    MAP_TARGET,
    MAP_TYPE,
    MAP_WEIGHT,
    MAP_STATUS,
    MAP_ROLE,
    MAP_TERM,
    MAP_SINCE,
    MAP_UNTIL,
    MAP_PERIOD,
    MAP_NOTE,
    MAP_SOURCE_REF,
    MAP_FIELD_COUNT
} map_field_id;
extern const char *const map_field_names[MAP_FIELD_COUNT];

/* A member comes from a column, or is a constant placed in the map. */
typedef struct {
    int column;        /* -1 when not from a column */
    csv_cell constant; /* text NULL when not a constant; else its place in
                          the map file */
    char number[32];   /* a numeric constant, written out */
} map_field;

static inline int map_field_present(const map_field *f) {
    return f->column >= 0 || f->constant.text != NULL;
}

typedef struct {
    const char *path;
    char *text;
    size_t length;
    struct cJSON *root;
    ent_diag_list_t *diags;
    int failed;
    map_field fields[MAP_FIELD_COUNT];
    const char *title;          /* or NULL */
    const struct cJSON *source; /* members for the table's source entry */
} column_map;

/* Reads the map at `path` and binds its column names to `table`'s header:
 * an unknown column is an error at its place in the map. Release with
 * map_destroy whatever the status. */
ent_status map_read(column_map *map, const char *path, const csv_table *table,
                    ent_diag_list_t *diags);
/* Adds the map's declared relation types and extra sources to `pool`. */
ent_status map_declare(column_map *map, ent_snapshot_t *pool);
void map_destroy(column_map *map);

#endif /* ENTENTE_IMPORT_MAP_INTERNAL_H */
