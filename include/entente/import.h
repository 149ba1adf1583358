/*
 * entente/import.h - snapshots from tables: an analyst's spreadsheet with a
 * column map, or the field's datasets as their publishers distribute them
 * (SIPRI trade register, COW IGO, ATOP, COW Direct Contiguity).
 *
 * An import reads its tables once into an ent_import_t: the entities, the
 * relations with their spells (`since`, `until`) and, for the SIPRI
 * register, the deliveries. Snapshots are then cut from it for a date (the
 * relations in force on that day) or for every year of a range. Every
 * relation carries `source_ref` to a `sources` entry naming its table and
 * `row`, the line of the table it came from (the SIPRI shares list their
 * lines in `rows`). Every snapshot made passes `entente validate --strict`.
 *
 * Lifecycle: ent_import_read / ent_import_free; ent_import_snapshot
 * returns a snapshot freed with ent_snapshot_free; ent_import_write_series
 * writes files. Nothing here prints: problems go to the caller's
 * diagnostics list as `FILE:LINE:COLUMN` records, notes too (such as the
 * count of estimated delivery years).
 */
#ifndef ENTENTE_IMPORT_H
#define ENTENTE_IMPORT_H

#include <stddef.h>

#include "entente/diag.h"
#include "entente/export.h"
#include "entente/extract.h"
#include "entente/model.h"

#ifdef __cplusplus
extern "C" {
#endif
ENT_PUBLIC_BEGIN

/* What a table is. */
typedef enum {
    ENT_IMPORT_TABLE = 0,      /* any CSV or TSV, read through a column map */
    ENT_IMPORT_SIPRI_REGISTER, /* SIPRI Arms Transfers trade register CSV */
    ENT_IMPORT_COW_IGO,        /* COW IGO v3 state-IGO membership spells */
    ENT_IMPORT_ATOP,           /* ATOP member level */
    ENT_IMPORT_COW_CONTIGUITY, /* COW Direct Contiguity (directed) */
    ENT_IMPORT_FORMAT_COUNT
} ent_import_format;

/* "table", "sipri-register", "cow-igo", "atop", "cow-contiguity". */
const char *ent_import_format_name(ent_import_format format);
/* Sets *format and returns 1 for a known name, else 0. */
int ent_import_format_parse(const char *name, ent_import_format *format);

/* One table to read. */
typedef struct {
    ent_import_format format;
    const char *path;       /* the table (CSV; TSV when it ends in .tsv/.tab) */
    const char *map_path;   /* ENT_IMPORT_TABLE: the column map (required) */
    const char *extra_path; /* optional: cow-igo, the IGO list (names the
                               organizations); atop, a names table with
                               columns atopid,name */
} ent_import_input_t;

typedef struct {
    const ent_import_input_t *inputs; /* at least one */
    size_t input_count;
    const char *entities_path; /* entities table (id,type,name,...), NULL */
    const ent_gazetteer_t *gazetteer; /* ids and names, or NULL */
    const char *create_entities;      /* entity type given to unknown ids; NULL
                                         makes an unknown id an error */
    const char *id;          /* snapshot id (series: the prefix); NULL: the
                                first table's file name less its extension */
    const char *title;       /* NULL: from the map, or "Imported from FILE" */
    const char *const *only; /* keep only relations touching these ids */
    size_t only_count;
    int window_from, window_to; /* SIPRI delivery years; 0: the five years
                                   before the snapshot's date */
    double min_share;           /* SIPRI: drop smaller shares (default 0) */
    int skip_unknown; /* a dataset's state the identity table lacks: 0 an
                         error, 1 a warning at its line and the row left
                         out */
} ent_import_options_t;

void ent_import_options_init(ent_import_options_t *options);

/* The tables read: entities, relations with spells, deliveries. */
typedef struct ent_import ent_import_t;

/*
 * Reads every input of `options`. On success sets *import to a new import
 * the caller frees with ent_import_free; on failure to NULL. ENT_EINPUT with
 * `FILE:LINE:COLUMN` diagnostics for bad tables or maps (unterminated
 * quote, ragged row, unknown column, bad date or weight, unknown entity, a
 * dataset name the state table lacks), ENT_EUSAGE for bad options, ENT_EIO,
 * ENT_ENOMEM. `options` is not kept. Time O(n log n) for n rows (a sort
 * finds the repeated rows of COW IGO and groups ATOP's phases).
 */
ent_status ent_import_read(ent_import_t **import,
                           const ent_import_options_t *options,
                           ent_diag_list_t *diags);
/* Frees the import; NULL does nothing. */
void ent_import_free(ent_import_t *import);

/* Number of relations read (before any date), and of SIPRI deliveries. */
size_t ent_import_relation_count(const ent_import_t *import);
size_t ent_import_delivery_count(const ent_import_t *import);

/*
 * The snapshot on `date` (YYYY-MM-DD, YYYY-MM or YYYY; NULL: every relation
 * whatever its spell, the SIPRI window as set): the relations in force
 * (since <= date, and no until or until > date, compared on the precision
 * both dates give) and the entities they join. `id` names it (NULL: the
 * import's id). Sets *snapshot to a new snapshot the caller frees with
 * ent_snapshot_free. ENT_EINPUT when two rows of a table give the same
 * relation on that date (two rows of a dataset that the state table maps
 * to one relation, as germany and wgermany to DEU, are kept once, with a
 * note); ENT_EUSAGE for a bad date, or a SIPRI register with neither a
 * window nor a date. Notes (estimated delivery years) go to `diags`. Time
 * O(r + d log d) for r relations read and d SIPRI deliveries.
 */
ent_status ent_import_snapshot(ent_snapshot_t **snapshot,
                               const ent_import_t *import, const char *date,
                               const char *id, ent_diag_list_t *diags);

/*
 * One snapshot a year from `from` to `to` on day `day` ("MM-DD", NULL:
 * "12-31"), written to DIRECTORY/<id>-<year>.json (the directory is made
 * when missing). Every snapshot is made and checked before the first file
 * is written, so bad input writes nothing; each file is written atomically.
 */
ent_status ent_import_write_series(const ent_import_t *import,
                                   const char *directory, int from, int to,
                                   const char *day, ent_diag_list_t *diags);

/* 1 when `path` is one of the files the import read (any spelling). */
int ent_import_is_input(const ent_import_t *import, const char *path);

/* The import's id (the default snapshot id or series prefix). */
const char *ent_import_id(const ent_import_t *import);

ENT_PUBLIC_END
#ifdef __cplusplus
}
#endif

#endif /* ENTENTE_IMPORT_H */
