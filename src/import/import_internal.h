/*
 * Private parts of the importer: the column map, entity resolution, the
 * presets and the snapshot cutter. The CSV reader is shared with convert
 * (common/csv.h).
 */
#ifndef ENTENTE_IMPORT_INTERNAL_H
#define ENTENTE_IMPORT_INTERNAL_H

#include <stddef.h>

#include "common/csv.h"
#include "entente/import.h"

struct cJSON;

/* ---- the import (import.c) ---- */

#define SIPRI_UNKNOWN ((size_t)-1)

/* One SIPRI delivery row. */
typedef struct {
    size_t recipient, supplier; /* entity indices in the pool; supplier
                                   SIPRI_UNKNOWN for "unknown supplier(s)" */
    int year;
    double tiv;
    int estimated; /* "Delivery year is estimate" */
    int line;
} import_delivery;

/* What the import knows of each pool source. */
typedef struct {
    char *file; /* the table read, or NULL (a map's extra source) */
    int dataset;
} import_source_info;

struct ent_import {
    /* Entities, relation types, sources and every relation read, with
     * their spells; snapshots copy from it. */
    ent_snapshot_t *pool;
    int *relation_line; /* table line of each pool relation */
    size_t line_capacity;
    import_delivery *deliveries;
    size_t delivery_count, delivery_capacity;
    size_t sipri_source; /* pool source of the deliveries */
    int sipri_last_year; /* the latest delivery year of the register */
    int has_sipri;       /* a register was read */
    char *id, *title;
    import_source_info *source_info; /* by pool source */
    size_t source_info_count, source_info_capacity;
    char **inputs; /* every file read */
    size_t input_count;
    int window_from, window_to;
    double min_share;
    const char *const *only; /* borrowed during the read only */
    size_t only_count;
    /* Entity resolution during the read. */
    const ent_gazetteer_t *gazetteer;
    int create, create_type;
    int skip_unknown;
};

/* 1 when options->only is empty or holds `id`. */
int import_keeps(const ent_import_t *import, const char *id);

/* What a source entry says besides its id (NULL members are left out). */
typedef struct {
    const char *title, *publisher, *url, *accessed;
    int dataset; /* a field's dataset: relations that the identity table
                    makes repeat (two COW codes, one id) are kept once */
} import_citation;

/* Adds a pool source for the table at `path`, id `source_id` (made unique),
 * its file name as `file`; sets *index. */
ent_status import_add_source(ent_import_t *import, const char *path,
                             const char *source_id,
                             const import_citation *citation, size_t *index,
                             ent_diag_list_t *diags);
/* Remembers an input file, so that no output replaces it. */
ent_status import_note_input(ent_import_t *import, const char *path);
/* Adds a relation to the pool, remembering its table line; takes
 * ownership of record->attributes (also on failure). */
ent_status import_add_relation(ent_import_t *import, ent_relation_t *record,
                               int line);
ent_status import_add_delivery(ent_import_t *import,
                               const import_delivery *delivery);

/* ---- entities (entities.c) ---- */

/*
 * The pool index of the entity `text` names: an entity already in the
 * pool (by id), else one from the gazetteer (by id or name), else the
 * state table (by id or any dataset name), else a new one of the
 * --create-entities type. 0 with an error at `cell` when none.
 */
int import_resolve(ent_import_t *import, const char *file, const csv_cell *cell,
                   size_t *index, ent_diag_list_t *diags);
/* Reads an entities table (id, type, name, aliases, date; other columns
 * become attributes) into the pool. */
ent_status import_read_entities(ent_import_t *import, const char *path,
                                ent_diag_list_t *diags);
/* Adds (or finds) an entity; `attributes` is taken (also on failure). */
ent_status import_entity(ent_import_t *import, const char *id,
                         ent_entity_type type, const char *name,
                         struct cJSON *attributes, size_t *index);
/* ---- readers of each format ---- */

ent_status import_read_table(ent_import_t *import,
                             const ent_import_input_t *input,
                             ent_diag_list_t *diags);
ent_status import_read_sipri(ent_import_t *import,
                             const ent_import_input_t *input,
                             ent_diag_list_t *diags);
ent_status import_read_cow_igo(ent_import_t *import,
                               const ent_import_input_t *input,
                               ent_diag_list_t *diags);
ent_status import_read_atop(ent_import_t *import,
                            const ent_import_input_t *input,
                            ent_diag_list_t *diags);
ent_status import_read_contiguity(ent_import_t *import,
                                  const ent_import_input_t *input,
                                  ent_diag_list_t *diags);

/* ---- spells and snapshots (spells.c, sipri.c) ---- */

/* 1 when a relation with `since` and `until` (NULL when absent) is in
 * force on `date`, comparing on the precision both dates give. */
int import_in_force(const char *since, const char *until, const char *date);

/* Adds the SIPRI shares for the window to `out` (see sipri.c). */
ent_status import_sipri_shares(const ent_import_t *import, ent_snapshot_t *out,
                               const char *date, ent_diag_list_t *diags);
/* Copies pool entity `index` into `out` unless there; sets *copied. */
ent_status import_copy_entity(const ent_import_t *import, ent_snapshot_t *out,
                              size_t index, size_t *copied);
/* Copies pool source `index` into `out` unless there. */
ent_status import_copy_source(const ent_import_t *import, ent_snapshot_t *out,
                              size_t index);

#endif /* ENTENTE_IMPORT_INTERNAL_H */
